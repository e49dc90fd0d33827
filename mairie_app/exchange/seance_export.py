"""Writing one séance as a JSON file (format "mairie_app/seance", version 1).

Everything comes from DocumentsService.seance_document, the same figures the acts
print, so a file and the paper never disagree. Members are written by civilité,
name and first name, never by database id, so the file means the same thing in
another register. The layout is described in docs/seance-format.md.
"""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path
from typing import Any

from mairie_app import __version__
from mairie_app.exchange.fichiers import ecrire_texte
from mairie_app.exchange.seance_format import (
    COMPTES,
    DATES_SUIVI,
    FORMAT,
    TEXTES_DELIBERATION,
    VERSION,
)
from mairie_app.services.dto import (
    CommuneData,
    ConseillerData,
    DeliberationDocument,
    SeanceDocument,
)
from mairie_app.services.registre import Services

_CHAMPS_COMMUNE = (
    "code_insee", "nom", "population", "type_liaison", "departement_nom",
    "departement_liaison", "arrondissement_nom", "arrondissement_liaison",
    "effectif_legal_override", "siret", "adresse", "mode_publication",
    "tribunal_administratif", "format_reference", "lieu_habituel",
)  # fmt: skip


def exporter_seance(services: Services, seance_id: int) -> dict[str, Any]:
    """The séance as the JSON-ready dictionary of the file format."""
    doc = services.documents.seance_document(seance_id)
    tous = {c.id: c for c in services.conseil.conseillers()}
    corriges = {
        d.deliberation.corrige_id: services.deliberations.deliberation(
            d.deliberation.corrige_id
        ).reference
        for d in doc.deliberations
        if d.deliberation.corrige_id is not None
    }
    return {
        "format": FORMAT,
        "version": VERSION,
        "application": f"mairie-app {__version__}",
        "commune": _commune(doc.commune),
        "conseillers": [_conseiller(c) for c in _concernes(doc, tous)],
        "seance": _seance(doc, tous),
        "deliberations": [_deliberation(d, tous, corriges) for d in doc.deliberations],
    }


def texte_seance(services: Services, seance_id: int) -> str:
    """The file's text: indented UTF-8 JSON, accents kept, stable key order."""
    return json.dumps(exporter_seance(services, seance_id), ensure_ascii=False, indent=2) + "\n"


def ecrire_seance(services: Services, seance_id: int, chemin: Path | str) -> Path:
    """Export a séance to `chemin` (written whole or not at all)."""
    return ecrire_texte(chemin, texte_seance(services, seance_id))


def _ref(c: ConseillerData) -> dict[str, str]:
    return {"civilite": c.civilite.value, "nom": c.nom, "prenom": c.prenom}


def _ref_id(tous: dict[int, ConseillerData], cid: int | None) -> dict[str, str] | None:
    return _ref(tous[cid]) if cid is not None else None


def _iso(valeur: date | None) -> str | None:
    return valeur.isoformat() if valeur is not None else None


def _heure(valeur: time) -> str:
    return valeur.isoformat(timespec="seconds" if valeur.second else "minutes")


def _commune(c: CommuneData) -> dict[str, Any]:
    data: dict[str, Any] = {name: getattr(c, name) for name in _CHAMPS_COMMUNE}
    data["mode_publication"] = c.mode_publication.value
    return data


def _concernes(doc: SeanceDocument, tous: dict[int, ConseillerData]) -> list[ConseillerData]:
    """Members in office that day, plus anyone else the séance names (a former rapporteur)."""
    ids = {m.conseiller.id for m in doc.membres}
    autres = {doc.seance.president_id, *doc.seance.secretaire_ids}
    for d in doc.deliberations:
        delib = d.deliberation
        autres |= {delib.rapporteur_id, *delib.non_participant_ids, *delib.choix_nominatifs}
    ids |= {i for i in autres if i is not None}
    return sorted((tous[i] for i in ids), key=lambda c: c.rang_tableau)


def _conseiller(c: ConseillerData) -> dict[str, Any]:
    return {
        **_ref(c),
        "fonction": c.fonction.value,
        "rang_adjoint": c.rang_adjoint,
        "mandat_debut": c.mandat_debut.isoformat(),
        "mandat_fin": _iso(c.mandat_fin),
    }


def _seance(doc: SeanceDocument, tous: dict[int, ConseillerData]) -> dict[str, Any]:
    s = doc.seance
    return {
        "date": s.date.isoformat(),
        "heure": _heure(s.heure),
        "numero": s.numero,
        "lieu": s.lieu,
        "nature": s.nature.value,
        "urgence": s.urgence,
        "seconde_convocation": s.seconde_convocation,
        "date_convocation": _iso(s.date_convocation),
        "date_affichage_convocation": _iso(s.date_affichage_convocation),
        "president": _ref_id(tous, s.president_id),
        "etat": s.etat.value,
        "date_approbation_pv": _iso(s.date_approbation_pv),
        "secretaires": [_ref(tous[i]) for i in s.secretaire_ids],
        "presences": [
            {
                "membre": _ref(m.conseiller),
                "statut": m.statut.value,
                "pouvoir_a": _ref(m.pouvoir_a) if m.pouvoir_a else None,
                "arrivee_ordre": m.arrivee_ordre,
                "depart_ordre": m.depart_ordre,
            }
            for m in doc.membres
        ],
    }


def _deliberation(
    d: DeliberationDocument, tous: dict[int, ConseillerData], corriges: dict[int, str]
) -> dict[str, Any]:
    delib = d.deliberation
    data: dict[str, Any] = {
        "ordre": delib.ordre,
        "reference": delib.reference,
        "objet": delib.objet,
        "matiere_code": delib.matiere_code,
        "rapporteur": _ref_id(tous, delib.rapporteur_id),
    }
    data.update({cle: getattr(delib, cle) for cle in TEXTES_DELIBERATION})
    data["vote"] = _vote(d, tous) if delib.vote_saisi else None
    data["resultat"] = delib.resultat.value if delib.resultat else None
    data.update({cle: _iso(getattr(delib, cle)) for cle in DATES_SUIVI})
    data["identifiant_accuse"] = delib.identifiant_accuse
    data["corrige"] = corriges.get(delib.corrige_id) if delib.corrige_id else None
    return data


def _vote(d: DeliberationDocument, tous: dict[int, ConseillerData]) -> dict[str, Any]:
    delib = d.deliberation
    data: dict[str, Any] = {"mode": delib.mode_scrutin.value}
    data.update({cle: getattr(delib, cle) for cle in COMPTES})
    data["voix_president"] = delib.voix_president.value if delib.voix_president else None
    data["demandes_secret"] = delib.demandes_secret
    data["demandes_public"] = delib.demandes_public
    data["non_participants"] = [_ref(c) for c in d.non_participants]
    data["choix"] = [{"membre": _ref(c), "choix": choix.value} for c, choix in d.votes_nominatifs]
    return data
