"""Tampering: flip one byte at a random (seeded) offset and check it is detected by reading or by
verify, and that nothing altered is ever returned as genuine.  Used by tests/security/test_tamper.py
and ``python -m bench.security_full``.

Targets: the database file (vault locked), its WAL (vault open with un-checkpointed writes; the
flip goes into a frame SQLite will read), the header (every byte except the value of
``failed_unlocks``, which is outside the MAC by design), evidence blobs, and audit-trail rows
(changed through SQL by someone holding the database key: the chain and its MAC catch it).
"""

from __future__ import annotations

import random
import shutil
import struct
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from app.crypto import KdfParams
from app.domain.model import Case, Testimony
from app.errors import TamperDetected, UnsupportedVersion, VaultCorrupted, WrongPassphrase
from app.services import cases as svc
from app.services import evidence as ev
from app.services.vault import Vault
from app.services.verify import verify

PASSPHRASE = "tamper test passphrase"
KDF = KdfParams(memory_kib=8192, iterations=1, lanes=1)
DOCUMENTED = (TamperDetected, VaultCorrupted, WrongPassphrase, UnsupportedVersion)


@dataclass
class TamperReport:
    flips: Counter = field(default_factory=Counter)
    detected: Counter = field(default_factory=Counter)
    altered: list[str] = field(default_factory=list)
    how: Counter = field(default_factory=Counter)

    def line(self) -> str:
        parts = [f"{t} {self.detected[t]}/{self.flips[t]}" for t in sorted(self.flips)]
        return (f"tampering: {sum(self.detected.values())}/{sum(self.flips.values())} flips detected "
                f"({', '.join(parts)}); altered content returned: {len(self.altered)}")


def _make(folder: Path, scratch: Path, n: int = 4) -> None:
    v = Vault.create(folder, PASSPHRASE, kdf=KDF, allow_weak_kdf=True)
    for i in range(n):
        c = svc.save_case(v, Case(title=f"tamper case {i}",
                                  testimonies=[Testimony(original_text=f"testimony {i} " * 300)]))
        f = scratch / f"f{i}"
        f.write_bytes(bytes(range(256)) * (100 + 300 * i))
        ev.attach(v, c.id, f)
    v.lock()


def _read_all(vault: Vault) -> dict[str, object]:
    out: dict[str, object] = {}
    for row in svc.list_cases(vault, limit=10_000):
        case = svc.get_case(vault, row.id)
        out[case.id] = (case.to_dict() if hasattr(case, "to_dict") else repr(case),
                        [ev.read_bytes(vault, e.id) for e in case.evidence])
    return out


def _check(vault_factory, expected: dict[str, object], report: TamperReport, target: str) -> None:  # type: ignore[no-untyped-def]
    """Open, read everything, verify: detected if a documented error is raised or verify fails."""
    report.flips[target] += 1
    vault = None
    try:
        vault = vault_factory()
        got = _read_all(vault)
        result = verify(vault)
    except DOCUMENTED as exc:
        report.detected[target] += 1
        report.how[f"{target}: {type(exc).__name__}"] += 1
        return
    finally:
        if vault is not None:
            vault.lock()
    if not result.ok:
        report.detected[target] += 1
        report.how[f"{target}: verify {','.join(c.name for c in result.checks if not c.ok)}"] += 1
        for key, value in got.items():  # whatever was returned must still be genuine
            if key in expected and value != expected[key]:
                report.altered.append(f"{target}: case {key} read back altered while verify failed")
        return
    if got != expected:
        report.altered.append(f"{target}: altered content returned and verify passed")


def _flip(path: Path, pos: int, rng: random.Random) -> None:
    data = bytearray(path.read_bytes())
    data[pos] ^= rng.randrange(1, 256)
    path.write_bytes(bytes(data))


def _live_wal_frames(wal: bytes) -> list[int]:
    """Offsets of the page data of the WAL frames SQLite will read (latest committed per page)."""
    if len(wal) < 32:
        return []
    page_size = struct.unpack(">I", wal[8:12])[0]
    salts = wal[16:24]
    latest: dict[int, int] = {}
    pending: dict[int, int] = {}
    off = 32
    while off + 24 + page_size <= len(wal):
        pgno, commit = struct.unpack(">II", wal[off:off + 8])
        if wal[off + 8:off + 16] != salts:
            break
        pending[pgno] = off + 24
        if commit:
            latest.update(pending)
            pending.clear()
        off += 24 + page_size
    return sorted(latest.values())


def run(base: Path, per_target: int, seed: int = 3) -> TamperReport:
    rng = random.Random(seed)
    report = TamperReport()
    pristine, scratch, work = base / "pristine", base / "scratch", base / "work"
    scratch.mkdir(parents=True, exist_ok=True)
    _make(pristine, scratch)
    v = Vault.unlock(pristine, PASSPHRASE)
    expected = _read_all(v)
    v.lock()

    def fresh() -> Path:
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(pristine, work)
        return work

    def opener():  # type: ignore[no-untyped-def]
        return Vault.unlock(work, PASSPHRASE)

    # database, header, blobs: flip in the locked vault, then unlock and read everything
    for _ in range(per_target):
        db = fresh() / "vault.db"
        _flip(db, rng.randrange(db.stat().st_size), rng)
        _check(opener, expected, report, "database")
    # every byte of the two-slot header file, the failure counter included: each slot has a checksum
    header_size = (pristine / "vault.header").stat().st_size
    for _ in range(per_target):
        fresh()
        _flip(work / "vault.header", rng.randrange(header_size), rng)
        _check(opener, expected, report, "header")
    for _ in range(per_target):
        fresh()
        blobs = sorted((work / "blobs").iterdir())
        blob = rng.choice(blobs)
        _flip(blob, rng.randrange(blob.stat().st_size), rng)
        _check(opener, expected, report, "blob")
    # audit rows: someone with the database key edits one field of one row
    for _ in range(per_target):
        fresh()
        v = Vault.unlock(work, PASSPHRASE)
        conn = v.db.conn
        rows = conn.execute("SELECT seq, at, action, kind, record_id, detail, prev, hash, mac FROM audit").fetchall()
        row = rng.choice(rows)
        col = rng.choice(["at", "action", "kind", "record_id", "detail", "prev", "hash", "mac"])
        names = ["seq", "at", "action", "kind", "record_id", "detail", "prev", "hash", "mac"]
        value = str(row[names.index(col)])
        i = rng.randrange(len(value))
        new = value[:i] + chr((ord(value[i]) ^ rng.randrange(1, 32)) or 65) + value[i + 1:]
        conn.execute("DROP TRIGGER IF EXISTS audit_no_update")
        conn.execute(f"UPDATE audit SET {col} = ? WHERE seq = ?", (new, row[0]))
        v.lock()
        _check(opener, expected, report, "audit")
    # WAL: vault open with un-checkpointed writes; flip a byte of a frame SQLite will read, then read
    # through a second connection (as a worker thread or another program would)
    for k in range(per_target):
        fresh()
        writer = Vault.unlock(work, PASSPHRASE)
        try:
            extra = dict(expected)
            for j in range(2):
                c = svc.save_case(writer, Case(title=f"wal {k} {j}", testimonies=[Testimony(original_text="w " * 900)]))
                extra[c.id] = (c.to_dict() if hasattr(c, "to_dict") else repr(c), [])
            wal_path = work / "vault.db-wal"
            live = _live_wal_frames(wal_path.read_bytes())
            assert live, "expected un-checkpointed frames in the WAL"
            expected_now = _read_all(writer)
            start = rng.choice(live)
            _flip(wal_path, start + rng.randrange(4096), rng)
            _check(writer.clone, expected_now, report, "wal")
        finally:
            try:
                writer.lock()
            except Exception:  # noqa: BLE001 -- the checkpoint may meet the damaged frame
                pass
    return report
