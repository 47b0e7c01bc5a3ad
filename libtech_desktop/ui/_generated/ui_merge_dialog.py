# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_MergeDialog(object):
    def setupUi(self, MergeDialog):
        if not MergeDialog.objectName():
            MergeDialog.setObjectName(u"MergeDialog")
        MergeDialog.resize(900, 480)
        self.main_layout = QVBoxLayout(MergeDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.record_label = QLabel(MergeDialog)
        self.record_label.setObjectName(u"record_label")
        self.record_label.setWordWrap(True)
        self.record_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.record_label)

        self.summary_label = QLabel(MergeDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.records_view = QTableView(MergeDialog)
        self.records_view.setObjectName(u"records_view")
        self.records_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.records_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.records_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)

        self.main_layout.addWidget(self.records_view)

        self.plan_label = QLabel(MergeDialog)
        self.plan_label.setObjectName(u"plan_label")
        self.plan_label.setWordWrap(True)
        self.plan_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.plan_label)

        self.confirm_frame = QFrame(MergeDialog)
        self.confirm_frame.setObjectName(u"confirm_frame")
        self.confirm_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.confirm_frame.setStyleSheet(u"QFrame#confirm_frame { background:#fff3cd; border:2px solid #e0a800; border-radius:4px; }")
        self.confirm_layout = QHBoxLayout(self.confirm_frame)
        self.confirm_layout.setObjectName(u"confirm_layout")
        self.confirm_label = QLabel(self.confirm_frame)
        self.confirm_label.setObjectName(u"confirm_label")
        self.confirm_label.setWordWrap(True)
        self.confirm_label.setTextFormat(Qt.TextFormat.PlainText)

        self.confirm_layout.addWidget(self.confirm_label)

        self.confirm_button = QPushButton(self.confirm_frame)
        self.confirm_button.setObjectName(u"confirm_button")
        self.confirm_button.setAutoDefault(False)

        self.confirm_layout.addWidget(self.confirm_button)

        self.cancel_confirm_button = QPushButton(self.confirm_frame)
        self.cancel_confirm_button.setObjectName(u"cancel_confirm_button")
        self.cancel_confirm_button.setAutoDefault(False)

        self.confirm_layout.addWidget(self.cancel_confirm_button)


        self.main_layout.addWidget(self.confirm_frame)

        self.message_label = QLabel(MergeDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.message_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.merge_button = QPushButton(MergeDialog)
        self.merge_button.setObjectName(u"merge_button")
        self.merge_button.setEnabled(False)
        self.merge_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.merge_button)

        self.close_button = QPushButton(MergeDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.summary_label.setBuddy(self.records_view)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MergeDialog)
    # setupUi

    def retranslateUi(self, MergeDialog):
        MergeDialog.setWindowTitle(QCoreApplication.translate("MergeDialog", u"Duplicates and merge", None))
        self.record_label.setText("")
        self.summary_label.setText("")
#if QT_CONFIG(accessibility)
        self.records_view.setAccessibleName(QCoreApplication.translate("MergeDialog", u"The record and its likely duplicates", None))
#endif // QT_CONFIG(accessibility)
        self.plan_label.setText("")
        self.confirm_label.setText("")
        self.confirm_button.setText(QCoreApplication.translate("MergeDialog", u"&Yes, merge", None))
        self.cancel_confirm_button.setText(QCoreApplication.translate("MergeDialog", u"&No", None))
        self.message_label.setText("")
        self.merge_button.setText(QCoreApplication.translate("MergeDialog", u"&Merge\u2026", None))
        self.close_button.setText(QCoreApplication.translate("MergeDialog", u"&Close", None))
    # retranslateUi

