"""A person's name as the desk and the printouts show it: one value instead of the same nine
fields repeated in every value that shows a person.

The fields are named as the ``people`` table's columns and the import template's headers, so a
row, a mapping or an import line turns into a name without a list of its own (``NAME_FIELDS``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True, slots=True)
class PersonName:
    given_name_fa: str = ""
    family_name_fa: str = ""
    given_name_latin: str = ""
    family_name_latin: str = ""
    name_native: str = ""  # in the person's own script (Cyrillic, Azerbaijani Latin…)
    title_fa: str = ""  # the office: «استاندار گیلان»
    title_en: str = ""
    honorific_fa: str = ""  # the form of address: «جناب آقای», «سرکار خانم دکتر»
    honorific_en: str = ""  # "H.E.", "Dr."

    @property
    def name_fa(self) -> str:
        return " ".join(p for p in (self.given_name_fa, self.family_name_fa) if p)

    @property
    def name_latin(self) -> str:
        return " ".join(p for p in (self.given_name_latin, self.family_name_latin) if p)

    @property
    def display_name(self) -> str:
        """The one name to show when there is room for one: Persian first, as the desk reads."""
        return self.name_fa or self.name_latin or self.name_native

    @property
    def addressed_fa(self) -> str:
        """The form of address and the Persian name, as a place card or a list says it:
        «جناب آقای پیمان املشی»; empty without a Persian name (a form of address alone names
        nobody)."""
        return _joined(self.honorific_fa, self.name_fa) if self.name_fa else ""

    @property
    def addressed_latin(self) -> str:
        """The form of address and the name in Latin letters: "H.E. Peyman Amlashi"."""
        return _joined(self.honorific_en, self.name_latin) if self.name_latin else ""


NAME_FIELDS = tuple(f.name for f in fields(PersonName))


def _joined(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())
