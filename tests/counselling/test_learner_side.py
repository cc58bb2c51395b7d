"""The learner's side and the counsellor's writes: consent, notes (sanitised, shared or private),
appointments on "Mon parcours", the access log on "Mes données", export and account deletion."""

import json

import pytest
from django.urls import reverse
from django.utils import timezone

from cms.accounts.services import user_data_export, user_delete
from cms.counselling.models import AccessLog, CounsellorLink, Note
from cms.counselling.services import counsellor_profile, note_create

pytestmark = pytest.mark.django_db

XSS = (
    "Bonjour <script>alert(1)</script> **bravo** [site](javascript:alert(2)) "
    "<img src=x onerror=alert(3)> [ok](https://example.org) *vite*\n\n- un\n- deux"
)


def test_consent_flow_from_code_to_link(client, counsellor, learner):
    profile = counsellor_profile(user=counsellor)
    client.force_login(learner)
    response = client.post(reverse("counselling:sharing"), {"code": profile.display_code.lower()})
    consent_url = reverse("counselling:invitation", args=[profile.invitation_code])
    assert response["Location"] == consent_url
    page = client.get(consent_url).content.decode()
    assert counsellor.display_name in page and "réponses" in page and "auto-évaluations" in page
    assert client.post(consent_url, {}).status_code == 400  # the box must be ticked
    assert not CounsellorLink.objects.exists()
    client.post(consent_url, {"consent": "yes"})
    client.post(consent_url, {"consent": "yes"})  # a double click links once
    assert (
        CounsellorLink.objects.active().filter(counsellor=counsellor, learner=learner).count() == 1
    )
    sharing = client.get(reverse("counselling:sharing")).content.decode()
    assert counsellor.display_name in sharing and "Arrêter le partage" in sharing


def test_bad_codes_and_self_links(client, counsellor):
    client.force_login(counsellor)
    response = client.post(reverse("counselling:sharing"), {"code": "12"})
    assert response.status_code == 400
    response = client.get(reverse("counselling:invitation", args=["ZZZZZZZZ"]), follow=True)
    assert "aucun conseiller" in response.content.decode()
    own = counsellor_profile(user=counsellor).invitation_code
    client.post(reverse("counselling:invitation", args=[own]), {"consent": "yes"})
    assert not CounsellorLink.objects.exists()


def test_notes_are_sanitised_and_shared_only_when_chosen(client, counsellor, learner, linked):
    client.force_login(counsellor)
    when = (timezone.localtime() + timezone.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")
    response = client.post(
        reverse("counselling:note_create", args=[learner.pk]),
        {"body": XSS, "shared": "1", "appointment_at": when, "appointment_mode": "agency"},
    )
    assert response.status_code == 302
    client.post(
        reverse("counselling:note_create", args=[learner.pk]),
        {"body": "Secret de suivi", "shared": "0"},
    )
    shared = Note.objects.get(shared=True)
    html = shared.body_html
    assert "<script" not in html and "<img" not in html and 'href="javascript' not in html
    assert "<strong>bravo</strong>" in html and "<em>vite</em>" in html
    assert '<a href="https://example.org" rel="nofollow noopener noreferrer">ok</a>' in html
    assert "<ul><li>un</li><li>deux</li></ul>" in html
    assert "&lt;script&gt;" in html  # typed HTML shows as text
    client.force_login(learner)
    dashboard = client.get(reverse("dashboard:home")).content.decode()
    assert "<strong>bravo</strong>" in dashboard and "Secret de suivi" not in dashboard
    assert "Prochain rendez-vous" in dashboard and "agence" in dashboard
    assert "<script>alert" not in dashboard


def test_a_bad_note_form_is_shown_again(client, counsellor, learner, linked):
    client.force_login(counsellor)
    response = client.post(
        reverse("counselling:note_create", args=[learner.pk]),
        {"body": "", "shared": "1", "appointment_at": "2026-13-45T99:99"},
    )
    assert response.status_code == 400 and not Note.objects.exists()


def test_access_log_on_my_data_and_in_the_export(client, counsellor, learner, linked):
    client.force_login(counsellor)
    client.get(reverse("counselling:learner", args=[learner.pk]))
    client.get(reverse("counselling:brief", args=[learner.pk]))
    note_create(learner=learner, author=counsellor, body="Partagée", shared=True)
    assert list(AccessLog.objects.values_list("action", flat=True)) == ["brief", "detail"]
    client.force_login(learner)
    page = client.get(reverse("accounts:my_data")).content.decode()
    assert "Qui a consulté mon suivi" in page and counsellor.display_name in page
    assert "a préparé la fiche de rendez-vous" in page
    data = json.loads(json.dumps(user_data_export(user=learner), default=str))
    section = data["cms"]
    assert len(section["counsellor_access_log"]) == 2
    assert section["counselling_notes"][0]["text"] == "Partagée"
    assert section["counsellor_links"][0]["withdrawn_at"] is None


def test_deleting_the_learner_deletes_it_all_but_not_the_counsellor(counsellor, learner, linked):
    note_create(learner=learner, author=counsellor, body="Note", shared=True)
    AccessLog.objects.create(
        counsellor=counsellor, counsellor_name="X", learner=learner, action="detail"
    )
    user_delete(user=learner)
    assert not Note.objects.exists() and not AccessLog.objects.exists()
    assert not CounsellorLink.objects.exists()
    counsellor.refresh_from_db()


def test_deleting_the_counsellor_keeps_the_learners_data(counsellor, learner, linked):
    note_create(learner=learner, author=counsellor, body="Note", shared=True)
    AccessLog.objects.create(
        counsellor=counsellor,
        counsellor_name=counsellor.display_name,
        learner=learner,
        action="detail",
    )
    name = counsellor.display_name
    user_delete(user=counsellor)
    note = Note.objects.get()
    assert note.author is None and note.author_name == name
    assert AccessLog.objects.get().counsellor is None


def test_counsellor_lands_on_the_caseload_with_their_navigation(client, counsellor, learner):
    response = client.post(
        reverse("accounts:login"),
        {"username": counsellor.email, "password": "motdepasse-solide-42"},
    )
    assert response["Location"] == reverse("counselling:caseload")
    page = client.get(reverse("counselling:caseload")).content.decode()
    assert "Mes demandeurs d&#x27;emploi" in page or "Mes demandeurs d'emploi" in page
    assert "Mes cours (comme apprenant)" in page
    client.post(reverse("accounts:logout"))
    response = client.post(
        reverse("accounts:login"), {"username": learner.email, "password": "motdepasse-solide-42"}
    )
    assert response["Location"] == reverse("dashboard:home")
    assert "Mon code d" not in client.get(reverse("dashboard:home")).content.decode()


def test_admins_revoke_links_in_the_wagtail_admin(client, admin_user, learner, linked):
    client.force_login(admin_user)
    index = client.get(reverse("counsellor_links:index"))
    assert index.status_code == 200 and learner.get_full_name() in index.content.decode()
    edit = reverse("counsellor_links:edit", args=[linked.pk])
    assert client.get(edit).status_code == 200
    client.post(edit, {"revoke": "on"})
    linked.refresh_from_db()
    assert linked.withdrawn_at is not None and linked.withdrawn_by == "admin"
    assert client.get(reverse("counsellor_links:add")).status_code in {302, 403, 404}
