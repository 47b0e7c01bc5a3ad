# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'patrons_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

from libtech_desktop.ui.scan_field import ScanLineEdit

class Ui_PatronsTab(object):
    def setupUi(self, PatronsTab):
        if not PatronsTab.objectName():
            PatronsTab.setObjectName(u"PatronsTab")
        PatronsTab.resize(900, 600)
        self.main_layout = QVBoxLayout(PatronsTab)
        self.main_layout.setObjectName(u"main_layout")
        self.scan_layout = QHBoxLayout()
        self.scan_layout.setObjectName(u"scan_layout")
        self.scan_caption_label = QLabel(PatronsTab)
        self.scan_caption_label.setObjectName(u"scan_caption_label")

        self.scan_layout.addWidget(self.scan_caption_label)

        self.scan_edit = ScanLineEdit(PatronsTab)
        self.scan_edit.setObjectName(u"scan_edit")
        self.scan_edit.setMinimumSize(QSize(320, 0))

        self.scan_layout.addWidget(self.scan_edit)

        self.register_button = QPushButton(PatronsTab)
        self.register_button.setObjectName(u"register_button")

        self.scan_layout.addWidget(self.register_button)

        self.import_button = QPushButton(PatronsTab)
        self.import_button.setObjectName(u"import_button")

        self.scan_layout.addWidget(self.import_button)


        self.main_layout.addLayout(self.scan_layout)

        self.message_label = QLabel(PatronsTab)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setMinimumSize(QSize(0, 40))
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.message_label)

        self.panels_splitter = QSplitter(PatronsTab)
        self.panels_splitter.setObjectName(u"panels_splitter")
        self.panels_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.panels_splitter.setChildrenCollapsible(False)
        self.results_panel = QWidget(self.panels_splitter)
        self.results_panel.setObjectName(u"results_panel")
        self.results_layout = QVBoxLayout(self.results_panel)
        self.results_layout.setObjectName(u"results_layout")
        self.results_layout.setContentsMargins(0, 0, 0, 0)
        self.results_caption_label = QLabel(self.results_panel)
        self.results_caption_label.setObjectName(u"results_caption_label")

        self.results_layout.addWidget(self.results_caption_label)

        self.results_view = QTableView(self.results_panel)
        self.results_view.setObjectName(u"results_view")
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_view.setAlternatingRowColors(True)
        self.results_view.setTabKeyNavigation(False)

        self.results_layout.addWidget(self.results_view)

        self.panels_splitter.addWidget(self.results_panel)
        self.details_panel = QWidget(self.panels_splitter)
        self.details_panel.setObjectName(u"details_panel")
        self.details_layout = QVBoxLayout(self.details_panel)
        self.details_layout.setObjectName(u"details_layout")
        self.details_layout.setContentsMargins(0, 0, 0, 0)
        self.details_group = QGroupBox(self.details_panel)
        self.details_group.setObjectName(u"details_group")
        self.details_form = QFormLayout(self.details_group)
        self.details_form.setObjectName(u"details_form")
        self.name_caption_label = QLabel(self.details_group)
        self.name_caption_label.setObjectName(u"name_caption_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_caption_label)

        self.name_label = QLabel(self.details_group)
        self.name_label.setObjectName(u"name_label")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_label)

        self.barcode_caption_label = QLabel(self.details_group)
        self.barcode_caption_label.setObjectName(u"barcode_caption_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.barcode_caption_label)

        self.barcode_label = QLabel(self.details_group)
        self.barcode_label.setObjectName(u"barcode_label")
        self.barcode_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.barcode_label)

        self.category_caption_label = QLabel(self.details_group)
        self.category_caption_label.setObjectName(u"category_caption_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.category_caption_label)

        self.category_label = QLabel(self.details_group)
        self.category_label.setObjectName(u"category_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.category_label)

        self.expiry_caption_label = QLabel(self.details_group)
        self.expiry_caption_label.setObjectName(u"expiry_caption_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.expiry_caption_label)

        self.expiry_label = QLabel(self.details_group)
        self.expiry_label.setObjectName(u"expiry_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.expiry_label)

        self.contact_caption_label = QLabel(self.details_group)
        self.contact_caption_label.setObjectName(u"contact_caption_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contact_caption_label)

        self.contact_label = QLabel(self.details_group)
        self.contact_label.setObjectName(u"contact_label")
        self.contact_label.setWordWrap(True)
        self.contact_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contact_label)

        self.standing_caption_label = QLabel(self.details_group)
        self.standing_caption_label.setObjectName(u"standing_caption_label")

        self.details_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.standing_caption_label)

        self.standing_label = QLabel(self.details_group)
        self.standing_label.setObjectName(u"standing_label")
        self.standing_label.setWordWrap(True)

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.standing_label)


        self.details_layout.addWidget(self.details_group)

        self.loans_caption_label = QLabel(self.details_panel)
        self.loans_caption_label.setObjectName(u"loans_caption_label")

        self.details_layout.addWidget(self.loans_caption_label)

        self.loans_view = QTableView(self.details_panel)
        self.loans_view.setObjectName(u"loans_view")
        self.loans_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.loans_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.loans_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.loans_view.setAlternatingRowColors(True)
        self.loans_view.setTabKeyNavigation(False)

        self.details_layout.addWidget(self.loans_view)

        self.panels_splitter.addWidget(self.details_panel)

        self.main_layout.addWidget(self.panels_splitter)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.actions_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.edit_button = QPushButton(PatronsTab)
        self.edit_button.setObjectName(u"edit_button")
        self.edit_button.setEnabled(False)

        self.actions_layout.addWidget(self.edit_button)

        self.block_button = QPushButton(PatronsTab)
        self.block_button.setObjectName(u"block_button")
        self.block_button.setEnabled(False)

        self.actions_layout.addWidget(self.block_button)

        self.unblock_button = QPushButton(PatronsTab)
        self.unblock_button.setObjectName(u"unblock_button")
        self.unblock_button.setEnabled(False)

        self.actions_layout.addWidget(self.unblock_button)

        self.renew_button = QPushButton(PatronsTab)
        self.renew_button.setObjectName(u"renew_button")
        self.renew_button.setEnabled(False)

        self.actions_layout.addWidget(self.renew_button)

        self.incidents_button = QPushButton(PatronsTab)
        self.incidents_button.setObjectName(u"incidents_button")
        self.incidents_button.setEnabled(False)

        self.actions_layout.addWidget(self.incidents_button)

        self.card_button = QPushButton(PatronsTab)
        self.card_button.setObjectName(u"card_button")
        self.card_button.setEnabled(False)

        self.actions_layout.addWidget(self.card_button)

        self.account_button = QPushButton(PatronsTab)
        self.account_button.setObjectName(u"account_button")
        self.account_button.setEnabled(False)

        self.actions_layout.addWidget(self.account_button)

        self.holds_button = QPushButton(PatronsTab)
        self.holds_button.setObjectName(u"holds_button")
        self.holds_button.setEnabled(False)

        self.actions_layout.addWidget(self.holds_button)

        self.privacy_button = QPushButton(PatronsTab)
        self.privacy_button.setObjectName(u"privacy_button")
        self.privacy_button.setEnabled(False)

        self.actions_layout.addWidget(self.privacy_button)


        self.main_layout.addLayout(self.actions_layout)

        self.main_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.scan_caption_label.setBuddy(self.scan_edit)
        self.results_caption_label.setBuddy(self.results_view)
        self.loans_caption_label.setBuddy(self.loans_view)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scan_edit, self.results_view)
        QWidget.setTabOrder(self.results_view, self.loans_view)
        QWidget.setTabOrder(self.loans_view, self.register_button)
        QWidget.setTabOrder(self.register_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.block_button)
        QWidget.setTabOrder(self.block_button, self.unblock_button)
        QWidget.setTabOrder(self.unblock_button, self.renew_button)
        QWidget.setTabOrder(self.renew_button, self.incidents_button)
        QWidget.setTabOrder(self.incidents_button, self.card_button)
        QWidget.setTabOrder(self.card_button, self.account_button)
        QWidget.setTabOrder(self.account_button, self.holds_button)
        QWidget.setTabOrder(self.holds_button, self.privacy_button)

        self.retranslateUi(PatronsTab)
    # setupUi

    def retranslateUi(self, PatronsTab):
        self.scan_caption_label.setText(QCoreApplication.translate("PatronsTab", u"&Find patron:", None))
        self.scan_edit.setPlaceholderText(QCoreApplication.translate("PatronsTab", u"Scan a card to open the patron, or type part of a name or email and press Enter", None))
#if QT_CONFIG(accessibility)
        self.scan_edit.setAccessibleName(QCoreApplication.translate("PatronsTab", u"Patron search field", None))
#endif // QT_CONFIG(accessibility)
        self.register_button.setText(QCoreApplication.translate("PatronsTab", u"&Register patron (Ctrl+N)", None))
        self.import_button.setText(QCoreApplication.translate("PatronsTab", u"I&mport from CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("PatronsTab", u"Import patrons from a CSV file (a school roster): preview, then import", None))
#endif // QT_CONFIG(tooltip)
        self.message_label.setText(QCoreApplication.translate("PatronsTab", u"Scan a card or type a name and press Enter.", None))
        self.results_caption_label.setText(QCoreApplication.translate("PatronsTab", u"&Patrons found (Enter edits)", None))
#if QT_CONFIG(accessibility)
        self.results_view.setAccessibleName(QCoreApplication.translate("PatronsTab", u"Patrons found", None))
#endif // QT_CONFIG(accessibility)
        self.details_group.setTitle(QCoreApplication.translate("PatronsTab", u"Patron", None))
        self.name_caption_label.setText(QCoreApplication.translate("PatronsTab", u"Name:", None))
        self.name_label.setText(QCoreApplication.translate("PatronsTab", u"\u2014", None))
        self.barcode_caption_label.setText(QCoreApplication.translate("PatronsTab", u"Card:", None))
        self.barcode_label.setText(QCoreApplication.translate("PatronsTab", u"\u2014", None))
        self.category_caption_label.setText(QCoreApplication.translate("PatronsTab", u"Category:", None))
        self.category_label.setText(QCoreApplication.translate("PatronsTab", u"\u2014", None))
        self.expiry_caption_label.setText(QCoreApplication.translate("PatronsTab", u"Card expires:", None))
        self.expiry_label.setText(QCoreApplication.translate("PatronsTab", u"\u2014", None))
        self.contact_caption_label.setText(QCoreApplication.translate("PatronsTab", u"Contact:", None))
        self.contact_label.setText(QCoreApplication.translate("PatronsTab", u"\u2014", None))
        self.standing_caption_label.setText(QCoreApplication.translate("PatronsTab", u"Standing:", None))
        self.standing_label.setText(QCoreApplication.translate("PatronsTab", u"\u2014", None))
        self.loans_caption_label.setText(QCoreApplication.translate("PatronsTab", u"Open &loans", None))
#if QT_CONFIG(accessibility)
        self.loans_view.setAccessibleName(QCoreApplication.translate("PatronsTab", u"The patron's open loans", None))
#endif // QT_CONFIG(accessibility)
        self.edit_button.setText(QCoreApplication.translate("PatronsTab", u"&Edit\u2026 (Ctrl+E)", None))
        self.block_button.setText(QCoreApplication.translate("PatronsTab", u"&Block\u2026", None))
        self.unblock_button.setText(QCoreApplication.translate("PatronsTab", u"&Unblock", None))
        self.renew_button.setText(QCoreApplication.translate("PatronsTab", u"Rene&w membership", None))
#if QT_CONFIG(tooltip)
        self.renew_button.setToolTip(QCoreApplication.translate("PatronsTab", u"Extend the card by the category's membership period", None))
#endif // QT_CONFIG(tooltip)
        self.incidents_button.setText(QCoreApplication.translate("PatronsTab", u"&Incidents\u2026 (Ctrl+I)", None))
        self.card_button.setText(QCoreApplication.translate("PatronsTab", u"Print &card\u2026 (Ctrl+Shift+C)", None))
        self.account_button.setText(QCoreApplication.translate("PatronsTab", u"&Account\u2026 (Ctrl+Shift+A)", None))
#if QT_CONFIG(tooltip)
        self.account_button.setToolTip(QCoreApplication.translate("PatronsTab", u"Fines and fees: pay, waive, correct, the statement", None))
#endif // QT_CONFIG(tooltip)
        self.holds_button.setText(QCoreApplication.translate("PatronsTab", u"&Holds\u2026 (Ctrl+Shift+H)", None))
#if QT_CONFIG(tooltip)
        self.holds_button.setToolTip(QCoreApplication.translate("PatronsTab", u"The patron's holds: place, cancel, freeze", None))
#endif // QT_CONFIG(tooltip)
        self.privacy_button.setText(QCoreApplication.translate("PatronsTab", u"Pri&vacy\u2026", None))
#if QT_CONFIG(tooltip)
        self.privacy_button.setToolTip(QCoreApplication.translate("PatronsTab", u"On the patron's request: export their data, or erase them", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

