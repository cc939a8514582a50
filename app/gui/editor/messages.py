"""Where a problem is, in words (the field's label and its section), and the editor's own draft notes.

The rules' problems themselves are translated by :mod:`app.gui.messages`; this module adds what
only the editor knows: the label of the input showing a path, and the notes for values kept as
drafts (see :mod:`app.services.drafts`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication as Q

from app.gui.editor.paths import normalise, tokens
from app.gui.messages import field_label, problem_text

UNREADABLE_DATE = "unreadable date"
KEPT_AS_DRAFT = "kept as draft"
ITEM_KEPT_AS_DRAFT = "item kept as draft"


def plain_message(problem: Any) -> str:
    """A problem (``(path, message)`` or a coded ``Problem``) in the interface language."""
    message = problem[1] if isinstance(problem, tuple) else str(problem)
    if message == UNREADABLE_DATE:
        return Q.translate("EditorMessages", "Not understood as a date — kept as a draft until it is (e.g. 2019, March 2019 or 2019-03-05).")
    if message == KEPT_AS_DRAFT:
        return Q.translate("EditorMessages", "Kept as a draft: what was typed here could not be stored yet. Fix it or clear it.")
    if message == ITEM_KEPT_AS_DRAFT:
        return Q.translate("EditorMessages", "This entry is not complete, so it is kept as a draft and not stored yet. Complete the field marked in red.")
    return problem_text(problem) if isinstance(problem, tuple) else message


def describe_path(editor: Any, path: str) -> str:
    """ "Time (Arrest and detention, entry 1)" for ``deprivations[0].arrest.time``."""
    toks = tokens(path)
    section = next((s for s in editor.sections if s.handles(toks)), None)
    where = section.title() if section is not None else ""
    numbers = [t for t in toks if isinstance(t, int)]
    if numbers and where:
        where = Q.translate("EditorMessages", "%1, entry %2").replace("%1", where).replace("%2", str(numbers[0] + 1))
    label = editor.ctx.label_of(normalise(path))
    if not label and toks and isinstance(toks[-1], str) and len(toks) > 1:
        label = field_label(toks[-1])
    if label and where:
        return Q.translate("EditorMessages", "%1 (%2)").replace("%1", label).replace("%2", where)
    return label or where or Q.translate("EditorMessages", "Case")
