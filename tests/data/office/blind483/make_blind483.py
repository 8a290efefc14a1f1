# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 483 blind test documents: manual Word formatting that breaks structure."""
import json
import os
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
FW = "\u3000"  # full-width space


def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rFonts.set(qn(a), name)


def border(par, side="bottom", color="FF0000", sz=12):
    pPr = par._p.get_or_add_pPr()
    pBdr = pPr.find(qn("w:pBdr"))
    if pBdr is None:
        pBdr = OxmlElement("w:pBdr")
        pPr.append(pBdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pBdr.append(el)


def dwidth(s):
    return sum(2 if (ord(c) > 0x2E7F or c in "—“”") else 1 for c in s)


class Builder:
    def __init__(self, stem, page_fmt="— {} —", body_indent="fw"):
        self.stem = stem
        self.doc = Document()
        self.objs = []
        self.body_indent = body_indent  # "fw" = typed full-width spaces, "fmt" = first-line indent
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        self._footer(page_fmt)

    # ---------- page furniture ----------
    def _footer(self, fmt):
        fp = self.doc.sections[0].footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pre, post = fmt.split("{}")
        r = fp.add_run(pre)
        set_font(r, "宋体", 14)
        r = fp.add_run()
        set_font(r, "宋体", 14)
        for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("t", "1"), ("end", None)):
            if kind == "instr":
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = txt
                r._r.append(it)
            elif kind == "t":
                t = OxmlElement("w:t")
                t.text = txt
                r._r.append(t)
            else:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), kind)
                r._r.append(fc)
        r = fp.add_run(post)
        set_font(r, "宋体", 14)

    def new_obj(self, meta):
        self.objs.append({"meta": meta, "clauses": []})

    def clause(self, text):
        self.objs[-1]["clauses"].append(text.strip().strip(FW))

    def p(self, text="", font=FS, size=16, bold=False, color=None, align=None, exact=28,
          indent=False):
        par = self.doc.add_paragraph()
        pf = par.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        if exact:
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(exact)
        if align is not None:
            par.alignment = align
        if indent:
            pf.first_line_indent = Pt(32)
        if text:
            set_font(par.add_run(text), font, size, bold, color)
        return par

    def blank(self, n=1):
        for _ in range(n):
            self.p("")

    def page_break(self):
        par = self.p("")
        par.add_run().add_break(WD_BREAK.PAGE)

    # ---------- body blocks ----------
    def _lead(self):
        return FW * 2 if self.body_indent == "fw" else ""

    def body(self, text, runin=None, clause=True, font=FS):
        par = self.p(indent=(self.body_indent == "fmt"))
        lead = self._lead()
        if runin:
            set_font(par.add_run(lead + runin), font, 16, bold=True)
            set_font(par.add_run(text), font, 16)
            full = runin + text
        else:
            set_font(par.add_run(lead + text), font, 16)
            full = text
        if clause:
            self.clause(full)
        return par

    def heading(self, text, font=HT):
        """Own-line section heading, typed with two full-width spaces."""
        return self.p(FW * 2 + text, font=font)

    def softlist(self, items, lead=None, item_indent=FW * 2):
        """Items separated by Shift+Enter inside ONE paragraph."""
        par = self.p(indent=(self.body_indent == "fmt"))
        first = True
        if lead:
            set_font(par.add_run(self._lead() + lead), FS, 16)
            self.clause(lead)
            first = False
        for it in items:
            if not first:
                r = par.add_run()
                r.add_break()  # soft line break
                set_font(par.add_run(item_indent + it), FS, 16)
            else:
                set_font(par.add_run(self._lead() + it), FS, 16)
                first = False
            self.clause(it)
        return par

    def texttable(self, header, rows, pad=4):
        """Table pasted as plain text, columns aligned with spaces."""
        widths = [max(dwidth(r[i]) for r in [header] + rows) + pad for i in range(len(header))]

        def line(cells):
            out = ""
            for i, c in enumerate(cells):
                if i < len(cells) - 1:
                    out += c + " " * (widths[i] - dwidth(c))
                else:
                    out += c
            return out

        self.p(FW + line(header), font=HT, size=14, exact=26)
        for r in rows:
            self.p(FW + line(r), font=FS, size=14, exact=26)
            self.clause("；".join("%s：%s" % (h, v) for h, v in zip(header, r)))

    def autolist(self, items):
        """Word automatic numbering (List Number style) — the number is not in the text."""
        for i, it in enumerate(items, 1):
            par = self.doc.add_paragraph(style="List Number")
            pf = par.paragraph_format
            pf.space_before = Pt(0)
            pf.space_after = Pt(0)
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(28)
            set_font(par.add_run(it), FS, 16)
            self.clause("%d.%s" % (i, it))

    def title_lines(self, lines):
        """Title 'centred' by typing leading spaces, broken with Enter."""
        for ln in lines:
            self.p(ln, font=XBS, size=22, exact=36)

    def save(self):
        path = os.path.join(HERE, self.stem + ".docx")
        self.doc.save(path)
        return path


# =====================================================================
# 1. Chongqing — 中欧班列（成渝） notice
# =====================================================================
def make_chongqing():
    b = Builder("blind483_chongqing_tongzhi", "— {} —", body_indent="fw")
    issuers = ["重庆市人民政府口岸和物流办公室", "重庆市商务委员会"]
    atts = ["2026年中欧班列（成渝）重庆方向重点线路开行计划",
            "中欧班列（成渝）回程货源支持项目申报指南"]
    b.new_obj({
        "title": "关于进一步推动中欧班列（成渝）高质量发展的通知",
        "doc_number": "渝口岸物流发〔2025〕86号",
        "issuer": issuers,
        "date": "2025-11-20",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": "2025-11-20",
        "expires": "2027-12-31",
        "attachments": atts,
        "doc_type": "通知",
        "recipients": ["各区县（自治县）人民政府", "两江新区管委会", "市政府有关部门", "有关企业"],
        "publicity": "此件公开发布",
        "repeals": "《重庆市人民政府口岸和物流办公室关于支持中欧班列（渝新欧）扩量提质的通知》（渝口岸物流发〔2022〕41号）",
    })
    d = b.doc
    # joint 版头 as a layout table: two organ names left, "文件" right (merged)
    b.blank()
    t = d.add_table(rows=2, cols=2)
    t.autofit = False
    for row in t.rows:
        row.cells[0].width = Cm(12.6)
        row.cells[1].width = Cm(3.0)
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), (Cm(12.6), Cm(3.0))):
        gc.set(qn("w:w"), str(int(w.twips)))
    left = [t.cell(0, 0), t.cell(1, 0)]
    right = t.cell(0, 1).merge(t.cell(1, 1))
    for c, name in zip(left, issuers):
        par = c.paragraphs[0]
        par.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        set_font(par.add_run(name), XBS, 22, color=RED)
    rp = right.paragraphs[0]
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(rp.add_run("文件"), XBS, 36, color=RED)
    b.blank()
    b.p("渝口岸物流发〔2025〕86号", align=WD_ALIGN_PARAGRAPH.CENTER)
    rl = b.p("", exact=12)
    border(rl, "bottom", "FF0000", 18)
    b.blank()
    b.title_lines([FW * 4 + "关于进一步推动中欧班列（成渝）",
                   FW * 7 + "高质量发展的通知"])
    b.blank()
    b.p("各区县（自治县）人民政府，两江新区管委会，市政府有关部门，有关企业：")
    b.body("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，巩固提升中欧班列（成渝）开行质效，加快建设内陆开放高地，经市政府同意，现就有关事项通知如下。")
    b.heading("一、总体目标")
    b.body("到2026年，中欧班列（成渝）重庆方向年开行量稳定在2800列以上，回程班列占比提高到45%以上，运输货值突破900亿元；到2027年，基本形成覆盖欧洲、中亚、东盟的多向联动班列网络，班列综合运营成本较2024年下降10%。")
    b.heading("二、重点任务")
    b.body("巩固重庆至德国、波兰、匈牙利等传统线路，加密至中亚五国及里海沿岸国家班列，推动开行至土耳其、阿塞拜疆的跨里海直达班列。支持在团结村中心站与果园港之间开行“水铁联运”穿梭班列。",
           runin="（一）优化线路布局。")
    b.body("鼓励班列运营平台与欧洲、中亚货代企业建立长期合作关系，组织木材、汽车零部件、乳制品、葡萄酒等回程货源。对回程重箱率达到90%以上的班列，按照相关规定给予运营补贴。",
           runin="（二）提升回程运载率。")
    b.body("重点支持以下货源组织模式：", runin="（三）扩大班列货源。")
    b.softlist([
        "1.“班列+跨境电商”模式，支持跨境电商企业利用班列开展9610、9710、9810业务；",
        "2.“班列+汽车整车”模式，支持整车进口口岸企业组织平行进口汽车回程运输；",
        "3.“班列+冷链”模式，依托重庆国际物流枢纽园区冷链基地开展进口冻品、果蔬运输；",
        "4.“班列+邮包”模式，扩大国际邮件经班列出口规模。",
    ])
    b.body("2026年主要线路开行目标如下：", runin="（四）稳定主通道开行规模。")
    b.texttable(["序号", "线路", "年度开行目标", "牵头单位"], [
        ["1", "重庆—杜伊斯堡", "1200列", "市口岸物流办"],
        ["2", "重庆—布达佩斯", "500列", "市商务委"],
        ["3", "重庆—阿拉木图", "700列", "沙坪坝区政府"],
        ["4", "重庆—伊斯坦布尔（跨里海）", "120列", "两江新区管委会"],
    ], pad=2)
    b.body("依托国际贸易“单一窗口”建设中欧班列综合服务平台，实现订舱、报关、查验、结算“一站式”办理，推广应用电子运单和铁路运输单证物权化试点成果。",
           runin="（五）推进数字化建设。")
    # ---- pasted from another file: numbering jumps (五、 and （八）) ----
    b.heading("五、保障措施")
    b.body("市口岸物流办牵头建立中欧班列（成渝）高质量发展工作专班，每季度召开调度会议，协调解决班列运营中的重大问题。各有关区县要明确分管负责同志和工作机构，抓好任务落实。",
           runin="（八）加强统筹协调。")
    b.body("市级财政在现有专项资金中统筹安排资金，对新开行线路、回程班列和冷链班列给予支持，单条新开行线路首年补贴不超过500万元。具体申报程序见附件2。",
           runin="（九）强化资金保障。")
    b.body("重庆海关、中国铁路成都局集团有限公司重庆货运中心要深化“铁路快通”“抵港直装”等便利化措施，压缩班列货物在站停留时间。",
           runin="（十）优化通关服务。")
    b.heading("六、其他事项")
    b.body("本通知自印发之日起施行，有效期至2027年12月31日。《重庆市人民政府口岸和物流办公室关于支持中欧班列（渝新欧）扩量提质的通知》（渝口岸物流发〔2022〕41号）同时废止。")
    b.body("联系人：市口岸物流办通道发展处　刘晓峰，联系电话：023-63896615。")
    b.blank()
    # 附件 list with a soft line break and hand-typed hanging indent
    par = b.p()
    set_font(par.add_run(FW * 2 + "附件：1." + atts[0]), FS, 16)
    par.add_run().add_break()
    set_font(par.add_run(FW * 5 + "2." + atts[1]), FS, 16)
    # page with only （此页无正文）
    b.page_break()
    b.p(FW * 2 + "（此页无正文）")
    b.page_break()
    b.blank(4)
    b.p("重庆市人民政府口岸和物流办公室" + FW * 2 + "重庆市商务委员会")
    b.blank()
    b.p(FW * 17 + "2025年11月20日")
    b.blank()
    b.p(FW * 2 + "（此件公开发布）")
    b.blank(8)
    cs = b.p("抄送：市委办公厅，市人大常委会办公厅，市政协办公厅，重庆海关，中国铁路成都局集团有限公司。", size=14)
    border(cs, "top", "000000", 8)
    border(cs, "bottom", "000000", 4)
    yf = b.p(FW + "重庆市人民政府口岸和物流办公室" + FW * 3 + "2025年11月20日印发", size=14)
    border(yf, "bottom", "000000", 8)
    return b


# =====================================================================
# 2. Hainan — notice issuing a 办法 (two documents in one file)
# =====================================================================
def make_hainan():
    b = Builder("blind483_hainan_banfa", "- {} -", body_indent="fmt")
    issuers = ["海南省商务厅", "海南省财政厅"]
    bf_title = "海南省跨境电子商务综合试验区发展专项资金管理办法"
    b.new_obj({
        "title": "关于印发《%s》的通知" % bf_title,
        "doc_number": "琼商务规〔2025〕5号",
        "issuer": issuers,
        "date": "2025-09-28",
        "published": None,
        "level": "provincial",
        "region": "海南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各市、县、自治县商务主管部门、财政局", "洋浦经济开发区管委会", "各有关单位"],
        "publicity": "此件主动公开",
        "repeals": None,
    })
    b.blank()
    # 版头: organ names typed with spaces between characters
    b.p("海 南 省 商 务 厅", font=XBS, size=30, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, exact=50)
    b.p("海 南 省 财 政 厅", font=XBS, size=30, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, exact=50)
    b.blank()
    b.p("琼商务规〔2025〕5号", align=WD_ALIGN_PARAGRAPH.CENTER)
    rl = b.p("", exact=12)
    border(rl, "bottom", "FF0000", 18)
    b.blank()
    b.title_lines([FW * 3 + "关于印发《海南省跨境电子商务",
                   "综合试验区发展专项资金管理办法》的通知"])
    b.blank()
    b.p("各市、县、自治县商务主管部门、财政局，洋浦经济开发区管委会，各有关单位：")
    b.body("为贯彻落实《海南自由贸易港建设总体方案》和《中国（海南）跨境电子商务综合试验区实施方案》，规范和加强省级跨境电子商务综合试验区发展专项资金管理，提高资金使用效益，省商务厅、省财政厅制定了《%s》，现印发给你们，请认真遵照执行。" % bf_title)
    b.body("执行过程中遇到的问题，请及时向省商务厅电子商务和信息化处、省财政厅经济建设处反映。")
    b.blank(3)
    b.p(FW * 4 + "海南省商务厅" + FW * 8 + "海南省财政厅")
    b.blank()
    b.p(FW * 17 + "2025年9月28日")
    b.blank()
    b.p(FW * 2 + "（此件主动公开）")
    b.page_break()

    # ---- the 办法 ----
    b.new_obj({
        "title": bf_title,
        "doc_number": None,
        "issuer": issuers,
        "date": "2025-09-28",
        "published": None,
        "level": "provincial",
        "region": "海南省",
        "effective": "2025-11-01",
        "expires": "2030-10-31",
        "attachments": [],
        "doc_type": "办法",
        "recipients": [],
        "publicity": None,
        "repeals": "《海南省跨境电子商务发展专项资金管理暂行办法》（琼商务规〔2021〕3号）",
    })
    b.title_lines([FW * 4 + "海南省跨境电子商务综合试验区",
                   FW * 6 + "发展专项资金管理办法"])
    b.blank()

    def chap(t):
        b.p(FW * 10 + t, font=HT)

    def art(t):
        b.body(t)

    chap("第一章　总　　则")
    art("第一条　为规范海南省跨境电子商务综合试验区发展专项资金（以下简称专项资金）管理，提高资金使用效益，推动跨境电子商务高质量发展，根据《中华人民共和国预算法》《海南自由贸易港建设总体方案》等有关规定，结合本省实际，制定本办法。")
    art("第二条　本办法所称专项资金，是指省级财政预算安排，用于支持全省跨境电子商务综合试验区建设和跨境电子商务产业发展的资金。")
    art("第三条　专项资金的管理和使用遵循公开透明、突出重点、绩效导向、强化监督的原则。")
    chap("第二章　职责分工")
    art("第四条　省财政厅负责专项资金的预算管理，会同省商务厅下达资金，组织开展财政监督和绩效评价。")
    art("第五条　省商务厅负责提出专项资金年度支持重点和分配建议，组织项目申报、评审和公示，开展项目绩效管理。各市县商务主管部门负责本地区项目的初审、推荐和日常监管。")
    chap("第三章　支持范围和标准")
    # article + its items in ONE paragraph with Shift+Enter
    b.softlist([
        "（一）跨境电子商务海外仓、公共监管中心、集货仓等基础设施建设；",
        "（二）跨境电子商务企业开展品牌建设、独立站建设和国际认证；",
        "（三）跨境电子商务综合服务平台、线上综合服务平台功能提升；",
        "（四）跨境电子商务人才培训和公共服务体系建设。",
    ], lead="第六条　专项资金重点支持以下方向：", item_indent="")
    art("第七条　申请专项资金的企业应当在海南省内依法注册登记，具有独立法人资格，近三年内无重大违法违规记录，且上一年度跨境电子商务进出口额不低于500万元人民币。")
    art("第八条　专项资金支持标准如下：")
    b.texttable(["支持事项", "支持标准", "单个主体年度上限"], [
        ["海外仓建设", "按实际投资额的20%给予补助", "300万元"],
        ["独立站建设", "按实际建设费用的30%给予补助", "50万元"],
        ["国际认证", "按认证费用的50%给予补助", "20万元"],
        ["人才培训", "按每人每期1000元给予补助", "30万元"],
    ], pad=2)
    art("第九条　同一项目已获得其他省级财政资金支持的，专项资金不再重复支持。")
    chap("第四章　申报和审核")
    art("第十条　省商务厅每年发布专项资金申报通知，明确申报条件、申报材料和时间要求。")
    art("第十一条　申报单位应当对申报材料的真实性、合法性负责。市县商务主管部门应当在收到申报材料后15个工作日内完成初审并出具推荐意见。")
    art("第十二条　省商务厅会同省财政厅组织专家或委托第三方机构对申报项目进行评审，评审结果在省商务厅门户网站公示，公示期不少于5个工作日。")
    chap("第五章　监督管理")
    art("第十三条　专项资金实行全过程绩效管理。项目单位应当在项目完成后3个月内报送绩效自评报告。")
    art("第十四条　项目单位有下列行为之一的，由省财政厅、省商务厅收回已拨付资金，三年内不得申报专项资金；涉嫌犯罪的，依法移送司法机关处理：")
    art("（一）虚报、冒领、骗取专项资金的；")
    art("（二）擅自改变专项资金用途的；")
    art("（三）拒绝接受监督检查的。")
    chap("第六章　附　　则")
    art("第十五条　本办法由省商务厅、省财政厅负责解释。")
    art("第十六条　本办法自2025年11月1日起施行，有效期5年。《海南省跨境电子商务发展专项资金管理暂行办法》（琼商务规〔2021〕3号）同时废止。")
    # 版记 at the very end (after the 办法)
    b.blank(6)
    cs = b.p("抄送：商务部外贸司，财政部海南监管局，海口海关。", size=14)
    border(cs, "top", "000000", 8)
    border(cs, "bottom", "000000", 4)
    yf = b.p(FW + "海南省商务厅办公室" + FW * 8 + "2025年9月29日印发", size=14)
    border(yf, "bottom", "000000", 8)
    return b


# =====================================================================
# 3. Xiamen FTZ area — notice with attached 方案 (two documents)
# =====================================================================
def make_xiamen():
    b = Builder("blind483_xiamen_fangan", "— {} —", body_indent="fmt")
    issuer = ["中国（福建）自由贸易试验区厦门片区管理委员会"]
    region = "中国（福建）自由贸易试验区厦门片区"
    fa_title = "厦门自贸片区进一步扩大外商投资实施方案（2026—2027年）"
    b.new_obj({
        "title": "关于印发%s的通知" % fa_title,
        "doc_number": "厦自贸委〔2026〕7号",
        "issuer": issuer,
        "date": "2026-02-13",
        "published": None,
        "level": "zone",
        "region": region,
        "effective": None,
        "expires": None,
        "attachments": [fa_title],
        "doc_type": "通知",
        "recipients": ["片区各部门", "各有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    b.blank()
    b.p("中国（福建）自由贸易试验区", font=XBS, size=26, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, exact=40)
    b.p("厦门片区管理委员会文件", font=XBS, size=30, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, exact=46)
    b.blank()
    b.p("厦自贸委〔2026〕7号", align=WD_ALIGN_PARAGRAPH.CENTER)
    rl = b.p("", exact=12)
    border(rl, "bottom", "FF0000", 18)
    b.blank()
    b.title_lines([FW + "关于印发厦门自贸片区进一步扩大外商投资",
                   FW * 2 + "实施方案（2026—2027年）的通知"])
    b.blank()
    b.p("片区各部门，各有关单位：")
    b.body("《%s》已经片区管委会2026年第2次主任办公会议研究通过，现印发给你们，请结合实际认真组织实施。实施过程中的重要情况和问题，请及时报片区管委会招商服务局。" % fa_title)
    b.blank()
    b.p(FW * 2 + "附件：" + fa_title)
    b.blank(3)
    b.p(FW * 5 + "中国（福建）自由贸易试验区厦门片区管理委员会")
    b.p(FW * 16 + "2026年2月13日")
    b.blank()
    b.p(FW * 2 + "（此件公开发布）")
    b.page_break()

    # ---- attachment: the 方案 ----
    b.new_obj({
        "title": fa_title,
        "doc_number": None,
        "issuer": issuer,
        "date": "2026-02-13",
        "published": None,
        "level": "zone",
        "region": region,
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "方案",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    })
    b.p("附件", font=HT)
    b.blank()
    b.title_lines([FW * 3 + "厦门自贸片区进一步扩大外商投资",
                   FW * 5 + "实施方案（2026—2027年）"])
    b.blank()
    b.body("为深入落实国家和我省关于进一步优化外商投资环境、加大吸引外商投资力度的部署，充分发挥中国（福建）自由贸易试验区厦门片区制度创新优势，推动外资“引得进、留得住、发展好”，结合片区实际，制定本方案。")
    b.heading("一、工作目标")
    b.body("2026—2027年，片区力争新设外商投资企业400家以上，实际使用外资累计达到15亿美元，其中高技术产业实际使用外资占比不低于35%；新引进跨国公司地区总部、功能性机构10家以上。")
    b.heading("二、主要任务")
    b.body("全面落实《外商投资准入特别管理措施（负面清单）》，在增值电信、医疗、金融等领域争取开展扩大开放试点。支持外资企业参与片区重大项目建设和政府采购，保障外资企业依法平等参与标准制定。",
           runin="（一）放宽外资市场准入。", font=KT)
    b.body("围绕集成电路、生物医药、航空维修、融资租赁等重点产业开展专题招商，重点招商方向如下：",
           runin="（二）精准开展产业招商。", font=KT)
    b.texttable(["产业领域", "重点招商对象", "责任单位"], [
        ["集成电路", "晶圆制造及封装测试企业", "招商服务局"],
        ["生物医药", "跨国药企区域研发中心", "产业发展局"],
        ["航空维修", "国际航空维修及零部件企业", "综合保税区管理局"],
        ["融资租赁", "外资租赁公司及飞机船舶租赁项目", "金融服务局"],
    ], pad=3)
    b.body("对新落户且实际到资达到1000万美元以上的外商投资企业，按照实际到资额的1%给予奖励，最高不超过500万元人民币。外资企业所需用地、用能指标优先纳入片区年度计划。",
           runin="（三）强化外资要素保障。", font=KT)
    b.body("推行以下便利化措施：", runin="（四）提升跨境投资便利化水平。", font=KT)
    b.autolist([
        "外资企业资本项目外汇登记、账户开立“一次办结”；",
        "为外籍高管和技术人才办理工作许可、居留许可提供“一窗受理、并联审批”服务；",
        "支持符合条件的外资企业开展跨境资金池业务，便利集团内资金调拨。",
    ])
    b.body("建立重点外资企业“服务专员”制度，完善外资企业圆桌会议机制，每季度至少召开1次，及时协调解决企业反映的问题。依法保护外资企业知识产权和合法权益，畅通外商投诉渠道。",
           runin="（五）优化外资企业服务。", font=KT)
    b.heading("三、保障措施")
    b.body("片区管委会成立扩大外商投资工作领导小组，由管委会主要负责同志任组长，招商服务局承担领导小组办公室日常工作。各责任单位要于每年6月底和12月底前将工作进展报送领导小组办公室。")
    b.blank(6)
    cs = b.p("抄送：厦门市商务局，厦门市发展和改革委员会。", size=14)
    border(cs, "top", "000000", 8)
    border(cs, "bottom", "000000", 4)
    yf = b.p(FW + "厦门自贸片区管委会综合办公室" + FW * 5 + "2026年2月13日印发", size=14)
    border(yf, "bottom", "000000", 8)
    return b


def main():
    expected = {}
    for fn in (make_chongqing, make_hainan, make_xiamen):
        b = fn()
        path = b.save()
        expected[b.stem] = b.objs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_483", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
