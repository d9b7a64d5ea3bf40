"""Rule examples as tests: each `match` sentence must resolve to its entity, no `no_match` may."""

from __future__ import annotations

from srcflag.document import words_in
from srcflag.label import label
from srcflag.matcher import matcher_for
from srcflag.ruleset.diagnostics import Diagnostic, display_path
from srcflag.ruleset.ruleset import RuleSet
from srcflag.ruleset.yamldoc import LocatedDocument, YamlProblem, parse_located


def resolved_entities(sentence: str, ruleset: RuleSet, *, mentions: bool = True) -> dict[str, str]:
    """Entity id -> how it was found in `sentence`: as a speaker, a channel or (if `mentions`) a mention."""
    found: dict[str, str] = {}
    for statement in label(sentence, ruleset=ruleset).statements:
        if statement.speaker is not None and statement.speaker.entity is not None:
            found.setdefault(statement.speaker.entity, f'speaker "{statement.speaker.text}"')
        for channel in statement.channels:
            if channel.entity is not None:
                found.setdefault(channel.entity, f'channel "{channel.text}"')
    if mentions:
        for hit in matcher_for(ruleset).find_entities(words_in(sentence), sentence):
            found.setdefault(hit.value, f'mention "{sentence[hit.start : hit.end]}"')
    return found


def _describe(found: dict[str, str]) -> str:
    if not found:
        return "nothing"
    return ", ".join(f"{entity_id} ({how})" for entity_id, how in sorted(found.items()))


def test_examples(ruleset: RuleSet, entity_ids: list[str] | None = None) -> tuple[int, list[Diagnostic]]:
    """Run the examples of `entity_ids` (all by default); returns the count run and the failures."""
    failures: list[Diagnostic] = []
    run = 0
    for entity_id in entity_ids if entity_ids is not None else sorted(ruleset.entities):
        entity = ruleset.entities[entity_id]
        path = ruleset.paths.get(entity_id)
        doc: LocatedDocument | None = None
        if path is not None:
            try:
                doc = parse_located(path.read_text(encoding="utf-8"))
            except (OSError, YamlProblem):
                doc = None
        shown = display_path(path) if path is not None else entity_id
        for expected, sentences in (("match", entity.examples.match), ("no_match", entity.examples.no_match)):
            for index, sentence in enumerate(sentences):
                run += 1
                # a match must be found; a no_match must not be taken for a source (mere mentions
                # of the words are the clean-corpus run's concern)
                found = resolved_entities(sentence, ruleset, mentions=expected == "match")
                if (entity_id in found) == (expected == "match"):
                    continue
                mark = doc.locate(("examples", expected, index)) if doc is not None else None
                line, column = (mark.line, mark.column) if mark is not None else (1, 1)
                if expected == "match":
                    message = f"example does not resolve to {entity_id}; found {_describe(found)}"
                else:
                    message = f"no_match example resolves to {entity_id} as {found[entity_id]}"
                failures.append(Diagnostic(shown, line, column, message, f"examples.{expected}[{index}]"))
    return run, failures
