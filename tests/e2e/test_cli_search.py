"""``recourse-cli search``: the same hits as the app's service, and the index rebuilt after an upgrade."""

from __future__ import annotations

from app.services import search as search_service
from app.services.vault import Vault
from app.storage import search as store
from tests.e2e.conftest import DEMO_PASS


def _service_results(path, query: str) -> list[dict]:  # type: ignore[no-untyped-def]
    vault = Vault.unlock(path, DEMO_PASS)
    try:
        return [{"case_id": r.case_id, "kind": r.kind, "path": r.path, "snippet": r.snippet,
                 "spans": [list(s) for s in r.spans], "confidential": r.confidential}
                for r in search_service.search(vault, query)]
    finally:
        vault.lock()


def test_cli_and_app_return_the_same_hits(cli, demo_master) -> None:  # type: ignore[no-untyped-def]
    for query in ("曉雯", "xiaowen", "tursun", "次仁", "detention"):
        out = cli(*demo_master.args(), "search", query, "--json").json()["results"]
        got = [{k: r[k] for k in ("case_id", "kind", "path", "snippet", "spans", "confidential")} for r in out]
        assert got == _service_results(demo_master.path, query), query
        assert got or query == "detention"


def test_first_search_after_an_upgrade_rebuilds_the_index(cli, demo) -> None:  # type: ignore[no-untyped-def]
    vault = Vault.unlock(demo.path, DEMO_PASS)
    with vault.db.transaction() as conn:  # what the schema migration leaves behind
        store.clear(conn)
        conn.execute("DELETE FROM meta WHERE key IN ('search_index', 'search_pending')")
    assert search_service.pending_cases(vault) > 0
    vault.lock()
    result = cli(*demo.args(), "search", "晓雯")
    assert result.code == 0 and "DEMO-001" in result.stdout
    vault = Vault.unlock(demo.path, DEMO_PASS)
    assert search_service.pending_cases(vault) == 0
    vault.lock()


def test_a_count_at_the_limit_says_there_may_be_more(cli, demo_master) -> None:  # type: ignore[no-untyped-def]
    full = cli(*demo_master.args(), "search", "曉雯")
    n = len(cli(*demo_master.args(), "search", "曉雯", "--json").json()["results"])
    assert n >= 2 and full.stdout.rstrip().endswith(f"{n} matches.")
    cut = cli(*demo_master.args(), "search", "曉雯", "--limit", "1")
    assert cut.code == 0 and cut.stdout.rstrip().endswith("The first 1 match: add a word, or --limit N for more.")
