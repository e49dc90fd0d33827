"""The convocation letter to the councillors (CGCT L2121-10 to L2121-12).

It states the date, time and place of the séance and its agenda; it is sent
by electronic means unless a member asks for paper, and displayed or published.
A reminder of the written proxy (L2121-20) and a proxy form close the letter.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from mairie_app.domain.types import NatureSeance
from mairie_app.domain.wording import date_avec_jour, date_longue, heure_courte
from mairie_app.pdf import acte
from mairie_app.pdf import formules as f
from mairie_app.pdf.entete import entete_commune
from mairie_app.pdf.styles import (
    LARGEUR_UTILE,
    TRAIT,
    construire,
    echapper,
    insecable,
    page_sur_total,
    pied_de_page,
    style_tableau,
    styles,
)
from mairie_app.services.dto import SeanceDocument

ARTICLE_DELAI = "L2121-12"
ARTICLE_DELAI_PETITE = "L2121-11"


def _article_delai(doc: SeanceDocument) -> str:
    return ARTICLE_DELAI if doc.commune.population >= 3500 else ARTICLE_DELAI_PETITE


def phrase_convocation(doc: SeanceDocument) -> str:
    s = doc.seance
    nature = "extraordinaire" if s.nature is NatureSeance.EXTRAORDINAIRE else "ordinaire"
    lieu = (s.lieu or doc.commune.lieu_habituel or f.LIEU_PAR_DEFAUT).strip()
    return (
        f"Le Maire a l'honneur de vous convoquer à la séance {nature} du conseil municipal "
        f"qui aura lieu le {insecable(date_avec_jour(s.date))} à "
        f"{insecable(heure_courte(s.heure))}, {lieu}."
    )


def _pouvoir(doc: SeanceDocument) -> KeepTogether:
    """A proxy form the member can fill in, cut out and hand to a colleague."""
    s = doc.seance
    texte = [
        acte.para("<b>POUVOIR</b> (article L2121-20 du CGCT)", "centre"),
        acte.libre(
            f"Je soussigné(e) {f.BLANC}{f.BLANC}, conseiller(ère) municipal(e), donne pouvoir "
            f"à {f.BLANC}{f.BLANC} de voter en mon nom lors de la séance du conseil municipal "
            f"du {date_longue(s.date)}."
        ),
        acte.libre(f"Fait à {f.BLANC}, le {f.BLANC}        Signature :"),
        Spacer(1, 1.2 * cm),
    ]
    table = Table([[texte]], colWidths=[LARGEUR_UTILE])
    table.setStyle(
        style_tableau(
            ("BOX", (0, 0), (-1, -1), 0.6, TRAIT, None, (3, 3)),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
        )
    )
    return KeepTogether([Spacer(1, 12), table])


def build_convocation(doc: SeanceDocument, out: Path, date_envoi: date | None = None) -> Path:
    """Write the convocation; `date_envoi` defaults to the séance's convocation date."""
    c, s = doc.commune, doc.seance
    envoi = date_envoi or s.date_convocation or s.date
    droite = [acte.libre(f"{c.nom}, le {date_longue(envoi)}", "droite")]
    story: list[Flowable] = [entete_commune(c, droite, adresse=True), Spacer(1, 0.6 * cm)]
    story += [
        acte.libre("Mesdames et Messieurs les conseillers municipaux", "droite"),
        Spacer(1, 0.6 * cm),
        acte.para("<b>CONVOCATION</b>", "titre"),
        acte.libre(f"au conseil municipal du {date_avec_jour(s.date)}", "sous_titre"),
        acte.libre("Madame, Monsieur,"),
        acte.libre(phrase_convocation(doc)),
    ]
    if s.seconde_convocation:
        story.append(
            acte.libre(
                "Le quorum n'ayant pas été atteint lors de la précédente réunion, le conseil "
                "municipal délibérera valablement sans condition de quorum (article L2121-17 "
                "du code général des collectivités territoriales)."
            )
        )
    if s.urgence:
        story.append(
            acte.libre(
                "En raison de l'urgence, le délai de convocation est ramené à un jour franc "
                f"(article {_article_delai(doc)} du code général des collectivités territoriales). "
                "Le Maire en rendra compte dès l'ouverture de la séance et le conseil municipal "
                "se prononcera sur l'urgence."
            )
        )
    story.append(acte.para("<b>Ordre du jour :</b>", "intertitre"))
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
        story.append(acte.libre("(ordre du jour à compléter)"))
    story += [
        Spacer(1, 6),
        acte.libre(
            "Conformément à l'article L2121-10 du code général des collectivités territoriales, "
            "la présente convocation vous est adressée par voie dématérialisée, sauf si vous "
            "avez demandé à la recevoir par écrit à votre domicile ou à une autre adresse. "
            "Elle est mentionnée au registre des délibérations, affichée ou publiée."
        ),
        acte.libre(
            "Si vous ne pouvez pas assister à la séance, vous pouvez donner à un collègue de "
            "votre choix un pouvoir écrit de voter en votre nom. Un même conseiller ne peut "
            "être porteur que d'un seul pouvoir (article L2121-20 du code général des "
            "collectivités territoriales)."
        ),
        acte.libre(
            "Veuillez agréer, Madame, Monsieur, l'expression de ses salutations distinguées."
        ),
    ]
    story.append(acte.signatures(f.maire(doc), ()))
    story.append(_pouvoir(doc))
    pied = f"Commune {c.de_commune} — Convocation au conseil municipal du {date_longue(s.date)}"
    return construire(
        out,
        story,
        titre=f"Convocation au conseil municipal du {date_longue(s.date)}",
        auteur=f"Commune {c.de_commune}",
        sujet="Convocation des conseillers municipaux (articles L2121-10 à L2121-12 du CGCT)",
        decor=pied_de_page(pied, page_sur_total, f"{pied} (suite)"),
    )
