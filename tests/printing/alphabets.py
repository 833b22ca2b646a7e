"""The letters of the summit's five alphabets and the names the printing tests draw."""

from __future__ import annotations

PERSIAN_LETTERS = "ءآأؤئابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیۀ"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
RUSSIAN_LETTERS = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
KAZAKH_EXTRA_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
AZERBAIJANI_LETTERS = "ABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZabcçdeəfgğhxıijkqlmnoöprsştuüvyz"
TURKMEN_LETTERS = "AÄBÇDEFGHIJŽKLMNŇOÖPRSŞTUÜWYÝZaäbçdefghijžklmnňoöprsştuüwyýz"

ALPHABETS = {
    "Persian": PERSIAN_LETTERS + PERSIAN_DIGITS,
    "Russian": RUSSIAN_LETTERS,
    "Kazakh": KAZAKH_EXTRA_LETTERS,
    "Azerbaijani": AZERBAIJANI_LETTERS,
    "Turkmen": TURKMEN_LETTERS,
}

# (language key of tests/support/ocr.py, name as a delegation sends it)
NAMES = [
    ("fa", "علی‌اکبر رحیمی"),
    ("fa", "ژاله گلپایگانی"),
    ("fa", "محمدرضا کاظم‌زاده"),
    ("fa", "هیئت اعزامی استان مازندران"),
    ("fa", "چنگیز لاله‌زاری"),
    ("ru", "Игорь Бабушкин"),
    ("ru", "Астраханская область"),
    ("kk", "Нұрлан Ноғаев"),
    ("kk", "Әлихан Бөкейхан"),
    ("kk", "Маңғыстау облысы"),
    ("kk", "Шаһизада Үмбетқызы"),
    ("kk", "Іле Алатауы"),
    ("az", "Lənkəran"),
    ("az", "Rəşad Ağayev"),
    ("az", "Sumqayıt şəhəri"),
    ("az", "Çingiz Ömərov"),
    ("tk", "Balkan welaýaty"),
    ("tk", "Serdar Annaýew"),
    ("tk", "Türkmenbaşy Ýaňy Žeňiş"),
    ("fa+en", "استاندار گیلان (Gilan) ۱۴۰۴"),
    ("fa+en", "هیئت Baku - 2025"),
]

LONG_PERSIAN_TITLE = "نخستین اجلاس استانداران استان‌های ساحلی کشورهای حاشیه دریای خزر"
