"""Benchmark blob encryption against a plain SHA-256 pass over the same file.

Usage (from the repository root)::

    python -m bench.bench_stream [SIZE_MIB] [--repeat N] [--dir PATH]
    python bench/bench_stream.py [SIZE_MIB] [--repeat N] [--dir PATH]

Creates a temporary file of SIZE_MIB MiB (default 1024) of random bytes,
then times, best of N runs: ``hashlib.sha256`` over the file (the faster of
``hashlib.file_digest`` and a 1 MiB ``readinto`` loop), ``encrypt_stream`` of
the file to a new blob in the same folder, and ``decrypt_stream`` of that
blob back to a new file (outputs are deleted, untimed, before each run).
Reports MB/s, the ratio to the SHA-256 pass, and how far the resident set
grew during encryption (peak ``VmHWM`` after resetting it via
``/proc/self/clear_refs``, minus ``VmRSS`` before).  It also checks that both
directions report the file's SHA-256 and that the round trip is exact.  The
file is read from the page cache, so this measures CPU, not the disk.
Everything created is deleted at the end.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `app` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.crypto import decrypt_stream, encrypt_stream, random_key

MIB = 1024 * 1024


def _status_kib(field: str) -> int | None:
    """A ``kB`` field of /proc/self/status, or None where there is none."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _reset_peak_rss() -> bool:
    """Reset VmHWM to the current RSS (Linux >= 4.0); False if unsupported."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")
        return True
    except OSError:
        return False


def _usable_cpus() -> int:
    """CPUs this process may run on (honours taskset), else the CPU count."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _make_file(path: Path, size_mib: int) -> None:
    with open(path, "wb") as out:
        for _ in range(size_mib):
            out.write(os.urandom(MIB))


def _sha256_file_digest(path: Path) -> None:
    with open(path, "rb") as src:
        hashlib.file_digest(src, "sha256")


def _sha256_readinto(path: Path) -> None:
    sha = hashlib.sha256()
    buf = memoryview(bytearray(MIB))
    with open(path, "rb", buffering=0) as src:
        while n := src.readinto(buf):
            sha.update(buf[:n])


def _best_seconds(run: Callable[[], None], repeat: int, fresh: Path | None = None) -> float:
    """Best wall time of ``repeat`` runs; ``fresh`` is deleted before each run
    (untimed) so every run writes a new file, as the app does."""
    best = float("inf")
    for _ in range(repeat):
        if fresh is not None:
            fresh.unlink(missing_ok=True)
        began = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - began)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size_mib", nargs="?", type=int, default=1024)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir", default=None, help="parent of the temporary folder")
    args = parser.parse_args(argv)

    key = random_key()
    work = Path(tempfile.mkdtemp(prefix="recourse-bench-", dir=args.dir))
    plain, blob, back = work / "plain.bin", work / "blob.bin", work / "back.bin"
    try:
        _make_file(plain, args.size_mib)

        expected = _sha256_of(plain)
        reported: set[str] = set()

        def encrypt() -> None:
            with open(plain, "rb") as src, open(blob, "wb") as dst:
                reported.add(encrypt_stream(src, dst, key).sha256)

        def decrypt() -> None:
            with open(blob, "rb") as src, open(back, "wb") as dst:
                reported.add(decrypt_stream(src, dst, key).sha256)

        sha_seconds = min(
            _best_seconds(lambda: _sha256_file_digest(plain), args.repeat),
            _best_seconds(lambda: _sha256_readinto(plain), args.repeat),
        )
        rss_before = _status_kib("VmRSS")
        maxrss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak_was_reset = _reset_peak_rss()
        enc_seconds = _best_seconds(encrypt, args.repeat, fresh=blob)
        peak = _status_kib("VmHWM") if peak_was_reset else None
        maxrss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        dec_seconds = _best_seconds(decrypt, args.repeat, fresh=back)
        if _sha256_of(back) != expected or reported != {expected}:
            print("round trip or reported SHA-256 WRONG", file=sys.stderr)
            return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)

    size = args.size_mib * MIB
    rows = [
        ("sha256 pass", sha_seconds),
        ("encrypt_stream", enc_seconds),
        ("decrypt_stream", dec_seconds),
    ]
    print(f"file: {args.size_mib} MiB, best of {args.repeat}, {_usable_cpus()} usable CPUs")
    print(f"{'operation':<16}{'seconds':>9}{'MB/s':>9}{'ratio':>8}")
    for name, seconds in rows:
        rate = size / seconds / 1e6
        print(f"{name:<16}{seconds:>9.3f}{rate:>9.0f}{sha_seconds / seconds:>8.2f}")
    if peak is not None and rss_before is not None:
        print(f"RSS growth during encrypt: {(peak - rss_before) / 1024:.1f} MiB (VmHWM)")
    else:
        growth = max(0, maxrss_after - maxrss_before) / 1024
        print(f"RSS growth during encrypt: {growth:.1f} MiB (ru_maxrss, upper bound)")
    return 0


def _sha256_of(path: Path) -> str:
    with open(path, "rb") as src:
        return hashlib.file_digest(src, "sha256").hexdigest()


if __name__ == "__main__":
    sys.exit(main())
