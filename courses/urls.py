from django.urls import path

from . import views


def _lesson_complete(request, lesson_id: int):
    # Lessons own their completion view; imported lazily (imports flow courses <- lessons).
    from lessons.views import lesson_complete

    return lesson_complete(request, lesson_id)


app_name = "courses"

urlpatterns = [
    path("mon-parcours/", views.dashboard, name="dashboard"),
    path("cours/<int:course_id>/inscription/", views.enrol, name="enrol"),
    path("cours/<int:course_id>/quitter/", views.leave, name="leave"),
    path("lecons/<int:lesson_id>/terminer/", _lesson_complete, name="lesson_complete"),
    path("certificats/<int:certificate_id>/telecharger/", views.certificate_download,
         name="certificate_download"),
    path("certificats/verifier/", views.certificate_verify, name="certificate_verify"),
]
