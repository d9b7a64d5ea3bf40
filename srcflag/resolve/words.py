"""Word classes, patterns and limits the resolver shares; the word lists themselves are lexicon data."""

from __future__ import annotations

import re

from srcflag.attribution.words import PREPOSITIONS
from srcflag.lexicons import lexicon

CATAPHORA_REACH = 400  # characters ahead in which "a newspaper" may be named
ROLE_PHRASE_WORDS = 4  # words from "the" to a role that presents an interviewee ("The city's new mayor")
RUN_TOGETHER_MIN = 6  # characters: a shorter name run together could be an everyday word
PRONOUN_REACH = 40  # earlier speakers and named people a pronoun may reach back to
NOUN_REACH = 200  # earlier entity mentions "the agency" may reach back to
BODY_NAME_LINKS = frozenset({"of", "for", "on", "and"})  # "University of North Korean Studies"
ADDRESSEE_MARKERS = frozenset({"to", "told", "tells", "with"})
READ_BY = frozenset({"seen", "obtained", "reviewed", "viewed", "quoted", "cited"})  # "a report seen by Reuters"
SPEAKER_SALIENCE = 300  # characters by which a speaker outranks a later mere mention for "he"
FORMER = re.compile(
    r"\b(?:former|ex-|retired|onetime|one-time|erstwhile|who (?:once |previously )?(?:served|worked|was))\b",
    re.IGNORECASE,
)
REFERRING_NOUNS = lexicon().word_set("referring_nouns")
HYPHEN_WORDS = lexicon().word_set("hyphen_tails")
NOT_NAMES = lexicon().word_set("not_names")
OUTLET_HEADS = lexicon().word_set("outlet_heads")
# words that make a "… Network" a broadcaster rather than a group of people or bodies
BROADCAST_WORDS = frozenset(
    {"news", "media", "television", "tv", "broadcasting", "radio", "cable", "channel", "sports"}
)
NEWS_AGENCY_WORDS = lexicon().word_set("news_agency_words")
GOVERNMENT_BODY_HEADS = lexicon().word_set("government_body_heads")
OUTLET_LEADS = lexicon().word_set("outlet_leads")
NAME_PARTICLES = lexicon().word_set("name_particles")
SURNAME_PREFIXES = lexicon().word_set("surname_prefixes")
NAME_SUFFIXES = lexicon().word_set("name_suffixes")
DELEGATES = lexicon().word_set("delegate_roles")
POSSESSOR_TYPES = lexicon().possessor_types
# bodies whose possessor type does not hold for a person's or a spokesperson's role: a campaign may be a party's or a
# cause's, so whose campaign it is decides
UNDECIDED_BODIES = frozenset({"campaign"})
BODY_NOUN_HEADS = lexicon().body_noun_heads
BODY_NAME_HEADS = lexicon().word_set("body_name_heads")
# words for bodies that are not the state, which may lead a name ("Society for …") or follow one ("… think tank")
# ('Union of' and 'Organization of' also lead names of states and organisations of states)
BODY_KINDS = {
    word: kind
    for word, kind in POSSESSOR_TYPES.items()
    if kind in ("ngo", "academic", "think_tank") and word not in ("union", "organisation", "organization")
}
CENTRES = frozenset({"center", "centre"})
# words in the name of a centre that studies policy rather than campaigns ("Center for Strategic and Budgetary
# Assessments", "Centre for Economic Performance")
POLICY_NAME_WORDS = lexicon().word_set("policy_name_words")
BODY_KIND_NOUNS = frozenset(POSSESSOR_TYPES) | {"tank", "group", "charity", "nonprofit", "watchdog"}
KINSHIP_NOUNS = lexicon().word_set("kinship_nouns")
MEDIA_NOUNS = lexicon().word_set("outlet_nouns") | {"media", "outlets", "press", "newspapers", "broadcasters"}
NON_STATE_HEADS = lexicon().word_set("non_state_heads")
NON_PERSON_HEADS = lexicon().non_person_heads
# Words of a role that may introduce a sentence's subject ('Liverpool boss Arne Slot', 'Former City defender …')
ROLE_PREFIX_WORDS = (
    lexicon().word_set("personal_nouns")
    | lexicon().word_set("organisation_roles")
    | lexicon().titles
    | lexicon().word_set("role_prefix_words")
)
SUBJECT_ROLE_WORDS = 5  # words of such a role before the name
AND_BODY_WORDS = 3  # capitalised words after 'and' up to a body's head ('Iron and Steel Complex')
ORGANISATION_ROLES = lexicon().word_set("organisation_roles")
TITLES_AND_ROLES = ORGANISATION_ROLES | lexicon().titles
APPOSITIVE_OUTLET_NOUNS = "|".join(
    sorted((re.escape(n) for n in lexicon().word_set("outlet_appositive_nouns")), key=len, reverse=True)
)
DESCRIBED_OUTLET = re.compile(  # "Meduza, an independent Russian outlet", "Dong-A Ilbo, a conservative daily"
    r"(?<![\w.’'])(?P<name>[A-Z][\w&'’.\-]*(?: [A-Z][\w&'’.\-]*){0,4}), (?:a|an) "
    rf"(?P<description>(?:[\w'’\-]+ ){{0,5}}?)(?:{APPOSITIVE_OUTLET_NOUNS})\b"
)
# "Venezuelan state television VTV", "the state-run broadcaster RTS": a description, a media noun, then the name
OUTLET_NOUN_BEFORE_NAME = "|".join(
    sorted((re.escape(n) for n in lexicon().word_set("outlet_nouns_before_names")), key=len, reverse=True)
)
OUTLET_NAMED_AFTER = re.compile(
    rf"\b(?P<noun>{OUTLET_NOUN_BEFORE_NAME}|TV) (?P<name>[A-Z][\w&'’.\-]*(?: [A-Z][\w&'’.\-]*){{0,3}})(?![\w&'’\-])"
)
# "the judiciary's Mizan news agency", "Hezbollah's Al-Manar television": a name, then the lower-case media noun
OUTLET_NAMED_BEFORE = re.compile(
    r"(?P<name>[A-Z][\w&'’.\-]*(?: [A-Z][\w&'’.\-]*){0,3}) "
    r"(?P<noun>news agency|newspaper|daily|television|broadcaster|tv channel|radio station|news website)\b"
)
# owners whose outlets speak for the state: "the judiciary's Mizan news agency", "the army's newspaper"
STATE_OWNERS = lexicon().word_set("state_owners")
DESCRIPTION_BEFORE = re.compile(r"(?:[\w'’\-]+ ){1,4}$")  # the words before the media noun
DESCRIPTION_REACH = 60  # characters searched for them
DESCRIPTION_WORDS = 4  # and how many of their last words count
# "an op-ed for", "a column in": a piece of writing and the publication it was written for
WRITTEN_FOR = re.compile(
    r"(?:an? |the |his |her |their )?(?:op-eds?|columns?|articles?|essays?|pieces?|commentar(?:y|ies)) (?:for|in) "
)
PRIVATE_PERSON_HEADS = lexicon().word_set("private_person_heads")
PLACE_PREPOSITIONS = frozenset({"in", "from", "near", "outside", "on"})  # "a shopkeeper in Dhaka"
# participles after a private person's noun that say whom they work for ("a nurse working for the ministry")
EMPLOYED_PARTICIPLES = frozenset({"working", "serving", "representing", "employed"})
AGE_WORDS = lexicon().word_set("age_words")
HEAD_REACH = 4  # words of an appositive searched for its head noun ("a retired teacher")
TITLE_REACH = 40  # characters before a name searched for its title ('Saudi Crown Prince')
UNNAMED_QUANTIFIERS = lexicon().word_set("unnamed_quantifiers")
MEMBERSHIP_LINKS = lexicon().word_set("membership_links")
UNNAMED_HEAD_REACH = 5  # words from "a" to the head noun: "a senior U.S. defense official at ..."
UNNAMED_MARKERS = lexicon().word_set("unnamed_markers")
ANONYMOUS_HEADS = lexicon().word_set("anonymous_heads")
# words that end in a preposition before a name describe something else: the one a role serves ("a spokesperson
# for Swift", "an adviser to Trump"), or what someone did to the name ("the justice sounded off on Trump")
PRINCIPAL_BEFORE = re.compile(
    r"\b(?:for|to|on|with|at|by|about|against|from|of|as|than|like|toward|towards|before|after|over|behind)\s*$"
)
# words that end what describes a name after them: a clause comes between ("an activist who spoke before Sanders")
CLAUSE_BREAKS = ("that", "who", "which", "was", "is", "were", "are", "has", "had", "says")
# a role before 'at' and the name of where its holder works ("an economist at Pantheon Macroeconomics")
WORKPLACE_ROLES = (
    lexicon().word_set("unnamed_person_heads")
    | lexicon().word_set("organisation_roles")
    | frozenset({"economists", "analysts", "strategists", "fellow", "partner", "researchers"})
)
# words after the head noun of an unnamed source ("a source | in the ministry", "an official | familiar with")
HEAD_ENDERS = PREPOSITIONS | {"who", "familiar", "close", "briefed", "speaking", "involved"}
SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9])\.\s+|\n")  # not the dots of "U.S."
ACRONYM_DEFINITION = re.compile(
    r"((?:[A-Z][\w.&'’-]*\s+(?:(?:of|for|and|the|&)\s+)*){1,8})\((?P<acronym>[A-Z][A-Z0-9&.-]{1,9})\)"
)
UNNAMED_PERSON_HEADS = lexicon().word_set("unnamed_person_heads")
INDEFINITE = frozenset({"a", "an", "another", "one"})
REMARK_NOUNS = "|".join(sorted(lexicon().word_set("remark_nouns")))
REMARKS_BY = re.compile(  # "the remarks by Ramin Mehmanparast"
    rf"\b(?:{REMARK_NOUNS})\b[^.\n]{{0,40}}?\bby\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})"
)
CARRIER_PARTICIPLES = lexicon().word_set("carrier_participles")  # "a speech broadcast on ..."
CARRIER_LINKS = frozenset({"on", "by", "in", "via"})
STUDY_FIELDS = frozenset({"studies", "affairs", "relations", "unification"})  # "Institute for Korean Studies"
OPENING_PREPOSITIONS = frozenset({"according", "for", "to", "unlike", "like", "with", "after", "despite"})
MEMBER_OF = re.compile(r" (?:of|at|from) (?:the )?[A-Z]")  # "Helen Fricker of the Scripps Institution"
ACRONYM_LETTERS = (2, 6)  # an acronym of a name just quoted: 'the JCS', 'the MFA'
DEPUTY_WORDS = frozenset({"vice", "deputy", "acting", "former", "ex"})  # "Vice President", "former President"
# the titles a "head of state" or "head of government" may hold (the role word is the phrase's last)
HEAD_OF = {
    "state": frozenset({"president", "king", "queen", "emir", "sultan", "monarch", "leader"}),
    "government": frozenset({"prime", "premier", "chancellor", "president"}),
    "leader": frozenset({"president", "prime", "premier", "chancellor", "king", "queen", "emir", "sultan", "chairman"}),
}
SPOKESPERSON_WORDS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources"}
)
# the body that speaks for an office-holder: "his press service", "her office" (not her aides or campaign)
ENTOURAGE_NOUNS = frozenset(
    {"press service", "press office", "office", "administration", "government", "chancellery", "secretariat"}
)
AGENT_NOUNS = lexicon().word_set("agent_nouns")  # "Its lawyers wrote": they speak for the body 'its' means
OFFICE_NOUNS = lexicon().word_set("office_nouns")  # "Zelensky's office": it works for the office-holder
PART_WORDS = frozenset({"one", "two", "three", "some", "several", "many", "most", "both", "all", "none", "each"})
PERSONAL_NOUNS = lexicon().word_set("personal_nouns")  # "the Portuguese coach", "the veteran striker"
# callings held in some body: "the campaign manager" or "the agency's director" may be anyone's
HELD_CALLINGS = frozenset({"manager", "director", "captain", "skipper", "designer", "coach"})
# demonyms that also name the whole people: "the French said" is France, "the German said" one person
COLLECTIVE_DEMONYM_ENDINGS = ("ese", "ch", "sh", "ss", "i")
DIPLOMATIC_TITLES = frozenset({"ambassador", "envoy", "consul", "diplomat", "chargé", "charge"})
FOREIGN_SERVICE_ROLES = frozenset({"minister", "ministry", "spokesman", "spokeswoman", "spokesperson", "secretary"})
# common nouns that, after a name no rule knows, make it an outlet: "Al-Manar television"
OUTLET_TYPE_NOUNS = lexicon().word_set("outlet_nouns") | {"television", "tv", "radio"}
# what a party or state may own as an outlet; a ministry's own website is the ministry speaking, not an organ
ORGAN_NOUNS = (OUTLET_TYPE_NOUNS - {"website"}) | {"mouthpiece", "organ", "broadcaster"}
FEMALE_WORDS = lexicon().word_set("female_words")  # she, Mrs, wife, spokeswoman ...
MALE_WORDS = lexicon().word_set("male_words")
FEMALE_NAMES = lexicon().word_set("female_names")  # given names, the first word of a full name
MALE_NAMES = lexicon().word_set("male_names")
PUBLISHED_NOUNS = lexicon().word_set("published_nouns")
POSSESSIVE_PRONOUNS = {"his": "he", "its": "it", "their": "they"}  # "her" is a person pronoun already
PRONOUN_GENDER = {"she": "female", "her": "female", "he": "male", "him": "male"}
GENDER_OF_HONORIFIC = {"mrs": "female", "ms": "female", "miss": "female", "mr": "male"}
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "madam", "madame", "king", "queen", "prince", "princess", "sheikh"})
