# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'condition_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ConditionDialog(object):
    def setupUi(self, ConditionDialog):
        if not ConditionDialog.objectName():
            ConditionDialog.setObjectName(u"ConditionDialog")
        ConditionDialog.resize(480, 240)
        self.main_layout = QVBoxLayout(ConditionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.item_label = QLabel(ConditionDialog)
        self.item_label.setObjectName(u"item_label")
        self.item_label.setWordWrap(True)

        self.main_layout.addWidget(self.item_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.condition_caption_label = QLabel(ConditionDialog)
        self.condition_caption_label.setObjectName(u"condition_caption_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.condition_caption_label)

        self.condition_combo = QComboBox(ConditionDialog)
        self.condition_combo.setObjectName(u"condition_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.condition_combo)

        self.note_caption_label = QLabel(ConditionDialog)
        self.note_caption_label.setObjectName(u"note_caption_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.note_caption_label)

        self.note_edit = QLineEdit(ConditionDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.message_label = QLabel(ConditionDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(ConditionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.condition_caption_label.setBuddy(self.condition_combo)
        self.note_caption_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.condition_combo, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.button_box)

        self.retranslateUi(ConditionDialog)
    # setupUi

    def retranslateUi(self, ConditionDialog):
        ConditionDialog.setWindowTitle(QCoreApplication.translate("ConditionDialog", u"Record condition", None))
        self.item_label.setText(QCoreApplication.translate("ConditionDialog", u"Record condition", None))
        self.condition_caption_label.setText(QCoreApplication.translate("ConditionDialog", u"&Condition:", None))
#if QT_CONFIG(accessibility)
        self.condition_combo.setAccessibleName(QCoreApplication.translate("ConditionDialog", u"Condition", None))
#endif // QT_CONFIG(accessibility)
        self.note_caption_label.setText(QCoreApplication.translate("ConditionDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("ConditionDialog", u"Condition note", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
    # retranslateUi

