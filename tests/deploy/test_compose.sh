#!/usr/bin/env bash
# Runs docker/compose.yaml for real: Debian's docker-compose (1.29) driving Debian's podman
# through its Docker-compatible API, as root, on a machine with no Docker engine and no image
# registry. Not part of `make test` (it builds the image: several minutes the first time).
#
#   sudo tests/deploy/test_compose.sh          # KEEP=1 leaves the stack up afterwards
#
# What stands in for what a Docker host would pull (all from Debian's packages, cached in
# $WORK between runs):
#   python:3.11-slim-bookworm -> Debian bookworm's python3.11 in a venv on the PATH
#   postgres:16               -> Debian's PostgreSQL 15, behind an entrypoint that, like the
#                                official image's, initialises a new volume with a temporary
#                                server listening on the Unix socket only (the state in which
#                                a socket healthcheck used to pass too early)
#   redis:7                   -> Debian's redis-server
# The base of all three is a debootstrap of bookworm, `podman import`ed. The assay image
# itself is built from docker/Dockerfile as it is (dependencies from PyPI).
#
# Checked: the stack starts in order (postgres and redis healthy, migrate exits 0, then web,
# worker, beat); web turns healthy with ALLOWED_HOSTS naming none of the addresses the
# healthcheck could use; /readyz is 200; a feedback submission is scrubbed by the worker; after
# `down` and `up` again the keys in the env file are the same, the data is still there and the
# first user's session still opens the admin.
#
# Podman here needs: runc (crun refuses this machine's hybrid cgroups), explicit ulimits within
# the hard limits (root without CAP_SYS_RESOURCE cannot raise them), and, without systemd to
# time healthchecks, a loop in this script running `podman healthcheck run` every 2 s.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT="$PWD"
WORK="${WORK:-/var/tmp/assay-podman}"
PROJECT="${PROJECT:-assaydeploytest}"
BASE=localhost/assay-standin/debian:bookworm
mkdir -p "$WORK"

say() { printf '\n== %s\n' "$*"; }
fail() { printf '\nFAIL: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "run as root (rootful podman)"

# --- Tools ------------------------------------------------------------------------------
missing=""
for tool in podman:podman runc:runc docker-compose:docker-compose debootstrap:debootstrap \
    aardvark-dns:/usr/lib/podman/aardvark-dns curl:curl; do
    command -v "${tool#*:}" >/dev/null 2>&1 || missing="$missing ${tool%%:*}"
done
if [ -n "$missing" ]; then
    say "installing$missing"
    apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing \
        netavark containernetworking-plugins slirp4netns fuse-overlayfs >/dev/null
fi

nofile="$(ulimit -Hn)"; [ "$nofile" = unlimited ] && nofile=65536
[ "$nofile" -gt 65536 ] && nofile=65536
cat >"$WORK/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=$nofile:$nofile", "nproc=4096:4096"]
[engine]
runtime = "runc"
EOF
export CONTAINERS_CONF="$WORK/containers.conf"

# --- Stand-in images, from Debian's packages --------------------------------------------
if ! podman image exists "$BASE"; then
    if [ ! -x "$WORK/rootfs/usr/bin/python3.11" ]; then
        say "debootstrap bookworm into $WORK/rootfs (a few minutes, once)"
        rm -rf "$WORK/rootfs"
        debootstrap --variant=minbase \
            --include=python3.11,python3.11-venv,python3-venv,ca-certificates,postgresql-15,postgresql-client-15,redis-server,redis-tools,passwd \
            bookworm "$WORK/rootfs" http://deb.debian.org/debian >"$WORK/debootstrap.log"
        rm -rf "$WORK"/rootfs/var/cache/apt/archives/*.deb
    fi
    say "podman import $BASE"
    tar -C "$WORK/rootfs" -c . | podman import --change 'CMD ["/bin/bash"]' - "$BASE" >/dev/null
fi

standins="$WORK/standins"
mkdir -p "$standins/python" "$standins/postgres" "$standins/redis"
# The machine's CA bundle: HTTPS to PyPI from here may pass a proxy with its own CA.
cp /etc/ssl/certs/ca-certificates.crt "$standins/python/ca-certificates.crt"
cat >"$standins/python/Containerfile" <<EOF
FROM $BASE
COPY ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
RUN python3.11 -m venv /opt/python
ENV PATH=/opt/python/bin:\$PATH PIP_CERT=/etc/ssl/certs/ca-certificates.crt \
    SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt LANG=C.UTF-8
EOF
cat >"$standins/postgres/entrypoint.sh" <<'EOF'
#!/bin/sh
# A small stand-in for the official postgres image's entrypoint.
set -eu
bin=/usr/lib/postgresql/15/bin
export PGDATA=/var/lib/postgresql/data
mkdir -p "$PGDATA" /run/postgresql
chown -R postgres:postgres "$PGDATA" /run/postgresql
chmod 700 "$PGDATA"
as_pg() { runuser -u postgres -- "$@"; }
if [ ! -s "$PGDATA/PG_VERSION" ]; then
    pwfile=$(mktemp); printf '%s\n' "$POSTGRES_PASSWORD" >"$pwfile"; chown postgres "$pwfile"
    as_pg "$bin/initdb" --username="$POSTGRES_USER" --pwfile="$pwfile" --auth-host=scram-sha-256 \
        --auth-local=trust -D "$PGDATA" >/dev/null
    rm -f "$pwfile"
    echo "host all all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
    # As the official image does: a temporary server on the Unix socket only.
    as_pg "$bin/pg_ctl" -D "$PGDATA" -o "-c listen_addresses=''" -w start >/dev/null
    as_pg "$bin/psql" -h /var/run/postgresql -p 5432 -q -U "$POSTGRES_USER" -d postgres -c "CREATE DATABASE \"$POSTGRES_DB\""
    sleep 8  # init scripts would run here: a socket check passes all along
    as_pg "$bin/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null
fi
exec runuser -u postgres -- "$bin/postgres" -D "$PGDATA" -c listen_addresses='*'
EOF
cat >"$standins/postgres/Containerfile" <<EOF
FROM $BASE
COPY entrypoint.sh /entrypoint.sh
ENTRYPOINT ["sh", "/entrypoint.sh"]
EOF
cat >"$standins/redis/Containerfile" <<EOF
FROM $BASE
RUN mkdir -p /data && chown redis:redis /data
WORKDIR /data
CMD ["runuser", "-u", "redis", "--", "redis-server", "--bind", "0.0.0.0", "--protected-mode", "no", "--dir", "/data"]
EOF
for name in python postgres redis; do
    podman build -q -t "localhost/assay-standin/$name:latest" "$standins/$name" >/dev/null
done
export PYTHON_IMAGE=localhost/assay-standin/python:latest
export POSTGRES_IMAGE=localhost/assay-standin/postgres:latest
export REDIS_IMAGE=localhost/assay-standin/redis:latest

# --- Podman's Docker API, and a healthcheck ticker --------------------------------------
sock="$WORK/podman.sock"
rm -f "$sock"
podman system service --time=0 "unix://$sock" >"$WORK/podman-service.log" 2>&1 &
service_pid=$!
ticker_pid=""
for _ in $(seq 50); do [ -S "$sock" ] && break; sleep 0.2; done
[ -S "$sock" ] || fail "podman system service did not start ($WORK/podman-service.log)"
export DOCKER_HOST="unix://$sock"

(
    while sleep 2; do
        for id in $(podman ps -q --filter "label=com.docker.compose.project=$PROJECT" 2>/dev/null); do
            podman healthcheck run "$id" >/dev/null 2>&1 || true
        done
    done
) &
ticker_pid=$!

env_file="$WORK/env"
compose() {
    ASSAY_ENV_FILE="$env_file" docker-compose --env-file "$env_file" -p "$PROJECT" \
        -f "$ROOT/docker/compose.yaml" "$@"
}
cleanup() {
    status=$?
    if [ "$status" != 0 ]; then
        compose ps || true
        compose logs --tail=40 || true
    fi
    if [ "${KEEP:-0}" != 1 ]; then
        compose down -v --remove-orphans >/dev/null 2>&1 || true
        rm -f "$env_file"
    fi
    [ -n "$ticker_pid" ] && kill "$ticker_pid" 2>/dev/null
    kill "$service_pid" 2>/dev/null
    wait 2>/dev/null || true
    exit "$status"
}
trap cleanup EXIT

# --- The env file: docker/make-env.sh, with a site name no healthcheck could guess ------
compose down -v --remove-orphans >/dev/null 2>&1 || true
rm -f "$env_file"
"$ROOT/docker/make-env.sh" "$env_file" >/dev/null
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
sed -i -e 's/^ALLOWED_HOSTS=.*/ALLOWED_HOSTS=assay.invalid,.review.invalid/' \
    -e "s/^ASSAY_PORT=.*/ASSAY_PORT=$port/" \
    -e "s|^CSRF_TRUSTED_ORIGINS=.*|CSRF_TRUSTED_ORIGINS=http://assay.invalid:$port|" "$env_file"
keys_before="$(grep -E '^(SECRET_KEY|ASSAY_HASH_KEY|ASSAY_PAYLOAD_KEYS|POSTGRES_PASSWORD)=' "$env_file")"

wait_healthy() { # service, seconds
    local id
    id="$(compose ps -q "$1")"
    for _ in $(seq "$2"); do
        [ "$(podman inspect -f '{{.State.Health.Status}}' "$id" 2>/dev/null)" = healthy ] && return 0
        sleep 1
    done
    fail "$1 not healthy after $2 s"
}
web() { # path [curl args...]: through the published port, as the TLS proxy would
    local path="$1"; shift
    curl -sS --max-time 10 -H "Host: assay.invalid" "$@" "http://127.0.0.1:$port$path"
}

say "build (one image, built once)"
start=$(date +%s)
compose build
echo "built in $(($(date +%s) - start)) s"
images="$(compose config | grep -c 'image: assay:latest')"
[ "$images" = 4 ] || fail "expected migrate, web, worker and beat on assay:latest, got $images"
podman image exists assay:latest || fail "assay:latest was not tagged"

say "up"
compose up -d
wait_healthy web 120
compose ps
[ "$(podman inspect -f '{{.State.ExitCode}}' "$(compose ps -q migrate)")" = 0 ] || fail "migrate did not exit 0"
compose logs migrate | grep -q "Applying contenttypes.0001_initial" || fail "migrate applied nothing"
for svc in worker beat; do
    [ "$(podman inspect -f '{{.State.Running}}' "$(compose ps -q "$svc")")" = true ] || fail "$svc is not running"
done

say "web answers through the published port"
web /healthz | grep -q '"ok"' || fail "/healthz"
[ "$(web /readyz -o /dev/null -w '%{http_code}')" = 200 ] || fail "/readyz not 200: $(web /readyz)"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Host: elsewhere.example' "http://127.0.0.1:$port/healthz")" = 400 ] ||
    fail "a Host outside ALLOWED_HOSTS was not refused"
[ "$(web /static/assay/review.css -o /dev/null -w '%{http_code}')" = 200 ] || fail "static files not served"

say "a submission goes through the worker"
sk="$(compose exec -T web python manage.py createproject deploytest --json |
    python3 -c 'import json, sys; print(json.loads(sys.stdin.read().strip().splitlines()[-1])["secret_key"])')"
[ -n "$sk" ] || fail "createproject printed no secret key"
answer="$(web /api/v1/conversations -H "Authorization: Bearer $sk" -H 'Content-Type: application/json' \
    -d '{"conversation_id": "deploy-1", "consent": true, "messages": [
          {"role": "user", "content": "I am Jane Doe (jane@example.com). What is the capital of Australia?"},
          {"role": "assistant", "content": "It is Canberra."}], "feedback": {"rating": "up"}}')"
echo "intake: $answer"
echo "$answer" | grep -q '"status":"received"' || fail "intake did not accept the submission"
states=""
for _ in $(seq 60); do
    states="$(compose exec -T web python manage.py shell -c \
        'from curation.models import Sample; print(sorted(set(Sample.objects.values_list("state", flat=True))))' 2>/dev/null | tail -1)"
    case "$states" in *received*|*scrubbed*|"[]"|"") sleep 2 ;; *) break ;; esac
done
echo "sample states: $states"
case "$states" in *received*|*scrubbed*|"[]"|"") fail "the worker did not process the sample" ;; esac

say "down, up again: same keys, same data, the session still valid"
compose exec -T web python manage.py shell -c '
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
u = get_user_model().objects.create_superuser("deploy", "deploy@example.com", "x-deploy-test-pw-1")
s = SessionStore(); s["_auth_user_id"] = str(u.pk); s["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
s["_auth_user_hash"] = u.get_session_auth_hash(); s.create(); print("SESSION", s.session_key)' |
    grep SESSION | awk '{print $2}' >"$WORK/session"
session="$(cat "$WORK/session")"
[ -n "$session" ] || fail "no session made"
[ "$(web /admin/ -o /dev/null -w '%{http_code}' -b "sessionid=$session")" = 200 ] || fail "admin with the session"
compose down
compose up -d
wait_healthy web 120
[ "$keys_before" = "$(grep -E '^(SECRET_KEY|ASSAY_HASH_KEY|ASSAY_PAYLOAD_KEYS|POSTGRES_PASSWORD)=' "$env_file")" ] ||
    fail "the keys changed"
compose logs migrate | grep -q "No migrations to apply" || fail "the second migrate was not a no-op"
[ "$(web /admin/ -o /dev/null -w '%{http_code}' -b "sessionid=$session")" = 200 ] ||
    fail "the session did not survive down/up"
compose exec -T web python manage.py shell -c \
    'from curation.models import Sample; assert Sample.objects.count() == 1' || fail "data lost"

say "PASS: the compose stack ran for real on podman $(podman --version | awk '{print $3}') via docker-compose $(docker-compose version --short)"
echo "1 passed, 0 failed"
