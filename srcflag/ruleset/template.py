"""The commented starting point written by `srcflag rules new COUNTRY/SLUG`."""

from __future__ import annotations

import datetime as dt

TEMPLATE = """\
# yaml-language-server: $schema={schema}
# A new srcflag rule. Every field is described in CONTRIBUTING.md; `srcflag rules check --strict {path}`
# and `srcflag rules test {path}` tell you what is still missing.
name: {name}                      # the usual English name
aliases: []                      # every other spelling: abbreviations, native script, romanisations;
                                  # short abbreviations as {{text: ABC, case_sensitive: true}}
nouns: []                         # what an article calls it later: [agency], [newspaper, paper]
type: state_media                 # state_media, public_media, independent_media, government,
                                  # political_party, intergovernmental, think_tank, academic, ngo, company
media_model: state_controlled     # media only: state_controlled, party_organ, captured_public,
                                  # captured_private, state_funded_independent,
                                  # independent_public_service, independent
country: {country}
affiliations: []                  # - entity: xx/owner-id
                                  #   relation: controlled_by   # organ_of, owned_by, controlled_by,
                                  #                             # funded_by, part_of, member_of, leader_of
                                  #   evidence:
                                  #     - claim: What the source shows, in your own words.
                                  #       url: https://...
                                  #       seen: {today}
domains: []                       # [example.com]
evidence:                         # at least one public source for the classification
  - claim: What the source shows, in your own words.
    url: https://example.org/replace-this-source
    seen: {today}
reviewed: {today}
examples:
  match:                          # sentences (your own) in which it is cited as a source
    - The plan will fail, {name} said.
    - The minister's visit was a success, {name} reported.
  no_match:                       # similar sentences in which it must not be found
    - The weather was fine on Monday.
"""


def rule_template(rule_id: str, schema: str, today: dt.date | None = None) -> str:
    country, _, slug = rule_id.partition("/")
    name = " ".join(part.capitalize() for part in slug.replace("_", "-").split("-"))
    return TEMPLATE.format(
        schema=schema,
        path=f"rules/{rule_id}.yaml",
        name=name,
        country=country.upper() if country != "intl" else "null",
        today=(today or dt.date.today()).isoformat(),
    )
