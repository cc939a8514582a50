"""Process hygiene: private files, no core dumps, no crash reporter, no logs, WAL truncated."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.model import Case, Testimony
from app.services import backup, cases as svc, evidence as ev, transfer
from app.services.vault import Vault
from tests.conftest import PASSPHRASE
from tests.security.helpers import fill, private

REPO = Path(__file__).resolve().parents[2]


def test_everything_written_is_private(vault, vault_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = os.umask(0o022)  # even with a permissive umask (the entry points set 077 anyway)
    try:
        ids = fill(vault, tmp_path, 2)
        item = svc.get_case(vault, ids[0]).evidence[0]
        out = tmp_path / "out"
        out.mkdir(mode=0o700)
        ev.export_copy(vault, item.id, out / "copy.bin")
        transfer.export_cases(vault, ids, out / "cases.json")
        backup.create(vault, out / "b.backup")
        backup.restore(out / "b.backup", out / "restored", PASSPHRASE)
        vault.lock()
    finally:
        os.umask(old)
    created = [vault_path, *vault_path.rglob("*"), *out.rglob("*")]
    loose = [f"{p} {oct(p.stat().st_mode & 0o777)}" for p in created if not private(p)]
    assert loose == []


def test_wal_is_truncated_on_lock_and_close(vault, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    for i in range(20):
        svc.save_case(vault, Case(title=f"t{i}", testimonies=[Testimony(original_text="x" * 5000)]))
    wal = vault_path / "vault.db-wal"
    assert wal.stat().st_size > 0
    vault.lock()
    assert not wal.exists() or wal.stat().st_size == 0
    with Vault.unlock(vault_path, PASSPHRASE) as v:
        svc.save_case(v, Case(title="again"))
        assert wal.stat().st_size > 0
    assert not wal.exists() or wal.stat().st_size == 0


_PROBE = """
import resource, os, sys
from app.cli.main import main
code = main(sys.argv[1:])
soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
mask = os.umask(0); os.umask(mask)
dumpable = __import__('ctypes').CDLL(None).prctl(3, 0, 0, 0, 0) if sys.platform.startswith('linux') else 0  # PR_GET_DUMPABLE
print(dumpable, soft, hard, oct(mask), sys.excepthook is sys.__excepthook__, 'faulthandler' in sys.modules and __import__('faulthandler').is_enabled())
"""


def test_cli_entry_point_disables_core_dumps(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RECOURSE_")}
    env.update(PYTHONPATH=str(REPO), RECOURSE_HOME=str(tmp_path / "home"))
    done = subprocess.run([sys.executable, "-c", _PROBE, "--version"], capture_output=True, env=env, cwd=REPO,
                          check=True)
    dumpable, soft, hard, mask, hook, fault = done.stdout.decode().split()[-6:]
    assert (soft, hard, mask) == ("0", "0", "0o77")
    if sys.platform.startswith("linux"):
        assert dumpable == "0"  # prctl(PR_GET_DUMPABLE): not dumpable, not ptrace-able by the user
    assert hook == "True" and fault == "False"  # no crash reporter, no traceback dumper


def test_gui_entry_point_hardens_too() -> None:
    tree = ast.parse((REPO / "app" / "main.py").read_text(encoding="utf-8"))
    calls = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    assert "harden_process" in calls


def test_no_logging_crash_reporting_or_network_modules_in_app() -> None:
    banned = {"logging", "faulthandler", "sentry_sdk", "socket", "urllib", "http", "requests", "ssl",
              "smtplib", "ftplib", "xmlrpc", "telnetlib"}
    found = []
    for path in (REPO / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
            found += [f"{path.relative_to(REPO)}: {n}" for n in names if n.split(".")[0] in banned]
    assert found == []


def test_wrong_key_prints_nothing(vault, vault_path: Path, capfd: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    """SQLCipher's logging is off: a wrong key or a damaged page says nothing on stderr."""
    from app.storage.database import Database
    from app.errors import TamperDetected
    vault.lock()
    with pytest.raises(TamperDetected):
        Database(vault_path, bytes(32))
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""
