# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QDialog, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        AuditDialog.resize(1040, 580)
        self.main_layout = QVBoxLayout(AuditDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.filters_layout = QHBoxLayout()
        self.filters_layout.setObjectName(u"filters_layout")
        self.staff_caption_label = QLabel(AuditDialog)
        self.staff_caption_label.setObjectName(u"staff_caption_label")

        self.filters_layout.addWidget(self.staff_caption_label)

        self.staff_combo = QComboBox(AuditDialog)
        self.staff_combo.setObjectName(u"staff_combo")
        self.staff_combo.setMinimumSize(QSize(120, 0))

        self.filters_layout.addWidget(self.staff_combo)

        self.action_caption_label = QLabel(AuditDialog)
        self.action_caption_label.setObjectName(u"action_caption_label")

        self.filters_layout.addWidget(self.action_caption_label)

        self.action_combo = QComboBox(AuditDialog)
        self.action_combo.setObjectName(u"action_combo")
        self.action_combo.setMinimumSize(QSize(150, 0))

        self.filters_layout.addWidget(self.action_combo)

        self.since_caption_label = QLabel(AuditDialog)
        self.since_caption_label.setObjectName(u"since_caption_label")

        self.filters_layout.addWidget(self.since_caption_label)

        self.since_edit = QDateEdit(AuditDialog)
        self.since_edit.setObjectName(u"since_edit")
        self.since_edit.setCalendarPopup(True)

        self.filters_layout.addWidget(self.since_edit)

        self.until_caption_label = QLabel(AuditDialog)
        self.until_caption_label.setObjectName(u"until_caption_label")

        self.filters_layout.addWidget(self.until_caption_label)

        self.until_edit = QDateEdit(AuditDialog)
        self.until_edit.setObjectName(u"until_edit")
        self.until_edit.setCalendarPopup(True)

        self.filters_layout.addWidget(self.until_edit)

        self.key_caption_label = QLabel(AuditDialog)
        self.key_caption_label.setObjectName(u"key_caption_label")

        self.filters_layout.addWidget(self.key_caption_label)

        self.key_edit = QLineEdit(AuditDialog)
        self.key_edit.setObjectName(u"key_edit")
        self.key_edit.setMinimumSize(QSize(160, 0))
        self.key_edit.setClearButtonEnabled(True)

        self.filters_layout.addWidget(self.key_edit)

        self.search_button = QPushButton(AuditDialog)
        self.search_button.setObjectName(u"search_button")
        self.search_button.setAutoDefault(False)

        self.filters_layout.addWidget(self.search_button)


        self.main_layout.addLayout(self.filters_layout)

        self.status_label = QLabel(AuditDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.hint_label = QLabel(AuditDialog)
        self.hint_label.setObjectName(u"hint_label")

        self.main_layout.addWidget(self.hint_label)

        self.entries_view = QTableView(AuditDialog)
        self.entries_view.setObjectName(u"entries_view")
        self.entries_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entries_view.setAlternatingRowColors(True)
        self.entries_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entries_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries_view.setWordWrap(False)

        self.main_layout.addWidget(self.entries_view)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.export_button = QPushButton(AuditDialog)
        self.export_button.setObjectName(u"export_button")
        self.export_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.export_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(AuditDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.staff_caption_label.setBuddy(self.staff_combo)
        self.action_caption_label.setBuddy(self.action_combo)
        self.since_caption_label.setBuddy(self.since_edit)
        self.until_caption_label.setBuddy(self.until_edit)
        self.key_caption_label.setBuddy(self.key_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.staff_combo, self.action_combo)
        QWidget.setTabOrder(self.action_combo, self.since_edit)
        QWidget.setTabOrder(self.since_edit, self.until_edit)
        QWidget.setTabOrder(self.until_edit, self.key_edit)
        QWidget.setTabOrder(self.key_edit, self.search_button)
        QWidget.setTabOrder(self.search_button, self.entries_view)
        QWidget.setTabOrder(self.entries_view, self.export_button)
        QWidget.setTabOrder(self.export_button, self.close_button)

        self.retranslateUi(AuditDialog)
    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"Audit log", None))
        self.staff_caption_label.setText(QCoreApplication.translate("AuditDialog", u"&Staff:", None))
#if QT_CONFIG(accessibility)
        self.staff_combo.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Only this staff member's entries", None))
#endif // QT_CONFIG(accessibility)
        self.action_caption_label.setText(QCoreApplication.translate("AuditDialog", u"&Action:", None))
#if QT_CONFIG(accessibility)
        self.action_combo.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Only this action", None))
#endif // QT_CONFIG(accessibility)
        self.since_caption_label.setText(QCoreApplication.translate("AuditDialog", u"F&rom:", None))
        self.since_edit.setDisplayFormat(QCoreApplication.translate("AuditDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.since_edit.setAccessibleName(QCoreApplication.translate("AuditDialog", u"From this day", None))
#endif // QT_CONFIG(accessibility)
        self.until_caption_label.setText(QCoreApplication.translate("AuditDialog", u"&To:", None))
        self.until_edit.setDisplayFormat(QCoreApplication.translate("AuditDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.until_edit.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Up to this day, included", None))
#endif // QT_CONFIG(accessibility)
        self.key_caption_label.setText(QCoreApplication.translate("AuditDialog", u"&Key:", None))
        self.key_edit.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"Card, fine number, record\u2026", None))
#if QT_CONFIG(accessibility)
        self.key_edit.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Only entries whose key contains this text", None))
#endif // QT_CONFIG(accessibility)
        self.search_button.setText(QCoreApplication.translate("AuditDialog", u"&Show", None))
#if QT_CONFIG(tooltip)
        self.search_button.setToolTip(QCoreApplication.translate("AuditDialog", u"Show the entries that match (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.status_label.setText("")
        self.hint_label.setText(QCoreApplication.translate("AuditDialog", u"Newest first. The log cannot be changed or deleted from the program.", None))
#if QT_CONFIG(accessibility)
        self.entries_view.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Audit entries, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.export_button.setText(QCoreApplication.translate("AuditDialog", u"&Export\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("AuditDialog", u"Save the entries that match the filters as a CSV file (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("AuditDialog", u"&Close", None))
    # retranslateUi

