"""The "matières" of the ACTES nomenclature, used to class each deliberation.

The prefecture's ACTES system and the SCDL open-data schema both ask for the level-2
matière of every deliberation: its code (DELIB_MATIERE_CODE, e.g. "5.7") and its name
(DELIB_MATIERE_NOM, e.g. "institutions et vie politique/intercommunalité"). The list is
short and fixed, so it ships as resources/nomenclature-actes.csv (accents restored by hand,
see nomenclature-actes.SOURCE.txt) and is read once.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from mairie_app.domain.texte import plier
from mairie_app.paths import resources_dir

FICHIER = "nomenclature-actes.csv"

# The SCDL name is "written in accented lower case, without commas or parentheses".
_INTERDITS_SCDL = re.compile(r"[,()]")
# What a typed code looks like: "7", "7.", "7.1", "7.10".
_RE_CODE = re.compile(r"^\d{1,2}(\.\d{0,2})?$")


@dataclass(frozen=True)
class Matiere:
    """A level-2 matière, with the level-1 heading it belongs to.

    The heading is kept on each matière because both the SCDL name and the label shown
    to the user ("Finances locales / Subventions") need it.
    """

    code: str
    libelle: str
    niveau1_code: str
    niveau1_libelle: str

    @property
    def libelle_complet(self) -> str:
        """Heading and matière, for display: "Institutions et vie politique / Intercommunalité"."""
        return f"{self.niveau1_libelle} / {self.libelle}"

    @property
    def nom_scdl(self) -> str:
        """DELIB_MATIERE_NOM as the SCDL schema wants it.

        Lower case with accents, no comma or parenthesis, the two labels joined by a "/"
        with no space around it (the SCDL validator rejects "/ ").
        """
        parties = []
        for libelle in (self.niveau1_libelle, self.libelle):
            texte = _INTERDITS_SCDL.sub(" ", libelle.lower())
            texte = re.sub(r"\s*/\s*", "/", texte)
            parties.append(" ".join(texte.split()))
        return "/".join(parties)

    @property
    def cle_tri(self) -> tuple[int, ...]:
        """Numeric order, so that 7.10 comes after 7.9 and not after 7.1."""
        return _cle_code(self.code)


def _cle_code(code: str) -> tuple[int, ...]:
    return tuple(int(partie) for partie in code.split("."))


def _lire_csv() -> list[dict[str, str]]:
    chemin = resources_dir() / FICHIER
    with chemin.open(encoding="utf-8", newline="") as fichier:
        return list(csv.DictReader(fichier, delimiter=";"))


@lru_cache(maxsize=1)
def _charger() -> tuple[Matiere, ...]:
    lignes = _lire_csv()
    titres = {ligne["code"]: ligne["libelle"] for ligne in lignes if "." not in ligne["code"]}
    matieres = []
    for ligne in lignes:
        code = ligne["code"]
        if "." not in code:
            continue
        niveau1 = code.split(".", 1)[0]
        matieres.append(Matiere(code, ligne["libelle"], niveau1, titres[niveau1]))
    matieres.sort(key=lambda m: m.cle_tri)
    return tuple(matieres)


def load_matieres() -> list[Matiere]:
    """Every level-2 matière, in code order (1.1, 1.2, …, 7.9, 7.10, 8.1, …).

    The file is read once; each call returns a new list so callers may sort or filter it.
    """
    return list(_charger())


def get_matiere(code: str) -> Matiere | None:
    """The matière with this code ("5.7"), or None: codes come from stored records."""
    code = code.strip()
    return next((m for m in _charger() if m.code == code), None)


def search_matieres(text: str) -> list[Matiere]:
    """Matières matching a code or words of their labels, best first.

    Accents and case are ignored ("alienation" finds "Aliénations"). Every word typed
    must appear in the labels, heading included ("finances" lists all of chapter 7). A
    text that looks like a code matches codes only: the exact code first, then those
    starting with it ("7.1" gives 7.1 then 7.10). For words: the label itself, labels
    starting with the text, labels with words starting like those typed, then any
    other match; ties in code order.
    An empty text gives the whole list.
    """
    brut = text.strip()
    requete = plier(brut)
    if not requete:
        return load_matieres()
    if _RE_CODE.match(brut):
        # A code, or its beginning: "7" lists chapter 7, "7.1" gives 7.1 then 7.10.
        trouves = [m for m in _charger() if m.code == brut or m.code.startswith(brut)]
        return sorted(trouves, key=lambda m: (m.code != brut, m.cle_tri))
    # Dots only matter in codes; in words they are abbreviations ("F.P.T.").
    requete = plier(brut.replace(".", ""))
    mots = requete.split()
    resultats: list[tuple[int, tuple[int, ...], Matiere]] = []
    for matiere in _charger():
        libelle = plier(matiere.libelle)
        # Abbreviations are also searchable without their dots ("fpt" for "F.P.T.").
        sigles = plier(matiere.libelle.replace(".", ""))
        botte = f"{libelle} {plier(matiere.niveau1_libelle)} {sigles}"
        if libelle == requete:
            rang = 0
        elif libelle.startswith(requete):
            rang = 1
        elif all(f" {mot}" in f" {botte}" for mot in mots):
            rang = 2
        elif all(mot in botte for mot in mots):
            rang = 3
        else:
            continue
        resultats.append((rang, matiere.cle_tri, matiere))
    resultats.sort(key=lambda r: (r[0], r[1]))
    return [r[2] for r in resultats]
