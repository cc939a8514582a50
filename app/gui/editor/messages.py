"""Problems in plain words, in the user's language, naming the field (no paths, no codes).

The domain's rules speak in short English codes ("must be a 24-hour time HH:MM"); the editor
shows each as a sentence a documenter understands and names the field by its label.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication as Q

from app.gui.editor.paths import normalise, tokens


def plain_message(code: str) -> str:
    """A sentence for a rule's message *code*; unknown codes are shown as they are."""
    if code == "must be a 24-hour time HH:MM":
        return Q.translate("EditorMessages", "Write the time as hours and minutes, 00:00 to 23:59 (for example 14:30).")
    if code == "must name the person deprived of liberty":
        return Q.translate("EditorMessages", "Choose the person who was detained.")
    if code == "ends before it starts":
        return Q.translate("EditorMessages", "The end date is before the start date.")
    if code == "an ongoing period has no end date":
        return Q.translate("EditorMessages", "A period that is still going on has no end date: clear the end date or untick “ongoing”.")
    if code == "must be between 0 and 130":
        return Q.translate("EditorMessages", "Enter an age between 0 and 130.")
    if code == "already used by another case":
        return Q.translate("EditorMessages", "Another case already uses this reference.")
    if code == "must not be empty":
        return Q.translate("EditorMessages", "This must not be empty.")
    if code == "must not be negative":
        return Q.translate("EditorMessages", "This must not be negative.")
    if code == "unreadable date":
        return Q.translate("EditorMessages", "Not understood as a date — kept as a draft until it is (e.g. 2019, March 2019 or 2019-03-05).")
    if code == "kept as draft":
        return Q.translate("EditorMessages", "Kept as a draft: what was typed here could not be stored yet. Fix it or clear it.")
    if code == "item kept as draft":
        return Q.translate("EditorMessages", "This entry is not complete, so it is kept as a draft and not stored yet. Complete the field marked in red.")
    if code.startswith("refers to a"):
        return Q.translate("EditorMessages", "Refers to something that is no longer in this case: choose again.")
    if code.startswith("unknown ") and " code " in code:
        return Q.translate("EditorMessages", "This value is not one of the choices: pick one from the list.")
    if code.startswith("duplicate id"):
        return Q.translate("EditorMessages", "Two entries have the same identifier: remove one of them.")
    return code


def describe_path(editor: Any, path: str) -> str:
    """ "Time (Arrest and detention, entry 1)" for ``deprivations[0].arrest.time``."""
    toks = tokens(path)
    section = next((s for s in editor.sections if s.handles(toks)), None)
    where = section.title() if section is not None else ""
    numbers = [t for t in toks if isinstance(t, int)]
    if numbers and where:
        where = Q.translate("EditorMessages", "%1, entry %2").replace("%1", where).replace("%2", str(numbers[0] + 1))
    label = editor.ctx.label_of(normalise(path))
    if label and where:
        return Q.translate("EditorMessages", "%1 (%2)").replace("%1", label).replace("%2", where)
    return label or where or Q.translate("EditorMessages", "Case")
