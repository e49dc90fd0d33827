"""How a deliberation is voted and whether it is adopted (CGCT L2121-20, L2121-21)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from mairie_app.domain.types import Choix, ModeScrutin, Resultat
from mairie_app.errors import ValidationError


@dataclass(frozen=True)
class Vote:
    """The counts of one ballot.

    voix_president is the president's own vote, needed only to break a tie in
    a public ballot: his vote is then decisive (voix prépondérante).
    """

    mode: ModeScrutin
    pour: int
    contre: int
    abstentions: int = 0
    blancs: int = 0
    nuls: int = 0
    voix_president: Choix | None = None

    @property
    def exprimes(self) -> int:
        """Suffrages exprimés: abstentions, blank and spoilt ballots are not."""
        return self.pour + self.contre

    @property
    def total(self) -> int:
        return self.pour + self.contre + self.abstentions + self.blancs + self.nuls


@dataclass(frozen=True)
class Issue:
    """The outcome, with what the act must say about it."""

    resultat: Resultat
    exprimes: int
    unanimite: bool
    voix_preponderante: bool

    @property
    def libelle(self) -> str:
        texte = self.resultat.libelle
        if self.unanimite:
            texte += " à l'unanimité"
        if self.voix_preponderante:
            texte += " (voix prépondérante du président)"
        return texte


def verifier_vote(vote: Vote, votants: int) -> None:
    """Refuse counts that cannot be: negative, or not adding up to the votants."""
    for libelle, valeur in (
        ("Pour", vote.pour),
        ("Contre", vote.contre),
        ("Abstentions", vote.abstentions),
        ("Blancs", vote.blancs),
        ("Nuls", vote.nuls),
    ):
        if valeur < 0:
            raise ValidationError(f"{libelle} : le nombre ne peut pas être négatif.", libelle)
    if vote.mode is not ModeScrutin.SECRET and (vote.blancs or vote.nuls):
        raise ValidationError(
            "Bulletins blancs et nuls : ils n'existent que dans un scrutin secret.", "blancs"
        )
    if vote.total != votants:
        detail = f"pour {vote.pour} + contre {vote.contre} + abstentions {vote.abstentions}"
        if vote.mode is ModeScrutin.SECRET:
            detail += f" + blancs {vote.blancs} + nuls {vote.nuls}"
        raise ValidationError(
            f"Décompte des voix : {detail} = {vote.total}, mais il y a {votants} votants. "
            f"Écart : {vote.total - votants:+d}.",
            "pour",
        )
    if (
        vote.mode is ModeScrutin.MAIN_LEVEE
        and vote.pour == vote.contre
        and vote.pour > 0
        and vote.voix_president not in (Choix.POUR, Choix.CONTRE, Choix.ABSTENTION)
    ):
        raise ValidationError(
            "Égalité des voix : indiquez le vote du président, dont la voix est "
            "prépondérante en scrutin public.",
            "voix_president",
        )


def issue_du_vote(vote: Vote) -> Issue:
    """Adopted by the absolute majority of votes cast; a public tie goes the president's way.

    A tie in a secret ballot rejects the proposal, and so does a ballot with no
    vote cast at all.
    """
    egalite = vote.pour == vote.contre and vote.pour > 0
    preponderante = False
    if vote.pour > vote.contre:
        resultat = Resultat.ADOPTEE
    elif egalite and vote.mode is not ModeScrutin.SECRET and vote.voix_president is Choix.POUR:
        resultat = Resultat.ADOPTEE
        preponderante = True
    else:
        resultat = Resultat.REJETEE
        preponderante = (
            egalite
            and vote.mode is not ModeScrutin.SECRET
            and (vote.voix_president is Choix.CONTRE)
        )
    unanimite = vote.exprimes > 0 and (vote.pour == 0 or vote.contre == 0)
    return Issue(resultat, vote.exprimes, unanimite, preponderante)


def compter_nominatif(
    choix: Mapping[int, Choix], votants: frozenset[int] | set[int], president_id: int | None
) -> Vote:
    """Turn a roll-call grid into counts; every votant must have a choice, no one else."""
    manquants = set(votants) - set(choix)
    en_trop = set(choix) - set(votants)
    if manquants:
        raise ValidationError(
            f"Scrutin nominatif : {len(manquants)} votant(s) sans choix indiqué.", "choix"
        )
    if en_trop:
        raise ValidationError(
            f"Scrutin nominatif : {len(en_trop)} choix pour des conseillers qui ne votent pas "
            "sur ce point.",
            "choix",
        )
    valeurs = list(choix.values())
    return Vote(
        mode=ModeScrutin.NOMINATIF,
        pour=valeurs.count(Choix.POUR),
        contre=valeurs.count(Choix.CONTRE),
        abstentions=valeurs.count(Choix.ABSTENTION),
        voix_president=choix.get(president_id) if president_id is not None else None,
    )


def mode_requis(presents: int, demandes_secret: int, demandes_public: int) -> ModeScrutin | None:
    """L2121-21: a third of those present obtain a secret ballot, a quarter a roll call.

    When both are asked for, the secret ballot prevails.
    """
    if presents <= 0:
        return None
    if demandes_secret > 0 and 3 * demandes_secret >= presents:
        return ModeScrutin.SECRET
    if demandes_public > 0 and 4 * demandes_public >= presents:
        return ModeScrutin.NOMINATIF
    return None


def verifier_mode(mode: ModeScrutin, presents: int, demandes_secret: int, demandes_public: int):
    """Refuse a show of hands when enough members asked for another ballot."""
    requis = mode_requis(presents, demandes_secret, demandes_public)
    if requis is not None and mode is not requis:
        if requis is ModeScrutin.SECRET:
            raison = f"{demandes_secret} membres sur {presents} présents (au moins un tiers)"
        else:
            raison = f"{demandes_public} membres sur {presents} présents (au moins un quart)"
        raise ValidationError(
            f"Mode de scrutin : {raison} ont demandé un {requis.libelle.lower()} ; "
            "il s'impose (art. L2121-21 du CGCT).",
            "mode_scrutin",
        )
