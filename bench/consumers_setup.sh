#!/usr/bin/env bash
# Build the virtualenv the consumer checks (tests/datasets/test_consumers.py) load exports with:
# Hugging Face `datasets`, inspect-ai, and TRL (with transformers and a CPU-only torch).
#
#     bash bench/consumers_setup.sh [VENV]        # default /tmp/assay-consumers
#     ASSAY_CONSUMERS_PYTHON=/tmp/assay-consumers/bin/python .venv/bin/python -m pytest tests/datasets/test_consumers.py
#
# It lives outside the repository on purpose: this project has an app called `datasets`, which
# shadows the Hugging Face package of the same name inside the repository root.
set -euo pipefail
VENV="${1:-/tmp/assay-consumers}"
PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
case "$(cd "$(dirname "$VENV")" 2>/dev/null && pwd)/" in
  "$(cd "$(dirname "$0")/.." && pwd)"/*) echo "put the consumers venv outside the repository" >&2; exit 2 ;;
esac
test -x "$VENV/bin/python" || "$PYTHON" -m venv "$VENV"
# Run pip and the import check from the venv's own directory: the current directory is on
# sys.path for `python -m`, so a stray file named like a stdlib module (in /tmp, say) or this
# repository's `datasets` app would shadow what they import.
cd "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
# torch first and pinned: the CPU build of this release installs without a multi-GB CUDA
# download; TRL and accelerate then find it already satisfied.
"$VENV/bin/python" -m pip install --quiet "torch==2.13.0"
"$VENV/bin/python" -m pip install --quiet "torch==2.13.0" datasets inspect-ai trl
"$VENV/bin/python" - <<'PY'
import datasets, inspect_ai, torch, transformers, trl
print("consumers:", "datasets", datasets.__version__, "inspect-ai", inspect_ai.__version__,
      "trl", trl.__version__, "transformers", transformers.__version__, "torch", torch.__version__)
PY
