# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'item_dialog.ui'
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

class Ui_ItemDialog(object):
    def setupUi(self, ItemDialog):
        if not ItemDialog.objectName():
            ItemDialog.setObjectName(u"ItemDialog")
        ItemDialog.resize(480, 260)
        self.main_layout = QVBoxLayout(ItemDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.record_label = QLabel(ItemDialog)
        self.record_label.setObjectName(u"record_label")
        self.record_label.setWordWrap(True)

        self.main_layout.addWidget(self.record_label)

        self.fields_form = QFormLayout()
        self.fields_form.setObjectName(u"fields_form")
        self.barcode_caption_label = QLabel(ItemDialog)
        self.barcode_caption_label.setObjectName(u"barcode_caption_label")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.barcode_caption_label)

        self.barcode_edit = ScanLineEdit(ItemDialog)
        self.barcode_edit.setObjectName(u"barcode_edit")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.barcode_edit)

        self.call_number_caption_label = QLabel(ItemDialog)
        self.call_number_caption_label.setObjectName(u"call_number_caption_label")

        self.fields_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.call_number_caption_label)

        self.call_number_edit = QLineEdit(ItemDialog)
        self.call_number_edit.setObjectName(u"call_number_edit")
        self.call_number_edit.setMaxLength(100)

        self.fields_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.call_number_edit)

        self.item_type_caption_label = QLabel(ItemDialog)
        self.item_type_caption_label.setObjectName(u"item_type_caption_label")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.item_type_caption_label)

        self.item_type_combo = QComboBox(ItemDialog)
        self.item_type_combo.setObjectName(u"item_type_combo")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.item_type_combo)

        self.location_caption_label = QLabel(ItemDialog)
        self.location_caption_label.setObjectName(u"location_caption_label")

        self.fields_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.location_caption_label)

        self.location_edit = QLineEdit(ItemDialog)
        self.location_edit.setObjectName(u"location_edit")
        self.location_edit.setMaxLength(100)

        self.fields_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.location_edit)


        self.main_layout.addLayout(self.fields_form)

        self.error_label = QLabel(ItemDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"QLabel { color:#8a1c1f; font-weight:bold; }")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ItemDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.barcode_caption_label.setBuddy(self.barcode_edit)
        self.call_number_caption_label.setBuddy(self.call_number_edit)
        self.item_type_caption_label.setBuddy(self.item_type_combo)
        self.location_caption_label.setBuddy(self.location_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.barcode_edit, self.call_number_edit)
        QWidget.setTabOrder(self.call_number_edit, self.item_type_combo)
        QWidget.setTabOrder(self.item_type_combo, self.location_edit)
        QWidget.setTabOrder(self.location_edit, self.button_box)

        self.retranslateUi(ItemDialog)
    # setupUi

    def retranslateUi(self, ItemDialog):
        ItemDialog.setWindowTitle(QCoreApplication.translate("ItemDialog", u"Add item", None))
        self.record_label.setText(QCoreApplication.translate("ItemDialog", u"\u2014", None))
        self.barcode_caption_label.setText(QCoreApplication.translate("ItemDialog", u"&Barcode:", None))
        self.barcode_edit.setPlaceholderText(QCoreApplication.translate("ItemDialog", u"Scan the new label", None))
#if QT_CONFIG(accessibility)
        self.barcode_edit.setAccessibleName(QCoreApplication.translate("ItemDialog", u"Item barcode", None))
#endif // QT_CONFIG(accessibility)
        self.call_number_caption_label.setText(QCoreApplication.translate("ItemDialog", u"&Call number:", None))
        self.call_number_edit.setPlaceholderText(QCoreApplication.translate("ItemDialog", u"e.g. FIC ELI", None))
#if QT_CONFIG(accessibility)
        self.call_number_edit.setAccessibleName(QCoreApplication.translate("ItemDialog", u"Call number", None))
#endif // QT_CONFIG(accessibility)
        self.item_type_caption_label.setText(QCoreApplication.translate("ItemDialog", u"Item &type:", None))
#if QT_CONFIG(accessibility)
        self.item_type_combo.setAccessibleName(QCoreApplication.translate("ItemDialog", u"Item type", None))
#endif // QT_CONFIG(accessibility)
        self.location_caption_label.setText(QCoreApplication.translate("ItemDialog", u"&Location:", None))
        self.location_edit.setPlaceholderText(QCoreApplication.translate("ItemDialog", u"e.g. Adult fiction", None))
#if QT_CONFIG(accessibility)
        self.location_edit.setAccessibleName(QCoreApplication.translate("ItemDialog", u"Location", None))
#endif // QT_CONFIG(accessibility)
        self.error_label.setText("")
    # retranslateUi

