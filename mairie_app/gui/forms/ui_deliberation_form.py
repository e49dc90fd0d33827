# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'deliberation_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

from mairie_app.gui.widgets.matiere_combo import MatiereCombo

class Ui_DeliberationForm(object):
    def setupUi(self, DeliberationForm):
        if not DeliberationForm.objectName():
            DeliberationForm.setObjectName(u"DeliberationForm")
        DeliberationForm.resize(640, 900)
        self.mainLayout = QVBoxLayout(DeliberationForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.referenceLabel = QLabel(DeliberationForm)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(DeliberationForm)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.objetLabel = QLabel(DeliberationForm)
        self.objetLabel.setObjectName(u"objetLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.objetLabel)

        self.objetEdit = QLineEdit(DeliberationForm)
        self.objetEdit.setObjectName(u"objetEdit")
        self.objetEdit.setMaxLength(499)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.objetEdit)

        self.matiereLabel = QLabel(DeliberationForm)
        self.matiereLabel.setObjectName(u"matiereLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.matiereLabel)

        self.matiereCombo = MatiereCombo(DeliberationForm)
        self.matiereCombo.setObjectName(u"matiereCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.matiereCombo)

        self.rapporteurLabel = QLabel(DeliberationForm)
        self.rapporteurLabel.setObjectName(u"rapporteurLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.rapporteurLabel)

        self.rapporteurCombo = QComboBox(DeliberationForm)
        self.rapporteurCombo.setObjectName(u"rapporteurCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.rapporteurCombo)

        self.preambuleLabel = QLabel(DeliberationForm)
        self.preambuleLabel.setObjectName(u"preambuleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.preambuleLabel)

        self.preambuleEdit = QPlainTextEdit(DeliberationForm)
        self.preambuleEdit.setObjectName(u"preambuleEdit")
        self.preambuleEdit.setTabChangesFocus(True)
        self.preambuleEdit.setMinimumSize(QSize(0, 90))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.preambuleEdit)

        self.visasLabel = QLabel(DeliberationForm)
        self.visasLabel.setObjectName(u"visasLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.visasLabel)

        self.visasEdit = QPlainTextEdit(DeliberationForm)
        self.visasEdit.setObjectName(u"visasEdit")
        self.visasEdit.setTabChangesFocus(True)
        self.visasEdit.setMinimumSize(QSize(0, 90))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.visasEdit)

        self.considerantsLabel = QLabel(DeliberationForm)
        self.considerantsLabel.setObjectName(u"considerantsLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.considerantsLabel)

        self.considerantsEdit = QPlainTextEdit(DeliberationForm)
        self.considerantsEdit.setObjectName(u"considerantsEdit")
        self.considerantsEdit.setTabChangesFocus(True)
        self.considerantsEdit.setMinimumSize(QSize(0, 90))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.considerantsEdit)

        self.dispositifLabel = QLabel(DeliberationForm)
        self.dispositifLabel.setObjectName(u"dispositifLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.dispositifLabel)

        self.dispositifEdit = QPlainTextEdit(DeliberationForm)
        self.dispositifEdit.setObjectName(u"dispositifEdit")
        self.dispositifEdit.setTabChangesFocus(True)
        self.dispositifEdit.setMinimumSize(QSize(0, 90))

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dispositifEdit)

        self.annexesLabel = QLabel(DeliberationForm)
        self.annexesLabel.setObjectName(u"annexesLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.annexesLabel)

        self.annexesEdit = QPlainTextEdit(DeliberationForm)
        self.annexesEdit.setObjectName(u"annexesEdit")
        self.annexesEdit.setTabChangesFocus(True)
        self.annexesEdit.setMinimumSize(QSize(0, 60))

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.annexesEdit)

        self.debatsLabel = QLabel(DeliberationForm)
        self.debatsLabel.setObjectName(u"debatsLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.debatsLabel)

        self.debatsEdit = QPlainTextEdit(DeliberationForm)
        self.debatsEdit.setObjectName(u"debatsEdit")
        self.debatsEdit.setTabChangesFocus(True)
        self.debatsEdit.setMinimumSize(QSize(0, 90))

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.debatsEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.aideLabel = QLabel(DeliberationForm)
        self.aideLabel.setObjectName(u"aideLabel")
        self.aideLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.aideLabel)

#if QT_CONFIG(shortcut)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.objetLabel.setBuddy(self.objetEdit)
        self.matiereLabel.setBuddy(self.matiereCombo)
        self.rapporteurLabel.setBuddy(self.rapporteurCombo)
        self.preambuleLabel.setBuddy(self.preambuleEdit)
        self.visasLabel.setBuddy(self.visasEdit)
        self.considerantsLabel.setBuddy(self.considerantsEdit)
        self.dispositifLabel.setBuddy(self.dispositifEdit)
        self.annexesLabel.setBuddy(self.annexesEdit)
        self.debatsLabel.setBuddy(self.debatsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.referenceEdit, self.objetEdit)
        QWidget.setTabOrder(self.objetEdit, self.matiereCombo)
        QWidget.setTabOrder(self.matiereCombo, self.rapporteurCombo)
        QWidget.setTabOrder(self.rapporteurCombo, self.preambuleEdit)
        QWidget.setTabOrder(self.preambuleEdit, self.visasEdit)
        QWidget.setTabOrder(self.visasEdit, self.considerantsEdit)
        QWidget.setTabOrder(self.considerantsEdit, self.dispositifEdit)
        QWidget.setTabOrder(self.dispositifEdit, self.annexesEdit)
        QWidget.setTabOrder(self.annexesEdit, self.debatsEdit)

        self.retranslateUi(DeliberationForm)

        QMetaObject.connectSlotsByName(DeliberationForm)
    # setupUi

    def retranslateUi(self, DeliberationForm):
        self.referenceLabel.setText(QCoreApplication.translate("DeliberationForm", u"&R\u00e9f\u00e9rence", None))
#if QT_CONFIG(tooltip)
        self.referenceEdit.setToolTip(QCoreApplication.translate("DeliberationForm", u"Propos\u00e9e automatiquement ; au plus 15 lettres, chiffres ou _ une fois transmise \u00e0 la pr\u00e9fecture.", None))
#endif // QT_CONFIG(tooltip)
        self.objetLabel.setText(QCoreApplication.translate("DeliberationForm", u"&Objet", None))
        self.matiereLabel.setText(QCoreApplication.translate("DeliberationForm", u"&Mati\u00e8re (nomenclature ACTES)", None))
        self.rapporteurLabel.setText(QCoreApplication.translate("DeliberationForm", u"R&apporteur", None))
        self.preambuleLabel.setText(QCoreApplication.translate("DeliberationForm", u"&Pr\u00e9ambule (expos\u00e9)", None))
        self.visasLabel.setText(QCoreApplication.translate("DeliberationForm", u"V&u", None))
        self.considerantsLabel.setText(QCoreApplication.translate("DeliberationForm", u"&Consid\u00e9rant", None))
        self.dispositifLabel.setText(QCoreApplication.translate("DeliberationForm", u"&D\u00e9cide (dispositif)", None))
        self.annexesLabel.setText(QCoreApplication.translate("DeliberationForm", u"A&nnexes", None))
        self.debatsLabel.setText(QCoreApplication.translate("DeliberationForm", u"D\u00e9&bats (pour le proc\u00e8s-verbal)", None))
        pass
    # retranslateUi

