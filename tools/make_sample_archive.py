#!/usr/bin/env python3
"""Build the bundled sample archive ``sample_archive/`` and ``tests/data/sample_truth.json``.

The archive imitates what the 7 counties and the prefecture bodies of a fictional
prefecture (云岭州) hand in for the 2019 East-West collaboration assessment: one top-level
folder per unit, each laid out differently, with documents whose names often say nothing
and whose content (title, text, ledger header row, EXIF) says what they are.

Everything is deterministic: per-file random generators seeded from the file path, fixed
document metadata dates, fixed zip member timestamps inside docx/xlsx, fixed file mtimes.
Running the script twice gives byte-identical output. The files are written with the
shared writers of ``testkit/``.

The plan is the table ``PLAN`` below: one entry per unit with its layout, its planted state
and the list of files to write. Each file entry names a maker (``make``) and its arguments.
The truth file records what was planted in every file: its kind, credited date and
file-level problems. What an audit must say about each unit's items and about the checks
across units is not derived here: tests/data/sample_expected.json sets it by hand, and
tests/test_sample_archive.py holds both the library and the oracle (testkit/oracle.py,
run on :func:`plan_archive`'s planted facts) to it.

Usage: python tools/make_sample_archive.py [ARCHIVE_DIR] [--truth PATH] [--force]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # testkit/ lives at the repository root, beside tools/
    sys.path.insert(0, str(REPO))

from testkit import noise  # noqa: E402
from testkit.dates import cn_date, cn_number, written_date  # noqa: E402
from testkit.docx import HEI, RED, TITLE_FONT, DocProps, OfficialDoc  # noqa: E402
from testkit.facts import Archive, Photo, Planted, write_json  # noqa: E402
from testkit.identity import broken_id, citizen_id, credit_code  # noqa: E402
from testkit.images import (  # noqa: E402
    Exif,
    event_photo,
    grey_scan_page,
    jpeg_bytes,
    phone_screenshot,
    png_bytes,
)
from testkit.oracle import load_rules  # noqa: E402
from testkit.pdf import PdfLayout, PdfMeta, image_pdf, text_pdf  # noqa: E402
from testkit.sheets import Ledger, SheetStyle, WorkbookProps, csv_gbk, xlsx  # noqa: E402

SEED = 20191220
TZ = dt.timezone(dt.timedelta(hours=8))
PERIOD = (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
DEFAULT_SAVED = "2019-12-05"  # mtime of files that carry no date of their own

Cell = str | int | float | None
Spec = dict[str, Any]


# --------------------------------------------------------------------------------------
# Units
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """One top-level folder and the names its documents use."""

    name: str  # folder name
    full: str  # 青溪县 / 云岭州
    short: str  # 青溪 / 云岭
    lvl: str  # 县 / 市 / 州
    code: str  # 机关代字 prefix: 青 -> 青政办发
    partner: str  # eastern partner, e.g. 历城区
    pcode: str  # partner's 机关代字 prefix
    id_prefix: str  # GB/T 2260 code used in citizen IDs
    towns: tuple[str, ...] = ()
    secretary: str = ""  # 县委书记 / 州委书记
    head: str = ""  # 县长 / 州长
    deputy: str = ""  # 分管副县长
    cadre: str = ""  # eastern cadre seconded as 副县长
    partner_secretary: str = ""

    @property
    def partner_full(self) -> str:
        return self.partner if self.partner.startswith("济南") else f"济南市{self.partner}"

    @property
    def pshort(self) -> str:
        return self.partner.removeprefix("济南市").rstrip("区") or "济南"

    @property
    def gov(self) -> str:
        return f"{self.full}人民政府"

    @property
    def gov_office(self) -> str:
        return f"{self.full}人民政府办公室"

    @property
    def party(self) -> str:
        return f"中共{self.full}委"

    @property
    def org_dept(self) -> str:
        return f"中共{self.full}委组织部"

    @property
    def office(self) -> str:  # 扶贫协作办
        return f"{self.full}东西部扶贫协作工作领导小组办公室"


def _county(
    name: str, code: str, partner: str, pcode: str, idp: str, towns: str, people: str
) -> Unit:
    secretary, head, deputy, cadre, psec = people.split()
    return Unit(
        name=name,
        full=name,
        short=name[:-1],
        lvl=name[-1],
        code=code,
        partner=partner,
        pcode=pcode,
        id_prefix=idp,
        towns=tuple(towns.split()),
        secretary=secretary,
        head=head,
        deputy=deputy,
        cadre=cadre,
        partner_secretary=psec,
    )


ZHOU_TOWNS = "青溪县青溪镇 石岭县双河乡 龙湾县河口乡 白沙县清水乡 金竹县沙坪镇 凤栖市宝峰镇"


def _zhou(name: str) -> Unit:
    """A prefecture office or department: speaks for 云岭州, partner 济南市."""
    return Unit(
        name=name,
        full="云岭州",
        short="云岭",
        lvl="州",
        code="云州",
        partner="济南市",
        pcode="济",
        id_prefix="",
        towns=tuple(ZHOU_TOWNS.split()),
        secretary="舒明远",
        head="黄德厚",
        deputy="彭克勤",
        cadre="曹文博",
        partner_secretary="李正阳",
    )


UNITS: dict[str, Unit] = {
    u.name: u
    for u in (
        _county(
            "青溪县",
            "青",
            "历城区",
            "历",
            "433122",
            "青溪镇 柳坪乡 茶园镇 石桥乡 岩口镇",
            "杨志远 何文斌 罗春华 王建国 孙立民",
        ),
        _county(
            "石岭县",
            "石",
            "章丘区",
            "章",
            "433123",
            "石岭镇 双河乡 高坪镇 桃源乡",
            "田永康 覃家明 彭晓燕 刘志强 周海涛",
        ),
        _county(
            "龙湾县",
            "龙",
            "长清区",
            "长",
            "433124",
            "龙湾镇 河口乡 新场镇 木林乡",
            "向东升 龙建平 吴秀兰 赵立新 郑国华",
        ),
        _county(
            "白沙县",
            "白",
            "槐荫区",
            "槐",
            "433125",
            "白沙镇 清水乡 龙潭镇 大坪乡",
            "张德明 石光荣 麻春梅 陈晓东 高志诚",
        ),
        _county(
            "金竹县",
            "金",
            "天桥区",
            "天",
            "433126",
            "金竹镇 青山乡 沙坪镇 桂花镇",
            "李承业 宋国栋 符建英 马骏 韩立军",
        ),
        _county(
            "云台县",
            "云",
            "市中区",
            "市中",
            "433127",
            "云台镇 松林乡 安坪镇",
            "滕召辉 杨胜利 谢小红 钱宇 许长青",
        ),
        _county(
            "凤栖市",
            "凤",
            "历下区",
            "历下",
            "433101",
            "凤城镇 乾元乡 宝峰镇 双溪乡",
            "欧阳平 胡建新 姚丽萍 郭振东 冯志刚",
        ),
        *(_zhou(n) for n in ("州协作办", "州委组织部", "州财政局", "州人社局", "其他资料")),
    )
}
COUNTIES = [n for n, u in UNITS.items() if u.lvl in "县市"]


# --------------------------------------------------------------------------------------
# Small helpers: randomness, dates, names, identity numbers
# --------------------------------------------------------------------------------------


def rng_for(key: str) -> random.Random:
    """A generator that depends only on ``key`` (so files do not disturb each other)."""
    return random.Random(zlib.crc32(key.encode("utf-8")) ^ SEED)


def day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def md(d: dt.date) -> str:
    return f"{d.month}月{d.day}日"


def cn_numeral_date(d: dt.date) -> str:
    """二〇一九年五月十二日 (with the correct zero 〇)."""
    return written_date(d, "cn")


cn_small = cn_number


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐彭田向龙石麻覃滕符姚严"
GIVEN = "建国志明红英秀兰海军玉梅春华小燕德文永康家兴世成桂芝晓东丽娟光荣金凤云开宏伟"
GIVEN += "子豪雨欣佳怡俊杰思远明辉长青翠萍少华新民"


def person_name(rng: random.Random) -> str:
    n = rng.choice((1, 2, 2))
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(n))


class IdRegistry:
    """Hands out citizen IDs that are valid and unique across the whole archive."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def new(self, rng: random.Random, prefix: str, female: bool) -> str:
        while True:
            birth = dt.date(1962, 1, 1) + dt.timedelta(days=rng.randrange(0, 38 * 365))
            seq = rng.randrange(1, 500) * 2 + (0 if female else 1)
            body = f"{prefix}{birth:%Y%m%d}{seq:03d}"[:17]
            value = citizen_id(body)
            if value not in self.used:
                self.used.add(value)
                return value


IDS = IdRegistry()


def credit_code_for(rng: random.Random, region: str) -> str:
    """A unified social credit code with a valid GB 32100 check character."""
    return credit_code("91" + region + "".join(rng.choice("0123456789MNPQ") for _ in range(9)))


def mobile(rng: random.Random) -> str:
    return rng.choice(("139", "138", "151", "187", "135", "158")) + f"{rng.randrange(10**8):08d}"


VILLAGES = [
    "杨柳",
    "岩门",
    "桐木",
    "茶园",
    "龙井",
    "坪上",
    "新寨",
    "高峰",
    "竹林",
    "大坝",
    "白岩",
    "凉水",
    "长坪",
    "黄土",
    "枫香",
    "马鞍",
    "石板",
    "金星",
    "红岩",
    "清水",
    "田坪",
    "双溪",
    "岔河",
    "沙湾",
    "梨子",
    "张家",
    "向阳",
    "中心",
    "樱桃",
    "牛角",
]


def village(rng: random.Random, unit: Unit) -> tuple[str, str]:
    return rng.choice(unit.towns), rng.choice(VILLAGES) + "村"


EAST_FIRMS = [
    "济南鲁丰食品有限公司",
    "山东泉城制衣有限公司",
    "济南华夏电子科技有限公司",
    "山东齐鲁茶业有限公司",
    "济南康源医疗器械有限公司",
    "山东绿源农业发展有限公司",
    "济南明湖服饰有限公司",
    "山东金泉电子有限公司",
    "济南趵突箱包有限公司",
    "山东黄河玩具制品有限公司",
    "济南舜耕假发制品有限公司",
    "山东泰和中药材有限公司",
]


# --------------------------------------------------------------------------------------
# What a maker returns: the bytes and what was planted in them
# --------------------------------------------------------------------------------------


@dataclass
class Made:
    planted: Planted
    data: bytes


def saved_at(iso: str | None) -> dt.datetime:
    """The fixed local time a file was last saved (used for mtime and zip members)."""
    d = day(iso) if iso else day(DEFAULT_SAVED)
    if not PERIOD[0] <= d <= PERIOD[1]:
        d = day(DEFAULT_SAVED)
    return dt.datetime(d.year, d.month, d.day, 10, 30, tzinfo=TZ)


def _utc_stamp(when: dt.datetime) -> str:
    return when.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _zip_time(when: dt.datetime) -> tuple[int, int, int, int, int, int]:
    return (when.year, when.month, when.day, when.hour, when.minute, when.second)


AUTHORS = ("Administrator", "微软用户", "User", "lenovo", "dell", "HP", "xzb", "PC")


def finish(doc: OfficialDoc, kind: str, when: dt.date, key: str, credited: bool = True) -> Made:
    """Save a document and describe it."""
    author = rng_for(key + "#author").choice(AUTHORS)
    saved = saved_at(when.isoformat())
    props = DocProps(
        author=author, created=dt.datetime(when.year, when.month, when.day, 1, 12),
        modified=dt.datetime(when.year, when.month, when.day, 2, 30),
        member_time=_zip_time(saved), modified_stamp=_utc_stamp(saved), comments="",
    )  # fmt: skip
    planted = Planted(key, kind, when.isoformat() if credited else None,
                      title="\n".join(doc.titles), text=doc.text, doc_number=doc.doc_number)  # fmt: skip
    return Made(planted, doc.save(props))


# --------------------------------------------------------------------------------------
# Makers: documents (one small function per document type)
# --------------------------------------------------------------------------------------


def joint_meeting_name(u: Unit, year: int) -> str:
    return f"{year}年{u.short}·{u.pshort}东西部扶贫协作高层联席会议"


def make_minutes(u: Unit, s: Spec) -> Made:
    """会议纪要: the date sits in the first sentence; attendance after the body."""
    d, rng = day(s["date"]), rng_for(s["path"])
    doc, meeting, seq = OfficialDoc(), s["meeting"], s.get("seq", rng.randrange(2, 30))
    lead = u.lvl
    if meeting == "joint":
        header = f"{joint_meeting_name(u, d.year)}纪要"
        opening = (
            f"{cn_date(d)}，{u.party}书记{u.secretary}、{u.partner_full}委书记"
            f"{u.partner_secretary}在{u.full}共同主持召开{joint_meeting_name(u, d.year)}。"
            f"会议听取了两地东西部扶贫协作工作情况汇报，审议通过了年度协作协议和"
            f"项目计划，就深化携手奔小康行动进行了深入交流。"
        )
        decided = [
            f"一、两地每年至少召开1次高层联席会议，{u.partner}每年安排财政援助资金"
            f"不少于{rng.randrange(3, 6)}000万元，重点向深度贫困村倾斜。",
            "二、深化产业合作，共建扶贫产业园，引导东部企业到我地投资兴业。",
            f"三、加强劳务协作，全年帮助{rng.randrange(6, 12)}00名建档立卡贫困劳动力实现转移就业。",
            "四、扩大干部人才交流，互派党政干部和专业技术人才挂职交流。",
        ]
        attend = [
            f"出席：{u.secretary}\u3000{u.head}\u3000{u.partner_secretary}\u3000"
            f"{u.deputy}\u3000{u.cadre}",
            f"列席：{u.lvl}扶贫协作办、{u.lvl}发改局、{u.lvl}财政局、{u.lvl}人社局主要负责人",
        ]
        printer = u.office
    elif meeting == "party":
        header = f"中共{u.full}委常委会会议纪要"
        opening = (
            f"{cn_date(d)}，{u.lvl}委书记{u.secretary}主持召开{u.lvl}委常委会会议"
            f"（{d.year}年第{seq}次），专题研究东西部扶贫协作工作。会议传达学习了"
            f"全省东西部扶贫协作推进会议精神，听取了{u.lvl}扶贫协作办工作情况汇报。"
        )
        decided = [
            "一、各级党委要把东西部扶贫协作作为重大政治任务，主要负责同志亲自抓。",
            f"二、主动加强与{u.partner_full}的沟通衔接，确保协议指标全面完成。",
            "三、把援助资金和项目向深度贫困村倾斜，严禁挤占挪用。",
        ]
        attend = [
            f"出席：{u.secretary}\u3000{u.head}\u3000{person_name(rng)}\u3000"
            f"{person_name(rng)}\u3000{person_name(rng)}",
            f"列席：{u.deputy}\u3000{u.lvl}扶贫协作办主任{person_name(rng)}",
        ]
        printer = f"中共{u.full}委办公室"
    elif meeting == "gov":
        header = f"{u.gov}常务会议纪要"
        opening = (
            f"{cn_date(d)}，{lead}长{u.head}主持召开{u.lvl}人民政府第{seq}次常务会议，"
            "研究东西部扶贫协作资金项目安排等事项。"
        )
        decided = [
            f"一、原则同意{u.lvl}财政局提出的东西部扶贫协作资金项目安排意见，"
            "资金主要用于产业扶贫和就业扶贫。",
            "二、各项目实施单位要加快建设进度，年底前完成资金拨付。",
            f"三、{u.lvl}人社局牵头做好劳务协作，落实一次性交通补贴。",
        ]
        attend = [
            f"出席：{u.head}\u3000{u.deputy}\u3000{u.cadre}\u3000{person_name(rng)}",
            f"列席：{u.lvl}政府办、{u.lvl}财政局、{u.lvl}扶贫协作办负责人",
        ]
        printer = u.gov_office
    else:
        header = f"{u.full}东西部扶贫协作工作推进会会议纪要"
        opening = (
            f"{cn_date(d)}，副{lead}长{u.deputy}主持召开全{u.lvl}东西部扶贫协作工作"
            "推进会，通报上半年工作进展，安排部署下阶段工作。"
        )
        decided = [
            "一、各乡镇、各部门要对照年度协议逐项梳理，建立问题清单。",
            "二、加快援建项目进度，每月报送资金拨付情况。",
            "三、规范整理软件资料，做到台账清楚、佐证齐全。",
        ]
        attend = [
            f"参会人员：{u.deputy}\u3000{u.cadre}\u3000各乡镇分管负责人、{u.lvl}直相关部门负责人"
        ]
        printer = u.gov_office
    doc.line(header, font=TITLE_FONT, size=26, color=RED, align="center")
    doc.line(f"第{seq}期", align="center")
    doc.rule()
    doc.body(opening)
    for extra in s.get("also", ()):
        if extra == "joint":
            doc.body(
                f"会议听取了关于筹备{joint_meeting_name(u, d.year)}有关情况的汇报，"
                "要求认真做好会议各项准备工作。"
            )
    doc.body("会议议定事项如下：", *decided)
    for line in attend:
        doc.line(line)
    doc.line(f"记录：{person_name(rng)}")
    if s.get("printed", True):
        doc.imprint(None, printer, d + dt.timedelta(days=2))
    return finish(doc, "minutes", d, s["path"])


def make_appointment(u: Unit, s: Spec) -> Made:
    """挂职任职通知: names a person and a post; 发文字号 unless s["docno"] is False."""
    d, rng = day(s["date"]), rng_for(s["path"])
    doc = OfficialDoc()
    people: list[tuple[str, str, str]] = s["people"]  # (name, from, post)
    has_no = s.get("docno", True)
    if has_no:
        doc.head(f"{u.org_dept}文件", f"{u.code}组通〔{d.year}〕{rng.randrange(3, 20)}号")
    who = people[0][0] + ("等同志" if len(people) > 1 else "同志")
    doc.title(f"关于{who}挂职任职的通知")
    doc.to(
        f"各乡镇党委，{u.lvl}直各单位党组（党委）："
        if u.lvl != "州"
        else "各县市委组织部，州直各单位党组（党委）："
    )
    doc.body(f"根据东西部扶贫协作干部交流安排，经{u.lvl}委研究决定：")
    for name, origin, post in people:
        line = f"{name}同志（{origin}）挂职任{post}，挂职期限二年。"
        if s.get("cowork"):
            line += "挂职期间协管东西部扶贫协作工作。"
        doc.body(line)
    doc.body("特此通知。")
    doc.sign(u.org_dept, cn_date(d))
    if has_no:
        doc.imprint(
            "州委组织部，州协作办。" if u.lvl != "州" else "省委组织部。",
            f"{u.org_dept}办公室",
            d + dt.timedelta(days=1),
        )
    return finish(doc, "appointment", d, s["path"])


def make_work_division(u: Unit, s: Spec) -> Made:
    d, rng = day(s["date"]), rng_for(s["path"])
    doc = OfficialDoc()
    doc.head(f"{u.gov}文件", f"{u.code}政发〔{d.year}〕{rng.randrange(3, 15)}号")
    doc.title(f"{u.gov}关于调整{u.lvl}政府领导工作分工的通知")
    doc.to(f"各乡镇人民政府，{u.lvl}直各单位：")
    doc.body(f"因人事变动，经{u.lvl}人民政府研究，现将{u.lvl}政府领导工作分工调整如下：")
    doc.body(
        f"{u.head}（{u.lvl}长）：主持{u.lvl}政府全面工作，分管审计工作。",
        f"{u.deputy}（副{u.lvl}长）：负责农业农村、扶贫开发工作，分管{u.lvl}农业农村局、"
        f"{u.lvl}扶贫办。",
        f"{u.cadre}（副{u.lvl}长，挂职）：协助分管东西部扶贫协作、招商引资工作，协管"
        f"{u.lvl}扶贫协作办、{u.lvl}商务局。",
        f"{person_name(rng)}（副{u.lvl}长）：负责人力资源和社会保障、教育工作。",
        "以上分工自印发之日起执行。",
    )
    doc.sign(u.gov, cn_date(d))
    doc.imprint(
        f"{u.lvl}委各部门，{u.lvl}人大常委会办公室，{u.lvl}政协办公室。",
        u.gov_office,
        d + dt.timedelta(days=1),
    )
    return finish(doc, "work_division", d, s["path"])


def make_letter(u: Unit, s: Spec) -> Made:
    """函 in 信函格式 (or a 复函 from the partner)."""
    d, rng = day(s["date"]), rng_for(s["path"])
    doc = OfficialDoc()
    subject = s["subject"]
    if s.get("reply"):
        issuer, to = f"{u.partner_full}人民政府办公室", f"{u.gov_office}："
        docno = f"{u.pcode}政办函〔{d.year}〕{rng.randrange(10, 60)}号"
        title = f"{issuer}关于{subject}的复函"
        body = [
            f"你办《关于商请开展{d.year}年东西部扶贫协作对接工作的函》收悉。经研究，"
            f"同意你{u.lvl}党政代表团来我区考察对接，具体安排由双方扶贫协作办公室"
            "商定。",
            "特此复函。",
        ]
    else:
        issuer = u.office if u.lvl == "州" else u.gov_office
        to = f"{u.partner_full}人民政府办公室：" if u.lvl != "州" else "济南市扶贫协作办公室："
        docno = (
            f"{u.code}{'协作' if u.lvl == '州' else '政办'}函〔{d.year}〕{rng.randrange(2, 40)}号"
        )
        title = f"{issuer}关于{subject}的函"
        body = [
            f"为深入贯彻落实东西部扶贫协作决策部署，进一步深化与{u.partner_full}的"
            "结对帮扶关系，经研究，拟就以下事项与贵方对接：",
            f"一、拟于近期组织党政代表团赴{u.partner_full}考察对接，共商产业合作、"
            "劳务协作和人才交流等工作。",
            "二、商请贵方协助组织用工企业开展专场招聘，帮助贫困劳动力稳定就业。",
            "三、商请贵方继续选派教师、医生、农技人员到我地开展帮扶。",
            "特此函商，盼复。",
        ]
    doc.head(issuer, docno, letter=True)
    doc.title(title)
    doc.to(to)
    doc.body(*body)
    doc.sign(issuer, cn_date(d))
    doc.line(f"（联系人：{person_name(rng)}，联系电话：0743-{rng.randrange(10**6, 10**7)}）")
    return finish(doc, "letter", d, s["path"])


PLAN_TOPICS = {  # topic: (goal, focus, action)
    "实施方案": ("年度协作协议各项指标全面完成", "产业合作、劳务协作和人才交流", "东西部扶贫协作"),
    "活动方案": ("携手奔小康行动取得实效", "乡镇结对、村企结对", "东西部扶贫协作结对帮扶"),
    "工作要点": ("年度考核取得好成绩", "资金使用、产业合作和劳务协作", "东西部扶贫协作"),
}


def make_plan(u: Unit, s: Spec) -> Made:
    """方案 / 工作要点, either on its own or as the attachment of an 印发通知."""
    d, rng = day(s["date"]), rng_for(s["path"])
    doc, name = OfficialDoc(), s["title"]
    topic = next((k for k in PLAN_TOPICS if k in name), "实施方案")
    goal, means, action = PLAN_TOPICS[topic]
    if s.get("wrapped"):
        group = f"{u.full}东西部扶贫协作工作领导小组"
        doc.head(f"{group}文件", f"{u.code}协组发〔{d.year}〕{rng.randrange(1, 9)}号")
        doc.title(f"关于印发《{name}》的通知")
        doc.to(
            f"各乡镇人民政府，{u.lvl}直各单位："
            if u.lvl != "州"
            else "各县市人民政府，州直各单位："
        )
        doc.body(f"现将《{name}》印发给你们，请结合实际，认真抓好贯彻落实。")
        doc.sign(f"{group}办公室", cn_date(d))
        doc.line("")
        doc.line("附件", font=HEI)
    doc.title(name)
    doc.body(f"为深入推进{action}，确保{goal}，结合{u.full}实际，制定本{topic}。")
    doc.heading("一、总体要求")
    doc.body(
        f"以脱贫攻坚统揽经济社会发展全局，紧紧依靠{u.partner_full}的帮扶，聚焦{means}，"
        "推动东西部扶贫协作向纵深发展。"
    )
    doc.heading("二、目标任务")
    doc.body(
        f"全年争取财政援助资金{rng.randrange(2, 6)}000万元以上，引导东部企业"
        f"{rng.randrange(3, 9)}家以上到我地投资，帮助{rng.randrange(5, 15)}00名以上"
        "建档立卡贫困劳动力转移就业。"
    )
    doc.heading("三、重点工作")
    local = "各县市" if u.lvl == "州" else "各乡镇"
    tasks = [
        ("召开高层联席会议，开展互访对接", f"{u.lvl}扶贫协作办", "6月底前"),
        ("编制年度项目计划，加快援建项目实施", f"{u.lvl}财政局、{u.lvl}发改局", "9月底前"),
        ("举办劳务协作专场招聘会", f"{u.lvl}人社局", "每季度"),
        ("推进乡镇结对、村企结对全覆盖", local, "10月底前"),
        ("规范整理考核佐证资料", f"{u.lvl}扶贫协作办", "11月底前"),
    ]
    if s.get("table"):
        doc.line("重点任务分解表", align="center", bold=True)
        doc.grid(
            ("序号", "重点任务", "牵头单位", "完成时限"),
            [(i + 1, t, o, w) for i, (t, o, w) in enumerate(tasks)],
        )
    else:
        doc.body(
            *[
                f"（{'一二三四五'[i]}）{t}。由{o}牵头，{w}完成。"
                for i, (t, o, w) in enumerate(tasks)
            ]
        )
    doc.heading("四、工作要求")
    doc.body("各牵头单位要明确专人负责，每月向领导小组办公室报送工作进展。")
    if not s.get("wrapped"):
        doc.sign(f"{u.full}东西部扶贫协作工作领导小组办公室", cn_date(d))
    return finish(doc, "plan", d, s["path"])


def make_measures(u: Unit, s: Spec) -> Made:
    """资金项目管理办法, usually wrapped in an 印发通知."""
    d, rng = day(s["date"]), rng_for(s["path"])
    doc, name = OfficialDoc(), s["title"]
    date_text = cn_numeral_date(d) if s.get("cn_date") else cn_date(d)
    issuer = s.get("issuer", u.gov_office)
    if s.get("wrapped", True):
        code = s.get("code", f"{u.code}政办发")
        doc.head(f"{issuer}文件", f"{code}〔{d.year}〕{rng.randrange(5, 40)}号")
        doc.title(f"{issuer}关于印发《{name}》的通知")
        doc.to(f"各乡镇人民政府，{u.lvl}直各单位：" if u.lvl != "州" else "各县市财政局：")
        doc.body(f"《{name}》已经研究同意，现印发给你们，请认真遵照执行。")
        doc.sign(issuer, date_text)
        doc.line("")
    doc.title(name)
    articles = [
        (
            "第一章\u3000总则",
            [
                f"为规范东西部扶贫协作资金和项目管理，提高资金使用效益，根据有关规定，"
                f"结合{u.full}实际，制定本办法。",
                f"本办法所称资金，是指{u.partner_full}援助我{u.lvl}的财政帮扶资金和社会帮扶资金。",
            ],
        ),
        (
            "第二章\u3000项目申报",
            [
                "项目由乡镇或行业部门申报，经审核后纳入项目库管理。",
                "资金主要用于产业扶贫、就业扶贫和贫困村基础设施建设，重点向深度贫困村倾斜。",
            ],
        ),
        (
            "第三章\u3000资金拨付",
            [
                "资金实行专账核算，按项目实施进度拨付，严禁挤占挪用。",
                f"项目完工后{rng.randrange(15, 31)}个工作日内完成验收。",
            ],
        ),
        (
            "第四章\u3000监督管理",
            [
                "项目实行公告公示制度，接受群众监督。",
                "对虚报冒领、截留挪用资金的，依法依规追究责任。",
            ],
        ),
        ("第五章\u3000附则", ["本办法自印发之日起施行。"]),
    ]
    n = 0
    for chapter, items in articles:
        doc.line(chapter, font=HEI, align="center")
        for text in items:
            n += 1
            doc.body(f"第{cn_small(n)}条\u3000{text}")
    if not s.get("wrapped", True):
        doc.sign(issuer, date_text)
    return finish(doc, "measures", d, s["path"])


def make_policy(u: Unit, s: Spec) -> Made:
    """若干措施 / 实施意见 (优惠支持政策)."""
    d, rng = day(s["date"]), rng_for(s["path"])
    doc = OfficialDoc()
    doc.head(f"{u.gov}文件", f"{u.code}政发〔{d.year}〕{rng.randrange(5, 30)}号")
    doc.title(s["title"])
    doc.to(f"各乡镇人民政府，{u.lvl}直各单位：")
    doc.body(
        f"为深化与{u.partner_full}的产业合作，吸引东部企业来我{u.lvl}投资兴业，"
        "带动贫困人口就业增收，现提出如下优惠支持政策。",
        "一、用地支持。对东部企业投资的扶贫产业项目，优先安排建设用地指标。",
        f"二、厂房支持。入驻扶贫产业园的企业，{rng.randrange(2, 4)}年内免收标准厂房租金。",
        "三、用工补贴。企业吸纳建档立卡贫困劳动力稳定就业6个月以上的，"
        f"按每人{rng.randrange(1, 3)}000元给予一次性补贴。",
        "四、金融支持。对带贫成效明显的企业，给予扶贫小额信贷贴息支持。",
        "五、服务支持。建立领导联系重点企业制度，实行全程代办服务。",
        "本意见自印发之日起施行。" if s["title"].endswith("意见") else "以上措施自印发之日起施行。",
    )
    doc.sign(u.gov, cn_date(d))
    doc.imprint(
        f"{u.lvl}委办，{u.lvl}人大办，{u.lvl}政协办。", u.gov_office, d + dt.timedelta(days=2)
    )
    return finish(doc, "policy", d, s["path"])


def make_report(u: Unit, s: Spec) -> Made:
    """报告 / 总结: topic "support" mentions 保障; "visit" and "summary" do not."""
    d, rng = day(s["date"]), rng_for(s["path"])
    doc, topic = OfficialDoc(), s["topic"]
    up = "州委、州人民政府：" if u.lvl != "州" else "省扶贫协作办："
    if topic == "support":
        issuer = u.org_dept
        doc.head(
            f"{issuer}文件",
            f"{u.code}组报〔{d.year}〕{rng.randrange(2, 12)}号",
            signer=person_name(rng),
        )
        doc.title(s.get("title", "关于东部挂职干部保障条件落实情况的报告"))
        doc.to("州委组织部：" if u.lvl != "州" else "省委组织部：")
        doc.body(
            f"按照要求，现将{u.full}为东部挂职干部和专业技术人才提供保障条件的情况报告如下。",
            f"一、工作保障。为{rng.randrange(3, 9)}名挂职干部安排办公室，配备电脑等"
            "办公设备，明确分管或协管工作。",
            "二、生活保障。统一安排周转住房，落实生活补助、往返交通补贴和健康体检。",
            "三、关心关爱。建立谈心谈话制度，节假日走访慰问，及时解决实际困难。",
            "特此报告。",
        )
    elif topic == "visit":
        issuer = u.gov
        doc.head(f"{u.gov}文件", f"{u.code}政报〔{d.year}〕{rng.randrange(2, 12)}号", signer=u.head)
        doc.title(s["title"])
        doc.to(up)
        trip = day(s["trip"])
        doc.body(
            f"{md(trip)}至{(trip + dt.timedelta(days=1)).day}日，{u.lvl}委书记{u.secretary}、"
            f"{u.lvl}长{u.head}率{u.full}党政代表团赴{u.partner_full}考察对接东西部扶贫"
            "协作工作，现将有关情况报告如下。",
            f"一、对接情况。代表团与{u.partner_full}党政主要负责同志座谈，实地考察了"
            f"{rng.randrange(3, 7)}家企业和{rng.randrange(2, 4)}个社区。",
            f"二、对接成果。双方签订产业合作协议{rng.randrange(2, 6)}个，"
            f"{u.partner}追加援助资金{rng.randrange(3, 9)}00万元。",
            "三、下步打算。抓好对接成果落实，加快推进合作项目落地见效。",
            "特此报告。",
        )
    else:  # summary
        issuer = s.get("issuer", u.office)
        doc.title(s["title"])
        doc.body(
            f"{d.year}年，在{u.partner_full}的大力帮扶下，{u.full}东西部扶贫协作工作"
            "取得明显成效，现总结如下。"
        )
        doc.heading("一、主要成效")
        doc.body(
            f"全年到位财政援助资金{rng.randrange(2, 5)}{rng.randrange(10, 99)}0万元，"
            f"实施项目{rng.randrange(15, 40)}个；引进东部企业{rng.randrange(3, 8)}家；"
            f"帮助{rng.randrange(6, 15)}00名贫困劳动力转移就业。",
            "深度贫困村援建项目全部开工，残疾人扶贫车间吸纳就业效果良好。",
        )
        doc.heading("二、存在问题")
        doc.body("部分项目进度偏慢，软件资料整理不够规范。")
        doc.heading("三、下步打算")
        doc.body("继续深化产业合作和劳务协作，确保年度协议指标全面完成。")
    doc.sign(issuer, cn_date(d))
    return finish(doc, "report", d, s["path"])


def make_case(u: Unit, s: Spec) -> Made:
    """典型案例 (mentions 深度贫困, 两不愁三保障, 残疾人, 增减挂钩)."""
    d, rng = day(s["date"]), rng_for(s["path"])
    doc = OfficialDoc()
    doc.title(s["title"])
    doc.heading("一、基本情况")
    doc.body(
        f"{u.full}是深度贫困地区，{u.partner_full}结对帮扶以来，双方聚焦"
        "“两不愁三保障”突出问题，探索形成了一批可复制的创新做法。"
    )
    doc.heading("二、主要做法")
    doc.body(
        f"一是向深度贫困村倾斜，{rng.randrange(60, 80)}%以上援助资金投向深度贫困村。",
        "二是兴办残疾人扶贫车间，帮助贫困残疾人家门口就业。",
        f"三是开展城乡建设用地增减挂钩结余指标跨省交易，所得资金"
        f"{rng.randrange(1, 5)}亿元全部用于脱贫攻坚。",
    )
    doc.heading("三、取得成效")
    doc.body(
        f"全{u.lvl}义务教育、基本医疗、住房安全和饮水安全问题实现动态清零，"
        f"{rng.randrange(200, 600)}名贫困残疾人实现稳定增收。"
    )
    doc.heading("四、经验启示")
    doc.body("坚持精准对接、优势互补，是东西部扶贫协作取得实效的关键。")
    doc.sign(s.get("issuer", u.office), cn_date(d))
    return finish(doc, "case", d, s["path"])


def agreement_lines(u: Unit, s: Spec) -> list[str]:
    d, rng = day(s["date"]), rng_for(s["path"])
    if s["topic"] == "land":
        first, second = f"{u.partner_full}自然资源局", f"{u.full}自然资源局"
        clauses = [
            "第一条\u3000乙方将城乡建设用地增减挂钩结余指标"
            f"{rng.randrange(200, 600)}亩调剂给甲方使用。",
            f"第二条\u3000交易价格按每亩{rng.randrange(30, 50)}万元执行，甲方分两期支付。",
            "第三条\u3000所得资金全部用于乙方脱贫攻坚和乡村振兴。",
            "第四条\u3000本协议一式四份，双方各执二份，自签字盖章之日起生效。",
        ]
    else:
        first, second = f"{u.partner_full}人民政府", u.gov
        clauses = [
            f"第一条\u3000甲方{d.year}年安排财政援助资金不少于"
            f"{rng.randrange(3, 6)}000万元，重点用于产业扶贫和就业扶贫。",
            "第二条\u3000双方推动乡镇结对、村企结对、学校医院结对全覆盖。",
            f"第三条\u3000甲方帮助乙方{rng.randrange(5, 12)}00名贫困劳动力转移就业。",
            "第四条\u3000双方每年召开高层联席会议，研究解决重大问题。",
            "第五条\u3000本协议一式四份，自签订之日起生效。",
        ]
    return [
        s["title"],
        f"甲方：{first}",
        f"乙方：{second}",
        "为深入推进东西部扶贫协作和携手奔小康行动，经双方友好协商，达成如下协议：",
        *clauses,
        f"甲方（盖章）：{first}",
        f"乙方（盖章）：{second}",
        f"签订日期：{cn_date(d)}",
    ]


def make_agreement(u: Unit, s: Spec) -> Made:
    d = day(s["date"])
    lines = agreement_lines(u, s)
    if s.get("format") == "pdf":
        return pdf_made(lines, s["path"], d, "agreement")
    doc = OfficialDoc()
    doc.title(lines[0])
    for line in lines[1:3]:
        doc.line(line)
    doc.body(*lines[3:-3])
    doc.line("")
    for line in lines[-3:]:
        doc.line(line)
    return finish(doc, "agreement", d, s["path"])


def news_lines(u: Unit, s: Spec) -> list[str]:
    d, rng = day(s["date"]), rng_for(s["path"])
    event = day(s.get("event", s["date"]))
    return [
        s["title"],
        f"{cn_date(d)}\u3000来源：{s.get('source', '云岭日报')}",
        f"本报讯（记者 {person_name(rng)} 通讯员 {person_name(rng)}）{md(event)}，{s['lead']}",
        f"近年来，{u.full}与{u.partner_full}深入开展东西部扶贫协作，携手奔小康行动"
        f"扎实推进，累计实施援建项目{rng.randrange(30, 90)}个，帮助{rng.randrange(2, 6)}"
        f"{rng.randrange(100, 999)}名贫困群众稳定增收。",
        f"“山海情深，协作共赢。”{person_name(rng)}说，下一步将继续深化产业合作和劳务协作，"
        "让更多贫困群众在家门口就业。",
        f"责任编辑：{person_name(rng)}",
    ]


def make_news(u: Unit, s: Spec) -> Made:
    d = day(s["date"])
    lines = news_lines(u, s)
    if s.get("format") == "pdf":
        return pdf_made(lines, s["path"], d, "news")
    doc = OfficialDoc()
    doc.title(lines[0])
    doc.line(lines[1], size=12, align="center")
    doc.body(*lines[2:-1])
    doc.line(lines[-1], size=12, align="right")
    return finish(doc, "news", d, s["path"])


def make_speech(u: Unit, s: Spec) -> Made:
    d, rng = day(s["date"]), rng_for(s["path"])
    doc = OfficialDoc()
    doc.title(f"在{s['meeting']}上的讲话")
    doc.line(f"{u.lvl}委书记\u3000{u.secretary}", align="center")
    doc.line(f"（{cn_date(d)}）", align="center")
    doc.line("同志们：")
    doc.body(
        f"今天，我们在这里召开{s['meeting']}，主要任务是总结工作、分析形势，"
        "安排部署下一阶段东西部扶贫协作工作。",
        f"一要提高政治站位。东西部扶贫协作是党中央的重大决策部署，全{u.lvl}上下"
        "要切实增强责任感和紧迫感。",
        f"二要聚焦协议指标。对照年度协议，逐项抓好落实，确保{rng.randrange(10, 13)}月底前"
        "全面完成。",
        "三要用好帮扶资源。把援助资金用在刀刃上，让贫困群众真正受益。",
        "同志们，让我们以更加务实的作风，奋力夺取脱贫攻坚全面胜利！",
    )
    return finish(doc, "meeting_material", d, s["path"])


def make_agenda(u: Unit, s: Spec) -> Made:
    d, rng = day(s["date"]), rng_for(s["path"])
    doc = OfficialDoc()
    doc.title(f"{s['meeting']}议程")
    doc.line(f"时间：{cn_date(d)}上午9:00")
    doc.line(f"地点：{u.full}行政中心{rng.randrange(2, 6)}楼会议室")
    doc.line(f"主持人：{u.head}")
    doc.line("议程：")
    doc.body(
        "一、观看东西部扶贫协作工作专题片；",
        f"二、{u.lvl}扶贫协作办汇报工作情况；",
        f"三、{u.partner_full}负责同志讲话；",
        f"四、{u.lvl}委主要负责同志讲话。",
    )
    return finish(doc, "meeting_material", d, s["path"])


def make_signin(u: Unit, s: Spec) -> Made:
    """签到表: a Word table of names, units and posts."""
    d, rng = day(s["date"]), rng_for(s["path"])
    doc = OfficialDoc()
    doc.title(f"{s['meeting']}签到表")
    doc.line(f"时间：{cn_date(d)}\u3000\u3000地点：{u.full}行政中心会议室")
    units = [(f"{t}人民政府", f"副{t[-1]}长") for t in u.towns]
    units += [(f"{u.lvl}{x}", "副局长") for x in ("财政局", "人社局", "商务局")]
    units += [(f"{u.lvl}扶贫协作办", "主任")]
    rows = [(i + 1, person_name(rng), *units[i % len(units)], "") for i in range(12)]
    doc.grid(("序号", "姓名", "单位", "职务", "签到"), rows)
    return finish(doc, "meeting_material", d, s["path"])


def make_text_report(u: Unit, s: Spec) -> Made:
    """A plain .txt 情况说明 (UTF-8 with BOM, CRLF, as Windows Notepad saves it)."""
    d, rng = day(s["date"]), rng_for(s["path"])
    lines = [s["title"], "",
             f"{u.partner_full}与我{u.lvl}结对以来，通过产业带动、就业帮扶、消费扶贫等方式，"
             f"携手奔小康行动累计惠及建档立卡贫困人口{rng.randrange(8, 15)}"
             f"{rng.randrange(100, 999)}人。",
             f"其中：产业项目带动{rng.randrange(3, 6)}{rng.randrange(100, 999)}人，"
             f"转移就业{rng.randrange(1, 3)}{rng.randrange(100, 999)}人，"
             f"公益性岗位安置{rng.randrange(200, 600)}人。",
             "以上人员均已登记造册，花名册附后。", "",
             f"{u.office}", cn_date(d)]  # fmt: skip
    text = "\r\n".join(lines) + "\r\n"
    planted = Planted(s["path"], "report", d.isoformat(), title=s["title"], text="\n".join(lines))
    return Made(planted, b"\xef\xbb\xbf" + text.encode("utf-8"))


# --------------------------------------------------------------------------------------
# PDFs: a printed document with a text layer, and a scan without one
# --------------------------------------------------------------------------------------

#: A4, title centred at 18 pt, body at 12 pt, as a print-to-PDF of a short document.
PDF_LAYOUT = PdfLayout(left=72, right=72, top=90, top_next=72, bottom=72,
                       sizes={"title": 18, "p": 12}, steps={"title": 30, "p": 20},
                       gaps={"title": 10, "p": 6})  # fmt: skip


def pdf_made(lines: Sequence[str], key: str, d: dt.date, kind: str) -> Made:
    """A one-or-two page PDF with a real Chinese text layer (title centred)."""
    blocks = [("title", lines[0]), *(("p", line) for line in lines[1:])]
    meta = PdfMeta(title=lines[0], author=rng_for(key).choice(AUTHORS),
                   epoch=int(saved_at(d.isoformat()).timestamp()))  # fmt: skip
    planted = Planted(key, kind, d.isoformat(), title=lines[0], text="\n".join(lines))
    return Made(planted, text_pdf(blocks, PDF_LAYOUT, meta))


def make_scan_pdf(u: Unit, s: Spec) -> Made:
    """An image-only PDF: a grey page with text-like bars, a seal, no text layer."""
    page = jpeg_bytes(grey_scan_page(rng_for(s["path"])), 45)
    meta = PdfMeta(
        creator="Canon iR-ADV C5535 Scan", epoch=int(saved_at(s.get("saved")).timestamp())
    )
    return Made(Planted(s["path"], "other", problems=("no_text_layer",)), image_pdf(page, meta))


# --------------------------------------------------------------------------------------
# Photos (JPEG with or without EXIF) and a PNG screenshot
# --------------------------------------------------------------------------------------

CAMERAS = (
    ("HUAWEI", "ELE-AL00"),
    ("Canon", "Canon EOS 80D"),
    ("Xiaomi", "MI 8"),
    ("OPPO", "PBEM00"),
    ("NIKON CORPORATION", "NIKON D7200"),
    ("vivo", "V1813A"),
)

SHARED_PHOTO: dict[str, bytes] = {}


def make_photo(u: Unit, s: Spec) -> Made:
    """A photo; s["taken"] is the EXIF capture time ('2019:05:12 09:30:12') or None.

    The credited date is the EXIF date, else the date in s["name_date"] (a date the
    file name carries), else none. s["shared"] names a photo written byte-identical
    into several units.
    """
    key = s.get("shared") or s["path"]
    rng = rng_for(key)
    taken = s.get("taken")
    size = s.get("size") or (800, 600)
    if key in SHARED_PHOTO:
        data = SHARED_PHOTO[key]
    else:
        scene = event_photo(rng, s.get("scene", "meeting"))
        if s.get("size"):  # a thumbnail sent round by chat instead of the original
            scene = scene.resize(s["size"])
        make, model = rng.choice(CAMERAS)
        exif = Exif(make, model, s.get("software"), taken) if taken else None
        data = jpeg_bytes(scene, 70, exif)
        if s.get("shared"):
            SHARED_PHOTO[key] = data
    date = taken[:10].replace(":", "-") if taken else s.get("name_date")
    photo = Photo(size[0], size[1], s.get("software") or "")
    return Made(Planted(s["path"], "photo", date, photo=photo), data)


def make_screenshot(u: Unit, s: Spec) -> Made:
    """A PNG phone screenshot of a news page (微信截图_YYYYMMDDhhmmss.png)."""
    image = phone_screenshot(rng_for(s["path"]))
    # Its "text" is grey bars: OCR finds nothing to read, so it is judged by its name.
    planted = Planted(
        s["path"], "news", s.get("name_date"), photo=Photo(*image.size),
        problems=("content_not_read",),
    )  # fmt: skip
    return Made(planted, png_bytes(image))


# --------------------------------------------------------------------------------------
# Spreadsheets (ledgers)
# --------------------------------------------------------------------------------------

Header = list[str | tuple[str, list[str]]]  # a tuple: a merged cell over sub-columns
SHEET_STYLE = SheetStyle()  # 宋体 16 bold title, 宋体 11 bold header, widths from the header


def flat_len(header: Header) -> int:
    return sum(len(h[1]) if isinstance(h, tuple) else 1 for h in header)


def Sheet(
    header: Header,
    rows: list[list[Cell]],
    *,
    roles: Mapping[str, int | str] | None = None,
    title: str | None = None,
    pre: Sequence[str] = (),
    blank_after_title: bool = False,
    total: list[Cell] | None = None,
    bad_ids: Sequence[int] = (),
    bad_codes: Sequence[int] = (),
) -> Ledger:
    """A ledger as people lay it out: title, notes, header (one or two rows), rows."""
    flat: list[str] = []
    groups: list[tuple[str, int, int]] = []
    for h in header:
        if isinstance(h, tuple):
            groups.append((h[0], len(flat), len(flat) + len(h[1]) - 1))
            flat.extend(h[1])
        else:
            flat.append(h)
    return Ledger(flat, rows, title=title, roles=dict(roles or {}), groups=groups, pre=list(pre),
                  total=total, bad_ids=frozenset(bad_ids), bad_codes=frozenset(bad_codes),
                  blank_after_title=blank_after_title)  # fmt: skip


def finish_sheet(sheet: Ledger, kind: str, s: Spec) -> Made:
    when = saved_at(s.get("saved"))
    naive = when.astimezone(dt.timezone.utc).replace(tzinfo=None)
    props = WorkbookProps(
        author=rng_for(s["path"] + "#author").choice(AUTHORS), created=naive - dt.timedelta(days=20),
        modified=naive, member_time=_zip_time(when), modified_stamp=_utc_stamp(when),
    )  # fmt: skip
    data = xlsx([(sheet.sheet, sheet)], SHEET_STYLE, props)
    return Made(Planted(s["path"], kind, None, text=sheet.text(), ledger=sheet), data)


def money(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.uniform(lo, hi), 1)


def total_row(ncols: int, sums: dict[int, float], label_col: int = 1) -> list[Cell]:
    row: list[Cell] = [None] * ncols
    row[label_col] = "合计"
    for col, value in sums.items():
        row[col] = round(value, 1)
    return row


FUND_PROJECTS = (
    ("茶叶标准化基地建设项目", "产业扶贫"),
    ("黄桃种植基地项目", "产业扶贫"),
    ("稻渔综合种养项目", "产业扶贫"),
    ("扶贫车间建设项目", "就业扶贫"),
    ("劳务输出交通补助项目", "就业扶贫"),
    ("贫困劳动力技能培训项目", "就业扶贫"),
    ("产业路硬化项目", "基础设施"),
    ("安全饮水巩固提升项目", "基础设施"),
    ("村级光伏电站项目", "产业扶贫"),
    ("冷链物流设施项目", "产业扶贫"),
    ("村卫生室标准化建设项目", "公共服务"),
    ("易地扶贫搬迁后续扶持项目", "就业扶贫"),
)


#: Each county's own fund projects: (project, content, use, amount, beneficiaries, note).
COUNTY_FUNDS: dict[str, list[tuple[str, str, str, float, int, str]]] = {}


def make_fund_ledger(u: Unit, s: Spec) -> Made:
    """资金项目台账. Variants: amount header, location column (or none), use column,
    two-row header ("资金（万元）" over 计划/到位); s["summary"]: the prefecture's summary,
    every county's own projects with the county as 实施地点 (so the figures agree)."""
    if s.get("summary"):
        return make_fund_summary(u, s)
    rng = rng_for(s["path"])
    n = s.get("n", 10)
    loc_h, use_h, amount_h = s.get("location", "实施地点"), s.get("use"), s["amount"]
    two_row = amount_h == "资金（万元）"
    header: Header = ["序号", "项目名称"]
    if loc_h:
        header.append(loc_h)
    header.append("建设内容")
    if use_h:
        header.append(use_h)
    amount_col = len(header)
    header.append((amount_h, ["计划", "到位"]) if two_row else amount_h)
    header += ["实施单位", "受益贫困人口（人）", "备注"]
    rows: list[list[Cell]] = []
    locations: list[str] = []
    sums = {"plan": 0.0, "paid": 0.0}
    for i in range(n):
        name, use = FUND_PROJECTS[(i + rng.randrange(3)) % len(FUND_PROJECTS)]
        town, vil = village(rng, u)
        place = f"{town}{vil}"
        project = f"{vil}{name}"
        locations.append(place)
        plan = money(rng, 30, 400)
        paid = round(plan * rng.choice((1, 1, 0.8, 0.6)), 1)
        sums["plan"] += plan
        sums["paid"] += paid
        content = rng.choice(("新建", "改扩建", "补助")) + name[:-2]
        row: list[Cell] = [i + 1, project]
        if loc_h:
            row.append(place)
        row.append(content)
        if use_h:
            row.append(use)
        row += [plan, paid] if two_row else [plan]
        row += [
            f"{u.lvl}{rng.choice(('农业农村局', '扶贫办', '人社局', '交通运输局'))}",
            rng.randrange(30, 800),
            rng.choice(("", "", "已完工", "在建")),
        ]
        rows.append(row)
        COUNTY_FUNDS.setdefault(u.name, []).append(
            (project, content, use, plan, int(row[-2]), str(row[-1]))
        )
    ncol = flat_len(header)
    sums_at = {amount_col: sums["plan"]}
    if two_row:
        sums_at[amount_col + 1] = sums["paid"]
    roles: dict[str, int | str] = {"项目名称": "项目名称", "金额": amount_col}
    if loc_h:
        roles["实施地点"] = loc_h
    if use_h:
        roles["用途"] = use_h
    sheet = Sheet(
        header,
        rows,
        roles=roles,
        title=s.get("title"),
        pre=s.get("pre", []),
        blank_after_title=s.get("blank", False),
        total=total_row(ncol, sums_at) if s.get("total", True) else None,
    )
    return finish_sheet(sheet, "ledger.fund", s)


def make_fund_summary(u: Unit, s: Spec) -> Made:
    """The prefecture's 资金汇总台账: each county's own projects, the county as 实施地点."""
    header: Header = [
        "序号",
        "项目名称",
        s["location"],
        "建设内容",
        s["use"],
        s["amount"],
        "实施单位",
        "受益贫困人口（人）",
        "备注",
    ]
    rows: list[list[Cell]] = []
    for county in COUNTIES:
        for project, content, use, amount, people, note in COUNTY_FUNDS.get(county, ()):
            rows.append(
                [
                    len(rows) + 1,
                    f"{county}{project}",
                    county,
                    content,
                    use,
                    amount,
                    f"{county}财政局",
                    people,
                    note,
                ]
            )
    total = total_row(len(header), {5: sum(float(r[5] or 0) for r in rows)})
    roles = {"项目名称": 1, "实施地点": 2, "用途": 4, "金额": 5}
    sheet = Sheet(header, rows, roles=roles, title=s.get("title"), total=total)
    return finish_sheet(sheet, "ledger.fund", s)


def make_project_plan(u: Unit, s: Spec) -> Made:
    """2020年项目计划清单: 项目名称 + 计划资金（万元）; title carries 2020."""
    rng = rng_for(s["path"])
    amount_h = s.get("amount", "计划资金（万元）")
    header: Header = [
        "序号",
        "项目名称",
        "实施地点",
        "建设内容",
        amount_h,
        "资金来源",
        "责任单位",
        "备注",
    ]
    rows: list[list[Cell]] = []
    total = 0.0
    for i in range(s.get("n", 6)):
        name, _ = FUND_PROJECTS[(i * 5 + rng.randrange(4)) % len(FUND_PROJECTS)]
        if u.lvl == "州":
            place = COUNTIES[(i + rng.randrange(7)) % len(COUNTIES)]
            project = f"{place}{name}"
        else:
            town, vil = village(rng, u)
            place, project = f"{town}{vil}", f"{vil}{name}"
        amount = money(rng, 60, 420)
        total += amount
        rows.append(
            [
                i + 1,
                project,
                place,
                rng.choice(("新建", "续建", "提质改造")),
                amount,
                rng.choice(("财政援助资金", "社会帮扶资金")),
                f"{u.lvl}{rng.choice(('农业农村局', '发改局', '人社局', '扶贫协作办'))}",
                "",
            ]
        )
    sheet = Sheet(
        header,
        rows,
        roles={"项目名称": 1, "实施地点": 2, "计划资金": 4},
        title=s["title"],
        total=total_row(8, {4: total}),
        pre=s.get("pre", []),
    )
    return finish_sheet(sheet, "ledger.project_plan", s)


def make_cadre_ledger(u: Unit, s: Spec) -> Made:
    """挂职干部台账 (optionally with line breaks inside header cells)."""
    rng = rng_for(s["path"])
    br = "\n" if s.get("breaks") else ""
    header: Header = [
        "序号",
        "姓名",
        "性别",
        f"派出{br}单位",
        f"挂职{br}单位",
        f"挂职{br}职务",
        "类别",
        "挂职时间",
        "联系电话",
        "备注",
    ]
    people = list(s.get("people", []))
    rows: list[list[Cell]] = []
    for i in range(s.get("n", 6)):
        if i < len(people):
            name, origin, unit, post = people[i]
            sex, term = "男", "2019.03—2021.03"
        else:
            sex = rng.choice("男男女")
            term = rng.choice(("2019.03—2021.03", "2019.04—2021.04", "2018.09—2019.09"))
            name = person_name(rng)
            origin = f"{u.partner_full}{rng.choice(('发改局', '农业农村局', '商务局', '人社局'))}"
            unit = f"{u.full}{rng.choice(('扶贫协作办', '农业农村局', '商务局', '人社局'))}"
            post = rng.choice(("副主任", "副局长", "局长助理"))
        rows.append([i + 1, name, sex, origin, unit, post, "党政干部", term, mobile(rng), ""])
    roles = {"姓名": 1, "挂职单位": 4, "挂职职务": 5, "挂职时间": 7, "联系电话": 8}
    sheet = Sheet(header, rows, roles=roles, title=s.get("title"), pre=s.get("pre", []))
    return finish_sheet(sheet, "ledger.cadre", s)


def make_talent_ledger(u: Unit, s: Spec) -> Made:
    rng = rng_for(s["path"])
    header: Header = [
        "序号",
        "姓名",
        "性别",
        "专业",
        "职称",
        "派出单位",
        "交流单位",
        "交流类别",
        "交流时间",
        "备注",
    ]
    kinds = (
        ("教育", "中学高级教师", "支教", "中学"),
        ("临床医学", "主治医师", "支医", "人民医院"),
        ("农学", "高级农艺师", "支农", "农业农村局"),
        ("护理", "主管护师", "支医", "中医院"),
    )
    rows: list[list[Cell]] = []
    for i in range(s.get("n", 8)):
        major, title, way, place = kinds[rng.randrange(len(kinds))]
        target = COUNTIES[rng.randrange(7)] if u.lvl == "州" else u.full
        rows.append(
            [
                i + 1,
                person_name(rng),
                rng.choice("男女"),
                major,
                title,
                f"济南市{rng.choice(('历城区', '章丘区', '长清区', '槐荫区'))}{place}",
                f"{target}{'第一' if way == '支教' else ''}{place}",
                way,
                rng.choice(("2019.03—2019.12", "2019.02—2019.08", "2019.09—2019.12")),
                rng.choice(("", "", "已返回")) if i % 3 else "",
            ]
        )
    roles = {"姓名": "姓名", "专业": "专业", "职称": "职称", "交流单位": "交流单位"}
    sheet = Sheet(
        header,
        rows,
        roles=roles,
        title=s.get("title"),
        pre=s.get("pre", []),
        blank_after_title=s.get("blank", False),
    )
    return finish_sheet(sheet, "ledger.talent", s)


def make_enterprise_ledger(u: Unit, s: Spec) -> Made:
    """落地企业台账. s["pending"] puts '待定' in the investment column of some rows."""
    rng = rng_for(s["path"])
    style = s.get("style", "full")
    firms = rng.sample(EAST_FIRMS, s.get("n", 6))
    rows: list[list[Cell]] = []
    if style == "full":
        header: Header = [
            "序号",
            "企业名称",
            "统一社会信用代码",
            "东部来源地",
            "投资领域",
            "协议投资额（万元）",
            "实际到位投资额（万元）",
            "签约时间",
            "带动贫困人口数（人）",
            "其中就业人数",
            "带贫方式",
            "备注",
        ]
        for i, firm in enumerate(firms):
            agreed = money(rng, 500, 5000)
            poor = rng.randrange(20, 300)
            code = credit_code_for(rng, u.id_prefix)
            if i in s.get("bad_code", ()):  # a typo in the check character
                code = code[:-1] + ("0" if code[-1] != "0" else "1")
            rows.append(
                [
                    i + 1,
                    firm,
                    code,
                    "山东省济南市",
                    rng.choice(("农产品加工", "服装制造", "电子元件", "中药材")),
                    agreed,
                    round(agreed * rng.choice((1, 0.7, 0.5)), 1),
                    f"2019年{rng.randrange(1, 10)}月",
                    poor,
                    poor // 2,
                    rng.choice(("就业带动", "订单收购", "入股分红")),
                    "",
                ]
            )
    else:
        amount_h = s.get("amount", "投资额（万元）")
        header = [
            "序号",
            "企业名称",
            "东部来源地",
            amount_h,
            "带动贫困人口数",
            "带贫方式",
            "所在乡镇",
            "备注",
        ]
        for i, firm in enumerate(firms):
            value: Cell = money(rng, 300, 3000)
            if i in s.get("pending", ()):
                value = "待定"
            rows.append(
                [
                    i + 1,
                    firm,
                    "山东省济南市",
                    value,
                    rng.randrange(15, 200),
                    rng.choice(("就业带动", "订单收购", "土地流转")),
                    rng.choice(u.towns),
                    "",
                ]
            )
    if style == "full":
        roles: dict[str, int | str] = {
            "企业名称": 1,
            "统一社会信用代码": 2,
            "投资额": 6,
            "带动贫困人口数": 8,
            "帮扶措施": 10,
        }
    else:
        roles = {"企业名称": 1, "投资额": 3, "带动贫困人口数": 4, "帮扶措施": 5}
    if u.name in COUNTIES:
        column = roles["带动贫困人口数"]
        assert isinstance(column, int)
        COUNTY_PEOPLE[u.name] = COUNTY_PEOPLE.get(u.name, 0) + sum(
            int(r[column] or 0) for r in rows
        )
    sheet = Sheet(
        header,
        rows,
        roles=roles,
        title=s.get("title"),
        pre=s.get("pre", []),
        bad_codes=s.get("bad_code", ()),
    )
    return finish_sheet(sheet, "ledger.enterprise", s)


#: Each county's 带动贫困人口数 over its own enterprise ledgers, as they were written.
COUNTY_PEOPLE: dict[str, int] = {}


def make_county_summary(u: Unit, s: Spec) -> Made:
    """The prefecture's 汇总表, one row per county, a column per figure: the counties' own
    fund and enterprise ledgers added up, so that 州县数据一致 can compare and agree."""
    header: Header = [
        "序号",
        "县（市、区）",
        "东西部扶贫协作资金（万元）",
        "落地企业数（个）",
        "带动贫困人口数（人）",
        "备注",
    ]
    rows: list[list[Cell]] = []
    for county in COUNTIES:
        funds = round(sum(f[3] for f in COUNTY_FUNDS.get(county, ())), 2)
        rows.append([len(rows) + 1, county, funds or None, None, COUNTY_PEOPLE.get(county), ""])
    roles: dict[str, int | str] = {"县": 1, "资金总额": 2, "落地企业数": 3, "带动贫困人口数": 4}
    sheet = Sheet(header, rows, roles=roles, title=s.get("title"))
    return finish_sheet(sheet, "ledger.summary", s)


def roster_people(rng: random.Random, u: Unit, n: int) -> list[tuple[str, str, str]]:
    out = []
    county_prefixes = [UNITS[c].id_prefix for c in COUNTIES]
    for _ in range(n):
        female = rng.random() < 0.45
        prefix = u.id_prefix or rng.choice(county_prefixes)
        out.append((person_name(rng), "女" if female else "男", IDS.new(rng, prefix, female)))
    return out


SHARED_PEOPLE: dict[str, tuple[str, str, str]] = {}


def make_roster(u: Unit, s: Spec) -> Made:
    """带动贫困人口花名册. s["defect"]: "invalid" (a wrong check digit) or "duplicate"
    (one ID twice); s["shared"] adds a person also listed by another unit."""
    rng = rng_for(s["path"])
    people = roster_people(rng, u, s.get("n", 14))
    if s.get("shared"):
        key = s["shared"]
        if key not in SHARED_PEOPLE:
            SHARED_PEOPLE[key] = roster_people(rng_for(key), UNITS[s["shared_from"]], 1)[0]
        people.insert(3, SHARED_PEOPLE[key])
    bad: set[int] = set()
    if s.get("defect") == "invalid":
        name, sex, pid = people[5]
        people[5] = (name, sex, broken_id(pid))
        bad.add(5)
    elif s.get("defect") == "duplicate":
        people.append(people[4])
    header: Header = [
        "序号",
        "乡镇",
        "村",
        "姓名",
        "性别",
        "身份证号",
        "家庭人口",
        "帮扶企业或项目",
        "带动方式",
        "年增收（元）",
        "备注",
    ]
    rows: list[list[Cell]] = []
    for i, (name, sex, pid) in enumerate(people):
        town, vil = village(rng, u)
        rows.append(
            [
                i + 1,
                town,
                vil,
                name,
                sex,
                pid,
                rng.randrange(2, 7),
                rng.choice(EAST_FIRMS).removeprefix("济南").removeprefix("山东"),
                rng.choice(("务工就业", "入股分红", "订单收购", "土地流转")),
                rng.randrange(8, 40) * 100,
                "",
            ]
        )
    roles = {"村": 2, "姓名": 3, "性别": 4, "身份证号": 5, "帮扶措施": 8}
    sheet = Sheet(
        header, rows, roles=roles, title=s.get("title"), pre=s.get("pre", []), bad_ids=bad
    )
    return finish_sheet(sheet, "ledger.roster", s)


def make_labour_ledger(u: Unit, s: Spec) -> Made:
    """转移就业台账. s["mode"]: "out" (省外: 到东部 / 省外其他地区), "in" (省内就近),
    "both" (rows of both, marked 省外（到东部） and 省内就近)."""
    rng = rng_for(s["path"])
    mode = s["mode"]
    header: Header = [
        "序号",
        "乡镇",
        "村",
        "姓名",
        "性别",
        "身份证号",
        "是否建档立卡",
        "就业类型",
        "就业地点",
        "就业单位",
        "工种",
        "就业时间",
        "月收入（元）",
        "组织方式",
        "备注",
    ]
    rows: list[list[Cell]] = []
    for i, (name, sex, pid) in enumerate(roster_people(rng, u, s.get("n", 16))):
        town, vil = village(rng, u)
        east = mode == "out" or (mode == "both" and i % 2 == 0)
        if east and mode == "out" and i % 4 == 3:
            kind, place = (
                "省外其他地区",
                rng.choice(("广东省东莞市", "浙江省宁波市", "福建省厦门市")),
            )
            firm = f"{place[3:5]}{rng.choice(('鸿达', '恒新', '嘉华'))}电子厂"
        elif east:
            kind = "省外（到东部）" if mode == "both" else "到东部"
            place = f"山东省济南市{rng.choice(('历城区', '章丘区', '长清区', '天桥区'))}"
            firm = rng.choice(EAST_FIRMS)
        else:
            kind = "省内就近"
            place = f"{u.full}{rng.choice(u.towns)}" if rng.random() < 0.7 else "云岭州工业园区"
            firm = rng.choice(("扶贫车间", "农业合作社", "工业园区企业", "茶叶加工厂"))
        rows.append(
            [
                i + 1,
                town,
                vil,
                name,
                sex,
                pid,
                "是",
                kind,
                place,
                firm,
                rng.choice(("普工", "缝纫工", "装配工", "采茶工", "保洁")),
                f"2019.{rng.randrange(1, 11):02d}",
                rng.randrange(20, 55) * 100,
                rng.choice(("有组织", "自主")),
                "",
            ]
        )
    roles = {
        "村": 2,
        "姓名": 3,
        "性别": 4,
        "身份证号": 5,
        "就业类型": 7,
        "就业地点": 8,
        "月收入": 12,
    }
    sheet = Sheet(header, rows, roles=roles, title=s["title"], pre=s.get("pre", []))
    return finish_sheet(sheet, "ledger.labour", s)


def make_training_ledger(u: Unit, s: Spec) -> Made:
    """培训台账; s["leaders"] adds 贫困村创业致富带头人 classes."""
    rng = rng_for(s["path"])
    header: Header = [
        "序号",
        "培训名称",
        "培训类别",
        "主办单位",
        "培训时间",
        "培训地点",
        "天数",
        "参训人数",
        "其中贫困劳动力",
        "东部师资",
        "备注",
    ]
    names = [
        "家政服务技能培训班",
        "电商技能培训班",
        "中式烹调培训班",
        "缝纫工技能培训班",
        "茶叶种植管理培训班",
        "乡村干部能力提升培训班",
    ]
    if s.get("leaders"):
        names[1:1] = [
            "贫困村创业致富带头人培训班（第一期）",
            "贫困村创业致富带头人培训班（第二期）",
        ]
    rows: list[list[Cell]] = []
    for i, name in enumerate(names[: s.get("n", 7)]):
        people = rng.randrange(30, 120)
        # s["vague"]: rows whose 参训人数 was typed as "若干" (a row the inspector rejects)
        count: Cell = "若干" if i in s.get("vague", ()) else people
        rows.append(
            [
                i + 1,
                name,
                "干部" if "干部" in name else "劳动力技能",
                f"{u.lvl}人社局" if "带头人" not in name else f"{u.lvl}扶贫办",
                f"2019.{rng.randrange(3, 12):02d}",
                f"{u.full}{rng.choice(u.towns)}",
                rng.randrange(3, 15),
                count,
                people - rng.randrange(0, 20),
                rng.choice(("是", "否")),
                "",
            ]
        )
    counted = sum(float(r[7]) for r in rows if isinstance(r[7], int | float))
    roles = {"培训名称": 1, "培训时间": 4, "培训地点": 5, "参训人数": 7, "其中贫困人口": 8}
    sheet = Sheet(
        header,
        rows,
        roles=roles,
        title=s.get("title"),
        pre=s.get("pre", []),
        total=total_row(len(header), {7: counted}),
    )
    return finish_sheet(sheet, "ledger.training", s)


def public_post_rows(rng: random.Random, u: Unit, n: int) -> tuple[list[str], list[list[Cell]]]:
    header = [
        "序号",
        "乡镇",
        "村",
        "姓名",
        "性别",
        "身份证号",
        "岗位名称",
        "上岗时间",
        "月补贴（元）",
        "备注",
    ]
    rows: list[list[Cell]] = []
    for i, (name, sex, pid) in enumerate(roster_people(rng, u, n)):
        town, vil = village(rng, u)
        rows.append(
            [
                i + 1,
                town,
                vil,
                name,
                sex,
                pid,
                rng.choice(("护林员", "保洁员", "河道巡查员", "公路养护员", "村级就业信息员")),
                f"2019.{rng.randrange(1, 10):02d}",
                rng.choice((500, 600, 800)),
                "",
            ]
        )
    return header, rows


PUBLIC_POST_ROLES = {"村": 2, "姓名": 3, "性别": 4, "身份证号": 5, "公益性岗位": 6}


def make_public_post_ledger(u: Unit, s: Spec) -> Made:
    rng = rng_for(s["path"])
    header, rows = public_post_rows(rng, u, s.get("n", 12))
    sheet = Sheet(
        list(header), rows, roles=PUBLIC_POST_ROLES, title=s.get("title"), pre=s.get("pre", [])
    )
    return finish_sheet(sheet, "ledger.public_post", s)


def make_public_post_csv(u: Unit, s: Spec) -> Made:
    """The same ledger as an Excel 'CSV' export: GBK, CRLF, the title on the first line."""
    rng = rng_for(s["path"])
    header, rows = public_post_rows(rng, u, s.get("n", 10))
    sheet = Sheet(list(header), rows, roles=PUBLIC_POST_ROLES, title=s["title"])
    planted = Planted(s["path"], "ledger.public_post", text=sheet.text(), ledger=sheet)
    return Made(planted, csv_gbk(sheet))


def make_workshop_ledger(u: Unit, s: Spec) -> Made:
    rng = rng_for(s["path"])
    header: Header = [
        "序号",
        "车间名称",
        "所在乡镇村",
        "经营主体",
        "东部帮扶方",
        "投入资金（万元）",
        "生产项目",
        "吸纳就业人数",
        "其中贫困人口",
        "人均月收入（元）",
        "运营状态",
    ]
    rows: list[list[Cell]] = []
    for i in range(s.get("n", 6)):
        if u.lvl == "州":
            town, vil = COUNTIES[i % 7], rng.choice(VILLAGES) + "村"
        else:
            town, vil = village(rng, u)
        jobs = rng.randrange(20, 120)
        rows.append(
            [
                i + 1,
                f"{vil}{rng.choice(('服饰', '电子', '箱包', '假发', '竹编'))}扶贫车间",
                f"{town}{vil}",
                f"{u.short}{rng.choice(('鑫源', '锦绣', '恒丰'))}有限公司",
                rng.choice(EAST_FIRMS),
                money(rng, 50, 300),
                rng.choice(("服装加工", "电子元件组装", "箱包加工", "竹编工艺品")),
                jobs,
                jobs // 2,
                rng.randrange(18, 35) * 100,
                "正常运营",
            ]
        )
    roles = {"车间名称": 1, "吸纳就业人数": 7, "其中贫困人口": 8, "月收入": 9}
    sheet = Sheet(header, rows, roles=roles, title=s.get("title"))
    return finish_sheet(sheet, "ledger.workshop", s)


# --------------------------------------------------------------------------------------
# Noise and damaged files
# --------------------------------------------------------------------------------------


def make_lockfile(u: Unit, s: Spec) -> Made:
    return Made(Planted(s["path"], None), noise.owner_file())


def make_thumbs(u: Unit, s: Spec) -> Made:
    return Made(Planted(s["path"], None), noise.thumbs_db())


def make_desktop_ini(u: Unit, s: Spec) -> Made:
    return Made(Planted(s["path"], None), noise.desktop_ini())


def make_empty(u: Unit, s: Spec) -> Made:
    return Made(Planted(s["path"], None, readable=False, problems=("empty_file",)), b"")


def make_truncated(u: Unit, s: Spec) -> Made:
    """A docx cut off in the middle (a failed copy from a USB stick)."""
    inner = MAKERS[s["inner"]["make"]](u, {**s["inner"], "path": s["path"]})
    planted = Planted(s["path"], None, readable=False, name_kind=s.get("name_kind"),
                      problems=("unreadable",))  # fmt: skip
    return Made(planted, inner.data[: s.get("keep", 5000)])


def make_memo(u: Unit, s: Spec) -> Made:
    text = "待办：\r\n1. 请各县周五前补交台账电子版\r\n2. 照片按单位分文件夹存放\r\n"
    return Made(Planted(s["path"], "other", text=text), text.encode("gbk"))


MAKERS: dict[str, Callable[[Unit, Spec], Made]] = {
    "minutes": make_minutes,
    "appointment": make_appointment,
    "work_division": make_work_division,
    "letter": make_letter,
    "plan": make_plan,
    "measures": make_measures,
    "policy": make_policy,
    "report": make_report,
    "county_summary": make_county_summary,
    "case": make_case,
    "agreement": make_agreement,
    "news": make_news,
    "speech": make_speech,
    "agenda": make_agenda,
    "signin": make_signin,
    "txt_report": make_text_report,
    "scan_pdf": make_scan_pdf,
    "photo": make_photo,
    "screenshot": make_screenshot,
    "fund": make_fund_ledger,
    "project_plan": make_project_plan,
    "cadre": make_cadre_ledger,
    "talent": make_talent_ledger,
    "enterprise": make_enterprise_ledger,
    "roster": make_roster,
    "labour": make_labour_ledger,
    "training": make_training_ledger,
    "public_post": make_public_post_ledger,
    "public_post_csv": make_public_post_csv,
    "workshop": make_workshop_ledger,
    "lockfile": make_lockfile,
    "thumbs": make_thumbs,
    "desktop_ini": make_desktop_ini,
    "empty": make_empty,
    "truncated": make_truncated,
    "memo": make_memo,
}


# --------------------------------------------------------------------------------------
# The plan: every unit, its layout, its planted state and its files
# --------------------------------------------------------------------------------------


def F(path: str, make: str, **kw: Any) -> Spec:
    """One row of the plan: a path inside the unit, a maker and its arguments."""
    return {"path": path, "make": make, **kw}


def shot(taken: str) -> str:
    """EXIF DateTimeOriginal from '2019-05-12 09:30:12'."""
    return taken.replace("-", ":")


QX = "青溪县"
PLAN: list[dict[str, Any]] = [
    {
        "unit": "青溪县",
        "layout": "numbered inspection layout (1.组织领导/1-1 高层联席会议/…), 1-1-1 names",
        "state": "nearly complete, all bonus items present; labour.workshops missing; "
        "shares a photo with 石岭县 and a person with 凤栖市",
        "files": [
            F(
                "1.组织领导/1-1 高层联席会议/附件1.docx",
                "minutes",
                meeting="joint",
                date="2019-04-18",
            ),
            F(
                "1.组织领导/1-1 高层联席会议/1-1-1 在2019年青溪·历城东西部扶贫协作高层联席会议上的讲话.docx",
                "speech",
                meeting="2019年青溪·历城东西部扶贫协作高层联席会议",
                date="2019-04-18",
            ),
            F(
                "1.组织领导/1-1 高层联席会议/1-1-2 会议议程.docx",
                "agenda",
                meeting="2019年青溪·历城东西部扶贫协作高层联席会议",
                date="2019-04-18",
            ),
            F(
                "1.组织领导/1-1 高层联席会议/1-1-3 联席会议现场.jpg",
                "photo",
                scene="meeting",
                taken=shot("2019-04-18 10:12:40"),
            ),
            F(
                "1.组织领导/1-2 党委政府会议研究/1-2-1 县委常委会会议纪要（第3次）.docx",
                "minutes",
                meeting="party",
                date="2019-03-05",
                seq=3,
            ),
            F(
                "1.组织领导/1-2 党委政府会议研究/1-2-2 县政府常务会议纪要〔2019〕7号.docx",
                "minutes",
                meeting="gov",
                date="2019-05-20",
                seq=7,
                printed=False,
            ),
            F(
                "1.组织领导/1-3 对接函件/1-3-1 关于商请开展2019年东西部扶贫协作对接工作的函.docx",
                "letter",
                subject="商请开展2019年东西部扶贫协作对接工作",
                date="2019-02-26",
            ),
            F(
                "1.组织领导/1-3 对接函件/1-3-2 历城区复函.docx",
                "letter",
                reply=True,
                subject="同意开展东西部扶贫协作对接工作",
                date="2019-03-08",
            ),
            F(
                "1.组织领导/1-4 活动方案/1-4-1 青溪县2019年东西部扶贫协作工作实施方案.docx",
                "plan",
                title="青溪县2019年东西部扶贫协作工作实施方案",
                date="2019-03-15",
                table=True,
            ),
            F(
                "1.组织领导/1-5 影像资料/1-5-1 县委书记率队赴历城区对接.jpg",
                "photo",
                scene="signing",
                taken=shot("2019-04-22 15:40:03"),
            ),
            F(
                "1.组织领导/1-5 影像资料/IMG_20190512_093012.jpg",
                "photo",
                scene="field",
                taken=shot("2019-05-12 09:30:12"),
            ),
            F(
                "1.组织领导/1-5 影像资料/1-5-3 签约仪式.jpg",
                "photo",
                scene="signing",
                shared="签约仪式",
                taken=shot("2019-06-26 10:05:51"),
            ),
            F(
                "1.组织领导/1-5 影像资料/1-5-4 产业园考察（调色）.jpg",
                "photo",
                scene="field",
                taken=shot("2019-07-03 15:20:10"),
                software="Adobe Photoshop CC 2019 (Windows)",
            ),
            F("1.组织领导/1-5 影像资料/Thumbs.db", "thumbs"),
            F(
                "1.组织领导/1-6 新闻报道/1-6-1 云岭日报：青溪历城携手奔小康.docx",
                "news",
                title="青溪历城携手奔小康 山海协作结硕果",
                date="2019-04-20",
                event="2019-04-18",
                lead="2019年青溪·历城东西部扶贫协作高层联席会议在青溪县召开。",
            ),
            F(
                "1.组织领导/1-6 新闻报道/微信截图_20190620143015.png",
                "screenshot",
                name_date="2019-06-20",
            ),
            F(
                "2.人才交流/2-1 挂职干部/2-1-1 关于王建国同志挂职任职的通知.docx",
                "appointment",
                date="2019-03-01",
                people=[("王建国", "济南市历城区发展和改革局副局长", "青溪县人民政府副县长")],
            ),
            F(
                "2.人才交流/2-1 挂职干部/2-1-2 东部挂职干部台账.xlsx",
                "cadre",
                n=5,
                title="青溪县东部挂职干部台账",
                people=[("王建国", "济南市历城区发展和改革局", "青溪县人民政府", "副县长")],
            ),
            F(
                "2.人才交流/2-1 挂职干部/2-1-3 关于东部挂职干部保障条件落实情况的报告.docx",
                "report",
                topic="support",
                date="2019-07-10",
            ),
            F(
                "2.人才交流/2-1 挂职干部/2-1-4 关于调整县政府领导工作分工的通知.docx",
                "work_division",
                date="2019-03-20",
            ),
            F(
                "2.人才交流/2-2 专业技术人才/2-2-1 专业技术人才交流台账.xlsx",
                "talent",
                n=9,
                title="2019年青溪县专业技术人才交流台账",
            ),
            F(
                "3.资金使用/3-1 管理办法/3-1-1 关于印发《青溪县东西部扶贫协作资金项目管理办法》的通知.docx",
                "measures",
                title="青溪县东西部扶贫协作资金项目管理办法",
                date="2019-04-02",
            ),
            F(
                "3.资金使用/3-2 资金台账/3-2-1 2019年东西部扶贫协作资金项目台账.xlsx",
                "fund",
                title="2019年青溪县东西部扶贫协作资金项目台账",
                blank=True,
                pre=["填报单位：青溪县扶贫协作办（盖章）\u3000\u3000\u3000\u3000单位：万元"],
                amount="资金（万元）",
                use="用途类别",
                n=14,
            ),
            F(
                "4.产业合作/4-1 关于支持东部企业来青溪投资兴业的若干措施.docx",
                "policy",
                title="青溪县人民政府关于支持东部企业来青溪投资兴业的若干措施",
                date="2019-05-08",
            ),
            F(
                "4.产业合作/4-2 落地企业台账.xlsx",
                "enterprise",
                n=6,
                title="青溪县东西部扶贫协作落地企业台账",
            ),
            F(
                "4.产业合作/4-3 带动贫困人口花名册.xlsx",
                "roster",
                n=18,
                title="青溪县东部企业带动贫困人口花名册",
                shared="跨县重复人员",
                shared_from=QX,
            ),
            F(
                "5.劳务协作/5-1 贫困劳动力省外就业台账.xlsx",
                "labour",
                mode="out",
                n=20,
                title="2019年青溪县建档立卡贫困劳动力省外转移就业台账",
            ),
            F(
                "5.劳务协作/5-2 省内就近就业台账.xlsx",
                "labour",
                mode="in",
                n=12,
                title="2019年青溪县贫困劳动力省内就近就业台账",
            ),
            F(
                "5.劳务协作/5-3 劳务培训台账.xlsx",
                "training",
                leaders=True,
                n=8,
                title="2019年青溪县东西部劳务协作培训台账",
            ),
            F(
                "5.劳务协作/5-4 公益性岗位台账.csv",
                "public_post_csv",
                n=10,
                title="青溪县公益性岗位台账",
            ),
            F(
                "6.携手奔小康/6-1 青溪县与历城区结对帮扶协议.pdf",
                "agreement",
                format="pdf",
                topic="pairing",
                title="济南市历城区 青溪县携手奔小康结对帮扶协议",
                date="2019-06-26",
            ),
            F(
                "6.携手奔小康/6-2 县委书记带队赴历城区对接情况报告.docx",
                "report",
                topic="visit",
                title="关于县委书记带队赴济南市历城区考察对接情况的报告",
                trip="2019-04-22",
                date="2019-04-25",
            ),
            F(
                "6.携手奔小康/6-3 情况说明.txt",
                "txt_report",
                date="2019-11-28",
                title="关于青溪县携手奔小康行动惠及贫困人口情况的说明",
            ),
            F(
                "7.创新工作/7-1 典型案例：青溪县“山海同心”助力深度贫困村脱贫.docx",
                "case",
                title="青溪县东西部扶贫协作典型案例：“山海同心”助力深度贫困村脱贫",
                date="2019-10-15",
            ),
            F(
                "7.创新工作/7-2 城乡建设用地增减挂钩结余指标跨省交易协议.docx",
                "agreement",
                topic="land",
                title="青溪县城乡建设用地增减挂钩结余指标跨省交易协议",
                date="2019-08-30",
            ),
            F(
                "8.2020年谋划/2020年东西部扶贫协作项目计划清单.xlsx",
                "project_plan",
                n=7,
                title="青溪县2020年东西部扶贫协作项目计划清单",
            ),
        ],
    },
    {
        "unit": "石岭县",
        "layout": "one flat folder, meaningless names (附件1.docx, 台账3.xlsx, 新建 Microsoft "
        "Word 文档.docx); 会议纪要.docx is a plan; a docx saved as .doc",
        "state": "nearly complete; talent.professional_ledger missing; a credit code with a "
        "wrong check character in the enterprise ledger; training ledger without "
        "带头人 (pairing.entrepreneur_training defective); work division proven by the "
        "appointment letter (协管); one labour ledger serves 省外 and 省内",
        "files": [
            F("附件1.docx", "minutes", meeting="joint", date="2019-05-16"),
            F(
                "新建 Microsoft Word 文档.docx",
                "minutes",
                meeting="party",
                date="2019-02-22",
                seq=2,
            ),
            F("附件2.docx", "minutes", meeting="gov", date="2019-06-03", seq=21),
            F(
                "会议纪要.docx",
                "plan",
                title="石岭县2019年携手奔小康行动活动方案",
                date="2019-03-28",
            ),
            F("~$会议纪要.docx", "lockfile"),
            F(
                "关于印发活动方案的通知.doc",
                "plan",
                wrapped=True,
                mismatch=True,
                title="石岭县东西部扶贫协作消费扶贫专项活动方案",
                date="2019-08-12",
            ),
            F(
                "石政办函〔2019〕15号 关于商请对接劳务协作工作的函.docx",
                "letter",
                subject="商请对接劳务协作工作",
                date="2019-04-09",
            ),
            F(
                "附件3.docx",
                "appointment",
                date="2019-02-28",
                cowork=True,
                people=[("刘志强", "济南市章丘区商务局副局长", "石岭县人民政府副县长")],
            ),
            F(
                "挂职干部保障情况.docx",
                "report",
                topic="support",
                date="2019-06-30",
                title="关于东部挂职干部和专业技术人才保障条件的情况报告",
            ),
            F(
                "资金管理办法.docx",
                "measures",
                title="石岭县东西部扶贫协作资金管理办法（试行）",
                date="2019-04-15",
                cn_date=True,
                wrapped=False,
            ),
            F(
                "台账1.xlsx",
                "fund",
                amount="资金规模（万元）",
                location="建设地点",
                use="项目类别",
                n=11,
                title="石岭县2019年东西部扶贫协作资金项目台账",
            ),
            F("台账2.xlsx", "enterprise", n=5, bad_code=(3,), title="石岭县落地企业台账"),
            F("台账3.xlsx", "roster", n=15, title="石岭县产业带动贫困人口花名册"),
            F(
                "台账4.xlsx",
                "labour",
                mode="both",
                n=18,
                title="2019年石岭县贫困劳动力转移就业台账",
            ),
            F("台账5.xlsx", "training", n=6, title="石岭县2019年劳务培训台账"),
            F("台账6.xlsx", "public_post", n=12, title="石岭县公益性岗位开发台账"),
            F("台账7.xlsx", "workshop", n=5, title="石岭县扶贫车间台账"),
            F(
                "挂职干部名单.xlsx",
                "cadre",
                n=4,
                people=[("刘志强", "济南市章丘区商务局", "石岭县人民政府", "副县长")],
            ),
            F(
                "新闻.docx",
                "news",
                title="石岭章丘携手奔小康 劳务协作促增收",
                date="2019-05-18",
                event="2019-05-16",
                lead="2019年石岭·章丘东西部扶贫协作高层联席会议召开。",
            ),
            F(
                "IMG_20190516_101522.jpg",
                "photo",
                scene="meeting",
                taken=shot("2019-05-16 10:15:22"),
            ),
            F(
                "IMG_20190516_102040.jpg",
                "photo",
                scene="meeting",
                taken=shot("2019-05-16 10:20:40"),
            ),
            F("微信图片_20190618103055.jpg", "photo", scene="workshop", name_date="2019-06-18"),
            F(
                "签约现场.jpg",
                "photo",
                scene="signing",
                shared="签约仪式",
                taken=shot("2019-06-26 10:05:51"),
            ),
            F(
                "领导讲话.docx",
                "speech",
                meeting="石岭县东西部扶贫协作工作推进会",
                date="2019-07-05",
            ),
            F(
                "2020年项目计划.xlsx",
                "project_plan",
                n=6,
                title="石岭县2020年东西部扶贫协作项目计划清单",
            ),
        ],
    },
    {
        "unit": "龙湾县",
        "layout": "folders by type (会议纪要/ 图片/ 台账/ 文件/ 新闻/)",
        "state": "常委会 minutes only from 2018 (out of period); fund ledger without 实施地点; "
        "enterprise 投资额 '待定'; appointment without 分管/协管; unreadable 总结; "
        "many items missing",
        "files": [
            F(
                "会议纪要/龙湾县委常委会会议纪要（2018年第28次）.docx",
                "minutes",
                meeting="party",
                date="2018-12-20",
                seq=28,
            ),
            F(
                "会议纪要/县政府常务会议纪要.docx",
                "minutes",
                meeting="gov",
                date="2019-04-11",
                seq=9,
            ),
            F(
                "会议纪要/龙湾·长清高层联席会议纪要.docx",
                "minutes",
                meeting="joint",
                date="2019-05-23",
            ),
            F("图片/DSC_0231.JPG", "photo", scene="meeting", taken=shot("2019-05-23 09:41:07")),
            F("图片/DSC_0236.JPG", "photo", scene="meeting", taken=shot("2019-05-23 09:58:31")),
            F("图片/DSC_0412.JPG", "photo", scene="field", taken=shot("2019-07-09 15:22:10")),
            F("图片/DSC_0587.JPG", "photo", scene="workshop", taken=shot("2019-09-17 11:03:45")),
            F(
                "台账/资金项目台账.xlsx",
                "fund",
                amount="金额（万元）",
                location=None,
                use="资金类别",
                n=9,
                title="2019年龙湾县东西部扶贫协作资金项目台账",
            ),
            F(
                "台账/落地企业台账.xlsx",
                "enterprise",
                style="short",
                pending=(2, 4),
                n=6,
                title="龙湾县东西部扶贫协作落地企业台账",
            ),
            F(
                "台账/贫困劳动力省外务工台账.xlsx",
                "labour",
                mode="out",
                n=14,
                title="龙湾县建档立卡贫困劳动力省外务工台账",
            ),
            F(
                "台账/挂职干部台账.xlsx",
                "cadre",
                n=3,
                title="龙湾县东部挂职干部台账",
                people=[("赵立新", "济南市长清区发展和改革局", "龙湾县发展和改革局", "副局长")],
            ),
            F(
                "台账/2020年项目库.xlsx",
                "project_plan",
                n=5,
                title="龙湾县2020年东西部扶贫协作项目库",
            ),
            F(
                "文件/关于做好东西部扶贫协作对接工作的函.docx",
                "letter",
                subject="做好东西部扶贫协作对接工作",
                date="2019-03-12",
            ),
            F(
                "文件/2019年工作总结.docx",
                "truncated",
                name_kind="report",
                inner={
                    "make": "report",
                    "topic": "summary",
                    "date": "2019-12-02",
                    "title": "龙湾县2019年东西部扶贫协作工作总结",
                },
            ),
            F(
                "文件/龙湾县东西部扶贫协作项目资金管理办法.docx",
                "measures",
                title="龙湾县东西部扶贫协作项目资金管理办法",
                date="2019-05-06",
            ),
            F(
                "文件/关于赵立新同志挂职的通知.docx",
                "appointment",
                date="2019-03-11",
                people=[("赵立新", "济南市长清区发展和改革局副局长", "龙湾县发展和改革局副局长")],
            ),
            F(
                "新闻/龙湾县党政代表团赴长清区考察对接.docx",
                "news",
                title="龙湾县党政代表团赴长清区考察对接",
                date="2019-05-24",
                event="2019-05-22",
                lead="龙湾县党政代表团赴济南市长清区考察对接东西部扶贫协作工作。",
            ),
        ],
    },
    {
        "unit": "白沙县",
        "layout": "nested by month (2019年/05月/…)",
        "state": "only 2 photos (org.photos insufficient); roster with a wrong check digit; "
        "only appointment letter has no 发文字号; minutes mention both 常委会 and "
        "联席会议; no 常务会议; scanned PDF",
        "files": [
            F(
                "2019年/02月/关于商请开展扶贫协作对接的函.docx",
                "letter",
                subject="商请开展东西部扶贫协作对接",
                date="2019-02-20",
            ),
            F(
                "2019年/03月/白沙县2019年东西部扶贫协作工作要点.docx",
                "plan",
                title="白沙县2019年东西部扶贫协作工作要点",
                date="2019-03-06",
            ),
            F(
                "2019年/03月/关于陈晓东同志挂职任职的通知.docx",
                "appointment",
                docno=False,
                cowork=True,
                date="2019-03-18",
                people=[
                    ("陈晓东", "济南市槐荫区人力资源和社会保障局副局长", "白沙县人民政府副县长")
                ],
            ),
            F(
                "2019年/04月/白沙县委常委会会议纪要.docx",
                "minutes",
                meeting="party",
                also=["joint"],
                date="2019-04-09",
                seq=6,
            ),
            F(
                "2019年/05月/IMG_20190509_150233.jpg",
                "photo",
                scene="field",
                taken=shot("2019-05-09 15:02:33"),
            ),
            F(
                "2019年/05月/IMG_20190509_151010.jpg",
                "photo",
                scene="field",
                taken=shot("2019-05-09 15:10:10"),
            ),
            F(
                "2019年/05月/白沙县党政代表团赴槐荫区对接扶贫协作工作.docx",
                "news",
                title="白沙县党政代表团赴槐荫区对接扶贫协作工作",
                date="2019-05-11",
                event="2019-05-09",
                lead="白沙县党政代表团赴济南市槐荫区对接东西部扶贫协作工作。",
            ),
            F("2019年/06月/扫描件001.pdf", "scan_pdf", saved="2019-06-14"),
            F(
                "2019年/06月/白沙县东西部扶贫协作资金项目管理办法.docx",
                "measures",
                title="白沙县东西部扶贫协作资金项目管理办法",
                date="2019-06-12",
                cn_date=True,
            ),
            F(
                "2019年/07月/资金项目台账（7月更新）.xlsx",
                "fund",
                amount="拨付资金（万元）",
                use="资金用途",
                n=8,
                title="白沙县东西部扶贫协作资金项目台账",
                saved="2019-07-31",
            ),
            F(
                "2019年/08月/带动贫困人口花名册.xlsx",
                "roster",
                defect="invalid",
                n=16,
                title="白沙县东西部扶贫协作带动贫困人口花名册",
                saved="2019-08-20",
            ),
            F(
                "2019年/09月/劳务协作省内就近就业台账.xlsx",
                "labour",
                mode="in",
                n=10,
                title="白沙县贫困劳动力省内就近就业台账",
                saved="2019-09-25",
            ),
            F(
                "2019年/10月/贫困村创业致富带头人培训台账.xlsx",
                "training",
                leaders=True,
                n=5,
                vague=(3,),
                title="白沙县贫困村创业致富带头人培训台账",
                saved="2019-10-30",
            ),
            F(
                "2019年/11月/2020年项目计划清单.xlsx",
                "project_plan",
                n=6,
                title="白沙县2020年东西部扶贫协作项目计划清单",
                saved="2019-11-29",
            ),
            F(
                "2019年/12月/2019年东西部扶贫协作工作总结.docx",
                "report",
                topic="summary",
                title="白沙县2019年东西部扶贫协作工作总结",
                date="2019-12-05",
            ),
        ],
    },
    {
        "unit": "金竹县",
        "layout": "misleading folder names: minutes in 图片/, a photo in 文件/, a plan in 台账/",
        "state": "only generic minutes (no 联席会议/常委会/常务会议: all three defective); roster "
        "lists one ID twice; empty xlsx; talent, funds and most labour items missing",
        "files": [
            F(
                "图片/2019年扶贫协作工作推进会会议纪要.docx",
                "minutes",
                meeting="generic",
                date="2019-07-16",
                seq=4,
            ),
            F("图片/IMG_4021.JPG", "photo", scene="meeting", taken=shot("2019-07-16 09:12:05")),
            F("图片/IMG_4022.JPG", "photo", scene="meeting", taken=shot("2019-07-16 09:47:50")),
            F("文件/现场照片.jpg", "photo", scene="workshop", taken=shot("2019-08-07 16:20:18")),
            F(
                "文件/金竹县人民政府办公室关于商请选派专业技术人才的函.docx",
                "letter",
                subject="商请选派专业技术人才",
                date="2019-04-02",
            ),
            F(
                "台账/关于印发金竹县扶贫车间建设实施方案的通知.docx",
                "plan",
                wrapped=True,
                title="金竹县东西部扶贫协作扶贫车间建设实施方案",
                date="2019-05-10",
            ),
            F(
                "台账/带动贫困人口花名册.xlsx",
                "roster",
                defect="duplicate",
                n=13,
                title="金竹县带动贫困人口花名册",
            ),
            F("台账/扶贫车间台账.xlsx", "workshop", n=4, title="金竹县扶贫车间台账"),
            F("台账/公益性岗位台账.xlsx", "public_post", n=9, title="金竹县公益性岗位台账"),
            F("台账/新建 Microsoft Excel 工作表.xlsx", "empty"),
            F(
                "会议/金竹县东西部扶贫协作工作推进会议程.docx",
                "agenda",
                meeting="金竹县东西部扶贫协作工作推进会",
                date="2019-07-16",
            ),
            F(
                "会议/签到表.docx",
                "signin",
                meeting="金竹县东西部扶贫协作工作推进会",
                date="2019-07-16",
            ),
            F(
                "政策/关于进一步支持东部企业投资金竹县的实施意见.docx",
                "policy",
                title="金竹县人民政府关于进一步支持东部企业投资兴业的实施意见",
                date="2019-06-20",
            ),
            F(
                "新闻/金竹天桥携手奔小康 产业合作结硕果.docx",
                "news",
                title="金竹天桥携手奔小康 产业合作结硕果",
                date="2019-08-08",
                event="2019-08-07",
                lead="济南市天桥区援建的扶贫车间在金竹县投产。",
            ),
            F(
                "2020年东西部扶贫协作项目计划.xlsx",
                "project_plan",
                n=5,
                title="金竹县2020年东西部扶贫协作项目计划",
            ),
        ],
    },
    {
        "unit": "凤栖市",
        "layout": "one working folder with a 照片/ and a 台账/ subfolder; 〔〕 in names",
        "state": "photos without EXIF or dated names (org.photos defective, undated); roster "
        "shares a person with 青溪县; report without 保障; no plan, talent items "
        "mostly missing",
        "files": [
            F(
                "东西部扶贫协作资料/凤栖市委常委会会议纪要（第十二次）.docx",
                "minutes",
                meeting="party",
                date="2019-06-14",
                seq=12,
            ),
            F(
                "东西部扶贫协作资料/凤政办函〔2019〕21号 关于商请对接2019年劳务协作工作的函.docx",
                "letter",
                subject="商请对接2019年劳务协作工作",
                date="2019-03-19",
            ),
            F("东西部扶贫协作资料/照片/IMG_1234.jpg", "photo", scene="meeting"),
            F("东西部扶贫协作资料/照片/DSC_0057.JPG", "photo", scene="field"),
            F("东西部扶贫协作资料/照片/照片（1）.jpg", "photo", scene="signing"),
            F(
                "东西部扶贫协作资料/凤栖历下深化携手奔小康.docx",
                "news",
                title="凤栖历下深化携手奔小康 消费扶贫助农增收",
                date="2019-07-02",
                event="2019-06-28",
                lead="凤栖市农特产品展销会在济南市历下区开幕。",
            ),
            F(
                "东西部扶贫协作资料/关于市委书记带队赴历下区考察对接情况的报告.docx",
                "report",
                topic="visit",
                title="关于市委书记带队赴济南市历下区考察对接情况的报告",
                trip="2019-05-27",
                date="2019-05-30",
            ),
            F(
                "东西部扶贫协作资料/台账/凤栖市带动贫困人口花名册.xlsx",
                "roster",
                n=12,
                title="凤栖市带动贫困人口花名册",
                shared="跨县重复人员",
                shared_from=QX,
            ),
            F(
                "东西部扶贫协作资料/台账/转移就业台账（省外）.xlsx",
                "labour",
                mode="out",
                n=11,
                title="凤栖市贫困劳动力省外转移就业台账",
            ),
            F(
                "东西部扶贫协作资料/台账/凤栖市2019年东西部扶贫协作资金项目台账.xlsx",
                "fund",
                amount="投资额（万元）",
                location="项目地点",
                use="用途",
                n=7,
                title="凤栖市2019年东西部扶贫协作资金项目台账",
            ),
            F(
                "2020年东西部扶贫协作项目储备清单.xlsx",
                "project_plan",
                n=5,
                title="凤栖市2020年东西部扶贫协作项目储备清单",
            ),
        ],
    },
    {
        "unit": "云台县",
        "layout": "nearly empty folder",
        "state": "nearly empty: a letter, 2 photos and a 320x240 chat thumbnail (org.photos "
        "defective: low resolution; leader visits single kind), "
        "a cadre ledger, a 2020 list",
        "files": [
            F(
                "关于商请东西部扶贫协作对接的函.docx",
                "letter",
                subject="商请东西部扶贫协作对接",
                date="2019-11-26",
            ),
            F(
                "IMG_20191128_160512.jpg",
                "photo",
                scene="meeting",
                taken=shot("2019-11-28 16:05:12"),
            ),
            F("对接座谈会.jpg", "photo", scene="meeting", taken=shot("2019-11-28 16:31:40")),
            F(
                "微信图片_20191128170215.jpg",
                "photo",
                scene="meeting",
                size=(320, 240),
                taken=shot("2019-11-28 17:02:15"),
            ),
            F(
                "挂职干部名单.xlsx",
                "cadre",
                n=2,
                people=[("钱宇", "济南市市中区商务局", "云台县商务局", "副局长")],
            ),
            F(
                "2020年项目计划清单.xlsx",
                "project_plan",
                n=4,
                title="云台县2020年东西部扶贫协作项目计划清单",
            ),
            F("desktop.ini", "desktop_ini"),
        ],
    },
    {
        "unit": "州协作办",
        "layout": "flat with a 照片/ folder",
        "state": "org items present except 常务会议 minutes (defective: no 常务会议 minutes); "
        "case file gives all bonus items; news as a PDF with a text layer",
        "files": [
            F(
                "关于商请召开2019年云岭州·济南市高层联席会议的函.docx",
                "letter",
                subject="商请召开2019年云岭·济南东西部扶贫协作高层联席会议",
                date="2019-02-18",
            ),
            F(
                "云岭州2019年东西部扶贫协作工作要点.docx",
                "plan",
                wrapped=True,
                title="云岭州2019年东西部扶贫协作工作要点",
                date="2019-02-25",
            ),
            F(
                "2019年云岭州·济南市东西部扶贫协作高层联席会议纪要.docx",
                "minutes",
                meeting="joint",
                date="2019-03-28",
            ),
            F(
                "州委常委会会议纪要（2019年第9次）.docx",
                "minutes",
                meeting="party",
                date="2019-04-16",
                seq=9,
            ),
            F(
                "高层联席会议议程.docx",
                "agenda",
                meeting="2019年云岭·济南东西部扶贫协作高层联席会议",
                date="2019-03-28",
            ),
            F("照片/联席会议1.jpg", "photo", scene="meeting", taken=shot("2019-03-28 09:35:00")),
            F("照片/联席会议2.jpg", "photo", scene="signing", taken=shot("2019-03-28 11:02:16")),
            F(
                "照片/扶贫车间调研.jpg",
                "photo",
                scene="workshop",
                taken=shot("2019-09-05 14:48:29"),
            ),
            F(
                "云岭日报：州县协作迎国检.pdf",
                "news",
                format="pdf",
                title="我州扎实做好东西部扶贫协作迎国检准备",
                date="2019-11-22",
                event="2019-11-21",
                lead="全州东西部扶贫协作迎国检工作调度会召开。",
            ),
            F(
                "云岭州东西部扶贫协作典型案例汇编.docx",
                "case",
                title="云岭州东西部扶贫协作典型案例汇编",
                date="2019-11-30",
            ),
        ],
    },
    {
        "unit": "州委组织部",
        "layout": "flat",
        "state": "talent items all present; no 2020 project list",
        "files": [
            F(
                "关于选派东部挂职干部任职的通知.docx",
                "appointment",
                cowork=True,
                date="2019-03-04",
                people=[
                    ("曹文博", "济南市发展和改革委员会副主任", "云岭州人民政府副州长"),
                    ("孙晓峰", "济南市商务局副局长", "云岭州商务局副局长"),
                ],
            ),
            F(
                "2019年东西部扶贫协作党政挂职干部台账.xlsx",
                "cadre",
                breaks=True,
                n=9,
                title="2019年东西部扶贫协作党政挂职干部台账",
                people=[
                    ("曹文博", "济南市发展和改革委员会", "云岭州人民政府", "副州长"),
                    ("王建国", "济南市历城区发展和改革局", "青溪县人民政府", "副县长"),
                    ("刘志强", "济南市章丘区商务局", "石岭县人民政府", "副县长"),
                    ("赵立新", "济南市长清区发展和改革局", "龙湾县发展和改革局", "副局长"),
                    ("陈晓东", "济南市槐荫区人力资源和社会保障局", "白沙县人民政府", "副县长"),
                ],
            ),
            F(
                "专业技术人才交流台账.xlsx",
                "talent",
                n=12,
                title="云岭州专业技术人才交流台账",
                pre=["填报单位：州委组织部人才办"],
            ),
            F(
                "关于东部来云挂职干部和专业技术人才服务保障工作情况的报告.docx",
                "report",
                topic="support",
                date="2019-09-20",
                title="关于东部来云挂职干部和专业技术人才服务保障工作情况的报告",
            ),
        ],
    },
    {
        "unit": "州财政局",
        "layout": "flat",
        "state": "fund summary ledger: every county's own projects with the county as "
        "实施地点 (figures agree; grassroots_use defective); header cells with line "
        "breaks",
        "files": [
            F(
                "云岭州东西部扶贫协作财政援助资金管理办法.docx",
                "measures",
                title="云岭州东西部扶贫协作财政援助资金管理办法",
                date="2019-03-22",
                issuer="云岭州财政局",
                code="云州财农",
            ),
            F(
                "全州东西部扶贫协作资金汇总台账.xlsx",
                "fund",
                amount="金额\n（万元）",
                location="实施\n地点",
                use="资金\n用途",
                summary=True,
                title="2019年云岭州东西部扶贫协作资金汇总台账",
            ),
            F(
                "2020年州本级东西部扶贫协作项目计划.xlsx",
                "project_plan",
                n=6,
                title="云岭州2020年东西部扶贫协作项目计划（州本级）",
            ),
            F(
                "各县东西部扶贫协作主要指标汇总表.xlsx",
                "county_summary",
                title="2019年云岭州各县（市）东西部扶贫协作主要指标汇总表",
            ),
        ],
    },
    {
        "unit": "州人社局",
        "layout": "flat",
        "state": "all labour items and the 2020 list present",
        "files": [
            F(
                "2019年全州劳务协作省外转移就业台账.xlsx",
                "labour",
                mode="out",
                n=24,
                title="2019年云岭州贫困劳动力省外转移就业台账（到东部）",
            ),
            F(
                "2019年全州省内就近就业台账.xlsx",
                "labour",
                mode="in",
                n=15,
                title="2019年云岭州贫困劳动力省内就近就业台账",
            ),
            F("东西部劳务协作培训台账.xlsx", "training", n=6, title="云岭州东西部劳务协作培训台账"),
            F("公益性岗位开发台账.xlsx", "public_post", n=10, title="云岭州公益性岗位开发台账"),
            F("扶贫车间统计表.xlsx", "workshop", n=7, title="云岭州扶贫车间统计表"),
            F(
                "2020年劳务协作项目计划.xlsx",
                "project_plan",
                n=4,
                amount="计划资金\n（万元）",
                title="云岭州2020年东西部劳务协作项目计划",
            ),
        ],
    },
    {
        "unit": "其他资料",
        "layout": "a stray folder that matches no unit rule",
        "state": "unknown unit",
        "files": [
            F("备忘.txt", "memo"),
            F("DSC_0099.JPG", "photo", scene="field", taken=shot("2019-08-15 10:26:33")),
        ],
    },
]


# --------------------------------------------------------------------------------------
# Building the archive
# --------------------------------------------------------------------------------------


def plan_archive() -> Archive:
    """Every file of the plan, in memory: bytes and planted facts (nothing written)."""
    IDS.used.clear()
    SHARED_PHOTO.clear()
    SHARED_PEOPLE.clear()
    COUNTY_FUNDS.clear()
    COUNTY_PEOPLE.clear()
    archive = Archive()
    for entry in PLAN:
        unit = UNITS[entry["unit"]]
        for spec in entry["files"]:
            rel = f"{unit.name}/{spec['path']}"
            made = MAKERS[spec["make"]](unit, {**spec, "path": rel})
            if spec.get("mismatch"):
                made.planted.problems = (*made.planted.problems, "extension_mismatch")
            when = saved_at(made.planted.date or spec.get("saved"))
            archive.add(made.planted, made.data, when)
    return archive


def build(root: Path, truth_path: Path) -> dict[str, Any]:
    """Write the archive under ``root`` and its truth to ``truth_path``."""
    archive = plan_archive()
    archive.write(root)
    for folder in sorted(root.rglob("*"), key=lambda p: -len(p.parts)):
        if folder.is_dir():
            stamp = saved_at(DEFAULT_SAVED).timestamp()
            os.utime(folder, (stamp, stamp))
    rules = load_rules()
    unit_types = {e["unit"]: rules.unit_type(e["unit"]) for e in PLAN}
    write_json(truth_path, archive.truth(unit_types, problems=True))
    plan_total = sum(
        sum(float(v or 0) for v in f.ledger.values("计划资金"))
        for f in archive.files
        if f.kind == "ledger.project_plan" and f.ledger is not None
    )
    return {"files": len(archive.files), "plan2020_total": round(plan_total, 1),
            "bytes": sum(p.stat().st_size for p in root.rglob("*") if p.is_file())}  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "archive",
        nargs="?",
        type=Path,
        default=REPO / "sample_archive",
        help="folder to (re)create (default: <repo>/sample_archive)",
    )
    parser.add_argument(
        "--truth",
        type=Path,
        default=REPO / "tests" / "data" / "sample_truth.json",
        help="where to write the truth file",
    )
    parser.add_argument("--force", action="store_true",
                        help="allow deleting a non-empty folder not named sample_archive")  # fmt: skip
    args = parser.parse_args(argv)
    archive: Path = args.archive.resolve()
    if (archive.exists() and archive.name != "sample_archive" and any(archive.iterdir())
            and not args.force):  # fmt: skip
        parser.error(f"{archive} is not empty and not named sample_archive; use --force")
    stats = build(archive, args.truth.resolve())
    print(f"wrote {stats['files']} files ({stats['bytes'] / 1e6:.2f} MB) to {archive}; "
          f"2020 project lists total {stats['plan2020_total']} 万元")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
