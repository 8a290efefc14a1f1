"""A Word paragraph's manual line breaks (Shift+Enter) (bri_kb.ingest.word.soft_breaks)."""

from __future__ import annotations

from bri_kb.ingest.word import soft_breaks


def test_a_line_set_flush_under_a_sentences_end_goes_on_with_the_paragraph() -> None:
    """Regression (rounds 254, 260, 262): 第一步：企业申报。…报送区县商务主管部门。⏎郑州航空港…内企业，纸质材料直接报送…
    was two clauses, the second with places of its own; the eye reads one paragraph (the line is not indented)."""
    text = ("第一步：企业申报。企业登录系统填报，并将纸质材料报送区县商务主管部门。\n"
            "郑州航空港经济综合实验区内企业，纸质材料直接报送管委会。")
    assert "\n" not in soft_breaks(text)


def test_a_list_a_numbered_line_and_short_lines_stay_apart() -> None:
    listed = "申报单位须提交以下材料，按顺序装订成册：\n营业执照复印件一份。"
    assert soft_breaks(listed) == listed
    numbered = "1.加强组织领导。各地要建立工作机制，明确责任分工。\n2.加大资金支持。省级资金每年安排不少于2亿元。"
    assert soft_breaks(numbered) == numbered
    signed = "云南省商务厅\n2024年3月18日"
    assert soft_breaks(signed) == signed
