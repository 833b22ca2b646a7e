"""Walk-in registration: one person at the desk, checked exactly as an imported row is.

The dialog lays the form out and shows each refusal next to its field; ``WalkInController``
registers (and checks in) in the background. On success ``person`` holds the new person, so the
window can print their badge.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from summit_desk.domain.categories import CATEGORIES
from summit_desk.domain.errors import ImportRejected
from summit_desk.domain.messages import render
from summit_desk.domain.values import DelegationInfo, PersonSummary
from summit_desk.services.context import DeskContext
from summit_desk.services.event import EventService
from summit_desk.ui.dialogs.fields import ERROR_STYLE, FieldBox
from summit_desk.ui.dialogs.photo_dialog import PhotoButton, TakePhotoButton
from summit_desk.ui.dialogs.walk_in_controller import WalkInController, WalkInOutcome

LTR = Qt.LayoutDirection.LeftToRight
RTL = Qt.LayoutDirection.RightToLeft
# Text fields: the import column, and the direction its text is typed in (None: either).
TEXT_FIELDS: tuple[tuple[str, Qt.LayoutDirection | None], ...] = (
    ("given_name_fa", RTL),
    ("family_name_fa", RTL),
    ("given_name_latin", LTR),
    ("family_name_latin", LTR),
    ("name_native", None),
    ("title_fa", RTL),
    ("title_en", LTR),
    ("honorific_fa", RTL),
    ("honorific_en", LTR),
    ("precedence_date", LTR),
    ("email", LTR),
    ("phone", LTR),
    ("document_no", LTR),
)
# The country follows from the delegation chosen, so its problems are shown there.
FIELD_OF_COLUMN = {"country": "delegation"}
FIELD_CHARS = 22
# Only ambassadors rank by a date: the day they presented their credentials.
DATED_CATEGORIES = frozenset({"AMB"})


class WalkInDialog(QDialog):
    def __init__(self, context: DeskContext, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.person: PersonSummary | None = None
        self.outcome: WalkInOutcome | None = None
        self.controller = WalkInController(context, lang, self)
        self.controller.registered.connect(self._on_registered)
        self.controller.rejected.connect(self.show_problems)
        self.controller.failed.connect(self._show_general)
        self.controller.busy.connect(self.set_busy)
        self.delegations = EventService(context).delegations()
        self.setWindowTitle(self.tr("Walk-in registration"))
        self._build_fields()
        self._build_layout()
        self.setMinimumWidth(820)
        self.delegation.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_fields(self) -> None:
        lang = self.lang
        self.delegation = QComboBox()
        self.delegation.addItem(self.tr("Choose a delegation…"), None)
        for delegation in self.delegations:
            self.delegation.addItem(self._delegation_name(delegation), delegation)
        self.category = QComboBox()
        self.category.addItem(self.tr("Choose a category…"), "")
        for category in CATEGORIES:
            name = category.name_fa if lang == "fa" else category.name_en
            self.category.addItem(f"{name} ({category.code})", category.code)
        self.edits: dict[str, QLineEdit] = {}
        # Room for a whole name, address or date beside the longest label, in any language.
        field_width = self.fontMetrics().averageCharWidth() * FIELD_CHARS
        for column, direction in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setMinimumWidth(field_width)
            if direction is not None:
                edit.setLayoutDirection(direction)
            self.edits[column] = edit
        self.edits["email"].setPlaceholderText("name@example.org")
        self.edits["phone"].setPlaceholderText("+98 912 123 4567")
        self.edits["honorific_fa"].setPlaceholderText("جناب آقای، سرکار خانم، دکتر")
        self.edits["honorific_en"].setPlaceholderText("H.E., Dr., Mr., Ms.")
        self.edits["precedence_date"].setPlaceholderText("1404/08/27")
        self.edits["precedence_date"].setToolTip(
            self.tr("Jalali (1404/08/27) or Gregorian (2025-11-18)")
        )
        # The dialog opens at its minimum size: give contact fields room for a whole address.
        for column in ("email", "phone", "document_no"):
            edit = self.edits[column]
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("m" * 22))
        labels = self._labels()
        editors: dict[str, QWidget] = {
            "delegation": self.delegation,
            "category": self.category,
            **self.edits,
        }
        self.boxes: dict[str, FieldBox] = {
            column: FieldBox(editor, labels[column]) for column, editor in editors.items()
        }
        self.check_in = QCheckBox(self.tr("Check them in now"))
        self.check_in.setChecked(True)
        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.general_error.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(6)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Register"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def _build_layout(self) -> None:

        who = self._group(self.tr("Delegation and category"), "delegation", "category")
        names = self._group(
            self.tr("Name"),
            "given_name_fa",
            "family_name_fa",
            "given_name_latin",
            "family_name_latin",
            "name_native",
        )
        titles = self._group(self.tr("Title"), "title_fa", "title_en")
        address = self._group(
            self.tr("Form of address"), "honorific_fa", "honorific_en", "precedence_date"
        )
        self.address_form = address.layout()
        self._show_precedence_date()
        self.category.currentIndexChanged.connect(self._show_precedence_date)
        contact = self._group(self.tr("Contact and document"), "email", "phone", "document_no")
        hint = QLabel(
            self.tr(
                "A Persian or a Latin name is needed; the desk checks the form as it checks "
                "an imported list."
            )
        )
        hint.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(who)
        left.addWidget(names)
        left.addStretch()
        right = QVBoxLayout()
        right.addWidget(titles)
        right.addWidget(address)
        right.addWidget(contact)
        right.addStretch()
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(hint)
        layout.addLayout(columns)
        layout.addWidget(self.general_error)
        layout.addWidget(self.progress)
        bottom = QHBoxLayout()
        bottom.addWidget(self.check_in)
        photo = PhotoButton(self)  # stores the chosen photo once registered
        bottom.addWidget(photo)
        bottom.addWidget(TakePhotoButton(photo, self))  # the camera's photo goes to it
        bottom.addStretch()
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

    def _labels(self) -> dict[str, str]:
        return {
            "delegation": self.tr("Delegation"),
            "category": self.tr("Category"),
            "given_name_fa": self.tr("Given name (Persian)"),
            "family_name_fa": self.tr("Family name (Persian)"),
            "given_name_latin": self.tr("Given name (Latin)"),
            "family_name_latin": self.tr("Family name (Latin)"),
            "name_native": self.tr("Name in their own script"),
            "title_fa": self.tr("Title (Persian)"),
            "title_en": self.tr("Title (English)"),
            "honorific_fa": self.tr("Form of address (Persian)"),
            "honorific_en": self.tr("Form of address (English)"),
            "precedence_date": self.tr("Credentials presented on"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "document_no": self.tr("Passport or ID number"),
        }

    def _group(self, title: str, *columns: str) -> QGroupBox:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for column in columns:
            box = self.boxes[column]
            form.addRow(box.label, box)
            # The label stays level with its editor when an error line grows the row.
            label = form.labelForField(box)
            if isinstance(label, QLabel):
                label.setAlignment(Qt.AlignmentFlag.AlignTop)
                label.setContentsMargins(0, 4, 0, 0)
        return group

    def precedence_date_shown(self) -> bool:
        return self.category.currentData() in DATED_CATEGORIES

    def _show_precedence_date(self) -> None:
        if isinstance(self.address_form, QFormLayout):
            self.address_form.setRowVisible(
                self.boxes["precedence_date"], self.precedence_date_shown()
            )

    def _delegation_name(self, delegation: DelegationInfo) -> str:
        return delegation.name_fa if self.lang == "fa" else delegation.name_en

    def fields(self) -> dict[str, str]:
        """The form as import columns; the country is the chosen delegation's."""
        delegation = self.delegation.currentData()
        values = {column: edit.text() for column, edit in self.edits.items()}
        if not self.precedence_date_shown():
            del values["precedence_date"]  # typed before the category changed: not theirs
        values["category"] = self.category.currentData() or ""
        if isinstance(delegation, DelegationInfo):
            values["delegation"] = delegation.code
            values["country"] = delegation.country_code or ""
        else:
            values["delegation"] = ""
            values["country"] = ""
        return values

    def submit(self) -> None:
        self.submit_fields(self.fields())

    def submit_fields(self, fields: dict[str, str]) -> None:
        self.clear_problems()
        self.controller.submit(fields, self.check_in.isChecked())

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        self.progress.setVisible(busy)

    def clear_problems(self) -> None:
        for box in self.boxes.values():
            box.clear_error()
        self.general_error.clear()
        self.general_error.hide()

    def show_problems(self, rejected: ImportRejected) -> None:
        """Each problem beside its field, in the user's language; the first field gets focus."""
        first: FieldBox | None = None
        unplaced: list[str] = []
        for problem in rejected.problems:
            box = self.boxes.get(FIELD_OF_COLUMN.get(problem.column, problem.column))
            if box is None:
                unplaced.append(problem.message(self.lang))
                continue
            # Beside its field, the "row 2, column x" an import's problem starts with is left
            # out, and a field named in the text is named as the form shows it.
            params = {k: (box.label if k == "field" else v) for k, v in problem.params.items()}
            box.show_error(render(problem.code, self.lang, **params))
            first = first or box
        if unplaced or not rejected.problems:
            self._show_general("\n".join(unplaced) or rejected.message(self.lang))
        if first is not None:
            first.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.adjustSize()

    def _show_general(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.show()

    def _on_registered(self, outcome: WalkInOutcome) -> None:
        self.outcome = outcome
        self.person = outcome.person
        self.accept()
