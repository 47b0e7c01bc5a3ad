# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'shelf_list_dialog.ui'
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

class Ui_ShelfListDialog(object):
    def setupUi(self, ShelfListDialog):
        if not ShelfListDialog.objectName():
            ShelfListDialog.setObjectName(u"ShelfListDialog")
        ShelfListDialog.resize(900, 640)
        self.main_layout = QVBoxLayout(ShelfListDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.location_caption_label = QLabel(ShelfListDialog)
        self.location_caption_label.setObjectName(u"location_caption_label")

        self.filter_layout.addWidget(self.location_caption_label)

        self.location_combo = QComboBox(ShelfListDialog)
        self.location_combo.setObjectName(u"location_combo")
        self.location_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.location_combo)

        self.goto_caption_label = QLabel(ShelfListDialog)
        self.goto_caption_label.setObjectName(u"goto_caption_label")

        self.filter_layout.addWidget(self.goto_caption_label)

        self.goto_edit = QLineEdit(ShelfListDialog)
        self.goto_edit.setObjectName(u"goto_edit")
        self.goto_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.goto_edit)

        self.goto_button = QPushButton(ShelfListDialog)
        self.goto_button.setObjectName(u"goto_button")
        self.goto_button.setAutoDefault(False)

        self.filter_layout.addWidget(self.goto_button)


        self.main_layout.addLayout(self.filter_layout)

        self.status_label = QLabel(ShelfListDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.shelf_view = QTableView(ShelfListDialog)
        self.shelf_view.setObjectName(u"shelf_view")
        self.shelf_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shelf_view.setAlternatingRowColors(True)
        self.shelf_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.shelf_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.shelf_view.setSortingEnabled(False)

        self.main_layout.addWidget(self.shelf_view)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.print_button = QPushButton(ShelfListDialog)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.print_button)

        self.pdf_button = QPushButton(ShelfListDialog)
        self.pdf_button.setObjectName(u"pdf_button")
        self.pdf_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.pdf_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(ShelfListDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.location_caption_label.setBuddy(self.location_combo)
        self.goto_caption_label.setBuddy(self.goto_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.goto_edit, self.shelf_view)
        QWidget.setTabOrder(self.shelf_view, self.location_combo)
        QWidget.setTabOrder(self.location_combo, self.goto_button)
        QWidget.setTabOrder(self.goto_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.pdf_button)
        QWidget.setTabOrder(self.pdf_button, self.close_button)

        self.retranslateUi(ShelfListDialog)
    # setupUi

    def retranslateUi(self, ShelfListDialog):
        ShelfListDialog.setWindowTitle(QCoreApplication.translate("ShelfListDialog", u"Shelf list", None))
        self.location_caption_label.setText(QCoreApplication.translate("ShelfListDialog", u"&Location:", None))
#if QT_CONFIG(accessibility)
        self.location_combo.setAccessibleName(QCoreApplication.translate("ShelfListDialog", u"Location", None))
#endif // QT_CONFIG(accessibility)
        self.goto_caption_label.setText(QCoreApplication.translate("ShelfListDialog", u"&Go to call number:", None))
        self.goto_edit.setPlaceholderText(QCoreApplication.translate("ShelfListDialog", u"e.g. 823.9 or QA76; Enter jumps there (blank: the top)", None))
#if QT_CONFIG(accessibility)
        self.goto_edit.setAccessibleName(QCoreApplication.translate("ShelfListDialog", u"Go to call number", None))
#endif // QT_CONFIG(accessibility)
        self.goto_button.setText(QCoreApplication.translate("ShelfListDialog", u"G&o", None))
        self.status_label.setText("")
#if QT_CONFIG(accessibility)
        self.shelf_view.setAccessibleName(QCoreApplication.translate("ShelfListDialog", u"Items in shelf order", None))
#endif // QT_CONFIG(accessibility)
        self.print_button.setText(QCoreApplication.translate("ShelfListDialog", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("ShelfListDialog", u"Print the list from where it starts, to tick off while reading the shelves", None))
#endif // QT_CONFIG(tooltip)
        self.pdf_button.setText(QCoreApplication.translate("ShelfListDialog", u"Save as P&DF\u2026", None))
        self.close_button.setText(QCoreApplication.translate("ShelfListDialog", u"&Close", None))
    # retranslateUi

