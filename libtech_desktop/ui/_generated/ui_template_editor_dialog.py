# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'template_editor_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_TemplateEditorDialog(object):
    def setupUi(self, TemplateEditorDialog):
        if not TemplateEditorDialog.objectName():
            TemplateEditorDialog.setObjectName(u"TemplateEditorDialog")
        TemplateEditorDialog.resize(900, 640)
        self.main_layout = QVBoxLayout(TemplateEditorDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.body_layout = QHBoxLayout()
        self.body_layout.setObjectName(u"body_layout")
        self.fields_form = QFormLayout()
        self.fields_form.setObjectName(u"fields_form")
        self.based_on_caption_label = QLabel(TemplateEditorDialog)
        self.based_on_caption_label.setObjectName(u"based_on_caption_label")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.based_on_caption_label)

        self.based_on_combo = QComboBox(TemplateEditorDialog)
        self.based_on_combo.setObjectName(u"based_on_combo")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.based_on_combo)

        self.name_caption_label = QLabel(TemplateEditorDialog)
        self.name_caption_label.setObjectName(u"name_caption_label")

        self.fields_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_caption_label)

        self.name_edit = QLineEdit(TemplateEditorDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(64)

        self.fields_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.description_caption_label = QLabel(TemplateEditorDialog)
        self.description_caption_label.setObjectName(u"description_caption_label")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.description_caption_label)

        self.description_edit = QLineEdit(TemplateEditorDialog)
        self.description_edit.setObjectName(u"description_edit")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.description_edit)

        self.page_width_caption_label = QLabel(TemplateEditorDialog)
        self.page_width_caption_label.setObjectName(u"page_width_caption_label")

        self.fields_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.page_width_caption_label)

        self.page_width_spin = QDoubleSpinBox(TemplateEditorDialog)
        self.page_width_spin.setObjectName(u"page_width_spin")
        self.page_width_spin.setDecimals(2)
        self.page_width_spin.setMinimum(1.000000000000000)
        self.page_width_spin.setMaximum(2000.000000000000000)
        self.page_width_spin.setSingleStep(0.500000000000000)

        self.fields_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.page_width_spin)

        self.page_height_caption_label = QLabel(TemplateEditorDialog)
        self.page_height_caption_label.setObjectName(u"page_height_caption_label")

        self.fields_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.page_height_caption_label)

        self.page_height_spin = QDoubleSpinBox(TemplateEditorDialog)
        self.page_height_spin.setObjectName(u"page_height_spin")
        self.page_height_spin.setDecimals(2)
        self.page_height_spin.setMinimum(1.000000000000000)
        self.page_height_spin.setMaximum(2000.000000000000000)
        self.page_height_spin.setSingleStep(0.500000000000000)

        self.fields_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.page_height_spin)

        self.label_width_caption_label = QLabel(TemplateEditorDialog)
        self.label_width_caption_label.setObjectName(u"label_width_caption_label")

        self.fields_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_width_caption_label)

        self.label_width_spin = QDoubleSpinBox(TemplateEditorDialog)
        self.label_width_spin.setObjectName(u"label_width_spin")
        self.label_width_spin.setDecimals(2)
        self.label_width_spin.setMinimum(0.010000000000000)
        self.label_width_spin.setMaximum(1000.000000000000000)
        self.label_width_spin.setSingleStep(0.500000000000000)

        self.fields_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.label_width_spin)

        self.label_height_caption_label = QLabel(TemplateEditorDialog)
        self.label_height_caption_label.setObjectName(u"label_height_caption_label")

        self.fields_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_height_caption_label)

        self.label_height_spin = QDoubleSpinBox(TemplateEditorDialog)
        self.label_height_spin.setObjectName(u"label_height_spin")
        self.label_height_spin.setDecimals(2)
        self.label_height_spin.setMinimum(0.010000000000000)
        self.label_height_spin.setMaximum(1000.000000000000000)
        self.label_height_spin.setSingleStep(0.500000000000000)

        self.fields_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.label_height_spin)

        self.columns_caption_label = QLabel(TemplateEditorDialog)
        self.columns_caption_label.setObjectName(u"columns_caption_label")

        self.fields_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.columns_caption_label)

        self.columns_spin = QSpinBox(TemplateEditorDialog)
        self.columns_spin.setObjectName(u"columns_spin")
        self.columns_spin.setMinimum(1)
        self.columns_spin.setMaximum(50)

        self.fields_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.columns_spin)

        self.rows_caption_label = QLabel(TemplateEditorDialog)
        self.rows_caption_label.setObjectName(u"rows_caption_label")

        self.fields_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.rows_caption_label)

        self.rows_spin = QSpinBox(TemplateEditorDialog)
        self.rows_spin.setObjectName(u"rows_spin")
        self.rows_spin.setMinimum(1)
        self.rows_spin.setMaximum(100)

        self.fields_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.rows_spin)

        self.left_caption_label = QLabel(TemplateEditorDialog)
        self.left_caption_label.setObjectName(u"left_caption_label")

        self.fields_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.left_caption_label)

        self.left_spin = QDoubleSpinBox(TemplateEditorDialog)
        self.left_spin.setObjectName(u"left_spin")
        self.left_spin.setDecimals(2)
        self.left_spin.setMinimum(0.000000000000000)
        self.left_spin.setMaximum(1000.000000000000000)
        self.left_spin.setSingleStep(0.500000000000000)

        self.fields_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.left_spin)

        self.top_caption_label = QLabel(TemplateEditorDialog)
        self.top_caption_label.setObjectName(u"top_caption_label")

        self.fields_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.top_caption_label)

        self.top_spin = QDoubleSpinBox(TemplateEditorDialog)
        self.top_spin.setObjectName(u"top_spin")
        self.top_spin.setDecimals(2)
        self.top_spin.setMinimum(0.000000000000000)
        self.top_spin.setMaximum(1000.000000000000000)
        self.top_spin.setSingleStep(0.500000000000000)

        self.fields_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.top_spin)

        self.pitch_x_caption_label = QLabel(TemplateEditorDialog)
        self.pitch_x_caption_label.setObjectName(u"pitch_x_caption_label")

        self.fields_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.pitch_x_caption_label)

        self.pitch_x_spin = QDoubleSpinBox(TemplateEditorDialog)
        self.pitch_x_spin.setObjectName(u"pitch_x_spin")
        self.pitch_x_spin.setDecimals(2)
        self.pitch_x_spin.setMinimum(0.010000000000000)
        self.pitch_x_spin.setMaximum(1000.000000000000000)
        self.pitch_x_spin.setSingleStep(0.500000000000000)

        self.fields_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.pitch_x_spin)

        self.pitch_y_caption_label = QLabel(TemplateEditorDialog)
        self.pitch_y_caption_label.setObjectName(u"pitch_y_caption_label")

        self.fields_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.pitch_y_caption_label)

        self.pitch_y_spin = QDoubleSpinBox(TemplateEditorDialog)
        self.pitch_y_spin.setObjectName(u"pitch_y_spin")
        self.pitch_y_spin.setDecimals(2)
        self.pitch_y_spin.setMinimum(0.010000000000000)
        self.pitch_y_spin.setMaximum(1000.000000000000000)
        self.pitch_y_spin.setSingleStep(0.500000000000000)

        self.fields_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.pitch_y_spin)

        self.corner_caption_label = QLabel(TemplateEditorDialog)
        self.corner_caption_label.setObjectName(u"corner_caption_label")

        self.fields_form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.corner_caption_label)

        self.corner_spin = QDoubleSpinBox(TemplateEditorDialog)
        self.corner_spin.setObjectName(u"corner_spin")
        self.corner_spin.setDecimals(2)
        self.corner_spin.setMinimum(0.000000000000000)
        self.corner_spin.setMaximum(100.000000000000000)
        self.corner_spin.setSingleStep(0.500000000000000)

        self.fields_form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.corner_spin)

        self.paired_check = QCheckBox(TemplateEditorDialog)
        self.paired_check.setObjectName(u"paired_check")

        self.fields_form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.paired_check)


        self.body_layout.addLayout(self.fields_form)

        self.preview_layout = QVBoxLayout()
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_caption_label = QLabel(TemplateEditorDialog)
        self.preview_caption_label.setObjectName(u"preview_caption_label")

        self.preview_layout.addWidget(self.preview_caption_label)

        self.preview_scroll = QScrollArea(TemplateEditorDialog)
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

        self.body_layout.setStretch(1, 1)

        self.main_layout.addLayout(self.body_layout)

        self.status_label = QLabel(TemplateEditorDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.preview_button = QPushButton(TemplateEditorDialog)
        self.preview_button.setObjectName(u"preview_button")
        self.preview_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.preview_button)

        self.save_button = QPushButton(TemplateEditorDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.save_button)

        self.delete_button = QPushButton(TemplateEditorDialog)
        self.delete_button.setObjectName(u"delete_button")
        self.delete_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.delete_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(TemplateEditorDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.based_on_caption_label.setBuddy(self.based_on_combo)
        self.name_caption_label.setBuddy(self.name_edit)
        self.description_caption_label.setBuddy(self.description_edit)
        self.page_width_caption_label.setBuddy(self.page_width_spin)
        self.page_height_caption_label.setBuddy(self.page_height_spin)
        self.label_width_caption_label.setBuddy(self.label_width_spin)
        self.label_height_caption_label.setBuddy(self.label_height_spin)
        self.columns_caption_label.setBuddy(self.columns_spin)
        self.rows_caption_label.setBuddy(self.rows_spin)
        self.left_caption_label.setBuddy(self.left_spin)
        self.top_caption_label.setBuddy(self.top_spin)
        self.pitch_x_caption_label.setBuddy(self.pitch_x_spin)
        self.pitch_y_caption_label.setBuddy(self.pitch_y_spin)
        self.corner_caption_label.setBuddy(self.corner_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.based_on_combo, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.page_width_spin)
        QWidget.setTabOrder(self.page_width_spin, self.page_height_spin)
        QWidget.setTabOrder(self.page_height_spin, self.label_width_spin)
        QWidget.setTabOrder(self.label_width_spin, self.label_height_spin)
        QWidget.setTabOrder(self.label_height_spin, self.columns_spin)
        QWidget.setTabOrder(self.columns_spin, self.rows_spin)
        QWidget.setTabOrder(self.rows_spin, self.left_spin)
        QWidget.setTabOrder(self.left_spin, self.top_spin)
        QWidget.setTabOrder(self.top_spin, self.pitch_x_spin)
        QWidget.setTabOrder(self.pitch_x_spin, self.pitch_y_spin)
        QWidget.setTabOrder(self.pitch_y_spin, self.corner_spin)
        QWidget.setTabOrder(self.corner_spin, self.paired_check)
        QWidget.setTabOrder(self.paired_check, self.preview_button)
        QWidget.setTabOrder(self.preview_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.preview_scroll)

        self.retranslateUi(TemplateEditorDialog)
    # setupUi

    def retranslateUi(self, TemplateEditorDialog):
        TemplateEditorDialog.setWindowTitle(QCoreApplication.translate("TemplateEditorDialog", u"Label templates", None))
        self.based_on_caption_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"&Based on:", None))
#if QT_CONFIG(accessibility)
        self.based_on_combo.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Template to start from", None))
#endif // QT_CONFIG(accessibility)
        self.name_caption_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"&Name:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("TemplateEditorDialog", u"e.g. our-spine-2 (lower-case letters, digits, hyphens)", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Template name", None))
#endif // QT_CONFIG(accessibility)
        self.description_caption_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"&Description:", None))
#if QT_CONFIG(accessibility)
        self.description_edit.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.page_width_caption_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"Pa&ge width (mm):", None))
#if QT_CONFIG(accessibility)
        self.page_width_spin.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Page width in millimetres", None))
#endif // QT_CONFIG(accessibility)
        self.page_height_caption_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"Page &height (mm):", None))
#if QT_CONFIG(accessibility)
        self.page_height_spin.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Page height in millimetres", None))
#endif // QT_CONFIG(accessibility)
        self.label_width_caption_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"&Label width (mm):", None))
#if QT_CONFIG(accessibility)
        self.label_width_spin.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Label width in millimetres", None))
#endif // QT_CONFIG(accessibility)
        self.label_height_caption_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"Label h&eight (mm):", None))
#if QT_CONFIG(accessibility)
        self.label_height_spin.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Label height in millimetres", None))
#endif // QT_CONFIG(accessibility)
        self.columns_caption_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"Col&umns:", None))
#if QT_CONFIG(accessibility)
        self.columns_spin.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Number of columns", None))
#endif // QT_CONFIG(accessibility)
        self.rows_caption_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"Ro&ws:", None))
#if QT_CONFIG(accessibility)
        self.rows_spin.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Number of rows", None))
#endif // QT_CONFIG(accessibility)
        self.left_caption_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"Le&ft margin (mm):", None))
#if QT_CONFIG(accessibility)
        self.left_spin.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Left margin in millimetres", None))
#endif // QT_CONFIG(accessibility)
        self.top_caption_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"To&p margin (mm):", None))
#if QT_CONFIG(accessibility)
        self.top_spin.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Top margin in millimetres", None))
#endif // QT_CONFIG(accessibility)
        self.pitch_x_caption_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"Hori&zontal pitch (mm):", None))
#if QT_CONFIG(accessibility)
        self.pitch_x_spin.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Horizontal pitch in millimetres: from one label's left edge to the next one's", None))
#endif // QT_CONFIG(accessibility)
        self.pitch_y_caption_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"&Vertical pitch (mm):", None))
#if QT_CONFIG(accessibility)
        self.pitch_y_spin.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Vertical pitch in millimetres: from one label's top edge to the next one's", None))
#endif // QT_CONFIG(accessibility)
        self.corner_caption_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"Co&rner radius (mm):", None))
#if QT_CONFIG(accessibility)
        self.corner_spin.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Corner radius in millimetres", None))
#endif // QT_CONFIG(accessibility)
        self.paired_check.setText(QCoreApplication.translate("TemplateEditorDialog", u"P&aired: barcode and spine side by side", None))
#if QT_CONFIG(tooltip)
        self.paired_check.setToolTip(QCoreApplication.translate("TemplateEditorDialog", u"Cells come in (barcode, spine) pairs, left and right, for \"Barcode and spine\"; needs an even number of columns", None))
#endif // QT_CONFIG(tooltip)
        self.preview_caption_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"Calibration page of the template:", None))
        self.preview_label.setText(QCoreApplication.translate("TemplateEditorDialog", u"Press Preview (Alt+I) to see the sheet.", None))
#if QT_CONFIG(accessibility)
        self.preview_label.setAccessibleName(QCoreApplication.translate("TemplateEditorDialog", u"Preview of the template's sheet", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText("")
        self.preview_button.setText(QCoreApplication.translate("TemplateEditorDialog", u"Prev&iew", None))
        self.save_button.setText(QCoreApplication.translate("TemplateEditorDialog", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("TemplateEditorDialog", u"Save the template in the library (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.delete_button.setText(QCoreApplication.translate("TemplateEditorDialog", u"Dele&te", None))
#if QT_CONFIG(tooltip)
        self.delete_button.setToolTip(QCoreApplication.translate("TemplateEditorDialog", u"Delete this library template (shipped templates cannot be deleted)", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("TemplateEditorDialog", u"Cl&ose", None))
    # retranslateUi

