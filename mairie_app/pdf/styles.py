"""What every printed act shares: embedded fonts, page template, styles and markup.

The fonts are TrueType files shipped in resources/fonts and embedded in every PDF
(never the standard-14 Helvetica/Times, which a PDF/A checker refuses). Output is
built with ReportLab's invariant mode, so the same data always gives the same bytes.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, TableStyle

from mairie_app.paths import resources_dir

FAMILLE = "LiberationSerif"
GRAS = f"{FAMILLE}-Bold"
ITALIQUE = f"{FAMILLE}-Italic"
GRAS_ITALIQUE = f"{FAMILLE}-BoldItalic"
_FICHIERS = {
    FAMILLE: "LiberationSerif-Regular.ttf",
    GRAS: "LiberationSerif-Bold.ttf",
    ITALIQUE: "LiberationSerif-Italic.ttf",
    GRAS_ITALIQUE: "LiberationSerif-BoldItalic.ttf",
}

PAGE = A4
MARGE_GAUCHE = MARGE_DROITE = 2.0 * cm
MARGE_HAUT = 1.8 * cm
MARGE_BAS = 2.0 * cm
LARGEUR_UTILE = PAGE[0] - MARGE_GAUCHE - MARGE_DROITE
HAUTEUR_UTILE = PAGE[1] - MARGE_HAUT - MARGE_BAS
GRIS = colors.HexColor("#555555")
TRAIT = colors.HexColor("#333333")
CREATEUR = "mairie_app"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@lru_cache(maxsize=1)
def enregistrer_polices() -> str:
    """Register the serif family once per process; returns its name."""
    for nom, fichier in _FICHIERS.items():
        pdfmetrics.registerFont(TTFont(nom, str(fonts_dir() / fichier)))
    pdfmetrics.registerFontFamily(
        FAMILLE, normal=FAMILLE, bold=GRAS, italic=ITALIQUE, boldItalic=GRAS_ITALIQUE
    )
    return FAMILLE


def _style(nom: str, **kw) -> ParagraphStyle:
    base = {"fontName": FAMILLE, "bulletFontName": FAMILLE, "fontSize": 11, "leading": 14}
    base["spaceAfter"] = 4
    base.update(kw)
    return ParagraphStyle(nom, **base)


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of every document, by name."""
    enregistrer_polices()
    return {
        "corps": _style("corps", alignment=TA_JUSTIFY),
        "gauche": _style("gauche", alignment=TA_LEFT),
        "centre": _style("centre", alignment=TA_CENTER),
        "droite": _style("droite", alignment=TA_RIGHT),
        "ligne": _style("ligne", alignment=TA_LEFT, spaceAfter=0),
        "puce": _style("puce", alignment=TA_JUSTIFY, leftIndent=14, bulletIndent=2),
        "retrait": _style("retrait", alignment=TA_LEFT, leftIndent=18, spaceAfter=1),
        "titre": _style(
            "titre", fontName=GRAS, fontSize=15, leading=19, alignment=TA_CENTER, spaceAfter=2
        ),
        "sous_titre": _style(
            "sous_titre", fontSize=12, leading=15, alignment=TA_CENTER, spaceAfter=8
        ),
        "intertitre": _style(
            "intertitre", fontName=GRAS, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4
        ),
        "case": _style("case", fontSize=9, leading=11, spaceAfter=0, alignment=TA_LEFT),
        "case_centre": _style("case_centre", fontSize=9, leading=11, alignment=TA_CENTER),
        "tableau": _style("tableau", fontSize=9.5, leading=11.5, spaceAfter=0),
        "tableau_entete": _style(
            "tableau_entete", fontName=GRAS, fontSize=9.5, leading=11.5, spaceAfter=0
        ),
        "mention": _style("mention", fontSize=9, leading=11.5, alignment=TA_JUSTIFY),
        "signature": _style("signature", alignment=TA_CENTER, spaceAfter=0),
        "petit_centre": _style(
            "petit_centre", fontName=ITALIQUE, fontSize=8.5, leading=10, alignment=TA_CENTER
        ),
    }


def style_tableau(*commandes: tuple) -> TableStyle:
    """A TableStyle in the embedded font: ReportLab sets each cell's font, Helvetica by default."""
    return TableStyle([("FONT", (0, 0), (-1, -1), FAMILLE, 9.5), *commandes])


# --- light markup ------------------------------------------------------------
_GRAS_RE = re.compile(r"\*\*(?!\*)(?=\S)(.+?)(?<=[^\s*])\*\*")
_ORDINAL_RE = re.compile(r"\b1(er|re|ers|res)\b")
_MOT_DE_TETE_RE = re.compile(r"^(Vu|Considérant)\b")


_NBSP = "\u00a0"
# French typography: no line break after "M." or "n°", nor before ":", ";" or "»".
_INSECABLE_APRES = re.compile(r"(?<![\w.])(M\.|MM\.|Mme|Mmes|«|[nN]°(?= \d)) ")
_INSECABLE_AVANT = re.compile(r" ([:;!?»])")


def echapper(texte: str) -> str:
    """Plain text made safe for ReportLab's paragraph markup, with French non-breaking spaces."""
    texte = _INSECABLE_AVANT.sub(_NBSP + r"\1", _INSECABLE_APRES.sub(r"\1" + _NBSP, texte))
    return texte.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup(texte: str) -> str:
    """The app's light markup (**bold**) as ReportLab markup, everything else escaped.

    "1er" and "1re" get their ordinal in superscript, as French typography wants.
    """
    sur = echapper(texte)
    sur = _GRAS_RE.sub(r"<b>\1</b>", sur)
    return _ORDINAL_RE.sub(r"1<super>\1</super>", sur)


def markup_visa(ligne: str) -> str:
    """A "Vu …" or "Considérant …" line with its leading word in bold."""
    ligne = ligne.strip()
    if not ligne.startswith("**"):
        ligne = _MOT_DE_TETE_RE.sub(r"**\1**", ligne, count=1)
    return markup(ligne)


def insecable(texte: str) -> str:
    """Spaces made non-breaking, so "12 février 2024" stays on one line."""
    return texte.replace(" ", _NBSP)


def lignes(texte: str) -> list[str]:
    """Non-empty lines of a multi-line field, one paragraph each."""
    return [ligne.strip() for ligne in texte.splitlines() if ligne.strip()]


# --- page template -----------------------------------------------------------
Decor = Callable[[Canvas, int, int], None]


def _canvas_numerote(decor: Decor) -> type[Canvas]:
    """A canvas that knows the page count when it draws headers and footers."""

    class _Canvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._etats: list[dict] = []

        def showPage(self):
            self._etats.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._etats)
            for etat in self._etats:
                self.__dict__.update(etat)
                self.saveState()
                decor(self, self._pageNumber, total)
                self.restoreState()
                Canvas.showPage(self)
            super().save()

    return _Canvas


def pied_de_page(
    gauche: str, droite: Callable[[int, int], str], rappel: str | None = None
) -> Decor:
    """A thin rule, a label on the left and "Page n / N" (or any text) on the right.

    `rappel` is the short header repeated at the top of every page after the
    first, so a loose sheet still says which act it belongs to.
    """

    def decor(canv: Canvas, page: int, total: int) -> None:
        if rappel and page > 1:
            haut = PAGE[1] - MARGE_HAUT + 0.7 * cm
            canv.setFont(FAMILLE, 8.5)
            canv.setFillColor(GRIS)
            canv.drawString(MARGE_GAUCHE, haut, rappel)
            canv.setStrokeColor(GRIS)
            canv.setLineWidth(0.4)
            canv.line(MARGE_GAUCHE, haut - 4, PAGE[0] - MARGE_DROITE, haut - 4)
        y = MARGE_BAS - 0.9 * cm
        canv.setStrokeColor(GRIS)
        canv.setLineWidth(0.4)
        canv.line(MARGE_GAUCHE, y + 10, PAGE[0] - MARGE_DROITE, y + 10)
        canv.setFont(FAMILLE, 8.5)
        canv.setFillColor(GRIS)
        canv.drawString(MARGE_GAUCHE, y, gauche)
        canv.drawRightString(PAGE[0] - MARGE_DROITE, y, droite(page, total))

    return decor


def page_sur_total(page: int, total: int) -> str:
    return f"Page {page} / {total}"


def construire(
    out: Path,
    story: Sequence[Flowable],
    *,
    titre: str,
    auteur: str,
    sujet: str,
    decor: Decor,
    marge_haut: float = MARGE_HAUT,
) -> Path:
    """Lay the story out on A4 pages and write the PDF; returns `out`."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(
        construire_octets(
            story, titre=titre, auteur=auteur, sujet=sujet, decor=decor, marge_haut=marge_haut
        )
    )
    return out


def construire_octets(
    story: Sequence[Flowable],
    *,
    titre: str,
    auteur: str,
    sujet: str,
    decor: Decor,
    marge_haut: float = MARGE_HAUT,
) -> bytes:
    """The PDF as bytes."""
    enregistrer_polices()
    tampon = io.BytesIO()
    doc = BaseDocTemplate(
        tampon,
        pagesize=PAGE,
        leftMargin=MARGE_GAUCHE,
        rightMargin=MARGE_DROITE,
        topMargin=marge_haut,
        bottomMargin=MARGE_BAS,
        title=titre,
        author=auteur,
        subject=sujet,
        creator=CREATEUR,
        producer=CREATEUR,
        invariant=1,
        lang="fr-FR",
        initialFontName=FAMILLE,
        initialFontSize=11,
        initialLeading=14,
    )
    cadre = Frame(
        MARGE_GAUCHE,
        MARGE_BAS,
        LARGEUR_UTILE,
        PAGE[1] - marge_haut - MARGE_BAS,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="corps",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[cadre])])
    doc.build(list(story), canvasmaker=_canvas_numerote(decor))
    return tampon.getvalue()
