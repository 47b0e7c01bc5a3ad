# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_SyncImportDialog(object):
    def setupUi(self, SyncImportDialog):
        if not SyncImportDialog.objectName():
            SyncImportDialog.setObjectName(u"SyncImportDialog")
        SyncImportDialog.resize(900, 520)
        self.main_layout = QVBoxLayout(SyncImportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_caption_label = QLabel(SyncImportDialog)
        self.file_caption_label.setObjectName(u"file_caption_label")

        self.file_layout.addWidget(self.file_caption_label)

        self.file_edit = QLineEdit(SyncImportDialog)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setReadOnly(True)

        self.file_layout.addWidget(self.file_edit)

        self.choose_button = QPushButton(SyncImportDialog)
        self.choose_button.setObjectName(u"choose_button")
        self.choose_button.setAutoDefault(False)

        self.file_layout.addWidget(self.choose_button)


        self.main_layout.addLayout(self.file_layout)

        self.summary_label = QLabel(SyncImportDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.exceptions_caption_label = QLabel(SyncImportDialog)
        self.exceptions_caption_label.setObjectName(u"exceptions_caption_label")

        self.main_layout.addWidget(self.exceptions_caption_label)

        self.exceptions_view = QTableView(SyncImportDialog)
        self.exceptions_view.setObjectName(u"exceptions_view")
        self.exceptions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.exceptions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.exceptions_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.exceptions_view.setWordWrap(True)

        self.main_layout.addWidget(self.exceptions_view)

        self.status_label = QLabel(SyncImportDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.apply_button = QPushButton(SyncImportDialog)
        self.apply_button.setObjectName(u"apply_button")
        self.apply_button.setEnabled(False)
        self.apply_button.setAutoDefault(False)

        self.button_layout.addWidget(self.apply_button)

        self.close_button = QPushButton(SyncImportDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_layout)

        self.main_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.file_caption_label.setBuddy(self.file_edit)
        self.exceptions_caption_label.setBuddy(self.exceptions_view)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.choose_button, self.exceptions_view)
        QWidget.setTabOrder(self.exceptions_view, self.apply_button)
        QWidget.setTabOrder(self.apply_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.file_edit)

        self.retranslateUi(SyncImportDialog)
    # setupUi

    def retranslateUi(self, SyncImportDialog):
        SyncImportDialog.setWindowTitle(QCoreApplication.translate("SyncImportDialog", u"Import journal", None))
        self.file_caption_label.setText(QCoreApplication.translate("SyncImportDialog", u"&File:", None))
        self.file_edit.setPlaceholderText(QCoreApplication.translate("SyncImportDialog", u"A journal (.jsonl) from the bookmobile or another desk, or a Koha .koc file", None))
#if QT_CONFIG(accessibility)
        self.file_edit.setAccessibleName(QCoreApplication.translate("SyncImportDialog", u"The file to import", None))
#endif // QT_CONFIG(accessibility)
        self.choose_button.setText(QCoreApplication.translate("SyncImportDialog", u"&Choose file\u2026", None))
        self.summary_label.setText(QCoreApplication.translate("SyncImportDialog", u"Choose a file: a dry run shows what will happen before anything is applied.", None))
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("SyncImportDialog", u"What the import will do", None))
#endif // QT_CONFIG(accessibility)
        self.exceptions_caption_label.setText(QCoreApplication.translate("SyncImportDialog", u"E&xceptions (operations that will not apply as recorded):", None))
#if QT_CONFIG(accessibility)
        self.exceptions_view.setAccessibleName(QCoreApplication.translate("SyncImportDialog", u"Predicted exceptions", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText("")
        self.apply_button.setText(QCoreApplication.translate("SyncImportDialog", u"&Apply", None))
        self.close_button.setText(QCoreApplication.translate("SyncImportDialog", u"Close", None))
    # retranslateUi

