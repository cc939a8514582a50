"""Bounded fuzzing of every parser of untrusted input with Hypothesis: only documented errors
may come out.  The atheris harness (tests/fuzz/atheris_harness.py) runs the same targets
unbounded."""

from __future__ import annotations

import os
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz.targets import TARGETS, Target, run_one

EXAMPLES = int(os.environ.get("RECOURSE_FUZZ_EXAMPLES", "300"))
TRIED: Counter = Counter()


@st.composite
def mutated(draw, seeds: tuple[bytes, ...]) -> bytes:  # type: ignore[no-untyped-def]
    """A seed with a few random edits (flip, insert, delete, truncate), or random bytes."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=2048))
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.integers(0, 3))
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == 0 and data:
            data[pos] ^= draw(st.integers(1, 255))
        elif op == 1:
            data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
        elif op == 2 and data:
            del data[pos:pos + draw(st.integers(1, 32))]
        else:
            data = data[:pos]
    return bytes(data)


@pytest.mark.parametrize("target", TARGETS, ids=[t.name for t in TARGETS])
def test_only_documented_errors(target: Target) -> None:
    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(mutated(target.seeds))
    def fuzz(data: bytes) -> None:
        TRIED[target.name] += 1
        run_one(target, data)

    for seed in target.seeds:
        run_one(target, seed)
    fuzz()
    print(f"fuzz {target.name}: {TRIED[target.name]} inputs, only documented errors")
