"""The kinds of document the app prints, as recorded in the register of printed copies."""

from __future__ import annotations

EXTRAIT = "extrait"
PROCES_VERBAL = "proces_verbal"
LISTE = "liste_deliberations"
CONVOCATION = "convocation"
REGISTRE = "registre"
TABLES = "tables"
