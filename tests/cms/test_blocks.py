"""Every content block: block-picker metadata, rendering, admin previews and validation."""

import html
import re

import pytest
from django.core.files.base import ContentFile
from django.template.loader import get_template
from django.urls import reverse
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from cms.blocks import ContentStreamBlock, VideoBlock
from lessons.models import LessonPage
from tests.factories import DocumentFactory, ImageFactory

STREAM = ContentStreamBlock()
BLOCK_NAMES = list(STREAM.child_blocks)
EXPECTED_BLOCKS = {
    "heading",
    "paragraph",
    "image",
    "video",
    "document",
    "callout",
    "checklist",
    "example_pair",
}


def visible_text(markup: str) -> str:
    """The text a reader gets: tags dropped, entities decoded, whitespace collapsed."""
    text = re.sub(r"<[^>]+>", " ", str(markup))
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def preview_strings(block) -> list[str]:
    """The human-readable strings of a block's preview value (choice keys are not displayed)."""
    value = block.meta.preview_value
    if isinstance(block, blocks.StructBlock):
        strings = []
        for name, child in block.child_blocks.items():
            if name not in value or isinstance(child, blocks.ChoiceBlock):
                continue
            item = value[name]
            strings += item if isinstance(item, list) else [item]
        return [visible_text(s) for s in strings]
    return [visible_text(value)]


@pytest.fixture
def library(db):
    """The first image and document of the library are what chooser blocks preview with."""
    image = ImageFactory(title="Illustration de CV")
    video = DocumentFactory(title="Vidéo", file=ContentFile(b"\x00\x00\x00\x18ftypmp42", "cv.mp4"))
    document = DocumentFactory(title="Modèle", file=ContentFile(b"%PDF-1.4\n", "modele.pdf"))
    return {"image": image, "video": video, "document": document}


def test_the_stream_offers_every_block_type():
    assert set(BLOCK_NAMES) == EXPECTED_BLOCKS
    assert set(LessonPage.body.field.stream_block.child_blocks) == EXPECTED_BLOCKS


@pytest.mark.parametrize("name", BLOCK_NAMES)
def test_block_has_picker_metadata(name):
    block = STREAM.child_blocks[name]
    assert block.meta.icon and block.meta.icon != "placeholder"
    assert str(block.get_description()).strip()
    assert block.meta.template.startswith("blocks/")
    get_template(block.meta.template)  # exists
    assert hasattr(block.meta, "preview_value")
    assert block.is_previewable


@pytest.mark.parametrize("name", BLOCK_NAMES)
def test_block_renders_its_preview_value(name, library):
    block = STREAM.child_blocks[name]
    rendered = str(block.render(block.get_preview_value()))
    text = visible_text(rendered)
    for expected in preview_strings(block):
        assert expected in text or html.escape(expected) in rendered, (name, expected, text)


def test_heading_uses_the_chosen_level(library):
    block = STREAM.child_blocks["heading"]
    rendered = str(block.render(block.to_python({"text": "Se présenter", "level": "h3"})))
    assert re.search(r"<h3[^>]*>\s*Se présenter\s*</h3>", rendered)


def test_image_block_renders_a_rendition_with_alt_text(library):
    block = STREAM.child_blocks["image"]
    rendered = str(block.render(block.get_preview_value()))
    assert 'alt="Exemple de CV clair sur une page"' in rendered
    assert "/images/" in rendered  # a rendition URL, not the original upload
    assert "<figcaption" in rendered


def test_video_block_plays_the_document_with_captions_and_transcript(library):
    block = STREAM.child_blocks["video"]
    captions = DocumentFactory(title="Sous-titres", file=ContentFile(b"WEBVTT\n", "cv.vtt"))
    value = block.get_preview_value()
    value["captions"] = captions
    value["poster"] = library["image"]
    rendered = str(block.render(value))
    assert "<video" in rendered and "controls" in rendered
    assert library["video"].url in rendered
    assert "<track" in rendered and 'kind="captions"' in rendered and captions.url in rendered
    assert "Bonjour, je m" in visible_text(rendered)


def test_document_block_links_to_the_download(library):
    block = STREAM.child_blocks["document"]
    # The preview takes the first document of the library: the video here.
    value = block.to_python(
        {"document": library["document"].pk, "title": "Modèle de CV", "description": ""}
    )
    rendered = str(block.render(value))
    assert library["document"].url in rendered
    assert "Modèle de CV" in visible_text(rendered)
    assert "pdf" in visible_text(rendered).lower()


def test_checklist_items_are_labelled_checkboxes(library):
    block = STREAM.child_blocks["checklist"]
    rendered = str(block.render(block.get_preview_value()))
    assert rendered.count('type="checkbox"') == 3
    assert rendered.count("<label") >= 3


def test_example_pair_does_not_rely_on_colour(library):
    block = STREAM.child_blocks["example_pair"]
    text = visible_text(block.render(block.get_preview_value()))
    assert "À éviter" in text and "À préférer" in text


@pytest.mark.parametrize("name", BLOCK_NAMES)
def test_admin_block_preview(name, client, editor, library):
    block = STREAM.child_blocks[name]
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    assert response.status_code == 200
    content = response.content.decode()
    text = visible_text(content)
    for expected in preview_strings(block):  # alt text is an attribute, not visible text
        assert expected in text or html.escape(expected) in content, (name, expected)


def test_admin_block_preview_of_unknown_block_is_404(client, editor):
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_block_preview"), {"id": "blockdef-999999"})
    assert response.status_code == 404


def test_video_block_refuses_a_pdf(library):
    block = VideoBlock()
    value = block.to_python(
        {"title": "Vidéo", "video": library["document"].pk, "transcript": "<p>Texte</p>"}
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "Choisissez un fichier MP4 ou WebM." in str(error.value.block_errors["video"])


def test_video_block_refuses_captions_that_are_not_vtt(library):
    block = VideoBlock()
    value = block.to_python(
        {
            "title": "Vidéo",
            "video": library["video"].pk,
            "captions": library["document"].pk,
            "transcript": "<p>Texte</p>",
        }
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "Choisissez un fichier .vtt." in str(error.value.block_errors["captions"])


def test_video_block_accepts_mp4_with_vtt(library):
    captions = DocumentFactory(title="Sous-titres", file=ContentFile(b"WEBVTT\n", "cv.vtt"))
    block = VideoBlock()
    value = block.to_python(
        {
            "title": "Vidéo",
            "video": library["video"].pk,
            "captions": captions.pk,
            "transcript": "<p>Texte</p>",
        }
    )
    assert block.clean(value)["video"] == library["video"]


def sources(rendered: str) -> list[tuple[str, str]]:
    return re.findall(r'<source src="([^"]+)" type="([^"]+)">', rendered)


def test_video_block_offers_both_formats_lightest_first(library):
    block = STREAM.child_blocks["video"]
    webm = DocumentFactory(title="Vidéo WebM", file=ContentFile(b"\x1aE\xdf\xa3" * 64, "cv.webm"))
    value = block.to_python(
        {
            "title": "Vidéo",
            "video": webm.pk,
            "other_format": library["video"].pk,  # the MP4, lighter here
            "transcript": "<p>Texte</p>",
        }
    )
    rendered = str(block.render(value))
    assert sources(rendered) == [(library["video"].url, "video/mp4"), (webm.url, "video/webm")]
    # The fallback link offers the MP4, which every device plays.
    assert f'<a href="{library["video"].url}"' in rendered

    heavy_mp4 = DocumentFactory(title="Vidéo MP4", file=ContentFile(b"\x00" * 1024, "cv2.mp4"))
    value = block.to_python(
        {"title": "Vidéo", "video": webm.pk, "other_format": heavy_mp4.pk, "transcript": "<p>T</p>"}
    )
    assert [kind for _url, kind in sources(str(block.render(value)))] == [
        "video/webm",
        "video/mp4",
    ]


def test_video_block_with_one_file_has_one_source(library):
    block = STREAM.child_blocks["video"]
    value = block.to_python(
        {"title": "Vidéo", "video": library["video"].pk, "transcript": "<p>Texte</p>"}
    )
    assert sources(str(block.render(value))) == [(library["video"].url, "video/mp4")]


@pytest.mark.parametrize("other", ["same format", "pdf"])
def test_video_block_refuses_a_second_file_that_is_not_the_other_format(library, other):
    second = (
        DocumentFactory(title="Autre MP4", file=ContentFile(b"\x00" * 8, "autre.mp4"))
        if other == "same format"
        else library["document"]
    )
    block = VideoBlock()
    value = block.to_python(
        {
            "title": "Vidéo",
            "video": library["video"].pk,
            "other_format": second.pk,
            "transcript": "<p>Texte</p>",
        }
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "l'autre format" in str(error.value.block_errors["other_format"])
