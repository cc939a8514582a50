"""Every error the core raises on purpose lives in app/errors.py and has a message in the CLI."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import app
from app import errors
from app.cli.errors import describe
from app.cli.exitcodes import Exit


# Exception classes that are not errors for the user, each with the reason it lives where it does.
NOT_USER_ERRORS = {
    "app.cli.errors.CliError": "the CLI's own usage and passphrase-input errors: each carries its exit code "
                               "and message, and never leaves the CLI",
    "app.gui.dialogs.NoScriptedAnswer": "an AssertionError for tests that script dialogs: a test bug, never raised "
                                        "outside scripted mode",
    "app.services.backup._WalNotEmpty": "private retry signal inside backup.create: caught in the same function, "
                                        "it only makes the transaction and the temporary file roll back",
}


def _all_modules() -> list[str]:
    """Every module of app/, the GUI included (importing a GUI module needs no display)."""
    names = [m.name for m in pkgutil.walk_packages(app.__path__, "app.")]
    return ["app"] + [n for n in names if not n.endswith("__main__")]


def defined_exception_classes() -> dict[str, type[BaseException]]:
    """Every exception class defined in app/ (by any base: ValueError, Exception, ...), by qualified name."""
    found: dict[str, type[BaseException]] = {}
    for name in _all_modules():
        module = importlib.import_module(name)
        for obj in vars(module).values():
            if inspect.isclass(obj) and issubclass(obj, BaseException) and obj.__module__ == name:
                found[f"{name}.{obj.__qualname__}"] = obj
    return found


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
    classes = defined_exception_classes()
    assert len(classes) > 30 and "app.gui.dialogs.NoScriptedAnswer" in classes  # the walk reached the GUI
    elsewhere = sorted(n for n, c in classes.items() if c.__module__ != "app.errors" and n not in NOT_USER_ERRORS)
    assert elsewhere == []
    assert sorted(n for n in NOT_USER_ERRORS if n not in classes) == []  # no stale excuse
    in_errors = [c for c in classes.values() if c.__module__ == "app.errors"]
    assert all(issubclass(c, errors.RecourseError) for c in in_errors)
    assert sorted(c.__name__ for c in in_errors if c is not errors.RecourseError) == sorted(
        c.__name__ for c in _error_classes())
    assert len(_error_classes()) >= 30


def test_the_old_import_paths_still_work() -> None:
    """Moved classes stay importable where they were (code outside app/ may name them there)."""
    from app.crypto import BlobTooLarge
    from app.domain.codec import DecodeError
    from app.services.disclosure import UnknownPurpose
    from app.services.sharing import UnknownProfile
    from app.services.submission.forms import UnknownForm

    assert (BlobTooLarge, DecodeError, UnknownPurpose, UnknownProfile, UnknownForm) == (
        errors.BlobTooLarge, errors.DecodeError, errors.UnknownPurpose, errors.UnknownProfile, errors.UnknownForm)
    assert all(issubclass(c, ValueError) for c in (BlobTooLarge, DecodeError, UnknownPurpose, UnknownForm))


def test_the_cli_has_its_own_message_for_every_error() -> None:
    internal = []
    for cls in _error_classes():
        failure = describe(_instance(cls))
        assert failure.message and "Traceback" not in failure.message
        if failure.code == Exit.INTERNAL and cls is not errors.VaultLocked:  # locked mid-command: a bug
            internal.append(cls.__name__)
    assert internal == []
