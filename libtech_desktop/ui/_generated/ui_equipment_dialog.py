# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'equipment_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_EquipmentDialog(object):
    def setupUi(self, EquipmentDialog):
        if not EquipmentDialog.objectName():
            EquipmentDialog.setObjectName(u"EquipmentDialog")
        EquipmentDialog.resize(980, 680)
        self.main_layout = QVBoxLayout(EquipmentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.reminders_label = QLabel(EquipmentDialog)
        self.reminders_label.setObjectName(u"reminders_label")
        self.reminders_label.setWordWrap(True)

        self.main_layout.addWidget(self.reminders_label)

        self.equipment_view = QTableView(EquipmentDialog)
        self.equipment_view.setObjectName(u"equipment_view")
        self.equipment_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.equipment_view.setAlternatingRowColors(True)
        self.equipment_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.equipment_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.main_layout.addWidget(self.equipment_view)

        self.status_label = QLabel(EquipmentDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.detail_tabs = QTabWidget(EquipmentDialog)
        self.detail_tabs.setObjectName(u"detail_tabs")
        self.piece_tab = QWidget()
        self.piece_tab.setObjectName(u"piece_tab")
        self.piece_layout = QVBoxLayout(self.piece_tab)
        self.piece_layout.setObjectName(u"piece_layout")
        self.piece_form = QFormLayout()
        self.piece_form.setObjectName(u"piece_form")
        self.name_caption = QLabel(self.piece_tab)
        self.name_caption.setObjectName(u"name_caption")

        self.piece_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_caption)

        self.name_edit = QLineEdit(self.piece_tab)
        self.name_edit.setObjectName(u"name_edit")

        self.piece_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.kind_caption = QLabel(self.piece_tab)
        self.kind_caption.setObjectName(u"kind_caption")

        self.piece_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_caption)

        self.kind_combo = QComboBox(self.piece_tab)
        self.kind_combo.setObjectName(u"kind_combo")
        self.kind_combo.setEditable(True)

        self.piece_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.model_caption = QLabel(self.piece_tab)
        self.model_caption.setObjectName(u"model_caption")

        self.piece_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.model_caption)

        self.model_edit = QLineEdit(self.piece_tab)
        self.model_edit.setObjectName(u"model_edit")

        self.piece_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.model_edit)

        self.serial_caption = QLabel(self.piece_tab)
        self.serial_caption.setObjectName(u"serial_caption")

        self.piece_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.serial_caption)

        self.serial_edit = QLineEdit(self.piece_tab)
        self.serial_edit.setObjectName(u"serial_edit")

        self.piece_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.serial_edit)

        self.location_caption = QLabel(self.piece_tab)
        self.location_caption.setObjectName(u"location_caption")

        self.piece_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.location_caption)

        self.location_edit = QLineEdit(self.piece_tab)
        self.location_edit.setObjectName(u"location_edit")

        self.piece_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.location_edit)

        self.purchased_caption = QLabel(self.piece_tab)
        self.purchased_caption.setObjectName(u"purchased_caption")

        self.piece_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.purchased_caption)

        self.purchased_edit = QLineEdit(self.piece_tab)
        self.purchased_edit.setObjectName(u"purchased_edit")

        self.piece_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.purchased_edit)

        self.warranty_caption = QLabel(self.piece_tab)
        self.warranty_caption.setObjectName(u"warranty_caption")

        self.piece_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.warranty_caption)

        self.warranty_edit = QLineEdit(self.piece_tab)
        self.warranty_edit.setObjectName(u"warranty_edit")

        self.piece_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.warranty_edit)

        self.hours_caption = QLabel(self.piece_tab)
        self.hours_caption.setObjectName(u"hours_caption")

        self.piece_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.hours_caption)

        self.hours_spin = QSpinBox(self.piece_tab)
        self.hours_spin.setObjectName(u"hours_spin")
        self.hours_spin.setMaximum(1000000)

        self.piece_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.hours_spin)

        self.notes_caption = QLabel(self.piece_tab)
        self.notes_caption.setObjectName(u"notes_caption")

        self.piece_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notes_caption)

        self.notes_edit = QLineEdit(self.piece_tab)
        self.notes_edit.setObjectName(u"notes_edit")

        self.piece_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.piece_layout.addLayout(self.piece_form)

        self.piece_buttons = QHBoxLayout()
        self.piece_buttons.setObjectName(u"piece_buttons")
        self.save_button = QPushButton(self.piece_tab)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.piece_buttons.addWidget(self.save_button)

        self.new_button = QPushButton(self.piece_tab)
        self.new_button.setObjectName(u"new_button")
        self.new_button.setAutoDefault(False)

        self.piece_buttons.addWidget(self.new_button)

        self.piece_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.piece_buttons.addItem(self.piece_spacer)

        self.status_combo = QComboBox(self.piece_tab)
        self.status_combo.setObjectName(u"status_combo")

        self.piece_buttons.addWidget(self.status_combo)

        self.status_button = QPushButton(self.piece_tab)
        self.status_button.setObjectName(u"status_button")
        self.status_button.setAutoDefault(False)

        self.piece_buttons.addWidget(self.status_button)


        self.piece_layout.addLayout(self.piece_buttons)

        self.detail_tabs.addTab(self.piece_tab, "")
        self.faults_tab = QWidget()
        self.faults_tab.setObjectName(u"faults_tab")
        self.faults_layout = QVBoxLayout(self.faults_tab)
        self.faults_layout.setObjectName(u"faults_layout")
        self.faults_view = QTableView(self.faults_tab)
        self.faults_view.setObjectName(u"faults_view")
        self.faults_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.faults_view.setAlternatingRowColors(True)
        self.faults_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.faults_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.faults_layout.addWidget(self.faults_view)

        self.steps_row = QHBoxLayout()
        self.steps_row.setObjectName(u"steps_row")
        self.steps_label = QLabel(self.faults_tab)
        self.steps_label.setObjectName(u"steps_label")
        self.steps_label.setWordWrap(True)
        self.steps_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.steps_row.addWidget(self.steps_label)


        self.faults_layout.addLayout(self.steps_row)

        self.report_row = QHBoxLayout()
        self.report_row.setObjectName(u"report_row")
        self.symptom_caption = QLabel(self.faults_tab)
        self.symptom_caption.setObjectName(u"symptom_caption")

        self.report_row.addWidget(self.symptom_caption)

        self.symptom_edit = QLineEdit(self.faults_tab)
        self.symptom_edit.setObjectName(u"symptom_edit")

        self.report_row.addWidget(self.symptom_edit)

        self.still_works_check = QCheckBox(self.faults_tab)
        self.still_works_check.setObjectName(u"still_works_check")

        self.report_row.addWidget(self.still_works_check)

        self.report_button = QPushButton(self.faults_tab)
        self.report_button.setObjectName(u"report_button")
        self.report_button.setAutoDefault(False)

        self.report_row.addWidget(self.report_button)


        self.faults_layout.addLayout(self.report_row)

        self.step_row = QHBoxLayout()
        self.step_row.setObjectName(u"step_row")
        self.step_caption = QLabel(self.faults_tab)
        self.step_caption.setObjectName(u"step_caption")

        self.step_row.addWidget(self.step_caption)

        self.step_edit = QLineEdit(self.faults_tab)
        self.step_edit.setObjectName(u"step_edit")

        self.step_row.addWidget(self.step_edit)

        self.step_button = QPushButton(self.faults_tab)
        self.step_button.setObjectName(u"step_button")
        self.step_button.setAutoDefault(False)

        self.step_row.addWidget(self.step_button)


        self.faults_layout.addLayout(self.step_row)

        self.fix_row = QHBoxLayout()
        self.fix_row.setObjectName(u"fix_row")
        self.resolution_caption = QLabel(self.faults_tab)
        self.resolution_caption.setObjectName(u"resolution_caption")

        self.fix_row.addWidget(self.resolution_caption)

        self.resolution_edit = QLineEdit(self.faults_tab)
        self.resolution_edit.setObjectName(u"resolution_edit")

        self.fix_row.addWidget(self.resolution_edit)

        self.fix_button = QPushButton(self.faults_tab)
        self.fix_button.setObjectName(u"fix_button")
        self.fix_button.setAutoDefault(False)

        self.fix_row.addWidget(self.fix_button)


        self.faults_layout.addLayout(self.fix_row)

        self.detail_tabs.addTab(self.faults_tab, "")
        self.maintenance_tab = QWidget()
        self.maintenance_tab.setObjectName(u"maintenance_tab")
        self.maintenance_layout = QVBoxLayout(self.maintenance_tab)
        self.maintenance_layout.setObjectName(u"maintenance_layout")
        self.maintenance_view = QTableView(self.maintenance_tab)
        self.maintenance_view.setObjectName(u"maintenance_view")
        self.maintenance_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.maintenance_view.setAlternatingRowColors(True)
        self.maintenance_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.maintenance_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.maintenance_layout.addWidget(self.maintenance_view)

        self.task_row = QHBoxLayout()
        self.task_row.setObjectName(u"task_row")
        self.task_caption = QLabel(self.maintenance_tab)
        self.task_caption.setObjectName(u"task_caption")

        self.task_row.addWidget(self.task_caption)

        self.task_edit = QLineEdit(self.maintenance_tab)
        self.task_edit.setObjectName(u"task_edit")

        self.task_row.addWidget(self.task_edit)

        self.every_days_caption = QLabel(self.maintenance_tab)
        self.every_days_caption.setObjectName(u"every_days_caption")

        self.task_row.addWidget(self.every_days_caption)

        self.every_days_spin = QSpinBox(self.maintenance_tab)
        self.every_days_spin.setObjectName(u"every_days_spin")
        self.every_days_spin.setMaximum(3650)

        self.task_row.addWidget(self.every_days_spin)

        self.every_hours_caption = QLabel(self.maintenance_tab)
        self.every_hours_caption.setObjectName(u"every_hours_caption")

        self.task_row.addWidget(self.every_hours_caption)

        self.every_hours_spin = QSpinBox(self.maintenance_tab)
        self.every_hours_spin.setObjectName(u"every_hours_spin")
        self.every_hours_spin.setMaximum(100000)

        self.task_row.addWidget(self.every_hours_spin)

        self.schedule_button = QPushButton(self.maintenance_tab)
        self.schedule_button.setObjectName(u"schedule_button")
        self.schedule_button.setAutoDefault(False)

        self.task_row.addWidget(self.schedule_button)


        self.maintenance_layout.addLayout(self.task_row)

        self.done_row = QHBoxLayout()
        self.done_row.setObjectName(u"done_row")
        self.done_button = QPushButton(self.maintenance_tab)
        self.done_button.setObjectName(u"done_button")
        self.done_button.setAutoDefault(False)

        self.done_row.addWidget(self.done_button)

        self.remove_task_button = QPushButton(self.maintenance_tab)
        self.remove_task_button.setObjectName(u"remove_task_button")
        self.remove_task_button.setAutoDefault(False)

        self.done_row.addWidget(self.remove_task_button)

        self.done_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.done_row.addItem(self.done_spacer)


        self.maintenance_layout.addLayout(self.done_row)

        self.detail_tabs.addTab(self.maintenance_tab, "")
        self.lending_tab = QWidget()
        self.lending_tab.setObjectName(u"lending_tab")
        self.lending_layout = QVBoxLayout(self.lending_tab)
        self.lending_layout.setObjectName(u"lending_layout")
        self.lending_label = QLabel(self.lending_tab)
        self.lending_label.setObjectName(u"lending_label")
        self.lending_label.setWordWrap(True)

        self.lending_layout.addWidget(self.lending_label)

        self.lending_form = QFormLayout()
        self.lending_form.setObjectName(u"lending_form")
        self.barcode_caption = QLabel(self.lending_tab)
        self.barcode_caption.setObjectName(u"barcode_caption")

        self.lending_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.barcode_caption)

        self.barcode_edit = QLineEdit(self.lending_tab)
        self.barcode_edit.setObjectName(u"barcode_edit")

        self.lending_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.barcode_edit)

        self.accessories_caption = QLabel(self.lending_tab)
        self.accessories_caption.setObjectName(u"accessories_caption")

        self.lending_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.accessories_caption)

        self.accessories_edit = QLineEdit(self.lending_tab)
        self.accessories_edit.setObjectName(u"accessories_edit")

        self.lending_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.accessories_edit)


        self.lending_layout.addLayout(self.lending_form)

        self.lend_row = QHBoxLayout()
        self.lend_row.setObjectName(u"lend_row")
        self.lend_button = QPushButton(self.lending_tab)
        self.lend_button.setObjectName(u"lend_button")
        self.lend_button.setAutoDefault(False)

        self.lend_row.addWidget(self.lend_button)

        self.lend_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lend_row.addItem(self.lend_spacer)


        self.lending_layout.addLayout(self.lend_row)

        self.detail_tabs.addTab(self.lending_tab, "")

        self.main_layout.addWidget(self.detail_tabs)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(EquipmentDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(1, 1)
        self.main_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.name_caption.setBuddy(self.name_edit)
        self.kind_caption.setBuddy(self.kind_combo)
        self.model_caption.setBuddy(self.model_edit)
        self.serial_caption.setBuddy(self.serial_edit)
        self.location_caption.setBuddy(self.location_edit)
        self.purchased_caption.setBuddy(self.purchased_edit)
        self.warranty_caption.setBuddy(self.warranty_edit)
        self.hours_caption.setBuddy(self.hours_spin)
        self.notes_caption.setBuddy(self.notes_edit)
        self.symptom_caption.setBuddy(self.symptom_edit)
        self.step_caption.setBuddy(self.step_edit)
        self.resolution_caption.setBuddy(self.resolution_edit)
        self.task_caption.setBuddy(self.task_edit)
        self.every_days_caption.setBuddy(self.every_days_spin)
        self.every_hours_caption.setBuddy(self.every_hours_spin)
        self.barcode_caption.setBuddy(self.barcode_edit)
        self.accessories_caption.setBuddy(self.accessories_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.equipment_view, self.detail_tabs)
        QWidget.setTabOrder(self.detail_tabs, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.model_edit)
        QWidget.setTabOrder(self.model_edit, self.serial_edit)
        QWidget.setTabOrder(self.serial_edit, self.location_edit)
        QWidget.setTabOrder(self.location_edit, self.purchased_edit)
        QWidget.setTabOrder(self.purchased_edit, self.warranty_edit)
        QWidget.setTabOrder(self.warranty_edit, self.hours_spin)
        QWidget.setTabOrder(self.hours_spin, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.new_button)
        QWidget.setTabOrder(self.new_button, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.status_button)
        QWidget.setTabOrder(self.status_button, self.faults_view)
        QWidget.setTabOrder(self.faults_view, self.symptom_edit)
        QWidget.setTabOrder(self.symptom_edit, self.still_works_check)
        QWidget.setTabOrder(self.still_works_check, self.report_button)
        QWidget.setTabOrder(self.report_button, self.step_edit)
        QWidget.setTabOrder(self.step_edit, self.step_button)
        QWidget.setTabOrder(self.step_button, self.resolution_edit)
        QWidget.setTabOrder(self.resolution_edit, self.fix_button)
        QWidget.setTabOrder(self.fix_button, self.maintenance_view)
        QWidget.setTabOrder(self.maintenance_view, self.task_edit)
        QWidget.setTabOrder(self.task_edit, self.every_days_spin)
        QWidget.setTabOrder(self.every_days_spin, self.every_hours_spin)
        QWidget.setTabOrder(self.every_hours_spin, self.schedule_button)
        QWidget.setTabOrder(self.schedule_button, self.done_button)
        QWidget.setTabOrder(self.done_button, self.remove_task_button)
        QWidget.setTabOrder(self.remove_task_button, self.barcode_edit)
        QWidget.setTabOrder(self.barcode_edit, self.accessories_edit)
        QWidget.setTabOrder(self.accessories_edit, self.lend_button)
        QWidget.setTabOrder(self.lend_button, self.close_button)

        self.retranslateUi(EquipmentDialog)

        self.detail_tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, EquipmentDialog):
        EquipmentDialog.setWindowTitle(QCoreApplication.translate("EquipmentDialog", u"Equipment", None))
        self.reminders_label.setText("")
#if QT_CONFIG(accessibility)
        self.equipment_view.setAccessibleName(QCoreApplication.translate("EquipmentDialog", u"The library's equipment", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText("")
        self.name_caption.setText(QCoreApplication.translate("EquipmentDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("EquipmentDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.name_edit.setPlaceholderText(QCoreApplication.translate("EquipmentDialog", u"Projector, room 2", None))
        self.kind_caption.setText(QCoreApplication.translate("EquipmentDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("EquipmentDialog", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.model_caption.setText(QCoreApplication.translate("EquipmentDialog", u"&Model:", None))
#if QT_CONFIG(accessibility)
        self.model_edit.setAccessibleName(QCoreApplication.translate("EquipmentDialog", u"Model", None))
#endif // QT_CONFIG(accessibility)
        self.model_edit.setPlaceholderText("")
        self.serial_caption.setText(QCoreApplication.translate("EquipmentDialog", u"Se&rial:", None))
#if QT_CONFIG(accessibility)
        self.serial_edit.setAccessibleName(QCoreApplication.translate("EquipmentDialog", u"Serial number", None))
#endif // QT_CONFIG(accessibility)
        self.serial_edit.setPlaceholderText("")
        self.location_caption.setText(QCoreApplication.translate("EquipmentDialog", u"L&ocation:", None))
#if QT_CONFIG(accessibility)
        self.location_edit.setAccessibleName(QCoreApplication.translate("EquipmentDialog", u"Location", None))
#endif // QT_CONFIG(accessibility)
        self.location_edit.setPlaceholderText("")
        self.purchased_caption.setText(QCoreApplication.translate("EquipmentDialog", u"&Bought on:", None))
#if QT_CONFIG(accessibility)
        self.purchased_edit.setAccessibleName(QCoreApplication.translate("EquipmentDialog", u"Purchase date", None))
#endif // QT_CONFIG(accessibility)
        self.purchased_edit.setPlaceholderText(QCoreApplication.translate("EquipmentDialog", u"YYYY-MM-DD", None))
        self.warranty_caption.setText(QCoreApplication.translate("EquipmentDialog", u"&Warranty until:", None))
#if QT_CONFIG(accessibility)
        self.warranty_edit.setAccessibleName(QCoreApplication.translate("EquipmentDialog", u"Warranty end", None))
#endif // QT_CONFIG(accessibility)
        self.warranty_edit.setPlaceholderText(QCoreApplication.translate("EquipmentDialog", u"YYYY-MM-DD", None))
        self.hours_caption.setText(QCoreApplication.translate("EquipmentDialog", u"Ho&urs used:", None))
#if QT_CONFIG(accessibility)
        self.hours_spin.setAccessibleName(QCoreApplication.translate("EquipmentDialog", u"Hours of use so far", None))
#endif // QT_CONFIG(accessibility)
        self.hours_spin.setSpecialValueText("")
        self.notes_caption.setText(QCoreApplication.translate("EquipmentDialog", u"No&tes:", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("EquipmentDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.notes_edit.setPlaceholderText("")
        self.save_button.setText(QCoreApplication.translate("EquipmentDialog", u"&Save piece (Ctrl+S)", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("EquipmentDialog", u"Save the form: a new piece, or changes to the selected one", None))
#endif // QT_CONFIG(tooltip)
        self.new_button.setText(QCoreApplication.translate("EquipmentDialog", u"N&ew piece (Ctrl+N)", None))
#if QT_CONFIG(tooltip)
        self.new_button.setToolTip(QCoreApplication.translate("EquipmentDialog", u"Clear the form for a new piece", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("EquipmentDialog", u"Status to set", None))
#endif // QT_CONFIG(accessibility)
        self.status_button.setText(QCoreApplication.translate("EquipmentDialog", u"Set stat&us", None))
#if QT_CONFIG(tooltip)
        self.status_button.setToolTip(QCoreApplication.translate("EquipmentDialog", u"Put the selected piece in this status; a lent piece's item follows", None))
#endif // QT_CONFIG(tooltip)
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.piece_tab), QCoreApplication.translate("EquipmentDialog", u"&Piece", None))
#if QT_CONFIG(accessibility)
        self.faults_view.setAccessibleName(QCoreApplication.translate("EquipmentDialog", u"The selected piece's faults, open ones first", None))
#endif // QT_CONFIG(accessibility)
        self.steps_label.setText("")
        self.symptom_caption.setText(QCoreApplication.translate("EquipmentDialog", u"S&ymptom:", None))
#if QT_CONFIG(accessibility)
        self.symptom_edit.setAccessibleName(QCoreApplication.translate("EquipmentDialog", u"Symptom of a new fault", None))
#endif // QT_CONFIG(accessibility)
        self.symptom_edit.setPlaceholderText(QCoreApplication.translate("EquipmentDialog", u"What does it do, or not do? Enter reports it", None))
        self.still_works_check.setText(QCoreApplication.translate("EquipmentDialog", u"Still &works", None))
#if QT_CONFIG(tooltip)
        self.still_works_check.setToolTip(QCoreApplication.translate("EquipmentDialog", u"It stays in service while the fault is open", None))
#endif // QT_CONFIG(tooltip)
        self.report_button.setText(QCoreApplication.translate("EquipmentDialog", u"&Report fault", None))
#if QT_CONFIG(tooltip)
        self.report_button.setToolTip("")
#endif // QT_CONFIG(tooltip)
        self.step_caption.setText(QCoreApplication.translate("EquipmentDialog", u"T&ried:", None))
#if QT_CONFIG(accessibility)
        self.step_edit.setAccessibleName(QCoreApplication.translate("EquipmentDialog", u"Troubleshooting step tried", None))
#endif // QT_CONFIG(accessibility)
        self.step_edit.setPlaceholderText(QCoreApplication.translate("EquipmentDialog", u"A step tried on the selected fault; Enter adds it", None))
        self.step_button.setText(QCoreApplication.translate("EquipmentDialog", u"&Add step", None))
#if QT_CONFIG(tooltip)
        self.step_button.setToolTip("")
#endif // QT_CONFIG(tooltip)
        self.resolution_caption.setText(QCoreApplication.translate("EquipmentDialog", u"Resol&ution:", None))
#if QT_CONFIG(accessibility)
        self.resolution_edit.setAccessibleName(QCoreApplication.translate("EquipmentDialog", u"Resolution of the selected fault", None))
#endif // QT_CONFIG(accessibility)
        self.resolution_edit.setPlaceholderText(QCoreApplication.translate("EquipmentDialog", u"How it was fixed; Enter closes the fault", None))
        self.fix_button.setText(QCoreApplication.translate("EquipmentDialog", u"Fi&x fault", None))
#if QT_CONFIG(tooltip)
        self.fix_button.setToolTip("")
#endif // QT_CONFIG(tooltip)
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.faults_tab), QCoreApplication.translate("EquipmentDialog", u"&Faults", None))
#if QT_CONFIG(accessibility)
        self.maintenance_view.setAccessibleName(QCoreApplication.translate("EquipmentDialog", u"The selected piece's scheduled maintenance", None))
#endif // QT_CONFIG(accessibility)
        self.task_caption.setText(QCoreApplication.translate("EquipmentDialog", u"Tas&k:", None))
#if QT_CONFIG(accessibility)
        self.task_edit.setAccessibleName(QCoreApplication.translate("EquipmentDialog", u"Maintenance task name", None))
#endif // QT_CONFIG(accessibility)
        self.task_edit.setPlaceholderText(QCoreApplication.translate("EquipmentDialog", u"Lamp change, service\u2026", None))
        self.every_days_caption.setText(QCoreApplication.translate("EquipmentDialog", u"every &days:", None))
#if QT_CONFIG(accessibility)
        self.every_days_spin.setAccessibleName(QCoreApplication.translate("EquipmentDialog", u"Every this many days", None))
#endif // QT_CONFIG(accessibility)
        self.every_days_spin.setSpecialValueText(QCoreApplication.translate("EquipmentDialog", u"\u2014", None))
        self.every_hours_caption.setText(QCoreApplication.translate("EquipmentDialog", u"every &hours:", None))
#if QT_CONFIG(accessibility)
        self.every_hours_spin.setAccessibleName(QCoreApplication.translate("EquipmentDialog", u"Every this many hours of use", None))
#endif // QT_CONFIG(accessibility)
        self.every_hours_spin.setSpecialValueText(QCoreApplication.translate("EquipmentDialog", u"\u2014", None))
        self.schedule_button.setText(QCoreApplication.translate("EquipmentDialog", u"Sc&hedule", None))
#if QT_CONFIG(tooltip)
        self.schedule_button.setToolTip("")
#endif // QT_CONFIG(tooltip)
        self.done_button.setText(QCoreApplication.translate("EquipmentDialog", u"D&one today (Ctrl+D)", None))
#if QT_CONFIG(tooltip)
        self.done_button.setToolTip(QCoreApplication.translate("EquipmentDialog", u"The selected task was done today, at the piece's hours now", None))
#endif // QT_CONFIG(tooltip)
        self.remove_task_button.setText(QCoreApplication.translate("EquipmentDialog", u"Remo&ve task", None))
#if QT_CONFIG(tooltip)
        self.remove_task_button.setToolTip("")
#endif // QT_CONFIG(tooltip)
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.maintenance_tab), QCoreApplication.translate("EquipmentDialog", u"&Maintenance", None))
        self.lending_label.setText("")
        self.barcode_caption.setText(QCoreApplication.translate("EquipmentDialog", u"Item &barcode:", None))
#if QT_CONFIG(accessibility)
        self.barcode_edit.setAccessibleName(QCoreApplication.translate("EquipmentDialog", u"Item barcode to lend it as", None))
#endif // QT_CONFIG(accessibility)
        self.barcode_edit.setPlaceholderText(QCoreApplication.translate("EquipmentDialog", u"Scan a new barcode label", None))
        self.accessories_caption.setText(QCoreApplication.translate("EquipmentDialog", u"A&ccessories:", None))
#if QT_CONFIG(accessibility)
        self.accessories_edit.setAccessibleName(QCoreApplication.translate("EquipmentDialog", u"Accessories checked at return", None))
#endif // QT_CONFIG(accessibility)
        self.accessories_edit.setPlaceholderText(QCoreApplication.translate("EquipmentDialog", u"charger, bag", None))
        self.lend_button.setText(QCoreApplication.translate("EquipmentDialog", u"Make &lendable", None))
#if QT_CONFIG(tooltip)
        self.lend_button.setToolTip(QCoreApplication.translate("EquipmentDialog", u"Catalogue the piece as an item of type equipment, or save its accessories", None))
#endif // QT_CONFIG(tooltip)
        self.detail_tabs.setTabText(self.detail_tabs.indexOf(self.lending_tab), QCoreApplication.translate("EquipmentDialog", u"&Lending", None))
        self.close_button.setText(QCoreApplication.translate("EquipmentDialog", u"&Close", None))
#if QT_CONFIG(tooltip)
        self.close_button.setToolTip("")
#endif // QT_CONFIG(tooltip)
    # retranslateUi

