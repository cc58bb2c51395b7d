"""Settings shared by every profile. Values that differ per machine come from the environment."""

import os
import shutil
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms",
    "courses",
    "lessons",
    "quizzes",
    "cms.counselling",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "tailwind",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.FrenchFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that it can turn a login lockout into our French "too many attempts" page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "cms.counselling.context_processors.role_navigation",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60, conn_health_checks=True
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "cms.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# The public site's own login (the Wagtail admin keeps /admin/login/).
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "dashboard:home"  # "Mon parcours"
LOGOUT_REDIRECT_URL = "/"
# AxesStandaloneBackend first: it refuses authenticate() while a (username, IP) pair is locked out.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24  # reset links work for one day

# Login throttling (django-axes): 5 failures for one (e-mail, IP) pair lock that pair for 15 min.
# Keyed on the pair, so a stranger elsewhere cannot lock a learner out; the lock ends after the
# cool-off even if attempts continue; a successful login clears the counter.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_USERNAME_FORM_FIELD = "username"  # Django's AuthenticationForm (and Wagtail's) post "username"
AXES_USERNAME_CALLABLE = "cms.accounts.throttling.login_username"
AXES_LOCKOUT_CALLABLE = "cms.accounts.throttling.lockout_response"
AXES_DISABLE_ACCESS_LOG = True  # keep no log of successful logins (data minimisation)
AXES_HTTP_RESPONSE_CODE = 429

# "Mes données": modules with `personal_data(user) -> dict` (and optionally `stored_files(user)`),
# gathered by cms.accounts.services.user_data_export; a missing module is skipped.
# A module may also offer `data_page_section(user) -> dict | None` ({"template", ...context}), shown
# on the "Mes données" page.
PERSONAL_DATA_MODULES = [
    "courses.personal_data",
    "quizzes.personal_data",
    "cms.counselling.personal_data",
]

# Where a user lands after signing in: each callable takes the user and returns a URL or None; the
# first URL wins, else "Mon parcours" (cms.accounts asks this list, so it imports no app above it).
LOGIN_LANDING_RESOLVERS = ["cms.counselling.landing.counsellor_landing"]

# Counsellor workspace: thresholds of the caseload's flags (cms/counselling/flags.py).
COUNSELLING_INACTIVE_DAYS = 14  # no activity at all for this long: "gone quiet"
COUNSELLING_STALLED_DAYS = 14  # still visiting, but no step completed for this long: "stuck"
COUNSELLING_FAILED_ATTEMPTS = 2  # failed the same quiz this many times (not passed since)
COUNSELLING_LOW_CONFIDENCE = 2  # latest self-assessment at or below this level (1-5)
COUNSELLING_RECENT_COMPLETION_DAYS = 14  # completed a course this recently
COUNSELLING_PAGE_SIZE = 25

# French first; English available through the language switch.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("Français")), ("en", _("English"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "cms" / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Uploads for lesson videos can be large; Wagtail documents hold them.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

TAILWIND_APP_NAME = "cms"
NPM_BIN_PATH = shutil.which("npm") or "npm"

WAGTAIL_SITE_NAME = "Cap Emploi — cours en ligne"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "doc", "xlsx", "ods", "txt", "mp4", "webm", "vtt"]
WAGTAIL_I18N_ENABLED = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
        },
    }
}

DEFAULT_FROM_EMAIL = os.environ.get(
    "DJANGO_DEFAULT_FROM_EMAIL", "Cap Emploi <ne-pas-repondre@example.org>"
)
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Celery: the embedded default runs tasks in-process; production sets a Redis broker.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "memory://localhost/")
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND") or None
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", True)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TIMEZONE = TIME_ZONE

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
