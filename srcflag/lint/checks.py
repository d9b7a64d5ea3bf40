"""The checks of `srcflag check`: stable codes and names, default severities, help texts."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]

    @property
    def sarif_level(self) -> str:
        return {"info": "note", "warning": "warning", "error": "error"}[self.value]


@dataclass(frozen=True)
class Check:
    code: str
    name: str
    severity: Severity
    summary: str
    help: str


CHECKS: tuple[Check, ...] = (
    Check(
        "SF001",
        "undisclosed-state-media",
        Severity.ERROR,
        "State media cited without telling the reader what it is",
        "A state-controlled outlet is quoted or relayed, and nothing near its first mention says so. Describe it"
        ' where it is first named ("North Korea\'s state-run KCNA", "the party newspaper Rodong Sinmun").',
    ),
    Check(
        "SF002",
        "state-media-sourced",
        Severity.INFO,
        "Statement that reached the article only through state media",
        "The reader has this statement only from a state-controlled outlet. Consider whether it needs"
        " independent confirmation or an explicit caveat.",
    ),
    Check(
        "SF003",
        "unattributed-quotation",
        Severity.WARNING,
        "Direct quotation with no speaker anywhere",
        "A whole quotation stands in the article with no speaker given anywhere near it. Say who said it.",
    ),
    Check(
        "SF004",
        "anonymous-source",
        Severity.INFO,
        "Statement from an anonymous source",
        "The source is deliberately unnamed. Newsroom policy usually asks why anonymity was granted to be stated.",
    ),
    Check(
        "SF005",
        "unknown-outlet",
        Severity.INFO,
        "Outlet named as a source that no rule knows",
        "srcflag has no rule for this outlet, so it cannot tell whether it is state-controlled. Add one:"
        " `srcflag rules new COUNTRY/SLUG` (see CONTRIBUTING.md).",
    ),
    Check(
        "SF900",
        "unused-suppression",
        Severity.WARNING,
        "A suppression comment that silences nothing",
        "Remove the `srcflag-disable` or `srcflag-ignore-next` comment, or fix the check codes it names.",
    ),
)

BY_CODE = {check.code: check for check in CHECKS}
BY_NAME = {check.name: check for check in CHECKS}


def lookup(code_or_name: str) -> Check | None:
    return BY_CODE.get(code_or_name.upper()) or BY_NAME.get(code_or_name.lower())
