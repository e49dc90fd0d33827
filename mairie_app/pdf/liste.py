"""The list of deliberations examined at a séance (CGCT L2121-25).

Displayed at the mairie and put online within one week of the séance: the
date of the séance, the objet of every deliberation and whether it was adopted
or rejected; the vote figures are optional.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from mairie_app.domain.wording import date_longue, heure_courte
from mairie_app.pdf import acte
from mairie_app.pdf import formules as f
from mairie_app.pdf.entete import entete_commune, tableau
from mairie_app.pdf.styles import (
    LARGEUR_UTILE,
    construire,
    insecable,
    page_sur_total,
    pied_de_page,
)
from mairie_app.services.dto import SeanceDocument


def titre_liste(doc: SeanceDocument, colle: bool = False) -> str:
    """The title; `colle` keeps the date on one line when it is printed."""
    jour = date_longue(doc.seance.date)
    return (
        "Liste des délibérations examinées en séance du conseil municipal du "
        f"{insecable(jour) if colle else jour}"
    )


def build_liste(doc: SeanceDocument, out: Path, avec_votes: bool = False) -> Path:
    """Write the list of the séance's deliberations, with the vote figures if asked."""
    c, s = doc.commune, doc.seance
    story: list[Flowable] = [entete_commune(c), Spacer(1, 0.8 * cm)]
    story.append(acte.libre(titre_liste(doc, colle=True), "titre"))
    story.append(
        acte.libre(
            "(article L2121-25 du code général des collectivités territoriales)", "sous_titre"
        )
    )
    pres = f.president(doc)
    n = doc.comptage_ouverture
    resume = f"Séance n° {s.numero} de l'année {s.annee}, ouverte à {heure_courte(s.heure)}"
    if pres:
        resume += f" sous la présidence de {f.nom_officiel(pres)}"
    resume += (
        f". Conseillers en exercice : {n.en_exercice} ; présents : {n.presents} ; "
        f"représentés : {n.representes}."
    )
    story += [acte.libre(resume), Spacer(1, 6)]

    entetes = ["N° d'ordre", "Référence", "Objet", "Résultat"]
    largeurs = [1.8 * cm, 2.6 * cm]
    lignes = []
    for dd in doc.deliberations:
        d = dd.deliberation
        ligne = [str(d.ordre), d.reference, d.objet, f.resultat_court(dd)]
        if avec_votes:
            vote = dd.issue is not None and d.vote_saisi
            ligne += [str(d.pour), str(d.contre), str(d.abstentions)] if vote else ["", "", ""]
        lignes.append(ligne)
    if avec_votes:
        entetes += ["Pour", "Contre", "Abst."]
        largeurs += [LARGEUR_UTILE - 4.4 * cm - 2.8 * cm - 3 * 1.6 * cm, 2.8 * cm]
        largeurs += [1.6 * cm] * 3
    else:
        largeurs += [LARGEUR_UTILE - 4.4 * cm - 4.4 * cm, 4.4 * cm]
    if lignes:
        story.append(tableau(entetes, lignes, largeurs))
    else:
        story.append(acte.libre("Aucune délibération n'a été examinée au cours de cette séance."))

    avant = [
        Spacer(1, 12),
        acte.libre(f"Affichée à la porte de la Mairie le : {f.BLANC}"),
        acte.libre(f"Mise en ligne sur le site internet de la commune le : {f.BLANC}"),
        Spacer(1, 4),
        acte.libre(f"Fait à {c.nom}, le {f.BLANC}"),
    ]
    story.append(acte.signatures(f.maire(doc), (), avant))
    pied = f"Commune {c.de_commune} — Liste des délibérations du {date_longue(s.date)}"
    return construire(
        out,
        story,
        titre=titre_liste(doc),
        auteur=f"Commune {c.de_commune}",
        sujet="Liste des délibérations (article L2121-25 du CGCT)",
        decor=pied_de_page(pied, page_sur_total, f"{pied} (suite)"),
    )
