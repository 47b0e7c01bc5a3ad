# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'prepare_package_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_PreparePackageDialog(object):
    def setupUi(self, PreparePackageDialog):
        if not PreparePackageDialog.objectName():
            PreparePackageDialog.setObjectName(u"PreparePackageDialog")
        PreparePackageDialog.resize(560, 360)
        self.main_layout = QVBoxLayout(PreparePackageDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(PreparePackageDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.location_label = QLabel(PreparePackageDialog)
        self.location_label.setObjectName(u"location_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location_edit = QLineEdit(PreparePackageDialog)
        self.location_edit.setObjectName(u"location_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.location_edit)

        self.route_label = QLabel(PreparePackageDialog)
        self.route_label.setObjectName(u"route_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.route_label)

        self.route_combo = QComboBox(PreparePackageDialog)
        self.route_combo.setObjectName(u"route_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.route_combo)

        self.days_caption_label = QLabel(PreparePackageDialog)
        self.days_caption_label.setObjectName(u"days_caption_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.days_caption_label)

        self.days_spin = QSpinBox(PreparePackageDialog)
        self.days_spin.setObjectName(u"days_spin")
        self.days_spin.setMinimum(1)
        self.days_spin.setMaximum(365)
        self.days_spin.setValue(14)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.days_spin)

        self.passphrase_caption_label = QLabel(PreparePackageDialog)
        self.passphrase_caption_label.setObjectName(u"passphrase_caption_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passphrase_caption_label)

        self.passphrase_edit = QLineEdit(PreparePackageDialog)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)

        self.confirm_caption_label = QLabel(PreparePackageDialog)
        self.confirm_caption_label.setObjectName(u"confirm_caption_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.confirm_caption_label)

        self.confirm_edit = QLineEdit(PreparePackageDialog)
        self.confirm_edit.setObjectName(u"confirm_edit")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.confirm_edit)

        self.hint_label = QLabel(PreparePackageDialog)
        self.hint_label.setObjectName(u"hint_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.hint_label)

        self.file_caption_label = QLabel(PreparePackageDialog)
        self.file_caption_label.setObjectName(u"file_caption_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.file_caption_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(PreparePackageDialog)
        self.file_edit.setObjectName(u"file_edit")

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(PreparePackageDialog)
        self.browse_button.setObjectName(u"browse_button")
        self.browse_button.setAutoDefault(False)

        self.file_layout.addWidget(self.browse_button)


        self.form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.file_layout)


        self.main_layout.addLayout(self.form_layout)

        self.status_label = QLabel(PreparePackageDialog)
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

        self.prepare_button = QPushButton(PreparePackageDialog)
        self.prepare_button.setObjectName(u"prepare_button")

        self.button_layout.addWidget(self.prepare_button)

        self.close_button = QPushButton(PreparePackageDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.location_label.setBuddy(self.location_edit)
        self.route_label.setBuddy(self.route_combo)
        self.days_caption_label.setBuddy(self.days_spin)
        self.passphrase_caption_label.setBuddy(self.passphrase_edit)
        self.confirm_caption_label.setBuddy(self.confirm_edit)
        self.file_caption_label.setBuddy(self.file_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.location_edit, self.route_combo)
        QWidget.setTabOrder(self.route_combo, self.days_spin)
        QWidget.setTabOrder(self.days_spin, self.passphrase_edit)
        QWidget.setTabOrder(self.passphrase_edit, self.confirm_edit)
        QWidget.setTabOrder(self.confirm_edit, self.file_edit)
        QWidget.setTabOrder(self.file_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.prepare_button)
        QWidget.setTabOrder(self.prepare_button, self.close_button)

        self.retranslateUi(PreparePackageDialog)

        self.prepare_button.setDefault(True)

    # setupUi

    def retranslateUi(self, PreparePackageDialog):
        PreparePackageDialog.setWindowTitle(QCoreApplication.translate("PreparePackageDialog", u"Prepare bookmobile package", None))
        self.intro_label.setText(QCoreApplication.translate("PreparePackageDialog", u"Writes one file for the bookmobile's laptop: the collection, the patrons it serves (no addresses, emails or phones), the rules, the calendar and the route. The patron data is encrypted with the passphrase.", None))
        self.location_label.setText(QCoreApplication.translate("PreparePackageDialog", u"&Location of the items:", None))
#if QT_CONFIG(accessibility)
        self.location_edit.setAccessibleName(QCoreApplication.translate("PreparePackageDialog", u"The location of the bookmobile's items", None))
#endif // QT_CONFIG(accessibility)
        self.route_label.setText(QCoreApplication.translate("PreparePackageDialog", u"&Route (its stops travel):", None))
#if QT_CONFIG(accessibility)
        self.route_combo.setAccessibleName(QCoreApplication.translate("PreparePackageDialog", u"The route whose stops travel", None))
#endif // QT_CONFIG(accessibility)
        self.days_caption_label.setText(QCoreApplication.translate("PreparePackageDialog", u"Expires after (&days):", None))
        self.passphrase_caption_label.setText(QCoreApplication.translate("PreparePackageDialog", u"Passp&hrase:", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("PreparePackageDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_caption_label.setText(QCoreApplication.translate("PreparePackageDialog", u"A&gain:", None))
#if QT_CONFIG(accessibility)
        self.confirm_edit.setAccessibleName(QCoreApplication.translate("PreparePackageDialog", u"The passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("PreparePackageDialog", u"At least 8 characters; a short sentence is easy to remember.", None))
        self.file_caption_label.setText(QCoreApplication.translate("PreparePackageDialog", u"&File:", None))
#if QT_CONFIG(accessibility)
        self.file_edit.setAccessibleName(QCoreApplication.translate("PreparePackageDialog", u"Where the package is written", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("PreparePackageDialog", u"&Save as\u2026", None))
        self.prepare_button.setText(QCoreApplication.translate("PreparePackageDialog", u"&Prepare", None))
        self.close_button.setText(QCoreApplication.translate("PreparePackageDialog", u"Close", None))
    # retranslateUi

