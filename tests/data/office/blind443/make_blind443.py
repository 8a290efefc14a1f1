# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 443 blind test documents: 惠企政策专项资金申报指南 + issuing notices."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
WS = " \t\u3000\u00a0"


def set_run_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = "Times New Roman" if font in (FS, KT) else font
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:hint"), "eastAsia")
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


class Builder:
    def __init__(self, stem):
        self.stem = stem
        self.doc = Document()
        self.objs = []
        self.numid = 100
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.element.get_or_add_rPr()
        rf = st.element.rPr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            st.element.rPr.insert(0, rf)
        rf.set(qn("w:eastAsia"), FS)
        st.font.size = Pt(16)
        self._footer()

    # ---------- infrastructure ----------
    def _footer(self):
        fp = self.doc.sections[0].footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run("— ")
        set_run_font(r, "宋体", 14)
        r = fp.add_run()
        set_run_font(r, "宋体", 14)
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
        i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = " PAGE "
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
        r._r.append(b); r._r.append(i); r._r.append(e)
        r = fp.add_run(" —")
        set_run_font(r, "宋体", 14)

    def new_numbering(self, lvl_text, fmt="decimal"):
        """A fresh single-level Word list (restarts at 1)."""
        numbering = self.doc.part.numbering_part.element
        nid = self.numid
        self.numid += 1
        absn = parse_xml(
            '<w:abstractNum %s w:abstractNumId="%d">'
            '<w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/>'
            '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
            % (nsdecls("w"), nid, fmt, lvl_text))
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                        % (nsdecls("w"), nid, nid))
        numbering.append(num)
        return {"numId": nid, "text": lvl_text, "n": 0}

    def new_obj(self, meta):
        self.objs.append({"meta": meta, "clauses": []})

    def clause(self, text):
        self.objs[-1]["clauses"].append(text)

    # ---------- paragraphs ----------
    def p(self, runs="", clause=False, align=None, first_indent=2, font=FS, size=16,
          bold=False, color=None, num=None, style=None, line=28, before=0, after=0,
          left_indent=None):
        if isinstance(runs, str):
            runs = [(runs, {})]
        para = self.doc.add_paragraph(style=style) if style else self.doc.add_paragraph()
        pf = para.paragraph_format
        pf.line_spacing = Pt(line)
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if align is not None:
            para.alignment = align
        if first_indent and num is None:
            pf.first_line_indent = Pt(16 * first_indent)
        elif num is None:
            pf.first_line_indent = Pt(0)
        if left_indent is not None:
            pf.left_indent = Pt(left_indent)
        prefix = ""
        if num is not None:
            numpr = para._p.get_or_add_pPr().get_or_add_numPr()
            numpr.get_or_add_ilvl().val = 0
            numpr.get_or_add_numId().val = num["numId"]
            num["n"] += 1
            prefix = num["text"].replace("%1", str(num["n"]))
        full = ""
        for text, opt in runs:
            o = dict(font=font, size=size, bold=bold, color=color)
            o.update(opt)
            parts = text.split("\n")
            for k, part in enumerate(parts):
                if k > 0:
                    br = para.add_run()
                    br.add_break(WD_BREAK.LINE)
                r = para.add_run(part)
                set_run_font(r, **o)
            full += text.replace("\n", "")
        if clause:
            self.clause(prefix + full.strip(WS))
        return para

    def empty(self, n=1):
        for _ in range(n):
            self.p("", first_indent=0)

    def red_line(self):
        para = self.doc.add_paragraph()
        para.paragraph_format.space_after = Pt(0)
        para.paragraph_format.line_spacing = Pt(8)
        ppr = para._p.get_or_add_pPr()
        bdr = parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>' % nsdecls("w"))
        ppr.insert_element_before(bdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
                                  "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE",
                                  "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
                                  "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                                  "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                                  "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
                                  "w:rPr", "w:sectPr", "w:pPrChange")
        return para

    def page_break(self):
        para = self.doc.add_paragraph()
        para.add_run().add_break(WD_BREAK.PAGE)

    def title(self, text, size=22):
        return self.p(text, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0, font=XBS, size=size, line=34)

    def h1(self, text, style=None, split=False):
        if split:
            # number and words in separate runs (as typed), built-in heading style
            idx = text.index("、") + 1
            runs = [(text[:idx], {}), (text[idx:], {})]
        else:
            runs = text
        para = self.p(runs, font=HT, size=16, style=style)
        if style:
            for r in para.runs:
                r.font.color.rgb = RGBColor(0, 0, 0)
                r.font.italic = False
            para.paragraph_format.space_before = Pt(0)
            para.paragraph_format.space_after = Pt(0)
            para.paragraph_format.first_line_indent = Pt(32)
        return para

    def runin(self, head, body, head_font=KT, head_bold=True, **kw):
        return self.p([(head, {"font": head_font, "bold": head_bold}), (body, {})], clause=True, **kw)

    # ---------- tables ----------
    def table(self, headers, rows, clause=True, widths=None, vmerge=None, size=12, header_font=HT):
        """vmerge: list of (col, first_row, last_row) over data rows; the merged value
        is written once (top cell) but belongs to every row it spans."""
        t = self.doc.add_table(rows=1 + len(rows), cols=len(headers))
        t.style = "Table Grid"
        t.alignment = 1
        def fill(cell, text, font, bold=False, center=True):
            cell.text = ""
            para = cell.paragraphs[0]
            para.paragraph_format.line_spacing = Pt(size + 6)
            if center:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = para.add_run(text)
            set_run_font(r, font, size, bold)
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        for j, h in enumerate(headers):
            fill(t.cell(0, j), h, header_font)
        skip = set()
        for (c, a, b) in (vmerge or []):
            for r in range(a + 1, b + 1):
                skip.add((r, c))
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if (i, j) in skip:
                    continue
                fill(t.cell(i + 1, j), v, FS, center=(len(v) <= 8))
        for (c, a, b) in (vmerge or []):
            t.cell(a + 1, c).merge(t.cell(b + 1, c))
        if widths:
            t.autofit = False
            for j, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
                gc.set(qn("w:w"), str(int(widths[j] * 567)))
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = Cm(w)
        if clause:
            for row in rows:
                self.clause("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
        # paragraph after table so following text does not stick to it
        return t

    def banji(self, cc, office, date):
        """版记: 抄送 and 印发 lines between rules."""
        t = self.doc.add_table(rows=2, cols=1)
        for k, text in enumerate([cc, office]):
            cell = t.cell(k, 0)
            para = cell.paragraphs[0]
            para.paragraph_format.line_spacing = Pt(26)
            if k == 0:
                r = para.add_run(text)
                set_run_font(r, FS, 14)
            else:
                r = para.add_run(office)
                set_run_font(r, FS, 14)
                r = para.add_run("\u3000" * 6 + date)
                set_run_font(r, FS, 14)
        tblpr = t._tbl.tblPr
        borders = parse_xml(
            '<w:tblBorders %s><w:top w:val="single" w:sz="8" w:color="000000"/>'
            '<w:bottom w:val="single" w:sz="8" w:color="000000"/>'
            '<w:insideH w:val="single" w:sz="4" w:color="000000"/></w:tblBorders>' % nsdecls("w"))
        tblpr.append(borders)

    def save(self):
        path = os.path.join(HERE, self.stem + ".docx")
        self.doc.save(path)
        return path


# =====================================================================
# 1. 福州: joint notice + 申报指南 (attachment), 版记 at very end
# =====================================================================
def build_fuzhou():
    b = Builder("blind443_fuzhou_tongzhi")
    notice_title = "福州市商务局 福州市财政局关于印发《2026年度福州市外贸高质量发展专项资金申报指南》的通知"
    guide_title = "2026年度福州市外贸高质量发展专项资金申报指南"
    issuers = ["福州市商务局", "福州市财政局"]
    b.new_obj({
        "title": notice_title,
        "doc_number": "榕商务〔2026〕9号",
        "issuer": issuers,
        "date": "2026-01-20",
        "published": None,
        "level": "municipal",
        "region": "福州市",
        "effective": None,
        "expires": None,
        "attachments": [guide_title],
        "doc_type": "通知",
        "recipients": ["各县（市）区商务局", "各县（市）区财政局", "福州高新区经济发展局"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    # joint red header as a borderless layout table
    b.empty()
    t = b.doc.add_table(rows=1, cols=2)
    t.alignment = 1
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    c0.width, c1.width = Cm(10.5), Cm(4.5)
    for k, name in enumerate(["福州市商务局", "福州市财政局"]):
        para = c0.paragraphs[0] if k == 0 else c0.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        para.paragraph_format.line_spacing = Pt(46)
        r = para.add_run(name)
        set_run_font(r, XBS, 30, color=RED)
    c1.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    para = c1.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = para.add_run("文件")
    set_run_font(r, XBS, 40, color=RED)
    b.empty()
    b.p("榕商务〔2026〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0)
    b.red_line()
    b.empty()
    b.title("福州市商务局 福州市财政局关于印发\n《2026年度福州市外贸高质量发展专项资金申报指南》的通知")
    b.empty()
    b.p("各县（市）区商务局、各县（市）区财政局，福州高新区经济发展局：", first_indent=0)
    b.p("为深入贯彻落实《福建省人民政府办公厅关于进一步稳外贸促发展的若干措施》，加快培育外贸新动能，"
        "推动我市外贸高质量发展，根据《福州市市级财政专项资金管理办法》有关规定，市商务局、市财政局制定了"
        "《2026年度福州市外贸高质量发展专项资金申报指南》，现印发给你们，并就有关事项通知如下：", clause=True)
    b.runin("一、加强组织宣传。", "各县（市）区商务局要会同同级财政部门，通过政策宣讲会、企业服务群、“e福州”APP等渠道，"
            "将申报指南送达辖区外贸企业，做到应知尽知、应报尽报。", head_font=HT, head_bold=False)
    b.runin("二、严格审核把关。", "各县（市）区商务局、财政局要对申报材料的真实性、完整性、合规性进行初审，"
            "重点核查企业进出口实绩、信用状况和项目真实性，于2026年3月31日前将初审意见、项目汇总表"
            "（纸质版一式三份及电子版）报送市商务局。", head_font=HT, head_bold=False)
    b.runin("三、强化资金监管。", "专项资金实行“谁申报、谁负责”原则。对弄虚作假、骗取套取专项资金的企业，"
            "一经查实，追回已拨付资金，三年内取消其申报资格，并按规定纳入信用记录；涉嫌犯罪的，移送司法机关依法处理。",
            head_font=HT, head_bold=False)
    b.runin("四、做好绩效评价。", "资金拨付后，各县（市）区要督促受支持企业按要求填报绩效目标完成情况，"
            "配合市财政局、市商务局开展绩效评价，评价结果作为以后年度资金安排的重要依据。",
            head_font=HT, head_bold=False)
    b.p("联系人：市商务局对外贸易处　陈　敏，电话：0591-87112345；市财政局经济建设处　林晓峰，电话：0591-87654321。",
        clause=True)
    b.empty()
    b.p("附件：2026年度福州市外贸高质量发展专项资金申报指南", left_indent=0)
    b.empty(3)
    b.p("福州市商务局" + "\u3000" * 8 + "福州市财政局", first_indent=0, left_indent=48)
    b.p("2026年1月20日" + "\u3000" * 4, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=0)
    b.empty()
    b.p("（此件公开发布）")
    b.page_break()

    # ---------------- attachment: the guide ----------------
    b.new_obj({
        "title": guide_title,
        "doc_number": None,
        "issuer": issuers,
        "date": "2026-01-20",
        "published": None,
        "level": "municipal",
        "region": "福州市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "指南",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    })
    b.p("附件", font=HT, first_indent=0)
    b.empty()
    b.title(guide_title)
    b.empty()
    b.p("为加快推进我市外贸高质量发展，支持企业开拓国际市场、培育外贸新业态新模式，根据《福州市市级财政专项资金管理办法》等规定，制定本指南。",
        clause=True)
    b.h1("一、支持方向")
    b.runin("（一）开拓国际市场。", "支持企业参加境外展会、开展国际认证、注册境外商标，重点支持参加“一带一路”沿线国家和地区、"
            "《区域全面经济伙伴关系协定》（RCEP）成员国举办的展会。")
    b.runin("（二）培育外贸新业态。", "支持跨境电商企业建设海外仓、独立站，支持市场采购贸易、保税维修等新业态发展。")
    b.runin("（三）稳定外贸主体。", "支持年度进出口实绩增长的重点外贸企业，支持首次开展进出口业务的中小微企业。")
    b.runin("（四）提升通关物流效能。", "支持企业利用中欧班列、海铁联运开展进出口业务。")
    b.h1("二、支持对象和申报条件")
    b.p("（一）在福州市辖区内（含福州高新区）依法注册、具有独立法人资格的企业。", clause=True)
    b.p("（二）2025年度有进出口实绩，且在海关、税务、外汇管理部门无重大违法违规记录。", clause=True)
    b.p("（三）未被列入严重失信主体名单。", clause=True)
    b.p("（四）同一项目已获得省级以上财政资金支持的，不得重复申报。", clause=True)
    b.h1("三、支持标准")
    b.table(["项目类别", "支持内容", "支持标准"], [
        ["境外展会", "参加境外展会发生的展位费、公共布展费", "按实际费用的50%给予补助，单个展会最高不超过5万元"],
        ["国际认证", "开展管理体系认证、产品认证", "按实际费用的50%给予补助，每家企业每年最高不超过10万元"],
        ["海外仓", "新建或租赁面积1000平方米以上的海外仓", "按实际投入的20%给予补助，最高不超过100万元"],
        ["进出口增长", "2025年度进出口额2000万美元以上且增幅10%以上", "按每增长100万美元给予1万元奖励，最高不超过50万元"],
        ["首次进出口", "2025年首次实现进出口实绩", "一次性奖励2万元"],
        ["中欧班列", "通过中欧班列（福州）运输进出口货物", "按每标准箱1000元给予补助，每家企业最高不超过30万元"],
    ], widths=[2.8, 5.6, 7.0])
    b.p("同一企业年度累计支持金额原则上不超过200万元。", clause=True)
    b.h1("四、申报时间")
    b.p("（一）网上申报：2026年2月1日9:00至2026年3月10日17:30。", clause=True)
    b.p("（二）纸质材料报送：2026年3月13日前报送所在县（市）区商务局，逾期不予受理。", clause=True)
    b.h1("五、申报材料")
    b.p("申报单位应按以下顺序装订成册（A4纸双面打印，加盖骑缝章），并提供电子版一份。", clause=True)
    b.runin("（一）通用材料。", "所有申报单位均须提供：")
    for s in [
        "1.《2026年度福州市外贸高质量发展专项资金申请表》（加盖公章）。",
        "2.企业资质材料，包括：",
        "（1）营业执照副本复印件；",
        "（2）对外贸易经营者备案登记表或海关进出口货物收发货人备案回执复印件；",
        "（3）法定代表人身份证复印件。",
        "3.财务及实绩材料，包括：",
        "（1）经会计师事务所审计的2025年度财务报告，须包含：",
        "①资产负债表；",
        "②利润表；",
        "③现金流量表及附注。",
        "（2）海关出具的2025年度进出口实绩证明，或由“单一窗口”导出并加盖企业公章的进出口数据统计表。",
        "（3）纳税信用等级证明。",
        "4.申报单位对申报材料真实性负责的承诺书。",
    ]:
        b.p(s, clause=True)
    b.runin("（二）专项材料。", "按申报项目类别分别提供：")
    for s in [
        "1.境外展会项目：展位费发票及付款凭证、参展证明（展位照片须含企业名称及展会标识）；",
        "2.国际认证项目：认证证书复印件、认证费用发票及付款凭证；",
        "3.海外仓项目，按建设方式提供：",
    ]:
        b.p(s, clause=True)
    for s in [
        "a.自建海外仓：土地或房产权属证明、建设投入发票及付款凭证；",
        "b.租赁海外仓：租赁合同（外文须附中文译本）、租金支付凭证；",
        "c.合作共建海外仓：合作协议、出资证明。",
    ]:
        b.p(s, clause=True, first_indent=3)
    b.p("4.中欧班列项目：铁路运单、报关单及运费支付凭证。", clause=True)
    b.runin("（三）申报材料核对表。", "申报单位应对照下表逐项自查（“☑”为必须提供，“□”为不适用），核对无误后随申报材料一并报送。")
    b.table(["序号", "材料名称", "必备", "选报", "备注"], [
        ["1", "专项资金申请表", "☑", "□", "加盖公章"],
        ["2", "营业执照副本复印件", "☑", "□", "—"],
        ["3", "进出口经营备案材料", "☑", "□", "—"],
        ["4", "2025年度审计报告", "☑", "□", "含附注"],
        ["5", "进出口实绩证明", "☑", "□", "—"],
        ["6", "纳税信用等级证明", "□", "☑", "新设企业可不提供"],
        ["7", "真实性承诺书", "☑", "□", "法定代表人签字"],
        ["8", "专项材料", "□", "☑", "按项目类别提供"],
    ], widths=[1.4, 5.6, 1.6, 1.6, 4.8])
    b.h1("六、申报流程")
    b.p("申报工作按以下步骤进行：", clause=True)
    for s in [
        "1.网上填报。申报单位登录福州市商务局官网“专项资金申报系统”注册账号，在线填写申请表并上传申报材料扫描件。",
        "2.报送纸质材料。网上申报完成后，打印系统生成的申请表，连同纸质申报材料报送所在县（市）区商务局。",
        "3.县（市）区初审。各县（市）区商务局会同同级财政局进行初审，并出具初审意见。",
        "4.市级审核。市商务局委托第三方机构进行专项审计，会同市财政局研究提出资金安排建议。",
        "5.公示。拟支持项目在市商务局官网公示5个工作日。",
        "6.资金拨付。公示无异议后，市财政局按程序下达资金。",
    ]:
        b.p(s, clause=True)
    b.h1("七、咨询电话")
    b.p("申报过程中如有疑问，请与所在县（市）区受理单位联系：", clause=True)
    b.table(["县（市）区", "受理单位", "咨询电话"], [
        ["鼓楼区", "鼓楼区商务局", "0591-87520316"],
        ["台江区", "台江区商务局", "0591-83270531"],
        ["仓山区", "仓山区商务局", "0591-83443672"],
        ["晋安区", "晋安区商务局", "0591-87382095"],
        ["马尾区", "马尾区商务局", "0591-83683217"],
        ["长乐区", "长乐区商务局", "0591-28822618"],
        ["闽侯县", "闽侯县商务局", "0591-22061435"],
        ["福清市", "福清市商务局", "0591-85223706"],
        ["福州高新区", "福州高新区经济发展局", "0591-22850297"],
    ], widths=[3.5, 6.5, 5.0])
    b.p("系统技术支持电话：0591-87110000（工作日9:00—17:30）。", clause=True)
    b.h1("八、其他事项")
    b.p("（一）本指南由福州市商务局、福州市财政局负责解释。", clause=True)
    b.p("（二）申报企业应对所提供材料的真实性、合法性负责，并承担相应法律责任。", clause=True)
    b.empty(4)
    b.banji("抄送：市发改委，市工信局，市税务局，福州海关。",
            "福州市商务局办公室", "2026年1月20日印发")
    return b


# =====================================================================
# 2. 厦门片区: single 公告 carrying the guide in its body
# =====================================================================
def build_xiamen():
    b = Builder("blind443_xiamen_gonggao")
    title = "中国（福建）自由贸易试验区厦门片区管理委员会关于开展2026年度跨境电子商务发展专项资金申报工作的公告"
    b.new_obj({
        "title": title,
        "doc_number": "厦自贸委〔2026〕5号",
        "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会"],
        "date": "2026-02-10",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区",
        "effective": "2026-03-01",
        "expires": "2026-12-31",
        "attachments": ["2026年度跨境电子商务发展专项资金申请表"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": "中国（福建）自由贸易试验区厦门片区管理委员会关于开展2025年度跨境电子商务发展专项资金申报工作的公告（厦自贸委〔2025〕4号）",
    })
    b.empty()
    b.p("中国（福建）自由贸易试验区厦门片区管理委员会", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0,
        font=XBS, size=24, color=RED, line=40)
    b.red_line()
    b.p("厦自贸委〔2026〕5号", align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=0)
    b.empty()
    b.title("中国（福建）自由贸易试验区厦门片区管理委员会\n关于开展2026年度跨境电子商务发展专项资金\n申报工作的公告")
    b.empty()
    # body typed with leading full-width spaces instead of paragraph indent
    I = "\u3000\u3000"
    b.p(I + "为贯彻落实《中国（福建）自由贸易试验区厦门片区促进跨境电子商务高质量发展若干措施》（厦自贸委〔2025〕21号），"
        "支持跨境电商企业做大做强，\n现就2026年度跨境电子商务发展专项资金申报工作公告如下：", clause=True, first_indent=0)
    b.p(I + "一、支持方向", font=HT, first_indent=0)
    b.p([(I, {}), ("（一）", {"font": KT, "bold": True}), ("跨境电商主体培育", {"font": KT, "bold": True}),
         ("。", {"font": KT, "bold": True}),
         ("对新落户厦门片区、年度跨境电商进出口额首次超过1000万元的企业，给予一次性落户奖励。", {})],
        clause=True, first_indent=0)
    b.p([(I, {}), ("（二）跨境电商海外仓建设。", {"font": KT, "bold": True}),
         ("对在“一带一路”沿线国家和地区自建或租用海外仓、并为片区跨境电商企业提供公共服务的企业给予支持。", {})],
        clause=True, first_indent=0)
    b.p([(I, {}), ("（三）跨境电商平台及服务体系建设。", {"font": KT, "bold": True}),
         ("支持企业建设跨境电商B2B直接出口（9710）、跨境电商出口海外仓（9810）综合服务平台，支持开展跨境电商人才培训。", {})],
        clause=True, first_indent=0)
    b.p([(I, {}), ("（四）跨境电商物流通道建设。", {"font": KT, "bold": True}),
         ("支持企业利用中欧（厦门）班列、跨境电商空运专线等开展跨境电商货物运输。", {})],
        clause=True, first_indent=0)
    b.p(I + "二、申报主体及条件", font=HT, first_indent=0)
    b.p(I + "申报单位须同时符合下列条件：", clause=True, first_indent=0)
    b.p(I + "（一）在厦门片区（含象屿综合保税区、海沧港综合保税区）内注册登记并依法纳税，具有独立法人资格；", clause=True, first_indent=0)
    b.p(I + "（二）2025年度通过海关跨境电商监管方式（9610、9710、9810、1210）开展进出口业务；", clause=True, first_indent=0)
    b.p(I + "（三）财务管理制度健全，近三年无重大违法违规记录，未被列入严重失信主体名单。", clause=True, first_indent=0)
    b.empty()
    b.p(I + "三、支持标准", font=HT, first_indent=0)
    for s in [
        "（一）主体培育奖励：年度跨境电商进出口额首次超过1000万元、5000万元、1亿元的，分别给予10万元、30万元、50万元一次性奖励，晋档的补足差额。",
        "（二）海外仓补助：按海外仓年度租金或建设投入的30%给予补助，单个海外仓最高不超过80万元。",
        "（三）平台建设补助：按平台软硬件投入的30%给予补助，最高不超过100万元。",
        "（四）物流通道补助：通过中欧（厦门）班列运输跨境电商货物的，按每标准箱800元给予补助，单家企业年度最高不超过40万元。",
    ]:
        b.p(I + s, clause=True, first_indent=0)
    b.p(I + "四、申报时间", font=HT, first_indent=0)
    b.p(I + "申报时间：2026年3月1日至2026年4月15日（法定节假日除外），\n逾期不予受理。", clause=True, first_indent=0)
    b.p(I + "五、申报材料", font=HT, first_indent=0)
    # sub-heading on its own line, no full stop -> not a clause
    b.p(I + "（一）基本材料", font=KT, first_indent=0)
    b.p(I + "1.专项资金申请表（见附件），须加盖单位公章并由法定代表人签字。", clause=True, first_indent=0)
    b.p(I + "2.主体资格证明材料：", clause=True, first_indent=0)
    n1 = b.new_numbering("（%1）")
    for s in ["营业执照复印件；", "海关报关单位备案信息表；", "跨境电商企业海关注册登记证明。"]:
        b.p(s, clause=True, num=n1)
    b.p(I + "3.经营实绩材料：", clause=True, first_indent=0)
    n2 = b.new_numbering("（%1）")
    b.p("2025年度财务审计报告；", clause=True, num=n2)
    b.p("跨境电商进出口数据证明，须包括：", clause=True, num=n2)
    for s in ["①由海关出具的跨境电商进出口申报清单汇总数据；",
              "②由跨境电商公共服务平台导出的订单、支付、物流“三单”比对数据；",
              "③企业自行统计的分月数据表（加盖公章）。"]:
        b.p(I + I + s, clause=True, first_indent=0)
    b.p("纳税证明。", clause=True, num=n2)
    b.p(I + "（二）专项材料", font=KT, first_indent=0)
    b.p(I + "1.主体培育奖励：提供跨境电商进出口额首次达标年度的相关数据证明。", clause=True, first_indent=0)
    b.p(I + "2.海外仓补助：", clause=True, first_indent=0)
    for s in ["a）海外仓租赁合同或产权证明（外文材料须附中文翻译件）；",
              "b）租金或建设投入支付凭证；",
              "c）海外仓公共服务情况说明，包括服务企业名单、服务货值等。"]:
        b.p(I + I + s, clause=True, first_indent=0)
    b.p(I + "3.平台建设补助：平台建设合同、发票、付款凭证及第三方验收报告。", clause=True, first_indent=0)
    b.p(I + "4.物流通道补助：中欧班列运单、跨境电商申报清单及运费结算凭证。", clause=True, first_indent=0)
    b.p([(I, {}), ("（三）申报材料对照表。", {"font": KT, "bold": True}),
         ("各类项目所需材料见下表（“☑”为须提交，“□”为无须提交）：", {})], clause=True, first_indent=0)
    b.table(["序号", "材料名称", "主体培育", "海外仓", "平台建设", "物流通道"], [
        ["1", "专项资金申请表", "☑", "☑", "☑", "☑"],
        ["2", "营业执照复印件", "☑", "☑", "☑", "☑"],
        ["3", "2025年度财务审计报告", "☑", "☑", "☑", "☑"],
        ["4", "跨境电商进出口数据证明", "☑", "☑", "□", "☑"],
        ["5", "海外仓租赁合同或产权证明", "□", "☑", "□", "□"],
        ["6", "平台建设合同及验收报告", "□", "□", "☑", "□"],
        ["7", "中欧班列运单", "□", "□", "□", "☑"],
    ], widths=[1.2, 5.8, 2.1, 2.1, 2.1, 2.1])
    b.p(I + "六、申报流程", font=HT, first_indent=0)
    n3 = b.new_numbering("%1.")
    for s in [
        "企业申报。申报单位登录“厦门自贸片区企业服务平台”，在线填报并上传申报材料。",
        "受理初审。片区管委会经济发展局对材料完整性进行审核，材料不全的，一次性告知补正。",
        "专家评审。委托第三方机构对申报项目进行专项审计和评审。",
        "社会公示。评审结果在厦门片区门户网站公示7天。",
        "资金拨付。公示无异议的，按程序拨付资金。",
    ]:
        b.p(s, clause=True, num=n3)
    b.p(I + "七、咨询电话", font=HT, first_indent=0)
    b.p(I + "各受理窗口咨询电话如下（工作日上午8:30—12:00，下午14:30—17:30）：", clause=True, first_indent=0)
    b.table(["区域", "受理窗口", "咨询电话"], [
        ["湖里区", "两岸贸易中心核心区服务窗口", "0592-5201736"],
        ["湖里区", "象屿综合保税区服务窗口", "0592-5683320"],
        ["海沧区", "东南国际航运中心服务窗口", "0592-6881532"],
        ["海沧区", "海沧港综合保税区服务窗口", "0592-6053217"],
        ["片区本级", "片区管委会经济发展局", "0592-5395862"],
    ], widths=[3.0, 7.5, 4.5], vmerge=[(0, 0, 1), (0, 2, 3)])
    b.p(I + "八、其他事项", font=HT, first_indent=0)
    b.p(I + "（一）申报单位对申报材料的真实性负责。对弄虚作假骗取专项资金的，依法依规追回资金，并纳入信用记录。",
        clause=True, first_indent=0)
    b.p(I + "（二）本公告自2026年3月1日起施行，有效期至2026年12月31日。《中国（福建）自由贸易试验区厦门片区管理委员会"
        "关于开展2025年度跨境电子商务发展专项资金申报工作的公告》（厦自贸委〔2025〕4号）同时废止。",
        clause=True, first_indent=0)
    b.p(I + "（三）本公告由厦门片区管委会经济发展局负责解释。", clause=True, first_indent=0)
    b.empty()
    b.p(I + "附件：2026年度跨境电子商务发展专项资金申请表", first_indent=0)
    b.empty(3)
    b.p("中国（福建）自由贸易试验区\n厦门片区管理委员会" + "\u3000" * 2, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=0)
    b.p("2026年2月10日" + "\u3000" * 3, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=0)
    return b


# =====================================================================
# 3. 西安国际港务区: notice + guide; heading styles, full-width dots, flow table
# =====================================================================
def build_xian():
    b = Builder("blind443_xian_tongzhi")
    guide_title = "2026年度西安国际港务区中欧班列集结中心建设专项资金申报指南"
    meta = {
        "title": "西安国际港务区管理委员会关于组织申报2026年度中欧班列集结中心建设专项资金的通知",
        "doc_number": "西港管发〔2026〕7号",
        "issuer": ["西安国际港务区管理委员会"],
        "date": "2026-02-26",
        "published": None,
        "level": "zone",
        "region": "西安国际港务区",
        "effective": None,
        "expires": None,
        "attachments": [guide_title],
        "doc_type": "通知",
        "recipients": ["区内各有关企业", "管委会各部门"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    b.new_obj(meta)
    b.empty()
    b.p("西安国际港务区管理委员会文件", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0,
        font=XBS, size=28, color=RED, line=50)
    b.empty()
    b.p("西港管发〔2026〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0)
    b.red_line()
    b.empty()
    b.title("西安国际港务区管理委员会\n关于组织申报2026年度中欧班列集结中心\n建设专项资金的通知")
    b.empty()
    b.p("区内各有关企业，管委会各部门：", first_indent=0)
    b.p("为进一步巩固提升中欧班列（西安）集结中心功能，支持企业用好中欧班列“长安号”通道拓展“一带一路”市场，"
        "根据《西安国际港务区中欧班列集结中心建设专项资金管理办法》（西港管发〔2025〕18号），"
        "现将2026年度专项资金申报有关事项通知如下：", clause=True)
    b.p("一、请有关企业对照《2026年度西安国际港务区中欧班列集结中心建设专项资金申报指南》（见附件），"
        "于2026年4月30日前完成申报。", clause=True)
    b.p("二、管委会各部门要结合职责做好政策解读和申报辅导。商务和物流局牵头负责受理审核，"
        "财政局负责资金拨付和监督管理，行政审批服务局负责申报平台运行保障。", clause=True)
    b.p("三、申报企业应严格按照指南要求如实申报。对提供虚假材料的，取消当年度申报资格，已拨付资金予以追回。",
        clause=True)
    b.p("联系人：港务区商务和物流局　王　磊，电话：029-83392256。", clause=True)
    b.empty()
    b.p("附件：2026年度西安国际港务区中欧班列集结中心建设专项资金申报指南", first_indent=2)
    b.empty(3)
    b.p("西安国际港务区管理委员会" + "\u3000" * 2, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=0)
    b.p("2026年2月26日" + "\u3000" * 4, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=0)
    b.empty()
    b.p("（此件公开发布）")
    b.page_break()

    g = dict(meta)
    g.update({"title": guide_title, "doc_number": None, "attachments": [], "doc_type": "指南",
              "recipients": [], "publicity": None})
    b.new_obj(g)
    b.p("附件", font=HT, first_indent=0)
    b.empty()
    b.title("2026年度西安国际港务区中欧班列集结中心\n建设专项资金申报指南")
    b.empty()
    H = "Heading 2"
    b.h1("一、支持方向", style=H, split=True)
    b.runin("（一）集结分拨。", "支持企业在港务区开展中欧班列“长安号”集结分拨业务，扩大回程货源。")
    b.runin("（二）“班列+跨境电商”。", "支持跨境电商企业通过中欧班列开展跨境电商出口（9610、9710、9810）业务。")
    b.runin("（三）“班列+综保”。", "支持企业依托西安综合保税区开展保税加工、保税物流与中欧班列联动业务。")
    b.runin("（四）境外节点建设。", "支持企业在中欧班列沿线国家建设海外仓、境外集散分拨中心。")
    b.h1("二、申报条件", style=H, split=True)
    for s in [
        "1．在西安国际港务区内注册，具有独立法人资格，税收关系在港务区；",
        "2．2025年1月1日以来通过中欧班列“长安号”开展进出口业务；",
        "3．信用状况良好，未列入严重失信主体名单；",
        "4．同一事项已享受港务区其他同类政策支持的，按“从高不重复”原则执行。",
    ]:
        b.p(s, clause=True)
    b.h1("三、支持标准", style=H, split=True)
    for s in [
        "（一）集结分拨业务：按企业通过“长安号”发运的集结分拨货物，每标准箱给予500元补助。",
        "（二）回程班列业务：组织回程货源的，每标准箱给予800元补助；其中，进口“一带一路”沿线国家特色农产品的，每标准箱再增加200元。",
        "（三）境外节点建设：按实际投入的20%给予补助，单个项目最高不超过200万元。",
        "以上第（一）（二）项单家企业年度补助合计不超过300万元。",
    ]:
        b.p(s, clause=True)
    b.h1("四、申报时间", style=H, split=True)
    b.p("2026年3月2日至2026年4月30日。", clause=True)
    b.empty()
    b.h1("五、申报材料", style=H, split=True)
    b.runin("（一）共性材料，", "按以下顺序装订：", head_bold=False)
    for s in [
        "1．专项资金申报书（含项目基本情况、申报金额测算）；",
        "2．企业证照材料：",
        "（1）营业执照复印件；",
        "（2）法定代表人及经办人身份证复印件、授权委托书；",
        "3．业务实绩材料：",
        "（1）中欧班列运单汇总表，须分别列明：",
        "①运单号、发运日期及班列车次；",
        "②箱号、箱型及货物品名；",
        "③始发站、到达站。",
        "（2）铁路运费结算发票及付款凭证；",
        "（3）报关单或备案清单。",
        "4．信用承诺书。",
    ]:
        b.p(s, clause=True)
    b.runin("（二）个性材料：", "", head_bold=False)
    for s in [
        "a.申报回程班列补助的，提供进口货物原产地证明；",
        "b.申报境外节点建设补助的，提供境外投资备案（核准）文件、项目投资凭证；",
        "c.申报“班列+综保”业务的，提供保税业务核注清单。",
    ]:
        b.p(s, clause=True, first_indent=3)
    b.h1("六、申报流程", style=H, split=True)
    b.table(["步骤", "环节", "工作内容", "完成时限"], [
        ["第一步", "企业申报", "登录“西安国际港务区政务服务平台”填报并上传材料", "2026年4月30日前"],
        ["第二步", "部门审核", "商务和物流局对申报材料进行审核，必要时开展现场核查", "2026年5月31日前"],
        ["第三步", "第三方审计", "委托会计师事务所对申报数据进行专项审计", "2026年6月30日前"],
        ["第四步", "公示", "在港务区官网公示5个工作日", "审计完成后"],
        ["第五步", "拨付", "财政局按程序拨付资金", "公示无异议后"],
    ], widths=[2.0, 2.6, 7.2, 3.6])
    b.h1("七、咨询电话", style=H, split=True)
    b.table(["咨询事项", "责任部门", "咨询电话"], [
        ["政策咨询", "商务和物流局", "029-83392256"],
        ["平台操作", "行政审批服务局", "029-83392610"],
        ["资金拨付", "财政局", "029-83392087"],
    ], widths=[3.5, 6.5, 5.0])
    b.h1("八、其他", style=H, split=True)
    b.p("本指南由西安国际港务区管理委员会商务和物流局负责解释。", clause=True)
    b.empty(3)
    b.banji("抄送：西安市商务局，西安市财政局，西安海关。",
            "西安国际港务区管理委员会办公室", "2026年2月27日印发")
    return b


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_443", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for fn in (build_fuzhou, build_xiamen, build_xian):
        b = fn()
        path = b.save()
        to_pdf(path)
        expected[b.stem] = b.objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
