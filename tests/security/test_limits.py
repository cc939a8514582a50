"""Field limits, evidence file names, validation messages without values."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain import casefile, filenames
from app.domain.model import Case, EvidenceItem, Testimony
from app.domain.validation import validate_case
from app.errors import ValidationError
from app.services import cases as svc
from app.services import evidence as ev
from app.services.vault import Vault


def test_huge_title_is_refused_everywhere(vault: Vault) -> None:
    """The red team's 100 MB title (1 MB here: the limit is 2,000 characters)."""
    big = "T" * 1_000_000
    with pytest.raises(ValidationError) as err:
        svc.save_case(vault, Case(title=big))
    assert [p[0] for p in err.value.problems] == ["$.title"]
    assert "TTTT" not in str(err.value.problems)
    data = casefile.dumps([Case(title="ok")]).replace(b'"ok"', b'"' + big.encode() + b'"')
    with pytest.raises(Exception) as imported:
        casefile.loads(data)
    assert "TTTT" not in str(getattr(imported.value, "problems", ""))
    # long texts stay possible
    svc.save_case(vault, Case(title="fine", testimonies=[Testimony(original_text="w " * 200_000)]))


def test_validation_messages_never_repeat_values() -> None:
    secret = "SECRET-VALUE-1234"
    case = Case(title="x", status=secret, confidential_fields=[secret])
    problems = validate_case(case)
    assert problems and all(secret not in message for _, message in problems)


@pytest.mark.parametrize("name", ["../../.bashrc", "a\x00b.jpg", "two\nlines.txt", "photo\u202egpj.exe",
                                  "C:\\Windows\\x.dll", "..", ""])
def test_unsafe_evidence_names_are_cleaned_and_refused(name: str) -> None:
    cleaned = filenames.clean(name)
    assert "/" not in cleaned and "\\" not in cleaned and cleaned not in ("", ".", "..")
    assert not any(ord(c) < 32 or 0x202A <= ord(c) <= 0x202E for c in cleaned)
    if name:
        case = Case(title="x", evidence=[EvidenceItem(file_name=name)])
        assert any(p[0].endswith(".file_name") for p in validate_case(case))


def test_attach_stores_a_clean_name(vault: Vault, tmp_path: Path) -> None:
    case = svc.save_case(vault, Case(title="x"))
    src = tmp_path / "scan\u202efdp.exe"
    src.write_bytes(b"data")
    item = ev.attach(vault, case.id, src)
    assert item.file_name == "scan_fdp.exe"
