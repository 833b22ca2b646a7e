"""The `summit-desk` command: opens the desk, or runs one of DESIGN.md's commands.

Every command answers bad input with a message in the user's language and a non-zero exit; an
unexpected failure is logged with its traceback to a file and reported in one line, never
dumped on the user.

Start-up cost (issue #9): a command loads only what it needs. This module and its parser import
nothing heavier than argparse; ``main`` imports ``summit_desk.commands`` only once a command is
chosen, and each handler there imports its services, ReportLab (printing/), openpyxl and the
like inside its own body. ``commands`` itself imports only SQLAlchemy and the database set-up
that every command needs, and ``db.schema.upgrade`` loads Alembic only when the schema is behind.
A new command: its arguments in ``build_parser`` (types from this module only), its handler in
``commands.py`` named after it, with its imports inside the handler;
tests/test_startup.py proves that ``import summit_desk.cli`` and the commands module load no
ReportLab, Alembic or PySide6.
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from types import ModuleType

from summit_desk import __version__
from summit_desk.crashlog import write_crash_log
from summit_desk.domain.errors import SummitDeskError
from summit_desk.domain.messages import render

EXIT_OK = 0
EXIT_USER_ERROR = 2  # bad input, unknown code, refused import: the user can fix it
EXIT_INTERNAL = 70  # a bug: the details are in the log file

log = logging.getLogger("summit_desk")


def default_language() -> str:
    for name in ("SUMMIT_DESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "fa" if value.lower().startswith("fa") else "en"
    return "en"


def _common(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        default=default,
        help="database file or SQLAlchemy URL (default: $SUMMIT_DESK_DB, then the data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=("fa", "en", "pseudo"),
        default=default,
        help="language; pseudo lengthens and reverses the desk's texts to test its layouts",
    )


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2025-11-18") from exc


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from exc
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' must not be negative")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summit-desk",
        description="Summit Desk: check-in, badges and protocol lists for a summit.",
    )
    parser.add_argument("--version", action="version", version=f"summit-desk {__version__}")
    _common(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _common(sub, suppress=True)
        return sub

    demo = command("demo", "create the demo event of the Caspian governors' summit")
    demo.add_argument("--people", type=_positive, help="add synthetic people up to N in all")
    demo.add_argument("--force", action="store_true", help="replace an existing event")
    demo.add_argument(
        "--yes-wipe-server-database",
        action="store_true",
        help="with --force on a PostgreSQL server: yes, delete every desk's data (pg_dump first)",
    )

    backup = command("backup", "an online backup of the SQLite database, integrity checked")
    backup.add_argument("--out", type=Path, required=True, help="FILE.sqlite")

    imp = command("import", "import people from a CSV or XLSX file, all or nothing")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="check and report, change nothing")
    imp.add_argument(
        "--create-delegations", action="store_true", help="create delegations the file names"
    )

    exp = command("export", "export people or attendance to CSV or XLSX")
    exp.add_argument("kind", choices=("people", "attendance"))
    exp.add_argument("--out", type=Path, required=True, help="FILE.csv or FILE.xlsx")
    exp.add_argument("--day", type=_day, help="attendance of this event day only")
    exp.add_argument(
        "--include-sensitive",
        action="store_true",
        help="include e-mail, phone, document number and badge code",
    )

    find = command("find", "the desk's search: names in any script, ref, delegation or code")
    find.add_argument("query")
    find.add_argument("--json", action="store_true")
    find.add_argument("--day", type=_day, help="check-in state on this day (default: today)")
    find.add_argument("--limit", type=_positive, default=50)

    stats = command("stats", "people and arrivals per country, delegation, category and day")
    stats.add_argument("--json", action="store_true")

    sessions = command("sessions", "the programme: each session with its code")
    sessions.add_argument("--json", action="store_true")

    badges = command("badges", "print badges to a PDF, in protocol order")
    badges.add_argument("--out", type=Path, required=True, help="FILE.pdf")
    badges.add_argument(
        "--layout", default="a6", help="a6, a4-a6x4, id1, id1-photo, label or a .toml file"
    )
    badges.add_argument("--delegation", help="a delegation's code or name")
    badges.add_argument("--category", help="a category code, e.g. HOD")
    badges.add_argument("--ref", action="append", default=[], help="a person's ref (repeatable)")
    badges.add_argument("--reissue", metavar="REASON", help="issue new versions (supervisor)")
    badges.add_argument("--reason", default="", help="why these are printed again")
    badges.add_argument(
        "--operator", help="who prints (asked for their PIN); a reissue needs a supervisor"
    )

    _checkin_command(command)
    _seating_commands(command)
    _record_commands(command)
    _photo_commands(command)
    _journal_commands(command)
    return parser


def _journal_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Desks that never share a LAN (issue #8, item 1): the journal by USB stick."""
    journal = command(
        "journal", "carry the check-in journal between desks: export it to a file, or merge one"
    )
    journal.add_argument("action", choices=("export", "merge"))
    journal.add_argument("file", metavar="FILE", help="the journal file (e.g. on a USB stick)")


def _checkin_command(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """The check-in of scanned codes: at the desk, or at a panel's door with --session."""
    checkin = command("checkin", "check in the holders of scanned badge codes")
    checkin.add_argument("codes", nargs="*", metavar="CODE")
    checkin.add_argument("--stdin", action="store_true", help="read one code a line")
    checkin.add_argument("--desk", default="cli", help="the desk's name in the journal")
    checkin.add_argument(
        "--operator", help="who scans (asked for their PIN; with --stdin, its first line)"
    )
    checkin.add_argument("--day", type=_day, help="the event day (rehearsals)")
    checkin.add_argument(
        "--session", metavar="SESSION", help="at a panel's door: entry to this session's code"
    )
    checkin.add_argument("--json", action="store_true")


def _record_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Operators and the tamper-evident record (issue #8, items 6 and 7)."""
    operators = command("operators", "the desk's operators: list them, or add one")
    operators.add_argument("action", choices=("add", "list"))
    operators.add_argument("name", nargs="?", help="add: the new operator's name")
    operators.add_argument("--role", choices=("desk", "supervisor", "admin"), default="desk")
    operators.add_argument(
        "--admin", help="add: the admin who adds them (asked for a PIN); none for the first admin"
    )
    audit = command("audit", "the tamper-evident record: verify its hash chains")
    audit.add_argument("action", choices=("verify",))


def _seating_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Protocol seating (issue #7): a session's plan and list, and its place cards."""
    seating = command("seating", "a session's seating plan and list, in order of precedence")
    seating.add_argument("session", metavar="SESSION", help="the session's code (see sessions)")
    seating.add_argument("--out", type=Path, required=True, help="FILE.pdf")
    seating.add_argument(
        "--auto", action="store_true", help="assign the seats from the rules (keeps locked seats)"
    )
    seating.add_argument("--json", action="store_true", help="print the plan as JSON")

    cards = command("placecards", "folded tent cards for everyone seated in a session")
    cards.add_argument("session", metavar="SESSION", help="the session's code (see sessions)")
    cards.add_argument("--out", type=Path, required=True, help="FILE.pdf")


def _photo_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Holders' photos (issue #11): a folder of photos named after refs."""
    photos = command("photos", "holders' photos: import a folder of photos named after refs")
    photos.add_argument("action", choices=("import",))
    photos.add_argument("folder", type=Path, metavar="FOLDER", help="photos named AST-001.jpg")
    photos.add_argument("--dry-run", action="store_true", help="check and report, change nothing")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # The pseudo-locale is for the window's layouts; messages fall back to English.
    lang = args.lang if args.lang in ("fa", "en") else default_language()
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):  # Windows consoles default to a code page
            stream.reconfigure(encoding="utf-8")
    if args.command is None:
        from summit_desk.app import run_gui

        return run_gui(db=args.db, lang=args.lang)
    # "import" is a Python keyword, so its handler is import_.
    name = "import_" if args.command == "import" else args.command
    handler: Callable[[argparse.Namespace, str], int] = getattr(_commands(), name)
    try:
        return handler(args, lang)
    except SummitDeskError as exc:
        print(exc.message(lang), file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (e.g. `| head`): not an error of ours.
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:
        log_file = write_crash_log(exc)
        print(render("internal", lang, kind=type(exc).__name__, log=log_file), file=sys.stderr)
        return EXIT_INTERNAL


def _commands() -> ModuleType:
    from summit_desk import commands

    return commands
