"""The ordinary Excel workbooks offices attach — a 厦门片区 任务分工表, a 四川 项目清单 of two sheets, a 郑州 申报汇总表
and a 福建 政策清单 (tests/data/office/blind171, made by make_blind171.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind171"
SICHUAN = "中国（四川）自由贸易试验区"


def test_who_drew_the_list_up_and_when_it_was_updated() -> None:
    """Regression: 编制单位：…办公室　更新时间：2024年5月10日 under the 政策清单's title was a clause, and the list had
    no issuer and no date (a 填报日期 was read; an 更新时间 was not)."""
    parsed = ingest_file(BLIND / "blind171_fujian_zhengce.xlsx")
    doc = parsed.documents[0]
    assert doc.issuers == ("福建省自由贸易试验区工作领导小组办公室",) and doc.published == "2024-05-10"
    assert not any(c.text.startswith("编制单位") for c in parsed.clauses)


def test_a_rows_area_column_places_it() -> None:
    """Regression: the columns 所在片区（区域） and 所在区域 placed no row (every project in 四川省, every applicant in
    郑州市); 郑州片区（郑州经开区） names the 片区, not the city as well."""
    rows = [c for c in ingest_file(BLIND / "blind171_sichuan_xiangmu.xlsx").clauses if c.kind == "table_row"]
    assert rows[0].applies_to[0].startswith(SICHUAN) and "片区" in rows[0].applies_to[0]
    rows = [c for c in ingest_file(BLIND / "blind171_zhengzhou_shenbao.xlsx").clauses if c.kind == "table_row"]
    assert next(c for c in rows if "郑州片区（郑州经开区）" in c.text).applies_to == ("中国（河南）自由贸易试验区郑州片区",)
    assert next(c for c in rows if "所在区域：中牟县" in c.text).applies_to == ("中牟县",)
