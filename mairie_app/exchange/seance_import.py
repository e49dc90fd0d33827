"""Importing a séance file: through the services, in one transaction, or not at all.

Each part of the file is typed in as the secretary would in the window (create the
séance, add the items, change attendance lines, record the votes), with the very
same service methods, so every legal check of the window applies. They all run in
one transaction (see transaction.py): the first refusal rolls everything back and
is reported with the JSON path of the part of the file at fault.

A séance closed in the file is closed at the end by the register's own closing
action (ClotureService.cloturer), with its checks; it records this import's user
and time as the closing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from mairie_app.db import models as m
from mairie_app.domain.presences import Presence
from mairie_app.domain.texte import plier
from mairie_app.domain.types import EtatSeance, ModeScrutin
from mairie_app.domain.vote import Vote, verifier_vote
from mairie_app.errors import NotFoundError, ValidationError
from mairie_app.exchange.communes import commune_depuis_code
from mairie_app.exchange.erreurs import SeanceFileError
from mairie_app.exchange.seance_format import (
    DATES_SUIVI,
    DeliberationFichier,
    Membre,
    SeanceFichier,
    VoteFichier,
    lire_fichier_seance,
)
from mairie_app.exchange.transaction import une_transaction
from mairie_app.services.dto import (
    CommuneData,
    ConseillerData,
    DeliberationData,
    SaisieVote,
    SeanceData,
    TextesDeliberation,
)
from mairie_app.services.registre import Services

# Service field names (ValidationError.field) that are keys of the file under another name.
_CHAMPS_VOTE = {
    "mode_scrutin": "mode",
    "voix_president": "voix_president",
    "demandes_secret": "demandes_secret",
    "demandes_public": "demandes_public",
    "non_participants": "non_participants",
    "choix": "choix",
}


@dataclass(frozen=True)
class ResultatImport:
    """What the import did, for the message shown to the secretary."""

    seance_id: int
    libelle: str
    commune_creee: bool
    conseillers_crees: int
    deliberations: int
    cloturee: bool = False

    @property
    def message(self) -> str:
        etat = " et clôturée" if self.cloturee else ""
        texte = f"{self.libelle} importée{etat} : {self.deliberations} délibération(s)."
        if self.commune_creee:
            texte += " La commune a été créée à partir du fichier."
        if self.conseillers_crees:
            texte += f" {self.conseillers_crees} conseiller(s) ajouté(s) au conseil."
        return texte


Progression = Callable[[int, int], bool]


def importer_seance(
    services: Services, source: Path | str | bytes, progression: Progression | None = None
) -> ResultatImport:
    """Import a séance file (path or bytes); on any error nothing is written.

    Raises SeanceFileError (a ValidationError) naming the JSON path and the rule.
    `progression(fait, total)` is told of each step; returning False cancels the
    import, which then writes nothing, like any refusal.
    """
    fichier = lire_fichier_seance(source)
    with une_transaction(services) as svc:
        return _Import(svc, fichier, progression).executer()


@contextmanager
def _au(chemin: str, champs: dict[str, str] | None = None) -> Iterator[None]:
    """A service's refusal, re-raised with the place in the file it concerns."""
    try:
        yield
    except SeanceFileError:
        raise
    except (ValidationError, NotFoundError) as exc:
        cle = (champs or {}).get(exc.field or "")
        raise SeanceFileError(f"{chemin}.{cle}" if cle else chemin, exc.message) from exc


class _Import:
    """One file typed in, in the order the checks need.

    The items come before the attendance (an arrival or a departure must fall within
    the agenda), the attendance before the votes (each vote is checked against who
    is in the room for that item), and the closing last.
    """

    def __init__(
        self, svc: Services, fichier: SeanceFichier, progression: Progression | None = None
    ) -> None:
        self.svc = svc
        self.f = fichier
        self.jour = fichier.seance["date"]
        self.ids: dict[tuple[str, str, str], int] = {}
        self._progression = progression
        self._fait = 0
        self._total = 2 * len(fichier.deliberations) + 3

    def _etape(self) -> None:
        """One step done; stop (and write nothing) if she cancelled."""
        self._fait += 1
        if self._progression is not None and not self._progression(self._fait, self._total):
            raise ValidationError("Import annulé : rien n'a été enregistré.")

    def executer(self) -> ResultatImport:
        commune_creee = self._commune()
        crees = self._conseillers()
        seance_id = self._seance()
        self._etape()
        points = []
        for d in self.f.deliberations:
            points.append(self._point(seance_id, d))
            self._etape()
        self._presences(seance_id)
        self._etape()
        if self.f.secretaires:
            with _au("$.seance.secretaires"):
                self.svc.seances.definir_secretaires(
                    seance_id, [self._id(s) for s in self.f.secretaires]
                )
        for d, pid in zip(self.f.deliberations, points, strict=True):
            if d.vote is not None:
                self._vote(d, d.vote, pid)
            if any(d.suivi[k] for k in DATES_SUIVI) or d.suivi["identifiant_accuse"]:
                with _au(d.chemin):
                    self.svc.deliberations.enregistrer_suivi(pid, **d.suivi)
            self._etape()
        self._corrections(points)
        self._etape()
        cloturee = self._cloture(seance_id)
        libelle = self.svc.seances.seance(seance_id).libelle
        return ResultatImport(seance_id, libelle, commune_creee, crees, len(points), cloturee)

    def _id(self, membre: Membre | None) -> int | None:
        return None if membre is None else self.ids[membre.cle]

    # --- commune and council ---------------------------------------------
    def _commune(self) -> bool:
        """Create the commune in an empty register; refuse a file from another commune."""
        fc = self.f.commune
        code = fc["code_insee"].strip().upper()
        existante = self.svc.conseil.commune()
        if existante is not None:
            if existante.code_insee != code:
                raise SeanceFileError(
                    "$.commune.code_insee",
                    f"le fichier concerne {fc['nom']} ({code}) mais ce registre est celui de "
                    f"{existante.nom} ({existante.code_insee}) : importez-le dans le registre "
                    "de sa commune",
                )
            return False
        try:
            base = commune_depuis_code(code)
        except ValidationError:
            base = CommuneData(nom=fc["nom"], code_insee=code)
        champs = {k: k for k in fc} | {"effectif_legal": "effectif_legal_override"}
        with _au("$.commune", champs):
            self.svc.conseil.enregistrer_commune(replace(base, **fc))
        return True

    def _conseillers(self) -> int:
        """An empty council is created from the file; otherwise every member must match."""
        roster = self.svc.conseil.conseillers()
        if not roster:
            for c in self.f.conseillers:
                data = ConseillerData(
                    civilite=c.membre.civilite,
                    nom=c.membre.nom,
                    prenom=c.membre.prenom,
                    fonction=c.fonction,
                    rang_adjoint=c.rang_adjoint,
                    mandat_debut=c.mandat_debut,
                    mandat_fin=c.mandat_fin,
                )
                champs = {k: k for k in ("nom", "prenom", "fonction", "rang_adjoint")}
                champs |= {"mandat_debut": "mandat_debut", "mandat_fin": "mandat_fin"}
                with _au(c.chemin, champs):
                    self.ids[c.membre.cle] = self.svc.conseil.ajouter_conseiller(data).id
            return len(self.f.conseillers)
        for c in self.f.conseillers:
            self.ids[c.membre.cle] = apparier(c.membre, roster, self.jour).id
        return 0

    # --- séance, agenda, attendance ---------------------------------------
    def _seance(self) -> int:
        s = self.f.seance
        numero = s["numero"]
        for r in self.svc.seances.seances(annee=self.jour.year):
            if r.numero == numero and r.date == self.jour:
                raise SeanceFileError(
                    "$.seance",
                    f"la séance n° {numero} du {self.jour:%d/%m/%Y} est déjà dans le registre ; "
                    "elle n'est pas remplacée par le fichier",
                )
            if r.numero == numero:
                raise SeanceFileError(
                    "$.seance.numero",
                    f"le n° {numero} de {self.jour.year} est déjà celui de la séance du "
                    f"{r.date:%d/%m/%Y}",
                )
        champs = {k: k for k in s} | {"president_id": "president"}
        data = SeanceData(**{k: v for k, v in s.items() if k in _CHAMPS_SEANCE})
        with _au("$.seance", champs):
            cree = self.svc.seances.creer_seance(
                replace(data, president_id=self._id(s["president"]))
            )
        if cree.numero != numero:  # the file keeps its number; numbering is no legal check
            self._ecrire(m.Seance, cree.id, numero=numero)
        return cree.id

    def _point(self, seance_id: int, d: DeliberationFichier) -> int:
        with _au(f"{d.chemin}.objet"):
            pid = self.svc.seances.ajouter_point(seance_id, d.textes["objet"]).points[-1].id
        textes = TextesDeliberation(**d.textes, rapporteur_id=self._id(d.rapporteur))
        champs = {k: k for k in ("reference", "objet", "matiere_code")}
        with _au(d.chemin, champs | {"rapporteur_id": "rapporteur"}):
            self.svc.deliberations.enregistrer_textes(pid, textes)
        return pid

    def _presences(self, seance_id: int) -> None:
        """One line per member in office that day, then each line as the window sets it."""
        en_exercice = {p.conseiller_id for p in self.svc.seances.seance(seance_id).presences}
        for p in self.f.presences:
            if self.ids[p.membre.cle] not in en_exercice:
                raise SeanceFileError(
                    f"{p.chemin}.membre",
                    f"{p.membre.libelle} n'est pas en exercice le {self.jour:%d/%m/%Y} "
                    "d'après le registre (dates de mandat)",
                )
        manquants = en_exercice - {self.ids[p.membre.cle] for p in self.f.presences}
        if manquants:
            noms = ", ".join(
                c.designation for c in self.svc.conseil.conseillers() if c.id in manquants
            )
            raise SeanceFileError(
                "$.seance.presences",
                f"aucune ligne de présence pour {noms}, en exercice le {self.jour:%d/%m/%Y}",
            )
        for p in self.f.presences:
            if p.par_defaut:
                continue
            ligne = Presence(
                self.ids[p.membre.cle],
                p.statut,
                self._id(p.pouvoir_a),
                p.arrivee_ordre,
                p.depart_ordre,
            )
            with _au(p.chemin):
                self.svc.seances.modifier_presence(seance_id, ligne)

    # --- votes ------------------------------------------------------------
    def _vote(self, d: DeliberationFichier, v: VoteFichier, pid: int) -> None:
        saisie = SaisieVote(
            mode=v.mode,
            **v.comptes,
            voix_president=v.voix_president,
            non_participant_ids=tuple(self.ids[n.cle] for n in v.non_participants),
            choix_nominatifs={self.ids[mb.cle]: c for mb, c in v.choix},
            demandes_secret=v.demandes_secret,
            demandes_public=v.demandes_public,
        )
        brut = _vote_brut(v)
        if brut.mode is not ModeScrutin.SECRET and (brut.blancs or brut.nuls):
            with _au(v.chemin):  # the service would drop them: say why they cannot be
                verifier_vote(brut, brut.total)
        with _au(v.chemin, _CHAMPS_VOTE):
            enregistre = self.svc.deliberations.enregistrer_vote(pid, saisie)
        self._comparer(v, enregistre, pid)
        if d.resultat is not None and d.resultat is not enregistre.resultat:
            assert enregistre.resultat is not None
            raise SeanceFileError(
                f"{d.chemin}.resultat",
                f"le fichier indique « {d.resultat.libelle} » mais le décompte des voix donne "
                f"« {enregistre.resultat.libelle} »",
            )

    def _comparer(self, v: VoteFichier, enregistre: DeliberationData, pid: int) -> None:
        """Refuse a figure of the file that the service would silently have changed."""
        ecarts = [(k, n, getattr(enregistre, k)) for k, n in v.comptes.items()]
        if v.voix_president is not None:
            ecarts.append(("voix_president", v.voix_president, enregistre.voix_president))
        ecarts = [e for e in ecarts if e[1] != e[2]]
        if not ecarts:
            return
        with _au(v.chemin):  # the domain's own words when the figures break a rule
            verifier_vote(_vote_brut(v), self.svc.deliberations.comptage(pid).votants)
        cle, fichier, retenu = ecarts[0]
        raison = (
            "les comptes d'un scrutin nominatif découlent des choix de chaque membre"
            if v.mode is ModeScrutin.NOMINATIF
            else f"{v.mode.libelle.lower()} : cette valeur n'est pas retenue"
        )
        raise SeanceFileError(
            f"{v.chemin}.{cle}",
            f"le fichier indique {_texte(fichier)}, le vote enregistré donne {_texte(retenu)} "
            f"({raison})",
        )

    # --- what has no service action ----------------------------------------
    def _corrections(self, points: list[int]) -> None:
        refs = {
            d.textes["reference"].strip(): pid
            for d, pid in zip(self.f.deliberations, points, strict=True)
        }
        for d, pid in zip(self.f.deliberations, points, strict=True):
            if d.corrige is None:
                continue
            cible = refs.get(d.corrige.strip())
            if cible is None:
                with self.svc.sessions.begin() as s:
                    cible = s.scalars(
                        select(m.Deliberation.id).where(
                            m.Deliberation.reference == d.corrige.strip()
                        )
                    ).first()
            if cible is None or cible == pid:
                raise SeanceFileError(
                    f"{d.chemin}.corrige",
                    f"aucune autre délibération de référence « {d.corrige} » dans le registre "
                    "ni dans le fichier",
                )
            self._ecrire(m.Deliberation, pid, corrige_id=cible)

    def _cloture(self, seance_id: int) -> bool:
        """The PV approval date, then the closing, by the register's own closing action."""
        s = self.f.seance
        if s["date_approbation_pv"] is not None:
            with _au("$.seance", {"date_approbation_pv": "date_approbation_pv"}):
                self.svc.cloture.enregistrer_approbation_pv(seance_id, s["date_approbation_pv"])
        if s["etat"] is not EtatSeance.CLOTUREE:
            return False
        with _au("$.seance.etat"):
            self.svc.cloture.cloturer(seance_id)
        return True

    def _ecrire(self, model: type, ident: int, **valeurs: Any) -> None:
        with self.svc.sessions.begin() as s:
            row = s.get(model, ident)
            for cle, valeur in valeurs.items():
                setattr(row, cle, valeur)


_CHAMPS_SEANCE = (
    "date", "heure", "lieu", "nature", "urgence", "seconde_convocation",
    "date_convocation", "date_affichage_convocation",
)  # fmt: skip


def _vote_brut(v: VoteFichier) -> Vote:
    """The figures exactly as the file gives them."""
    comptes = {"pour": 0, "contre": 0, **v.comptes}
    return Vote(mode=v.mode, **comptes, voix_president=v.voix_president)


def _texte(valeur: object) -> str:
    if valeur is None:
        return "rien"
    return f"« {valeur} »" if isinstance(valeur, str) else str(valeur)


def apparier(membre: Membre, roster: list[ConseillerData], jour: date) -> ConseillerData:
    """The register's councillor a file names: same civilité, name and first name.

    Case and accents do not matter. Among homonyms, the one in office on `jour`;
    anything else is reported, never guessed.
    """
    memes = [c for c in roster if (c.civilite.value, plier(c.nom), plier(c.prenom)) == membre.cle]
    if len(memes) > 1:
        memes = [c for c in memes if c.en_exercice(jour)] or memes
    if len(memes) == 1:
        return memes[0]
    if memes:
        raise SeanceFileError(
            membre.chemin,
            f"{membre.libelle} est ambigu : le registre compte {len(memes)} conseillers de ce "
            "nom en exercice ce jour-là ; corrigez le conseil avant d'importer",
        )
    proches = [c.designation for c in roster if plier(c.nom) == plier(membre.nom)]
    indice = f" ; de ce nom, le registre connaît : {', '.join(proches)}" if proches else ""
    raise SeanceFileError(
        membre.chemin,
        f"{membre.libelle} est inconnu du conseil de ce registre (aucun conseiller de cette "
        f"civilité, de ce nom et de ce prénom){indice}",
    )
