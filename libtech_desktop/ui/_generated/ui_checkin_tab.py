# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checkin_tab.ui'
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
    QLabel, QPushButton, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

from libtech_desktop.ui.scan_field import ScanLineEdit

class Ui_CheckinTab(object):
    def setupUi(self, CheckinTab):
        if not CheckinTab.objectName():
            CheckinTab.setObjectName(u"CheckinTab")
        CheckinTab.resize(900, 600)
        self.main_layout = QVBoxLayout(CheckinTab)
        self.main_layout.setObjectName(u"main_layout")
        self.scan_layout = QHBoxLayout()
        self.scan_layout.setObjectName(u"scan_layout")
        self.scan_caption_label = QLabel(CheckinTab)
        self.scan_caption_label.setObjectName(u"scan_caption_label")

        self.scan_layout.addWidget(self.scan_caption_label)

        self.scan_edit = ScanLineEdit(CheckinTab)
        self.scan_edit.setObjectName(u"scan_edit")
        self.scan_edit.setMinimumSize(QSize(320, 0))

        self.scan_layout.addWidget(self.scan_edit)

        self.count_label = QLabel(CheckinTab)
        self.count_label.setObjectName(u"count_label")

        self.scan_layout.addWidget(self.count_label)

        self.damage_button = QPushButton(CheckinTab)
        self.damage_button.setObjectName(u"damage_button")
        self.damage_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.damage_button.setEnabled(False)

        self.scan_layout.addWidget(self.damage_button)

        self.slip_button = QPushButton(CheckinTab)
        self.slip_button.setObjectName(u"slip_button")
        self.slip_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.scan_layout.addWidget(self.slip_button)


        self.main_layout.addLayout(self.scan_layout)

        self.message_label = QLabel(CheckinTab)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setMinimumSize(QSize(0, 40))
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.message_label)

        self.hold_label = QLabel(CheckinTab)
        self.hold_label.setObjectName(u"hold_label")
        self.hold_label.setVisible(False)
        self.hold_label.setMinimumSize(QSize(0, 64))
        self.hold_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hold_label.setWordWrap(True)
        self.hold_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.hold_label)

        self.returned_caption_label = QLabel(CheckinTab)
        self.returned_caption_label.setObjectName(u"returned_caption_label")

        self.main_layout.addWidget(self.returned_caption_label)

        self.returned_view = QTableView(CheckinTab)
        self.returned_view.setObjectName(u"returned_view")
        self.returned_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.returned_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.returned_view.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.returned_view)

#if QT_CONFIG(shortcut)
        self.scan_caption_label.setBuddy(self.scan_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CheckinTab)
    # setupUi

    def retranslateUi(self, CheckinTab):
        self.scan_caption_label.setText(QCoreApplication.translate("CheckinTab", u"&Scan returned items:", None))
        self.scan_edit.setPlaceholderText(QCoreApplication.translate("CheckinTab", u"Scan or type an item barcode and press Enter", None))
#if QT_CONFIG(accessibility)
        self.scan_edit.setAccessibleName(QCoreApplication.translate("CheckinTab", u"Check-in scan field", None))
#endif // QT_CONFIG(accessibility)
        self.count_label.setText(QCoreApplication.translate("CheckinTab", u"0 returned this session", None))
        self.damage_button.setText(QCoreApplication.translate("CheckinTab", u"Damaged\u2026 (Ctrl+D)", None))
#if QT_CONFIG(tooltip)
        self.damage_button.setToolTip(QCoreApplication.translate("CheckinTab", u"Flag the item just returned (or the one selected below) as damaged: it goes to the repair queue", None))
#endif // QT_CONFIG(tooltip)
        self.slip_button.setText(QCoreApplication.translate("CheckinTab", u"Slip (Ctrl+P)", None))
#if QT_CONFIG(tooltip)
        self.slip_button.setToolTip(QCoreApplication.translate("CheckinTab", u"Write a slip of the items checked in since the last slip", None))
#endif // QT_CONFIG(tooltip)
        self.message_label.setText(QCoreApplication.translate("CheckinTab", u"Scan items as they come back.", None))
        self.hold_label.setText("")
#if QT_CONFIG(accessibility)
        self.hold_label.setAccessibleName(QCoreApplication.translate("CheckinTab", u"Hold alert", None))
#endif // QT_CONFIG(accessibility)
        self.returned_caption_label.setText(QCoreApplication.translate("CheckinTab", u"Returned today", None))
#if QT_CONFIG(accessibility)
        self.returned_view.setAccessibleName(QCoreApplication.translate("CheckinTab", u"Items returned today", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

