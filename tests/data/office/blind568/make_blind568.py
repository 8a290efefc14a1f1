# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test round 568: a 修订稿 (tracked changes + comments) of a 自贸区 管理办法,
its accepted clean copy, and the PDF of the clean copy."""
import os, re, json, subprocess, copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"

AUTHORS = {
    "SW": ("钦州港片区商务和口岸管理局 黄海", "HH"),
    "FZ": ("管委会法制办 韦丽", "WL"),
    "CJ": ("财政金融局 陆勇", "LY"),
}
DATES = ["2025-11-24T09:12:00Z", "2025-11-25T15:40:00Z", "2025-12-02T10:05:00Z",
         "2025-12-03T16:22:00Z", "2025-12-05T08:47:00Z"]

# ---------------------------------------------------------------------------
# Markup inside a paragraph:
#   [+text+]  tracked insertion          [-text-]  tracked deletion
#   [>text>]  move-to (destination)      [<text<]  move-from (source)
#   ^text^    formatting change only (text unchanged)
#   {content|AU:comment}  comment anchored on content (content may hold ops)
#   \n        soft line break (w:br)
# Paragraph flags: 'pins' whole paragraph inserted, 'pdel' whole paragraph deleted
# ---------------------------------------------------------------------------
OPS = re.compile(r"\[\+(.*?)\+\]|\[-(.*?)-\]|\[>(.*?)>\]|\[<(.*?)<\]|\^(.*?)\^")
COM = re.compile(r"\{(.*?)\|(\w\w):(.*?)\}")


def accepted(markup):
    s = COM.sub(lambda m: m.group(1), markup)
    def rep(m):
        if m.group(1) is not None: return m.group(1)
        if m.group(2) is not None: return ""
        if m.group(3) is not None: return m.group(3)
        if m.group(4) is not None: return ""
        return m.group(5)
    return OPS.sub(rep, s)


TITLE = "中国（广西）自由贸易试验区钦州港片区\n跨境电子商务发展专项资金管理办法[-（试行）-]"

# (kind, markup, flags)
BODY = [
    ("chapter", "第一章　总　则", ""),
    ("art", "第一条　为加快推进中国（广西）自由贸易试验区钦州港片区（以下简称片区）跨境电子商务高质量发展，规范跨境电子商务发展专项资金（以下简称专项资金）管理，[-提高资金使用效益-][+提高财政资金使用绩效+]，根据《中华人民共和国预算法》和国家、自治区关于促进跨境电子商务发展的有关规定，结合片区实际，制定本办法。", ""),
    ("art", "第二条　本办法所称专项资金，是指片区管理委员会（以下简称管委会）在年度财政预算中安排，用于支持片区跨境电子商务主体培育、平台建设[-和-][+、海外仓和物流通道建设、+]人才培养等方面的资金。", ""),
    ("art", "第三条　专项资金的管理和使用遵循“公开透明、突出重点、绩效导向、规范管理”的原则，实行项目申报、专家评审、{集体决策|FZ:建议补充“社会公示”环节，与第十七条衔接。}[+、社会公示+]和绩效评价制度。[<同一项目符合片区多项扶持政策的，按照“就高不重复”原则予以支持，不得重复申报。<]", ""),
    ("art", "第四条　管委会财政金融局（以下简称财政金融局）负责专项资金的预算安排、资金拨付和监督检查；管委会{[-经济发展局（以下简称经发局）-][+商务和口岸管理局（以下简称商务局）+]|FZ:机构改革后跨境电商职能已划转商务和口岸管理局，请核实全称及简称，全文统一修改。}负责项目申报组织、审核、绩效管理等工作。", ""),
    ("art", "{[-第五条　专项资金实行总额控制，年度预算规模原则上不超过3000万元，具体额度由管委会根据财力情况确定。-]|CJ:与第十八条内容重复，建议删除，后续条文序号顺延调整。}", "pdel"),
    ("chapter", "第二章　支持对象和条件", ""),
    ("art", "第[-六-][+五+]条　专项资金支持对象为在片区内依法注册登记、具有独立法人资格，从事跨境电子商务及相关配套服务的企业和机构。", ""),
    ("art", "第[-七-][+六+]条　申请专项资金的企业和机构应当同时符合下列条件：", ""),
    ("item", "（一）在片区内实际经营，财务管理制度健全，会计核算规范；", ""),
    ("item", "（二）近三年内无重大违法违规行为，未被列入[-经营异常名录或-]严重失信主体名单；", ""),
    ("item", "（三）跨境电子商务业务通过海关跨境电子商务监管方式（9610、9710、9810、1210）申报[-。-][+；+]", ""),
    ("item", "[+（四）按照规定向商务局报送跨境电子商务统计数据。+]", "pins"),
    ("art", "第[-八-][+七+]条　有下列情形之一的，专项资金不予支持：", ""),
    ("item", "（一）同一项目已获得片区其他财政资金支持的；", ""),
    ("item", "{[-（二）申报单位存在尚未结案的知识产权侵权纠纷的；-]|FZ:该情形认定标准不明确，建议删除。}", "pdel"),
    ("item", "（[-三-][+二+]）申报材料弄虚作假的；", ""),
    ("item", "（[-四-][+三+]）拖欠片区财政资金或者未按要求整改审计、检查发现问题的。", ""),
    ("chapter", "第三章　支持内容和标准", ""),
    ("art", "第[-九-][+八+]条　支持跨境电子商务主体培育。", ""),
    ("item", "（一）对新落户片区、年度跨境电子商务进出口额首次达到1000万元的企业，给予一次性奖励20万元；首次达到5000万元的，给予一次性奖励[-30-][+50+]万元。", ""),
    ("item", "（二）对年度跨境电子商务进出口额同比增长超过30%的企业，按照新增进出口额的0.5%给予奖励，单个企业年度最高不超过100万元。", ""),
    ("art", "第[-十-][+九+]条　支持跨境电子商务平台和公共服务建设。对在片区建设运营跨境电子商务公共服务平台、产业园区、{[-直播基地-][+直播电商基地+]|SW:与自治区文件表述保持一致。}的，经认定后按照不超过项目实际投资额（不含土地费用）的30%给予补助，单个项目最高不超过200万元。", ""),
    ("art", "第十[-一-]条　支持海外仓和物流通道建设。", ""),
    ("item", "（一）对企业在《区域全面经济伙伴关系协定》（RCEP）成员国和共建“一带一路”国家自建或者租用海外仓，面积达到2000平方米以上的，按照年度租金或者建设投入的20%给予补助，单个企业年度最高不超过80万元。", ""),
    ("item", "（二）对依托西部陆海新通道海铁联运班列、中越跨境班列开展跨境电子商务货物运输的企业，按照每标准箱[-300-][+500+]元给予物流补助，单个企业年度最高不超过50万元。", ""),
    ("art", "第十[-二-][+一+]条　支持跨境电子商务人才培养。对符合条件的人才培养项目，按照下表标准给予补助：", ""),
    ("TABLE", None, ""),
    ("art", "[+第十二条　支持跨境电子商务企业开展品牌建设和知识产权保护。对企业获得境外商标注册、开展国际认证的，按照实际发生费用的50%给予补助，单个企业年度最高不超过10万元。+]", "pins"),
    ("art", "第十三条　同一企业同一年度获得本办法各项支持资金合计不超过^300万元^。[>同一项目符合片区多项扶持政策的，按照“就高不重复”原则予以支持，不得重复申报。>]", ""),
    ("chapter", "第四章　申报和审核", ""),
    ("art", "第十四条　专项资金原则上每年集中申报一次。{商务局会同财政金融局发布申报通知|CJ:申报通知是否需联合发文？请商务局确认。}，明确申报时间、申报材料和办理流程。", ""),
    ("art", "第十五条　申报单位对申报材料的真实性、合法性、完整性负责，并签署信用承诺书。", ""),
    ("art", "第十六条　商务局对照本办法第[-七-][+六+]条规定的条件对申报材料进行初审，必要时委托第三方机构开展专项审计或者组织专家评审，提出资金安排建议。", ""),
    ("art", "第十七条　资金安排建议经管委会主任办公会议审议通过后，在管委会门户网站公示，公示期不少于{[-7-][+5+]个工作日|FZ:建议统一为5个工作日。}。", ""),
    ("body", "公示无异议的，由财政金融局按照国库集中支付有关规定拨付资金；有异议的，由商务局会同有关部门核实后提出处理意见。", ""),
    ("chapter", "第五章　监督管理", ""),
    ("art", "第十八条　专项资金实行年度预算总额控制，当年申报资金总额超出预算的，按照比例核减。", ""),
    ("art", "第十九条　获得专项资金支持的单位应当按照规定用途使用资金，自觉接受财政、审计等部门的监督检查。", ""),
    ("art", "第二十条　对弄虚作假、骗取套取专项资金的单位，由财政金融局依法追回已拨付资金，3年内取消其申报资格[+，并按照有关规定纳入信用记录+]；涉嫌犯罪的，依法移送司法机关处理。", ""),
    ("art", "第二十一条　有关部门及其工作人员在专项资金管理中存在滥用职权、玩忽职守、徇私舞弊等违纪违法行为的，依法依规追究责任。", ""),
    ("art", "第二十二条　商务局应当会同财政金融局对专项资金使用情况开展绩效评价，评价结果作为以后年度预算安排和政策调整的重要依据。", ""),
    ("chapter", "第六章　附　则", ""),
    ("art", "第二十三条　本办法由管委会[-经发局-][+商务局+]负责解释。", ""),
    ("art", "第二十四条　本办法自{[-2025年10月1日-][+2026年1月1日+]|FZ:考虑公平竞争审查及备案时间，施行日期顺延。}起施行，有效期至[-2028年9月30日-][+2030年12月31日+]。《中国（广西）自由贸易试验区钦州港片区跨境电子商务扶持资金管理办法（试行）》（钦港自贸管规〔2023〕2号）同时废止。", ""),
]

TABLE_HEAD = ["序号", "支持项目", "支持标准", "单个主体年度最高额度"]
TABLE_ROWS = [
    (["1", "跨境电子商务人才培训", "对经认定的培训机构开展跨境电子商务实操培训，每培训1名学员并取得结业证书的，给予500元补助", "30万元"], ""),
    (["2", "引进跨境电子商务高端人才", "对企业新引进年薪30万元以上的跨境电子商务运营、管理人才，按照其个人年度薪酬的10%给予企业补助", "20万元"], ""),
    (["[-3-]", "[-跨境电子商务创业孵化-]", "[-对入驻片区孵化器的跨境电子商务初创团队，每个团队给予2万元创业补助-]", "[-10万元-]"], "rdel"),
    (["[-4-][+3+]", "校企合作实训基地", "对企业与高等院校、职业院校共建跨境电子商务实训基地的，给予一次性补助[-10-][+20+]万元", "20万元"], ""),
    (["[+4+]", "[+跨境电子商务直播人才认证+]", "[+对取得跨境电子商务直播相关职业技能等级证书的从业人员，每人给予1000元补助+]", "[+10万元+]"], "rins"),
]

ATTACH = [
    ("附件：1.钦州港片区跨境电子商务发展专项资金申请表", ""),
    ("　　　2.[+信用承诺书+]", "pins"),
    ("[-　　　3.项目绩效目标表-]", "pdel"),
]
SIGN_ORG = "中国（广西）自由贸易试验区钦州港片区管理委员会"
SIGN_DATE = "2025年[-11月20日-][+12月8日+]"


# ---------------------------------------------------------------------------
class Builder:
    def __init__(self, tracked):
        self.tracked = tracked
        self.doc = Document()
        self.rid = 100
        self.dix = 0
        self.setup()

    def nid(self):
        self.rid += 1
        return str(self.rid)

    def ndate(self):
        self.dix = (self.dix + 1) % len(DATES)
        return DATES[self.dix]

    def setup(self):
        d = self.doc
        st = d.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        sec = d.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
        sec.footer_distance = Cm(2.5)
        # footer page number  — 1 —
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self._plain_run(fp, "— ", "宋体", 14)
        r = self._plain_run(fp, "", "宋体", 14)
        for tag, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
            if tag:
                fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), tag); r._r.append(fc)
            elif txt.strip() == "PAGE":
                it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt; r._r.append(it)
            else:
                t = OxmlElement("w:t"); t.text = txt; r._r.append(t)
        self._plain_run(fp, " —", "宋体", 14)
        if self.tracked:
            s = d.settings.element
            tr = OxmlElement("w:trackRevisions")
            later = s.find(qn("w:defaultTabStop"))
            if later is not None:
                later.addprevious(tr)
            else:
                s.append(tr)

    # -- run helpers -------------------------------------------------------
    @staticmethod
    def _fonts(run, font, size, bold=False, color=None):
        run.font.name = font
        run.font.size = Pt(size)
        rpr = run._r.get_or_add_rPr()
        rpr.rFonts.set(qn("w:eastAsia"), font)
        if bold:
            run.font.bold = True
        if color:
            run.font.color.rgb = RGBColor.from_string(color)

    def _plain_run(self, p, text, font, size, bold=False):
        r = p.add_run(text)
        self._fonts(r, font, size, bold)
        return r

    def _add_text_runs(self, p, text, font, size, bold, container, deleted=False):
        """Add text (may include \n soft breaks) as runs; move into container."""
        elems = []
        parts = text.split("\n")
        for k, part in enumerate(parts):
            if k > 0:
                r = p.add_run()
                self._fonts(r, font, size, bold)
                r.add_break()
                elems.append(r._r)
            if part == "":
                continue
            r = p.add_run(part)
            self._fonts(r, font, size, bold)
            if deleted:
                for t in r._r.findall(qn("w:t")):
                    t.tag = qn("w:delText")
                    t.set(qn("xml:space"), "preserve")
            elems.append(r._r)
        if container is not None:
            for e in elems:
                container.append(e)
        return elems

    def _wrap(self, tag, p, extra=None):
        w = OxmlElement(tag)
        w.set(qn("w:id"), self.nid())
        w.set(qn("w:author"), AUTHORS["SW"][0])
        w.set(qn("w:date"), self.ndate())
        if extra:
            for k, v in extra.items():
                w.set(qn(k), v)
        p._p.append(w)
        return w

    def _emit_ops(self, p, markup, font, size, bold, head_font=None):
        """Emit markup (without comment braces). Returns list of top-level elements.
        head_font: font for text before the first full-width space (article numbers)."""
        out = []
        state = {"head": head_font is not None}

        def chunks(text):
            # split text into (font, piece) according to head state
            res = []
            if state["head"]:
                i = text.find("　")
                if i < 0:
                    res.append((head_font, text))
                else:
                    if i > 0:
                        res.append((head_font, text[:i]))
                    res.append((font, text[i:]))
                    state["head"] = False
            else:
                res.append((font, text))
            return [c for c in res if c[1] != ""]

        pos = 0
        for m in OPS.finditer(markup):
            if m.start() > pos:
                for f, t in chunks(markup[pos:m.start()]):
                    out += self._add_text_runs(p, t, f, size, bold, None)
            if not self.tracked:
                # clean copy: accepted text only
                txt = m.group(1) or m.group(3) or m.group(5)
                if txt:
                    for f, t in chunks(txt):
                        out += self._add_text_runs(p, t, f, size, bold, None)
                pos = m.end()
                continue
            if m.group(1) is not None:
                for f, t in chunks(m.group(1)):
                    w = self._wrap("w:ins", p)
                    self._add_text_runs(p, t, f, size, bold, w)
                    out.append(w)
            elif m.group(2) is not None:
                for f, t in chunks(m.group(2)):
                    w = self._wrap("w:del", p)
                    self._add_text_runs(p, t, f, size, bold, w, deleted=True)
                    out.append(w)
            elif m.group(3) is not None:
                out += self._move(p, "to", m.group(3), font, size, bold)
            elif m.group(4) is not None:
                out += self._move(p, "from", m.group(4), font, size, bold)
            else:
                for f, t in chunks(m.group(5)):
                    es = self._add_text_runs(p, t, f, size, bold, None)
                    for e in es:
                        rpr = e.get_or_add_rPr()
                        ch = OxmlElement("w:rPrChange")
                        ch.set(qn("w:id"), self.nid())
                        ch.set(qn("w:author"), AUTHORS["CJ"][0])
                        ch.set(qn("w:date"), self.ndate())
                        old = copy.deepcopy(rpr)
                        old.append(OxmlElement("w:b"))
                        old.append(OxmlElement("w:bCs"))
                        ch.append(old)
                        rpr.append(ch)
                    out += es
            pos = m.end()
        if pos < len(markup):
            for f, t in chunks(markup[pos:]):
                out += self._add_text_runs(p, t, f, size, bold, None)
        return out

    def _move(self, p, kind, text, font, size, bold):
        name = "move215734501"
        rs_id = "9001" if kind == "from" else "9003"
        mv_id = "9002" if kind == "from" else "9004"
        date = "2025-12-02T10:30:00Z"
        rs = OxmlElement("w:move%sRangeStart" % ("From" if kind == "from" else "To"))
        for k, v in (("w:id", rs_id), ("w:author", AUTHORS["FZ"][0]), ("w:date", date), ("w:name", name)):
            rs.set(qn(k), v)
        p._p.append(rs)
        mv = OxmlElement("w:move%s" % ("From" if kind == "from" else "To"))
        for k, v in (("w:id", mv_id), ("w:author", AUTHORS["FZ"][0]), ("w:date", date)):
            mv.set(qn(k), v)
        p._p.append(mv)
        self._add_text_runs(p, text, font, size, bold, mv)   # moveFrom keeps w:t (as Word does)
        re_ = OxmlElement("w:move%sRangeEnd" % ("From" if kind == "from" else "To"))
        re_.set(qn("w:id"), rs_id)
        p._p.append(re_)
        return [rs, mv, re_]

    def fill(self, p, markup, font, size, bold=False, head_font=None):
        pos = 0
        for m in COM.finditer(markup):
            if m.start() > pos:
                self._emit_ops(p, markup[pos:m.start()], font, size, bold, head_font)
                head_font = None if "　" in accepted(markup[pos:m.start()]) or "　" in markup[pos:m.start()] else head_font
            elems = self._emit_ops(p, m.group(1), font, size, bold, head_font)
            head_font = None if "　" in m.group(1) else head_font
            if self.tracked and elems:
                au, ini = AUTHORS[m.group(2)]
                c = self.doc.comments.add_comment(text=m.group(3), author=au, initials=ini)
                cs = OxmlElement("w:commentRangeStart"); cs.set(qn("w:id"), str(c.comment_id))
                ce = OxmlElement("w:commentRangeEnd"); ce.set(qn("w:id"), str(c.comment_id))
                elems[0].addprevious(cs)
                elems[-1].addnext(ce)
                ref = OxmlElement("w:r")
                rpr = OxmlElement("w:rPr"); rs = OxmlElement("w:rStyle"); rs.set(qn("w:val"), "CommentReference")
                rpr.append(rs); ref.append(rpr)
                cr = OxmlElement("w:commentReference"); cr.set(qn("w:id"), str(c.comment_id)); ref.append(cr)
                ce.addnext(ref)
            pos = m.end()
        if pos < len(markup):
            self._emit_ops(p, markup[pos:], font, size, bold, head_font)

    def mark_para(self, p, flag):
        if not self.tracked or flag not in ("pins", "pdel"):
            return
        pPr = p._p.get_or_add_pPr()
        rpr = OxmlElement("w:rPr")
        m = OxmlElement("w:ins" if flag == "pins" else "w:del")
        m.set(qn("w:id"), self.nid()); m.set(qn("w:author"), AUTHORS["SW"][0]); m.set(qn("w:date"), self.ndate())
        rpr.append(m)
        pPr.append(rpr)

    def para(self, align=None, first_indent=True, exact=28, before=0, after=0):
        p = self.doc.add_paragraph()
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if first_indent:
            pf.first_line_indent = Pt(32)
        if align is not None:
            p.alignment = align
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return p

    # -- document ----------------------------------------------------------
    def build(self, path):
        d = self.doc
        self.para(first_indent=False)  # empty paragraph at top (office habit)
        p = self.para(WD_ALIGN_PARAGRAPH.CENTER, False, exact=36)
        self.fill(p, TITLE, XBS, 22)
        if self.tracked:
            p = self.para(WD_ALIGN_PARAGRAPH.CENTER, False)
            self.fill(p, "{[-（修订稿）-]|SW:定稿时删除。}", KAI, 16)
            self.mark_para(p, "pdel")
        self.para(first_indent=False)  # empty
        for kind, mk, flag in BODY:
            if kind == "TABLE":
                self.table()
                continue
            if not self.tracked:
                if flag == "pdel":
                    continue
            if kind == "chapter":
                p = self.para(WD_ALIGN_PARAGRAPH.CENTER, False, before=6, after=6)
                self.fill(p, mk, HEI, 16)
            elif kind == "art":
                p = self.para()
                self.fill(p, mk, FS, 16, head_font=HEI)
            else:
                p = self.para()
                self.fill(p, mk, FS, 16)
            self.mark_para(p, flag)
        self.para(first_indent=False)
        for mk, flag in ATTACH:
            if not self.tracked and flag == "pdel":
                continue
            p = self.para(first_indent=True)
            self.fill(p, mk, FS, 16)
            self.mark_para(p, flag)
        self.para(first_indent=False)
        self.para(first_indent=False)
        p = self.para(WD_ALIGN_PARAGRAPH.RIGHT, False)
        p.paragraph_format.right_indent = Pt(32)
        self.fill(p, SIGN_ORG, FS, 16)
        p = self.para(WD_ALIGN_PARAGRAPH.RIGHT, False)
        self.fill(p, SIGN_DATE + "　　　　　", FS, 16)
        d.save(path)

    def table(self):
        d = self.doc
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        t.autofit = False
        t.alignment = 1  # centred
        widths = [Cm(1.3), Cm(3.4), Cm(8.3), Cm(2.6)]
        for gc, wd in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(wd.twips)))
        for i, h in enumerate(TABLE_HEAD):
            c = t.rows[0].cells[i]
            c.width = widths[i]
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self.fill(p, h, HEI, 12)
        for cells, flag in TABLE_ROWS:
            if not self.tracked and flag == "rdel":
                continue
            row = t.add_row()
            if self.tracked and flag in ("rdel", "rins"):
                trPr = row._tr.get_or_add_trPr()
                m = OxmlElement("w:del" if flag == "rdel" else "w:ins")
                m.set(qn("w:id"), self.nid()); m.set(qn("w:author"), AUTHORS["SW"][0]); m.set(qn("w:date"), self.ndate())
                trPr.append(m)
            for i, mk in enumerate(cells):
                c = row.cells[i]
                c.width = widths[i]
                p = c.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if i != 2 else WD_ALIGN_PARAGRAPH.LEFT
                self.fill(p, mk, FS, 12)
                if self.tracked and flag in ("rdel", "rins"):
                    self.mark_para(p, "pdel" if flag == "rdel" else "pins")


def expected():
    clauses = []
    for kind, mk, flag in BODY:
        if kind == "TABLE":
            for cells, fl in TABLE_ROWS:
                if fl == "rdel":
                    continue
                vals = [accepted(c) for c in cells]
                clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(TABLE_HEAD, vals)))
            continue
        if kind == "chapter" or flag == "pdel":
            continue
        clauses.append(accepted(mk))
    meta = {
        "title": accepted(TITLE).replace("\n", ""),
        "doc_number": None,
        "issuer": [SIGN_ORG],
        "date": "2025-12-08",
        "published": None,
        "level": "zone",
        "region": "中国（广西）自由贸易试验区钦州港片区",
        "effective": "2026-01-01",
        "expires": "2030-12-31",
        "attachments": ["钦州港片区跨境电子商务发展专项资金申请表", "信用承诺书"],
        "doc_type": "办法",
        "recipients": [],
        "publicity": None,
        "repeals": "《中国（广西）自由贸易试验区钦州港片区跨境电子商务扶持资金管理办法（试行）》（钦港自贸管规〔2023〕2号）",
    }
    return [{"meta": meta, "clauses": clauses}]


def main():
    tracked_path = os.path.join(HERE, "blind568_qinzhou_banfa_xiudinggao.docx")
    clean_path = os.path.join(HERE, "blind568_qinzhou_banfa.docx")
    Builder(True).build(tracked_path)
    Builder(False).build(clean_path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_568", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, clean_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    exp = expected()
    out = {"blind568_qinzhou_banfa_xiudinggao": exp, "blind568_qinzhou_banfa": exp}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
