"""Labelling archives with dask: a bag of texts, or a text column of a dask dataframe.

    pip install "srcflag[dask]"

    from srcflag.dask import label_bag, label_column
    reports = label_bag(dask.bag.from_sequence(texts, npartitions=64))        # a bag of report dicts
    df["statements"] = label_column(df["text"])                              # a series of JSON strings

Each partition labels its texts with one compiled matcher; the rule set travels with the
task graph once per partition (it pickles cheaply).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from srcflag.label import bundled_ruleset, label
from srcflag.ruleset.ruleset import RuleSet


def _label_partition(texts: Iterable[str], ruleset: RuleSet) -> list[dict[str, Any]]:
    return [label(text, ruleset=ruleset).to_dict() for text in texts]


def label_bag(bag: Any, ruleset: RuleSet | None = None) -> Any:
    """A dask bag of report dictionaries (report format v1), one per text, in the bag's order."""
    rules = ruleset if ruleset is not None else bundled_ruleset()
    return bag.map_partitions(_label_partition, ruleset=rules)


def _label_series(series: Any, ruleset: RuleSet) -> Any:
    return series.map(lambda text: label(text, ruleset=ruleset).to_json())


def label_column(column: Any, ruleset: RuleSet | None = None) -> Any:
    """A dask series of report JSON strings for a dask series (dataframe column) of texts."""
    rules = ruleset if ruleset is not None else bundled_ruleset()
    return column.map_partitions(_label_series, rules, meta=(column.name, "object"))
