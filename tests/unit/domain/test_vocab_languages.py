"""Every vocabulary label exists in every interface language (the case list must not read "Submitted / China")."""

from __future__ import annotations

import pytest

from app.domain.vocab import NAMES, vocabulary

LANGS = ("en", "fr", "es", "zh_CN", "zh_TW", "ug")


@pytest.mark.parametrize("name", NAMES)
def test_every_term_has_a_label_in_every_interface_language(name):
    missing = [(t.code, lang) for t in vocabulary(name).terms for lang in LANGS if not t.labels.get(lang)]
    assert missing == []


def test_domain_terms_use_the_glossary():
    assert vocabulary("deprivation_type").label("rsdl", "zh_CN") == "指定居所监视居住"
    assert vocabulary("deprivation_type").label("rsdl", "zh_TW") == "指定居所監視居住"
    assert vocabulary("case_status").label("submitted", "zh_CN") == "已提交"
    assert vocabulary("country").label("CN", "zh_CN") == "中国"
    assert "再教育" in vocabulary("deprivation_type").label("internment", "zh_CN")


def test_chinese_labels_are_chinese_and_traditional_differs_where_it_should():
    for name in NAMES:
        for t in vocabulary(name).terms:
            zh, tw, ug = t.labels["zh_CN"], t.labels["zh_TW"], t.labels["ug"]
            assert any("\u4e00" <= ch <= "\u9fff" for ch in zh + tw) or zh.isupper(), (name, t.code, zh)
            assert any("\u0600" <= ch <= "\u06ff" for ch in ug), (name, t.code, ug)
    assert vocabulary("country").label("TW", "zh_TW") != vocabulary("country").label("TW", "zh_CN")
