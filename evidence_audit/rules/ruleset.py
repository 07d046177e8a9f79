"""Load, validate and type a ruleset: the declarative list of required materials.

Nothing about any particular inspection lives in code; everything below comes from a
JSON file validated against ``schemas/ruleset.schema.json``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from os import PathLike
from pathlib import Path
from typing import Any, Literal

import jsonschema

from ..errors import RulesetError
from ..text.columns import RowMarkers
from .params import CrossCheckParams, ItemCheckParams, cross_check_params, item_check_params

DEFAULT_RULESET = "east-west-2019"
_SCHEMA_NAME = "ruleset.schema.json"
_MAX_EXTENDS_DEPTH = 5


#: How much an item weighs: ``required`` (missing = a finding) or ``bonus`` (a lost chance).
Severity = Literal["required", "bonus"]


@dataclass(frozen=True, slots=True)
class UnitRule:
    """A unit type for folder names matching ``pattern`` (first matching rule wins)."""

    type: str
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class ExpectedUnit:
    name: str
    type: str


@dataclass(frozen=True, slots=True)
class AppliesTo:
    """A unit type, optionally narrowed to names containing one of ``name_contains``."""

    type: str
    name_contains: tuple[str, ...] = ()
    name_pattern: re.Pattern[str] | None = None

    def matches(self, unit_type: str, unit_name: str) -> bool:
        if unit_type != self.type:
            return False
        if self.name_contains and not any(s in unit_name for s in self.name_contains):
            return False
        return self.name_pattern is None or bool(self.name_pattern.search(unit_name))


@dataclass(frozen=True, slots=True)
class Signal:
    """One recognition signal of a kind: where to look, what for, and its weight."""

    type: str  # title_ending | keyword | pattern | format | columns | photo | picture
    weight: float
    values: tuple[str, ...] = ()
    where: tuple[str, ...] = ()  # name | path | title | text | rows | head | lead | tail...
    min: int = 1  # columns: how many must be found
    key: tuple[str, ...] = ()  # columns: at least one of these must be among them
    unless: tuple[str, ...] = ()  # columns: one of these in the header makes it another table
    patterns: tuple[re.Pattern[str], ...] = ()  # pattern: the values compiled
    #: a word that suggests the kind without naming it (助力, 探索 in a title; 创新 in a
    #: text): hints alone, with nothing else of the content, never make a file count
    hint: bool = False


@dataclass(frozen=True, slots=True)
class PictureSignal:
    """One measured signal of a picture class (see ``pictures`` in the schema)."""

    type: str  # measure | exif | format | keyword
    weight: float
    measure: str | None = None
    min: float | None = None
    max: float | None = None
    values: tuple[str | float, ...] = ()
    absent: bool = False
    description: str = ""
    #: measure: further (measure, min, max) ranges that must all hold too
    also: tuple[tuple[str, float | None, float | None], ...] = ()


@dataclass(frozen=True, slots=True)
class PictureClass:
    """What a picture shows (an event photo, a document page, a screenshot, a chart)."""

    id: str
    title: str
    read_as: str  # document: classified by its text like any document | picture
    signals: tuple[PictureSignal, ...]


@dataclass(frozen=True, slots=True)
class Kind:
    id: str
    title: str
    formats: tuple[str, ...]  # format families or format ids; empty = any
    signals: tuple[Signal, ...]
    requires_table: bool = False
    #: Written before what it sets out (a plan): the day of the meeting or activity it
    #: plans is that event's, not the document's own date.
    plans_ahead: bool = False
    #: Dated by when it was published (a news report): a publication date it states dates
    #: it rather than the day of the meeting or event it tells of.
    dated_as_published: bool = False
    #: Dated by the meeting it records (minutes), when no 落款 dates it: the meeting's day
    #: rather than when a web page posted the record.
    dated_as_held: bool = False
    #: The parts of a paper sent (docparse part ids: issuer_mark, doc_number, signature,
    #: date): a file only its title's 文种 claims for this kind counts when it shows one.
    sent_parts: tuple[str, ...] = ()
    #: Formats where only the title's 文种 recognises this kind (a workbook headed 会议纪要
    #: on its cover): the kind's words in a sheet's cells alone do not.
    titled_formats: tuple[str, ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        """The ledger columns that recognise this kind (empty for non-ledgers)."""
        return tuple(v for s in self.signals if s.type == "columns" for v in s.values)


@dataclass(frozen=True, slots=True)
class CheckSpec:
    """One check of an item: its name and its typed parameters from the ruleset."""

    name: str
    params: ItemCheckParams


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    area: str
    area_title: str
    title: str
    kinds: tuple[str, ...]
    min: int
    severity: Severity
    applies_to: tuple[AppliesTo, ...]
    checks: tuple[CheckSpec, ...]
    due: dt.date | None = None

    def applies(self, unit_type: str, unit_name: str) -> bool:
        return any(a.matches(unit_type, unit_name) for a in self.applies_to)


@dataclass(frozen=True, slots=True)
class CrossCheck:
    """One check across units: its id and title, the check it runs, its typed parameters."""

    id: str
    title: str
    check: str
    negative_list: bool
    params: CrossCheckParams


@dataclass(frozen=True, slots=True)
class Labels:
    """The ruleset's own words for what the outputs print (the code has only generic ones)."""

    period: str = "检查期间"  # the period dated materials must fall in
    deadline: str = "截止日期"  # the date missing materials must be supplied by
    negative_list: str = "重点检查"  # checks whose failure weighs most
    required: str = "必需"  # qualifies items of severity "required" (必备 → 必备事项)
    bonus: str = "可选项"  # items of severity "bonus", as a noun


@dataclass(frozen=True, slots=True)
class RectificationRules:
    """How a problem list is read and how a unit's folder shows a problem rectified."""

    columns: Mapping[str, str]  # role (id, unit, problem, ...) → ledger column name
    kinds: tuple[str, ...]  # kinds of rectification evidence (reports, ledgers)
    done: tuple[str, ...]  # words claiming a problem is rectified
    done_values: tuple[str, ...] = ()  # whole ledger status cells meaning done
    in_progress: tuple[str, ...] = ()
    negations: tuple[str, ...] = ()  # just before a done word: denies it
    requests: tuple[str, ...] = ()  # just before a done word: a demand, not a claim
    references: tuple[str, ...] = ()  # how a document cites a problem number: "问题{id}"
    min_overlap: float = 0.6  # share of a problem's character pairs a passage must hold


@dataclass(frozen=True, slots=True)
class NoticeRules:
    """The wording of the rectification notice to each unit (placeholders {unit},
    {issuer}, {deadline}, {as_of})."""

    issuer: str
    title: str
    mark: str = ""  # 发文机关标志; empty: the issuer
    file_name: str = "{unit}.docx"
    opening: str = ""
    items_heading: str = ""
    checks_heading: str = ""
    problems_heading: str = ""
    closing: str = ""
    cc: str = ""


@dataclass(frozen=True, slots=True)
class Ruleset:
    """A validated, immutable ruleset."""

    id: str
    title: str
    language: str
    period: tuple[dt.date, dt.date]
    deadline: dt.date | None
    unit_types: Mapping[str, str]
    unit_rules: tuple[UnitRule, ...]
    expected_units: tuple[ExpectedUnit, ...]
    doc_types: tuple[str, ...]
    min_score: float
    count_confidence: float
    row_markers: RowMarkers  # what makes a ledger row a total or a note, not data
    columns: Mapping[str, tuple[str, ...]]
    kinds: tuple[Kind, ...]
    items: tuple[Item, ...]
    cross_checks: tuple[CrossCheck, ...]
    row_schemas: Mapping[str, Mapping[str, Any]]  # ledger kind → JSON Schema of a row
    ledger_totals: Mapping[str, tuple[str, ...]]  # ledger kind → columns to total
    source: str  # where it was loaded from
    photo_max_distance: int = (
        0  # photos whose fingerprints differ in at most this many bits are one
    )
    labels: Labels = Labels()
    fingerprint: str = ""  # sha256 of the merged ruleset: cached results are keyed by it
    rectification: RectificationRules | None = None  # reading problem lists (--problems)
    notices: NoticeRules | None = None  # wording of the notices to units (--notices)
    pictures: tuple[PictureClass, ...] = ()  # what a picture can show, and how to tell
    picture_default: str | None = None  # the class of a picture no class scores enough for
    picture_min_score: float = 0.0
    #: the score a clear case of a picture class reaches: a verdict below it is less sure
    #: (0: every verdict is sure)
    picture_sure_score: float = 0.0
    #: long side in pixels under which a picture is an icon or a thumbnail: a kind recognised
    #: by its picture class is then not counted (0: no such limit)
    picture_thumbnail_side: int = 0
    #: words a title may add after its 文种 (…总结文档, …汇报材料): the 文种 before them counts
    type_suffixes: tuple[str, ...] = ()
    #: 文种 a headline can tell someone gave (…并作报告, 做主旨发言): such a headline tells
    #: of the talk, it is not one
    delivered_types: tuple[str, ...] = ()
    #: verbs of a headline telling that someone put forward or changed the document its
    #: 文种 names (…提出…运行计划, …修改期末考核方案): such a headline is news of it
    telling_verbs: tuple[str, ...] = ()
    #: 文种 a dash subtitle may end with (——在县委全会上的讲话): such a subtitle is part of
    #: the title, not the occasion the text was delivered at
    subtitle_types: tuple[str, ...] = ()

    def kind(self, kind_id: str) -> Kind:
        for k in self.kinds:
            if k.id == kind_id:
                return k
        raise KeyError(kind_id)

    def kind_title(self, kind_id: str) -> str:
        try:
            return self.kind(kind_id).title
        except KeyError:
            return kind_id

    def unit_type(self, name: str) -> str:
        """The unit type of a folder name, or ``"unknown"``."""
        for rule in self.unit_rules:
            if rule.pattern.search(name):
                return rule.type
        return "unknown"

    def picture_class(self, class_id: str) -> PictureClass:
        for c in self.pictures:
            if c.id == class_id:
                return c
        raise KeyError(class_id)

    def item(self, item_id: str) -> Item:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)


def available_rulesets() -> list[str]:
    """Ids of the rulesets shipped with the package."""
    return sorted(
        p.name[: -len(".json")]
        for p in _schemas_dir().iterdir()
        if p.name.endswith(".json") and p.name != _SCHEMA_NAME and "schema" not in p.name
    )


def load_ruleset(rules: str | PathLike[str] | None = None) -> Ruleset:
    """Load a ruleset by built-in id (``"east-west-2019"``) or by path to a JSON file.

    Raises :class:`RulesetError` listing every problem, each with its JSON path.
    """
    data, source = _load_merged(rules if rules is not None else DEFAULT_RULESET, depth=0)
    errors = list(validate_ruleset_data(data))
    if errors:
        raise RulesetError(f"规则文件无效：{source}", errors)
    return _build(data, source)


def validate_ruleset_data(data: Any) -> Iterator[str]:
    """Yield every problem of a ruleset document as "JSON path: explanation"."""
    validator = jsonschema.Draft202012Validator(
        _schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    schema_errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.path)))
    for err in schema_errors:
        yield f"{_json_path(err.absolute_path)}: {_explain(err)}"
    if schema_errors:
        return
    yield from _semantic_errors(data)


# --- loading -------------------------------------------------------------------------


def _schemas_dir() -> Any:
    try:
        return resources.files("evidence_audit.schemas")
    except ModuleNotFoundError:  # running from a source tree that is not installed
        return Path(__file__).resolve().parents[2] / "schemas"


def _schema() -> dict[str, Any]:
    text = (_schemas_dir() / _SCHEMA_NAME).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _read_json(rules: str | PathLike[str]) -> tuple[Any, str]:
    text: str
    as_path = Path(rules)
    if as_path.suffix.lower() == ".json" or as_path.exists():
        try:
            text = as_path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise RulesetError(f"找不到规则文件：{rules}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise RulesetError(f"无法读取规则文件 {rules}：{exc}") from exc
        source = str(rules)
    else:
        name = str(rules)
        candidate = _schemas_dir() / f"{name}.json"
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", name) or not candidate.is_file():
            known = "、".join(available_rulesets())
            raise RulesetError(f"没有名为 {name!r} 的内置规则集（可用：{known}），也不是文件路径")
        text = candidate.read_text(encoding="utf-8")
        source = name
    try:
        return json.loads(text), source
    except json.JSONDecodeError as exc:
        raise RulesetError(
            f"规则文件不是有效的 JSON：{source}",
            [f"第 {exc.lineno} 行第 {exc.colno} 列：{exc.msg}"],
        ) from exc


def _load_merged(rules: str | PathLike[str], depth: int) -> tuple[Any, str]:
    data, source = _read_json(rules)
    if not isinstance(data, dict) or "extends" not in data:
        return data, source
    if depth >= _MAX_EXTENDS_DEPTH:
        raise RulesetError(f"规则文件 extends 嵌套过深：{source}")
    parent_ref = data["extends"]
    if not isinstance(parent_ref, str):
        raise RulesetError(f"规则文件无效：{source}", ["$.extends: 应为规则集 id 或文件路径"])
    parent_path = Path(source).parent / parent_ref
    ref: str | Path = parent_path if parent_ref.endswith(".json") else parent_ref
    parent, _ = _load_merged(ref, depth + 1)
    child = {k: v for k, v in data.items() if k != "extends"}
    return _merge(parent, child), source


def _merge(base: Any, over: Any) -> Any:
    """Objects merge key by key; anything else in ``over`` replaces ``base``."""
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for key, value in over.items():
            out[key] = _merge(base[key], value) if key in base else value
        return out
    return over


# --- explaining schema errors --------------------------------------------------------


def _json_path(path: Any) -> str:
    out = "$"
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _explain(err: jsonschema.ValidationError) -> str:
    v, inst = err.validator, err.instance
    value = json.dumps(inst, ensure_ascii=False)
    if len(value) > 60:
        value = value[:57] + "..."
    if v == "required":
        missing = err.message.split("'")[1] if "'" in err.message else err.message
        return f"缺少必填字段 {missing!r}"
    if v == "additionalProperties":
        return f"有不认识的字段（{err.message}）"
    if v == "type":
        return f"类型应为 {err.validator_value}，实际是 {value}"
    if v in ("enum", "const"):
        allowed: Any = err.validator_value if v == "enum" else [err.validator_value]
        return f"取值 {value} 不在允许的范围内：{', '.join(str(a) for a in allowed)}"
    if v in ("minimum", "exclusiveMinimum", "maximum"):
        return f"数值 {value} 超出范围（{v} {err.validator_value}）"
    if v == "minItems":
        return f"至少需要 {err.validator_value} 项"
    if v == "minLength":
        return "不能为空"
    if v == "pattern":
        return f"{value} 的格式不符合要求（应匹配 {err.validator_value}）"
    if v == "format":
        return f"{value} 不是有效的 {err.validator_value}"
    return err.message


def _semantic_errors(data: dict[str, Any]) -> Iterator[str]:
    kind_ids = [k["id"] for k in data["kinds"]]
    yield from _duplicates(kind_ids, "$.kinds", "种类 id")
    pictures = data.get("pictures", {})
    picture_ids = [c["id"] for c in pictures.get("classes", [])]
    yield from _duplicates(picture_ids, "$.pictures.classes", "图片类别 id")
    if pictures and pictures["default"] not in picture_ids:
        yield f"$.pictures.default: 图片类别 {pictures['default']!r} 未在 pictures.classes 中定义"
    columns = set(data.get("ledgers", {}).get("columns", {}))
    unit_types = set(data["units"].get("types", {})) | {"unknown"}
    for i, rule in enumerate(data["units"].get("rules", [])):
        yield from _regex_error(rule["pattern"], f"$.units.rules[{i}].pattern")
        if data["units"].get("types") and rule["type"] not in unit_types:
            yield f"$.units.rules[{i}].type: 单位类型 {rule['type']!r} 未在 units.types 中定义"
    for i, kind in enumerate(data["kinds"]):
        for j, sig in enumerate(kind["signals"]):
            if sig["type"] == "picture":
                for value in sig["values"]:
                    if value not in picture_ids:
                        yield f"$.kinds[{i}].signals[{j}]: 图片类别 {value!r} 未在 pictures.classes 中定义"
            if sig["type"] == "pattern":
                for v, value in enumerate(sig["values"]):
                    yield from _regex_error(value, f"$.kinds[{i}].signals[{j}].values[{v}]")
            if sig["type"] == "columns":
                for col in sig.get("key", []):
                    if col not in sig["values"]:
                        yield f"$.kinds[{i}].signals[{j}].key: 关键列 {col!r} 不在 values 中"
                for col in (*sig["values"], *sig.get("unless", [])):
                    if col not in columns:
                        yield f"$.kinds[{i}].signals[{j}]: 列名 {col!r} 未在 ledgers.columns 中定义"
    item_ids: list[str] = []
    for a, area in enumerate(data["areas"]):
        for n, item in enumerate(area["items"]):
            where = f"$.areas[{a}].items[{n}]"
            item_ids.append(item["id"])
            for kind in item["kinds"]:
                if kind not in kind_ids:
                    yield f"{where}.kinds: 引用了未定义的材料种类 {kind!r}"
            for c, check in enumerate(item.get("checks", [])):
                cols = list(check.get("columns", []))
                cols += [check[k] for k in ("column", "group_column", "value_column") if k in check]
                for col in cols:
                    if col not in columns:
                        yield f"{where}.checks[{c}]: 列名 {col!r} 未在 ledgers.columns 中定义"
                if "pattern" in check:
                    yield from _regex_error(check["pattern"], f"{where}.checks[{c}].pattern")
    yield from _duplicates(item_ids, "$.areas[*].items", "事项 id")
    for c, cross in enumerate(data.get("cross_checks", [])):
        for kind in cross.get("kinds", []):
            if kind not in kind_ids:
                yield f"$.cross_checks[{c}].kinds: 引用了未定义的材料种类 {kind!r}"
        for f, figure in enumerate(cross.get("figures", [])):
            where = f"$.cross_checks[{c}].figures[{f}]"
            for key in ("kind", "summary_kind"):
                if figure.get(key) and figure[key] not in kind_ids:
                    yield f"{where}.{key}: 引用了未定义的材料种类 {figure[key]!r}"
            for key in ("column", "summary_column"):
                if figure.get(key) and figure[key] not in columns:
                    yield f"{where}.{key}: 列名 {figure[key]!r} 未在 ledgers.columns 中定义"
    for kind, cols in data.get("ledgers", {}).get("totals", {}).items():
        if kind not in kind_ids:
            yield f"$.ledgers.totals.{kind}: 引用了未定义的材料种类 {kind!r}"
        for col in cols:
            if col not in columns:
                yield f"$.ledgers.totals.{kind}: 列名 {col!r} 未在 ledgers.columns 中定义"
    for kind, schema in data.get("ledgers", {}).get("row_schemas", {}).items():
        where = f"$.ledgers.row_schemas.{kind}"
        if kind not in kind_ids:
            yield f"{where}: 引用了未定义的材料种类 {kind!r}"
        try:
            jsonschema.Draft202012Validator.check_schema(schema)
        except jsonschema.SchemaError as exc:
            yield f"{where}: 不是有效的 JSON Schema（{exc.message}）"
        for col in [*schema.get("properties", {}), *schema.get("required", [])]:
            if col not in columns:
                yield f"{where}: 列名 {col!r} 未在 ledgers.columns 中定义"
    rect = data.get("rectification")
    if rect is not None:
        for role, col in rect["columns"].items():
            if col not in columns:
                yield f"$.rectification.columns.{role}: 列名 {col!r} 未在 ledgers.columns 中定义"
        for kind in rect.get("kinds", []):
            if kind not in kind_ids:
                yield f"$.rectification.kinds: 引用了未定义的材料种类 {kind!r}"
    period = data["period"]
    if period["start"] > period["end"]:
        yield "$.period: 开始日期晚于结束日期"


def _duplicates(ids: list[str], where: str, what: str) -> Iterator[str]:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            yield f"{where}: {what} {i!r} 重复"
        seen.add(i)


def _regex_error(pattern: str, where: str) -> Iterator[str]:
    try:
        re.compile(pattern)
    except re.error as exc:
        yield f"{where}: 正则表达式无效（{exc}）"


# --- building typed objects ----------------------------------------------------------


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _applies(raw: list[dict[str, Any]]) -> tuple[AppliesTo, ...]:
    return tuple(
        AppliesTo(
            type=a["type"],
            name_contains=tuple(a.get("name_contains", ())),
            name_pattern=re.compile(a["name_pattern"]) if a.get("name_pattern") else None,
        )
        for a in raw
    )


def _freeze(value: Any) -> Any:
    # Plain dicts typed as read-only Mappings: MappingProxyType can't be pickled, and
    # rulesets travel to worker processes.
    if isinstance(value, dict):
        return {k: _freeze(v) for k, v in value.items()}
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def _rectification(raw: dict[str, Any] | None) -> RectificationRules | None:
    if raw is None:
        return None
    return RectificationRules(
        columns=dict(raw["columns"]),
        kinds=tuple(raw.get("kinds", ())),
        done=tuple(raw["done"]),
        done_values=tuple(raw.get("done_values", ())),
        in_progress=tuple(raw.get("in_progress", ())),
        negations=tuple(raw.get("negations", ())),
        requests=tuple(raw.get("requests", ())),
        references=tuple(raw.get("references", ())),
        min_overlap=float(raw.get("min_overlap", 0.6)),
    )


def _build(data: dict[str, Any], source: str) -> Ruleset:
    kinds = tuple(
        Kind(
            id=k["id"],
            title=k["title"],
            formats=tuple(k.get("formats", ())),
            signals=tuple(
                Signal(
                    type=s["type"],
                    weight=float(s["weight"]),
                    values=tuple(s.get("values", ())),
                    where=tuple(s.get("in", ())),
                    min=int(s.get("min", 1)),
                    key=tuple(s.get("key", ())),
                    unless=tuple(s.get("unless", ())),
                    patterns=tuple(re.compile(v) for v in s["values"])
                    if s["type"] == "pattern"
                    else (),
                    hint=bool(s.get("hint", False)),
                )
                for s in k["signals"]
            ),
            requires_table=bool(k.get("requires_table", False)),
            plans_ahead=bool(k.get("plans_ahead", False)),
            dated_as_published=bool(k.get("dated_as_published", False)),
            dated_as_held=bool(k.get("dated_as_held", False)),
            sent_parts=tuple(k.get("sent_parts", ())),
            titled_formats=tuple(k.get("titled_formats", ())),
        )
        for k in data["kinds"]
    )
    items: list[Item] = []
    for area in data["areas"]:
        for it in area["items"]:
            items.append(
                Item(
                    id=it["id"],
                    area=area["id"],
                    area_title=area["title"],
                    title=it["title"],
                    kinds=tuple(it["kinds"]),
                    min=int(it["min"]),
                    severity=it.get("severity", area.get("severity", "required")),
                    applies_to=_applies(it.get("applies_to", area["applies_to"])),
                    checks=tuple(
                        CheckSpec(name=c["check"], params=item_check_params(c["check"], c))
                        for c in it.get("checks", ())
                    ),
                    due=_date(it.get("due")),
                )
            )
    pictures = data.get("pictures", {})
    picture_classes = tuple(
        PictureClass(
            id=c["id"],
            title=c["title"],
            read_as=c.get("read_as", "picture"),
            signals=tuple(
                PictureSignal(
                    type=s["type"],
                    weight=float(s["weight"]),
                    measure=s.get("measure"),
                    min=s.get("min"),
                    max=s.get("max"),
                    values=tuple(s.get("values", ())),
                    absent=bool(s.get("absent", False)),
                    description=s.get("description", ""),
                    also=tuple(
                        (a["measure"], a.get("min"), a.get("max")) for a in s.get("also", ())
                    ),
                )
                for s in c["signals"]
            ),
        )
        for c in pictures.get("classes", ())
    )
    units = data["units"]
    ledgers = data.get("ledgers", {})
    classification = data.get("classification", {})
    start, end = _date(data["period"]["start"]), _date(data["period"]["end"])
    assert start is not None and end is not None  # guaranteed by the schema
    return Ruleset(
        id=data["id"],
        title=data["title"],
        language=data.get("language", "zh-CN"),
        period=(start, end),
        deadline=_date(data.get("deadline")),
        unit_types=dict(units.get("types", {})),
        unit_rules=tuple(
            UnitRule(type=r["type"], pattern=re.compile(r["pattern"])) for r in units["rules"]
        ),
        expected_units=tuple(
            ExpectedUnit(name=u["name"], type=u["type"]) for u in units.get("expected", ())
        ),
        # Every title ending a kind looks for in titles is also a document type to find
        # titles by (not an ending looked for in file names only: "…情况.docx").
        doc_types=tuple(
            dict.fromkeys(
                [
                    *data.get("documents", {}).get("types", ()),
                    *(
                        v
                        for k in kinds
                        for s in k.signals
                        # an ending that counts against a kind (a form's 表) names no type
                        if s.type == "title_ending" and "title" in s.where and s.weight > 0
                        for v in s.values
                    ),
                ]
            )
        ),
        type_suffixes=tuple(data.get("documents", {}).get("type_suffixes", ())),
        delivered_types=tuple(data.get("documents", {}).get("delivered_types", ())),
        telling_verbs=tuple(data.get("documents", {}).get("telling_verbs", ())),
        subtitle_types=tuple(data.get("documents", {}).get("subtitle_types", ())),
        min_score=float(classification.get("min_score", 3.0)),
        count_confidence=float(classification.get("count_confidence", 0.5)),
        row_markers=RowMarkers(
            tuple(ledgers.get("total_row_markers", ())), tuple(ledgers.get("note_row_markers", ()))
        ),
        photo_max_distance=int(data.get("duplicates", {}).get("photo_max_distance", 0)),
        labels=Labels(**data.get("labels", {})),
        columns={name: tuple(syn) for name, syn in ledgers.get("columns", {}).items()},
        kinds=kinds,
        items=tuple(items),
        cross_checks=tuple(
            CrossCheck(
                id=c["id"],
                title=c["title"],
                check=c["check"],
                negative_list=bool(c.get("negative_list", False)),
                params=cross_check_params(c["check"], c),
            )
            for c in data.get("cross_checks", ())
        ),
        row_schemas=dict(ledgers.get("row_schemas", {})),
        ledger_totals={k: tuple(v) for k, v in ledgers.get("totals", {}).items()},
        source=source,
        rectification=_rectification(data.get("rectification")),
        notices=NoticeRules(**data["notices"]) if "notices" in data else None,
        pictures=picture_classes,
        picture_default=pictures.get("default"),
        picture_min_score=float(pictures.get("min_score", 0.0)),
        picture_sure_score=float(pictures.get("sure_score", 0.0)),
        picture_thumbnail_side=int(pictures.get("thumbnail_side", 0)),
        fingerprint=hashlib.sha256(
            json.dumps(data, sort_keys=True, ensure_ascii=False).encode()
        ).hexdigest(),
    )
