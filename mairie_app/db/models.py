"""The register as tables: commune, councillors, séances, attendance, deliberations, votes.

Plus the register's own records (revision 0002): the change history, the printed
documents and the re-openings of closed séances.
"""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, Time
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from mairie_app.db.base import Base
from mairie_app.domain.texte import plier
from mairie_app.domain.types import (
    Choix,
    Civilite,
    EtatSeance,
    Fonction,
    ModePublication,
    ModeScrutin,
    NatureSeance,
    Resultat,
    Statut,
)


def _enum(cls: type[StrEnum]) -> SAEnum:
    """Store the enum's value (not its name) as a plain string, portable to PostgreSQL."""
    return SAEnum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=24,
        values_callable=lambda e: [m.value for m in e],
    )


class Commune(Base):
    __tablename__ = "commune"

    id: Mapped[int] = mapped_column(primary_key=True)
    nom: Mapped[str] = mapped_column(String(120))
    code_insee: Mapped[str] = mapped_column(String(5))
    type_liaison: Mapped[int] = mapped_column(Integer, default=0)
    departement_nom: Mapped[str] = mapped_column(String(80), default="")
    departement_liaison: Mapped[int] = mapped_column(Integer, default=0)
    arrondissement_nom: Mapped[str] = mapped_column(String(80), default="")
    arrondissement_liaison: Mapped[int] = mapped_column(Integer, default=0)
    population: Mapped[int] = mapped_column(Integer, default=0)
    effectif_legal_override: Mapped[int | None] = mapped_column(Integer)
    siret: Mapped[str] = mapped_column(String(14), default="")
    adresse: Mapped[str] = mapped_column(Text, default="")
    mode_publication: Mapped[ModePublication] = mapped_column(
        _enum(ModePublication), default=ModePublication.ELECTRONIQUE
    )
    tribunal_administratif: Mapped[str] = mapped_column(String(120), default="")
    format_reference: Mapped[str] = mapped_column(
        String(60), default="{annee} / {seance} / {ordre}"
    )
    lieu_habituel: Mapped[str] = mapped_column(String(200), default="")


class Conseiller(Base):
    __tablename__ = "conseiller"

    id: Mapped[int] = mapped_column(primary_key=True)
    civilite: Mapped[Civilite] = mapped_column(_enum(Civilite))
    nom: Mapped[str] = mapped_column(String(80))
    prenom: Mapped[str] = mapped_column(String(80))
    fonction: Mapped[Fonction] = mapped_column(_enum(Fonction), default=Fonction.CONSEILLER)
    rang_adjoint: Mapped[int | None] = mapped_column(Integer)
    rang_tableau: Mapped[int] = mapped_column(Integer)
    mandat_debut: Mapped[date] = mapped_column(Date)
    mandat_fin: Mapped[date | None] = mapped_column(Date)


class Seance(Base):
    __tablename__ = "seance"

    id: Mapped[int] = mapped_column(primary_key=True)
    annee: Mapped[int] = mapped_column(Integer, index=True)
    numero: Mapped[int] = mapped_column(Integer)
    date: Mapped[date] = mapped_column(Date, index=True)
    heure: Mapped[time] = mapped_column(Time)
    lieu: Mapped[str] = mapped_column(String(200), default="")
    nature: Mapped[NatureSeance] = mapped_column(
        _enum(NatureSeance), default=NatureSeance.ORDINAIRE
    )
    urgence: Mapped[bool] = mapped_column(Boolean, default=False)
    seconde_convocation: Mapped[bool] = mapped_column(Boolean, default=False)
    date_convocation: Mapped[date | None] = mapped_column(Date)
    date_affichage_convocation: Mapped[date | None] = mapped_column(Date)
    president_id: Mapped[int | None] = mapped_column(ForeignKey("conseiller.id"))
    etat: Mapped[EtatSeance] = mapped_column(_enum(EtatSeance), default=EtatSeance.BROUILLON)
    date_approbation_pv: Mapped[date | None] = mapped_column(Date)
    date_cloture: Mapped[datetime | None] = mapped_column(DateTime)
    cloturee_par: Mapped[str | None] = mapped_column(String(80))

    presences: Mapped[list[Presence]] = relationship(
        back_populates="seance", cascade="all, delete-orphan"
    )
    deliberations: Mapped[list[Deliberation]] = relationship(
        back_populates="seance", cascade="all, delete-orphan", order_by="Deliberation.ordre"
    )
    secretaires: Mapped[list[SeanceSecretaire]] = relationship(
        cascade="all, delete-orphan", order_by="SeanceSecretaire.rang"
    )


class SeanceSecretaire(Base):
    __tablename__ = "seance_secretaire"

    seance_id: Mapped[int] = mapped_column(
        ForeignKey("seance.id", ondelete="CASCADE"), primary_key=True
    )
    conseiller_id: Mapped[int] = mapped_column(ForeignKey("conseiller.id"), primary_key=True)
    rang: Mapped[int] = mapped_column(Integer, default=1)


class Presence(Base):
    __tablename__ = "presence"

    seance_id: Mapped[int] = mapped_column(
        ForeignKey("seance.id", ondelete="CASCADE"), primary_key=True
    )
    conseiller_id: Mapped[int] = mapped_column(ForeignKey("conseiller.id"), primary_key=True)
    statut: Mapped[Statut] = mapped_column(_enum(Statut), default=Statut.PRESENT)
    pouvoir_a_id: Mapped[int | None] = mapped_column(ForeignKey("conseiller.id"))
    arrivee_ordre: Mapped[int | None] = mapped_column(Integer)
    depart_ordre: Mapped[int | None] = mapped_column(Integer)

    seance: Mapped[Seance] = relationship(back_populates="presences")


class Deliberation(Base):
    __tablename__ = "deliberation"

    id: Mapped[int] = mapped_column(primary_key=True)
    seance_id: Mapped[int] = mapped_column(ForeignKey("seance.id", ondelete="CASCADE"), index=True)
    ordre: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(40), default="")
    objet: Mapped[str] = mapped_column(String(499))
    # objet folded (lower case, no accents) so the search runs in SQL on any database.
    objet_plie: Mapped[str] = mapped_column(String(499), default="")
    matiere_code: Mapped[str] = mapped_column(String(5), default="")
    rapporteur_id: Mapped[int | None] = mapped_column(ForeignKey("conseiller.id"))
    preambule: Mapped[str] = mapped_column(Text, default="")
    visas: Mapped[str] = mapped_column(Text, default="")
    considerants: Mapped[str] = mapped_column(Text, default="")
    dispositif: Mapped[str] = mapped_column(Text, default="")
    annexes: Mapped[str] = mapped_column(Text, default="")
    debats: Mapped[str] = mapped_column(Text, default="")
    mode_scrutin: Mapped[ModeScrutin] = mapped_column(
        _enum(ModeScrutin), default=ModeScrutin.MAIN_LEVEE
    )
    demandes_secret: Mapped[int] = mapped_column(Integer, default=0)
    demandes_public: Mapped[int] = mapped_column(Integer, default=0)
    vote_saisi: Mapped[bool] = mapped_column(Boolean, default=False)
    pour: Mapped[int] = mapped_column(Integer, default=0)
    contre: Mapped[int] = mapped_column(Integer, default=0)
    abstentions: Mapped[int] = mapped_column(Integer, default=0)
    blancs: Mapped[int] = mapped_column(Integer, default=0)
    nuls: Mapped[int] = mapped_column(Integer, default=0)
    voix_president: Mapped[Choix | None] = mapped_column(_enum(Choix))
    resultat: Mapped[Resultat | None] = mapped_column(_enum(Resultat))
    date_affichage: Mapped[date | None] = mapped_column(Date)
    date_transmission: Mapped[date | None] = mapped_column(Date)
    date_accuse_reception: Mapped[date | None] = mapped_column(Date)
    identifiant_accuse: Mapped[str] = mapped_column(String(80), default="")
    corrige_id: Mapped[int | None] = mapped_column(ForeignKey("deliberation.id"))

    seance: Mapped[Seance] = relationship(back_populates="deliberations")

    @validates("objet")
    def _plier_objet(self, _key: str, objet: str) -> str:
        self.objet_plie = plier(objet)
        return objet

    non_participants: Mapped[list[NonParticipant]] = relationship(cascade="all, delete-orphan")
    votes_nominatifs: Mapped[list[VoteNominatif]] = relationship(cascade="all, delete-orphan")


class NonParticipant(Base):
    """A member who does not take part in one vote (L2131-11: personally interested)."""

    __tablename__ = "non_participant"

    deliberation_id: Mapped[int] = mapped_column(
        ForeignKey("deliberation.id", ondelete="CASCADE"), primary_key=True
    )
    conseiller_id: Mapped[int] = mapped_column(ForeignKey("conseiller.id"), primary_key=True)


class VoteNominatif(Base):
    __tablename__ = "vote_nominatif"

    deliberation_id: Mapped[int] = mapped_column(
        ForeignKey("deliberation.id", ondelete="CASCADE"), primary_key=True
    )
    conseiller_id: Mapped[int] = mapped_column(ForeignKey("conseiller.id"), primary_key=True)
    choix: Mapped[Choix] = mapped_column(_enum(Choix))


class Historique(Base):
    """One change to the register, written by mairie_app.db.history at every flush.

    Append-only: no service edits or deletes it, and database triggers (revision
    0002) refuse UPDATE and DELETE. seance_id is a plain indexed integer, not a
    foreign key, so the history of a deleted séance survives it.
    """

    __tablename__ = "historique"

    id: Mapped[int] = mapped_column(primary_key=True)
    horodatage: Mapped[datetime] = mapped_column(DateTime)
    utilisateur: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(12))
    objet_type: Mapped[str] = mapped_column(String(40))
    objet_cle: Mapped[str] = mapped_column(String(40))
    objet_libelle: Mapped[str] = mapped_column(String(300), default="")
    seance_id: Mapped[int | None] = mapped_column(Integer, index=True)
    champ: Mapped[str | None] = mapped_column(String(60))
    ancienne_valeur: Mapped[str | None] = mapped_column(Text)
    nouvelle_valeur: Mapped[str | None] = mapped_column(Text)


class DocumentImprime(Base):
    """A PDF the app produced, found again later by its SHA-256.

    The labels are copied at print time and seance_id / deliberation_id are not
    foreign keys: a copy must stay identifiable even if its séance is later
    re-opened and deleted.
    """

    __tablename__ = "document_imprime"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    type_document: Mapped[str] = mapped_column(String(40))
    seance_id: Mapped[int | None] = mapped_column(Integer, index=True)
    deliberation_id: Mapped[int | None] = mapped_column(Integer)
    libelle: Mapped[str] = mapped_column(String(600), default="")
    cree_le: Mapped[datetime] = mapped_column(DateTime)
    utilisateur: Mapped[str] = mapped_column(String(80), default="")
    seance_cloturee: Mapped[bool] = mapped_column(Boolean, default=False)
    chemin: Mapped[str] = mapped_column(Text, default="")


class Reouverture(Base):
    """Who re-opened a closed séance, when and why, with the closing it undid."""

    __tablename__ = "reouverture"

    id: Mapped[int] = mapped_column(primary_key=True)
    seance_id: Mapped[int] = mapped_column(Integer, index=True)
    horodatage: Mapped[datetime] = mapped_column(DateTime)
    utilisateur: Mapped[str] = mapped_column(String(80))
    motif: Mapped[str] = mapped_column(Text)
    date_cloture_annulee: Mapped[datetime | None] = mapped_column(DateTime)
    cloturee_par_annule: Mapped[str | None] = mapped_column(String(80))
