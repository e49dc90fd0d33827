"""The demo séance: Chéreng, 12 February 2024, as its signed extrait records it.

It is typed through the same services as the window, so loading it also
proves that the reference act passes every legal check.
"""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from mairie_app.domain.presences import Presence
from mairie_app.domain.types import Civilite, Fonction, ModePublication, ModeScrutin, Statut
from mairie_app.errors import ValidationError
from mairie_app.paths import resources_dir
from mairie_app.services.cloture_service import ClotureService
from mairie_app.services.conseil_service import ConseilService
from mairie_app.services.deliberation_service import DeliberationService
from mairie_app.services.dto import (
    CommuneData,
    ConseillerData,
    SaisieVote,
    SeanceData,
    TextesDeliberation,
)
from mairie_app.services.seance_service import SeanceService


def demo_file() -> Path:
    return resources_dir() / "demo" / "chereng-2024-02-12.json"


def _seance_deja_chargee(conseil: ConseilService, seances: SeanceService, data: dict) -> int | None:
    """The demo's séance id when it is already there; refuse any other register."""
    commune = conseil.commune()
    if commune is None and not conseil.conseillers():
        return None
    jour = date.fromisoformat(data["seance"]["date"])
    if commune is not None and commune.code_insee == data["commune"]["code_insee"]:
        for resume in seances.seances(annee=jour.year):
            if resume.date == jour:
                return resume.id
    raise ValidationError(
        "Démonstration : ce registre contient déjà d'autres données ; elle ne se charge "
        "que dans un registre vide (utilisez --data-dir avec un dossier neuf)."
    )


def charger_demo(sessions: sessionmaker[Session], cloturer: bool = True) -> int:
    """Load the demo into an empty register and return the séance id.

    The séance is closed, as its signed reference act is (cloturer=False keeps
    it open, for tests that modify it). Loading it again is a no-op, so
    `mairie-app demo` can be run twice; an existing demo is left as it is,
    even re-opened, since re-opening is a recorded, deliberate act.
    """
    conseil = ConseilService(sessions)
    seances = SeanceService(sessions)
    deliberations = DeliberationService(sessions)
    data = json.loads(demo_file().read_text(encoding="utf-8"))
    existing = _seance_deja_chargee(conseil, seances, data)
    if existing is not None:
        return existing
    c = data["commune"]
    conseil.enregistrer_commune(
        CommuneData(**{**c, "mode_publication": ModePublication(c["mode_publication"])})
    )
    debut = date.fromisoformat(data["mandat_debut"])
    ids: dict[str, int] = {}
    for m in data["conseillers"]:
        row = conseil.ajouter_conseiller(
            ConseillerData(
                civilite=Civilite(m["civilite"]),
                nom=m["nom"],
                prenom=m["prenom"],
                fonction=Fonction(m["fonction"]),
                mandat_debut=debut,
            )
        )
        ids[m["nom"]] = row.id

    s = data["seance"]
    seance = seances.creer_seance(
        SeanceData(
            date=date.fromisoformat(s["date"]),
            heure=time.fromisoformat(s["heure"]),
            date_convocation=date.fromisoformat(s["date_convocation"]),
            date_affichage_convocation=date.fromisoformat(s["date_affichage_convocation"]),
            president_id=ids[s["president"]],
        )
    )
    for giver, holder in s["excuses"].items():
        seances.modifier_presence(
            seance.id, Presence(ids[giver], Statut.EXCUSE, pouvoir_a=ids[holder])
        )
    seances.definir_secretaires(seance.id, [ids[n] for n in s["secretaires"]])

    for d in data["deliberations"]:
        seance = seances.ajouter_point(seance.id, d["objet"])
        point = seance.points[-1]
        deliberations.enregistrer_textes(
            point.id,
            TextesDeliberation(
                reference=point.reference,
                objet=d["objet"],
                matiere_code=d["matiere_code"],
                rapporteur_id=ids[d["rapporteur"]],
                preambule=d["preambule"],
                visas=d["visas"],
                considerants=d["considerants"],
                dispositif=d["dispositif"],
                annexes=d["annexes"],
            ),
        )
        v = d["vote"]
        deliberations.enregistrer_vote(
            point.id,
            SaisieVote(
                mode=ModeScrutin(v["mode"]),
                pour=v["pour"],
                contre=v["contre"],
                abstentions=v["abstentions"],
            ),
        )
    if cloturer:
        ClotureService(sessions).cloturer(seance.id)
    return seance.id
