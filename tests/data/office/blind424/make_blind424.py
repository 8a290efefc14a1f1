# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 424: Word files with unaccepted tracked changes (w:ins / w:del by
two reviewers) and margin comments.  Writes docx + LibreOffice PDF + expected.json
next to this script."""
import json
import os
import subprocess
from xml.sax.saxutils import escape

from docx import Document
from docx.oxml import parse_xml
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Cm

HERE = os.path.dirname(os.path.abspath(__file__))
WNS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
NSD = 'xmlns:w="%s"' % WNS

XBS = '方正小标宋简体'
FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
SONG = '宋体'
ASC = 'Times New Roman'
RED = 'FF0000'

# reviewers: name, initials, date stamp
A = ('张晓梅', 'ZXM')
B = ('李建国', 'LJG')


class Builder:
    def __init__(self, rev_dates):
        self.doc = Document()
        self.body = self.doc.element.body
        self.sectPr = self.body.find('{%s}sectPr' % WNS)
        self.rev = 100
        self.comments = []
        self.rev_dates = rev_dates  # author name -> date str
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
        sec.footer_distance = Cm(2.5)
        st = self.doc.styles['Normal']
        st.font.name = ASC
        rpr = st.element.get_or_add_rPr()
        rpr.get_or_add_rFonts().set('{%s}eastAsia' % WNS, FS)
        from docx.shared import Pt
        st.font.size = Pt(16)
        self._footer()
        self._settings()

    # ---------- low level ----------
    def rid(self):
        self.rev += 1
        return self.rev

    def revattr(self, who):
        return 'w:id="%d" w:author="%s" w:date="%s"' % (self.rid(), who[0], self.rev_dates[who[0]])

    @staticmethod
    def rpr(font=FS, size=16, bold=False, color=None, underline=False, extra=''):
        s = '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>' % (
            ASC, ASC, font, font)
        if bold:
            s += '<w:b/><w:bCs/>'
        if color:
            s += '<w:color w:val="%s"/>' % color
        s += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size * 2, size * 2)
        if underline:
            s += '<w:u w:val="single"/>'
        s += extra + '</w:rPr>'
        return s

    def run(self, text, deleted=False, **f):
        fmt = dict(f)
        chg = fmt.pop('fmtchange', None)
        extra = ''
        if chg:
            # formatting change recorded: previously the run was not bold
            extra = '<w:rPrChange %s><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>' \
                    '<w:sz w:val="%d"/></w:rPr></w:rPrChange>' % (
                        self.revattr(chg), ASC, ASC, fmt.get('font', FS), fmt.get('size', 16) * 2)
        tag = 'w:delText' if deleted else 'w:t'
        return '<w:r>%s<%s xml:space="preserve">%s</%s></w:r>' % (
            self.rpr(extra=extra, **fmt), tag, escape(text), tag)

    def para(self, segs, font=FS, size=16, bold=False, color=None, align=None,
             first=True, line=560, before=0, after=0, mark=None, ind_left=None,
             ind_right=None, border=None, numid=None, page_break_before=False,
             keep_next=False):
        """segs: list of segments; returns (xml, accepted_text, fully_deleted)."""
        base = dict(font=font, size=size, bold=bold, color=color)
        ppr = '<w:pPr>'
        if keep_next:
            ppr += '<w:keepNext/>'
        if page_break_before:
            ppr += '<w:pageBreakBefore/>'
        if numid:
            ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % numid
        if border:
            ppr += '<w:pBdr>%s</w:pBdr>' % border
        ppr += '<w:spacing w:before="%d" w:after="%d" w:line="%d" w:lineRule="exact"/>' % (
            before, after, line)
        ind = ''
        if first is True:
            ind += ' w:firstLineChars="200" w:firstLine="%d"' % (size * 40)
        if ind_left is not None:
            ind += ' w:left="%d"' % ind_left
        if ind_right is not None:
            ind += ' w:right="%d"' % ind_right
        if ind:
            ppr += '<w:ind%s/>' % ind
        if align:
            ppr += '<w:jc w:val="%s"/>' % align
        mark_rpr = self.rpr(**base)
        if mark:
            kind, who = mark
            tag = 'w:ins' if kind == 'i' else 'w:del'
            mark_rpr = mark_rpr.replace('</w:rPr>', '<%s %s/></w:rPr>' % (tag, self.revattr(who)))
        ppr += mark_rpr + '</w:pPr>'
        out = [ppr]
        acc = []
        live = False
        for s in segs:
            if isinstance(s, str):
                s = ('t', s, None, {})
            k = s[0]
            if k in ('t', 'i', 'd'):
                _, text, who, f = s
                ff = dict(base)
                ff.update(f)
                if k == 't':
                    out.append(self.run(text, **ff))
                    acc.append(text)
                    live = True
                elif k == 'i':
                    out.append('<w:ins %s>%s</w:ins>' % (self.revattr(who), self.run(text, **ff)))
                    acc.append(text)
                    live = True
                else:
                    out.append('<w:del %s>%s</w:del>' % (self.revattr(who),
                                                          self.run(text, deleted=True, **ff)))
            elif k == 'br':
                out.append('<w:r>%s<w:br/></w:r>' % self.rpr(**base))
            elif k == 'ibr':
                out.append('<w:ins %s><w:r>%s<w:br/></w:r></w:ins>' % (
                    self.revattr(s[1]), self.rpr(**base)))
            elif k == 'pagebr':
                out.append('<w:r><w:br w:type="page"/></w:r>')
            elif k == 'cs':
                out.append('<w:commentRangeStart w:id="%d"/>' % s[1])
            elif k == 'ce':
                out.append('<w:commentRangeEnd w:id="%d"/><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
                           '<w:commentReference w:id="%d"/></w:r>' % (s[1], s[1]))
        xml = '<w:p %s>%s</w:p>' % (NSD, ''.join(out))
        fully_deleted = (mark is not None and mark[0] == 'd')
        return xml, ''.join(acc), fully_deleted, live

    def add_xml(self, xml):
        el = parse_xml(xml)
        self.sectPr.addprevious(el)
        return el

    def P(self, segs, key=None, autonum=None, **kw):
        xml, acc, dead, live = self.para(segs, **kw)
        self.add_xml(xml)
        if key is not None and not dead:
            if autonum is not None:
                autonum[0] += 1
                acc = '%d.' % autonum[0] + acc
            key.append(acc)
        return acc

    def empty(self, n=1, size=16):
        for _ in range(n):
            self.P([], first=False, size=size)

    def comment(self, who, date, text):
        cid = len(self.comments)
        self.comments.append((cid, who, date, text))
        return cid

    # ---------- table ----------
    def table(self, header, widths, rows, key=None):
        """rows: list of dict(cells=[segs...], mark=None|('i',who)|('d',who))"""
        b = '<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        borders = ''.join(b % x for x in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
        x = ['<w:tbl %s><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>'
             '<w:tblBorders>%s</w:tblBorders><w:tblLayout w:type="fixed"/>'
             '<w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/>'
             '</w:tblCellMar></w:tblPr><w:tblGrid>' % (NSD, sum(widths), borders)]
        x += ['<w:gridCol w:w="%d"/>' % w for w in widths]
        x.append('</w:tblGrid>')

        def tc(w, pxml):
            inner = pxml.replace('<w:p %s>' % NSD, '<w:p>')
            return '<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>%s</w:tc>' % (w, inner)

        x.append('<w:tr><w:trPr><w:tblHeader/><w:trHeight w:val="560"/></w:trPr>')
        for h, w in zip(header, widths):
            px = self.para([h], font=HT, size=14, first=False, align='center', line=400)[0]
            x.append(tc(w, px))
        x.append('</w:tr>')
        for r in rows:
            mark = r.get('mark')
            trpr = '<w:trPr><w:trHeight w:val="560"/>'
            if mark:
                trpr += '<w:%s %s/>' % ('ins' if mark[0] == 'i' else 'del', self.revattr(mark[1]))
            trpr += '</w:trPr>'
            x.append('<w:tr>%s' % trpr)
            vals = []
            for i, (segs, w) in enumerate(zip(r['cells'], widths)):
                px, acc, _, _ = self.para(segs, size=14, first=False, line=400,
                                          align='center' if i in r.get('center', (0, 3)) else 'left',
                                          mark=mark)
                x.append(tc(w, px))
                vals.append(acc)
            x.append('</w:tr>')
            if key is not None and not (mark and mark[0] == 'd'):
                key.append('；'.join('%s：%s' % (h, v) for h, v in zip(header, vals)))
        x.append('</w:tbl>')
        self.add_xml(''.join(x))

    # ---------- parts ----------
    def _footer(self):
        ft = self.doc.sections[0].footer
        p = ft.paragraphs[0]
        rp = self.rpr(font=SONG, size=14)
        xml = ('<w:p %s><w:pPr><w:jc w:val="center"/>%s</w:pPr>'
               '<w:r>%s<w:t xml:space="preserve">— </w:t></w:r>'
               '<w:fldSimple w:instr=" PAGE "><w:r>%s<w:t>1</w:t></w:r></w:fldSimple>'
               '<w:r>%s<w:t xml:space="preserve"> —</w:t></w:r></w:p>') % (NSD, rp, rp, rp, rp)
        new = parse_xml(xml)
        p._p.addprevious(new)
        p._p.getparent().remove(p._p)

    def _settings(self):
        s = self.doc.settings.element
        dts = s.find('{%s}defaultTabStop' % WNS)
        tr = parse_xml('<w:trackRevisions %s/>' % NSD)
        dts.addprevious(tr)

    def add_numbering(self, numid):
        nxml = self.doc.part.numbering_part.element
        absx = parse_xml(
            '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s"/></w:rPr></w:lvl></w:abstractNum>'
            % (NSD, numid, ASC, ASC))
        first_num = nxml.find('{%s}num' % WNS)
        if first_num is not None:
            first_num.addprevious(absx)
        else:
            nxml.append(absx)
        nxml.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                              % (NSD, numid, numid)))

    def save(self, path):
        if self.comments:
            cx = ['<w:comments %s>' % NSD]
            for cid, who, date, text in self.comments:
                cx.append('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s">'
                          '<w:p><w:r><w:annotationRef/></w:r><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                          '</w:comment>' % (cid, who[0], date, who[1],
                                            self.rpr(font=SONG, size=10), escape(text)))
            cx.append('</w:comments>')
            blob = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + ''.join(cx)).encode('utf-8')
            part = Part(PackURI('/word/comments.xml'),
                        'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml',
                        blob, self.doc.part.package)
            self.doc.part.relate_to(part, RT.COMMENTS)
        self.doc.save(path)


# convenience segment constructors
def T(text, **f):
    return ('t', text, None, f)


def I(text, who, **f):
    return ('i', text, who, f)


def D(text, who, **f):
    return ('d', text, who, f)


def CS(c):
    return ('cs', c)


def CE(c):
    return ('ce', c)


BR = ('br',)


def IBR(who):
    return ('ibr', who)


BDR_RED = '<w:bottom w:val="single" w:sz="18" w:space="6" w:color="FF0000"/>'


def banji(b, cc, org, date_segs):
    """版记: 抄送 + 印发 lines with rules."""
    b.empty(2)
    b.P(cc, size=14, first=False, ind_left=280, ind_right=280, line=460,
        border='<w:top w:val="single" w:sz="8" w:space="4" w:color="000000"/>'
               '<w:bottom w:val="single" w:sz="4" w:space="4" w:color="000000"/>')
    b.P([org, '\u3000' * 7] + date_segs, size=14, first=False, ind_left=280, line=460,
        border='<w:bottom w:val="single" w:sz="8" w:space="4" w:color="000000"/>')


# =====================================================================
# Document 1: 印发通知 + 实施方案 (with tracked changes and comments)
# =====================================================================
def make_fangan():
    b = Builder({A[0]: '2026-03-11T09:42:00Z', B[0]: '2026-03-13T16:05:00Z'})
    notice, plan = [], []
    OPL = '中国（湖北）自由贸易试验区武汉片区'
    c_date_A = '2026-03-11T10:15:00Z'
    c_date_B = '2026-03-13T16:30:00Z'

    # ---- 版头 ----
    b.P(['中国（湖北）自由贸易试验区', BR, '武汉片区管理委员会文件'], font=XBS, size=30,
        color=RED, first=False, align='center', line=780, before=200)
    b.empty(1)
    b.P(['武自贸管发〔2026〕7号'], first=False, align='center', border=BDR_RED, after=300)
    b.empty(1)
    # ---- 标题 ----
    b.P(['中国（湖北）自由贸易试验区武汉片区', BR,
         '管理委员会关于印发《中国（湖北）', BR,
         '自由贸易试验区武汉片区跨境电商与', BR,
         '中欧班列（武汉）联动发展实施方案',
         I('（2026—2027年）', A), '》的通知'],
        font=XBS, size=22, first=False, align='center', line=640)
    b.empty(1)
    b.P(['片区各功能区管理机构，管委会各部门，各有关单位：'], first=False)
    b.P(['《中国（湖北）自由贸易试验区武汉片区跨境电商与中欧班列（武汉）联动发展实施方案',
         I('（2026—2027年）', A),
         '》已经片区管委会', I('2026年第3次', B),
         '主任办公会审议通过，现印发给你们，请结合实际认真贯彻落实。'], key=notice)
    c1 = b.comment(B, c_date_B, '报送频次是否与省自贸办季度调度要求一致？请自贸创新局核一下。')
    b.P(['各单位要按照职责分工，细化工作举措，', CS(c1), '于每', D('月5日', A), I('季度首月10日', A),
         '前将上', D('月', A), I('季度', A), '工作进展情况报送片区管委会办公室（自贸创新局）。', CE(c1),
         D('对工作推进不力的单位，将在片区范围内予以通报。', B),
         I('执行中遇到的重大问题，请及时报告。', B)], key=notice)
    b.empty(3)
    b.P(['\u3000\u3000\u3000\u3000中国（湖北）自由贸易试验区武汉片区管理委员会'], first=False)
    b.P(['                                 2026年3月', D('9', B), I('16', B), '日'], first=False)
    b.empty(1)
    b.P(['（此件公开发布）'])

    # ---- 方案 ----
    b.P([('pagebr',)], first=False)
    b.P([OPL, BR, '跨境电商与中欧班列（武汉）', BR, '联动发展实施方案', IBR(A), I('（2026—2027年）', A)],
        font=XBS, size=22, first=False, align='center', line=640)
    b.empty(1)
    c2 = b.comment(A, c_date_A, '文件名称请与省政府印发稿核对，确保表述准确。')
    b.P(['为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，落实', CS(c2),
         '《中国（湖北）自由贸易试验区提升战略实施方案》', CE(c2),
         '有关要求，发挥武汉片区制度创新优势和中欧班列（武汉）通道优势，推动跨境电商与国际物流通道深度融合，'
         '打造内陆开放型经济新高地，结合片区实际，制定本方案。'], key=plan)
    b.P(['一、总体要求'], font=HT, keep_next=True)
    b.P(['坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，',
         I('深入落实习近平总书记考察湖北重要讲话精神，', A),
         '立足武汉“九省通衢”区位优势，以制度创新为核心，以中欧班列（武汉）和中国（武汉）跨境电子商务综合试验区为载体，'
         '推动“班列+跨境电商”“海外仓+跨境电商”“保税+跨境电商”协同发展，为建设新时代内陆开放新高地提供有力支撑。'],
        key=plan)
    c3 = b.comment(B, c_date_B, '150亿元目标偏高，请与市商务局核对后再定。')
    b.P(['到2027年底，片区跨境电商进出口额力争突破', CS(c3), D('100', A), I('150', A), CE(c3),
         '亿元，年均增长20%以上；依托中欧班列（武汉）开行跨境电商专列', D('200', A), I('300', A),
         '列以上；培育年进出口额超亿元的跨境电商企业30家以上，建设或租用海外仓', D('50', B), I('40', B),
         '个以上，', D('形成一批可复制可推广的制度创新成果。', B),
         I('形成可复制推广的制度创新成果不少于8项。', B)], key=plan)
    b.P(['二、重点任务'], font=HT, keep_next=True)
    b.P([T('（一）拓展“班列+跨境电商”物流通道。', font=KT),
         '支持中欧班列（武汉）平台公司开行跨境电商专列和定制班列，加密至德国杜伊斯堡、汉堡，波兰马拉舍维奇，',
         I('匈牙利布达佩斯，', A),
         '哈萨克斯坦阿拉木图等站点的线路。推动吴家山铁路口岸与武汉东湖综合保税区、武汉经开综合保税区业务联动，',
         D('探索开展铁路运输单证物权化试点，', A),
         '实现跨境电商货物“一次申报、一次查验、一次放行”。'], key=plan)
    c4 = b.comment(A, c_date_A, '补助比例按财政金融局意见下调，已与经济发展局沟通。')
    b.P([T('（二）建设海外仓服务网络。', font=KT),
         '鼓励片区跨境电商企业在中欧班列沿线国家和地区建设、租用海外仓，对经认定的公共海外仓，',
         CS(c4), '按照不超过实际投资额的', D('30%', A), I('20%', A), '给予一次性补助，单个项目最高不超过',
         D('300万元', A), I('200万元', A), CE(c4),
         '。支持海外仓企业建设信息化管理平台，与中欧班列（武汉）信息平台实现数据互通。'], key=plan)
    # inserted whole item by reviewer B
    b.P([I('（三）推进多式联运“一单制”改革。', B, font=KT),
         I('推广使用多式联运提单，探索“铁路+公路”“铁路+水运”一单到底、全程负责的运输组织模式，'
           '支持阳逻港与吴家山铁路口岸开展铁水联运跨境电商业务。', B)],
        mark=('i', B), key=plan)
    b.P([T('（', font=KT), D('三', B, font=KT), I('四', B, font=KT),
         T('）优化跨境电商通关监管。', font=KT),
         '支持海关、税务等部门在片区内开展以下改革试点：'], key=plan)
    b.P(['1.推广跨境电商B2B出口（9710、9810）“班列集拼”监管模式，实现跨境电商货物与一般贸易货物同列混拼运输。'],
        key=plan)
    b.P(['2.', D('实行', A), I('探索实行', A),
         '跨境电商零售进口退货中心仓模式，退货商品在综合保税区内完成分拣、退货、复运出区。'], key=plan)
    c5 = b.comment(B, c_date_B, '该项需海关总署授权，暂不写入。')
    b.P([CS(c5), D('3.对跨境电商出口商品实施“先出区、后报关”，企业可在货物出区后14日内办理申报手续。', B), CE(c5)],
        mark=('d', B), key=plan)
    b.P([D('4', B), I('3', B),
         '.推进跨境电商出口退税“无纸化”申报，符合条件的企业退税办理时间压缩至', D('5', A), I('3', A),
         '个工作日以内。'], key=plan)
    b.P([T('（', font=KT), D('四', B, font=KT), I('五', B, font=KT), T('）强化金融服务支撑。', font=KT),
         '引导片区内银行机构为跨境电商企业和班列物流企业提供跨境人民币结算、出口信用保险保单融资、海外仓融资等服务。',
         D('鼓励设立总规模10亿元的跨境电商产业发展基金。', B),
         '支持符合条件的企业开展跨境电商外汇结算便利化业务。'], key=plan)
    b.P([T('（', font=KT), D('五', B, font=KT), I('六', B, font=KT),
         T('）培育壮大市场主体。', font=KT, fmtchange=A),
         '引进培育一批跨境电商平台、供应链服务和综合服务企业，支持本地制造企业通过“跨境电商+中欧班列”拓展欧洲、中亚市场。',
         I('每年组织跨境电商企业参加中国—中亚、中国—东盟等展会不少于2次。', A)], key=plan)
    b.P(['三、保障措施'], font=HT, keep_next=True)
    b.P([T('（一）加强组织领导。', bold=True),
         '片区管委会成立跨境电商与中欧班列联动发展工作专班，由分管副主任任组长，自贸创新局、经济发展局、财政金融局等部门',
         D('负责同志', A), I('主要负责同志', A), '为成员，统筹推进各项任务落实。'], key=plan)
    b.P([T('（二）加大政策支持。', bold=True),
         '片区每年安排不少于', D('3000万元', B), I('5000万元', B),
         '专项资金，用于支持跨境电商专列开行、公共海外仓建设和通关便利化改革。专项资金管理办法由财政金融局另行制定。'],
        key=plan)
    b.P([T('（三）强化督促落实。', bold=True),
         '建立季度调度、年度评估工作机制，将重点任务完成情况纳入片区各部门年度绩效考核。重点任务分工如下：'],
        key=plan)
    c6 = b.comment(A, c_date_A, '时限按经济发展局反馈意见调整。')
    b.table(['序号', '重点任务', '牵头单位', '完成时限'], [800, 3300, 2744, 2000], [
        dict(cells=[['1'], ['拓展“班列+跨境电商”物流通道'], ['自贸创新局'], ['2027年12月底']]),
        dict(cells=[['2'], ['建设海外仓服务网络'], ['经济发展局'],
                    [CS(c6), '2026年', D('6', A), I('12', A), '月底', CE(c6)]]),
        dict(cells=[[I('3', B)], [I('推进多式联运“一单制”改革', B)], [I('自贸创新局', B)],
                    [I('2027年6月底', B)]], mark=('i', B)),
        dict(cells=[[D('3', B), I('4', B)], ['优化跨境电商通关监管'], ['自贸创新局（会同武汉海关驻片区机构）'],
                    ['持续推进']]),
        dict(cells=[[D('4', B), I('5', B)], ['强化金融服务支撑'], ['财政金融局'], ['2026年12月底']]),
        dict(cells=[[D('5', B)], [D('设立跨境电商产业发展基金', B)], [D('财政金融局', B)],
                    [D('2026年9月底', B)]], mark=('d', B)),
        dict(cells=[['6'], ['培育壮大市场主体'], ['经济发展局'], ['持续推进']]),
    ], key=plan)
    b.empty(1)
    b.P(['本方案自2026年4月1日起施行，有效期至', D('2028年3月31日', B), I('2027年12月31日', B), '。'],
        key=plan)
    banji(b, ['抄送：湖北省商务厅（省自贸办），武汉市人民政府办公厅，武汉海关。'],
          '武汉片区管委会办公室',
          ['2026年3月', D('10', B), I('17', B), '日印发'])
    stem = 'blind424_wuhan_fangan'
    b.save(os.path.join(HERE, stem + '.docx'))

    plan_title = OPL + '跨境电商与中欧班列（武汉）联动发展实施方案（2026—2027年）'
    issuer = ['中国（湖北）自由贸易试验区武汉片区管理委员会']
    return stem, [
        {'meta': {
            'title': '中国（湖北）自由贸易试验区武汉片区管理委员会关于印发《%s》的通知' % plan_title,
            'doc_number': '武自贸管发〔2026〕7号',
            'issuer': issuer,
            'date': '2026-03-16',
            'published': None,
            'level': 'zone',
            'region': OPL,
            'effective': None,
            'expires': None,
            'attachments': [],
            'doc_type': '通知',
            'recipients': ['片区各功能区管理机构', '管委会各部门', '各有关单位'],
            'publicity': '此件公开发布',
            'repeals': None},
         'clauses': notice},
        {'meta': {
            'title': plan_title,
            'doc_number': None,
            'issuer': issuer,
            'date': '2026-03-16',
            'published': None,
            'level': 'zone',
            'region': OPL,
            'effective': '2026-04-01',
            'expires': '2027-12-31',
            'attachments': [],
            'doc_type': '方案',
            'recipients': [],
            'publicity': None,
            'repeals': None},
         'clauses': plan},
    ]


# =====================================================================
# Document 2: short 通知 (申报工作) with tracked changes and comments
# =====================================================================
def make_tongzhi():
    b = Builder({A[0]: '2026-04-01T14:20:00Z', B[0]: '2026-04-02T11:08:00Z'})
    b.add_numbering(90)
    key = []
    OPL = '中国（湖北）自由贸易试验区武汉片区'
    ORG = OPL + '管理委员会办公室'
    c_date_A = '2026-04-01T14:40:00Z'
    c_date_B = '2026-04-02T11:30:00Z'

    b.P(['中国（湖北）自由贸易试验区', BR, '武汉片区管理委员会办公室'], font=XBS, size=28,
        color=RED, first=False, align='center', line=720, before=200)
    b.empty(1)
    b.P(['武自贸办〔2026〕', D('9', B), I('11', B), '号'], first=False, align='center',
        border=BDR_RED, after=300)
    b.empty(1)
    b.P(['关于开展2026年度中国（湖北）', BR, '自由贸易试验区武汉片区制度创新成果', BR, '申报工作的通知'],
        font=XBS, size=22, first=False, align='center', line=640)
    b.empty(1)
    b.P(['片区各功能区管理机构，管委会各部门，驻片区各有关单位：'], first=False)
    c1 = b.comment(A, c_date_A, '建议增加数字贸易领域，与省自贸办通知口径保持一致。')
    b.P(['为深入实施自由贸易试验区提升战略，及时总结推广武汉片区在投资贸易便利化、', CS(c1), I('数字贸易、', A),
         CE(c1), '跨境电商、中欧班列、金融开放创新等领域的改革经验，经研究，决定开展2026年度制度创新成果申报工作。'
         '现将有关事项通知如下：'], key=key)
    b.P(['一、申报范围'], font=HT, keep_next=True)
    b.P([D('2024年', B), I('2025年', B),
         '1月1日以来，片区各单位在以下领域首创或率先实施、已取得实际成效的制度创新举措均可申报：'], key=key)
    n = [0]
    b.P(['投资自由化便利化，包括外商投资准入、市场主体登记、项目审批等方面的改革举措；'],
        numid=90, first=None, key=key, autonum=n)
    b.P(['贸易便利化，包括跨境电商、中欧班列、综合保税区、国际物流通道等方面的监管创新；'],
        numid=90, first=None, key=key, autonum=n)
    b.P([D('政府职能转变，包括“放管服”改革、信用监管、营商环境优化等方面的创新；', A)],
        numid=90, first=None, mark=('d', A), key=key, autonum=n)
    b.P(['金融开放创新，包括跨境人民币业务、外汇管理便利化、科技金融等方面的创新', D('。', A), I('；', A)],
        numid=90, first=None, key=key, autonum=n)
    b.P([I('产业链创新链深度融合，包括知识产权保护运用、科技成果转化等方面的探索。', A)],
        numid=90, first=None, mark=('i', A), key=key, autonum=n)
    b.P(['二、申报要求'], font=HT, keep_next=True)
    b.P([T('（一）申报主体。', font=KT),
         '片区各功能区管理机构、管委会各部门及驻片区海关、税务、金融监管等单位均可申报，鼓励联合企业、行业协会共同申报。'],
        key=key)
    b.P([T('（二）申报材料。', font=KT),
         '每项成果需提交申报表和简要说明，简要说明应包括改革背景、主要做法、实践成效和推广价值，字数控制在',
         D('3000', B), I('2000', B), '字以内。'], key=key)
    b.P([I('（三）数量要求。', A, font=KT), I('每个单位申报数量原则上不超过3项，请按创新程度排序。', A)],
        mark=('i', A), key=key)
    b.P([T('（', font=KT), D('三', A, font=KT), I('四', A, font=KT), T('）报送方式。', font=KT),
         '申报材料经单位主要负责同志审核后，加盖公章，于', D('2026年4月30日', B), I('2026年5月15日', B),
         '前将纸质材料（一式两份）报送至片区管委会办公室（自贸创新局），电子版通过片区协同办公系统同步报送。',
         D('逾期不予受理。', B)], key=key)
    b.P(['三、评审推广'], font=HT, keep_next=True)
    c2 = b.comment(B, c_date_B, '评选数量建议压减，突出含金量。')
    b.P(['片区管委会办公室将会同有关部门和专家对申报成果进行评审，评选出年度最佳制度创新成果', CS(c2),
         D('10', B), I('5', B), CE(c2),
         '项，优先推荐申报省级、国家级制度创新案例，并在片区范围内复制推广。'], key=key)
    b.P(['四、联系方式'], font=HT, keep_next=True)
    c3 = b.comment(A, c_date_A, '联系人已调整，电话已核实。')
    b.P(['联系人：片区管委会办公室（自贸创新局）', CS(c3), D('陈晓', A), I('刘洋', A),
         '，联系电话：027-6788', D('3021', A), I('3025', A), CE(c3), '。'], key=key)
    b.empty(1)
    b.P(['附件：1.2026年度武汉片区制度创新成果申报表'])
    b.P(['\u3000\u3000\u3000\u3000\u30002.制度创新成果简要说明（参考模板）'])
    b.P([D('\u3000\u3000\u3000\u3000\u30003.2025年度武汉片区制度创新成果汇编', B)], mark=('d', B))
    b.empty(3)
    b.P(['\u3000' + ORG], first=False)
    b.P(['                                  2026年4月', D('1', B), I('3', B), '日'], first=False)
    b.empty(1)
    b.P([I('（此件公开发布）', B)], mark=('i', B))
    banji(b, ['抄送：湖北省商务厅（省自贸办）。'], '武汉片区管委会办公室', ['2026年4月3日印发'])
    stem = 'blind424_wuhan_tongzhi'
    b.save(os.path.join(HERE, stem + '.docx'))
    return stem, [
        {'meta': {
            'title': '关于开展2026年度中国（湖北）自由贸易试验区武汉片区制度创新成果申报工作的通知',
            'doc_number': '武自贸办〔2026〕11号',
            'issuer': [ORG],
            'date': '2026-04-03',
            'published': None,
            'level': 'zone',
            'region': OPL,
            'effective': None,
            'expires': None,
            'attachments': ['2026年度武汉片区制度创新成果申报表', '制度创新成果简要说明（参考模板）'],
            'doc_type': '通知',
            'recipients': ['片区各功能区管理机构', '管委会各部门', '驻片区各有关单位'],
            'publicity': '此件公开发布',
            'repeals': None},
         'clauses': key},
    ]


def to_pdf(path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_424', '--headless',
                    '--convert-to', 'pdf', '--outdir', HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for fn in (make_fangan, make_tongzhi):
        stem, objs = fn()
        expected[stem] = objs
        to_pdf(os.path.join(HERE, stem + '.docx'))
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
