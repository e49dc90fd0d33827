"""Plain, frozen data handed to the window and the documents.

Nothing here is attached to a database session, so the window can keep it as
long as it likes and the PDF code never triggers a query.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from mairie_app.domain.articles import avec_de
from mairie_app.domain.effectif import delai_convocation, effectif_legal
from mairie_app.domain.numerotation import FORMAT_REFERENCE_DEFAUT
from mairie_app.domain.presences import Comptage, Presence
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
from mairie_app.domain.vote import Issue


@dataclass(frozen=True)
class CommuneData:
    nom: str
    code_insee: str
    population: int = 0
    type_liaison: int = 0
    departement_nom: str = ""
    departement_liaison: int = 0
    arrondissement_nom: str = ""
    arrondissement_liaison: int = 0
    effectif_legal_override: int | None = None
    siret: str = ""
    adresse: str = ""
    mode_publication: ModePublication = ModePublication.ELECTRONIQUE
    tribunal_administratif: str = ""
    format_reference: str = FORMAT_REFERENCE_DEFAUT
    lieu_habituel: str = ""
    id: int | None = None

    @property
    def effectif_legal(self) -> int:
        return effectif_legal(self.population, self.effectif_legal_override)

    @property
    def delai_convocation(self) -> int:
        return delai_convocation(self.population)

    @property
    def de_commune(self) -> str:
        """ "de Chéreng", "du Mans"."""
        return avec_de(self.nom, self.type_liaison)

    @property
    def de_departement(self) -> str:
        return avec_de(self.departement_nom, self.departement_liaison)

    @property
    def de_arrondissement(self) -> str:
        return avec_de(self.arrondissement_nom, self.arrondissement_liaison)


@dataclass(frozen=True)
class ConseillerData:
    civilite: Civilite
    nom: str
    prenom: str
    fonction: Fonction = Fonction.CONSEILLER
    rang_adjoint: int | None = None
    rang_tableau: int = 0
    mandat_debut: date = date(2020, 1, 1)
    mandat_fin: date | None = None
    id: int | None = None

    @property
    def nom_tableau(self) -> str:
        """ "ZOUTE Pascal", as registers list members."""
        return f"{self.nom.upper()} {self.prenom}"

    @property
    def nom_complet(self) -> str:
        """ "Pascal ZOUTE", as a signature block reads."""
        return f"{self.prenom} {self.nom.upper()}"

    @property
    def designation(self) -> str:
        """ "M. BARBE Eric"."""
        return f"{self.civilite.value} {self.nom_tableau}"

    @property
    def libelle_fonction(self) -> str:
        """ "Maire", "1er adjoint", "Conseillère municipale"."""
        feminin = self.civilite is Civilite.MADAME
        if self.fonction is Fonction.MAIRE:
            return "Maire"
        if self.fonction is Fonction.ADJOINT:
            rang = self.rang_adjoint or 1
            ordinal = "1er" if rang == 1 and not feminin else ("1re" if rang == 1 else f"{rang}e")
            return f"{ordinal} adjoint{'e' if feminin else ''}"
        if self.fonction is Fonction.DELEGUE:
            return "Conseillère déléguée" if feminin else "Conseiller délégué"
        return "Conseillère municipale" if feminin else "Conseiller municipal"

    def en_exercice(self, jour: date) -> bool:
        return self.mandat_debut <= jour and (self.mandat_fin is None or self.mandat_fin >= jour)


@dataclass(frozen=True)
class PointData:
    """One item of the agenda, which becomes one deliberation."""

    id: int
    ordre: int
    objet: str
    reference: str
    vote_saisi: bool
    resultat: Resultat | None


@dataclass(frozen=True)
class SeanceData:
    date: date
    heure: time
    lieu: str = ""
    nature: NatureSeance = NatureSeance.ORDINAIRE
    urgence: bool = False
    seconde_convocation: bool = False
    date_convocation: date | None = None
    date_affichage_convocation: date | None = None
    president_id: int | None = None
    id: int | None = None
    annee: int = 0
    numero: int = 0
    etat: EtatSeance = EtatSeance.BROUILLON
    date_approbation_pv: date | None = None
    secretaire_ids: tuple[int, ...] = ()
    points: tuple[PointData, ...] = ()
    presences: tuple[Presence, ...] = ()

    @property
    def cloturee(self) -> bool:
        return self.etat is EtatSeance.CLOTUREE

    @property
    def libelle(self) -> str:
        return f"Séance n° {self.numero} du {self.date:%d/%m/%Y}"


@dataclass(frozen=True)
class SeanceResume:
    id: int
    date: date
    heure: time
    numero: int
    nature: NatureSeance
    etat: EtatSeance
    nb_points: int
    objets: str

    @property
    def libelle(self) -> str:
        return f"n° {self.numero} du {self.date:%d/%m/%Y}"


@dataclass(frozen=True)
class DeliberationData:
    id: int
    seance_id: int
    ordre: int
    reference: str
    objet: str
    matiere_code: str = ""
    rapporteur_id: int | None = None
    preambule: str = ""
    visas: str = ""
    considerants: str = ""
    dispositif: str = ""
    annexes: str = ""
    debats: str = ""
    mode_scrutin: ModeScrutin = ModeScrutin.MAIN_LEVEE
    demandes_secret: int = 0
    demandes_public: int = 0
    vote_saisi: bool = False
    pour: int = 0
    contre: int = 0
    abstentions: int = 0
    blancs: int = 0
    nuls: int = 0
    voix_president: Choix | None = None
    resultat: Resultat | None = None
    non_participant_ids: tuple[int, ...] = ()
    choix_nominatifs: dict[int, Choix] = field(default_factory=dict)
    date_affichage: date | None = None
    date_transmission: date | None = None
    date_accuse_reception: date | None = None
    identifiant_accuse: str = ""
    corrige_id: int | None = None


@dataclass(frozen=True)
class TextesDeliberation:
    """What the secretary types for a deliberation, saved in one action."""

    reference: str
    objet: str
    matiere_code: str = ""
    rapporteur_id: int | None = None
    preambule: str = ""
    visas: str = ""
    considerants: str = ""
    dispositif: str = ""
    annexes: str = ""
    debats: str = ""


@dataclass(frozen=True)
class SaisieVote:
    """The vote as typed: counts for a show of hands or a secret ballot, choices for a roll call."""

    mode: ModeScrutin
    pour: int = 0
    contre: int = 0
    abstentions: int = 0
    blancs: int = 0
    nuls: int = 0
    voix_president: Choix | None = None
    non_participant_ids: tuple[int, ...] = ()
    choix_nominatifs: dict[int, Choix] = field(default_factory=dict)
    demandes_secret: int = 0
    demandes_public: int = 0


@dataclass(frozen=True)
class MembreSeance:
    """A councillor as the acts show him at one séance."""

    conseiller: ConseillerData
    statut: Statut
    pouvoir_a: ConseillerData | None = None
    arrivee_ordre: int | None = None
    depart_ordre: int | None = None


@dataclass(frozen=True)
class DeliberationDocument:
    """Everything an act prints about one deliberation, computed once."""

    deliberation: DeliberationData
    comptage: Comptage
    issue: Issue | None
    rapporteur: ConseillerData | None = None
    non_participants: tuple[ConseillerData, ...] = ()
    votes_nominatifs: tuple[tuple[ConseillerData, Choix], ...] = ()
    matiere_libelle: str = ""


@dataclass(frozen=True)
class SeanceDocument:
    """A séance with all it needs to be printed: the single source of every figure on paper."""

    commune: CommuneData
    seance: SeanceData
    en_exercice: int
    membres: tuple[MembreSeance, ...]
    deliberations: tuple[DeliberationDocument, ...]
    comptage_ouverture: Comptage
    president: ConseillerData | None = None
    secretaires: tuple[ConseillerData, ...] = ()
    maire: ConseillerData | None = None

    def membres_par_statut(self, statut: Statut) -> tuple[MembreSeance, ...]:
        return tuple(m for m in self.membres if m.statut is statut)
