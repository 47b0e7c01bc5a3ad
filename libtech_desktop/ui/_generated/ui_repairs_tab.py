# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'repairs_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

from libtech_desktop.ui.scan_field import ScanLineEdit

class Ui_RepairsTab(object):
    def setupUi(self, RepairsTab):
        if not RepairsTab.objectName():
            RepairsTab.setObjectName(u"RepairsTab")
        RepairsTab.resize(900, 600)
        self.main_layout = QVBoxLayout(RepairsTab)
        self.main_layout.setObjectName(u"main_layout")
        self.scan_layout = QGridLayout()
        self.scan_layout.setObjectName(u"scan_layout")
        self.scan_caption_label = QLabel(RepairsTab)
        self.scan_caption_label.setObjectName(u"scan_caption_label")

        self.scan_layout.addWidget(self.scan_caption_label, 0, 0, 1, 1)

        self.scan_edit = ScanLineEdit(RepairsTab)
        self.scan_edit.setObjectName(u"scan_edit")
        self.scan_edit.setMinimumSize(QSize(320, 0))

        self.scan_layout.addWidget(self.scan_edit, 0, 1, 1, 1)

        self.pending_label = QLabel(RepairsTab)
        self.pending_label.setObjectName(u"pending_label")

        self.scan_layout.addWidget(self.pending_label, 0, 2, 1, 1)

        self.note_caption_label = QLabel(RepairsTab)
        self.note_caption_label.setObjectName(u"note_caption_label")

        self.scan_layout.addWidget(self.note_caption_label, 1, 0, 1, 1)

        self.note_edit = QLineEdit(RepairsTab)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.scan_layout.addWidget(self.note_edit, 1, 1, 1, 1)

        self.mark_button = QPushButton(RepairsTab)
        self.mark_button.setObjectName(u"mark_button")

        self.scan_layout.addWidget(self.mark_button, 1, 2, 1, 1)


        self.main_layout.addLayout(self.scan_layout)

        self.message_label = QLabel(RepairsTab)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setMinimumSize(QSize(0, 40))
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.message_label)

        self.queue_caption_label = QLabel(RepairsTab)
        self.queue_caption_label.setObjectName(u"queue_caption_label")

        self.main_layout.addWidget(self.queue_caption_label)

        self.queue_view = QTableView(RepairsTab)
        self.queue_view.setObjectName(u"queue_view")
        self.queue_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue_view.setAlternatingRowColors(True)
        self.queue_view.setTabKeyNavigation(False)

        self.main_layout.addWidget(self.queue_view)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.count_label = QLabel(RepairsTab)
        self.count_label.setObjectName(u"count_label")

        self.actions_layout.addWidget(self.count_label)

        self.actions_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.repaired_button = QPushButton(RepairsTab)
        self.repaired_button.setObjectName(u"repaired_button")
        self.repaired_button.setEnabled(False)

        self.actions_layout.addWidget(self.repaired_button)

        self.withdraw_button = QPushButton(RepairsTab)
        self.withdraw_button.setObjectName(u"withdraw_button")
        self.withdraw_button.setEnabled(False)

        self.actions_layout.addWidget(self.withdraw_button)


        self.main_layout.addLayout(self.actions_layout)

        self.main_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.scan_caption_label.setBuddy(self.scan_edit)
        self.note_caption_label.setBuddy(self.note_edit)
        self.queue_caption_label.setBuddy(self.queue_view)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scan_edit, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.mark_button)
        QWidget.setTabOrder(self.mark_button, self.queue_view)
        QWidget.setTabOrder(self.queue_view, self.repaired_button)
        QWidget.setTabOrder(self.repaired_button, self.withdraw_button)

        self.retranslateUi(RepairsTab)
    # setupUi

    def retranslateUi(self, RepairsTab):
        self.scan_caption_label.setText(QCoreApplication.translate("RepairsTab", u"&Scan damaged item:", None))
        self.scan_edit.setPlaceholderText(QCoreApplication.translate("RepairsTab", u"Scan the damaged item; then type what is wrong and press Enter", None))
#if QT_CONFIG(accessibility)
        self.scan_edit.setAccessibleName(QCoreApplication.translate("RepairsTab", u"Damaged item scan field", None))
#endif // QT_CONFIG(accessibility)
        self.pending_label.setText(QCoreApplication.translate("RepairsTab", u"No item scanned", None))
        self.note_caption_label.setText(QCoreApplication.translate("RepairsTab", u"Condition &note:", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("RepairsTab", u"What is wrong (e.g. spine broken) \u2014 Enter marks the scanned item damaged", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("RepairsTab", u"Condition note", None))
#endif // QT_CONFIG(accessibility)
        self.mark_button.setText(QCoreApplication.translate("RepairsTab", u"&Mark damaged", None))
        self.message_label.setText(QCoreApplication.translate("RepairsTab", u"Scan a damaged item, type what is wrong, press Enter. It leaves circulation until repaired.", None))
        self.queue_caption_label.setText(QCoreApplication.translate("RepairsTab", u"Repair &queue", None))
#if QT_CONFIG(accessibility)
        self.queue_view.setAccessibleName(QCoreApplication.translate("RepairsTab", u"Repair queue", None))
#endif // QT_CONFIG(accessibility)
        self.count_label.setText(QCoreApplication.translate("RepairsTab", u"0 items waiting", None))
        self.repaired_button.setText(QCoreApplication.translate("RepairsTab", u"&Repaired", None))
        self.withdraw_button.setText(QCoreApplication.translate("RepairsTab", u"&Withdraw\u2026", None))
        pass
    # retranslateUi

