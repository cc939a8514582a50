"""``python -m app.cli`` runs ``recourse-cli``."""

from app.cli.main import main

raise SystemExit(main())
