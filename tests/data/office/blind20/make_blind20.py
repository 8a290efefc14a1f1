# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031
"""Blind round 20: three fictional Chinese government files on Belt and Road /
pilot free trade zone topics, made the way offices really make them.

  blind20_tiaoli_amend.pdf  provincial 人大常委会 条例 as amended (Word -> PDF)
  blind20_wechat.txt        a WeChat 公众号 article pasted into a text file, with a 通知 inside
  blind20_banji.docx        a 通知 with GB/T 9704 版记, 附注, full-width digits, 附件1 table with two-row header

All provinces, organs, numbers and people are invented.
Writes the files next to itself plus expected.json.
"""
import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
KT = "楷体_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
FW = "\u3000"  # full-width space


# ---------------------------------------------------------------- docx helpers
def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)


def gw_section(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.footer_distance = Mm(25)
    return s


def base_style(doc):
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rfonts.set(qn(a), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28.95)


def para(doc_or_cell, text="", name=FS, size=16, bold=False, align=None, indent=True,
         color=None, left=None, hanging=None, space_before=None, keep=False, line=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j" or align is None: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align not in ("c", "r"):
        pf.first_line_indent = Pt(size * 2)
    if left is not None: pf.left_indent = Pt(left)
    if hanging is not None: pf.first_line_indent = Pt(-hanging)
    if space_before is not None: pf.space_before = Pt(space_before)
    if line is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    if keep: pf.keep_with_next = True
    if text:
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, name, size, bold, color)
            if i < len(parts) - 1:
                r.add_break()  # manual line break (Shift+Enter), as typists do
    return p


def runs(p, pieces, size=16):
    """pieces: list of (text, fontname, bold)"""
    for t, n, b in pieces:
        set_font(p.add_run(t), n, size, b)
    return p


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._element.append(el)


def page_number_footer(section):
    """GB/T 9704 page number: 4号半角宋体, '— 1 —', (centred here, as many offices do)."""
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), "宋体", 14)
    r = fp.add_run(); set_font(r, "宋体", 14); add_field(r, "PAGE")
    set_font(fp.add_run(" —"), "宋体", 14)


def border(p, top=False, bottom=False, sz=8, color="000000"):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "1"); e.set(qn("w:color"), color)
            pbdr.append(e)
    ppr.append(pbdr)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def to_pdf(docx_path, outdir):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(os.path.join(outdir, os.path.basename(docx_path)))[0] + ".pdf"


# ============================================================ 1. 条例 as amended
T1_TITLE = "中国（江川）自由贸易试验区条例"
T1_NOTE = ("（二〇一九年九月二十六日江川省第十三届人民代表大会常务委员会第十四次会议通过"
           "　根据二〇二四年十一月二十八日江川省第十四届人民代表大会常务委员会第十三次会议"
           "《关于修改〈中国（江川）自由贸易试验区条例〉的决定》修正）")
T1_TOC = ["第一章　总　　则", "第二章　管理体制", "第三章　投资开放与贸易便利",
          "第四章　金融服务与风险防控", "第五章　服务共建“一带一路”", "第六章　附　　则"]

# each chapter: (heading, [article, ...]); article: (label, [款, ...]); a 款 may be a list -> [lead, 项, 项...]
T1_BODY = [
    ("第一章　总　　则", [
        ("第一条", ["为了推进和保障中国（江川）自由贸易试验区（以下简称自贸试验区）建设，发挥自贸试验区在服务共建“一带一路”中的示范引领作用，根据有关法律、行政法规和国务院批准的《中国（江川）自由贸易试验区总体方案》，结合本省实际，制定本条例。"]),
        ("第二条", ["本条例适用于经国务院批准设立的中国（江川）自由贸易试验区。",
                    "自贸试验区的实施范围包括临江片区、青州片区和北港片区。",
                    "片区的具体四至范围，由省人民政府按照国务院批准的范围予以公布。"]),
        ("第三条", ["自贸试验区建设应当以制度创新为核心，以可复制可推广为基本要求，对接国际高标准经贸规则，稳步扩大规则、规制、管理、标准等制度型开放。",
                    "自贸试验区应当加强与国内其他自由贸易试验区、国家级新区、综合保税区等开放平台的协同联动。"]),
        ("第四条", ["省人民政府应当加强对自贸试验区建设的领导，建立健全推进工作机制，统筹研究决定自贸试验区改革发展中的重大问题。",
                    "片区所在地设区的市人民政府应当落实自贸试验区建设主体责任，为片区建设提供保障。",
                    "省人民政府有关部门应当按照各自职责，支持自贸试验区改革创新，及时协调解决自贸试验区建设中的有关问题。"]),
        ("第五条", ["鼓励公民、法人和其他组织参与自贸试验区建设。",
                    "在自贸试验区开展的改革创新未能实现预期目标，但符合国家确定的改革方向，决策程序符合法律、法规规定，且勤勉尽责、未牟取私利的，对有关单位和个人不作负面评价，依法免除相关责任。"]),
    ]),
    ("第二章　管理体制", [
        ("第六条", [["省自贸试验区工作办公室（以下简称省自贸办）负责自贸试验区日常工作，履行下列职责：",
                     "（一）组织实施自贸试验区总体方案，拟订自贸试验区发展规划和政策措施；",
                     "（二）统筹协调自贸试验区改革试点任务，督促检查各项工作落实；",
                     "（三）组织开展制度创新成果的总结评估和复制推广；",
                     "（四）承担自贸试验区建设的统计、信息发布和对外宣传工作；",
                     "（五）省人民政府交办的其他事项。"]]),
        ("第七条", [["片区管理机构在本片区内履行下列职责：",
                     "（一）落实自贸试验区改革试点任务，制定并组织实施片区发展规划；",
                     "（二）依法行使省、设区的市人民政府下放的经济社会管理权限；",
                     "（三）负责片区内投资促进、企业服务和营商环境建设；",
                     "（四）协调配合有关部门在片区内的派驻机构依法履行职责。"],
                    "片区管理机构可以根据工作需要，依法实行聘任制、绩效考核制等人事薪酬管理制度。"]),
        ("第八条", ["省人民政府及其有关部门应当按照能放尽放的原则，依法将经济社会管理权限下放或者委托片区管理机构行使，并向社会公布。",
                    "下放或者委托的权限清单实行动态调整。",
                    "片区管理机构应当建立健全下放权限的承接机制，确保下放权限接得住、管得好。"]),
        ("第九条", ["省、设区的市有关部门应当支持片区管理机构履行职责，在规划、用地、项目审批等方面给予指导和支持。",
                    "省人民政府有关部门在制定涉及自贸试验区的政策措施时，应当征求省自贸办和片区管理机构的意见。"]),
        ("第十条", ["自贸试验区建立改革创新综合评估和第三方评估机制。",
                    "省自贸办应当每年组织对自贸试验区建设情况进行评估，评估结果向省人民政府报告，并以适当方式向社会公开。"]),
    ]),
    ("第三章　投资开放与贸易便利", [
        ("第十一条", ["自贸试验区实行外商投资准入前国民待遇加负面清单管理制度。负面清单之外的领域，按照内外资一致的原则实施管理。"]),
        ("第十二条", ["自贸试验区推行商事登记确认制，市场主体登记实行形式审查。",
                      "申请人可以通过全程电子化方式办理登记，登记机关应当当场或者在一个工作日内作出登记决定。"]),
        ("第十二条之一", [["自贸试验区深化“证照分离”改革，对涉企经营许可事项按照下列方式分类实施改革：",
                           "（一）直接取消审批；",
                           "（二）审批改为备案；",
                           "（三）实行告知承诺；",
                           "（四）优化审批服务。"],
                          "实行告知承诺的，申请人书面承诺符合许可条件并提交相关材料的，有关部门应当当场作出许可决定。"]),
        ("第十三条", ["自贸试验区建设国际贸易“单一窗口”，推动口岸通关、物流、金融、外汇等服务功能全覆盖。"]),
        ("第十四条", ["海关等部门在自贸试验区实施“一线放开、二线安全高效管住”的货物进出境管理制度，推行“提前申报”“两步申报”“抵港直装”等便利化通关措施。"]),
        ("第十五条", ["支持自贸试验区发展跨境电子商务、市场采购贸易、保税维修、离岸贸易等新型贸易业态。",
                      "对符合条件的新型贸易业态企业，有关部门应当在通关、结汇、退税等方面提供便利。"]),
    ]),
    ("第四章　金融服务与风险防控", [
        ("第十六条", ["在风险可控的前提下，支持自贸试验区内银行业金融机构依法开展跨境人民币结算、跨境投融资等业务。"]),
        ("第十七条", ["支持符合条件的企业开展本外币一体化资金池业务，便利跨国公司资金集中运营管理。"]),
        ("第十八条", [["省人民政府及其有关部门应当建立健全自贸试验区风险防控体系，加强对下列风险的监测预警：",
                       "（一）跨境资金异常流动风险；",
                       "（二）系统性、区域性金融风险；",
                       "（三）涉及国家安全的投资风险；",
                       "（四）网络安全和数据安全风险。"],
                      "发现重大风险隐患的，有关部门应当及时采取处置措施，并向省人民政府报告。"]),
        ("第十九条", ["自贸试验区建立以信用为基础的新型监管机制，依法对市场主体实施分级分类监管。"]),
    ]),
    ("第五章　服务共建“一带一路”", [
        ("第二十条", ["自贸试验区应当加强与共建“一带一路”国家和地区的经贸合作，推动基础设施互联互通、产能合作和人文交流。"]),
        ("第二十条之一", ["支持北港片区建设面向共建“一带一路”国家的陆海联运枢纽，推动中欧班列与国际海运、内河航运有效衔接。",
                          "推行多式联运“一单制”，探索赋予多式联运单证物权凭证功能。"]),
        ("第二十条之二", ["省人民政府应当建立自贸试验区与共建“一带一路”国家和地区境外经贸合作区的联动发展机制，支持企业在自贸试验区设立区域总部、研发中心和结算中心。",
                          ["有关部门应当为企业开展境外投资提供下列服务：",
                           "（一）国别投资环境、法律政策等信息咨询；",
                           "（二）境外投资备案、外汇登记等便利化办理；",
                           "（三）境外风险预警和权益保护。"]]),
        ("第二十一条", ["自贸试验区建立涉外商事纠纷多元化解决机制，支持国际商事仲裁机构、调解组织在自贸试验区设立业务机构。"]),
    ]),
    ("第六章　附　　则", [
        ("第二十二条", ["本条例自2020年1月1日起施行。"]),
    ]),
]


def t1_clauses():
    out = []
    for _h, arts in T1_BODY:
        for label, kuan in arts:
            for i, k in enumerate(kuan):
                items = k if isinstance(k, list) else [k]
                for j, t in enumerate(items):
                    out.append((label + FW + t) if (i == 0 and j == 0) else t)
    return out


def make_tiaoli(outdir, pad_lines):
    doc = Document(); base_style(doc); s = gw_section(doc); page_number_footer(s)
    para(doc, T1_TITLE, XBS, 22, align="c", line=36)
    para(doc, "", line=20)
    para(doc, T1_NOTE, KT, 16, align="j", indent=False, left=32, hanging=0)
    para(doc, "")
    para(doc, "目" + FW + FW + "录", HT, 16, align="c")
    for t in T1_TOC:
        para(doc, t, KT, 16, align=None, indent=True)
    para(doc, "")
    for h, arts in T1_BODY:
        hp = para(doc, h, HT, 16, align="c", indent=False)
        if h.startswith("第一章") and pad_lines:
            # spacing after the 目录 tuned (0..3 blank lines) so that the 第三章 heading
            # is the last line of its page; the text itself already puts it there
            hp._p.addprevious(_blank_run_para(doc, pad_lines)._p)
        for label, kuan in arts:
            for i, k in enumerate(kuan):
                items = k if isinstance(k, list) else [k]
                for j, t in enumerate(items):
                    if i == 0 and j == 0:
                        p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Pt(32)
                        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                        runs(p, [(label, HT, False), (FW + t, FS, False)])
                    else:
                        para(doc, t)
    path = os.path.join(outdir, "blind20_tiaoli_amend.docx")
    doc.save(path)
    return path


def _blank_run_para(doc, n):
    p = doc.add_paragraph()
    for i in range(n - 1):
        p.add_run().add_break()
    p._p.getparent().remove(p._p)
    return p


def heading_at_page_bottom(pdf):
    """True if the 第三章 heading line is the last text line on its page (footer page number aside)."""
    import pdfplumber
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            lines = [l.replace(" ", "") for l in (page.extract_text() or "").splitlines() if l.strip()]
            lines = [l for l in lines if not (l.startswith("—") and l.endswith("—"))]
            if lines and lines[-1].startswith("第三章"):
                return True
    return False


# ============================================================ 2. WeChat article
W_TITLE = "江川省人民政府办公厅关于复制推广中国（江川）自由贸易试验区第五批改革创新经验的通知"
W_PRE = "为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，进一步发挥中国（江川）自由贸易试验区（以下简称自贸试验区）改革开放试验田作用，经省人民政府同意，决定在全省范围内复制推广自贸试验区第五批10项改革创新经验。现将有关事项通知如下："
W_ITEMS = [
    "一、复制推广的主要内容",
    "（一）投资便利化领域（4项）。",
    "1.“一业一证”改革。将一个行业准入涉及的多张许可证整合为一张行业综合许可证，实现“一证准营”。",
    "2.企业开办“一日办结”。整合企业登记、公章刻制、发票申领、社保登记等环节，全流程在1个工作日内办结。",
    "3.工程建设项目“拿地即开工”。通过提前介入、容缺审批、并联办理，实现项目取得土地后即可开工建设。",
    "4.外商投资企业“跨境远程办”。境外投资者可通过视频认证等方式远程办理企业设立登记。",
    "（二）贸易便利化领域（3项）。",
    "1.进口货物“船边直提”和出口货物“抵港直装”。",
    "2.跨境电商零售进口退货中心仓模式。",
    "3.国际贸易“单一窗口”出口退税“一键申报”。",
    "（三）服务共建“一带一路”领域（3项）。",
    "1.中欧班列“一单制”多式联运。以铁路运单为基础签发多式联运提单，实现“一次委托、一单到底、一票结算”。",
    "2.面向共建“一带一路”国家的涉外商事纠纷“一站式”解决机制。",
    "3.境外经贸合作区与自贸试验区联动招商机制。",
    "二、工作要求",
    "（一）加强组织领导。各地各部门要高度重视改革创新经验复制推广工作，将其作为推进制度型开放的重要抓手，明确责任分工，于2025年6月30日前完成复制推广工作。",
    "（二）强化协同配合。省自贸办要加强统筹协调和跟踪督促，省有关部门要加强对本系统复制推广工作的业务指导。",
    "（三）做好总结评估。各地各部门要及时总结复制推广工作成效，有关情况于2025年7月15日前报送省自贸办。",
]


def make_wechat(outdir):
    NB = "\xa0"
    L = [
        "重磅！省政府办公厅印发通知，10项自贸试验区改革创新经验在全省复制推广→",
        "",
        "原创 江川商务 江川商务 2025年03月12日 18:30 江川",
        "",
        "▲点击上方蓝字“江川商务”关注我们",
        "",
        "来源：江川省商务厅（省自贸办）",
        "编辑：李晓雯",
        "审核：陈建国",
        "",
        "【导读】近日，省政府办公厅印发通知，在全省复制推广中国（江川）自由贸易试验区第五批10项改革创新经验。一起来看👇",
        "",
        "图为临江片区国际陆港集装箱作业区。（图片来源：江川日报 记者 周明 摄）",
        "",
        "【政策要点】",
        "",
        "● 复制推广内容：投资便利化4项、贸易便利化3项、服务共建“一带一路”3项，共10项。",
        "",
        "● 推广范围：全省各市、县（区）及省直有关部门。",
        "",
        "★ 划重点：各地各部门要在2025年6月底前完成复制推广工作。",
        "",
        "近日，江川省人民政府办公厅印发《关于复制推广中国（江川）自由贸易试验区第五批改革创新经验的通知》（江政办发〔2025〕8号）。全文如下：",
        "",
        "👇👇👇",
        "",
        "江川省人民政府办公厅",
        "关于复制推广中国（江川）自由贸易试验区",
        "第五批改革创新经验的通知",
        "",
        "江政办发〔2025〕8号",
        "",
        "各市、县（区）人民政府，省政府各部门、各直属机构：",
        "",
        NB + NB + W_PRE,
        "",
    ]
    for t in W_ITEMS:
        L += [NB + NB + t if not t.startswith(("一、", "二、")) else t, ""]
    L += [
        "图为北港片区中欧班列集结中心。（图片来源：北港片区管委会）",
        "",
        "江川省人民政府办公厅",
        "",
        "2025年3月7日",
        "",
        "（此件公开发布）",
        "",
        "▼ 往期推荐 ▼",
        "",
        "👉 我省出台支持外贸稳规模优结构若干措施",
        "",
        "👉 一图读懂 | 中国（江川）自由贸易试验区提升行动方案",
        "",
        "👉 “一带一路”经贸合作项目对接会在临江举行",
        "",
        "END",
        "",
        "点击阅读原文，查看政策原文",
        "",
        "长按识别二维码关注",
        "",
        "江川商务",
        "",
        "微信号：jcswt_gov",
        "",
        "★ 分享、点赞、在看，让更多人看到",
        "",
        "阅读原文",
        "阅读 3256",
        "\u200b",
        "写留言",
        "",
    ]
    path = os.path.join(outdir, "blind20_wechat.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    return path


# ============================================================ 3. 通知 with 版记
B_TITLE = "岭西省人民政府办公厅关于下达２０２５年度国际物流通道运营补助资金的通知"
B_NO = "岭政办发〔2025〕12号"
B_MAIN = "各市（州）人民政府，省政府有关部门："
B_BODY = [
    "为深入落实共建“一带一路”倡议，支持中欧班列和西部陆海新通道常态化运营，根据《岭西省国际物流通道建设专项资金管理办法》（岭财建〔2023〕45号），经省人民政府同意，现将２０２５年度国际物流通道运营补助资金下达给你们（具体分配情况见附件1），并就有关事项通知如下：",
    "一、本次下达补助资金共计12520万元，其中中欧班列运营补助7480万元，西部陆海新通道运营补助5040万元。",
    "二、各市（州）人民政府要按照“资金跟着项目走”的原则，于２０２５年4月30日前将补助资金拨付到运营平台公司，不得截留、挤占、挪用。",
    "三、各地要按照附件2所列绩效目标，加强资金全过程绩效管理，绩效自评结果于２０２６年1月31日前报送省财政厅、省商务厅。",
    "四、省财政厅、省商务厅要会同省发展改革委、省交通运输厅加强监督检查。对虚报开行列数、骗取补助资金的，依法依规追回资金并追究相关单位和人员责任。",
]
B_ATT_LIST = ["附件：1．２０２５年度岭西省国际物流通道运营补助资金分配表",
              "2．２０２５年度国际物流通道运营补助资金绩效目标"]
B_ISSUER = "岭西省人民政府办公厅"
B_DATE = "２０２５年３月５日"
B_FUZHU = "（此件公开发布）"
B_T1_TITLE = "２０２５年度岭西省国际物流通道运营补助资金分配表"
B_ROWS = [
    ["1", "岭州市", "420", "3360", "180", "1800", "5160"],
    ["2", "西江市", "260", "2080", "150", "1500", "3580"],
    ["3", "南屏市", "130", "1040", "96", "960", "2000"],
    ["4", "安平州", "75", "600", "48", "480", "1080"],
    ["5", "云岭市", "50", "400", "30", "300", "700"],
]
B_TOTAL = ["合计", "935", "7480", "504", "5040", "12520"]
B_ATT2_TITLE = "２０２５年度国际物流通道运营补助资金绩效目标"
B_ATT2 = [
    "一、产出指标：全省中欧班列全年开行不少于935列，西部陆海新通道班列全年开行不少于504列。",
    "二、效益指标：带动班列进出口货值同比增长10%以上，班列综合运输成本较上年下降5%。",
    "三、满意度指标：班列服务对象满意度不低于90%。",
]
B_CC = ("抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，\n"
        + FW * 3 + "省法院，省检察院，岭西军区，省总工会，团省委，省妇联。")
B_PRINT = "岭西省人民政府办公厅" + FW * 6 + "2025年3月6日印发"


def cell_text(cell, text, bold=False, size=12):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    set_font(p.add_run(text), HT if bold else FS, size, False)


def make_banji(outdir):
    doc = Document(); base_style(doc); s = gw_section(doc); page_number_footer(s)
    # 版头
    para(doc, "岭西省人民政府办公厅文件", XBS, 36, align="c", color="FF0000", line=60)
    para(doc, "")
    p = para(doc, B_NO, FS, 16, align="c")
    border(p, bottom=True, sz=18, color="FF0000")
    para(doc, "")
    para(doc, "岭西省人民政府办公厅\n关于下达２０２５年度国际物流通道运营补助资金的通知", XBS, 22, align="c", line=36)
    para(doc, "")
    para(doc, B_MAIN, indent=False)
    for t in B_BODY:
        para(doc, t)
    para(doc, "")
    para(doc, B_ATT_LIST[0])
    para(doc, B_ATT_LIST[1], left=32 + 48)  # 回行与“附件：”后首字对齐
    para(doc, ""); para(doc, ""); para(doc, "")
    pi = para(doc, B_ISSUER, align="r"); pi.paragraph_format.right_indent = Pt(64)
    pd = para(doc, B_DATE, align="r"); pd.paragraph_format.right_indent = Pt(64)
    para(doc, B_FUZHU)
    # 附件1
    page_break(doc)
    para(doc, "附件1", HT, 16, indent=False)
    para(doc, "")
    para(doc, B_T1_TITLE, XBS, 20, align="c", line=32)
    para(doc, "单位：列、万元", FS, 12, align="r")
    tb = doc.add_table(rows=2 + len(B_ROWS) + 1, cols=7)
    tb.style = "Table Grid"; tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = tb.rows[0].cells, tb.rows[1].cells
    a = h0[0].merge(h1[0]); cell_text(a, "序号", True)
    a = h0[1].merge(h1[1]); cell_text(a, "市（州）", True)
    a = h0[2].merge(h0[3]); cell_text(a, "中欧班列", True)
    a = h0[4].merge(h0[5]); cell_text(a, "西部陆海新通道", True)
    a = h0[6].merge(h1[6]); cell_text(a, "补助资金合计", True)
    for i, t in zip((2, 3, 4, 5), ("开行列数", "补助资金", "开行列数", "补助资金")):
        cell_text(tb.rows[1].cells[i], t, True)
    for r, row in enumerate(B_ROWS):
        for c, v in enumerate(row):
            cell_text(tb.rows[2 + r].cells[c], v)
    last = tb.rows[-1].cells
    m = last[0].merge(last[1]); cell_text(m, "合计", True)
    for c, v in zip(range(2, 7), B_TOTAL[1:]):
        cell_text(tb.rows[-1].cells[c], v)
    # 附件2
    page_break(doc)
    para(doc, "附件2", HT, 16, indent=False)
    para(doc, "")
    para(doc, B_ATT2_TITLE, XBS, 20, align="c", line=32)
    para(doc, "")
    for t in B_ATT2:
        para(doc, t)
    # 版记 (last page, at the bottom: push with blank lines like typists do)
    page_break(doc)
    for _ in range(16):
        para(doc, "")
    p = para(doc, B_CC, FS, 14, indent=False, left=14, hanging=0)
    border(p, top=True, bottom=True, sz=8)
    p = para(doc, B_PRINT, FS, 14, indent=False, left=14)
    border(p, bottom=True, sz=8)
    path = os.path.join(outdir, "blind20_banji.docx")
    doc.save(path)
    return path


# ============================================================ expected
def expected():
    e = {}
    e["blind20_tiaoli_amend"] = [{
        "meta": {"title": T1_TITLE, "doc_number": "",
                 "issuer": "江川省人民代表大会常务委员会", "date": "2024-11-28"},
        "clauses": t1_clauses(),
        "_note": ("Amended 地方性法规 as consolidated text; no 文号 on the text itself. Issuer is the 人大常委会 named in the "
                  "adoption note; date is the latest 修正 date 二〇二四年十一月二十八日 (2019-09-26 = first adoption, also acceptable as "
                  "'adopted' date but the text is the 2024 version). Clause granularity: each 款 and each 项 its own string, first 款 carries "
                  "the article label (第十二条之一, 第二十条之二 are articles in their own right, never merged into 第十二条/第二十条). "
                  "Not clauses: title, adoption note, 目录 lines, chapter headings (第三章 sits at a page bottom and must not be glued "
                  "to 第二章's last article nor to 第十一条), footer page numbers '— n —'. Effective date '2020年1月1日' in 第二十二条 is not the doc date."),
    }]
    e["blind20_wechat"] = [{
        "meta": {"title": W_TITLE, "doc_number": "江政办发〔2025〕8号",
                 "issuer": "江川省人民政府办公厅", "date": "2025-03-07"},
        "clauses": [W_PRE] + W_ITEMS,
        "_note": ("One document only: the 通知 embedded in the 公众号 post. Title is printed on three lines and must be joined. "
                  "Noise (not clauses, not a second document): headline with →, '原创 江川商务 … 2025年03月12日 18:30' (post date, not doc date), "
                  "▲点击上方蓝字, 来源/编辑/审核 lines, 【导读】, 图为…（图片来源：…） captions (one sits between the last item and the 落款), "
                  "【政策要点】 and ●/★ bullets (editor's summary), '近日…全文如下：', 👇👇👇, 主送 line, 落款, date, （此件公开发布）, 往期推荐/👉 links, "
                  "END, 点击阅读原文, 长按识别二维码关注, 微信号, 阅读 3256, 写留言, zero-width space. Headings 一、/二、 kept as their own strings; a reader "
                  "that attaches them to the following item is acceptable. Body paragraphs start with NBSP indentation."),
    }]
    b_clauses = [B_BODY[0].replace("２０２５", "2025")] + [t.replace("２０２５", "2025").replace("２０２６", "2026") for t in B_BODY[1:]]
    b_clauses += [
        "序号 | 市（州） | 中欧班列 开行列数 | 中欧班列 补助资金 | 西部陆海新通道 开行列数 | 西部陆海新通道 补助资金 | 补助资金合计",
    ]
    b_clauses += [" | ".join(r) for r in B_ROWS]
    b_clauses += ["合计 | 935 | 7480 | 504 | 5040 | 12520"]
    b_clauses += B_ATT2
    e["blind20_banji"] = [{
        "meta": {"title": "岭西省人民政府办公厅关于下达2025年度国际物流通道运营补助资金的通知",
                 "doc_number": B_NO, "issuer": B_ISSUER, "date": "2025-03-05"},
        "clauses": b_clauses,
        "_note": ("Full-width digits (２０２５) in title, body and 落款 date; an analyst reads them as 2025 (expected text shown normalised; "
                  "keeping the full-width form verbatim is fine). Date is the 落款 date 2025-03-05, NOT the 印发 date 2025-03-06 in the 版记. "
                  "Title is on two lines (manual line break) and must be joined. Not clauses: 版头 '岭西省人民政府办公厅文件', 文号, 主送, 附件说明 "
                  "(附件：1．… / 2．…), 落款, （此件公开发布） 附注, '附件1'/'附件2' labels and attachment titles, '单位：列、万元', 版记 抄送 (one paragraph "
                  "with a manual line break, must not become two items nor a clause) and 印发 line, page numbers. Table: two-row header "
                  "(中欧班列 / 西部陆海新通道 each merged over 开行列数+补助资金; 序号, 市（州）, 补助资金合计 merged vertically) — header may be "
                  "kept as one header row or folded into the data rows; each data row and the 合计 row its own string; the exact cell separator is "
                  "the reader's choice. 附件2 items 一、二、三、 are clauses of the attachment (a reader may also treat 附件2 as a separate document)."),
    }]
    return e


def main():
    out = HERE
    # 1. tiaoli: tune the blank lines after the 目录 so 第三章 lands at the bottom of a page
    with tempfile.TemporaryDirectory() as tmp:
        chosen = None
        for pad in range(23):
            d = make_tiaoli(tmp, pad)
            pdf = to_pdf(d, tmp)
            if heading_at_page_bottom(pdf):
                chosen = pad
                break
        if chosen is None:
            raise SystemExit("could not place 第三章 at a page bottom")
        shutil.copy(pdf, os.path.join(out, "blind20_tiaoli_amend.pdf"))
        print("tiaoli: blank lines after 目录 =", chosen, "(第三章 heading is the last line of page 4)")
    make_wechat(out)
    make_banji(out)
    with open(os.path.join(out, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)
    print("written:", sorted(x for x in os.listdir(out) if x.startswith(("blind20_", "expected"))))


if __name__ == "__main__":
    main()
