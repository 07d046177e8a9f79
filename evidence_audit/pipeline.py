"""Put the stages together: scan → analyse each file → judge each unit's items → cross checks."""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from ._version import __version__
from .errors import ArchiveError
from .files.extract.base import Limits
from .files.scan import is_inside, scan_archive
from .findings import Problem
from .judge.analyze import DEFAULT_LIMITS
from .judge.attest import load_attestations
from .judge.cross import run_cross_checks
from .judge.items import apply_attestations, judge_unit
from .models import Attestation, FileRecord, Report
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
) -> Report:
    """Audit ``archive`` against a ruleset (built-in id, path, or loaded :class:`Ruleset`).

    - ``units``: only these unit folders;
    - ``jobs``: worker processes (None: one per CPU; 1: read in this process, without
      crash isolation);
    - ``attestations``: a file (JSON, CSV, Excel) or a list of items vouched for on paper;
    - ``cache``: a folder outside the archive keeping per-file results, so that the next
      sweep reads only the files that changed.

    Raises only when the audit cannot run at all: :class:`~evidence_audit.RulesetError`,
    :class:`~evidence_audit.ArchiveError`, :class:`~evidence_audit.AttestationError`.
    """
    ruleset = rules if isinstance(rules, Ruleset) else load_ruleset(rules)
    attested: Sequence[Attestation] = ()
    if isinstance(attestations, str | os.PathLike):
        attested = load_attestations(attestations, ruleset)
    elif attestations is not None:
        attested = attestations
    scan = scan_archive(archive)
    wanted = set(units) if units is not None else None
    entries = [e for e in scan.files if wanted is None or e.unit in wanted]
    if cache is not None and is_inside(Path(cache), Path(archive)):
        raise ArchiveError(f"缓存目录不能在档案目录内（档案只读）：{cache}")
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
    )


def _type_order(rules: Ruleset, unit_type: str) -> int:
    """Units are listed in the order the ruleset declares their types; unknown ones last."""
    order = list(rules.unit_types)
    return order.index(unit_type) if unit_type in order else len(order)
