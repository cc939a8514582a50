"""What the right-hand side shows when no case is open: a first step, never a blank page.

An empty vault offers "Create your first case" and the demo (fictional cases in a separate
vault, to try things out); a vault with cases says how to open one or start a new one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    new_case = Signal()
    open_demo = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.text = QLabel()
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.create_btn = QPushButton(self.tr("&Create your first case"))
        self.create_btn.setDefault(True)
        self.create_btn.clicked.connect(self.new_case)
        self.demo_btn = QPushButton(self.tr("Open the &demo"))
        self.demo_btn.setToolTip(self.tr("Three fictional cases in a separate demo vault (passphrase "
                                         "“recourse-demo”), to try Recourse without real data."))
        self.demo_btn.clicked.connect(self.open_demo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_btn)
        buttons.addWidget(self.demo_btn)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        lay.addWidget(self.title)
        lay.addWidget(self.text)
        lay.addSpacing(12)
        lay.addLayout(buttons)
        lay.addStretch(2)
        self.set_empty_vault(False)

    def set_empty_vault(self, empty: bool) -> None:
        if empty:
            self.title.setText(self.tr("This vault has no case yet"))
            self.text.setText(self.tr("Start with the person detained: who, when and where. Everything "
                                      "you type is encrypted on this computer and saved as you go."))
            self.create_btn.setText(self.tr("&Create your first case"))
            self.demo_btn.show()
        else:
            self.title.setText(self.tr("No case open"))
            self.text.setText(self.tr("Choose a case in the list (Enter opens it), search above it, "
                                      "or start a new one."))
            self.create_btn.setText(self.tr("&New case"))
            self.demo_btn.hide()
