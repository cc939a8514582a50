"""The case file: lossless, deterministic output; every kind of bad input reported with its path."""

from __future__ import annotations

import dataclasses
import json
import re
import typing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import __version__
from app.domain import casefile
from app.domain.casefile import FORMAT, MAX_PROBLEMS, VERSION, dumps, loads, supported_versions
from app.domain.codec import encode, field_types
from app.domain.dates import PartialDate
from app.domain.model import Case, Item, Person
from app.domain.vocab import NAMES, vocabulary
from app.errors import InvalidCaseFile
from tests.strategies import cases

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "tests" / "data" / "example-case-file.json"
DOC = ROOT / "docs" / "case-format.md"

case_lists = st.lists(cases(), min_size=1, max_size=3, unique_by=lambda c: c.id)


def _file(cases_raw: list[Any] | None = None, **envelope: Any) -> str:
    """A case file as text; keyword arguments override (or, set to ..., remove) envelope keys."""
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION, "exported_at": "", "generator": "test",
                            "cases": cases_raw if cases_raw is not None else [{"id": "c1"}]}
    for key, value in envelope.items():
        if value is ...:
            del data[key]
        else:
            data[key] = value
    return json.dumps(data, ensure_ascii=False)


def _problems(data: bytes | str) -> list[tuple[str, str]]:
    with pytest.raises(InvalidCaseFile) as info:
        loads(data, "cases.json")
    assert info.value.path == "cases.json"
    return info.value.problems


def _only_problem(data: bytes | str) -> tuple[str, str]:
    problems = _problems(data)
    assert len(problems) == 1, problems
    return problems[0]


# --- writing and reading back -----------------------------------------------------------
@settings(max_examples=40, deadline=None)
@given(case_lists)
def test_dumps_then_loads_is_lossless(original: list[Case]) -> None:
    assert loads(dumps(original)) == original


@settings(max_examples=25, deadline=None)
@given(case_lists)
def test_dumps_is_deterministic_and_canonical(original: list[Case]) -> None:
    first = dumps(original, "2024-05-01T09:30:00Z")
    assert dumps(original, "2024-05-01T09:30:00Z") == first
    assert dumps(loads(first), "2024-05-01T09:30:00Z") == first


def test_output_layout() -> None:
    data = dumps([Case(id="c1", title="林晓梅 <b>&")], "2024-05-01T09:30:00Z")
    text = data.decode("utf-8")
    assert text.startswith('{\n "format": "recourse-case-file",\n "version": 2,\n')
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert "林晓梅 <b>&" in text  # UTF-8, not \u escapes, and no HTML escaping
    envelope = json.loads(text)
    assert list(envelope) == ["format", "version", "exported_at", "generator", "cases"]
    assert envelope["generator"] == f"Recourse {__version__}"
    assert envelope["exported_at"] == "2024-05-01T09:30:00Z"
    assert envelope["cases"] == [encode(Case(id="c1", title="林晓梅 <b>&"))]


def test_no_cases_is_a_valid_file() -> None:
    assert loads(dumps([])) == []


@pytest.mark.parametrize("stamp", ["", "2024-05-01T09:30:00Z", "2024-05-01T09:30:00+00:00",
                                   "2024-05-01T09:30:00.123456Z"])
def test_exported_at_accepts_utc_timestamps(stamp: str) -> None:
    assert loads(dumps([Case(id="c1")], stamp)) == [Case(id="c1")]


@pytest.mark.parametrize("stamp", ["yesterday", "2024-05-01", "2024-05-01T09:30:00",
                                   "2024-05-01T09:30:00+02:00", "2024-13-01T09:30:00Z",
                                   "2024-05-01T09:30:00Z\n"])
def test_dumps_refuses_a_bad_exported_at(stamp: str) -> None:
    with pytest.raises(ValueError):
        dumps([Case(id="c1")], stamp)


def test_text_input_is_accepted_like_bytes() -> None:
    data = dumps([Case(id="c1", title="西藏")])
    assert loads(data.decode("utf-8")) == loads(data)


def test_a_byte_order_mark_is_tolerated() -> None:
    assert loads(b"\xef\xbb\xbf" + dumps([Case(id="c1")])) == [Case(id="c1")]


def test_omitted_fields_take_their_defaults() -> None:
    (case,) = loads(_file([{"id": "c1", "persons": [{"id": "p1", "family_name": "林"}]}], exported_at=...,
                          generator=...))
    assert case == Case(id="c1", persons=[Person(id="p1", family_name="林")])


# --- one problem of each kind --------------------------------------------------------------
BAD_FILES: list[tuple[str, bytes | str, str, str]] = [
    # (label, file, path, words of the reason)
    ("invalid UTF-8", b'{"format": "\xe6\x9e"}', "$", "not valid UTF-8 (first bad byte at offset 12)"),
    ("JSON syntax", '{\n "format": "recourse-case-file",\n "version": 1,,\n}', "$",
     "not valid JSON: Expecting property name enclosed in double quotes (line 3, column 15)"),
    ("trailing garbage", _file() + "x", "$", "not valid JSON: Extra data"),
    ("empty", b"", "$", "not valid JSON"),
    ("nested too deeply", "[" * 100_000, "$", "nested too deeply"),
    ("not an object", "[]", "$", "must be a JSON object (the case file envelope), not an array"),
    ("a string", '"cases"', "$", "not a string"),
    ("format missing", _file(format=...), "$.format", 'missing: a Recourse case file starts with "format"'),
    ("wrong format", _file(format="recourse-vault"), "$.format", 'must be "recourse-case-file"'),
    ("version missing", _file(version=...), "$.version", "missing; supported versions: 1"),
    ("version as text", _file(version="1"), "$.version", "must be an integer; supported versions: 1"),
    ("version as boolean", _file(version=True), "$.version", "must be an integer"),
    ("newer version", _file(version=3), "$.version",
     "unsupported version 3 (written by a newer Recourse: update Recourse to read it); "
     "supported versions: 1, 2"),
    ("older version without migration", _file(version=0), "$.version",
     "unsupported version 0; supported versions: 1, 2"),
    ("unknown envelope key", _file(comment="hi"), "$.comment", "unknown field"),
    ("bad exported_at", _file(exported_at="1 May 2024"), "$.exported_at", "ISO 8601 UTC timestamp"),
    ("exported_at not text", _file(exported_at=20240501), "$.exported_at", "must be a string"),
    ("generator not text", _file(generator=["Recourse"]), "$.generator", "must be a string"),
    ("cases missing", _file(cases=...), "$.cases", "missing"),
    ("cases not a list", _file(cases={"id": "c1"}), "$.cases", "must be a list of cases, not an object"),
    ("case not an object", _file([{"id": "c1"}, "c2"]), "$.cases[1]", "must be an object"),
    ("unknown case field", _file([{"id": "c1", "titel": "x"}]), "$.cases[0].titel", "unknown field"),
    ("wrong type", _file([{"id": "c1", "tags": "a"}]), "$.cases[0].tags", "must be a list"),
    ("bad date", _file([{"id": "c1"}, {"id": "c2"}, {"id": "c3", "persons": [{"birth_date": "2019-13"}]}]),
     "$.cases[2].persons[0].birth_date", "invalid date: month out of range"),
    ("validation rule", _file([{"id": "c1", "persons": [{"id": "p1", "sex": "f"}]}]),
     "$.cases[0].persons[0].sex", "unknown sex code"),
    ("dangling reference", _file([{"id": "c1", "deprivations": [{"id": "d1", "person_id": "p9"}]}]),
     "$.cases[0].deprivations[0].person_id", "refers to a person that is not in this case"),
    ("duplicate case ids", _file([{"id": "c1"}, {"id": "c2"}, {"id": "c1"}]), "$.cases[2].id",
     "duplicate case id (also at $.cases[0])"),
    ("NaN", _file([{"id": "c1"}]).replace('"c1"', '"c1", "evidence": [{"size": NaN}]'),
     "$.cases[0].evidence[0].size", "NaN is not allowed"),
    ("Infinity", _file().replace(f'"version": {VERSION}', '"version": Infinity'), "$.version",
     "Infinity is not allowed"),
    ("-Infinity", _file([{"id": "c1", "persons": [{"age_at_detention": 1}]}]).replace(": 1}", ": -Infinity}"),
     "$.cases[0].persons[0].age_at_detention", "-Infinity is not allowed"),
    ("float overflow", _file([{"id": "c1", "evidence": [{"size": 1}]}]).replace('"size": 1', '"size": 1e999'),
     "$.cases[0].evidence[0].size", "number out of range"),
    ("too many digits",
     _file([{"id": "c1", "evidence": [{"size": 1}]}]).replace('"size": 1', '"size": ' + "9" * 5000),
     "$.cases[0].evidence[0].size", "too many digits"),
    ("duplicate key", '{"format": "recourse-case-file", "version": 1, "cases": [{"id": "c1", "title": "a", '
                      '"title": "b"}]}', "$.cases[0].title", "duplicate key"),
    ("duplicate envelope key", '{"format": "recourse-case-file", "version": 1, "version": 1, "cases": []}',
     "$.version", "duplicate key"),
    ("lone surrogate", '{"format": "recourse-case-file", "version": 1, "cases": [{"id": "c1", '
                       '"title": "\\ud800"}]}', "$.cases[0].title", "unpaired surrogate"),
]


@pytest.mark.parametrize(("data", "path", "reason"), [b[1:] for b in BAD_FILES],
                         ids=[b[0] for b in BAD_FILES])
def test_each_kind_of_problem_is_reported_at_its_path(data: bytes | str, path: str, reason: str) -> None:
    got_path, got_reason = _only_problem(data)
    assert got_path == path
    assert reason in got_reason, got_reason


def test_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(casefile, "MAX_BYTES", 200)
    assert loads(_file([{"id": "c1", "title": "x"}]))
    big = _file([{"id": "c1", "title": "林" * 60}])  # few enough characters, too many UTF-8 bytes
    assert len(big) <= 200 < len(big.encode("utf-8"))
    for data in (big, big.encode("utf-8"), "x" * 201):
        path, reason = _only_problem(data)
        assert path == "$" and reason.startswith("file too large")


def test_the_size_limit_is_256_mib() -> None:
    assert casefile.MAX_BYTES == 256 * 1024 * 1024


def test_problem_paths_stay_printable() -> None:
    (path, reason) = _only_problem('{"format": "recourse-case-file", "version": 1, "cases": '
                                   '[{"id": "c1", "\\udc80x": 1}]}')
    assert path == "$.cases[0].\\udc80x" and "surrogate" in reason
    path.encode("utf-8")


def test_a_huge_unknown_key_is_clipped_in_the_report() -> None:
    (path, _reason) = _only_problem(_file([{"id": "c1", "k" * 10_000: 1}]))
    assert path.startswith("$.cases[0].kkk") and len(path) <= 300


# --- several problems at once --------------------------------------------------------------
def test_a_file_with_several_problems_reports_all_of_them() -> None:
    text = json.dumps({
        "format": "something-else",
        "version": 1,
        "extra": True,
        "cases": [
            {"id": "c1", "title": 7, "persons": [{"id": "p1", "birth_date": "2019-02-30", "sex": "x"}]},
            "not a case",
            {"id": "c1", "deprivations": [{"id": "d1", "person_id": "nobody"}], "tags": [" "]},
        ],
    })
    assert _problems(text) == [
        ("$.extra", "unknown field"),
        ("$.format", 'must be "recourse-case-file" (this is not a Recourse case file)'),
        ("$.cases[0].title", "must be a string"),
        ("$.cases[0].persons[0].birth_date", "invalid date: day out of range"),
        ("$.cases[0].persons[0].sex", "unknown sex code"),
        ("$.cases[1]", "must be an object"),
        ("$.cases[2].deprivations[0].person_id", "refers to a person that is not in this case"),
        ("$.cases[2].tags[0]", "must not be empty"),
        ("$.cases[2].id", "duplicate case id (also at $.cases[0])"),
    ]


def test_file_level_and_case_level_problems_are_reported_together() -> None:
    text = ('{"format": "recourse-case-file", "version": 1, "cases": [{"id": "c1", "title": "a", '
            '"title": 5, "evidence": [{"size": NaN, "sha256": "XYZ"}]}]}')
    assert _problems(text) == [
        ("$.cases[0].title", "duplicate key (each key may occur only once in an object)"),
        ("$.cases[0].evidence[0].size", "NaN is not allowed (JSON numbers must be finite)"),
        ("$.cases[0].title", "must be a string"),
        ("$.cases[0].evidence[0].sha256", "must be 64 lowercase hex digits"),
    ]


def test_follow_up_errors_of_a_decoding_problem_are_not_reported() -> None:
    # person_id has the wrong type: "must name the person" would only repeat it
    text = _file([{"id": "c1", "persons": [{"id": "p1"}], "deprivations": [{"id": "d1", "person_id": 1}]}])
    assert _problems(text) == [("$.cases[0].deprivations[0].person_id", "must be a string")]


def test_list_positions_stay_true_after_a_dropped_element() -> None:
    # The decoder drops the null, so "x" moves to position 1.  Rather than report "x" at the
    # wrong position, later elements of that list are checked again once the null is fixed.
    text = _file([{"id": "c1", "persons": [{"id": "p1", "nationalities": ["CN", None, "x"], "sex": "?"}]}])
    assert _problems(text) == [
        ("$.cases[0].persons[0].nationalities[1]", "must not be null"),
        ("$.cases[0].persons[0].sex", "unknown sex code"),
    ]


def test_problems_are_capped() -> None:
    text = _file([{"id": f"c{i}", "unknown": 1} for i in range(MAX_PROBLEMS + 50)])
    problems = _problems(text)
    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[0] == ("$.cases[0].unknown", "unknown field")
    assert problems[-1] == ("$", "... and 50 more problems")


def test_the_error_message_names_the_file_and_the_first_problems() -> None:
    with pytest.raises(InvalidCaseFile) as info:
        loads("[]", "/tmp/x.json")
    assert str(info.value).startswith("/tmp/x.json: $: must be a JSON object")


# --- versions and migrations ----------------------------------------------------------------
def test_version_1_files_are_read_as_version_2() -> None:
    assert supported_versions() == (1, VERSION) == (1, 2)
    old = json.dumps({"format": FORMAT, "version": 1, "exported_at": "", "generator": "test",
                      "cases": [{"id": "c1", "title": "旧"}]})
    (case,) = loads(old)
    assert case == Case(id="c1", title="旧") and case.reprisals == []  # version 2 added the reprisals log
    assert json.loads(dumps([case]))["version"] == 2
    problems = _problems(json.dumps({"format": FORMAT, "version": 1, "cases": [{"id": "c1", "reprisals": 1}]}))
    assert problems == [("$.cases[0].reprisals", "must be a list")]


def test_an_older_version_is_migrated_before_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    def from_0(envelope: dict[str, Any]) -> dict[str, Any]:  # version 0 called "cases" "records"
        envelope["cases"] = envelope.pop("records")
        envelope["version"] = 1
        return envelope

    monkeypatch.setitem(casefile._MIGRATIONS, 0, from_0)
    assert supported_versions() == (0, 1, 2)
    old = json.dumps({"format": FORMAT, "version": 0, "records": [{"id": "c1", "title": "旧"}]})
    assert loads(old) == [Case(id="c1", title="旧")]
    problems = _problems(json.dumps({"format": FORMAT, "version": 0, "records": [{"id": "c1", "x": 1}]}))
    assert problems == [("$.cases[0].x", "unknown field")]  # reported against the upgraded structure


def test_a_failing_migration_is_a_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(envelope: dict[str, Any]) -> dict[str, Any]:
        raise KeyError("records")

    monkeypatch.setitem(casefile._MIGRATIONS, 0, broken)
    assert _only_problem(_file(version=0)) == ("$", "cannot upgrade from version 0 to 1 (KeyError)")


# --- the documented example -------------------------------------------------------------------
def test_the_example_file_loads() -> None:
    (case,) = loads(EXAMPLE.read_bytes(), str(EXAMPLE))
    assert case.persons[0].display_name() == "林晓梅 (Lin Xiaomei)"
    assert case.deprivations[0].periods[1].ongoing
    assert case.testimonies[0].translations[0].language == "en"


def test_the_example_in_the_documentation_is_the_example_file() -> None:
    doc = DOC.read_text(encoding="utf-8")
    example = doc[doc.index("\n## Example"):]
    block = re.search(r"```json\n(.*?)\n```", example, re.DOTALL)
    assert block, "docs/case-format.md lost its example"
    assert json.loads(block.group(1)) == json.loads(EXAMPLE.read_text(encoding="utf-8"))


def _doc_table(doc: str, anchor: str) -> list[list[str]]:
    """Data rows (cells, backticks removed) of the first Markdown table after *anchor*."""
    lines = doc[doc.index(anchor):].splitlines()
    start = next(i for i, line in enumerate(lines) if re.fullmatch(r"\|[-| ]+\|", line)) + 1
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip().strip("`") for cell in line.strip("|").split("|")])
    return rows


def _entities() -> list[type]:
    """Every dataclass of the model that can appear in a case file."""
    found: list[type] = []

    def visit(cls: type) -> None:
        if cls not in found:
            found.append(cls)
            for _f, tp in field_types(cls):
                for candidate in (tp, *typing.get_args(tp)):
                    if dataclasses.is_dataclass(candidate) and candidate is not PartialDate:
                        visit(candidate)  # type: ignore[arg-type]

    visit(Case)
    return found


@pytest.mark.parametrize("cls", _entities(), ids=lambda c: c.__name__)
def test_the_documentation_lists_every_field(cls: type) -> None:
    doc = DOC.read_text(encoding="utf-8")
    documented = [row[0] for row in _doc_table(doc, f"\n### {cls.__name__}\n")]
    item_fields = {"id", "confidential", "confidential_fields"} if issubclass(cls, Item) else set()
    assert documented == [f.name for f, _ in field_types(cls) if f.name not in item_fields], \
        f"docs/case-format.md: the {cls.__name__} table is out of step with app/domain/model.py"


def test_the_documentation_lists_every_vocabulary() -> None:
    doc = DOC.read_text(encoding="utf-8")
    rows = {row[0]: row[1] for row in _doc_table(doc, "\n| Vocabulary | Codes |")}
    assert sorted(rows) == sorted(NAMES)
    for name in NAMES:
        codes = [t.code for t in vocabulary(name).terms]
        assert rows[name].split(" (")[0].split(", ") == codes, f"docs/case-format.md: vocabulary {name}"
