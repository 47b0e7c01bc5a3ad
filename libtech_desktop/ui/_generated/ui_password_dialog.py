# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_dialog.ui'
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

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(420, 210)
        self.main_layout = QVBoxLayout(PasswordDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.old_label = QLabel(PasswordDialog)
        self.old_label.setObjectName(u"old_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.old_label)

        self.old_edit = QLineEdit(PasswordDialog)
        self.old_edit.setObjectName(u"old_edit")
        self.old_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.old_edit)

        self.new_label = QLabel(PasswordDialog)
        self.new_label.setObjectName(u"new_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_label)

        self.new_edit = QLineEdit(PasswordDialog)
        self.new_edit.setObjectName(u"new_edit")
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_edit)

        self.again_label = QLabel(PasswordDialog)
        self.again_label.setObjectName(u"again_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.again_label)

        self.again_edit = QLineEdit(PasswordDialog)
        self.again_edit.setObjectName(u"again_edit")
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.again_edit)


        self.main_layout.addLayout(self.form_layout)

        self.status_label = QLabel(PasswordDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(PasswordDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.old_label.setBuddy(self.old_edit)
        self.new_label.setBuddy(self.new_edit)
        self.again_label.setBuddy(self.again_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.old_edit, self.new_edit)
        QWidget.setTabOrder(self.new_edit, self.again_edit)
        QWidget.setTabOrder(self.again_edit, self.button_box)

        self.retranslateUi(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"Change my password", None))
        self.old_label.setText(QCoreApplication.translate("PasswordDialog", u"&Current password:", None))
#if QT_CONFIG(accessibility)
        self.old_edit.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"Current password", None))
#endif // QT_CONFIG(accessibility)
        self.new_label.setText(QCoreApplication.translate("PasswordDialog", u"&New password (8+ characters):", None))
#if QT_CONFIG(accessibility)
        self.new_edit.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"New password", None))
#endif // QT_CONFIG(accessibility)
        self.again_label.setText(QCoreApplication.translate("PasswordDialog", u"The same &again:", None))
#if QT_CONFIG(accessibility)
        self.again_edit.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"New password again", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

