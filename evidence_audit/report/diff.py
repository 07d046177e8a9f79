"""What changed between two sweeps: ``evidence-audit diff OLD.json NEW.json``.

The comparison works on two reports' JSON contracts (masked already), so any two saved
reports can be compared, also ones written by an older version of the tool. For each
unit and item, cross-unit check and problem of the inspection's list it says what became
of it — fixed, regressed (was complete and no longer is: a file deleted or replaced),
new problem, still failing — and which files were added, removed or changed.
"""

from __future__ import annotations

import json
import os
import posixpath
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import EvidenceAuditError
from .view import CHECK_STATUS_TITLES, RECTIFICATION_TITLES, STATUS_TITLES

DIFF_VERSION = 1
#: The changes, in the order people read them: what got worse first.
CHANGES = ("regressed", "new_problem", "still_failing", "fixed")
CHANGE_TITLES: Mapping[str, str] = {
    "regressed": "退步",
    "new_problem": "新问题",
    "still_failing": "仍未解决",
    "fixed": "已解决",
}
_FAILING = frozenset({"missing", "insufficient", "defective"})
_ABSENT = "absent"  # the unit or item is not in that report
_SHOWN = 12  # still-failing items listed per unit on the console


class DiffError(EvidenceAuditError):
    """Two reports that cannot be compared (another ruleset, another archive, not a report)."""


@dataclass(frozen=True, slots=True)
class ItemChange:
    unit: str
    item: str
    title: str
    severity: str
    before: str  # a status, or "absent"
    after: str
    change: str  # one of CHANGES
    problems: tuple[str, ...] = ()  # the new report's problems of the item (why it fails)


@dataclass(frozen=True, slots=True)
class CheckChange:
    check: str
    title: str
    negative_list: bool
    before: str
    after: str
    change: str


@dataclass(frozen=True, slots=True)
class ProblemChange:
    id: str
    unit: str
    problem: str
    before: str  # closed | open | overdue | absent
    after: str
    change: str


@dataclass(frozen=True, slots=True)
class FileChange:
    path: str
    unit: str
    change: str  # added | removed | changed
    before_kind: str | None
    after_kind: str | None


@dataclass(frozen=True, slots=True)
class ReportDiff:
    """Every change between two reports of one archive under one ruleset."""

    ruleset_id: str
    ruleset_title: str
    archive: str
    before: Mapping[str, Any]  # {"path", "as_of", "tool"} of each report
    after: Mapping[str, Any]
    items: tuple[ItemChange, ...]
    checks: tuple[CheckChange, ...]
    problems: tuple[ProblemChange, ...]
    files: tuple[FileChange, ...]
    labels: Mapping[str, str]

    def count(self, change: str, *, required_only: bool = True) -> int:
        return sum(
            1
            for i in self.items
            if i.change == change and (not required_only or i.severity == "required")
        )

    @property
    def got_worse(self) -> bool:
        """True when anything regressed or a new problem appeared."""
        worse = ("regressed", "new_problem")
        return any(i.change in worse for i in self.items) or any(
            c.change in worse for c in self.checks
        )


def load_report(path: str | os.PathLike[str]) -> dict[str, Any]:
    """A report JSON file, checked to be one."""
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise DiffError(f"无法读取报告 {path}：{exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DiffError(f"不是有效的 JSON 报告：{path}（{exc}）") from exc
    if not isinstance(document, dict) or not {"ruleset", "units", "files", "checks"} <= set(
        document
    ):
        raise DiffError(f"不是 evidence-audit 的报告：{path}")
    return document


def same_archive(a: str, b: str) -> bool:
    """The same archive root: equal paths, or equal last folder names (a drive mapped under
    another letter, a share mounted elsewhere)."""
    na, nb = _norm(a), _norm(b)
    return na == nb or posixpath.basename(na) == posixpath.basename(nb)


def _norm(path: str) -> str:
    return posixpath.normpath(path.replace("\\", "/")).rstrip("/").casefold()


def compare_reports(
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    *,
    old_name: str = "",
    new_name: str = "",
    any_archive: bool = False,
) -> ReportDiff:
    """Compare two report documents; raises :class:`DiffError` when they are of different
    rulesets or (unless ``any_archive``) of different archives."""
    old_rules, new_rules = old["ruleset"]["id"], new["ruleset"]["id"]
    if old_rules != new_rules:
        raise DiffError(
            f"两份报告的规则集不同（{old_rules} 与 {new_rules}），不能比较：请用同一规则集重新检查"
        )
    if not any_archive and not same_archive(old["archive"], new["archive"]):
        raise DiffError(
            f"两份报告检查的不是同一个档案（{old['archive']} 与 {new['archive']}）；"
            "如果档案只是换了位置，请加 --any-archive"
        )
    return ReportDiff(
        ruleset_id=new_rules,
        ruleset_title=new["ruleset"].get("title", new_rules),
        archive=new["archive"],
        before=_about(old, old_name),
        after=_about(new, new_name),
        items=tuple(_items(old, new)),
        checks=tuple(_checks(old, new)),
        problems=tuple(_problems(old, new)),
        files=tuple(_files(old, new)),
        labels=dict(new["ruleset"].get("labels", {})),
    )


def _about(document: Mapping[str, Any], name: str) -> dict[str, Any]:
    return {
        "path": name,
        "as_of": document.get("as_of"),
        "tool": document.get("tool", {}).get("version"),
    }


def _failing(item: Mapping[str, Any] | None) -> bool:
    return item is not None and item["status"] in _FAILING and not item.get("attestation")


def _ok(item: Mapping[str, Any] | None) -> bool:
    return item is not None and item["status"] != "not_applicable" and not _failing(item)


def _status(item: Mapping[str, Any] | None) -> str:
    if item is None:
        return _ABSENT
    return "attested" if item.get("attestation") and item["status"] in _FAILING else item["status"]


def _item_change(before: Mapping[str, Any] | None, after: Mapping[str, Any] | None) -> str | None:
    if _failing(before):
        return "still_failing" if after is None or _failing(after) else "fixed"
    if _failing(after):
        return "regressed" if _ok(before) else "new_problem"
    if _ok(before) and after is None:
        return "regressed"  # the unit's folder is gone: what was complete no longer is
    return None


def _items(old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterable[ItemChange]:
    def index(document: Mapping[str, Any]) -> dict[tuple[str, str], Mapping[str, Any]]:
        return {(u["unit"], i["item"]): i for u in document["units"] for i in u["items"]}

    before, after = index(old), index(new)
    for key in [*after, *(k for k in before if k not in after)]:
        b, a = before.get(key), after.get(key)
        change = _item_change(b, a)
        if change is None:
            continue
        shown = a or b
        assert shown is not None
        yield ItemChange(
            unit=key[0],
            item=key[1],
            title=shown["title"],
            severity=shown.get("severity", "required"),
            before=_status(b),
            after=_status(a),
            change=change,
            problems=tuple(_problem_text(p) for p in (a or {}).get("problems", ())),
        )


def _problem_text(problem: Mapping[str, Any]) -> str:
    where = problem.get("file")
    return f"{where}：{problem['message']}" if where else problem["message"]


def _checks(old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterable[CheckChange]:
    before = {c["check"]: c for c in old["checks"]}
    for c in new["checks"]:
        b = before.get(c["check"])
        was, now = (b["status"] if b else _ABSENT), c["status"]
        if was == "fail":
            change = "fixed" if now == "pass" else "still_failing"
        elif now == "fail":
            change = "regressed" if was == "pass" else "new_problem"
        elif was == "pass" and now == "not_run":
            change = "regressed"  # it could not compare any more: no assurance left
        else:
            continue
        yield CheckChange(c["check"], c["title"], bool(c.get("negative_list")), was, now, change)


def _problems(old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterable[ProblemChange]:
    before = {(r["unit"], r["id"]): r for r in old.get("rectification", ())}
    for r in new.get("rectification", ()):
        b = before.get((r["unit"], r["id"]))
        was, now = (b["status"] if b else _ABSENT), r["status"]
        if was in ("open", "overdue"):
            change = "fixed" if now == "closed" else "still_failing"
        elif now != "closed":
            change = "regressed" if was == "closed" else "new_problem"
        else:
            continue
        yield ProblemChange(r["id"], r["unit"], r["problem"], was, now, change)


def _files(old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterable[FileChange]:
    before = {f["path"]: f for f in old["files"]}
    after = {f["path"]: f for f in new["files"]}
    for path in sorted(before.keys() | after.keys()):
        b, a = before.get(path), after.get(path)
        if b is None and a is not None:
            yield FileChange(path, a["unit"], "added", None, a.get("kind_title") or a["kind"])
        elif a is None and b is not None:
            yield FileChange(path, b["unit"], "removed", b.get("kind_title") or b["kind"], None)
        elif a is not None and b is not None and _file_changed(b, a):
            yield FileChange(
                path,
                a["unit"],
                "changed",
                b.get("kind_title") or b["kind"],
                a.get("kind_title") or a["kind"],
            )


def _file_changed(b: Mapping[str, Any], a: Mapping[str, Any]) -> bool:
    if b.get("sha256") and a.get("sha256"):
        return bool(b["sha256"] != a["sha256"])
    return (b.get("size"), b["kind"], b.get("date")) != (a.get("size"), a["kind"], a.get("date"))


# --- outputs --------------------------------------------------------------------------


def diff_to_dict(diff: ReportDiff) -> dict[str, Any]:
    """The comparison as JSON-ready data (``schemas/diff.schema.json``)."""
    return {
        "diff_version": DIFF_VERSION,
        "ruleset": {"id": diff.ruleset_id, "title": diff.ruleset_title},
        "archive": diff.archive,
        "before": dict(diff.before),
        "after": dict(diff.after),
        "items": [
            {
                "unit": i.unit,
                "item": i.item,
                "title": i.title,
                "severity": i.severity,
                "before": i.before,
                "after": i.after,
                "change": i.change,
                "problems": list(i.problems),
            }
            for i in diff.items
        ],
        "checks": [
            {
                "check": c.check,
                "title": c.title,
                "negative_list": c.negative_list,
                "before": c.before,
                "after": c.after,
                "change": c.change,
            }
            for c in diff.checks
        ],
        "rectification": [
            {
                "id": p.id,
                "unit": p.unit,
                "problem": p.problem,
                "before": p.before,
                "after": p.after,
                "change": p.change,
            }
            for p in diff.problems
        ],
        "files": [
            {
                "path": f.path,
                "unit": f.unit,
                "change": f.change,
                "before_kind": f.before_kind,
                "after_kind": f.after_kind,
            }
            for f in diff.files
        ],
        "summary": {
            **{change: diff.count(change) for change in CHANGES},
            "bonus_regressed": diff.count("regressed", required_only=False)
            - diff.count("regressed"),
            "checks": {
                change: sum(1 for c in diff.checks if c.change == change) for change in CHANGES
            },
            "rectification": {
                change: sum(1 for p in diff.problems if p.change == change) for change in CHANGES
            },
            "files": {
                change: sum(1 for f in diff.files if f.change == change)
                for change in ("added", "removed", "changed")
            },
        },
    }


def status_word(status: str) -> str:
    """A status of an item, check or problem in words ("无" when absent)."""
    if status == _ABSENT:
        return "无"
    if status == "attested":
        return "人工确认"
    return (
        STATUS_TITLES.get(status)
        or CHECK_STATUS_TITLES.get(status)
        or RECTIFICATION_TITLES.get(status)
        or status
    )


def render_diff(diff: ReportDiff, *, verbose: bool = False) -> str:
    """The comparison for the console: regressions first, then new problems, what was
    fixed, and what is still failing (per unit), the checks, the problem list, the files."""
    return "\n".join(_diff_lines(diff, verbose)) + "\n"


def _diff_lines(diff: ReportDiff, verbose: bool) -> Iterable[str]:
    b, a = diff.before, diff.after
    yield f"比较：{b['path']}（截至 {b['as_of'] or '未知'}）→ {a['path']}（截至 {a['as_of'] or '未知'}）"
    yield f"档案：{diff.archive}　规则集：{diff.ruleset_title}（{diff.ruleset_id}）"
    yield (
        "事项："
        + "，".join(f"{CHANGE_TITLES[c]} {diff.count(c)}" for c in CHANGES)
        + f"；文件：新增 {_n(diff.files, 'added')}，删除 {_n(diff.files, 'removed')}，"
        f"变化 {_n(diff.files, 'changed')}"
    )
    yield ""
    negative = diff.labels.get("negative_list", "")
    for change in CHANGES:
        items = [i for i in diff.items if i.change == change]
        checks = [c for c in diff.checks if c.change == change]
        problems = [p for p in diff.problems if p.change == change]
        if not (items or checks or problems):
            continue
        yield f"【{CHANGE_TITLES[change]}】{_explain(change)}"
        for c in checks:
            flag = f"（{negative}）" if c.negative_list and negative else ""
            yield f"  [跨单位检查] {c.title}{flag}：{status_word(c.before)} → {status_word(c.after)}"
        for p in problems:
            yield f"  [问题清单] {p.unit} {p.id}. {p.problem}：{status_word(p.before)} → {status_word(p.after)}"
        yield from _item_lines(items, change, verbose, diff.labels.get("bonus", ""))
        yield ""
    files = [
        f for f in diff.files if verbose or f.change != "changed" or f.before_kind != f.after_kind
    ]
    if files:
        yield "【文件】"
        marks = {"added": "+", "removed": "-", "changed": "~"}
        for f in files:
            kinds = {
                "added": f"（{f.after_kind}）",
                "removed": f"（原为{f.before_kind}）",
                "changed": f"（{f.before_kind} → {f.after_kind}）",
            }[f.change]
            yield f"  {marks[f.change]} {f.path}{kinds}"
        yield ""
    if diff.got_worse:
        yield "结论：有事项退步或出现新问题，请先处理上面的【退步】和【新问题】。"
    elif any(i.change == "still_failing" for i in diff.items):
        yield "结论：没有退步；仍有未解决的事项。"
    else:
        yield "结论：没有退步，也没有未解决的事项。"


def _n(files: Sequence[FileChange], change: str) -> int:
    return sum(1 for f in files if f.change == change)


def _explain(change: str) -> str:
    return {
        "regressed": "（原来齐全或通过，现在不是：文件被删除或替换？）",
        "new_problem": "（上次没有的问题）",
        "still_failing": "",
        "fixed": "",
    }[change]


def _item_lines(
    items: Sequence[ItemChange], change: str, verbose: bool, bonus_label: str
) -> Iterable[str]:
    if change == "still_failing" and not verbose:
        units: dict[str, list[ItemChange]] = {}
        for i in items:
            if i.severity == "required":
                units.setdefault(i.unit, []).append(i)
        for unit, rows in units.items():
            shown = "、".join(i.title for i in rows[:_SHOWN])
            more = f"等 {len(rows)} 项" if len(rows) > _SHOWN else f"（{len(rows)} 项）"
            yield f"  [{unit}] {shown}{more}"
        return
    for i in items:
        bonus = "" if i.severity == "required" else f"（{bonus_label or i.severity}）"
        yield f"  [{i.unit}] {i.title}{bonus}：{status_word(i.before)} → {status_word(i.after)}"
        if change in ("regressed", "new_problem"):
            for p in i.problems[:3]:
                yield f"      - {p}"
