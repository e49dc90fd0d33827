"""Reading the national file of municipal councillors (Répertoire national des élus).

The Ministry of the Interior publishes every councillor of France in one CSV
(elus-conseillers-municipaux-cm.csv): semicolon-separated, 16 columns, one row per
function, so a person who is both adjoint and maire délégué has two rows. This
module keeps the rows of one commune and merges them into one person each, in the
ordre du tableau (maire, adjoints by rank, then the others in file order). Files
re-saved by a spreadsheet (BOM, Windows line endings, Latin-1) are read too.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from mairie_app.domain.texte import plier
from mairie_app.domain.types import Civilite, Fonction
from mairie_app.errors import ValidationError
from mairie_app.exchange.erreurs import RneFileError

COL_DEPARTEMENT = "Code du département"
COL_COMMUNE = "Code de la commune"
COL_LIBELLE_COMMUNE = "Libellé de la commune"
COL_NOM = "Nom de l'élu"
COL_PRENOM = "Prénom de l'élu"
COL_SEXE = "Code sexe"
COL_NAISSANCE = "Date de naissance"
COL_MANDAT = "Date de début du mandat"
COL_FONCTION = "Libellé de la fonction"
COLONNES_RNE = (
    COL_DEPARTEMENT, "Libellé du département",
    "Code de la collectivité à statut particulier",
    "Libellé de la collectivité à statut particulier",
    COL_COMMUNE, COL_LIBELLE_COMMUNE, COL_NOM, COL_PRENOM, COL_SEXE, COL_NAISSANCE,
    "Code de la catégorie socio-professionnelle",
    "Libellé de la catégorie socio-professionnelle",
    COL_MANDAT, COL_FONCTION, "Date de début de la fonction", "Code nationalité",
)  # fmt: skip

_CIVILITES = {"M": Civilite.MONSIEUR, "F": Civilite.MADAME}
_ADJOINT_RE = re.compile(r"^(?:(\d+)\s*(?:er|ere|re|e|eme|me)?\s+)?adjointe?(?: au maire)?$")
_DELEGUE_RE = re.compile(r"^conseill(?:er|ere)(?: municipale?)? deleguee?$")
_PRIORITE = {Fonction.MAIRE: 3, Fonction.ADJOINT: 2, Fonction.DELEGUE: 1, Fonction.CONSEILLER: 0}


@dataclass(frozen=True)
class EluRne:
    """One person of the commune, all his rows merged."""

    civilite: Civilite
    nom: str
    prenom: str
    mandat_debut: date
    fonction: Fonction
    rang_adjoint: int | None
    fonctions: tuple[str, ...]  # the labels as the file writes them
    lignes: tuple[int, ...]

    @property
    def cle(self) -> tuple[str, str]:
        return (plier(self.nom), plier(self.prenom))

    @property
    def designation(self) -> str:
        return f"{self.civilite.value} {self.nom.upper()} {self.prenom}"


@dataclass(frozen=True)
class FichierRne:
    code_insee: str
    commune_nom: str
    elus: tuple[EluRne, ...]  # in the ordre du tableau


def fonction_rne(libelle: str) -> tuple[Fonction, int | None] | None:
    """ "Maire", "2e adjoint au maire"… as a function and rank; None for another office.

    Offices the register does not model (maire délégué, adjoint spécial) leave the
    person's place unchanged: they come as extra rows of someone already listed.
    """
    texte = plier(libelle)
    if not texte:
        return (Fonction.CONSEILLER, None)
    if texte == "maire":
        return (Fonction.MAIRE, None)
    adjoint = _ADJOINT_RE.match(texte)
    if adjoint:
        return (Fonction.ADJOINT, int(adjoint.group(1)) if adjoint.group(1) else None)
    if _DELEGUE_RE.match(texte):
        return (Fonction.DELEGUE, None)
    return None


def code_commune(departement: str, commune: str) -> str:
    """The five-character INSEE code, with the leading zeros a spreadsheet dropped.

    "1001" is 01001; a bare commune part ("146") is put after its département.
    """
    code = commune.strip().upper()
    if len(code) == 4 and code.isdigit():
        return code.zfill(5)
    if 0 < len(code) <= 3:
        dep = departement.strip().upper()
        dep = dep.zfill(2) if dep.isdigit() else dep
        return dep + code.zfill(5 - len(dep))
    return code


def decoder(brut: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252, else Latin-1 (which never fails)."""
    for encodage in ("utf-8-sig", "cp1252"):
        try:
            return brut.decode(encodage)
        except UnicodeDecodeError:
            continue
    return brut.decode("latin-1")


def lire_rne(source: Path | str | bytes, code_insee: str) -> FichierRne:
    """The councillors of one commune in the file; RneFileError names the line at fault."""
    if isinstance(source, bytes):
        brut = source
    else:
        try:
            brut = Path(source).read_bytes()
        except OSError as exc:
            raise ValidationError(
                f"Fichier {source} : illisible ({exc.strerror or exc}).", "fichier"
            ) from exc
    texte = decoder(brut)
    if not texte.strip():
        raise RneFileError("Fichier des élus vide : il ne contient aucune ligne.")
    lignes = csv.reader(io.StringIO(texte, newline=""), delimiter=";")
    entete = [c.strip().lstrip("\ufeff") for c in next(lignes)]
    index = _index(entete)
    groupes: dict[tuple[str, str, str], list[tuple[int, list[str]]]] = {}
    commune_nom = ""
    for numero, row in enumerate(lignes, start=2):
        if len(row) <= index[COL_COMMUNE] or not any(c.strip() for c in row):
            continue
        if code_commune(row[index[COL_DEPARTEMENT]], row[index[COL_COMMUNE]]) != code_insee:
            continue
        if len(row) < len(entete):
            raise RneFileError(f"{len(row)} colonnes au lieu de {len(entete)}.", numero)
        commune_nom = commune_nom or row[index[COL_LIBELLE_COMMUNE]].strip()
        cle = (
            plier(row[index[COL_NOM]]),
            plier(row[index[COL_PRENOM]]),
            row[index[COL_NAISSANCE]].strip(),
        )
        groupes.setdefault(cle, []).append((numero, row))
    if not groupes:
        raise RneFileError(
            f"Aucun élu de la commune {code_insee} dans ce fichier : vérifiez le code INSEE "
            "(et que c'est bien le fichier des conseillers municipaux)."
        )
    elus = [_elu(rows, index) for rows in groupes.values()]
    return FichierRne(code_insee, commune_nom, _ordre_du_tableau(elus))


def _index(entete: list[str]) -> dict[str, int]:
    manquantes = tuple(c for c in COLONNES_RNE if c not in entete)
    if manquantes:
        liste = ", ".join(f"« {c} »" for c in manquantes)
        indice = ""
        if len(entete) == 1 and ("\t" in entete[0] or "," in entete[0]):
            indice = " Le séparateur attendu est le point-virgule (;)."
        raise RneFileError(
            "Ce n'est pas le fichier des conseillers municipaux du Répertoire national des "
            f"élus : {len(manquantes)} colonne(s) manquante(s) : {liste}.{indice}",
            colonnes_manquantes=manquantes,
        )
    return {c: entete.index(c) for c in COLONNES_RNE}


def _date(texte: str, colonne: str, numero: int) -> date:
    texte = texte.strip()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(texte, fmt).date()
        except ValueError:
            continue
    raise RneFileError(f"{colonne} « {texte} » : date JJ/MM/AAAA attendue.", numero)


def _elu(rows: list[tuple[int, list[str]]], index: dict[str, int]) -> EluRne:
    numero, premier = rows[0]
    sexe = premier[index[COL_SEXE]].strip().upper()
    if sexe not in _CIVILITES:
        raise RneFileError(f"{COL_SEXE} « {sexe} » : M ou F attendu.", numero)
    fonction, rang = Fonction.CONSEILLER, None
    libelles: list[str] = []
    for _, row in rows:
        libelle = row[index[COL_FONCTION]].strip()
        if libelle:
            libelles.append(libelle)
        lue = fonction_rne(libelle)
        if lue is not None and _PRIORITE[lue[0]] > _PRIORITE[fonction]:
            fonction, rang = lue
    return EluRne(
        civilite=_CIVILITES[sexe],
        nom=premier[index[COL_NOM]].strip(),
        prenom=premier[index[COL_PRENOM]].strip(),
        mandat_debut=min(_date(r[index[COL_MANDAT]], COL_MANDAT, n) for n, r in rows),
        fonction=fonction,
        rang_adjoint=rang,
        fonctions=tuple(libelles),
        lignes=tuple(n for n, _ in rows),
    )


def _ordre_du_tableau(elus: list[EluRne]) -> tuple[EluRne, ...]:
    """Maire, adjoints by rank (unnumbered ones after, in file order), then the others."""
    maires = [e for e in elus if e.fonction is Fonction.MAIRE]
    if len(maires) > 1:
        noms = " et ".join(f"{e.designation} (ligne {e.lignes[0]})" for e in maires)
        raise RneFileError(f"Deux maires pour une commune : {noms}.")
    adjoints = [e for e in elus if e.fonction is Fonction.ADJOINT]
    rangs: dict[int, EluRne] = {}
    for e in adjoints:
        if e.rang_adjoint is None:
            continue
        if e.rang_adjoint in rangs:
            autre = rangs[e.rang_adjoint]
            raise RneFileError(
                f"Deux adjoints au rang {e.rang_adjoint} : {autre.designation} "
                f"(ligne {autre.lignes[0]}) et {e.designation} (ligne {e.lignes[0]})."
            )
        rangs[e.rang_adjoint] = e
    suivant = max(rangs, default=0)
    numerotes = []
    for e in adjoints:
        if e.rang_adjoint is None:
            suivant += 1
            e = replace(e, rang_adjoint=suivant)
        numerotes.append(e)
    numerotes.sort(key=lambda e: e.rang_adjoint or 0)
    autres = [e for e in elus if e.fonction not in (Fonction.MAIRE, Fonction.ADJOINT)]
    return (*maires, *numerotes, *autres)
