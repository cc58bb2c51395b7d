from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("cours/<id:course_id>/inscription/", views.enrol, name="enrol"),
    path("cours/<id:course_id>/quitter/", views.leave, name="leave"),
    path(
        "certificats/<id:certificate_id>/telecharger/",
        views.certificate_download,
        name="certificate_download",
    ),
    path("certificats/verifier/", views.certificate_verify, name="certificate_verify"),
]
