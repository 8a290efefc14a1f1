# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 690: 外汇管理业务指引 (国家外汇管理局省分局印发通知 + 指引 + 附表)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
ST = '宋体'
RED = RGBColor(0xFF, 0x00, 0x00)
SOFT = '¦'          # marker for a soft line break (Shift+Enter)
CN = '零一二三四五六七八九'


def cn_num(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return '十' + (CN[n - 10] if n > 10 else '')
    t, u = divmod(n, 10)
    return CN[t] + '十' + (CN[u] if u else '')


def clean(text):
    """What an analyst would cite: soft breaks dropped, leading blanks dropped."""
    return text.replace(SOFT, '').strip(' 　')


# ---------------------------------------------------------------- docx helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    rfonts.set(qn('w:eastAsia'), name)
    rfonts.set(qn('w:hint'), 'eastAsia')   # as typed with a Chinese IME
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color is not None:
        run.font.color.rgb = color


def add_text(p, text, font=FS, size=16, bold=False, color=None):
    segs = text.split(SOFT)
    for i, seg in enumerate(segs):
        r = p.add_run(seg)
        set_font(r, font, size, bold, color)
        if i < len(segs) - 1:
            r.add_break()


def para(container, parts=(), align=None, first=None, left=None, spacing=28,
         page_break_before=False, numid=None):
    p = container.add_paragraph()
    if numid is not None:
        pPr = p._p.get_or_add_pPr()
        pPr.insert(0, parse_xml(
            '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
            % (nsdecls('w'), numid)))
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if spacing:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(spacing)
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if page_break_before:
        pf.page_break_before = True
    if isinstance(parts, str):
        parts = [(parts,)]
    for part in parts:
        add_text(p, *part)
    return p


def border(p, side, color='000000', sz=8):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn('w:pBdr'))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls('w'))
        # pBdr must precede spacing/ind/jc
        anchor = None
        for tag in ('w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:spacing', 'w:ind', 'w:jc'):
            anchor = pPr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(bdr)
        else:
            pPr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="1" w:color="%s"/>'
                         % (side, nsdecls('w'), sz, color)))


def page_setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.footer_distance = Mm(25)
    st = doc.styles['Normal']
    st.font.name = FS
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), FS)
    st.font.size = Pt(16)
    # page numbers: odd pages right, even pages left, "— 1 —"
    doc.settings.odd_and_even_pages_header_footer = True
    for footer, align in ((s.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                          (s.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        p = footer.paragraphs[0]
        p.alignment = align
        p.paragraph_format.left_indent = Pt(14) if align == WD_ALIGN_PARAGRAPH.LEFT else None
        p.paragraph_format.right_indent = Pt(14) if align == WD_ALIGN_PARAGRAPH.RIGHT else None
        r = p.add_run('— ')
        set_font(r, ST, 14)
        r = p.add_run()
        set_font(r, ST, 14)
        r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls('w')))
        r = p.add_run()
        set_font(r, ST, 14)
        r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls('w')))
        r = p.add_run()
        set_font(r, ST, 14)
        r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls('w')))
        r = p.add_run('1')
        set_font(r, ST, 14)
        r = p.add_run()
        set_font(r, ST, 14)
        r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls('w')))
        r = p.add_run(' —')
        set_font(r, ST, 14)


def setup_item_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="690">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="（%%1）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % nsdecls('w'))
    nums = numbering.findall(qn('w:num'))
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)


def new_item_list(doc):
    numbering = doc.part.numbering_part.element
    ids = [int(n.get(qn('w:numId'))) for n in numbering.findall(qn('w:num'))]
    nid = max(ids + [0]) + 1
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="690"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        % (nsdecls('w'), nid)))
    return nid


def cell_text(cell, text, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.LEFT, bold=False):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(20)
    add_text(p, text, font, size, bold)


def set_vcenter(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls('w')))


# ---------------------------------------------------------------- content
SC_ZY = '中国（四川）自由贸易试验区跨境贸易投资高水平开放试点外汇管理业务指引'
SC_FB = '中国（四川）自由贸易试验区跨境贸易投资高水平开放试点主要外汇业务办理要点'
SC_TITLE = '国家外汇管理局四川省分局关于印发《' + SC_ZY + '》的通知'

SC_RECIP = ['国家外汇管理局四川省辖内各市（州）分局', '各政策性银行四川省分行',
            '各国有商业银行四川省分行', '各股份制商业银行成都分行', '辖内各地方法人银行']

# notice body: (runin heading or None, text)
SC_NOTICE = [
    (None, '为贯彻落实党中央、国务院关于推进高水平对外开放的决策部署，根据《国家外汇管理局关于在有关地区开展跨境贸易投资高水平开放试点的通知》要求，经国家外汇管理局同意，国家外汇管理局四川省分局制定了《' + SC_ZY + '》（以下简称《指引》），现印发给你们，并就有关事项通知如下：'),
    ('一、提高思想认识。', '跨境贸易投资高水平开放试点是稳步扩大制度型开放、支持自由贸易试验区提升战略的重要举措。各市（州）分局和各银行要高度重视，明确责任部门和责任人，切实做好试点组织实施工作。'),
    ('二、做好业务准备。', '各银行要对照《指引》要求，完善内部操作规程，升级业务系统，加强对一线业务人员的培训。拟开展试点业务的银行，应当于2026年3月10日前将内控制度、操作规程等材料报送国家外汇管理局四川省分局备案。'),
    ('三、加强政策宣传。', '各市（州）分局和各银行要通过多种渠道开展政策宣传解读，主动对接中欧班列（成渝）运营企业、跨境电子商务企业和综合保税区内企业，提高市场主体对试点政策的知晓度和获得感。'),
    ('四、强化风险防控。', '各银行要坚持“展业三原则”，在便利合规企业的同时，加强对异常交易的甄别和监测，发现重大问题及时报告。各市（州）分局要加强对辖内试点业务的监测分析和非现场核查。'),
    (None, '本指引自印发之日起施行。各市（州）分局收到本通知后，应当及时转发辖内相关银行。执行中如遇问题，请及时向国家外汇管理局四川省分局反映。'),
    (None, '联系人：经常项目管理处 李晓娜，联系电话：028-86792531；资本项目管理处 王建川，联系电话：028-86792547。'),
]

# 指引 blocks: ('ch', heading) / ('art', text) / ('kuan', text) / ('item', text)
SC_GUIDE = [
    ('ch', '第一章　总　则'),
    ('art', '为深入推进中国（四川）自由贸易试验区（以下简称自贸试验区）跨境贸易投资高水平开放试点，提升贸易投资便利化水平，防范跨境资金流动风险，根据《中华人民共和国外汇管理条例》和《国家外汇管理局关于在有关地区开展跨境贸易投资高水平开放试点的通知》等规定，制定本指引。'),
    ('art', '本指引适用于在自贸试验区成都天府新区片区、成都青白江铁路港片区、川南临港片区（以下统称试点区域）内依法注册的企业办理的试点外汇业务。'),
    ('kuan', '试点区域外的企业办理本指引所列业务，适用现行外汇管理规定。'),
    ('art', '本指引所称试点银行，是指符合下列条件，并按规定向国家外汇管理局四川省分局（以下简称四川省分局）报备的银行：'),
    ('item', '（一）上年度执行外汇管理规定年度考核等级为B类及以上；'),
    ('item', '（二）具有完善的内控制度和业务操作规程；'),
    ('item', '（三）具备与试点业务相适应的专业人员和系统条件；'),
    ('item', '（四）近两年内未因违反外汇管理规定受到行政处罚。'),
    ('art', '试点银行应当遵循“了解客户”“了解业务”“尽职审查”原则（以下简称展业三原则），对试点业务的真实性、合规性进行审核，并对相关单证留存备查。'),
    ('art', '四川省分局及辖内各市（州）分局依法对试点业务实施监督管理。'),
    ('ch', '第二章　经常项目业务'),
    ('art', '试点银行可以为同时符合下列条件的优质企业办理货物贸易收支便利化业务：'),
    ('item', '（一）已在国家外汇管理局货物贸易外汇收支企业名录中登记；'),
    ('item', '（二）货物贸易外汇管理分类结果为A类；'),
    ('item', '（三）近两年内无外汇违法违规行为；'),
    ('item', '（四）经试点银行综合评估，内控制度健全、交易背景真实。'),
    ('art', '对纳入便利化业务的企业，试点银行可以凭企业提交的收付款指令直接办理货物贸易收支，无需逐笔审核合同、发票、报关单等交易单证。'),
    ('kuan', '试点银行应当对企业货物贸易收支进行事后抽查，抽查比例原则上不低于当期业务笔数的百分之五。'),
    ('art', '试点区域内企业办理新型离岸国际贸易业务，试点银行可以按照展业三原则，根据企业资信状况、业务模式等，自主决定审核交易单证的种类。'),
    ('art', '跨境电子商务企业、市场采购贸易经营主体、外贸综合服务企业可以通过试点银行，按照下列方式办理外汇收支：'),
    ('item', '（一）跨境电子商务企业可以将出口货物在境外发生的仓储、物流、税收等费用与出口货款轧差结算；'),
    ('item', '（二）市场采购贸易经营主体可以委托外贸综合服务企业代为办理收汇；'),
    ('item', '（三）外贸综合服务企业可以凭交易电子信息为客户代为办理外汇收支。'),
    ('art', '中欧班列（成渝）运营企业及其上下游企业因国际铁路联运业务产生的运费、杂费等跨境支付，试点银行可以凭运单、结算清单等电子信息办理。'),
    ('art', '试点银行可以为企业办理服务贸易付汇便利化业务。单笔等值5万美元以上的服务贸易对外支付，企业可以在付汇后补办税务备案手续。'),
    ('art', '试点区域内个人办理经常项目下外汇收支，试点银行可以凭个人有效身份证件和交易额的相关证明材料办理。'),
    ('kuan', '个人年度便利化额度管理按照现行规定执行。'),
    ('art', '试点区域内符合条件的企业，可以按规定办理经常项目外汇资金集中收付和轧差净额结算。'),
    ('ch', '第三章　资本项目业务'),
    ('art', '试点区域内符合条件的高新技术企业、“专精特新”企业和科技型中小企业，可以在不超过等值1000万美元的额度内自主借用外债。'),
    ('art', '试点区域内企业的外债登记、变更和注销登记，由试点银行直接办理。'),
    ('art', '资本项目外汇收入及其结汇所得人民币资金的境内支付使用，企业可以凭《资本项目收入支付便利化业务支付命令函》直接在试点银行办理，无需事前逐笔提交真实性证明材料。'),
    ('kuan', '企业应当确保资金使用真实合规，并符合资本项目收入使用负面清单管理规定。'),
    ('art', '试点区域内非金融企业境外放款规模上限为其所有者权益的0.5倍；经四川省分局同意，符合条件的企业可以提高至所有者权益的0.8倍。'),
    ('art', '试点区域内合格境外有限合伙人（QFLP）试点基金可以按照下列规定办理外汇业务：'),
    ('item', '（一）在试点银行开立QFLP基金专用外汇账户；'),
    ('item', '（二）按照登记的投资规模汇入资金；'),
    ('item', '（三）投资本金及收益按规定汇出。'),
    ('art', '外商投资企业以资本项目外汇收入进行境内再投资的，被投资企业可以直接在试点银行办理接收境内再投资登记。'),
    ('art', '试点区域内企业境外上市募集资金可以调回境内或者存放境外，资金用途应当与招股说明书等公开披露文件所列内容一致。'),
    ('art', '境外投资者以其在试点区域内取得的合法所得进行境内再投资的，可以凭利润分配决议等证明材料在试点银行办理。'),
    ('art', '试点银行为试点区域内企业办理资本项目外汇登记时，应当通过资本项目信息系统进行核对，并留存下列材料：'),
    ('item', '（一）登记申请书；'),
    ('item', '（二）营业执照或者统一社会信用代码证明；'),
    ('item', '（三）与登记事项相关的证明材料。'),
    ('kuan', '试点银行应当自办理登记之日起将相关材料保存5年备查。'),
    ('ch', '第四章　跨境资金集中运营'),
    ('art', '试点区域内跨国公司可以按照规定开展本外币一体化资金池业务，主办企业应当在试点区域内注册。'),
    ('art', '跨国公司本外币一体化资金池的外债和境外放款额度，按照下列方式确定：'),
    ('item', '（一）外债集中额度为成员企业所有者权益之和乘以宏观审慎调节参数；'),
    ('item', '（二）境外放款集中额度为成员企业所有者权益之和乘以0.5；'),
    ('item', '（三）四川省分局可以根据宏观审慎管理需要对额度进行调整。'),
    ('art', '主办企业应当按月向四川省分局报送资金池运行情况。'),
    ('ch', '第五章　风险防控与监督管理'),
    ('art', '试点银行应当建立试点业务事中事后监测机制，对出现下列情形之一的企业，应当暂停为其办理便利化业务，并及时报告所在地外汇局：'),
    ('item', '（一）涉嫌虚假交易、分拆交易的；'),
    ('item', '（二）资金流向与交易背景明显不符的；'),
    ('item', '（三）被列入严重失信主体名单的；'),
    ('item', '（四）存在其他异常情况的。'),
    ('art', '四川省分局可以根据跨境资金流动形势，对试点业务的范围、额度等进行调整。'),
    ('art', '试点银行、企业违反本指引规定的，由外汇局依照《中华人民共和国外汇管理条例》等规定进行处理；情节严重的，暂停或者取消其试点资格。'),
    ('ch', '第六章　附　则'),
    ('art', '本指引所涉主要业务的办理条件、所需材料及办理银行见附表。'),
    ('art', '本指引由四川省分局负责解释。本指引自印发之日起施行。'),
]

SC_TABLE_HEAD = ['业务类型', '办理条件', '所需材料', '办理银行']
SC_TABLE = [
    ['货物贸易收支便利化', '货物贸易外汇管理分类结果为A类，近两年无外汇违法违规行为', '收付款指令', '试点银行'],
    ['新型离岸国际贸易', '具有真实合法的交易背景', '企业说明、合同或者订单等试点银行要求的单证', '试点银行'],
    ['外债便利化额度', '高新技术企业、“专精特新”企业或者科技型中小企业', '外债登记申请书、营业执照、外债合同', '企业注册地试点银行'],
    ['资本项目收入支付便利化', '资金使用符合负面清单管理规定', '《资本项目收入支付便利化业务支付命令函》', '开户试点银行'],
    ['境内再投资登记', '被投资企业在试点区域内注册', '登记申请书、营业执照、投资决议', '被投资企业注册地试点银行'],
    ['本外币一体化资金池', '主办企业在试点区域内注册，上年度本外币国际收支规模超过等值5亿美元', '资金池业务申请书、资金池协议、成员企业名单', '主办企业选定的合作银行'],
]

# ---- Shaanxi
SX_ZY = '中国（陕西）自由贸易试验区跨境贸易投资高水平开放试点外汇管理业务指引'
SX_FB = '中国（陕西）自由贸易试验区跨境贸易投资高水平开放试点外汇业务办理一览表'
SX_TITLE = '国家外汇管理局陕西省分局关于印发《' + SX_ZY + '》的通知'
SX_RECIP = ['国家外汇管理局陕西省辖内各市分局', '各政策性银行陕西省分行', '各国有商业银行陕西省分行',
            '各股份制商业银行西安分行', '西安银行', '长安银行']
SX_REPEAL = ('《国家外汇管理局陕西省分局关于印发〈中国（陕西）自由贸易试验区外汇管理改革试点实施细则〉的通知》'
             '（陕汇发〔2022〕5号）')

# (runin or None, text, kind) kind: 'p' normal / 'item' hand-typed item
SX_NOTICE = [
    (None, '为贯彻落实党中央、国务院关于推进高水平对外开放、实施自由贸易试验区提升战略的决策部署，经国家外汇管理局同意，国家外汇管理局陕西省分局制定了《' + SX_ZY + '》，现印发给你们，请遵照执行。现将有关事项通知如下：', 'p'),
    ('一、抓好组织落实。', '各市分局要加强对辖内银行开展试点业务的指导，建立试点工作台账，及时协调解决试点中遇到的问题。', 'p'),
    ('二、做好政策衔接。', '各银行要做好新旧政策衔接，对本通知印发前已受理的业务，可以按照原规定办理完毕。', 'p'),
    ('三、强化监测报告。', '各银行要重点做好以下工作：', 'p'),
    (None, '（一）按月汇总试点业务办理情况，于每月10日前报送所在地外汇局；', 'item'),
    (None, '（二）对试点业务中发现的异常交易，及时向所在地外汇局报告，不得迟报、漏报。', 'item'),
    ('四、加强宣传培训。', '各银行要主动走访中欧班列（长安号）运营平台企业、跨境电子商务企业和综合保税区内企业，做好政策宣传解读，宣传培训开展情况请于2026年6月30日前报送国家外汇管理局陕西省分局。', 'p'),
    (None, '本指引自印发之日起施行。' + SX_REPEAL + '同时废止。', 'p'),
]

SX_GUIDE = [
    ('ch', '第一章　总　则'),
    ('art', '为贯彻落实国家外汇管理局关于跨境贸易投资高水平开放试点的部署要求，支持中国（陕西）自由贸易试验区（以下简称陕西自贸试验区）建设内陆改革开放高地，根据《中华人民共和国外汇管理条例》等有关规定，结合陕西实际，制定本指引。'),
    ('art', '本指引适用于在陕西自贸试验区中心片区、西安国际港务区片区、杨凌示范区片区（以下统称试点地区）内注册的企业，以及在陕西省内依法开展外汇业务的银行。'),
    ('art', '试点业务遵循以下原则：'),
    ('item', '坚持真实合规，交易应当具有真实、合法的交易基础；'),
    ('item', '坚持便利优先，对信用良好的市场主体给予更多便利；'),
    ('item', '坚持风险可控，强化事中事后监管，守住不发生系统性风险的底线。'),
    ('art', '国家外汇管理局陕西省分局（以下简称陕西省分局）负责试点业务的组织实施和监督管理。辖内各市分局按照职责分工，做好属地监管工作。'),
    ('ch', '第二章　贸易外汇收支便利化'),
    ('art', '银行可以为试点地区内符合条件的优质企业办理贸易外汇收支便利化业务。优质企业应当同时满足下列条件：'),
    ('item', '货物贸易外汇管理分类结果为A类；'),
    ('item', '近两年内无外汇违法违规记录；'),
    ('item', '具有良好的纳税信用和海关信用记录；'),
    ('item', '银行认定的其他条件。'),
    ('art', '银行为优质企业办理贸易外汇收支，可以凭企业提交的收付款指令直接办理；对于资金性质不明确的' + SOFT + '业务，银行应当要求企业提供相关交易单证。'),
    ('art', '中欧班列（长安号）运营平台企业及其合作的货运代理企业，因国际铁路联运产生的运费、仓储费等跨境收支，可以由平台企业统一对外结算。'),
    ('kuan', '平台企业应当建立运费结算台账，按照交易对手、班列车次等逐笔记录，并留存备查。'),
    ('art', '跨境电子商务综合试验区内的跨境电子商务企业，可以通过银行办理下列外汇业务：'),
    ('item', '出口货物退货引起的退汇；'),
    ('item', '境外仓储、物流、推广等费用与出口货款的轧差结算；'),
    ('item', '通过跨境电子商务平台收取的外汇资金集中结汇。'),
    ('art', '西安综合保税区、西安高新综合保税区等海关特殊监管区域内企业，可以按规定选择以人民币或者外币计价结算。'),
    ('art', '银行可以通过电子化方式审核贸易外汇收支单证，企业可以通过网上银行提交电子单证办理收付汇业务。'),
    ('art', '试点地区内企业支付境外机构或者个人的服务贸易项下费用，单笔等值5万美元以下的，银行原则上不审核交易单证。'),
    ('art', '企业货物贸易项下收付汇主体与进出口报关主体不一致，但具有真实贸易背景的，可以凭相关说明直接在银行办理。'),
    ('ch', '第三章　跨境投融资便利化'),
    ('art', '试点地区内高新技术企业和“专精特新”企业可以在不超过等值1000万美元的额度内自主借用外债。'),
    ('art', '外债登记、外债账户开立、外债资金汇兑等业务，由银行直接办理。'),
    ('art', '银行办理资本项目收入支付便利化业务，应当遵循下列要求：'),
    ('item', '对企业资金使用情况进行事后抽查；'),
    ('item', '抽查比例不低于当期业务笔数的百分之三；'),
    ('item', '发现异常情况及时向所在地外汇局报告。'),
    ('art', '外商投资企业境内股权转让，境外投资者支付的股权转让对价可以直接在银行办理汇入和结汇。'),
    ('art', '试点地区内开展合格境外有限合伙人（QFLP）试点的基金，其外汇登记由银行直接办理。'),
    ('kuan', 'QFLP基金投资试点地区内企业的，可以按照实际投资需求办理资金汇兑。'),
    ('art', '试点地区内符合条件的企业境外放款规模上限为其所有者权益的0.8倍。'),
    ('art', '杨凌示范区内从事农业科技合作的企业，因境外农业园区建设产生的境外直接投资前期费用，可以在等值500万美元额度内汇出。'),
    ('art', '境外机构投资者可以按规定以人民币或者外币参与试点地区内企业的股权投资。'),
    ('art', '境内企业境外上市募集资金调回境内的，可以直接在银行办理结汇和支付使用。'),
    ('ch', '第四章　试点银行管理'),
    ('art', '银行开办试点业务，应当符合下列条件：'),
    ('item', '执行外汇管理规定年度考核等级为B类及以上；'),
    ('item', '建立完善的试点业务内控制度；'),
    ('item', '具备相应的业务系统和专业人员。'),
    ('art', '银行应当在开办试点业务前向所在地外汇局报备，报备材料包括开办申请、内控制度、操作规程等。'),
    ('art', '银行应当按月向陕西省分局报送试点业务开展情况，并于每年1月31日前报送上一年度试点业务工作总结。'),
    ('art', '银行应当加强对试点业务人员的培训，确保相关人员熟练掌握试点政策和操作要求。'),
    ('ch', '第五章　监督管理'),
    ('art', '陕西省分局通过非现场监测、现场检查等方式，对银行和企业开展试点业务情况进行监督检查。'),
    ('art', '企业存在下列情形之一的，银行应当停止为其办理便利化业务：'),
    ('item', '货物贸易外汇管理分类结果调整为B类或者C类的；'),
    ('item', '因外汇违法违规行为受到行政处罚的；'),
    ('item', '被列入严重失信主体名单的。'),
    ('art', '银行、企业违反本指引的，由外汇局依法处理。'),
    ('ch', '第六章　附　则'),
    ('art', '本指引所称“以上”“以下”均含本数。本指引主要业务办理要点详见附表。'),
    ('art', '本指引由陕西省分局负责解释，自印发之日起施行。'),
]

SX_TABLE_HEAD = ['序号', '业务类型', '办理条件', '所需材料', '办理银行']
SX_TABLE = [
    ['1', '贸易外汇收支便利化', '货物贸易外汇管理分类结果为A类的优质企业', '收付款指令', '试点银行'],
    ['2', '中欧班列运费集中结算', '中欧班列（长安号）运营平台企业', '运费结算清单、结算台账', '试点银行'],
    ['3', '跨境电商外汇收支', '跨境电子商务综合试验区内企业', '跨境电子商务平台交易电子信息', '试点银行'],
    ['4', '外债便利化额度', '高新技术企业或者“专精特新”企业', '外债合同、营业执照', '试点银行'],
    ['5', 'QFLP外汇登记', '在试点地区内设立的QFLP基金', '登记申请表、基金设立文件', '基金托管银行'],
    ['6', '境外农业投资前期费用汇出', '杨凌示范区内从事农业科技合作的企业', '境外投资项目说明、前期费用使用计划', '企业注册地银行'],
]
SX_MERGE = (0, 3)   # rows 0..3 of 办理银行 merged (same value 试点银行)


def row_clause(head, row):
    return '；'.join('%s：%s' % (h, v) for h, v in zip(head, row))


# ---------------------------------------------------------------- builders
def guide_body(doc, blocks, style):
    """Write the 指引 articles; return the clause list as an analyst cites it."""
    clauses = []
    art = 0
    numid = None
    for kind, text in blocks:
        if kind == 'ch':
            if style == 'sx':
                para(doc)  # empty paragraph before chapter headings
            para(doc, [(text, HT, 16)], align=WD_ALIGN_PARAGRAPH.CENTER)
            numid = None
        elif kind == 'art':
            art += 1
            label = '第%s条' % cn_num(art)
            if style == 'sc':
                # bold 黑体 article number, full-width space, 仿宋 text
                para(doc, [(label, HT, 16, True), ('　' + text, FS, 16)], first=32)
            else:
                # article typed with two full-width spaces instead of an indent
                para(doc, [('　　' + label, HT, 16), ('　' + text, FS, 16)])
            clauses.append(clean(label + '　' + text))
            numid = None
        elif kind == 'kuan':
            if style == 'sc':
                para(doc, [(text, FS, 16)], first=32)
            else:
                para(doc, [('　　' + text, FS, 16)])
            clauses.append(clean(text))
        elif kind == 'item':
            if style == 'sc':
                para(doc, [(text, FS, 16)], first=32)
                clauses.append(clean(text))
            else:
                # Word automatic numbering （一）（二）, restarting for each article
                if numid is None:
                    numid = new_item_list(doc)
                    k = 0
                k += 1
                para(doc, [(text, FS, 16)], first=32, numid=numid)
                clauses.append('（%s）%s' % (cn_num(k), clean(text)))
    return clauses


def build_sichuan():
    doc = Document()
    page_setup(doc)
    # red header
    para(doc, spacing=None)
    para(doc, [('国家外汇管理局四川省分局文件', XBS, 30, False, RED)],
         align=WD_ALIGN_PARAGRAPH.CENTER, spacing=None)
    para(doc)
    para(doc)
    p = para(doc, [('川汇发〔2026〕8号', FS, 16)], align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, 'bottom', 'FF0000', 18)
    para(doc)
    # title broken over two paragraphs by hand
    para(doc, [('国家外汇管理局四川省分局关于印发《中国（四川）自由贸易试验区', XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    para(doc, [('跨境贸易投资高水平开放试点外汇管理业务指引》的通知', XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    para(doc)
    para(doc, [('，'.join(SC_RECIP[:2]) + '，' + '，'.join(SC_RECIP[2:]) + '：', FS, 16)])
    clauses = []
    for runin, text in SC_NOTICE:
        parts = []
        if runin:
            parts.append((runin, HT, 16))
        parts.append((text, FS, 16))
        para(doc, parts, first=32)
        clauses.append((runin or '') + text)
    para(doc)
    # 附件 list: hanging indent so that the wrapped line aligns after "附件："
    para(doc, [('附件：' + SC_ZY, FS, 16)], first=-48, left=80)
    para(doc)
    para(doc)
    para(doc)
    # 落款 aligned with typed full-width spaces
    para(doc, [('　' * 12 + '国家外汇管理局四川省分局', FS, 16)])
    para(doc, [('　' * 15 + '2026年2月10日', FS, 16)])
    para(doc)
    para(doc, [('（此件公开发布）', FS, 16)], first=32)

    notice = {
        'meta': {
            'title': SC_TITLE,
            'doc_number': '川汇发〔2026〕8号',
            'issuer': ['国家外汇管理局四川省分局'],
            'date': '2026-02-10',
            'published': None,
            'level': 'provincial',
            'region': '中国（四川）自由贸易试验区',
            'effective': '2026-02-10',
            'expires': None,
            'attachments': [SC_ZY],
            'doc_type': '通知',
            'recipients': SC_RECIP,
            'publicity': '此件公开发布',
            'repeals': None,
        },
        'clauses': clauses,
    }

    # attachment: the 指引
    para(doc, [('附件', HT, 16)], page_break_before=True)
    para(doc)
    para(doc, [('中国（四川）自由贸易试验区跨境贸易投资' + SOFT + '高水平开放试点外汇管理业务指引', XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    para(doc)
    gclauses = guide_body(doc, SC_GUIDE, 'sc')

    # 附表
    para(doc, [('附表', HT, 16)], page_break_before=True)
    para(doc, [(SC_FB, XBS, 18)], align=WD_ALIGN_PARAGRAPH.CENTER, spacing=32)
    para(doc)
    t = doc.add_table(rows=1 + len(SC_TABLE), cols=len(SC_TABLE_HEAD))
    t.style = 'Table Grid'
    for j, h in enumerate(SC_TABLE_HEAD):
        cell_text(t.rows[0].cells[j], h, HT, 12, WD_ALIGN_PARAGRAPH.CENTER)
    for i, row in enumerate(SC_TABLE):
        for j, v in enumerate(row):
            cell_text(t.rows[i + 1].cells[j], v)
        gclauses.append(row_clause(SC_TABLE_HEAD, row))
    widths = [Mm(32), Mm(48), Mm(46), Mm(30)]
    for r in t.rows:
        for j, c in enumerate(r.cells):
            c.width = widths[j]

    # 版记 at the very end (after the attachment)
    para(doc)
    para(doc)
    p = para(doc, [('抄送：国家外汇管理局经常项目管理司、资本项目管理司，中国（四川）自由贸易试验区工作办公室。', FS, 14)],
             left=14)
    border(p, 'top', '000000', 8)
    border(p, 'bottom', '000000', 4)
    p = para(doc, [('国家外汇管理局四川省分局办公室' + '　' * 4 + '2026年2月10日印发', FS, 14)], left=14)
    border(p, 'bottom', '000000', 8)

    guide = {
        'meta': {
            'title': SC_ZY,
            'doc_number': None,
            'issuer': ['国家外汇管理局四川省分局'],
            'date': '2026-02-10',
            'published': None,
            'level': 'provincial',
            'region': '中国（四川）自由贸易试验区',
            'effective': '2026-02-10',
            'expires': None,
            'attachments': [SC_FB],
            'doc_type': '指引',
            'recipients': [],
            'publicity': None,
            'repeals': None,
        },
        'clauses': gclauses,
    }
    return doc, [notice, guide]


def build_shaanxi():
    doc = Document()
    page_setup(doc)
    setup_item_numbering(doc)
    para(doc, spacing=None)
    para(doc, [('国家外汇管理局陕西省分局文件', XBS, 30, False, RED)],
         align=WD_ALIGN_PARAGRAPH.CENTER, spacing=None)
    para(doc)
    p = para(doc, [('陕汇发〔2026〕8号', FS, 16)], align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, 'bottom', 'FF0000', 12)
    para(doc)
    # one title paragraph, broken with a soft line break
    para(doc, [('国家外汇管理局陕西省分局关于印发《中国（陕西）自由贸易试验区跨境贸易' + SOFT
                + '投资高水平开放试点外汇管理业务指引》的通知', XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    para(doc)
    para(doc, [('，'.join(SX_RECIP) + '：', FS, 16)])
    clauses = []
    for runin, text, kind in SX_NOTICE:
        parts = []
        # body typed with two full-width spaces instead of a first-line indent
        if runin:
            parts.append(('　　' + runin, HT, 16, True))
            parts.append((text, FS, 16))
        else:
            parts.append(('　　' + text, FS, 16))
        para(doc, parts)
        clauses.append((runin or '') + text)
    para(doc)
    # 附件 line wrapped by hand: second half on its own paragraph, aligned with spaces
    para(doc, [('　　附件：中国（陕西）自由贸易试验区跨境贸易投资高水平', FS, 16)])
    para(doc, [('　　　　　开放试点外汇管理业务指引', FS, 16)])
    para(doc)
    para(doc)
    # 落款 in a borderless layout table
    t = doc.add_table(rows=1, cols=2)
    t.autofit = False
    left, right = t.rows[0].cells
    left.width, right.width = Mm(80), Mm(76)
    p = right.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(p, '国家外汇管理局陕西省分局', FS, 16)
    p = right.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(p, '2026年3月16日', FS, 16)

    notice = {
        'meta': {
            'title': SX_TITLE,
            'doc_number': '陕汇发〔2026〕8号',
            'issuer': ['国家外汇管理局陕西省分局'],
            'date': '2026-03-16',
            'published': None,
            'level': 'provincial',
            'region': '中国（陕西）自由贸易试验区',
            'effective': '2026-03-16',
            'expires': None,
            'attachments': [SX_ZY],
            'doc_type': '通知',
            'recipients': SX_RECIP,
            'publicity': None,
            'repeals': SX_REPEAL,
        },
        'clauses': clauses,
    }

    # the 指引 (new page typed with manual page break run)
    p = para(doc)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, [('附件', HT, 16)])
    para(doc)
    para(doc, [('中国（陕西）自由贸易试验区跨境贸易投资', XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    para(doc, [('高水平开放试点外汇管理业务指引', XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    gclauses = guide_body(doc, SX_GUIDE, 'sx')

    para(doc)
    para(doc, [('附表', HT, 16)])
    para(doc, [(SX_FB, XBS, 18)], align=WD_ALIGN_PARAGRAPH.CENTER, spacing=32)
    t = doc.add_table(rows=1 + len(SX_TABLE), cols=len(SX_TABLE_HEAD))
    t.style = 'Table Grid'
    for j, h in enumerate(SX_TABLE_HEAD):
        cell_text(t.rows[0].cells[j], h, HT, 12, WD_ALIGN_PARAGRAPH.CENTER)
    a, b = SX_MERGE
    bank_col = len(SX_TABLE_HEAD) - 1
    merged = t.cell(a + 1, bank_col).merge(t.cell(b + 1, bank_col))
    for i, row in enumerate(SX_TABLE):
        for j, v in enumerate(row):
            if j == bank_col and a < i <= b:
                continue  # covered by the merged cell
            if j == bank_col and i == a:
                cell_text(merged, v, align=WD_ALIGN_PARAGRAPH.CENTER)
                set_vcenter(merged)
                continue
            al = WD_ALIGN_PARAGRAPH.CENTER if j == 0 else WD_ALIGN_PARAGRAPH.LEFT
            cell_text(t.rows[i + 1].cells[j], v, align=al)
        gclauses.append(row_clause(SX_TABLE_HEAD, row))
    widths = [Mm(12), Mm(32), Mm(44), Mm(42), Mm(26)]
    for r in t.rows:
        for j, c in enumerate(r.cells):
            c.width = widths[j]

    para(doc)
    para(doc)
    p = para(doc, [('抄送：国家外汇管理局经常项目管理司、资本项目管理司，陕西省商务厅，中国（陕西）自由贸易试验区工作办公室。', FS, 14)],
             left=14)
    border(p, 'top', '000000', 8)
    border(p, 'bottom', '000000', 4)
    p = para(doc, [('国家外汇管理局陕西省分局办公室' + '　' * 4 + '2026年3月16日印发', FS, 14)], left=14)
    border(p, 'bottom', '000000', 8)

    guide = {
        'meta': {
            'title': SX_ZY,
            'doc_number': None,
            'issuer': ['国家外汇管理局陕西省分局'],
            'date': '2026-03-16',
            'published': None,
            'level': 'provincial',
            'region': '中国（陕西）自由贸易试验区',
            'effective': '2026-03-16',
            'expires': None,
            'attachments': [SX_FB],
            'doc_type': '指引',
            'recipients': [],
            'publicity': None,
            'repeals': None,
        },
        'clauses': gclauses,
    }
    return doc, [notice, guide]


def main():
    expected = {}
    for stem, builder in (('blind690_sichuan_tongzhi', build_sichuan),
                          ('blind690_shaanxi_tongzhi', build_shaanxi)):
        doc, objs = builder()
        path = os.path.join(HERE, stem + '.docx')
        doc.save(path)
        expected[stem] = objs
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_690', '--headless',
                        '--convert-to', 'pdf', '--outdir', HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
