"""Figures across cases over 10,000 cases: ``figures.compute`` beside two baselines of the same run.

``python -m bench.bench_figures [--cases N] [--repeat R] [--quick]``

* The vault is filled through the real save path (``figures.facts.store_case``: case row, tags,
  search index and the disclosed facts of the three profiles), from the benchmark corpus
  (``bench/corpus.py``) with a second victim in every third case and the first victim's ethnicity
  marked confidential in every fifth (so the public and full counts differ).
* **Recourse**: ``app.services.figures.compute(vault, query)`` on the SQLCipher vault, the whole
  service call (pending check, query, ordering).
* **Baseline 1, plain GROUP BY**: the same facts copied into a plain SQLite file (same library, no
  key, same pragmas: ``bench_vault.open_plain``) and the same storage query on it -- the floor.
* **Baseline 2, decode + count**: what counting without a facts table costs: every case document
  read from the plain file, JSON-decoded into the model and counted with the same
  ``victim_facts`` -- and that is *without* the disclosure step a correct answer would need.

Each query kind runs ``--repeat`` times, the sides interleaved; medians and p95 are printed with
ratios.  Nothing is asserted.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import shutil
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.crypto import KdfParams
from app.domain.codec import decode
from app.domain.dates import PartialDate
from app.domain.figures import DIMENSIONS, victim_facts
from app.domain.model import Case, new_id
from app.services import figures
from app.services.figures import Query, facts
from app.services.vault import Vault
from app.storage import cases as case_store
from app.storage import figures as fstore
from bench.bench_vault import open_plain
from bench.corpus import Corpus

KDF = KdfParams(memory_kib=8192, iterations=1, lanes=1)  # unlock cost is not what is measured
TARGET_MS = 200.0

QUERIES: dict[str, Query] = {
    "all dimensions, public": Query(),
    "all dimensions, full, unit cases": Query(profile="full", unit="cases"),
    "all dimensions, public, tag uyghur": Query(tags=("uyghur",)),
    "all dimensions, public, 2016-2019": Query(date_from=PartialDate(2016), date_to=PartialDate(2019)),
    "status + year, partner": Query(by=("status", "year"), profile="partner"),
}


def augmented(case: Case, index: int) -> Case:
    """More than one victim now and then, and confidential values, as real vaults have."""
    case = copy.deepcopy(case)
    victims = case.victims()
    if index % 3 == 0 and victims and case.deprivations:
        twin = copy.deepcopy(victims[0])
        twin.id, twin.sex = new_id(), ("female" if twin.sex == "male" else "male")
        dep = copy.deepcopy(case.deprivation_of(victims[0].id) or case.deprivations[0])
        dep.id, dep.person_id = new_id(), twin.id
        case.persons.append(twin)
        case.deprivations.append(dep)
    if index % 5 == 0 and victims:
        victims[0].confidential_fields = [*victims[0].confidential_fields, "ethnicity"]
    return case


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t = time.perf_counter()
    out = fn()
    return (time.perf_counter() - t) * 1000, out


def fill(vault: Vault, corpus: Corpus, batch: int) -> dict[str, float]:
    facts_ms, json_ms, n = 0.0, 0.0, 0
    start = time.perf_counter()
    for b, cases in enumerate(corpus.batches(batch)):
        cases = [augmented(c, b * batch + i) for i, c in enumerate(cases)]
        now = vault.clock()
        with vault.db.transaction() as conn:
            for case in cases:
                case.created_at = case.updated_at = now
                facts.store_case(conn, case)
        for case in cases[:20]:  # the per-case cost of the facts beside the JSON encoding of the case
            facts_ms += timed(lambda c=case: facts.fact_rows(c))[0]
            json_ms += timed(lambda c=case: case_store.case_json(c))[0]
            n += 1
        print(f"  filled {min((b + 1) * batch, len(corpus))}/{len(corpus)}", flush=True)
    return {"fill_s": time.perf_counter() - start, "facts_ms_per_case": facts_ms / n,
            "json_ms_per_case": json_ms / n}


def copy_to_plain(vault: Vault, path: Path):  # type: ignore[no-untyped-def]
    plain = open_plain(path, create=True)
    with vault.db.reading() as conn:
        cases = conn.execute("SELECT id, reference, title, status, state, region, urgency, created_at, "
                             "updated_at, doc FROM cases").fetchall()
        tags = conn.execute("SELECT case_id, tag FROM case_tags").fetchall()
        rows = conn.execute("SELECT profile, dim, value, case_id, victim, start FROM figure_facts").fetchall()
    plain.execute("BEGIN")
    plain.executemany("INSERT INTO cases VALUES (?,?,?,?,?,?,?,?,?,?)", cases)
    plain.executemany("INSERT INTO case_tags (case_id, tag) VALUES (?,?)", tags)
    plain.executemany("INSERT INTO figure_facts VALUES (?,?,?,?,?,?)", rows)
    plain.execute("COMMIT")
    return plain, len(rows)


def plain_counts(plain, q: Query) -> tuple[int, dict[str, dict[str, int]]]:  # type: ignore[no-untyped-def]
    from app.domain.figures import first_day, last_day

    f = fstore.Filters(q.tags, first_day(q.date_from) if q.date_from else "",
                       last_day(q.date_to) if q.date_to else "")
    return fstore.counts(plain, q.profile, q.by, f, q.unit)


def decode_and_count(plain) -> tuple[int, dict[str, Counter[str]]]:  # type: ignore[no-untyped-def]
    counts: dict[str, Counter[str]] = {d: Counter() for d in DIMENSIONS}
    total = 0
    for (doc,) in plain.execute("SELECT doc FROM cases"):
        for vf in victim_facts(decode(Case, json.loads(doc))):
            total += 1
            for dim, values in vf.values.items():
                counts[dim].update(values)
    return total, counts


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p * (len(s) - 1))))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=9)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--quick", action="store_true", help="500 cases, 5 repeats")
    ap.add_argument("--workdir", type=Path, default=None)
    a = ap.parse_args(argv)
    if a.quick:
        a.cases, a.repeat = 500, 5
    work = Path(tempfile.mkdtemp(prefix="bench-figures-", dir=a.workdir))
    try:
        print(f"bench_figures: {a.cases} cases, {a.repeat} repeats, load {os.getloadavg()}", flush=True)
        vault = Vault.create(work / "vault", "bench figures passphrase", kdf=KDF, allow_weak_kdf=True)
        fill_stats = fill(vault, Corpus(cases=a.cases, testimonies=a.cases), a.batch)
        plain, n_rows = copy_to_plain(vault, work / "plain.db")
        victims = figures.compute(vault, Query(profile="full")).total
        print(f"  {victims} victims, {n_rows} fact rows (3 profiles); fill {fill_stats['fill_s']:.0f} s; "
              f"facts {fill_stats['facts_ms_per_case']:.2f} ms/case at save vs JSON encoding "
              f"{fill_stats['json_ms_per_case']:.2f} ms/case", flush=True)
        # the answers agree before anything is timed
        for q in QUERIES.values():
            mine = figures.compute(vault, q)
            total, raw = plain_counts(plain, q)
            assert mine.total == total and {d: dict(v) for d, v in mine.counts.items()} == raw
        full = figures.compute(vault, Query(profile="full"))
        n_decoded, decoded = decode_and_count(plain)
        assert n_decoded == full.total and all(dict(full.counts[d]) == dict(decoded[d]) for d in DIMENSIONS)

        print()
        print(f"| query ({a.cases:,} cases, {victims:,} victims) | Recourse p50 | p95 | plain GROUP BY p50 | ratio |"
              f" decode + count p50 | speed-up | target | met? |")
        print("|---|---:|---:|---:|---:|---:|---:|---|---|")
        results = {}
        for name, q in QUERIES.items():
            mine_ms, base_ms, naive_ms = [], [], []
            for i in range(a.repeat):
                mine_ms.append(timed(lambda q=q: figures.compute(vault, q))[0])
                base_ms.append(timed(lambda q=q: plain_counts(plain, q))[0])
                if name == "all dimensions, public" and i < 3:
                    naive_ms.append(timed(lambda: decode_and_count(plain))[0])
            m, b = statistics.median(mine_ms), statistics.median(base_ms)
            naive = statistics.median(naive_ms) if naive_ms else None
            met = "yes" if pct(mine_ms, 0.95) <= TARGET_MS else "**NO**"
            naive_txt = f"{naive:.0f} ms | {naive / m:.0f}× faster" if naive else "— | —"
            print(f"| {name} | {m:.1f} ms | {pct(mine_ms, 0.95):.1f} ms | {b:.1f} ms | {m / b:.2f}× | "
                  f"{naive_txt} | ≤ {TARGET_MS:.0f} ms | {met} |", flush=True)
            results[name] = {"recourse_ms": mine_ms, "plain_ms": base_ms, "decode_ms": naive_ms}
        out = Path(__file__).parent / "out"
        out.mkdir(exist_ok=True)
        (out / f"figures-{a.cases}.json").write_text(json.dumps(
            {"cases": a.cases, "victims": victims, "fact_rows": n_rows, **fill_stats, "results": results,
             "load": os.getloadavg()}, indent=1))
        plain.close()
        vault.lock()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
