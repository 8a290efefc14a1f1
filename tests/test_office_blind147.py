"""Tables laid out the other way round — a policy comparison with one policy per column, cards of labels beside their
values, an indicator table with the years across — in a joint 片区 and city notice whose 版头 is a borderless table,
a 片区's half-year report and a workbook, written by someone who had not read the reader
(tests/data/office/blind147, made by make_blind147.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind147"
XIAMEN = "中国（福建）自由贸易试验区厦门片区管理委员会 厦门市商务局关于组织申报2024年度自贸试验区和“一带一路”经贸合作扶持资金的通知"


@pytest.mark.parametrize("name", ["blind147_xiamen_notice.docx", "blind147_xiamen_notice.pdf"])
def test_a_joint_mark_with_its_wen_jian_set_upright(name: str) -> None:
    """Regression: in the PDF the 版头's 文件 stands upright beside the organs, so 文 and 件 came on lines of their own
    among the organs' (the first organ's name wrapped): the title was 中国（福建）自由贸易试验区, the 文号 a clause and the
    real title glued to the 主送. In the Word file, a 片区's committee with its city's 商务局 read as a provincial
    document for all 福建省: the two organs are the city's."""
    doc = ingest_file(BLIND / name).documents[0]
    assert doc.title == XIAMEN
    assert doc.doc_number is not None and doc.doc_number.text == "厦自贸委〔2024〕21号"
    assert doc.issuers == ("中国（福建）自由贸易试验区厦门片区管理委员会", "厦门市商务局")
    assert doc.addressees == "各有关区商务主管部门，片区各有关单位，各有关企业"
    assert (doc.level, doc.region) == ("municipal", "厦门市")


@pytest.mark.parametrize("name", ["blind147_zhengzhou_report.docx", "blind147_zhengzhou_report.pdf"])
def test_a_card_of_labels_beside_their_values(name: str) -> None:
    """Regression: a card (填报单位｜…｜负 责 人｜李建国) was read with its first row as a header, so 李建国 was keyed
    with the 填报人's telephone (李建国：0371-67881234): each value goes with the label beside it."""
    rows = [c.text for c in ingest_file(BLIND / name).clauses if c.kind == "table_row"]
    assert "填报单位：郑州片区管委会综合协调局\n负责人：李建国" in rows
    assert "填报人：王雪\n联系电话：0371-67881234" in rows
    assert not any("李建国：" in r for r in rows)


def test_a_workbooks_contact_cards() -> None:
    """Regression: the same in a worksheet (联系人｜孙丽娜｜联系电话｜…), where the fax was read as 孙丽娜's number."""
    rows = [c for c in ingest_file(BLIND / "blind147_qingdao_compare.xlsx").clauses if c.kind == "table_row"]
    assert any(r.text == "联系人：孙丽娜\n联系电话：0532-86885120" for r in rows)
    assert any(r.text == "传真：0532-86885100\n电子邮箱：gjmyc@qdftz.gov.cn" for r in rows)
    assert not any("孙丽娜：" in r.text for r in rows)


@pytest.mark.parametrize("name", ["blind147_xiamen_notice.docx", "blind147_xiamen_notice.pdf"])
def test_a_forms_numbered_bands_head_their_rows(name: str) -> None:
    """Regression: the contact form's bands （一）片区受理窗口 and （二）市级受理窗口 were rows like the others, so the
    telephone and address rows did not say which window they are; the rows were label｜value｜label｜value as typed."""
    clauses = ingest_file(BLIND / name).clauses
    bands = [c.text for c in clauses if c.kind == "heading" and "受理窗口" in c.text]
    assert bands == ["（一）片区受理窗口", "（二）市级受理窗口"]
    phone = next(c for c in clauses if c.text.startswith("联系电话：0592-2855617"))
    assert phone.path[-1] == "（二）市级受理窗口" and phone.text.endswith("传真：0592-2855600")
    assert any(c.text == "办公地址：厦门市湖里区象屿路97号厦门国际航运中心D栋8楼" for c in clauses)


@pytest.mark.parametrize("name", ["blind147_xiamen_notice.docx", "blind147_xiamen_notice.pdf", "blind147_qingdao_compare.xlsx"])
def test_a_comparison_with_one_policy_a_column(name: str) -> None:
    """Regression: the 政策要点对照表 sets its fields down the first column (政策名称 / 发文单位 / 支持标准 …) and one policy a
    column; it was read field by field, so one clause held the four policies' 支持标准 and 政策名称：发文单位 opened it.
    Each policy is now one clause with its fields."""
    rows = [c for c in ingest_file(BLIND / name).clauses if c.kind == "table_row" and c.text.startswith("政策名称：")]
    assert len(rows) == 4
    assert all(r.text.count("支持标准：") == 1 and "申报时间：" in r.text for r in rows)
    if name.endswith(".xlsx"):
        assert rows[1].fields["政策名称"] == "RCEP原产地证书应用奖励" and rows[1].fields["申报时间"] == "2024年9月1日—10月15日"
    else:
        assert rows[3].fields["政策名称"] == "政策四：融资租赁及保税燃料油加注扶持"
        assert rows[3].fields["申报时间"] == "2024年7月15日—9月13日（延长受理）"


def test_a_table_is_turned_only_when_drawn_so() -> None:
    """Tables that look alike stay as drawn: years across (an indicator table), column names across (类别｜内容｜责任单位),
    articles down the first column (第一条｜原条文｜修改后)."""
    from bri_kb.ingest.rows import turned

    policies = [["政策名称", "海铁联运补贴", "原产地证书奖励"], ["发文单位", "片区管委会", "片区管委会、市商务局"],
                ["支持对象", "发运货物的货主企业", "申领证书的外贸企业"], ["支持标准", "每标准箱补贴三百元", "每份证书奖励五十元"]]
    assert turned(policies)
    years = [["指标", "2022年", "2023年"], ["新设企业", "1200", "1500"], ["实际利用外资", "3.2亿美元", "4.1亿美元"],
             ["进出口总额", "120亿元", "150亿元"]]
    named = [["类别", "内容", "责任单位"], ["投资", "推进投资便利化改革", "片区管委会"], ["贸易", "推进贸易便利化改革", "市商务局"],
             ["金融", "推进金融开放创新改革", "人民银行"]]
    articles = [["条款", "原条文内容", "修改后条文内容"], ["第一条", "为促进发展制定本办法", "为促进高质量发展制定本办法"],
                ["第二条", "本办法适用于片区内企业", "本办法适用于片区和联动区企业"],
                ["第三条", "管委会负责组织实施工作", "管委会和市商务局负责实施"]]
    assert not any(turned(t) for t in (years, named, articles))


def test_a_workbooks_later_sheet_is_the_same_offices() -> None:
    """Regression: the contact sheet beside the comparison names no one, and was a document of no office and no place
    (a search for 青岛 missed it). Since round 222 a workbook's sheets are one document, the later sheet under its name
    (round 129's second sheet, 成都市商务局's, is so too)."""
    parsed = ingest_file(BLIND / "blind147_qingdao_compare.xlsx")
    (doc,) = parsed.documents
    assert (doc.level, doc.region) == ("municipal", "青岛市")
    assert any(c.path[:1] == ("咨询联系方式",) for c in parsed.clauses)
    (platforms,) = ingest_file(DATA / "office" / "blind129" / "blind129_chengdu_indicators.xlsx").documents
    assert platforms.issuers == ("成都市商务局",)


def test_pairs_in_a_grid_wider_than_them() -> None:
    """Regression: round 144's form sets its values across two of a five-column grid (统一社会信用代码｜…｜｜成立时间｜…),
    and a label may carry the place for a seal (申报单位（盖章）): each value goes with its label there too; a blank
    form's labels side by side (注册地址｜｜所属区（市）｜) are paired with nothing (since round 357 no clauses at all)."""
    rows = [c.text for c in ingest_file(DATA / "office" / "blind144" / "blind144_wuhan_form.pdf").clauses
            if c.kind == "table_row"]
    assert "统一社会信用代码：91420100MA4KXQ2T5B\n成立时间：2019年5月16日" in rows
    assert "申报单位（盖章）：武汉楚贸通供应链管理有限公司" in rows
    form = ingest_file(DATA / "office" / "blind112" / "blind112_qingdao_notice.docx")
    blank = [c.text for c in form.clauses if c.kind == "table_row"]
    assert not any(t.startswith("注册地址") for t in blank) and form.report.removed["blank_form_row"] >= 5
    assert any(t.startswith("申报类别：□境外经贸合作区建设") for t in blank)
