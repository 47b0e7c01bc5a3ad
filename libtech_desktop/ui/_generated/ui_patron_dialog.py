# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'patron_dialog.ui'
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

from libtech_desktop.ui.scan_field import ScanLineEdit

class Ui_PatronDialog(object):
    def setupUi(self, PatronDialog):
        if not PatronDialog.objectName():
            PatronDialog.setObjectName(u"PatronDialog")
        PatronDialog.resize(480, 280)
        self.main_layout = QVBoxLayout(PatronDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.fields_form = QFormLayout()
        self.fields_form.setObjectName(u"fields_form")
        self.barcode_caption_label = QLabel(PatronDialog)
        self.barcode_caption_label.setObjectName(u"barcode_caption_label")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.barcode_caption_label)

        self.barcode_edit = ScanLineEdit(PatronDialog)
        self.barcode_edit.setObjectName(u"barcode_edit")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.barcode_edit)

        self.name_caption_label = QLabel(PatronDialog)
        self.name_caption_label.setObjectName(u"name_caption_label")

        self.fields_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_caption_label)

        self.name_edit = QLineEdit(PatronDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(200)

        self.fields_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.category_caption_label = QLabel(PatronDialog)
        self.category_caption_label.setObjectName(u"category_caption_label")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.category_caption_label)

        self.category_combo = QComboBox(PatronDialog)
        self.category_combo.setObjectName(u"category_combo")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.category_combo)

        self.email_caption_label = QLabel(PatronDialog)
        self.email_caption_label.setObjectName(u"email_caption_label")

        self.fields_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.email_caption_label)

        self.email_edit = QLineEdit(PatronDialog)
        self.email_edit.setObjectName(u"email_edit")
        self.email_edit.setMaxLength(200)

        self.fields_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.phone_caption_label = QLabel(PatronDialog)
        self.phone_caption_label.setObjectName(u"phone_caption_label")

        self.fields_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_caption_label)

        self.phone_edit = QLineEdit(PatronDialog)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(50)

        self.fields_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone_edit)


        self.main_layout.addLayout(self.fields_form)

        self.error_label = QLabel(PatronDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"QLabel { color:#8a1c1f; font-weight:bold; }")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(PatronDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.barcode_caption_label.setBuddy(self.barcode_edit)
        self.name_caption_label.setBuddy(self.name_edit)
        self.category_caption_label.setBuddy(self.category_combo)
        self.email_caption_label.setBuddy(self.email_edit)
        self.phone_caption_label.setBuddy(self.phone_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.barcode_edit, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.button_box)

        self.retranslateUi(PatronDialog)
    # setupUi

    def retranslateUi(self, PatronDialog):
        PatronDialog.setWindowTitle(QCoreApplication.translate("PatronDialog", u"Patron", None))
        self.barcode_caption_label.setText(QCoreApplication.translate("PatronDialog", u"Card &barcode:", None))
        self.barcode_edit.setPlaceholderText(QCoreApplication.translate("PatronDialog", u"Scan the new card", None))
#if QT_CONFIG(accessibility)
        self.barcode_edit.setAccessibleName(QCoreApplication.translate("PatronDialog", u"Card barcode", None))
#endif // QT_CONFIG(accessibility)
        self.name_caption_label.setText(QCoreApplication.translate("PatronDialog", u"&Name:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("PatronDialog", u"Last, First", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("PatronDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.category_caption_label.setText(QCoreApplication.translate("PatronDialog", u"&Category:", None))
#if QT_CONFIG(accessibility)
        self.category_combo.setAccessibleName(QCoreApplication.translate("PatronDialog", u"Patron category", None))
#endif // QT_CONFIG(accessibility)
        self.email_caption_label.setText(QCoreApplication.translate("PatronDialog", u"&Email:", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("PatronDialog", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.phone_caption_label.setText(QCoreApplication.translate("PatronDialog", u"&Phone:", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("PatronDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.error_label.setText("")
    # retranslateUi

