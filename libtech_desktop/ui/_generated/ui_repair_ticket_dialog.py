# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'repair_ticket_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_RepairTicketDialog(object):
    def setupUi(self, RepairTicketDialog):
        if not RepairTicketDialog.objectName():
            RepairTicketDialog.setObjectName(u"RepairTicketDialog")
        RepairTicketDialog.resize(480, 240)
        self.main_layout = QVBoxLayout(RepairTicketDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.item_label = QLabel(RepairTicketDialog)
        self.item_label.setObjectName(u"item_label")
        self.item_label.setWordWrap(True)

        self.main_layout.addWidget(self.item_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.minutes_caption_label = QLabel(RepairTicketDialog)
        self.minutes_caption_label.setObjectName(u"minutes_caption_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.minutes_caption_label)

        self.minutes_spin = QSpinBox(RepairTicketDialog)
        self.minutes_spin.setObjectName(u"minutes_spin")
        self.minutes_spin.setMaximum(10000)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.minutes_spin)

        self.cost_caption_label = QLabel(RepairTicketDialog)
        self.cost_caption_label.setObjectName(u"cost_caption_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cost_caption_label)

        self.cost_edit = QLineEdit(RepairTicketDialog)
        self.cost_edit.setObjectName(u"cost_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cost_edit)

        self.condition_caption_label = QLabel(RepairTicketDialog)
        self.condition_caption_label.setObjectName(u"condition_caption_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.condition_caption_label)

        self.condition_combo = QComboBox(RepairTicketDialog)
        self.condition_combo.setObjectName(u"condition_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.condition_combo)

        self.note_caption_label = QLabel(RepairTicketDialog)
        self.note_caption_label.setObjectName(u"note_caption_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.note_caption_label)

        self.note_edit = QLineEdit(RepairTicketDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.message_label = QLabel(RepairTicketDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(RepairTicketDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.minutes_caption_label.setBuddy(self.minutes_spin)
        self.cost_caption_label.setBuddy(self.cost_edit)
        self.condition_caption_label.setBuddy(self.condition_combo)
        self.note_caption_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.minutes_spin, self.cost_edit)
        QWidget.setTabOrder(self.cost_edit, self.condition_combo)
        QWidget.setTabOrder(self.condition_combo, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.button_box)

        self.retranslateUi(RepairTicketDialog)
    # setupUi

    def retranslateUi(self, RepairTicketDialog):
        RepairTicketDialog.setWindowTitle(QCoreApplication.translate("RepairTicketDialog", u"Repair ticket", None))
        self.item_label.setText(QCoreApplication.translate("RepairTicketDialog", u"Repair ticket", None))
        self.minutes_caption_label.setText(QCoreApplication.translate("RepairTicketDialog", u"&Time spent:", None))
#if QT_CONFIG(accessibility)
        self.minutes_spin.setAccessibleName(QCoreApplication.translate("RepairTicketDialog", u"Minutes spent", None))
#endif // QT_CONFIG(accessibility)
        self.minutes_spin.setSuffix(QCoreApplication.translate("RepairTicketDialog", u" min", None))
        self.cost_caption_label.setText(QCoreApplication.translate("RepairTicketDialog", u"&Materials cost:", None))
#if QT_CONFIG(accessibility)
        self.cost_edit.setAccessibleName(QCoreApplication.translate("RepairTicketDialog", u"Materials cost", None))
#endif // QT_CONFIG(accessibility)
        self.cost_edit.setPlaceholderText(QCoreApplication.translate("RepairTicketDialog", u"e.g. 2.50 (blank: none)", None))
        self.condition_caption_label.setText(QCoreApplication.translate("RepairTicketDialog", u"&Condition now:", None))
#if QT_CONFIG(accessibility)
        self.condition_combo.setAccessibleName(QCoreApplication.translate("RepairTicketDialog", u"Condition after the repair", None))
#endif // QT_CONFIG(accessibility)
        self.note_caption_label.setText(QCoreApplication.translate("RepairTicketDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("RepairTicketDialog", u"Note on the repair", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
    # retranslateUi

