# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalogue_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

from libtech_desktop.ui.scan_field import ScanLineEdit

class Ui_CatalogueTab(object):
    def setupUi(self, CatalogueTab):
        if not CatalogueTab.objectName():
            CatalogueTab.setObjectName(u"CatalogueTab")
        CatalogueTab.resize(900, 600)
        self.main_layout = QVBoxLayout(CatalogueTab)
        self.main_layout.setObjectName(u"main_layout")
        self.scan_layout = QHBoxLayout()
        self.scan_layout.setObjectName(u"scan_layout")
        self.scan_caption_label = QLabel(CatalogueTab)
        self.scan_caption_label.setObjectName(u"scan_caption_label")

        self.scan_layout.addWidget(self.scan_caption_label)

        self.scan_edit = ScanLineEdit(CatalogueTab)
        self.scan_edit.setObjectName(u"scan_edit")
        self.scan_edit.setMinimumSize(QSize(320, 0))

        self.scan_layout.addWidget(self.scan_edit)

        self.new_record_button = QPushButton(CatalogueTab)
        self.new_record_button.setObjectName(u"new_record_button")

        self.scan_layout.addWidget(self.new_record_button)

        self.import_marc_button = QPushButton(CatalogueTab)
        self.import_marc_button.setObjectName(u"import_marc_button")

        self.scan_layout.addWidget(self.import_marc_button)


        self.main_layout.addLayout(self.scan_layout)

        self.message_label = QLabel(CatalogueTab)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setMinimumSize(QSize(0, 40))
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.message_label)

        self.tables_splitter = QSplitter(CatalogueTab)
        self.tables_splitter.setObjectName(u"tables_splitter")
        self.tables_splitter.setOrientation(Qt.Orientation.Vertical)
        self.tables_splitter.setChildrenCollapsible(False)
        self.results_panel = QWidget(self.tables_splitter)
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

        self.tables_splitter.addWidget(self.results_panel)
        self.items_panel = QWidget(self.tables_splitter)
        self.items_panel.setObjectName(u"items_panel")
        self.items_layout = QVBoxLayout(self.items_panel)
        self.items_layout.setObjectName(u"items_layout")
        self.items_layout.setContentsMargins(0, 0, 0, 0)
        self.items_caption_label = QLabel(self.items_panel)
        self.items_caption_label.setObjectName(u"items_caption_label")

        self.items_layout.addWidget(self.items_caption_label)

        self.items_view = QTableView(self.items_panel)
        self.items_view.setObjectName(u"items_view")
        self.items_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.setAlternatingRowColors(True)
        self.items_view.setTabKeyNavigation(False)

        self.items_layout.addWidget(self.items_view)

        self.tables_splitter.addWidget(self.items_panel)

        self.main_layout.addWidget(self.tables_splitter)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.shelf_list_button = QPushButton(CatalogueTab)
        self.shelf_list_button.setObjectName(u"shelf_list_button")

        self.actions_layout.addWidget(self.shelf_list_button)

        self.headings_button = QPushButton(CatalogueTab)
        self.headings_button.setObjectName(u"headings_button")

        self.actions_layout.addWidget(self.headings_button)

        self.labels_button = QPushButton(CatalogueTab)
        self.labels_button.setObjectName(u"labels_button")

        self.actions_layout.addWidget(self.labels_button)

        self.actions_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.edit_record_button = QPushButton(CatalogueTab)
        self.edit_record_button.setObjectName(u"edit_record_button")
        self.edit_record_button.setEnabled(False)

        self.actions_layout.addWidget(self.edit_record_button)

        self.duplicates_button = QPushButton(CatalogueTab)
        self.duplicates_button.setObjectName(u"duplicates_button")
        self.duplicates_button.setEnabled(False)

        self.actions_layout.addWidget(self.duplicates_button)

        self.add_item_button = QPushButton(CatalogueTab)
        self.add_item_button.setObjectName(u"add_item_button")
        self.add_item_button.setEnabled(False)

        self.actions_layout.addWidget(self.add_item_button)

        self.reserve_button = QPushButton(CatalogueTab)
        self.reserve_button.setObjectName(u"reserve_button")
        self.reserve_button.setEnabled(False)

        self.actions_layout.addWidget(self.reserve_button)


        self.main_layout.addLayout(self.actions_layout)

        self.main_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.scan_caption_label.setBuddy(self.scan_edit)
        self.results_caption_label.setBuddy(self.results_view)
        self.items_caption_label.setBuddy(self.items_view)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scan_edit, self.results_view)
        QWidget.setTabOrder(self.results_view, self.items_view)
        QWidget.setTabOrder(self.items_view, self.new_record_button)
        QWidget.setTabOrder(self.new_record_button, self.import_marc_button)
        QWidget.setTabOrder(self.import_marc_button, self.shelf_list_button)
        QWidget.setTabOrder(self.shelf_list_button, self.headings_button)
        QWidget.setTabOrder(self.headings_button, self.labels_button)
        QWidget.setTabOrder(self.labels_button, self.edit_record_button)
        QWidget.setTabOrder(self.edit_record_button, self.duplicates_button)
        QWidget.setTabOrder(self.duplicates_button, self.add_item_button)
        QWidget.setTabOrder(self.add_item_button, self.reserve_button)

        self.retranslateUi(CatalogueTab)
    # setupUi

    def retranslateUi(self, CatalogueTab):
        self.scan_caption_label.setText(QCoreApplication.translate("CatalogueTab", u"&Find records:", None))
        self.scan_edit.setPlaceholderText(QCoreApplication.translate("CatalogueTab", u"Scan an item barcode or ISBN, or type title / author words, then Enter", None))
#if QT_CONFIG(accessibility)
        self.scan_edit.setAccessibleName(QCoreApplication.translate("CatalogueTab", u"Catalogue search field", None))
#endif // QT_CONFIG(accessibility)
        self.new_record_button.setText(QCoreApplication.translate("CatalogueTab", u"&New record (Ctrl+N)", None))
        self.import_marc_button.setText(QCoreApplication.translate("CatalogueTab", u"Import &MARC\u2026 (Ctrl+Shift+I)", None))
        self.message_label.setText(QCoreApplication.translate("CatalogueTab", u"Scan or type what you are looking for and press Enter.", None))
        self.results_caption_label.setText(QCoreApplication.translate("CatalogueTab", u"&Records (Enter edits the selected record)", None))
#if QT_CONFIG(accessibility)
        self.results_view.setAccessibleName(QCoreApplication.translate("CatalogueTab", u"Records found", None))
#endif // QT_CONFIG(accessibility)
        self.items_caption_label.setText(QCoreApplication.translate("CatalogueTab", u"&Items of the selected record", None))
#if QT_CONFIG(accessibility)
        self.items_view.setAccessibleName(QCoreApplication.translate("CatalogueTab", u"Items of the selected record", None))
#endif // QT_CONFIG(accessibility)
        self.shelf_list_button.setText(QCoreApplication.translate("CatalogueTab", u"Shelf &list\u2026 (Ctrl+L)", None))
#if QT_CONFIG(tooltip)
        self.shelf_list_button.setToolTip(QCoreApplication.translate("CatalogueTab", u"Items in call-number order, as they stand on the shelves", None))
#endif // QT_CONFIG(tooltip)
        self.headings_button.setText(QCoreApplication.translate("CatalogueTab", u"Subject &headings\u2026 (Ctrl+H)", None))
#if QT_CONFIG(tooltip)
        self.headings_button.setToolTip(QCoreApplication.translate("CatalogueTab", u"Browse the headings in use with their counts; authorised headings and \"use\" references", None))
#endif // QT_CONFIG(tooltip)
        self.labels_button.setText(QCoreApplication.translate("CatalogueTab", u"La&bels\u2026 (Ctrl+B)", None))
#if QT_CONFIG(tooltip)
        self.labels_button.setToolTip(QCoreApplication.translate("CatalogueTab", u"Print barcode and spine labels for the items waiting in the label queue", None))
#endif // QT_CONFIG(tooltip)
        self.edit_record_button.setText(QCoreApplication.translate("CatalogueTab", u"&Edit record (Ctrl+E)", None))
        self.duplicates_button.setText(QCoreApplication.translate("CatalogueTab", u"&Duplicates\u2026 (Ctrl+D)", None))
#if QT_CONFIG(tooltip)
        self.duplicates_button.setToolTip(QCoreApplication.translate("CatalogueTab", u"Records of the same work as the selected one, and merging them", None))
#endif // QT_CONFIG(tooltip)
        self.add_item_button.setText(QCoreApplication.translate("CatalogueTab", u"&Add copies (Ctrl+I)", None))
        self.reserve_button.setText(QCoreApplication.translate("CatalogueTab", u"Reser&ve\u2026 (Ctrl+R)", None))
#if QT_CONFIG(tooltip)
        self.reserve_button.setToolTip(QCoreApplication.translate("CatalogueTab", u"Place a hold on the selected record (any copy) for a patron: scan their card", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

