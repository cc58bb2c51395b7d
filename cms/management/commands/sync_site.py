"""`manage.py sync_site`: the default Site takes the host and port of SITE_BASE_URL."""

from django.conf import settings
from django.core.management.base import BaseCommand

from cms.sites import site_sync_with_base_url


class Command(BaseCommand):
    help = (
        "Met le site Wagtail par défaut à l'adresse de SITE_BASE_URL (liens des e-mails de "
        "modération). À lancer après chaque migrate ; sans effet si c'est déjà le cas."
    )

    def handle(self, *args, **options):
        changed = site_sync_with_base_url()
        state = "mis à jour" if changed else "déjà à jour"
        self.stdout.write(f"Site par défaut {state} : {settings.SITE_BASE_URL}")
