"""Put the stages together: scan → analyse each file → judge each unit's items → cross checks."""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ._version import __version__
from .errors import ArchiveError
from .files.extract.base import Limits
from .files.scan import Scan, file_entry, is_inside, is_noise, regular_file, scan_archive
from .findings import Problem
from .judge.analyze import (
    DEFAULT_LIMITS,
    analyze_entry,
    picture_verdict,
    scoring_features,
)
from .judge.attest import AttestationError, load_attestations
from .judge.classify import KindScore, PictureVerdict, outweighed_kinds, score_kinds
from .judge.cross import cross_view, run_cross_checks
from .judge.items import UnitTally, apply_attestations
from .judge.rectification import RectificationTally, load_problem_list
from .models import Attestation, CombinedReport, FileRecord, InspectionProblem, Report
from .rules.ruleset import Ruleset, load_ruleset
from .sweep.run import Executor, Listing, LocalExecutor, ProgressCallback, sweep
from .sweep.store import RecordStore, Unpickled


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
    attested = _attestations(attestations, ruleset)
    listing = [scan_archive(archive)]
    _check_cache(cache, archive, listing[0])
    if on_scan is not None:
        on_scan(listing[0])
    return _audit_scan(
        listing,
        archive,
        ruleset,
        wanted=set(units) if units is not None else None,
        executor=LocalExecutor(jobs),
        limits=limits,
        progress=progress,
        attested=attested,
        cache=cache,
        listed=_problem_list(problems, ruleset),
        as_of=as_of,
    )


def audit_many(
    archives: Sequence[str | os.PathLike[str]],
    rules: str | os.PathLike[str] | Ruleset | None = None,
    *,
    units: Iterable[str] | None = None,
    jobs: int | None = 1,
    limits: Limits = DEFAULT_LIMITS,
    progress: ArchiveProgress | None = None,
    attestations: str | os.PathLike[str] | Sequence[Attestation] | None = None,
    cache: str | os.PathLike[str] | None = None,
    problems: str | os.PathLike[str] | Sequence[InspectionProblem] | None = None,
    as_of: dt.date | None = None,
    on_scan: Callable[[Scan], None] | None = None,
    ocr: bool = True,
    scheduler: str | Any = None,
    path_map: Sequence[tuple[str, str]] = (),
) -> CombinedReport:
    """Audit several archives in one sweep, each as its own archive (its own units and
    cross-unit checks), one after the other; the result adds a summary of them all.

    The options are :func:`audit`'s, and:

    - ``units``: only these unit folders, in whichever archive has them;
    - ``attestations``: each row applies to the archive that holds its unit (a row whose
      unit is in no archive is refused);
    - ``cache``: one folder may serve every archive (each keeps its own entries);
    - ``problems``: each problem of the list is tracked in every archive that has a folder
      for its unit (a list of one prefecture's problems names that prefecture's units);
    - ``progress``: called with (archive index, archive, done, total, path);
    - ``on_scan``: called with each archive's listing, all before any file is read;
    - ``scheduler``: the address of a Dask scheduler (``tcp://host:8786``), or a connected
      ``distributed.Client``: the files are read by the cluster's workers instead of this
      machine (``pip install
      'evidence-audit[dask]'``); ``path_map`` gives (prefix here, prefix on the workers)
      pairs when the workers mount the archives elsewhere.
    """
    ruleset = rules if isinstance(rules, Ruleset) else load_ruleset(rules)
    if not ocr:
        limits = replace(limits, ocr=False)
    attested = _attestations(attestations, ruleset)
    listed = _problem_list(problems, ruleset)
    wanted = set(units) if units is not None else None
    scans = [scan_archive(a) for a in archives]
    for index, archive in enumerate(archives):
        _check_cache(cache, archive, scans[index])
        if on_scan is not None:
            on_scan(scans[index])
    placed: list[list[Attestation]] = [[] for _ in scans]
    lost: list[str] = []
    for row in attested:
        where = [
            i
            for i, scan in enumerate(scans)
            if row.unit in scan.units or row.unit in {u.name for u in ruleset.expected_units}
        ]
        if not where:
            lost.append(f"{row.unit} / {row.item}")
        for i in where:
            placed[i].append(row)
    if lost and wanted is None:
        raise AttestationError("人工确认文件中这些单位不在任何档案中：" + "、".join(lost))
    reports = []
    several = len(scans) > 1
    scans.reverse()  # handed over one by one from the end: each listing lives in its audit
    with _executor(jobs, scheduler, path_map) as executor:
        for index, archive in enumerate(archives):
            reports.append(
                _audit_scan(
                    [scans.pop()],
                    archive,
                    ruleset,
                    wanted=wanted,
                    executor=executor,
                    limits=limits,
                    progress=_archive_progress(progress, index, archive),
                    attested=placed[index],
                    cache=cache,
                    listed=listed,
                    as_of=as_of,
                    several=several,
                )
            )
    return CombinedReport(tuple(reports))


#: Progress of a sweep of several archives: (archive index, archive, done, total, path).
ArchiveProgress = Callable[[int, str, int, int, str], None]


def _archive_progress(
    progress: ArchiveProgress | None, index: int, archive: str | os.PathLike[str]
) -> ProgressCallback | None:
    if progress is None:
        return None
    name = str(archive)

    def report(done: int, total: int, path: str) -> None:
        progress(index, name, done, total, path)

    return report


@contextmanager
def _executor(
    jobs: int | None, scheduler: str | Any, path_map: Sequence[tuple[str, str]]
) -> Iterator[Executor]:
    """The local pool, or a client of the Dask cluster at ``scheduler`` (closed after)."""
    if scheduler is None:
        yield LocalExecutor(jobs)
        return
    from .sweep.dask import DaskExecutor  # only when asked for: distributed is optional

    with DaskExecutor(scheduler, path_map=path_map) as executor:
        yield executor


def archives_in(root: str | os.PathLike[str]) -> list[Path]:
    """The archives of a collection (a province's drive): the folders directly in
    ``root``, sorted, system folders left out. Raises ArchiveError if there is none."""
    folder = Path(root)
    if not folder.is_dir():
        raise ArchiveError(f"找不到档案目录：{root}")
    found = sorted(
        (p for p in folder.iterdir() if p.is_dir() and not p.is_symlink() and not is_noise(p.name)),
        key=lambda p: unicodedata.normalize("NFC", p.name),
    )
    if not found:
        raise ArchiveError(f"“{root}”中没有任何档案文件夹")
    return found


def _attestations(
    attestations: str | os.PathLike[str] | Sequence[Attestation] | None, ruleset: Ruleset
) -> Sequence[Attestation]:
    if isinstance(attestations, str | os.PathLike):
        return load_attestations(attestations, ruleset)
    return attestations or ()


def _check_cache(
    cache: str | os.PathLike[str] | None, archive: str | os.PathLike[str], scan: Scan
) -> None:
    if cache is not None and (is_inside(Path(cache), Path(archive)) or scan.holds(cache)):
        raise ArchiveError(f"缓存目录不能在档案目录内（档案只读）：{cache}")


def _problem_list(
    problems: str | os.PathLike[str] | Sequence[InspectionProblem] | None, ruleset: Ruleset
) -> Sequence[InspectionProblem]:
    if isinstance(problems, str | os.PathLike):
        return load_problem_list(problems, ruleset)
    return problems or ()


def _audit_scan(
    listing: list[Scan],
    archive: str | os.PathLike[str],
    ruleset: Ruleset,
    *,
    wanted: set[str] | None,
    executor: Executor,
    limits: Limits,
    progress: ProgressCallback | None,
    attested: Sequence[Attestation],
    cache: str | os.PathLike[str] | None,
    listed: Sequence[InspectionProblem] = (),
    as_of: dt.date | None = None,
    several: bool = False,
) -> Report:
    """One archive's audit, from its listing. ``several``: one of a sweep of several
    archives, where a problem of the list speaks only of the archive that has its unit.

    The listing is handed over in ``listing`` (taken out of it here), so that no caller
    keeps it: each file's entry is let go as soon as the file is read, while the
    summaries grow (at 100,000 files the listing is some 60 MB).
    """
    scan = listing.pop()
    entries = Listing(e for e in scan.files if wanted is None or e.unit in wanted)
    unit_names = [u for u in scan.units if wanted is None or u in wanted]
    unit_types = {name: ruleset.unit_type(name) for name in unit_names}
    present = set(scan.units)
    skipped = scan.skipped
    scan_problems: dict[str, list[Problem]] = defaultdict(list)
    for p in scan.problems:
        scan_problems[(p.file or "").split("/", 1)[0]].append(p)
    del scan
    absent = [
        e
        for e in ruleset.expected_units
        if e.name not in present and (wanted is None or e.name in wanted)
    ]
    for expected in absent:
        unit_types.setdefault(expected.name, expected.type)
    # Each record is taken apart as it arrives: the report's copy goes to the store, the
    # units keep their items' candidates, the cross checks what they read of it (a thin
    # view: cross_view). Nothing else of a file stays in memory.
    tallies = {name: UnitTally(name, unit_types[name], ruleset) for name in unit_names}
    views: list[tuple[tuple[int, int], bytes]] = []  # pickled: see Unpickled
    if wanted is not None:  # a sweep of some units speaks only of their problems
        listed = [p for p in listed if RectificationTally.names(p, list(unit_types))]
    if several:  # and one archive of several only of the problems of its own units
        listed = [p for p in listed if RectificationTally.names(p, unit_names)]
    evidence = RectificationTally(listed, unit_names, ruleset) if listed else None
    store = RecordStore()
    results = sweep(
        entries,
        ruleset,
        executor=executor,
        limits=limits,
        progress=progress,
        cache=cache,
        root=archive,
        prune=wanted is None,
    )
    for index, found in results:
        entries.release(index)  # read: the listing lets it go (the executor is done with it)
        store.add(index, found)
        for member, record in enumerate(found):
            order = (index, member)
            tallies[record.unit].add(record, order)
            if evidence is not None:
                evidence.add(record, order)
            view = cross_view(record, unit_types, ruleset)
            if view is not None:
                views.append((order, Unpickled.pickle(view)))
    del entries, results  # the listing: every file is read
    judged = [tallies.pop(name).judge(True, scan_problems.get(name, [])) for name in unit_names]
    for expected in absent:
        judged.append(UnitTally(expected.name, expected.type, ruleset).judge(False, []))
    judged = apply_attestations(judged, attested, wanted)
    views.sort(key=lambda pair: pair[0])
    cross: Unpickled[FileRecord] = Unpickled([v for _, v in views])
    views.clear()
    checks = run_cross_checks(cross, {u.unit: u.type for u in judged}, ruleset)
    today = as_of or dt.date.today()
    return Report(
        tool_version=__version__,
        ruleset_id=ruleset.id,
        ruleset_title=ruleset.title,
        period=ruleset.period,
        deadline=ruleset.deadline,
        archive=str(archive),
        units=tuple(sorted(judged, key=lambda u: (_type_order(ruleset, u.type), u.unit))),
        files=store.files(),
        checks=checks,
        skipped=skipped,
        kind_titles=tuple((k.id, k.title) for k in ruleset.kinds),
        unit_type_titles=tuple(ruleset.unit_types.items()),
        labels=ruleset.labels,
        language=ruleset.language,
        as_of=today,
        rectification=evidence.judge(judged, today) if evidence is not None else (),
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
    #: kinds some signals spoke for that others outweighed (a total of zero or less)
    outweighed: tuple[KindScore, ...] = ()


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
    features = scoring_features(own, ruleset)
    return Explanation(
        root=str(root),
        unit_type=ruleset.unit_type(unit),
        root_inferred=inferred,
        records=tuple(records),
        scores=tuple(score_kinds(features, ruleset)),
        picture=verdict,
        outweighed=tuple(outweighed_kinds(features, ruleset)),
    )


def _nfc(name: str) -> str:
    return unicodedata.normalize("NFC", name)
