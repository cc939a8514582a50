"""Search use cases: query every case, snippets highlighted under folding, index rebuild.

The CLI and the desktop app both call :func:`search`, so they show the same hits in the same
order.  :func:`rebuild_index` fills the index after a migration or a change of folding tables,
in batches (one transaction each, resumable after a crash or Cancel) with progress.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.domain import textfold as tf
from app.services import passes
from app.services.progress import Cancel, Progress, no_progress
from app.services.vault import Vault
from app.storage import cases as case_store
from app.storage import search as store
from app.storage.database import Connection

# Cases per rebuild transaction: small enough that an editor save waiting for the write lock (the
# connection's 5 s busy timeout) is not kept waiting long while the desktop app rebuilds.
REBUILD_BATCH = 25
SNIPPET_WIDTH = 80


@dataclass(frozen=True)
class SearchResult:
    case_id: str
    reference: str
    title: str
    kind: str  # the section the text belongs to (name, arrest, detention, proceedings, testimony...)
    item_id: str
    snippet: str
    spans: tuple[tuple[int, int], ...]  # highlighted ranges within ``snippet``
    path: str = "$"  # JSON path the editor opens
    confidential: bool = False


def find_spans(text: str, terms: list[str] | tuple[str, ...], *, names: bool = False,
               first: bool = False) -> list[tuple[int, int]]:
    """Where each folded term occurs in *text*, in original character positions (with *first*,
    only each term's first occurrence: enough to place a snippet, without scanning the rest).

    With *names* (a row of names, indexed with their pinyin), a term found nowhere as written is
    looked for in the pinyin of the Han characters (:func:`sound_spans`).
    """
    folded, origin = tf.fold_map(text)
    spans = []
    for term in terms:
        if not term:
            continue
        if _whole_word(term):  # short Latin terms match whole words (as indexed:
            found = _where(re.compile(rf"{_EDGE}{re.escape(term)}(?![^\W{tf.CJK}])"), folded, first)  # 第29條)
        else:
            found = _where(re.compile(re.escape(term)), folded, first)
        spans += [(origin[a], _marks_after(text, origin[b - 1] + 1)) for a, b in found if b > a]
        if not found and names:
            spans += (sound_spans(text, term, first=first) or reading_spans(text, tf.plain_u(term), first)
                      or wylie_spans(text, term))
    return sorted(set(spans))


def reading_spans(text: str, term: str, first: bool = False) -> list[tuple[int, int]]:
    """Han characters of a name that can be read as *term* in any of their readings (王长江 for
    ``changjiang``; :func:`sound_spans` knows first readings only: ``zhangjiang``)."""
    return _where(tf.reading_pattern(term.replace(" ", "")), text, first)


_TIBETAN_SYLLABLE = re.compile("[\u0f00-\u0f0a\u0f0d-\u0fff]+")  # between tshegs (\u0f0b, \u0f0c)


def wylie_spans(text: str, term: str) -> list[tuple[int, int]]:
    """The Tibetan syllables of *text* whose Wylie spells *term* (a name found by its Wylie, which
    is indexed but not shown: ``bkra shis`` -> བཀྲ་ཤིས)."""
    syllables = [(m.start(), m.end(), tf.fold(w)) for m in _TIBETAN_SYLLABLE.finditer(text)
                 for w in tf.wylie_forms(m.group())]
    spelled, starts = "", []
    for _, _, w in syllables:
        starts.append(len(spelled))
        spelled += w + " "
    out = []
    for m in re.finditer(re.escape(term), spelled):
        covered = [i for i, at in enumerate(starts) if at < m.end() and at + len(syllables[i][2]) > m.start()]
        if covered:
            out.append((syllables[covered[0]][0], syllables[covered[-1]][1]))
    return out


def _whole_word(term: str) -> bool:
    """A term of one or two letters or digits (not CJK) matches whole words only, as indexed."""
    return len(term) <= 2 and not tf.is_cjk(term)


_EDGE = f"(?<![^\\W{tf.CJK}])"  # not after a letter or digit of a word (a Han character is no word)


def _marks_after(text: str, end: int) -> int:
    """*end* moved past the combining marks that folding removed (a decomposed tone: a\u0304)."""
    while end < len(text) and unicodedata.category(text[end]) == "Mn" and not tf.fold(text[end]):
        end += 1
    return end


def _where(pattern: re.Pattern[str] | None, text: str, first: bool) -> list[tuple[int, int]]:
    if pattern is None:
        return []
    if first:
        m = pattern.search(text)
        return [m.span()] if m else []
    return [m.span() for m in pattern.finditer(text)]


def sound_spans(text: str, term: str, *, first: bool = False) -> list[tuple[int, int]]:
    """Han characters of *text* whose toneless pinyin spells *term* (zhangzhan -> 张展, jingcha ->
    警察): a literal search in :func:`textfold.sound_text`, which keeps *text*'s positions."""
    pattern = tf.sound_pattern(term.replace(" ", ""))
    if first and pattern is not None:  # the first match is usually early: translate a prefix first
        for size in (400, 4000):
            if size < len(text):
                found = _where(pattern, tf.sound_text(text[:size]), True)
                if found:
                    return found
    return _where(pattern, tf.sound_text(text), first)


def _anchor(text: str, terms: list[str] | tuple[str, ...], names: bool) -> int:
    """Where the snippet should start looking: the first match of any term.

    Folding a whole testimony costs more than the query itself, so the text as written (lower
    case) is tried first; only when no term occurs in it as such is the whole text folded, and
    searched only as far as each term's first match.
    """
    lowered = text.lower()
    if len(lowered) == len(text):  # (a short word is no substring: "li" is not in "political")
        found = [i for i in (lowered.find(t) for t in terms if t and not _whole_word(t)) if i >= 0]
        if found:
            return min(found)
    spans = find_spans(text, terms, names=names, first=True)
    return spans[0][0] if spans else 0


def _window(text: str, first: int, width: int) -> tuple[str, str, int]:
    """``(snippet, window, offset of the window in the snippet)`` around position *first*."""
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    prefix = "…" if start else ""
    window = text[start:end].replace("\n", " ")
    return prefix + window + ("…" if end < len(text) else ""), window, len(prefix)


def sound_snippet(text: str, spelled: str, width: int = SNIPPET_WIDTH) -> tuple[str, tuple[tuple[int, int], ...]]:
    """:func:`make_snippet` for a text found by the sound of its Han characters only (the query
    as typed matched nothing in it): no folding, one translation of the text."""
    first = sound_spans(text, spelled, first=True)
    snippet, window, shift = _window(text, first[0][0] if first else 0, width)
    return snippet, tuple((a + shift, b + shift) for a, b in sound_spans(window, spelled))


def make_snippet(text: str, terms: list[str] | tuple[str, ...], width: int = SNIPPET_WIDTH,
                 *, names: bool = False) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of *text* around the first match, with every match inside it located (folded)."""
    snippet, window, shift = _window(text, _anchor(text, terms, names), width)
    return snippet, tuple((a + shift, b + shift) for a, b in find_spans(window, terms, names=names))


def search(vault: Vault, query: str, *, limit: int = 50) -> list[SearchResult]:
    """Hits for every term of *query* in any case, names first, then newest texts."""
    with vault.db.reading() as conn:
        return search_connection(conn, query, limit=limit)


def search_connection(conn: Connection, query: str, *, limit: int = 50) -> list[SearchResult]:
    """:func:`search` on an open connection (the benchmark runs it on a plain SQLite copy)."""
    plan = store.plan(query)
    hits = store.search(conn, query, limit=limit)
    ids = list(dict.fromkeys(h.case_id for h in hits))
    titles = {r[0]: (r[1], r[2]) for r in conn.execute(
        f"SELECT id, reference, title FROM cases WHERE id IN ({','.join('?' * len(ids))})", ids)} if ids else {}
    results = []
    for h in hits:
        if h.phonetic:
            snippet, spans = sound_snippet(h.text, plan.spelled)
        else:
            snippet, spans = make_snippet(h.text, plan.terms, names=bool(h.extra))
        ref, title = titles.get(h.case_id, ("", ""))
        results.append(SearchResult(h.case_id, ref, title, h.kind, h.item_id, snippet, spans, h.path,
                                    h.confidential))
    return results


def prepare() -> None:
    """Build the folding tables ahead of the first search (the app does it in a worker at unlock)."""
    tf.prepare()


# --- the index after a migration ------------------------------------------------------------------
def pending_cases(vault: Vault) -> int:
    """How many cases a rebuild still has to index (0: the index is complete and current)."""
    return pending_in(vault.db)


def pending_in(db: passes.Database) -> int:
    """:func:`pending_cases` on a database (the benchmark's plain copy too)."""
    with db.reading() as conn:
        return case_store.remaining(conn, *store.pending(conn))


def rebuild_index(vault: Vault, progress: Progress = no_progress, cancel: Cancel = lambda: False,
                  *, batch: int = REBUILD_BATCH) -> int:
    """Index every case not yet indexed with the current folding; returns how many were indexed.

    Batches of *batch* cases, each its own transaction with the cursor in ``meta``: a cancel or a
    crash keeps what was done, and the next call carries on.  Raises ``Cancelled`` on cancel.
    """
    return rebuild_in(vault.db, progress, cancel, batch=batch)


def rebuild_in(db: passes.Database, progress: Progress = no_progress, cancel: Cancel = lambda: False,
               *, batch: int = REBUILD_BATCH) -> int:
    """:func:`rebuild_index` on a database (the benchmark's plain copy too)."""
    with db.transaction() as conn:
        store.ensure_version(conn)
    return passes.run(db, "search index", cursor=lambda conn: store.pending(conn)[1],
                      set_cursor=store.set_cursor, work=store.index_case, batch=batch,
                      progress=progress, cancel=cancel)
