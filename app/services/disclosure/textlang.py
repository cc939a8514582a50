"""Which of English, French or Spanish a piece of free text is written in (a cheap guess).

Used so that a pseudonym put into free text is in the text's language ("Witness 1"
inside an English narrative, even in a Spanish document), and so that clue
detection knows which kinship words to look for.
"""

from __future__ import annotations

import re

_WORDS = {
    "en": frozenset("the and of was were his her their he she they with from to in on by that this is".split()),
    "fr": frozenset("le la les des du et est été il elle ils au aux une un dans par que qui sur avec".split()),
    "es": frozenset("el la los las del y fue era él ella ellos al una un en por que con su sus para".split()),
}
_TOKEN = re.compile(r"[^\W\d_]+")


def guess(text: str, default: str = "en") -> str:
    """The likeliest of en/fr/es for *text*; *default* when there is no evidence."""
    scores = {lang: 0 for lang in _WORDS}
    for n, word in enumerate(_TOKEN.findall(text[:4000].lower())):
        if n > 400:
            break
        for lang, words in _WORDS.items():
            if word in words:
                scores[lang] += 1
    best = max(scores, key=lambda k: (scores[k], k == default))
    return best if scores[best] else default
