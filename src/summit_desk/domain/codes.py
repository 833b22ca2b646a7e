"""Badge codes: what the QR code carries and the desk scans.

A code is 130 random bits written in Crockford's base 32 (26 characters of 0-9 and A-Z without
I, L, O and U), prefixed by ``SD``. It holds no personal data and is never derived from a name
or a sequence, so a code cannot be guessed from another. Upper-case digits and letters are all
in the QR alphanumeric mode (5.5 bits a character), which keeps the symbol at version 2 (25×25
modules) at error correction M, small enough to scan from a lanyard.
"""

from __future__ import annotations

import re
import secrets

PREFIX = "SD"
RANDOM_BITS = 130
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_LENGTH = RANDOM_BITS // 5
CODE_LENGTH = len(PREFIX) + _LENGTH
_CODE_RE = re.compile(rf"{PREFIX}[{_ALPHABET}]{{{_LENGTH}}}")

# Crockford's base 32 reads the look-alikes as the digits they resemble.
_LOOKALIKES = str.maketrans({"I": "1", "L": "1", "O": "0"})

# What a keyboard-wedge scanner types for A-Z and 0-9 while the desk's keyboard is set to the
# standard Persian layout (ISIRI 9147): each Persian letter stands for the Latin key under it.
_PERSIAN_LAYOUT = {
    "ش": "A", "ذ": "B", "ز": "C", "ی": "D", "ث": "E", "ب": "F", "ل": "G", "ا": "H", "ه": "I",
    "ت": "J", "ن": "K", "م": "L", "ئ": "M", "د": "N", "خ": "O", "ح": "P", "ض": "Q", "ق": "R",
    "س": "S", "ف": "T", "ع": "U", "ر": "V", "ص": "W", "ط": "X", "غ": "Y", "ظ": "Z",
    "ي": "D", "ك": ";",
}  # fmt: skip
_DIGITS = {chr(base + d): str(d) for base in (0x06F0, 0x0660) for d in range(10)}
_SCAN_FOLD = str.maketrans({**_PERSIAN_LAYOUT, **_DIGITS})


def new_badge_code() -> str:
    value = secrets.randbits(RANDOM_BITS)
    chars = []
    for _ in range(_LENGTH):
        value, digit = divmod(value, 32)
        chars.append(_ALPHABET[digit])
    return PREFIX + "".join(chars)


def is_badge_code(text: str) -> bool:
    return _CODE_RE.fullmatch(text) is not None


def clean_scan(raw: str) -> str:
    """The badge code inside what a scanner typed, or the cleaned text when there is none.

    Scanners add prefixes (``]Q1`` symbology identifiers, a configured ``SCAN:``), trailing
    CR/LF/TAB or other control characters, and under a Persian keyboard layout type Persian
    letters for the Latin keys. The code is found wherever it stands in that noise.
    """
    text = "".join(c for c in raw if c.isprintable() and not c.isspace())
    text = text.translate(_SCAN_FOLD).upper()
    match = _CODE_RE.search(text)
    if match:
        return match.group(0)
    # A code typed by hand may use Crockford's look-alikes (O for 0, I or L for 1).
    if text.startswith(PREFIX):
        fixed = PREFIX + text[len(PREFIX) :].translate(_LOOKALIKES)
        if _CODE_RE.fullmatch(fixed):
            return fixed
    return text
