"""The report as one self-contained HTML page, for people who would rather look than read.

A unit × area grid coloured by status, the negative-list checks first, filters by unit,
status and area, each item opening to its files, reasons and problems, the problem list
tracked to closure and, with a history, the burn-down chart. Everything is inline (styles,
script, the chart as SVG): the page opens from a file share without any network. It is
rendered from the report's view (masked once) with Jinja2, autoescaping on.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

import jinja2

from ..models import CombinedReport, Report
from .output import write_atomic
from .progress import Progress, snapshot_labels
from .view import STATUS_TITLES, ItemView, ReportView, SweepView, UnitView, sweep_view_of, view_of

_TEMPLATE = "report.html.j2"
_SWEEP_TEMPLATE = "sweep.html.j2"
# The order in which statuses colour a grid cell: the worst one present wins.
_WORST = ("missing", "defective", "insufficient", "attested", "present", "not_applicable")


@dataclass(frozen=True, slots=True)
class Cell:
    """One unit × area square of the grid."""

    unit: str
    area: str
    status: str  # the worst status of its required items ("" when none apply)
    present: int
    total: int
    overdue: bool
    bonus_missing: int

    @property
    def label(self) -> str:
        return f"{self.present}/{self.total}" if self.total else "—"


@dataclass(frozen=True, slots=True)
class Series:
    """One line of the burn-down chart, in SVG coordinates."""

    name: str
    points: str  # "x,y x,y ..."
    dots: tuple[tuple[float, float, int], ...]
    total: bool


@dataclass(frozen=True, slots=True)
class Chart:
    width: int
    height: int
    left: int
    top: int
    plot_width: float
    plot_height: float
    series: tuple[Series, ...]
    x_ticks: tuple[tuple[float, str], ...]
    y_ticks: tuple[tuple[float, int], ...]
    deadline_x: float | None
    deadline_label: str
    ideal: str  # the straight line from the first total to zero at the deadline


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("evidence_audit.report", "templates"),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_sweep_html(sweep: CombinedReport | SweepView) -> str:
    """A sweep of several archives as one page: the line of each archive, then each
    archive's own page (in a frame of the page, self-contained as the page is)."""
    view = sweep if isinstance(sweep, SweepView) else sweep_view_of(sweep)
    return (
        _environment()
        .get_template(_SWEEP_TEMPLATE)
        .render(
            view=view,
            labels=view.labels,
            pages=[(archive, render_html(archive)) for archive in view.archives],
            generated=dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        )
    )


def render_html(report: Report | ReportView, progress: Progress | None = None) -> str:
    """The page as text."""
    view = report if isinstance(report, ReportView) else view_of(report)
    environment = _environment()
    areas = _areas(view)
    # Only the files an item names are shown: the page holds those, never the whole list.
    named = {
        path
        for u in view.units
        for i in u.items
        for path in (*i.files, *(p.file for p in i.problems if p.file))
    }
    files = {f.path: f for f in view.files if f.path in named}
    return environment.get_template(_TEMPLATE).render(
        view=view,
        labels=view.labels,
        areas=areas,
        grid=[(u, [_cell(u, code, title) for code, title in areas]) for u in _units(view)],
        units=_units(view),
        unknown=[u for u in view.units if u.type == "unknown"],
        statuses=[
            (s, STATUS_TITLES.get(s, s))
            for s in ("missing", "defective", "insufficient", "present")
        ],
        files=files,
        file_of=lambda path: files.get(path),
        failing_required=sum(1 for u in view.units for i in u.required if i.failing),
        overdue=sum(1 for u in view.units for i in u.required if i.overdue),
        days_left=_days_between(view.as_of, view.deadline),
        rectification=sorted(view.rectification, key=lambda r: (not r.open, r.status != "overdue")),
        chart=_chart(progress) if progress is not None and progress.snapshots else None,
        progress=progress,
        progress_labels=snapshot_labels(progress.snapshots) if progress else [],
        generated=dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
    )


def write_html(
    report: Report | ReportView | CombinedReport | SweepView,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
) -> None:
    """Write the page to ``path`` atomically (never inside the archive: the caller
    checks); a sweep of several archives is one page with a line per archive and each archive's page."""
    if isinstance(report, CombinedReport | SweepView):
        text = render_sweep_html(report)
    else:
        text = render_html(report, progress)
    data = text.encode("utf-8")
    write_atomic(path, lambda stream: stream.write(data))


def _units(view: ReportView) -> list[UnitView]:
    return [u for u in view.units if u.type != "unknown"]


def _areas(view: ReportView) -> list[tuple[str, str]]:
    """(area id, title) in the ruleset's order, for areas that apply to some unit."""
    seen: dict[str, str] = {}
    for unit in view.units:
        for item in unit.items:
            if item.applicable:
                seen.setdefault(item.area, item.area_title)
    order = [i.area for u in view.units for i in u.items]
    return sorted(seen.items(), key=lambda a: order.index(a[0]))


def _cell(unit: UnitView, area: str, title: str) -> Cell:
    items = [i for i in unit.items if i.area == area and i.applicable]
    required = [i for i in items if i.severity == "required"]
    bonus = [i for i in items if i.severity != "required"]
    statuses = {_status(i) for i in required}
    worst = next((s for s in _WORST if s in statuses), "")
    if not required and bonus:  # an area of bonus items only: no failure, a chance
        return Cell(unit.name, area, "bonus", sum(1 for i in bonus if not i.failing), len(bonus),
                    False, sum(1 for i in bonus if i.failing))  # fmt: skip
    return Cell(
        unit=unit.name,
        area=area,
        status=worst,
        present=sum(1 for i in required if not i.failing),
        total=len(required),
        overdue=any(i.overdue for i in required),
        bonus_missing=sum(1 for i in items if i.severity == "bonus" and i.failing),
    )


def _status(item: ItemView) -> str:
    return "attested" if item.attestation is not None and item.status != "present" else item.status


def _days_between(start: str | None, end: str | None) -> int | None:
    if start is None or end is None:
        return None
    return (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days


def _chart(progress: Progress, width: int = 760, height: int = 300) -> Chart:
    """The burn-down: the total and each unit's failing items per sweep, the deadline, and
    the straight line to zero on the deadline."""
    left, top, right, bottom = 44, 16, 120, 34
    plot_w, plot_h = width - left - right, height - top - bottom
    times = [s.when for s in progress.snapshots]
    deadline = (
        dt.datetime.combine(dt.date.fromisoformat(progress.deadline), dt.time(23, 59))
        if progress.deadline
        else None
    )
    start = times[0]
    end = max([times[-1], *([deadline] if deadline else [])])
    span = (end - start).total_seconds() or 1.0
    top_value = max([s.total for s in progress.snapshots] + [1])
    step = _nice_step(top_value)
    y_max = step * (top_value // step + 1)  # headroom above the highest point for its label

    def x(when: dt.datetime) -> float:
        return round(left + plot_w * (when - start).total_seconds() / span, 1)

    def y(value: float) -> float:
        return round(top + plot_h * (1 - value / y_max), 1)

    series = []
    for name, values, total in [
        ("合计", [s.total for s in progress.snapshots], True),
        *(
            (unit, [s.failing.get(unit, 0) for s in progress.snapshots], False)
            for unit in progress.units
        ),
    ]:
        dots = tuple((x(t), y(v), v) for t, v in zip(times, values, strict=True))
        series.append(Series(name, " ".join(f"{a},{b}" for a, b, _ in dots), dots, total))
    labels = snapshot_labels(progress.snapshots)
    ideal = ""
    if deadline is not None:
        ideal = f"{x(start)},{y(progress.snapshots[0].total)} {x(deadline)},{y(0)}"
    return Chart(
        width=width,
        height=height,
        left=left,
        top=top,
        plot_width=plot_w,
        plot_height=plot_h,
        series=tuple(series),
        x_ticks=tuple((x(t), label) for t, label in zip(times, labels, strict=True)),
        y_ticks=tuple((y(v), v) for v in range(0, y_max + 1, step)),
        deadline_x=x(deadline) if deadline else None,
        deadline_label=f"截止 {progress.deadline}" if progress.deadline else "",
        ideal=ideal,
    )


def _nice_step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if top / step <= 6:
            return step
    return int(10 ** len(str(top)))
