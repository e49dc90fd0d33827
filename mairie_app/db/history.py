"""The change history, written by the session itself at every flush.

Recording in a session hook rather than in each service means no code path can
forget it: the window, the command line, an import and the demo all go through
the same flush. Before the flush, three things happen: a read-only register
refuses the flush, children removed from a collection ("orphans") become
explicit deletions so that they (and their own children) are recorded, and the
closed-séance guard checks the changes (mairie_app.db.garde). After the flush,
when new rows have their ids, one history row per change is inserted with Core
on the flush's own connection: it commits or rolls back with the change.

Values are stored as readable text: enum values, ISO dates, "oui"/"non", and
councillors named for the foreign keys that point to one.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from sqlalchemy import Connection, event, insert, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from mairie_app.db import models as m
from mairie_app.db.engine import en_lecture_seule
from mairie_app.errors import StorageError

CREATION, MODIFICATION, SUPPRESSION = "create", "update", "delete"

OBJETS: dict[type, str] = {
    m.Conseiller: "conseiller",
    m.Seance: "seance",
    m.SeanceSecretaire: "secretaire",
    m.Presence: "presence",
    m.Deliberation: "deliberation",
    m.NonParticipant: "non_participant",
    m.VoteNominatif: "vote_nominatif",
}

# Foreign keys to a councillor: stored as "BARBE Eric (n° 2)" rather than "2".
_VERS_CONSEILLER = {"president_id", "pouvoir_a_id", "rapporteur_id", "conseiller_id"}
# Keys already given by objet_cle / seance_id: left out of the summaries.
_CLES_TECHNIQUES = {"id", "seance_id", "deliberation_id"}
# Derived columns: their change is already told by the column they come from.
_DERIVEES = {"objet_plie"}

LIBELLES_CHAMPS = {
    "civilite": "civilité",
    "prenom": "prénom",
    "rang_adjoint": "rang d'adjoint",
    "rang_tableau": "rang au tableau",
    "mandat_debut": "début de mandat",
    "mandat_fin": "fin de mandat",
    "numero": "numéro",
    "annee": "année",
    "president_id": "président",
    "seconde_convocation": "seconde convocation",
    "date_convocation": "date de convocation",
    "date_affichage_convocation": "affichage de la convocation",
    "etat": "état",
    "date_approbation_pv": "approbation du procès-verbal",
    "date_cloture": "clôture",
    "cloturee_par": "clôturée par",
    "conseiller_id": "conseiller",
    "pouvoir_a_id": "pouvoir donné à",
    "arrivee_ordre": "arrivée au point",
    "depart_ordre": "départ au point",
    "reference": "référence",
    "matiere_code": "matière",
    "rapporteur_id": "rapporteur",
    "preambule": "préambule",
    "considerants": "considérants",
    "debats": "débats",
    "mode_scrutin": "mode de scrutin",
    "demandes_secret": "demandes de scrutin secret",
    "demandes_public": "demandes de scrutin public",
    "vote_saisi": "vote saisi",
    "voix_president": "voix du président",
    "resultat": "résultat",
    "date_affichage": "affichage ou publication",
    "date_transmission": "transmission en préfecture",
    "date_accuse_reception": "accusé de réception",
    "identifiant_accuse": "identifiant de l'accusé",
    "corrige_id": "corrige la délibération n°",
}


def utilisateur() -> str:
    """The operating-system user name, as the history and the closing record it."""
    try:
        nom = getpass.getuser()
    except Exception:  # no USER/LOGNAME and no password database entry
        nom = ""
    return (nom or "inconnu")[:80]


def libelle_champ(champ: str | None) -> str:
    return LIBELLES_CHAMPS.get(champ or "", (champ or "").replace("_", " "))


def installer() -> None:
    """Hook the history and the guards on every Session (idempotent)."""
    if not event.contains(Session, "before_flush", _avant_flush):
        event.listen(Session, "before_flush", _avant_flush)
        event.listen(Session, "after_flush", _apres_flush)


def _avant_flush(session: Session, _context: Any, _instances: Any) -> None:
    from mairie_app.db.garde import verifier_cloture

    _refuser_lecture_seule(session)
    _supprimer_orphelins(session)
    verifier_cloture(session)


def _refuser_lecture_seule(session: Session) -> None:
    bind = session.get_bind()
    engine = bind.engine if isinstance(bind, Connection) else bind
    if not en_lecture_seule(engine):
        return
    if session.new or session.deleted or any(session.is_modified(o) for o in session.dirty):
        raise StorageError(
            "Registre ouvert en lecture seule : la modification n'a pas été enregistrée."
        )


def _supprimer_orphelins(session: Session) -> None:
    """A child taken out of a delete-orphan collection is deleted explicitly now.

    The flush would delete it anyway; doing it here puts it (and, by cascade, its
    own children) in session.deleted, where the guard and the history see it.
    """
    for obj in list(session.dirty):
        insp = inspect(obj)
        for rel in insp.mapper.relationships:
            if not rel.cascade.delete_orphan:
                continue
            for child in insp.attrs[rel.key].history.deleted or ():
                if child is not None and inspect(child).persistent and child not in session.deleted:
                    session.delete(child)


def _apres_flush(session: Session, _context: Any) -> None:
    lignes = _Releve(session).lignes()
    if lignes:
        session.connection().execute(insert(m.Historique.__table__), lignes)


class _Releve:
    """Turns the pre-flush state of one flush into history rows."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.quand = datetime.now()
        self.qui = utilisateur()
        self._noms: dict[int, str] = {}

    def lignes(self) -> list[dict[str, Any]]:
        crees = self._par_cle(self.session.new)
        supprimes = self._par_cle(self.session.deleted)
        lignes: list[dict[str, Any]] = []
        for cle, obj in crees.items():
            if cle in supprimes:  # same key deleted and re-created: a "row switch"
                avant, apres = _valeurs(supprimes[cle]), _valeurs(obj)
                changes = [(k, avant.get(k), v) for k, v in apres.items() if avant.get(k) != v]
                lignes += self._modifications(obj, changes)
            else:
                lignes.append(self._ligne(obj, CREATION, None, None, self._resume(obj)))
        for cle, obj in supprimes.items():
            if cle not in crees:
                lignes.append(self._ligne(obj, SUPPRESSION, None, self._resume(obj), None))
        for obj in self.session.dirty:
            if type(obj) in OBJETS and obj not in self.session.deleted:
                lignes += self._modifications(obj, _changements(obj))
        return lignes

    @staticmethod
    def _par_cle(objets: Iterable[Any]) -> dict[tuple, Any]:
        return {
            (type(o), tuple(inspect(o).mapper.primary_key_from_instance(o))): o
            for o in objets
            if type(o) in OBJETS
        }

    def _modifications(self, obj: Any, changes: list[tuple[str, Any, Any]]) -> list[dict]:
        return [
            self._ligne(obj, MODIFICATION, champ, self._texte(champ, a), self._texte(champ, n))
            for champ, a, n in changes
        ]

    def _ligne(
        self, obj: Any, action: str, champ: str | None, avant: str | None, apres: str | None
    ) -> dict[str, Any]:
        cle = inspect(obj).mapper.primary_key_from_instance(obj)
        return {
            "horodatage": self.quand,
            "utilisateur": self.qui,
            "action": action,
            "objet_type": OBJETS[type(obj)],
            "objet_cle": "/".join(str(v) for v in cle)[:40],
            "objet_libelle": self._libelle(obj)[:300],
            "seance_id": self._seance_id(obj),
            "champ": champ,
            "ancienne_valeur": avant,
            "nouvelle_valeur": apres,
        }

    def _resume(self, obj: Any) -> str:
        return " ; ".join(
            f"{libelle_champ(k)} : {self._texte(k, v)}"
            for k, v in _valeurs(obj).items()
            if k not in _CLES_TECHNIQUES and v is not None and v != ""
        )

    def _texte(self, champ: str, valeur: Any) -> str | None:
        if valeur is None:
            return None
        if champ in _VERS_CONSEILLER:
            return f"{self._nom(valeur)} (n° {valeur})"
        if isinstance(valeur, Enum):
            return str(valeur.value)
        if isinstance(valeur, bool):
            return "oui" if valeur else "non"
        if isinstance(valeur, date | time | datetime):
            return valeur.isoformat()
        return str(valeur)

    def _charger(self, model: type, ident: int | None) -> Any:
        """The row if the session already holds it (the usual case): no query needed."""
        if ident is None:
            return None
        return self.session.identity_map.get(identity_key(model, ident))

    def _nom(self, conseiller_id: int) -> str:
        if conseiller_id not in self._noms:
            c = self._charger(m.Conseiller, conseiller_id)
            if c is not None:
                self._noms[conseiller_id] = f"{c.nom} {c.prenom}"
            else:
                table = m.Conseiller.__table__
                row = (
                    self.session.connection()
                    .execute(select(table.c.nom, table.c.prenom).where(table.c.id == conseiller_id))
                    .first()
                )
                self._noms[conseiller_id] = f"{row.nom} {row.prenom}" if row else "?"
        return self._noms[conseiller_id]

    def _deliberation(self, deliberation_id: int) -> tuple[int | None, str]:
        """(seance_id, "point 2") of a deliberation, from the session or the database."""
        d = self._charger(m.Deliberation, deliberation_id)
        if d is not None:
            return d.seance_id, f"point {d.ordre}"
        table = m.Deliberation.__table__
        row = (
            self.session.connection()
            .execute(select(table.c.seance_id, table.c.ordre).where(table.c.id == deliberation_id))
            .first()
        )
        return (row.seance_id, f"point {row.ordre}") if row else (None, "point ?")

    def _seance_id(self, obj: Any) -> int | None:
        if isinstance(obj, m.Seance):
            return obj.id
        if isinstance(obj, m.NonParticipant | m.VoteNominatif):
            return self._deliberation(obj.deliberation_id)[0]
        return getattr(obj, "seance_id", None)

    def _libelle(self, obj: Any) -> str:
        v = inspect(obj).dict
        if isinstance(obj, m.Conseiller):
            return f"Conseiller {v.get('nom', '')} {v.get('prenom', '')}"
        if isinstance(obj, m.Seance):
            jour = v.get("date")
            return f"Séance n° {v.get('numero')} du {jour:%d/%m/%Y}" if jour else "Séance"
        if isinstance(obj, m.Deliberation):
            return f"Délibération {v.get('reference', '')} (point {v.get('ordre')})"
        nom = self._nom(v["conseiller_id"]) if v.get("conseiller_id") else "?"
        if isinstance(obj, m.Presence):
            return f"Présence de {nom}"
        if isinstance(obj, m.SeanceSecretaire):
            return f"Secrétaire de séance : {nom}"
        point = self._deliberation(obj.deliberation_id)[1]
        if isinstance(obj, m.NonParticipant):
            return f"Ne prend pas part au vote : {nom} ({point})"
        return f"Vote nominatif de {nom} ({point})"


def _valeurs(obj: Any) -> dict[str, Any]:
    """Column values already loaded (no lazy load on a row the flush just deleted)."""
    d = inspect(obj).dict
    return {
        a.key: d[a.key]
        for a in inspect(obj).mapper.column_attrs
        if a.key in d and a.key not in _DERIVEES
    }


def _changements(obj: Any) -> list[tuple[str, Any, Any]]:
    """(field, old, new) for every column whose value really changed."""
    insp = inspect(obj)
    result = []
    for attr in insp.mapper.column_attrs:
        if attr.key in _DERIVEES:
            continue
        h = insp.attrs[attr.key].history
        if not h.has_changes():
            continue
        avant = h.deleted[0] if h.deleted else None
        apres = h.added[0] if h.added else None
        if avant != apres:
            result.append((attr.key, avant, apres))
    return result
