# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_exceptions_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_SyncExceptionsDialog(object):
    def setupUi(self, SyncExceptionsDialog):
        if not SyncExceptionsDialog.objectName():
            SyncExceptionsDialog.setObjectName(u"SyncExceptionsDialog")
        SyncExceptionsDialog.resize(980, 520)
        self.main_layout = QVBoxLayout(SyncExceptionsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.exceptions_caption_label = QLabel(SyncExceptionsDialog)
        self.exceptions_caption_label.setObjectName(u"exceptions_caption_label")

        self.main_layout.addWidget(self.exceptions_caption_label)

        self.exceptions_view = QTableView(SyncExceptionsDialog)
        self.exceptions_view.setObjectName(u"exceptions_view")
        self.exceptions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.exceptions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.exceptions_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.exceptions_view.setWordWrap(True)

        self.main_layout.addWidget(self.exceptions_view)

        self.note_layout = QHBoxLayout()
        self.note_layout.setObjectName(u"note_layout")
        self.note_caption_label = QLabel(SyncExceptionsDialog)
        self.note_caption_label.setObjectName(u"note_caption_label")

        self.note_layout.addWidget(self.note_caption_label)

        self.note_edit = QLineEdit(SyncExceptionsDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setClearButtonEnabled(True)

        self.note_layout.addWidget(self.note_edit)


        self.main_layout.addLayout(self.note_layout)

        self.status_label = QLabel(SyncExceptionsDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.retry_button = QPushButton(SyncExceptionsDialog)
        self.retry_button.setObjectName(u"retry_button")
        self.retry_button.setAutoDefault(False)

        self.button_layout.addWidget(self.retry_button)

        self.override_button = QPushButton(SyncExceptionsDialog)
        self.override_button.setObjectName(u"override_button")
        self.override_button.setAutoDefault(False)

        self.button_layout.addWidget(self.override_button)

        self.dismiss_button = QPushButton(SyncExceptionsDialog)
        self.dismiss_button.setObjectName(u"dismiss_button")
        self.dismiss_button.setAutoDefault(False)

        self.button_layout.addWidget(self.dismiss_button)

        self.all_check = QCheckBox(SyncExceptionsDialog)
        self.all_check.setObjectName(u"all_check")

        self.button_layout.addWidget(self.all_check)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.close_button = QPushButton(SyncExceptionsDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_layout)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.exceptions_caption_label.setBuddy(self.exceptions_view)
        self.note_caption_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.exceptions_view, self.retry_button)
        QWidget.setTabOrder(self.retry_button, self.override_button)
        QWidget.setTabOrder(self.override_button, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.dismiss_button)
        QWidget.setTabOrder(self.dismiss_button, self.all_check)
        QWidget.setTabOrder(self.all_check, self.close_button)

        self.retranslateUi(SyncExceptionsDialog)
    # setupUi

    def retranslateUi(self, SyncExceptionsDialog):
        SyncExceptionsDialog.setWindowTitle(QCoreApplication.translate("SyncExceptionsDialog", u"Sync exceptions", None))
        self.exceptions_caption_label.setText(QCoreApplication.translate("SyncExceptionsDialog", u"&Merged operations that did not apply as recorded \u2014 resolve them one by one:", None))
#if QT_CONFIG(accessibility)
        self.exceptions_view.setAccessibleName(QCoreApplication.translate("SyncExceptionsDialog", u"Sync exceptions", None))
#endif // QT_CONFIG(accessibility)
        self.note_caption_label.setText(QCoreApplication.translate("SyncExceptionsDialog", u"&Note:", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("SyncExceptionsDialog", u"Why the selected exception is dismissed (kept with it)", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("SyncExceptionsDialog", u"Dismissal note", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText("")
        self.retry_button.setText(QCoreApplication.translate("SyncExceptionsDialog", u"&Retry", None))
#if QT_CONFIG(tooltip)
        self.retry_button.setToolTip(QCoreApplication.translate("SyncExceptionsDialog", u"Apply the operation now (after checking the other loan in, say)", None))
#endif // QT_CONFIG(tooltip)
        self.override_button.setText(QCoreApplication.translate("SyncExceptionsDialog", u"&Lend anyway", None))
#if QT_CONFIG(tooltip)
        self.override_button.setToolTip(QCoreApplication.translate("SyncExceptionsDialog", u"The check-out happened on the truck: lend despite a block staff may override", None))
#endif // QT_CONFIG(tooltip)
        self.dismiss_button.setText(QCoreApplication.translate("SyncExceptionsDialog", u"&Dismiss", None))
#if QT_CONFIG(tooltip)
        self.dismiss_button.setToolTip(QCoreApplication.translate("SyncExceptionsDialog", u"Close it without applying; the note says why", None))
#endif // QT_CONFIG(tooltip)
        self.all_check.setText(QCoreApplication.translate("SyncExceptionsDialog", u"Show resol&ved and dismissed", None))
        self.close_button.setText(QCoreApplication.translate("SyncExceptionsDialog", u"Close", None))
    # retranslateUi

