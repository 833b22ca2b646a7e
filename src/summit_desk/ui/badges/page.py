"""The badges page: whose badges, on which layout; the preview; print, reprint and reissue.

The page lays out and asks the questions (print dialog, reprint reason, supervisor); the
controller renders, prints, logs and reissues.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSettings, Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from summit_desk.domain.categories import CATEGORIES
from summit_desk.domain.persian import to_persian_digits
from summit_desk.domain.values import BadgeData, CheckInResult, DelegationInfo
from summit_desk.printing.badge_layouts import layout_names
from summit_desk.services.badges import BadgeSelection
from summit_desk.services.context import DeskContext
from summit_desk.ui.badges.controller import BadgesController, RenderedBadges
from summit_desk.ui.badges.reissue_dialog import ReissueDialog
from summit_desk.ui.layout_titles import layout_title
from summit_desk.ui.widgets.status_line import StatusLine


class BadgesPage(QWidget):
    def __init__(
        self,
        context: DeskContext,
        lang: str,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.controller = BadgesController(context, lang, settings, self)
        self.reissue_dialog: ReissueDialog | None = None

        self.delegation = QComboBox()
        self.delegation.addItem(self.tr("All delegations"), None)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for category in CATEGORIES:
            name = category.name_fa if lang == "fa" else category.name_en
            self.category.addItem(name, category.code)
        self.refs = QLineEdit()
        self.refs.setPlaceholderText(self.tr("Refs, for example GIL-001, BAK-007"))
        self.refs.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.from_check_in = QPushButton(self.tr("The person at check-in"))
        self.layout_combo = QComboBox()
        for name in layout_names():
            self.layout_combo.addItem(layout_title(name), name)
        self.layout_combo.setCurrentIndex(
            max(0, self.layout_combo.findData(self.controller.layout_name))
        )
        # The side panel is 420 px: a long layout title or delegation name is shortened in its
        # box rather than pushing the box's label out.
        for combo in (self.delegation, self.category, self.layout_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setDefault(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.reissue_button = QPushButton(self.tr("Reissue…"))
        self.print_on_check_in = QCheckBox(self.tr("Print the badge at each check-in"))
        self.print_on_check_in.setChecked(self.controller.print_on_check_in)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.status = StatusLine()
        # Until the first preview the desk sees what to do, not an empty grey panel.
        self.hint = QLabel(
            self.tr(
                "Choose whose badges to print (a delegation, a category or some refs) and the "
                "layout, then press Preview: the badges appear here, as they will be printed."
            )
        )
        self.hint.setObjectName("preview_hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet(
            "QLabel#preview_hint { background: #F4F6F9; color: #1C2430; font-size: 13pt;"
            " border: 2px dashed #9AA5B1; border-radius: 10px; padding: 40px; }"
        )
        self.view = QPdfView()
        self.view.setDocument(self.controller.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)  # a whole badge at a time
        self.view.setPageSpacing(12)
        self._lay_out()
        self._connect()
        self._set_rendering(False)
        self.print_button.setEnabled(False)
        self.reissue_button.setEnabled(False)
        self.controller.load_options()

    def _lay_out(self) -> None:
        who = QGroupBox(self.tr("Whose badges"))
        form = QFormLayout(who)
        form.addRow(self.tr("Delegation"), self.delegation)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("People"), self.refs)
        form.addRow("", self.from_check_in)
        how = QGroupBox(self.tr("Printing"))
        how_form = QFormLayout(how)
        how_form.addRow(self.tr("Layout"), self.layout_combo)
        how_form.addRow(self.print_on_check_in)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.reissue_button)
        batch = QHBoxLayout()
        batch.addWidget(self.progress, 1)
        batch.addWidget(self.cancel_button)
        side = QVBoxLayout()
        side.addWidget(who)
        side.addWidget(how)
        side.addLayout(buttons)
        side.addLayout(batch)
        side.addWidget(self.status)
        side.addStretch()
        panel = QWidget()
        panel.setLayout(side)
        panel.setFixedWidth(420)
        self.preview_area = QStackedWidget()
        self.preview_area.addWidget(self.hint)
        self.preview_area.addWidget(self.view)
        layout = QHBoxLayout(self)
        layout.addWidget(panel)
        layout.addWidget(self.preview_area, 1)

    def _connect(self) -> None:
        c = self.controller
        c.options_ready.connect(self._fill_delegations)
        c.batch_started.connect(self._batch_started)
        c.progress.connect(self._progress)
        c.preview_ready.connect(self._previewed)
        c.render_failed.connect(self._render_failed)
        c.printed.connect(self._printed)
        c.print_failed.connect(self._render_failed)
        c.reissued.connect(self._reissued)
        c.reissue_refused.connect(self._reissue_refused)
        c.check_in_printed.connect(self._check_in_printed)
        c.check_in_print_failed.connect(self.status.show_error)
        self.preview_button.clicked.connect(self.preview)
        self.refs.returnPressed.connect(self.preview)
        self.print_button.clicked.connect(self.request_print)
        self.reissue_button.clicked.connect(self.request_reissue)
        self.cancel_button.clicked.connect(c.cancel)
        self.from_check_in.clicked.connect(self.use_person_at_check_in)
        self.layout_combo.currentIndexChanged.connect(self._layout_chosen)
        self.print_on_check_in.toggled.connect(self._print_on_check_in_toggled)

    # --- choosing ------------------------------------------------------------------------------
    def _fill_delegations(self, delegations: list[DelegationInfo]) -> None:
        for delegation in delegations:
            name = delegation.name_fa if self.lang == "fa" else delegation.name_en
            self.delegation.addItem(name, delegation.code)

    def selection(self) -> BadgeSelection:
        refs = tuple(ref.upper() for ref in re.split(r"[\s,،;]+", self.refs.text()) if ref)
        return BadgeSelection(
            delegation=self.delegation.currentData(),
            category=self.category.currentData(),
            refs=refs,
        )

    def use_person_at_check_in(self) -> None:
        ref = self.controller.last_found_ref
        if ref is None:
            self.status.show_error(self.tr("Nobody has been found at the check-in page yet."))
            return
        self.show_person(ref)

    def show_person(self, ref: str) -> None:
        """Preview one person's badge (found at the check-in, or just registered)."""
        self.delegation.setCurrentIndex(0)
        self.category.setCurrentIndex(0)
        self.refs.setText(ref)
        self.preview()

    def _layout_chosen(self, index: int) -> None:
        name = self.layout_combo.itemData(index)
        if name:
            self.controller.layout_name = name
            if self.controller.rendered is not None:
                self.preview()

    def _print_on_check_in_toggled(self, on: bool) -> None:
        self.controller.print_on_check_in = on

    def print_for_check_in(self, result: CheckInResult) -> None:
        self.controller.print_for_check_in(result)

    # --- rendering -----------------------------------------------------------------------------
    def preview(self) -> None:
        self.status.clear()
        self.print_button.setEnabled(False)
        self.reissue_button.setEnabled(False)
        self._set_rendering(True)
        self.progress.setRange(0, 0)
        self.controller.render(self.selection())

    def _set_rendering(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)
        self.preview_button.setEnabled(not on)

    def _batch_started(self, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(0)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(done)

    def _previewed(self, rendered: RenderedBadges) -> None:
        self._set_rendering(False)
        self.preview_area.setCurrentWidget(self.view)
        self.print_button.setEnabled(True)
        self.reissue_button.setEnabled(True)
        report = rendered.report
        text = (
            self.tr("%1 badges on %2 pages.")
            .replace("%1", self._number(report.badges))
            .replace("%2", self._number(report.pages))
        )
        if rendered.printed_before:
            text += " " + self.tr("%1 of them have been printed before.").replace(
                "%1", self._number(rendered.printed_before)
            )
        if report.overflowed:
            text += " " + self.tr("%1 texts were too long and were shortened.").replace(
                "%1", self._number(len(report.overflowed))
            )
        self.status.show_text(text)

    def _render_failed(self, message: str) -> None:
        self._set_rendering(False)
        self.print_button.setEnabled(self.controller.rendered is not None)
        self.status.show_error(message)

    # --- printing ------------------------------------------------------------------------------
    def request_print(self) -> None:
        """Ask for a reason when some were printed before, then the print dialog, then print."""
        rendered = self.controller.rendered
        if rendered is None:
            return
        reason = ""
        if rendered.printed_before:
            answer = self.ask_reprint_reason(rendered.printed_before, len(rendered.badges))
            if answer is None:
                return
            reason = answer
        printer = self.controller.printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_button.setEnabled(False)
        self._set_rendering(True)
        self.progress.setRange(0, 0)
        self.controller.print_to(printer, reason)

    def ask_reprint_reason(self, before: int, total: int) -> str | None:
        """The "already printed" warning; the reason, or None when the desk does not reprint."""
        question = (
            self.tr(
                "%1 of these %2 badges have already been printed. Why are they printed again? "
                "The reason is kept in the print log."
            )
            .replace("%1", self._number(before))
            .replace("%2", self._number(total))
        )
        while True:
            reason, ok = QInputDialog.getText(self, self.tr("Already printed"), question)
            if not ok:
                return None
            if reason.strip():
                return " ".join(reason.split())

    def _printed(self, count: int, before: int) -> None:
        self._set_rendering(False)
        self.print_button.setEnabled(True)
        self.status.show_text(
            self.tr("%1 badges sent to the printer.").replace("%1", self._number(count))
        )

    def _check_in_printed(self, ref: str) -> None:
        self.status.show_text(
            self.tr("The badge of %1 was sent to the printer.").replace("%1", ref)
        )

    # --- reissue -------------------------------------------------------------------------------
    def request_reissue(self) -> ReissueDialog | None:
        refs = self.controller.selected_refs()
        if not refs:
            return None
        dialog = ReissueDialog(len(refs), self.lang, self)
        dialog.submitted.connect(self.controller.reissue)
        dialog.finished.connect(self._reissue_closed)
        self.reissue_dialog = dialog
        dialog.open()
        return dialog

    def _reissue_refused(self, message: str) -> None:
        if self.reissue_dialog is not None:
            self.reissue_dialog.show_error(message)
        else:
            self.status.show_error(message)

    def _reissued(self, badges: list[BadgeData]) -> None:
        if self.reissue_dialog is not None:
            self.reissue_dialog.accept()
        self.status.show_text(
            self.tr("%1 new badges were issued.").replace("%1", self._number(len(badges)))
        )
        self.preview_button.setEnabled(False)
        self._set_rendering(True)
        self.progress.setRange(0, 0)

    def _reissue_closed(self) -> None:
        self.reissue_dialog = None

    # --- words ---------------------------------------------------------------------------------
    def _number(self, value: int) -> str:
        return to_persian_digits(value) if self.lang == "fa" else str(value)
