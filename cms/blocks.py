"""Content blocks shared by lessons and standard pages.

Every block has an icon, a template of its own, a description and a preview value, so that
Wagtail's block previews work in the admin's block picker.
"""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class FirstInLibraryMixin:
    """Preview a chooser-based block with whatever the library holds first."""

    library_fields: dict = {}

    def get_preview_value(self):
        value = dict(self.meta.preview_value)
        for field_name, model_path in self.library_fields.items():
            value[field_name] = apps.get_model(model_path).objects.order_by("pk").first()
        return self.normalize(value)


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Texte"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Titre de section")), ("h3", _("Sous-titre"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Titre")
        template = "blocks/heading.html"
        description = _("Un titre de section, pour découper la leçon en étapes lisibles.")
        preview_value = {"text": "Les rubriques essentielles du CV", "level": "h2"}


class RichTextBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        label = _("Texte")
        template = "blocks/rich_text.html"
        description = _("Un paragraphe de texte mis en forme : gras, listes, liens.")
        preview_value = (
            "<p>Un recruteur passe en moyenne <b>moins d'une minute</b> sur un CV. "
            "Placez l'essentiel en haut de la page.</p>"
        )


class ImageBlock(FirstInLibraryMixin, blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Texte alternatif"),
        max_length=250,
        help_text=_("Décrivez l'image pour les personnes qui ne la voient pas."),
    )
    caption = blocks.CharBlock(label=_("Légende"), required=False, max_length=250)

    library_fields = {"image": "wagtailimages.Image"}

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"
        description = _("Une image avec son texte alternatif (obligatoire) et une légende.")
        preview_value = {
            "alt_text": "Exemple de CV clair sur une page",
            "caption": "Un CV aéré se lit plus vite.",
        }


VIDEO_TYPES = {"mp4": "video/mp4", "webm": "video/webm"}


def video_sources(value) -> list[dict]:
    """The <source> elements of a video: each format once, the lightest file first.

    A browser plays the first source it can read, so this order gives each one the smallest file
    it supports (old iPhones skip WebM and take the MP4).
    """
    sources = {}
    for document in (value.get("video"), value.get("other_format")):
        extension = document.file_extension.lower() if document else ""
        if extension in VIDEO_TYPES and extension not in sources:
            sources[extension] = {
                "url": document.url,
                "type": VIDEO_TYPES[extension],
                "size": document.get_file_size() or 0,
            }
    return sorted(sources.values(), key=lambda source: source["size"])


class VideoBlock(FirstInLibraryMixin, blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), max_length=120)
    video = DocumentChooserBlock(
        label=_("Fichier vidéo"), help_text=_("Un fichier MP4 ou WebM déposé dans les documents.")
    )
    other_format = DocumentChooserBlock(
        label=_("La même vidéo dans l'autre format"),
        required=False,
        help_text=_(
            "Facultatif : la version MP4 d'une vidéo WebM, ou l'inverse. Les anciens iPhone et "
            "iPad ne lisent que le MP4 (H.264)."
        ),
    )
    poster = ImageChooserBlock(label=_("Image d'aperçu"), required=False)
    captions = DocumentChooserBlock(
        label=_("Sous-titres (WebVTT)"), required=False, help_text=_("Un fichier .vtt.")
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcription"),
        help_text=_("Le texte complet de la vidéo, pour qui ne peut pas l'écouter."),
    )

    library_fields = {"video": "wagtaildocs.Document"}

    class Meta:
        icon = "media"
        label = _("Vidéo")
        template = "blocks/video.html"
        description = _("Une vidéo hébergée sur le site, toujours accompagnée de sa transcription.")
        preview_value = {
            "title": "Présenter son parcours en 30 secondes",
            "transcript": "<p>Bonjour, je m'appelle Awa et je cherche un poste d'assistante.</p>",
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["sources"] = video_sources(value)
        return context

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        video = value.get("video")
        if video and video.file_extension.lower() not in VIDEO_TYPES:
            errors["video"] = ErrorList([ValidationError(_("Choisissez un fichier MP4 ou WebM."))])
        other = value.get("other_format")
        if other and (
            other.file_extension.lower() not in VIDEO_TYPES
            or (video and other.file_extension.lower() == video.file_extension.lower())
        ):
            message = _("Choisissez l'autre format que celui de la vidéo : MP4 ou WebM.")
            errors["other_format"] = ErrorList([ValidationError(message)])
        captions = value.get("captions")
        if captions and captions.file_extension.lower() != "vtt":
            errors["captions"] = ErrorList([ValidationError(_("Choisissez un fichier .vtt."))])
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class DocumentBlock(FirstInLibraryMixin, blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Titre affiché"), max_length=120)
    description = blocks.TextBlock(label=_("À quoi il sert"), required=False, max_length=400)

    library_fields = {"document": "wagtaildocs.Document"}

    class Meta:
        icon = "doc-full"
        label = _("Document à télécharger")
        template = "blocks/document.html"
        description = _("Un modèle à télécharger : CV, lettre, planning de recherche.")
        preview_value = {
            "title": "Modèle de CV à compléter",
            "description": "Un modèle sobre, prêt à remplir avec vos expériences.",
        }


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Type"),
        choices=[("tip", _("Astuce")), ("info", _("À savoir")), ("warning", _("Attention"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Titre"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Texte"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "help"
        label = _("Encadré")
        template = "blocks/callout.html"
        description = _("Une astuce, une information ou une mise en garde mise en valeur.")
        preview_value = {
            "kind": "tip",
            "title": "Astuce",
            "text": "<p>Adaptez le titre de votre CV à chaque offre.</p>",
        }


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), max_length=120)
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Élément"), max_length=250), label=_("Éléments")
    )

    class Meta:
        icon = "list-ul"
        label = _("Liste de vérification")
        template = "blocks/checklist.html"
        description = _("Une liste de points à vérifier, que l'apprenant peut cocher.")
        preview_value = {
            "title": "Avant d'envoyer votre CV",
            "items": ["Mes coordonnées sont à jour", "Aucune faute d'orthographe", "Format PDF"],
        }


class ExamplePairBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), required=False, max_length=120)
    bad = blocks.TextBlock(label=_("À éviter"), max_length=600)
    good = blocks.TextBlock(label=_("À préférer"), max_length=600)
    explanation = blocks.TextBlock(label=_("Pourquoi"), required=False, max_length=600)

    class Meta:
        icon = "arrows-up-down"
        label = _("Exemple à éviter / à préférer")
        template = "blocks/example_pair.html"
        description = _("Deux versions côte à côte, par exemple deux lignes de CV.")
        preview_value = {
            "title": "Décrire une expérience",
            "bad": "Responsable de la caisse.",
            "good": "Tenue de caisse : 200 clients par jour, zéro écart en 2 ans.",
            "explanation": "Des faits chiffrés montrent ce que vous savez faire.",
        }


class ContentStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = RichTextBlock()
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    checklist = ChecklistBlock()
    example_pair = ExamplePairBlock()
