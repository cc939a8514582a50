"""The WGEID form's own section: when, where and by whom the disappeared person was last seen.

Built from the fields the other forms use (the arrest, the detention periods),
through the same disclosed view: the arrest or abduction gives the date, the
place and the forces; without an arrest on record, the first known detention
(or else proceedings) stands in, labelled as such.  The periods table lists the
other places the person was held or seen.
"""

from __future__ import annotations

from app.domain.document import Block
from app.domain.model import Deprivation
from app.services.submission import victim as V
from app.services.submission.builder import Builder
from app.services.submission.forms import SectionDef


def last_seen(b: Builder, sec: SectionDef, dep: Deprivation) -> list[Block]:
    arrest = V.arrest_values(b, dep.arrest)
    detention = V.detention_values(b, dep)
    values = {
        "last_seen_date": V.incident(b, dep, True),
        "last_seen_place": V.incident(b, dep, False),
        "last_seen_by": arrest["arrest_forces"] or detention["detention_forces"],
        "warrant_shown": arrest["warrant_shown"],
        "reasons": arrest["arrest_reasons"],
        "other_places": detention["detention_places"],
        "incommunicado": detention["incommunicado"],
        "family_notified": detention["family_notified"],
        "still_detained": detention["still_detained"],
    }
    out: list[Block] = []
    for f in sec.fields:
        out.append(b.row(sec, f.id, values.get(f.id, "")))
        if f.id == "other_places":
            table = V.periods_table(b, dep)
            if table is not None:
                out.append(table)
    return out
