# ruff: noqa
#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Round 238 blind test files: 惠企政策汇编 made by 片区 / 开发区 offices.

Writes, next to this script:
  blind238_xian_huibian.docx / .pdf   Word 汇编 with a real TOC field (西安国际港务区片区)
  blind238_nanjing_huibian.xlsx       Excel 汇编 (南京江北新区), 政策清单 + one sheet per policy
  blind238_zhengzhou_huibian.txt      plain-text 汇编 copied out of Word by a clerk (郑州经开区)
  expected.json                       the answer key
Run:  . /work/venv/bin/activate && python make_blind238.py
"""
import json
import os
import re
import subprocess

import pdfplumber
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
PFX = "blind238"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
TNR = "Times New Roman"

# ---------------------------------------------------------------------------
# Content.  Block kinds:
#   pre   : unlabelled paragraph of content (clause)
#   h     : 一、 heading alone on its line (Heading 2 in Word; not a clause)
#   sub   : （七） heading alone on its line (楷体; not a clause)
#   run   : run-in heading + text (clause = head + rest)
#   item  : 1. / （1） item (clause)
#   table : caption, header, rows (each row a clause "列名：值；…")
#   bullet: bullet item (clause, bullet sign not part of the text)
#   para  : labelled content paragraph like “适用对象：…” (clause)
#   note  : non-clause line (e.g. where the full text is published)
#   attach: 附件说明 (not a clause)
#   contact: standalone 咨询电话 line (not a clause)
# Optional last element of a block: list of narrower places where the rule applies.
# ---------------------------------------------------------------------------

XIAN_ZONE = "西安国际港务区"
XIAN_ISSUER = "西安国际港务区管理委员会"

XIAN = [
    {
        "key": "x1",
        "title": "西安国际港务区关于支持中欧班列（西安）集结中心高质量发展的若干措施",
        "title_lines": ["西安国际港务区关于支持中欧班列", "（西安）集结中心高质量发展的若干措施"],
        "issued": "（西安国际港务区管委会2024年6月印发）",
        "blocks": [
            ("pre", "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，全面落实中欧班列（西安）集结中心建设方案，进一步提升中欧班列长安号开行质量和效益，推动港务区打造内陆地区效率高、成本低、服务优的国际贸易大通道，结合港务区实际，制定以下措施。"),
            ("h", "一、支持班列扩线增量"),
            ("run", "（一）支持开辟新线路。", "对在港务区注册的班列运营企业新开辟至共建“一带一路”国家的国际班列线路，当年开行不少于12列的，给予一次性奖励50万元；当年开行不少于24列的，奖励100万元。经霍尔果斯、阿拉山口、二连浩特口岸出境的线路均可申报。"),
            ("run", "（二）支持提升回程质量。", "对回程班列年度平均重箱率达到85%以上的运营企业，按回程重箱数量给予每标准箱200元奖励，单个企业年度奖励最高300万元。"),
            ("run", "（三）支持开行定制班列。", "对区内外贸企业包列开行的中欧班列、中亚班列，每列给予包列企业2万元奖励，单个企业年度奖励最高100万元。"),
            ("h", "二、增强集结辐射能力"),
            ("run", "（四）支持“+西欧”集结线路。", "对利用长安号干线经西安集结后通达杜伊斯堡、汉堡、布达佩斯、马拉舍维奇等节点城市的集结货物，按集结箱量给予货主企业每标准箱300元补贴，单个企业年度补贴最高150万元。"),
            ("run", "（五）支持多式联运发展。", "对开展“中欧班列+海铁联运”“中欧班列+公路”“中欧班列+航空”等多式联运业务，年度多式联运箱量超过2000标准箱的物流企业，给予一次性奖励30万元；超过5000标准箱的，奖励80万元。"),
            ("run", "（六）支持班列进口商品分拨。", "对在西安综合保税区内设立进口商品区域分拨中心、年度分拨货值超过5亿元的企业，给予一次性奖励100万元，并在仓储用地、用房方面优先予以保障。", ["西安综合保税区"]),
            ("h", "三、培育枢纽经济产业"),
            ("sub", "（七）支持贸易主体集聚"),
            ("item", "1.对新引进落户港务区、年度利用中欧班列进出口额首次超过1亿元的贸易企业，给予一次性落户奖励50万元。"),
            ("item", "2.对年度利用中欧班列进出口额同比增长20%以上且增量超过5000万元的贸易企业，按增量部分的0.5%给予奖励，单个企业最高200万元。"),
            ("item", "3.对利用中欧班列开展平行进口汽车业务且年度进口整车超过300辆的企业，每辆给予1000元奖励。"),
            ("run", "（八）支持班列金融创新。", "鼓励银行业金融机构开展基于中欧班列铁路运单的贸易融资业务。对区内企业以铁路运单办理融资的，按实际融资额年化1%给予贴息，单个企业年度贴息最高50万元。"),
            ("h", "四、附则"),
            ("run", "（九）", "本措施所需奖励资金由港务区财政统筹安排。同一企业同一事项符合港务区其他同类政策的，按照“从高、不重复”原则予以支持。"),
            ("run", "（十）", "本措施自2024年7月1日起施行，有效期至2026年12月31日，由港务区商务和物流局负责解释。"),
        ],
        "sign": (XIAN_ISSUER, "2024年6月12日"),
        "meta": {"doc_number": None, "issuer": [XIAN_ISSUER], "date": "2024-06-12", "published": None,
                 "effective": "2024-07-01", "expires": "2026-12-31", "attachments": [], "doc_type": "措施",
                 "repeals": None},
    },
    {
        "key": "x2",
        "title": "西安国际港务区促进跨境电子商务高质量发展的若干政策",
        "title_lines": ["西安国际港务区促进跨境电子商务", "高质量发展的若干政策"],
        "issued": "（西安国际港务区管委会2024年6月印发）",
        "blocks": [
            ("pre", "为加快中国（西安）跨境电子商务综合试验区核心区建设，推动跨境电商与中欧班列、综合保税区联动发展，培育外贸新业态新模式，结合港务区实际，制定本政策。"),
            ("h", "一、培育跨境电商经营主体"),
            ("run", "（一）支持跨境电商企业做大规模。", "对在港务区注册、年度跨境电商进出口额达到相应规模的企业，按下表标准给予一次性奖励（同一企业同一年度按最高档次奖励，进口、出口可分别申报）："),
            ("table", "表1　跨境电商企业年度进出口额奖励标准",
             ["业务类别", "年度进出口额", "奖励金额"],
             [["跨境电商进口（1210、9610模式）", "1000万元（含）至5000万元", "20万元"],
              ["跨境电商进口（1210、9610模式）", "5000万元（含）以上", "50万元"],
              ["跨境电商出口（9610、9710、9810模式）", "500万元（含）至3000万元", "15万元"],
              ["跨境电商出口（9610、9710、9810模式）", "3000万元（含）至1亿元", "40万元"],
              ["跨境电商出口（9610、9710、9810模式）", "1亿元（含）以上", "100万元"]]),
            ("run", "（二）支持跨境电商平台建设。", "对在港务区新建跨境电商交易平台、年度平台交易额超过5亿元的平台企业，给予一次性奖励100万元；入驻平台的区内商户超过200家的，再给予20万元奖励。"),
            ("run", "（三）支持传统外贸企业转型。", "对首次开展跨境电商业务的传统外贸企业和生产企业，年度跨境电商出口额超过300万元的，给予一次性奖励10万元。"),
            ("h", "二、完善跨境电商配套体系"),
            ("run", "（四）支持海外仓建设。", "对区内企业在共建“一带一路”国家自建或租赁海外仓，单仓使用面积超过2000平方米且运营满一年的，按实际投资额或年度租金的10%给予补助，单个企业最高100万元。"),
            ("run", "（五）支持跨境电商物流。", "对通过中欧班列长安号运输跨境电商出口货物的企业，按实际运量给予每标准箱500元运费补贴；开行跨境电商专列的，每列再奖励5万元。"),
            ("run", "（六）支持产业园区建设。", "对入驻陆港跨境电商产业园的跨境电商企业，前两年免收办公用房租金，第三年租金减半；对产业园运营主体，按年度新引进企业数量给予每家2万元运营奖励，年度最高100万元。", ["陆港跨境电商产业园"]),
            ("run", "（七）支持“跨境电商+保税”业务。", "对在西安综合保税区内开展跨境电商保税备货（1210）进出口业务的企业，按年度进出口额的0.3%给予奖励，单个企业最高150万元。", ["西安综合保税区"]),
            ("h", "三、强化人才和服务保障"),
            ("sub", "（八）加强人才培育"),
            ("item", "1.对区内跨境电商企业与高校共建实训基地、年度培训学员超过300人次的，给予实训基地一次性补助20万元。"),
            ("item", "2.对区内跨境电商企业引进的年薪30万元以上的运营、营销人才，按其年度个人所得税港务区留成部分的80%给予奖励，连续奖励三年。"),
            ("run", "（九）优化通关服务。", "依托国际贸易“单一窗口”和跨境电商公共服务平台，推行跨境电商“清单核放、汇总申报”和退货中心仓模式，为企业提供7×24小时预约通关服务。"),
            ("h", "四、附则"),
            ("run", "（十）", "本政策自印发之日起施行，有效期3年。《西安国际港务区促进跨境电子商务发展的若干政策》（西港管发〔2021〕35号）同时废止。"),
            ("attach", "附件：西安国际港务区跨境电商企业奖补申报指南（略）"),
        ],
        "sign": (XIAN_ISSUER, "2024年6月20日"),
        "meta": {"doc_number": None, "issuer": [XIAN_ISSUER], "date": "2024-06-20", "published": None,
                 "effective": "2024-06-20", "expires": "2027-06-19",
                 "attachments": ["西安国际港务区跨境电商企业奖补申报指南"], "doc_type": "政策",
                 "repeals": "《西安国际港务区促进跨境电子商务发展的若干政策》（西港管发〔2021〕35号）"},
    },
    {
        "key": "x3",
        "title": "西安国际港务区支持外贸企业稳规模优结构若干措施（政策要点）",
        "title_lines": ["西安国际港务区支持外贸企业", "稳规模优结构若干措施", "（政策要点）"],
        "issued": "（西安国际港务区管委会2024年5月印发）",
        "blocks": [
            ("pre", "为帮助区内外贸企业稳订单、拓市场，港务区出台《西安国际港务区支持外贸企业稳规模优结构若干措施》，共12条，现将政策要点摘编如下："),
            ("bullet", "进出口规模奖励：年度进出口额超过5000万元且同比增长10%以上的企业，按增量部分每1美元奖励0.01元，单个企业最高100万元。"),
            ("bullet", "开拓国际市场：企业参加境外展会的，按展位费的70%给予补贴；参加共建“一带一路”国家展会的，补贴比例提高至80%，单个企业年度最高50万元。"),
            ("bullet", "出口信用保险：企业投保短期出口信用保险的，按实缴保费的50%给予补贴，单个企业年度最高30万元。"),
            ("bullet", "外贸综合服务：为区内中小外贸企业提供通关、退税、结汇等服务的外贸综合服务企业，按服务企业进出口额的0.2%给予奖励，最高50万元。"),
            ("bullet", "贸易便利化：首次通过海关AEO高级认证的企业，一次性奖励20万元。"),
            ("bullet", "人民币跨境结算：以人民币结算的货物贸易，按结算金额的0.1%给予奖励，单个企业最高20万元。"),
            ("para", "适用对象：在港务区注册登记、具有独立法人资格、纳入商务部门外贸统计的企业。"),
            ("para", "兑现方式：每年一季度集中申报，企业通过“港务区惠企政策服务平台”在线提交材料，经审核、公示后拨付资金。\n咨询电话：029-83366052（港务区商务和物流局外贸科）"),
            ("note", "（政策全文详见港务区管委会门户网站，2024年5月28日发布）"),
        ],
        "sign": None,
        "meta": {"doc_number": None, "issuer": [XIAN_ISSUER], "date": None, "published": "2024-05-28",
                 "effective": None, "expires": None, "attachments": [], "doc_type": "政策要点",
                 "repeals": None},
    },
    {
        "key": "x4",
        "title": "西安国际港务区支持企业深度参与共建“一带一路”国际产能合作的若干措施",
        "title_lines": ["西安国际港务区支持企业深度参与共建", "“一带一路”国际产能合作的若干措施"],
        "issued": "（西安国际港务区管委会2024年6月印发）",
        "blocks": [
            ("pre", "为支持区内企业深度参与共建“一带一路”国际产能合作，统筹利用国内国际两个市场、两种资源，提升企业跨国经营能力，结合港务区实际，制定本措施。"),
            ("h", "一、支持企业“走出去”"),
            ("sub", "（一）支持境外投资"),
            ("item", "1.对区内企业在共建“一带一路”国家新设境外企业或开展并购，中方实际投资额达到500万美元以上的，按中方实际投资额的1%给予奖励，单个项目最高200万元。"),
            ("item", "2.对区内企业在共建“一带一路”国家牵头建设境外经贸合作区并通过考核确认的，给予一次性奖励："),
            ("item", "（1）通过国家级境外经贸合作区考核确认的，奖励300万元；"),
            ("item", "（2）通过省级境外经贸合作区考核确认的，奖励100万元。"),
            ("run", "（二）支持对外承包工程。", "对区内企业在共建“一带一路”国家承揽对外承包工程项目，年度完成营业额超过1000万美元的，按完成营业额的0.5%给予奖励，单个企业最高100万元。"),
            ("run", "（三）支持境外风险防范。", "对企业投保海外投资保险的，按实缴保费的50%给予补贴，单个企业年度最高50万元。"),
            ("h", "二、完善国际产能合作服务体系"),
            ("run", "（四）支持综合服务平台建设。", "对在港务区设立、为企业提供法律、金融、咨询等跨境综合服务的专业服务机构，经认定后给予每家30万元开办补助。"),
            ("run", "（五）支持涉外法律服务。", "对区内企业因境外投资产生的涉外法律、仲裁费用，按实际发生额的30%给予补贴，单个企业年度最高20万元。"),
            ("run", "（六）支持中国—中亚合作项目对接。", "对在港务区举办的面向中亚国家的产能合作对接会、推介会，参会境外企业超过30家的，按实际发生费用的50%给予主办单位补助，单场最高50万元。"),
            ("h", "三、附则"),
            ("run", "（七）", "本措施所称共建“一带一路”国家，以国家有关部门公布的名单为准。"),
            ("run", "（八）", "本措施自印发之日起施行，有效期至2027年6月30日。"),
        ],
        "sign": (XIAN_ISSUER, "2024年6月26日"),
        "meta": {"doc_number": None, "issuer": [XIAN_ISSUER], "date": "2024-06-26", "published": None,
                 "effective": "2024-06-26", "expires": "2027-06-30", "attachments": [], "doc_type": "措施",
                 "repeals": None},
    },
]
# order in the 汇编: the 政策要点 sits in the middle on purpose
XIAN_ORDER = ["x1", "x2", "x3", "x4"]

# ----------------------------- 南京江北新区 (Excel) -----------------------------
NJ_ZONE = "南京江北新区"
NJ_GWH = "南京江北新区管理委员会"
NJ_PQ = "中国（江苏）自由贸易试验区南京片区管理委员会"
NJ_DGW = "中共南京江北新区工作委员会"

NANJING = [
    {
        "sheet": "跨境电商政策",
        "title": "南京江北新区关于促进跨境电子商务高质量发展的若干政策",
        "doc_number": "宁新区管发〔2024〕8号",
        "issuer_text": NJ_GWH,
        "pub_text": "2024年3月22日",
        "list": {"主要内容": "对跨境电商企业落户、规模增长、零售进口药品试点、产业园入驻、海外仓、物流通道、品牌人才和金融服务给予奖补，共10条。",
                 "适用对象": "在江北新区注册登记的跨境电商企业、平台企业和海外仓运营企业",
                 "兑现方式": "依申请；每年二季度集中受理", "联系电话": "025-58390126"},
        "layout": "chapter",
        "rows": [
            ("", "为加快中国（南京）跨境电子商务综合试验区江北新区核心区建设，推动跨境电商产业集聚发展，助力新区打造开放型经济新高地，制定本政策。"),
            ("一、培育跨境电商市场主体", "（一）支持企业落户发展。对新注册落户新区、年度跨境电商进出口额首次超过1000万美元的企业，给予一次性奖励50万元；首次超过5000万美元的，奖励150万元。"),
            ("一、培育跨境电商市场主体", "（二）支持企业做大做强。对年度跨境电商进出口额超过2000万美元且同比增长15%以上的企业，按增量部分每美元0.02元给予奖励，单个企业年度最高200万元。"),
            ("一、培育跨境电商市场主体", "（三）支持开展跨境电商零售进口药品试点。对在自贸试验区南京片区内开展跨境电商零售进口药品和医疗器械试点业务的企业，按年度进口额的1%给予奖励，单个企业最高100万元。", ["自贸试验区南京片区"]),
            ("二、完善跨境电商产业生态", "（四）支持产业园区集聚发展。对入驻南京江北新区跨境电商产业园的企业，三年内按实际租金的50%给予房租补贴，每年最高30万元。", ["南京江北新区跨境电商产业园"]),
            ("二、完善跨境电商产业生态", "（五）支持海外仓布局。对企业在共建“一带一路”国家和RCEP成员国建设海外仓，面积超过3000平方米的，按实际投资额的15%给予一次性补助，最高200万元。"),
            ("二、完善跨境电商产业生态", "（六）支持物流通道建设。对经中欧班列（南京）、南京禄口国际机场国际货运航线运输跨境电商货物的企业，按实际运费的20%给予补贴，单个企业年度最高100万元。"),
            ("三、强化要素保障", "（七）支持品牌和人才培育。对获得商务部门认定的跨境电商品牌企业给予一次性奖励20万元；对企业引进的跨境电商高层次人才，按新区人才政策给予安居和生活补贴。"),
            ("三、强化要素保障", "（八）优化金融服务。鼓励金融机构为跨境电商企业提供出口信用保险保单融资、海外仓融资等产品，对企业获得的上述贷款按同期LPR的50%给予贴息，单个企业年度最高50万元。"),
            ("四、附则", "（九）本政策由新区商务局会同财政局负责解释。符合新区其他同类政策的，按照“就高不重复”原则执行。"),
            ("四、附则", "（十）本政策自2024年4月1日起施行，有效期至2026年12月31日。《南京江北新区支持跨境电子商务发展的若干措施》（宁新区管发〔2021〕26号）同时废止。"),
        ],
        "sign": ([NJ_GWH], "2024年3月18日"),
        "meta": {"doc_number": "宁新区管发〔2024〕8号", "issuer": [NJ_GWH], "date": "2024-03-18",
                 "published": "2024-03-22", "level": "zone", "region": NJ_ZONE,
                 "effective": "2024-04-01", "expires": "2026-12-31", "attachments": [], "doc_type": "政策",
                 "repeals": "《南京江北新区支持跨境电子商务发展的若干措施》（宁新区管发〔2021〕26号）"},
    },
    {
        "sheet": "服务贸易措施",
        "title": "中国（江苏）自由贸易试验区南京片区关于促进服务贸易和数字贸易创新发展的若干措施",
        "doc_number": "宁新区管发〔2023〕56号",
        "issuer_text": NJ_GWH + "、" + NJ_PQ,
        "pub_text": "2023年12月5日",
        "list": {"主要内容": "支持服务贸易规模增长、数字贸易平台、研发设计外包、生物医药研发用物品进口、数据出境评估、境外展会、技术进口和人才服务，共12条。",
                 "适用对象": "在南京片区注册、从事服务贸易或数字贸易的企业和机构",
                 "兑现方式": "依申请；部分条款免申即享", "联系电话": "025-58390217"},
        "layout": "article",
        "rows": [
            ("第一条", "为深入实施自由贸易试验区提升战略，推动南京片区服务贸易和数字贸易创新发展，结合片区实际，制定本措施。"),
            ("第二条", "本措施适用于在南京片区内依法登记注册、具有独立法人资格、从事服务贸易或数字贸易的企业和机构。"),
            ("第三条", "支持服务贸易企业扩大规模。对年度服务贸易进出口额超过500万美元的企业，按以下标准给予奖励：\n（一）500万美元（含）至2000万美元的，奖励20万元；\n（二）2000万美元（含）至5000万美元的，奖励50万元；\n（三）5000万美元（含）以上的，奖励100万元。"),
            ("第四条", "支持数字贸易平台发展。对片区内年度交易额超过10亿元的数字贸易平台企业，给予一次性奖励200万元。"),
            ("第五条", "支持研发设计服务外包。对承接离岸研发设计服务外包、年度执行额超过100万美元的企业，按执行额每美元0.1元给予奖励，单个企业最高100万元。"),
            ("第六条", "支持生物医药研发服务。对南京生物医药谷内企业开展跨境研发用物品进口、年度进口额超过500万元的，按进口额的2%给予奖励，单个企业最高80万元。", ["南京生物医药谷"]),
            ("第七条", "支持数据跨境流动试点。支持企业在依法合规前提下开展数据出境安全评估和个人信息出境标准合同备案，对首次通过数据出境安全评估的企业，给予一次性奖励20万元。"),
            ("第八条", "支持服务贸易国际市场开拓。对企业参加共建“一带一路”国家举办的服务贸易类展会，按展位费的80%给予补贴，单个企业年度最高30万元。"),
            ("第九条", "支持技术贸易。对企业从共建“一带一路”国家引进先进技术，技术进口合同登记金额超过100万美元的，按合同金额的2%给予补贴，单个企业最高50万元。"),
            ("第十条", "支持专业人才集聚。对服务贸易企业新引进的境外高端人才，在工作许可、居留便利、子女入学等方面提供“一站式”服务。"),
            ("第十一条", "本措施由南京片区管委会（新区商务局）负责解释。"),
            ("第十二条", "本措施自2024年1月1日起施行，有效期至2025年12月31日。"),
        ],
        "sign": ([NJ_GWH, NJ_PQ], "2023年11月28日"),
        "meta": {"doc_number": "宁新区管发〔2023〕56号", "issuer": [NJ_GWH, NJ_PQ], "date": "2023-11-28",
                 "published": "2023-12-05", "level": "zone", "region": "中国（江苏）自由贸易试验区南京片区",
                 "effective": "2024-01-01", "expires": "2025-12-31", "attachments": [], "doc_type": "措施",
                 "repeals": None},
    },
    {
        "sheet": "一带一路实施意见",
        "title": "关于深度融入共建“一带一路”推动高水平对外开放的实施意见",
        "doc_number": "宁新区工发〔2024〕5号",
        "issuer_text": NJ_DGW + "、" + NJ_GWH,
        "pub_text": "2024年2月20日",
        "list": {"主要内容": "明确到2026年发展目标，部署物流通道、经贸合作、科技人文交流、制度型开放、金融支撑等重点任务及保障措施。",
                 "适用对象": "新区各部门、各街道，区内各有关企业",
                 "兑现方式": "按各专项政策兑现", "联系电话": "025-58390088"},
        "layout": "chapter",
        "rows": [
            ("", "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署和省委、省政府工作要求，进一步发挥新区国家级新区和自贸试验区“双区”叠加优势，深度融入共建“一带一路”，现提出如下实施意见。"),
            ("一、总体要求", "（一）发展目标。到2026年，新区与共建“一带一路”国家进出口额年均增长10%以上，累计对共建“一带一路”国家投资超过20亿美元，培育具有国际竞争力的跨国经营企业30家以上，基本建成长江经济带对外开放重要门户。"),
            ("二、重点任务", "（二）畅通国际物流通道。加密中欧班列（南京）江北集结线路，推动南京港西坝港区开通至东盟国家的近洋航线，发展江海联运、铁海联运，提升国际物流服务能力。"),
            ("二、重点任务", "（三）拓展经贸合作。支持企业在共建“一带一路”国家设立营销中心、展示中心和海外仓，鼓励企业参与境外经贸合作区建设，扩大先进技术、关键零部件和优质消费品进口。"),
            ("二、重点任务", "（四）深化科技人文交流。支持在江北新区研创园建设“一带一路”国际技术转移中心，对在研创园内新设立的国际技术转移机构，经认定给予最高100万元的开办补助。", ["江北新区研创园"]),
            ("二、重点任务", "（五）推进制度型开放。发挥自贸试验区南京片区制度创新优势，在片区内率先开展国际商事纠纷多元化解、跨境数据流动便利化等改革试点，形成一批可复制推广的制度创新成果。", ["自贸试验区南京片区"]),
            ("二、重点任务", "（六）强化金融支撑。支持区内银行机构开展跨境人民币结算、境外投资外汇登记便利化业务，扩大“一带一路”跨境融资规模。"),
            ("三、保障措施", "（七）加强组织领导。新区成立深度融入共建“一带一路”工作专班，由新区党工委、管委会主要负责同志任组长，统筹推进各项任务落实。"),
            ("三、保障措施", "（八）加大政策支持。新区每年安排不少于2亿元的开放型经济发展专项资金，用于支持本意见确定的重点任务。"),
            ("三、保障措施", "（九）强化督查评估。新区经济发展局会同相关部门建立任务清单和年度评估机制，每年对实施情况进行评估。"),
        ],
        "sign": ([NJ_DGW, NJ_GWH], "2024年2月6日"),
        "meta": {"doc_number": "宁新区工发〔2024〕5号", "issuer": [NJ_DGW, NJ_GWH], "date": "2024-02-06",
                 "published": "2024-02-20", "level": "zone", "region": NJ_ZONE,
                 "effective": None, "expires": None, "attachments": [], "doc_type": "意见",
                 "repeals": None},
    },
]

# ----------------------------- 郑州经开区 (txt) -----------------------------
ZZ_ZONE = "郑州经济技术开发区"
ZZ_ISSUER = "郑州经济技术开发区管理委员会"

ZHENGZHOU = [
    {
        "title": "郑州经济技术开发区关于支持跨境电子商务和海外仓发展的若干措施",
        "issued": "（郑州经济技术开发区管理委员会2024年1月印发）",
        "blocks": [
            ("pre", "为抢抓中国（郑州）跨境电子商务综合试验区和河南自贸试验区郑州片区建设机遇，推动经开区跨境电商和海外仓高质量发展，结合我区实际，制定如下措施。"),
            ("h", "一、培育跨境电商经营主体"),
            ("run", "（一）支持企业落户。", "对新落户经开区、年度跨境电商交易额首次超过5000万元的企业，给予一次性奖励30万元；首次超过1亿元的，奖励80万元。"),
            ("run", "（二）支持规模增长。", "对年度跨境电商交易额超过1亿元且同比增长20%以上的企业，按增量部分的0.5%给予奖励，单个企业最高150万元。"),
            ("run", "（三）支持保税进口业务。", "对在郑州经开综合保税区内开展跨境电商网购保税进口（1210）业务的企业，按年度进口单量给予每单0.3元奖励，单个企业最高100万元。", ["郑州经开综合保税区"]),
            ("h", "二、支持海外仓建设运营"),
            ("sub", "（四）支持海外仓建设"),
            ("item", "1.对企业在共建“一带一路”国家新建或租赁海外仓，仓储面积超过5000平方米的，按实际投资额的10%给予补助，单个海外仓最高100万元。"),
            ("item", "2.对被认定为省级公共海外仓的，给予一次性奖励50万元；被认定为国家级示范海外仓的，奖励100万元。"),
            ("run", "（五）支持海外仓智能化改造。", "对海外仓运营企业购置智能分拣、仓储管理系统等软硬件设施的，按实际投资额的20%给予补助，最高50万元。"),
            ("h", "三、强化物流和服务保障"),
            ("run", "（六）支持跨境物流通道。", "对通过郑州—卢森堡“空中丝绸之路”航线和中欧班列（中豫号）运输跨境电商货物的企业，按实际运费的15%给予补贴，单个企业年度最高80万元。"),
            ("run", "（七）提升通关便利化水平。", "推动经开区跨境电商监管中心实行7×24小时通关作业，推广跨境电商出口海外仓（9810）和企业对企业出口（9710）“一次登记、一点对接”模式。"),
            ("h", "四、附则"),
            ("run", "（八）", "本措施自2024年2月1日起施行，有效期至2026年1月31日。"),
        ],
        "sign": (ZZ_ISSUER, "2024年1月15日"),
        "meta": {"doc_number": None, "issuer": [ZZ_ISSUER], "date": "2024-01-15", "published": None,
                 "effective": "2024-02-01", "expires": "2026-01-31", "attachments": [], "doc_type": "措施",
                 "repeals": None},
    },
    {
        "title": "郑州经济技术开发区“一带一路”国际物流枢纽建设奖励办法",
        "issued": "（郑州经济技术开发区管理委员会2024年3月印发）",
        "blocks": [
            ("art", ["第一条　为加快郑州国际陆港建设，打造“一带一路”国际物流枢纽，推动经开区枢纽经济高质量发展，根据国家和省、市有关规定，结合经开区实际，制定本办法。"]),
            ("art", ["第二条　本办法适用于在经开区依法注册登记、从事国际物流、多式联运及相关服务的企业。"]),
            ("art", ["第三条　支持国际班列开行。对在经开区注册的班列运营企业，按以下标准给予奖励：",
                     "（一）新开通至共建“一带一路”国家的班列线路，年度开行不少于20列的，给予一次性奖励60万元；",
                     "（二）年度回程班列开行量占比超过45%的，按回程班列数量每列给予1万元奖励；",
                     "（三）单个企业年度奖励最高不超过500万元。"]),
            ("art", ["第四条　支持多式联运示范。对获批国家多式联运示范工程的项目，给予牵头企业一次性奖励200万元；获批省级示范工程的，奖励50万元。"]),
            ("art", ["第五条　支持保税物流发展。对在郑州经开综合保税区内开展保税仓储、国际中转集拼业务，年度业务量超过1万标准箱的企业，给予一次性奖励50万元。"], ["郑州经开综合保税区"]),
            ("art", ["第六条　支持物流企业总部集聚。对新引进的国际物流企业区域总部，实缴注册资本超过5000万元的，按实缴注册资本的2%给予落户奖励，最高300万元。",
                     "对物流企业总部新购置自用办公用房的，按购房价款的10%给予补助，最高200万元。"]),
            ("art", ["第七条　申请本办法奖励的企业，应于每年3月31日前向经开区物流发展局提交申请材料，经审核、公示后拨付资金。"]),
            ("art", ["第八条　企业通过虚报、冒领等方式骗取奖励资金的，由经开区追回已拨付资金，并依法依规追究相关责任。"]),
            ("art", ["第九条　本办法由经开区物流发展局负责解释，自2024年4月1日起施行，有效期三年。"]),
        ],
        "sign": (ZZ_ISSUER, "2024年3月20日"),
        "meta": {"doc_number": None, "issuer": [ZZ_ISSUER], "date": "2024-03-20", "published": None,
                 "effective": "2024-04-01", "expires": "2027-03-31", "attachments": [], "doc_type": "办法",
                 "repeals": None},
    },
    {
        "title": "郑州经济技术开发区促进外贸稳增长政策要点",
        "issued": "（郑州经济技术开发区管理委员会2024年4月印发）",
        "blocks": [
            ("pre", "为帮助企业及时了解、用足用好外贸支持政策，现将《郑州经济技术开发区促进外贸稳增长若干措施》主要内容摘要如下："),
            ("bullet", "外贸增量奖励：对年度进出口额超过1000万美元且同比增长10%以上的企业，按增量部分每美元0.02元给予奖励，单个企业最高100万元。"),
            ("bullet", "境外展会补贴：企业参加境外展会的，按展位费的60%给予补贴；参加共建“一带一路”国家重点展会的，按展位费的80%给予补贴，单个企业年度最高40万元。"),
            ("bullet", "出口信保支持：企业投保短期出口信用保险的，按实缴保费的40%给予补贴，单个企业年度最高30万元。"),
            ("bullet", "综保区加工贸易：对在郑州经开综合保税区内新开展保税加工业务、年度加工贸易进出口额超过5000万美元的企业，给予一次性奖励50万元。", ["郑州经开综合保税区"]),
            ("bullet", "外贸新业态：对开展市场采购贸易、保税维修等新业态业务的企业，按年度业务额的0.2%给予奖励，单个企业最高50万元。"),
            ("para", "适用对象：在经开区依法注册、具有独立法人资格、进出口额纳入经开区统计的外贸企业。"),
            ("para", "申报方式：企业通过经开区惠企政策直达平台在线申报，符合“免申即享”条件的由经开区商务局直接兑付。"),
            ("contact", "咨询电话：0371-66783120（经开区商务局对外贸易科）"),
        ],
        "sign": None,
        "meta": {"doc_number": None, "issuer": [ZZ_ISSUER], "date": None, "published": None,
                 "effective": None, "expires": None, "attachments": [], "doc_type": "政策要点",
                 "repeals": None},
    },
]


# ---------------------------------------------------------------------------
# expected.json helpers
# ---------------------------------------------------------------------------
def clauses_from_blocks(blocks):
    clauses, specific = [], {}
    for b in blocks:
        kind = b[0]
        places = b[-1] if isinstance(b[-1], list) and kind not in ("art",) else None
        if kind == "art":
            text = "\n".join(b[1])
            places = b[2] if len(b) > 2 else None
            clauses.append(text)
        elif kind in ("pre", "item", "bullet", "para"):
            text = b[1]
            clauses.append(text)
        elif kind == "run":
            text = b[1] + b[2]
            clauses.append(text)
        elif kind == "table":
            header, rows = b[2], b[3]
            for r in rows:
                clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, r)))
            continue
        else:
            continue
        if places:
            specific[text[:20]] = places
    return clauses, specific


def meta_full(title, m, level, region, recipients=None, publicity=None):
    return {"title": title, "doc_number": m["doc_number"], "issuer": m["issuer"], "date": m["date"],
            "published": m["published"], "level": level, "region": region,
            "effective": m["effective"], "expires": m["expires"], "attachments": m["attachments"],
            "doc_type": m["doc_type"], "recipients": recipients or [], "publicity": publicity,
            "repeals": m["repeals"]}


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------
def set_rfonts(rPr, east, ascii_=None):
    rf = rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rPr.insert(0, rf)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if qn(a) in rf.attrib:
            del rf.attrib[qn(a)]
    a = ascii_ or east
    rf.set(qn("w:ascii"), a)
    rf.set(qn("w:hAnsi"), a)
    rf.set(qn("w:eastAsia"), east)


def style_run(r, east=FS, size=16, bold=None, color=None, ascii_=TNR):
    set_rfonts(r._element.get_or_add_rPr(), east, ascii_)
    r.font.size = Pt(size)
    if bold is not None:
        r.font.bold = bold
    if color is not None:
        r.font.color.rgb = color


def add_text(p, text, **kw):
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        style_run(r, **kw)
        if i < len(parts) - 1:
            r.add_break()  # soft line break (Shift+Enter)
    return p


def pfmt(p, indent=True, align=None, exact=28.9, before=0, after=0, left=None, right=None):
    pf = p.paragraph_format
    pf.first_line_indent = Pt(32) if indent else Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if align is not None:
        pf.alignment = align
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    return p


def mk_run(text=None, fld=None, instr=None, tab=False, east=FS, size=16):
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), TNR)
    rf.set(qn("w:hAnsi"), TNR)
    rf.set(qn("w:eastAsia"), east)
    rPr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(size * 2))
    rPr.append(sz)
    r.append(rPr)
    if fld:
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), fld)
        r.append(fc)
    elif instr:
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r.append(it)
    elif tab:
        r.append(OxmlElement("w:tab"))
    elif text is not None:
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
    return r


def add_page_field(p):
    for el in (mk_run("— ", east="宋体", size=14), mk_run(fld="begin", east="宋体", size=14),
               mk_run(instr=" PAGE ", east="宋体", size=14), mk_run(fld="separate", east="宋体", size=14),
               mk_run("1", east="宋体", size=14), mk_run(fld="end", east="宋体", size=14),
               mk_run(" —", east="宋体", size=14)):
        p._p.append(el)


def cell_text(cell, text, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, east=FS, size=14):
    cell.text = ""
    p = cell.paragraphs[0]
    pfmt(p, indent=False, align=align, exact=22)
    add_text(p, text, east=east, size=size, bold=bold)


def set_cell_vcenter(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), "center")
    tcPr.append(v)


def page_break(doc):
    p = doc.add_paragraph()
    pfmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def setup_styles(doc):
    st = doc.styles
    normal = st["Normal"]
    normal.font.size = Pt(16)
    set_rfonts(normal.element.get_or_add_rPr(), FS, TNR)

    h1 = st["Heading 1"]
    h1.font.size = Pt(22)
    h1.font.bold = False
    h1.font.color.rgb = RGBColor(0, 0, 0)
    set_rfonts(h1.element.get_or_add_rPr(), XBS, TNR)
    pf = h1.paragraph_format
    pf.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pf.first_line_indent = Pt(0)
    pf.space_before = Pt(0)
    pf.space_after = Pt(6)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(34)
    pf.keep_with_next = True

    h2 = st["Heading 2"]
    h2.font.size = Pt(16)
    h2.font.bold = False
    h2.font.color.rgb = RGBColor(0, 0, 0)
    set_rfonts(h2.element.get_or_add_rPr(), HT, TNR)
    pf = h2.paragraph_format
    pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf.first_line_indent = Pt(32)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28.9)
    pf.keep_with_next = True

    try:
        toc1 = st["toc 1"]
    except KeyError:
        toc1 = st.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    toc1.base_style = normal
    toc1.font.size = Pt(16)
    set_rfonts(toc1.element.get_or_add_rPr(), FS, TNR)
    pf = toc1.paragraph_format
    pf.first_line_indent = Pt(0)
    pf.left_indent = Pt(0)
    pf.right_indent = Pt(24)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(30)
    pf.space_after = Pt(6)
    pf.tab_stops.add_tab_stop(Mm(156), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)

    lb = st["List Bullet"]
    lb.font.size = Pt(16)
    set_rfonts(lb.element.get_or_add_rPr(), FS, TNR)


def gb_margins(section):
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(28)
    section.right_margin = Mm(26)
    section.footer_distance = Mm(25)


def add_bookmark(p, bid, name):
    bs = OxmlElement("w:bookmarkStart")
    bs.set(qn("w:id"), str(bid))
    bs.set(qn("w:name"), name)
    be = OxmlElement("w:bookmarkEnd")
    be.set(qn("w:id"), str(bid))
    pPr = p._p.find(qn("w:pPr"))
    if pPr is not None:
        pPr.addnext(bs)
    else:
        p._p.insert(0, bs)
    p._p.append(be)


def add_toc(doc, entries):
    """A real Word TOC field (TOC \\o "1-1" \\h \\z \\u) with its cached result."""
    n = len(entries)
    for i, (title, bm, page) in enumerate(entries):
        p = doc.add_paragraph(style="toc 1")
        if i == 0:
            p._p.append(mk_run(fld="begin"))
            p._p.append(mk_run(instr=' TOC \\o "1-1" \\h \\z \\u '))
            p._p.append(mk_run(fld="separate"))
        hl = OxmlElement("w:hyperlink")
        hl.set(qn("w:anchor"), bm)
        hl.set(qn("w:history"), "1")
        hl.append(mk_run(title))
        hl.append(mk_run(tab=True))
        hl.append(mk_run(fld="begin"))
        hl.append(mk_run(instr=f" PAGEREF {bm} \\h "))
        hl.append(mk_run(fld="separate"))
        hl.append(mk_run(str(page)))
        hl.append(mk_run(fld="end"))
        p._p.append(hl)
        if i == n - 1:
            p._p.append(mk_run(fld="end"))


def sign_block(doc, organ, date):
    # keep the last line of the body, the blank line and the 落款 on one page
    if doc.paragraphs:
        doc.paragraphs[-1].paragraph_format.keep_with_next = True
    p = doc.add_paragraph()
    pfmt(p, indent=False)
    p.paragraph_format.keep_with_next = True
    for text in (organ, date):
        p = doc.add_paragraph()
        p.paragraph_format.keep_with_next = text == organ
        # organ and date centred over a point four characters from the right margin
        pfmt(p, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, right=64 if text == date else 32)
        add_text(p, text)


def build_xian_docx(path, toc_pages):
    doc = Document()
    setup_styles(doc)
    doc.settings.odd_and_even_pages_header_footer = True
    s1 = doc.sections[0]
    gb_margins(s1)

    # ---- cover -------------------------------------------------------------
    for _ in range(3):
        pfmt(doc.add_paragraph(), indent=False)
    for line, size in (("中国（陕西）自由贸易试验区", 26), ("西安国际港务区片区", 26), ("惠企政策汇编", 36)):
        p = doc.add_paragraph()
        pfmt(p, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=size + 22)
        add_text(p, line, east=XBS, size=size)
    p = doc.add_paragraph()
    pfmt(p, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=40)
    add_text(p, "（2024年版）", east=KT, size=18)
    for _ in range(7):
        pfmt(doc.add_paragraph(), indent=False)
    for line in ("西安国际港务区管理委员会　编", "2024年7月"):
        p = doc.add_paragraph()
        pfmt(p, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=32)
        add_text(p, line, east=KT, size=16)
    page_break(doc)

    # ---- 编印说明 -----------------------------------------------------------
    p = doc.add_paragraph()
    pfmt(p, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=40, after=12)
    add_text(p, "编 印 说 明", east=XBS, size=22)
    for t in ("为进一步加大惠企政策宣传解读力度，帮助企业及时了解、用足用好各项支持政策，港务区管委会经济发展局对2024年以来港务区出台的支持中欧班列、跨境电商、外贸和国际产能合作等方面的惠企政策进行了梳理，编印成本汇编。",
              "本汇编共收录政策4件，其中《西安国际港务区支持外贸企业稳规模优结构若干措施》仅收录政策要点。各项政策以正式印发文本为准，具体申报事项以各牵头部门发布的申报通知为准。",
              "联系电话：029-83366018（港务区经济发展局）"):
        p = doc.add_paragraph()
        pfmt(p)
        add_text(p, t)
    page_break(doc)

    # ---- 目录 --------------------------------------------------------------
    p = doc.add_paragraph()
    pfmt(p, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=40, after=18)
    add_text(p, "目　　录", east=HT, size=22)
    pols = {d["key"]: d for d in XIAN}
    entries = [(pols[k]["title"], f"_Toc17181{i:05d}", toc_pages[i]) for i, k in enumerate(XIAN_ORDER)]
    add_toc(doc, entries)

    # ---- body section, page numbers restart at 1 ---------------------------
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    gb_margins(s2)
    for ft, align, ind in ((s2.footer, WD_ALIGN_PARAGRAPH.RIGHT, "right"),
                           (s2.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, "left")):
        ft.is_linked_to_previous = False
        fp = ft.paragraphs[0]
        pfmt(fp, indent=False, align=align, exact=20,
             left=14 if ind == "left" else None, right=14 if ind == "right" else None)
        add_page_field(fp)
    sp = s2._sectPr
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), "1")
    sp.find(qn("w:pgMar")).addnext(pg)

    for n, key in enumerate(XIAN_ORDER):
        d = pols[key]
        if n > 0:
            page_break(doc)
        h = doc.add_paragraph(style="Heading 1")
        for i, line in enumerate(d["title_lines"]):
            r = h.add_run(line)
            style_run(r, east=XBS, size=22)
            if i < len(d["title_lines"]) - 1:
                r.add_break()
        add_bookmark(h, 100 + n, entries[n][1])
        p = doc.add_paragraph()
        pfmt(p, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, after=14)
        add_text(p, d["issued"], east=KT)
        for b in d["blocks"]:
            kind = b[0]
            if kind == "pre" or kind == "item" or kind == "para":
                p = doc.add_paragraph()
                pfmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                add_text(p, b[1])
            elif kind == "h":
                p = doc.add_paragraph(style="Heading 2")
                r = p.add_run(b[1])
                style_run(r, east=HT)
            elif kind == "sub":
                p = doc.add_paragraph()
                pfmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                add_text(p, b[1], east=KT)
            elif kind == "run":
                p = doc.add_paragraph()
                pfmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                add_text(p, b[1], east=KT)
                add_text(p, b[2])
            elif kind == "bullet":
                p = doc.add_paragraph(style="List Bullet")
                pfmt(p, indent=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                p.paragraph_format.left_indent = Pt(32)
                p.paragraph_format.first_line_indent = Pt(-16)
                add_text(p, b[1])
            elif kind == "note":
                p = doc.add_paragraph()
                pfmt(p, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, before=14)
                add_text(p, b[1], east=KT, size=14)
            elif kind == "attach":
                pfmt(doc.add_paragraph(), indent=False)
                p = doc.add_paragraph()
                pfmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                add_text(p, b[1])
            elif kind == "table":
                cap, header, rows = b[1], b[2], b[3]
                p = doc.add_paragraph()
                pfmt(p, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
                add_text(p, cap, east=HT, size=14)
                t = doc.add_table(rows=1 + len(rows), cols=len(header))
                t.style = "Table Grid"
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                for j, hname in enumerate(header):
                    cell_text(t.cell(0, j), hname, east=HT)
                for i, row in enumerate(rows, start=1):
                    for j in (1, 2):
                        cell_text(t.cell(i, j), row[j])
                # merge the repeated 业务类别 cells vertically
                i = 1
                while i <= len(rows):
                    k = i
                    while k + 1 <= len(rows) and rows[k][0] == rows[i - 1][0]:
                        k += 1
                    c = t.cell(i, 0).merge(t.cell(k, 0)) if k > i else t.cell(i, 0)
                    cell_text(c, rows[i - 1][0])
                    set_cell_vcenter(c)
                    i = k + 1
                widths = (Mm(62), Mm(58), Mm(32))
                for row in t.rows:
                    for j, c in enumerate(row.cells):
                        c.width = widths[j]
                sp_ = doc.add_paragraph()
                pfmt(sp_, indent=False, exact=14)
        if d["sign"]:
            sign_block(doc, *d["sign"])
    doc.save(path)
    return [e[0] for e in entries]


def soffice_pdf(docx_path):
    out = os.path.dirname(docx_path)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_238",
                    "--convert-to", "pdf", "--outdir", out, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(docx_path)[0] + ".pdf"


def find_pages(pdf_path):
    pols = {d["key"]: d for d in XIAN}
    with pdfplumber.open(pdf_path) as pdf:
        texts = [re.sub(r"\s+", "", pg.extract_text() or "") for pg in pdf.pages]
    idx = []
    for key in XIAN_ORDER:
        snippet = re.sub(r"\s+", "", pols[key]["blocks"][0][1])[:16]
        found = [i for i, t in enumerate(texts) if snippet in t]
        idx.append(found[0])
    first = idx[0]
    return [i - first + 1 for i in idx], len(texts)


def make_xian():
    path = os.path.join(HERE, f"{PFX}_xian_huibian.docx")
    pages = [1, 4, 8, 10]
    for _ in range(3):
        build_xian_docx(path, pages)
        pdf = soffice_pdf(path)
        got, total = find_pages(pdf)
        if got == pages:
            break
        pages = got
    docs = []
    pols = {d["key"]: d for d in XIAN}
    for key in XIAN_ORDER:
        d = pols[key]
        cl, sp = clauses_from_blocks(d["blocks"])
        docs.append({"meta": meta_full(d["title"], d["meta"], "zone", XIAN_ZONE),
                     "clauses": cl, "applies_to": {"specific": sp}})
    print("xian pages", pages, "total", total)
    return {f"{PFX}_xian_huibian": docs}


# ---------------------------------------------------------------------------
# Excel
# ---------------------------------------------------------------------------
def make_nanjing():
    path = os.path.join(HERE, f"{PFX}_nanjing_huibian.xlsx")
    wb = openpyxl.Workbook()
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    ws = wb.active
    ws.title = "政策清单"
    ws.merge_cells("A1:H1")
    ws["A1"] = "南京江北新区（中国（江苏）自由贸易试验区南京片区）开放型经济惠企政策汇编"
    ws["A1"].font = Font(name="方正小标宋简体", size=18)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 36
    ws.merge_cells("A2:H2")
    ws["A2"] = "编制单位：南京江北新区商务局　　更新时间：2024年4月"
    ws["A2"].font = Font(name="楷体_GB2312", size=11)
    ws["A2"].alignment = Alignment(horizontal="right")
    head = ["序号", "政策名称", "文号", "发布单位", "主要内容", "适用对象", "兑现方式", "联系电话"]
    for j, h in enumerate(head, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(name="黑体", size=11, bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = border
    for i, d in enumerate(NANJING, 1):
        vals = [i, d["title"], d["doc_number"], d["issuer_text"], d["list"]["主要内容"], d["list"]["适用对象"],
                d["list"]["兑现方式"], d["list"]["联系电话"]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=3 + i, column=j, value=v)
            c.font = Font(name="仿宋_GB2312", size=11)
            c.alignment = wrap
            c.border = border
        ws.row_dimensions[3 + i].height = 96
    for col, w in zip("ABCDEFGH", (6, 34, 20, 24, 46, 26, 18, 14)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    docs = []
    for d in NANJING:
        sh = wb.create_sheet(d["sheet"])
        sh.merge_cells("A1:B1")
        sh["A1"] = d["title"]
        sh["A1"].font = Font(name="方正小标宋简体", size=16)
        sh["A1"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sh.row_dimensions[1].height = 48
        sh.merge_cells("A2:B2")
        sh["A2"] = f"文号：{d['doc_number']}　　发布单位：{d['issuer_text']}　　发布日期：{d['pub_text']}"
        sh["A2"].font = Font(name="楷体_GB2312", size=11)
        sh["A2"].alignment = Alignment(horizontal="center", wrap_text=True)
        sh.row_dimensions[2].height = 30
        hdr = ("章节", "条款内容") if d["layout"] == "chapter" else ("条目", "条款内容")
        for j, h in enumerate(hdr, 1):
            c = sh.cell(row=3, column=j, value=h)
            c.font = Font(name="黑体", size=11, bold=True)
            c.alignment = Alignment(horizontal="center", vertical="center")
            c.border = border
        r0 = 4
        clauses, specific = [], {}
        groups = []  # (first_row, last_row, chapter)
        for k, row in enumerate(d["rows"]):
            r = r0 + k
            a, text = row[0], row[1]
            places = row[2] if len(row) > 2 else None
            ca = sh.cell(row=r, column=1)
            if d["layout"] == "chapter":
                if a and (not groups or groups[-1][2] != a):
                    groups.append([r, r, a])
                    ca.value = a
                elif a:
                    groups[-1][1] = r
                clause = text
            else:
                ca.value = a
                clause = f"{a}　{text}"
            cb = sh.cell(row=r, column=2, value=text)
            for c in (ca, cb):
                c.font = Font(name="仿宋_GB2312", size=11)
                c.alignment = Alignment(wrap_text=True, vertical="center",
                                        horizontal="center" if c is ca else "left")
                c.border = border
            lines = text.count("\n") + 1
            sh.row_dimensions[r].height = max(30, 15 * (len(text) // 40 + lines))
            clauses.append(clause)
            if places:
                specific[clause[:20]] = places
        for g0, g1, _ in groups:
            if g1 > g0:
                sh.merge_cells(start_row=g0, start_column=1, end_row=g1, end_column=1)
        last = r0 + len(d["rows"]) + 1
        sh.merge_cells(start_row=last, start_column=1, end_row=last, end_column=2)
        organs, date = d["sign"]
        c = sh.cell(row=last, column=1, value="\n".join(organs + [date]))
        c.font = Font(name="仿宋_GB2312", size=11)
        c.alignment = Alignment(horizontal="right", vertical="center", wrap_text=True)
        sh.row_dimensions[last].height = 18 * (len(organs) + 1)
        sh.column_dimensions["A"].width = 24
        sh.column_dimensions["B"].width = 96
        docs.append({"meta": {"title": d["title"], **{k: v for k, v in d["meta"].items()},
                              "recipients": [], "publicity": None},
                     "clauses": clauses, "applies_to": {"specific": specific}})
    wb.save(path)
    # keep meta key order tidy
    order = ["title", "doc_number", "issuer", "date", "published", "level", "region", "effective", "expires",
             "attachments", "doc_type", "recipients", "publicity", "repeals"]
    for x in docs:
        x["meta"] = {k: x["meta"][k] for k in order}
    return {f"{PFX}_nanjing_huibian": docs}


# ---------------------------------------------------------------------------
# plain text (clerk's copy out of Word: numbered headings, blank lines, 全角空格)
# ---------------------------------------------------------------------------
CN_NUM = "一二三四五六七八九十"


def make_zhengzhou():
    path = os.path.join(HERE, f"{PFX}_zhengzhou_huibian.txt")
    L = []
    add = L.append
    add("中国（河南）自由贸易试验区郑州片区")
    add("郑州经济技术开发区")
    add("惠企政策汇编")
    add("（2024年第一辑）")
    add("")
    add("郑州经济技术开发区管理委员会　编")
    add("二〇二四年四月")
    add("")
    add("")
    add("编　印　说　明")
    add("")
    add("　　为推动各项惠企政策直达快享，经开区商务局、物流发展局对2024年以来经开区出台的跨境电商、国际物流和外贸方面的支持政策进行了整理，汇编成册，供企业查阅。")
    add("")
    add("　　本汇编共收录政策3件。政策具体申报条件、流程以各主管部门发布的申报通知为准。")
    add("")
    add("")
    add("目　　录")
    add("")
    toc_pages = [1, 5, 9]
    for i, d in enumerate(ZHENGZHOU):
        head = f"{CN_NUM[i]}、{d['title']}"
        dots = "…" * max(4, 40 - len(head))
        add(f"{head}{dots}{toc_pages[i]}")
        add("")
    add("")
    docs = []
    for i, d in enumerate(ZHENGZHOU):
        add("")
        add(f"{CN_NUM[i]}、{d['title']}")
        add("")
        add(d["issued"])
        add("")
        for b in d["blocks"]:
            kind = b[0]
            if kind in ("pre", "item", "para", "contact", "h", "sub"):
                add("　　" + b[1])
            elif kind == "run":
                add("　　" + b[1] + b[2])
            elif kind == "bullet":
                add("　　●" + b[1])
            elif kind == "art":
                for k, para in enumerate(b[1]):
                    if k > 0:
                        add("")
                    add("　　" + para)
            add("")
        if d["sign"]:
            organ, date = d["sign"]
            add("")
            add("　" * 12 + organ)
            add("　" * 16 + date)
            add("")
        cl, sp = clauses_from_blocks(d["blocks"])
        docs.append({"meta": meta_full(d["title"], d["meta"], "zone", ZZ_ZONE),
                     "clauses": cl, "applies_to": {"specific": sp}})
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")
    return {f"{PFX}_zhengzhou_huibian": docs}


def main():
    exp = {}
    exp.update(make_xian())
    exp.update(make_nanjing())
    exp.update(make_zhengzhou())
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
    for k, v in exp.items():
        print(k, [len(x["clauses"]) for x in v])


if __name__ == "__main__":
    main()
