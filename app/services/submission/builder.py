"""What every section builder shares: the disclosed view, the form's labels, and small helpers.

Builders read only :attr:`Builder.case`, the *disclosed view* made by
:func:`app.services.disclosure.disclose`; nothing here decides what may be
shown.  The one thing they ask the view is whether an empty value was withheld,
to print "Withheld — see the confidential annex" instead of "Not known".
"""

from __future__ import annotations

from typing import Any

from app.domain.dates import PartialDate
from app.domain.document import FieldRow
from app.domain.model import Deprivation, Person
from app.services.disclosure import Disclosed, fmt
from app.services.disclosure import fields as table
from app.services.disclosure.names import FULL, WITHHELD
from app.services.submission.forms import FormDef, SectionDef


class Builder:
    def __init__(self, d: Disclosed, form: FormDef, date: PartialDate | None) -> None:
        self.d = d
        self.case = d.case
        self.f = form
        self.lang = form.language
        self.date = date
        self.victims: list[Person] = self.case.victims()
        # the log entry a follow-up document follows up, chosen on the stored case (mapping.build): which entry
        # is followed may not depend on what the view withheld (a withheld date is not an older entry)
        self.followed = ""

    # -- labels -------------------------------------------------------------------
    def l(self, key: str, **params: object) -> str:  # noqa: E743
        return self.f.label(key, **params)

    def field_label(self, cls: str, name: str) -> str:
        return table.label(cls, name, self.lang)

    def tri(self, code: str) -> str:
        return self.f.label(code) if code in ("yes", "no") else ""

    def tri_known(self, code: str) -> str:
        return self.f.label(code) if code in ("yes", "no") else self.f.label("unknown")

    # -- values ---------------------------------------------------------------------
    def withheld(self, obj: Any, *names: str) -> bool:
        return any(self.d.is_withheld(obj, n) for n in names) if names else self.d.is_withheld(obj)

    def val(self, text: str, obj: Any = None, *names: str) -> str:
        """*text*, or the "withheld" mark when it is empty because the view withheld it."""
        if text and text.strip():
            return text
        if obj is not None and self.withheld(obj, *names):
            return self.l("withheld")
        return ""

    def person(self, pid: str) -> str:
        return self.d.name(pid)

    def org(self, oid: str) -> str:
        if not oid:
            return ""
        if self.d.is_withheld(oid):
            return self.l("withheld")
        o = self.case.organisation(oid)
        if o is None:
            return ""
        extras = [x for x in (o.name_original, o.abbreviation) if x]
        if extras:
            return f"{o.name} ({', '.join(extras)})" if o.name else ", ".join(extras)
        return o.name

    def orgs(self, ids: list[str]) -> str:
        return "; ".join(dict.fromkeys(x for x in (self.org(i) for i in ids) if x))

    def row(self, section: SectionDef, field_id: str, value: str, note: str = "") -> FieldRow:
        f = section.field(field_id)
        return FieldRow(f.number, f.label, value, note)

    def fact(self, cls: str, name: str, value: str, obj: Any = None) -> FieldRow | None:
        """An unnumbered, labelled row (label from the field table), or None when there is nothing to say."""
        value = self.val(value, obj, name) if obj is not None else value
        return FieldRow("", self.field_label(cls, name), value) if value else None

    # -- people -------------------------------------------------------------------------
    def name_withheld_text(self, p: Person) -> str:
        s = self.d.names.get(p.id)
        if s is None or s.mode == FULL:
            return ""
        if s.mode != WITHHELD:
            return s.text
        if p.confidential:
            return self.l("withheld_name_confidential")
        consent = self.case.consent_for(p.id)
        return self.l("withheld_name") if consent is not None else self.l("withheld_name_no_consent")

    def deprivations(self, pid: str) -> list[Deprivation]:
        """Every deprivation of liberty of a person, in order (earliest arrest or detention first)."""
        deps = [x for x in self.case.deprivations if x.person_id == pid]

        def start(x: Deprivation) -> tuple:  # type: ignore[type-arg]
            dates = [x.arrest.date] + [p.start for p in x.periods]
            known = [d for d in dates if d is not None]
            return min(known).sort_key() if known else (PartialDate(9999).earliest(),)

        return sorted(deps, key=start)

    def who(self, n: int, p: Person) -> str:
        if len(self.victims) == 1:
            return self.person(p.id)
        return f"{fmt.colon(self.l('person_n', n=n, count=len(self.victims)), self.lang)} {self.person(p.id)}"
