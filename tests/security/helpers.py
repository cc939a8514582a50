"""Shared helpers for the security proof suite."""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.domain.model import Case, Person, Testimony
from app.services import cases as svc
from app.services import evidence as ev
from app.services.vault import Vault


def fill(vault: Vault, tmp: Path, n: int = 3, marker: str = "") -> list[str]:
    """Cases with a testimony and a small evidence file each; returns case ids."""
    ids = []
    for i in range(n):
        case = svc.save_case(vault, Case(title=f"case {i} {marker}".strip(),
                                         persons=[Person(family_name_latin=f"Witness{i}{marker}", other_names=[f"alias {marker}".strip()])],
                                         testimonies=[Testimony(original_text=f"testimony {i} {marker} " * 20)]))
        f = tmp / f"evidence-{i}.txt"
        f.write_bytes(f"evidence {i} {marker}\n".encode() * (200 * (i + 1)))
        ev.attach(vault, case.id, f)
        f.unlink()
        ids.append(case.id)
    return ids


def snapshot(vault: Vault) -> dict[str, object]:
    """Everything that must survive a backup/restore: cases and evidence hashes and bytes."""
    out: dict[str, object] = {}
    for row in svc.list_cases(vault, limit=10_000):
        case = svc.get_case(vault, row.id)
        out[case.id] = (case.title, [(e.id, e.sha256, e.size) for e in case.evidence],
                        [ev.read_bytes(vault, e.id) for e in case.evidence])
    return out


def modes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): stat.S_IMODE(p.stat().st_mode) for p in [folder, *folder.rglob("*")]}


def private(path: Path) -> bool:
    m = stat.S_IMODE(path.stat().st_mode)
    return m & 0o077 == 0


@contextmanager
def mounted_tmpfs(where: Path, size: str = "1536k", readonly: bool = False) -> Iterator[Path]:
    """A real tmpfs (root only; the caller skips otherwise)."""
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True)
    if done.returncode != 0:
        raise OSError(done.stderr.decode(errors="replace"))
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def header_doc(folder: Path) -> dict:
    """The header JSON of slot 0 of ``vault.header`` (what an attacker would edit)."""
    import json

    from app.storage.header import SLOT_SIZE, unpack_slot

    body = unpack_slot((folder / "vault.header").read_bytes()[:SLOT_SIZE])
    assert body is not None
    return json.loads(body)


def write_header_doc(folder: Path, doc: dict | bytes) -> None:
    """Put an (edited) header JSON into both slots with valid slot checksums: only the keyed
    checks (slot AAD, header MAC) stand between it and the vault."""
    import json

    from app.storage.header import pack_file

    body = doc if isinstance(doc, bytes) else (json.dumps(doc, indent=1, ensure_ascii=False) + "\n").encode()
    (folder / "vault.header").write_bytes(pack_file(body))
