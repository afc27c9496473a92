"""Check the promises of docker/compose.yaml on its resolved form (`docker-compose config`).

    docker-compose --env-file ENV -f docker/compose.yaml config | python docker/check_compose.py

One image for migrate, web, worker and beat, built by one service only; settings from an env
file; migrate before the others; PostgreSQL's healthcheck over TCP with a start period; the
web healthcheck through docker/healthcheck.py (a Host that ALLOWED_HOSTS accepts).
"""

import sys
from typing import Any

import yaml

APP = ("migrate", "web", "worker", "beat")


def problems(config: dict[str, Any]) -> list[str]:
    services = config.get("services", {})
    found = []
    missing = [name for name in (*APP, "postgres", "redis") if name not in services]
    if missing:
        return [f"services missing: {', '.join(missing)}"]
    images = {services[name].get("image") for name in APP}
    if len(images) != 1 or None in images:
        found.append(f"migrate, web, worker and beat must share one image, got {images}")
    builders = [name for name, service in services.items() if "build" in service]
    if builders != ["migrate"]:
        found.append(f"exactly one service (migrate) may build the image, got {builders}")
    for name in APP:
        environment = services[name].get("environment", {})
        # config inlines env_file; compose.yaml itself sets none of these.
        for key in ("SECRET_KEY", "ASSAY_PAYLOAD_KEYS", "ASSAY_HASH_KEY", "ALLOWED_HOSTS"):
            if not environment.get(key):
                found.append(f"{name}: {key} must come from the env file")
        if environment.get("DEBUG") != "false":
            found.append(f"{name}: DEBUG must be false")
    for name in ("web", "worker", "beat"):
        after = services[name].get("depends_on", {}).get("migrate", {})
        if after.get("condition") != "service_completed_successfully":
            found.append(f"{name}: must start after migrate completes successfully")
    if services["migrate"].get("command") != ["migrate"]:
        found.append("migrate: must run the migrate role")
    pg_check = services["postgres"].get("healthcheck", {})
    if not any(str(word).startswith("--host=") for word in pg_check.get("test", [])):
        found.append("postgres: the healthcheck must go over TCP (pg_isready --host=...)")
    if not pg_check.get("start_period"):
        found.append("postgres: the healthcheck needs a start_period")
    web_check = " ".join(services["web"].get("healthcheck", {}).get("test", []))
    if "healthcheck.py" not in web_check:
        found.append("web: the healthcheck must run docker/healthcheck.py")
    return found


def main() -> int:
    found = problems(yaml.safe_load(sys.stdin))
    for problem in found:
        print(f"docker/compose.yaml: {problem}")
    if not found:
        print("docker/compose.yaml: one image, env file, migrate first, TCP and web healthchecks")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
