# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 754: 新闻发布会实录 (自贸试验区挂牌周年 / 中欧班列年度成绩), Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT


# ---------------------------------------------------------------- helpers
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


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    return p


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def field(par, instr, size=14, name=SONG):
    r = par.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = par.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = par.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r = par.add_run("1"); font(r, name, size)
    r = par.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    if footer == "dash":
        font(fp.add_run("— "), SONG, 14)
        field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    elif footer == "hyphen":
        font(fp.add_run("- "), SONG, 12)
        field(fp, "PAGE", 12)
        font(fp.add_run(" -"), SONG, 12)
    else:  # 第 x 页 共 y 页
        font(fp.add_run("第 "), SONG, 10.5)
        field(fp, "PAGE", 10.5)
        font(fp.add_run(" 页  共 "), SONG, 10.5)
        field(fp, "NUMPAGES", 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def vcenter(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def set_widths(table, widths):
    """fixed layout + gridCol + each cell width, so LibreOffice keeps the column widths."""
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for tc, w in zip(row._tr.findall(qn("w:tc")), widths):
            tcPr = tc.get_or_add_tcPr()
            old = tcPr.find(qn("w:tcW"))
            if old is not None:
                tcPr.remove(old)
            tcPr.insert(0, parse_xml('<w:tcW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), int(w.twips))))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_754", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    m = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
         "level": None, "region": None, "effective": None, "expires": None,
         "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
         "repeals": None}
    m.update(kw)
    return m


expected = {}


# =================================================================== DOC A
# 湖南：简报式红色版头「新闻发布会实录 第37期」，自贸试验区挂牌五周年
def doc_hunan():
    stem = "blind754_hunan_zmq"
    doc = Document()
    setup(doc, "dash")
    clauses = []

    add_par(doc, [("新闻发布会实录", XBS, 48, False, RED)], align=C, indent=False,
            line=66, before=6)
    add_par(doc, [("第37期", KT, 16, False)], align=C, indent=False, line=30, before=6)
    # 编发单位 left, date right, tab-aligned; red rule under it
    p = add_par(doc, [("湖南省人民政府新闻办公室编", FS, 16, False), ("\t", FS, 16, False),
                      ("2025年9月24日", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # title wrapped by hand at an odd place
    p = add_par(doc, [("“中国（湖南）自由贸易试验区挂牌五周", XBS, 22, False)], align=C,
                indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("年”新闻发布会实录"), XBS, 22)
    empty(doc, 1)

    def intro(t):
        clauses.append(t)
        add_par(doc, [(t, KT, 16, False)])

    def say(who, t, colon="："):
        clauses.append(who + colon + t)
        add_par(doc, [(who + colon, HT, 16, False), (t, FS, 16, False)])

    def body(t, typed=False):
        clauses.append(t)
        if typed:  # clerk typed two full-width spaces instead of using first-line indent
            add_par(doc, "\u3000\u3000" + t, indent=False)
        else:
            add_par(doc, t)

    intro("2025年9月24日上午，湖南省人民政府新闻办公室举行“中国（湖南）自由贸易试验区挂牌五周年”新闻发布会，介绍中国（湖南）自由贸易试验区挂牌五年来建设成效及下一步工作安排，并回答记者提问。")
    say("主持人", "女士们、先生们，媒体朋友们，大家上午好！欢迎出席省政府新闻办新闻发布会。2020年9月24日，中国（湖南）自由贸易试验区正式挂牌，到今天正好是五周年。今天我们邀请到省商务厅党组书记、厅长易向东先生，省商务厅副厅长、省自贸办专职副主任谭丽华女士，长沙海关副关长孟庆林先生，长沙市人民政府副市长欧阳志先生，请他们介绍有关情况，并回答大家关心的问题。首先，请易向东先生作发布。")
    say("易向东", "各位媒体朋友，大家上午好！感谢大家长期以来对湖南自贸试验区建设的关心和支持。下面，我向大家简要介绍湖南自贸试验区挂牌五年来的建设情况。")
    body("挂牌五年来，湖南自贸试验区长沙、岳阳、郴州三个片区坚持以制度创新为核心，紧扣国家赋予的战略定位，各项工作取得明显成效，主要体现在以下四个方面：")
    body("一是制度创新成果丰硕。五年来累计形成制度创新成果162项，其中“湘欧快线（中欧班列）‘一单制’”“进口非洲农产品‘快检快放’”等9项在全国复制推广，121项在省内复制推广。总体方案明确的121项改革试点任务已实施119项，实施率达98.3%。")
    body("二是开放型经济量质齐升。2025年1—8月，湖南自贸试验区实现进出口总额3216.8亿元，同比增长11.4%，以不到全省万分之六的面积贡献了全省28.7%的外贸进出口。五年来累计新设外商投资企业1286家，实际使用外资46.3亿美元。", typed=True)
    body("三是对非经贸合作走深走实。中国—非洲经贸博览会永久落户湖南，中非经贸深度合作先行区建设稳步推进，2024年湖南对非贸易额达到612.5亿元，规模居中西部省份首位。")
    body("四是产业集聚效应不断增强。长沙片区工程机械、新一代信息技术产业加快集聚，岳阳片区城陵矶港集装箱吞吐量连续五年保持增长，郴州片区有色金属精深加工、电子信息加工贸易产业规模持续扩大。", typed=True)
    body("下一步，我们将以挂牌五周年为新起点，深入实施自由贸易试验区提升战略，加快打造内陆地区改革开放高地。谢谢大家！")
    say("主持人", "谢谢易向东先生的介绍。下面进入提问环节，请各位记者围绕今天的发布主题提问，提问前请通报所在的新闻机构。")
    say("记者", "我是湖南日报记者。请问在对接国际高标准经贸规则方面，湖南自贸试验区下一步有哪些具体考虑？")
    say("谭丽华", "谢谢您的提问。对接国际高标准经贸规则，是实施自贸试验区提升战略的重要内容。下一步，我们重点抓好三个方面工作：一是在货物贸易领域，积极争取开展“保税维修+再制造”试点，推动工程机械再制造产品出口；二是在服务贸易领域，探索跨境数据流动“白名单”制度，支持长沙片区建设数据跨境服务中心；三是在营商环境领域，对标世界银行营商环境成熟度评估体系，推出第三批自贸试验区营商环境优化举措。谢谢！")
    say("记者", "我是新华社记者。近年来湖南对非贸易增长很快，请问海关在便利对非贸易通关方面做了哪些工作？")
    # clerk typed a half-width colon after this speaker's name
    say("孟庆林", "谢谢您的提问。长沙海关把支持对非经贸合作作为服务自贸试验区建设的重要抓手。一方面，优化非洲农食产品准入和检疫流程，目前已有来自非洲22个国家的58种农食产品通过湖南口岸进口，检验检疫时间平均压缩40%以上。另一方面，推行“两段准入”“提前申报”等便利措施，2025年1—8月，长沙关区进口、出口整体通关时间分别为21.6小时和0.9小时。", colon=":")
    say("记者", "我是湖南广播电视台记者。请问长沙片区在推动制度创新和产业发展方面取得了哪些成效？")
    say("欧阳志", "谢谢您的提问。长沙片区面积79.98平方公里，约占湖南自贸试验区总面积的三分之二。五年来，长沙片区累计形成制度创新成果87项，新设企业2.8万家，其中外资企业412家；2025年1—8月实现进出口总额2104.5亿元，同比增长12.9%。")
    body("下一步，长沙片区将聚焦工程机械、生物医药、跨境电商等重点产业，推动“研发+制造+贸易”一体化发展，力争到2027年片区进出口总额突破3500亿元。谢谢！")
    say("主持人", "谢谢各位发布人，谢谢媒体朋友们。今天的新闻发布会到此结束。")

    # 版记: 报/送 lines between black rules, then 印数
    empty(doc, 1)
    p = add_par(doc, [("报：省委、省人大常委会、省政府、省政协领导同志。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    p = add_par(doc, [("送：省委宣传部，省商务厅，长沙海关，长沙市、岳阳市、郴州市人民政府。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "000000", 8, 4)
    add_par(doc, [("（共印80份）", FS, 14, False)], align=R, indent=False, line=24)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="“中国（湖南）自由贸易试验区挂牌五周年”新闻发布会实录",
            doc_number=None,
            issuer=["湖南省人民政府新闻办公室"],
            date="2025-09-24",
            level="provincial",
            region="湖南省",
            doc_type="实录",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 郑州：网页转存式，来源/发布时间行，横向基本信息表，附件统计表（合并表头）
def doc_zhengzhou():
    stem = "blind754_zhengzhou_banlie"
    doc = Document()
    setup(doc, "dash")
    clauses = []

    p = add_par(doc, [("郑州市人民政府新闻办公室", XBS, 22, False)], align=C, indent=False,
                line=36)
    p = add_par(doc, [("“中欧班列（中豫号）2025年运营成", XBS, 22, False)], align=C,
                indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("绩”新闻发布会实录"), XBS, 22)
    add_par(doc, [("来源：郑州市人民政府新闻办公室    发布时间：2026-01-16 09:30    【字号：大 中 小】",
                   SONG, 10.5, False)], align=C, indent=False, line=20, before=6)
    empty(doc, 1, line=16)
    add_par(doc, [("发布会基本信息", HT, 16, False)], indent=False, line=28)

    header = ["发布时间", "发布地点", "主持人", "发布人"]
    row = ["2026年1月15日（星期四）上午10:00", "郑州市人民政府新闻发布厅",
           "市政府新闻办副主任刘晓静",
           "市商务局局长陈卫东、郑州国际陆港开发建设有限公司董事长高志强、郑州海关副关长宋建平"]
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
        set_cell(t.rows[1].cells[i], row[i], FS, 12, align=L if i == 3 else C)
    set_widths(t, [Cm(3.4), Cm(3.3), Cm(3.2), Cm(5.7)])
    clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    empty(doc, 1, line=20)

    def say(who, t):
        clauses.append(who + "：" + t)
        add_par(doc, [(who + "：", FS, 16, True), (t, FS, 16, False)])

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    say("主持人（市政府新闻办副主任　刘晓静）", "各位记者朋友，大家上午好！欢迎参加郑州市人民政府新闻办公室举办的新闻发布会。今天，我们邀请到市商务局局长陈卫东先生，郑州国际陆港开发建设有限公司董事长高志强先生，郑州海关副关长宋建平先生，请他们介绍中欧班列（中豫号）2025年运营情况，并回答大家关心的问题。首先，请陈卫东先生作发布。")
    say("陈卫东", "各位媒体朋友，大家上午好！2025年，中欧班列（中豫号）坚持“高频次、多线路、广覆盖”的发展方向，全年开行班列3218列，同比增长12.7%，其中去程1702列、回程1516列；运输货值471.3亿元，货重208.6万吨，开行量、货值、货重等主要指标均创历史新高。")
    body("一是网络布局持续拓展。全年新开通郑州至塞尔维亚贝尔格莱德、郑州至格鲁吉亚第比利斯等4条线路，境外直达站点增至43个，出入境口岸达到8个，服务网络覆盖40多个国家140多个城市。")
    body("二是货源结构不断优化。去程货物由过去以服装鞋帽、日用百货为主，逐步拓展到新能源汽车、锂电池、光伏组件、工程机械等高附加值产品，其中新能源汽车及零部件货值同比增长63.2%；回程货物涵盖汽车配件、机械设备、冷链食品、木材等2000余个品类。")
    body("三是多式联运加快发展。“空铁联运”“铁海联运”业务常态化开展，全年开行铁海联运班列186列；依托“数字班列”平台推行多式联运“一单制”，累计签发多式联运提单1.2万份。")
    body("2026年，我们将围绕建设国际物流枢纽城市，力争全年开行班列3500列以上，推动中欧班列（中豫号）由“通道经济”向“枢纽经济”转变。谢谢大家！")
    say("主持人", "谢谢陈卫东先生。下面进入答问环节，请记者朋友提问，提问前请通报所在新闻机构。")
    say("河南日报记者", "请问在提升班列开行质量和效益方面，陆港公司做了哪些工作？")
    say("高志强", "感谢您的提问。去年以来，我们主要在三个方面下功夫。一是提高满载率，通过“集拼集运”“多站集结”，全年去程、回程重箱率分别达到99.8%和97.6%；二是压降运输成本，与境内外铁路部门、代理企业签订长期运输协议，单箱综合成本同比下降8.3%；三是提升运行时效，郑州至汉堡全程运行时间由15天左右压缩至12天左右，“点对点”特快班列最快10天抵达。")
    say("郑州日报记者", "海关在支持中欧班列（中豫号）通关便利化方面有哪些新举措？")
    say("宋建平", "谢谢这位记者的提问。2025年，郑州海关在铁路口岸推广“铁路快通”模式，班列货物在口岸“不换装、不重复查验”，进、出境通关时间分别压缩至2.5小时和1.8小时。同时，我们支持开展中欧班列进口汽车平行进口、跨境电商“班列+”出口等业务，全年监管中欧班列跨境电商货物1260万票，同比增长34.5%。")
    body("下一步，郑州海关将持续深化“智慧海关”建设，推动中欧班列运单与报关单数据共享，为企业提供更加便捷高效的通关服务。")
    say("主持人", "今天的发布会到此结束，谢谢各位发布人，谢谢各位记者朋友！")

    empty(doc, 1)
    add_par(doc, "附件：中欧班列（中豫号）2025年运营主要指标", indent=True)

    # ---- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("中欧班列（中豫号）2025年运营主要指标", XBS, 20, False)], align=C,
            indent=False, line=34)
    empty(doc, 1, line=16)
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i, h in [(0, "序号"), (1, "指标"), (2, "单位"), (5, "同比增长（%）")]:
        a = h0[i].merge(h1[i])
        set_cell(a, h, HT, 12)
        vcenter(a)
    m = h0[3].merge(h0[4])
    set_cell(m, "数值", HT, 12)
    set_cell(t.rows[1].cells[3], "2025年", HT, 12)
    set_cell(t.rows[1].cells[4], "2024年", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "指标", "单位", "数值／2025年", "数值／2024年", "同比增长（%）"]
    data = [
        ["1", "开行班列", "列", "3218", "2855", "12.7"],
        ["2", "其中：去程", "列", "1702", "1528", "11.4"],
        ["3", "回程", "列", "1516", "1327", "14.2"],
        ["4", "运输货值", "亿元", "471.3", "412.6", "14.2"],
        ["5", "运输货重", "万吨", "208.6", "186.9", "11.6"],
        ["6", "境外直达站点", "个", "43", "39", "—"],
        ["7", "铁海联运班列", "列", "186", "142", "31.0"],
    ]
    for rowv in data:
        cells = t.add_row().cells
        for ci, v in enumerate(rowv):
            set_cell(cells[ci], v, FS, 12, align=L if (ci == 1) else C)
        if rowv[1] == "回程":  # clerk indents the sub-item with typed spaces
            set_cell(cells[1], "\u3000\u3000\u3000回程", FS, 12, align=L)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, rowv)))
    set_widths(t, [Cm(1.4), Cm(4.2), Cm(1.8), Cm(2.6), Cm(2.6), Cm(2.6)])
    note = "注：1．2025年数据为快报数；2．同比增长按四舍五入保留一位小数。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="郑州市人民政府新闻办公室“中欧班列（中豫号）2025年运营成绩”新闻发布会实录",
            doc_number=None,
            issuer=["郑州市人民政府新闻办公室"],
            date="2026-01-15",
            published="2026-01-16",
            level="municipal",
            region="郑州市",
            attachments=["中欧班列（中豫号）2025年运营主要指标"],
            doc_type="实录",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 广西：标题+竖向基本信息表（发布人合并单元格），楷体标签，Shift+Enter 分段，空格缩进
def doc_guangxi():
    stem = "blind754_guangxi_zmq"
    doc = Document()
    setup(doc, "page_of")
    clauses = []

    add_par(doc, [("中国（广西）自由贸易试验区", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("挂牌六周年新闻发布会文字实录", XBS, 22, False)], align=C, indent=False,
            line=36)
    empty(doc, 1, line=20)
    add_par(doc, [("新闻发布会基本信息表", HT, 14, False)], align=C, indent=False, line=26)

    rows = [
        ("发布会名称", "中国（广西）自由贸易试验区挂牌六周年新闻发布会"),
        ("举办单位", "广西壮族自治区人民政府新闻办公室"),
        ("发布时间", "2025年8月28日（星期四）上午10:00"),
        ("发布地点", "自治区人民政府新闻发布厅（南宁市民族大道）"),
        ("主持人", "自治区人民政府新闻办公室副主任　黄志坚"),
        ("发布人", "自治区商务厅（自贸办）党组成员、副厅长　韦海燕"),
        ("发布人", "南宁市人民政府副市长　覃明辉"),
        ("发布人", "钦州市人民政府副市长　梁俊"),
    ]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, (k, v) in enumerate(rows):
        set_cell(t.rows[ri].cells[0], k, HT, 12)
        set_cell(t.rows[ri].cells[1], v, FS, 12, align=L)
        clauses.append("%s：%s" % (k, v))
    set_widths(t, [Cm(3.2), Cm(12.4)])
    mc = t.rows[5].cells[0].merge(t.rows[7].cells[0])
    set_cell(mc, "发布人", HT, 12)
    vcenter(mc)
    empty(doc, 1)

    SP = "    "  # four half-width spaces typed for indentation

    def say(who, t):
        clauses.append(who + "：" + t)
        add_par(doc, [(SP, FS, 16, False), (who + "：", KT, 16, True), (t, FS, 16, False)],
                indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, SP + t, indent=False)

    def say_two(who, t1, t2):
        """speaker's answer; second paragraph typed after Shift+Enter in the same w:p."""
        clauses.append(who + "：" + t1)
        clauses.append(t2)
        p = add_par(doc, [(SP, FS, 16, False), (who + "：", KT, 16, True), (t1, FS, 16, False)],
                    indent=False)
        p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(SP + t2), FS, 16)

    say("主持人", "各位记者朋友，大家上午好！欢迎出席自治区人民政府新闻办公室新闻发布会。2019年8月30日，中国（广西）自由贸易试验区正式挂牌。六年来，广西自贸试验区立足面向东盟开放合作的战略定位，在制度创新、产业发展、开放合作等方面取得积极成效。今天，我们邀请到自治区商务厅（自贸办）党组成员、副厅长韦海燕女士，南宁市人民政府副市长覃明辉先生，钦州市人民政府副市长梁俊先生，请他们介绍相关情况，并回答大家关心的问题。首先，请韦海燕女士介绍情况。")
    say_two("韦海燕", "各位记者朋友，大家上午好！下面我向大家介绍广西自贸试验区挂牌六周年建设情况。",
            "挂牌六年来，广西自贸试验区南宁、钦州港、崇左三个片区紧紧围绕建设引领中国—东盟开放合作的高标准高质量自由贸易园区目标，累计形成制度创新成果428项，其中12项在全国复制推广、163项在全区复制推广。2025年上半年，广西自贸试验区实现外贸进出口1268.4亿元，同比增长9.6%；实际使用外资2.37亿美元，以约占全区万分之五的面积，贡献了全区23.1%的外贸进出口和31.4%的实际使用外资。")
    body("一是面向东盟的金融开放门户加快建设。跨境人民币结算便利化试点扩大到全部三个片区，2025年上半年自贸试验区跨境人民币结算量达到842.6亿元，同比增长17.3%；面向东盟的跨境征信服务平台累计为1.3万家次企业提供服务。")
    body("二是西部陆海新通道建设加速推进。钦州港片区海铁联运班列通达18个省（区、市）、73个城市，2025年上半年开行海铁联运班列5862列，同比增长8.8%；钦州港集装箱航线增至82条，“穿梭巴士”实现北部湾港与东盟主要港口全覆盖。")
    body("三是跨境产业链供应链加快构建。崇左片区依托凭祥、友谊关等口岸，发展电子信息、新能源材料等跨境加工产业，中越跨境班列实现“天天班”，2025年上半年边民互市贸易商品落地加工额同比增长26.5%。")
    say("主持人", "谢谢韦海燕女士的介绍。下面请各位记者提问。")
    say("记者", "请问南宁片区在服务中国—东盟开放合作方面有哪些新进展？")
    say("覃明辉", "谢谢提问。南宁片区面积46.8平方公里，挂牌以来累计新设企业9.6万家，是挂牌前的8.2倍。我们重点打造面向东盟的数字经济合作高地，中国—东盟信息港南宁核心基地已集聚数字经济企业1200余家；建成面向东盟的跨境电商监管中心，2025年上半年跨境电商进出口额同比增长41.2%。下一步，南宁片区将聚焦跨境金融、数字经济、跨境电商三大领域，推出更多首创性改革举措。")
    say("记者", "钦州港片区在推动港产城融合发展方面有什么做法？")
    say_two("梁俊", "谢谢您的提问。钦州港片区坚持“以港兴产、以产促城”，加快打造临港产业集群。目前，片区已集聚石化、新能源材料、造纸等产业项目136个，总投资超过3000亿元，2025年上半年规模以上工业总产值同比增长14.7%。",
            "在港口建设方面，钦州自动化集装箱码头全面投产，钦州港东航道扩建工程加快推进，30万吨级油码头投入使用。下一步，我们将深化港航、通关、物流一体化改革，推动钦州港加快建设国际门户港。谢谢！")
    say("记者", "广西自贸试验区下一步在实施提升战略方面有哪些考虑？")
    say("韦海燕", "谢谢您的提问。下一步，我们将重点做好四个方面工作：一是对接《区域全面经济伙伴关系协定》(RCEP)等高标准经贸规则，开展规则、规制、管理、标准等制度型开放压力测试；二是深化面向东盟的金融开放，扩大跨境人民币业务，推动数字人民币跨境支付试点；三是提升西部陆海新通道能级，推动海铁联运班列提质扩量；四是加强片区联动和区域协同，推动自贸试验区与综合保税区、边境经济合作区、跨境经济合作区联动发展。谢谢！")
    say("主持人", "谢谢各位发布人，谢谢各位记者朋友。今天的新闻发布会到此结束。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="中国（广西）自由贸易试验区挂牌六周年新闻发布会文字实录",
            doc_number=None,
            issuer=["广西壮族自治区人民政府新闻办公室"],
            date="2025-08-28",
            level="provincial",
            region="广西壮族自治区",
            doc_type="实录",
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_hunan(), doc_zhengzhou(), doc_guangxi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
