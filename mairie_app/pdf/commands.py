"""`mairie-app pdf …`: the printed documents without a window.

ReportLab is imported only when a document is built, so the command line and
the window start fast.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from mairie_app.domain.documents import TABLES
from mairie_app.errors import MairieError, ValidationError
from mairie_app.paths import data_dir, output_dir
from mairie_app.pdf.production import enregistrer, produire
from mairie_app.services.registre import Services

Command = Callable[[argparse.Namespace, Services], int]

_AIDE_SEANCE = (
    "date de la séance, AAAA-MM-JJ ; si deux séances ont lieu le même jour, "
    "AAAA-MM-JJ#N pour la séance n° N"
)
_SEANCE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:#(\d+))?$")


def register(sub: argparse._SubParsersAction) -> dict[str, Command]:
    """Add `pdf` and its documents to the command line."""
    pdf = sub.add_parser("pdf", help="imprime en PDF les actes d'une séance ou les tables")
    docs = pdf.add_subparsers(dest="document", metavar="DOCUMENT", required=True)

    def document(nom: str, aide: str, seance: bool = True) -> argparse.ArgumentParser:
        p = docs.add_parser(nom, help=aide)
        if seance:
            p.add_argument("--seance", required=nom != "extrait", metavar="DATE", help=_AIDE_SEANCE)
        p.add_argument(
            "-o",
            "--output",
            metavar="FICHIER",
            help="fichier à écrire (par défaut : le dossier « documents » des données)",
        )
        return p

    e = document(
        "extrait",
        "extrait du registre d'une délibération, désignée par sa référence "
        "(« 2024 / 1 / 1 ») ou par --seance et --ordre ; avec --seance seule, un fichier "
        "par délibération dans le dossier -o",
    )
    e.add_argument("reference", nargs="?", help="référence de la délibération")
    e.add_argument("--ordre", type=int, metavar="N", help="numéro d'ordre de la délibération")
    e.add_argument(
        "--fait-le", metavar="DATE", help="date du « Fait à … le » (par défaut : ce jour)"
    )
    li = document("liste", "liste des délibérations examinées (art. L2121-25)")
    li.add_argument("--votes", action="store_true", help="ajoute les nombres de voix")
    document("pv", "procès-verbal de la séance (art. L2121-15)")
    c = document("convocation", "convocation des conseillers")
    c.add_argument("--envoi", metavar="DATE", help="date d'envoi (par défaut : celle saisie)")
    r = document("registre", "feuillets du registre et feuillet de clôture (art. R2121-9)")
    r.add_argument(
        "--premier-feuillet", type=int, default=1, metavar="N", help="numéro du premier feuillet"
    )
    t = document("tables", "table chronologique et table par matière de l'année", seance=False)
    t.add_argument("--year", "--annee", dest="annee", type=int, required=True, metavar="AAAA")
    a = document(
        "annee",
        "tous les documents d'une année (extraits, listes, procès-verbaux, registre, tables) "
        "dans le dossier -o, sur tous les cœurs du poste",
        seance=False,
    )
    a.add_argument("--year", "--annee", dest="annee", type=int, required=True, metavar="AAAA")
    return {"pdf": _pdf}


def _date(texte: str, option: str) -> date:
    try:
        return date.fromisoformat(texte)
    except ValueError:
        raise ValidationError(
            f"{option} : « {texte} » n'est pas une date au format AAAA-MM-JJ (par exemple "
            "2024-02-12)."
        ) from None


def _seance_id(services: Services, texte: str) -> int:
    """The séance named by "2024-02-12" or "2024-02-12#2"."""
    trouve = _SEANCE_RE.match(texte.strip())
    if not trouve:
        raise ValidationError(
            f"--seance : « {texte} » n'est pas une date au format AAAA-MM-JJ (par exemple "
            "2024-02-12) ; ajoutez #N (2024-02-12#2) pour la séance n° N quand deux séances "
            "ont lieu le même jour."
        )
    jour = _date(trouve.group(1), "--seance")
    numero = int(trouve.group(2)) if trouve.group(2) else None
    try:
        return services.documents.seance_par_date(jour, numero)
    except MairieError as exc:
        if exc.field != "numero":
            raise
        raise ValidationError(
            f"{exc.message} Écrivez par exemple --seance {jour.isoformat()}#2 pour la séance n° 2.",
            "numero",
        ) from exc


def _sortie(args: argparse.Namespace, nom: str) -> Path:
    """-o when given, otherwise the "documents" folder of the data folder."""
    if args.output:
        return Path(args.output)
    return output_dir(data_dir(args.data_dir)) / nom


def _pdf(args: argparse.Namespace, services: Services) -> int:
    if args.document == "annee":
        from mairie_app.pdf.lot import produire_annee

        dossier = (
            Path(args.output)
            if args.output
            else output_dir(data_dir(args.data_dir)) / f"annee-{args.annee}"
        )
        chemins = produire_annee(services, args.annee, dossier)
        print(f"{len(chemins)} documents écrits dans {dossier}")
        return 0
    if args.document == "tables":
        from mairie_app.pdf.registre import build_tables_annee

        docs = services.documents.seances_de_l_annee(args.annee)
        if not docs:
            raise ValidationError(f"Aucune séance n'est enregistrée en {args.annee}.")
        out = build_tables_annee(docs, args.annee, _sortie(args, f"tables_{args.annee}.pdf"))
        enregistrer(services, out, TABLES, None)
        print(out)
        return 0
    seance_id = _seance_vise(args, services)
    doc = services.documents.seance_document(seance_id)
    suffixe = f"{doc.seance.annee}-{doc.seance.numero}"
    if args.document == "extrait":
        fait_le = _date(args.fait_le, "--fait-le") if args.fait_le else date.today()
        if args.ordre is not None:
            out = _sortie(args, f"extrait_{suffixe}-{args.ordre}.pdf")
            print(produire(services, "extrait", seance_id, out, args.ordre, doc, fait_le=fait_le))
            return 0
        if not doc.deliberations:
            raise ValidationError(f"{doc.seance.libelle} : aucune délibération à imprimer.")
        dossier = Path(args.output) if args.output else output_dir(data_dir(args.data_dir))
        for dd in doc.deliberations:
            ordre = dd.deliberation.ordre
            out = dossier / f"extrait_{suffixe}-{ordre}.pdf"
            print(produire(services, "extrait", seance_id, out, ordre, doc, fait_le=fait_le))
        return 0
    if args.document == "liste":
        out = _sortie(args, f"liste_{suffixe}.pdf")
        out = produire(services, "liste", seance_id, out, doc=doc, avec_votes=args.votes)
    elif args.document == "pv":
        out = _sortie(args, f"proces-verbal_{suffixe}.pdf")
        out = produire(services, "proces_verbal", seance_id, out, doc=doc)
    elif args.document == "convocation":
        envoi = _date(args.envoi, "--envoi") if args.envoi else None
        out = _sortie(args, f"convocation_{suffixe}.pdf")
        out = produire(services, "convocation", seance_id, out, doc=doc, date_envoi=envoi)
    else:
        if args.premier_feuillet < 1:
            raise ValidationError("--premier-feuillet : le numéro doit être au moins 1.")
        out = _sortie(args, f"registre_{suffixe}.pdf")
        out = produire(
            services, "registre", seance_id, out, doc=doc, premiere_page=args.premier_feuillet
        )
    print(out)
    return 0


def _seance_vise(args: argparse.Namespace, services: Services) -> int:
    """The séance named by --seance, or the one holding the extrait's référence."""
    if args.document == "extrait" and args.reference:
        if args.seance or args.ordre is not None:
            raise ValidationError(
                "Extrait : donnez soit la référence, soit --seance et --ordre, pas les deux."
            )
        seance_id, args.ordre = services.documents.deliberation_par_reference(args.reference)
        return seance_id
    if args.seance:
        return _seance_id(services, args.seance)
    raise ValidationError(
        "Extrait : indiquez la référence de la délibération (« 2024 / 1 / 1 ») ou --seance."
    )
