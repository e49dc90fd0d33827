"""The body of a deliberation, shared by the extrait and the register sheets.

Each function returns Platypus flowables built from a SeanceDocument and one
of its DeliberationDocuments; nothing here queries or decides, it only lays out
the sentences of formules.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from mairie_app.domain.wording import date_longue
from mairie_app.pdf import formules as f
from mairie_app.pdf.styles import (
    HAUTEUR_UTILE,
    LARGEUR_UTILE,
    TRAIT,
    echapper,
    lignes,
    markup,
    markup_visa,
    style_tableau,
    styles,
)
from mairie_app.services.dto import ConseillerData, DeliberationDocument, SeanceDocument

LARGEUR_CARTOUCHE = 5.4 * cm
ESPACE_SIGNATURE = 2.6 * cm


def para(texte: str, style: str = "corps") -> Paragraph:
    """A paragraph of already-escaped ReportLab markup."""
    return Paragraph(texte, styles()[style])


def libre(texte: str, style: str = "corps") -> Paragraph:
    """A paragraph of plain text (escaped here)."""
    return para(echapper(texte), style)


def etiquette(libelle: str, texte: str, style: str = "corps") -> Paragraph:
    """ "<b>Présents</b> : MM. …" with the text escaped."""
    return para(f"<b>{echapper(libelle)}</b> : {echapper(texte)}", style)


# --- the box on the left ------------------------------------------------------
def cartouche(doc: SeanceDocument, dd: DeliberationDocument) -> Table:
    """Department, objet, reference, dates and the figures of the item, boxed."""
    c, s, d, n = doc.commune, doc.seance, dd.deliberation, dd.comptage
    b = echapper

    def case(*textes: str, centre: bool = False) -> list[Paragraph]:
        style = "case_centre" if centre else "case"
        return [para("<br/>".join(textes), style)]

    def date_case(jour) -> str:
        return b(date_longue(jour)) if jour else "—"

    lignes_ = [
        case(f"<b>DÉPARTEMENT {b(c.de_departement.upper())}</b>", centre=True),
        case("<b>ARRONDISSEMENT</b>", b(c.de_arrondissement), centre=True),
        case("<b>Objet :</b>", f"<b>{b(d.objet)}</b>"),
        case("<b>Référence :</b>", b(d.reference)),
    ]
    if d.matiere_code:
        libelle = (
            f"{d.matiere_code} – {dd.matiere_libelle}" if dd.matiere_libelle else d.matiere_code
        )
        lignes_.append(case("<b>Matière (ACTES) :</b>", b(libelle)))
    lignes_ += [
        case("<b>DATE DE CONVOCATION</b>", date_case(s.date_convocation)),
        case("<b>DATE D'AFFICHAGE</b> de la convocation", date_case(s.date_affichage_convocation)),
        case(f"<b>EFFECTIF LÉGAL DU CONSEIL MUNICIPAL : {c.effectif_legal}</b>"),
    ]
    chiffres = [
        "<b>NOMBRE DE CONSEILLERS</b>",
        f"EN EXERCICE : {n.en_exercice}",
        f"PRÉSENTS : {n.presents}",
        f"VOTANTS : {n.votants}",
    ]
    if n.ne_prennent_pas_part:
        chiffres.append(f"NE PRENANT PAS PART AU VOTE : {n.ne_prennent_pas_part}")
    lignes_.append(case(*chiffres))
    table = Table(lignes_, colWidths=[LARGEUR_CARTOUCHE])
    table.setStyle(
        style_tableau(
            ("BOX", (0, 0), (-1, -1), 0.8, TRAIT),
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, TRAIT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        )
    )
    return table


# --- opening and attendance ----------------------------------------------------
def ouverture(doc: SeanceDocument) -> list[Flowable]:
    return [libre(f.phrase_ouverture(doc)), Spacer(1, 2)]


def assistance(doc: SeanceDocument, dd: DeliberationDocument) -> list[Flowable]:
    """Présents, absents excusés with their proxies, absents, secretaries of one item."""
    a = f.assistance(doc, dd.deliberation.ordre, dd.comptage)
    out: list[Flowable] = [etiquette(a.libelle_presents(), f.liste_noms(a.presents))]
    if a.excuses:
        out.append(para(f"<b>{echapper(a.libelle_excuses())} :</b>", "ligne"))
        out += [libre(texte, "retrait") for _, texte in a.excuses]
        out.append(Spacer(1, 3))
    else:
        out.append(etiquette(a.libelle_excuses(), f.NEANT))
    absents = ", ".join(texte for _, texte in a.absents) or f.NEANT
    out.append(etiquette(a.libelle_absents(), absents))
    out.append(etiquette(f.libelle_secretaires(doc.secretaires), f.designations(doc.secretaires)))
    return out


def entete(
    doc: SeanceDocument, dd: DeliberationDocument, titre: Sequence[Flowable]
) -> list[Flowable]:
    """The box on the left; title, opening and attendance on the right.

    When the right column would not fit on one page (a very large council), the
    attendance moves under the two columns instead of breaking the layout.
    """
    largeur = LARGEUR_UTILE - LARGEUR_CARTOUCHE - 0.5 * cm
    droite = [*titre, *ouverture(doc)]
    presence = assistance(doc, dd)
    hauteur = sum(fl.wrap(largeur, HAUTEUR_UTILE)[1] + 6 for fl in [*droite, *presence])
    suite: list[Flowable] = []
    if hauteur < HAUTEUR_UTILE * 0.8:
        droite += presence
    else:
        suite = presence
    table = Table(
        [[cartouche(doc, dd), droite]],
        colWidths=[LARGEUR_CARTOUCHE + 0.5 * cm, largeur],
    )
    table.setStyle(
        style_tableau(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        )
    )
    return [table, Spacer(1, 8), *suite]


# --- body --------------------------------------------------------------------
def corps(doc: SeanceDocument, dd: DeliberationDocument) -> list[Flowable]:
    """From the preamble to "Ainsi fait et délibéré"."""
    d = dd.deliberation
    out: list[Flowable] = []
    if d.preambule.strip():
        out.append(para("<b>Préambule</b>", "intertitre"))
        out += [para(markup(ligne)) for ligne in lignes(d.preambule)]
        out.append(Spacer(1, 4))
    out += [para(markup_visa(ligne)) for ligne in lignes(d.visas)]
    if d.visas.strip():
        out.append(Spacer(1, 4))
    out += [para(markup_visa(ligne)) for ligne in lignes(d.considerants)]
    out.append(Spacer(1, 4))
    out.append(para(f"<b>{echapper(f.proposition(dd))}</b>"))
    out += vote(doc, dd)
    out += [para(markup(ligne)) for ligne in lignes(d.dispositif)]
    out += annexes(dd)
    out.append(Spacer(1, 6))
    out.append(libre("Ainsi fait et délibéré en séance, les jour, mois et an susdits."))
    return out


def vote(doc: SeanceDocument, dd: DeliberationDocument) -> list[Flowable]:
    texte = f.texte_vote(doc, dd)
    out: list[Flowable] = [para(f"<b>{echapper(texte.introduction)}</b>")]
    out += [libre(ligne, "retrait") for ligne in texte.lignes]
    out.append(Spacer(1, 5))
    for ligne in texte.conclusion:
        gras = ligne.startswith(("La proposition", "Les voix"))
        out.append(para(f"<b>{echapper(ligne)}</b>" if gras else echapper(ligne)))
    return out


def annexes(dd: DeliberationDocument) -> list[Flowable]:
    items = lignes(dd.deliberation.annexes)
    if not items:
        return []
    libelle = "Annexes :" if len(items) > 1 else "Annexe :"
    out: list[Flowable] = [Spacer(1, 4), para(f"<b>{libelle}</b>", "ligne")]
    out += [
        Paragraph(markup(item.lstrip("-–• ")), styles()["puce"], bulletText="–") for item in items
    ]
    return out


# --- signatures and mentions ---------------------------------------------------
def bloc_signature(titre: str, noms: Sequence[str], legende: str) -> list[list[Flowable]]:
    """Three cells of one column: who signs, the blank for the signature, its caption."""
    return [
        [libre(titre, "signature"), *[libre(nom, "signature") for nom in noms]],
        [Spacer(1, ESPACE_SIGNATURE)],
        [libre(legende, "petit_centre")],
    ]


def signatures(
    maire: ConseillerData | None,
    secretaires: Sequence[ConseillerData],
    avant: Sequence[Flowable] = (),
    titre_maire: str = "Le Maire,",
) -> KeepTogether:
    """The maire's and the secretaries' blocks side by side, never split across pages.

    Each block is a column of a three-row table, so the blanks and captions line
    up whatever the number of secretaries.
    """
    gauche = bloc_signature(
        titre_maire, [maire.nom_complet] if maire else [], "Signature et cachet"
    )
    if secretaires:
        droite = bloc_signature(
            f.titre_secretaires(secretaires), [s.nom_complet for s in secretaires], "Signature"
        )
    else:  # a single signature stands on the right, as in a letter
        gauche, droite = ["", "", ""], gauche
    largeur = LARGEUR_UTILE / 2
    table = Table(
        [[g, d] for g, d in zip(gauche, droite, strict=True)], colWidths=[largeur, largeur]
    )
    table.setStyle(
        style_tableau(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        )
    )
    return KeepTogether([*avant, Spacer(1, 6), table])


def execution(doc: SeanceDocument, dd: DeliberationDocument) -> list[Flowable]:
    """The executory certification and the appeal notice, in a thin box."""
    contenu = [para("<b>Certifié exécutoire par le Maire, compte tenu de :</b>", "mention")]
    contenu += [libre(f"— {ligne}", "mention") for ligne in f.mentions_execution(doc.commune, dd)]
    contenu.append(Spacer(1, 3))
    contenu.append(libre(f.recours(doc.commune), "mention"))
    table = Table([[contenu]], colWidths=[LARGEUR_UTILE])
    table.setStyle(
        style_tableau(
            ("BOX", (0, 0), (-1, -1), 0.6, TRAIT),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        )
    )
    return [Spacer(1, 10), KeepTogether([table])]
