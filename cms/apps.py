from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from . import converters


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Site")

    def ready(self):
        # Before any URLconf is loaded: every app's URLs use <id:...> for database ids.
        converters.register()

        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Page, PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .page_serving import forget_view_restrictions, purge_on_page_save, purge_page_cache

        # Cache invalidation only (no domain flow): rendered pages, outlines, the restriction flag.
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(purge_page_cache, dispatch_uid=f"purge-pages-{id(signal)}")
        post_save.connect(purge_on_page_save, dispatch_uid="purge-pages-save")
        post_delete.connect(purge_page_cache, sender=Page, dispatch_uid="purge-pages-delete")
        for signal in (post_save, post_delete):
            signal.connect(purge_page_cache, sender=Site, dispatch_uid=f"purge-site-{id(signal)}")
        for signal in (post_save, post_delete):
            signal.connect(
                forget_view_restrictions,
                sender=PageViewRestriction,
                dispatch_uid=f"forget-restrictions-{id(signal)}",
            )
