"""Flat illustrations for the demo courses, drawn with Pillow (no download, no external file).

Each illustration is a function that draws on a 1200x675 canvas (drawn at twice the size and
scaled down, for smooth edges). `ensure_images()` saves them as Wagtail images, looked up by
title, so running it again reuses what is already there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection

WIDTH, HEIGHT = 1200, 675
SCALE = 2  # drawn at 2x, then reduced: cheap anti-aliasing

# Calm blues and one warm accent.
NAVY = "#1e3a5f"
BLUE = "#2563eb"
SKY = "#93c5fd"
PALE = "#dbeafe"
MIST = "#eff6ff"
CREAM = "#fff7ed"
ACCENT = "#f59e0b"
CORAL = "#f97316"
GREEN = "#16a34a"
WHITE = "#ffffff"
GREY = "#cbd5e1"
INK = "#334155"


class Canvas:
    """A thin wrapper that takes coordinates on the 1200x675 grid."""

    def __init__(self, background: str):
        self.image = Image.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), background)
        self.draw = ImageDraw.Draw(self.image)

    @staticmethod
    def _box(x0, y0, x1, y1):
        return [x0 * SCALE, y0 * SCALE, x1 * SCALE, y1 * SCALE]

    def rect(self, x0, y0, x1, y1, fill, radius=0, outline=None, width=0):
        self.draw.rounded_rectangle(
            self._box(x0, y0, x1, y1),
            radius=radius * SCALE,
            fill=fill,
            outline=outline,
            width=width * SCALE,
        )

    def circle(self, cx, cy, r, fill, outline=None, width=0):
        self.draw.ellipse(
            self._box(cx - r, cy - r, cx + r, cy + r),
            fill=fill,
            outline=outline,
            width=width * SCALE,
        )

    def line(self, points, fill, width):
        self.draw.line(
            [(x * SCALE, y * SCALE) for x, y in points],
            fill=fill,
            width=width * SCALE,
            joint="curve",
        )

    def polygon(self, points, fill):
        self.draw.polygon([(x * SCALE, y * SCALE) for x, y in points], fill=fill)

    def tick(self, x, y, size, fill, width=6):
        self.line(
            [(x, y + size * 0.5), (x + size * 0.38, y + size * 0.88), (x + size, y)], fill, width
        )

    def text_lines(self, x, y, widths, fill, height=12, gap=26):
        for i, w in enumerate(widths):
            self.rect(x, y + i * gap, x + w, y + i * gap + height, fill, radius=height // 2)

    def png(self) -> bytes:
        buffer = BytesIO()
        self.image.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS).save(
            buffer, "PNG", optimize=True
        )
        return buffer.getvalue()


def _backdrop(c: Canvas):
    """Soft round shapes in the corners, shared by every illustration."""
    c.circle(1120, 90, 190, PALE)
    c.circle(70, 640, 160, PALE)
    c.circle(1050, 610, 40, SKY)
    c.circle(140, 110, 22, ACCENT)


def _cv_page(c: Canvas, x, y, w=360, h=480, highlight=False):
    c.rect(x + 14, y + 16, x + w + 14, y + h + 16, "#c7d2fe", radius=18)  # shadow
    c.rect(x, y, x + w, y + h, WHITE, radius=18)
    # header: photo-free identity block
    c.rect(x, y, x + w, y + 110, NAVY, radius=18)
    c.rect(x, y + 80, x + w, y + 110, NAVY)
    c.text_lines(x + 32, y + 30, [180, 120], WHITE, height=14, gap=30)
    # title / target job
    c.rect(x + 32, y + 134, x + w - 60, y + 158, ACCENT if highlight else SKY, radius=8)
    # sections
    sy = y + 186
    for _section in range(3):
        c.rect(x + 32, sy, x + 130, sy + 12, BLUE, radius=6)
        c.text_lines(x + 32, sy + 28, [w - 64, w - 100, w - 140], GREY, height=10, gap=22)
        sy += 96


def cover_cv() -> bytes:
    c = Canvas(MIST)
    _backdrop(c)
    _cv_page(c, 420, 90, highlight=True)
    # pencil
    c.polygon([(860, 470), (1010, 320), (1040, 350), (890, 500)], ACCENT)
    c.polygon([(860, 470), (890, 500), (845, 515)], CREAM)
    c.polygon([(1010, 320), (1025, 305), (1055, 335), (1040, 350)], CORAL)
    # magnifier over the title line
    c.circle(300, 300, 78, None, outline=BLUE, width=16)
    c.line([(355, 355), (420, 420)], BLUE, 22)
    return c.png()


def cover_search() -> bytes:
    c = Canvas(MIST)
    _backdrop(c)
    # calendar
    x, y, w, h = 330, 120, 540, 440
    c.rect(x + 14, y + 16, x + w + 14, y + h + 16, "#c7d2fe", radius=22)
    c.rect(x, y, x + w, y + h, WHITE, radius=22)
    c.rect(x, y, x + w, y + 90, BLUE, radius=22)
    c.rect(x, y + 60, x + w, y + 90, BLUE)
    for rx in (x + 110, x + w - 110):
        c.rect(rx - 10, y - 26, rx + 10, y + 30, NAVY, radius=10)
    cols, rows = 5, 4
    cw, ch = (w - 60) / cols, (h - 130) / rows
    for r in range(rows):
        for col in range(cols):
            cx0 = x + 30 + col * cw
            cy0 = y + 110 + r * ch
            fill = PALE
            if (r, col) in {(0, 1), (1, 3), (2, 0), (3, 2)}:
                fill = ACCENT
            elif (r, col) in {(0, 3), (2, 2), (1, 0)}:
                fill = SKY
            c.rect(cx0 + 6, cy0 + 6, cx0 + cw - 6, cy0 + ch - 6, fill, radius=10)
    # a tick on a done day
    c.tick(x + 30 + 1 * cw + 28, y + 110 + 18, 40, WHITE)
    # clock
    c.circle(960, 470, 92, WHITE, outline=NAVY, width=12)
    c.line([(960, 470), (960, 410)], NAVY, 10)
    c.line([(960, 470), (1005, 495)], CORAL, 10)
    return c.png()


def cv_zones() -> bytes:
    """A CV page with the three zones a recruiter reads first, numbered."""
    c = Canvas(CREAM)
    c.circle(1120, 90, 190, "#ffedd5")
    c.circle(70, 640, 160, "#ffedd5")
    _cv_page(c, 420, 90, highlight=True)
    # numbered markers
    for n, (mx, my) in enumerate([(360, 145), (360, 236), (360, 340)], start=1):
        c.circle(mx, my, 34, BLUE)
        for i in range(n):  # n small dots instead of a digit
            c.circle(mx - (n - 1) * 9 + i * 18, my, 6, WHITE)
        c.line([(mx + 36, my), (410, my)], BLUE, 6)
    # a stopwatch: the first reading is short
    c.rect(935, 250, 965, 280, NAVY, radius=6)
    c.circle(950, 380, 100, WHITE, outline=NAVY, width=12)
    c.polygon([(950, 380), (950, 292), (1012, 318)], "#fed7aa")
    c.line([(950, 380), (950, 300)], CORAL, 10)
    c.circle(950, 380, 12, NAVY)
    return c.png()


def checklist() -> bytes:
    c = Canvas(MIST)
    _backdrop(c)
    x, y, w, h = 400, 80, 400, 520
    c.rect(x + 14, y + 16, x + w + 14, y + h + 16, "#c7d2fe", radius=22)
    c.rect(x, y, x + w, y + h, WHITE, radius=22)
    c.rect(x + 130, y - 24, x + w - 130, y + 30, NAVY, radius=14)
    for i in range(5):
        ry = y + 80 + i * 85
        done = i < 3
        c.rect(
            x + 40, ry, x + 90, ry + 50, GREEN if done else WHITE, radius=10, outline=GREEN, width=4
        )
        if done:
            c.tick(x + 50, ry + 12, 30, WHITE, width=6)
        c.text_lines(
            x + 115, ry + 10, [220 - (i % 2) * 60, 160], GREY if done else SKY, height=12, gap=24
        )
    return c.png()


def weekly_plan() -> bytes:
    c = Canvas(MIST)
    _backdrop(c)
    x, y, w, h = 150, 110, 900, 470
    c.rect(x + 14, y + 16, x + w + 14, y + h + 16, "#c7d2fe", radius=22)
    c.rect(x, y, x + w, y + h, WHITE, radius=22)
    days = 5
    dw = (w - 60) / days
    blocks = [
        [(0, 1, BLUE), (2, 1, ACCENT)],
        [(0, 2, SKY), (3, 1, BLUE)],
        [(1, 1, ACCENT), (2, 2, SKY)],
        [(0, 1, BLUE), (2, 1, CORAL)],
        [(1, 2, SKY)],
    ]
    for d in range(days):
        dx = x + 30 + d * dw
        c.rect(dx + 8, y + 30, dx + dw - 8, y + 70, NAVY, radius=10)
        for slot in range(4):
            sy = y + 95 + slot * 88
            c.rect(dx + 8, sy, dx + dw - 8, sy + 76, MIST, radius=10)
        for start, length, colour in blocks[d]:
            sy = y + 95 + start * 88
            c.rect(dx + 8, sy, dx + dw - 8, sy + length * 88 - 12, colour, radius=10)
    return c.png()


def network() -> bytes:
    c = Canvas(MIST)
    _backdrop(c)
    centre = (600, 340)
    nodes = [
        (330, 190),
        (300, 450),
        (600, 110),
        (880, 180),
        (920, 440),
        (610, 570),
        (450, 330),
        (760, 330),
    ]
    for node in nodes:
        c.line([centre, node], SKY, 8)
    c.line([nodes[0], nodes[6]], PALE, 6)
    c.line([nodes[3], nodes[7]], PALE, 6)
    for i, (nx, ny) in enumerate(nodes):
        r = 44 if i < 6 else 32
        c.circle(nx, ny, r, WHITE, outline=BLUE if i % 3 else ACCENT, width=8)
        c.circle(nx, ny - r * 0.25, r * 0.28, NAVY)
        c.rect(
            nx - r * 0.45, ny + r * 0.15, nx + r * 0.45, ny + r * 0.55, NAVY, radius=int(r * 0.3)
        )
    c.circle(*centre, 70, BLUE)
    c.circle(centre[0], centre[1] - 18, 22, WHITE)
    c.rect(centre[0] - 32, centre[1] + 12, centre[0] + 32, centre[1] + 42, WHITE, radius=16)
    return c.png()


def tracking_board() -> bytes:
    """Applications moving through columns: to send, sent, follow-up, interview."""
    c = Canvas(CREAM)
    c.circle(1120, 90, 190, "#ffedd5")
    c.circle(70, 640, 160, "#ffedd5")
    colours = [SKY, BLUE, ACCENT, GREEN]
    counts = [3, 4, 2, 1]
    x0, cw = 110, 250
    for i, (colour, count) in enumerate(zip(colours, counts, strict=True)):
        cx = x0 + i * (cw + 22)
        c.rect(cx, 90, cx + cw, 590, WHITE, radius=20)
        c.rect(cx + 20, 110, cx + cw - 20, 146, colour, radius=12)
        for j in range(count):
            cy = 172 + j * 100
            c.rect(cx + 20, cy, cx + cw - 20, cy + 82, MIST, radius=12)
            c.text_lines(cx + 38, cy + 20, [150, 100], GREY, height=10, gap=24)
            c.circle(cx + cw - 46, cy + 41, 12, colour)
    c.line([(360, 630), (880, 630)], NAVY, 6)
    c.polygon([(880, 616), (906, 630), (880, 644)], NAVY)
    return c.png()


def _person(c: Canvas, cx, cy, body, r=56):
    """A head and shoulders: the simple figure used in the interview illustrations."""
    c.rect(cx - r * 1.45, cy + r * 1.15, cx + r * 1.45, cy + r * 4.1, body, radius=int(r * 0.9))
    c.circle(cx, cy, r, "#fde68a" if body == BLUE else "#fcd9b6")
    c.rect(cx - r * 0.9, cy - r * 1.05, cx + r * 0.9, cy - r * 0.35, NAVY, radius=int(r * 0.4))


def cover_interview() -> bytes:
    """A candidate and a recruiter face to face across a table, each with a speech bubble."""
    c = Canvas(MIST)
    _backdrop(c)
    _person(c, 380, 250, BLUE)
    _person(c, 820, 250, CORAL)
    # table, with a CV and a glass of water on it
    c.rect(230, 440, 970, 478, NAVY, radius=12)
    c.rect(290, 478, 316, 600, NAVY, radius=8)
    c.rect(884, 478, 910, 600, NAVY, radius=8)
    c.rect(520, 400, 640, 440, WHITE, radius=6)
    c.text_lines(536, 410, [70, 88], GREY, height=8, gap=14)
    c.rect(700, 380, 736, 440, "#bfdbfe", radius=8)
    # speech bubbles
    c.rect(440, 70, 640, 170, WHITE, radius=34)
    c.polygon([(470, 160), (500, 160), (450, 205)], WHITE)
    c.text_lines(474, 98, [130, 90], SKY, height=14, gap=30)
    c.rect(600, 150, 770, 230, ACCENT, radius=30)
    c.polygon([(720, 222), (750, 222), (770, 262)], ACCENT)
    c.text_lines(630, 174, [110, 70], WHITE, height=12, gap=26)
    return c.png()


def video_call() -> bytes:
    """A laptop raised on books for an interview by video, with a lamp and notes beside it."""
    c = Canvas(CREAM)
    c.circle(1120, 90, 190, "#ffedd5")
    c.circle(70, 640, 160, "#ffedd5")
    # books under the laptop: the camera at eye level
    c.rect(300, 560, 900, 600, CORAL, radius=8)
    c.rect(330, 520, 870, 560, BLUE, radius=8)
    # laptop
    c.rect(360, 130, 840, 470, NAVY, radius=22)
    c.rect(382, 152, 818, 448, PALE, radius=12)
    c.circle(600, 141, 5, SKY)  # camera
    c.rect(510, 330, 690, 448, CORAL, radius=40)
    c.circle(600, 270, 52, "#fcd9b6")
    c.rect(552, 208, 648, 246, NAVY, radius=20)
    c.rect(330, 470, 870, 500, GREY, radius=10)
    c.rect(560, 470, 640, 482, "#94a3b8", radius=6)
    # lamp, light turned towards the face
    c.line([(200, 520), (200, 300), (260, 240)], NAVY, 10)
    c.polygon([(230, 200), (320, 250), (280, 300)], ACCENT)
    c.rect(150, 510, 250, 530, NAVY, radius=8)
    # notebook and glass of water
    c.rect(950, 400, 1080, 560, WHITE, radius=10)
    c.text_lines(972, 430, [86, 70, 86, 50], SKY, height=8, gap=22)
    c.rect(970, 330, 1010, 390, "#bfdbfe", radius=8)
    return c.png()


def letter_structure() -> bytes:
    """A cover letter with its three paragraphs, "vous", "moi", "nous", highlighted and numbered."""
    c = Canvas(MIST)
    _backdrop(c)
    x, y, w, h = 420, 50, 380, 580
    c.rect(x + 14, y + 16, x + w + 14, y + h + 16, "#c7d2fe", radius=18)
    c.rect(x, y, x + w, y + h, WHITE, radius=18)
    c.text_lines(x + 30, y + 30, [120, 90, 100], GREY, height=9, gap=18)  # sender
    c.text_lines(x + w - 150, y + 96, [120, 100], GREY, height=9, gap=18)  # employer
    c.rect(x + 30, y + 150, x + 250, y + 162, NAVY, radius=6)  # "Objet :"
    zones = [(y + 186, PALE, BLUE), (y + 296, "#ffedd5", CORAL), (y + 436, "#dcfce7", GREEN)]
    heights = [90, 120, 70]
    for n, ((zy, fill, marker), zh) in enumerate(zip(zones, heights, strict=True), start=1):
        c.rect(x + 18, zy, x + w - 18, zy + zh, fill, radius=12)
        rows = (zh - 20) // 22
        c.text_lines(x + 34, zy + 14, [w - 80 - (i % 2) * 40 for i in range(rows)], GREY, 9, 22)
        my = zy + zh / 2
        c.line([(330, my), (x + 10, my)], marker, 6)
        c.circle(330, my, 34, marker)
        for i in range(n):  # n small dots instead of a digit
            c.circle(330 - (n - 1) * 9 + i * 18, my, 6, WHITE)
    c.rect(x + w - 150, y + 530, x + w - 40, y + 542, NAVY, radius=6)  # signature
    # envelope
    c.rect(880, 380, 1080, 510, WHITE, radius=10, outline=BLUE, width=5)
    c.line([(884, 386), (980, 456), (1076, 386)], BLUE, 5)
    return c.png()


@dataclass(frozen=True)
class Illustration:
    key: str
    title: str
    draw: Callable[[], bytes]


ILLUSTRATIONS = [
    Illustration("cover-cv", "Illustration : une page de CV et un crayon", cover_cv),
    Illustration(
        "cover-search", "Illustration : un calendrier de recherche d'emploi", cover_search
    ),
    Illustration("cv-zones", "Illustration : les trois zones lues en premier sur un CV", cv_zones),
    Illustration("checklist", "Illustration : une liste de vérification", checklist),
    Illustration("weekly-plan", "Illustration : un planning hebdomadaire", weekly_plan),
    Illustration("network", "Illustration : un réseau de contacts", network),
    Illustration(
        "tracking-board", "Illustration : un tableau de suivi des candidatures", tracking_board
    ),
    Illustration(
        "cover-interview", "Illustration : un entretien d'embauche face à face", cover_interview
    ),
    Illustration("video-call", "Illustration : un entretien en visioconférence", video_call),
    Illustration(
        "letter-structure",
        "Illustration : les trois paragraphes d'une lettre de motivation",
        letter_structure,
    ),
]


def ensure_images() -> dict:
    """Create the demo illustrations that are missing; return {key: Image}."""
    Image_ = get_image_model()
    root = Collection.get_first_root_node()
    images = {}
    for item in ILLUSTRATIONS:
        image = Image_.objects.filter(title=item.title).order_by("pk").first()
        if image is None:
            image = Image_(title=item.title, collection=root)
            image.file = ImageFile(BytesIO(item.draw()), name=f"demo-{item.key}.png")
            image.save()
        elif not image.file.storage.exists(image.file.name):
            # The row survived but the media folder was emptied: redraw the file in place.
            image.file.save(f"demo-{item.key}.png", ImageFile(BytesIO(item.draw())), save=True)
        images[item.key] = image
    return images
