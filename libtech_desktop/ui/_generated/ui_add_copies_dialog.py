# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_copies_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

from libtech_desktop.ui.scan_field import ScanLineEdit

class Ui_AddCopiesDialog(object):
    def setupUi(self, AddCopiesDialog):
        if not AddCopiesDialog.objectName():
            AddCopiesDialog.setObjectName(u"AddCopiesDialog")
        AddCopiesDialog.resize(520, 330)
        self.main_layout = QVBoxLayout(AddCopiesDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.record_label = QLabel(AddCopiesDialog)
        self.record_label.setObjectName(u"record_label")
        self.record_label.setWordWrap(True)

        self.main_layout.addWidget(self.record_label)

        self.fields_form = QFormLayout()
        self.fields_form.setObjectName(u"fields_form")
        self.first_barcode_caption_label = QLabel(AddCopiesDialog)
        self.first_barcode_caption_label.setObjectName(u"first_barcode_caption_label")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.first_barcode_caption_label)

        self.first_barcode_edit = ScanLineEdit(AddCopiesDialog)
        self.first_barcode_edit.setObjectName(u"first_barcode_edit")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.first_barcode_edit)

        self.count_caption_label = QLabel(AddCopiesDialog)
        self.count_caption_label.setObjectName(u"count_caption_label")

        self.fields_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.count_caption_label)

        self.count_spin = QSpinBox(AddCopiesDialog)
        self.count_spin.setObjectName(u"count_spin")
        self.count_spin.setMinimum(1)
        self.count_spin.setMaximum(200)
        self.count_spin.setValue(1)

        self.fields_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.count_spin)

        self.barcodes_caption_label = QLabel(AddCopiesDialog)
        self.barcodes_caption_label.setObjectName(u"barcodes_caption_label")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.barcodes_caption_label)

        self.barcodes_label = QLabel(AddCopiesDialog)
        self.barcodes_label.setObjectName(u"barcodes_label")
        self.barcodes_label.setWordWrap(True)
        self.barcodes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fields_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.barcodes_label)

        self.call_number_caption_label = QLabel(AddCopiesDialog)
        self.call_number_caption_label.setObjectName(u"call_number_caption_label")

        self.fields_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.call_number_caption_label)

        self.call_number_edit = QLineEdit(AddCopiesDialog)
        self.call_number_edit.setObjectName(u"call_number_edit")
        self.call_number_edit.setMaxLength(100)

        self.fields_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.call_number_edit)

        self.location_caption_label = QLabel(AddCopiesDialog)
        self.location_caption_label.setObjectName(u"location_caption_label")

        self.fields_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.location_caption_label)

        self.location_edit = QLineEdit(AddCopiesDialog)
        self.location_edit.setObjectName(u"location_edit")
        self.location_edit.setMaxLength(100)

        self.fields_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.location_edit)

        self.item_type_caption_label = QLabel(AddCopiesDialog)
        self.item_type_caption_label.setObjectName(u"item_type_caption_label")

        self.fields_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.item_type_caption_label)

        self.item_type_combo = QComboBox(AddCopiesDialog)
        self.item_type_combo.setObjectName(u"item_type_combo")

        self.fields_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.item_type_combo)

        self.price_caption_label = QLabel(AddCopiesDialog)
        self.price_caption_label.setObjectName(u"price_caption_label")

        self.fields_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.price_caption_label)

        self.price_edit = QLineEdit(AddCopiesDialog)
        self.price_edit.setObjectName(u"price_edit")
        self.price_edit.setMaxLength(16)

        self.fields_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.price_edit)

        self.acquired_caption_label = QLabel(AddCopiesDialog)
        self.acquired_caption_label.setObjectName(u"acquired_caption_label")

        self.fields_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.acquired_caption_label)

        self.acquired_date_edit = QDateEdit(AddCopiesDialog)
        self.acquired_date_edit.setObjectName(u"acquired_date_edit")
        self.acquired_date_edit.setCalendarPopup(True)

        self.fields_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.acquired_date_edit)


        self.main_layout.addLayout(self.fields_form)

        self.error_label = QLabel(AddCopiesDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"QLabel { color:#8a1c1f; font-weight:bold; }")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.error_label)

        self.warning_layout = QHBoxLayout()
        self.warning_layout.setObjectName(u"warning_layout")
        self.warning_label = QLabel(AddCopiesDialog)
        self.warning_label.setObjectName(u"warning_label")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(u"QLabel { background:#fff3cd; color:#6b4e00; border:2px solid #e0a800; padding:6px; border-radius:4px; }")

        self.warning_layout.addWidget(self.warning_label)

        self.add_anyway_button = QPushButton(AddCopiesDialog)
        self.add_anyway_button.setObjectName(u"add_anyway_button")
        self.add_anyway_button.setAutoDefault(False)

        self.warning_layout.addWidget(self.add_anyway_button)


        self.main_layout.addLayout(self.warning_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(AddCopiesDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.first_barcode_caption_label.setBuddy(self.first_barcode_edit)
        self.count_caption_label.setBuddy(self.count_spin)
        self.call_number_caption_label.setBuddy(self.call_number_edit)
        self.location_caption_label.setBuddy(self.location_edit)
        self.item_type_caption_label.setBuddy(self.item_type_combo)
        self.price_caption_label.setBuddy(self.price_edit)
        self.acquired_caption_label.setBuddy(self.acquired_date_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.first_barcode_edit, self.count_spin)
        QWidget.setTabOrder(self.count_spin, self.call_number_edit)
        QWidget.setTabOrder(self.call_number_edit, self.location_edit)
        QWidget.setTabOrder(self.location_edit, self.item_type_combo)
        QWidget.setTabOrder(self.item_type_combo, self.price_edit)
        QWidget.setTabOrder(self.price_edit, self.acquired_date_edit)
        QWidget.setTabOrder(self.acquired_date_edit, self.add_anyway_button)
        QWidget.setTabOrder(self.add_anyway_button, self.button_box)

        self.retranslateUi(AddCopiesDialog)
    # setupUi

    def retranslateUi(self, AddCopiesDialog):
        AddCopiesDialog.setWindowTitle(QCoreApplication.translate("AddCopiesDialog", u"Add copies", None))
        self.record_label.setText(QCoreApplication.translate("AddCopiesDialog", u"\u2014", None))
        self.first_barcode_caption_label.setText(QCoreApplication.translate("AddCopiesDialog", u"First &barcode:", None))
        self.first_barcode_edit.setPlaceholderText(QCoreApplication.translate("AddCopiesDialog", u"Scan the first new label", None))
#if QT_CONFIG(accessibility)
        self.first_barcode_edit.setAccessibleName(QCoreApplication.translate("AddCopiesDialog", u"First copy's barcode", None))
#endif // QT_CONFIG(accessibility)
        self.count_caption_label.setText(QCoreApplication.translate("AddCopiesDialog", u"&Number of copies:", None))
#if QT_CONFIG(accessibility)
        self.count_spin.setAccessibleName(QCoreApplication.translate("AddCopiesDialog", u"Number of copies", None))
#endif // QT_CONFIG(accessibility)
        self.barcodes_caption_label.setText(QCoreApplication.translate("AddCopiesDialog", u"Barcodes:", None))
        self.barcodes_label.setText(QCoreApplication.translate("AddCopiesDialog", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.barcodes_label.setAccessibleName(QCoreApplication.translate("AddCopiesDialog", u"Barcodes that will be made", None))
#endif // QT_CONFIG(accessibility)
        self.call_number_caption_label.setText(QCoreApplication.translate("AddCopiesDialog", u"&Call number:", None))
        self.call_number_edit.setPlaceholderText(QCoreApplication.translate("AddCopiesDialog", u"e.g. 636.8 SMI", None))
#if QT_CONFIG(accessibility)
        self.call_number_edit.setAccessibleName(QCoreApplication.translate("AddCopiesDialog", u"Call number", None))
#endif // QT_CONFIG(accessibility)
        self.location_caption_label.setText(QCoreApplication.translate("AddCopiesDialog", u"&Location:", None))
        self.location_edit.setPlaceholderText(QCoreApplication.translate("AddCopiesDialog", u"e.g. Adult non-fiction", None))
#if QT_CONFIG(accessibility)
        self.location_edit.setAccessibleName(QCoreApplication.translate("AddCopiesDialog", u"Location", None))
#endif // QT_CONFIG(accessibility)
        self.item_type_caption_label.setText(QCoreApplication.translate("AddCopiesDialog", u"Item &type:", None))
#if QT_CONFIG(accessibility)
        self.item_type_combo.setAccessibleName(QCoreApplication.translate("AddCopiesDialog", u"Item type", None))
#endif // QT_CONFIG(accessibility)
        self.price_caption_label.setText(QCoreApplication.translate("AddCopiesDialog", u"&Price:", None))
        self.price_edit.setPlaceholderText(QCoreApplication.translate("AddCopiesDialog", u"e.g. 12.99 (each copy)", None))
#if QT_CONFIG(accessibility)
        self.price_edit.setAccessibleName(QCoreApplication.translate("AddCopiesDialog", u"Price of each copy", None))
#endif // QT_CONFIG(accessibility)
        self.acquired_caption_label.setText(QCoreApplication.translate("AddCopiesDialog", u"Acquired &on:", None))
        self.acquired_date_edit.setDisplayFormat(QCoreApplication.translate("AddCopiesDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.acquired_date_edit.setAccessibleName(QCoreApplication.translate("AddCopiesDialog", u"Acquisition date", None))
#endif // QT_CONFIG(accessibility)
        self.error_label.setText("")
        self.warning_label.setText("")
        self.add_anyway_button.setText(QCoreApplication.translate("AddCopiesDialog", u"Add &anyway", None))
#if QT_CONFIG(accessibility)
        self.add_anyway_button.setAccessibleName(QCoreApplication.translate("AddCopiesDialog", u"Add the copies despite the warning", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

