"""The typed model of a summary: what the grammar read, before any check.

Every node keeps the span it came from so that validation errors and findings can point at the
line a person wrote.  Values are a tagged union (``kind``) so the JSON of ``normgap parse`` says
plainly what each value is.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field


class Span(BaseModel):
    """Where a node starts and ends in the source (lines and columns count from 1)."""

    model_config = ConfigDict(frozen=True)
    line: int
    column: int
    end_line: int
    end_column: int


class _Node(BaseModel):
    model_config = ConfigDict(frozen=True)
    span: Span


class Quantity(_Node):
    """A number with a unit, e.g. ``14 years``; ``unit`` is always the plural spelling."""

    kind: Literal["quantity"] = "quantity"
    number: int | float
    unit: str


class Percentage(_Node):
    kind: Literal["percent"] = "percent"
    number: int | float


class Money(_Node):
    kind: Literal["money"] = "money"
    amount: int | float
    currency: str


class Boolean(_Node):
    kind: Literal["bool"] = "bool"
    value: bool


class EnumValue(_Node):
    kind: Literal["enum"] = "enum"
    name: str


class ListItem(_Node):
    name: str


class ListValue(_Node):
    kind: Literal["list"] = "list"
    items: tuple[ListItem, ...]


class Text(_Node):
    kind: Literal["string"] = "string"
    text: str


class DateValue(_Node):
    kind: Literal["date"] = "date"
    date: dt.date


Value = Annotated[
    Union[Quantity, Percentage, Money, Boolean, EnumValue, ListValue, Text, DateValue],
    Field(discriminator="kind"),
]


class Country(_Node):
    code: str
    name: str


class Declaration(_Node):
    """``KEY = VALUE`` after ``with`` on a ratification."""

    key: str
    value: Value


class Ratification(_Node):
    convention: str
    date: dt.date
    declarations: tuple[Declaration, ...] = ()


class Act(_Node):
    id: str
    title: str
    in_force: dt.date | None = None
    until: dt.date | None = None
    draft: bool = False


class Assertion(_Node):
    """``TOPIC = VALUE``: the cited provision establishes that value for that topic."""

    topic: str
    value: Value


class Statement(_Node):
    """A provision line: ``ID PINPOINT: ASSERTION (; ASSERTION)* [since D] [until D]``."""

    act: str
    pinpoint: str
    assertions: tuple[Assertion, ...]
    since: dt.date | None = None
    until: dt.date | None = None

    @property
    def citation(self) -> str:
        return f"{self.act} {self.pinpoint}"


class Summary(BaseModel):
    """One country's summary, in input order."""

    model_config = ConfigDict(frozen=True)
    file: str
    country: Country
    ratifications: tuple[Ratification, ...] = ()
    acts: tuple[Act, ...] = ()
    statements: tuple[Statement, ...] = ()

    def act(self, act_id: str) -> Act | None:
        for act in self.acts:
            if act.id == act_id:
                return act
        return None

    def ratification(self, convention: str) -> Ratification | None:
        for ratification in self.ratifications:
            if ratification.convention == convention:
                return ratification
        return None
