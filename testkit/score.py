"""How an audit compares with the truth of a generated archive.

The truth (written by a generator): ``units`` {name: type}, ``files`` {path: {kind, date}}
(a null kind: the file must be skipped as noise or as lying outside any unit), ``items``
{unit: {item: status}} for the applicable items, and optionally ``checks`` {check:
status}. :func:`score` counts agreements and lists every disagreement;
``bench/accuracy.py`` prints them, ``tests/test_accuracy_bench.py`` holds them to
thresholds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from evidence_audit import Report

__all__ = ["FAILING", "Score", "score"]

#: The statuses that call for action.
FAILING = frozenset({"missing", "insufficient", "defective"})


@dataclass(frozen=True)
class Ratio:
    ok: int
    n: int

    @property
    def value(self) -> float:
        return self.ok / self.n if self.n else 1.0

    def __str__(self) -> str:
        return f"{self.ok}/{self.n} = {100.0 * self.value:.1f}%" if self.n else "n/a"


@dataclass
class Score:
    """Agreement of one audit with one truth, and every disagreement."""

    kinds: Ratio  # every truth file: its kind, noise skipped
    evidence_kinds: Ratio  # files whose true kind is not "other"
    dates: Ratio  # files with a kind that were analysed
    units: Ratio
    items: Ratio
    checks: Ratio
    #: items the truth says fail but the audit calls present: false assurance
    failing_reported_present: list[tuple[str, str, str]] = field(default_factory=list)
    present_reported_failing: list[tuple[str, str, str]] = field(default_factory=list)
    kind_misses: list[tuple[str, str | None, str]] = field(default_factory=list)
    date_misses: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    item_misses: list[tuple[str, str, str, str]] = field(default_factory=list)
    check_misses: list[tuple[str, str, str]] = field(default_factory=list)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    def summary(self) -> str:
        return (
            f"kinds {self.kinds}; evidence kinds {self.evidence_kinds}; dates {self.dates}; "
            f"items {self.items}; checks {self.checks}; "
            f"failing items reported present: {len(self.failing_reported_present)}"
        )


def score(report: Report, truth: Mapping[str, Any]) -> Score:
    """Compare ``report`` with ``truth`` (see the module docstring)."""
    files = {f.path: f for f in report.files}
    skipped = {s.path for s in report.skipped}
    tf: Mapping[str, Mapping[str, Any]] = truth["files"]

    kind_ok = 0
    kind_misses: list[tuple[str, str | None, str]] = []
    for path, t in sorted(tf.items()):
        want = t["kind"]
        rec = files.get(path)
        got = rec.kind if rec else ("(skipped)" if path in skipped else "(absent)")
        if (want is None and rec is None and path in skipped) or (rec and rec.kind == want):
            kind_ok += 1
        else:
            kind_misses.append((path, want, got))
    evidence = [p for p, t in tf.items() if t["kind"] not in (None, "other")]
    ev_ok = sum(1 for p in evidence if p in files and files[p].kind == tf[p]["kind"])

    analysed = [p for p, t in sorted(tf.items()) if t["kind"] is not None and p in files]
    date_misses: list[tuple[str, str | None, str | None]] = []
    for p in analysed:
        found = files[p].date
        date = found.isoformat() if found else None
        if date != tf[p]["date"]:
            date_misses.append((p, tf[p]["date"], date))

    units = {u.unit: u for u in report.units}
    unit_ok = sum(1 for name, typ in truth["units"].items()
                  if name in units and units[name].type == typ)  # fmt: skip

    item_total = item_ok = 0
    item_misses: list[tuple[str, str, str, str]] = []
    confusion: Counter[tuple[str, str]] = Counter()
    for unit, items in sorted(truth["items"].items()):
        got_items = {i.item: i.status for i in units[unit].items} if unit in units else {}
        for item, want in sorted(items.items()):
            got = got_items.get(item, "(absent)")
            item_total += 1
            confusion[(want, got)] += 1
            if got == want:
                item_ok += 1
            else:
                item_misses.append((unit, item, want, got))
        for item, got in sorted(got_items.items()):
            if item not in items and got != "not_applicable":
                item_misses.append((unit, item, "not_applicable", got))
    failing_present = [(u, i, w) for u, i, w, g in item_misses if w in FAILING and g == "present"]
    present_failing = [(u, i, g) for u, i, w, g in item_misses if w == "present" and g in FAILING]

    checks = {c.check: c.status for c in report.checks}
    want_checks: Mapping[str, str] = truth.get("checks", {})
    check_misses = [(c, w, checks.get(c, "(absent)")) for c, w in sorted(want_checks.items())
                    if checks.get(c) != w]  # fmt: skip

    return Score(
        kinds=Ratio(kind_ok, len(tf)),
        evidence_kinds=Ratio(ev_ok, len(evidence)),
        dates=Ratio(len(analysed) - len(date_misses), len(analysed)),
        units=Ratio(unit_ok, len(truth["units"])),
        items=Ratio(item_ok, item_total),
        checks=Ratio(len(want_checks) - len(check_misses), len(want_checks)),
        failing_reported_present=failing_present,
        present_reported_failing=present_failing,
        kind_misses=kind_misses,
        date_misses=date_misses,
        item_misses=item_misses,
        check_misses=check_misses,
        confusion=confusion,
    )
