"""Reading a séance file: JSON text to checked, typed data, before any database access.

The structure is checked by hand rather than with a JSON Schema library so that
the import needs nothing beyond the app's own dependencies, and so that every
message is French and names its place ("$.deliberations[0].vote.pour : nombre
entier attendu"). docs/seance-format.schema.json describes the same structure for
other programs; a test keeps both in step. Only the file's own consistency is
checked here (every member referenced is listed, no one twice); the legal rules
are the services' and run at import.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from mairie_app.domain.types import (
    Choix,
    EtatSeance,
    Fonction,
    ModePublication,
    ModeScrutin,
    NatureSeance,
    Resultat,
    Statut,
)
from mairie_app.exchange.erreurs import SeanceFileError
from mairie_app.exchange.seance_lecteur import Lecteur, Membre, lire_json

FORMAT = "mairie_app/seance"
VERSION = 1
E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True)
class ConseillerFichier:
    membre: Membre
    fonction: Fonction
    rang_adjoint: int | None
    mandat_debut: date
    mandat_fin: date | None
    chemin: str


@dataclass(frozen=True)
class PresenceFichier:
    membre: Membre
    statut: Statut
    pouvoir_a: Membre | None
    arrivee_ordre: int | None
    depart_ordre: int | None
    chemin: str

    @property
    def par_defaut(self) -> bool:
        """Present all along without proxy: the line a new séance already has."""
        return (
            self.statut is Statut.PRESENT
            and self.pouvoir_a is None
            and self.arrivee_ordre is None
            and self.depart_ordre is None
        )


@dataclass(frozen=True)
class VoteFichier:
    mode: ModeScrutin
    comptes: dict[str, int]  # only the counts the file gives
    voix_president: Choix | None
    demandes_secret: int
    demandes_public: int
    non_participants: tuple[Membre, ...]
    choix: tuple[tuple[Membre, Choix], ...]
    chemin: str


@dataclass(frozen=True)
class DeliberationFichier:
    ordre: int
    textes: dict[str, str]  # reference, objet, matiere_code and the texts
    rapporteur: Membre | None
    vote: VoteFichier | None
    resultat: Resultat | None
    suivi: dict[str, Any]  # the three dates and identifiant_accuse
    corrige: str | None
    chemin: str


@dataclass(frozen=True)
class SeanceFichier:
    commune: dict[str, Any]  # CommuneData fields the file gives
    conseillers: tuple[ConseillerFichier, ...]
    seance: dict[str, Any]  # SeanceData fields, president as a Membre
    presences: tuple[PresenceFichier, ...]
    secretaires: tuple[Membre, ...]
    deliberations: tuple[DeliberationFichier, ...]


_COMMUNE_TEXTES = (
    "departement_nom", "arrondissement_nom", "siret", "adresse",
    "tribunal_administratif", "format_reference", "lieu_habituel",
)  # fmt: skip
_COMMUNE_ENTIERS = ("population", "type_liaison", "departement_liaison", "arrondissement_liaison")
TEXTES_DELIBERATION = ("preambule", "visas", "considerants", "dispositif", "annexes", "debats")
COMPTES = ("pour", "contre", "abstentions", "blancs", "nuls")
DATES_SUIVI = ("date_affichage", "date_transmission", "date_accuse_reception")


def lire_fichier_seance(source: Path | str | bytes) -> SeanceFichier:
    """Parse and check a séance file (a path, or its bytes); raise SeanceFileError."""
    lecteur = Lecteur()
    fichier = _fichier(lecteur, lire_json(source))
    lecteur.lever()
    if fichier is None:  # every path to None records an error; kept as a safety net
        raise SeanceFileError("$", "fichier de séance illisible")
    _verifier_coherence(fichier)
    return fichier


def _fichier(lec: Lecteur, data: Any) -> SeanceFichier | None:
    racine = lec.objet(
        data, "$", ("format", "version", "commune", "conseillers", "seance", "deliberations"),
        ("application",),
    )  # fmt: skip
    if racine is None:
        return None
    if racine.get("format") != FORMAT:
        lec.erreur("$.format", f"« {FORMAT} » attendu : ce n'est pas un fichier de séance")
        return None
    version = racine.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        lec.erreur("$.version", f"le nombre {VERSION} attendu")
    elif version > VERSION:
        lec.erreur(
            "$.version",
            f"version {version} : le fichier vient d'une version plus récente de "
            "l'application, mettez-la à jour",
        )
        return None
    lec.texte(racine, "application", "$")
    commune = _commune(lec, racine.get("commune"))
    conseillers = lec.liste(racine.get("conseillers"), "$.conseillers", _conseiller, minimum=1)
    seance = lec.objet(
        racine.get("seance"), "$.seance",
        ("date", "heure", "numero", "presences"),
        ("lieu", "nature", "urgence", "seconde_convocation", "date_convocation",
         "date_affichage_convocation", "president", "etat", "date_approbation_pv",
         "secretaires"),
    )  # fmt: skip
    if seance is None:
        lec.liste(racine.get("deliberations"), "$.deliberations", _deliberation)
        return None
    champs = {
        "date": lec.date(seance, "date", "$.seance", requis=True),
        "heure": lec.heure(seance, "heure", "$.seance"),
        "numero": lec.entier(seance, "numero", "$.seance", minimum=1, requis=True),
        "lieu": lec.texte(seance, "lieu", "$.seance"),
        "nature": lec.enum(seance, "nature", "$.seance", NatureSeance, NatureSeance.ORDINAIRE),
        "urgence": lec.booleen(seance, "urgence", "$.seance"),
        "seconde_convocation": lec.booleen(seance, "seconde_convocation", "$.seance"),
        "date_convocation": lec.date(seance, "date_convocation", "$.seance"),
        "date_affichage_convocation": lec.date(seance, "date_affichage_convocation", "$.seance"),
        "president": lec.membre_ou_rien(seance.get("president"), "$.seance.president"),
        "etat": lec.enum(seance, "etat", "$.seance", EtatSeance, EtatSeance.BROUILLON),
        "date_approbation_pv": lec.date(seance, "date_approbation_pv", "$.seance"),
    }
    presences = lec.liste(seance.get("presences"), "$.seance.presences", _presence, minimum=1)
    secretaires = lec.liste(
        seance.get("secretaires", []), "$.seance.secretaires", lambda lc, v, c: lc.membre(v, c)
    )
    deliberations = lec.liste(racine.get("deliberations"), "$.deliberations", _deliberation)
    if commune is None:
        return None
    return SeanceFichier(
        commune=commune,
        conseillers=tuple(conseillers),
        seance=champs,
        presences=tuple(presences),
        secretaires=tuple(secretaires),
        deliberations=tuple(deliberations),
    )


def _commune(lec: Lecteur, data: Any) -> dict[str, Any] | None:
    optionnels = (*_COMMUNE_TEXTES, *_COMMUNE_ENTIERS, "mode_publication")
    objet = lec.objet(
        data, "$.commune", ("code_insee", "nom"), (*optionnels, "effectif_legal_override")
    )
    if objet is None:
        return None
    chemin = "$.commune"
    result: dict[str, Any] = {
        "code_insee": lec.texte(objet, "code_insee", chemin, non_vide=True),
        "nom": lec.texte(objet, "nom", chemin, non_vide=True),
    }
    for cle in _COMMUNE_TEXTES:
        if cle in objet:
            result[cle] = lec.texte(objet, cle, chemin)
    for cle in _COMMUNE_ENTIERS:
        if cle in objet:
            result[cle] = lec.entier(objet, cle, chemin)
    if "mode_publication" in objet:
        result["mode_publication"] = lec.enum(objet, "mode_publication", chemin, ModePublication)
    if "effectif_legal_override" in objet:
        result["effectif_legal_override"] = lec.entier(
            objet, "effectif_legal_override", chemin, minimum=1, nul=True
        )
    return result


def _conseiller(lec: Lecteur, data: Any, chemin: str) -> ConseillerFichier | None:
    objet = lec.objet(
        data, chemin, ("civilite", "nom", "prenom", "mandat_debut"),
        ("fonction", "rang_adjoint", "mandat_fin"),
    )  # fmt: skip
    if objet is None:
        return None
    membre = lec.membre({k: objet[k] for k in ("civilite", "nom", "prenom") if k in objet}, chemin)
    return ConseillerFichier(
        membre=membre,
        fonction=lec.enum(objet, "fonction", chemin, Fonction, Fonction.CONSEILLER),
        rang_adjoint=lec.entier(objet, "rang_adjoint", chemin, minimum=1, nul=True),
        mandat_debut=lec.date(objet, "mandat_debut", chemin, requis=True),
        mandat_fin=lec.date(objet, "mandat_fin", chemin),
        chemin=chemin,
    )


def _presence(lec: Lecteur, data: Any, chemin: str) -> PresenceFichier | None:
    objet = lec.objet(
        data, chemin, ("membre", "statut"), ("pouvoir_a", "arrivee_ordre", "depart_ordre")
    )
    if objet is None:
        return None
    return PresenceFichier(
        membre=lec.membre(objet.get("membre"), f"{chemin}.membre"),
        statut=lec.enum(objet, "statut", chemin, Statut),
        pouvoir_a=lec.membre_ou_rien(objet.get("pouvoir_a"), f"{chemin}.pouvoir_a"),
        arrivee_ordre=lec.entier(objet, "arrivee_ordre", chemin, minimum=1, nul=True),
        depart_ordre=lec.entier(objet, "depart_ordre", chemin, minimum=1, nul=True),
        chemin=chemin,
    )


def _deliberation(lec: Lecteur, data: Any, chemin: str) -> DeliberationFichier | None:
    objet = lec.objet(
        data, chemin, ("ordre", "reference", "objet"),
        ("matiere_code", "rapporteur", *TEXTES_DELIBERATION, "vote", "resultat",
         *DATES_SUIVI, "identifiant_accuse", "corrige"),
    )  # fmt: skip
    if objet is None:
        return None
    textes = {
        "reference": lec.texte(objet, "reference", chemin, non_vide=True),
        "objet": lec.texte(objet, "objet", chemin, non_vide=True),
        "matiere_code": lec.texte(objet, "matiere_code", chemin),
    }
    for cle in TEXTES_DELIBERATION:
        textes[cle] = lec.texte(objet, cle, chemin)
    suivi: dict[str, Any] = {cle: lec.date(objet, cle, chemin) for cle in DATES_SUIVI}
    suivi["identifiant_accuse"] = lec.texte(objet, "identifiant_accuse", chemin)
    vote = objet.get("vote")
    return DeliberationFichier(
        ordre=lec.entier(objet, "ordre", chemin, minimum=1, requis=True),
        textes=textes,
        rapporteur=lec.membre_ou_rien(objet.get("rapporteur"), f"{chemin}.rapporteur"),
        vote=None if vote is None else _vote(lec, vote, f"{chemin}.vote"),
        resultat=lec.enum(objet, "resultat", chemin, Resultat, None, nul=True),
        suivi=suivi,
        corrige=lec.texte(objet, "corrige", chemin, nul=True) or None,
        chemin=chemin,
    )


def _vote(lec: Lecteur, data: Any, chemin: str) -> VoteFichier | None:
    objet = lec.objet(
        data, chemin, ("mode",),
        (*COMPTES, "voix_president", "demandes_secret", "demandes_public",
         "non_participants", "choix"),
    )  # fmt: skip
    if objet is None:
        return None
    choix = lec.liste(objet.get("choix", []), f"{chemin}.choix", _choix)
    return VoteFichier(
        mode=lec.enum(objet, "mode", chemin, ModeScrutin),
        comptes={c: lec.entier(objet, c, chemin) for c in COMPTES if c in objet},
        voix_president=lec.enum(objet, "voix_president", chemin, Choix, None, nul=True),
        demandes_secret=lec.entier(objet, "demandes_secret", chemin),
        demandes_public=lec.entier(objet, "demandes_public", chemin),
        non_participants=tuple(
            lec.liste(
                objet.get("non_participants", []),
                f"{chemin}.non_participants",
                lambda lc, v, c: lc.membre(v, c),
            )
        ),
        choix=tuple(choix),
        chemin=chemin,
    )


def _choix(lec: Lecteur, data: Any, chemin: str) -> tuple[Membre, Choix] | None:
    objet = lec.objet(data, chemin, ("membre", "choix"), ())
    if objet is None:
        return None
    return (
        lec.membre(objet.get("membre"), f"{chemin}.membre"),
        lec.enum(objet, "choix", chemin, Choix),
    )


def _verifier_coherence(f: SeanceFichier) -> None:
    """What the file must say consistently about itself; the law comes later."""
    listes: dict[tuple[str, str, str], str] = {}
    for c in f.conseillers:
        if c.membre.cle in listes:
            _refuser(c.chemin, f"{c.membre.libelle} est déjà listé en {listes[c.membre.cle]}")
        listes[c.membre.cle] = c.chemin

    def connu(m: Membre | None) -> None:
        if m is not None and m.cle not in listes:
            _refuser(m.chemin, f"{m.libelle} ne figure pas dans la liste $.conseillers")

    connu(f.seance["president"])
    vus: dict[tuple[str, str, str], PresenceFichier] = {}
    for p in f.presences:
        connu(p.membre)
        connu(p.pouvoir_a)
        premier = vus.get(p.membre.cle)
        if premier is not None:
            _refuser(
                p.chemin,
                f"{p.membre.libelle} a déjà une ligne de présence en {premier.chemin} "
                f"({premier.statut.libelle.lower()}) : un conseiller ne peut y figurer "
                f"qu'une fois, il ne peut être à la fois {premier.statut.libelle.lower()} "
                f"et {p.statut.libelle.lower()}",
            )
        vus[p.membre.cle] = p
    _uniques(f.secretaires, connu)
    for i, d in enumerate(f.deliberations, start=1):
        if d.ordre != i:
            _refuser(f"{d.chemin}.ordre", f"{i} attendu (les points sont numérotés dans l'ordre)")
        connu(d.rapporteur)
        if d.resultat is not None and d.vote is None:
            _refuser(f"{d.chemin}.resultat", "un résultat sans vote enregistré (vote : null)")
        if d.vote is None:
            continue
        _uniques(d.vote.non_participants, connu)
        _uniques(tuple(m for m, _ in d.vote.choix), connu)
        if d.vote.choix and d.vote.mode is not ModeScrutin.NOMINATIF:
            _refuser(
                f"{d.vote.chemin}.choix",
                "les choix membre par membre n'existent que pour un scrutin nominatif",
            )


def _uniques(membres: tuple[Membre, ...], connu) -> None:
    vus: dict[tuple[str, str, str], str] = {}
    for m in membres:
        connu(m)
        if m.cle in vus:
            _refuser(m.chemin, f"{m.libelle} figure déjà en {vus[m.cle]}")
        vus[m.cle] = m.chemin


def _refuser(chemin: str, regle: str) -> None:
    raise SeanceFileError(chemin, regle)
