"""Container healthcheck for the web role: GET /healthz (or the path given) on the local gunicorn.

Whatever ALLOWED_HOSTS holds, the request names a host it allows, so the check never fails
with Django's 400 for a disallowed Host; and it says it came through HTTPS, as the TLS proxy
in front does, so the HTTPS redirect cannot answer instead. Standard library only, quick to
start. Exit 0 when the answer is 200, 1 otherwise (Docker's "unhealthy").

    python docker/healthcheck.py [/readyz]
"""

import http.client
import os
import sys


def allowed_host() -> str:
    """A Host header that ALLOWED_HOSTS (comma-separated, as settings read it) accepts."""
    for entry in os.environ.get("ALLOWED_HOSTS", "localhost").split(","):
        entry = entry.strip()
        if entry and entry != "*":
            # ".example.com" allows example.com and every subdomain of it.
            return entry.lstrip(".")
    return "localhost"  # "*" (or nothing usable): any name does


def main() -> int:
    path = sys.argv[1] if len(sys.argv) > 1 else "/healthz"
    connection = http.client.HTTPConnection("127.0.0.1", 8000, timeout=5)
    try:
        connection.request(
            "GET", path, headers={"Host": allowed_host(), "X-Forwarded-Proto": "https"}
        )
        status = connection.getresponse().status
    except OSError as exc:
        print(f"healthcheck: {path} unreachable: {exc}", file=sys.stderr)
        return 1
    finally:
        connection.close()
    if status != 200:
        print(f"healthcheck: {path} answered {status}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
