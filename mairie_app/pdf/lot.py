"""All the documents of a year at once, built on every core of the PC.

The main process reads the year's séances once and hands each worker plain
data (SeanceDocument): the workers never touch the database and import only
ReportLab and the pdf modules, so they start fast. The main process then
records every fingerprint in one transaction.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mairie_app.domain import documents as types_documents
from mairie_app.errors import ValidationError
from mairie_app.pdf.genres import GENRES, builder

if TYPE_CHECKING:
    from mairie_app.services.dto import SeanceDocument
    from mairie_app.services.registre import Services

_ORDRE = ("tables", "registre", "proces_verbal", "liste", "extrait")


@dataclass(frozen=True)
class Travail:
    """One document to build: kind, séance, order number (extraits), file."""

    cle: str
    seance_id: int
    out: Path
    ordre: int | None = None
    deliberation_id: int | None = None


def _construire(travail: Travail, docs: list[SeanceDocument], annee: int) -> Path:
    """In a worker process: `docs` is the séance's document, or the whole year for tables."""
    if travail.cle == "tables":
        from mairie_app.pdf.registre import build_tables_annee

        return build_tables_annee(docs, annee, travail.out)
    build = builder(travail.cle)
    if travail.cle == "extrait":
        return build(docs[0], travail.ordre, travail.out)
    return build(docs[0], travail.out)


def travaux_annee(docs: list[SeanceDocument], annee: int, dossier: Path) -> list[Travail]:
    """Every document of the year: tables, registers, procès-verbaux, listes, voted extraits.

    The longest come first, so that the workers finish at about the same time.
    """
    travaux = [Travail("tables", 0, dossier / f"{annee}_tables.pdf")]
    for doc in docs:
        s = doc.seance
        base = f"{s.date:%Y-%m-%d}_n{s.numero}"
        for cle in ("registre", "proces_verbal", "liste"):
            travaux.append(Travail(cle, s.id, dossier / f"{base}_{cle.replace('_', '-')}.pdf"))
        for dd in doc.deliberations:
            d = dd.deliberation
            if d.vote_saisi:
                travaux.append(
                    Travail("extrait", s.id, dossier / f"{base}_extrait-{d.ordre}.pdf",
                            d.ordre, d.id)
                )  # fmt: skip
    return sorted(travaux, key=lambda t: _ORDRE.index(t.cle))


def produire_annee(
    services: Services,
    annee: int,
    dossier: Path,
    progression: Callable[[int, int], bool] | None = None,
    processus: int | None = None,
) -> list[Path]:
    """Build the year's documents and tables into `dossier`; returns the files written.

    `progression(fait, total)` is called after each document; returning False
    cancels what is not started yet (what is done stays, and is recorded).
    """
    docs = services.documents.seances_de_l_annee(annee)
    if not docs:
        raise ValidationError(f"Aucune séance n'est enregistrée en {annee}.", "annee")
    dossier.mkdir(parents=True, exist_ok=True)
    par_seance = {d.seance.id: [d] for d in docs}
    travaux = travaux_annee(docs, annee, dossier)
    faits: list[tuple[Travail, Path]] = []
    processus = processus or min(os.cpu_count() or 1, 4)
    contexte = multiprocessing.get_context("spawn")  # safe beside Qt, and what Windows does
    annule = False
    with ProcessPoolExecutor(processus, contexte) as pool:
        en_cours = {
            pool.submit(_construire, t, docs if t.cle == "tables" else par_seance[t.seance_id],
                        annee): t
            for t in travaux
        }  # fmt: skip
        while en_cours:
            termines, _ = wait(en_cours, return_when=FIRST_COMPLETED)
            for futur in termines:
                travail = en_cours.pop(futur)
                faits.append((travail, futur.result()))
                poursuivre = annule or progression is None
                if not poursuivre and not progression(len(faits), len(travaux)):
                    annule = True
                    for reste in en_cours:
                        reste.cancel()
            en_cours = {f: t for f, t in en_cours.items() if not f.cancelled()}
    if not services.lecture_seule:
        services.archives.enregistrer_plusieurs(
            [
                (chemin, GENRES[t.cle].type_archive if t.cle in GENRES else types_documents.TABLES,
                 t.seance_id or None, t.deliberation_id)
                for t, chemin in faits
            ]
        )  # fmt: skip
    return sorted(chemin for _t, chemin in faits)
