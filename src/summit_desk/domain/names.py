"""Names as the desk types them and as the summit's lists write them.

Three things live here:

* ``search_key`` folds a name so that the desk finds a person however it is typed: Arabic or
  Persian letter variants, Persian or Arabic digits, with or without the half-space (ZWNJ),
  with or without diacritics, in any case, and Cyrillic in Latin letters (translit.py), so
  "babushkin" finds «Бабушкин» and «бабушкин» finds "Babushkin". The stored, displayed name is
  never changed.
* ``refuse_bidi_controls`` rejects the explicit directional controls that can make a name
  display as something else than it is (the "Trojan Source" trick) before anything is stored.
* ``persian_sort_key`` orders names in the Persian alphabet (پ after ب, چ after ج, ژ after ز,
  گ after ک), which code-point order gets wrong, with Latin and Cyrillic after it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from summit_desk.domain.errors import InvalidText
from summit_desk.domain.translit import has_cyrillic, latin_spellings, to_latin

# Explicit embeddings/overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI).
BIDI_CONTROLS = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))

ZWNJ = "\u200c"
ZWJ = "\u200d"
TATWEEL = "\u0640"

# Letters that Arabic keyboards and documents use where Persian has its own form, and forms
# that only differ in a final or isolated shape. Each folds to the one the desk most likely types.
_LETTER_FOLDS = {
    "\u064a": "\u06cc",  # ي Arabic yeh -> ی
    "\u0649": "\u06cc",  # ى alef maksura -> ی
    "\u06d2": "\u06cc",  # ے yeh barree -> ی
    "\u0643": "\u06a9",  # ك Arabic kaf -> ک
    "\u0629": "\u0647",  # ة teh marbuta -> ه
    "\u06c0": "\u0647",  # ۀ heh with yeh above -> ه
    "\u06d5": "\u0647",  # ە ae -> ه
    "\u0623": "\u0627",  # أ -> ا
    "\u0625": "\u0627",  # إ -> ا
    "\u0622": "\u0627",  # آ -> ا
    "\u0671": "\u0627",  # ٱ -> ا
    "\u0624": "\u0648",  # ؤ -> و
    "\u0626": "\u06cc",  # ئ -> ی
    # Letters that NFKD would not take apart but that searchers type without the mark.
    "\u0131": "i",  # ı dotless i (Azerbaijani, Turkmen)
    "\u0259": "a",  # ə schwa (Azerbaijani): passports write it a (Məmmədov -> Mammadov)
    "\u018f": "a",  # Ə
    "\u00df": "ss",
    "\u0111": "d",
    "\u0142": "l",
    "\u00f8": "o",
    "\u00e6": "ae",
    # Kazakh letters with no decomposition, folded to the Russian letter a Russian keyboard types.
    "\u04d9": "\u0430",  # ә -> а
    "\u0493": "\u0433",  # ғ -> г
    "\u049b": "\u043a",  # қ -> к
    "\u04a3": "\u043d",  # ң -> н
    "\u04e9": "\u043e",  # ө -> о
    "\u04b1": "\u0443",  # ұ -> у
    "\u04af": "\u0443",  # ү -> у
    "\u04bb": "\u0445",  # һ -> х
    "\u0456": "\u0438",  # і -> и
    "\u0451": "\u0435",  # ё -> е
}

# Persian (U+06F0..) and Arabic-Indic (U+0660..) digits fold to ASCII.
_DIGIT_FOLDS = {chr(base + d): str(d) for base in (0x06F0, 0x0660) for d in range(10)}

_FOLD_TABLE = str.maketrans({**_LETTER_FOLDS, **_DIGIT_FOLDS})

# Characters a search key drops: joiners, tatweel, and anything that is not a letter or digit
# (spaces, hyphens, dots, apostrophes), so "Ali-Akbar", "Ali Akbar" and "AliAkbar" all match.
_DROPPED = frozenset({ZWNJ, ZWJ, TATWEEL, "\u200e", "\u200f", "\ufeff", *BIDI_CONTROLS})


# Invisible characters that carry nothing in a stored value: the byte-order mark, zero-width
# space, word joiner, Mongolian vowel separator and the implicit direction marks. Kept, they
# make "GIL-001" and "GIL-\u200b001" two refs, and so two people with two valid badges. ZWNJ and
# ZWJ stay: Persian spelling needs them.
INVISIBLE = frozenset("\ufeff\u200b\u2060\u180e\u200e\u200f")


def drop_invisible(text: str) -> str:
    return "".join(c for c in text if c not in INVISIBLE) if INVISIBLE & set(text) else text


def clean_ref(text: str) -> str:
    """An identifier as stored: without any format character (joiners, marks, bidi controls,
    BOM), which no ref means to hold, so a ref pasted from a web page is the same ref."""
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def refuse_bidi_controls(text: str, field: str = "") -> str:
    """Return ``text`` unchanged, or raise when it hides a directional override or isolate."""
    for index, char in enumerate(text):
        if char in BIDI_CONTROLS:
            raise InvalidText(
                "bidi_control",
                field=field,
                char=f"U+{ord(char):04X}",
                position=index + 1,
            )
    return text


def clean_input(text: str | None, field: str = "") -> str:
    """The stored form of an entered value: NFC, trimmed, inner runs of spaces collapsed.

    The letters stay exactly as entered (an Arabic ي stays ي): only the search key folds them.
    """
    if text is None:
        return ""
    refuse_bidi_controls(text, field)
    text = unicodedata.normalize("NFC", drop_invisible(text))
    return " ".join(text.split())


def _fold_char_stream(text: str) -> Iterable[str]:
    # NFKD splits accented letters and Arabic presentation forms into base + marks;
    # the marks (category Mn) are then dropped.
    for char in unicodedata.normalize("NFKD", text.translate(_FOLD_TABLE)):
        if char in _DROPPED or unicodedata.category(char) == "Mn":
            continue
        yield char


@lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """Fold one piece of text for comparison: letters, digits and single spaces, lower case.

    Cached: an import or the demo folds the same delegation names and given names many times.
    """
    folded = "".join(_fold_char_stream(text)).casefold().translate(_FOLD_TABLE)
    words = ("".join(c for c in word if c.isalnum()) for word in folded.split())
    return " ".join(w for w in words if w)


@lru_cache(maxsize=65_536)
def _field_keys(text: str) -> tuple[str, ...]:
    """A field's parts of the search key: folded without spaces or, for Cyrillic, in each
    Latin spelling folded so (the passport's first, which a Cyrillic query is read in)."""
    if not has_cyrillic(text):
        folded = fold(text).replace(" ", "")
        return (folded,) if folded else ()
    keys = (fold(s).replace(" ", "") for s in latin_spellings(text))
    return tuple(dict.fromkeys(k for k in keys if k))


def search_key(*fields: str | None) -> str:
    """The stored search key of a person: each field folded, without spaces, joined by a space.

    Spaces inside a field are removed so that «علی‌اکبر», «علی اکبر» and «علیاکبر» share one
    key; the space between fields stops a query from matching across two different fields.
    A Cyrillic field is there in its Latin spellings instead (translit.py).
    """
    return " ".join(part for f in fields if f for part in _field_keys(f))


def search_terms(query: str) -> list[str]:
    """The desk's query as terms: each must be found, in any order, inside the search key.
    Cyrillic is read in the passport's Latin letters, as the key holds it."""
    words = (fold(to_latin(w)) if has_cyrillic(w) else fold(w) for w in query.split())
    return [t for t in words if t]


def name_tokens(*fields: str | None) -> set[str]:
    """Every folded word of the fields, for prefix look-ups of one- and two-letter queries
    (a Cyrillic field in each of its Latin spellings)."""
    tokens: set[str] = set()
    for f in fields:
        if f:
            for spelling in latin_spellings(f) if has_cyrillic(f) else (f,):
                folded = fold(spelling)
                tokens.update(folded.split())
                tokens.add(folded.replace(" ", ""))
    tokens.discard("")
    return tokens


# --- Persian alphabetical order -------------------------------------------------------------

_PERSIAN_ALPHABET = (
    "آ",
    "ا",
    "ب",
    "پ",
    "ت",
    "ث",
    "ج",
    "چ",
    "ح",
    "خ",
    "د",
    "ذ",
    "ر",
    "ز",
    "ژ",
    "س",
    "ش",
    "ص",
    "ض",
    "ط",
    "ظ",
    "ع",
    "غ",
    "ف",
    "ق",
    "ک",
    "گ",
    "ل",
    "م",
    "ن",
    "و",
    "ه",
    "ی",
)


def _persian_rank() -> dict[str, int]:
    rank: dict[str, int] = {}
    for i, letter in enumerate(_PERSIAN_ALPHABET):
        rank[letter] = i
    # Variants sort with the letter they stand for.
    for variant, base in _LETTER_FOLDS.items():
        if base in rank and variant not in rank:
            rank[variant] = rank[base]
    return rank


_PERSIAN_RANK = _persian_rank()

# A sort key is a sequence of 16-bit units: a group, then the letter's place in it.
# Groups: digits, Persian letters, Latin letters, Cyrillic letters, anything else.
_GROUP_SPACE, _GROUP_DIGIT, _GROUP_PERSIAN, _GROUP_LATIN, _GROUP_CYRILLIC, _GROUP_OTHER = range(6)


def _unit(char: str) -> tuple[int, int]:
    if char == " ":
        return (_GROUP_SPACE, 0)
    if char.isdigit():
        return (_GROUP_DIGIT, int(unicodedata.digit(char, 0)))
    if char in _PERSIAN_RANK:
        return (_GROUP_PERSIAN, _PERSIAN_RANK[char])
    code = ord(char)
    if char.isascii() and char.isalpha():
        return (_GROUP_LATIN, code)
    if 0x0400 <= code <= 0x04FF:
        return (_GROUP_CYRILLIC, code)
    if unicodedata.category(char).startswith("L"):
        # Accented Latin and other letters: by their base letter, after it.
        base = unicodedata.normalize("NFKD", char)[0]
        if base.isascii():
            return (_GROUP_LATIN, ord(base))
        return (_GROUP_OTHER, code)
    return (_GROUP_OTHER, code)


def persian_sort_key(*fields: str | None) -> bytes:
    """Bytes that sort in Persian alphabetical order under plain byte comparison.

    Bytes rather than a string so that SQLite (BLOB memcmp) and PostgreSQL (bytea) order it the
    same way whatever collation the server was set up with.
    """
    text = " ".join(f for f in fields if f)
    out = bytearray()
    for char in unicodedata.normalize("NFC", text.translate({ord(ZWNJ): None})).casefold():
        if char in _DROPPED or unicodedata.category(char) == "Mn":
            continue
        group, place = _unit(char)
        out += bytes((group,)) + place.to_bytes(3, "big")
    return bytes(out)
