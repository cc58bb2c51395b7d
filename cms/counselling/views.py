"""Counsellor workspace and the learner's sharing pages: thin views (parse, check, call, render).

Every counsellor page goes through permissions (counsellor_required, then the selectors start
from permissions.visible_learners) and sends Cache-Control: no-store.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseRedirect, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from quizzes.models import QuizPage
from quizzes.selectors import attempt_review
from quizzes.services import GrantNotNeeded, attempt_grant

from . import exports, services
from .brief import meeting_brief
from .forms import CaseloadFilterForm, GrantForm, InvitationCodeForm, NoteForm
from .models import AccessLog, CounsellorLink, Note
from .permissions import counsellor_required, visible_learner
from .selectors import (
    attempt_for_counsellor,
    caseload_page,
    learner_detail,
    learner_links,
)

# --- Counsellor side ------------------------------------------------------------------------------


@never_cache
@counsellor_required
@require_GET
def caseload(request):
    form = CaseloadFilterForm(request.GET)
    page = caseload_page(
        counsellor=request.user, filters=form.filters(), page_number=request.GET.get("page") or 1
    )
    form.fields["course"].widget.choices = (
        CaseloadFilterForm(courses=page.courses).fields["course"].widget.choices
    )
    return render(request, "counselling/caseload.html", {"caseload": page, "form": form})


@never_cache
@counsellor_required
@require_GET
def caseload_export(request):
    filters = CaseloadFilterForm(request.GET).filters()
    response = StreamingHttpResponse(
        exports.caseload_csv(counsellor=request.user, filters=filters),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{exports.filename()}"'
    return response


@never_cache
@counsellor_required
@require_http_methods(["GET", "POST"])
def invitation_code(request):
    profile = services.counsellor_profile(user=request.user)
    if request.method == "POST":
        services.invitation_code_renew(profile=profile)
        messages.success(request, _("Nouveau code créé. L'ancien ne fonctionne plus."))
        return redirect("counselling:invitation_code")
    link = request.build_absolute_uri(
        reverse("counselling:invitation", args=[profile.invitation_code])
    )
    return render(
        request, "counselling/invitation_code.html", {"profile": profile, "invitation_url": link}
    )


def _detail_context(request, learner_id, *, note_form=None):
    detail = learner_detail(counsellor=request.user, learner_id=learner_id)
    return {
        "detail": detail,
        "learner": detail.learner,
        "note_form": note_form or NoteForm(),
        "grant_form": GrantForm(),
    }


@never_cache
@counsellor_required
@require_GET
def learner(request, learner_id: int):
    context = _detail_context(request, learner_id)
    services.access_record(
        counsellor=request.user, learners=[context["learner"]], action=AccessLog.Action.DETAIL
    )
    return render(request, "counselling/learner_detail.html", context)


@never_cache
@counsellor_required
@require_GET
def brief(request, learner_id: int):
    detail = learner_detail(counsellor=request.user, learner_id=learner_id)
    services.access_record(
        counsellor=request.user, learners=[detail.learner], action=AccessLog.Action.BRIEF
    )
    return render(
        request,
        "counselling/brief.html",
        {"brief": meeting_brief(detail), "detail": detail, "learner": detail.learner},
    )


@never_cache
@counsellor_required
@require_GET
def attempt(request, learner_id: int, attempt_id: int):
    learner, attempt = attempt_for_counsellor(
        counsellor=request.user, learner_id=learner_id, attempt_id=attempt_id
    )
    services.access_record(
        counsellor=request.user, learners=[learner], action=AccessLog.Action.ATTEMPT
    )
    return render(
        request,
        "counselling/attempt.html",
        {"learner": learner, "attempt": attempt, "rows": attempt_review(attempt), "feedback": True},
    )


@never_cache
@counsellor_required
@require_POST
def note_create(request, learner_id: int):
    learner = visible_learner(request.user, learner_id)
    form = NoteForm(request.POST)
    if not form.is_valid():
        context = _detail_context(request, learner_id, note_form=form)
        return render(request, "counselling/learner_detail.html", context, status=400)
    data = form.cleaned_data
    services.note_create(
        learner=learner,
        author=request.user,
        body=data["body"],
        shared=data["shared"],
        appointment_at=data["appointment_at"],
        appointment_mode=data["appointment_mode"],
    )
    messages.success(
        request,
        _("Note enregistrée et partagée avec la personne.")
        if data["shared"]
        else _("Note enregistrée (visible seulement par les conseillers)."),
    )
    return redirect(reverse("counselling:learner", args=[learner.pk]) + "#notes")


def _note(request, learner_id, note_id):
    learner = visible_learner(request.user, learner_id)
    return learner, get_object_or_404(Note, pk=note_id, learner=learner)


@never_cache
@counsellor_required
@require_http_methods(["GET", "POST"])
def note_edit(request, learner_id: int, note_id: int):
    learner, note = _note(request, learner_id, note_id)
    if request.method == "POST":
        form = NoteForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            services.note_update(
                note=note,
                body=data["body"],
                shared=data["shared"],
                appointment_at=data["appointment_at"],
                appointment_mode=data["appointment_mode"],
            )
            messages.success(request, _("Note modifiée."))
            return redirect(reverse("counselling:learner", args=[learner.pk]) + "#notes")
        status = 400
    else:
        form, status = NoteForm.for_note(note), 200
    return render(
        request,
        "counselling/note_edit.html",
        {"learner": learner, "note": note, "form": form},
        status=status,
    )


@never_cache
@counsellor_required
@require_POST
def note_delete(request, learner_id: int, note_id: int):
    learner, note = _note(request, learner_id, note_id)
    services.note_delete(note=note)
    messages.success(request, _("Note supprimée."))
    return redirect(reverse("counselling:learner", args=[learner.pk]) + "#notes")


@never_cache
@counsellor_required
@require_POST
def grant(request, learner_id: int, quiz_id: int):
    learner = visible_learner(request.user, learner_id)
    quiz = get_object_or_404(QuizPage, pk=quiz_id)
    form = GrantForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        attempt_grant(learner=learner, quiz=quiz, granted_by=request.user, reason=reason)
    except GrantNotNeeded:
        messages.info(request, _("Cette personne peut déjà refaire ce quiz : rien à accorder."))
    else:
        messages.success(
            request,
            _(
                "Tentative supplémentaire accordée pour « %(quiz)s ». La personne en est "
                "informée sur la page du quiz."
            )
            % {"quiz": quiz.title},
        )
    return redirect(reverse("counselling:learner", args=[learner.pk]) + "#quizzes")


# --- Learner side ---------------------------------------------------------------------------------


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def sharing(request):
    """ "Mon conseiller": the learner's links (withdraw any), and a form to enter a code."""
    form = InvitationCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        return redirect("counselling:invitation", code=form.cleaned_data["code"])
    links = learner_links(user=request.user)
    return render(
        request,
        "counselling/sharing.html",
        {
            "form": form,
            "active_links": [link for link in links if link.is_active],
            "past_links": [link for link in links if not link.is_active],
            "account_section": "counsellor",
        },
        status=400 if request.method == "POST" else 200,
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def invitation(request, code: str):
    """The consent page: who the counsellor is and exactly what they will see; accept (POST)."""
    try:
        profile = services.profile_for_code(code)
    except services.NotACounsellor:
        messages.error(
            request, _("Ce code ne correspond à aucun conseiller. Vérifiez-le auprès de lui.")
        )
        return redirect("counselling:sharing")
    if profile.user_id == request.user.pk:
        messages.error(
            request, _("C'est votre propre code : donnez-le aux personnes que vous suivez.")
        )
        return redirect("counselling:sharing")
    already = (
        CounsellorLink.objects.active()
        .filter(counsellor=profile.user, learner=request.user)
        .exists()
    )
    if request.method == "POST":
        if request.POST.get("consent") != "yes":
            messages.error(request, _("Cochez la case pour confirmer votre accord."))
            return render(
                request,
                "counselling/consent.html",
                {"profile": profile, "already": already, "consent_error": True},
                status=400,
            )
        _link, created = services.link_accept(learner=request.user, profile=profile)
        messages.success(
            request,
            _(
                "C'est fait : %(name)s peut maintenant suivre votre progression. Vous pouvez "
                "retirer cet accord à tout moment ici."
            )
            % {"name": profile.user.display_name},
        )
        return redirect("counselling:sharing")
    return render(request, "counselling/consent.html", {"profile": profile, "already": already})


@never_cache
@login_required
@require_POST
def withdraw(request, link_id: int):
    link = (
        CounsellorLink.objects.filter(pk=link_id, learner=request.user)
        .select_related("counsellor")
        .first()
    )
    if link is None:
        raise Http404
    if services.link_withdraw(link=link):
        messages.success(
            request,
            _("Partage arrêté : %(name)s n'a plus accès à votre progression.")
            % {"name": link.counsellor.display_name},
        )
    return HttpResponseRedirect(reverse("counselling:sharing"))
