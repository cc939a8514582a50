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


def test_evidence_export_strips_image_metadata_by_default(cli, tmp_path):
    from tests.unit.exchange.conftest import jpeg_with_gps

    v = make_vault(cli, tmp_path, "v")
    assert cli("case", "new", "--title", "t", "--reference", "R-1", *v.args()).code == 0
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg_with_gps())
    r = cli("attach", "R-1", photo, "--json", *v.args())
    assert r.code == 0, r.stderr
    eid = r.json()["evidence"][0]["id"]
    stripped, exact = tmp_path / "s.jpg", tmp_path / "e.jpg"
    assert cli("evidence", "export", eid[:8], "-o", stripped, *v.args()).code == 0
    assert cli("evidence", "export", eid, "-o", exact, "--exact", *v.args()).code == 0
    assert b"CanaryCamMaker" not in stripped.read_bytes() and stripped.read_bytes().startswith(b"\xff\xd8")
    assert exact.read_bytes() == photo.read_bytes()
    assert cli("evidence", "export", eid, "-o", exact, *v.args()).code == 9  # exists, no --force


def test_csv_export_import_and_validation_report(cli, tmp_path, demo):
    out = tmp_path / "persons.csv"
    r = cli("csv", "export", "persons", "-o", out, "--json", *demo.args())
    assert r.code == 0, r.stderr and out.read_bytes().startswith(b"\xef\xbb\xbf")
    fresh = make_vault(cli, tmp_path, "fresh")
    r = cli("csv", "import", out, "--json", *fresh.args())
    assert r.code == 0, r.stderr
    assert r.json()["cases_created"] == 3
    bad = tmp_path / "bad.csv"
    bad.write_text("family_name,sex\n王,martian\n", encoding="utf-8")
    r = cli("csv", "import", bad, "--json", *fresh.args())
    assert r.code == 7 and r.json()["problems"] == [{"path": "row 2, column sex", "reason": "unknown sex code 'martian'"}]
    for kind in ("xlsx", "uwazi", "cases"):
        assert cli("csv", "export", kind, "-o", tmp_path / f"x.{kind}", "--profile", "partner",
                   *demo.args()).code == 0
    assert (tmp_path / "x.uwazi.template.md").is_file()


def test_passphrase_bundle_and_partner_profile(cli, tmp_path, demo):
    bob = make_vault(cli, tmp_path, "bob")
    _introduce(cli, tmp_path, bob, demo, "Alice")
    secret = cli.passfile("bundle passphrase 密码", "bundle-pass.txt")
    wrong = cli.passfile("not it", "wrong-pass.txt")
    out = tmp_path / "p.age"
    r = cli("bundle", "create", "DEMO-002", "--passphrase-protect", "--bundle-passphrase-file", secret,
            "--profile", "partner", "-o", out, "--json", *demo.args())
    assert r.code == 0, r.stderr
    assert r.json()["profile"] == "partner"
    assert cli("bundle", "import", out, "--bundle-passphrase-file", wrong, *bob.args()).code == 17
    r = cli("bundle", "import", out, "--bundle-passphrase-file", secret, "--json", *bob.args())
    assert r.code == 0, r.stderr
    assert r.json()["profile"] == "partner" and r.json()["signer"]["status"] == "verified"
    assert cli("bundle", "create", "DEMO-002", "--to", "x", "--passphrase-protect", "-o", tmp_path / "y.age",
               *demo.args()).code == 2
