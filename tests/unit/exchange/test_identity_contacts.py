"""Vault identity (age X25519 + Ed25519) and contacts, on real vaults."""

from __future__ import annotations

import pytest

from app.crypto import signing
from app.errors import ContactInvalid, NotFound
from app.services import contacts, identity
from app.services.vault import Vault
from app.storage import audit as audit_store
from tests.conftest import PASSPHRASE, TEST_KDF


@pytest.fixture
def other(tmp_path):
    v = Vault.create(tmp_path / "other", PASSPHRASE, kdf=TEST_KDF, allow_weak_kdf=True)
    yield v
    v.lock()


def test_identity_is_created_once_and_survives_unlock(vault, vault_path):
    first = identity.ensure(vault)
    assert first.age_recipient.startswith("age1") and len(first.age_recipient) == 62
    assert first.age_secret.startswith("AGE-SECRET-KEY-1")
    assert identity.ensure(vault).fingerprint == first.fingerprint
    vault.lock()
    again = Vault.unlock(vault_path, PASSPHRASE)
    try:
        assert identity.public(again).fingerprint == first.fingerprint
        assert identity.public(again).age_secret == ""  # the display copy carries no secret
        with again.db.reading() as conn:
            actions = [(e.action, e.kind) for e in audit_store.entries(conn)]
        assert actions.count(("create", "identity")) == 1
    finally:
        again.lock()


def test_read_aloud_fingerprint_is_24_digits_in_groups():
    fp = signing.fingerprint("age1x", b"\x01" * 32)
    short = signing.read_aloud(fp)
    groups = short.split(" ")
    assert len(groups) == 6 and all(len(g) == 4 and g.isdigit() for g in groups)
    assert signing.read_aloud("f" * 64) != signing.read_aloud("e" + "f" * 63)


def test_secret_keys_are_not_in_the_vault_files_in_clear(vault, vault_path):
    ident = identity.ensure(vault)
    vault.lock()
    blob = b"".join(p.read_bytes() for p in vault_path.rglob("*") if p.is_file())
    assert ident.age_secret.encode() not in blob
    assert ident.sign_secret not in blob


def test_contact_card_round_trip_add_verify_rename_remove(vault, other):
    card = identity.ensure(other).card("Partner 合作伙伴")
    added = contacts.add(vault, card)
    assert added.name == "Partner 合作伙伴" and not added.verified
    assert added.fingerprint == identity.ensure(other).fingerprint
    assert added.short == identity.ensure(other).short
    assert contacts.verify(vault, added.id[:6]).verified
    assert contacts.rename(vault, added.short.replace(" ", "")[:10], "Lawyer").name == "Lawyer"
    assert [c.name for c in contacts.list_contacts(vault)] == ["Lawyer"]
    contacts.remove(vault, "Lawyer")
    assert contacts.list_contacts(vault) == []
    with pytest.raises(NotFound):
        contacts.find(vault, "Lawyer")


def test_pasted_keys_inside_chat_text_are_found(vault, other):
    ident = identity.ensure(other)
    pasted = f"hi! here are my keys\n> {ident.age_recipient}\n> {ident.sign_key_text}\nthanks"
    c = contacts.add(vault, pasted, name="Signal paste")
    assert c.age_recipient == ident.age_recipient and c.sign_public == ident.sign_public


@pytest.mark.parametrize("mangle,reason", [
    (lambda card: card.replace("age: age1", "age: "), "no_recipient"),
    (lambda card: "\n".join(ln for ln in card.splitlines() if not ln.startswith("sign:")), "no_signing_key"),
    (lambda card: card.replace("ed25519:", "ed25519:A"), "bad_signing_key"),
])
def test_damaged_cards_are_refused_with_a_reason(vault, other, mangle, reason):
    card = identity.ensure(other).card("x")
    with pytest.raises(ContactInvalid) as err:
        contacts.add(vault, mangle(card))
    assert err.value.reason == reason
    assert contacts.list_contacts(vault) == []


def test_bech32_checksum_error_is_refused(vault, other):
    card = identity.ensure(other).card("x")
    recipient = identity.ensure(other).age_recipient
    flipped = recipient[:-1] + ("q" if recipient[-1] != "q" else "p")
    with pytest.raises(ContactInvalid) as err:
        contacts.add(vault, card.replace(recipient, flipped))
    assert err.value.reason == "bad_recipient"


def test_own_identity_and_duplicates_are_refused(vault, other):
    with pytest.raises(ContactInvalid) as err:
        contacts.add(vault, identity.ensure(vault).card())
    assert err.value.reason == "own_identity"
    card = identity.ensure(other).card()
    contacts.add(vault, card)
    with pytest.raises(ContactInvalid) as err:
        contacts.add(vault, card)
    assert err.value.reason == "duplicate"
