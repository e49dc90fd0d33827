"""The procès-verbal of a séance (CGCT L2121-15 as rewritten on 1 July 2022).

It records the date and time, the president, the members present or
represented, the secretaries, the quorum, the agenda, the deliberations and the
reports they rest on, the requests for a particular ballot, the result of each
ballot (with each voter's name for a public ballot) and the substance of the
discussions. It is "arrêté" at the next séance and signed by the maire and the
secretaries.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer

from mairie_app.domain.types import Statut
from mairie_app.domain.wording import date_longue, heure_courte
from mairie_app.pdf import acte
from mairie_app.pdf import formules as f
from mairie_app.pdf.entete import entete_commune
from mairie_app.pdf.styles import (
    construire,
    echapper,
    lignes,
    markup,
    page_sur_total,
    pied_de_page,
    styles,
)
from mairie_app.services.dto import DeliberationDocument, SeanceDocument


def _intertitre(texte: str) -> Paragraph:
    return acte.para(f"<b>{echapper(texte)}</b>", "intertitre")


def presences(doc: SeanceDocument) -> list[Flowable]:
    """Members present, represented (with their proxies), excused, absent; comings and goings."""
    presents = [m.conseiller for m in doc.membres if m.statut is Statut.PRESENT]
    representes = [m for m in doc.membres if m.pouvoir_a is not None]
    excuses = [
        m.conseiller for m in doc.membres if m.statut is Statut.EXCUSE and m.pouvoir_a is None
    ]
    absents = [m.conseiller for m in doc.membres if m.statut is Statut.ABSENT]
    out: list[Flowable] = [
        acte.etiquette(f"Présents ({len(presents)})", f.liste_noms(presents)),
        acte.etiquette(
            f"Représentés ({len(representes)})",
            "; ".join(
                f"{m.conseiller.designation} a donné pouvoir à {m.pouvoir_a.designation}"
                for m in representes
                if m.pouvoir_a is not None
            )
            or f.NEANT,
        ),
        acte.etiquette(f"Absents excusés ({len(excuses)})", f.designations(excuses)),
        acte.etiquette(f"Absents ({len(absents)})", f.designations(absents)),
    ]
    mouvements = []
    for m in doc.membres:
        e = "e" if f.feminin(m.conseiller) else ""
        if m.arrivee_ordre is not None:
            mouvements.append(
                f"{m.conseiller.designation} est arrivé{e} au point {m.arrivee_ordre}"
            )
        if m.depart_ordre is not None:
            mouvements.append(
                f"{m.conseiller.designation} a quitté la séance avant le point {m.depart_ordre}"
            )
    if mouvements:
        out.append(acte.etiquette("Arrivées et départs", " ; ".join(mouvements) + "."))
    return out


def quorum(doc: SeanceDocument) -> list[Flowable]:
    n = doc.comptage_ouverture
    chiffres = (
        f"Conseillers en exercice : {n.en_exercice} ; présents : {n.presents} ; "
        f"représentés : {n.representes} ; votants : {n.votants} ; quorum : {n.quorum}."
    )
    return [acte.libre(n.message_quorum), acte.libre(chiffres)]


def point(doc: SeanceDocument, dd: DeliberationDocument) -> list[Flowable]:
    d, n = dd.deliberation, dd.comptage
    out: list[Flowable] = [_intertitre(f"Point n° {d.ordre} — {d.objet}")]
    out.append(acte.etiquette("Référence", d.reference))
    if dd.rapporteur:
        r = dd.rapporteur
        out.append(
            acte.etiquette(
                "Rapporteur", f"{r.civilite.value} {r.nom_complet}, {r.libelle_fonction}"
            )
        )
    chiffres = f"présents : {n.presents} ; représentés : {n.representes} ; votants : {n.votants}"
    if n.ne_prennent_pas_part:
        chiffres += f" ; ne prenant pas part au vote : {n.ne_prennent_pas_part}"
    out.append(acte.etiquette("Pour ce point", chiffres))
    if d.preambule.strip():
        out.append(acte.para("<b>Rapport :</b>", "ligne"))
        out += [acte.para(markup(ligne)) for ligne in lignes(d.preambule)]
    out.append(acte.para("<b>Débats :</b>", "ligne"))
    debats = lignes(d.debats) or ["Aucune observation."]
    out += [acte.para(markup(ligne)) for ligne in debats]
    for nombre, sorte in ((d.demandes_secret, "secret"), (d.demandes_public, "public nominatif")):
        if nombre > 0:
            membres = "membre a" if nombre == 1 else "membres ont"
            out.append(
                acte.libre(
                    f"Demande de scrutin {sorte} : {nombre} {membres} demandé ce mode de scrutin."
                )
            )
    out.append(acte.etiquette("Mode de scrutin", d.mode_scrutin.libelle))
    out += acte.vote(doc, dd)
    out.append(acte.para(f"<b>Résultat : {echapper(f.resultat_court(dd))}</b>"))
    if d.dispositif.strip():
        out.append(acte.para("<b>Décision :</b>", "ligne"))
        out += [acte.para(markup(ligne)) for ligne in lignes(d.dispositif)]
    return out


def build_proces_verbal(doc: SeanceDocument, out: Path) -> Path:
    """Write the procès-verbal of the séance."""
    c, s = doc.commune, doc.seance
    titre = f"Procès-verbal de la séance du conseil municipal du {date_longue(s.date)}"
    story: list[Flowable] = [entete_commune(c), Spacer(1, 0.8 * cm)]
    story += [
        acte.para("<b>PROCÈS-VERBAL</b>", "titre"),
        acte.libre(f"de la séance du conseil municipal du {date_longue(s.date)}", "sous_titre"),
        acte.libre("(article L2121-15 du code général des collectivités territoriales)", "centre"),
        _intertitre("Ouverture de la séance"),
        acte.libre(f.phrase_ouverture(doc)),
        acte.libre(f"La séance est ouverte à {heure_courte(s.heure)}."),
        _intertitre("Membres présents et représentés"),
        *presences(doc),
        _intertitre(
            "Secrétaires de séance" if len(doc.secretaires) > 1 else "Secrétaire de séance"
        ),
        acte.etiquette(f.libelle_secretaires(doc.secretaires), f.designations(doc.secretaires)),
        _intertitre("Quorum"),
        *quorum(doc),
        _intertitre("Ordre du jour"),
    ]
    if doc.deliberations:
        story += [
            Paragraph(
                echapper(dd.deliberation.objet),
                styles()["puce"],
                bulletText=f"{dd.deliberation.ordre}.",
            )
            for dd in doc.deliberations
        ]
    else:
        story.append(acte.libre("Aucun point n'était inscrit à l'ordre du jour."))
    for dd in doc.deliberations:
        story += point(doc, dd)
    story += [
        Spacer(1, 8),
        acte.libre(f"L'ordre du jour étant épuisé, la séance est levée à {f.BLANC}."),
    ]
    arrete = date_longue(s.date_approbation_pv) if s.date_approbation_pv else f.BLANC
    avant = [
        Spacer(1, 6),
        acte.libre(f"Procès-verbal arrêté lors de la séance du conseil municipal du {arrete}."),
    ]
    story.append(acte.signatures(f.maire(doc), doc.secretaires, avant))
    pied = f"Commune {c.de_commune} — Procès-verbal de la séance du {date_longue(s.date)}"
    return construire(
        out,
        story,
        titre=titre,
        auteur=f"Commune {c.de_commune}",
        sujet="Procès-verbal de séance (article L2121-15 du CGCT)",
        decor=pied_de_page(pied, page_sur_total, f"{pied} (suite)"),
    )
