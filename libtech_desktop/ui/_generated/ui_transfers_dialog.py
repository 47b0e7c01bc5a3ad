# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transfers_dialog.ui'
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

class Ui_TransfersDialog(object):
    def setupUi(self, TransfersDialog):
        if not TransfersDialog.objectName():
            TransfersDialog.setObjectName(u"TransfersDialog")
        TransfersDialog.resize(900, 600)
        self.main_layout = QVBoxLayout(TransfersDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.request_layout = QHBoxLayout()
        self.request_layout.setObjectName(u"request_layout")
        self.item_caption_label = QLabel(TransfersDialog)
        self.item_caption_label.setObjectName(u"item_caption_label")

        self.request_layout.addWidget(self.item_caption_label)

        self.item_edit = QLineEdit(TransfersDialog)
        self.item_edit.setObjectName(u"item_edit")
        self.item_edit.setClearButtonEnabled(True)

        self.request_layout.addWidget(self.item_edit)

        self.to_caption_label = QLabel(TransfersDialog)
        self.to_caption_label.setObjectName(u"to_caption_label")

        self.request_layout.addWidget(self.to_caption_label)

        self.to_combo = QComboBox(TransfersDialog)
        self.to_combo.setObjectName(u"to_combo")
        self.to_combo.setEditable(True)
        self.to_combo.setMinimumSize(QSize(180, 0))
        self.to_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.request_layout.addWidget(self.to_combo)

        self.request_button = QPushButton(TransfersDialog)
        self.request_button.setObjectName(u"request_button")
        self.request_button.setAutoDefault(False)

        self.request_layout.addWidget(self.request_button)


        self.main_layout.addLayout(self.request_layout)

        self.arrive_layout = QHBoxLayout()
        self.arrive_layout.setObjectName(u"arrive_layout")
        self.arrive_caption_label = QLabel(TransfersDialog)
        self.arrive_caption_label.setObjectName(u"arrive_caption_label")

        self.arrive_layout.addWidget(self.arrive_caption_label)

        self.arrive_edit = QLineEdit(TransfersDialog)
        self.arrive_edit.setObjectName(u"arrive_edit")
        self.arrive_edit.setClearButtonEnabled(True)

        self.arrive_layout.addWidget(self.arrive_edit)


        self.main_layout.addLayout(self.arrive_layout)

        self.status_label = QLabel(TransfersDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.pick_view = QTableView(TransfersDialog)
        self.pick_view.setObjectName(u"pick_view")
        self.pick_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pick_view.setAlternatingRowColors(True)
        self.pick_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pick_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.main_layout.addWidget(self.pick_view)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.refresh_button = QPushButton(TransfersDialog)
        self.refresh_button.setObjectName(u"refresh_button")
        self.refresh_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.refresh_button)

        self.cancel_move_button = QPushButton(TransfersDialog)
        self.cancel_move_button.setObjectName(u"cancel_move_button")
        self.cancel_move_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.cancel_move_button)

        self.print_button = QPushButton(TransfersDialog)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.print_button)

        self.pdf_button = QPushButton(TransfersDialog)
        self.pdf_button.setObjectName(u"pdf_button")
        self.pdf_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.pdf_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(TransfersDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.item_caption_label.setBuddy(self.item_edit)
        self.to_caption_label.setBuddy(self.to_combo)
        self.arrive_caption_label.setBuddy(self.arrive_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.item_edit, self.to_combo)
        QWidget.setTabOrder(self.to_combo, self.request_button)
        QWidget.setTabOrder(self.request_button, self.arrive_edit)
        QWidget.setTabOrder(self.arrive_edit, self.pick_view)
        QWidget.setTabOrder(self.pick_view, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.cancel_move_button)
        QWidget.setTabOrder(self.cancel_move_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.pdf_button)
        QWidget.setTabOrder(self.pdf_button, self.close_button)

        self.retranslateUi(TransfersDialog)
    # setupUi

    def retranslateUi(self, TransfersDialog):
        TransfersDialog.setWindowTitle(QCoreApplication.translate("TransfersDialog", u"Transfers", None))
        self.item_caption_label.setText(QCoreApplication.translate("TransfersDialog", u"&Move:", None))
        self.item_edit.setPlaceholderText(QCoreApplication.translate("TransfersDialog", u"Scan or type an item barcode; Enter asks for it to be moved", None))
#if QT_CONFIG(accessibility)
        self.item_edit.setAccessibleName(QCoreApplication.translate("TransfersDialog", u"Barcode of an item to move", None))
#endif // QT_CONFIG(accessibility)
        self.to_caption_label.setText(QCoreApplication.translate("TransfersDialog", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.to_combo.setAccessibleName(QCoreApplication.translate("TransfersDialog", u"The location the item goes to", None))
#endif // QT_CONFIG(accessibility)
        self.request_button.setText(QCoreApplication.translate("TransfersDialog", u"&Request move", None))
        self.arrive_caption_label.setText(QCoreApplication.translate("TransfersDialog", u"&Arrived:", None))
        self.arrive_edit.setPlaceholderText(QCoreApplication.translate("TransfersDialog", u"At the destination, scan each item: its move is done", None))
#if QT_CONFIG(accessibility)
        self.arrive_edit.setAccessibleName(QCoreApplication.translate("TransfersDialog", u"Barcode of an item arrived at its destination", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText("")
#if QT_CONFIG(accessibility)
        self.pick_view.setAccessibleName(QCoreApplication.translate("TransfersDialog", u"Items to move, in walking order", None))
#endif // QT_CONFIG(accessibility)
        self.refresh_button.setText(QCoreApplication.translate("TransfersDialog", u"Re&fresh (F5)", None))
        self.cancel_move_button.setText(QCoreApplication.translate("TransfersDialog", u"&Cancel move", None))
#if QT_CONFIG(tooltip)
        self.cancel_move_button.setToolTip(QCoreApplication.translate("TransfersDialog", u"Call off the chosen move: the item stays where it is (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.print_button.setText(QCoreApplication.translate("TransfersDialog", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("TransfersDialog", u"Print the pick list, to walk round with a cart (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.pdf_button.setText(QCoreApplication.translate("TransfersDialog", u"Save as P&DF\u2026", None))
        self.close_button.setText(QCoreApplication.translate("TransfersDialog", u"Clos&e", None))
    # retranslateUi

