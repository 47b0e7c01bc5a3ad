# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(400, 200)
        self.main_layout = QVBoxLayout(LoginDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.prompt_label = QLabel(LoginDialog)
        self.prompt_label.setObjectName(u"prompt_label")
        self.prompt_label.setWordWrap(True)

        self.main_layout.addWidget(self.prompt_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.username_label = QLabel(LoginDialog)
        self.username_label.setObjectName(u"username_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(LoginDialog)
        self.username_edit.setObjectName(u"username_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.password_label = QLabel(LoginDialog)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(LoginDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password_edit)


        self.main_layout.addLayout(self.form_layout)

        self.status_label = QLabel(LoginDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.switch_button = QPushButton(LoginDialog)
        self.switch_button.setObjectName(u"switch_button")
        self.switch_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.switch_button)

        self.button_box = QDialogButtonBox(LoginDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username_edit)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.button_box)
        QWidget.setTabOrder(self.button_box, self.switch_button)

        self.retranslateUi(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Log in \u2014 LibTech Desk", None))
        self.prompt_label.setText(QCoreApplication.translate("LoginDialog", u"Log in to the desk.", None))
        self.username_label.setText(QCoreApplication.translate("LoginDialog", u"&User name:", None))
#if QT_CONFIG(accessibility)
        self.username_edit.setAccessibleName(QCoreApplication.translate("LoginDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.password_label.setText(QCoreApplication.translate("LoginDialog", u"&Password:", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.switch_button.setText(QCoreApplication.translate("LoginDialog", u"S&witch user\u2026", None))
    # retranslateUi

