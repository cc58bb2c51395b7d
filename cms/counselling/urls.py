from django.urls import path

from . import views

app_name = "counselling"

urlpatterns = [
    # Counsellors
    path("", views.caseload, name="caseload"),
    path("export.csv", views.caseload_export, name="export"),
    path("mon-code/", views.invitation_code, name="invitation_code"),
    path("personnes/<id:learner_id>/", views.learner, name="learner"),
    path("personnes/<id:learner_id>/fiche/", views.brief, name="brief"),
    path("personnes/<id:learner_id>/tentatives/<id:attempt_id>/", views.attempt, name="attempt"),
    path("personnes/<id:learner_id>/notes/", views.note_create, name="note_create"),
    path("personnes/<id:learner_id>/notes/<id:note_id>/", views.note_edit, name="note_edit"),
    path(
        "personnes/<id:learner_id>/notes/<id:note_id>/supprimer/",
        views.note_delete,
        name="note_delete",
    ),
    path(
        "personnes/<id:learner_id>/quiz/<id:quiz_id>/tentative-supplementaire/",
        views.grant,
        name="grant",
    ),
    # Learners
    path("mon-conseiller/", views.sharing, name="sharing"),
    path("mon-conseiller/<id:link_id>/retirer/", views.withdraw, name="withdraw"),
    path("invitation/<str:code>/", views.invitation, name="invitation"),
]
