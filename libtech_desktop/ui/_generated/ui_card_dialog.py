# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'card_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_CardDialog(object):
    def setupUi(self, CardDialog):
        if not CardDialog.objectName():
            CardDialog.setObjectName(u"CardDialog")
        CardDialog.resize(560, 440)
        self.main_layout = QVBoxLayout(CardDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.patron_label = QLabel(CardDialog)
        self.patron_label.setObjectName(u"patron_label")
        self.patron_label.setWordWrap(True)
        self.patron_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.patron_label)

        self.preview_label = QLabel(CardDialog)
        self.preview_label.setObjectName(u"preview_label")
        self.preview_label.setMinimumSize(QSize(360, 230))
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.main_layout.addWidget(self.preview_label)

        self.status_label = QLabel(CardDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.print_button = QPushButton(CardDialog)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.print_button)

        self.pdf_button = QPushButton(CardDialog)
        self.pdf_button.setObjectName(u"pdf_button")
        self.pdf_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.pdf_button)

        self.logo_button = QPushButton(CardDialog)
        self.logo_button.setObjectName(u"logo_button")
        self.logo_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.logo_button)

        self.clear_logo_button = QPushButton(CardDialog)
        self.clear_logo_button.setObjectName(u"clear_logo_button")
        self.clear_logo_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.clear_logo_button)

        self.buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(CardDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(1, 1)
        QWidget.setTabOrder(self.print_button, self.pdf_button)
        QWidget.setTabOrder(self.pdf_button, self.logo_button)
        QWidget.setTabOrder(self.logo_button, self.clear_logo_button)
        QWidget.setTabOrder(self.clear_logo_button, self.close_button)

        self.retranslateUi(CardDialog)
    # setupUi

    def retranslateUi(self, CardDialog):
        CardDialog.setWindowTitle(QCoreApplication.translate("CardDialog", u"Patron card", None))
        self.patron_label.setText(QCoreApplication.translate("CardDialog", u"\u2014", None))
        self.preview_label.setText(QCoreApplication.translate("CardDialog", u"Drawing the card\u2026", None))
#if QT_CONFIG(accessibility)
        self.preview_label.setAccessibleName(QCoreApplication.translate("CardDialog", u"Preview of the card at its real proportions", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText("")
        self.print_button.setText(QCoreApplication.translate("CardDialog", u"&Print\u2026 (85.6 \u00d7 54 mm)", None))
        self.pdf_button.setText(QCoreApplication.translate("CardDialog", u"&Save PDF\u2026", None))
        self.logo_button.setText(QCoreApplication.translate("CardDialog", u"&Logo\u2026", None))
#if QT_CONFIG(tooltip)
        self.logo_button.setToolTip(QCoreApplication.translate("CardDialog", u"Choose the library's logo (PNG or JPEG) for every patron card", None))
#endif // QT_CONFIG(tooltip)
        self.clear_logo_button.setText(QCoreApplication.translate("CardDialog", u"&Remove logo", None))
#if QT_CONFIG(tooltip)
        self.clear_logo_button.setToolTip(QCoreApplication.translate("CardDialog", u"Print cards without a logo", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("CardDialog", u"Close", None))
    # retranslateUi

