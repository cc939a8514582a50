"""Typed errors shared by every layer.

Errors carry *no user-facing prose*: the CLI and the GUI map each class to a
translated message and (for the CLI) a distinct exit code.  Attributes carry
identifiers and machine-readable detail only -- never testimony text, names or
passphrases.
"""

from __future__ import annotations

from collections.abc import Sequence


class RecourseError(Exception):
    """Base of every error the core raises on purpose."""


# --- vault / keys -----------------------------------------------------------
class WrongPassphrase(RecourseError):
    """The passphrase (or recovery key) did not unwrap the master key."""


class EmptyPassphrase(RecourseError):
    """A new passphrase was empty."""


class VaultNotFound(RecourseError):
    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


class VaultExists(RecourseError):
    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


class VaultCorrupted(RecourseError):
    """A vault file is unreadable or structurally wrong (not an attack per se)."""

    def __init__(self, what: str, detail: str = "") -> None:
        super().__init__(f"{what}: {detail}" if detail else what)
        self.what = what
        self.detail = detail


class UnsupportedVersion(RecourseError):
    def __init__(self, what: str, found: object, supported: object) -> None:
        super().__init__(f"{what}: found {found}, supported {supported}")
        self.what = what
        self.found = found
        self.supported = supported


class TamperDetected(RecourseError):
    """Authenticated data failed its check: altered, truncated or reordered."""

    def __init__(self, what: str, detail: str = "") -> None:
        super().__init__(f"{what}: {detail}" if detail else what)
        self.what = what
        self.detail = detail


class VaultErased(RecourseError):
    """The vault was erased (emergency erase, or too many failed unlocks)."""

    def __init__(self, path: str, reason: str = "erased") -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class RecoveryKeyInvalid(RecourseError):
    """A recovery key or share is malformed, mistyped, or the shares do not fit together."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # machine code: format | checksum | one_share | mixed_shares | duplicate_share


class WrongRecoveryKey(RecourseError):
    """The recovery key is well-formed but does not open this vault."""


class NoRecoverySlot(RecourseError):
    """The vault has no recovery key."""


class VaultReadOnly(RecourseError):
    """The vault folder cannot be written (a read-only disk, mount or permissions); nothing was changed."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


class UnlockNotCounted(RecourseError):
    """The failed-unlock limit is on but this attempt cannot be counted (read-only or full disk):
    the passphrase was not tried."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


class VaultLocked(RecourseError):
    """An operation needed an unlocked vault."""


# --- records ------------------------------------------------------------------
class NotFound(RecourseError):
    def __init__(self, kind: str, ident: str) -> None:
        super().__init__(f"{kind} {ident}")
        self.kind = kind
        self.ident = ident


class ValidationError(RecourseError):
    """A domain object broke a rule.  ``problems`` is a list of (path, code)."""

    def __init__(self, problems: Sequence[tuple[str, str]]) -> None:
        super().__init__("; ".join(f"{p}: {c}" for p, c in problems))
        self.problems = list(problems)


class InvalidCaseFile(RecourseError):
    """A case file failed to parse or validate.

    ``problems`` is a list of ``(field_path, reason)``; ``path`` is the file.
    """

    def __init__(self, path: str, problems: list[tuple[str, str]]) -> None:
        super().__init__(f"{path}: " + "; ".join(f"{p}: {r}" for p, r in problems[:5]))
        self.path = path
        self.problems = problems


# --- environment ------------------------------------------------------------
class StorageFull(RecourseError):
    """The disk filled up; the operation was rolled back."""


class Cancelled(RecourseError):
    """The user cancelled a long operation; nothing was kept."""


class InputFileError(RecourseError):
    """A file named by the user cannot be read (missing, a directory, no permission)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


# --- submissions ------------------------------------------------------------------
class SubmissionBlocked(RecourseError):
    """Blocking completeness findings prevent a final render (``findings`` lists them)."""

    def __init__(self, findings: list) -> None:  # type: ignore[type-arg]
        super().__init__(f"{len(findings)} blocking finding(s)")
        self.findings = findings


# --- exchange between vaults (identity, contacts, bundles, spreadsheets) ------------------------
class ContactInvalid(RecourseError):
    """A contact card or pasted key is not usable; ``reason`` is a code (``no_recipient``,
    ``no_signing_key``, ``bad_recipient``, ``bad_signing_key``, ``own_identity``, ``duplicate``)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class NotARecipient(RecourseError):
    """The bundle is not encrypted to this vault (or the passphrase is wrong); nothing was written."""


class UnknownSigner(RecourseError):
    """A bundle's signer is not among the contacts; ``fingerprint`` is the signer's (hex)."""

    def __init__(self, fingerprint: str) -> None:
        super().__init__(fingerprint)
        self.fingerprint = fingerprint


class BundleReplayed(RecourseError):
    """The bundle was imported before (``reason="seen"``) or is older than one already imported from
    the same signer (``reason="older"``); nothing was written."""

    def __init__(self, bundle_id: str, reason: str) -> None:
        super().__init__(f"{bundle_id}: {reason}")
        self.bundle_id = bundle_id
        self.reason = reason


class InvalidSpreadsheet(RecourseError):
    """A CSV import failed validation; ``problems`` is a list of ``("row N, column C", code)``.
    Nothing was imported."""

    def __init__(self, path: str, problems: list[tuple[str, str]]) -> None:
        super().__init__(f"{path}: {len(problems)} problem(s)")
        self.path = path
        self.problems = problems


class BundleTooLarge(RecourseError):
    """A passphrase-sealed bundle would exceed ``limit`` bytes (it is built in memory)."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"{size} > {limit}")
        self.size = size
        self.limit = limit


# --- names and sizes the core refuses -----------------------------------------------------------
# Also ValueErrors (they were plain ValueErrors before moving here): a caller that catches ValueError
# around these calls keeps working.
class UnknownForm(RecourseError, ValueError):
    """No submission form has the code ``form`` (or it has no text in ``language``)."""

    def __init__(self, form: str, language: str = "") -> None:
        super().__init__(f"{form}.{language}" if language else form)
        self.form = form
        self.language = language


class UnknownProfile(RecourseError, ValueError):
    """``profile`` is not a redaction profile (``full``, ``partner``, ``public``)."""

    def __init__(self, profile: str) -> None:
        super().__init__(profile)
        self.profile = profile


class UnknownPurpose(RecourseError, ValueError):
    """``purpose`` is not one the disclosure engine knows (a form code, ``state``, ``partner``, ``public``,
    ``full``)."""

    def __init__(self, purpose: str) -> None:
        super().__init__(purpose)
        self.purpose = purpose


class BlobTooLarge(RecourseError, ValueError):
    """An evidence file holds more than ``max_size`` bytes, the most that is decrypted into memory
    (previews); nothing was kept in memory."""

    def __init__(self, max_size: int) -> None:
        super().__init__(f"blob exceeds {max_size} bytes")
        self.max_size = max_size


class DecodeError(RecourseError, ValueError):
    """Data does not decode into the case model; ``problems`` is a list of ``(path, reason)``."""

    def __init__(self, problems: Sequence[tuple[str, str]]) -> None:
        super().__init__("; ".join(f"{p}: {m}" for p, m in problems))
        self.problems = list(problems)
