"""`make mutation`: mutmut over the modules that hold the pipeline's promises, scored per module.

Runs `mutmut run` on the mutants in SCOPE (mutmut writes them under ./mutants and runs the
tests that reach each mutated function, pyproject.toml's [tool.mutmut]), then prints killed /
total per module and exits 1 if any module is under THRESHOLD. `--report` only prints the
scores of the last run; `--survivors` also lists the mutants that lived (`mutmut show NAME`).
`--resume` runs again only the mutants the last run did not kill (while adding tests: mutmut
keeps ./mutants, and re-tests the mutants of functions whose source changed, so run it twice).

Not part of `make test` or CI: a full run takes about half an hour on two cores.
"""

import argparse
import fnmatch
import json
import os
import subprocess
import sys
from pathlib import Path

from mutmut.stats import status_by_exit_code

THRESHOLD = 0.85

# Module → the functions and classes of it under test, "*" for all. Recognizer tuning
# (scrub.py's engines and context enhancer) and the filters' text heuristics (_is_mash,
# _is_spam, _repeated_share…) are measured by bench/pii_eval.py and bench/filters_eval.py
# on corpora, not pinned here: what is scored is the routing around them. scrub.py's
# surrogate_value serves the reviewers' redactions (curation/reviews.py), not the scrub step.
SCOPE: dict[str, tuple[str, ...]] = {
    "feedback/services.py": ("*",),
    "curation/intake.py": ("*",),
    "curation/pipeline.py": ("*",),
    "curation/tasks.py": ("*",),
    "curation/dedup.py": ("*",),
    "curation/minhash.py": ("*",),
    "curation/filters.py": (
        "check_*",
        "run_filters",
        "project_config",
        "_check_option",
        "_real_turns",
    ),
    "curation/scrub.py": (
        "scrub_texts",
        "scrub_conversations",
        "_replace",
        "_anonymize",
        "_Replacements",
        "_propagate",
        "_Findings",
        "_may_match_elsewhere",
    ),
}

# What mutmut counts as a kill (its badge's score): a test failed, or the mutant hung.
KILLED = {"killed", "timeout", "caught by type check"}


def patterns(path: str) -> list[str]:
    """mutmut's names for the mutants of one module's scope: module.x_function__mutmut_N,
    module.xǁClassǁmethod__mutmut_N."""
    module = path.removesuffix(".py").replace("/", ".")
    names = []
    for name in SCOPE[path]:
        if name == "*":
            names.append(f"{module}.*")
        elif name.lstrip("_")[0].isupper():
            names.append(f"{module}.xǁ{name}ǁ*")
        else:
            names.append(f"{module}.x_{name}__mutmut_*")
    return names


def in_scope(path: str, mutant: str) -> bool:
    return any(fnmatch.fnmatchcase(mutant, p) for p in patterns(path))


def not_killed() -> list[str]:
    """The mutants in scope that the last run left alive or did not get to."""
    names = []
    for path in SCOPE:
        meta = Path("mutants") / f"{path}.meta"
        if meta.exists():
            codes = json.loads(meta.read_text())["exit_code_by_key"]
            names += [
                name
                for name, code in codes.items()
                if in_scope(path, name) and status_by_exit_code[code] not in KILLED
            ]
    return names


def run(max_children: int, *, resume: bool) -> int:
    """mutmut run on the scope, its progress shown; not its closing list of every mutant it
    was named (thousands of lines): report() sums them up per module."""
    mutmut = Path(sys.executable).parent / "mutmut"
    names = not_killed() if resume else [p for path in SCOPE for p in patterns(path)]
    if not names:
        return 0
    command = [str(mutmut), "run", "--max-children", str(max_children), *names]
    process = subprocess.Popen(command, stdout=subprocess.PIPE)
    assert process.stdout is not None
    marker, seen, showing = b"Mutant results", b"", True
    while chunk := os.read(process.stdout.fileno(), 65536):
        if showing:
            text = seen + chunk
            cut = text.find(marker)
            if cut != -1:
                chunk, showing = chunk[: max(cut - len(seen), 0)], False
            sys.stdout.buffer.write(chunk)
            sys.stdout.buffer.flush()
            seen = text[-len(marker) :]
    return process.wait()


def report(*, survivors: bool) -> bool:
    """Print the score per module; True if every module reaches THRESHOLD."""
    print(f"\n{'module':<24} {'killed':>7} {'total':>6} {'score':>7}  not killed")
    ok = True
    for path in SCOPE:
        meta = Path("mutants") / f"{path}.meta"
        if not meta.exists():
            print(f"{path:<24} no results: run `make mutation`")
            ok = False
            continue
        codes = json.loads(meta.read_text())["exit_code_by_key"]
        statuses = {
            name: status_by_exit_code[code] for name, code in codes.items() if in_scope(path, name)
        }
        killed = sum(status in KILLED for status in statuses.values())
        lived = {name: status for name, status in statuses.items() if status not in KILLED}
        total = len(statuses)
        score = killed / total if total else 1.0
        ok = ok and score >= THRESHOLD
        counts: dict[str, int] = {}
        for status in lived.values():
            counts[status] = counts.get(status, 0) + 1
        detail = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        print(f"{path:<24} {killed:>7} {total:>6} {score:>7.1%}  {detail}")
        if survivors:
            for name, status in sorted(lived.items()):
                print(f"    {status:<12} {name}")
    print(f"\n{'every module' if ok else 'NOT every module'} at {THRESHOLD:.0%} or more killed")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-children", type=int, default=2)
    parser.add_argument("--report", action="store_true", help="print the last run's scores")
    parser.add_argument("--resume", action="store_true", help="run only the mutants not killed")
    parser.add_argument("--survivors", action="store_true", help="list the mutants not killed")
    args = parser.parse_args()
    if not args.report and run(args.max_children, resume=args.resume) != 0:
        print("mutmut run failed", file=sys.stderr)
        return 2
    return 0 if report(survivors=args.survivors) else 1


if __name__ == "__main__":
    sys.exit(main())
