"""What `label` returns: typed, frozen statements with exact offsets (report format v1)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

REPORT_VERSION = 1


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ContentSpan(_Frozen):
    start: int
    end: int
    text: str
    line: int
    column: int


class CueSpan(_Frozen):
    start: int
    end: int
    text: str


class SourceRef(_Frozen):
    """A speaker or channel: the words in the article and what they were resolved to."""

    text: str
    name: str
    entity: str | None
    type: str | None
    start: int
    end: int


class Statement(_Frozen):
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


class Report(_Frozen):
    path: str | None = None
    version: int = REPORT_VERSION
    statements: tuple[Statement, ...]
