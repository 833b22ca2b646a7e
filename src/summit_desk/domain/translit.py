"""Cyrillic names in Latin letters, so that the desk finds a Russian or Kazakh delegate however
the name was registered and however it is typed (issue #9, item 12).

A Russian delegate's name often reaches the secretariat in one script only: «Бабушкин» from
the delegation's own list, "Babushkin" from a passport copy. The search key (names.py) holds a
Cyrillic name in Latin letters, and a query typed in Cyrillic is read in Latin letters too, so
either finds the other. Three spellings are kept, because the desk types what it sees:

* the passport's (ICAO Doc 9303, part 3: х kh, ц ts, ш sh, щ shch, ю iu, я ia, й i), which
  a query in Cyrillic is turned into;
* ISO 9 without its diacritics (ж ž → z, ш š → s, х h, ц c, ю û → u, й j): a Latin list
  written to the standard, folded as every Latin name is;
* the spelling of older passports and the press (й y, ю yu, я ya); and for Kazakh names
  their passports' (һ h, ң ng).

Kazakh letters (ә ғ қ ң ө ұ ү һ і) go with the Russian letter a Russian keyboard types for them
in the passport spelling, as names.py folds them, so «нурлан» typed still finds «Нұрлан».

Letters are replaced before names.py folds the result (which would take й apart into и and
a breve, and lose it), so the text is first composed (NFC) and lower-cased.
"""

from __future__ import annotations

import unicodedata

_BASE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    # Ukrainian and Belarusian letters that delegations' lists may carry
    "і": "i", "ї": "i", "є": "ie", "ґ": "g", "ў": "u",
    # Kazakh letters, as their Russian look-alikes (names.py folds them so too)
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "kh",
}  # fmt: skip

ICAO = str.maketrans(_BASE)
ISO9 = str.maketrans(
    {
        **_BASE,
        **{"ж": "z", "й": "j", "х": "h", "ц": "c", "ч": "c", "ш": "s", "щ": "s", "ъ": ""},
        **{"ю": "u", "я": "a", "һ": "h", "ң": "n"},
    }
)
POPULAR = str.maketrans(
    {**_BASE, "й": "y", "ю": "yu", "я": "ya", "ъ": "", "ё": "yo", "һ": "h", "ң": "ng"}
)


def has_cyrillic(text: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in text)


def _lower(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def to_latin(text: str) -> str:
    """Cyrillic in the passport's Latin letters, lower case (anything else is left as it is)."""
    return _lower(text).translate(ICAO)


def latin_spellings(text: str) -> tuple[str, ...]:
    """The passport's, ISO 9's and the popular Latin spelling of ``text``, lower case, the
    passport's first, each once."""
    lower = _lower(text)
    return tuple(dict.fromkeys(lower.translate(t) for t in (ICAO, ISO9, POPULAR)))
