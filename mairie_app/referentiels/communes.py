"""The official list of French communes, to fill in a town hall's identity.

The secretary picks her commune once; its INSEE code, SIREN, département and
arrondissement then come from this list instead of being typed (and mistyped). The list
ships as resources/communes.tsv.gz, built by tools/build_communes.py from Etalab's
"découpage administratif" package (INSEE's Code officiel géographique). About 37,600
rows take a few tenths of a second to read, so nothing is read at import time: the file
is loaded the first time a function below needs it, then kept in memory.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache

from mairie_app.domain.texte import plier
from mairie_app.paths import resources_dir

FICHIER = "communes.tsv.gz"

LIBELLES_TYPES = {
    "COM": "commune",
    "COMD": "commune déléguée",
    "COMA": "commune associée",
    "ARM": "arrondissement municipal",
}
# Current communes first: a delegated or associated commune no longer has its own
# council, so it is rarely the one looked for; municipal arrondissements come between.
_ORDRE_TYPES = {"COM": 0, "ARM": 1, "COMD": 2, "COMA": 2}

# INSEE codes ("59146", "2A004") and postal codes, whole or begun.
_RE_CODE = re.compile(r"^(\d[\dAB]\d{0,3}|\d)$", re.IGNORECASE)
# Abbreviations people type for the commonest first words of names.
_ABREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}
# Leading articles of names, folded ("L'Haÿ" folds to "l hay").
_ARTICLES_PLIES = {"le", "la", "les", "l", "aux", "las", "los"}


@dataclass(frozen=True, slots=True)
class CommuneRef:
    """One row of the official list: a commune, or a delegated, associated or municipal
    arrondissement one (these share the INSEE code space but are not communes).

    ``type_liaison``, ``departement_liaison`` and ``arrondissement_liaison`` are INSEE's
    TNCC, for ``mairie_app.domain.articles.avec_de`` ("du Nord", "de Lille"). The
    arrondissement fields are None for the communes of overseas collectivities, which
    have no arrondissement.
    """

    code_insee: str
    nom: str
    type: str
    type_liaison: int
    departement_code: str
    departement_nom: str
    departement_liaison: int
    arrondissement_code: str | None
    arrondissement_nom: str | None
    arrondissement_liaison: int | None
    population: int | None
    siren: str | None
    codes_postaux: tuple[str, ...]
    commune_parent: str | None

    @property
    def libelle_type(self) -> str:
        """The type in words: "commune", "commune déléguée", "commune associée"…"""
        return LIBELLES_TYPES[self.type]


def _ou_rien(valeur: str) -> str | None:
    return valeur or None


def _entier_ou_rien(valeur: str) -> int | None:
    return int(valeur) if valeur else None


def _lire_lignes() -> list[list[str]]:
    """The rows of the bundled file, header dropped. Kept apart so tests can count reads."""
    chemin = resources_dir() / FICHIER
    with gzip.open(chemin, "rt", encoding="utf-8", newline="\n") as flux:
        texte = flux.read()
    lignes = texte.splitlines()
    return [ligne.split("\t") for ligne in lignes[1:] if ligne]


@lru_cache(maxsize=1)
def load_communes() -> tuple[CommuneRef, ...]:
    """Every row of the list, sorted by INSEE code (current commune before delegated one).

    Read on the first call only. A tuple, so the cached list cannot be changed by a caller.
    """
    communes = []
    for (
        code,
        nom,
        type_,
        liaison,
        dep_code,
        dep_nom,
        dep_liaison,
        arr_code,
        arr_nom,
        arr_liaison,
        population,
        siren,
        codes_postaux,
        parent,
    ) in _lire_lignes():
        communes.append(
            CommuneRef(
                code_insee=code,
                nom=nom,
                type=type_,
                type_liaison=int(liaison),
                departement_code=dep_code,
                departement_nom=dep_nom,
                departement_liaison=int(dep_liaison),
                arrondissement_code=_ou_rien(arr_code),
                arrondissement_nom=_ou_rien(arr_nom),
                arrondissement_liaison=_entier_ou_rien(arr_liaison),
                population=_entier_ou_rien(population),
                siren=_ou_rien(siren),
                codes_postaux=tuple(codes_postaux.split()),
                commune_parent=_ou_rien(parent),
            )
        )
    return tuple(communes)


def _sans_article(cle: str) -> str:
    """A folded name without its leading article: "le mans" -> "mans"."""
    premier, _, reste = cle.partition(" ")
    return reste if reste and premier in _ARTICLES_PLIES else cle


@lru_cache(maxsize=1)
def _index_noms() -> tuple[tuple[str, str, CommuneRef], ...]:
    """Each row with its folded name, with and without article, computed once rather
    than at every keystroke."""
    index = []
    for commune in load_communes():
        cle = plier(commune.nom)
        nu = _sans_article(cle) if commune.type_liaison >= 2 else cle
        index.append((cle, nu, commune))
    return tuple(index)


@lru_cache(maxsize=1)
def _par_code() -> dict[str, CommuneRef]:
    par_code: dict[str, CommuneRef] = {}
    for commune in load_communes():
        actuelle = par_code.get(commune.code_insee)
        if actuelle is None or _ORDRE_TYPES[commune.type] < _ORDRE_TYPES[actuelle.type]:
            par_code[commune.code_insee] = commune
    return par_code


def get_commune_ref(code_insee: str) -> CommuneRef | None:
    """The row for this INSEE code, or None.

    A commune nouvelle often keeps the code of one of its delegated communes; then the
    current commune is returned, since it is the one with a council and a SIREN.
    """
    return _par_code().get(code_insee.strip().upper())


def _plier_requete(texte: str) -> str:
    mots = plier(texte).split()
    return " ".join(_ABREVIATIONS.get(mot, mot) for mot in mots)


def _cle(rang: int, commune: CommuneRef) -> tuple[int, int, int, str, str]:
    # Within a rank, bigger communes first: they are more often the one meant.
    return (
        _ORDRE_TYPES[commune.type],
        rang,
        -(commune.population or 0),
        commune.nom,
        commune.code_insee,
    )


def search_communes(text: str, limit: int = 20) -> list[CommuneRef]:
    """Rows matching a name fragment, an INSEE code or a postal code, best first.

    Names are compared without accents, case, hyphens or apostrophes ("chereng" finds
    "Chéreng", "saint etienne" and "st etienne" find "Saint-Étienne"), with or without
    their article ("mans" finds "Le Mans" as an exact match). Current communes
    come first, then municipal arrondissements, then delegated and associated communes;
    within each, the exact name (or code), then names (or codes) starting with the text,
    then names with a word starting with it, then other matches. A code matches INSEE
    codes and postal codes, whole or begun. At most ``limit`` rows; an empty text gives
    none.
    """
    brut = text.strip()
    if _RE_CODE.match(brut):
        return _chercher_code(brut.upper(), limit)
    requete = _plier_requete(brut)
    if not requete:
        return []
    debut_mot = " " + requete
    trouves: list[tuple[tuple[int, int, int, str, str], CommuneRef]] = []
    for cle, nu, commune in _index_noms():
        if requete not in cle:
            continue
        if requete in (cle, nu):
            rang = 0
        elif cle.startswith(requete) or nu.startswith(requete):
            rang = 1
        elif debut_mot in " " + cle:
            rang = 2
        else:
            rang = 3
        trouves.append((_cle(rang, commune), commune))
    trouves.sort(key=lambda t: t[0])
    return [commune for _, commune in trouves[:limit]]


def _chercher_code(code: str, limit: int) -> list[CommuneRef]:
    trouves = []
    for commune in load_communes():
        if commune.code_insee == code:
            rang = 0
        elif code in commune.codes_postaux:
            rang = 1
        elif commune.code_insee.startswith(code):
            rang = 2
        elif any(cp.startswith(code) for cp in commune.codes_postaux):
            rang = 3
        else:
            continue
        trouves.append((_cle(rang, commune), commune))
    trouves.sort(key=lambda t: t[0])
    return [commune for _, commune in trouves[:limit]]
