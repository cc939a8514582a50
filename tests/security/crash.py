"""Crash consistency: SIGKILL a writing child at random moments; after each kill the vault
unlocks, verify passes and every acknowledged write is there.  Used by the CI test
(tests/security/test_crash.py) and by ``python -m bench.security_full``.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from app.crypto import KdfParams
from app.services import cases as svc
from app.services import evidence as ev
from app.services.vault import Vault
from app.services.verify import verify

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "crash test passphrase"
KDF = KdfParams(memory_kib=8192, iterations=1, lanes=1)


@dataclass
class CrashReport:
    kills: int = 0
    survived: int = 0
    acknowledged: int = 0
    orphans_removed: int = 0
    failures: list[str] = field(default_factory=list)


def run(base: Path, kills: int, seed: int = 1, max_delay: float = 0.4) -> CrashReport:
    rng = random.Random(seed)
    folder, scratch = base / "vault", base / "scratch"
    scratch.mkdir(parents=True, exist_ok=True)
    Vault.create(folder, PASSPHRASE, kdf=KDF, allow_weak_kdf=True).lock()
    cases: set[str] = set()
    evidence: dict[str, tuple[str, str]] = {}
    report = CrashReport()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for k in range(kills):
        child = subprocess.Popen([sys.executable, "-m", "tests.security.crash_child", str(folder), str(scratch),
                                  str(seed * 100_000 + k)], cwd=REPO, env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL)
        assert child.stdout is not None
        first = child.stdout.readline()
        if first.strip() != b"ready":
            child.kill()
            child.wait()
            report.failures.append(f"kill {k}: child did not start")
            continue
        acked = child.stdout.readline() if k % 2 else b""  # every other kill: after a first write
        time.sleep(rng.uniform(0.0, max_delay))
        os.kill(child.pid, signal.SIGKILL)
        out = acked + child.stdout.read()
        child.wait()
        report.kills += 1
        for line in out.decode().splitlines():
            parts = line.split()
            if not parts or (parts[0] != "case" and len(parts) < 2):
                continue  # a line cut by the kill
            if parts[0] == "case" and len(parts) == 2:
                cases.add(parts[1])
            elif parts[0] == "evidence" and len(parts) == 4 and len(parts[3]) == 64:
                evidence[parts[2]] = (parts[1], parts[3])
            elif parts[0] in ("removing", "removed") and len(parts) == 2:
                evidence.pop(parts[1], None)  # a removal in flight may or may not have committed
            report.acknowledged += 1
        blobs_before = len(list((folder / "blobs").iterdir()))
        try:
            vault = Vault.unlock(folder, PASSPHRASE)
        except Exception as exc:  # noqa: BLE001
            report.failures.append(f"kill {k}: unlock failed: {exc!r}")
            break
        try:
            report.orphans_removed += max(0, blobs_before - len(vault.blobs.names()))
            result = verify(vault)
            problems = [p for c in result.checks for p in c.problems]
            with vault.db.reading() as conn:
                present = {r[0] for r in conn.execute("SELECT id FROM cases")}
                recorded = {r[0]: (r[1], r[2]) for r in conn.execute(
                    "SELECT evidence_id, case_id, sha256 FROM evidence_blobs")}
            missing = sorted(cases - present)
            # verify() has just checked every blob against its recorded SHA-256; here the recorded
            # SHA-256 must be the one the child was told, and its case must list it
            wrong = [e for e, want in evidence.items() if recorded.get(e) != want]
            for e in list(evidence)[-12:]:  # the newest ones also through the case and a full read
                if not _evidence_ok(vault, evidence[e][0], e, evidence[e][1]):
                    wrong.append(e)
            if not result.ok or missing or wrong:
                report.failures.append(f"kill {k}: verify ok={result.ok} {problems[:3]} missing={missing[:3]} "
                                       f"evidence={wrong[:3]}")
            else:
                report.survived += 1
        finally:
            vault.lock()
        for f in scratch.iterdir():
            f.unlink()
    return report


def _has_case(vault: Vault, case_id: str) -> bool:
    try:
        svc.get_case(vault, case_id)
        return True
    except Exception:  # noqa: BLE001
        return False


def _evidence_ok(vault: Vault, case_id: str, evidence_id: str, sha: str) -> bool:
    import hashlib

    try:
        case = svc.get_case(vault, case_id)
        item = case.evidence_item(evidence_id)
        return item is not None and item.sha256 == sha and hashlib.sha256(ev.read_bytes(vault, evidence_id)).hexdigest() == sha
    except Exception:  # noqa: BLE001
        return False
