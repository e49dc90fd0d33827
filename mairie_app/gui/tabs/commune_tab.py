"""Commune tab: identity, population and publication settings, all editable after the
first-run assistant. It shows what the law derives from them: the effectif légal and
the convocation delay."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from mairie_app.domain.effectif import SEUIL_3500, delai_convocation, effectif_legal
from mairie_app.domain.numerotation import FORMAT_REFERENCE_DEFAUT
from mairie_app.domain.types import ModePublication
from mairie_app.domain.wording import nombre
from mairie_app.gui import actions
from mairie_app.gui.forms.ui_commune_form import Ui_CommuneForm
from mairie_app.gui.tabs.base import Onglet
from mairie_app.gui.widgets import aide, combos, enter_navigation, liaisons
from mairie_app.gui.widgets.commune_search import CommuneSearch
from mairie_app.referentiels.communes import CommuneRef
from mairie_app.services.conseil_service import ConseilService
from mairie_app.services.dto import CommuneData

SEUIL_REPUTE_COMPLET = 1_000


class CommuneTab(Onglet):
    """Signals:
    commune_enregistree(object): the CommuneData just saved (the title shows its name).
    """

    commune_enregistree = Signal(object)
    nom_formulaire = "la fiche de la commune"

    def __init__(self, conseil: ConseilService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._conseil = conseil
        self._commune: CommuneData | None = None
        self._en_exercice = 0
        self._form = QWidget()
        self.ui = Ui_CommuneForm()
        self.ui.setupUi(self._form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._form)
        QVBoxLayout(self).addWidget(scroll)
        ui = self.ui
        for combo in (
            ui.communeLiaisonCombo,
            ui.departementLiaisonCombo,
            ui.arrondissementLiaisonCombo,
        ):
            liaisons.remplir(combo)
        for mode in ModePublication:
            ui.publicationCombo.addItem(mode.libelle, mode)
        ui.aideEffectifLabel.setText(aide.EFFECTIF)
        ui.aidePublicationLabel.setText(aide.PUBLICATION)
        for label in (ui.aideEffectifLabel, ui.aidePublicationLabel):
            label.setStyleSheet("color: #4a4a4a; font-size: 9pt;")
        self.recherche = CommuneSearch(ui.rechercheEdit)
        ui.identiteLayout.insertRow(1, "", self.recherche.vue)
        self.recherche.choisie.connect(self.appliquer_reference)
        self._suivre_modifie(ui.modifieLabel)
        for edit in (
            ui.nomEdit,
            ui.codeInseeEdit,
            ui.departementEdit,
            ui.arrondissementEdit,
            ui.siretEdit,
            ui.tribunalEdit,
            ui.lieuEdit,
            ui.formatEdit,
        ):
            edit.textChanged.connect(self._on_modifie)
        for combo in (
            ui.communeLiaisonCombo,
            ui.departementLiaisonCombo,
            ui.arrondissementLiaisonCombo,
            ui.publicationCombo,
        ):
            combo.currentIndexChanged.connect(self._on_modifie)
        ui.adresseEdit.textChanged.connect(self._on_modifie)
        ui.populationSpin.valueChanged.connect(self._on_modifie)
        ui.effectifSpin.valueChanged.connect(self._on_modifie)
        ui.reputeCompletCheck.toggled.connect(self._on_modifie)
        for signal in (
            ui.nomEdit.textChanged,
            ui.departementEdit.textChanged,
            ui.arrondissementEdit.textChanged,
            ui.communeLiaisonCombo.currentIndexChanged,
            ui.departementLiaisonCombo.currentIndexChanged,
            ui.arrondissementLiaisonCombo.currentIndexChanged,
            ui.populationSpin.valueChanged,
            ui.effectifSpin.valueChanged,
            ui.reputeCompletCheck.toggled,
        ):
            signal.connect(self._actualiser_calculs)
        ui.enregistrerButton.clicked.connect(self.save)
        ui.annulerButton.clicked.connect(self.discard)
        enter_navigation.installer(self._form)

    # --- contract ------------------------------------------------------------
    def _appliquer_lecture_seule(self) -> None:
        self._form.setEnabled(not self.lecture_seule)

    def load(self) -> None:
        self._commune = self._conseil.commune()
        self._en_exercice = len(self._conseil.conseillers(en_exercice_le=date.today()))
        self._remplir(self._commune or CommuneData(nom="", code_insee=""))
        self._set_dirty(False)

    def save(self) -> bool:
        data = self.donnees()
        result = actions.tenter(self, lambda: self._conseil.enregistrer_commune(data))
        if not result.ok:
            return False
        self._commune = result.valeur
        self._remplir(result.valeur)
        self._set_dirty(False)
        self.status.emit("Commune enregistrée.")
        self.commune_enregistree.emit(result.valeur)
        return True

    # --- fields --------------------------------------------------------------
    def donnees(self) -> CommuneData:
        """What the form says, as the service wants it."""
        ui = self.ui
        base = self._commune or CommuneData(nom="", code_insee="")
        return replace(
            base,
            nom=ui.nomEdit.text(),
            code_insee=ui.codeInseeEdit.text().strip(),
            type_liaison=liaisons.valeur(ui.communeLiaisonCombo),
            departement_nom=ui.departementEdit.text(),
            departement_liaison=liaisons.valeur(ui.departementLiaisonCombo),
            arrondissement_nom=ui.arrondissementEdit.text(),
            arrondissement_liaison=liaisons.valeur(ui.arrondissementLiaisonCombo),
            population=ui.populationSpin.value(),
            effectif_legal_override=(
                ui.effectifSpin.value() if ui.reputeCompletCheck.isChecked() else None
            ),
            siret=ui.siretEdit.text().replace(" ", ""),
            adresse=ui.adresseEdit.toPlainText().strip(),
            tribunal_administratif=ui.tribunalEdit.text(),
            mode_publication=combos.valeur(ui.publicationCombo, ModePublication),
            lieu_habituel=ui.lieuEdit.text().strip(),
            format_reference=ui.formatEdit.text().strip() or FORMAT_REFERENCE_DEFAUT,
        )

    def _remplir(self, c: CommuneData) -> None:
        ui = self.ui
        self._chargement = True
        try:
            ui.nomEdit.setText(c.nom)
            ui.codeInseeEdit.setText(c.code_insee)
            liaisons.definir(ui.communeLiaisonCombo, c.type_liaison)
            ui.departementEdit.setText(c.departement_nom)
            liaisons.definir(ui.departementLiaisonCombo, c.departement_liaison)
            ui.arrondissementEdit.setText(c.arrondissement_nom)
            liaisons.definir(ui.arrondissementLiaisonCombo, c.arrondissement_liaison)
            ui.populationSpin.setValue(c.population)
            ui.reputeCompletCheck.setChecked(c.effectif_legal_override is not None)
            ui.effectifSpin.setValue(c.effectif_legal_override or effectif_legal(c.population))
            ui.siretEdit.setText(c.siret)
            ui.adresseEdit.setPlainText(c.adresse)
            ui.tribunalEdit.setText(c.tribunal_administratif)
            ui.publicationCombo.setCurrentIndex(ui.publicationCombo.findData(c.mode_publication))
            ui.lieuEdit.setText(c.lieu_habituel)
            ui.formatEdit.setText(c.format_reference)
            # The SIREN is the head of the SIRET: no need to read the list of communes,
            # which would cost a third of a second at every start.
            ui.sirenValue.setText(c.siret[:9])
        finally:
            self._chargement = False
        self._actualiser_calculs()

    def appliquer_reference(self, ref: CommuneRef) -> None:
        """Fill identity fields from the official list; she still checks and saves."""
        ui = self.ui
        ui.nomEdit.setText(ref.nom)
        ui.codeInseeEdit.setText(ref.code_insee)
        liaisons.definir(ui.communeLiaisonCombo, ref.type_liaison)
        ui.departementEdit.setText(ref.departement_nom)
        liaisons.definir(ui.departementLiaisonCombo, ref.departement_liaison)
        ui.arrondissementEdit.setText(ref.arrondissement_nom or "")
        liaisons.definir(ui.arrondissementLiaisonCombo, ref.arrondissement_liaison)
        if ref.population:
            ui.populationSpin.setValue(ref.population)
        ui.sirenValue.setText(ref.siren or "non trouvé dans la liste")
        if ref.siren and not ui.siretEdit.text().startswith(ref.siren):
            ui.siretEdit.setText(ref.siren)
        ui.rechercheEdit.clear()
        ui.siretEdit.setFocus()

    def _actualiser_calculs(self, *_args: object) -> None:
        """Effectif légal, convocation delay and act heading, as she types."""
        ui = self.ui
        population = ui.populationSpin.value()
        table = effectif_legal(population)
        override = ui.reputeCompletCheck.isChecked()
        ui.effectifSpin.setEnabled(override)
        en_exercice = self._en_exercice
        if override:
            texte = (
                f"{ui.effectifSpin.value()} membres (conseil réputé complet ; "
                f"{table} selon le tableau de l'art. L2121-2)"
            )
            if population >= SEUIL_REPUTE_COMPLET:
                texte += (
                    " — attention : l'art. L2121-2-1 ne vise que les communes de moins "
                    "de 1 000 habitants."
                )
        else:
            texte = f"{table} membres (art. L2121-2, population de {nombre(population)} habitants)"
        ui.effectifValue.setText(f"{texte}. En exercice aujourd'hui : {en_exercice}.")
        delai = delai_convocation(population)
        seuil = "à partir de" if population >= SEUIL_3500 else "moins de"
        article = "L2121-12" if population >= SEUIL_3500 else "L2121-11"
        ui.delaiValue.setText(
            f"{delai} jours francs ({seuil} 3 500 habitants, art. {article}) ; "
            "1 jour franc en cas d'urgence."
        )
        commune = liaisons.avec_de_sur(ui.nomEdit.text(), liaisons.valeur(ui.communeLiaisonCombo))
        arr = liaisons.avec_de_sur(
            ui.arrondissementEdit.text(), liaisons.valeur(ui.arrondissementLiaisonCombo)
        )
        dep = liaisons.avec_de_sur(
            ui.departementEdit.text(), liaisons.valeur(ui.departementLiaisonCombo)
        )
        ui.apercuValue.setText(
            f"Département {dep} — Arrondissement {arr} — Commune {commune}".replace("  ", " ")
        )
