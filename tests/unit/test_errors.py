"""Every error the core raises on purpose lives in app/errors.py and has a message in the CLI."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import app
from app import errors
from app.cli.errors import describe
from app.cli.exitcodes import Exit


def _all_modules() -> list[str]:
    names = [m.name for m in pkgutil.walk_packages(app.__path__, "app.")]
    return [n for n in names if not n.startswith(("app.gui", "app.main")) and not n.endswith("__main__")]


def _error_classes() -> list[type[errors.RecourseError]]:
    return [c for c in vars(errors).values()
            if inspect.isclass(c) and issubclass(c, errors.RecourseError) and c is not errors.RecourseError]


def _instance(cls: type[errors.RecourseError]) -> errors.RecourseError:
    """An instance with placeholder arguments (a number, an empty list, or a hex string such as a fingerprint)."""
    args = []
    for p in list(inspect.signature(cls.__init__).parameters.values())[1:]:
        if p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        kind = str(p.annotation)
        args.append(1 if kind == "int" else [] if "list" in kind or "Sequence" in kind else "00ff" * 16)
    return cls(*args)


def test_every_error_class_is_defined_in_app_errors() -> None:
    elsewhere = []
    for name in _all_modules():
        module = importlib.import_module(name)
        for obj in vars(module).values():
            if inspect.isclass(obj) and issubclass(obj, errors.RecourseError) and obj.__module__ != "app.errors":
                elsewhere.append(f"{obj.__module__}.{obj.__name__}")
    assert sorted(set(elsewhere)) == []
    assert len(_error_classes()) >= 25


def test_the_cli_has_its_own_message_for_every_error() -> None:
    internal = []
    for cls in _error_classes():
        failure = describe(_instance(cls))
        assert failure.message and "Traceback" not in failure.message
        if failure.code == Exit.INTERNAL and cls is not errors.VaultLocked:  # locked mid-command: a bug
            internal.append(cls.__name__)
    assert internal == []
