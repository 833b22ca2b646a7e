"""The words of a desk that loses nothing and leaks nothing (issue #8, items 2 to 5): a database
file that changed under the desk, a read-only or full disk, backups, private settings and
imports too large to be a list of people. ``messages.MESSAGES`` takes them in.

Kept apart so that messages.py stays a readable size.
"""

from __future__ import annotations

SAFETY_MESSAGES: dict[str, dict[str, str]] = {
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
    "db.replaced": {
        "en": "The database {target} is no longer the file this desk opened (it was deleted, "
        "moved or replaced); the desk has stopped writing. Nothing since then was recorded: "
        "close the desk and open it again on the right file",
        "fa": "پایگاه داده {target} دیگر همان فایلی نیست که این میز باز کرده بود (پاک، جابه‌جا یا "
        "جایگزین شده)؛ میز نوشتن را متوقف کرد و از آن پس چیزی ثبت نشده است. میز را ببندید و "
        "دوباره با فایل درست باز کنید",
    },
    "db.orphan_wal": {
        "en": "Beside {target} there is a journal file {wal} but no database: it may hold the "
        "last check-ins of another file. Put the database back beside it, or move {wal} away",
        "fa": "کنار {target} فایل ژورنال {wal} هست اما پایگاه داده نیست: شاید آخرین ورودهای فایلی "
        "دیگر در آن باشد. پایگاه داده را کنارش برگردانید یا {wal} را جابه‌جا کنید",
    },
    "db.foreign_wal": {
        "en": "The journal file {wal} does not belong to {target} (it would damage it); "
        "nothing was changed. Move {wal} away, or put it back beside its own database",
        "fa": "فایل ژورنال {wal} از آنِ {target} نیست (آن را خراب می‌کرد)؛ چیزی تغییر نکرد. "
        "{wal} را جابه‌جا کنید یا کنار پایگاه دادهٔ خودش بگذارید",
    },
    "db.network_fs": {
        "en": "{target} is on a network file system ({kind}), where SQLite's locks do not hold "
        "and check-ins can be lost; copy it to a local disk, or use a PostgreSQL server for "
        "several desks",
        "fa": "{target} روی سامانهٔ فایل شبکه‌ای ({kind}) است که قفل‌های SQLite در آن کار نمی‌کند "
        "و ورودها ممکن است گم شوند؛ آن را به دیسک محلی ببرید یا برای چند میز از سرور "
        "PostgreSQL استفاده کنید",
    },
    "db.read_only": {
        "en": "The database {target} is read-only: nothing can be recorded. Check the file's "
        "permissions or the disk (a locked USB stick?)",
        "fa": "پایگاه داده {target} فقط‌خواندنی است و چیزی ثبت نمی‌شود. مجوزهای فایل یا دیسک را "
        "بررسی کنید (حافظهٔ USB قفل است؟)",
    },
    "db.disk_full": {
        "en": "The disk of the database {target} is full: the last change was not recorded. "
        "Free some space, then try again",
        "fa": "دیسک پایگاه داده {target} پر است و آخرین تغییر ثبت نشد. جا باز کنید و دوباره "
        "امتحان کنید",
    },
    "backup.done": {
        "en": "Backed up {target} to {path} ({size} kB, integrity checked)",
        "fa": "از {target} در {path} پشتیبان گرفته شد ({size} کیلوبایت، درستی آن بررسی شد)",
    },
    "backup.server": {
        "en": "{target} is a PostgreSQL server: back it up with pg_dump, as the README's "
        "'Backups' section shows",
        "fa": "{target} سرور PostgreSQL است: با pg_dump از آن پشتیبان بگیرید، همان‌گونه که بخش "
        "«Backups» در README می‌گوید",
    },
    "backup.failed": {
        "en": "The backup {path} failed its integrity check ({reason}); it was not kept",
        "fa": "پشتیبان {path} از بررسی درستی رد شد ({reason}) و نگه داشته نشد",
    },
    "demo.server_force": {
        "en": "{target} is a PostgreSQL server shared by every desk; replacing its event deletes "
        "every check-in and the audit log with no copy. Take a pg_dump first, then add "
        "--yes-wipe-server-database",
        "fa": "{target} سرور PostgreSQL مشترک همهٔ میزهاست و جایگزینی رویداد آن همهٔ ورودها و "
        "گزارش ممیزی را بی‌هیچ نسخه‌ای پاک می‌کند. نخست pg_dump بگیرید، سپس "
        "--yes-wipe-server-database را بیفزایید",
    },
    "import.too_many_columns": {
        "en": "The file has {count} columns, more than the {limit} a list of people may have",
        "fa": "فایل {count} ستون دارد، بیش از {limit} ستونی که فهرست افراد می‌تواند داشته باشد",
    },
    "import.too_slow": {
        "en": "Reading {path} took more than {limit} seconds or {memory} MB of memory; "
        "it was stopped and nothing was changed",
        "fa": "خواندن {path} بیش از {limit} ثانیه یا {memory} مگابایت حافظه گرفت؛ متوقف شد و "
        "چیزی تغییر نکرد",
    },
}
