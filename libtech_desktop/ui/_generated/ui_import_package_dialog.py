# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_package_dialog.ui'
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

class Ui_ImportPackageDialog(object):
    def setupUi(self, ImportPackageDialog):
        if not ImportPackageDialog.objectName():
            ImportPackageDialog.setObjectName(u"ImportPackageDialog")
        ImportPackageDialog.resize(560, 320)
        self.main_layout = QVBoxLayout(ImportPackageDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.file_caption_label = QLabel(ImportPackageDialog)
        self.file_caption_label.setObjectName(u"file_caption_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.file_caption_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(ImportPackageDialog)
        self.file_edit.setObjectName(u"file_edit")

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(ImportPackageDialog)
        self.browse_button.setObjectName(u"browse_button")
        self.browse_button.setAutoDefault(False)

        self.file_layout.addWidget(self.browse_button)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.file_layout)

        self.header_label = QLabel(ImportPackageDialog)
        self.header_label.setObjectName(u"header_label")
        self.header_label.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.header_label)

        self.passphrase_caption_label = QLabel(ImportPackageDialog)
        self.passphrase_caption_label.setObjectName(u"passphrase_caption_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passphrase_caption_label)

        self.passphrase_edit = QLineEdit(ImportPackageDialog)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)


        self.main_layout.addLayout(self.form_layout)

        self.status_label = QLabel(ImportPackageDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.spacer)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.import_button = QPushButton(ImportPackageDialog)
        self.import_button.setObjectName(u"import_button")
        self.import_button.setEnabled(False)
        self.import_button.setAutoDefault(False)

        self.button_layout.addWidget(self.import_button)

        self.close_button = QPushButton(ImportPackageDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.file_caption_label.setBuddy(self.file_edit)
        self.passphrase_caption_label.setBuddy(self.passphrase_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.file_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.passphrase_edit)
        QWidget.setTabOrder(self.passphrase_edit, self.import_button)
        QWidget.setTabOrder(self.import_button, self.close_button)

        self.retranslateUi(ImportPackageDialog)
    # setupUi

    def retranslateUi(self, ImportPackageDialog):
        ImportPackageDialog.setWindowTitle(QCoreApplication.translate("ImportPackageDialog", u"Import bookmobile package", None))
        self.file_caption_label.setText(QCoreApplication.translate("ImportPackageDialog", u"&File:", None))
        self.file_edit.setPlaceholderText(QCoreApplication.translate("ImportPackageDialog", u"The package file; Enter reads what it is", None))
#if QT_CONFIG(accessibility)
        self.file_edit.setAccessibleName(QCoreApplication.translate("ImportPackageDialog", u"The package file", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("ImportPackageDialog", u"&Browse\u2026", None))
        self.header_label.setText(QCoreApplication.translate("ImportPackageDialog", u"Choose the package the branch prepared.", None))
        self.passphrase_caption_label.setText(QCoreApplication.translate("ImportPackageDialog", u"&Passphrase:", None))
        self.passphrase_edit.setPlaceholderText(QCoreApplication.translate("ImportPackageDialog", u"Enter imports", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("ImportPackageDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.import_button.setText(QCoreApplication.translate("ImportPackageDialog", u"&Import", None))
        self.close_button.setText(QCoreApplication.translate("ImportPackageDialog", u"Close", None))
    # retranslateUi

