"""Tests of app.crypto.kdf: Argon2id known answer, NFC, parameter policy."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.crypto import (
    CEILING_MEMORY_KIB,
    DEFAULT,
    FLOOR,
    KdfParams,
    argon2id_raw,
    calibrate,
    derive_kek,
    normalize_passphrase,
)
from app.crypto.kdf import (CALIBRATION_MAX_ITERATIONS, CALIBRATION_MEMORY_CAP_KIB, MAX_COST_KIB_PASSES,
                            MAX_ITERATIONS, MAX_LANES, _scale)
from app.errors import VaultCorrupted

FAST = settings(max_examples=40, deadline=None, database=None)
WEAK = KdfParams(memory_kib=256, iterations=1, lanes=1)  # tests only
SALT = bytes(range(16))


def test_rfc9106_argon2id_known_answer() -> None:
    # RFC 9106 section 5.3.
    tag = argon2id_raw(
        password=b"\x01" * 32,
        salt=b"\x02" * 16,
        memory_kib=32,
        iterations=3,
        lanes=4,
        length=32,
        secret=b"\x03" * 8,
        ad=b"\x04" * 12,
    )
    assert tag.hex() == "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"


def test_nfc_composed_and_decomposed_give_same_kek() -> None:
    composed, decomposed = "caf\u00e9 ključ", "cafe\u0301 kljuc\u030c"
    assert composed != decomposed
    assert unicodedata.normalize("NFC", decomposed) == composed
    assert normalize_passphrase(decomposed) == composed.encode("utf-8")
    assert derive_kek(composed, SALT, WEAK, allow_weak=True) == derive_kek(
        decomposed, SALT, WEAK, allow_weak=True
    )


def test_different_passphrase_or_salt_gives_different_kek() -> None:
    kek = derive_kek("correct horse", SALT, WEAK, allow_weak=True)
    assert len(kek) == 32
    assert kek == derive_kek("correct horse", SALT, WEAK, allow_weak=True)
    assert kek != derive_kek("correct horse.", SALT, WEAK, allow_weak=True)
    assert kek != derive_kek("correct horse", bytes(16), WEAK, allow_weak=True)
    assert kek != derive_kek("correct horse", SALT, KdfParams(256, 2, 1), allow_weak=True)


def test_kek_is_plain_argon2id_of_the_utf8_passphrase() -> None:
    kek = derive_kek("密码 passphrase", SALT, WEAK, allow_weak=True)
    assert kek == argon2id_raw("密码 passphrase".encode(), SALT, 256, 1, 1, 32)


def test_empty_passphrase_refused() -> None:
    with pytest.raises(ValueError):
        normalize_passphrase("")
    with pytest.raises(ValueError):
        derive_kek("", SALT, WEAK, allow_weak=True)


@pytest.mark.parametrize("salt", [b"", bytes(15), bytes(17), bytes(32)])
def test_salt_must_be_16_bytes(salt: bytes) -> None:
    with pytest.raises(ValueError):
        derive_kek("passphrase", salt, WEAK, allow_weak=True)


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(FLOOR.memory_kib - 1024, FLOOR.iterations, FLOOR.lanes),
        KdfParams(FLOOR.memory_kib, FLOOR.iterations - 1, FLOOR.lanes),
        KdfParams(FLOOR.memory_kib, FLOOR.iterations, FLOOR.lanes - 1),
        WEAK,
    ],
)
def test_params_below_floor_refused_without_allow_weak(params: KdfParams) -> None:
    assert not params.meets_floor()
    with pytest.raises(ValueError):
        derive_kek("passphrase", SALT, params)


def test_default_params_accepted() -> None:
    assert DEFAULT.meets_floor() and FLOOR.meets_floor()
    assert len(derive_kek("passphrase", SALT, DEFAULT)) == 32


@pytest.mark.parametrize(
    "args",
    [
        (0, 1, 1),
        (7, 1, 1),  # Argon2 needs memory >= 8 * lanes
        (64, 1, 9),
        (1024, 0, 1),
        (1024, MAX_ITERATIONS + 1, 1),
        (1024, 1, 0),
        (65536, 1, MAX_LANES + 1),
        (CEILING_MEMORY_KIB + 1, 3, 4),
    ],
)
def test_params_out_of_range_rejected(args: tuple[int, int, int]) -> None:
    with pytest.raises(ValueError):
        KdfParams(*args)


params_strategy = st.integers(1, MAX_ITERATIONS).flatmap(lambda t: st.builds(
    KdfParams,
    memory_kib=st.integers(8 * MAX_LANES, min(CEILING_MEMORY_KIB, MAX_COST_KIB_PASSES // t)),
    iterations=st.just(t),
    lanes=st.integers(1, MAX_LANES),
))


def test_header_cannot_demand_an_unlock_that_never_ends() -> None:
    """The red-team's header: 1 GiB and 64 passes.  Refused before any derivation, as is any
    memory × passes above what calibration can choose."""
    from app.errors import VaultCorrupted

    for memory, passes in ((CEILING_MEMORY_KIB, 64), (CEILING_MEMORY_KIB, 7), (524_288, 13)):
        with pytest.raises(VaultCorrupted):
            KdfParams.from_dict({"memory_kib": memory, "iterations": passes, "lanes": 4})
    KdfParams.from_dict({"memory_kib": CEILING_MEMORY_KIB, "iterations": 6, "lanes": 4})


@FAST
@given(params_strategy)
def test_params_dict_round_trip(params: KdfParams) -> None:
    data = params.to_dict()
    assert data == {
        "memory_kib": params.memory_kib,
        "iterations": params.iterations,
        "lanes": params.lanes,
    }
    assert KdfParams.from_dict(data) == params


@pytest.mark.parametrize(
    "data",
    [
        {},
        [],
        "memory_kib",
        None,
        {"memory_kib": 65536, "iterations": 3},
        {"memory_kib": 65536, "iterations": 3, "lanes": 4, "extra": 1},
        {"memory_kib": "65536", "iterations": 3, "lanes": 4},
        {"memory_kib": 65536.0, "iterations": 3, "lanes": 4},
        {"memory_kib": 65536, "iterations": True, "lanes": 4},
        {"memory_kib": 2**40, "iterations": 3, "lanes": 4},
        {"memory_kib": 65536, "iterations": 10**6, "lanes": 4},
        {"memory_kib": 65536, "iterations": 3, "lanes": -1},
    ],
)
def test_from_dict_rejects_malformed_header_values(data: object) -> None:
    with pytest.raises(VaultCorrupted) as caught:
        KdfParams.from_dict(data)  # type: ignore[arg-type]
    assert caught.value.what == "kdf params"


def test_calibrate_never_returns_below_base_or_floor() -> None:
    tiny = KdfParams(memory_kib=1024, iterations=1, lanes=1)
    assert calibrate(target_seconds=0.0, base=tiny) == FLOOR
    result = calibrate(target_seconds=0.5, base=FLOOR)
    assert result.meets_floor()
    assert result.memory_kib <= CEILING_MEMORY_KIB
    assert result.iterations >= FLOOR.iterations and result.memory_kib >= FLOOR.memory_kib


def test_scale_raises_memory_first_then_passes() -> None:
    assert _scale(DEFAULT, 0.5) == DEFAULT
    assert _scale(DEFAULT, 1.0) == DEFAULT
    assert _scale(DEFAULT, 1.5) == KdfParams(DEFAULT.memory_kib * 3 // 2, DEFAULT.iterations, DEFAULT.lanes)
    capped = _scale(DEFAULT, 4.0)  # memory stops at the cap, passes make up the rest
    assert capped == KdfParams(CALIBRATION_MEMORY_CAP_KIB, 2 * DEFAULT.iterations, DEFAULT.lanes)
    assert _scale(DEFAULT, 1000.0) == KdfParams(CALIBRATION_MEMORY_CAP_KIB, CALIBRATION_MAX_ITERATIONS, 4)


@FAST
@given(st.floats(min_value=0.0, max_value=1e6, allow_nan=False))
def test_scale_stays_within_bounds(factor: float) -> None:
    result = _scale(DEFAULT, factor)
    assert result.memory_kib >= DEFAULT.memory_kib and result.iterations >= DEFAULT.iterations
    assert result.memory_kib <= CEILING_MEMORY_KIB
    assert result.memory_kib % 1024 == 0
    assert result.lanes == DEFAULT.lanes
