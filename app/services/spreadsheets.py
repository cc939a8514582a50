"""Spreadsheets: persons and cases to CSV (UTF-8 with BOM) and .xlsx, persons from CSV, and the
Uwazi CSV import layout.  Every export is built from :func:`app.services.sharing.disclosed`.

* Lists inside one cell are joined with ``|`` (Uwazi's separator too); partial dates are written as
  in the case file format (``2019``, ``2019-03``, ``~2019-03-05``).
* Cells that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or
  carriage return) are written with a leading ``'`` (OWASP CSV injection guidance); the import
  removes that ``'`` again.
* Import is all or nothing: every row and column is checked first and every problem is reported
  with its row number (the header is row 1) and column name.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.domain.dates import PartialDate
from app.domain.model import Case, Deprivation, Person, Place
from app.domain.vocab import vocabulary
from app.errors import InputFileError, InvalidSpreadsheet, StorageFull
from app.services.userfiles import read_user_file
from app.services import cases as case_service
from app.services import sharing
from app.services.vault import Vault
from app.storage import cases as case_store
from app.storage.files import atomic_write

SEP = "|"
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
MAX_CSV_BYTES = 64 * 1024 * 1024


def escape(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA) else value


def unescape(value: str) -> str:
    return value[1:] if value.startswith("'") and value[1:].startswith(_FORMULA) else value


def _date(d: PartialDate | None) -> str:
    return str(d) if d else ""


def _join(values: Iterable[str]) -> str:
    return SEP.join(v for v in values if v)


def _deprivation(case: Case, p: Person) -> Deprivation | None:
    return case.deprivation_of(p.id)


# (header, value of a person in a case)
PERSON_COLUMNS: list[tuple[str, Callable[[Case, Person], str]]] = [
    ("case_id", lambda c, p: c.id),
    ("case_reference", lambda c, p: c.reference),
    ("case_title", lambda c, p: c.title),
    ("person_id", lambda c, p: p.id),
    ("roles", lambda c, p: _join(p.roles)),
    ("family_name", lambda c, p: p.family_name),
    ("given_name", lambda c, p: p.given_name),
    ("family_name_latin", lambda c, p: p.family_name_latin),
    ("given_name_latin", lambda c, p: p.given_name_latin),
    ("other_names", lambda c, p: _join(p.other_names)),
    ("sex", lambda c, p: p.sex),
    ("birth_date", lambda c, p: _date(p.birth_date)),
    ("age_at_detention", lambda c, p: "" if p.age_at_detention is None else str(p.age_at_detention)),
    ("place_of_birth", lambda c, p: p.place_of_birth),
    ("nationalities", lambda c, p: _join(p.nationalities)),
    ("ethnicity", lambda c, p: p.ethnicity),
    ("profession", lambda c, p: p.profession),
    ("residence_country", lambda c, p: p.residence.country),
    ("residence_admin_area", lambda c, p: p.residence.admin_area),
    ("residence_locality", lambda c, p: p.residence.locality),
    ("arrest_date", lambda c, p: _date(d.arrest.date) if (d := _deprivation(c, p)) else ""),
    ("still_detained", lambda c, p: d.still_detained if (d := _deprivation(c, p)) else ""),
]

CASE_COLUMNS: list[tuple[str, Callable[[Case], str]]] = [
    ("case_id", lambda c: c.id),
    ("reference", lambda c: c.reference),
    ("title", lambda c: c.title),
    ("status", lambda c: c.status),
    ("state", lambda c: c.state),
    ("region", lambda c: c.region),
    ("urgency", lambda c: c.urgency),
    ("mandates", lambda c: _join(c.mandates)),
    ("tags", lambda c: _join(c.tags)),
    ("summary", lambda c: c.summary),
    ("victims", lambda c: _join(p.display_name() for p in c.victims())),
    ("persons", lambda c: str(len(c.persons))),
    ("evidence_files", lambda c: str(len(c.evidence))),
    ("created_at", lambda c: c.created_at),
    ("updated_at", lambda c: c.updated_at),
]


def _views(vault: Vault, case_idents: list[str] | None, profile: str) -> list[Case]:
    with vault.db.reading() as conn:
        ids = case_store.all_ids(conn) if case_idents is None else None
    if ids is None:
        ids = [case_service.resolve(vault, i) for i in case_idents or []]
    return [sharing.disclosed(case_service.get_case(vault, i), profile).case for i in ids]


def _audit(vault: Vault, cases: list[Case], what: str, profile: str) -> None:
    with vault.db.transaction() as conn:
        for c in cases:
            vault.audit(conn, "export", "case", c.id, {"format": what, "profile": profile})


def rows(vault: Vault, kind: str, profile: str = "full", case_idents: list[str] | None = None) -> tuple[list[str], list[list[str]], list[Case]]:
    cases = _views(vault, case_idents, profile)
    if kind == "persons":
        header = [h for h, _ in PERSON_COLUMNS]
        body = [[get(c, p) for _, get in PERSON_COLUMNS] for c in cases for p in c.persons]
    elif kind == "cases":
        header = [h for h, _ in CASE_COLUMNS]
        body = [[get(c) for _, get in CASE_COLUMNS] for c in cases]
    else:
        raise ValueError(kind)
    return header, body, cases


def csv_bytes(header: list[str], body: list[list[str]]) -> bytes:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in body:
        w.writerow([escape(v) for v in r])
    return buf.getvalue().encode("utf-8-sig")


def _write(dest: Path, data: bytes) -> None:
    try:
        atomic_write(Path(dest), data)
    except StorageFull:
        raise
    except OSError as exc:
        raise InputFileError(str(dest), exc.strerror or "cannot write") from exc


def export_csv(vault: Vault, kind: str, dest: Path, *, profile: str = "full",
               case_idents: list[str] | None = None) -> int:
    """Write persons or cases to *dest* as CSV; returns the number of data rows.  Audited per case."""
    header, body, cases = rows(vault, kind, profile, case_idents)
    _write(dest, csv_bytes(header, body))
    _audit(vault, cases, f"csv-{kind}", profile)
    return len(body)


def export_xlsx(vault: Vault, dest: Path, *, profile: str = "full", case_idents: list[str] | None = None) -> int:
    """Cases and persons as two sheets of one .xlsx workbook (every cell a string, never a formula)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    total = 0
    cases: list[Case] = []
    for kind, title in (("cases", "Cases"), ("persons", "Persons")):
        header, body, cases = rows(vault, kind, profile, case_idents)
        ws = wb.create_sheet(title)
        ws.append(header)
        for r in body:
            cells = []
            for v in r:
                cell = WriteOnlyCell(ws, value=v)
                cell.data_type = "s"  # a leading "=" stays text
                cells.append(cell)
            ws.append(cells)
        total += len(body)
    buf = io.BytesIO()
    wb.save(buf)
    _write(dest, buf.getvalue())
    _audit(vault, cases, "xlsx", profile)
    return total


# --- Uwazi -----------------------------------------------------------------------------------
# (property key, label, Uwazi property type, value)
UWAZI_COLUMNS: list[tuple[str, str, str, Callable[[Case], str]]] = [
    ("title", "Title", "text", lambda c: c.title),
    ("reference", "Reference", "text", lambda c: c.reference),
    ("state", "State", "select", lambda c: vocabulary("country").label(c.state) if c.state else ""),
    ("region", "Region", "select", lambda c: vocabulary("region").label(c.region) if c.region else ""),
    ("case_status", "Case status", "select", lambda c: vocabulary("case_status").label(c.status)),
    ("urgency", "Urgency", "select", lambda c: vocabulary("urgency").label(c.urgency)),
    ("victims", "Victims", "multiselect", lambda c: _join(p.display_name().replace(SEP, "/") for p in c.victims())),
    ("date_of_arrest", "Date of arrest", "date", lambda c: _uwazi_date(_first_arrest(c))),
    ("still_detained", "Still detained", "select",
     lambda c: _join(sorted({vocabulary("tri").label(d.still_detained) for d in c.deprivations}))),
    ("mandates", "UN mechanisms", "multiselect", lambda c: _join(vocabulary("mandate").label(m) for m in c.mandates)),
    ("tags", "Tags", "multiselect", lambda c: _join(t.replace(SEP, "/") for t in c.tags)),
    ("summary", "Summary", "markdown", lambda c: c.summary),
]


def _first_arrest(c: Case) -> PartialDate | None:
    dates = [d.arrest.date for d in c.deprivations if d.arrest.date is not None]
    return min(dates, key=lambda d: (d.year, d.month or 0, d.day or 0)) if dates else None


def _uwazi_date(d: PartialDate | None) -> str:
    """Uwazi's CSV import reads YYYY-MM-DD or YYYY; a month-precise date becomes its first day."""
    if d is None:
        return ""
    if d.month is None:
        return f"{d.year:04d}"
    return f"{d.year:04d}-{d.month:02d}-{d.day or 1:02d}"


def uwazi_template() -> str:
    lines = ["# Uwazi template for Recourse cases", "",
             "Create an entity template in Uwazi with these properties before importing the CSV",
             "(Settings > Templates). Column headers are the property keys; `title` is Uwazi's own",
             "title field. Several values in one cell are separated by `|`; dates are `YYYY-MM-DD` or",
             "`YYYY` (a month-precise date is written as its first day). Select and multiselect",
             "values are English labels; Uwazi adds missing thesaurus values on import.", "",
             "| key | label | type |", "|---|---|---|"]
    lines += [f"| `{k}` | {label} | {kind} |" for k, label, kind, _ in UWAZI_COLUMNS]
    return "\n".join(lines) + "\n"


def export_uwazi(vault: Vault, dest: Path, *, profile: str = "public", case_idents: list[str] | None = None) -> Path:
    """One row per case in Uwazi's CSV import layout, and ``<dest>.template.md`` describing the template."""
    cases = _views(vault, case_idents, profile)
    header = [k for k, _, _, _ in UWAZI_COLUMNS]
    body = [[get(c) for _, _, _, get in UWAZI_COLUMNS] for c in cases]
    _write(dest, csv_bytes(header, body))
    template = Path(dest).with_name(Path(dest).name + ".template.md")
    _write(template, uwazi_template().encode("utf-8"))
    _audit(vault, cases, "uwazi-csv", profile)
    return template


# --- import ------------------------------------------------------------------------------------
IMPORTABLE = [h for h, _ in PERSON_COLUMNS if h != "case_id"]


@dataclass
class Imported:
    cases_created: int
    cases_updated: int
    persons: int
    warnings: list[tuple[str, str]] = field(default_factory=list)


def parse_mapping(pairs: Iterable[str]) -> dict[str, str]:
    """``["Name (Chinese)=family_name", …]`` → {csv header: field}; ValueError for an unknown field."""
    out: dict[str, str] = {}
    for pair in pairs:
        src, sep, dst = pair.rpartition("=")
        if not sep or not src.strip() or dst.strip() not in IMPORTABLE:
            raise ValueError(pair)
        out[src.strip()] = dst.strip()
    return out


def _read_rows(path: Path) -> list[list[str]]:
    data = read_user_file(path, MAX_CSV_BYTES)
    if len(data) > MAX_CSV_BYTES:
        raise InvalidSpreadsheet(str(path), [("file", "larger than 64 MiB")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidSpreadsheet(str(path), [(f"byte {exc.start}", "not UTF-8 text (save the sheet as CSV UTF-8)")]) from None
    try:
        return list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as exc:
        raise InvalidSpreadsheet(str(path), [("file", f"not valid CSV ({exc})")]) from None


class _Row:
    def __init__(self, n: int, values: dict[str, str], problems: list[tuple[str, str]],
                 headers: dict[str, str]) -> None:
        self.n, self.values, self.problems, self.headers = n, values, problems, headers

    def get(self, name: str) -> str:
        return self.values.get(name, "").strip()

    def bad(self, name: str, reason: str) -> None:
        self.problems.append((f"row {self.n}, column {self.headers.get(name, name)}", reason))

    def code(self, name: str, vocab: str, default: str = "") -> str:
        v = self.get(name)
        if v and v not in vocabulary(vocab):
            self.bad(name, f"unknown {vocab} code {v!r}")
        return v or default

    def codes(self, name: str, vocab: str) -> list[str]:
        vals = [x.strip() for x in self.get(name).split(SEP) if x.strip()]
        for v in vals:
            if v not in vocabulary(vocab):
                self.bad(name, f"unknown {vocab} code {v!r}")
        return vals

    def date(self, name: str) -> PartialDate | None:
        v = self.get(name)
        if not v:
            return None
        try:
            return PartialDate.parse(v)
        except ValueError:
            self.bad(name, "not a date (YYYY, YYYY-MM or YYYY-MM-DD, ~ for approximate)")
            return None


def import_persons_csv(vault: Vault, path: Path, mapping: dict[str, str] | None = None) -> Imported:
    """Persons from a CSV (our export layout, or any layout with a *mapping* of its headers).

    Rows with the same ``case_reference`` go to one case: the vault's case with that reference, or a
    new one (titled by ``case_title``, else the first person's name).  Victims with an arrest date or
    detention status get a deprivation record.  Nothing is stored unless every row is valid.
    """
    table = _read_rows(path)
    if not table:
        raise InvalidSpreadsheet(str(path), [("row 1", "the file is empty")])
    header = [h.strip() for h in table[0]]
    mapping = dict(mapping or {})
    columns: dict[int, str] = {}
    problems: list[tuple[str, str]] = []
    warnings: list[tuple[str, str]] = []
    for i, h in enumerate(header):
        name = mapping.get(h, h if h in IMPORTABLE else "")
        if not name:
            if h not in ("case_id",):
                warnings.append((f"column {h or i + 1}", "not mapped to a field; ignored"))
            continue
        if name in columns.values():
            problems.append((f"column {h}", f"a second column for {name}"))
        columns[i] = name
    reverse = {v: header[k] for k, v in columns.items()}
    if not any(v in columns.values() for v in ("family_name", "given_name", "family_name_latin", "given_name_latin")):
        problems.append(("row 1", "no name column (family_name, given_name or their _latin forms)"))
    if problems:
        raise InvalidSpreadsheet(str(path), problems)
    with vault.db.reading() as conn:
        by_ref = {r.reference: r.id for r in case_store.rows(conn, limit=1_000_000) if r.reference}
    targets: dict[str, Case] = {}
    order: list[str] = []
    persons = 0
    for n, raw in enumerate(table[1:], start=2):
        if not any(c.strip() for c in raw):
            continue
        if len(raw) != len(header):
            problems.append((f"row {n}", f"{len(raw)} cells, but the header has {len(header)}"))
            continue
        row = _Row(n, {columns[i]: unescape(v) for i, v in enumerate(raw) if i in columns}, problems, reverse)
        person = _person(row)
        ref = row.get("case_reference")
        key = ref or f"row-{n}"
        if key not in targets:
            if ref and ref in by_ref:
                targets[key] = case_service.get_case(vault, by_ref[ref])
            else:
                targets[key] = Case(title=row.get("case_title") or person.display_name(), reference=ref)
            order.append(key)
        case = targets[key]
        if person.id and case.person(person.id) is not None:
            row.bad("person_id", "this person is already in the case")
            continue
        case.persons.append(person)
        persons += 1
        arrest, detained = row.date("arrest_date"), row.code("still_detained", "tri")
        if "victim" in person.roles and (arrest or detained):
            dep = Deprivation(person_id=person.id, still_detained=detained or "unknown")
            dep.arrest.date = arrest
            case.deprivations.append(dep)
    if problems:
        raise InvalidSpreadsheet(str(path), problems)
    cases = [targets[k] for k in order]
    created = sum(1 for c in cases if c.reference not in by_ref or not c.reference)
    case_service.save_cases(vault, cases, action="import")
    return Imported(created, len(cases) - created, persons, warnings)


def _person(row: _Row) -> Person:
    p = Person(roles=row.codes("roles", "person_role") or ["victim"],
               family_name=row.get("family_name"), given_name=row.get("given_name"),
               family_name_latin=row.get("family_name_latin"), given_name_latin=row.get("given_name_latin"),
               other_names=[x.strip() for x in row.get("other_names").split(SEP) if x.strip()],
               sex=row.code("sex", "sex", "unknown"), birth_date=row.date("birth_date"),
               place_of_birth=row.get("place_of_birth"), nationalities=row.codes("nationalities", "country"),
               ethnicity=row.get("ethnicity"), profession=row.get("profession"),
               residence=Place(country=row.code("residence_country", "country"),
                               admin_area=row.get("residence_admin_area"), locality=row.get("residence_locality")))
    pid = row.get("person_id")
    if pid:
        if len(pid) == 32 and all(ch in "0123456789abcdef" for ch in pid):
            p.id = pid
        else:
            row.bad("person_id", "not a Recourse id (32 hexadecimal characters)")
    age = row.get("age_at_detention")
    if age:
        if age.isdigit() and int(age) < 150:
            p.age_at_detention = int(age)
        else:
            row.bad("age_at_detention", "not a whole number of years")
    return p
