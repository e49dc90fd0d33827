"""The year's deliberations as open data: SCDL "Délibérations" 2.1.5 (CSV).

The national schema (schema.data.gouv.fr, scdl/deliberations) wants UTF-8, a comma
separator and its 17 columns in order. Every figure comes from
DocumentsService.seance_document, the same as on the printed acts. A deliberation
that cannot be written (no SIRET for the commune, no matière, no vote recorded, a
reference the prefecture identifier cannot hold) is returned with the reason, so
the window and the command line can name it instead of dropping it silently.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from mairie_app.domain.identifiants import verifier_siret
from mairie_app.domain.numerotation import identifiant_prefecture
from mairie_app.errors import ValidationError
from mairie_app.exchange.communes import code_prefecture
from mairie_app.exchange.fichiers import ecrire_texte
from mairie_app.referentiels.matieres import get_matiere
from mairie_app.services.dto import CommuneData, DeliberationDocument, SeanceDocument
from mairie_app.services.registre import Services

VERSION_SCDL = "2.1.5"
COLONNES = (
    "COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE",
    "DELIB_MATIERE_NOM", "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID",
    "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE",
    "VOTE_ABSTENTION", "DELIB_URL",
)  # fmt: skip


@dataclass(frozen=True)
class DeliberationIgnoree:
    """A deliberation left out of the file, and why, for the secretary to fix."""

    reference: str
    objet: str
    seance: str
    motif: str

    @property
    def message(self) -> str:
        return f"{self.reference} « {self.objet} » ({self.seance}) : {self.motif}"


@dataclass(frozen=True)
class ExportScdl:
    annee: int
    lignes: tuple[dict[str, str], ...]
    ignorees: tuple[DeliberationIgnoree, ...]

    @property
    def message(self) -> str:
        texte = f"{len(self.lignes)} délibération(s) de {self.annee} au format SCDL."
        if self.ignorees:
            texte += f" {len(self.ignorees)} non exportée(s) :\n" + "\n".join(
                f"- {i.message}" for i in self.ignorees
            )
        return texte


def lignes_scdl(services: Services, annee: int) -> ExportScdl:
    """The rows of the year's file (one per deliberation with a vote), and those left out."""
    lignes: list[dict[str, str]] = []
    ignorees: list[DeliberationIgnoree] = []
    for doc in services.documents.seances_de_l_annee(annee):
        siret = _siret(doc.commune)
        for dd in doc.deliberations:
            try:
                lignes.append(_ligne(doc, dd, siret))
            except ValidationError as exc:
                d = dd.deliberation
                ignorees.append(
                    DeliberationIgnoree(d.reference, d.objet, doc.seance.libelle, exc.message)
                )
    return ExportScdl(annee, tuple(lignes), tuple(ignorees))


def texte_scdl(export: ExportScdl) -> str:
    """CSV text: header line, comma separator, quotes only where needed, CRLF (RFC 4180)."""
    flux = io.StringIO()
    writer = csv.DictWriter(flux, fieldnames=COLONNES, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(export.lignes)
    return flux.getvalue()


def ecrire_scdl(services: Services, annee: int, chemin: Path | str) -> ExportScdl:
    """Write the year's SCDL file (UTF-8, no BOM) and return what was and was not written."""
    export = lignes_scdl(services, annee)
    ecrire_texte(chemin, texte_scdl(export))
    return export


def nom_fichier_scdl(commune: CommuneData, jour: date) -> str:
    """The name SCDL recommends, "AAAAMMJJ_<SIREN>_deliberations.csv", when the SIRET is known."""
    siren = commune.siret[:9] if commune.siret else commune.code_insee
    return f"{jour:%Y%m%d}_{siren}_deliberations.csv"


def _siret(commune: CommuneData) -> str | None:
    """The commune's SIRET if it is valid; None makes every row report why it is missing."""
    if not commune.siret.strip():
        return None
    try:
        return verifier_siret(commune.siret)
    except ValidationError:
        return None


def _ligne(doc: SeanceDocument, dd: DeliberationDocument, siret: str | None) -> dict[str, str]:
    d = dd.deliberation
    if not d.vote_saisi:
        raise ValidationError("le vote n'est pas enregistré")
    if siret is None:
        raise ValidationError(
            "le SIRET de la commune manque ou est faux (onglet Commune) ; il est obligatoire"
        )
    matiere = get_matiere(d.matiere_code) if d.matiere_code else None
    if matiere is None:
        raise ValidationError("la matière (nomenclature ACTES) n'est pas indiquée")
    accuse = d.date_accuse_reception
    # The schema checks VOTE_REEL = POUR + CONTRE + ABSTENTION: the blank and spoilt
    # ballots of a secret vote have no column, so they are not counted there.
    reel = d.pour + d.contre + d.abstentions
    return {
        "COLL_NOM": f"Commune {doc.commune.de_commune}",
        "COLL_SIRET": siret,
        "DELIB_ID": identifiant_prefecture(d.reference),
        "DELIB_DATE": doc.seance.date.isoformat(),
        "DELIB_MATIERE_CODE": matiere.code,
        "DELIB_MATIERE_NOM": matiere.nom_scdl,
        "DELIB_OBJET": d.objet,
        "BUDGET_ANNEE": "",
        "BUDGET_NOM": "",
        "PREF_ID": code_prefecture(doc.commune.code_insee) if accuse else "",
        "PREF_DATE": accuse.isoformat() if accuse else "",
        "VOTE_EFFECTIF": str(dd.comptage.en_exercice),
        "VOTE_REEL": str(reel),
        "VOTE_POUR": str(d.pour),
        "VOTE_CONTRE": str(d.contre),
        "VOTE_ABSTENTION": str(d.abstentions),
        "DELIB_URL": "",
    }
