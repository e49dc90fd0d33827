"""French as acts write it: dates, times and counts in words, figures in the box.

num2words spells numbers in the traditional way ("vingt et un", "quatre-vingts",
"deux cents"); Babel names the months. What they do not know about acts (the
"premier" of the first day, feminine hours and minutes) is added here.
"""

from __future__ import annotations

from datetime import date, time

from babel.dates import format_date
from babel.numbers import format_decimal
from num2words import num2words

LOCALE = "fr_FR"


def en_lettres(n: int) -> str:
    return num2words(n, lang="fr")


def en_lettres_feminin(n: int) -> str:
    """For hours and minutes: "une heure", "vingt et une heures"."""
    mots = en_lettres(n)
    if mots == "un" or mots.endswith(" un") or mots.endswith("-un"):
        mots = mots[:-2] + "une"
    return mots


def jour_en_lettres(d: date) -> str:
    """Day and month as the opening writes them: "douze février", "premier mars"."""
    jour = "premier" if d.day == 1 else en_lettres(d.day)
    return f"{jour} {format_date(d, 'MMMM', locale=LOCALE)}"


def heure_en_lettres(t: time) -> str:
    """ "dix-huit heures trente", "une heure", "midi" is left as "douze heures" on purpose.

    Acts keep the 24-hour clock so that the evening is never ambiguous.
    """
    heures = f"{en_lettres_feminin(t.hour)} heure{'s' if t.hour > 1 else ''}"
    if t.minute:
        heures += f" {en_lettres_feminin(t.minute)}"
    return heures


def ouverture(d: date, t: time) -> str:
    """ "L'an deux mille vingt-quatre, le douze février, à dix-huit heures trente"."""
    return f"L'an {en_lettres(d.year)}, le {jour_en_lettres(d)}, à {heure_en_lettres(t)}"


def date_longue(d: date) -> str:
    """ "12 février 2024", "1er mars 2024"."""
    if d.day == 1:
        return f"1er {format_date(d, 'MMMM y', locale=LOCALE)}"
    return format_date(d, "d MMMM y", locale=LOCALE)


def date_courte(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def heure_courte(t: time) -> str:
    """ "18 h 30" as in the numbers box."""
    return f"{t.hour} h {t.minute:02d}" if t.minute else f"{t.hour} h"


def pluriel(n: int, singulier: str, pluriel_: str | None = None) -> str:
    """ "0 abstention", "1 abstention", "2 abstentions": French keeps 0 and 1 singular."""
    mot = singulier if n < 2 else (pluriel_ or singulier + "s")
    return f"{n} {mot}"


def voix(n: int, sens: str) -> str:
    """ "23 voix pour", "1 voix contre"."""
    return f"{n} voix {sens}"


def date_avec_jour(d: date) -> str:
    """ "lundi 12 février 2024", "vendredi 1er mars 2024", as a convocation announces it."""
    return f"{format_date(d, 'EEEE', locale=LOCALE)} {date_longue(d)}"


def jours_en_lettres(n: int) -> str:
    """ "trois jours", "un jour": the convocation delay in the opening formula."""
    return f"{en_lettres(n)} jour{'s' if n > 1 else ''}"


def nombre(n: int) -> str:
    """ "3 078": French groups thousands with a narrow no-break space."""
    return format_decimal(n, locale=LOCALE)
