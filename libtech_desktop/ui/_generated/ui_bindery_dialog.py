# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bindery_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QDialog,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_BinderyDialog(object):
    def setupUi(self, BinderyDialog):
        if not BinderyDialog.objectName():
            BinderyDialog.setObjectName(u"BinderyDialog")
        BinderyDialog.resize(920, 640)
        self.main_layout = QVBoxLayout(BinderyDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.status_label = QLabel(BinderyDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.tabs_widget = QTabWidget(BinderyDialog)
        self.tabs_widget.setObjectName(u"tabs_widget")
        self.prepare_page = QWidget()
        self.prepare_page.setObjectName(u"prepare_page")
        self.prepare_layout = QVBoxLayout(self.prepare_page)
        self.prepare_layout.setObjectName(u"prepare_layout")
        self.instructions_form = QFormLayout()
        self.instructions_form.setObjectName(u"instructions_form")
        self.scan_caption_label = QLabel(self.prepare_page)
        self.scan_caption_label.setObjectName(u"scan_caption_label")

        self.instructions_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scan_caption_label)

        self.scan_edit = QLineEdit(self.prepare_page)
        self.scan_edit.setObjectName(u"scan_edit")
        self.scan_edit.setClearButtonEnabled(True)

        self.instructions_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scan_edit)

        self.binding_type_caption_label = QLabel(self.prepare_page)
        self.binding_type_caption_label.setObjectName(u"binding_type_caption_label")

        self.instructions_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.binding_type_caption_label)

        self.binding_type_edit = QLineEdit(self.prepare_page)
        self.binding_type_edit.setObjectName(u"binding_type_edit")
        self.binding_type_edit.setClearButtonEnabled(True)

        self.instructions_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.binding_type_edit)

        self.colour_caption_label = QLabel(self.prepare_page)
        self.colour_caption_label.setObjectName(u"colour_caption_label")

        self.instructions_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.colour_caption_label)

        self.colour_edit = QLineEdit(self.prepare_page)
        self.colour_edit.setObjectName(u"colour_edit")
        self.colour_edit.setClearButtonEnabled(True)

        self.instructions_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.colour_edit)

        self.lettering_caption_label = QLabel(self.prepare_page)
        self.lettering_caption_label.setObjectName(u"lettering_caption_label")

        self.instructions_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lettering_caption_label)

        self.lettering_edit = QPlainTextEdit(self.prepare_page)
        self.lettering_edit.setObjectName(u"lettering_edit")
        self.lettering_edit.setMaximumSize(QSize(16777215, 70))
        self.lettering_edit.setTabChangesFocus(True)

        self.instructions_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lettering_edit)

        self.notes_caption_label = QLabel(self.prepare_page)
        self.notes_caption_label.setObjectName(u"notes_caption_label")

        self.instructions_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notes_caption_label)

        self.notes_edit = QLineEdit(self.prepare_page)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setClearButtonEnabled(True)

        self.instructions_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.prepare_layout.addLayout(self.instructions_form)

        self.prepared_view = QTableView(self.prepare_page)
        self.prepared_view.setObjectName(u"prepared_view")
        self.prepared_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.prepared_view.setAlternatingRowColors(True)
        self.prepared_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.prepared_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.prepare_layout.addWidget(self.prepared_view)

        self.group_layout = QHBoxLayout()
        self.group_layout.setObjectName(u"group_layout")
        self.remove_button = QPushButton(self.prepare_page)
        self.remove_button.setObjectName(u"remove_button")
        self.remove_button.setAutoDefault(False)

        self.group_layout.addWidget(self.remove_button)

        self.group_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.group_layout.addItem(self.group_spacer)

        self.bindery_caption_label = QLabel(self.prepare_page)
        self.bindery_caption_label.setObjectName(u"bindery_caption_label")

        self.group_layout.addWidget(self.bindery_caption_label)

        self.bindery_edit = QLineEdit(self.prepare_page)
        self.bindery_edit.setObjectName(u"bindery_edit")
        self.bindery_edit.setClearButtonEnabled(True)

        self.group_layout.addWidget(self.bindery_edit)

        self.group_button = QPushButton(self.prepare_page)
        self.group_button.setObjectName(u"group_button")
        self.group_button.setAutoDefault(False)

        self.group_layout.addWidget(self.group_button)


        self.prepare_layout.addLayout(self.group_layout)

        self.prepare_layout.setStretch(1, 1)
        self.tabs_widget.addTab(self.prepare_page, "")
        self.shipments_page = QWidget()
        self.shipments_page.setObjectName(u"shipments_page")
        self.shipments_layout = QVBoxLayout(self.shipments_page)
        self.shipments_layout.setObjectName(u"shipments_layout")
        self.shipments_view = QTableView(self.shipments_page)
        self.shipments_view.setObjectName(u"shipments_view")
        self.shipments_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shipments_view.setAlternatingRowColors(True)
        self.shipments_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.shipments_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.shipments_layout.addWidget(self.shipments_view)

        self.send_layout = QHBoxLayout()
        self.send_layout.setObjectName(u"send_layout")
        self.sent_date_caption_label = QLabel(self.shipments_page)
        self.sent_date_caption_label.setObjectName(u"sent_date_caption_label")

        self.send_layout.addWidget(self.sent_date_caption_label)

        self.sent_date_edit = QDateEdit(self.shipments_page)
        self.sent_date_edit.setObjectName(u"sent_date_edit")
        self.sent_date_edit.setCalendarPopup(True)

        self.send_layout.addWidget(self.sent_date_edit)

        self.send_button = QPushButton(self.shipments_page)
        self.send_button.setObjectName(u"send_button")
        self.send_button.setAutoDefault(False)

        self.send_layout.addWidget(self.send_button)

        self.slips_button = QPushButton(self.shipments_page)
        self.slips_button.setObjectName(u"slips_button")
        self.slips_button.setAutoDefault(False)

        self.send_layout.addWidget(self.slips_button)

        self.send_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.send_layout.addItem(self.send_spacer)


        self.shipments_layout.addLayout(self.send_layout)

        self.volumes_label = QLabel(self.shipments_page)
        self.volumes_label.setObjectName(u"volumes_label")

        self.shipments_layout.addWidget(self.volumes_label)

        self.volumes_view = QTableView(self.shipments_page)
        self.volumes_view.setObjectName(u"volumes_view")
        self.volumes_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.volumes_view.setAlternatingRowColors(True)
        self.volumes_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.volumes_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.shipments_layout.addWidget(self.volumes_view)

        self.receive_layout = QHBoxLayout()
        self.receive_layout.setObjectName(u"receive_layout")
        self.receive_caption_label = QLabel(self.shipments_page)
        self.receive_caption_label.setObjectName(u"receive_caption_label")

        self.receive_layout.addWidget(self.receive_caption_label)

        self.receive_edit = QLineEdit(self.shipments_page)
        self.receive_edit.setObjectName(u"receive_edit")
        self.receive_edit.setClearButtonEnabled(True)

        self.receive_layout.addWidget(self.receive_edit)

        self.cost_caption_label = QLabel(self.shipments_page)
        self.cost_caption_label.setObjectName(u"cost_caption_label")

        self.receive_layout.addWidget(self.cost_caption_label)

        self.cost_edit = QLineEdit(self.shipments_page)
        self.cost_edit.setObjectName(u"cost_edit")
        self.cost_edit.setMaximumSize(QSize(100, 16777215))

        self.receive_layout.addWidget(self.cost_edit)

        self.receive_all_button = QPushButton(self.shipments_page)
        self.receive_all_button.setObjectName(u"receive_all_button")
        self.receive_all_button.setAutoDefault(False)

        self.receive_layout.addWidget(self.receive_all_button)


        self.shipments_layout.addLayout(self.receive_layout)

        self.shipments_layout.setStretch(0, 1)
        self.shipments_layout.setStretch(3, 2)
        self.tabs_widget.addTab(self.shipments_page, "")

        self.main_layout.addWidget(self.tabs_widget)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.refresh_button = QPushButton(BinderyDialog)
        self.refresh_button.setObjectName(u"refresh_button")
        self.refresh_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.refresh_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(BinderyDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.scan_caption_label.setBuddy(self.scan_edit)
        self.binding_type_caption_label.setBuddy(self.binding_type_edit)
        self.colour_caption_label.setBuddy(self.colour_edit)
        self.lettering_caption_label.setBuddy(self.lettering_edit)
        self.notes_caption_label.setBuddy(self.notes_edit)
        self.bindery_caption_label.setBuddy(self.bindery_edit)
        self.sent_date_caption_label.setBuddy(self.sent_date_edit)
        self.receive_caption_label.setBuddy(self.receive_edit)
        self.cost_caption_label.setBuddy(self.cost_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs_widget, self.scan_edit)
        QWidget.setTabOrder(self.scan_edit, self.binding_type_edit)
        QWidget.setTabOrder(self.binding_type_edit, self.colour_edit)
        QWidget.setTabOrder(self.colour_edit, self.lettering_edit)
        QWidget.setTabOrder(self.lettering_edit, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.prepared_view)
        QWidget.setTabOrder(self.prepared_view, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.bindery_edit)
        QWidget.setTabOrder(self.bindery_edit, self.group_button)
        QWidget.setTabOrder(self.group_button, self.shipments_view)
        QWidget.setTabOrder(self.shipments_view, self.sent_date_edit)
        QWidget.setTabOrder(self.sent_date_edit, self.send_button)
        QWidget.setTabOrder(self.send_button, self.slips_button)
        QWidget.setTabOrder(self.slips_button, self.volumes_view)
        QWidget.setTabOrder(self.volumes_view, self.receive_edit)
        QWidget.setTabOrder(self.receive_edit, self.cost_edit)
        QWidget.setTabOrder(self.cost_edit, self.receive_all_button)
        QWidget.setTabOrder(self.receive_all_button, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.close_button)

        self.retranslateUi(BinderyDialog)

        self.tabs_widget.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, BinderyDialog):
        BinderyDialog.setWindowTitle(QCoreApplication.translate("BinderyDialog", u"Bindery", None))
        self.status_label.setText("")
        self.scan_caption_label.setText(QCoreApplication.translate("BinderyDialog", u"&Item:", None))
        self.scan_edit.setPlaceholderText(QCoreApplication.translate("BinderyDialog", u"Scan or type a volume's barcode; Enter prepares it with the instructions below", None))
#if QT_CONFIG(accessibility)
        self.scan_edit.setAccessibleName(QCoreApplication.translate("BinderyDialog", u"Barcode of the volume to prepare for binding", None))
#endif // QT_CONFIG(accessibility)
        self.binding_type_caption_label.setText(QCoreApplication.translate("BinderyDialog", u"&Binding type:", None))
        self.binding_type_edit.setPlaceholderText(QCoreApplication.translate("BinderyDialog", u"e.g. buckram, library binding, pamphlet", None))
#if QT_CONFIG(accessibility)
        self.binding_type_edit.setAccessibleName(QCoreApplication.translate("BinderyDialog", u"Binding type", None))
#endif // QT_CONFIG(accessibility)
        self.colour_caption_label.setText(QCoreApplication.translate("BinderyDialog", u"C&olour:", None))
        self.colour_edit.setPlaceholderText(QCoreApplication.translate("BinderyDialog", u"Cloth colour", None))
#if QT_CONFIG(accessibility)
        self.colour_edit.setAccessibleName(QCoreApplication.translate("BinderyDialog", u"Colour", None))
#endif // QT_CONFIG(accessibility)
        self.lettering_caption_label.setText(QCoreApplication.translate("BinderyDialog", u"Spine &lettering:", None))
        self.lettering_edit.setPlaceholderText(QCoreApplication.translate("BinderyDialog", u"One line per line on the spine; blank: the title and call number", None))
#if QT_CONFIG(accessibility)
        self.lettering_edit.setAccessibleName(QCoreApplication.translate("BinderyDialog", u"Spine lettering", None))
#endif // QT_CONFIG(accessibility)
        self.notes_caption_label.setText(QCoreApplication.translate("BinderyDialog", u"&Notes:", None))
        self.notes_edit.setPlaceholderText(QCoreApplication.translate("BinderyDialog", u"Anything else for the bindery", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("BinderyDialog", u"Notes for the bindery", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.prepared_view.setAccessibleName(QCoreApplication.translate("BinderyDialog", u"Volumes prepared and waiting for a shipment", None))
#endif // QT_CONFIG(accessibility)
        self.remove_button.setText(QCoreApplication.translate("BinderyDialog", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.remove_button.setToolTip(QCoreApplication.translate("BinderyDialog", u"Take the chosen volume out of the preparation (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.bindery_caption_label.setText(QCoreApplication.translate("BinderyDialog", u"Bin&dery:", None))
        self.bindery_edit.setPlaceholderText(QCoreApplication.translate("BinderyDialog", u"The bindery's name", None))
#if QT_CONFIG(accessibility)
        self.bindery_edit.setAccessibleName(QCoreApplication.translate("BinderyDialog", u"The bindery the shipment goes to", None))
#endif // QT_CONFIG(accessibility)
        self.group_button.setText(QCoreApplication.translate("BinderyDialog", u"&Group into a shipment", None))
#if QT_CONFIG(tooltip)
        self.group_button.setToolTip(QCoreApplication.translate("BinderyDialog", u"Put every prepared volume into a new shipment", None))
#endif // QT_CONFIG(tooltip)
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.prepare_page), QCoreApplication.translate("BinderyDialog", u"&Prepare volumes", None))
#if QT_CONFIG(accessibility)
        self.shipments_view.setAccessibleName(QCoreApplication.translate("BinderyDialog", u"Shipments being prepared or at the bindery", None))
#endif // QT_CONFIG(accessibility)
        self.sent_date_caption_label.setText(QCoreApplication.translate("BinderyDialog", u"Sen&t on:", None))
        self.sent_date_edit.setDisplayFormat(QCoreApplication.translate("BinderyDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.sent_date_edit.setAccessibleName(QCoreApplication.translate("BinderyDialog", u"The day the shipment is sent", None))
#endif // QT_CONFIG(accessibility)
        self.send_button.setText(QCoreApplication.translate("BinderyDialog", u"&Send", None))
#if QT_CONFIG(tooltip)
        self.send_button.setToolTip(QCoreApplication.translate("BinderyDialog", u"Send the chosen shipment: its items go at the bindery, and their binding slips are saved as PDF", None))
#endif // QT_CONFIG(tooltip)
        self.slips_button.setText(QCoreApplication.translate("BinderyDialog", u"Binding s&lips", None))
#if QT_CONFIG(tooltip)
        self.slips_button.setToolTip(QCoreApplication.translate("BinderyDialog", u"Save the chosen shipment's binding slips as PDF again", None))
#endif // QT_CONFIG(tooltip)
        self.volumes_label.setText(QCoreApplication.translate("BinderyDialog", u"Volumes of the shipment", None))
#if QT_CONFIG(accessibility)
        self.volumes_view.setAccessibleName(QCoreApplication.translate("BinderyDialog", u"Volumes of the chosen shipment", None))
#endif // QT_CONFIG(accessibility)
        self.receive_caption_label.setText(QCoreApplication.translate("BinderyDialog", u"Recei&ve:", None))
        self.receive_edit.setPlaceholderText(QCoreApplication.translate("BinderyDialog", u"Scan each volume back from the bindery", None))
#if QT_CONFIG(accessibility)
        self.receive_edit.setAccessibleName(QCoreApplication.translate("BinderyDialog", u"Barcode of a volume back from the bindery", None))
#endif // QT_CONFIG(accessibility)
        self.cost_caption_label.setText(QCoreApplication.translate("BinderyDialog", u"&Cost each:", None))
        self.cost_edit.setPlaceholderText(QCoreApplication.translate("BinderyDialog", u"12.50", None))
#if QT_CONFIG(accessibility)
        self.cost_edit.setAccessibleName(QCoreApplication.translate("BinderyDialog", u"What binding each volume cost", None))
#endif // QT_CONFIG(accessibility)
        self.receive_all_button.setText(QCoreApplication.translate("BinderyDialog", u"Receive &all", None))
#if QT_CONFIG(tooltip)
        self.receive_all_button.setToolTip(QCoreApplication.translate("BinderyDialog", u"Every volume still out is back, at the cost each given", None))
#endif // QT_CONFIG(tooltip)
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.shipments_page), QCoreApplication.translate("BinderyDialog", u"S&hipments", None))
        self.refresh_button.setText(QCoreApplication.translate("BinderyDialog", u"Re&fresh (F5)", None))
        self.close_button.setText(QCoreApplication.translate("BinderyDialog", u"Clos&e", None))
    # retranslateUi

