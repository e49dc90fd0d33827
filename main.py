"""Launcher for a double-click or `python main.py`."""
from mairie_app.app import main

raise SystemExit(main())
