"""The certificate PDF (fpdf2), one A4 landscape page.

Drawn with the project's Unicode font (cms.pdf): a learner's name prints as written, whatever its
script ("Łucja Nguyễn Thị", "Şükrü Öztürk", "Ольга", "ليلى حداد"), with text shaping for Arabic.
The verification code is printed in its grouped form, as the verification page shows it.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from fpdf import FPDF

from cms.pdf import FAMILY, centred_line, new_pdf, pdf_text
from cms.templatetags.site_tags import human_date

from . import certificate_codes


def verification_url(code: str) -> str:
    """The public verification page, on SITE_BASE_URL (the PDF is made outside any request)."""
    path = reverse("courses:certificate_verify")
    return f"{settings.SITE_BASE_URL}{path}?code={certificate_codes.display(code)}"


def french_date(moment) -> str:
    """25 novembre 2026 (1er décembre 2026), in the site's time zone, whatever the language."""
    with translation.override("fr"):
        return human_date(moment)


def certificate_filename(certificate) -> str:
    # A random name, in the private storage: the owner-checked download view is the only way in.
    return f"certificat-{secrets.token_urlsafe(16)}.pdf"


def render_certificate_pdf(*, certificate, compress: bool = True) -> bytes:
    """The PDF bytes of a certificate (needs certificate.user, .course and .enrollment)."""
    enrollment = certificate.enrollment
    learner = pdf_text(certificate.user.get_full_name() or certificate.user.email)
    course_title = pdf_text(certificate.course.title)
    completed_on = french_date(enrollment.completed_at or certificate.issued_at)
    code = certificate_codes.display(certificate.code)
    url = verification_url(certificate.code)

    pdf = new_pdf(orientation="landscape", shaping=True)
    pdf.set_compression(compress)
    pdf.set_title(f"Certificat – {course_title}")
    pdf.set_author("Cap Emploi")
    pdf.set_subject(f"Code de vérification {code}")
    pdf.set_lang("fr-FR")
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
    _text(pdf, "B", 16, "Cap Emploi", width, 10)
    pdf.set_text_color(15, 23, 42)
    _text(pdf, "B", 30, "Certificat de réussite", width, 18)

    pdf.ln(8)
    _text(pdf, "", 14, "Ce certificat atteste que", width, 8)
    _text(pdf, "B", 24, learner, width, 14)
    _text(pdf, "", 14, "a suivi et terminé le cours", width, 8)
    pdf.set_x(20)
    pdf.set_font(FAMILY, "B", 20)
    pdf.multi_cell(width, 11, course_title, align="C", new_x="LMARGIN", new_y="NEXT")
    _text(pdf, "", 14, f"le {completed_on}", width, 10)

    pdf.set_xy(20, pdf.h - 50)
    pdf.set_text_color(51, 65, 85)
    _text(pdf, "", 11, f"Code de vérification\u00a0: {code}", width, 6)
    _text(pdf, "", 11, "Vérifier ce certificat\u00a0:", width, 6)
    pdf.set_x(20)
    pdf.set_text_color(29, 78, 216)
    pdf.cell(width, 6, url, align="C", link=url, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _text(pdf: FPDF, style: str, size: float, text: str, width: float, height: float) -> None:
    pdf.set_x(20)
    pdf.set_font(FAMILY, style, size)
    centred_line(pdf, text, width=width, height=height)
