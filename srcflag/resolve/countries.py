"""Countries a phrase names: by name, demonym, capital or, where the article names it, a short name."""

from __future__ import annotations

import re
from dataclasses import replace

from srcflag.document import Word, words_in
from srcflag.matcher import CountryInfo, Hit
from srcflag.resolve.base import ResolverBase
from srcflag.resolve.sources import Mention, Source
from srcflag.resolve.words import BODY_NAME_LINKS, NON_STATE_HEADS, STUDY_FIELDS
from srcflag.ruleset.vocabulary import EntityKind, SourceType


class CountryReader(ResolverBase):
    """Countries a phrase names."""

    def _country_hits(self, words: list[Word]) -> list[Hit[CountryInfo]]:
        """Countries the words name, with short names ('the North') of countries the article has named."""
        hits = self.matcher.countries.find(words)
        short = self._short_country_hits(words)
        return sorted(hits + short, key=lambda hit: hit.start) if short else hits

    def _short_country_hits(self, words: list[Word]) -> list[Hit[CountryInfo]]:
        """Short names ('the North') in the words of countries the article names elsewhere."""
        if not self.matcher.short_countries.starts:
            return []
        out: list[Hit[CountryInfo]] = []
        for hit in self.matcher.short_countries.find(words):
            last = words[hit.last_word]
            following = words[hit.last_word + 1] if hit.last_word + 1 < len(words) else None
            continued = following is not None and following.capitalized and not last.lower.endswith("'s")
            if not last.capitalized or continued:
                continue  # "the north of the country", "the North Atlantic"
            if hit.value.code in self._named_countries():
                out.append(hit)
        return out

    def in_country(self, source: Source, country: str) -> Source | None:
        """The body of `country` a bare 'the Defense Ministry' names, when the outlet relaying it is that
        country's: read as "Russia's Defense Ministry" after 'TASS cited the Defense Ministry'."""
        info = self.matcher.ruleset.countries.get(country)
        bare = re.sub(r"^(?:the|The)\s+", "", source.text)
        if info is None or not bare[:1].isupper():
            return None
        for prefix in (f"{info.names[0]}'s", *info.demonyms[:1]):
            entity_id = self._spelled_entity(f"{prefix} {bare}", whole=True)
            if entity_id is not None and self.matcher.ruleset.entities[entity_id].kind is not EntityKind.PERSON:
                return self._entity_source(entity_id, Mention(source.text, source.start, source.end))
        return None

    def _with_short_names_spelled_out(self, words: list[Word]) -> str | None:
        """The entity the words name once a short country name in them is spelled out: 'the North's Foreign
        Ministry' read as 'North Korea's Foreign Ministry'."""
        short = self._short_country_hits(words)
        if not short:
            return None
        hit = short[0]
        text = self.doc.text
        name = self.matcher.ruleset.countries[hit.value.code].names[0]
        possessive = text[hit.end : hit.end + 2] if text[hit.end : hit.end + 2] in ("'s", "’s") else ""
        return self._spelled_entity(f"{name}{possessive}{text[hit.end + len(possessive) : words[-1].end]}")

    def _spelled_entity(self, spelled: str, *, whole: bool = False) -> str | None:
        """The entity a phrase rewritten with a country's name names: its last one (with `whole`, only one
        ending the phrase), else a near miss."""
        words = words_in(spelled)
        hits = self.matcher.find_entities(words, spelled)
        if hits and (not whole or hits[-1].last_word == len(words) - 1):
            return hits[-1].value
        return None if whole else self._fuzzy(words)

    def _named_countries(self) -> set[str]:
        if self._countries_named is None:
            self._countries_named = {hit.value.code for hit in self.matcher.countries.find(self.words)}
        return self._countries_named

    def _country(self, words: list[Word]) -> str | None:
        """The first country the words name, passing over one inside a body's name ('the University of North
        Korean Studies in Seoul' is in South Korea)."""
        # "the University of North Korean Studies": a country a body studies is no country it is in
        hits = [
            h
            for h in self._country_hits(words)
            if not (h.last_word + 1 < len(words) and words[h.last_word + 1].bare in STUDY_FIELDS)
        ]
        outside = [h for h in hits if not self._opens_body_name(words, h)]
        return (outside or hits)[0].value.code if hits else None

    @staticmethod
    def _opens_body_name(words: list[Word], hit: Hit[CountryInfo]) -> bool:
        """A country word inside the capitalised name of a body that is not the state: 'German Marshall Fund',
        'University of North Korean Studies'."""

        def in_name(k: int) -> bool:
            return words[k].capitalized or words[k].bare in BODY_NAME_LINKS

        first, last = hit.first_word, hit.last_word
        while first > 0 and in_name(first - 1):
            first -= 1
        while last + 1 < len(words) and in_name(last + 1):
            last += 1
        around = [k for k in range(first, last + 1) if not hit.first_word <= k <= hit.last_word]
        return any(words[k].capitalized and words[k].bare in NON_STATE_HEADS for k in around)

    def _only_country(self, words: list[Word], hit: Hit[CountryInfo]) -> bool:
        rest = [w for i, w in enumerate(words) if not hit.first_word <= i <= hit.last_word and w.bare not in ("the",)]
        return not rest and hit.value.form in ("name", "capital")

    def _country_source(self, info: CountryInfo, mention: Mention) -> Source:
        country = self.matcher.ruleset.countries[info.code]
        # an abbreviated name ("N. Korea", "U.S.") is given in full; a capital ("Seoul") stays as the article says
        name = country.names[0] if "." in mention.text and country.names else mention.text
        if country.government is not None and country.government in self.matcher.ruleset.entities:
            source = self._entity_source(country.government, mention)
            return replace(source, name=name)
        return mention.source(name, type=SourceType.GOVERNMENT.value, country=info.code)
