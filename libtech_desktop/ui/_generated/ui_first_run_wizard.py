# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTextBrowser,
    QVBoxLayout, QWidget, QWizard, QWizardPage)

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard):
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.resize(640, 520)
        FirstRunWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.welcome_page = QWizardPage()
        self.welcome_page.setObjectName(u"welcome_page")
        self.welcome_page_layout = QVBoxLayout(self.welcome_page)
        self.welcome_page_layout.setObjectName(u"welcome_page_layout")
        self.new_radio = QRadioButton(self.welcome_page)
        self.new_radio.setObjectName(u"new_radio")
        self.new_radio.setChecked(True)

        self.welcome_page_layout.addWidget(self.new_radio)

        self.demo_radio = QRadioButton(self.welcome_page)
        self.demo_radio.setObjectName(u"demo_radio")

        self.welcome_page_layout.addWidget(self.demo_radio)

        self.welcome_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcome_page_layout.addItem(self.welcome_spacer)

        FirstRunWizard.addPage(self.welcome_page)
        self.library_page = QWizardPage()
        self.library_page.setObjectName(u"library_page")
        self.library_page_layout = QVBoxLayout(self.library_page)
        self.library_page_layout.setObjectName(u"library_page_layout")
        self.library_form = QFormLayout()
        self.library_form.setObjectName(u"library_form")
        self.name_label = QLabel(self.library_page)
        self.name_label.setObjectName(u"name_label")

        self.library_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.library_page)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(100)

        self.library_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.address_label = QLabel(self.library_page)
        self.address_label.setObjectName(u"address_label")

        self.library_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QPlainTextEdit(self.library_page)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setMaximumSize(QSize(16777215, 80))

        self.library_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.email_label = QLabel(self.library_page)
        self.email_label.setObjectName(u"email_label")

        self.library_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(self.library_page)
        self.email_edit.setObjectName(u"email_edit")

        self.library_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.phone_label = QLabel(self.library_page)
        self.phone_label.setObjectName(u"phone_label")

        self.library_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.library_page)
        self.phone_edit.setObjectName(u"phone_edit")

        self.library_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phone_edit)


        self.library_page_layout.addLayout(self.library_form)

        self.library_status = QLabel(self.library_page)
        self.library_status.setObjectName(u"library_status")
        self.library_status.setWordWrap(True)

        self.library_page_layout.addWidget(self.library_status)

        self.library_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.library_page_layout.addItem(self.library_spacer)

        FirstRunWizard.addPage(self.library_page)
        self.barcode_page = QWizardPage()
        self.barcode_page.setObjectName(u"barcode_page")
        self.barcode_page_layout = QVBoxLayout(self.barcode_page)
        self.barcode_page_layout.setObjectName(u"barcode_page_layout")
        self.barcode_form = QFormLayout()
        self.barcode_form.setObjectName(u"barcode_form")
        self.institution_label = QLabel(self.barcode_page)
        self.institution_label.setObjectName(u"institution_label")

        self.barcode_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.institution_label)

        self.institution_edit = QLineEdit(self.barcode_page)
        self.institution_edit.setObjectName(u"institution_edit")
        self.institution_edit.setMaxLength(8)

        self.barcode_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.institution_edit)

        self.patron_digit_label = QLabel(self.barcode_page)
        self.patron_digit_label.setObjectName(u"patron_digit_label")

        self.barcode_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.patron_digit_label)

        self.patron_digit_spin = QSpinBox(self.barcode_page)
        self.patron_digit_spin.setObjectName(u"patron_digit_spin")
        self.patron_digit_spin.setMinimum(0)
        self.patron_digit_spin.setMaximum(9)
        self.patron_digit_spin.setValue(2)

        self.barcode_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.patron_digit_spin)

        self.item_digit_label = QLabel(self.barcode_page)
        self.item_digit_label.setObjectName(u"item_digit_label")

        self.barcode_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.item_digit_label)

        self.item_digit_spin = QSpinBox(self.barcode_page)
        self.item_digit_spin.setObjectName(u"item_digit_spin")
        self.item_digit_spin.setMinimum(0)
        self.item_digit_spin.setMaximum(9)
        self.item_digit_spin.setValue(3)

        self.barcode_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.item_digit_spin)

        self.width_label = QLabel(self.barcode_page)
        self.width_label.setObjectName(u"width_label")

        self.barcode_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.width_label)

        self.width_spin = QSpinBox(self.barcode_page)
        self.width_spin.setObjectName(u"width_spin")
        self.width_spin.setMinimum(1)
        self.width_spin.setMaximum(12)
        self.width_spin.setValue(8)

        self.barcode_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.width_spin)

        self.check_label = QLabel(self.barcode_page)
        self.check_label.setObjectName(u"check_label")

        self.barcode_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.check_label)

        self.check_combo = QComboBox(self.barcode_page)
        self.check_combo.setObjectName(u"check_combo")

        self.barcode_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.check_combo)


        self.barcode_page_layout.addLayout(self.barcode_form)

        self.example_label = QLabel(self.barcode_page)
        self.example_label.setObjectName(u"example_label")
        self.example_label.setWordWrap(True)

        self.barcode_page_layout.addWidget(self.example_label)

        self.barcode_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.barcode_page_layout.addItem(self.barcode_spacer)

        FirstRunWizard.addPage(self.barcode_page)
        self.rules_page = QWizardPage()
        self.rules_page.setObjectName(u"rules_page")
        self.rules_page_layout = QVBoxLayout(self.rules_page)
        self.rules_page_layout.setObjectName(u"rules_page_layout")
        self.rules_form = QFormLayout()
        self.rules_form.setObjectName(u"rules_form")
        self.loan_days_label = QLabel(self.rules_page)
        self.loan_days_label.setObjectName(u"loan_days_label")

        self.rules_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loan_days_label)

        self.loan_days_spin = QSpinBox(self.rules_page)
        self.loan_days_spin.setObjectName(u"loan_days_spin")
        self.loan_days_spin.setMinimum(1)
        self.loan_days_spin.setMaximum(365)
        self.loan_days_spin.setValue(21)

        self.rules_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.loan_days_spin)

        self.renewals_label = QLabel(self.rules_page)
        self.renewals_label.setObjectName(u"renewals_label")

        self.rules_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.renewals_label)

        self.renewals_spin = QSpinBox(self.rules_page)
        self.renewals_spin.setObjectName(u"renewals_spin")
        self.renewals_spin.setMinimum(0)
        self.renewals_spin.setMaximum(99)
        self.renewals_spin.setValue(3)

        self.rules_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.renewals_spin)

        self.max_items_label = QLabel(self.rules_page)
        self.max_items_label.setObjectName(u"max_items_label")

        self.rules_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.max_items_label)

        self.max_items_spin = QSpinBox(self.rules_page)
        self.max_items_spin.setObjectName(u"max_items_spin")
        self.max_items_spin.setMinimum(1)
        self.max_items_spin.setMaximum(999)
        self.max_items_spin.setValue(25)

        self.rules_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.max_items_spin)

        self.fine_label = QLabel(self.rules_page)
        self.fine_label.setObjectName(u"fine_label")

        self.rules_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fine_label)

        self.fine_edit = QLineEdit(self.rules_page)
        self.fine_edit.setObjectName(u"fine_edit")

        self.rules_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fine_edit)

        self.cap_label = QLabel(self.rules_page)
        self.cap_label.setObjectName(u"cap_label")

        self.rules_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cap_label)

        self.cap_edit = QLineEdit(self.rules_page)
        self.cap_edit.setObjectName(u"cap_edit")

        self.rules_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cap_edit)


        self.rules_page_layout.addLayout(self.rules_form)

        self.rules_status = QLabel(self.rules_page)
        self.rules_status.setObjectName(u"rules_status")
        self.rules_status.setWordWrap(True)

        self.rules_page_layout.addWidget(self.rules_status)

        self.rules_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rules_page_layout.addItem(self.rules_spacer)

        FirstRunWizard.addPage(self.rules_page)
        self.closed_page = QWizardPage()
        self.closed_page.setObjectName(u"closed_page")
        self.closed_page_layout = QVBoxLayout(self.closed_page)
        self.closed_page_layout.setObjectName(u"closed_page_layout")
        self.weekdays_label = QLabel(self.closed_page)
        self.weekdays_label.setObjectName(u"weekdays_label")

        self.closed_page_layout.addWidget(self.weekdays_label)

        self.weekdays_layout = QHBoxLayout()
        self.weekdays_layout.setObjectName(u"weekdays_layout")
        self.closed_monday = QCheckBox(self.closed_page)
        self.closed_monday.setObjectName(u"closed_monday")

        self.weekdays_layout.addWidget(self.closed_monday)

        self.closed_tuesday = QCheckBox(self.closed_page)
        self.closed_tuesday.setObjectName(u"closed_tuesday")

        self.weekdays_layout.addWidget(self.closed_tuesday)

        self.closed_wednesday = QCheckBox(self.closed_page)
        self.closed_wednesday.setObjectName(u"closed_wednesday")

        self.weekdays_layout.addWidget(self.closed_wednesday)

        self.closed_thursday = QCheckBox(self.closed_page)
        self.closed_thursday.setObjectName(u"closed_thursday")

        self.weekdays_layout.addWidget(self.closed_thursday)

        self.closed_friday = QCheckBox(self.closed_page)
        self.closed_friday.setObjectName(u"closed_friday")

        self.weekdays_layout.addWidget(self.closed_friday)

        self.closed_saturday = QCheckBox(self.closed_page)
        self.closed_saturday.setObjectName(u"closed_saturday")

        self.weekdays_layout.addWidget(self.closed_saturday)

        self.closed_sunday = QCheckBox(self.closed_page)
        self.closed_sunday.setObjectName(u"closed_sunday")

        self.weekdays_layout.addWidget(self.closed_sunday)


        self.closed_page_layout.addLayout(self.weekdays_layout)

        self.holiday_form = QFormLayout()
        self.holiday_form.setObjectName(u"holiday_form")
        self.country_label = QLabel(self.closed_page)
        self.country_label.setObjectName(u"country_label")

        self.holiday_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country_combo = QComboBox(self.closed_page)
        self.country_combo.setObjectName(u"country_combo")

        self.holiday_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.country_combo)

        self.region_label = QLabel(self.closed_page)
        self.region_label.setObjectName(u"region_label")

        self.holiday_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.region_label)

        self.region_combo = QComboBox(self.closed_page)
        self.region_combo.setObjectName(u"region_combo")

        self.holiday_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.region_combo)


        self.closed_page_layout.addLayout(self.holiday_form)

        self.holidays_label = QLabel(self.closed_page)
        self.holidays_label.setObjectName(u"holidays_label")

        self.closed_page_layout.addWidget(self.holidays_label)

        self.holiday_list = QListWidget(self.closed_page)
        self.holiday_list.setObjectName(u"holiday_list")

        self.closed_page_layout.addWidget(self.holiday_list)

        self.closed_status = QLabel(self.closed_page)
        self.closed_status.setObjectName(u"closed_status")
        self.closed_status.setWordWrap(True)

        self.closed_page_layout.addWidget(self.closed_status)

        FirstRunWizard.addPage(self.closed_page)
        self.admin_page = QWizardPage()
        self.admin_page.setObjectName(u"admin_page")
        self.admin_page_layout = QVBoxLayout(self.admin_page)
        self.admin_page_layout.setObjectName(u"admin_page_layout")
        self.admin_form = QFormLayout()
        self.admin_form.setObjectName(u"admin_form")
        self.username_label = QLabel(self.admin_page)
        self.username_label.setObjectName(u"username_label")

        self.admin_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(self.admin_page)
        self.username_edit.setObjectName(u"username_edit")
        self.username_edit.setMaxLength(64)

        self.admin_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.display_label = QLabel(self.admin_page)
        self.display_label.setObjectName(u"display_label")

        self.admin_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.display_label)

        self.display_edit = QLineEdit(self.admin_page)
        self.display_edit.setObjectName(u"display_edit")

        self.admin_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.display_edit)

        self.password_label = QLabel(self.admin_page)
        self.password_label.setObjectName(u"password_label")

        self.admin_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(self.admin_page)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.admin_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.again_label = QLabel(self.admin_page)
        self.again_label.setObjectName(u"again_label")

        self.admin_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.again_label)

        self.again_edit = QLineEdit(self.admin_page)
        self.again_edit.setObjectName(u"again_edit")
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.admin_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.again_edit)


        self.admin_page_layout.addLayout(self.admin_form)

        self.admin_status = QLabel(self.admin_page)
        self.admin_status.setObjectName(u"admin_status")
        self.admin_status.setWordWrap(True)

        self.admin_page_layout.addWidget(self.admin_status)

        self.admin_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.admin_page_layout.addItem(self.admin_spacer)

        FirstRunWizard.addPage(self.admin_page)
        self.backup_page = QWizardPage()
        self.backup_page.setObjectName(u"backup_page")
        self.backup_page_layout = QVBoxLayout(self.backup_page)
        self.backup_page_layout.setObjectName(u"backup_page_layout")
        self.backup_form = QFormLayout()
        self.backup_form.setObjectName(u"backup_form")
        self.backup_label = QLabel(self.backup_page)
        self.backup_label.setObjectName(u"backup_label")

        self.backup_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.backup_label)

        self.backup_layout = QHBoxLayout()
        self.backup_layout.setObjectName(u"backup_layout")
        self.backup_edit = QLineEdit(self.backup_page)
        self.backup_edit.setObjectName(u"backup_edit")

        self.backup_layout.addWidget(self.backup_edit)

        self.backup_button = QPushButton(self.backup_page)
        self.backup_button.setObjectName(u"backup_button")

        self.backup_layout.addWidget(self.backup_button)


        self.backup_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.backup_layout)

        self.second_label = QLabel(self.backup_page)
        self.second_label.setObjectName(u"second_label")

        self.backup_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.second_label)

        self.second_layout = QHBoxLayout()
        self.second_layout.setObjectName(u"second_layout")
        self.second_edit = QLineEdit(self.backup_page)
        self.second_edit.setObjectName(u"second_edit")

        self.second_layout.addWidget(self.second_edit)

        self.second_button = QPushButton(self.backup_page)
        self.second_button.setObjectName(u"second_button")

        self.second_layout.addWidget(self.second_button)


        self.backup_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.second_layout)

        self.device_label = QLabel(self.backup_page)
        self.device_label.setObjectName(u"device_label")

        self.backup_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.device_label)

        self.device_edit = QLineEdit(self.backup_page)
        self.device_edit.setObjectName(u"device_edit")
        self.device_edit.setMaxLength(64)

        self.backup_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.device_edit)


        self.backup_page_layout.addLayout(self.backup_form)

        self.backup_status = QLabel(self.backup_page)
        self.backup_status.setObjectName(u"backup_status")
        self.backup_status.setWordWrap(True)

        self.backup_page_layout.addWidget(self.backup_status)

        self.backup_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.backup_page_layout.addItem(self.backup_spacer)

        FirstRunWizard.addPage(self.backup_page)
        self.summary_page = QWizardPage()
        self.summary_page.setObjectName(u"summary_page")
        self.summary_page_layout = QVBoxLayout(self.summary_page)
        self.summary_page_layout.setObjectName(u"summary_page_layout")
        self.summary_view = QTextBrowser(self.summary_page)
        self.summary_view.setObjectName(u"summary_view")
        self.summary_view.setTabChangesFocus(True)

        self.summary_page_layout.addWidget(self.summary_view)

        self.summary_status = QLabel(self.summary_page)
        self.summary_status.setObjectName(u"summary_status")
        self.summary_status.setWordWrap(True)

        self.summary_page_layout.addWidget(self.summary_status)

        FirstRunWizard.addPage(self.summary_page)
#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.address_label.setBuddy(self.address_edit)
        self.email_label.setBuddy(self.email_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.institution_label.setBuddy(self.institution_edit)
        self.patron_digit_label.setBuddy(self.patron_digit_spin)
        self.item_digit_label.setBuddy(self.item_digit_spin)
        self.width_label.setBuddy(self.width_spin)
        self.check_label.setBuddy(self.check_combo)
        self.loan_days_label.setBuddy(self.loan_days_spin)
        self.renewals_label.setBuddy(self.renewals_spin)
        self.max_items_label.setBuddy(self.max_items_spin)
        self.fine_label.setBuddy(self.fine_edit)
        self.cap_label.setBuddy(self.cap_edit)
        self.country_label.setBuddy(self.country_combo)
        self.region_label.setBuddy(self.region_combo)
        self.holidays_label.setBuddy(self.holiday_list)
        self.username_label.setBuddy(self.username_edit)
        self.display_label.setBuddy(self.display_edit)
        self.password_label.setBuddy(self.password_edit)
        self.again_label.setBuddy(self.again_edit)
        self.backup_label.setBuddy(self.backup_edit)
        self.second_label.setBuddy(self.second_edit)
        self.device_label.setBuddy(self.device_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.new_radio, self.demo_radio)
        QWidget.setTabOrder(self.demo_radio, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.institution_edit)
        QWidget.setTabOrder(self.institution_edit, self.patron_digit_spin)
        QWidget.setTabOrder(self.patron_digit_spin, self.item_digit_spin)
        QWidget.setTabOrder(self.item_digit_spin, self.width_spin)
        QWidget.setTabOrder(self.width_spin, self.check_combo)
        QWidget.setTabOrder(self.check_combo, self.loan_days_spin)
        QWidget.setTabOrder(self.loan_days_spin, self.renewals_spin)
        QWidget.setTabOrder(self.renewals_spin, self.max_items_spin)
        QWidget.setTabOrder(self.max_items_spin, self.fine_edit)
        QWidget.setTabOrder(self.fine_edit, self.cap_edit)
        QWidget.setTabOrder(self.cap_edit, self.closed_monday)
        QWidget.setTabOrder(self.closed_monday, self.closed_tuesday)
        QWidget.setTabOrder(self.closed_tuesday, self.closed_wednesday)
        QWidget.setTabOrder(self.closed_wednesday, self.closed_thursday)
        QWidget.setTabOrder(self.closed_thursday, self.closed_friday)
        QWidget.setTabOrder(self.closed_friday, self.closed_saturday)
        QWidget.setTabOrder(self.closed_saturday, self.closed_sunday)
        QWidget.setTabOrder(self.closed_sunday, self.country_combo)
        QWidget.setTabOrder(self.country_combo, self.region_combo)
        QWidget.setTabOrder(self.region_combo, self.holiday_list)
        QWidget.setTabOrder(self.holiday_list, self.username_edit)
        QWidget.setTabOrder(self.username_edit, self.display_edit)
        QWidget.setTabOrder(self.display_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.again_edit)
        QWidget.setTabOrder(self.again_edit, self.backup_edit)
        QWidget.setTabOrder(self.backup_edit, self.backup_button)
        QWidget.setTabOrder(self.backup_button, self.second_edit)
        QWidget.setTabOrder(self.second_edit, self.second_button)
        QWidget.setTabOrder(self.second_button, self.device_edit)
        QWidget.setTabOrder(self.device_edit, self.summary_view)

        self.retranslateUi(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard):
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"LibTech Desk \u2014 set up a new library", None))
        self.welcome_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Welcome to LibTech Desk", None))
        self.welcome_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"This library file is new. Answer a few questions and the desk is ready to lend; every answer can be changed later in Settings \u2192 Preferences.", None))
        self.new_radio.setText(QCoreApplication.translate("FirstRunWizard", u"&Set up a new library", None))
        self.demo_radio.setText(QCoreApplication.translate("FirstRunWizard", u"Load the &demo library instead (made-up patrons and books, to try the program)", None))
        self.library_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Your library", None))
        self.library_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"As printed on slips, cards and notices.", None))
        self.name_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Library name:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Library name", None))
#endif // QT_CONFIG(accessibility)
        self.name_edit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"e.g. Riverside Public Library", None))
        self.address_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Address:", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Postal address", None))
#endif // QT_CONFIG(accessibility)
        self.email_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Email:", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Library email", None))
#endif // QT_CONFIG(accessibility)
        self.email_edit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"reply-to address on notices", None))
        self.phone_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Phone:", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Library phone", None))
#endif // QT_CONFIG(accessibility)
        self.library_status.setText("")
        self.barcode_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Barcodes", None))
        self.barcode_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"How the library numbers new patron cards and items: type digit, institution code, running number and check digit.", None))
        self.institution_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Institution code:", None))
#if QT_CONFIG(accessibility)
        self.institution_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Institution code", None))
#endif // QT_CONFIG(accessibility)
        self.institution_edit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"digits, may be empty", None))
        self.patron_digit_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Patron type digit:", None))
#if QT_CONFIG(accessibility)
        self.patron_digit_spin.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Patron type digit", None))
#endif // QT_CONFIG(accessibility)
        self.item_digit_label.setText(QCoreApplication.translate("FirstRunWizard", u"I&tem type digit:", None))
#if QT_CONFIG(accessibility)
        self.item_digit_spin.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Item type digit", None))
#endif // QT_CONFIG(accessibility)
        self.width_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Sequence digits:", None))
#if QT_CONFIG(accessibility)
        self.width_spin.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Sequence digits", None))
#endif // QT_CONFIG(accessibility)
        self.check_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Check digit:", None))
#if QT_CONFIG(accessibility)
        self.check_combo.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Check digit", None))
#endif // QT_CONFIG(accessibility)
        self.example_label.setText("")
        self.rules_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Loans and fines", None))
        self.rules_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"The same rule for every patron category and item type to start with; change single rules later.", None))
        self.loan_days_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Loan period:", None))
#if QT_CONFIG(accessibility)
        self.loan_days_spin.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Loan period in days", None))
#endif // QT_CONFIG(accessibility)
        self.loan_days_spin.setSuffix(QCoreApplication.translate("FirstRunWizard", u" days", None))
        self.renewals_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Renewals:", None))
#if QT_CONFIG(accessibility)
        self.renewals_spin.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Renewals", None))
#endif // QT_CONFIG(accessibility)
        self.max_items_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Most items on loan:", None))
#if QT_CONFIG(accessibility)
        self.max_items_spin.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Most items on loan", None))
#endif // QT_CONFIG(accessibility)
        self.fine_label.setText(QCoreApplication.translate("FirstRunWizard", u"Overdue &fine per day:", None))
#if QT_CONFIG(accessibility)
        self.fine_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Overdue fine per day", None))
#endif // QT_CONFIG(accessibility)
        self.fine_edit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"0.00: no fines", None))
        self.cap_label.setText(QCoreApplication.translate("FirstRunWizard", u"Most fine per &item:", None))
#if QT_CONFIG(accessibility)
        self.cap_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Most fine per item", None))
#endif // QT_CONFIG(accessibility)
        self.cap_edit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"empty: no cap", None))
        self.rules_status.setText("")
        self.closed_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Closed days", None))
        self.closed_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"No loan falls due and no fine is charged on a closed day. Weekly closed days and the public holidays you keep are stored as dates for this year and the next four.", None))
        self.weekdays_label.setText(QCoreApplication.translate("FirstRunWizard", u"Closed every:", None))
        self.closed_monday.setText(QCoreApplication.translate("FirstRunWizard", u"&Mon", None))
#if QT_CONFIG(accessibility)
        self.closed_monday.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Closed on Mondays", None))
#endif // QT_CONFIG(accessibility)
        self.closed_tuesday.setText(QCoreApplication.translate("FirstRunWizard", u"&Tue", None))
#if QT_CONFIG(accessibility)
        self.closed_tuesday.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Closed on Tuesdays", None))
#endif // QT_CONFIG(accessibility)
        self.closed_wednesday.setText(QCoreApplication.translate("FirstRunWizard", u"&Wed", None))
#if QT_CONFIG(accessibility)
        self.closed_wednesday.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Closed on Wednesdays", None))
#endif // QT_CONFIG(accessibility)
        self.closed_thursday.setText(QCoreApplication.translate("FirstRunWizard", u"T&hu", None))
#if QT_CONFIG(accessibility)
        self.closed_thursday.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Closed on Thursdays", None))
#endif // QT_CONFIG(accessibility)
        self.closed_friday.setText(QCoreApplication.translate("FirstRunWizard", u"&Fri", None))
#if QT_CONFIG(accessibility)
        self.closed_friday.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Closed on Fridays", None))
#endif // QT_CONFIG(accessibility)
        self.closed_saturday.setText(QCoreApplication.translate("FirstRunWizard", u"S&at", None))
#if QT_CONFIG(accessibility)
        self.closed_saturday.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Closed on Saturdays", None))
#endif // QT_CONFIG(accessibility)
        self.closed_sunday.setText(QCoreApplication.translate("FirstRunWizard", u"S&un", None))
#if QT_CONFIG(accessibility)
        self.closed_sunday.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Closed on Sundays", None))
#endif // QT_CONFIG(accessibility)
        self.country_label.setText(QCoreApplication.translate("FirstRunWizard", u"Public holidays of &country:", None))
#if QT_CONFIG(accessibility)
        self.country_combo.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Country", None))
#endif // QT_CONFIG(accessibility)
        self.region_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Region:", None))
#if QT_CONFIG(accessibility)
        self.region_combo.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Region", None))
#endif // QT_CONFIG(accessibility)
        self.holidays_label.setText(QCoreApplication.translate("FirstRunWizard", u"Holidays &kept as closed days (Space unticks one):", None))
#if QT_CONFIG(accessibility)
        self.holiday_list.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Public holidays", None))
#endif // QT_CONFIG(accessibility)
        self.closed_status.setText("")
        self.admin_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"The administrator", None))
        self.admin_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"The first staff account: it can do everything, and adds the others. From now on everyone logs in.", None))
        self.username_label.setText(QCoreApplication.translate("FirstRunWizard", u"&User name:", None))
#if QT_CONFIG(accessibility)
        self.username_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Administrator user name", None))
#endif // QT_CONFIG(accessibility)
        self.username_edit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"no spaces", None))
        self.display_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Display name:", None))
#if QT_CONFIG(accessibility)
        self.display_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Administrator display name", None))
#endif // QT_CONFIG(accessibility)
        self.display_edit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"e.g. Sam Head Librarian", None))
        self.password_label.setText(QCoreApplication.translate("FirstRunWizard", u"&Password (8+ characters):", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.again_label.setText(QCoreApplication.translate("FirstRunWizard", u"The same &again:", None))
#if QT_CONFIG(accessibility)
        self.again_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Password again", None))
#endif // QT_CONFIG(accessibility)
        self.admin_status.setText("")
        self.backup_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Backups and this desk", None))
        self.backup_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Backups are made while the program runs and when it closes.", None))
        self.backup_label.setText(QCoreApplication.translate("FirstRunWizard", u"Backups &go to:", None))
#if QT_CONFIG(accessibility)
        self.backup_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Backup folder", None))
#endif // QT_CONFIG(accessibility)
        self.backup_button.setText(QCoreApplication.translate("FirstRunWizard", u"Bro&wse\u2026", None))
#if QT_CONFIG(accessibility)
        self.backup_button.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Choose backup folder", None))
#endif // QT_CONFIG(accessibility)
        self.second_label.setText(QCoreApplication.translate("FirstRunWizard", u"S&econd copy to:", None))
#if QT_CONFIG(accessibility)
        self.second_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Second backup folder", None))
#endif // QT_CONFIG(accessibility)
        self.second_button.setText(QCoreApplication.translate("FirstRunWizard", u"Brow&se\u2026", None))
#if QT_CONFIG(accessibility)
        self.second_button.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Choose second backup folder", None))
#endif // QT_CONFIG(accessibility)
        self.device_label.setText(QCoreApplication.translate("FirstRunWizard", u"This &desk's name:", None))
#if QT_CONFIG(accessibility)
        self.device_edit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"This desk's name", None))
#endif // QT_CONFIG(accessibility)
        self.device_edit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"in journal and export file names", None))
        self.backup_status.setText("")
        self.summary_page.setTitle(QCoreApplication.translate("FirstRunWizard", u"Ready", None))
        self.summary_page.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Check the answers; Finish sets the library up, then log in as the administrator.", None))
#if QT_CONFIG(accessibility)
        self.summary_view.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Summary", None))
#endif // QT_CONFIG(accessibility)
        self.summary_status.setText("")
    # retranslateUi

