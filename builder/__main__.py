"""The command line as a process of its own: ``python -m builder`` and the installed ``korean-notes``.

A build is a short process that makes hundreds of thousands of small objects and then exits.
Two things Python does by default cost a small build a sixth of its time and buy it nothing:
the cyclic garbage collector's passes over objects that all live until the end, and freeing
every one of them, one by one, at exit.  So the process runs with the collector off (the
``watch`` command, which lives long, turns it back on) and ends with :func:`os._exit` once
the exit functions have run and the output streams are flushed, as mypy's command line does.
Everything the build writes is closed and published before :func:`builder.cli.main` returns.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys


def run() -> None:
    """Run the command line (``sys.argv``) and end the process with its exit status."""
    gc.disable()
    from builder.cli import main  # after the collector is off: imports make objects too

    status = main()
    try:
        atexit._run_exitfuncs()  # e.g. WeasyPrint's temporary font folder is removed by one
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(status)


if __name__ == "__main__":
    run()
