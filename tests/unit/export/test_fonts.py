"""Vendored fonts: checksums, licences, coverage, and the split of text into font runs."""

from __future__ import annotations

import hashlib

import pytest

from app.export.fonts import (
    ALL_FACES,
    ARABIC,
    CJK,
    MONO,
    REPLACEMENT,
    SERIF,
    TIBETAN,
    cmap,
    fonts_dir,
    missing_characters,
    script_runs,
)


def _sums() -> dict[str, str]:
    lines = (fonts_dir() / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    return {name.strip(): digest for digest, name in (line.split(None, 1) for line in lines if line.strip())}


def test_font_files_match_their_checksums() -> None:
    sums = _sums()
    on_disk = {p.name for p in fonts_dir().iterdir() if p.suffix in (".ttf", ".ttc", ".otf")}
    assert on_disk == set(sums), "every vendored font is listed in SHA256SUMS and nothing else"
    for name, digest in sums.items():
        assert hashlib.sha256((fonts_dir() / name).read_bytes()).hexdigest() == digest, name


def test_every_face_is_vendored_with_a_licence() -> None:
    sums = _sums()
    for f in ALL_FACES:
        assert f.file in sums
    licences = {p.name for p in (fonts_dir() / "licenses").iterdir()}
    assert {"OFL-1.1.txt", "Apache-2.0.txt", "fonts-noto-core.copyright", "fonts-droid-fallback.copyright",
            "fonts-ukij-uyghur.copyright"} <= licences
    readme = (fonts_dir() / "README.md").read_text(encoding="utf-8")
    for f in ALL_FACES:
        assert f.file in readme


def test_every_face_has_truetype_outlines() -> None:
    from fontTools.ttLib import TTFont

    for f in ALL_FACES:
        font = TTFont(str(fonts_dir() / f.file), lazy=True)
        assert "glyf" in font and "CFF " not in font, f.file


@pytest.mark.parametrize("face, text", [
    (SERIF, "Détention arbitraire — ¿Año? «niño» Œuvre ‘’ “” … €"),
    (CJK, "陈秋实黃子健乌鲁木齐於內地（）「」、：；《》"),
    (ARABIC, "ئابپتجچخدرزژسشغفقكگڭلمنھوۇۆۈۋېىيە،؛؟"),
    (TIBETAN, "བསྟན་འཛིན་རྒྱ་མཚོ།"),
    (MONO, "0123456789abcdef"),
])
def test_faces_cover_their_scripts(face, text) -> None:
    cm = cmap(face.name)
    assert [c for c in text if ord(c) not in cm] == []


def test_latin_is_one_run() -> None:
    assert script_runs("Détention à Genève, 5 mars 2019.") == [(SERIF.name, "Détention à Genève, 5 mars 2019.")]


def test_runs_follow_scripts() -> None:
    runs = script_runs("Name: 陈秋实 / ئابدۇرېھىم / བསྟན་འཛིན")
    assert [f for f, _ in runs] == [SERIF.name, CJK.name, SERIF.name, ARABIC.name, SERIF.name, TIBETAN.name]
    assert "".join(t for _, t in runs) == "Name: 陈秋实 / ئابدۇرېھىم / བསྟན་འཛིན"


def test_punctuation_joins_the_letters_it_touches() -> None:
    # fullwidth brackets are in the Chinese face: one run, no mixed-font token
    assert script_runs("（乌鲁木齐）") == [(CJK.name, "（乌鲁木齐）")]
    # the Uyghur face covers ASCII brackets and digits: they stay with the Uyghur word
    assert script_runs("(ئۈرۈمچى)") == [(ARABIC.name, "(ئۈرۈمچى)")]
    assert script_runs("2019-يىلى") == [(ARABIC.name, "2019-يىلى")]
    # the Chinese face has no ASCII: the bracket falls back to the Latin face, not to a box
    assert script_runs("(乌鲁木齐") == [(SERIF.name, "("), (CJK.name, "乌鲁木齐")]
    # spaces between two Chinese words stay in the Chinese run
    assert script_runs("陈秋实 黃子健") == [(CJK.name, "陈秋实 黃子健")]


def test_base_face_comes_first() -> None:
    assert script_runs("abc 123", MONO.name) == [(MONO.name, "abc 123")]
    assert script_runs("abc 陈", MONO.name) == [(MONO.name, "abc "), (CJK.name, "陈")]


def test_uncovered_characters_become_the_replacement_character() -> None:
    # CJK Extension B: no vendored face has it (see resources/fonts/README.md)
    assert script_runs("陳𠮷") == [(CJK.name, "陳"), (SERIF.name, REPLACEMENT)]
    assert missing_characters("陳𠮷 and 𡃁") == {"𠮷", "𡃁"}
    assert missing_characters("陈秋实 ئۈرۈمچى བོད") == set()


def test_controls_are_dropped_newlines_kept() -> None:
    text = "a\u200eb\x00c\u202bd\ufeff\ne\tf"
    assert script_runs(text) == [(SERIF.name, "abcd\ne f")]


def test_marks_stay_with_their_base() -> None:
    assert script_runs("e\u0301") == [(SERIF.name, "e\u0301")]
    # an ideographic variation selector the face lacks is dropped, the ideograph kept
    runs = script_runs("葛\U000E0100")
    assert runs == [(CJK.name, "葛")]
