"""The pipeline: text -> quotations -> attributions -> sources -> labelled statements."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import accumulate, pairwise

from srcflag.attribution import Kind, Phrase, RawStatement, attribute
from srcflag.attribution.words import EVIDENCE_NOUNS
from srcflag.credits import Credit, credit_scopes, find_credits
from srcflag.document import Document, Span
from srcflag.interviews import answer_interviews
from srcflag.lexicons import common_words, lexicon
from srcflag.matcher import matcher_for
from srcflag.normalize import normalize_name
from srcflag.quotes import find_quotes
from srcflag.report import ContentSpan, CueSpan, Report, SourceRef, Statement
from srcflag.resolve import Resolver, Source
from srcflag.ruleset import RuleSet, load_rules
from srcflag.ruleset.vocabulary import SourceType
from srcflag.sentences import split_sentences
from srcflag.transcripts import continue_turns, split_quoted_transcripts
from srcflag.turns import join_turns

STATE_MEDIA = SourceType.STATE_MEDIA.value
_FIRST_PERSON = lexicon().first_person
_ANONYMITY_ASIDES = lexicon().word_set("anonymity_asides")
ANONYMITY_REACH = 120  # characters after a cue where 'speaking on condition of anonymity' may follow
PULL_QUOTE_PARAGRAPHS = 8  # paragraphs from the top where a quotation may be a pull quote
# a clause that opens with a body's name and its verb: "The Environment Agency has issued …"
_NAMED_SUBJECT = re.compile(r"(?:The\s+)?(?P<name>[A-Z][\w&'’.\-]*(?:\s+(?:of|for|and|[A-Z][\w&'’.\-]*)){0,6})\s+[a-z]")
PULL_QUOTE_WORDS = 6  # a shorter repeated quotation may be a slogan, not one source's words


@cache
def bundled_ruleset() -> RuleSet:
    return load_rules()


_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|whom|what)\s+$")
RELATIVE_REACH = 12  # characters before a speaker searched for the relative pronoun that opens its clause
AGENT_REACH = 40  # characters after 'quoted' read for its agent ('as saying by the Interfax news agency')
AGENT_WORDS = 4


@dataclass
class _Resolved:
    raw: RawStatement
    speaker: Source | None
    channels: list[Source] = field(default_factory=list)


def label(text: str, ruleset: RuleSet | None = None, *, path: str | None = None, turns: bool = True) -> Report:
    """Label every statement in `text` (the bundled rules unless `ruleset` is given). A quotation broken by its
    attribution and continued in the same paragraph is one statement, one speaker's turn, and so are the
    fragments one verb quotes (see `srcflag.turns`); with `turns=False` each is a statement of its own."""
    rules = ruleset if ruleset is not None else bundled_ruleset()
    matcher = matcher_for(rules)
    doc = Document.from_text(text)
    quotes = find_quotes(doc)
    sentences = split_sentences(doc, quotes)
    raws = continue_turns(doc, split_quoted_transcripts(doc, attribute(doc, sentences, matcher.places), sentences))
    raws = answer_interviews(doc, raws, sentences)
    resolver = Resolver(doc, matcher)
    resolved: list[_Resolved] = []
    for raw in raws:
        if raw.speaker is not None and _by_the_author(raw.speaker, doc.text):
            continue  # "I asked a former official why": the article's own author is no source
        if raw.answer_in is not None and raw.speaker is not None:
            speaker = resolver.resolve_answer(raw.speaker, raw.answer_in)
        else:
            speaker = resolver.resolve(raw.speaker, at=raw.speaker.span.start) if raw.speaker else None
        if speaker is not None and speaker.type is None and raw.speaker is not None:
            speaker = _its_own_subject(speaker, raw, doc.text, resolver) or speaker
        if speaker is not None and _unnamed_on_request(speaker, raw, doc.text, sentences[raw.sentence].span.end):
            speaker = replace(speaker, type=SourceType.ANONYMOUS.value)
        channels = [
            _outlet_of(found, rules)
            for phrase in raw.channels
            if (found := resolver.resolve(phrase, at=phrase.span.start, remember=False)) is not None and found.is_media
        ]
        if speaker is not None and speaker.is_media and not speaker.person and raw.relayed_subject is not None:
            relayed = resolver.resolve(raw.relayed_subject, at=raw.relayed_subject.span.start)
            if relayed is not None and not relayed.is_media:  # the outlet relays the one its quotation reports
                channels.insert(0, speaker)
                speaker = relayed
        item = _Resolved(raw, speaker, [])
        for channel in channels:
            _add_channel(item, channel)
        resolved.append(item)
    publishers = _self_credits(resolved, doc)
    resolved = _merge_same_content(_fold_nested(resolved, doc.text))
    resolved = _drop_embedded(_drop_relayed_credits(resolved, doc.text), doc.text)
    for publisher in publishers:
        for item in resolved:
            _add_channel(item, publisher)
    _speak_pull_quotes(resolved, doc)
    _share_sentence_media(resolved, doc.text)
    _continue_relays(resolved, doc.text)
    _relay_whole_speaker(resolved)
    _apply_credits(resolved, doc, resolver)
    _place_bodies(resolved, resolver)
    statements = [_statement(item, doc, rules) for item in resolved if item.raw.content.end > item.raw.content.start]
    if turns:
        statements = join_turns(statements, doc)
    return Report(path=path, statements=tuple(statements))


def _outlet_of(channel: Source, rules: RuleSet) -> Source:
    """'told CNN's Jake Tapper': a journalist the words name reaches the article through the outlet they work for."""
    organization = channel.organization
    if not channel.person or organization is None or organization not in rules.entities:
        return channel
    outlet = rules.entities[organization]
    return replace(channel, name=outlet.name, entity=organization, person=False, organization=None)


def _its_own_subject(speaker: Source, raw: RawStatement, text: str, resolver: Resolver) -> Source | None:
    """'The Environment Agency has issued 120 flood warnings, it said': an 'it' no earlier source explains, after the
    clause it reports, means the body that clause opens with."""
    if text[speaker.start : speaker.end].lower() != "it" or raw.content.end > speaker.start:
        return None
    subject = _NAMED_SUBJECT.match(text, raw.content.start, raw.content.end)
    if subject is None:
        return None
    found = resolver.resolve(Phrase(Span(subject.start(), subject.end("name"))), at=subject.start(), remember=False)
    if found is None or found.type is None or found.person:
        return None
    return replace(found, text=speaker.text, start=speaker.start, end=speaker.end)


def _place_bodies(items: list[_Resolved], resolver: Resolver) -> None:
    """'TASS cited the Defense Ministry': a body named without its country is the relaying outlet's country's."""
    for item in items:
        speaker = item.speaker
        if speaker is None or speaker.entity is not None or speaker.country is not None or speaker.person:
            continue
        country = next((c.country for c in item.channels if c.country is not None), None)
        placed = resolver.in_country(speaker, country) if country is not None else None
        if placed is not None:
            item.speaker = placed


def _by_the_author(speaker: Phrase, text: str) -> bool:
    return text[speaker.span.start : speaker.span.end].lower() in _FIRST_PERSON


def _unnamed_on_request(speaker: Source, raw: RawStatement, text: str, sentence_end: int) -> bool:
    """'..., a White House official said, speaking on condition of anonymity': an unnamed speaker who asked
    not to be named is anonymous, whatever body they speak for."""
    if raw.cue is None or (speaker.person and speaker.name[:1].isupper() and speaker.name != speaker.text):
        return False
    aside = text[raw.cue.end : min(sentence_end, raw.cue.end + ANONYMITY_REACH)].lower()
    if speaker.end <= raw.cue.start:  # "A State Department spokesperson, speaking on condition of anonymity, said"
        aside += " " + text[speaker.end : raw.cue.start].lower()
    return any(phrase in aside for phrase in _ANONYMITY_ASIDES)


def _self_credits(items: list[_Resolved], doc: Document) -> list[Source]:
    """'..., BelTA has learned': an outlet naming itself as the one that publishes the article."""
    out: list[Source] = []
    for item in items:
        cue = item.raw.cue
        if cue is None or item.speaker is None or not item.speaker.is_media or item.speaker.entity is None:
            continue
        if lexicon().lemma(doc.text[cue.start : cue.end]) == "learn":
            out.append(item.speaker)
    return out


def _by_sentence(items: list[_Resolved]) -> dict[int, list[_Resolved]]:
    groups: dict[int, list[_Resolved]] = {}
    for item in items:
        groups.setdefault(item.raw.sentence, []).append(item)
    return groups


def _evidence(speaker: Phrase, text: str) -> bool:
    """'satellite imagery', 'the data', 'new footage': what shows something, not someone who says it."""
    last = text[speaker.span.start : speaker.span.end].split()[-1:]
    return bool(last) and last[0].lower() in EVIDENCE_NOUNS


def _fold_nested(items: list[_Resolved], text: str) -> list[_Resolved]:
    """A media outlet reporting someone's statement is that statement's channel; an unidentified document
    ('X said Y, according to a statement posted online') adds nothing to the statement it reports."""
    dropped: set[int] = set()
    sentences = _by_sentence(items)
    for outer in items:
        if outer.speaker is None:
            continue
        unidentified = outer.speaker.type is None and outer.speaker.entity is None and not outer.speaker.person
        if not (outer.speaker.is_media or unidentified):
            continue
        for inner in sentences[outer.raw.sentence]:
            if inner is outer or inner.raw.cue is None:
                continue
            if unidentified and inner.speaker is not None and inner.speaker.name == outer.speaker.name:
                continue  # "it blamed X and promised Y": the same speaker's second report, not a document's
            if inner.raw.speaker is not None and _evidence(inner.raw.speaker, text):
                continue  # "NK News said satellite imagery showed X": the outlet says it, the imagery is its evidence
            scope = outer.raw.scope or outer.raw.content
            if scope.start <= inner.raw.cue.start < scope.end:
                if outer.speaker.is_media:
                    _add_channel(inner, outer.speaker)
                    for channel in outer.channels:
                        _add_channel(inner, channel)
                dropped.add(id(outer))
    return [item for item in items if id(item) not in dropped]


def _drop_relayed_credits(items: list[_Resolved], text: str) -> list[_Resolved]:
    """'The NIS told lawmakers that X, according to Lee': the report inside the credited clause is the
    statement; Lee, who passed it on, is no speaker of the whole clause."""
    sentences = _by_sentence(items)
    relayed = {
        id(outer)
        for outer in items
        if outer.raw.cue is not None
        and text[outer.raw.cue.start : outer.raw.cue.end].lower().startswith("according")
        and any(
            inner is not outer
            and inner.raw.cue is not None
            and inner.raw.speaker is not None
            and inner.speaker is not None
            and not inner.speaker.is_media  # "Bloomberg reports X, according to the Roper Center": Roper's
            and inner.raw.speaker.span.start == outer.raw.content.start  # the credited clause's own subject
            and inner.raw.content.end <= outer.raw.content.end
            for inner in sentences[outer.raw.sentence]
        )
    }
    return [item for item in items if id(item) not in relayed]


def _drop_embedded(items: list[_Resolved], text: str) -> list[_Resolved]:
    """'Iran says the IAEA report shows X': what the report shows is part of what Iran says (and 'NK News said
    satellite imagery showed X' part of what the outlet says)."""
    sentences = _by_sentence(items)
    kept = []
    for item in items:
        cue = item.raw.cue
        evidence = item.raw.speaker is not None and _evidence(item.raw.speaker, text)
        embedded = cue is not None and any(
            other is not item
            and other.speaker is not None
            and (not other.speaker.is_media or evidence)
            and _reported_clause(other.raw)
            and _reported_clause(item.raw)
            and other.raw.content.start <= cue.start < other.raw.content.end
            for other in sentences[item.raw.sentence]
        )
        if not embedded:
            kept.append(item)
    return kept


def _reported_clause(raw: RawStatement) -> bool:
    """Reported speech, possibly with quoted terms in it, rather than a quotation standing alone."""
    return raw.kind is Kind.INDIRECT or (raw.kind is Kind.PARTIAL and raw.scope == raw.content)


def _merge_same_content(items: list[_Resolved]) -> list[_Resolved]:
    """Two attributions of one content: the speaker is kept, a media outlet becomes its channel."""
    by_span: dict[tuple[int, int], _Resolved] = {}
    out: list[_Resolved] = []
    for item in items:
        key = (item.raw.content.start, item.raw.content.end)
        kept = by_span.get(key)
        if kept is None:
            by_span[key] = item
            out.append(item)
            continue
        if kept.speaker is None or (kept.speaker.is_media and item.speaker is not None and not item.speaker.is_media):
            kept, item = item, kept
            out[out.index(by_span[key])] = kept
            by_span[key] = kept
        if item.speaker is not None and item.speaker.is_media:
            _add_channel(kept, item.speaker)
        for channel in item.channels:
            _add_channel(kept, channel)
    # a statement inside a longer one from the same cue repeats it
    same_cue: dict[tuple[int, int], list[_Resolved]] = {}
    for item in out:
        if item.raw.cue_index >= 0:
            same_cue.setdefault((item.raw.sentence, item.raw.cue_index), []).append(item)
    return [
        item
        for item in out
        if not any(
            other is not item and other.raw.content.contains(item.raw.content) and other.raw.content != item.raw.content
            for other in same_cue.get((item.raw.sentence, item.raw.cue_index), ())
        )
    ]


def _word_key(text: str) -> str:
    return f" {normalize_name(text)} "  # padded, so that containment is by whole words


def _speak_pull_quotes(items: list[_Resolved], doc: Document) -> None:
    """A quotation shown on its own (a pull quote under the headline) that the article quotes again
    with its source is that source's."""
    attributed = [item for item in items if item.speaker and not item.raw.inherited]
    # every attributed quotation's words in one string, searched once per candidate (not pair by pair)
    keys = [_word_key(doc.text[item.raw.content.start : item.raw.content.end]) for item in attributed]
    joined = "\0".join(keys)
    starts = list(accumulate((len(key) + 1 for key in keys[:-1]), initial=0))
    for item in items:
        # a speaker inherited from the statement before is a guess the repeated quotation's source beats
        if (item.speaker is not None and not item.raw.inherited) or not item.raw.quotes:
            continue
        if item.raw.paragraph >= PULL_QUOTE_PARAGRAPHS:
            continue  # pull quotes stand under the headline; a search per later quotation would be quadratic
        key = _word_key(doc.text[item.raw.content.start : item.raw.content.end])
        if len(key.split()) < PULL_QUOTE_WORDS:
            continue
        source = _containing(attributed, starts, joined, key)
        if source is not None:
            item.speaker = source.speaker
            item.channels = []
            for channel in source.channels:
                _add_channel(item, channel)


def _containing(attributed: list[_Resolved], starts: list[int], joined: str, key: str) -> _Resolved | None:
    """The first attributed item whose words contain `key`."""
    found = joined.find(key)
    return attributed[bisect.bisect_right(starts, found) - 1] if found != -1 else None


def _share_sentence_media(items: list[_Resolved], text: str) -> None:
    """`X is true, state media said, after Kim "..."`: the outlet relays the sentence; but not a relative clause
    of the reporter's own ('the drills, which Pyongyang says triggered its launches')."""
    sentences = _by_sentence(items)
    for item in items:
        if item.speaker is None or item.speaker.is_media:
            continue
        start = item.raw.speaker.span.start if item.raw.speaker is not None else 0
        if start and _RELATIVE_BEFORE.search(text, max(0, start - RELATIVE_REACH), start):
            continue
        for other in sentences[item.raw.sentence]:
            if other is item or other.speaker is None:
                continue
            if other.speaker.type == STATE_MEDIA and not any(c.type == STATE_MEDIA for c in item.channels):
                _add_channel(item, other.speaker)


def _continue_relays(items: list[_Resolved], text: str) -> None:
    """'"...," he added.' continues the previous statement, and reaches us by the same outlets; '"…," Kim was
    quoted as saying' names no one who quoted him, so the outlet that spoke or relayed just before did."""
    words = lexicon()
    pronouns = words.person_pronouns | words.plural_pronouns | words.thing_pronouns | words.relative_pronouns
    for previous, item in pairwise(items):
        if item.speaker is None or previous.speaker is None:
            continue
        if _quoted_by_no_one(item, text) and item.raw.paragraph - previous.raw.paragraph <= 1:
            for outlet in [previous.speaker, *previous.channels]:
                if outlet.is_media and not outlet.person:
                    _add_channel(item, outlet)
            continue
        if not previous.channels:
            continue
        referring = item.speaker.text.lower() in pronouns or item.speaker.text.lower().startswith("the ")
        same_speaker = referring and item.speaker.name == previous.speaker.name  # "he added", "the officials continued"
        if same_speaker and item.raw.paragraph - previous.raw.paragraph <= 1:
            for channel in previous.channels:
                _add_channel(item, channel)


def _quoted_by_no_one(item: _Resolved, text: str) -> bool:
    """'Kim was quoted as saying': a passive 'quoted' with no agent."""
    cue = item.raw.cue
    if cue is None or text[cue.start : cue.end].lower() != "quoted":
        return False
    before = text[max(0, cue.start - 8) : cue.start].split()
    after = text[cue.end : cue.end + AGENT_REACH].lower().split()[:AGENT_WORDS]  # "quoted as saying by Interfax"
    passive = bool(before) and before[-1].lower() in ("was", "were", "been", "is", "are")
    return passive and "by" not in after and not item.channels


def _relay_whole_speaker(items: list[_Resolved]) -> None:
    """A person whose words the article takes from state media anywhere takes all of them from it:
    "Kim warned ... She said in a statement carried by KCNA ..." relays the warning too."""
    relays: dict[str, list[Source]] = {}
    for item in items:
        speaker = item.speaker
        if speaker is None or not speaker.person or speaker.is_media:
            continue
        state_media = [c for c in item.channels if c.type == STATE_MEDIA and c.entity is not None]
        if state_media:
            relays.setdefault(speaker.name, state_media)
    for item in items:
        speaker = item.speaker
        if speaker is None or item.channels or speaker.name not in relays:
            continue
        for channel in relays[speaker.name]:
            _add_channel(item, channel)


def _apply_credits(items: list[_Resolved], doc: Document, resolver: Resolver) -> None:
    ordered = sorted(items, key=lambda item: item.raw.content.start)
    starts = [item.raw.content.start for item in ordered]
    found = find_credits(doc)
    outlets: dict[Span, Source] = {}
    for credit in found:
        source = resolver.resolve_credit(credit.outlet)
        if source is None or not source.is_media:
            continue
        if source.entity is not None or _leading_credit(credit, source, doc):
            outlets[credit.outlet] = source
    # only credits naming an outlet bound each other's scope: "All news" above a headline is not one
    credits = [credit for credit in found if credit.outlet in outlets]
    credits = _without_repeated_credits(credits, outlets)
    for outlet_span, scope in credit_scopes(credits, len(doc.text)):
        source = outlets[outlet_span]
        first = bisect.bisect_left(starts, scope.start)
        last = bisect.bisect_left(starts, scope.end)
        for item in ordered[first:last]:
            if item.speaker is not None and item.speaker.entity == source.entity and item.speaker.name == source.name:
                continue
            _add_channel(item, source)


def _without_repeated_credits(credits: list[Credit], outlets: dict[Span, Source]) -> list[Credit]:
    """A trailing '(Yonhap)' under a photo inside a Yonhap story repeats the dateline's outlet: it does not end
    the dateline's reach, as a trailing credit of a different outlet (the next story in a digest) does."""
    kept: list[Credit] = []
    current: Source | None = None
    for credit in sorted(credits, key=lambda c: c.position):
        source = outlets[credit.outlet]
        if credit.forward:
            current = source
        elif current is not None and (source.entity, source.name) == (current.entity, current.name):
            continue
        kept.append(credit)
    return kept


def _leading_credit(credit: Credit, source: Source, doc: Document) -> bool:
    """A publisher line or first dateline naming an outlet no rule knows ('Khaleej Times', '(CTN News) –'),
    but not a site section ('World News')."""
    leading = credit.position == 0 or (bool(doc.paragraphs) and credit.position == doc.paragraphs[0].start)
    common = common_words()
    return leading and any(word.lower() not in common for word in source.name.split())


def _add_channel(item: _Resolved, channel: Source) -> None:
    if item.speaker is not None and item.speaker.entity is not None and item.speaker.entity == channel.entity:
        return
    if any(c.entity == channel.entity and c.name == channel.name for c in item.channels):
        return
    for index, kept in enumerate(item.channels):
        if _within(kept, channel):
            return
        if _within(channel, kept):  # "a speech broadcast on state television": the outlet is the inner phrase
            item.channels[index] = channel
            return
    item.channels.append(channel)


def _within(inner: Source, outer: Source) -> bool:
    return (
        outer.start <= inner.start and inner.end <= outer.end and (inner.start, inner.end) != (outer.start, outer.end)
    )


def _ref(source: Source) -> SourceRef:
    return SourceRef(
        text=source.text,
        name=" ".join(source.name.split()),  # "the  Daily Nation" where markup stood, a name wrapped over lines
        entity=source.entity,
        type=source.type,
        start=source.start,
        end=source.end,
        named_person=source.person,
    )


def _country_name(rules: RuleSet, code: str | None) -> str:
    if code is None:
        return ""
    country = rules.countries.get(code)
    return country.names[0] if country else code


def _describe(source: Source, rules: RuleSet) -> str:
    where = _country_name(rules, source.country)
    kind = (source.type or "unknown").replace("_", " ")
    if kind in source.name.lower():  # "North Korean state media" says what it is
        return source.name
    return f"{source.name}, {kind}" + (f" of {where}" if where else "")


def _chain_text(chain: tuple[str, ...], rules: RuleSet) -> str:
    names = [rules.entities[e].name for e in chain[1:] if e in rules.entities]
    return ", controlled by " + " -> ".join(names) if names else ""


def _statement(item: _Resolved, doc: Document, rules: RuleSet) -> Statement:
    raw, speaker, channels = item.raw, item.speaker, item.channels
    state_source = next(
        (s for s in ([speaker] if speaker else []) + channels if s is not None and s.type == STATE_MEDIA),
        None,
    )
    chain: tuple[str, ...] = ()
    if state_source is not None:
        source_type = STATE_MEDIA
        chain = rules.chain(state_source.entity) if state_source.entity else ()
        verb = "said by" if state_source is speaker else "relayed by"
        reason = f"{verb} {_describe(state_source, rules)}{_chain_text(chain, rules)}"
    elif speaker is not None and speaker.type is not None:
        source_type = speaker.type
        anchor = speaker.entity or speaker.organization
        chain = rules.chain(anchor) if anchor else ()
        org_entity = rules.entities.get(speaker.organization or "")
        org = org_entity.name if org_entity is not None else ""
        reason = f"said by {_describe(speaker, rules)}" + (f" ({org})" if org and org != speaker.name else "")
    elif speaker is not None:
        # a speaker we could not identify: a person speaks for themselves, anything else is unsourced
        source_type = SourceType.INDIVIDUAL.value if speaker.person else SourceType.UNATTRIBUTED.value
        reason = f"said by {speaker.name}, whose affiliation the article does not make known"
    elif channels:
        source_type = channels[0].type or SourceType.UNATTRIBUTED.value
        reason = f"reported by {_describe(channels[0], rules)}; the speaker is not identified"
    else:
        source_type = SourceType.UNATTRIBUTED.value
        reason = "no source is given"
    start, end = raw.content.start, raw.content.end
    line, column = doc.line_column(start)
    cue = CueSpan(start=raw.cue.start, end=raw.cue.end, text=doc.text[raw.cue.start : raw.cue.end]) if raw.cue else None
    return Statement(
        kind=raw.kind.value,
        content=ContentSpan(start=start, end=end, text=doc.text[start:end], line=line, column=column),
        cue=cue,
        speaker=_ref(speaker) if speaker else None,
        channels=tuple(_ref(c) for c in channels),
        source_type=source_type,
        speaker_type=speaker.type if speaker else None,
        chain=chain,
        reason=reason,
    )
