"""The command-line side of the exchanges: import, export, scdl, import-rne.

cli.py owns the parser; it calls register() once and dispatches to the returned
functions with the opened register, exactly as for its own commands. A
MairieError raised here is printed in French by cli.run.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from datetime import date

from mairie_app.errors import ValidationError
from mairie_app.services.registre import Services

Command = Callable[[argparse.Namespace, Services], int]
_SEANCE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:#(\d+))?$")


def register(subparsers: argparse._SubParsersAction) -> dict[str, Command]:
    """Add the four sub-commands to `subparsers`; return them by name for dispatch."""
    p = subparsers.add_parser(
        "import", help="importe une séance depuis un fichier JSON (tout ou rien)"
    )
    p.add_argument("fichier", metavar="FICHIER.json")

    p = subparsers.add_parser("export", help="écrit une séance dans un fichier JSON")
    p.add_argument(
        "--seance",
        required=True,
        metavar="DATE",
        help="date de la séance, AAAA-MM-JJ ; AAAA-MM-JJ#N pour la séance n° N du jour",
    )
    p.add_argument("-o", "--output", required=True, metavar="FICHIER.json")

    p = subparsers.add_parser(
        "scdl", help="écrit les délibérations d'une année au format SCDL (données ouvertes)"
    )
    p.add_argument("--year", "--annee", dest="annee", type=int, required=True, metavar="AAAA")
    p.add_argument("-o", "--output", required=True, metavar="FICHIER.csv")

    p = subparsers.add_parser(
        "import-rne",
        help="importe le conseil depuis le Répertoire national des élus (aperçu, puis --apply)",
    )
    p.add_argument("fichier", metavar="FICHIER.csv")
    p.add_argument(
        "--commune",
        metavar="CODE_INSEE",
        help="code INSEE de la commune (par défaut : celle du registre)",
    )
    p.add_argument(
        "--apply",
        "--oui",
        dest="appliquer",
        action="store_true",
        help="enregistre les changements après l'aperçu (sans cette option : aperçu seul)",
    )
    return {"import": importer, "export": exporter, "scdl": scdl, "import-rne": importer_rne}


def importer(args: argparse.Namespace, services: Services) -> int:
    from mairie_app.exchange.seance_json import importer_seance

    print(importer_seance(services, args.fichier).message)
    return 0


def exporter(args: argparse.Namespace, services: Services) -> int:
    from mairie_app.exchange.seance_json import ecrire_seance

    jour, numero = _seance(args.seance)
    seance_id = services.documents.seance_par_date(jour, numero)
    chemin = ecrire_seance(services, seance_id, args.output)
    print(f"{services.seances.seance(seance_id).libelle} exportée dans {chemin}.")
    return 0


def scdl(args: argparse.Namespace, services: Services) -> int:
    """Writes the file even when some deliberations are left out, and names them."""
    from mairie_app.exchange.scdl import ecrire_scdl

    export = ecrire_scdl(services, args.annee, args.output)
    print(f"{len(export.lignes)} délibération(s) de {args.annee} écrites dans {args.output}.")
    for ignoree in export.ignorees:
        print(f"Non exportée : {ignoree.message}", file=sys.stderr)
    return 0


def importer_rne(args: argparse.Namespace, services: Services) -> int:
    from mairie_app.exchange.rne_plan import appliquer_import_rne, preparer_import_rne

    plan = preparer_import_rne(services, args.fichier, args.commune)
    print("\n".join(plan.lignes()))
    if plan.rien_a_faire:
        return 0
    if not args.appliquer:
        print("Aperçu seulement : rien n'a été écrit. Relancez avec --apply (ou --oui) pour "
              "enregistrer ces changements.")  # fmt: skip
        return 0
    conseil = appliquer_import_rne(services, plan)
    print(f"Conseil mis à jour : {len(conseil)} conseiller(s) dans le registre.")
    return 0


def _seance(texte: str) -> tuple[date, int | None]:
    """ "2024-02-12" or "2024-02-12#2", as the pdf command reads --seance."""
    trouve = _SEANCE_RE.match(texte.strip())
    jour = None
    if trouve:
        try:
            jour = date.fromisoformat(trouve.group(1))
        except ValueError:
            jour = None
    if trouve is None or jour is None:
        raise ValidationError(
            f"--seance : « {texte} » n'est pas une date au format AAAA-MM-JJ (par exemple "
            "2024-02-12) ; ajoutez #N (2024-02-12#2) pour la séance n° N du jour.",
            "seance",
        )
    return jour, int(trouve.group(2)) if trouve.group(2) else None
