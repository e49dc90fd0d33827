"""French "de" forms of place names: "de Lille", "d'Annecy", "du Nord", "de la Somme".

Deliberations and their headers write "la commune de Chéreng", "le département du Nord",
"l'arrondissement de Lille". The right form depends on the article of the name, which
INSEE records as a "type de nom en clair" (TNCC, called typeLiaison in Etalab's data):

====  =======  ============  ==========================
TNCC  article  "de" form     example
====  =======  ============  ==========================
0     none     de X          de Lille, de Paris
1     none     d'X           d'Annecy, d'Ille-et-Vilaine
2     Le       du X          du Nord, du Mans
3     La       de la X       de la Somme
4     Les      des X         des Landes
5     L'       de l'X        de l'Ain
6     Aux      des X         des Marais (Aux Marais)
7     Las      de Las X      de Las Illas
8     Los      de Los X      de Los Masos
====  =======  ============  ==========================

Names may come with or without their article ("Le Mans" or "Mans"). Départements are
stored without it and take a lower-case article in running text ("de la Somme",
"de l'Ain"). A commune whose official name includes "La" or "L'" keeps that capital when
the article cannot merge with "de", as the Imprimerie nationale's rules want
("de La Rochelle", "de L'Haÿ-les-Roses"), while "Le", "Les" and "Aux" merge
("du Mans", "des Sables-d'Olonne", "des Marais").
"""

from __future__ import annotations

# For each TNCC: the article a name may start with, and the "de" form before the bare name.
_ARTICLES: dict[int, tuple[str | None, str]] = {
    0: (None, "de "),
    1: (None, "d'"),
    2: ("Le ", "du "),
    3: ("La ", "de la "),
    4: ("Les ", "des "),
    5: ("L'", "de l'"),
    6: ("Aux ", "des "),
    7: ("Las ", "de Las "),
    8: ("Los ", "de Los "),
}

# Articles that stay written, with their capital, after "de" when the name includes them.
_ARTICLE_GARDE = {3, 5, 7, 8}

_APOSTROPHES = ("'", "’")


def _retirer_article(nom: str, article: str) -> str | None:
    """The name without its leading article, or None when it does not start with it."""
    if article == "L'":
        for apostrophe in _APOSTROPHES:
            prefixe = "L" + apostrophe
            if nom[: len(prefixe)].casefold() == prefixe.casefold():
                return nom[len(prefixe) :]
        return None
    if nom[: len(article)].casefold() == article.casefold():
        return nom[len(article) :]
    return None


def avec_de(nom: str, type_liaison: int) -> str:
    """The name preceded by "de" as French running text writes it.

    ``nom`` may include its article or not; ``type_liaison`` is INSEE's TNCC (0 to 8).
    Raises ValueError for an empty name or an unknown type, rather than print a wrong
    form in an official document.
    """
    nom = nom.strip()
    if not nom:
        raise ValueError("nom vide")
    if type_liaison not in _ARTICLES:
        raise ValueError(f"type de liaison inconnu : {type_liaison!r} (attendu 0 à 8)")
    article, forme_de = _ARTICLES[type_liaison]
    if article is None:
        return forme_de + nom
    nu = _retirer_article(nom, article)
    if nu is None:
        return forme_de + nom
    if type_liaison in _ARTICLE_GARDE:
        # "La Rochelle" -> "de La Rochelle": the article is part of the official name.
        return "de " + nom
    return forme_de + nu
