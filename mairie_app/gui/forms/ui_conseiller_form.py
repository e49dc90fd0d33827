# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conseiller_form.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_ConseillerForm(object):
    def setupUi(self, ConseillerForm):
        if not ConseillerForm.objectName():
            ConseillerForm.setObjectName(u"ConseillerForm")
        ConseillerForm.resize(380, 360)
        self.mainLayout = QVBoxLayout(ConseillerForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titreLabel = QLabel(ConseillerForm)
        self.titreLabel.setObjectName(u"titreLabel")

        self.mainLayout.addWidget(self.titreLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.civiliteLabel = QLabel(ConseillerForm)
        self.civiliteLabel.setObjectName(u"civiliteLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.civiliteLabel)

        self.civiliteCombo = QComboBox(ConseillerForm)
        self.civiliteCombo.setObjectName(u"civiliteCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.civiliteCombo)

        self.nomLabel = QLabel(ConseillerForm)
        self.nomLabel.setObjectName(u"nomLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nomLabel)

        self.nomEdit = QLineEdit(ConseillerForm)
        self.nomEdit.setObjectName(u"nomEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nomEdit)

        self.prenomLabel = QLabel(ConseillerForm)
        self.prenomLabel.setObjectName(u"prenomLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.prenomLabel)

        self.prenomEdit = QLineEdit(ConseillerForm)
        self.prenomEdit.setObjectName(u"prenomEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.prenomEdit)

        self.fonctionLabel = QLabel(ConseillerForm)
        self.fonctionLabel.setObjectName(u"fonctionLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fonctionLabel)

        self.fonctionCombo = QComboBox(ConseillerForm)
        self.fonctionCombo.setObjectName(u"fonctionCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fonctionCombo)

        self.rangAdjointLabel = QLabel(ConseillerForm)
        self.rangAdjointLabel.setObjectName(u"rangAdjointLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.rangAdjointLabel)

        self.rangAdjointSpin = QSpinBox(ConseillerForm)
        self.rangAdjointSpin.setObjectName(u"rangAdjointSpin")
        self.rangAdjointSpin.setMinimum(1)
        self.rangAdjointSpin.setMaximum(20)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rangAdjointSpin)

        self.debutLabel = QLabel(ConseillerForm)
        self.debutLabel.setObjectName(u"debutLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.debutLabel)

        self.debutDate = QDateEdit(ConseillerForm)
        self.debutDate.setObjectName(u"debutDate")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.debutDate)

        self.finCheck = QCheckBox(ConseillerForm)
        self.finCheck.setObjectName(u"finCheck")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.finCheck)

        self.finDate = QDateEdit(ConseillerForm)
        self.finDate.setObjectName(u"finDate")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.finDate)


        self.mainLayout.addLayout(self.formLayout)

        self.aideLabel = QLabel(ConseillerForm)
        self.aideLabel.setObjectName(u"aideLabel")
        self.aideLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.aideLabel)

        self.boutonsLayout = QHBoxLayout()
        self.boutonsLayout.setObjectName(u"boutonsLayout")
        self.modifieLabel = QLabel(ConseillerForm)
        self.modifieLabel.setObjectName(u"modifieLabel")

        self.boutonsLayout.addWidget(self.modifieLabel)

        self.boutonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.boutonsLayout.addItem(self.boutonsSpacer)

        self.enregistrerButton = QPushButton(ConseillerForm)
        self.enregistrerButton.setObjectName(u"enregistrerButton")

        self.boutonsLayout.addWidget(self.enregistrerButton)


        self.mainLayout.addLayout(self.boutonsLayout)

        self.basSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.basSpacer)

#if QT_CONFIG(shortcut)
        self.civiliteLabel.setBuddy(self.civiliteCombo)
        self.nomLabel.setBuddy(self.nomEdit)
        self.prenomLabel.setBuddy(self.prenomEdit)
        self.fonctionLabel.setBuddy(self.fonctionCombo)
        self.rangAdjointLabel.setBuddy(self.rangAdjointSpin)
        self.debutLabel.setBuddy(self.debutDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.civiliteCombo, self.nomEdit)
        QWidget.setTabOrder(self.nomEdit, self.prenomEdit)
        QWidget.setTabOrder(self.prenomEdit, self.fonctionCombo)
        QWidget.setTabOrder(self.fonctionCombo, self.rangAdjointSpin)
        QWidget.setTabOrder(self.rangAdjointSpin, self.debutDate)
        QWidget.setTabOrder(self.debutDate, self.finCheck)
        QWidget.setTabOrder(self.finCheck, self.finDate)
        QWidget.setTabOrder(self.finDate, self.enregistrerButton)

        self.retranslateUi(ConseillerForm)

        QMetaObject.connectSlotsByName(ConseillerForm)
    # setupUi

    def retranslateUi(self, ConseillerForm):
        self.titreLabel.setStyleSheet(QCoreApplication.translate("ConseillerForm", u"font-weight: bold; font-size: 11pt;", None))
        self.titreLabel.setText(QCoreApplication.translate("ConseillerForm", u"Nouveau conseiller", None))
        self.civiliteLabel.setText(QCoreApplication.translate("ConseillerForm", u"Ci&vilit\u00e9", None))
        self.nomLabel.setText(QCoreApplication.translate("ConseillerForm", u"&Nom", None))
        self.prenomLabel.setText(QCoreApplication.translate("ConseillerForm", u"&Pr\u00e9nom", None))
        self.fonctionLabel.setText(QCoreApplication.translate("ConseillerForm", u"&Fonction", None))
        self.rangAdjointLabel.setText(QCoreApplication.translate("ConseillerForm", u"&Rang d'adjoint", None))
        self.rangAdjointSpin.setPrefix(QCoreApplication.translate("ConseillerForm", u"adjoint n\u00b0 ", None))
        self.debutLabel.setText(QCoreApplication.translate("ConseillerForm", u"&D\u00e9but du mandat", None))
        self.finCheck.setText(QCoreApplication.translate("ConseillerForm", u"Mandat ter&min\u00e9 le", None))
        self.modifieLabel.setStyleSheet(QCoreApplication.translate("ConseillerForm", u"color: #b26a00; font-weight: bold;", None))
        self.enregistrerButton.setText(QCoreApplication.translate("ConseillerForm", u"&Enregistrer", None))
        pass
    # retranslateUi

