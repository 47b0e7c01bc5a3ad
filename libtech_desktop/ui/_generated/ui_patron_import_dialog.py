# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'patron_import_dialog.ui'
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
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_PatronImportDialog(object):
    def setupUi(self, PatronImportDialog):
        if not PatronImportDialog.objectName():
            PatronImportDialog.setObjectName(u"PatronImportDialog")
        PatronImportDialog.resize(820, 620)
        self.main_layout = QVBoxLayout(PatronImportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_caption_label = QLabel(PatronImportDialog)
        self.file_caption_label.setObjectName(u"file_caption_label")

        self.file_layout.addWidget(self.file_caption_label)

        self.file_edit = QLineEdit(PatronImportDialog)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setReadOnly(True)

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(PatronImportDialog)
        self.browse_button.setObjectName(u"browse_button")
        self.browse_button.setAutoDefault(False)

        self.file_layout.addWidget(self.browse_button)


        self.main_layout.addLayout(self.file_layout)

        self.options_layout = QHBoxLayout()
        self.options_layout.setObjectName(u"options_layout")
        self.mapping_group = QGroupBox(PatronImportDialog)
        self.mapping_group.setObjectName(u"mapping_group")
        self.mapping_form = QFormLayout(self.mapping_group)
        self.mapping_form.setObjectName(u"mapping_form")

        self.options_layout.addWidget(self.mapping_group)

        self.category_form = QFormLayout()
        self.category_form.setObjectName(u"category_form")
        self.category_caption_label = QLabel(PatronImportDialog)
        self.category_caption_label.setObjectName(u"category_caption_label")

        self.category_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.category_caption_label)

        self.category_combo = QComboBox(PatronImportDialog)
        self.category_combo.setObjectName(u"category_combo")

        self.category_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.category_combo)


        self.options_layout.addLayout(self.category_form)


        self.main_layout.addLayout(self.options_layout)

        self.preview_view = QTableView(PatronImportDialog)
        self.preview_view.setObjectName(u"preview_view")
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_view.setAlternatingRowColors(True)
        self.preview_view.setTabKeyNavigation(False)

        self.main_layout.addWidget(self.preview_view)

        self.progress_bar = QProgressBar(PatronImportDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setVisible(False)

        self.main_layout.addWidget(self.progress_bar)

        self.summary_label = QLabel(PatronImportDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.summary_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.preview_button = QPushButton(PatronImportDialog)
        self.preview_button.setObjectName(u"preview_button")
        self.preview_button.setEnabled(False)
        self.preview_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.preview_button)

        self.import_button = QPushButton(PatronImportDialog)
        self.import_button.setObjectName(u"import_button")
        self.import_button.setEnabled(False)
        self.import_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.import_button)

        self.close_button = QPushButton(PatronImportDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.category_caption_label.setBuddy(self.category_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.browse_button, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.preview_view)
        QWidget.setTabOrder(self.preview_view, self.preview_button)
        QWidget.setTabOrder(self.preview_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.close_button)

        self.retranslateUi(PatronImportDialog)
    # setupUi

    def retranslateUi(self, PatronImportDialog):
        PatronImportDialog.setWindowTitle(QCoreApplication.translate("PatronImportDialog", u"Import patrons from CSV", None))
        self.file_caption_label.setText(QCoreApplication.translate("PatronImportDialog", u"File:", None))
        self.file_edit.setPlaceholderText(QCoreApplication.translate("PatronImportDialog", u"Choose a CSV file (comma, semicolon or tab separated)", None))
#if QT_CONFIG(accessibility)
        self.file_edit.setAccessibleName(QCoreApplication.translate("PatronImportDialog", u"CSV file", None))
#endif // QT_CONFIG(accessibility)
        self.browse_button.setText(QCoreApplication.translate("PatronImportDialog", u"C&hoose file\u2026", None))
        self.mapping_group.setTitle(QCoreApplication.translate("PatronImportDialog", u"Columns (guessed from the headers; change any)", None))
        self.category_caption_label.setText(QCoreApplication.translate("PatronImportDialog", u"Cate&gory for rows without one:", None))
#if QT_CONFIG(accessibility)
        self.category_combo.setAccessibleName(QCoreApplication.translate("PatronImportDialog", u"Default category", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.preview_view.setAccessibleName(QCoreApplication.translate("PatronImportDialog", u"What importing does to each row", None))
#endif // QT_CONFIG(accessibility)
        self.summary_label.setText(QCoreApplication.translate("PatronImportDialog", u"Choose a file to see what would be imported.", None))
        self.preview_button.setText(QCoreApplication.translate("PatronImportDialog", u"Pre&view", None))
        self.import_button.setText(QCoreApplication.translate("PatronImportDialog", u"&Import", None))
        self.close_button.setText(QCoreApplication.translate("PatronImportDialog", u"&Close", None))
    # retranslateUi

