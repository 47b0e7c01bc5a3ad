# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QTabWidget, QTableView, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_StaffDialog(object):
    def setupUi(self, StaffDialog):
        if not StaffDialog.objectName():
            StaffDialog.setObjectName(u"StaffDialog")
        StaffDialog.resize(760, 520)
        self.main_layout = QVBoxLayout(StaffDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.tabs_widget = QTabWidget(StaffDialog)
        self.tabs_widget.setObjectName(u"tabs_widget")
        self.accounts_tab = QWidget()
        self.accounts_tab.setObjectName(u"accounts_tab")
        self.accounts_layout = QVBoxLayout(self.accounts_tab)
        self.accounts_layout.setObjectName(u"accounts_layout")
        self.accounts_view = QTableView(self.accounts_tab)
        self.accounts_view.setObjectName(u"accounts_view")
        self.accounts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accounts_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accounts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.accounts_layout.addWidget(self.accounts_view)

        self.account_form = QFormLayout()
        self.account_form.setObjectName(u"account_form")
        self.username_label = QLabel(self.accounts_tab)
        self.username_label.setObjectName(u"username_label")

        self.account_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(self.accounts_tab)
        self.username_edit.setObjectName(u"username_edit")

        self.account_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.name_label = QLabel(self.accounts_tab)
        self.name_label.setObjectName(u"name_label")

        self.account_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.accounts_tab)
        self.name_edit.setObjectName(u"name_edit")

        self.account_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.role_label = QLabel(self.accounts_tab)
        self.role_label.setObjectName(u"role_label")

        self.account_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(self.accounts_tab)
        self.role_combo.setObjectName(u"role_combo")

        self.account_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.password_label = QLabel(self.accounts_tab)
        self.password_label.setObjectName(u"password_label")

        self.account_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(self.accounts_tab)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.account_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password_edit)


        self.accounts_layout.addLayout(self.account_form)

        self.account_buttons_layout = QHBoxLayout()
        self.account_buttons_layout.setObjectName(u"account_buttons_layout")
        self.add_button = QPushButton(self.accounts_tab)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setAutoDefault(False)

        self.account_buttons_layout.addWidget(self.add_button)

        self.role_button = QPushButton(self.accounts_tab)
        self.role_button.setObjectName(u"role_button")
        self.role_button.setAutoDefault(False)

        self.account_buttons_layout.addWidget(self.role_button)

        self.password_button = QPushButton(self.accounts_tab)
        self.password_button.setObjectName(u"password_button")
        self.password_button.setAutoDefault(False)

        self.account_buttons_layout.addWidget(self.password_button)

        self.deactivate_button = QPushButton(self.accounts_tab)
        self.deactivate_button.setObjectName(u"deactivate_button")
        self.deactivate_button.setAutoDefault(False)

        self.account_buttons_layout.addWidget(self.deactivate_button)

        self.reactivate_button = QPushButton(self.accounts_tab)
        self.reactivate_button.setObjectName(u"reactivate_button")
        self.reactivate_button.setAutoDefault(False)

        self.account_buttons_layout.addWidget(self.reactivate_button)

        self.unlock_button = QPushButton(self.accounts_tab)
        self.unlock_button.setObjectName(u"unlock_button")
        self.unlock_button.setAutoDefault(False)

        self.account_buttons_layout.addWidget(self.unlock_button)


        self.accounts_layout.addLayout(self.account_buttons_layout)

        self.tabs_widget.addTab(self.accounts_tab, "")
        self.roles_tab = QWidget()
        self.roles_tab.setObjectName(u"roles_tab")
        self.roles_layout = QVBoxLayout(self.roles_tab)
        self.roles_layout.setObjectName(u"roles_layout")
        self.roles_hint_label = QLabel(self.roles_tab)
        self.roles_hint_label.setObjectName(u"roles_hint_label")

        self.roles_layout.addWidget(self.roles_hint_label)

        self.rights_table = QTableWidget(self.roles_tab)
        self.rights_table.setObjectName(u"rights_table")
        self.rights_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.roles_layout.addWidget(self.rights_table)

        self.tabs_widget.addTab(self.roles_tab, "")
        self.tokens_tab = QWidget()
        self.tokens_tab.setObjectName(u"tokens_tab")
        self.tokens_layout = QVBoxLayout(self.tokens_tab)
        self.tokens_layout.setObjectName(u"tokens_layout")
        self.tokens_view = QTableView(self.tokens_tab)
        self.tokens_view.setObjectName(u"tokens_view")
        self.tokens_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tokens_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tokens_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.tokens_layout.addWidget(self.tokens_view)

        self.make_token_layout = QHBoxLayout()
        self.make_token_layout.setObjectName(u"make_token_layout")
        self.token_user_label = QLabel(self.tokens_tab)
        self.token_user_label.setObjectName(u"token_user_label")

        self.make_token_layout.addWidget(self.token_user_label)

        self.token_user_combo = QComboBox(self.tokens_tab)
        self.token_user_combo.setObjectName(u"token_user_combo")

        self.make_token_layout.addWidget(self.token_user_combo)

        self.token_label_label = QLabel(self.tokens_tab)
        self.token_label_label.setObjectName(u"token_label_label")

        self.make_token_layout.addWidget(self.token_label_label)

        self.token_label_edit = QLineEdit(self.tokens_tab)
        self.token_label_edit.setObjectName(u"token_label_edit")

        self.make_token_layout.addWidget(self.token_label_edit)

        self.make_token_button = QPushButton(self.tokens_tab)
        self.make_token_button.setObjectName(u"make_token_button")
        self.make_token_button.setAutoDefault(False)

        self.make_token_layout.addWidget(self.make_token_button)


        self.tokens_layout.addLayout(self.make_token_layout)

        self.new_token_layout = QHBoxLayout()
        self.new_token_layout.setObjectName(u"new_token_layout")
        self.token_label = QLabel(self.tokens_tab)
        self.token_label.setObjectName(u"token_label")

        self.new_token_layout.addWidget(self.token_label)

        self.token_edit = QLineEdit(self.tokens_tab)
        self.token_edit.setObjectName(u"token_edit")
        self.token_edit.setReadOnly(True)

        self.new_token_layout.addWidget(self.token_edit)

        self.copy_button = QPushButton(self.tokens_tab)
        self.copy_button.setObjectName(u"copy_button")
        self.copy_button.setAutoDefault(False)

        self.new_token_layout.addWidget(self.copy_button)


        self.tokens_layout.addLayout(self.new_token_layout)

        self.revoke_layout = QHBoxLayout()
        self.revoke_layout.setObjectName(u"revoke_layout")
        self.revoke_token_button = QPushButton(self.tokens_tab)
        self.revoke_token_button.setObjectName(u"revoke_token_button")
        self.revoke_token_button.setAutoDefault(False)

        self.revoke_layout.addWidget(self.revoke_token_button)


        self.tokens_layout.addLayout(self.revoke_layout)

        self.tabs_widget.addTab(self.tokens_tab, "")

        self.main_layout.addWidget(self.tabs_widget)

        self.status_label = QLabel(StaffDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(StaffDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username_edit)
        self.name_label.setBuddy(self.name_edit)
        self.role_label.setBuddy(self.role_combo)
        self.password_label.setBuddy(self.password_edit)
        self.roles_hint_label.setBuddy(self.rights_table)
        self.token_user_label.setBuddy(self.token_user_combo)
        self.token_label_label.setBuddy(self.token_label_edit)
        self.token_label.setBuddy(self.token_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs_widget, self.accounts_view)
        QWidget.setTabOrder(self.accounts_view, self.username_edit)
        QWidget.setTabOrder(self.username_edit, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.add_button)
        QWidget.setTabOrder(self.add_button, self.role_button)
        QWidget.setTabOrder(self.role_button, self.password_button)
        QWidget.setTabOrder(self.password_button, self.deactivate_button)
        QWidget.setTabOrder(self.deactivate_button, self.reactivate_button)
        QWidget.setTabOrder(self.reactivate_button, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.rights_table)
        QWidget.setTabOrder(self.rights_table, self.tokens_view)
        QWidget.setTabOrder(self.tokens_view, self.token_user_combo)
        QWidget.setTabOrder(self.token_user_combo, self.token_label_edit)
        QWidget.setTabOrder(self.token_label_edit, self.make_token_button)
        QWidget.setTabOrder(self.make_token_button, self.token_edit)
        QWidget.setTabOrder(self.token_edit, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.revoke_token_button)
        QWidget.setTabOrder(self.revoke_token_button, self.button_box)

        self.retranslateUi(StaffDialog)
    # setupUi

    def retranslateUi(self, StaffDialog):
        StaffDialog.setWindowTitle(QCoreApplication.translate("StaffDialog", u"Staff accounts and roles", None))
#if QT_CONFIG(accessibility)
        self.accounts_view.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Staff accounts", None))
#endif // QT_CONFIG(accessibility)
        self.username_label.setText(QCoreApplication.translate("StaffDialog", u"&User name:", None))
#if QT_CONFIG(accessibility)
        self.username_edit.setAccessibleName(QCoreApplication.translate("StaffDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.name_label.setText(QCoreApplication.translate("StaffDialog", u"&Name shown:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Name shown", None))
#endif // QT_CONFIG(accessibility)
        self.role_label.setText(QCoreApplication.translate("StaffDialog", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.role_combo.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.password_label.setText(QCoreApplication.translate("StaffDialog", u"New pass&word:", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("StaffDialog", u"New password", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("StaffDialog", u"A&dd account", None))
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("StaffDialog", u"A new account with the user name, name, role and password above", None))
#endif // QT_CONFIG(tooltip)
        self.role_button.setText(QCoreApplication.translate("StaffDialog", u"Set r&ole", None))
#if QT_CONFIG(tooltip)
        self.role_button.setToolTip(QCoreApplication.translate("StaffDialog", u"Give the selected account the role above", None))
#endif // QT_CONFIG(tooltip)
        self.password_button.setText(QCoreApplication.translate("StaffDialog", u"R&eset password", None))
#if QT_CONFIG(tooltip)
        self.password_button.setToolTip(QCoreApplication.translate("StaffDialog", u"Give the selected account the password above", None))
#endif // QT_CONFIG(tooltip)
        self.deactivate_button.setText(QCoreApplication.translate("StaffDialog", u"Deacti&vate", None))
        self.reactivate_button.setText(QCoreApplication.translate("StaffDialog", u"Reac&tivate", None))
        self.unlock_button.setText(QCoreApplication.translate("StaffDialog", u"U&nlock", None))
#if QT_CONFIG(tooltip)
        self.unlock_button.setToolTip(QCoreApplication.translate("StaffDialog", u"Lift the lock after too many failed logins", None))
#endif // QT_CONFIG(tooltip)
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.accounts_tab), QCoreApplication.translate("StaffDialog", u"&Accounts", None))
        self.roles_hint_label.setText(QCoreApplication.translate("StaffDialog", u"Tick a box to give a role that right (Space ticks the current box).", None))
#if QT_CONFIG(accessibility)
        self.rights_table.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Rights of each role", None))
#endif // QT_CONFIG(accessibility)
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.roles_tab), QCoreApplication.translate("StaffDialog", u"&Roles and rights", None))
#if QT_CONFIG(accessibility)
        self.tokens_view.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Script tokens", None))
#endif // QT_CONFIG(accessibility)
        self.token_user_label.setText(QCoreApplication.translate("StaffDialog", u"For &user:", None))
#if QT_CONFIG(accessibility)
        self.token_user_combo.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Token for user", None))
#endif // QT_CONFIG(accessibility)
        self.token_label_label.setText(QCoreApplication.translate("StaffDialog", u"&Label:", None))
#if QT_CONFIG(accessibility)
        self.token_label_edit.setAccessibleName(QCoreApplication.translate("StaffDialog", u"Token label", None))
#endif // QT_CONFIG(accessibility)
        self.make_token_button.setText(QCoreApplication.translate("StaffDialog", u"&Make token", None))
        self.token_label.setText(QCoreApplication.translate("StaffDialog", u"New token (shown once):", None))
#if QT_CONFIG(accessibility)
        self.token_edit.setAccessibleName(QCoreApplication.translate("StaffDialog", u"New token", None))
#endif // QT_CONFIG(accessibility)
        self.copy_button.setText(QCoreApplication.translate("StaffDialog", u"&Copy", None))
        self.revoke_token_button.setText(QCoreApplication.translate("StaffDialog", u"Re&voke the selected token", None))
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.tokens_tab), QCoreApplication.translate("StaffDialog", u"&Script tokens", None))
    # retranslateUi

