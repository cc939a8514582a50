"""Passphrase -> key-encryption key (KEK) with Argon2id.

Format facts (stored in the vault header by the storage layer):

* The passphrase is normalised to Unicode NFC and encoded as UTF-8 before it
  reaches Argon2id, so the same passphrase typed with composed or decomposed
  accents (``"é"`` as U+00E9 or as U+0065 U+0301) yields the same key.
* The KEK is Argon2id (RFC 9106, version 0x13) with a random 16-byte salt,
  no secret, no associated data, 32-byte output, and the parameters in
  :class:`KdfParams`, serialised as ``{"memory_kib": int, "iterations": int,
  "lanes": int}``.
* :data:`FLOOR` (64 MiB, t=3, p=4, RFC 9106's low-memory recommendation) is the
  weakest setting :func:`derive_kek` accepts; :data:`DEFAULT` (256 MiB, t=3,
  p=4) is the starting point of :func:`calibrate`.
"""

from __future__ import annotations

import os
import time
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.errors import VaultCorrupted

KEK_LEN = 32
"""Length in bytes of the key-encryption key."""

SALT_LEN = 16
"""Length in bytes of the Argon2id salt."""

CEILING_MEMORY_KIB = 1_048_576
"""Upper bound on memory (1 GiB): calibration never exceeds it and parsed
parameters above it are rejected, so a tampered header cannot demand more."""

MAX_ITERATIONS = 16
"""Upper bound on Argon2id passes accepted anywhere (guards against a header
that would make unlocking run for hours)."""

MAX_COST_KIB_PASSES = CEILING_MEMORY_KIB * 6
"""Upper bound on memory × passes (1 GiB × 6, the most calibration can choose): a header asking for
more -- 1 GiB and 16 passes, say -- is refused before any derivation starts, so an edited header
cannot make unlocking run for minutes on end."""

MAX_LANES = 64
"""Upper bound on Argon2id lanes accepted anywhere."""

CALIBRATION_MAX_ITERATIONS = 6

CALIBRATION_MEMORY_CAP_KIB = 524_288
"""Calibration raises memory up to 512 MiB before it raises passes."""
"""Calibration raises passes up to this many; beyond it, extra time is spent
on memory instead (up to :data:`CEILING_MEMORY_KIB`)."""

_MEMORY_STEP_KIB = 1024
"""Calibrated memory is a whole number of MiB."""

_PARAM_KEYS = ("memory_kib", "iterations", "lanes")


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters.

    ``memory_kib`` is the memory cost in KiB (Argon2's ``m``), ``iterations``
    the number of passes (``t``), ``lanes`` the degree of parallelism (``p``).
    Construction checks only structural limits (positive integers, Argon2's
    ``m >= 8 p``, and the upper bounds above); whether the parameters are
    strong enough is :meth:`meets_floor`'s question.
    """

    memory_kib: int
    iterations: int
    lanes: int

    def __post_init__(self) -> None:
        for name in _PARAM_KEYS:
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise ValueError(f"{name} must be an int")
        if not 1 <= self.lanes <= MAX_LANES:
            raise ValueError("lanes out of range")
        if not 1 <= self.iterations <= MAX_ITERATIONS:
            raise ValueError("iterations out of range")
        if not 8 * self.lanes <= self.memory_kib <= CEILING_MEMORY_KIB:
            raise ValueError("memory_kib out of range")
        if self.memory_kib * self.iterations > MAX_COST_KIB_PASSES:
            raise ValueError("memory_kib × iterations above the ceiling")

    def meets_floor(self) -> bool:
        """True if no parameter is below :data:`FLOOR`."""
        return (
            self.memory_kib >= FLOOR.memory_kib
            and self.iterations >= FLOOR.iterations
            and self.lanes >= FLOOR.lanes
        )

    def to_dict(self) -> dict[str, int]:
        """``{"memory_kib": m, "iterations": t, "lanes": p}``."""
        return {
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> KdfParams:
        """Parse the output of :meth:`to_dict` (e.g. from a vault header).

        Raises :class:`~app.errors.VaultCorrupted` ``("kdf params", detail)``
        if ``data`` is not a mapping, a key is missing or extra, a value is
        not an int, or a value is out of range.  Parameters below
        :data:`FLOOR` are *accepted* here; :func:`derive_kek` refuses them.
        """
        if not isinstance(data, Mapping):
            raise VaultCorrupted("kdf params", "type")
        if set(data) != set(_PARAM_KEYS):
            raise VaultCorrupted("kdf params", "keys")
        values: dict[str, int] = {}
        for name in _PARAM_KEYS:
            value = data[name]
            if not isinstance(value, int) or isinstance(value, bool):
                raise VaultCorrupted("kdf params", "type")
            values[name] = value
        try:
            return cls(**values)
        except ValueError:
            raise VaultCorrupted("kdf params", "range") from None


FLOOR = KdfParams(memory_kib=65_536, iterations=3, lanes=4)
DEFAULT = KdfParams(memory_kib=262_144, iterations=3, lanes=4)


def normalize_passphrase(passphrase: str) -> bytes:
    """Return ``passphrase`` in Unicode NFC, encoded as UTF-8.

    Raises ``ValueError`` for the empty string.  Surrounding whitespace is
    kept: it is part of what the user typed.
    """
    if not passphrase:
        raise ValueError("empty passphrase")
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def argon2id_raw(
    password: bytes,
    salt: bytes,
    memory_kib: int,
    iterations: int,
    lanes: int,
    length: int,
    secret: bytes | None = None,
    ad: bytes | None = None,
) -> bytes:
    """Plain Argon2id (RFC 9106, version 0x13) with every input exposed.

    ``secret`` is Argon2's optional key ``K`` and ``ad`` its associated data
    ``X``.  No policy is applied; this exists for known-answer tests and as
    the single place that calls the primitive.
    """
    kdf = Argon2id(
        salt=salt,
        length=length,
        iterations=iterations,
        lanes=lanes,
        memory_cost=memory_kib,
        ad=ad,
        secret=secret,
    )
    return kdf.derive(password)


def derive_kek(
    passphrase: str, salt: bytes, params: KdfParams, *, allow_weak: bool = False
) -> bytes:
    """Derive the 32-byte KEK: Argon2id(NFC-UTF-8(passphrase), salt, params).

    ``salt`` must be 16 bytes.  Raises ``ValueError`` for an empty
    passphrase, a wrong salt length, or ``params`` below :data:`FLOOR` unless
    ``allow_weak=True`` (meant for tests only).
    """
    if len(salt) != SALT_LEN:
        raise ValueError("salt must be 16 bytes")
    if not allow_weak and not params.meets_floor():
        raise ValueError("kdf params below floor")
    return argon2id_raw(
        normalize_passphrase(passphrase),
        salt,
        params.memory_kib,
        params.iterations,
        params.lanes,
        KEK_LEN,
    )


def calibrate(target_seconds: float = 1.0, base: KdfParams = DEFAULT) -> KdfParams:
    """Return parameters at least as strong as ``base`` and :data:`FLOOR`
    whose derivation takes about ``target_seconds`` on this machine.

    Runs exactly one derivation (with the starting parameters, ~0.6 s for
    :data:`DEFAULT` on a 2-core laptop) and extrapolates linearly (Argon2id's
    time is proportional to memory x passes): memory is raised first, up to
    :data:`CALIBRATION_MEMORY_CAP_KIB`, then passes, up to
    :data:`CALIBRATION_MAX_ITERATIONS`.  If the starting parameters already take
    ``target_seconds`` or longer they are returned unchanged.
    """
    start = KdfParams(
        memory_kib=max(base.memory_kib, FLOOR.memory_kib),
        iterations=max(base.iterations, FLOOR.iterations),
        lanes=max(base.lanes, FLOOR.lanes),
    )
    elapsed = _time_one_derivation(start)
    return _scale(start, target_seconds / elapsed if elapsed > 0 else 1.0)


def _time_one_derivation(params: KdfParams) -> float:
    """Wall-clock seconds for one derivation with ``params``."""
    salt = os.urandom(SALT_LEN)
    began = time.perf_counter()
    argon2id_raw(b"calibration", salt, params.memory_kib, params.iterations, params.lanes, KEK_LEN)
    return time.perf_counter() - began


def _scale(params: KdfParams, factor: float) -> KdfParams:
    """Multiply the cost (memory x passes) of ``params`` by about ``factor``,
    never going below ``params``: memory first (what costs an attacker most,
    as RFC 9106 advises), up to :data:`CALIBRATION_MEMORY_CAP_KIB` so that
    modest laptops can still unlock, then passes."""
    if factor <= 1.0:
        return params
    cap = max(params.memory_kib, CALIBRATION_MEMORY_CAP_KIB)
    wanted_kib = int(params.memory_kib * factor)
    memory = max(params.memory_kib, min(wanted_kib // _MEMORY_STEP_KIB * _MEMORY_STEP_KIB, cap))
    remaining = factor * params.memory_kib / memory
    iterations = min(max(params.iterations, round(params.iterations * remaining)), CALIBRATION_MAX_ITERATIONS)
    return replace(params, iterations=max(params.iterations, iterations), memory_kib=memory)
