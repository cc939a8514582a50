"""A vault at a glance: what ``info`` and the ``recourse`` launcher print.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from app.cli.context import kdf_text
from app.services.vault import PASSPHRASE, Vault, stats


@dataclass
class VaultSummary:
    vault: str
    format_version: int
    schema_version: int
    kdf: dict[str, Any]
    cases: int
    evidence: int
    audit_entries: int
    disk_bytes: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def lines(self) -> list[str]:
        return [
            f"Vault:            {self.vault}",
            f"Format version:   {self.format_version}",
            f"Schema version:   {self.schema_version}",
            f"Key derivation:   {kdf_text(self.kdf)}",
            f"Cases:            {self.cases}",
            f"Evidence files:   {self.evidence}",
            f"Audit entries:    {self.audit_entries}",
            f"Size on disk:     {human_size(self.disk_bytes)}",
        ]


def folder_size(folder: Path) -> int:
    """Bytes used by every file under *folder*."""
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            try:
                total += os.stat(os.path.join(root, name)).st_size
            except OSError:
                pass
    return total


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{n} bytes" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} bytes"  # pragma: no cover


def summarize(vault: Vault) -> VaultSummary:
    slot = next((s for s in vault.header.keyslots if s.kind == PASSPHRASE), vault.header.keyslots[0])
    figures = stats(vault)
    return VaultSummary(
        vault=str(vault.folder),
        format_version=vault.header.version,
        schema_version=figures.schema_version,
        kdf=dict(slot.kdf),
        cases=figures.cases,
        evidence=figures.evidence_files,
        audit_entries=figures.audit_entries,
        disk_bytes=folder_size(vault.folder),
    )
