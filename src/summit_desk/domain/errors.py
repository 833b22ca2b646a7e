"""Errors a user can cause, typed, and worded in the user's language.

Each error carries a message code and its parameters; ``messages.render`` turns them into
Persian or English at the edge (command line or window), so a service never picks a language.
"""

from __future__ import annotations

from typing import Any


class SummitDeskError(Exception):
    """An expected failure caused by input, data or the environment: shown, never a traceback."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, lang: str = "en") -> str:
        from summit_desk.domain.messages import render

        return render(self.code, lang, **self.params)

    def __str__(self) -> str:
        return self.message("en")


class InvalidText(SummitDeskError):
    """A value that may not be stored as it is (e.g. it hides a bidi override)."""


class NotFound(SummitDeskError):
    """A person, delegation, session or code that this event does not have."""


class Conflict(SummitDeskError):
    """The data is not in a state that allows the action (e.g. an event already exists)."""


class PermissionDenied(SummitDeskError):
    """The operator's role does not allow the action."""


class ImportRejected(SummitDeskError):
    """An import file was refused as a whole; ``problems`` name each row, column and reason."""

    def __init__(self, code: str, problems: list[ImportProblem] | None = None, **params: Any):
        super().__init__(code, **params)
        self.problems = problems or []

    def message(self, lang: str = "en") -> str:
        head = super().message(lang)
        lines = [head, *(p.message(lang) for p in self.problems[:200])]
        if len(self.problems) > 200:
            from summit_desk.domain.messages import render

            lines.append(render("import.more_problems", lang, count=len(self.problems) - 200))
        return "\n".join(lines)


class ImportProblem(SummitDeskError):
    """One reason an import row is refused, with its row number (as a spreadsheet counts it)."""

    def __init__(self, code: str, row: int, column: str = "", **params: Any) -> None:
        super().__init__(code, row=row, column=column, **params)
        self.row = row
        self.column = column

    def message(self, lang: str = "en") -> str:
        from summit_desk.domain.messages import render

        where = render("import.where", lang, row=self.row, column=self.column or "-")
        return f"{where}: {super().message(lang)}"


class DatabaseUnavailable(SummitDeskError):
    """The database cannot be opened or reached."""
