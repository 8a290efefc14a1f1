"""A document's record printed with it, fields a line (an office system's export: 标　　题：…, 文　　号：…) or a
grid (a site's 信息公开 grid, 索引号｜…｜主题分类｜…; a 明传电报's head, 发电单位｜…｜明电编号｜…): the fields an
analyst would file the document by. Pure functions."""

from __future__ import annotations

import re

from bri_kb.ingest.conventions import CELL

# An office system's record of a document, a field a line above its text (labels spaced out: 标　　题：),
# each field's key in the header ("" for a field kept as a header line only).
RECORD_FIELD = re.compile(r"^([\u4e00-\u9fff][\u4e00-\u9fff\s]{1,8}?)\s*[:：]\s*(.+)$")
NEXT_FIELD = re.compile(r"\s+(?=[\u4e00-\u9fff]{2,6}\s*[:：])")  # where a second field starts on a record's line
RECORD_KEYS = {"标题": "标题", "名称": "标题", "公开方式": "",
                "文号": "发文字号", "发文字号": "发文字号", "发文单位": "发布部门", "发文机关": "发布部门",
                "发布机构": "发布部门", "发布日期": "发布日期", "成文日期": "成文日期",
                "印发日期": "成文日期", "索引号": "", "密级": "", "主题词": "",
                "主题分类": "", "信息来源": "", "失效日期": "", "协议编号": "", "合同编号": "", "登记号": "", "有效性": "", "统一编号": "",
                "规范性文件登记号": "",
                "生效日期": "施行日期", "实施日期": "施行日期",
                # a 明传电报's head (发电单位｜…｜签批盘号｜…｜明电编号｜…)
                "发电单位": "发布部门", "明电编号": "发文字号", "明传编号": "发文字号", "等级": "", "签批盘号": "", "发电时间": "",
                "页数": "",
                # a 示范文本's number on its cover (示范文本编号：GF-2024-0201), by which it is cited
                "示范文本编号": "发文字号", "文本编号": "发文字号"}
# A 明传电报's caption over its head.
TELEGRAM = re.compile(r"明\s*传\s*电\s*报|明\s*电")


def record_row(text: str) -> list[tuple[str, str]] | None:
    """A row of a site's record grid printed with the page (索引号｜…｜主题分类｜…), as (header key, value)
    pairs (key "" for a field kept as a header line only); None if the row is anything else."""
    cells = [c.strip() for c in text.split(CELL)]
    while len(cells) > 2 and not cells[-1] and not cells[-2]:
        del cells[-2:]  # (a pair of empty cells closing the row: 名　称：｜…的通知｜｜)
    # (a label printed with its colon, or spaced out: 名　称：)
    keys = [RECORD_KEYS.get(re.sub(r"\s+", "", c).rstrip(":：")) for c in cells[::2]]
    if len(cells) < 2 or len(cells) % 2 or any(k is None for k in keys):
        return None
    return [(k or "", v) for k, v in zip(keys, cells[1::2], strict=True)]
