"""Interface languages: which exist, which one is in use, and the system's choice.

The interface language is a catalogue code (``zh_CN``, ``zh_TW``, ``fr``, ``es``,
``ug``; ``en`` is the source language).  The same code picks vocabulary labels
(``resources/vocab/*.json`` carry one label per code), so the case list and the
editor show statuses, countries and roles in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

# catalogues shipped in translations/ (recourse_<code>.ts)
LANGUAGES = ("fr", "es", "zh_CN", "zh_TW", "ug")
# every interface language, with its name written in itself (shown in Preferences)
NATIVE_NAMES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "zh_CN": "中文（简体）",
    "zh_TW": "中文（繁體）",
    "ug": "ئۇيغۇرچە",
}
SYSTEM = ""  # the preference value meaning "follow the system language"

_current = {"lang": ""}


def match_locale(name: str) -> str:
    """The interface language for a locale name (``zh_HK`` -> ``zh_TW``, ``fr_CA`` -> ``fr``)."""
    name = name.replace("-", "_")
    if name.startswith("zh"):
        traditional = any(part in name for part in ("_TW", "_HK", "_MO", "Hant"))
        return "zh_TW" if traditional else "zh_CN"
    base = name.split("_")[0]
    return base if base in NATIVE_NAMES else "en"


def system_language() -> str:
    """The interface language matching the system's (``LANG``, desktop settings)."""
    for name in QLocale.system().uiLanguages() or [QLocale.system().name()]:
        lang = match_locale(name)
        if lang != "en" or name.replace("-", "_").startswith("en"):
            return lang
    return "en"


def resolve(preference: str) -> str:
    """A saved preference (possibly :data:`SYSTEM`) as a concrete interface language."""
    return preference if preference in NATIVE_NAMES else system_language()


def set_current(lang: str) -> None:
    _current["lang"] = lang


def current() -> str:
    """The interface language in use (set when its catalogue is installed)."""
    return _current["lang"] or match_locale(QLocale().name())


def isolate(text: str) -> str:
    """*text* (a path, a file name) as one unit inside a sentence of either direction.

    Without it a right-to-left sentence reorders the slashes of ``/home/x/vault``; the Unicode
    first-strong isolate keeps the path in its own direction.
    """
    return f"\u2068{text}\u2069"


# Qt's own words (dialog buttons, the edit menu of text fields).  Qt ships no catalogue for
# Uyghur, so ours carries them; for the other languages Qt's qtbase catalogue is loaded after ours
# and wins.  Listed here so pyside6-lupdate puts them in every catalogue.
QT_STOCK = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
)
