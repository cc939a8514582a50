"""Read a SQLCipher 4 database the way a forensic examiner with the key would: page by page.

Every page of ``vault.db`` -- in use or free -- and every frame of ``vault.db-wal`` is decrypted
with the raw database key (AES-256-CBC, the IV stored in each page's reserved area), without
going through SQLite, so text SQLite no longer shows (deleted rows, free pages, old FTS5
segments) is seen too.  Page HMACs are not checked: this reads, it does not validate.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
IV = 16
RESERVE = 80  # IV (16) + HMAC-SHA512 (64), SQLCipher 4 defaults
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    body = page[start:PAGE - RESERVE]
    iv = page[PAGE - RESERVE:PAGE - RESERVE + IV]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(body) + dec.finalize()


def pages(folder: Path, key: bytes) -> list[bytes]:
    """Every decrypted page of the database file, then every decrypted WAL frame."""
    out: list[bytes] = []
    data = (folder / "vault.db").read_bytes()
    for i in range(0, len(data) - PAGE + 1, PAGE):
        out.append(_decrypt_page(key, data[i:i + PAGE], i == 0))
    wal = folder / "vault.db-wal"
    if wal.exists():
        raw = wal.read_bytes()
        pos = WAL_HEADER
        while pos + FRAME_HEADER + PAGE <= len(raw):
            pgno = int.from_bytes(raw[pos:pos + 4], "big")
            out.append(_decrypt_page(key, raw[pos + FRAME_HEADER:pos + FRAME_HEADER + PAGE], pgno == 1))
            pos += FRAME_HEADER + PAGE
    return out


def count(folder: Path, key: bytes, needles: list[bytes]) -> int:
    """How many times any of *needles* occurs in the decrypted pages and WAL frames."""
    return sum(p.count(n) for p in pages(folder, key) for n in needles)
