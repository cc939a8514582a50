"""Benchmarks of Recourse: every figure is measured beside a baseline in the same run.

* ``python -m bench`` -- everything (vault benchmark, then the blob-stream benchmark).
* ``python -m bench.bench_vault`` -- bulk import, full-text search, unlock, evidence import.
* ``python -m bench.bench_stream`` -- encrypt/decrypt throughput of the blob format alone.
* :mod:`bench.corpus` -- the deterministic synthetic corpus both use.

See ``bench/README.md`` for what each number means.
"""
