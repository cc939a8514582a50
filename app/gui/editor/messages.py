"""Problems in plain words, in the user's language, naming the field (no paths, no codes).

The domain's rules speak in short English codes ("must be a 24-hour time HH:MM"); the editor
shows each as a sentence a documenter understands and names the field by its label.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.gui.editor.paths import normalise, tokens


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditorMessages", text)


def plain_message(code: str) -> str:
    """A sentence for a rule's message *code*; unknown codes are shown as they are."""
    fixed = {
        "must be a 24-hour time HH:MM": _tr("Write the time as hours and minutes, 00:00 to 23:59 "
                                            "(for example 14:30)."),
        "must name the person deprived of liberty": _tr("Choose the person who was detained."),
        "ends before it starts": _tr("The end date is before the start date."),
        "an ongoing period has no end date": _tr("A period that is still going on has no end date: "
                                                 "clear the end date or untick “ongoing”."),
        "must be between 0 and 130": _tr("Enter an age between 0 and 130."),
        "already used by another case": _tr("Another case already uses this reference."),
        "must not be empty": _tr("This must not be empty."),
        "must not be negative": _tr("This must not be negative."),
        "unreadable date": _tr("Not understood as a date — kept as a draft until it is, "
                               "e.g. 2019, March 2019 or 2019-03-05."),
        "kept as draft": _tr("Kept as a draft: what was typed here could not be stored yet. "
                             "Fix it or clear it."),
        "item kept as draft": _tr("This entry is not complete, so it is kept as a draft and not yet "
                                  "stored. Complete it (see the field marked in red)."),
    }
    if code in fixed:
        return fixed[code]
    if code.startswith("refers to a"):
        return _tr("Refers to something that is no longer in this case: choose again.")
    if code.startswith("unknown ") and " code " in code:
        return _tr("This value is not one of the choices: pick one from the list.")
    if code.startswith("duplicate id"):
        return _tr("Two entries have the same identifier: remove one of them.")
    return code


def describe_path(editor: Any, path: str) -> str:
    """ "Arrest time (Arrest and detention, entry 1)" for ``deprivations[0].arrest.time``."""
    toks = tokens(path)
    section = next((s for s in editor.sections if s.handles(toks)), None)
    where = section.title() if section is not None else ""
    numbers = [t for t in toks if isinstance(t, int)]
    if numbers and where:
        where = _tr("%1, entry %2").replace("%1", where).replace("%2", str(numbers[0] + 1))
    label = editor.ctx.label_of(normalise(path))
    if label and where:
        return _tr("%1 (%2)").replace("%1", label).replace("%2", where)
    return label or where or _tr("Case")
