# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'block_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_BlockDialog(object):
    def setupUi(self, BlockDialog):
        if not BlockDialog.objectName():
            BlockDialog.setObjectName(u"BlockDialog")
        BlockDialog.resize(460, 170)
        self.main_layout = QVBoxLayout(BlockDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.prompt_label = QLabel(BlockDialog)
        self.prompt_label.setObjectName(u"prompt_label")
        self.prompt_label.setWordWrap(True)

        self.main_layout.addWidget(self.prompt_label)

        self.reason_edit = QLineEdit(BlockDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.main_layout.addWidget(self.reason_edit)

        self.until_layout = QHBoxLayout()
        self.until_layout.setObjectName(u"until_layout")
        self.until_check = QCheckBox(BlockDialog)
        self.until_check.setObjectName(u"until_check")

        self.until_layout.addWidget(self.until_check)

        self.until_edit = QDateEdit(BlockDialog)
        self.until_edit.setObjectName(u"until_edit")
        self.until_edit.setEnabled(False)
        self.until_edit.setCalendarPopup(True)

        self.until_layout.addWidget(self.until_edit)


        self.main_layout.addLayout(self.until_layout)

        self.button_box = QDialogButtonBox(BlockDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.prompt_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason_edit, self.until_check)
        QWidget.setTabOrder(self.until_check, self.until_edit)
        QWidget.setTabOrder(self.until_edit, self.button_box)

        self.retranslateUi(BlockDialog)
    # setupUi

    def retranslateUi(self, BlockDialog):
        BlockDialog.setWindowTitle(QCoreApplication.translate("BlockDialog", u"Block patron", None))
        self.prompt_label.setText(QCoreApplication.translate("BlockDialog", u"Why is this patron blocked? The desk will show this.", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("BlockDialog", u"Reason for the block", None))
#endif // QT_CONFIG(accessibility)
        self.until_check.setText(QCoreApplication.translate("BlockDialog", u"&Ends on (may borrow again from):", None))
        self.until_edit.setDisplayFormat(QCoreApplication.translate("BlockDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.until_edit.setAccessibleName(QCoreApplication.translate("BlockDialog", u"Block ends on", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

