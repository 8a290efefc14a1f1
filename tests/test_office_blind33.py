"""Three files on revisions and attachments, made by someone who had not read the
reader (tests/data/office/blind33, made by make_blind33.py): a 修订对照表 as a
Word-made PDF, a notice with three attachments, and a plan copied out of a
gazette's PDF as hard-wrapped text."""

from __future__ import annotations

from bri_kb.ingest.clean import classify
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind33"


def test_a_running_header_a_blank_line_away_from_the_page_number() -> None:
    """Regression: a gazette's running head copied out twice, each time under "- N -" and a blank line,
    was not taken for a header (only a head right beside the number was) and was glued into a clause
    (…与广东湛湖南省人民政府公报2024年第11期)."""
    raw = ["推动郴州国际陆港与广东湛", "", "- 1 -", "", "湖南省人民政府公报　2024年第11期", "江港、广西北部湾港开展合作。",
           "（二）深化合作。", "", "- 2 -", "", "湖南省人民政府公报　2024年第11期", "建设郴州有色金属交易中心。"]
    kinds, _ = classify(raw)
    assert kinds[4] == kinds[10] == "running_header"
    texts = [c.text for c in ingest_file(BLIND / "blind33_hunan_plan.txt").clauses]
    assert not any("公报2024年第11期" in t or "公报 2024年第11期" in t for t in texts)


def test_an_items_first_line_that_stops_mid_word_runs_on() -> None:
    """Regression: in a text copied out of a PDF, an item's first line ("（一）…中欧班列线") was shorter than
    the lines under it (the indent extraction drops) and ended mid-word, so the item was cut after it."""
    parsed = ingest_file(BLIND / "blind33_hunan_plan.txt")
    items = {c.label: c.text for c in parsed.clauses if c.kind == "item"}
    assert items["（一）"].startswith("（一）畅通国际物流大通道。加密长沙至欧洲、中亚中欧班列线路，稳定开行")
    assert items["（二）"].endswith("支持企业在非洲建设境外经贸合作区和海外仓。")


def test_a_revision_table_and_a_notice_with_attachments_read_right() -> None:
    """Read right at first reading: the 对照表's eight rows under their three column names, rows cut by a
    page break joined; the notice's 文号, issuers and its attachments' titles and articles."""
    table = ingest_file(BLIND / "blind33_guangxi_revision.pdf")
    rows = [c.text for c in table.clauses if c.kind == "table_row"]
    assert len(rows) == 8 and all("修改后条文：" in r for r in rows)
    notice = ingest_file(BLIND / "blind33_sichuan_notice.docx")
    doc = notice.documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "川商自贸〔2024〕15号"
    assert doc.issuers == ("四川省商务厅", "四川省财政厅") and len(doc.attachments) == 3
    assert sum(c.kind == "article" for c in notice.clauses) == 10
