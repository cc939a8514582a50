"""Identical input, identical bytes: across renders, processes, time zones and locales."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.export import render_pdf

from .docs import long_document, multilingual
from .pdfutil import reader

ROOT = Path(__file__).resolve().parents[3]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_same_input_same_bytes() -> None:
    assert render_pdf(multilingual(draft=True)) == render_pdf(multilingual(draft=True))
    # rendering something else in between leaves no trace (fonts keep per-process state)
    first = render_pdf(multilingual())
    render_pdf(long_document())
    assert render_pdf(multilingual()) == first


def test_different_input_different_id() -> None:
    a = reader(render_pdf(multilingual())).trailer["/ID"]
    b = reader(render_pdf(multilingual(draft=True))).trailer["/ID"]
    assert a != b


def test_time_zone_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    utc = render_pdf(multilingual())
    with monkeypatch.context() as m:
        m.setenv("TZ", "Asia/Shanghai")
        time.tzset()
        try:
            assert time.localtime(0).tm_gmtoff == 8 * 3600
            shanghai = render_pdf(multilingual())
        finally:
            m.undo()
            time.tzset()
    assert shanghai == utc
    info = reader(shanghai).metadata
    assert info["/CreationDate"] == "D:20240305000000+00'00'"
    assert b"+08'00'" not in shanghai


_CHILD = """
import hashlib, sys
from app.export import render_pdf
from tests.unit.export.docs import multilingual
sys.stdout.write(hashlib.sha256(render_pdf(multilingual(draft=True))).hexdigest())
"""


def test_same_bytes_in_another_process() -> None:
    here = _digest(render_pdf(multilingual(draft=True)))
    env = dict(os.environ, TZ="Asia/Shanghai", LANG="zh_CN.UTF-8", LC_ALL="C.UTF-8",
               SOURCE_DATE_EPOCH="1700000000", PYTHONHASHSEED="12345")
    child = subprocess.run([sys.executable, "-c", _CHILD], cwd=ROOT, env=env, capture_output=True, text=True,
                           timeout=120, check=True)
    assert child.stdout == here
