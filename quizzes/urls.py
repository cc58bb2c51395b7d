from django.urls import path

from . import views

app_name = "quizzes"

urlpatterns = [
    path("tentatives/<id:attempt_id>/", views.attempt_detail, name="attempt"),
]
