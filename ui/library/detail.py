"""One clause in full: severity, citation, summary, condition in words, exceptions, questions."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from reviewer import Clause, PolicyPack, Questionnaire
from reviewer.conditions import Condition, describe, referenced_values
from reviewer.policy import ClauseKind
from ui.explanations import translate
from ui.i18n import day_text
from ui.theme import severity_colours, severity_label


def depends_on(clause: Clause) -> list[str]:
    """Return the ids of the questions a clause and its exceptions read, first use first."""
    conditions: list[Condition] = [clause.when, *(e.when for e in clause.unless)]
    return list(dict.fromkeys(q for cond in conditions for q, _v, _k in referenced_values(cond)))


class ClauseDetail(QTextBrowser):
    """Shows one clause as a read-only page; policy text is escaped, never read as markup."""

    def __init__(self, questionnaire: Questionnaire, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clauseDetail")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenExternalLinks(True)
        self.setAccessibleName(self.tr("Clause in full"))
        self.document().setDocumentMargin(16)
        self.questionnaire = questionnaire
        self.clause: Clause | None = None
        self.show_nothing()

    def show_nothing(self) -> None:
        """Say that no clause is selected."""
        self.clause = None
        hint = self.tr("Choose a clause to read it in full.")
        self.setHtml(f"<p>{escape(hint)}</p>")

    def show_clause(self, pack: PolicyPack, clause: Clause) -> None:
        """Show a clause of a pack version."""
        self.clause = clause
        background, foreground = severity_colours(clause.severity)
        where = self.tr("{clause} · {pack}, version {version}").format(
            clause=clause.id, pack=pack.title, version=pack.version
        )
        parts = [
            f"<h2>{escape(clause.title)}</h2>",
            f'<p><span style="background-color:{background}; color:{foreground};'
            f' font-weight:600">&nbsp;{escape(severity_label(clause.severity))}&nbsp;</span>'
            f"&nbsp; {escape(where)}</p>",
            *self._house_rule(clause),
            self._section(self.tr("Summary"), [clause.summary]),
            self._citation(clause),
            *self._applies_from(clause),
            self._section(
                self.tr("Triggers when"), [describe(clause.when, self.questionnaire, translate)]
            ),
            self._exceptions(clause),
            self._section(
                self.tr("Obligations if approved"),
                [f"• {o.text}" for o in clause.obligations] or [self.tr("None.")],
            ),
            self._section(self.tr("Questions it depends on"), self._questions(clause)),
        ]
        if clause.tags:
            parts.append(self._section(self.tr("Tags"), [", ".join(clause.tags)]))
        self.setHtml("".join(parts))

    @staticmethod
    def _section(title: str, lines: list[str]) -> str:
        """Return a heading and its plain-text lines as escaped HTML."""
        # A line starting with four spaces belongs to the line above it: indent it.
        body = "<br/>".join(
            "&nbsp;" * 6 + escape(line[4:]) if line.startswith("    ") else escape(line)
            for line in lines
        )
        return f"<h4>{escape(title)}</h4><p>{body}</p>"

    def _citation(self, clause: Clause) -> str:
        """Return where the clause comes from, with a link to the source."""
        c = clause.citation
        read = self.tr("Source text read on {0}").format(day_text(c.read))
        heading = self.tr("Citation")
        return (
            f"<h4>{escape(heading)}</h4><p>{escape(c.short())}<br/>"
            f'{escape(read)}<br/><a href="{escape(c.url)}">{escape(c.url)}</a></p>'
        )

    def _house_rule(self, clause: Clause) -> list[str]:
        """Say plainly when a clause is our own rule rather than the cited text's."""
        if clause.kind is not ClauseKind.HOUSE_RULE:
            return []
        note = self.tr(
            "House rule: our own rule, modelled on the cited text but not a rule of that text."
        )
        return [f"<p><b>{escape(note)}</b></p>"]

    def _applies_from(self, clause: Clause) -> list[str]:
        """Return the date the clause applies from, where it is stated, and later changes."""
        applies = clause.applies_from
        if applies is None:
            return []
        lines = [
            self.tr("{day}, as stated in {where}").format(
                day=day_text(applies.day), where=applies.citation.short()
            )
        ]
        lines += [
            "    "
            + self.tr("Moved to {day} by {where}").format(
                day=day_text(change.day), where=change.citation.short()
            )
            for change in applies.changed_by
        ]
        return [self._section(self.tr("Applies from"), lines)]

    def _exceptions(self, clause: Clause) -> str:
        """Return each exception with when it applies and what it then demands."""
        lines = []
        for exception in clause.unless:
            lines.append(f"• {exception.title}")
            condition = describe(exception.when, self.questionnaire, translate)
            lines.append("    " + self.tr("Applies when: {0}").format(condition))
            if exception.citation is not None:
                lines.append("    " + exception.citation.short())
            lines += ["    " + self.tr("Then: {0}").format(o.text) for o in exception.obligations]
        return self._section(self.tr("Exceptions"), lines or [self.tr("None.")])

    def _questions(self, clause: Clause) -> list[str]:
        """List the questions the clause reads, with their wording."""
        questions = self.questionnaire.questions
        lines = []
        for question_id in depends_on(clause):
            question = questions.get(question_id)
            label = question.label if question is not None else question_id
            lines.append(f"• {self.questionnaire.term(question_id)}: {label}")
        return lines
