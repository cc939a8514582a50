"""Column widths that never cut a word: "Septembe r" in a narrow date column.

reportlab breaks a word wider than its cell wherever the cell ends.  So before a table is
laid out, every column is widened to hold its widest unbreakable word (Latin words break only
at spaces; Chinese may break between characters, so a CJK character counts on its own), and
the room is taken from columns with width to spare, in proportion to their share.  Only when
the words of all columns together cannot fit across the page are they still broken.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics

from app.export.fonts import face, script_runs

# one CJK character, or a run of anything else that is not a space
_WORD = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]|"
                   r"[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]+")


@lru_cache(maxsize=8192)
def _word_width(word: str, font: str, size: float) -> float:
    if word.isascii():
        return pdfmetrics.stringWidth(word, font, size)
    return sum(pdfmetrics.stringWidth(run, f, size * face(f).scale) for f, run in script_runs(word, font))


def widest_word(text: str, font: str, size: float) -> float:
    """Width in points of the widest piece of ``text`` that must not be broken."""
    return max((_word_width(w, font, size) for w in _WORD.findall(text)), default=0.0)


def fit_widths(widths: list[float], needs: list[float]) -> list[float]:
    """``widths`` (points) changed as little as possible so that column i is at least ``needs[i]``.

    The total stays the same.  When the needs add up to more than the total, each column gets
    its need scaled down by the same factor (some words will then still break).
    """
    total = sum(widths)
    if all(w >= n for w, n in zip(widths, needs)):
        return list(widths)
    if sum(needs) >= total:
        scale = total / sum(needs)
        return [n * scale for n in needs]
    out = list(widths)
    fixed: set[int] = set()
    while True:
        short = [i for i in range(len(out)) if i not in fixed and out[i] < needs[i] - 1e-9]
        if not short:
            return out
        for i in short:
            out[i] = needs[i]
            fixed.add(i)
        rest = [i for i in range(len(out)) if i not in fixed]
        if not rest:  # every column at its need: share out what is left
            grow = total / sum(out)
            return [w * grow for w in out]
        free = total - sum(out[i] for i in fixed)
        share = sum(widths[i] for i in rest) or 1.0
        for i in rest:
            out[i] = free * widths[i] / share
