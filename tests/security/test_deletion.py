"""Deletion is real: nothing of a deleted or edited text can be rebuilt from the database file.

A forensic examiner who has the key (the coerced-unlock case of the threat model) reads every
page of ``vault.db`` and every WAL frame, free or in use (``rawpages``).  The marker text uses
Yi syllables, a script nothing else in these vaults contains, so any fragment of it -- a whole
FTS5 trigram term, a prefix-compressed term suffix (which always keeps its last character whole),
a cell left in a b-tree page, a freed page -- shows up as at least one whole Yi character.
"""

from __future__ import annotations

from pathlib import Path

from app.domain.model import Case, Deprivation, LegalProvision, Person, Proceedings, Testimony
from app.services import cases as svc
from app.services import evidence as ev
from app.services.vault import Vault
from app.storage.database import Database
from tests.security import rawpages

YI = "".join(chr(0xA000 + 7 * i) for i in range(60))  # 60 distinct Yi syllables, no repeated pair
NEEDLES = [ch.encode("utf-8") for ch in YI]


def _secret_case() -> Case:
    # the victim's ethnicity and charge are also stored, as written, in the figures' facts table
    victim = Person(roles=["victim"], family_name=YI[40:42], given_name=YI[42:44], family_name_latin="Chen",
                    other_names=[YI[44:50]], ethnicity=YI[30:34])
    return Case(title="Case " + YI[:12], summary="Summary " + YI[12:24], narrative=YI[24:40],
                persons=[victim],
                deprivations=[Deprivation(person_id=victim.id, proceedings=[
                    Proceedings(charges=[LegalProvision(YI[34:38], "293")])])],
                testimonies=[Testimony(original_text="She said " + YI * 3)])


def _facts_with_marker(vault: Vault) -> int:
    with vault.db.reading() as conn:
        return int(conn.execute("SELECT count(*) FROM figure_facts WHERE value LIKE ? OR value LIKE ?",
                                (f"%{YI[30:34]}%", f"{YI[34:38]}%")).fetchone()[0])


def _control_cases(vault: Vault, n: int = 25) -> None:
    for i in range(n):
        svc.save_case(vault, Case(title=f"Control case {i}", summary="ordinary words " * 10,
                                  testimonies=[Testimony(original_text=f"testimony {i} about nothing " * 40)]))


def _fragments(vault: Vault) -> int:
    vault.db.checkpoint()
    return rawpages.count(vault.folder, vault.keys.database, NEEDLES)


def test_deleted_case_leaves_no_fragment(vault: Vault, tmp_path: Path) -> None:
    _control_cases(vault)
    case = svc.save_case(vault, _secret_case())
    named = tmp_path / f"{YI[50:54]}.txt"
    named.write_bytes(b"x" * 100)
    ev.attach(vault, case.id, named, ev.EvidenceMeta(description=YI[54:60]))
    _control_cases(vault, 5)
    before = _fragments(vault)
    assert before > 100  # the method sees the text while it is there
    assert _facts_with_marker(vault) == 6  # ethnicity and charge, under three profiles
    svc.delete_case(vault, case.id)
    _control_cases(vault, 5)
    after = _fragments(vault)
    key, folder = vault.keys.database, vault.folder
    vault.lock()
    closed = rawpages.count(folder, key, NEEDLES)
    print(f"deletion: {before} marker fragments before delete, {after} after (open), {closed} after lock")
    assert after == 0 and closed == 0


def test_edited_text_leaves_no_fragment(vault: Vault) -> None:
    _control_cases(vault)
    case = svc.save_case(vault, _secret_case())
    assert _fragments(vault) > 100 and _facts_with_marker(vault) == 6
    edited = svc.get_case(vault, case.id)
    edited.title, edited.summary, edited.narrative = "Case renamed", "new summary", "new narrative"
    edited.persons[0].family_name, edited.persons[0].given_name, edited.persons[0].other_names = "陈", "秋实", []
    edited.persons[0].ethnicity = "Han"
    edited.deprivations[0].proceedings[0].charges[0].law = "Criminal Law"
    edited.testimonies[0].original_text = "She said something else entirely."
    svc.save_case(vault, edited)
    assert _fragments(vault) == 0
    assert [h.case_id for h in svc.search(vault, "entirely")] == [case.id]  # the index still works


def test_every_fts_table_has_secure_delete(vault: Vault) -> None:
    tables = vault.db.fts_tables()
    assert {"search_tri", "search_bi"} <= set(tables)
    for name in tables:  # including any index added after this test was written
        row = vault.db.conn.execute(f'SELECT v FROM "{name}_config" WHERE k = \'secure-delete\'').fetchone()
        assert row is not None and str(row[0]) == "1", name
    assert vault.db.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_fts_table_added_later_gets_secure_delete(tmp_path: Path) -> None:
    key = bytes(range(32))
    db = Database(tmp_path, key, create=True)
    db.conn.execute("CREATE VIRTUAL TABLE later USING fts5(body, tokenize = 'trigram')")
    db.close()
    db = Database(tmp_path, key)
    assert str(db.conn.execute("SELECT v FROM later_config WHERE k = 'secure-delete'").fetchone()[0]) == "1"
    db.close()


def test_migration_purges_what_older_vaults_deleted(vault_path: Path) -> None:
    """A vault from schema 3 (no secure-delete) deleted a case: after upgrading nothing is left."""
    key = bytes(range(32))
    vault_path.mkdir()
    db = Database(vault_path, key, create=True, migrate=False)
    db.migrate(target=3)  # the database as schema 3 made it, index without secure-delete
    db.conn.execute("INSERT INTO search(search, rank) VALUES ('secure-delete', 0)")
    db.close()
    old = Database(vault_path, key, migrate=False)

    def put(conn, case: Case) -> None:  # type: ignore[no-untyped-def]
        """What schema 3's storage wrote: the case row and one index row per text."""
        conn.execute("INSERT INTO cases (id, reference, title, status, state, region, urgency, created_at, "
                     "updated_at, doc) VALUES (?, '', ?, 'draft', 'CN', 'mainland', 'none', '', '', '{}')",
                     (case.id, case.title))
        for text in (case.title, case.summary, case.narrative, *(t.original_text for t in case.testimonies)):
            if text:
                rid = conn.execute("INSERT INTO search_docs (case_id, kind, item_id) VALUES (?, 'text', ?)",
                                   (case.id, case.id)).lastrowid
                conn.execute("INSERT INTO search (rowid, body) VALUES (?, ?)", (rid, text))

    with old.transaction() as conn:
        for i in range(20):
            put(conn, Case(title=f"Control {i}", testimonies=[Testimony(original_text="plain text " * 30)]))
        secret = _secret_case()
        put(conn, secret)
    with old.transaction() as conn:  # schema 3's delete: index rows by rowid (delete markers), then the case
        for (rid,) in conn.execute("SELECT id FROM search_docs WHERE case_id = ?", (secret.id,)).fetchall():
            conn.execute("DELETE FROM search WHERE rowid = ?", (rid,))
        conn.execute("DELETE FROM search_docs WHERE case_id = ?", (secret.id,))
        conn.execute("DELETE FROM cases WHERE id = ?", (secret.id,))
    old.close()
    assert rawpages.count(vault_path, key, NEEDLES) > 0  # what the red team found
    Database(vault_path, key).close()  # opening migrates to the current schema
    assert rawpages.count(vault_path, key, NEEDLES) == 0


def test_deleted_han_text_leaves_no_pinyin_in_the_index(vault: Vault) -> None:
    """The bigram index also holds the toneless pinyin of adjacent Han characters (鬱鬱 -> yuyu):
    those tokens are derived from the text and must go with it."""
    needle = [b"yuyu"]
    _control_cases(vault)
    case = svc.save_case(vault, Case(title="c", testimonies=[Testimony(original_text="他心里很鬱鬱。")]))
    vault.db.checkpoint()
    assert rawpages.count(vault.folder, vault.keys.database, needle) > 0
    svc.delete_case(vault, case.id)
    _control_cases(vault, 5)
    vault.db.checkpoint()
    assert rawpages.count(vault.folder, vault.keys.database, needle) == 0


def test_a_deleted_case_that_was_shared_leaves_no_fragment(vault: Vault, tmp_path: Path) -> None:
    # sharing keeps what was sent as the base of a later three-way merge (exchange_bases); deleting
    # the case must take that copy with it
    from app.services import bundle

    _control_cases(vault)
    case = svc.save_case(vault, _secret_case())
    bundle.create(vault, [case.id], tmp_path / "out.age", passphrase="bundle passphrase for the test")
    (tmp_path / "out.age").unlink()
    assert _fragments(vault) > 100
    svc.delete_case(vault, case.id)
    _control_cases(vault, 5)
    with vault.db.reading() as conn:
        assert conn.execute("SELECT count(*) FROM exchange_bases WHERE case_id = ?", (case.id,)).fetchone()[0] == 0
    assert _fragments(vault) == 0
