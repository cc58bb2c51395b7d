from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from . import converters


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Site")

    def ready(self):
        # Before any URLconf is loaded: every app's URLs use <id:...> for database ids.
        converters.register()
