#!/bin/sh
# Write docker/.env (or the file given) from docker/.env.example, with fresh random values for
# SECRET_KEY, ASSAY_HASH_KEY, ASSAY_PAYLOAD_KEYS and POSTGRES_PASSWORD. An existing file is
# left alone: the keys must outlive every `docker compose up`. Needs only sh, head, base64,
# tr and sed (no Python on the host).
#
#   docker/make-env.sh [OUTPUT]
set -eu

here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/.env}"

if [ -e "$out" ]; then
    echo "$out exists; keeping it (its keys must not change). Delete it to start over." >&2
    exit 0
fi

# n random bytes, url-safe base64 (no padding for the tokens, padding kept for Fernet).
random_b64() { head -c "$1" /dev/urandom | base64 | tr -d '\n' | tr '+/' '-_'; }

secret_key="$(random_b64 48 | tr -d '=')"
hash_key="$(random_b64 48 | tr -d '=')"
payload_key="$(random_b64 32)" # 44 characters: a Fernet key
postgres_password="$(random_b64 24 | tr -d '=_-')"

umask 077
tmp="$out.tmp.$$"
trap 'rm -f "$tmp"' EXIT
sed -e "s|^SECRET_KEY=\$|SECRET_KEY=$secret_key|" \
    -e "s|^ASSAY_HASH_KEY=\$|ASSAY_HASH_KEY=$hash_key|" \
    -e "s|^ASSAY_PAYLOAD_KEYS=\$|ASSAY_PAYLOAD_KEYS=$payload_key|" \
    -e "s|^POSTGRES_PASSWORD=\$|POSTGRES_PASSWORD=$postgres_password|" \
    "$here/.env.example" >"$tmp"
for name in SECRET_KEY ASSAY_HASH_KEY ASSAY_PAYLOAD_KEYS POSTGRES_PASSWORD; do
    grep -q "^$name=..*" "$tmp" || { echo "make-env: $name not filled in" >&2; exit 1; }
done
mv "$tmp" "$out"
trap - EXIT
echo "Wrote $out (mode 600). Keep it, and back it up: its keys cannot be regenerated."
echo "For a real site, set ALLOWED_HOSTS, CSRF_TRUSTED_ORIGINS, ASSAY_HTTPS=true and ASSAY_TRUSTED_PROXIES in it."
