# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write three fictional office files (round 25) and expected.json next to this script.

1. blind25_proposal_reply.docx  江苏省商务厅 reply to a 省人大代表建议 (A类, 签发人, 抄送, 联系单位及电话)
2. blind25_traditional.txt      横琴粤澳深度合作区 notice in traditional characters, copied from a web page
3. blind25_stat_pdf.pdf         湖南省商务厅 statistical bulletin on 中国（湖南）自贸试验区 (Word -> PDF, ruled tables)

All documents, numbers and names of people are invented.
"""
import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
SERIF = "Noto Serif CJK SC"
SANS = "Noto Sans CJK SC"
RED = RGBColor(0xE0, 0x00, 0x00)


# ---------------------------------------------------------------- docx helpers
def set_run_font(run, name=SERIF, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)


def new_document():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = SERIF
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), SERIF)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    add_page_number_footer(sec)
    return doc


def add_page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_run_font(r, SERIF, 14)
    r = p.add_run()
    set_run_font(r, SERIF, 14)
    for tag, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._element.append(it)
    r = p.add_run(" —")
    set_run_font(r, SERIF, 14)


def para(doc, text, align=None, indent=True, size=16, font=SERIF, bold=False, color=None, space_after=0):
    p = doc.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify" or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if space_after:
        p.paragraph_format.space_after = Pt(space_after)
    r = p.add_run(text)
    set_run_font(r, font, size, bold, color)
    return p


def border(p, side="bottom", color="E00000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "4")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def red_masthead(doc, name):
    p = para(doc, name, align="center", indent=False, size=30, font=SANS, bold=True, color=RED)
    p.paragraph_format.line_spacing = Pt(48)
    p.paragraph_format.space_before = Pt(18)
    p.paragraph_format.space_after = Pt(18)
    return p


def blank(doc):
    return para(doc, "", indent=False)


def cell_text(cell, text, bold=False, size=10.5, align="center"):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    p.paragraph_format.line_spacing = Pt(16)
    p.paragraph_format.first_line_indent = Pt(0)
    r = p.add_run(text)
    set_run_font(r, SERIF, size, bold)


def docx_to_pdf(docx_path, outdir):
    prof = tempfile.mkdtemp(prefix="lo_profile_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", outdir, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")


# ================================================================ file 1
def make_proposal_reply():
    title = "关于省十四届人大二次会议第1234号代表建议的答复"
    intro = "您提出的《关于支持我省企业高质量参与共建“一带一路”的建议》（第1234号）收悉。经认真研究，并商省发展改革委、省财政厅、南京海关、中国出口信用保险公司江苏分公司，现答复如下："
    body = [
        ("h", "一、关于完善境外投资服务保障体系"),
        ("p", "近年来，我厅深入贯彻落实《省政府关于推进更高水平对外开放的若干意见》（苏政发〔2023〕45号），会同有关部门持续完善“走出去”综合服务体系。2024年1—5月，全省对共建“一带一路”国家新增协议投资额38.6亿美元，同比增长21.4%。主要做了以下工作："),
        ("p", "一是健全服务平台。依托江苏“走出去”综合服务平台，整合政策发布、项目对接、风险预警等功能，累计注册企业4,126家，发布境外项目信息1,280余条。"),
        ("p", "二是强化风险防范。联合中国出口信用保险公司江苏分公司发布《2024年江苏企业境外投资国别风险提示》，覆盖柬埔寨、印度尼西亚、哈萨克斯坦等32个国家。"),
        ("p", "三是加大金融支持。省级商务发展专项资金安排1.2亿元，对企业境外投资项目前期费用、境外投资保险保费给予补助，惠及企业236家。"),
        ("h", "二、关于推进境外经贸合作区建设"),
        ("p", "我省现有柬埔寨西哈努克港经济特区、埃塞俄比亚东方工业园等6家境外经贸合作区，累计入区企业312家。下一步，我们将重点做好以下工作："),
        ("p", "（一）支持西哈努克港经济特区、埃塞俄比亚东方工业园等合作区提档升级，引导产业链上下游企业集群式“走出去”。"),
        ("p", "（二）推动省内开发区与境外经贸合作区开展“两国双园”合作，2024年内新增合作园区2家。"),
        ("p", "（三）会同南京海关优化境外经贸合作区项下设备、原材料进出口监管，进一步压缩通关时间。"),
        ("h", "三、关于加强人才培养和国际化服务"),
        ("p", "下一步，我厅将围绕您提出的建议，重点抓好三方面工作：一是联合省教育厅、省人力资源社会保障厅实施“走出去”企业国际化人才培训计划，每年培训企业经营管理人员500人次以上；二是发挥江苏国际商会、中国（江苏）自由贸易试验区南京片区等平台作用，为企业提供法律、税务、合规等专业服务；三是完善境外安全风险防控机制，指导企业落实境外安全主体责任。"),
    ]
    closing = "感谢您对我省商务工作的关心和支持。"
    issuer = "江苏省商务厅"
    date_cn = "2024年6月18日"
    contact = "（联系单位及电话：省商务厅对外投资和经济合作处，025-57710123）"
    cc = "抄送：省人大常委会代表工作委员会，省政府办公厅。"

    doc = new_document()
    para(doc, "A类", align="right", indent=False, size=16, font=SANS, bold=True)
    red_masthead(doc, issuer)
    # 文号 left, 签发人 right, on one line (上行文式版头)
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run("苏商建〔2024〕56号\t签发人：陈某某")
    set_run_font(r, SERIF, 16)
    border(p)
    blank(doc)
    para(doc, title, align="center", indent=False, size=22, font=SANS, bold=True, space_after=12)
    para(doc, "尊敬的王某某代表：", indent=False)
    para(doc, intro)
    for kind, text in body:
        if kind == "h":
            para(doc, text, font=SANS)
        else:
            para(doc, text)
    para(doc, closing)
    blank(doc)
    para(doc, issuer, align="right", indent=False)
    para(doc, date_cn, align="right", indent=False)
    blank(doc)
    para(doc, contact)
    blank(doc)
    p = para(doc, cc, indent=False, size=14)
    border(p, "top", "000000", 6)
    border(p, "bottom", "000000", 6)
    path = os.path.join(HERE, "blind25_proposal_reply.docx")
    doc.save(path)

    clauses = [intro] + [t for _, t in body] + [closing]
    return {"blind25_proposal_reply": [{
        "meta": {"title": title, "doc_number": "苏商建〔2024〕56号", "issuer": issuer, "date": "2024-06-18"},
        "clauses": clauses,
        "_note": ("One document. Not clauses: the 'A类' mark, the red masthead 江苏省商务厅, the line '苏商建〔2024〕56号<TAB>签发人：陈某某' "
                  "(文号 is 苏商建〔2024〕56号 only; 签发人 must not leak into doc_number/title), the salutation '尊敬的王某某代表：', "
                  "signature and date, '（联系单位及电话：…）', the 抄送 line and the page-number footer '— 1 —'. "
                  "Traps: '第1234号' in the title is the proposal number, not the 文号; 苏政发〔2023〕45号 cited in the body is not this file's 文号; "
                  "'2024年1—5月' in the body is not the date. Headings 一、二、三、 are expected as their own clauses (joining a heading with the "
                  "paragraph below is minor). The last body paragraph carries inline 一是…；二是…；三是… — kept as one clause here; splitting it at "
                  "一是/二是/三是 is also acceptable. The courtesy closing '感谢您…' is body text; dropping it is minor."),
    }]}


# ================================================================ file 2
def make_traditional():
    issuer = "橫琴粵澳深度合作區經濟發展局"
    measures = "《橫琴粵澳深度合作區支持企業參與「一帶一路」建設若干措施》"
    title = issuer + "關於印發" + measures + "的通知"
    docno = "琴合經〔2024〕8號"
    notice = ("為深入貫徹落實《橫琴粵澳深度合作區建設總體方案》，支持琴澳企業攜手參與共建「一帶一路」，更好發揮澳門「中葡商貿合作服務平台」作用，"
              "經合作區執行委員會同意，現將" + measures + "印發給你們，請認真貫徹執行。執行過程中遇到的問題，請徑向合作區經濟發展局反映。")
    arts = [
        "第一條　為支持在合作區登記註冊的企業（以下簡稱「企業」）參與共建「一帶一路」，推動琴澳一體化發展，根據《橫琴粵澳深度合作區建設總體方案》等有關規定，制定本措施。",
        "第二條　本措施適用於在合作區登記註冊、具有獨立法人資格、依法經營且信用良好的企業。澳門投資者在合作區設立的企業，同等適用本措施。",
        "第三條　支持企業開拓共建「一帶一路」國家市場。對企業參加經認定的境外展會，按以下標準給予支持：",
        "（一）展位費按實際發生額的70%給予補貼，每個展會最高不超過10萬元人民幣；",
        "（二）參展人員往返國際機票費用按50%給予補貼，每個展會最多補貼2人；",
        "（三）同一企業每年獲得本條支持總額最高不超過50萬元人民幣。",
        "第四條　支持企業對葡語國家開展貿易。企業對巴西、葡萄牙、安哥拉、莫桑比克等葡語國家年度進出口額首次突破1,000萬美元的，一次性給予20萬元人民幣獎勵；在此基礎上每增加1,000萬美元，再給予10萬元人民幣獎勵，每家企業每年最高不超過100萬元人民幣。",
        "第五條　支持企業經澳門「走出去」。企業通過在澳門設立的區域總部或分支機構對共建「一帶一路」國家進行投資的，按其實際投資額的2%給予支持，單個項目最高不超過300萬元人民幣。",
        "第六條　支持企業投保出口信用保險。對企業投保短期出口信用保險的保費，按實際繳納保費的50%給予補貼，每家企業每年最高不超過30萬元人民幣。",
        "第七條　支持專業服務機構發展。對在合作區設立、為企業參與共建「一帶一路」提供法律、會計、仲裁、認證等服務的澳門專業服務機構，按其年度服務收入的5%給予獎勵，每家機構每年最高不超過50萬元人民幣（或等值澳門元）。",
        "第八條　同一項目符合本措施及合作區其他同類扶持政策的，按照「從高不重複」原則給予支持。企業弄虛作假騙取資金的，追回已撥付資金，並依法依規追究相關責任。",
        "第九條　本措施由合作區經濟發展局負責解釋。",
        "第十條　本措施自發佈之日起施行，有效期至二〇二六年十二月三十一日。",
    ]
    wrap_at = "首次突破1,000萬美元的，"
    lines = [
        "首頁 > 政務公開 > 通知公告",
        title,
        "發佈時間：2024-05-21 10:30　來源：合作區經濟發展局　瀏覽次數：2,316　【字體：大 中 小】",
        "",
        docno,
        "",
        title,
        "",
        "合作區各有關單位，各相關企業：",
        "",
        "　　" + notice,
        "",
        "　　　　　　　　　　　　" + issuer,
        "　　　　　　　　　　　　二〇二四年五月二十日",
        "",
        "（聯繫人：陳先生，電話：0756-8841234）",
        "",
        measures.strip("《》"),
        "",
    ]
    for a in arts:
        if wrap_at in a:  # hard line break copied from the PDF attachment
            i = a.index(wrap_at) + len(wrap_at)
            lines += [a[:i], a[i:]]
        else:
            lines.append(a)
    lines += [
        "",
        "相關附件：琴合經〔2024〕8號.pdf",
        "【打印本頁】　【關閉窗口】",
        "主辦單位：橫琴粵澳深度合作區執行委員會　網站標識碼：4404000099　粵ICP備2021012345號",
    ]
    path = os.path.join(HERE, "blind25_traditional.txt")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    return {"blind25_traditional": [{
        "meta": {"title": title, "doc_number": docno, "issuer": issuer, "date": "2024-05-20"},
        "clauses": [notice] + arts,
        "_note": ("UTF-8 with BOM, CRLF line ends, traditional characters throughout. Title, 文号 and issuer are expected AS PRINTED in traditional "
                  "characters (橫琴粵澳深度合作區…通知, 琴合經〔2024〕8號); a consistent simplified rendering would be a lesser fault, a mixed or garbled "
                  "one is wrong. Date is the 成文日期 二〇二四年五月二十日 = 2024-05-20, not the web 發佈時間 2024-05-21 and not the expiry "
                  "二〇二六年十二月三十一日. One document (notice + the measures it issues); splitting into notice and measures is acceptable if "
                  "both keep the right 文号/date and no text is lost. Not clauses: web breadcrumb, the repeated web title, the 發佈時間 line, the "
                  "文号 line, salutation, signature/date, 聯繫人 line, the measures' own title line, 相關附件/打印本頁/主辦單位…粵ICP備…號 footer. "
                  "第四條 is hard-wrapped after '首次突破1,000萬美元的，' and must be rejoined into one clause. 第三條's items （一）（二）（三） are "
                  "their own clauses (keeping them inside 第三條 is minor)."),
    }]}


# ================================================================ file 3
def make_stat_pdf():
    issuer = "湖南省商务厅"
    title = "关于中国（湖南）自由贸易试验区2024年1—6月主要指标运行情况的通报"
    docno = "湘商自贸函〔2024〕21号"
    addressee = "长沙市、岳阳市、郴州市人民政府，省自贸试验区工作领导小组各成员单位："
    intro = "2024年以来，各片区、各成员单位深入贯彻落实省委、省政府决策部署，聚焦“三区一廊”战略定位，扎实推进自贸试验区各项改革创新任务，主要指标保持较快增长。现将1—6月运行情况通报如下："
    h1 = "一、总体运行情况"
    p1 = ("1—6月，自贸试验区实现进出口总额1,486.37亿元，同比增长12.6%，高于全省平均水平8.3个百分点，占全省进出口总额的42.7%，"
          "占比较上年同期提高3.1个百分点。其中，出口1,032.58亿元，增长15.2%；进口453.79亿元，增长7.1%。实际使用外资4.82亿美元，"
          "同比下降3.2%，降幅较1—3月收窄5.4个百分点。新设企业12,863户，同比增长9.8%，其中外资企业216户，增长18.7%。")
    p2 = "1—6月，自贸试验区对共建“一带一路”国家和地区实现进出口612.45亿元，同比增长18.3%，占自贸试验区进出口总额的41.2%。分区域情况见表1。"
    cap1 = "表1　2024年1—6月自贸试验区对共建“一带一路”国家和地区进出口情况"
    t1_head = ["国家和地区", "进出口", "同比增长", "出口", "同比增长", "进口", "同比增长"]
    M = "\u2212"
    t1_rows = [
        ["东盟", "268.34", "21.5", "181.27", "24.8", "87.07", "15.1"],
        ["非洲", "126.58", "26.4", "98.36", "30.2", "28.22", "14.6"],
        ["中东欧", "58.91", M + "3.2", "45.12", "2.7", "13.79", M + "18.6"],
        ["西亚", "71.06", "12.9", "49.83", "16.4", "21.23", "5.5"],
        ["中亚", "33.47", "35.8", "28.95", "41.3", "4.52", "8.9"],
        ["其他", "54.09", "9.7", "38.76", "12.4", "15.33", "3.6"],
        ["合计", "612.45", "18.3", "442.29", "21.6", "170.16", "11.2"],
    ]
    h2 = "二、各片区运行情况"
    pz = [
        "（一）长沙片区。进出口总额958.64亿元，同比增长14.8%，占自贸试验区的64.5%；实际使用外资3.16亿美元，同比增长2.4%；新设企业8,947户，增长11.6%。其中，临空区块进出口312.58亿元，首次突破300亿元。",
        "（二）岳阳片区。进出口总额327.15亿元，同比增长11.3%，占自贸试验区的22.0%；实际使用外资0.97亿美元，同比下降12.6%；新设企业2,418户，增长6.3%。城陵矶港完成集装箱吞吐量68.2万标箱，增长9.4%。",
        "（三）郴州片区。进出口总额200.58亿元，同比增长5.9%，占自贸试验区的13.5%；实际使用外资0.69亿美元，同比下降8.0%；新设企业1,498户，增长4.1%。",
    ]
    cap2 = "表2　2024年1—6月自贸试验区分片区分贸易方式进出口情况"
    zones = ["长沙片区", "岳阳片区", "郴州片区", "合计"]
    t2_rows = [
        ["一般贸易", "512.36", "16.2", "168.93", "13.5", "62.15", M + "3.2", "743.44", "13.9"],
        ["加工贸易", "186.42", "9.7", "35.28", M + "7.4", "96.84", "8.1", "318.54", "7.6"],
        ["保税物流", "203.17", "18.5", "98.47", "12.6", "33.26", "15.3", "334.90", "16.4"],
        ["其他", "56.69", "11.2", "24.47", "6.8", "8.33", M + "12.5", "89.49", "7.9"],
        ["合计", "958.64", "14.8", "327.15", "11.3", "200.58", "5.9", "1,486.37", "12.6"],
    ]
    note2 = "注：进出口数据来源于长沙海关，按进出口企业所在地统计；增速按可比口径计算。"
    h3 = "三、存在的问题和下一步工作"
    p3 = "从运行情况看，自贸试验区发展仍面临一些困难和问题：实际使用外资同比下降3.2%，岳阳、郴州片区降幅较大；郴州片区一般贸易进出口下降3.2%，外贸增长动力有待增强。下一步，各片区要重点做好以下工作："
    p3items = [
        "（一）全力稳外资。用好中非经贸博览会、湘南湘西承接产业转移等平台，加大招商引资力度，力争下半年实际使用外资降幅收窄、全年实现正增长。",
        "（二）深度融入共建“一带一路”。加快中欧班列（长沙）扩容提质，拓展经岳阳港至东盟的江海联运航线，扩大对东盟、非洲等市场进出口。",
        "（三）加强制度创新。围绕“三区一廊”定位，年内形成不少于20项制度创新成果，复制推广一批首创性改革经验。",
    ]
    date_cn = "2024年7月26日"

    doc = new_document()
    red_masthead(doc, issuer)
    p = para(doc, docno, align="center", indent=False)
    border(p)
    blank(doc)
    para(doc, title, align="center", indent=False, size=20, font=SANS, bold=True, space_after=12)
    para(doc, addressee, indent=False)
    para(doc, intro)
    para(doc, h1, font=SANS)
    para(doc, p1)
    para(doc, p2)

    def table(caption, header_rows, rows, merges, widths):
        c = para(doc, caption, align="center", indent=False, size=12, font=SANS, bold=True)
        c.paragraph_format.space_before = Pt(6)
        para(doc, "单位：亿元、%", align="right", indent=False, size=10.5)
        ncol = len(rows[0])
        t = doc.add_table(rows=len(header_rows) + len(rows), cols=ncol)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, hr in enumerate(header_rows):
            for j, v in enumerate(hr):
                if v is not None:
                    cell_text(t.cell(i, j), v, bold=True)
        for (r0, c0, r1, c1) in merges:
            t.cell(r0, c0).merge(t.cell(r1, c1))
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                cell_text(t.cell(len(header_rows) + i, j), v, bold=(row[0] == "合计"), align="center" if j == 0 else "right")
        t.autofit = False
        grid = t._tbl.tblGrid
        for j, (gc, w) in enumerate(zip(grid.findall(qn("w:gridCol")), widths)):
            gc.set(qn("w:w"), str(int(w * 567)))
        for row in t.rows:
            col = 0
            for tc in row._tr.tc_lst:
                span = tc.grid_span
                tc.width = Cm(sum(widths[col:col + span]))
                col += span
        return t

    table(cap1, [t1_head], t1_rows, [], [2.8, 2.1, 2.1, 2.1, 2.1, 2.1, 2.1])
    blank(doc)
    para(doc, h2, font=SANS)
    for x in pz:
        para(doc, x)
    hdr_a = ["指标", "长沙片区", None, "岳阳片区", None, "郴州片区", None, "合计", None]
    hdr_b = [None, "金额", "增速", "金额", "增速", "金额", "增速", "金额", "增速"]
    table(cap2, [hdr_a, hdr_b], t2_rows, [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 0, 6), (0, 7, 0, 8)],
          [2.0, 1.9, 1.5, 1.9, 1.5, 1.9, 1.5, 2.1, 1.5])
    para(doc, note2, indent=False, size=10.5)
    blank(doc)
    para(doc, h3, font=SANS)
    para(doc, p3)
    for x in p3items:
        para(doc, x)
    blank(doc)
    blank(doc)
    para(doc, issuer, align="right", indent=False)
    para(doc, date_cn, align="right", indent=False)
    para(doc, "（此件主动公开）")
    blank(doc)
    p = para(doc, "抄送：商务部自由贸易试验区港建设协调司，省人民政府办公厅。", indent=False, size=14)
    border(p, "top", "000000", 6)
    border(p, "bottom", "000000", 6)
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run("湖南省商务厅办公室\t2024年7月29日印发")
    set_run_font(r, SERIF, 14)
    border(p, "bottom", "000000", 12)

    tmp = tempfile.mkdtemp(prefix="blind25_")
    try:
        dpath = os.path.join(tmp, "blind25_stat_pdf.docx")
        doc.save(dpath)
        pdf = docx_to_pdf(dpath, tmp)
        shutil.move(pdf, os.path.join(HERE, "blind25_stat_pdf.pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    j = lambda cells: " | ".join(cells)
    clauses = [intro, h1, p1, p2, j(t1_head)] + [j(r) for r in t1_rows] + [h2] + pz
    clauses += [j([c for c in hdr_a if c]), j([c for c in hdr_b if c])] + [j(r) for r in t2_rows] + [note2, h3, p3] + p3items
    return {"blind25_stat_pdf": [{
        "meta": {"title": title, "doc_number": docno, "issuer": issuer, "date": "2024-07-26"},
        "clauses": clauses,
        "_note": ("One document (Word -> PDF via LibreOffice). Table rows are written with cells joined by ' | '; the separator is free, but each "
                  "row must be one clause with all cells in order, negative growth kept as −3.2 / −7.4 / −12.5 / −18.6 (sign not lost or split off) "
                  "and 1,486.37 not broken at the comma. Header rows of table 2 are two-level (指标 spans two rows; 长沙片区/岳阳片区/郴州片区/合计 each "
                  "span 金额+增速); flattening them into one header clause or folding headers into rows is fine. Not clauses: masthead, 文号 line, "
                  "addressee line, table captions '表1…'/'表2…' (keeping them as their own clause is minor, gluing them into a row is wrong), "
                  "the '单位：亿元、%' lines, signature, date, '（此件主动公开）', 抄送 and 印发 lines, page numbers '— 1 —'. Date is the 成文日期 "
                  "2024-07-26, not the 印发 date 2024-07-29. The figures paragraphs must not be cut at decimal points or at '1—6月'."),
    }]}


def main():
    expected = {}
    expected.update(make_proposal_reply())
    expected.update(make_traditional())
    expected.update(make_stat_pdf())
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
