"""Sub-commands about the register itself: verify a printed copy, back up, restore.

Wired into mairie_app.cli by `_COMMANDS.update(register(sub))`. `restore`
replaces the database, which may be unreadable (that is often why one restores),
so its parser also carries `pre_open`: a function of (args, data_dir) meant to
run *instead of* opening the services. The CLI's run() should call it first:

    pre_open = getattr(args, "pre_open", None)
    if pre_open is not None:
        return pre_open(args, data_dir(args.data_dir))

Wired without that, `restore` still works through the opened services, as long
as the current database can be opened.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from mairie_app.errors import MairieError
from mairie_app.services.archives_service import empreinte
from mairie_app.services.registre import Services, ouvrir_registre
from mairie_app.services.sauvegarde import (
    dossier_sauvegardes,
    restaurer,
    sauvegarder_vers,
    verifier_fichier,
)

Command = Callable[[argparse.Namespace, Services], int]


def register(subparsers: argparse._SubParsersAction) -> dict[str, Command]:
    """Add `verify`, `backup` and `restore` to the CLI; return their handlers by name."""
    p = subparsers.add_parser(
        "verify",
        help="dit à quel acte et à quelle séance correspond un PDF produit par l'application",
    )
    p.add_argument("fichier", metavar="FICHIER.pdf", type=Path)
    p = subparsers.add_parser("backup", help="sauvegarde le registre dans un fichier")
    p.add_argument(
        "-o",
        "--output",
        dest="sortie",
        metavar="FICHIER",
        type=Path,
        help="fichier de sauvegarde (par défaut : dans le dossier « sauvegardes » des données)",
    )
    p = subparsers.add_parser(
        "restore",
        help="remplace le registre par une sauvegarde, après l'avoir vérifiée "
        "(le registre actuel est gardé dans « sauvegardes »)",
    )
    p.add_argument("fichier", metavar="FICHIER", type=Path)
    p.set_defaults(pre_open=restaurer_avant_ouverture)
    return {"verify": _verify, "backup": _backup, "restore": _restore}


def _verify(args: argparse.Namespace, services: Services) -> int:
    resultat = services.archives.verifier(args.fichier)
    if resultat is None:
        print(
            f"{args.fichier} ne correspond à aucun document produit par ce registre "
            f"(empreinte SHA-256 {empreinte(args.fichier)}). Il a pu être modifié après sa "
            "production, ou provenir d'un autre registre.",
            file=sys.stderr,
        )
        return 1
    for ligne in resultat.lignes:
        print(ligne)
    return 0


def _backup(args: argparse.Namespace, services: Services) -> int:
    sortie = args.sortie
    if sortie is None:
        if services.data_dir is None:
            print("Erreur : indiquez le fichier de sauvegarde avec -o.", file=sys.stderr)
            return 1
        sortie = (
            dossier_sauvegardes(services.data_dir)
            / f"manuelle-{datetime.now():%Y-%m-%dT%H%M%S}.sqlite3"
        )
    chemin = sauvegarder_vers(services.engine, sortie)
    print(f"Registre sauvegardé dans {chemin} ({chemin.stat().st_size} octets).")
    return 0


def _restore(args: argparse.Namespace, services: Services) -> int:
    """Fallback when the CLI opened the services first: restore over the open register."""
    if services.data_dir is None:
        print("Erreur : la restauration demande un dossier de données.", file=sys.stderr)
        return 1
    revision = verifier_fichier(args.fichier)
    avant = restaurer(services.data_dir, args.fichier, services.engine)
    _rapport(args.fichier, revision, avant, services.data_dir)
    return 0


def restaurer_avant_ouverture(args: argparse.Namespace, data_dir: Path) -> int:
    """`mairie-app restore FILE` without opening the (possibly damaged) current register."""
    try:
        revision = verifier_fichier(args.fichier)
        avant = restaurer(data_dir, args.fichier)
        _rapport(args.fichier, revision, avant, data_dir)
    except MairieError as exc:
        print(f"Erreur : {exc.message}", file=sys.stderr)
        return 1
    return 0


def _rapport(source: Path, revision: str, avant: Path | None, data_dir: Path) -> None:
    """Reopen the restored register (which upgrades it) and say what it holds."""
    services = ouvrir_registre(data_dir, lecture_seule=False)
    try:
        seances = services.seances.seances()
        conseillers = services.conseil.conseillers()
    finally:
        services.fermer()
    print(
        f"Registre restauré depuis {source} (révision {revision}) : {len(seances)} séance(s), "
        f"{len(conseillers)} conseiller(s)."
    )
    if avant is not None:
        print(f"Le registre remplacé est conservé dans {avant}.")
