# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSlider, QSpacerItem, QSpinBox, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(860, 600)
        self.main_layout = QVBoxLayout(PreferencesDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.body_layout = QHBoxLayout()
        self.body_layout.setObjectName(u"body_layout")
        self.groups_list = QListWidget(PreferencesDialog)
        QListWidgetItem(self.groups_list)
        QListWidgetItem(self.groups_list)
        QListWidgetItem(self.groups_list)
        QListWidgetItem(self.groups_list)
        QListWidgetItem(self.groups_list)
        QListWidgetItem(self.groups_list)
        QListWidgetItem(self.groups_list)
        QListWidgetItem(self.groups_list)
        self.groups_list.setObjectName(u"groups_list")
        self.groups_list.setMaximumWidth(210)

        self.body_layout.addWidget(self.groups_list)

        self.pages_stack = QStackedWidget(PreferencesDialog)
        self.pages_stack.setObjectName(u"pages_stack")
        self.library_page = QWidget()
        self.library_page.setObjectName(u"library_page")
        self.library_layout = QVBoxLayout(self.library_page)
        self.library_layout.setObjectName(u"library_layout")
        self.library_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.library_layout.addItem(self.library_spacer)

        self.pages_stack.addWidget(self.library_page)
        self.barcodes_page = QWidget()
        self.barcodes_page.setObjectName(u"barcodes_page")
        self.barcodes_layout = QVBoxLayout(self.barcodes_page)
        self.barcodes_layout.setObjectName(u"barcodes_layout")
        self.scanner_group = QGroupBox(self.barcodes_page)
        self.scanner_group.setObjectName(u"scanner_group")
        self.scanner_form = QFormLayout(self.scanner_group)
        self.scanner_form.setObjectName(u"scanner_form")
        self.terminator_label = QLabel(self.scanner_group)
        self.terminator_label.setObjectName(u"terminator_label")

        self.scanner_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.terminator_label)

        self.terminator_combo = QComboBox(self.scanner_group)
        self.terminator_combo.setObjectName(u"terminator_combo")

        self.scanner_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.terminator_combo)

        self.prefix_label = QLabel(self.scanner_group)
        self.prefix_label.setObjectName(u"prefix_label")

        self.scanner_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.prefix_label)

        self.prefix_edit = QLineEdit(self.scanner_group)
        self.prefix_edit.setObjectName(u"prefix_edit")

        self.scanner_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.prefix_edit)

        self.suffix_label = QLabel(self.scanner_group)
        self.suffix_label.setObjectName(u"suffix_label")

        self.scanner_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.suffix_label)

        self.suffix_edit = QLineEdit(self.scanner_group)
        self.suffix_edit.setObjectName(u"suffix_edit")

        self.scanner_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.suffix_edit)

        self.interkey_label = QLabel(self.scanner_group)
        self.interkey_label.setObjectName(u"interkey_label")

        self.scanner_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.interkey_label)

        self.interkey_spin = QSpinBox(self.scanner_group)
        self.interkey_spin.setObjectName(u"interkey_spin")
        self.interkey_spin.setMinimum(1)
        self.interkey_spin.setMaximum(500)

        self.scanner_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.interkey_spin)

        self.check_digits_check = QCheckBox(self.scanner_group)
        self.check_digits_check.setObjectName(u"check_digits_check")

        self.scanner_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.check_digits_check)

        self.codabar_check = QCheckBox(self.scanner_group)
        self.codabar_check.setObjectName(u"codabar_check")

        self.scanner_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.codabar_check)


        self.barcodes_layout.addWidget(self.scanner_group)

        self.sounds_group = QGroupBox(self.barcodes_page)
        self.sounds_group.setObjectName(u"sounds_group")
        self.sounds_layout = QHBoxLayout(self.sounds_group)
        self.sounds_layout.setObjectName(u"sounds_layout")
        self.sounds_check = QCheckBox(self.sounds_group)
        self.sounds_check.setObjectName(u"sounds_check")

        self.sounds_layout.addWidget(self.sounds_check)

        self.volume_label = QLabel(self.sounds_group)
        self.volume_label.setObjectName(u"volume_label")

        self.sounds_layout.addWidget(self.volume_label)

        self.volume_slider = QSlider(self.sounds_group)
        self.volume_slider.setObjectName(u"volume_slider")
        self.volume_slider.setOrientation(Qt.Orientation.Horizontal)
        self.volume_slider.setMaximum(100)
        self.volume_slider.setSingleStep(5)
        self.volume_slider.setPageStep(10)

        self.sounds_layout.addWidget(self.volume_slider)

        self.play_button = QPushButton(self.sounds_group)
        self.play_button.setObjectName(u"play_button")

        self.sounds_layout.addWidget(self.play_button)


        self.barcodes_layout.addWidget(self.sounds_group)

        self.barcodes_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.barcodes_layout.addItem(self.barcodes_spacer)

        self.pages_stack.addWidget(self.barcodes_page)
        self.printers_page = QWidget()
        self.printers_page.setObjectName(u"printers_page")
        self.printers_layout = QVBoxLayout(self.printers_page)
        self.printers_layout.setObjectName(u"printers_layout")
        self.labels_group = QGroupBox(self.printers_page)
        self.labels_group.setObjectName(u"labels_group")
        self.labels_form = QFormLayout(self.labels_group)
        self.labels_form.setObjectName(u"labels_form")
        self.label_printer_label = QLabel(self.labels_group)
        self.label_printer_label.setObjectName(u"label_printer_label")

        self.labels_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_printer_label)

        self.label_printer_combo = QComboBox(self.labels_group)
        self.label_printer_combo.setObjectName(u"label_printer_combo")

        self.labels_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.label_printer_combo)

        self.label_template_label = QLabel(self.labels_group)
        self.label_template_label.setObjectName(u"label_template_label")

        self.labels_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_template_label)

        self.label_template_combo = QComboBox(self.labels_group)
        self.label_template_combo.setObjectName(u"label_template_combo")

        self.labels_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.label_template_combo)

        self.offset_x_label = QLabel(self.labels_group)
        self.offset_x_label.setObjectName(u"offset_x_label")

        self.labels_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.offset_x_label)

        self.offset_x_spin = QDoubleSpinBox(self.labels_group)
        self.offset_x_spin.setObjectName(u"offset_x_spin")
        self.offset_x_spin.setMinimum(-20.000000000000000)
        self.offset_x_spin.setMaximum(20.000000000000000)
        self.offset_x_spin.setSingleStep(0.100000000000000)

        self.labels_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.offset_x_spin)

        self.offset_y_label = QLabel(self.labels_group)
        self.offset_y_label.setObjectName(u"offset_y_label")

        self.labels_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.offset_y_label)

        self.offset_y_spin = QDoubleSpinBox(self.labels_group)
        self.offset_y_spin.setObjectName(u"offset_y_spin")
        self.offset_y_spin.setMinimum(-20.000000000000000)
        self.offset_y_spin.setMaximum(20.000000000000000)
        self.offset_y_spin.setSingleStep(0.100000000000000)

        self.labels_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.offset_y_spin)

        self.calibrate_button = QPushButton(self.labels_group)
        self.calibrate_button.setObjectName(u"calibrate_button")

        self.labels_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.calibrate_button)


        self.printers_layout.addWidget(self.labels_group)

        self.slips_group = QGroupBox(self.printers_page)
        self.slips_group.setObjectName(u"slips_group")
        self.slips_form = QFormLayout(self.slips_group)
        self.slips_form.setObjectName(u"slips_form")
        self.slip_delivery_label = QLabel(self.slips_group)
        self.slip_delivery_label.setObjectName(u"slip_delivery_label")

        self.slips_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.slip_delivery_label)

        self.slip_delivery_combo = QComboBox(self.slips_group)
        self.slip_delivery_combo.setObjectName(u"slip_delivery_combo")

        self.slips_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.slip_delivery_combo)

        self.slip_printer_label = QLabel(self.slips_group)
        self.slip_printer_label.setObjectName(u"slip_printer_label")

        self.slips_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.slip_printer_label)

        self.slip_printer_combo = QComboBox(self.slips_group)
        self.slip_printer_combo.setObjectName(u"slip_printer_combo")

        self.slips_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.slip_printer_combo)

        self.paper_label = QLabel(self.slips_group)
        self.paper_label.setObjectName(u"paper_label")

        self.slips_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.paper_label)

        self.paper_combo = QComboBox(self.slips_group)
        self.paper_combo.setObjectName(u"paper_combo")

        self.slips_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.paper_combo)


        self.printers_layout.addWidget(self.slips_group)

        self.printers_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.printers_layout.addItem(self.printers_spacer)

        self.pages_stack.addWidget(self.printers_page)
        self.email_page = QWidget()
        self.email_page.setObjectName(u"email_page")
        self.email_layout = QVBoxLayout(self.email_page)
        self.email_layout.setObjectName(u"email_layout")
        self.test_group = QGroupBox(self.email_page)
        self.test_group.setObjectName(u"test_group")
        self.test_layout = QHBoxLayout(self.test_group)
        self.test_layout.setObjectName(u"test_layout")
        self.test_address_label = QLabel(self.test_group)
        self.test_address_label.setObjectName(u"test_address_label")

        self.test_layout.addWidget(self.test_address_label)

        self.test_address_edit = QLineEdit(self.test_group)
        self.test_address_edit.setObjectName(u"test_address_edit")

        self.test_layout.addWidget(self.test_address_edit)

        self.send_test_button = QPushButton(self.test_group)
        self.send_test_button.setObjectName(u"send_test_button")

        self.test_layout.addWidget(self.send_test_button)


        self.email_layout.addWidget(self.test_group)

        self.email_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.email_layout.addItem(self.email_spacer)

        self.pages_stack.addWidget(self.email_page)
        self.notices_page = QWidget()
        self.notices_page.setObjectName(u"notices_page")
        self.notices_layout = QVBoxLayout(self.notices_page)
        self.notices_layout.setObjectName(u"notices_layout")
        self.notices_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.notices_layout.addItem(self.notices_spacer)

        self.pages_stack.addWidget(self.notices_page)
        self.backups_page = QWidget()
        self.backups_page.setObjectName(u"backups_page")
        self.backups_layout = QVBoxLayout(self.backups_page)
        self.backups_layout.setObjectName(u"backups_layout")
        self.backups_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.backups_layout.addItem(self.backups_spacer)

        self.pages_stack.addWidget(self.backups_page)
        self.privacy_page = QWidget()
        self.privacy_page.setObjectName(u"privacy_page")
        self.privacy_layout = QVBoxLayout(self.privacy_page)
        self.privacy_layout.setObjectName(u"privacy_layout")
        self.privacy_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.privacy_layout.addItem(self.privacy_spacer)

        self.pages_stack.addWidget(self.privacy_page)
        self.other_page = QWidget()
        self.other_page.setObjectName(u"other_page")
        self.other_layout = QVBoxLayout(self.other_page)
        self.other_layout.setObjectName(u"other_layout")
        self.other_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.other_layout.addItem(self.other_spacer)

        self.pages_stack.addWidget(self.other_page)

        self.body_layout.addWidget(self.pages_stack)


        self.main_layout.addLayout(self.body_layout)

        self.status_label = QLabel(PreferencesDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(PreferencesDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Apply|QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.terminator_label.setBuddy(self.terminator_combo)
        self.prefix_label.setBuddy(self.prefix_edit)
        self.suffix_label.setBuddy(self.suffix_edit)
        self.interkey_label.setBuddy(self.interkey_spin)
        self.volume_label.setBuddy(self.volume_slider)
        self.label_printer_label.setBuddy(self.label_printer_combo)
        self.label_template_label.setBuddy(self.label_template_combo)
        self.offset_x_label.setBuddy(self.offset_x_spin)
        self.offset_y_label.setBuddy(self.offset_y_spin)
        self.slip_delivery_label.setBuddy(self.slip_delivery_combo)
        self.slip_printer_label.setBuddy(self.slip_printer_combo)
        self.paper_label.setBuddy(self.paper_combo)
        self.test_address_label.setBuddy(self.test_address_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))

        __sortingEnabled = self.groups_list.isSortingEnabled()
        self.groups_list.setSortingEnabled(False)
        ___qlistwidgetitem = self.groups_list.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("PreferencesDialog", u"Library details", None))
        ___qlistwidgetitem1 = self.groups_list.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("PreferencesDialog", u"Barcodes and scanner", None))
        ___qlistwidgetitem2 = self.groups_list.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("PreferencesDialog", u"Printers and labels", None))
        ___qlistwidgetitem3 = self.groups_list.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("PreferencesDialog", u"Email", None))
        ___qlistwidgetitem4 = self.groups_list.item(4)
        ___qlistwidgetitem4.setText(QCoreApplication.translate("PreferencesDialog", u"Notices", None))
        ___qlistwidgetitem5 = self.groups_list.item(5)
        ___qlistwidgetitem5.setText(QCoreApplication.translate("PreferencesDialog", u"Backups", None))
        ___qlistwidgetitem6 = self.groups_list.item(6)
        ___qlistwidgetitem6.setText(QCoreApplication.translate("PreferencesDialog", u"Privacy", None))
        ___qlistwidgetitem7 = self.groups_list.item(7)
        ___qlistwidgetitem7.setText(QCoreApplication.translate("PreferencesDialog", u"Other", None))
        self.groups_list.setSortingEnabled(__sortingEnabled)

#if QT_CONFIG(accessibility)
        self.groups_list.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Settings groups", None))
#endif // QT_CONFIG(accessibility)
        self.scanner_group.setTitle(QCoreApplication.translate("PreferencesDialog", u"This workstation's scanner", None))
        self.terminator_label.setText(QCoreApplication.translate("PreferencesDialog", u"Scanner &ends a code with:", None))
#if QT_CONFIG(tooltip)
        self.terminator_combo.setToolTip(QCoreApplication.translate("PreferencesDialog", u"The key the scanner sends after each code (set in the scanner's own setup).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.terminator_combo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Scanner terminator", None))
#endif // QT_CONFIG(accessibility)
        self.prefix_label.setText(QCoreApplication.translate("PreferencesDialog", u"Pre&fix to strip:", None))
#if QT_CONFIG(tooltip)
        self.prefix_edit.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Characters the scanner adds before each code; removed when present.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.prefix_edit.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Prefix to strip", None))
#endif // QT_CONFIG(accessibility)
        self.suffix_label.setText(QCoreApplication.translate("PreferencesDialog", u"Suffi&x to strip:", None))
#if QT_CONFIG(tooltip)
        self.suffix_edit.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Characters the scanner adds after each code; removed when present.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.suffix_edit.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Suffix to strip", None))
#endif // QT_CONFIG(accessibility)
        self.interkey_label.setText(QCoreApplication.translate("PreferencesDialog", u"&Burst: at most (ms between keys):", None))
        self.interkey_spin.setSuffix(QCoreApplication.translate("PreferencesDialog", u" ms", None))
#if QT_CONFIG(tooltip)
        self.interkey_spin.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Keys closer together than this are a scanner's burst, not a person typing.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.interkey_spin.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Maximum milliseconds between scanner keys", None))
#endif // QT_CONFIG(accessibility)
        self.check_digits_check.setText(QCoreApplication.translate("PreferencesDialog", u"&Verify check digits", None))
#if QT_CONFIG(tooltip)
        self.check_digits_check.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Refuse a 14-digit library barcode whose Luhn check digit is wrong.", None))
#endif // QT_CONFIG(tooltip)
        self.codabar_check.setText(QCoreApplication.translate("PreferencesDialog", u"Strip &Codabar start/stop letters", None))
#if QT_CONFIG(tooltip)
        self.codabar_check.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Codabar scanners may send A, B, C or D around the code.", None))
#endif // QT_CONFIG(tooltip)
        self.sounds_group.setTitle(QCoreApplication.translate("PreferencesDialog", u"Sounds at this desk", None))
        self.sounds_check.setText(QCoreApplication.translate("PreferencesDialog", u"&Sounds on", None))
        self.volume_label.setText(QCoreApplication.translate("PreferencesDialog", u"&Volume:", None))
#if QT_CONFIG(accessibility)
        self.volume_slider.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Volume", None))
#endif // QT_CONFIG(accessibility)
        self.play_button.setText(QCoreApplication.translate("PreferencesDialog", u"&Play", None))
#if QT_CONFIG(tooltip)
        self.play_button.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Play the success sound at this volume.", None))
#endif // QT_CONFIG(tooltip)
        self.labels_group.setTitle(QCoreApplication.translate("PreferencesDialog", u"Labels at this desk", None))
        self.label_printer_label.setText(QCoreApplication.translate("PreferencesDialog", u"Label &printer:", None))
#if QT_CONFIG(accessibility)
        self.label_printer_combo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Label printer", None))
#endif // QT_CONFIG(accessibility)
        self.label_template_label.setText(QCoreApplication.translate("PreferencesDialog", u"Default label &template:", None))
#if QT_CONFIG(accessibility)
        self.label_template_combo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Default label template", None))
#endif // QT_CONFIG(accessibility)
        self.offset_x_label.setText(QCoreApplication.translate("PreferencesDialog", u"Offset &right (mm):", None))
#if QT_CONFIG(tooltip)
        self.offset_x_spin.setToolTip(QCoreApplication.translate("PreferencesDialog", u"This printer's calibration for this template: positive moves the print right.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.offset_x_spin.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Offset right in millimetres", None))
#endif // QT_CONFIG(accessibility)
        self.offset_y_label.setText(QCoreApplication.translate("PreferencesDialog", u"Offset &down (mm):", None))
#if QT_CONFIG(tooltip)
        self.offset_y_spin.setToolTip(QCoreApplication.translate("PreferencesDialog", u"This printer's calibration for this template: positive moves the print down.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.offset_y_spin.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Offset down in millimetres", None))
#endif // QT_CONFIG(accessibility)
        self.calibrate_button.setText(QCoreApplication.translate("PreferencesDialog", u"&Calibrate\u2026", None))
#if QT_CONFIG(tooltip)
        self.calibrate_button.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Open Labels, where the calibration page prints.", None))
#endif // QT_CONFIG(tooltip)
        self.slips_group.setTitle(QCoreApplication.translate("PreferencesDialog", u"Slips and receipts at this desk", None))
        self.slip_delivery_label.setText(QCoreApplication.translate("PreferencesDialog", u"S&lips:", None))
#if QT_CONFIG(accessibility)
        self.slip_delivery_combo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Slip delivery", None))
#endif // QT_CONFIG(accessibility)
        self.slip_printer_label.setText(QCoreApplication.translate("PreferencesDialog", u"Sl&ip printer:", None))
#if QT_CONFIG(accessibility)
        self.slip_printer_combo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Slip printer", None))
#endif // QT_CONFIG(accessibility)
        self.paper_label.setText(QCoreApplication.translate("PreferencesDialog", u"Receipt pap&er:", None))
#if QT_CONFIG(accessibility)
        self.paper_combo.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Receipt paper", None))
#endif // QT_CONFIG(accessibility)
        self.test_group.setTitle(QCoreApplication.translate("PreferencesDialog", u"Test the mail server (uses the values saved)", None))
        self.test_address_label.setText(QCoreApplication.translate("PreferencesDialog", u"Send &to:", None))
        self.test_address_edit.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", u"someone@example.org", None))
#if QT_CONFIG(accessibility)
        self.test_address_edit.setAccessibleName(QCoreApplication.translate("PreferencesDialog", u"Test message address", None))
#endif // QT_CONFIG(accessibility)
        self.send_test_button.setText(QCoreApplication.translate("PreferencesDialog", u"Send test &message", None))
    # retranslateUi

