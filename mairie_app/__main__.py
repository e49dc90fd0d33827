"""`python -m mairie_app`: the same entry point as the mairie-app command."""

from mairie_app.app import main

raise SystemExit(main())
