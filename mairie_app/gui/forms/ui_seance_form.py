# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'seance_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTimeEdit,
    QVBoxLayout, QWidget)

from mairie_app.gui.widgets.status_label import StatusLabel

class Ui_SeanceForm(object):
    def setupUi(self, SeanceForm):
        if not SeanceForm.objectName():
            SeanceForm.setObjectName(u"SeanceForm")
        SeanceForm.resize(520, 460)
        self.mainLayout = QVBoxLayout(SeanceForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titreLabel = QLabel(SeanceForm)
        self.titreLabel.setObjectName(u"titreLabel")

        self.mainLayout.addWidget(self.titreLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.dateLabel = QLabel(SeanceForm)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(SeanceForm)
        self.dateEdit.setObjectName(u"dateEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.heureLabel = QLabel(SeanceForm)
        self.heureLabel.setObjectName(u"heureLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.heureLabel)

        self.heureEdit = QTimeEdit(SeanceForm)
        self.heureEdit.setObjectName(u"heureEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.heureEdit)

        self.lieuLabel = QLabel(SeanceForm)
        self.lieuLabel.setObjectName(u"lieuLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lieuLabel)

        self.lieuEdit = QLineEdit(SeanceForm)
        self.lieuEdit.setObjectName(u"lieuEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lieuEdit)

        self.natureLabel = QLabel(SeanceForm)
        self.natureLabel.setObjectName(u"natureLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.natureLabel)

        self.natureCombo = QComboBox(SeanceForm)
        self.natureCombo.setObjectName(u"natureCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.natureCombo)

        self.urgenceCheck = QCheckBox(SeanceForm)
        self.urgenceCheck.setObjectName(u"urgenceCheck")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.urgenceCheck)

        self.secondeCheck = QCheckBox(SeanceForm)
        self.secondeCheck.setObjectName(u"secondeCheck")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.secondeCheck)

        self.convocationCheck = QCheckBox(SeanceForm)
        self.convocationCheck.setObjectName(u"convocationCheck")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.convocationCheck)

        self.convocationDate = QDateEdit(SeanceForm)
        self.convocationDate.setObjectName(u"convocationDate")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.convocationDate)

        self.affichageCheck = QCheckBox(SeanceForm)
        self.affichageCheck.setObjectName(u"affichageCheck")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.affichageCheck)

        self.affichageDate = QDateEdit(SeanceForm)
        self.affichageDate.setObjectName(u"affichageDate")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.affichageDate)

        self.presidentLabel = QLabel(SeanceForm)
        self.presidentLabel.setObjectName(u"presidentLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.presidentLabel)

        self.presidentCombo = QComboBox(SeanceForm)
        self.presidentCombo.setObjectName(u"presidentCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.presidentCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.alerteLabel = StatusLabel(SeanceForm)
        self.alerteLabel.setObjectName(u"alerteLabel")
        self.alerteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.alerteLabel)

        self.aideLabel = QLabel(SeanceForm)
        self.aideLabel.setObjectName(u"aideLabel")
        self.aideLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.aideLabel)

        self.boutonsLayout = QHBoxLayout()
        self.boutonsLayout.setObjectName(u"boutonsLayout")
        self.modifieLabel = QLabel(SeanceForm)
        self.modifieLabel.setObjectName(u"modifieLabel")

        self.boutonsLayout.addWidget(self.modifieLabel)

        self.boutonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.boutonsLayout.addItem(self.boutonsSpacer)

        self.annulerButton = QPushButton(SeanceForm)
        self.annulerButton.setObjectName(u"annulerButton")

        self.boutonsLayout.addWidget(self.annulerButton)

        self.enregistrerButton = QPushButton(SeanceForm)
        self.enregistrerButton.setObjectName(u"enregistrerButton")

        self.boutonsLayout.addWidget(self.enregistrerButton)


        self.mainLayout.addLayout(self.boutonsLayout)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.heureLabel.setBuddy(self.heureEdit)
        self.lieuLabel.setBuddy(self.lieuEdit)
        self.natureLabel.setBuddy(self.natureCombo)
        self.presidentLabel.setBuddy(self.presidentCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.heureEdit)
        QWidget.setTabOrder(self.heureEdit, self.lieuEdit)
        QWidget.setTabOrder(self.lieuEdit, self.natureCombo)
        QWidget.setTabOrder(self.natureCombo, self.urgenceCheck)
        QWidget.setTabOrder(self.urgenceCheck, self.secondeCheck)
        QWidget.setTabOrder(self.secondeCheck, self.convocationCheck)
        QWidget.setTabOrder(self.convocationCheck, self.convocationDate)
        QWidget.setTabOrder(self.convocationDate, self.affichageCheck)
        QWidget.setTabOrder(self.affichageCheck, self.affichageDate)
        QWidget.setTabOrder(self.affichageDate, self.presidentCombo)
        QWidget.setTabOrder(self.presidentCombo, self.enregistrerButton)
        QWidget.setTabOrder(self.enregistrerButton, self.annulerButton)

        self.retranslateUi(SeanceForm)

        QMetaObject.connectSlotsByName(SeanceForm)
    # setupUi

    def retranslateUi(self, SeanceForm):
        self.titreLabel.setStyleSheet(QCoreApplication.translate("SeanceForm", u"font-weight: bold; font-size: 11pt;", None))
        self.titreLabel.setText(QCoreApplication.translate("SeanceForm", u"Nouvelle s\u00e9ance", None))
        self.dateLabel.setText(QCoreApplication.translate("SeanceForm", u"&Date de la s\u00e9ance", None))
        self.heureLabel.setText(QCoreApplication.translate("SeanceForm", u"&Heure", None))
        self.heureEdit.setDisplayFormat(QCoreApplication.translate("SeanceForm", u"HH:mm", None))
        self.lieuLabel.setText(QCoreApplication.translate("SeanceForm", u"&Lieu", None))
        self.natureLabel.setText(QCoreApplication.translate("SeanceForm", u"&Nature", None))
        self.urgenceCheck.setText(QCoreApplication.translate("SeanceForm", u"Convoqu\u00e9e en &urgence (d\u00e9lai r\u00e9duit \u00e0 1 jour franc)", None))
        self.secondeCheck.setText(QCoreApplication.translate("SeanceForm", u"&Seconde convocation (quorum non atteint \u00e0 la s\u00e9ance pr\u00e9c\u00e9dente)", None))
        self.convocationCheck.setText(QCoreApplication.translate("SeanceForm", u"Con&vocation envoy\u00e9e le", None))
        self.affichageCheck.setText(QCoreApplication.translate("SeanceForm", u"Convocation a&ffich\u00e9e le", None))
        self.presidentLabel.setText(QCoreApplication.translate("SeanceForm", u"&Pr\u00e9sident de s\u00e9ance", None))
        self.modifieLabel.setStyleSheet(QCoreApplication.translate("SeanceForm", u"color: #b26a00; font-weight: bold;", None))
        self.annulerButton.setText(QCoreApplication.translate("SeanceForm", u"Annuler les modifications", None))
        self.enregistrerButton.setText(QCoreApplication.translate("SeanceForm", u"&Enregistrer la s\u00e9ance", None))
        pass
    # retranslateUi

