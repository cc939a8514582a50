"""Turn every error into one clear message, a machine code name and an exit code.

Messages say what is wrong *and* what to do.  They name files the user gave and
record identifiers, never case content (names, testimony text) or passphrases.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app import errors
from app.cli.exitcodes import Exit
from app.errors import (NoRecoverySlot, RecoveryKeyInvalid, UnlockNotCounted, VaultErased, VaultReadOnly,
                        WrongRecoveryKey)


class CliError(Exception):
    """An error found by the command line itself (usage, passphrase input...)."""

    def __init__(self, code: Exit, name: str, message: str,
                 problems: list[tuple[str, str]] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.name = name
        self.message = message
        self.problems = problems or []


@dataclass
class Failure:
    """What the user is told when a command fails."""

    code: Exit
    name: str  # stable machine-readable name, e.g. "wrong_passphrase"
    message: str
    problems: list[tuple[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {"error": self.name, "message": self.message, "exit_code": int(self.code),
                "problems": [{"path": p, "reason": r} for p, r in self.problems]}


def usage(message: str) -> CliError:
    return CliError(Exit.USAGE, "usage", message)


def passphrase_unavailable(message: str) -> CliError:
    return CliError(Exit.PASSPHRASE_UNAVAILABLE, "passphrase_unavailable", message)


def describe(exc: BaseException) -> Failure:
    """The :class:`Failure` for *exc*; unknown exceptions are internal errors."""
    if isinstance(exc, CliError):
        return Failure(exc.code, exc.name, exc.message, exc.problems)
    if isinstance(exc, KeyboardInterrupt):
        return Failure(Exit.CANCELLED, "cancelled", "Cancelled. Nothing was kept.")
    for kind, build in _BUILDERS:
        if isinstance(exc, kind):
            return build(exc)
    return Failure(Exit.INTERNAL, "internal_error",
                   f"Internal error ({type(exc).__name__}). Nothing was changed unless the command said so. "
                   "Run again with RECOURSE_DEBUG=1 for details and report the problem.")


def _wrong_passphrase(exc: errors.WrongPassphrase) -> Failure:
    return Failure(Exit.WRONG_PASSPHRASE, "wrong_passphrase",
                   "Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.")


def _empty_passphrase(exc: errors.EmptyPassphrase) -> Failure:
    return Failure(Exit.PASSPHRASE_UNAVAILABLE, "empty_passphrase",
                   "The passphrase is empty. Choose a long passphrase you can remember.")


def _blocked(exc: errors.SubmissionBlocked) -> Failure:
    return Failure(Exit.SUBMISSION_BLOCKED, "submission_blocked",
                   f"The case is not ready for this form ({len(exc.findings)} blocking finding(s)). Fix them "
                   "(see 'submission check'), or render a draft with --draft.",
                   [(f.path, f.message) for f in exc.findings])


def _vault_not_found(exc: errors.VaultNotFound) -> Failure:
    return Failure(Exit.VAULT_MISSING_OR_EXISTS, "vault_not_found",
                   f"No vault at {exc.path}. Give the right folder with --vault (or RECOURSE_VAULT), "
                   "or create a vault there with 'recourse-cli init'.")


def _vault_exists(exc: errors.VaultExists) -> Failure:
    return Failure(Exit.VAULT_MISSING_OR_EXISTS, "vault_exists",
                   f"{exc.path} already exists and is not empty. Nothing was changed. "
                   "Choose a new folder with --vault.")


def _vault_corrupted(exc: errors.VaultCorrupted) -> Failure:
    what = f"{exc.what}: {exc.detail}" if exc.detail else exc.what
    return Failure(Exit.VAULT_CORRUPTED, "vault_corrupted",
                   f"The vault is damaged ({what}). Do not write to it; "
                   "keep a copy of the folder and restore the vault from a backup.")


def _unsupported(exc: errors.UnsupportedVersion) -> Failure:
    return Failure(Exit.VAULT_CORRUPTED, "unsupported_version",
                   f"This {exc.what} has version {exc.found}, but this Recourse supports {exc.supported}. "
                   "Open it with the newer Recourse that made it.")


def _tamper(exc: errors.TamperDetected) -> Failure:
    what = f"{exc.what}: {exc.detail}" if exc.detail else exc.what
    return Failure(Exit.TAMPER, "tamper_detected",
                   f"Tampering detected: the {what} failed its authenticity check. "
                   "Do not trust this vault's content; keep a copy for investigation, "
                   "restore from a backup, and run 'recourse-cli verify' for a full report.")


def _invalid_case_file(exc: errors.InvalidCaseFile) -> Failure:
    n = len(exc.problems)
    return Failure(Exit.INVALID_INPUT, "invalid_case_file",
                   f"The case file {exc.path} is not valid ({n} problem{'s' if n != 1 else ''}). "
                   "Nothing was imported; fix the fields listed and try again.",
                   list(exc.problems))


def _validation(exc: errors.ValidationError) -> Failure:
    n = len(exc.problems)
    return Failure(Exit.INVALID_INPUT, "validation_error",
                   f"The case is not valid ({n} problem{'s' if n != 1 else ''}). "
                   "Nothing was saved; fix the fields listed and try again.",
                   list(exc.problems))


def _not_found(exc: errors.NotFound) -> Failure:
    hint = ("Use 'recourse-cli case list' to see references and ids." if exc.kind == "case" else
            "Use 'recourse-cli log list CASE' to see the log's ids." if exc.kind == "communication" else
            "Use 'recourse-cli reprisal list CASE' to see the incidents' ids." if exc.kind == "reprisal" else
            "Use 'recourse-cli submission list' to see the submissions' ids." if exc.kind == "submission" else
            "Use 'recourse-cli case show CASE' to see the ids of its persons, organisations and consent records."
            if exc.kind in ("person", "organisation", "consent") else
            "Use 'recourse-cli case show CASE' to see the evidence ids.")
    return Failure(Exit.NOT_FOUND, "not_found", f"No {exc.kind} matches {exc.ident!r}. {hint}")


def _input_file(exc: errors.InputFileError) -> Failure:
    return Failure(Exit.INPUT_FILE, "input_file_error",
                   f"Cannot use {exc.path}: {exc.reason}. Check the path and its permissions.")


def _storage_full(exc: errors.StorageFull) -> Failure:
    return Failure(Exit.DISK_FULL, "disk_full",
                   "The disk is full; the change was rolled back. Free some space and try again.")


def _cancelled(exc: errors.Cancelled) -> Failure:
    return Failure(Exit.CANCELLED, "cancelled", "Cancelled. Nothing was kept.")


def _vault_locked(exc: errors.VaultLocked) -> Failure:
    return Failure(Exit.INTERNAL, "vault_locked",
                   "Internal error: the vault was locked during the command. Run the command again.")


_RECOVERY_REASONS = {
    "format": "It does not look like a recovery key or share: check that every group of 4 characters is there.",
    "checksum": "It has a typing mistake (its checksum does not match): compare it with the printout "
                "character by character.",
    "one_share": "Only one share was given: two of the three shares are needed.",
    "duplicate_share": "The same share was given twice: two DIFFERENT shares are needed.",
    "mixed_shares": "The shares come from different splits: use two shares printed together.",
}


def _recovery_invalid(exc: RecoveryKeyInvalid) -> Failure:
    return Failure(Exit.RECOVERY_KEY_INVALID, "recovery_key_invalid",
                   "The recovery key was not accepted. " + _RECOVERY_REASONS.get(exc.reason, "")
                   + " Nothing was changed.")


def _wrong_recovery(exc: WrongRecoveryKey) -> Failure:
    return Failure(Exit.RECOVERY_KEY_INVALID, "wrong_recovery_key",
                   "This recovery key does not open this vault (it may belong to another vault, or a newer "
                   "recovery key replaced it). Nothing was changed.")


def _no_recovery(exc: NoRecoverySlot) -> Failure:
    return Failure(Exit.RECOVERY_KEY_INVALID, "no_recovery_key",
                   "This vault has no recovery key, so its passphrase cannot be reset. Nothing was changed.")


def _erased(exc: VaultErased) -> Failure:
    return Failure(Exit.VAULT_ERASED, "vault_erased",
                   f"Too many wrong passphrases: the failed-unlock limit was reached and the vault at {exc.path} "
                   "was erased. Restore it from a backup.")


def _not_counted(exc: UnlockNotCounted) -> Failure:
    return Failure(Exit.VAULT_READ_ONLY, "unlock_not_counted",
                   f"The vault at {exc.path} has a failed-unlock limit, and this attempt cannot be counted (a "
                   "read-only or full disk), so the passphrase was not tried. Nothing was changed.")


def _read_only(exc: VaultReadOnly) -> Failure:
    return Failure(Exit.VAULT_READ_ONLY, "vault_read_only",
                   f"The vault at {exc.path} is on a read-only disk or folder, so it cannot be opened (opening "
                   "writes the database log). Nothing was changed. Copy the folder to a writable place, or "
                   "restore a backup there.")


_CONTACT_REASONS = {
    "no_recipient": "no age recipient (age1...) was found in it",
    "bad_recipient": "its age recipient is damaged (check it was copied whole)",
    "no_signing_key": "no signing key (ed25519:...) was found in it",
    "bad_signing_key": "its signing key is damaged (check it was copied whole)",
    "several_keys": "it holds more than one recipient or signing key; give one contact at a time",
    "own_identity": "it is this vault's own identity",
    "duplicate": "this contact is already in your contacts",
    "ambiguous": "more than one contact matches; give more of the id or the fingerprint",
    "empty_name": "the name is empty",
    "too_large": "the file is too large to be a contact card",
}


def _contact_invalid(exc: errors.ContactInvalid) -> Failure:
    return Failure(Exit.INVALID_INPUT, "contact_invalid",
                   f"Contact not usable: {_CONTACT_REASONS.get(exc.reason, exc.reason)}. Nothing was changed.")


def _not_a_recipient(exc: errors.NotARecipient) -> Failure:
    return Failure(Exit.NOT_A_RECIPIENT, "not_a_recipient",
                   "This bundle is not encrypted to this vault (or the bundle passphrase is wrong). Nothing was "
                   "written. Ask the sender to seal it to your recipient ('recourse-cli identity show').")


def _unknown_signer(exc: errors.UnknownSigner) -> Failure:
    from app.services.identity import short_fingerprint

    return Failure(Exit.UNKNOWN_SIGNER, "unknown_signer",
                   f"The bundle is signed by an unknown key (fingerprint {short_fingerprint(exc.fingerprint)}). "
                   "Nothing was written. Add the sender as a contact and compare this fingerprint with them, "
                   "or import with --allow-unknown-signer if you trust it.")


def _replayed(exc: errors.BundleReplayed) -> Failure:
    why = ("was already imported" if exc.reason == "seen"
           else "is older than a bundle already imported from the same sender")
    return Failure(Exit.BUNDLE_REPLAYED, "bundle_replayed",
                   f"This bundle {why} (id {exc.bundle_id[:12]}). Nothing was written. Use --allow-older to "
                   "import an older bundle on purpose (conflicts are kept for review, never overwritten).")


def _spreadsheet(exc: errors.InvalidSpreadsheet) -> Failure:
    n = len(exc.problems)
    return Failure(Exit.INVALID_INPUT, "invalid_spreadsheet",
                   f"The spreadsheet {exc.path} is not valid ({n} problem{'s' if n != 1 else ''}). Nothing was "
                   "imported; fix the rows and columns listed and try again.", list(exc.problems))


def _too_large(exc: errors.BundleTooLarge) -> Failure:
    return Failure(Exit.INVALID_INPUT, "bundle_too_large",
                   f"A passphrase-sealed bundle is limited to {exc.limit // (1024 * 1024)} MiB. Nothing was "
                   "written. Seal it to contacts instead (no size limit), or choose fewer cases.")


def _unknown_form(exc: errors.UnknownForm) -> Failure:
    from app.services.submission import FORMS, LANGUAGES

    what = f"{exc.form} in {exc.language!r}" if exc.language else repr(exc.form)
    return Failure(Exit.USAGE, "unknown_form",
                   f"There is no form {what}. Forms: {', '.join(FORMS)}; languages: {', '.join(LANGUAGES)}. "
                   "Nothing was written.")


def _unknown_profile(exc: errors.UnknownProfile) -> Failure:
    from app.services.sharing import PROFILES

    return Failure(Exit.USAGE, "unknown_profile",
                   f"There is no redaction profile {exc.profile!r}: choose {', '.join(PROFILES)}. Nothing was written.")


def _unknown_purpose(exc: errors.UnknownPurpose) -> Failure:
    from app.services.disclosure import AUDIENCES

    return Failure(Exit.USAGE, "unknown_purpose",
                   f"{exc.purpose!r} is not a purpose the disclosure step knows ({', '.join(AUDIENCES)}). "
                   "Nothing was written.")


def _blob_too_large(exc: errors.BlobTooLarge) -> Failure:
    return Failure(Exit.INVALID_INPUT, "evidence_too_large",
                   f"This evidence file is larger than {exc.max_size // (1024 * 1024)} MiB, the most read into "
                   "memory. Nothing was changed. Write a copy to a file with 'recourse-cli evidence export' instead.")


def _decode_error(exc: errors.DecodeError) -> Failure:
    n = len(exc.problems)
    return Failure(Exit.INVALID_INPUT, "decode_error",
                   f"The case data does not fit the case model of this Recourse ({n} problem{'s' if n != 1 else ''}): "
                   "it was made by a newer version, or it is damaged. Nothing was changed.", list(exc.problems))


def _other(exc: errors.RecourseError) -> Failure:
    return Failure(Exit.INTERNAL, "internal_error",
                   f"Internal error ({type(exc).__name__}). Run again with RECOURSE_DEBUG=1 for details "
                   "and report the problem.")


# Most specific first; every class of app.errors appears here.
_BUILDERS: tuple[tuple[type[BaseException], Callable[[Any], Failure]], ...] = (
    (errors.WrongPassphrase, _wrong_passphrase),
    (errors.EmptyPassphrase, _empty_passphrase),
    (errors.SubmissionBlocked, _blocked),
    (errors.VaultNotFound, _vault_not_found),
    (errors.VaultExists, _vault_exists),
    (errors.VaultCorrupted, _vault_corrupted),
    (errors.UnsupportedVersion, _unsupported),
    (errors.TamperDetected, _tamper),
    (errors.InvalidCaseFile, _invalid_case_file),
    (errors.ValidationError, _validation),
    (errors.NotFound, _not_found),
    (errors.InputFileError, _input_file),
    (errors.StorageFull, _storage_full),
    (errors.Cancelled, _cancelled),
    (errors.VaultLocked, _vault_locked),
    (RecoveryKeyInvalid, _recovery_invalid),
    (WrongRecoveryKey, _wrong_recovery),
    (NoRecoverySlot, _no_recovery),
    (VaultErased, _erased),
    (VaultReadOnly, _read_only),
    (UnlockNotCounted, _not_counted),
    (errors.ContactInvalid, _contact_invalid),
    (errors.NotARecipient, _not_a_recipient),
    (errors.UnknownSigner, _unknown_signer),
    (errors.BundleReplayed, _replayed),
    (errors.InvalidSpreadsheet, _spreadsheet),
    (errors.BundleTooLarge, _too_large),
    (errors.UnknownForm, _unknown_form),
    (errors.UnknownProfile, _unknown_profile),
    (errors.UnknownPurpose, _unknown_purpose),
    (errors.BlobTooLarge, _blob_too_large),
    (errors.DecodeError, _decode_error),
    (errors.RecourseError, _other),
)
