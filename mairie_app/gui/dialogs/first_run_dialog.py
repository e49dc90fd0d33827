"""First-run assistant: the commune from the official list, its settings, then the council.

It asks only what the acts need, in the order a secretary knows it: her commune's
name, then the town hall's details, then the councillors from the ordre du
tableau. Everything can be changed later in the Commune and Conseil tabs.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mairie_app.domain.articles import avec_de
from mairie_app.domain.effectif import effectif_legal
from mairie_app.domain.types import Civilite, Fonction, ModePublication
from mairie_app.domain.wording import nombre
from mairie_app.errors import MairieError, ValidationError
from mairie_app.gui import messages
from mairie_app.gui.models.roster_model import LIBELLES_FONCTION, RosterModel
from mairie_app.gui.widgets import aide, combos, enter_navigation
from mairie_app.gui.widgets.choix_delegate import ChoixDelegate
from mairie_app.gui.widgets.commune_search import CommuneSearch
from mairie_app.gui.widgets.dates import depuis_qdate, preparer, vers_qdate
from mairie_app.referentiels.communes import CommuneRef
from mairie_app.services.dto import CommuneData, ConseillerData
from mairie_app.services.registre import Services


class CommunePage(QWizardPage):
    """Step 1: pick the commune; the official list fills its identity."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle("1. Votre commune")
        self.setSubTitle(
            "Tapez le nom de la commune ou son code INSEE, puis choisissez-la dans la liste."
        )
        self.ref: CommuneRef | None = None
        self.recherche_edit = QLineEdit()
        self.recherche_edit.setPlaceholderText("ex. : chereng, 59146 ou 59152")
        self.recherche = CommuneSearch(self.recherche_edit)
        self.recherche.choisie.connect(self.choisir)
        self.fiche = QLabel("Aucune commune choisie.")
        self.fiche.setWordWrap(True)
        self.fiche.setStyleSheet("QLabel { background: #f5f5f5; padding: 6px; }")
        layout = QVBoxLayout(self)
        etiquette = QLabel("&Commune :")
        etiquette.setBuddy(self.recherche_edit)
        layout.addWidget(etiquette)
        layout.addWidget(self.recherche_edit)
        layout.addWidget(self.recherche.vue)
        layout.addWidget(self.fiche)
        layout.addStretch()

    def choisir(self, ref: CommuneRef) -> None:
        self.ref = ref
        self.recherche_edit.setText(ref.nom)
        population = f"{nombre(ref.population)} habitants" if ref.population else "non connue"
        self.fiche.setText(
            f"<b>{ref.nom}</b> ({ref.libelle_type}), code INSEE {ref.code_insee}<br>"
            f"Département : {ref.departement_nom} ({ref.departement_code})<br>"
            f"Arrondissement : {ref.arrondissement_nom or '—'}<br>"
            f"Population municipale : {population}<br>"
            f"SIREN : {ref.siren or 'non trouvé'}"
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.ref is not None


class CoordonneesPage(QWizardPage):
    """Step 2: population, SIRET, address, administrative court, publication."""

    def __init__(self, commune_page: CommunePage) -> None:
        super().__init__()
        self.setTitle("2. La mairie")
        self.setSubTitle("Ces informations figurent sur les actes et les extraits.")
        self._commune_page = commune_page
        self.population_spin = QSpinBox()
        self.population_spin.setRange(0, 3_000_000)
        self.population_spin.setSuffix(" habitants")
        self.effectif_label = QLabel()
        self.siret_edit = QLineEdit()
        self.siret_edit.setMaxLength(17)
        self.adresse_edit = QPlainTextEdit()
        self.adresse_edit.setTabChangesFocus(True)
        self.adresse_edit.setMaximumHeight(60)
        self.tribunal_edit = QLineEdit()
        self.publication_combo = QComboBox()
        for mode in ModePublication:
            self.publication_combo.addItem(mode.libelle, mode)
        self.publication_combo.setCurrentIndex(
            self.publication_combo.findData(ModePublication.ELECTRONIQUE)
        )
        self.lieu_edit = QLineEdit("à la mairie, salle du conseil")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        colonne = QVBoxLayout(self)
        colonne.addLayout(form)
        colonne.addStretch()
        form.addRow("&Population municipale :", self.population_spin)
        form.addRow("Effectif légal :", self.effectif_label)
        form.addRow("&SIRET de la mairie :", self.siret_edit)
        form.addRow("&Adresse :", self.adresse_edit)
        form.addRow("&Tribunal administratif :", self.tribunal_edit)
        form.addRow("Mode de p&ublication :", self.publication_combo)
        form.addRow(aide.hint(aide.PUBLICATION))
        form.addRow("&Lieu habituel des séances :", self.lieu_edit)
        self.population_spin.valueChanged.connect(self._on_population)
        enter_navigation.installer(self)

    def initializePage(self) -> None:
        ref = self._commune_page.ref
        if ref is None:
            return
        self.population_spin.setValue(ref.population or 0)
        if ref.siren and not self.siret_edit.text().startswith(ref.siren):
            self.siret_edit.setText(ref.siren)
        self.siret_edit.setPlaceholderText("SIREN suivi des 5 chiffres de l'établissement")
        if not self.adresse_edit.toPlainText():
            postal = ref.codes_postaux[0] if ref.codes_postaux else ""
            self.adresse_edit.setPlainText(f"Mairie\n{postal} {ref.nom}".strip())
        self.tribunal_edit.setPlaceholderText(
            "Ville du tribunal administratif compétent pour le département "
            + avec_de(ref.departement_nom, ref.departement_liaison)
        )
        self._on_population(self.population_spin.value())

    def _on_population(self, population: int) -> None:
        self.effectif_label.setText(f"{effectif_legal(population)} conseillers (art. L2121-2)")


class ConseilPage(QWizardPage):
    """Step 3: the councillors, typed in the ordre du tableau."""

    def __init__(self, coordonnees: CoordonneesPage) -> None:
        super().__init__()
        self.setTitle("3. Le conseil municipal")
        self.setSubTitle(
            "Dans l'ordre du tableau : le maire, les adjoints dans l'ordre de leur élection, "
            "puis les conseillers. Vous pourrez compléter plus tard (onglet Conseil)."
        )
        self._coordonnees = coordonnees
        self.debut_date = QDateEdit()
        preparer(self.debut_date)
        self.debut_date.setDate(vers_qdate(date.today()))
        self.model = RosterModel(0, self)
        self.vue = QTableView()
        self.vue.setModel(self.model)
        self.vue.setAccessibleName("Conseillers")
        self.vue.setItemDelegateForColumn(
            0, ChoixDelegate([(f"{c.value} ({c.long})", c) for c in Civilite], self)
        )
        self.vue.setItemDelegateForColumn(
            3, ChoixDelegate([(LIBELLES_FONCTION[f], f) for f in Fonction], self)
        )
        self.vue.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.vue.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ajouter = QPushButton("Ajouter une &ligne")
        retirer = QPushButton("&Retirer la ligne")
        ajouter.clicked.connect(lambda: self.model.insertRows(self.model.rowCount(), 1))
        retirer.clicked.connect(self._retirer)
        boutons = QHBoxLayout()
        boutons.addWidget(ajouter)
        boutons.addWidget(retirer)
        boutons.addStretch()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow("&Début du mandat (installation) :", self.debut_date)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.vue)
        layout.addLayout(boutons)

    def initializePage(self) -> None:
        effectif = effectif_legal(self._coordonnees.population_spin.value())
        manque = effectif - self.model.rowCount()
        if manque > 0:
            self.model.insertRows(self.model.rowCount(), manque)
            if self.model.rowCount() == manque:
                self.model.setData(self.model.index(0, 3), Fonction.MAIRE)

    def _retirer(self) -> None:
        index = self.vue.currentIndex()
        if index.isValid():
            self.model.removeRows(index.row(), 1)


class FirstRunDialog(QWizard):
    """Creates the commune and its council; `commune` holds the result once accepted."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.commune: CommuneData | None = None
        self.setWindowTitle("Registre des délibérations — Première utilisation")
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, "&Suivant >")
        self.setButtonText(QWizard.WizardButton.BackButton, "< &Précédent")
        self.setButtonText(QWizard.WizardButton.FinishButton, "&Terminer")
        self.setButtonText(QWizard.WizardButton.CancelButton, "Annuler")
        self.commune_page = CommunePage()
        self.coordonnees_page = CoordonneesPage(self.commune_page)
        self.conseil_page = ConseilPage(self.coordonnees_page)
        for page in (self.commune_page, self.coordonnees_page, self.conseil_page):
            self.addPage(page)
        self.resize(720, 560)

    def validateCurrentPage(self) -> bool:
        """The last page saves everything; a refusal keeps the assistant open."""
        if self.currentPage() is not self.conseil_page:
            return super().validateCurrentPage()
        try:
            self._enregistrer()
        except MairieError as exc:
            messages.show_error(self, exc.message)
            return False
        return True

    def _enregistrer(self) -> None:
        ref = self.commune_page.ref
        if ref is None:
            raise ValidationError("Commune : choisissez-la dans la liste (étape 1).")
        c = self.coordonnees_page
        data = CommuneData(
            nom=ref.nom,
            code_insee=ref.code_insee,
            population=c.population_spin.value(),
            type_liaison=ref.type_liaison,
            departement_nom=ref.departement_nom,
            departement_liaison=ref.departement_liaison,
            arrondissement_nom=ref.arrondissement_nom or "",
            arrondissement_liaison=ref.arrondissement_liaison or 0,
            siret=c.siret_edit.text().replace(" ", ""),
            adresse=c.adresse_edit.toPlainText().strip(),
            tribunal_administratif=c.tribunal_edit.text(),
            mode_publication=combos.valeur(c.publication_combo, ModePublication),
            lieu_habituel=c.lieu_edit.text().strip(),
        )
        if self.commune is not None:
            data = replace(data, id=self.commune.id)
        lignes = self.conseil_page.model.remplies()
        for numero, ligne in enumerate(self.conseil_page.model.lignes(), start=1):
            if not ligne.vide and (not ligne.nom.strip() or not ligne.prenom.strip()):
                raise ValidationError(f"Conseil, ligne {numero} : indiquez le nom et le prénom.")
        self.commune = self._services.conseil.enregistrer_commune(data)
        debut = depuis_qdate(self.conseil_page.debut_date.date())
        rang_adjoint = 0
        for ligne in lignes:
            if ligne.fonction is Fonction.ADJOINT:
                rang_adjoint += 1
            if ligne.id is not None:
                continue  # saved at a previous try
            saved = self._services.conseil.ajouter_conseiller(
                ConseillerData(
                    civilite=ligne.civilite,
                    nom=ligne.nom,
                    prenom=ligne.prenom,
                    fonction=ligne.fonction,
                    rang_adjoint=rang_adjoint if ligne.fonction is Fonction.ADJOINT else None,
                    mandat_debut=debut,
                )
            )
            ligne.id = saved.id
