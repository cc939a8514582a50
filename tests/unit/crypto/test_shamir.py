"""Shamir 2-of-3 over GF(256): field arithmetic, round trips, errors."""

from __future__ import annotations

import itertools
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.crypto import shamir


def test_field_known_answers() -> None:
    assert shamir.gf_mul(0x57, 0x83) == 0xC1  # FIPS-197 §4.2
    assert shamir.gf_mul(0x57, 0x13) == 0xFE  # FIPS-197 §4.2.1
    for a in range(1, 256):
        assert shamir.gf_mul(a, shamir.gf_div(1, a)) == 1
        assert shamir.gf_div(shamir.gf_mul(a, 0x35), 0x35) == a
    with pytest.raises(ZeroDivisionError):
        shamir.gf_div(1, 0)


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=1, max_size=64))
def test_any_two_shares_rebuild_the_secret(secret: bytes) -> None:
    shares = shamir.split(secret)
    assert [x for x, _ in shares] == [1, 2, 3]
    for pair in itertools.permutations(shares, 2):
        assert shamir.combine(list(pair)) == secret
    assert shamir.combine(shares) == secret


def test_one_share_is_not_enough_and_is_not_the_secret() -> None:
    secret = os.urandom(32)
    shares = shamir.split(secret)
    with pytest.raises(ValueError):
        shamir.combine(shares[:1])
    with pytest.raises(ValueError):
        shamir.combine([shares[0], shares[0]])
    assert all(y != secret for _, y in shares)


def test_shares_are_fresh_each_time() -> None:
    secret = bytes(32)
    assert shamir.split(secret) != shamir.split(secret)


def test_bad_shares() -> None:
    (x1, y1), (x2, y2), _ = shamir.split(b"abc")
    with pytest.raises(ValueError):
        shamir.combine([(x1, y1), (x2, y2[:2])])
    with pytest.raises(ValueError):
        shamir.combine([(0, y1), (x2, y2)])
    with pytest.raises(ValueError):
        shamir.combine([(x1, y1), (x1, y2)])
    with pytest.raises(ValueError):
        shamir.split(b"")
