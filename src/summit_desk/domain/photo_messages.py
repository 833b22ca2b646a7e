"""The words of holders' photos (issue #11): the folder import, its refusals and the badge's photo
slot, in Persian and English; ``messages.MESSAGES`` takes them in, so ``render`` and the errors
find them by code.

Kept apart so that messages.py stays a readable size.
"""

from __future__ import annotations

PHOTO_MESSAGES: dict[str, dict[str, str]] = {
    # one file refused, and why
    "photo.not_image": {
        "en": "{file}: not an image (its content is neither JPEG nor PNG, whatever its name says)",
        "fa": "{file}: تصویر نیست (محتوای آن نه JPEG است نه PNG، هرچه نامش بگوید)",
    },
    "photo.bad_format": {
        "en": "{file}: a {format} image; only JPEG and PNG photos are accepted, save it as JPEG",
        "fa": "{file}: تصویر {format} است؛ تنها عکس JPEG و PNG پذیرفته می‌شود، آن را JPEG "
        "ذخیره کنید",
    },
    "photo.too_many_pixels": {
        "en": "{file}: {width} × {height} pixels, more than the {limit} megapixels a photo may "
        "have; make it smaller",
        "fa": "{file}: {width} × {height} پیکسل، بیش از {limit} مگاپیکسلی که یک عکس می‌تواند "
        "داشته باشد؛ آن را کوچک کنید",
    },
    "photo.too_small": {
        "en": "{file}: {width} × {height} pixels, too small for a badge (at least {min_width} × "
        "{min_height})",
        "fa": "{file}: {width} × {height} پیکسل، برای کارت شناسایی کوچک است (دست‌کم "
        "{min_width} × {min_height})",
    },
    "photo.too_large": {
        "en": "{file}: {size} MB, more than the {limit} MB a photo file may be",
        "fa": "{file}: {size} مگابایت، بیش از {limit} مگابایتی که فایل عکس می‌تواند باشد",
    },
    "photo.damaged": {
        "en": "{file}: the image is damaged and cannot be read ({reason})",
        "fa": "{file}: تصویر آسیب دیده و خوانده نمی‌شود ({reason})",
    },
    "photo.two_files": {
        "en": "{file}: {ref} has more than one photo in the folder ({files}); keep one",
        "fa": "{file}: {ref} بیش از یک عکس در پوشه دارد ({files})؛ یکی را نگه دارید",
    },
    "photo.bad_crop": {
        "en": "The crop box {box} does not lie inside the {width} × {height} photo",
        "fa": "کادر برش {box} درون عکس {width} × {height} نیست",
    },
    # the folder
    "photo.folder_missing": {
        "en": "{path} is not a folder",
        "fa": "{path} پوشه نیست",
    },
    "photo.folder_empty": {
        "en": "{path} holds no photo files (.jpg, .jpeg or .png named after a ref, e.g. "
        "AST-001.jpg)",
        "fa": "{path} هیچ فایل عکسی ندارد (.jpg، .jpeg یا .png به نام شناسهٔ هر نفر، مانند "
        "AST-001.jpg)",
    },
    "photo.summary": {
        "en": "Imported {imported} photos from {path} ({replaced} replaced an earlier photo)",
        "fa": "{imported} عکس از {path} وارد شد ({replaced} عکس پیشین جایگزین شد)",
    },
    "photo.dry_run_summary": {
        "en": "Checked {path}: {imported} photos would be imported ({replaced} would replace an "
        "earlier photo); nothing was changed",
        "fa": "{path} بررسی شد: {imported} عکس وارد می‌شود ({replaced} عکس پیشین جایگزین "
        "می‌شود)؛ چیزی تغییر نکرد",
    },
    "photo.rejected": {
        "en": "Nothing was imported from {path}: {count} files were refused; fix or remove "
        "them and import again",
        "fa": "از {path} چیزی وارد نشد: {count} فایل پذیرفته نشد؛ آن‌ها را درست یا حذف کنید و "
        "دوباره وارد کنید",
    },
    "photo.refused_files": {
        "en": "Refused files ({count}):",
        "fa": "فایل‌های پذیرفته‌نشده ({count}):",
    },
    "photo.without_person": {
        "en": "Photos without a person ({count}, left out): {files}",
        "fa": "عکس‌های بی‌صاحب ({count}، کنار گذاشته شد): {files}",
    },
    "photo.people_without": {
        "en": "People without a photo ({count}): {refs}",
        "fa": "افراد بی‌عکس ({count}): {refs}",
    },
    # printing
    "photo.required": {
        "en": "The layout {layout} needs a photo on every badge; these people have none: {refs}. "
        "Import their photos first (summit-desk photos import FOLDER)",
        "fa": "قالب {layout} روی هر کارت عکس می‌خواهد؛ این افراد عکس ندارند: {refs}. نخست "
        "عکسشان را وارد کنید (summit-desk photos import FOLDER)",
    },
    "action.photos": {"en": "import photos", "fa": "ورود عکس‌ها"},
    "action.replace_photo": {"en": "replace a photo", "fa": "جایگزین کردن عکس"},
}
