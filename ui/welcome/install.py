"""Putting the welcome screen into the main window: a page, a Help menu entry, first-run display."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget

from ui.welcome.controller import WelcomeController
from ui.welcome.first_run import OpenService, SampleImporter, check_first_run
from ui.welcome.page import WelcomePage


def _help_menu(window: QMainWindow) -> QMenu:
    """Return the window's Help menu, creating it when there is none yet."""
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.objectName() == "helpMenu":
            return menu
    menu = window.menuBar().addMenu(QCoreApplication.translate("Welcome", "&Help"))
    menu.setObjectName("helpMenu")
    return menu


def show_welcome(window: QMainWindow, stack: QStackedWidget, page: WelcomePage) -> None:
    """Show the welcome page, leaving no screen selected in the sidebar."""
    navigation = getattr(window, "navigation", None)
    if navigation is not None:
        navigation.setCurrentRow(-1)
    stack.setCurrentWidget(page)
    # An item view that gains focus with no current row selects its first one, which would
    # switch the screen away again; the first button takes the focus instead.
    page.load_samples.setFocus()


def install_welcome(
    window: QMainWindow,
    stack: QStackedWidget,
    open_service: OpenService,
    examples: Path,
    identities: Path,
) -> WelcomeController:
    """Add the welcome page and its Help entry; show it when nothing is set up yet."""
    page = WelcomePage(stack)
    stack.addWidget(page)
    controller = WelcomeController(page, SampleImporter(open_service, examples), identities)
    action = QAction(QCoreApplication.translate("Welcome", "&Welcome"), window)
    action.setObjectName("showWelcome")
    action.triggered.connect(lambda: show_welcome(window, stack, page))
    _help_menu(window).addAction(action)
    if check_first_run(open_service, identities):
        show_welcome(window, stack, page)
    return controller
