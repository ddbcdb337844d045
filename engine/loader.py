"""Find and load rule files: the built-in ``normgap.rules`` package and any ``--rules DIR``.

Loading a rule file means importing it and collecting the ``Convention`` objects it builds; that
is cheap (no experta work).  Every loaded file adds its topics to one vocabulary, because a
summary may speak of any topic, checked or not.  Engines are compiled later, per set of
Conventions actually checked.  A broken rule file is an error with its path, never skipped.
"""
from __future__ import annotations

import hashlib
import importlib
import importlib.util
import inspect
import sys
import threading
import traceback
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .authoring import (
    ActCondition, Convention, DeclarationCondition, ProvisionCondition, RuleFileError, WhereCondition,
)
from .findings import convention_sort_key
from .vocabulary import Vocabulary, VocabularyConflict

_BUILTIN_SKIP = {"__init__", "shared"}


@dataclass
class RuleSet:
    """The loaded rule files: Conventions by code, the vocabulary, and compiled engines."""

    conventions: dict[str, Convention] = field(default_factory=dict)
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    files: list[Path] = field(default_factory=list)
    version: str = ""
    split_engines: bool = True

    def __post_init__(self) -> None:
        self._engines: dict[tuple[str, ...], object] = {}
        self._lock = threading.Lock()

    def codes(self) -> list[str]:
        return sorted(self.conventions, key=convention_sort_key)

    def defaults(self) -> dict[str, dict[str, object]]:
        return {conv: {key: spec.default for key, spec in keys.items()}
                for conv, keys in self.vocabulary.declarations.items()}

    def engine_for(self, codes: list[str]):
        """What runs the rules of exactly these Conventions: one compiled engine per Convention.

        Each engine is built on first use and reused; only the Conventions being checked are ever
        compiled.  ``split_engines = False`` compiles the set into a single engine instead (the
        engine tests use it to exercise experta with many rules at once).
        """
        from .run import CompiledRules, RuleGroup  # experta is imported only when something is checked

        key = tuple(sorted(codes, key=convention_sort_key))
        groups = [(c,) for c in key] if self.split_engines else [key]
        with self._lock:
            engines = []
            for group in groups:
                engine = self._engines.get(group)
                if engine is None:
                    engine = CompiledRules((self.conventions[c] for c in group), self.conventions)
                    self._engines[group] = engine
                engines.append(engine)
        return RuleGroup(engines)

        key = tuple(sorted(codes, key=convention_sort_key))
        with self._lock:
            engine = self._engines.get(key)
            if engine is None:
                engine = CompiledRules((self.conventions[c] for c in key), self.conventions)
                self._engines[key] = engine
        return engine


def _builtin_modules() -> list[tuple[str, Path]]:
    folder = resources.files("normgap.rules")
    names = sorted(p.name[:-3] for p in folder.iterdir()
                   if p.name.endswith(".py") and p.name[:-3] not in _BUILTIN_SKIP)
    return [(f"normgap.rules.{name}", Path(str(folder.joinpath(name + ".py")))) for name in names]


def _import_file(module_name: str, path: Path):
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        raise RuleFileError(f"{path}: cannot be imported as a Python file")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[module_name]
        raise
    return module


def _describe_failure(path: Path, exc: BaseException) -> str:
    if isinstance(exc, SyntaxError):
        return f"{exc.filename or path}:{exc.lineno}: syntax error: {exc.msg}"
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == str(path)]
    where = f"{path}:{frames[-1].lineno}" if frames else str(path)
    return f"{where}: {exc}" if isinstance(exc, RuleFileError) else f"{where}: {type(exc).__name__}: {exc}"


def _check_topics_known(convention: Convention, vocabulary: Vocabulary, path: Path) -> list[str]:
    problems = []
    keys = vocabulary.declarations.get(convention.code, {})
    for rule in convention.rules:
        for condition in rule.when:
            if isinstance(condition, ProvisionCondition) and condition.topic not in vocabulary.topics:
                problems.append(f"{path}: rule {rule.id} reads topic `{condition.topic}`, "
                                f"which no rule file declares")
            if isinstance(condition, DeclarationCondition) and condition.key not in keys:
                problems.append(f"{path}: rule {rule.id} reads declaration `{condition.key}`, "
                                f"which {convention.code} does not declare")
            if isinstance(condition, ActCondition) and condition.of and not any(
                    isinstance(c, ProvisionCondition) and c.as_ == condition.of for c in rule.when):
                problems.append(f"{path}: rule {rule.id}: act(of={condition.of!r}) names no provision")
        names = {c.as_ for c in rule.when if getattr(c, "as_", None)}
        tests = [c.test for c in rule.when if isinstance(c, WhereCondition)]
        for function, what in [*((t, "its `where` test") for t in tests), (rule.action, "its action")]:
            wanted = list(inspect.signature(function).parameters)[1 if function is rule.action else 0:]
            unknown = [name for name in wanted if name not in names]
            if unknown:
                problems.append(f"{path}: rule {rule.id}: {what} takes {', '.join(unknown)}, which no "
                                f"condition names with as_=")
    return problems


def load_rules(paths: list[str | Path] = ()) -> RuleSet:
    """Load the built-in rule files and those in ``paths`` (directories or .py files).

    Raises ``RuleFileError`` listing every broken file: a syntax error, a topic declared twice
    with different types, a rule without an article, two files for one Convention.
    """
    shared = importlib.import_module("normgap.rules.shared")
    sources: list[tuple[str, Path]] = _builtin_modules()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(path.glob("*.py"))
        elif path.suffix == ".py" and path.is_file():
            files = [path]
        else:
            raise RuleFileError(f"{path}: not a rule file or a directory of rule files")
        for file in files:
            if file.stem.startswith("_"):
                continue
            tag = hashlib.sha256(str(file.resolve()).encode()).hexdigest()[:10]
            sources.append((f"normgap_user_rules_{tag}.{file.stem}", file.resolve()))

    rule_set = RuleSet()
    problems: list[str] = []
    for spec in shared.TOPICS:
        rule_set.vocabulary.add_topic(spec)
    digest = hashlib.sha256()
    loaded: list[tuple[Convention, Path]] = []
    for module_name, path in sources:
        try:
            if module_name.startswith("normgap_user_rules_"):
                parent = module_name.split(".")[0]
                sys.modules.setdefault(parent, type(sys)(parent))
                module = _import_file(module_name, path)
            else:
                module = importlib.import_module(module_name)
        except BaseException as exc:  # noqa: BLE001 - a rule file may fail in any way
            if isinstance(exc, KeyboardInterrupt):
                raise
            problems.append(_describe_failure(path, exc))
            continue
        digest.update(path.read_bytes())
        conventions = [v for v in vars(module).values() if isinstance(v, Convention)]
        if not conventions:
            problems.append(f"{path}: defines no Convention (expected e.g. `C138 = Convention(...)`)")
        for convention in conventions:
            convention.source = str(path)
            if convention.code in rule_set.conventions:
                problems.append(f"{path}: {convention.code} is already defined by "
                                f"{rule_set.conventions[convention.code].source}")
                continue
            if not convention.rules:
                problems.append(f"{path}: {convention.code} has no rules")
            rule_set.conventions[convention.code] = convention
            loaded.append((convention, path))
            try:
                for topic in convention.topics:
                    rule_set.vocabulary.add_topic(topic)
                for declaration in convention.declarations:
                    rule_set.vocabulary.add_declaration(declaration)
            except VocabularyConflict as exc:
                problems.append(f"{path}: {exc}")
        rule_set.files.append(path)
    for convention, path in loaded:
        problems.extend(_check_topics_known(convention, rule_set.vocabulary, path))
    if problems:
        raise RuleFileError("\n".join(problems))
    rule_set.version = digest.hexdigest()[:12]
    return rule_set


_default: RuleSet | None = None
_default_lock = threading.Lock()


def default_rules() -> RuleSet:
    """The built-in rule files, loaded once per process."""
    global _default
    with _default_lock:
        if _default is None:
            _default = load_rules()
        return _default
