"""The "Extrait du registre des délibérations": the certified copy of one deliberation.

This is the act sent to the prefecture and displayed or published; its layout
follows the signed Chéreng extrait of 12 February 2024 (box on the left,
title and opening on the right, then the body, signatures and mentions).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from mairie_app.domain.wording import date_longue
from mairie_app.errors import NotFoundError
from mairie_app.pdf import acte
from mairie_app.pdf import formules as f
from mairie_app.pdf.styles import construire, echapper, page_sur_total, pied_de_page
from mairie_app.services.dto import DeliberationDocument, SeanceDocument


def deliberation(doc: SeanceDocument, ordre: int) -> DeliberationDocument:
    """The deliberation of order `ordre`, or a French error naming the séance."""
    for dd in doc.deliberations:
        if dd.deliberation.ordre == ordre:
            return dd
    raise NotFoundError(
        f"Délibération n° {ordre} introuvable dans la {doc.seance.libelle.lower()} "
        f"({len(doc.deliberations)} point(s) à l'ordre du jour)."
    )


def titre(doc: SeanceDocument) -> list[Flowable]:
    commune = f.majuscules_apres_de(doc.commune.de_commune)
    return [
        acte.para("<b>EXTRAIT DU REGISTRE<br/>DES DÉLIBÉRATIONS</b>", "titre"),
        acte.para(f"<b>du Conseil Municipal de la Commune {echapper(commune)}</b>", "sous_titre"),
        acte.libre(f"Séance du {date_longue(doc.seance.date)}", "centre"),
        Spacer(1, 6),
    ]


def build_extrait(doc: SeanceDocument, ordre: int, out: Path, fait_le: date | None = None) -> Path:
    """Write the extrait of deliberation `ordre`; `fait_le` defaults to the séance date."""
    dd = deliberation(doc, ordre)
    d, commune = dd.deliberation, doc.commune
    fait = fait_le or doc.seance.date
    story: list[Flowable] = [*acte.entete(doc, dd, titre(doc)), *acte.corps(doc, dd)]
    avant = [
        Spacer(1, 6),
        acte.para("<b>Pour extrait conforme,</b>"),
        acte.libre(f"Fait à {commune.nom}, le {date_longue(fait)}"),
    ]
    story.append(acte.signatures(f.maire(doc), doc.secretaires, avant))
    story += acte.execution(doc, dd)
    pied = f"Commune {commune.de_commune} — Extrait de la délibération {d.reference}"
    return construire(
        out,
        story,
        titre=f"Extrait du registre des délibérations — {d.reference} — {d.objet}",
        auteur=f"Commune {commune.de_commune}",
        sujet=f"Délibération {d.reference} du conseil municipal, séance du "
        f"{date_longue(doc.seance.date)}",
        decor=pied_de_page(
            pied,
            page_sur_total,
            f"Commune {commune.de_commune} — séance du {date_longue(doc.seance.date)} — "
            f"délibération {d.reference} (suite)",
        ),
    )
