"""Learner journey views: enrol, leave, certificates. Thin: parse, check, call."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from cms.http import private_page

from . import certificate_codes
from .models import Certificate, CoursePage, Enrollment
from .selectors import course_outline, course_progress
from .services import CourseCompleted, enrollment_create, enrollment_leave


def _live_course(course_id: int) -> CoursePage:
    return get_object_or_404(CoursePage.objects.live(), pk=course_id)


@require_POST
def enrol(request, course_id: int):
    """"Commencer le cours": enrol (idempotent), then go to the step to do."""
    course = _live_course(course_id)
    if not request.user.is_authenticated:
        return redirect_to_login(course.get_url(request) or "/")
    enrollment_create(user=request.user, course=course)
    progress = course_progress(user=request.user, course=course)
    if progress is None or progress.next_step is None:
        messages.info(request, _("Vous êtes inscrit·e. Les étapes de ce cours arrivent bientôt."))
        return redirect(course.get_url(request))
    return redirect(progress.next_step.page.get_url(request))


@login_required
@require_http_methods(["GET", "POST"])
def leave(request, course_id: int):
    """Leave a course, after a confirmation page. Completions are kept."""
    course = _live_course(course_id)
    enrollment = get_object_or_404(Enrollment, user=request.user, course=course)
    if request.method == "POST":
        try:
            enrollment_leave(user=request.user, course=course)
        except CourseCompleted:
            messages.error(request, _("Un cours terminé reste dans votre parcours."))
            return redirect("dashboard:home")
        messages.success(
            request,
            _("Vous avez quitté le cours « %(title)s ». Votre progression est conservée.")
            % {"title": course.title},
        )
        return redirect("dashboard:home")
    return render(
        request,
        "courses/leave_confirm.html",
        {"course": course, "enrollment": enrollment, "outline": course_outline(course)},
    )


@private_page
@login_required
@require_GET
def certificate_download(request, certificate_id: int):
    """The owner's certificate PDF; 404 for anyone else, or while it is being written."""
    certificate = get_object_or_404(
        Certificate.objects.select_related("course"), pk=certificate_id, user=request.user
    )
    if not certificate.file:
        raise Http404("Certificate not written yet")
    try:
        handle = certificate.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404("Certificate file missing") from exc
    return FileResponse(
        handle,
        as_attachment=True,
        filename=f"certificat-{certificate.course.slug}.pdf",
        content_type="application/pdf",
    )


@require_GET
def certificate_verify(request):
    """Public: says whether a code belongs to a certificate: holder ("Łucja N."), course, date."""
    raw = request.GET.get("code", "")
    context = {"code": raw[:40], "checked": False, "certificate": None, "error": ""}
    status = 200
    if raw.strip():
        code = certificate_codes.normalise(raw)
        if not certificate_codes.is_well_formed(code):
            context["error"] = _(
                "Ce code n'a pas le bon format : 12 caractères (lettres et chiffres), "
                "par exemple ABCD-EFGH-JKMN."
            )
            status = 400
        else:
            context["checked"] = True
            context["certificate"] = (
                Certificate.objects.filter(code=code)
                .select_related("course", "enrollment", "user")
                .only(
                    "code",
                    "issued_at",
                    "course__title",
                    "enrollment__completed_at",
                    "user__first_name",
                    "user__last_name",
                )
                .first()
            )
            if context["certificate"] is None:
                status = 404
    context["verify_url"] = reverse("courses:certificate_verify")
    return render(request, "courses/certificate_verify.html", context, status=status)
