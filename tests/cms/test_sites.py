"""The default Wagtail Site follows SITE_BASE_URL, so Wagtail's own links are the public ones."""

import pytest
from django.core.management import call_command
from wagtail.models import Site

from cms.sites import base_url_host_and_port, site_sync_with_base_url

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("https://cours.example.org", ("cours.example.org", 443)),
        ("http://127.0.0.1:8123", ("127.0.0.1", 8123)),
        ("http://localhost", ("localhost", 80)),
    ],
)
def test_host_and_port_of_the_base_url(base_url, expected):
    assert base_url_host_and_port(base_url) == expected


def test_the_default_site_takes_the_base_url(settings):
    settings.SITE_BASE_URL = "https://cours.example.org"
    assert site_sync_with_base_url() is True
    site = Site.objects.get(is_default_site=True)
    assert site.root_url == "https://cours.example.org"
    assert site.root_page.specific.full_url == "https://cours.example.org/"
    assert site_sync_with_base_url() is False  # already so


def test_the_command_says_what_it_did(settings, capsys):
    settings.SITE_BASE_URL = "http://127.0.0.1:8123"
    call_command("sync_site")
    assert "http://127.0.0.1:8123" in capsys.readouterr().out
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8123"


def test_moderation_emails_link_to_the_base_url(settings, editor):
    """Wagtail's moderation e-mails ("approved", "rejected"): every link on SITE_BASE_URL."""
    from django.core import mail

    from cms.models import StandardPage
    from tests.factories import root_page

    settings.SITE_BASE_URL = settings.WAGTAILADMIN_BASE_URL = "https://cours.example.org"
    site_sync_with_base_url()
    page = StandardPage(title="À relire", slug="a-relire", live=False)
    root_page().add_child(instance=page)
    revision = page.save_revision(user=editor)
    from wagtail.admin.mail import send_notification

    for notification in ("approved", "rejected"):
        assert send_notification([editor], notification, {"revision": revision}) is True
    assert len(mail.outbox) == 2
    links = [
        word for message in mail.outbox for word in message.body.split() if "://" in word
    ]
    assert links and all(link.startswith("https://cours.example.org/") for link in links)


def test_certificate_links_follow_the_base_url(settings):
    from courses.certificate_pdf import verification_url

    settings.SITE_BASE_URL = "http://127.0.0.1:8123"
    assert verification_url("ABCD") == (
        "http://127.0.0.1:8123/apprendre/certificats/verifier/?code=ABCD"
    )
