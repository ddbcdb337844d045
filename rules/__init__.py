"""The built-in rule files, one per Convention, and the public rule-authoring API.

A rule file (built in here, or in a folder given with ``--rules DIR``) imports what it needs from
this package and nothing from normgap's internals::

    from normgap.rules import Convention, provision, no_provision, declared, where, below, years

See docs/writing-rules.md for a worked example.
"""
from normgap.authoring import (  # noqa: F401
    ANY, Convention, ValueTest, FindingDraft, RuleFileError, above, act, below, between, declared, has_any,
    from_up_to, has_other_than, lacks_any, no_provision, nonempty, not_declared, one_of, provision, where,
)
from normgap.facts import ActInForce, Declared, Provision  # noqa: F401
from normgap.vocabulary import (  # noqa: F401
    WORKER_CATEGORIES, boolean, categories, count, date, days, enum, hours, listof, money, months,
    percent, text, weeks, years,
)
from normgap.voice import category, listing, words  # noqa: F401
