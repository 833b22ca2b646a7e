"""The words of Summit Desk's errors and reports, in Persian and English.

The window's own labels go through Qt's translation files; these are the texts that services and
the command line produce, so they live in the domain and need no Qt.
"""

from __future__ import annotations

from typing import Any

from summit_desk.domain.persian import to_persian_digits
from summit_desk.domain.photo_messages import PHOTO_MESSAGES
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
    # database and set-up
    "db.unavailable": {
        "en": "The database {target} cannot be opened: {reason}",
        "fa": "پایگاه داده {target} باز نمی‌شود: {reason}",
    },
    "db.too_new": {
        "en": "The database {target} was written by a newer Summit Desk (schema {found}); "
        "update this program",
        "fa": "پایگاه داده {target} با نسخهٔ جدیدتر Summit Desk ساخته شده (طرح {found})؛ "
        "این برنامه را به‌روز کنید",
    },
    "db.bad_url": {
        "en": "'{target}' is neither a file path nor a database URL",
        "fa": "«{target}» نه مسیر فایل است و نه نشانی پایگاه داده",
    },
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
    # import
    "import.rejected": {
        "en": "Nothing was imported from {path}: {count} problem(s) must be fixed first.",
        "fa": "هیچ ردیفی از {path} وارد نشد: نخست باید {count} مشکل برطرف شود.",
    },
    "import.where": {
        "en": "row {row}, column {column}",
        "fa": "ردیف {row}، ستون {column}",
    },
    "import.more_problems": {
        "en": "… and {count} more",
        "fa": "… و {count} مشکل دیگر",
    },
    "import.empty": {
        "en": "The file has a header but no rows",
        "fa": "فایل سرستون دارد ولی هیچ ردیفی ندارد",
    },
    "import.no_header": {
        "en": "The file is empty: the first row must be the header",
        "fa": "فایل خالی است: ردیف نخست باید سرستون‌ها باشد",
    },
    "import.missing_column": {
        "en": "the required column '{name}' is missing",
        "fa": "ستون الزامی «{name}» وجود ندارد",
    },
    "import.unknown_column": {
        "en": "the column '{name}' is not one of the import columns: {known}",
        "fa": "ستون «{name}» از ستون‌های ورود نیست: {known}",
    },
    "import.duplicate_column": {
        "en": "the column '{name}' appears twice",
        "fa": "ستون «{name}» دو بار آمده است",
    },
    "import.no_name": {
        "en": "the row has no name: fill in given_name_fa and family_name_fa, "
        "or given_name_latin and family_name_latin",
        "fa": "ردیف نامی ندارد: نام و نام خانوادگی فارسی یا لاتین را پر کنید",
    },
    "import.required": {
        "en": "a value is required",
        "fa": "این مقدار الزامی است",
    },
    "import.unknown_category": {
        "en": "'{value}' is not a category; use one of {known}",
        "fa": "«{value}» دسته‌ای شناخته‌شده نیست؛ یکی از این‌ها را به کار ببرید: {known}",
    },
    "import.unknown_country": {
        "en": "'{value}' is not a country of this event; use one of {known}",
        "fa": "«{value}» کشوری از این رویداد نیست؛ یکی از این‌ها را به کار ببرید: {known}",
    },
    "import.unknown_delegation": {
        "en": "'{value}' is not a delegation of this event; the delegations are: {known} "
        "(or import with --create-delegations)",
        "fa": "«{value}» هیئتی از این رویداد نیست؛ هیئت‌ها: {known} "
        "(یا با --create-delegations وارد کنید)",
    },
    "import.delegation_country": {
        "en": "the delegation '{value}' belongs to {actual}, not {given}",
        "fa": "هیئت «{value}» از {actual} است، نه {given}",
    },
    "import.bad_rank": {
        "en": "'{value}' is not a rank: use a whole number from 1 to 999",
        "fa": "«{value}» رتبه نیست: عددی صحیح از ۱ تا ۹۹۹ بنویسید",
    },
    "import.bad_email": {
        "en": "'{value}' is not an e-mail address",
        "fa": "«{value}» نشانی رایانامه نیست",
    },
    "import.too_long": {
        "en": "the value is {length} characters long; at most {limit} fit",
        "fa": "طول مقدار {length} نویسه است؛ بیشینه {limit} نویسه است",
    },
    "import.control_char": {
        "en": "the value contains the control character {char}",
        "fa": "مقدار نویسهٔ کنترلی {char} را دارد",
    },
    "import.duplicate_ref": {
        "en": "the ref '{value}' also appears on row {other}",
        "fa": "شناسهٔ «{value}» در ردیف {other} هم آمده است",
    },
    "import.encoding": {
        "en": "the file is neither UTF-8 nor Windows-1256 (Arabic Windows); save it as "
        "'CSV UTF-8' and try again",
        "fa": "رمزگذاری فایل نه UTF-8 است و نه Windows-1256؛ آن را با قالب «CSV UTF-8» "
        "ذخیره کنید و دوباره امتحان کنید",
    },
    "import.xlsx_invalid": {
        "en": "the file is not a readable Excel workbook: {reason}",
        "fa": "فایل یک کارپوشهٔ اکسل خوانا نیست: {reason}",
    },
    "import.too_many_rows": {
        "en": "the file has {count} rows; at most {limit} can be imported at once",
        "fa": "فایل {count} ردیف دارد؛ در هر بار حداکثر {limit} ردیف وارد می‌شود",
    },
    "import.duplicate_name": {
        "en": "likely duplicate: {name} in {delegation} is also {other}",
        "fa": "احتمالاً تکراری: {name} در {delegation} همان {other} است",
    },
    "import.duplicate_name_row": {
        "en": "likely duplicate: {name} in {delegation} also appears on row {other}",
        "fa": "احتمالاً تکراری: {name} در {delegation} در ردیف {other} هم آمده است",
    },
    "import.missing_name_columns": {
        "en": "the name columns are missing: the file needs given_name_fa and family_name_fa, "
        "or given_name_latin and family_name_latin",
        "fa": "ستون‌های نام وجود ندارند: فایل باید ستون‌های نام و نام خانوادگی فارسی "
        "(given_name_fa و family_name_fa) یا لاتین (given_name_latin و family_name_latin) "
        "را داشته باشد",
    },
    "import.unnamed_column": {
        "en": "this cell has a value but its column has no header",
        "fa": "این خانه مقدار دارد ولی ستون آن سرستون ندارد",
    },
    "import.replacement_char": {
        "en": "the value contains U+FFFD (\ufffd), the mark of text that was garbled before it "
        "reached this file; type the text again",
        "fa": "مقدار نویسهٔ U+FFFD (\ufffd) را دارد که نشان می‌دهد متن پیش از رسیدن به این فایل "
        "خراب شده است؛ متن را دوباره بنویسید",
    },
    "import.file_too_large": {
        "en": "the file is {size} MB; at most {limit} MB can be imported",
        "fa": "حجم فایل {size} مگابایت است؛ حداکثر {limit} مگابایت وارد می‌شود",
    },
    "import.xlsx_unsafe": {
        "en": "Excel files cannot be read safely because the defusedxml package is missing; "
        "reinstall Summit Desk or save the file as 'CSV UTF-8'",
        "fa": "فایل‌های اکسل بدون بستهٔ defusedxml با ایمنی خوانده نمی‌شوند؛ Summit Desk را "
        "دوباره نصب کنید یا فایل را با قالب «CSV UTF-8» ذخیره کنید",
    },
    "import.summary": {
        "en": "{path}: {rows} row(s) imported: {created} new, {updated} updated, "
        "{unchanged} unchanged",
        "fa": "{path}: {rows} ردیف وارد شد: {created} نفر تازه، {updated} به‌روزرسانی، "
        "{unchanged} بدون تغییر",
    },
    "import.dry_run_summary": {
        "en": "Trial run, nothing was changed. {path}: {rows} row(s) are valid and would give "
        "{created} new, {updated} updated, {unchanged} unchanged",
        "fa": "اجرای آزمایشی، چیزی تغییر نکرد. {path}: {rows} ردیف درست است و {created} نفر "
        "تازه، {updated} به‌روزرسانی و {unchanged} بدون تغییر خواهد داشت",
    },
    "import.conflict": {
        "en": "another desk changed the list of people during the import; nothing was imported, "
        "run the import again",
        "fa": "در حین ورود، میز دیگری فهرست افراد را تغییر داد؛ چیزی وارد نشد، ورود را دوباره "
        "اجرا کنید",
    },
    "import.created_delegations": {
        "en": "new delegations: {codes}",
        "fa": "هیئت‌های تازه: {codes}",
    },
    "import.created_countries": {
        "en": "new countries: {codes}",
        "fa": "کشورهای تازه: {codes}",
    },
    # export
    "export.kind": {
        "en": "'{kind}' cannot be exported; choose people or attendance",
        "fa": "«{kind}» قابل خروجی گرفتن نیست؛ people یا attendance را برگزینید",
    },
    "export.day": {
        "en": "{day} is not a day of the event; the days are: {known}",
        "fa": "{day} از روزهای رویداد نیست؛ روزها: {known}",
    },
    "export.done": {
        "en": "{rows} row(s) written to {path}",
        "fa": "{rows} ردیف در {path} نوشته شد",
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
    "badge.reason_required": {
        "en": "Give a reason: it is kept with the badge and in the audit log",
        "fa": "دلیلی بنویسید: همراه کارت و در گزارش ممیزی نگه داشته می‌شود",
    },
    "operator.pin_format": {
        "en": "A PIN is at least {minimum} digits",
        "fa": "رمز دست‌کم {minimum} رقم است",
    },
    "operator.exists": {
        "en": "There is already an operator called '{name}'",
        "fa": "کاربری با نام «{name}» از پیش هست",
    },
    "operator.bad_pin": {
        "en": "The name or PIN of '{name}' is not right, or the operator may not do this",
        "fa": "نام یا رمز «{name}» درست نیست، یا این کاربر اجازهٔ این کار را ندارد",
    },
    "import.ref_exists": {
        "en": "the ref '{value}' belongs to someone already registered; find them at the desk",
        "fa": "شناسهٔ «{value}» از آنِ فردی است که پیش‌تر ثبت شده؛ او را در میز پذیرش بیابید",
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
    "placecards.none": {
        "en": "Nobody is seated in {session} yet: there are no place cards to print",
        "fa": "هنوز کسی در {session} جای داده نشده است؛ کارت رومیزی برای چاپ وجود ندارد",
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
}


# First strong isolate .. pop directional isolate: a name, file or value inside a Persian message
# keeps its own direction and does not decide the paragraph's. Without it «not-an-email» at the
# start of a message makes the whole line left to right, with its quotes on the wrong sides.
_FSI, _PDI = "\u2068", "\u2069"

MESSAGES.update(SEATING_MESSAGES)
MESSAGES.update(PHOTO_MESSAGES)


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
