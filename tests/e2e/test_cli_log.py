"""``recourse-cli log ...`` and ``recourse-cli due`` on the real demo vault."""

from __future__ import annotations

from tests.e2e.conftest import Cli, VaultRef


def test_log_and_due(cli: Cli, demo: VaultRef) -> None:
    empty = cli(*demo.args(), "due")
    assert empty.code == 0, empty.stderr

    r = cli(*demo.args(), "--json", "log", "add", "DEMO-001", "--kind", "communication", "--date", "2020-06-03",
            "--reference", "UA CHN 6/2020", "--type", "allegation-letter", "--mandate", "wgad", "--mandate", "sr-hrd")
    assert r.code == 0, r.stdout
    doc = r.json()
    comm = doc["entry"]["id"]
    assert [h["code"] for h in doc["hints"]] == ["log-reference-type"]  # UA is an urgent appeal: a hint, saved
    far = cli(*demo.args(), "log", "add", "DEMO-001", "--kind", "communication", "--date", "2099-01-01",
              "--reference", "AL CHN 1/2099")
    assert far.code == 0 and "future" in far.stdout

    due = cli(*demo.args(), "--json", "due")
    assert due.code == 20  # something is overdue: its own exit code
    items = due.json()["items"]
    assert [(i["kind"], i["due"], i["overdue"]) for i in items] == [
        ("state-reply", "2020-08-02", True), ("state-reply", "2099-03-02", False)]
    text = cli(*demo.args(), "due", "--within", "30")
    assert text.code == 20 and "OVERDUE" in text.stdout and "UA CHN 6/2020" in text.stdout
    assert "AL CHN 1/2099" not in text.stdout

    reply = cli(*demo.args(), "--json", "log", "add", "DEMO-001", "--kind", "state-reply", "--date", "2020-07-20",
                "--in-reply-to", comm[:8], "--summary", "The Government denies the allegations.",
                "--comments-due", "2020-08-10")
    assert reply.code == 0, reply.stdout
    items = cli(*demo.args(), "--json", "due").json()["items"]
    assert [(i["kind"], i["due"]) for i in items] == [("comments", "2020-08-10"), ("state-reply", "2099-03-02")]
    follow = cli(*demo.args(), "log", "add", "DEMO-001", "--kind", "follow-up", "--date", "2020-08-09",
                 "--in-reply-to", reply.json()["entry"]["id"][:8], "--follow-up-text", "Our comments.")
    assert follow.code == 0
    overdue = cli(*demo.args(), "due", "--overdue")
    assert overdue.code == 0 and "Nothing overdue." in overdue.stdout

    listed = cli(*demo.args(), "log", "list", "DEMO-001")
    assert listed.code == 0 and "UA CHN 6/2020" in listed.stdout and "state-reply" in listed.stdout
    edited = cli(*demo.args(), "log", "edit", "DEMO-001", comm[:8], "--type", "urgent-appeal")
    assert edited.code == 0 and "Hints" not in edited.stdout
    gone = cli(*demo.args(), "log", "remove", "DEMO-001", "nope")
    assert gone.code == 8 and "log list" in gone.stderr
    unsent = cli(*demo.args(), "log", "add", "DEMO-001", "--kind", "opinion", "--submission", "zzzzzzzz")
    assert unsent.code == 8 and "submission list" in unsent.stderr and "evidence" not in unsent.stderr
    bad = cli(*demo.args(), "log", "add", "DEMO-001", "--kind", "telegram")
    assert bad.code == 7 and "communication" in bad.stderr
    bad_date = cli(*demo.args(), "log", "add", "DEMO-001", "--kind", "opinion", "--date", "2020-02-30")
    assert bad_date.code == 2
    shown = cli(*demo.args(), "case", "show", "DEMO-001")
    assert shown.code == 0 and "Communications log (4)" in shown.stdout
    block = shown.stdout.split("Communications log (4)", 1)[1]
    assert "2020-06-03: Communication to the State UA CHN 6/2020" in block
    assert "In reply to: Communication to the State UA CHN 6/2020 (2020-06-03)" in block
    assert "Comments or update: Our comments." in block
