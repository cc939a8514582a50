"""Coverage-guided fuzzing with atheris (not needed by CI).

    pip install atheris
    python -m tests.fuzz.atheris_harness TARGET [-atheris_runs=N] [libFuzzer options]

TARGET is one of: casefile, header, blob, blob-reader, backup, recovery-text.  Any exception
other than the target's documented errors is a finding (atheris prints it and stops).
"""

from __future__ import annotations

import sys


def main() -> None:
    import atheris

    with atheris.instrument_imports():
        from tests.fuzz.targets import TARGETS, run_one
    if len(sys.argv) < 2 or sys.argv[1] not in {t.name for t in TARGETS}:
        sys.exit(f"usage: python -m tests.fuzz.atheris_harness {{{'|'.join(t.name for t in TARGETS)}}} [options]")
    target = next(t for t in TARGETS if t.name == sys.argv[1])
    count = 0

    def one(data: bytes) -> None:
        nonlocal count
        count += 1
        run_one(target, data)

    import atexit
    atexit.register(lambda: print(f"atheris {target.name}: {count} inputs, only documented errors", flush=True))
    args = sys.argv[2:]
    if not any(not a.startswith("-") for a in args):  # no corpus folder given: start from the seeds
        import tempfile
        from pathlib import Path
        corpus = Path(tempfile.mkdtemp(prefix=f"fuzz-{target.name}-"))
        for i, seed in enumerate(target.seeds):
            (corpus / f"seed{i}").write_bytes(seed)
        args.append(str(corpus))
    atheris.Setup([sys.argv[0], *args], one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
