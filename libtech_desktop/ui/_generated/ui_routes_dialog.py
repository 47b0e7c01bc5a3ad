# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'routes_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QDialog, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_RoutesDialog(object):
    def setupUi(self, RoutesDialog):
        if not RoutesDialog.objectName():
            RoutesDialog.setObjectName(u"RoutesDialog")
        RoutesDialog.resize(960, 640)
        self.main_layout = QVBoxLayout(RoutesDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs = QTabWidget(RoutesDialog)
        self.tabs.setObjectName(u"tabs")
        self.stops_tab = QWidget()
        self.stops_tab.setObjectName(u"stops_tab")
        self.stops_tab_layout = QVBoxLayout(self.stops_tab)
        self.stops_tab_layout.setObjectName(u"stops_tab_layout")
        self.route_layout = QHBoxLayout()
        self.route_layout.setObjectName(u"route_layout")
        self.routes_caption_label = QLabel(self.stops_tab)
        self.routes_caption_label.setObjectName(u"routes_caption_label")

        self.route_layout.addWidget(self.routes_caption_label)

        self.routes_combo = QComboBox(self.stops_tab)
        self.routes_combo.addItem("")
        self.routes_combo.setObjectName(u"routes_combo")

        self.route_layout.addWidget(self.routes_combo)

        self.route_name_edit = QLineEdit(self.stops_tab)
        self.route_name_edit.setObjectName(u"route_name_edit")

        self.route_layout.addWidget(self.route_name_edit)

        self.add_route_button = QPushButton(self.stops_tab)
        self.add_route_button.setObjectName(u"add_route_button")
        self.add_route_button.setAutoDefault(False)

        self.route_layout.addWidget(self.add_route_button)

        self.rename_route_button = QPushButton(self.stops_tab)
        self.rename_route_button.setObjectName(u"rename_route_button")
        self.rename_route_button.setAutoDefault(False)

        self.route_layout.addWidget(self.rename_route_button)

        self.route_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.route_layout.addItem(self.route_spacer)


        self.stops_tab_layout.addLayout(self.route_layout)

        self.stops_view = QTableView(self.stops_tab)
        self.stops_view.setObjectName(u"stops_view")
        self.stops_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stops_view.setAlternatingRowColors(True)
        self.stops_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stops_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.stops_tab_layout.addWidget(self.stops_view)

        self.form_row_layout = QHBoxLayout()
        self.form_row_layout.setObjectName(u"form_row_layout")
        self.stop_form_layout = QFormLayout()
        self.stop_form_layout.setObjectName(u"stop_form_layout")
        self.name_caption_label = QLabel(self.stops_tab)
        self.name_caption_label.setObjectName(u"name_caption_label")

        self.stop_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_caption_label)

        self.name_edit = QLineEdit(self.stops_tab)
        self.name_edit.setObjectName(u"name_edit")

        self.stop_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.route_caption_label = QLabel(self.stops_tab)
        self.route_caption_label.setObjectName(u"route_caption_label")

        self.stop_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.route_caption_label)

        self.route_combo = QComboBox(self.stops_tab)
        self.route_combo.setObjectName(u"route_combo")

        self.stop_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.route_combo)

        self.weekday_caption_label = QLabel(self.stops_tab)
        self.weekday_caption_label.setObjectName(u"weekday_caption_label")

        self.stop_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.weekday_caption_label)

        self.weekday_combo = QComboBox(self.stops_tab)
        self.weekday_combo.addItem("")
        self.weekday_combo.addItem("")
        self.weekday_combo.addItem("")
        self.weekday_combo.addItem("")
        self.weekday_combo.addItem("")
        self.weekday_combo.addItem("")
        self.weekday_combo.addItem("")
        self.weekday_combo.setObjectName(u"weekday_combo")

        self.stop_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.weekday_combo)

        self.hours_caption_label = QLabel(self.stops_tab)
        self.hours_caption_label.setObjectName(u"hours_caption_label")

        self.stop_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hours_caption_label)

        self.hours_layout = QHBoxLayout()
        self.hours_layout.setObjectName(u"hours_layout")
        self.starts_edit = QLineEdit(self.stops_tab)
        self.starts_edit.setObjectName(u"starts_edit")

        self.hours_layout.addWidget(self.starts_edit)

        self.hours_dash_label = QLabel(self.stops_tab)
        self.hours_dash_label.setObjectName(u"hours_dash_label")

        self.hours_layout.addWidget(self.hours_dash_label)

        self.ends_edit = QLineEdit(self.stops_tab)
        self.ends_edit.setObjectName(u"ends_edit")

        self.hours_layout.addWidget(self.ends_edit)


        self.stop_form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.hours_layout)

        self.first_caption_label = QLabel(self.stops_tab)
        self.first_caption_label.setObjectName(u"first_caption_label")

        self.stop_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.first_caption_label)

        self.first_visit_edit = QDateEdit(self.stops_tab)
        self.first_visit_edit.setObjectName(u"first_visit_edit")
        self.first_visit_edit.setCalendarPopup(True)

        self.stop_form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.first_visit_edit)

        self.every_caption_label = QLabel(self.stops_tab)
        self.every_caption_label.setObjectName(u"every_caption_label")

        self.stop_form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.every_caption_label)

        self.every_spin = QSpinBox(self.stops_tab)
        self.every_spin.setObjectName(u"every_spin")
        self.every_spin.setMinimum(1)
        self.every_spin.setMaximum(8)

        self.stop_form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.every_spin)

        self.address_caption_label = QLabel(self.stops_tab)
        self.address_caption_label.setObjectName(u"address_caption_label")

        self.stop_form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.address_caption_label)

        self.address_edit = QLineEdit(self.stops_tab)
        self.address_edit.setObjectName(u"address_edit")

        self.stop_form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.address_edit)


        self.form_row_layout.addLayout(self.stop_form_layout)

        self.stop_buttons_layout = QVBoxLayout()
        self.stop_buttons_layout.setObjectName(u"stop_buttons_layout")
        self.new_stop_button = QPushButton(self.stops_tab)
        self.new_stop_button.setObjectName(u"new_stop_button")
        self.new_stop_button.setAutoDefault(False)

        self.stop_buttons_layout.addWidget(self.new_stop_button)

        self.add_stop_button = QPushButton(self.stops_tab)
        self.add_stop_button.setObjectName(u"add_stop_button")
        self.add_stop_button.setAutoDefault(False)

        self.stop_buttons_layout.addWidget(self.add_stop_button)

        self.save_stop_button = QPushButton(self.stops_tab)
        self.save_stop_button.setObjectName(u"save_stop_button")
        self.save_stop_button.setAutoDefault(False)

        self.stop_buttons_layout.addWidget(self.save_stop_button)

        self.retire_button = QPushButton(self.stops_tab)
        self.retire_button.setObjectName(u"retire_button")
        self.retire_button.setAutoDefault(False)

        self.stop_buttons_layout.addWidget(self.retire_button)

        self.stop_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.stop_buttons_layout.addItem(self.stop_buttons_spacer)


        self.form_row_layout.addLayout(self.stop_buttons_layout)


        self.stops_tab_layout.addLayout(self.form_row_layout)

        self.stops_tab_layout.setStretch(1, 1)
        self.tabs.addTab(self.stops_tab, "")
        self.stats_tab = QWidget()
        self.stats_tab.setObjectName(u"stats_tab")
        self.stats_tab_layout = QVBoxLayout(self.stats_tab)
        self.stats_tab_layout.setObjectName(u"stats_tab_layout")
        self.period_layout = QHBoxLayout()
        self.period_layout.setObjectName(u"period_layout")
        self.from_caption_label = QLabel(self.stats_tab)
        self.from_caption_label.setObjectName(u"from_caption_label")

        self.period_layout.addWidget(self.from_caption_label)

        self.from_edit = QDateEdit(self.stats_tab)
        self.from_edit.setObjectName(u"from_edit")
        self.from_edit.setCalendarPopup(True)

        self.period_layout.addWidget(self.from_edit)

        self.to_caption_label = QLabel(self.stats_tab)
        self.to_caption_label.setObjectName(u"to_caption_label")

        self.period_layout.addWidget(self.to_caption_label)

        self.to_edit = QDateEdit(self.stats_tab)
        self.to_edit.setObjectName(u"to_edit")
        self.to_edit.setCalendarPopup(True)

        self.period_layout.addWidget(self.to_edit)

        self.stats_button = QPushButton(self.stats_tab)
        self.stats_button.setObjectName(u"stats_button")
        self.stats_button.setAutoDefault(False)

        self.period_layout.addWidget(self.stats_button)

        self.period_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period_layout.addItem(self.period_spacer)


        self.stats_tab_layout.addLayout(self.period_layout)

        self.stats_view = QTableView(self.stats_tab)
        self.stats_view.setObjectName(u"stats_view")
        self.stats_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stats_view.setAlternatingRowColors(True)
        self.stats_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stats_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.stats_tab_layout.addWidget(self.stats_view)

        self.stats_tab_layout.setStretch(1, 1)
        self.tabs.addTab(self.stats_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.status_label = QLabel(RoutesDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(RoutesDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.routes_caption_label.setBuddy(self.routes_combo)
        self.name_caption_label.setBuddy(self.name_edit)
        self.route_caption_label.setBuddy(self.route_combo)
        self.weekday_caption_label.setBuddy(self.weekday_combo)
        self.hours_caption_label.setBuddy(self.starts_edit)
        self.first_caption_label.setBuddy(self.first_visit_edit)
        self.every_caption_label.setBuddy(self.every_spin)
        self.address_caption_label.setBuddy(self.address_edit)
        self.from_caption_label.setBuddy(self.from_edit)
        self.to_caption_label.setBuddy(self.to_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.routes_combo)
        QWidget.setTabOrder(self.routes_combo, self.route_name_edit)
        QWidget.setTabOrder(self.route_name_edit, self.add_route_button)
        QWidget.setTabOrder(self.add_route_button, self.rename_route_button)
        QWidget.setTabOrder(self.rename_route_button, self.stops_view)
        QWidget.setTabOrder(self.stops_view, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.route_combo)
        QWidget.setTabOrder(self.route_combo, self.weekday_combo)
        QWidget.setTabOrder(self.weekday_combo, self.starts_edit)
        QWidget.setTabOrder(self.starts_edit, self.ends_edit)
        QWidget.setTabOrder(self.ends_edit, self.first_visit_edit)
        QWidget.setTabOrder(self.first_visit_edit, self.every_spin)
        QWidget.setTabOrder(self.every_spin, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.new_stop_button)
        QWidget.setTabOrder(self.new_stop_button, self.add_stop_button)
        QWidget.setTabOrder(self.add_stop_button, self.save_stop_button)
        QWidget.setTabOrder(self.save_stop_button, self.retire_button)
        QWidget.setTabOrder(self.retire_button, self.from_edit)
        QWidget.setTabOrder(self.from_edit, self.to_edit)
        QWidget.setTabOrder(self.to_edit, self.stats_button)
        QWidget.setTabOrder(self.stats_button, self.stats_view)
        QWidget.setTabOrder(self.stats_view, self.close_button)

        self.retranslateUi(RoutesDialog)
    # setupUi

    def retranslateUi(self, RoutesDialog):
        RoutesDialog.setWindowTitle(QCoreApplication.translate("RoutesDialog", u"Routes and stops", None))
        self.routes_caption_label.setText(QCoreApplication.translate("RoutesDialog", u"&Route:", None))
        self.routes_combo.setItemText(0, QCoreApplication.translate("RoutesDialog", u"All routes", None))

#if QT_CONFIG(accessibility)
        self.routes_combo.setAccessibleName(QCoreApplication.translate("RoutesDialog", u"Show the stops of", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.route_name_edit.setAccessibleName(QCoreApplication.translate("RoutesDialog", u"New route name", None))
#endif // QT_CONFIG(accessibility)
        self.route_name_edit.setPlaceholderText(QCoreApplication.translate("RoutesDialog", u"New route name", None))
        self.add_route_button.setText(QCoreApplication.translate("RoutesDialog", u"Add ro&ute", None))
        self.rename_route_button.setText(QCoreApplication.translate("RoutesDialog", u"Re&name route", None))
#if QT_CONFIG(tooltip)
        self.rename_route_button.setToolTip(QCoreApplication.translate("RoutesDialog", u"Rename the route shown to the name typed", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.stops_view.setAccessibleName(QCoreApplication.translate("RoutesDialog", u"Stops with their schedule and next visit", None))
#endif // QT_CONFIG(accessibility)
        self.name_caption_label.setText(QCoreApplication.translate("RoutesDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("RoutesDialog", u"Stop name", None))
#endif // QT_CONFIG(accessibility)
        self.name_edit.setPlaceholderText(QCoreApplication.translate("RoutesDialog", u"Millbrook School", None))
        self.route_caption_label.setText(QCoreApplication.translate("RoutesDialog", u"Ro&ute:", None))
#if QT_CONFIG(accessibility)
        self.route_combo.setAccessibleName(QCoreApplication.translate("RoutesDialog", u"Route of the stop", None))
#endif // QT_CONFIG(accessibility)
        self.weekday_caption_label.setText(QCoreApplication.translate("RoutesDialog", u"&Weekday:", None))
        self.weekday_combo.setItemText(0, QCoreApplication.translate("RoutesDialog", u"Monday", None))
        self.weekday_combo.setItemText(1, QCoreApplication.translate("RoutesDialog", u"Tuesday", None))
        self.weekday_combo.setItemText(2, QCoreApplication.translate("RoutesDialog", u"Wednesday", None))
        self.weekday_combo.setItemText(3, QCoreApplication.translate("RoutesDialog", u"Thursday", None))
        self.weekday_combo.setItemText(4, QCoreApplication.translate("RoutesDialog", u"Friday", None))
        self.weekday_combo.setItemText(5, QCoreApplication.translate("RoutesDialog", u"Saturday", None))
        self.weekday_combo.setItemText(6, QCoreApplication.translate("RoutesDialog", u"Sunday", None))

#if QT_CONFIG(accessibility)
        self.weekday_combo.setAccessibleName(QCoreApplication.translate("RoutesDialog", u"Weekday of the visits", None))
#endif // QT_CONFIG(accessibility)
        self.hours_caption_label.setText(QCoreApplication.translate("RoutesDialog", u"&Hours:", None))
#if QT_CONFIG(accessibility)
        self.starts_edit.setAccessibleName(QCoreApplication.translate("RoutesDialog", u"Visit starts at", None))
#endif // QT_CONFIG(accessibility)
        self.starts_edit.setPlaceholderText(QCoreApplication.translate("RoutesDialog", u"10:00", None))
        self.hours_dash_label.setText(QCoreApplication.translate("RoutesDialog", u"to", None))
#if QT_CONFIG(accessibility)
        self.ends_edit.setAccessibleName(QCoreApplication.translate("RoutesDialog", u"Visit ends at", None))
#endif // QT_CONFIG(accessibility)
        self.ends_edit.setPlaceholderText(QCoreApplication.translate("RoutesDialog", u"11:30", None))
        self.first_caption_label.setText(QCoreApplication.translate("RoutesDialog", u"&First visit:", None))
#if QT_CONFIG(accessibility)
        self.first_visit_edit.setAccessibleName(QCoreApplication.translate("RoutesDialog", u"First visit", None))
#endif // QT_CONFIG(accessibility)
        self.first_visit_edit.setDisplayFormat(QCoreApplication.translate("RoutesDialog", u"yyyy-MM-dd", None))
        self.every_caption_label.setText(QCoreApplication.translate("RoutesDialog", u"E&very:", None))
#if QT_CONFIG(accessibility)
        self.every_spin.setAccessibleName(QCoreApplication.translate("RoutesDialog", u"Every how many weeks", None))
#endif // QT_CONFIG(accessibility)
        self.every_spin.setSuffix(QCoreApplication.translate("RoutesDialog", u" week(s)", None))
        self.address_caption_label.setText(QCoreApplication.translate("RoutesDialog", u"A&ddress:", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("RoutesDialog", u"Address of the stop", None))
#endif // QT_CONFIG(accessibility)
        self.address_edit.setPlaceholderText("")
        self.new_stop_button.setText(QCoreApplication.translate("RoutesDialog", u"Ne&w stop", None))
#if QT_CONFIG(tooltip)
        self.new_stop_button.setToolTip(QCoreApplication.translate("RoutesDialog", u"Empty the form for a new stop", None))
#endif // QT_CONFIG(tooltip)
        self.add_stop_button.setText(QCoreApplication.translate("RoutesDialog", u"&Add stop", None))
        self.save_stop_button.setText(QCoreApplication.translate("RoutesDialog", u"&Save changes", None))
#if QT_CONFIG(tooltip)
        self.save_stop_button.setToolTip(QCoreApplication.translate("RoutesDialog", u"Save the form into the stop chosen in the table", None))
#endif // QT_CONFIG(tooltip)
        self.retire_button.setText(QCoreApplication.translate("RoutesDialog", u"Re&tire stop", None))
#if QT_CONFIG(tooltip)
        self.retire_button.setToolTip(QCoreApplication.translate("RoutesDialog", u"No longer visited; kept for its loans' history", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.stops_tab), QCoreApplication.translate("RoutesDialog", u"Stops", None))
        self.from_caption_label.setText(QCoreApplication.translate("RoutesDialog", u"Fr&om:", None))
#if QT_CONFIG(accessibility)
        self.from_edit.setAccessibleName(QCoreApplication.translate("RoutesDialog", u"Statistics from", None))
#endif // QT_CONFIG(accessibility)
        self.from_edit.setDisplayFormat(QCoreApplication.translate("RoutesDialog", u"yyyy-MM-dd", None))
        self.to_caption_label.setText(QCoreApplication.translate("RoutesDialog", u"T&o:", None))
#if QT_CONFIG(accessibility)
        self.to_edit.setAccessibleName(QCoreApplication.translate("RoutesDialog", u"Statistics to", None))
#endif // QT_CONFIG(accessibility)
        self.to_edit.setDisplayFormat(QCoreApplication.translate("RoutesDialog", u"yyyy-MM-dd", None))
        self.stats_button.setText(QCoreApplication.translate("RoutesDialog", u"Co&unt", None))
#if QT_CONFIG(accessibility)
        self.stats_view.setAccessibleName(QCoreApplication.translate("RoutesDialog", u"Check-outs, check-ins, renewals and borrowers per stop", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.stats_tab), QCoreApplication.translate("RoutesDialog", u"Statistics", None))
        self.status_label.setText("")
        self.close_button.setText(QCoreApplication.translate("RoutesDialog", u"Clos&e", None))
    # retranslateUi

