"""Build the benchmark registers with the app's own services.

A "30-year" register: 5 mandates of 6 years, 150 councillors (29 seats, one
replacement per mandate), 360 séances (12 a year), 5,400 deliberations with full
attendance, a proxy or two per séance and a vote each. Built once, then reused
from the cache folder given by the caller.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import time
from datetime import date, timedelta
from datetime import time as heure
from pathlib import Path

from mairie_app.domain.presences import Presence
from mairie_app.domain.types import Civilite, Fonction, ModeScrutin, Statut
from mairie_app.services.dto import (
    CommuneData,
    ConseillerData,
    SaisieVote,
    SeanceData,
    TextesDeliberation,
)
from mairie_app.services.registre import Services, ouvrir_registre

ANNEE_DEBUT = 1996
MANDATS = 5
ANS_PAR_MANDAT = 6
SIEGES = 29
POINTS_PAR_SEANCE = 15
# Bump when the data built here changes, so the cached register is built again.
VERSION_DONNEES = 2
MATIERES = ["7.1", "7.2", "7.5", "5.3", "5.7", "3.1", "3.2", "4.1", "8.3", "9.1"]
OBJETS = [
    "Budget primitif de la commune",
    "Décision modificative n° {n}",
    "Subvention à l'association des parents d'élèves",
    "Désignation d'un délégué au syndicat intercommunal",
    "Acquisition d'une parcelle rue de la Délibération",
    "Tarifs de la cantine scolaire",
    "Création d'un poste d'adjoint technique",
    "Travaux de voirie : demande de subvention",
    "Convention avec la communauté de communes",
    "Vente d'un terrain communal",
    "Taux des taxes locales",
    "Rapport sur le prix et la qualité du service de l'eau",
    "Règlement intérieur du conseil municipal",
    "Motion de soutien aux agriculteurs",
    "Renouvellement du contrat d'assurance",
]
PRENOMS = ["Anne", "Paul", "Marie", "Jean", "Claire", "Luc", "Sophie", "Marc", "Hélène", "Éric"]


def construire_registre(data_dir: Path, annees: int = MANDATS * ANS_PAR_MANDAT) -> Services:
    """A register of `annees` years; the full 30 years takes a minute or two."""
    rng = random.Random(2024)
    services = ouvrir_registre(data_dir)
    services.conseil.enregistrer_commune(
        CommuneData(
            nom="Bancville", code_insee="59999", population=6_000, departement_nom="Nord",
            departement_liaison=2, arrondissement_nom="Lille", siret="21590146300012",
            tribunal_administratif="Lille", lieu_habituel="en salle du conseil",
        )
    )  # fmt: skip
    for mandat in range(MANDATS):
        debut = date(ANNEE_DEBUT + mandat * ANS_PAR_MANDAT, 1, 5)
        fin = date(debut.year + ANS_PAR_MANDAT, 1, 4)
        if debut.year >= ANNEE_DEBUT + annees:
            break
        membres = []
        for rang in range(SIEGES + 1):
            remplacant = rang == SIEGES
            fonction = (
                Fonction.MAIRE
                if rang == 0
                else (Fonction.ADJOINT if rang <= 8 else Fonction.CONSEILLER)
            )
            c = services.conseil.ajouter_conseiller(
                ConseillerData(
                    civilite=Civilite.MADAME if rang % 2 else Civilite.MONSIEUR,
                    nom=f"NOM{mandat}{rang:02d}",
                    prenom=PRENOMS[rang % len(PRENOMS)],
                    fonction=fonction,
                    rang_adjoint=rang if fonction is Fonction.ADJOINT else None,
                    mandat_debut=date(debut.year + 3, 1, 1) if remplacant else debut,
                    mandat_fin=fin
                    if remplacant or rang != SIEGES - 1
                    else date(debut.year + 2, 12, 31),
                )
            )
            membres.append(c)
        for annee in range(debut.year, min(fin.year + 1, ANNEE_DEBUT + annees)):
            for mois in range(1, 13):
                jour = date(annee, mois, 10)
                if not debut <= jour <= fin:
                    continue
                _seance(services, rng, jour)
    return services


def _seance(services: Services, rng: random.Random, jour: date) -> None:
    seance = services.seances.creer_seance(
        SeanceData(date=jour, heure=heure(19, 0), date_convocation=jour - timedelta(days=6))
    )
    presences = list(seance.presences)
    donneur, titulaire = rng.sample(presences[1:], 2)
    services.seances.modifier_presence(
        seance.id, Presence(donneur.conseiller_id, Statut.EXCUSE, titulaire.conseiller_id)
    )
    absent = rng.choice([p for p in presences[1:] if p not in (donneur, titulaire)])
    services.seances.modifier_presence(seance.id, Presence(absent.conseiller_id, Statut.ABSENT))
    services.seances.definir_secretaires(seance.id, [titulaire.conseiller_id])
    for n in range(POINTS_PAR_SEANCE):
        objet = OBJETS[n].format(n=jour.month) + f" ({jour.year})"
        seance = services.seances.ajouter_point(seance.id, objet)
    for point in seance.points:
        services.deliberations.enregistrer_textes(
            point.id,
            TextesDeliberation(
                reference=point.reference,
                objet=point.objet,
                matiere_code=MATIERES[point.ordre % len(MATIERES)],
                visas="Vu le code général des collectivités territoriales ;",
                considerants="Considérant l'intérêt communal ;",
                dispositif="**Décide** d'approuver la proposition.",
            ),
        )
        votants = services.deliberations.comptage(point.id).votants
        contre = rng.choice([0, 0, 0, 1, 2])
        services.deliberations.enregistrer_vote(
            point.id, SaisieVote(ModeScrutin.MAIN_LEVEE, pour=votants - contre, contre=contre)
        )


def registre_en_cache(cache: Path, annees: int = MANDATS * ANS_PAR_MANDAT) -> Path:
    """The data folder of a register of `annees` years, built once and copied afterwards."""
    modele = cache / f"registre-{annees}-ans-{VERSION_DONNEES}"
    fichier = modele / "registre.sqlite3"
    if not fichier.exists():
        brouillon = cache / f"construction-{annees}"
        shutil.rmtree(brouillon, ignore_errors=True)
        debut = time.perf_counter()
        services = construire_registre(brouillon, annees)
        services.engine.dispose()
        conn = sqlite3.connect(brouillon / "registre.sqlite3")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        shutil.rmtree(modele, ignore_errors=True)
        brouillon.rename(modele)
        print(f"registre de {annees} ans construit en {time.perf_counter() - debut:.0f} s")
    return modele
