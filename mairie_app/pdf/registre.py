"""Register sheets of a séance and the year's tables (CGCT L2121-23, R2121-9).

Every sheet bears the commune's name and the séance date and is numbered
("Feuillet n° …", continuing the register's numbering from `premiere_page`).
Each deliberation is entered in full with its order number and the maire's
and secretaries' signature blocks; a closing sheet recalls the order numbers
and objets, lists the members present and leaves room for the signatures.
The bound register gets a table by date and a table by subject.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Spacer

from mairie_app.domain.texte import plier
from mairie_app.domain.types import Statut
from mairie_app.domain.wording import date_courte, date_longue
from mairie_app.pdf import acte
from mairie_app.pdf import formules as f
from mairie_app.pdf.entete import entete_commune, tableau
from mairie_app.pdf.styles import (
    FAMILLE,
    GRAS,
    GRIS,
    LARGEUR_UTILE,
    MARGE_BAS,
    MARGE_DROITE,
    MARGE_GAUCHE,
    PAGE,
    construire,
    page_sur_total,
    pied_de_page,
)
from mairie_app.services.dto import SeanceDocument

MARGE_HAUT_REGISTRE = 2.6 * cm
SANS_MATIERE = "Sans matière"


def _decor_registre(doc: SeanceDocument, premiere_page: int) -> Callable[[Canvas, int, int], None]:
    """Commune, séance date and sheet number on top; the maire's initials box below."""
    commune = f"Commune {doc.commune.de_commune} — Registre des délibérations"
    seance = f"Séance du {date_longue(doc.seance.date)}"

    def decor(canv: Canvas, page: int, _total: int) -> None:
        haut = PAGE[1] - 1.3 * cm
        canv.setFillColor(GRIS)
        canv.setFont(FAMILLE, 9.5)
        canv.drawString(MARGE_GAUCHE, haut, commune)
        canv.drawString(MARGE_GAUCHE, haut - 12, seance)
        canv.setFont(GRAS, 11)
        canv.drawRightString(
            PAGE[0] - MARGE_DROITE, haut - 6, f"Feuillet n° {premiere_page + page - 1}"
        )
        canv.setStrokeColor(GRIS)
        canv.setLineWidth(0.4)
        canv.line(MARGE_GAUCHE, haut - 18, PAGE[0] - MARGE_DROITE, haut - 18)
        bas = MARGE_BAS - 1.2 * cm
        canv.setFont(FAMILLE, 8.5)
        canv.drawRightString(PAGE[0] - MARGE_DROITE - 2.6 * cm, bas + 6, "Paraphe du Maire :")
        canv.rect(PAGE[0] - MARGE_DROITE - 2.4 * cm, bas - 2, 2.4 * cm, 0.9 * cm, stroke=1, fill=0)

    return decor


def _deliberations(doc: SeanceDocument) -> list[Flowable]:
    story: list[Flowable] = []
    for i, dd in enumerate(doc.deliberations):
        d = dd.deliberation
        titre = [
            acte.para(f"<b>DÉLIBÉRATION N° {d.ordre}</b>", "titre"),
            acte.libre(f"Séance du {date_longue(doc.seance.date)}", "centre"),
            acte.libre(f"Référence {d.reference}", "centre"),
            Spacer(1, 6),
        ]
        if i:
            story.append(PageBreak())
        story += acte.entete(doc, dd, titre)
        story += acte.corps(doc, dd)
        story.append(acte.signatures(f.maire(doc), doc.secretaires, [Spacer(1, 4)]))
    return story


class _ParagrapheDeCloture(Flowable):
    """The closing sheet's opening sentence, which names the sheets used by the séance.

    Their number is only known when the closing sheet is drawn (it starts on a
    new page), so the text is made then: the document is laid out once, not twice.
    """

    def __init__(self, texte: Callable[[int], str], premiere: int) -> None:
        super().__init__()
        self._texte = texte
        self._premiere = premiere

    def wrap(self, largeur: float, hauteur: float) -> tuple[float, float]:
        # Sized with the widest numbers it could print; drawn with the real ones.
        self._largeur = largeur
        self.width, self.height = acte.libre(self._texte(self._premiere + 9_999)).wrap(
            largeur, hauteur
        )
        return self.width, self.height

    def draw(self) -> None:
        pages_avant = self.canv.getPageNumber() - 1
        derniere = self._premiere + max(pages_avant, 1) - 1
        para = acte.libre(self._texte(derniere))
        para.wrap(self._largeur, 10_000)
        para.drawOn(self.canv, 0, self.height - para.height)


def _cloture(doc: SeanceDocument, premiere: int) -> list[Flowable]:
    s = doc.seance
    presents = [m.conseiller for m in doc.membres if m.statut is Statut.PRESENT]
    pres = f.president(doc)
    debut = f"Séance n° {s.numero} de l'année {s.annee}, tenue le {date_longue(s.date)}"
    if pres:
        debut += f" sous la présidence de {f.nom_officiel(pres)}"

    def texte(derniere: int) -> str:
        feuillets = (
            f"au feuillet n° {premiere}"
            if premiere == derniere or not doc.deliberations
            else f"aux feuillets n° {premiere} à {derniere}"
        )
        return f"{debut}. Délibérations prises au cours de la séance, inscrites {feuillets} :"

    lignes = [
        [
            str(dd.deliberation.ordre),
            dd.deliberation.reference,
            dd.deliberation.objet,
            f.resultat_court(dd),
        ]
        for dd in doc.deliberations
    ]
    story: list[Flowable] = [
        PageBreak(),
        acte.para("<b>FEUILLET DE CLÔTURE</b>", "titre"),
        acte.libre(f"de la séance du conseil municipal du {date_longue(s.date)}", "sous_titre"),
        _ParagrapheDeCloture(texte, premiere),
    ]
    if lignes:
        largeurs = [1.8 * cm, 2.6 * cm, LARGEUR_UTILE - 1.8 * cm - 2.6 * cm - 3.4 * cm, 3.4 * cm]
        story.append(tableau(["N° d'ordre", "Référence", "Objet", "Résultat"], lignes, largeurs))
    else:
        story.append(acte.libre("Aucune délibération n'a été prise au cours de cette séance."))
    story += [
        Spacer(1, 8),
        acte.etiquette(f"Membres présents ({len(presents)})", f.liste_noms(presents)),
        acte.etiquette(f.libelle_secretaires(doc.secretaires), f.designations(doc.secretaires)),
        acte.libre(
            "(article R2121-9 du code général des collectivités territoriales)", "petit_centre"
        ),
    ]
    story.append(acte.signatures(f.maire(doc), doc.secretaires, [Spacer(1, 6)]))
    return story


def build_registre_seance(doc: SeanceDocument, out: Path, premiere_page: int = 1) -> Path:
    """Write the register sheets of the séance, numbered from `premiere_page`."""
    c = doc.commune
    decor = _decor_registre(doc, premiere_page)
    meta = {
        "titre": f"Registre des délibérations — séance du {date_longue(doc.seance.date)}",
        "auteur": f"Commune {c.de_commune}",
        "sujet": "Feuillets du registre des délibérations (article R2121-9 du CGCT)",
        "decor": decor,
        "marge_haut": MARGE_HAUT_REGISTRE,
    }
    story = _deliberations(doc) + _cloture(doc, premiere_page)
    if not doc.deliberations:
        story = story[1:]  # no PageBreak before a closing sheet that stands alone
    return construire(out, story, **meta)


# --- yearly tables --------------------------------------------------------------
def build_tables_annee(docs: list[SeanceDocument], annee: int, out: Path) -> Path:
    """Write the year's table by date and table by subject (ACTES matière)."""
    seances = sorted(
        (d for d in docs if d.seance.date.year == annee),
        key=lambda d: (d.seance.date, d.seance.numero),
    )
    story: list[Flowable] = []
    commune = seances[0].commune if seances else (docs[0].commune if docs else None)
    if commune is not None:
        story += [entete_commune(commune), Spacer(1, 0.6 * cm)]
    story += [
        acte.para(f"<b>REGISTRE DES DÉLIBÉRATIONS — ANNÉE {annee}</b>", "titre"),
        acte.libre("Tables du registre (article R2121-9 du CGCT)", "sous_titre"),
        acte.para("<b>Table chronologique</b>", "intertitre"),
    ]
    chrono, matieres = [], defaultdict(list)
    for doc in seances:
        for dd in doc.deliberations:
            d = dd.deliberation
            chrono.append(
                [
                    date_courte(doc.seance.date),
                    str(doc.seance.numero),
                    str(d.ordre),
                    d.reference,
                    d.objet,
                ]
            )
            cle = (dd.matiere_libelle or d.matiere_code or SANS_MATIERE, d.matiere_code)
            matieres[cle].append([date_courte(doc.seance.date), d.reference, d.objet])
    if not chrono:
        story.append(acte.libre(f"Aucune délibération n'a été enregistrée en {annee}."))
    else:
        largeurs = [2.2 * cm, 1.6 * cm, 1.8 * cm, 2.6 * cm]
        largeurs.append(LARGEUR_UTILE - sum(largeurs))
        story.append(
            tableau(["Date", "Séance", "N° d'ordre", "Référence", "Objet"], chrono, largeurs)
        )
        story += [PageBreak(), acte.para("<b>Table par matière</b>", "intertitre")]

        def tri(cle: tuple[str, str]) -> tuple[bool, str]:
            return (cle[0] == SANS_MATIERE, plier(cle[0]))

        largeurs = [2.2 * cm, 2.6 * cm]
        largeurs.append(LARGEUR_UTILE - sum(largeurs))
        for libelle, code in sorted(matieres, key=tri):
            titre = f"{libelle} ({code})" if code and libelle != code else libelle
            story.append(acte.libre(titre, "intertitre"))
            story.append(
                tableau(["Date", "Référence", "Objet"], matieres[(libelle, code)], largeurs)
            )
    auteur = f"Commune {commune.de_commune}" if commune else ""
    pied = f"{auteur} — Tables du registre des délibérations {annee}".lstrip(" —")
    return construire(
        out,
        story,
        titre=f"Tables du registre des délibérations — {annee}",
        auteur=auteur,
        sujet="Table chronologique et table par matière du registre des délibérations",
        decor=pied_de_page(pied, page_sur_total),
    )
