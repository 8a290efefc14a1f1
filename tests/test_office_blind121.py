"""How offices answer deputies and members — a 代表建议答复 and a 政协提案答复 with their 答复类别 marks, and a 片区's
negative list as a landscape table over two pages — written by someone who had not read the reader
(tests/data/office/blind121, made by make_blind121.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind121"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_reply_class_printed_as_a_letter_alone_over_the_masthead(suffix: str) -> None:
    """Regression: a bare "A" at the top right (the 答复类别, A类 spelled short) was dropped as web debris and the
    版头 under it was no longer read: the title began 西安市商务局西商提复〔2024〕15号 签发人：刘某某关于…, no 文号."""
    doc = ingest_file(BLIND / f"blind121_xian_tian.{suffix}").documents[0]
    assert doc.title == "关于市政协十五届三次会议第0215号提案的答复"
    assert doc.doc_number is not None and doc.doc_number.text == "西商提复〔2024〕15号"
    assert doc.reply_class == "A" and doc.issuers == ("西安市商务局",)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_item_headed_by_its_zone_area_alone(suffix: str) -> None:
    """Regression: （一）武汉片区。依托阳逻港… applied in all 湖北 while （二）襄阳片区。支持襄阳片区… applied in 襄阳 (its second
    sentence named the 片区 again): a 片区 that heads the item as a sentence of its own is where the item applies."""
    applies = {c.label: c.applies_to for c in ingest_file(BLIND / f"blind121_hubei_dafu.{suffix}").clauses}
    assert applies["（一）"] == ("中国（湖北）自由贸易试验区武汉片区",)
    assert applies["（二）"] == ("中国（湖北）自由贸易试验区襄阳片区",)


def test_a_title_whose_carried_document_names_a_genre_on_its_third_line() -> None:
    """Regression: in the Word file the title stopped at …印发《乌鲁木齐片区外商投资准入特别管理措施 (措施 is a 文种), its
    last line （负面清单）（2024年版）》的通知 became the first clause and the 主送 a clause: a title goes on while its 《 is
    open."""
    doc = ingest_file(BLIND / "blind121_urumqi_fumian.docx").documents[0]
    assert doc.title.endswith("关于印发《乌鲁木齐片区外商投资准入特别管理措施（负面清单）（2024年版）》的通知")
    assert doc.addressees == "片区管委会各部门，各功能区管理机构，有关单位"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_negative_list_under_its_notes_is_no_part_of_the_last_note(suffix: str) -> None:
    """Regression: the list's 27 rows sat under 说明's last point (7.…按照现行规定执行。) in their path, and in the Word file
    the attachment's title, set in two paragraphs, was half a heading and half a clause (…（负面清单）（2024年版） named no
    文种 with its two brackets)."""
    clauses = ingest_file(BLIND / f"blind121_urumqi_fumian.{suffix}").clauses
    rows = [c for c in clauses if c.kind == "table_row"]
    assert len(rows) == 27 and not any(p.startswith("7.") for c in rows for p in c.path)
    heading = next(c for c in clauses if c.kind == "heading" and c.text.startswith("附件"))
    assert heading.text.endswith("乌鲁木齐片区外商投资准入特别管理措施（负面清单）（2024年版）")
    assert not any(c.text == "外商投资准入特别管理措施（负面清单）（2024年版）" for c in clauses)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_form_of_labels_beside_their_values_in_pairs(suffix: str) -> None:
    """Regression: the 征询意见表's first row (建议编号｜第1234号｜代表姓名｜王某某) was read as the header of its columns, so
    every row read 建议编号：承办单位 / 第1234号：湖北省商务厅…; two pairs of label and value across make a form's row."""
    rows = [c.text for c in ingest_file(BLIND / f"blind121_hubei_dafu.{suffix}").clauses if c.kind == "table_row"]
    assert "建议编号：第1234号\n代表姓名：王某某" in rows
    assert "承办单位：湖北省商务厅\n答复日期：2024年6月20日" in rows


@pytest.mark.parametrize("name", ["blind121_hubei_dafu.docx", "blind121_xian_tian.docx", "blind121_xian_tian.pdf"])
def test_a_replys_thanks_closes_its_last_point(name: str) -> None:
    """Regression: 感谢您对…的关心和支持 and the lines after it (联系单位及电话, 办理结果) were paragraphs of the last point
    (三、第3段, 3.第2段): the thanks close the whole reply."""
    clauses = ingest_file(BLIND / name).clauses
    thanks = next(c for c in clauses if c.text.startswith("感谢您对"))
    assert thanks.path == () and thanks.label.startswith("第")
    assert all(c.path == () for c in clauses[clauses.index(thanks) :] if c.kind == "paragraph")
