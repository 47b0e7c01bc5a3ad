# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'accessories_dialog.ui'
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

class Ui_AccessoriesDialog(object):
    def setupUi(self, AccessoriesDialog):
        if not AccessoriesDialog.objectName():
            AccessoriesDialog.setObjectName(u"AccessoriesDialog")
        AccessoriesDialog.resize(440, 300)
        self.main_layout = QVBoxLayout(AccessoriesDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.title_label = QLabel(AccessoriesDialog)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet(u"QLabel { font-weight:bold; font-size:12pt; }")

        self.main_layout.addWidget(self.title_label)

        self.hint_label = QLabel(AccessoriesDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.checks_widget = QWidget(AccessoriesDialog)
        self.checks_widget.setObjectName(u"checks_widget")
        self.checks_layout = QVBoxLayout(self.checks_widget)
        self.checks_layout.setObjectName(u"checks_layout")
        self.checks_layout.setContentsMargins(12, 0, 0, 0)

        self.main_layout.addWidget(self.checks_widget)

        self.status_label = QLabel(AccessoriesDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.confirm_button = QPushButton(AccessoriesDialog)
        self.confirm_button.setObjectName(u"confirm_button")

        self.buttons_layout.addWidget(self.confirm_button)

        self.close_button = QPushButton(AccessoriesDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(2, 1)
        QWidget.setTabOrder(self.confirm_button, self.close_button)

        self.retranslateUi(AccessoriesDialog)

        self.confirm_button.setDefault(True)

    # setupUi

    def retranslateUi(self, AccessoriesDialog):
        AccessoriesDialog.setWindowTitle(QCoreApplication.translate("AccessoriesDialog", u"Accessories check", None))
        self.title_label.setText("")
        self.hint_label.setText(QCoreApplication.translate("AccessoriesDialog", u"Tick each accessory that came back (Space, or its number); Enter confirms. Anything left unticked is recorded as missing.", None))
#if QT_CONFIG(accessibility)
        self.checks_widget.setAccessibleName(QCoreApplication.translate("AccessoriesDialog", u"The accessories to check", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText("")
        self.confirm_button.setText(QCoreApplication.translate("AccessoriesDialog", u"&Confirm (Enter)", None))
        self.close_button.setText(QCoreApplication.translate("AccessoriesDialog", u"C&lose", None))
    # retranslateUi

