# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notices_dialog.ui'
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
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_NoticesDialog(object):
    def setupUi(self, NoticesDialog):
        if not NoticesDialog.objectName():
            NoticesDialog.setObjectName(u"NoticesDialog")
        NoticesDialog.resize(860, 600)
        self.main_layout = QVBoxLayout(NoticesDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs_widget = QTabWidget(NoticesDialog)
        self.tabs_widget.setObjectName(u"tabs_widget")
        self.due_page = QWidget()
        self.due_page.setObjectName(u"due_page")
        self.due_layout = QVBoxLayout(self.due_page)
        self.due_layout.setObjectName(u"due_layout")
        self.due_label = QLabel(self.due_page)
        self.due_label.setObjectName(u"due_label")
        self.due_label.setWordWrap(True)

        self.due_layout.addWidget(self.due_label)

        self.due_view = QTableView(self.due_page)
        self.due_view.setObjectName(u"due_view")
        self.due_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.due_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.due_view.setAlternatingRowColors(True)

        self.due_layout.addWidget(self.due_view)

        self.letters_layout = QHBoxLayout()
        self.letters_layout.setObjectName(u"letters_layout")
        self.letters_caption_label = QLabel(self.due_page)
        self.letters_caption_label.setObjectName(u"letters_caption_label")

        self.letters_layout.addWidget(self.letters_caption_label)

        self.letters_edit = QLineEdit(self.due_page)
        self.letters_edit.setObjectName(u"letters_edit")

        self.letters_layout.addWidget(self.letters_edit)


        self.due_layout.addLayout(self.letters_layout)

        self.due_buttons_layout = QHBoxLayout()
        self.due_buttons_layout.setObjectName(u"due_buttons_layout")
        self.refresh_due_button = QPushButton(self.due_page)
        self.refresh_due_button.setObjectName(u"refresh_due_button")
        self.refresh_due_button.setAutoDefault(False)

        self.due_buttons_layout.addWidget(self.refresh_due_button)

        self.send_button = QPushButton(self.due_page)
        self.send_button.setObjectName(u"send_button")
        self.send_button.setAutoDefault(False)

        self.due_buttons_layout.addWidget(self.send_button)

        self.due_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.due_buttons_layout.addItem(self.due_spacer)


        self.due_layout.addLayout(self.due_buttons_layout)

        self.tabs_widget.addTab(self.due_page, "")
        self.log_page = QWidget()
        self.log_page.setObjectName(u"log_page")
        self.log_layout = QVBoxLayout(self.log_page)
        self.log_layout.setObjectName(u"log_layout")
        self.log_view = QTableView(self.log_page)
        self.log_view.setObjectName(u"log_view")
        self.log_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_view.setAlternatingRowColors(True)

        self.log_layout.addWidget(self.log_view)

        self.log_buttons_layout = QHBoxLayout()
        self.log_buttons_layout.setObjectName(u"log_buttons_layout")
        self.refresh_log_button = QPushButton(self.log_page)
        self.refresh_log_button.setObjectName(u"refresh_log_button")
        self.refresh_log_button.setAutoDefault(False)

        self.log_buttons_layout.addWidget(self.refresh_log_button)

        self.log_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.log_buttons_layout.addItem(self.log_spacer)


        self.log_layout.addLayout(self.log_buttons_layout)

        self.tabs_widget.addTab(self.log_page, "")
        self.templates_page = QWidget()
        self.templates_page.setObjectName(u"templates_page")
        self.templates_layout = QVBoxLayout(self.templates_page)
        self.templates_layout.setObjectName(u"templates_layout")
        self.kind_layout = QHBoxLayout()
        self.kind_layout.setObjectName(u"kind_layout")
        self.kind_caption_label = QLabel(self.templates_page)
        self.kind_caption_label.setObjectName(u"kind_caption_label")

        self.kind_layout.addWidget(self.kind_caption_label)

        self.kind_combo = QComboBox(self.templates_page)
        self.kind_combo.setObjectName(u"kind_combo")

        self.kind_layout.addWidget(self.kind_combo)

        self.template_origin_label = QLabel(self.templates_page)
        self.template_origin_label.setObjectName(u"template_origin_label")

        self.kind_layout.addWidget(self.template_origin_label)

        self.kind_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kind_layout.addItem(self.kind_spacer)


        self.templates_layout.addLayout(self.kind_layout)

        self.editor_layout = QHBoxLayout()
        self.editor_layout.setObjectName(u"editor_layout")
        self.source_layout = QVBoxLayout()
        self.source_layout.setObjectName(u"source_layout")
        self.template_caption_label = QLabel(self.templates_page)
        self.template_caption_label.setObjectName(u"template_caption_label")

        self.source_layout.addWidget(self.template_caption_label)

        self.template_edit = QPlainTextEdit(self.templates_page)
        self.template_edit.setObjectName(u"template_edit")
        self.template_edit.setTabChangesFocus(True)
        self.template_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.source_layout.addWidget(self.template_edit)


        self.editor_layout.addLayout(self.source_layout)

        self.preview_layout = QVBoxLayout()
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_subject_label = QLabel(self.templates_page)
        self.preview_subject_label.setObjectName(u"preview_subject_label")
        self.preview_subject_label.setWordWrap(True)
        self.preview_subject_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.preview_layout.addWidget(self.preview_subject_label)

        self.preview_edit = QPlainTextEdit(self.templates_page)
        self.preview_edit.setObjectName(u"preview_edit")
        self.preview_edit.setReadOnly(True)
        self.preview_edit.setTabChangesFocus(True)

        self.preview_layout.addWidget(self.preview_edit)


        self.editor_layout.addLayout(self.preview_layout)


        self.templates_layout.addLayout(self.editor_layout)

        self.template_buttons_layout = QHBoxLayout()
        self.template_buttons_layout.setObjectName(u"template_buttons_layout")
        self.save_template_button = QPushButton(self.templates_page)
        self.save_template_button.setObjectName(u"save_template_button")
        self.save_template_button.setAutoDefault(False)

        self.template_buttons_layout.addWidget(self.save_template_button)

        self.restore_template_button = QPushButton(self.templates_page)
        self.restore_template_button.setObjectName(u"restore_template_button")
        self.restore_template_button.setAutoDefault(False)

        self.template_buttons_layout.addWidget(self.restore_template_button)

        self.template_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.template_buttons_layout.addItem(self.template_spacer)


        self.templates_layout.addLayout(self.template_buttons_layout)

        self.tabs_widget.addTab(self.templates_page, "")
        self.smtp_page = QWidget()
        self.smtp_page.setObjectName(u"smtp_page")
        self.smtp_layout = QVBoxLayout(self.smtp_page)
        self.smtp_layout.setObjectName(u"smtp_layout")
        self.smtp_form = QFormLayout()
        self.smtp_form.setObjectName(u"smtp_form")
        self.host_caption_label = QLabel(self.smtp_page)
        self.host_caption_label.setObjectName(u"host_caption_label")

        self.smtp_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.host_caption_label)

        self.host_edit = QLineEdit(self.smtp_page)
        self.host_edit.setObjectName(u"host_edit")

        self.smtp_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.host_edit)

        self.port_caption_label = QLabel(self.smtp_page)
        self.port_caption_label.setObjectName(u"port_caption_label")

        self.smtp_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.port_caption_label)

        self.port_spin = QSpinBox(self.smtp_page)
        self.port_spin.setObjectName(u"port_spin")
        self.port_spin.setMinimum(1)
        self.port_spin.setMaximum(65535)
        self.port_spin.setValue(587)

        self.smtp_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.port_spin)

        self.starttls_check = QCheckBox(self.smtp_page)
        self.starttls_check.setObjectName(u"starttls_check")
        self.starttls_check.setChecked(True)

        self.smtp_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.starttls_check)

        self.username_caption_label = QLabel(self.smtp_page)
        self.username_caption_label.setObjectName(u"username_caption_label")

        self.smtp_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.username_caption_label)

        self.username_edit = QLineEdit(self.smtp_page)
        self.username_edit.setObjectName(u"username_edit")

        self.smtp_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.password_caption_label = QLabel(self.smtp_page)
        self.password_caption_label.setObjectName(u"password_caption_label")

        self.smtp_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.password_caption_label)

        self.password_edit = QLineEdit(self.smtp_page)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.smtp_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.sender_caption_label = QLabel(self.smtp_page)
        self.sender_caption_label.setObjectName(u"sender_caption_label")

        self.smtp_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sender_caption_label)

        self.sender_edit = QLineEdit(self.smtp_page)
        self.sender_edit.setObjectName(u"sender_edit")

        self.smtp_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sender_edit)


        self.smtp_layout.addLayout(self.smtp_form)

        self.smtp_buttons_layout = QHBoxLayout()
        self.smtp_buttons_layout.setObjectName(u"smtp_buttons_layout")
        self.save_smtp_button = QPushButton(self.smtp_page)
        self.save_smtp_button.setObjectName(u"save_smtp_button")
        self.save_smtp_button.setAutoDefault(False)

        self.smtp_buttons_layout.addWidget(self.save_smtp_button)

        self.test_caption_label = QLabel(self.smtp_page)
        self.test_caption_label.setObjectName(u"test_caption_label")

        self.smtp_buttons_layout.addWidget(self.test_caption_label)

        self.test_to_edit = QLineEdit(self.smtp_page)
        self.test_to_edit.setObjectName(u"test_to_edit")

        self.smtp_buttons_layout.addWidget(self.test_to_edit)

        self.test_button = QPushButton(self.smtp_page)
        self.test_button.setObjectName(u"test_button")
        self.test_button.setAutoDefault(False)

        self.smtp_buttons_layout.addWidget(self.test_button)


        self.smtp_layout.addLayout(self.smtp_buttons_layout)

        self.smtp_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.smtp_layout.addItem(self.smtp_spacer)

        self.tabs_widget.addTab(self.smtp_page, "")

        self.main_layout.addWidget(self.tabs_widget)

        self.unsaved_layout = QHBoxLayout()
        self.unsaved_layout.setObjectName(u"unsaved_layout")
        self.unsaved_label = QLabel(NoticesDialog)
        self.unsaved_label.setObjectName(u"unsaved_label")
        self.unsaved_label.setWordWrap(True)
        self.unsaved_label.setStyleSheet(u"QLabel { background:#fff3cd; color:#6b4e00; border:2px solid #e0a800; padding:6px; border-radius:4px; }")

        self.unsaved_layout.addWidget(self.unsaved_label)

        self.unsaved_save_button = QPushButton(NoticesDialog)
        self.unsaved_save_button.setObjectName(u"unsaved_save_button")
        self.unsaved_save_button.setAutoDefault(False)

        self.unsaved_layout.addWidget(self.unsaved_save_button)

        self.unsaved_discard_button = QPushButton(NoticesDialog)
        self.unsaved_discard_button.setObjectName(u"unsaved_discard_button")
        self.unsaved_discard_button.setAutoDefault(False)

        self.unsaved_layout.addWidget(self.unsaved_discard_button)

        self.unsaved_keep_button = QPushButton(NoticesDialog)
        self.unsaved_keep_button.setObjectName(u"unsaved_keep_button")
        self.unsaved_keep_button.setAutoDefault(False)

        self.unsaved_layout.addWidget(self.unsaved_keep_button)


        self.main_layout.addLayout(self.unsaved_layout)

        self.status_label = QLabel(NoticesDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(NoticesDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.letters_caption_label.setBuddy(self.letters_edit)
        self.kind_caption_label.setBuddy(self.kind_combo)
        self.template_caption_label.setBuddy(self.template_edit)
        self.host_caption_label.setBuddy(self.host_edit)
        self.port_caption_label.setBuddy(self.port_spin)
        self.username_caption_label.setBuddy(self.username_edit)
        self.password_caption_label.setBuddy(self.password_edit)
        self.sender_caption_label.setBuddy(self.sender_edit)
        self.test_caption_label.setBuddy(self.test_to_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs_widget, self.due_view)
        QWidget.setTabOrder(self.due_view, self.letters_edit)
        QWidget.setTabOrder(self.letters_edit, self.refresh_due_button)
        QWidget.setTabOrder(self.refresh_due_button, self.send_button)
        QWidget.setTabOrder(self.send_button, self.log_view)
        QWidget.setTabOrder(self.log_view, self.refresh_log_button)
        QWidget.setTabOrder(self.refresh_log_button, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.template_edit)
        QWidget.setTabOrder(self.template_edit, self.preview_edit)
        QWidget.setTabOrder(self.preview_edit, self.save_template_button)
        QWidget.setTabOrder(self.save_template_button, self.restore_template_button)
        QWidget.setTabOrder(self.restore_template_button, self.host_edit)
        QWidget.setTabOrder(self.host_edit, self.port_spin)
        QWidget.setTabOrder(self.port_spin, self.starttls_check)
        QWidget.setTabOrder(self.starttls_check, self.username_edit)
        QWidget.setTabOrder(self.username_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.sender_edit)
        QWidget.setTabOrder(self.sender_edit, self.save_smtp_button)
        QWidget.setTabOrder(self.save_smtp_button, self.test_to_edit)
        QWidget.setTabOrder(self.test_to_edit, self.test_button)
        QWidget.setTabOrder(self.test_button, self.unsaved_save_button)
        QWidget.setTabOrder(self.unsaved_save_button, self.unsaved_discard_button)
        QWidget.setTabOrder(self.unsaved_discard_button, self.unsaved_keep_button)
        QWidget.setTabOrder(self.unsaved_keep_button, self.close_button)

        self.retranslateUi(NoticesDialog)

        self.tabs_widget.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, NoticesDialog):
        NoticesDialog.setWindowTitle(QCoreApplication.translate("NoticesDialog", u"Notices to patrons", None))
        self.due_label.setText(QCoreApplication.translate("NoticesDialog", u"Notices due now (a dry run: nothing is sent until Send now).", None))
#if QT_CONFIG(accessibility)
        self.due_view.setAccessibleName(QCoreApplication.translate("NoticesDialog", u"Notices due", None))
#endif // QT_CONFIG(accessibility)
        self.letters_caption_label.setText(QCoreApplication.translate("NoticesDialog", u"&Letters PDF:", None))
        self.letters_edit.setPlaceholderText(QCoreApplication.translate("NoticesDialog", u"a new file in Documents/LibTech notices", None))
#if QT_CONFIG(accessibility)
        self.letters_edit.setAccessibleName(QCoreApplication.translate("NoticesDialog", u"Where to write the printed letters", None))
#endif // QT_CONFIG(accessibility)
        self.refresh_due_button.setText(QCoreApplication.translate("NoticesDialog", u"&Check what is due", None))
        self.send_button.setText(QCoreApplication.translate("NoticesDialog", u"Send &now", None))
#if QT_CONFIG(tooltip)
        self.send_button.setToolTip(QCoreApplication.translate("NoticesDialog", u"Email what is due and write the letters; failures are retried next time", None))
#endif // QT_CONFIG(tooltip)
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.due_page), QCoreApplication.translate("NoticesDialog", u"&Due", None))
#if QT_CONFIG(accessibility)
        self.log_view.setAccessibleName(QCoreApplication.translate("NoticesDialog", u"Notices sent, printed and failed", None))
#endif // QT_CONFIG(accessibility)
        self.refresh_log_button.setText(QCoreApplication.translate("NoticesDialog", u"&Refresh log", None))
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.log_page), QCoreApplication.translate("NoticesDialog", u"L&og", None))
        self.kind_caption_label.setText(QCoreApplication.translate("NoticesDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("NoticesDialog", u"Kind of notice", None))
#endif // QT_CONFIG(accessibility)
        self.template_origin_label.setText("")
        self.template_caption_label.setText(QCoreApplication.translate("NoticesDialog", u"Templat&e (first line \u201cSubject: \u2026\u201d; Jinja2):", None))
#if QT_CONFIG(accessibility)
        self.template_edit.setAccessibleName(QCoreApplication.translate("NoticesDialog", u"Template text", None))
#endif // QT_CONFIG(accessibility)
        self.preview_subject_label.setText(QCoreApplication.translate("NoticesDialog", u"Preview", None))
#if QT_CONFIG(accessibility)
        self.preview_edit.setAccessibleName(QCoreApplication.translate("NoticesDialog", u"Preview for a sample patron", None))
#endif // QT_CONFIG(accessibility)
        self.save_template_button.setText(QCoreApplication.translate("NoticesDialog", u"&Save template", None))
        self.restore_template_button.setText(QCoreApplication.translate("NoticesDialog", u"&Restore default", None))
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.templates_page), QCoreApplication.translate("NoticesDialog", u"&Templates", None))
        self.host_caption_label.setText(QCoreApplication.translate("NoticesDialog", u"&Host:", None))
        self.host_edit.setPlaceholderText(QCoreApplication.translate("NoticesDialog", u"smtp.example.org", None))
        self.port_caption_label.setText(QCoreApplication.translate("NoticesDialog", u"&Port:", None))
        self.starttls_check.setText(QCoreApplication.translate("NoticesDialog", u"&Use STARTTLS", None))
        self.username_caption_label.setText(QCoreApplication.translate("NoticesDialog", u"Login &name:", None))
        self.username_edit.setPlaceholderText(QCoreApplication.translate("NoticesDialog", u"blank: no login", None))
        self.password_caption_label.setText(QCoreApplication.translate("NoticesDialog", u"Pass&word:", None))
        self.sender_caption_label.setText(QCoreApplication.translate("NoticesDialog", u"&From address:", None))
        self.sender_edit.setPlaceholderText(QCoreApplication.translate("NoticesDialog", u"notices@library.example", None))
        self.save_smtp_button.setText(QCoreApplication.translate("NoticesDialog", u"Sa&ve settings", None))
        self.test_caption_label.setText(QCoreApplication.translate("NoticesDialog", u"Test &address:", None))
        self.test_to_edit.setPlaceholderText(QCoreApplication.translate("NoticesDialog", u"you@library.example", None))
        self.test_button.setText(QCoreApplication.translate("NoticesDialog", u"Send t&est message", None))
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.smtp_page), QCoreApplication.translate("NoticesDialog", u"&Mail server", None))
        self.unsaved_label.setText(QCoreApplication.translate("NoticesDialog", u"The template has unsaved changes.", None))
        self.unsaved_save_button.setText(QCoreApplication.translate("NoticesDialog", u"Sa&ve", None))
#if QT_CONFIG(tooltip)
        self.unsaved_save_button.setToolTip(QCoreApplication.translate("NoticesDialog", u"Save the template, then go on", None))
#endif // QT_CONFIG(tooltip)
        self.unsaved_discard_button.setText(QCoreApplication.translate("NoticesDialog", u"D&iscard", None))
#if QT_CONFIG(tooltip)
        self.unsaved_discard_button.setToolTip(QCoreApplication.translate("NoticesDialog", u"Throw the changes away, then go on", None))
#endif // QT_CONFIG(tooltip)
        self.unsaved_keep_button.setText(QCoreApplication.translate("NoticesDialog", u"Keep editin&g", None))
#if QT_CONFIG(tooltip)
        self.unsaved_keep_button.setToolTip(QCoreApplication.translate("NoticesDialog", u"Stay in the template editor with the changes", None))
#endif // QT_CONFIG(tooltip)
        self.status_label.setText("")
        self.close_button.setText(QCoreApplication.translate("NoticesDialog", u"Close", None))
    # retranslateUi

