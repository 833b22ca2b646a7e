"""How the Seating page names people and conflicts, in the desk's language.

A conflict is a code and a ref in the plan (``domain/seat_plan.py`` finds them); the desk shows
a sentence with the person's name and the seats concerned, so the protocol officer reads
"Ivanov is seated twice: A3, C1", not a code.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from summit_desk.domain.seating import ConflictKind, SeatedPerson, SeatingConflict, SeatingPlan


def display_name(person: SeatedPerson | None, ref: str, lang: str) -> str:
    """The person's full name in the desk's language (the other script when it is missing)."""
    if person is None:
        return ref
    name = person.name
    names = (name.name_fa, name.name_latin) if lang == "fa" else (name.name_latin, name.name_fa)
    return names[0] or names[1] or name.name_native or ref


def seat_name(person: SeatedPerson | None, ref: str, lang: str) -> str:
    """What a seat on the room shows: the family name in the desk's language."""
    if person is None:
        return ref
    name = person.name
    fa = (name.family_name_fa or name.given_name_fa).strip()
    latin = (name.family_name_latin or name.given_name_latin).strip()
    first, second = (fa, latin) if lang == "fa" else (latin, fa)
    return first or second or name.name_native or ref


def delegation_name(person: SeatedPerson, lang: str) -> str:
    return person.delegation_fa if lang == "fa" else person.delegation_en or person.delegation_fa


class ConflictWording(QObject):
    """The sentence of each conflict (translated in the context "ConflictWording")."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def describe(self, conflict: SeatingConflict, plan: SeatingPlan) -> str:
        name = display_name(plan.people.get(conflict.ref), conflict.ref, self.lang)
        seats = self._seats(conflict.labels)
        texts = {
            # the name on its own line, what is wrong under it: a list read at a glance
            ConflictKind.SEATED_TWICE: self.tr("%1\nis seated more than once: %2"),
            ConflictKind.NOT_INVITED: self.tr("%1\nis not invited to this session (seat %2)"),
            ConflictKind.NOT_ARRIVED: self.tr("%1\nhas not arrived (seat %2)"),
            ConflictKind.HEAD_WITHOUT_SEAT: self.tr("%1\nhead of delegation without a seat"),
            ConflictKind.OUT_OF_ORDER: self.tr("%1\nout of the order of precedence (seat %2)"),
        }
        return texts[conflict.kind].replace("%1", name).replace("%2", seats)

    def short(self, kind: ConflictKind) -> str:
        """A few words for a seat's tooltip."""
        texts = {
            ConflictKind.SEATED_TWICE: self.tr("seated more than once"),
            ConflictKind.NOT_INVITED: self.tr("not invited"),
            ConflictKind.NOT_ARRIVED: self.tr("not arrived"),
            ConflictKind.HEAD_WITHOUT_SEAT: self.tr("head of delegation without a seat"),
            ConflictKind.OUT_OF_ORDER: self.tr("out of the order of precedence"),
        }
        return texts[kind]

    def _seats(self, labels: tuple[str, ...]) -> str:
        # a label is written as on the seat and the printed plan ("A8"), in any language
        return ("، " if self.lang == "fa" else ", ").join(labels)
