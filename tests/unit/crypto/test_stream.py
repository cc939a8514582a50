"""Tests of app.crypto.stream: round trip and every kind of tampering."""

from __future__ import annotations

import hashlib
import io
import random
from typing import BinaryIO, cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.crypto import (
    CHUNK,
    BlobReader,
    BlobTooLarge,
    decrypt_stream,
    decrypt_to_bytes,
    encrypt_stream,
    plaintext_size_from_stored,
    random_key,
    stored_size_for,
)
from app.crypto import stream as stream_module
from app.errors import Cancelled, TamperDetected
from app.progress import CancelToken

FAST = settings(max_examples=25, deadline=None, database=None)
HEADER = 24
TAG = 16
STORED_CHUNK = CHUNK + TAG
BLOCK = 16 * CHUNK  # the implementation reads 16 chunks at a time
KEY = bytes(range(32))

EDGE_SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 7, BLOCK - 1, BLOCK, BLOCK + 1]
EDGE_SIZES += [2 * BLOCK, 2 * BLOCK + CHUNK - 1]


def payload(size: int, seed: int = 0) -> bytes:
    return random.Random(seed).randbytes(size)


def seal(data: bytes, key: bytes = KEY) -> bytes:
    out = io.BytesIO()
    encrypt_stream(io.BytesIO(data), out, key)
    return out.getvalue()


def open_blob(blob: bytes, key: bytes = KEY) -> bytes:
    out = io.BytesIO()
    decrypt_stream(io.BytesIO(blob), out, key)
    return out.getvalue()


def chunks_of(blob: bytes) -> list[bytes]:
    body = blob[HEADER:]
    return [body[i : i + STORED_CHUNK] for i in range(0, len(body), STORED_CHUNK)]


def tamper_reason(blob: bytes, key: bytes = KEY) -> str:
    with pytest.raises(TamperDetected) as caught:
        open_blob(blob, key)
    assert caught.value.what == "blob"
    return caught.value.detail


# --- round trip -------------------------------------------------------------------
sizes = st.one_of(st.sampled_from(EDGE_SIZES), st.integers(0, 4 * CHUNK))


@FAST
@given(size=sizes, seed=st.integers(0, 2**32))
def test_round_trip(size: int, seed: int) -> None:
    data = payload(size, seed)
    out = io.BytesIO()
    result = encrypt_stream(io.BytesIO(data), out, KEY)
    blob = out.getvalue()
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert result.size == size
    assert result.stored_size == len(blob) == stored_size_for(size)
    assert plaintext_size_from_stored(len(blob)) == size
    assert blob[:8] == b"RCBLOB\x00\x01"
    back = io.BytesIO()
    assert decrypt_stream(io.BytesIO(blob), back, KEY) == result
    assert back.getvalue() == data
    assert decrypt_to_bytes(io.BytesIO(blob), KEY) == data


@pytest.mark.parametrize("size", EDGE_SIZES)
def test_round_trip_at_edges_with_short_reads(size: int) -> None:
    data = payload(size)
    blob = seal(data)
    back = io.BytesIO()
    decrypt_stream(cast(BinaryIO, Trickle(blob)), back, KEY)
    assert back.getvalue() == data
    assert seal_via_trickle(data) != blob  # fresh salt every time
    assert open_blob(seal_via_trickle(data)) == data


class Trickle(io.RawIOBase):
    """A source that returns at most 7,001 bytes per read, like a pipe."""

    def __init__(self, data: bytes) -> None:
        self._data = memoryview(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: object) -> int:
        view = memoryview(buffer)  # type: ignore[arg-type]
        n = min(len(view), len(self._data), 7001)
        view[:n] = self._data[:n]
        self._data = self._data[n:]
        return n


def seal_via_trickle(data: bytes) -> bytes:
    out = io.BytesIO()
    encrypt_stream(cast(BinaryIO, Trickle(data)), out, KEY)
    return out.getvalue()


class Dribble(io.RawIOBase):
    """A sink that accepts at most 5,000 bytes per write, like a raw pipe."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, buffer: object) -> int:
        view = memoryview(buffer)  # type: ignore[arg-type]
        self.data += view[:5000]
        return min(len(view), 5000)


def test_partial_writes_are_completed() -> None:
    data = payload(BLOCK + 3)
    sink = Dribble()
    encrypt_stream(io.BytesIO(data), cast(BinaryIO, sink), KEY)
    back = Dribble()
    decrypt_stream(io.BytesIO(bytes(sink.data)), cast(BinaryIO, back), KEY)
    assert bytes(back.data) == data


@FAST
@given(st.integers(0, 10**12))
def test_size_helpers_are_inverse(size: int) -> None:
    stored = stored_size_for(size)
    assert plaintext_size_from_stored(stored) == size


def test_every_stored_size_is_either_exact_or_rejected() -> None:
    limit = 4 * STORED_CHUNK + HEADER
    valid = {stored_size_for(n): n for n in range(4 * CHUNK + 1)}
    for stored in range(limit):
        if stored in valid:
            assert plaintext_size_from_stored(stored) == valid[stored]
        else:
            with pytest.raises(ValueError):
                plaintext_size_from_stored(stored)


def test_key_length_checked() -> None:
    with pytest.raises(ValueError):
        encrypt_stream(io.BytesIO(b"x"), io.BytesIO(), bytes(16))
    with pytest.raises(ValueError):
        open_blob(seal(b"x"), bytes(31))


def hand_made_blob(chunks: list[tuple[bytes, bool]], salt: bytes = bytes(16)) -> bytes:
    """Build a blob straight from the documented format (nonce = 11-byte
    counter || final flag, AAD = header), using only the module's HKDF+AEAD."""
    header = b"RCBLOB\x00\x01" + salt
    aead = stream_module._payload_aead(KEY, header)
    sealed = [
        aead.encrypt(i.to_bytes(11, "big") + bytes([final]), chunk, header)
        for i, (chunk, final) in enumerate(chunks)
    ]
    return header + b"".join(sealed)


def test_blob_matches_documented_format() -> None:
    data = payload(2 * CHUNK + 5)
    pieces = [data[:CHUNK], data[CHUNK : 2 * CHUNK], data[2 * CHUNK :]]
    blob = hand_made_blob([(pieces[0], False), (pieces[1], False), (pieces[2], True)])
    assert open_blob(blob) == data
    assert open_blob(hand_made_blob([(b"", True)])) == b""


def test_empty_final_chunk_after_data_is_refused() -> None:
    # The encoder never writes this; even the key holder cannot make a
    # second encoding of the same plaintext.
    blob = hand_made_blob([(payload(CHUNK), False), (b"", True)])
    assert tamper_reason(blob) == "non-canonical"
    with pytest.raises(TamperDetected):
        BlobReader(io.BytesIO(blob), KEY)


def test_short_non_final_chunk_is_refused() -> None:
    blob = hand_made_blob([(b"abc", False), (b"def", True)])
    tamper_reason(blob)


# --- tampering ----------------------------------------------------------------------
MULTI = payload(3 * CHUNK + 100)  # four chunks, the last one partial
FULL = payload(2 * CHUNK)  # two chunks, the last one full
MULTI_BLOB = seal(MULTI)
FULL_BLOB = seal(FULL)
BIG = payload(2 * BLOCK + 3)  # crosses read blocks
BIG_BLOB = seal(BIG)


@pytest.mark.parametrize("blob", [MULTI_BLOB, FULL_BLOB, BIG_BLOB, seal(b"")])
def test_truncation_at_every_chunk_boundary(blob: bytes) -> None:
    for cut in range(HEADER, len(blob), STORED_CHUNK):
        reason = tamper_reason(blob[:cut])
        assert reason == "truncated"
    for cut in range(HEADER):
        assert tamper_reason(blob[:cut]) == "bad header"


@FAST
@given(st.data())
def test_truncation_anywhere_detected(data: st.DataObject) -> None:
    blob = data.draw(st.sampled_from([MULTI_BLOB, FULL_BLOB, BIG_BLOB]))
    cut = data.draw(st.integers(0, len(blob) - 1))
    tamper_reason(blob[:cut])


def test_dropping_the_final_chunk_detected() -> None:
    for blob in (MULTI_BLOB, FULL_BLOB):
        parts = chunks_of(blob)
        assert tamper_reason(blob[:HEADER] + b"".join(parts[:-1])) == "truncated"


def test_dropping_a_middle_chunk_detected() -> None:
    parts = chunks_of(MULTI_BLOB)
    del parts[1]
    assert tamper_reason(MULTI_BLOB[:HEADER] + b"".join(parts)) == "authentication failed"


@pytest.mark.parametrize("i, j", [(0, 1), (1, 2), (0, 2)])
def test_swapping_two_chunks_detected(i: int, j: int) -> None:
    parts = chunks_of(MULTI_BLOB)
    parts[i], parts[j] = parts[j], parts[i]
    tamper_reason(MULTI_BLOB[:HEADER] + b"".join(parts))


def test_duplicating_a_chunk_detected() -> None:
    parts = chunks_of(FULL_BLOB)
    tamper_reason(FULL_BLOB[:HEADER] + parts[0] + parts[0] + parts[1])


@FAST
@given(st.data())
def test_flipped_bit_anywhere_detected(data: st.DataObject) -> None:
    blob = bytearray(data.draw(st.sampled_from([MULTI_BLOB, FULL_BLOB, seal(b"")])))
    bit = data.draw(st.integers(0, 8 * len(blob) - 1))
    blob[bit // 8] ^= 1 << (bit % 8)
    reason = tamper_reason(bytes(blob))
    assert reason in {"bad header", "authentication failed"}


def test_flip_in_big_blob_detected_and_output_is_a_verified_prefix() -> None:
    blob = bytearray(BIG_BLOB)
    blob[HEADER + 20 * STORED_CHUNK + 5] ^= 0x40  # inside the second read block
    out = io.BytesIO()
    with pytest.raises(TamperDetected):
        decrypt_stream(io.BytesIO(bytes(blob)), out, KEY)
    written = out.getvalue()
    assert len(written) <= 20 * CHUNK
    assert BIG.startswith(written)


def test_wrong_key_detected() -> None:
    assert tamper_reason(MULTI_BLOB, random_key()) == "authentication failed"
    assert tamper_reason(seal(b""), random_key()) == "authentication failed"


def test_header_from_another_blob_detected() -> None:
    other = seal(MULTI)
    tamper_reason(other[:HEADER] + MULTI_BLOB[HEADER:])


@FAST
@given(st.data())
def test_appended_garbage_detected(data: st.DataObject) -> None:
    blob = data.draw(st.sampled_from([MULTI_BLOB, FULL_BLOB, seal(b"")]))
    garbage = data.draw(st.binary(min_size=1, max_size=100))
    tamper_reason(blob + garbage)


def test_appended_chunk_reported_as_trailing_data() -> None:
    assert tamper_reason(FULL_BLOB + chunks_of(FULL_BLOB)[0]) == "trailing data"
    assert tamper_reason(FULL_BLOB + bytes(STORED_CHUNK)) == "trailing data"


def test_blob_spliced_from_two_blobs_detected() -> None:
    other = seal(FULL)  # same key and plaintext, different salt
    tamper_reason(FULL_BLOB[:HEADER] + chunks_of(FULL_BLOB)[0] + chunks_of(other)[1])


# --- in-memory decryption -------------------------------------------------------------
def test_decrypt_to_bytes_limit() -> None:
    assert decrypt_to_bytes(io.BytesIO(MULTI_BLOB), KEY, max_size=len(MULTI)) == MULTI
    with pytest.raises(BlobTooLarge):
        decrypt_to_bytes(io.BytesIO(MULTI_BLOB), KEY, max_size=len(MULTI) - 1)
    with pytest.raises(BlobTooLarge):
        decrypt_to_bytes(io.BytesIO(MULTI_BLOB), KEY, max_size=0)
    assert decrypt_to_bytes(io.BytesIO(seal(b"")), KEY, max_size=0) == b""


def test_decrypt_to_bytes_detects_tampering() -> None:
    with pytest.raises(TamperDetected):
        decrypt_to_bytes(io.BytesIO(MULTI_BLOB[:-1]), KEY)


# --- random access -----------------------------------------------------------------
@pytest.mark.parametrize("data", [MULTI, FULL, BIG, b"", b"x"])
def test_blob_reader_reads_each_chunk(data: bytes) -> None:
    reader = BlobReader(io.BytesIO(seal(data)), KEY)
    assert reader.plaintext_size == len(data)
    assert reader.chunk_count == max(1, -(-len(data) // CHUNK))
    for i in range(reader.chunk_count):
        assert reader.read_chunk(i) == data[i * CHUNK : (i + 1) * CHUNK]
    for i in (-1, reader.chunk_count):
        with pytest.raises(IndexError):
            reader.read_chunk(i)


@FAST
@given(st.integers(0, 2), st.integers(0, STORED_CHUNK - 1))
def test_blob_reader_detects_flip_in_that_chunk_only(chunk: int, offset: int) -> None:
    blob = bytearray(MULTI_BLOB)
    blob[HEADER + chunk * STORED_CHUNK + offset] ^= 0x01
    reader = BlobReader(io.BytesIO(bytes(blob)), KEY)
    with pytest.raises(TamperDetected):
        reader.read_chunk(chunk)
    for other in range(reader.chunk_count):
        if other != chunk:
            assert reader.read_chunk(other) == MULTI[other * CHUNK : (other + 1) * CHUNK]


def test_blob_reader_refuses_truncated_or_extended_blob() -> None:
    parts = chunks_of(FULL_BLOB)
    with pytest.raises(TamperDetected):  # cut at a chunk boundary: valid size
        BlobReader(io.BytesIO(FULL_BLOB[:HEADER] + parts[0]), KEY)
    with pytest.raises(TamperDetected):  # a flip in the final chunk
        BlobReader(io.BytesIO(MULTI_BLOB[:-1] + bytes([MULTI_BLOB[-1] ^ 1])), KEY)
    for blob in (MULTI_BLOB[:-1], MULTI_BLOB + b"\x00", FULL_BLOB + bytes(TAG), b"RCBLOB"):
        with pytest.raises(TamperDetected):
            BlobReader(io.BytesIO(blob), KEY)
    with pytest.raises(TamperDetected):
        BlobReader(io.BytesIO(MULTI_BLOB), random_key())


# --- progress and cancel ------------------------------------------------------------
def test_progress_reports_every_chunk() -> None:
    """The shared contract of app/progress.py: progress(done, total, label), total as the caller gave it."""
    seen: list[tuple[int, int, str]] = []
    encrypt_stream(io.BytesIO(BIG), io.BytesIO(), KEY, progress=lambda *a: seen.append(a), total=len(BIG))
    assert [d for d, _, _ in seen] == [min((i + 1) * CHUNK, len(BIG)) for i in range(len(seen))]
    assert seen[-1] == (len(BIG), len(BIG), "encrypting")
    seen.clear()
    decrypt_stream(io.BytesIO(BIG_BLOB), io.BytesIO(), KEY, progress=lambda *a: seen.append(a))
    assert seen[-1] == (len(BIG), 0, "decrypting") and len(seen) == -(-len(BIG) // CHUNK)


@pytest.mark.parametrize("run", [encrypt_stream, decrypt_stream])
def test_a_cancel_token_stops_the_stream_between_chunks(run) -> None:  # type: ignore[no-untyped-def]
    """A CancelToken (app/progress.py) set while the stream runs stops it before the next chunk."""
    token = CancelToken()
    seen: list[int] = []

    def progress(done: int, total: int, label: str) -> None:
        seen.append(done)
        if done >= 3 * CHUNK:
            token.cancel()

    src = BIG if run is encrypt_stream else BIG_BLOB
    with pytest.raises(Cancelled):
        run(io.BytesIO(src), io.BytesIO(), KEY, progress=progress, cancel=token)
    assert seen[-1] == 3 * CHUNK  # no chunk was processed after the cancel


@pytest.mark.parametrize("after", [0, 1, 17, 32])
def test_cancel_raises_cancelled(after: int) -> None:
    calls = iter(range(10**6))

    def cancel() -> bool:
        return next(calls) >= after

    with pytest.raises(Cancelled):
        encrypt_stream(io.BytesIO(BIG), io.BytesIO(), KEY, cancel=cancel)
    calls = iter(range(10**6))
    with pytest.raises(Cancelled):
        decrypt_stream(io.BytesIO(BIG_BLOB), io.BytesIO(), KEY, cancel=cancel)


def test_cancel_never_true_completes() -> None:
    out = io.BytesIO()
    encrypt_stream(io.BytesIO(BIG), out, KEY, cancel=lambda: False)
    assert open_blob(out.getvalue()) == BIG
