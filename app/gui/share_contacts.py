"""File › Identity and contacts…: this vault's fingerprint to read aloud, its contact card, and the
partners' cards (add by pasting, verify after comparing fingerprints, rename, remove)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import errors
from app.gui import dialogs
from app.gui.bidi import cells_in_their_direction
from app.gui.security_dialogs import choose_save_file
from app.gui.share import exchange_failure
from app.services import contacts as contact_service
from app.services import identity as identity_service


class ContactsDialog(QDialog):
    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.choose_file = choose_save_file
        self.setWindowTitle(self.tr("Identity and contacts"))
        self.resize(700, 560)
        me = identity_service.public(vault)
        self.me = me
        intro = QLabel(self.tr("Your fingerprint. Read it aloud to a partner who adds you; it must match what "
                               "their Recourse shows."))
        intro.setWordWrap(True)
        self.fingerprint = QLabel(me.short)
        self.fingerprint.setFont(QFont("monospace", 16))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("Your fingerprint"))
        self.card_button = QPushButton(self.tr("Save my contact card…"))
        self.card_button.clicked.connect(self.save_card)
        self.table = cells_in_their_direction(QTableWidget(0, 3))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Fingerprint"), self.tr("Status")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Contacts"))
        self.paste = QPlainTextEdit()
        self.paste.setPlaceholderText(self.tr("Paste a partner's contact card here"))
        self.paste.setAccessibleName(self.tr("Contact card"))
        self.paste.setMaximumHeight(110)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name to show (optional)"))
        self.add_button = QPushButton(self.tr("Add contact"))
        self.add_button.clicked.connect(self.add_pasted)
        self.verify_button = QPushButton(self.tr("Mark verified…"))
        self.verify_button.clicked.connect(self.verify_selected)
        self.rename_button = QPushButton(self.tr("Rename"))
        self.rename_button.clicked.connect(self.rename_selected)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.note = QLabel()
        self.note.setWordWrap(True)
        add_row = QHBoxLayout()
        add_row.addWidget(self.name)
        add_row.addWidget(self.add_button)
        actions = QHBoxLayout()
        for b in (self.verify_button, self.rename_button, self.remove_button):
            actions.addWidget(b)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (intro, self.fingerprint, self.card_button, self.table):
            layout.addWidget(w)
        layout.addLayout(actions)
        layout.addWidget(self.paste)
        layout.addLayout(add_row)
        layout.addWidget(self.note)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        self.everyone = contact_service.list_contacts(self.vault)
        self.table.setRowCount(len(self.everyone))
        for r, c in enumerate(self.everyone):
            status = self.tr("verified") if c.verified else self.tr("not verified")
            for col, text in enumerate((c.name, c.short, status)):
                self.table.setItem(r, col, QTableWidgetItem(text))

    def selected(self) -> contact_service.Contact | None:
        row = self.table.currentRow()
        return self.everyone[row] if 0 <= row < len(self.everyone) else None

    def save_card(self) -> None:
        chosen = self.choose_file(self, self.tr("Save my contact card as"), "recourse-contact.txt")
        if chosen:
            try:
                identity_service.write_card(Path(chosen), self.me.card())
            except errors.RecourseError as exc:
                self.note.setText(exchange_failure(exc))
                return
            self.note.setText(self.tr("Contact card saved. It holds no secret: send it by any channel."))

    def add_pasted(self) -> None:
        try:
            c = contact_service.add(self.vault, self.paste.toPlainText(), name=self.name.text() or None)
        except errors.RecourseError as exc:
            self.note.setText(exchange_failure(exc))
            return
        self.paste.clear()
        self.name.clear()
        self.note.setText(self.tr("Added %1. Compare this fingerprint with them by phone or in person, then "
                                  "mark the contact verified: %2").replace("%1", c.name).replace("%2", c.short))
        self.refresh()

    def verify_selected(self) -> None:
        c = self.selected()
        if c is None:
            return
        if dialogs.ask(self, self.tr("Verify contact"),
                       self.tr("Does %1 read out exactly these digits?\n\n%2").replace("%1", c.name)
                       .replace("%2", c.short), yes=self.tr("They match")):
            contact_service.verify(self.vault, c.id)
            self.refresh()

    def rename_selected(self) -> None:
        c = self.selected()
        if c is None or not self.name.text().strip():
            self.note.setText(self.tr("Select a contact and type the new name in the name field."))
            return
        contact_service.rename(self.vault, c.id, self.name.text())
        self.name.clear()
        self.refresh()

    def remove_selected(self) -> None:
        c = self.selected()
        if c is not None and dialogs.ask(self, self.tr("Remove contact"),
                                         self.tr("Remove %1? Bundles they sign will then be refused as from an "
                                                 "unknown sender.").replace("%1", c.name), yes=self.tr("Remove")):
            contact_service.remove(self.vault, c.id)
            self.refresh()
