# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 86: plain-text files as analysts make them (copy from PDF / web page into Notepad).

(a) blind86_hunan_notice.txt  - provincial notice copied out of a PDF, saved in GBK, CRLF,
    hard line breaks every 30-38 characters (inside words and numbers), page numbers and the
    running header (文号) left between pages, full-width-space indentation, a table copied as
    space-separated columns, 版记 at the end.
(b) blind86_xiamen_web.txt    - UTF-8 with BOM, two documents copied one after the other from a
    government website (title, 发布时间/来源 line, 字体 line, text, 【打印本页】【关闭窗口】),
    the second a 政策解读 of the first.
Run: python make_blind86.py  (writes the .txt files and expected.json next to itself)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
IND = "\u3000\u3000"


def wrap(par, width=35, indent=True):
    """Hard-wrap a paragraph like a PDF line does. '|' forces a break at that point."""
    text = (IND if indent else "") + par
    out = []
    for seg_i, seg in enumerate(text.split("|")):
        # a forced break ends the current line
        while len(seg) > width:
            out.append(seg[:width])
            seg = seg[width:]
        out.append(seg)
    # merge: a forced segment is a complete line; check lengths of non-final lines
    for ln in out[:-1]:
        assert 30 <= len(ln) <= 38, (len(ln), ln)
    return out


def joined(par):
    return par.replace("|", "")


# ---------------------------------------------------------------- (a) Hunan notice, GBK
HN_NO = "湘政办发〔2024〕27号"
HN_TITLE = "湖南省人民政府办公厅关于推进中国（湖南）自由贸易试验区深度对接共建“一带一路”的通知"
hn_pars = [
    # (text, is_clause)
    ("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，充分发挥中国（湖南）自由贸易试验区（以下简称湖南自贸试验区）长沙、岳阳、郴州三个片区的开放平台作用，推动湖南自贸试验区深度对接共建“一带一路”，经省人民政府同意，现就有关事项通知如下。", True),
    ("一、拓展国际物流通道", True),
    ("（一）加密中欧班列（长沙）线路。支持长沙片区做大中欧班列集结中心，到2024年底开行中欧班列（长沙）1200列以上，新开通至中亚、西亚方向线路2条以上。对新开通的国际货运班列线路，按每条线路不超过200万元给予一次性奖励。", True),
    ("（二）做强岳阳城陵矶港江海联运。支持岳阳片区加密城陵矶港至东盟国家、日韩地区的近洋航线和长江内贸干线，力争于2024年6月底前开通岳阳至越南胡志明港直航航线，对完成年度集装箱吞吐量目标的航运企业给予运营补贴。", True),
    ("二、促进贸易投资便利化", True),
    ("（三）深化“单一窗口”建设。推动国际贸易“单一窗口”与共建“一带一路”国家口岸互联互通，实现原产地证书、检验检疫证书等电子数据交换，企业申报时间压缩30%以上。", True),
    ("（四）支持企业“走出去”。对在共建“一带一路”国家投资建设境外经贸合作区的省内企业，按其当年实际投资额的5%给予补助，单个企业每年最高不超过500万元。", True),
    ("三、加强组织保障", True),
    ("（五）压实工作责任。省商务厅（省自贸办）要会同有关部门建立工作台账，每季度调度一次进展情况；各片区管委会要制定具体实施方案，于2024年7月31日前报省自贸办备案。", True),
    ("（六）本通知自2024年7月1日起施行，有效期至2026年12月31日。", True),
]

# Build the lines of the PDF copy.  Each paragraph is wrapped; specific widths are chosen so that
# breaks fall inside numbers (2024|年, 6|月 ...).
widths = [35, 35, 38, 31, 35, 33, 37, 35, 34, 32]
hn_wrapped = [wrap(t, w) if not t.startswith(("一、", "二、", "三、")) else [IND + t] for (t, _), w in zip(hn_pars, widths)]

page_no_odd = "\u3000" * 14 + "- %d -"
page_no_even = "- %d -"

L = []
L += ["湖南省人民政府办公厅文件", "", HN_NO, "",
      "湖南省人民政府办公厅关于推进中国（湖南）自由贸易",
      "试验区深度对接共建“一带一路”的通知", "",
      "各市州人民政府，省政府各厅委、各直属机构："]
# paragraphs 0..2, page break in the middle of paragraph 2 (（一）)
L += hn_wrapped[0] + hn_wrapped[1]
p2 = hn_wrapped[2]
L += p2[:2]
L += ["", page_no_odd % 1, "", HN_NO, ""]
L += p2[2:]
for w in hn_wrapped[3:]:
    L += w
L += ["", IND + "附件：湖南自贸试验区对接共建“一带一路”重点任务清单", "",
      "\u3000" * 12 + "湖南省人民政府办公厅",
      "\u3000" * 13 + "2024年6月12日",
      IND + "（此件主动公开）", "",
      page_no_even % 2, "", HN_NO, "",
      "附件", "",
      "湖南自贸试验区对接共建“一带一路”重点任务清单", ""]
table_head = ["序号", "重点任务", "牵头单位", "完成时限"]
table_rows = [
    ["1", "开通长沙至阿拉木图国际货运班列新线路", "省商务厅", "2024年9月底前"],
    ["2", "开通岳阳城陵矶港至胡志明港直航航线", "岳阳市人民政府", "2024年6月底前"],
    ["3", "建设郴州湘南国际物流园跨境电商监管中心", "郴州市人民政府", "2024年12月底前"],
    ["4", "实现与东盟国家原产地证书电子数据交换", "长沙海关", "2025年6月底前"],
]
L.append("  ".join(table_head))
for r in table_rows:
    L.append(" ".join(r) if r[0] != "3" else "   ".join(r))
L += ["",
      "抄送：省委各部门，省军区，省人大常委会办公厅，省政协办公厅，",
      "省法院，省检察院，长沙海关。",
      "湖南省人民政府办公厅" + "\u3000" * 7 + "2024年6月13日印发", "",
      page_no_odd % 3]

hn_clauses = [joined(t) for t, c in hn_pars if c]
hn_clauses += ["；".join("%s：%s" % (h, v) for h, v in zip(table_head, r)) for r in table_rows]

with open(os.path.join(HERE, "blind86_hunan_notice.txt"), "w", encoding="gbk", newline="\r\n") as f:
    f.write("\n".join(L) + "\n")

# ---------------------------------------------------------------- (b) Xiamen web copy, UTF-8 BOM
XM_T1 = "厦门市商务局关于印发《中国（福建）自由贸易试验区厦门片区支持企业拓展共建“一带一路”市场若干措施》的通知"
XM_MEASURES = "中国（福建）自由贸易试验区厦门片区支持企业拓展共建“一带一路”市场若干措施"
xm1_intro = "为贯彻落实高质量共建“一带一路”部署要求，支持中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）企业开拓共建“一带一路”国家市场，我局制定了《中国（福建）自由贸易试验区厦门片区支持企业拓展共建“一带一路”市场若干措施》，现印发给你们，请认真组织实施。"
xm1_arts = [
    "第一条 为支持厦门片区企业深度参与共建“一带一路”，根据《中国（福建）自由贸易试验区总体方案》等有关规定，结合厦门片区实际，制定本措施。",
    "第二条 本措施适用于在厦门片区内依法登记注册、具有独立法人资格的企业。",
    "第三条 支持企业参加境外展会。对企业参加市商务局认定的共建“一带一路”国家重点境外展会的，按展位费的70%给予补助，每家企业每年最高补助30万元。",
    "第四条 支持开拓中欧（厦门）班列业务。对通过中欧（厦门）班列出口至共建“一带一路”国家的货物，按每标准箱1000元给予运费补助，每家企业每年最高补助50万元。",
    "第五条 支持跨境电商海外仓建设。对企业在共建“一带一路”国家新建或租用面积在2000平方米以上的海外仓，按实际投入的20%给予一次性补助，最高不超过100万元。",
    "第六条 同一企业同一项目符合本措施及本市其他同类政策的，按照从高不重复原则予以支持。",
    "第七条 本措施由厦门市商务局负责解释。",
    "第八条 本措施自2024年4月1日起施行，有效期3年。",
]
XM_T2 = "《中国（福建）自由贸易试验区厦门片区支持企业拓展共建“一带一路”市场若干措施》政策解读"
xm2 = [
    ("一、出台背景", True),
    ("2023年是共建“一带一路”倡议提出十周年。为进一步发挥自贸试验区改革开放试验田作用，推动厦门片区企业更好开拓共建“一带一路”国家市场，市商务局会同市财政局、厦门片区管委会研究制定了《若干措施》。", True),
    ("二、主要内容", True),
    ("《若干措施》共8条，主要包括以下三个方面：", True),
    ("（一）支持企业参展拓市场。对企业参加共建“一带一路”国家重点境外展会的，按展位费的70%给予补助，每家企业每年最高补助30万元。", True),
    ("（二）支持物流通道建设。对通过中欧（厦门）班列出口的货物，按每标准箱1000元给予运费补助。", True),
    ("（三）支持海外仓布局。对在共建“一带一路”国家新建或租用2000平方米以上海外仓的企业，按实际投入的20%给予一次性补助。", True),
    ("三、适用对象", True),
    ("在厦门片区内依法登记注册、具有独立法人资格的企业。", True),
    ("四、施行时间", True),
    ("《若干措施》自2024年4月1日起施行，有效期3年。", True),
]

W = []
W += [XM_T1,
      "发布时间：2024-03-18 16:20　来源：厦门市商务局",
      "【字体：大 中 小】",
      "",
      "厦商务规〔2024〕3号",
      "",
      "各区人民政府，市直有关单位，中国（福建）自由贸易试验区厦门片区管委会：",
      IND + xm1_intro,
      "厦门市商务局",
      "2024年3月15日",
      "（此件主动公开）",
      "",
      XM_MEASURES]
W += [IND + a for a in xm1_arts]
W += ["", "【打印本页】【关闭窗口】", "", "",
      XM_T2,
      "发布时间：2024-03-19 09:05　来源：厦门市商务局",
      "【字体：大 中 小】",
      ""]
for t, _ in xm2:
    W.append(t if t[1] == "、" and t[0] in "一二三四" else IND + t)
    W.append("")
W += [IND + "解读机关：厦门市商务局",
      IND + "解读人及联系电话：对外贸易处 黄先生，0592-2851234",
      "",
      "【打印本页】【关闭窗口】"]

with open(os.path.join(HERE, "blind86_xiamen_web.txt"), "w", encoding="utf-8-sig", newline="\r\n") as f:
    f.write("\n".join(W) + "\n")

# ---------------------------------------------------------------- expected.json
expected = {
    "blind86_hunan_notice": [
        {
            "meta": {
                "title": HN_TITLE,
                "doc_number": HN_NO,
                "issuer": "湖南省人民政府办公厅",
                "date": "2024-06-12",
                "level": "provincial",
                "region": "湖南省",
                "effective": "2024-07-01",
                "expires": "2026-12-31",
            },
            "clauses": hn_clauses,
            "_note": (
                "GBK, CRLF, PDF copy with hard line breaks (breaks inside words and inside numbers, e.g. '2024' / '年底', '2024年6' / '月'), which must be joined without spaces. "
                "Furniture, never clauses and never inside a clause: the red-header line 湖南省人民政府办公厅文件; the 文号 line and the same 文号 repeated as running header at the top of pages 2 and 3; "
                "page numbers '- 1 -' (indented with full-width spaces), '- 2 -', '- 3 -'; the 主送 line 各市州人民政府…；the 附件 mention line; signature 湖南省人民政府办公厅 / 2024年6月12日; （此件主动公开）; "
                "the 附件 label and the attachment title (the table's caption); the table header row itself; 抄送 (two lines) and the 印发 line (2024年6月13日印发 is NOT the signed date). "
                "Page 1 ends in the middle of （一）: its text must continue across '- 1 -' and the header into one clause. "
                "Tolerable: headings 一、二、三、 as their own clauses (as listed) or folded into the following item; the opening paragraph (为深入贯彻…) as a clause or as preamble; "
                "the attachment table as a second document (provided its rows are the rows listed, with header names) ; issuer with or without 湖南省. "
                "Date must be 2024-06-12 (not the 印发 date 2024-06-13)."
            ),
        }
    ],
    "blind86_xiamen_web": [
        {
            "meta": {
                "title": XM_T1,
                "doc_number": "厦商务规〔2024〕3号",
                "issuer": "厦门市商务局",
                "date": "2024-03-15",
                "level": "municipal",
                "region": "厦门市",
                "effective": "2024-04-01",
                "expires": "2027-03-31",
            },
            "clauses": [xm1_intro] + xm1_arts,
            "_note": (
                "UTF-8 with BOM, CRLF, copied from a website. Furniture: the '发布时间：… 来源：…' line (2024-03-18 is the web publishing date, not the signed date), "
                "【字体：大 中 小】, 【打印本页】【关闭窗口】, the 文号 line, the 主送 line, signature 厦门市商务局 / 2024年3月15日, （此件主动公开）, the title of the attached 措施. "
                "Tolerable: the 通知 and its attached 措施 as two documents (then the 措施 has title = measures title, same issuer, no 文号 or same 文号); the intro paragraph as clause or preamble; "
                "region 福建省厦门市; expires missing or 2027-04-01 (only '有效期3年' is printed) is low. The BOM must not end up in the title."
            ),
        },
        {
            "meta": {
                "title": XM_T2,
                "doc_number": None,
                "issuer": "厦门市商务局",
                "date": "2024-03-19",
                "level": "municipal",
                "region": "厦门市",
            },
            "clauses": [t for t, c in xm2 if c],
            "_note": (
                "Second document on the same page copy, a 政策解读 of the first: must be a separate document, and its text must not be attached to the first document's last clause. "
                "No 文号 (must not inherit 厦商务规〔2024〕3号). Date: only the web 发布时间 2024-03-19 is printed; null tolerable. "
                "Furniture: 发布时间/来源 line, 【字体：大 中 小】, 【打印本页】【关闭窗口】. The 解读机关 / 解读人及联系电话 lines are tolerable as clauses (low) but are not expected. "
                "Tolerable: headings 一、二、… as own clauses (as listed) or merged with the paragraph below; effective 2024-04-01 attributed to the 解读 is low (it describes the measures)."
            ),
        },
    ],
}
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=1)
print("ok")
