"""Plain data about the register itself: closing, history, printed copies.

Kept apart from dto.py (the council's data) so that the two can evolve
independently; like dto.py, nothing here is attached to a session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from mairie_app.db.history import CREATION, SUPPRESSION, libelle_champ

MODIFIABLE_APRES_CLOTURE = (
    "les dates d'affichage, de transmission et d'accusé de réception des délibérations, "
    "et la date d'approbation du procès-verbal"
)


@dataclass(frozen=True)
class HistoriqueData:
    """One recorded change: who, when, what, from which value to which."""

    id: int
    horodatage: datetime
    utilisateur: str
    action: str  # "create", "update" or "delete"
    objet_type: str
    objet_cle: str
    objet_libelle: str
    seance_id: int | None
    champ: str | None
    ancienne_valeur: str | None
    nouvelle_valeur: str | None

    @property
    def libelle_action(self) -> str:
        if self.action == CREATION:
            return "Création"
        if self.action == SUPPRESSION:
            return "Suppression"
        return "Modification"

    @property
    def libelle_champ(self) -> str:
        return libelle_champ(self.champ)

    @property
    def description(self) -> str:
        """One line for a list: "Présence de LLANES David — statut : present → absent"."""
        if self.action == CREATION:
            return f"{self.objet_libelle} — créé : {self.nouvelle_valeur or ''}"
        if self.action == SUPPRESSION:
            return f"{self.objet_libelle} — supprimé (était : {self.ancienne_valeur or ''})"
        avant = self.ancienne_valeur if self.ancienne_valeur is not None else "(vide)"
        apres = self.nouvelle_valeur if self.nouvelle_valeur is not None else "(vide)"
        return f"{self.objet_libelle} — {self.libelle_champ} : {avant} → {apres}"


@dataclass(frozen=True)
class ReouvertureData:
    id: int
    seance_id: int
    horodatage: datetime
    utilisateur: str
    motif: str
    date_cloture_annulee: datetime | None
    cloturee_par_annule: str | None


@dataclass(frozen=True)
class EtatClotureData:
    """What the window needs to lock a séance's fields and say why."""

    seance_id: int
    cloturee: bool
    date_cloture: datetime | None
    cloturee_par: str | None
    date_approbation_pv: date | None
    manquants: tuple[str, ...]
    reouvertures: tuple[ReouvertureData, ...] = ()

    @property
    def peut_cloturer(self) -> bool:
        return not self.cloturee and not self.manquants

    @property
    def raison_lecture_seule(self) -> str | None:
        """The sentence to show next to disabled fields, or None when the séance is open."""
        if not self.cloturee:
            return None
        quand = f" le {self.date_cloture:%d/%m/%Y à %H:%M}" if self.date_cloture else ""
        qui = f" par {self.cloturee_par}" if self.cloturee_par else ""
        return (
            f"Séance clôturée{quand}{qui} : elle ne peut plus être modifiée. Restent "
            f"modifiables {MODIFIABLE_APRES_CLOTURE}. Une erreur se corrige par une "
            "délibération rectificative, ou en rouvrant la séance avec un motif."
        )


@dataclass(frozen=True)
class DocumentImprimeData:
    """A PDF as the register recorded it when it was produced."""

    sha256: str
    type_document: str
    libelle: str
    seance_id: int | None
    deliberation_id: int | None
    cree_le: datetime
    utilisateur: str
    seance_cloturee: bool
    chemin: str


@dataclass(frozen=True)
class VerificationData:
    """A file found in the register, with what a reader should be warned about."""

    document: DocumentImprimeData
    avertissements: tuple[str, ...] = ()

    @property
    def imprime_avant_cloture(self) -> bool:
        return not self.document.seance_cloturee

    @property
    def lignes(self) -> list[str]:
        """The report `mairie-app verify` prints, one sentence a line."""
        d = self.document
        etat = "séance clôturée" if d.seance_cloturee else "séance NON clôturée"
        return [
            f"Document reconnu : {d.type_document} — {d.libelle}",
            f"Produit le {d.cree_le:%d/%m/%Y à %H:%M} par {d.utilisateur or 'inconnu'} ({etat}).",
            f"Empreinte SHA-256 : {d.sha256}",
            *(f"Attention : {a}" for a in self.avertissements),
        ]
