"""The autosaving answer sink: every change goes to ReviewService.set_answer in its own transaction.

Typed answers (free text, numbers) are saved once typing pauses, so the audit trail records the
answer rather than every keystroke; `flush()` saves a pending one at once (on close, before a
decision, when another review opens).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from reviewer import Assessment, Questionnaire, assess
from reviewer.answers import AnswerValue
from reviewer.questionnaire import QuestionKind
from reviewer.records import ReviewChange
from ui.reviews.session import ReviewSession

TYPING_PAUSE_MS = 600
_TYPED = (QuestionKind.TEXT, QuestionKind.NUMBER)


def _tr(text: str) -> str:
    """Translate a text of this module."""
    return QCoreApplication.translate("ServiceAnswerSink", text)


class ServiceAnswerSink(QObject):
    """An `AnswerSink` over the review service, with optimistic locking through the session.

    With `owed` naming a questionnaire the review owes beyond the intake (the FRIA, "fria"),
    it saves that questionnaire's answers instead; they leave the assessment as it is.

    Signals:
        flushed(str): a pending typed answer was saved; carries the note to show.
        flush_failed(str): a pending typed answer could not be saved; carries why.
    """

    flushed = Signal(str)
    flush_failed = Signal(str)

    def __init__(
        self,
        session: ReviewSession,
        questionnaire: Questionnaire,
        parent: QObject | None = None,
        *,
        owed: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._questionnaire = questionnaire
        self._owed = owed
        revision = session.detail.current
        held = revision.owed(owed) if owed is not None else None
        answers = held.answers if held is not None else {} if owed else revision.answers
        self._answers: dict[str, AnswerValue] = dict(answers)
        assessment = revision.assessment
        if assessment is None:
            assessment = session.service.rescore_pinned(session.review_id)
        self._assessment = assessment
        self._pending: dict[str, AnswerValue] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._flush_quietly)
        self.save_note = _tr("Saved")

    @property
    def pending(self) -> bool:
        """Tell whether a typed answer is waiting to be saved."""
        return bool(self._pending)

    def current_answers(self) -> Mapping[str, AnswerValue]:
        """Return the answers as last accepted, pending ones included."""
        return dict(self._answers)

    def current_assessment(self) -> Assessment:
        """Return the assessment of the answers as last accepted."""
        return self._assessment

    def set_answer(self, question_id: str, value: AnswerValue) -> Assessment:
        """Save one answer (typed ones once typing pauses) and return the new assessment."""
        question = self._questionnaire.questions.get(question_id)
        if question is not None and question.kind in _TYPED:
            local = self._local_assessment(question_id, value)
            if local is not None:
                self._pending[question_id] = value
                self._answers = self._with(question_id, value)
                self._assessment = local
                self._timer.start()
                self.save_note = _tr("Saving…")
                return local
        self.flush()
        return self._save(question_id, value)

    def flush(self) -> None:
        """Save every pending typed answer now; raises what the service raises."""
        self._timer.stop()
        while self._pending:
            question_id, value = next(iter(self._pending.items()))
            self._save(question_id, value)
            self._pending.pop(question_id, None)

    def _flush_quietly(self) -> None:
        """Save pending answers when typing pauses, reporting the outcome as signals."""
        try:
            self.flush()
        except Exception as exc:  # shown to the person by whoever listens; never lost silently
            self._pending.clear()
            self.flush_failed.emit(str(exc))
            return
        self.flushed.emit(self.save_note)

    def _save(self, question_id: str, value: AnswerValue) -> Assessment:
        """Save one answer in its own transaction."""
        service = self._session.service
        review_id = self._session.review_id
        change: ReviewChange = self._session.change(
            lambda version: service.set_answer(
                review_id, question_id, value, questionnaire=self._owed, expected_version=version
            )
        )
        self._answers = self._with(question_id, value)
        if change.assessment is not None:
            self._assessment = change.assessment
        self.save_note = _tr("Saved")
        return self._assessment

    def _with(self, question_id: str, value: AnswerValue) -> dict[str, AnswerValue]:
        """Return the answers with one changed or cleared."""
        answers = dict(self._answers)
        if value is None:
            answers.pop(question_id, None)
        else:
            answers[question_id] = value
        return answers

    def _local_assessment(self, question_id: str, value: AnswerValue) -> Assessment | None:
        """Assess a typed change in memory when the current packs are those the review pins."""
        if self._owed is not None:
            return self._assessment  # an owed questionnaire's answers do not change it
        service = self._session.service
        packs = service.packs
        assessment = assess(self._questionnaire, packs, self._with(question_id, value))
        if assessment.pins != self._assessment.pins:
            return None
        return assessment
