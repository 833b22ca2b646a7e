"""The words of desks that outlive the LAN (issue #8, item 1): the local journal, merging it
when the server is back, and journal files carried between desks on a USB stick, in Persian
and English; ``messages.MESSAGES`` takes them in, so ``render`` and the errors find them.
"""

from __future__ import annotations

JOURNAL_MESSAGES: dict[str, dict[str, str]] = {
    "action.journal_merge": {
        "en": "merge another desk's journal",
        "fa": "ادغام دفتر ورود میز دیگر",
    },
    "journal.no_file": {
        "en": "There is no journal file at {path}",
        "fa": "در {path} پروندهٔ دفتر ورود نیست",
    },
    "journal.bad_file": {
        "en": "{path} is not a Summit Desk journal file (journal export writes one); "
        "nothing was merged",
        "fa": "{path} پروندهٔ دفتر ورود میز اجلاس نیست (فرمان journal export آن را می‌سازد)؛ "
        "چیزی ادغام نشد",
    },
    "journal.other_event": {
        "en": "{path} is the journal of event {event}, not of {ours}; nothing was merged",
        "fa": "{path} دفتر ورود رویداد {event} است، نه {ours}؛ چیزی ادغام نشد",
    },
    "journal.exported": {
        "en": "{count} journal entries written to {path}",
        "fa": "{count} ورودی دفتر در {path} نوشته شد",
    },
    "journal.merged": {
        "en": "{read} entries read: {added} added, {known} already here, "
        "{unmatched} naming people this database does not have (kept out)",
        "fa": "{read} ورودی خوانده شد: {added} افزوده شد، {known} از پیش بود، "
        "{unmatched} نام کسانی را دارد که در این پایگاه نیستند (افزوده نشد)",
    },
    "journal.merged_audit": {
        "en": "Audit log: {added} entries added, {known} already here",
        "fa": "گزارش ممیزی: {added} مورد افزوده شد، {known} از پیش بود",
    },
    "journal.double_admissions": {
        "en": "{count} people were admitted twice while the desks were apart: "
        "see the dashboard's list",
        "fa": "{count} نفر هنگام جدایی میزها دو بار پذیرفته شدند: فهرست پیشخوان را ببینید",
    },
    "journal.offline": {
        "en": "The server {target} is out of reach: this desk works on its local journal "
        "({waiting} entries waiting)",
        "fa": "سرور {target} در دسترس نیست: این میز با دفتر محلی کار می‌کند "
        "({waiting} ورودی در انتظار)",
    },
    "journal.offline_read_only": {
        "en": "The server {target} is out of reach: offline, this desk checks people in but "
        "changes no person, badge, seat or setting until the server is back",
        "fa": "سرور {target} در دسترس نیست: این میز برون‌خط فقط ورود افراد را ثبت می‌کند و تا "
        "بازگشت سرور هیچ فرد، کارت، صندلی یا تنظیمی را تغییر نمی‌دهد",
    },
    "journal.no_mirror": {
        "en": "The server {target} is out of reach and this desk has no local copy of its "
        "people yet: connect once while the server is up",
        "fa": "سرور {target} در دسترس نیست و این میز هنوز رونوشت محلی افراد را ندارد: "
        "یک بار هنگام دسترسی به سرور وصل شوید",
    },
    "checkin.server_unreachable": {
        "en": "The server {target} does not answer: no code was checked in. Check the desk's "
        "network, or scan at a desk window, which goes on with its local journal while the "
        "server is away",
        "fa": "سرور {target} پاسخ نمی‌دهد: هیچ کدی ثبت ورود نشد. شبکهٔ میز را بررسی کنید، یا با "
        "پنجرهٔ میز اسکن کنید که تا بازگشت سرور با دفتر محلی خود کار می‌کند",
    },
    "checkin.server_lost": {
        "en": "The server {target} stopped answering at {scanned}: {scanned} may not be "
        "checked in, and the codes after it were not (the codes above were answered). Scan "
        "them again once the server answers (a code already in says so), or at a desk window",
        "fa": "سرور {target} هنگام {scanned} از پاسخ ماند: شاید {scanned} ثبت ورود نشده باشد "
        "و کدهای پس از آن ثبت نشدند (پاسخ کدهای بالا داده شده است). پس از بازگشت سرور "
        "دوباره اسکنشان کنید (کدی که پیش‌تر ثبت شده همین را می‌گوید) یا با پنجرهٔ میز",
    },
}
