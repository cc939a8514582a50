"""``python -m bench.security_full``: the security proof suite at full size.

    python -m bench.security_full [--kills 500] [--flips 200] [--fuzz 5000] [--seed 1]

1. crash consistency: SIGKILL a writing child ``--kills`` times (tests/security/crash.py);
2. tampering: ``--flips`` single-byte flips per target: database, WAL, header, blobs, audit rows
   (tests/security/tamper.py);
3. fuzzing: the Hypothesis parsers suite with ``--fuzz`` examples per parser, the canary test and
   the other security tests (pytest tests/fuzz tests/security, sizes from the environment).

Prints one line per figure (the figures in docs/security-testing.md come from here); exit code 1
if anything failed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.security_full")
    p.add_argument("--kills", type=int, default=500)
    p.add_argument("--flips", type=int, default=200, help="flips per target (5 targets)")
    p.add_argument("--fuzz", type=int, default=5000, help="Hypothesis examples per parser")
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    sys.path.insert(0, str(REPO))
    from tests.security import crash, tamper

    status = 0
    with tempfile.TemporaryDirectory(prefix="recourse-security-") as tmp:
        t0 = time.monotonic()
        rep = crash.run(Path(tmp) / "crash", args.kills, seed=args.seed)
        print(f"crash consistency: {rep.survived}/{rep.kills} kills survived, {rep.acknowledged} acknowledged "
              f"writes checked, {rep.orphans_removed} orphan/partial blob files tidied at unlock "
              f"({time.monotonic() - t0:.0f} s)", flush=True)
        for f in rep.failures[:20]:
            print("  FAILURE", f)
        status |= bool(rep.failures) or rep.survived != args.kills
        t0 = time.monotonic()
        trep = tamper.run(Path(tmp) / "tamper", args.flips, seed=args.seed)
        print(trep.line() + f" ({time.monotonic() - t0:.0f} s)", flush=True)
        for how, n in sorted(trep.how.items()):
            print(f"  {how}: {n}")
        for a in trep.altered[:20]:
            print("  ALTERED", a)
        status |= bool(trep.altered) or sum(trep.detected.values()) != sum(trep.flips.values())
    env = {**os.environ, "RECOURSE_FUZZ_EXAMPLES": str(args.fuzz), "RECOURSE_CRASH_KILLS": "50",
           "RECOURSE_TAMPER_FLIPS": "25", "PYTHONPATH": str(REPO)}
    t0 = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", "tests/fuzz",
                           "tests/security/test_canary.py"], cwd=REPO, env=env, capture_output=True, text=True)
    for line in done.stdout.splitlines():
        if line.lstrip(".").startswith(("fuzz ", "canary:")) or "passed" in line or "failed" in line:
            print(line.lstrip("."))
    print(f"fuzz + canary: exit {done.returncode} ({time.monotonic() - t0:.0f} s)")
    status |= done.returncode != 0
    return int(status)


if __name__ == "__main__":
    raise SystemExit(main())
