"""Authenticated streaming encryption of evidence blobs (STREAM construction).

Blob format, version 1 (all integers big-endian)::

    header   = b"RCBLOB" 0x00 0x01 (8 bytes: name, format version 1)
               || salt (16 random bytes)                        -> 24 bytes
    payload  = sealed_0 || sealed_1 || ... || sealed_{n-1}      (n >= 1)
    sealed_i = AES-256-GCM(key, nonce_i, chunk_i, aad=header)
             = ciphertext_i || tag_i (16 bytes)
    key      = HKDF-SHA256(ikm=file_key, salt=salt,
                           info=b"recourse/v1/blob-payload", length=32)
    nonce_i  = i as an 11-byte unsigned integer || flag_i (1 byte)
    flag_i   = 0x01 if i == n-1 (the final chunk) else 0x00

The plaintext is cut into chunks of :data:`CHUNK` (65,536) bytes; every chunk
but the last is exactly that long.  The last chunk holds 1..CHUNK bytes; it is
empty only when the whole plaintext is empty (an empty file is one empty
final chunk, so every blob has at least one chunk).  The stored size is
therefore a function of the plaintext size (:func:`stored_size_for`) and
vice versa (:func:`plaintext_size_from_stored`).

``file_key`` is the item's random 32-byte key.  The random salt makes the
payload key unique per blob even if a file key were ever reused, so nonces
(which restart at 0 in every blob) never repeat under one key.

What is detected, and how: a flipped bit or a wrong key fails a tag; moving,
swapping or dropping chunks changes the counter in the nonce; cutting the
stream at a chunk boundary leaves a last chunk without the final flag;
appending anything leaves the final-flagged chunk in a non-final position.
The header is the associated data of every chunk, so it cannot be altered
either.  All of these raise :class:`~app.errors.TamperDetected`
``("blob", reason)`` with ``reason`` one of ``"bad header"``,
``"truncated"``, ``"trailing data"``, ``"authentication failed"`` (bit flip,
wrong key, reordering, or cut inside a chunk), ``"non-canonical"`` (an
empty final chunk after non-empty ones, which the encoder never writes) and,
for :class:`BlobReader` only, ``"bad size"``.

Speed: SHA-256 of the plaintext (kept for chain of custody) is computed in
the same pass on a worker thread -- ``hashlib`` releases the GIL on large
buffers -- so it overlaps with AES-GCM and I/O in the calling thread.  Data
moves in blocks of 16 chunks through preallocated buffers; memory use is a
few MiB whatever the file size.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import BlobTooLarge, Cancelled, TamperDetected
from app.progress import Cancel, Progress

MAGIC = b"RCBLOB\x00\x01"
"""Blob name (6 bytes) followed by the 2-byte format version 1."""

SALT_LEN = 16
HEADER_LEN = len(MAGIC) + SALT_LEN  # 24
CHUNK = 65_536
"""Plaintext bytes per chunk."""

TAG_LEN = 16
STORED_CHUNK = CHUNK + TAG_LEN
"""Stored bytes of every chunk but the last."""

FILE_KEY_LEN = 32
PAYLOAD_INFO = b"recourse/v1/blob-payload"

_BLOCK_CHUNKS = 16
_PLAIN_BLOCK = _BLOCK_CHUNKS * CHUNK  # 1 MiB read / hashed at a time
_SEALED_BLOCK = _BLOCK_CHUNKS * STORED_CHUNK



@dataclass
class StreamResult:
    """Outcome of a whole-stream operation.

    ``sha256``: lowercase hex SHA-256 of the plaintext; ``size``: plaintext
    bytes; ``stored_size``: blob bytes including the 24-byte header.
    """

    sha256: str
    size: int
    stored_size: int


# --- sizes -------------------------------------------------------------------
def _chunk_count(plaintext_size: int) -> int:
    return max(1, -(-plaintext_size // CHUNK))


def stored_size_for(plaintext_size: int) -> int:
    """Blob size in bytes (header included) for ``plaintext_size`` bytes."""
    if plaintext_size < 0:
        raise ValueError("negative size")
    return HEADER_LEN + plaintext_size + TAG_LEN * _chunk_count(plaintext_size)


def plaintext_size_from_stored(stored_size: int) -> int:
    """Plaintext size of a blob of ``stored_size`` bytes (header included).

    Raises ``ValueError`` if no plaintext size maps to ``stored_size``
    (the blob has been cut or extended).  This reads nothing: the result
    is authenticated only once the final chunk has been verified.
    """
    payload = stored_size - HEADER_LEN
    if payload < TAG_LEN:
        raise ValueError("stored size too small")
    full, rest = divmod(payload, STORED_CHUNK)
    if rest == 0:
        return full * CHUNK
    if rest < TAG_LEN or (rest == TAG_LEN and full > 0):
        raise ValueError("impossible stored size")
    return full * CHUNK + rest - TAG_LEN


# --- primitives ----------------------------------------------------------------
def _nonce(index: int, final: bool) -> bytes:
    """11-byte big-endian ``index`` followed by the final-chunk flag byte."""
    return ((index << 8) | final).to_bytes(12, "big")


def _payload_aead(file_key: bytes, header: bytes) -> AESGCM:
    if len(file_key) != FILE_KEY_LEN:
        raise ValueError("file_key must be 32 bytes")
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=header[len(MAGIC) :],
        info=PAYLOAD_INFO,
    )
    return AESGCM(hkdf.derive(file_key))


def _open_chunk(
    aead: AESGCM, header: bytes, index: int, final: bool, sealed: memoryview, out: memoryview
) -> None:
    """Verify and decrypt one chunk into ``out`` (exactly its plaintext size).

    On failure ``out`` holds unverified bytes; the caller must discard it.
    """
    try:
        aead.decrypt_into(_nonce(index, final), sealed, header, out)
    except InvalidTag:
        raise TamperDetected("blob", _diagnose(aead, header, index, final, sealed)) from None


def _diagnose(aead: AESGCM, header: bytes, index: int, final: bool, sealed: memoryview) -> str:
    """Name the failure: does the chunk open with the opposite final flag?"""
    try:
        aead.decrypt(_nonce(index, not final), sealed, header)
    except InvalidTag:
        return "authentication failed"
    return "truncated" if final else "trailing data"


def _read_header(src: BinaryIO) -> bytes:
    header = bytearray(HEADER_LEN)
    if _fill(src, memoryview(header)) < HEADER_LEN or not header.startswith(MAGIC):
        raise TamperDetected("blob", "bad header")
    return bytes(header)


# --- I/O helpers -----------------------------------------------------------------
def _fill(src: BinaryIO, view: memoryview) -> int:
    """Read into ``view`` until it is full or the stream ends; return the count."""
    readinto = getattr(src, "readinto", None)
    done = 0
    while done < len(view):
        if readinto is not None:
            got = readinto(view[done:]) or 0
        else:
            data = src.read(len(view) - done)
            got = len(data)
            view[done : done + got] = data
        if got == 0:
            break
        done += got
    return done


def _write_all(dst: BinaryIO, data: memoryview | bytes | bytearray) -> None:
    """Write all of ``data`` to the blocking stream ``dst``, looping over
    partial writes (a ``write`` that returns ``None`` counts as complete)."""
    view = memoryview(data)
    while view:
        written: int | None = dst.write(view)
        if written is None:
            return
        if written <= 0:
            raise OSError("write made no progress")
        view = view[written:]


class _BufferPair:
    """Two preallocated buffers used alternately (double buffering)."""

    def __init__(self, size: int) -> None:
        self._views = (memoryview(bytearray(size)), memoryview(bytearray(size)))
        self._current = 0

    @property
    def current(self) -> memoryview:
        return self._views[self._current]

    @property
    def other(self) -> memoryview:
        return self._views[1 - self._current]

    def swap(self) -> None:
        self._current = 1 - self._current

    def wipe(self) -> None:
        """Overwrite both buffers with zeros (best effort for plaintext)."""
        for view in self._views:
            view[:] = bytes(len(view))


class _Sha256Pipe:
    """SHA-256 over buffers hashed in submission order on one worker thread.

    A submitted buffer must stay unchanged until :meth:`settle` has waited for
    its job.  Small single-block inputs are hashed inline (no thread).
    """

    def __init__(self) -> None:
        self._sha = hashlib.sha256()
        self._pool: ThreadPoolExecutor | None = None
        self._jobs: deque[Future[None]] = deque()

    def update(self, data: memoryview) -> None:
        if not data:
            return
        if self._pool is None:
            if len(data) < _PLAIN_BLOCK:
                self._sha.update(data)
                return
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="blob-sha256")
        self._jobs.append(self._pool.submit(self._sha.update, data))

    def settle(self, pending: int = 0) -> None:
        """Wait until at most the ``pending`` newest jobs are unfinished."""
        while len(self._jobs) > pending:
            self._jobs.popleft().result()

    def hexdigest(self) -> str:
        self.settle()
        return self._sha.hexdigest()

    def close(self) -> None:
        """Stop the worker; afterwards no submitted buffer is in use."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._jobs.clear()


class _Ticker:
    """Per-chunk cancel check and progress report (``progress(plaintext bytes done, total, label)``)."""

    def __init__(self, progress: Progress | None, cancel: Cancel | None, total: int, label: str) -> None:
        self._progress = progress
        self._cancel = cancel
        self._total = total
        self._label = label
        self.done = 0

    def before_chunk(self) -> None:
        if self._cancel is not None and self._cancel():
            raise Cancelled()

    def after_chunk(self, size: int) -> None:
        self.done += size
        if self._progress is not None:
            self._progress(self.done, self._total, self._label)


# --- whole-stream encryption -----------------------------------------------------
def _seal_block(
    aead: AESGCM,
    header: bytes,
    first_index: int,
    plain: memoryview,
    out: memoryview,
    last: bool,
    ticker: _Ticker,
) -> tuple[int, int]:
    """Seal ``plain`` as consecutive chunks into ``out``.

    Returns ``(bytes written to out, chunks sealed)``.
    """
    count = _chunk_count(len(plain))
    written = 0
    for j in range(count):
        piece = plain[j * CHUNK : (j + 1) * CHUNK]
        ticker.before_chunk()
        end = written + len(piece) + TAG_LEN
        nonce = _nonce(first_index + j, last and j == count - 1)
        aead.encrypt_into(nonce, piece, header, out[written:end])
        written = end
        ticker.after_chunk(len(piece))
    return written, count


def encrypt_stream(
    src: BinaryIO,
    dst: BinaryIO,
    file_key: bytes,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    total: int = 0,
) -> StreamResult:
    """Encrypt everything ``src`` yields, up to its end, into ``dst`` as one blob.

    ``file_key`` must be 32 bytes (``ValueError`` otherwise).  Returns the
    SHA-256 and size of the plaintext, computed in the same pass, and the
    blob's size.  ``progress(plaintext_bytes_done, total, "encrypting")``
    (:data:`app.progress.Progress`; ``total`` as given, 0 for unknown) is
    called after each 64 KiB chunk, so it must be cheap (a GUI should throttle
    its own redraws); ``cancel()`` is checked before each chunk and, once true,
    :class:`~app.errors.Cancelled` is raised with ``dst`` partly written --
    the caller deletes it.  Memory use is constant (about 3 MiB of buffers);
    the plaintext buffers are zeroed before returning.
    """
    header = MAGIC + os.urandom(SALT_LEN)
    aead = _payload_aead(file_key, header)
    plain = _BufferPair(_PLAIN_BLOCK)
    sealed = memoryview(bytearray(_SEALED_BLOCK))
    hasher = _Sha256Pipe()
    ticker = _Ticker(progress, cancel, total, "encrypting")
    try:
        _write_all(dst, header)
        stored, index = HEADER_LEN, 0
        size = _fill(src, plain.current)
        hasher.update(plain.current[:size])
        while True:
            next_size = 0
            if size == _PLAIN_BLOCK:  # look ahead: is this the last block?
                hasher.settle(pending=1)  # frees plain.other
                next_size = _fill(src, plain.other)
                hasher.update(plain.other[:next_size])
            block = plain.current[:size]
            written, count = _seal_block(aead, header, index, block, sealed, next_size == 0, ticker)
            _write_all(dst, sealed[:written])
            stored, index = stored + written, index + count
            if next_size == 0:
                return StreamResult(hasher.hexdigest(), ticker.done, stored)
            plain.swap()
            size = next_size
    finally:
        hasher.close()
        plain.wipe()


# --- whole-stream decryption -----------------------------------------------------
def _open_block(
    aead: AESGCM,
    header: bytes,
    first_index: int,
    sealed: memoryview,
    out: memoryview,
    last: bool,
    ticker: _Ticker,
) -> tuple[int, int]:
    """Verify and decrypt consecutive sealed chunks into ``out``.

    Every chunk but possibly the last of ``sealed`` is full-size (the caller
    reads full blocks until the end of the stream).  Returns
    ``(plaintext bytes written to out, chunks opened)``.
    """
    count = -(-len(sealed) // STORED_CHUNK)
    written = 0
    for j in range(count):
        piece = sealed[j * STORED_CHUNK : (j + 1) * STORED_CHUNK]
        index, final = first_index + j, last and j == count - 1
        size = len(piece) - TAG_LEN
        if size < 0:
            raise TamperDetected("blob", "truncated")
        if final and size == 0 and index > 0:
            raise TamperDetected("blob", "non-canonical")
        ticker.before_chunk()
        _open_chunk(aead, header, index, final, piece, out[written : written + size])
        written += size
        ticker.after_chunk(size)
    return written, count


def decrypt_stream(
    src: BinaryIO,
    dst: BinaryIO,
    file_key: bytes,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    total: int = 0,
) -> StreamResult:
    """Verify and decrypt the blob in ``src`` into ``dst``.

    Raises :class:`~app.errors.TamperDetected` ``("blob", reason)`` if
    anything fails to verify (see the module docstring), and
    :class:`~app.errors.Cancelled` if ``cancel()`` turns true (checked before
    each chunk).  ``progress(plaintext_bytes_done, total, "decrypting")`` is
    called after each verified chunk, as in :func:`encrypt_stream`.

    Only verified chunks reach ``dst``, but verification is per chunk: when
    an error is raised ``dst`` may already hold the verified chunks before
    the failure, i.e. a prefix of the plaintext.  Callers writing to a place
    the user can see must therefore write to a temporary name in the same
    folder and rename it only after this function returns (deleting it on
    any error); previews must use :func:`decrypt_to_bytes` instead, so no
    plaintext touches the disk.
    """
    header = _read_header(src)
    aead = _payload_aead(file_key, header)
    sealed = _BufferPair(_SEALED_BLOCK)
    plain = _BufferPair(_PLAIN_BLOCK)
    hasher = _Sha256Pipe()
    ticker = _Ticker(progress, cancel, total, "decrypting")
    try:
        size = _fill(src, sealed.current)
        if size == 0:
            raise TamperDetected("blob", "truncated")
        stored, index = HEADER_LEN, 0
        while True:
            next_size = _fill(src, sealed.other) if size == _SEALED_BLOCK else 0
            hasher.settle(pending=1)  # frees plain.current
            written, count = _open_block(
                aead, header, index, sealed.current[:size], plain.current, next_size == 0, ticker
            )
            hasher.update(plain.current[:written])
            _write_all(dst, plain.current[:written])
            stored, index = stored + size, index + count
            if next_size == 0:
                return StreamResult(hasher.hexdigest(), ticker.done, stored)
            sealed.swap()
            plain.swap()
            size = next_size
    finally:
        hasher.close()
        plain.wipe()


def _limit_to(max_size: int) -> Progress:
    """A progress callback that raises :class:`BlobTooLarge` past ``max_size``."""

    def check(done: int, total: int, label: str) -> None:
        if done > max_size:
            raise BlobTooLarge(max_size)

    return check


def decrypt_to_bytes(src: BinaryIO, file_key: bytes, max_size: int | None = None) -> bytes:
    """Verify and decrypt a whole blob into memory (for previews).

    Raises :class:`~app.errors.BlobTooLarge` as soon as the plaintext
    exceeds ``max_size`` bytes, and the errors of :func:`decrypt_stream`.
    Nothing is written to disk.
    """
    sink = io.BytesIO()
    check = None if max_size is None else _limit_to(max_size)
    decrypt_stream(src, sink, file_key, progress=check)
    return sink.getvalue()


# --- random access -----------------------------------------------------------------
class BlobReader:
    """Random access to the chunks of a blob in a seekable binary file.

    The constructor checks the header and that the file size is a possible
    blob size, and verifies the final chunk -- so :attr:`plaintext_size` is
    authenticated and a blob cut at a chunk boundary is refused at once.
    Each :meth:`read_chunk` verifies the chunk it returns.  Not thread-safe
    (it seeks the shared file object).
    """

    def __init__(self, src: BinaryIO, file_key: bytes) -> None:
        src.seek(0)
        self._header = _read_header(src)
        self._aead = _payload_aead(file_key, self._header)
        self._src = src
        try:
            self._size = plaintext_size_from_stored(src.seek(0, io.SEEK_END))
        except ValueError:
            raise TamperDetected("blob", "bad size") from None
        self._count = _chunk_count(self._size)
        self.read_chunk(self._count - 1)

    @property
    def plaintext_size(self) -> int:
        """Plaintext bytes in the blob."""
        return self._size

    @property
    def chunk_count(self) -> int:
        """Number of chunks (at least 1); chunk ``i`` starts at byte
        ``i * CHUNK`` of the plaintext."""
        return self._count

    def read_chunk(self, i: int) -> bytes:
        """Verify and return plaintext chunk ``i`` (``0 <= i < chunk_count``).

        Raises ``IndexError`` outside that range and
        :class:`~app.errors.TamperDetected` if the chunk fails to verify.
        """
        if not 0 <= i < self._count:
            raise IndexError(i)
        final = i == self._count - 1
        size = self._size - i * CHUNK if final else CHUNK
        self._src.seek(HEADER_LEN + i * STORED_CHUNK)
        sealed = self._src.read(size + TAG_LEN)
        if len(sealed) != size + TAG_LEN:
            raise TamperDetected("blob", "truncated")
        try:
            return self._aead.decrypt(_nonce(i, final), sealed, self._header)
        except InvalidTag:
            raise TamperDetected("blob", "authentication failed") from None


class StreamSealer:
    """:func:`encrypt_stream` for data pushed in pieces of any size (a bundle being decrypted hands its
    evidence over this way): the same blob format, the SHA-256 and size of the plaintext computed in
    the same pass, constant memory (at most about one block of 16 chunks is held).

    Call :meth:`update` any number of times, then :meth:`finish` once.  A chunk is sealed only when
    more data has arrived after it, so the final-chunk flag is always right.
    """

    def __init__(self, dst: BinaryIO, file_key: bytes) -> None:
        self._header = MAGIC + os.urandom(SALT_LEN)
        self._aead = _payload_aead(file_key, self._header)
        self._dst = dst
        self._buf = bytearray()
        self._index = 0
        self._size = 0
        self._stored = HEADER_LEN
        self._sha = hashlib.sha256()
        _write_all(dst, self._header)

    def update(self, data: bytes | memoryview) -> None:
        self._sha.update(data)
        self._size += len(data)
        self._buf += data
        ready = (len(self._buf) - 1) // CHUNK  # full chunks followed by at least one more byte
        if ready >= _BLOCK_CHUNKS:
            self._seal(ready, final=False)

    def _seal(self, count: int, *, final: bool) -> None:
        out = bytearray()
        with memoryview(self._buf) as view:
            for j in range(count):
                with view[j * CHUNK:(j + 1) * CHUNK] as piece:
                    out += self._aead.encrypt(_nonce(self._index, final and j == count - 1), piece, self._header)
                self._index += 1
        self._buf[:min(count * CHUNK, len(self._buf))] = b""
        _write_all(self._dst, out)
        self._stored += len(out)

    def finish(self) -> StreamResult:
        """Seal what is left (the final chunk; one empty final chunk for an empty stream)."""
        self._seal(_chunk_count(len(self._buf)), final=True)
        self._buf[:] = b"\0" * len(self._buf)
        return StreamResult(self._sha.hexdigest(), self._size, self._stored)
