"""A sweep's history and the burn-down towards the deadlines: ``--history DIR`` keeps each
report with its time; ``evidence-audit progress DIR`` shows, per unit, the failing items
of every sweep and the days left before the items fall due.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import EvidenceAuditError
from .diff import DiffError, load_report, same_archive
from .output import write_atomic

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(\d{8}-\d{6})(?:-\d+)?\.json$")
_FAILING = frozenset({"missing", "insufficient", "defective"})


class HistoryError(EvidenceAuditError):
    """A history folder that cannot be read or written."""


def save_to_history(
    document: Mapping[str, Any], folder: str | os.PathLike[str], when: dt.datetime
) -> Path:
    """Store a report in ``folder`` as ``YYYYMMDD-HHMMSS.json`` (written whole or not at
    all: a temporary file beside it, then renamed)."""
    target_dir = Path(folder)
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        stem = when.strftime(_STAMP)
        target, n = target_dir / f"{stem}.json", 1
        while target.exists():
            n += 1
            target = target_dir / f"{stem}-{n}.json"
        data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
        write_atomic(target, lambda stream: stream.write(data))
    except OSError as exc:
        raise HistoryError(f"无法写入历史目录 {folder}：{exc.strerror or exc}") from exc
    return target


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One sweep of the history: when, and what each unit still had to do."""

    when: dt.datetime
    path: str
    as_of: str | None
    failing: Mapping[str, int]  # unit → failing required items
    open_problems: Mapping[str, int]  # unit → problems of the list not closed
    listed: bool = False  # the sweep had a problem list (else its problem counts are unknown)

    @property
    def total(self) -> int:
        return sum(self.failing.values())

    @property
    def total_problems(self) -> int:
        return sum(self.open_problems.values())


@dataclass(frozen=True, slots=True)
class UnitDue:
    """A unit's nearest due date among its failing items in the latest sweep."""

    due: str | None
    days_left: int | None


@dataclass(frozen=True, slots=True)
class Progress:
    """Failing items per unit over time, towards the deadlines."""

    ruleset_id: str
    ruleset_title: str
    archive: str
    deadline: str | None
    as_of: str | None  # of the latest sweep
    units: tuple[str, ...]
    snapshots: tuple[Snapshot, ...]  # oldest first
    dues: Mapping[str, UnitDue]
    left_out: tuple[str, ...] = ()  # files of the folder not taken, with why
    required_label: str = ""  # the ruleset's word for required items

    @property
    def failing_title(self) -> str:
        """What the counts are, in the ruleset's words."""
        return f"不齐全的{self.required_label}事项"

    @property
    def days_left(self) -> int | None:
        if self.deadline is None or self.as_of is None:
            return None
        return (dt.date.fromisoformat(self.deadline) - dt.date.fromisoformat(self.as_of)).days

    @property
    def has_problems(self) -> bool:
        return any(s.open_problems for s in self.snapshots)


def snapshot_of(document: Mapping[str, Any], when: dt.datetime, path: str = "") -> Snapshot:
    """The counts of one report."""
    failing = {
        u["unit"]: sum(
            1
            for i in u["items"]
            if i.get("severity", "required") == "required"
            and i["status"] in _FAILING
            and not i.get("attestation")
        )
        for u in document["units"]
        if u.get("type") != "unknown"
    }
    problems: dict[str, int] = {}
    for r in document.get("rectification", ()):
        if r["status"] != "closed":
            problems[r["unit"]] = problems.get(r["unit"], 0) + 1
    listed = bool(document.get("rectification"))
    return Snapshot(when, path, document.get("as_of"), failing, problems, listed)


def load_progress(
    folder: str | os.PathLike[str],
    current: Mapping[str, Any] | None = None,
    now: dt.datetime | None = None,
) -> Progress:
    """The burn-down of a history folder (plus ``current``, a report not saved there).

    Reports of another ruleset or archive than the latest are left out, and said so.
    """
    root = Path(folder)
    if not root.is_dir():
        raise HistoryError(f"历史目录不存在：{folder}")
    found: list[tuple[dt.datetime, str, dict[str, Any]]] = []
    left_out: list[str] = []
    for path in sorted(root.glob("*.json")):
        try:
            document = load_report(path)
        except DiffError as exc:
            left_out.append(f"{path.name}：{exc}")
            continue
        found.append((_time_of(path), path.name, document))
    if current is not None:
        found.append((now or dt.datetime.now(), "（本次检查）", dict(current)))
    if not found:
        raise HistoryError(f"历史目录中没有报告：{folder}")
    found.sort(key=lambda f: f[0])
    latest = found[-1][2]
    kept = []
    for when, name, document in found:
        if document["ruleset"]["id"] != latest["ruleset"]["id"]:
            left_out.append(f"{name}：规则集为 {document['ruleset']['id']}，与最新报告不同")
        elif not same_archive(document["archive"], latest["archive"]):
            left_out.append(f"{name}：档案为 {document['archive']}，与最新报告不同")
        else:
            kept.append(snapshot_of(document, when, name))
    units = tuple(dict.fromkeys(u for s in reversed(kept) for u in (*s.failing, *s.open_problems)))
    return Progress(
        ruleset_id=latest["ruleset"]["id"],
        ruleset_title=latest["ruleset"].get("title", ""),
        archive=latest["archive"],
        deadline=latest["ruleset"].get("deadline"),
        as_of=latest.get("as_of"),
        units=units,
        snapshots=tuple(kept),
        dues=_dues(latest),
        left_out=tuple(left_out),
        required_label=latest["ruleset"].get("labels", {}).get("required", ""),
    )


def _time_of(path: Path) -> dt.datetime:
    m = _NAME.match(path.name)
    if m:
        return dt.datetime.strptime(m[1], _STAMP)
    return dt.datetime.fromtimestamp(path.stat().st_mtime)


def _dues(document: Mapping[str, Any]) -> dict[str, UnitDue]:
    out = {}
    for u in document["units"]:
        failing = [
            i
            for i in u["items"]
            if i.get("severity", "required") == "required"
            and i["status"] in _FAILING
            and not i.get("attestation")
            and i.get("due")
        ]
        if failing:
            first = min(failing, key=lambda i: i["due"])
            out[u["unit"]] = UnitDue(first["due"], first.get("days_left"))
    return out


def snapshot_labels(snapshots: Sequence[Snapshot]) -> list[str]:
    """Short column titles: the day (MM-DD), with the time when a day has several sweeps."""
    days = [s.when.date() for s in snapshots]
    return [
        s.when.strftime("%m-%d %H:%M")
        if days.count(s.when.date()) > 1
        else s.when.strftime("%m-%d")
        for s in snapshots
    ]


def render_progress(progress: Progress) -> str:
    """The burn-down as a table for the console."""
    return "\n".join(_progress_lines(progress)) + "\n"


def _progress_lines(p: Progress) -> Iterable[str]:
    yield f"整改进度：{p.ruleset_title}（{p.ruleset_id}）　档案：{p.archive}"
    deadline = ""
    if p.deadline:
        left = p.days_left
        deadline = f"　截止 {p.deadline}" + (f"（{_days(left)}）" if left is not None else "")
    first, last = p.snapshots[0], p.snapshots[-1]
    yield (
        f"共 {len(p.snapshots)} 次检查（{first.when:%Y-%m-%d %H:%M} 至 {last.when:%Y-%m-%d %H:%M}）"
        f"{deadline}"
    )
    yield ""
    labels = snapshot_labels(p.snapshots)
    header = ["单位", *labels, "最近期限", "剩余"]
    rows = []
    for unit in p.units:
        due = p.dues.get(unit)
        rows.append(
            [
                unit,
                *(str(s.failing.get(unit, "-")) for s in p.snapshots),
                due.due if due and due.due else "",
                _days(due.days_left) if due and due.days_left is not None else "",
            ]
        )
    rows.append(["合计", *(str(s.total) for s in p.snapshots), "", ""])
    yield f"{p.failing_title}（项）："
    yield from _table(header, rows)
    if p.has_problems:
        yield ""
        yield "未整改的问题（个）："
        problem_units = [u for u in p.units if any(s.open_problems.get(u) for s in p.snapshots)]
        rows = [
            [u, *(str(s.open_problems.get(u, 0)) if s.listed else "-" for s in p.snapshots)]
            for u in problem_units
        ]
        rows.append(["合计", *(str(s.total_problems) if s.listed else "-" for s in p.snapshots)])
        yield from _table(["单位", *labels], rows)
    for note in p.left_out:
        yield f"未计入：{note}"


def _days(left: int) -> str:
    if left > 0:
        return f"剩 {left} 天"
    return "今天到期" if left == 0 else f"逾期 {-left} 天"


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> Iterable[str]:
    widths = [max(_width(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        out = []
        for i, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            pad = " " * (width - _width(cell))
            out.append(cell + pad if i == 0 else pad + cell)
        return "  " + "  ".join(out).rstrip()

    yield line(header)
    for row in rows:
        yield line(row)
