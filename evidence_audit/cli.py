"""The command line: ``evidence-audit ARCHIVE``, ``explain FILE``, ``rules check PATH``.

:func:`main` parses ``sys.argv``; :func:`run` does the work with explicit streams, so the
whole command line is testable without a subprocess. Errors are one clear line.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import logging
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ._version import __version__
from .errors import EvidenceAuditError, RulesetError
from .files.scan import Scan, is_inside
from .findings import PROBLEM_CODES
from .text.identity import mask_text

if TYPE_CHECKING:
    from .models import CombinedReport, Report

if TYPE_CHECKING:
    from .models import Report

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
_COMMANDS = ("audit", "explain", "rules", "codes", "diff", "progress")


class _UsageError(Exception):
    pass


class _Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP: stop as Ctrl-C does (worker processes are stopped on the way)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="evidence-audit",
        description="检查迎检资料档案：按规则集找出各单位缺失或有问题的材料。",
        epilog="示例：evidence-audit 迎检资料 --json 报告.json",
    )
    parser.add_argument("--version", action="version", version=f"evidence-audit {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    run_audit = sub.add_parser("audit", help="检查整个档案（默认命令，可省略 audit）")
    run_audit.add_argument(
        "archive", nargs="+", help="档案根目录：每个单位一个文件夹（可给多个，逐个检查并汇总）"
    )
    run_audit.add_argument(
        "--collection",
        action="store_true",
        help="给出的目录下的每个文件夹各是一个档案（如全省：每个州一个文件夹），逐个检查并汇总",
    )
    run_audit.add_argument(
        "--rules", default=None, help="规则集 id 或 JSON 文件路径（默认 east-west-2019）"
    )
    run_audit.add_argument(
        "--json", dest="json_out", metavar="OUT", help="把完整报告写入 JSON 文件"
    )
    run_audit.add_argument(
        "--unit", action="append", metavar="NAME", help="只检查某个单位（可重复）"
    )
    run_audit.add_argument(
        "--xlsx", dest="xlsx_out", metavar="OUT", help="把报告写成 Excel 工作簿（可筛选）"
    )
    run_audit.add_argument(
        "--html",
        dest="html_out",
        metavar="OUT",
        help="把报告写成一个网页文件（彩色总览、可筛选，离线可看）",
    )
    run_audit.add_argument(
        "--cache",
        metavar="DIR",
        help="缓存目录：再次检查时只读取有变化的文件（默认不缓存；用 --cache auto 使用用户缓存目录）",
    )
    run_audit.add_argument(
        "--attest",
        metavar="FILE",
        help="人工确认文件（JSON/CSV/Excel，列：单位、事项、理由、确认人、日期），用于只有纸质材料的事项",
    )
    run_audit.add_argument(
        "--problems",
        metavar="FILE",
        help="考核反馈的问题清单（xlsx/xls/csv，列：序号、单位、问题、整改时限……），逐个查找整改材料",
    )
    run_audit.add_argument(
        "--as-of",
        dest="as_of",
        type=_date_arg,
        metavar="DATE",
        help="按哪一天计算剩余天数和逾期（默认今天），如 2019-12-05",
    )
    run_audit.add_argument(
        "--history",
        metavar="DIR",
        help="历史目录（档案以外）：保存本次报告及时间，供 diff 和 progress 比较整改进度",
    )
    run_audit.add_argument(
        "--notices",
        metavar="DIR",
        help="为每个需要整改的单位写一份整改通知（Word .docx，按党政机关公文格式）",
    )
    run_audit.add_argument(
        "--issuer",
        metavar="NAME",
        help="整改通知的发文机关（默认取规则集 notices.issuer）",
    )
    run_audit.add_argument(
        "--jobs", type=int, default=None, metavar="N", help="并行进程数（默认：CPU 核数）"
    )
    run_audit.add_argument(
        "--no-ocr",
        dest="ocr",
        action="store_false",
        help="不识别图片和扫描件中的文字（更快；图片和扫描件只凭画面特征和文件名判断）",
    )
    run_audit.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="在 Dask 集群上读取文件（调度器地址，如 tcp://10.0.0.5:8786；需 pip install 'evidence-audit[dask]'）",
    )
    run_audit.add_argument(
        "--map-path",
        action="append",
        default=[],
        metavar="HERE=THERE",
        help="集群各节点挂载档案的路径与本机不同时：本机路径前缀=节点上的路径前缀（可重复）",
    )
    run_audit.add_argument("-v", "--verbose", action="store_true", help="也列出齐全的事项")
    run_audit.add_argument(
        "-q", "--quiet", action="store_true", help="不打印摘要，只写报告和退出码"
    )

    explain = sub.add_parser("explain", help="显示一个文件是如何被读取和识别的（与检查时完全相同）")
    explain.add_argument("file")
    explain.add_argument("--rules", default=None)
    explain.add_argument(
        "--archive",
        metavar="ROOT",
        help="档案根目录（默认：按单位文件夹名推断），以便按文件在档案中的实际位置识别",
    )
    explain.add_argument("--no-ocr", dest="ocr", action="store_false", help="不识别图片中的文字")

    rules = sub.add_parser("rules", help="规则集工具")
    rules_sub = rules.add_subparsers(dest="rules_command", parser_class=_Parser, required=True)
    check = rules_sub.add_parser("check", help="校验一个规则集文件")
    check.add_argument("path")
    rules_sub.add_parser("list", help="列出内置规则集")

    sub.add_parser("codes", help="列出所有问题代码及含义")

    diff = sub.add_parser(
        "diff", help="比较两次检查的 JSON 报告：哪些已整改、哪些退步、哪些仍未解决"
    )
    diff.add_argument("old", help="上一次的 JSON 报告")
    diff.add_argument("new", help="这一次的 JSON 报告")
    diff.add_argument("--json", dest="json_out", metavar="OUT", help="把比较结果写入 JSON 文件")
    diff.add_argument("--xlsx", dest="xlsx_out", metavar="OUT", help="把比较结果写成 Excel 工作簿")
    diff.add_argument(
        "--any-archive",
        action="store_true",
        help="即使两份报告的档案路径不同也比较（档案换了位置时）",
    )
    diff.add_argument("-v", "--verbose", action="store_true", help="逐项列出仍未解决的事项")
    diff.add_argument("-q", "--quiet", action="store_true", help="不打印，只写文件和退出码")

    progress = sub.add_parser("progress", help="按历史目录中的各次报告显示整改进度（燃尽表）")
    progress.add_argument("history", metavar="DIR", help="--history 保存报告的目录")
    progress.add_argument("--xlsx", dest="xlsx_out", metavar="OUT", help="写成 Excel（含折线图）")
    progress.add_argument(
        "--html", dest="html_out", metavar="OUT", help="把最新一次报告连同进度图写成网页"
    )
    return parser


def _date_arg(text: str) -> dt.date:
    from .text.dates import parse_chinese_date

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        found = parse_chinese_date(text)
        if found is None:
            raise argparse.ArgumentTypeError(f"不是日期：{text}（例：2019-12-05）") from None
        return found


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``evidence-audit`` command."""
    _utf8_safe(sys.stdout)
    _utf8_safe(sys.stderr)
    # Parsers log their complaints about damaged files; the report already says it.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    with _stop_on_signals():
        return run(list(sys.argv[1:] if argv is None else argv), sys.stdout, sys.stderr)


@contextlib.contextmanager
def _stop_on_signals() -> Iterator[None]:
    """SIGTERM and SIGHUP end the command as Ctrl-C does: the sweep stops, its worker
    processes are killed, nothing half-written is left (reports are renamed into place
    only when complete), and the exit status is 128 + the signal number."""

    def stop(signum: int, frame: object) -> None:
        raise _Terminated(signum)

    previous = {}
    for name in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is not None:
            with contextlib.suppress(ValueError, OSError):  # not the main thread
                previous[signum] = signal.signal(signum, stop)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def run(argv: list[str], stdout: TextIO, stderr: TextIO) -> int:
    """Run a command line; returns the exit status (see README)."""
    if argv and argv[0] not in _COMMANDS and not argv[0].startswith("-"):
        argv = ["audit", *argv]
    with _warnings_to(stderr):
        return _run(argv, stdout, stderr)


@contextlib.contextmanager
def _warnings_to(stderr: TextIO) -> Iterator[None]:
    """The library's warnings (a cache set aside, turned off...) as lines on ``stderr``."""

    class Handler(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            _say(stderr, f"警告：{record.getMessage()}")

    handler = Handler(logging.WARNING)
    logger = logging.getLogger("evidence_audit")
    logger.addHandler(handler)
    propagate, logger.propagate = logger.propagate, False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _run(argv: list[str], stdout: TextIO, stderr: TextIO) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            build_parser().print_help(stdout)
            return EXIT_USAGE
        if args.command == "audit":
            return _cmd_audit(args, stdout, stderr)
        if args.command == "explain":
            return _cmd_explain(args, stdout)
        if args.command == "rules":
            return _cmd_rules(args, stdout, stderr)
        if args.command == "diff":
            return _cmd_diff(args, stdout)
        if args.command == "progress":
            return _cmd_progress(args, stdout)
        return _cmd_codes(stdout)
    except _UsageError as exc:
        _say(stderr, str(exc))
        return EXIT_USAGE
    except SystemExit as exc:  # --help / --version
        return int(exc.code or 0)
    except RulesetError as exc:
        _say(stderr, f"错误：{exc}")
        return EXIT_USAGE
    except EvidenceAuditError as exc:
        _say(stderr, f"错误：{exc}")
        return EXIT_USAGE
    except _Terminated as exc:
        _say(stderr, f"已终止（收到信号 {signal.Signals(exc.signum).name}）。")
        return 128 + exc.signum
    except KeyboardInterrupt:
        _say(stderr, "已中断。")
        return 130
    except Exception as exc:  # the last line of defence: one line, not a traceback
        _say(stderr, f"内部错误（请报告此问题）：{type(exc).__name__}: {exc}")
        if os.environ.get("EVIDENCE_AUDIT_DEBUG"):
            raise
        return EXIT_INTERNAL


def _say(stream: TextIO, text: str) -> None:
    """One message for people: masked, and safe for a terminal (names from the archive
    may carry escape sequences)."""
    print(mask_text(text), file=stream)


def _cmd_audit(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from .models import CombinedReport, Report
    from .pipeline import archives_in, audit_many
    from .report.console import render_combined, render_console
    from .report.output import check_writable

    archives: list[Path] = []
    for given in args.archive:
        archives.extend(archives_in(given) if args.collection else [Path(given)])
    several = len(archives) > 1 or args.collection
    files = (("--json", args.json_out), ("--xlsx", args.xlsx_out), ("--html", args.html_out))
    folders = (("--history", args.history), ("--notices", args.notices))
    outputs = [(o, v) for o, v in (*files, *folders) if v]
    if several and args.history:
        raise _UsageError("--history 记录一个档案的历次检查，不能用于多个档案")
    for option, value in outputs:  # said before the sweep, not after it
        if any(is_inside(Path(value), archive) for archive in archives):
            raise _UsageError(f"报告不能写进档案目录（档案只读）：请把 {option} 指向档案以外的位置")
        check_writable(value, option, folder=option in dict(folders))
    path_map = []
    for pair in args.map_path:
        here, sep, there = pair.partition("=")
        if not sep or not here or not there:
            raise _UsageError(f"--map-path 应写作 本机路径=节点路径：{pair}")
        path_map.append((here, there))
    if path_map and not args.scheduler:
        raise _UsageError("--map-path 只用于 --scheduler（Dask 集群）")
    cache = args.cache
    if cache is not None:
        from .sweep.cache import check_cache_location, default_cache_dir

        cache = default_cache_dir() if cache == "auto" else cache
        check_cache_location(cache)

    def refuse_archive_paths(scan: Scan) -> None:
        """By device and inode: a hard link to an archive file, or a second mount of the
        archive, is the archive too."""
        for option, value in outputs:
            if scan.holds(value):
                raise _UsageError(
                    f"报告不能写进档案目录（档案只读）：{option} {value} 是档案中的文件"
                    "或位于档案的文件夹中（硬链接、符号链接或档案的另一个挂载点），"
                    f"请把 {option} 指向档案以外的位置"
                )

    show = not args.quiet and stderr.isatty()
    combined = audit_many(
        archives,
        args.rules,
        units=args.unit,
        jobs=args.jobs,
        attestations=args.attest,
        cache=cache,
        problems=args.problems,
        as_of=args.as_of,
        ocr=args.ocr,
        progress=_progress(stderr, len(archives)) if show else None,
        on_scan=refuse_archive_paths,
        scheduler=args.scheduler,
        path_map=path_map,
    )
    if show:
        stderr.write("\r" + " " * 60 + "\r")
    if args.unit:
        known = {u.unit for r in combined.reports for u in r.units}
        unknown = [u for u in args.unit if u not in known]
        if unknown:
            raise _UsageError(f"档案中没有这些单位：{'、'.join(unknown)}")
    result: Report | CombinedReport = combined if several else combined.reports[0]
    if args.history and isinstance(result, Report):
        from .report.progress import save_to_history

        now = dt.datetime.now()
        # A sweep back-dated with --as-of is filed under that day.
        when = now if args.as_of is None else dt.datetime.combine(args.as_of, now.time())
        save_to_history(result.to_dict(), args.history, when)
    written, failed = _write_reports(result, args)
    notices: list[Path] = []
    if args.notices:
        for report in combined.reports:
            # several archives: each one's notices in a folder named after it
            folder = Path(args.notices) / Path(report.archive).name if several else None
            notices += _write_notices(report, args, folder)
    if not args.quiet:
        if isinstance(result, CombinedReport):
            stdout.write(render_combined(result, verbose=args.verbose))
        else:
            stdout.write(render_console(result, verbose=args.verbose))
        for path in written:
            stdout.write(mask_text(f"完整报告已写入：{path}\n"))
        if args.notices:
            stdout.write(mask_text(f"整改通知 {len(notices)} 份已写入：{args.notices}\n"))
    for message in failed:
        _say(stderr, message)
    return EXIT_USAGE if failed else result.exit_code


def _write_reports(
    report: Report | CombinedReport, args: argparse.Namespace
) -> tuple[list[str], list[str]]:
    """Write the reports asked for; (paths written, one message per report that failed).

    Each is written whole or not at all: a report that fails (a full disk, say) leaves
    the previous file at its path as it was.
    """
    from .report.html import write_html
    from .report.json import write_json
    from .report.xlsx import write_xlsx

    history = None
    if args.history:
        from .report.progress import load_progress

        history = load_progress(args.history)
    writers: tuple[tuple[str | None, Callable[[str], None]], ...] = (
        (args.json_out, lambda p: write_json(report, p)),
        (args.xlsx_out, lambda p: write_xlsx(report, p, progress=history)),
        (args.html_out, lambda p: write_html(report, p, progress=history)),
    )
    written: list[str] = []
    failed: list[str] = []
    for path, write in writers:
        if not path:
            continue
        try:
            write(path)
        except OSError as exc:
            failed.append(f"错误：无法写入报告 {path}：{exc.strerror or exc}（原有文件未改动）")
        else:
            written.append(path)
    return written, failed


def _write_notices(
    report: Report, args: argparse.Namespace, folder: Path | None = None
) -> list[Path]:
    from .report.notices import write_notices
    from .report.view import view_of
    from .rules.ruleset import load_ruleset

    rules = load_ruleset(args.rules).notices
    if rules is None:
        raise _UsageError("规则集没有 notices 部分（整改通知的发文机关和措辞），无法写整改通知")
    try:
        return write_notices(view_of(report), rules, folder or args.notices, issuer=args.issuer)
    except OSError as exc:
        raise _UsageError(f"无法写入整改通知 {args.notices}：{exc.strerror or exc}") from exc


def _cmd_diff(args: argparse.Namespace, stdout: TextIO) -> int:
    import json

    from .report.diff import compare_reports, diff_to_dict, load_report, render_diff
    from .report.output import write_atomic

    diff = compare_reports(
        load_report(args.old),
        load_report(args.new),
        old_name=args.old,
        new_name=args.new,
        any_archive=args.any_archive,
    )
    if args.json_out:
        data = json.dumps(diff_to_dict(diff), ensure_ascii=False, indent=2).encode("utf-8")
        _write(args.json_out, lambda p: write_atomic(p, lambda stream: stream.write(data)))
    if args.xlsx_out:
        from .report.xlsx import write_diff_xlsx

        _write(args.xlsx_out, lambda p: write_diff_xlsx(diff, p))
    if not args.quiet:
        stdout.write(render_diff(diff, verbose=args.verbose))
    return EXIT_FINDINGS if diff.got_worse else EXIT_OK


def _cmd_progress(args: argparse.Namespace, stdout: TextIO) -> int:
    from .report.progress import load_progress, render_progress

    progress = load_progress(args.history)
    if args.xlsx_out:
        from .report.xlsx import write_progress_xlsx

        _write(args.xlsx_out, lambda p: write_progress_xlsx(progress, p))
    if args.html_out:
        from .report.diff import load_report
        from .report.html import write_html
        from .report.view import build_view

        latest = Path(args.history) / progress.snapshots[-1].path
        view = build_view(load_report(latest))
        _write(args.html_out, lambda p: write_html(view, p, progress=progress))
    stdout.write(render_progress(progress))
    return EXIT_OK


def _write(path: str, writer: Callable[[str], object]) -> None:
    try:
        writer(path)
    except OSError as exc:
        raise _UsageError(f"无法写入 {path}：{exc.strerror or exc}") from exc


def _progress(stderr: TextIO, archives: int) -> Callable[[int, str, int, int, str], None]:
    """A one-line counter on a terminal, so a long sweep shows it is alive."""

    def show(index: int, archive: str, done: int, total: int, path: str) -> None:
        if done == total or done % 10 == 0:
            which = f"档案 {index + 1}/{archives}，" if archives > 1 else ""
            # plain \r and padding: the Windows console may not understand ANSI codes
            stderr.write(f"\r正在读取 {which}{done}/{total} 个文件……    ")
            stderr.flush()

    return show


def _cmd_explain(args: argparse.Namespace, stdout: TextIO) -> int:
    from .pipeline import explain
    from .report.explain import render_explanation
    from .rules.ruleset import load_ruleset

    ruleset = load_ruleset(args.rules)
    found = explain(Path(args.file), ruleset, archive=args.archive, ocr=args.ocr)
    type_title = ruleset.unit_types.get(found.unit_type, found.unit_type)
    unit = found.records[0].unit
    how = "（按文件夹名推断；可用 --archive 指定）" if found.root_inferred else ""
    place = f"档案目录：{found.root}{how}；单位：{unit}（{type_title}）"
    own, *members = found.records
    stdout.write(
        render_explanation(
            own,
            found.scores,
            ruleset,
            place=place,
            members=members,
            picture=found.picture,
            outweighed=found.outweighed,
        )
    )
    return EXIT_OK


def _cmd_rules(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from .rules.ruleset import available_rulesets, load_ruleset

    if args.rules_command == "list":
        for name in available_rulesets():
            rs = load_ruleset(name)
            stdout.write(f"{name}\t{rs.title}\n")
        return EXIT_OK
    rs = load_ruleset(args.path)
    stdout.write(
        f"规则集有效：{rs.id}（{rs.title}），{len(rs.kinds)} 种材料，{len(rs.items)} 个事项，"
        f"{len(rs.cross_checks)} 项跨单位检查\n"
    )
    return EXIT_OK


def _cmd_codes(stdout: TextIO) -> int:
    for code, meaning in PROBLEM_CODES.items():
        stdout.write(f"{code}\t{meaning}\n")
    return EXIT_OK


def _utf8_safe(stream: TextIO) -> None:
    """Never crash on a character the console's code page lacks (cp936 on Windows)."""
    if isinstance(stream, io.TextIOWrapper):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="replace")
