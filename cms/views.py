from django.core.paginator import Paginator
from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.views.decorators.http import require_GET

from cms import search as site_search


@require_GET
def search(request):
    outcome = site_search.site_search(request.GET.get("q", ""))
    page = Paginator(outcome.hits, site_search.PER_PAGE).get_page(request.GET.get("page"))
    results = site_search.results_page(list(page.object_list), request=request)
    context = {
        "query": outcome.query,
        "searched": outcome.submitted,
        "has_words": bool(outcome.terms),
        "shortened": outcome.shortened,
        "corrected_query": outcome.corrected_query,
        "max_query_length": site_search.MAX_QUERY_LENGTH,
        "max_terms": site_search.MAX_TERMS,
        "page_obj": page,
        "results": results,
    }
    return render(request, "search.html", context)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Render without a request context: the error may be the database itself.
    return HttpResponseServerError(loader.get_template("500.html").render())
