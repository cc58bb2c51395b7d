"""Downloadable templates for the demo courses: PDF to print (fpdf2), Word files to edit.

They use the project font (cms.pdf: DejaVu Sans shipped with the code, every character of any
language). The editable models are .docx files written with python-docx (Word, LibreOffice and phone
office apps open them), in real heading styles and with French set as the proofing language.
`ensure_documents()` saves everything as Wagtail documents, looked up by title, so running it again
reuses them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django.core.files.base import ContentFile
from fpdf import FPDF
from fpdf.fonts import FontFace
from wagtail.documents import get_document_model
from wagtail.models import Collection

from cms.pdf import FAMILY, register_fonts

from . import video
from .word import cover_letter_docx, cv_template_docx

NAVY = (30, 58, 95)
BLUE = (37, 99, 235)
PALE = (219, 234, 254)
GREY = (100, 116, 139)
LINE = (203, 213, 225)
INK = (30, 41, 59)

class TemplatePDF(FPDF):
    def __init__(self, title: str, orientation: str = "P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.doc_title = title
        self.set_title(title)
        self.set_author("Cap Emploi")
        self.set_creator("Cap Emploi - cours en ligne")
        self.set_lang("fr-FR")
        self.set_auto_page_break(auto=True, margin=16)
        self.set_margins(16, 14, 16)
        register_fonts(self)
        self.family = FAMILY
        self.add_page()

    def t(self, text: str) -> str:
        return text

    def footer(self):
        self.set_y(-12)
        self.font("I", 8, GREY)
        self.cell(
            0, 6, self.t(f"{self.doc_title} — Cap Emploi, cours en ligne gratuits"), align="C"
        )

    def font(self, style: str = "", size: float = 10, colour=INK):
        self.set_font(self.family, style, size)
        self.set_text_color(*colour)

    def heading(self, text: str, size: float = 12):
        self.ln(3)
        self.font("B", size, NAVY)
        self.cell(0, 7, self.t(text.upper()), new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*BLUE)
        self.set_line_width(0.6)
        self.line(self.l_margin, self.get_y(), self.l_margin + 28, self.get_y())
        self.ln(2)

    def hint(self, text: str):
        self.font("I", 8.5, GREY)
        self.multi_cell(0, 4.5, self.t(text), align="L", new_x="LMARGIN", new_y="NEXT")

    def placeholder(self, text: str, size: float = 10, style: str = ""):
        self.font(style, size, INK)
        self.multi_cell(0, 5.5, self.t(text), align="L", new_x="LMARGIN", new_y="NEXT")

    def write_lines(self, count: int, gap: float = 7.5):
        self.set_draw_color(*LINE)
        self.set_line_width(0.3)
        for _ in range(count):
            self.ln(gap)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(2)


def cv_template() -> bytes:
    pdf = TemplatePDF("Modèle de CV")
    # identity band
    pdf.set_fill_color(*NAVY)
    pdf.rect(0, 0, pdf.w, 38, style="F")
    pdf.set_xy(16, 9)
    pdf.font("B", 20, (255, 255, 255))
    pdf.cell(0, 9, pdf.t("Prénom NOM"), new_x="LMARGIN", new_y="NEXT")
    pdf.font("", 9.5, (219, 234, 254))
    pdf.cell(
        0,
        6,
        pdf.t("06 00 00 00 00  ·  prenom.nom@exemple.fr  ·  Ville (mobilité : 30 km, permis B)"),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.cell(
        0,
        5,
        pdf.t("Lien vers un profil en ligne ou un portfolio (facultatif)"),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_y(44)
    pdf.set_fill_color(*PALE)
    pdf.font("B", 13, NAVY)
    pdf.cell(
        0,
        10,
        pdf.t("  Intitulé du poste visé — reprenez les mots de l'offre"),
        fill=True,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.hint(
        "Exemple : « Assistante administrative — 8 ans d'expérience en PME, disponible "
        "immédiatement »."
    )

    pdf.heading("Profil")
    pdf.hint(
        "3 lignes maximum : ce que vous savez faire, pour qui, et ce que vous apportez au "
        "poste visé."
    )
    pdf.write_lines(3)

    pdf.heading("Expériences professionnelles")
    pdf.hint(
        "De la plus récente à la plus ancienne. Une ligne par réalisation : verbe d'action + "
        "tâche + "
        "résultat chiffré si possible."
    )
    for _ in range(2):
        pdf.ln(1)
        pdf.placeholder(
            "Mois année – mois année   |   Intitulé du poste   —   Entreprise, ville", 10, "B"
        )
        for bullet in (
            "• Action concrète et son résultat :",
            "• Action concrète et son résultat :",
            "• Outil, public ou volume géré :",
        ):
            pdf.font("", 9.5, GREY)
            pdf.cell(0, 7, pdf.t(bullet), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    pdf.heading("Formation")
    pdf.hint(
        "Diplôme ou certificat, organisme, année. Ajoutez les formations courtes utiles au poste "
        "(habilitations, CACES, SST, bureautique...)."
    )
    pdf.placeholder("Année   |   Diplôme ou formation   —   Établissement, ville")
    pdf.placeholder("Année   |   Diplôme ou formation   —   Établissement, ville")

    pdf.heading("Compétences")
    col = (pdf.w - pdf.l_margin - pdf.r_margin) / 3
    y = pdf.get_y()
    for i, (title, hint) in enumerate(
        [
            ("Savoir-faire", "Les compétences métier demandées dans l'offre"),
            ("Outils", "Logiciels, machines, permis"),
            ("Langues", "Niveau réel : courant, professionnel, notions"),
        ]
    ):
        pdf.set_xy(pdf.l_margin + i * col, y)
        pdf.font("B", 10, BLUE)
        pdf.cell(col - 4, 6, pdf.t(title), new_x="LEFT", new_y="NEXT")
        pdf.font("I", 8.5, GREY)
        pdf.multi_cell(col - 4, 4.5, pdf.t(hint), align="L", new_x="LEFT", new_y="NEXT")
        pdf.font("", 9.5, GREY)
        for _ in range(3):
            pdf.cell(col - 4, 6, "•", new_x="LEFT", new_y="NEXT")
    pdf.set_x(pdf.l_margin)

    pdf.heading("Centres d'intérêt (facultatif)")
    pdf.hint(
        "Seulement s'ils disent quelque chose d'utile : bénévolat, sport en club, "
        "responsabilité associative."
    )
    pdf.write_lines(1)
    return bytes(pdf.output())


def weekly_planner() -> bytes:
    pdf = TemplatePDF("Planning hebdomadaire de recherche d'emploi", orientation="L")
    pdf.font("B", 17, NAVY)
    pdf.cell(
        0, 9, pdf.t("Planning hebdomadaire de recherche d'emploi"), new_x="LMARGIN", new_y="NEXT"
    )
    pdf.font("", 10, GREY)
    pdf.cell(
        0,
        6,
        pdf.t(
            "Semaine du ....../....../......  au ....../....../......    "
            "Mes 3 objectifs : 1. ....................  2. ....................  "
            "3. ...................."
        ),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    days = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"]
    rows = [
        ("Matin\n9 h – 12 h", "Candidatures ciblées, recherche d'offres"),
        ("Après-midi\n14 h – 16 h 30", "Réseau, appels, ateliers, entretiens"),
        ("Relances\n(15 min)", "Qui relancer aujourd'hui ?"),
        ("Fait aujourd'hui", "Une ligne suffit"),
    ]
    pdf.set_draw_color(*LINE)
    pdf.set_line_width(0.3)
    heading_style = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY)
    with pdf.table(
        col_widths=(34, 47, 47, 47, 47, 47),
        headings_style=heading_style,
        line_height=6,
        text_align="LEFT",
        borders_layout="ALL",
    ) as table:
        pdf.font("B", 10)
        header = table.row()
        header.cell(pdf.t("Créneau"))
        for day in days:
            header.cell(pdf.t(day))
        for label, hint in rows:
            row = table.row()
            pdf.font("B", 9.5, NAVY)
            row.cell(pdf.t(label), style=FontFace(emphasis="BOLD", color=NAVY, fill_color=PALE))
            pdf.font("I", 8, GREY)
            for _day in days:
                row.cell(
                    pdf.t(hint + "\n\n\n\n"),
                    style=FontFace(emphasis="ITALICS", color=(148, 163, 184), size_pt=8),
                )
    pdf.ln(4)
    pdf.font("B", 11, NAVY)
    pdf.cell(0, 7, pdf.t("Bilan du vendredi"), new_x="LMARGIN", new_y="NEXT")
    pdf.font("", 9.5, INK)
    pdf.cell(
        0,
        6,
        pdf.t(
            "Candidatures envoyées : ......   Relances : ......   Contacts nouveaux : ......   "
            "Entretiens obtenus : ......"
        ),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.cell(
        0,
        6,
        pdf.t(
            "Ce qui a marché : ..............................................................   "
            "Ce que je change la semaine prochaine : "
            "................................................"
        ),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return bytes(pdf.output())


def application_tracker() -> bytes:
    pdf = TemplatePDF("Tableau de suivi des candidatures", orientation="L")
    pdf.font("B", 17, NAVY)
    pdf.cell(0, 9, pdf.t("Tableau de suivi des candidatures"), new_x="LMARGIN", new_y="NEXT")
    pdf.hint(
        "Une ligne par candidature. Notez la date de relance dès l'envoi : 8 à 10 jours "
        "ouvrés plus tard "
        "pour une candidature, 2 à 3 jours après un entretien."
    )
    pdf.ln(3)
    columns = [
        "Date d'envoi",
        "Entreprise",
        "Poste (réf. de l'offre)",
        "Canal",
        "Contact",
        "Relance prévue",
        "Réponse / suite",
    ]
    pdf.font("", 9)
    pdf.set_draw_color(*LINE)
    pdf.set_line_width(0.3)
    with pdf.table(
        col_widths=(24, 40, 48, 30, 44, 26, 53),
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY),
        line_height=5.5,
        padding=1.5,
    ) as table:
        header = table.row()
        for column in columns:
            header.cell(pdf.t(column))
        example = table.row()
        for value in [
            "03/03",
            "Boulangerie Martin",
            "Vendeuse (offre 12345)",
            "Candidature spontanée",
            "Mme Martin, gérante",
            "13/03",
            "Entretien le 17/03",
        ]:
            example.cell(pdf.t(value), style=FontFace(emphasis="ITALICS", color=GREY))
        for _ in range(12):
            row = table.row()
            for _column in columns:
                row.cell(" \n ")
    return bytes(pdf.output())


@dataclass(frozen=True)
class Template:
    key: str
    title: str
    filename: str
    build: Callable[[], bytes]


TEMPLATES = [
    Template("cv-template", "Modèle de CV", "modele-de-cv.pdf", cv_template),
    Template("cv-template-docx", "Modèle de CV (Word)", "modele-de-cv.docx", cv_template_docx),
    Template(
        "cover-letter-template",
        "Modèle de lettre de motivation (Word)",
        "modele-de-lettre-de-motivation.docx",
        cover_letter_docx,
    ),
    Template(
        "weekly-planner",
        "Planning hebdomadaire de recherche d'emploi",
        "planning-hebdomadaire-recherche-emploi.pdf",
        weekly_planner,
    ),
    Template(
        "application-tracker",
        "Tableau de suivi des candidatures",
        "tableau-suivi-candidatures.pdf",
        application_tracker,
    ),
]


def _read(path: Path) -> Callable[[], bytes]:
    return path.read_bytes


# The demo video (WebM, and the same in MP4) and its captions, made once by `python -m
# cms.demo.video` (see there) and kept in assets/.
MEDIA = [
    Template("video-cv-zones", video.TITLE, video.VIDEO_FILE.name, _read(video.VIDEO_FILE)),
    Template("video-cv-zones-mp4", video.MP4_TITLE, video.MP4_FILE.name, _read(video.MP4_FILE)),
    Template(
        "captions-cv-zones",
        video.CAPTIONS_TITLE,
        video.CAPTIONS_FILE.name,
        _read(video.CAPTIONS_FILE),
    ),
]


def ensure_documents() -> dict:
    """Create the demo PDF templates and media files that are missing; return {key: Document}."""
    Document = get_document_model()
    root = Collection.get_first_root_node()
    documents = {}
    for item in TEMPLATES + MEDIA:
        document = Document.objects.filter(title=item.title).order_by("pk").first()
        if document is None:
            document = Document(title=item.title, collection=root)
            document.file = ContentFile(item.build(), name=item.filename)
            document.save()
        elif not document.file.storage.exists(document.file.name):
            document.file.save(item.filename, ContentFile(item.build()), save=True)
        documents[item.key] = document
    return documents
