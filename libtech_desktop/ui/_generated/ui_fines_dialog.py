# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fines_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_FinesDialog(object):
    def setupUi(self, FinesDialog):
        if not FinesDialog.objectName():
            FinesDialog.setObjectName(u"FinesDialog")
        FinesDialog.resize(820, 560)
        self.main_layout = QVBoxLayout(FinesDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.patron_label = QLabel(FinesDialog)
        self.patron_label.setObjectName(u"patron_label")
        self.patron_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.patron_label)

        self.totals_label = QLabel(FinesDialog)
        self.totals_label.setObjectName(u"totals_label")
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.totals_label)

        self.tabs_widget = QTabWidget(FinesDialog)
        self.tabs_widget.setObjectName(u"tabs_widget")
        self.charges_page = QWidget()
        self.charges_page.setObjectName(u"charges_page")
        self.charges_layout = QVBoxLayout(self.charges_page)
        self.charges_layout.setObjectName(u"charges_layout")
        self.fines_view = QTableView(self.charges_page)
        self.fines_view.setObjectName(u"fines_view")
        self.fines_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fines_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.fines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fines_view.setTabKeyNavigation(False)

        self.charges_layout.addWidget(self.fines_view)

        self.tabs_widget.addTab(self.charges_page, "")
        self.statement_page = QWidget()
        self.statement_page.setObjectName(u"statement_page")
        self.statement_layout = QVBoxLayout(self.statement_page)
        self.statement_layout.setObjectName(u"statement_layout")
        self.statement_view = QTableView(self.statement_page)
        self.statement_view.setObjectName(u"statement_view")
        self.statement_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.statement_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.statement_view.setTabKeyNavigation(False)

        self.statement_layout.addWidget(self.statement_view)

        self.tabs_widget.addTab(self.statement_page, "")

        self.main_layout.addWidget(self.tabs_widget)

        self.pay_group = QGroupBox(FinesDialog)
        self.pay_group.setObjectName(u"pay_group")
        self.pay_layout = QHBoxLayout(self.pay_group)
        self.pay_layout.setObjectName(u"pay_layout")
        self.amount_label = QLabel(self.pay_group)
        self.amount_label.setObjectName(u"amount_label")

        self.pay_layout.addWidget(self.amount_label)

        self.amount_edit = QLineEdit(self.pay_group)
        self.amount_edit.setObjectName(u"amount_edit")

        self.pay_layout.addWidget(self.amount_edit)

        self.method_label = QLabel(self.pay_group)
        self.method_label.setObjectName(u"method_label")

        self.pay_layout.addWidget(self.method_label)

        self.method_combo = QComboBox(self.pay_group)
        self.method_combo.addItem("")
        self.method_combo.addItem("")
        self.method_combo.addItem("")
        self.method_combo.setObjectName(u"method_combo")

        self.pay_layout.addWidget(self.method_combo)

        self.selected_check = QCheckBox(self.pay_group)
        self.selected_check.setObjectName(u"selected_check")

        self.pay_layout.addWidget(self.selected_check)

        self.pay_button = QPushButton(self.pay_group)
        self.pay_button.setObjectName(u"pay_button")
        self.pay_button.setAutoDefault(False)

        self.pay_layout.addWidget(self.pay_button)


        self.main_layout.addWidget(self.pay_group)

        self.adjust_group = QGroupBox(FinesDialog)
        self.adjust_group.setObjectName(u"adjust_group")
        self.adjust_layout = QHBoxLayout(self.adjust_group)
        self.adjust_layout.setObjectName(u"adjust_layout")
        self.reason_label = QLabel(self.adjust_group)
        self.reason_label.setObjectName(u"reason_label")

        self.adjust_layout.addWidget(self.reason_label)

        self.reason_edit = QLineEdit(self.adjust_group)
        self.reason_edit.setObjectName(u"reason_edit")

        self.adjust_layout.addWidget(self.reason_edit)

        self.adjust_amount_label = QLabel(self.adjust_group)
        self.adjust_amount_label.setObjectName(u"adjust_amount_label")

        self.adjust_layout.addWidget(self.adjust_amount_label)

        self.adjust_amount_edit = QLineEdit(self.adjust_group)
        self.adjust_amount_edit.setObjectName(u"adjust_amount_edit")

        self.adjust_layout.addWidget(self.adjust_amount_edit)

        self.waive_button = QPushButton(self.adjust_group)
        self.waive_button.setObjectName(u"waive_button")
        self.waive_button.setAutoDefault(False)

        self.adjust_layout.addWidget(self.waive_button)

        self.correct_button = QPushButton(self.adjust_group)
        self.correct_button.setObjectName(u"correct_button")
        self.correct_button.setAutoDefault(False)

        self.adjust_layout.addWidget(self.correct_button)

        self.charge_button = QPushButton(self.adjust_group)
        self.charge_button.setObjectName(u"charge_button")
        self.charge_button.setAutoDefault(False)

        self.adjust_layout.addWidget(self.charge_button)


        self.main_layout.addWidget(self.adjust_group)

        self.status_label = QLabel(FinesDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.receipt_button = QPushButton(FinesDialog)
        self.receipt_button.setObjectName(u"receipt_button")
        self.receipt_button.setEnabled(False)
        self.receipt_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.receipt_button)

        self.buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(FinesDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.amount_label.setBuddy(self.amount_edit)
        self.method_label.setBuddy(self.method_combo)
        self.reason_label.setBuddy(self.reason_edit)
        self.adjust_amount_label.setBuddy(self.adjust_amount_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fines_view, self.amount_edit)
        QWidget.setTabOrder(self.amount_edit, self.method_combo)
        QWidget.setTabOrder(self.method_combo, self.selected_check)
        QWidget.setTabOrder(self.selected_check, self.pay_button)
        QWidget.setTabOrder(self.pay_button, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.adjust_amount_edit)
        QWidget.setTabOrder(self.adjust_amount_edit, self.waive_button)
        QWidget.setTabOrder(self.waive_button, self.correct_button)
        QWidget.setTabOrder(self.correct_button, self.charge_button)
        QWidget.setTabOrder(self.charge_button, self.receipt_button)
        QWidget.setTabOrder(self.receipt_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.tabs_widget)
        QWidget.setTabOrder(self.tabs_widget, self.statement_view)

        self.retranslateUi(FinesDialog)

        self.tabs_widget.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, FinesDialog):
        FinesDialog.setWindowTitle(QCoreApplication.translate("FinesDialog", u"Fines and payments", None))
        self.patron_label.setText(QCoreApplication.translate("FinesDialog", u"\u2014", None))
        self.totals_label.setText("")
#if QT_CONFIG(accessibility)
        self.fines_view.setAccessibleName(QCoreApplication.translate("FinesDialog", u"Charges still owed, oldest first", None))
#endif // QT_CONFIG(accessibility)
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.charges_page), QCoreApplication.translate("FinesDialog", u"&Charges owed", None))
#if QT_CONFIG(accessibility)
        self.statement_view.setAccessibleName(QCoreApplication.translate("FinesDialog", u"Every charge and credit in date order with the running balance", None))
#endif // QT_CONFIG(accessibility)
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.statement_page), QCoreApplication.translate("FinesDialog", u"S&tatement", None))
        self.pay_group.setTitle(QCoreApplication.translate("FinesDialog", u"Payment", None))
        self.amount_label.setText(QCoreApplication.translate("FinesDialog", u"Amo&unt", None))
        self.amount_edit.setPlaceholderText(QCoreApplication.translate("FinesDialog", u"0.00", None))
#if QT_CONFIG(tooltip)
        self.amount_edit.setToolTip(QCoreApplication.translate("FinesDialog", u"Prefilled with everything owed; type less for a partial payment", None))
#endif // QT_CONFIG(tooltip)
        self.method_label.setText(QCoreApplication.translate("FinesDialog", u"&Method", None))
        self.method_combo.setItemText(0, QCoreApplication.translate("FinesDialog", u"Cash", None))
        self.method_combo.setItemText(1, QCoreApplication.translate("FinesDialog", u"Card", None))
        self.method_combo.setItemText(2, QCoreApplication.translate("FinesDialog", u"Other", None))

        self.selected_check.setText(QCoreApplication.translate("FinesDialog", u"Only the &selected charges", None))
#if QT_CONFIG(tooltip)
        self.selected_check.setToolTip(QCoreApplication.translate("FinesDialog", u"Pay the charges selected above, in their order; otherwise the oldest first", None))
#endif // QT_CONFIG(tooltip)
        self.pay_button.setText(QCoreApplication.translate("FinesDialog", u"&Pay", None))
        self.adjust_group.setTitle(QCoreApplication.translate("FinesDialog", u"Waive, correct or add a charge (a reason is required)", None))
        self.reason_label.setText(QCoreApplication.translate("FinesDialog", u"&Reason", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("FinesDialog", u"Why, in your words (kept with the account)", None))
        self.adjust_amount_label.setText(QCoreApplication.translate("FinesDialog", u"Amou&nt", None))
        self.adjust_amount_edit.setPlaceholderText(QCoreApplication.translate("FinesDialog", u"0.00", None))
#if QT_CONFIG(tooltip)
        self.adjust_amount_edit.setToolTip(QCoreApplication.translate("FinesDialog", u"Waive: this much (blank: all). Correct: what is owed now. Add: the charge.", None))
#endif // QT_CONFIG(tooltip)
        self.waive_button.setText(QCoreApplication.translate("FinesDialog", u"&Waive selected", None))
        self.correct_button.setText(QCoreApplication.translate("FinesDialog", u"C&orrect selected", None))
        self.charge_button.setText(QCoreApplication.translate("FinesDialog", u"A&dd charge", None))
        self.status_label.setText("")
        self.receipt_button.setText(QCoreApplication.translate("FinesDialog", u"R&eceipt slip", None))
#if QT_CONFIG(tooltip)
        self.receipt_button.setToolTip(QCoreApplication.translate("FinesDialog", u"The slip of the last payment, on this desk's receipt paper", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("FinesDialog", u"C&lose", None))
    # retranslateUi

