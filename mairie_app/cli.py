"""The command line: everything that needs no window.

`mairie-app` alone opens the window; `mairie-app demo` loads the demo séance;
other sub-commands print documents or move data in and out.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from mairie_app import __version__, registre_commands
from mairie_app.errors import MairieError
from mairie_app.exchange import commands as exchange_commands
from mairie_app.paths import data_dir
from mairie_app.pdf import commands as pdf_commands
from mairie_app.services.registre import Services, ouvrir_registre

Command = Callable[[argparse.Namespace, Services], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mairie-app",
        description="Registre des délibérations du conseil municipal.",
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help="affiche cette aide et quitte")
    parser.add_argument(
        "--version",
        action="version",
        version=f"mairie-app {__version__}",
        help="affiche la version et quitte",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DOSSIER",
        help="dossier des données (par défaut : le dossier de l'utilisateur, "
        "ou $MAIRIE_APP_DATA_DIR)",
    )
    parser.add_argument("--quitter-apres-affichage", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE")
    sub.add_parser("demo", help="charge la séance de démonstration (Chéreng, 12/02/2024)")
    commands: dict[str, Command] = {"demo": _demo}
    commands.update(pdf_commands.register(sub))
    commands.update(registre_commands.register(sub))
    commands.update(exchange_commands.register(sub))
    for name, handler in commands.items():
        sub.choices[name].set_defaults(handler=handler)
    return parser


def _demo(_args: argparse.Namespace, services: Services) -> int:
    from mairie_app.services.demo import charger_demo

    seance_id = charger_demo(services.sessions)
    seance = services.seances.seance(seance_id)
    print(f"Démonstration chargée : {seance.libelle}, {len(seance.points)} délibération(s).")
    return 0


def run(args: argparse.Namespace) -> int:
    """Run a sub-command; a MairieError is printed in French and exits with 1."""
    try:
        pre_open = getattr(args, "pre_open", None)
        if pre_open is not None:  # restore: the current file may not even open
            return pre_open(args, data_dir(args.data_dir))
        services = ouvrir_registre(data_dir(args.data_dir))
        try:
            return args.handler(args, services)
        finally:
            services.fermer()
    except MairieError as exc:
        print(f"Erreur : {exc.message}", file=sys.stderr)
        return 1
