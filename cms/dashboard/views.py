"""The learner dashboard view: thin (check sign-in, read, render)."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_GET

from cms.counselling.selectors import learner_counselling
from cms.http import private_page

from .selectors import learner_dashboard


@private_page
@login_required
@require_GET
def home(request):
    context = {
        "dashboard": learner_dashboard(user=request.user),
        "counselling": learner_counselling(user=request.user),
    }
    return render(request, "dashboard/home.html", context)
