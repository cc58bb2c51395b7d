"""Settings shared by every profile. Values that differ per machine come from the environment."""

import os
import shutil
from datetime import timedelta
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


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
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
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
    "axes",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.FrenchFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "cms.page_serving.CachedSiteMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "cms.middleware.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that it can turn a login lockout into our French "too many attempts" page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
# Sessions read from the cache (Redis in production), written through to the database.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# Anonymous page views are served from the cache (cms.page_serving); any publish purges them.
PAGE_CACHE_SECONDS = 600
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
if os.environ.get("DATABASE_TEST_NAME"):  # the database the test runner creates and drops
    DATABASES["default"]["TEST"] = {"NAME": os.environ["DATABASE_TEST_NAME"]}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default must hold a double click and a few learners at once. IMMEDIATE takes
    # the write lock when a transaction starts, so concurrent writers queue (up to `timeout`
    # seconds) instead of failing with "database is locked" when a read turns into a write; WAL
    # lets readers go on while one writer writes; NORMAL sync is safe with WAL.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
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
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT") or BASE_DIR / "static")
MEDIA_URL = os.environ.get("DJANGO_MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT") or BASE_DIR / "media")
# Files only their owner may download through a view that checks it (certificate PDFs). Never
# under MEDIA_ROOT: the front server publishes MEDIA_ROOT as it is.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("DJANGO_PRIVATE_MEDIA_ROOT") or BASE_DIR / "private")
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", False)

# Media on an S3-compatible object store (django-storages) when a bucket is named; local folders
# otherwise. Public uploads (images, documents) under "media/", private files in their own bucket
# (or, by default, under "private/" of the same bucket), never readable without credentials.
S3_BUCKET = os.environ.get("S3_BUCKET", "")
if S3_BUCKET:
    _s3 = {
        "bucket_name": S3_BUCKET,
        "endpoint_url": os.environ.get("S3_ENDPOINT_URL") or None,
        "region_name": os.environ.get("S3_REGION") or None,
        "access_key": os.environ.get("S3_ACCESS_KEY_ID") or None,
        "secret_key": os.environ.get("S3_SECRET_ACCESS_KEY") or None,
        "file_overwrite": False,
    }
    PUBLIC_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3,
            "location": "media",
            "default_acl": os.environ.get("S3_PUBLIC_ACL", "public-read") or None,
            "querystring_auth": False,
            "custom_domain": os.environ.get("S3_CUSTOM_DOMAIN") or None,
        },
    }
    PRIVATE_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3,
            "bucket_name": os.environ.get("S3_PRIVATE_BUCKET") or S3_BUCKET,
            "location": "private",
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": 60,
        },
    }
else:
    PUBLIC_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    PRIVATE_STORAGE = {"BACKEND": "cms.storage.PrivateFileSystemStorage"}
STORAGES = {
    "default": PUBLIC_STORAGE,
    "private": PRIVATE_STORAGE,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Uploads for lesson videos can be large; Wagtail documents hold them.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

TAILWIND_APP_NAME = "cms"
NPM_BIN_PATH = shutil.which("npm") or "npm"

WAGTAIL_SITE_NAME = "Cap Emploi — cours en ligne"
# The one public address of the site, for every link written outside a request: e-mails,
# certificate PDFs, Wagtail's notifications (and the default Site, see cms.sites). In development
# it follows the port `make run` serves on.
SITE_BASE_URL = (
    os.environ.get("SITE_BASE_URL") or f"http://127.0.0.1:{os.environ.get('PORT') or 8000}"
).rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_BASE_URL
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "doc", "xlsx", "ods", "txt", "mp4", "webm", "vtt"]
WAGTAIL_I18N_ENABLED = False
# Page addresses stay readable ASCII: "preparer-ses-references", not "pr%C3%A9parer-...".
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# No avatar fetched from outside (Gravatar): the admin shows its built-in default avatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The admin's login form, with a French "Mot de passe" label (Wagtail's has none).
WAGTAILADMIN_USER_LOGIN_FORM = "cms.accounts.forms.AdminLoginForm"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
        },
    }
}

# E-mail: rendered by cms.emails (HTML + text, recipient's language). SMTP in production.
DEFAULT_FROM_EMAIL = os.environ.get(
    "DJANGO_DEFAULT_FROM_EMAIL", "Cap Emploi <ne-pas-repondre@example.org>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
EMAIL_FILE_PATH = os.environ.get("DJANGO_EMAIL_FILE_PATH") or None  # for the file backend
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)  # seconds; a stuck relay must not hang a worker

# Cache and sessions: Redis (django-redis) when REDIS_URL is set, else this process's memory.
# Sessions are written to the database and read from the cache (SESSION_ENGINE "cached_db",
# above): a Redis restart signs nobody out, and the purge job removes expired rows.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "capemploi",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 2, "SOCKET_TIMEOUT": 2},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14  # two weeks, also written in the privacy text

# Celery. Without CELERY_BROKER_URL tasks run in-process (eager); with it they go to the broker
# and need `celery -A cms worker` (and one `celery -A cms beat` for the schedule below).
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL") or "memory://localhost/"
CELERY_TASK_ALWAYS_EAGER = env_bool(
    "CELERY_TASK_ALWAYS_EAGER", not os.environ.get("CELERY_BROKER_URL")
)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND") or None
# A task is acknowledged once it has run: a worker killed mid-task leaves it to another worker
# (every task is idempotent). One message reserved at a time, so a lost worker holds back one.
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Redis redelivers a message not acknowledged within this time: longer than the longest task
# and than any retry countdown (see docs/deploy.md).
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT", 60 * 60),
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_SOFT_TIME_LIMIT = 5 * 60
CELERY_TASK_TIME_LIMIT = 6 * 60
CELERY_TIMEZONE = TIME_ZONE
CELERY_IMPORTS = ["cms.maintenance.tasks"]
# Periodic jobs, sent by the one `celery -A cms beat` process (times in Europe/Paris).
CELERY_BEAT_SCHEDULE = {
    "inactivity-reminders": {
        "task": "courses.tasks.send_inactivity_reminders",
        "schedule": crontab(hour=10, minute=0),
    },
    "purge-expired-data": {
        "task": "cms.maintenance.tasks.purge_expired_data",
        "schedule": crontab(hour=3, minute=30),
    },
    # The day before an appointment set in a counsellor's note (cms.counselling.notifications).
    "appointment-reminders": {
        "task": "cms.counselling.tasks.send_appointment_reminders",
        "schedule": crontab(hour=9, minute=0),
    },
    # Each counsellor's learners by flag, on Monday morning; skipped when there is nothing to say.
    "counsellor-digests": {
        "task": "cms.counselling.tasks.send_counsellor_digests",
        "schedule": crontab(hour=7, minute=30, day_of_week="mon"),
    },
}

# Inactivity reminders (courses.reminders): a learner who has not opened an unfinished course
# for REMINDER_INACTIVITY_DAYS gets one e-mail pointing to their next step; at most one per
# REMINDER_PERIOD_DAYS, and one per stretch of inactivity (none again until they come back).
REMINDER_INACTIVITY_DAYS = env_int("REMINDER_INACTIVITY_DAYS", 7)
REMINDER_PERIOD_DAYS = env_int("REMINDER_PERIOD_DAYS", 7)
REMINDER_MAX_COURSES = 3  # courses listed in one reminder

# How long personal data is kept (cms.maintenance.purge_expired_data, run daily by beat). The
# privacy page states the same periods (see docs/deploy.md, "Data retention").
DATA_RETENTION = {
    # Login-failure records (django-axes): long enough to see an attack, then gone.
    "login_failures": timedelta(days=env_int("RETENTION_LOGIN_FAILURES_DAYS", 30)),
    # The record of e-mails sent (what makes each e-mail go once).
    "sent_emails": timedelta(days=env_int("RETENTION_SENT_EMAILS_DAYS", 365)),
    # Learner accounts nobody signed in to for this long are deleted with all their data.
    "inactive_accounts": timedelta(days=env_int("RETENTION_INACTIVE_ACCOUNTS_DAYS", 3 * 365)),
}

# Content-Security-Policy (django-csp 4): only this site's own files. Inline style attributes are
# allowed (progress bars set their width), inline scripts are not. The Wagtail admin gets its
# own additions (cms.middleware.ContentSecurityPolicyMiddleware).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": [SELF, "data:", *env_list("CSP_MEDIA_ORIGINS")],
        "media-src": [SELF, *env_list("CSP_MEDIA_ORIGINS")],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
CSP_ADMIN_ADDITIONS = {
    "script-src": [UNSAFE_INLINE],
    "style-src": [UNSAFE_INLINE],
    "img-src": ["blob:"],
    "frame-src": ["blob:"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
