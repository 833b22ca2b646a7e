"""The words of importing and exporting people lists, in Persian and English; ``messages.MESSAGES``
takes them in, so ``render`` and the errors find them by code. Kept apart so that messages.py
stays a readable size.
"""

from __future__ import annotations

IMPORT_MESSAGES: dict[str, dict[str, str]] = {
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
    "import.ref_exists": {
        "en": "the ref '{value}' belongs to someone already registered; find them at the desk",
        "fa": "شناسهٔ «{value}» از آنِ فردی است که پیش‌تر ثبت شده؛ او را در میز پذیرش بیابید",
    },
}
