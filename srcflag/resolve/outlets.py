"""Outlets no rule knows, named in the article or described as outlets by it."""

from __future__ import annotations

import bisect

from srcflag.document import Word, words_in
from srcflag.lexicons import lexicon
from srcflag.normalize import normalize_name
from srcflag.resolve.countries import CountryReader
from srcflag.resolve.sources import Mention, Source
from srcflag.resolve.words import (
    BROADCAST_WORDS,
    CATAPHORA_REACH,
    DESCRIBED_OUTLET,
    DESCRIPTION_BEFORE,
    DESCRIPTION_REACH,
    DESCRIPTION_WORDS,
    NEWS_AGENCY_WORDS,
    OUTLET_HEADS,
    OUTLET_LEADS,
    OUTLET_NAMED_AFTER,
    OUTLET_NAMED_BEFORE,
    OUTLET_TYPE_NOUNS,
    STATE_OWNERS,
)
from srcflag.ruleset.vocabulary import SourceType


class OutletReader(CountryReader):
    """Outlets no rule knows, named in the article or described as outlets by it."""

    def _outlets(self) -> None:
        """Find the outlets the article names or describes once, when a phrase first needs them."""
        if not self._outlets_read:
            self._outlets_read = True
            self.unknown_outlets = self._find_unknown_outlets()
            self._find_described_outlets()

    def _find_unknown_outlets(self) -> list[tuple[int, str]]:
        """Outlets no rule knows, named in the article ('Myitkyina News Journal'), in text order."""
        found: list[tuple[int, str]] = []
        words = self.words
        for first, last in self._capitalized_runs(words):
            if last == first or self.matcher.entities.find(words[first : last + 1]):
                continue
            outlet = self._outlet_in_run(words, first, last)
            if outlet is not None:
                found.append((words[first].start, outlet))
        return found

    def _find_described_outlets(self) -> None:
        """Outlets the article describes as such: 'Meduza, an independent Russian outlet based in Latvia,'."""
        text = self.doc.text
        for match in DESCRIBED_OUTLET.finditer(text):
            name = match.group("name")
            if self.matcher.entities.lookup(name) is not None or self.matcher.countries.lookup(name) is not None:
                continue
            description = words_in(text, match.start("description"), match.end("description"))
            state_run = bool(self.matcher.disclosures.find(description))
            self._remember_outlet(name, match.start("name"), state_run, self._country(description))
        for match in OUTLET_NAMED_BEFORE.finditer(text):
            # "the Mizan news agency" may be a rule; "State television said" opens a sentence with a generic phrase
            if not self.matcher.entities.find(words_in(match.group())) and not self.matcher.phrases.lookup(
                match.group()
            ):
                self._describe_named_before(match.group("name"), match.start("name"))
        for match in OUTLET_NAMED_AFTER.finditer(text):
            name = match.group("name")
            before = DESCRIPTION_BEFORE.search(text, max(0, match.start() - DESCRIPTION_REACH), match.start())
            if before is not None:
                self._describe_named_after(name, match.start("name"), before.group() + match.group("noun"))

    def _describe_named_before(self, name: str, start: int) -> None:
        """'the judiciary's Mizan news agency': an outlet the rules lack, named before its media noun; a state organ
        that owns it ('the judiciary's', 'the army's') or a disclosure before it ('state-run') makes it state media,
        so that a later bare 'Mizan' is that outlet."""
        words = words_in(name)
        owner_at = max((k for k, w in enumerate(words) if w.lower.endswith("'s")), default=-1)
        owner = words[owner_at].bare if owner_at >= 0 else ""
        named = [w for w in words[owner_at + 1 :] if w.bare != "the"]
        if not named or ". " in name or any(w.bare in lexicon().time_words for w in named):
            return  # "… on Monday. The newspaper": a sentence's end, then its subject
        if self.matcher.entities.find(named) or self.matcher.countries.find(named):
            return
        outlet = name[named[0].start : named[-1].end]  # the words' offsets are into the name
        if normalize_name(outlet) in self.described_outlets:
            return
        before = words_in(self.doc.text, max(0, start - DESCRIPTION_REACH), start)[-DESCRIPTION_WORDS:]
        if before and before[-1].bare in ("a", "an"):
            return  # "a Jewish newspaper", "an Israeli daily": a description, no name
        owner = owner or (before[-1].bare if before and before[-1].lower.endswith("'s") else "")
        state_run = owner in STATE_OWNERS or bool(self.matcher.disclosures.find(before))
        self._remember_outlet(outlet, start + named[0].start, state_run, self._country(before + words))

    def _describe_named_after(self, name: str, start: int, description_text: str) -> None:
        """'Venezuelan state television VTV': a name the rules lack after a description that says what it is,
        so that a later 'VTV' or 'the channel' is that outlet. Only a description that places the outlet (a
        state or a country) counts: 'the newspaper Sunday' names no outlet."""
        words = words_in(name)
        if any(w.bare in lexicon().time_words for w in words) or self.matcher.entities.find(words):
            return
        if self.matcher.countries.lookup(name) is not None or normalize_name(name) in self.described_outlets:
            return
        description = words_in(description_text)
        state_run = bool(self.matcher.disclosures.find(description))
        country = self._country(description)
        if not state_run and country is None:
            return
        self._remember_outlet(name, start, state_run, country)

    def _remember_outlet(self, name: str, start: int, state_run: bool, country: str | None) -> None:
        """An outlet the article describes: its type and country by name, and where it is named."""
        kind = SourceType.STATE_MEDIA if state_run else SourceType.INDEPENDENT_MEDIA
        self.described_outlets[normalize_name(name)] = (kind.value, country)
        bisect.insort(self.unknown_outlets, (start, name))

    def _described_outlet(self, words: list[Word]) -> str | None:
        self._outlets()
        if not self.described_outlets or not words:
            return None
        name = self.doc.text[words[0].start : words[-1].end]
        return name if normalize_name(name) in self.described_outlets else None

    def _name_before_outlet_noun(self, words: list[Word]) -> str | None:
        """'Hezbollah's Al-Manar television', 'the Dong-A Ilbo newspaper': a name the rules lack, said to be an
        outlet by the common noun after it."""
        if len(words) < 2 or words[-1].capitalized or words[-1].bare not in OUTLET_TYPE_NOUNS:
            return None
        first = last = len(words) - (3 if words[-2].bare == "news" else 2)  # "the Mizan news agency"
        while first >= 0 and words[first].capitalized and not words[first].lower.endswith("'s"):
            first -= 1
        first += 1
        if first <= last and words[first].bare == "the":
            first += 1  # "The Ukrainska Pravda news website" is Ukrainska Pravda; "The agency" names none
        if first > last or self.matcher.countries.find(words[first : last + 1]):
            return None  # "the Chinese newspaper" is a description, not a name
        if self.matcher.phrases.lookup(self.doc.text[words[first].start : words[-1].end]) is not None:
            return None  # "State television said": a generic phrase opening a sentence, no name
        return self.doc.text[words[first].start : words[last].end]

    def _unknown_outlet_source(self, name: str, mention: Mention) -> Source:
        self._outlets()
        kind, country = self.described_outlets.get(normalize_name(name), (SourceType.INDEPENDENT_MEDIA.value, None))
        if kind == SourceType.INDEPENDENT_MEDIA.value:
            disclosed = self._disclosed_in(mention.text[: max(0, mention.text.find(name))])
            if disclosed:  # "the state-run Harbour Daily", "the Beijing-backed Harbour Daily"
                kind = SourceType.STATE_MEDIA.value
        return mention.source(name, type=kind, country=country)

    def _disclosed_in(self, words_before: str) -> bool:
        """A state-media disclosure among the words of a mention before the outlet's name."""
        return bool(words_before.strip()) and bool(self.matcher.disclosures.find(words_in(words_before)))

    def _last_unknown_outlet(self, noun: str, before: int) -> tuple[int, str] | None:
        """The latest unknown outlet before `before`, when `noun` refers to an outlet ("the newspaper")."""
        self._outlets()
        if noun not in lexicon().word_set("outlet_nouns"):
            return None
        index = bisect.bisect_left(self.unknown_outlets, (before, ""))
        return self.unknown_outlets[index - 1] if index else None

    def _named_ahead(self, words: list[Word], after: int) -> str | None:
        """'a pro-Pyongyang newspaper said ... according to the Choson Sinbo': the entity named next."""
        head = words[-1].bare  # "a daily briefing" is a briefing, not a daily
        owners = self.matcher.nouns.get(head)
        if not owners:
            return None
        for hit in self.entity_hits:
            if after <= hit.start <= after + CATAPHORA_REACH and hit.value in owners:
                return hit.value
        return None

    def _unknown_outlet(self, words: list[Word]) -> str | None:
        """'Myitkyina News Journal', 'Myanmar Times': an outlet no rule knows, named by its head word."""
        runs = [(first, last) for first, last in self._capitalized_runs(words) if last > first]
        for first, last in reversed(runs):
            found = self._outlet_in_run(words, first, last)
            if found is not None:
                return found
        return None

    def _unknown_outlet_named(self, words: list[Word]) -> str | None:
        """An unknown outlet these words name, unless they end in a country ('... of Korea')."""
        outlet = self._unknown_outlet(words)
        if outlet is None:
            return None
        led = words_in(outlet)[0].bare in OUTLET_LEADS
        return outlet if led or not self.matcher.countries.find(words[-1:]) else None

    @staticmethod
    def _government_agency(words: list[Word], last: int) -> bool:
        """'Environmental Protection Agency': an agency is a news agency only by its news word ('Yonhap News
        Agency', 'Anadolu Press Agency')."""
        return words[last].bare == "agency" and (last == 0 or words[last - 1].bare not in NEWS_AGENCY_WORDS)

    def _outlet_in_run(self, words: list[Word], first: int, last: int) -> str | None:
        """The outlet a capitalised run names by its head ('... News Journal') or lead ('Voice of ...'), unless the
        run is a generic phrase in capitals ('State TV')."""
        if self.matcher.phrases.lookup(self.doc.text[words[first].start : words[last].end]) is not None:
            return None
        advocacy = words[last].bare == "network" and not any(w.bare in BROADCAST_WORDS for w in words[first:last])
        if words[last].bare in OUTLET_HEADS and not self._government_agency(words, last) and not advocacy:
            # ("The American Action Network" campaigns; "Al Jazeera Media Network" broadcasts)
            return self.doc.text[words[first].start : words[last].end]
        for k in range(first, last - 1):
            if words[k].bare in OUTLET_LEADS and words[k + 1].bare == "of":
                return self.doc.text[words[k].start : words[last].end]
        return None
