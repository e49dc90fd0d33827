"""Aide > À propos: version, data folder and the legal basis the checks rely on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from mairie_app import __version__
from mairie_app.gui import messages


def texte_a_propos(data_dir: Path) -> str:
    return (
        f"<h3>Registre des délibérations</h3>"
        f"<p>Version {__version__}</p>"
        "<p>Séances du conseil municipal : convocation, présences et pouvoirs, votes, "
        "extraits, procès-verbal et registre.</p>"
        "<p>Les contrôles suivent le Code général des collectivités territoriales "
        "(art. L2121-2, L2121-11, L2121-12, L2121-15, L2121-17, L2121-20, L2121-21, "
        "L2131-11). Vérifiez les textes en vigueur sur Légifrance en cas de doute.</p>"
        f"<p>Données : <code>{data_dir}</code></p>"
        "<p>Logiciel libre sous licence GPL version 3 ou ultérieure.</p>"
    )


def montrer(parent: QWidget | None, data_dir: Path) -> None:
    messages.show_about(parent, "À propos", texte_a_propos(data_dir))
