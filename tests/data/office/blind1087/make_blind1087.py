# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1087: 政府采购招标公告 / 更正公告 + 中标（成交）结果公告 / 口岸办招标情况报告.

Writes Word + PDF + expected.json into this script's directory.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
GRAY = RGBColor(0x66, 0x66, 0x66)
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

expected = {}


# ------------------------------------------------------------------ helpers
def font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, isz=16):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = Pt(2 * isz) if indent else Pt(0)
    return p


def par(doc, runs, size=16, **kw):
    """runs: str or list of tuples (text, font, size, bold[, color]); the text
    '\\n' inside a run becomes a manual line break (Shift+Enter)."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, size, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            run = font(p.add_run(part), name, size, bold, color)
            if i < len(parts) - 1:
                run.add_break(WD_BREAK.LINE)
    kw.setdefault("isz", size)
    fmt(p, **kw)
    return p


def border(p, sides=("bottom",), color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    for side in sides:
        bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                             % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def setup(doc, margins=(3.7, 3.5, 2.8, 2.6), pagenum=True, numsize=14):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    if not pagenum:
        return
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, numsize)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = fp.add_run() if kind != "text" else fp.add_run(txt)
        font(r, SONG, numsize)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind != "text":
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, numsize)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


# Word automatic numbering (一、二、… generated by Word, not typed)
_next_abs = [700]


def make_numbering(doc, lvl_text="%1、"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1087", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    m = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
         "level": None, "region": None, "effective": None, "expires": None,
         "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
         "repeals": None}
    m.update(kw)
    return m


# ====================================================================== DOC A
# 公开招标公告（采购代理机构发布），钦州港片区智慧口岸查验设施
def doc_qinzhou():
    stem = "blind1087_qinzhou_zhaobiao"
    doc = Document()
    setup(doc, margins=(2.5, 2.4, 2.6, 2.6), numsize=12)
    cl = []

    def body(t, runs=None, **kw):
        cl.append(t.replace("\n", ""))
        kw.setdefault("line", 22)
        par(doc, runs or t, size=14, **kw)

    def head(t):
        par(doc, [(t, HT, 14, False)], size=14, line=22)

    def sub(t):  # numbered sub-heading only (1.采购人信息)
        par(doc, [(t, KT, 14, True)], size=14, line=22)

    proj = "中国（广西）自由贸易试验区钦州港片区智慧口岸集装箱查验设施升级改造项目"
    # title typed over two paragraphs, broken at an odd place
    par(doc, [("中国（广西）自由贸易试验区钦州港片区智慧口岸", XBS, 20, False)],
        align=C, indent=False, line=32)
    par(doc, [("集装箱查验设施升级改造项目公开招标公告", XBS, 20, False)],
        align=C, indent=False, line=32)
    par(doc, [("发布日期：2026年3月18日", SONG, 10.5, False, GRAY)], align=C, indent=False,
        line=20, after=6)

    par(doc, [("项目概况", HT, 14, False)], align=C, indent=False, line=24)
    p = par(doc, proj + "招标项目的潜在投标人应在广西壮族自治区政府采购云平台获取招标文件，"
            "并于2026年4月9日\n09点30分（北京时间）前递交投标文件。", size=14, line=22)
    cl.append(proj + "招标项目的潜在投标人应在广西壮族自治区政府采购云平台获取招标文件，"
              "并于2026年4月9日09点30分（北京时间）前递交投标文件。")
    border(p, ("top", "left", "bottom", "right"), "000000", 6, 4)

    head("一、项目基本情况")
    body("项目编号:GXHC2026-QZ-G0142")
    body("项目名称：" + proj)
    body("预算金额：1865.00万元（人民币）")
    body("最高限价（如有）：1848.60万元（人民币）")
    body("采购需求：本项目共划分为2个包，投标人可对其中一个包或者全部包投标，各包单独评标、单独确定中标人。")

    p = par(doc, [("采购需求一览表", HT, 14, False)], align=C, indent=False, before=4)
    p.paragraph_format.keep_with_next = True
    hdr_top = ["包号", "序号", "标的名称", "数量", "单位", "金额（万元）", "金额（万元）"]
    hdr = ["包号", "序号", "标的名称", "数量", "单位", "金额（万元）／预算金额", "金额（万元）／最高限价"]
    rows = [
        ["包1", "1", "集装箱H986机检设备升级改造", "2", "套", "980.00", "972.40"],
        ["包1", "2", "放射性物质监测门", "4", "套", "230.00", "227.40"],
        ["包2", "3", "查验平台智能化改造", "1", "项", "415.00", "410.60"],
        ["包2", "4", "查验区视频监控及智能识别系统", "1", "项", "240.00", "238.20"],
        ["合计", "—", "—", "—", "—", "1865.00", "1848.60"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr_top[:5]):
        a = t.cell(0, i).merge(t.cell(1, i))
        set_cell(a, h, HT, 11)
    m = t.cell(0, 5).merge(t.cell(0, 6))
    set_cell(m, "金额（万元）", HT, 11)
    set_cell(t.cell(1, 5), "预算金额", HT, 11)
    set_cell(t.cell(1, 6), "最高限价", HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            if ci == 0 and ri in (3, 5):
                continue
            set_cell(t.cell(ri, ci), v, FS, 11, align=L if ci == 2 else C)
        cl.append(row_clause(hdr, row))
    # 包号 merged vertically over its two 标的
    a = t.cell(2, 0).merge(t.cell(3, 0))
    set_cell(a, "包1", FS, 11)
    b = t.cell(4, 0).merge(t.cell(5, 0))
    set_cell(b, "包2", FS, 11)
    col_widths(t, [1.3, 1.2, 5.6, 1.3, 1.3, 2.2, 2.2])

    body("注：包1最高限价1199.80万元，包2最高限价648.80万元。投标报价超过所投包最高限价的，其投标无效。",
         [("注：包1最高限价1199.80万元，包2最高限价648.80万元。投标报价超过所投包最高限价的，其投标无效。",
           FS, 12, False)], line=22, before=4)
    body("合同履行期限：包1自合同签订之日起150日内完成设备供货、安装、调试并通过验收；包2自合同签订之日起120日内完工并通过验收。")
    body("本项目(否)接受联合体投标。")

    head("二、申请人的资格要求：")
    body("1.满足《中华人民共和国政府采购法》第二十二条规定；")
    body("2.落实政府采购政策需满足的资格要求：本项目不专门面向中小企业预留采购份额，对符合条件的小微企业报价给予10%的价格扣除，监狱企业、残疾人福利性单位视同小微企业；")
    body("3.本项目的特定资格要求：投标人须同时满足下列条件。")
    body("（1）包1：投标人须具备有效的《辐射安全许可证》，许可种类和范围包含销售、使用Ⅱ类射线装置；")
    body("（2）包2：投标人须具备建筑智能化系统设计专项乙级及以上资质或电子与智能化工程专业承包二级及以上资质，并具备有效的安全生产许可证；")
    body("（3）单位负责人为同一人或者存在直接控股、管理关系的不同供应商，不得参加同一合同项下的政府采购活动；")
    body("（4）未被列入“信用中国”网站(www.creditchina.gov.cn)失信被执行人、重大税收违法失信主体名单，未被列入中国政府采购网(www.ccgp.gov.cn)政府采购严重违法失信行为记录名单。")

    head("三、获取招标文件")
    body("时间：2026年3月19日至2026年3月26日，每天上午08:30至12:00，下午14:30至17:30（北京时间，法定节假日除外）")
    body("地点：广西壮族自治区政府采购云平台")
    body("方式：供应商使用CA证书登录广西壮族自治区政府采购云平台，在线免费获取招标文件。未按规定在平台获取招标文件的供应商，不得参与本项目投标。")
    body("售价：0元")

    head("四、提交投标文件截止时间、开标时间和地点")
    body("2026年4月9日09点30分（北京时间）")
    body("地点：钦州市公共资源交易中心开标三室（钦州市钦南区永福西大街2号）。本项目实行电子投标，投标人应在投标截止时间前通过广西壮族自治区政府采购云平台上传加密的电子投标文件，并于开标时在线解密。")

    head("五、公告期限")
    body("自本公告发布之日起5个工作日。")

    head("六、其他补充事宜")
    body("1.本公告同时在中国政府采购网、广西壮族自治区政府采购网发布，其他媒介转载无效。")
    body("2.采购人不统一组织现场踏勘。投标人可在2026年3月30日前自行联系采购人，前往钦州港口岸集装箱查验区踏勘现场，费用自理。")
    body("3.本项目不收取投标保证金。中标人应在合同签订前提交合同金额5%的履约保证金，可以支票、汇票、本票或者金融机构、担保机构出具的保函等非现金形式提交。")

    body("七、凡对本次招标提出询问，请按以下方式联系。",
         [("七、凡对本次招标提出询问，请按以下方式联系。", HT, 14, False)])
    sub("1.采购人信息")
    body("名　　称：中国（广西）自由贸易试验区钦州港片区管理委员会")
    body("地　　址：钦州市钦州港区滨海大道18号片区综合服务中心")
    body("联系方式：黄工，0777-3886512")
    sub("2.采购代理机构信息")
    body("名　　称：广西华采招标咨询有限公司")
    body("地　　址：南宁市青秀区民族大道136-2号华润大厦C座18层")
    body("联系方式：覃女士，0771-5698321")
    sub("3.项目联系方式")
    body("项目联系人：覃丽萍、韦海峰")
    body("电　　话：0771-5698321,0771-5698325")

    par(doc, "附件：主要技术参数及要求", size=14, line=22, before=11)
    p = par(doc, "广西华采招标咨询有限公司", size=14, line=22, align=R, indent=False, before=22)
    p.paragraph_format.right_indent = Pt(28)
    p = par(doc, "2026年3月17日", size=14, line=22, align=R, indent=False)
    p.paragraph_format.right_indent = Pt(56)

    # ---- 附件 on its own page
    p = par(doc, [("附件", HT, 14, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    par(doc, [("主要技术参数及要求", XBS, 20, False)], align=C, indent=False, line=32, after=10)
    ah = ["序号", "包号", "设备（系统）名称", "主要技术参数及要求", "数量"]
    arows = [
        ["1", "包1", "集装箱H986机检设备升级改造",
         "★1.射线源能量6MeV/3MeV双能切换；2.钢板穿透力不小于300mm；3.线分辨率不低于5mm；"
         "4.检查通过率不低于每小时25个标准箱；5.具备有机物、无机物、混合物识别功能；"
         "★6.升级后系统须与海关H986集中审像平台对接。", "2套"],
        ["2", "包1", "放射性物质监测门",
         "1.探测器采用大体积塑料闪烁体，单台探测面积不小于1.2平方米；★2.具备γ射线和中子探测功能；"
         "3.误报率不高于千分之一；4.报警数据实时上传口岸监管信息平台。", "4套"],
        ["3", "包2", "查验平台智能化改造",
         "1.对现有12个查验位进行智能化改造，配置查验位智能调度终端12套；2.部署查验作业管理系统，"
         "实现预约、调度、查验、放行全流程电子化；★3.系统须满足网络安全等级保护第三级要求。", "1项"],
        ["4", "包2", "查验区视频监控及智能识别系统",
         "1.新增高清网络摄像机不少于96路，分辨率不低于400万像素；2.配置集装箱箱号及车牌识别设备8套，"
         "识别准确率不低于99%；3.视频存储时间不少于90天。", "1项"],
    ]
    t = doc.add_table(rows=1 + len(arows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(ah):
        set_cell(t.cell(0, i), h, HT, 11)
    repeat_header(t.rows[0])
    for ri, row in enumerate(arows, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 11, align=J if ci == 3 else C)
        cl.append(row_clause(ah, row))
    col_widths(t, [1.2, 1.2, 3.2, 9.0, 1.4])
    body("注：标注“★”的参数为实质性要求，投标人须全部满足，否则其投标无效。",
         [("注：标注“★”的参数为实质性要求，投标人须全部满足，否则其投标无效。", FS, 12, False)],
         line=22, before=4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title=proj + "公开招标公告", doc_number=None,
                     issuer=["广西华采招标咨询有限公司"], date="2026-03-17",
                     published="2026-03-18", level="other", region=None,
                     attachments=["主要技术参数及要求"], doc_type="公告"),
        "clauses": cl,
    }]
    return path


# ====================================================================== DOC B
# 同一Word文件内两份公告：更正公告 + 中标（成交）结果公告（绥芬河市政府采购中心）
def doc_suifenhe():
    stem = "blind1087_suifenhe_gonggao"
    doc = Document()
    setup(doc, margins=(3.2, 3.0, 2.8, 2.6))
    proj = "绥芬河公路口岸旅检通道智能查验设备采购项目"
    IND = "\u3000\u3000"  # clerk indents with two full-width spaces

    def contacts(body, sub):
        sub("1.采购人信息")
        body("名　称：中国（黑龙江）自由贸易试验区绥芬河片区管理委员会")
        body("地　址：绥芬河市迎宾路26号")
        body("联系方式：张先生　0453-3928817")
        sub("2.采购代理机构信息")
        body("名　称：绥芬河市政府采购中心")
        body("地　址：绥芬河市通天路98号政务服务中心四楼")
        body("联系方式：孙女士　0453-3951206")
        sub("3.项目联系方式")
        body("项目联系人：孙女士")
        body("电　话：0453-3951206")

    def signoff(date_txt):
        empty(doc, 1)
        par(doc, "\u3000" * 16 + "绥芬河市政府采购中心", indent=False)
        par(doc, "\u3000" * 17 + date_txt, indent=False)

    # ------------------------------------------------ B1 更正公告
    cl1 = []

    def body1(t, runs=None):
        cl1.append(t)
        par(doc, runs or IND + t, indent=False)

    def head1(t):
        par(doc, [(IND + t, HT, 16, False)], indent=False)

    def sub1(t):
        par(doc, [(IND + t, FS, 16, True)], indent=False)

    par(doc, [("绥芬河公路口岸旅检通道智能查验设备\n采购项目更正公告", XBS, 22, False)], align=C, indent=False, line=36, after=12)
    head1("一、项目基本情况")
    body1("原公告的采购项目编号：SFHCG-2026-0017")
    body1("原公告的采购项目名称：" + proj)
    body1("首次公告日期：2026年2月27日")
    head1("二、更正信息")
    body1("更正事项：采购公告、采购文件")
    body1("更正内容：详见下表。")
    h = ["序号", "更正项目", "更正前内容", "更正后内容"]
    rows = [
        ["1", "提交投标文件截止时间、开标时间", "2026年3月19日09时00分", "2026年3月26日09时00分"],
        ["2", "包1预算金额及最高限价", "预算金额486.00万元，最高限价486.00万元",
         "预算金额512.00万元，最高限价508.00万元"],
        ["3", "包1技术参数第2.4条", "人脸比对通过时间≤2秒/人", "人脸比对通过时间≤1.5秒/人"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, x in enumerate(h):
        set_cell(t.cell(0, i), x, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        cl1.append(row_clause(h, row))
    col_widths(t, [1.3, 4.2, 5.0, 5.0])
    body1("更正日期：2026年3月10日")
    head1("三、其他补充事宜")
    body1("1.本次更正涉及采购文件实质性内容，自本公告发布之日起至提交投标文件截止时间不少于15日，提交投标文件截止时间和开标时间相应顺延，开标地点不变。")
    body1("2.已获取招标文件的供应商请登录黑龙江省政府采购网自行下载更正后的招标文件并据此编制投标文件，因未及时下载造成的后果由供应商自行承担。")
    body1("3.除上述更正内容外，原公告及招标文件其他内容不变。")
    body1("四、凡对本次公告内容提出询问，请按以下方式联系。",
          [(IND + "四、凡对本次公告内容提出询问，请按以下方式联系。", HT, 16, False)])
    contacts(body1, sub1)
    signoff("2026年3月10日")

    # ------------------------------------------------ B2 中标（成交）结果公告
    page_break(doc)
    cl2 = []
    nid = make_numbering(doc)
    CNUM = "一二三四五六七八九十"
    cnt = [0]

    def numbered(t, is_clause):
        """Word auto-numbered 一、… paragraph; the number is not typed."""
        label = CNUM[cnt[0]] + "、"
        cnt[0] += 1
        p = par(doc, [(t, HT, 16, False)])
        apply_num(p, nid)
        if is_clause:
            cl2.append(label + t)
        return p

    def body2(t, runs=None):
        cl2.append(t)
        par(doc, runs or t)

    def sub2(t):
        par(doc, [(t, FS, 16, True)])

    par(doc, [("绥芬河公路口岸旅检通道智能查验设备采购\n项目中标（成交）结果公告", XBS, 22, False)], align=C, indent=False,
        line=36, after=12)
    numbered("项目编号：SFHCG-2026-0017", True)
    numbered("项目名称：" + proj, True)
    numbered("中标（成交）信息", False)
    h = ["序号", "包号", "中标（成交）供应商名称", "供应商地址", "中标（成交）金额"]
    rows = [
        ["1", "包1", "黑龙江省安检通科技有限公司", "哈尔滨市松北区创新一路2588号", "498.60万元"],
        ["2", "包2", "牡丹江龙江智能系统工程有限公司", "牡丹江市东安区太平路175号", "163.25万元"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, x in enumerate(h):
        set_cell(t.cell(0, i), x, HT, 11)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 11)
        cl2.append(row_clause(h, row))
    col_widths(t, [1.2, 1.3, 5.0, 5.0, 2.8])

    numbered("主要标的信息", False)
    hdr = ["包号", "货物类／名称", "货物类／品牌（如有）", "货物类／规格型号", "货物类／数量", "货物类／单价（元）"]
    rows = [
        ["包1", "智能旅检验放通道（自助查验闸机）", "安检通", "AJT-ZH600", "16套", "217875.00"],
        ["包1", "通道式X射线行李物品检查设备", "同方威视", "CX6040BI", "6台", "250000.00"],
        ["包2", "毫米波人体安全检查仪", "博微", "BW-MM3000", "2台", "598000.00"],
        ["包2", "旅检查验数据集成平台", "龙江智能", "LJ-CYPT V2.0", "1套", "436500.00"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "包号", HT, 11)
    m = t.cell(0, 1).merge(t.cell(0, 5))
    set_cell(m, "货物类", HT, 11)
    for i, x in enumerate(["名称", "品牌（如有）", "规格型号", "数量", "单价（元）"], 1):
        set_cell(t.cell(1, i), x, HT, 11)
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            if ci == 0:
                continue
            set_cell(t.cell(ri, ci), v, FS, 11)
        cl2.append(row_clause(hdr, row))
    a = t.cell(2, 0).merge(t.cell(3, 0))
    set_cell(a, "包1", FS, 11)
    b = t.cell(4, 0).merge(t.cell(5, 0))
    set_cell(b, "包2", FS, 11)
    col_widths(t, [1.3, 5.2, 2.2, 2.8, 1.5, 2.5])

    numbered("评审专家（单一来源采购人员）名单：", False)
    body2("王立军、刘春梅、赵宏伟、孙晓东、李国庆（采购人代表）")
    numbered("代理服务收费标准及金额：", False)
    body2("本项目由集中采购机构组织实施，不收取代理服务费。")
    numbered("公告期限", False)
    body2("自本公告发布之日起1个工作日。")
    numbered("其他补充事宜", False)
    body2("1.评审日期：2026年3月26日；评审地点：绥芬河市公共资源交易中心第二评标室。")
    body2("2.包1有效投标人6家，包2有效投标人4家。包1中标供应商为小型企业，享受了价格扣除优惠政策。")
    body2("3.各有关当事人对中标（成交）结果有异议的，可以在中标（成交）公告期限届满之日起7个工作日内，以书面形式向采购人或者采购代理机构提出质疑，逾期不予受理。")
    numbered("凡对本次公告内容提出询问，请按以下方式联系。", True)
    contacts(body2, sub2)
    numbered("附件", False)
    par(doc, "1.招标文件")
    par(doc, "2.中标供应商中小企业声明函")
    signoff("2026年3月30日")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    common = dict(doc_number=None, issuer=["绥芬河市政府采购中心"], level="county",
                  region="绥芬河市", doc_type="公告")
    expected[stem] = [
        {"meta": meta(title=proj + "更正公告", date="2026-03-10", **common), "clauses": cl1},
        {"meta": meta(title=proj + "中标（成交）结果公告", date="2026-03-30",
                      attachments=["招标文件", "中标供应商中小企业声明函"], **common),
         "clauses": cl2},
    ]
    return path


# ====================================================================== DOC C
# 红头上行文：州口岸办关于采购项目招标及中标情况的报告（签发人、加急、附件、版记）
def doc_honghe():
    stem = "blind1087_honghe_baogao"
    doc = Document()
    setup(doc)
    cl = []

    def body(t):
        cl.append(t)
        par(doc, t)

    def head(t):
        par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        cl.append(h + t)
        par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    par(doc, [("加急", HT, 16, False)], indent=False)
    par(doc, [("红河州人民政府口岸办公室文件", XBS, 28, False, RED)], align=C, indent=False,
        line=48, before=0)
    empty(doc, 1)
    p = par(doc, [("红口岸报〔2026〕9号", FS, 16, False), ("\t", FS, 16, False),
                  ("签发人：", FS, 16, False), ("周建华", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(11.2), WD_TAB_ALIGNMENT.LEFT)
    border(p, ("bottom",), "FF0000", 24, 6)
    empty(doc, 1)
    title = ("红河州人民政府口岸办公室关于河口口岸货运专用通道智能化查验设施"
             "采购项目招标及中标情况的报告")
    par(doc, [("红河州人民政府口岸办公室关于河口口岸货运", XBS, 22, False)], align=C,
        indent=False, line=36)
    par(doc, [("专用通道智能化查验设施采购项目招标及中标", XBS, 22, False)], align=C,
        indent=False, line=36)
    par(doc, [("情况的报告", XBS, 22, False)], align=C, indent=False, line=36, after=14)
    par(doc, "云南省人民政府口岸办公室：", indent=False)

    body("根据《云南省人民政府口岸办公室关于报送2026年度口岸基础设施建设项目推进情况的通知》（云口岸办〔2026〕3号）要求，现将河口口岸货运专用通道智能化查验设施采购项目（以下简称项目）招标及中标情况报告如下：")
    head("一、项目基本情况")
    body("项目列入《红河州2026年口岸基础设施建设计划》，由我办作为采购人组织实施，资金来源为中央口岸建设补助资金和州级财政资金，预算金额2360.00万元，其中中央补助资金1500.00万元、州级财政资金860.00万元。项目包括货运专用通道卡口智能化改造、集装箱及货车H986机检设备购置、查验场地智能监管系统建设3个包。")
    head("二、招标组织情况")
    runin("（一）依法依规组织招标。", "项目委托云南滇南招标代理有限公司作为采购代理机构，采用公开招标方式组织采购。2026年1月26日在中国政府采购网、云南省政府采购网发布招标公告（项目编号：YNDN-2026-HK-011），公告期限5个工作日；2026年2月26日开标，3个包共有17家供应商递交投标文件。")
    runin("（二）严格评审和公示。", "评标委员会由7人组成，其中评审专家6名、采购人代表1名，按照综合评分法进行评审并推荐中标候选人。2026年3月3日，我办依法确定中标人；3月4日发布中标（成交）结果公告，公告期限1个工作日，公告期间及质疑期内未收到质疑。")
    runin("（三）落实政府采购政策。", "对符合条件的小微企业报价给予10%的价格扣除，3个包中有2个包由中小企业中标，中小企业合同金额1200.90万元，占中标总金额的54.35%。")
    head("三、中标结果")
    body("项目3个包均招标成功，中标总金额2209.74万元，较预算金额节约150.26万元，资金节约率6.37%。具体如下：")
    p = par(doc, [("项目中标结果表（单位：万元）", HT, 14, False)],
        align=C, indent=False, before=4)
    p.paragraph_format.keep_with_next = True
    hdr = ["序号", "包号", "包名称", "中标供应商", "金额／预算金额", "金额／中标金额", "企业规模"]
    rows = [
        ["1", "包1", "货运专用通道卡口智能化改造", "云南智慧口岸科技有限公司", "680.00", "652.30", "小型企业"],
        ["2", "包2", "集装箱及货车H986机检设备购置", "同方威视技术股份有限公司", "1120.00", "1008.84", "大型企业"],
        ["3", "包3", "查验场地智能监管系统建设", "昆明云联信息工程有限公司", "560.00", "548.60", "中型企业"],
        ["合计", "—", "—", "—", "2360.00", "2209.74", "—"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i in (0, 1, 2, 3, 6):
        a = t.cell(0, i).merge(t.cell(1, i))
        set_cell(a, hdr[i], HT, 10.5)
    m = t.cell(0, 4).merge(t.cell(0, 5))
    set_cell(m, "金额", HT, 10.5)
    set_cell(t.cell(1, 4), "预算金额", HT, 10.5)
    set_cell(t.cell(1, 5), "中标金额", HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5)
        cl.append(row_clause(hdr, row))
    col_widths(t, [1.1, 1.2, 3.5, 3.6, 2.0, 2.0, 2.0])
    note = "注：企业规模以中标供应商提交的《中小企业声明函》为准。"
    cl.append(note)
    par(doc, [(note, FS, 12, False)], line=22, before=4)

    head("四、存在的问题和下一步工作")
    body("项目采购过程中也暴露出一些问题：一是部分机检设备核心部件供货周期较长；二是查验监管系统与海关、边检等查验单位信息系统的数据接口标准尚未统一。")
    body("下一步，我办将督促中标供应商严格按照合同约定组织供货和施工，确保包1、包3于2026年8月31日前完工，包2于2026年10月31日前完成安装调试；同时主动对接昆明海关、河口出入境边防检查站，推动数据接口标准统一，确保项目按期建成投用。")
    par(doc, "特此报告。")
    empty(doc, 1)
    par(doc, "附件：合同签订及履约计划表")
    empty(doc, 1)
    p = par(doc, "红河哈尼族彝族自治州人民政府口岸办公室", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(16)
    p = par(doc, "二〇二六年三月十六日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)

    # ---- 附件
    p = par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    par(doc, [("合同签订及履约计划表", XBS, 22, False)], align=C, indent=False, line=36, after=10)
    h1 = ["包号", "合同编号", "签订日期", "合同金额（万元）", "合同履行期限"]
    r1 = [
        ["包1", "HKKA-HT-2026-01", "2026年3月10日", "652.30", "2026年8月31日前完工"],
        ["包2", "HKKA-HT-2026-02", "2026年3月12日", "1008.84", "2026年10月31日前完成安装调试"],
        ["包3", "HKKA-HT-2026-03", "2026年3月10日", "548.60", "2026年8月31日前完工"],
    ]
    t = doc.add_table(rows=1 + len(r1), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, x in enumerate(h1):
        set_cell(t.cell(0, i), x, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(r1, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        cl.append(row_clause(h1, row))
    col_widths(t, [1.3, 3.7, 3.3, 2.4, 4.9])
    note = "注：各包合同已于签订之日起2个工作日内在云南省政府采购网公告。"
    cl.append(note)
    par(doc, [(note, FS, 12, False)], line=22, before=4)

    # ---- 版记 at the foot of the last page
    empty(doc, 6)
    p = par(doc, [("抄送：红河州人民政府，昆明海关，河口海关，红河州财政局。", FS, 14, False)],
            indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, ("top",), "000000", 8, 4)
    border(p, ("bottom",), "000000", 4, 4)
    p = par(doc, [("红河州人民政府口岸办公室综合科", FS, 14, False), ("\t", FS, 14, False),
                  ("2026年3月16日印发", FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), WD_TAB_ALIGNMENT.RIGHT)
    border(p, ("bottom",), "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title=title, doc_number="红口岸报〔2026〕9号",
                     issuer=["红河哈尼族彝族自治州人民政府口岸办公室"], date="2026-03-16",
                     level="municipal", region="红河哈尼族彝族自治州",
                     attachments=["合同签订及履约计划表"],
                     doc_type="报告", recipients=["云南省人民政府口岸办公室"]),
        "clauses": cl,
    }]
    return path


def main():
    paths = [doc_qinzhou(), doc_suifenhe(), doc_honghe()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
