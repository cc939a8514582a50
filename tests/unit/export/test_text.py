"""User text -> reportlab markup, and what each paragraph needs."""

from __future__ import annotations

from reportlab.platypus import Paragraph as RLParagraph

from app.export.fonts import CJK, SERIF, SERIF_BOLD
from app.export.layout import STYLES, text_flowable
from app.export.shaped import ShapedParagraph
from app.export.text import escape, markup, needs_cjk_wrap, needs_shaping, plan

from .docs import MARKUP


def test_escape_covers_the_three_markup_characters() -> None:
    assert escape('<b>x</b> & &amp; "q"') == '&lt;b&gt;x&lt;/b&gt; &amp; &amp;amp; "q"'


def test_markup_wraps_runs_in_font_tags_and_keeps_newlines() -> None:
    assert markup("a < b\n陈秋实 & c") == (
        f'a &lt; b<br/><font face="{CJK.name}">陈秋实 </font>&amp; c')
    # runs in the paragraph's own face are not wrapped
    assert markup("Title", SERIF_BOLD.name) == "Title"


def test_user_markup_prints_literally() -> None:
    para = text_flowable(MARKUP, STYLES["body"])
    assert isinstance(para, RLParagraph)
    para.wrap(400, 1000)
    printed = "".join(getattr(w, "text", "") for line in para.blPara.lines for w in line.words)
    assert printed.replace(" ", "") == MARKUP.replace(" ", "")


def test_cjk_paragraphs_get_cjk_wrapping() -> None:
    assert needs_cjk_wrap("他的家人至今未收到任何正式通知")
    assert needs_cjk_wrap("Il a dit : 陈秋实于2020年2月6日在武汉失踪。")
    assert not needs_cjk_wrap("Détention")
    # a name in Latin text stays one unbreakable word
    assert not needs_cjk_wrap("The detainee 陈秋实 (Chen Qiushi) and 黃子健 were moved")
    para = text_flowable("陈秋实于2020年2月6日在武汉失踪。" * 5, STYLES["body"])
    assert isinstance(para, RLParagraph) and para.style.wordWrap == "CJK"
    assert text_flowable("Plain", STYLES["body"]).style.wordWrap is None


def test_only_uyghur_and_tibetan_need_shaping() -> None:
    assert needs_shaping("ئۈرۈمچى")
    assert needs_shaping("བོད")
    assert not needs_shaping("陈秋实 Détention ¿Año?")
    assert isinstance(text_flowable("ئۈرۈمچى", STYLES["body"]), ShapedParagraph)
    assert isinstance(text_flowable("陈秋实", STYLES["body"]), RLParagraph)


def test_plan() -> None:
    p = plan("Ürümqi 乌鲁木齐 ئۈرۈمچى")
    assert p.shaping and not p.cjk
    assert p.runs[0] == (SERIF.name, "Ürümqi ")
