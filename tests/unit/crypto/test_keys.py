"""Tests of app.crypto.keys: key wrapping, sub-keys, HMAC."""

from __future__ import annotations

import hashlib
import hmac

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.crypto import (
    SubKeys,
    constant_time_equal,
    derive_subkeys,
    hmac_sha256,
    random_key,
    unwrap_key,
    wrap_key,
)
from app.errors import VaultCorrupted, WrongPassphrase

FAST = settings(max_examples=40, deadline=None, database=None)
AAD = b"RCVAULT header bytes"


def test_random_key_is_32_fresh_bytes() -> None:
    keys = {random_key() for _ in range(16)}
    assert len(keys) == 16
    assert all(len(k) == 32 for k in keys)


@FAST
@given(st.binary(min_size=32, max_size=32), st.binary(min_size=32, max_size=32), st.binary())
def test_wrap_unwrap_round_trip(kek: bytes, key: bytes, aad: bytes) -> None:
    wrapped = wrap_key(kek, key, aad)
    assert len(wrapped) == 12 + 32 + 16
    assert key not in wrapped
    assert unwrap_key(kek, wrapped, aad) == key


def test_wrapping_uses_a_fresh_nonce() -> None:
    kek, key = random_key(), random_key()
    first, second = wrap_key(kek, key, AAD), wrap_key(kek, key, AAD)
    assert first[:12] != second[:12] and first != second


def test_wrong_kek_is_wrong_passphrase() -> None:
    wrapped = wrap_key(random_key(), random_key(), AAD)
    with pytest.raises(WrongPassphrase):
        unwrap_key(random_key(), wrapped, AAD)


def test_wrong_aad_is_wrong_passphrase() -> None:
    kek = random_key()
    wrapped = wrap_key(kek, random_key(), AAD)
    with pytest.raises(WrongPassphrase):
        unwrap_key(kek, wrapped, AAD + b"!")


@FAST
@given(st.integers(0, 60 * 8 - 1))
def test_any_flipped_bit_is_rejected(bit: int) -> None:
    kek = bytes(range(32))
    wrapped = bytearray(wrap_key(kek, bytes(32), AAD))
    wrapped[bit // 8] ^= 1 << (bit % 8)
    with pytest.raises(WrongPassphrase):
        unwrap_key(kek, bytes(wrapped), AAD)


@pytest.mark.parametrize("length", [0, 28, 59, 61, 120])
def test_wrong_length_is_corruption(length: int) -> None:
    with pytest.raises(VaultCorrupted) as caught:
        unwrap_key(random_key(), bytes(length), AAD)
    assert (caught.value.what, caught.value.detail) == ("wrapped key", "length")


@pytest.mark.parametrize("bad", [b"", bytes(16), bytes(31), bytes(33)])
def test_key_lengths_checked(bad: bytes) -> None:
    with pytest.raises(ValueError):
        wrap_key(bad, random_key(), AAD)
    with pytest.raises(ValueError):
        wrap_key(random_key(), bad, AAD)
    with pytest.raises(ValueError):
        derive_subkeys(bad)


def _rfc5869_hkdf_sha256(ikm: bytes, info: bytes) -> bytes:
    """Independent HKDF-SHA256 (RFC 5869), no salt, 32-byte output."""
    prk = hmac.new(bytes(32), ikm, hashlib.sha256).digest()
    return hmac.new(prk, info + b"\x01", hashlib.sha256).digest()


def test_subkeys_match_documented_labels() -> None:
    master = bytes(range(32))
    sub = derive_subkeys(master)
    assert sub.database == _rfc5869_hkdf_sha256(master, b"recourse/v1/sqlcipher")
    assert sub.blob_wrapping == _rfc5869_hkdf_sha256(master, b"recourse/v1/blob-kwk")
    assert sub.audit_mac == _rfc5869_hkdf_sha256(master, b"recourse/v1/audit-mac")
    assert sub.header_mac == _rfc5869_hkdf_sha256(master, b"recourse/v1/header-mac")


def test_subkeys_distinct_and_deterministic() -> None:
    master = random_key()
    sub = derive_subkeys(master)
    assert sub == derive_subkeys(master)
    keys = [sub.database, sub.blob_wrapping, sub.audit_mac, sub.header_mac]
    assert len(set(keys)) == 4 and all(len(k) == 32 for k in keys)
    assert master not in keys
    other = derive_subkeys(random_key())
    assert not set(keys) & {other.database, other.blob_wrapping, other.audit_mac, other.header_mac}


def test_subkeys_repr_hides_key_material() -> None:
    sub = derive_subkeys(bytes(32))
    text = repr(sub) + str(sub)
    for key in (sub.database, sub.blob_wrapping, sub.audit_mac, sub.header_mac):
        assert key.hex() not in text and repr(key) not in text
    assert isinstance(sub, SubKeys)


def test_hmac_sha256_rfc4231_case_1() -> None:
    mac = hmac_sha256(b"\x0b" * 20, b"Hi There")
    assert mac.hex() == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"


def test_constant_time_equal() -> None:
    assert constant_time_equal(b"abc", b"abc")
    assert not constant_time_equal(b"abc", b"abd")
    assert not constant_time_equal(b"abc", b"ab")
    assert constant_time_equal(b"", b"")
