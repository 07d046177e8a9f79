"""The inspection's problem list tracked to closure: for each problem, find the
rectification evidence in its unit's folder and decide closed, open or overdue.

The list is read from outside the archive (xlsx, xls, csv in UTF-8 or GBK) with its
columns found by their names, as ledger columns are; which names, which kinds of files
are rectification evidence and which words say "done" all come from the ruleset's
``rectification`` section. A problem is closed only on a statement tied to that very
problem (by its number in a rectification report or ledger, or by its wording) that
claims it done, or when the item it names is now complete; a claim the audit
contradicts (the item is still missing) keeps it open.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import EvidenceAuditError
from ..files.extract import extract
from ..files.extract.base import Cell, Table
from ..files.formats import identify
from ..models import FileRecord, InspectionProblem, Rectification, UnitResult
from ..rules.ruleset import RectificationRules, Ruleset
from ..text.columns import RowMarkers, cell_text, data_rows, match_columns
from ..text.dates import find_dates

_CN_DIGITS = "零一二三四五六七八九"
_NUMERAL_CHARS = "0-9〇零一二三四五六七八九十"
_MONTH_DAY = re.compile(r"(?<![0-9])([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*[日号]")
_CLAUSE = re.compile(r"[^，,。；;！!？?\n]+[，,。；;！!？?]?")
_SENTENCE = re.compile(r"[^。；;！!？?\n]+[。；;！!？?]?")
_KEEP = re.compile(r"[0-9A-Za-z\u3400-\u9fff]")
_SCOPE_LINES = 4  # lines after a reference searched for what became of the problem
_EVIDENCE_CHARS = 160


class ProblemListError(EvidenceAuditError):
    """The problem list cannot be read, or lacks the columns the ruleset names."""


def load_problem_list(path: str | os.PathLike[str], rules: Ruleset) -> list[InspectionProblem]:
    """Read a problem list (xlsx, xls, et, ods, csv, html-xls) with its header row found
    below any title rows; every row without a unit or a problem is named in the error."""
    spec = _spec(rules)
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise ProblemListError(f"无法读取问题清单 {file}：{exc.strerror or exc}") from exc
    stream = io.BytesIO(data)
    ident = identify(stream, file.name)
    stream.seek(0)
    extraction = extract(stream, ident.format)
    wanted = list(spec.columns.values())
    best: tuple[Table, dict[str, int]] | None = None
    for table in extraction.tables:
        found = match_columns(table.header, wanted, rules.columns)
        if best is None or len(found) > len(best[1]):
            best = (table, found)
    if best is None:
        why = "；".join(p.message for p in extraction.problems) or "没有找到表格"
        raise ProblemListError(f"无法读取问题清单 {file}：{why}")
    table, found = best
    by_role = {role: found[col] for role, col in spec.columns.items() if col in found}
    missing = [spec.columns[r] for r in ("unit", "problem") if r not in by_role]
    if missing:
        header = "、".join(h for h in table.header if h) or "无"
        raise ProblemListError(
            f"问题清单 {file} 缺少列：{'、'.join(missing)}（找到的表头：{header}）"
        )
    return parse_problem_rows(table, by_role, rules, str(file))


def parse_problem_rows(
    table: Table, by_role: dict[str, int], rules: Ruleset, source: str = "问题清单"
) -> list[InspectionProblem]:
    """The problems of a table whose columns are known by role (id, unit, problem...)."""
    out: list[InspectionProblem] = []
    errors: list[str] = []
    for number, row in data_rows(table, rules.row_markers):

        def get(role: str, row: Sequence[Cell] = row) -> str:
            return _cell(row, by_role.get(role))

        unit, text = get("unit"), get("problem")
        if not unit and not text:
            continue
        if not unit or not text:
            errors.append(f"第 {number} 行：缺少{'单位' if not unit else '问题'}")
            continue
        deadline_text = get("deadline")
        out.append(
            InspectionProblem(
                id=get("id") or str(len(out) + 1),
                unit=unit,
                text=" ".join(text.split()),
                deadline=_deadline(deadline_text, rules),
                deadline_text=deadline_text,
                measure=get("measure"),
                owner=get("owner"),
                item=_item_id(get("item"), rules),
                row=number,
            )
        )
    if errors:
        raise ProblemListError(f"问题清单有误：{source}\n" + "\n".join(f"  - {e}" for e in errors))
    if not out:
        raise ProblemListError(f"问题清单中没有问题：{source}")
    return out


def _spec(rules: Ruleset) -> RectificationRules:
    if rules.rectification is None:
        raise ProblemListError(
            f"规则集 {rules.id} 没有 rectification 部分，无法读取问题清单（见 README）"
        )
    return rules.rectification


def _deadline(text: str, rules: Ruleset) -> dt.date | None:
    """The date of a 整改时限 cell: a full date, or a month and day of the assessment year."""
    found = find_dates(text)
    if found:
        return found[-1].date  # "2019年11月1日至12月20日": the end
    month_days = _MONTH_DAY.findall(text)
    if month_days:
        month, day = month_days[-1]
        year = (rules.deadline or rules.period[1]).year
        try:
            return dt.date(year, int(month), int(day))
        except ValueError:
            return None
    return None


def _item_id(text: str, rules: Ruleset) -> str | None:
    if not text:
        return None
    for item in rules.items:
        if text in (item.id, item.title):
            return item.id
    return None


# --- deciding ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Evidence:
    file: str
    verdict: str  # done | in_progress
    sentence: str


def rectify(
    problems: Sequence[InspectionProblem],
    units: Sequence[UnitResult],
    records: Sequence[FileRecord],
    rules: Ruleset,
    as_of: dt.date | None,
) -> tuple[Rectification, ...]:
    """Where each problem stands, in the list's order."""
    tally = RectificationTally(problems, [u.unit for u in units if u.folder_found], rules)
    for order, record in enumerate(records):
        tally.add(record, (order, 0))
    return tally.judge(units, as_of)


class RectificationTally:
    """The evidence for each problem of the list, gathered one file at a time as the sweep
    reads them (a file's text is not kept: only the sentences that speak of a problem)."""

    def __init__(
        self, problems: Sequence[InspectionProblem], names: Sequence[str], rules: Ruleset
    ) -> None:
        self.problems = list(problems)
        self.rules = rules
        self.spec = _spec(rules)
        self.unit_of = [match_unit(p.unit, names) for p in self.problems]
        self.siblings = [
            [
                p
                for n, (p, u) in enumerate(zip(self.problems, self.unit_of, strict=True))
                if u == unit and n != index
            ]
            for index, unit in enumerate(self.unit_of)
        ]
        self.evidence: list[list[tuple[tuple[int, int], int, _Evidence]]] = [
            [] for _ in self.problems
        ]

    @staticmethod
    def names(problem: InspectionProblem, names: Sequence[str]) -> bool:
        """True when the problem's unit is one of ``names`` (as :func:`match_unit` reads it)."""
        return match_unit(problem.unit, names) is not None

    def add(self, record: FileRecord, order: tuple[int, int]) -> None:
        """Look for evidence in one file (``order``: its place in the archive's order)."""
        rules = self.rules
        for index, (problem, unit) in enumerate(zip(self.problems, self.unit_of, strict=True)):
            if unit is None or unit != record.unit:
                continue
            found = _find_evidence(
                problem, self.siblings[index], [record], self.spec, rules.columns, rules.row_markers
            )
            self.evidence[index].extend((order, n, e) for n, e in enumerate(found))

    def judge(
        self, units: Sequence[UnitResult], as_of: dt.date | None
    ) -> tuple[Rectification, ...]:
        """Where each problem stands, in the list's order."""
        out = []
        for index, (problem, unit) in enumerate(zip(self.problems, self.unit_of, strict=True)):
            evidence = [e for _, _, e in sorted(self.evidence[index], key=lambda t: t[:2])]
            result = next((u for u in units if u.unit == unit), None)
            out.append(_decide(problem, unit, result, evidence, self.rules, as_of))
        return tuple(out)


def _decide(
    problem: InspectionProblem,
    unit: str | None,
    result: UnitResult | None,
    evidence: list[_Evidence],
    rules: Ruleset,
    as_of: dt.date | None,
) -> Rectification:
    deadline = problem.deadline or rules.deadline
    done = [e for e in evidence if e.verdict == "done"]
    going = [e for e in evidence if e.verdict == "in_progress"]
    item = None
    if problem.item is not None and result is not None:
        item = next((i for i in result.items if i.item == problem.item), None)
    files: tuple[str, ...] = ()
    progress, sentence = "none", "未在本单位文件夹中找到说明该问题整改情况的材料"
    closed = False
    if unit is None:
        sentence = f"档案中没有“{problem.unit}”的文件夹，无法查找整改材料"
    elif item is not None and item.status != "not_applicable" and item.failing:
        from_audit = f"事项“{item.title}”按文件检查仍为“{_STATUS.get(item.status, item.status)}”"
        if done:
            progress = "contradicted"
            files = tuple(dict.fromkeys(e.file for e in done))
            sentence = f"{_quote(done[0])}；但{from_audit}，不能销号"
        else:
            sentence = from_audit
    elif done:
        progress, closed = "done", True
        files = tuple(dict.fromkeys(e.file for e in done))
        sentence = _quote(done[0])
    elif item is not None and item.status != "not_applicable" and not item.failing:
        progress, closed = "done", True
        files = item.files
        sentence = f"事项“{item.title}”按文件检查现已齐全"
    elif going:
        progress = "in_progress"
        files = tuple(dict.fromkeys(e.file for e in going))
        sentence = _quote(going[0])
    if closed:
        status = "closed"
    elif deadline is not None and as_of is not None and deadline < as_of:
        status = "overdue"
    else:
        status = "open"
    return Rectification(
        problem=problem,
        unit=unit or problem.unit,
        unit_found=unit is not None,
        status=status,
        progress=progress,
        deadline=deadline,
        files=files,
        evidence=sentence,
    )


# The statuses as the audit words them (shown inside an evidence sentence).
_STATUS = {"missing": "缺失", "insufficient": "数量不足", "defective": "有问题"}


def _quote(e: _Evidence) -> str:
    return f"{e.file}：“{e.sentence}”"


def match_unit(written: str, names: Sequence[str]) -> str | None:
    """The unit folder a problem list names: exactly, else the folder containing the name
    (01青溪县, 青溪县资料), else the name containing the folder; None if none or several."""
    wanted = _fold(written)
    if not wanted:
        return None
    folded = {n: _fold(n) for n in names}
    for hits in (
        [n for n, f in folded.items() if f == wanted],
        [n for n, f in folded.items() if wanted in f],
        [n for n, f in folded.items() if f and f in wanted],
    ):
        if len(hits) == 1:
            return hits[0]
        if hits:  # several folders fit: the closest in length, if only one is
            best = min(abs(len(folded[n]) - len(wanted)) for n in hits)
            closest = [n for n in hits if abs(len(folded[n]) - len(wanted)) == best]
            return closest[0] if len(closest) == 1 else None
    return None


def _fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


# --- finding evidence ---------------------------------------------------------------


def _find_evidence(
    problem: InspectionProblem,
    siblings: Sequence[InspectionProblem],
    records: Sequence[FileRecord],
    spec: RectificationRules,
    columns: Mapping[str, Sequence[str]],
    markers: RowMarkers,
) -> Iterator[_Evidence]:
    mine = _references(problem.id, spec)
    others = [_references(p.id, spec) for p in siblings]
    wording = _bigrams(problem.text)
    other_wordings = [_bigrams(p.text) for p in siblings]
    for record in records:
        if not record.readable:
            continue
        rows = list(_ledger_evidence(problem, record, wording, spec, columns, markers))
        if rows:  # a ledger row says it best; its text is the same row flattened
            yield from rows
            continue
        by_number = record.kind in spec.kinds
        lines = [line.strip() for line in record.extraction.text.splitlines() if line.strip()]
        for index, line in enumerate(lines):
            if not _names(line, mine if by_number else None, wording, spec):
                continue
            scope = [line]
            for following in lines[index + 1 : index + 1 + _SCOPE_LINES]:
                if any(
                    _names(following, refs if by_number else None, words, spec)
                    for refs, words in zip(others, other_wordings, strict=True)
                ) or _names(following, mine if by_number else None, wording, spec):
                    break
                scope.append(following)
            found = _verdict(scope, spec)
            if found is not None:
                yield _Evidence(record.path, *found)


def _names(
    line: str, refs: re.Pattern[str] | None, wording: frozenset[str], spec: RectificationRules
) -> bool:
    """True when a line cites the problem by its number or holds its wording."""
    if refs is not None and refs.search(line):
        return True
    return _overlap(wording, line) >= spec.min_overlap


def _verdict(scope: Sequence[str], spec: RectificationRules) -> tuple[str, str] | None:
    """("done" | "in_progress", the sentence) from the first sentence that says either."""
    for line in scope:
        for sentence in _SENTENCE.findall(line):
            says = _says(sentence, spec)
            if says is not None:
                head = scope[0] if line is not scope[0] else ""
                shown = f"{head} …… {sentence.strip()}" if head else sentence.strip()
                return says, _clip(shown)
    return None


def _says(sentence: str, spec: RectificationRules) -> str | None:
    """What a sentence claims: done, in progress, or nothing. A done word after a
    negation (未整改到位) is not done; after a request (确保整改到位) it is no claim."""
    progress = False
    done = False
    for clause in _CLAUSE.findall(sentence):
        for word in spec.done:
            for m in re.finditer(re.escape(word), clause):
                before = clause[max(0, m.start() - 4) : m.start()]
                if any(before.endswith(n) for n in spec.negations):
                    progress = True
                elif not any(r in clause[: m.start()] for r in spec.requests):
                    done = True
        if any(w in clause for w in spec.in_progress):
            progress = True
    if progress:
        return "in_progress"
    return "done" if done else None


def _ledger_evidence(
    problem: InspectionProblem,
    record: FileRecord,
    wording: frozenset[str],
    spec: RectificationRules,
    columns: Mapping[str, Sequence[str]],
    markers: RowMarkers,
) -> Iterator[_Evidence]:
    """整改台账 rows naming the problem, with what their status cell says."""
    problem_col, status_col = spec.columns.get("problem"), spec.columns.get("status")
    if problem_col is None or status_col is None:
        return
    id_col = spec.columns.get("id")
    wanted = [c for c in (problem_col, status_col, id_col) if c]
    done_values = {_fold(v) for v in spec.done_values}
    for table in record.extraction.tables:
        found = match_columns(table.header, wanted, columns)
        if problem_col not in found or status_col not in found:
            continue
        for number, row in data_rows(table, markers):
            text = _cell(row, found[problem_col])
            overlap = _overlap(wording, text)
            same_id = id_col in found and _fold(_cell(row, found[id_col])) == _fold(problem.id)
            if overlap < spec.min_overlap and not (same_id and overlap >= spec.min_overlap / 2):
                continue
            status = _cell(row, found[status_col])
            verdict = "done" if _fold(status) in done_values else _says(status, spec)
            if verdict is not None:
                shown = _clip(f"{table.name} 第{number}行：{text} —— {status}")
                yield _Evidence(record.path, verdict, shown)


def _cell(row: Sequence[Cell], index: int | None) -> str:
    return cell_text(row[index]) if index is not None and index < len(row) else ""


def _references(problem_id: str, spec: RectificationRules) -> re.Pattern[str] | None:
    """A regex finding the problem's number cited as the ruleset says documents cite it."""
    forms = _id_forms(problem_id)
    if not forms or not spec.references:
        return None
    number = "(?:" + "|".join(re.escape(f) for f in forms) + ")"
    number = f"(?<![{_NUMERAL_CHARS}]){number}(?![{_NUMERAL_CHARS}])"
    patterns = []
    for template in spec.references:
        before, _, after = template.partition("{id}")
        patterns.append(re.escape(before) + number + re.escape(after))
    return re.compile("|".join(patterns))


def _id_forms(problem_id: str) -> list[str]:
    """The 序号 as written and in the other numeral system: "3" ↔ "三", "12" ↔ "十二"."""
    bare = re.sub(r"[\s.．、()（）]", "", unicodedata.normalize("NFKC", problem_id))
    if not bare:
        return []
    forms = [bare]
    if bare.isdigit() and 0 < int(bare) < 100:
        forms.append(_to_chinese(int(bare)))
    elif re.fullmatch(f"[{_NUMERAL_CHARS[3:]}]+", bare):
        value = _from_chinese(bare)
        if value is not None:
            forms.append(str(value))
    return forms


def _to_chinese(n: int) -> str:
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[units] if units or not tens else "")


def _from_chinese(s: str) -> int | None:
    for n in range(1, 100):
        if _to_chinese(n) == s:
            return n
    return None


def _bigrams(text: str) -> frozenset[str]:
    kept = "".join(_KEEP.findall(unicodedata.normalize("NFKC", text).lower()))
    return frozenset(kept[i : i + 2] for i in range(len(kept) - 1))


def _overlap(wording: frozenset[str], text: str) -> float:
    """Share of the problem's character pairs found in ``text``."""
    if not wording:
        return 0.0
    return len(wording & _bigrams(text)) / len(wording)


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EVIDENCE_CHARS else text[: _EVIDENCE_CHARS - 1] + "…"
