"""Every PDF the app produces, recorded by its SHA-256 so a copy can be checked later.

A printed extrait or a published procès-verbal leaves the app; months later
someone may ask whether it is the register's text. The register keeps the hash
of each file it produced with what it shows and whether its séance was closed
at that moment, so `mairie-app verify FILE.pdf` can answer, and warn when the
copy was printed before closing (its text may have changed since).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from mairie_app.db import models as m
from mairie_app.db.history import utilisateur

# The kinds of document the app prints (re-exported); other short names are accepted too.
from mairie_app.domain.documents import (  # noqa: F401
    CONVOCATION,
    EXTRAIT,
    LISTE,
    PROCES_VERBAL,
    REGISTRE,
)
from mairie_app.domain.types import EtatSeance
from mairie_app.errors import StorageError, ValidationError
from mairie_app.services.base import ServiceBase
from mairie_app.services.dto_registre import DocumentImprimeData, VerificationData


def empreinte(path: Path) -> str:
    """SHA-256 of a file, read in blocks (a register of a whole year can be large)."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for bloc in iter(lambda: f.read(1 << 20), b""):
                h.update(bloc)
    except OSError as exc:
        raise StorageError(f"Fichier {path} : lecture impossible ({exc.strerror}).") from exc
    return h.hexdigest()


class ArchivesService(ServiceBase):
    """The registry of produced documents; append-only like the history."""

    def enregistrer(
        self,
        path: Path,
        type_document: str,
        seance_id: int | None,
        deliberation_id: int | None = None,
    ) -> str:
        """Record a PDF just written and return its SHA-256 (idempotent for the same bytes)."""
        return self.enregistrer_plusieurs([(path, type_document, seance_id, deliberation_id)])[0]

    def enregistrer_plusieurs(
        self, documents: Sequence[tuple[Path, str, int | None, int | None]]
    ) -> list[str]:
        """Record a batch of PDFs in one transaction: (path, type, séance, deliberation) each."""
        empreintes = []
        for _path, type_document, _s, _d in documents:
            if not type_document.strip() or len(type_document.strip()) > 40:
                raise ValidationError("Type de document : de 1 à 40 caractères.", "type_document")
        calculs = [(empreinte(Path(p)), p, t.strip(), si, di) for p, t, si, di in documents]
        with self._transaction() as s:
            connues = set(
                s.scalars(
                    select(m.DocumentImprime.sha256).where(
                        m.DocumentImprime.sha256.in_([c[0] for c in calculs])
                    )
                )
            )
            for sha, path, type_document, seance_id, deliberation_id in calculs:
                empreintes.append(sha)
                if sha in connues:
                    continue
                connues.add(sha)
                seance = self._get(s, m.Seance, seance_id, "Séance") if seance_id else None
                delib = (
                    self._get(s, m.Deliberation, deliberation_id, "Délibération")
                    if deliberation_id
                    else None
                )
                if delib is not None:
                    seance = delib.seance
                s.add(
                    m.DocumentImprime(
                        sha256=sha,
                        type_document=type_document,
                        seance_id=seance.id if seance else None,
                        deliberation_id=delib.id if delib else None,
                        libelle=_libelle(seance, delib)[:600],
                        cree_le=datetime.now().replace(microsecond=0),
                        utilisateur=utilisateur(),
                        seance_cloturee=seance is not None and seance.etat is EtatSeance.CLOTUREE,
                        chemin=str(Path(path).resolve()),
                    )
                )
        return empreintes

    def verifier(self, path: Path) -> VerificationData | None:
        """The recorded document with this exact content, or None if it matches nothing."""
        sha = empreinte(Path(path))
        with self._transaction() as s:
            row = s.scalars(
                select(m.DocumentImprime).where(m.DocumentImprime.sha256 == sha)
            ).first()
            if row is None:
                return None
            return VerificationData(_data(row), tuple(self._avertissements(s, row)))

    def documents(self, seance_id: int) -> list[DocumentImprimeData]:
        """What was printed for one séance, newest first."""
        with self._transaction() as s:
            rows = s.scalars(
                select(m.DocumentImprime)
                .where(m.DocumentImprime.seance_id == seance_id)
                .order_by(m.DocumentImprime.id.desc())
            )
            return [_data(r) for r in rows]

    @staticmethod
    def _avertissements(s, row: m.DocumentImprime) -> list[str]:
        avert = []
        if row.seance_id is not None and not row.seance_cloturee:
            avert.append(
                "ce document a été produit avant la clôture de la séance : son texte a pu "
                "changer depuis. Seule une copie produite après la clôture fait foi."
            )
        seance = s.get(m.Seance, row.seance_id) if row.seance_id else None
        if row.seance_id is not None and seance is None:
            avert.append("sa séance n'existe plus dans le registre.")
        reouvertures = s.scalars(
            select(m.Reouverture).where(
                m.Reouverture.seance_id == row.seance_id, m.Reouverture.horodatage >= row.cree_le
            )
        )
        for r in reouvertures:
            avert.append(
                f"la séance a été rouverte le {r.horodatage:%d/%m/%Y à %H:%M} par "
                f"{r.utilisateur} (motif : {r.motif}) après la production de ce document."
            )
        if seance is not None and seance.etat is not EtatSeance.CLOTUREE and row.seance_cloturee:
            avert.append("la séance n'est plus clôturée aujourd'hui.")
        if row.deliberation_id is not None:
            if s.get(m.Deliberation, row.deliberation_id) is None:
                avert.append("la délibération n'existe plus dans le registre.")
            for c in s.scalars(
                select(m.Deliberation).where(m.Deliberation.corrige_id == row.deliberation_id)
            ):
                avert.append(
                    f"cette délibération est corrigée par la délibération {c.reference} "
                    f"(séance du {c.seance.date:%d/%m/%Y})."
                )
        return avert


def _libelle(seance: m.Seance | None, delib: m.Deliberation | None) -> str:
    texte = f"Séance n° {seance.numero} du {seance.date:%d/%m/%Y}" if seance else "Registre"
    if delib is not None:
        texte = f"Délibération {delib.reference} « {delib.objet} », {texte.lower()}"
    return texte


def _data(row: m.DocumentImprime) -> DocumentImprimeData:
    return DocumentImprimeData(
        sha256=row.sha256,
        type_document=row.type_document,
        libelle=row.libelle,
        seance_id=row.seance_id,
        deliberation_id=row.deliberation_id,
        cree_le=row.cree_le,
        utilisateur=row.utilisateur,
        seance_cloturee=row.seance_cloturee,
        chemin=row.chemin,
    )
