# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 581: 前海 / 南沙 港澳专业人士执业、跨境仲裁."""
import json
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

OUT = Path(__file__).resolve().parent

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)

CN = "零一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


# ---------------------------------------------------------------- helpers
def font(run, name, size, bold=False, color=None, ascii_font=None):
    run.font.name = ascii_font or name
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rf = rpr.get_or_add_rFonts()
    rf.set(qn("w:eastAsia"), name)
    rf.set(qn("w:ascii"), ascii_font or name)
    rf.set(qn("w:hAnsi"), ascii_font or name)


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def border(p, side="bottom", val="single", sz=12, color="FF0000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml(f"<w:pBdr {nsdecls('w')}/>")
        ppr.append(bdr)
    bdr.append(parse_xml(
        f'<w:{side} {nsdecls("w")} w:val="{val}" w:sz="{sz}" w:space="{space}" w:color="{color}"/>'))


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Mm(297)
        s.page_width = Mm(210)
        s.top_margin = Mm(37)
        s.bottom_margin = Mm(35)
        s.left_margin = Mm(28)
        s.right_margin = Mm(26)
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run("— ")
        font(r, "宋体", 14)
        r = fp.add_run()
        r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
        font(r, "宋体", 14)
        r = fp.add_run()
        it = parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>')
        r._r.append(it)
        font(r, "宋体", 14)
        r = fp.add_run()
        r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
        r = fp.add_run("1")
        font(r, "宋体", 14)
        r = fp.add_run()
        r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))
        r = fp.add_run(" —")
        font(r, "宋体", 14)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


class Builder:
    def __init__(self):
        self.doc = Document()
        page_setup(self.doc)
        self.clauses = []
        self._abs = {}
        self._next_num = 300
        self._counters = {}

    # plain paragraph made of runs; parts: list of (text, fontname, bold) or "\n" for soft break
    def para(self, parts, align=None, indent=True, size=16, clause=False, line=28,
             color=None, before=0, after=0):
        p = self.doc.add_paragraph()
        fmt(p, align, indent, line, before, after)
        txt = ""
        for part in parts:
            if part == "\n":
                p.add_run().add_break()
                continue
            if isinstance(part, str):
                part = (part, FS, False)
            t, f, b = part
            r = p.add_run(t)
            font(r, f, size, b, color, ascii_font=None if f in (XBS, HT) else "Times New Roman")
            txt += t
        if clause:
            self.clauses.append(txt.strip())
        return p

    def body(self, text, **kw):
        kw.setdefault("clause", True)
        return self.para([text], **kw)

    def empty(self, n=1):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt(p, indent=False)

    def page_break(self):
        p = self.doc.add_paragraph()
        fmt(p, indent=False)
        p.add_run().add_break(WD_BREAK.PAGE)

    def title(self, lines, soft=False, size=22):
        if soft:
            parts = []
            for i, l in enumerate(lines):
                if i:
                    parts.append("\n")
                parts.append((l, XBS, False))
            self.para(parts, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=size, line=35)
        else:
            for l in lines:
                self.para([(l, XBS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                          size=size, line=35)

    def heading(self, text, f=HT, align=None, indent=True):
        self.para([(text, f, False)], align=align, indent=indent)

    # ------------------------------------------------ Word numbering
    def _abstract(self, key, numfmt, lvltext, rfont):
        if key in self._abs:
            return self._abs[key]
        numbering = self.doc.part.numbering_part.element
        aid = 200 + len(self._abs)
        xml = (f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
               f'<w:multiLevelType w:val="singleLevel"/>'
               f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{numfmt}"/>'
               f'<w:suff w:val="nothing"/><w:lvlText w:val="{lvltext}"/><w:lvlJc w:val="left"/>'
               f'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
               f'<w:rPr><w:rFonts w:ascii="{rfont}" w:hAnsi="{rfont}" w:eastAsia="{rfont}" w:hint="eastAsia"/>'
               f'<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>')
        el = parse_xml(xml)
        nums = numbering.findall(qn("w:num"))
        if nums:
            nums[0].addprevious(el)
        else:
            numbering.append(el)
        self._abs[key] = aid
        return aid

    def new_list(self, key, numfmt, lvltext, rfont):
        aid = self._abstract(key, numfmt, lvltext, rfont)
        nid = self._next_num
        self._next_num += 1
        numbering = self.doc.part.numbering_part.element
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        self._counters[nid] = 0
        return nid

    def numbered(self, nid, text, prefix_fn):
        p = self.doc.add_paragraph()
        fmt(p, indent=False)
        ppr = p._p.get_or_add_pPr()
        numpr = ppr.get_or_add_numPr()
        numpr.get_or_add_ilvl().val = 0
        numpr.get_or_add_numId().val = nid
        # first-line indent comes from the numbering level
        p.paragraph_format.first_line_indent = None
        r = p.add_run(text)
        font(r, FS, 16, ascii_font="Times New Roman")
        self._counters[nid] += 1
        self.clauses.append(prefix_fn(self._counters[nid]) + text)
        return p

    # ------------------------------------------------ tables
    def table(self, header, rows, widths, merges=(), clause=True, size=12):
        """merges: list of (col, first_row, last_row) vertical merges (0-based data rows)."""
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        hide = set()
        for col, a, b in merges:
            top = t.cell(1 + a, col)
            top.merge(t.cell(1 + b, col))
            for k in range(a + 1, b + 1):
                hide.add((k, col))
        for j, h in enumerate(header):
            c = t.cell(0, j)
            c.width = Mm(widths[j])
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(h)
            font(r, HT, size)
        trpr = t.rows[0]._tr.get_or_add_trPr()
        trpr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.cell(1 + i, j)
                c.width = Mm(widths[j])
                if (i, j) in hide:
                    continue
                p = c.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if len(val) < 8 else WD_ALIGN_PARAGRAPH.LEFT
                pieces = val.split("\n")
                for k, piece in enumerate(pieces):
                    if k:
                        p.add_run().add_break()
                    r = p.add_run(piece)
                    font(r, FS, size, ascii_font="Times New Roman")
            if clause:
                self.clauses.append("；".join(
                    f"{h}：{v.replace(chr(10), '')}" for h, v in zip(header, row)))
        return t

    def banji(self, chaosong, office, date, fill=3):
        self.empty(2)
        p = self.para([("抄送：", FS, False), (chaosong, FS, False)], indent=False, size=14)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.first_line_indent = Pt(-14)
        border(p, "top", sz=8, color="000000")
        border(p, "bottom", sz=4, color="000000")
        # office and date aligned with typed spaces
        p = self.para([(office, FS, False), ("\u00a0" * 2 + "    " * fill, FS, False),
                       (date + "印发", FS, False)], indent=False, size=14)
        p.paragraph_format.left_indent = Pt(14)
        border(p, "bottom", sz=8, color="000000")

    def save(self, stem):
        path = OUT / f"{stem}.docx"
        self.doc.save(path)
        return path


def red_header(b, organ_lines, docno, docno_align=WD_ALIGN_PARAGRAPH.CENTER, double=False,
               size=36, scale=None):
    b.empty(1)
    for l in organ_lines:
        hp = b.para([(l, XBS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=size,
                    line=50, color=RED)
        if scale:
            for r in hp.runs:
                r._element.get_or_add_rPr().append(
                    parse_xml(f'<w:w {nsdecls("w")} w:val="{scale}"/>'))
    b.empty(1)
    p = b.para([(docno, FS, False)] if docno else [""], align=docno_align, indent=False)
    if double:
        border(p, "bottom", val="thinThickSmallGap", sz=24)
    else:
        border(p, "bottom", sz=18)
    b.empty(1)


# ====================================================================== doc 1
def doc_qianhai_tongzhi():
    b = Builder()
    red_header(b, ["深圳市前海深港现代服务业合作区管理局文件"], "深前海规〔2025〕7号", size=28, scale=75)
    b.title(["深圳市前海深港现代服务业合作区管理局",
             "关于印发《前海深港现代服务业合作区",
             "港澳专业人士执业备案管理规定》的通知"], soft=True)
    b.empty(1)
    b.para(["管理局各处室、各直属单位，前海合作区各有关单位："], indent=False)
    b.body("为深入贯彻落实《全面深化前海深港现代服务业合作区改革开放方案》和《内地与香港关于建立更紧密经贸关系的安排》（CEPA）及其服务贸易协议，进一步便利香港、澳门专业人士在前海合作区跨境执业，我局研究制定了《前海深港现代服务业合作区港澳专业人士执业备案管理规定》，经2025年第9次局务会议审议通过，现印发给你们，请认真贯彻执行。")
    b.body("执行过程中遇到的问题，请径向管理局深港合作处（港澳专业人士服务中心）反映。")
    b.body("（联系人：黄咏琪，电话：0755-36881234；邮箱：hkmo-pro@qianhai.example.cn）")
    b.empty(1)
    p = b.para([("附件：前海深港现代服务业合作区港澳专业人士执业备案管理规定", FS, False)])
    b.empty(3)
    b.para(["            深圳市前海深港现代服务业合作区管理局"], indent=False)
    b.para(["                                    2025年9月26日"], indent=False)
    b.empty(1)
    b.body("（此件公开发布）", clause=False)
    notice_clauses = b.clauses
    b.clauses = []

    # ---------------- attachment: the 规定
    b.page_break()
    b.para([("附件", HT, False)], indent=False)
    b.empty(1)
    b.title(["前海深港现代服务业合作区港澳专业人士", "执业备案管理规定"])
    b.empty(1)

    def art(num, text, extra=None):
        # article number typed by hand, bold 黑体 run, full-width space
        lab = f"第{cn_num(num)}条"
        b.para([(lab, HT, False), ("　" + text, FS, False)], clause=False)
        b.clauses.append(lab + "　" + text)

    def item(text):
        b.body(text)

    def chap(text):
        b.para([(text, HT, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    chap("第一章　总　　则")
    art(1, "为便利香港特别行政区、澳门特别行政区专业人士（以下简称港澳专业人士）在深圳市前海深港现代服务业合作区（以下简称前海合作区）执业，规范执业备案管理，根据《中华人民共和国外商投资法》《深圳经济特区前海深港现代服务业合作区条例》以及《内地与香港关于建立更紧密经贸关系的安排》（CEPA）、《内地与澳门关于建立更紧密经贸关系的安排》等有关规定，结合前海合作区实际，制定本规定。")
    art(2, "本规定适用于取得香港特别行政区或者澳门特别行政区相关执业资格的专业人士，经备案后在前海合作区内提供专业服务的管理活动。")
    b.body("法律、行政法规对港澳专业人士执业另有规定的，从其规定。")
    art(3, "本规定所称港澳专业人士，是指具有香港特别行政区永久性居民或者澳门特别行政区永久性居民身份，并取得本规定附件所列港澳执业资格的人员。")
    art(4, "深圳市前海深港现代服务业合作区管理局（以下简称管理局）负责港澳专业人士执业备案的统筹协调和监督管理工作，管理局深港合作处（港澳专业人士服务中心）承担备案的具体受理工作。")
    b.body("市有关行业主管部门按照职责分工，负责本行业港澳专业人士执业活动的业务指导和监督管理。")
    b.empty(1)
    chap("第二章　备案条件与程序")
    art(5, "申请执业备案的港澳专业人士，应当符合下列条件：")
    item("（一）持有香港特别行政区或者澳门特别行政区有关主管机构、专业团体颁发的有效执业资格证书；")
    item("（二）在香港特别行政区或者澳门特别行政区从事相关专业工作满3年，且近3年内未受到刑事处罚或者重大行业处分；")
    item("（三）已与前海合作区内依法设立的机构签订劳动合同、聘用协议或者合伙协议；")
    item("（四）法律、法规和行业主管部门规定的其他条件。")
    art(6, "申请执业备案，应当通过“前海港澳专业人士服务平台”提交下列材料：")
    item("（一）执业备案申请表；")
    item("（二）港澳居民来往内地通行证或者其他有效身份证明；")
    item("（三）执业资格证书及香港特別行政區政府或者澳門特別行政區政府有关主管机构、专业团体出具的执业良好证明（Certificate of Good Standing）；")
    item("（四）聘用机构的营业执照或者登记证书；")
    item("（五）劳动合同、聘用协议或者合伙协议。")
    b.body("前款第（三）项材料为英文或者葡萄牙文的，应当同时提交中文译本。")
    art(7, "管理局自收到完整申请材料之日起5个工作日内完成审核。符合条件的，予以备案并在服务平台公布备案信息；不符合条件的，书面告知申请人并说明理由。")
    art(8, "需要向香港特別行政區政府律政司、澳門特別行政區政府法務局等机构核实资格信息的，管理局应当通过深港、深澳合作机制发函核实，核实时间不计入前条规定的审核期限。")
    art(9, "执业备案有效期为3年。备案有效期届满需要继续执业的，应当在届满前30日内申请延续备案。")
    b.empty(1)
    chap("第三章　执业规范")
    art(10, "经备案的港澳专业人士可以在前海合作区内依照内地相关法律法规和行业规范从事下列业务：")
    item("（一）为前海合作区内企业和个人提供与香港、澳门有关的专业咨询服务；")
    item("（二）参与前海合作区内机构承接的工程建设、税务、会计、法律等专业服务项目；")
    item("（三）在行业主管部门认可的范围内，以本人名义签署与专业服务有关的文件；")
    item("（四）行业主管部门许可的其他业务。")
    # article with a soft line break in the middle (pasted from a PDF)
    lab = "第十一条"
    t1 = "　香港法律执业者、澳门执业律师在前海合作区执业的，应当遵守《香港法律执业者和澳门执业律师在粤港澳大湾区内地九市取得内地执业资质"
    t2 = "和从事律师职业试点办法》的有关规定，其执业范围以司法行政部门核准的范围为准。"
    b.para([(lab, HT, False), (t1, FS, False), "\n", (t2, FS, False)])
    b.clauses.append(lab + t1 + t2)
    art(12, "港澳专业人士在执业中收取服务费用的，可以人民币或者港币（HK$）计价结算。以港币结算的，应当按照结算当日中国人民银行公布的人民币汇率中间价折算并开具发票。")
    art(13, "聘用机构应当为经备案的港澳专业人士购买执业责任保险，单人年度累计赔偿限额不低于人民币200万元或者等值港币（约HK$218万元）。")
    art(14, "港澳专业人士变更聘用机构、执业范围或者联系方式的，应当自变更之日起15个工作日内向管理局申请变更备案。")
    b.empty(1)
    chap("第四章　服务保障")
    art(15, "管理局在前海深港国际服务城设立港澳专业人士服务专窗，提供政策咨询、备案办理、出入境便利、住房保障等“一站式”服务。")
    art(16, "对在前海合作区连续执业满1年的港澳专业人士，按照《前海深港现代服务业合作区支持港澳青年发展若干措施》给予每人每年最高人民币6万元的执业补贴。")
    art(17, "管理局会同香港特別行政區政府律政司、香港會計師公會、香港測量師學會、澳門律師公會等机构和团体，建立执业信息共享、培训交流和投诉协查机制。")
    art(18, "鼓励港澳专业人士参与前海合作区行业标准制定、专业人才培养以及国际商事调解、仲裁等法律服务工作。")
    b.empty(1)
    chap("第五章　监督管理")
    art(19, "管理局建立港澳专业人士执业信用档案，记录备案、变更、投诉处理及奖惩等信息，并依法与行业主管部门共享。")
    art(20, "港澳专业人士有下列情形之一的，由管理局注销其执业备案，并在服务平台予以公布：")
    item("（一）执业资格被香港特别行政区或者澳门特别行政区有关主管机构、专业团体撤销、吊销或者注销的；")
    item("（二）以欺骗、贿赂等不正当手段取得执业备案的；")
    item("（三）在执业活动中违反内地法律法规，情节严重的；")
    item("（四）备案有效期届满未申请延续的。")
    art(21, "港澳专业人士以欺骗、贿赂等不正当手段取得执业备案的，自注销之日起3年内不得再次申请执业备案。")
    art(22, "管理局及其工作人员在备案管理工作中滥用职权、玩忽职守、徇私舞弊的，依法追究责任。")
    b.empty(1)
    chap("第六章　附　　则")
    art(23, "本规定所称“以上”“不低于”均包含本数。")
    art(24, "本规定由管理局负责解释。")
    art(25, "本规定自2025年11月1日起施行，有效期5年。《深圳市前海深港现代服务业合作区管理局关于印发〈前海香港专业人士执业备案管理暂行办法〉的通知》（深前海规〔2020〕4号）同时废止。")
    b.empty(1)
    b.para(["附件：认可的港澳执业资格目录"])

    b.page_break()
    b.para([("附件", HT, False)], indent=False)
    b.empty(1)
    b.title(["认可的港澳执业资格目录"])
    b.empty(1)
    header = ["序号", "专业类别", "港澳资格名称", "内地对应资格"]
    rows = [
        ["1", "法律", "香港律師（Solicitor）", "律师"],
        ["2", "法律", "香港大律師（Barrister）", "律师"],
        ["3", "法律", "澳門執業律師", "律师"],
        ["4", "会计", "香港會計師公會執業會計師（CPA (Practising)）", "注册会计师"],
        ["5", "会计", "澳門註冊核數師", "注册会计师"],
        ["6", "税务", "香港稅務學會註冊稅務師（CTA (HK)）", "税务师"],
        ["7", "建筑", "香港註冊建築師\n（Registered Architect）", "一级注册建筑师"],
        ["8", "工程", "香港註冊結構工程師", "一级注册结构工程师"],
        ["9", "测量", "香港註冊產業測量師", "房地产估价师"],
        ["10", "测量", "香港註冊工料測量師", "一级造价工程师"],
        ["11", "规划", "香港註冊專業規劃師", "注册城乡规划师"],
        ["12", "旅游", "香港持牌導遊", "导游"],
    ]
    b.table(header, rows, [15, 25, 75, 45], merges=[(1, 0, 2), (1, 3, 4), (1, 8, 9)])
    guiding_clauses = b.clauses

    b.banji("深圳市人民政府港澳事务办公室，深圳市司法局，深圳市住房和建设局，深圳市财政局。",
            "深圳市前海管理局综合办公室", "2025年9月28日", fill=1)
    b.save("blind581_qianhai_tongzhi")

    organ = "深圳市前海深港现代服务业合作区管理局"
    gd_title = "前海深港现代服务业合作区港澳专业人士执业备案管理规定"
    return [
        {"meta": {
            "title": f"{organ}关于印发《{gd_title}》的通知",
            "doc_number": "深前海规〔2025〕7号",
            "issuer": [organ],
            "date": "2025-09-26",
            "published": None,
            "level": "zone",
            "region": "前海深港现代服务业合作区",
            "effective": None,
            "expires": None,
            "attachments": [gd_title],
            "doc_type": "通知",
            "recipients": ["管理局各处室", "各直属单位", "前海合作区各有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        }, "clauses": notice_clauses},
        {"meta": {
            "title": gd_title,
            "doc_number": None,
            "issuer": [organ],
            "date": "2025-09-26",
            "published": None,
            "level": "zone",
            "region": "前海深港现代服务业合作区",
            "effective": "2025-11-01",
            "expires": "2030-10-31",
            "attachments": ["认可的港澳执业资格目录"],
            "doc_type": "规定",
            "recipients": [],
            "publicity": None,
            "repeals": "《深圳市前海深港现代服务业合作区管理局关于印发〈前海香港专业人士执业备案管理暂行办法〉的通知》（深前海规〔2020〕4号）",
        }, "clauses": guiding_clauses},
    ]


# ====================================================================== doc 2
def doc_nansha_guiding():
    b = Builder()
    d = b.doc
    # joint red header laid out in a borderless table: two organs left, 文件 right
    b.empty(1)
    t = d.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    organs = ["广州市南沙区人民政府", "广州南沙经济技术开发区管理委员会"]
    for i, o in enumerate(organs):
        c = t.cell(i, 0)
        c.width = Mm(125)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = p.add_run(o)
        font(r, XBS, 20, color=RED)
    t.autofit = False
    t.columns[0].width = Mm(125)
    t.columns[1].width = Mm(31)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.width = Mm(30)
    m.vertical_alignment = 1
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("文件")
    font(r, XBS, 36, color=RED)
    b.empty(1)
    p = b.para(["穗南府规〔2026〕2号"], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", sz=18)
    b.empty(1)
    b.title(["广州市南沙区促进跨境商事仲裁发展若干规定"])
    b.empty(1)

    # articles numbered by Word list numbering: 第%1条 + full-width space, chineseCounting
    art_list = b.new_list("art", "chineseCounting", "第%1条　", HT)

    def art(text):
        b.numbered(art_list, text, lambda n: f"第{cn_num(n)}条　")

    def items(lst):
        nid = b.new_list("item", "chineseCounting", "（%1）", FS)
        for x in lst:
            b.numbered(nid, x, lambda n: f"（{cn_num(n)}）")

    art("为推进粤港澳大湾区国际商事仲裁中心建设，支持南沙国际仲裁中心与香港國際仲裁中心（HKIAC）、澳門世界貿易中心仲裁中心等港澳仲裁机构开展合作，提升跨境商事争议解决服务水平，根据《中华人民共和国仲裁法》《广州南沙深化面向世界的粤港澳全面合作总体方案》和《内地与香港关于建立更紧密经贸关系的安排》（CEPA）等有关规定，结合本区实际，制定本规定。")
    art("本规定适用于在广州市南沙区（以下简称南沙）内开展的涉港澳及涉外商事仲裁活动，以及为其提供支持、保障和服务的相关工作。")
    art("本规定所称港澳仲裁机构，是指依照香港特别行政区、澳门特别行政区法律设立的常设仲裁机构，包括香港國際仲裁中心（Hong Kong International Arbitration Centre）、中國海事仲裁委員會香港仲裁中心、澳門世界貿易中心仲裁中心等。")
    art("区司法局负责统筹推进本区跨境商事仲裁发展工作；区商务局、区金融工作局、区人力资源和社会保障局等部门按照各自职责做好相关工作。")
    art("支持港澳仲裁机构在南沙设立业务机构，依法开展下列业务：")
    items(["涉外及涉港澳商事仲裁案件的受理、审理和裁决；",
           "仲裁规则推广、仲裁员培训和仲裁法律研究；",
           "调解、仲裁与诉讼相衔接的多元化纠纷解决服务；",
           "国际投资争端预防与解决相关咨询服务。"])
    art("鼓励南沙企业在涉港澳合同中约定由南沙国际仲裁中心或者港澳仲裁机构仲裁，并可以依法约定适用香港特别行政区法律或者澳门特别行政区法律作为合同准据法。")
    art("经香港特別行政區政府律政司或者澳門特別行政區政府法務局备案、认可的港澳仲裁员，可以受聘列入南沙国际仲裁中心仲裁员名册。")
    art("在仲裁程序中，当事人可以约定以中文、英文或者中英文作为仲裁语言，可以约定仲裁费用以人民币或者港币计收。以港币计收的，仲裁员报酬可以参照HKIAC公布的费用表（Schedule of Fees）确定。")
    art("对在香港特别行政区进行的、由HKIAC等机构管理的仲裁程序，当事人依照《关于内地与香港特别行政区法院就仲裁程序相互协助保全的安排》向南沙区人民法院申请保全的，区人民法院依法及时审查办理。")
    art("港澳仲裁机构在南沙设立业务机构的，按照下列规定给予支持：")
    items(["给予一次性落户奖励人民币100万元；",
           "租用办公用房的，按照实际租金的50%给予补贴，每年最高人民币80万元，补贴期限不超过3年；",
           "主要负责人及核心团队成员可以申请南沙区人才公寓。"])
    art("南沙国际仲裁中心及港澳仲裁机构在南沙设立的业务机构受理跨境商事仲裁案件的，按照附件所列标准给予案件办理补贴。")
    art("对在南沙执业的港澳仲裁员、调解员，可以按照规定申请南沙区高层次人才认定，享受人才住房、子女入学、医疗保障等服务。")
    art("港澳仲裁员在南沙取得的仲裁员报酬等劳务收入，依法纳税后可以办理跨境汇出；以港币（HK$）结算的，按照外汇管理有关规定办理。")
    art("区司法局牵头建立跨境商事仲裁发展联席会议制度，每年至少召开1次会议，研究解决重大问题。")
    art("申请人以虚假材料骗取支持资金的，由区有关部门责令退回已取得的资金，并依法追究责任；涉嫌犯罪的，依法移送司法机关处理。")
    art("同一事项符合本区其他扶持政策的，按照从高不重复原则给予支持。")
    art("本规定由区司法局负责解释。")
    art("本规定自2026年3月1日起施行，有效期至2028年12月31日。")
    b.empty(1)
    b.para(["附件：南沙区跨境商事仲裁支持资金标准"])
    b.empty(3)
    b.para(["广州市南沙区人民政府"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    b.para(["广州南沙经济技术开发区管理委员会"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p = b.para(["2026年1月20日"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(40)
    b.empty(1)
    b.body("（此件公开发布）", clause=False)

    b.page_break()
    b.para([("附件", HT, False)], indent=False)
    b.empty(1)
    b.title(["南沙区跨境商事仲裁支持资金标准"])
    b.empty(1)
    header = ["序号", "支持事项", "支持对象", "支持标准"]
    rows = [
        ["1", "机构落户奖励", "在南沙新设业务机构的港澳仲裁机构", "一次性奖励人民币100万元"],
        ["2", "办公用房补贴", "在南沙新设业务机构的港澳仲裁机构", "按实际租金的50%补贴，每年最高人民币80万元，最长3年"],
        ["3", "案件办理补贴", "南沙国际仲裁中心及港澳仲裁机构在南沙设立的业务机构", "争议金额在人民币1000万元（约HK$1,090万元）以上的跨境案件，每宗补贴人民币5万元，每家机构每年最高人民币200万元"],
        ["4", "仲裁员培训补贴", "港澳仲裁员、调解员", "参加区司法局认可的培训课程的，按实际费用的50%补贴，每人每年最高HK$20,000"],
        ["5", "国际会议补贴", "在南沙举办国际仲裁会议、论坛的机构", "每场最高人民币30万元"],
    ]
    b.table(header, rows, [14, 30, 50, 66], size=12)
    b.para(["注：港币金额按照申请当月1日中国人民银行公布的人民币汇率中间价折算。"],
           indent=False, size=12, clause=True, before=6)
    clauses = b.clauses
    b.banji("区委各部委办，区人大常委会办公室，区政协办公室，区法院，区检察院。",
            "广州市南沙区人民政府办公室", "2026年1月21日")
    b.save("blind581_nansha_guiding")
    return [{"meta": {
        "title": "广州市南沙区促进跨境商事仲裁发展若干规定",
        "doc_number": "穗南府规〔2026〕2号",
        "issuer": ["广州市南沙区人民政府", "广州南沙经济技术开发区管理委员会"],
        "date": "2026-01-20",
        "published": None,
        "level": "county",
        "region": "广州市南沙区",
        "effective": "2026-03-01",
        "expires": "2028-12-31",
        "attachments": ["南沙区跨境商事仲裁支持资金标准"],
        "doc_type": "规定",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": None,
    }, "clauses": clauses}]


# ====================================================================== doc 3
def doc_qianhai_han():
    b = Builder()
    red_header(b, ["深圳市前海深港现代服务业合作区管理局"],
               "                              深前海函〔2026〕15号",
               docno_align=WD_ALIGN_PARAGRAPH.LEFT, double=True, size=22)
    b.title(["深圳市前海深港现代服务业合作区管理局", "关于商请共同推进港澳律师", "在前海跨境执业合作有关事项的函"])
    b.empty(1)
    b.para(["香港特別行政區政府律政司："], indent=False)
    b.body("近年来，在贵司的大力支持下，前海深港国际法务区建设取得积极进展。截至2025年12月31日，前海合作区已设立粤港澳联营律师事务所11家，备案执业的港澳律师达186名，香港國際仲裁中心、澳門世界貿易中心仲裁中心等机构已在前海设立代表处。为进一步落实CEPA及《前海深港现代服务业合作区港澳专业人士执业备案管理规定》，深化两地法律服务合作，现就有关事项函商如下：")
    b.heading("一、建立执业资格核实机制")
    b.para([("（一）资格信息核实。", KT, False),
            ("我局拟与贵司建立港澳律师执业资格信息定期核实机制，对在前海备案执业的香港律师（Solicitor）、大律师（Barrister），每季度通过电子方式核对其执业证书（Practising Certificate）状态。", FS, False)],
           clause=True)
    b.para([("（二）执业良好证明。", KT, False),
            ("恳请贵司协调香港律師會、香港大律師公會，为拟来前海执业的香港法律执业者出具执业良好证明提供便利，争取将办理时限压缩至10个工作日以内。", FS, False)],
           clause=True)
    b.heading("二、深化跨境仲裁合作")
    b.body("（一）支持HKIAC等香港仲裁机构在前海深港国际法务区开展仲裁案件庭审、仲裁员培训等业务，我局按照有关规定给予办公用房租金减免。")
    b.body("（二）双方共同举办“前海—香港跨境商事仲裁论坛”，拟于2026年5月在前海举办首届论坛，所需场地及会务费用（约HK$800,000）由我局承担。")
    b.para([("三、建立常态化联络机制。", HT, False),
            ("建议双方各明确一名联络员，每半年召开1次工作会商会议，及时协调解决港澳律师跨境执业中遇到的问题。", FS, False)],
           clause=True)
    b.body("以上事项妥否，请予函复。")
    b.body("联系人：深港合作处　李卓然，电话：（86）755-36882468，传真：（86）755-36882400。")
    b.empty(1)
    b.para(["附件：前海深港国际法务区港澳律师执业情况统计表"])
    # 落款 in a borderless layout table
    t = b.doc.add_table(rows=2, cols=2)
    t.autofit = False
    t.columns[0].width = Mm(50)
    t.columns[1].width = Mm(106)
    for i, txt in enumerate(["深圳市前海深港现代服务业合作区管理局", "二〇二六年二月十日"]):
        t.cell(i, 0).width = Mm(50)
        c = t.cell(i, 1)
        c.width = Mm(106)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.keep_with_next = True
        r = p.add_run(txt)
        font(r, FS, 16)
        t.rows[i]._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))

    p = b.para([("附件", HT, False)], indent=False)
    p.paragraph_format.page_break_before = True
    b.empty(1)
    b.title(["前海深港国际法务区港澳律师执业情况统计表"], size=18)
    b.empty(1)
    header = ["执业类型", "香港", "澳门", "合计"]
    rows = [
        ["粤港澳联营律师事务所派驻律师", "52", "6", "58"],
        ["受聘于内地律师事务所担任法律顾问", "41", "5", "46"],
        ["取得内地执业资质的港澳律师", "67", "15", "82"],
        ["合计", "160", "26", "186"],
    ]
    b.table(header, rows, [80, 25, 25, 25], size=14)
    clauses = b.clauses
    b.banji("广东省人民政府港澳事务办公室，深圳市人民政府港澳事务办公室，深圳市司法局。",
            "深圳市前海管理局综合办公室", "2026年2月11日", fill=1)
    b.save("blind581_qianhai_han")
    return [{"meta": {
        "title": "深圳市前海深港现代服务业合作区管理局关于商请共同推进港澳律师在前海跨境执业合作有关事项的函",
        "doc_number": "深前海函〔2026〕15号",
        "issuer": ["深圳市前海深港现代服务业合作区管理局"],
        "date": "2026-02-10",
        "published": None,
        "level": "zone",
        "region": "前海深港现代服务业合作区",
        "effective": None,
        "expires": None,
        "attachments": ["前海深港国际法务区港澳律师执业情况统计表"],
        "doc_type": "函",
        "recipients": ["香港特別行政區政府律政司"],
        "publicity": None,
        "repeals": None,
    }, "clauses": clauses}]


def main():
    expected = {
        "blind581_qianhai_tongzhi": doc_qianhai_tongzhi(),
        "blind581_nansha_guiding": doc_nansha_guiding(),
        "blind581_qianhai_han": doc_qianhai_han(),
    }
    for stem in expected:
        subprocess.run(
            ["soffice", "-env:UserInstallation=file:///tmp/lo_581", "--headless",
             "--convert-to", "pdf", "--outdir", str(OUT), str(OUT / f"{stem}.docx")],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    with open(OUT / "expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
