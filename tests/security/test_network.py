"""No network: the guard of tests/conftest.py is active here, and a whole CLI session in a child
process opens no INET socket either (checked with an audit hook, which sees every socket)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import NetworkForbidden

REPO = Path(__file__).resolve().parents[2]

_CHILD = r"""
import socket, sys
opened = []
def hook(event, args):
    if event == "socket.__new__":
        family = args[1]
        if family in (socket.AF_INET, socket.AF_INET6):
            opened.append(family)
            raise RuntimeError("network socket opened")
sys.addaudithook(hook)
from app.cli.main import main
for argv in sys.argv[1:]:
    main(argv.split("\x1f"))
try:
    socket.socket(socket.AF_INET, socket.SOCK_STREAM)
except RuntimeError:
    pass
print("INET sockets attempted:", len(opened) - 1)
"""


def test_guard_is_active_in_this_process() -> None:
    with pytest.raises(NetworkForbidden):
        socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)


def test_a_cli_session_opens_no_socket(tmp_path: Path) -> None:
    pf = tmp_path / "pass"
    pf.write_text("network test pass\n")
    v = tmp_path / "v"
    common = f"--vault\x1f{v}\x1f--passphrase-file\x1f{pf}"
    sessions = [f"init\x1f{common}\x1f--kdf-memory-mib\x1f64\x1f--kdf-iterations\x1f3",
                f"case\x1flist\x1f{common}", f"verify\x1f{common}", f"backup\x1fcreate\x1f{tmp_path / 'b'}\x1f{common}",
                f"backup\x1fverify\x1f{tmp_path / 'b'}\x1f--passphrase-file\x1f{pf}"]
    env = {k: val for k, val in os.environ.items() if not k.startswith("RECOURSE_")}
    env.update(PYTHONPATH=str(REPO), RECOURSE_HOME=str(tmp_path / "home"))
    done = subprocess.run([sys.executable, "-c", _CHILD, *sessions], capture_output=True, env=env, cwd=REPO,
                          timeout=120)
    out = done.stdout.decode()
    assert "INET sockets attempted: 0" in out, out + done.stderr.decode()
