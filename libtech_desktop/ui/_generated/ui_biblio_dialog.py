# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'biblio_dialog.ui'
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

from libtech_desktop.ui.scan_field import ScanLineEdit

class Ui_BiblioDialog(object):
    def setupUi(self, BiblioDialog):
        if not BiblioDialog.objectName():
            BiblioDialog.setObjectName(u"BiblioDialog")
        BiblioDialog.resize(480, 260)
        self.main_layout = QVBoxLayout(BiblioDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.fields_form = QFormLayout()
        self.fields_form.setObjectName(u"fields_form")
        self.title_caption_label = QLabel(BiblioDialog)
        self.title_caption_label.setObjectName(u"title_caption_label")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_caption_label)

        self.title_edit = QLineEdit(BiblioDialog)
        self.title_edit.setObjectName(u"title_edit")
        self.title_edit.setMaxLength(500)

        self.fields_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.author_caption_label = QLabel(BiblioDialog)
        self.author_caption_label.setObjectName(u"author_caption_label")

        self.fields_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.author_caption_label)

        self.author_edit = QLineEdit(BiblioDialog)
        self.author_edit.setObjectName(u"author_edit")
        self.author_edit.setMaxLength(300)

        self.fields_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.author_edit)

        self.isbn_caption_label = QLabel(BiblioDialog)
        self.isbn_caption_label.setObjectName(u"isbn_caption_label")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.isbn_caption_label)

        self.isbn_edit = ScanLineEdit(BiblioDialog)
        self.isbn_edit.setObjectName(u"isbn_edit")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.isbn_edit)

        self.year_caption_label = QLabel(BiblioDialog)
        self.year_caption_label.setObjectName(u"year_caption_label")

        self.fields_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.year_caption_label)

        self.year_edit = QLineEdit(BiblioDialog)
        self.year_edit.setObjectName(u"year_edit")
        self.year_edit.setMaxLength(4)

        self.fields_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.year_edit)

        self.publisher_caption_label = QLabel(BiblioDialog)
        self.publisher_caption_label.setObjectName(u"publisher_caption_label")

        self.fields_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.publisher_caption_label)

        self.publisher_edit = QLineEdit(BiblioDialog)
        self.publisher_edit.setObjectName(u"publisher_edit")
        self.publisher_edit.setMaxLength(300)

        self.fields_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.publisher_edit)


        self.main_layout.addLayout(self.fields_form)

        self.error_label = QLabel(BiblioDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"QLabel { color:#8a1c1f; font-weight:bold; }")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(BiblioDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.title_caption_label.setBuddy(self.title_edit)
        self.author_caption_label.setBuddy(self.author_edit)
        self.isbn_caption_label.setBuddy(self.isbn_edit)
        self.year_caption_label.setBuddy(self.year_edit)
        self.publisher_caption_label.setBuddy(self.publisher_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title_edit, self.author_edit)
        QWidget.setTabOrder(self.author_edit, self.isbn_edit)
        QWidget.setTabOrder(self.isbn_edit, self.year_edit)
        QWidget.setTabOrder(self.year_edit, self.publisher_edit)
        QWidget.setTabOrder(self.publisher_edit, self.button_box)

        self.retranslateUi(BiblioDialog)
    # setupUi

    def retranslateUi(self, BiblioDialog):
        BiblioDialog.setWindowTitle(QCoreApplication.translate("BiblioDialog", u"Catalogue record", None))
        self.title_caption_label.setText(QCoreApplication.translate("BiblioDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("BiblioDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.author_caption_label.setText(QCoreApplication.translate("BiblioDialog", u"&Author:", None))
        self.author_edit.setPlaceholderText(QCoreApplication.translate("BiblioDialog", u"Last, First", None))
#if QT_CONFIG(accessibility)
        self.author_edit.setAccessibleName(QCoreApplication.translate("BiblioDialog", u"Author", None))
#endif // QT_CONFIG(accessibility)
        self.isbn_caption_label.setText(QCoreApplication.translate("BiblioDialog", u"&ISBN:", None))
        self.isbn_edit.setPlaceholderText(QCoreApplication.translate("BiblioDialog", u"Scan or type an ISBN-10 or ISBN-13 (hyphens are fine)", None))
#if QT_CONFIG(accessibility)
        self.isbn_edit.setAccessibleName(QCoreApplication.translate("BiblioDialog", u"ISBN", None))
#endif // QT_CONFIG(accessibility)
        self.year_caption_label.setText(QCoreApplication.translate("BiblioDialog", u"&Year:", None))
        self.year_edit.setPlaceholderText(QCoreApplication.translate("BiblioDialog", u"e.g. 1871", None))
#if QT_CONFIG(accessibility)
        self.year_edit.setAccessibleName(QCoreApplication.translate("BiblioDialog", u"Year of publication", None))
#endif // QT_CONFIG(accessibility)
        self.publisher_caption_label.setText(QCoreApplication.translate("BiblioDialog", u"&Publisher:", None))
#if QT_CONFIG(accessibility)
        self.publisher_edit.setAccessibleName(QCoreApplication.translate("BiblioDialog", u"Publisher", None))
#endif // QT_CONFIG(accessibility)
        self.error_label.setText("")
    # retranslateUi

