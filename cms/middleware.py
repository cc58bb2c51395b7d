from csp.middleware import CSPMiddleware
from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class FrenchFirstLocaleMiddleware(LocaleMiddleware):
    """French unless the visitor chose another language with the switch (the language cookie).

    Django's own middleware follows the browser's Accept-Language; a French public service
    speaks French first, whatever language the phone is set to.
    """

    def process_request(self, request):
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if language not in dict(settings.LANGUAGES):
            language = settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the Wagtail admin's additions on /admin/ only.

    The public site runs no inline script; the admin's editors (Draftail, StreamField, previews)
    still need inline scripts and styles, and blob: images for uploads.
    """

    admin_prefix = "/admin/"

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(self.admin_prefix):
            update = dict(parts.update or {})
            for directive, sources in settings.CSP_ADMIN_ADDITIONS.items():
                update[directive] = [*update.get(directive, []), *sources]
            parts.update = update
        return parts
