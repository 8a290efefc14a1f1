# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 574: court / procuratorate 服务保障自贸试验区 opinions."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def font(run, east=FS, size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def add_text(p, text, **kw):
    """Add text; '\n' inside text becomes a soft line break (w:br)."""
    pieces = text.split("\n")
    for i, piece in enumerate(pieces):
        if i:
            r = p.add_run()
            font(r, **kw)
            r.add_break()
        if piece:
            font(p.add_run(piece), **kw)


def border(p, side="bottom", color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def para(doc, parts=(), align=None, indent=True, line=28, before=0, after=0,
         borders=(), left=None):
    p = doc.add_paragraph()
    for b in borders:  # borders first so pPr child order stays valid
        border(p, *b)
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    if left is not None:
        pf.left_indent = left
    if align is not None:
        p.alignment = align
    for part in parts:
        if isinstance(part, str):
            add_text(p, part)
        else:
            text, kw = part
            add_text(p, text, **kw)
    return p


def empty(doc, line=28):
    return para(doc, [], indent=False, line=line)


def setup(doc):
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    # page number footer  "— 1 —"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), east=SONG, size=14)
    r = fp.add_run()
    font(r, east=SONG, size=14)
    for tag, extra in (("begin", None), (None, " PAGE "), ("separate", None), (None, None), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            rr = fp.add_run()
            font(rr, east=SONG, size=14)
            rr._r.append(fc)
        elif extra:
            rr = fp.add_run()
            font(rr, east=SONG, size=14)
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = extra
            rr._r.append(it)
        else:
            font(fp.add_run("1"), east=SONG, size=14)
    font(fp.add_run(" —"), east=SONG, size=14)


def red_header(doc, org_line, size=36):
    empty(doc)
    para(doc, [(org_line, dict(east=XBS, size=size, color=RED))],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60)
    empty(doc)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, east=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    add_text(p, text, east=east, size=size, bold=bold)


def data_table(doc, header, rows, widths, clauses):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, east=HT, size=14)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if len(v) > 12 else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[i].cells[j], v, align=al)
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, row)))
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    return t


def add_auto_numbering(doc, num_id=90):
    """Word numbering '%1.' (no tab) continuing over the whole document."""
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
        f'w:eastAsia="{FS}"/><w:b/><w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))
    return num_id


def set_num(p, num_id):
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


def table_borders(tbl, top=True, bottom=True, inside_h=True):
    tblpr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, on in (("top", top), ("left", False), ("bottom", bottom), ("right", False),
                     ("insideH", inside_h), ("insideV", False)):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "single" if on else "nil")
        if on:
            el.set(qn("w:sz"), "8")
            el.set(qn("w:color"), "000000")
        b.append(el)
    tblpr.append(b)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_574", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ doc A
def doc_fujian():
    doc = Document()
    setup(doc)
    clauses = []
    num_id = add_auto_numbering(doc)

    red_header(doc, "福建省高级人民法院文件")
    para(doc, [("闽高法发〔2026〕4号", dict(size=16))], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, borders=[("bottom", "FF0000", 18, 6)], after=6)
    empty(doc)
    title = "福建省高级人民法院关于为中国（福建）\n自由贸易试验区提升战略提供\n司法服务和保障的意见"
    para(doc, [(title, dict(east=XBS, size=22))], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=36)
    empty(doc)
    para(doc, ["全省各中级人民法院，厦门海事法院，平潭综合实验区人民法院，本院各部门："], indent=False)

    intro = ("为深入贯彻党中央关于实施自由贸易试验区提升战略的决策部署，全面落实《中国（福建）自由贸易试验区条例》，"
             "充分发挥审判职能作用，为中国（福建）自由贸易试验区（以下简称自贸试验区）福州、厦门、平潭三个片区"
             "建设更高水平开放型经济新体制提供有力司法服务和保障，结合全省法院工作实际，提出如下意见。")
    para(doc, [intro])
    clauses.append(intro)

    sections = [
        ("一、坚持正确方向，切实增强服务保障自贸试验区建设的责任感", [
            ("提高政治站位。", "全省法院要深刻认识自贸试验区作为改革开放“试验田”的重要地位，把服务保障自贸试验区建设作为融入新发展格局、推动高质量发展的重要抓手，坚持能动司法，主动对接自贸试验区制度创新需求，做到改革推进到哪里，司法服务就跟进到哪里。"),
            ("坚持依法平等保护。", "依法平等保护中外当事人的合法权益，严格落实外商投资准入前国民待遇加负面清单管理制度，对负面清单之外的领域，不得以未经审批为由认定外商投资合同无效。坚持各类市场主体诉讼地位平等、法律适用平等、法律责任平等。"),
            ("服务闽台融合发展。", "立足对台区位优势，依法妥善审理涉台投资、贸易、知识产权等纠纷，积极推进台胞陪审员、调解员参与涉台纠纷化解，支持平潭片区建设两岸融合发展示范区，为台湾同胞和台资企业在自贸试验区投资创业提供便利。"),
        ]),
        ("二、依法公正高效审理涉自贸试验区案件", [
            ("妥善审理涉外商投资纠纷案件。", "准确适用外商投资法及其实施条例，依法审理外商投资企业股权转让、增资扩股、合资合作等纠纷，审慎认定涉外商投资合同的效力，维护外商投资企业的经营自主权。对于因负面清单调整而引发的合同效力争议，依照有利于维护交易稳定的原则处理。"),
            ("依法保障贸易便利化。", "妥善审理国际货物买卖、跨境电商、服务贸易等纠纷，依法支持“两步申报”“提前申报”等海关监管创新，准确认定综合保税区内保税仓储、保税维修、保税展示交易等新型业态的法律关系，促进货物贸易优化升级。"),
            ("助力“丝路海运”和中欧班列发展。", "依法审理海上货物运输、多式联运、国际货运代理等纠纷，积极探索中欧（厦门）班列等铁路运输单证的物权凭证功能，支持“一单制”多式联运改革，服务“丝路海运”品牌建设和21世纪海上丝绸之路核心区建设。"),
            ("规范跨境电子商务交易秩序。", "依法审理跨境电子商务平台经营者、平台内经营者与消费者之间的纠纷，准确界定跨境电商零售进口、市场采购贸易等模式中各方主体的权利义务，依法惩治刷单炒信、虚假宣传等不正当竞争行为，营造公平有序的网络交易环境。"),
            ("加强金融创新司法保障。", "依法审理跨境人民币结算、跨境融资、融资租赁、供应链金融等纠纷，支持金融机构在自贸试验区内依法开展金融创新业务，对于符合监管规定的金融创新产品，依法认定其合同效力。依法打击非法集资、洗钱等金融违法犯罪活动，防范化解金融风险。"),
            ("强化知识产权保护。", "依法加大对自贸试验区内创新成果的保护力度，对恶意侵权、重复侵权等情节严重的侵犯知识产权行为，依法适用惩罚性赔偿。积极推进知识产权民事、行政、刑事案件“三合一”审理机制改革，探索建立技术调查官制度，提升技术类案件审判质效。"),
            ("依法审理涉自贸试验区行政案件。", "依法支持自贸试验区管理机构开展“放管服”改革，对于行政机关依据改革试点授权作出的行政行为，在审查其合法性时，应当充分考虑改革创新的特殊性。监督和支持行政机关依法行政，推动构建法治化营商环境。"),
            ("妥善处理涉自贸试验区破产案件。", "完善企业破产审判机制，依法推进重整、和解程序，积极挽救具有发展前景和挽救价值的困境企业。探索跨境破产协助机制，依法承认和协助执行外国法院作出的破产裁判，维护各国债权人的合法权益。"),
        ]),
        ("三、健全国际商事纠纷多元化解机制", [
            ("完善国际商事审判机制。", "推动在福州、厦门中级人民法院设立国际商事法庭，集中管辖涉自贸试验区的第一审国际商事案件。依法准确适用国际条约和国际惯例，尊重当事人协议选择适用的域外法律，提升涉外审判的国际公信力。"),
            ("支持国际商事仲裁发展。", "依法支持在自贸试验区内注册的企业之间约定在特定地点、按照特定仲裁规则、由特定人员对有关争议进行仲裁。加强对仲裁的司法审查与支持，依法及时办理仲裁保全、申请撤销和执行仲裁裁决案件，统一裁判尺度。"),
            ("推进诉调对接。", "加强与海峡两岸仲裁中心、中国国际经济贸易仲裁委员会海峡西岸仲裁中心、厦门国际商事调解中心等机构的对接，建立健全特邀调解员名册，推动商事纠纷通过调解、仲裁、诉讼等多种途径一站式化解。"),
            ("提升域外法查明能力。", "依托最高人民法院域外法查明平台和高校、科研机构，建立健全域外法查明工作机制，明确查明途径和认定规则，切实解决域外法查明难问题。"),
        ]),
        ("四、加强服务保障工作机制建设", [
            ("加强专业化审判队伍建设。", "选拔政治素质高、业务能力强、熟悉国际规则、具备外语能力的法官办理涉自贸试验区案件，加强与境外司法机构、国际组织的交流合作，培养一批具有国际视野的涉外法治人才。"),
            ("推进智慧法院建设。", "推广应用在线立案、跨域立案、电子送达、在线庭审等诉讼服务，为境外当事人参与诉讼提供身份认证、授权委托见证等便利，探索区块链技术在电子证据存证、核验中的运用。"),
            ("加强司法公开和典型案例发布。", "定期发布服务保障自贸试验区建设的司法白皮书和典型案例，以案释法，引导市场主体依法经营、诚信经营，增强自贸试验区建设的规则透明度和可预期性。"),
            ("建立常态化沟通协调机制。", "加强与自贸试验区管理机构和商务、海关、市场监管、金融监管等部门的沟通协作，通过联席会议、信息共享、司法建议等方式，及时研究解决自贸试验区建设中的法律问题。"),
            ("强化组织保障。", "全省各级法院要切实加强组织领导，明确责任部门，细化工作措施，确保各项举措落地见效。工作中遇到的新情况新问题，要及时层报省法院。"),
        ]),
    ]
    n = 0
    for head, items in sections:
        para(doc, [(head, dict(east=HT))])
        for bold_head, body in items:
            n += 1
            p = para(doc, [(bold_head, dict(bold=True)), body])
            set_num(p, num_id)
            clauses.append(f"{n}.{bold_head}{body}")

    last = "本意见由本院审判委员会负责解释，自印发之日起施行。"
    para(doc, [last])
    clauses.append(last)

    empty(doc)
    para(doc, ["附件：福建法院服务保障自由贸易试验区建设典型案例"], indent=True)
    empty(doc)
    empty(doc)
    # 落款 aligned by hand with ordinary spaces
    para(doc, [" " * 30 + "福建省高级人民法院"], indent=False)
    para(doc, [" " * 30 + "二〇二六年三月十八日"], indent=False)
    empty(doc)
    para(doc, ["（此件公开发布）"])

    # attachment
    page_break(doc)
    para(doc, [("附件", dict(east=HT))], indent=False)
    empty(doc)
    para(doc, [("福建法院服务保障自由贸易试验区\n建设典型案例", dict(east=XBS, size=22))],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)
    header = ["序号", "案件名称", "案号", "审理法院"]
    rows = [
        ["1", "某（香港）投资有限公司与某实业有限公司股权转让纠纷案", "（2025）闽02民初123号", "厦门市中级人民法院"],
        ["2", "某国际货运代理有限公司与某贸易有限公司多式联运合同纠纷案", "（2025）闽72民初456号", "厦门海事法院"],
        ["3", "某跨境电子商务有限公司与某科技有限公司不正当竞争纠纷案", "（2025）闽01民初789号", "福州市中级人民法院"],
        ["4", "某融资租赁（平潭）有限公司与某航运有限公司融资租赁合同纠纷案", "（2025）闽0128民初321号", "平潭综合实验区人民法院"],
        ["5", "某台资食品有限公司诉福州市马尾区市场监督管理局行政处罚案", "（2025）闽0105行初58号", "福州市马尾区人民法院"],
        ["6", "某（新加坡）航运有限公司申请承认和执行外国仲裁裁决案", "（2025）闽02协外认7号", "厦门市中级人民法院"],
    ]
    data_table(doc, header, rows, [1.4, 7.4, 4.4, 3.4], clauses)

    # 版记 as a layout table
    empty(doc)
    empty(doc)
    t = doc.add_table(rows=2, cols=2)
    table_borders(t)
    a, b = t.rows[0].cells
    m = a.merge(b)
    cell_text(m, "抄送：最高人民法院，省委政法委，省人大常委会办公厅，省政府办公厅，省人民检察院，"
                 "中国（福建）自由贸易试验区工作领导小组办公室。", size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.rows[1].cells[0], "福建省高级人民法院办公室", size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.rows[1].cells[1], "2026年3月18日印发", size=14, align=WD_ALIGN_PARAGRAPH.RIGHT)

    meta = {
        "title": "福建省高级人民法院关于为中国（福建）自由贸易试验区提升战略提供司法服务和保障的意见",
        "doc_number": "闽高法发〔2026〕4号",
        "issuer": ["福建省高级人民法院"],
        "date": "2026-03-18",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": "2026-03-18",
        "expires": None,
        "attachments": ["福建法院服务保障自由贸易试验区建设典型案例"],
        "doc_type": "意见",
        "recipients": ["全省各中级人民法院", "厦门海事法院", "平潭综合实验区人民法院", "本院各部门"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# ================================================================ doc B
def doc_shanghai():
    doc = Document()
    setup(doc)
    clauses = []
    IND = "\u3000\u3000"  # indentation typed with full-width spaces

    red_header(doc, "上海市人民检察院文件")
    para(doc, [("沪检发〔2026〕7号", dict(size=16))], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, borders=[("bottom", "FF0000", 24, 6)], after=6)
    empty(doc)
    # title typed as three separate paragraphs
    for line in ("上海市人民检察院关于充分发挥检察职能",
                 "服务保障中国（上海）自由贸易试验区",
                 "临港新片区高水平制度型开放的意见"):
        para(doc, [(line, dict(east=XBS, size=22))], align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, line=36)
    empty(doc)
    para(doc, ["本市各级人民检察院，本院各部门："], indent=False)

    def body(text):
        para(doc, [IND + text], indent=False)
        clauses.append(text.replace("\n", ""))

    def runin(head, text):
        para(doc, [IND, (head, dict(east=KT, bold=True)), text], indent=False)
        clauses.append((head + text).replace("\n", ""))

    def heading(text):
        para(doc, [IND + text], indent=False)
        for r in doc.paragraphs[-1].runs:
            font(r, east=HT)

    body("为深入贯彻落实《中国（上海）自由贸易试验区临港新片区总体方案》和《中国（上海）自由贸易试验区临港新片区条例》，"
         "充分发挥检察机关法律监督职能作用，以高质量检察履职服务保障临港新片区打造更具国际市场影响力和竞争力的特殊经济功能区，"
         "结合本市检察工作实际，制定本意见。")

    heading("一、总体要求")
    runin("（一）指导思想。", "坚持以习近平新时代中国特色社会主义思想为指导，深入践行习近平法治思想，紧扣临港新片区“五自由一便利”制度型开放体系，"
          "依法能动履行刑事、民事、行政和公益诉讼检察职能，为临港新片区高质量发展提供更加优质的法治保障。")
    runin("（二）基本原则。", "坚持服务大局、依法能动，坚持平等保护、宽严相济，坚持改革创新、系统集成，坚持开放协同、共建共享。")
    empty(doc)

    heading("二、依法打击各类犯罪，维护临港新片区安全稳定")
    runin("（三）依法惩治走私犯罪。", "聚焦洋山特殊综合保税区等海关特殊监管区域，依法严厉打击利用跨境电商、保税政策实施的走私犯罪，"
          "会同海关缉私部门建立走私犯罪线索移送、案件会商机制，维护国门经济安全。")
    runin("（四）严厉打击金融犯罪。", "依法惩治非法吸收公众存款、集资诈骗、洗钱、非法经营等金融犯罪，重点防范利用离岸贸易、跨境资金流动实施的违法犯罪活动。具体要求如下：")
    body("1.加强与中国人民银行上海总部、国家金融监督管理总局上海监管局等部门的信息共享，健全金融风险预警处置机制。")
    body("2.对涉及众多投资人的涉众型金融犯罪案件，依法追赃挽损，最大限度减少人民群众财产损失。")
    body("3.对新型金融业态中罪与非罪界限不清的问题，严格把握法律政策界限，审慎作出处理决定。")
    runin("（五）依法惩治侵犯知识产权犯罪。", "围绕集成电路、人工智能、生物医药、民用航空等临港新片区前沿产业，依法从严惩治侵犯商业秘密、假冒注册商标等犯罪，"
          "推行知识产权刑事案件权利人诉讼权利义务告知制度。")
    runin("（六）维护数据安全和网络安全。", "依法惩治侵犯公民个人信息、非法获取计算机信息系统数据等犯罪，服务保障国际数据港建设，支持数据跨境流动安全有序开展。")
    empty(doc)

    heading("三、全面加强法律监督，营造法治化营商环境")
    runin("（七）加强民事检察监督。", "依法监督涉临港新片区企业的虚假诉讼、恶意诉讼，加强对民事审判和执行活动的监督，依法纠正超标的查封、扣押、冻结等问题。")
    runin("（八）深化行政检察监督。", "依法监督行政机关在市场准入、税收征管、海关监管等领域的违法行政行为，推进行政争议实质性化解。")
    runin("（九）规范涉企刑事执法司法活动。", "严格落实宽严相济刑事政策，对涉案企业负责人依法能不捕的不捕、能不诉的不诉，全面推行羁押必要性审查，"
          "防止“一刀切”措施影响企业正常生产经营。")
    runin("（十）深入推进涉案企业合规改革。", "对符合条件的涉案企业依法适用合规考察，用好第三方监督评估机制，推动涉案企业“真整改”“真合规”。具体包括：")
    body("1.在临港新片区设立企业合规检察工作站，为企业提供合规指导。")
    body("2.针对跨境贸易、数据出境等领域常见合规风险，制发合规指引：")
    body("（1）跨境贸易领域重点关注出口管制、海关申报和外汇管理合规；")
    body("（2）数据出境领域重点关注数据出境安全评估、个人信息保护认证等合规要求。")
    runin("（十一）加强公益诉讼检察。", "围绕临港新片区生态环境和资源保护、国有财产保护、安全生产、个人信息保护等领域，依法积极稳妥开展公益诉讼检察工作，"
          "探索办理跨境电商消费者权益保护等新领域公益诉讼案件。")
    empty(doc)

    heading("四、创新工作机制，提升服务保障效能")
    runin("（十二）完善专业化办案机制。", "依托浦东新区人民检察院临港新片区检察室，集中办理临港新片区涉外、涉金融、涉知识产权等专业案件，推动组建专业化办案团队。")
    runin("（十三）建立涉外法治协作机制。", "加强与临港新片区管理委员会、上海海关、上海国际仲裁中心等单位的协作，探索建立涉外案件法律查明、翻译、专家咨询等配套机制，提升涉外案件办理质效。")
    runin("（十四）推进数字检察建设。", "运用大数据法律监督模型，对跨境电商、保税物流、离岸贸易等领域的数据进行比对分析，\n"
          "发现监督线索，实现从“个案办理”到“类案监督”的转变。")
    runin("（十五）强化检察服务。", "开展“检察护企”专项行动，通过检察开放日、法治讲座、走访企业等形式，为企业提供精准法律服务。重点任务见下表：")
    data_table(doc, ["序号", "工作任务", "责任部门", "完成时限"], [
        ["1", "建立临港新片区涉企案件快速办理机制", "第一检察部、第二检察部", "2026年6月底前"],
        ["2", "制发临港新片区企业合规指引（跨境贸易篇）", "第四检察部", "2026年9月底前"],
        ["3", "上线跨境电商领域大数据法律监督模型", "检察技术信息中心", "2026年12月底前"],
        ["4", "发布服务保障临港新片区典型案例", "法律政策研究室、新闻办公室", "2026年12月底前"],
    ], [1.4, 7.0, 4.6, 3.2], clauses)
    runin("（十六）加强组织领导。", "各级检察院要将服务保障临港新片区建设纳入重要议事日程，浦东新区人民检察院要切实履行属地主体责任，"
          "市检察院各部门要加强指导，重要情况及时报告。")
    body("本意见自2026年5月1日起施行。2020年8月印发的《上海市人民检察院关于服务保障中国（上海）自由贸易试验区临港新片区建设的意见》"
         "（沪检发〔2020〕15号）同时废止。")

    empty(doc)
    empty(doc)
    # 落款: one paragraph, soft break, right aligned with trailing full-width spaces
    para(doc, ["上海市人民检察院\u3000\u3000\u3000\n2026年4月21日\u3000\u3000\u3000"],
         align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    for _ in range(6):
        empty(doc)
    # 版记 as bordered paragraphs
    para(doc, [("\u3000抄送：最高人民检察院，市委政法委，市人大常委会，中国（上海）自由贸易试验区临港新片区管理委员会。",
                dict(size=14))], indent=False,
         borders=[("top", "000000", 8, 1), ("bottom", "000000", 4, 1)])
    para(doc, [("\u3000上海市人民检察院办公室" + "\u3000" * 9 + "2026年4月21日印发", dict(size=14))],
         indent=False, borders=[("bottom", "000000", 8, 1)])

    meta = {
        "title": "上海市人民检察院关于充分发挥检察职能服务保障中国（上海）自由贸易试验区临港新片区高水平制度型开放的意见",
        "doc_number": "沪检发〔2026〕7号",
        "issuer": ["上海市人民检察院"],
        "date": "2026-04-21",
        "published": None,
        "level": "provincial",
        "region": "上海市",
        "effective": "2026-05-01",
        "expires": None,
        "attachments": [],
        "doc_type": "意见",
        "recipients": ["本市各级人民检察院", "本院各部门"],
        "publicity": None,
        "repeals": "《上海市人民检察院关于服务保障中国（上海）自由贸易试验区临港新片区建设的意见》（沪检发〔2020〕15号）",
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# ================================================================ doc C
def doc_qingdao():
    doc = Document()
    setup(doc)
    notice_clauses = []
    op_clauses = []
    op_title = "青岛市中级人民法院关于服务保障中国（山东）自由贸易试验区青岛片区高水平开放的若干意见"

    red_header(doc, "青岛市中级人民法院文件")
    para(doc, [("青中法发〔2026〕9号", dict(size=16))], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, [], indent=False, line=10, borders=[("bottom", "FF0000", 18, 1)])
    empty(doc)
    para(doc, [("青岛市中级人民法院关于印发\n《青岛市中级人民法院关于服务保障\n中国（山东）自由贸易试验区青岛片区\n高水平开放的若干意见》的通知",
                dict(east=XBS, size=22))], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)
    para(doc, ["各区（市）人民法院，本院各部门："], indent=False)
    t1 = (f"《{op_title}》已经本院审判委员会2026年第6次会议讨论通过，现印发给你们，请结合实际认真贯彻落实。"
          "执行中遇到的问题，请及时报告市中院研究室。")
    para(doc, [t1])
    notice_clauses.append(t1)
    t2 = "联系人：研究室\u3000刘晓明，联系电话：0532-66581234。"
    para(doc, [t2])
    notice_clauses.append(t2)
    empty(doc)
    p = para(doc, ["附件：" + op_title[:21] + "\n\u3000\u3000\u3000" + op_title[21:]], indent=True)
    p.paragraph_format.left_indent = Pt(0)
    empty(doc)
    empty(doc)
    para(doc, ["青岛市中级人民法院\u3000\u3000"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, ["2026年4月15日\u3000\u3000\u3000"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc)
    para(doc, ["（此件公开发布）"])

    # ---- enclosed opinion
    page_break(doc)
    para(doc, [("附件", dict(east=HT))], indent=False)
    empty(doc)
    para(doc, [("青岛市中级人民法院关于服务保障\n中国（山东）自由贸易试验区青岛片区\n高水平开放的若干意见", dict(east=XBS, size=22))],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, [("（2026年4月8日青岛市中级人民法院审判委员会2026年第6次会议讨论通过）", dict(east=KT))],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc)
    intro = ("为深入贯彻落实《中国（山东）自由贸易试验区总体方案》，充分发挥人民法院审判职能作用，"
             "为中国（山东）自由贸易试验区青岛片区（以下简称青岛片区）建设提供更加有力的司法服务和保障，结合全市法院工作实际，制定本意见。")
    para(doc, [intro])
    op_clauses.append(intro)

    sections = [
        ("一、充分认识服务保障青岛片区建设的重要意义", [
            (["1．提高", "思想认识。"], "青岛片区是山东省对外开放的重要窗口和面向日韩开放合作的前沿阵地。全市法院要把服务保障青岛片区建设作为重大政治任务，以审判工作现代化服务保障中国式现代化，为青岛片区打造东北亚国际航运枢纽和国际贸易中心提供有力司法保障。"),
            (["2", "．把握工作重点。"], "紧紧围绕青岛片区发展海洋经济、国际航运、现代物流、跨境贸易和新兴产业的功能定位，聚焦市场主体司法需求，找准司法服务保障的切入点和着力点。"),
        ]),
        ("二、依法平等保护各类市场主体合法权益", [
            (["3．依法审理涉外商投资案件。"], "准确适用外商投资法及相关司法解释，依法审理涉日韩等外资企业的股权、合资合作等纠纷，对外商投资准入负面清单以外领域的投资合同，不以未经审批为由认定无效。"),
            (["4．", "依法审理国际贸易案件。"], "妥善审理国际货物买卖、国际货运代理、跨境结算等纠纷，依法保障中欧班列（齐鲁号）和中国—上海合作组织地方经贸合作示范区多式联运通道建设，推动铁路运输单证、多式联运单证的规则创新。"),
            (["5．服务国际航运中心建设。"], "支持青岛海事法院依法审理船舶融资、船舶建造、港口作业、海上保险等纠纷，依法保障董家口港区、前湾港区等港口正常作业秩序，服务“一带一路”海陆联动枢纽建设。"),
            (["6．保障跨境电商和新型贸易业态。", ""], "依法审理跨境电商综合试验区内的网络购物、平台服务、海外仓等纠纷，准确认定综合保税区保税研发、保税维修、离岸贸易等新业态的交易性质和当事人权利义务。"),
            (["7．加强知识产权", "司法保护。"], "依法惩治侵犯海洋科技、智能制造、生物医药等领域核心技术的侵权行为，对故意侵权情节严重的，依法适用惩罚性赔偿，加大对商标、地理标志和商业秘密的保护力度。"),
            (["8．保护中小投资者合法权益。"], "依法审理股东知情权、利润分配、公司决议效力等纠纷，规范公司治理，依法追究控股股东、实际控制人滥用权利的民事责任。"),
        ]),
        ("三、持续优化涉外法治环境", [
            (["9．", "完善涉外商事", "审判机制。"], "依托西海岸新区涉外商事审判庭，集中审理青岛片区内的涉外、涉港澳台商事案件，推行涉外案件集中管辖、专业审理。"),
            (["10．准确适用国际条约和国际惯例。"], "尊重当事人依法选择适用的法律，依法适用《联合国国际货物销售合同公约》《区域全面经济伙伴关系协定》等国际条约，准确运用国际贸易术语解释通则等国际惯例。"),
            (["11．推进国际商事纠纷“一站式”多元化解。"], "加强与青岛仲裁委员会、中国国际经济贸易仲裁委员会山东分会、中国国际商会青岛调解中心等机构的衔接，完善诉讼与仲裁、调解有机衔接的纠纷解决机制。"),
            (["12．加强涉日韩司法交流。"], "积极开展与日本、韩国法律界的交流研讨，加强域外法查明能力建设，提升涉日韩案件审理的专业化水平。"),
        ]),
        ("四、强化服务保障措施", [
            (["13．优化诉讼服务。"], "在青岛片区设立诉讼服务站，为中外当事人提供立案、调解、查询、咨询等一站式服务，推广跨域立案和在线诉讼，便利境外当事人参与诉讼。"),
            (["14．强化执行保障。"], "坚持善意文明执行理念，依法审慎采取查封、扣押、冻结措施，对正常经营的企业灵活采取“活封活扣”，最大限度降低执行对企业生产经营的影响。"),
            (["15．加强调查研究。"], "围绕青岛片区建设中的新类型案件和法律适用疑难问题开展专题调研，及时总结审判经验，适时发布审判白皮书和典型案例。"),
            (["16．加强组织实施。"], "各区（市）人民法院和本院各部门要结合职责分工，细化落实措施，黄岛区人民法院要发挥属地优势，主动对接青岛片区管理委员会，确保各项措施落到实处。"),
        ]),
    ]
    for head, items in sections:
        para(doc, [(head, dict(east=HT))])
        for heads, text in items:
            parts = [(h, dict(bold=True)) for h in heads if h] + [text]
            para(doc, parts)
            op_clauses.append("".join(heads) + text)
    last = "本意见自2026年4月15日起施行。"
    para(doc, [last])
    op_clauses.append(last)

    empty(doc)
    para(doc, ["附：青岛法院涉自贸试验区青岛片区典型案例"])
    cases = [
        "1．青岛某国际物流有限公司诉某航运（新加坡）有限公司海上货物运输合同纠纷案〔（2025）鲁72民初1123号〕",
        "2．某跨境电子商务有限公司与某网络科技有限公司网络服务合同纠纷案〔（2025）鲁0211民初5678号〕",
        "3．某（韩国）株式会社与青岛某食品有限公司国际货物买卖合同纠纷案〔（2025）鲁02民初456号〕",
        "4．某保税仓储有限公司与某供应链管理有限公司仓储合同纠纷案〔（2025）鲁0211民初7890号〕",
        "5．某（日本）株式会社申请承认和执行外国仲裁裁决案〔（2025）鲁02协外认3号〕",
    ]
    for c in cases:
        para(doc, [c])
        op_clauses.append(c)

    for _ in range(4):
        empty(doc)
    para(doc, [("抄送：山东省高级人民法院，市委政法委，中国（山东）自由贸易试验区青岛片区管理委员会。", dict(size=14))],
         indent=False, borders=[("top", "000000", 8, 1), ("bottom", "000000", 4, 1)])
    para(doc, [("青岛市中级人民法院办公室                          2026年4月15日印发", dict(size=14))],
         indent=False, borders=[("bottom", "000000", 8, 1)])

    notice_meta = {
        "title": f"青岛市中级人民法院关于印发《{op_title}》的通知",
        "doc_number": "青中法发〔2026〕9号",
        "issuer": ["青岛市中级人民法院"],
        "date": "2026-04-15",
        "published": None,
        "level": "municipal",
        "region": "青岛市",
        "effective": None,
        "expires": None,
        "attachments": [op_title],
        "doc_type": "通知",
        "recipients": ["各区（市）人民法院", "本院各部门"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    op_meta = {
        "title": op_title,
        "doc_number": None,
        "issuer": ["青岛市中级人民法院"],
        "date": "2026-04-08",
        "published": None,
        "level": "municipal",
        "region": "青岛市",
        "effective": "2026-04-15",
        "expires": None,
        "attachments": ["青岛法院涉自贸试验区青岛片区典型案例"],
        "doc_type": "意见",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": notice_meta, "clauses": notice_clauses},
                 {"meta": op_meta, "clauses": op_clauses}]


def main():
    expected = {}
    for stem, fn in (("blind574_fujian_yijian", doc_fujian),
                     ("blind574_shanghai_yijian", doc_shanghai),
                     ("blind574_qingdao_tongzhi", doc_qingdao)):
        doc, entries = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        convert(path)
        expected[stem] = entries
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
