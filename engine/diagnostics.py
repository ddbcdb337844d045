"""Located errors: what parsing and validation return instead of raising one at a time.

A person fixes a summary in one sitting, so every layer collects all the problems it finds as
``Diagnostic`` values; ``SummaryError`` carries them to the caller, and ``render`` prints them in
the ``FILE:LINE:COLUMN: error: MESSAGE`` form with the source line and a caret.
"""
from __future__ import annotations

from dataclasses import dataclass

MAX_ERRORS = 50


def source_lines(text: str, keepends: bool = False) -> list[str]:
    """Split on line feeds only, as the grammar counts lines (str.splitlines also splits on form
    feeds and other separators a string may legally contain)."""
    lines = text.split("\n")
    if keepends:
        lines = [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    elif lines and lines[-1] == "":
        lines.pop()
    return lines


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One error at a place in a file (lines and columns count from 1)."""

    line: int
    column: int
    message: str
    file: str = "<summary>"

    def render(self, source_lines: list[str] | None = None) -> str:
        head = f"{self.file}:{self.line}:{self.column}: error: {self.message}"
        if not source_lines or not 1 <= self.line <= len(source_lines):
            return head
        text = source_lines[self.line - 1].rstrip("\r\n").expandtabs(1)
        caret = " " * (max(self.column, 1) - 1) + "^"
        return f"{head}\n    {text}\n    {caret}"


class SummaryError(Exception):
    """Raised when a summary cannot be read; ``diagnostics`` lists every problem found."""

    def __init__(self, diagnostics: list[Diagnostic], source: str = "",
                 sources: dict[str, str] | None = None):
        self.diagnostics = sorted(set(diagnostics), key=lambda d: (d.file, d.line, d.column, d.message))
        self.diagnostics = _first_per_file(self.diagnostics)
        self.sources = dict(sources or {})
        for diagnostic in self.diagnostics:
            self.sources.setdefault(diagnostic.file, source)
        first = self.diagnostics[0] if self.diagnostics else None
        summary = f"{first.file}:{first.line}:{first.column}: {first.message}" if first else "invalid summary"
        more = len(self.diagnostics) - 1
        super().__init__(summary + (f" (and {more} more)" if more > 0 else ""))

    def __reduce__(self):
        """Picklable, so that a worker process can send a file's errors back (``check --jobs``)."""
        return (SummaryError, (self.diagnostics, "", self.sources))

    @classmethod
    def merge(cls, errors: list["SummaryError"]) -> "SummaryError":
        """One error for several files (the CLI reports all files' problems at once)."""
        sources: dict[str, str] = {}
        for error in errors:
            sources.update(error.sources)
        return cls([d for error in errors for d in error.diagnostics], sources=sources)

    def render(self) -> str:
        """All diagnostics, each with its source line and caret, as the CLI prints them."""
        lines = {name: source_lines(text) for name, text in self.sources.items()}
        return "\n".join(d.render(lines.get(d.file)) for d in self.diagnostics)


def _first_per_file(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """At most MAX_ERRORS per file, in file order."""
    kept: list[Diagnostic] = []
    per_file: dict[str, int] = {}
    for diagnostic in diagnostics:
        per_file[diagnostic.file] = per_file.get(diagnostic.file, 0) + 1
        if per_file[diagnostic.file] <= MAX_ERRORS:
            kept.append(diagnostic)
    return kept
