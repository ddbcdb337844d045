"""The ``normgap`` command: a thin click shell over the library.

Commands parse options, call ``normgap.parse``/``check``/… and a renderer, and map outcomes to
exit codes: 0 nothing at or above ``--fail-on``, 1 findings, 2 bad input or usage, 3 an internal
error (one line and a hint; the traceback only with ``--debug``).  The heavy modules (lark,
pydantic, experta) are imported inside commands so that ``normgap --version`` stays fast.
"""
from __future__ import annotations

import sys


def main() -> None:
    from .app import cli

    cli(prog_name="normgap")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
