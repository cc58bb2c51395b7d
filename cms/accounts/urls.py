from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("", views.ProfileView.as_view(), name="profile"),
    path("inscription/", views.SignupView.as_view(), name="signup"),
    path("connexion/", views.LoginView.as_view(), name="login"),
    path("deconnexion/", views.LogoutView.as_view(), name="logout"),
    path("mot-de-passe/", views.PasswordChangeView.as_view(), name="password_change"),
    path("mot-de-passe/oublie/", views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "mot-de-passe/oublie/envoye/",
        views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "mot-de-passe/nouveau/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "mot-de-passe/nouveau/termine/",
        views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("mes-donnees/", views.MyDataView.as_view(), name="my_data"),
    path("mes-donnees/export.json", views.MyDataExportView.as_view(), name="my_data_export"),
    path("mes-donnees/resume/", views.MyDataSummaryView.as_view(), name="my_data_summary"),
    path("supprimer/", views.AccountDeleteView.as_view(), name="delete"),
    path("e-mails/arret/<str:token>/", views.UnsubscribeView.as_view(), name="unsubscribe"),
]
