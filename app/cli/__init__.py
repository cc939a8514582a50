"""``recourse-cli``: the command line of Recourse.

It calls :mod:`app.services` only (plus the domain types), exactly as the
desktop app does.  Layout: :mod:`app.cli.main` (parser and dispatch),
``commands_*`` (one module per group of commands), :mod:`app.cli.passphrase`,
:mod:`app.cli.output`, :mod:`app.cli.errors` and :mod:`app.cli.exitcodes`.
"""
