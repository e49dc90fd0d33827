from pathlib import Path

import pytest

from mairie_app import paths
from mairie_app.cli import build_parser, run
from mairie_app.errors import ValidationError
from mairie_app.services.demo import charger_demo
from mairie_app.services.dto import CommuneData
from mairie_app.services.registre import ouvrir_registre


def test_data_dir_precedence(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "env"))
    assert paths.data_dir() == tmp_path / "env"
    assert paths.data_dir(tmp_path / "arg") == tmp_path / "arg"
    assert (tmp_path / "arg").is_dir()
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    monkeypatch.setattr("platformdirs.user_data_dir", lambda *a, **k: str(tmp_path / "user"))
    assert paths.data_dir() == tmp_path / "user"


def test_resources_are_found_from_the_source_tree():
    assert (paths.resources_dir() / "demo" / "chereng-2024-02-12.json").is_file()


def test_demo_command_is_idempotent(tmp_path, capsys):
    args = build_parser().parse_args(["--data-dir", str(tmp_path), "demo"])
    assert run(args) == 0
    assert "Séance n° 1 du 12/02/2024" in capsys.readouterr().out
    assert Path(tmp_path, "registre.sqlite3").exists()
    assert run(args) == 0
    services = ouvrir_registre(tmp_path)
    assert len(services.seances.seances()) == 1
    assert len(services.conseil.conseillers()) == 23
    services.engine.dispose()


def test_demo_refuses_a_register_holding_other_data(services):
    services.conseil.enregistrer_commune(CommuneData(nom="Autre", code_insee="01001"))
    with pytest.raises(ValidationError, match="registre vide"):
        charger_demo(services.sessions)


def test_main_py_is_a_short_launcher():
    source = (paths.project_root() / "main.py").read_text(encoding="utf-8")
    code = [line for line in source.splitlines() if line.strip() and not line.startswith('"""')]
    assert len(code) <= 3 and "from mairie_app.app import main" in source
