"""The article as the resolver reads it once: its words, entity mentions, acronyms and paragraphs."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from srcflag.document import Document, Span, Word, words_in
from srcflag.matcher import Hit, Matcher
from srcflag.resolve.sources import Mention, Profile, Source
from srcflag.resolve.words import (
    ACRONYM_DEFINITION,
    ADDRESSEE_MARKERS,
    READ_BY,
    ROLE_PREFIX_WORDS,
    SENTENCE_BREAK,
    SUBJECT_ROLE_WORDS,
)
from srcflag.ruleset.vocabulary import EntityKind, SourceType

DATELINE_DASH = re.compile(r"\)\s*(?:--|—|–)\s*$")


@dataclass
class ResolverBase:
    """The article, read once, and what resolving its phrases has found so far."""

    doc: Document
    matcher: Matcher
    words: list[Word] = field(default_factory=list)
    word_starts: list[int] = field(default_factory=list)
    entity_hits: list[Hit[str]] = field(default_factory=list)
    history: list[Source] = field(default_factory=list)
    described_people: dict[str, tuple[str, str | None, str | None]] = field(default_factory=dict)  # by name
    profiles: dict[str, Profile] = field(default_factory=dict)
    person_mentions: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, profile key
    # "CNOOC" -> where the article spells it out: "China National Offshore Oil Corporation (CNOOC)"
    acronyms: dict[str, Span] = field(default_factory=dict)
    by_token: dict[str, list[Profile]] = field(default_factory=dict)  # first or last name -> profiles
    hit_starts: list[int] = field(default_factory=list)
    paragraph_starts: list[int] = field(default_factory=list)
    hits_by_entity: dict[str, list[int]] = field(default_factory=dict)
    unknown_outlets: list[tuple[int, str]] = field(default_factory=list)
    described_outlets: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # name: type, country

    def __post_init__(self) -> None:
        self.words = words_in(self.doc.text)
        self.word_starts = [word.start for word in self.words]
        self.entity_hits = self.matcher.find_entities(self.words, self.doc.text)
        self.hit_starts = [hit.start for hit in self.entity_hits]
        self.paragraph_starts = [paragraph.start for paragraph in self.doc.paragraphs]
        for hit in self.entity_hits:
            self.hits_by_entity.setdefault(hit.value, []).append(hit.start)
        self.acronyms = {m.group("acronym"): long_form(m) for m in ACRONYM_DEFINITION.finditer(self.doc.text)}
        self._people_scanned = False
        self._outlets_read = False
        self._countries_named: set[str] | None = None
        self._people_by_token: dict[str, list[tuple[int, str]]] | None = None  # rules' people named, by name word
        self._remarks_by: dict[str, list[tuple[int, int]]] | None = None

    def _mention(self, start: int, end: int) -> Mention:
        """The article's words start..end as a mention of a source."""
        return Mention(self.doc.text[start:end], start, end)

    def _words_between(self, start: int, end: int) -> list[Word]:
        """The article's words in start..end: a slice of the words read once, unless a word straddles an end."""
        first = bisect.bisect_left(self.word_starts, start)
        stop = bisect.bisect_left(self.word_starts, end)
        if (first > 0 and self.words[first - 1].end > start) or (stop > 0 and self.words[stop - 1].end > end):
            return words_in(self.doc.text, start, end)
        return self.words[first:stop]

    def _fuzzy(self, words: list[Word]) -> str | None:
        capitalized = [w for w in words if w.capitalized]
        if len(capitalized) < 2:
            return None
        first = words.index(capitalized[0])
        last = words.index(capitalized[-1])
        candidate = " ".join(w.text for w in words[first : last + 1])
        return self.matcher.fuzzy_entity(candidate)

    def _hits_before(self, at: int, reach: int) -> list[Hit[str]]:
        """The last `reach` entity mentions that start before `at`, in text order."""
        before = bisect.bisect_left(self.hit_starts, at)
        return self.entity_hits[max(0, before - reach) : before]

    def _paragraph_start(self, at: int) -> int:
        index = bisect.bisect_right(self.paragraph_starts, at)
        return self.paragraph_starts[index - 1] if index else 0

    def _paragraph_organisation(self, at: int) -> str | None:
        """The nearest organisation (not a person, not a government) named earlier in the paragraph, passing
        over those in an agent or addressee phrase ("a report seen by Reuters", "told Reuters")."""
        paragraph_start = self._paragraph_start(at)
        index = bisect.bisect_left(self.hit_starts, at)
        for hit in reversed(self.entity_hits[:index]):
            if hit.start < paragraph_start:
                return None
            entity = self.matcher.ruleset.entities[hit.value]
            if self._in_adjunct(hit.first_word):
                continue
            if entity.kind is not EntityKind.PERSON and entity.type is not SourceType.GOVERNMENT:
                return hit.value
        return None

    def _in_adjunct(self, first_word: int) -> bool:
        """A name an addressee or a reader of a document, not what the paragraph is about ('told Reuters')."""
        before = [w.bare for w in self.words[max(0, first_word - 2) : first_word]]
        return bool(before) and (
            before[-1] in ADDRESSEE_MARKERS or (before[-1] == "by" and len(before) == 2 and before[0] in READ_BY)
        )

    def _entity_source(self, entity_id: str, mention: Mention) -> Source:
        entity = self.matcher.ruleset.entities[entity_id]
        person = entity.kind is EntityKind.PERSON
        organization = None
        if person:
            organization = next((a.entity for a in entity.affiliations if a.current), None)
        return mention.source(
            entity.name,
            entity=entity_id,
            type=entity.type.value,
            country=entity.country,
            person=person,
            organization=organization,
        )

    def _spaced(self, left: Word, right: Word) -> bool:
        """Only white space between two words of the article (offsets into the document)."""
        return self.doc.text[left.end : right.start].isspace()

    def _capitalized_runs(self, words: list[Word]) -> list[tuple[int, int]]:
        runs: list[tuple[int, int]] = []
        i = 0
        while i < len(words):
            if words[i].capitalized:
                j = i
                while j + 1 < len(words) and self._spaced(words[j], words[j + 1]):
                    if words[j + 1].capitalized:
                        j += 1  # "... News Journal. The newspaper": a full stop ends the name
                    elif (
                        words[j + 1].bare == "of"
                        and j + 2 < len(words)
                        and words[j + 2].capitalized
                        and self._spaced(words[j + 1], words[j + 2])
                    ):
                        j += 2  # "Voice of Myanmar"
                    else:
                        break
                runs.append((i, j))
                i = j + 1
            else:
                i += 1
        return runs

    def _last_mention(self, entity_id: str, before: int) -> int:
        starts = self.hits_by_entity.get(entity_id, [])
        index = bisect.bisect_left(starts, before)
        return starts[index - 1] if index else -1

    def _opens_sentence(self, at: int) -> bool:
        before = self.doc.text[max(0, at - 3) : at].rstrip(' \t"“')
        # a dateline's dash opens the story's first sentence: "PYONGYANG, May 1 (KCNA) -- Kim Jong Un ..."
        if not before or before[-1] in ".!?\n":
            return True
        return DATELINE_DASH.search(self.doc.text, max(0, at - 8), at) is not None

    def _subject_at(self, at: int) -> bool:
        """A name that opens its sentence, after at most a role that introduces it ('Liverpool boss Arne Slot
        refused …', 'Former City defender Micah Richards said'): the sentence's subject."""
        if self._opens_sentence(at):
            return True
        first = bisect.bisect_left(self.word_starts, at)
        if first == 0 or self.words[first - 1].bare not in ROLE_PREFIX_WORDS:
            return False  # the word before the name is its role ('boss', 'defender', 'Minister')
        for k in range(first - 1, max(-1, first - 1 - SUBJECT_ROLE_WORDS), -1):
            word = self.words[k]
            if not (word.capitalized or word.bare in ROLE_PREFIX_WORDS):
                return False
            if self._opens_sentence(word.start):
                return True
        return False


def long_form(definition: re.Match[str]) -> Span:
    """The words an acronym stands for, from the start of their sentence ('… Wednesday. The National
    Intelligence Service (NIS)' defines NIS as the service, not as 'Wednesday. The …')."""
    words = definition.group(1)
    breaks = list(SENTENCE_BREAK.finditer(words))
    start = definition.start(1) + (breaks[-1].end() if breaks else 0)
    return Span(start, definition.start(1) + len(words.rstrip()))
