"""How hard a passphrase is to guess: zxcvbn (a maintained estimator), with words from our field.

zxcvbn scores 0 (guessable in under 10^3 tries) to 4 (10^10 tries or more) from dictionaries of
common passwords, names and words, keyboard patterns, dates, repeats and sequences.  Words a
documenter on China is likely to pick are added as "user inputs" so they count as common.
Advice is returned as keys (``empty``, ``common``, ``words``, ``short``) for the interface to
translate; zxcvbn's own English feedback is not shown.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field

from zxcvbn import zxcvbn

#: Words an attacker who knows the user's work would try first.
FIELD_WORDS = (
    "china", "beijing", "shanghai", "hongkong", "tibet", "xinjiang", "uyghur", "uighur", "lhasa", "urumqi",
    "recourse", "human", "rights", "humanrights", "lawyer", "justice", "freedom", "liberty", "democracy",
    "wgad", "detention", "中国", "密码", "自由", "人权", "西藏", "新疆", "香港",
)
COMMON_RANK = 1000  # a dictionary word ranked above this counts as common
MAX_LENGTH = 72  # zxcvbn's limit; a longer passphrase is judged by its first 72 characters


@dataclass(frozen=True)
class Strength:
    bits: float  # log2 of the guesses zxcvbn expects an attacker to need
    score: int  # 0 very weak .. 4 strong (zxcvbn's score)
    advice: tuple[str, ...] = field(default=())


def estimate(passphrase: str) -> Strength:
    """zxcvbn's estimate of *passphrase* (NFC-normalised, as the key derivation sees it)."""
    text = unicodedata.normalize("NFC", passphrase)
    if not text:
        return Strength(0.0, 0, ("empty",))
    result = zxcvbn(text[:MAX_LENGTH], user_inputs=list(FIELD_WORDS), max_length=MAX_LENGTH)
    score = int(result["score"])
    common = any(
        m.get("pattern") == "dictionary"
        and (m.get("dictionary_name") == "user_inputs" or int(m.get("rank", COMMON_RANK + 1)) <= COMMON_RANK)
        for m in result["sequence"]
    )
    words = [w for w in re.split(r"[\s\-_.,;:/]+", text) if w]
    advice: list[str] = []
    if score < 4:  # a strong passphrase gets no advice
        if common:
            advice.append("common")
        if len(words) < 4 and score < 3:
            advice.append("words")
        if len(text) < 12:
            advice.append("short")
    bits = float(result["guesses_log10"]) * math.log2(10)
    return Strength(round(bits, 1), score, tuple(advice))
