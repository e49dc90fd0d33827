"""The preview of an import from the Répertoire national des élus, before anything is written.

She reads who would be added, who updated (and how), who stays as is, and who
is in office but missing from the file; "Appliquer" writes it all in one go,
"Annuler" leaves the council untouched.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mairie_app.domain.wording import nombre
from mairie_app.exchange.rne_plan import PlanRne
from mairie_app.services.dto import ConseillerData


def _elu(c: ConseillerData) -> str:
    return escape(
        f"{c.designation}, {c.libelle_fonction}, mandat depuis le {c.mandat_debut:%d/%m/%Y}"
    )


def _section(titre: str, lignes: list[str], vide: str = "personne") -> str:
    corps = "".join(f"<li>{x}</li>" for x in lignes) if lignes else f"<li><i>{vide}</i></li>"
    return f"<h4>{escape(titre)} ({len(lignes)})</h4><ul>{corps}</ul>"


def texte_apercu(plan: PlanRne) -> str:
    """The preview as HTML: one heading per kind of change, one line per councillor."""
    morceaux = []
    c = plan.commune_a_creer
    if c is not None:
        morceaux.append(
            f"<p><b>Commune à créer :</b> {escape(c.nom)} ({c.code_insee}), "
            f"{nombre(c.population)} habitants.</p>"
        )
    morceaux.append(_section("À ajouter au conseil", [_elu(a) for a in plan.a_ajouter]))
    morceaux.append(
        _section(
            "À mettre à jour",
            [
                f"<b>{escape(u.actuel.designation)}</b> : "
                + escape(" ; ".join(ch.message for ch in u.changements))
                for u in plan.a_mettre_a_jour
            ],
        )
    )
    morceaux.append(_section("Inchangés", [escape(c.designation) for c in plan.inchanges], "aucun"))
    if plan.hors_fichier:
        morceaux.append(
            _section(
                "En fonction dans le registre mais absents du fichier (laissés tels quels)",
                [escape(c.designation) for c in plan.hors_fichier],
            )
            + "<p>Ils ne sont pas retirés : si l'un d'eux a quitté le conseil, indiquez la "
            "fin de son mandat dans sa fiche (onglet Conseil).</p>"
        )
    if plan.ordre_change:
        rangs = "".join(f"<li>{escape(nom)}</li>" for nom in plan.ordre_du_tableau)
        morceaux.append(f"<h4>Ordre du tableau après l'import</h4><ol>{rangs}</ol>")
    return "".join(morceaux)


class RneDialog(QDialog):
    """Window-modal; `accepted` means "Appliquer" (the caller then writes the plan)."""

    def __init__(self, plan: PlanRne, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle("Importer les élus depuis le Répertoire national des élus")
        intro = QLabel(
            f"Voici ce que l'import changerait dans le conseil de {plan.commune_nom}. "
            "<b>Rien n'est encore enregistré</b> : cliquez sur « Appliquer » pour enregistrer "
            "ces changements, ou sur « Annuler » pour laisser le conseil tel quel."
        )
        intro.setWordWrap(True)
        self.resume_label = QLabel(
            f"<b>{len(plan.a_ajouter)}</b> à ajouter, <b>{len(plan.a_mettre_a_jour)}</b> à "
            f"mettre à jour, <b>{len(plan.inchanges)}</b> inchangé(s), "
            f"<b>{len(plan.hors_fichier)}</b> absent(s) du fichier."
        )
        self.apercu = QTextBrowser()
        self.apercu.setHtml(texte_apercu(plan))
        self.apercu.setAccessibleName("Aperçu de l'import")
        boutons = QDialogButtonBox()
        self.appliquer_button: QPushButton = boutons.addButton(
            "&Appliquer", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.annuler_button: QPushButton = boutons.addButton(
            "A&nnuler", QDialogButtonBox.ButtonRole.RejectRole
        )
        boutons.accepted.connect(self.accept)
        boutons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.resume_label)
        layout.addWidget(self.apercu, 1)
        layout.addWidget(boutons)
        self.annuler_button.setDefault(True)  # Enter must not write by accident
        self.resize(760, 640)
