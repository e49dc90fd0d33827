"""Printed copies are recorded by their SHA-256 and recognised later."""

import hashlib
from datetime import date, time, timedelta

import pytest

from mairie_app.errors import StorageError, ValidationError
from mairie_app.services.archives_service import EXTRAIT, PROCES_VERBAL
from mairie_app.services.dto import SeanceData


def pdf(tmp_path, nom, contenu: bytes):
    chemin = tmp_path / nom
    chemin.write_bytes(b"%PDF-1.4\n" + contenu)
    return chemin


def point(services, seance_id):
    return services.seances.seance(seance_id).points[0].id


def test_a_copy_printed_after_closing_is_recognised_without_warning(demo, tmp_path):
    services, seance_id = demo
    services.cloture.cloturer(seance_id)
    fichier = pdf(tmp_path, "extrait.pdf", b"extrait 2024/1/1")
    sha = services.archives.enregistrer(fichier, EXTRAIT, seance_id, point(services, seance_id))
    assert sha == hashlib.sha256(fichier.read_bytes()).hexdigest()
    resultat = services.archives.verifier(fichier)
    assert resultat is not None and not resultat.imprime_avant_cloture
    assert resultat.avertissements == ()
    doc = resultat.document
    assert (doc.type_document, doc.seance_id, doc.seance_cloturee) == (EXTRAIT, seance_id, True)
    assert "Délibération 2024 / 1 / 1" in doc.libelle and "séance n° 1 du 12/02/2024" in doc.libelle
    assert doc.chemin == str(fichier.resolve()) and doc.utilisateur
    assert resultat.lignes[0].startswith("Document reconnu : extrait — Délibération 2024 / 1 / 1")


def test_a_copy_printed_before_closing_is_flagged(demo, tmp_path):
    services, seance_id = demo
    fichier = pdf(tmp_path, "pv.pdf", b"brouillon du PV")
    services.archives.enregistrer(fichier, PROCES_VERBAL, seance_id)
    services.cloture.cloturer(seance_id)
    resultat = services.archives.verifier(fichier)
    assert resultat.imprime_avant_cloture
    assert "avant la clôture" in resultat.avertissements[0]
    assert any("Attention : ce document a été produit avant" in x for x in resultat.lignes)


def test_reopening_and_correction_after_printing_are_reported(demo, tmp_path):
    services, seance_id = demo
    pid = point(services, seance_id)
    services.cloture.cloturer(seance_id)
    fichier = pdf(tmp_path, "extrait.pdf", b"extrait")
    services.archives.enregistrer(fichier, EXTRAIT, seance_id, pid)
    services.cloture.rouvrir(seance_id, "Oubli d'un visa")
    suivante = services.seances.creer_seance(
        SeanceData(
            date=date(2024, 3, 18),
            heure=time(18, 30),
            date_convocation=date(2024, 3, 18) - timedelta(days=6),
        )
    )
    services.cloture.corriger(pid, suivante.id)
    textes = " ".join(services.archives.verifier(fichier).avertissements)
    assert "rouverte le" in textes and "Oubli d'un visa" in textes
    assert "n'est plus clôturée" in textes
    assert "corrigée par la délibération 2024 / 1 / 1 BIS" in textes


def test_an_unknown_or_altered_file_matches_nothing(demo, tmp_path):
    services, seance_id = demo
    fichier = pdf(tmp_path, "extrait.pdf", b"original")
    services.archives.enregistrer(fichier, EXTRAIT, seance_id)
    fichier.write_bytes(fichier.read_bytes() + b" ")
    assert services.archives.verifier(fichier) is None
    with pytest.raises(StorageError, match="lecture impossible"):
        services.archives.verifier(tmp_path / "absent.pdf")


def test_recording_the_same_file_twice_keeps_one_entry(demo, tmp_path):
    services, seance_id = demo
    fichier = pdf(tmp_path, "liste.pdf", b"liste")
    premier = services.archives.enregistrer(fichier, "liste_deliberations", seance_id)
    assert services.archives.enregistrer(fichier, "liste_deliberations", seance_id) == premier
    assert len(services.archives.documents(seance_id)) == 1
    with pytest.raises(ValidationError, match="Type de document"):
        services.archives.enregistrer(fichier, " ", seance_id)
