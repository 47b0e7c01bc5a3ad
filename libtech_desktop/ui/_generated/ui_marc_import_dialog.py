# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'marc_import_dialog.ui'
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

class Ui_MarcImportDialog(object):
    def setupUi(self, MarcImportDialog):
        if not MarcImportDialog.objectName():
            MarcImportDialog.setObjectName(u"MarcImportDialog")
        MarcImportDialog.resize(860, 620)
        self.main_layout = QVBoxLayout(MarcImportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.path_caption_label = QLabel(MarcImportDialog)
        self.path_caption_label.setObjectName(u"path_caption_label")

        self.file_layout.addWidget(self.path_caption_label)

        self.path_edit = QLineEdit(MarcImportDialog)
        self.path_edit.setObjectName(u"path_edit")

        self.file_layout.addWidget(self.path_edit)

        self.browse_button = QPushButton(MarcImportDialog)
        self.browse_button.setObjectName(u"browse_button")
        self.browse_button.setAutoDefault(False)

        self.file_layout.addWidget(self.browse_button)

        self.preview_button = QPushButton(MarcImportDialog)
        self.preview_button.setObjectName(u"preview_button")
        self.preview_button.setAutoDefault(False)

        self.file_layout.addWidget(self.preview_button)


        self.main_layout.addLayout(self.file_layout)

        self.options_layout = QHBoxLayout()
        self.options_layout.setObjectName(u"options_layout")
        self.match_caption_label = QLabel(MarcImportDialog)
        self.match_caption_label.setObjectName(u"match_caption_label")

        self.options_layout.addWidget(self.match_caption_label)

        self.match_combo = QComboBox(MarcImportDialog)
        self.match_combo.setObjectName(u"match_combo")

        self.options_layout.addWidget(self.match_combo)

        self.items_caption_label = QLabel(MarcImportDialog)
        self.items_caption_label.setObjectName(u"items_caption_label")

        self.options_layout.addWidget(self.items_caption_label)

        self.items_combo = QComboBox(MarcImportDialog)
        self.items_combo.setObjectName(u"items_combo")

        self.options_layout.addWidget(self.items_combo)

        self.options_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.options_layout.addItem(self.options_spacer)


        self.main_layout.addLayout(self.options_layout)

        self.error_label = QLabel(MarcImportDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"QLabel { color:#8a1c1f; font-weight:bold; }")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.error_label)

        self.preview_caption_label = QLabel(MarcImportDialog)
        self.preview_caption_label.setObjectName(u"preview_caption_label")

        self.main_layout.addWidget(self.preview_caption_label)

        self.preview_view = QTableView(MarcImportDialog)
        self.preview_view.setObjectName(u"preview_view")
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_view.setAlternatingRowColors(True)
        self.preview_view.setTabKeyNavigation(False)

        self.main_layout.addWidget(self.preview_view)

        self.report_label = QLabel(MarcImportDialog)
        self.report_label.setObjectName(u"report_label")
        self.report_label.setWordWrap(True)
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.report_label)

        self.problems_caption_label = QLabel(MarcImportDialog)
        self.problems_caption_label.setObjectName(u"problems_caption_label")

        self.main_layout.addWidget(self.problems_caption_label)

        self.problems_view = QTableView(MarcImportDialog)
        self.problems_view.setObjectName(u"problems_view")
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_view.setAlternatingRowColors(True)
        self.problems_view.setTabKeyNavigation(False)

        self.main_layout.addWidget(self.problems_view)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.actions_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.import_button = QPushButton(MarcImportDialog)
        self.import_button.setObjectName(u"import_button")
        self.import_button.setEnabled(False)
        self.import_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.import_button)

        self.close_button = QPushButton(MarcImportDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.actions_layout)

        self.main_layout.setStretch(4, 1)
        self.main_layout.setStretch(7, 1)
#if QT_CONFIG(shortcut)
        self.path_caption_label.setBuddy(self.path_edit)
        self.match_caption_label.setBuddy(self.match_combo)
        self.items_caption_label.setBuddy(self.items_combo)
        self.preview_caption_label.setBuddy(self.preview_view)
        self.problems_caption_label.setBuddy(self.problems_view)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.path_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.preview_button)
        QWidget.setTabOrder(self.preview_button, self.match_combo)
        QWidget.setTabOrder(self.match_combo, self.items_combo)
        QWidget.setTabOrder(self.items_combo, self.preview_view)
        QWidget.setTabOrder(self.preview_view, self.problems_view)
        QWidget.setTabOrder(self.problems_view, self.import_button)
        QWidget.setTabOrder(self.import_button, self.close_button)

        self.retranslateUi(MarcImportDialog)
    # setupUi

    def retranslateUi(self, MarcImportDialog):
        MarcImportDialog.setWindowTitle(QCoreApplication.translate("MarcImportDialog", u"Import MARC records", None))
        self.path_caption_label.setText(QCoreApplication.translate("MarcImportDialog", u"&File:", None))
        self.path_edit.setPlaceholderText(QCoreApplication.translate("MarcImportDialog", u"Path of a MARC 21 file (.mrc, .dat) or MARCXML (.xml); Enter shows its first records", None))
#if QT_CONFIG(accessibility)
        self.path_edit.setAccessibleName(QCoreApplication.translate("MarcImportDialog", u"MARC file path", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("MarcImportDialog", u"&Browse\u2026", None))
        self.preview_button.setText(QCoreApplication.translate("MarcImportDialog", u"&Preview", None))
        self.match_caption_label.setText(QCoreApplication.translate("MarcImportDialog", u"&Duplicates:", None))
#if QT_CONFIG(accessibility)
        self.match_combo.setAccessibleName(QCoreApplication.translate("MarcImportDialog", u"How to find duplicates", None))
#endif // QT_CONFIG(accessibility)
        self.items_caption_label.setText(QCoreApplication.translate("MarcImportDialog", u"Items fro&m:", None))
#if QT_CONFIG(accessibility)
        self.items_combo.setAccessibleName(QCoreApplication.translate("MarcImportDialog", u"Which holdings field becomes items", None))
#endif // QT_CONFIG(accessibility)
        self.error_label.setText("")
        self.preview_caption_label.setText(QCoreApplication.translate("MarcImportDialog", u"First &records of the file", None))
#if QT_CONFIG(accessibility)
        self.preview_view.setAccessibleName(QCoreApplication.translate("MarcImportDialog", u"First records of the file", None))
#endif // QT_CONFIG(accessibility)
        self.report_label.setText(QCoreApplication.translate("MarcImportDialog", u"Choose a file to see its first records, then Import.", None))
        self.problems_caption_label.setText(QCoreApplication.translate("MarcImportDialog", u"Problems of the import (record &number in the file)", None))
#if QT_CONFIG(accessibility)
        self.problems_view.setAccessibleName(QCoreApplication.translate("MarcImportDialog", u"Problems of the import", None))
#endif // QT_CONFIG(accessibility)
        self.import_button.setText(QCoreApplication.translate("MarcImportDialog", u"&Import", None))
        self.close_button.setText(QCoreApplication.translate("MarcImportDialog", u"&Close", None))
    # retranslateUi

