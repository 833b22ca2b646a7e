"""The badges page's logic: render the chosen badges in a worker with progress and Cancel, print
them to the layout's paper and log every print, reissue with a supervisor, print at check-in.

Rendering and every database call run off the GUI thread (ui/tasks.py): previews on the "render"
channel, where a newer preview drops an older one; prints, print logs and reissues on the serial
"writes" channel, in the desk's order. A batch reports its progress through the runner, and Cancel
sets the flag the renderer asks before each badge.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTemporaryDir, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from summit_desk.domain.errors import SummitDeskError
from summit_desk.domain.values import BadgeData, CheckInResult, CheckInStatus, Role
from summit_desk.printing.badge_layout_values import BadgeLayout
from summit_desk.printing.badge_layouts import builtin_layout, layout_names
from summit_desk.printing.badges import BadgeRenderer, RenderReport
from summit_desk.services.badges import BadgeSelection, BadgeService
from summit_desk.services.context import DeskContext
from summit_desk.services.event import EventService
from summit_desk.services.operators import OperatorService
from summit_desk.services.photos import PhotoService
from summit_desk.ui.settings import DEFAULT_LAYOUT, load_settings, open_store, save_settings
from summit_desk.ui.tasks import Batch, Runner
from summit_desk.ui.widgets.paper import desk_printer, print_pdf, printer_for

PRINT_ON_CHECK_IN_KEY = "badges/print_on_check_in"
PROGRESS_STEPS = 200  # at most this many progress reports a batch
OPTIONS, RENDER, WRITES = "options", "render", "writes"  # the runner's channels


@dataclass(frozen=True, slots=True)
class RenderedBadges:
    """A rendered batch: the badges in it, the PDF, and how many had been printed before."""

    selection: BadgeSelection
    layout: str
    badges: tuple[BadgeData, ...]
    path: Path
    report: RenderReport
    printed_before: int


class BadgesController(QObject):
    options_ready = Signal(object)  # list[DelegationInfo]
    batch_started = Signal(int)  # how many badges
    progress = Signal(int, int)  # done, total
    preview_ready = Signal(object)  # RenderedBadges; the document holds its pages
    render_failed = Signal(str)
    printed = Signal(int, int)  # badges printed, of which printed before
    print_failed = Signal(str)
    reissued = Signal(object)  # list[BadgeData]: the new versions
    reissue_refused = Signal(str)
    check_in_printed = Signal(str)  # the ref whose badge went to the printer
    check_in_print_failed = Signal(str)

    def __init__(
        self,
        context: DeskContext,
        lang: str,
        settings: QSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = lang
        self.settings = settings or open_store()  # the desk's settings (ui/settings.py)
        self.document = QPdfDocument(self)
        self.rendered: RenderedBadges | None = None
        self.last_found_ref: str | None = None  # the person last shown at the check-in page
        # The check-in printer: the desk's printer; tests give a PDF file.
        self.check_in_printer: Callable[[BadgeLayout], QPrinter] = self._desk_printer
        self._folder = QTemporaryDir()
        self.runner = Runner(lang, self)
        self.runner.serial(WRITES)  # print logs and reissues in the desk's order
        self._next_job = 0  # names the check-in prints' files
        self._batch = 0  # the newest batch, preview or print: only its progress is shown
        self._batch_running = False

    # --- settings ------------------------------------------------------------------------------
    @property
    def layout_name(self) -> str:
        """The desk's layout, the one its settings dialog shows too."""
        name = load_settings(self.settings).layout
        return name if name in layout_names() else DEFAULT_LAYOUT

    @layout_name.setter
    def layout_name(self, name: str) -> None:
        save_settings(replace(load_settings(self.settings), layout=name), self.settings)

    @property
    def print_on_check_in(self) -> bool:
        value = self.settings.value(PRINT_ON_CHECK_IN_KEY, False)
        return value is True or value == "true"

    @print_on_check_in.setter
    def print_on_check_in(self, on: bool) -> None:
        self.settings.setValue(PRINT_ON_CHECK_IN_KEY, bool(on))

    def load_options(self) -> None:
        context = self.context
        self.runner.run(
            OPTIONS,
            lambda: EventService(context).delegations(),
            self.options_ready.emit,
            self.render_failed.emit,
        )

    # --- rendering -----------------------------------------------------------------------------
    @property
    def rendering(self) -> bool:
        return self._batch_running

    def _new_batch(self) -> int:
        """Cancel the batch running (if any) and start the next: its number."""
        self.cancel()
        self._batch += 1
        self._batch_running = True
        return self._batch

    def render(self, selection: BadgeSelection) -> None:
        """Render the selected badges on the chosen layout, off the GUI thread, with progress."""
        batch = self._new_batch()
        layout_name = self.layout_name
        path = Path(self._folder.path()) / f"badges-{batch}.pdf"
        context = self.context

        def work(run: Batch) -> RenderedBadges:
            service = BadgeService(context)
            badges = service.select(selection)
            total = len(badges)
            run.report(0, total)
            renderer = BadgeRenderer(builtin_layout(layout_name), service.event_header())
            report = _reporter(run, total)
            slot = renderer.layout.design.photo  # photos are read only for a photo slot
            required = slot.required if slot is not None else None
            drawn = PhotoService(context).for_layout(badges, required, layout_name)
            result = renderer.render(drawn, path, progress=report, cancelled=run.cancelled)
            if run.cancelled():  # cancelled after the last badge: drop what was written
                path.unlink(missing_ok=True)
                raise SummitDeskError("badges.cancelled")
            before = _printed_before(service, badges)
            return RenderedBadges(selection, layout_name, tuple(badges), path, result, before)

        self.runner.run_batch(
            RENDER,
            work,
            partial(self._rendered, batch),
            partial(self._render_failed, batch),
            progress=partial(self._on_progress, batch),
            discard=_unlink,  # a preview overtaken by a newer one
        )

    def cancel(self) -> None:
        """Stop the batch being rendered or printed; it writes no file and logs nothing."""
        self.runner.cancel(RENDER)
        self.runner.cancel(WRITES)

    def _on_progress(self, batch: int, done: int, total: int) -> None:
        if batch != self._batch:
            return
        if done == 0:
            self.batch_started.emit(total)
        self.progress.emit(done, total)

    def _rendered(self, batch: int, rendered: RenderedBadges) -> None:
        if batch != self._batch:
            rendered.path.unlink(missing_ok=True)
            return
        self._batch_running = False
        old = self.rendered
        self.document.close()
        self.document.load(str(rendered.path))
        self.rendered = rendered
        if old is not None and old.path != rendered.path:
            old.path.unlink(missing_ok=True)
        self.preview_ready.emit(rendered)

    def _render_failed(self, batch: int, message: str) -> None:
        if batch == self._batch:
            self._batch_running = False
            self.render_failed.emit(message)

    # --- printing ------------------------------------------------------------------------------
    def printer(self) -> QPrinter:
        """The desk's printer set to the rendered layout's paper, for the print dialog."""
        return self._desk_printer(builtin_layout(self._rendered_layout()))

    def _desk_printer(self, layout: BadgeLayout) -> QPrinter:
        """The printer chosen in the desk's settings (the system's default when none is)."""
        return printer_for(layout, desk_printer(self.settings))

    def _rendered_layout(self) -> str:
        return self.rendered.layout if self.rendered else self.layout_name

    def print_to(self, printer: QPrinter, reason: str = "") -> bool:
        """Print the rendered badges on ``printer`` in a worker, with progress and Cancel, then
        log the print (with ``reason`` for a reprint): ``printed`` or ``print_failed`` follows.
        False when there is nothing to print."""
        rendered = self.rendered
        if rendered is None:
            self.print_failed.emit(self.tr("Preview the badges first."))
            return False
        batch = self._new_batch()
        context, total = self.context, rendered.report.pages
        dpi = builtin_layout(rendered.layout).printer_dpi

        def work(run: Batch) -> int:
            run.report(0, total)
            progress = _reporter(run, total)
            print_pdf(rendered.path, printer, dpi, progress=progress, cancelled=run.cancelled)
            return BadgeService(context).record_prints(rendered.badges, rendered.layout, reason)

        self.runner.run_batch(
            WRITES,
            work,
            partial(self._printed, batch, rendered),
            partial(self._print_failed, batch),
            progress=partial(self._on_progress, batch),
        )
        return True

    def _printed(self, batch: int, rendered: RenderedBadges, before: int) -> None:
        if batch == self._batch:
            self._batch_running = False
        if self.rendered is rendered:
            self.rendered = replace(rendered, printed_before=len(rendered.badges))
        self.printed.emit(len(rendered.badges), before)

    def _print_failed(self, batch: int, message: str) -> None:
        if batch == self._batch:
            self._batch_running = False
        self.print_failed.emit(message)

    # --- print at check-in ---------------------------------------------------------------------
    def print_for_check_in(self, result: CheckInResult) -> None:
        """The check-in page showed ``result``: remember who it was, and when printing at
        check-in is on and they have just checked in, send their badge to the printer."""
        person = result.person
        if person is None:
            return
        self.last_found_ref = person.ref
        if not self.print_on_check_in or result.status != CheckInStatus.CHECKED_IN:
            return
        ref, layout_name, context = person.ref, self.layout_name, self.context
        layout = builtin_layout(layout_name)
        printer = self.check_in_printer(layout)
        self._next_job += 1
        path = Path(self._folder.path()) / f"check-in-{self._next_job}.pdf"

        def work() -> str:
            service = BadgeService(context)
            badges = service.select(BadgeSelection(refs=(ref,)))
            slot = layout.design.photo
            required = slot.required if slot is not None else None
            drawn = PhotoService(context).for_layout(badges, required, layout_name)
            BadgeRenderer(layout, service.event_header()).render(drawn, path)
            try:
                print_pdf(path, printer, layout.printer_dpi)
            finally:
                path.unlink(missing_ok=True)
            service.record_prints(badges, layout_name)
            return ref

        self.runner.run(WRITES, work, self.check_in_printed.emit, self.check_in_print_failed.emit)

    # --- reissue -------------------------------------------------------------------------------
    def selected_refs(self) -> list[str]:
        return [badge.ref for badge in self.rendered.badges] if self.rendered else []

    def reissue(self, supervisor: str, pin: str, reason: str) -> None:
        """New badges for the people rendered now, if ``supervisor``'s PIN is right."""
        refs = self.selected_refs()
        reason = " ".join(reason.split())
        if not refs:
            self.reissue_refused.emit(self.tr("Preview the badges first."))
            return
        if not supervisor.strip() or not pin:
            self.reissue_refused.emit(self.tr("Give the supervisor's name and PIN."))
            return
        if not reason:
            self.reissue_refused.emit(self.tr("Give a reason: it is kept with the new badges."))
            return
        context = self.context

        def work() -> list[BadgeData]:
            acting = OperatorService(context).authorise(
                supervisor, pin, Role.SUPERVISOR, "action.reissue"
            )
            return BadgeService(acting).reissue(refs, reason)

        self.runner.run(WRITES, work, self._reissued, self.reissue_refused.emit)

    def _reissued(self, badges: list[BadgeData]) -> None:
        self.reissued.emit(badges)
        if self.rendered is not None:
            self.render(self.rendered.selection)  # the preview shows the new codes

    # --- running work --------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self.runner.busy()

    def wait_until_idle(self, msecs: int = 30_000) -> bool:
        """Cancel the batch and run the event loop until every answer is in (closing)."""
        self.cancel()
        return self.runner.wait_idle(msecs)


def _reporter(run: Batch, total: int) -> Callable[[int], None]:
    """Reports progress from the worker, at most ``PROGRESS_STEPS`` times a batch."""
    step = max(1, total // PROGRESS_STEPS)

    def report(done: int) -> None:
        if done % step == 0 or done == total:
            run.report(done, total)

    return report


def _unlink(rendered: RenderedBadges) -> None:
    rendered.path.unlink(missing_ok=True)


def _printed_before(service: BadgeService, badges: list[BadgeData]) -> int:
    """How many of ``badges`` (these versions) have been printed before."""
    return len(service.printed_before([badge.code for badge in badges]))
