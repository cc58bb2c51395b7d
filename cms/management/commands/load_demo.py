"""`manage.py load_demo`: load the demo site, courses, illustrations, templates and accounts."""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from cms.demo.accounts import ACCOUNTS
from cms.demo.counselling import load_demo_counselling
from cms.demo.load import load_all
from cms.demo.progress import load_demo_progress
from cms.demo.quizzes import load_demo_quizzes
from cms.sites import site_sync_with_base_url


def french_count(n: int, singular: str, plural: str) -> str:
    """ "0 page créée", "1 page créée", "2 pages créées": in French, 0 and 1 take the singular."""
    return f"{n} {singular if n <= 1 else plural}"


def demo_accounts_allowed() -> bool:
    """Debug mode, or the dev profile (which says so): not production settings."""
    return settings.DEBUG or getattr(settings, "DEMO_ACCOUNTS_ALLOWED", False)


class Command(BaseCommand):
    help = (
        "Charge le contenu de démonstration : page d'accueil, catalogue, trois cours complets, "
        "illustrations, modèles PDF et Word à télécharger et un compte par rôle (mots de passe "
        "fixes, affichés à la fin). Peut être relancée sans rien dupliquer : chaque objet est "
        "retrouvé par son slug, son titre ou son e-mail, puis mis à jour si besoin. "
        "Refuse de s'exécuter avec des réglages de production (DEBUG désactivé hors du profil de "
        "développement), car elle crée des comptes aux mots de passe publics ; --force passe outre."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Exécuter même quand DEBUG est désactivé (production) : les comptes de démo "
            "auront des mots de passe connus de tous.",
        )

    def handle(self, *args, force: bool = False, **options):
        if not demo_accounts_allowed() and not force:
            raise CommandError(
                "DEBUG est désactivé : ce sont sans doute des réglages de production. "
                "load_demo crée des comptes aux mots de passe publics ; relancez avec --force "
                "si c'est voulu."
            )
        with transaction.atomic():
            demo = load_all()
            # Other apps add their demo data here, one line each, in dependency order.
            load_demo_quizzes(stdout=self.stdout)
            load_demo_progress(stdout=self.stdout)
            load_demo_counselling(stdout=self.stdout)
            # Links written outside a request (Wagtail's e-mails) use the port `make run` serves.
            site_sync_with_base_url()

        stats = demo.stats
        self.stdout.write(
            self.style.SUCCESS(
                f"Contenu de démonstration prêt : "
                f"{french_count(stats.created, 'page créée', 'pages créées')}, "
                f"{french_count(stats.updated, 'mise à jour', 'mises à jour')}, "
                f"{french_count(stats.unchanged, 'inchangée', 'inchangées')}."
            )
        )
        self._print_accounts()

    def _print_accounts(self):
        rows = [("Rôle", "E-mail (identifiant)", "Mot de passe")]
        rows += [(a.role, a.email, a.password) for a in ACCOUNTS]
        widths = [max(len(row[i]) for row in rows) for i in range(3)]
        rule = "+-" + "-+-".join("-" * w for w in widths) + "-+"
        self.stdout.write("\nComptes de démonstration :")
        self.stdout.write(rule)
        for i, row in enumerate(rows):
            self.stdout.write(
                "| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |"
            )
            if i == 0:
                self.stdout.write(rule)
        self.stdout.write(rule)
        if not demo_accounts_allowed():
            self.stdout.write(
                self.style.WARNING("Attention : changez ou supprimez ces comptes en production.")
            )
