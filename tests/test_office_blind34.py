"""Three Word-made PDFs of ministry and provincial 公文 set by GB/T 9704, by someone
who had not read the reader (tests/data/office/blind34, made by make_blind34.py): a
joint notice of six ministries, a 海关总署 公告 carrying a 办法, a provincial 意见
with a task table over three pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from bri_kb.cli import app
from bri_kb.ingest.words import letter_spaced, rows_of
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind34"


def _word(text: str, x0: float, top: float, bottom: float, size: float = 16.0) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x0 + size * len(text), "top": top, "bottom": bottom, "size": size}


def test_quotation_marks_set_high_stay_in_their_line() -> None:
    """Regression: a “” pair's glyphs are short and high; the row they opened held the middle of no word
    of their line, so the quotes became a line of their own and the sentence was cut round them
    (推进国际贸易 单一窗 / 口 功能拓展 …): 单一窗口 could not be found."""
    words = [_word("“", 191.5, 613.14, 617.63), _word("”", 271.5, 613.14, 617.63),
             _word("陆地区参与共建", 79.5, 613.36, 628.56), _word("一带一路", 207.5, 613.38, 628.03)]
    assert [[w["text"] for w in row] for row in rows_of(words)] == [["陆地区参与共建", "“", "一带一路", "”"]]
    parsed = ingest_file(BLIND / "blind34_yijian_fengong.pdf")
    texts = [c.text for c in parsed.clauses]
    assert any("推进国际贸易“单一窗口”功能拓展，深化“两步申报”“提前申报”改革，推广岳阳城陵矶港“离港确认”模式。" in t
               for t in texts)
    assert not any(t.strip() in ("“", "“ ”") for t in texts)
    assert any("重点任务：推进国际贸易“单一窗口”功能拓展至服务贸易" in t for t in texts)


def test_a_joint_mark_with_its_wen_jian_beside_the_middle_organ() -> None:
    """Regression: six organs' names stacked, each spread to one width (商 务 部), with 文件 set at the middle
    of them, were read as a borderless table: the title was 财｜政 部, the 文号 was glued into a row and the
    three-line title and the 主送 wrapped over a page break were clauses."""
    assert letter_spaced([_word("商", 87.7, 169, 197, 30.0), _word("务", 226.0, 169, 197, 30.0),
                          _word("部", 364.3, 169, 197, 30.0)]) == {1, 2}
    assert letter_spaced([_word("是", 87.7, 169, 185), _word("否", 226.0, 169, 185), _word("无", 364.3, 169, 185)]) == set()
    doc = ingest_file(BLIND / "blind34_joint_notice.pdf").documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "商合发〔2024〕118号"
    assert doc.issuers == ("商务部", "外交部", "国家发展改革委", "财政部", "海关总署", "税务总局")
    assert doc.issuing_mark == "商务部 外交部 国家发展改革委 财政部 海关总署 税务总局文件"
    assert doc.title.endswith("关于推进共建“一带一路”境外经贸合作区高质量发展的通知")
    assert doc.addressees is not None and doc.addressees.endswith("直辖市和计划单列市税务局")


def test_an_announcement_carrying_a_measure_reads_right() -> None:
    """Read right at first reading: the 公告's title, issuer, dates and the 办法's articles."""
    parsed = ingest_file(BLIND / "blind34_gonggao_banfa.pdf")
    doc = parsed.documents[0]
    assert doc.issuers == ("海关总署",) and doc.signed == "2024-05-28" and doc.effective == "2024-07-01"
    assert sum(c.kind == "article" for c in parsed.clauses) == 13


@pytest.fixture(scope="module")
def orders_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from bri_kb.index.kb import build

    home = tmp_path_factory.mktemp("orders") / "kb"
    build([BLIND / "blind34_gonggao_banfa.pdf", DATA / "office" / "blind31" / "blind31_ftz_compilation.docx"], home)
    return home


def test_an_announcement_and_an_order_name_what_they_made(orders_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: 海关总署公告2024年第45号 did not find the 公告 its 版头 prints as 中华人民共和国海关总署 / 公告 /
    2024年第45号, and a compilation's rule noted as made by 浙江省人民政府令第402号 could not be named by it."""
    monkeypatch.setenv("BRI_KB_HOME", str(orders_kb))
    runner = CliRunner()
    shown = runner.invoke(app, ["clause", "海关总署公告2024年第45号", "第三条"])
    assert shown.exit_code == 0, shown.output
    assert "第三条" in shown.stdout
    shown = runner.invoke(app, ["clause", "浙江省人民政府令第402号", "第六条"])
    assert shown.exit_code == 0, shown.output
    assert "义新欧" in shown.stdout
