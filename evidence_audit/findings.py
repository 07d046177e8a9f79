"""Problems: findings with a stable code, a message for people and optional details.

The codes are part of the report contract (see README, "Problem codes"). A problem is
data, never an exception: every stage yields problems and the audit goes on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

#: Every problem code the tool can emit, with what it means (shown in the README and in
#: ``evidence-audit codes``). Keys are stable ids; values are short Chinese explanations.
PROBLEM_CODES: MappingProxyType[str, str] = MappingProxyType(
    {
        # files: reading
        "empty_file": "文件为空（0 字节）",
        "unreadable": "文件已损坏或无法解析",
        "damaged_part": "文件内部有部分已损坏（压缩数据校验不符），读到的内容可能不完整",
        "encrypted": "文件有密码保护，无法读取内容",
        "extension_mismatch": "扩展名与实际文件格式不符（以实际内容为准）",
        "unsupported_format": "暂不支持读取该格式的内容",
        "content_not_read": "未能读取正文，仅凭文件名、路径和元数据分类",
        "no_text_layer": "扫描件（PDF 无文字层），仅凭文件名、路径和元数据分类",
        "garbled_text": "PDF 的文字层是乱码（字体没有字符映射），仅凭文件名、路径和元数据分类",
        "ocr_text": "扫描件的正文由文字识别（OCR）得到，个别字可能有误",
        "permission_denied": "没有读取该文件的权限",
        "file_vanished": "扫描期间文件消失或被修改",
        "file_too_large": "文件超过大小上限，未读取内容",
        "image_too_large": "图片像素数超过上限（疑似解压炸弹），未解码",
        "container_limit": "压缩包超过大小、压缩比或嵌套层数上限",
        "container_not_read": "压缩包格式（rar、gz 等）无法直接读取，请人工解压检查",
        "timeout": "读取超时，已跳过",
        "name_clash": "同一目录下存在仅 Unicode 规范化形式不同的同名文件",
        "name_encoding": "文件名不是 UTF-8 编码（已按 GBK 解码显示，或以 \\xNN 显示无法解码的字节）",
        "name_control_chars": "文件名含控制字符（已以 \\xNN 显示）",
        "path_too_long": "路径超过系统允许的长度，许多程序无法打开该文件",
        "rows_limit": "台账行数超过读取上限，只读取了前面的行：需要逐行核对的检查不会判为通过",
        "low_confidence": "文件类型识别把握不足，未计入任何事项",
        # items
        "out_of_period": "日期不在规则集规定的期间内",
        "undated": "无法确定文件日期",
        "missing_keyword": "标题或正文未提及事项要求的关键词",
        "missing_columns": "台账缺少必需的列",
        "no_data_rows": "台账没有数据行",
        "invalid_number": "数值列中有非数字内容",
        "no_matching_rows": "台账中没有符合要求的行",
        "invalid_id": "身份证号校验失败（GB 11643）",
        "duplicate_id": "同一身份证号重复登记",
        "invalid_credit_code": "统一社会信用代码校验失败（GB 32100）",
        "invalid_row": "台账行不符合要求（数字、日期、姓名等）",
        "low_resolution": "照片分辨率低于要求",
        "edited_photo": "照片经过编辑软件处理，请核实",
        "no_doc_number": "缺少发文字号",
        "bad_doc_number": "发文字号格式不规范（年份应使用六角括号〔〕）",
        "single_kind": "相互印证的材料只有一种类型，至少需要两种",
        "ratio_not_computable": "无法计算比例：台账缺少用途/类别或金额列",
        "duplicate_file": "内容完全相同的文件，只计一次",
        "unit_folder_missing": "未找到该单位的文件夹",
        "unknown_unit": "文件夹名称无法识别为任何单位类型",
        # cross-unit checks
        "duplicate_photo": "同一张照片被重复使用",
        "duplicate_person": "同一人员被重复统计",
        "figures_inconsistent": "汇总台账与下级单位台账的数据不一致",
        "target_not_met": "未达到规则集为单位声明的目标值",
        "total_below_target": "合计低于要求",
        "check_not_run": "该项检查未能运行",
    }
)


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding about a file, an item or a check.

    ``details`` holds machine-readable context (sheet, row, column, value…); every
    string in it that may carry personal data is masked before it is stored.
    """

    code: str
    message: str
    file: str | None = None
    details: tuple[tuple[str, Any], ...] = field(default=())

    def __post_init__(self) -> None:
        if self.code not in PROBLEM_CODES:
            raise ValueError(f"unknown problem code {self.code!r}")

    def with_file(self, file: str) -> Problem:
        """The same problem attached to ``file``."""
        return Problem(self.code, self.message, file, self.details)
