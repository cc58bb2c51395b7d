"""Item statistics in the Wagtail admin: the list of quizzes, one quiz's statistics, its CSV.

Who sees them: whoever may edit the quiz page (editors, moderators, admins), like the
submissions of Wagtail's form pages.
"""

from __future__ import annotations

import datetime as dt

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Avg, Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .models import QuizPage
from .selectors import quizzes_for_user
from .statistics import quiz_statistics, write_csv


class DateRangeForm(forms.Form):
    date_from = forms.DateField(
        label=gettext_lazy("Du"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=gettext_lazy("Au"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            raise forms.ValidationError(_("La date de début doit précéder la date de fin."))
        return cleaned


class QuizStatsIndexView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "quizzes/admin/stats_index.html"
    page_title = gettext_lazy("Statistiques des quiz")
    header_icon = "list-ol"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        submitted = Q(attempts__submitted_at__isnull=False)
        context["quizzes"] = (
            quizzes_for_user(self.request.user)
            .annotate(
                attempt_count=Count("attempts", filter=submitted),
                mean_score=Avg("attempts__score", filter=submitted),
            )
            .order_by("path")
        )
        return context


class QuizStatsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "quizzes/admin/stats_detail.html"
    header_icon = "list-ol"

    def dispatch(self, request, *args, **kwargs):
        self.quiz = get_object_or_404(QuizPage, pk=kwargs["page_id"])
        if not self.quiz.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        self.form = DateRangeForm(request.GET or None)
        self.dates: dict[str, dt.date | None] = {"date_from": None, "date_to": None}
        if self.form.is_bound and self.form.is_valid():
            self.dates = {k: self.form.cleaned_data[k] for k in self.dates}
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Statistiques : %(title)s") % {"title": self.quiz.title}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("quiz_stats:index"), "label": _("Statistiques des quiz")},
            {"url": "", "label": self.quiz.title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            quiz=self.quiz,
            form=self.form,
            stats=quiz_statistics(self.quiz, **self.dates),
            csv_query=self.request.GET.urlencode(),
        )
        return context

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") == "csv":
            return self.csv_response()
        if request.GET.get("format") not in (None, ""):
            raise Http404
        return super().get(request, *args, **kwargs)

    def csv_response(self):
        stats = quiz_statistics(self.quiz, **self.dates)
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        filename = f"statistiques-{slugify(self.quiz.slug) or self.quiz.pk}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response.write("\ufeff")  # so that spreadsheet software reads UTF-8 accents
        write_csv(stats, response)
        return response
