"""The oracle: what an audit of a generated archive must say, from what was planted.

Given the planted facts of every file (:class:`testkit.facts.Planted`) and a ruleset's
JSON, :func:`judge` derives each unit's type, each applicable item's status and each
cross-unit check's status as docs/report.md defines them. Everything about the
inspection comes from the ruleset file itself: unit rules, items with their kinds,
``min``, ``applies_to`` (item or area) and checks with their parameters, row schemas,
cross-unit checks. Nothing here knows an item id or a kind.

How an item is judged (the report contract, and judge/items.py read line by line):

- candidates are the unit's files (any depth, zip members included) whose kind is one
  the item accepts; an unreadable file is a candidate for the kind its name claims;
- none: ``missing``;
- a candidate counts when it is readable and passes every per-file check;
  byte-identical files count once, and so do photos planted as the same picture;
- a set check (``distinct_kinds``) runs when enough files count; failing it: ``defective``;
- enough counted files: ``present``; else ``defective`` when some candidate failed a
  check (or could not be read), ``insufficient`` when none did.

The per-file checks, on planted facts:

- ``in_period``: the planted date lies in the ruleset's period (no date fails);
- ``mentions``: a word occurs in the named places: ``name`` the file name, ``path`` its
  path, ``title`` the planted title and the ledger's title, ``text`` all planted text,
  ``rows`` the ledger's data and total rows;
- ``doc_number``: a 发文字号 was planted (with ``well_formed``: written with 〔〕);
- ``required_columns``: the ledger carries every column (its planted ``roles``) and has
  a data row; ``numeric_columns``: every cell of those columns it carries is a number;
- ``valid_ids``: the ledger has the column, no cell is empty or planted invalid
  (``bad_ids``); with ``unique``, no ID (trimmed, upper-case) repeats;
- ``row_matches``: at least ``min_rows`` cells of the column match the ruleset's regex;
- ``ratio``: both columns exist and the amounts add up to more than 0 (and the share of
  the numerator's rows reaches ``min_ratio`` when one is set);
- ``photo_quality``: the picture's long and short sides reach the larger and smaller of
  ``min_width``/``min_height``; an editor's name in its software fails only with
  ``reject_edited``;
- ``valid_credit_codes``: no cell of the column (when the ledger has one) is planted
  invalid (``bad_codes``);
- ``rows_valid``: every data row, restricted to the columns the ledger carries, is valid
  under the ruleset's JSON Schema for the ledger's kind.

A planted ledger column (``roles``) that the ruleset's ``ledgers.columns`` does not name
is refused: a generator's slip would otherwise silently skip a check.

The cross-unit checks: ``duplicate_photos`` (two pictures with the same bytes or the
same planted picture, anywhere), ``duplicate_people`` (a valid ID in two units, or twice
in one ledger), ``invalid_ids`` (a planted invalid ID in a ledger of the kinds),
``column_total``, ``figures_consistent`` (each summary ledger outside the detail units,
named by a marker, against the detail units' own ledgers, unit by unit: a row belongs to
the detail unit whose name it holds; a summary naming none is compared as a whole) and
``agreement_targets``; a check with nothing to compare is ``not_run``.

What the oracle deliberately does differently from the library (and why):

- It never classifies: every file is its planted kind, with full confidence. A file the
  library is unsure of (``low_confidence``) or gets wrong is what the accuracy bench
  measures, not something the oracle predicts.
- It never reads a date: the planted date is the one a clerk credits the file with
  (document, EXIF, file name in that order of trust).
- ``title`` is what the generator planted as the title (and the ledger's title row); the
  library also reads a document's metadata title (docx core properties, PDF /Title).
- Columns are the generator's planted ``roles``, chosen by meaning, not matched through
  the ruleset's synonyms; a header the library's matcher misses shows as a disagreement.
- A number is an int or float, or text that ``float()`` reads once thousands commas
  are removed; the library also reads forms like "12.5万" (no generator plants them).
- ID and credit-code validity are planted (``bad_ids``, ``bad_codes``), never recomputed;
  the IDs themselves are made with the library's check characters (testkit.identity),
  anchored by known-answer tests.
- ``rows_valid`` asserts no JSON Schema ``format`` (e.g. ``date``): the library parses
  ledger dates such as "2019.05" first; no generator plants a malformed date cell.
- Near-identical pictures are the planted ``picture`` keys, not visual fingerprints.
- Units the ruleset expects but whose folder is absent (``units.expected``) are not
  judged: no generator plants one.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema

from .facts import Planted
from .sheets import Ledger

__all__ = ["Judgement", "Rules", "Verdict", "judge", "load_rules"]

_SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"
_COMMA = re.compile(r"[,，\s]")


# --- the ruleset, read from its JSON ---------------------------------------------------


@dataclass(frozen=True)
class ItemRule:
    id: str
    kinds: tuple[str, ...]
    min: int
    checks: tuple[Mapping[str, Any], ...]
    applies_to: tuple[Mapping[str, Any], ...]


@dataclass(frozen=True)
class Rules:
    """The parts of a ruleset the oracle reads, straight from its JSON."""

    period: tuple[dt.date, dt.date]
    unit_rules: tuple[tuple[str, re.Pattern[str]], ...]
    items: tuple[ItemRule, ...]
    cross_checks: tuple[Mapping[str, Any], ...]
    row_schemas: Mapping[str, Mapping[str, Any]]
    columns: frozenset[str]  # the ledger column names (ledgers.columns)

    def unit_type(self, name: str) -> str:
        return next((t for t, rx in self.unit_rules if rx.search(name)), "unknown")


def load_rules(ruleset: str | Path = "east-west-2019") -> Rules:
    """A built-in ruleset by id, or a ruleset JSON file (without ``extends``)."""
    path = Path(ruleset)
    if not path.suffix:
        path = _SCHEMAS / f"{ruleset}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    if "extends" in data:
        raise ValueError("the oracle reads a complete ruleset, not one that extends another")
    items = tuple(
        ItemRule(
            id=item["id"],
            kinds=tuple(item["kinds"]),
            min=int(item["min"]),
            checks=tuple(item.get("checks", ())),
            applies_to=tuple(item.get("applies_to", area["applies_to"])),
        )
        for area in data["areas"]
        for item in area["items"]
    )
    return Rules(
        period=(
            dt.date.fromisoformat(data["period"]["start"]),
            dt.date.fromisoformat(data["period"]["end"]),
        ),
        unit_rules=tuple((r["type"], re.compile(r["pattern"])) for r in data["units"]["rules"]),
        items=items,
        cross_checks=tuple(data.get("cross_checks", ())),
        row_schemas=data.get("ledgers", {}).get("row_schemas", {}),
        columns=frozenset(data.get("ledgers", {}).get("columns", {})),
    )


def _applies(item: ItemRule, unit_type: str, name: str) -> bool:
    for a in item.applies_to:
        if a["type"] != unit_type:
            continue
        if a.get("name_contains") and not any(s in name for s in a["name_contains"]):
            continue
        if a.get("name_pattern") and not re.search(a["name_pattern"], name):
            continue
        return True
    return False


# --- planted values --------------------------------------------------------------------


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and value.strip():
        try:
            return float(_COMMA.sub("", value))
        except ValueError:
            return None
    return None


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _id(value: Any) -> str:
    return _text(value).upper()


def _title(f: Planted) -> str:
    return "\n".join(t for t in (f.title, f.ledger.title if f.ledger else None) if t)


def _rows_text(led: Ledger) -> str:
    rows = [*led.rows, *([led.total] if led.total else [])]
    return "\n".join(" ".join(_text(v) for v in row) for row in rows)


def _place_text(f: Planted, place: str) -> str:
    if place == "name":
        return f.name
    if place == "path":
        return f.path
    if place == "title":
        return _title(f)
    if place == "text":
        return "\n".join((f.text, f.ledger.text() if f.ledger else ""))
    if place == "rows":
        return _rows_text(f.ledger) if f.ledger else ""
    raise ValueError(f"unknown place {place!r}")


# --- per-file checks: each returns None (pass) or the problem code --------------------

FileCheck = Callable[[Planted, Mapping[str, Any], "Rules"], str | None]


def _in_period(f: Planted, spec: Mapping[str, Any], rules: Rules) -> str | None:
    if f.date is None:
        return "undated"
    start, end = rules.period
    return None if start <= dt.date.fromisoformat(f.date) <= end else "out_of_period"


def _mentions(f: Planted, spec: Mapping[str, Any], rules: Rules) -> str | None:
    haystack = "\n".join(_place_text(f, p) for p in spec.get("in", ("title", "text")))
    return None if any(w in haystack for w in spec["any"]) else "missing_keyword"


def _doc_number(f: Planted, spec: Mapping[str, Any], rules: Rules) -> str | None:
    if not f.doc_number:
        return "no_doc_number"
    if spec.get("well_formed") and not ("〔" in f.doc_number and "〕" in f.doc_number):
        return "bad_doc_number"
    return None


def _required_columns(f: Planted, spec: Mapping[str, Any], rules: Rules) -> str | None:
    led = f.ledger
    if led is None or any(led.col(c) is None for c in spec["columns"]):
        return "missing_columns"
    return None if led.rows else "no_data_rows"


def _numeric_columns(f: Planted, spec: Mapping[str, Any], rules: Rules) -> str | None:
    led = f.ledger
    if led is None:
        return None  # required_columns reports the missing table
    for column in spec["columns"]:
        if any(_number(v) is None for v in led.values(column)):
            return "invalid_number"
    return None


def _valid_ids(f: Planted, spec: Mapping[str, Any], rules: Rules) -> str | None:
    led = f.ledger
    if led is None or led.col(spec["column"]) is None:
        return "missing_columns"
    values = led.values(spec["column"])
    if any(not _id(v) or i in led.bad_ids for i, v in enumerate(values)):
        return "invalid_id"
    if spec.get("unique") and len({_id(v) for v in values}) < len(values):
        return "duplicate_id"
    return None


def _row_matches(f: Planted, spec: Mapping[str, Any], rules: Rules) -> str | None:
    led = f.ledger
    if led is None or led.col(spec["column"]) is None:
        return "missing_columns"
    pattern = re.compile(spec["pattern"])
    hits = sum(1 for v in led.values(spec["column"]) if pattern.search(_text(v)))
    return None if hits >= int(spec.get("min_rows", 1)) else "no_matching_rows"


def _ratio(f: Planted, spec: Mapping[str, Any], rules: Rules) -> str | None:
    led = f.ledger
    group, value = spec["group_column"], spec["value_column"]
    if led is None or led.col(group) is None or led.col(value) is None:
        return "ratio_not_computable"
    total = part = 0.0
    for g, v in zip(led.values(group), led.values(value), strict=True):
        amount = _number(v)
        if amount is None:
            continue
        total += amount
        if any(t in _text(g) for t in spec["numerator"]):
            part += amount
    if total <= 0:
        return "ratio_not_computable"
    minimum = spec.get("min_ratio")
    return "ratio_not_computable" if minimum is not None and part / total < minimum else None


def _photo_quality(f: Planted, spec: Mapping[str, Any], rules: Rules) -> str | None:
    photo = f.photo
    if photo is None:
        return None
    w, h = int(spec.get("min_width", 0)), int(spec.get("min_height", 0))
    if max(photo.width, photo.height) < max(w, h) or min(photo.width, photo.height) < min(w, h):
        return "low_resolution"
    editors = [e.lower() for e in spec.get("editing_software", ())]
    if spec.get("reject_edited") and any(e in photo.software.lower() for e in editors):
        return "edited_photo"
    return None


def _valid_credit_codes(f: Planted, spec: Mapping[str, Any], rules: Rules) -> str | None:
    led = f.ledger
    if led is None or led.col(spec["column"]) is None:
        return None  # the column is optional
    values = led.values(spec["column"])
    bad = any(_text(values[i]) for i in led.bad_codes if i < len(values))
    return "invalid_credit_code" if bad else None


def _rows_valid(f: Planted, spec: Mapping[str, Any], rules: Rules) -> str | None:
    schema = rules.row_schemas.get(f.kind or "")
    led = f.ledger
    if not schema or led is None:
        return None
    properties: Mapping[str, Any] = schema.get("properties", {})
    present = {c: led.col(c) for c in properties if led.col(c) is not None}
    row_schema = {
        **schema,
        "properties": {c: properties[c] for c in present},
        "required": [c for c in schema.get("required", ()) if c in present],
    }
    validator = jsonschema.Draft202012Validator(row_schema)  # no format assertions
    for row in led.rows:
        values = {c: _coerce(row[i] if i is not None and i < len(row) else None, properties[c])
                  for c, i in present.items()}  # fmt: skip
        if not validator.is_valid(values):
            return "invalid_row"
    return None


def _coerce(value: Any, prop: Mapping[str, Any]) -> Any:
    types = prop.get("type", "string")
    types = [types] if isinstance(types, str) else list(types)
    text = _text(value)
    if not text:
        return None if "null" in types else text
    if "integer" in types or "number" in types:
        number = _number(value)
        if number is None:
            return text
        return int(number) if "integer" in types and number.is_integer() else number
    return text


FILE_CHECKS: Mapping[str, FileCheck] = {
    "in_period": _in_period,
    "mentions": _mentions,
    "doc_number": _doc_number,
    "required_columns": _required_columns,
    "numeric_columns": _numeric_columns,
    "valid_ids": _valid_ids,
    "row_matches": _row_matches,
    "ratio": _ratio,
    "photo_quality": _photo_quality,
    "valid_credit_codes": _valid_credit_codes,
    "rows_valid": _rows_valid,
}
SET_CHECKS = frozenset({"distinct_kinds"})


# --- items -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """A status and why: problem codes with the file (or files) they concern."""

    status: str
    reasons: tuple[str, ...] = ()


def judge_item(item: ItemRule, files: Sequence[Planted], rules: Rules) -> Verdict:
    """The status of one item for one unit's planted files."""
    candidates = [f for f in files if f.claimed_kind in item.kinds]
    if not candidates:
        return Verdict("missing")
    reasons: list[str] = []
    valid: list[Planted] = []
    failed = False
    for f in candidates:
        if not f.readable:
            failed = True
            reasons.append(f"unreadable: {f.path}")
            continue
        codes = []
        for spec in item.checks:
            name = spec["check"]
            if name in SET_CHECKS:
                continue
            if name not in FILE_CHECKS:
                raise ValueError(f"the oracle does not know the check {name!r}: review it")
            code = FILE_CHECKS[name](f, spec, rules)
            if code:
                codes.append(code)
        if codes:
            failed = True
            reasons.append(f"{', '.join(codes)}: {f.path}")
        else:
            valid.append(f)
    counted: list[Planted] = []
    seen_bytes: set[str] = set()
    seen_pictures: set[str] = set()
    for f in valid:
        picture = f.photo.picture if f.photo else None
        if f.sha256 in seen_bytes or (picture is not None and picture in seen_pictures):
            reasons.append(f"duplicate_file: {f.path}")
            continue
        seen_bytes.add(f.sha256)
        if picture is not None:
            seen_pictures.add(picture)
        counted.append(f)
    for spec in item.checks:
        if spec["check"] == "distinct_kinds" and len(counted) >= item.min:
            kinds = {f.kind or "" for f in counted}
            if len(kinds) < int(spec.get("min", 2)):
                return Verdict("defective", (*reasons, f"single_kind: {', '.join(sorted(kinds))}"))
    if len(counted) >= item.min:
        return Verdict("present", tuple(reasons))
    return Verdict("defective" if failed else "insufficient", tuple(reasons))


# --- cross-unit checks -------------------------------------------------------------------


def _id_cells(
    files: Iterable[Planted], spec: Mapping[str, Any]
) -> Iterable[tuple[Planted, str, bool]]:
    """(file, ID, planted valid) for every non-empty ID cell of the check's ledgers."""
    for f in files:
        led = f.ledger
        if f.kind not in spec["kinds"] or led is None or not f.readable:
            continue
        for i, v in enumerate(led.values(spec["column"])):
            if _id(v):
                yield f, _id(v), i not in led.bad_ids


def _duplicate_photos(files: Sequence[Planted], spec: Mapping[str, Any], rules: Rules) -> Verdict:
    photos = [f for f in files if f.photo is not None and f.readable]
    by_bytes: dict[str, list[str]] = defaultdict(list)
    by_picture: dict[str, set[str]] = defaultdict(set)
    for f in photos:
        by_bytes[f.sha256].append(f.path)
        if f.photo is not None and f.photo.picture is not None:
            by_picture[f.photo.picture].add(f.sha256)
    reasons = [" = ".join(paths) for paths in by_bytes.values() if len(paths) > 1]
    reasons += [f"picture {k}" for k, shas in by_picture.items() if len(shas) > 1]
    return Verdict("fail" if reasons else "pass", tuple(sorted(reasons)))


def _duplicate_people(files: Sequence[Planted], spec: Mapping[str, Any], rules: Rules) -> Verdict:
    where: dict[str, list[Planted]] = defaultdict(list)
    for f, value, valid in _id_cells(files, spec):
        if valid:
            where[value].append(f)
    reasons = []
    for value, holders in where.items():
        units = {f.unit for f in holders}
        paths = [f.path for f in holders]
        if len(units) > 1 or len(set(paths)) < len(paths):
            reasons.append(f"{value[:6]}…{value[-4:]}: {'; '.join(sorted(paths))}")
    return Verdict("fail" if reasons else "pass", tuple(sorted(reasons)))


def _invalid_ids(files: Sequence[Planted], spec: Mapping[str, Any], rules: Rules) -> Verdict:
    reasons = sorted({f.path for f, _, valid in _id_cells(files, spec) if not valid})
    return Verdict("fail" if reasons else "pass", tuple(reasons))


def _column_sums(
    files: Iterable[Planted], kinds: Iterable[str], column: str
) -> dict[str, list[float]]:
    """Per unit, the sums of ``column`` of its readable ledgers of ``kinds`` that have it."""
    sums: dict[str, list[float]] = defaultdict(list)
    wanted = set(kinds)
    for f in files:
        led = f.ledger
        if f.kind in wanted and led is not None and f.readable and led.col(column) is not None:
            values = [_number(v) for v in led.values(column)]
            sums[f.unit or ""].append(sum(v for v in values if v is not None))
    return sums


def _column_total(files: Sequence[Planted], spec: Mapping[str, Any], rules: Rules) -> Verdict:
    sums = _column_sums(files, spec["kinds"], spec["column"])
    if not sums:
        return Verdict("not_run", ("no ledger has the column",))
    total = sum(sum(v) for v in sums.values())
    ok = total >= float(spec["min"])
    return Verdict("pass" if ok else "fail", (f"total {total:g} against {spec['min']}",))


def _figures_consistent(files: Sequence[Planted], spec: Mapping[str, Any], rules: Rules) -> Verdict:
    detail = spec["detail_type"]
    details = sorted({u for f in files if (u := f.unit) and rules.unit_type(u) == detail})
    compared = 0
    reasons: list[str] = []
    uncompared: list[str] = []  # a figure left uncompared keeps the check from passing
    for figure in spec["figures"]:
        kind, column = figure["kind"], figure["column"]
        markers = figure.get("summary_markers", ())
        summary_kind = figure.get("summary_kind")
        mine = [f for f in files if f.unit in details]
        own = {u: sum(v) for u, v in _column_sums(mine, [kind], column).items()}
        before = compared
        for f in files:
            led = f.ledger
            if f.unit in details or led is None or not f.readable:
                continue
            if summary_kind and f.kind == summary_kind:
                column = figure.get("summary_column") or figure["column"]
            elif f.kind != kind or (
                markers and not any(m in f"{f.name} {_title(f)}" for m in markers)
            ):
                continue
            else:
                column = figure["column"]
            if led.col(column) is None or not own:
                continue
            compared += 1
            per_unit: dict[str, float] = defaultdict(float)
            for row, value in zip(led.rows, led.values(column), strict=True):
                amount = _number(value)
                text = " ".join(_text(c) for c in row)
                unit = next((u for u in details if u in text), None)
                if amount is not None and unit is not None:
                    per_unit[unit] += amount
            if not per_unit:
                total = sum(v for v in map(_number, led.values(column)) if v is not None)
                per_unit, own_view = {"*": total}, {"*": sum(own.values())}
            else:
                own_view = own
            for unit, value in sorted(per_unit.items()):
                if unit in own_view and abs(value - own_view[unit]) > 0.01:
                    reasons.append(f"{figure['label']}: {f.path} has {unit} {value:g}, "
                                   f"its own ledgers {own_view[unit]:g}")  # fmt: skip
        if compared == before:
            uncompared.append(f"{figure['label']}: not compared")
    if not compared:
        return Verdict("not_run", ("no summary ledger and detail ledgers to compare",))
    if reasons:
        return Verdict("fail", tuple(reasons))
    return Verdict("not_run", tuple(uncompared)) if uncompared else Verdict("pass", ())


def _agreement_targets(files: Sequence[Planted], spec: Mapping[str, Any], rules: Rules) -> Verdict:
    targets = spec.get("targets", ())
    if not targets:
        return Verdict("not_run", ("no targets declared",))
    reasons = []
    for t in targets:
        mine = [f for f in files if f.unit == t["unit"]]
        actual = sum(sum(v) for v in _column_sums(mine, [t["kind"]], t["column"]).values())
        if actual < float(t["target"]):
            reasons.append(f"{t['unit']} {t['label']}: {actual:g} < {t['target']}")
    return Verdict("fail" if reasons else "pass", tuple(reasons))


CROSS_CHECKS: Mapping[str, Callable[[Sequence[Planted], Mapping[str, Any], Rules], Verdict]] = {
    "duplicate_photos": _duplicate_photos,
    "duplicate_people": _duplicate_people,
    "invalid_ids": _invalid_ids,
    "column_total": _column_total,
    "figures_consistent": _figures_consistent,
    "agreement_targets": _agreement_targets,
}


# --- the whole archive --------------------------------------------------------------------


@dataclass(frozen=True)
class Judgement:
    unit_types: Mapping[str, str]
    items: Mapping[str, Mapping[str, Verdict]]  # unit → item → verdict (applicable items)
    checks: Mapping[str, Verdict] = field(default_factory=dict)

    def statuses(self) -> dict[str, dict[str, str]]:
        """unit → item → status, for units of a known type."""
        return {u: {i: v.status for i, v in items.items()} for u, items in self.items.items()}


def judge(files: Iterable[Planted], rules: Rules | None = None) -> Judgement:
    """Unit types, item statuses and cross-unit checks that follow from ``files``."""
    rules = rules or load_rules()
    planted = [f for f in files if f.unit is not None]
    for f in planted:  # a generator's column must be one the ruleset names
        unknown = set(f.ledger.roles if f.ledger else ()) - rules.columns
        if unknown:
            raise ValueError(f"{f.path}: planted columns not in the ruleset: {sorted(unknown)}")
    by_unit: dict[str, list[Planted]] = defaultdict(list)
    for f in planted:
        by_unit[f.unit or ""].append(f)
    unit_types = {u: rules.unit_type(u) for u in sorted(by_unit)}
    items: dict[str, dict[str, Verdict]] = {}
    for unit, unit_type in unit_types.items():
        if unit_type == "unknown":
            continue
        items[unit] = {
            item.id: judge_item(item, by_unit[unit], rules)
            for item in rules.items
            if _applies(item, unit_type, unit)
        }
    checks = {}
    for spec in rules.cross_checks:
        if spec["check"] not in CROSS_CHECKS:
            raise ValueError(f"the oracle does not know the check {spec['check']!r}: review it")
        checks[spec["id"]] = CROSS_CHECKS[spec["check"]](planted, spec, rules)
    return Judgement(unit_types, items, checks)
