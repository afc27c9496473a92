"""Assay settings: every knob comes from the environment, with a safe development default.

A bad value fails at start-up with ImproperlyConfigured, never as a 500 later.
"""

import base64
import hashlib
import os
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("ASSAY_VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)

# spaCy inference is single-threaded by design here: concurrency comes from worker processes.
os.environ.setdefault("OMP_NUM_THREADS", "1")

env = environ.Env()


def _env(name: str, cast: Callable[..., Any], default: Any) -> Any:
    """Read one setting, naming the variable when its value cannot be parsed."""
    try:
        return cast(name, default=default)
    except (ValueError, TypeError) as exc:
        raise ImproperlyConfigured(f"{name} has an invalid value: {exc}") from None


DEBUG = _env("DEBUG", env.bool, True)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off. Generate one with: "
            "python -c 'import secrets; print(secrets.token_urlsafe(50))'"
        )
    SECRET_KEY = "assay-insecure-development-key-do-not-use-in-production"

# Client ids that are only compared (conversation, message and end-user ids, idempotency
# keys) are stored as HMACs under this key (feedback.privacy). Changing it breaks the joins
# between old and new rows, so it is its own setting rather than SECRET_KEY itself.
ASSAY_HASH_KEY = (
    os.environ.get("ASSAY_HASH_KEY")
    or hashlib.sha256(b"assay-hash\x1f" + SECRET_KEY.encode()).hexdigest()
).encode()


def _payload_keys() -> list[bytes]:
    """Fernet keys for the quarantine payload (assay.crypto): ASSAY_PAYLOAD_KEYS, comma-
    separated, the first one sealing; in development a key kept in var/payload.key."""
    if configured := os.environ.get("ASSAY_PAYLOAD_KEYS", ""):
        keys = [key.strip().encode() for key in configured.split(",") if key.strip()]
    elif DEBUG:
        path = VAR_DIR / "payload.key"
        try:
            with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as f:
                f.write(base64.urlsafe_b64encode(os.urandom(32)))
        except FileExistsError:
            pass
        keys = [path.read_bytes().strip()]
    else:
        raise ImproperlyConfigured(
            "ASSAY_PAYLOAD_KEYS must be set when DEBUG is off. Generate a key with: "
            "python -c 'import base64, os; print(base64.urlsafe_b64encode(os.urandom(32)).decode())'"
        )
    for key in keys:
        if len(base64.urlsafe_b64decode(key + b"==")) != 32:
            raise ImproperlyConfigured(
                "ASSAY_PAYLOAD_KEYS holds a key that is not 32 url-safe base64 bytes"
            )
    return keys


ASSAY_PAYLOAD_KEYS = _payload_keys()

ALLOWED_HOSTS = _env("ALLOWED_HOSTS", env.list, ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = _env("CSRF_TRUSTED_ORIGINS", env.list, [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "csp",
    "axes",
    "feedback",
    "curation",
    "datasets",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "assay.urls"
WSGI_APPLICATION = "assay.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": _env("DATABASE_URL", env.db_url, f"sqlite:///{VAR_DIR / 'assay.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web server read while the worker writes; the timeout rides out short locks.
    # In WAL mode synchronous=NORMAL cannot corrupt the file; it only skips an fsync per commit.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
else:
    # Reuse connections across requests (a new PostgreSQL connection per request halves throughput).
    DATABASES["default"]["CONN_MAX_AGE"] = _env("CONN_MAX_AGE", env.int, 60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The cache holds the rate-limit counters every web process must share: Redis in
# production, a database table by default (created by a feedback migration).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            # An unreachable Redis must not hold a request: the throttle then fails open.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "assay_cache",
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = _env("STATIC_ROOT", env.str, str(VAR_DIR / "staticfiles"))
Path(STATIC_ROOT).mkdir(parents=True, exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "static"]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if not DEBUG else None
# How many proxies in front of Assay append to X-Forwarded-For (0: use the peer address).
# It decides the client address the browser rate limit and the login lockout count by.
ASSAY_TRUSTED_PROXIES = _env("ASSAY_TRUSTED_PROXIES", env.int, 0)

# Served over HTTPS (the default without DEBUG): redirect, HSTS and secure cookies.
# `make run` serves plain HTTP on 127.0.0.1 with DEBUG off and sets ASSAY_HTTPS=false.
ASSAY_HTTPS = _env("ASSAY_HTTPS", env.bool, not DEBUG)
SECURE_SSL_REDIRECT = ASSAY_HTTPS
SESSION_COOKIE_SECURE = ASSAY_HTTPS
CSRF_COOKIE_SECURE = ASSAY_HTTPS
SECURE_HSTS_SECONDS = _env("SECURE_HSTS_SECONDS", env.int, 31_536_000 if ASSAY_HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = _env("SECURE_HSTS_INCLUDE_SUBDOMAINS", env.bool, True)
SECURE_HSTS_PRELOAD = _env("SECURE_HSTS_PRELOAD", env.bool, True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# The health checks answer load balancers over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]

# Content-Security-Policy on every page: no inline script or style, nothing from elsewhere.
# Swagger UI (/api/docs/) starts itself with an inline script, so it is left out.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/api/docs/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

# Login throttling (django-axes): five failed logins for one username from one address lock
# that pair out for 15 minutes.
AXES_FAILURE_LIMIT = _env("AXES_FAILURE_LIMIT", env.int, 5)
AXES_COOLOFF_TIME = timedelta(minutes=_env("AXES_COOLOFF_MINUTES", env.int, 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "assay.auth.client_ip"
AXES_RESET_ON_SUCCESS = True
# Hide request bodies and frame variables from error reports, DEBUG or not (assay.errors).
DEFAULT_EXCEPTION_REPORTER_FILTER = "assay.errors.QuietReporterFilter"

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": [],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "assay.errors.exception_handler",
    "UNAUTHENTICATED_USER": None,
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Assay API",
    "DESCRIPTION": "Feedback and shared conversations in; scrubbed samples and golden eval sets out.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# CORS is answered for the browser endpoints only; which origins may call them is per project
# (feedback.cors decides), so no origin is allowed globally here.
CORS_URLS_REGEX = r"^/api/v1/(feedback|conversations)/?$"
CORS_ALLOW_HEADERS = ["authorization", "content-type"]
CORS_ALLOW_METHODS = ["POST", "OPTIONS"]
CORS_PREFLIGHT_MAX_AGE = 3600
# The widget waits as long as a 429 or 503 asks before it retries.
CORS_EXPOSE_HEADERS = ["retry-after"]

# The model behind API keys, and the pipeline intake hands accepted submissions to. Both
# live in apps that build on this package, so they are named here rather than imported.
ASSAY_API_KEY_MODEL = "feedback.ApiKey"
ASSAY_INTAKE_PIPELINE = "curation.intake.pipeline"

# Intake limits.
ASSAY_MAX_BODY_BYTES = _env("ASSAY_MAX_BODY_BYTES", env.int, 256 * 1024)
ASSAY_BATCH_MAX_EVENTS = _env("ASSAY_BATCH_MAX_EVENTS", env.int, 100)
ASSAY_MAX_MESSAGES = _env("ASSAY_MAX_MESSAGES", env.int, 200)
# Rates (count/period, period one of s, min, h, d). A publishable key: per client address
# and, as a ceiling, for the key as a whole; a secret key on its own.
ASSAY_CLIENT_RATE = _env("ASSAY_CLIENT_RATE", env.str, "60/min")
ASSAY_KEY_RATE = _env("ASSAY_KEY_RATE", env.str, "3000/min")
ASSAY_SECRET_KEY_RATE = _env("ASSAY_SECRET_KEY_RATE", env.str, "6000/min")
# What the pipeline can process in bounded time: checked at intake, before any write.
ASSAY_MAX_CONVERSATION_CHARS = _env("ASSAY_MAX_CONVERSATION_CHARS", env.int, 100_000)
ASSAY_MAX_METADATA_BYTES = _env("ASSAY_MAX_METADATA_BYTES", env.int, 8192)
ASSAY_MAX_METADATA_DEPTH = _env("ASSAY_MAX_METADATA_DEPTH", env.int, 5)
ASSAY_SAMPLE_LEASE = timedelta(seconds=_env("ASSAY_SAMPLE_LEASE_SECONDS", env.int, 600))
# How long a web process trusts an API key it looked up (its origins, its project) before
# looking it up again; a revoked key is refused at once all the same (by the database).
ASSAY_KEY_CACHE_SECONDS = _env("ASSAY_KEY_CACHE_SECONDS", env.float, 10.0)
# A web process sends the samples it stores to the workers in batches: what arrives within
# this many seconds goes in one message, from a background thread (0: one message per
# sample, sent before the response).
ASSAY_ENQUEUE_WINDOW_SECONDS = _env("ASSAY_ENQUEUE_WINDOW_SECONDS", env.float, 0.1)
# A sample is tried this many times (errors, killed workers, time limits) before it fails.
ASSAY_MAX_ATTEMPTS = _env("ASSAY_MAX_ATTEMPTS", env.int, 5)
# How long a failed sample keeps its sealed payload, so it can be retried.
ASSAY_FAILED_RETENTION = timedelta(days=_env("ASSAY_FAILED_RETENTION_DAYS", env.int, 7))
# How long a reviewer's claim on a sample lasts before it returns to the queue.
ASSAY_REVIEW_LEASE = timedelta(seconds=_env("ASSAY_REVIEW_LEASE_SECONDS", env.int, 900))
if ASSAY_MAX_BODY_BYTES <= 0 or ASSAY_BATCH_MAX_EVENTS <= 0:
    raise ImproperlyConfigured("ASSAY_MAX_BODY_BYTES and ASSAY_BATCH_MAX_EVENTS must be positive")
for _name in ("ASSAY_CLIENT_RATE", "ASSAY_KEY_RATE", "ASSAY_SECRET_KEY_RATE"):
    try:
        _count, _period = globals()[_name].split("/")
        if int(_count) <= 0 or not _period or _period[0] not in "smhd":
            raise ValueError
    except (ValueError, IndexError):
        raise ImproperlyConfigured(
            f"{_name} must look like 600/min, got {globals()[_name]!r}"
        ) from None
# Django refuses bodies past this before DRF sees them; keep it above our own limit so the
# intake parser is the one answering 413 with a JSON error.
DATA_UPLOAD_MAX_MEMORY_SIZE = ASSAY_MAX_BODY_BYTES + 1024

# Celery. The embedded default needs no broker server: kombu's filesystem transport under var/.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "filesystem://localhost//")
if CELERY_BROKER_URL.startswith("filesystem://"):
    _queue_dir = VAR_DIR / "broker"
    for _sub in ("queue", "processed", "control"):
        (_queue_dir / _sub).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_queue_dir / "queue"),
        "data_folder_out": str(_queue_dir / "queue"),
        "processed_folder": str(_queue_dir / "processed"),
        # Remote control (pings, shutdown broadcasts); kombu's default is ./control.
        "control_folder": str(_queue_dir / "control"),
        "store_processed": False,
        # kombu polls the folder, and waits this long whenever it finds nothing it may take,
        # including while every worker process is busy: at its default of 1 s a two-process
        # worker finished about 2 samples/s, however fast each task was.
        "polling_interval": 0.05,
    }
else:
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = _env("CELERY_TASK_SOFT_TIME_LIMIT", env.int, 120)
CELERY_TASK_TIME_LIMIT = _env("CELERY_TASK_TIME_LIMIT", env.int, 180)
# spaCy's string store grows with every new token it sees: recycle worker processes.
CELERY_WORKER_MAX_TASKS_PER_CHILD = _env("CELERY_WORKER_MAX_TASKS_PER_CHILD", env.int, 2000)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Intake enqueues after commit; a broker outage must not hold the request for long (the
# periodic requeue picks up anything that did not make it onto the queue).
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.2}
CELERY_BEAT_SCHEDULE = {
    "requeue-stuck-samples": {
        "task": "curation.tasks.requeue_stuck_samples",
        "schedule": timedelta(seconds=_env("ASSAY_REQUEUE_EVERY_SECONDS", env.int, 60)),
    },
}
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": _env("LOG_LEVEL", env.str, "INFO")},
    "loggers": {
        # SQL with its parameters (user text) is logged at DEBUG: never, whatever LOG_LEVEL.
        "django.db.backends": {"level": "WARNING"},
        # Presidio logs every recognizer it loads at INFO; that is noise in a worker log.
        "presidio-analyzer": {"level": "ERROR"},
        "presidio-anonymizer": {"level": "ERROR"},
    },
}
