# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'truck_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_TruckDialog(object):
    def setupUi(self, TruckDialog):
        if not TruckDialog.objectName():
            TruckDialog.setObjectName(u"TruckDialog")
        TruckDialog.resize(760, 520)
        self.main_layout = QVBoxLayout(TruckDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.mode_layout = QHBoxLayout()
        self.mode_layout.setObjectName(u"mode_layout")
        self.load_radio = QRadioButton(TruckDialog)
        self.load_radio.setObjectName(u"load_radio")
        self.load_radio.setChecked(True)
        self.load_radio.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.mode_layout.addWidget(self.load_radio)

        self.unload_radio = QRadioButton(TruckDialog)
        self.unload_radio.setObjectName(u"unload_radio")
        self.unload_radio.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.mode_layout.addWidget(self.unload_radio)

        self.to_caption_label = QLabel(TruckDialog)
        self.to_caption_label.setObjectName(u"to_caption_label")

        self.mode_layout.addWidget(self.to_caption_label)

        self.to_combo = QComboBox(TruckDialog)
        self.to_combo.setObjectName(u"to_combo")
        self.to_combo.setEditable(True)
        self.to_combo.setEnabled(False)
        self.to_combo.setMinimumSize(QSize(200, 0))
        self.to_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.mode_layout.addWidget(self.to_combo)

        self.mode_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mode_layout.addItem(self.mode_spacer)


        self.main_layout.addLayout(self.mode_layout)

        self.scan_layout = QHBoxLayout()
        self.scan_layout.setObjectName(u"scan_layout")
        self.scan_caption_label = QLabel(TruckDialog)
        self.scan_caption_label.setObjectName(u"scan_caption_label")

        self.scan_layout.addWidget(self.scan_caption_label)

        self.scan_edit = QLineEdit(TruckDialog)
        self.scan_edit.setObjectName(u"scan_edit")
        self.scan_edit.setClearButtonEnabled(True)

        self.scan_layout.addWidget(self.scan_edit)


        self.main_layout.addLayout(self.scan_layout)

        self.message_label = QLabel(TruckDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.scan_list = QListWidget(TruckDialog)
        self.scan_list.setObjectName(u"scan_list")
        self.scan_list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.main_layout.addWidget(self.scan_list)

        self.count_label = QLabel(TruckDialog)
        self.count_label.setObjectName(u"count_label")

        self.main_layout.addWidget(self.count_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.status_label = QLabel(TruckDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.buttons_layout.addWidget(self.status_label)

        self.close_button = QPushButton(TruckDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)

        self.buttons_layout.setStretch(0, 1)

        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.to_caption_label.setBuddy(self.to_combo)
        self.scan_caption_label.setBuddy(self.scan_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scan_edit, self.to_combo)
        QWidget.setTabOrder(self.to_combo, self.close_button)

        self.retranslateUi(TruckDialog)
    # setupUi

    def retranslateUi(self, TruckDialog):
        TruckDialog.setWindowTitle(QCoreApplication.translate("TruckDialog", u"Load and unload the truck", None))
        self.load_radio.setText(QCoreApplication.translate("TruckDialog", u"&Load onto the truck", None))
        self.unload_radio.setText(QCoreApplication.translate("TruckDialog", u"&Unload from the truck", None))
        self.to_caption_label.setText(QCoreApplication.translate("TruckDialog", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.to_combo.setAccessibleName(QCoreApplication.translate("TruckDialog", u"Where unloaded items go (empty: where each came from)", None))
#endif // QT_CONFIG(accessibility)
        self.scan_caption_label.setText(QCoreApplication.translate("TruckDialog", u"&Scan:", None))
        self.scan_edit.setPlaceholderText(QCoreApplication.translate("TruckDialog", u"Scan each item (Alt+L load, Alt+U unload)", None))
#if QT_CONFIG(accessibility)
        self.scan_edit.setAccessibleName(QCoreApplication.translate("TruckDialog", u"Barcode of an item to load or unload", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
#if QT_CONFIG(accessibility)
        self.scan_list.setAccessibleName(QCoreApplication.translate("TruckDialog", u"This session's scans, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.count_label.setText("")
        self.status_label.setText("")
        self.close_button.setText(QCoreApplication.translate("TruckDialog", u"Clos&e", None))
    # retranslateUi

