"""What the banner says after a check-in attempt at the desk or a scan at a panel's door: the
tone, the icon, the words and what to do next. The banner only draws this; the words are
decided here, in the desk's language."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QObject

from summit_desk.domain.categories import BY_CODE
from summit_desk.domain.messages import render
from summit_desk.domain.persian import (
    format_moment,
    jalali_date,
    to_persian_digits,
    venue_time,
)
from summit_desk.domain.values import CheckInResult, CheckInStatus, PersonSummary
from summit_desk.ui.formatting import category_name, desk_label


class Tone(Enum):
    READY = "ready"  # nothing scanned yet
    SUCCESS = "success"  # green: in
    WARNING = "warning"  # amber: already in, let through
    DANGER = "danger"  # red: stop
    INFO = "info"  # blue: an undo done


class Icon(Enum):
    SCAN = "scan"
    CHECK = "check"
    REPEAT = "repeat"
    CROSS = "cross"
    STOP = "stop"
    QUESTION = "question"
    UNDO = "undo"


@dataclass(frozen=True, slots=True)
class BannerContent:
    tone: Tone
    icon: Icon
    headline: str
    next_step: str
    status: str = ""  # DESIGN.md's status, or "ready" / "undone"
    name_primary: str = ""
    name_secondary: str = ""
    details: tuple[str, ...] = ()
    notice: str = ""  # protocol is told of this arrival
    category_text: str = ""
    category_colour: str = ""  # #RRGGBB, the badge's band
    initials: str = ""
    photo: bytes | None = None


def isolate(text: object) -> str:
    """A value inside a sentence of the other direction (a desk name, a code, a number)."""
    return f"\u2068{text}\u2069"


class BannerWording(QObject):
    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def ready(self) -> BannerContent:
        return BannerContent(
            Tone.READY,
            Icon.SCAN,
            self.tr("Ready for the next guest"),
            self.tr("Scan a badge, or type a name, reference or delegation."),
            status="ready",
        )

    def describe(self, result: CheckInResult, photo: bytes | None = None) -> BannerContent:
        status = result.status
        if status == CheckInStatus.UNKNOWN:
            return BannerContent(
                Tone.DANGER,
                Icon.QUESTION,
                self.tr("Not a badge of this event"),
                self.tr("Check the badge and scan it again, or search for the person by name."),
                status=status.value,
                details=(self.tr("Code read: %1").replace("%1", isolate(result.code or "-")),),
            )
        words = self._words(result)
        if words is None or result.person is None:
            reason = render(result.detail, self.lang) if result.detail else status.value
            return self.error(self.tr("The check-in was not recorded (%1).").replace("%1", reason))
        tone, icon, headline, next_step, details = words
        notice = ""
        if status == CheckInStatus.CHECKED_IN and result.notify:
            notice = self.tr("Protocol is told: %1 has arrived").replace(
                "%1", self._category(result.person)
            )
        return self._person_content(
            result.person,
            tone,
            icon,
            headline,
            next_step,
            status=status.value,
            details=details,
            notice=notice,
            photo=photo,
        )

    def _words(self, result: CheckInResult) -> tuple[Tone, Icon, str, str, tuple[str, ...]] | None:
        """Tone, icon, headline, what to do next and the details of a result about a holder."""
        status = result.status
        desk = isolate(desk_label(result.desk) or "-")
        if status == CheckInStatus.CHECKED_IN:
            when = self.tr("Checked in %1 at desk %2").replace("%1", self._moment(result))
            return (
                Tone.SUCCESS,
                Icon.CHECK,
                self.tr("Checked in"),
                self.tr("Welcome them and hand over the badge."),
                (when.replace("%2", desk),),
            )
        if status == CheckInStatus.ALREADY_CHECKED_IN:
            first = self.tr("First checked in %1 at desk %2").replace("%1", self._moment(result))
            return (
                Tone.WARNING,
                Icon.REPEAT,
                self.tr("Already checked in"),
                self.tr(
                    "Let them through: nothing more to do. If the badge is not theirs, "
                    "keep it and call a supervisor."
                ),
                (first.replace("%2", desk),),
            )
        if status == CheckInStatus.REPLACED:
            current = self._number(result.current_badge_version or "?")
            old = self.tr("This is version %1 of the badge; the current one is version %2.")
            old = old.replace("%1", self._number(result.badge_version or "?"))
            step = self.tr(
                "Do not let this badge in. Collect it and hand over badge version %1 "
                "(reprint it at the badge desk if they do not have it)."
            )
            return (
                Tone.DANGER,
                Icon.CROSS,
                self.tr("Old badge: replaced"),
                step.replace("%1", current),
                (old.replace("%2", current),),
            )
        if status == CheckInStatus.REVOKED:
            return (
                Tone.DANGER,
                Icon.STOP,
                self.tr("Badge revoked"),
                self.tr("Do not let them in. Keep the badge and call a supervisor."),
                (),
            )
        if status == CheckInStatus.NOT_TODAY:
            day = jalali_date(result.day) if self.lang == "fa" else result.day.isoformat()
            return (
                Tone.DANGER,
                Icon.STOP,
                self.tr("No access today"),
                self.tr("Do not check them in. Send them to the secretariat or call a supervisor."),
                (self.tr("Today (%1) is not a day this badge admits.").replace("%1", day),),
            )
        return None

    def error(self, message: str) -> BannerContent:
        return BannerContent(
            Tone.DANGER,
            Icon.CROSS,
            self.tr("Not checked in"),
            self.tr("Try again. If it happens again, call a supervisor."),
            status=CheckInStatus.ERROR.value,
            details=(message,),
        )

    def undone(self, person: PersonSummary, supervisor: str, reason: str) -> BannerContent:
        return self._undone(
            person,
            supervisor,
            reason,
            self.tr("Check-in undone"),
            self.tr("They are no longer checked in today and can be checked in again."),
        )

    # --- a panel's door -----------------------------------------------------------------------
    def door_ready(self, session_name: str) -> BannerContent:
        return BannerContent(
            Tone.READY,
            Icon.SCAN,
            self.tr("Ready at the door of %1").replace("%1", isolate(session_name)),
            self.tr("Scan the badge of each guest who comes in."),
            status="ready",
        )

    def describe_door(self, result: CheckInResult, session_name: str) -> BannerContent:
        """The answer at a panel's door: entered, already in since when, or why not."""
        status, person = result.status, result.person
        words = self._door_words(result, session_name)
        if words is None or person is None:
            return self.describe(result)  # unknown, replaced, revoked, errors: as at the desk
        tone, icon, headline, next_step, details = words
        return self._person_content(
            person, tone, icon, headline, next_step, status=status.value, details=details
        )

    def _door_words(
        self, result: CheckInResult, session_name: str
    ) -> tuple[Tone, Icon, str, str, tuple[str, ...]] | None:
        status = result.status
        door = isolate(result.desk or "-")
        panel = isolate(session_name)
        if status == CheckInStatus.CHECKED_IN:
            return (
                Tone.SUCCESS,
                Icon.CHECK,
                self.tr("Entered"),
                self.tr("Let them in."),
                (self.tr("Entered %1 at %2, door %3").replace("%1", panel)
                 .replace("%2", self._clock(result)).replace("%3", door),),
            )  # fmt: skip
        if status == CheckInStatus.ALREADY_CHECKED_IN:
            return (
                Tone.WARNING,
                Icon.REPEAT,
                self.tr("Already in since %1").replace("%1", self._clock(result)),
                self.tr(
                    "Let them through: they entered at %1. If the badge is not theirs, "
                    "keep it and call a supervisor."
                ).replace("%1", door),
                (self.tr("First entered %1 at door %2").replace("%1", self._moment(result))
                 .replace("%2", door),),
            )  # fmt: skip
        if status == CheckInStatus.NOT_INVITED:
            return (
                Tone.DANGER,
                Icon.STOP,
                self.tr("Not invited to this panel"),
                self.tr(
                    "Do not let them in. Ask them to wait and call the protocol officer: "
                    "only protocol can add a guest to %1."
                ).replace("%1", panel),
                (),
            )
        if status == CheckInStatus.NOT_TODAY:
            return (
                Tone.DANGER,
                Icon.STOP,
                self.tr("This panel is not today"),
                self.tr(
                    "Do not let them in yet. Check that the right panel is chosen at the top "
                    "of the page."
                ),
                (self.tr("%1 is not held today.").replace("%1", panel),),
            )
        return None

    def door_undone(self, person: PersonSummary, supervisor: str, reason: str) -> BannerContent:
        return self._undone(
            person,
            supervisor,
            reason,
            self.tr("Entry undone"),
            self.tr("They are no longer counted in this panel and can be scanned in again."),
        )

    # --- helpers ------------------------------------------------------------------------------
    def _undone(
        self, person: PersonSummary, supervisor: str, reason: str, headline: str, next_step: str
    ) -> BannerContent:
        """An arrival a supervisor undid (at the desk or a door): who, and why, for the journal."""
        by = self.tr("Undone by %1: %2").replace("%1", isolate(supervisor))
        by = by.replace("%2", isolate(reason))
        return self._person_content(
            person, Tone.INFO, Icon.UNDO, headline, next_step, status="undone", details=(by,)
        )

    def _person_content(
        self,
        person: PersonSummary,
        tone: Tone,
        icon: Icon,
        headline: str,
        next_step: str,
        *,
        status: str,
        details: tuple[str, ...] = (),
        notice: str = "",
        photo: bytes | None = None,
    ) -> BannerContent:
        fa = self.lang == "fa"
        # Both scripts, the desk's own first: the guest reads one, the staff the other.
        names = [person.name.name_fa, person.name.name_latin]
        if not fa:
            names.reverse()
        names = [n for n in names if n] or [person.name.name_native]
        if person.name.name_native and person.name.name_native not in names:
            names.append(person.name.name_native)
        # Each name keeps its own direction, whatever the line's.
        primary, secondary = names[0], "  ·  ".join(isolate(n) for n in names[1:])
        title = person.name.title_fa if fa else person.name.title_en
        delegation = person.delegation_fa if fa else person.delegation_en
        who = " — ".join(p for p in (delegation, title) if p)
        category = BY_CODE.get(person.category)
        return BannerContent(
            tone,
            icon,
            headline,
            next_step,
            status=status,
            name_primary=primary,
            name_secondary=secondary,
            details=(who, *details) if who else details,
            notice=notice,
            category_text=self._category(person),
            category_colour=category.colour if category else "#808080",
            initials=_initials(person, self.lang),
            photo=photo,
        )

    def _category(self, person: PersonSummary | None) -> str:
        return category_name(person.category, self.lang) if person else ""

    def _moment(self, result: CheckInResult) -> str:
        if not result.at:
            return "-"
        moment = format_moment(result.at, self.lang)
        if venue_time(result.at).date() == result.day:
            return moment
        # A rehearsal: the arrival counts for the working day, recorded on another date.
        day = jalali_date(result.day) if self.lang == "fa" else result.day.isoformat()
        return self.tr("for %1 (recorded %2)").replace("%1", day).replace("%2", moment)

    def _clock(self, result: CheckInResult) -> str:
        if result.at is None:
            return "-"
        clock = venue_time(result.at).strftime("%H:%M")
        return to_persian_digits(clock) if self.lang == "fa" else clock

    def _number(self, value: object) -> str:
        return to_persian_digits(value) if self.lang == "fa" else str(value)


def _initials(person: PersonSummary, lang: str) -> str:
    """Two letters for the photo frame when there is no photo, in the desk's script first."""
    # Each Persian initial with its dot, a space between: «پ. ا.» for پیمان املشی. Side by side,
    # even unjoined, two letters read as a word («پا», "foot").
    name = person.name
    persian = " ".join(f"{w[0]}." for w in (name.given_name_fa, name.family_name_fa) if w)
    latin = "".join(w[0] for w in (name.given_name_latin, name.family_name_latin) if w)
    first, second = (persian, latin) if lang == "fa" else (latin, persian)
    return first or second or (person.name.name_native or "?")[:1]
