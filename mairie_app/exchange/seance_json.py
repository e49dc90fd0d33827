"""Séance files (JSON): the entry points the window and the command line call.

Export:  exporter_seance, texte_seance, ecrire_seance (find the id of a séance by its
         date with DocumentsService.seance_par_date)
Import:  lire_fichier_seance (check only), importer_seance (all or nothing)
The format is described in docs/seance-format.md and docs/seance-format.schema.json.
"""

from __future__ import annotations

from mairie_app.exchange.erreurs import SeanceFileError
from mairie_app.exchange.seance_export import (
    ecrire_seance,
    exporter_seance,
    texte_seance,
)
from mairie_app.exchange.seance_format import FORMAT, VERSION, SeanceFichier, lire_fichier_seance
from mairie_app.exchange.seance_import import ResultatImport, importer_seance

__all__ = [
    "FORMAT",
    "VERSION",
    "ResultatImport",
    "SeanceFichier",
    "SeanceFileError",
    "ecrire_seance",
    "exporter_seance",
    "importer_seance",
    "lire_fichier_seance",
    "texte_seance",
]
