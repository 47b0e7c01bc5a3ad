# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'encryption_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_EncryptionDialog(object):
    def setupUi(self, EncryptionDialog):
        if not EncryptionDialog.objectName():
            EncryptionDialog.setObjectName(u"EncryptionDialog")
        EncryptionDialog.resize(520, 320)
        self.main_layout = QVBoxLayout(EncryptionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.state_label = QLabel(EncryptionDialog)
        self.state_label.setObjectName(u"state_label")
        self.state_label.setWordWrap(True)

        self.main_layout.addWidget(self.state_label)

        self.warning_label = QLabel(EncryptionDialog)
        self.warning_label.setObjectName(u"warning_label")
        self.warning_label.setWordWrap(True)

        self.main_layout.addWidget(self.warning_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.current_caption_label = QLabel(EncryptionDialog)
        self.current_caption_label.setObjectName(u"current_caption_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.current_caption_label)

        self.current_edit = QLineEdit(EncryptionDialog)
        self.current_edit.setObjectName(u"current_edit")
        self.current_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current_edit)

        self.new_caption_label = QLabel(EncryptionDialog)
        self.new_caption_label.setObjectName(u"new_caption_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_caption_label)

        self.new_edit = QLineEdit(EncryptionDialog)
        self.new_edit.setObjectName(u"new_edit")
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_edit)

        self.repeat_caption_label = QLabel(EncryptionDialog)
        self.repeat_caption_label.setObjectName(u"repeat_caption_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeat_caption_label)

        self.repeat_edit = QLineEdit(EncryptionDialog)
        self.repeat_edit.setObjectName(u"repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeat_edit)


        self.main_layout.addLayout(self.form_layout)

        self.message_label = QLabel(EncryptionDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.encrypt_button = QPushButton(EncryptionDialog)
        self.encrypt_button.setObjectName(u"encrypt_button")
        self.encrypt_button.setAutoDefault(False)

        self.button_layout.addWidget(self.encrypt_button)

        self.change_button = QPushButton(EncryptionDialog)
        self.change_button.setObjectName(u"change_button")
        self.change_button.setAutoDefault(False)

        self.button_layout.addWidget(self.change_button)

        self.decrypt_button = QPushButton(EncryptionDialog)
        self.decrypt_button.setObjectName(u"decrypt_button")
        self.decrypt_button.setAutoDefault(False)

        self.button_layout.addWidget(self.decrypt_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.close_button = QPushButton(EncryptionDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.current_caption_label.setBuddy(self.current_edit)
        self.new_caption_label.setBuddy(self.new_edit)
        self.repeat_caption_label.setBuddy(self.repeat_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.current_edit, self.new_edit)
        QWidget.setTabOrder(self.new_edit, self.repeat_edit)
        QWidget.setTabOrder(self.repeat_edit, self.encrypt_button)
        QWidget.setTabOrder(self.encrypt_button, self.change_button)
        QWidget.setTabOrder(self.change_button, self.decrypt_button)
        QWidget.setTabOrder(self.decrypt_button, self.close_button)

        self.retranslateUi(EncryptionDialog)
    # setupUi

    def retranslateUi(self, EncryptionDialog):
        EncryptionDialog.setWindowTitle(QCoreApplication.translate("EncryptionDialog", u"Encryption of this library", None))
        self.state_label.setText(QCoreApplication.translate("EncryptionDialog", u"This library is not encrypted.", None))
        self.warning_label.setText(QCoreApplication.translate("EncryptionDialog", u"Keep the passphrase safe: a lost passphrase cannot be recovered, and without it nobody can open this library again \u2014 not even an administrator. Close other LibTech Desk windows and commands on this library first.", None))
        self.current_caption_label.setText(QCoreApplication.translate("EncryptionDialog", u"C&urrent passphrase:", None))
#if QT_CONFIG(accessibility)
        self.current_edit.setAccessibleName(QCoreApplication.translate("EncryptionDialog", u"Current passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.new_caption_label.setText(QCoreApplication.translate("EncryptionDialog", u"&New passphrase:", None))
#if QT_CONFIG(accessibility)
        self.new_edit.setAccessibleName(QCoreApplication.translate("EncryptionDialog", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.new_edit.setPlaceholderText(QCoreApplication.translate("EncryptionDialog", u"8 characters or more", None))
        self.repeat_caption_label.setText(QCoreApplication.translate("EncryptionDialog", u"&Repeat it:", None))
#if QT_CONFIG(accessibility)
        self.repeat_edit.setAccessibleName(QCoreApplication.translate("EncryptionDialog", u"New passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
        self.encrypt_button.setText(QCoreApplication.translate("EncryptionDialog", u"&Encrypt", None))
        self.change_button.setText(QCoreApplication.translate("EncryptionDialog", u"C&hange passphrase", None))
        self.decrypt_button.setText(QCoreApplication.translate("EncryptionDialog", u"&Decrypt", None))
        self.close_button.setText(QCoreApplication.translate("EncryptionDialog", u"&Close", None))
    # retranslateUi

