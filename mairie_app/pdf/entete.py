"""Blocks shared by the lists, the minutes and the letters: commune header, tables."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Table

from mairie_app.pdf.acte import libre, para
from mairie_app.pdf.styles import LARGEUR_UTILE, TRAIT, echapper, style_tableau
from mairie_app.services.dto import CommuneData

FOND_ENTETE = colors.HexColor("#e8e8e8")


def bloc_commune(commune: CommuneData, adresse: bool = False) -> list[Paragraph]:
    """ "DÉPARTEMENT DU NORD / ARRONDISSEMENT DE LILLE / COMMUNE DE CHÉRENG"."""
    lignes = []
    if commune.departement_nom:
        lignes.append(f"DÉPARTEMENT {commune.de_departement.upper()}")
    if commune.arrondissement_nom:
        lignes.append(f"ARRONDISSEMENT {commune.de_arrondissement.upper()}")
    out = [para("<br/>".join(echapper(ligne) for ligne in lignes), "case")] if lignes else []
    nom = f"COMMUNE {commune.de_commune.upper()}"
    out.append(para(f"<b>{echapper(nom)}</b>", "gauche"))
    if adresse and commune.adresse.strip():
        texte = "<br/>".join(echapper(x) for x in commune.adresse.splitlines() if x.strip())
        out.append(para(texte, "case"))
    return out


def entete_commune(
    commune: CommuneData, droite: Sequence[Flowable] = (), adresse: bool = False
) -> Table:
    """The commune on the top left, anything (a date, a mention) on the top right."""
    gauche = bloc_commune(commune, adresse)
    largeur = 8.5 * cm
    table = Table([[gauche, list(droite) or ""]], colWidths=[largeur, LARGEUR_UTILE - largeur])
    table.setStyle(
        style_tableau(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        )
    )
    return table


def tableau(
    entetes: Sequence[str],
    lignes: Sequence[Sequence[str | Flowable]],
    largeurs: Sequence[float],
) -> Table:
    """A ruled table whose header row repeats on each page; text cells wrap."""

    def cellule(v: str | Flowable, style: str) -> Flowable:
        return libre(v, style) if isinstance(v, str) else v

    donnees = [[cellule(e, "tableau_entete") for e in entetes]]
    donnees += [[cellule(v, "tableau") for v in ligne] for ligne in lignes]
    table = Table(donnees, colWidths=list(largeurs), repeatRows=1)
    table.setStyle(
        style_tableau(
            ("GRID", (0, 0), (-1, -1), 0.4, TRAIT),
            ("BACKGROUND", (0, 0), (-1, 0), FOND_ENTETE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        )
    )
    return table
