# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'damage_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_DamageDialog(object):
    def setupUi(self, DamageDialog):
        if not DamageDialog.objectName():
            DamageDialog.setObjectName(u"DamageDialog")
        DamageDialog.resize(480, 220)
        self.main_layout = QVBoxLayout(DamageDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.item_label = QLabel(DamageDialog)
        self.item_label.setObjectName(u"item_label")
        self.item_label.setWordWrap(True)

        self.main_layout.addWidget(self.item_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.note_caption_label = QLabel(DamageDialog)
        self.note_caption_label.setObjectName(u"note_caption_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.note_caption_label)

        self.note_edit = QLineEdit(DamageDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.note_edit)

        self.type_caption_label = QLabel(DamageDialog)
        self.type_caption_label.setObjectName(u"type_caption_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.type_caption_label)

        self.type_combo = QComboBox(DamageDialog)
        self.type_combo.setObjectName(u"type_combo")
        self.type_combo.setEditable(True)
        self.type_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.type_combo)

        self.charge_check = QCheckBox(DamageDialog)
        self.charge_check.setObjectName(u"charge_check")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.charge_check)

        self.charge_edit = QLineEdit(DamageDialog)
        self.charge_edit.setObjectName(u"charge_edit")
        self.charge_edit.setEnabled(False)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.charge_edit)


        self.main_layout.addLayout(self.form_layout)

        self.message_label = QLabel(DamageDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(DamageDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.note_caption_label.setBuddy(self.note_edit)
        self.type_caption_label.setBuddy(self.type_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.note_edit, self.type_combo)
        QWidget.setTabOrder(self.type_combo, self.charge_check)
        QWidget.setTabOrder(self.charge_check, self.charge_edit)
        QWidget.setTabOrder(self.charge_edit, self.button_box)

        self.retranslateUi(DamageDialog)
    # setupUi

    def retranslateUi(self, DamageDialog):
        DamageDialog.setWindowTitle(QCoreApplication.translate("DamageDialog", u"Damaged item", None))
        self.item_label.setText(QCoreApplication.translate("DamageDialog", u"Damaged item", None))
        self.note_caption_label.setText(QCoreApplication.translate("DamageDialog", u"Condition &note:", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("DamageDialog", u"What is wrong (e.g. spine split, water damage)", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("DamageDialog", u"Condition note", None))
#endif // QT_CONFIG(accessibility)
        self.type_caption_label.setText(QCoreApplication.translate("DamageDialog", u"Repair &type:", None))
#if QT_CONFIG(accessibility)
        self.type_combo.setAccessibleName(QCoreApplication.translate("DamageDialog", u"Repair type", None))
#endif // QT_CONFIG(accessibility)
        self.charge_check.setText(QCoreApplication.translate("DamageDialog", u"C&harge the borrower:", None))
        self.charge_edit.setPlaceholderText(QCoreApplication.translate("DamageDialog", u"Amount, e.g. 12.50", None))
#if QT_CONFIG(accessibility)
        self.charge_edit.setAccessibleName(QCoreApplication.translate("DamageDialog", u"Damage charge amount", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
    # retranslateUi

