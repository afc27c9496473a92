"""A pytest plugin for `make mutation` only (pyproject.toml's [tool.mutmut] loads it).

mutmut runs pytest many times in one process. Django configures logging once, in the first
run, with a handler writing to that run's captured stderr, which pytest closes when the run
ends; every later run's log lines would then fail as "--- Logging error ---" tracebacks
(quoting the logged exception) on stderr. Each run starts by pointing such handlers at its
own stderr, as a fresh process would.
"""

import logging
import sys

import pytest


@pytest.hookimpl(trylast=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    for logger in [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]:
        for handler in getattr(logger, "handlers", []):
            stream = getattr(handler, "stream", None)
            if isinstance(handler, logging.StreamHandler) and stream is not None and stream.closed:
                # Not setStream: it flushes the closed stream first.
                handler.stream = sys.stderr
