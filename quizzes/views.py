"""The result / review page of an attempt (owner only). The quiz itself is served by QuizPage."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse

from cms.http import private_page
from courses.selectors import step_context

from .pages import learner_progress
from .selectors import attempt_for_owner, attempt_review, quiz_overview


@private_page
@login_required
def attempt_detail(request, attempt_id: int):
    attempt = attempt_for_owner(request.user, attempt_id)
    if attempt is None:  # someone else's attempt, or none: the same answer
        raise Http404
    quiz = attempt.quiz
    if not attempt.is_submitted:
        return HttpResponseRedirect(quiz.url + "#quiz")
    overview = quiz_overview(request.user, quiz)
    steps = step_context(quiz)
    context = {
        "page": quiz,
        "self": quiz,
        "attempt": attempt,
        "overview": overview,
        "feedback": overview.feedback_allowed,
        "rows": attempt_review(attempt),
        "is_latest": bool(overview.submitted) and overview.submitted[-1].pk == attempt.pk,
        **steps,
        **learner_progress(request, quiz, steps),
    }
    return TemplateResponse(request, "quizzes/attempt_detail.html", context)
