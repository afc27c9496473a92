"""Settings for bench/intake.py: Assay's own settings plus one bare baseline view."""

from assay.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
DEBUG = False
ALLOWED_HOSTS = ["*"]
ASSAY_KEY_RATE = "100000000/s"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
