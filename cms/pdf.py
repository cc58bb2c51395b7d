"""The one way the site makes PDFs (certificates, downloadable templates): fpdf2 + a Unicode font.

fpdf2's core fonts (Helvetica...) are Latin-1 only and print "?" for "Ł", "ễ", "ş", Cyrillic or
Arabic. The project ships DejaVu Sans (fonts/, free licence that allows redistribution), so a PDF
never depends on the fonts of the machine that writes it. Text shaping (uharfbuzz) joins Arabic
letters and orders right-to-left words; turn it on where names or free text may need it.
"""

from __future__ import annotations

import re
from pathlib import Path

from fpdf import FPDF

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FAMILY = "dejavu"
FONT_FILES = {
    "": "DejaVuSans.ttf",
    "B": "DejaVuSans-Bold.ttf",
    "I": "DejaVuSans-Oblique.ttf",
}

# Control characters (NUL, escape...) have no glyph and no place in a printed line.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def register_fonts(pdf: FPDF, *, shaping: bool = False) -> FPDF:
    """Add the project font (regular, bold, italic) to `pdf` and select it."""
    for style, filename in FONT_FILES.items():
        pdf.add_font(FAMILY, style, str(FONT_DIR / filename))
    if shaping:
        pdf.set_text_shaping(True)
    pdf.set_font(FAMILY, "", 12)
    return pdf


def new_pdf(*, orientation: str = "P", shaping: bool = False, **kwargs) -> FPDF:
    """An A4 FPDF in millimetres with the project font registered and selected."""
    kwargs.setdefault("unit", "mm")
    kwargs.setdefault("format", "A4")
    return register_fonts(FPDF(orientation=orientation, **kwargs), shaping=shaping)


def pdf_text(value) -> str:
    """Text to print: any Unicode is fine, control characters are dropped, lines are joined."""
    text = _CONTROL.sub("", str(value or ""))
    return " ".join(text.split("\n")).strip()


def centred_line(pdf: FPDF, text: str, *, height: float, width: float = 0) -> None:
    """One centred line across `width` (the whole line when 0), then move to the next line."""
    pdf.cell(width, height, pdf_text(text), align="C", new_x="LMARGIN", new_y="NEXT")
