# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 153: 政策兑现 ledgers kept in Excel, as offices keep them.

Writes next to itself:
  blind153_hubei_ledger.xlsx / .pdf   中国（湖北）自由贸易试验区 2024年1—9月惠企政策兑现台账:
      sheets 汇总 | 武汉片区 | 襄阳片区 | 宜昌片区 | 说明.  Merged title row, 填报单位/填报日期 row,
      two header rows (企业信息 / 政策信息 / 兑现情况 merged over their columns), frozen panes,
      hidden column 内部备注, a hidden row (a withdrawn application) in 武汉片区, an enterprise
      with two policy items whose 序号/企业 cells are merged vertically, 批注 on some amounts,
      cell hyperlinks in 政策依据, dates as real dates (two number formats) and as text
      (2024.3.5 / 2024年3月), amounts #,##0.00 with 万元 in the header, a 合计 row at the bottom
      with SUBTOTAL(109,…) formulas, an autofilter, 汇总 amounts as cross-sheet formulas, a 说明 sheet
      of numbered notes (1．…).  The PDF is the 汇总 sheet only (page 1), printed by LibreOffice.
  blind153_henan_ledger.xlsx / .pdf   中国（河南）自由贸易试验区“一带一路”开放通道政策兑现台账
      （2024年上半年）: sheets 说明 | 汇总 | 郑州片区 | 开封片区 | 洛阳片区.  Title with a hard line
      break inside the merged cell, 填报日期 as a label cell + a real date cell, the 合计 row right
      under the headers (before the enterprises), a hidden 填报示例 row above it, 政策依据 as
      =HYPERLINK() formulas, dates yyyy/m/d + text, 批注, hidden 内部备注 column, autofilter, frozen
      panes; the 说明 notes are numbered 一、二、….  The PDF is the 汇总 sheet only (page 2).
  expected.json

Formulas get their cached values from a LibreOffice round-trip (xlsx -> xlsx), as a file
saved by an office suite has them.

Run:  . /work/venv/bin/activate && python make_blind153.py
"""
import datetime as dt
import json
import os
import random
import subprocess
import tempfile

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo_153"

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
TOTAL_FILL = PatternFill("solid", fgColor="FFF2CC")
EXAMPLE_FILL = PatternFill("solid", fgColor="E7E6E6")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="center")
AMT = "#,##0.00"

# ------------------------------------------------------------ 统一社会信用代码 (valid check digits)
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55


def uscc(area, seed):
    rnd = random.Random(seed)
    body = "MA" + "".join(rnd.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    s = sum(_org_val(c) * w for c, w in zip(body, ORG_W))
    c9 = 11 - s % 11
    c9 = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    if c9 == "X":  # X is not in the USCC alphabet; reroll
        return uscc(area, seed + 1000)
    code17 = "91" + area + body + c9
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code17, USCC_W))
    c18 = 31 - s % 31
    c18 = 0 if c18 == 31 else c18
    return code17 + USCC_CHARS[c18]


# ------------------------------------------------------------ display helpers
def show_amount(v):
    return "{:,.2f}".format(v)


def show_date(v, fmt):
    """v: datetime.date (real date cell, shown through fmt) or str (typed as text) or None."""
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if fmt == "yyyy-mm-dd":
        return v.strftime("%Y-%m-%d")
    if fmt == 'yyyy"年"m"月"d"日"':
        return "%d年%d月%d日" % (v.year, v.month, v.day)
    if fmt == "yyyy/m/d":
        return "%d/%d/%d" % (v.year, v.month, v.day)
    raise ValueError(fmt)


# ============================================================ 湖北 ledger data
HB_TITLE = "中国（湖北）自由贸易试验区2024年1—9月惠企政策兑现情况汇总表"
HB_ISSUER = "中国（湖北）自由贸易试验区工作办公室"
HB_FILL_DATE_TEXT = "2024年10月15日"

HB_URL = {
    "武自贸发〔2023〕7号": "https://www.whftz.gov.cn/zcfg/zcwj/202304/t20230418_2201736.shtml",
    "鄂政办发〔2023〕19号": "https://www.hubei.gov.cn/zfwj/ezbf/202305/t20230526_4680417.shtml",
    "武自贸发〔2023〕15号": "https://www.whftz.gov.cn/zcfg/zcwj/202309/t20230911_2263508.shtml",
    "武商务规〔2023〕3号": "https://sw.wuhan.gov.cn/zwgk/zcfg/gfxwj/202306/t20230620_2218874.shtml",
    "武自贸发〔2024〕2号": "https://www.whftz.gov.cn/zcfg/zcwj/202401/t20240122_2339015.shtml",
    "鄂商务规〔2023〕5号": "https://swt.hubei.gov.cn/fbjd/zc/gfxwj/202307/t20230714_4754226.shtml",
    "鄂商务规〔2024〕2号": "https://swt.hubei.gov.cn/fbjd/zc/gfxwj/202402/t20240206_5073395.shtml",
    "襄自贸管发〔2023〕12号": "http://zmq.xiangyang.gov.cn/zcwj/202308/t20230803_3301542.shtml",
    "襄政规〔2022〕6号": "http://www.xiangyang.gov.cn/zxzx/zcfg/202211/t20221108_3051286.shtml",
    "襄自贸管发〔2024〕4号": "http://zmq.xiangyang.gov.cn/zcwj/202403/t20240312_3416690.shtml",
    "宜自贸发〔2023〕9号": "http://zmq.yichang.gov.cn/content-62371-1048829-1.html",
    "宜自贸发〔2024〕3号": "http://zmq.yichang.gov.cn/content-62371-1093375-1.html",
    "宜自贸发〔2023〕14号": "http://zmq.yichang.gov.cn/content-62371-1061207-1.html",
}

HB_PIANQU = {
    "武汉片区": {
        "area": "420100",
        "fill_unit": "中国（湖北）自由贸易试验区武汉片区工作办公室（盖章）",
        "fill_date": dt.date(2024, 10, 10),
        "place": "中国（湖北）自由贸易试验区武汉片区（湖北省武汉市东湖新技术开发区）",
        "filler": "填表人：刘晓燕　　审核人：张国栋　　联系电话：027-67880216",
    },
    "襄阳片区": {
        "area": "420600",
        "fill_unit": "中国（湖北）自由贸易试验区襄阳片区管理委员会（盖章）",
        "fill_date": "2024.10.9",
        "place": "中国（湖北）自由贸易试验区襄阳片区（湖北省襄阳市）",
        "filler": "填表人：何静　　审核人：彭志强　　联系电话：0710-3516672",
    },
    "宜昌片区": {
        "area": "420500",
        "fill_unit": "中国（湖北）自由贸易试验区宜昌片区管理委员会（盖章）",
        "fill_date": dt.date(2024, 10, 11),
        "place": "中国（湖北）自由贸易试验区宜昌片区（湖北省宜昌市）",
        "filler": "填表人：谭玉洁　　审核人：覃建华　　联系电话：0717-6448019",
    },
}

# one dict per sheet row; "group" = same enterprise continued (merged 序号/企业 cells)
# date: (value, number_format or None for text)
HB_ROWS = {
    "武汉片区": [
        dict(no=1, name="武汉光谷云链跨境电商有限公司", ind="批发和零售业",
             policy="《中国（湖北）自由贸易试验区武汉片区支持跨境电商高质量发展若干措施》", basis="武自贸发〔2023〕7号 第五条",
             item="跨境电商海外仓建设补贴（德国杜伊斯堡、波兰华沙海外仓）", apply=320.00, approved=286.50, paid=286.50,
             date=(dt.date(2024, 7, 18), "yyyy-mm-dd"), how="国库集中支付", inner="已完成绩效自评，评价等次“优”", remark="",
             comments={"approved": "核减33.50万元：杜伊斯堡海外仓3个月租金发生在申报期（2023年1月1日至12月31日）外，不予支持。\n——片区经发局 2024-06-12"}),
        dict(no=2, name="湖北楚汉通国际物流有限公司", ind="交通运输、仓储和邮政业",
             policy="《湖北省支持中欧班列（武汉）高质量发展若干措施》", basis="鄂政办发〔2023〕19号 第三条",
             item="中欧班列（武汉）回程货源运费补贴", apply=1860.00, approved=1724.00, paid=1200.00,
             date=("2024.3.5", None), how="国库集中支付", inner="第二批524万元已报市财政局", remark="分两批拨付，第二批524万元待2024年第四季度拨付",
             comments={"paid": "首批1,200万元于2024年3月5日拨付，凭证号：鄂财国库〔2024〕0318号。"}),
        dict(no=2, group=True, name="湖北楚汉通国际物流有限公司", ind="交通运输、仓储和邮政业",
             policy="《中国（湖北）自由贸易试验区武汉片区促进多式联运发展奖励办法》", basis="武自贸发〔2023〕15号 第六条",
             item="阳逻港铁水联运集装箱奖励（全年3.7万标箱）", apply=148.00, approved=148.00, paid=148.00,
             date=("2024年3月", None), how="国库集中支付", inner="", remark=""),
        dict(no=3, name="武汉芯途光电科技股份有限公司", ind="制造业",
             policy="《武汉市支持企业开拓“一带一路”市场若干措施》", basis="武商务规〔2023〕3号 第四条",
             item="境外展会参展补贴（哈萨克斯坦阿斯塔纳、沙特利雅得）", apply=46.80, approved=42.30, paid=42.30,
             date=(dt.date(2024, 5, 21), "yyyy-mm-dd"), how="财政直达", inner="", remark="",
             comments={"approved": "核减4.50万元：利雅得展会展位费发票抬头与申报主体不一致。"}),
        dict(no=4, hidden=True, name="武汉长江智汇供应链管理有限公司", ind="租赁和商务服务业",
             policy="《中国（湖北）自由贸易试验区武汉片区支持跨境电商高质量发展若干措施》", basis="武自贸发〔2023〕7号 第八条",
             item="跨境电商供应链金融服务奖励", apply=75.00, approved=0.00, paid=0.00,
             date=(None, None), how="", inner="企业于2024年6月3日书面申请撤回，保留记录备查", remark="已撤回"),
        dict(no=5, name="武汉东湖跨境数据服务有限公司", ind="信息传输、软件和信息技术服务业",
             policy="《中国（湖北）自由贸易试验区武汉片区数据跨境流动便利化试点支持措施》", basis="武自贸发〔2024〕2号 第七条",
             item="数据出境安全评估咨询费用补助", apply=30.00, approved=30.00, paid=0.00,
             date=(None, None), how="", inner="拨付文件在市财政局会签", remark="待兑现，已列入第四批拨付计划"),
        dict(no=6, name="湖北华楚国际工程有限公司", ind="建筑业",
             policy="《湖北省支持对外承包工程高质量发展若干措施》", basis="鄂商务规〔2023〕5号 第二条",
             item="对外承包工程项目前期费用补助（乌兹别克斯坦塔什干200兆瓦光伏电站项目）", apply=210.00, approved=180.00, paid=180.00,
             date=(dt.date(2024, 8, 30), 'yyyy"年"m"月"d"日"'), how="国库集中支付", inner="", remark=""),
    ],
    "襄阳片区": [
        dict(no=1, name="襄阳东津精工汽车部件有限公司", ind="制造业",
             policy="《中国（湖北）自由贸易试验区襄阳片区促进汽车及零部件出口扶持办法》", basis="襄自贸管发〔2023〕12号 第四条",
             item="对共建“一带一路”国家汽车零部件出口增量奖励", apply=125.00, approved=125.00, paid=125.00,
             date=("2024.4.12", None), how="财政直达", inner="", remark=""),
        dict(no=2, name="襄阳华中新能源商用车有限公司", ind="制造业",
             policy="《中国（湖北）自由贸易试验区襄阳片区促进汽车及零部件出口扶持办法》", basis="襄自贸管发〔2023〕12号 第六条",
             item="整车出口海运及班列物流费用补贴", apply=268.40, approved=231.60, paid=231.60,
             date=(dt.date(2024, 6, 27), "yyyy-mm-dd"), how="财政直达", inner="与省中欧班列补贴已比对", remark="",
             comments={"approved": "核减36.80万元：发往哈萨克斯坦阿拉木图的3批次班列运费已获省级中欧班列补贴，不重复支持。"}),
        dict(no=3, name="襄阳隆中跨境电子商务产业园运营有限公司", ind="租赁和商务服务业",
             policy="《襄阳市跨境电子商务综合试验区建设扶持政策》", basis="襄政规〔2022〕6号 第九条",
             item="跨境电商产业园运营奖励", apply=80.00, approved=60.00, paid=60.00,
             date=("2024年7月", None), how="财政直达", inner="", remark="按考核等次B档核定"),
        dict(no=4, name="湖北汉水丝路国际贸易有限公司", ind="批发和零售业",
             policy="《中国（湖北）自由贸易试验区襄阳片区促进汽车及零部件出口扶持办法》", basis="襄自贸管发〔2023〕12号 第八条",
             item="出口信用保险保费补贴", apply=18.65, approved=18.65, paid=18.65,
             date=(dt.date(2024, 9, 10), "yyyy-mm-dd"), how="免申即享", inner="", remark="数据由中国出口信用保险公司湖北分公司推送"),
        dict(no=5, name="中亚丝路汽车贸易（湖北）有限公司", ind="批发和零售业",
             policy="《中国（湖北）自由贸易试验区襄阳片区支持企业总部落户若干措施》", basis="襄自贸管发〔2024〕4号 第三条",
             item="区域总部落户奖励", apply=1000.00, approved=1000.00, paid=500.00,
             date=(dt.date(2024, 9, 26), 'yyyy"年"m"月"d"日"'), how="国库集中支付", inner="第二期需核验2024年度营业收入", remark="分3年兑现，首期500万元"),
    ],
    "宜昌片区": [
        dict(no=1, name="宜昌三峡生物医药进出口有限公司", ind="制造业",
             policy="《中国（湖北）自由贸易试验区宜昌片区支持生物医药产业开放发展十条措施》", basis="宜自贸发〔2023〕9号 第三条",
             item="药品境外注册认证补助（乌兹别克斯坦、印度尼西亚注册证书4个）", apply=96.00, approved=96.00, paid=96.00,
             date=(dt.date(2024, 4, 25), "yyyy-mm-dd"), how="财政直达", inner="", remark=""),
        dict(no=2, name="宜昌翻坝江海联运物流有限公司", ind="交通运输、仓储和邮政业",
             policy="《中国（湖北）自由贸易试验区宜昌片区促进多式联运发展若干措施》", basis="宜自贸发〔2024〕3号 第五条",
             item="江海联运集装箱运费补贴（宜昌—上海洋山）", apply=342.75, approved=318.20, paid=318.20,
             date=("2024.8.2", None), how="国库集中支付", inner="", remark="",
             comments={"approved": "核减24.55万元：2024年1月部分箱量无海关出口报关单对应，不予支持。"}),
        dict(no=3, name="宜昌磷谷新材料国际贸易有限公司", ind="批发和零售业",
             policy="《湖北省支持外贸企业开拓“一带一路”市场专项资金管理办法》", basis="鄂商务规〔2024〕2号 第九条",
             item="境外商标注册及国际认证补助", apply=12.40, approved=12.40, paid=12.40,
             date=("2024年5月", None), how="财政直达", inner="", remark=""),
        dict(no=4, name="宜昌峡江数字贸易科技有限公司", ind="信息传输、软件和信息技术服务业",
             policy="《中国（湖北）自由贸易试验区宜昌片区支持数字贸易发展若干措施》", basis="宜自贸发〔2023〕14号 第四条",
             item="服务外包离岸执行额奖励", apply=55.00, approved=50.00, paid=0.00,
             date=(None, None), how="", inner="", remark="待兑现，预计2024年11月拨付"),
        dict(no=5, name="宜昌白洋港国际物流园运营有限公司", ind="交通运输、仓储和邮政业",
             policy="《中国（湖北）自由贸易试验区宜昌片区促进多式联运发展若干措施》", basis="宜自贸发〔2024〕3号 第七条",
             item="中欧班列（宜昌）集货奖励", apply=1280.00, approved=1150.00, paid=1150.00,
             date=(dt.date(2024, 9, 13), "yyyy-mm-dd"), how="国库集中支付", inner="", remark="",
             comments={"approved": "核减130.00万元：4列班列满载率低于80%，按办法第七条第二款减半计算。"}),
    ],
}

HB_NOTES = [
    "1．本台账统计范围为2024年1月1日至2024年9月30日期间，中国（湖北）自由贸易试验区武汉、襄阳、宜昌三个片区已受理的省、市、片区三级惠企政策兑现事项，不含税收优惠类政策。",
    "2．“核定金额”为经片区主管部门审核、第三方机构复核并公示无异议后的金额；“已兑现金额”以财政资金实际拨付到企业账户为准。",
    "3．金额单位为万元，保留两位小数；兑现率＝已兑现金额÷核定金额×100%。",
    "4．同一企业享受多项政策的，按政策事项分行填列，企业信息合并单元格。",
    "5．企业申请撤回或不予支持的事项不计入合计，相关行已隐藏，仅供内部核对。",
    "6．“政策依据”列链接至湖北省人民政府门户网站或各片区门户网站的政策原文。",
    "7．各片区于每季度结束后10个工作日内更新台账，报省自贸办（省商务厅自贸处）汇总。联系人：周敏，电话：027-87221356。",
]

# ============================================================ 河南 ledger data
HN_TITLE_L1 = "中国（河南）自由贸易试验区“一带一路”开放通道政策兑现台账"
HN_TITLE_L2 = "（2024年上半年）"
HN_TITLE = HN_TITLE_L1 + HN_TITLE_L2
HN_ISSUER = "中国（河南）自由贸易试验区工作领导小组办公室"
HN_FILL_DATE = dt.date(2024, 7, 12)

HN_URL = {
    "豫政办〔2023〕41号": "https://www.henan.gov.cn/2023/08-02/2790613.html",
    "郑自贸〔2023〕11号": "https://zzftz.zhengzhou.gov.cn/zcwj/7384521.jhtml",
    "郑政〔2022〕23号": "https://public.zhengzhou.gov.cn/D0104X/6620147.jhtml",
    "豫商务〔2023〕52号": "https://hnsswt.henan.gov.cn/2023/11-17/2852206.html",
    "汴自贸〔2023〕6号": "http://kfzmq.kaifeng.gov.cn/zcwj/2023/0615/4471.html",
    "汴自贸〔2024〕2号": "http://kfzmq.kaifeng.gov.cn/zcwj/2024/0228/4736.html",
    "洛自贸〔2023〕8号": "https://lyzmq.ly.gov.cn/zcwj/20230925/3318812.html",
    "洛政办〔2023〕17号": "https://www.ly.gov.cn/html/1/2/10/17/25108732.html",
}

HN_PIANQU = {
    "郑州片区": {
        "area": "410100",
        "fill_unit": "中国（河南）自由贸易试验区郑州片区管理委员会",
        "place": "中国（河南）自由贸易试验区郑州片区（河南省郑州市）",
    },
    "开封片区": {
        "area": "410200",
        "fill_unit": "中国（河南）自由贸易试验区开封片区管理委员会",
        "place": "中国（河南）自由贸易试验区开封片区（河南省开封市）",
    },
    "洛阳片区": {
        "area": "410300",
        "fill_unit": "中国（河南）自由贸易试验区洛阳片区管理委员会",
        "place": "中国（河南）自由贸易试验区洛阳片区（河南省洛阳市）",
    },
}

HN_EXAMPLE = dict(no="示例", name="河南××国际物流有限公司", code="91410100MA××××××××", ind="交通运输、仓储和邮政业",
                  policy="《××××若干措施》", basis="××〔20××〕××号 第×条", item="××补贴", apply=100.00, approved=90.00, paid=90.00,
                  date=(dt.date(2024, 1, 1), "yyyy/m/d"), how="国库集中支付", inner="填报示例，请勿删除", remark="金额保留两位小数")

HN_ROWS = {
    "郑州片区": [
        dict(no=1, name="郑州陆港丝路国际物流有限公司", ind="交通运输、仓储和邮政业",
             policy="《河南省支持中欧班列（郑州）高质量发展若干政策》", basis="豫政办〔2023〕41号 第三条",
             item="中欧班列（郑州）“运贸一体化”集货奖励", apply=2360.00, approved=2184.50, paid=2184.50,
             date=(dt.date(2024, 4, 19), "yyyy/m/d"), how="国库集中支付", inner="已抽查12列运单", remark="",
             comments={"approved": "核减175.50万元：经第三方审计，汉堡、布达佩斯方向11个车皮为空箱回送，不计入集货量。"}),
        dict(no=2, name="河南空港丝路航空货运代理有限公司", ind="交通运输、仓储和邮政业",
             policy="《中国（河南）自由贸易试验区郑州片区支持郑州—卢森堡“空中丝绸之路”建设若干措施》", basis="郑自贸〔2023〕11号 第四条",
             item="国际全货机航线包舱补贴（郑州—卢森堡、郑州—布达佩斯）", apply=486.00, approved=486.00, paid=243.00,
             date=("2024.6.28", None), how="国库集中支付", inner="", remark="按季度拨付，已拨付一、二季度",
             comments={"paid": "三、四季度243.00万元待航线执飞数据核验后拨付。"}),
        dict(no=3, name="郑州中原跨境电商供应链有限公司", ind="批发和零售业",
             policy="《郑州市跨境电子商务综合试验区发展专项资金管理办法》", basis="郑政〔2022〕23号 第十条",
             item="跨境电商“1210”网购保税进口业务量奖励", apply=150.00, approved=132.60, paid=132.60,
             date=("2024年3月", None), how="财政直达", inner="", remark=""),
        dict(no=4, name="河南豫欧国际工程有限公司", ind="建筑业",
             policy="《河南省支持企业参与“一带一路”建设专项资金管理办法》", basis="豫商务〔2023〕52号 第七条",
             item="境外经贸合作区建设补助（吉尔吉斯斯坦比什凯克中吉产业园）", apply=300.00, approved=260.00, paid=0.00,
             date=(None, None), how="", inner="等待省级资金下达", remark="待兑现"),
    ],
    "开封片区": [
        dict(no=1, name="开封宋都文化出口有限公司", ind="文化、体育和娱乐业",
             policy="《中国（河南）自由贸易试验区开封片区文化贸易发展扶持办法》", basis="汴自贸〔2023〕6号 第五条",
             item="文化产品出口奖励（汴绣、朱仙镇木版年画出口中东欧）", apply=38.50, approved=38.50, paid=38.50,
             date=(dt.date(2024, 5, 8), "yyyy/m/d"), how="财政直达", inner="", remark=""),
        dict(no=2, name="开封汴梁国际医疗科技有限公司", ind="制造业",
             policy="《中国（河南）自由贸易试验区开封片区促进医疗器械出口十条措施》", basis="汴自贸〔2024〕2号 第三条",
             item="境外医疗器械注册认证补助（沙特SFDA、马来西亚MDA注册）", apply=64.00, approved=52.00, paid=52.00,
             date=("2024.6.14", None), how="财政直达", inner="", remark="",
             comments={"approved": "核减12.00万元：马来西亚MDA注册证尚未取得，待取得后另行申报。"}),
        dict(no=3, name="开封黄河农产品跨境贸易有限公司", ind="批发和零售业",
             policy="《河南省支持企业参与“一带一路”建设专项资金管理办法》", basis="豫商务〔2023〕52号 第九条",
             item="境外展会参展补贴（乌兹别克斯坦塔什干、哈萨克斯坦阿拉木图）", apply=22.80, approved=22.80, paid=22.80,
             date=(dt.date(2024, 6, 26), "yyyy/m/d"), how="免申即享", inner="", remark=""),
    ],
    "洛阳片区": [
        dict(no=1, name="洛阳河洛重型装备进出口有限公司", ind="制造业",
             policy="《中国（河南）自由贸易试验区洛阳片区支持装备制造企业开拓“一带一路”市场若干措施》", basis="洛自贸〔2023〕8号 第四条",
             item="成套设备出口信用保险保费补贴", apply=1125.00, approved=1125.00, paid=1125.00,
             date=(dt.date(2024, 5, 30), "yyyy/m/d"), how="国库集中支付", inner="", remark=""),
        dict(no=2, name="洛阳国花跨境贸易有限公司", ind="批发和零售业",
             policy="《洛阳市跨境电子商务综合试验区扶持政策》", basis="洛政办〔2023〕17号 第六条",
             item="海外仓建设补贴（匈牙利布达佩斯海外仓）", apply=180.00, approved=156.00, paid=156.00,
             date=("2024年6月", None), how="财政直达", inner="", remark="",
             comments={"approved": "核减24.00万元：海外仓面积按实际投入使用的4,800平方米计算。"}),
        dict(no=3, name="洛阳伊滨新材料科技股份有限公司", ind="制造业",
             policy="《中国（河南）自由贸易试验区洛阳片区支持装备制造企业开拓“一带一路”市场若干措施》", basis="洛自贸〔2023〕8号 第七条",
             item="境外专利申请资助（PCT国际专利12件）", apply=24.00, approved=24.00, paid=24.00,
             date=(dt.date(2024, 3, 28), "yyyy/m/d"), how="财政直达", inner="", remark=""),
        dict(no=4, name="洛阳丝路智造国际工程有限公司", ind="建筑业",
             policy="《河南省支持企业参与“一带一路”建设专项资金管理办法》", basis="豫商务〔2023〕52号 第八条",
             item="对外承包工程贷款贴息（埃及苏伊士经贸合作区项目）", apply=412.36, approved=398.00, paid=0.00,
             date=(None, None), how="", inner="", remark="待省级资金下达后兑现"),
    ],
}

HN_NOTES = [
    "一、本台账填报范围为2024年1月1日至6月30日，中国（河南）自由贸易试验区郑州、开封、洛阳片区内企业享受的支持共建“一带一路”、开放通道建设相关财政奖补政策。",
    "二、金额单位为万元；“申报金额”以企业申报材料为准，“核定金额”以片区管委会审定并公示无异议的金额为准，“已兑现金额”以国库集中支付凭证为准。",
    "三、“兑现方式”填写国库集中支付、财政直达或免申即享。",
    "四、“合计”行位于表头下方，使用SUBTOTAL函数，筛选后自动计算可见行合计，请勿改为手工数。",
    "五、第5行为填报示例，已隐藏，请勿删除。",
    "六、本台账按月更新，各片区于次月5日前报送省自贸办，同时抄送省财政厅。",
]

HEADERS = ["序号", "企业名称", "统一社会信用代码", "所属行业", "政策名称", "政策依据", "兑现事项",
           "申报金额（万元）", "核定金额（万元）", "已兑现金额（万元）", "兑现日期", "兑现方式", "内部备注", "备注"]
GROUPS = [("企业信息", 2, 4), ("政策信息", 5, 7), ("兑现情况", 8, 12)]
WIDTHS = [6, 30, 22, 16, 40, 22, 34, 13, 13, 13, 14, 13, 26, 26]
COL_HIDDEN = 13  # M 内部备注
VISIBLE_HEADERS = [h for i, h in enumerate(HEADERS, 1) if i != COL_HIDDEN]


def style_range(ws, r1, c1, r2, c2, **kw):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cell = ws.cell(r, c)
            for k, v in kw.items():
                setattr(cell, k, v)


def page_setup(ws, title_rows="3:4", landscape=True):
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.oddFooter.center.size = 9


def header_rows(ws, ncols=14, groups=GROUPS, headers=HEADERS, hrow=3):
    for c, h in enumerate(headers, 1):
        in_group = any(a <= c <= b for _, a, b in groups)
        if in_group:
            ws.cell(hrow + 1, c, h)
        else:
            ws.cell(hrow, c, h)
            ws.merge_cells(start_row=hrow, start_column=c, end_row=hrow + 1, end_column=c)
    for g, a, b in groups:
        ws.cell(hrow, a, g)
        ws.merge_cells(start_row=hrow, start_column=a, end_row=hrow, end_column=b)
    style_range(ws, hrow, 1, hrow + 1, ncols, font=Font(name="黑体", size=10, bold=True), alignment=CENTER,
                border=BORDER, fill=HEAD_FILL)
    ws.row_dimensions[hrow].height = 22
    ws.row_dimensions[hrow + 1].height = 30


def write_enterprise_row(ws, r, row, code, urlmap, link_as_formula, place_date_fmt=True):
    vals = [row["no"], row["name"], code, row["ind"], row["policy"], row["basis"], row["item"],
            row["apply"], row["approved"], row["paid"], None, row["how"] or None, row["inner"] or None, row["remark"] or None]
    for c, v in enumerate(vals, 1):
        ws.cell(r, c, v)
    d, fmt = row["date"]
    if d is not None:
        cell = ws.cell(r, 11, d)
        if fmt:
            cell.number_format = fmt
    # policy basis link
    basis = row["basis"]
    cell = ws.cell(r, 6)
    docno = basis.split(" ")[0]
    url = urlmap.get(docno)
    if url:
        if link_as_formula:
            cell.value = '=HYPERLINK("%s","%s")' % (url, basis)
        else:
            cell.hyperlink = url
        cell.font = Font(name="宋体", size=10, color="0563C1", underline="single")
    style_range(ws, r, 1, r, 14, border=BORDER)
    for c in range(1, 15):
        cell = ws.cell(r, c)
        if c != 6 or not url:
            cell.font = Font(name="宋体", size=10)
        if c in (8, 9, 10):
            cell.number_format = AMT
            cell.alignment = RIGHT
        elif c in (1, 11, 12):
            cell.alignment = CENTER
        else:
            cell.alignment = LEFT
    for key, text in row.get("comments", {}).items():
        col = {"apply": 8, "approved": 9, "paid": 10}[key]
        cm = Comment(text, "审核人")
        cm.width = 260
        cm.height = 90
        ws.cell(r, col).comment = cm
    ws.row_dimensions[r].height = 36


# ------------------------------------------------------------ 湖北 workbook
def hb_sheet(wb, name, info, rows):
    ws = wb.create_sheet(name)
    ws.sheet_properties.tabColor = "4472C4"
    ws.cell(1, 1, "中国（湖北）自由贸易试验区%s2024年度惠企政策兑现台账" % name)
    ws.merge_cells("A1:N1")
    ws["A1"].font = Font(name="方正小标宋简体", size=18)
    ws["A1"].alignment = CENTER
    ws.row_dimensions[1].height = 36
    ws.cell(2, 1, "填报单位：" + info["fill_unit"])
    ws.merge_cells("A2:G2")
    ws["A2"].alignment = Alignment(horizontal="left", vertical="center")
    ws.cell(2, 10, "填报日期：")
    ws["J2"].alignment = Alignment(horizontal="right", vertical="center")
    fd = info["fill_date"]
    ws.cell(2, 11, fd)
    if not isinstance(fd, str):
        ws["K2"].number_format = 'yyyy"年"m"月"d"日"'
    ws["K2"].alignment = Alignment(horizontal="left", vertical="center")
    ws.merge_cells("K2:L2")
    ws.cell(2, 14, "单位：万元")
    ws["N2"].alignment = Alignment(horizontal="right", vertical="center")
    for c in range(1, 15):
        if c != 1 or True:
            ws.cell(2, c).font = Font(name="宋体", size=10)
    header_rows(ws)
    r = 5
    group_start = None
    for i, row in enumerate(rows):
        code = uscc(info["area"], hash_seed(row["name"]))
        row["code"] = code
        write_enterprise_row(ws, r, row, code, HB_URL, link_as_formula=False)
        if row.get("group"):
            # merge 序号 / 企业名称 / 信用代码 / 行业 with the row above; only the top cell keeps the value
            for c in (1, 2, 3, 4):
                ws.cell(r, c).value = None
                ws.merge_cells(start_row=r - 1, start_column=c, end_row=r, end_column=c)
        if row.get("hidden"):
            ws.row_dimensions[r].hidden = True
        row["excel_row"] = r
        r += 1
    last = r - 1
    # 合计 row
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    for c in (8, 9, 10):
        L = get_column_letter(c)
        ws.cell(r, c, "=SUBTOTAL(109,%s5:%s%d)" % (L, L, last))
        ws.cell(r, c).number_format = AMT
    style_range(ws, r, 1, r, 14, border=BORDER, fill=TOTAL_FILL, font=Font(name="黑体", size=10, bold=True))
    ws.cell(r, 1).alignment = CENTER
    for c in (8, 9, 10):
        ws.cell(r, c).alignment = RIGHT
    total_row = r
    ws.row_dimensions[r].height = 24
    ws.cell(r + 2, 1, info["filler"])
    ws.merge_cells(start_row=r + 2, start_column=1, end_row=r + 2, end_column=10)
    ws.cell(r + 2, 1).font = Font(name="宋体", size=10)
    for c, w in enumerate(WIDTHS, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.column_dimensions[get_column_letter(COL_HIDDEN)].hidden = True
    ws.freeze_panes = "C5"
    ws.auto_filter.ref = "A4:N%d" % last
    page_setup(ws)
    return ws, total_row


def hash_seed(s):
    return sum(ord(ch) * (i + 1) for i, ch in enumerate(s))


def pq_totals(rows):
    vis = [r for r in rows if not r.get("hidden")]
    return (round(sum(r["apply"] for r in vis), 2), round(sum(r["approved"] for r in vis), 2),
            round(sum(r["paid"] for r in vis), 2), len({r["name"] for r in vis}), len(vis))


SUM_HEADERS = ["序号", "片区", "兑现企业数（家）", "兑现事项数（项）", "申报金额（万元）", "核定金额（万元）",
               "已兑现金额（万元）", "兑现率", "内部备注", "备注"]
SUM_GROUPS = [("兑现主体", 3, 4), ("兑现情况", 5, 8)]
SUM_WIDTHS = [7, 14, 12, 12, 16, 16, 16, 10, 30, 34]


def build_hubei(tmp):
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "汇总"
    totals = {}
    for name, info in HB_PIANQU.items():
        ws, tr = hb_sheet(wb, name, info, HB_ROWS[name])
        totals[name] = (tr, pq_totals(HB_ROWS[name]))
    # ---- 汇总
    ws = ws0
    ws.cell(1, 1, HB_TITLE)
    ws.merge_cells("A1:J1")
    ws["A1"].font = Font(name="方正小标宋简体", size=18)
    ws["A1"].alignment = CENTER
    ws.row_dimensions[1].height = 40
    ws.cell(2, 1, "填报单位：%s（省商务厅代章）" % HB_ISSUER)
    ws.merge_cells("A2:F2")
    ws.cell(2, 7, "填报日期：" + HB_FILL_DATE_TEXT)
    ws.merge_cells("G2:J2")
    ws["G2"].alignment = Alignment(horizontal="right", vertical="center")
    ws["A2"].font = ws["G2"].font = Font(name="宋体", size=11)
    header_rows(ws, ncols=10, groups=SUM_GROUPS, headers=SUM_HEADERS)
    r = 5
    inner = {"武汉片区": "武汉片区1户企业撤回申报（75万元），已剔除", "襄阳片区": "", "宜昌片区": "宜昌片区第4项待兑现"}
    remark = {"武汉片区": "", "襄阳片区": "含区域总部落户奖励首期500万元", "宜昌片区": ""}
    for i, (name, (tr, t)) in enumerate(totals.items(), 1):
        ws.cell(r, 1, i)
        ws.cell(r, 2, name)
        ws.cell(r, 3, t[3])
        ws.cell(r, 4, t[4])
        for c, col in ((5, "H"), (6, "I"), (7, "J")):
            ws.cell(r, c, "='%s'!%s%d" % (name, col, tr))
        ws.cell(r, 8, "=IF(F%d=0,0,G%d/F%d)" % (r, r, r))
        ws.cell(r, 9, inner[name] or None)
        ws.cell(r, 10, remark[name] or None)
        r += 1
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for c in (3, 4, 5, 6, 7):
        L = get_column_letter(c)
        ws.cell(r, c, "=SUM(%s5:%s%d)" % (L, L, r - 1))
    ws.cell(r, 8, "=IF(F%d=0,0,G%d/F%d)" % (r, r, r))
    sum_row = r
    style_range(ws, 5, 1, r, 10, border=BORDER, font=Font(name="宋体", size=11))
    style_range(ws, r, 1, r, 10, fill=TOTAL_FILL, font=Font(name="黑体", size=11, bold=True))
    for rr in range(5, r + 1):
        ws.row_dimensions[rr].height = 26
        for c in range(1, 11):
            cell = ws.cell(rr, c)
            if c in (5, 6, 7):
                cell.number_format = AMT
                cell.alignment = RIGHT
            elif c == 8:
                cell.number_format = "0.00%"
                cell.alignment = RIGHT
            elif c in (1, 2, 3, 4):
                cell.alignment = CENTER
            else:
                cell.alignment = LEFT
    ws["F7"].comment = Comment("宜昌片区核减合计159.55万元，明细见分表批注。", "周敏")
    ws.cell(r + 1, 1, "注：兑现率＝已兑现金额÷核定金额；各片区明细见分表，撤回事项不计入。")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=10)
    ws.cell(r + 1, 1).font = Font(name="宋体", size=10)
    ws.cell(r + 3, 1, "填表人：周敏　　审核人：陈立新　　联系电话：027-87221356")
    ws.merge_cells(start_row=r + 3, start_column=1, end_row=r + 3, end_column=8)
    ws.cell(r + 3, 1).font = Font(name="宋体", size=10)
    for c, w in enumerate(SUM_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.column_dimensions["I"].hidden = True
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = "A4:J%d" % (r - 1)
    page_setup(ws)
    # ---- 说明
    wn = wb.create_sheet("说明")
    wn.cell(1, 1, "说明")
    wn["A1"].font = Font(name="黑体", size=14, bold=True)
    for i, t in enumerate(HB_NOTES, 2):
        wn.cell(i, 1, t)
        wn.cell(i, 1).alignment = Alignment(wrap_text=True, vertical="top")
        wn.cell(i, 1).font = Font(name="宋体", size=11)
        wn.row_dimensions[i].height = 36
    wn.column_dimensions["A"].width = 110
    page_setup(wn, title_rows=None, landscape=False)
    wb.active = 0
    wb.properties.creator = "zhoumin"
    wb.properties.lastModifiedBy = "zhoumin"
    wb.properties.title = None
    path = os.path.join(tmp, "blind153_hubei_ledger.xlsx")
    wb.save(path)
    return path, totals


# ------------------------------------------------------------ 河南 workbook
def hn_sheet(wb, name, info, rows):
    ws = wb.create_sheet(name)
    ws.sheet_properties.tabColor = "C00000"
    ws.cell(1, 1, "中国（河南）自由贸易试验区%s“一带一路”开放通道政策兑现台账\n（2024年上半年）" % name)
    ws.merge_cells("A1:N1")
    ws["A1"].font = Font(name="方正小标宋简体", size=16)
    ws["A1"].alignment = CENTER
    ws.row_dimensions[1].height = 48
    ws.cell(2, 1, "填报单位：" + info["fill_unit"])
    ws.merge_cells("A2:F2")
    ws.cell(2, 10, "填报日期：")
    ws["J2"].alignment = Alignment(horizontal="right", vertical="center")
    ws.cell(2, 11, dt.date(2024, 7, 8))
    ws["K2"].number_format = "yyyy/m/d"
    ws["K2"].alignment = Alignment(horizontal="left", vertical="center")
    ws.cell(2, 14, "金额单位：万元")
    ws["N2"].alignment = Alignment(horizontal="right", vertical="center")
    header_rows(ws)
    # row 5: hidden 填报示例; row 6: 合计; rows 7..: enterprises
    ex = dict(HN_EXAMPLE)
    write_enterprise_row(ws, 5, ex, ex["code"], {}, link_as_formula=True)
    style_range(ws, 5, 1, 5, 14, fill=EXAMPLE_FILL)
    ws.row_dimensions[5].hidden = True
    first = 7
    last = first + len(rows) - 1
    ws.cell(6, 1, "合计")
    ws.merge_cells("A6:G6")
    for c in (8, 9, 10):
        L = get_column_letter(c)
        ws.cell(6, c, "=SUBTOTAL(109,%s%d:%s%d)" % (L, first, L, last))
        ws.cell(6, c).number_format = AMT
    style_range(ws, 6, 1, 6, 14, border=BORDER, fill=TOTAL_FILL, font=Font(name="黑体", size=10, bold=True))
    ws.cell(6, 1).alignment = CENTER
    for c in (8, 9, 10):
        ws.cell(6, c).alignment = RIGHT
    ws.row_dimensions[6].height = 24
    r = first
    for row in rows:
        code = uscc(info["area"], hash_seed(row["name"]))
        row["code"] = code
        write_enterprise_row(ws, r, row, code, HN_URL, link_as_formula=True)
        row["excel_row"] = r
        r += 1
    for c, w in enumerate(WIDTHS, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.column_dimensions[get_column_letter(COL_HIDDEN)].hidden = True
    ws.freeze_panes = "D7"
    ws.auto_filter.ref = "A4:N%d" % last
    page_setup(ws)
    return ws, 6


def build_henan(tmp):
    wb = Workbook()
    wn = wb.active
    wn.title = "说明"
    wn.cell(1, 1, "填报说明")
    wn["A1"].font = Font(name="黑体", size=14, bold=True)
    wn["A1"].alignment = CENTER
    for i, t in enumerate(HN_NOTES, 2):
        wn.cell(i, 1, t)
        wn.cell(i, 1).alignment = Alignment(wrap_text=True, vertical="top")
        wn.cell(i, 1).font = Font(name="仿宋", size=12)
        wn.row_dimensions[i].height = 40
    wn.column_dimensions["A"].width = 100
    page_setup(wn, title_rows=None, landscape=False)
    ws = wb.create_sheet("汇总")
    totals = {}
    for name, info in HN_PIANQU.items():
        _, tr = hn_sheet(wb, name, info, HN_ROWS[name])
        totals[name] = (tr, pq_totals(HN_ROWS[name]))
    ws.cell(1, 1, HN_TITLE_L1 + "\n" + HN_TITLE_L2)
    ws.merge_cells("A1:J1")
    ws["A1"].font = Font(name="方正小标宋简体", size=18)
    ws["A1"].alignment = CENTER
    ws.row_dimensions[1].height = 56
    ws.cell(2, 1, "填报单位：" + HN_ISSUER)
    ws.merge_cells("A2:E2")
    ws.cell(2, 6, "填报日期：")
    ws["F2"].alignment = Alignment(horizontal="right", vertical="center")
    ws.cell(2, 7, HN_FILL_DATE)
    ws["G2"].number_format = 'yyyy"年"m"月"d"日"'
    ws["G2"].alignment = Alignment(horizontal="left", vertical="center")
    ws.cell(2, 8, "金额单位：万元")
    ws.merge_cells("H2:J2")
    ws["H2"].alignment = Alignment(horizontal="right", vertical="center")
    for c in range(1, 11):
        ws.cell(2, c).font = Font(name="宋体", size=11)
    header_rows(ws, ncols=10, groups=SUM_GROUPS, headers=SUM_HEADERS)
    # 合计 first (row 5), then 片区 rows 6..8
    ws.cell(5, 1, "合计")
    ws.merge_cells("A5:B5")
    r = 6
    inner = {"郑州片区": "郑州片区第4项待省级资金", "开封片区": "", "洛阳片区": "洛阳片区第4项待省级资金"}
    remark = {"郑州片区": "含中欧班列（郑州）集货奖励2,184.50万元", "开封片区": "", "洛阳片区": ""}
    for i, (name, (tr, t)) in enumerate(totals.items(), 1):
        ws.cell(r, 1, i)
        ws.cell(r, 2, name)
        ws.cell(r, 3, t[3])
        ws.cell(r, 4, t[4])
        for c, col in ((5, "H"), (6, "I"), (7, "J")):
            ws.cell(r, c, "='%s'!%s%d" % (name, col, tr))
        ws.cell(r, 8, "=IF(F%d=0,0,G%d/F%d)" % (r, r, r))
        ws.cell(r, 9, inner[name] or None)
        ws.cell(r, 10, remark[name] or None)
        r += 1
    for c in (3, 4, 5, 6, 7):
        L = get_column_letter(c)
        ws.cell(5, c, "=SUM(%s6:%s8)" % (L, L))
    ws.cell(5, 8, "=IF(F5=0,0,G5/F5)")
    style_range(ws, 5, 1, 8, 10, border=BORDER, font=Font(name="宋体", size=11))
    style_range(ws, 5, 1, 5, 10, fill=TOTAL_FILL, font=Font(name="黑体", size=11, bold=True))
    for rr in range(5, 9):
        ws.row_dimensions[rr].height = 26
        for c in range(1, 11):
            cell = ws.cell(rr, c)
            if c in (5, 6, 7):
                cell.number_format = AMT
                cell.alignment = RIGHT
            elif c == 8:
                cell.number_format = "0.0%"
                cell.alignment = RIGHT
            elif c in (1, 2, 3, 4):
                cell.alignment = CENTER
            else:
                cell.alignment = LEFT
    ws["G6"].comment = Comment("郑州片区：空中丝绸之路包舱补贴三、四季度243万元未拨付。", "省自贸办")
    ws.cell(10, 1, "审核人：孙建伟　　　　填表人：杜晓萌　　　　联系电话：0371-65509372")
    ws.merge_cells("A10:J10")
    ws.cell(10, 1).font = Font(name="宋体", size=10)
    for c, w in enumerate(SUM_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.column_dimensions["I"].hidden = True
    ws.freeze_panes = "C5"
    ws.auto_filter.ref = "A4:J8"
    page_setup(ws)
    wb.active = 1
    wb.properties.creator = "省自贸办"
    wb.properties.lastModifiedBy = "duxm"
    path = os.path.join(tmp, "blind153_henan_ledger.xlsx")
    wb.save(path)
    return path, totals


# ------------------------------------------------------------ LibreOffice
def lo(args):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless"] + args,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def roundtrip(src):
    """xlsx -> xlsx through LibreOffice Calc, so that every formula carries its cached value."""
    lo(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", HERE, src])
    return os.path.join(HERE, os.path.basename(src))


def patch_views(path, freeze, active):
    """LibreOffice headless drops the view settings (frozen panes, selected tab) when it saves;
    put them back as Excel writes them: <pane … state="frozen"/> in each sheetView."""
    import re
    import zipfile

    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    wbxml = dict((i.filename, d) for i, d in items)["xl/workbook.xml"].decode("utf-8")
    rels = dict((i.filename, d) for i, d in items)["xl/_rels/workbook.xml.rels"].decode("utf-8")
    rid_target = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', rels))
    sheets = re.findall(r'<sheet name="([^"]+)"[^>]*r:id="(rId\d+)"', wbxml)
    file_of = {name: "xl/" + rid_target[rid] for name, rid in sheets}
    names = [n for n, _ in sheets]
    new = []
    for info, data in items:
        fn = info.filename
        if fn == "xl/workbook.xml":
            t = data.decode("utf-8")
            t = re.sub(r'activeTab="\d+"', 'activeTab="%d"' % names.index(active), t)
            data = t.encode("utf-8")
        for name, cell in freeze.items():
            if fn != file_of[name]:
                continue
            t = data.decode("utf-8")
            col, row = coordinate_from_string(cell)
            xs, ys = column_index_from_string(col) - 1, row - 1
            pane_name = "bottomRight" if xs and ys else ("bottomLeft" if ys else "topRight")
            pane = '<pane xSplit="%d" ySplit="%d" topLeftCell="%s" activePane="%s" state="frozen"/>' % (xs, ys, cell, pane_name)
            if not xs:
                pane = pane.replace('xSplit="0" ', "")
            sel = '<selection pane="%s" activeCell="%s" sqref="%s"/>' % (pane_name, cell, cell)
            t = re.sub(r'(<sheetView [^>]*>)<selection [^>]*/>', lambda m: m.group(1) + pane + sel, t, count=1)
            data = t.encode("utf-8")
        if fn.startswith("xl/worksheets/sheet") and fn.endswith(".xml"):
            t = data.decode("utf-8")
            t = t.replace('tabSelected="true"', 'tabSelected="false"')
            if fn == file_of[active]:
                t = t.replace('tabSelected="false"', 'tabSelected="true"', 1)
            data = t.encode("utf-8")
        new.append((info, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in new:
            z.writestr(info, data)


def sheet_pdf(xlsx, page):
    """The one printed page of the 汇总 sheet (page `page` of the whole workbook print)."""
    opt = 'pdf:calc_pdf_Export:{"PageRange":{"type":"string","value":"%d"}}' % page
    lo(["--convert-to", opt, "--outdir", HERE, xlsx])


# ------------------------------------------------------------ expected.json
def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values) if str(v).strip())


def ent_values(row, with_code=True):
    d, fmt = row["date"]
    return [str(row["no"]), row["name"], row["code"], row["ind"], row["policy"], row["basis"], row["item"],
            show_amount(row["apply"]), show_amount(row["approved"]), show_amount(row["paid"]),
            show_date(d, fmt), row["how"], row["remark"]]


def ent_record(sheet, row, place, urlmap):
    docno = row["basis"].split(" ")[0]
    comments = {}
    for k, t in row.get("comments", {}).items():
        comments[{"apply": "申报金额（万元）", "approved": "核定金额（万元）", "paid": "已兑现金额（万元）"}[k]] = t
    d, fmt = row["date"]
    rec = {
        "sheet": sheet,
        "excel_row": row["excel_row"],
        "hidden": bool(row.get("hidden")),
        "clause": row_clause(VISIBLE_HEADERS, ent_values(row)),
        "fields": dict(zip(VISIBLE_HEADERS, ent_values(row))),
        "hidden_column_内部备注": row["inner"] or None,
        "comments": comments or None,
        "link": {"政策依据": row["basis"], "url": urlmap.get(docno)},
        "date_cell": ("real date, number format %s (serial %d)" % (fmt, (d - dt.date(1899, 12, 30)).days)) if (d is not None and fmt)
        else ("text" if d else "empty"),
        "applies_to": place,
    }
    if row.get("group"):
        rec["merged_from_row_above"] = "序号 / 企业名称 / 统一社会信用代码 / 所属行业 are merged with row %d; this row's own cells are empty" % (row["excel_row"] - 1)
    return rec


def total_clause(t):
    return row_clause(VISIBLE_HEADERS, ["合计", "", "", "", "", "", "", show_amount(t[0]), show_amount(t[1]), show_amount(t[2]), "", "", ""])


def summary_clauses(totals, names, pct_fmt):
    rows = []
    all_t = [0, 0, 0, 0, 0]
    for i, name in enumerate(names, 1):
        t = totals[name][1]
        rate = t[2] / t[1] if t[1] else 0
        rows.append(row_clause(["序号", "片区", "兑现企业数（家）", "兑现事项数（项）", "申报金额（万元）", "核定金额（万元）", "已兑现金额（万元）", "兑现率", "备注"],
                               [str(i), name, str(t[3]), str(t[4]), show_amount(t[0]), show_amount(t[1]), show_amount(t[2]), pct_fmt % (rate * 100), ""]))
        for k in range(5):
            all_t[k] += t[k]
    rate = all_t[2] / all_t[1]
    tot = row_clause(["序号", "片区", "兑现企业数（家）", "兑现事项数（项）", "申报金额（万元）", "核定金额（万元）", "已兑现金额（万元）", "兑现率"],
                     ["合计", "", str(all_t[3]), str(all_t[4]), show_amount(round(all_t[0], 2)), show_amount(round(all_t[1], 2)), show_amount(round(all_t[2], 2)), pct_fmt % (rate * 100)])
    return rows, tot, all_t


def expected(hb_totals, hn_totals):
    # ---------------- 湖北
    names = list(HB_PIANQU)
    srows, stot, hb_all = summary_clauses(hb_totals, names, "%.2f%%")
    srows[1] = srows[1] + "；备注：含区域总部落户奖励首期500万元"
    hb_note = "注：兑现率＝已兑现金额÷核定金额；各片区明细见分表，撤回事项不计入。"
    hb_clauses = srows + [stot, hb_note]
    hb_records = []
    hb_specific = {}
    for name in names:
        info = HB_PIANQU[name]
        for row in HB_ROWS[name]:
            rec = ent_record(name, row, info["place"], HB_URL)
            hb_records.append(rec)
            if not row.get("hidden"):
                hb_clauses.append(rec["clause"])
                hb_specific["%s 第%d行 (%s)" % (name, row["excel_row"], row["name"])] = info["place"]
        hb_clauses.append(total_clause(hb_totals[name][1]))
    hb_clauses += HB_NOTES
    for i, name in enumerate(names):
        hb_specific["汇总 第%d行 (%s)" % (5 + i, name)] = HB_PIANQU[name]["place"]
    hidden_row = [r for r in HB_ROWS["武汉片区"] if r.get("hidden")][0]
    hb = {
        "meta": {
            "title": HB_TITLE,
            "doc_number": None,
            "issuer": [HB_ISSUER],
            "date": "2024-10-15",
            "published": None,
            "level": "provincial",
            "region": "湖北省（中国（湖北）自由贸易试验区）",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "台账（汇总表）",
            "recipients": [],
            "publicity": None,
            "sheets": ["汇总", "武汉片区", "襄阳片区", "宜昌片区", "说明"],
            "period": "2024-01-01 — 2024-09-30",
            "sheet_meta": {
                "武汉片区": {"title": "中国（湖北）自由贸易试验区武汉片区2024年度惠企政策兑现台账", "填报单位": "中国（湖北）自由贸易试验区武汉片区工作办公室", "填报日期": "2024-10-10 (real date cell K2, format yyyy\"年\"m\"月\"d\"日\")"},
                "襄阳片区": {"title": "中国（湖北）自由贸易试验区襄阳片区2024年度惠企政策兑现台账", "填报单位": "中国（湖北）自由贸易试验区襄阳片区管理委员会", "填报日期": "2024-10-09 (text “2024.10.9” in K2)"},
                "宜昌片区": {"title": "中国（湖北）自由贸易试验区宜昌片区2024年度惠企政策兑现台账", "填报单位": "中国（湖北）自由贸易试验区宜昌片区管理委员会", "填报日期": "2024-10-11 (real date cell K2)"},
            },
        },
        "clauses": hb_clauses,
        "rows": hb_records,
        "applies_to": {
            "default": "湖北省（中国（湖北）自由贸易试验区武汉、襄阳、宜昌片区）",
            "specific": hb_specific,
            "note": "Each enterprise row applies to its sheet's 片区 (the sheet name, repeated in the sheet title) — the row text itself never names the 片区, so the reader must carry the sheet into the clause (path/label/heading). Foreign places inside 兑现事项 or 批注 (德国杜伊斯堡, 波兰华沙, 哈萨克斯坦阿斯塔纳/阿拉木图, 沙特利雅得, 乌兹别克斯坦塔什干, 印度尼西亚, 上海洋山) are where the supported business happens, not where the policy applies. 阳逻港 is in 武汉. 鄂/武/襄/宜 文号 prefixes and 中国出口信用保险公司湖北分公司 are organs, not places.",
        },
        "_note": (
            "ONE document: the workbook (sheets 汇总 | 武汉片区 | 襄阳片区 | 宜昌片区 | 说明, in that order; 汇总 is the active sheet). Splitting it into one document per sheet is tolerable (low) if each keeps its 片区 and the ledger title/填报单位. "
            "Title = merged A1:J1 of 汇总; 填报单位 (A2:F2) gives the issuer — the suffix “（省商务厅代章）” is not part of the organ's name; 填报日期 (G2:J2, typed as TEXT “填报日期：2024年10月15日”) is the date. No 文号, no effective/expires (a ledger has none). The period 2024-01-01 — 2024-09-30 is stated in the title (1—9月) and 说明 1．. "
            "Furniture, not clauses: title rows (A1, each sheet), the 填报单位/填报日期 row, “单位：万元” (N2 of each 片区 sheet), the two header rows (group row 企业信息 / 政策信息 / 兑现情况 merged over their columns, with 序号/内部备注/备注 merged down two rows; the 汇总 has 兑现主体 / 兑现情况), the 填表人/审核人/联系电话 line under each table, the 说明 sheet heading “说明”, the page footer “第 &P 页，共 &N 页”. "
            "Rows: every enterprise row is a clause written 列名：值 with the LEAF headers (prefixing the group, e.g. 兑现情况/核定金额（万元）, is tolerable). Enterprise rows: 武汉片区 6 visible rows (Excel rows 5,6,7,8,10,11; 序号 1,2,2,3,5,6 — the gap at 4 is the hidden row), 襄阳片区 5, 宜昌片区 5. "
            "武汉片区 rows 6–7: 湖北楚汉通国际物流有限公司 has two policy items; A6:A7, B6:B7, C6:C7, D6:D7 are MERGED, so row 7's own cells are empty — row 7 must still carry 序号 2 / the company name / 信用代码 / 行业 (missing = HIGH for that row: an analyst searching the company finds only one of its two items). "
            "HIDDEN: column M 内部备注 is hidden on every 片区 sheet and column I on 汇总 — if read it must be marked hidden or left out (silently mixed into the row = medium: internal notes such as “拨付文件在市财政局会签” would be cited as public). Row 9 of 武汉片区 (武汉长江智汇供应链管理有限公司, 已撤回, 申报75.00) is HIDDEN — left out or marked hidden; read as an ordinary row = medium (an analyst would count a withdrawn application as a beneficiary). "
            "The 合计 rows use SUBTOTAL(109,…) which excludes the hidden row: 武汉片区 合计 申报 2,614.80 (not 2,689.80). Values must be the CACHED values, never the formula text “=SUBTOTAL(109,H5:H11)” (HIGH) or empty (medium). 合计 rows as clauses or dropped: both tolerable (low); the 汇总 rows are the per-片区 totals. "
            "Amounts: number cells with format #,##0.00 → 1,860.00 (showing 1860 or 1860.0 is taste, low; a wrong magnitude or float noise like 2614.7999999 is low-medium). 兑现率 cells are formulas with format 0.00% → 77.02% (0.7702… is low). "
            "Dates (兑现日期): real date cells (formats yyyy-mm-dd and yyyy\"年\"m\"月\"d\"日\") must come out as dates (2024-07-18 / 2024年8月30日; ISO is fine) — NOT as serial numbers (45491 = HIGH for that field) or “2024-07-18 00:00:00” (low); text dates 2024.3.5 / 2024年3月 / 2024.8.2 must be kept as typed (2024年3月 is month-only — inventing a day is medium). Empty 兑现日期 = 待兑现. "
            "批注 (comments) on amounts explain 核减: ideally attached to the row (e.g. as 批注), never a separate clause and never glued into the amount value; ignoring them is low-medium (the reason for a cut is lost). "
            "政策依据 cells are hyperlinks (cell hyperlinks to gov.cn pages): the text (文号 + 条) is what the clause needs; keeping the URL is a bonus. "
            "The 说明 sheet's 7 numbered notes (1．…7．) are clauses (one each). The 汇总 note row “注：兑现率＝…” is a table note (clause or dropped, low)."
        ),
        "_pdf": {
            "holds": "the 汇总 sheet only (page 1 of the workbook print, landscape, fit to width): title, 填报单位/填报日期 line, the two header rows, 3 片区 rows + 合计, the 注 line, the 填表人 line, footer “第 1 页，共 N 页”. Hidden column I (内部备注) is not printed. The 批注 on F7 (宜昌片区 核定金额) is exported as a PDF Text annotation (/Annots, T=F7, with a popup) — not in the text layer; a small note icon is drawn over the table. Reading it is a bonus; it must not be glued into a row.",
            "clauses": srows + [stot, hb_note],
            "clauses_absent_by_design": "all 片区 enterprise rows, the 3 片区 合计 rows and the 7 说明 notes (they are not on the printed sheet) — not a reader fault",
            "meta": "title, issuer 中国（湖北）自由贸易试验区工作办公室, date 2024-10-15, level provincial — same as the workbook; the footer and 填表人 line are furniture; the table must come out as rows (列名：值), not as one run of numbers.",
        },
    }

    # ---------------- 河南
    names = list(HN_PIANQU)
    srows, stot, hn_all = summary_clauses(hn_totals, names, "%.1f%%")
    srows[0] = srows[0] + "；备注：含中欧班列（郑州）集货奖励2,184.50万元"
    hn_clauses = list(HN_NOTES) + [stot] + srows
    hn_records = []
    hn_specific = {}
    for name in names:
        info = HN_PIANQU[name]
        hn_clauses.append(total_clause(hn_totals[name][1]))
        for row in HN_ROWS[name]:
            rec = ent_record(name, row, info["place"], HN_URL)
            rec["link"]["how"] = "=HYPERLINK(url, text) formula; cached value = the text"
            hn_records.append(rec)
            hn_clauses.append(rec["clause"])
            hn_specific["%s 第%d行 (%s)" % (name, row["excel_row"], row["name"])] = info["place"]
        hn_records.append({"sheet": name, "excel_row": 5, "hidden": True, "what": "填报示例 row (河南××国际物流有限公司 …), hidden — must be left out or marked hidden/example; as an ordinary clause = medium (a fake enterprise with 100.00/90.00 amounts)"})
    for i, name in enumerate(names):
        hn_specific["汇总 第%d行 (%s)" % (6 + i, name)] = HN_PIANQU[name]["place"]
    hn = {
        "meta": {
            "title": HN_TITLE,
            "doc_number": None,
            "issuer": [HN_ISSUER],
            "date": "2024-07-12",
            "published": None,
            "level": "provincial",
            "region": "河南省（中国（河南）自由贸易试验区）",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "台账（汇总表）",
            "recipients": [],
            "publicity": None,
            "sheets": ["说明", "汇总", "郑州片区", "开封片区", "洛阳片区"],
            "period": "2024-01-01 — 2024-06-30",
            "sheet_meta": {n: {"title": "中国（河南）自由贸易试验区%s“一带一路”开放通道政策兑现台账（2024年上半年）" % n, "填报单位": HN_PIANQU[n]["fill_unit"], "填报日期": "2024-07-08 (real date cell K2, format yyyy/m/d)"} for n in names},
        },
        "clauses": hn_clauses,
        "rows": hn_records,
        "applies_to": {
            "default": "河南省（中国（河南）自由贸易试验区郑州、开封、洛阳片区）",
            "specific": hn_specific,
            "note": "Each enterprise row applies to its sheet's 片区. 卢森堡, 布达佩斯/匈牙利, 汉堡, 吉尔吉斯斯坦比什凯克, 沙特, 马来西亚, 乌兹别克斯坦塔什干, 哈萨克斯坦阿拉木图, 埃及苏伊士, 中东欧 are where the supported business happens, not where the policy applies. 朱仙镇 (开封) is a product origin.",
        },
        "_note": (
            "ONE document: the workbook (sheets 说明 | 汇总 | 郑州片区 | 开封片区 | 洛阳片区 — 说明 comes FIRST; 汇总 is the active sheet). Per-sheet documents tolerable (low) if each keeps its 片区. "
            "Title = 汇总 A1, a merged cell whose text has a HARD LINE BREAK (…政策兑现台账⏎（2024年上半年）): join without the newline (a title cut at the break, i.e. missing （2024年上半年）, = medium; a stray space = low). The title must not be “填报说明” (the first sheet's heading) — medium. "
            "Issuer from 填报单位 (A2:E2). 填报日期 is a label cell F2 “填报日期：” + a REAL DATE cell G2 (format yyyy\"年\"m\"月\"d\"日\", serial 45485) = 2024-07-12. No 文号, effective, expires. "
            "Clause order follows the sheets: 6 说明 notes (一、…六、), then 汇总 (合计 row FIRST, directly under the headers — then 郑州/开封/洛阳 rows), then each 片区 sheet: its 合计 row (row 6, directly under the headers, before the enterprises), then the enterprise rows 7… . A reader that takes the first row under the header for data must still recognise 合计 (as a total clause or dropped; taken for an enterprise named 合计 = low). "
            "Hidden: row 5 of every 片区 sheet is a 填报示例 row (序号 示例, 河南××国际物流有限公司, 91410100MA××××××××) — left out or marked hidden; read as an enterprise = medium. Column M 内部备注 (片区 sheets) and column I (汇总) are hidden — left out or marked hidden. "
            "政策依据 is a =HYPERLINK(\"url\",\"文号 第X条\") FORMULA: the cached value (e.g. 豫政办〔2023〕41号 第三条) must be read; the formula text in a clause = HIGH for that field (and it would also leak the URL as text); the URL itself is a bonus. "
            "The 合计 cells are SUBTOTAL(109,…) formulas over the enterprise rows (below them): cached values, never formula text. 汇总 amounts are cross-sheet formulas ('郑州片区'!H6): cached values. 兑现率 format 0.0% → 83.6%. "
            "Dates: real dates with format yyyy/m/d (→ 2024/4/19; ISO fine) vs text 2024.6.28 / 2024.6.14 / 2024年3月 / 2024年6月 (keep as typed). Serial numbers = HIGH for that field. "
            "批注 on amounts (核减 reasons, the 243.00万元 still unpaid): attached to the row or ignored (low-medium); never a separate clause or glued into the number. "
            "Furniture: title rows, 填报单位/填报日期 row, 金额单位：万元, the two header rows, the 审核人/填表人/联系电话 line, the 说明 heading 填报说明, page footers."
        ),
        "_pdf": {
            "holds": "the 汇总 sheet only (page 2 of the workbook print — page 1 is the 说明 sheet): title on two lines, 填报单位/填报日期 line (2024年7月12日), two header rows, 合计 row first, then 郑州/开封/洛阳 rows, the 审核人 line, footer. Hidden column I not printed. The 批注 on G6 (郑州片区 已兑现金额) is a PDF Text annotation (T=G6), not in the text layer.",
            "clauses": [stot] + srows,
            "clauses_absent_by_design": "the 说明 notes and every 片区 sheet (not printed)",
            "meta": "title (two printed lines, to be joined), issuer, date 2024-07-12, level provincial — as the workbook.",
        },
    }
    return {"blind153_hubei_ledger": [hb], "blind153_henan_ledger": [hn]}, hb_all, hn_all


def verify(path):
    """Check that the LibreOffice round-trip kept what the theme needs."""
    wb = load_workbook(path)
    wv = load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        hid_cols = [k for k, d in ws.column_dimensions.items() if d.hidden]
        hid_rows = [k for k, d in ws.row_dimensions.items() if d.hidden]
        ncom = sum(1 for row in ws.iter_rows() for c in row if c.comment)
        nlink = sum(1 for row in ws.iter_rows() for c in row if c.hyperlink)
        nform = sum(1 for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("="))
        nocache = [c.coordinate for row in ws.iter_rows() for c in row
                   if isinstance(c.value, str) and c.value.startswith("=") and wv[ws.title][c.coordinate].value is None]
        out.append("%s: freeze=%s filter=%s hidden_cols=%s hidden_rows=%s comments=%d links=%d formulas=%d uncached=%s merged=%d"
                   % (ws.title, ws.freeze_panes, ws.auto_filter.ref, hid_cols, hid_rows, ncom, nlink, nform, nocache, len(ws.merged_cells.ranges)))
    return out


def main():
    with tempfile.TemporaryDirectory() as tmp:
        a, hb_totals = build_hubei(tmp)
        b, hn_totals = build_henan(tmp)
        fa = roundtrip(a)
        fb = roundtrip(b)
    patch_views(fa, {"汇总": "A5", "武汉片区": "C5", "襄阳片区": "C5", "宜昌片区": "C5"}, "汇总")
    patch_views(fb, {"汇总": "C5", "郑州片区": "D7", "开封片区": "D7", "洛阳片区": "D7"}, "汇总")
    sheet_pdf(fa, 1)
    sheet_pdf(fb, 2)
    exp, hb_all, hn_all = expected(hb_totals, hn_totals)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    for f in (fa, fb):
        print(f)
        for line in verify(f):
            print("   ", line)
    print("totals", hb_all, hn_all)


if __name__ == "__main__":
    main()
