"""The words of Summit Desk's errors and reports, in Persian and English.

The window's own labels go through Qt's translation files; these are the texts that services and
the command line produce, so they live in the domain and need no Qt.
"""

from __future__ import annotations

from typing import Any

from summit_desk.domain.import_messages import IMPORT_MESSAGES
from summit_desk.domain.journal_messages import JOURNAL_MESSAGES
from summit_desk.domain.operator_messages import OPERATOR_MESSAGES
from summit_desk.domain.persian import to_persian_digits
from summit_desk.domain.photo_messages import PHOTO_MESSAGES
from summit_desk.domain.safety_messages import SAFETY_MESSAGES
from summit_desk.domain.seating_messages import SEATING_MESSAGES

LANGUAGES = ("fa", "en")

MESSAGES: dict[str, dict[str, str]] = {
    # text checks
    "bidi_control": {
        "en": "{field} contains the invisible direction control {char} at position {position}; "
        "remove it and type the text again",
        "fa": "«{field}» نویسهٔ نامرئی کنترل جهت {char} را در جایگاه {position} دارد؛ "
        "آن را حذف کنید و متن را دوباره بنویسید",
    },
    # database and set-up (the database file's own words are in safety_messages.py)
    "event.none": {
        "en": "There is no event in {target} yet; run 'summit-desk demo' or create one",
        "fa": "هنوز رویدادی در {target} نیست؛ «summit-desk demo» را اجرا کنید یا رویدادی بسازید",
    },
    "event.exists": {
        "en": "{target} already holds the event '{name}'; add --force to replace it "
        "(everything in it will be deleted)",
        "fa": "{target} هم‌اکنون رویداد «{name}» را دارد؛ برای جایگزینی --force را بیفزایید "
        "(همهٔ داده‌های آن پاک می‌شود)",
    },
    "demo.people_too_few": {
        "en": "--people {people} is fewer than the {base} people of the demo event",
        "fa": "--people {people} کمتر از {base} نفر رویداد نمایشی است",
    },
    "value.out_of_range": {
        "en": "{field} must be between {low} and {high}",
        "fa": "{field} باید بین {low} و {high} باشد",
    },
    # look-ups
    "session.unknown": {
        "en": "There is no session '{session}'; the sessions are: {known}",
        "fa": "نشستی با نام «{session}» نیست؛ نشست‌ها: {known}",
    },
    "delegation.unknown": {
        "en": "There is no delegation '{delegation}'; the delegations are: {known}",
        "fa": "هیئتی با نام «{delegation}» نیست؛ هیئت‌ها: {known}",
    },
    "person.unknown": {
        "en": "There is no person with the reference '{ref}'",
        "fa": "فردی با شناسهٔ «{ref}» نیست",
    },
    # files
    "file.missing": {
        "en": "The file {path} does not exist",
        "fa": "فایل {path} وجود ندارد",
    },
    "file.unreadable": {
        "en": "The file {path} cannot be read: {reason}",
        "fa": "فایل {path} خوانده نمی‌شود: {reason}",
    },
    "file.unwritable": {
        "en": "The file {path} cannot be written: {reason}",
        "fa": "فایل {path} نوشته نمی‌شود: {reason}",
    },
    "file.type": {
        "en": "{path}: only .csv and .xlsx files are accepted",
        "fa": "{path}: فقط فایل‌های ‎.csv و ‎.xlsx پذیرفته می‌شوند",
    },
    # check-in
    "code.empty": {
        "en": "No code was given",
        "fa": "کدی داده نشد",
    },
    "checkin.unknown_entry": {
        "en": "There is no arrival '{entry}' in the check-in journal",
        "fa": "ورودی با شناسهٔ «{entry}» در دفتر پذیرش نیست",
    },
    "checkin.already_undone": {
        "en": "The arrival '{entry}' has already been undone",
        "fa": "پذیرش «{entry}» پیش از این لغو شده است",
    },
    "badge.reason_required": {
        "en": "Give a reason: it is kept with the badge and in the audit log",
        "fa": "دلیلی بنویسید: همراه کارت و در گزارش ممیزی نگه داشته می‌شود",
    },
    "layout.invalid": {
        "en": "The badge layout {path} cannot be used: {reason}",
        "fa": "چیدمان کارت {path} قابل استفاده نیست: {reason}",
    },
    "layout.unknown": {
        "en": "There is no badge layout named '{name}'; the layouts are: {known}",
        "fa": "چیدمان کارتی به نام «{name}» وجود ندارد؛ چیدمان‌های موجود: {known}",
    },
    "badges.none": {
        "en": "There are no badges to print",
        "fa": "کارتی برای چاپ وجود ندارد",
    },
    "badges.bad_code": {
        "en": "The badge of {ref} does not carry a valid badge code; nothing was printed",
        "fa": "کارت {ref} کد معتبری ندارد؛ چیزی چاپ نشد",
    },
    "badges.printed": {
        "en": "{count} badge(s) on {pages} page(s) written to {path} (layout {layout})",
        "fa": "{count} کارت در {pages} صفحه در {path} نوشته شد (چیدمان {layout})",
    },
    "badges.reprinted": {
        "en": "warning: {count} of these badges had been printed before",
        "fa": "هشدار: {count} کارت از این‌ها پیش‌تر چاپ شده بود",
    },
    "badges.overflowed": {
        "en": "warning: {ref}: the {field} was too long for its box and was shortened",
        "fa": "هشدار: {ref}: «{field}» برای جای خود بلند بود و کوتاه شد",
    },
    "badges.zones_do_not_fit": {
        "en": "The badge of {ref} has {count} access zones, more than the layout {layout} can "
        "print whole; nothing was printed. Choose a layout with more room for zones",
        "fa": "کارت {ref} {count} ناحیهٔ دسترسی دارد، بیش از آنچه چیدمان {layout} کامل چاپ "
        "می‌کند؛ چیزی چاپ نشد. چیدمانی با جای بیشتر برای ناحیه‌ها برگزینید",
    },
    "badges.cancelled": {
        "en": "Printing the badges was cancelled; nothing was written or logged",
        "fa": "چاپ کارت‌ها لغو شد؛ چیزی نوشته یا ثبت نشد",
    },
    "badges.printer_unavailable": {
        "en": "The printer {printer} cannot be used; check that it is on and connected",
        "fa": "چاپگر {printer} قابل استفاده نیست؛ روشن و وصل بودن آن را بررسی کنید",
    },
    "badges.reissue_needs_refs": {
        "en": "--reissue gives new badges to named people only: add --ref for each",
        "fa": "--reissue فقط به افراد نام‌برده کارت تازه می‌دهد: برای هر نفر --ref بیفزایید",
    },
    "action.register": {"en": "register a walk-in", "fa": "ثبت‌نام حضوری"},
    "action.reissue": {"en": "reissue a badge", "fa": "صدور دوبارهٔ کارت"},
    "action.revoke": {"en": "revoke a badge", "fa": "باطل کردن کارت"},
    "action.import": {"en": "import people", "fa": "ورود فهرست افراد"},
    "action.export_sensitive": {
        "en": "export contact and passport details",
        "fa": "خروجی گرفتن از اطلاعات تماس و گذرنامه",
    },
    "action.undo": {"en": "undo a check-in", "fa": "لغو پذیرش"},
    "action.add_operator": {"en": "add an operator", "fa": "افزودن کاربر"},
    "action.supervise": {"en": "do a supervisor's work", "fa": "انجام کار سرپرست"},
    "action.edit_event": {"en": "change the event's details", "fa": "تغییر مشخصات رویداد"},
    "event.name_required": {
        "en": "The event needs a name in Persian or English",
        "fa": "رویداد باید نامی فارسی یا انگلیسی داشته باشد",
    },
    "role.denied": {
        "en": "{operator} ({role}) may not {action}; a supervisor must do it",
        "fa": "{operator} ({role}) اجازهٔ {action} را ندارد؛ سرپرست باید این کار را انجام دهد",
    },
    "internal": {
        "en": "Summit Desk met an unexpected problem ({kind}); nothing was changed. "
        "The details are in the log: {log}",
        "fa": "Summit Desk به مشکلی پیش‌بینی‌نشده برخورد ({kind})؛ چیزی تغییر نکرد. "
        "جزئیات در گزارش است: {log}",
    },
}


# First strong isolate .. pop directional isolate: a name, file or value inside a Persian message
# keeps its own direction and does not decide the paragraph's. Without it «not-an-email» at the
# start of a message makes the whole line left to right, with its quotes on the wrong sides.
_FSI, _PDI = "\u2068", "\u2069"

MESSAGES.update(
    IMPORT_MESSAGES
    | SEATING_MESSAGES
    | SAFETY_MESSAGES
    | OPERATOR_MESSAGES
    | PHOTO_MESSAGES
    | JOURNAL_MESSAGES
)


def _persian_param(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return to_persian_digits(value)
    if isinstance(value, str) and value and not value.startswith("action."):
        return f"{_FSI}{value}{_PDI}"
    return value


def render(code: str, lang: str = "en", **params: Any) -> str:
    """The message ``code`` in ``lang`` (Persian digits in Persian), falling back to English."""
    texts = MESSAGES.get(code)
    if texts is None:
        return f"{code} {params}" if params else code
    template = texts.get(lang) or texts["en"]
    # A parameter that is itself a message code (what was refused, "action.undo") is worded in
    # the same language.
    params = {
        k: render(v, lang)
        if isinstance(v, str) and v.startswith("action.") and v in MESSAGES
        else v
        for k, v in params.items()
    }
    if lang == "fa":
        params = {k: _persian_param(v) for k, v in params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template
