"""What a new pack version changes for one review's answers: clauses added, removed, re-graded."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer import (
    AnswersFile,
    Questionnaire,
    ReviewerError,
    Severity,
    assess,
    load_answers_file,
)
from reviewer.answers import QuestionnairePin
from reviewer.reassessment import diff_assessments
from reviewer.records import ClauseChange, ClauseChangeKind, ReviewQuery, ReviewSummary
from reviewer.resources import examples_dir
from reviewer.scoring import Assessment
from ui.library.catalogue import PackCatalogue
from ui.table_model import Row, RowsModel
from ui.theme import badge_style, muted, severity_label, verdict_colours, verdict_label

if TYPE_CHECKING:
    from reviewer.service import ReviewService

log = logging.getLogger(__name__)
# The re-assessment view offers this many of the most recently changed reviews.
REVIEWS_TO_COMPARE = 200


@dataclass(frozen=True)
class Comparison:
    """One set of answers assessed with an old and a new version of a pack."""

    before: Assessment
    after: Assessment
    changes: list[ClauseChange]


def compare_versions(
    questionnaire: Questionnaire,
    catalogue: PackCatalogue,
    answers: AnswersFile,
    pack_id: str,
    old_version: str,
    new_version: str,
) -> Comparison:
    """Assess answers with the current packs, swapping in each version of one pack."""
    others = [p for p in catalogue.current() if p.id != pack_id]
    old = next(p for p in catalogue.versions(pack_id) if p.version == old_version)
    new = next(p for p in catalogue.versions(pack_id) if p.version == new_version)
    before = assess(questionnaire, [*others, old], answers.answers)
    after = assess(questionnaire, [*others, new], answers.answers)
    return Comparison(before, after, diff_assessments(before, after))


def example_answers(questionnaire: Questionnaire) -> list[AnswersFile]:
    """Load the shipped example answers that fit the questionnaire."""
    folder = examples_dir()
    found = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            found.append(load_answers_file(path, questionnaire))
        except ReviewerError as exc:
            log.info("skipping example %s: %s", path.name, exc)
    return found


def stored_answers(service: ReviewService, review_id: str) -> AnswersFile:
    """Return a stored review's current answers, as an answers file."""
    detail = service.get_review(review_id)
    revision = detail.current
    return AnswersFile(
        questionnaire=QuestionnairePin(
            id=revision.questionnaire.id, version=revision.questionnaire.version
        ),
        title=detail.summary.title,
        organisation=detail.summary.organisation,
        answers=revision.answers,
    )


class ReassessmentView(QWidget):
    """Pick answers and two versions of a pack; see the verdicts and the clauses that change."""

    def __init__(
        self, questionnaire: Questionnaire, catalogue: PackCatalogue, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.questionnaire = questionnaire
        self.catalogue = catalogue
        self.examples = example_answers(questionnaire)
        # With a store, the stored reviews are offered instead; their answers are read only
        # when one is chosen, so opening the library stays quick.
        self._service: ReviewService | None = None
        self._stored: list[ReviewSummary] = []
        self.comparison: Comparison | None = None
        self.answers_box = QComboBox(self)
        self.answers_box.setAccessibleName(self.tr("Answers to re-assess"))
        for example in self.examples:
            self.answers_box.addItem(f"{example.title} ({example.organisation})")
        self.pack_box = QComboBox(self)
        self.pack_box.setAccessibleName(self.tr("Policy pack"))
        self.old_box = QComboBox(self)
        self.old_box.setAccessibleName(self.tr("Version in force"))
        self.new_box = QComboBox(self)
        self.new_box.setAccessibleName(self.tr("New version"))
        form = QFormLayout()
        form.addRow(self.tr("Answers"), self.answers_box)
        form.addRow(self.tr("Policy pack"), self.pack_box)
        form.addRow(self.tr("Version in force"), self.old_box)
        form.addRow(self.tr("New version"), self.new_box)
        self.note = note = QLabel(
            self.tr("No database is open, so the answers come from the shipped example reviews."),
            self,
        )
        note.setWordWrap(True)
        muted(note)
        self.old_verdict = QLabel(self)
        self.old_verdict.setObjectName("oldVerdict")
        self.new_verdict = QLabel(self)
        self.new_verdict.setObjectName("newVerdict")
        verdicts = QHBoxLayout()
        verdicts.addWidget(QLabel(self.tr("Verdict now:"), self))
        verdicts.addWidget(self.old_verdict)
        verdicts.addSpacing(16)
        verdicts.addWidget(QLabel(self.tr("With the new version:"), self))
        verdicts.addWidget(self.new_verdict)
        verdicts.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setObjectName("reassessSummary")
        self.summary.setWordWrap(True)
        self.model = RowsModel(
            [self.tr("Clause"), self.tr("Change"), self.tr("Before"), self.tr("After")], self
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Clauses that change"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addSpacing(8)
        layout.addLayout(verdicts)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        for box in (self.answers_box, self.old_box, self.new_box):
            box.currentIndexChanged.connect(self.refresh)
        self.pack_box.currentIndexChanged.connect(self._fill_versions)
        self.reload_packs()

    def use_store(self, service: ReviewService) -> None:
        """Offer the most recently changed stored reviews instead of the shipped examples."""
        stored = service.list_reviews(ReviewQuery(limit=REVIEWS_TO_COMPARE))
        if not stored:
            return
        self._service, self._stored = service, stored
        self.answers_box.blockSignals(True)
        self.answers_box.clear()
        for summary in stored:
            self.answers_box.addItem(f"{summary.title} ({summary.organisation})")
        self.answers_box.blockSignals(False)
        self.note.setText(
            self.tr("The answers are those of the {count} most recently changed reviews.").format(
                count=len(stored)
            )
        )
        self.refresh()

    def _chosen_answers(self) -> AnswersFile | None:
        """Return the answers to re-assess: a stored review's, or a shipped example's."""
        index = max(self.answers_box.currentIndex(), 0)
        if self._service is not None and index < len(self._stored):
            return stored_answers(self._service, self._stored[index].id)
        return self.examples[index] if index < len(self.examples) else None

    def reload_packs(self) -> None:
        """Offer the packs again (after an import), keeping the chosen pack."""
        chosen = self.pack_box.currentData()
        self.pack_box.blockSignals(True)
        self.pack_box.clear()
        for pack_id in self.catalogue.pack_ids():
            self.pack_box.addItem(self.catalogue.versions(pack_id)[-1].title, pack_id)
        index = self.pack_box.findData(chosen)
        self.pack_box.setCurrentIndex(max(index, 0))
        self.pack_box.blockSignals(False)
        self._fill_versions()

    def choose_pack(self, pack_id: str) -> None:
        """Compare the two newest versions of a pack."""
        self.pack_box.setCurrentIndex(max(self.pack_box.findData(pack_id), 0))

    def _fill_versions(self) -> None:
        """Offer the chosen pack's versions; by default the two newest."""
        versions = [p.version for p in self.catalogue.versions(self.pack_box.currentData() or "")]
        for box, default in ((self.old_box, -2), (self.new_box, -1)):
            box.blockSignals(True)
            box.clear()
            box.addItems(versions)
            box.setCurrentIndex(max(len(versions) + default, 0))
            box.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Re-assess the chosen answers with both versions and show the difference."""
        pack_id = self.pack_box.currentData()
        answers = self._chosen_answers() if pack_id and self.old_box.count() else None
        if answers is None:
            self._show_unavailable()
            return
        self.comparison = compare_versions(
            self.questionnaire,
            self.catalogue,
            answers,
            pack_id,
            self.old_box.currentText(),
            self.new_box.currentText(),
        )
        self._show(self.comparison)

    def _show_unavailable(self) -> None:
        """Say why there is nothing to compare."""
        self.comparison = None
        self.model.set_rows([])
        for label in (self.old_verdict, self.new_verdict):
            label.clear()
            label.setStyleSheet("")
        self.summary.setText(self.tr("There are no example answers to re-assess."))

    def _show(self, comparison: Comparison) -> None:
        """Show the verdicts and the changed clauses."""
        for label, assessment in (
            (self.old_verdict, comparison.before),
            (self.new_verdict, comparison.after),
        ):
            label.setText(verdict_label(assessment.verdict))
            label.setStyleSheet(badge_style(*verdict_colours(assessment.verdict)))
        if self.old_box.currentText() == self.new_box.currentText():
            text = self.tr("Both sides use the same version. Import a new version to compare.")
        elif not comparison.changes:
            text = self.tr("The new version changes nothing for these answers.")
        else:
            text = self.tr("{0} clause(s) change for these answers.").format(
                len(comparison.changes)
            )
        self.summary.setText(text)
        self.model.set_rows([self._row(change) for change in comparison.changes])

    def _row(self, change: ClauseChange) -> Row:
        """Describe one changed clause."""
        kinds = {
            ClauseChangeKind.ADDED: self.tr("Now triggers"),
            ClauseChangeKind.REMOVED: self.tr("No longer triggers"),
            ClauseChangeKind.SEVERITY: self.tr("Severity changed"),
        }

        def grade(severity: Severity | None) -> str:
            """Name a severity, or a dash."""
            return severity_label(severity) if severity is not None else "—"

        return Row(
            (
                change.title,
                kinds[change.change],
                grade(change.old_severity),
                grade(change.new_severity),
            ),
            change,
            (f"{change.pack_id}: {change.clause_id}",),
        )
