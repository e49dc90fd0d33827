"""Regenerate the Python forms from the Qt Designer files: ui/<name>.ui -> ui_<name>.py.

Run it after editing a .ui file in Qt Designer, then commit both files:

    .venv/bin/python tools/build_forms.py

It runs PySide6's own uic (the pinned version, so every developer gets the same
output). A test regenerates the forms into a temporary folder and compares.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "mairie_app" / "gui" / "forms"

_UIC = "from PySide6.scripts.pyside_tool import uic; uic()"


def form_name(ui_file: Path) -> str:
    return f"ui_{ui_file.stem}.py"


def build(ui_file: Path, out: Path) -> Path:
    """Compile one .ui file; raises CalledProcessError with uic's message on failure."""
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-c", _UIC, str(ui_file), "-o", str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    return out


def build_all(out_dir: Path = FORMS_DIR, ui_dir: Path = UI_DIR) -> list[Path]:
    return [build(ui, out_dir / form_name(ui)) for ui in sorted(ui_dir.glob("*.ui"))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=FORMS_DIR, help="dossier de sortie")
    args = parser.parse_args(argv)
    for path in build_all(args.out):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
