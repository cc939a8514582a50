"""recourse-cli identity / contact (and, below, bundle and csv) as real subprocesses."""

from __future__ import annotations

from tests.e2e.conftest import FAST_KDF, PASSPHRASE, VaultRef


def make_vault(cli, tmp_path, name: str) -> VaultRef:
    passfile = cli.passfile(PASSPHRASE, f"{name}-pass.txt")
    path = tmp_path / name
    r = cli("init", "--vault", path, "--passphrase-file", passfile, *FAST_KDF)
    assert r.code == 0, r.stderr
    return VaultRef(path, passfile)


def test_identity_show_and_contact_lifecycle(cli, tmp_path):
    alice, bob = make_vault(cli, tmp_path, "alice"), make_vault(cli, tmp_path, "bob")
    card = tmp_path / "bob.card"
    r = cli("identity", "show", "--card", card, "--name", "Bob's office", *bob.args())
    assert r.code == 0, r.stderr
    shown = cli("identity", "show", "--json", *bob.args()).json()
    assert shown["age_recipient"].startswith("age1") and len(shown["fingerprint_short"]) == 29
    assert shown["fingerprint_short"] in r.stdout and shown["age_recipient"] in card.read_text()

    r = cli("contact", "add", card, *alice.args())
    assert r.code == 0, r.stderr and shown["fingerprint_short"] in r.stdout
    listed = cli("contact", "list", "--json", *alice.args()).json()["contacts"]
    assert [(c["name"], c["verified"]) for c in listed] == [("Bob's office", False)]
    assert cli("contact", "verify", listed[0]["id"][:8], *alice.args()).code == 2  # no terminal, no --yes
    assert cli("contact", "verify", listed[0]["id"][:8], "--yes", *alice.args()).code == 0
    assert cli("contact", "rename", "Bob's office", "Bob", *alice.args()).code == 0
    listed = cli("contact", "list", "--json", *alice.args()).json()["contacts"]
    assert [(c["name"], c["verified"]) for c in listed] == [("Bob", True)]

    again = cli("contact", "add", card, "--json", *alice.args())
    assert again.code == 7 and again.json()["error"] == "contact_invalid"
    assert cli("contact", "remove", "Bob", *alice.args()).code == 0
    assert cli("contact", "list", "--json", *alice.args()).json()["contacts"] == []
