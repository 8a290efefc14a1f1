# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 307: a 惠企政策 booklet (policy cards) printed by 芜湖市商务局 and the
芜湖片区管委会.  Writes blind307_wuhu_huiqi.docx/.pdf and expected.json next to
this script.  Run:  . /work/venv/bin/activate && python make_blind307.py
"""
import io
import json
import os
import random
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "blind307_wuhu_huiqi"
RED = RGBColor(0xD0, 0x00, 0x00)

FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"

PIANQU = "中国（安徽）自由贸易试验区芜湖片区"
ZONGBAO = "芜湖综合保税区"

# --------------------------------------------------------------------------
# card data.  A field value is a list of "paragraph" items:
#   "text"                         plain paragraph
#   ("runin", "1.增量奖励。", "...")  bold run-in heading + text
#   ("soft", ["line", "line"])      one paragraph, lines split by soft breaks
#   ("sub", "（1）...")             indented sub item
#   ("table", header, rows)         nested table (sub-table)
# The clause text is  label + "：" + "\n".join(lines of every item).
# --------------------------------------------------------------------------
CARDS = [
    dict(
        part="第一篇　稳外贸稳主体",
        title="芜湖市进一步稳外贸促增长若干政策措施",
        title_lines=None,
        doc_number="芜政办秘〔2024〕11号",
        issuer=["芜湖市人民政府办公室"],
        date="2024-02-26",
        validity="自印发之日起至2025年12月31日",
        effective="2024-02-26", expires="2025-12-31",
        level="municipal", region="芜湖市", doc_type="措施", repeals=None,
        fields=[
            ("政策依据", ["《芜湖市人民政府办公室关于印发芜湖市进一步稳外贸促增长若干政策措施的通知》（芜政办秘〔2024〕11号）第一条至第三条"]),
            ("支持对象", ["在芜湖市行政区域内依法注册、具有独立法人资格并在海关办理进出口货物收发货人备案的外贸企业。"]),
            ("申报条件", [
                "1.上一年度进出口额达到500万美元以上，或当年新取得进出口实绩；",
                "2.申报期内未被列入海关、税务、外汇管理等部门严重失信主体名单；",
                "3.按规定报送商务统计数据，配合开展外贸运行监测。"]),
            ("支持标准", [
                ("runin", "1.增量奖励。", "对年度进出口额超过1亿美元且同比增长10%以上的企业，按增量部分每美元0.01元给予奖励，单家企业最高不超过200万元。"),
                ("runin", "2.新增主体奖励。", "对首次取得进出口实绩且当年进出口额达到100万美元的企业，一次性奖励5万元。"),
                ("runin", "3.“一带一路”市场开拓奖励。", "对当年对共建“一带一路”国家出口额同比增长20%以上且超过1000万美元的企业，给予最高50万元奖励。")]),
            ("申报时间", ["每年4月1日至4月30日集中申报上一年度项目，逾期不予受理。"]),
            ("申报方式", ["企业通过“皖企通”平台在线提交申报材料，同时向所在县市区商务主管部门报送纸质材料一式两份。"]),
            ("受理部门", ["各县市区商务主管部门初审，芜湖市商务局对外贸易科复核。"]),
            ("咨询电话", ["0553-3841206（市商务局对外贸易科）"]),
        ],
    ),
    dict(
        part=None,
        title="芜湖市外贸企业出口信用保险保费扶持政策",
        title_lines=None,
        doc_number="芜商〔2024〕27号",
        issuer=["芜湖市商务局", "芜湖市财政局"],
        date="2024-03-20",
        validity="2024年1月1日至2024年12月31日（保单起保日期在此期间的适用）",
        effective="2024-01-01", expires="2024-12-31",
        level="municipal", region="芜湖市", doc_type="通知", repeals=None,
        fields=[
            ("政策依据", ["《芜湖市商务局　芜湖市财政局关于做好2024年度外贸企业出口信用保险保费扶持工作的通知》（芜商〔2024〕27号）"]),
            ("支持对象", ["在芜湖市注册、投保短期出口信用保险的外贸企业，重点支持小微外贸企业和首次投保企业。"]),
            ("申报条件", [
                "1.企业在2024年度内投保短期出口信用保险并已足额缴纳保费；",
                "2.上一年度出口额在6500万美元以下的，可纳入市级小微企业统保平台；",
                "3.同一保单已享受省级保费补助的，市级按差额补足，不重复支持。"]),
            ("支持标准", [
                ("soft", [
                    "1.统保平台：对纳入小微企业统保平台的企业，保费由市财政全额承担；",
                    "2.一般保单：对统保平台以外的企业，按实缴保费的50%给予补助，单家企业年度最高不超过30万元；",
                    "3.新兴市场：对投保出口至共建“一带一路”国家和地区业务的保单，补助比例提高至60%。"])]),
            ("申报时间", ["2025年1月2日至1月31日（按保单年度一次性申报）。"]),
            ("申报方式", ["由中国出口信用保险公司安徽分公司芜湖办事处汇总企业承保数据，企业登录“芜湖商务惠企服务平台”确认后提交。"]),
            ("受理部门", ["芜湖市商务局对外贸易科"]),
            ("咨询电话", ["0553-3841206（市商务局对外贸易科）；0553-5992317（中信保芜湖办事处）"]),
        ],
    ),
    dict(
        part=None,
        title="芜湖市支持企业开拓国际市场参加境外展会补助实施细则",
        title_lines=None,
        doc_number="芜商〔2024〕19号",
        issuer=["芜湖市商务局"],
        date="2024-03-05",
        validity="2024年1月1日至2024年12月31日",
        effective="2024-01-01", expires="2024-12-31",
        level="municipal", region="芜湖市", doc_type="实施细则", repeals=None,
        fields=[
            ("政策依据", ["《芜湖市支持企业开拓国际市场参加境外展会补助实施细则》（芜商〔2024〕19号）"]),
            ("支持对象", ["在芜湖市注册、具有进出口经营资质的生产型和贸易型企业。"]),
            ("申报条件", [
                "1.参加《2024年芜湖市重点境外展会目录》所列展会，或经市商务局事先备案的其他境外专业展会；",
                "2.以企业名义独立租用标准展位（不含与其他企业拼租展位）；",
                "3.参展人员为企业在职员工，参展期间无违规违纪行为。"]),
            ("支持标准", [
                "1.对参加重点展会目录内展会的，按展位费的50%给予补助，单个展位最高不超过3万元；",
                "2.对参加在共建“一带一路”国家举办的展会（如哈萨克斯坦阿拉木图、越南胡志明市等地展会），补助比例提高至60%；",
                "3.每家企业年度补助不超过5个展会、总额不超过15万元。"]),
            ("申报时间", ["展会结束后3个月内申报；2024年12月举办的展会，于2025年1月20日前申报。"]),
            ("申报方式", ["登录“芜湖商务惠企服务平台”在线填报，上传展位费发票、付款凭证、展位照片等材料。"]),
            ("受理部门", ["芜湖市商务局对外贸易科"]),
            ("咨询电话", ["0553-3841206"]),
            ("备　　注", ["注册在中国（安徽）自由贸易试验区芜湖片区内的企业，由芜湖片区管委会在市级补助基础上再按展位费的20%叠加补助，叠加后补助总额不超过展位费的80%。"]),
        ],
        specific={"备注：注册在中国（安徽）自由贸易试验区芜湖片区内的企业": [PIANQU]},
    ),
    dict(
        part="第二篇　外贸新业态新模式",
        title="芜湖市跨境电子商务发展专项资金管理办法",
        title_lines=None,
        doc_number="芜商〔2023〕86号",
        issuer=["芜湖市商务局", "芜湖市财政局"],
        date="2023-12-15",
        validity="自2024年1月1日起施行，有效期3年。《芜湖市跨境电子商务发展扶持办法》（芜商〔2021〕52号）同时废止",
        effective="2024-01-01", expires="2026-12-31",
        level="municipal", region="芜湖市", doc_type="办法",
        repeals="《芜湖市跨境电子商务发展扶持办法》（芜商〔2021〕52号）",
        fields=[
            ("政策依据", ["《芜湖市跨境电子商务发展专项资金管理办法》（芜商〔2023〕86号）第八条至第十二条"]),
            ("支持对象", ["在芜湖市注册并在海关完成跨境电商企业备案的跨境电商企业、跨境电商平台、海外仓运营企业及跨境电商产业园区运营主体。"]),
            ("申报条件", [
                "1.企业依法经营，年度内以跨境电商方式（9610、9710、9810、1210）申报的进出口额达到100万美元以上；",
                "2.进出口数据以海关跨境电商统计和国际贸易“单一窗口”申报数据为准；",
                "3.申请海外仓补助的，须同时满足：",
                ("sub", "（1）自营或租赁的海外仓面积不低于2000平方米；"),
                ("sub", "（2）海外仓已接入“芜湖跨境电商综合服务平台”并实时推送订单、仓储数据。")]),
            ("支持标准", [
                "1.规模奖励：年度跨境电商进出口额达到100万美元、500万美元、1000万美元的，分别奖励5万元、20万元、40万元；",
                "2.海外仓补助：对新建或租赁海外仓的，按实际投入的30%给予补助，单个海外仓最高100万元；",
                "3.园区奖励：对新认定为省级跨境电商产业园区的运营主体，一次性奖励50万元。"]),
            ("申报时间", ["每年3月1日至3月31日申报上一年度项目。"]),
            ("申报方式", ["登录“芜湖商务惠企服务平台”在线申报（扫描下方二维码进入）。"]),
            ("受理部门", ["芜湖市商务局电子商务科"]),
            ("咨询电话", ["0553-3841218"]),
        ],
        qr_note="扫码申报：使用微信扫描下方二维码，进入“芜湖商务惠企服务平台”跨境电商专项资金申报入口，按提示在线填报，纸质材料无需另行报送。",
    ),
    dict(
        part=None,
        title="安徽省外经贸发展专项资金（服务贸易和数字贸易）项目申报指南（2024年度）",
        title_lines=None,
        doc_number="皖商办服贸函〔2024〕58号",
        issuer=["安徽省商务厅办公室"],
        date="2024-03-12",
        validity=None,
        effective=None, expires=None,
        level="provincial", region="安徽省", doc_type="申报指南", repeals=None,
        fields=[
            ("政策依据", ["《安徽省商务厅办公室关于做好2024年度省外经贸发展专项资金（服务贸易和数字贸易）项目申报工作的通知》（皖商办服贸函〔2024〕58号）"]),
            ("支持对象", ["在安徽省内注册，从事服务外包、数字贸易、技术贸易、文化贸易等服务贸易业务的企业和公共服务平台。"]),
            ("申报条件", [
                "1.2023年度服务贸易进出口额（或离岸服务外包执行额）达到100万美元以上；",
                "2.申报项目已完成并实际支付，支付凭证齐全；",
                "3.同一项目未获得其他省级财政资金支持。"]),
            ("支持标准", [
                "1.国际认证：对企业获得CMMI、ISO27001等国际资质认证的，按认证费用的50%给予补助，最高20万元；",
                "2.公共服务平台：对服务贸易公共服务平台建设项目，按实际投资额的30%给予支持，最高200万元；",
                "3.数字贸易：对年度数字服务出口额增长30%以上的数字贸易企业，给予最高100万元奖励。"]),
            ("申报时间", ["2024年4月15日至5月15日，逾期系统关闭。"]),
            ("申报方式", ["登录“安徽省商务厅外经贸专项资金管理系统”在线填报，经所在地市商务主管部门审核后报送省商务厅。"]),
            ("受理部门", ["芜湖市商务局服务贸易科（初审）；安徽省商务厅服务贸易处（终审）"]),
            ("咨询电话", ["0553-3841225（市商务局服务贸易科）；0551-63540376（省商务厅服务贸易处）"]),
        ],
    ),
    dict(
        part="第三篇　开放平台与口岸",
        title="芜湖市促进国际物流和口岸发展若干措施",
        title_lines=None,
        doc_number="芜政办〔2023〕22号",
        issuer=["芜湖市人民政府办公室"],
        date="2023-10-30",
        validity="2024年1月1日至2025年12月31日",
        effective="2024-01-01", expires="2025-12-31",
        level="municipal", region="芜湖市", doc_type="措施", repeals=None,
        fields=[
            ("政策依据", ["《芜湖市人民政府办公室关于印发芜湖市促进国际物流和口岸发展若干措施的通知》（芜政办〔2023〕22号）"]),
            ("支持对象", ["在芜湖市注册，开展国际集装箱运输、中欧（中亚）班列集货、国际航空货运业务的物流企业、货代企业和进出口企业。"]),
            ("申报条件", [
                "1.货物经芜湖港朱家桥外贸码头等本市口岸进出境，并在芜湖海关办理通关手续；",
                "2.集装箱运量、班列箱量以口岸运营单位和海关数据为准；",
                "3.同一箱量不得在不同线路重复申报。"]),
            ("支持标准", [
                "按航线类别给予运费补助，标准如下：",
                ("table", ["航线类别", "补助对象", "补助标准"], [
                    ["江海联运（芜湖—上海洋山）", "货主企业", "每标箱（TEU）补助200元"],
                    ["近洋直航（日本、韩国）", "船公司、货代企业", "每标箱补助300元"],
                    ["中欧（中亚）班列", "班列平台公司", "去程每标箱补助3000元，回程每标箱补助2000元"],
                    ["国际航空货运", "货代企业", "每公斤补助2元"]]),
                "单家企业年度补助总额不超过300万元。"]),
            ("申报时间", ["每半年申报一次，分别为当年7月1日至7月31日、次年1月1日至1月31日。"]),
            ("申报方式", ["向芜湖市口岸服务中心提交申请表、运输合同、提单及运费发票复印件。"]),
            ("受理部门", ["芜湖市商务局（市口岸办）口岸物流科"]),
            ("咨询电话", ["0553-3841233"]),
        ],
    ),
    dict(
        part=None,
        title="中国（安徽）自由贸易试验区芜湖片区支持制度创新和产业集聚若干措施",
        title_lines=["中国（安徽）自由贸易试验区芜湖片区支持制度创新", "和产业集聚若干措施"],
        doc_number="芜自贸管〔2023〕15号",
        issuer=["中国（安徽）自由贸易试验区芜湖片区管理委员会"],
        date="2023-09-18",
        validity="2023年10月1日至2025年9月30日",
        effective="2023-10-01", expires="2025-09-30",
        level="zone", region=PIANQU, doc_type="措施", repeals=None,
        fields=[
            ("政策依据", ["《中国（安徽）自由贸易试验区芜湖片区支持制度创新和产业集聚若干措施》（芜自贸管〔2023〕15号）"]),
            ("支持对象", ["在芜湖片区内注册登记、实际经营且纳税关系在片区的企业及相关单位。"]),
            ("申报条件", [
                "1.制度创新成果须经省级以上部门发文复制推广，或被列为自由贸易试验区最佳实践案例；",
                "2.申报产业集聚奖励的企业，须属于智能网联汽车、航空航天、机器人及智能装备、跨境贸易等片区主导产业；",
                "3.近三年内未发生重大安全生产、环境污染事故。"]),
            ("支持标准", [
                ("runin", "1.制度创新奖励。", "创新成果在全国复制推广的，给予牵头单位50万元奖励；在全省复制推广的，给予20万元奖励。"),
                ("runin", "2.首单首创奖励。", "在片区内率先落地新型离岸国际贸易、跨境人民币结算等“首单”业务的，每单奖励10万元，年度最高30万元。"),
                ("runin", "3.总部集聚奖励。", "对新设立的跨国公司地区总部、功能性机构，按其实缴注册资本的1%给予落户奖励，最高500万元。")]),
            ("申报时间", ["常年受理，每季度末月集中评审。"]),
            ("申报方式", ["向片区管委会政务服务窗口提交书面材料，或登录“芜湖片区政务服务网”在线申报。"]),
            ("受理部门", ["芜湖片区管委会综合协调部（制度创新局）"]),
            ("咨询电话", ["0553-5726108"]),
        ],
    ),
    dict(
        part=None,
        title="芜湖综合保税区促进保税业务高质量发展若干措施",
        title_lines=None,
        doc_number="芜经开〔2024〕5号",
        issuer=["芜湖经济技术开发区管理委员会"],
        date="2024-01-22",
        validity="自印发之日起施行，有效期两年",
        effective="2024-01-22", expires="2026-01-21",
        level="zone", region=ZONGBAO, doc_type="措施", repeals=None,
        fields=[
            ("政策依据", ["《芜湖综合保税区促进保税业务高质量发展若干措施》（芜经开〔2024〕5号）"]),
            ("支持对象", ["在芜湖综合保税区内注册并开展保税加工、保税物流、保税维修、保税研发等业务的企业。"]),
            ("申报条件", [
                "1.企业已在区内完成海关注册登记，进出口数据纳入海关特殊监管区域统计；",
                "2.年度进出口额（按综保区统计口径）达到500万美元以上；",
                "3.开展保税维修业务的，须取得海关核准的维修产品目录资质。"]),
            ("支持标准", [
                "（一）保税加工和物流",
                "1.对区内企业年度进出口额首次突破1亿美元、5亿美元的，分别奖励50万元、100万元；",
                "2.对区内仓储物流企业新增租用标准仓库的，按每平方米每月6元给予租金补助，最长2年。"]),
            ("支持标准", [
                "（二）保税维修和研发",
                "1.对开展“两头在外”保税维修业务的企业，按年度维修业务产值的2%给予奖励，最高200万元；",
                "2.对开展保税研发业务的企业，按研发设备进口额的5%给予补助，最高100万元。"]),
            ("申报时间", ["每年5月1日至5月31日。"]),
            ("申报方式", ["向芜湖经济技术开发区综保区管理局提交申报材料。"]),
            ("受理部门", ["芜湖经济技术开发区综保区管理局（招商服务处）"]),
            ("咨询电话", ["0553-5841192"]),
        ],
        merge_label=True,
    ),
    dict(
        part="第四篇　稳外资促外资",
        title="芜湖市促进外资扩增量稳存量提质量若干措施",
        title_lines=None,
        doc_number="芜政〔2023〕48号",
        issuer=["芜湖市人民政府"],
        date="2023-08-25",
        validity="自印发之日起施行",
        effective="2023-08-25", expires=None,
        level="municipal", region="芜湖市", doc_type="措施", repeals=None,
        fields=[
            ("政策依据", ["《芜湖市人民政府关于印发芜湖市促进外资扩增量稳存量提质量若干措施的通知》（芜政〔2023〕48号）第二条、第五条"]),
            ("支持对象", ["在芜湖市新设或增资的外商投资企业（含港澳台投资企业），以及引进外资项目成效突出的招商中介机构。"]),
            ("申报条件", [
                "1.新设外资项目当年实际到资1000万美元以上，或增资项目当年新增实际到资500万美元以上；",
                "2.实际到资以商务部外资统计系统数据和外汇登记数据为准；",
                "3.属于《鼓励外商投资产业目录》范围内的制造业项目优先支持。"]),
            ("支持标准", [
                "1.到资奖励：按当年实际到资额的1%给予奖励，单个项目最高1000万元；",
                "2.利润再投资奖励：外资企业以境内利润再投资的，按再投资额的2%给予奖励，最高300万元；",
                "3.中介奖励：对成功引进实际到资3000万美元以上项目的中介机构，按实际到资额的0.5‰给予奖励，最高50万元。"]),
            ("申报时间", ["每年6月1日至6月30日申报上一年度到资项目。"]),
            ("申报方式", ["企业向所在县市区商务主管部门提出申请，县市区商务主管部门汇总后报芜湖市商务局。"]),
            ("受理部门", ["芜湖市商务局外国投资管理科"]),
            ("咨询电话", ["0553-3841241"]),
        ],
    ),
]

CONTACTS = [
    # (单位, 科室/部门, 地址, 电话)
    ("芜湖市商务局", "对外贸易科", "芜湖市鸠江区赤铸山东路1号市政务中心", "0553-3841206"),
    ("芜湖市商务局", "电子商务科", "芜湖市鸠江区赤铸山东路1号市政务中心", "0553-3841218"),
    ("芜湖市商务局", "服务贸易科", "芜湖市鸠江区赤铸山东路1号市政务中心", "0553-3841225"),
    ("芜湖市商务局", "口岸物流科（市口岸办）", "芜湖市鸠江区赤铸山东路1号市政务中心", "0553-3841233"),
    ("芜湖市商务局", "外国投资管理科", "芜湖市鸠江区赤铸山东路1号市政务中心", "0553-3841241"),
    ("芜湖片区管委会", "综合协调部（制度创新局）", "芜湖市鸠江区银湖北路16号", "0553-5726108"),
    ("芜湖经开区管委会", "综保区管理局", "芜湖经济技术开发区凤鸣湖北路36号", "0553-5841192"),
    ("中信保安徽分公司", "芜湖办事处", "芜湖市镜湖区北京中路7号", "0553-5992317"),
]


# --------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------
def set_font(run, name=FS, size=12, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def para(container, text="", name=FS, size=12, bold=False, align=None, color=None,
         before=0, after=0, line=None, indent_first=None, left=None):
    p = container.add_paragraph()
    if text:
        set_font(p.add_run(text), name, size, bold, color)
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if indent_first is not None:
        pf.first_line_indent = Pt(indent_first)
    if left is not None:
        pf.left_indent = Pt(left)
    return p


def fmt(p, line=None, before=0, after=0, left=None, first=None):
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    if left is not None:
        pf.left_indent = Pt(left)
    if first is not None:
        pf.first_line_indent = Pt(first)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._element.append(el)


def page_number_footer(footer, align):
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.text = ""
    p.alignment = align
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        p.paragraph_format.right_indent = Pt(14)
    else:
        p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run("— "), SONG, 14)
    r = set_font(p.add_run(), SONG, 14)
    add_field(r, "PAGE")
    set_font(p.add_run(" —"), SONG, 14)


def blank_hf(hf):
    hf.is_linked_to_previous = False
    for p in hf.paragraphs:
        p.text = ""


def running_header(header, text):
    header.is_linked_to_previous = False
    p = header.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(text), KAI, 10.5)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "6"); b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "C00000")
    bdr.append(b)
    ppr.append(bdr)


def set_pg_start(section, start=1):
    sp = section._sectPr
    pg = sp.find(qn("w:pgNumType"))
    if pg is None:
        pg = OxmlElement("w:pgNumType")
        sp.append(pg)
    pg.set(qn("w:start"), str(start))


def set_margins(section):
    section.page_height = Cm(29.7)
    section.page_width = Cm(21.0)
    section.top_margin = Cm(3.0)
    section.bottom_margin = Cm(2.6)
    section.left_margin = Cm(2.6)
    section.right_margin = Cm(2.4)
    section.header_distance = Cm(1.6)
    section.footer_distance = Cm(1.5)


def set_col_widths(table, widths):
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = w
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def red_rule(doc, width_pt=18):
    p = para(doc, "", after=4)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(width_pt)); b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "D00000")
    bdr.append(b)
    ppr.append(bdr)
    return p


def make_qr_png():
    """A QR-looking picture (finder patterns + random modules)."""
    rnd = random.Random(307)
    n = 29
    grid = [[rnd.random() < 0.48 for _ in range(n)] for _ in range(n)]
    def finder(r0, c0):
        for r in range(-1, 8):
            for c in range(-1, 8):
                rr, cc = r0 + r, c0 + c
                if 0 <= rr < n and 0 <= cc < n:
                    on = (0 <= r <= 6 and 0 <= c <= 6) and (
                        r in (0, 6) or c in (0, 6) or (2 <= r <= 4 and 2 <= c <= 4))
                    grid[rr][cc] = on
    finder(0, 0); finder(0, n - 7); finder(n - 7, 0)
    for i in range(8, n - 8):
        grid[6][i] = grid[i][6] = (i % 2 == 0)
    scale, quiet = 8, 4
    size = (n + 2 * quiet) * scale
    img = Image.new("RGB", (size, size), "white")
    d = ImageDraw.Draw(img)
    for r in range(n):
        for c in range(n):
            if grid[r][c]:
                x, y = (c + quiet) * scale, (r + quiet) * scale
                d.rectangle([x, y, x + scale - 1, y + scale - 1], fill="black")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    return buf


# --------------------------------------------------------------------------
# clause text from the data (the answer key follows the same data)
# --------------------------------------------------------------------------
def item_lines(item):
    if isinstance(item, str):
        return [item]
    kind = item[0]
    if kind == "runin":
        return [item[1] + item[2]]
    if kind == "soft":
        return list(item[1])
    if kind == "sub":
        return [item[1]]
    if kind == "table":
        header, rows = item[1], item[2]
        return ["；".join(f"{h}：{v}" for h, v in zip(header, row)) for row in rows]
    raise ValueError(kind)


def field_clause(label, items):
    lab = label.replace("　", "").replace(" ", "")
    lines = []
    for it in items:
        lines.extend(item_lines(it))
    return lab + "：" + "\n".join(lines)


# --------------------------------------------------------------------------
# build the booklet
# --------------------------------------------------------------------------
def write_cell_items(cell, items, size=10.5, line=16):
    cell.paragraphs[0].text = ""
    first = True
    for it in items:
        if isinstance(it, tuple) and it[0] == "table":
            header, rows = it[1], it[2]
            sub = cell.add_table(rows=1 + len(rows), cols=3)
            sub.style = "Table Grid"
            sub.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = [Cm(4.3), Cm(3.0), Cm(4.9)]
            set_col_widths(sub, widths)
            for ri, row in enumerate([header] + rows):
                for ci, val in enumerate(row):
                    c = sub.cell(ri, ci)
                    c.width = widths[ci]
                    p = c.paragraphs[0]
                    set_font(p.add_run(val), HEI if ri == 0 else FS, 9.5, bold=False)
                    fmt(p, line=14)
                    if ri == 0:
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                        shade(c, "EDEDED")
            # cell.add_table appended an empty paragraph after the sub-table;
            # the next text item goes there.
            first = "after_table"
            continue
        if first is True:
            p = cell.paragraphs[0]
        elif first == "after_table":
            p = cell.paragraphs[-1]
        else:
            p = cell.add_paragraph()
        first = False
        fmt(p, line=line)
        if isinstance(it, str):
            set_font(p.add_run(it), FS, size)
        elif it[0] == "runin":
            set_font(p.add_run(it[1]), HEI, size)
            set_font(p.add_run(it[2]), FS, size)
        elif it[0] == "sub":
            fmt(p, line=line, left=21)
            set_font(p.add_run(it[1]), FS, size)
        elif it[0] == "soft":
            for k, ln in enumerate(it[1]):
                r = set_font(p.add_run(ln), FS, size)
                if k < len(it[1]) - 1:
                    r.add_break(WD_BREAK.LINE)
    for p in cell.paragraphs:
        p.paragraph_format.space_before = Pt(1)
        p.paragraph_format.space_after = Pt(1)


def build_card(doc, card, qr_png, new_page=True):
    first = None
    if card.get("part"):
        first = para(doc, card["part"], HEI, 15, align=WD_ALIGN_PARAGRAPH.LEFT, after=6,
                     color=RGBColor(0xC0, 0x00, 0x00))
    # 【政策名称】 (may break over two lines)
    p = para(doc, "", after=2, line=24)
    first = first or p
    first.paragraph_format.page_break_before = new_page
    set_font(p.add_run("【政策名称】"), HEI, 14)
    lines = card["title_lines"] or [card["title"]]
    for k, ln in enumerate(lines):
        r = set_font(p.add_run(ln), XBS, 14)
        if k < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    p = para(doc, "", after=0, line=20)
    set_font(p.add_run("【文　　号】"), HEI, 12)
    set_font(p.add_run(card["doc_number"]), FS, 12)
    p = para(doc, "", after=0, line=20)
    set_font(p.add_run("【发文单位】"), HEI, 12)
    set_font(p.add_run("　".join(card["issuer"])), FS, 12)
    set_font(p.add_run("　　【发文日期】"), HEI, 12)
    y, m, d = card["date"].split("-")
    set_font(p.add_run(f"{int(y)}年{int(m)}月{int(d)}日"), FS, 12)
    if card["validity"]:
        p = para(doc, "", after=4, line=20)
        set_font(p.add_run("【有 效 期】"), HEI, 12)
        set_font(p.add_run(card["validity"]), FS, 12)
    else:
        para(doc, "", after=2, line=8)

    fields = card["fields"]
    t = doc.add_table(rows=len(fields), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, [Cm(2.6), Cm(13.4)])
    for i, (label, items) in enumerate(fields):
        lc, rc = t.cell(i, 0), t.cell(i, 1)
        lc.width = Cm(2.6)
        rc.width = Cm(13.4)
        lc.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        shade(lc, "F2F2F2")
        lp = lc.paragraphs[0]
        lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(lp.add_run(label), HEI, 11)
        write_cell_items(rc, items)
    if card.get("merge_label"):
        # vertically merge the two 支持标准 label cells
        idx = [i for i, (lab, _) in enumerate(fields) if lab == "支持标准"]
        top, bottom = t.cell(idx[0], 0), t.cell(idx[-1], 0)
        # clear the second label before merging so the text is not doubled
        bottom.paragraphs[0].text = ""
        merged = top.merge(bottom)
        for p in merged.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    if card.get("qr_note"):
        p = para(doc, "", before=6, after=0, line=18)
        note = card["qr_note"]
        head, rest = note.split("：", 1)
        set_font(p.add_run(head + "："), HEI, 11)
        set_font(p.add_run(rest), FS, 11)
        p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
        p.add_run().add_picture(qr_png, width=Cm(2.5))
        para(doc, "芜湖商务惠企服务平台", KAI, 9, align=WD_ALIGN_PARAGRAPH.CENTER)


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    doc.settings.odd_and_even_pages_header_footer = True

    # ---- section 1: cover
    s1 = doc.sections[0]
    set_margins(s1)
    for hf in (s1.header, s1.footer, s1.even_page_header, s1.even_page_footer):
        blank_hf(hf)
    para(doc, "", after=0, line=60)
    para(doc, "", after=0, line=60)
    para(doc, "芜湖市惠企政策汇编", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER,
         color=RED, after=10, line=56)
    para(doc, "（开放型经济专册·2024年版）", KAI, 18, align=WD_ALIGN_PARAGRAPH.CENTER, after=6, line=30)
    red_rule(doc, 24)
    for _ in range(9):
        para(doc, "", line=30)
    para(doc, "芜湖市商务局", HEI, 16, align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    para(doc, "中国（安徽）自由贸易试验区芜湖片区管理委员会", HEI, 16, align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    para(doc, "编印", HEI, 16, align=WD_ALIGN_PARAGRAPH.CENTER, line=30, after=18)
    para(doc, "二〇二四年四月", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, line=30)

    # ---- section 2: 编印说明 + 目录 (no page number)
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    set_margins(s2)
    for hf in (s2.header, s2.footer, s2.even_page_header, s2.even_page_footer):
        blank_hf(hf)
    para(doc, "编 印 说 明", XBS, 18, align=WD_ALIGN_PARAGRAPH.CENTER, after=8, line=30)
    para(doc, "为帮助企业及时了解和用好开放型经济领域各项惠企政策，芜湖市商务局会同中国（安徽）自由贸易试验区芜湖片区管理委员会，"
              "对现行有效的市级以上相关政策进行梳理，按照“一政策一卡片”形式汇编成册。本汇编所列内容仅作政策解读参考，"
              "具体以政策原文为准。",
         FS, 14, line=26, indent_first=28, after=14)
    para(doc, "目　　录", XBS, 18, align=WD_ALIGN_PARAGRAPH.CENTER, after=8, line=30)
    toc = []
    page = 1
    for card in CARDS:
        if card.get("part"):
            toc.append((card["part"], None, True))
        toc.append((card["title"], page, False))
        page += 1
    toc.append(("联系方式", page, True))
    for text, pg, is_part in toc:
        p = doc.add_paragraph()
        fmt(p, line=24, left=0 if is_part else 14)
        tabs = p.paragraph_format.tab_stops
        from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
        tabs.add_tab_stop(Cm(15.9), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        set_font(p.add_run(text), HEI if is_part else FS, 12)
        if pg is not None:
            set_font(p.add_run("\t" + str(pg)), FS, 12)

    # ---- section 3: cards, numbered from 1
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    set_margins(s3)
    set_pg_start(s3, 1)
    running_header(s3.header, "芜湖市惠企政策汇编（开放型经济专册）")
    running_header(s3.even_page_header, "芜湖市惠企政策汇编（开放型经济专册）")
    page_number_footer(s3.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    page_number_footer(s3.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)

    qr = make_qr_png()
    for i, card in enumerate(CARDS):
        build_card(doc, card, qr, new_page=(i > 0))

    # ---- 联系方式 page
    p = para(doc, "联 系 方 式", XBS, 18, align=WD_ALIGN_PARAGRAPH.CENTER, after=10, line=30)
    p.paragraph_format.page_break_before = True
    t = doc.add_table(rows=1 + len(CONTACTS), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(3.2), Cm(4.0), Cm(5.6), Cm(3.2)]
    set_col_widths(t, widths)
    for ci, h in enumerate(["单位", "科室（部门）", "地址", "联系电话"]):
        c = t.cell(0, ci)
        c.width = widths[ci]
        shade(c, "EDEDED")
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(h), HEI, 11)
    for ri, row in enumerate(CONTACTS, start=1):
        for ci, v in enumerate(row):
            c = t.cell(ri, ci)
            c.width = widths[ci]
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            p = c.paragraphs[0]
            if ci == 0 and ri > 1 and CONTACTS[ri - 2][0] == v:
                continue  # merged below
            set_font(p.add_run(v), FS, 10.5)
            fmt(p, line=18)
    # merge 单位 and 地址 cells of the 商务局 rows
    rows_sw = [ri for ri, row in enumerate(CONTACTS, start=1) if row[0] == "芜湖市商务局"]
    for col in (0, 2):
        top = t.cell(rows_sw[0], col)
        for ri in rows_sw[1:]:
            t.cell(ri, col).paragraphs[0].text = ""
        m = top.merge(t.cell(rows_sw[-1], col))
        for p in m.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    para(doc, "", after=6)
    para(doc, "政务服务便民热线：12345　　　“皖企通”服务热线：0551-12345", FS, 12, line=22,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "（本汇编由芜湖市商务局负责解释，如政策调整，以最新文件为准）", KAI, 11, line=22,
         align=WD_ALIGN_PARAGRAPH.CENTER)

    path = os.path.join(HERE, STEM + ".docx")
    doc.save(path)
    return path


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_307",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def expected():
    docs = []
    for card in CARDS:
        clauses = [field_clause(lab, items) for lab, items in card["fields"]]
        if card.get("qr_note"):
            clauses.append(card["qr_note"])
        docs.append({
            "meta": {
                "title": card["title"],
                "doc_number": card["doc_number"],
                "issuer": card["issuer"],
                "date": card["date"],
                "published": None,
                "level": card["level"],
                "region": card["region"],
                "effective": card["effective"],
                "expires": card["expires"],
                "attachments": [],
                "doc_type": card["doc_type"],
                "recipients": [],
                "publicity": None,
                "repeals": card["repeals"],
            },
            "clauses": clauses,
            "applies_to": {"specific": card.get("specific", {})},
        })
    # sanity: every specific key starts a clause
    for d in docs:
        for k in d["applies_to"]["specific"]:
            assert any(c.startswith(k) for c in d["clauses"]), k
    return {STEM: docs}


if __name__ == "__main__":
    p = build()
    to_pdf(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)
    print("wrote", p, "and pdf, expected.json")
