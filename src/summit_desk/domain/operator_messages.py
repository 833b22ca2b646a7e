"""The words of operators, logins and the tamper-evident record (issue #8, items 6 and 7), in
Persian and English; ``messages.MESSAGES`` takes them in, so ``render`` and the errors find them
by code. Kept apart so that messages.py stays a readable size.
"""

from __future__ import annotations

OPERATOR_MESSAGES: dict[str, dict[str, str]] = {
    "operator.pin_format": {
        "en": "A PIN is at least {minimum} digits, or a password of at least {password} characters",
        "fa": "رمز دست‌کم {minimum} رقم است، یا گذرواژه‌ای دست‌کم {password} نویسه‌ای",
    },
    "operator.exists": {
        "en": "There is already an operator called '{name}'",
        "fa": "کاربری با نام «{name}» از پیش هست",
    },
    "operator.bad_pin": {
        "en": "The name or PIN of '{name}' is not right, or the operator may not do this",
        "fa": "نام یا رمز «{name}» درست نیست، یا این کاربر اجازهٔ این کار را ندارد",
    },
    "operator.locked": {
        "en": "'{name}' is locked out after {failures} wrong PINs; try again in {minutes} min",
        "fa": "«{name}» پس از {failures} رمز نادرست قفل شده است؛ {minutes} دقیقهٔ دیگر دوباره "
        "بکوشید",
    },
    "operator.online_only": {
        "en": "The server {target} is out of reach: operators are added only while it answers "
        "(offline, the desk's operators log in with the PINs they had on the server)",
        "fa": "سرور {target} در دسترس نیست: کاربر تنها هنگامی افزوده می‌شود که سرور پاسخ دهد "
        "(در حالت برون‌خط، کاربران میز با همان رمزی که روی سرور داشتند وارد می‌شوند)",
    },
    "operator.pin_mismatch": {
        "en": "The two PINs are not the same",
        "fa": "دو رمز یکسان نیستند",
    },
    "operator.added": {
        "en": "Operator '{name}' added as {role}",
        "fa": "کاربر «{name}» با نقش {role} افزوده شد",
    },
    "operator.first_admin_needed": {
        "en": "This event has no operators yet: add its admin first with "
        "`summit-desk operators add NAME --role admin`",
        "fa": "این رویداد هنوز کاربری ندارد: نخست مدیر آن را با "
        "`summit-desk operators add NAME --role admin` بیفزایید",
    },
    "operator.demo_accounts": {
        "en": "Demo operators (for rehearsal only, never at a real event): "
        "desk 1111, supervisor 2222, admin 3333",
        "fa": "کاربران نمایشی (فقط برای تمرین، هرگز در رویداد واقعی): "
        "desk 1111، supervisor 2222، admin 3333",
    },
    "action.login": {"en": "log in", "fa": "ورود"},
    "action.unlock": {"en": "unlock another operator's desk", "fa": "باز کردن میز کاربری دیگر"},
    "audit.verified": {
        "en": "{table}: {count} entries, the chain holds (head {head})",
        "fa": "{table}: {count} ورودی، زنجیره سالم است (سر زنجیره {head})",
    },
    "audit.broken": {
        "en": "{table}: entry {entry} is not as it was written ({reason}); "
        "the record was changed at or just before it",
        "fa": "{table}: ورودی {entry} آن‌گونه که نوشته شده نیست ({reason})؛ "
        "سابقه در همین ورودی یا درست پیش از آن دست خورده است",
    },
    "audit.reason.altered": {
        "en": "its contents were changed",
        "fa": "محتوای آن تغییر کرده",
    },
    "audit.reason.link": {
        "en": "an entry before it was inserted, removed or changed",
        "fa": "ورودی‌ای پیش از آن افزوده، حذف یا دگرگون شده",
    },
}
