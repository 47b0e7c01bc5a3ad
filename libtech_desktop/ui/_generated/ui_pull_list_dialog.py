# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pull_list_dialog.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_PullListDialog(object):
    def setupUi(self, PullListDialog):
        if not PullListDialog.objectName():
            PullListDialog.setObjectName(u"PullListDialog")
        PullListDialog.resize(900, 600)
        self.main_layout = QVBoxLayout(PullListDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.status_label = QLabel(PullListDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.pull_view = QTableView(PullListDialog)
        self.pull_view.setObjectName(u"pull_view")
        self.pull_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pull_view.setAlternatingRowColors(True)
        self.pull_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pull_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.main_layout.addWidget(self.pull_view)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.refresh_button = QPushButton(PullListDialog)
        self.refresh_button.setObjectName(u"refresh_button")
        self.refresh_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.refresh_button)

        self.print_button = QPushButton(PullListDialog)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.print_button)

        self.pdf_button = QPushButton(PullListDialog)
        self.pdf_button.setObjectName(u"pdf_button")
        self.pdf_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.pdf_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(PullListDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(1, 1)
        QWidget.setTabOrder(self.pull_view, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.pdf_button)
        QWidget.setTabOrder(self.pdf_button, self.close_button)

        self.retranslateUi(PullListDialog)
    # setupUi

    def retranslateUi(self, PullListDialog):
        PullListDialog.setWindowTitle(QCoreApplication.translate("PullListDialog", u"Holds pull list", None))
        self.status_label.setText("")
#if QT_CONFIG(accessibility)
        self.pull_view.setAccessibleName(QCoreApplication.translate("PullListDialog", u"Copies to fetch from the shelves, in shelf order", None))
#endif // QT_CONFIG(accessibility)
        self.refresh_button.setText(QCoreApplication.translate("PullListDialog", u"&Refresh (F5)", None))
        self.print_button.setText(QCoreApplication.translate("PullListDialog", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("PullListDialog", u"Print the list, to take round the stacks with a cart (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.pdf_button.setText(QCoreApplication.translate("PullListDialog", u"Save as P&DF\u2026", None))
        self.close_button.setText(QCoreApplication.translate("PullListDialog", u"&Close", None))
    # retranslateUi

