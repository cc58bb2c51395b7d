"""The site's URLs behind one bare view, so that the baseline crosses the same middleware.

Used by bench/settings.py only: the bare view never reaches the production URLconf.
"""

from django.http import HttpResponse
from django.urls import path

from cms import urls as site_urls

BARE_PATH = "/__bench__/ok/"


def bare(request):
    return HttpResponse("ok")


urlpatterns = [path(BARE_PATH.strip("/") + "/", bare), *site_urls.urlpatterns]
handler404 = site_urls.handler404
handler500 = site_urls.handler500
