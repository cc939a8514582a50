"""One term, one translation: the ✔ rows of translations/glossary.md hold in every catalogue."""

from __future__ import annotations

import re

import pytest

from app.gui.app import LANGUAGES, translations_dir
from tests.gui.test_translations import messages

COLUMNS = ("en", "zh_CN", "zh_TW", "fr", "es", "ug")
# words a term must not be translated with (the other half of "one way")
AVOID = {
    "passphrase": {"zh_CN": ("口令",), "zh_TW": ("口令",), "fr": ("phrase secrète",)},
    "folder": {"fr": ("dossier",)},
    "evidence": {"fr": ("pièce",)},
    "arrest": {"zh_CN": ("逮捕",), "zh_TW": ("逮捕",)},  # 逮捕 is the formal, procuratorate-approved arrest
    "narrative": {"zh_CN": ("陈述",), "fr": ("exposé",)},
    "victim": {"zh_CN": ("受害者",), "zh_TW": ("受害者",)},
}


def pattern(word: str, lang: str) -> re.Pattern[str]:
    """The glossary word, allowing plurals (fr/es "phrases de passe") and Uyghur suffixes (خەزىنىنى)."""
    parts = [re.escape(w[:-1] if lang == "ug" else w) for w in word.lower().split()]
    return re.compile(r"\S*\s+".join(parts))


def glossary() -> dict[str, dict[str, str]]:
    """``{"vault": {"fr": "coffre", ...}, ...}`` from the rows marked ✔."""
    terms = {}
    for line in (translations_dir() / "glossary.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= len(COLUMNS) and "✔" in cells[0]:
            english = cells[0].replace("✔", "").split(" (")[0].strip()
            terms[english] = {lang: re.sub(r"\(s\)$", "", cells[i]) for i, lang in enumerate(COLUMNS)}
    return terms


def test_the_glossary_has_the_checked_terms():
    assert set(glossary()) == {"vault", "passphrase", "case", "folder", "evidence", "victim", "arrest", "narrative"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_follows_the_glossary(lang):
    wrong = []
    for (ctx, source), text in messages(translations_dir() / f"recourse_{lang}.ts").items():
        if not text:
            continue  # untranslated (Uyghur beyond the shell): English is shown
        plain = source.replace("&", "").lower()
        for term, words in glossary().items():
            if not re.search(rf"\b{term}s?\b", plain) or "court case" in plain:
                continue
            if not pattern(words[lang], lang).search(text.replace("&", "").lower()):
                wrong.append((ctx, source, text, f"expected {words[lang]}"))
            for bad in AVOID.get(term, {}).get(lang, ()):
                also_case = term == "folder" and re.search(r"\bcases?\b", plain)
                if bad in text.lower() and not also_case:
                    wrong.append((ctx, source, text, f"avoid {bad}"))
    assert wrong == []
