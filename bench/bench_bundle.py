"""Sealed bundles: create and import a bundle holding one large evidence file, beside a plain copy +
fsync of the same bytes measured in the same run, and the peak memory of each step.

    python -m bench.bench_bundle [--mib 1024] [--small-mib 64] [--dir DIR]

Each step runs in its own child process (so its peak RSS is its own); the small size is run too, to
show whether memory grows with the bundle (it must not).  Figures are ratios against the baseline,
never test assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASS = "bench passphrase"
CHUNK = 1 << 20


def _kdf():  # type: ignore[no-untyped-def]
    from app.crypto import KdfParams

    return KdfParams(memory_kib=8192, iterations=1, lanes=1)


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _setup(work: Path, mib: int) -> None:
    from app.domain.model import Case
    from app.services import cases, contacts, evidence, identity
    from app.services.vault import Vault

    src = work / "evidence.bin"
    with open(src, "wb") as f:
        for _ in range(mib):
            f.write(os.urandom(CHUNK))
    a = Vault.create(work / "alice", PASS, kdf=_kdf(), allow_weak_kdf=True)
    b = Vault.create(work / "bob", PASS, kdf=_kdf(), allow_weak_kdf=True)
    contacts.add(a, identity.ensure(b).card("Bob"), verified=True)
    contacts.add(b, identity.ensure(a).card("Alice"), verified=True)
    case = cases.save_case(a, Case(title="bench", reference="BENCH-1"))
    evidence.attach(a, case.id, src)
    a.lock()
    b.lock()


def _copy(work: Path) -> dict[str, float]:
    src, dst = work / "evidence.bin", work / "copy.bin"
    t = time.perf_counter()
    with open(src, "rb") as i, open(dst, "wb") as o:
        shutil.copyfileobj(i, o, CHUNK)
        o.flush()
        os.fsync(o.fileno())
    seconds = time.perf_counter() - t
    dst.unlink()
    return {"seconds": seconds, "rss_mib": _rss_mib()}


def _create(work: Path) -> dict[str, float]:
    from app.services import bundle
    from app.services.vault import Vault

    a = Vault.unlock(work / "alice", PASS)
    t = time.perf_counter()
    bundle.create(a, ["BENCH-1"], work / "bench.age", contacts=["Bob"])
    seconds = time.perf_counter() - t
    a.lock()
    return {"seconds": seconds, "rss_mib": _rss_mib(), "bytes": (work / "bench.age").stat().st_size}


def _import(work: Path) -> dict[str, float]:
    from app.services import bundle_import
    from app.services.vault import Vault

    b = Vault.unlock(work / "bob", PASS)
    t = time.perf_counter()
    bundle_import.import_bundle(b, work / "bench.age")
    seconds = time.perf_counter() - t
    b.lock()
    return {"seconds": seconds, "rss_mib": _rss_mib()}


def _idle(work: Path) -> dict[str, float]:
    """The same imports and an unlocked vault, doing nothing: the floor of the RSS figures."""
    from app.services import bundle, bundle_import  # noqa: F401
    from app.services.vault import Vault

    Vault.unlock(work / "alice", PASS).lock()
    return {"seconds": 0.0, "rss_mib": _rss_mib()}


STEPS = {"setup": None, "copy": _copy, "create": _create, "import": _import, "idle": _idle}


def _child(step: str, work: Path, mib: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-m", "bench.bench_bundle", "--step", step, "--dir", str(work),
                          "--mib", str(mib)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(base: Path, mib: int) -> dict[str, dict[str, float]]:
    work = Path(tempfile.mkdtemp(prefix=f"bundle-{mib}-", dir=base))
    try:
        _child("setup", work, mib)
        return {step: _child(step, work, mib) for step in ("idle", "copy", "create", "import")}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(mib: int, r: dict[str, dict[str, float]]) -> str:
    size = mib * CHUNK
    copy = r["copy"]["seconds"]
    lines = [f"{mib} MiB of evidence (bundle {r['create'].get('bytes', 0) / CHUNK:.0f} MiB):",
             f"  plain copy + fsync  {copy:7.2f} s  {size / copy / CHUNK:7.0f} MiB/s   (baseline)"]
    for step in ("create", "import"):
        s = r[step]["seconds"]
        lines.append(f"  bundle {step:<12} {s:7.2f} s  {size / s / CHUNK:7.0f} MiB/s   ratio {copy / s:4.2f}x of "
                     f"the copy; peak RSS {r[step]['rss_mib']:.0f} MiB (idle {r['idle']['rss_mib']:.0f} MiB)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.bench_bundle")
    p.add_argument("--mib", type=int, default=1024)
    p.add_argument("--small-mib", type=int, default=64)
    p.add_argument("--dir", type=Path, default=None)
    p.add_argument("--step", choices=list(STEPS), help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    if a.step:
        if a.step == "setup":
            _setup(a.dir, a.mib)
            print(json.dumps({}))
        else:
            print(json.dumps(STEPS[a.step](a.dir)))  # type: ignore[misc]
        return 0
    base = a.dir or Path(tempfile.gettempdir())
    results = {}
    for mib in sorted({a.small_mib, a.mib}):
        results[mib] = measure(base, mib)
        print(report(mib, results[mib]), flush=True)
    if len(results) == 2:
        small, big = results[min(results)], results[max(results)]
        for step in ("create", "import"):
            grow = big[step]["rss_mib"] - small[step]["rss_mib"]
            print(f"peak RSS growth {step}: {grow:+.0f} MiB from {min(results)} to {max(results)} MiB of evidence")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
