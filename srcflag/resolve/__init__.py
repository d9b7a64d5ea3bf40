"""From phrases to sources: entities, types and countries, with references resolved in the article.

The resolver is built in layers, each a module that reads one kind of thing in the article: countries,
outlets, descriptions, people and what refers back to them; `resolver` asks them in order.
"""

from __future__ import annotations

from srcflag.resolve.resolver import Resolver
from srcflag.resolve.sources import Mention, Source

__all__ = ["Mention", "Resolver", "Source"]
