"""The search index: every text of a case, folded, in two FTS5 indexes.

Rows (``search_rows``): one per searchable text -- each long (multi-line) text field on its own,
a person's or an organisation's names together, the short fields of one item together -- with
the section (``kind``), the JSON path the editor opens, the nearest item's id, whether it is
confidential, the text as written (for snippets) and the generated spellings (``extra``: pinyin,
Wylie) indexed beside it.

Indexes, both contentless (the text is stored once, in ``search_rows``) and created with FTS5
``secure-delete``, so deleting a row removes its entries from the index b-tree instead of
leaving them behind a delete marker; ``PRAGMA secure_delete`` then zeroes the freed space:

* ``search_tri`` -- trigram tokenizer over the folded text and its generated spellings: any
  substring of three or more characters, in any script.
* ``search_bi`` -- ``detail=none`` (row ids only, no positions), over the distinct tokens of the
  folded text that a trigram cannot serve: every CJK character, every pair of adjacent CJK
  characters, and the one- and two-letter words of other scripts.  A one- or two-character CJK
  query is then one token (张展, 展), and a short Latin term such as "Li" or "Wu" a whole word.
  Without positions it costs about a third of the trigram index (docs/performance.md).

Row ids carry the rank: names, titles, references and tags get ids in a lower band than
passing mentions, and within a band each new row gets a lower id than the ones before it; FTS5
walks its index in rowid order, so ``ORDER BY rowid LIMIT n`` returns name matches first, then
the newest texts, without scoring every match.  (Ascending, because FTS5 walks a doclist forwards
about twice as fast as backwards: docs/performance.md.)

The FTS ``delete`` of a contentless table needs the exact text that was indexed, which is
recomputed from ``search_rows`` with the same folding; ``meta.search_index`` records the index
format and the folding version (:func:`version_tag`) and any change empties the index so that it
is rebuilt, never patched with a different folding.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from app.domain import textfold as tf
from app.domain.dates import PartialDate
from app.domain.model import Case, Item, LegalAnalysis, Organisation, Person
from app.storage import meta
from app.storage.database import Connection

BAND = 1 << 40  # rowid = (band + 1) * BAND - sequence: newest first in ascending order
NAME_BAND, TEXT_BAND = 2, 3  # (folding rules 1 used bands 1 and 0, counting upwards)
META_VERSION = "search_index"
META_PENDING = "search_pending"  # id of the last case indexed by a rebuild in progress
# Bump when the layout of the index changes (2: row ids count down within a band); the version in
# meta combines it with the folding rules and tables, and any change rebuilds the index.
INDEX_FORMAT = 2


def version_tag() -> str:
    return f"{tf.version_tag()}; index {INDEX_FORMAT}"

SKIP_FIELDS = {"id", "created_at", "updated_at", "confidential_fields", "media_type", "sha256", "time"}
NAME_FIELDS = {Person: ("family_name", "given_name", "family_name_latin", "given_name_latin", "other_names"),
               Organisation: ("name", "name_original", "abbreviation")}
OWN_ROW = {"title": "title", "reference": "reference", "tags": "tags"}  # Case fields with rows of their own

# path prefix -> section (the first that matches wins)
SECTIONS = [
    (re.compile(r"\$\.persons\["), "person"),
    (re.compile(r"\$\.organisations\["), "organisation"),
    (re.compile(r"\$\.deprivations\[\d+\]\.arrest"), "arrest"),
    (re.compile(r"\$\.deprivations\[\d+\]\.periods"), "detention"),
    (re.compile(r"\$\.deprivations\[\d+\]\.proceedings"), "proceedings"),
    (re.compile(r"\$\.deprivations\[\d+\]\.ill_treatment"), "ill-treatment"),
    (re.compile(r"\$\.deprivations"), "deprivation"),
    (re.compile(r"\$\.(remedies|remedies_note)"), "remedies"),
    (re.compile(r"\$\.legal_analysis"), "legal"),
    (re.compile(r"\$\.testimonies\[\d+\]\.translations"), "translation"),
    (re.compile(r"\$\.testimonies"), "testimony"),
    (re.compile(r"\$\.evidence"), "evidence"),
    (re.compile(r"\$\.consents"), "consent"),
    (re.compile(r"\$\.communications"), "communications"),
    (re.compile(r"\$\.reprisals"), "reprisal"),
    (re.compile(r"\$\.urgency_reason"), "urgency"),
    (re.compile(r"\$\.summary"), "summary"),
    (re.compile(r"\$\.narrative"), "narrative"),
]


@dataclass(frozen=True)
class IndexRow:
    kind: str  # the section: name, organisation, arrest, detention, proceedings, testimony ...
    item_id: str  # the nearest identifiable item (a person, a detention period, the case)
    path: str  # the JSON path the editor focuses ("$.deprivations[0].ill_treatment.description")
    text: str  # as written: what a snippet shows
    extra: str = ""  # generated spellings indexed beside it (pinyin, Wylie)
    confidential: bool = False
    named: bool = False  # a name, a title, a reference, tags: ranked before passing mentions

    @property
    def band(self) -> int:
        return NAME_BAND if self.named else TEXT_BAND


@dataclass(frozen=True)
class SearchHit:
    case_id: str
    kind: str
    item_id: str
    path: str
    text: str
    extra: str
    confidential: bool
    phonetic: bool = False  # found by the pinyin of its Han text only (see Plan.pinyin)


def section(path: str) -> str:
    for pattern, name in SECTIONS:
        if pattern.match(path):
            return name
    return "case"


# --- what is searchable -----------------------------------------------------------------
def _skip(f: dataclasses.Field) -> bool:  # type: ignore[type-arg]
    return f.name in SKIP_FIELDS or any(k in f.metadata for k in ("vocab", "ref", "pattern"))


def _strings(value: object) -> Iterator[str]:
    """Every text inside a value object (a place, a legal provision, a contact)."""
    if isinstance(value, str):
        if value.strip():
            yield value.strip()
    elif isinstance(value, list):
        for x in value:
            yield from _strings(x)
    elif dataclasses.is_dataclass(value) and not isinstance(value, PartialDate):
        for f in dataclasses.fields(value):
            if not _skip(f):
                yield from _strings(getattr(value, f.name))


def _name_row(item: Item, path: str, conf: bool) -> IndexRow | None:
    names = NAME_FIELDS[type(item)]
    parts = [s for n in names for s in _strings(getattr(item, n))]
    if not parts:
        return None
    conf = conf or any(n in item.confidential_fields for n in names)
    if isinstance(item, Person):
        cjk = tf.has_cjk(item.family_name + item.given_name)
        written = [item.family_name + item.given_name if cjk else f"{item.given_name} {item.family_name}".strip(),
                   item.latin_name(), f"{item.given_name_latin} {item.family_name_latin}".strip(),
                   *item.other_names]
        text = " | ".join(dict.fromkeys(n.strip() for n in written if n.strip()))
        extra = " | ".join(tf.name_forms(item.family_name, item.given_name, item.other_names))
        return IndexRow("name", item.id, f"{path}.{_first_written(item, names)}", text, extra, conf, named=True)
    assert isinstance(item, Organisation)
    text = " | ".join(dict.fromkeys(parts))
    extra = " | ".join(tf.han_pinyin(item.name_original) + tf.wylie_forms(item.name_original))
    return IndexRow("organisation", item.id, f"{path}.{_first_written(item, names)}", text, extra, conf, named=True)


def _first_written(item: Item, names: tuple[str, ...]) -> str:
    """The first name field that holds something: where activating a name hit puts the cursor (a
    Tibetan name often has no family name, an organisation may be known by its Chinese name only)."""
    return next((n for n in names if any(_strings(getattr(item, n)))), names[0])


def _rows(obj: object, path: str, item_id: str, conf: bool) -> Iterator[IndexRow]:
    """The rows of an item (or of a plain container such as the legal analysis): its names, each
    long text, its nested items, and its short texts together under the item's path."""
    fields_conf: list[str] = []
    if isinstance(obj, Item):
        item_id, conf, fields_conf = obj.id, conf or obj.confidential, obj.confidential_fields
        if type(obj) in NAME_FIELDS:
            row = _name_row(obj, path, conf)
            if row:
                yield row
    names = set(NAME_FIELDS.get(type(obj), ()))
    short: dict[bool, list[str]] = {False: [], True: []}
    for f in dataclasses.fields(obj):  # type: ignore[arg-type]
        if _skip(f) or f.name in names:
            continue
        value = getattr(obj, f.name)
        fconf = conf or f.name in fields_conf
        fpath = f"{path}.{f.name}"
        if isinstance(obj, Case) and f.name in OWN_ROW:
            text = " ".join(_strings(value)) if f.name == "tags" else value
            if text.strip():
                yield IndexRow(OWN_ROW[f.name], item_id, fpath, text, "", fconf, named=True)
        elif isinstance(value, (Item, LegalAnalysis)):
            yield from _rows(value, fpath, item_id, fconf)
        elif isinstance(value, list) and value and isinstance(value[0], Item):
            for i, x in enumerate(value):
                yield from _rows(x, f"{fpath}[{i}]", item_id, fconf)
        elif isinstance(value, str) and f.metadata.get("multiline"):
            if value.strip():
                yield IndexRow(section(fpath), item_id, fpath, value, "", fconf)
        else:
            short[fconf] += _strings(value)
    for c, texts in short.items():
        if texts:
            yield IndexRow(section(path), item_id, path, " · ".join(dict.fromkeys(texts)), "", c)


def index_rows(case: Case) -> list[IndexRow]:
    """Every searchable text of *case*, each with its section and path."""
    return list(_rows(case, "$", case.id, False))


# --- the indexed forms of a row --------------------------------------------------------------
def indexed_texts(row_text: str, extra: str) -> tuple[str, str]:
    """``(trigram body, bigram body)`` of a row: what FTS5 indexes (and must be given to delete)."""
    folded = tf.fold(row_text if not extra else f"{row_text} | {extra}")
    return folded, tf.bigram_text(folded)


# --- writing -------------------------------------------------------------------------------------
def _next_ids(conn: Connection) -> dict[int, int]:
    """The next (free, lowest yet) row id of each band; ids count down from the band's top."""
    out = {}
    for band in (NAME_BAND, TEXT_BAND):
        row = conn.execute("SELECT min(id) FROM search_rows WHERE id >= ? AND id < ?",
                           (band * BAND, (band + 1) * BAND)).fetchone()
        out[band] = (row[0] if row and row[0] is not None else (band + 1) * BAND) - 1
    return out


def ensure_version(conn: Connection, indexing: str = "") -> bool:
    """Empty the index if it was built with another folding; True when it was emptied.

    Caller holds a write transaction.  Cases are indexed again by :func:`index_case` on save and
    by a rebuild: :data:`META_PENDING` marks one as due when a case other than *indexing* (the one
    the caller is about to index) is on file.  A new vault's first save finds none, so the next
    unlock does not re-index what was just indexed.
    """
    if meta.get(conn, META_VERSION) == version_tag():
        return False
    clear(conn)
    meta.put(conn, META_VERSION, version_tag())
    others = conn.execute("SELECT 1 FROM cases WHERE id != ? LIMIT 1", (indexing,)).fetchone()
    meta.set_cursor(conn, META_PENDING, "" if others else None)
    return True


def clear(conn: Connection) -> None:
    """Remove every entry of both indexes (their pages are freed and, with secure_delete, zeroed)."""
    conn.execute("INSERT INTO search_tri(search_tri) VALUES ('delete-all')")
    conn.execute("INSERT INTO search_bi(search_bi) VALUES ('delete-all')")
    conn.execute("DELETE FROM search_rows")


def index_case(conn: Connection, case: Case) -> None:
    """Replace the index rows of *case* (caller holds a write transaction)."""
    ensure_version(conn, case.id)
    _unindex(conn, case.id)
    rows = index_rows(case)
    if not rows:
        return
    ids = _next_ids(conn)
    docs, tri, bi = [], [], []
    for r in rows:
        rid = ids[r.band]
        ids[r.band] -= 1
        t, b = indexed_texts(r.text, r.extra)
        docs.append((rid, case.id, r.kind, r.item_id, r.path, int(r.confidential), r.text, r.extra))
        tri.append((rid, t))
        bi.append((rid, b))
    conn.executemany("INSERT INTO search_rows (id, case_id, kind, item_id, path, confidential, text, extra) "
                     "VALUES (?,?,?,?,?,?,?,?)", docs)
    conn.executemany("INSERT INTO search_tri (rowid, body) VALUES (?, ?)", tri)
    conn.executemany("INSERT INTO search_bi (rowid, body) VALUES (?, ?)", bi)


def unindex_case(conn: Connection, case_id: str) -> None:
    """Delete the index entries of a case: FTS5 ``delete`` with the indexed text, then its rows.

    FTS5 must be given the very text it indexed, folded the same way: an index built with other
    folding rules (a vault from an earlier version, not rebuilt yet) is emptied first instead, or the
    ``delete`` would corrupt it (SQLite then reports the database as malformed)."""
    ensure_version(conn)
    _unindex(conn, case_id)


def _unindex(conn: Connection, case_id: str) -> None:
    rows = conn.execute("SELECT id, text, extra FROM search_rows WHERE case_id = ?", (case_id,)).fetchall()
    if not rows:
        return
    tri, bi = [], []
    for rid, text, extra in rows:
        t, b = indexed_texts(text, extra)
        tri.append((rid, t))
        bi.append((rid, b))
    conn.executemany("INSERT INTO search_tri (search_tri, rowid, body) VALUES ('delete', ?, ?)", tri)
    conn.executemany("INSERT INTO search_bi (search_bi, rowid, body) VALUES ('delete', ?, ?)", bi)
    conn.execute("DELETE FROM search_rows WHERE case_id = ?", (case_id,))


# --- reading -----------------------------------------------------------------------------------
def _phrase(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


@dataclass(frozen=True)
class Plan:
    """How a query is answered: FTS5 expressions for each index (all must match one row)."""

    terms: tuple[str, ...]  # folded pieces, for highlighting
    tri: tuple[str, ...]
    bi: tuple[str, ...]
    pinyin: str = ""  # a query typed in pinyin: bigram-index expression over its syllable pairs
    spelled: str = ""  # that query's syllables joined (jingcha), for highlighting Han text


@lru_cache(maxsize=256)
def plan(query: str) -> Plan:
    """Split a query into folded terms and route each to the index that serves it.

    Terms of three or more characters go to the trigram index (any script, substrings); shorter
    ones to the bigram index: one or two CJK characters are one token there, a one- or
    two-letter word of another script a whole word.  A short term mixing CJK and other
    characters is split into its pieces.
    """
    terms: list[str] = []
    tri: list[str] = []
    bi: list[str] = []
    folded = tf.fold(query)
    for term in folded.split():
        pieces = [term] if len(term) >= 3 else re.findall(f"[{tf.CJK}]+|[^{tf.CJK}]+", term)
        for piece in pieces:
            terms.append(piece)
            (tri if len(piece) >= 3 else bi).append(_phrase(piece))
    splits = tf.pinyin_query(folded)
    pinyin = " OR ".join(dict.fromkeys(
        "(" + " AND ".join(_phrase(tf.PINYIN_MARK + a + b) for a, b in zip(s, s[1:])) + ")" for s in splits))
    return Plan(tuple(dict.fromkeys(terms)), tuple(dict.fromkeys(tri)), tuple(dict.fromkeys(bi)),
                pinyin, "".join(splits[0]) if splits else "")


def matching_ids(conn: Connection, p: Plan, limit: int) -> list[int]:
    """Row ids matching every piece of the plan, names first then newest, at most *limit*."""
    if p.tri and p.bi:
        # "+rowid": the bigram matches become a set the trigram scan checks each row against; a
        # bare "rowid IN" is handed to FTS5 as one lookup per bigram match (seconds for "he")
        sql = ("SELECT rowid FROM search_tri WHERE search_tri MATCH ? AND +rowid IN "
               "(SELECT rowid FROM search_bi WHERE search_bi MATCH ?) ORDER BY rowid LIMIT ?")
        args: list[object] = [" AND ".join(p.tri), " AND ".join(p.bi), limit]
    elif p.tri:
        sql = "SELECT rowid FROM search_tri WHERE search_tri MATCH ? ORDER BY rowid LIMIT ?"
        args = [" AND ".join(p.tri), limit]
    elif p.bi:
        sql = "SELECT rowid FROM search_bi WHERE search_bi MATCH ? ORDER BY rowid LIMIT ?"
        args = [" AND ".join(p.bi), limit]
    else:
        return []
    return [r[0] for r in conn.execute(sql, args)]


def phonetic_ids(conn: Connection, p: Plan, limit: int, exclude: Iterable[int] = ()) -> list[int]:
    """Row ids whose Han text reads as the pinyin query (names first, then newest), at most *limit*,
    leaving out *exclude* (the rows already found as typed)."""
    if not p.pinyin or limit <= 0:
        return []
    seen = set(exclude)
    rows = conn.execute("SELECT rowid FROM search_bi WHERE search_bi MATCH ? ORDER BY rowid LIMIT ?",
                        (p.pinyin, limit + len(seen)))
    return [r[0] for r in rows if r[0] not in seen][:limit]


def search(conn: Connection, query: str, *, limit: int = 50, case_ids: Iterable[str] | None = None) -> list[SearchHit]:
    """Texts matching every term of *query* (folded), names before passing mentions, newest first;
    then, for a query typed in pinyin, texts whose Han characters read so (警察 for ``jingcha``)."""
    qp = plan(query)
    ids = matching_ids(conn, qp, limit)
    phonetic = phonetic_ids(conn, qp, limit - len(ids), ids)
    ids += phonetic
    if not ids:
        return []
    rows = {r[0]: r[1:] for r in conn.execute(
        f"SELECT id, case_id, kind, item_id, path, text, extra, confidential FROM search_rows "
        f"WHERE id IN ({','.join('?' * len(ids))})", ids)}
    by_sound = set(phonetic)
    hits = [SearchHit(c, k, item, p, text, extra, bool(conf), i in by_sound)
            for i, (c, k, item, p, text, extra, conf) in ((i, rows[i]) for i in ids if i in rows)]
    if case_ids is not None:
        wanted = set(case_ids)
        hits = [h for h in hits if h.case_id in wanted]
    return hits


def pending(conn: Connection) -> tuple[bool, str | None]:
    """``(version differs, cursor)``: cursor is the last case id a rebuild reached ('' = none yet)."""
    return meta.get(conn, META_VERSION) != version_tag(), meta.get(conn, META_PENDING)


def set_cursor(conn: Connection, case_id: str | None) -> None:
    meta.set_cursor(conn, META_PENDING, case_id)
