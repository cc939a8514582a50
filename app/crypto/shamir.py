"""Shamir secret sharing, 2 of 3, over GF(2^8) (the AES field, polynomial 0x11B).

Each byte of the secret is the constant term of its own random degree-1
polynomial ``f(x) = s + a*x`` (``a`` from the OS CSPRNG); share ``i`` (x = 1, 2
or 3) holds ``f(i)`` for every byte.  Any two shares give ``s`` by Lagrange
interpolation at 0; one share alone is uniformly random and reveals nothing
about the secret.  Shares carry no integrity protection here: the caller
adds a checksum and checks the result (``app.services.recovery``).
"""

from __future__ import annotations

import secrets

THRESHOLD = 2
SHARES = 3

# log / antilog tables for GF(256) with generator 3
_EXP = [0] * 510
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _x
    _LOG[_x] = _i
    _x ^= (_x << 1) ^ (0x11B if _x & 0x80 else 0)  # multiply by 3 = x*2 ^ x
    _x &= 0xFF
for _i in range(255, 510):
    _EXP[_i] = _EXP[_i - 255]


def gf_mul(a: int, b: int) -> int:
    if a == 0 or b == 0:
        return 0
    return _EXP[_LOG[a] + _LOG[b]]


def gf_div(a: int, b: int) -> int:
    if b == 0:
        raise ZeroDivisionError("division by zero in GF(256)")
    if a == 0:
        return 0
    return _EXP[(_LOG[a] - _LOG[b]) % 255]


def split(secret: bytes) -> list[tuple[int, bytes]]:
    """Three shares ``(x, y)`` with x in 1..3; any two reconstruct *secret*."""
    if not secret:
        raise ValueError("empty secret")
    coeffs = secrets.token_bytes(len(secret))
    return [(x, bytes(s ^ gf_mul(a, x) for s, a in zip(secret, coeffs))) for x in range(1, SHARES + 1)]


def combine(shares: list[tuple[int, bytes]]) -> bytes:
    """The secret from two (or more: the first two distinct are used) shares.

    ``ValueError`` if fewer than two distinct x values, x outside 1..255, or
    lengths differ.
    """
    distinct: dict[int, bytes] = {}
    for x, y in shares:
        if not 1 <= x <= 255:
            raise ValueError("share index out of range")
        if x in distinct and distinct[x] != y:
            raise ValueError("two different shares with the same index")
        distinct.setdefault(x, y)
    if len(distinct) < THRESHOLD:
        raise ValueError("need at least two different shares")
    (x1, y1), (x2, y2) = list(distinct.items())[:THRESHOLD]
    if len(y1) != len(y2) or not y1:
        raise ValueError("shares of different lengths")
    # Lagrange at 0: s = y1 * x2/(x1^x2) ^ y2 * x1/(x1^x2)   (subtraction is XOR)
    d = x1 ^ x2
    l1, l2 = gf_div(x2, d), gf_div(x1, d)
    return bytes(gf_mul(a, l1) ^ gf_mul(b, l2) for a, b in zip(y1, y2))
