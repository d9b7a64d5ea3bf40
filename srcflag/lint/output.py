"""Findings as text for people, JSON, SARIF 2.1.0 for code scanning, and GitHub annotations."""

from __future__ import annotations

import json
from typing import Any

from srcflag.lint.checks import CHECKS, Severity
from srcflag.lint.findings import Finding
from srcflag.version import __version__

_COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_RESET = "\033[0m"


def as_text(findings: list[Finding], *, colour: bool = False) -> str:
    lines = []
    for finding in findings:
        code = finding.code
        if colour:
            code = f"{_COLOURS[finding.severity]}{code}{_RESET}"
        lines.append(f"{finding.path}:{finding.line}:{finding.column}: {code} {finding.message}")
    return "\n".join(lines)


def as_json(findings: list[Finding]) -> str:
    return json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=1)


def as_sarif(findings: list[Finding]) -> str:
    rules: list[dict[str, Any]] = [
        {
            "id": check.code,
            "name": check.name,
            "shortDescription": {"text": check.summary},
            "fullDescription": {"text": check.help},
            "help": {"text": check.help},
            "defaultConfiguration": {"level": check.severity.sarif_level},
        }
        for check in CHECKS
    ]
    index = {check.code: i for i, check in enumerate(CHECKS)}
    results = [
        {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": f.severity.sarif_level,
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": f.path.replace("\\", "/")},
                        "region": {
                            "startLine": f.line,
                            "startColumn": f.column,
                            "endLine": f.end_line,
                            "endColumn": f.end_column,
                        },
                    }
                }
            ],
        }
        for f in findings
    ]
    sarif = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "srcflag", "version": __version__, "rules": rules}},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=1)


def _escape(text: str, *, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def as_github(findings: list[Finding]) -> str:
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    lines = []
    for f in findings:
        properties = (
            f"file={_escape(f.path, property_value=True)},line={f.line},col={f.column},"
            f"endLine={f.end_line},endColumn={f.end_column},title={_escape(f.code + ' ' + f.name, property_value=True)}"
        )
        lines.append(f"::{level[f.severity]} {properties}::{_escape(f.message)}")
    return "\n".join(lines)
