"""Text → list of statement nodes, with every syntax error located and worded for a person.

The only module that imports lark.  The fast path parses the whole file in one LALR pass with an
inline transformer (no parse tree is kept).  Only when that fails does the parser go back and
parse the file one statement at a time, so that every broken line is reported once and the good
statements around it still reach validation.
"""
from __future__ import annotations

import datetime as dt
import difflib
import threading
from importlib import resources
from typing import Iterator, Union

from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedCharacters, UnexpectedInput, UnexpectedToken, VisitError

from .diagnostics import Diagnostic, source_lines
from .model import (
    Act, Assertion, Boolean, Country, DateValue, Declaration, EnumValue, ListItem, ListValue, Money,
    Percentage, Quantity, Ratification, Span, Statement, Text,
)

Node = Union[Country, Ratification, Act, Statement]

UNIT_SPELLING = {
    "year": "years", "month": "months", "week": "weeks", "day": "days", "hour": "hours",
    "minute": "minutes", "member": "members", "worker": "workers", "person": "persons",
}

# What each terminal is, in the words an error message uses.
_WORDS = {
    "COUNTRY": "'country'", "RATIFIED": "'ratified'", "ON": "'on'", "WITH": "'with'",
    "ACT": "'act'", "IN_FORCE": "'in force'", "UNTIL": "'until'", "SINCE": "'since'",
    "DRAFT": "'draft'", "YES": "yes", "NO": "no",
    "CODE3": "a three-letter code in capitals", "CONV": "a Convention code such as C138",
    "ACT_ID": "an act ID", "PINPOINT": "a pinpoint such as s.32(1)",
    "TOPIC": "a topic such as minimum_age.general", "NAME": "a lowercase name",
    "DATE": "a date (YYYY-MM-DD)", "NUMBER": "a number", "UNIT": "a unit",
    "PERCENT": "'%'", "STRING": 'a double-quoted string', "LSQB": "'['", "RSQB": "']'",
    "LCOMMA": "','", "_DCOMMA": "','", "_EQ": "'='", "_COLON": "':'", "_SEMI": "';'",
    "_NL": "the end of the line", "$END": "the end of the line",
}
_VALUE_START = {"NUMBER", "DATE", "YES", "NO", "NAME", "STRING", "LSQB"}
_STATEMENT_START = {"COUNTRY", "RATIFIED", "ACT", "ACT_ID"}
_KEYWORDS = ["country", "ratified", "act"]
_UNITS_IN_WORDS = "years, months, weeks, days, hours, minutes, members, workers or persons"


class _LocatedProblem(Exception):
    """Raised inside the transformer for a well-formed token with a bad meaning (a 30 February)."""

    def __init__(self, token: Token, message: str):
        super().__init__(message)
        self.token = token
        self.message = message


def _span(first: Token, last: Token) -> Span:
    return Span(line=first.line, column=first.column, end_line=last.end_line, end_column=last.end_column)


def _number(token: Token) -> int | float:
    text = token.value
    return float(text) if "." in text else int(text)


def _date(token: Token) -> dt.date:
    try:
        return dt.date.fromisoformat(token.value)
    except ValueError:
        raise _LocatedProblem(token, f"{token.value} is not a real date") from None


def _string(token: Token) -> str:
    return token.value[1:-1].replace('\\"', '"').replace("\\\\", "\\")


def _convention(token: Token) -> str:
    code = token.value
    if code == "MLC":
        return code
    return code[0] + str(int(code[1:]))


class _ToModel(Transformer):
    """Builds model nodes straight from tokens while LALR reduces (no tree is kept)."""

    def start(self, children):
        return children

    def line(self, children):
        return children

    # values ---------------------------------------------------------------------------------
    def quantity(self, c):
        number, unit = c
        return Quantity(number=_number(number), unit=UNIT_SPELLING.get(unit.value, unit.value),
                        span=_span(number, unit))

    def percentage(self, c):
        number, sign = c
        return Percentage(number=_number(number), span=_span(number, sign))

    def money(self, c):
        amount, currency = c
        return Money(amount=_number(amount), currency=currency.value, span=_span(amount, currency))

    def boolean(self, c):
        (word,) = c
        return Boolean(value=word.type == "YES", span=_span(word, word))

    def enum(self, c):
        (name,) = c
        return EnumValue(name=name.value, span=_span(name, name))

    def list(self, c):
        open_, *middle, close = c
        items = tuple(ListItem(name=t.value, span=_span(t, t)) for t in middle if t.type == "NAME")
        # the brackets swallow surrounding white space; the span runs from '[' to ']'
        end = Token("RSQB", "]", line=close.end_line, column=close.end_column - 1,
                    end_line=close.end_line, end_column=close.end_column)
        return ListValue(items=items, span=_span(open_, end))

    def string(self, c):
        (token,) = c
        return Text(text=_string(token), span=_span(token, token))

    def date(self, c):
        (token,) = c
        return DateValue(date=_date(token), span=_span(token, token))

    # statements -----------------------------------------------------------------------------
    def country(self, c):
        keyword, code, name = c
        return Country(code=code.value, name=_string(name), span=_span(keyword, name))

    def declaration(self, c):
        key, value = c
        return Declaration(key=key.value, value=value,
                           span=Span(line=key.line, column=key.column,
                                     end_line=value.span.end_line, end_column=value.span.end_column))

    def ratified(self, c):
        keyword, conv, _on, date = c[:4]
        declarations = tuple(x for x in c[4:] if isinstance(x, Declaration))
        last = declarations[-1].span if declarations else None
        span = _span(keyword, date) if last is None else Span(
            line=keyword.line, column=keyword.column, end_line=last.end_line, end_column=last.end_column)
        return Ratification(convention=_convention(conv), date=_date(date),
                            declarations=declarations, span=span)

    def act(self, c):
        keyword, act_id, title = c[:3]
        fields = {"in_force": None, "until": None, "draft": False}
        rest = c[3:]
        for i, token in enumerate(rest):
            if token.type == "IN_FORCE":
                fields["in_force"] = _date(rest[i + 1])
            elif token.type == "UNTIL":
                fields["until"] = _date(rest[i + 1])
            elif token.type == "DRAFT":
                fields["draft"] = True
        _check_order(fields["in_force"], fields["until"], rest, "in force")
        return Act(id=act_id.value, title=_string(title), span=_span(keyword, c[-1]), **fields)

    def assertion(self, c):
        topic, value = c
        return Assertion(topic=topic.value, value=value,
                         span=Span(line=topic.line, column=topic.column,
                                   end_line=value.span.end_line, end_column=value.span.end_column))

    def provision(self, c):
        act_id, pinpoint = c[:2]
        assertions = tuple(x for x in c[2:] if isinstance(x, Assertion))
        tokens = [x for x in c[2:] if isinstance(x, Token)]
        bounds = {"since": None, "until": None}
        for i, token in enumerate(tokens):
            if token.type in ("SINCE", "UNTIL"):
                bounds[token.type.lower()] = _date(tokens[i + 1])
        _check_order(bounds["since"], bounds["until"], tokens, "since")
        last = assertions[-1].span
        return Statement(act=act_id.value, pinpoint=" ".join(pinpoint.value.split()),
                         assertions=assertions, span=Span(line=act_id.line, column=act_id.column,
                                                          end_line=last.end_line,
                                                          end_column=last.end_column),
                         **bounds)


def _check_order(start: dt.date | None, until: dt.date | None, tokens: list, start_word: str) -> None:
    if start is not None and until is not None and until < start:
        until_token = next(t for t in tokens if isinstance(t, Token) and t.type == "UNTIL")
        raise _LocatedProblem(until_token, f"'until' {until.isoformat()} is before '{start_word}' "
                                           f"{start.isoformat()}")


_local = threading.local()


def _parser() -> Lark:
    """One Lark parser per thread: the inline transformer keeps no state, the parser does."""
    parser = getattr(_local, "parser", None)
    if parser is None:
        grammar = resources.files("normgap.grammar").joinpath("summary.lark").read_text("utf-8")
        parser = Lark(grammar, parser="lalr", lexer="contextual", start=["start", "line"],
                      transformer=_ToModel(), cache=True)
        _local.parser = parser
    return parser


def load_grammar(strict: bool = False) -> Lark:
    """The grammar as a plain Lark parser (for tests: ``strict=True``, and for property tests)."""
    grammar = resources.files("normgap.grammar").joinpath("summary.lark").read_text("utf-8")
    return Lark(grammar, parser="lalr", lexer="contextual", start=["start", "line"], strict=strict)


def parse_statements(text: str, filename: str = "<summary>") -> tuple[list[Node], list[Diagnostic]]:
    """Parse a summary's text into statement nodes, collecting every syntax error."""
    parser = _parser()
    try:
        return list(parser.parse(text, start="start")), []
    except (UnexpectedInput, _LocatedProblem, VisitError):
        pass
    nodes: list[Node] = []
    diagnostics: list[Diagnostic] = []
    for first_line, chunk in _statement_chunks(text):
        padded = "\n" * (first_line - 1) + chunk  # keeps Lark's line numbers true
        try:
            nodes.extend(parser.parse(padded, start="line"))
        except _LocatedProblem as problem:
            diagnostics.append(Diagnostic(problem.token.line, problem.token.column, problem.message, filename))
        except UnexpectedInput as error:
            line, column, message = _describe(error, padded, first_line)
            diagnostics.append(Diagnostic(line, column, message, filename))
    return nodes, diagnostics


def _statement_chunks(text: str) -> Iterator[tuple[int, str]]:
    """Yield (first line number, text) for each statement: a line, or lines joined by an open '['.

    Comment-only and blank lines are skipped. A '[' never closed takes only its own line, so one
    missing ']' does not swallow the rest of the file.
    """
    lines = source_lines(text, keepends=True)
    i = 0
    while i < len(lines):
        body = _code_part(lines[i])
        if not body.strip():
            i += 1
            continue
        depth = _bracket_depth(body)
        j = i
        while depth > 0 and j + 1 < len(lines):
            j += 1
            depth += _bracket_depth(_code_part(lines[j]))
        if depth > 0:
            j = i
        yield i + 1, "".join(lines[i:j + 1])
        i = j + 1


def comment_start(line: str, start: int = 0) -> int | None:
    """Where the comment of ``line`` begins (a '#' outside a string), looking from ``start``."""
    in_string = escaped = False
    for k in range(start, len(line)):
        ch = line[k]
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch == "#":
            return k
    return None


def _code_part(line: str) -> str:
    """The line without its comment."""
    at = comment_start(line)
    return line if at is None else line[:at]


def _bracket_depth(code: str) -> int:
    depth = in_string = 0
    for ch in code:
        if ch == '"':
            in_string ^= 1
        elif not in_string:
            depth += (ch == "[") - (ch == "]")
    return depth


def _describe(error: UnexpectedInput, padded: str, first_line: int) -> tuple[int, int, str]:
    """(line, column, message) for a Lark error, in words a person understands."""
    if isinstance(error, UnexpectedCharacters):
        expected = set(error.allowed or ())
        found = _found_text(padded, error.pos_in_stream)
        line, column = error.line, error.column
    else:
        assert isinstance(error, UnexpectedToken)
        expected = set(error.accepts or error.expected or ())
        token = error.token
        if token.type in ("$END", "_NL"):
            found = "the end of the line"
            line, column = _end_of_statement(padded[first_line - 1:])
            line += first_line - 1
        else:
            found = repr(token.value)
            line, column = token.line, token.column
    message = f"{_expectation(expected)}, got {found}"
    if "_COLON" in expected:  # `contry EXA …` reads as a provision of act `contry`
        first_word = padded.split(None, 1)[0] if padded.split() else ""
        close = difflib.get_close_matches(first_word, _KEYWORDS, n=1, cutoff=0.7)
        if close:
            message += f" (or did you mean the statement `{close[0]}`?)"
    return line, column, message


def _found_text(chunk: str, pos: int) -> str:
    rest = chunk[pos:]
    if not rest or rest[0] in "\r\n":
        return "the end of the line"
    word = rest.split()[0] if rest.split() else rest[0]
    return repr(word[:20])


def _end_of_statement(chunk: str) -> tuple[int, int]:
    code_lines = source_lines(chunk) or [""]
    last = len(code_lines)
    while last > 1 and not _code_part(code_lines[last - 1]).strip():
        last -= 1
    return last, len(_code_part(code_lines[last - 1]).rstrip()) + 1


def _expectation(expected: set[str]) -> str:
    """Say what the parser wanted, naming the situation where we can recognise it."""
    if expected == {"_EQ"}:
        return "expected '=' after the topic"
    if expected == {"_COLON"}:
        return "expected ':' after the citation"
    if {"UNIT", "PERCENT"} <= expected:
        return f"expected a unit after the number ({_UNITS_IN_WORDS}), '%' or a currency code"
    if _VALUE_START <= expected:
        return ("expected a value: a number with a unit, yes or no, a lowercase name, a [list], "
                'a "string" or a date')
    if expected == {"TOPIC"}:
        return "expected a topic such as minimum_age.general"
    if _STATEMENT_START <= expected:
        return ("expected a statement: 'country', 'ratified', 'act' or a provision such as "
                "'LC s.3: topic = value'")
    if expected >= {"NAME", "RSQB"} or expected >= {"LCOMMA", "RSQB"}:
        return "expected a lowercase name, ',' or ']' in the list"
    words = sorted({_WORDS.get(name, name) for name in expected})
    if not words:
        return "unexpected input"
    if len(words) == 1:
        return f"expected {words[0]}"
    return f"expected {', '.join(words[:-1])} or {words[-1]}"
