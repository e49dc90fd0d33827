"""Importing the council from the RNE: first a preview, then, if confirmed, the changes.

The preview (PlanRne) is plain data: who will be added, who updated and how, who
is left alone, and the ordre du tableau that results. Nothing is written until
appliquer_import_rne, which goes through ConseilService (effectif légal, one maire
at a time, closed séances) in one transaction: refused as a whole, or done.

Councillors are matched by name and first name, without case or accents. Names
are never rewritten (the register keeps its spelling) and no mandate is ended:
the RNE does not say when a seat fell vacant, the secretary does.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from mairie_app.domain.identifiants import verifier_code_insee
from mairie_app.domain.texte import plier
from mairie_app.domain.types import Fonction
from mairie_app.errors import ValidationError
from mairie_app.exchange.communes import commune_depuis_code
from mairie_app.exchange.rne import EluRne, lire_rne
from mairie_app.exchange.transaction import une_transaction
from mairie_app.services.dto import CommuneData, ConseillerData
from mairie_app.services.registre import Services

MAIRE = Fonction.MAIRE
_LIBELLES = {
    "civilite": "civilité",
    "fonction": "fonction",
    "rang_adjoint": "rang d'adjoint",
    "mandat_debut": "début de mandat",
}


@dataclass(frozen=True)
class Changement:
    champ: str
    avant: str
    apres: str

    @property
    def message(self) -> str:
        return f"{_LIBELLES[self.champ]} : {self.avant} → {self.apres}"


@dataclass(frozen=True)
class MiseAJour:
    actuel: ConseillerData
    nouveau: ConseillerData
    changements: tuple[Changement, ...]


@dataclass(frozen=True)
class PlanRne:
    """What the import would do; the window shows it, then calls appliquer_import_rne."""

    code_insee: str
    commune_nom: str
    commune_a_creer: CommuneData | None
    a_ajouter: tuple[ConseillerData, ...]
    a_mettre_a_jour: tuple[MiseAJour, ...]
    inchanges: tuple[ConseillerData, ...]
    hors_fichier: tuple[ConseillerData, ...]  # in office here, absent from the file
    ordre_du_tableau: tuple[str, ...]  # designations, after the import
    ordre_change: bool
    # The same order as keys: ("id", conseiller id) or ("nouveau", index in a_ajouter).
    cles_ordre: tuple[tuple[str, int], ...] = ()

    @property
    def rien_a_faire(self) -> bool:
        return not (
            self.commune_a_creer or self.a_ajouter or self.a_mettre_a_jour or self.ordre_change
        )

    def lignes(self) -> list[str]:
        """The preview in French, one line each, for the terminal or a dialog."""
        nb = len(self.a_ajouter) + len(self.a_mettre_a_jour) + len(self.inchanges)
        out = [f"Élus de {self.commune_nom} ({self.code_insee}) dans le fichier : {nb}."]
        c = self.commune_a_creer
        if c is not None:
            out.append(
                f"Commune à créer : {c.nom} ({c.code_insee}), {c.population} habitants, "
                f"effectif légal {c.effectif_legal}."
            )
        out.append(f"À ajouter ({len(self.a_ajouter)}) :")
        out += [f"  + {_decrire(a)}" for a in self.a_ajouter]
        out.append(f"À mettre à jour ({len(self.a_mettre_a_jour)}) :")
        out += [
            f"  ~ {u.actuel.designation} : " + " ; ".join(ch.message for ch in u.changements)
            for u in self.a_mettre_a_jour
        ]
        out.append(f"Inchangés ({len(self.inchanges)}) :")
        out += [f"  = {c.designation}" for c in self.inchanges]
        if self.hors_fichier:
            out.append(f"Laissés tels quels, absents du fichier ({len(self.hors_fichier)}) :")
            out += [f"  · {c.designation}" for c in self.hors_fichier]
        if self.ordre_change:
            out.append("Ordre du tableau après l'import :")
            out += [f"  {i}. {nom}" for i, nom in enumerate(self.ordre_du_tableau, start=1)]
        if self.rien_a_faire:
            out.append("Rien à modifier : le conseil est déjà à jour.")
        return out


def preparer_import_rne(
    services: Services, source: Path | str | bytes, code_insee: str | None = None
) -> PlanRne:
    """Read the file and compare it with the council; writes nothing.

    `code_insee` defaults to the register's commune; it is required when the register
    has none yet, and then the commune is created from the official list.
    """
    commune = services.conseil.commune()
    if code_insee is None:
        if commune is None:
            raise ValidationError(
                "Commune : le registre n'en a pas encore ; indiquez son code INSEE "
                "(par exemple 59146, option --commune en ligne de commande).",
                "code_insee",
            )
        code = commune.code_insee
    else:
        code = verifier_code_insee(code_insee)
        if commune is not None and commune.code_insee != code:
            raise ValidationError(
                f"Commune {code} : ce registre est celui de {commune.nom} "
                f"({commune.code_insee}) ; importez les élus de cette commune-là.",
                "code_insee",
            )
    fichier = lire_rne(source, code)
    a_creer = None
    if commune is None:
        try:
            a_creer = commune_depuis_code(code)
        except ValidationError:
            a_creer = CommuneData(nom=fichier.commune_nom or code, code_insee=code)
    roster = services.conseil.conseillers()
    return _plan(code, a_creer.nom if a_creer else commune.nom, a_creer, fichier.elus, roster)


def _plan(
    code: str,
    nom: str,
    a_creer: CommuneData | None,
    elus: tuple[EluRne, ...],
    roster: list[ConseillerData],
) -> PlanRne:
    ajouts: list[ConseillerData] = []
    majs: list[MiseAJour] = []
    inchanges: list[ConseillerData] = []
    trouves: dict[EluRne, ConseillerData | int] = {}  # the register's row, or index in ajouts
    for elu in elus:
        actuel = _apparier(elu, roster)
        if actuel is None:
            trouves[elu] = len(ajouts)
            ajouts.append(
                ConseillerData(
                    civilite=elu.civilite,
                    nom=elu.nom,
                    prenom=elu.prenom,
                    fonction=elu.fonction,
                    rang_adjoint=elu.rang_adjoint,
                    mandat_debut=elu.mandat_debut,
                )
            )
            continue
        trouves[elu] = actuel
        nouveau = replace(
            actuel,
            civilite=elu.civilite,
            fonction=elu.fonction,
            rang_adjoint=elu.rang_adjoint,
            mandat_debut=elu.mandat_debut,
        )
        changements = _changements(actuel, nouveau)
        if changements:
            majs.append(MiseAJour(actuel, nouveau, changements))
        else:
            inchanges.append(actuel)
    lies = {c.id for c in trouves.values() if isinstance(c, ConseillerData)}
    hors = tuple(c for c in roster if c.id not in lies and c.mandat_fin is None)
    ordre = _ordre(elus, trouves, roster)
    noms = {("id", c.id): c.designation for c in roster}
    noms |= {("nouveau", i): a.designation for i, a in enumerate(ajouts)}
    actuel_ordre = tuple(("id", c.id) for c in roster)
    return PlanRne(
        code_insee=code,
        commune_nom=nom,
        commune_a_creer=a_creer,
        a_ajouter=tuple(ajouts),
        a_mettre_a_jour=tuple(majs),
        inchanges=tuple(inchanges),
        hors_fichier=hors,
        ordre_du_tableau=tuple(noms[k] for k in ordre),
        ordre_change=ordre[: len(actuel_ordre)] != actuel_ordre,
        cles_ordre=ordre,
    )


def _apparier(elu: EluRne, roster: list[ConseillerData]) -> ConseillerData | None:
    """The register's councillor with this name, the one still in office among homonyms."""
    memes = [c for c in roster if (plier(c.nom), plier(c.prenom)) == elu.cle]
    if len(memes) > 1:
        memes = [c for c in memes if c.mandat_fin is None] or memes
    if len(memes) > 1:
        raise ValidationError(
            f"{elu.designation} : le registre compte {len(memes)} conseillers de ce nom et de "
            "ce prénom ; indiquez d'abord la fin de mandat de celui qui n'est plus élu.",
            "nom",
        )
    return memes[0] if memes else None


def _changements(avant: ConseillerData, apres: ConseillerData) -> tuple[Changement, ...]:
    result = []
    for champ in _LIBELLES:
        a, b = getattr(avant, champ), getattr(apres, champ)
        if a != b:
            result.append(Changement(champ, _texte(avant, champ), _texte(apres, champ)))
    return tuple(result)


def _texte(c: ConseillerData, champ: str) -> str:
    valeur = getattr(c, champ)
    if champ == "fonction":
        return c.libelle_fonction
    if champ == "mandat_debut":
        return f"{valeur:%d/%m/%Y}"
    return "aucun" if valeur is None else str(valeur)


def _decrire(c: ConseillerData) -> str:
    return f"{c.designation}, {c.libelle_fonction}, mandat depuis le {c.mandat_debut:%d/%m/%Y}"


def _ordre(
    elus: tuple[EluRne, ...],
    trouves: dict[EluRne, ConseillerData | int],
    roster: list[ConseillerData],
) -> tuple[tuple[str, int], ...]:
    """Maire and adjoints of the file first, by rank; the others keep their order.

    The rank of ordinary councillors depends on seniority and votes, which the RNE
    does not give: the register's order (set by the secretary) is kept, and the
    newcomers follow in file order.
    """

    def cle(elu: EluRne) -> tuple[str, int]:
        t = trouves[elu]
        return ("nouveau", t) if isinstance(t, int) else ("id", t.id)

    tete = [cle(e) for e in elus if e.fonction in (Fonction.MAIRE, Fonction.ADJOINT)]
    existants = [("id", c.id) for c in roster if ("id", c.id) not in tete]
    nouveaux = [cle(e) for e in elus if cle(e)[0] == "nouveau" and cle(e) not in tete]
    return (*tete, *existants, *nouveaux)


def appliquer_import_rne(services: Services, plan: PlanRne) -> list[ConseillerData]:
    """Write the plan in one transaction and return the council in the ordre du tableau.

    Refused as a whole if the council changed since the preview, or if a service
    refuses one change (effectif légal exceeded, two maires…): the message names who.
    """
    with une_transaction(services) as svc:
        if plan.commune_a_creer is not None:
            if svc.conseil.commune() is not None:
                raise _perime()
            svc.conseil.enregistrer_commune(plan.commune_a_creer)
        actuels = {c.id: c for c in svc.conseil.conseillers()}
        attendus = [u.actuel for u in plan.a_mettre_a_jour] + list(plan.inchanges)
        noms = {(plier(c.nom), plier(c.prenom)) for c in actuels.values()}
        if any(actuels.get(c.id) != c for c in attendus) or any(
            (plier(c.nom), plier(c.prenom)) in noms for c in plan.a_ajouter
        ):
            raise _perime()
        # A maire who steps down goes first, so that his successor can take the office.
        demissions = sorted(plan.a_mettre_a_jour, key=lambda u: u.actuel.fonction is not MAIRE)
        for u in demissions:
            with _au_nom(u.actuel):
                svc.conseil.modifier_conseiller(u.nouveau)
        nouveaux = []
        for a in plan.a_ajouter:
            with _au_nom(a):
                nouveaux.append(svc.conseil.ajouter_conseiller(a).id)
        ids = [i if genre == "id" else nouveaux[i] for genre, i in plan.cles_ordre]
        rangs = {c.id: c.rang_tableau for c in svc.conseil.conseillers()}
        for rang, cid in enumerate(ids, start=1):
            if rangs.get(cid) != rang:
                rangs = {c.id: c.rang_tableau for c in svc.conseil.deplacer_conseiller(cid, rang)}
        return svc.conseil.conseillers()


def _perime() -> ValidationError:
    return ValidationError(
        "Le conseil a été modifié depuis l'aperçu : relancez l'import pour voir un nouvel aperçu."
    )


@contextmanager
def _au_nom(c: ConseillerData) -> Iterator[None]:
    """A refusal of the service, prefixed with the councillor it concerns."""
    try:
        yield
    except ValidationError as exc:
        raise ValidationError(f"{c.designation} : {exc.message}", exc.field) from exc
