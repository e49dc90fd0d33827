"""The French sentences of the acts, as plain text, from plain data.

No ReportLab here: these functions only write French (agreement in gender and
number, "néant", "MM."), so they can be read and tested on their own. The layout
modules escape the text and add the bold.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from mairie_app.domain.presences import Comptage
from mairie_app.domain.types import (
    Choix,
    Civilite,
    Fonction,
    ModePublication,
    ModeScrutin,
    NatureSeance,
    Resultat,
    Statut,
)
from mairie_app.domain.wording import (
    date_longue,
    jours_en_lettres,
    ouverture,
    pluriel,
    voix,
)
from mairie_app.services.dto import (
    CommuneData,
    ConseillerData,
    DeliberationDocument,
    SeanceDocument,
)

NEANT = "néant"
BLANC = "____________________"
LIEU_PAR_DEFAUT = "au lieu ordinaire de ses séances"
_VOYELLES = "AEIOUYÉÈÊÂÎÔÛH"


# --- names and agreement ----------------------------------------------------
def feminin(c: ConseillerData) -> bool:
    return c.civilite is Civilite.MADAME


def tous_feminins(conseillers: Sequence[ConseillerData]) -> bool:
    return bool(conseillers) and all(feminin(c) for c in conseillers)


def accord(conseillers: Sequence[ConseillerData], mot: str, feminin_: str | None = None) -> str:
    """ "Présent", "Présente", "Présents", "Présentes" for a list of members."""
    fem = tous_feminins(conseillers)
    base = (feminin_ or mot + "e") if fem else mot
    if len(conseillers) < 2:
        return base
    return " ".join(m if m.endswith("s") else m + "s" for m in base.split())


def liste_noms(conseillers: Sequence[ConseillerData]) -> str:
    """ "MM. ZOUTE Pascal, BARBE Eric" (a mixed list, as registers write it), "Mme X"."""
    if not conseillers:
        return NEANT
    if len(conseillers) == 1:
        return conseillers[0].designation
    prefixe = "Mmes" if tous_feminins(conseillers) else "MM."
    return f"{prefixe} " + ", ".join(c.nom_tableau for c in conseillers)


def designations(conseillers: Sequence[ConseillerData]) -> str:
    """ "M. DELBROUCQ Damien, Mme RECLOUX Hélène": each with his own civilité."""
    return ", ".join(c.designation for c in conseillers) if conseillers else NEANT


def nom_officiel(c: ConseillerData) -> str:
    """ "Monsieur Pascal ZOUTE, Maire"."""
    return f"{c.civilite.long} {c.nom_complet}, {c.libelle_fonction}"


def majuscules_apres_de(forme_de: str) -> str:
    """ "de Chéreng" -> "de CHÉRENG", "du Mans" -> "du MANS", "de la Somme" -> "de la SOMME"."""
    for article in ("de la ", "de l'", "de ", "d'", "du ", "des "):
        if forme_de.startswith(article):
            return article + forme_de[len(article) :].upper()
    return forme_de.upper()


def president(doc: SeanceDocument) -> ConseillerData | None:
    return doc.president or doc.maire


def maire(doc: SeanceDocument) -> ConseillerData | None:
    return doc.maire or doc.president


# --- opening ----------------------------------------------------------------
def phrase_ouverture(doc: SeanceDocument) -> str:
    """The opening in words, with the convocation and its display."""
    s, c = doc.seance, doc.commune
    qualites = []
    if s.nature is NatureSeance.EXTRAORDINAIRE:
        qualites.append(" en séance extraordinaire")
    if s.seconde_convocation:
        qualites.append(" sur seconde convocation, sans condition de quorum,")
    lieu = (s.lieu or c.lieu_habituel or LIEU_PAR_DEFAUT).strip()
    pres = president(doc)
    presidence = f" sous la présidence de {nom_officiel(pres)}," if pres else ""
    delai = 1 if s.urgence else c.delai_convocation
    urgence = " en urgence" if s.urgence else ""
    affichage = (
        ", laquelle convocation a été affichée à la porte de la Mairie"
        if s.date_affichage_convocation
        else ""
    )
    texte = (
        f"{ouverture(s.date, s.heure)}, le Conseil Municipal de la Commune {c.de_commune} "
        f"s'est réuni{''.join(qualites)} {lieu}{presidence} à la suite de la convocation "
        f"qui lui a été faite{urgence} {jours_en_lettres(delai)} à l'avance{affichage}, "
        "conformément à la loi."
    )
    if s.urgence:
        texte += (
            " Le Maire a rendu compte de l'urgence dès l'ouverture de la séance et le "
            "Conseil s'est prononcé sur elle."
        )
    return texte


# --- attendance of one item ------------------------------------------------
@dataclass(frozen=True)
class Assistance:
    """Who is in the room for one item, and how the others are recorded."""

    presents: tuple[ConseillerData, ...]
    excuses: tuple[tuple[ConseillerData, str], ...]
    absents: tuple[tuple[ConseillerData, str], ...]

    def libelle_presents(self) -> str:
        return accord(self.presents, "Présent") if self.presents else "Présents"

    def libelle_excuses(self) -> str:
        membres = [m for m, _ in self.excuses]
        return accord(membres, "Absent excusé", "Absente excusée") if membres else "Absents excusés"

    def libelle_absents(self) -> str:
        membres = [m for m, _ in self.absents]
        return accord(membres, "Absent") if membres else "Absents"


def _note_horaire(m_arrivee: int | None, m_depart: int | None, ordre: int, fem: bool) -> str:
    e = "e" if fem else ""
    if m_arrivee is not None and ordre < m_arrivee:
        return f" (arrivé{e} au point {m_arrivee})"
    if m_depart is not None and ordre >= m_depart:
        return f" (parti{e} avant le point {m_depart})"
    return ""


def assistance(doc: SeanceDocument, ordre: int, comptage: Comptage) -> Assistance:
    """Présents, excusés (with their proxies) and absents for item `ordre`."""
    presents, excuses, absents = [], [], []
    for m in doc.membres:
        c = m.conseiller
        if c.id in comptage.presents_ids:
            presents.append(c)
            continue
        note = _note_horaire(m.arrivee_ordre, m.depart_ordre, ordre, feminin(c))
        if m.pouvoir_a is not None and c.id in comptage.representes_ids:
            excuses.append(
                (c, f"{c.designation}{note} donne pouvoir de vote à {m.pouvoir_a.designation}")
            )
        elif m.statut is Statut.EXCUSE:
            sans_effet = (
                f" (pouvoir donné à {m.pouvoir_a.designation}, absent lors de ce point)"
                if m.pouvoir_a is not None
                else ""
            )
            excuses.append((c, f"{c.designation}{sans_effet}"))
        else:
            absents.append((c, f"{c.designation}{note}"))
    return Assistance(tuple(presents), tuple(excuses), tuple(absents))


def libelle_secretaires(secretaires: Sequence[ConseillerData]) -> str:
    """ "A été nommé secrétaire", "A été nommée secrétaire", "Ont été nommés secrétaires"."""
    if not secretaires:
        return "Secrétaire de séance"
    if len(secretaires) == 1:
        return f"A été nommé{'e' if feminin(secretaires[0]) else ''} secrétaire"
    return f"Ont été nommé{'es' if tous_feminins(secretaires) else 's'} secrétaires"


def titre_secretaires(secretaires: Sequence[ConseillerData]) -> str:
    """Above the signature: "Le secrétaire de séance,", "La secrétaire…", "Les secrétaires…"."""
    if len(secretaires) > 1:
        return "Les secrétaires de séance,"
    if secretaires and feminin(secretaires[0]):
        return "La secrétaire de séance,"
    return "Le secrétaire de séance,"


# --- the vote ----------------------------------------------------------------
def proposition(dd: DeliberationDocument) -> str:
    r = dd.rapporteur
    if r is None or r.fonction is Fonction.MAIRE:
        return "Sur proposition du Maire,"
    return f"Sur le rapport de {r.civilite.value} {r.nom_complet}, {r.libelle_fonction},"


@dataclass(frozen=True)
class TexteVote:
    introduction: str  # printed in bold, ends with ":"
    lignes: tuple[str, ...]  # the figures, one per line
    conclusion: tuple[str, ...]  # non-participants, casting vote, rejection


def _noms_par_choix(dd: DeliberationDocument, choix: Choix) -> list[ConseillerData]:
    return [c for c, v in dd.votes_nominatifs if v is choix]


def texte_vote(doc: SeanceDocument, dd: DeliberationDocument) -> TexteVote:
    d, issue = dd.deliberation, dd.issue
    debut = f"Le Conseil municipal de la commune {doc.commune.de_commune}, après en avoir délibéré"
    if issue is None or not d.vote_saisi:
        return TexteVote(debut + " :", ("Vote non encore enregistré.",), ())
    unanimite = ""
    if issue.unanimite:
        partiel = d.abstentions or d.blancs or d.nuls
        unanimite = ", à l'unanimité des suffrages exprimés" if partiel else ", à l'unanimité"
    if d.mode_scrutin is ModeScrutin.SECRET:
        intro = f"{debut}, au scrutin secret{unanimite} :"
        bulletins = d.pour + d.contre + d.blancs + d.nuls
        lignes = [f"Votants : {dd.comptage.votants}"]
        if d.abstentions:
            lignes.append(f"Abstentions : {d.abstentions}")
        lignes += [
            f"Bulletins trouvés dans l'urne : {bulletins}",
            f"Bulletins blancs : {d.blancs}",
            f"Bulletins nuls : {d.nuls}",
            f"Suffrages exprimés : {issue.exprimes}",
            f"Pour : {d.pour}",
            f"Contre : {d.contre}",
        ]
    elif d.mode_scrutin is ModeScrutin.NOMINATIF:
        intro = f"{debut}, au scrutin public nominatif{unanimite}, par :"
        lignes = []
        for libelle, choix in (
            (voix(d.pour, "pour"), Choix.POUR),
            (pluriel(d.abstentions, "abstention"), Choix.ABSTENTION),
            (f"{d.contre} contre", Choix.CONTRE),
        ):
            noms = _noms_par_choix(dd, choix)
            lignes.append(f"{libelle} : {designations(noms)}" if noms else libelle)
    else:
        intro = f"{debut}{unanimite}, par :"
        lignes = [voix(d.pour, "pour"), pluriel(d.abstentions, "abstention"), f"{d.contre} contre"]
    conclusion = []
    if dd.non_participants:
        libelle = (
            "N'ont pas pris part au vote"
            if len(dd.non_participants) > 1
            else "N'a pas pris part au vote"
        )
        conclusion.append(f"{libelle} : {designations(dd.non_participants)}")
    if issue.voix_preponderante:
        sens = "adoptée" if issue.resultat is Resultat.ADOPTEE else "rejetée"
        conclusion.append(
            "Les voix étant partagées, la voix du président étant prépondérante "
            f"(article L2121-20 du CGCT), la proposition est {sens}."
        )
    elif issue.resultat is Resultat.REJETEE:
        conclusion.append("La proposition est rejetée.")
    return TexteVote(intro, tuple(lignes), tuple(conclusion))


def resultat_court(dd: DeliberationDocument) -> str:
    """ "Adoptée à l'unanimité", "Rejetée", "Non votée" for the lists and the PV."""
    if dd.issue is None or not dd.deliberation.vote_saisi:
        return "Non votée"
    return dd.issue.libelle


# --- after the vote --------------------------------------------------------
def date_ou_blanc(d: date | None) -> str:
    return date_longue(d) if d else BLANC


def mentions_execution(commune: CommuneData, dd: DeliberationDocument) -> list[str]:
    """The lines under "Certifié exécutoire par le Maire, compte tenu de :"."""
    d = dd.deliberation
    porte = {
        ModePublication.AFFICHAGE: "l'affichage à la porte de la Mairie le : ",
        ModePublication.PAPIER: "la publication sur papier (mise à disposition en mairie) le : ",
        ModePublication.ELECTRONIQUE: "la publication électronique sur le site de la commune le : ",
    }[commune.mode_publication]
    transmission = (
        f"la transmission au représentant de l'État le : {date_ou_blanc(d.date_transmission)}"
    )
    if d.date_accuse_reception or d.identifiant_accuse:
        accuse = "accusé de réception"
        if d.date_accuse_reception:
            accuse += f" du {date_longue(d.date_accuse_reception)}"
        if d.identifiant_accuse:
            accuse += f", n° {d.identifiant_accuse}"
        transmission += f" ({accuse})"
    return [porte + date_ou_blanc(d.date_affichage), transmission]


def tribunal(commune: CommuneData) -> str:
    """ "tribunal administratif de Lille", "tribunal administratif d'Amiens"."""
    ville = commune.tribunal_administratif.strip()
    if not ville:
        return "tribunal administratif compétent"
    if ville.casefold().startswith("tribunal"):
        return ville[0].lower() + ville[1:]
    de = "d'" if ville[0].upper() in _VOYELLES else "de "
    return f"tribunal administratif {de}{ville}"


def recours(commune: CommuneData) -> str:
    point_de_depart = (
        "son affichage"
        if commune.mode_publication is ModePublication.AFFICHAGE
        else "sa publication"
    )
    return (
        "La présente délibération peut faire l'objet d'un recours pour excès de pouvoir "
        f"devant le {tribunal(commune)} dans un délai de deux mois à compter de "
        f"{point_de_depart} et de sa transmission au représentant de l'État. Le tribunal "
        "administratif peut être saisi par l'application Télérecours citoyens accessible "
        "sur le site www.telerecours.fr."
    )
