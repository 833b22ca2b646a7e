"""The banner: after every check-in attempt (at the desk or a panel's door), one large,
unmistakable answer.

It draws a ``BannerContent`` and decides nothing. Colour is never the only sign: each state
has its own icon shape and its headline in words.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

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
                    self.SIZE,
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

        texts = QVBoxLayout()
        texts.setSpacing(2)
        for label in (self.headline, self.name_primary, self.name_secondary, self.details):
            texts.addWidget(label)
        texts.addWidget(self.notice, 0, Qt.AlignmentFlag.AlignLeft)  # the reading side
        texts.addStretch()
        top = QHBoxLayout()
        top.setContentsMargins(20, 16, 20, 10)
        top.setSpacing(20)
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(texts, 1)
        top.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        self.next_step.setContentsMargins(20, 10, 20, 10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.next_step)
        layout.addWidget(self.category)
        self.setMinimumHeight(300)

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
        self.photo.setVisible(has_person)
        if has_person:
            self.photo.show_person(content.photo, content.initials, content.category_colour)
        self.next_step.setText(content.next_step)
        self._align_to_the_page()
        self.category.setText(content.category_text)
        self.category.setVisible(bool(content.category_text))
        self.setAccessibleName(f"{content.headline}. {content.name_primary}")
        self.setAccessibleDescription(content.next_step)
