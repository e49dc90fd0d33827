"""The closed-séance guard: checked at every flush, whatever code made the change.

Services refuse early with ServiceBase._exiger_brouillon; this guard is the
floor under them, so an import, a future service or a forgotten check can never
alter a closed séance. What stays open after closing is what happens later:
the approval date of the procès-verbal on the séance, and the display,
transmission and acknowledgement of each deliberation. Re-opening is accepted
only in the same flush as its Reouverture record (who, when, why).

A councillor's mandate cannot change in a way that would add him to, or remove
him from, the members in office at a closed séance: the printed acts would no
longer match the register.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from mairie_app.db import models as m
from mairie_app.domain.types import EtatSeance
from mairie_app.errors import ValidationError

SUIVI_SEANCE = frozenset({"date_approbation_pv"})
REOUVERTURE = frozenset({"etat", "date_cloture", "cloturee_par"})
SUIVI_DELIBERATION = frozenset(
    {"date_affichage", "date_transmission", "date_accuse_reception", "identifiant_accuse"}
)
_ENFANTS_DE_SEANCE = (m.Presence, m.SeanceSecretaire, m.Deliberation)
_ENFANTS_DE_DELIBERATION = (m.NonParticipant, m.VoteNominatif)


def message_seance_cloturee(jour: date) -> str:
    return f"Séance du {jour:%d/%m/%Y} clôturée : elle ne peut plus être modifiée."


def verifier_cloture(session: Session) -> None:
    with session.no_autoflush:
        _Garde(session).verifier()


class _Garde:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.reouvertes = {r.seance_id for r in session.new if isinstance(r, m.Reouverture)}

    def verifier(self) -> None:
        for obj in list(self.session.new):
            if isinstance(obj, m.Conseiller):
                self._mandat(obj, None, (obj.mandat_debut, obj.mandat_fin))
            else:
                self._enfant(obj)
        for obj in list(self.session.dirty):
            if isinstance(obj, m.Seance):
                self._seance_modifiee(obj)
            elif isinstance(obj, m.Conseiller):
                self._conseiller_modifie(obj)
            elif isinstance(obj, m.Deliberation):
                self._enfant(obj, permis=SUIVI_DELIBERATION)
            else:
                self._enfant(obj)
        for obj in list(self.session.deleted):
            if isinstance(obj, m.Seance):
                if _etat_enregistre(obj) is EtatSeance.CLOTUREE:
                    raise ValidationError(message_seance_cloturee(obj.date))
            else:
                self._enfant(obj)

    # --- séances -------------------------------------------------------------
    def _seance_modifiee(self, seance: m.Seance) -> None:
        if _etat_enregistre(seance) is not EtatSeance.CLOTUREE:
            return
        changes = _champs_modifies(seance)
        if seance.etat is EtatSeance.CLOTUREE:
            permis = SUIVI_SEANCE
        elif seance.id in self.reouvertes:
            permis = SUIVI_SEANCE | REOUVERTURE
        else:
            raise ValidationError(
                "Réouverture de la séance : elle se fait seulement par « Rouvrir la séance », "
                "qui enregistre qui, quand et pourquoi."
            )
        if changes - permis:
            raise ValidationError(message_seance_cloturee(seance.date))

    def _verrouillee(self, seance_id: int | None) -> m.Seance | None:
        """The séance if it is closed and stays closed in this flush."""
        if seance_id is None:
            return None
        seance = self.session.get(m.Seance, seance_id)
        if (
            seance is None
            or seance.id in self.reouvertes
            or _etat_enregistre(seance) is not EtatSeance.CLOTUREE
        ):
            return None
        return seance

    def _seance_de(self, obj: Any) -> list[int | None]:
        """The séance(s) of an attendance line, secretary, item or vote, before and after."""
        if isinstance(obj, _ENFANTS_DE_SEANCE):
            ids = _avant_apres(obj, "seance_id")
            seance = inspect(obj).dict.get("seance")
            if seance is not None:
                ids.append(seance.id)
            return ids
        if isinstance(obj, _ENFANTS_DE_DELIBERATION):
            result: list[int | None] = []
            for delib_id in _avant_apres(obj, "deliberation_id"):
                delib = self.session.get(m.Deliberation, delib_id) if delib_id else None
                if delib is not None:
                    result += _avant_apres(delib, "seance_id")
            return result
        return []

    def _enfant(self, obj: Any, permis: frozenset[str] = frozenset()) -> None:
        for seance_id in self._seance_de(obj):
            seance = self._verrouillee(seance_id)
            if seance is None:
                continue
            if inspect(obj).pending or obj in self.session.deleted:
                raise ValidationError(message_seance_cloturee(seance.date))
            if _champs_modifies(obj) - permis:
                if isinstance(obj, m.Deliberation):
                    raise ValidationError(
                        f"Délibération {obj.reference} : sa séance du {seance.date:%d/%m/%Y} "
                        "est clôturée ; seules les dates d'affichage, de transmission et "
                        "d'accusé de réception peuvent encore être saisies."
                    )
                raise ValidationError(message_seance_cloturee(seance.date))

    # --- councillors ---------------------------------------------------------
    def _conseiller_modifie(self, c: m.Conseiller) -> None:
        insp = inspect(c)
        debut, fin = insp.attrs.mandat_debut.history, insp.attrs.mandat_fin.history
        if not (debut.has_changes() or fin.has_changes()):
            return
        avant = (
            debut.deleted[0] if debut.deleted else c.mandat_debut,
            fin.deleted[0] if fin.deleted else c.mandat_fin,
        )
        self._mandat(c, avant, (c.mandat_debut, c.mandat_fin))

    def _mandat(
        self,
        c: m.Conseiller,
        avant: tuple[date, date | None] | None,
        apres: tuple[date, date | None],
    ) -> None:
        closes = self.session.execute(
            select(m.Seance.date).where(m.Seance.etat == EtatSeance.CLOTUREE)
        ).scalars()
        for jour in closes:
            if _en_exercice(avant, jour) != _en_exercice(apres, jour):
                raise ValidationError(
                    f"Mandat de {c.prenom} {c.nom} : la séance clôturée du {jour:%d/%m/%Y} "
                    + (
                        "le compte parmi les conseillers en exercice"
                        if _en_exercice(avant, jour)
                        else "ne le compte pas parmi les conseillers en exercice"
                    )
                    + " ; ce changement la modifierait. Vérifiez les dates de mandat.",
                    "mandat_debut",
                )


def _en_exercice(mandat: tuple[date | None, date | None] | None, jour: date) -> bool:
    if mandat is None or mandat[0] is None:  # no start: the flush will refuse the row anyway
        return False
    debut, fin = mandat
    return debut <= jour and (fin is None or fin >= jour)


def _etat_enregistre(seance: m.Seance) -> EtatSeance:
    """The state as the database has it, before this flush."""
    insp = inspect(seance)
    if insp.pending:
        return EtatSeance.BROUILLON
    h = insp.attrs.etat.history
    return h.deleted[0] if h.deleted else seance.etat


def _avant_apres(obj: Any, attr: str) -> list[Any]:
    h = inspect(obj).attrs[attr].history
    return [*h.deleted, *h.added, *h.unchanged]


def _champs_modifies(obj: Any) -> set[str]:
    """Columns and collections whose value changed in this flush."""
    insp = inspect(obj)
    return {a.key for a in insp.attrs if a.history.has_changes()}
