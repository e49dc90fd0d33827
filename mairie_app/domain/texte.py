"""Text folding shared by every search: communes, matières, councillors, objets.

A secretary types "alienation", "chereng" or "saint etienne" on a keyboard where accents,
hyphens and capitals are a nuisance; every search compares folded forms so that these
find "Aliénations", "Chéreng" and "Saint-Étienne".
"""

from __future__ import annotations

import re
import unicodedata

# Ligatures are not split by Unicode decomposition, so they are spelled out first.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"})
# Hyphens and apostrophes separate words in names ("Saint-Étienne", "L'Haÿ-les-Roses").
_SEPARATEURS = re.compile(r"[-‐‑–—'’ʼ`´_.,;:/()\s]+")


def sans_accents(texte: str) -> str:
    """Drop diacritics and spell out ligatures, keeping case ("Œuvre é" -> "OEuvre e")."""
    decompose = unicodedata.normalize("NFKD", texte.translate(_LIGATURES))
    return "".join(c for c in decompose if not unicodedata.combining(c))


def plier(texte: str) -> str:
    """Search key: lower case, no accents, words separated by single spaces.

    Hyphens, apostrophes and punctuation all become a space, so "Saint-Étienne",
    "saint etienne" and "SAINT ETIENNE" give the same key.
    """
    return _SEPARATEURS.sub(" ", sans_accents(texte).casefold()).strip()
