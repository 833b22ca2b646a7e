"""Camera frames of badges, made without a camera: real badge codes drawn by the badges' own QR
module onto a card in a 640 × 480 frame, then degraded the ways a desk's webcam degrades them.

Five kinds of damage at four strengths each (level 1 is a good webcam on a bad day, level 4 is
past what a desk should expect), plus undamaged frames as the control: ``blur`` (out of focus or
moving, a Gaussian of that radius in pixels, modules being 5 px), ``rotation`` (the badge turned
in the camera's plane, degrees), ``perspective`` (the badge tilted away, its far edge narrowed by
that fraction), ``glare`` (a lamp's highlight over part of the code, washing dark modules out by
that fraction at its centre) and ``contrast`` (a dim, flat picture: the dark-to-light difference
left, in grey levels of 255). Every frame carries a little sensor noise. Everything is drawn from
a seeded generator, so a run makes the same frames every time.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from summit_desk.domain.codes import PREFIX, is_badge_code
from summit_desk.printing.qr import QUIET_ZONE, qr_symbol

FRAME = (640, 480)
MODULE_PX = 5
CARD = (220, 300)  # the badge card in the frame, pixels
CARD_GREY, DARK_GREY = 235, 25
NOISE = 4  # ± grey levels of sensor noise on every frame
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base 32, as in domain/codes.py

STRENGTHS: dict[str, tuple[float, ...]] = {
    "blur": (1.0, 2.0, 2.5, 3.0),
    "rotation": (10.0, 30.0, 45.0, 80.0),
    "perspective": (0.15, 0.3, 0.45, 0.6),
    "glare": (0.8, 0.9, 0.96, 1.0),
    "contrast": (60.0, 35.0, 24.0, 16.0),
}
KINDS = ("none", *STRENGTHS)


@dataclass(frozen=True)
class Sample:
    kind: str  # "none" or a key of STRENGTHS
    level: int  # 0 for "none", else 1..4
    strength: float
    code: str  # the badge code the frame shows
    image: Image.Image  # mode "L", FRAME in size

    @property
    def name(self) -> str:
        return f"{self.kind}-{self.level}-{self.code}"


def badge_code(rng: random.Random) -> str:
    """A badge code of the event's format (as ``new_badge_code`` makes, but reproducible)."""
    code = PREFIX + "".join(rng.choice(_ALPHABET) for _ in range(26))
    assert is_badge_code(code)
    return code


def qr_image(code: str, module: int = MODULE_PX) -> Image.Image:
    """The badge's QR symbol (error correction Q, as printed), quiet zone included."""
    symbol = qr_symbol(code, "Q")
    side = symbol.size_with_quiet_zone * module
    image = Image.new("L", (side, side), CARD_GREY)
    draw = ImageDraw.Draw(image)
    for column, row, width, height in symbol.rects:
        left, top = (QUIET_ZONE + column) * module, (QUIET_ZONE + row) * module
        draw.rectangle(
            (left, top, left + width * module - 1, top + height * module - 1), fill=DARK_GREY
        )
    return image


def _noise(rng: random.Random, size: tuple[int, int], amplitude: int) -> Image.Image:
    """Uniform noise centred on 128, ± ``amplitude``."""
    raw = Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))
    return raw.point(lambda v: 128 - amplitude + v * 2 * amplitude // 255)


def scene(code: str, rng: random.Random) -> tuple[Image.Image, tuple[int, int, int, int]]:
    """A frame with a badge card holding ``code``'s QR, and the card's box."""
    frame = Image.linear_gradient("L").resize(FRAME).point(lambda v: 90 + v // 5)  # a wall
    left = rng.randint(120, FRAME[0] - CARD[0] - 120)
    top = rng.randint(40, FRAME[1] - CARD[1] - 40)
    box = (left, top, left + CARD[0], top + CARD[1])
    ImageDraw.Draw(frame).rectangle((box[0], box[1], box[2] - 1, box[3] - 1), fill=CARD_GREY)
    qr = qr_image(code)
    frame.paste(qr, (left + (CARD[0] - qr.width) // 2, top + CARD[1] - qr.height - 20))
    return frame, box


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the 8 × 8 system of a perspective map)."""
    n = len(b)
    m = [[*row, rhs] for row, rhs in zip(a, b, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                factor = m[r][col] / m[col][col]
                m[r] = [x - factor * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def _perspective(
    image: Image.Image, box: tuple[int, int, int, int], narrowing: float
) -> Image.Image:
    """The card tilted back: its top edge ``narrowing`` of its width shorter, and lower."""
    left, top, right, bottom = box
    inset = narrowing * (right - left) / 2
    source = [(left, top), (right, top), (right, bottom), (left, bottom)]
    drop = narrowing * (bottom - top) / 3  # foreshortening
    target = [(left + inset, top + drop), (right - inset, top + drop), (right, bottom),
              (left, bottom)]  # fmt: skip
    # PIL maps each output pixel back to its source: solve for target -> source.
    rows: list[list[float]] = []
    rhs: list[float] = []
    for (x, y), (u, v) in zip(target, source, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    coeffs = _solve(rows, rhs)
    return image.transform(
        image.size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC, fillcolor=110
    )


def _glare(image: Image.Image, box: tuple[int, int, int, int], rng: random.Random, strength: float):
    """A highlight over part of the code, washing it out by ``strength`` at its centre."""
    radius = 80
    centre_x = rng.randint(box[0] + 60, box[2] - 60)
    centre_y = rng.randint(box[3] - 150, box[3] - 60)
    spot = Image.radial_gradient("L").resize((2 * radius, 2 * radius))
    spot = spot.point(lambda v: int(max(0, 255 - v * 1.2) * strength))
    mask = Image.new("L", image.size, 0)
    mask.paste(spot, (centre_x - radius, centre_y - radius))
    return Image.composite(Image.new("L", image.size, 255), image, mask)


def degrade(
    image: Image.Image,
    box: tuple[int, int, int, int],
    kind: str,
    strength: float,
    rng: random.Random,
) -> Image.Image:
    if kind == "blur":
        image = image.filter(ImageFilter.GaussianBlur(strength))
    elif kind == "rotation":
        centre = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
        image = image.rotate(strength, Image.Resampling.BICUBIC, center=centre, fillcolor=110)
    elif kind == "perspective":
        image = _perspective(image, box, strength)
    elif kind == "glare":
        image = _glare(image, box, rng, strength)
    elif kind == "contrast":
        scale = strength / (CARD_GREY - DARK_GREY)
        image = image.point(lambda v: round(100 + (v - 130) * scale))
    elif kind != "none":
        raise ValueError(kind)
    if kind not in ("blur", "none"):
        image = image.filter(ImageFilter.GaussianBlur(0.6))  # a lens is never perfectly sharp
    return ImageChops.add(image, _noise(rng, image.size, NOISE), 1.0, -128)


def samples(per_level: int = 6, seed: int = 11) -> Iterator[Sample]:
    """``per_level`` frames of each kind at each strength, and ``per_level`` undamaged ones."""
    rng = random.Random(seed)
    for kind in KINDS:
        levels = [(0, 0.0)] if kind == "none" else list(enumerate(STRENGTHS[kind], 1))
        for level, strength in levels:
            for _ in range(per_level):
                code = badge_code(rng)
                frame, box = scene(code, rng)
                yield Sample(kind, level, strength, code, degrade(frame, box, kind, strength, rng))


def blank_frames(count: int = 3, seed: int = 7) -> Iterator[Image.Image]:
    """Frames of a wall and a card with no code on it: the negative control."""
    rng = random.Random(seed)
    for _ in range(count):
        frame, box = scene(badge_code(rng), rng)
        ImageDraw.Draw(frame).rectangle(box, fill=CARD_GREY)
        yield ImageChops.add(frame, _noise(rng, frame.size, NOISE), 1.0, -128)
