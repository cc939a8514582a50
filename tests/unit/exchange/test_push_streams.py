"""The push-style pieces of bundle reading: StreamSealer (same blobs as encrypt_stream) and TarPush."""

from __future__ import annotations

import io
import os
import tarfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.crypto import StreamSealer, decrypt_to_bytes, encrypt_stream
from app.crypto.stream import CHUNK
from app.errors import TamperDetected
from app.services.bundle_format import MemberHandler, TarPush

KEY = bytes(range(32))


@settings(max_examples=40, deadline=None)
@given(size=st.sampled_from([0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 16 * CHUNK, 16 * CHUNK + 1, 40 * CHUNK + 7]),
       cuts=st.lists(st.integers(min_value=1, max_value=3 * CHUNK), min_size=1, max_size=8))
def test_sealer_matches_encrypt_stream(size, cuts):
    data = os.urandom(size)
    out = io.BytesIO()
    sealer = StreamSealer(out, KEY)
    i = j = 0
    while i < len(data):
        n = cuts[j % len(cuts)]
        sealer.update(data[i:i + n])
        i, j = i + n, j + 1
    got = sealer.finish()
    ref = encrypt_stream(io.BytesIO(data), io.BytesIO(), KEY)
    assert (got.sha256, got.size, got.stored_size) == (ref.sha256, ref.size, ref.stored_size)
    assert decrypt_to_bytes(io.BytesIO(out.getvalue()), KEY) == data


class _Collect(MemberHandler):
    def __init__(self):
        self.members: list[tuple[str, bytes]] = []

    def begin(self, name, size):
        self.members.append((name, b""))
        return lambda data: self.members.__setitem__(-1, (name, self.members[-1][1] + bytes(data)))

    def end(self):
        pass


def _tar(files):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as t:
        for name, data in files:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    return buf.getvalue()


@settings(max_examples=30, deadline=None)
@given(piece=st.integers(min_value=1, max_value=5000))
def test_tarpush_reads_any_piece_size(piece):
    files = [("a.json", b"{}"), ("empty", b""), ("big/x.bin", os.urandom(3000))]
    raw = _tar(files)
    h = _Collect()
    t = TarPush(h)
    for i in range(0, len(raw), piece):
        t.feed(raw[i:i + piece])
    t.close()
    assert h.members == files


def test_tarpush_refuses_links_truncation_and_trailing_data():
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as t:
        info = tarfile.TarInfo("link")
        info.type = tarfile.SYMTYPE
        info.linkname = "/etc/passwd"
        t.addfile(info)
    with pytest.raises(TamperDetected):
        TarPush(_Collect()).feed(buf.getvalue())
    raw = _tar([("a", b"x" * 1000)])
    t = TarPush(_Collect())
    t.feed(raw[:700])
    with pytest.raises(TamperDetected):
        t.close()
    with pytest.raises(TamperDetected):
        TarPush(_Collect()).feed(raw + b"junk")
