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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

from libtech_desktop.ui.scan_field import ScanLineEdit

class Ui_RepairsTab(object):
    def setupUi(self, RepairsTab):
        if not RepairsTab.objectName():
            RepairsTab.setObjectName(u"RepairsTab")
        RepairsTab.resize(1000, 700)
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

        self.scan_layout.addWidget(self.pending_label, 0, 2, 1, 2)

        self.note_caption_label = QLabel(RepairsTab)
        self.note_caption_label.setObjectName(u"note_caption_label")

        self.scan_layout.addWidget(self.note_caption_label, 1, 0, 1, 1)

        self.note_edit = QLineEdit(RepairsTab)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.scan_layout.addWidget(self.note_edit, 1, 1, 1, 1)

        self.type_combo = QComboBox(RepairsTab)
        self.type_combo.setObjectName(u"type_combo")
        self.type_combo.setEditable(True)
        self.type_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.scan_layout.addWidget(self.type_combo, 1, 2, 1, 1)

        self.mark_button = QPushButton(RepairsTab)
        self.mark_button.setObjectName(u"mark_button")

        self.scan_layout.addWidget(self.mark_button, 1, 3, 1, 1)


        self.main_layout.addLayout(self.scan_layout)

        self.message_label = QLabel(RepairsTab)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setMinimumSize(QSize(0, 40))
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.message_label)

        self.queue_header_layout = QHBoxLayout()
        self.queue_header_layout.setObjectName(u"queue_header_layout")
        self.queue_caption_label = QLabel(RepairsTab)
        self.queue_caption_label.setObjectName(u"queue_caption_label")

        self.queue_header_layout.addWidget(self.queue_caption_label)

        self.queue_header_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.queue_header_layout.addItem(self.queue_header_spacer)

        self.status_caption_label = QLabel(RepairsTab)
        self.status_caption_label.setObjectName(u"status_caption_label")

        self.queue_header_layout.addWidget(self.status_caption_label)

        self.status_combo = QComboBox(RepairsTab)
        self.status_combo.setObjectName(u"status_combo")

        self.queue_header_layout.addWidget(self.status_combo)


        self.main_layout.addLayout(self.queue_header_layout)

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

        self.start_button = QPushButton(RepairsTab)
        self.start_button.setObjectName(u"start_button")
        self.start_button.setEnabled(False)

        self.actions_layout.addWidget(self.start_button)

        self.work_button = QPushButton(RepairsTab)
        self.work_button.setObjectName(u"work_button")
        self.work_button.setEnabled(False)

        self.actions_layout.addWidget(self.work_button)

        self.repaired_button = QPushButton(RepairsTab)
        self.repaired_button.setObjectName(u"repaired_button")
        self.repaired_button.setEnabled(False)

        self.actions_layout.addWidget(self.repaired_button)

        self.withdraw_button = QPushButton(RepairsTab)
        self.withdraw_button.setObjectName(u"withdraw_button")
        self.withdraw_button.setEnabled(False)

        self.actions_layout.addWidget(self.withdraw_button)

        self.replace_button = QPushButton(RepairsTab)
        self.replace_button.setObjectName(u"replace_button")
        self.replace_button.setEnabled(False)

        self.actions_layout.addWidget(self.replace_button)

        self.condition_button = QPushButton(RepairsTab)
        self.condition_button.setObjectName(u"condition_button")

        self.actions_layout.addWidget(self.condition_button)


        self.main_layout.addLayout(self.actions_layout)

        self.lists_caption_layout = QHBoxLayout()
        self.lists_caption_layout.setObjectName(u"lists_caption_layout")
        self.history_caption_label = QLabel(RepairsTab)
        self.history_caption_label.setObjectName(u"history_caption_label")

        self.lists_caption_layout.addWidget(self.history_caption_label)

        self.replacements_caption_label = QLabel(RepairsTab)
        self.replacements_caption_label.setObjectName(u"replacements_caption_label")

        self.lists_caption_layout.addWidget(self.replacements_caption_label)


        self.main_layout.addLayout(self.lists_caption_layout)

        self.lists_layout = QHBoxLayout()
        self.lists_layout.setObjectName(u"lists_layout")
        self.history_view = QTableView(RepairsTab)
        self.history_view.setObjectName(u"history_view")
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setAlternatingRowColors(True)
        self.history_view.setTabKeyNavigation(False)

        self.lists_layout.addWidget(self.history_view)

        self.replacements_view = QTableView(RepairsTab)
        self.replacements_view.setObjectName(u"replacements_view")
        self.replacements_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.replacements_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.replacements_view.setAlternatingRowColors(True)
        self.replacements_view.setTabKeyNavigation(False)

        self.lists_layout.addWidget(self.replacements_view)


        self.main_layout.addLayout(self.lists_layout)

        self.main_layout.setStretch(3, 3)
        self.main_layout.setStretch(6, 1)
#if QT_CONFIG(shortcut)
        self.scan_caption_label.setBuddy(self.scan_edit)
        self.note_caption_label.setBuddy(self.note_edit)
        self.queue_caption_label.setBuddy(self.queue_view)
        self.status_caption_label.setBuddy(self.status_combo)
        self.history_caption_label.setBuddy(self.history_view)
        self.replacements_caption_label.setBuddy(self.replacements_view)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scan_edit, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.type_combo)
        QWidget.setTabOrder(self.type_combo, self.mark_button)
        QWidget.setTabOrder(self.mark_button, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.queue_view)
        QWidget.setTabOrder(self.queue_view, self.start_button)
        QWidget.setTabOrder(self.start_button, self.work_button)
        QWidget.setTabOrder(self.work_button, self.repaired_button)
        QWidget.setTabOrder(self.repaired_button, self.withdraw_button)
        QWidget.setTabOrder(self.withdraw_button, self.replace_button)
        QWidget.setTabOrder(self.replace_button, self.condition_button)
        QWidget.setTabOrder(self.condition_button, self.history_view)
        QWidget.setTabOrder(self.history_view, self.replacements_view)

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
#if QT_CONFIG(tooltip)
        self.type_combo.setToolTip(QCoreApplication.translate("RepairsTab", u"Repair type: pick one or type your own words", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.type_combo.setAccessibleName(QCoreApplication.translate("RepairsTab", u"Repair type", None))
#endif // QT_CONFIG(accessibility)
        self.mark_button.setText(QCoreApplication.translate("RepairsTab", u"&Mark damaged", None))
        self.message_label.setText(QCoreApplication.translate("RepairsTab", u"Scan a damaged item, type what is wrong, press Enter. It leaves circulation until repaired.", None))
        self.queue_caption_label.setText(QCoreApplication.translate("RepairsTab", u"Repair &tickets", None))
        self.status_caption_label.setText(QCoreApplication.translate("RepairsTab", u"Sh&ow:", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("RepairsTab", u"Which tickets to show", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.queue_view.setAccessibleName(QCoreApplication.translate("RepairsTab", u"Repair tickets", None))
#endif // QT_CONFIG(accessibility)
        self.count_label.setText(QCoreApplication.translate("RepairsTab", u"0 items waiting", None))
        self.start_button.setText(QCoreApplication.translate("RepairsTab", u"St&art", None))
#if QT_CONFIG(tooltip)
        self.start_button.setToolTip(QCoreApplication.translate("RepairsTab", u"Start work on the selected ticket (it is yours)", None))
#endif // QT_CONFIG(tooltip)
        self.work_button.setText(QCoreApplication.translate("RepairsTab", u"&Log work\u2026", None))
#if QT_CONFIG(tooltip)
        self.work_button.setToolTip(QCoreApplication.translate("RepairsTab", u"Add time spent and materials cost to the selected ticket", None))
#endif // QT_CONFIG(tooltip)
        self.repaired_button.setText(QCoreApplication.translate("RepairsTab", u"&Repaired\u2026", None))
#if QT_CONFIG(tooltip)
        self.repaired_button.setToolTip(QCoreApplication.translate("RepairsTab", u"Finish the selected ticket: the item is available again", None))
#endif // QT_CONFIG(tooltip)
        self.withdraw_button.setText(QCoreApplication.translate("RepairsTab", u"&Withdraw\u2026", None))
#if QT_CONFIG(tooltip)
        self.withdraw_button.setToolTip(QCoreApplication.translate("RepairsTab", u"Withdraw the selected item with a reason (optionally order a replacement)", None))
#endif // QT_CONFIG(tooltip)
        self.replace_button.setText(QCoreApplication.translate("RepairsTab", u"Order re&placement", None))
#if QT_CONFIG(tooltip)
        self.replace_button.setToolTip(QCoreApplication.translate("RepairsTab", u"Put the selected item's title on the replacement list", None))
#endif // QT_CONFIG(tooltip)
        self.condition_button.setText(QCoreApplication.translate("RepairsTab", u"Record &condition\u2026", None))
#if QT_CONFIG(tooltip)
        self.condition_button.setToolTip(QCoreApplication.translate("RepairsTab", u"Note the condition of the selected item, or of the item scanned", None))
#endif // QT_CONFIG(tooltip)
        self.history_caption_label.setText(QCoreApplication.translate("RepairsTab", u"Condition &history", None))
        self.replacements_caption_label.setText(QCoreApplication.translate("RepairsTab", u"Replacement l&ist", None))
#if QT_CONFIG(accessibility)
        self.history_view.setAccessibleName(QCoreApplication.translate("RepairsTab", u"Condition history of the selected item", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.replacements_view.setAccessibleName(QCoreApplication.translate("RepairsTab", u"Replacement list", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

