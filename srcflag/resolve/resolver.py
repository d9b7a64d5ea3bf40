"""From a phrase to its source: the order in which the readers are asked."""

from __future__ import annotations

import bisect
from dataclasses import replace
from functools import cache

from srcflag.attribution import Phrase
from srcflag.attribution.words import PREPOSITIONS, before_trailing_time, is_document_noun
from srcflag.document import Span, Word, is_possessive, words_in
from srcflag.lexicons import lexicon
from srcflag.matcher import Hit, Matcher, PhraseInfo
from srcflag.normalize import normalize_name
from srcflag.resolve.anaphora import AnaphoraReader
from srcflag.resolve.sources import Mention, Source
from srcflag.resolve.words import (
    AGENT_NOUNS,
    ANONYMOUS_HEADS,
    CARRIER_LINKS,
    CARRIER_PARTICIPLES,
    CATAPHORA_REACH,
    DEPUTY_WORDS,
    ENTOURAGE_NOUNS,
    NOUN_REACH,
    ORGAN_NOUNS,
    PART_WORDS,
    PLACE_PREPOSITIONS,
    POSSESSIVE_PRONOUNS,
    POSSESSOR_TYPES,
    PRIVATE_PERSON_HEADS,
    PRONOUN_GENDER,
    PUBLISHED_NOUNS,
    REFERRING_NOUNS,
    ROLE_PHRASE_WORDS,
    RUN_TOGETHER_MIN,
    SPOKESPERSON_WORDS,
    STATE_OWNERS,
    UNDECIDED_BODIES,
    UNNAMED_MARKERS,
    UNNAMED_PERSON_HEADS,
    WRITTEN_FOR,
)
from srcflag.ruleset.vocabulary import EntityKind, SourceType


class Resolver(AnaphoraReader):
    """From a phrase to its source."""

    def resolve(self, phrase: Phrase, *, at: int, remember: bool = True) -> Source | None:
        phrase = self._author_of(self._carrier_of(phrase))
        written_for = self._written_for(phrase)
        phrase = written_for or phrase
        text = self.doc.text[phrase.span.start : phrase.span.end]
        source = self._resolve_text(text, phrase, at)
        if written_for is not None and source is not None and not source.is_media and source.entity is None:
            # "an op-ed for the Kyiv Independent": whatever the rules know of it, it publishes
            source = replace(source, type=SourceType.INDEPENDENT_MEDIA.value, person=False)
        if source is not None and phrase.relative is not None:  # "Sanders, who said": the words at the cue
            source = self._mention(phrase.relative.start, phrase.relative.end).same_as(source)
        if source is not None and remember:
            self.history.append(source)
            if source.person and source.type not in (None, SourceType.INDIVIDUAL.value):
                self.described_people[source.name] = (source.type, source.organization, source.country)
        return source

    def resolve_credit(self, outlet: Span) -> Source | None:
        """The outlet a dateline or agency credit names ('(PTI)'), by any alias, those kept for credits included."""
        source = self.resolve(Phrase(outlet), at=outlet.start, remember=False)
        if source is not None and source.entity is not None:
            return source
        credited = self.matcher.credited_entity(self.doc.text[outlet.start : outlet.end])
        if credited is None:
            return source
        return self._entity_source(credited, self._mention(outlet.start, outlet.end))

    def resolve_answer(self, label: Phrase, intro: Span) -> Source | None:
        """An interview's answer ('A: Not yet.'): its speaker is the person the introduction presents, or no one
        when the introduction names no person."""
        interviewee = self._interviewee(intro) or self._interviewee_by_role(intro)
        if interviewee is None:
            return None
        source = self._mention(label.span.start, label.span.end).same_as(interviewee)
        self.history.append(source)
        return source

    def _interviewee_by_role(self, intro: Span) -> Source | None:
        """'The city's new mayor sat down with us': an introduction that names no one presents the interviewee
        by role, in the first phrase of 'the' (or a possessive) and a person's role that opens a sentence."""
        first = bisect.bisect_left(self.word_starts, intro.start)
        last = bisect.bisect_left(self.word_starts, intro.end)
        for k in range(first, last):
            if self.words[k].bare not in UNNAMED_PERSON_HEADS:
                continue
            opening = next(
                (j for j in range(k - 1, max(first, k - ROLE_PHRASE_WORDS) - 1, -1) if self.words[j].bare == "the"),
                None,
            )
            if opening is not None and self._opens_sentence(self.words[opening].start):
                role = Phrase(Span(self.words[opening].start, self.words[k].end))
                return self._resolve_text(self.doc.text[role.span.start : role.span.end], role, role.span.start)
        return None

    def _person_named_next(self, after: int, described: str) -> str | None:
        """The first person the rules know named soon after `after`, other than the one the words name."""
        index = bisect.bisect_left(self.hit_starts, after)
        for hit in self.entity_hits[index:]:
            if hit.start > after + CATAPHORA_REACH:
                return None
            entity = self.matcher.ruleset.entities[hit.value]
            if entity.kind is EntityKind.PERSON and normalize_name(entity.name) not in normalize_name(described):
                return hit.value
        return None

    def _role_named_before(self, at: int) -> Source | None:
        """'When I asked the minister …, she paused. "We hope so," she said': with no person named before, a
        pronoun means the last person the paragraph describes by role ('the minister')."""
        first = bisect.bisect_left(self.word_starts, self._paragraph_start(at))
        last = bisect.bisect_left(self.word_starts, at)
        for k in range(last - 1, first, -1):
            if self.words[k].bare in UNNAMED_PERSON_HEADS and self.words[k - 1].bare == "the":
                role = Phrase(Span(self.words[k - 1].start, self.words[k].end))
                return self._resolve_text(self.doc.text[role.span.start : role.span.end], role, role.span.start)
        return None

    def _party_or_state_organ(self, words: list[Word], hits: list[Hit[str]]) -> tuple[str | None, str | None] | None:
        """A media noun owned by a government or a ruling party ("the army's newspaper", "the ruling party's
        newspaper", "the Workers' Party of Korea's newspaper"): a party organ, state media by the guideline.
        Returns the owning entity (if the rules know it) and its country."""
        owner_end = self._organ_owner_end(words, hits)
        if owner_end is None:
            return None
        for hit in (hit for hit in hits if hit.last_word == owner_end):
            entity = self.matcher.ruleset.entities[hit.value]
            ruling = entity.type is SourceType.POLITICAL_PARTY and "ruling party" in entity.nouns
            if entity.type in (SourceType.GOVERNMENT, SourceType.STATE_MEDIA) or ruling:
                return hit.value, entity.country
            return None
        ruling = any(w.bare == "ruling" for w in words[:owner_end])
        owner = words[owner_end].bare
        if owner in STATE_OWNERS and (owner != "party" or ruling):
            return None, self._country(words)
        return None

    @staticmethod
    def _organ_owner_end(words: list[Word], hits: list[Hit[str]]) -> int | None:
        """Where the owner of a media noun ends: 'the official mouthpiece of the Chinese Communist Party' (the last
        word), 'the army's newspaper' (the possessive); None when the words name no owned medium, or name the
        outlet itself ("the People's Daily, the mouthpiece of …", "the ruling party's Rodong Sinmun newspaper")."""
        of_owner = next(
            (k for k in range(1, len(words) - 2) if words[k].bare in ORGAN_NOUNS and words[k + 1].bare == "of"), None
        )
        if of_owner is not None:
            return None if any(hit.first_word <= of_owner for hit in hits) else len(words) - 1
        if len(words) < 2 or words[-1].bare not in ORGAN_NOUNS or not any(is_possessive(w) for w in words[:-1]):
            return None
        owner_end = max(k for k, w in enumerate(words[:-1]) if is_possessive(w))
        return None if any(hit.first_word > owner_end for hit in hits) else owner_end

    def _author_of(self, phrase: Phrase) -> Phrase:
        """ "Hua Chunying's post on Twitter", "the ministry's statement": whose the document is speaks."""
        words = self._words_between(phrase.span.start, phrase.span.end)
        for k in range(len(words) - 1):
            head = k + 2 == len(words) or words[k + 2].bare in ("on", "in", "to", "from")  # the document heads it
            if is_possessive(words[k]) and is_document_noun(words[k + 1].bare) and head:
                end = words[k].end - 2 if words[k].lower.endswith("'s") else words[k].end - 1
                return Phrase(Span(phrase.span.start, end)) if end > phrase.span.start else phrase
        return phrase

    def _agent_in(self, descriptor: Span) -> Span | None:
        """The agent of 'published by the Dutch central bank on Tuesday' in a document's description: the words
        after 'by', up to a time or a preposition."""
        words = self._words_between(descriptor.start, descriptor.end)
        lex = lexicon()
        for k in range(1, len(words) - 1):
            if words[k].bare != "by" or not (
                words[k - 1].bare in CARRIER_PARTICIPLES or words[k - 1].bare.endswith("ed")
            ):
                continue
            last = k
            for word in words[k + 1 :]:
                number = word.text[:1].isdigit() and last > k  # "signed by 40 ambassadors" (but "… on 5 May")
                if word.bare in lex.time_words or word.bare in PREPOSITIONS or number:
                    break
                last += 1
            return Span(words[k + 1].start, words[last].end) if last > k else None
        return None

    def _described_ahead(self, words: list[Word], end: int) -> str | None:
        """'a pro-Pyongyang newspaper in Japan said … according to the Choson Sinbo': the entity named next, when the
        words name nothing themselves ('pro-Pyongyang' only leans, 'in Japan' only places)."""
        core = _without_place(words)
        leaning = {k for k in range(1, len(core)) if self.doc.text[core[k - 1].end : core[k].start] == "-"}
        if any(w.capitalized for k, w in enumerate(core) if k > 0 and k not in leaning):
            return None
        return self._named_ahead(core, end)

    def _written_for(self, phrase: Phrase) -> Phrase | None:
        """'an op-ed for the Kyiv Independent', 'a column in the Herald': the publication, when a piece of
        writing opens the phrase and a name ends it."""
        text = self.doc.text[phrase.span.start : phrase.span.end]
        match = WRITTEN_FOR.match(text)
        if match is None or not text.rstrip()[-1:].isalnum() or not text.split()[-1][:1].isupper():
            return None
        return Phrase(Span(phrase.span.start + match.end(), phrase.span.end))

    def _carrier_of(self, phrase: Phrase) -> Phrase:
        """'a speech broadcast on state television VTV': the outlet that carried it, not the speech."""
        words = self._words_between(phrase.span.start, phrase.span.end)
        for k in range(1, len(words) - 2):
            when = words[k + 2].bare in lexicon().time_words or words[k + 2].text[:1].isdigit()
            if words[k].bare in CARRIER_PARTICIPLES and words[k + 1].bare in CARRIER_LINKS and not when:
                # but "an interview aired on Sunday"; and "a study published in Nature on Wednesday" ends at Nature
                last = before_trailing_time(
                    [(w.bare, w.capitalized) for w in words], k + 2, len(words) - 1, ("on", "in")
                )
                return Phrase(Span(words[k + 2].start, words[last].end))
        return phrase

    def _outlet_named_since(self, since: int, at: int, noun: str) -> str | None:
        """A media outlet named after `since` and before `at`, the latest, when `noun` is what an outlet publishes
        ('the report', 'the dispatch'): the words it reported by, where a speaker it reported spoke before."""
        if noun not in PUBLISHED_NOUNS:
            return None
        for hit in reversed(self._hits_before(at, NOUN_REACH)):
            if hit.start <= since:
                return None
            if self.matcher.ruleset.entities[hit.value].is_media:
                return hit.value
        return None

    def _after_with(self, hit: Hit[str]) -> bool:
        return hit.first_word > 0 and self.words[hit.first_word - 1].bare == "with"

    def _mentioned_before(self, at: int) -> list[str]:
        """The entities named or speaking shortly before `at`, the nearest last."""
        # not one only met with ('a statement issued jointly with UNICEF'): 'the agency' is the WHO that spoke
        recent = [(h.start, h.value) for h in self._hits_before(at, NOUN_REACH) if not self._after_with(h)]
        speakers = [(s.start, s.entity) for s in self.history[-NOUN_REACH:] if s.entity and s.start < at]
        return [entity for _, entity in sorted(recent + speakers)]

    def _resolve_text(self, text: str, phrase: Phrase, at: int) -> Source | None:
        span = phrase.span
        words = self._words_between(span.start, span.end)
        if not words:
            return None
        lows = [w.bare for w in words]
        mention = Mention(text, span.start, span.end)
        lex = lexicon()
        if len(lows) == 1 and lows[0] in POSSESSIVE_PRONOUNS:
            lows = [POSSESSIVE_PRONOUNS[lows[0]]]  # "In his view, …": whose view, as "he" would be
        if len(lows) > 2 and lows[0] in ("a", "an") and is_document_noun(lows[1]) and lows[2] in ("with", "to"):
            found = None
            if len(words) > 3:
                recipient = Span(words[3].start, words[-1].end)
                found = self._resolve_text(self.doc.text[recipient.start : recipient.end], Phrase(recipient), at)
            if found is not None and found.is_media and not found.person:
                return found  # "said in a statement to CNN": the outlet it was given to carries it
            return mention.source(text)  # "a filing with the SEC", "a letter to Congress": whom it went to
        # pronouns and referring nouns point back
        if len(lows) == 1 and lows[0] in lex.person_pronouns:
            previous = self._previous_person(at, gender=PRONOUN_GENDER.get(lows[0])) or self._role_named_before(at)
            if previous is None:
                return mention.source(text, person=True)
            return mention.same_as(previous)
        one_of_them = len(lows) == 3 and lows[2] in lex.plural_pronouns
        one_of_the_group = len(lows) == 4 and lows[2] == "the"  # "one of the people", its noun in the group
        if lows[0] in PART_WORDS and len(lows) > 2 and lows[1] == "of" and (one_of_them or one_of_the_group):
            group = self._previous_group(at)  # "One of them said": one of the group just quoted
            if group is not None and (one_of_them or lows[3] in {w.bare for w in words_in(group.text)}):
                return mention.same_as(group)
        if lows[0] in ("his", "her") and 2 <= len(lows) <= 3 and " ".join(lows[1:]) in ENTOURAGE_NOUNS:
            principal = self._previous_person(at, gender=PRONOUN_GENDER.get(lows[0]))
            if principal is not None and principal.type not in (None, SourceType.INDIVIDUAL.value):
                # "Lukashenko ..., his press service said": the office-holder's office speaks
                return mention.source(text, type=principal.type, country=principal.country)
        if lows[0] in ("its", "their") and 2 <= len(lows) <= 3 and lows[-1] in AGENT_NOUNS:
            spoke = self._body_before(at)
            if spoke is not None:  # "The coalition argues … Its lawyers wrote": they speak for the body
                etype, organization, country = spoke
                return mention.source(text, type=etype, country=country, organization=organization)
        if lows in (["another"], ["a", "second"], ["a", "third"]):
            return self._another(mention, at)
        if len(lows) == 1 and lows[0] in lex.plural_pronouns | lex.thing_pronouns:
            plural = lows[0] in lex.plural_pronouns
            previous = self._previous(person=False, before=at, plural=plural) or self._previous(person=None, before=at)
            named = None if plural else self._body_named_since(previous.start if previous else -1, at)
            if named is not None:
                return self._entity_source(named, mention)  # "CCTV showed footage, which it said were ..."
            if previous is None:
                return mention.source(text)
            return mention.same_as(previous)
        if len(lows) == 2 and lows[0] == "the" and lows[1] in lex.plural_heads:
            earlier = self._plural_named_before(lows[1], at)
            if earlier is not None:
                return mention.same_as(earlier)  # "U.S. intelligence officials told NBC ... the officials continued"
        if len(lows) == 2 and lows[0] == "the" and lows[1] in ANONYMOUS_HEADS:
            unnamed = self._unnamed_with_head(lows[1], at)
            if unnamed is not None:  # "A source in the security service told Reuters … the source said"
                return mention.same_as(unnamed)
        role = self._role_anaphor(words, lows)
        if role is not None:
            described = self._unnamed_with_head(lows[-1], at)
            if described is not None:
                return mention.same_as(described)  # "A senior European diplomat said ... the diplomat said"
            held = lows[-2] if len(lows) > 2 and lows[-2] in DEPUTY_WORDS else lows[-1]  # "the vice president"
            previous = self._previous_person(at, prefer_type=role, country=self._country(words))
            if previous is not None and self._may_hold(previous, held, role):
                return mention.same_as(previous)
            titled = self._previous_person(at, country=self._country(words), role=held)
            if titled is not None:  # "the crown prince" after "Saudi Crown Prince X and Iranian President Y"
                return mention.same_as(titled)
        if self._personal_anaphor(words, lows):
            previous = self._previous_person(at)
            if previous is not None:
                return mention.same_as(previous)  # "Brighton manager Fabian Hurzeler ... the German said"
        if lows[0] == "the" and 2 <= len(lows) <= 3 and not any(w.capitalized for w in words[1:]):
            noun = " ".join(lows[1:])
            possessed = any(w.lower.endswith(("'s", "’s")) for w in words[1:-1])  # "the inquiry's report"
            if lows[-1] in REFERRING_NOUNS and phrase.descriptor is not None:
                descriptor = self._words_between(phrase.descriptor.start, phrase.descriptor.end)
                owners = self.matcher.find_entities(descriptor, self.doc.text)
                if owners:  # "The report, released by the Center for Strategic and International Studies,"
                    return self._entity_source(owners[-1].value, mention)
                agent = self._agent_in(phrase.descriptor)
                found = self._resolve_text(self.doc.text[agent.start : agent.end], Phrase(agent), at) if agent else None
                if found is not None:  # "The report, published by the Dutch central bank on Tuesday,"
                    return mention.same_as(found)
            if lows[-1] in REFERRING_NOUNS and not possessed:
                # "the report" points to an identified source, not to "the images" it was just about
                previous = self._previous(person=None, before=at, identified=True) or self._previous(
                    person=None, before=at
                )
                outlet = self._outlet_named_since(previous.start if previous else -1, at, lows[-1])
                if outlet is not None:
                    return self._entity_source(outlet, mention)  # "…, IRNA reported. … according to the report"
                if previous is not None:
                    return mention.same_as(previous)
            mentioned = self._mentioned_before(at)
            entity_id = self.matcher.entity_by_noun(noun, mentioned) or self.matcher.entity_by_noun(lows[-1], mentioned)
            unknown = self._last_unknown_outlet(lows[-1], at)
            if unknown is not None and (entity_id is None or unknown[0] > self._last_mention(entity_id, at)):
                return self._unknown_outlet_source(unknown[1], mention)
            spoken = self._unknown_body_spoke(lows[-1], at) if len(lows) == 2 else None  # not "the terrorist group"
            if spoken is not None and (entity_id is None or spoken.start > self._last_mention(entity_id, at)):
                return mention.same_as(spoken)  # "The European Centre for Disease Prevention … said … The agency urged"
            if entity_id is not None:
                return self._entity_source(entity_id, mention)
        if len(lows) == 3 and lows[0] in ("a", "an", "the") and lows[2] in SPOKESPERSON_WORDS:
            body = self.matcher.entity_by_noun(lows[1], self._mentioned_before(at))
            if body is not None:  # "The State Department urged ... A department spokesperson said": of that body
                entity = self.matcher.ruleset.entities[body]
                anonymous = lows[2] in ANONYMOUS_HEADS and lows[0] != "the"  # "a ministry official", unnamed
                kind = SourceType.ANONYMOUS.value if anonymous else entity.type.value
                return mention.source(text, type=kind, country=entity.country, organization=body)
        if lows[0] in ("a", "an"):
            ahead = self._described_ahead(words, span.end)
            if ahead is not None:
                return self._entity_source(ahead, mention)
        relative = self._relative_of_named(words)
        if relative is not None:
            # "the powerful sister of leader Kim Jong Un said": the sister speaks, most likely the person
            # the article was already quoting
            previous = self._previous_person(at)
            if previous is not None and normalize_name(previous.name) not in normalize_name(text):
                return mention.same_as(previous)
            named_next = self._person_named_next(span.end, text)
            if named_next is not None:  # "Kim Jong Un's sister warned Seoul … Kim Yo Jong said": named just after
                return self._entity_source(named_next, mention)
            return mention.source(text, type=relative.type, country=relative.country, person=True)
        hits = self.matcher.find_entities(words, self.doc.text)
        descriptor_words = (
            self._words_between(phrase.descriptor.start, phrase.descriptor.end) if phrase.descriptor else []
        )
        described_outlet = self._described_outlet(words) or (None if hits else self._name_before_outlet_noun(words))
        if described_outlet is not None:
            return self._unknown_outlet_source(described_outlet, mention)
        if self._unnamed_member(words):
            # "a source in the Russian Defense Ministry": deliberately unnamed, whatever body they are in
            return mention.source(text, type=SourceType.ANONYMOUS.value, country=self._country(words))
        organ = self._party_or_state_organ(words, hits)
        if organ is not None:  # "the ruling party's newspaper", "the Workers' Party of Korea's newspaper"
            return mention.source(text, type=SourceType.STATE_MEDIA.value, country=organ[1], organization=organ[0])
        person = (
            None
            if len(words) == 1 and words[0].text in self.acronyms
            else self._named_person(words, hits, descriptor_words, mention)
        )
        if person is not None:
            return person
        if hits:
            # the last entity named is the head: "Pyongyang's official KCNA", "a spokesman for the ministry"
            elsewhere = self._named_in_other_country(words, hits[-1])
            if elsewhere is not None:  # "Norway's Labour Party" is no British party, but a party all the same
                kind = self.matcher.ruleset.entities[hits[-1].value].type.value
                return mention.source(text, type=kind, country=elsewhere)
            return self._entity_source(hits[-1].value, mention)
        fuzzy = self._fuzzy(words)
        if fuzzy is not None:
            return self._entity_source(fuzzy, mention)
        spelled = self._with_short_names_spelled_out(words)
        if spelled is not None:
            return self._entity_source(spelled, mention)  # "the North's Foreign Ministry"
        shortened = self._short_form_of_mentioned(words, at) or self._acronym_of_mentioned(words, at)
        if shortened is not None:
            return self._entity_source(shortened, mention)
        run_together = run_together_aliases(self.matcher)
        joined = next((run_together[w.lower] for w in words if w.text != w.lower and w.lower in run_together), None)
        if joined is not None:
            return self._entity_source(joined, mention)  # "38North" for "38 North"
        return self._generic_source(words, descriptor_words, mention)

    def _named_in_other_country(self, words: list[Word], hit: Hit[str]) -> str | None:
        """The country named right before an entity's name when it is not the entity's own: 'Norway's Labour
        Party', 'Italy's Democratic Party' name parties that share a British or American party's name."""
        own = self.matcher.ruleset.entities[hit.value].country
        countries = self._country_hits(words)
        before = [h for h in countries if h.last_word == hit.first_word - 1]
        of_after = hit.last_word + 2 < len(words) and words[hit.last_word + 1].bare == "of"
        after = [h for h in countries if of_after and h.first_word == hit.last_word + 2]  # "the … Party of Russia"
        named = (before or after)[-1].value.code if before or after else None
        return named if own is not None and named is not None and named != own else None

    def _generic_source(self, words: list[Word], descriptor_words: list[Word], mention: Mention) -> Source:
        text = mention.text
        spelled_out = [self.acronyms[w.text] for w in words if w.text in self.acronyms]
        if spelled_out:
            long_form = spelled_out[-1]
            long_words = self._words_between(long_form.start, long_form.end)
            expanded_outlet = self._unknown_outlet_named(long_words)
            if expanded_outlet is not None:
                return mention.source(expanded_outlet, type=SourceType.INDEPENDENT_MEDIA.value)
            described = self._describe_words(long_words)
            if described is not None and described[1] is not None:
                return self._entity_source(described[1], mention)  # "(NIS)" after "the National Intelligence Service"
            if described is not None:
                long_text = self.doc.text[long_form.start : long_form.end]
                return mention.source(long_text, type=described[0], country=described[2], organization=described[1])
        described_as = POSSESSOR_TYPES.get(descriptor_words[-1].bare) if descriptor_words else None
        if described_as is not None:  # "The operator, National Express, said": a company, whatever its name spells
            return mention.source(text, type=described_as, country=self._country(words))
        outlet = self._unknown_outlet_named(words)
        if outlet is not None:
            return self._unknown_outlet_source(outlet, mention)
        phrase_hits = self.matcher.phrases.find(words)
        country_hits = self._country_hits(words)
        country = country_hits[0].value.code if country_hits else None
        # anonymity: an unnamed source or an official with no name and no institution
        anonymous = [h for h in phrase_hits if h.value.type == SourceType.ANONYMOUS.value]
        unnamed = [h for h in self.matcher.phrases.find(descriptor_words) if h.value.type == SourceType.ANONYMOUS.value]
        if any(w.bare in UNNAMED_MARKERS for w in words):
            return mention.source(text, type=SourceType.ANONYMOUS.value, country=country)  # "unnamed officials"
        indefinite = words[0].bare in ("a", "an")
        # "a senior European diplomat", "one diplomat": deliberately unnamed (but "a diplomat" is a phrase of its own)
        unnamed_head = ((indefinite and len(words) > 2) or (words[0].bare == "one" and len(words) > 1)) and words[
            -1
        ].bare in ANONYMOUS_HEADS
        if unnamed or unnamed_head or (anonymous and (country is None or indefinite)):
            return mention.source(text, type=SourceType.ANONYMOUS.value, country=country)
        named_body = self._named_body_type(words)
        if named_body is not None:  # "a spokesman for Brockbank Holdings" speaks for a company
            return mention.source(text, type=named_body, country=country)
        sources = [h for h in phrase_hits if h.value.role == "source" and h.value.type != SourceType.ANONYMOUS.value]
        if sources:
            info: PhraseInfo = sources[-1].value
            return mention.source(text, type=info.type, country=country if info.takes_country else None)
        if words[-1].bare in PRIVATE_PERSON_HEADS and words[-1].bare not in POSSESSOR_TYPES and not descriptor_words:
            # "Yuan's doctor", "a neighbour", "Chinese netizens": people speaking for themselves
            single = not words[-1].bare.endswith("s")
            return mention.source(text, type=SourceType.INDIVIDUAL.value, country=country, person=single)
        if country_hits and len(country_hits) == 1 and self._only_country(words, country_hits[0]):
            return self._country_source(country_hits[0].value, mention)
        described = self._describe_words(words + descriptor_words)
        if described is not None:
            etype, organization, described_country = described
            return mention.source(text, type=etype, country=described_country, organization=organization)
        if descriptor_words and self._private_person(
            self.doc.text[descriptor_words[0].start : descriptor_words[-1].end]
        ):  # "Ruiz, a teacher from Leeds": someone speaking for themselves
            named = all(w.capitalized for w in words)
            return mention.source(text, type=SourceType.INDIVIDUAL.value, country=country, person=named)
        if anonymous:
            return mention.source(text, type=SourceType.ANONYMOUS.value, country=country)
        owner = next((w.bare for w in words[:-1] if w.lower.endswith("'s") and not w.capitalized), None)
        document = is_document_noun(words[-1].bare)
        # the owner's kind first ("the county's health department", not a university's), else the head's ("the
        # union said"); a document ("the school's Facebook post") speaks for no one
        owned = POSSESSOR_TYPES.get(owner) if owner is not None and not document else None
        body = owned or POSSESSOR_TYPES.get(words[-1].bare)
        if words[-1].bare in UNDECIDED_BODIES and self._politicians_campaign(words):
            body = SourceType.POLITICAL_PARTY.value  # "Quiroga's campaign said": a candidate's, not a cause's
        return mention.source(text, type=body, country=country)

    def _politicians_campaign(self, words: list[Word]) -> bool:
        """'Quiroga's campaign', 'the Clinton campaign': the campaign of a person the article names as a politician."""
        named = [w for w in words[:-1] if w.capitalized and w.bare not in ("the",)]
        if not named:
            return False
        profile = self._profile(named[-1].bare)
        return profile is not None and profile.type in (SourceType.POLITICAL_PARTY.value, SourceType.GOVERNMENT.value)


def _without_place(words: list[Word]) -> list[Word]:
    """The words before a closing place ('in Japan', 'from Seoul'), when only capitalised words follow it."""
    for k in range(1, len(words) - 1):
        if words[k].bare in PLACE_PREPOSITIONS and all(w.capitalized for w in words[k + 1 :]):
            return words[:k]
    return words


@cache
def run_together_aliases(matcher: Matcher) -> dict[str, str]:
    """Names of several words as an article may write them in one ("38North"), to their entity."""
    out: dict[str, str] = {}
    for entity_id, entity in matcher.ruleset.entities.items():
        for alias in entity.alias_texts:
            parts = alias.text.split()
            joined = "".join(parts).lower()
            if len(parts) > 1 and len(joined) >= RUN_TOGETHER_MIN and not alias.credit_only:
                out.setdefault(joined, entity_id)
    return out
