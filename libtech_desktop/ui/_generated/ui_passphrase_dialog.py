# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'passphrase_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_PassphraseDialog(object):
    def setupUi(self, PassphraseDialog):
        if not PassphraseDialog.objectName():
            PassphraseDialog.setObjectName(u"PassphraseDialog")
        PassphraseDialog.resize(440, 180)
        self.main_layout = QVBoxLayout(PassphraseDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(PassphraseDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.passphrase_caption_label = QLabel(PassphraseDialog)
        self.passphrase_caption_label.setObjectName(u"passphrase_caption_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphrase_caption_label)

        self.passphrase_edit = QLineEdit(PassphraseDialog)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)


        self.main_layout.addLayout(self.form_layout)

        self.message_label = QLabel(PassphraseDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(PassphraseDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.passphrase_caption_label.setBuddy(self.passphrase_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphrase_edit, self.button_box)

        self.retranslateUi(PassphraseDialog)
    # setupUi

    def retranslateUi(self, PassphraseDialog):
        PassphraseDialog.setWindowTitle(QCoreApplication.translate("PassphraseDialog", u"Encrypted library \u2014 LibTech Desk", None))
        self.intro_label.setText(QCoreApplication.translate("PassphraseDialog", u"This library is encrypted: its passphrase is needed.", None))
        self.passphrase_caption_label.setText(QCoreApplication.translate("PassphraseDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
    # retranslateUi

