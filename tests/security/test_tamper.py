"""Every flipped byte is detected; nothing altered is ever returned as genuine."""

from __future__ import annotations

import os
from pathlib import Path

from tests.security import tamper

PER_TARGET = int(os.environ.get("RECOURSE_TAMPER_FLIPS", "25"))


def test_flipped_bytes_are_always_detected(tmp_path: Path) -> None:
    report = tamper.run(tmp_path, PER_TARGET, seed=11)
    print(report.line())
    for how, n in sorted(report.how.items()):
        print(f"  {how}: {n}")
    assert report.altered == []
    assert sum(report.detected.values()) == sum(report.flips.values()) == 5 * PER_TARGET
