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


def _introduce(cli, tmp_path, x: VaultRef, y: VaultRef, y_name: str) -> None:
    card = tmp_path / f"{y_name}.card"
    assert cli("identity", "show", "--card", card, "--name", y_name, *y.args()).code == 0
    assert cli("contact", "add", card, "--verified", *x.args()).code == 0


def test_bundle_create_inspect_import_and_each_refusal(cli, tmp_path, demo):
    bob = make_vault(cli, tmp_path, "bob")
    carol = make_vault(cli, tmp_path, "carol")
    _introduce(cli, tmp_path, demo, bob, "Bob")
    _introduce(cli, tmp_path, bob, demo, "Alice")
    out = tmp_path / "cases.age"
    r = cli("bundle", "create", "DEMO-001", "DEMO-002", "--to", "Bob", "-o", out, "--json", *demo.args())
    assert r.code == 0, r.stderr
    made = r.json()
    assert len(made["cases"]) == 2 and out.read_bytes().startswith(b"age-encryption.org/v1")

    r = cli("bundle", "inspect", out, "--json", *bob.args())
    assert r.code == 0, r.stderr
    assert r.json()["signer"]["status"] == "verified" and r.json()["bundle_id"] == made["bundle_id"]

    assert cli("bundle", "import", out, "--json", *carol.args()).code == 17  # not for Carol
    r = cli("bundle", "import", out, "--json", *bob.args())
    assert r.code == 0, r.stderr
    assert [c["status"] for c in r.json()["cases"]] == ["added", "added"]
    replay = cli("bundle", "import", out, "--json", *bob.args())
    assert replay.code == 19 and replay.json()["error"] == "bundle_replayed"

    # Alice knows Carol, Carol does not know Alice: an unknown signer
    out2 = tmp_path / "carol.age"
    card = tmp_path / "carol.card"
    assert cli("identity", "show", "--card", card, *carol.args()).code == 0
    assert cli("contact", "add", card, "--name", "Carol", *demo.args()).code == 0
    assert cli("bundle", "create", "DEMO-001", "--to", "Carol", "-o", out2, *demo.args()).code == 0
    unknown = cli("bundle", "import", out2, "--json", *carol.args())
    assert unknown.code == 18 and unknown.json()["error"] == "unknown_signer"

    data = bytearray(out2.read_bytes())
    data[-100] ^= 1
    out2.write_bytes(bytes(data))
    assert cli("bundle", "import", out2, "--allow-unknown-signer", *carol.args()).code == 6
    assert cli("case", "list", "--json", *carol.args()).json()["cases"] == []
