# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'headings_dialog.ui'
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

class Ui_HeadingsDialog(object):
    def setupUi(self, HeadingsDialog):
        if not HeadingsDialog.objectName():
            HeadingsDialog.setObjectName(u"HeadingsDialog")
        HeadingsDialog.resize(860, 640)
        self.main_layout = QVBoxLayout(HeadingsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.browse_layout = QHBoxLayout()
        self.browse_layout.setObjectName(u"browse_layout")
        self.browse_caption_label = QLabel(HeadingsDialog)
        self.browse_caption_label.setObjectName(u"browse_caption_label")

        self.browse_layout.addWidget(self.browse_caption_label)

        self.browse_edit = QLineEdit(HeadingsDialog)
        self.browse_edit.setObjectName(u"browse_edit")
        self.browse_edit.setClearButtonEnabled(True)

        self.browse_layout.addWidget(self.browse_edit)


        self.main_layout.addLayout(self.browse_layout)

        self.error_label = QLabel(HeadingsDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"QLabel { color:#8a1c1f; font-weight:bold; }")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.error_label)

        self.status_label = QLabel(HeadingsDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.headings_view = QTableView(HeadingsDialog)
        self.headings_view.setObjectName(u"headings_view")
        self.headings_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.headings_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.headings_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.headings_view.setAlternatingRowColors(True)
        self.headings_view.setTabKeyNavigation(False)

        self.main_layout.addWidget(self.headings_view)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.authorise_button = QPushButton(HeadingsDialog)
        self.authorise_button.setObjectName(u"authorise_button")
        self.authorise_button.setEnabled(False)
        self.authorise_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.authorise_button)

        self.variant_caption_label = QLabel(HeadingsDialog)
        self.variant_caption_label.setObjectName(u"variant_caption_label")

        self.actions_layout.addWidget(self.variant_caption_label)

        self.variant_edit = QLineEdit(HeadingsDialog)
        self.variant_edit.setObjectName(u"variant_edit")

        self.actions_layout.addWidget(self.variant_edit)

        self.reference_button = QPushButton(HeadingsDialog)
        self.reference_button.setObjectName(u"reference_button")
        self.reference_button.setEnabled(False)
        self.reference_button.setAutoDefault(False)

        self.actions_layout.addWidget(self.reference_button)


        self.main_layout.addLayout(self.actions_layout)

        self.records_actions_layout = QHBoxLayout()
        self.records_actions_layout.setObjectName(u"records_actions_layout")
        self.replace_button = QPushButton(HeadingsDialog)
        self.replace_button.setObjectName(u"replace_button")
        self.replace_button.setEnabled(False)
        self.replace_button.setAutoDefault(False)

        self.records_actions_layout.addWidget(self.replace_button)

        self.records_button = QPushButton(HeadingsDialog)
        self.records_button.setObjectName(u"records_button")
        self.records_button.setEnabled(False)
        self.records_button.setAutoDefault(False)

        self.records_actions_layout.addWidget(self.records_button)

        self.records_actions_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.records_actions_layout.addItem(self.records_actions_spacer)


        self.main_layout.addLayout(self.records_actions_layout)

        self.records_caption_label = QLabel(HeadingsDialog)
        self.records_caption_label.setObjectName(u"records_caption_label")

        self.main_layout.addWidget(self.records_caption_label)

        self.records_view = QTableView(HeadingsDialog)
        self.records_view.setObjectName(u"records_view")
        self.records_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.records_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.records_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.records_view.setAlternatingRowColors(True)
        self.records_view.setTabKeyNavigation(False)

        self.main_layout.addWidget(self.records_view)

        self.close_layout = QHBoxLayout()
        self.close_layout.setObjectName(u"close_layout")
        self.close_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.close_layout.addItem(self.close_spacer)

        self.close_button = QPushButton(HeadingsDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.close_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.close_layout)

        self.main_layout.setStretch(3, 2)
        self.main_layout.setStretch(6, 1)
#if QT_CONFIG(shortcut)
        self.browse_caption_label.setBuddy(self.browse_edit)
        self.variant_caption_label.setBuddy(self.variant_edit)
        self.records_caption_label.setBuddy(self.records_view)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.browse_edit, self.headings_view)
        QWidget.setTabOrder(self.headings_view, self.authorise_button)
        QWidget.setTabOrder(self.authorise_button, self.variant_edit)
        QWidget.setTabOrder(self.variant_edit, self.reference_button)
        QWidget.setTabOrder(self.reference_button, self.replace_button)
        QWidget.setTabOrder(self.replace_button, self.records_button)
        QWidget.setTabOrder(self.records_button, self.records_view)
        QWidget.setTabOrder(self.records_view, self.close_button)

        self.retranslateUi(HeadingsDialog)
    # setupUi

    def retranslateUi(self, HeadingsDialog):
        HeadingsDialog.setWindowTitle(QCoreApplication.translate("HeadingsDialog", u"Subject headings", None))
        self.browse_caption_label.setText(QCoreApplication.translate("HeadingsDialog", u"&Headings from:", None))
        self.browse_edit.setPlaceholderText(QCoreApplication.translate("HeadingsDialog", u"Type the start of a heading (cat shows Cats, Cats -- Behavior\u2026); Enter or Down goes to the list", None))
#if QT_CONFIG(accessibility)
        self.browse_edit.setAccessibleName(QCoreApplication.translate("HeadingsDialog", u"Start of the heading to browse from", None))
#endif // QT_CONFIG(accessibility)
        self.error_label.setText("")
        self.status_label.setText(QCoreApplication.translate("HeadingsDialog", u"Headings the records use, how many records use each, and what the authority list says of each.", None))
#if QT_CONFIG(accessibility)
        self.headings_view.setAccessibleName(QCoreApplication.translate("HeadingsDialog", u"Subject headings with their record counts; Enter shows the records", None))
#endif // QT_CONFIG(accessibility)
        self.authorise_button.setText(QCoreApplication.translate("HeadingsDialog", u"&Authorise", None))
#if QT_CONFIG(tooltip)
        self.authorise_button.setToolTip(QCoreApplication.translate("HeadingsDialog", u"Add the selected heading to the list of authorised headings", None))
#endif // QT_CONFIG(tooltip)
        self.variant_caption_label.setText(QCoreApplication.translate("HeadingsDialog", u"&Variant:", None))
        self.variant_edit.setPlaceholderText(QCoreApplication.translate("HeadingsDialog", u"a heading not to use; Enter adds \u201cuse\u201d the selected heading", None))
#if QT_CONFIG(accessibility)
        self.variant_edit.setAccessibleName(QCoreApplication.translate("HeadingsDialog", u"Variant heading that should use the selected heading", None))
#endif // QT_CONFIG(accessibility)
        self.reference_button.setText(QCoreApplication.translate("HeadingsDialog", u"Add &use reference", None))
#if QT_CONFIG(tooltip)
        self.reference_button.setToolTip(QCoreApplication.translate("HeadingsDialog", u"The variant is not used: catalogue under the selected authorised heading", None))
#endif // QT_CONFIG(tooltip)
        self.replace_button.setText(QCoreApplication.translate("HeadingsDialog", u"&Replace in records", None))
#if QT_CONFIG(tooltip)
        self.replace_button.setToolTip(QCoreApplication.translate("HeadingsDialog", u"Change the selected variant to its authorised heading in every record that uses it", None))
#endif // QT_CONFIG(tooltip)
        self.records_button.setText(QCoreApplication.translate("HeadingsDialog", u"Show recor&ds", None))
#if QT_CONFIG(tooltip)
        self.records_button.setToolTip(QCoreApplication.translate("HeadingsDialog", u"List the records with the selected heading (Enter in the list)", None))
#endif // QT_CONFIG(tooltip)
        self.records_caption_label.setText(QCoreApplication.translate("HeadingsDialog", u"Rec&ords with the heading", None))
#if QT_CONFIG(accessibility)
        self.records_view.setAccessibleName(QCoreApplication.translate("HeadingsDialog", u"Records with the selected heading", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("HeadingsDialog", u"&Close", None))
    # retranslateUi

