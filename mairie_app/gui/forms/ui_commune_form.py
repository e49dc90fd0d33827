# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'commune_form.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_CommuneForm(object):
    def setupUi(self, CommuneForm):
        if not CommuneForm.objectName():
            CommuneForm.setObjectName(u"CommuneForm")
        CommuneForm.resize(760, 820)
        self.mainLayout = QVBoxLayout(CommuneForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.identiteGroup = QGroupBox(CommuneForm)
        self.identiteGroup.setObjectName(u"identiteGroup")
        self.identiteLayout = QFormLayout(self.identiteGroup)
        self.identiteLayout.setObjectName(u"identiteLayout")
        self.identiteLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.rechercheLabel = QLabel(self.identiteGroup)
        self.rechercheLabel.setObjectName(u"rechercheLabel")

        self.identiteLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rechercheLabel)

        self.rechercheEdit = QLineEdit(self.identiteGroup)
        self.rechercheEdit.setObjectName(u"rechercheEdit")
        self.rechercheEdit.setClearButtonEnabled(True)

        self.identiteLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.rechercheEdit)

        self.nomLabel = QLabel(self.identiteGroup)
        self.nomLabel.setObjectName(u"nomLabel")

        self.identiteLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nomLabel)

        self.nomLayout = QHBoxLayout()
        self.nomLayout.setObjectName(u"nomLayout")
        self.nomEdit = QLineEdit(self.identiteGroup)
        self.nomEdit.setObjectName(u"nomEdit")

        self.nomLayout.addWidget(self.nomEdit)

        self.communeLiaisonCombo = QComboBox(self.identiteGroup)
        self.communeLiaisonCombo.setObjectName(u"communeLiaisonCombo")

        self.nomLayout.addWidget(self.communeLiaisonCombo)


        self.identiteLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.nomLayout)

        self.codeInseeLabel = QLabel(self.identiteGroup)
        self.codeInseeLabel.setObjectName(u"codeInseeLabel")

        self.identiteLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.codeInseeLabel)

        self.codeInseeEdit = QLineEdit(self.identiteGroup)
        self.codeInseeEdit.setObjectName(u"codeInseeEdit")
        self.codeInseeEdit.setMaxLength(5)
        self.codeInseeEdit.setMaximumSize(QSize(100, 16777215))

        self.identiteLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.codeInseeEdit)

        self.sirenLabel = QLabel(self.identiteGroup)
        self.sirenLabel.setObjectName(u"sirenLabel")

        self.identiteLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sirenLabel)

        self.sirenValue = QLabel(self.identiteGroup)
        self.sirenValue.setObjectName(u"sirenValue")
        self.sirenValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identiteLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sirenValue)

        self.departementLabel = QLabel(self.identiteGroup)
        self.departementLabel.setObjectName(u"departementLabel")

        self.identiteLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.departementLabel)

        self.departementLayout = QHBoxLayout()
        self.departementLayout.setObjectName(u"departementLayout")
        self.departementEdit = QLineEdit(self.identiteGroup)
        self.departementEdit.setObjectName(u"departementEdit")

        self.departementLayout.addWidget(self.departementEdit)

        self.departementLiaisonCombo = QComboBox(self.identiteGroup)
        self.departementLiaisonCombo.setObjectName(u"departementLiaisonCombo")

        self.departementLayout.addWidget(self.departementLiaisonCombo)


        self.identiteLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.departementLayout)

        self.arrondissementLabel = QLabel(self.identiteGroup)
        self.arrondissementLabel.setObjectName(u"arrondissementLabel")

        self.identiteLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.arrondissementLabel)

        self.arrondissementLayout = QHBoxLayout()
        self.arrondissementLayout.setObjectName(u"arrondissementLayout")
        self.arrondissementEdit = QLineEdit(self.identiteGroup)
        self.arrondissementEdit.setObjectName(u"arrondissementEdit")

        self.arrondissementLayout.addWidget(self.arrondissementEdit)

        self.arrondissementLiaisonCombo = QComboBox(self.identiteGroup)
        self.arrondissementLiaisonCombo.setObjectName(u"arrondissementLiaisonCombo")

        self.arrondissementLayout.addWidget(self.arrondissementLiaisonCombo)


        self.identiteLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.arrondissementLayout)

        self.apercuLabel = QLabel(self.identiteGroup)
        self.apercuLabel.setObjectName(u"apercuLabel")

        self.identiteLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.apercuLabel)

        self.apercuValue = QLabel(self.identiteGroup)
        self.apercuValue.setObjectName(u"apercuValue")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.apercuValue.sizePolicy().hasHeightForWidth())
        self.apercuValue.setSizePolicy(sizePolicy)
        self.apercuValue.setWordWrap(True)

        self.identiteLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.apercuValue)


        self.mainLayout.addWidget(self.identiteGroup)

        self.conseilGroup = QGroupBox(CommuneForm)
        self.conseilGroup.setObjectName(u"conseilGroup")
        self.conseilLayout = QFormLayout(self.conseilGroup)
        self.conseilLayout.setObjectName(u"conseilLayout")
        self.conseilLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.populationLabel = QLabel(self.conseilGroup)
        self.populationLabel.setObjectName(u"populationLabel")

        self.conseilLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.populationLabel)

        self.populationSpin = QSpinBox(self.conseilGroup)
        self.populationSpin.setObjectName(u"populationSpin")
        self.populationSpin.setMaximum(3000000)
        self.populationSpin.setGroupSeparatorShown(True)

        self.conseilLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.populationSpin)

        self.effectifLabel = QLabel(self.conseilGroup)
        self.effectifLabel.setObjectName(u"effectifLabel")

        self.conseilLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.effectifLabel)

        self.effectifValue = QLabel(self.conseilGroup)
        self.effectifValue.setObjectName(u"effectifValue")
        sizePolicy.setHeightForWidth(self.effectifValue.sizePolicy().hasHeightForWidth())
        self.effectifValue.setSizePolicy(sizePolicy)
        self.effectifValue.setWordWrap(True)

        self.conseilLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.effectifValue)

        self.reputeCompletCheck = QCheckBox(self.conseilGroup)
        self.reputeCompletCheck.setObjectName(u"reputeCompletCheck")

        self.conseilLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reputeCompletCheck)

        self.effectifSpin = QSpinBox(self.conseilGroup)
        self.effectifSpin.setObjectName(u"effectifSpin")
        self.effectifSpin.setMinimum(1)
        self.effectifSpin.setMaximum(69)

        self.conseilLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.effectifSpin)

        self.aideEffectifLabel = QLabel(self.conseilGroup)
        self.aideEffectifLabel.setObjectName(u"aideEffectifLabel")
        self.aideEffectifLabel.setWordWrap(True)

        self.conseilLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.aideEffectifLabel)

        self.delaiLabel = QLabel(self.conseilGroup)
        self.delaiLabel.setObjectName(u"delaiLabel")

        self.conseilLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.delaiLabel)

        self.delaiValue = QLabel(self.conseilGroup)
        self.delaiValue.setObjectName(u"delaiValue")
        sizePolicy.setHeightForWidth(self.delaiValue.sizePolicy().hasHeightForWidth())
        self.delaiValue.setSizePolicy(sizePolicy)
        self.delaiValue.setWordWrap(True)

        self.conseilLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.delaiValue)


        self.mainLayout.addWidget(self.conseilGroup)

        self.coordonneesGroup = QGroupBox(CommuneForm)
        self.coordonneesGroup.setObjectName(u"coordonneesGroup")
        self.coordonneesLayout = QFormLayout(self.coordonneesGroup)
        self.coordonneesLayout.setObjectName(u"coordonneesLayout")
        self.coordonneesLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.siretLabel = QLabel(self.coordonneesGroup)
        self.siretLabel.setObjectName(u"siretLabel")

        self.coordonneesLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.siretLabel)

        self.siretEdit = QLineEdit(self.coordonneesGroup)
        self.siretEdit.setObjectName(u"siretEdit")
        self.siretEdit.setMaxLength(17)

        self.coordonneesLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.siretEdit)

        self.adresseLabel = QLabel(self.coordonneesGroup)
        self.adresseLabel.setObjectName(u"adresseLabel")

        self.coordonneesLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.adresseLabel)

        self.adresseEdit = QPlainTextEdit(self.coordonneesGroup)
        self.adresseEdit.setObjectName(u"adresseEdit")
        self.adresseEdit.setMaximumSize(QSize(16777215, 70))
        self.adresseEdit.setTabChangesFocus(True)

        self.coordonneesLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.adresseEdit)

        self.tribunalLabel = QLabel(self.coordonneesGroup)
        self.tribunalLabel.setObjectName(u"tribunalLabel")

        self.coordonneesLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tribunalLabel)

        self.tribunalEdit = QLineEdit(self.coordonneesGroup)
        self.tribunalEdit.setObjectName(u"tribunalEdit")

        self.coordonneesLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tribunalEdit)

        self.publicationLabel = QLabel(self.coordonneesGroup)
        self.publicationLabel.setObjectName(u"publicationLabel")

        self.coordonneesLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.publicationLabel)

        self.publicationCombo = QComboBox(self.coordonneesGroup)
        self.publicationCombo.setObjectName(u"publicationCombo")

        self.coordonneesLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.publicationCombo)

        self.aidePublicationLabel = QLabel(self.coordonneesGroup)
        self.aidePublicationLabel.setObjectName(u"aidePublicationLabel")
        self.aidePublicationLabel.setWordWrap(True)

        self.coordonneesLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.aidePublicationLabel)

        self.lieuLabel = QLabel(self.coordonneesGroup)
        self.lieuLabel.setObjectName(u"lieuLabel")

        self.coordonneesLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.lieuLabel)

        self.lieuEdit = QLineEdit(self.coordonneesGroup)
        self.lieuEdit.setObjectName(u"lieuEdit")

        self.coordonneesLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.lieuEdit)

        self.formatLabel = QLabel(self.coordonneesGroup)
        self.formatLabel.setObjectName(u"formatLabel")

        self.coordonneesLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatEdit = QLineEdit(self.coordonneesGroup)
        self.formatEdit.setObjectName(u"formatEdit")

        self.coordonneesLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.formatEdit)


        self.mainLayout.addWidget(self.coordonneesGroup)

        self.boutonsLayout = QHBoxLayout()
        self.boutonsLayout.setObjectName(u"boutonsLayout")
        self.modifieLabel = QLabel(CommuneForm)
        self.modifieLabel.setObjectName(u"modifieLabel")

        self.boutonsLayout.addWidget(self.modifieLabel)

        self.boutonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.boutonsLayout.addItem(self.boutonsSpacer)

        self.annulerButton = QPushButton(CommuneForm)
        self.annulerButton.setObjectName(u"annulerButton")

        self.boutonsLayout.addWidget(self.annulerButton)

        self.enregistrerButton = QPushButton(CommuneForm)
        self.enregistrerButton.setObjectName(u"enregistrerButton")

        self.boutonsLayout.addWidget(self.enregistrerButton)


        self.mainLayout.addLayout(self.boutonsLayout)

        self.basSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.basSpacer)

#if QT_CONFIG(shortcut)
        self.rechercheLabel.setBuddy(self.rechercheEdit)
        self.nomLabel.setBuddy(self.nomEdit)
        self.codeInseeLabel.setBuddy(self.codeInseeEdit)
        self.departementLabel.setBuddy(self.departementEdit)
        self.arrondissementLabel.setBuddy(self.arrondissementEdit)
        self.populationLabel.setBuddy(self.populationSpin)
        self.siretLabel.setBuddy(self.siretEdit)
        self.adresseLabel.setBuddy(self.adresseEdit)
        self.tribunalLabel.setBuddy(self.tribunalEdit)
        self.publicationLabel.setBuddy(self.publicationCombo)
        self.lieuLabel.setBuddy(self.lieuEdit)
        self.formatLabel.setBuddy(self.formatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.rechercheEdit, self.nomEdit)
        QWidget.setTabOrder(self.nomEdit, self.communeLiaisonCombo)
        QWidget.setTabOrder(self.communeLiaisonCombo, self.codeInseeEdit)
        QWidget.setTabOrder(self.codeInseeEdit, self.departementEdit)
        QWidget.setTabOrder(self.departementEdit, self.departementLiaisonCombo)
        QWidget.setTabOrder(self.departementLiaisonCombo, self.arrondissementEdit)
        QWidget.setTabOrder(self.arrondissementEdit, self.arrondissementLiaisonCombo)
        QWidget.setTabOrder(self.arrondissementLiaisonCombo, self.populationSpin)
        QWidget.setTabOrder(self.populationSpin, self.reputeCompletCheck)
        QWidget.setTabOrder(self.reputeCompletCheck, self.effectifSpin)
        QWidget.setTabOrder(self.effectifSpin, self.siretEdit)
        QWidget.setTabOrder(self.siretEdit, self.adresseEdit)
        QWidget.setTabOrder(self.adresseEdit, self.tribunalEdit)
        QWidget.setTabOrder(self.tribunalEdit, self.publicationCombo)
        QWidget.setTabOrder(self.publicationCombo, self.lieuEdit)
        QWidget.setTabOrder(self.lieuEdit, self.formatEdit)
        QWidget.setTabOrder(self.formatEdit, self.enregistrerButton)
        QWidget.setTabOrder(self.enregistrerButton, self.annulerButton)

        self.retranslateUi(CommuneForm)

        QMetaObject.connectSlotsByName(CommuneForm)
    # setupUi

    def retranslateUi(self, CommuneForm):
        self.identiteGroup.setTitle(QCoreApplication.translate("CommuneForm", u"Identit\u00e9 de la commune", None))
        self.rechercheLabel.setText(QCoreApplication.translate("CommuneForm", u"&Rechercher dans la liste officielle", None))
        self.rechercheEdit.setPlaceholderText(QCoreApplication.translate("CommuneForm", u"Nom, code INSEE ou code postal (ex. : chereng, 59146)", None))
        self.nomLabel.setText(QCoreApplication.translate("CommuneForm", u"&Nom de la commune", None))
#if QT_CONFIG(tooltip)
        self.communeLiaisonCombo.setToolTip(QCoreApplication.translate("CommuneForm", u"Comment le nom s'\u00e9crit apr\u00e8s \u00ab de \u00bb (\u00ab Commune de \u2026 \u00bb)", None))
#endif // QT_CONFIG(tooltip)
        self.codeInseeLabel.setText(QCoreApplication.translate("CommuneForm", u"Code &INSEE", None))
        self.sirenLabel.setText(QCoreApplication.translate("CommuneForm", u"SIREN (liste officielle)", None))
        self.departementLabel.setText(QCoreApplication.translate("CommuneForm", u"&D\u00e9partement", None))
#if QT_CONFIG(tooltip)
        self.departementLiaisonCombo.setToolTip(QCoreApplication.translate("CommuneForm", u"Comment le nom s'\u00e9crit apr\u00e8s \u00ab de \u00bb (\u00ab D\u00e9partement du Nord \u00bb)", None))
#endif // QT_CONFIG(tooltip)
        self.arrondissementLabel.setText(QCoreApplication.translate("CommuneForm", u"&Arrondissement", None))
#if QT_CONFIG(tooltip)
        self.arrondissementLiaisonCombo.setToolTip(QCoreApplication.translate("CommuneForm", u"Comment le nom s'\u00e9crit apr\u00e8s \u00ab de \u00bb (\u00ab Arrondissement de Lille \u00bb)", None))
#endif // QT_CONFIG(tooltip)
        self.apercuLabel.setText(QCoreApplication.translate("CommuneForm", u"En-t\u00eate des actes", None))
        self.conseilGroup.setTitle(QCoreApplication.translate("CommuneForm", u"Population et conseil municipal", None))
        self.populationLabel.setText(QCoreApplication.translate("CommuneForm", u"&Population municipale", None))
        self.populationSpin.setSuffix(QCoreApplication.translate("CommuneForm", u" habitants", None))
        self.effectifLabel.setText(QCoreApplication.translate("CommuneForm", u"Effectif l\u00e9gal", None))
        self.reputeCompletCheck.setText(QCoreApplication.translate("CommuneForm", u"Conseil r\u00e9put\u00e9 &complet", None))
        self.effectifSpin.setSuffix(QCoreApplication.translate("CommuneForm", u" membres \u00e9lus", None))
        self.delaiLabel.setText(QCoreApplication.translate("CommuneForm", u"D\u00e9lai de convocation", None))
        self.coordonneesGroup.setTitle(QCoreApplication.translate("CommuneForm", u"Coordonn\u00e9es et publication des actes", None))
        self.siretLabel.setText(QCoreApplication.translate("CommuneForm", u"SIRET de la &mairie", None))
        self.siretEdit.setPlaceholderText(QCoreApplication.translate("CommuneForm", u"14 chiffres : le SIREN suivi des 5 chiffres de l'\u00e9tablissement", None))
        self.adresseLabel.setText(QCoreApplication.translate("CommuneForm", u"Adre&sse de la mairie", None))
        self.tribunalLabel.setText(QCoreApplication.translate("CommuneForm", u"&Tribunal administratif", None))
        self.tribunalEdit.setPlaceholderText(QCoreApplication.translate("CommuneForm", u"Ville du tribunal comp\u00e9tent pour votre d\u00e9partement (ex. : Lille)", None))
        self.publicationLabel.setText(QCoreApplication.translate("CommuneForm", u"Mode de p&ublication", None))
        self.lieuLabel.setText(QCoreApplication.translate("CommuneForm", u"&Lieu habituel des s\u00e9ances", None))
        self.lieuEdit.setPlaceholderText(QCoreApplication.translate("CommuneForm", u"ex. : \u00e0 la mairie, salle du conseil", None))
        self.formatLabel.setText(QCoreApplication.translate("CommuneForm", u"&Format des r\u00e9f\u00e9rences", None))
#if QT_CONFIG(tooltip)
        self.formatEdit.setToolTip(QCoreApplication.translate("CommuneForm", u"{annee}, {seance} et {ordre} sont remplac\u00e9s par l'ann\u00e9e, le num\u00e9ro de la s\u00e9ance et le num\u00e9ro du point.", None))
#endif // QT_CONFIG(tooltip)
        self.modifieLabel.setStyleSheet(QCoreApplication.translate("CommuneForm", u"color: #b26a00; font-weight: bold;", None))
        self.annulerButton.setText(QCoreApplication.translate("CommuneForm", u"Annuler les modifications", None))
        self.enregistrerButton.setText(QCoreApplication.translate("CommuneForm", u"&Enregistrer la commune", None))
        pass
    # retranslateUi

