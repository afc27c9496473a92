"""Settings for bench/intake.py: Assay's own settings plus one bare baseline view.

bench/intake.py imports these with DEBUG=true in the environment (the development secret
key, a payload key generated in ASSAY_VAR_DIR, plain HTTP) and rate limits out of reach;
serving then runs with DEBUG off, as in production.
"""

from assay.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
DEBUG = False
ALLOWED_HOSTS = ["*"]
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
