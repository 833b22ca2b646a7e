"""The words of protocol seating, door scans, the one-head rule and the ambassadors' precedence
dates (issue #7), in Persian and English; ``messages.MESSAGES`` takes them in, so ``render``
and the errors find them by code.

Kept apart so that messages.py stays a readable size.
"""

from __future__ import annotations

SEATING_MESSAGES: dict[str, dict[str, str]] = {
    "import.bad_precedence_date": {
        "en": "'{value}' is not a date: write the day credentials were presented as "
        "2025-11-18, or in the Jalali calendar as 1404/08/27",
        "fa": "«{value}» تاریخ نیست: روز تقدیم استوارنامه را به تقویم خورشیدی مانند "
        "۱۴۰۴/۰۸/۲۷ یا به میلادی مانند 2025-11-18 بنویسید",
    },
    "db.two_heads": {
        "en": "These delegations have more than one head of delegation: {delegations}; "
        "leave one head each with the older program, then upgrade",
        "fa": "این هیئت‌ها بیش از یک رئیس هیئت دارند: {delegations}؛ با برنامهٔ پیشین برای هر "
        "هیئت یک رئیس نگه دارید و سپس به‌روز کنید",
    },
    "delegation.second_head": {
        "en": "{ref} cannot be head of delegation {delegation}: {current} already is; "
        "change the current head's category first",
        "fa": "{ref} نمی‌تواند رئیس هیئت {delegation} باشد: {current} رئیس آن است؛ "
        "نخست دستهٔ رئیس کنونی را تغییر دهید",
    },
    "seating.no_room": {
        "en": "Session {session} has no room set up for seating; add "
        "resources/seating/{session}.toml or set the session up in the desk",
        "fa": "برای چیدمان نشست {session} سالنی تعیین نشده؛ resources/seating/{session}.toml "
        "را بیفزایید یا نشست را در میز پذیرش تنظیم کنید",
    },
    "seating.unknown_seat": {
        "en": "Room {room} has no seat {label}",
        "fa": "سالن {room} صندلی {label} ندارد",
    },
    "seating.locked": {
        "en": "Seat {label} is locked; unlock it first",
        "fa": "صندلی {label} قفل است؛ نخست قفل آن را باز کنید",
    },
    "seating.empty_seat": {
        "en": "Seat {label} is empty; seat someone there before locking it",
        "fa": "صندلی {label} خالی است؛ پیش از قفل کردن، کسی را در آن بنشانید",
    },
    "seating.printed": {
        "en": "Wrote {path}: {seated} seated of {seats} seats, {conflicts} conflicts",
        "fa": "{path} نوشته شد: {seated} نفر در {seats} صندلی، {conflicts} ناسازگاری",
    },
    "placecards.printed": {
        "en": "Wrote {count} place cards to {path}",
        "fa": "{count} کارت میز در {path} نوشته شد",
    },
    "action.seating": {"en": "change the seating", "fa": "تغییر چیدمان صندلی‌ها"},
    "placecards.none": {
        "en": "Nobody is seated in {session} yet, so there are no place cards to print: seat "
        "them on the Seating page (F5) or with 'summit-desk seating {session} --auto'",
        "fa": "هنوز کسی در {session} جای داده نشده و کارت رومیزی برای چاپ وجود ندارد: در صفحهٔ "
        "چیدمان (F5) یا با «summit-desk seating {session} --auto» جای دهید",
    },
    "room.invalid": {
        "en": "The room file {path} cannot be used: {reason}",
        "fa": "فایل سالن {path} قابل استفاده نیست: {reason}",
    },
    "room.unknown": {
        "en": "There is no room named '{name}'; the rooms are: {known}",
        "fa": "سالنی به نام «{name}» وجود ندارد؛ سالن‌های موجود: {known}",
    },
    "rules.invalid": {
        "en": "The seating rules {path} cannot be used: {reason}",
        "fa": "قواعد چینش صندلی {path} قابل استفاده نیست: {reason}",
    },
    # panel doors
    "action.undo_entry": {"en": "undo an entry at a panel's door", "fa": "لغو ورود به نشست"},
    "door.unknown_entry": {
        "en": "There is no entry '{entry}' into a session in the check-in journal",
        "fa": "ورود «{entry}» به نشستی در دفتر پذیرش نیست",
    },
    "door.already_undone": {
        "en": "The entry '{entry}' has already been undone",
        "fa": "ورود «{entry}» پیش از این لغو شده است",
    },
}
