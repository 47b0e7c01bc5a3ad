# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stop_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_StopDialog(object):
    def setupUi(self, StopDialog):
        if not StopDialog.objectName():
            StopDialog.setObjectName(u"StopDialog")
        StopDialog.resize(520, 420)
        self.main_layout = QVBoxLayout(StopDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.stops_caption_label = QLabel(StopDialog)
        self.stops_caption_label.setObjectName(u"stops_caption_label")
        self.stops_caption_label.setWordWrap(True)

        self.main_layout.addWidget(self.stops_caption_label)

        self.stop_list = QListWidget(StopDialog)
        self.stop_list.setObjectName(u"stop_list")
        self.stop_list.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.stop_list)

        self.status_label = QLabel(StopDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.branch_button = QPushButton(StopDialog)
        self.branch_button.setObjectName(u"branch_button")
        self.branch_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.branch_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.choose_button = QPushButton(StopDialog)
        self.choose_button.setObjectName(u"choose_button")

        self.buttons_layout.addWidget(self.choose_button)

        self.cancel_button = QPushButton(StopDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.stops_caption_label.setBuddy(self.stop_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stop_list, self.choose_button)
        QWidget.setTabOrder(self.choose_button, self.branch_button)
        QWidget.setTabOrder(self.branch_button, self.cancel_button)

        self.retranslateUi(StopDialog)

        self.choose_button.setDefault(True)

    # setupUi

    def retranslateUi(self, StopDialog):
        StopDialog.setWindowTitle(QCoreApplication.translate("StopDialog", u"Current stop", None))
        self.stops_caption_label.setText(QCoreApplication.translate("StopDialog", u"Where is the bookmobile &today? Loans made here fall due on the stop's visits.", None))
#if QT_CONFIG(accessibility)
        self.stop_list.setAccessibleName(QCoreApplication.translate("StopDialog", u"Stops: today's first, then all", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText("")
        self.branch_button.setText(QCoreApplication.translate("StopDialog", u"At the &branch", None))
#if QT_CONFIG(tooltip)
        self.branch_button.setToolTip(QCoreApplication.translate("StopDialog", u"No stop: loans fall due by the loan rules", None))
#endif // QT_CONFIG(tooltip)
        self.choose_button.setText(QCoreApplication.translate("StopDialog", u"&Choose", None))
        self.cancel_button.setText(QCoreApplication.translate("StopDialog", u"Cancel", None))
    # retranslateUi

