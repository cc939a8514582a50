"""Crash consistency (CI size: 50 kills; full: python -m bench.security_full)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from tests.security import crash

KILLS = int(os.environ.get("RECOURSE_CRASH_KILLS", "50"))


def test_sigkill_during_writes_loses_nothing_acknowledged(tmp_path: Path) -> None:
    t0 = time.monotonic()
    report = crash.run(tmp_path, KILLS, seed=7, max_delay=0.3)
    print(f"crash consistency: {report.survived}/{report.kills} kills survived, "
          f"{report.acknowledged} acknowledged writes checked, {report.orphans_removed} orphan/partial blob files tidied at unlock, "
          f"{time.monotonic() - t0:.1f} s")
    assert report.failures == []
    assert report.kills == KILLS and report.survived == KILLS
    assert report.acknowledged >= KILLS // 2
