"""Word classes and limits the attribution patterns share; the word lists themselves are lexicon data."""

from __future__ import annotations

import re
from collections.abc import Sequence

from srcflag.lexicons import lexicon

CLAUSE_STOPS = lexicon().word_set("clause_stops")
NAME_LINKS = lexicon().word_set("name_links")
OBJECT_VERBS = lexicon().word_set("object_verbs")
ADDRESSEES = lexicon().word_set("addressees")
OUTLET_NOUNS = lexicon().word_set("outlet_nouns")
PREPOSITIONS = lexicon().word_set("prepositions")
DETERMINERS = lexicon().word_set("determiners")
PRONOUN_SUBJECTS = lexicon().word_set("subject_pronouns")
NOUN_MARKERS = lexicon().word_set("noun_markers")
QUESTION_OPENERS = lexicon().word_set("question_openers")
WH_OPENERS = lexicon().word_set("wh_openers")
WH_CUES = lexicon().word_set("wh_cues")
EVIDENCE_CUES = lexicon().word_set("evidence_cues")
EVIDENCE_NOUNS = lexicon().word_set("evidence_nouns")
FIGURES = lexicon().word_set("figure_nouns")
EVIDENCE_SUBJECT_WORDS = 10  # words of a subject searched for its evidence noun ("Video of the incident shows")
COMMITMENT_CUES = lexicon().word_set("commitment_cues")
ATTITUDE_CUES = lexicon().word_set("attitude_cues")
ATTITUDE_NOUNS = lexicon().word_set("attitude_nouns")
ATTITUDE_WORDS = 6  # words of an attitude before its 'that' clause ('regret over the fact that')
SAYING_BY_CUES = lexicon().word_set("saying_by_cues")
CONJOINED_CUES = lexicon().word_set("conjoined_cues")
ISSUED_NOUNS = lexicon().word_set("issued_nouns")
NON_RESPONSE_CONTENTS = lexicon().word_set("non_response_contents")
FRONTED_CUES = lexicon().word_set("fronted_cues")
ISSUING_VERBS = lexicon().word_set("issuing_verbs")
BARE_ADVERBS = lexicon().word_set("bare_adverbs")
APPEAL_CUES = lexicon().word_set("appeal_cues")
DOCUMENT_NOUNS = lexicon().word_set("document_nouns")


def is_document_noun(low: str) -> bool:
    """'report', 'statements', 'tweets': a document, singular or plural."""
    return low in DOCUMENT_NOUNS or low.removesuffix("s") in DOCUMENT_NOUNS


CITED_SOURCE_NOUNS = lexicon().word_set("cited_source_nouns")
UNNAMED_PERSON_HEADS = lexicon().word_set("unnamed_person_heads")
CITED_OBJECT_WORDS = 8  # words of what is cited searched for a source ("citing a senior military source")
APPROXIMATORS = lexicon().word_set("approximators")
LABEL = re.compile(r"^([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4})\s*:\s+\S")
# "António Guterres, UN secretary-general: \"We kept 1.5 alive.\"": a labelled quotation with the speaker described,
# in a list item or not
DESCRIBED_LABEL = re.compile(
    r"^(?:[-*•–]\s+)?(?P<name>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4})\s*,\s*(?P<description>[^:\"“\n]{2,60}?)\s*:\s*[\"“]"
)
ADDRESSED_HEADLINE = re.compile(  # 'Trump to Iran: "Don't test us"': the speaker, then whom they address
    r"^(?P<speaker>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})\s+to\s+[\w.'’\-]+(?:\s+[\w.'’\-]+){0,3}\s*:\s*"
)
TOPIC_HEADLINE = re.compile(  # "Kremlin on Reports of Iran Supplying Missiles: Such Information Not Always True"
    r"^(?P<speaker>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})\s+on\s+[^:\n]{3,90}?:\s+(?=\S)"
)
QUOTED_VERB = re.compile(r"\s*(\w+)\b")  # the first word of a quotation, to test whether it is a verb of saying
MIN_INDIRECT_WORDS = 3
DESCRIPTOR_WORDS = 16  # a role before a name: 'the UN's special rapporteur on Myanmar, NAME,'
QUOTED_TERM_WORDS = 4  # longer quotations are statements of their own
QUOTED_TERMS_SHARE = 0.35
DEFERRED_REACH = 30  # tokens of an aside between a cue and its that-clause
QUOTED_OBJECT_WORDS = 12  # words of what a verb of thought is about before a colon or 'as' and a quotation
MEMORY_CUES = frozenset({"recall", "remember"})  # they take a gerund clause: "recalled Mr. Obama talking about …"
NAMING_VERBS = frozenset({"call", "term", "dub", "label", "brand"})  # "which China calls the Diaoyu"
# words opening a clause inside a subject: "A resident who feared …", "… because she feared …"
SUBJECT_CLAUSE_OPENERS = ("who", "because", "since", "as", "after", "when", "if", "although")
ADDRESSEE_NAME_WORDS = 7  # "told the South China Morning Post": 'the' and a long name
OBJECT_REACH = 20  # words between "told"/"assured" and "that": the addressee may be long
ADJUNCT_REACH = 9  # words of an adjunct after a cue ("wrote in The National Interest")

OPENING_ADVERBIAL_TOKENS = 25  # tokens from a sentence's start to the comma of its opening adverbial
ADVERBIAL_WORDS = 12  # words of an opening "During his seven and a half years in office,"
AS_SAYING_REACH = 16  # tokens from "quoted"/"cited" to its "as saying"
FRONTED_REACH = 16  # tokens of a fronted "As X has argued," before its comma
CONJOINED_SUBJECT_WORDS = 3  # capitalised words of a new subject after 'and': "and Senate Democrats said"
BARE_SUBJECT_WORDS = 8  # words of a subject before the finite verb of a that-less clause
HEAD_WORDS = 8  # words of the noun phrase a restrictive 'who' follows ("the 30 percent of voters who")
CLAUSE_BACK_REACH = 12  # words back from an 'and' to find the verb of a clause before it
ADDRESSEE_WORDS = 4  # words from "told a" to its addressee noun: "told a regular news briefing"
NON_RESPONSE_WORDS = 7  # words of a content that only declines to comment ('said it had no immediate comment')
TAIL_REACH = 5  # words between a cue and a quotation that continues the attribution
# a single quoted fragment shorter than this share of its reported clause is a term in it: the clause is reported
FRAGMENT_MIN_SHARE = 0.1
# words of a speaker after its verb ('said Representative Charles B. Rangel of New York')
INVERTED_SPEAKER_WORDS = 7
AFFILIATION_MODIFIERS = 2  # lower-case words in a body's name after "of the" ('the non-partisan … Report')
AFFILIATION_JOINERS = frozenset({"the", "of", "for", "and", "on", "in", "&"})  # inside a body's proper name
PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?")  # "R-Alaska", "D-N.Y.", "I-Vt.", "D-New Mexico"
EXPLETIVES = lexicon().word_set("expletive_subjects")
SHOWING_VERBS = lexicon().word_set("showing_verbs")
DEGREE_ADVERBS = lexicon().word_set("degree_adverbs")
ASKED_WORDS = lexicon().word_set("asked_verbs")
ISSUED_ADJECTIVES = 2  # words between the article and what was put out ('ran a lengthy front-page commentary')
RELATIVE_ASIDE_TOKENS = 16  # tokens of a relative clause between commas inside a reported clause
ASIDE_NAME_REACH = 5  # tokens after 'speaking to' searched for a capitalised outlet name ('the state-run Rossiya-1')
ASIDE_REPORT_WORDS = 8  # words of an aside after a dash searched for its own saying verb
DASHES = ("-", "—", "–")
DASH_ASIDE_TOKENS = 24  # tokens of an aside between dashes before a cue ('Lopez -- who wrote the book -- said')
PARTY_TAG_TOKENS = 8  # tokens of a bracketed tag after a name: '(D-Newport News)', '(R-Wis.)'
AS_SUBJECT_WORDS = 5  # words of an 'as' clause's subject before its verb ('as Russian and Ukrainian forces traded')
WITH_SUBJECT_WORDS = 10  # words between 'with' and its participle cue ('with the ministry's spokesman saying')
NAMING_CUES = lexicon().word_set("naming_cues")
VIEW_NOUNS = lexicon().word_set("view_nouns")
# bodies a report may cite as its source ("citing the defence ministry")
CITED_BODIES = lexicon().word_set("government_body_heads") | lexicon().word_set("state_owners")
PASSIVE_ADVERBS = lexicon().word_set("passive_adverbs")
ADDRESSEE_MODIFIERS = lexicon().word_set("addressee_modifiers")
PURPOSE_VERBS = lexicon().word_set("purpose_verbs")
PURPOSE_CUES = lexicon().word_set("purpose_cues")
ASIDE_RELATIVES = lexicon().word_set("aside_relatives")
HOLDER_PRONOUNS = lexicon().word_set("holder_pronouns")
POSSESSIVE_DETERMINERS = HOLDER_PRONOUNS | lexicon().word_set("author_possessives")
LABEL_STOPWORDS = lexicon().word_set("label_stopwords")  # "Note:", "Photo:": labels that name no speaker
BLOCK_INTRODUCERS = lexicon().word_set("block_introducers")  # "Limbaugh added:" before his unquoted paragraph
HEADLINE_ROLES = "|".join(sorted(lexicon().word_set("headline_roles"), key=len, reverse=True))
HEADLINE_CREDIT = re.compile(  # "...: JCS", "... -KCNA", "... – Defense Ministry", "...: U.S. official"
    r"^(?P<content>.{12,}?)(?::\s+|\s+[-–—]\s*|\s*--\s*)"
    rf"(?P<source>[A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*){{0,3}}|(?:[A-Z][\w.&'’]*\s+){{0,2}}(?:{HEADLINE_ROLES}))$"
)
MONTHS = lexicon().word_set("months")
CALENDAR_NAMES = MONTHS | lexicon().word_set("weekdays")  # the capitalised words that can be times
HEADLINE_TAG = re.compile(  # a wire's tag before a headline: "(LEAD)", "EXCLUSIVE:", "UPDATE 2-"
    r"\((?:LEAD|URGENT|\d+(?:st|nd|rd|th) LD|[A-Z][\w ]{0,20}(?:Focus|Interview|Feature))\)\s*"
    r"|(?:EXCLUSIVE|BREAKING|ANALYSIS|FACTBOX|INSIGHT|WRAPUP|REFILE|CORRECTED|UPDATE(?: \d+)?)\s*[-:]\s*"
)
DASH_CREDIT = re.compile(  # '"...” ― Jane Q. Doe' or '"..." -- Jane Doe, 34, a nurse': the quotation's author
    r"[ \t\u00a0]*(?:[―—–]|--?)[ \t\u00a0]*(?P<name>[A-Z][\w.'’\-]*(?:[ \u00a0]+[A-Z][\w.'’\-]*){1,4})"
    r"(?:[ \u00a0]+(?P<noun>[a-z]+))?[ \t\u00a0]*(?:,[^\n]*)?$",  # "— Harbour Alliance statement"
    re.MULTILINE,
)
RELAYING_CUES = frozenset({"quote", "cite"})  # "X quoted / cited Y as saying ...": Y speaks, X relays
RELAYING_PARTICIPLES = frozenset({"citing", "quoting"})  # "..., citing Y": Y is a source, not content
SUBJECT_ROLES = lexicon().titles | lexicon().word_set("organisation_roles") | lexicon().word_set("subject_roles")
ASIDE_NOUNS = lexicon().word_set("aside_nouns")
OBJECT_PRONOUNS = frozenset({"me", "us", "him", "her", "them"})
FINITE_VERBS = lexicon().word_set("finite_verbs")
IRREGULAR_PARTICIPLES = lexicon().word_set("irregular_participles")
IRREGULAR_PASTS = lexicon().word_set("irregular_pasts")


def is_past_tense(low: str) -> bool:
    """A past tense: one without -ed ('won', 'rose') or a word in -ed ('rejected')."""
    return low in IRREGULAR_PASTS or (len(low) > 3 and low.endswith("ed"))


COUNTED = lexicon().word_set("counted_words")
CONTACT_MEDIA = lexicon().word_set("contact_media")
CARRIER_PARTICIPLES = lexicon().word_set("carrier_participles")
CARRIED_NOUNS = (  # what carries someone's words: "in a statement", "in a video posted on X"
    lexicon().word_set("remark_nouns")
    | lexicon().word_set("referring_nouns")
    | {"interview", "video", "post", "tweet", "message", "podcast", "op-ed", "essay", "column", "blog", "email", "memo"}
)
NOMINATIVE_PRONOUNS = lexicon().word_set("nominative_pronouns")
CONTRACTED_SUBJECTS = lexicon().word_set("contracted_subjects")
FINITE_SAYING = frozenset({"said", "says", "told", "tells", "saying", "telling"})
CONJOINED_SAYING = FINITE_SAYING | {"added", "adds"}  # "... and says he will": the subject speaks again
SAID_OF_VERBS = frozenset({"said", "says", "wrote", "writes", "added", "adds", "told", "tells"})  # "said of RT"
CONTRASTIVE = lexicon().word_set("contrastive_conjunctions")
# conjunctions after which another speaker's report may start: "pressing Tehran after Western intelligence alleged"
SUBORDINATORS = frozenset({"after", "before", "when", "since", "because", "until"})
NOT_SUBJECTS = lexicon().word_set("not_subjects")
RESPONSE_CUES = lexicon().word_set("response_cues")
NAMED_OBJECTS = lexicon().word_set("named_objects")
NOUN_QUALIFIERS = lexicon().word_set("noun_qualifiers")
APPEAL_OBJECT_WORDS = 5  # words of the object an appeal is made to: "urged Chinese tech companies to wait"
MAIN_SUBJECT_WORDS = 16  # words of a main clause's subject before its verb: "an unnamed spokesman for the ..."
HEADLINE_CUES = lexicon().word_set("headline_cues")
AS_REPORTING = frozenset(  # verbs of a trailing "as X said", "as reported by X"
    {
        "say",
        "report",
        "announce",
        "state",
        "confirm",
        "note",
        "write",
        "publish",
        "claim",
        "disclose",
        "reveal",
        "tell",
        "explain",
        "acknowledge",
        "admit",
        "allege",
        "tweet",
        "post",
        "testify",
    }
)
VERB_ADVERBS = frozenset({"together", "jointly", "both", "all", "also", "never", "often", "repeatedly", "once"})
AS_CONJUNCTIONS = frozenset({"long", "soon", "far", "much", "well", "many", "if", "though"})  # "As long as …"
NEGATIONS = frozenset({"not", "never", "no", "neither", "nor", "hardly", "cannot"})  # "did not say", "never said"
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "neither"})  # "Nobody has claimed responsibility"
NEGATED_PRONOUN_SUBJECTS = frozenset({("no", "one"), ("not", "everyone"), ("not", "everybody"), ("not", "all")})
AS_SPEAKER_WORDS = 8  # words between ', as' and its cue ('as the foreign ministry said')
HEADLINE_WORDS = 20  # words of a headline at most
TITLE_CASE_SHARE = 0.7  # share of capitalised words that makes a line a Title Case headline
TITLE_CASE_SHARE_WITH_STOP = 0.85  # the same for a line ending in a full stop


def _by_word(phrases: frozenset[tuple[str, ...]]) -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """Each phrase under each of its words, with the word's place in it: a cue is looked up, not scanned for."""
    out: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for phrase in phrases:
        for offset, word in enumerate(phrase):
            out.setdefault(word, []).append((phrase, offset))
    return out


NON_RESPONSE_BY_WORD = _by_word(lexicon().non_response)


def before_trailing_time(words: Sequence[tuple[str, bool]], first: int, last: int, links: tuple[str, ...]) -> int:
    """The index of the last of words[first..last] before a time that ends them ('A federal judge | on Friday', 'in
    the journal Nature | on Wednesday'). The words are (lower case, capitalised) pairs: a capitalised word is a time
    only as a day or month name ('USA Today' keeps 'Today'); a link word before the time ('on') goes with it."""
    time_words = lexicon().time_words
    end = last
    while end > first and words[end][0] in time_words:
        low, capitalised = words[end]
        if capitalised and low not in CALENDAR_NAMES:
            break
        end -= 1
    if first < end < last and words[end][0] in links:
        end -= 1
    return end
