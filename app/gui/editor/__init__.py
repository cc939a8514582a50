"""The case editor (see docs/editor.md)."""

from app.gui.editor.compat import immortalise_none

immortalise_none()  # PySide6 6.12.0 on Python 3.11: see compat.py

from app.gui.editor.context import Dialogs
from app.gui.editor.editor import CaseEditor

__all__ = ["CaseEditor", "Dialogs"]
