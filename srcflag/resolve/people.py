"""The article's people: their names, fullest forms, profiles, and the types their descriptions give."""

from __future__ import annotations

import bisect
import itertools
from dataclasses import replace

from srcflag.document import Span, Word, is_possessive, words_in
from srcflag.lexicons import lexicon
from srcflag.matcher import Hit, phrase_key
from srcflag.resolve.descriptions import DescriptionReader
from srcflag.resolve.sources import Mention, Profile, Source
from srcflag.resolve.words import (
    AGE_WORDS,
    AND_BODY_WORDS,
    ANONYMOUS_HEADS,
    BODY_NAME_HEADS,
    CLAUSE_BREAKS,
    EMPLOYED_PARTICIPLES,
    FEMALE_NAMES,
    FORMER,
    GENDER_OF_HONORIFIC,
    HEAD_REACH,
    HYPHEN_WORDS,
    KINSHIP_NOUNS,
    MALE_NAMES,
    MEMBER_OF,
    MEMBERSHIP_LINKS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NON_PERSON_HEADS,
    NOT_NAMES,
    OFFICE_NOUNS,
    OPENING_PREPOSITIONS,
    OUTLET_HEADS,
    PLACE_PREPOSITIONS,
    PRINCIPAL_BEFORE,
    PRIVATE_PERSON_HEADS,
    PRONOUN_REACH,
    REMARKS_BY,
    SURNAME_PREFIXES,
    UNNAMED_HEAD_REACH,
    UNNAMED_QUANTIFIERS,
    WORKPLACE_ROLES,
)
from srcflag.ruleset.vocabulary import EntityKind, SourceType


class PeopleReader(DescriptionReader):
    """The article's people."""

    def _people(self) -> None:
        """Scan the article for people once, when a statement first needs them."""
        if not self._people_scanned:
            self._people_scanned = True
            self._scan_people()
            self._scan_kin_named()

    def _name_runs(self, words: list[Word]) -> list[tuple[int, int]]:
        """Capitalised word runs that could be personal names (index ranges, inclusive)."""
        lex = lexicon()
        runs: list[tuple[int, int]] = []
        i = 0
        while i < len(words):
            if (words[i].capitalized and words[i].bare not in NOT_NAMES and words[i].bare not in lex.titles) or (
                self._surname_he(words, i)
            ):
                j = i
                while j + 1 < len(words):
                    if words[j].lower.endswith(("'s", "’s")):
                        break  # "Mao Ning's Regular Press Conference": the name ends at the possessive
                    gap = self.doc.text[words[j].end : words[j + 1].start]
                    particle = words[j + 1].bare in NAME_PARTICLES and self._particle_leads_to_name(words, j + 2)
                    initial = len(words[j].text) == 1 and words[j].capitalized and gap == ". "  # "Charles B. Rangel"
                    if gap == "-" or ((words[j + 1].capitalized or particle) and (gap in (" ", " -") or initial)):
                        j += 1  # "Kim Jong Un", "Yoo Ho-yeol", "Saud al-Faisal"
                    else:
                        break
                # "Foreign Affairs Sergey Lavrov": the name is what follows the last title or office word
                k = j
                while k >= i and (not self._ends_non_name(words[k]) or self._surname_he(words, k)):
                    k -= 1
                named = k < j and self._name_like(words[k + 1 : j + 1])
                # "the Commission on Presidential Debates" (but "Secretary of State Antony Blinken": the office
                # word ends the body's name, and a person's follows)
                body_name = k < i and self._names_a_body(words, i)
                # "an economist at Pantheon Macroeconomics": where someone works
                workplace = k < i and i > 1 and words[i - 1].bare == "at" and words[i - 2].bare in WORKPLACE_ROLES
                # "the Kim Chaek Iron and Steel Complex" (not "John Bolton and Breitbart News")
                after_the = i > 0 and words[i - 1].bare == "the"
                body_name = body_name or (after_the and _and_body_follows(words, j))
                if named and not body_name and not workplace and not self._dateline(words[i], words[j]):
                    runs.append((k + 1, j))
                i = j + 1
            else:
                i += 1
        return runs

    def _surname_he(self, words: list[Word], i: int) -> bool:
        """'He Lifeng', 'He Yadong': the Chinese surname He before a capitalised given name, not the pronoun."""
        if words[i].text != "He" or i + 1 >= len(words) or not words[i + 1].capitalized:
            return False
        given = words[i + 1]
        return (
            self.doc.text[words[i].end : given.start] == " "
            and given.bare not in NOT_NAMES
            and (given.bare not in lexicon().titles)
        )

    @staticmethod
    def _particle_leads_to_name(words: list[Word], k: int) -> bool:
        """After a name particle, the rest of the surname: a capitalised word, or one more particle and then one
        ('Mark van der Berg', 'Ursula von der Leyen')."""
        if k < len(words) and words[k].bare in NAME_PARTICLES and not words[k].capitalized:
            k += 1
        return k < len(words) and words[k].capitalized

    def _dateline(self, first: Word, last: Word) -> bool:
        """'DES MOINES, Iowa —', 'BUENA PARK (AP) —': a place in capitals opening a paragraph, no person."""
        text = self.doc.text
        capitals = text[first.start : last.end].isupper()
        opens = first.start == self._paragraph_start(first.start)
        return capitals and opens and text[last.end : last.end + 8].lstrip()[:1] in (",", "—", "–", "-", "(")

    @staticmethod
    def _names_a_body(words: list[Word], first: int) -> bool:
        """'the Commission on Presidential Debates', 'Bank of England': a run after a body's head and a
        preposition finishes the body's name."""
        if first < 2 or words[first - 1].bare not in ("of", "on", "for"):
            return False
        head = words[first - 2]
        return head.capitalized and head.bare in lexicon().non_person_heads

    def _ends_non_name(self, word: Word) -> bool:
        """Titles, office words, demonyms and sentence-initial common words are not part of a name."""
        lex = lexicon()
        bare = word.bare
        return (
            bare in lex.non_person_heads
            or bare in lex.titles
            or bare in NOT_NAMES
            or bare in lex.auxiliaries
            or tuple([bare]) in lex.discourse_markers
            or self.matcher.countries.lookup(word.text) is not None
        )

    def _name_like(self, words: list[Word]) -> bool:
        """Capitalised words that can be a person's name: no verbs of a headline, no lower-case tail."""
        lex = lexicon()
        if not words or not words[0].capitalized:
            return False
        tail = words[-1]
        if not tail.capitalized and (tail.bare.endswith(("ed", "ing")) or tail.bare in HYPHEN_WORDS):
            return False  # "Vienna-based", "Kremlin-backed" (but "Yoo Ho-yeol", "Kim Jong-un")
        if len(words) > 1 and tail.bare in OUTLET_HEADS:
            return False  # "Evening Courier" is a newspaper
        joined = {  # parts of a hyphenated given name ("Lee Sung-hoon") are not verbs, whatever they spell
            part
            for k, (left, right) in enumerate(itertools.pairwise(words))
            if self.doc.text[left.end : right.start] == "-"
            for part in (k, k + 1)
        }
        # "Saudi Tells …": a verb is no name, but a bare form can be a surname after a given name ("Ian Read") or
        # once the article has named someone so ("Read said")
        given = words[0].bare in FEMALE_NAMES or words[0].bare in MALE_NAMES
        return not any(
            lex.lemma(w.bare) is not None
            and not (lex.lemma(w.bare) == w.bare and ((given and k > 0) or self._named_so(w.bare)))
            for k, w in enumerate(words)
            if k not in joined
        )

    def _named_so(self, token: str) -> bool:
        """Whether a full name the article gives has this first or last name (the article's people read first)."""
        self._people()
        return token in self.by_token

    def _scan_people(self) -> None:
        """Profiles of the people the article names, from titles and appositives near them."""
        covered: set[int] = set()
        for hit in self.entity_hits:
            covered.update(range(hit.first_word, hit.last_word + 1))
        for first, last in self._name_runs(self.words):
            if any(k in covered for k in range(first, last + 1)) or self._opens_country_name(first, last):
                continue
            run_words = self.words[first : last + 1]
            name = self.doc.text[run_words[0].start : run_words[-1].end]
            if run_words[-1].lower.endswith(("'s", "’s")):
                name = name[:-2]
            if self.matcher.countries.lookup(name) is not None or self.matcher.phrases.lookup(name) is not None:
                continue
            key = phrase_key(name)
            if not key:
                continue
            start, end = run_words[0].start, run_words[-1].end
            surname = _surname_alone(key, name, self.by_token)
            if surname is not None:  # "Reyes", "De Vries" after "Pieter de Vries"
                known = _ending_with(self.by_token.get(surname, []), key)
                if len(known) == 1:  # "Reyes disagreed." after "Tom Reyes": a mention a later "he" may mean
                    self.person_mentions.append((start, end, " ".join(phrase_key(known[0].name))))
                profile = self._profile(name)  # "Cha, senior adviser at CSIS," describes Victor Cha
                if profile is None or profile.type is not None:
                    continue
            else:
                self.person_mentions.append((start, end, " ".join(key)))
                if " ".join(key) not in self.profiles:
                    self.profiles[" ".join(key)] = Profile(name)
                    last_name = next((t for t in reversed(key) if t not in NAME_SUFFIXES), key[-1])  # "Biden Jr."
                    for token in {key[0], key[-1], last_name}:
                        self.by_token.setdefault(token, []).append(self.profiles[" ".join(key)])
                profile = self.profiles[" ".join(key)]
            if profile.type is None:
                sentence_start = max(self.doc.text.rfind(". ", 0, start) + 1, self._paragraph_start(start))
                before = Span(max(sentence_start, start - 70), start)
                opening = self.doc.text[sentence_start:start].split(maxsplit=1)[:1]
                # "According to Jane Roe, Acme overtook …": the comma ends an opening phrase; no appositive follows
                in_opening = bool(opening) and opening[0].lower() in OPENING_PREPOSITIONS
                after = Span(end, end if in_opening else self._appositive_end(end))
                self._fill_profile(profile, before, after)

    def _opens_country_name(self, first: int, last: int) -> bool:
        """'the Democratic People's Republic of Korea': a run ending in a possessive that a country's name goes
        on from holds no person's name ('Democratic People')."""
        if not self.words[last].lower.endswith(("'s", "’s")):
            return False
        countries = self.matcher.countries
        hits = countries.find(self.words, first, min(len(self.words), first + countries.longest))
        return any(hit.first_word == first and hit.last_word > last for hit in hits)

    def _scan_kin_named(self) -> None:
        """'Her husband, David, handled the finances': a given name alone, named as someone's relative."""
        words, text = self.words, self.doc.text
        for k in range(1, len(words) - 1):
            word, kin, after = words[k], words[k - 1], words[k + 1]
            alone = text[word.end : after.start] in (",", ", ", " ") and not after.capitalized
            if kin.bare not in KINSHIP_NOUNS or text[kin.end : word.start] not in (", ", " ") or not alone:
                continue
            key = word.bare
            if not word.capitalized or key in NOT_NAMES or key in lexicon().titles or key in self.profiles:
                continue
            self.profiles[key] = Profile(word.text, type=SourceType.INDIVIDUAL.value)
            self.by_token.setdefault(key, []).append(self.profiles[key])
            bisect.insort(self.person_mentions, (word.start, word.end, key))

    def _appositive_end(self, end: int) -> int:
        """Where the words about a name after it end: an appositive in commas, or a body it is of or at
        ('Helen Fricker of the Scripps Institution of Oceanography')."""
        text = self.doc.text
        if text[end : end + 2] != ", " and MEMBER_OF.match(text, end) is None:
            return end
        stop = len(text)
        for mark in (",", ".", ";", "\n", "“", '"'):
            found = text.find(mark, end + 2)
            if found != -1:
                stop = min(stop, found)
        return min(stop, end + 120)

    def _fill_profile(self, profile: Profile, before: Span, after: Span) -> None:
        text = self.doc.text
        # the words just before the name ("Rand Corp. researcher Bruce Bennett")
        tail = text[before.start : before.end]
        # a dateline's credit ends the words about the name: "MOSCOW (TASS) -- Foreign Minister Sergei Lavrov"
        cut = max(
            tail.rfind(","),
            tail.rfind(". "),
            tail.rfind(" said "),
            *(tail.rfind(f" {word} ") for word in CLAUSE_BREAKS),  # "an activist who spoke before Sanders"
            *(tail.rfind(m) for m in ")—–"),
        )
        if (dashes := tail.rfind("--")) != -1:
            cut = max(cut, dashes + 1)
        leading = ""
        if cut != -1:
            if not tail[cut + 1 :].strip() and tail[:cut].strip():
                # "the UN's special rapporteur on Myanmar, Tom Andrews,": the description comes first
                earlier = tail[:cut]
                leading = earlier[max(earlier.rfind(","), earlier.rfind(". ")) + 1 :]
            tail = tail[cut + 1 :]
        if PRINCIPAL_BEFORE.search(tail):
            tail = ""  # "A spokesperson for Swift", "sounded off on Trump": the words are not about the name
        for whole in (tail, text[after.start : after.end], leading):
            former = FORMER.search(whole)
            # "an archaeologist at X who was not involved": what they are comes before the relative clause
            relative = former is not None and former.group().lower().startswith("who")
            window = whole[: former.start()] if former is not None and relative else whole
            if not window.strip() or (former is not None and not relative):
                continue  # "a former White House official" says nothing of who speaks now
            if self._private_person(window):
                profile.type = SourceType.INDIVIDUAL.value  # "Mizan, a shopkeeper in Dhaka,": no body speaks
                return
            found = self._describe(window)
            if found is not None:
                profile.type, profile.organization, profile.country = found
                return
        if any(w.bare in lexicon().word_set("organisation_roles") for w in words_in(tail)):
            # "Executive Director Kenneth Roth": a role at the organisation the paragraph is about
            organisation = self._paragraph_organisation(before.end)
            if organisation is not None:
                entity = self.matcher.ruleset.entities[organisation]
                profile.type, profile.organization, profile.country = entity.type.value, organisation, entity.country

    def _private_person(self, window: str) -> bool:
        """'a shopkeeper in Dhaka', 'a retired teacher': someone with no body behind them (no entity named; a
        place only says where they are)."""
        words = words_in(window)
        ages = sum(1 for w in words[:HEAD_REACH] if w.text.isdigit() or w.bare in AGE_WORDS)  # "a 45-year-old nurse"
        head = next((k for k, w in enumerate(words[: HEAD_REACH + ages]) if w.bare in PRIVATE_PERSON_HEADS), None)
        if head is None or self.matcher.find_entities(words, self.doc.text):
            return False
        if any(hit.first_word <= head <= hit.last_word for hit in self.matcher.phrases.find(words)):
            return False  # "the district attorney" holds an office; "her attorney" is private
        # only where they are or what they are doing may follow ("in Dhaka", "near the border", "waiting for a bus"),
        # not whom they work for ("for the ministry")
        if head + 1 == len(words):
            return True
        after = words[head + 1].bare
        return after in PLACE_PREPOSITIONS or (after.endswith("ing") and after not in EMPLOYED_PARTICIPLES)

    def _named_person(
        self, words: list[Word], hits: list[Hit[str]], descriptor_words: list[Word], mention: Mention
    ) -> Source | None:
        """The person the words name, or the two people joined by 'and' ("Victor Cha and Katrin Fraser Katz
        wrote": both write; the first one's description types them)."""
        run = self._person_run(words, hits)
        if run is None:
            return None
        last = self._person_source(run, words, hits, descriptor_words, mention)
        first_run = self._person_run(words[: run[0] - 1], hits) if run[0] > 1 else None
        if first_run is None or first_run[1] != run[0] - 2 or words[run[0] - 1].bare != "and":
            return last
        first = self._person_source(first_run, words, hits, descriptor_words, mention)
        both = self.doc.text[words[first_run[0]].start : words[run[1]].end]
        kind = first.type if first.type != SourceType.INDIVIDUAL.value else last.type
        return replace(first, name=both, type=kind, entity=None)

    def _person_run(self, words: list[Word], hits: list[Hit[str]]) -> tuple[int, int] | None:
        """The last capitalised run in the phrase that is a person's name, not an entity or a place."""
        spans = [(h.first_word, h.last_word) for h in hits]
        spans += [(h.first_word, h.last_word) for h in self._country_hits(words)]
        spans += [(h.first_word, h.last_word) for h in self.matcher.phrases.find(words)]
        covered = {k for first, last in spans for k in range(first, last + 1)}
        lex = lexicon()
        runs = [r for run in self._name_runs(words) if (r := _after_covered(run, covered, words)) is not None]
        runs = [r for r in runs if words[r[0]].bare not in lex.titles]
        runs = [r for r in runs if not any(w.bare in lex.non_person_heads for w in words[r[0] : r[1] + 1])]
        runs = [r for r in runs if words[r[1]].bare not in BODY_NAME_HEADS]  # "Brockbank Holdings" is no person
        # "Yuan's doctor said": the doctor speaks, not Yuan (relatives are read before this)
        runs = [r for r in runs if not (words[r[1]].lower.endswith("'s") and r[1] + 1 < len(words))]
        # the last run that can be a name; one that ends a body's name ("Priya Nair of the University of
        # Bristol") gives way to the name before it
        for first, last in reversed(runs):
            if first > 1 and words[first - 1].bare in ("of", "from") and any(r[1] == first - 2 for r in runs):
                continue  # "Charles B. Rangel of New York": where the person is from follows the name
            if _of_unnamed_person(words, first):
                return None  # "a resident of Bint Jbeil", "the wife of John Smith": the unnamed one speaks
            after_title = first > 0 and words[first - 1].bare.rstrip(".") in lex.titles
            if first < last or after_title or self._known_single_name(words[first]):
                # one capitalised word ("Western") is a name only if the article or rules know it, or a title
                # precedes it ("Gen. Milley", "Defense Minister Nakatani")
                return first, last
            if first == 0 or words[first - 1].bare != "of":
                return None
        return None

    def _known_single_name(self, word: Word) -> bool:
        self._people()
        key = word.key  # diacritics folded, as the profiles' keys are ('Orbán')
        if key in self.matcher.surnames:
            return True
        return key in self.by_token  # the first or last word of a full name the article gives

    def _person_source(
        self,
        run: tuple[int, int],
        words: list[Word],
        hits: list[Hit[str]],
        descriptor_words: list[Word],
        mention: Mention,
    ) -> Source:
        first, last = run
        name_words = words[first : last + 1]
        name = self.doc.text[name_words[0].start : name_words[-1].end]
        if name_words[-1].lower.endswith(("'s", "’s")):
            name = name[:-2]
        honorific = words[first - 1].bare.rstrip(".") if first > 0 else ""
        name = self._complete_name(name, GENDER_OF_HONORIFIC.get(honorific))  # "Mrs. Clinton" is not Bill
        entity_id = self.matcher.entities.lookup(name)
        if entity_id is None:
            key = phrase_key(name)
            if len(key) == 1:
                entity_id = self.matcher.surnames.get(key[0]) or self._person_named_before(key[0], mention.start)
        if entity_id is not None and self.matcher.ruleset.entities[entity_id].kind is EntityKind.PERSON:
            source = self._entity_source(entity_id, mention)
            return replace(source, name=self.matcher.ruleset.entities[entity_id].name)
        # type from the words around the name in this phrase, its descriptor, or its profile
        context = [w for i, w in enumerate(words) if i < first or i > last] + descriptor_words
        described = self._referred_body(context, mention.start)  # "Elaine Pearson, the group's Asia director"
        if described is None:
            described = self._office_of_person(context)  # "Andriy Yermak, who heads Zelensky's office"
        if described is None and context and self._private_person(self.doc.text[context[0].start : context[-1].end]):
            described = (SourceType.INDIVIDUAL.value, None, None)  # "Mizan, a shopkeeper in Dhaka,"
        if described is None and not (context and FORMER.search(self.doc.text[context[0].start : context[-1].end])):
            described = self._describe_words(context)  # "Cha, who served on the NSC," is not government now
        profile = self._profile(name)
        if described is None and profile is not None and profile.type is not None:
            described = (profile.type, profile.organization, profile.country)
        if described is None:
            shared = self._surname_type(name)
            if shared is not None:
                described = (shared, None, None)
        if described is None:
            described = self._role_named_later(name, mention.start)
        if described is None:
            described = self._described_before(name)
        etype, organization, country = described if described is not None else (SourceType.INDIVIDUAL.value, None, None)
        return mention.source(name, type=etype, country=country, person=True, organization=organization)

    def _person_named_before(self, token: str, before: int) -> str | None:
        """The person entity last named before `before` whose name has `token`: a later 'Kim' is the Kim the
        article named last (Kim Jong Un or Kim Yo Jong), which the name alone cannot tell."""
        if self._people_by_token is None:
            self._people_by_token = {}
            for hit in self.entity_hits:
                entity = self.matcher.ruleset.entities[hit.value]
                if entity.kind is EntityKind.PERSON:
                    for part in set(phrase_key(entity.name)):
                        self._people_by_token.setdefault(part, []).append((hit.start, hit.value))
        named = self._people_by_token.get(token, [])
        index = bisect.bisect_left(named, (before, "")) - 1
        return named[index][1] if index >= 0 else None

    def _described_before(self, name: str) -> tuple[str, str | None, str | None] | None:
        """What an earlier mention of the same person said they are: 'Rep. Yoo of the ruling party' makes
        a later 'Yoo' a party politician too."""
        return self.described_people.get(name)

    def _role_named_later(self, name: str, before: int) -> tuple[str, str | None, str | None] | None:
        """'Iran's foreign ministry spokesman has denounced … The remarks by Ramin Mehmanparast were …':
        the person the article names as the author of a role speaker's remarks holds that role."""
        limit = before + len(name)
        found = next((s for s, e in self._remark_authors().get(name.split()[-1], ()) if e <= limit), None)
        if found is None:
            return None
        for source in reversed(self.history):
            if source.start >= found:
                continue
            if not source.person and source.entity is None and source.type is not None and not source.is_media:
                return source.type, source.organization, source.country  # the role spoke last before the link
            break
        return None

    def _remark_authors(self) -> dict[str, list[tuple[int, int]]]:
        """Where the article says 'the remarks by NAME': each word of NAME to (start, end) of the phrase,
        found in one pass so that asking for every person costs no rescan of the article."""
        if self._remarks_by is None:
            self._remarks_by = {}
            for match in REMARKS_BY.finditer(self.doc.text):
                for word in match.group("name").split():
                    self._remarks_by.setdefault(word, []).append((match.start(), match.end("name")))
        return self._remarks_by

    def _surname_type(self, name: str) -> str | None:
        """A bare surname shared by several known people of one type ("Kim", two DPRK officials)."""
        key = phrase_key(name)
        if len(key) != 1:
            return None
        types = {
            e.type.value
            for e in self.matcher.ruleset.entities.values()
            if (e.kind is EntityKind.PERSON and phrase_key(e.name)[:1] == key)
            or (e.kind is EntityKind.PERSON and phrase_key(e.name)[-1:] == key)
        }
        return types.pop() if len(types) == 1 else None

    def _office_of_person(self, words: list[Word]) -> tuple[str, str | None, str | None] | None:
        """The type of an office-holder whose office the words name ("Zelensky's office", "Putin's
        administration"): the office works for them. Only for government office-holders."""
        for k in range(len(words) - 1):
            owner = words[k]
            if not (owner.capitalized and is_possessive(owner)) or words[k + 1].bare not in OFFICE_NOUNS:
                continue
            entity_id = self.matcher.surnames.get(owner.bare)
            if entity_id is not None:
                entity = self.matcher.ruleset.entities[entity_id]
                governs = entity.type is SourceType.GOVERNMENT
                return (entity.type.value, None, entity.country) if governs else None
            profile = self._profile(owner.bare)
            if profile is not None and profile.type == SourceType.GOVERNMENT.value:
                return profile.type, None, profile.country
        return None

    def _profile(self, name: str) -> Profile | None:
        self._people()
        key = phrase_key(name)
        found = self.profiles.get(" ".join(key))
        if found is not None:
            return found
        surname = _surname_alone(key, name, self.by_token)
        if surname is None:
            return None
        # a surname, first (Kim Jong Un) or last (Bruce Bennett)
        candidates = _ending_with(self.by_token.get(surname, []), key)
        typed = [p for p in candidates if p.type is not None]
        return typed[0] if typed else (candidates[-1] if candidates else None)

    def _complete_name(self, name: str, gender: str | None = None) -> str:
        """The fullest earlier form of a short name ("Bennett" -> "Bruce Bennett"), of a person of `gender` when
        an honorific gives it."""
        self._people()
        key = phrase_key(name)
        surname = _surname_alone(key, name, self.by_token)
        if surname is None:
            return name
        best = name
        best_len = len(key)
        profiles = _ending_with(self.by_token.get(surname, []), key)
        of_gender = [p for p in profiles if _given_gender(p.name) in (None, gender)] if gender is not None else []
        if of_gender:  # "Mr. Graham" when only a Lindsey Graham is named: the names may mislead
            profiles = of_gender
            if len(of_gender) == 1:
                return of_gender[0].name if len(phrase_key(of_gender[0].name)) > len(key) else name
        quoted = self._last_quoted_with(surname, {profile.name for profile in profiles}, gender)
        if quoted is not None:
            return quoted  # two Kims in the article: the one the article has been quoting
        for profile in profiles:
            parts = phrase_key(profile.name)
            if len(parts) > best_len:
                best, best_len = profile.name, len(parts)
        known = self.matcher.surnames.get(surname)
        if best_len == len(key) and known is not None:
            best = self.matcher.ruleset.entities[known].name
        return best

    def _last_quoted_with(self, token: str, names: set[str], gender: str | None = None) -> str | None:
        """When several people share `token` (among `names`, or the rules' people), the latest one quoted (of
        `gender`, when one is asked for)."""
        shared_by_rules = token in self.matcher.surnames and self.matcher.surnames[token] is None
        if len(names) < 2 and not shared_by_rules:
            return None
        for source in reversed(self.history[-PRONOUN_REACH:]):
            if gender is not None and _given_gender(source.name) not in (None, gender):
                continue
            if source.person and len(phrase_key(source.name)) > 1 and token in phrase_key(source.name):
                return source.name
        return None

    def _relative_of_named(self, words: list[Word]) -> Source | None:
        """The person a kinship word relates the speaker to ('sister of Kim Jong Un', "Kim Jong Un's sister"),
        resolved, or None when the words name no relative."""
        for k, word in enumerate(words):
            if word.bare not in KINSHIP_NOUNS:
                continue
            if k + 2 < len(words) and words[k + 1].bare == "of":
                named = words[k + 2 :]
            elif k > 0 and words[k - 1].lower.endswith("'s") and words[k - 1].capitalized:
                named = words[:k]
            else:
                continue
            mention = self._mention(named[0].start, named[-1].end)
            hits = self.matcher.find_entities(named, self.doc.text)
            people = [h for h in hits if self.matcher.ruleset.entities[h.value].kind is EntityKind.PERSON]
            if people:
                return self._entity_source(people[-1].value, mention)
            run = self._person_run(named, hits)
            return self._person_source(run, named, hits, [], mention) if run is not None else None
        return None

    @staticmethod
    def _unnamed_member(words: list[Word]) -> bool:
        """'a source in the ministry', 'two officials at the Pentagon', 'one diplomat from Seoul'."""
        if len(words) < 4 or words[0].bare not in UNNAMED_QUANTIFIERS:
            return False
        for k in range(1, min(len(words) - 1, UNNAMED_HEAD_REACH)):
            head = words[k].bare
            if head in ANONYMOUS_HEADS or (head.endswith("s") and head[:-1] in ANONYMOUS_HEADS):
                return words[k + 1].bare in MEMBERSHIP_LINKS
        return False


def _surname_alone(key: tuple[str, ...], name: str, by_token: dict[str, list[Profile]]) -> str | None:
    """The surname a name key gives on its own, with any particles before it ('reyes'; 'vries' for 'De Vries'),
    or a hyphenated surname a fuller name of the article ends with ('canel' for 'Díaz-Canel' after 'Miguel
    Díaz-Canel'); None for a fuller name."""
    if not key:
        return None
    if all(token in SURNAME_PREFIXES for token in key[:-1]):
        return key[-1]
    one_word = not any(c.isspace() for c in name.strip())
    if one_word and any(len(phrase_key(p.name)) > len(key) for p in _ending_with(by_token.get(key[-1], []), key)):
        return key[-1]
    return None


def _and_body_follows(words: list[Word], last: int) -> bool:
    """'Kim Chaek Iron | and Steel Complex': capitalised words after 'and' that end in a body's head word finish
    a body's name that the run before opens."""
    if last + 2 >= len(words) or words[last + 1].bare != "and":
        return False
    for word in words[last + 2 : last + 2 + AND_BODY_WORDS]:
        if not word.capitalized:
            return False
        if word.bare in NON_PERSON_HEADS:
            return True
    return False


def _ending_with(profiles: list[Profile], key: tuple[str, ...]) -> list[Profile]:
    """The profiles whose names end as the short name `key` does ('Miguel Díaz-Canel' for 'Díaz-Canel')."""
    if len(key) < 2:
        return profiles
    return [p for p in profiles if phrase_key(p.name)[-len(key) :] == key]


def _after_covered(run: tuple[int, int], covered: set[int], words: list[Word]) -> tuple[int, int] | None:
    """The part of a name run after the entities and roles that open it ('Senate Majority Leader Chuck Schumer':
    'Chuck Schumer'); None when they end it or cover it, or leave a single word."""
    first, last = run
    inside = [k for k in range(first, last + 1) if k in covered]
    if not inside:
        return run
    start = inside[-1] + 1
    if start > last - 1 or any(k in covered for k in range(start, last + 1)) or inside[0] != first:
        return None
    if not all(words[k].capitalized for k in range(start, last + 1)):
        return None
    return start, last


def _given_gender(name: str) -> str | None:
    """'female' or 'male' by the given name that opens a full name ("Hillary Clinton"), else None."""
    key = phrase_key(name)
    if len(key) < 2:
        return None
    if key[0] in FEMALE_NAMES:
        return "female"
    return "male" if key[0] in MALE_NAMES else None


def _of_unnamed_person(words: list[Word], first: int) -> bool:
    """A name after 'of' and a lower-case noun for a person no name is given for ('a resident of Bint Jbeil',
    'the son of Ali Khan'): a place or a relative, not the speaker's name."""
    if first < 2 or words[first - 1].bare != "of":
        return False
    head = words[first - 2]
    return not head.capitalized and (head.bare in PRIVATE_PERSON_HEADS or head.bare in KINSHIP_NOUNS)
