from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CounsellingConfig(AppConfig):
    name = "cms.counselling"
    label = "counselling"
    verbose_name = _("Accompagnement")
    default_auto_field = "django.db.models.BigAutoField"
