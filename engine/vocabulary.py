"""Value types and the registry of topics and declaration keys that rule files declare.

The grammar knows nothing of topics: a rule file says which topics and ``ratified ... with`` keys
its Convention reads, with their type, and validation checks a summary against the union of all
rule files.  A topic shared by several Conventions is declared once (``rules/shared.py``); a
second declaration with another type is a broken rule file, reported, never silently merged.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import Boolean, DateValue, EnumValue, ListValue, Money, Percentage, Quantity, Text

TIME_UNITS = ("years", "months", "weeks", "days", "hours", "minutes")
COUNT_UNITS = ("members", "workers", "persons")

# The categories of workers `scope.excludes` and exclusion declarations take (LANGUAGE.md).
WORKER_CATEGORIES = (
    "domestic_workers", "self_employed", "family_undertakings", "agriculture", "informal_economy",
    "public_servants", "armed_forces", "police", "prison_staff", "fire_fighters", "teachers",
    "seafarers", "export_processing_zones", "migrant_workers", "apprentices", "casual_workers",
    "part_time_workers", "temporary_workers", "home_workers", "small_enterprises", "prisoners",
)

_KIND_OF_MODEL = {Quantity: "quantity", Percentage: "percent", Money: "money", Boolean: "bool",
                  EnumValue: "enum", ListValue: "list", Text: "string", DateValue: "date"}
_KIND_WORDS = {"quantity": "a quantity", "percent": "a percentage", "money": "an amount of money",
               "bool": "yes or no", "enum": "a name", "list": "a [list]", "string": 'a "string"',
               "date": "a date"}


@dataclass(frozen=True)
class ValueType:
    """What a topic or declaration key accepts: a kind, a unit for quantities, allowed names."""

    kind: str
    units: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()

    def describe(self) -> str:
        if self.kind == "quantity":
            return self.units[0] if len(self.units) == 1 else "a count (" + "/".join(self.units) + ")"
        if self.kind == "enum":
            return "one of " + ", ".join(self.choices)
        if self.kind == "list":
            return "a list of " + ", ".join(self.choices)
        return {"percent": "a percentage", "bool": "yes/no", "string": "a string", "date": "a date",
                "money": "an amount of money"}[self.kind]

    def problems(self, name: str, value) -> list[tuple[int, int, str]]:
        """(line, column, message) for each way ``value`` does not fit this type."""
        kind = _KIND_OF_MODEL[type(value)]
        at = (value.span.line, value.span.column)
        if kind != self.kind:
            got = f"`{value.name}`" if kind == "enum" else _KIND_WORDS[kind]
            wanted = "yes or no" if self.kind == "bool" else self.describe()
            return [(*at, f"`{name}` takes {wanted}, got {got}")]
        if kind == "quantity" and value.unit not in self.units:
            wanted = " or ".join(self.units)
            return [(*at, f"`{name}` takes {wanted}, got {value.unit}")]
        if kind == "enum" and value.name not in self.choices:
            return [(*at, f"`{value.name}` is not an allowed value of `{name}`; expected "
                          f"{_one_of(self.choices)}")]
        if kind == "list":
            return [(item.span.line, item.span.column,
                     f"`{item.name}` is not an allowed item of `{name}`; expected {_one_of(self.choices)}")
                    for item in value.items if item.name not in self.choices]
        return []


def _one_of(choices: tuple[str, ...]) -> str:
    if len(choices) <= 12:
        return "one of " + ", ".join(choices)
    return "one of " + ", ".join(choices[:12]) + f", … ({len(choices)} in all; see `normgap vocab`)"


def years() -> ValueType: return ValueType("quantity", ("years",))
def months() -> ValueType: return ValueType("quantity", ("months",))
def weeks() -> ValueType: return ValueType("quantity", ("weeks",))
def days() -> ValueType: return ValueType("quantity", ("days",))
def hours() -> ValueType: return ValueType("quantity", ("hours",))
def count() -> ValueType: return ValueType("quantity", COUNT_UNITS)
def percent() -> ValueType: return ValueType("percent")
def boolean() -> ValueType: return ValueType("bool")
def text() -> ValueType: return ValueType("string")
def date() -> ValueType: return ValueType("date")
def money() -> ValueType: return ValueType("money")
def enum(*choices: str) -> ValueType: return ValueType("enum", choices=tuple(choices))
def listof(*choices: str) -> ValueType: return ValueType("list", choices=tuple(choices))
def categories() -> ValueType: return listof(*WORKER_CATEGORIES)


@dataclass(frozen=True)
class TopicSpec:
    name: str
    type: ValueType
    meaning: str
    owner: str  # the Convention code, or "shared"


@dataclass(frozen=True)
class DeclarationSpec:
    convention: str
    key: str
    type: ValueType
    meaning: str
    article: str | None = None
    default: object = None  # value the rules see when nothing was declared (None: no fact)


class VocabularyConflict(ValueError):
    """Two rule files declare the same topic or key differently."""


@dataclass
class Vocabulary:
    """The union of every loaded rule file's topics and declaration keys."""

    topics: dict[str, TopicSpec] = field(default_factory=dict)
    declarations: dict[str, dict[str, DeclarationSpec]] = field(default_factory=dict)

    def add_topic(self, spec: TopicSpec) -> None:
        known = self.topics.get(spec.name)
        if known is not None and known != spec:
            if known.type != spec.type:
                raise VocabularyConflict(
                    f"topic `{spec.name}` is declared by {known.owner} as {known.type.describe()} "
                    f"and by {spec.owner} as {spec.type.describe()}")
            return  # same topic, same type: a harmless repeat
        self.topics[spec.name] = spec

    def add_declaration(self, spec: DeclarationSpec) -> None:
        keys = self.declarations.setdefault(spec.convention, {})
        known = keys.get(spec.key)
        if known is not None and known != spec:
            raise VocabularyConflict(f"declaration key `{spec.key}` of {spec.convention} is declared twice")
        keys[spec.key] = spec
