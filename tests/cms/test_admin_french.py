"""The Wagtail admin is French throughout: login form, role groups, moderation workflow; and it
fetches no avatar from outside."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from wagtail.models import Task, Workflow

from cms import roles
from tests.factories import CourseIndexPageFactory, CoursePageFactory, ModulePageFactory

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def test_the_admin_login_form_is_french(client):
    page = text(client.get(reverse("wagtailadmin_login")))
    assert "Adresse e-mail" in page
    assert "Mot de passe *" in page
    assert "Password" not in page


def test_an_editor_signs_in_with_the_french_form(client, editor):
    credentials = {"username": editor.email, "password": "motdepasse-solide-42"}
    response = client.post(reverse("wagtailadmin_login"), credentials)
    assert response.status_code == 302
    assert response.wsgi_request.user == editor


def test_role_groups_have_french_names():
    names = set(Group.objects.values_list("name", flat=True))
    assert set(roles.ALL) <= names
    assert not names & {"Learners", "Counsellors", "Editors", "Moderators"}
    assert roles.ALL == ["Apprenants", "Conseillers", "Rédacteurs", "Modérateurs"]


def test_the_moderation_workflow_and_its_task_are_named_in_french():
    assert list(Workflow.objects.values_list("name", flat=True)) == [roles.MODERATION_WORKFLOW]
    assert list(Task.objects.values_list("name", flat=True)) == [roles.MODERATION_WORKFLOW]
    task = Task.objects.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [roles.MODERATORS]


def test_the_editor_submits_to_the_french_workflow(client, editor):
    module = ModulePageFactory(parent=CoursePageFactory(parent=CourseIndexPageFactory()))
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=["lessons", "lessonpage", module.pk])
    page = text(client.get(url))
    assert f"Soumettre\u00a0: {roles.MODERATION_WORKFLOW}" in page
    assert "Moderators" not in page


def test_the_english_admin_keeps_wagtails_english_label(client, editor):
    # The French override must not leak into English (our .po for English has no such entry).
    with translation.override("en"):
        assert translation.gettext("Submit to %(workflow_name)s") == "Submit to %(workflow_name)s"


def test_no_avatar_is_fetched_from_outside(client, editor):
    client.force_login(editor)
    for url in [reverse("wagtailadmin_home"), reverse("wagtailadmin_account")]:
        html = client.get(url).content.decode()
        assert "gravatar" not in html.lower()
        images = BeautifulSoup(html, "html.parser").find_all("img")
        assert all(img["src"].startswith("/") for img in images), [i["src"] for i in images]
