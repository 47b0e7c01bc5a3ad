# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_RecordEditor(object):
    def setupUi(self, RecordEditor):
        if not RecordEditor.objectName():
            RecordEditor.setObjectName(u"RecordEditor")
        RecordEditor.resize(1100, 680)
        self.main_layout = QVBoxLayout(RecordEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.message_label = QLabel(RecordEditor)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.message_label)

        self.warnings_frame = QFrame(RecordEditor)
        self.warnings_frame.setObjectName(u"warnings_frame")
        self.warnings_frame.setStyleSheet(u"QFrame#warnings_frame, QFrame#discard_frame { background:#fff3cd; border:2px solid #e0a800; border-radius:4px; } QLabel { color:#6b4e00; }")
        self.warnings_layout = QHBoxLayout(self.warnings_frame)
        self.warnings_layout.setObjectName(u"warnings_layout")
        self.warnings_label = QLabel(self.warnings_frame)
        self.warnings_label.setObjectName(u"warnings_label")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.warnings_layout.addWidget(self.warnings_label)

        self.save_anyway_button = QPushButton(self.warnings_frame)
        self.save_anyway_button.setObjectName(u"save_anyway_button")
        self.save_anyway_button.setAutoDefault(False)

        self.warnings_layout.addWidget(self.save_anyway_button)

        self.warnings_layout.setStretch(0, 1)

        self.main_layout.addWidget(self.warnings_frame)

        self.discard_frame = QFrame(RecordEditor)
        self.discard_frame.setObjectName(u"discard_frame")
        self.discard_frame.setStyleSheet(u"QFrame#warnings_frame, QFrame#discard_frame { background:#fff3cd; border:2px solid #e0a800; border-radius:4px; } QLabel { color:#6b4e00; }")
        self.discard_layout = QHBoxLayout(self.discard_frame)
        self.discard_layout.setObjectName(u"discard_layout")
        self.discard_label = QLabel(self.discard_frame)
        self.discard_label.setObjectName(u"discard_label")
        self.discard_label.setWordWrap(True)

        self.discard_layout.addWidget(self.discard_label)

        self.discard_button = QPushButton(self.discard_frame)
        self.discard_button.setObjectName(u"discard_button")
        self.discard_button.setAutoDefault(False)

        self.discard_layout.addWidget(self.discard_button)

        self.keep_editing_button = QPushButton(self.discard_frame)
        self.keep_editing_button.setObjectName(u"keep_editing_button")
        self.keep_editing_button.setAutoDefault(False)

        self.discard_layout.addWidget(self.keep_editing_button)

        self.discard_layout.setStretch(0, 1)

        self.main_layout.addWidget(self.discard_frame)

        self.tabs = QTabWidget(RecordEditor)
        self.tabs.setObjectName(u"tabs")
        self.record_page = QWidget()
        self.record_page.setObjectName(u"record_page")
        self.record_layout = QHBoxLayout(self.record_page)
        self.record_layout.setObjectName(u"record_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.left_form = QFormLayout()
        self.left_form.setObjectName(u"left_form")
        self.main_entry_caption_label = QLabel(self.record_page)
        self.main_entry_caption_label.setObjectName(u"main_entry_caption_label")

        self.left_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.main_entry_caption_label)

        self.main_entry_edit = QLineEdit(self.record_page)
        self.main_entry_edit.setObjectName(u"main_entry_edit")

        self.left_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.main_entry_edit)

        self.title_caption_label = QLabel(self.record_page)
        self.title_caption_label.setObjectName(u"title_caption_label")

        self.left_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_caption_label)

        self.title_layout = QHBoxLayout()
        self.title_layout.setObjectName(u"title_layout")
        self.title_edit = QLineEdit(self.record_page)
        self.title_edit.setObjectName(u"title_edit")

        self.title_layout.addWidget(self.title_edit)

        self.nonfiling_caption_label = QLabel(self.record_page)
        self.nonfiling_caption_label.setObjectName(u"nonfiling_caption_label")

        self.title_layout.addWidget(self.nonfiling_caption_label)

        self.nonfiling_spin = QSpinBox(self.record_page)
        self.nonfiling_spin.setObjectName(u"nonfiling_spin")
        self.nonfiling_spin.setMinimum(0)
        self.nonfiling_spin.setMaximum(9)

        self.title_layout.addWidget(self.nonfiling_spin)


        self.left_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.title_layout)

        self.responsibility_caption_label = QLabel(self.record_page)
        self.responsibility_caption_label.setObjectName(u"responsibility_caption_label")

        self.left_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.responsibility_caption_label)

        self.responsibility_edit = QLineEdit(self.record_page)
        self.responsibility_edit.setObjectName(u"responsibility_edit")

        self.left_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.responsibility_edit)

        self.edition_caption_label = QLabel(self.record_page)
        self.edition_caption_label.setObjectName(u"edition_caption_label")

        self.left_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.edition_caption_label)

        self.edition_edit = QLineEdit(self.record_page)
        self.edition_edit.setObjectName(u"edition_edit")

        self.left_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.edition_edit)

        self.place_caption_label = QLabel(self.record_page)
        self.place_caption_label.setObjectName(u"place_caption_label")

        self.left_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.place_caption_label)

        self.place_edit = QLineEdit(self.record_page)
        self.place_edit.setObjectName(u"place_edit")

        self.left_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.place_edit)

        self.publisher_caption_label = QLabel(self.record_page)
        self.publisher_caption_label.setObjectName(u"publisher_caption_label")

        self.left_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.publisher_caption_label)

        self.publisher_edit = QLineEdit(self.record_page)
        self.publisher_edit.setObjectName(u"publisher_edit")

        self.left_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.publisher_edit)

        self.date_caption_label = QLabel(self.record_page)
        self.date_caption_label.setObjectName(u"date_caption_label")

        self.left_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.date_caption_label)

        self.date_edit = QLineEdit(self.record_page)
        self.date_edit.setObjectName(u"date_edit")

        self.left_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.physical_caption_label = QLabel(self.record_page)
        self.physical_caption_label.setObjectName(u"physical_caption_label")

        self.left_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.physical_caption_label)

        self.physical_edit = QLineEdit(self.record_page)
        self.physical_edit.setObjectName(u"physical_edit")

        self.left_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.physical_edit)

        self.series_caption_label = QLabel(self.record_page)
        self.series_caption_label.setObjectName(u"series_caption_label")

        self.left_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.series_caption_label)

        self.series_edit = QPlainTextEdit(self.record_page)
        self.series_edit.setObjectName(u"series_edit")
        self.series_edit.setTabChangesFocus(True)
        self.series_edit.setMaximumSize(QSize(16777215, 56))
        self.series_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.left_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.series_edit)

        self.isbns_caption_label = QLabel(self.record_page)
        self.isbns_caption_label.setObjectName(u"isbns_caption_label")

        self.left_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.isbns_caption_label)

        self.isbns_edit = QPlainTextEdit(self.record_page)
        self.isbns_edit.setObjectName(u"isbns_edit")
        self.isbns_edit.setTabChangesFocus(True)
        self.isbns_edit.setMaximumSize(QSize(16777215, 64))
        self.isbns_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.left_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.isbns_edit)

        self.issns_caption_label = QLabel(self.record_page)
        self.issns_caption_label.setObjectName(u"issns_caption_label")

        self.left_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.issns_caption_label)

        self.issns_edit = QPlainTextEdit(self.record_page)
        self.issns_edit.setObjectName(u"issns_edit")
        self.issns_edit.setTabChangesFocus(True)
        self.issns_edit.setMaximumSize(QSize(16777215, 48))
        self.issns_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.left_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.issns_edit)


        self.left_layout.addLayout(self.left_form)

        self.left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_layout.addItem(self.left_spacer)


        self.record_layout.addLayout(self.left_layout)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.right_form = QFormLayout()
        self.right_form.setObjectName(u"right_form")
        self.subjects_caption_label = QLabel(self.record_page)
        self.subjects_caption_label.setObjectName(u"subjects_caption_label")

        self.right_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.subjects_caption_label)

        self.subjects_edit = QPlainTextEdit(self.record_page)
        self.subjects_edit.setObjectName(u"subjects_edit")
        self.subjects_edit.setTabChangesFocus(True)
        self.subjects_edit.setMaximumSize(QSize(16777215, 110))
        self.subjects_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.right_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.subjects_edit)

        self.summary_caption_label = QLabel(self.record_page)
        self.summary_caption_label.setObjectName(u"summary_caption_label")

        self.right_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.summary_caption_label)

        self.summary_edit = QPlainTextEdit(self.record_page)
        self.summary_edit.setObjectName(u"summary_edit")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMaximumSize(QSize(16777215, 110))

        self.right_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.summary_edit)

        self.notes_caption_label = QLabel(self.record_page)
        self.notes_caption_label.setObjectName(u"notes_caption_label")

        self.right_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notes_caption_label)

        self.notes_edit = QPlainTextEdit(self.record_page)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 80))
        self.notes_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.right_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notes_edit)

        self.classification_caption_label = QLabel(self.record_page)
        self.classification_caption_label.setObjectName(u"classification_caption_label")

        self.right_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.classification_caption_label)

        self.classification_edit = QLineEdit(self.record_page)
        self.classification_edit.setObjectName(u"classification_edit")

        self.right_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.classification_edit)

        self.call_number_caption_label = QLabel(self.record_page)
        self.call_number_caption_label.setObjectName(u"call_number_caption_label")

        self.right_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.call_number_caption_label)

        self.call_number_edit = QLineEdit(self.record_page)
        self.call_number_edit.setObjectName(u"call_number_edit")

        self.right_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.call_number_edit)


        self.right_layout.addLayout(self.right_form)

        self.right_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_layout.addItem(self.right_spacer)


        self.record_layout.addLayout(self.right_layout)

        self.suggestions_container = QWidget(self.record_page)
        self.suggestions_container.setObjectName(u"suggestions_container")
        self.suggestions_layout = QVBoxLayout(self.suggestions_container)
        self.suggestions_layout.setObjectName(u"suggestions_layout")
        self.suggestions_layout.setContentsMargins(0, 0, 0, 0)

        self.record_layout.addWidget(self.suggestions_container)

        self.record_layout.setStretch(0, 4)
        self.record_layout.setStretch(1, 3)
        self.record_layout.setStretch(2, 2)
        self.tabs.addTab(self.record_page, "")
        self.marc_page = QWidget()
        self.marc_page.setObjectName(u"marc_page")
        self.marc_layout = QVBoxLayout(self.marc_page)
        self.marc_layout.setObjectName(u"marc_layout")
        self.marc_view = QTableView(self.marc_page)
        self.marc_view.setObjectName(u"marc_view")
        self.marc_view.setAlternatingRowColors(True)
        self.marc_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.marc_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.marc_view.setTabKeyNavigation(False)
        self.marc_view.setWordWrap(False)

        self.marc_layout.addWidget(self.marc_view)

        self.marc_problem_label = QLabel(self.marc_page)
        self.marc_problem_label.setObjectName(u"marc_problem_label")
        self.marc_problem_label.setWordWrap(True)
        self.marc_problem_label.setStyleSheet(u"QLabel { color:#8a1c1f; font-weight:bold; }")
        self.marc_problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.marc_layout.addWidget(self.marc_problem_label)

        self.marc_buttons_layout = QHBoxLayout()
        self.marc_buttons_layout.setObjectName(u"marc_buttons_layout")
        self.add_field_button = QPushButton(self.marc_page)
        self.add_field_button.setObjectName(u"add_field_button")
        self.add_field_button.setAutoDefault(False)

        self.marc_buttons_layout.addWidget(self.add_field_button)

        self.delete_field_button = QPushButton(self.marc_page)
        self.delete_field_button.setObjectName(u"delete_field_button")
        self.delete_field_button.setAutoDefault(False)

        self.marc_buttons_layout.addWidget(self.delete_field_button)

        self.marc_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.marc_buttons_layout.addItem(self.marc_buttons_spacer)

        self.marc_hint_label = QLabel(self.marc_page)
        self.marc_hint_label.setObjectName(u"marc_hint_label")
        self.marc_hint_label.setWordWrap(True)

        self.marc_buttons_layout.addWidget(self.marc_hint_label)


        self.marc_layout.addLayout(self.marc_buttons_layout)

        self.tabs.addTab(self.marc_page, "")
        self.items_page = QWidget()
        self.items_page.setObjectName(u"items_page")
        self.items_layout = QVBoxLayout(self.items_page)
        self.items_layout.setObjectName(u"items_layout")
        self.items_view = QTableView(self.items_page)
        self.items_view.setObjectName(u"items_view")
        self.items_view.setAlternatingRowColors(True)
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_view.setTabKeyNavigation(False)

        self.items_layout.addWidget(self.items_view)

        self.item_box = QGroupBox(self.items_page)
        self.item_box.setObjectName(u"item_box")
        self.item_box_layout = QHBoxLayout(self.item_box)
        self.item_box_layout.setObjectName(u"item_box_layout")
        self.item_form = QFormLayout()
        self.item_form.setObjectName(u"item_form")
        self.item_barcode_caption_label = QLabel(self.item_box)
        self.item_barcode_caption_label.setObjectName(u"item_barcode_caption_label")

        self.item_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.item_barcode_caption_label)

        self.item_barcode_edit = QLineEdit(self.item_box)
        self.item_barcode_edit.setObjectName(u"item_barcode_edit")
        self.item_barcode_edit.setMaxLength(64)

        self.item_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.item_barcode_edit)

        self.item_call_number_caption_label = QLabel(self.item_box)
        self.item_call_number_caption_label.setObjectName(u"item_call_number_caption_label")

        self.item_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.item_call_number_caption_label)

        self.item_call_number_edit = QLineEdit(self.item_box)
        self.item_call_number_edit.setObjectName(u"item_call_number_edit")
        self.item_call_number_edit.setMaxLength(100)

        self.item_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.item_call_number_edit)

        self.item_location_caption_label = QLabel(self.item_box)
        self.item_location_caption_label.setObjectName(u"item_location_caption_label")

        self.item_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.item_location_caption_label)

        self.item_location_edit = QLineEdit(self.item_box)
        self.item_location_edit.setObjectName(u"item_location_edit")
        self.item_location_edit.setMaxLength(100)

        self.item_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.item_location_edit)

        self.item_type_caption_label = QLabel(self.item_box)
        self.item_type_caption_label.setObjectName(u"item_type_caption_label")

        self.item_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.item_type_caption_label)

        self.item_type_combo = QComboBox(self.item_box)
        self.item_type_combo.setObjectName(u"item_type_combo")

        self.item_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.item_type_combo)


        self.item_box_layout.addLayout(self.item_form)

        self.item_form2 = QFormLayout()
        self.item_form2.setObjectName(u"item_form2")
        self.item_price_caption_label = QLabel(self.item_box)
        self.item_price_caption_label.setObjectName(u"item_price_caption_label")

        self.item_form2.setWidget(0, QFormLayout.ItemRole.LabelRole, self.item_price_caption_label)

        self.item_price_edit = QLineEdit(self.item_box)
        self.item_price_edit.setObjectName(u"item_price_edit")
        self.item_price_edit.setMaxLength(16)

        self.item_form2.setWidget(0, QFormLayout.ItemRole.FieldRole, self.item_price_edit)

        self.item_acquired_caption_label = QLabel(self.item_box)
        self.item_acquired_caption_label.setObjectName(u"item_acquired_caption_label")

        self.item_form2.setWidget(1, QFormLayout.ItemRole.LabelRole, self.item_acquired_caption_label)

        self.item_acquired_edit = QDateEdit(self.item_box)
        self.item_acquired_edit.setObjectName(u"item_acquired_edit")
        self.item_acquired_edit.setCalendarPopup(True)
        self.item_acquired_edit.setMinimumDate(QDate(1900, 1, 1))

        self.item_form2.setWidget(1, QFormLayout.ItemRole.FieldRole, self.item_acquired_edit)

        self.item_status_caption_label = QLabel(self.item_box)
        self.item_status_caption_label.setObjectName(u"item_status_caption_label")

        self.item_form2.setWidget(2, QFormLayout.ItemRole.LabelRole, self.item_status_caption_label)

        self.item_status_combo = QComboBox(self.item_box)
        self.item_status_combo.setObjectName(u"item_status_combo")

        self.item_form2.setWidget(2, QFormLayout.ItemRole.FieldRole, self.item_status_combo)


        self.item_box_layout.addLayout(self.item_form2)


        self.items_layout.addWidget(self.item_box)

        self.items_problem_label = QLabel(self.items_page)
        self.items_problem_label.setObjectName(u"items_problem_label")
        self.items_problem_label.setWordWrap(True)
        self.items_problem_label.setStyleSheet(u"QLabel { color:#8a1c1f; font-weight:bold; }")
        self.items_problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.items_layout.addWidget(self.items_problem_label)

        self.items_buttons_layout = QHBoxLayout()
        self.items_buttons_layout.setObjectName(u"items_buttons_layout")
        self.save_item_button = QPushButton(self.items_page)
        self.save_item_button.setObjectName(u"save_item_button")
        self.save_item_button.setAutoDefault(False)

        self.items_buttons_layout.addWidget(self.save_item_button)

        self.requeue_label_button = QPushButton(self.items_page)
        self.requeue_label_button.setObjectName(u"requeue_label_button")
        self.requeue_label_button.setAutoDefault(False)

        self.items_buttons_layout.addWidget(self.requeue_label_button)

        self.items_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.items_buttons_layout.addItem(self.items_buttons_spacer)

        self.add_copies_button = QPushButton(self.items_page)
        self.add_copies_button.setObjectName(u"add_copies_button")
        self.add_copies_button.setAutoDefault(False)

        self.items_buttons_layout.addWidget(self.add_copies_button)


        self.items_layout.addLayout(self.items_buttons_layout)

        self.items_layout.setStretch(0, 1)
        self.tabs.addTab(self.items_page, "")

        self.main_layout.addWidget(self.tabs)

        self.button_box = QDialogButtonBox(RecordEditor)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.main_entry_caption_label.setBuddy(self.main_entry_edit)
        self.title_caption_label.setBuddy(self.title_edit)
        self.nonfiling_caption_label.setBuddy(self.nonfiling_spin)
        self.responsibility_caption_label.setBuddy(self.responsibility_edit)
        self.edition_caption_label.setBuddy(self.edition_edit)
        self.place_caption_label.setBuddy(self.place_edit)
        self.publisher_caption_label.setBuddy(self.publisher_edit)
        self.date_caption_label.setBuddy(self.date_edit)
        self.physical_caption_label.setBuddy(self.physical_edit)
        self.series_caption_label.setBuddy(self.series_edit)
        self.isbns_caption_label.setBuddy(self.isbns_edit)
        self.issns_caption_label.setBuddy(self.issns_edit)
        self.subjects_caption_label.setBuddy(self.subjects_edit)
        self.summary_caption_label.setBuddy(self.summary_edit)
        self.notes_caption_label.setBuddy(self.notes_edit)
        self.classification_caption_label.setBuddy(self.classification_edit)
        self.call_number_caption_label.setBuddy(self.call_number_edit)
        self.item_barcode_caption_label.setBuddy(self.item_barcode_edit)
        self.item_call_number_caption_label.setBuddy(self.item_call_number_edit)
        self.item_location_caption_label.setBuddy(self.item_location_edit)
        self.item_type_caption_label.setBuddy(self.item_type_combo)
        self.item_price_caption_label.setBuddy(self.item_price_edit)
        self.item_acquired_caption_label.setBuddy(self.item_acquired_edit)
        self.item_status_caption_label.setBuddy(self.item_status_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.main_entry_edit, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.nonfiling_spin)
        QWidget.setTabOrder(self.nonfiling_spin, self.responsibility_edit)
        QWidget.setTabOrder(self.responsibility_edit, self.edition_edit)
        QWidget.setTabOrder(self.edition_edit, self.place_edit)
        QWidget.setTabOrder(self.place_edit, self.publisher_edit)
        QWidget.setTabOrder(self.publisher_edit, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.physical_edit)
        QWidget.setTabOrder(self.physical_edit, self.series_edit)
        QWidget.setTabOrder(self.series_edit, self.isbns_edit)
        QWidget.setTabOrder(self.isbns_edit, self.issns_edit)
        QWidget.setTabOrder(self.issns_edit, self.subjects_edit)
        QWidget.setTabOrder(self.subjects_edit, self.summary_edit)
        QWidget.setTabOrder(self.summary_edit, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.classification_edit)
        QWidget.setTabOrder(self.classification_edit, self.call_number_edit)
        QWidget.setTabOrder(self.call_number_edit, self.marc_view)
        QWidget.setTabOrder(self.marc_view, self.add_field_button)
        QWidget.setTabOrder(self.add_field_button, self.delete_field_button)
        QWidget.setTabOrder(self.delete_field_button, self.items_view)
        QWidget.setTabOrder(self.items_view, self.item_barcode_edit)
        QWidget.setTabOrder(self.item_barcode_edit, self.item_call_number_edit)
        QWidget.setTabOrder(self.item_call_number_edit, self.item_location_edit)
        QWidget.setTabOrder(self.item_location_edit, self.item_type_combo)
        QWidget.setTabOrder(self.item_type_combo, self.item_price_edit)
        QWidget.setTabOrder(self.item_price_edit, self.item_acquired_edit)
        QWidget.setTabOrder(self.item_acquired_edit, self.item_status_combo)
        QWidget.setTabOrder(self.item_status_combo, self.save_item_button)
        QWidget.setTabOrder(self.save_item_button, self.requeue_label_button)
        QWidget.setTabOrder(self.requeue_label_button, self.add_copies_button)
        QWidget.setTabOrder(self.add_copies_button, self.save_anyway_button)
        QWidget.setTabOrder(self.save_anyway_button, self.discard_button)
        QWidget.setTabOrder(self.discard_button, self.keep_editing_button)
        QWidget.setTabOrder(self.keep_editing_button, self.tabs)
        QWidget.setTabOrder(self.tabs, self.button_box)

        self.retranslateUi(RecordEditor)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, RecordEditor):
        RecordEditor.setWindowTitle(QCoreApplication.translate("RecordEditor", u"New record", None))
        self.message_label.setText("")
        self.warnings_label.setText("")
        self.save_anyway_button.setText(QCoreApplication.translate("RecordEditor", u"Save &anyway", None))
#if QT_CONFIG(accessibility)
        self.save_anyway_button.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Save the record despite the warnings", None))
#endif // QT_CONFIG(accessibility)
        self.discard_label.setText(QCoreApplication.translate("RecordEditor", u"This record has unsaved changes.", None))
        self.discard_button.setText(QCoreApplication.translate("RecordEditor", u"Discard chan&ges", None))
        self.keep_editing_button.setText(QCoreApplication.translate("RecordEditor", u"&Keep editing", None))
        self.main_entry_caption_label.setText(QCoreApplication.translate("RecordEditor", u"Main &entry:", None))
#if QT_CONFIG(accessibility)
        self.main_entry_edit.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Main entry (author)", None))
#endif // QT_CONFIG(accessibility)
        self.main_entry_edit.setPlaceholderText(QCoreApplication.translate("RecordEditor", u"Surname, Forename", None))
        self.title_caption_label.setText(QCoreApplication.translate("RecordEditor", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.title_edit.setPlaceholderText(QCoreApplication.translate("RecordEditor", u"Title : other title information", None))
        self.nonfiling_caption_label.setText(QCoreApplication.translate("RecordEditor", u"Skip:", None))
#if QT_CONFIG(tooltip)
        self.nonfiling_caption_label.setToolTip(QCoreApplication.translate("RecordEditor", u"Non-filing characters: how many characters of the title to skip when filing (The = 4)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nonfiling_spin.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Non-filing characters", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.nonfiling_spin.setToolTip(QCoreApplication.translate("RecordEditor", u"Non-filing characters: how many characters of the title to skip when filing (The = 4)", None))
#endif // QT_CONFIG(tooltip)
        self.responsibility_caption_label.setText(QCoreApplication.translate("RecordEditor", u"Res&ponsibility:", None))
#if QT_CONFIG(accessibility)
        self.responsibility_edit.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Statement of responsibility", None))
#endif // QT_CONFIG(accessibility)
        self.responsibility_edit.setPlaceholderText(QCoreApplication.translate("RecordEditor", u"by Forename Surname ; illustrated by \u2026", None))
        self.edition_caption_label.setText(QCoreApplication.translate("RecordEditor", u"Editi&on:", None))
#if QT_CONFIG(accessibility)
        self.edition_edit.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Edition", None))
#endif // QT_CONFIG(accessibility)
        self.edition_edit.setPlaceholderText(QCoreApplication.translate("RecordEditor", u"e.g. 2nd ed", None))
        self.place_caption_label.setText(QCoreApplication.translate("RecordEditor", u"Place:", None))
#if QT_CONFIG(accessibility)
        self.place_edit.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Place of publication", None))
#endif // QT_CONFIG(accessibility)
        self.place_edit.setPlaceholderText(QCoreApplication.translate("RecordEditor", u"e.g. London", None))
        self.publisher_caption_label.setText(QCoreApplication.translate("RecordEditor", u"Publis&her:", None))
#if QT_CONFIG(accessibility)
        self.publisher_edit.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Publisher", None))
#endif // QT_CONFIG(accessibility)
        self.date_caption_label.setText(QCoreApplication.translate("RecordEditor", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.date_edit.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Date of publication", None))
#endif // QT_CONFIG(accessibility)
        self.date_edit.setPlaceholderText(QCoreApplication.translate("RecordEditor", u"e.g. 2019 or [2019?]", None))
        self.physical_caption_label.setText(QCoreApplication.translate("RecordEditor", u"Physical description:", None))
#if QT_CONFIG(accessibility)
        self.physical_edit.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Physical description", None))
#endif // QT_CONFIG(accessibility)
        self.physical_edit.setPlaceholderText(QCoreApplication.translate("RecordEditor", u"e.g. 289 p. : ill. ; 23 cm", None))
        self.series_caption_label.setText(QCoreApplication.translate("RecordEditor", u"&Series:", None))
#if QT_CONFIG(accessibility)
        self.series_edit.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Series, one per line", None))
#endif // QT_CONFIG(accessibility)
        self.series_edit.setPlaceholderText(QCoreApplication.translate("RecordEditor", u"One per line: Title ; volume", None))
        self.isbns_caption_label.setText(QCoreApplication.translate("RecordEditor", u"IS&BN:", None))
#if QT_CONFIG(accessibility)
        self.isbns_edit.setAccessibleName(QCoreApplication.translate("RecordEditor", u"ISBNs, one per line", None))
#endif // QT_CONFIG(accessibility)
        self.isbns_edit.setPlaceholderText(QCoreApplication.translate("RecordEditor", u"One per line, e.g. 0306406152 (pbk.)", None))
        self.issns_caption_label.setText(QCoreApplication.translate("RecordEditor", u"ISSN:", None))
#if QT_CONFIG(accessibility)
        self.issns_edit.setAccessibleName(QCoreApplication.translate("RecordEditor", u"ISSNs, one per line", None))
#endif // QT_CONFIG(accessibility)
        self.issns_edit.setPlaceholderText(QCoreApplication.translate("RecordEditor", u"One per line, e.g. 0317-8471", None))
        self.subjects_caption_label.setText(QCoreApplication.translate("RecordEditor", u"Sub&jects:", None))
#if QT_CONFIG(accessibility)
        self.subjects_edit.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Subjects, one per line", None))
#endif // QT_CONFIG(accessibility)
        self.subjects_edit.setPlaceholderText(QCoreApplication.translate("RecordEditor", u"One heading per line: Cats -- Behavior", None))
        self.summary_caption_label.setText(QCoreApplication.translate("RecordEditor", u"Summar&y:", None))
#if QT_CONFIG(accessibility)
        self.summary_edit.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Summary (520)", None))
#endif // QT_CONFIG(accessibility)
        self.summary_edit.setPlaceholderText(QCoreApplication.translate("RecordEditor", u"What the book is about (520)", None))
        self.notes_caption_label.setText(QCoreApplication.translate("RecordEditor", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("RecordEditor", u"General notes, one per line", None))
#endif // QT_CONFIG(accessibility)
        self.notes_edit.setPlaceholderText(QCoreApplication.translate("RecordEditor", u"One note per line (500)", None))
        self.classification_caption_label.setText(QCoreApplication.translate("RecordEditor", u"Classi&fication:", None))
#if QT_CONFIG(accessibility)
        self.classification_edit.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Classification", None))
#endif // QT_CONFIG(accessibility)
        self.classification_edit.setPlaceholderText(QCoreApplication.translate("RecordEditor", u"Dewey 636.8 or LC QA76.73 .P98", None))
        self.call_number_caption_label.setText(QCoreApplication.translate("RecordEditor", u"&Call number:", None))
#if QT_CONFIG(accessibility)
        self.call_number_edit.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Call number", None))
#endif // QT_CONFIG(accessibility)
        self.call_number_edit.setPlaceholderText(QCoreApplication.translate("RecordEditor", u"e.g. 636.8 SMI", None))
        self.tabs.setTabText(self.tabs.indexOf(self.record_page), QCoreApplication.translate("RecordEditor", u"&Record", None))
#if QT_CONFIG(accessibility)
        self.marc_view.setAccessibleName(QCoreApplication.translate("RecordEditor", u"MARC fields: tag, indicators and subfields", None))
#endif // QT_CONFIG(accessibility)
        self.marc_problem_label.setText("")
        self.add_field_button.setText(QCoreApplication.translate("RecordEditor", u"&New field (Ctrl+Ins)", None))
        self.delete_field_button.setText(QCoreApplication.translate("RecordEditor", u"&Delete field (Ctrl+Del)", None))
        self.marc_hint_label.setText(QCoreApplication.translate("RecordEditor", u"F2 or typing edits a cell; a blank indicator is #; write a $ inside a value as {dollar}.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.marc_page), QCoreApplication.translate("RecordEditor", u"&MARC", None))
#if QT_CONFIG(accessibility)
        self.items_view.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Copies of this record", None))
#endif // QT_CONFIG(accessibility)
        self.item_box.setTitle(QCoreApplication.translate("RecordEditor", u"Selected copy (Enter on a row edits it)", None))
        self.item_barcode_caption_label.setText(QCoreApplication.translate("RecordEditor", u"&Barcode:", None))
#if QT_CONFIG(accessibility)
        self.item_barcode_edit.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Copy barcode", None))
#endif // QT_CONFIG(accessibility)
        self.item_call_number_caption_label.setText(QCoreApplication.translate("RecordEditor", u"Call n&umber:", None))
#if QT_CONFIG(accessibility)
        self.item_call_number_edit.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Copy call number", None))
#endif // QT_CONFIG(accessibility)
        self.item_location_caption_label.setText(QCoreApplication.translate("RecordEditor", u"&Location:", None))
#if QT_CONFIG(accessibility)
        self.item_location_edit.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Copy location", None))
#endif // QT_CONFIG(accessibility)
        self.item_type_caption_label.setText(QCoreApplication.translate("RecordEditor", u"&Type:", None))
#if QT_CONFIG(accessibility)
        self.item_type_combo.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Copy item type", None))
#endif // QT_CONFIG(accessibility)
        self.item_price_caption_label.setText(QCoreApplication.translate("RecordEditor", u"&Price:", None))
#if QT_CONFIG(accessibility)
        self.item_price_edit.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Copy price", None))
#endif // QT_CONFIG(accessibility)
        self.item_price_edit.setPlaceholderText(QCoreApplication.translate("RecordEditor", u"e.g. 12.99", None))
        self.item_acquired_caption_label.setText(QCoreApplication.translate("RecordEditor", u"Acquired &on:", None))
        self.item_acquired_edit.setDisplayFormat(QCoreApplication.translate("RecordEditor", u"yyyy-MM-dd", None))
        self.item_acquired_edit.setSpecialValueText(QCoreApplication.translate("RecordEditor", u"not recorded", None))
#if QT_CONFIG(accessibility)
        self.item_acquired_edit.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Copy acquisition date", None))
#endif // QT_CONFIG(accessibility)
        self.item_status_caption_label.setText(QCoreApplication.translate("RecordEditor", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.item_status_combo.setAccessibleName(QCoreApplication.translate("RecordEditor", u"Copy status", None))
#endif // QT_CONFIG(accessibility)
        self.items_problem_label.setText("")
        self.save_item_button.setText(QCoreApplication.translate("RecordEditor", u"Sa&ve copy", None))
        self.requeue_label_button.setText(QCoreApplication.translate("RecordEditor", u"&Queue label again", None))
#if QT_CONFIG(tooltip)
        self.requeue_label_button.setToolTip(QCoreApplication.translate("RecordEditor", u"The copy's label is damaged or lost: put it back in the label queue (Ctrl+B in the Catalogue tab prints it)", None))
#endif // QT_CONFIG(tooltip)
        self.add_copies_button.setText(QCoreApplication.translate("RecordEditor", u"Add &copies\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.items_page), QCoreApplication.translate("RecordEditor", u"&Items", None))
    # retranslateUi

