"""The welcome screen's layout: the three steps of a review and two ways to begin."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

STEPS = (
    (
        "1",
        QT_TRANSLATE_NOOP("WelcomePage", "Intake"),
        QT_TRANSLATE_NOOP(
            "WelcomePage", "Answer the questionnaire about the proposed AI deployment."
        ),
    ),
    (
        "2",
        QT_TRANSLATE_NOOP("WelcomePage", "Decision"),
        QT_TRANSLATE_NOOP(
            "WelcomePage", "See the verdict and the policy clauses it rests on; decide and say why."
        ),
    ),
    (
        "3",
        QT_TRANSLATE_NOOP("WelcomePage", "Signed PDF"),
        QT_TRANSLATE_NOOP("WelcomePage", "Sign the decision report; an approver countersigns it."),
    ),
)


def _step_card(number: str, title: str, text: str, parent: QWidget) -> QFrame:
    """Return one step as a quiet card: a number, a title and one sentence."""
    card = QFrame(parent)
    card.setObjectName(f"step{number}")
    card.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(card)
    heading = QLabel(f"<span style='font-size: 20pt; color: #5c6b7a;'>{number}</span>", card)
    name = QLabel(f"<b>{QCoreApplication.translate('WelcomePage', title)}</b>", card)
    body = QLabel(QCoreApplication.translate("WelcomePage", text), card)
    body.setWordWrap(True)
    for label in (heading, name, body):
        layout.addWidget(label)
    layout.addStretch(1)
    return card


class WelcomePage(QWidget):
    """Layout only: the steps, the two buttons and a status line; the controller acts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        welcome = self.tr("Welcome to Reviewer")
        title = QLabel(f"<h1>{welcome}</h1>", self)
        intro = QLabel(
            self.tr(
                "Reviewer helps you review a proposed AI deployment in three steps. Everything"
                " stays on this computer."
            ),
            self,
        )
        intro.setWordWrap(True)
        steps = QHBoxLayout()
        for position, (number, name, text) in enumerate(STEPS):
            if position:
                arrow = QLabel("→", self)
                arrow.setAlignment(Qt.AlignmentFlag.AlignCenter)
                steps.addWidget(arrow)
            steps.addWidget(_step_card(number, str(name), str(text), self), 1)
        self.load_samples = QPushButton(self.tr("Load sample reviews"), self)
        self.create_identity = QPushButton(self.tr("Create a signing identity"), self)
        self.add_root = QPushButton(self.tr("Trust your organisation's root…"), self)
        self.add_root.setObjectName("addOrganisationRoot")
        self.add_root.setToolTip(
            self.tr(
                "Add the root certificate your organisation gave you, once: signatures from"
                " identities it issued then show as trusted."
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_samples)
        buttons.addWidget(self.create_identity)
        buttons.addWidget(self.add_root)
        buttons.addStretch(1)
        self.roots = QLabel(self)
        self.roots.setObjectName("organisationRoots")
        self.roots.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("welcomeStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(18)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(steps)
        layout.addLayout(buttons)
        layout.addWidget(self.roots)
        layout.addWidget(self.status)
        layout.addStretch(1)
