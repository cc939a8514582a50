"""Alt+letter for the fields of a section: each form label gets a free letter and its field as buddy.

Labels are translated text, so the letters are picked at run time: the first letter of the label
not yet used in the section (nor by the menu bar).  Labels in scripts without Latin letters keep
no mnemonic (the section shortcuts and Tab still reach them).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

MENU_LETTERS = set("fevh")  # File, Edit, View, Help


def assign_mnemonics(root: QWidget, taken: set[str] | None = None) -> int:
    """Give the form labels under *root* mnemonics; returns how many were given."""
    used = set(MENU_LETTERS if taken is None else taken)
    given = 0
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            field = field_item.widget() if field_item is not None else None
            if not isinstance(label, QLabel) or field is None:
                continue
            text = label.text()
            if not text or "&" in text or "<" in text:
                continue
            for i, ch in enumerate(text):
                low = ch.lower()
                if "a" <= low <= "z" and low not in used:
                    used.add(low)
                    label.setText(text[:i] + "&" + text[i:])
                    label.setBuddy(field)
                    given += 1
                    break
    return given
