"""What `label` returns: typed, frozen statements with exact offsets (report format v1).

Plain frozen dataclasses: a report is built for every article of an archive, and the
pre-publication check must start without importing a validation library.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any, Literal

REPORT_VERSION = 1


def record_dict(record: Any) -> dict[str, Any]:
    """A flat dataclass record as a dictionary, in field order (the order of the report format)."""
    return {field.name: getattr(record, field.name) for field in fields(record)}


@dataclass(frozen=True, slots=True)
class ContentSpan:
    start: int
    end: int
    text: str
    line: int
    column: int

    def to_dict(self) -> dict[str, Any]:
        return record_dict(self)


@dataclass(frozen=True, slots=True)
class CueSpan:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return record_dict(self)


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A speaker or channel: the words in the article and what they were resolved to."""

    text: str
    name: str
    entity: str | None
    type: str | None
    start: int
    end: int
    # a person the article names ('Kim Jong Un', or 'he' and 'Kim' for him); False for bodies, outlets and
    # unnamed people ('a senior official')
    named_person: bool = False

    def to_dict(self) -> dict[str, Any]:
        return record_dict(self)


@dataclass(frozen=True, slots=True)
class Statement:
    kind: Literal["direct", "partial", "indirect"]
    content: ContentSpan
    cue: CueSpan | None
    speaker: SourceRef | None
    channels: tuple[SourceRef, ...]
    source_type: str
    speaker_type: str | None
    chain: tuple[str, ...]
    reason: str

    def explain(self) -> str:
        """One line saying why the statement has its source type."""
        return self.reason

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "content": self.content.to_dict(),
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "channels": [c.to_dict() for c in self.channels],
            "source_type": self.source_type,
            "speaker_type": self.speaker_type,
            "chain": list(self.chain),
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Report:
    statements: tuple[Statement, ...]
    path: str | None = None
    version: int = REPORT_VERSION

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data, in the field order of report format v1."""
        return {"path": self.path, "version": self.version, "statements": [s.to_dict() for s in self.statements]}

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
