"""Case files in and out of the vault (``docs/case-format.md``)."""

from __future__ import annotations

import errno
from pathlib import Path

from app.domain import casefile
from app.domain.model import Case
from app.errors import InputFileError, InvalidCaseFile, StorageFull
from app.services import cases as case_service
from app.services import sharing
from app.services.vault import Vault
from app.storage import cases as case_store
from app.services.userfiles import save_file


def export_cases(vault: Vault, idents: list[str] | None, dest: Path, profile: str = "full") -> int:
    """Write the given cases (all when *idents* is None) to *dest* as *profile* may see them
    (:func:`app.services.sharing.disclosed`, the one disclosure step); audited."""
    with vault.db.reading() as conn:
        ids = case_store.all_ids(conn) if idents is None else [case_service.resolve(vault, i) for i in idents]
        stored = [c for c in (case_store.get(conn, i) for i in ids) if c is not None]
    cases = [sharing.disclosed(c, profile).case for c in stored]
    data = casefile.dumps(cases, exported_at=vault.clock())
    save_file(Path(dest), data)
    with vault.db.transaction() as conn:
        for c in cases:
            vault.audit(conn, "export", "case", c.id, {"profile": profile})
    return len(cases)


def read_case_file(path: Path) -> list[Case]:
    path = Path(path)
    try:
        if path.stat().st_size > casefile.MAX_BYTES:
            raise InvalidCaseFile(str(path), [("$", "file is larger than the 256 MiB limit")])
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputFileError(str(path), "not found") from exc
    except IsADirectoryError as exc:
        raise InputFileError(str(path), "is a folder") from exc
    except OSError as exc:
        if exc.errno in (errno.ENOSPC,):
            raise StorageFull() from exc
        raise InputFileError(str(path), exc.strerror or "unreadable") from exc
    return casefile.loads(data, str(path))


def import_cases(vault: Vault, path: Path, *, replace: bool = False) -> list[Case]:
    """Validate the whole file first; then store every case in one transaction.

    A case whose id is already in the vault is a problem unless *replace*.
    """
    cases = read_case_file(path)
    if not replace:
        with vault.db.reading() as conn:
            clashes = [(f"$.cases[{i}].id", "a case with this id is already in the vault")
                       for i, c in enumerate(cases) if case_store.exists(conn, c.id)]
        if clashes:
            raise InvalidCaseFile(str(path), clashes)
    return case_service.save_cases(vault, cases, action="import")
