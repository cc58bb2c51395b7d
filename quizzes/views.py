"""A stable link to an attempt's result (e-mails, the dashboard, old bookmarks): it redirects to
the result served by the quiz page itself. The quiz is served by QuizPage."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseRedirect
from django.views.decorators.http import require_GET

from cms.http import private_page

from .pages import MAX_ID
from .selectors import attempt_for_owner


@private_page
@login_required
@require_GET
def attempt_detail(request, attempt_id: int):
    attempt = attempt_for_owner(request.user, attempt_id) if attempt_id <= MAX_ID else None
    if attempt is None:  # someone else's attempt, or none: the same answer
        raise Http404
    return HttpResponseRedirect(attempt.quiz.result_url(attempt.pk))
