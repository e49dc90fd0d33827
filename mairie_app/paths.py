"""Where the app's files live: resources shipped with it, and the user's data.

Every path the app writes to comes from here, so tests can redirect them all
with one environment variable or argument.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "mairie_app"
DATA_DIR_ENV = "MAIRIE_APP_DATA_DIR"


def project_root() -> Path:
    """Root of the source tree, or the unpacked folder of a PyInstaller build."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return project_root() / "resources"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user's data folder: --data-dir, then $MAIRIE_APP_DATA_DIR, then platformdirs."""
    if override:
        path = Path(override)
    elif os.environ.get(DATA_DIR_ENV):
        path = Path(os.environ[DATA_DIR_ENV])
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path(data: Path) -> Path:
    return data / "registre.sqlite3"


def database_url(data: Path) -> str:
    return f"sqlite:///{database_path(data)}"


def output_dir(data: Path) -> Path:
    """Folder for the PDFs the app produces."""
    path = data / "documents"
    path.mkdir(parents=True, exist_ok=True)
    return path
