"""The small toolkit that reads JSON values and says, in French, where one is wrong.

Errors are collected rather than raised one by one, so a file typed by hand is
corrected in one go: the message lists the first problems with their JSON path.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from mairie_app.domain.texte import plier
from mairie_app.domain.types import Civilite
from mairie_app.errors import ValidationError
from mairie_app.exchange.erreurs import SeanceFileError

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HEURE_RE = re.compile(r"^\d{2}:\d{2}(:\d{2})?$")
# json's English messages, in the words a secretary can act on.
_MESSAGES_JSON = {
    "Expecting value": "une valeur est attendue",
    "Expecting property name enclosed in double quotes": "un nom de clé entre guillemets "
    "doubles est attendu",
    "Expecting ',' delimiter": "une virgule est attendue",
    "Expecting ':' delimiter": "deux-points (:) sont attendus",
    "Unterminated string starting at": "un texte n'est pas fermé par des guillemets",
    "Invalid control character at": "caractère de contrôle interdit dans un texte",
    "Extra data": "des données suivent la fin de l'objet principal",
    "Invalid \\escape": "séquence d'échappement (\\) invalide",
}


@dataclass(frozen=True)
class Membre:
    """A councillor as a file names him; `chemin` says where, for messages."""

    civilite: Civilite
    nom: str
    prenom: str
    chemin: str = field(default="", compare=False)

    @property
    def cle(self) -> tuple[str, str, str]:
        """Civilité, name and first name without case or accents: how members are matched."""
        return (self.civilite.value, plier(self.nom), plier(self.prenom))

    @property
    def libelle(self) -> str:
        return f"{self.civilite.value} {self.nom.upper()} {self.prenom}"


class _ConstanteInterdite(ValueError):
    pass


def lire_json(source: Path | str | bytes) -> Any:
    """The decoded JSON value of a file (path) or of bytes; refuse what is not JSON."""
    if isinstance(source, bytes):
        brut = source
    else:
        try:
            brut = Path(source).read_bytes()
        except FileNotFoundError as exc:
            raise ValidationError(f"Fichier {source} : introuvable.", "fichier") from exc
        except OSError as exc:
            raise ValidationError(
                f"Fichier {source} : illisible ({exc.strerror}).", "fichier"
            ) from exc
    try:
        texte = brut.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SeanceFileError(
            "$",
            f"le fichier n'est pas en UTF-8 (octet illisible en position {exc.start}) ; "
            "enregistrez-le en UTF-8",
        ) from exc
    if not texte.strip():
        raise SeanceFileError("$", "fichier vide : il ne contient aucune séance")
    try:
        return json.loads(texte, parse_constant=_refuser_constante)
    except _ConstanteInterdite as exc:
        raise SeanceFileError(
            "$", f"JSON invalide : {exc} (NaN et Infinity sont interdits)"
        ) from exc
    except json.JSONDecodeError as exc:
        raison = next((fr for en, fr in _MESSAGES_JSON.items() if exc.msg.startswith(en)), exc.msg)
        # An unterminated string also means the text ended inside it.
        if exc.pos >= len(texte.rstrip()) or exc.msg.startswith("Unterminated string"):
            raison = "le fichier est tronqué : il s'arrête avant la fin des données"
        raise SeanceFileError(
            "$", f"JSON illisible ligne {exc.lineno}, colonne {exc.colno} : {raison}"
        ) from exc


def _refuser_constante(nom: str) -> Any:
    raise _ConstanteInterdite(f"valeur {nom}")


def _type_json(valeur: Any) -> str:
    if valeur is None:
        return "null"
    if isinstance(valeur, bool):
        return "vrai/faux"
    if isinstance(valeur, int | float):
        return "un nombre"
    if isinstance(valeur, str):
        return "un texte"
    if isinstance(valeur, list):
        return "une liste"
    return "un objet"


class Lecteur:
    """Typed accessors that record a (JSON path, rule) pair instead of raising."""

    def __init__(self) -> None:
        self.erreurs: list[tuple[str, str]] = []

    def erreur(self, chemin: str, regle: str) -> None:
        self.erreurs.append((chemin, regle))

    def lever(self) -> None:
        if self.erreurs:
            (chemin, regle), *autres = self.erreurs
            raise SeanceFileError(chemin, regle, tuple(autres))

    def _mauvais_type(self, chemin: str, attendu: str, valeur: Any) -> None:
        self.erreur(chemin, f"{attendu} attendu, le fichier donne {_type_json(valeur)}")

    def objet(
        self, data: Any, chemin: str, requis: Iterable[str], optionnels: Iterable[str]
    ) -> dict[str, Any] | None:
        """The object itself, its required keys present and no unknown key (typos)."""
        if not isinstance(data, dict):
            self._mauvais_type(chemin, "objet JSON ({…})", data)
            return None
        requis = tuple(requis)
        permis = (*requis, *optionnels)
        for cle in requis:
            if cle not in data:
                self.erreur(f"{chemin}.{cle}", "clé obligatoire absente")
        for cle in data:
            if cle not in permis:
                self.erreur(
                    f"{chemin}.{cle}", f"clé inconnue (clés permises : {', '.join(permis)})"
                )
        return data

    def liste(
        self,
        data: Any,
        chemin: str,
        lire: Callable[[Lecteur, Any, str], T | None],
        minimum: int = 0,
    ) -> list[T]:
        if not isinstance(data, list):
            self._mauvais_type(chemin, "liste ([…])", data)
            return []
        if len(data) < minimum:
            self.erreur(chemin, f"au moins {minimum} élément(s) attendu(s)")
        lus = (lire(self, v, f"{chemin}[{i}]") for i, v in enumerate(data))
        return [v for v in lus if v is not None]

    def texte(
        self, obj: dict, cle: str, chemin: str, non_vide: bool = False, nul: bool = False
    ) -> str:
        valeur = obj.get(cle, "")
        if valeur is None and nul:
            return ""
        if not isinstance(valeur, str):
            self._mauvais_type(f"{chemin}.{cle}", "texte", valeur)
            return ""
        if non_vide and not valeur.strip():
            self.erreur(f"{chemin}.{cle}", "texte non vide attendu")
        return valeur

    def entier(
        self,
        obj: dict,
        cle: str,
        chemin: str,
        minimum: int = 0,
        nul: bool = False,
        requis: bool = False,
    ) -> int | None:
        """An integer ≥ minimum; absent means 0, or None where null is allowed."""
        if cle not in obj:
            return None if nul or requis else 0
        valeur = obj[cle]
        if valeur is None and nul:
            return None
        if not isinstance(valeur, int) or isinstance(valeur, bool):
            self._mauvais_type(f"{chemin}.{cle}", "nombre entier", valeur)
            return None if nul else 0
        if valeur < minimum:
            self.erreur(f"{chemin}.{cle}", f"nombre entier supérieur ou égal à {minimum} attendu")
        return valeur

    def booleen(self, obj: dict, cle: str, chemin: str) -> bool:
        valeur = obj.get(cle, False)
        if not isinstance(valeur, bool):
            self._mauvais_type(f"{chemin}.{cle}", "true ou false", valeur)
            return False
        return valeur

    def date(self, obj: dict, cle: str, chemin: str, requis: bool = False) -> date | None:
        valeur = obj.get(cle)
        if valeur is None:
            if requis and cle in obj:
                self.erreur(f"{chemin}.{cle}", "date obligatoire (AAAA-MM-JJ)")
            return None
        if isinstance(valeur, str) and _DATE_RE.match(valeur):
            try:
                return date.fromisoformat(valeur)
            except ValueError:
                self.erreur(f"{chemin}.{cle}", f"« {valeur} » n'est pas une date du calendrier")
                return None
        self.erreur(f"{chemin}.{cle}", "date au format AAAA-MM-JJ attendue")
        return None

    def heure(self, obj: dict, cle: str, chemin: str) -> time | None:
        valeur = obj.get(cle)
        if isinstance(valeur, str) and _HEURE_RE.match(valeur):
            try:
                return time.fromisoformat(valeur)
            except ValueError:
                pass
        if cle in obj:
            self.erreur(f"{chemin}.{cle}", "heure au format HH:MM attendue (par exemple 18:30)")
        return None

    def enum(
        self,
        obj: dict,
        cle: str,
        chemin: str,
        cls: type[E],
        defaut: E | None = None,
        nul: bool = False,
    ) -> E | None:
        if cle not in obj:
            return defaut
        valeur = obj[cle]
        if valeur is None and nul:
            return None
        try:
            return cls(valeur)
        except ValueError:
            permis = ", ".join(f"« {m.value} »" for m in cls)
            self.erreur(f"{chemin}.{cle}", f"valeur attendue parmi {permis}")
            return defaut

    def membre(self, data: Any, chemin: str) -> Membre | None:
        """A reference {"civilite", "nom", "prenom"} to a councillor."""
        objet = self.objet(data, chemin, ("civilite", "nom", "prenom"), ())
        if objet is None:
            return None
        civilite = self.enum(objet, "civilite", chemin, Civilite)
        nom = self.texte(objet, "nom", chemin, non_vide=True)
        prenom = self.texte(objet, "prenom", chemin, non_vide=True)
        if civilite is None or not nom.strip() or not prenom.strip():
            return None
        return Membre(civilite, nom.strip(), prenom.strip(), chemin)

    def membre_ou_rien(self, data: Any, chemin: str) -> Membre | None:
        return None if data is None else self.membre(data, chemin)
