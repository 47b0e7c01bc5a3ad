# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incidents_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDateEdit,
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_IncidentsDialog(object):
    def setupUi(self, IncidentsDialog):
        if not IncidentsDialog.objectName():
            IncidentsDialog.setObjectName(u"IncidentsDialog")
        IncidentsDialog.resize(720, 480)
        self.main_layout = QVBoxLayout(IncidentsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.log_caption_label = QLabel(IncidentsDialog)
        self.log_caption_label.setObjectName(u"log_caption_label")

        self.main_layout.addWidget(self.log_caption_label)

        self.incidents_view = QTableView(IncidentsDialog)
        self.incidents_view.setObjectName(u"incidents_view")
        self.incidents_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.incidents_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.incidents_view.setAlternatingRowColors(True)
        self.incidents_view.setTabKeyNavigation(False)

        self.main_layout.addWidget(self.incidents_view)

        self.new_group = QGroupBox(IncidentsDialog)
        self.new_group.setObjectName(u"new_group")
        self.new_form = QFormLayout(self.new_group)
        self.new_form.setObjectName(u"new_form")
        self.occurred_caption_label = QLabel(self.new_group)
        self.occurred_caption_label.setObjectName(u"occurred_caption_label")

        self.new_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.occurred_caption_label)

        self.occurred_edit = QDateEdit(self.new_group)
        self.occurred_edit.setObjectName(u"occurred_edit")
        self.occurred_edit.setCalendarPopup(True)

        self.new_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.occurred_edit)

        self.what_caption_label = QLabel(self.new_group)
        self.what_caption_label.setObjectName(u"what_caption_label")

        self.new_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.what_caption_label)

        self.what_edit = QLineEdit(self.new_group)
        self.what_edit.setObjectName(u"what_edit")

        self.new_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.what_edit)

        self.action_caption_label = QLabel(self.new_group)
        self.action_caption_label.setObjectName(u"action_caption_label")

        self.new_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.action_caption_label)

        self.action_edit = QLineEdit(self.new_group)
        self.action_edit.setObjectName(u"action_edit")

        self.new_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.action_edit)

        self.suspend_check = QCheckBox(self.new_group)
        self.suspend_check.setObjectName(u"suspend_check")

        self.new_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.suspend_check)

        self.suspend_edit = QDateEdit(self.new_group)
        self.suspend_edit.setObjectName(u"suspend_edit")
        self.suspend_edit.setEnabled(False)
        self.suspend_edit.setCalendarPopup(True)

        self.new_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.suspend_edit)


        self.main_layout.addWidget(self.new_group)

        self.error_label = QLabel(IncidentsDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"QLabel { color:#8a1c1f; font-weight:bold; }")

        self.main_layout.addWidget(self.error_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.record_button = QPushButton(IncidentsDialog)
        self.record_button.setObjectName(u"record_button")
        self.record_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.record_button)

        self.close_button = QPushButton(IncidentsDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.log_caption_label.setBuddy(self.incidents_view)
        self.occurred_caption_label.setBuddy(self.occurred_edit)
        self.what_caption_label.setBuddy(self.what_edit)
        self.action_caption_label.setBuddy(self.action_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.what_edit, self.action_edit)
        QWidget.setTabOrder(self.action_edit, self.suspend_check)
        QWidget.setTabOrder(self.suspend_check, self.suspend_edit)
        QWidget.setTabOrder(self.suspend_edit, self.occurred_edit)
        QWidget.setTabOrder(self.occurred_edit, self.record_button)
        QWidget.setTabOrder(self.record_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.incidents_view)

        self.retranslateUi(IncidentsDialog)
    # setupUi

    def retranslateUi(self, IncidentsDialog):
        IncidentsDialog.setWindowTitle(QCoreApplication.translate("IncidentsDialog", u"Incidents", None))
        self.log_caption_label.setText(QCoreApplication.translate("IncidentsDialog", u"Incident &log (newest first):", None))
#if QT_CONFIG(accessibility)
        self.incidents_view.setAccessibleName(QCoreApplication.translate("IncidentsDialog", u"The patron's incidents", None))
#endif // QT_CONFIG(accessibility)
        self.new_group.setTitle(QCoreApplication.translate("IncidentsDialog", u"Record an incident", None))
        self.occurred_caption_label.setText(QCoreApplication.translate("IncidentsDialog", u"&On:", None))
        self.occurred_edit.setDisplayFormat(QCoreApplication.translate("IncidentsDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.occurred_edit.setAccessibleName(QCoreApplication.translate("IncidentsDialog", u"Occurred on", None))
#endif // QT_CONFIG(accessibility)
        self.what_caption_label.setText(QCoreApplication.translate("IncidentsDialog", u"&What happened:", None))
#if QT_CONFIG(accessibility)
        self.what_edit.setAccessibleName(QCoreApplication.translate("IncidentsDialog", u"What happened", None))
#endif // QT_CONFIG(accessibility)
        self.action_caption_label.setText(QCoreApplication.translate("IncidentsDialog", u"&Action taken:", None))
#if QT_CONFIG(accessibility)
        self.action_edit.setAccessibleName(QCoreApplication.translate("IncidentsDialog", u"Action taken", None))
#endif // QT_CONFIG(accessibility)
        self.suspend_check.setText(QCoreApplication.translate("IncidentsDialog", u"&Suspend until:", None))
        self.suspend_edit.setDisplayFormat(QCoreApplication.translate("IncidentsDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(tooltip)
        self.suspend_edit.setToolTip(QCoreApplication.translate("IncidentsDialog", u"No borrowing until this day", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.suspend_edit.setAccessibleName(QCoreApplication.translate("IncidentsDialog", u"Suspended until", None))
#endif // QT_CONFIG(accessibility)
        self.error_label.setText("")
        self.record_button.setText(QCoreApplication.translate("IncidentsDialog", u"&Record (Ctrl+Enter)", None))
        self.close_button.setText(QCoreApplication.translate("IncidentsDialog", u"&Close", None))
    # retranslateUi

