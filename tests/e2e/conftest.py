"""End-to-end helpers: run ``recourse-cli`` as a real subprocess on real vaults.

Every run gets ``RECOURSE_HOME`` inside the test's temporary folder, no
terminal (stdin is /dev/null and the process is in a new session, so
``/dev/tty`` cannot be opened), and is checked for tracebacks on stderr.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
FAST_KDF = ["--kdf-memory-mib", "64", "--kdf-iterations", "3"]
PASSPHRASE = "correct horse battery staple 秘密"
DEMO_PASS = "demo pass for tests"


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


class Cli:
    """Runs ``python -m app.cli`` with a private RECOURSE_HOME."""

    def __init__(self, home: Path) -> None:
        self.home = home
        home.mkdir(parents=True, exist_ok=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith("RECOURSE_")}
        env.update(RECOURSE_HOME=str(home), PYTHONPATH=str(REPO), PYTHONUTF8="1")
        self.env = env

    def passfile(self, text: str, name: str = "pass.txt") -> Path:
        path = self.home / name
        path.write_text(text + "\n", encoding="utf-8")
        return path

    def command(self, args: list[str], module: str = "app.cli") -> list[str]:
        return [sys.executable, "-m", module, *[str(a) for a in args]]

    def __call__(self, *args: Any, input: str | None = None, env: dict[str, str] | None = None,
                 module: str = "app.cli", timeout: float = 120) -> Result:
        proc = subprocess.run(
            self.command(list(args), module), cwd=REPO, env={**self.env, **(env or {})},
            input=input.encode("utf-8") if input is not None else None,
            stdin=subprocess.DEVNULL if input is None else None,
            capture_output=True, timeout=timeout, start_new_session=True, check=False)
        result = Result(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))
        assert "Traceback" not in result.stderr, result.stderr
        return result

    def popen(self, *args: Any) -> subprocess.Popen[bytes]:
        return subprocess.Popen(self.command(list(args)), cwd=REPO, env=self.env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


@dataclass
class VaultRef:
    """A vault folder and the file holding its passphrase."""

    path: Path
    passfile: Path

    def args(self) -> list[str]:
        return ["--vault", str(self.path), "--passphrase-file", str(self.passfile)]


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "home")


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> VaultRef:
    """The demo vault, made ONCE per module by the ``demo`` command; never modify it."""
    base = tmp_path_factory.mktemp("demo")
    runner = Cli(base / "home")
    passfile = runner.passfile(DEMO_PASS, "demo-pass.txt")
    path = base / "demo-vault"
    result = runner("demo", path, "--passphrase-file", passfile, *FAST_KDF)
    assert result.code == 0, result.stderr
    return VaultRef(path, passfile)


@pytest.fixture
def demo(demo_master: VaultRef, tmp_path: Path) -> VaultRef:
    """A private copy of the demo vault, for tests that change or damage it."""
    path = tmp_path / "demo-copy"
    shutil.copytree(demo_master.path, path)
    return VaultRef(path, demo_master.passfile)
