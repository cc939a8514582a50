"""The unlocked vault as the interface sees it.

One :class:`Session` exists while the vault is unlocked.  Every view gets it,
never the vault folder or keys.  ``locked`` is emitted *before* the vault is
locked so views can drop their models, clear editors and close dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.services.vault import Vault


class Session(QObject):
    locking = Signal()  # views must clear everything they show, now
    locked = Signal()
    case_saved = Signal(str)  # case id
    case_deleted = Signal(str)

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            from app.errors import VaultLocked

            raise VaultLocked()
        return self._vault

    @property
    def is_open(self) -> bool:
        return self._vault is not None

    def lock(self) -> None:
        if self._vault is None:
            return
        self.locking.emit()
        vault, self._vault = self._vault, None
        vault.lock()
        self.locked.emit()
