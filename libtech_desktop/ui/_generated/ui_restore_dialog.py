# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(680, 400)
        self.main_layout = QVBoxLayout(RestoreDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(RestoreDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.backups_caption_label = QLabel(RestoreDialog)
        self.backups_caption_label.setObjectName(u"backups_caption_label")

        self.main_layout.addWidget(self.backups_caption_label)

        self.backups_view = QTreeWidget(RestoreDialog)
        self.backups_view.setObjectName(u"backups_view")
        self.backups_view.setRootIsDecorated(False)
        self.backups_view.setUniformRowHeights(True)
        self.backups_view.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.backups_view)

        self.status_label = QLabel(RestoreDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.progress_bar = QProgressBar(RestoreDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setVisible(False)
        self.progress_bar.setValue(0)

        self.main_layout.addWidget(self.progress_bar)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.restore_button = QPushButton(RestoreDialog)
        self.restore_button.setObjectName(u"restore_button")
        self.restore_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.restore_button)

        self.other_file_button = QPushButton(RestoreDialog)
        self.other_file_button.setObjectName(u"other_file_button")
        self.other_file_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.other_file_button)

        self.cancel_button = QPushButton(RestoreDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setVisible(False)
        self.cancel_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.cancel_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(RestoreDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.backups_caption_label.setBuddy(self.backups_view)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.backups_view, self.restore_button)
        QWidget.setTabOrder(self.restore_button, self.other_file_button)
        QWidget.setTabOrder(self.other_file_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.button_box)

        self.retranslateUi(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restore from a backup", None))
        self.intro_label.setText(QCoreApplication.translate("RestoreDialog", u"Restoring replaces the whole library by the backup: everything done since the backup was made is no longer in it. The library it replaces is kept beside it. LibTech Desk closes afterwards.", None))
        self.backups_caption_label.setText(QCoreApplication.translate("RestoreDialog", u"&Backups of this library (newest first):", None))
        ___qtreewidgetitem = self.backups_view.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("RestoreDialog", u"File", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("RestoreDialog", u"Schema", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("RestoreDialog", u"Size", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("RestoreDialog", u"Made", None))
#if QT_CONFIG(accessibility)
        self.backups_view.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Backups", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText("")
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Restore progress", None))
#endif // QT_CONFIG(accessibility)
        self.restore_button.setText(QCoreApplication.translate("RestoreDialog", u"&Restore the chosen backup\u2026", None))
        self.other_file_button.setText(QCoreApplication.translate("RestoreDialog", u"Restore another &file\u2026", None))
#if QT_CONFIG(tooltip)
        self.cancel_button.setToolTip(QCoreApplication.translate("RestoreDialog", u"Stop the restore: the library stays as it is (Alt+N or Escape)", None))
#endif // QT_CONFIG(tooltip)
        self.cancel_button.setText(QCoreApplication.translate("RestoreDialog", u"Ca&ncel the restore", None))
    # retranslateUi

