# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 545 blind test documents: 自贸片区管委会 年度制度创新成果 发布公告/通知 with 成果清单."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)

HEADERS = ["序号", "成果名称", "创新内容", "实施成效", "牵头单位", "类别"]


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first_indent=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_runs(p, parts, size=16):
    """parts: list of (text, font, bold). '\n' inside text -> soft line break."""
    for text, font, bold in parts:
        segs = text.split("\n")
        for i, s in enumerate(segs):
            r = p.add_run(s)
            set_font(r, font, size, bold)
            if i < len(segs) - 1:
                r.add_break()
    return p


def body(doc, text, font=FS, size=16, indent=True, bold=False):
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, size * 2 if indent else 0)
    add_runs(p, [(text, font, bold)], size)
    return p


def runin(doc, head, head_font, rest, head_bold=False, size=16):
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, size * 2)
    add_runs(p, [(head, head_font, head_bold), (rest, FS, False)], size)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p)


def border(p, side="bottom", color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="1" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, color)))


def page_setup(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        section.top_margin = Cm(2.6)
        section.bottom_margin = Cm(2.4)
        section.left_margin = Cm(2.5)
        section.right_margin = Cm(2.5)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.top_margin = Cm(3.7)
        section.bottom_margin = Cm(3.5)
        section.left_margin = Cm(2.8)
        section.right_margin = Cm(2.6)


def page_number_footer(section):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r = p.add_run("1")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s w:val="false"/>' % nsdecls("w")))


def cell_write(cell, paras, font=FS, size=10.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY, bold=False, indent=False):
    """paras: list of paragraph strings ('\n' = soft break)."""
    first = True
    for t in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        fmt(p, align, size * 2 if indent else 0, line=None)
        p.paragraph_format.line_spacing = 1.0
        add_runs(p, [(t, font, bold)], size)


def no_borders_table(tbl):
    tblpr = tbl._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))


def set_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths_cm):
                c.width = Cm(widths_cm[i])


def row_clause(no, r):
    vals = [str(no), "".join(r["name"]), "".join(r["content"]), "".join(r["effect"]),
            "".join(r["lead"]), r["cat"]]
    vals = [v.replace("\n", "") for v in vals]
    return "；".join("%s：%s" % (h, v) for h, v in zip(HEADERS, vals))


def build_list_table(doc, groups, widths, header_texts=None, vmerge_lead=False, size=10.5):
    """groups: list of (group_title, rows). Returns list of clauses."""
    header_texts = header_texts or HEADERS
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(header_texts):
        cell_write(hdr.cells[i], [h], HT, size + 0.5, WD_ALIGN_PARAGRAPH.CENTER)
    clauses = []
    no = 0
    merge_plan = []  # (start_row_idx, end_row_idx)
    for gtitle, rows in groups:
        gr = t.add_row()
        m = gr.cells[0].merge(gr.cells[5])
        cell_write(m, [gtitle], HT, size + 0.5, WD_ALIGN_PARAGRAPH.LEFT)
        prev_lead = None
        run_start = None
        for r in rows:
            no += 1
            tr = t.add_row()
            idx = len(t.rows) - 1
            c = tr.cells
            cell_write(c[0], [str(no)], FS, size, WD_ALIGN_PARAGRAPH.CENTER)
            cell_write(c[1], r["name"], FS, size, WD_ALIGN_PARAGRAPH.LEFT)
            cell_write(c[2], r["content"], FS, size, indent=True)
            cell_write(c[3], r["effect"], FS, size, indent=True)
            lead_key = "".join(r["lead"])
            if vmerge_lead and prev_lead == lead_key:
                merge_plan[-1] = (merge_plan[-1][0], idx)
            else:
                cell_write(c[4], r["lead"], FS, size, WD_ALIGN_PARAGRAPH.CENTER)
                merge_plan.append((idx, idx))
            prev_lead = lead_key
            cell_write(c[5], [r["cat"]], FS, size, WD_ALIGN_PARAGRAPH.CENTER)
            clauses.append(row_clause(no, r))
    if vmerge_lead:
        for a, b in merge_plan:
            if b > a:
                t.cell(a, 4).merge(t.cell(b, 4))
    set_widths(t, widths)
    return clauses


def convert(docx_path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_545", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    page_setup(doc.sections[0])
    page_number_footer(doc.sections[0])
    return doc


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None, level="zone",
                region=None, effective=None, expires=None, attachments=[], doc_type=None,
                recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


# =================================================================== DOC A: 南沙 公告
NS_GROUPS = [
    ("一、投资便利化（3项）", [
        dict(name=["港澳投资者商事登记“跨境通办”全程电子化模式"],
             content=["依托粤港澳大湾区“跨境通办”服务专区，在香港、澳门设立南沙商事登记远程服务点，港澳投资者可通过视频核验、电子签名等方式在境外完成企业设立、变更、注销登记全流程办理。",
                      "推行港澳公证文书“一次认证、多次使用”，对已在系统内留存的主体资格公证文书，在有效期内办理后续登记业务时免于重复提交。"],
             effect=["2025年通过“跨境通办”渠道办理港澳资企业登记业务2136件，平均办理时间由原来的5个工作日压缩至1个工作日以内。",
                     "为港澳投资者节约往返交通、公证认证等费用约1800万元，新设港澳资企业1347家，同比增长21.6%。"],
             lead=["南沙区市场监督管理局"], cat="全国首创"),
        dict(name=["外商投资企业“准入即准营”集成审批改革"],
             content=["对外商投资企业设立涉及的商事登记、外汇登记、海关备案、税务登记等11个事项实施“一表申报、一窗受理、并联审批”，申请材料由42份精简至14份。",
                      "在餐饮、零售、文化娱乐等8个行业推行“一业一证”，将行业准营涉及的多项许可整合为一张行业综合许可证。"],
             effect=["外商投资企业从设立到具备经营条件的平均时间由23个工作日缩短至5个工作日。",
                     "2025年累计发放行业综合许可证612张，惠及外商投资企业286家。"],
             lead=["南沙区政务服务数据管理局"], cat="全省首创"),
        dict(name=["重大产业项目“拿地即开工”全链条审批服务机制"],
             content=["在土地出让阶段同步开展方案审查、施工图审查和工程规划许可预审，实行“带方案出让、承诺制审批、容缺后补”。",
                      "建立项目服务专员制度，对总投资10亿元以上的外资项目实行“一项目一专班”。"],
             effect=["2025年共有27个重大产业项目实现“拿地即开工”，其中外资项目9个，总投资达386亿元。",
                     "项目从取得土地到开工建设平均用时由6个月压缩至1个月以内。"],
             lead=["南沙区规划和自然资源局、\n南沙区住房和城乡建设局"], cat="集成创新"),
    ]),
    ("二、贸易便利化（4项）", [
        dict(name=["跨境电商出口退货“保税仓+海外仓”双向流通监管模式"],
             content=["允许跨境电商企业将海外仓滞销或退货商品以“跨境电商出口退货”方式运回南沙综合保税区保税仓，经分拣、检测、重新包装后再次出口或转为一般贸易进口。",
                      "海关对退货商品实施“区内集中查验、分类处置”，对符合条件的退货商品准予退还已征收的出口关税，并对原出口退税作相应处理。"],
             effect=["2025年累计监管跨境电商出口退货商品38.6万票、货值4.2亿元，退货商品再出口率达到73%。",
                     "企业退货物流成本平均降低约40%，退货处理周期由45天缩短至12天。"],
             lead=["南沙海关"], cat="全国首创"),
        dict(name=["进口冷链食品“预检验+附条件放行”通关模式"],
             content=["对来自检疫准入国家和地区、持续合规记录良好的进口冷链食品，在货物抵港前依据境外官方证书和企业申报信息开展预检验。",
                      "货物抵港后，对低风险商品实施“抽样后即放行”，检测结果出具前允许企业提离至指定冷库存储，检测合格后即可上市销售。"],
             effect=["进口冷链食品平均通关时间由4.5天压缩至1.2天，2025年累计验放进口冷链食品52.3万吨，为企业节约冷库滞港费用约6300万元。"],
             lead=["南沙海关"], cat="全省首创"),
        dict(name=["国际航行船舶“一单多报”联合登临检查机制"],
             content=["整合海关、海事、边检等部门对国际航行船舶的进出境申报要素，实行“一次申报、一次登临、联合检查、结果互认”。",
                      "依托国际贸易“单一窗口”开发船舶联合检查模块，口岸各部门检查指令同步下达、检查结果实时共享。"],
             effect=["2025年共实施联合登临检查1874艘次，船舶在港停泊时间平均减少6.8小时。",
                     "单船进出境申报数据项由1126项精简至371项，精简比例达67%。"],
             lead=["南沙海事局"], cat="集成创新"),
        dict(name=["粤港澳大湾区组合港“一次报关、一次查验、一次放行”模式"],
             content=["以南沙港为枢纽，与珠江西岸及粤东粤西21个内河码头建立组合港，货物在起运港一次报关、一次查验，在南沙港直接装船出口，全程视同一个港区内作业。",
                      "推动组合港与“湾区一港通”“跨境一锁”等模式衔接，实现与香港机场、葵青码头的陆空海多式联运对接。"],
             effect=["2025年组合港累计完成集装箱吞吐量165.8万标箱，同比增长18.4%。",
                     "企业物流成本每标箱平均降低约500元，通关时间压缩近50%。"],
             lead=["南沙海关、\n广州港集团有限公司"], cat="集成创新"),
    ]),
    ("三、金融开放创新（2项）", [
        dict(name=["跨境贸易投资高水平开放外汇管理试点"],
             content=["对区内符合条件的优质企业，允许经常项目外汇资金凭企业收付款指令直接办理，资本项目收入在境内支付使用时无需事前逐笔提供真实性证明材料。",
                      "开展外商投资企业境内再投资免于登记、非金融企业外债便利化额度试点，单户企业外债便利化额度最高可达1000万美元。"],
             effect=["2025年累计为区内487家企业办理便利化跨境收支业务186.3亿美元，业务办理时间平均缩短约80%。"],
             lead=["国家外汇管理局广东省分局"], cat="集成创新"),
        dict(name=["港澳居民“跨境理财通”南沙服务专区"],
             content=["在南沙设立“跨境理财通”综合服务专区，为港澳居民提供账户开立见证、产品咨询、投资者教育等“一站式”服务。",
                      "推动区内银行与港澳合作银行建立账户信息互认机制，港澳居民开立内地投资账户时间由2天缩短至半天。"],
             effect=["2025年专区累计服务港澳居民1.86万人次，办理“跨境理财通”业务资金跨境汇划金额达到37.4亿元，同比增长62%。"],
             lead=["南沙区金融工作局"], cat="全省首创"),
    ]),
    ("四、粤港澳规则衔接（3项）", [
        dict(name=["港澳工程建设领域专业人士执业备案“南沙模式”"],
             content=["对取得香港、澳门注册执业资格的建筑师、工程师、测量师等专业人士，经备案后可在南沙直接提供工程建设专业服务，无需另行取得内地执业资格。",
                      "允许港澳工程企业以“港澳标准+内地验收”方式承接区内政府投资项目，同步建立执业信用评价和退出机制。"],
             effect=["截至2025年底，累计为港澳专业人士办理执业备案436人次、港澳工程企业备案52家。",
                     "港澳企业参与区内工程项目合同额达到28.9亿元。"],
             lead=["南沙区住房和城乡建设局"], cat="全国首创"),
        dict(name=["涉外商事纠纷“调解+仲裁+诉讼”一站式多元化解机制"],
             content=["依托南沙国际仲裁中心、南沙区人民法院和粤港澳商事调解联盟，建立涉外商事纠纷诉调对接、仲裁与调解衔接工作机制。",
                      "允许当事人选择港澳调解员、仲裁员，调解协议可通过司法确认或转化为仲裁裁决，在港澳地区申请认可和执行。"],
             effect=["2025年共受理涉外涉港澳商事纠纷1265件，调解成功率达到64.5%，平均化解周期由原来的180天缩短至45天。"],
             lead=["南沙区司法局"], cat="集成创新"),
        dict(name=["“港澳药械通”指定医疗机构快速准入机制"],
             content=["对在港澳已上市、临床急需的药品和医疗器械，经审批后可在南沙区内指定医疗机构使用。",
                      "建立“一次审批、多家共享”机制，同一品种在一家指定医疗机构获批后，其他指定医疗机构可简化申请程序。"],
             effect=["截至2025年底，南沙区内指定医疗机构累计获批引进港澳药品23种、医疗器械17种，惠及患者3100余人次。"],
             lead=["南沙区卫生健康局"], cat="全省首创"),
    ]),
]


def make_nansha():
    doc = new_doc()
    clauses = []
    # 版头 (soft break inside the organ name)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, line=None, before=24)
    add_runs(p, [("中国（广东）自由贸易试验区\n广州南沙新区片区管理委员会", XBS, False)], 26)
    for r in p.runs:
        r.font.color.rgb = RED
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0)
    add_runs(p, [("穗南自贸〔2026〕3号", FS, False)])
    border(p, "bottom", "FF0000", 18)
    empty(doc)
    # title in two paragraphs
    for t in ["关于发布2025年度南沙片区", "制度创新成果的公告"]:
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, line=35)
        add_runs(p, [(t, XBS, False)], 22)
    empty(doc)

    c = ("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，对标国际高标准经贸规则，"
         "加快推进南沙深化面向世界的粤港澳全面合作，片区管委会组织开展了2025年度制度创新成果评估工作。"
         "经各单位申报、第三方机构评估、专家评审和管委会主任办公会议审议，共认定“港澳投资者商事登记‘跨境通办’全程电子化模式”等12项成果为2025年度南沙片区制度创新成果（详见附件），现予以公告。")
    body(doc, c); clauses.append(c)

    h, t = ("一、成果基本情况。",
            "本年度认定的12项制度创新成果中，投资便利化类3项、贸易便利化类4项、金融开放创新类2项、粤港澳规则衔接类3项；"
            "按创新程度分，全国首创3项、全省首创4项、集成创新5项。上述成果累计为市场主体节约成本逾12亿元，"
            "其中5项成果已被商务部、省自贸办作为最佳实践案例印发推广。")
    runin(doc, h, HT, t); clauses.append(h + t)

    body(doc, "二、推广应用要求", HT)
    items = [
        ("（一）做好宣传解读。", "各牵头单位要在本公告发布之日起30日内，通过政务网站、新闻发布会、政策宣讲会等方式，对成果的创新要点、适用对象和办理流程进行解读，提高企业知晓度和获得感。"),
        ("（二）推动复制推广。", "各牵头单位要及时总结提炼成果经验，形成可复制推广的操作规程和工作指引，主动对接省、市有关部门，争取在全省自贸试验区范围内复制推广。"),
        ("（三）加强跟踪评估。", "片区管委会将建立制度创新成果动态评估机制，每半年对成果实施情况进行一次评估，对实施效果不明显、企业评价较低的成果督促牵头单位整改。"),
        ("（四）强化激励保障。", "对被国务院或国家有关部委采纳复制推广的成果，按照《南沙片区制度创新激励办法》给予牵头单位和创新团队表彰奖励。"),
    ]
    for h, t in items:
        runin(doc, h, KT, t, head_bold=True); clauses.append(h + t)

    body(doc, "三、其他事项", HT)
    t = "本公告所列成果的具体办理流程，由各牵头单位另行公布。社会各界对成果实施有意见建议的，可向片区管委会反映。"
    body(doc, t); clauses.append(t)
    t = "联系人：南沙片区管委会制度创新处陈晓琳，联系电话：020-39078516。"
    body(doc, t); clauses.append(t)
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 32)
    add_runs(p, [("附件：2025年度南沙片区制度创新成果清单", FS, False)])
    empty(doc, 3)
    # 落款 aligned by typed spaces
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 0)
    add_runs(p, [("            中国（广东）自由贸易试验区广州南沙新区", FS, False)])
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 0)
    add_runs(p, [("                    片区管理委员会", FS, False)])
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 0)
    add_runs(p, [("                    2026年1月16日", FS, False)])
    empty(doc)

    # attachment: landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=True)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 0)
    add_runs(p, [("附件", HT, False)])
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, line=36, after=12)
    add_runs(p, [("2025年度南沙片区制度创新成果清单", XBS, False)], 22)
    clauses += build_list_table(doc, NS_GROUPS, [1.2, 4.0, 8.6, 6.8, 2.8, 1.8])
    empty(doc)

    stem = "blind545_nansha_gonggao"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    m = meta(title="关于发布2025年度南沙片区制度创新成果的公告",
             doc_number="穗南自贸〔2026〕3号",
             issuer=["中国（广东）自由贸易试验区广州南沙新区片区管理委员会"],
             date="2026-01-16",
             region="中国（广东）自由贸易试验区广州南沙新区片区",
             attachments=["2025年度南沙片区制度创新成果清单"],
             doc_type="公告")
    return stem, path, [dict(meta=m, clauses=clauses)]


# =================================================================== DOC B: 厦门 通知 (joint)
XM_GROUPS = [
    ("一、投资便利化（2项）", [
        dict(name=["外商投资企业“智能审批+信用承诺”登记模式"],
             content=["依托厦门市商事主体登记“智能审批”系统，对外商投资企业设立登记中的名称、住所、经营范围等标准化要素实行系统自动比对、自动审核。",
                      "对信用良好的外国投资者，其主体资格证明文件实行“信用承诺+事后核查”，允许先行办理登记、30日内补交公证认证文件。"],
             effect=["外商投资企业设立登记由3个工作日缩短至“即报即办”。",
                     "2025年通过智能审批办理外资企业登记1152件，占同期外资登记总量的68%。"],
             lead=["厦门市市场监督管理局"], cat="全省首创"),
        dict(name=["境外职业资格认可“清单+积分”制度"],
             content=["发布境外职业资格认可清单，涵盖金融、建筑、医疗、航运等领域62项境外职业资格。",
                      "持证人员可在片区内备案执业，并按资格等级、执业年限等计算人才积分，享受子女入学、住房保障等服务。"],
             effect=["截至2025年底，已有417名境外专业人才完成执业备案，其中台湾地区专业人才289名；累计兑现人才积分服务事项1260项。"],
             lead=["厦门市人力资源和社会保障局"], cat="集成创新"),
    ]),
    ("二、贸易便利化（3项）", [
        dict(name=["跨境电商零售进口“仓储前置+\n保税展示”监管模式"],
             content=["允许跨境电商企业将保税备货商品前置存放至海沧、象屿综合保税区外的线下体验店，实行“区外展示、区内结算、线上下单、就近提货”。",
                      "海关依托电子围网和视频监控对前置仓商品实施全程动态监管，展示商品未售出的可在90日内退回综合保税区。"],
             effect=["2025年共设立前置仓及保税展示店23家，实现跨境电商零售进口交易额47.6亿元，同比增长34.2%。",
                     "消费者提货时间由3至5天缩短至即买即提。"],
             lead=["厦门海关"], cat="全国首创"),
        dict(name=["出口货物“抵港直装”与进口货物“船边直提”组合通关模式"],
             content=["出口货物在完成申报且无需查验的情况下，可直接运抵码头装船，无需在堆场二次转运；进口货物在船舶抵港前完成提前申报和单证审核，货物卸船后即可在船边提离。",
                      "同步推行查验作业“预约+优先”机制。"],
             effect=["2025年“抵港直装”“船边直提”业务量分别达到28.7万标箱和16.4万标箱。",
                     "企业通关时间平均压缩80%以上，每标箱节约物流成本约300元。"],
             lead=["厦门海关"], cat="集成创新"),
        dict(name=["保税维修“一本账册、多地作业”监管模式"],
             content=["对航空器、船舶等大型装备保税维修企业，允许以一本加工贸易账册管理片区内外多个维修作业场所。",
                      "维修所需进口零部件可在综合保税区与区外维修场所间按“分送集报”方式流转，维修完毕后统一办理核销手续。"],
             effect=["2025年保税维修业务产值达到112.5亿元，同比增长19.3%。",
                     "企业周转期平均缩短15天，减少资金占用约3.6亿元。"],
             lead=["厦门海关、\n厦门市商务局"], cat="全国首创"),
    ]),
    ("三、航运物流（2项）", [
        dict(name=["“海铁联运”一单制全程提单模式"],
             content=["以厦门港为起点，联合铁路部门和船公司签发“海铁联运”全程提单，实现“一次委托、一单到底、一次收费、一次保险”。",
                      "全程提单可作为信用证结算和押汇凭证，具备物权凭证功能。"],
             effect=["2025年共签发海铁联运全程提单6824票，带动海铁联运箱量增长至21.3万标箱，同比增长27%。",
                     "依托全程提单办理贸易融资业务9.8亿元。"],
             lead=["厦门港口管理局"], cat="全省首创"),
        dict(name=["国际船舶登记“船籍港+便利化”服务机制"],
             content=["以“中国厦门”为船籍港开展国际船舶登记，对境外建造、购置的船舶实行船舶所有权登记、国籍登记和船舶检验“并联办理”。",
                      "允许符合条件的外籍船员在“中国厦门”籍国际船舶上任职，船员证书实施电子化签发。"],
             effect=["截至2025年底，以“中国厦门”为船籍港登记的国际船舶达到58艘、总吨位286万吨。",
                     "船舶登记办理时间由15个工作日缩短至3个工作日。"],
             lead=["厦门海事局"], cat="集成创新"),
    ]),
    ("四、两岸融合发展（3项）", [
        dict(name=["台企台胞涉税事项“跨境办”服务模式"],
             content=["设立台胞台企专属办税服务区，推行涉税事项“远程视频办、全程网上办、专员陪同办”。",
                      "对台湾地区居民纳税身份实行“一次认定、多年使用”，简化台湾地区居民个人所得税申报材料。"],
             effect=["2025年为台企台胞办理涉税事项3.9万件，其中远程办理占比达72%，台胞纳税人满意度达到99.2%。"],
             lead=["国家税务总局厦门市税务局"], cat="全省首创"),
        dict(name=["台湾地区农产品“源头管理+快速验放”通关模式"],
             content=["对从台湾地区进口的水果、水产品等农产品，认可台湾地区检验检测机构出具的部分检测报告，在源头实施质量安全管理。",
                      "货物抵达后实行“先放行后检测”，检测合格后即可上市销售；建立台湾农产品质量追溯平台，实现“一品一码”全程追溯。"],
             effect=["台湾地区农产品平均通关时间由2天压缩至6小时以内。",
                     "2025年经厦门口岸进口台湾地区农产品9.6万吨，货值18.7亿元，同比增长12.4%。"],
             lead=["厦门海关"], cat="集成创新"),
        dict(name=["两岸标准共通“一标多认”服务机制"],
             content=["建立海峡两岸标准共通服务平台，在电子信息、智能制造、文旅服务等领域开展两岸标准比对，推动两岸共同制定团体标准。",
                      "对同时符合两岸标准的产品实行“一次检测、两岸采信”。"],
             effect=["截至2025年底，累计完成两岸标准比对分析1380项，共同制定两岸团体标准46项，帮助台资企业减少重复检测费用约2100万元。"],
             lead=["厦门市市场监督管理局"], cat="全国首创"),
    ]),
]


def make_xiamen():
    doc = new_doc()
    clauses = []
    # joint 版头 as a layout table: two organ names left, "文件" right spanning both rows
    t = doc.add_table(rows=2, cols=2)
    no_borders_table(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(["中国（福建）自由贸易试验区\n厦门片区管理委员会", "厦门市商务局"]):
        c = t.cell(i, 0)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        add_runs(p, [(name, XBS, False)], 20)
        for r in p.runs:
            r.font.color.rgb = RED
    m = t.cell(0, 1).merge(t.cell(1, 1))
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(p, [("文件", XBS, False)], 36)
    for r in p.runs:
        r.font.color.rgb = RED
    from docx.enum.table import WD_ALIGN_VERTICAL
    m.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    set_widths(t, [11.5, 4.0])
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0)
    add_runs(p, [("厦自贸委〔2026〕4号", FS, False)])
    border(p, "bottom", "FF0000", 18)
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, line=35)
    add_runs(p, [("关于印发2025年度厦门片区制度创新\n成果清单的通知", XBS, False)], 22)
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 0)
    add_runs(p, [("各区人民政府，市直各有关单位，片区各相关单位：", FS, False)])

    c = ("为贯彻落实《中国（福建）自由贸易试验区提升战略实施方案》，进一步发挥厦门片区改革开放“试验田”作用，"
         "经各单位申报、第三方评估和专家论证，厦门片区管委会、市商务局共同确定“跨境电商零售进口‘仓储前置+保税展示’监管模式”等10项成果为2025年度厦门片区制度创新成果。"
         "现将成果清单印发给你们，并就有关事项通知如下：")
    body(doc, c); clauses.append(c)
    h, t_ = ("一、充分认识制度创新成果推广的重要意义。",
             "制度创新是自贸试验区建设的核心任务。各单位要把成果复制推广作为深化改革、优化营商环境的重要抓手，结合职能抓好落实，推动更多改革红利惠及企业和群众。")
    runin(doc, h, HT, t_); clauses.append(h + t_)
    body(doc, "二、抓好成果落地实施", HT)
    h, t_ = ("（一）明确责任分工。",
             "各牵头单位是成果推广实施的责任主体，要于2026年3月15日前制定具体实施细则，明确办理流程、服务标准和时限要求，并报片区管委会备案。")
    runin(doc, h, KT, t_, True); clauses.append(h + t_)
    h, t_ = ("（二）扩大适用范围。", "对已在片区内运行成熟的成果，要积极推动向全市范围复制推广。重点做好以下工作：")
    runin(doc, h, KT, t_, True); clauses.append(h + t_)
    for t_ in ["1.各区人民政府要结合辖区产业特点，选择适用成果开展试点，原则上每个区2026年至少承接2项成果落地。",
               "2.市直各有关单位要加强与省级对口部门的沟通衔接，争取将成果纳入全省复制推广清单。",
               "3.片区各相关单位要做好政策咨询和业务指导，及时回应企业诉求。"]:
        body(doc, t_); clauses.append(t_)
    h, t_ = ("（三）加强数据监测。", "各牵头单位要建立成果实施台账，每季度结束后10个工作日内将实施情况和典型案例报送片区管委会。")
    runin(doc, h, KT, t_, True); clauses.append(h + t_)
    h, t_ = ("三、强化督促考评。",
             "片区管委会、市商务局将把成果复制推广情况纳入年度自贸试验区建设工作考评，对工作成效突出的单位予以通报表扬，对推进不力的单位进行督促提醒。")
    runin(doc, h, HT, t_); clauses.append(h + t_)
    t_ = "联系人：厦门片区管委会改革创新处林志远，电话：0592-6890327。"
    body(doc, t_); clauses.append(t_)
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 32)
    add_runs(p, [("附件：2025年度厦门片区制度创新成果清单", FS, False)])
    empty(doc, 3)
    # joint 落款 in a borderless layout table
    lt = doc.add_table(rows=2, cols=2)
    no_borders_table(lt)
    cell_write(lt.cell(0, 0), ["中国（福建）自由贸易试验区\n厦门片区管理委员会"], FS, 16, WD_ALIGN_PARAGRAPH.CENTER)
    cell_write(lt.cell(0, 1), ["厦门市商务局"], FS, 16, WD_ALIGN_PARAGRAPH.CENTER)
    m = lt.cell(1, 0).merge(lt.cell(1, 1))
    cell_write(m, ["2026年2月3日"], FS, 16, WD_ALIGN_PARAGRAPH.RIGHT)
    set_widths(lt, [8.0, 7.6])
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 32)
    add_runs(p, [("（此件公开发布）", FS, False)])

    p = doc.add_paragraph()
    fmt(p)
    p.add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 0)
    add_runs(p, [("附件", HT, False)])
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, line=36, after=12)
    add_runs(p, [("2025年度厦门片区制度创新成果清单", XBS, False)], 22)
    clauses += build_list_table(doc, XM_GROUPS, [0.9, 2.6, 4.6, 3.9, 2.1, 1.5], size=10)
    empty(doc, 2)
    # 版记
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 0)
    add_runs(p, [("抄送：福建省商务厅（省自贸办），厦门市人民政府办公厅。", FS, False)], 14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 0)
    add_runs(p, [("厦门片区管委会综合协调处              2026年2月4日印发", FS, False)], 14)
    border(p, "bottom", "000000", 8)

    stem = "blind545_xiamen_tongzhi"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    m = meta(title="关于印发2025年度厦门片区制度创新成果清单的通知",
             doc_number="厦自贸委〔2026〕4号",
             issuer=["中国（福建）自由贸易试验区厦门片区管理委员会", "厦门市商务局"],
             date="2026-02-03",
             region="中国（福建）自由贸易试验区厦门片区",
             attachments=["2025年度厦门片区制度创新成果清单"],
             doc_type="通知",
             recipients=["各区人民政府", "市直各有关单位", "片区各相关单位"],
             publicity="此件公开发布")
    return stem, path, [dict(meta=m, clauses=clauses)]


# =================================================================== DOC C: 郑州 公告 (Word auto numbering)
ZZ_GROUPS = [
    ("一、贸易便利化（3项）", [
        dict(name=["航空货运“空空中转”集拼监管模式"],
             content=["在郑州新郑国际机场推行国际货物“空空中转”集拼作业，允许不同航班、不同目的地的国际中转货物在海关监管作业场所内拆解、分拣、重新集拼后转运出境。",
                      "海关对中转货物实施“电子运单+智能卡口”监管，中转货物无需办理进出境报关手续。"],
             effect=["2025年完成国际中转货物集拼4.8万吨，同比增长46%。",
                     "中转货物平均停留时间由48小时缩短至12小时，带动郑州机场国际地区货邮吞吐量增长至52.6万吨。"],
             lead=["郑州海关"], cat="全国首创"),
        dict(name=["进口肉类“指定监管场地+集中查验”模式"],
             content=["在郑州片区内指定监管场地实施进口肉类集中查验、集中存储，查验与检疫作业“一次完成”。",
                      "对合规记录良好的企业实行“预约查验、优先检疫”。"],
             effect=["2025年验放进口肉类12.4万吨，货值9.3亿美元。",
                     "口岸查验时间平均压缩60%，企业单柜仓储费用降低约2000元。"],
             lead=["郑州海关"], cat="集成创新"),
        dict(name=["出口退税“备案单证数字化”管理"],
             content=["推动出口企业备案单证由纸质留存转为电子化存储，企业通过电子税务局上传购销合同、出口货物运输单据等备案单证即可完成备案。",
                      "对一类、二类出口企业实行出口退税“即报即审、即审即退”。"],
             effect=["正常出口退税平均办理时间压缩至3个工作日以内，一类出口企业压缩至1个工作日以内。",
                     "2025年共为片区2316家出口企业办理出口退税58.7亿元。"],
             lead=["国家税务总局郑州市税务局"], cat="全省首创"),
    ]),
    ("二、中欧班列与多式联运（3项）", [
        dict(name=["中欧班列（郑州）“运贸一体化”数字提单"],
             content=["中欧班列（郑州）运营平台签发具有物权凭证属性的多式联运数字提单，提单信息上链存证，实现运输、贸易、金融数据互联互通。",
                      "银行可凭数字提单为企业办理押汇、质押融资等业务，货物在途即可实现所有权转让。"],
             effect=["2025年累计签发数字提单3457单，涉及货值26.8亿元。",
                     "依托数字提单为中小外贸企业提供融资11.2亿元，平均融资时间缩短至2个工作日。"],
             lead=["郑州国际陆港开发建设有限公司"], cat="全国首创"),
        dict(name=["中欧班列“集结中心+境外分拨”运营模式"],
             content=["以郑州为中欧班列集结中心，统筹中部地区货源集结编组，在德国汉堡、波兰马拉舍维奇、匈牙利布达佩斯等地设立境外分拨集疏中心，实现“去程集结、回程分拨”。",
                      "开行“跨境电商专列”“冷链专列”“汽车专列”等特色班列，提高回程重载率。"],
             effect=["2025年中欧班列（郑州）开行2986列，同比增长11.5%。",
                     "境外网络覆盖40个国家140多个城市，回程重载率达到92%。"],
             lead=["郑州国际陆港开发建设有限公司"], cat="集成创新"),
        dict(name=["“空铁联运”一单制全程服务模式"],
             content=["打通航空货运与铁路运输数据系统，对“空铁联运”货物实行一次托运、一次结算、一单到底。",
                      "海关对联运货物实施“属地申报、口岸验放”，中转环节不再重复查验。"],
             effect=["2025年完成“空铁联运”货物2.7万吨，全程物流时间平均缩短1.5天，物流成本降低约15%。"],
             lead=["郑州片区管委会改革创新局"], cat="全省首创"),
    ]),
    ("三、跨境电商（3项）", [
        dict(name=["跨境电商零售进口“网购保税+线下自提”模式"],
             content=["消费者在线上平台下单并完成身份核验、跨境电商综合税缴纳后，可在综合保税区内自提点或指定区外体验店现场提货。",
                      "海关依托“三单比对”和电子围网实时核放，实现订单申报、查验、放行“秒级”处理。"],
             effect=["2025年“线下自提”业务单量达到1260万单，交易额31.4亿元，同比增长38%。"],
             lead=["郑州海关"], cat="集成创新"),
        dict(name=["跨境电商B2B出口“清单申报、集中查验”便利化模式"],
             content=["对跨境电商B2B直接出口（9710）和出口海外仓（9810）货物，允许企业以清单方式申报，单票货值5000元以下的货物可按6位HS编码简化申报。",
                      "实施跨境电商货物“优先查验、集中查验”。"],
             effect=["2025年郑州片区跨境电商B2B出口申报清单达到2180万票，货值86.9亿元，同比增长29%。",
                     "通关时效平均提升约50%。"],
             lead=["郑州海关"], cat="全省首创"),
        dict(name=["跨境电商“跨境支付+结汇”一站式服务平台"],
             content=["搭建跨境电商综合金融服务平台，集成跨境收款、结售汇、出口收汇、出口信用保险等功能。",
                      "支持银行凭交易电子信息为跨境电商企业和个人办理跨境收支，实现货款“秒级”到账。"],
             effect=["平台累计服务跨境电商企业3418家，办理跨境收支业务42.5亿美元，企业汇兑成本平均降低0.3个百分点。"],
             lead=["国家外汇管理局河南省分局"], cat="全国首创"),
    ]),
    ("四、投资便利化（2项）", [
        dict(name=["外资项目“标准地+承诺制”供地模式"],
             content=["对外资工业项目实行“标准地”出让，出让前完成区域评估并明确亩均投资、亩均税收、能耗标准等控制指标。",
                      "企业签订承诺书后即可开工建设，竣工后按承诺指标进行达产复核。"],
             effect=["2025年通过“标准地+承诺制”出让工业用地2860亩，落地外资项目14个，合同外资4.6亿美元。",
                     "项目从拿地到开工平均用时缩短至30天。"],
             lead=["郑州市自然资源和规划局"], cat="全省首创"),
        dict(name=["外商投资企业“全生命周期”服务专员制度"],
             content=["为外商投资企业配备“服务专员”，提供从项目洽谈、注册设立、建设运营到增资扩股、注销退出的全生命周期服务。",
                      "建立外资企业诉求“接诉即办”机制，对企业反映的问题实行“3日响应、15日办结”。"],
             effect=["2025年共为652家外资企业配备服务专员，协调解决企业诉求1187件，办结率98.6%。",
                     "外资企业增资扩股项目37个，增资金额3.1亿美元。"],
             lead=["郑州市商务局"], cat="全国首创"),
    ]),
]


def add_chinese_numbering(doc, num_id=90):
    numbering = doc.part.numbering_part.element
    abs_xml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), num_id))
    abs_el = parse_xml(abs_xml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abs_el)
    else:
        numbering.append(abs_el)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), num_id, num_id)))
    return num_id


def numbered(p, num_id):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), num_id)))


def make_zhengzhou():
    doc = new_doc()
    nid = add_chinese_numbering(doc)
    clauses = []
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, line=36)
    add_runs(p, [("中国（河南）自由贸易试验区郑州片区\n管理委员会关于发布2025年度\n制度创新成果清单的公告", XBS, False)], 22)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, before=6)
    add_runs(p, [("郑自贸〔2026〕6号", KT, False)])
    empty(doc)

    c = ("为全面实施自由贸易试验区提升战略，加快建设内陆开放高地，郑州片区管委会组织开展了2025年度制度创新成果征集评选工作。"
         "经单位申报、初审筛选、专家评审和社会公示，确定“中欧班列（郑州）‘运贸一体化’数字提单”等11项成果为2025年度郑州片区制度创新成果，现将有关事项公告如下：")
    body(doc, c); clauses.append(c)

    def num_item(head, rest):
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, 32)
        numbered(p, nid)
        add_runs(p, [(head, HT, False), (rest, FS, False)])
        return p

    items = [
        ("成果分类情况。", "11项成果中，贸易便利化类3项、中欧班列与多式联运类3项、跨境电商类3项、投资便利化类2项。其中，全国首创4项、全省首创4项、集成创新3项。"),
        ("成果适用范围。", "本公告所列成果适用于郑州片区（含郑东新区、金水区、郑州经济技术开发区三个区块）内依法登记注册的各类市场主体。成果办理条件、流程等具体事项以各牵头单位发布的操作指引为准。"),
        ("工作要求。", "各牵头单位要切实履行成果推广主体责任，重点做好以下工作："),
    ]
    cn = "一二三四"
    for i, (h, t) in enumerate(items):
        num_item(h, t); clauses.append(cn[i] + "、" + h + t)
        if i == 2:
            for t2 in ["（一）制定操作指引。于2026年4月30日前出台成果操作指引，并在郑州片区门户网站公开。",
                       "（二）开展政策宣介。结合“自贸大讲堂”“政企面对面”等活动，每季度至少组织1次成果宣介活动。",
                       "（三）报送实施情况。每半年向片区管委会报送一次成果实施成效，片区管委会将适时组织第三方评估。"]:
                body(doc, t2); clauses.append(t2)
    h, t = "联系方式。", "郑州片区管委会改革创新局，联系电话：0371-86550217。"
    num_item(h, t); clauses.append("四、" + h + t)
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 32)
    add_runs(p, [("附件：2025年度郑州片区制度创新成果清单", FS, False)])
    empty(doc, 3)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    add_runs(p, [("中国（河南）自由贸易试验区郑州片区管理委员会", FS, False)])
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 0)
    add_runs(p, [("                              二〇二六年三月十日", FS, False)])

    p = doc.add_paragraph()
    fmt(p)
    p.add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 0)
    add_runs(p, [("附件", HT, False)])
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, line=36, after=12)
    add_runs(p, [("2025年度郑州片区制度创新成果清单", XBS, False)], 22)
    hdr = ["序\n号", "成果名称", "创新内容", "实施成效", "牵头\n单位", "类别"]
    clauses += build_list_table(doc, ZZ_GROUPS, [0.9, 2.6, 4.9, 4.0, 1.8, 1.4], header_texts=hdr,
                                vmerge_lead=True, size=10)
    empty(doc)

    stem = "blind545_zhengzhou_gonggao"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    m = meta(title="中国（河南）自由贸易试验区郑州片区管理委员会关于发布2025年度制度创新成果清单的公告",
             doc_number="郑自贸〔2026〕6号",
             issuer=["中国（河南）自由贸易试验区郑州片区管理委员会"],
             date="2026-03-10",
             region="中国（河南）自由贸易试验区郑州片区",
             attachments=["2025年度郑州片区制度创新成果清单"],
             doc_type="公告")
    return stem, path, [dict(meta=m, clauses=clauses)]


def main():
    expected = {}
    for fn in (make_nansha, make_xiamen, make_zhengzhou):
        stem, path, docs = fn()
        convert(path)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
