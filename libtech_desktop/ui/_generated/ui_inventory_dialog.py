# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inventory_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_InventoryDialog(object):
    def setupUi(self, InventoryDialog):
        if not InventoryDialog.objectName():
            InventoryDialog.setObjectName(u"InventoryDialog")
        InventoryDialog.resize(980, 680)
        self.main_layout = QVBoxLayout(InventoryDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.start_layout = QHBoxLayout()
        self.start_layout.setObjectName(u"start_layout")
        self.location_caption_label = QLabel(InventoryDialog)
        self.location_caption_label.setObjectName(u"location_caption_label")

        self.start_layout.addWidget(self.location_caption_label)

        self.location_combo = QComboBox(InventoryDialog)
        self.location_combo.setObjectName(u"location_combo")
        self.location_combo.setEditable(True)
        self.location_combo.setMinimumSize(QSize(160, 0))
        self.location_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.start_layout.addWidget(self.location_combo)

        self.from_caption_label = QLabel(InventoryDialog)
        self.from_caption_label.setObjectName(u"from_caption_label")

        self.start_layout.addWidget(self.from_caption_label)

        self.from_edit = QLineEdit(InventoryDialog)
        self.from_edit.setObjectName(u"from_edit")

        self.start_layout.addWidget(self.from_edit)

        self.to_caption_label = QLabel(InventoryDialog)
        self.to_caption_label.setObjectName(u"to_caption_label")

        self.start_layout.addWidget(self.to_caption_label)

        self.to_edit = QLineEdit(InventoryDialog)
        self.to_edit.setObjectName(u"to_edit")

        self.start_layout.addWidget(self.to_edit)

        self.start_button = QPushButton(InventoryDialog)
        self.start_button.setObjectName(u"start_button")
        self.start_button.setAutoDefault(False)

        self.start_layout.addWidget(self.start_button)


        self.main_layout.addLayout(self.start_layout)

        self.session_label = QLabel(InventoryDialog)
        self.session_label.setObjectName(u"session_label")
        self.session_label.setStyleSheet(u"QLabel { font-weight:bold; }")

        self.main_layout.addWidget(self.session_label)

        self.scan_layout = QHBoxLayout()
        self.scan_layout.setObjectName(u"scan_layout")
        self.scan_caption_label = QLabel(InventoryDialog)
        self.scan_caption_label.setObjectName(u"scan_caption_label")

        self.scan_layout.addWidget(self.scan_caption_label)

        self.scan_edit = QLineEdit(InventoryDialog)
        self.scan_edit.setObjectName(u"scan_edit")
        self.scan_edit.setMinimumSize(QSize(280, 0))

        self.scan_layout.addWidget(self.scan_edit)

        self.count_label = QLabel(InventoryDialog)
        self.count_label.setObjectName(u"count_label")

        self.scan_layout.addWidget(self.count_label)


        self.main_layout.addLayout(self.scan_layout)

        self.status_label = QLabel(InventoryDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.scans_view = QTableView(InventoryDialog)
        self.scans_view.setObjectName(u"scans_view")
        self.scans_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scans_view.setAlternatingRowColors(True)
        self.scans_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.scans_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.main_layout.addWidget(self.scans_view)

        self.report_label = QLabel(InventoryDialog)
        self.report_label.setObjectName(u"report_label")

        self.main_layout.addWidget(self.report_label)

        self.report_view = QTableView(InventoryDialog)
        self.report_view.setObjectName(u"report_view")
        self.report_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report_view.setAlternatingRowColors(True)
        self.report_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.report_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.main_layout.addWidget(self.report_view)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.report_button = QPushButton(InventoryDialog)
        self.report_button.setObjectName(u"report_button")
        self.report_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.report_button)

        self.put_right_button = QPushButton(InventoryDialog)
        self.put_right_button.setObjectName(u"put_right_button")
        self.put_right_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.put_right_button)

        self.mark_missing_button = QPushButton(InventoryDialog)
        self.mark_missing_button.setObjectName(u"mark_missing_button")
        self.mark_missing_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.mark_missing_button)

        self.print_button = QPushButton(InventoryDialog)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.print_button)

        self.pdf_button = QPushButton(InventoryDialog)
        self.pdf_button.setObjectName(u"pdf_button")
        self.pdf_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.pdf_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(InventoryDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(4, 1)
        self.main_layout.setStretch(6, 1)
#if QT_CONFIG(shortcut)
        self.location_caption_label.setBuddy(self.location_combo)
        self.from_caption_label.setBuddy(self.from_edit)
        self.to_caption_label.setBuddy(self.to_edit)
        self.scan_caption_label.setBuddy(self.scan_edit)
        self.report_label.setBuddy(self.report_view)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.location_combo, self.from_edit)
        QWidget.setTabOrder(self.from_edit, self.to_edit)
        QWidget.setTabOrder(self.to_edit, self.start_button)
        QWidget.setTabOrder(self.start_button, self.scan_edit)
        QWidget.setTabOrder(self.scan_edit, self.scans_view)
        QWidget.setTabOrder(self.scans_view, self.report_view)
        QWidget.setTabOrder(self.report_view, self.report_button)
        QWidget.setTabOrder(self.report_button, self.put_right_button)
        QWidget.setTabOrder(self.put_right_button, self.mark_missing_button)
        QWidget.setTabOrder(self.mark_missing_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.pdf_button)
        QWidget.setTabOrder(self.pdf_button, self.close_button)

        self.retranslateUi(InventoryDialog)
    # setupUi

    def retranslateUi(self, InventoryDialog):
        InventoryDialog.setWindowTitle(QCoreApplication.translate("InventoryDialog", u"Stocktake", None))
        self.location_caption_label.setText(QCoreApplication.translate("InventoryDialog", u"&Location:", None))
#if QT_CONFIG(accessibility)
        self.location_combo.setAccessibleName(QCoreApplication.translate("InventoryDialog", u"Location to take stock of (blank: any)", None))
#endif // QT_CONFIG(accessibility)
        self.from_caption_label.setText(QCoreApplication.translate("InventoryDialog", u"&From:", None))
        self.from_edit.setPlaceholderText(QCoreApplication.translate("InventoryDialog", u"first call number", None))
#if QT_CONFIG(accessibility)
        self.from_edit.setAccessibleName(QCoreApplication.translate("InventoryDialog", u"First call number of the range", None))
#endif // QT_CONFIG(accessibility)
        self.to_caption_label.setText(QCoreApplication.translate("InventoryDialog", u"&To:", None))
        self.to_edit.setPlaceholderText(QCoreApplication.translate("InventoryDialog", u"last call number", None))
#if QT_CONFIG(tooltip)
        self.to_edit.setToolTip(QCoreApplication.translate("InventoryDialog", u"Inclusive: 823.99 takes in 823.99 SMI", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.to_edit.setAccessibleName(QCoreApplication.translate("InventoryDialog", u"Last call number of the range", None))
#endif // QT_CONFIG(accessibility)
        self.start_button.setText(QCoreApplication.translate("InventoryDialog", u"&Start stocktake", None))
        self.session_label.setText(QCoreApplication.translate("InventoryDialog", u"No stocktake yet: choose a location and/or a call-number range, then Start.", None))
        self.scan_caption_label.setText(QCoreApplication.translate("InventoryDialog", u"Sc&an:", None))
        self.scan_edit.setPlaceholderText(QCoreApplication.translate("InventoryDialog", u"Scan each item in the order it stands on the shelf", None))
#if QT_CONFIG(accessibility)
        self.scan_edit.setAccessibleName(QCoreApplication.translate("InventoryDialog", u"Item barcode read off the shelf", None))
#endif // QT_CONFIG(accessibility)
        self.count_label.setText(QCoreApplication.translate("InventoryDialog", u"0 scanned", None))
        self.status_label.setText("")
#if QT_CONFIG(accessibility)
        self.scans_view.setAccessibleName(QCoreApplication.translate("InventoryDialog", u"Items scanned, the latest first", None))
#endif // QT_CONFIG(accessibility)
        self.report_label.setText(QCoreApplication.translate("InventoryDialog", u"R&eport (F5 reads it again):", None))
#if QT_CONFIG(accessibility)
        self.report_view.setAccessibleName(QCoreApplication.translate("InventoryDialog", u"The stocktake report: missing, misshelved, wrongly on loan, other locations, unknown barcodes", None))
#endif // QT_CONFIG(accessibility)
        self.report_button.setText(QCoreApplication.translate("InventoryDialog", u"Read the re&port (F5)", None))
        self.put_right_button.setText(QCoreApplication.translate("InventoryDialog", u"Put ri&ght (Ctrl+G)", None))
#if QT_CONFIG(tooltip)
        self.put_right_button.setToolTip(QCoreApplication.translate("InventoryDialog", u"The selected item is on the shelf though recorded on loan, missing or lost: check it in", None))
#endif // QT_CONFIG(tooltip)
        self.mark_missing_button.setText(QCoreApplication.translate("InventoryDialog", u"&Mark missing\u2026", None))
#if QT_CONFIG(tooltip)
        self.mark_missing_button.setToolTip(QCoreApplication.translate("InventoryDialog", u"Record the missing items as missing and finish the stocktake", None))
#endif // QT_CONFIG(tooltip)
        self.print_button.setText(QCoreApplication.translate("InventoryDialog", u"Pri&nt\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("InventoryDialog", u"Print the report (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.pdf_button.setText(QCoreApplication.translate("InventoryDialog", u"Save as P&DF\u2026", None))
        self.close_button.setText(QCoreApplication.translate("InventoryDialog", u"&Close", None))
    # retranslateUi

