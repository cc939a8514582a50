"""Render a large case as a WGAD submission, beside plain reportlab on the same paragraphs.

The case: about 30 pages of narrative (English with Chinese quotes), 50 persons,
200 evidence items.  "Recourse" is the whole path a user waits for: mapping the
case onto the form (consent, confidentiality, name scrubbing) plus rendering the
main document (the first victim's questionnaire).  The baseline is reportlab alone (SimpleDocTemplate, the same
registered fonts) rendering the same paragraphs and tables (bench/bench_pdf.py).
Target: at most 1.5x the baseline's time.  Run: ``python -m bench.bench_submission``.
"""

from __future__ import annotations

import argparse
import hashlib
import random

from app.domain.dates import PartialDate
from app.domain.model import ConsentRecord, EvidenceItem, Person
from app.export.pdf import render_pdf
from app.services.submission.mapping import build
from bench.bench_pdf import baseline_pdf, best_times, page_count, peak_memory
from tests.unit.submission.conftest import complete_case

TARGET = 1.5
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰"
SENTENCE = ("On the {n}th day officers returned to the family home and questioned the relatives about the "
            "articles; the family was told that {name} was 'under investigation' and that a lawyer would not "
            "be allowed. 我们问他在哪里，他们说不知道。 ")


def large_case(pages: int, persons: int, evidence: int, seed: int = 7):  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    case = complete_case()
    for i in range(persons):
        p = Person(roles=[rng.choice(["witness", "relative", "victim"])],
                   family_name=rng.choice(SURNAMES), given_name="".join(rng.choices(GIVEN, k=2)),
                   family_name_latin=f"Fam{i}", given_name_latin=f"Given{i}x")
        case.persons.append(p)
        case.consents.append(ConsentRecord(person_id=p.id, submit_to_un=True,
                                           name_to_state=rng.random() < 0.5, name_in_public="initials"))
    # ~600 words a page
    paragraphs = []
    for n in range(pages * 6):
        paragraphs.append(" ".join(SENTENCE.format(n=n + k, name=case.persons[0].display_name()) for k in range(3)))
    case.narrative = "\n\n".join(paragraphs)
    case.evidence = [EvidenceItem(file_name=f"photo-{i:03d}.jpg", media_type="image/jpeg", size=1000 + i,
                                  sha256=hashlib.sha256(str(i).encode()).hexdigest(), date=PartialDate(2021, 1 + i % 12),
                                  kind="photo-video", description=f"Photograph {i} of the detention centre gate")
                     for i in range(evidence)]
    return case


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=30)
    ap.add_argument("--persons", type=int, default=50)
    ap.add_argument("--evidence", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args(argv)
    if args.quick:
        args.pages, args.persons, args.evidence, args.repeat = 3, 10, 20, 1
    case = large_case(args.pages, args.persons, args.evidence)
    day = PartialDate(2026, 11, 22)
    # the WGAD takes one questionnaire per person: measure the first victim's (the whole case is still
    # disclosed and scrubbed: every other person's name is replaced in the 30 pages of narrative)
    who = [case.persons[0].id]
    doc = build(case, "wgad", "en", date=day, person_ids=who).main

    def ours() -> bytes:  # disclosure + mapping + rendering
        return render_pdf(build(case, "wgad", "en", date=day, person_ids=who).main)

    def base() -> bytes:
        return baseline_pdf(doc)

    ours(), base()  # warm-up: fonts parsed, code imported
    ours_s, base_s, pdf = best_times(ours, base, args.repeat)
    ours_mib, base_mib = peak_memory(ours), peak_memory(base)
    ratio = ours_s / base_s
    print(f"case: {args.pages} pages of narrative, {len(case.persons)} persons, {len(case.evidence)} evidence items; "
          f"the first victim's questionnaire; best of {args.repeat}")
    print(f"{'':<24}{'Recourse':>10}{'reportlab':>11}{'ratio':>8}")
    print(f"{'pages':<24}{page_count(pdf):>10}{page_count(base()):>11}")
    print(f"{'time (s)':<24}{ours_s:>10.2f}{base_s:>11.2f}{ratio:>8.2f}   target <= {TARGET}: "
          f"{'met' if ratio <= TARGET else 'NOT met'}")
    print(f"{'peak memory (MiB)':<24}{ours_mib:>10.1f}{base_mib:>11.1f}{ours_mib / base_mib:>8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
