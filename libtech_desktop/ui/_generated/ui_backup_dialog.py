# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_BackupDialog(object):
    def setupUi(self, BackupDialog):
        if not BackupDialog.objectName():
            BackupDialog.setObjectName(u"BackupDialog")
        BackupDialog.resize(520, 200)
        self.main_layout = QVBoxLayout(BackupDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.folder_label = QLabel(BackupDialog)
        self.folder_label.setObjectName(u"folder_label")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.folder_label)

        self.progress_bar = QProgressBar(BackupDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setValue(0)

        self.main_layout.addWidget(self.progress_bar)

        self.status_label = QLabel(BackupDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.back_up_button = QPushButton(BackupDialog)
        self.back_up_button.setObjectName(u"back_up_button")
        self.back_up_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.back_up_button)

        self.cancel_button = QPushButton(BackupDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setEnabled(False)
        self.cancel_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.cancel_button)

        self.button_box = QDialogButtonBox(BackupDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)

        QWidget.setTabOrder(self.back_up_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.button_box)

        self.retranslateUi(BackupDialog)
    # setupUi

    def retranslateUi(self, BackupDialog):
        BackupDialog.setWindowTitle(QCoreApplication.translate("BackupDialog", u"Back up now", None))
        self.folder_label.setText(QCoreApplication.translate("BackupDialog", u"Backups go to the backup folder.", None))
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("BackupDialog", u"Backup progress", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText("")
        self.back_up_button.setText(QCoreApplication.translate("BackupDialog", u"&Back up again", None))
#if QT_CONFIG(tooltip)
        self.cancel_button.setToolTip(QCoreApplication.translate("BackupDialog", u"Stop the backup: no backup file is left (Alt+N)", None))
#endif // QT_CONFIG(tooltip)
        self.cancel_button.setText(QCoreApplication.translate("BackupDialog", u"Ca&ncel the backup", None))
    # retranslateUi

