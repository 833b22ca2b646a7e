"""The desk's own settings, remembered between runs in QSettings.

Organisation "summit-desk", application "Summit Desk": the registry on Windows, an ini file in
the user's configuration folder elsewhere. The command line wins over anything stored here.
The file is the user's own (0600 in a 0700 folder) and never keeps a PostgreSQL password: the
URL is stored without it, and libpq finds it in ~/.pgpass (README, "Several desks").
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path

from PySide6.QtCore import QSettings

from summit_desk.domain.urls import without_password
from summit_desk.ui.i18n import PSEUDO, pseudo_requested

ORGANISATION = "summit-desk"
APPLICATION = "Summit Desk"
LANGUAGES = ("fa", "en")
DEFAULT_LAYOUT = "a6"


@dataclass(frozen=True, slots=True)
class DeskSettings:
    desk_name: str = "desk-1"
    operator_name: str = ""
    layout: str = DEFAULT_LAYOUT
    printer: str = ""  # empty: the system's default printer
    language: str = "fa"  # applies at the next start
    database: str = ""  # a path or URL; empty: $SUMMIT_DESK_DB, then the data folder
    backup_folder: str = ""  # where the desk keeps its rotating backups; empty: none
    idle_lock_minutes: int = 5  # without input, the desk asks for a PIN; 0: never


@dataclass(frozen=True, slots=True)
class StartChoices:
    database: str | None  # None: $SUMMIT_DESK_DB, then the data folder
    interface: str  # the interface's language: fa, en or pseudo
    lang: str  # the language of data and messages: fa or en


def start_choices(db: str | None, lang: str | None, settings: DeskSettings) -> StartChoices:
    """What the desk opens with: the command line wins over the stored settings."""
    interface = PSEUDO if pseudo_requested(lang) else (lang or settings.language)
    return StartChoices(
        database=db or settings.database or None,
        interface=interface,
        lang="en" if interface == PSEUDO else interface,  # the pseudo-locale shows English data
    )


def open_store() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def load_settings(store: QSettings | None = None) -> DeskSettings:
    """The stored settings; a missing or unusable value falls back to its default."""
    store = store or open_store()
    defaults = DeskSettings()
    values: dict[str, str] = {}
    for field in fields(DeskSettings):
        value = store.value(f"desk/{field.name}", getattr(defaults, field.name))
        values[field.name] = value.strip() if isinstance(value, str) else str(value)
    if values["language"] not in LANGUAGES:
        values["language"] = defaults.language
    if not values["desk_name"]:
        values["desk_name"] = defaults.desk_name
    if not values["layout"]:
        values["layout"] = defaults.layout
    minutes = values.pop("idle_lock_minutes")
    idle = int(minutes) if minutes.isdigit() else defaults.idle_lock_minutes
    return replace(defaults, **values, idle_lock_minutes=idle)


def save_settings(settings: DeskSettings, store: QSettings | None = None) -> None:
    store = store or open_store()
    settings = replace(settings, database=without_password(settings.database))
    for field in fields(DeskSettings):
        store.setValue(f"desk/{field.name}", getattr(settings, field.name))
    store.sync()
    _make_private(store)


def _make_private(store: QSettings) -> None:
    """The settings file 0600 in a 0700 folder (POSIX; Windows keeps it in the user's registry)."""
    if os.name != "posix":
        return
    file = Path(store.fileName())
    if not file.is_file():
        return
    try:
        file.chmod(0o600)
        file.parent.chmod(0o700)
    except OSError:
        pass  # a folder not ours (a shared config): the file itself stays private
