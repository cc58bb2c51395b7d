from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from . import health, views
from .accounts import views as account_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", account_views.set_language, name="set_language"),
    path("sante/", health.health, name="health"),
    path("recherche/", views.search, name="search"),
    path("compte/", include("cms.accounts.urls")),
    path("apprendre/", include("cms.dashboard.urls")),
    path("apprendre/", include("courses.urls")),
    path("apprendre/lecons/", include("lessons.urls")),
    path("quiz/", include("quizzes.urls")),
    path("conseil/", include("cms.counselling.urls")),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    # Uploaded images and videos; a production front server may serve MEDIA_ROOT itself instead.
    from django.views.static import serve

    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]

# Wagtail's page serving must stay last: it catches every remaining URL.
urlpatterns += [path("", include(wagtail_urls))]

handler404 = "cms.views.page_not_found"
handler500 = "cms.views.server_error"
