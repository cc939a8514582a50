"""``python -m bench`` (``make bench``): every benchmark, one after the other.

1. :mod:`bench.bench_vault` -- bulk import, search, unlock, evidence import,
   each beside its baseline (accepts all of its options, e.g. ``--quick``).
2. :mod:`bench.bench_stream` -- blob encryption/decryption throughput against
   a SHA-256 pass, on a file of the same size as the evidence file.

3. :mod:`bench.bench_pdf` and :mod:`bench.bench_submission` -- PDF rendering of a large
   document and of a large case as a WGAD submission, beside plain reportlab.
4. :mod:`bench.bench_gui` -- unlock to a usable main window with 100,000 cases (run it on
   its own: ``QT_QPA_PLATFORM=offscreen python -m bench.bench_gui``; it builds its own vault).

The vault table is printed first, then the stream table; both go into
``bench/out/results-<name>.json`` (the stream report under
``details.stream``).
"""

from __future__ import annotations

import contextlib
import io
import sys

from bench import bench_vault


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = bench_vault.parse_args(argv)
    if args.evidence_child:
        raise SystemExit("--evidence-child is internal to bench.bench_vault")
    results = bench_vault.run(args, " ".join(["python -m bench", *argv]))
    print(bench_vault.report(results), flush=True)

    status = 0
    if args.evidence_mib > 0:
        try:
            from bench import bench_stream
        except ImportError as exc:
            results.notes.append(f"bench_stream not run: {exc}")
        else:
            stream_argv = [str(args.evidence_mib), "--repeat", "3"]
            if args.workdir is not None:
                stream_argv += ["--dir", str(args.workdir)]
            bench_vault.log(f"stream: python -m bench.bench_stream {' '.join(stream_argv)}")
            captured = io.StringIO()
            with contextlib.redirect_stdout(captured):
                status = bench_stream.main(stream_argv)
            text = captured.getvalue()
            print(f"\nBlob stream (python -m bench.bench_stream {' '.join(stream_argv)}):\n{text}", end="")
            results.details["stream"] = {"argv": stream_argv, "exit_status": status, "report": text}

    quick = ["--quick"] if getattr(args, "quick", False) else []
    for name in ("bench_pdf", "bench_submission"):
        module = __import__(f"bench.{name}", fromlist=["main"])
        print(f"\nPDF ({name}):", flush=True)
        module.main(quick)

    path = bench_vault.write_json(results)
    print(f"\nresults written to {path}")
    missed = [m.label.strip() for m in results.metrics if m.met is False]
    if missed:
        print("targets missed: " + "; ".join(missed))
    return status


if __name__ == "__main__":
    sys.exit(main())
