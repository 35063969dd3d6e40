"""The steps of questionnaires an open review owes beyond the intake (the FRIA), wired up.

Each one has its own controller and autosaving sink, like the intake, and its own page. When
the intake's answers make the review owe a questionnaire it has no step for, the workspace
reloads the review to show it; one no longer owed keeps its step and its answers.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from reviewer import Assessment
from reviewer.library import owed_questionnaires
from ui.intake.controller import IntakeController, MissingSection
from ui.intake.owed_page import OwedQuestionnairePage, step_title
from ui.intake.view import IntakeView
from ui.reviews.session import ReviewSession
from ui.reviews.sink import ServiceAnswerSink

LINK_SEPARATOR = "/"
"""Between the questionnaire's id and the question's in a link to an owed question."""


def owed_link(questionnaire_id: str, question_id: str) -> str:
    """Return the link to one question of an owed questionnaire ("fria/fria_period")."""
    return f"{questionnaire_id}{LINK_SEPARATOR}{question_id}"


class OwedSteps(QObject):
    """The owed questionnaires' pages, controllers and sinks of one open review."""

    def __init__(self, session: ReviewSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.pages: list[OwedQuestionnairePage] = []
        self.sinks: list[ServiceAnswerSink] = []
        self.controllers: list[IntakeController] = []
        self._view: IntakeView | None = None
        service = session.service
        for owed in session.detail.current.questionnaires:
            questionnaire = service.pinned_questionnaire(session.review_id, owed.questionnaire.id)
            sink = ServiceAnswerSink(session, questionnaire, parent, owed=questionnaire.id)
            controller = IntakeController(questionnaire, sink, parent)
            self.sinks.append(sink)
            self.controllers.append(controller)
            self.pages.append(OwedQuestionnairePage(controller, owed.owed, parent))

    def titled_pages(self) -> list[tuple[str, QWidget]]:
        """Return each step's title and page, for the intake view."""
        return [(step_title(page.questionnaire), page) for page in self.pages]

    def connect_view(self, view: IntakeView, failed: Callable[[str], None]) -> None:
        """Show saves, failures and each step's completeness in the intake view."""
        for position, (page, sink, controller) in enumerate(
            zip(self.pages, self.sinks, self.controllers, strict=True)
        ):
            controller.saved.connect(view.show_saved)
            controller.failed.connect(failed)
            sink.flushed.connect(view.show_saved)
            sink.flush_failed.connect(failed)
            controller.answer_changed.connect(
                lambda _qid, p=position, pg=page: view.set_owed_status(p, pg.status())
            )
            view.set_owed_status(position, page.status())
        self._view = view

    def missing_groups(self) -> list[MissingSection]:
        """Return, per questionnaire still owed, its required answers missing, as links.

        One group per questionnaire, named like its step ("Fundamental rights impact
        assessment (4)"); each answer's id is an `owed_link`, which `focus` follows.
        """
        groups = []
        for page, controller in zip(self.pages, self.controllers, strict=True):
            questionnaire = page.questionnaire
            answers = tuple(
                (owed_link(questionnaire.id, qid), term)
                for qid, term in controller.missing_shown_required()
            )
            if page.owed and answers:
                groups.append(
                    MissingSection(f"owed:{questionnaire.id}", step_title(questionnaire), answers)
                )
        return groups

    def focus(self, link: str) -> bool:
        """Open the step of an owed question's link and focus the question; False if not one."""
        questionnaire_id, separator, question_id = link.partition(LINK_SEPARATOR)
        if not separator or self._view is None:
            return False
        for position, page in enumerate(self.pages):
            if page.questionnaire.id == questionnaire_id and self._view.go_to_owed(position):
                return page.focus_question(question_id)
        return False

    @property
    def pending(self) -> bool:
        """Tell whether an answer typed in an owed questionnaire waits to be saved."""
        return any(sink.pending for sink in self.sinks)

    def flush(self) -> None:
        """Save every typed answer still waiting; raises what the service raises."""
        for sink in self.sinks:
            sink.flush()

    def set_locked(self, locked: bool) -> None:
        """Make every owed questionnaire read-only or editable."""
        for page in self.pages:
            page.set_locked(locked)

    def follow(self, assessment: Assessment) -> bool:
        """Follow a new assessment: mark steps owed or not; True when a step is missing."""
        owed = {q.id for q in owed_questionnaires(assessment)}
        for position, page in enumerate(self.pages):
            page.set_owed(page.questionnaire.id in owed)
            if self._view is not None:
                self._view.set_owed_status(position, page.status())
        return bool(owed - {page.questionnaire.id for page in self.pages})
