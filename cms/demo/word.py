"""Editable Word (.docx) models for the demo courses, written with python-docx.

The CV model follows the same sections as the PDF one (cms/demo/documents.py); the cover letter
follows the "vous, moi, nous" structure taught in the interview course. Section titles use Word's
heading styles (a screen reader and Word's navigation pane see them), instructions are in grey
italics to be replaced, and French is the proofing language, so the spelling checker works in
French.
"""

from __future__ import annotations

from io import BytesIO

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .builder import fr

NAVY = RGBColor(0x1E, 0x3A, 0x5F)
BLUE = RGBColor(0x25, 0x63, 0xEB)
GREY = RGBColor(0x47, 0x55, 0x69)  # dark enough to read when printed
INK = RGBColor(0x1E, 0x29, 0x3B)

CV_HEADINGS = [
    "Profil",
    "Expériences professionnelles",
    "Formation",
    "Compétences",
    "Centres d'intérêt (facultatif)",
]


def _new_document(title: str):
    doc = Document()
    doc.core_properties.title = title
    doc.core_properties.author = "Cap Emploi"
    doc.core_properties.language = "fr-FR"
    for section in doc.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21)  # A4, not US Letter
        section.left_margin = section.right_margin = Cm(1.8)
        section.top_margin = section.bottom_margin = Cm(1.6)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.font.color.rgb = INK
    normal.paragraph_format.space_after = Pt(4)
    for name in ("Normal", "Title", "Heading 1", "Heading 2"):
        _set_language(doc.styles[name], "fr-FR")
    for name, size in (("Heading 1", 13), ("Heading 2", 11)):
        style = doc.styles[name]
        style.font.name = "Calibri"
        style.font.size = Pt(size)
        style.font.color.rgb = NAVY
        style.paragraph_format.space_before = Pt(12)
        style.paragraph_format.space_after = Pt(4)
    return doc


def _set_language(style, language: str) -> None:
    run_properties = style.element.get_or_add_rPr()
    lang = run_properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        run_properties.append(lang)
    lang.set(qn("w:val"), language)


def _heading(doc, text: str, level: int):
    return doc.add_heading(fr(text), level=level)


def _hint(doc, text: str):
    """An instruction to read, then replace: grey italics."""
    paragraph = doc.add_paragraph()
    run = paragraph.add_run(fr(text))
    run.italic = True
    run.font.size = Pt(9.5)
    run.font.color.rgb = GREY
    return paragraph


def _line(doc, text: str, *, bold: bool = False, size: float | None = None, colour=None):
    paragraph = doc.add_paragraph()
    run = paragraph.add_run(fr(text))
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if colour is not None:
        run.font.color.rgb = colour
    return paragraph


def _save(doc) -> bytes:
    buffer = BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def cv_template_docx() -> bytes:
    doc = _new_document("Modèle de CV")
    name = doc.add_paragraph(style="Title")
    name.add_run("Prénom NOM").font.color.rgb = NAVY
    _line(doc, "06 00 00 00 00 · prenom.nom@exemple.fr · Ville (mobilité : 30 km, permis B)")
    _hint(doc, "Lien vers un profil en ligne ou un portfolio (facultatif) : supprimez cette ligne.")

    _heading(doc, "Intitulé du poste visé — reprenez les mots de l'offre", level=1)
    _hint(
        doc,
        "Exemple : « Assistante administrative — 8 ans d'expérience en PME, disponible "
        "immédiatement ».",
    )

    _heading(doc, CV_HEADINGS[0], level=1)
    _hint(
        doc,
        "3 lignes maximum : ce que vous savez faire, pour qui, et ce que vous apportez au poste "
        "visé.",
    )
    _line(doc, "Votre profil en trois lignes.")

    _heading(doc, CV_HEADINGS[1], level=1)
    _hint(
        doc,
        "De la plus récente à la plus ancienne. Une ligne par réalisation : verbe d'action + "
        "tâche + résultat chiffré si possible.",
    )
    for _ in range(2):
        _heading(doc, "Mois année – mois année | Intitulé du poste — Entreprise, ville", level=2)
        for bullet in (
            "Action concrète et son résultat",
            "Action concrète et son résultat",
            "Outil, public ou volume géré",
        ):
            doc.add_paragraph(fr(bullet), style="List Bullet")

    _heading(doc, CV_HEADINGS[2], level=1)
    _hint(
        doc,
        "Diplôme ou certificat, organisme, année. Ajoutez les formations courtes utiles au poste "
        "(habilitations, CACES, SST, bureautique...).",
    )
    for _ in range(2):
        _line(doc, "Année | Diplôme ou formation — Établissement, ville")

    _heading(doc, CV_HEADINGS[3], level=1)
    columns = [
        ("Savoir-faire", "Les compétences métier demandées dans l'offre"),
        ("Outils", "Logiciels, machines, permis"),
        ("Langues", "Niveau réel : courant, professionnel, notions"),
    ]
    table = doc.add_table(rows=2, cols=3)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, (title, hint) in zip(table.rows[0].cells, columns, strict=True):
        run = cell.paragraphs[0].add_run(fr(title))
        run.bold = True
        run.font.color.rgb = BLUE
        hint_run = cell.add_paragraph().add_run(fr(hint))
        hint_run.italic = True
        hint_run.font.size = Pt(9.5)
        hint_run.font.color.rgb = GREY
    for cell in table.rows[1].cells:
        cell.paragraphs[0].text = "•\n•\n•"

    _heading(doc, CV_HEADINGS[4], level=1)
    _hint(
        doc,
        "Seulement s'ils disent quelque chose d'utile : bénévolat, sport en club, responsabilité "
        "associative.",
    )
    _line(doc, "Un ou deux centres d'intérêt, avec un détail concret.")
    return _save(doc)


def cover_letter_docx() -> bytes:
    doc = _new_document("Modèle de lettre de motivation")
    for text in ("Prénom NOM", "Adresse ou ville", "06 00 00 00 00", "prenom.nom@exemple.fr"):
        _line(doc, text, bold=text == "Prénom NOM").paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    for text in ("Nom de l'entreprise", "À l'attention de Madame ou Monsieur...", "Adresse"):
        recipient = _line(doc, text)
        recipient.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        recipient.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    _line(doc, "Ville, le jour mois année").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _line(doc, "Objet : candidature au poste de ... (référence de l'offre)", bold=True)
    _line(doc, "Madame, Monsieur,")
    _hint(doc, "Si vous connaissez le nom de la personne : « Madame Roux, ».")

    paragraphs = [
        (
            "Vous : l'entreprise et son besoin",
            "Deux ou trois phrases : ce que vous savez de l'entreprise (un fait tiré de vos "
            "recherches) et ce que vous avez compris du poste. Commencez par elle, pas par vous.",
        ),
        (
            "Moi : ce que j'apporte",
            "Deux ou trois atouts qui répondent aux missions de l'offre, chacun prouvé par une "
            "expérience ou un résultat chiffré. Reprenez les mots-clés de l'offre. C'est le "
            "paragraphe le plus long.",
        ),
        (
            "Nous : la rencontre",
            "Ce que vous ferez ensemble, puis la proposition d'un entretien : « Je serais "
            "heureux de vous en dire plus lors d'un entretien. »",
        ),
    ]
    for title, hint in paragraphs:
        _heading(doc, title, level=2)
        _hint(doc, hint + " Supprimez ce titre et cette consigne une fois le paragraphe écrit.")
        _line(doc, "Votre paragraphe.")

    _line(doc, "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.")
    signature = _line(doc, "Prénom NOM")
    signature.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _hint(
        doc,
        "Une page au maximum (250 à 300 mots). Relisez à voix haute, puis enregistrez en PDF : "
        "Lettre-Prenom-Nom-Poste.pdf.",
    )
    return _save(doc)
