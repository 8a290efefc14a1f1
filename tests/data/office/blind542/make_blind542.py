# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 542: 执法检查报告 + 审议意见 + 研究处理情况报告 in one file."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)


def font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, exact=28):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    return p


class Builder:
    def __init__(self):
        self.doc = Document()
        sec = self.doc.sections[0]
        sec.page_width = Cm(21)
        sec.page_height = Cm(29.7)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
        self.docs = []
        self.cur = None
        self._setup_numbering()
        self._header_footer(sec)

    # ---- numbering (Word auto list "1." with no tab) ----
    def _setup_numbering(self):
        numbering = self.doc.part.numbering_part.element
        absn = parse_xml(
            '<w:abstractNum %s w:abstractNumId="90">'
            '<w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/>'
            '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % nsdecls("w"))
        numbering.insert(0, absn)
        num = parse_xml('<w:num %s w:numId="90"><w:abstractNumId w:val="90"/></w:num>' % nsdecls("w"))
        numbering.append(num)

    def _header_footer(self, sec):
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        font(hp.add_run("湖北省人民代表大会常务委员会公报"), "宋体", 10.5, color=RED)
        ppr = hp._p.get_or_add_pPr()
        pbdr = parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="12" w:space="1" w:color="E60012"/></w:pBdr>'
                         % nsdecls("w"))
        ppr.append(pbdr)
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        font(fp.add_run("— "), "宋体", 14)
        r = fp.add_run()
        font(r, "宋体", 14)
        f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
        f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
        t = OxmlElement("w:t"); t.text = "1"
        f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
        for el in (f1, it, f2, t, f3):
            r._element.append(el)
        font(fp.add_run(" —"), "宋体", 14)

    # ---- document-level ----
    def start(self, meta):
        self.cur = {"meta": meta, "clauses": []}
        self.docs.append(self.cur)

    def empty(self, n=1):
        for _ in range(n):
            fmt(self.doc.add_paragraph(), indent=False)

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def title(self, lines, soft=True):
        """Title in 方正小标宋; list of lines. soft=True -> one paragraph with soft breaks."""
        if soft:
            p = fmt(self.doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
            for i, ln in enumerate(lines):
                r = font(p.add_run(ln), XBS, 22)
                if i < len(lines) - 1:
                    r.add_break()
        else:
            for ln in lines:
                p = fmt(self.doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
                font(p.add_run(ln), XBS, 22)

    def centered(self, text, fnt=KT, size=16):
        p = fmt(self.doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        font(p.add_run(text), fnt, size)

    def plain(self, text, fnt=FS, indent=False):
        """non-clause line (salutation, 主送)."""
        p = fmt(self.doc.add_paragraph(), indent=indent)
        font(p.add_run(text), fnt)

    def heading(self, text):
        p = fmt(self.doc.add_paragraph())
        font(p.add_run(text), HT)

    def body(self, *pieces, clause=True):
        """body paragraph; several pieces -> joined by soft line breaks."""
        p = fmt(self.doc.add_paragraph())
        for i, pc in enumerate(pieces):
            r = font(p.add_run(pc), FS)
            if i < len(pieces) - 1:
                r.add_break()
        if clause:
            self.cur["clauses"].append("".join(pieces))

    def runin(self, head, rest, hfont=KT, bold=True):
        p = fmt(self.doc.add_paragraph())
        font(p.add_run(head), hfont, bold=bold)
        font(p.add_run(rest), FS)
        self.cur["clauses"].append(head + rest)

    def autonum(self, head, rest, n):
        """Word-numbered paragraph; n is the number Word will render."""
        p = fmt(self.doc.add_paragraph())
        numpr = p._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = 0
        numpr.get_or_add_numId().val = 90
        font(p.add_run(head), FS, bold=True)
        font(p.add_run(rest), FS)
        self.cur["clauses"].append("%d.%s%s" % (n, head, rest))

    def table(self, header, rows, widths, header_display=None):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        disp = header_display or [[h] for h in header]
        for j, parts in enumerate(disp):
            c = t.rows[0].cells[j]
            c.width = Cm(widths[j])
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for k, pc in enumerate(parts):
                r = font(p.add_run(pc), HT, 12)
                if k < len(parts) - 1:
                    r.add_break()
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.rows[i + 1].cells[j]
                c.width = Cm(widths[j])
                p = c.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if len(val) < 12 else WD_ALIGN_PARAGRAPH.LEFT
                font(p.add_run(val), FS, 12)
            self.cur["clauses"].append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))

    def signature(self, organ, date):
        p = fmt(self.doc.add_paragraph(), indent=False)
        font(p.add_run("　" * 12 + organ), FS)
        p = fmt(self.doc.add_paragraph(), indent=False)
        font(p.add_run("　" * 13 + date), FS)

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


def meta(title, issuer, date, doc_type, recipients=None, doc_number=None):
    return {
        "title": title,
        "doc_number": doc_number,
        "issuer": issuer,
        "date": date,
        "published": None,
        "level": "provincial",
        "region": "湖北省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": doc_type,
        "recipients": recipients or [],
        "publicity": None,
        "repeals": None,
    }


SALUTE = "主任、各位副主任、秘书长、各位委员："


def build():
    b = Builder()

    # =============== 文件一：执法检查报告 ===============
    b.start(meta("湖北省人大常委会执法检查组关于检查《中国（湖北）自由贸易试验区条例》实施情况的报告",
                 ["湖北省人大常委会执法检查组"], "2025-07-29", "报告"))
    b.title(["湖北省人大常委会执法检查组关于检查", "《中国（湖北）自由贸易试验区条例》实施情况的报告"], soft=True)
    b.empty()
    b.centered("——2025年7月29日在湖北省第十四届人民代表大会常务委员会第十七次会议上")
    b.empty()
    b.centered("湖北省人大常委会副主任　　周　岚")
    b.empty()
    b.plain(SALUTE)
    b.body("根据省人大常委会2025年度监督工作计划，5月至7月，省人大常委会组织开展了《中国（湖北）自由贸易试验区条例》（以下简称条例）执法检查。现将执法检查情况报告如下：")
    b.heading("一、执法检查工作基本情况")
    b.body("本次执法检查由常委会副主任周岚任组长，省人大财政经济委员会、常委会法制工作委员会负责同志任副组长，部分常委会组成人员、省人大代表和专家学者参加。执法检查组坚持问题导向，紧扣条例规定的管理体制、投资开放、贸易便利、金融服务、协同发展和法治环境等重点内容，逐条对照法定职责，查找条例实施中的突出问题。")
    b.body("5月下旬，执法检查组召开动员会，听取省商务厅、省发展改革委、省司法厅、武汉海关等12个省直部门和单位关于条例实施情况的汇报。6月上中旬，执法检查组分两个小组赴武汉、襄阳、宜昌三个片区开展实地检查，召开座谈会9场，走访企业、园区和口岸监管场所27个，",
           "同时委托荆州、黄石、十堰等8个市州人大常委会对本行政区域内自贸试验区联动创新区的条例实施情况开展检查。执法检查组还通过网络问卷调查收集企业反馈意见1316份，委托第三方机构对条例实施效果进行了评估。")
    b.heading("二、条例实施取得的主要成效")
    b.body("条例自2023年5月1日起施行。两年多来，省人民政府及有关部门、三个片区所在地人民政府认真贯彻实施条例，自贸试验区建设取得积极成效。2024年，自贸试验区以占全省不到千分之一的面积，贡献了全省约四分之一的实际使用外资和近五分之一的外贸进出口额。三个片区主要指标情况如下表：")
    b.table(["片区", "实施面积（平方公里）", "2024年新设企业（户）", "实际使用外资（亿美元）", "进出口总额（亿元）"],
            [["武汉片区", "70", "12486", "9.6", "1583.2"],
             ["襄阳片区", "21.99", "2317", "1.2", "136.5"],
             ["宜昌片区", "27.97", "2905", "1.5", "204.8"],
             ["合计", "119.96", "17708", "12.3", "1924.5"]],
            [2.8, 3.0, 3.2, 3.2, 3.2],
            header_display=[["片区"], ["实施面积", "（平方公里）"], ["2024年新设", "企业（户）"],
                            ["实际使用外资", "（亿美元）"], ["进出口总额", "（亿元）"]])
    b.runin("（一）管理体制逐步理顺。", "省人民政府按照条例第八条规定，建立自贸试验区工作领导小组，领导小组办公室设在省商务厅，统筹推进改革试点任务。三个片区均设立片区管理委员会，武汉片区管委会与东湖新技术开发区管委会实行“两块牌子、一套人马”，襄阳、宜昌片区管委会依托所在国家级开发区运行。省人民政府分两批向片区下放省级行政权力事项136项，片区“一枚印章管审批”改革全面推开。")
    b.runin("（二）投资开放水平持续提升。", "全面落实外商投资准入前国民待遇加负面清单管理制度，外商投资企业登记实现“一网通办”。武汉片区率先开展外商投资企业“证照联办”，外资企业设立时间压缩至3个工作日以内。2024年，三个片区新设外商投资企业312家，较条例施行前一年增长41.8%。")
    b.runin("（三）贸易便利化改革成效明显。", "国际贸易“单一窗口”主要业务应用率达到100%，“提前申报”“两步申报”“船边直提”等通关模式广泛应用。依托中欧班列（武汉）和阳逻港水铁联运，开通至中亚、欧洲线路48条，2024年开行中欧班列1127列。宜昌片区探索三峡枢纽“翻坝转运”多式联运模式，跨境电商进出口额同比增长37.2%。")
    b.runin("（四）金融服务实体经济能力增强。", "开展本外币合一银行结算账户体系试点，推进跨境贸易投资高水平开放试点，2024年片区内企业办理跨境人民币结算1362.7亿元。襄阳片区设立汽车产业链供应链金融服务中心，为中小微企业提供融资58.6亿元。")
    b.runin("（五）制度创新成果不断涌现。", "截至2025年6月，自贸试验区累计形成制度创新成果1045项，其中27项在全国复制推广，“多式联运‘一单制’”“知识产权证券化融资”等改革经验入选商务部最佳实践案例。省人民政府建立制度创新成果评估和复制推广机制，分三批在全省复制推广改革试点经验186项。")
    b.heading("三、条例实施中存在的主要问题")
    b.body("执法检查发现，条例实施总体情况较好，但对照条例规定和高质量发展要求，仍存在一些问题和不足。")
    b.runin("（一）条例宣传贯彻还不够深入。", "部分地方和部门对条例的学习宣传停留在一般性转发部署层面，一些基层工作人员对条例规定的“鼓励改革创新、宽容失误”条款理解不深，担心担责，不敢试、不敢闯。问卷调查显示，有31.4%的受访企业表示对条例内容“不太了解”或“不了解”。")
    b.runin("（二）管理体制和放权赋能尚未完全落实。", "条例第十二条规定，省人民政府有关部门应当依法将有关省级管理权限下放或者委托片区管理机构行使。检查发现，部分下放事项“放而不接”“接而不用”，136项下放事项中有29项近两年未发生办件；一些事项下放后配套的系统端口、专业人员未同步到位，存在“明放暗不放”现象。")
    b.runin("（三）投资贸易便利化水平与先进地区存在差距。", "外商投资促进服务体系还不完善，外资项目落地“最后一公里”问题仍然存在。海关特殊监管区域与片区联动不够，武汉东湖综合保税区、宜昌综合保税区保税研发、保税维修等新业态规模较小。跨境电商海外仓布局不足，中欧班列回程货源不稳定，空箱率仍然偏高。")
    b.runin("（四）金融开放创新力度不够。", "条例第三十一条关于开展跨境融资、跨境资金池等业务的规定落地不充分，片区内企业利用境外低成本资金的渠道仍然较窄。科技金融、绿色金融产品供给不足，知识产权质押融资规模偏小，风险分担和补偿机制有待健全。")
    b.runin("（五）协同联动和法治保障有待加强。", "片区与联动创新区之间的协同机制主要依靠会议协调，项目、政策、数据共享不够。部分配套制度尚未出台，条例第四十六条要求建立的自贸试验区商事纠纷多元化解机制仍不健全，涉外商事审判、仲裁、调解资源相对分散，国际化法律服务供给不足。")
    b.heading("四、意见和建议")
    b.body("为进一步推动条例全面有效实施，执法检查组提出以下建议：")
    b.runin("（一）加大条例学习宣传力度。", "各级人民政府及有关部门要把条例纳入领导干部学法和公务员培训的重要内容，面向市场主体开展精准化、常态化宣传解读。要用足用好条例关于容错免责的规定，细化容错纠错情形和认定程序，为敢于担当的干部撑腰鼓劲。")
    b.runin("（二）深化放权赋能改革。", "省人民政府要对已下放事项开展评估，对基层“接不住”“用不上”的事项及时调整，对片区急需的事项应放尽放。下放事项要做到人员、系统、经费同步保障，切实提升片区承接能力。")
    b.runin("（三）持续提升投资贸易自由化便利化水平。", "要对标国际高标准经贸规则，健全外商投资服务保障体系。要推动综合保税区与片区统筹发展，做大保税研发、保税维修、跨境电商等新业态；加强中欧班列（武汉）与阳逻港、花湖机场联动，稳定回程货源。")
    b.runin("（四）稳步推进金融领域开放创新。", "要推动跨境融资便利化、跨国公司本外币一体化资金池等试点政策在片区落地见效，扩大知识产权质押融资规模，健全政府性融资担保和风险补偿机制。")
    b.runin("（五）强化协同联动和法治保障。", "要完善片区与联动创新区之间的协同发展机制，推动改革试点经验系统集成、共享共用。要加快制定条例配套制度，健全涉外商事纠纷多元化解机制，支持武汉国际商事法庭、武汉仲裁委员会自贸试验区仲裁院等机构发挥作用。")
    b.body("以上报告，请予审议。")

    b.empty(2)
    b.page_break()

    # =============== 文件二：审议意见 ===============
    b.start(meta("湖北省人大常委会组成人员关于《中国（湖北）自由贸易试验区条例》实施情况执法检查报告的审议意见",
                 ["湖北省人大常委会办公厅"], "2025-08-12", "审议意见", recipients=["省人民政府"]))
    b.title(["湖北省人大常委会组成人员关于《中国（湖北）自由贸易试验区条例》实施情况执法检查报告的审议意见"])
    b.empty()
    b.centered("——2025年7月30日湖北省第十四届人民代表大会常务委员会第十七次会议分组审议")
    b.empty()
    b.centered("湖北省人大常委会办公厅")
    b.empty()
    b.plain("省人民政府：")
    b.body("2025年7月29日至30日，省十四届人大常委会第十七次会议听取和审议了省人大常委会执法检查组关于检查《中国（湖北）自由贸易试验区条例》实施情况的报告。常委会组成人员对条例实施工作取得的成效给予肯定，同时提出了意见和建议。现将审议意见整理如下，请认真研究处理，并于2025年11月15日前将研究处理情况书面报告省人大常委会。")
    b.heading("一、总体评价")
    b.body("常委会组成人员认为，条例施行以来，省人民政府及有关部门、片区所在地人民政府认真履行法定职责，推动自贸试验区在管理体制、投资开放、贸易便利、金融服务等方面取得明显成效，条例的引领、规范和保障作用初步显现。执法检查报告实事求是，指出的问题和提出的建议针对性强，赞成执法检查报告。")
    b.heading("二、需要着重研究处理的问题")
    b.body("常委会组成人员建议，省人民政府及有关部门对照执法检查报告，重点在以下方面加大工作力度：")
    b.autonum("进一步压实条例实施责任。", "有的委员提出，一些部门认为自贸试验区建设是商务部门和片区的事，主动作为不够。建议省人民政府明确各部门实施条例的具体责任，将条例实施情况纳入年度目标考核，形成“省级统筹、片区主体、部门协同”的工作格局。", 1)
    b.autonum("着力解决放权赋能“最后一公里”问题。", "有的委员和列席代表提出，部分下放事项片区承接能力不足，办件量为零的事项长期挂在清单上。建议建立下放事项动态调整机制，对“放而不接”的事项限期整改，对确需收回的依法收回，同时加强业务培训和技术支撑。", 2)
    b.autonum("提升开放平台能级。", "有的委员提出，全省综合保税区、跨境电商综合试验区、中欧班列等开放平台各自为战，与自贸试验区政策叠加效应发挥不充分。建议统筹规划开放平台布局，推动“自贸试验区+综合保税区”“自贸试验区+跨境电商”联动发展，支持片区申建进口贸易促进创新示范区。", 3)
    b.autonum("加大金融支持力度。", "有的委员提出，科技型中小企业融资难、融资贵问题仍然突出。建议用好跨境贸易投资高水平开放试点政策，扩大合格境外有限合伙人（QFLP）试点范围，探索开展知识产权证券化，引导更多金融资源流向片区重点产业。", 4)
    b.autonum("加强改革系统集成和复制推广。", "有的委员提出，部分制度创新成果“碎片化”，含金量不高，复制推广后“水土不服”。建议围绕光电子信息、汽车、生物医药等产业链开展全链条集成创新，对改革经验的复制推广效果开展跟踪评估。", 5)
    b.autonum("完善配套制度和法治保障。", "有的委员提出，条例规定的部分配套制度至今尚未出台，影响条例实施效果。建议抓紧梳理条例授权和要求制定的配套制度清单，明确出台时限；加强涉外法治人才培养，支持片区建设国际商事争端解决中心。", 6)
    b.heading("三、有关工作要求")
    b.body("请省人民政府对上述审议意见认真研究处理，逐项明确责任单位和完成时限。省人大财政经济委员会要加强跟踪监督，适时开展“回头看”。")
    b.empty(2)
    b.signature("湖北省人大常委会办公厅", "2025年8月12日")

    b.empty()
    b.page_break()

    # =============== 文件三：研究处理情况报告 ===============
    b.start(meta("湖北省人民政府关于《中国（湖北）自由贸易试验区条例》实施情况执法检查报告审议意见研究处理情况的报告",
                 ["湖北省人民政府"], "2025-11-26", "报告"))
    b.title(["湖北省人民政府关于《中国（湖北）自由贸易试验区条例》实施情况",
             "执法检查报告审议意见研究处理情况的报告"], soft=False)
    b.empty()
    b.centered("——2025年11月26日在湖北省第十四届人民代表大会常务委员会第十九次会议上")
    b.empty()
    b.centered("湖北省商务厅厅长　　贺明远")
    b.empty()
    b.plain(SALUTE)
    b.body("受省人民政府委托，我向本次会议报告《中国（湖北）自由贸易试验区条例》实施情况执法检查报告审议意见研究处理情况，请予审议。")
    b.body("2025年7月，省十四届人大常委会第十七次会议审议了执法检查组关于检查条例实施情况的报告，提出了审议意见。省人民政府高度重视，省政府常务会议专题研究审议意见办理工作，制定任务分工方案，明确6个方面22项具体任务，由省商务厅牵头，会同省发展改革委、省司法厅、省地方金融管理局等18个部门和三个片区抓好落实。现将有关情况报告如下：")
    b.heading("一、关于压实条例实施责任")
    b.body("省人民政府将条例实施情况纳入2025年度市州和省直部门高质量发展综合绩效考评，制定《中国（湖北）自由贸易试验区建设年度工作要点》，逐项明确牵头单位和完成时限。省自贸试验区工作领导小组办公室建立“月调度、季通报、年考评”工作机制，2025年8月以来召开专题调度会4次，通报任务进展情况。",
           "围绕条例开展“进片区、进园区、进企业”宣传活动36场，编印条例解读手册1.2万册。省司法厅会同有关部门研究起草自贸试验区改革创新容错纠错实施办法，已完成公开征求意见。")
    b.heading("二、关于深化放权赋能改革")
    b.runin("（一）开展下放事项评估。", "省人民政府组织对两批下放的136项省级行政权力事项开展评估，对29项近两年未发生办件的事项逐项分析原因：其中，11项因片区无相关业务需求予以收回，9项调整为委托实施，9项通过加强培训和系统对接保留下放。")
    b.runin("（二）精准下放第三批事项。", "经评估论证，省人民政府于2025年10月印发《关于向中国（湖北）自由贸易试验区各片区下放第三批省级行政权力事项的决定》，将外商投资项目核准、对外劳务合作经营资格核准、国际快递业务经营许可初审等23项事项下放片区实施。")
    b.runin("（三）强化承接保障。", "省直有关部门为片区开通业务系统端口57个，开展业务培训14期，培训片区工作人员620人次，做到事项、人员、系统同步到位。")
    b.heading("三、关于提升开放平台能级")
    b.runin("（一）推动平台联动发展。", "制定自贸试验区与综合保税区联动发展实施方案，支持武汉东湖综合保税区、宜昌综合保税区开展保税研发、保税维修业务。2025年1—10月，两个综合保税区保税维修业务货值同比增长63.5%。")
    b.runin("（二）稳定中欧班列回程货源。", "主要采取以下措施：")
    b.body("1.拓展回程线路。新开通杜伊斯堡—武汉、布达佩斯—武汉等回程线路6条，回程班列占比提高到43.6%。")
    b.body("2.完善集结分拨网络。在阳逻港建设中欧班列（武汉）集结中心，推进“班列+跨境电商”“班列+海外仓”模式，支持企业在德国、波兰、哈萨克斯坦等国布局海外仓18个。")
    b.body("3.加强政策支持。修订中欧班列（武汉）扶持资金管理办法，对回程重箱给予倾斜支持：")
    b.body("（1）对回程重箱运量同比增长超过20%的平台企业给予奖励；")
    b.body("（2）对组织本省进口货源回程的企业按标准箱给予补贴。")
    b.runin("（三）加快跨境电商发展。", "推动武汉、宜昌、襄阳跨境电商综合试验区与片区联动，2025年1—10月，三个片区跨境电商进出口额达到186.3亿元，同比增长29.7%。")
    b.heading("四、关于加大金融支持力度")
    b.body("省地方金融管理局、人民银行湖北省分行等部门联合出台支持自贸试验区金融创新若干措施，推动跨国公司本外币一体化资金池业务在武汉片区落地，已有5家企业开展试点。扩大合格境外有限合伙人（QFLP）试点，新设QFLP基金3支，规模合计28亿元。武汉片区知识产权证券化产品发行规模累计达到15.4亿元。设立省级自贸试验区中小微企业风险补偿资金池，首期规模5亿元。")
    b.heading("五、关于加强改革系统集成和复制推广")
    b.body("围绕光电子信息、汽车、生物医药等重点产业链，组织三个片区开展全产业链集成创新，形成“光电子产业链跨境协同”等集成创新案例12个。建立改革经验复制推广效果跟踪评估制度，委托第三方机构对已复制推广的186项改革经验开展评估，对成效不明显的23项经验提出优化建议。")
    b.heading("六、关于完善配套制度和法治保障")
    b.body("梳理条例要求制定的配套制度清单14项，已出台9项，其余5项计划于2026年6月底前出台。部分配套制度进展情况如下：")
    b.table(["序号", "配套制度名称", "牵头单位", "进展情况"],
            [["1", "中国（湖北）自由贸易试验区改革创新容错纠错实施办法", "省司法厅", "已完成公开征求意见，拟于2025年12月印发"],
             ["2", "中国（湖北）自由贸易试验区商事纠纷多元化解工作规定", "省司法厅", "已于2025年9月印发"],
             ["3", "中国（湖北）自由贸易试验区数据跨境流动管理办法", "省委网信办、省商务厅", "起草中，计划2026年6月底前出台"],
             ["4", "中国（湖北）自由贸易试验区制度创新成果评估办法", "省商务厅", "已于2025年10月修订印发"]],
            [1.4, 6.6, 3.2, 4.4])
    b.body("同时，支持武汉国际商事法庭、武汉仲裁委员会自贸试验区仲裁院提升国际化服务水平，2025年1—10月共受理涉外商事案件217件。实施涉外法治人才培养计划，在三个片区设立涉外法律服务工作站6个。")
    b.heading("七、下一步工作打算")
    b.body("下一步，省人民政府将认真落实省人大常委会审议意见，持续推动条例全面有效实施。一是加强统筹协调，健全条例实施工作责任体系，确保22项任务全部按期完成。二是对标国际高标准经贸规则，深化首创性、差异化改革探索。三是加快剩余5项配套制度出台进度，营造市场化、法治化、国际化一流营商环境。")
    b.body("主任、各位副主任、秘书长、各位委员，省人民政府将自觉接受省人大常委会的监督，以更大力度推进自贸试验区高质量发展，为加快建成中部地区崛起重要战略支点作出新的更大贡献。")

    stem = "blind542_hubei_zhifajiancha"
    path = b.save(stem)
    return {stem: b.docs}, [path]


def main():
    expected, paths = build()
    for p in paths:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_542", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, p],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
