"""Put the stages together: scan → analyse each file → judge each unit's items → cross checks."""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ._version import __version__
from .errors import ArchiveError
from .files.extract.base import Limits
from .files.scan import Scan, file_entry, is_inside, regular_file, scan_archive
from .findings import Problem
from .judge.analyze import (
    DEFAULT_LIMITS,
    analyze_entry,
    make_features,
    picture_verdict,
    reading_family,
)
from .judge.attest import load_attestations
from .judge.classify import KindScore, PictureVerdict, score_kinds
from .judge.cross import run_cross_checks
from .judge.items import apply_attestations, judge_unit
from .judge.rectification import load_problem_list, match_unit, rectify
from .models import Attestation, FileRecord, InspectionProblem, Report
from .rules.ruleset import Ruleset, load_ruleset
from .sweep.run import ProgressCallback, analyze_entries


def audit(
    archive: str | os.PathLike[str],
    rules: str | os.PathLike[str] | Ruleset | None = None,
    *,
    units: Iterable[str] | None = None,
    jobs: int | None = 1,
    limits: Limits = DEFAULT_LIMITS,
    progress: ProgressCallback | None = None,
    attestations: str | os.PathLike[str] | Sequence[Attestation] | None = None,
    cache: str | os.PathLike[str] | None = None,
    problems: str | os.PathLike[str] | Sequence[InspectionProblem] | None = None,
    as_of: dt.date | None = None,
    on_scan: Callable[[Scan], None] | None = None,
    ocr: bool = True,
) -> Report:
    """Audit ``archive`` against a ruleset (built-in id, path, or loaded :class:`Ruleset`).

    - ``units``: only these unit folders;
    - ``jobs``: worker processes (None: one per CPU; 1: read in this process, without
      crash isolation);
    - ``attestations``: a file (JSON, CSV, Excel) or a list of items vouched for on paper;
    - ``cache``: a folder outside the archive keeping per-file results, so that the next
      sweep reads only the files that changed;
    - ``problems``: the inspection's problem list (xlsx, xls, csv) or its problems, each
      tracked to its rectification evidence in the unit's folder;
    - ``as_of``: the day deadlines are counted from (default: today);
    - ``on_scan``: called with the archive's listing before any file is read (the command
      line refuses there a report path that would land in the archive);
    - ``ocr``: read the text of pictures and scanned pages (False: judge them without it).

    Raises only when the audit cannot run at all: :class:`~evidence_audit.RulesetError`,
    :class:`~evidence_audit.ArchiveError`, :class:`~evidence_audit.AttestationError`.
    """
    ruleset = rules if isinstance(rules, Ruleset) else load_ruleset(rules)
    if not ocr:
        limits = replace(limits, ocr=False)
    attested: Sequence[Attestation] = ()
    if isinstance(attestations, str | os.PathLike):
        attested = load_attestations(attestations, ruleset)
    elif attestations is not None:
        attested = attestations
    listed: Sequence[InspectionProblem] = ()
    if isinstance(problems, str | os.PathLike):
        listed = load_problem_list(problems, ruleset)
    elif problems is not None:
        listed = problems
    scan = scan_archive(archive)
    if cache is not None and (is_inside(Path(cache), Path(archive)) or scan.holds(cache)):
        raise ArchiveError(f"缓存目录不能在档案目录内（档案只读）：{cache}")
    if on_scan is not None:
        on_scan(scan)
    wanted = set(units) if units is not None else None
    entries = [e for e in scan.files if wanted is None or e.unit in wanted]
    records = analyze_entries(
        entries,
        ruleset,
        jobs=jobs,
        limits=limits,
        progress=progress,
        cache=cache,
        prune=wanted is None,
    )
    unit_names = [u for u in scan.units if wanted is None or u in wanted]
    by_unit: dict[str, list[FileRecord]] = defaultdict(list)
    for record in records:
        by_unit[record.unit].append(record)
    scan_problems: dict[str, list[Problem]] = defaultdict(list)
    for p in scan.problems:
        scan_problems[(p.file or "").split("/", 1)[0]].append(p)
    results = [
        judge_unit(
            name, ruleset.unit_type(name), True, by_unit[name], ruleset, scan_problems.get(name, [])
        )
        for name in unit_names
    ]
    present = set(scan.units)
    for expected in ruleset.expected_units:
        if expected.name not in present and (wanted is None or expected.name in wanted):
            results.append(judge_unit(expected.name, expected.type, False, [], ruleset, []))
    results = apply_attestations(results, attested, wanted)
    unit_types = {u.unit: u.type for u in results}
    checks = run_cross_checks(records, unit_types, ruleset)
    today = as_of or dt.date.today()
    if wanted is not None:  # a sweep of some units speaks only of their problems
        swept = [u.unit for u in results]
        listed = [p for p in listed if match_unit(p.unit, swept) is not None]
    return Report(
        tool_version=__version__,
        ruleset_id=ruleset.id,
        ruleset_title=ruleset.title,
        period=ruleset.period,
        deadline=ruleset.deadline,
        archive=str(archive),
        units=tuple(sorted(results, key=lambda u: (_type_order(ruleset, u.type), u.unit))),
        files=tuple(sorted(records, key=lambda r: r.path)),
        checks=checks,
        skipped=scan.skipped,
        kind_titles=tuple((k.id, k.title) for k in ruleset.kinds),
        unit_type_titles=tuple(ruleset.unit_types.items()),
        labels=ruleset.labels,
        language=ruleset.language,
        as_of=today,
        rectification=rectify(listed, results, records, ruleset, today) if listed else (),
    )


def _type_order(rules: Ruleset, unit_type: str) -> int:
    """Units are listed in the order the ruleset declares their types; unknown ones last."""
    order = list(rules.unit_types)
    return order.index(unit_type) if unit_type in order else len(order)


@dataclass(frozen=True, slots=True)
class Explanation:
    """What the audit would record for one file, and every kind's score for it."""

    root: str  # the archive root the file was placed in
    unit_type: str
    root_inferred: bool  # True when the root was worked out from the folder names
    records: tuple[FileRecord, ...]  # the file's own record, then a zip's members'
    scores: tuple[KindScore, ...]  # best first
    picture: PictureVerdict | None = None  # what a picture shows, and every class's score


def explain(
    path: str | os.PathLike[str],
    rules: str | os.PathLike[str] | Ruleset | None = None,
    *,
    archive: str | os.PathLike[str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    ocr: bool = True,
) -> Explanation:
    """Analyse one file exactly as :func:`audit` would, in its place in the archive.

    The archive root is ``archive`` when given; otherwise the folder above the nearest
    folder whose name the ruleset recognises as a unit (else the folder above the file's
    own folder). Raises :class:`~evidence_audit.ArchiveError` when ``path`` is no file.
    """
    ruleset = rules if isinstance(rules, Ruleset) else load_ruleset(rules)
    if not ocr:
        limits = replace(limits, ocr=False)
    file = Path(os.path.abspath(path))
    regular_file(file)  # a pipe, a device or a folder is said to be one, and never opened
    if archive is not None:
        root, inferred = Path(os.path.abspath(archive)), False
        if root not in file.parents or file.parent == root:
            raise ArchiveError(f"文件不在档案目录的某个单位文件夹内：{path}")
    else:
        units = [p for p in file.parents if p.name and ruleset.unit_type(_nfc(p.name)) != "unknown"]
        root, inferred = (units[0] if units else file.parent).parent, True
    entry = file_entry(file, file.relative_to(root).parts)
    unit = entry.unit
    records = analyze_entry(entry, ruleset, limits)
    own = records[0]
    verdict = picture_verdict(own.format, own.extraction, ruleset)
    features = make_features(
        own.path,
        own.format,
        reading_family(own.family, verdict),
        own.doc,
        own.extraction,
        verdict.picture.id if verdict else None,
    )
    return Explanation(
        root=str(root),
        unit_type=ruleset.unit_type(unit),
        root_inferred=inferred,
        records=tuple(records),
        scores=tuple(score_kinds(features, ruleset)),
        picture=verdict,
    )


def _nfc(name: str) -> str:
    return unicodedata.normalize("NFC", name)
