# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'holds_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_HoldsDialog(object):
    def setupUi(self, HoldsDialog):
        if not HoldsDialog.objectName():
            HoldsDialog.setObjectName(u"HoldsDialog")
        HoldsDialog.resize(860, 520)
        self.main_layout = QVBoxLayout(HoldsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.patron_label = QLabel(HoldsDialog)
        self.patron_label.setObjectName(u"patron_label")
        self.patron_label.setStyleSheet(u"QLabel { font-weight:bold; font-size:12pt; }")

        self.main_layout.addWidget(self.patron_label)

        self.place_layout = QHBoxLayout()
        self.place_layout.setObjectName(u"place_layout")
        self.place_caption_label = QLabel(HoldsDialog)
        self.place_caption_label.setObjectName(u"place_caption_label")

        self.place_layout.addWidget(self.place_caption_label)

        self.place_edit = QLineEdit(HoldsDialog)
        self.place_edit.setObjectName(u"place_edit")
        self.place_edit.setMinimumSize(QSize(280, 0))
        self.place_edit.setClearButtonEnabled(True)

        self.place_layout.addWidget(self.place_edit)

        self.any_copy_check = QCheckBox(HoldsDialog)
        self.any_copy_check.setObjectName(u"any_copy_check")
        self.any_copy_check.setChecked(True)

        self.place_layout.addWidget(self.any_copy_check)

        self.place_button = QPushButton(HoldsDialog)
        self.place_button.setObjectName(u"place_button")
        self.place_button.setAutoDefault(False)

        self.place_layout.addWidget(self.place_button)


        self.main_layout.addLayout(self.place_layout)

        self.status_label = QLabel(HoldsDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.holds_view = QTableView(HoldsDialog)
        self.holds_view.setObjectName(u"holds_view")
        self.holds_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.holds_view.setAlternatingRowColors(True)
        self.holds_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.holds_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.main_layout.addWidget(self.holds_view)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.cancel_hold_button = QPushButton(HoldsDialog)
        self.cancel_hold_button.setObjectName(u"cancel_hold_button")
        self.cancel_hold_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.cancel_hold_button)

        self.freeze_button = QPushButton(HoldsDialog)
        self.freeze_button.setObjectName(u"freeze_button")
        self.freeze_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.freeze_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(HoldsDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.place_caption_label.setBuddy(self.place_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.place_edit, self.any_copy_check)
        QWidget.setTabOrder(self.any_copy_check, self.place_button)
        QWidget.setTabOrder(self.place_button, self.holds_view)
        QWidget.setTabOrder(self.holds_view, self.cancel_hold_button)
        QWidget.setTabOrder(self.cancel_hold_button, self.freeze_button)
        QWidget.setTabOrder(self.freeze_button, self.close_button)

        self.retranslateUi(HoldsDialog)
    # setupUi

    def retranslateUi(self, HoldsDialog):
        HoldsDialog.setWindowTitle(QCoreApplication.translate("HoldsDialog", u"Holds", None))
        self.patron_label.setText("")
        self.place_caption_label.setText(QCoreApplication.translate("HoldsDialog", u"&Reserve:", None))
        self.place_edit.setPlaceholderText(QCoreApplication.translate("HoldsDialog", u"Scan or type an item barcode, or #record number; Enter places the hold", None))
#if QT_CONFIG(accessibility)
        self.place_edit.setAccessibleName(QCoreApplication.translate("HoldsDialog", u"Item barcode or record number to reserve", None))
#endif // QT_CONFIG(accessibility)
        self.any_copy_check.setText(QCoreApplication.translate("HoldsDialog", u"&Any copy of the record", None))
#if QT_CONFIG(tooltip)
        self.any_copy_check.setToolTip(QCoreApplication.translate("HoldsDialog", u"Checked: the first copy of the record to come back fills the hold. Unchecked: only this copy.", None))
#endif // QT_CONFIG(tooltip)
        self.place_button.setText(QCoreApplication.translate("HoldsDialog", u"&Place hold", None))
        self.status_label.setText("")
#if QT_CONFIG(accessibility)
        self.holds_view.setAccessibleName(QCoreApplication.translate("HoldsDialog", u"The patron's open holds", None))
#endif // QT_CONFIG(accessibility)
        self.cancel_hold_button.setText(QCoreApplication.translate("HoldsDialog", u"Ca&ncel hold (Del)", None))
#if QT_CONFIG(tooltip)
        self.cancel_hold_button.setToolTip(QCoreApplication.translate("HoldsDialog", u"Cancel the selected hold; a copy on the hold shelf for it passes to the next hold", None))
#endif // QT_CONFIG(tooltip)
        self.freeze_button.setText(QCoreApplication.translate("HoldsDialog", u"&Freeze / unfreeze", None))
#if QT_CONFIG(tooltip)
        self.freeze_button.setToolTip(QCoreApplication.translate("HoldsDialog", u"A frozen hold keeps its place in the queue but is passed over (Ctrl+F)", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("HoldsDialog", u"&Close", None))
    # retranslateUi

