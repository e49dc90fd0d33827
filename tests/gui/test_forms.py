"""The generated forms are those uic makes from ui/*.ui today (no hand edits, none stale)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from mairie_app.paths import project_root

ROOT = project_root()
_spec = importlib.util.spec_from_file_location("build_forms", ROOT / "tools" / "build_forms.py")
build_forms = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("build_forms", build_forms)
_spec.loader.exec_module(build_forms)


def _sans_version(texte: str) -> list[str]:
    return [
        ligne for ligne in texte.splitlines() if "Qt User Interface Compiler version" not in ligne
    ]


UI_FILES = sorted((ROOT / "ui").glob("*.ui"))


def test_every_required_form_exists():
    noms = {f.stem for f in UI_FILES}
    assert {"seance_form", "commune_form", "conseiller_form"} <= noms


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_generated_form_is_up_to_date(ui_file: Path, tmp_path: Path):
    frais = build_forms.build(ui_file, tmp_path / build_forms.form_name(ui_file))
    committed = build_forms.FORMS_DIR / build_forms.form_name(ui_file)
    assert committed.exists(), f"run tools/build_forms.py: {committed.name} is missing"
    assert _sans_version(frais.read_text(encoding="utf-8")) == _sans_version(
        committed.read_text(encoding="utf-8")
    ), f"{ui_file.name} changed: run tools/build_forms.py"
