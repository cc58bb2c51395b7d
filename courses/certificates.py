"""The certificate PDF (fpdf2), one A4 landscape page.

It uses the PDF core font (Helvetica, Latin-1): no font file to ship, and the text stays plain in
the page content, so tests can read it back with compression off. The few French characters
outside Latin-1 (typographic quotes, the oe ligature) are replaced by their plain equivalents.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.urls import reverse
from django.utils import formats, timezone, translation
from fpdf import FPDF

_REPLACEMENTS = {
    "’": "'", "‘": "'", "“": '"', "”": '"', "«": "«", "»": "»", "–": "-", "—": "-",
    "œ": "oe", "Œ": "OE", "…": "...", "\u202f": " ", "\u00a0": " ",
}


def _latin1(text: str) -> str:
    text = "".join(_REPLACEMENTS.get(ch, ch) for ch in str(text))
    return text.encode("latin-1", "replace").decode("latin-1")


def verification_url(code: str) -> str:
    """The public verification page, on SITE_BASE_URL (the PDF is made outside any request)."""
    return f"{settings.SITE_BASE_URL}{reverse('courses:certificate_verify')}?code={code}"


def french_date(moment) -> str:
    """25 novembre 2026, in the site's time zone, whatever the active language."""
    day = timezone.localtime(moment).date() if timezone.is_aware(moment) else moment
    with translation.override("fr"):
        return formats.date_format(day, "j F Y")


def certificate_filename(certificate) -> str:
    # A random name, in the private storage: the owner-checked download view is the only way in.
    return f"certificat-{secrets.token_urlsafe(16)}.pdf"


def _line(pdf: FPDF, width: float, height: float, text: str) -> None:
    pdf.cell(width, height, _latin1(text), align="C", new_x="LMARGIN", new_y="NEXT")


def render_certificate_pdf(*, certificate, compress: bool = True) -> bytes:
    """The PDF bytes of a certificate (needs certificate.user, .course and .enrollment)."""
    enrollment = certificate.enrollment
    learner = certificate.user.get_full_name() or certificate.user.email
    course_title = certificate.course.title
    completed_on = french_date(enrollment.completed_at or certificate.issued_at)
    url = verification_url(certificate.code)

    pdf = FPDF(orientation="landscape", unit="mm", format="A4")
    pdf.set_compression(compress)
    pdf.set_title(_latin1(f"Certificat - {course_title}"))
    pdf.set_author("Cap Emploi")
    pdf.set_subject(_latin1(f"Code de vérification {certificate.code}"))
    pdf.set_creation_date(timezone.now())
    pdf.set_auto_page_break(False)
    pdf.add_page()
    width = pdf.w - 40

    # Frame
    pdf.set_draw_color(29, 78, 216)
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, pdf.w - 20, pdf.h - 20)
    pdf.set_line_width(0.4)
    pdf.rect(14, 14, pdf.w - 28, pdf.h - 28)

    pdf.set_xy(20, 28)
    pdf.set_text_color(29, 78, 216)
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(width, 10, "Cap Emploi", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.set_text_color(15, 23, 42)
    pdf.set_font("Helvetica", "B", 32)
    pdf.cell(width, 18, _latin1("Certificat de réussite"), align="C", new_x="LMARGIN", new_y="NEXT")

    pdf.ln(8)
    pdf.set_x(20)
    pdf.set_font("Helvetica", "", 14)
    _line(pdf, width, 8, "Ce certificat atteste que")
    pdf.set_x(20)
    pdf.set_font("Helvetica", "B", 24)
    pdf.cell(width, 14, _latin1(learner), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.set_font("Helvetica", "", 14)
    _line(pdf, width, 8, "a suivi et terminé le cours")
    pdf.set_x(20)
    pdf.set_font("Helvetica", "B", 20)
    pdf.multi_cell(width, 11, _latin1(course_title), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.set_font("Helvetica", "", 14)
    pdf.cell(width, 10, _latin1(f"le {completed_on}"), align="C", new_x="LMARGIN", new_y="NEXT")

    pdf.set_xy(20, pdf.h - 50)
    pdf.set_font("Helvetica", "", 11)
    pdf.set_text_color(51, 65, 85)
    pdf.cell(
        width, 6, _latin1(f"Code de vérification : {certificate.code}"), align="C",
        new_x="LMARGIN", new_y="NEXT",
    )
    pdf.set_x(20)
    _line(pdf, width, 6, "Vérifier ce certificat :")
    pdf.set_x(20)
    pdf.set_text_color(29, 78, 216)
    pdf.cell(width, 6, _latin1(url), align="C", link=url, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
