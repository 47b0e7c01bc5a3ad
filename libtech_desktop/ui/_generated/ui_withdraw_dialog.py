# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'withdraw_dialog.ui'
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

class Ui_WithdrawDialog(object):
    def setupUi(self, WithdrawDialog):
        if not WithdrawDialog.objectName():
            WithdrawDialog.setObjectName(u"WithdrawDialog")
        WithdrawDialog.resize(480, 240)
        self.main_layout = QVBoxLayout(WithdrawDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.item_label = QLabel(WithdrawDialog)
        self.item_label.setObjectName(u"item_label")
        self.item_label.setWordWrap(True)

        self.main_layout.addWidget(self.item_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.reason_caption_label = QLabel(WithdrawDialog)
        self.reason_caption_label.setObjectName(u"reason_caption_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reason_caption_label)

        self.reason_combo = QComboBox(WithdrawDialog)
        self.reason_combo.setObjectName(u"reason_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason_combo)

        self.note_caption_label = QLabel(WithdrawDialog)
        self.note_caption_label.setObjectName(u"note_caption_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.note_caption_label)

        self.note_edit = QLineEdit(WithdrawDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note_edit)

        self.replace_check = QCheckBox(WithdrawDialog)
        self.replace_check.setObjectName(u"replace_check")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.replace_check)


        self.main_layout.addLayout(self.form_layout)

        self.message_label = QLabel(WithdrawDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(WithdrawDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reason_caption_label.setBuddy(self.reason_combo)
        self.note_caption_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason_combo, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.replace_check)
        QWidget.setTabOrder(self.replace_check, self.button_box)

        self.retranslateUi(WithdrawDialog)
    # setupUi

    def retranslateUi(self, WithdrawDialog):
        WithdrawDialog.setWindowTitle(QCoreApplication.translate("WithdrawDialog", u"Withdraw item", None))
        self.item_label.setText(QCoreApplication.translate("WithdrawDialog", u"Withdraw item", None))
        self.reason_caption_label.setText(QCoreApplication.translate("WithdrawDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reason_combo.setAccessibleName(QCoreApplication.translate("WithdrawDialog", u"Withdrawal reason", None))
#endif // QT_CONFIG(accessibility)
        self.note_caption_label.setText(QCoreApplication.translate("WithdrawDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("WithdrawDialog", u"Withdrawal note", None))
#endif // QT_CONFIG(accessibility)
        self.note_edit.setPlaceholderText(QCoreApplication.translate("WithdrawDialog", u"CREW/MUSTIE: misleading, ugly, superseded, trivial, irrelevant, elsewhere\u2026", None))
        self.replace_check.setText(QCoreApplication.translate("WithdrawDialog", u"Order a re&placement (put the title on the replacement list)", None))
        self.message_label.setText("")
    # retranslateUi

