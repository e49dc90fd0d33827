"""Votes > Corriger cette délibération…: a new deliberation that corrects a voted one.

A voted act is not rewritten: the council votes a correcting deliberation, its
texts copied for her to amend. In an open séance it joins the same agenda (" BIS");
once the séance is closed it is voted at a later séance still open, which she picks.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mairie_app.domain.types import EtatSeance
from mairie_app.gui import actions, messages
from mairie_app.services.dto import DeliberationData, SeanceData
from mairie_app.services.registre import Services

TITRE = "Corriger une délibération"


def peut_corriger(seance: SeanceData | None, d: DeliberationData | None) -> bool:
    """Only a decision that exists can be corrected: a vote recorded, or a closed séance."""
    return seance is not None and d is not None and (seance.cloturee or d.vote_saisi)


def corriger(
    parent: QWidget, services: Services, seance: SeanceData, d: DeliberationData
) -> DeliberationData | None:
    """Ask where the correction is voted, create it; None when cancelled or refused."""
    designation = f"la délibération n° {d.reference} « {d.objet} »"
    cible: int | None = None
    if seance.cloturee:
        suivantes = [
            r
            for r in reversed(services.seances.seances())
            if r.etat is not EtatSeance.CLOTUREE and (r.date, r.heure) > (seance.date, seance.heure)
        ]
        if not suivantes:
            messages.show_error(
                parent,
                f"La {seance.libelle.lower()} est clôturée : la délibération rectificative doit "
                "être votée lors d'une séance suivante, pas encore clôturée. Créez d'abord cette "
                "séance (onglet Séances, « Nouvelle séance »), puis recommencez.",
                TITRE,
            )
            return None
        index = messages.ask_choice(
            parent,
            TITRE,
            f"La {seance.libelle.lower()} est clôturée. {designation[0].upper()}"
            f"{designation[1:]} sera corrigée par une nouvelle délibération, ses textes "
            "recopiés pour que vous les corrigiez.\nÀ quelle séance sera-t-elle votée ?",
            [f"Séance {r.libelle}" for r in suivantes],
        )
        if index is None:
            return None
        cible = suivantes[index].id
    elif not messages.confirm(
        parent,
        f"Créer une délibération rectificative de {designation} ?\n\nElle est ajoutée à "
        "l'ordre du jour de cette séance (référence « BIS »), ses textes recopiés pour que "
        "vous les corrigiez ; il faudra ensuite saisir son vote.",
        TITRE,
    ):
        return None
    result = actions.tenter(
        parent, lambda: services.cloture.corriger(d.id, cible), "Correction impossible"
    )
    return result.valeur if result.ok else None
