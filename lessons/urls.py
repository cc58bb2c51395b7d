from django.urls import path

from . import views

app_name = "lessons"

urlpatterns = [
    path("<id:lesson_id>/terminer/", views.lesson_complete, name="complete"),
]
