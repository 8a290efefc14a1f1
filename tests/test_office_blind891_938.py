"""Rounds 891–938, written by someone who had not read the reader (tests/data/office/blind891 … blind938, each made by
its make_blindNNN.py): foreign firms' yearly reports and a county's 公告 urging them; 证照分离 lists; a trade delegation
for the import expo; 保税维修 请示 and 批复; cross-border RMB guidelines; foreign talent rules; bonded bunkering rules;
paired cooperation between provinces and cities (891–898); joint customs 公告 and their 解读; 一业一证 rules; 联动发展区
批复; a bureau's 纪要; logistics action plans; export tax refund measures; complaint forms; 丝路电商 opinions (899–906);
bound 简报 issues; forwarding chains; port clearance 通报; entry agreements; repeal decisions; data-export lists; 外事
approvals; sister-city memoranda (907–914); 专报; licence decisions; evaluation reports; talent bases; dispute-resolution
memoranda; policy readings; port-fee lists; 服务包 plans (915–922); replicated reform experience; a legislature's
approvals and 公告; training notices; enterprise-name rules; replies to 提案; overseas-risk checks; e-commerce zone
assessments; border zones (923–930); bound 纪要; action plans; customs measures; reporting platforms; work-permit guides;
commendations; sister-city 请示 and 复函; yearly work points (931–938).
One test per fix; each failed before it."""

from __future__ import annotations

import pytest

from bri_kb.ingest.issuers import bodies_joined
from bri_kb.vocabulary import Kind
from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_joint_announcements_number_under_its_title(suffix: str) -> None:
    """Regression: a 公告 of two county bureaus (…市场监督管理局 / …商务局关于督促…的公告 / （2026年第3号）) kept its number in
    its title and had none, as only one organ's 公告 was numbered so."""
    doc = ingest_file(OFFICE / "blind891" / f"blind891_hc_jinji{suffix}").documents[1]
    assert doc.title.endswith("年度报告的公告")
    assert doc.doc_number is not None
    assert doc.doc_number.text == "厦门市海沧区市场监督管理局 厦门市海沧区商务局公告2026年第3号"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_note_under_a_table_inside_an_article(suffix: str) -> None:
    """Regression: the 注 under a table inside 第七条 (注：1.坐标采用… / 2.锚地…) was read into the article's text. (Since
    stop 71 the table's caption over it, 宁波港域保税油加注锚地（作业区）一览表, heads the table, no longer in the article.)"""
    clauses = ingest_file(OFFICE / "blind897" / f"blind897_ningbo_banfa{suffix}").clauses
    article = next(c for c in clauses if c.label == "第七条")
    assert "注：" not in article.text
    note = next(c for c in clauses if c.text.startswith("注：1.坐标"))
    assert note.kind == Kind.NOTE and "2.锚地" in note.text
    assert clauses.index(note) == clauses.index(article) + 8  # after the table's caption, header and five rows


def test_a_branch_named_by_its_place_under_its_parent() -> None:
    """Regression: a joint 落款's cell (国家外汇管理局 / 新疆维吾尔自治区分局) gave two issuers."""
    doc = ingest_file(OFFICE / "blind895" / "blind895_xinjiang_guicheng.docx").documents[0]
    assert doc.issuers == ("中国人民银行新疆维吾尔自治区分行", "国家外汇管理局新疆维吾尔自治区分局")
    assert bodies_joined(("国家外汇管理局", "新疆维吾尔自治区分局")) == ("国家外汇管理局新疆维吾尔自治区分局",)
    assert bodies_joined(("国家税务总局", "厦门市税务局")) == ("国家税务总局", "厦门市税务局")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_request_takes_no_effect(suffix: str) -> None:
    """Regression: a 请示 asking for a pilot (试点期限为2026年4月1日至2027年3月31日) was read as in force on those days."""
    doc = ingest_file(OFFICE / "blind895" / f"blind895_qinzhou_qingshi{suffix}").documents[0]
    assert doc.title.endswith("的请示")
    assert doc.effective is None and doc.expires is None


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_second_minutes_under_its_head_after_the_firsts_imprint(suffix: str) -> None:
    """Regression: an office's 纪要 第13期 printed after 第12期's 版记 (成都市商务局专题会议纪要 / 第13期 /
    成都市商务局办公室⇥2026年4月15日 / its title) started at its title, its head left as the first's text; in the PDF its
    mark, atop a page under the page number, was dropped as a running header, and its number and day joined its title."""
    docs = ingest_file(OFFICE / "blind902" / f"blind902_liangqi{suffix}").documents
    assert [d.doc_number.text if d.doc_number else None for d in docs] == ["第12期", "第13期"]
    assert docs[1].title == "关于第二十一届中国西部国际博览会筹备工作的专题会议纪要"
    assert docs[1].signed == "2026-04-15" and docs[1].issuing_mark == "成都市商务局专题会议纪要"
    first = [c.text for c in ingest_file(OFFICE / "blind902" / f"blind902_liangqi{suffix}").clauses
             if c.doc_id == docs[0].doc_id]
    assert not any("第13期" in t.replace(" ", "") or "4月15日" in t for t in first)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_joint_announcements_mark_and_number_over_its_title(suffix: str) -> None:
    """Regression: four organs' 公告 with its mark and number on the line over its title (海关总署 生态环境部 商务部
    工业和信息化部公告2026年第33号 / 关于…的公告), as a page prints it, had its number read into its title and none of its
    own: only one organ's mark was read as a number."""
    doc = ingest_file(OFFICE / "blind899" / f"blind899_zaisheng_gonggao_jiedu{suffix}").documents[0]
    assert doc.title == "关于规范再生镍原料和再生钴原料进口管理有关事项的公告"
    assert doc.doc_number is not None
    assert doc.doc_number.text == "海关总署 生态环境部 商务部 工业和信息化部公告2026年第33号"
    assert doc.issuers == ("海关总署", "生态环境部", "商务部", "工业和信息化部")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
@pytest.mark.parametrize(("stem", "numbers"), [
    # (each with its running count, as the key cites it, since stop 68)
    ("blind907_hubei_heding", ["2026年第1期（总第73期）", "2026年第2期（总第74期）", "2026年第3期（总第75期）"]),
    ("blind907_luzhou_zhuankan", ["第9期", "第10期"]),
    ("blind907_qinzhou_textbox", ["第4期", "第5期"]),
])
def test_issues_of_a_bulletin_bound_in_one_file(stem: str, numbers: list[str], suffix: str) -> None:
    """Regression: a 简报's issues bound in one file, each under its head after the one before's 报尾 (…（共印120份） /
    内部资料　注意保存 / 自贸试验区建设简报 / 2026年第2期（总第74期）), were read as one issue; a 专刊's kind under its mark
    ((专　刊) over 第10期) hid its head; and in a PDF the mark atop each issue's first page was dropped as a running
    header."""
    docs = ingest_file(OFFICE / "blind907" / f"{stem}{suffix}").documents
    assert [d.doc_number.text if d.doc_number else None for d in docs] == numbers
    assert all(d.issuing_mark and d.issuing_mark.startswith(docs[0].issuing_mark) for d in docs)



@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_city_named_with_its_state_and_province_in_an_agreement(suffix: str) -> None:
    """Regression: a memorandum signed by 中华人民共和国浙江省温州市人民政府 with an Italian city was read as the province's
    (provincial, 浙江省), the first place its signer's name holds."""
    doc = ingest_file(OFFICE / "blind914" / f"blind914_wenzhou_beiwanglu{suffix}").documents[0]
    assert doc.issuers[0] == "中华人民共和国浙江省温州市人民政府"
    assert (doc.level, doc.region) == ("municipal", "温州市")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_readings_box_of_facts_under_its_title(suffix: str) -> None:
    """Regression: a 图解's box of facts under its title (文件名称：… / 文　　号：成办发〔2026〕11号 / 发布机关：… / 解读机关：… /
    发布时间：…) split the file in two, the facts above 发布时间 read as the title of a second document; the policy's
    文号 there is the policy's, not the reading's."""
    docs = ingest_file(OFFICE / "blind920" / f"blind920_chengdu_banlie{suffix}").documents
    assert len(docs) == 1
    assert docs[0].title == "图解：《成都市支持国际班列高质量发展若干政策措施》"
    assert docs[0].doc_number is None and docs[0].issuers == ("成都市口岸与物流办公室",)
    assert docs[0].published == "2026-04-09"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_licence_decisions_organ_over_its_kind(suffix: str) -> None:
    """Regression: in the PDF, the bureau's name over 准予变更行政许可决定书 was not read into its title, as it is in
    the Word file and for a 行政处罚决定书."""
    docs = ingest_file(OFFICE / "blind916" / f"blind916_kashi_liangfen{suffix}").documents
    assert [d.title for d in docs] == ["中国（新疆）自由贸易试验区喀什片区行政审批局准予变更行政许可决定书",
                                       "中国（新疆）自由贸易试验区喀什片区行政审批局不予延续行政许可决定书"]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_parties_sealing_side_by_side_on_a_signing_page(suffix: str) -> None:
    """Regression: four parties sealing a memorandum two to a row (厦门市中级人民法院（盖章） 代表（签字）：____｜厦门仲裁委员会
    （盖章）…; in the PDF the seals on one line, the blanks left out) were no issuers."""
    doc = ingest_file(OFFICE / "blind919" / f"blind919_xiamen_beiwanglu{suffix}").documents[0]
    assert doc.issuers == ("厦门市中级人民法院", "厦门仲裁委员会", "厦门国际商会", "厦门市工商业联合会")
    assert (doc.level, doc.region) == ("municipal", "厦门市")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_evaluation_report_takes_no_dates_of_the_rule_it_evaluates(suffix: str) -> None:
    """Regression: a third party's 条例实施情况评估报告, quoting the 条例's 自2022年7月1日起施行, was read as in force then."""
    doc = ingest_file(OFFICE / "blind917" / f"blind917_hunan_pinggu{suffix}").documents[0]
    assert doc.title.endswith("评估报告") and doc.effective is None


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_replys_leader_signing_it_beside_its_number(suffix: str) -> None:
    """Regression: a reply to a 提案 with its signing leader beside its 文号 under the label 领导署名 (桂商函〔2026〕87号⇥
    领导署名：韦志刚), as 签发人 stands on a 上行文, was read into its title and had no number."""
    doc = ingest_file(OFFICE / "blind927" / f"blind927_gxreply{suffix}").documents[0]
    assert doc.title == "广西壮族自治区商务厅关于自治区政协十三届四次会议第0412号提案答复的函"
    assert doc.doc_number is not None and doc.doc_number.text == "桂商函〔2026〕87号"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_citys_legislature_announcement_after_the_provinces_approval(suffix: str) -> None:
    """Regression: a gazette page printing the province's 批准决定 and, under a typed rule, the city's 人大常委会公告 (第二十一号,
    …现予公布) with its 条例 read them as one document, dated by the 公告."""
    docs = ingest_file(OFFICE / "blind924" / f"blind924_yichang_gongbao{suffix}").documents
    assert len(docs) == 2
    assert docs[0].title.startswith("湖北省人民代表大会常务委员会关于批准") and docs[0].published == "2025-09-25"
    assert docs[1].wrapper == "宜昌市人民代表大会常务委员会公告（第二十一号）" and docs[1].signed == "2025-10-10"
    assert docs[1].effective == "2025-12-01" and docs[0].effective is None


def test_a_joint_signature_table_dated_in_its_first_cell() -> None:
    """Regression: two organs signing side by side in a borderless table, the date alone in the first cell of the row
    under them (2026年1月12日｜), were read as a table's header over a band, and the notice had no 成文日期; the 附件
    line the clerk broke by hand (附件：…大连片区企业 / 名称禁止和限制使用字词表) lost its second half to a clause."""
    parsed = ingest_file(OFFICE / "blind926" / "blind926_dalian_lianhe.docx")
    doc = parsed.documents[0]
    assert doc.signed == "2026-01-12"
    assert doc.attachments == ("中国（辽宁）自由贸易试验区大连片区企业名称禁止和限制使用字词表",)
    assert not any(c.kind == Kind.TABLE_HEADER and "大连市市场监督管理局" in c.text for c in parsed.clauses)


def test_an_urgency_mark_under_the_number() -> None:
    """Regression: 特急 in a text box that Word anchored under the 文号 (商务部办公厅 / 商办贸函〔2026〕156号 / 特急 / title)
    was read into the title and the issuer (特急商务部办公厅)."""
    doc = ingest_file(OFFICE / "blind925" / "blind925_mofcom_han.docx").documents[0]
    assert doc.title.startswith("商务部办公厅关于举办") and doc.issuers == ("商务部办公厅",)


def test_a_reply_after_a_requests_wrapped_contact_note() -> None:
    """Regression: a 复函 printed after the 请示 it answers, whose contact note under its date a PDF wrapped
    (（联系人：…0999- / 8786023）), took that note into its title."""
    docs = ingest_file(OFFICE / "blind937" / "blind937_huoerguosi.pdf").documents
    assert len(docs) == 2
    assert docs[1].title.startswith("新疆维吾尔自治区人民政府外事办公室关于同意霍尔果斯市")
    assert docs[1].title.endswith("的复函")
    # (but a note in brackets that is no 附注 ends nothing: a traditional-Chinese version's, over the same notice again)
    assert len(ingest_file(OFFICE / "blind298" / "blind298_nansha_yijian.pdf").documents) == 1


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_readings_title_over_the_word_policy_reading(suffix: str) -> None:
    """Regression: a 解读 printed after the 公告 it explains, titled over two lines (昆明海关支持红河片区高质量发展若干措施 /
    政策解读), was titled by the first line alone, the measures', and 政策解读 left over its text."""
    docs = ingest_file(OFFICE / "blind933" / f"blind933_kunming_gonggao_jiedu{suffix}").documents
    assert docs[1].title == "昆明海关支持红河片区高质量发展若干措施政策解读"


def test_one_organs_wrapped_name_beside_its_tall_word() -> None:
    """Regression: a PDF read one organ's long name over two rows beside its big 文件 (中国（浙江）自由贸易试验区建设 文 /
    领导小组办公室件) as the title's first lines."""
    doc = ingest_file(OFFICE / "blind938" / "blind938_zhejiang_yaodian.pdf").documents[0]
    assert doc.issuing_mark == "中国（浙江）自由贸易试验区建设领导小组办公室文件"
    assert doc.title.startswith("中国（浙江）自由贸易试验区建设领导小组办公室关于印发")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_bulletins_number_keeps_the_year_printed_with_it(suffix: str) -> None:
    """Regression: a 纪要's issue printed with its year (2026年第12期) was numbered 第12期, the year dropped from what is cited."""
    doc = ingest_file(OFFICE / "blind818" / f"blind818_urumqi_jiyao{suffix}").documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "2026年第12期" and doc.doc_number.year == 2026
