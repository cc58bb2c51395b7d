"""Error pages: the 404 uses the site's template; the 500 renders without touching the database."""

import pytest
from django.test import RequestFactory
from django.urls import path

from cms import views


def broken_view(request):
    raise RuntimeError("boom")


# This module doubles as a URLconf for the 500 test.
urlpatterns = [path("casse/", broken_view)]
handler404 = "cms.views.page_not_found"
handler500 = "cms.views.server_error"


@pytest.mark.django_db
def test_unknown_url_renders_the_custom_404(client):
    response = client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
    assert "404.html" in [t.name for t in response.templates]
    content = response.content.decode()
    assert 'id="main"' in content  # the site's layout, not Django's bare page
    assert "<h1" in content


@pytest.mark.django_db
def test_unknown_url_under_an_app_prefix_is_a_404(client):
    assert client.get("/apprendre/rien/").status_code == 404


def test_500_handler_renders_without_database():
    # No django_db mark: pytest-django makes any database access here raise an error.
    request = RequestFactory().get("/casse/")
    response = views.server_error(request)
    assert response.status_code == 500
    content = response.content.decode()
    assert "<h1" in content
    assert "/static/css/dist/styles.css" in content
    assert 'lang="fr"' in content


@pytest.mark.urls("tests.cms.test_errors")
def test_an_exception_is_answered_by_the_500_template(client):
    client.raise_request_exception = False
    response = client.get("/casse/")
    assert response.status_code == 500
    assert "/static/css/dist/styles.css" in response.content.decode()
