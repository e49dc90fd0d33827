"""Who is in the room for each item, who is represented, and whether the quorum holds.

The law checks the quorum when each item comes up (L2121-17), and a proxy only
works while its holder is in the room (L2121-20), so every figure here is
computed for one item of the agenda.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from mairie_app.domain.effectif import quorum_requis
from mairie_app.domain.types import Statut
from mairie_app.errors import ValidationError

MAX_SEANCES_CONSECUTIVES_POUVOIR = 3


@dataclass(frozen=True)
class Presence:
    """Attendance of one councillor at one séance.

    arrivee_ordre: present from that item on (arrived during the previous one).
    depart_ordre: gone from that item on (left before it was discussed).
    """

    conseiller_id: int
    statut: Statut
    pouvoir_a: int | None = None
    arrivee_ordre: int | None = None
    depart_ordre: int | None = None

    def present_pour(self, ordre: int) -> bool:
        """Physically in the room when item `ordre` is discussed."""
        if self.statut is not Statut.PRESENT:
            return False
        if self.arrivee_ordre is not None and ordre < self.arrivee_ordre:
            return False
        return not (self.depart_ordre is not None and ordre >= self.depart_ordre)


@dataclass(frozen=True)
class Comptage:
    """The counters of one item (or of the opening, item 1 with no withdrawal)."""

    en_exercice: int
    presents: int
    representes: int
    ne_prennent_pas_part: int
    votants: int
    quorum: int
    quorum_exige: bool
    presents_ids: frozenset[int] = field(default_factory=frozenset)
    representes_ids: frozenset[int] = field(default_factory=frozenset)
    votants_ids: frozenset[int] = field(default_factory=frozenset)

    @property
    def presents_pour_quorum(self) -> int:
        return self.presents - len(self.presents_ids - self.votants_ids)

    @property
    def quorum_atteint(self) -> bool:
        return not self.quorum_exige or self.presents_pour_quorum >= self.quorum

    @property
    def absents(self) -> int:
        return self.en_exercice - self.presents

    @property
    def message_quorum(self) -> str:
        if not self.quorum_exige:
            return "Seconde convocation : le conseil délibère sans condition de quorum."
        if self.quorum_atteint:
            return (
                f"Quorum atteint : {self.presents_pour_quorum} présents pour "
                f"{self.quorum} requis sur {self.en_exercice} en exercice."
            )
        return (
            f"Quorum non atteint : {self.presents_pour_quorum} présents, il en faut "
            f"{self.quorum} sur {self.en_exercice} en exercice. Le conseil ne peut pas "
            "délibérer ; il doit être convoqué à nouveau."
        )


def compter(
    presences: Sequence[Presence],
    en_exercice: int,
    ordre: int = 1,
    ne_prennent_pas_part: Collection[int] = (),
    seconde_convocation: bool = False,
) -> Comptage:
    """Counters for item `ordre`.

    Votants = présents + représentés − ceux qui ne prennent pas part. A member
    who withdraws does not count for the quorum either, and a proxy whose
    holder withdraws is lost with him.
    """
    npp = set(ne_prennent_pas_part)
    presents = {p.conseiller_id for p in presences if p.present_pour(ordre)}
    representes = {
        p.conseiller_id
        for p in presences
        if p.pouvoir_a is not None and p.pouvoir_a in presents and p.conseiller_id not in presents
    }
    holder = {p.conseiller_id: p.pouvoir_a for p in presences}
    votants = (presents - npp) | {g for g in representes - npp if holder[g] not in npp}
    return Comptage(
        en_exercice=en_exercice,
        presents=len(presents),
        representes=len(representes),
        ne_prennent_pas_part=len(presents) + len(representes) - len(votants),
        votants=len(votants),
        quorum=quorum_requis(en_exercice),
        quorum_exige=not seconde_convocation,
        presents_ids=frozenset(presents),
        representes_ids=frozenset(representes),
        votants_ids=frozenset(votants),
    )


def verifier_presences(
    presences: Sequence[Presence], noms: Mapping[int, str], nb_points: int | None = None
) -> None:
    """Refuse an impossible attendance sheet with the reason, naming the members."""
    by_id = {p.conseiller_id: p for p in presences}
    held: dict[int, int] = {}
    for p in presences:
        nom = noms.get(p.conseiller_id, str(p.conseiller_id))
        _verifier_horaires(p, nom, nb_points)
        if p.pouvoir_a is None:
            continue
        titulaire = by_id.get(p.pouvoir_a)
        nom_titulaire = noms.get(p.pouvoir_a, str(p.pouvoir_a))
        if p.pouvoir_a == p.conseiller_id:
            raise ValidationError(f"Pouvoir de {nom} : on ne peut pas se le donner à soi-même.")
        if p.statut is Statut.PRESENT and p.arrivee_ordre is None and p.depart_ordre is None:
            raise ValidationError(
                f"Pouvoir de {nom} : un conseiller présent pendant toute la séance ne "
                "donne pas pouvoir. Indiquez son arrivée ou son départ, ou retirez le pouvoir."
            )
        if p.statut is Statut.ABSENT:
            raise ValidationError(
                f"Pouvoir de {nom} : un conseiller qui a donné un pouvoir écrit est "
                "« absent excusé », pas « absent »."
            )
        if titulaire is None or titulaire.statut is not Statut.PRESENT:
            raise ValidationError(
                f"Pouvoir de {nom} : {nom_titulaire} n'est pas présent et ne peut donc pas "
                "recevoir de pouvoir."
            )
        if p.pouvoir_a in held:
            premier = noms.get(held[p.pouvoir_a], str(held[p.pouvoir_a]))
            raise ValidationError(
                f"Pouvoir de {nom} : {nom_titulaire} détient déjà le pouvoir de {premier}. "
                "Un conseiller ne peut détenir qu'un seul pouvoir (art. L2121-20 du CGCT)."
            )
        held[p.pouvoir_a] = p.conseiller_id


def _verifier_horaires(p: Presence, nom: str, nb_points: int | None) -> None:
    moments = (("Arrivée", p.arrivee_ordre), ("Départ", p.depart_ordre))
    for libelle, ordre in moments:
        if ordre is None:
            continue
        if p.statut is not Statut.PRESENT:
            raise ValidationError(
                f"{libelle} de {nom} : seul un conseiller présent peut arriver ou partir "
                "en cours de séance."
            )
        if ordre < 2 or (nb_points is not None and ordre > nb_points):
            borne = f" et {nb_points}" if nb_points is not None else ""
            raise ValidationError(
                f"{libelle} de {nom} : le point de l'ordre du jour doit être compris "
                f"entre 2{borne} (au point 1, il suffit d'indiquer présent ou absent)."
            )
    if (
        p.arrivee_ordre is not None
        and p.depart_ordre is not None
        and p.depart_ordre <= p.arrivee_ordre
    ):
        raise ValidationError(f"Départ de {nom} : il doit suivre son arrivée.")


def pouvoirs_consecutifs(historique: Sequence[bool]) -> int:
    """Length of the run of séances, most recent last, where the member gave a proxy."""
    run = 0
    for donne in reversed(historique):
        if not donne:
            break
        run += 1
    return run


def alerte_pouvoirs_consecutifs(nom: str, historique: Sequence[bool]) -> str | None:
    """L2121-20: a proxy may not cover more than three consecutive séances, save illness."""
    run = pouvoirs_consecutifs(historique)
    if run > MAX_SEANCES_CONSECUTIVES_POUVOIR:
        return (
            f"{nom} a donné pouvoir à {run} séances consécutives : la loi limite un pouvoir "
            "à trois séances consécutives, sauf maladie dûment constatée."
        )
    return None
