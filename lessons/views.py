from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.services import StepNotAvailable

from .models import LessonPage
from .services import lesson_complete as lesson_complete_service


@require_POST
def lesson_complete(request, lesson_id: int):
    """"Marquer comme terminée": POST only; 404 for an unknown or unpublished lesson."""
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    url = lesson.get_url(request)
    if not request.user.is_authenticated:
        return redirect_to_login(url)
    try:
        created = lesson_complete_service(user=request.user, lesson=lesson)
    except StepNotAvailable as exc:
        raise Http404("Lesson not available") from exc
    if created:
        messages.success(request, _("Étape terminée. Votre progression est enregistrée."))
    return redirect(f"{url}#actions-etape")
