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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

from libtech_desktop.ui.scan_field import ScanLineEdit

class Ui_PatronDialog(object):
    def setupUi(self, PatronDialog):
        if not PatronDialog.objectName():
            PatronDialog.setObjectName(u"PatronDialog")
        PatronDialog.resize(480, 480)
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

        self.address_caption_label = QLabel(PatronDialog)
        self.address_caption_label.setObjectName(u"address_caption_label")

        self.fields_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.address_caption_label)

        self.address_edit = QPlainTextEdit(PatronDialog)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setMaximumSize(QSize(16777215, 80))

        self.fields_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.channel_caption_label = QLabel(PatronDialog)
        self.channel_caption_label.setObjectName(u"channel_caption_label")

        self.fields_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.channel_caption_label)

        self.channel_combo = QComboBox(PatronDialog)
        self.channel_combo.setObjectName(u"channel_combo")

        self.fields_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.channel_combo)

        self.guardian_caption_label = QLabel(PatronDialog)
        self.guardian_caption_label.setObjectName(u"guardian_caption_label")

        self.fields_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.guardian_caption_label)

        self.guardian_edit = ScanLineEdit(PatronDialog)
        self.guardian_edit.setObjectName(u"guardian_edit")

        self.fields_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.guardian_edit)

        self.expires_caption_label = QLabel(PatronDialog)
        self.expires_caption_label.setObjectName(u"expires_caption_label")

        self.fields_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.expires_caption_label)

        self.expires_edit = QDateEdit(PatronDialog)
        self.expires_edit.setObjectName(u"expires_edit")
        self.expires_edit.setCalendarPopup(True)

        self.fields_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.expires_edit)

        self.notes_caption_label = QLabel(PatronDialog)
        self.notes_caption_label.setObjectName(u"notes_caption_label")

        self.fields_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notes_caption_label)

        self.notes_edit = QPlainTextEdit(PatronDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 60))

        self.fields_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notes_edit)


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
        self.address_caption_label.setBuddy(self.address_edit)
        self.channel_caption_label.setBuddy(self.channel_combo)
        self.guardian_caption_label.setBuddy(self.guardian_edit)
        self.expires_caption_label.setBuddy(self.expires_edit)
        self.notes_caption_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.barcode_edit, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.channel_combo)
        QWidget.setTabOrder(self.channel_combo, self.guardian_edit)
        QWidget.setTabOrder(self.guardian_edit, self.expires_edit)
        QWidget.setTabOrder(self.expires_edit, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.button_box)

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
        self.address_caption_label.setText(QCoreApplication.translate("PatronDialog", u"A&ddress:", None))
        self.address_edit.setPlaceholderText(QCoreApplication.translate("PatronDialog", u"Street, town, postcode \u2014 one per line (printed notices)", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("PatronDialog", u"Postal address", None))
#endif // QT_CONFIG(accessibility)
        self.channel_caption_label.setText(QCoreApplication.translate("PatronDialog", u"Notices b&y:", None))
#if QT_CONFIG(accessibility)
        self.channel_combo.setAccessibleName(QCoreApplication.translate("PatronDialog", u"Notices by", None))
#endif // QT_CONFIG(accessibility)
        self.guardian_caption_label.setText(QCoreApplication.translate("PatronDialog", u"&Guardian's card:", None))
        self.guardian_edit.setPlaceholderText(QCoreApplication.translate("PatronDialog", u"For a child: scan the parent's or guardian's card", None))
#if QT_CONFIG(accessibility)
        self.guardian_edit.setAccessibleName(QCoreApplication.translate("PatronDialog", u"Guardian's card barcode", None))
#endif // QT_CONFIG(accessibility)
        self.expires_caption_label.setText(QCoreApplication.translate("PatronDialog", u"E&xpires:", None))
        self.expires_edit.setDisplayFormat(QCoreApplication.translate("PatronDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.expires_edit.setAccessibleName(QCoreApplication.translate("PatronDialog", u"Card expires", None))
#endif // QT_CONFIG(accessibility)
        self.notes_caption_label.setText(QCoreApplication.translate("PatronDialog", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("PatronDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.error_label.setText("")
    # retranslateUi

