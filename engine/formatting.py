"""One canonical layout for summaries (`normgap fmt`), written from the parsed model.

Two people editing the same summary should not fight over spacing, and a diff between two years'
summaries should show what the law changed, not how it was typed.  The formatter therefore writes
every statement from the validated model, in the order the file gives them, and puts the comments
back where they were: a comment on a line of its own stays on its own line, a comment after a
statement stays after it (`# expect:` annotations depend on that), and a comment inside a list
that spans lines keeps the list spread over lines, each comment next to its item.

Only the layout may change, never the content: before returning, the result is parsed again and
must give the same model (positions aside), the same comments in the same order, and the same
text when formatted once more.  Anything else is a bug, raised as ``FormattingError`` so that no
caller ever writes it.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

from .checking import parse
from .diagnostics import source_lines
from .parsing import comment_start
from .model import (
    Act, Boolean, Country, DateValue, EnumValue, ListValue, Money, Percentage, Quantity, Ratification,
    Span, Statement, Summary, Text,
)

INDENT = "    "  # items of a list that is spread over lines
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")


class FormattingError(RuntimeError):
    """The formatted text would not say what the original says: a bug, never written to a file."""


@dataclass(frozen=True)
class Comment:
    """A comment's place (lines and columns count from 1) and its text from ``#`` on."""

    line: int
    column: int
    text: str


def format_text(text: str, filename: str = "<text>", rules=None) -> str:
    """The canonical layout of a summary; raises ``SummaryError`` (every problem) if it has errors.

    The text may start with a byte order mark and use CRLF line endings; the result has neither,
    has no trailing spaces and ends with exactly one line feed.
    """
    summary = parse(text, filename=filename, rules=rules)
    body = text[1:] if text.startswith("\ufeff") else text
    comments = find_comments(body, summary)
    formatted = layout(summary, body, comments)
    _verify(summary, comments, formatted, filename, rules)
    return formatted


def find_comments(text: str, summary: Summary) -> list[Comment]:
    """Every comment of a valid summary, in file order.

    A ``#`` outside a string starts a comment, except in a provision's citation, where the
    pinpoint may hold a quote but no ``#`` and no ``:``: on a provision's first line the scan
    starts after the first ``:``.
    """
    provision_lines = {s.span.line for s in summary.statements}
    comments = []
    for number, line in enumerate(source_lines(text), 1):
        start = line.find(":") + 1 if number in provision_lines else 0
        at = comment_start(line, start)
        if at is not None:
            comments.append(Comment(number, at + 1, line[at:].rstrip()))
    return comments


def layout(summary: Summary, text: str, comments: list[Comment]) -> str:
    """Statements in file order, comments where they were, one blank line where there were some."""
    nodes = {node.span.line: node for node in _nodes(summary)}
    by_line = {c.line: c for c in comments}
    lines = source_lines(text)
    out: list[str] = []
    number = 1
    while number <= len(lines):
        node = nodes.get(number)
        if node is not None:
            end = node.span.end_line
            inner = [by_line[k] for k in range(number, end + 1) if k in by_line]
            out.extend(_Writer(lines, inner).statement(node).split("\n"))
            number = end + 1
            continue
        if number in by_line:
            out.append(by_line[number].text)
        elif out and out[-1]:
            out.append("")
        number += 1
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"


def _nodes(summary: Summary) -> list:
    found = [summary.country, *summary.ratifications, *summary.acts, *summary.statements]
    return sorted(found, key=lambda n: (n.span.line, n.span.column))


class _Writer:
    """Spells one statement; ``lines`` gives numbers as written, ``comments`` those on its lines."""

    def __init__(self, lines: list[str], comments: list[Comment]):
        self.lines = lines
        self.comments = comments
        self.placed: set[Comment] = set()

    def statement(self, node) -> str:
        text = self._code(node)
        rest = [c for c in self.comments if c not in self.placed]
        if len(rest) > 1:
            raise FormattingError(f"line {rest[0].line}: comments found outside the lists of one statement")
        return text + (f"  {rest[0].text}" if rest else "")

    def _code(self, node) -> str:
        if isinstance(node, Country):
            return f"country {node.code} {quote(node.name)}"
        if isinstance(node, Ratification):
            text = f"ratified {node.convention} on {node.date.isoformat()}"
            if node.declarations:
                text += " with " + ", ".join(f"{d.key} = {self.value(d.value)}" for d in node.declarations)
            return text
        if isinstance(node, Act):
            text = f"act {node.id} {quote(node.title)}"
            text += f" in force {node.in_force.isoformat()}" if node.in_force else ""
            text += f" until {node.until.isoformat()}" if node.until else ""
            return text + (" draft" if node.draft else "")
        assert isinstance(node, Statement)
        text = f"{node.act} {node.pinpoint}: " + "; ".join(f"{a.topic} = {self.value(a.value)}"
                                                           for a in node.assertions)
        text += f" since {node.since.isoformat()}" if node.since else ""
        return text + (f" until {node.until.isoformat()}" if node.until else "")

    def value(self, value) -> str:
        if isinstance(value, Quantity):
            unit = value.unit[:-1] if value.number == 1 else value.unit
            return f"{self.number(value.span)} {unit}"
        if isinstance(value, Percentage):
            return f"{self.number(value.span)} %"
        if isinstance(value, Money):
            return f"{self.number(value.span)} {value.currency}"
        if isinstance(value, Boolean):
            return "yes" if value.value else "no"
        if isinstance(value, EnumValue):
            return value.name
        if isinstance(value, Text):
            return quote(value.text)
        if isinstance(value, DateValue):
            return value.date.isoformat()
        assert isinstance(value, ListValue)
        return self.list(value)

    def number(self, span: Span) -> str:
        """The number as written, without leading zeros or trailing fractional zeros.

        Read from the source rather than printed from the model so that ``66.67`` stays ``66.67``
        and ``15.0`` stays a decimal: the value is exactly the one written.
        """
        match = _NUMBER.match(self.lines[span.line - 1], span.column - 1)
        if match is None:
            raise FormattingError(f"line {span.line}: no number at column {span.column}")
        whole, _, fraction = match.group().partition(".")
        whole = whole.lstrip("0") or "0"
        return f"{whole}.{fraction.rstrip('0') or '0'}" if fraction else whole

    def list(self, value: ListValue) -> str:
        """``[a, b]``, or one item a line when comments sit inside the list."""
        names = [item.name for item in value.items]
        inside = [c for c in self.comments if _within(c, value.span)]
        if not inside:
            return "[" + ", ".join(names) + "]"
        self.placed.update(inside)
        head: list[str] = []
        before: dict[int, list[str]] = {}
        after: dict[int, str] = {}
        for comment in inside:
            same_line = [i for i, item in enumerate(value.items)
                         if item.span.line == comment.line and item.span.column < comment.column]
            following = [i for i, item in enumerate(value.items)
                         if (item.span.line, item.span.column) > (comment.line, comment.column)]
            if same_line:
                after[same_line[-1]] = comment.text
            elif comment.line == value.span.line:
                head.append(comment.text)
            else:
                before.setdefault(following[0] if following else len(names), []).append(comment.text)
        rows = ["[" + "".join(f"  {c}" for c in head)]
        for i, name in enumerate(names):
            rows += [INDENT + c for c in before.get(i, [])]
            comma = "," if i < len(names) - 1 else ""
            rows.append(INDENT + name + comma + (f"  {after[i]}" if i in after else ""))
        rows += [INDENT + c for c in before.get(len(names), [])]
        return "\n".join(rows + ["]"])


def _within(comment: Comment, span: Span) -> bool:
    return (span.line, span.column) < (comment.line, comment.column) < (span.end_line, span.end_column)


def quote(text: str) -> str:
    """A string literal with the language's two escapes."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def plain(summary: Summary) -> str:
    """The model without positions, as canonical JSON (so 15 and 15.0 stay different)."""
    return json.dumps(_without_spans(summary.model_dump(mode="json")), sort_keys=True, ensure_ascii=False)


def _without_spans(data):
    if isinstance(data, dict):
        return {k: _without_spans(v) for k, v in data.items() if k != "span"}
    if isinstance(data, list):
        return [_without_spans(v) for v in data]
    return data


def _verify(summary: Summary, comments: list[Comment], formatted: str, filename: str, rules) -> None:
    """Refuse a result that does not say exactly what the original said (see the module's note)."""
    from .diagnostics import SummaryError

    try:
        again = parse(formatted, filename=filename, rules=rules)
    except SummaryError as error:
        raise FormattingError(f"{filename}: the formatted text does not parse: {error}") from None
    if plain(again) != plain(summary):
        raise FormattingError(f"{filename}: the formatted text parses to a different summary")
    kept = find_comments(formatted, again)
    if [c.text for c in kept] != [c.text for c in comments]:
        raise FormattingError(f"{filename}: the formatted text does not keep every comment in order")
    if layout(again, formatted, kept) != formatted:
        raise FormattingError(f"{filename}: formatting the formatted text changes it again")
