"""The one place that imports experta.

experta 1.9.4 (its last release) pins frozendict==1.2, which subclasses ``collections.Mapping``;
those aliases were removed in Python 3.10, so a plain ``import experta`` fails there.  Rather than
vendor experta or fight its pins, we restore the aliases from ``collections.abc`` just before the
import.  Every other module gets experta's names from here (a test enforces it).
"""
from __future__ import annotations

import collections
import collections.abc
import logging

for _name in ("Mapping", "MutableMapping", "Sequence", "MutableSequence", "Set", "MutableSet",
              "Callable", "Hashable", "Iterable", "Iterator"):
    if not hasattr(collections, _name):
        setattr(collections, _name, getattr(collections.abc, _name))

# experta calls logging.basicConfig() on import, which would print its watchers to stderr of any
# program embedding normgap. Give its loggers a handler of their own and keep them quiet.
_experta_log = logging.getLogger("experta")
_experta_log.addHandler(logging.NullHandler())
_experta_log.propagate = False
_had_root_handlers = bool(logging.getLogger().handlers)

import experta  # noqa: E402
from experta import AS, NOT, TEST, Fact, KnowledgeEngine, P, Rule, W  # noqa: E402,F401
from experta import DefFacts  # noqa: E402,F401

if not _had_root_handlers:  # undo the basicConfig() side effect
    for _handler in list(logging.getLogger().handlers):
        logging.getLogger().removeHandler(_handler)

__all__ = ["AS", "NOT", "TEST", "Fact", "KnowledgeEngine", "P", "Rule", "W", "DefFacts", "experta"]
