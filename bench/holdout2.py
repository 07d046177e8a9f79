"""Second holdout archive for evidence-audit: formats and real-world mess.

    python bench/holdout2.py [--out DIR]
    python bench/accuracy.py --archive DIR/holdout2_archive --truth DIR/holdout2_truth.json

Writes ``holdout2_archive/`` (a fictional prefecture 金沙州 paired with the eastern city
海州市: 4 counties/districts, the prefecture office 州扶贫协作办, 4 departments) and
``holdout2_truth.json`` into DIR (default ``bench/out/``). Written from
RULESET.md, REPORT.md and DOMAIN.md only, the way county clerks file things: legacy
.doc/.wps/.xls/.et made by LibreOffice, .odt, text PDFs, an image-only scan, OFD, JPEG,
HEIC, PNG screenshots, GBK zips (one nested), a 7z stub, Word-table ledgers, GBK CSV, an
HTML "xls", and the usual debris.

Needs LibreOffice (``soffice``, with Writer and Calc) on PATH. Deterministic: every name,
ID, amount and pixel comes from seeded generators; the LibreOffice-made files
(.doc/.wps/.xls/.et/.odt) carry the conversion time in their own metadata, so their
bytes (not their content) vary. The files are written with the shared writers of
``testkit/`` in this archive's own house style.
"""

# ---------------------------------------------------------------------------------------
# INTERPRETATIONS (how the truth file was decided)
#
# Units
#  * Unit types by RULESET.md's name rules: 东川县, 武定县 (…县), 安宁区 (…区), 禄丰市 (…市)
#    are counties; 州扶贫协作办 (starts 州, contains 扶贫协作) is `prefecture`; 州委组织部,
#    州人力资源和社会保障局, 州财政局, 州教育局 are departments.
#  * Items listed per unit are exactly the applicable ones: county = all 34; prefecture =
#    org + innovation (plan2020 says "county, any department", so not the prefecture);
#    department = plan2020, plus talent if the name contains 组织部, funds if 财政, labour
#    if 人社 or 人力资源 (州人力资源和社会保障局 qualifies through 人力资源).
#
# Files
#  * Every file inside a unit folder is in the truth, zip members included (path
#    'unit/a.zip!/dir/b.jpg', nested 'unit/a.zip!/dir/c.zip!/d.jpg'). The .zip containers
#    themselves are not listed: they are packaging, their members are the evidence.
#  * kind null = noise the tool should skip: Word owner files (~$…), Thumbs.db, .DS_Store,
#    and the one file lying directly in the archive root.
#  * A 7z stub (magic + junk, cannot be opened, name claims no kind) is kind "other".
#  * A zero-byte .docx and a truncated .xlsx are given the kind their names clearly claim
#    (县委常委会会议纪要 -> minutes; 2020年项目计划清单 -> ledger.project_plan) and no date;
#    they are failing candidates for every item of that kind (-> defective, never missing).
#  * The image-only scan (appointment letter) is kind `appointment` (its true kind, only
#    knowable from the name), date null even though the PDF's /Info carries the scan date
#    (scans get no date unless the name has one). It fails the 发文字号 and 分管/协管
#    checks, since no text can be read.
#  * A 请示 (asks for money; none of the kinds), a 通讯录 and a school-aid 通知 are "other".
#  * A PNG screenshot of a news page is `news` (RULESET: news includes screenshots), not
#    `photo`; a 签到表 spreadsheet (姓名/单位/职务/签名) is `meeting_material`, not a ledger; a
#    ledger of seconded cadres that calls itself 花名册 is still `ledger.cadre`.
#  * A 印发通知 that carries a 管理办法/实施细则 as its attachment is `measures`.
#
# Dates (truth "date")
#  * Order of trust as in RULESET.md: the document's own date, else the photo's EXIF
#    DateTimeOriginal, else a full date in the file name. A folder name is not a source
#    (and no folder here carries a full date). Year-only or month-only mentions are not
#    dates.
#  * Document date = 成文日期 (the signing date above the 印发 line, not the 印发 date), the
#    meeting date for minutes and 会议记录 (first sentence / 会议时间), the date under a
#    speech title, the publication date of news, the 签订日期 of an agreement, the 填报日期/
#    制表时间/导出时间 line of a ledger (when the table was made), the 时间 line of a 签到表. Dates written 二〇一九年三月五日, 二○二〇年…(wrong zero) or with
#    full-width digits are still the document date.
#  * Ledgers without a 填报/制表 date line are undated (null) even though their cells hold
#    dates (到岗时间, 签约时间 …): a cell is a fact recorded in the ledger, not the
#    ledger's date. Cases without a date line are null.
#  * Metadata dates (docx/xlsx core properties, OLE SummaryInformation, PDF /Info, OFD
#    CreationDate) are never the truth date; several are deliberately off (templates
#    created in 2017/2018, PDFs printed days later).
#  * EXIF beats the name: a photo named …照片3.jpg with EXIF 2018-11-02 is 2018-11-02.
#
# Items (derived by testkit/oracle.py from the planted facts, under the ruleset; its
# docstring says how). What this archive plants for it:
#  * A ledger's columns (its ``roles``): a header cell carries a ruleset column when it
#    contains its name (挂职单位, 带动贫困人口数（人）…); 金额 is also carried by 资金规模
#    (a fund-size column in 万元), 用途 by a header containing 类别. "amounts numeric":
#    待定 or "150（已拨100）" are not numbers.
#  * A document has a 发文字号 when its text holds one (〔2019〕n号); a scan offers no text,
#    so it has none and mentions nothing, whatever its name says.
#  * IDs made invalid (a wrong check character) are planted so (``bad_ids``).
#  * industry.beneficiary_roster needs valid AND unique IDs; pairing.beneficiaries only
#    valid IDs, so a roster with one repeated valid ID is defective for the first and
#    present for the second.
#  * talent.work_division accepts appointment letters too: an appointment notice saying
#    "协助分管…" satisfies it even without a 发文字号.
# ---------------------------------------------------------------------------------------

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(REPO) not in sys.path:  # testkit/ lives at the repository root, beside bench/
    sys.path.insert(0, str(REPO))

from testkit import noise  # noqa: E402
from testkit.docx import (  # noqa: E402
    Block,
    DocProps,
    House,
    ParaStyle,
    TableStyle,
    ledger_blocks,
    render_blocks,
)
from testkit.docx import blocks_text as _blocks_text  # noqa: E402
from testkit.facts import Archive, Planted, photo_of, units_of, write_json  # noqa: E402
from testkit.identity import broken_id, citizen_id, credit_code  # noqa: E402
from testkit.images import (  # noqa: E402
    Exif,
    browser_screenshot,
    heic_bytes,
    jpeg_bytes,
    png_bytes,
    redhead_scan_page,
    scene_photo,
)
from testkit.ofd import ofd_bytes  # noqa: E402
from testkit.oracle import judge, load_rules  # noqa: E402
from testkit.pdf import PdfLayout, PdfMeta, image_pdf, text_pdf  # noqa: E402
from testkit.sheets import Ledger, SheetStyle, WorkbookProps, csv_gbk, html_xls, xlsx  # noqa: E402

DEFAULT_OUT = HERE / "out"
SEED = 20191220


def rng_for(key: str) -> random.Random:
    return random.Random(f"{SEED}:{key}")


# ======================================================================= identities
class BadId(str):
    """An ID planted invalid (a wrong check character): recorded in the ledger's bad_ids."""


def make_id(r: random.Random, area: str, male: bool) -> str:
    birth = dt.date(1962, 1, 1) + dt.timedelta(days=r.randint(0, 365 * 38))
    seq = r.randint(0, 498)
    seq = seq - seq % 2 + (1 if male else 0)
    return citizen_id(f"{area}{birth:%Y%m%d}{seq:03d}")


def corrupt_id(s: str) -> str:
    """Same number with a wrong check character (a made-up row)."""
    checks = "0123456789X"
    return BadId(broken_id(s, prefer=checks[(checks.index(s[17]) + 3) % 11]))


def uscc(r: random.Random, region: str) -> str:
    d8 = "".join(r.choice("0123456789") for _ in range(8))
    c = 11 - sum(int(a) * b for a, b in zip(d8, [3, 7, 9, 10, 5, 8, 4, 2], strict=True)) % 11
    org = d8 + ("X" if c == 10 else "0" if c == 11 else str(c))  # GB 11714 organisation code
    return credit_code("91" + region + org)


SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许沈彭吕苏卢蒋蔡丁魏叶余潘杜夏钟汪田任范方石姚谭廖邹熊陆孔白崔毛邱普者李鲁起"
GIVEN_M = "国建明军伟强志勇杰涛斌磊刚波辉鹏文俊永成德山林荣福贵华顺发有才正学忠兴云海平"
GIVEN_F = "丽芳敏静秀英红霞玉兰桂春燕萍琴梅娟艳凤莲花珍翠琼美芬"


def person(r: random.Random) -> tuple[str, bool]:
    male = r.random() < 0.55
    pool = GIVEN_M if male else GIVEN_F
    given = r.choice(pool) + (r.choice(pool) if r.random() < 0.6 else "")
    return r.choice(SURNAMES) + given, male


def mobile(r: random.Random) -> str:
    return r.choice(["138", "139", "135", "150", "151", "187", "158", "182"]) + "".join(
        r.choice("0123456789") for _ in range(8)
    )


# ======================================================================= ledgers
#: How this archive's author reads a header: a cell carries a ruleset column when it
#: contains the column's name, or one of these (资金规模 is an amount in 万元).
ALSO = {"金额": ("资金规模",), "用途": ("类别",)}
COLUMNS = ("姓名", "身份证号", "挂职单位", "挂职职务", "交流单位", "项目名称", "金额", "实施地点",
           "用途", "企业名称", "投资额", "带动贫困人口数", "统一社会信用代码", "计划资金")  # fmt: skip


def _carries(column: str, header: str) -> bool:
    h = re.sub(r"\s", "", header)
    return any(name in h for name in (column, *ALSO.get(column, ())))


def Sheet(
    title: str,
    header: list[str],
    rows: list[list[Any]],
    pre: Sequence[str] = (),
    post: Sequence[str] = (),
    total: list[Any] | None = None,
    sheet_name: str = "Sheet1",
) -> Ledger:
    """A ledger: title row(s), header, data, total, footer; its columns by _carries."""
    roles = {}
    for column in COLUMNS:
        index = next((j for j, h in enumerate(header) if _carries(column, h)), None)
        if index is not None:
            roles[column] = index
    bad = {i for i, row in enumerate(rows) for v in row if isinstance(v, BadId)}
    plain = [[str(v) if isinstance(v, BadId) else v for v in row] for row in rows]
    return Ledger(list(header), plain, title=title, roles=roles, pre=list(pre), notes=list(post),
                  total=total, sheet=sheet_name, bad_ids=frozenset(bad))  # fmt: skip


Blocks = list[Block]  # ("title"|"head"|"docno"|"p"|"center"|"right"|"h"|"table", …)


def blocks_text(blocks: Blocks) -> str:
    return _blocks_text(blocks)


# ======================================================================= this archive's style
_FS, _XBS = "仿宋_GB2312", "方正小标宋简体"
HOUSE = House(
    styles={
        "head": ParaStyle(_XBS, 26, "center", color="E00000"),  # 发文机关标志, red
        "title": ParaStyle(_XBS, 22, "center"),
        "docno": ParaStyle(_FS, 16, "center"),
        "center": ParaStyle(_FS, 16, "center"),
        "right": ParaStyle(_FS, 16, "right"),
        "h": ParaStyle("黑体", 16),  # 一、… in 黑体
        "p": ParaStyle(_FS, 16, indent=32),
    },
    ascii_font="Times New Roman",
    table=TableStyle(font=_FS, size=10.5, ascii_font="Times New Roman"),
)
SHEETS = SheetStyle(
    title_font=Font(name="宋体", size=16, bold=True),
    title_wrap=False,
    header_font=Font(name="宋体", bold=True),
    id_as_text=True,
    notes_gap=1,
    notes_merged=False,
    widths=14,
)
PDF = PdfLayout(  # "print to PDF" from WPS: 14 pt body, title at 20, red 发文机关标志 at 26
    left=79, right=102, top=124, bottom=80,
    sizes={"title": 20, "head": 26, "p": 14},
    steps={"title": 32, "head": 41.6}, step_factor=24 / 14, gap=0,
    centred=frozenset({"title", "head", "docno", "center"}),
    indents={"p": 28}, red=frozenset({"head"}),
)  # fmt: skip


@dataclass
class Meta:
    author: str = "Administrator"
    created: str = "2019-06-01T08:00:00Z"
    modified: str = "2019-06-01T09:00:00Z"

    @property
    def when(self) -> tuple[int, int, int, int, int, int]:
        d = dt.datetime.fromisoformat(self.modified.replace("Z", ""))
        return (d.year, d.month, d.day, d.hour, d.minute, d.second)

    def _dt(self, stamp: str) -> dt.datetime:
        return dt.datetime.fromisoformat(stamp.replace("Z", ""))

    def doc(self) -> DocProps:
        return DocProps(self.author, self._dt(self.created), self._dt(self.modified), self.when,
                        modified_stamp=self.modified, created_stamp=self.created, comments="",
                        revision=None)  # fmt: skip

    def book(self) -> WorkbookProps:
        return WorkbookProps(self.author, self._dt(self.created), None, self.when,
                             modified_stamp=self.modified, created_stamp=self.created)  # fmt: skip


def meta(date: str | None, author: str = "Administrator", created: str | None = None) -> Meta:
    base = date or "2019-11-20"
    c = created or base
    return Meta(author, f"{c}T08:12:00Z", f"{base}T10:41:00Z")


def docx_bytes(blocks: Blocks, m: Meta) -> bytes:
    return render_blocks(blocks, HOUSE, m.doc())


def xlsx_bytes(sh: Ledger, m: Meta) -> bytes:
    return xlsx([(sh.sheet, sh)], SHEETS, m.book())


def docx_table_bytes(sh: Ledger, m: Meta) -> bytes:
    return docx_bytes(ledger_blocks(sh), m)


def csv_bytes(sh: Ledger) -> bytes:
    return csv_gbk(sh)


def html_xls_bytes(sh: Ledger, page_title: str) -> bytes:
    return html_xls(sh, page_title=page_title, encoding="gbk")


def pdf_bytes(blocks: Blocks, when: int, title: str = "", author: str = "") -> bytes:
    """A text PDF as Word/WPS 'print to PDF' makes it (CID font, one text run per line)."""
    return text_pdf(blocks, PDF, PdfMeta(title, author, "WPS 文字", "WPS PDF", epoch=when))


def scan_pdf_bytes(jpeg: bytes, when: int) -> bytes:
    """An image-only PDF as a copier's scan-to-PDF makes it: one JPEG per page, no fonts."""
    return image_pdf(jpeg, PdfMeta(creator="RICOH MP 2555", producer="RICOH MP 2555", epoch=when))


def jpeg(key: str, when: str | None = None, make: str = "HUAWEI", model: str = "ELE-AL00",
         size: tuple[int, int] = (1024, 768)) -> bytes:  # fmt: skip
    exif = Exif(make, model, taken=when, stamp_all=True) if when else None  # WeChat strips it
    return jpeg_bytes(scene_photo(key, *size), 78, exif)


def heic(key: str, when: str) -> bytes:
    exif = Exif("Apple", "iPhone XR", taken=when, stamp_all=True)
    return heic_bytes(scene_photo(key, 1008, 756, noise=False), 55, exif)


def screenshot_png(key: str) -> bytes:
    return png_bytes(browser_screenshot(key))


def scan_jpeg(key: str) -> bytes:
    return jpeg_bytes(redhead_scan_page(key), 70, dpi=100)


def word_owner_file(user: str) -> bytes:
    return noise.owner_file(user)


def thumbs_db(key: str) -> bytes:
    return noise.thumbs_db()


def ds_store(key: str) -> bytes:
    return noise.ds_store()


def seven_zip_stub(key: str) -> bytes:
    return noise.seven_zip_stub(rng_for(key))


# ======================================================================= planted files
DEFAULT_MTIME = (2019, 12, 6, 9, 30, 0)  # the day the archive was copied to the shared drive
DOCNO = re.compile(r"[\u4e00-\u9fff]*〔(?:19|20)\d{2}〕\d{1,5}号")


@dataclass
class Entry:
    path: str  # archive-relative, '/'-separated, '!/' inside zips
    kind: str | None
    date: str | None
    text: str = ""  # what the keyword checks may read
    sheet: Ledger | None = None
    data: bytes | None = None
    convert: tuple[str, str, bytes] | None = None  # (source ext, target ext, source bytes)
    unreadable: bool = False  # empty / truncated: a failing candidate
    scan: bool = False  # no text layer
    picture: str | None = None  # the same picture as other files (re-saved, resized)
    mtime: tuple[int, int, int, int, int, int] = field(default=DEFAULT_MTIME)


ENTRIES: list[Entry] = []


def add(path: str, kind: str | None, date: str | None, **kw: Any) -> Entry:
    e = Entry(path, kind, date, **kw)
    ENTRIES.append(e)
    return e


def epoch(date: str, hour: int = 9) -> int:
    d = dt.datetime.fromisoformat(date).replace(hour=hour, tzinfo=dt.timezone.utc)
    return int(d.timestamp())


def minutes_lines(attend: list[str], absent: list[str] | None, sit_in: str) -> Blocks:
    out: Blocks = [("p", "出席：" + "　".join(attend))]
    if absent:
        out.append(("p", "请假：" + "　".join(absent)))
    out.append(("p", "列席：" + sit_in))
    return out


EAST = "海州市"
AREA = {
    "东川县": "532621",
    "安宁区": "532602",
    "禄丰市": "532625",
    "武定县": "532628",
    "州": "532600",
}
PLACES = {
    "东川县": {
        "汤丹镇": ["落雪村", "岔河村", "新塘村"],
        "乌龙镇": ["坪子村", "法块村"],
        "舍块乡": ["舍块村", "以礼村"],
        "红土地镇": ["花沟村", "仓房村"],
    },
    "安宁区": {
        "八街街道": ["大村", "铁矿村"],
        "草铺街道": ["权甫村", "王家滩村"],
        "县街街道": ["小河村", "者苴村"],
    },
    "禄丰市": {
        "勤丰镇": ["东村", "川街村"],
        "一平浪镇": ["大荒田村", "中村"],
        "妥安乡": ["妥安村", "琅井村"],
        "碧城镇": ["大北厂村", "黑井村"],
    },
    "武定县": {
        "狮山镇": ["西和村", "邑洒村"],
        "插甸镇": ["水城村", "以堵村"],
        "猫街镇": ["石腊它村"],
        "万德镇": ["万德村", "马德坪村"],
    },
}


def place(r: random.Random, county: str) -> tuple[str, str]:
    town = r.choice(sorted(PLACES[county]))
    return town, r.choice(PLACES[county][town])


def names(key: str, n: int) -> list[str]:
    r = rng_for("names:" + key)
    return [person(r)[0] for _ in range(n)]


# ======================================================================= ledgers
def labour_rows(
    key: str,
    county: str,
    n: int,
    kind_of: Callable[[int], str],
    where: Callable[[int], tuple[str, str]],
    bad: set[int] = frozenset(),
) -> list[list]:  # type: ignore[assignment]
    r = rng_for("labour:" + key)
    rows = []
    for i in range(n):
        nm, male = person(r)
        town, vil = place(r, county)
        pid = make_id(r, AREA[county], male)
        if i in bad:
            pid = corrupt_id(pid)
        loc, unit = where(i)
        rows.append(
            [
                i + 1,
                town,
                vil,
                nm,
                "男" if male else "女",
                pid,
                kind_of(i),
                loc,
                unit,
                f"2019.{r.randint(2, 10)}",
                r.choice([2800, 3200, 3600, 4100, 4500, 2200, 1800]),
            ]
        )
    return rows


EAST_JOBS = [
    ("浙江省海州市临江区", "海州精工机械有限公司"),
    ("浙江省海州市南湖区", "南湖纺织服饰有限公司"),
    ("浙江省海州市桐溪市", "桐溪电子科技股份有限公司"),
    ("江苏省苏州市吴中区", "吴中精密制造有限公司"),
    ("广东省东莞市", "东莞鸿达电子厂"),
]
NEAR_JOBS = [
    ("金沙州经济开发区", "金沙绿源食品有限公司"),
    ("本县工业园区", "扶贫车间（服装加工）"),
    ("昆明市", "云南顺丰速运有限公司"),
    ("本乡镇", "生态护林员（公益性岗位外）"),
]


def roster_rows(
    key: str,
    county: str,
    n: int,
    bad: set[int] = frozenset(),
    dup: tuple[int, int] | None = None,  # type: ignore[assignment]
    firms: list[str] | None = None,
) -> list[list]:
    r = rng_for("roster:" + key)
    rows = []
    for i in range(n):
        nm, male = person(r)
        town, vil = place(r, county)
        pid = make_id(r, AREA[county], male)
        if i in bad:
            pid = corrupt_id(pid)
        rows.append(
            [
                i + 1,
                nm,
                "男" if male else "女",
                pid,
                town,
                vil,
                r.randint(2, 6),
                r.choice(firms or ["扶贫车间务工"]),
                r.choice(["务工就业", "入股分红", "订单收购", "土地流转+务工"]),
            ]
        )
    if dup:
        a, b = dup
        rows[b][3] = rows[a][3]
    return rows


def post_rows(key: str, county: str, n: int, bad: set[int] = frozenset()) -> list[list]:  # type: ignore[assignment]
    r = rng_for("post:" + key)
    rows = []
    for i in range(n):
        nm, male = person(r)
        town, vil = place(r, county)
        pid = make_id(r, AREA[county], male)
        if i in bad:
            pid = corrupt_id(pid)
        post = r.choice(
            ["保洁员", "护林员", "护路员", "村级公益岗（协管员）", "水管员", "孤寡老人看护"]
        )
        rows.append(
            [
                i + 1,
                town,
                vil,
                nm,
                "男" if male else "女",
                pid,
                "乡村公益性岗位",
                post,
                f"2019年{r.randint(1, 9)}月",
                800,
            ]
        )
    return rows


# ======================================================================= units
def build_dongchuan() -> None:
    u = "东川县"
    B = f"{u}/2019年东西部扶贫协作考核资料"
    # 1-1 joint meeting, .doc
    bl: Blocks = [
        ("title", "2019年东川县·临江区东西部扶贫协作联席会议纪要"),
        (
            "p",
            "2019年4月18日，东川县·临江区东西部扶贫协作联席会议在东川县行政中心三楼会议室召开。临江区委副书记、区长周建华，东川县委书记杨正平出席会议并讲话，东川县委副书记、县长李国强主持会议。会议听取了两地2019年扶贫协作工作安排，研究了劳务协作、产业合作和人才交流等事项。现纪要如下：",
        ),
        (
            "p",
            "一、关于年度协作任务。会议商定，2019年临江区向东川县安排财政援助资金3200万元，重点用于产业扶贫和就业扶贫项目，资金投向县以下乡镇、村的比例不低于90%。",
        ),
        (
            "p",
            "二、关于劳务协作。两地人社部门建立岗位信息共享机制，全年组织东川县建档立卡贫困劳动力到临江区稳定就业不少于300人，帮助省内就近就业不少于500人。",
        ),
        (
            "p",
            "三、关于产业合作。临江区负责引导至少3家企业到东川县投资兴业，共建扶贫车间5个，带动贫困人口不少于600人。",
        ),
        (
            "p",
            "四、关于人才交流。临江区选派党政干部2名、专业技术人才30名到东川县挂职和交流，东川县选派干部到临江区跟岗学习。",
        ),
        (
            "p",
            "五、建立联席会议制度，每年至少召开一次，轮流在两地举行，日常工作由两地扶贫协作办公室负责对接。",
        ),
        *minutes_lines(
            ["周建华", "杨正平", "李国强", "王海涛", "陈静（临江区）", "沈立新（临江区）"],
            None,
            "县扶贫办、县人社局、县财政局、县工信局、县教育体育局主要负责同志",
        ),
    ]
    add(
        f"{B}/1.组织领导/1-1 高层联席会议/2019年东川县·临江区扶贫协作联席会议纪要.doc",
        "minutes",
        "2019-04-18",
        text=blocks_text(bl),
        convert=("docx", "doc", docx_bytes(bl, meta("2019-04-19", "dcxzb"))),
    )
    # 1-2 party committee minutes, .wps
    bl = [
        ("head", "中共东川县委常委会会议纪要"),
        ("center", "（2019年第12次）"),
        ("right", "中共东川县委办公室"),
        (
            "p",
            "2019年6月20日下午，县委书记杨正平主持召开县委常委会2019年第12次会议。会议传达学习了全省东西部扶贫协作工作推进会议精神，听取了县扶贫办关于上半年东西部扶贫协作工作情况的汇报，研究部署下一步工作。纪要如下：",
        ),
        (
            "p",
            "一、会议认为，今年以来全县上下认真落实两地协作协议，人才交流、劳务协作、产业合作取得阶段性成效，但资金项目开工率不高、劳务输出稳岗率偏低等问题依然存在。",
        ),
        (
            "p",
            "二、会议要求，各乡镇、各部门要对照年度协议逐项梳理，建立问题清单、责任清单和整改清单，县扶贫办每月通报进展；县人社局要在7月底前完成第二批赴临江区务工人员的组织工作；县财政局要加快援助资金拨付进度。",
        ),
        ("p", "三、会议同意成立由县委副书记任组长的东西部扶贫协作迎检工作专班。"),
        *minutes_lines(
            ["杨正平", "李国强", "张红梅", "赵志勇", "马文俊", "普建华", "刘斌"],
            ["罗永成（出差）"],
            "县人大常委会、县政协分管领导，县纪委监委、县扶贫办、县人社局、县财政局负责同志",
        ),
    ]
    add(
        f"{B}/1.组织领导/1-2 党委政府研究部署/中共东川县委常委会会议纪要（2019年第12次）.wps",
        "minutes",
        "2019-06-20",
        text=blocks_text(bl),
        convert=("docx", "doc", docx_bytes(bl, meta("2019-06-21", "xwb", created="2018-01-09"))),
    )
    # 1-2 government executive meeting minutes, .doc
    bl = [
        ("head", "东川县人民政府常务会议纪要"),
        ("center", "第9次"),
        (
            "p",
            "2019年5月28日，县长李国强主持召开县人民政府2019年第9次常务会议，研究东西部扶贫协作资金项目安排等事项。现纪要如下：",
        ),
        (
            "p",
            "一、审议通过《东川县2019年东西部扶贫协作资金项目计划》。会议同意安排临江区财政援助资金3200万元，实施产业发展、就业扶贫和基础设施项目19个，由县扶贫办会同县财政局按程序下达。",
        ),
        (
            "p",
            "二、会议要求，项目实施单位要严格执行资金项目管理办法，实行项目公示和资金报账制，确保年内资金拨付率达到95%以上。",
        ),
        ("p", "三、研究了扶贫车间建设用地和水电保障问题，由县自然资源局、县工信局负责落实。"),
        *minutes_lines(
            ["李国强", "张红梅", "陈建明", "杨桂芳", "周斌（挂职）"],
            None,
            "县政府办、县扶贫办、县财政局、县发改局、县自然资源局、县工信局主要负责同志",
        ),
    ]
    add(
        f"{B}/1.组织领导/1-2 党委政府研究部署/东川县人民政府常务会议纪要（第9次）.doc",
        "minutes",
        "2019-05-28",
        text=blocks_text(bl),
        convert=("docx", "doc", docx_bytes(bl, meta("2019-05-30", "zfb"))),
    )
    # 1-3 letter, .docx
    bl = [
        ("head", "东川县人民政府"),
        ("docno", "东政函〔2019〕17号"),
        ("title", "东川县人民政府关于商请开展2019年劳务协作对接活动的函"),
        ("p", "临江区人民政府："),
        (
            "p",
            "为深入落实两地东西部扶贫协作联席会议确定的劳务协作任务，帮助我县建档立卡贫困劳动力到东部稳定就业，我县拟于2019年4月中旬组织县人社局、相关乡镇负责同志带队赴贵区开展劳务对接。现将有关事项函告如下：",
        ),
        (
            "p",
            "一、请贵区人社部门协调辖区重点企业提供适合我县劳动力的岗位信息不少于1000个，并在住宿、岗前培训方面给予支持。",
        ),
        ("p", "二、请协助在临江区设立东川县驻外劳务工作站，负责务工人员日常服务和权益维护。"),
        ("p", "三、对接时间、人员名单另行商定。"),
        ("p", "盼予支持为感。"),
        ("right", "东川县人民政府"),
        ("right", "2019年3月12日"),
        ("p", "（联系人：县人社局　张丽，电话：0878-6213456）"),
    ]
    add(
        f"{B}/1.组织领导/1-3 对接函件/关于商请开展2019年劳务协作对接活动的函.docx",
        "letter",
        "2019-03-12",
        text=blocks_text(bl),
        data=docx_bytes(bl, meta("2019-03-12", "zhangli")),
    )
    # 1-4 plan printed to PDF
    bl = [
        ("title", "东川县2019年东西部扶贫协作工作实施方案"),
        (
            "p",
            "为贯彻落实中央和省、州关于东西部扶贫协作的决策部署，全面完成2019年两地协作协议确定的各项任务，确保在国家考核中取得好的等次，结合我县实际，制定本方案。",
        ),
        ("h", "一、目标任务"),
        (
            "p",
            "全年争取临江区财政援助资金不少于3000万元，实施帮扶项目不少于15个；引导东部企业到我县投资不少于3家；组织建档立卡贫困劳动力到东部就业不少于300人、省内就近就业不少于500人；接收东部挂职干部和专业技术人才不少于32人。",
        ),
        ("h", "二、重点工作"),
        (
            "p",
            "（一）强化组织领导。县委常委会、县政府常务会议每季度至少研究一次东西部扶贫协作工作，县委、县政府主要领导年内至少一次赴临江区对接。",
        ),
        (
            "p",
            "（二）深化劳务协作。建立贫困劳动力就业需求清单和东部岗位供给清单，开展订单式、定向式培训，落实稳岗补贴和交通补助。",
        ),
        (
            "p",
            "（三）推进产业合作。围绕蔬菜、中药材、肉牛三大产业，建设扶贫车间，完善企业与贫困户利益联结机制。",
        ),
        ("p", "（四）用好帮扶资金。援助资金全部用于县以下乡镇、村，重点投向产业扶贫和就业扶贫。"),
        ("h", "三、工作要求"),
        ("p", "各乡镇、各部门要明确专人负责，按月报送工作进展，县扶贫办每季度通报一次。"),
        ("right", "中共东川县委办公室　东川县人民政府办公室"),
        ("right", "2019年2月26日"),
    ]
    add(
        f"{B}/1.组织领导/1-4 工作方案/东川县2019年东西部扶贫协作工作实施方案.pdf",
        "plan",
        "2019-02-26",
        text=blocks_text(bl),
        data=pdf_bytes(bl, epoch("2019-03-04"), "东川县2019年东西部扶贫协作工作实施方案", "dcfpb"),
    )
    # 1-5 photos: JPEG with EXIF, a byte-identical 副本, a HEIC; Thumbs.db
    ph = f"{B}/1.组织领导/1-5 影像资料"
    add(
        f"{ph}/2019.4.18联席会议.jpg",
        "photo",
        "2019-04-18",
        data=jpeg("dc1", "2019:04:18 10:02:41", "Canon", "Canon EOS 80D"),
    )
    add(
        f"{ph}/IMG_20190709_153012.jpg",
        "photo",
        "2019-07-09",
        data=jpeg("dc2", "2019:07:09 15:30:12"),
        picture="dc2",
    )
    seat = jpeg("dc3", "2019:07:10 09:15:33")
    add(f"{ph}/对接座谈.jpg", "photo", "2019-07-10", data=seat)
    add(f"{ph}/对接座谈 - 副本.jpg", "photo", "2019-07-10", data=seat)
    add(f"{ph}/IMG_4021.HEIC", "photo", "2019-09-03", data=heic("dc4", "2019:09:03 16:48:05"))
    add(f"{ph}/Thumbs.db", None, None, data=thumbs_db("dc-thumbs"))
    # 1-6 news saved as PDF
    bl = [
        ("title", "临江区党政代表团来我县考察对接东西部扶贫协作工作"),
        ("center", "来源：金沙日报　　发布时间：2019-07-09 10:23　　浏览次数：1287"),
        (
            "p",
            "本报讯（记者 赵明 通讯员 刘芳）7月8日至9日，浙江省海州市临江区委书记许卫东率党政代表团到东川县考察对接东西部扶贫协作工作，召开两地扶贫协作座谈会。东川县委书记杨正平、县长李国强陪同考察。",
        ),
        (
            "p",
            "代表团一行先后来到汤丹镇落雪村扶贫车间、乌龙镇坪子村蔬菜基地、县职业高级中学临江班，详细了解援建项目实施、贫困群众务工增收和职业教育合作情况。",
        ),
        (
            "p",
            "座谈会上，双方就深化劳务协作、共建产业园区、推进消费扶贫等事项进行了深入交流。许卫东表示，临江区将一如既往支持东川县打赢脱贫攻坚战。",
        ),
        ("p", "责任编辑：李娜"),
    ]
    add(
        f"{B}/1.组织领导/1-6 新闻报道/临江区党政代表团来我县考察对接东西部扶贫协作工作.pdf",
        "news",
        "2019-07-09",
        text=blocks_text(bl),
        data=pdf_bytes(
            bl, epoch("2019-07-12"), "临江区党政代表团来我县考察对接东西部扶贫协作工作_金沙日报", ""
        ),
    )
    # 1-7 speech, .doc
    bl = [
        ("title", "在全县东西部扶贫协作推进会上的讲话"),
        ("center", "（2019年8月15日）"),
        ("center", "杨正平"),
        ("p", "同志们："),
        (
            "p",
            "今天召开全县东西部扶贫协作推进会，主要任务是总结上半年工作，分析存在问题，安排部署下半年特别是迎接国家考核的各项工作。刚才，县扶贫办通报了协议指标完成情况，汤丹镇、县人社局作了交流发言，我都同意。下面，我讲三点意见。",
        ),
        ("h", "一、认清形势，切实增强做好东西部扶贫协作工作的责任感"),
        (
            "p",
            "东西部扶贫协作是党中央作出的重大决策。今年国家考核更加注重实效，考核结果直接关系全县脱贫攻坚成效评价。",
        ),
        ("h", "二、聚焦重点，确保协议指标全面完成"),
        (
            "p",
            "一要在劳务协作上再加力，二要在产业合作上求突破，三要在资金项目上抓进度，四要在资料归档上下功夫，做到件件有依据、项项有佐证。",
        ),
        ("h", "三、压实责任，形成齐抓共管的工作格局"),
        ("p", "各乡镇党委书记是第一责任人，县级各部门要各司其职、密切配合，县委督查室要跟踪督办。"),
        ("p", "同志们，时间紧、任务重，大家要以只争朝夕的精神，确保全面完成全年目标任务。"),
    ]
    add(
        f"{B}/1.组织领导/1-7 会议材料/杨正平同志在全县东西部扶贫协作推进会上的讲话.doc",
        "meeting_material",
        "2019-08-15",
        text=blocks_text(bl),
        convert=("docx", "doc", docx_bytes(bl, meta("2019-08-14", "xwb"))),
    )
    # 2-1 cadre ledger, .xls
    r = rng_for("dc-cadre")
    rows = [
        [
            1,
            "周斌",
            "男",
            "临江区发展和改革局",
            "东川县人民政府",
            "副县长",
            "2019.03-2021.03",
            mobile(r),
        ],
        [
            2,
            "沈立新",
            "男",
            "临江区人力资源和社会保障局",
            "东川县扶贫开发办公室",
            "副主任",
            "2019.03-2021.03",
            mobile(r),
        ],
        [
            3,
            "吴晓燕",
            "女",
            "临江区教育局",
            "东川县教育体育局",
            "副局长",
            "2019.09-2020.09",
            mobile(r),
        ],
    ]
    sh = Sheet(
        "临江区选派东川县挂职党政干部台账",
        ["序号", "姓名", "性别", "派出单位", "挂职单位", "挂职职务", "挂职起止时间", "联系电话"],
        rows,
        pre=["填报单位：中共东川县委组织部"],
    )
    add(
        f"{B}/2.人才交流/2-1 挂职干部/临江区选派挂职干部台账.xls",
        "ledger.cadre",
        None,
        sheet=sh,
        text=sh.text(),
        convert=("xlsx", "xls", xlsx_bytes(sh, meta("2019-10-09", "zzb", created="2017-05-02"))),
    )
    # 2-1 appointment notice as OFD
    bl = [
        ("head", "中共东川县委文件"),
        ("docno", "东发〔2019〕8号"),
        ("title", "中共东川县委关于周斌等同志挂职任职的通知"),
        ("p", "各乡镇党委，县委各部委，县级国家机关各委办局党组（党委），各人民团体："),
        ("p", "根据东西部扶贫协作工作安排和干部双向挂职交流有关规定，经县委研究决定："),
        (
            "p",
            "周斌同志（临江区发展和改革局副局长）挂任东川县人民政府副县长，协助分管东西部扶贫协作、招商引资工作；",
        ),
        (
            "p",
            "沈立新同志（临江区人力资源和社会保障局就业促进科科长）挂任东川县扶贫开发办公室副主任，协助负责劳务协作工作。",
        ),
        ("p", "挂职时间自2019年3月起，为期两年。挂职期间不占所在单位领导职数。"),
        ("right", "中共东川县委"),
        ("right", "二〇一九年三月五日"),
        ("p", "中共东川县委办公室　　　　　　2019年3月6日印发"),
    ]
    add(
        f"{B}/2.人才交流/2-1 挂职干部/关于周斌等同志挂职任职的通知.ofd",
        "appointment",
        "2019-03-05",
        text=blocks_text(bl),
        data=ofd_bytes(
            bl, "中共东川县委关于周斌等同志挂职任职的通知", "东川县委办公室", "2019-03-06"
        ),
    )
    # 2-2 professional exchange ledger, .et
    r = rng_for("dc-talent")
    rows = []
    for i, (spec, title, sender, recv, cat) in enumerate(
        [
            ("数学", "中学一级教师", "临江区实验中学", "东川县第一中学", "教师"),
            ("临床医学（外科）", "副主任医师", "临江区人民医院", "东川县人民医院", "医生"),
            ("护理", "主管护师", "临江区人民医院", "东川县人民医院", "医生"),
            ("农学（蔬菜）", "农艺师", "临江区农业农村局", "东川县农业技术推广中心", "农技"),
            ("语文", "中学高级教师", "临江区第二中学", "东川县民族中学", "教师"),
            ("儿科", "主治医师", "临江区妇幼保健院", "东川县妇幼保健院", "医生"),
        ]
    ):
        nm, male = person(r)
        rows.append(
            [
                i + 1,
                nm,
                "男" if male else "女",
                spec,
                title,
                sender,
                recv,
                f"2019.{r.randint(3, 9)}-2020.{r.randint(1, 7)}",
                cat,
            ]
        )
    sh = Sheet(
        "2019年临江区赴东川县专业技术人才交流台账",
        ["序号", "姓名", "性别", "专业", "职称", "派出单位", "交流单位", "交流时间", "类别"],
        rows,
    )
    add(
        f"{B}/2.人才交流/2-2 专业技术人才/2019年专业技术人才交流台账.et",
        "ledger.talent",
        None,
        sheet=sh,
        text=sh.text(),
        convert=("xlsx", "xls", xlsx_bytes(sh, meta("2019-10-10", "rsj"))),
    )
    # 2-3 support report, .docx; Word owner file beside it
    bl = [
        ("title", "东川县关于临江区挂职干部工作生活保障情况的报告"),
        ("p", "州委组织部："),
        (
            "p",
            "2019年，临江区先后选派2名党政干部、32名专业技术人才到我县挂职和交流。县委、县政府高度重视，把做好挂职干部服务保障作为深化两地协作的重要内容，现将有关情况报告如下。",
        ),
        (
            "p",
            "一、工作保障。为挂职干部明确分工，安排独立办公室，配备电脑等办公设备，挂职副县长协助分管东西部扶贫协作工作，参加县政府常务会议等重要会议。",
        ),
        (
            "p",
            "二、生活保障。统一租赁周转住房并配齐生活用品，按每人每月1200元标准发放生活补助，安排年度健康体检，落实往返交通费用。",
        ),
        (
            "p",
            "三、关心关爱。县委组织部建立联系制度，每季度召开一次挂职干部座谈会，及时帮助解决工作和生活中的困难。",
        ),
        ("p", "下一步，我们将进一步完善服务保障措施，让挂职干部安心、安身、安业。"),
        ("p", "特此报告。"),
        ("right", "中共东川县委组织部"),
        ("right", "2019年9月10日"),
    ]
    add(
        f"{B}/2.人才交流/2-3 保障条件/关于做好临江区挂职干部服务保障工作的情况报告.docx",
        "report",
        "2019-09-10",
        text=blocks_text(bl),
        data=docx_bytes(bl, meta("2019-09-10", "zzb-gbk")),
    )
    add(
        f"{B}/2.人才交流/2-3 保障条件/~$做好临江区挂职干部服务保障工作的情况报告.docx",
        None,
        None,
        data=word_owner_file("zzb-gbk"),
    )
    # 3-1 measures inside a 印发通知, .doc
    bl = [
        ("head", "东川县人民政府办公室文件"),
        ("docno", "东政办发〔2019〕23号"),
        ("title", "东川县人民政府办公室关于印发《东川县东西部扶贫协作资金项目管理办法》的通知"),
        ("p", "各乡镇人民政府，县直各部门："),
        (
            "p",
            "《东川县东西部扶贫协作资金项目管理办法》已经县人民政府同意，现印发给你们，请认真贯彻执行。",
        ),
        ("right", "东川县人民政府办公室"),
        ("right", "2019年4月2日"),
        ("p", "（此件公开发布）"),
        ("title", "东川县东西部扶贫协作资金项目管理办法"),
        ("h", "第一章　总　则"),
        (
            "p",
            "第一条　为规范东西部扶贫协作资金和项目管理，提高资金使用效益，根据《金沙州东西部扶贫协作资金管理办法（试行）》，结合我县实际，制定本办法。",
        ),
        (
            "p",
            "第二条　本办法所称东西部扶贫协作资金，是指临江区援助我县的财政帮扶资金和社会帮扶资金。",
        ),
        ("h", "第二章　项目管理"),
        ("p", "第三条　项目由乡镇申报、行业部门审核、县扶贫开发领导小组审定，实行项目库管理。"),
        (
            "p",
            "第四条　项目资金主要用于县以下乡镇、村的产业发展、就业扶贫、基础设施和公共服务，不得用于楼堂馆所建设和弥补行政经费。",
        ),
        ("h", "第三章　资金管理"),
        ("p", "第五条　资金实行专账核算、县级报账制，按项目进度拨付，项目竣工验收后结算。"),
        ("p", "第六条　项目实施前后在项目所在村公示，公示时间不少于10天。"),
        ("h", "第四章　附　则"),
        ("p", "第七条　本办法由县扶贫办、县财政局负责解释，自印发之日起施行。"),
        ("p", "东川县人民政府办公室　　　　　　2019年4月3日印发"),
    ]
    add(
        f"{B}/3.资金使用/3-1 管理办法/东川县东西部扶贫协作资金项目管理办法.doc",
        "measures",
        "2019-04-02",
        text=blocks_text(bl),
        convert=("docx", "doc", docx_bytes(bl, meta("2019-04-03", "zfb"))),
    )
    # 3-2 fund ledger deep in folders, .xlsx with 填报日期
    r = rng_for("dc-fund")
    projects = [
        ("落雪村蔬菜保鲜库建设项目", "汤丹镇落雪村", "产业扶贫", 180.0),
        ("坪子村肉牛养殖小区", "乌龙镇坪子村", "产业扶贫", 260.0),
        ("扶贫车间（服装加工）建设项目", "汤丹镇岔河村", "就业扶贫", 150.0),
        ("贫困劳动力转移就业交通补助", "全县各乡镇", "就业扶贫", 90.0),
        ("舍块乡中药材种植基地", "舍块乡舍块村", "产业扶贫", 320.0),
        ("花沟村人居环境提升工程", "红土地镇花沟村", "基础设施", 210.0),
        ("以礼村安全饮水巩固提升", "舍块乡以礼村", "基础设施", 135.5),
        ("法块村产业路硬化", "乌龙镇法块村", "基础设施", 240.0),
    ]
    rows = []
    for i, (pname, loc, use, amt) in enumerate(projects):
        paid = round(amt * r.choice([0.8, 0.9, 1.0, 1.0]), 1)
        rows.append(
            [
                i + 1,
                pname,
                loc,
                "详见项目实施方案",
                use,
                amt,
                paid,
                r.choice(["县农业农村局", "县扶贫办", "县人社局", "乡镇人民政府"]),
                r.randint(80, 600),
            ]
        )
    tot = round(sum(p[3] for p in projects), 1)
    sh = Sheet(
        "东川县2019年东西部扶贫协作财政援助资金项目台账",
        [
            "序号",
            "项目名称",
            "实施地点",
            "建设内容",
            "资金用途",
            "援助资金金额（万元）",
            "已拨付（万元）",
            "实施单位",
            "受益贫困人口（人）",
        ],
        rows,
        pre=["填报单位：东川县扶贫开发办公室（盖章）　　　　　　填报日期：2019年11月30日"],
        total=[
            "合计",
            "",
            "",
            "",
            "",
            tot,
            round(sum(x[6] for x in rows), 1),
            "",
            sum(x[8] for x in rows),
        ],
    )
    add(
        f"{B}/3.资金使用/3-2 项目资金台账/2019年度/财政援助资金/汇总/最终版/东川县2019年东西部扶贫协作资金项目台账（定稿）.xlsx",
        "ledger.fund",
        "2019-11-30",
        sheet=sh,
        text=sh.text(),
        data=xlsx_bytes(sh, meta("2019-11-30", "fpb")),
    )
    # 4-1 policy, .odt
    bl = [
        ("title", "东川县承接东部产业转移促进贫困群众增收的若干措施"),
        ("p", "为吸引东部企业到我县投资兴业，带动贫困群众就近就业增收，制定以下措施。"),
        (
            "p",
            "一、用地支持。东部企业在我县投资建设扶贫车间、农产品加工项目的，优先保障建设用地，标准厂房前三年免收租金。",
        ),
        (
            "p",
            "二、财税支持。对新落地且吸纳贫困劳动力10人以上的企业，按其地方财政贡献给予奖励；符合西部大开发税收优惠条件的，按15%税率征收企业所得税。",
        ),
        (
            "p",
            "三、就业奖补。企业每吸纳1名建档立卡贫困劳动力稳定就业6个月以上的，给予一次性奖补2000元。",
        ),
        ("p", "四、金融支持。对带贫成效明显的企业给予扶贫贴息贷款支持。"),
        ("p", "五、本措施自发布之日起施行，由县工信局、县扶贫办负责解释。"),
        ("right", "东川县人民政府"),
        ("right", "2019年5月20日"),
    ]
    add(
        f"{B}/4.产业合作/4-1 优惠政策/东川县支持东部产业转移若干措施.odt",
        "policy",
        "2019-05-20",
        text=blocks_text(bl),
        convert=("docx", "odt", docx_bytes(bl, meta("2019-05-20", "gxj"))),
    )
    # 4-2 enterprise ledger, CSV in GBK
    r = rng_for("dc-ent")
    firms = [
        "海州精工机械（东川）有限公司",
        "东川临江绿色食品有限公司",
        "金沙云岭服饰有限公司",
        "东川县惠民中药材开发有限公司",
    ]
    rows = []
    for i, f in enumerate(firms):
        plan = r.choice([1200, 2500, 3000, 800])
        rows.append(
            [
                i + 1,
                f,
                uscc(r, "532621"),
                r.choice(["浙江省海州市临江区", "浙江省海州市"]),
                r.choice(["农产品加工", "服装加工", "机械配件", "中药材"]),
                plan,
                round(plan * r.uniform(0.4, 0.9)),
                f"2019年{r.randint(2, 9)}月",
                r.randint(40, 260),
                r.choice(["务工就业", "订单收购+务工", "资产收益"]),
            ]
        )
    sh = Sheet(
        "东川县2019年东西部扶贫协作引进落地企业台账",
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "东部来源地",
            "投资领域",
            "协议投资额（万元）",
            "实际到位投资额（万元）",
            "签约时间",
            "带动贫困人口数（人）",
            "带贫方式",
        ],
        rows,
    )
    add(
        f"{B}/4.产业合作/4-2 落地企业台账.csv",
        "ledger.enterprise",
        None,
        sheet=sh,
        text=sh.text(),
        data=csv_bytes(sh),
    )
    # 4-3 roster, .xlsx (valid, unique IDs)
    sh = Sheet(
        "东川县东西部协作落地企业带动建档立卡贫困人口花名册",
        ["序号", "姓名", "性别", "身份证号", "乡镇", "村", "家庭人口", "带动企业", "帮扶措施"],
        roster_rows("dc", u, 12, firms=firms),
    )
    add(
        f"{B}/4.产业合作/4-3 带动贫困人口花名册.xlsx",
        "ledger.roster",
        None,
        sheet=sh,
        text=sh.text(),
        data=xlsx_bytes(sh, meta("2019-11-12", "fpb")),
    )
    # 5-1 out-of-province labour, .xls
    hdr = [
        "序号",
        "乡镇",
        "村",
        "姓名",
        "性别",
        "身份证号",
        "就业类型",
        "就业地点",
        "就业单位",
        "就业时间",
        "月收入（元）",
    ]
    sh = Sheet(
        "东川县2019年建档立卡贫困劳动力到东部就业台账",
        hdr,
        labour_rows("dc-out", u, 10, lambda i: "省外（到东部）", lambda i: EAST_JOBS[i % 3]),
    )
    add(
        f"{B}/5.劳务协作/5-1 转移就业/东川县2019年建档立卡贫困劳动力到东部就业台账.xls",
        "ledger.labour",
        None,
        sheet=sh,
        text=sh.text(),
        convert=("xlsx", "xls", xlsx_bytes(sh, meta("2019-11-25", "rsj"))),
    )
    # 5-1 in-province labour: an "xls" that is an HTML table exported by a web system
    rows = labour_rows("dc-in", u, 9, lambda i: "省内就近", lambda i: NEAR_JOBS[i % 3])
    rows = [[x[0], "东川县", x[1], x[2], x[3], x[5], x[6], x[7], x[8]] for x in rows]
    sh = Sheet(
        "省内就近就业人员明细",
        [
            "序号",
            "县（市、区）",
            "乡镇",
            "村",
            "姓名",
            "身份证号",
            "就业类型",
            "务工地点",
            "务工单位",
        ],
        rows,
        pre=["导出时间：2019-12-03 16:20:11　　数据来源：全国扶贫开发信息系统"],
    )
    add(
        f"{B}/5.劳务协作/5-1 转移就业/省内就近就业台账（系统导出）.xls",
        "ledger.labour",
        "2019-12-03",
        sheet=sh,
        text=sh.text(),
        data=html_xls_bytes(sh, "就业信息查询结果"),
    )
    # 5-3 training ledger as a Word table, with a 制表时间 line
    rows = [
        [
            1,
            "贫困村创业致富带头人培训班（第一期）",
            "创业培训",
            "县人社局、临江区人社局",
            "2019.5.13-5.17",
            "东川县委党校",
            5,
            48,
            36,
            "是",
        ],
        [
            2,
            "家政服务员技能培训",
            "劳动力技能",
            "县人社局",
            "2019.6.3-6.12",
            "汤丹镇",
            10,
            60,
            52,
            "否",
        ],
        [
            3,
            "赴临江区务工人员岗前培训",
            "劳动力技能",
            "临江区人社局",
            "2019.7.1-7.3",
            "临江区职业技能培训中心",
            3,
            85,
            85,
            "是",
        ],
        [
            4,
            "中式烹调师培训",
            "劳动力技能",
            "县人社局",
            "2019.8.19-8.30",
            "县职业高级中学",
            12,
            45,
            38,
            "否",
        ],
        [
            5,
            "乡村医生能力提升培训",
            "专技人才",
            "县卫健局、临江区卫健局",
            "2019.9.23-9.27",
            "东川县人民医院",
            5,
            70,
            0,
            "是",
        ],
    ]
    sh = Sheet(
        "东川县2019年东西部扶贫协作劳务培训台账",
        [
            "序号",
            "培训名称",
            "培训类别",
            "主办单位",
            "培训时间",
            "培训地点",
            "天数",
            "培训人数",
            "其中贫困劳动力",
            "东部师资",
        ],
        rows,
        post=["制表：县人社局职业能力建设股　　　　制表时间：2019年12月2日"],
    )
    add(
        f"{B}/5.劳务协作/5-3 培训台账/2019年东川县劳务协作培训台账.docx",
        "ledger.training",
        "2019-12-02",
        sheet=sh,
        text=sh.text(),
        data=docx_table_bytes(sh, meta("2019-12-02", "rsj")),
    )
    # 5-4 public posts, .xlsx
    sh = Sheet(
        "东川县2019年乡村公益性岗位人员台账",
        [
            "序号",
            "乡镇",
            "村",
            "姓名",
            "性别",
            "身份证号",
            "岗位类别",
            "岗位名称",
            "上岗时间",
            "月补贴（元）",
        ],
        post_rows("dc", u, 10),
    )
    add(
        f"{B}/5.劳务协作/5-4 公益性岗位/公益性岗位人员台账.xlsx",
        "ledger.public_post",
        None,
        sheet=sh,
        text=sh.text(),
        data=xlsx_bytes(sh, meta("2019-10-28", "rsj")),
    )
    # 7 a case write-up, undated
    bl = [
        ("title", "“订单式”输出铺就脱贫路"),
        ("center", "——东川县劳务协作工作案例"),
        ("h", "一、基本情况"),
        (
            "p",
            "东川县地处金沙江干热河谷，贫困劳动力多、外出务工组织化程度低。2019年，东川县与临江区探索“企业下单、政府接单、培训上岗”的订单式劳务输出模式。",
        ),
        ("h", "二、主要做法"),
        (
            "p",
            "一是精准摸底，建立贫困劳动力就业意愿清单；二是东部企业提前下单，按岗位需求定向培训；三是设立驻临江区劳务工作站，落实稳岗补贴、交通补助，做好跟踪服务。",
        ),
        ("h", "三、取得成效"),
        (
            "p",
            "全年组织贫困劳动力到临江区就业386人，稳岗6个月以上的占87%，人均月收入4100元，带动1100余名贫困人口增收。",
        ),
        ("h", "四、启示"),
        ("p", "组织化输出、稳岗服务和利益联结是劳务协作见实效的关键，这一做法已在全州推广。"),
    ]
    add(
        f"{B}/7.创新工作/“订单式”劳务输出带动贫困群众稳定增收.docx",
        "case",
        None,
        text=blocks_text(bl),
        data=docx_bytes(bl, meta("2019-11-18", "fpb")),
    )
    # 8 plan 2020, .xlsx
    r = rng_for("dc-2020")
    rows = []
    for i, (pname, loc) in enumerate(
        [
            ("汤丹镇蔬菜产业园二期", "汤丹镇新塘村"),
            ("乌龙镇肉牛育肥场", "乌龙镇坪子村"),
            ("扶贫车间提质扩容", "红土地镇仓房村"),
            ("劳务协作工作站运行经费", "浙江省海州市临江区"),
            ("舍块乡中药材初加工厂", "舍块乡舍块村"),
        ]
    ):
        fund = r.choice([300, 450, 520, 260, 180])
        rows.append(
            [
                i + 1,
                pname,
                loc,
                "新建/扩建",
                fund,
                fund,
                "2020年",
                r.choice(["务工+分红", "务工就业", "订单收购"]),
            ]
        )
    sh = Sheet(
        "东川县2020年东西部扶贫协作项目计划清单",
        [
            "序号",
            "项目名称",
            "建设地点",
            "建设内容",
            "计划资金（万元）",
            "其中：东部援助资金（万元）",
            "计划实施年度",
            "带贫机制",
        ],
        rows,
        total=["合计", "", "", "", sum(x[4] for x in rows), sum(x[5] for x in rows), "", ""],
    )
    add(
        f"{B}/8.2020年计划/东川县2020年东西部扶贫协作项目计划清单.xlsx",
        "ledger.project_plan",
        None,
        sheet=sh,
        text=sh.text(),
        data=xlsx_bytes(sh, meta("2019-12-06", "fpb")),
    )
    # an address list: not evidence of anything
    r = rng_for("dc-contacts")
    rows = [
        [i + 1, person(r)[0], org, post, f"0878-62{r.randint(10000, 99999)}", mobile(r)]
        for i, (org, post) in enumerate(
            [
                ("县扶贫办", "主任"),
                ("县扶贫办", "协作股股长"),
                ("县人社局", "副局长"),
                ("县财政局", "农业股股长"),
                ("县工信局", "副局长"),
                ("县委组织部", "干部科科长"),
            ]
        )
    ]
    sh = Sheet(
        "东川县东西部扶贫协作工作联系人通讯录",
        ["序号", "姓名", "单位", "职务", "办公电话", "手机"],
        rows,
    )
    add(
        f"{B}/东川县扶贫协作工作联系人通讯录.xlsx",
        "other",
        None,
        sheet=sh,
        text=sh.text(),
        data=xlsx_bytes(sh, meta("2019-03-01", "fpb")),
    )


def build_anning() -> None:
    u = "安宁区"
    Z = f"{u}/组织领导佐证资料.zip"
    # zip: joint-meeting minutes, photos (two name-dated, one undated, a nested zip of EXIF photos), sign-in sheet
    bl: Blocks = [
        ("title", "2019年安宁区·南湖区东西部扶贫协作联席会议纪要"),
        (
            "p",
            "2019年5月9日，安宁区·南湖区东西部扶贫协作联席会议在海州市南湖区召开。南湖区委书记方志刚、安宁区委书记段云华出席会议并讲话，两区分管领导和相关部门负责同志参加会议。",
        ),
        (
            "p",
            "会议总结了2018年两区协作成效，审议了《2019年安宁区·南湖区东西部扶贫协作协议》，确定：南湖区2019年安排帮扶资金2600万元；共建扶贫车间4个；组织贫困劳动力到南湖区就业不少于260人；互派挂职干部和专业技术人才不少于25人。",
        ),
        ("p", "会议要求，两区扶贫协作办公室加强日常对接，每季度互通一次工作进展。"),
        *minutes_lines(
            ["方志刚", "段云华", "李明（挂职）", "孙丽华", "鲁国强"],
            None,
            "两区扶贫协作办公室、人社局、商务局负责同志",
        ),
    ]
    add(
        f"{Z}!/1.联席会议/2019年安宁区·南湖区东西部扶贫协作联席会议纪要.docx",
        "minutes",
        "2019-05-09",
        text=blocks_text(bl),
        data=docx_bytes(bl, meta("2019-05-10", "anfpb")),
        mtime=(2019, 5, 10, 17, 2, 0),
    )
    add(
        f"{Z}!/2.照片/微信图片_20190509143022.jpg",
        "photo",
        "2019-05-09",
        data=jpeg("an1"),
        mtime=(2019, 5, 9, 14, 30, 22),
    )
    add(
        f"{Z}!/2.照片/微信图片_20190509143105.jpg",
        "photo",
        "2019-05-09",
        data=jpeg("an2"),
        mtime=(2019, 5, 9, 14, 31, 5),
    )
    add(
        f"{Z}!/2.照片/IMG_0457.JPG", "photo", None, data=jpeg("an3"), mtime=(2019, 11, 26, 10, 0, 0)
    )
    inner = f"{Z}!/2.照片/补充照片.zip"
    add(
        f"{inner}!/DSC_0032.JPG",
        "photo",
        "2019-10-11",
        data=jpeg("an4", "2019:10:11 10:20:03", "NIKON CORPORATION", "NIKON D7200"),
    )
    add(
        f"{inner}!/DSC_0033.JPG",
        "photo",
        "2019-10-11",
        data=jpeg("an5", "2019:10:11 10:21:47", "NIKON CORPORATION", "NIKON D7200"),
    )
    rows = [
        [i + 1, nm, org, post, ""]
        for i, (nm, (org, post)) in enumerate(
            zip(
                names("an-sign", 8),
                [
                    ("南湖区人民政府", "区长"),
                    ("南湖区扶贫协作办", "主任"),
                    ("安宁区委", "书记"),
                    ("安宁区人民政府", "副区长（挂职）"),
                    ("安宁区扶贫办", "主任"),
                    ("安宁区人社局", "局长"),
                    ("南湖区人社局", "副局长"),
                    ("安宁区商务局", "局长"),
                ],
                strict=True,
            )
        )
    ]
    sh = Sheet(
        "2019年安宁区·南湖区东西部扶贫协作联席会议签到表",
        ["序号", "姓名", "单位", "职务", "签名"],
        rows,
        pre=["时间：2019年5月9日　　地点：南湖区行政中心1号会议室"],
    )
    add(
        f"{Z}!/3.会议材料/联席会议签到表.xlsx",
        "meeting_material",
        "2019-05-09",
        sheet=sh,
        text=sh.text(),
        data=xlsx_bytes(sh, meta("2019-05-08", "anfpb")),
        mtime=(2019, 5, 8, 16, 0, 0),
    )
    # party committee minutes: a .docx saved with a .doc name
    bl = [
        ("head", "中共安宁区委常委会会议纪要"),
        ("center", "〔2019〕15次"),
        (
            "p",
            "2019年7月2日，区委书记段云华主持召开区委常委会2019年第15次会议，专题研究东西部扶贫协作工作。",
        ),
        (
            "p",
            "会议听取了区扶贫办关于上半年协作工作进展的汇报，指出劳务输出、车间建设进度滞后，要求各街道、各部门对照协议倒排工期；区委组织部做好挂职干部管理服务；区财政局、区扶贫办加快资金拨付。",
        ),
        *minutes_lines(
            ["段云华", "钱永平", "李文俊", "杨丽", "何建国", "夏志强"],
            ["赵桂英（学习）"],
            "区政府分管副区长，区扶贫办、区人社局、区财政局主要负责同志",
        ),
    ]
    add(
        f"{u}/区委常委会会议纪要（2019年第15次）.doc",
        "minutes",
        "2019-07-02",
        text=blocks_text(bl),
        data=docx_bytes(bl, meta("2019-07-03", "qwb")),
    )
    # government minutes of December 2018 (out of period), .wps
    bl = [
        ("head", "安宁区人民政府常务会议纪要"),
        ("center", "2018年第20次"),
        (
            "p",
            "2018年12月14日，区长钱永平主持召开区政府2018年第20次常务会议，研究2019年东西部扶贫协作资金项目安排。会议原则同意区扶贫办提出的2019年项目初步计划，请区扶贫办会同区财政局进一步论证后按程序报批。",
        ),
        *minutes_lines(
            ["钱永平", "杨丽", "李明（挂职）", "和志华"],
            None,
            "区政府办、区扶贫办、区财政局、区发改局负责同志",
        ),
    ]
    add(
        f"{u}/区政府常务会议纪要（2018年第20次）.wps",
        "minutes",
        "2018-12-14",
        text=blocks_text(bl),
        convert=("docx", "doc", docx_bytes(bl, meta("2018-12-17", "zfb"))),
    )
    # reply letter: a .docx named .pdf
    bl = [
        ("head", "安宁区人民政府"),
        ("docno", "安政函〔2019〕31号"),
        ("title", "安宁区人民政府关于商洽2019年劳务协作有关事项的复函"),
        ("p", "南湖区人民政府："),
        ("p", "贵区《关于商洽2019年劳务协作有关事项的函》收悉。经研究，现函复如下："),
        ("p", "一、同意在南湖区设立安宁区劳务协作工作站，我区选派2名工作人员常驻。"),
        ("p", "二、我区将于6月下旬组织第二批务工人员约80人赴南湖区就业，请协调企业做好接收安置。"),
        ("p", "三、两区人社部门每月交换一次就业人员在岗信息。"),
        ("p", "特此函复。"),
        ("right", "安宁区人民政府"),
        ("right", "2019年6月3日"),
    ]
    add(
        f"{u}/关于商洽2019年劳务协作有关事项的复函.pdf",
        "letter",
        "2019-06-03",
        text=blocks_text(bl),
        data=docx_bytes(bl, meta("2019-06-03", "zfb")),
    )
    # work points of 2018 (out of period), .doc
    bl = [
        ("title", "安宁区2018年东西部扶贫协作工作要点"),
        (
            "p",
            "2018年，全区东西部扶贫协作工作的总体思路是：以携手奔小康行动为抓手，围绕劳务协作、产业合作、人才交流三个重点，推动协作向纵深发展。",
        ),
        ("p", "一、召开两区联席会议1次，区主要领导赴南湖区对接1次以上。"),
        ("p", "二、争取南湖区帮扶资金2000万元以上，全部用于街道、村的产业和就业项目。"),
        ("p", "三、组织贫困劳动力到南湖区就业200人以上。"),
        ("p", "四、建立结对帮扶关系的街道、村、企业、学校、医院不少于20对。"),
        ("right", "安宁区扶贫开发领导小组办公室"),
        ("right", "2018年3月2日"),
    ]
    add(
        f"{u}/东西部扶贫协作工作要点（2018年）.doc",
        "plan",
        "2018-03-02",
        text=blocks_text(bl),
        convert=("docx", "doc", docx_bytes(bl, meta("2018-03-02", "anfpb"))),
    )
    # screenshot of a news page, dated by its name
    add(f"{u}/屏幕截图 2019-09-23 101544.png", "news", "2019-09-23", data=screenshot_png("an-news"))
    # talent folder
    T = f"{u}/人才交流"
    bl = [
        ("title", "关于李明同志挂职的通知"),
        ("p", "区属各部门，各街道党工委："),
        (
            "p",
            "根据两区东西部扶贫协作干部交流安排，经区委研究，同意海州市南湖区商务局副局长李明同志到我区挂职，挂任安宁区人民政府副区长，协助分管东西部扶贫协作、商务和招商引资工作，挂职期限两年。",
        ),
        ("p", "请各单位积极支持李明同志开展工作。"),
        ("right", "中共安宁区委组织部"),
        ("right", "2019年4月22日"),
    ]
    add(
        f"{T}/关于李明同志挂职的通知.docx",
        "appointment",
        "2019-04-22",
        text=blocks_text(bl),
        data=docx_bytes(bl, meta("2019-04-22", "zzb")),
    )
    add(f"{T}/~$于李明同志挂职的通知.docx", None, None, data=word_owner_file("zzb"))
    rows = [
        [1, "李明", "男", "海州市南湖区商务局", "安宁区人民政府", "2019.04.25", ""],
        [2, "黄晓东", "男", "海州市南湖区农业农村局", "安宁区农业农村局", "2019.05.06", ""],
        [
            3,
            "周玉兰",
            "女",
            "海州市南湖区人力社保局",
            "安宁区人力资源和社会保障局",
            "2019.05.06",
            "短期（6个月）",
        ],
    ]
    sh = Sheet(
        "南湖区选派安宁区挂职干部台账",
        ["序号", "姓名", "性别", "派出单位", "挂职单位", "到岗时间", "备注"],
        rows,
    )
    add(
        f"{T}/挂职干部台账.xlsx",
        "ledger.cadre",
        None,
        sheet=sh,
        text=sh.text(),
        data=xlsx_bytes(sh, meta("2019-06-10", "zzb")),
    )
    r = rng_for("an-talent")
    rows = []
    for i, (ttl, sender, recv, cat) in enumerate(
        [
            ("主任医师", "南湖区人民医院", "安宁区第一人民医院", "医疗"),
            ("中学高级教师", "南湖中学", "安宁区第二中学", "教育"),
            ("高级农艺师", "南湖区农技推广站", "安宁区农业技术推广站", "农技"),
            ("主治医师", "南湖区中医院", "安宁区中医医院", "医疗"),
            ("小学一级教师", "南湖区实验小学", "安宁区八街小学", "教育"),
        ]
    ):
        nm, male = person(r)
        rows.append(
            [
                i + 1,
                nm,
                "男" if male else "女",
                ttl,
                sender,
                recv,
                f"2019.{r.randint(3, 9)}-2020.{r.randint(1, 6)}",
                cat,
            ]
        )
    sh = Sheet(
        "安宁区2019年专业技术人才交流情况统计",
        [
            "序号",
            "姓名",
            "性别",
            "专业技术职称",
            "派出单位",
            "交流单位",
            "交流起止时间",
            "交流类别",
        ],
        rows,
    )
    add(
        f"{T}/专业技术人才交流情况统计.csv",
        "ledger.talent",
        None,
        sheet=sh,
        text=sh.text(),
        data=csv_bytes(sh),
    )
    # yearly summary (report) with full-width digits in its date; it never speaks of 保障
    bl = [
        ("title", "安宁区2019年东西部扶贫协作工作总结"),
        (
            "p",
            "2019年，在州委、州政府的坚强领导下，安宁区与海州市南湖区紧扣协议目标，扎实推进各项协作任务，现将全年工作总结如下。",
        ),
        ("h", "一、主要成效"),
        (
            "p",
            "全年到位南湖区帮扶资金2600万元，实施项目14个；引进落地企业3家，实际到位投资1.2亿元；组织贫困劳动力到南湖区就业286人、就近就业433人；共建扶贫车间4个，吸纳贫困群众就业152人。",
        ),
        ("h", "二、存在问题"),
        (
            "p",
            "一是部分项目开工较晚，资金拨付进度不均衡；二是外出务工人员稳岗率有待提高；三是佐证资料归档不够规范。",
        ),
        ("h", "三、下一步打算"),
        (
            "p",
            "加快项目建设和资金拨付，完善劳务工作站服务，规范资料收集整理，确保高质量完成考核迎检工作。",
        ),
        ("right", "安宁区扶贫开发领导小组办公室"),
        ("right", "２０１９年１１月２８日"),
    ]
    add(
        f"{u}/安宁区2019年东西部扶贫协作工作总结.wps",
        "report",
        "2019-11-28",
        text=blocks_text(bl),
        convert=("docx", "doc", docx_bytes(bl, meta("2019-11-28", "anfpb", created="2018-11-20"))),
    )
    # fund ledger with non-numeric amounts and no 用途 column, .xls
    rows = [
        [
            1,
            "八街街道大村蔬菜基地建设",
            "八街街道大村",
            "大棚120亩",
            260,
            "八街街道办事处",
            "已完工",
        ],
        [
            2,
            "扶贫车间（电子组装）",
            "草铺街道权甫村",
            "标准厂房1200平方米",
            "150（已拨100）",
            "区工信局",
            "在建",
        ],
        [3, "劳务工作站运行经费", "海州市南湖区", "工作站租金及人员经费", 40, "区人社局", "已拨付"],
        [4, "者苴村产业路硬化", "县街街道者苴村", "道路3.2公里", "待定", "区交通运输局", "前期"],
        [
            5,
            "铁矿村人居环境提升",
            "八街街道铁矿村",
            "村内道路及排污",
            180,
            "八街街道办事处",
            "在建",
        ],
    ]
    sh = Sheet(
        "安宁区2019年东西部扶贫协作资金项目明细表",
        ["序号", "项目名称", "实施地点", "建设内容", "金额（万元）", "实施单位", "进度"],
        rows,
        pre=["填报单位：安宁区扶贫办"],
    )
    add(
        f"{u}/资金/2019年协作资金项目明细表.xls",
        "ledger.fund",
        None,
        sheet=sh,
        text=sh.text(),
        convert=("xlsx", "xls", xlsx_bytes(sh, meta("2019-10-15", "anfpb"))),
    )
    # industry
    IND = f"{u}/产业合作"
    r = rng_for("an-ent")
    firms = ["南湖纺织服饰（安宁）有限公司", "安宁南湖电子科技有限公司", "金沙南湖农业发展有限公司"]
    rows = []
    for i, f in enumerate(firms):
        plan = r.choice([5000, 3000, 4000])
        rows.append(
            [
                i + 1,
                f,
                uscc(r, "532602"),
                "浙江省海州市南湖区",
                plan,
                round(plan * r.uniform(0.3, 0.8)),
                f"2019年{r.randint(2, 8)}月",
                r.randint(50, 150),
            ]
        )
    sh = Sheet(
        "安宁区2019年东部落地企业台账",
        [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "东部来源地",
            "协议投资额（万元）",
            "实际到位投资额（万元）",
            "签约时间",
            "带动贫困人口数",
        ],
        rows,
    )
    add(
        f"{IND}/落地企业台账.et",
        "ledger.enterprise",
        None,
        sheet=sh,
        text=sh.text(),
        convert=("xlsx", "xls", xlsx_bytes(sh, meta("2019-09-30", "swj"))),
    )
    sh = Sheet(
        "安宁区东西部扶贫协作带动贫困人口花名册",
        ["序号", "姓名", "性别", "身份证号", "街道", "村", "家庭人口", "带动企业", "带动方式"],
        roster_rows("an", u, 10, bad={6}, firms=firms),
    )
    add(
        f"{IND}/带动贫困人口花名册.xlsx",
        "ledger.roster",
        None,
        sheet=sh,
        text=sh.text(),
        data=xlsx_bytes(sh, meta("2019-11-02", "swj")),
    )
    # labour
    L = f"{u}/劳务协作"
    hdr = [
        "序号",
        "街道",
        "村",
        "姓名",
        "性别",
        "身份证号",
        "务工区域",
        "务工地",
        "就业单位",
        "外出时间",
        "月收入（元）",
    ]
    sh = Sheet(
        "安宁区2019年贫困劳动力外出务工人员台账",
        hdr,
        labour_rows("an-out", u, 9, lambda i: "省外", lambda i: EAST_JOBS[1 + i % 2]),
    )
    add(
        f"{L}/外出务工人员台账.xlsx",
        "ledger.labour",
        None,
        sheet=sh,
        text=sh.text(),
        data=xlsx_bytes(sh, meta("2019-11-20", "rsj")),
    )
    sh = Sheet(
        "安宁区公益性岗位安置建档立卡贫困劳动力台账",
        [
            "序号",
            "街道",
            "村",
            "姓名",
            "性别",
            "身份证号",
            "岗位类别",
            "岗位名称",
            "上岗时间",
            "月补贴（元）",
        ],
        post_rows("an", u, 8),
    )
    add(
        f"{L}/公益性岗位台账.docx",
        "ledger.public_post",
        None,
        sheet=sh,
        text=sh.text(),
        data=docx_table_bytes(sh, meta("2019-10-08", "rsj")),
    )
    r = rng_for("an-ws")
    rows = []
    for i, (nm, town, vil) in enumerate(
        [
            ("大村服装加工车间", "八街街道", "大村"),
            ("权甫村电子组装车间", "草铺街道", "权甫村"),
            ("者苴村竹编车间", "县街街道", "者苴村"),
            ("小河村食用菌加工车间", "县街街道", "小河村"),
        ]
    ):
        hire = r.randint(25, 60)
        rows.append(
            [
                i + 1,
                nm,
                town,
                vil,
                r.choice(
                    ["安宁南湖电子科技有限公司", "村集体经济合作社", "南湖纺织服饰（安宁）有限公司"]
                ),
                "海州市南湖区",
                hire,
                r.randint(10, hire),
                r.choice([1800, 2100, 2400]),
                "正常运营",
            ]
        )
    sh = Sheet(
        "安宁区扶贫车间基本情况统计表",
        [
            "序号",
            "车间名称",
            "所在街道（镇）",
            "村（社区）",
            "经营主体",
            "东部帮扶方",
            "吸纳就业人数",
            "其中贫困人口",
            "人均月收入（元）",
            "运营状态",
        ],
        rows,
    )
    add(
        f"{L}/扶贫车间基本情况统计表.xlsx",
        "ledger.workshop",
        None,
        sheet=sh,
        text=sh.text(),
        data=xlsx_bytes(sh, meta("2019-11-15", "gxj")),
    )
    # a request (请示): none of the kinds
    bl = [
        ("head", "安宁区扶贫开发领导小组办公室"),
        ("title", "关于申请追加东西部协作项目资金的请示"),
        ("p", "区人民政府："),
        (
            "p",
            "为确保草铺街道权甫村扶贫车间按期投产，现申请追加南湖区帮扶资金50万元，用于车间设备购置。妥否，请批示。",
        ),
        ("right", "安宁区扶贫开发领导小组办公室"),
        ("right", "2019年8月12日"),
    ]
    add(
        f"{u}/关于申请追加东西部协作项目资金的请示.docx",
        "other",
        "2019-08-12",
        text=blocks_text(bl),
        data=docx_bytes(bl, meta("2019-08-12", "anfpb")),
    )
    # the 2020 project list: truncated during a copy to the USB stick
    r = rng_for("an-2020")
    rows = [
        [i + 1, f"安宁区2020年协作项目{i + 1}", "八街街道", r.choice([200, 300, 400]), "2020年"]
        for i in range(6)
    ]
    sh = Sheet(
        "安宁区2020年东西部扶贫协作项目计划清单",
        ["序号", "项目名称", "建设地点", "计划资金（万元）", "年度"],
        rows,
    )
    full = xlsx_bytes(sh, meta("2019-12-05", "anfpb"))
    add(
        f"{u}/2020年项目计划清单.xlsx",
        "ledger.project_plan",
        None,
        data=full[: len(full) * 55 // 100],
        unreadable=True,
    )
    add(f"{u}/安宁区东西部协作资料（备份）.7z", "other", None, data=seven_zip_stub("an-7z"))
    add(f"{u}/.DS_Store", None, None, data=ds_store("an-ds"))


def build_lufeng() -> None:
    u = "禄丰市"
    G = f"{u}/01组织领导"
    # leading-group meeting record as PDF: minutes, but none of 联席会议/常委会/常务会议
    bl: Blocks = [
        ("title", "禄丰市东西部扶贫协作领导小组2019年第3次会议记录"),
        ("p", "会议时间：2019年8月7日上午9:00"),
        ("p", "会议地点：市政府第二会议室"),
        ("p", "主持人：杨志华（市委副书记、领导小组常务副组长）"),
        ("p", "参会人员：领导小组成员单位分管负责同志，各乡镇分管领导"),
        ("p", "记录人：普翠兰"),
        ("h", "会议内容："),
        (
            "p",
            "一、市扶贫办通报1至7月协议指标完成情况：到位资金1850万元，劳务输出到桐溪市173人，引进企业2家。",
        ),
        ("p", "二、市人社局汇报劳务协作工作，提出8月底前再组织一批务工人员赴桐溪市。"),
        (
            "p",
            "三、杨志华同志讲话：各成员单位要对照任务清单逐项落实，9月底前完成全部资料整理归档。",
        ),
    ]
    add(
        f"{G}/禄丰市东西部扶贫协作领导小组2019年第3次会议记录.pdf",
        "minutes",
        "2019-08-07",
        text=blocks_text(bl),
        data=pdf_bytes(bl, epoch("2019-08-09"), "会议记录", "fpb"),
    )
    # party committee minutes, .odt
    bl = [
        ("head", "中共禄丰市委常委会议纪要"),
        ("center", "（十二届第41次）"),
        (
            "p",
            "2019年9月16日，市委书记马国强主持召开市委常委会议，传达学习省委、州委关于东西部扶贫协作工作的部署要求，研究我市贯彻落实意见。",
        ),
        (
            "p",
            "会议强调，要把东西部扶贫协作作为脱贫攻坚的重要抓手，市委常委会每季度听取一次工作汇报；各乡镇、各部门要加强与桐溪市对口部门的对接，确保完成协议确定的各项指标。",
        ),
        *minutes_lines(
            ["马国强", "杨志华", "苏建明", "李春梅", "卢志勇", "起文华"],
            None,
            "市扶贫办、市人社局、市财政局负责同志",
        ),
    ]
    add(
        f"{G}/中共禄丰市委常委会议纪要（十二届第41次）.odt",
        "minutes",
        "2019-09-16",
        text=blocks_text(bl),
        convert=("docx", "odt", docx_bytes(bl, meta("2019-09-17", "swb"))),
    )
    # letter of January 2020 (out of period), wrong zero in its date, .doc
    bl = [
        ("head", "禄丰市人民政府"),
        ("docno", "禄政函〔2020〕2号"),
        ("title", "禄丰市人民政府关于商请拨付2019年度对口帮扶资金的函"),
        ("p", "桐溪市人民政府："),
        (
            "p",
            "2019年，贵市对我市的帮扶资金计划为2800万元，目前已到位2300万元。为确保项目资金按期结算，恳请贵市协调拨付剩余帮扶资金500万元。",
        ),
        ("p", "妥否，请予函复。"),
        ("right", "禄丰市人民政府"),
        ("right", "二○二○年一月八日"),
    ]
    add(
        f"{G}/关于商请拨付2019年度对口帮扶资金的函.doc",
        "letter",
        "2020-01-08",
        text=blocks_text(bl),
        convert=("docx", "doc", docx_bytes(bl, meta("2020-01-08", "zfb"))),
    )
    # plan, .docx
    bl = [
        ("title", "禄丰市·桐溪市携手奔小康行动2019年工作计划"),
        (
            "p",
            "为深化两市携手奔小康行动，推动结对帮扶向乡镇、村、企业、学校、医院延伸，制定本计划。",
        ),
        ("p", "一、结对关系。2019年两市新增乡镇结对4对、村企结对12对、学校结对6对、医院结对3对。"),
        ("p", "二、互访对接。两市党政主要负责同志年内互访不少于1次，召开联系会商会议2次。"),
        ("p", "三、重点项目。围绕肉牛、蔬菜、食用菌产业实施帮扶项目12个。"),
        ("p", "四、责任分工。市扶贫办牵头，各乡镇和市直有关部门按职责抓好落实。"),
        ("right", "禄丰市扶贫开发领导小组"),
        ("right", "2019年4月11日"),
    ]
    add(
        f"{G}/禄丰市·桐溪市携手奔小康行动计划（2019年）.docx",
        "plan",
        "2019-04-11",
        text=blocks_text(bl),
        data=docx_bytes(bl, meta("2019-04-11", "fpb")),
    )
    # photos: two HEIC, a byte-identical copy, and a 2018 photo renamed as if it were this year's
    P = f"{G}/照片"
    h1 = heic("lf1", "2019:10:15 10:05:12")
    h2 = heic("lf2", "2019:10:15 10:16:40")
    add(f"{P}/IMG_1503.HEIC", "photo", "2019-10-15", data=h1)
    add(f"{P}/IMG_1504.HEIC", "photo", "2019-10-15", data=h2)
    add(f"{P}/IMG_1504(1).HEIC", "photo", "2019-10-15", data=h2)
    add(
        f"{P}/2019年帮扶活动照片3.jpg",
        "photo",
        "2018-11-02",
        data=jpeg("lf3", "2018:11:02 15:44:09", "OPPO", "OPPO R15"),
    )
    # news with a very long name
    bl = [
        ("title", "禄丰市与桐溪市签订2019年劳务协作协议"),
        ("center", "2019年10月16日　　来源：金沙日报　　作者：记者 段文华"),
        (
            "p",
            "10月15日，禄丰市·桐溪市2019年劳务协作签约仪式在禄丰市举行。根据协议，两市将在职业培训、岗位对接和稳定就业等方面开展全方位合作，全年帮助禄丰市贫困劳动力到桐溪市就业不少于300人。",
        ),
        (
            "p",
            "签约仪式上，桐溪市6家企业现场提供就业岗位1200余个，当天有86名贫困劳动力达成就业意向。",
        ),
        (
            "p",
            "近年来，两市携手奔小康行动深入推进，桐溪市累计投入帮扶资金5600万元，带动1.2万名贫困群众增收。",
        ),
    ]
    longname = "【金沙日报】禄丰市与桐溪市签订2019年劳务协作协议　两市将在职业培训岗位对接和稳定就业等方面开展全方位合作帮助贫困劳动力转移就业.pdf"
    assert len(longname.encode("utf-8")) <= 250, len(longname.encode("utf-8"))
    add(
        f"{G}/新闻/{longname}",
        "news",
        "2019-10-16",
        text=blocks_text(bl),
        data=pdf_bytes(bl, epoch("2019-10-18"), "", ""),
    )
    # agenda
    bl = [
        ("title", "禄丰市·桐溪市东西部扶贫协作劳务协作签约仪式议程"),
        ("p", "时间：2019年10月15日上午10:00"),
        ("p", "地点：禄丰市人民会堂"),
        ("p", "主持：杨志华（市委副书记）"),
        ("p", "一、介绍出席领导和嘉宾"),
        ("p", "二、桐溪市人民政府副市长致辞"),
        ("p", "三、两市人社局签订劳务协作协议"),
        ("p", "四、企业代表发布就业岗位"),
        ("p", "五、禄丰市委书记马国强讲话"),
    ]
    add(
        f"{G}/会议议程.docx",
        "meeting_material",
        "2019-10-15",
        text=blocks_text(bl),
        data=docx_bytes(bl, meta("2019-10-12", "fpb")),
    )
    # talent
    T = f"{u}/02人才交流"
    add(
        f"{T}/关于王建军等同志挂职任职的通知（扫描件）.pdf",
        "appointment",
        None,
        scan=True,
        data=scan_pdf_bytes(scan_jpeg("lf-appoint"), epoch("2019-03-21", 15)),
    )
    r = rng_for("lf-cadre")
    rows = [
        [1, "王建军", "男", "桐溪市商务局", "禄丰市人民政府", "副市长", "2019年3月", mobile(r)],
        [2, "许丽萍", "女", "桐溪市教育局", "禄丰市教育体育局", "副局长", "2019年3月", mobile(r)],
        [
            3,
            "蒋志华",
            "男",
            "桐溪市农业农村局",
            "禄丰市勤丰镇人民政府",
            "副镇长",
            "2019年8月",
            mobile(r),
        ],
    ]
    sh = Sheet(
        "桐溪市选派禄丰市挂职干部花名册",
        ["序号", "姓名", "性别", "派出单位", "挂职单位", "挂职职务", "挂职时间", "联系电话"],
        rows,
    )
    add(
        f"{T}/东部挂职干部花名册.docx",
        "ledger.cadre",
        None,
        sheet=sh,
        text=sh.text(),
        data=docx_table_bytes(sh, meta("2019-09-02", "zzb")),
    )
    bl = [
        ("title", "关于桐溪市挂职干部工作生活保障情况的说明"),
        (
            "p",
            "桐溪市选派到我市挂职的3名干部，市委组织部按照“政治上关心、工作上支持、生活上照顾”的要求，落实了工作生活保障：安排周转住房3套；按月发放生活补助；为每人购买意外伤害保险；明确分工并提供办公条件和公务用车保障。",
        ),
        ("p", "特此说明。"),
        ("right", "中共禄丰市委组织部"),
        ("right", "2019年7月25日"),
    ]
    add(
        f"{T}/关于桐溪市挂职干部工作保障情况的说明.docx",
        "report",
        "2019-07-25",
        text=blocks_text(bl),
        data=docx_bytes(bl, meta("2019-07-25", "zzb")),
    )
    bl = [
        ("head", "禄丰市人民政府文件"),
        ("docno", "禄政发〔2019〕36号"),
        ("title", "禄丰市人民政府关于调整市政府领导工作分工的通知"),
        ("p", "各乡镇人民政府，市直各部门："),
        ("p", "因人员变动，经市政府研究，现将市政府领导工作分工调整如下："),
        ("p", "市长苏建明：主持市政府全面工作，负责审计方面工作。"),
        ("p", "副市长李春梅：负责农业农村、扶贫开发方面工作。分管市农业农村局、市扶贫办。"),
        (
            "p",
            "副市长王建军（挂职）：协助李春梅同志分管东西部扶贫协作、劳务协作工作，协管市商务局、市人社局招商及劳务输出工作。",
        ),
        ("p", "以上分工自印发之日起执行。"),
        ("right", "禄丰市人民政府"),
        ("right", "2019年3月20日"),
    ]
    add(
        f"{T}/禄丰市人民政府关于调整政府领导工作分工的通知.doc",
        "work_division",
        "2019-03-20",
        text=blocks_text(bl),
        convert=("docx", "doc", docx_bytes(bl, meta("2019-03-20", "zfb"))),
    )
    # funds
    F = f"{u}/03资金使用"
    bl = [
        ("title", "禄丰市东西部扶贫协作资金使用管理实施细则"),
        ("p", "第一条　为加强东西部扶贫协作资金使用管理，根据有关规定，制定本细则。"),
        (
            "p",
            "第二条　协作资金实行项目化管理，项目须经市扶贫开发领导小组审定，纳入脱贫攻坚项目库。",
        ),
        ("p", "第三条　资金拨付实行国库集中支付，项目实施单位凭验收报告和公示材料申请拨款。"),
        ("p", "第四条　严禁截留、挤占、挪用协作资金，严禁用于与扶贫无关的支出。"),
        ("p", "第五条　本细则自发布之日起施行。"),
        ("right", "禄丰市财政局　禄丰市扶贫开发办公室"),
        ("right", "2019年5月8日"),
    ]
    add(
        f"{F}/禄丰市东西部扶贫协作资金使用管理实施细则.pdf",
        "measures",
        "2019-05-08",
        text=blocks_text(bl),
        data=pdf_bytes(bl, epoch("2019-05-10"), "实施细则", "czj"),
    )
    rows = [
        [1, "市职业技能培训中心实训设备购置", "职业培训", "禄丰市职业高级中学", 180, "市人社局"],
        [2, "东西部协作产业园标准厂房", "产业发展", "禄丰市工业园区", 650, "市工信局"],
        [3, "劳务输出交通补助", "就业扶贫", "禄丰市人力资源市场", 120, "市人社局"],
        [4, "农产品展销中心建设", "消费扶贫", "金山街道", 300, "市商务局"],
        [5, "市第二人民医院远程诊疗设备", "医疗帮扶", "禄丰市第二人民医院", 210, "市卫健局"],
    ]
    sh = Sheet(
        "禄丰市2019年东西部扶贫协作资金使用台账",
        ["序号", "项目名称", "资金用途", "实施地点", "资金规模（万元）", "实施单位"],
        rows,
        total=["合计", "", "", "", sum(x[4] for x in rows), ""],
    )
    add(
        f"{F}/2019年东西部协作资金台账.csv",
        "ledger.fund",
        None,
        sheet=sh,
        text=sh.text(),
        data=csv_bytes(sh),
    )
    # industry
    IND = f"{u}/04产业合作"
    bl = [
        ("title", "禄丰市人民政府关于支持东部企业来禄投资兴业的实施意见"),
        ("p", "各乡镇人民政府，市直各部门："),
        (
            "p",
            "为抓住东西部扶贫协作机遇，吸引桐溪市等东部地区企业来我市投资，带动贫困群众增收，现提出以下意见。",
        ),
        ("p", "一、优化营商环境。设立东部企业服务专窗，实行项目代办制。"),
        ("p", "二、加大要素支持。对投资额1000万元以上的项目优先安排用地指标，给予厂房租金减免。"),
        ("p", "三、强化带贫激励。企业吸纳贫困劳动力就业的，按规定落实社会保险补贴和岗位补贴。"),
        ("right", "禄丰市人民政府"),
        ("right", "2019年6月12日"),
    ]
    add(
        f"{IND}/关于支持东部企业来禄投资兴业的实施意见.docx",
        "policy",
        "2019-06-12",
        text=blocks_text(bl),
        data=docx_bytes(bl, meta("2019-06-12", "zfb")),
    )
    r = rng_for("lf-ent")
    firms = ["桐溪电子科技（禄丰）有限公司", "禄丰桐禄牧业有限公司", "金沙桐溪食用菌有限公司"]
    rows = [
        [
            i + 1,
            f,
            "浙江省海州市桐溪市",
            r.choice([2000, 3500, 1200]),
            r.choice([900, 1500, 600]),
            r.randint(30, 120),
            f"2019年{r.randint(5, 11)}月",
        ]
        for i, f in enumerate(firms)
    ]
    sh = Sheet(
        "禄丰市2019年招商引资落地企业统计表",
        [
            "序号",
            "企业名称",
            "东部来源地",
            "协议投资额（万元）",
            "实际到位资金（万元）",
            "吸纳就业人数",
            "投产时间",
        ],
        rows,
    )
    add(
        f"{IND}/招商引资落地企业统计表.xlsx",
        "ledger.enterprise",
        None,
        sheet=sh,
        text=sh.text(),
        data=xlsx_bytes(sh, meta("2019-11-21", "swj")),
    )
    sh = Sheet(
        "禄丰市东西部协作带动贫困人口花名册",
        ["序号", "姓名", "性别", "身份证号", "乡镇", "村", "家庭人口", "带动企业", "带动方式"],
        roster_rows("lf", u, 11, dup=(2, 9), firms=firms),
    )
    add(
        f"{IND}/贫困人口花名册.xls",
        "ledger.roster",
        None,
        sheet=sh,
        text=sh.text(),
        convert=("xlsx", "xls", xlsx_bytes(sh, meta("2019-11-22", "swj"))),
    )
    # labour
    L = f"{u}/05劳务协作"
    hdr = [
        "序号",
        "乡镇",
        "村",
        "姓名",
        "性别",
        "身份证号",
        "就业类型",
        "就业地点",
        "就业单位",
        "就业时间",
        "月收入（元）",
    ]
    sh = Sheet(
        "禄丰市2019年建档立卡贫困劳动力转移就业台账",
        hdr,
        labour_rows(
            "lf-lab",
            u,
            12,
            lambda i: "省外" if i % 2 == 0 else "省内就近",
            lambda i: EAST_JOBS[2] if i % 2 == 0 else NEAR_JOBS[i % 4],
        ),
    )
    add(
        f"{L}/禄丰市2019年贫困劳动力转移就业台账.xls",
        "ledger.labour",
        None,
        sheet=sh,
        text=sh.text(),
        convert=("xlsx", "xls", xlsx_bytes(sh, meta("2019-11-29", "rsj"))),
    )
    rows = [
        [1, "家政服务培训", "劳动力技能", "市人社局", "2019.4.8-4.15", "勤丰镇", 8, 52, 40],
        [
            2,
            "电工培训",
            "劳动力技能",
            "市人社局、桐溪市技工学校",
            "2019.5.20-6.5",
            "市职业高级中学",
            15,
            40,
            31,
        ],
        [3, "中式面点培训", "劳动力技能", "市人社局", "2019.9.2-9.9", "一平浪镇", 8, 45, 45],
    ]
    sh = Sheet(
        "禄丰市2019年劳务协作培训台账",
        [
            "序号",
            "培训名称",
            "培训类别",
            "主办单位",
            "时间",
            "地点",
            "天数",
            "参训人数",
            "其中贫困劳动力",
        ],
        rows,
    )
    add(
        f"{L}/培训台账.et",
        "ledger.training",
        None,
        sheet=sh,
        text=sh.text(),
        convert=("xlsx", "xls", xlsx_bytes(sh, meta("2019-10-30", "rsj"))),
    )
    sh = Sheet(
        "禄丰市公益性岗位人员台账",
        [
            "序号",
            "乡镇",
            "村",
            "姓名",
            "性别",
            "身份证号",
            "岗位类别",
            "岗位名称",
            "上岗时间",
            "月补贴（元）",
        ],
        post_rows("lf", u, 9, bad={4}),
    )
    add(
        f"{L}/公益性岗位.csv",
        "ledger.public_post",
        None,
        sheet=sh,
        text=sh.text(),
        data=csv_bytes(sh),
    )
    # innovation
    N = f"{u}/07创新工作"
    bl = [
        ("title", "小车间撬动大产业——禄丰市扶贫车间带贫典型案例"),
        (
            "p",
            "2019年，禄丰市依托桐溪市帮扶资金和企业资源，在贫困村建设扶贫车间8个，引入电子组装、服装加工等劳动密集型工序，实现贫困群众“家门口就业”。",
        ),
        (
            "p",
            "主要做法：一是东部企业下订单、车间负责生产；二是村集体以厂房入股获得租金收益；三是对吸纳贫困劳动力的车间给予奖补。",
        ),
        (
            "p",
            "取得成效：8个车间吸纳就业620人，其中贫困劳动力287人，人均月增收1800元，村集体年均增收5万元。",
        ),
    ]
    add(
        f"{N}/扶贫车间带贫典型案例.docx",
        "case",
        None,
        text=blocks_text(bl),
        data=docx_bytes(bl, meta("2019-11-08", "fpb")),
    )
    bl = [
        ("title", "禄丰市关于向深度贫困村倾斜支持情况的汇报"),
        ("p", "州扶贫协作办："),
        (
            "p",
            "2019年，我市将桐溪市帮扶资金的68%投向12个深度贫困村，实施产业、安全饮水和危房改造项目，帮助解决贫困群众住房和饮水安全问题；为建档立卡贫困残疾人提供扶贫车间岗位32个。",
        ),
        ("p", "专此汇报。"),
        ("right", "禄丰市扶贫开发办公室"),
        ("right", "2019年11月5日"),
    ]
    add(
        f"{N}/禄丰市深度贫困村帮扶情况汇报.docx",
        "report",
        "2019-11-05",
        text=blocks_text(bl),
        data=docx_bytes(bl, meta("2019-11-05", "fpb")),
    )
    # 2020 list, .xls
    r = rng_for("lf-2020")
    rows = [
        [i + 1, p, loc, r.choice([350, 420, 280, 600]), "2020"]
        for i, (p, loc) in enumerate(
            [
                ("勤丰镇肉牛养殖扩建", "勤丰镇东村"),
                ("一平浪镇食用菌基地", "一平浪镇中村"),
                ("妥安乡蔬菜冷链", "妥安乡妥安村"),
                ("碧城镇扶贫车间", "碧城镇黑井村"),
            ]
        )
    ]
    sh = Sheet(
        "禄丰市2020年东西部扶贫协作项目计划清单",
        ["序号", "项目名称", "实施地点", "计划资金（万元）", "实施年度"],
        rows,
    )
    add(
        f"{u}/08 2020年项目/2020年东西部协作项目计划清单.xls",
        "ledger.project_plan",
        None,
        sheet=sh,
        text=sh.text(),
        convert=("xlsx", "xls", xlsx_bytes(sh, meta("2019-12-07", "fpb"))),
    )


def build_wuding() -> None:
    u = "武定县"
    # three phone photos without EXIF or dated names; one re-uses 东川县's picture (re-encoded)
    add(f"{u}/照片/IMG_2034.JPG", "photo", None, data=jpeg("wd1"))
    reused = jpeg_bytes(scene_photo("dc2").resize((1000, 750)), 72)
    add(f"{u}/照片/IMG_2035.JPG", "photo", None, data=reused, picture="dc2")
    add(f"{u}/照片/IMG_2041.JPG", "photo", None, data=jpeg("wd3"))
    add(f"{u}/照片/Thumbs.db", None, None, data=thumbs_db("wd-thumbs"))
    bl: Blocks = [
        ("title", "武定县2019年东西部扶贫协作工作总结"),
        ("p", "2019年，武定县与海州市西塘县认真落实协作协议，各项工作取得新进展。"),
        (
            "p",
            "一、组织领导方面。县委常委会研究东西部扶贫协作工作4次，县政府常务会议研究5次，两县主要领导互访对接2次。",
        ),
        (
            "p",
            "二、人才交流方面。西塘县选派挂职干部2名、专业技术人才21名，我县为挂职干部落实住房、生活补助等保障，选派36名干部到西塘县跟岗学习。",
        ),
        ("p", "三、劳务协作方面。帮助贫困劳动力到西塘县等省外地区就业312人。"),
        ("p", "四、存在问题。资金项目推进不够快，部分资料收集不及时。"),
        ("right", "武定县扶贫开发领导小组办公室"),
        ("right", "2019年12月5日"),
    ]
    add(
        f"{u}/武定县2019年东西部扶贫协作工作总结.doc",
        "report",
        "2019-12-05",
        text=blocks_text(bl),
        convert=("docx", "doc", docx_bytes(bl, meta("2019-12-05", "wdfpb"))),
    )
    bl = [
        ("head", "武定县人民政府常务会议纪要"),
        ("center", "〔2019〕14次"),
        (
            "p",
            "2019年8月1日，县长彭建国主持召开县人民政府2019年第14次常务会议，研究东西部扶贫协作劳务输出和扶贫车间建设工作。",
        ),
        (
            "p",
            "会议同意对赴西塘县就业的贫困劳动力给予一次性交通补助每人500元，所需资金从西塘县帮扶资金中列支。",
        ),
        *minutes_lines(
            ["彭建国", "鲁志华", "李秀英", "者永兴"],
            None,
            "县政府办、县扶贫办、县人社局、县财政局负责同志",
        ),
    ]
    add(
        f"{u}/县政府常务会议纪要.doc",
        "minutes",
        "2019-08-01",
        text=blocks_text(bl),
        convert=("docx", "doc", docx_bytes(bl, meta("2019-08-02", "zfb"))),
    )
    add(f"{u}/县委常委会会议纪要.docx", "minutes", None, data=b"", unreadable=True)
    deep = f"{u}/迎检资料/2019年/东西部协作/5.劳务协作/5-1 转移就业/省外/最终版"
    rows = labour_rows(
        "wd-out",
        u,
        10,
        lambda i: "到东部",
        lambda i: ("浙江省海州市西塘县", "西塘纺织有限公司") if i % 2 else EAST_JOBS[i % 3],
    )
    sh = Sheet(
        "武定县2019年建档立卡贫困劳动力省外转移就业台账",
        [
            "序号",
            "乡镇",
            "村",
            "姓名",
            "性别",
            "身份证号",
            "就业去向",
            "就业地点",
            "就业单位",
            "外出时间",
            "月收入（元）",
        ],
        rows,
    )
    add(
        f"{deep}/武定县贫困劳动力省外转移就业台账.csv",
        "ledger.labour",
        None,
        sheet=sh,
        text=sh.text(),
        data=csv_bytes(sh),
    )
    r = rng_for("wd-2020")
    rows = [
        [i + 1, p, loc, r.choice([300, 260, 410]), "2020年", "西塘县帮扶资金"]
        for i, (p, loc) in enumerate(
            [
                ("狮山镇蔬菜基地提升", "狮山镇西和村"),
                ("插甸镇扶贫车间", "插甸镇水城村"),
                ("万德镇核桃初加工", "万德镇万德村"),
            ]
        )
    ]
    sh = Sheet(
        "武定县2020年东西部扶贫协作项目计划清单",
        ["序号", "项目名称", "建设地点", "计划资金（万元）", "年度", "资金来源"],
        rows,
    )
    add(
        f"{u}/武定县2020年项目计划清单.xls",
        "ledger.project_plan",
        None,
        sheet=sh,
        text=sh.text(),
        data=html_xls_bytes(sh, "项目库导出"),
    )


def build_xiezuoban() -> None:
    u = "州扶贫协作办"
    bl: Blocks = [
        ("title", "2019年金沙州·海州市东西部扶贫协作高层联席会议纪要"),
        (
            "p",
            "2019年4月26日，金沙州·海州市东西部扶贫协作高层联席会议在金沙州召开。海州市委书记、市长，金沙州委书记、州长出席会议并讲话。",
        ),
        (
            "p",
            "会议回顾了2018年两地协作工作，签署了2019年东西部扶贫协作协议，明确：海州市2019年安排财政帮扶资金1.6亿元；组织金沙州贫困劳动力到海州就业2000人以上；引导30家以上企业到金沙州投资；互派干部和专业技术人才260人以上。",
        ),
        ("p", "会议同意建立两地联席会议、部门对接和县（市、区）结对三级工作机制。"),
        *minutes_lines(
            ["海州市、金沙州党政主要负责同志", "两地分管负责同志"],
            None,
            "两地扶贫协作办、组织部、人社局、财政局、商务局主要负责同志，各结对县（市、区）党政主要负责同志",
        ),
    ]
    add(
        f"{u}/2019年金沙州·海州市东西部扶贫协作高层联席会议纪要.ofd",
        "minutes",
        "2019-04-26",
        text=blocks_text(bl),
        data=ofd_bytes(
            bl,
            "2019年金沙州·海州市东西部扶贫协作高层联席会议纪要",
            "金沙州扶贫协作办",
            "2019-04-29",
        ),
    )
    bl = [
        ("head", "中共金沙州委常委会会议纪要"),
        ("center", "第6次"),
        (
            "p",
            "2019年3月14日，州委书记主持召开州委常委会2019年第6次会议，听取州扶贫协作办关于2019年东西部扶贫协作工作安排的汇报。",
        ),
        (
            "p",
            "会议原则同意《2019年金沙州东西部扶贫协作工作要点》，要求各县市区和州直部门对照国家考核办法，全面做好迎检准备。",
        ),
        *minutes_lines(
            ["州委常委"],
            None,
            "州政府分管副州长，州扶贫协作办、州委组织部、州人社局、州财政局主要负责同志",
        ),
    ]
    party = docx_bytes(bl, meta("2019-03-15", "zwb"))
    add(
        f"{u}/州委常委会会议纪要（2019年第6次）.doc",
        "minutes",
        "2019-03-14",
        text=blocks_text(bl),
        convert=("docx", "doc", party),
    )
    dup = add(
        f"{u}/州委常委会会议纪要（2019年第6次）（1）.doc",
        "minutes",
        "2019-03-14",
        text=blocks_text(bl),
    )
    dup.convert = ("copy-of", f"{u}/州委常委会会议纪要（2019年第6次）.doc", b"")
    bl = [
        ("head", "金沙州人民政府常务会议纪要"),
        ("center", "第28次"),
        (
            "p",
            "2019年11月20日，州长主持召开州人民政府第28次常务会议，研究东西部扶贫协作迎接国家考核工作。",
        ),
        (
            "p",
            "会议要求，州扶贫协作办牵头，于12月10日前完成各县市区资料预检；州财政局、州人社局对资金、劳务台账进行核对，确保州县数据一致。",
        ),
        *minutes_lines(
            ["州长、副州长"],
            None,
            "州政府秘书长，州扶贫协作办、州财政局、州人社局、州商务局负责同志",
        ),
    ]
    add(
        f"{u}/州人民政府第28次常务会议纪要.docx",
        "minutes",
        "2019-11-20",
        text=blocks_text(bl),
        data=docx_bytes(bl, meta("2019-11-21", "zfb")),
    )
    bl = [
        ("head", "金沙州东西部扶贫协作办公室"),
        ("docno", "金协作函〔2019〕9号"),
        ("title", "关于商请选派第二批挂职干部的函"),
        ("p", "海州市对口支援和合作交流办公室："),
        (
            "p",
            "根据两地2019年协作协议，为做好第一批挂职干部期满轮换衔接工作，商请贵办协调选派第二批党政挂职干部10名，于2019年10月底前到岗。",
        ),
        ("p", "请予支持。"),
        ("right", "金沙州东西部扶贫协作办公室"),
        ("right", "2019年8月30日"),
    ]
    add(
        f"{u}/关于商请选派第二批挂职干部的函.doc",
        "letter",
        "2019-08-30",
        text=blocks_text(bl),
        convert=("docx", "doc", docx_bytes(bl, meta("2019-08-30", "xzb"))),
    )
    bl = [
        ("title", "2019年金沙州东西部扶贫协作工作要点"),
        (
            "p",
            "2019年全州东西部扶贫协作工作要以国家考核为导向，聚焦贫困人口脱贫，重点抓好以下工作。",
        ),
        ("p", "一、完善工作机制。召开两地高层联席会议，州委、州政府主要领导赴海州对接。"),
        ("p", "二、加强人才交流。接收海州市挂职干部和专业技术人才260人以上。"),
        ("p", "三、用好帮扶资金。资金项目100%用于县以下，产业和就业项目资金占比不低于70%。"),
        ("p", "四、深化劳务协作。组织贫困劳动力到海州就业2000人以上。"),
        ("p", "五、推进产业合作和消费扶贫。"),
        ("right", "金沙州东西部扶贫协作办公室"),
        ("right", "2019年1月28日"),
    ]
    add(
        f"{u}/2019年金沙州东西部扶贫协作工作要点.pdf",
        "plan",
        "2019-01-28",
        text=blocks_text(bl),
        data=pdf_bytes(bl, epoch("2019-01-30"), "Microsoft Word - 2019年工作要点.docx", "xzb"),
    )
    P = f"{u}/影像"
    add(
        f"{P}/联席会议现场01.jpg",
        "photo",
        "2019-04-26",
        data=jpeg("xz1", "2019:04:26 09:31:07", "Canon", "Canon EOS 5D Mark IV"),
    )
    add(
        f"{P}/联席会议现场02.jpg",
        "photo",
        "2019-04-26",
        data=jpeg("xz2", "2019:04:26 09:47:52", "Canon", "Canon EOS 5D Mark IV"),
    )
    sign = jpeg("xz3", "2019:04:26 11:02:18", "Canon", "Canon EOS 5D Mark IV")
    add(f"{P}/签约仪式.jpg", "photo", "2019-04-26", data=sign)
    add(f"{P}/签约仪式 - 副本.jpg", "photo", "2019-04-26", data=sign)
    add(f"{u}/微信截图_20191108152233.png", "news", "2019-11-08", data=screenshot_png("xz-news"))
    html = (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        "<title>海州金沙携手谱写东西部扶贫协作新篇章_海州日报</title>\n</head>\n<body>\n"
        '<div class="nav">首页 &gt; 新闻中心 &gt; 本地要闻</div>\n'
        "<h1>海州金沙携手谱写东西部扶贫协作新篇章</h1>\n"
        '<div class="info">2019-04-28 08:05　来源：海州日报　记者 陈晓峰 王蕾</div>\n'
        '<div class="content">\n'
        "<p>4月26日，海州市党政代表团赴金沙州考察并召开两地东西部扶贫协作高层联席会议，签署2019年协作协议。</p>\n"
        "<p>三年来，海州市累计向金沙州投入财政帮扶资金4.3亿元，引导112家企业落地投资，帮助2.1万名贫困劳动力实现就业。</p>\n"
        "<p>代表团一行还实地察看了禄丰市扶贫车间、东川县蔬菜基地等帮扶项目。</p>\n"
        '</div>\n<div class="editor">【责任编辑：周敏】</div>\n</body>\n</html>\n'
    )
    add(
        f"{u}/海州日报：海州金沙携手谱写东西部扶贫协作新篇章.html",
        "news",
        "2019-04-28",
        text=html,
        data=html.encode("utf-8"),
    )
    bl = [
        ("title", "2019年金沙州·海州市东西部扶贫协作高层联席会议议程"),
        ("center", "（2019年4月26日）"),
        ("p", "一、观看金沙州脱贫攻坚专题片"),
        ("p", "二、金沙州州长介绍2018年协作工作情况"),
        ("p", "三、签署2019年东西部扶贫协作协议"),
        ("p", "四、海州市市长讲话"),
        ("p", "五、金沙州委书记讲话"),
    ]
    add(
        f"{u}/高层联席会议议程.docx",
        "meeting_material",
        "2019-04-26",
        text=blocks_text(bl),
        data=docx_bytes(bl, meta("2019-04-24", "xzb")),
    )
    bl = [
        ("title", "金沙州“消费扶贫”的做法与成效"),
        (
            "p",
            "2019年，金沙州借助海州市市场优势，探索“东部订单+西部基地+贫困户”的消费扶贫模式，在海州市开设金沙农特产品展销店12家，进机关、进学校、进企业。",
        ),
        ("p", "全年销售金沙农特产品3.6亿元，带动1.8万名贫困群众增收，被省扶贫办作为创新做法推广。"),
    ]
    add(
        f"{u}/金沙州“消费扶贫”的做法与成效.docx",
        "case",
        None,
        text=blocks_text(bl),
        data=docx_bytes(bl, meta("2019-12-01", "xzb")),
    )
    bl = [
        ("title", "城乡建设用地增减挂钩节余指标跨省域调剂协议"),
        ("p", "甲方：海州市人民政府"),
        ("p", "乙方：金沙州人民政府"),
        (
            "p",
            "根据国家关于增减挂钩节余指标跨省域调剂的有关规定，经甲乙双方协商，就乙方节余指标调剂给甲方使用事宜达成如下协议：",
        ),
        ("p", "一、调剂规模：乙方向甲方调剂节余指标3000亩。"),
        ("p", "二、调剂价格与资金：按国家规定标准执行，调剂资金全部用于乙方脱贫攻坚和乡村振兴。"),
        ("p", "三、本协议一式四份，双方各执两份，自签订之日起生效。"),
        ("p", "甲方（盖章）：海州市人民政府　　　　乙方（盖章）：金沙州人民政府"),
        ("p", "签订日期：2019年10月15日"),
    ]
    add(
        f"{u}/增减挂钩节余指标跨省调剂协议.pdf",
        "agreement",
        "2019-10-15",
        text=blocks_text(bl),
        data=pdf_bytes(bl, epoch("2019-10-20"), "", ""),
    )
    rows = [
        [1, "东川县", 19, 2945.5, 2810.0, "产业、就业、基础设施"],
        [2, "安宁区", 14, 2600.0, 2380.0, "产业、就业"],
        [3, "禄丰市", 12, 2800.0, 2300.0, "产业、就业、医疗"],
        [4, "武定县", 10, 2100.0, 1650.0, "产业、就业"],
    ]
    sh = Sheet(
        "金沙州2019年东西部扶贫协作资金项目汇总表",
        ["序号", "县（市、区）", "项目数（个）", "资金金额（万元）", "已拨付（万元）", "主要用途"],
        rows,
        total=[
            "合计",
            "",
            sum(x[2] for x in rows),
            sum(x[3] for x in rows),
            sum(x[4] for x in rows),
            "",
        ],
    )
    add(
        f"{u}/全州东西部扶贫协作资金项目汇总表.xlsx",
        "ledger.fund",
        None,
        sheet=sh,
        text=sh.text(),
        data=xlsx_bytes(sh, meta("2019-12-04", "xzb")),
    )


def build_departments() -> None:
    u = "州委组织部"
    r = rng_for("zzb-cadre")
    rows = []
    for i, (sender, recv, post) in enumerate(
        [
            ("海州市临江区发展和改革局", "东川县人民政府", "副县长"),
            ("海州市南湖区商务局", "安宁区人民政府", "副区长"),
            ("海州市桐溪市商务局", "禄丰市人民政府", "副市长"),
            ("海州市西塘县农业农村局", "武定县人民政府", "副县长"),
            ("海州市对口支援和合作交流办公室", "金沙州扶贫协作办", "副主任"),
        ]
    ):
        nm, male = person(r)
        rows.append(
            [
                i + 1,
                nm,
                "男" if male else "女",
                sender,
                recv,
                post,
                "党政干部",
                f"2019年{r.randint(3, 5)}月",
                "两年",
            ]
        )
    sh = Sheet(
        "海州市选派金沙州挂职干部台账",
        [
            "序号",
            "姓名",
            "性别",
            "派出单位",
            "挂职单位",
            "挂职职务",
            "类别",
            "到岗时间",
            "挂职期限",
        ],
        rows,
        pre=["", "填报单位：中共金沙州委组织部（盖章）"],
    )
    add(
        f"{u}/海州市选派金沙州挂职干部台账.xlsx",
        "ledger.cadre",
        None,
        sheet=sh,
        text=sh.text(),
        data=xlsx_bytes(sh, meta("2019-11-11", "zzb")),
    )
    r = rng_for("zzb-talent")
    rows = []
    for i in range(8):
        nm, male = person(r)
        cat = r.choice(["教育", "卫生", "农技"])
        rows.append(
            [
                i + 1,
                nm,
                "男" if male else "女",
                cat,
                {"教育": "中学高级教师", "卫生": "副主任医师", "农技": "高级农艺师"}[cat],
                "海州市" + r.choice(["临江区", "南湖区", "桐溪市", "西塘县"]),
                r.choice(["东川县", "安宁区", "禄丰市", "武定县"])
                + {"教育": "第一中学", "卫生": "人民医院", "农技": "农业技术推广中心"}[cat],
                f"2019.{r.randint(2, 9)}",
            ]
        )
    sh = Sheet(
        "2019年海州市专业技术人才到金沙州交流台账",
        ["序号", "姓名", "性别", "领域", "职称", "派出单位", "交流单位", "到岗时间"],
        rows,
    )
    add(
        f"{u}/专业技术人才交流台账（教育、卫生、农技）.xls",
        "ledger.talent",
        None,
        sheet=sh,
        text=sh.text(),
        convert=("xlsx", "xls", xlsx_bytes(sh, meta("2019-11-12", "zzb"))),
    )
    bl: Blocks = [
        ("head", "中共金沙州委组织部"),
        ("docno", "金组通〔2019〕45号"),
        ("title", "关于陈志强等3名同志挂职任职的通知"),
        ("p", "州扶贫协作办，州人社局，州商务局党组："),
        ("p", "根据东西部扶贫协作干部交流安排，经研究，决定："),
        ("p", "陈志强同志挂任金沙州东西部扶贫协作办公室副主任，协管两地协作联络和项目督导工作；"),
        ("p", "刘海燕同志挂任金沙州人力资源和社会保障局副局长，协管劳务协作工作；"),
        ("p", "郑伟同志挂任金沙州商务局副局长，协管招商引资和消费扶贫工作。"),
        ("p", "挂职时间两年，自2019年4月起计算。"),
        ("right", "中共金沙州委组织部"),
        ("right", "2019年4月16日"),
    ]
    add(
        f"{u}/关于陈志强等3名同志挂职任职的通知.doc",
        "appointment",
        "2019-04-16",
        text=blocks_text(bl),
        convert=("docx", "doc", docx_bytes(bl, meta("2019-04-16", "zzb"))),
    )
    add(f"{u}/~$陈志强等3名同志挂职任职的通知.doc", None, None, data=word_owner_file("gbk"))

    u = "州人力资源和社会保障局"
    hdr = [
        "序号",
        "乡镇",
        "村",
        "姓名",
        "性别",
        "身份证号",
        "就业类型",
        "就业地点",
        "就业单位",
        "就业时间",
        "月收入（元）",
    ]
    rows = labour_rows(
        "rsj-lab",
        "东川县",
        6,
        lambda i: "省外（到东部）" if i < 3 else "省内就近",
        lambda i: EAST_JOBS[i] if i < 3 else NEAR_JOBS[i - 3],
    )
    rows += [
        [len(rows) + j + 1, *x[1:]]
        for j, x in enumerate(
            labour_rows(
                "rsj-lab2",
                "武定县",
                6,
                lambda i: "省外（到东部）" if i % 2 else "省内就近",
                lambda i: EAST_JOBS[3] if i % 2 else NEAR_JOBS[0],
            )
        )
    ]
    sh = Sheet(
        "金沙州2019年建档立卡贫困劳动力转移就业台账（州级汇总）",
        hdr,
        rows,
        pre=["填报单位：金沙州人力资源和社会保障局"],
    )
    add(
        f"{u}/全州贫困劳动力转移就业台账.et",
        "ledger.labour",
        None,
        sheet=sh,
        text=sh.text(),
        convert=("xlsx", "xls", xlsx_bytes(sh, meta("2019-12-03", "rsj"))),
    )
    rows = [
        [
            1,
            "东西部扶贫协作劳务经纪人培训",
            "劳务经纪人",
            "州人社局、海州市人社局",
            "2019.4.22-4.26",
            "海州市",
            5,
            60,
        ],
        [
            2,
            "贫困劳动力电子装配技能培训",
            "劳动力技能",
            "州人社局",
            "2019.6.10-6.24",
            "州职业技术学院",
            15,
            120,
        ],
        [3, "全州就业扶贫干部业务培训", "干部培训", "州人社局", "2019.9.5-9.6", "州委党校", 2, 150],
    ]
    sh = Sheet(
        "金沙州2019年东西部劳务协作培训台账",
        ["序号", "培训名称", "培训类别", "主办单位", "时间", "地点", "天数", "参训人数"],
        rows,
    )
    add(
        f"{u}/2019年劳务协作培训台账.docx",
        "ledger.training",
        None,
        sheet=sh,
        text=sh.text(),
        data=docx_table_bytes(sh, meta("2019-11-30", "rsj")),
    )
    sh = Sheet(
        "金沙州公益性岗位开发安置台账",
        [
            "序号",
            "乡镇",
            "村",
            "姓名",
            "性别",
            "身份证号",
            "岗位类别",
            "岗位名称",
            "上岗时间",
            "月补贴（元）",
        ],
        post_rows("rsj", "禄丰市", 7, bad={2, 5}),
    )
    add(
        f"{u}/公益性岗位开发安置台账.xlsx",
        "ledger.public_post",
        None,
        sheet=sh,
        text=sh.text(),
        data=xlsx_bytes(sh, meta("2019-11-30", "rsj")),
    )
    r = rng_for("rsj-ws")
    rows = []
    for i, (nm, loc) in enumerate(
        [
            ("落雪村服装车间", "东川县汤丹镇落雪村"),
            ("权甫村电子车间", "安宁区草铺街道权甫村"),
            ("东村牛肉加工车间", "禄丰市勤丰镇东村"),
            ("西和村竹编车间", "武定县狮山镇西和村"),
            ("坪子村蔬菜分拣车间", "东川县乌龙镇坪子村"),
        ]
    ):
        hire = r.randint(20, 80)
        rows.append(
            [
                i + 1,
                nm,
                loc,
                r.choice(["海州市临江区", "海州市南湖区", "海州市桐溪市", "海州市西塘县"]),
                r.choice([80, 120, 150]),
                hire,
                r.randint(8, hire),
            ]
        )
    sh = Sheet(
        "金沙州东西部扶贫协作扶贫车间台账",
        [
            "序号",
            "车间名称",
            "所在县乡村",
            "东部帮扶方",
            "投入资金（万元）",
            "吸纳就业人数",
            "其中贫困人口",
        ],
        rows,
    )
    add(
        f"{u}/扶贫车间台账.xls",
        "ledger.workshop",
        None,
        sheet=sh,
        text=sh.text(),
        convert=("xlsx", "xls", xlsx_bytes(sh, meta("2019-11-28", "rsj"))),
    )
    rows = [
        [1, "海州驻点劳务工作站运行", "海州市", 120, "2020年"],
        [2, "州级职业技能实训基地设备", "金沙州职业技术学院", 380, "2020年"],
        [3, "就业扶贫基地奖补", "各县市区", 300, "2020年"],
    ]
    sh = Sheet(
        "州人社局2020年东西部扶贫协作项目计划清单",
        ["序号", "项目名称", "实施地点", "计划资金（万元）", "年度"],
        rows,
    )
    add(
        f"{u}/2020年东西部扶贫协作项目计划清单.xlsx",
        "ledger.project_plan",
        None,
        sheet=sh,
        text=sh.text(),
        data=xlsx_bytes(sh, meta("2019-12-08", "rsj")),
    )

    u = "州财政局"
    bl = [
        ("head", "金沙州财政局　金沙州东西部扶贫协作办公室"),
        ("docno", "金财农〔2019〕18号"),
        ("title", "关于印发《金沙州东西部扶贫协作资金管理办法（试行）》的通知"),
        ("p", "各县（市、区）财政局、扶贫协作办："),
        ("p", "现将《金沙州东西部扶贫协作资金管理办法（试行）》印发给你们，请遵照执行。"),
        ("right", "金沙州财政局　　金沙州东西部扶贫协作办公室"),
        ("right", "2019年3月28日"),
        ("title", "金沙州东西部扶贫协作资金管理办法（试行）"),
        (
            "p",
            "第一条　为加强东西部扶贫协作资金管理，根据财政专项扶贫资金管理有关规定，制定本办法。",
        ),
        ("p", "第二条　协作资金重点支持县以下产业发展、就业扶贫、基础设施和公共服务项目。"),
        ("p", "第三条　各县（市、区）应建立资金项目台账，按季度向州财政局报送资金使用情况。"),
        ("p", "第四条　本办法自印发之日起施行。"),
    ]
    add(
        f"{u}/金沙州东西部扶贫协作资金管理办法（试行）.wps",
        "measures",
        "2019-03-28",
        text=blocks_text(bl),
        convert=("docx", "doc", docx_bytes(bl, meta("2019-03-28", "czj"))),
    )
    rows = []
    r = rng_for("czj-fund")
    for i, (cty, loc, pname, use) in enumerate(
        [
            ("东川县", "汤丹镇落雪村", "蔬菜保鲜库", "产业"),
            ("东川县", "乌龙镇坪子村", "肉牛养殖小区", "产业"),
            ("安宁区", "八街街道大村", "蔬菜基地", "产业"),
            ("禄丰市", "禄丰市工业园区", "产业园标准厂房", "产业"),
            ("禄丰市", "禄丰市人力资源市场", "劳务输出交通补助", "就业"),
            ("武定县", "插甸镇水城村", "扶贫车间", "就业"),
        ]
    ):
        rows.append([i + 1, cty, pname, loc, use, r.choice([150, 180, 260, 300, 650, 120])])
    sh = Sheet(
        "金沙州2019年东西部扶贫协作资金项目台账（州财政局）",
        ["序号", "县（市、区）", "项目名称", "实施地点", "用途类别", "金额（万元）"],
        rows,
    )
    add(
        f"{u}/东西部扶贫协作资金项目台账.xlsx",
        "ledger.fund",
        None,
        sheet=sh,
        text=sh.text(),
        data=xlsx_bytes(sh, meta("2019-12-02", "czj")),
    )

    u = "州教育局"
    bl = [
        ("head", "金沙州教育局"),
        ("docno", "金教发〔2019〕56号"),
        ("title", "金沙州教育局关于做好2019年秋季学期学生资助工作的通知"),
        ("p", "各县（市、区）教育体育局，州属各学校："),
        (
            "p",
            "为做好2019年秋季学期家庭经济困难学生资助工作，现将有关事项通知如下：一、做好资助对象认定；二、按时足额发放资助资金；三、加强资助政策宣传。",
        ),
        ("right", "金沙州教育局"),
        ("right", "2019年8月28日"),
    ]
    add(
        f"{u}/关于做好2019年秋季学期学生资助工作的通知.docx",
        "other",
        "2019-08-28",
        text=blocks_text(bl),
        data=docx_bytes(bl, meta("2019-08-28", "jyj")),
    )

    add(
        "迎检资料目录说明.txt",
        None,
        None,
        data="金沙州2019年东西部扶贫协作迎检资料目录\r\n各单位资料按文件夹存放。\r\n".encode("gbk"),
    )


# ======================================================================= conversion, zips


# ======================================================================= conversion, archive
def run_conversions(entries: list[Entry]) -> None:
    """Legacy formats (.doc/.wps/.xls/.et/.odt) by LibreOffice, one run per conversion."""
    jobs: dict[tuple[str, str], list[Entry]] = {}
    for e in entries:
        if e.convert and e.convert[0] != "copy-of":
            jobs.setdefault((e.convert[0], e.convert[1]), []).append(e)
    for (src, dst), group in sorted(jobs.items()):
        tmp = Path(tempfile.mkdtemp(prefix=f"h2_{src}_{dst}_"))
        try:
            ind, outd = tmp / "in", tmp / "out"
            ind.mkdir()
            outd.mkdir()
            files = []
            for i, e in enumerate(group):
                p = ind / f"f{i:03d}.{src}"
                p.write_bytes(e.convert[2] if e.convert else b"")
                files.append(str(p))
            cmd = ["soffice", f"-env:UserInstallation={(tmp / 'profile').as_uri()}", "--headless",
                   "--convert-to", dst, "--outdir", str(outd), *files]  # fmt: skip
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=600)  # fmt: skip
            for i, e in enumerate(group):
                out = outd / f"f{i:03d}.{dst}"
                if not out.exists():
                    raise SystemExit(f"LibreOffice did not convert {e.path}")
                e.data = out.read_bytes()
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    by_path = {e.path: e for e in entries}
    for e in entries:
        if e.convert and e.convert[0] == "copy-of":
            e.data = by_path[e.convert[1]].data


def _planted(e: Entry, data: bytes) -> Planted:
    """What was planted in an entry, for the oracle."""
    readable_text = "" if (e.scan or e.unreadable) else e.text
    number = DOCNO.search(readable_text) if e.sheet is None else None
    title = e.sheet.title if e.sheet is not None else ""
    return Planted(e.path, e.kind, e.date, title=title or "", text=readable_text,
                   ledger=e.sheet, doc_number=number.group(0) if number else None,
                   photo=photo_of(data, e.picture), readable=not e.unreadable)  # fmt: skip


def plan() -> Archive:
    """Every file of the archive, in memory (legacy formats converted by LibreOffice)."""
    if shutil.which("soffice") is None:
        raise SystemExit("LibreOffice (soffice) is needed to write .doc/.xls/.odt files")
    ENTRIES.clear()
    build_dongchuan()
    build_anning()
    build_lufeng()
    build_wuding()
    build_xiezuoban()
    build_departments()
    run_conversions(ENTRIES)
    archive = Archive()
    for e in ENTRIES:
        data = e.data if e.data is not None else b""
        when = dt.datetime(*e.mtime)
        if "!/" not in e.path and e.date and e.mtime == DEFAULT_MTIME:
            # last saved the day after the document's date
            when = dt.datetime.fromisoformat(e.date) + dt.timedelta(days=1, hours=10, minutes=17)
        archive.add(_planted(e, data), data, when)
    return archive


def truth(archive: Archive) -> dict[str, Any]:
    """Unit types and every file's kind and date (as planted), item statuses and the
    checks across units (as testkit.oracle derives them from the planted facts)."""
    rules = load_rules()
    files = archive.files
    out = archive.truth({u: rules.unit_type(u) for u in units_of(files)})
    judgement = judge(files, rules)
    out["items"] = judgement.statuses()
    out["checks"] = {c: v.status for c, v in judgement.checks.items()}
    return out


def build(out_dir: Path) -> dict[str, Any]:
    archive = plan()
    archive.write(out_dir / "holdout2_archive")
    data = truth(archive)
    write_json(out_dir / "holdout2_truth.json", data)
    return data


# ======================================================================= main
def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="output folder (default: bench/out)"
    )
    args = ap.parse_args(argv)
    data = build(args.out)
    root = args.out / "holdout2_archive"
    size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    print(f"{root}: {len(data['files'])} truth files, {size / 1e6:.2f} MB on disk")
    for unit, got in data["items"].items():
        counts: dict[str, int] = {}
        for s in got.values():
            counts[s] = counts.get(s, 0) + 1
        print(
            f"  {unit} ({data['units'][unit]}): "
            + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
