"""Pictures whose words no reader takes (an 附件 table given only as a picture, a chart, a scanned page) are named in
the ingest report, in Word, PDF and web pages alike; a logo, an icon, a photograph with its caption, a seal and a
picture of the table printed right under it are not. Regressions of round 188 (the 附件1 picture was neither read nor
named)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import DATA

OFFICE = DATA / "office"


def test_an_attachment_given_only_as_a_picture_is_named_in_the_report(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from bri_kb.cli import app

    monkeypatch.setenv("BRI_KB_HOME", str(tmp_path / "kb"))
    result = CliRunner().invoke(app, ["ingest", str(OFFICE / "blind188" / "blind188_henan_fgw.html")])
    assert result.exit_code == 0, result.output
    assert "图片中的文字未读：附件1（共 1 张" in result.output


def test_a_web_pages_pictures_named_by_label_or_alt_and_furniture_left_alone() -> None:
    from bri_kb.ingest.webpage import read_html

    assert read_html(OFFICE / "blind188" / "blind188_henan_fgw.html").pictures == ("附件1",)  # (not its logo, 二维码)
    # a 一图读懂's panels, with no alt: by their files' names
    assert read_html(OFFICE / "blind182" / "blind182_hubei.html").pictures == ("tj_01.png", "tj_02.png", "tj_03.png")
    # a 解读's figures: by what their alt says
    assert read_html(OFFICE / "blind104" / "blind104_厦门_政策解读.html").pictures[0] == "图1 《若干措施》框架一览"
    # a press conference's photographs with their captions (…记者 李卓 摄), and a picture of the table under it
    assert read_html(OFFICE / "blind141" / "blind141_fabuhui_web.html").pictures == ()
    assert read_html(OFFICE / "blind180" / "blind180_chengdu_customs.html").pictures == ()


def test_an_alt_text_read_as_a_paragraph_is_no_unread_picture() -> None:
    from bri_kb.ingest.webpage import html_to_text, read_html

    page = OFFICE / "blind154" / "blind154_yitu.html"
    assert "出台" in html_to_text(page.read_text(encoding="utf-8"))
    # (one banner with no alt is named; the panels whose alt was read as text are not)
    assert len(read_html(page).pictures) == 1


def test_a_word_files_pictures_of_content_size_but_not_its_seal() -> None:
    from bri_kb.ingest.word import read_docx

    # the 示意图 under its 附件 line is named; the 4.2 cm seal over the 落款 is not
    assert read_docx(OFFICE / "blind122" / "blind122_xiamen_notice.docx").pictures == ("第1张图片",)
    # (a chart, the seal and a 2.5 cm mark: one)
    assert read_docx(OFFICE / "blind89" / "blind89_guangxi_notice.docx").pictures == ("第1张图片",)
    # (its chart; the worksheets it embeds as objects are read as text, and not named)
    assert read_docx(OFFICE / "blind133" / "blind133_xian_notice.docx").pictures == ("第1张图片",)


def test_a_pdfs_pages_with_a_picture_beside_their_text() -> None:
    from bri_kb.ingest.pdf import read_pdf

    assert read_pdf(OFFICE / "blind122" / "blind122_xiamen_notice.pdf").pictures == ("第5页的图片",)
    # the worksheets LibreOffice printed as pictures of their tables (the Word file held them as objects)
    assert read_pdf(OFFICE / "blind133" / "blind133_xian_notice.pdf").pictures == ("第2页的图片", "第5页的图片")


def test_a_file_without_pictures_names_none() -> None:
    from bri_kb.ingest.pdf import read_pdf
    from bri_kb.ingest.word import read_docx

    assert read_docx(OFFICE / "blind189" / "blind189_beihai_pifu.docx").pictures == ()
    assert read_pdf(OFFICE / "blind189" / "blind189_beihai_pifu.pdf").pictures == ()
