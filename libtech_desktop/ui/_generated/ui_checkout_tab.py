# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checkout_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

from libtech_desktop.ui.scan_field import ScanLineEdit

class Ui_CheckoutTab(object):
    def setupUi(self, CheckoutTab):
        if not CheckoutTab.objectName():
            CheckoutTab.setObjectName(u"CheckoutTab")
        CheckoutTab.resize(900, 600)
        self.main_layout = QVBoxLayout(CheckoutTab)
        self.main_layout.setObjectName(u"main_layout")
        self.scan_layout = QHBoxLayout()
        self.scan_layout.setObjectName(u"scan_layout")
        self.scan_caption_label = QLabel(CheckoutTab)
        self.scan_caption_label.setObjectName(u"scan_caption_label")

        self.scan_layout.addWidget(self.scan_caption_label)

        self.scan_edit = ScanLineEdit(CheckoutTab)
        self.scan_edit.setObjectName(u"scan_edit")
        self.scan_edit.setMinimumSize(QSize(320, 0))

        self.scan_layout.addWidget(self.scan_edit)

        self.end_button = QPushButton(CheckoutTab)
        self.end_button.setObjectName(u"end_button")
        self.end_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.scan_layout.addWidget(self.end_button)


        self.main_layout.addLayout(self.scan_layout)

        self.message_label = QLabel(CheckoutTab)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setMinimumSize(QSize(0, 40))
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.message_label)

        self.block_banner_label = QLabel(CheckoutTab)
        self.block_banner_label.setObjectName(u"block_banner_label")
        self.block_banner_label.setVisible(False)
        self.block_banner_label.setStyleSheet(u"background:#b00020; color:white; font-weight:bold; padding:8px; border-radius:4px;")
        self.block_banner_label.setWordWrap(True)

        self.main_layout.addWidget(self.block_banner_label)

        self.override_frame = QFrame(CheckoutTab)
        self.override_frame.setObjectName(u"override_frame")
        self.override_frame.setVisible(False)
        self.override_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.override_layout = QHBoxLayout(self.override_frame)
        self.override_layout.setObjectName(u"override_layout")
        self.override_label = QLabel(self.override_frame)
        self.override_label.setObjectName(u"override_label")
        self.override_label.setWordWrap(True)

        self.override_layout.addWidget(self.override_label)

        self.lend_anyway_button = QPushButton(self.override_frame)
        self.lend_anyway_button.setObjectName(u"lend_anyway_button")

        self.override_layout.addWidget(self.lend_anyway_button)

        self.cancel_override_button = QPushButton(self.override_frame)
        self.cancel_override_button.setObjectName(u"cancel_override_button")

        self.override_layout.addWidget(self.cancel_override_button)


        self.main_layout.addWidget(self.override_frame)

        self.patron_group = QGroupBox(CheckoutTab)
        self.patron_group.setObjectName(u"patron_group")
        self.patron_form = QFormLayout(self.patron_group)
        self.patron_form.setObjectName(u"patron_form")
        self.name_caption_label = QLabel(self.patron_group)
        self.name_caption_label.setObjectName(u"name_caption_label")

        self.patron_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_caption_label)

        self.name_label = QLabel(self.patron_group)
        self.name_label.setObjectName(u"name_label")

        self.patron_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_label)

        self.category_caption_label = QLabel(self.patron_group)
        self.category_caption_label.setObjectName(u"category_caption_label")

        self.patron_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.category_caption_label)

        self.category_label = QLabel(self.patron_group)
        self.category_label.setObjectName(u"category_label")

        self.patron_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.category_label)

        self.expiry_caption_label = QLabel(self.patron_group)
        self.expiry_caption_label.setObjectName(u"expiry_caption_label")

        self.patron_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.expiry_caption_label)

        self.expiry_label = QLabel(self.patron_group)
        self.expiry_label.setObjectName(u"expiry_label")

        self.patron_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.expiry_label)

        self.standing_caption_label = QLabel(self.patron_group)
        self.standing_caption_label.setObjectName(u"standing_caption_label")

        self.patron_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.standing_caption_label)

        self.standing_label = QLabel(self.patron_group)
        self.standing_label.setObjectName(u"standing_label")
        self.standing_label.setWordWrap(True)

        self.patron_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.standing_label)


        self.main_layout.addWidget(self.patron_group)

        self.loans_caption_label = QLabel(CheckoutTab)
        self.loans_caption_label.setObjectName(u"loans_caption_label")

        self.main_layout.addWidget(self.loans_caption_label)

        self.loans_view = QTableView(CheckoutTab)
        self.loans_view.setObjectName(u"loans_view")
        self.loans_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.loans_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.loans_view.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.loans_view)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.actions_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.renew_button = QPushButton(CheckoutTab)
        self.renew_button.setObjectName(u"renew_button")

        self.actions_layout.addWidget(self.renew_button)

        self.receipt_button = QPushButton(CheckoutTab)
        self.receipt_button.setObjectName(u"receipt_button")

        self.actions_layout.addWidget(self.receipt_button)


        self.main_layout.addLayout(self.actions_layout)

#if QT_CONFIG(shortcut)
        self.scan_caption_label.setBuddy(self.scan_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CheckoutTab)

        self.lend_anyway_button.setDefault(True)

    # setupUi

    def retranslateUi(self, CheckoutTab):
        self.scan_caption_label.setText(QCoreApplication.translate("CheckoutTab", u"&Scan patron card, then items:", None))
        self.scan_edit.setPlaceholderText(QCoreApplication.translate("CheckoutTab", u"Scan or type a barcode and press Enter", None))
#if QT_CONFIG(accessibility)
        self.scan_edit.setAccessibleName(QCoreApplication.translate("CheckoutTab", u"Check-out scan field", None))
#endif // QT_CONFIG(accessibility)
        self.end_button.setText(QCoreApplication.translate("CheckoutTab", u"End session (Esc)", None))
        self.message_label.setText(QCoreApplication.translate("CheckoutTab", u"Scan a patron's card to start.", None))
        self.block_banner_label.setText("")
#if QT_CONFIG(accessibility)
        self.block_banner_label.setAccessibleName(QCoreApplication.translate("CheckoutTab", u"Why this patron may not borrow", None))
#endif // QT_CONFIG(accessibility)
        self.override_label.setText("")
        self.lend_anyway_button.setText(QCoreApplication.translate("CheckoutTab", u"&Lend anyway (Enter)", None))
        self.cancel_override_button.setText(QCoreApplication.translate("CheckoutTab", u"Do&n't lend (Esc)", None))
        self.patron_group.setTitle(QCoreApplication.translate("CheckoutTab", u"Patron", None))
        self.name_caption_label.setText(QCoreApplication.translate("CheckoutTab", u"Name:", None))
        self.name_label.setText(QCoreApplication.translate("CheckoutTab", u"\u2014", None))
        self.category_caption_label.setText(QCoreApplication.translate("CheckoutTab", u"Category:", None))
        self.category_label.setText(QCoreApplication.translate("CheckoutTab", u"\u2014", None))
        self.expiry_caption_label.setText(QCoreApplication.translate("CheckoutTab", u"Card expires:", None))
        self.expiry_label.setText(QCoreApplication.translate("CheckoutTab", u"\u2014", None))
        self.standing_caption_label.setText(QCoreApplication.translate("CheckoutTab", u"Standing:", None))
        self.standing_label.setText(QCoreApplication.translate("CheckoutTab", u"\u2014", None))
        self.loans_caption_label.setText(QCoreApplication.translate("CheckoutTab", u"Loans", None))
#if QT_CONFIG(accessibility)
        self.loans_view.setAccessibleName(QCoreApplication.translate("CheckoutTab", u"Patron's loans", None))
#endif // QT_CONFIG(accessibility)
        self.renew_button.setText(QCoreApplication.translate("CheckoutTab", u"&Renew selected", None))
        self.receipt_button.setText(QCoreApplication.translate("CheckoutTab", u"Receipt (Ctrl+P)", None))
        pass
    # retranslateUi

