"""Fail when a COPY in docker/Dockerfile names a path the repository does not hold.

The image once failed to build on `COPY templates` of a folder that existed only on one
machine. Each source of each COPY (other than `COPY --from`) must be a file git tracks or a
folder holding one; a source with a glob pattern may match nothing (`requirements.loc[k]`
copies a lock file only when there is one). Outside a git checkout, the files on disk count.
And since .dockerignore is an allowlist (`*`, then `!path` lines), each source must be let
through by one of its `!` lines.

    python docker/check_copy_sources.py [docker/Dockerfile]
"""

import fnmatch
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def repository_files() -> list[str]:
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, text=True
        ).stdout
        return [name for name in listed.split("\0") if name]
    except (OSError, subprocess.CalledProcessError):
        return [str(p.relative_to(ROOT)) for p in ROOT.rglob("*") if p.is_file()]


def allowed_by_dockerignore() -> list[str] | None:
    """The `!` paths of an allowlist .dockerignore, or None when it is not one."""
    path = ROOT / ".dockerignore"
    lines = [line.strip() for line in path.read_text().splitlines()] if path.exists() else []
    lines = [line for line in lines if line and not line.startswith("#")]
    if not lines or lines[0] != "*":
        return None
    return [line[1:].rstrip("/").removeprefix("./") for line in lines if line.startswith("!")]


def instructions(dockerfile: Path) -> list[str]:
    """The Dockerfile's instructions, continuation lines joined, comments dropped."""
    joined, current = [], ""
    for line in dockerfile.read_text().splitlines():
        if not current and line.lstrip().startswith("#"):
            continue
        if line.rstrip().endswith("\\"):
            current += line.rstrip()[:-1] + " "
            continue
        joined.append(current + line)
        current = ""
    return [line.strip() for line in joined if line.strip()]


def main() -> int:
    dockerfile = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docker" / "Dockerfile"
    files = repository_files()
    allowed = allowed_by_dockerignore()
    missing, ignored, checked = [], [], 0
    for instruction in instructions(dockerfile):
        words = shlex.split(instruction)
        if words[0].upper() not in ("COPY", "ADD"):
            continue
        if any(word.startswith("--from") for word in words[1:]):
            continue  # from another stage or image, not the repository
        arguments = [word for word in words[1:] if not word.startswith("--")]
        for source in arguments[:-1]:
            checked += 1
            pattern = source.rstrip("/").removeprefix("./")
            if pattern in ("", "."):
                continue  # the whole context
            if allowed is not None and not any(
                pattern == entry
                or pattern.startswith(entry + "/")
                or fnmatch.fnmatchcase(entry, pattern)
                for entry in allowed
            ):
                ignored.append(source)
            if any(ch in pattern for ch in "*?["):
                continue  # a pattern may match nothing: optional by design
            if not any(name == pattern or name.startswith(pattern + "/") for name in files):
                missing.append(source)
    if missing:
        print(f"{dockerfile}: COPY of paths the repository does not hold: {', '.join(missing)}")
    if ignored:
        print(f"{dockerfile}: COPY of paths .dockerignore leaves out: {', '.join(ignored)}")
    if missing or ignored:
        return 1
    print(f"{dockerfile}: all {checked} COPY sources are in the repository")
    return 0


if __name__ == "__main__":
    sys.exit(main())
