"""The banner: after every check-in attempt (at the desk or a panel's door), one large,
unmistakable answer.

It draws a ``BannerContent`` and decides nothing. Colour is never the only sign: each state
has its own icon shape and its headline in words.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from summit_desk.domain.categories import text_colour_on
from summit_desk.ui.widgets.wording import BannerContent, Icon, Tone

# Background and text colour of each tone; the text contrast is at least 4.5:1 (WCAG AA).
TONE_COLOURS: dict[Tone, tuple[str, str]] = {
    Tone.READY: ("#E8ECF1", "#1C2430"),
    Tone.SUCCESS: ("#17703A", "#FFFFFF"),
    Tone.WARNING: ("#F2B01E", "#1C1400"),
    Tone.DANGER: ("#B0211B", "#FFFFFF"),
    Tone.INFO: ("#1F4E8C", "#FFFFFF"),
}


STRIP_EDGE_PX = 4


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class StatusIcon(QWidget):
    """A white disc with the state's sign drawn in the banner's colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = Icon.SCAN
        self.colour = QColor("#1C2430")
        self.setFixedSize(QSize(104, 104))

    def set_icon(self, icon: Icon, colour: str) -> None:
        self.icon = icon
        self.colour = QColor(colour)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 4
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawEllipse(box)
        pen = QPen(self.colour, side * 0.11)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        x, y, s = box.x(), box.y(), side

        def at(fx: float, fy: float) -> QPointF:
            return QPointF(x + fx * s, y + fy * s)

        if self.icon == Icon.CHECK:
            path = QPainterPath(at(0.27, 0.52))
            path.lineTo(at(0.44, 0.68))
            path.lineTo(at(0.74, 0.34))
            painter.drawPath(path)
        elif self.icon == Icon.CROSS:
            painter.drawLine(at(0.32, 0.32), at(0.68, 0.68))
            painter.drawLine(at(0.68, 0.32), at(0.32, 0.68))
        elif self.icon == Icon.STOP:  # a bar across: no entry
            painter.drawLine(at(0.26, 0.5), at(0.74, 0.5))
        elif self.icon == Icon.REPEAT:  # an exclamation mark: look again
            painter.drawLine(at(0.5, 0.24), at(0.5, 0.58))
            painter.drawPoint(at(0.5, 0.76))
        elif self.icon == Icon.UNDO:  # an arrow turning back
            path = QPainterPath(at(0.34, 0.4))
            path.lineTo(at(0.58, 0.4))
            path.arcTo(QRectF(at(0.46, 0.4), at(0.74, 0.68)), 90, -180)
            path.lineTo(at(0.36, 0.68))
            painter.drawPath(path)
            painter.drawLine(at(0.34, 0.4), at(0.44, 0.3))
            painter.drawLine(at(0.34, 0.4), at(0.44, 0.5))
        elif self.icon == Icon.QUESTION:
            font = _font(12, bold=True)
            font.setPixelSize(round(s * 0.62))
            painter.setFont(font)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "?")
        else:  # SCAN: a code's bars
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            for i, width in enumerate((0.05, 0.02, 0.06, 0.03, 0.05, 0.02, 0.05)):
                pen.setWidthF(s * width)
                painter.setPen(pen)
                fx = 0.3 + i * 0.068
                painter.drawLine(at(fx, 0.32), at(fx, 0.68))
        painter.end()


class PhotoFrame(QLabel):
    """The holder's photo, or their initials on the category's colour."""

    SIZE = QSize(112, 140)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(self.SIZE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFont(_font(26, bold=True))

    def show_person(self, photo: bytes | None, initials: str, colour: str) -> None:
        pixmap = QPixmap()
        if photo and pixmap.loadFromData(photo):
            self.setPixmap(
                pixmap.scaled(
                    self.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.setStyleSheet("background: #FFFFFF; border: 3px solid #FFFFFF;")
        else:
            self.clear()
            self.setText(initials)
            self.setStyleSheet(
                f"background: {colour}; color: {text_colour_on(colour)};"
                " border: 3px solid #FFFFFF;"
                " border-radius: 8px;"
            )


@dataclass(frozen=True)
class BannerScale:
    """The banner's sizes: full, or compact where the page is short and narrow (1024 × 768)."""

    icon: int
    photo: QSize
    photo_text: float
    headline: float
    name_primary: float
    name_secondary: float
    details: float
    notice: float
    next_step: float
    category: float
    category_height: int
    margins: tuple[int, int, int, int]
    spacing: int
    step_margins: tuple[int, int, int, int]
    minimum_height: int


FULL = BannerScale(icon=104, photo=PhotoFrame.SIZE, photo_text=26, headline=30, name_primary=24,
                   name_secondary=18, details=14, notice=14, next_step=15, category=14,
                   category_height=34, margins=(20, 16, 20, 10), spacing=20,
                   step_margins=(20, 10, 20, 10), minimum_height=300)  # fmt: skip
# Compact: the same lines, smaller, the person's facts beside the names rather than under them,
# so that the results below keep room for five rows or more.
COMPACT = BannerScale(icon=56, photo=QSize(64, 80), photo_text=17, headline=20, name_primary=17,
                      name_secondary=13, details=11, notice=11, next_step=12, category=11,
                      category_height=28, margins=(12, 8, 12, 6), spacing=12,
                      step_margins=(12, 4, 12, 4), minimum_height=0)  # fmt: skip


class Banner(QFrame):
    """The answer to the last check-in attempt, readable at arm's length."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.content: BannerContent | None = None

        self.icon = StatusIcon()
        self.headline = self._label(30, bold=True)
        self.name_primary = self._label(24, bold=True)
        self.name_secondary = self._label(18)
        self.details = self._label(14)
        self.notice = self._label(14, bold=True)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(False)
        self.photo = PhotoFrame()
        self.next_step = self._label(15, bold=True)
        self.next_step.setObjectName("next_step")
        self.category = self._label(14, bold=True)
        self.category.setObjectName("category")
        self.category.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.category.setFixedHeight(34)

        # The names, and the person's facts (details and notice): under the names in full,
        # beside them when compact.
        self.facts = QWidget()
        self.facts_layout = facts = QVBoxLayout(self.facts)
        facts.setContentsMargins(0, 0, 0, 0)
        facts.setSpacing(2)
        facts.addWidget(self.details)
        facts.addWidget(self.notice, 0, Qt.AlignmentFlag.AlignLeft)  # the reading side
        facts.addStretch()
        self.texts = QGridLayout()
        self.texts.setVerticalSpacing(2)
        self.top = QHBoxLayout()
        self.top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.top.addLayout(self.texts, 1)
        self.top.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self.top)
        layout.addWidget(self.next_step)
        layout.addWidget(self.category)
        self.compact = True  # so that the first set_compact lays out
        self.set_compact(False)

    def set_compact(self, compact: bool) -> None:
        """Full, or compact for a short, narrow page (the check-in page decides)."""
        if compact == self.compact:
            return
        self.compact = compact
        scale = COMPACT if compact else FULL
        self.icon.setFixedSize(QSize(scale.icon, scale.icon))
        self.photo.setFixedSize(scale.photo)
        self.photo.setFont(_font(scale.photo_text, bold=True))
        for label, points in ((self.headline, scale.headline),
                              (self.name_primary, scale.name_primary),
                              (self.name_secondary, scale.name_secondary),
                              (self.details, scale.details), (self.notice, scale.notice),
                              (self.next_step, scale.next_step),
                              (self.category, scale.category)):  # fmt: skip
            label.setFont(_font(points, bold=label.font().bold()))
        self.category.setFixedHeight(scale.category_height)
        # A long notice wraps in the compact banner's narrower column rather than widening it,
        # across the column (a wrapped label aligned in a layout is not given its lines' height).
        self.notice.setWordWrap(compact)
        self.facts_layout.setAlignment(
            self.notice, Qt.AlignmentFlag(0) if compact else Qt.AlignmentFlag.AlignLeft
        )
        self.top.setContentsMargins(*scale.margins)
        self.top.setSpacing(scale.spacing)
        self.next_step.setContentsMargins(*scale.step_margins)
        self.setMinimumHeight(scale.minimum_height)
        texts = self.texts
        for widget in (self.headline, self.name_primary, self.name_secondary, self.facts):
            texts.removeWidget(widget)
        texts.addWidget(self.headline, 0, 0)
        texts.addWidget(self.name_primary, 1, 0)
        texts.addWidget(self.name_secondary, 2, 0)
        if compact:
            texts.addWidget(self.facts, 0, 1, 4, 1)
        else:
            texts.addWidget(self.facts, 3, 0)
        texts.setHorizontalSpacing(scale.spacing if compact else 0)
        texts.setColumnStretch(0, 2)
        texts.setRowStretch(3, 1)
        if self.content is not None:
            self.show_content(self.content)  # the photo at its new size

    def _label(self, points: float, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setFont(_font(points, bold))
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def _align_to_the_page(self) -> None:
        # A label aligns by its text's own direction; the banner's lines all start where the
        # page reads from, so a Latin name in a Persian banner lines up under the Persian one.
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        aligned = Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter
        for label in (self.headline, self.name_primary, self.name_secondary, self.details,
                      self.next_step):  # fmt: skip
            label.setAlignment(aligned)

    @property
    def tone(self) -> Tone | None:
        return self.content.tone if self.content else None

    def show_content(self, content: BannerContent) -> None:
        self.content = content
        background, foreground = TONE_COLOURS[content.tone]
        self.setStyleSheet(
            f"QFrame#banner {{ background: {background}; border-radius: 10px; }}"
            f" QLabel {{ color: {foreground}; background: transparent; }}"
            " QLabel#next_step { background: rgba(0, 0, 0, 0.16);"
            " border-top: 1px solid rgba(0, 0, 0, 0.25); }"
            " QLabel#notice { background: #FFFFFF; color: #5B2A86; border-radius: 6px;"
            " padding: 4px 10px; }"
            f" QLabel#category {{ background: {content.category_colour or background};"
            " color: #FFFFFF; border-bottom-left-radius: 10px;"
            " border-bottom-right-radius: 10px;"
            # The category's strip may be as red as a red banner (a head of delegation):
            # an edge in the banner's own text colour, 4.5:1 on its background, sets it off.
            f" border-top: {STRIP_EDGE_PX}px solid {foreground}; }}"
        )
        self.icon.set_icon(content.icon, background if content.tone != Tone.READY else foreground)
        self.headline.setText(content.headline)
        has_person = bool(content.name_primary or content.name_secondary)
        self.name_primary.setText(content.name_primary)
        self.name_primary.setVisible(bool(content.name_primary))
        self.name_secondary.setText(content.name_secondary)
        self.name_secondary.setVisible(bool(content.name_secondary))
        self.details.setText("\n".join(content.details))
        self.details.setVisible(bool(content.details))
        self.notice.setText(content.notice)
        self.notice.setVisible(bool(content.notice))
        has_facts = bool(content.details or content.notice)
        self.facts.setVisible(has_facts)
        # The facts' lines are the longer ones: they get more of the width, and fewer lines.
        self.texts.setColumnStretch(1, 3 if self.compact and has_facts else 0)
        self.photo.setVisible(has_person)
        if has_person:
            self.photo.show_person(content.photo, content.initials, content.category_colour)
        self.next_step.setText(content.next_step)
        self._align_to_the_page()
        self.category.setText(content.category_text)
        self.category.setVisible(bool(content.category_text))
        self.setAccessibleName(f"{content.headline}. {content.name_primary}")
        self.setAccessibleDescription(content.next_step)
