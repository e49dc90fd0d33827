"""Model rows to plain data: the one place that knows both shapes."""

from __future__ import annotations

from mairie_app.db import models as m
from mairie_app.domain.presences import Presence
from mairie_app.services.dto import (
    CommuneData,
    ConseillerData,
    DeliberationData,
    PointData,
    SeanceData,
)


def commune_data(row: m.Commune) -> CommuneData:
    return CommuneData(
        id=row.id,
        nom=row.nom,
        code_insee=row.code_insee,
        population=row.population,
        type_liaison=row.type_liaison,
        departement_nom=row.departement_nom,
        departement_liaison=row.departement_liaison,
        arrondissement_nom=row.arrondissement_nom,
        arrondissement_liaison=row.arrondissement_liaison,
        effectif_legal_override=row.effectif_legal_override,
        siret=row.siret,
        adresse=row.adresse,
        mode_publication=row.mode_publication,
        tribunal_administratif=row.tribunal_administratif,
        format_reference=row.format_reference,
        lieu_habituel=row.lieu_habituel,
    )


def conseiller_data(row: m.Conseiller) -> ConseillerData:
    return ConseillerData(
        id=row.id,
        civilite=row.civilite,
        nom=row.nom,
        prenom=row.prenom,
        fonction=row.fonction,
        rang_adjoint=row.rang_adjoint,
        rang_tableau=row.rang_tableau,
        mandat_debut=row.mandat_debut,
        mandat_fin=row.mandat_fin,
    )


def presence(row: m.Presence) -> Presence:
    return Presence(
        conseiller_id=row.conseiller_id,
        statut=row.statut,
        pouvoir_a=row.pouvoir_a_id,
        arrivee_ordre=row.arrivee_ordre,
        depart_ordre=row.depart_ordre,
    )


def seance_data(row: m.Seance, rang: dict[int, int] | None = None) -> SeanceData:
    """rang orders the attendance sheet by the ordre du tableau."""
    presences = sorted(
        (presence(p) for p in row.presences),
        key=lambda p: (rang or {}).get(p.conseiller_id, p.conseiller_id),
    )
    return SeanceData(
        id=row.id,
        annee=row.annee,
        numero=row.numero,
        date=row.date,
        heure=row.heure,
        lieu=row.lieu,
        nature=row.nature,
        urgence=row.urgence,
        seconde_convocation=row.seconde_convocation,
        date_convocation=row.date_convocation,
        date_affichage_convocation=row.date_affichage_convocation,
        president_id=row.president_id,
        etat=row.etat,
        date_approbation_pv=row.date_approbation_pv,
        secretaire_ids=tuple(s.conseiller_id for s in row.secretaires),
        points=tuple(
            PointData(d.id, d.ordre, d.objet, d.reference, d.vote_saisi, d.resultat)
            for d in row.deliberations
        ),
        presences=tuple(presences),
    )


def deliberation_data(row: m.Deliberation) -> DeliberationData:
    return DeliberationData(
        id=row.id,
        seance_id=row.seance_id,
        ordre=row.ordre,
        reference=row.reference,
        objet=row.objet,
        matiere_code=row.matiere_code,
        rapporteur_id=row.rapporteur_id,
        preambule=row.preambule,
        visas=row.visas,
        considerants=row.considerants,
        dispositif=row.dispositif,
        annexes=row.annexes,
        debats=row.debats,
        mode_scrutin=row.mode_scrutin,
        demandes_secret=row.demandes_secret,
        demandes_public=row.demandes_public,
        vote_saisi=row.vote_saisi,
        pour=row.pour,
        contre=row.contre,
        abstentions=row.abstentions,
        blancs=row.blancs,
        nuls=row.nuls,
        voix_president=row.voix_president,
        resultat=row.resultat,
        non_participant_ids=tuple(sorted(n.conseiller_id for n in row.non_participants)),
        choix_nominatifs={v.conseiller_id: v.choix for v in row.votes_nominatifs},
        date_affichage=row.date_affichage,
        date_transmission=row.date_transmission,
        date_accuse_reception=row.date_accuse_reception,
        identifiant_accuse=row.identifiant_accuse,
        corrige_id=row.corrige_id,
    )
