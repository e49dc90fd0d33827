"""All the documents of a year at once, built on every core of the PC.

Each worker process opens the register read-only and builds its share of the
PDFs; the main process then records every fingerprint in one transaction.
On a two-core office PC this halves the wait for a year's extraits, listes,
procès-verbaux and register sheets.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mairie_app.errors import ValidationError
from mairie_app.pdf.production import GENRES, builder
from mairie_app.services.registre import Services, ouvrir_registre


@dataclass(frozen=True)
class Travail:
    """One document to build: kind, séance, order number (extraits), file."""

    cle: str
    seance_id: int
    out: Path
    ordre: int | None = None
    deliberation_id: int | None = None


# --- in the worker processes -------------------------------------------------------------
_services: Services | None = None
_documents: dict[int, Any] = {}


def _initialiser(data_dir: Path | None, url: str | None) -> None:
    global _services
    _services = ouvrir_registre(data_dir, url=url if data_dir is None else None,
                                lecture_seule=True)  # fmt: skip


def _construire(travail: Travail) -> Path:
    assert _services is not None
    doc = _documents.get(travail.seance_id)
    if doc is None:
        doc = _documents[travail.seance_id] = _services.documents.seance_document(travail.seance_id)
    build = builder(travail.cle)
    if travail.cle == "extrait":
        return build(doc, travail.ordre, travail.out)
    return build(doc, travail.out)


# --- in the app ----------------------------------------------------------------------------
def travaux_annee(services: Services, annee: int, dossier: Path) -> list[Travail]:
    """Every document of the year's séances: voted extraits, liste, procès-verbal, register."""
    resumes = sorted(services.seances.seances(annee=annee), key=lambda r: (r.date, r.numero))
    if not resumes:
        raise ValidationError(f"Aucune séance n'est enregistrée en {annee}.", "annee")
    travaux = []
    for r in resumes:
        base = f"{r.date:%Y-%m-%d}_n{r.numero}"
        for point in services.seances.seance(r.id).points:
            if point.vote_saisi:
                travaux.append(
                    Travail("extrait", r.id, dossier / f"{base}_extrait-{point.ordre}.pdf",
                            point.ordre, point.id)
                )  # fmt: skip
        for cle in ("liste", "proces_verbal", "registre"):
            travaux.append(Travail(cle, r.id, dossier / f"{base}_{cle.replace('_', '-')}.pdf"))
    return travaux


def produire_annee(
    services: Services,
    annee: int,
    dossier: Path,
    progression: Callable[[int, int], bool] | None = None,
    processus: int | None = None,
) -> list[Path]:
    """Build the year's documents plus its tables into `dossier`; returns the files written.

    `progression(fait, total)` is called after each document; returning False
    cancels what is not started yet (what is done stays, and is recorded).
    """
    dossier.mkdir(parents=True, exist_ok=True)
    travaux = travaux_annee(services, annee, dossier)
    total = len(travaux) + 1
    faits: list[tuple[Travail, Path]] = []
    processus = processus or min(os.cpu_count() or 1, 4)
    contexte = multiprocessing.get_context("spawn")  # safe beside Qt, and what Windows does
    url = None if services.data_dir else services.engine.url.render_as_string(False)
    annule = False
    with ProcessPoolExecutor(processus, contexte, _initialiser, (services.data_dir, url)) as pool:
        en_cours = {pool.submit(_construire, t): t for t in travaux}
        while en_cours:
            termines, _ = wait(en_cours, return_when=FIRST_COMPLETED)
            for futur in termines:
                travail = en_cours.pop(futur)
                faits.append((travail, futur.result()))
                if progression is not None and not progression(len(faits), total) and not annule:
                    annule = True
                    for reste in en_cours:
                        reste.cancel()
            en_cours = {f: t for f, t in en_cours.items() if not f.cancelled()}
    chemins = [chemin for _t, chemin in sorted(faits, key=lambda x: str(x[1]))]
    if not annule:
        from mairie_app.pdf.registre import build_tables_annee

        docs = services.documents.seances_de_l_annee(annee)
        chemins.append(build_tables_annee(docs, annee, dossier / f"{annee}_tables.pdf"))
        faits.append((Travail("tables", 0, chemins[-1]), chemins[-1]))
        if progression is not None:
            progression(total, total)
    if not services.lecture_seule:
        services.archives.enregistrer_plusieurs(
            [
                (chemin, GENRES[t.cle].type_archive if t.cle in GENRES else t.cle,
                 t.seance_id or None, t.deliberation_id)
                for t, chemin in faits
            ]
        )  # fmt: skip
    return chemins
