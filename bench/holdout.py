"""Write an independent holdout archive for evidence-audit, and the truth about it.

    python bench/holdout.py [--out DIR]

Writes ``holdout_archive/`` and ``holdout_truth.json`` into DIR (default ``bench/out/``).
Everything is derived from one seed: two runs give byte-identical files (zip timestamps
and document properties are pinned, PDFs are written with reportlab's ``invariant`` mode).
The files are written with the shared writers of ``testkit/``, in this archive's own
house style; the item statuses of the truth are derived by ``testkit/oracle.py`` from
what was planted in each file.

The archive is a fictional prefecture, 南岭州 (西岭省), paired with 滨海市 (东江省): five
counties (one of them a 区), the coordination office, three departments, a folder that is
no unit, and a file at the root. Each office files its papers its own way: numbered
inspection folders, per-year/per-month folders, an all-in-one folder of 1.docx, 2.docx...,
area folders with misplaced files, WeChat download folders. The documents are written the
way a county clerk writes them (GB/T 9704 layout, 印发通知 wrapping 方案/办法, 纪要 dated in
their first sentence, news saved from web pages, photos with and without EXIF), not the
way any classifier expects them.

Truth JSON: {"units": {name: type}, "files": {path: {"kind": kind|"other"|null,
"date": ISO|null}}, "items": {unit: {item_id: status}}} (items listed only where they apply).

INTERPRETATIONS (every judgement call made while writing the truth)
-------------------------------------------------------------------
Kinds
 * A file's kind is what its CONTENT is, whatever its name or folder: "挂职干部花名册.xlsx"
   holding 挂职单位/挂职职务 columns is ledger.cadre; "1.docx" holding a 函 is a letter.
 * A 印发通知 wrapping a 方案/计划/要点 is `plan`; wrapping a 管理办法 is `measures`.
 * 关于…同志职务任免/挂职任职的通知 is `appointment`; 关于明确…工作分工的通知 is `work_division`.
 * 报告, 情况汇报, 情况说明, 工作总结, 自评报告 are `report`; 典型经验材料/典型案例 are `case`.
 * 讲话, 会议议程 and 会议签到表 are `meeting_material`; 会议记录（摘录） is `minutes`.
 * A news article is `news` whether saved as .docx, .html, a printed .pdf or a PNG screenshot
   of the article. A screenshot of a chat is `other` (it is not a photograph).
 * A scanned PDF without text layer is the kind of the paper scanned (here an agreement),
   although no tool can read it without OCR; its date is null.
 * Ledger kinds follow the columns: a 通讯录 (单位/姓名/职务/电话), a 工资表 (姓名/身份证号/岗位
   工资...), a file index (目录) and a fund-allocation 通知 without ledger are `other`.
   A ledger inside a .docx table, a GBK .csv, an Office-HTML ".xls" are ledgers all the same.
 * A 2020 项目计划/项目库 with 项目名称 and a planned-money column (计划资金, 拟投入资金,
   计划投资) is ledger.project_plan.
 * Drafts (征求意见稿/送审稿) keep the kind of the final document and count like it (the
   ruleset has no draft check). Byte-identical copies ("- 副本", "(1)") have the same kind.
 * Noise (Thumbs.db, desktop.ini, .DS_Store, ~$ Office lock files) and files directly in the
   archive root have kind null: they should be skipped, not classified.
Dates ("date" = the date the file itself carries, in the RULESET's order of trust)
 * Document: its 成文日期 (the signature date, not the later "…印发" date of the 版记); for
   纪要 without a signature date, the meeting date of the first sentence (or of the header
   line under the title); for a speech, the date under its title; for news, the publication
   date (not the browser's print date in a PDF header); for an agenda or 签到表, the meeting
   date; for a ledger, a "填报日期" line if it has one. Dates inside the body (deadlines,
   activity dates, row dates of ledgers) are not the document date.
 * Chinese-numeral dates count, including the common wrong zero ○ (二○一九年).
 * Photo: EXIF DateTimeOriginal, else a full date in the file name (微信图片_2019…,
   "2019.6.20 对接考察 (3).jpg", IMG_2019…); EXIF wins over the name; otherwise null.
 * Documents carrying only a month ("2019年11月") and no full date are null; document
   metadata (docProps created/modified, PDF info) is never a date (it is often a reused
   template) and is deliberately set to misleading values.
Item statuses: testkit/oracle.py derives them from the planted facts under the ruleset
 (schemas/east-west-2019.json), as docs/report.md defines them; its docstring says how.
 What this archive plants for it, by meaning:
 * required columns are the ledgers' ``roles`` (资金总额/资金规模/投资金额 are 金额 or
   投资额, 建设地点/项目实施地点 are 实施地点, 带贫人数 is 带动贫困人口数, 交流（受援）单位
   is 交流单位, 挂任职务 is 挂职职务, 拟投入资金/计划投资 are 计划资金), but 吸纳就业人数
   is NOT 带动贫困人口数 (it counts all employees);
 * "约500" in an amount column is not a number; an ID with a wrong check character, or
   one that Excel turned into 5.22700198510168E+17, is planted invalid (``bad_ids``); a
   lowercase x check character is fine;
 * 省外 / 省内|就近 must appear literally in the ledger's title or rows (a row saying
   "广东省东莞市" alone does not mark 省外);
 * byte-identical files count once; a copy is not a failure;
 * "待归档" matches no unit rule: unknown, no items; the due date of plan2020 (2019-12-10)
   does not change a status.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import random
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from openpyxl.styles import Font
from PIL import Image

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(REPO) not in sys.path:  # testkit/ lives at the repository root, beside bench/
    sys.path.insert(0, str(REPO))

from testkit import noise, sheets  # noqa: E402
from testkit.dates import written_date  # noqa: E402
from testkit.docx import (  # noqa: E402
    Block,
    DocProps,
    House,
    ParaStyle,
    TableStyle,
    blocks_text,
    render_blocks,
)
from testkit.facts import Archive, Photo, Planted, units_of, write_json  # noqa: E402
from testkit.identity import broken_id, citizen_id, credit_code  # noqa: E402
from testkit.images import (  # noqa: E402
    Exif,
    app_screenshot,
    hall_photo,
    heic_bytes,
    jpeg_bytes,
    png_bytes,
    sealed_scan_page,
)
from testkit.oracle import judge, load_rules  # noqa: E402
from testkit.pdf import PdfLayout, PdfMeta, image_pdf, text_pdf  # noqa: E402
from testkit.sheets import SheetStyle, WorkbookProps, csv_gbk, html_xls, xlsx  # noqa: E402

SEED = 20191220
DEFAULT_OUT = HERE / "out"
D = dt.date

# ---------------------------------------------------------------------------------------
# Identity numbers (check characters: testkit.identity, i.e. the library's)
# ---------------------------------------------------------------------------------------

CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def make_id(rng: random.Random, region: str, male: bool) -> str:
    birth = D(1962, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 39))
    seq = rng.randrange(0, 500) * 2 + (1 if male else 0)
    return citizen_id(f"{region}{birth:%Y%m%d}{seq:03d}")


def break_id(s: str) -> str:
    """The same number with a wrong check character (a typo or a made-up row)."""
    return broken_id(s, prefer="01")


def make_uscc(rng: random.Random, region: str) -> str:
    return credit_code("91" + region + "".join(rng.choice(CS) for _ in range(9)))


def mobile(rng: random.Random) -> str:
    return "1" + rng.choice("3578") + "".join(str(rng.randrange(10)) for _ in range(9))


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹孟熊秦邱江尹薛雷侯龙史陶黎贺顾毛郝龚邵万覃武莫向杨吴龙"
GIVEN_M = "国平志军建华明强勇伟刚磊涛超辉兴成林宏亮东福贵生才德胜光荣海波永文"
GIVEN_F = "秀英丽芳燕红敏静艳娟霞玲桂兰梅凤玉花琴珍翠莲银春妹"


def person(rng: random.Random) -> tuple[str, bool]:
    male = rng.random() < 0.55
    pool = GIVEN_M if male else GIVEN_F
    given = "".join(rng.choice(pool) for _ in range(rng.choice((1, 2, 2))))
    return rng.choice(SURNAMES) + given, male


def fmt(d: dt.date, style: str = "ar") -> str:
    """A date as written: ar, pad, cn, cnbad (二○一九), iso."""
    return written_date(d, style)


# ---------------------------------------------------------------------------------------
# Ledgers (testkit.sheets.Ledger), as this archive's clerks lay them out
# ---------------------------------------------------------------------------------------


def Ledger(
    title: str | None,
    header: list[str],
    rows: list[list[Any]],
    roles: dict[str, str],
    *,
    groups: Sequence[tuple[str, int, int]] = (),
    pre: Sequence[str] = (),
    notes: Sequence[str] = (),
    total_cols: Sequence[str] = (),
    bad_ids: Iterable[int] = (),
) -> sheets.Ledger:
    """A ledger; ``roles`` maps a ruleset column to the header cell that carries it."""
    total: list[Any] | None = None
    if total_cols:
        total = [""] * len(header)
        total[0] = "合计"
        for name in total_cols:
            i = header.index(name)
            nums = [v for v in (r[i] for r in rows) if isinstance(v, int | float)]
            total[i] = round(sum(nums), 2) if any(isinstance(v, float) for v in nums) else sum(nums)
    return sheets.Ledger(header, rows, title=title, roles=roles, groups=list(groups),
                         pre=list(pre), notes=list(notes), total=total,
                         bad_ids=frozenset(bad_ids))  # fmt: skip


# ---------------------------------------------------------------------------------------
# This archive's house style
# ---------------------------------------------------------------------------------------

FIXED_ZIP_TIME = (2019, 12, 1, 8, 0, 0)
RED = "E60012"
_FS, _XBS = "仿宋_GB2312", "方正小标宋简体"
HOUSE = House(
    styles={
        "mark": ParaStyle(_XBS, 26, "center", color=RED),  # 发文机关标志
        "docno": ParaStyle(_FS, 16, "center"),
        "title": ParaStyle(_XBS, 22, "center"),
        "center": ParaStyle("楷体_GB2312", 16, "center"),
        "h": ParaStyle("黑体", 16, indent=32),  # 一级标题
        "right": ParaStyle(_FS, 16, "right"),
        "left": ParaStyle(_FS, 16),
        "small": ParaStyle("宋体", 10.5),
        "p": ParaStyle(_FS, 16, indent=32),  # body, two-character first-line indent
    },
    space_after=0,
    line_spacing=28,
    a4_margins=(3.7, 3.5, 2.8, 2.6),
    table=TableStyle(font="宋体", size=10.5, ascii_font="宋体", grow=True, center=True),
)
SHEETS = SheetStyle(
    title_font=Font(name="方正小标宋简体", size=16),
    title_wrap=False,
    title_height=None,
    pre_font=Font(name="宋体", size=10),
    header_font=Font(name="黑体", size=10),
    id_as_text=True,
    notes_font=Font(name="宋体", size=9),
    widths="content",
)
PDF = PdfLayout(
    left=78, right=70, top=80, bottom=70,
    sizes={"title": 18, "mark": 22, "center": 13, "small": 9, "p": 12.5},
    indents={"p": 25, "h": 25},
)  # fmt: skip


@dataclass
class Props:
    author: str = "Administrator"
    created: dt.datetime = dt.datetime(2017, 3, 2, 9, 15)  # a reused template, on purpose
    modified: dt.datetime = dt.datetime(2019, 12, 2, 16, 40)
    wps: bool = False

    def doc(self) -> DocProps:
        return DocProps(self.author, self.created, self.modified, FIXED_ZIP_TIME,
                        modified_stamp=self.stamp(), wps=self.wps)  # fmt: skip

    def book(self) -> WorkbookProps:
        return WorkbookProps(self.author, self.created, self.modified, FIXED_ZIP_TIME,
                             modified_stamp=self.stamp(), wps=self.wps)  # fmt: skip

    def stamp(self) -> str:
        return self.modified.strftime("%Y-%m-%dT%H:%M:%SZ")


def write_docx(blocks: Sequence[Block], props: Props) -> bytes:
    return render_blocks(blocks, HOUSE, props.doc())


def write_pdf(
    blocks: Sequence[Block],
    *,
    meta_title: str,
    creator: str,
    print_header: str | None = None,
    print_footer: str | None = None,
) -> bytes:
    layout = replace(PDF, header_line=print_header, footer_line=print_footer)
    return text_pdf(blocks, layout, PdfMeta(meta_title, "Administrator", creator))


def write_scanned_pdf(rng: random.Random) -> bytes:
    """A paper scanned to PDF: one page image, no text layer."""
    return image_pdf(sealed_scan_page(rng), PdfMeta(creator="Canon iR-ADV C5535 PDF"))


def write_photo(
    rng: random.Random,
    when: dt.datetime | None,
    camera: tuple[str, str] | None,
    *,
    size: tuple[int, int] = (800, 600),
    fmt_: str = "JPEG",
) -> bytes:
    im = hall_photo(rng, size)
    stamp = when.strftime("%Y:%m:%d %H:%M:%S") if when is not None else None
    make, model = camera or (None, None)
    exif = Exif(make, model, taken=stamp, stamp_all=True) if (when or camera) else None
    if fmt_ == "HEIF":
        return heic_bytes(im, 72, exif or Exif())
    return jpeg_bytes(im, 72, exif)


def write_screenshot(rng: random.Random, *, chat: bool) -> bytes:
    return png_bytes(app_screenshot(rng, chat=chat))


def write_news_html(
    *, title: str, source: str, when: str, editor: str, paras: Sequence[str], site: str
) -> bytes:
    """A news article as a county government website serves it (GBK)."""
    body = "\n".join(f'<p style="text-indent:2em">{html.escape(p)}</p>' for p in paras)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{html.escape(title)}_{site}</title>
<meta name="keywords" content="东西部扶贫协作,携手奔小康" />
<script type="text/javascript" src="/js/jquery.min.js"></script>
</head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/xwzx/">新闻中心</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; 县区动态</div>
<div class="article">
<h1>{html.escape(title)}</h1>
<div class="info">来源：{html.escape(source)}&nbsp;&nbsp;发布时间：{html.escape(when)}&nbsp;&nbsp;浏览次数：<span id="hits">1386</span>&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content">
{body}
</div>
<div class="editor">（责任编辑：{html.escape(editor)}）</div>
</div>
<div class="related">相关链接：<a href="#">全州脱贫攻坚工作推进会召开</a> <a href="#">我县召开秋冬季森林防火工作会议</a></div>
<div class="footer">主办：{html.escape(site)}　版权所有　备案号：西ICP备12003456号-1　技术支持：西岭云网络科技有限公司</div>
</body>
</html>
"""
    return page.encode("gbk")


NOISE: dict[str, Callable[[], bytes]] = {
    "thumbs": noise.thumbs_db,
    "lock": noise.owner_file,
    "ds_store": noise.ds_store,
    "desktop_ini": noise.desktop_ini,
}


# ---------------------------------------------------------------------------------------
# Document templates (the shapes of real 公文)
# ---------------------------------------------------------------------------------------


def official(
    *,
    title: str | Sequence[str],
    body: Sequence[str | Block],
    mark: str | None = None,
    docno: str | None = None,
    signer: str | None = None,
    to: str | None = None,
    sign: str | None = None,
    date: dt.date | None = None,
    date_style: str = "ar",
    attachments: Sequence[str] = (),
    annex: Sequence[Block] = (),
    contact: str | None = None,
    cc: str | None = None,
    printed: tuple[str, dt.date] | None = None,
) -> list[Block]:
    out: list[Block] = []
    if mark:
        out.append(("mark", mark))
    if docno and signer:
        out.append(("left", f"{docno}　　　　　　　　签发人：{signer}"))
    elif docno:
        out.append(("docno", docno))
    for t in [title] if isinstance(title, str) else title:
        out.append(("title", t))
    if to:
        out.append(("left", to))
    for p in body:
        out.append(p if isinstance(p, tuple) else ("p", p))
    for i, a in enumerate(attachments):
        out.append(
            (
                "p",
                ("附件：" if i == 0 else "　　　")
                + (f"{i + 1}．" if len(attachments) > 1 else "")
                + a,
            )
        )
    if sign:
        out.append(("right", sign))
    if date:
        out.append(("right", fmt(date, date_style)))
    if contact:
        out.append(("p", contact))
    out += list(annex)
    if cc or printed:
        out.append(("small", "—" * 30))
        if cc:
            out.append(("small", f"抄送：{cc}。"))
        if printed:
            out.append(("small", f"{printed[0]}　　　　　　　　{fmt(printed[1])}印发"))
    return out


def minutes(
    *,
    header: str,
    number: str | None,
    body: Sequence[str | Block],
    attendance: Sequence[str],
    issue_line: str | None = None,
) -> list[Block]:
    out: list[Block] = [("mark", header)]
    if number:
        out.append(("docno", number))
    if issue_line:
        out.append(("left", issue_line))
    out.append(("small", "—" * 30))
    for p in body:
        out.append(p if isinstance(p, tuple) else ("p", p))
    for line in attendance:
        out.append(("left", line))
    return out


def news(
    *, title: str, source: str, when: str, author: str | None, paras: Sequence[str]
) -> list[Block]:
    meta = f"来源：{source}　　发布时间：{when}"
    if author:
        meta += f"　　作者：{author}"
    return [
        ("title", title),
        ("center", meta),
        *(("p", p) for p in paras),
        ("left", "【打印本页】　【关闭窗口】"),
    ]


# ---------------------------------------------------------------------------------------
# The archive
# ---------------------------------------------------------------------------------------

_DOCNO = re.compile(r"[\u4e00-\u9fff]*〔\d{4}〕\d+号")


def _picture(data: bytes) -> Photo | None:
    """A picture's size, for the planted facts (None for anything else)."""
    if not data.startswith((b"\xff\xd8", b"\x89PNG")) and data[4:12] != b"ftypheic":
        return None
    try:
        with Image.open(io.BytesIO(data)) as im:
            return Photo(*im.size)
    except OSError:
        return None


class Builder:
    """Plants files in an in-memory :class:`testkit.facts.Archive`."""

    def __init__(self) -> None:
        self.archive = Archive()
        self.shared: dict[str, Planted] = {}  # files one office copies from another

    def add(
        self,
        rel: str,
        kind: str | None,
        date: dt.date | None,
        data: bytes,
        *,
        text: str = "",
        title: str = "",
        docno: bool = False,
        ledger: sheets.Ledger | None = None,
    ) -> Planted:
        number = None
        if docno:
            found = _DOCNO.search(text)
            number = found.group(0) if found else "发文字号"
        planted = Planted(rel, kind, date.isoformat() if date else None, title=title, text=text,
                          ledger=ledger, doc_number=number, photo=_picture(data))  # fmt: skip
        return self.archive.add(planted, data)

    def doc(
        self,
        rel: str,
        kind: str | None,
        date: dt.date | None,
        blocks: list[Block],
        *,
        props: Props | None = None,
        docno: bool = False,
    ) -> Planted:
        ledger = next((b[1] for b in blocks if b[0] == "ledger"), None)
        title = "\n".join(str(b[1]) for b in blocks if b[0] == "title")
        data = write_docx(blocks, props or Props())
        return self.add(rel, kind, date, data, text=blocks_text(blocks), title=title,
                        docno=docno, ledger=ledger)  # fmt: skip

    def pdf(
        self, rel: str, kind: str, date: dt.date | None, blocks: list[Block], **kw: Any
    ) -> Planted:
        title = "\n".join(str(b[1]) for b in blocks if b[0] == "title")
        return self.add(rel, kind, date, write_pdf(blocks, **kw), text=blocks_text(blocks),
                        title=title)  # fmt: skip

    def xlsx(
        self,
        rel: str,
        kind: str | None,
        date: dt.date | None,
        sheets_: list[tuple[str, Any]],
        *,
        props: Props | None = None,
    ) -> Planted:
        pr = props or Props(created=dt.datetime(2019, 11, 20, 10, 2))
        ledger = next((c for _, c in sheets_ if isinstance(c, sheets.Ledger)), None)
        text = "\n".join(
            c.text() if isinstance(c, sheets.Ledger) else "\n".join(map(str, c)) for _, c in sheets_
        )
        return self.add(rel, kind, date, xlsx(sheets_, SHEETS, pr.book()), text=text,
                        ledger=ledger)  # fmt: skip

    def photo(
        self,
        rel: str,
        rng: random.Random,
        when: dt.datetime | None,
        camera: tuple[str, str] | None,
        date: dt.date | None,
        **kw: Any,
    ) -> Planted:
        return self.add(rel, "photo", date, write_photo(rng, when, camera, **kw))

    def copy(self, src: Planted, rel: str) -> Planted:
        return self.archive.copy(src.path, rel)

    def noise(self, rel: str, kind: str) -> Planted:
        return self.add(rel, None, None, NOISE[kind]())


NIKON = ("NIKON CORPORATION", "NIKON D7200")
CANON = ("Canon", "Canon EOS 80D")
SONY = ("SONY", "ILCE-6000")
HUAWEI = ("HUAWEI", "ELE-AL00")
IPHONE = ("Apple", "iPhone XR")
WPS = Props(author="Administrator", wps=True)
HAVE_HEIF = True  # pillow-heif, a dependency of the library, writes the one HEIC


def people_rows(rng: random.Random, n: int, region: str) -> list[tuple[str, str, str]]:
    out = []
    for _ in range(n):
        name, male = person(rng)
        out.append((name, "男" if male else "女", make_id(rng, region, male)))
    return out


# ----------------------------------------------------------------------------- 桐溪县 ---
def tongxi(b: Builder, rng: random.Random) -> None:
    """Numbered inspection folders, deep nesting; nearly everything present."""
    u = "桐溪县"
    root = f"{u}/2019年东西部扶贫协作国家考核迎检资料"
    org, tal, fund = f"{root}/一、组织领导", f"{root}/二、人才交流", f"{root}/三、资金使用"
    ind, lab = f"{root}/四、产业合作", f"{root}/五、劳务协作"
    reg = "522722"

    b.doc(
        f"{org}/（一）对接函件/桐政函〔2019〕23号 关于商请开展2019年度高层互访对接的函.docx",
        "letter",
        D(2019, 3, 18),
        official(
            mark="桐溪县人民政府",
            docno="桐政函〔2019〕23号",
            title=["桐溪县人民政府", "关于商请开展2019年度高层互访对接的函"],
            to="滨海市望海区人民政府：",
            body=[
                "自两地建立东西部扶贫协作结对关系以来，贵区始终把帮扶桐溪作为重大政治任务，在资金、产业、人才、劳务等方面给予了我县大力支持，在此表示衷心感谢！",
                "为深入贯彻落实东西部扶贫协作座谈会精神，进一步深化两地协作，我县拟于2019年4月中旬组织县党政代表团赴望海区开展考察对接，召开两地扶贫协作联席会议，共同研究年度协作重点工作。具体行程另行商定。",
                "妥否，请函复。",
            ],
            sign="桐溪县人民政府",
            date=D(2019, 3, 18),
            contact="（联系人：杨晓东，电话：0854-7321056）",
        ),
        docno=True,
    )
    b.doc(
        f"{org}/（二）活动方案/桐溪县党政代表团赴望海区考察对接活动方案.docx",
        "plan",
        D(2019, 4, 2),
        [
            ("title", "桐溪县党政代表团赴望海区考察对接活动方案"),
            (
                "p",
                "为进一步巩固深化桐溪·望海东西部扶贫协作成果，经县委、县政府研究，决定组织县党政代表团赴望海区开展考察对接活动，特制定本方案。",
            ),
            ("h", "一、活动时间"),
            ("p", "2019年4月15日至17日（含往返时间）。"),
            ("h", "二、参加人员"),
            (
                "p",
                "县委书记周国平，县委副书记、县长何志军，县委常委、常务副县长吴建华，县扶贫协作办、县发改局、县人社局、县农业农村局主要负责同志，共12人。",
            ),
            ("h", "三、主要活动"),
            (
                "p",
                "（一）召开两地东西部扶贫协作第三次联席会议，总结2018年协作工作，研究确定2019年协作重点项目和资金安排。",
            ),
            (
                "p",
                "（二）考察望海区产业园区和重点企业，开展招商推介，争取2至3家企业到我县投资建厂。",
            ),
            ("p", "（三）看望在望海区务工的桐溪籍务工人员，召开劳务协作座谈会。"),
            ("h", "四、工作要求"),
            (
                "p",
                "县扶贫协作办负责总体协调，县委办负责行程安排，县融媒体中心负责宣传报道，各参加单位提前准备对接材料。",
            ),
            ("right", "中共桐溪县委办公室"),
            ("right", fmt(D(2019, 4, 2))),
        ],
    )
    shots = [
        ("DSC_0012.JPG", dt.datetime(2019, 4, 16, 10, 12, 33)),
        ("DSC_0013.JPG", dt.datetime(2019, 4, 16, 10, 15, 2)),
        ("DSC_0021.JPG", dt.datetime(2019, 4, 17, 9, 3, 44)),
    ]
    photo_dir = f"{org}/（三）影像资料/2019.4.16-17 赴望海区考察对接"
    for name, when in shots:
        e = b.photo(f"{photo_dir}/{name}", rng, when, NIKON, when.date())
        if name == "DSC_0013.JPG":
            b.shared["tongxi_photo"] = e
    b.noise(f"{photo_dir}/Thumbs.db", "thumbs")
    paras = [
        "4月16日，桐溪县·望海区东西部扶贫协作第三次联席会议在望海区召开。望海区委书记陈立新，桐溪县委书记周国平出席会议并讲话。",
        "会议总结了两地2018年扶贫协作工作，审议通过了2019年协作工作计划和项目安排。2019年望海区将安排财政援助资金4650万元，重点支持桐溪县产业发展、劳务协作和深度贫困村基础设施建设。",
        "周国平表示，桐溪将用好用足帮扶资金，积极承接产业转移，确保协作项目早见成效。会上，两地签订了劳务协作、消费扶贫等5项合作协议。",
        "会后，代表团一行考察了望海区智能制造产业园和部分企业。",
    ]
    b.add(
        f"{org}/（四）新闻报道/桐溪望海携手奔小康 共绘协作新篇章.html",
        "news",
        D(2019, 4, 18),
        write_news_html(
            title="桐溪望海携手奔小康 共绘协作新篇章",
            source="南岭日报",
            when="2019-04-18 10:20:35",
            editor="罗丽",
            paras=paras,
            site="桐溪县人民政府网",
        ),
        text="桐溪望海携手奔小康 共绘协作新篇章\n" + "\n".join(paras),
    )
    joint = minutes(
        header="桐溪县·望海区东西部扶贫协作第三次联席会议会议纪要",
        number=None,
        body=[
            "2019年4月16日，桐溪县·望海区东西部扶贫协作第三次联席会议在望海区行政中心召开。会议由望海区委副书记、区长孙海波主持，两地党政主要领导出席并讲话。现将会议议定事项纪要如下：",
            "一、会议听取了两地扶贫协作办关于2018年协作工作开展情况的汇报，认为两地协作机制健全、成效明显。",
            "二、会议审议通过了《桐溪县·望海区2019年东西部扶贫协作工作计划》，确定2019年实施协作项目26个，安排财政援助资金4650万元。",
            "三、会议明确，6月30日前完成全部协作项目开工，11月底前完成资金拨付；望海区新选派党政干部2名、专业技术人才30名到桐溪挂职、支教、支医。",
            "四、两地同意继续深化携手奔小康行动，推动镇村结对、企业结对、学校医院结对全覆盖。",
        ],
        attendance=[
            "出席：陈立新　孙海波　周国平　何志军　吴建华　林海燕",
            "列席：两地扶贫协作办、发改、人社、农业农村部门负责同志",
            "记录：杨晓东",
        ],
    )
    b.pdf(
        f"{org}/（五）会议纪要/桐溪县·望海区东西部扶贫协作第三次联席会议会议纪要.pdf",
        "minutes",
        D(2019, 4, 16),
        joint,
        meta_title="Microsoft Word - 第三次联席会议纪要（定稿）.docx",
        creator="Microsoft® Word 2016",
    )
    b.doc(
        f"{org}/（五）会议纪要/中共桐溪县委常委会议纪要〔2019〕5号.docx",
        "minutes",
        D(2019, 5, 9),
        minutes(
            header="中共桐溪县委常委会议纪要",
            number="〔2019〕5号",
            body=[
                "2019年5月9日，县委书记周国平主持召开十三届县委常委会第41次会议，专题研究东西部扶贫协作工作。现纪要如下：",
                "会议传达学习了全省东西部扶贫协作工作推进会精神，听取了县扶贫协作办关于今年以来东西部扶贫协作工作情况的汇报。",
                "会议指出，东西部扶贫协作是中央作出的重大决策部署，全县上下要切实提高政治站位，把协作工作摆在脱贫攻坚的突出位置来抓。",
                "会议要求，一要加快项目建设进度，各责任单位要于2019年6月30日前完成全部协作项目开工；二要强化资金监管，严格执行项目资金管理暂行办法；三要做好挂职干部服务管理，为东部挂职干部和专业技术人才解决住房、交通等实际困难。",
            ],
            attendance=[
                "出席：周国平　何志军　吴建华　刘小红　张德胜　赵永强　陈秀英",
                "请假：黄海（外出学习）",
                "列席：县扶贫协作办、县财政局主要负责同志",
            ],
        ),
        props=WPS,
    )
    b.doc(
        f"{org}/（五）会议纪要/桐溪县人民政府第12次常务会议纪要.docx",
        "minutes",
        D(2019, 6, 14),
        minutes(
            header="桐溪县人民政府常务会议纪要",
            number="第12次",
            issue_line=f"桐溪县人民政府办公室　　　　　　　　{fmt(D(2019, 6, 14), 'cn')}",
            body=[
                "6月14日，县长何志军主持召开县人民政府第12次常务会议，研究东西部扶贫协作项目推进等事项。纪要如下：",
                "一、关于东西部扶贫协作项目推进情况。会议听取了县扶贫协作办的汇报。会议要求，各项目实施单位要倒排工期，确保年底前全部完工并发挥效益；县财政局要加快资金拨付，严禁截留挪用。",
                "二、关于扶贫车间建设。会议同意使用东西部扶贫协作资金新建扶贫车间5个，由县人社局牵头实施。",
            ],
            attendance=[
                "出席：何志军　吴建华　王春梅　李国平　邓志军",
                "列席：县扶贫协作办、县财政局、县人社局、县发改局负责同志",
            ],
        ),
    )
    b.doc(
        f"{org}/（六）会议材料/在全县东西部扶贫协作工作推进会上的讲话.docx",
        "meeting_material",
        D(2019, 8, 15),
        [
            ("title", "在全县东西部扶贫协作工作推进会上的讲话"),
            ("center", "（2019年8月15日）"),
            ("center", "县委副书记、县长　何志军"),
            ("left", "同志们："),
            (
                "p",
                "今天召开全县东西部扶贫协作工作推进会，主要任务是总结上半年工作，安排部署下半年任务，确保今年东西部扶贫协作工作在国家考核中取得好成绩。",
            ),
            ("h", "一、上半年工作取得明显成效"),
            (
                "p",
                "今年以来，望海区共向我县拨付财政援助资金4650万元，实施项目26个；新引进东部企业4家，带动贫困人口就业386人；帮助贫困劳动力转移就业1520人。",
            ),
            ("h", "二、清醒认识存在的问题"),
            (
                "p",
                "一是项目进度不平衡，个别乡镇项目开工滞后；二是资料收集不规范，台账数据与实际不一致；三是消费扶贫渠道还不够宽。",
            ),
            ("h", "三、扎实抓好下半年工作"),
            (
                "p",
                "各乡镇、各部门要对照考核指标逐项比对，对没有完成的指标，一定要在12月20日之前全面完成。县扶贫协作办要安排专人收集整理软件资料，做到分类规范、数据一致。",
            ),
            ("p", "同志们，时间紧、任务重，大家要以只争朝夕的精神，确保各项工作落到实处。"),
        ],
    )
    b.xlsx(
        f"{tal}/2-1挂职干部/挂职干部花名册.xlsx",
        "ledger.cadre",
        None,
        [
            (
                "Sheet1",
                cadre_ledger(rng, "桐溪县东西部扶贫协作党政挂职干部花名册", "望海区", two_row=True),
            )
        ],
    )
    b.noise(f"{tal}/2-1挂职干部/~$挂职干部花名册.xlsx", "lock")
    b.doc(
        f"{tal}/2-1挂职干部/关于刘建华同志职务任免的通知.docx",
        "appointment",
        D(2019, 4, 28),
        official(
            mark="中共桐溪县委组织部文件",
            docno="桐组任〔2019〕8号",
            title="关于刘建华同志职务任免的通知",
            to="各乡（镇）党委，县直各单位党组（党委）：",
            body=[
                "根据东西部扶贫协作干部交流安排，经县委研究决定：",
                "刘建华同志（滨海市望海区发展和改革局副局长）挂职任桐溪县发展和改革局党组成员、副局长，挂职时间一年；",
                "免去许志强同志的桐溪县发展和改革局副局长挂职职务，挂职期满回原单位工作。",
            ],
            sign="中共桐溪县委组织部",
            date=D(2019, 4, 28),
        ),
        docno=True,
    )
    b.doc(
        f"{tal}/2-1挂职干部/关于明确挂职干部工作分工的通知.docx",
        "work_division",
        D(2019, 5, 20),
        official(
            docno="桐府办通〔2019〕17号",
            title="桐溪县人民政府办公室关于明确挂职干部工作分工的通知",
            to="各乡（镇）人民政府，县政府各部门：",
            body=[
                "根据工作需要，经县人民政府同意，现将望海区来我县挂职干部工作分工明确如下：",
                "刘建华同志：协助县发展和改革局局长工作，分管东西部扶贫协作项目谋划、资金争取工作。",
                "高明亮同志：协助县人力资源和社会保障局局长工作，协管劳务协作、就业培训和扶贫车间建设工作。",
                "以上同志挂职期间享受所在单位同职级干部工作待遇。",
            ],
            sign="桐溪县人民政府办公室",
            date=D(2019, 5, 20),
        ),
        docno=True,
    )
    b.xlsx(
        f"{tal}/2-2专业技术人才/2019年专技人才交流统计表.xlsx",
        "ledger.talent",
        None,
        [
            (
                "专技人才",
                talent_ledger(
                    rng,
                    "桐溪县2019年东西部扶贫协作专业技术人才交流统计表",
                    "交流（受援）单位",
                    "桐溪县",
                ),
            )
        ],
    )
    b.doc(
        f"{tal}/2-3保障情况/关于东部挂职干部和专业技术人才工作生活保障情况的汇报.docx",
        "report",
        D(2019, 11, 20),
        official(
            title="关于东部挂职干部和专业技术人才工作生活保障情况的汇报",
            to="州扶贫协作办公室：",
            body=[
                "今年以来，我县共接收望海区挂职党政干部2名、专业技术人才34名（教师15名、医生12名、农技人员7名）。现将保障情况汇报如下：",
                "一、工作保障。为挂职干部安排独立办公室，配备电脑等办公设备，明确分管工作，参加县政府常务会议和相关专题会议。",
                "二、生活保障。统一安排周转房34套，配齐生活用品；按规定发放生活补助，每年安排一次健康体检。",
                "三、安全保障。为所有东部来桐人员购买人身意外伤害保险，节假日开展走访慰问。",
            ],
            sign="中共桐溪县委组织部",
            date=D(2019, 11, 20),
        ),
    )
    measures_text = [
        "第一条　为规范东西部扶贫协作项目资金管理，提高资金使用效益，根据国家和省有关规定，结合我县实际，制定本办法。",
        "第二条　本办法所称项目资金，是指滨海市望海区援助我县的财政援助资金和社会帮扶资金。",
        "第三条　项目资金重点用于产业发展、就业扶贫、贫困村基础设施和公共服务，向深度贫困乡镇倾斜，不得用于楼堂馆所建设和发放津补贴。",
        "第四条　项目实行县级项目库管理，由县扶贫协作办会同县财政局审核，报县扶贫开发领导小组审定。",
        "第五条　资金实行国库集中支付，按项目进度拨付；项目完工后30日内完成验收。",
        "第六条　本办法自印发之日起施行。",
    ]
    b.doc(
        f"{fund}/关于印发《桐溪县东西部扶贫协作项目资金管理暂行办法》的通知.docx",
        "measures",
        D(2019, 3, 25),
        official(
            mark="桐溪县人民政府办公室文件",
            docno="桐府办发〔2019〕9号",
            title="桐溪县人民政府办公室关于印发《桐溪县东西部扶贫协作项目资金管理暂行办法》的通知",
            to="各乡（镇）人民政府，县政府各部门：",
            body=[
                "《桐溪县东西部扶贫协作项目资金管理暂行办法》已经县人民政府同意，现印发给你们，请认真贯彻执行。"
            ],
            sign="桐溪县人民政府办公室",
            date=D(2019, 3, 25),
            annex=[
                ("pagebreak",),
                ("title", "桐溪县东西部扶贫协作项目资金管理暂行办法"),
                *(("p", t) for t in measures_text),
            ],
            cc="县委办，县人大办，县政协办",
            printed=("桐溪县人民政府办公室", D(2019, 3, 27)),
        ),
        docno=True,
    )
    cover = [
        "填表说明",
        "1．本表由县扶贫协作办会同县财政局填报，数据截至2019年11月30日。",
        "2．资金单位：万元。",
        "3．“资金用途”填写产业扶贫、就业扶贫、基础设施、教育医疗、其他。",
        "4．“项目实施地点”须填写到乡镇、村。",
    ]
    b.xlsx(
        f"{fund}/桐溪县2019年东西部扶贫协作资金项目台账.xlsx",
        "ledger.fund",
        D(2019, 12, 5),
        [
            ("填表说明", cover),
            ("2019年台账", fund_ledger(rng, "桐溪县2019年东西部扶贫协作资金项目台账", "tongxi")),
        ],
    )
    b.add(
        f"{fund}/微信图片_20190618093012.jpg",
        "photo",
        D(2019, 6, 18),
        write_photo(rng, None, None, size=(960, 720)),
    )
    b.doc(
        f"{ind}/关于支持东部企业来桐投资兴业的若干政策措施.docx",
        "policy",
        D(2019, 2, 26),
        [
            ("title", "桐溪县关于支持东部企业来桐投资兴业的若干政策措施"),
            (
                "p",
                "为深化东西部扶贫协作产业合作，吸引东部企业来我县投资兴业，带动贫困群众增收，制定以下政策措施。",
            ),
            (
                "p",
                "一、用地支持。东部企业在县工业园区投资建设标准厂房的，按工业用地最低价标准供地；租用标准厂房的，前三年租金全免。",
            ),
            (
                "p",
                "二、财税支持。对实际到位投资500万元以上的企业，投产后三年内按其缴纳税收县级留成部分给予奖励。",
            ),
            (
                "p",
                "三、用工支持。企业吸纳建档立卡贫困劳动力就业并签订一年以上劳动合同的，按每人1000元给予一次性奖补。",
            ),
            ("p", "四、金融支持。对带贫效果明显的企业，给予扶贫贷款贴息支持。"),
            ("p", "本措施自发布之日起施行，由县投资促进局负责解释。"),
            ("right", "桐溪县人民政府"),
            ("right", fmt(D(2019, 2, 26))),
        ],
    )
    b.xlsx(
        f"{ind}/东部落地企业统计表.xlsx",
        "ledger.enterprise",
        None,
        [
            (
                "Sheet1",
                enterprise_ledger(rng, "桐溪县2019年东部企业落地情况统计表", reg, variant="tongxi"),
            )
        ],
    )
    b.xlsx(
        f"{ind}/企业带动贫困人口花名册.xlsx",
        "ledger.roster",
        None,
        [
            (
                "花名册",
                roster_ledger(rng, "桐溪县东部落地企业带动贫困人口花名册", reg, n=14, lower_x=4),
            )
        ],
    )
    b.xlsx(
        f"{lab}/贫困劳动力转移就业台账.xlsx",
        "ledger.labour",
        None,
        [
            (
                "转移就业",
                labour_ledger(
                    rng,
                    "桐溪县2019年建档立卡贫困劳动力转移就业台账",
                    reg,
                    types=("省外务工", "省内就近就业"),
                    two_row=True,
                ),
            )
        ],
    )
    b.xlsx(
        f"{lab}/2019年劳务培训台账.xlsx",
        "ledger.training",
        None,
        [("培训", training_ledger(rng, "桐溪县2019年东西部劳务协作培训台账", leaders=True))],
    )
    pp = public_post_ledger(rng, "桐溪县公益性岗位人员台账", reg, n=10)
    b.add(
        f"{lab}/公益性岗位人员台账.xls",
        "ledger.public_post",
        None,
        html_xls(pp),
        text=pp.text(),
        ledger=pp,
    )
    ws = workshop_ledger(rng, "tongxi")
    b.doc(
        f"{lab}/扶贫车间台账.docx",
        "ledger.workshop",
        None,
        [
            ("title", "桐溪县东西部扶贫协作扶贫车间台账"),
            ("ledger", ws),
            ("right", "桐溪县人力资源和社会保障局"),
            ("right", "2019年11月"),
        ],
    )
    b.doc(
        f"{root}/六、携手奔小康/桐溪县·望海区携手奔小康结对帮扶框架协议书.docx",
        "agreement",
        D(2019, 3, 30),
        [
            ("title", "桐溪县·望海区携手奔小康结对帮扶框架协议书"),
            ("left", "甲方：滨海市望海区人民政府"),
            ("left", "乙方：南岭州桐溪县人民政府"),
            (
                "p",
                "为贯彻落实中央关于东西部扶贫协作的决策部署，深入开展携手奔小康行动，经甲乙双方友好协商，达成如下协议：",
            ),
            (
                "p",
                "第一条　甲方2019年向乙方提供财政援助资金不少于4500万元，主要用于产业扶贫、就业扶贫和深度贫困村建设。",
            ),
            (
                "p",
                "第二条　甲方选派党政干部不少于2名、专业技术人才不少于30名到乙方挂职和开展帮扶；乙方选派干部和专业技术人员到甲方跟岗学习。",
            ),
            (
                "p",
                "第三条　双方推动镇村结对、企业结对、学校医院结对，2019年结对数量分别不少于8对、20对、10对。",
            ),
            (
                "p",
                "第四条　甲方帮助乙方贫困劳动力转移就业不少于1000人，其中到东部就业不少于300人。",
            ),
            ("p", "第五条　本协议一式四份，双方各执两份，自签订之日起生效。"),
            ("left", "甲方（盖章）：滨海市望海区人民政府　　　乙方（盖章）：南岭州桐溪县人民政府"),
            ("left", f"签订日期：{fmt(D(2019, 3, 30))}"),
        ],
    )
    b.doc(
        f"{root}/七、创新工作/典型经验材料：“东西协作+扶贫车间”让群众在家门口就业.docx",
        "case",
        None,
        [
            ("title", "“东西协作+扶贫车间”让群众在家门口就业"),
            ("center", "——桐溪县东西部扶贫协作典型经验材料"),
            (
                "p",
                "近年来，桐溪县借助望海区帮扶力量，探索“东部企业+扶贫车间+贫困户”模式，把车间建到村口，把岗位送到家门口，走出了一条就近就业、稳定增收的新路子。",
            ),
            ("h", "一、主要做法"),
            (
                "p",
                "一是统筹资金建车间。整合东西部扶贫协作资金1200万元，在8个乡镇建成扶贫车间12个。二是引进企业稳订单。引导望海区服装、电子企业将来料加工环节转移到车间。三是技能培训促上岗。开展订单式培训，培训合格即上岗。",
            ),
            ("h", "二、取得成效"),
            (
                "p",
                "目前全县扶贫车间共吸纳就业620人，其中贫困劳动力318人，人均月收入2100元，深度贫困村群众实现了“挣钱顾家两不误”。",
            ),
            ("right", "桐溪县扶贫协作办公室"),
            ("right", "2019年10月"),
        ],
    )
    b.doc(
        f"{root}/七、创新工作/桐溪县2019年东西部扶贫协作工作自评报告.docx",
        "report",
        D(2019, 12, 5),
        official(
            title="桐溪县2019年东西部扶贫协作工作自评报告",
            to="州扶贫协作办公室：",
            body=[
                "按照州扶贫协作办关于开展2019年东西部扶贫协作成效自评的通知要求，我县对照考核指标进行了认真自评，现将有关情况报告如下：",
                "一、组织领导。县委常委会、县政府常务会议专题研究协作工作11次，两地党政主要领导互访4次，召开联席会议1次。",
                "二、人才交流。望海区选派挂职干部2名、专业技术人才34名；我县选派干部和专业技术人员56名到望海区跟岗学习。",
                "三、资金使用。到位财政援助资金4650万元，其中用于深度贫困村1380万元，支持解决“两不愁三保障”突出问题资金820万元。",
                "四、产业合作与劳务协作。引进东部企业4家，实际到位投资1.26亿元，带动贫困人口386人；帮助贫困劳动力转移就业1520人，其中到省外就业612人。",
                "五、携手奔小康。结对乡镇8对、村企20对；为贫困残疾人开发就业岗位45个。",
                "自评结果：好。",
            ],
            sign="桐溪县扶贫开发领导小组办公室",
            date=D(2019, 12, 5),
        ),
    )
    b.xlsx(
        f"{root}/2020年项目库/桐溪县2020年东西部扶贫协作项目计划表.xlsx",
        "ledger.project_plan",
        None,
        [
            (
                "2020年计划",
                project_plan_ledger(
                    rng, "桐溪县2020年东西部扶贫协作项目计划表", "拟投入资金（万元）", "tongxi"
                ),
            )
        ],
    )


# ---------------------------------------------------------------------------- ledgers ---
TOWNS = [
    "城关镇",
    "清水镇",
    "高坡乡",
    "龙场镇",
    "新寨乡",
    "岩脚镇",
    "平寨乡",
    "石门镇",
    "兴隆镇",
    "沙坝乡",
]
VILLAGES = [
    "新寨村",
    "坪上村",
    "大塘村",
    "红岩村",
    "水口村",
    "龙井村",
    "高寨村",
    "岩门村",
    "花园村",
    "河边村",
    "丰收村",
    "平坝村",
]
EAST_DISTRICTS = ["望海区", "湖滨区", "江东区", "临港区", "金沙区"]


def cadre_ledger(
    rng: random.Random,
    title: str,
    district: str,
    *,
    two_row: bool = False,
    with_post: bool = True,
    post_header: str = "挂职职务",
) -> Ledger:
    units = [
        "县发展和改革局",
        "县人民政府",
        "县扶贫开发办公室",
        "县工业园区管委会",
        "县农业农村局",
        "县人力资源和社会保障局",
    ]
    posts = ["党组成员、副局长", "副县长", "副主任", "副主任", "副局长", "副局长"]
    rows = []
    for i in range(6):
        name, male = person(rng)
        row = [
            i + 1,
            name,
            "男" if male else "女",
            f"{rng.randrange(1972, 1990)}.{rng.randrange(1, 13):02d}",
            f"滨海市{district}{rng.choice(['发改局', '商务局', '人社局', '农业农村局', '投资促进局'])}",
            units[i],
        ]
        if with_post:
            row.append(posts[i])
        row += ["2019.04—2020.04" if i < 3 else "2019.07—2021.07", mobile(rng)]
        rows.append(row)
    header = (
        ["序号", "姓名", "性别", "出生年月", "派出单位", "挂职单位"]
        + ([post_header] if with_post else [])
        + ["挂职起止时间", "联系电话"]
    )
    roles = {"姓名": "姓名", "挂职单位": "挂职单位"}
    if with_post:
        roles["挂职职务"] = post_header
    groups = [("挂职情况", 5, 7 if with_post else 6)] if two_row else []
    return Ledger(
        title, header, rows, roles, groups=groups, notes=["注：挂职时间以组织部门任职文件为准。"]
    )


def talent_ledger(rng: random.Random, title: str, unit_header: str, place: str) -> Ledger:
    kinds = [
        ("教师", "中学一级教师", "县第一中学"),
        ("教师", "小学高级教师", "城关镇中心小学"),
        ("医生", "主治医师", "县人民医院"),
        ("医生", "副主任医师", "县中医院"),
        ("农技", "高级农艺师", "县农业技术推广站"),
        ("医生", "主管护师", "县妇幼保健院"),
        ("教师", "中学高级教师", "县民族中学"),
    ]
    rows = []
    for i, (cat, rank, host) in enumerate(kinds):
        name, male = person(rng)
        rows.append(
            [
                i + 1,
                name,
                "男" if male else "女",
                cat,
                rank,
                f"滨海市{rng.choice(EAST_DISTRICTS)}{'教育局' if cat == '教师' else '卫健局' if cat == '医生' else '农业农村局'}",
                host.replace("县", place, 1) if host.startswith("县") else host,
                f"2019年{rng.randrange(2, 10)}月",
                rng.choice([90, 180, 365]),
            ]
        )
    header = [
        "序号",
        "姓名",
        "性别",
        "人才类别",
        "专业技术职称",
        "派出单位",
        unit_header,
        "交流时间",
        "交流天数",
    ]
    return Ledger(
        title,
        header,
        rows,
        {"姓名": "姓名", "交流单位": unit_header},
        pre=["填报单位（盖章）：　　　　　　　　　　　　　　填报人：　　　　　"],
    )


def fund_ledger(rng: random.Random, title: str, variant: str) -> Ledger:
    projects = [
        ("产业扶贫", "食用菌种植基地建设项目", "大棚42个及配套设施"),
        ("就业扶贫", "扶贫车间建设项目", "标准化车间3栋"),
        ("基础设施", "村组道路硬化项目", "硬化通组路6.5公里"),
        ("产业扶贫", "精品水果产业园项目", "种植脆红李800亩"),
        ("教育医疗", "村卫生室标准化建设项目", "新建村卫生室4个"),
        ("就业扶贫", "劳务协作培训及奖补项目", "培训贫困劳动力600人次"),
        ("产业扶贫", "生态养殖场建设项目", "建设养殖圈舍3200平方米"),
        ("基础设施", "安全饮水巩固提升项目", "新建蓄水池8座"),
    ]
    rows = []
    for i, (use, name, content) in enumerate(projects):
        town = rng.choice(TOWNS)
        place = f"{town}{rng.choice(VILLAGES)}" if i != 5 else "全县"
        amount = float(rng.randrange(80, 900)) + rng.choice((0, 0.5))
        if variant == "tongxi":
            aid = round(amount * 0.8, 1)
            rows.append(
                [
                    i + 1,
                    name,
                    place,
                    content,
                    use,
                    amount,
                    aid,
                    round(amount - aid, 1),
                    f"{town}人民政府",
                    rng.randrange(60, 900),
                ]
            )
        elif variant == "baima":
            rows.append(
                [
                    i + 1,
                    name,
                    place,
                    content,
                    amount,
                    f"{rng.randrange(60, 101)}%",
                    f"{town}人民政府",
                ]
            )
        elif variant == "anping":
            rows.append([i + 1, name, use, content, amount, f"{rng.randrange(60, 101)}%"])
        elif variant == "fenghuang":
            rows.append(
                [str(i + 1), name, place, f"{amount:g}", rng.choice(["已完工", "已完工", "在建"])]
            )
        elif variant == "prefecture":
            county = rng.choice(["桐溪县", "白马县", "安平县", "凤凰区", "溪口县"])
            rows.append(
                [i + 1, county, name, f"{county}{place}", amount, round(amount * 0.9, 1), use]
            )
    if variant == "tongxi":
        header = [
            "序号",
            "项目名称",
            "项目实施地点（乡镇、村）",
            "建设内容",
            "资金用途",
            "资金总额",
            "其中：财政援助资金",
            "社会帮扶资金",
            "实施单位",
            "受益贫困人口（人）",
        ]
        return Ledger(
            title,
            header,
            rows,
            {
                "项目名称": "项目名称",
                "实施地点": "项目实施地点（乡镇、村）",
                "金额": "资金总额",
                "用途": "资金用途",
            },
            groups=[("资金（万元）", 5, 7)],
            pre=["填报单位：桐溪县扶贫协作办公室（盖章）　　　　　　填报日期：2019年12月5日"],
            total_cols=["资金总额", "其中：财政援助资金", "社会帮扶资金", "受益贫困人口（人）"],
        )
    if variant == "baima":
        header = [
            "序号",
            "项目名称",
            "建设地点",
            "建设内容",
            "资金规模（万元）",
            "拨付进度",
            "实施单位",
        ]
        return Ledger(
            title,
            header,
            rows,
            {"项目名称": "项目名称", "实施地点": "建设地点", "金额": "资金规模（万元）"},
            notes=["注：1.资金规模含财政援助资金和社会帮扶资金；2.拨付进度截至11月底。"],
            total_cols=["资金规模（万元）"],
        )
    if variant == "anping":
        header = ["序号", "项目名称", "资金用途", "建设内容及规模", "资金总额（万元）", "拨付进度"]
        return Ledger(
            title,
            header,
            rows,
            {"项目名称": "项目名称", "金额": "资金总额（万元）", "用途": "资金用途"},
            total_cols=["资金总额（万元）"],
        )
    if variant == "fenghuang":
        header = ["序号", "项目名称", "实施地点", "资金（万元）", "项目进度"]
        return Ledger(
            title,
            header,
            rows,
            {"项目名称": "项目名称", "实施地点": "实施地点", "金额": "资金（万元）"},
        )
    header = ["序号", "县（区）", "项目名称", "项目所在县乡村", "计划", "到位", "资金类别"]
    return Ledger(
        title,
        header,
        rows,
        {"项目名称": "项目名称", "实施地点": "项目所在县乡村", "金额": "计划", "用途": "资金类别"},
        groups=[("资金（万元）", 4, 5)],
        total_cols=["计划", "到位"],
    )


def enterprise_ledger(rng: random.Random, title: str, region: str, *, variant: str) -> Ledger:
    names = [
        "南岭望海智能电子有限公司",
        "西岭湖滨服饰有限公司",
        "南岭滨农生态农业开发有限公司",
        "西岭江东食品有限公司",
        "南岭临港鞋业有限公司",
        "西岭金沙茶业有限公司",
    ]
    rows = []
    for i, name in enumerate(names[:5]):
        invest = rng.randrange(300, 5000)
        if variant == "tongxi":
            rows.append(
                [
                    i + 1,
                    name,
                    make_uscc(rng, region),
                    f"东江省滨海市{rng.choice(EAST_DISTRICTS)}",
                    rng.choice(["电子制造", "服装加工", "农产品加工", "茶叶"]),
                    invest,
                    f"2019.{rng.randrange(3, 11):02d}",
                    rng.randrange(20, 160),
                    rng.choice(["就业带动", "订单收购", "土地流转+务工"]),
                ]
            )
        elif variant == "baima":
            rows.append(
                [
                    i + 1,
                    name,
                    f"滨海市{rng.choice(EAST_DISTRICTS)}",
                    invest,
                    f"2019年{rng.randrange(3, 11)}月",
                    rng.randrange(30, 260),
                    person(rng)[0],
                    mobile(rng),
                ]
            )
        else:  # fenghuang: one 投资额 written as text
            rows.append(
                [
                    i + 1,
                    name,
                    f"东江省滨海市{rng.choice(EAST_DISTRICTS)}",
                    invest if i != 2 else "约500",
                    int(invest * 0.7) if i != 2 else "",
                    rng.randrange(15, 120),
                ]
            )
    if variant == "tongxi":
        header = [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "东部来源地",
            "投资领域",
            "投资金额（万元）",
            "落地时间",
            "带贫人数",
            "带贫方式",
        ]
        return Ledger(
            title,
            header,
            rows,
            {"企业名称": "企业名称", "投资额": "投资金额（万元）", "带动贫困人口数": "带贫人数"},
            total_cols=["投资金额（万元）", "带贫人数"],
        )
    if variant == "baima":
        header = [
            "序号",
            "企业名称",
            "注册地",
            "投资额（万元）",
            "投产时间",
            "吸纳就业人数",
            "联系人",
            "联系电话",
        ]
        return Ledger(title, header, rows, {"企业名称": "企业名称", "投资额": "投资额（万元）"})
    header = [
        "序号",
        "企业名称",
        "东部来源地",
        "协议投资额（万元）",
        "实际到位投资额（万元）",
        "带动贫困人口数（人）",
    ]
    return Ledger(
        title,
        header,
        rows,
        {
            "企业名称": "企业名称",
            "投资额": "协议投资额（万元）",
            "带动贫困人口数": "带动贫困人口数（人）",
        },
    )


def roster_ledger(
    rng: random.Random,
    title: str,
    region: str,
    *,
    n: int,
    bad: int | None = None,
    dup: int | None = None,
    lower_x: int | None = None,
) -> Ledger:
    rows = []
    ppl = people_rows(rng, n, region)
    for i, (name, _g, pid) in enumerate(ppl):
        if bad is not None and i == bad:
            pid = break_id(pid)
        if lower_x is not None and i == lower_x:  # a valid ID typed with a lowercase x
            while not pid.endswith("X"):
                pid = make_id(rng, region, rng.random() < 0.5)
            pid = pid.lower()
        if dup is not None and i == dup:
            pid = rows[1][6]
        rows.append(
            [
                i + 1,
                rng.choice(TOWNS),
                rng.choice(VILLAGES),
                name,
                name if i % 3 else person(rng)[0],
                "户主" if i % 3 else "子女",
                pid,
                rng.choice(["南岭望海智能电子有限公司", "南岭滨农生态农业开发有限公司"]),
                rng.choice(["务工就业", "土地流转", "订单收购", "入股分红"]),
            ]
        )
    header = [
        "序号",
        "乡镇",
        "村",
        "户主姓名",
        "姓名",
        "与户主关系",
        "公民身份号码",
        "带动企业",
        "帮扶措施",
    ]
    roles = {"姓名": "姓名", "身份证号": "公民身份号码"}
    return Ledger(title, header, rows, roles, bad_ids=[bad] if bad is not None else [])


def labour_ledger(
    rng: random.Random,
    title: str,
    region: str,
    *,
    types: Sequence[str],
    two_row: bool = False,
    n: int = 12,
    variant: str = "tongxi",
) -> Ledger:
    rows = []
    for i, (name, g, pid) in enumerate(people_rows(rng, n, region)):
        t = types[i % len(types)]
        outside = "外" in t
        where = (
            (
                f"东江省滨海市{rng.choice(EAST_DISTRICTS)}"
                if rng.random() < 0.6
                else rng.choice(["广东省东莞市", "浙江省宁波市", "福建省晋江市"])
            )
            if outside
            else rng.choice(["西岭省南岭州桐溪县", "西岭省云州市", "西岭省南岭州工业园区"])
        )
        if variant == "tongxi":
            rows.append(
                [
                    i + 1,
                    name,
                    g,
                    pid,
                    rng.choice(TOWNS),
                    rng.choice(VILLAGES),
                    t,
                    where,
                    rng.choice(["电子厂", "服装厂", "建筑工地", "物流公司"]),
                    rng.choice(["普工", "操作工", "搬运工", "缝纫工"]),
                    rng.randrange(2200, 5200, 100),
                ]
            )
        elif variant == "fenghuang":
            rows.append(
                [
                    i + 1,
                    name,
                    g,
                    pid,
                    f"凤凰区{rng.choice(TOWNS)}{rng.choice(VILLAGES)}",
                    where,
                    rng.choice(["电子厂", "鞋厂", "建筑公司"]),
                    f"2019.{rng.randrange(1, 10):02d}",
                ]
            )
        elif variant == "anping":
            rows.append(
                [
                    i + 1,
                    f"安平县{rng.choice(TOWNS)}",
                    rng.choice(VILLAGES),
                    name,
                    g,
                    pid,
                    "是",
                    t,
                    where,
                    rng.choice(["农业合作社", "县工业园区", "建筑公司"]),
                    rng.randrange(1800, 3500, 100),
                ]
            )
        else:  # prefecture summary with the county of each row
            rows.append(
                [
                    i + 1,
                    rng.choice(["桐溪县", "白马县", "安平县", "凤凰区", "溪口县"]),
                    name,
                    pid,
                    t,
                    where,
                    rng.randrange(2000, 5200, 100),
                ]
            )
    if variant == "tongxi":
        header = [
            "序号",
            "务工人员姓名",
            "性别",
            "公民身份号码",
            "乡镇",
            "村",
            "转移就业类型",
            "务工地点（省市县）",
            "就业单位",
            "岗位",
            "月收入（元）",
        ]
        return Ledger(
            title,
            header,
            rows,
            {"姓名": "务工人员姓名", "身份证号": "公民身份号码", "就业地点": "务工地点（省市县）"},
            groups=[("基本情况", 1, 5), ("就业情况", 6, 10)] if two_row else [],
        )
    if variant == "fenghuang":
        header = [
            "序号",
            "姓名",
            "性别",
            "身份证号",
            "家庭住址",
            "务工地点",
            "务工单位",
            "务工时间",
        ]
        return Ledger(
            title, header, rows, {"姓名": "姓名", "身份证号": "身份证号", "就业地点": "务工地点"}
        )
    if variant == "anping":
        header = [
            "序号",
            "乡镇",
            "村",
            "姓名",
            "性别",
            "身份证号码",
            "是否建档立卡",
            "就业类型",
            "就业地点",
            "就业单位",
            "月收入（元）",
        ]
        return Ledger(
            title,
            header,
            rows,
            {"姓名": "姓名", "身份证号": "身份证号码", "就业地点": "就业地点"},
            pre=["填报单位：安平县人力资源和社会保障局"],
        )
    header = ["序号", "县（区）", "姓名", "身份证号", "就业类型", "就业地点", "月收入（元）"]
    return Ledger(
        title,
        header,
        rows,
        {"姓名": "姓名", "身份证号": "身份证号", "就业地点": "就业地点"},
        pre=["填报单位：南岭州人力资源和社会保障局　　　　单位：人、元"],
    )


def training_ledger(
    rng: random.Random, title: str, *, leaders: bool, variant: str = "tongxi"
) -> Ledger:
    courses = [
        "电子装配技能培训班",
        "家政服务员培训班",
        "中式烹调师培训班",
        "茶叶种植加工技术培训",
        "电商运营实用技术培训",
    ]
    if leaders:
        courses.insert(1, "贫困村创业致富带头人培训班（第一期）")
    rows = []
    for i, c in enumerate(courses):
        n = rng.randrange(30, 120)
        if variant == "tongxi":
            rows.append(
                [
                    i + 1,
                    c,
                    rng.choice(["劳动力技能", "创业培训", "实用技术"]),
                    f"2019年{rng.randrange(3, 12)}月",
                    rng.choice(["县职校", "望海区职业技术学院", "县就业培训中心"]),
                    n,
                    int(n * 0.7),
                    rng.choice(["是", "否"]),
                    "",
                ]
            )
        elif variant == "fenghuang":
            rows.append(
                [
                    i + 1,
                    c,
                    f"2019.{rng.randrange(3, 12)}",
                    rng.choice(["区就业局培训基地", "临港区技师学院"]),
                    n,
                    int(n * 0.6),
                    rng.choice(["临港区人社局", "凤凰区人社局"]),
                ]
            )
        else:
            rows.append(
                [
                    i + 1,
                    c,
                    f"2019年{rng.randrange(3, 12)}月",
                    rng.choice(["州职业技术学院", "滨海技师学院"]),
                    n,
                    int(n * 0.65),
                    round(n * 0.08, 2),
                ]
            )
    if variant == "tongxi":
        header = [
            "序号",
            "培训名称",
            "培训类别",
            "培训时间",
            "培训地点",
            "参训学员（人）",
            "其中贫困劳动力",
            "东部师资",
            "备注",
        ]
        return Ledger(
            title,
            header,
            rows,
            {"培训名称": "培训名称", "参训人数": "参训学员（人）"},
            total_cols=["参训学员（人）", "其中贫困劳动力"],
        )
    if variant == "fenghuang":
        header = [
            "序号",
            "培训项目",
            "培训时间",
            "培训地点",
            "培训人数",
            "其中贫困人口",
            "承办单位",
        ]
        return Ledger(title, header, rows, {"培训名称": "培训项目", "参训人数": "培训人数"})
    header = [
        "序号",
        "培训项目",
        "培训时间",
        "培训地点",
        "参训学员（人）",
        "其中贫困劳动力",
        "经费（万元）",
    ]
    return Ledger(
        title,
        header,
        rows,
        {"培训名称": "培训项目", "参训人数": "参训学员（人）"},
        total_cols=["参训学员（人）", "其中贫困劳动力", "经费（万元）"],
    )


def public_post_ledger(
    rng: random.Random,
    title: str,
    region: str,
    *,
    n: int,
    bad: int | None = None,
    as_number: Sequence[int] = (),
) -> Ledger:
    rows = []
    for i, (name, g, pid) in enumerate(people_rows(rng, n, region)):
        pid_cell: Any = pid
        if bad is not None and i == bad:
            pid_cell = break_id(pid)
        if i in as_number:  # typed into a General cell: Excel keeps 15 digits (5.227E+17)
            damaged = pid[:15] + "000"
            assert citizen_id(damaged[:17]) != damaged, "pick another row: the damage checks"
            pid_cell = float(damaged)
        rows.append(
            [
                i + 1,
                rng.choice(["护林员", "保洁员", "护路员", "村级公益专干", "水管员"]),
                name,
                g,
                pid_cell,
                rng.choice(VILLAGES),
                f"2019年{rng.randrange(1, 10)}月",
                rng.choice([600, 800, 800, 1000]),
            ]
        )
    header = [
        "序号",
        "岗位类型",
        "姓名",
        "性别",
        "身份证号",
        "所在村",
        "上岗时间",
        "补贴标准（元/月）",
    ]
    bad_ids = {*as_number, *([bad] if bad is not None else [])}
    roles = {"公益性岗位": "岗位类型", "姓名": "姓名", "身份证号": "身份证号"}
    return Ledger(title, header, rows, roles, bad_ids=bad_ids)


def workshop_ledger(rng: random.Random, variant: str) -> Ledger:
    rows = []
    for i in range(5):
        town = rng.choice(TOWNS)
        jobs = rng.randrange(30, 120)
        if variant == "tongxi":
            rows.append(
                [
                    i + 1,
                    f"{town}{rng.choice(['服装', '电子', '鞋帽', '竹编'])}扶贫车间",
                    f"{town}{rng.choice(VILLAGES)}",
                    f"滨海市{rng.choice(EAST_DISTRICTS)}",
                    rng.randrange(50, 300),
                    jobs,
                    int(jobs * 0.55),
                    rng.choice(["服装", "电子元件", "鞋面", "竹编工艺品"]),
                ]
            )
        else:
            rows.append(
                [
                    i + 1,
                    f"{town}扶贫车间{i + 1}号",
                    town,
                    f"临港区{rng.choice(['商会', '某鞋业公司', '电子科技公司'])}",
                    jobs,
                    int(jobs * 0.5),
                ]
            )
    if variant == "tongxi":
        header = [
            "序号",
            "车间名",
            "所在乡镇、村",
            "东部帮扶方",
            "投入资金（万元）",
            "吸纳就业人数",
            "其中贫困人口",
            "主要产品",
        ]
        return Ledger(None, header, rows, {"车间名称": "车间名", "吸纳就业人数": "吸纳就业人数"})
    header = ["序号", "车间名", "所在乡镇", "东部援建方", "吸纳就业人数", "其中贫困劳动力"]
    return Ledger(
        "凤凰区扶贫车间统计表",
        header,
        rows,
        {"车间名称": "车间名", "吸纳就业人数": "吸纳就业人数"},
        total_cols=["吸纳就业人数", "其中贫困劳动力"],
    )


def project_plan_ledger(rng: random.Random, title: str, money_header: str, variant: str) -> Ledger:
    names = [
        "茶旅融合产业示范园项目",
        "易地扶贫搬迁安置点扶贫车间项目",
        "高标准蔬菜基地建设项目",
        "贫困村人居环境整治项目",
        "劳务协作培训补贴项目",
        "肉牛养殖产业扶贫项目",
        "乡村学校少年宫建设项目",
    ]
    rows = []
    for i, n in enumerate(names):
        money = float(rng.randrange(100, 1600))
        place = f"{rng.choice(TOWNS)}{rng.choice(VILLAGES)}"
        if variant == "tongxi":
            rows.append(
                [i + 1, n, place, "详见项目实施方案", money, "财政援助资金", rng.randrange(50, 800)]
            )
        elif variant == "baima":
            rows.append(
                [i + 1, n, rng.choice(["产业", "就业", "基础设施"]), place, money, "2020年3月—12月"]
            )
        elif variant == "anping":
            rows.append([i + 1, n, place, money])
        elif variant == "xikou":
            rows.append(
                [i + 1, n, rng.choice(["产业扶贫", "就业扶贫", "基础设施"]), place, money, ""]
            )
        else:
            rows.append(
                [
                    i + 1,
                    n,
                    rng.choice(["产业", "就业", "社会事业"]),
                    f"{rng.choice(['桐溪县', '白马县', '安平县', '凤凰区', '溪口县'])}{place}",
                    money,
                    round(money * 0.85, 1),
                ]
            )
    if variant == "tongxi":
        header = [
            "序号",
            "项目名称",
            "建设地点",
            "建设内容",
            money_header,
            "资金来源",
            "预计带贫人数",
        ]
    elif variant == "baima":
        header = ["序号", "项目名称", "项目类型", "实施地点", money_header, "建设周期"]
    elif variant == "anping":
        header = ["序号", "项目名称", "实施地点", money_header]
    elif variant == "xikou":
        header = ["序号", "项目名称", "项目类别", "实施地点", money_header, "备注"]
    else:
        header = ["序号", "项目名称", "项目类别", "实施地点", money_header, "其中：财政援助资金"]
    return Ledger(
        title,
        header,
        rows,
        {"项目名称": "项目名称", "计划资金": money_header},
        total_cols=[money_header],
    )


# ----------------------------------------------------------------------------- 白马县 ---
def baima(b: Builder, rng: random.Random) -> None:
    """Per-year / per-month folders; several items defective."""
    u = "白马县"
    reg = "522723"
    b.noise(f"{u}/2019年/desktop.ini", "desktop_ini")
    b.doc(
        f"{u}/2018年/12月/白马县·湖滨区东西部扶贫协作联席会议纪要.docx",
        "minutes",
        D(2018, 12, 21),
        minutes(
            header="白马县·湖滨区东西部扶贫协作联席会议纪要",
            number=None,
            body=[
                "2018年12月21日，白马县·湖滨区东西部扶贫协作联席会议在白马县召开，湖滨区委书记郑建国、白马县委书记李明远出席会议。会议议定以下事项：",
                "一、双方对2018年扶贫协作工作给予充分肯定，各项协议指标全面完成。",
                "二、湖滨区2019年安排财政援助资金不低于3800万元，重点支持产业发展和劳务协作。",
                "三、双方加强干部人才交流，湖滨区继续选派挂职干部和专业技术人才到白马县开展帮扶。",
            ],
            attendance=["出席：郑建国　李明远　韦志军　罗秀英", "列席：两地扶贫协作办负责同志"],
        ),
    )
    letter = b.doc(
        f"{u}/2019年/03月/关于商请湖滨区选派专业技术人才的函.docx",
        "letter",
        D(2019, 3, 8),
        official(
            docno="白府函〔2019〕6号",
            title="白马县人民政府关于商请湖滨区选派专业技术人才的函",
            to="滨海市湖滨区人民政府：",
            body=[
                "为加快补齐我县教育、医疗短板，根据两地东西部扶贫协作协议，恳请贵区2019年选派骨干教师、医生等专业技术人才不少于30名到我县开展帮扶，时间为一学期或半年以上。",
                "我县将为来白马县帮扶的专业技术人才安排好工作生活条件。",
                "盼复。",
            ],
            sign="白马县人民政府",
            date=D(2019, 3, 8),
            contact="（联系人：韦丽，电话：0854-6112308）",
        ),
        docno=True,
    )
    b.copy(letter, f"{u}/2019年/03月/关于商请湖滨区选派专业技术人才的函 - 副本.docx")
    plan_body = [
        "为认真贯彻落实东西部扶贫协作各项决策部署，全面完成2019年两地协作协议各项指标，制定本计划。",
        "一、目标任务。全年争取湖滨区财政援助资金3800万元以上，实施协作项目20个以上；引进东部企业3家以上；帮助贫困劳动力转移就业1000人以上。",
        "二、重点工作。（一）深化组织领导，两地党政主要领导互访不少于2次；（二）加强人才交流；（三）规范资金使用；（四）深化产业合作；（五）强化劳务协作；（六）深入推进携手奔小康行动。",
        "三、工作要求。各责任单位要明确专人负责，每季度末向县扶贫协作办报送工作进展情况。",
    ]
    b.doc(
        f"{u}/2019年/04月/白马县2019年东西部扶贫协作工作计划（征求意见稿）.docx",
        "plan",
        None,
        [
            ("title", "白马县2019年东西部扶贫协作工作计划"),
            ("center", "（征求意见稿）"),
            *(("p", t) for t in plan_body),
            ("right", "白马县扶贫协作办"),
            ("right", "2019年4月"),
        ],
    )
    b.doc(
        f"{u}/2019年/05月/关于印发白马县2019年东西部扶贫协作工作计划的通知.docx",
        "plan",
        D(2019, 5, 6),
        official(
            mark="白马县人民政府办公室文件",
            docno="白府办发〔2019〕21号",
            title="白马县人民政府办公室关于印发白马县2019年东西部扶贫协作工作计划的通知",
            to="各乡（镇）人民政府，县政府各部门：",
            body=[
                "《白马县2019年东西部扶贫协作工作计划》已经县人民政府同意，现印发给你们，请结合实际认真抓好落实。"
            ],
            sign="白马县人民政府办公室",
            date=D(2019, 5, 6),
            annex=[
                ("pagebreak",),
                ("title", "白马县2019年东西部扶贫协作工作计划"),
                *(("p", t) for t in plan_body),
            ],
            printed=("白马县人民政府办公室", D(2019, 5, 8)),
        ),
        props=WPS,
        docno=True,
    )
    b.doc(
        f"{u}/2019年/05月/中共白马县委常委会第9次会议纪要.docx",
        "minutes",
        D(2019, 5, 17),
        minutes(
            header="中共白马县委常委会会议纪要",
            number="第9次",
            issue_line=f"中共白马县委办公室　　　　　　　　{fmt(D(2019, 5, 17), 'cnbad')}",
            body=[
                "5月17日，县委书记李明远主持召开十四届县委常委会第9次会议。会议研究了以下事项：",
                "一、听取了县扶贫协作办关于东西部扶贫协作工作情况的汇报。会议强调，要把东西部扶贫协作作为脱贫攻坚的重要抓手，全面完成年度协议指标。",
                "二、会议同意成立白马县东西部扶贫协作工作领导小组，由县委书记、县长任双组长。",
                "三、会议要求各乡镇切实做好东部企业落地服务工作。",
            ],
            attendance=[
                "出席：李明远　韦志军　杨光荣　潘秀兰　吴德胜　龙海波",
                "列席：县扶贫协作办主任",
            ],
        ),
    )
    for name in (
        "微信图片_20190620153012.jpg",
        "微信图片_20190620153047.jpg",
        "2019.6.20 对接考察 (3).jpg",
    ):
        b.add(
            f"{u}/2019年/06月/{name}",
            "photo",
            D(2019, 6, 20),
            write_photo(rng, None, None, size=(1080, 810)),
        )
    paras = [
        "6月20日，滨海市湖滨区党政代表团一行来我县考察对接东西部扶贫协作工作。县委书记李明远陪同考察并主持召开座谈会。",
        "代表团一行先后来到白马镇食用菌种植基地、新寨村扶贫车间，详细了解协作项目建设和群众增收情况。",
        "座谈会上，双方就深化产业合作、劳务协作、消费扶贫等进行了深入交流。湖滨区表示，将继续加大帮扶力度，助力白马县如期打赢脱贫攻坚战。",
    ]
    b.doc(
        f"{u}/2019年/06月/湖滨区考察团来我县考察对接东西部扶贫协作工作.docx",
        "news",
        D(2019, 6, 21),
        news(
            title="湖滨区考察团来我县考察对接东西部扶贫协作工作",
            source="南岭日报",
            when="2019-06-21 09:30",
            author="记者 韦丽 通讯员 潘红",
            paras=paras,
        ),
    )
    b.doc(
        f"{u}/2019年/07月/白马县扶贫开发领导小组2019年第二次会议纪要.docx",
        "minutes",
        D(2019, 7, 10),
        minutes(
            header="白马县扶贫开发领导小组会议纪要",
            number="2019年第2期",
            body=[
                f"{fmt(D(2019, 7, 10), 'pad')}，县扶贫开发领导小组召开2019年第二次会议，研究东西部扶贫协作项目调整等事项。",
                "会议同意将湖滨区援助的扶贫车间建设资金320万元调整用于新寨村、坪上村扶贫车间建设。",
                "会议要求县扶贫协作办牵头，于2019年8月31日前完成协作项目调整备案工作。",
            ],
            attendance=["参会人员：韦志军　杨光荣　县扶贫办、县财政局、县发改局负责同志"],
        ),
    )
    b.doc(
        f"{u}/2019年/08月/关于王志强等3名同志挂职的通知.docx",
        "appointment",
        D(2019, 8, 2),
        [
            ("title", "关于王志强等3名同志挂职的通知"),
            ("left", "各乡（镇）党委、人民政府，县直各部门："),
            ("p", "根据东西部扶贫协作干部交流工作安排，经研究决定："),
            (
                "p",
                "王志强同志（滨海市湖滨区商务局副局长）挂职任白马县人民政府副县长，协助分管东西部扶贫协作工作；",
            ),
            ("p", "陈海燕同志挂职任白马县扶贫开发办公室副主任；"),
            ("p", "林东同志挂职任白马县工业园区管委会副主任。"),
            ("p", "挂职时间均为两年。"),
            ("right", "中共白马县委组织部"),
            ("right", fmt(D(2019, 8, 2))),
        ],
    )
    speech = [
        ("title", "在全县东西部扶贫协作推进会上的讲话"),
        ("center", f"（{fmt(D(2019, 9, 12))}）"),
        ("center", "县委书记　李明远"),
        ("left", "同志们："),
        (
            "p",
            "今天召开会议，主要是贯彻落实全州东西部扶贫协作工作推进会精神，对全县下一步工作再安排再部署。",
        ),
        (
            "p",
            "一、要认清形势。今年的东西部扶贫协作考核将首次延伸到县一级，考核结果直接影响全州成绩。",
        ),
        (
            "p",
            "二、要突出重点。抓好项目建设、劳务协作和消费扶贫三件大事，尤其是转移就业人数要登记造册、一人一档。",
        ),
        ("p", "三、要压实责任。县级领导要包保到项目，定期调度。"),
    ]
    b.add(
        f"{u}/2019年/09月/在全县东西部扶贫协作推进会上的讲话.doc",
        "meeting_material",
        D(2019, 9, 12),
        write_docx(speech, Props()),
        text=blocks_text(speech),
    )
    b.doc(
        f"{u}/2019年/10月/请假条.docx",
        "other",
        D(2019, 10, 12),
        [
            ("title", "请　假　条"),
            (
                "p",
                "县扶贫协作办：本人因家中老人生病需回家照料，特申请请假3天（2019年10月14日至10月16日），请假期间工作已交由潘红同志代为处理，望批准。",
            ),
            ("right", "申请人：韦丽"),
            ("right", fmt(D(2019, 10, 12))),
            ("left", "领导意见：同意。"),
        ],
    )
    b.doc(
        f"{u}/2019年/11月/白马县东西部扶贫协作工作情况汇报.docx",
        "report",
        D(2019, 11, 25),
        official(
            title="白马县东西部扶贫协作工作情况汇报",
            body=[
                "今年以来，在湖滨区的大力支持下，我县东西部扶贫协作工作取得了明显成效。",
                "一、资金项目方面。湖滨区共拨付财政援助资金3860万元，实施项目22个，其中向4个深度贫困村倾斜资金960万元。",
                "二、产业合作方面。引进东部企业3家，实际到位投资8600万元。",
                "三、劳务协作方面。帮助贫困劳动力到省外转移就业485人，帮助贫困残疾人实现就业23人。",
                "四、城乡建设用地增减挂钩方面。积极对接东部地区，争取增减挂钩节余指标跨省调剂。",
                "下一步，我县将按照考核要求，补齐短板弱项，确保完成年度目标任务。",
            ],
            sign="白马县扶贫协作办",
            date=D(2019, 11, 25),
        ),
    )
    b.xlsx(
        f"{u}/2019年/12月/白马县东西部扶贫协作工作人员通讯录.xlsx",
        "other",
        None,
        [("通讯录", contacts(rng, "白马县东西部扶贫协作工作人员通讯录"))],
    )
    b.xlsx(
        f"{u}/2019年/12月/白马县2020年东西部扶贫协作项目计划.xlsx",
        "ledger.project_plan",
        None,
        [
            (
                "Sheet1",
                project_plan_ledger(
                    rng, "白马县2020年东西部扶贫协作项目计划", "计划资金（万元）", "baima"
                ),
            )
        ],
    )
    b.doc(
        f"{u}/2020年/01月/白马县2020年东西部扶贫协作工作要点.docx",
        "plan",
        D(2020, 1, 8),
        [
            ("title", "白马县2020年东西部扶贫协作工作要点"),
            (
                "p",
                "2020年是决战决胜脱贫攻坚收官之年。全县东西部扶贫协作工作要围绕高质量打赢脱贫攻坚战，抓好以下重点工作。",
            ),
            (
                "p",
                "一、巩固组织领导机制；二、持续深化产业合作；三、全力抓好劳务协作；四、扎实推进消费扶贫；五、深化携手奔小康行动。",
            ),
            ("right", "白马县东西部扶贫协作工作领导小组办公室"),
            ("right", fmt(D(2020, 1, 8))),
        ],
    )
    b.xlsx(
        f"{u}/台账/白马县东西部扶贫协作资金使用台账.xlsx",
        "ledger.fund",
        None,
        [("资金台账", fund_ledger(rng, "白马县2019年东西部扶贫协作资金使用台账", "baima"))],
    )
    b.xlsx(
        f"{u}/台账/落地企业台账.xlsx",
        "ledger.enterprise",
        None,
        [("Sheet1", enterprise_ledger(rng, "白马县东部落地企业台账", reg, variant="baima"))],
    )
    b.xlsx(
        f"{u}/台账/带贫人口花名册.xlsx",
        "ledger.roster",
        None,
        [("Sheet1", roster_ledger(rng, "白马县东部企业带动贫困人口花名册", reg, n=12, bad=6))],
    )
    lab = labour_ledger(rng, "", reg, types=("省外",), n=10, variant="anping")
    csv_led = Ledger(
        None,
        [
            "序号",
            "姓名",
            "性别",
            "身份证号码",
            "户籍所在村",
            "就业区域",
            "务工省份",
            "就业单位",
            "月工资",
        ],
        [
            [
                r[0],
                r[3],
                r[4],
                r[5],
                r[2],
                "省外",
                r[8].split("省")[0] + "省" if "省" in r[8] else r[8],
                r[9],
                r[10],
            ]
            for r in lab.rows
        ],
        {"姓名": "姓名", "身份证号": "身份证号码", "就业地点": "务工省份"},
    )
    b.add(
        f"{u}/台账/转移就业台账(省外).csv",
        "ledger.labour",
        None,
        csv_gbk(csv_led, title_row=False),
        text=csv_led.text(),
        ledger=csv_led,
    )
    b.xlsx(
        f"{u}/台账/挂职干部台账.xlsx",
        "ledger.cadre",
        None,
        [
            (
                "Sheet1",
                cadre_ledger(rng, "白马县东西部扶贫协作挂职干部台账", "湖滨区", with_post=False),
            )
        ],
    )


def contacts(rng: random.Random, title: str) -> Ledger:
    rows = []
    for i in range(14):
        name, _ = person(rng)
        rows.append(
            [
                i + 1,
                rng.choice(
                    [
                        "县扶贫协作办",
                        "县财政局",
                        "县人社局",
                        "县发改局",
                        "县农业农村局",
                        "县委组织部",
                    ]
                ),
                name,
                rng.choice(["主任", "副主任", "科员", "副局长", "股长"]),
                f"0854-61{rng.randrange(10000, 99999)}",
                mobile(rng),
            ]
        )
    return Ledger(title, ["序号", "单位", "姓名", "职务", "办公电话", "手机号码"], rows, {})


# ----------------------------------------------------------------------------- 安平县 ---
def anping(b: Builder, rng: random.Random) -> None:
    """One folder, files named 1.docx, 2.docx...; photos 1.jpg...; 附表1-4.xlsx."""
    u = "安平县"
    root = f"{u}/东西部扶贫协作资料（安平县）"
    reg = "522725"
    index_rows = [
        ["序号", "文件名称", "文号", "页数", "备注"],
        [1, "关于商请江东区帮助引进劳务协作企业的函", "安府函〔2019〕14号", 2, ""],
        [2, "江东区关于帮助引进劳务协作企业的复函", "", 1, ""],
        [3, "安平县·江东区东西部扶贫协作联席会议纪要", "", 3, ""],
        [4, "县委常委会议纪要（第4期）", "", 2, ""],
        [5, "县政府常务会议纪要", "", 2, ""],
        [6, "对接活动方案", "", 3, ""],
        [7, "资金项目管理办法", "", 5, ""],
        [8, "支持东部企业投资兴业的实施意见", "", 4, ""],
        [9, "工作开展情况的报告", "", 6, ""],
        [10, "领导讲话", "", 5, ""],
        [11, "新闻报道", "", 2, ""],
        [12, "挂职任职通知", "", 1, ""],
        [13, "座谈会签到表", "", 1, ""],
        [14, "结对帮扶协议（扫描件）", "", 3, ""],
    ]
    b.xlsx(f"{root}/目录.xlsx", "other", None, [("目录", index_rows)])
    b.doc(
        f"{root}/1.docx",
        "letter",
        D(2019, 4, 11),
        official(
            mark="安平县人民政府",
            docno="安府函〔2019〕14号",
            title="安平县人民政府关于商请江东区帮助引进劳务协作企业的函",
            to="滨海市江东区人民政府：",
            body=[
                "我县现有建档立卡贫困劳动力2.3万人，就近就业需求大。为深化两地劳务协作，恳请贵区帮助推荐2至3家劳动密集型企业到我县设立生产基地或扶贫车间，我县将在用地、用工、厂房等方面给予全力支持。",
                "特此函商，盼予支持。",
            ],
            sign="安平县人民政府",
            date=D(2019, 4, 11),
        ),
        docno=True,
    )
    b.doc(
        f"{root}/2.docx",
        "letter",
        D(2019, 5, 6),
        official(
            docno="江政函【2019】33号",
            title="滨海市江东区人民政府关于帮助引进劳务协作企业的复函",
            to="南岭州安平县人民政府：",
            body=[
                "你县《关于商请江东区帮助引进劳务协作企业的函》（安府函〔2019〕14号）收悉。经研究，函复如下：",
                "我区已组织区商务局、区工商联梳理有转移意向的劳动密集型企业，拟推荐江东宏达制衣有限公司、江东鑫源电子有限公司赴你县考察。具体对接事宜由两地扶贫协作办衔接。",
            ],
            sign="滨海市江东区人民政府",
            date=D(2019, 5, 6),
        ),
        docno=True,
    )
    b.doc(
        f"{root}/3.docx",
        "minutes",
        D(2019, 7, 3),
        minutes(
            header="安平县·江东区东西部扶贫协作联席会议纪要",
            number=None,
            body=[
                "2019年7月3日，安平县·江东区东西部扶贫协作联席会议在安平县召开，会议由安平县委书记蒙德胜主持，江东区委书记沈国平出席并讲话。",
                "会议听取了两地2019年上半年扶贫协作工作情况汇报，研究了下半年重点工作，议定：江东区追加援助资金500万元用于深度贫困村产业发展；双方于9月底前完成10对村企结对。",
            ],
            attendance=[
                "出席：沈国平　蒙德胜　韦永强　吴春梅",
                "列席：两地扶贫协作办、人社局、商务局负责同志",
            ],
        ),
    )
    b.doc(
        f"{root}/4.docx",
        "minutes",
        D(2019, 3, 14),
        minutes(
            header="中共安平县委常委会议纪要",
            number="第4期",
            body=[
                f"{fmt(D(2019, 3, 14), 'cn')}，县委书记蒙德胜主持召开县委常委会议，传达学习全省东西部扶贫协作工作会议精神，研究部署我县2019年东西部扶贫协作工作。",
                "会议强调，要把东西部扶贫协作摆在脱贫攻坚重要位置，主动对接江东区，抓好产业合作和劳务协作。",
                "会议决定，由县委副书记韦永强牵头负责东西部扶贫协作日常工作。",
            ],
            attendance=["出席：蒙德胜　韦永强　吴春梅　罗德华　杨秀英", "列席：县扶贫协作办主任"],
        ),
    )
    b.doc(
        f"{root}/5.docx",
        "minutes",
        D(2018, 11, 20),
        minutes(
            header="安平县人民政府常务会议纪要",
            number="第25次",
            body=[
                "2018年11月20日，县长韦永强主持召开县人民政府第25次常务会议，研究2019年东西部扶贫协作项目储备等事项。",
                "会议同意将产业扶贫、劳务协作、基础设施等3类32个项目纳入2019年东西部扶贫协作项目库，由县扶贫协作办报江东区审核。",
            ],
            attendance=[
                "出席：韦永强　吴春梅　罗德华　蒙小红",
                "列席：县扶贫协作办、县财政局、县发改局负责同志",
            ],
        ),
    )
    b.doc(
        f"{root}/6.docx",
        "plan",
        D(2019, 6, 25),
        [
            ("title", "安平县·江东区携手奔小康工作座谈会暨对接活动方案"),
            (
                "p",
                "为进一步深化两地携手奔小康行动，经双方商定，江东区党政代表团于7月上旬来我县开展对接活动。",
            ),
            (
                "p",
                "一、时间安排：7月2日至4日。二、活动内容：召开两地联席会议、携手奔小康工作座谈会，考察协作项目，签订结对帮扶协议。三、责任分工：县委办、县政府办负责接待，县扶贫协作办负责会务和材料，县融媒体中心负责宣传。",
            ),
            ("right", "安平县扶贫协作办公室"),
            ("right", fmt(D(2019, 6, 25))),
        ],
    )
    b.doc(
        f"{root}/7.docx",
        "measures",
        D(2019, 4, 22),
        [
            ("title", "安平县东西部扶贫协作资金项目管理办法（试行）"),
            ("h", "第一章　总　则"),
            (
                "p",
                "第一条　为加强东西部扶贫协作资金和项目管理，确保资金安全、规范、高效使用，制定本办法。",
            ),
            ("h", "第二章　项目管理"),
            (
                "p",
                "第五条　协作项目实行项目库管理，入库项目须经乡镇申报、部门审核、县扶贫开发领导小组审定。",
            ),
            ("h", "第三章　资金管理"),
            ("p", "第九条　协作资金实行专账核算、专款专用，按项目实施进度拨付，严禁挤占挪用。"),
            ("h", "第四章　附　则"),
            ("p", "第十五条　本办法由县财政局、县扶贫协作办负责解释，自发布之日起施行。"),
            ("right", "安平县财政局　安平县扶贫协作办公室"),
            ("right", fmt(D(2019, 4, 22))),
        ],
    )
    b.doc(
        f"{root}/8.docx",
        "policy",
        D(2019, 5, 30),
        official(
            docno="安府发〔2019〕7号",
            title="安平县人民政府关于进一步优化营商环境支持东部企业来安投资兴业的实施意见",
            to="各乡（镇）人民政府，县政府各部门：",
            body=[
                "为深化东西部扶贫协作产业合作，吸引东部企业来我县投资兴业，现提出如下意见。",
                "一、对东部企业新建项目，实行“一窗受理、并联审批”，审批时限压缩至15个工作日以内。",
                "二、东部企业租用县工业园区标准厂房的，给予三年租金减免；吸纳贫困劳动力就业的，按规定给予社保补贴和岗位补贴。",
                "三、设立东部企业服务专员，实行“一企一策”跟踪服务。",
            ],
            sign="安平县人民政府",
            date=D(2019, 5, 30),
        ),
        docno=True,
    )
    b.doc(
        f"{root}/9.docx",
        "report",
        D(2019, 11, 28),
        official(
            docno="安府呈〔2019〕31号",
            signer="韦永强",
            title="安平县人民政府关于2019年东西部扶贫协作工作开展情况的报告",
            to="南岭州人民政府：",
            body=[
                "2019年，我县在江东区的倾力帮扶下，东西部扶贫协作各项工作扎实推进。现将有关情况报告如下：",
                "一、人才交流。江东区选派挂职干部3名、专业技术人才26名。我县为东部挂职干部和专业技术人才提供周转住房、工作用车，落实生活补助，保障条件全部落实到位。",
                "二、资金使用。到位援助资金3520万元，实施项目19个，其中用于深度贫困村1150万元。",
                "三、产业与劳务。引进东部企业2家，帮助贫困劳动力省内就近就业623人；帮助126名贫困残疾人增收。",
                "四、解决“两不愁三保障”突出问题。投入协作资金480万元改善贫困村安全饮水和村卫生室条件。",
                "特此报告。",
            ],
            sign="安平县人民政府",
            date=D(2019, 11, 28),
        ),
        docno=True,
    )
    b.doc(
        f"{root}/10.docx",
        "meeting_material",
        D(2019, 7, 3),
        [
            ("title", "在安平县·江东区携手奔小康工作座谈会上的讲话"),
            ("center", f"（{fmt(D(2019, 7, 3))}）"),
            ("center", "安平县委书记　蒙德胜"),
            ("left", "尊敬的沈书记，各位领导、同志们："),
            (
                "p",
                "首先，我代表安平县委、县政府和全县各族干部群众，对江东区党政代表团一行表示热烈欢迎！",
            ),
            (
                "p",
                "两地结对以来，江东区在资金、人才、产业等方面给予我县无私援助。我们将倍加珍惜这份情谊，把帮扶资金用好，把协作项目建好。",
            ),
            (
                "p",
                "下一步，我们将进一步深化村企结对、学校结对、医院结对，推动携手奔小康行动向纵深发展。",
            ),
        ],
    )
    b.doc(
        f"{root}/11.docx",
        "news",
        D(2019, 7, 5),
        news(
            title="江东安平携手奔小康 结对帮扶再深化",
            source="江东发布（微信公众号）",
            when="2019-07-05 18:02",
            author=None,
            paras=[
                "7月2日至4日，江东区党政代表团赴南岭州安平县开展东西部扶贫协作对接活动。",
                "两地召开了东西部扶贫协作联席会议和携手奔小康工作座谈会，签订了10对村企结对帮扶协议。",
                "江东区委书记沈国平表示，江东将坚持安平所需、江东所能，全力助推安平县高质量脱贫。",
            ],
        ),
    )
    b.doc(
        f"{root}/12.docx",
        "appointment",
        D(2019, 5, 10),
        official(
            mark="中共安平县委组织部",
            docno="安组干〔2019〕12号",
            title="关于张明等同志挂职任职的通知",
            to="有关单位：",
            body=[
                "经县委研究同意：",
                "张明同志挂职任安平县人民政府副县长，协管东西部扶贫协作工作；",
                "徐伟同志挂职任安平县扶贫开发办公室副主任；",
                "邓丽同志挂职任安平县人民医院副院长。",
                "挂职时间自2019年5月起，为期两年。",
            ],
            sign="中共安平县委组织部",
            date=D(2019, 5, 10),
        ),
        docno=True,
    )
    sign_rows = [["序号", "姓名", "单位", "职务", "联系电话", "签名"]]
    for i in range(12):
        name, _ = person(rng)
        sign_rows.append(
            [
                str(i + 1),
                name,
                rng.choice(
                    ["江东区委办", "江东区发改局", "安平县委办", "安平县扶贫协作办", "安平县人社局"]
                ),
                rng.choice(["主任", "副局长", "科长", "局长"]),
                mobile(rng),
                "",
            ]
        )
    b.doc(
        f"{root}/13.docx",
        "meeting_material",
        D(2019, 7, 3),
        [
            ("title", "安平县·江东区携手奔小康工作座谈会签到表"),
            ("left", f"时间：{fmt(D(2019, 7, 3))}　　地点：县行政中心四楼会议室"),
            ("table", sign_rows),
        ],
    )
    b.add(f"{root}/14.pdf", "agreement", None, write_scanned_pdf(rng))
    shots = [
        ("1.jpg", dt.datetime(2019, 7, 3, 10, 20, 11), CANON),
        ("2.jpg", dt.datetime(2019, 7, 3, 10, 31, 5), CANON),
        ("3.jpg", dt.datetime(2018, 9, 12, 15, 2, 40), CANON),
        ("4.jpg", None, None),
    ]
    for name, when, cam in shots:
        b.photo(f"{root}/照片/{name}", rng, when, cam, when.date() if when else None)
    b.noise(f"{root}/照片/Thumbs.db", "thumbs")
    b.xlsx(
        f"{root}/附表1.xlsx",
        "ledger.fund",
        None,
        [("Sheet1", fund_ledger(rng, "安平县2019年东西部扶贫协作资金项目明细表", "anping"))],
    )
    b.xlsx(
        f"{root}/附表2.xlsx",
        "ledger.roster",
        None,
        [("Sheet1", roster_ledger(rng, "安平县带动贫困人口花名册", reg, n=12, dup=9))],
    )
    lab = labour_ledger(
        rng,
        "安平县2019年贫困劳动力省内就近就业台账",
        reg,
        types=("省内就近",),
        n=11,
        variant="anping",
    )
    b.xlsx(
        f"{root}/附表3.xlsx",
        "ledger.labour",
        None,
        [
            (
                "封面",
                [
                    "安平县2019年贫困劳动力省内就近就业台账",
                    "",
                    "安平县人力资源和社会保障局　编",
                    "二〇一九年十二月",
                ],
            ),
            ("明细", lab),
        ],
    )
    b.xlsx(
        f"{root}/附表4.xlsx",
        "ledger.project_plan",
        None,
        [
            (
                "Sheet1",
                project_plan_ledger(
                    rng, "安平县2020年东西部扶贫协作拟实施项目清单", "拟投入资金（万元）", "anping"
                ),
            )
        ],
    )


# ----------------------------------------------------------------------------- 凤凰区 ---
def fenghuang(b: Builder, rng: random.Random) -> None:
    """Folders named after the assessment areas, several files misplaced."""
    u = "凤凰区"
    reg = "522701"
    b.noise(f"{u}/.DS_Store", "ds_store")
    b.doc(
        f"{u}/组织领导/凤凰区2019年东西部扶贫协作工作要点.docx",
        "plan",
        D(2019, 2, 20),
        official(
            docno="凤协领发〔2019〕1号",
            title="关于印发《凤凰区2019年东西部扶贫协作工作要点》的通知",
            to="各乡镇（街道），区直各部门：",
            body=["现将《凤凰区2019年东西部扶贫协作工作要点》印发给你们，请认真抓好落实。"],
            sign="凤凰区东西部扶贫协作工作领导小组",
            date=D(2019, 2, 20),
            annex=[
                ("pagebreak",),
                ("title", "凤凰区2019年东西部扶贫协作工作要点"),
                (
                    "p",
                    "一、强化组织保障。区委、区政府主要领导带队赴临港区对接不少于2次，召开联席会议1次。",
                ),
                ("p", "二、深化产业合作。力争引进临港区企业3家以上，新建扶贫车间5个。"),
                (
                    "p",
                    "三、抓实劳务协作。帮助贫困劳动力转移就业800人以上，其中到东部就业300人以上。",
                ),
            ],
        ),
        docno=True,
    )
    joint = b.doc(
        f"{u}/组织领导/凤凰区·临港区扶贫协作联席会议纪要.docx",
        "minutes",
        D(2019, 5, 21),
        minutes(
            header="凤凰区·临港区东西部扶贫协作联席会议纪要",
            number=None,
            body=[
                f"{fmt(D(2019, 5, 21))}，凤凰区·临港区东西部扶贫协作联席会议在临港区召开。会议总结了2018年两地协作成效，研究部署2019年重点工作。",
                "会议议定：临港区2019年安排财政援助资金3200万元；两地新增结对帮扶村企15对；临港区帮助凤凰区贫困劳动力到东部就业300人以上。",
            ],
            attendance=["出席：临港区委书记徐建新，凤凰区委书记曾德华等", "记录：周小燕"],
        ),
    )
    b.copy(joint, f"{u}/组织领导/凤凰区·临港区扶贫协作联席会议纪要(1).docx")
    b.doc(
        f"{u}/组织领导/区委常委会会议记录（摘录）.docx",
        "minutes",
        D(2019, 6, 3),
        [
            ("title", "区委常委会会议记录（摘录）"),
            ("left", f"时间：{fmt(D(2019, 6, 3))}上午9:00"),
            ("left", "地点：区委三楼会议室"),
            ("left", "主持人：曾德华"),
            ("left", "出席人员：曾德华　何永强　苏秀兰　郭志军　陶海波"),
            ("left", "记录人：周小燕"),
            ("left", "议题：研究东西部扶贫协作工作"),
            (
                "p",
                "曾德华：东西部扶贫协作考核今年延伸到县区，我们要高度重视。请区扶贫协作办对照考核指标，梳理短板，逐项整改。",
            ),
            (
                "p",
                "何永强：临港区援助资金已到位2100万元，项目开工率78%，下一步重点抓扶贫车间和劳务输出。",
            ),
            ("p", "会议决定：由区委常委、常务副区长郭志军具体负责东西部扶贫协作工作。"),
        ],
    )
    for name, when in (
        ("IMG_20190521_101544.jpg", dt.datetime(2019, 5, 21, 10, 15, 44)),
        ("IMG_20190521_101602.jpg", dt.datetime(2019, 5, 21, 10, 16, 2)),
    ):
        b.photo(f"{u}/组织领导/{name}", rng, when, HUAWEI, when.date(), size=(1024, 768))
    b.xlsx(
        f"{u}/人才交流/临港区挂职干部一览表.xlsx",
        "ledger.cadre",
        None,
        [
            (
                "Sheet1",
                cadre_ledger(rng, "临港区来凤凰区挂职干部一览表", "临港区", post_header="挂任职务"),
            )
        ],
    )
    b.doc(
        f"{u}/人才交流/关于明确挂职干部工作分工的通知.docx",
        "work_division",
        D(2019, 6, 10),
        official(
            docno="凤办发〔2019〕33号",
            title="中共凤凰区委办公室关于明确挂职干部工作分工的通知",
            to="各乡镇（街道）党（工）委，区直各部门：",
            body=[
                "经区委同意，现将临港区来我区挂职干部工作分工通知如下：",
                "何建国同志挂任区委常委、副区长，协管东西部扶贫协作、招商引资工作；",
                "苏海同志挂任区扶贫开发办公室副主任，协助做好东西部扶贫协作项目管理工作。",
            ],
            sign="中共凤凰区委办公室",
            date=D(2019, 6, 10),
        ),
        docno=True,
    )
    led = fund_ledger(rng, "凤凰区2019年东西部扶贫协作资金台账", "fenghuang")
    b.doc(
        f"{u}/资金使用/凤凰区东西部扶贫协作资金台账.docx",
        "ledger.fund",
        D(2019, 11, 30),
        [
            ("title", "凤凰区2019年东西部扶贫协作资金台账"),
            ("left", f"填报单位：凤凰区财政局　　　　填报时间：{fmt(D(2019, 11, 30))}"),
            ("ledger", led),
        ],
    )
    b.doc(
        f"{u}/资金使用/关于印发凤凰区扶贫项目资金管理办法的通知.docx",
        "measures",
        D(2018, 6, 15),
        official(
            docno="凤府办发〔2018〕42号",
            title="凤凰区人民政府办公室关于印发凤凰区扶贫项目资金管理办法的通知",
            to="各乡镇人民政府（街道办事处），区直各部门：",
            body=[
                "《凤凰区扶贫项目资金管理办法》已经区人民政府同意，现印发给你们，请遵照执行。东西部扶贫协作资金参照本办法管理。"
            ],
            sign="凤凰区人民政府办公室",
            date=D(2018, 6, 15),
            annex=[
                ("pagebreak",),
                ("title", "凤凰区扶贫项目资金管理办法"),
                ("p", "第一条　为规范扶贫项目资金管理，提高资金使用效益，制定本办法。"),
                (
                    "p",
                    "第二条　扶贫项目资金包括中央、省、州、区各级财政专项扶贫资金和东西部扶贫协作资金。",
                ),
                ("p", "第三条　项目资金实行报账制管理，区财政局按项目进度拨付资金。"),
            ],
        ),
        docno=True,
    )
    b.xlsx(
        f"{u}/携手奔小康/落地企业台账.xlsx",
        "ledger.enterprise",
        None,
        [
            (
                "企业",
                enterprise_ledger(rng, "凤凰区2019年东部落地企业台账", reg, variant="fenghuang"),
            )
        ],
    )
    b.xlsx(
        f"{u}/劳务协作/2019年度凤凰区劳务协作培训台账.xlsx",
        "ledger.training",
        None,
        [
            (
                "Sheet1",
                training_ledger(
                    rng, "2019年度凤凰区东西部劳务协作培训台账", leaders=False, variant="fenghuang"
                ),
            )
        ],
    )
    b.xlsx(
        f"{u}/劳务协作/扶贫车间统计.xlsx",
        "ledger.workshop",
        None,
        [("Sheet1", workshop_ledger(rng, "fenghuang"))],
    )
    b.xlsx(
        f"{u}/劳务协作/贫困劳动力省外就业花名册.xlsx",
        "ledger.labour",
        None,
        [
            (
                "Sheet1",
                labour_ledger(
                    rng,
                    "凤凰区2019年贫困劳动力省外转移就业花名册",
                    reg,
                    types=("外",),
                    n=11,
                    variant="fenghuang",
                ),
            )
        ],
    )
    b.doc(
        f"{u}/携手奔小康/凤凰区2019年扶贫协作工作总结.docx",
        "report",
        D(2019, 12, 10),
        [
            ("title", "凤凰区2019年东西部扶贫协作工作总结"),
            (
                "p",
                "2019年，凤凰区紧紧围绕东西部扶贫协作考核指标，与临港区携手推进各项工作，取得了阶段性成效。",
            ),
            ("h", "一、主要成效"),
            (
                "p",
                "（一）人才交流持续深化。临港区选派挂职干部2名、专业技术人才21名，区委组织部为其落实住房、交通、生活补助等保障措施。",
            ),
            (
                "p",
                "（二）产业合作成效明显。新引进东部企业3家，新建扶贫车间5个，吸纳贫困劳动力就业186人。",
            ),
            ("p", "（三）劳务协作稳步推进。帮助贫困劳动力到省外就业356人。"),
            ("h", "二、存在问题"),
            ("p", "资金拨付进度偏慢，部分台账资料不够规范。"),
            ("right", "凤凰区东西部扶贫协作工作领导小组办公室"),
            ("right", fmt(D(2019, 12, 10))),
        ],
    )
    b.add(
        f"{u}/携手奔小康/凤凰新闻网截图.png",
        "news",
        None,
        write_screenshot(rng, chat=False),
    )
    npar = [
        "9月10日，临港区商会组织12家会员企业来到凤凰区，与当地贫困村签订村企结对帮扶协议。",
        "临港区来凤凰挂职的副区长何建国介绍，今年以来两地新增村企结对15对，帮扶资金820万元，惠及贫困群众3200余人。",
        "“企业来了，家门口就有活干了。”龙场镇红岩村村民杨秀英说。",
    ]
    blocks = news(
        title="临港凤凰结对帮扶见实效",
        source="南岭新闻网",
        when="2019-09-12 16:45:08",
        author="本网记者 陶敏",
        paras=npar,
    )
    b.pdf(
        f"{u}/携手奔小康/临港凤凰结对帮扶见实效 - 南岭新闻网.pdf",
        "news",
        D(2019, 9, 12),
        blocks,
        meta_title="临港凤凰结对帮扶见实效 - 南岭新闻网",
        creator="Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/78.0 Safari/537.36",
        print_header="2019/11/20 上午10:41　　　　　　　临港凤凰结对帮扶见实效 - 南岭新闻网",
        print_footer="http://www.nlxww.cn/xqdt/201909/t20190912_4418562.html",
    )


# ----------------------------------------------------------------------------- 溪口县 ---
def xikou(b: Builder, rng: random.Random) -> None:
    """Flat and messy: 新建文件夹, WeChat download folders; most items missing or defective."""
    u = "溪口县"
    reg = "522727"
    wx = f"{u}/微信文件/WeChat Files/wxid_k3j9x2p1m7/FileStorage/File"
    b.doc(
        f"{u}/关于商请对接2019年东西部扶贫协作工作的函（溪口县）.docx",
        "letter",
        None,
        [
            ("title", "关于商请对接2019年东西部扶贫协作工作的函"),
            ("left", "金沙区扶贫协作办："),
            (
                "p",
                "为做好2019年东西部扶贫协作工作，我县拟近期组织相关部门赴贵区对接产业合作、劳务协作等事宜，请予接洽为盼。",
            ),
            ("right", "溪口县扶贫协作办公室"),
        ],
        props=WPS,
    )
    b.doc(
        f"{u}/新建文件夹/溪口县·金沙区东西部扶贫协作对接活动方案.docx",
        "plan",
        D(2018, 10, 22),
        [
            ("title", "溪口县·金沙区东西部扶贫协作对接活动方案"),
            (
                "p",
                "为落实两地东西部扶贫协作协议，经双方商定，金沙区考察团于11月上旬来我县开展对接活动，特制定本方案。",
            ),
            (
                "p",
                "一、活动时间：11月6日至8日。二、主要活动：考察扶贫产业项目，召开座谈会，签订劳务协作协议。三、工作要求：各相关单位提前做好准备，确保活动顺利进行。",
            ),
            ("right", "溪口县扶贫协作办公室"),
            ("right", fmt(D(2018, 10, 22))),
        ],
    )
    b.photo(
        f"{u}/新建文件夹/DSC_0101.JPG", rng, dt.datetime(2019, 8, 8, 14, 22, 9), SONY, D(2019, 8, 8)
    )
    e2 = b.photo(
        f"{u}/新建文件夹/DSC_0102.JPG",
        rng,
        dt.datetime(2019, 8, 8, 14, 25, 51),
        SONY,
        D(2019, 8, 8),
    )
    b.copy(e2, f"{u}/新建文件夹/DSC_0102(1).JPG")
    b.photo(f"{u}/新建文件夹/会议现场.jpg", rng, None, None, None)
    b.doc(
        f"{wx}/2019-11/溪口县2019年东西部扶贫协作工作总结.docx",
        "report",
        D(2019, 11, 30),
        [
            ("title", "溪口县2019年东西部扶贫协作工作总结"),
            ("p", "今年以来，我县在金沙区的帮扶下，东西部扶贫协作各项工作有序推进。"),
            (
                "p",
                "一是资金项目向深度贫困村倾斜，全年到位援助资金2680万元，其中投向6个深度贫困村910万元。",
            ),
            ("p", "二是开发公益性岗位安置贫困劳动力168人，其中贫困残疾人21人。"),
            ("p", "三是开展消费扶贫，通过金沙区销售茶叶、菜籽油等农特产品1260万元。"),
            (
                "p",
                "存在的问题：台账资料不够完善，部分指标完成进度滞后。下一步将对照考核要求逐项补齐。",
            ),
            ("right", "溪口县扶贫协作办公室"),
            ("right", fmt(D(2019, 11, 30))),
        ],
    )
    b.noise(f"{wx}/2019-11/~$口县2019年东西部扶贫协作工作总结.docx", "lock")
    b.xlsx(
        f"{wx}/2019-11/溪口县扶贫开发局2019年10月工资表.xlsx",
        "other",
        None,
        [("10月", payroll(rng, reg))],
    )
    b.xlsx(
        f"{wx}/2019-12/溪口县2020年东西部扶贫协作项目库.xlsx",
        "ledger.project_plan",
        None,
        [
            (
                "项目库",
                project_plan_ledger(
                    rng, "溪口县2020年东西部扶贫协作项目库", "计划投资（万元）", "xikou"
                ),
            )
        ],
    )
    b.xlsx(
        f"{wx}/2019-12/溪口县公益性岗位花名册.xlsx",
        "ledger.public_post",
        None,
        [("Sheet1", public_post_ledger(rng, "溪口县2019年公益性岗位人员花名册", reg, n=9))],
    )
    b.doc(
        f"{u}/典型案例-溪口县“订单式”劳务协作带动贫困群众稳定增收.docx",
        "case",
        D(2019, 10, 15),
        [
            ("title", "溪口县“订单式”劳务协作带动贫困群众稳定增收"),
            ("center", "（典型案例）"),
            (
                "p",
                "溪口县与金沙区创新“岗位订单+技能培训+稳岗服务”劳务协作模式，由金沙区企业提出用工订单，溪口县按订单开展培训，培训合格后统一输送、跟踪服务。",
            ),
            (
                "p",
                "2019年以来，共按订单输送贫困劳动力432人到金沙区稳定就业，人均月收入4100元，稳岗率达到86%。",
            ),
            ("right", "溪口县人力资源和社会保障局"),
            ("right", fmt(D(2019, 10, 15))),
        ],
    )
    b.add(
        f"{u}/微信截图_20191105153012.png",
        "other",
        D(2019, 11, 5),
        write_screenshot(rng, chat=True),
    )


def payroll(rng: random.Random, region: str) -> Ledger:
    rows = []
    for i, (name, _g, pid) in enumerate(people_rows(rng, 9, region)):
        base = rng.randrange(1800, 3200, 10)
        post = rng.randrange(900, 2400, 10)
        rows.append(
            [
                i + 1,
                name,
                pid,
                rng.choice(["局长", "副局长", "股长", "科员", "科员"]),
                rng.choice(["四级主任科员", "一级科员", "二级主任科员"]),
                base,
                post,
                1200,
                round((base + post + 1200) * 0.12, 2),
                round((base + post + 1200) * 0.88, 2),
            ]
        )
    header = [
        "序号",
        "姓名",
        "身份证号",
        "岗位",
        "职级",
        "基本工资",
        "岗位工资",
        "绩效工资",
        "个人扣缴合计",
        "实发工资",
    ]
    return Ledger(
        "溪口县扶贫开发局2019年10月工资发放表",
        header,
        rows,
        {},
        total_cols=["基本工资", "岗位工资", "绩效工资", "个人扣缴合计", "实发工资"],
    )


# ------------------------------------------------------------------ prefecture bodies ---
def coordination_office(b: Builder, rng: random.Random) -> None:
    u = "州扶贫协作办公室"
    f1, f2, f3, f4, f5 = (
        f"{u}/{n}" for n in ("01 综合文件", "02 会议", "03 图片", "04 宣传报道", "05 总结报告")
    )
    b.doc(
        f"{f1}/南协办函〔2019〕9号 关于商请滨海市协助开展消费扶贫对接的函.docx",
        "letter",
        D(2019, 5, 14),
        official(
            docno="南协办函〔2019〕9号",
            title="南岭州扶贫协作办公室关于商请滨海市协助开展消费扶贫对接的函",
            to="滨海市对口支援和扶贫协作办公室：",
            body=[
                "为拓宽我州农特产品销售渠道，助力贫困群众增收，恳请贵办协助组织滨海市商贸流通企业、机关食堂与我州开展消费扶贫产销对接，并在滨海市设立南岭农特产品展销中心。",
                "请予支持为盼。",
            ],
            sign="南岭州扶贫协作办公室",
            date=D(2019, 5, 14),
            contact="（联系人：蒙海燕，电话：0854-8226017）",
        ),
        docno=True,
    )
    b.doc(
        f"{f1}/南岭州2019年东西部扶贫协作“携手奔小康”行动实施方案.docx",
        "plan",
        D(2019, 3, 22),
        official(
            mark="中共南岭州委办公室文件",
            docno="南办发〔2019〕12号",
            title=[
                "中共南岭州委办公室　南岭州人民政府办公室",
                "关于印发《南岭州2019年东西部扶贫协作“携手奔小康”行动实施方案》的通知",
            ],
            to="各县（区）党委和人民政府，州直各部门：",
            body=[
                "《南岭州2019年东西部扶贫协作“携手奔小康”行动实施方案》已经州委、州人民政府同意，现印发给你们，请结合实际认真贯彻落实。"
            ],
            sign="中共南岭州委办公室　　南岭州人民政府办公室",
            date=D(2019, 3, 22),
            annex=[
                ("pagebreak",),
                ("title", "南岭州2019年东西部扶贫协作“携手奔小康”行动实施方案"),
                (
                    "p",
                    "一、总体目标：实现我州5个县（区）与滨海市5个区结对全覆盖，贫困村与东部企业、社会组织结对全覆盖。",
                ),
                (
                    "p",
                    "二、重点任务：（一）深化县区结对；（二）推进镇村结对；（三）开展“万企帮万村”；（四）推动学校、医院结对。",
                ),
                ("p", "三、保障措施：加强组织领导，建立月调度、季通报制度。"),
            ],
            printed=("中共南岭州委办公室", D(2019, 3, 25)),
        ),
        docno=True,
    )
    b.xlsx(
        f"{f1}/南岭州扶贫协作办公室通讯录（2019.10更新）.xlsx",
        "other",
        None,
        [("Sheet1", contacts(rng, "南岭州扶贫协作办公室通讯录"))],
    )
    joint = minutes(
        header="南岭州·滨海市东西部扶贫协作高层联席会议纪要",
        number=None,
        body=[
            "2019年6月27日，南岭州·滨海市东西部扶贫协作高层联席会议在滨海市召开。滨海市委书记、南岭州委书记出席会议并讲话。",
            "会议认为，两地协作以来，在组织领导、人才交流、资金使用、产业合作、劳务协作、携手奔小康等方面取得显著成效。",
            "会议议定：2019年滨海市安排财政援助资金2.1亿元，其中向深度贫困县倾斜不低于40%；选派党政干部12名、专业技术人才150名；帮助南岭州贫困劳动力转移就业6000人以上。",
        ],
        attendance=[
            "出席：两地党委、政府主要领导和分管领导",
            "列席：两地扶贫协作办及相关部门负责同志",
        ],
    )
    b.pdf(
        f"{f2}/南岭州·滨海市东西部扶贫协作高层联席会议纪要.pdf",
        "minutes",
        D(2019, 6, 27),
        joint,
        meta_title="高层联席会议纪要",
        creator="WPS 文字",
    )
    b.doc(
        f"{f2}/中共南岭州委常委会会议纪要（第18次）.docx",
        "minutes",
        D(2019, 7, 19),
        minutes(
            header="中共南岭州委常委会会议纪要",
            number="〔2019〕18号",
            body=[
                "2019年7月19日，州委书记主持召开州委常委会会议，听取全州东西部扶贫协作工作情况汇报，研究部署迎接国家考核工作。",
                "会议强调，各县（区）、州直各部门要对照考核指标，逐项抓好落实，确保考核取得好成绩。",
            ],
            attendance=[
                "出席：州委常委",
                "列席：州人大常委会、州政府、州政协有关领导，州扶贫协作办主任",
            ],
        ),
    )
    b.doc(
        f"{f2}/州人民政府常务会议纪要〔2019〕14号.docx",
        "minutes",
        D(2019, 8, 9),
        minutes(
            header="南岭州人民政府常务会议纪要",
            number="〔2019〕14号",
            body=[
                "8月9日，州长主持召开州人民政府第二十三次常务会议，研究东西部扶贫协作资金项目推进等事项。",
                "会议要求，州财政局、州扶贫协作办要加强资金监管，督促各县（区）加快协作项目建设进度。",
            ],
            attendance=[
                "出席：州长、副州长、秘书长",
                "列席：州财政局、州扶贫协作办、州发改委负责同志",
            ],
            issue_line=f"南岭州人民政府办公室　　　　　　　{fmt(D(2019, 8, 9))}",
        ),
    )
    b.doc(
        f"{f2}/南岭州东西部扶贫协作工作推进会会议议程.docx",
        "meeting_material",
        D(2019, 9, 20),
        [
            ("title", "南岭州东西部扶贫协作工作推进会会议议程"),
            ("left", "时间：2019年9月20日（星期五）上午9:00"),
            ("left", "地点：州行政中心第一会议室"),
            ("left", "主持：州人民政府副州长"),
            ("left", "一、州扶贫协作办通报全州东西部扶贫协作工作进展情况"),
            ("left", "二、桐溪县、白马县作交流发言"),
            ("left", "三、州委组织部、州人社局就人才交流、劳务协作作安排"),
            ("left", "四、州委副书记讲话"),
        ],
    )
    for i, when in enumerate(
        (dt.datetime(2019, 6, 27, 9, 41, 2), dt.datetime(2019, 6, 27, 9, 52, 17)), start=1
    ):
        b.photo(f"{f3}/2019.6.27 联席会议 ({i}).jpg", rng, when, CANON, when.date())
    reused = b.shared.get("tongxi_photo")
    if reused is not None:  # the same picture, filed again by the prefecture office
        b.copy(reused, f"{f3}/2019.6.27 联席会议 (3).jpg")
    if HAVE_HEIF:
        b.photo(
            f"{f3}/IMG_3321.HEIC",
            rng,
            dt.datetime(2019, 9, 20, 9, 5, 30),
            IPHONE,
            D(2019, 9, 20),
            size=(640, 480),
            fmt_="HEIF",
        )
    npar = [
        "6月27日，南岭州·滨海市东西部扶贫协作高层联席会议在滨海市召开。",
        "会议总结交流了两地扶贫协作工作，研究部署了下一阶段重点任务，签署了《2019年东西部扶贫协作协议》。",
        "根据协议，滨海市今年将安排财政援助资金2.1亿元，在产业合作、劳务协作、人才支援、消费扶贫等方面持续加大对南岭州的帮扶力度。",
    ]
    b.pdf(
        f"{f4}/南岭滨海两地召开东西部扶贫协作高层联席会议.pdf",
        "news",
        D(2019, 6, 28),
        news(
            title="南岭滨海两地召开东西部扶贫协作高层联席会议",
            source="西岭日报",
            when="2019年06月28日 07:52",
            author="记者 蒙海燕",
            paras=npar,
        ),
        meta_title="南岭滨海两地召开东西部扶贫协作高层联席会议_西岭日报数字报",
        creator="Microsoft Edge",
        print_header="2019/12/3 下午3:12　　　南岭滨海两地召开东西部扶贫协作高层联席会议_西岭日报数字报",
        print_footer="http://epaper.xlrb.com.cn/html/2019-06/28/content_28871.htm",
    )
    b.doc(
        f"{f5}/南岭州2019年东西部扶贫协作工作自评报告（送审稿）.docx",
        "report",
        D(2019, 12, 8),
        [
            ("title", "南岭州2019年东西部扶贫协作工作自评报告"),
            ("center", "（送审稿）"),
            (
                "p",
                "按照国家和省关于开展2019年东西部扶贫协作成效考核的部署，我州对照考核指标开展了自评。",
            ),
            (
                "p",
                "一、组织领导：两地召开高层联席会议1次，州委常委会、州政府常务会议专题研究12次。",
            ),
            (
                "p",
                "二、人才交流：滨海市选派挂职干部14名、专业技术人才168名，均已落实工作生活保障。",
            ),
            ("p", "三、资金使用：到位财政援助资金2.13亿元，县以下基层使用比例98.6%。"),
            ("p", "四、产业合作与劳务协作：引进企业21家，带动贫困人口2864人；转移就业6358人。"),
            ("p", "五、创新工作：推动解决“两不愁三保障”突出问题，帮助贫困残疾人脱贫1026人。"),
            ("right", "南岭州扶贫协作办公室"),
            ("right", fmt(D(2019, 12, 8))),
        ],
    )
    b.doc(
        f"{f5}/典型经验材料：南岭州探索“飞地园区”模式推动东西部产业协作.docx",
        "case",
        None,
        [
            ("title", "南岭州探索“飞地园区”模式推动东西部产业协作"),
            ("center", "——东西部扶贫协作典型经验材料"),
            (
                "p",
                "南岭州与滨海市共建“滨岭飞地产业园”，采取“东部招商、西部落地、收益共享”的方式，探索东西部产业合作新路径。",
            ),
            (
                "p",
                "园区已入驻企业16家，带动贫困人口就业1320人。这一创新做法被省扶贫开发领导小组推广。",
            ),
        ],
    )
    b.doc(
        f"{f5}/关于城乡建设用地增减挂钩节余指标跨省调剂交易情况的报告.docx",
        "report",
        D(2019, 10, 16),
        official(
            title="南岭州自然资源局关于城乡建设用地增减挂钩节余指标跨省调剂交易情况的报告",
            to="州扶贫协作办公室：",
            body=[
                "2019年，我州通过国家跨省域调剂平台，向东部地区调剂增减挂钩节余指标3200亩，成交金额9.6亿元，全部用于脱贫攻坚。",
                "其中与滨海市所在省份达成交易1800亩。",
            ],
            sign="南岭州自然资源局",
            date=D(2019, 10, 16),
        ),
    )


def organisation_dept(b: Builder, rng: random.Random) -> None:
    u = "州委组织部"
    b.xlsx(
        f"{u}/南岭州东西部扶贫协作挂职干部管理台账.xlsx",
        "ledger.cadre",
        None,
        [
            (
                "挂职干部",
                cadre_ledger(rng, "南岭州东西部扶贫协作挂职干部管理台账", "滨海市", two_row=True),
            )
        ],
    )
    b.xlsx(
        f"{u}/2019年东西部扶贫协作专业技术人才交流情况统计表.xlsx",
        "ledger.talent",
        None,
        [
            (
                "统计表",
                talent_ledger(
                    rng, "2019年东西部扶贫协作专业技术人才交流情况统计表", "交流单位", "南岭州"
                ),
            )
        ],
    )
    b.doc(
        f"{u}/关于陈志远等同志挂职任职的通知.docx",
        "appointment",
        D(2019, 4, 3),
        official(
            mark="中共南岭州委组织部",
            docno="南组通〔2019〕31号",
            title="关于陈志远等同志挂职任职的通知",
            to="各县（区）委组织部，州直有关单位：",
            body=[
                "根据东西部扶贫协作干部人才交流工作安排，经州委同意：",
                "陈志远同志挂职任南岭州人民政府副秘书长，协助分管东西部扶贫协作工作；",
                "朱晓东同志挂职任州扶贫协作办公室副主任。",
                "挂职时间两年。",
            ],
            sign="中共南岭州委组织部",
            date=D(2019, 4, 3),
        ),
        docno=True,
    )
    b.doc(
        f"{u}/关于东部挂职干部专业技术人才保障条件落实情况的说明.docx",
        "report",
        D(2019, 11, 15),
        [
            ("title", "关于东部挂职干部专业技术人才保障条件落实情况的说明"),
            (
                "p",
                "2019年，滨海市来我州挂职干部14名、专业技术人才168名。州委组织部会同各县（区）落实周转住房182套，发放生活补助，为全部人员购买意外伤害保险，保障条件全部落实到位。",
            ),
            ("right", "中共南岭州委组织部干部三科"),
            ("right", fmt(D(2019, 11, 15))),
        ],
    )


def finance_dept(b: Builder, rng: random.Random) -> None:
    u = "州财政局"
    b.doc(
        f"{u}/关于印发《南岭州东西部扶贫协作财政援助资金管理办法》的通知.docx",
        "measures",
        D(2019, 4, 17),
        official(
            mark="南岭州财政局文件",
            docno="南财农〔2019〕45号",
            title="关于印发《南岭州东西部扶贫协作财政援助资金管理办法》的通知",
            to="各县（区）财政局、扶贫协作办：",
            body=["现将《南岭州东西部扶贫协作财政援助资金管理办法》印发给你们，请遵照执行。"],
            sign="南岭州财政局　南岭州扶贫协作办公室",
            date=D(2019, 4, 17),
            annex=[
                ("pagebreak",),
                ("title", "南岭州东西部扶贫协作财政援助资金管理办法"),
                ("p", "第一条　为加强东西部扶贫协作财政援助资金管理，制定本办法。"),
                (
                    "p",
                    "第二条　援助资金主要用于县以下基层，支持产业扶贫、就业扶贫和贫困村基础设施建设。",
                ),
                ("p", "第三条　援助资金实行项目管理，县级为项目实施和资金监管的责任主体。"),
            ],
        ),
        docno=True,
    )
    b.xlsx(
        f"{u}/全州东西部扶贫协作资金项目汇总表.xlsx",
        "ledger.fund",
        D(2019, 12, 6),
        [
            (
                "封面",
                [
                    "南岭州2019年东西部扶贫协作资金项目汇总表",
                    "",
                    "填报单位：南岭州财政局（盖章）",
                    f"填报日期：{fmt(D(2019, 12, 6))}",
                    "审核人：　　　　填表人：",
                ],
            ),
            ("汇总表", fund_ledger(rng, "南岭州2019年东西部扶贫协作资金项目汇总表", "prefecture")),
        ],
    )
    b.xlsx(
        f"{u}/2020年州本级东西部扶贫协作项目计划清单.xlsx",
        "ledger.project_plan",
        None,
        [
            (
                "清单",
                project_plan_ledger(
                    rng, "南岭州2020年东西部扶贫协作项目计划清单", "计划资金（万元）", "prefecture"
                ),
            )
        ],
    )
    b.doc(
        f"{u}/关于下达2019年第二批东西部扶贫协作财政援助资金的通知.docx",
        "other",
        D(2019, 7, 22),
        official(
            docno="南财农〔2019〕88号",
            title="关于下达2019年第二批东西部扶贫协作财政援助资金的通知",
            to="各县（区）财政局：",
            body=[
                "根据滨海市拨付情况，现下达你县（区）2019年第二批东西部扶贫协作财政援助资金8600万元，请按照批复的项目及时拨付使用，并于年底前将资金使用情况报送州财政局。"
            ],
            sign="南岭州财政局",
            date=D(2019, 7, 22),
        ),
        docno=True,
    )


def hrss_dept(b: Builder, rng: random.Random) -> None:
    u = "州人力资源和社会保障局"
    reg = "522700"
    b.xlsx(
        f"{u}/2019年南岭州贫困劳动力转移就业台账（汇总）.xlsx",
        "ledger.labour",
        None,
        [
            (
                "汇总",
                labour_ledger(
                    rng,
                    "2019年南岭州建档立卡贫困劳动力转移就业台账（汇总）",
                    reg,
                    types=("省外", "省内就近"),
                    n=14,
                    variant="prefecture",
                ),
            )
        ],
    )
    b.xlsx(
        f"{u}/东西部劳务协作培训情况统计表.xlsx",
        "ledger.training",
        None,
        [
            (
                "Sheet1",
                training_ledger(
                    rng,
                    "南岭州2019年东西部劳务协作培训情况统计表",
                    leaders=True,
                    variant="prefecture",
                ),
            )
        ],
    )
    b.xlsx(
        f"{u}/公益性岗位开发安置台账.xlsx",
        "ledger.public_post",
        None,
        [
            (
                "Sheet1",
                public_post_ledger(
                    rng, "南岭州2019年公益性岗位开发安置台账", reg, n=10, bad=3, as_number=(6, 7)
                ),
            )
        ],
    )
    b.doc(
        f"{u}/南岭州人社局关于2019年东西部劳务协作工作情况的汇报.docx",
        "report",
        D(2019, 11, 22),
        [
            ("title", "南岭州人力资源和社会保障局关于2019年东西部劳务协作工作情况的汇报"),
            (
                "p",
                "2019年，我局与滨海市人社局建立劳务协作联席会议制度，全年帮助贫困劳动力转移就业6358人，其中到省外就业2411人、省内就近就业3947人。",
            ),
            ("right", "南岭州人力资源和社会保障局"),
            ("right", fmt(D(2019, 11, 22))),
        ],
    )


def pending(b: Builder, rng: random.Random) -> None:
    u = "待归档"
    b.photo(f"{u}/IMG_0923.JPG", rng, dt.datetime(2019, 9, 23, 16, 8, 12), IPHONE, D(2019, 9, 23))
    b.doc(f"{u}/新建 Microsoft Word 文档.docx", "other", None, [])


def root_files(b: Builder, rng: random.Random) -> None:
    rows = [["序号", "单位", "材料名称", "报送时间"]] + [
        [i + 1, u, "迎检资料", "2019年12月"]
        for i, u in enumerate(["桐溪县", "白马县", "安平县", "凤凰区", "溪口县"])
    ]
    b.xlsx("南岭州2019年东西部扶贫协作迎检资料清单.xlsx", None, None, [("清单", rows)])


# ---------------------------------------------------------------------------------------
# Truth
# ---------------------------------------------------------------------------------------


def plan() -> Builder:
    """Every file of the archive, in memory."""
    b = Builder()
    steps: Iterable[tuple[str, Callable[[Builder, random.Random], None]]] = [
        ("桐溪县", tongxi),
        ("白马县", baima),
        ("安平县", anping),
        ("凤凰区", fenghuang),
        ("溪口县", xikou),
        ("州扶贫协作办公室", coordination_office),
        ("州委组织部", organisation_dept),
        ("州财政局", finance_dept),
        ("州人力资源和社会保障局", hrss_dept),
        ("待归档", pending),
        ("root", root_files),
    ]
    for name, step in steps:
        step(b, random.Random(f"{SEED}/{name}"))
    return b


def truth(b: Builder) -> dict[str, Any]:
    """Unit types and every file's kind and date (as planted), item statuses and the
    checks across units (as testkit.oracle derives them from the planted facts)."""
    rules = load_rules()
    files = b.archive.files
    out = b.archive.truth({u: rules.unit_type(u) for u in units_of(files)})
    judgement = judge(files, rules)
    out["items"] = judgement.statuses()
    out["checks"] = {c: v.status for c, v in judgement.checks.items()}
    return out


def build(out_dir: Path) -> dict[str, Any]:
    b = plan()
    b.archive.write(out_dir / "holdout_archive")
    data = truth(b)
    write_json(out_dir / "holdout_truth.json", data)
    return data


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="output folder (default: bench/out)"
    )
    args = ap.parse_args(argv)
    data = build(args.out)
    archive = args.out / "holdout_archive"
    size = sum(p.stat().st_size for p in archive.rglob("*") if p.is_file())
    print(
        f"{len(data['files'])} files, {size / 1e6:.2f} MB, {len(data['units'])} units -> {archive}"
    )
    for unit, items in data["items"].items():
        counts: dict[str, int] = {}
        for st in items.values():
            counts[st] = counts.get(st, 0) + 1
        print(
            f"  {unit} ({data['units'][unit]}): "
            + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
