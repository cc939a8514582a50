"""Database schema as forward-only migrations.

``MIGRATIONS`` is a list of ``(version, [sql, ...])``.  A vault at version N is
brought to the latest by running every later step in order, each in its own
transaction together with ``PRAGMA user_version``.  Never edit a released
step; add a new one.
"""

from __future__ import annotations

V1 = [
    """CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    # One row per case: columns for listing, sorting and filtering; the whole
    # case (all of its structure) as canonical JSON in ``doc``.
    """CREATE TABLE cases (
        id         TEXT PRIMARY KEY,
        reference  TEXT NOT NULL,
        title      TEXT NOT NULL,
        status     TEXT NOT NULL,
        state      TEXT NOT NULL,
        region     TEXT NOT NULL,
        urgency    TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        doc        TEXT NOT NULL
    )""",
    "CREATE INDEX cases_by_updated ON cases(updated_at)",
    "CREATE INDEX cases_by_reference ON cases(reference)",
    "CREATE INDEX cases_by_status ON cases(status, updated_at)",
    """CREATE TABLE case_tags (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        tag     TEXT NOT NULL,
        PRIMARY KEY (tag, case_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX case_tags_by_case ON case_tags(case_id)",
    # Full-text search: one row per searchable text (title, summary, narrative,
    # a person's names, a testimony, a translation...).  The trigram tokenizer
    # finds substrings in any script, so 秋实 finds 陈秋实.
    """CREATE TABLE search_docs (
        id      INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind    TEXT NOT NULL,
        item_id TEXT NOT NULL
    )""",
    "CREATE INDEX search_docs_by_case ON search_docs(case_id)",
    "CREATE VIRTUAL TABLE search USING fts5(body, tokenize = 'trigram remove_diacritics 1')",
    # Encrypted evidence: the wrapped per-file key lives here, so deleting the
    # row (secure_delete is on) destroys the only way to decrypt the blob.
    """CREATE TABLE evidence_blobs (
        evidence_id TEXT PRIMARY KEY,
        case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        blob        TEXT NOT NULL UNIQUE,
        wrapped_key BLOB NOT NULL,
        sha256      TEXT NOT NULL,
        size        INTEGER NOT NULL,
        stored_size INTEGER NOT NULL,
        created_at  TEXT NOT NULL
    )""",
    "CREATE INDEX evidence_blobs_by_case ON evidence_blobs(case_id)",
    # Append-only audit trail, a hash chain whose every link is MACed.
    """CREATE TABLE audit (
        seq       INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        action    TEXT NOT NULL,
        kind      TEXT NOT NULL,
        record_id TEXT NOT NULL,
        detail    TEXT NOT NULL,
        prev      TEXT NOT NULL,
        hash      TEXT NOT NULL,
        mac       TEXT NOT NULL
    )""",
    """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
       BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END""",
    """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
       BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END""",
]

# Version 2: the history of rendered UN submissions and their tracking fields.
V2 = [
    """CREATE TABLE submissions (
        id             TEXT PRIMARY KEY,
        case_id        TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        form           TEXT NOT NULL,
        language       TEXT NOT NULL,
        rendered_at    TEXT NOT NULL,
        document_date  TEXT NOT NULL,
        draft          INTEGER NOT NULL,
        main_sha256    TEXT NOT NULL,
        annex_sha256   TEXT NOT NULL,
        blocking       INTEGER NOT NULL,
        warnings       INTEGER NOT NULL,
        sent_on        TEXT NOT NULL DEFAULT '',
        channel        TEXT NOT NULL DEFAULT '',
        un_reference   TEXT NOT NULL DEFAULT '',
        reply_due      TEXT NOT NULL DEFAULT '',
        comments_due   TEXT NOT NULL DEFAULT '',
        outcome        TEXT NOT NULL DEFAULT '',
        opinion_number TEXT NOT NULL DEFAULT '',
        opinion_date   TEXT NOT NULL DEFAULT '',
        follow_up_due  TEXT NOT NULL DEFAULT '',
        notes          TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX submissions_by_case ON submissions(case_id, rendered_at)",
]

# Version 3: indexes that match the case list's ORDER BY exactly (sort key, then id), so sorting
# 100,000 cases by title or reference reads the index instead of decrypting the whole table.
V3 = [
    "CREATE INDEX cases_by_title_nocase ON cases(title COLLATE NOCASE, id)",
    "CREATE INDEX cases_by_reference_nocase ON cases(reference COLLATE NOCASE, id)",
    "CREATE INDEX cases_by_updated_id ON cases(updated_at, id)",
    "CREATE INDEX cases_by_state ON cases(state, id)",
    "DROP INDEX cases_by_updated",
]

# Version 4: real deletion in the full-text index.  Without FTS5's ``secure-delete`` a deleted or
# edited text stays in the index segments (every trigram with its positions) until a merge, and the
# text could be rebuilt from them.  ``secure-delete`` removes a row's entries in place; ``optimize``
# merges the segments once so what existing vaults deleted before this version is dropped too (the
# freed pages are zeroed by ``PRAGMA secure_delete``).  Every FTS5 table added later must set it as
# well; ``Database`` also enforces it on every FTS5 table it finds at open (``secure_fts_indexes``).
V4 = [
    "INSERT INTO search(search, rank) VALUES ('secure-delete', 1)",
    "INSERT INTO search(search) VALUES ('optimize')",
]

# Version 5: exchange between vaults (docs/bundles.md).  The vault's own age + Ed25519 identity
# (one row, created on first use), its contacts, the bundles already imported (replay detection),
# the last version of each case exchanged (the base of three-way merges), and merge conflicts kept
# side by side for review.
V5 = [
    """CREATE TABLE identity (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        age_secret  TEXT NOT NULL,
        sign_secret BLOB NOT NULL,
        created_at  TEXT NOT NULL,
        bundle_seq  INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE contacts (
        id            TEXT PRIMARY KEY,
        name          TEXT NOT NULL,
        age_recipient TEXT NOT NULL,
        sign_key      BLOB NOT NULL,
        fingerprint   TEXT NOT NULL UNIQUE,
        verified_at   TEXT NOT NULL DEFAULT '',
        added_at      TEXT NOT NULL
    )""",
    """CREATE TABLE bundle_imports (
        bundle_id   TEXT PRIMARY KEY,
        signer      TEXT NOT NULL,
        sequence    INTEGER NOT NULL,
        created_at  TEXT NOT NULL,
        imported_at TEXT NOT NULL
    )""",
    "CREATE INDEX bundle_imports_by_signer ON bundle_imports(signer, sequence)",
    """CREATE TABLE exchange_bases (
        case_id    TEXT PRIMARY KEY,
        doc        TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE merge_conflicts (
        id          TEXT PRIMARY KEY,
        case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        record      TEXT NOT NULL,
        ours        TEXT NOT NULL,
        theirs      TEXT NOT NULL,
        bundle_id   TEXT NOT NULL,
        signer      TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        resolved_at TEXT NOT NULL DEFAULT '',
        resolution  TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX merge_conflicts_by_case ON merge_conflicts(case_id, resolved_at)",
]

# Version 6: search that folds Simplified/Traditional, case, diacritics and Uyghur script, covers
# every text field with its section and path, and answers one- and two-character CJK queries from
# an index (app/storage/search.py).  The old index is dropped (secure_delete zeroes its pages) and
# the new one is filled by a rebuild with progress (app/services/search.py) the first time the
# vault is opened: ``meta.search_index`` is absent until then.
FTS_TRI = "tokenize = 'trigram', content = '', columnsize = 0"
FTS_BI = ("tokenize = \"unicode61 remove_diacritics 2 categories 'L* N* Co M*'\", "
          "content = '', columnsize = 0, detail = none")
V6 = [
    "DROP TABLE search",
    "DROP TABLE search_docs",
    """CREATE TABLE search_rows (
        id           INTEGER PRIMARY KEY,  -- rowid in search_tri and search_bi; its band is the rank
        case_id      TEXT NOT NULL REFERENCES cases(id),
        kind         TEXT NOT NULL,        -- section: name, arrest, detention, proceedings, ...
        item_id      TEXT NOT NULL,
        path         TEXT NOT NULL,        -- JSON path the editor opens
        confidential INTEGER NOT NULL,
        text         TEXT NOT NULL,        -- as written (snippets)
        extra        TEXT NOT NULL         -- generated spellings indexed beside it (pinyin, Wylie)
    )""",
    "CREATE INDEX search_rows_by_case ON search_rows(case_id)",
    f"CREATE VIRTUAL TABLE search_tri USING fts5(body, {FTS_TRI})",
    f"CREATE VIRTUAL TABLE search_bi USING fts5(body, {FTS_BI})",
    # deleting a row removes its entries from the index b-tree (no delete markers left behind)
    "INSERT INTO search_tri(search_tri, rank) VALUES ('secure-delete', 1)",
    "INSERT INTO search_bi(search_bi, rank) VALUES ('secure-delete', 1)",
    "DELETE FROM meta WHERE key IN ('search_index', 'search_pending')",
]

# Version 7: figures across cases (app/storage/figures.py).  One row per victim, profile, dimension
# and value, built at save time from the *disclosed* view of each profile, so counting never
# decodes a case and a value the public profile may not see is never counted under it.  Values are
# codes, years, charge articles and ethnicities as written -- no names.  Existing vaults are filled
# by a resumable backfill with progress (``meta.figures_pending`` is its cursor).
V7 = [
    """CREATE TABLE figure_facts (
        profile TEXT NOT NULL,     -- full | partner | public
        dim     TEXT NOT NULL,     -- app.domain.figures.DIMENSIONS, and 'victim' (one row per victim)
        value   TEXT NOT NULL,
        case_id TEXT NOT NULL REFERENCES cases(id),
        victim  INTEGER NOT NULL,  -- ordinal of the victim in the case
        start   TEXT NOT NULL,     -- first possible day of the deprivation (ISO), '' unknown
        PRIMARY KEY (profile, dim, value, case_id, victim)
    ) WITHOUT ROWID""",
    "CREATE INDEX figure_facts_by_case ON figure_facts(case_id)",
    "INSERT OR REPLACE INTO meta (key, value) SELECT 'figures_pending', '' WHERE EXISTS (SELECT 1 FROM cases)",
]

# Version 8: until December 2026, deleting a case kept the full JSON last shared of it in a bundle
# (``exchange_bases``, no foreign key): the review of issue 11 found a deleted case readable there.
# Deleting now removes it (app/storage/cases.py); this purges what earlier deletions left
# (``secure_delete`` zeroes the freed cells).
V8 = [
    "DELETE FROM exchange_bases WHERE case_id NOT IN (SELECT id FROM cases)",
]

MIGRATIONS: list[tuple[int, list[str]]] = [
    (1, V1),
    (2, V2),
    (3, V3),
    (4, V4),
    (5, V5),
    (6, V6),
    (7, V7),
    (8, V8),
]

SCHEMA_VERSION = MIGRATIONS[-1][0]
