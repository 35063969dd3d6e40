"""The Policy library screen: search and read clauses, import a version, see what it changes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer import PolicyPack, Questionnaire, ReviewerError
from reviewer.errors import ValidationProblems
from ui import dialogs
from ui.library.catalogue import PackCatalogue, PackKey, key_of
from ui.library.clause_model import ClauseFilter, ClauseListModel
from ui.library.detail import ClauseDetail
from ui.library.reassess import ReassessmentView
from ui.theme import muted, set_point_delta

if TYPE_CHECKING:
    from reviewer.service import ReviewService

log = logging.getLogger(__name__)
ImportHook = Callable[[PolicyPack], object]


class PolicyLibrary(QWidget):
    """Packs and their clauses with search and detail, pack import, and re-assessment.

    Signals:
        pack_imported(object): a valid pack version was added; carries the PolicyPack.
        clause_shown(str, str): a clause is shown in full; carries pack and clause id.
    """

    pack_imported = Signal(object)
    clause_shown = Signal(str, str)

    def __init__(
        self,
        questionnaire: Questionnaire,
        packs: list[PolicyPack],
        on_import: ImportHook | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("policyLibrary")
        self.questionnaire = questionnaire
        self.catalogue = PackCatalogue(packs)
        # The storage layer keeps imported versions; until it is wired they live in memory.
        self.on_import = on_import
        heading = QLabel(self.tr("Policy library"), self)
        set_point_delta(heading, 4, bold=True)
        self.import_button = QPushButton(self.tr("Import pack version…"), self)
        self.import_button.setToolTip(
            self.tr("Add a new version of a policy pack from a YAML file; it is checked first")
        )
        self.import_button.clicked.connect(self.import_pack)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.import_button)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._clauses_tab(), self.tr("Clauses"))
        self.reassessment = ReassessmentView(questionnaire, self.catalogue, self)
        self.tabs.addTab(self.reassessment, self.tr("What a new version changes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._refresh_packs()

    def _clauses_tab(self) -> QWidget:
        """Build the pack chooser, search field, clause list and clause detail."""
        tab = QWidget(self)
        self.pack_box = QComboBox(tab)
        self.pack_box.setAccessibleName(self.tr("Policy pack"))
        self.search = QLineEdit(tab)
        self.search.setPlaceholderText(self.tr("Search clause id, title, summary or citation"))
        self.search.setAccessibleName(self.tr("Search clauses"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(tab)
        self.count.setObjectName("clauseCount")
        muted(self.count)
        self.model = ClauseListModel(self)
        self.proxy = ClauseFilter(self.model, self)
        self.list = QTableView(tab)
        self.list.setObjectName("clauseList")
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(self.tr("Clauses"))
        self.list.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.list.verticalHeader().hide()
        self.list.setShowGrid(False)
        self.list.setWordWrap(False)
        self.list.setAlternatingRowColors(True)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.detail = ClauseDetail(self.questionnaire, tab)
        left = QWidget(tab)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.pack_box)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setSizes([600, 480])
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 10, 8, 8)
        layout.addWidget(splitter)
        self.pack_box.currentIndexChanged.connect(self._on_pack_chosen)
        self.search.textChanged.connect(self._on_search)
        self.list.selectionModel().selectionChanged.connect(self._on_selection)
        return tab

    def _refresh_packs(self, choose: PackKey | None = None) -> None:
        """List every pack version and show the clauses again."""
        self.model.set_packs(self.catalogue.packs)
        self.pack_box.blockSignals(True)
        self.pack_box.clear()
        self.pack_box.addItem(self.tr("All packs, every version"), None)
        # Items carry the position of their pack version (Qt compares ints, not dataclasses).
        for position, pack in enumerate(self.catalogue.packs):
            text = self.tr("{title}, version {version}").format(
                title=pack.title, version=pack.version
            )
            self.pack_box.addItem(text, position)
        index = self._pack_item(choose) if choose is not None else -1
        self.pack_box.setCurrentIndex(max(index, 0))
        self.pack_box.blockSignals(False)
        self._on_pack_chosen()
        self.reassessment.reload_packs()

    def _pack_item(self, key: PackKey) -> int:
        """Return the chooser's item of a pack version, or -1."""
        keys = [key_of(p) for p in self.catalogue.packs]
        return self.pack_box.findData(keys.index(key)) if key in keys else -1

    def _on_pack_chosen(self) -> None:
        """Show the chosen pack version's clauses."""
        position = self.pack_box.currentData()
        chosen = None if position is None else key_of(self.catalogue.packs[position])
        self.proxy.set_pack(chosen)
        self._after_filter()

    def _on_search(self, text: str) -> None:
        """Keep the clauses that match the search."""
        self.proxy.set_search(text)
        self._after_filter()

    def _after_filter(self) -> None:
        """Count what is shown, and keep the detail in step with the selection."""
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("{shown} of {total} clauses").format(shown=shown, total=total))
        if not self.list.selectionModel().hasSelection():
            self.detail.show_nothing()
            if shown:
                self.list.selectRow(0)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        """Show the selected clause in full."""
        indexes = selected.indexes()
        if not indexes:
            self.detail.show_nothing()
            return
        pack, clause = self.model.entry(self.proxy.mapToSource(indexes[0]).row())
        self.detail.show_clause(pack, clause)
        self.clause_shown.emit(pack.id, clause.id)

    def show_clause(self, pack_id: str, clause_id: str) -> bool:
        """Show a clause from its citation: the newest version of the pack that has it."""
        pack = next(
            (p for p in reversed(self.catalogue.versions(pack_id)) if p.clause(clause_id)), None
        )
        if pack is None:
            return False
        self.tabs.setCurrentIndex(0)
        self.search.clear()
        self.pack_box.setCurrentIndex(max(self._pack_item(key_of(pack)), 0))
        source_row = self.model.find(key_of(pack), clause_id)
        row = self.proxy.mapFromSource(self.model.index(source_row, 0)).row()
        self.list.selectRow(row)
        self.list.scrollTo(self.proxy.index(row, 0))
        return True

    def attach_store(self, service: ReviewService) -> None:
        """Keep imported versions in the store, and show the versions it already keeps."""
        self.catalogue.merge(service.stored_packs())
        self.on_import = service.store_policy_pack
        self._refresh_packs()
        self.reassessment.reload_packs()
        self.reassessment.use_store(service)

    def import_pack(self) -> PolicyPack | None:
        """Ask for a YAML file and add it as a new pack version if it is valid."""
        path = dialogs.open_file(
            self, self.tr("Import a policy pack version"), self.tr("Policy packs (*.yaml *.yml)")
        )
        if path is None:
            return None
        try:
            pack = self.catalogue.read(path, self.questionnaire)
            if self.on_import is not None:
                self.on_import(pack)
        except ValidationProblems as exc:
            dialogs.show_error(
                self,
                self.tr("Pack not imported"),
                self.tr(
                    "{path} has {count} problem(s), so nothing was imported:\n\n{problems}\n\n"
                    "Fix each problem at the place named, or ask the pack's author to, then"
                    " import the file again."
                ).format(
                    path=path.name,
                    count=len(exc.problems),
                    problems="\n".join(f"• {p}" for p in exc.problems),
                ),
            )
            return None
        except ReviewerError as exc:
            dialogs.show_error(
                self,
                self.tr("Pack not imported"),
                self.tr("{problem}\n\nNothing was imported.").format(problem=exc),
            )
            return None
        self.catalogue.add(pack)
        log.info("imported pack %s version %s from %s", pack.id, pack.version, path)
        self._refresh_packs(choose=key_of(pack))
        self.reassessment.choose_pack(pack.id)
        self.pack_imported.emit(pack)
        return pack
