"""The confidential annex, made from what the disclosure engine withheld.

A: the sources (identity and contact); B: names withheld from the main
document beside what it shows instead; C: every other withheld item, grouped by
the person (or the case) it concerns.  Only the selected victims' material is
in the disclosed view, so only theirs can be here.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from app.domain.document import Document, FieldRow, Paragraph, Section, Table
from app.services.disclosure import Disclosed, Withheld, fmt
from app.services.disclosure.names import FULL
from app.services.submission.forms import FormDef

_NAME_FIELDS = ("family_name", "given_name", "family_name_latin", "given_name_latin", "other_names")


def _is_name(path: str, with_others: bool = True) -> bool:
    """A name field (shown whole as the full name); other names are listed separately where asked."""
    last = path.rsplit(".", 1)[-1]
    return last in _NAME_FIELDS and (with_others or last != "other_names")


def annex(d: Disclosed, form: FormDef, common: dict, *,  # type: ignore[type-arg]
          keep: Callable[[Withheld], bool] | None = None, persons: Collection[str] | None = None) -> Document:
    """The annex of *d*; *keep* limits section C to some withheld items and *persons* section B to some persons
    (the reprisals form: only what concerns its incidents)."""
    l = form.label
    case = d.case
    src = Section("A", l("annex_sources"))
    source_paths = tuple(f"persons[{i}]." for i, p in enumerate(case.persons) if "source" in p.roles)
    for i, p in enumerate(case.persons):
        if "source" not in p.roles:
            continue
        rows = [FieldRow("", l("col_full_name"), d.names[p.id].full or "—")]
        rows += [FieldRow("", w.label.split(" — ", 1)[-1], w.value) for w in d.withheld
                 if w.path.startswith(f"persons[{i}].") and not _is_name(w.path, with_others=False)]
        src.subsections.append(Section("", d.names[p.id].full or d.name(p.id), rows))  # type: ignore[arg-type]

    names = [(d.names[p.id].text, fmt.join(d.names[p.id].full, *_other_names(d, p.id)),
              fmt.vocab_list("person_role", p.roles, d.lang))
             for p in case.persons if d.names[p.id].mode != FULL and "source" not in p.roles
             and (persons is None or p.id in persons)]
    sec_b = Section("B", l("annex_withheld_names"))
    if names:
        sec_b.blocks.append(Table((l("col_name_main"), l("col_full_name"), l("col_role")), tuple(names), (2, 3, 2)))
    else:
        sec_b.blocks.append(Paragraph(l("no_names_withheld"), "note"))

    sec_c = Section("C", l("annex_confidential_items"))
    groups: dict[str, list[FieldRow]] = {}
    for w in d.withheld:
        if w.path.startswith(source_paths) or (w.reason == "name" and _is_name(w.path)):
            continue
        if keep is not None and not keep(w):
            continue
        groups.setdefault(w.person_id, []).append(FieldRow("", w.label, w.value))
    for pid, rows in groups.items():
        s = d.names.get(pid)
        title = (s.full if s.mode == FULL else fmt.join(s.full, s.text, sep=" — ")) if s else \
            case.reference or form.title
        sec_c.subsections.append(Section("", title, rows))  # type: ignore[arg-type]
    if not groups:
        sec_c.blocks.append(Paragraph(l("nothing_withheld"), "note"))
    return Document(title=f"{l('annex_title')} — {form.title}", marking=l("marking_annex"),
                    intro=[Paragraph(l("annex_intro"), "lead")], sections=[src, sec_b, sec_c],
                    **common)  # type: ignore[arg-type]


def _other_names(d: Disclosed, pid: str) -> list[str]:
    return [w.value for w in d.withheld if w.person_id == pid and w.path.endswith(".other_names")]
