"""The case editor (see docs/editor.md)."""

from app.gui.editor.context import Dialogs
from app.gui.editor.editor import CaseEditor

__all__ = ["CaseEditor", "Dialogs"]
