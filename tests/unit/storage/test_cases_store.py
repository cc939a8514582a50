"""Case rows, listing and full-text search on a real vault database."""

from __future__ import annotations

from app.domain.model import Case, Person, Testimony, Translation
from app.services import cases as svc


def _case(title: str, **kw: object) -> Case:
    return Case(title=title, **kw)  # type: ignore[arg-type]


def _chen() -> Case:
    return _case(
        "Detention of a citizen journalist",
        reference="RC-001",
        persons=[Person(roles=["victim"], family_name="陈", given_name="秋实",
                        family_name_latin="Chen", given_name_latin="Qiushi")],
        testimonies=[Testimony(original_text="他在武汉被带走，我们再也没有见到他。",
                               translations=[Translation(language="en",
                                                         text="He was taken away in Wuhan; we never saw him again.")])],
        tags=["wuhan", "journalist"],
    )


def test_chinese_substring_finds_full_name(vault) -> None:  # type: ignore[no-untyped-def]
    c = svc.save_case(vault, _chen())
    hits = svc.search(vault, "秋实")  # two characters: LIKE fallback
    assert any(h.case_id == c.id and h.kind == "name" for h in hits)
    hits = svc.search(vault, "陈秋实")  # three characters: trigram index
    assert any(h.case_id == c.id and h.kind == "name" for h in hits)


def test_transliteration_and_translation_are_searchable(vault) -> None:  # type: ignore[no-untyped-def]
    c = svc.save_case(vault, _chen())
    assert {h.kind for h in svc.search(vault, "qiushi")} == {"name"}
    assert any(h.kind == "translation" for h in svc.search(vault, "never saw"))
    assert any(h.kind == "testimony" for h in svc.search(vault, "武汉被带走"))
    hit = svc.search(vault, "QIUSHI chen")[0]
    assert hit.case_id == c.id and hit.reference == "RC-001"
    start, end = hit.spans[0]
    assert hit.snippet[start:end].casefold() in ("qiushi", "chen")


def test_no_false_hits_and_markup_in_query_is_literal(vault) -> None:  # type: ignore[no-untyped-def]
    svc.save_case(vault, _chen())
    assert svc.search(vault, "Xiaobo") == []
    assert svc.search(vault, '" OR * NEAR(') == []  # FTS syntax is escaped, never executed
    assert svc.search(vault, "   ") == []


def test_search_index_follows_updates_and_deletes(vault) -> None:  # type: ignore[no-untyped-def]
    c = svc.save_case(vault, _chen())
    c.persons[0].given_name_latin = "Qiu-shi"
    c.persons[0].family_name = "程"
    svc.save_case(vault, c)
    assert svc.search(vault, "陈秋实") == []
    assert svc.search(vault, "qiu-shi")
    assert svc.search(vault, "程秋实")
    svc.delete_case(vault, c.id)
    assert svc.search(vault, "秋实") == []
    for table in ("search_rows", "search_tri_docsize", "search_bi_docsize"):
        if vault.db.conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone():
            assert vault.db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_listing_sorts_filters_and_pages(vault) -> None:  # type: ignore[no-untyped-def]
    for i in range(30):
        svc.save_case(vault, _case(f"Case {i:02d}", reference=f"R-{29 - i:02d}",
                                   status="ready" if i % 3 == 0 else "draft",
                                   tags=["tibet"] if i % 5 == 0 else []))
    assert svc.count_cases(vault) == 30
    assert svc.count_cases(vault, status="ready") == 10
    assert svc.count_cases(vault, tag="tibet") == 6
    by_ref = svc.list_cases(vault, sort="reference", descending=False, limit=5)
    assert [r.reference for r in by_ref] == ["R-00", "R-01", "R-02", "R-03", "R-04"]
    page2 = svc.list_cases(vault, sort="title", descending=False, offset=10, limit=10)
    assert [r.title for r in page2] == [f"Case {i:02d}" for i in range(10, 20)]
    assert dict(svc.tags(vault)) == {"tibet": 6}


def test_resolve_by_reference_and_prefix(vault) -> None:  # type: ignore[no-untyped-def]
    c = svc.save_case(vault, _chen())
    assert svc.resolve(vault, "RC-001") == c.id
    assert svc.resolve(vault, c.id[:8]) == c.id
    assert svc.get_case(vault, c.id).persons[0].given_name == "秋实"
