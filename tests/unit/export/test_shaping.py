"""Shaping and bidi of Uyghur and Tibetan paragraphs (app.export.shaped)."""

from __future__ import annotations


from reportlab.pdfbase import pdfmetrics

from app.export import glyphs
from app.export.fonts import ARABIC, TIBETAN, register_fonts, script_runs
from app.export.shaped import bidi_levels, layout, reset_private_glyphs, shape, visual_order

from .docs import TIBETAN as TIBETAN_TEXT
from .docs import UYGHUR_WORDS


def setup_module() -> None:
    register_fonts()


def _gids(font: str, shaped: str) -> list[int]:
    c2g = pdfmetrics.getFont(font).face.charToGlyph
    return [c2g[ord(ch)] for ch in shaped]


def test_bidi_levels_and_visual_order() -> None:
    base, levels = bidi_levels("abc " + UYGHUR_WORDS[0])
    assert base == 0 and levels[:3] == [0, 0, 0] and set(levels[4:]) == {1}
    base, levels = bidi_levels(UYGHUR_WORDS[0] + " 2019")
    assert base == 1 and levels[-4:] == [2, 2, 2, 2]
    assert visual_order([1, 1, 1]) == [2, 1, 0]
    assert visual_order([0, 1, 1, 0]) == [0, 2, 1, 3]
    assert visual_order([1, 2, 2, 1]) == [3, 1, 2, 0]


def test_uyghur_letters_join() -> None:
    reset_private_glyphs()
    word = "ئىككىنچى"
    shaped, advance, _, _ = shape(ARABIC.name, word, rtl=True)
    # contextual forms: every glyph differs from the isolated letter's nominal glyph
    c2g = pdfmetrics.getFont(ARABIC.name).face.charToGlyph
    nominal = [c2g[ord(c)] for c in word]
    assert _gids(ARABIC.name, shaped) != nominal[::-1]
    assert 0 not in _gids(ARABIC.name, shaped)
    # read back right to left, the glyphs spell the word (each maps to its logical letter)
    assert "".join(glyphs.text_of(ch) for ch in str(shaped)[::-1]) == word
    assert advance > 0


def test_tibetan_stacks_have_no_notdef() -> None:
    reset_private_glyphs()
    for syllable in TIBETAN_TEXT.split("་"):
        if syllable.strip():
            shaped, _, _, _ = shape(TIBETAN.name, syllable.strip(), rtl=False)
            assert 0 not in _gids(TIBETAN.name, shaped), syllable


def test_rtl_line_is_right_to_left() -> None:
    reset_private_glyphs()
    text = f"{UYGHUR_WORDS[0]} 1 {UYGHUR_WORDS[1]} 2 {UYGHUR_WORDS[2]}"
    (line,) = layout(script_runs(text), 10, 1000)
    assert line.rtl
    words = [it.text.strip() for it in line.items if it.text.strip()]
    assert words == [UYGHUR_WORDS[2], "2", UYGHUR_WORDS[1], "1", UYGHUR_WORDS[0]]


def test_numbers_inside_uyghur_read_left_to_right() -> None:
    reset_private_glyphs()
    (line,) = layout(script_runs("2019-يىلى"), 10, 1000)
    assert [it.text for it in line.items] == ["-يىلى", "2019"]


def test_rtl_lines_break_in_logical_order() -> None:
    reset_private_glyphs()
    text = " ".join(UYGHUR_WORDS * 6)
    lines = layout(script_runs(text), 10, 150)
    assert len(lines) > 2
    # the first line holds the first words; read right to left they come in order
    first = "".join(it.text for it in lines[0].items[::-1]).split()
    assert first == list(UYGHUR_WORDS * 6)[: len(first)]
    assert all(line.width <= 150 for line in lines)


def test_tibetan_breaks_after_tsheg() -> None:
    reset_private_glyphs()
    lines = layout(script_runs(TIBETAN_TEXT * 3), 10, 120)
    assert len(lines) > 1
    for line in lines[:-1]:
        assert line.items[-1].text.rstrip()[-1] in "་།", line.items[-1].text
    assert "".join(it.text for ln in lines for it in ln.items).replace(" ", "") == (TIBETAN_TEXT * 3).replace(" ", "")
