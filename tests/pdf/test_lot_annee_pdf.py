"""A year's documents built by worker processes, then recorded for `verify`."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from mairie_app.cli import build_parser, run
from mairie_app.errors import ValidationError
from mairie_app.pdf.lot import produire_annee


def test_every_document_of_the_year_is_written_and_recorded(registre_demo, tmp_path):
    services, _ = registre_demo
    appels = []

    def progression(fait: int, total: int) -> bool:
        appels.append((fait, total))
        return True

    chemins = produire_annee(services, 2024, tmp_path / "annee", progression, processus=2)
    noms = sorted(p.name for p in chemins)
    assert noms == [
        "2024-02-12_n1_extrait-1.pdf",
        "2024-02-12_n1_liste.pdf",
        "2024-02-12_n1_proces-verbal.pdf",
        "2024-02-12_n1_registre.pdf",
        "2024_tables.pdf",
    ]
    assert appels[-1] == (5, 5) and [a[0] for a in appels] == sorted(a[0] for a in appels)
    texte = " ".join(p.extract_text() for p in PdfReader(tmp_path / "annee" / noms[0]).pages)
    assert "LLANES David donne pouvoir de vote" in " ".join(texte.split())
    for chemin in chemins:
        assert services.archives.verifier(chemin) is not None


def test_cancelling_keeps_what_is_done_and_starts_nothing_more(registre_demo, tmp_path):
    services, _ = registre_demo
    chemins = produire_annee(services, 2024, tmp_path / "a", lambda fait, total: False, 1)
    assert 1 <= len(chemins) < 5
    assert sorted(tmp_path.joinpath("a").glob("*.pdf")) == chemins
    assert all(services.archives.verifier(c) is not None for c in chemins)


def test_a_year_without_seance_is_a_french_error(registre_demo, tmp_path):
    services, _ = registre_demo
    with pytest.raises(ValidationError, match="Aucune séance n'est enregistrée en 2019"):
        produire_annee(services, 2019, tmp_path / "vide")


def test_command_pdf_annee(tmp_path, capsys):
    argv = ["--data-dir", str(tmp_path / "d")]
    assert run(build_parser().parse_args([*argv, "demo"])) == 0
    assert run(build_parser().parse_args([*argv, "pdf", "annee", "--year", "2024"])) == 0
    dossier = tmp_path / "d" / "documents" / "annee-2024"
    assert f"5 documents écrits dans {dossier}" in capsys.readouterr().out
    assert len(list(dossier.glob("*.pdf"))) == 5
