"""Statement nodes → a valid ``Summary``, or every problem found, located.

Checks what the grammar cannot: one ``country`` and first; unique act IDs and ratifications;
provisions citing declared acts; topics and declaration keys known to some rule file, with values
of the right type, unit and allowed names ("did you mean …" for near misses).
"""
from __future__ import annotations

import difflib

from .diagnostics import Diagnostic
from .model import Act, Country, Ratification, Span, Statement, Summary
from .vocabulary import Vocabulary


def _did_you_mean(word: str, known, cutoff: float = 0.6) -> str:
    close = difflib.get_close_matches(word, sorted(known), n=1, cutoff=cutoff)
    return f"; did you mean `{close[0]}`?" if close else ""


def build_summary(nodes: list, vocabulary: Vocabulary, filename: str,
                  diagnostics: list[Diagnostic]) -> Summary | None:
    """Validate ``nodes`` (in file order); append problems to ``diagnostics``.

    Returns the Summary when nothing at all is wrong (including earlier syntax errors).
    """
    def error(span: Span | tuple[int, int], message: str) -> None:
        line, column = (span.line, span.column) if isinstance(span, Span) else span
        diagnostics.append(Diagnostic(line, column, message, filename))

    countries = [n for n in nodes if isinstance(n, Country)]
    acts: dict[str, Act] = {}
    ratifications: dict[str, Ratification] = {}
    statements: list[Statement] = []

    if countries:
        first = countries[0]
        if nodes[0] is not first:
            error(first.span, "the `country` statement must come before any other statement")
        for extra in countries[1:]:
            error(extra.span, f"a second `country` statement; a summary describes one country "
                              f"(the first is on line {first.span.line})")
    elif not diagnostics:  # a broken first line may well be the country statement
        error((1, 1), "expected a `country` statement (e.g. `country EXA \"Republic of Examplia\"`) "
                      "before any other statement")

    for node in nodes:
        if isinstance(node, Act):
            if node.id in acts:
                error(node.span, f"act `{node.id}` is declared twice (first on line "
                                 f"{acts[node.id].span.line}); act IDs must be unique")
            else:
                acts[node.id] = node

    for node in nodes:
        if isinstance(node, Ratification):
            if node.convention in ratifications:
                error(node.span, f"{node.convention} is ratified twice (first on line "
                                 f"{ratifications[node.convention].span.line}); give one `ratified` "
                                 f"line per Convention")
                continue
            ratifications[node.convention] = node
            _check_declarations(node, vocabulary, error)
        elif isinstance(node, Statement):
            statements.append(node)
            if node.act not in acts:
                error(node.span, f"act `{node.act}` is not declared{_did_you_mean(node.act, acts, 0.5)}; "
                                 f"add `act {node.act} \"Title\"` to the summary")
            for assertion in node.assertions:
                spec = vocabulary.topics.get(assertion.topic)
                if spec is None:
                    error(assertion.span, f"unknown topic `{assertion.topic}`"
                                          f"{_did_you_mean(assertion.topic, vocabulary.topics)}")
                    continue
                for line, column, message in spec.type.problems(assertion.topic, assertion.value):
                    error((line, column), message)

    if diagnostics or not countries:
        return None
    return Summary(file=filename, country=countries[0], ratifications=tuple(ratifications.values()),
                   acts=tuple(acts.values()), statements=tuple(statements))


def _check_declarations(node: Ratification, vocabulary: Vocabulary, error) -> None:
    keys = vocabulary.declarations.get(node.convention, {})
    seen: set[str] = set()
    for declaration in node.declarations:
        if declaration.key in seen:
            error(declaration.span, f"`{declaration.key}` is declared twice for {node.convention}")
            continue
        seen.add(declaration.key)
        spec = keys.get(declaration.key)
        if spec is None:
            if not keys:
                error(declaration.span, f"normgap has no rule file for {node.convention}, so it knows "
                                        f"no declaration keys for it")
            else:
                error(declaration.span, f"unknown declaration key `{declaration.key}` for "
                                        f"{node.convention}{_did_you_mean(declaration.key, keys)}; "
                                        f"{node.convention} takes {', '.join(sorted(keys))}")
            continue
        for line, column, message in spec.type.problems(declaration.key, declaration.value):
            error((line, column), message)
