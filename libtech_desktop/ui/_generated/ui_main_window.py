# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStatusBar, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 720)
        self.quit_action = QAction(MainWindow)
        self.quit_action.setObjectName(u"quit_action")
        self.check_digits_action = QAction(MainWindow)
        self.check_digits_action.setObjectName(u"check_digits_action")
        self.check_digits_action.setCheckable(True)
        self.sounds_action = QAction(MainWindow)
        self.sounds_action.setObjectName(u"sounds_action")
        self.sounds_action.setCheckable(True)
        self.paper_roll80_action = QAction(MainWindow)
        self.paper_roll80_action.setObjectName(u"paper_roll80_action")
        self.paper_roll80_action.setCheckable(True)
        self.paper_a4_action = QAction(MainWindow)
        self.paper_a4_action.setObjectName(u"paper_a4_action")
        self.paper_a4_action.setCheckable(True)
        self.paper_letter_action = QAction(MainWindow)
        self.paper_letter_action.setObjectName(u"paper_letter_action")
        self.paper_letter_action.setCheckable(True)
        self.slips_pdf_action = QAction(MainWindow)
        self.slips_pdf_action.setObjectName(u"slips_pdf_action")
        self.slips_pdf_action.setCheckable(True)
        self.slips_print_action = QAction(MainWindow)
        self.slips_print_action.setObjectName(u"slips_print_action")
        self.slips_print_action.setCheckable(True)
        self.slips_preview_action = QAction(MainWindow)
        self.slips_preview_action.setObjectName(u"slips_preview_action")
        self.slips_preview_action.setCheckable(True)
        self.slip_printer_action = QAction(MainWindow)
        self.slip_printer_action.setObjectName(u"slip_printer_action")
        self.show_log_action = QAction(MainWindow)
        self.show_log_action.setObjectName(u"show_log_action")
        self.about_action = QAction(MainWindow)
        self.about_action.setObjectName(u"about_action")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.tabs_widget = QTabWidget(self.central_widget)
        self.tabs_widget.setObjectName(u"tabs_widget")
        self.tabs_widget.setDocumentMode(True)
        self.tabs_widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.central_layout.addWidget(self.tabs_widget)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.file_menu = QMenu(self.menu_bar)
        self.file_menu.setObjectName(u"file_menu")
        self.settings_menu = QMenu(self.menu_bar)
        self.settings_menu.setObjectName(u"settings_menu")
        self.receipt_paper_menu = QMenu(self.settings_menu)
        self.receipt_paper_menu.setObjectName(u"receipt_paper_menu")
        self.slips_menu = QMenu(self.settings_menu)
        self.slips_menu.setObjectName(u"slips_menu")
        self.help_menu = QMenu(self.menu_bar)
        self.help_menu.setObjectName(u"help_menu")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.file_menu.menuAction())
        self.menu_bar.addAction(self.settings_menu.menuAction())
        self.menu_bar.addAction(self.help_menu.menuAction())
        self.file_menu.addAction(self.quit_action)
        self.settings_menu.addAction(self.check_digits_action)
        self.settings_menu.addAction(self.sounds_action)
        self.settings_menu.addSeparator()
        self.settings_menu.addAction(self.receipt_paper_menu.menuAction())
        self.settings_menu.addAction(self.slips_menu.menuAction())
        self.receipt_paper_menu.addAction(self.paper_roll80_action)
        self.receipt_paper_menu.addAction(self.paper_a4_action)
        self.receipt_paper_menu.addAction(self.paper_letter_action)
        self.slips_menu.addAction(self.slips_pdf_action)
        self.slips_menu.addAction(self.slips_print_action)
        self.slips_menu.addAction(self.slips_preview_action)
        self.slips_menu.addSeparator()
        self.slips_menu.addAction(self.slip_printer_action)
        self.help_menu.addAction(self.show_log_action)
        self.help_menu.addAction(self.about_action)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"LibTech Desk", None))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.quit_action.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.check_digits_action.setText(QCoreApplication.translate("MainWindow", u"Verify library barcode &check digits", None))
#if QT_CONFIG(tooltip)
        self.check_digits_action.setToolTip(QCoreApplication.translate("MainWindow", u"Refuse a 14-digit barcode whose mod-10 check digit is wrong (a misread)", None))
#endif // QT_CONFIG(tooltip)
        self.sounds_action.setText(QCoreApplication.translate("MainWindow", u"&Sounds after each scan", None))
        self.paper_roll80_action.setText(QCoreApplication.translate("MainWindow", u"&80 mm receipt roll", None))
        self.paper_a4_action.setText(QCoreApplication.translate("MainWindow", u"&A4 sheet", None))
        self.paper_letter_action.setText(QCoreApplication.translate("MainWindow", u"&Letter sheet", None))
        self.slips_pdf_action.setText(QCoreApplication.translate("MainWindow", u"Save as PDF &only", None))
#if QT_CONFIG(tooltip)
        self.slips_pdf_action.setToolTip(QCoreApplication.translate("MainWindow", u"Slips are saved in the receipts folder and not printed", None))
#endif // QT_CONFIG(tooltip)
        self.slips_print_action.setText(QCoreApplication.translate("MainWindow", u"&Print on the slip printer", None))
#if QT_CONFIG(tooltip)
        self.slips_print_action.setToolTip(QCoreApplication.translate("MainWindow", u"Slips are saved and printed at once on the slip printer", None))
#endif // QT_CONFIG(tooltip)
        self.slips_preview_action.setText(QCoreApplication.translate("MainWindow", u"Print pre&view first", None))
#if QT_CONFIG(tooltip)
        self.slips_preview_action.setToolTip(QCoreApplication.translate("MainWindow", u"Slips are saved and shown in a print preview to print from", None))
#endif // QT_CONFIG(tooltip)
        self.slip_printer_action.setText(QCoreApplication.translate("MainWindow", u"&Choose slip printer\u2026", None))
        self.show_log_action.setText(QCoreApplication.translate("MainWindow", u"Show &log", None))
        self.about_action.setText(QCoreApplication.translate("MainWindow", u"&About LibTech Desk", None))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.settings_menu.setTitle(QCoreApplication.translate("MainWindow", u"Se&ttings", None))
        self.receipt_paper_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Receipt paper", None))
        self.slips_menu.setTitle(QCoreApplication.translate("MainWindow", u"Sli&ps", None))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

