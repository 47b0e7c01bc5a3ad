# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'labels_dialog.ui'
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
    QDialog, QDoubleSpinBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

class Ui_LabelsDialog(object):
    def setupUi(self, LabelsDialog):
        if not LabelsDialog.objectName():
            LabelsDialog.setObjectName(u"LabelsDialog")
        LabelsDialog.resize(1040, 680)
        self.main_layout = QVBoxLayout(LabelsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.body_layout = QHBoxLayout()
        self.body_layout.setObjectName(u"body_layout")
        self.queue_layout = QVBoxLayout()
        self.queue_layout.setObjectName(u"queue_layout")
        self.queue_caption_label = QLabel(LabelsDialog)
        self.queue_caption_label.setObjectName(u"queue_caption_label")

        self.queue_layout.addWidget(self.queue_caption_label)

        self.queue_view = QTableView(LabelsDialog)
        self.queue_view.setObjectName(u"queue_view")
        self.queue_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.queue_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue_view.setAlternatingRowColors(True)

        self.queue_layout.addWidget(self.queue_view)

        self.options_form = QFormLayout()
        self.options_form.setObjectName(u"options_form")
        self.template_caption_label = QLabel(LabelsDialog)
        self.template_caption_label.setObjectName(u"template_caption_label")

        self.options_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.template_caption_label)

        self.template_combo = QComboBox(LabelsDialog)
        self.template_combo.setObjectName(u"template_combo")

        self.options_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.template_combo)

        self.kind_caption_label = QLabel(LabelsDialog)
        self.kind_caption_label.setObjectName(u"kind_caption_label")

        self.options_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_caption_label)

        self.kind_combo = QComboBox(LabelsDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.options_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.start_caption_label = QLabel(LabelsDialog)
        self.start_caption_label.setObjectName(u"start_caption_label")

        self.options_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.start_caption_label)

        self.start_spin = QSpinBox(LabelsDialog)
        self.start_spin.setObjectName(u"start_spin")
        self.start_spin.setMinimum(1)
        self.start_spin.setMaximum(1)

        self.options_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.start_spin)

        self.printer_caption_label = QLabel(LabelsDialog)
        self.printer_caption_label.setObjectName(u"printer_caption_label")

        self.options_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.printer_caption_label)

        self.printer_combo = QComboBox(LabelsDialog)
        self.printer_combo.setObjectName(u"printer_combo")

        self.options_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.printer_combo)

        self.offset_x_caption_label = QLabel(LabelsDialog)
        self.offset_x_caption_label.setObjectName(u"offset_x_caption_label")

        self.options_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.offset_x_caption_label)

        self.offset_x_spin = QDoubleSpinBox(LabelsDialog)
        self.offset_x_spin.setObjectName(u"offset_x_spin")
        self.offset_x_spin.setDecimals(1)
        self.offset_x_spin.setMinimum(-20.000000000000000)
        self.offset_x_spin.setMaximum(20.000000000000000)
        self.offset_x_spin.setSingleStep(0.500000000000000)

        self.options_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.offset_x_spin)

        self.offset_y_caption_label = QLabel(LabelsDialog)
        self.offset_y_caption_label.setObjectName(u"offset_y_caption_label")

        self.options_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.offset_y_caption_label)

        self.offset_y_spin = QDoubleSpinBox(LabelsDialog)
        self.offset_y_spin.setObjectName(u"offset_y_spin")
        self.offset_y_spin.setDecimals(1)
        self.offset_y_spin.setMinimum(-20.000000000000000)
        self.offset_y_spin.setMaximum(20.000000000000000)
        self.offset_y_spin.setSingleStep(0.500000000000000)

        self.options_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.offset_y_spin)

        self.prefix_caption_label = QLabel(LabelsDialog)
        self.prefix_caption_label.setObjectName(u"prefix_caption_label")

        self.options_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.prefix_caption_label)

        self.prefix_edit = QLineEdit(LabelsDialog)
        self.prefix_edit.setObjectName(u"prefix_edit")
        self.prefix_edit.setMaxLength(12)

        self.options_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.prefix_edit)

        self.range_check = QCheckBox(LabelsDialog)
        self.range_check.setObjectName(u"range_check")

        self.options_form.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.range_check)

        self.range_first_caption_label = QLabel(LabelsDialog)
        self.range_first_caption_label.setObjectName(u"range_first_caption_label")

        self.options_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.range_first_caption_label)

        self.range_layout = QHBoxLayout()
        self.range_layout.setObjectName(u"range_layout")
        self.range_first_edit = QLineEdit(LabelsDialog)
        self.range_first_edit.setObjectName(u"range_first_edit")
        self.range_first_edit.setMaxLength(32)

        self.range_layout.addWidget(self.range_first_edit)

        self.range_count_caption_label = QLabel(LabelsDialog)
        self.range_count_caption_label.setObjectName(u"range_count_caption_label")

        self.range_layout.addWidget(self.range_count_caption_label)

        self.range_count_spin = QSpinBox(LabelsDialog)
        self.range_count_spin.setObjectName(u"range_count_spin")
        self.range_count_spin.setMinimum(1)
        self.range_count_spin.setMaximum(10000)
        self.range_count_spin.setValue(30)

        self.range_layout.addWidget(self.range_count_spin)


        self.options_form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.range_layout)


        self.queue_layout.addLayout(self.options_form)


        self.body_layout.addLayout(self.queue_layout)

        self.preview_layout = QVBoxLayout()
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_caption_label = QLabel(LabelsDialog)
        self.preview_caption_label.setObjectName(u"preview_caption_label")

        self.preview_layout.addWidget(self.preview_caption_label)

        self.preview_scroll = QScrollArea(LabelsDialog)
        self.preview_scroll.setObjectName(u"preview_scroll")
        self.preview_scroll.setWidgetResizable(True)
        self.preview_scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label = QLabel()
        self.preview_label.setObjectName(u"preview_label")
        self.preview_label.setGeometry(QRect(0, 0, 380, 480))
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_scroll.setWidget(self.preview_label)

        self.preview_layout.addWidget(self.preview_scroll)


        self.body_layout.addLayout(self.preview_layout)

        self.body_layout.setStretch(0, 1)
        self.body_layout.setStretch(1, 1)

        self.main_layout.addLayout(self.body_layout)

        self.status_label = QLabel(LabelsDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.confirm_layout = QHBoxLayout()
        self.confirm_layout.setObjectName(u"confirm_layout")
        self.confirm_label = QLabel(LabelsDialog)
        self.confirm_label.setObjectName(u"confirm_label")
        self.confirm_label.setWordWrap(True)
        self.confirm_label.setStyleSheet(u"QLabel { background:#fff3cd; color:#6b4e00; border:2px solid #e0a800; padding:6px; border-radius:4px; }")

        self.confirm_layout.addWidget(self.confirm_label)

        self.confirm_yes_button = QPushButton(LabelsDialog)
        self.confirm_yes_button.setObjectName(u"confirm_yes_button")
        self.confirm_yes_button.setAutoDefault(False)

        self.confirm_layout.addWidget(self.confirm_yes_button)

        self.confirm_no_button = QPushButton(LabelsDialog)
        self.confirm_no_button.setObjectName(u"confirm_no_button")
        self.confirm_no_button.setAutoDefault(False)

        self.confirm_layout.addWidget(self.confirm_no_button)


        self.main_layout.addLayout(self.confirm_layout)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.preview_button = QPushButton(LabelsDialog)
        self.preview_button.setObjectName(u"preview_button")
        self.preview_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.preview_button)

        self.pdf_button = QPushButton(LabelsDialog)
        self.pdf_button.setObjectName(u"pdf_button")
        self.pdf_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.pdf_button)

        self.print_button = QPushButton(LabelsDialog)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.print_button)

        self.calibration_button = QPushButton(LabelsDialog)
        self.calibration_button.setObjectName(u"calibration_button")
        self.calibration_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.calibration_button)

        self.mark_button = QPushButton(LabelsDialog)
        self.mark_button.setObjectName(u"mark_button")
        self.mark_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.mark_button)

        self.templates_button = QPushButton(LabelsDialog)
        self.templates_button.setObjectName(u"templates_button")
        self.templates_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.templates_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(LabelsDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.queue_caption_label.setBuddy(self.queue_view)
        self.template_caption_label.setBuddy(self.template_combo)
        self.kind_caption_label.setBuddy(self.kind_combo)
        self.start_caption_label.setBuddy(self.start_spin)
        self.printer_caption_label.setBuddy(self.printer_combo)
        self.offset_x_caption_label.setBuddy(self.offset_x_spin)
        self.offset_y_caption_label.setBuddy(self.offset_y_spin)
        self.prefix_caption_label.setBuddy(self.prefix_edit)
        self.range_first_caption_label.setBuddy(self.range_first_edit)
        self.range_count_caption_label.setBuddy(self.range_count_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.queue_view, self.template_combo)
        QWidget.setTabOrder(self.template_combo, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.start_spin)
        QWidget.setTabOrder(self.start_spin, self.printer_combo)
        QWidget.setTabOrder(self.printer_combo, self.offset_x_spin)
        QWidget.setTabOrder(self.offset_x_spin, self.offset_y_spin)
        QWidget.setTabOrder(self.offset_y_spin, self.prefix_edit)
        QWidget.setTabOrder(self.prefix_edit, self.range_check)
        QWidget.setTabOrder(self.range_check, self.range_first_edit)
        QWidget.setTabOrder(self.range_first_edit, self.range_count_spin)
        QWidget.setTabOrder(self.range_count_spin, self.preview_button)
        QWidget.setTabOrder(self.preview_button, self.pdf_button)
        QWidget.setTabOrder(self.pdf_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.calibration_button)
        QWidget.setTabOrder(self.calibration_button, self.mark_button)
        QWidget.setTabOrder(self.mark_button, self.templates_button)
        QWidget.setTabOrder(self.templates_button, self.confirm_yes_button)
        QWidget.setTabOrder(self.confirm_yes_button, self.confirm_no_button)
        QWidget.setTabOrder(self.confirm_no_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.preview_scroll)

        self.retranslateUi(LabelsDialog)
    # setupUi

    def retranslateUi(self, LabelsDialog):
        LabelsDialog.setWindowTitle(QCoreApplication.translate("LabelsDialog", u"Labels", None))
        self.queue_caption_label.setText(QCoreApplication.translate("LabelsDialog", u"&Queue: items waiting for labels (all print, or select some)", None))
#if QT_CONFIG(accessibility)
        self.queue_view.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Items waiting for labels", None))
#endif // QT_CONFIG(accessibility)
        self.template_caption_label.setText(QCoreApplication.translate("LabelsDialog", u"&Template:", None))
#if QT_CONFIG(accessibility)
        self.template_combo.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Label sheet template", None))
#endif // QT_CONFIG(accessibility)
        self.kind_caption_label.setText(QCoreApplication.translate("LabelsDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Kind of label", None))
#endif // QT_CONFIG(accessibility)
        self.start_caption_label.setText(QCoreApplication.translate("LabelsDialog", u"Start at &label:", None))
#if QT_CONFIG(tooltip)
        self.start_spin.setToolTip(QCoreApplication.translate("LabelsDialog", u"On a partly used sheet, the first free label (counted row by row from the top left)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.start_spin.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Start at label number", None))
#endif // QT_CONFIG(accessibility)
        self.printer_caption_label.setText(QCoreApplication.translate("LabelsDialog", u"Pr&inter:", None))
#if QT_CONFIG(tooltip)
        self.printer_combo.setToolTip(QCoreApplication.translate("LabelsDialog", u"The printer the labels go to; each printer keeps its own offsets for each template", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.printer_combo.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Printer", None))
#endif // QT_CONFIG(accessibility)
        self.offset_x_caption_label.setText(QCoreApplication.translate("LabelsDialog", u"Offset ri&ght (mm):", None))
#if QT_CONFIG(tooltip)
        self.offset_x_spin.setToolTip(QCoreApplication.translate("LabelsDialog", u"This printer's calibration for this template: positive moves the print right. The calibration page shows what to enter.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.offset_x_spin.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Offset to the right in millimetres", None))
#endif // QT_CONFIG(accessibility)
        self.offset_y_caption_label.setText(QCoreApplication.translate("LabelsDialog", u"Offset do&wn (mm):", None))
#if QT_CONFIG(tooltip)
        self.offset_y_spin.setToolTip(QCoreApplication.translate("LabelsDialog", u"This printer's calibration for this template: positive moves the print down.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.offset_y_spin.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Offset downwards in millimetres", None))
#endif // QT_CONFIG(accessibility)
        self.prefix_caption_label.setText(QCoreApplication.translate("LabelsDialog", u"Spine prefi&x:", None))
        self.prefix_edit.setPlaceholderText(QCoreApplication.translate("LabelsDialog", u"e.g. REF, J or YA: a line above the call number", None))
#if QT_CONFIG(accessibility)
        self.prefix_edit.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Spine label prefix line", None))
#endif // QT_CONFIG(accessibility)
        self.range_check.setText(QCoreApplication.translate("LabelsDialog", u"&Barcode range instead of the queue (pre-printed labels for items not catalogued yet)", None))
#if QT_CONFIG(accessibility)
        self.range_check.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Print a barcode range", None))
#endif // QT_CONFIG(accessibility)
        self.range_first_caption_label.setText(QCoreApplication.translate("LabelsDialog", u"First barco&de:", None))
        self.range_first_edit.setPlaceholderText(QCoreApplication.translate("LabelsDialog", u"scan or type the first barcode of the range", None))
#if QT_CONFIG(accessibility)
        self.range_first_edit.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"First barcode of the range", None))
#endif // QT_CONFIG(accessibility)
        self.range_count_caption_label.setText(QCoreApplication.translate("LabelsDialog", u"Co&unt:", None))
#if QT_CONFIG(accessibility)
        self.range_count_spin.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"How many labels in the range", None))
#endif // QT_CONFIG(accessibility)
        self.preview_caption_label.setText(QCoreApplication.translate("LabelsDialog", u"Preview of the first sheet:", None))
        self.preview_label.setText(QCoreApplication.translate("LabelsDialog", u"Press Preview (Alt+P) to see the sheet.", None))
#if QT_CONFIG(accessibility)
        self.preview_label.setAccessibleName(QCoreApplication.translate("LabelsDialog", u"Preview of the first sheet", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText("")
        self.confirm_label.setText(QCoreApplication.translate("LabelsDialog", u"Did the labels print correctly?", None))
        self.confirm_yes_button.setText(QCoreApplication.translate("LabelsDialog", u"&Yes: take them off the queue", None))
        self.confirm_no_button.setText(QCoreApplication.translate("LabelsDialog", u"&No: keep them queued", None))
        self.preview_button.setText(QCoreApplication.translate("LabelsDialog", u"&Preview", None))
        self.pdf_button.setText(QCoreApplication.translate("LabelsDialog", u"&Save PDF\u2026", None))
        self.print_button.setText(QCoreApplication.translate("LabelsDialog", u"P&rint\u2026", None))
        self.calibration_button.setText(QCoreApplication.translate("LabelsDialog", u"&Calibration page", None))
#if QT_CONFIG(tooltip)
        self.calibration_button.setToolTip(QCoreApplication.translate("LabelsDialog", u"Preview a page of rulers and crosses for this template; print it to find this printer's offset", None))
#endif // QT_CONFIG(tooltip)
        self.mark_button.setText(QCoreApplication.translate("LabelsDialog", u"&Mark printed", None))
        self.templates_button.setText(QCoreApplication.translate("LabelsDialog", u"&Edit templates\u2026", None))
#if QT_CONFIG(tooltip)
        self.templates_button.setToolTip(QCoreApplication.translate("LabelsDialog", u"Make or change the library's own sheet templates", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("LabelsDialog", u"Cl&ose", None))
    # retranslateUi

