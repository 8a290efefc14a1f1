# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Generate a realistic mix of good, bad and odd files in /tmp/officecheck47/files/.

Written blind (without reading bri_kb code) for the forty-seventh round of
black-box testing of `bri ingest` / `bri ask`.  Each good file carries a
unique, searchable phrase so a later `bri ask` can prove it reached the KB.
"""

import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from PIL import Image, ImageDraw, ImageFont

ROOT = Path("/tmp/officecheck47")
OUT = ROOT / "files"
WORK = ROOT / "work"
FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"


def policy_docx(path, title, number, issuer, date, articles):
    d = docx.Document()
    d.add_heading(title, level=1)
    d.add_paragraph(number)
    for i, a in enumerate(articles, 1):
        d.add_paragraph("第%s条　%s" % ("一二三四五六七八九十"[i - 1], a))
    d.add_paragraph(issuer)
    d.add_paragraph(date)
    d.save(str(path))


DOCX1_ARTS = [
    "为推动中国（河南）自由贸易试验区郑州片区跨境电子商务高质量发展，服务“一带一路”建设，制定本办法。",
    "对在共建“一带一路”国家新建跨境电商海外仓且面积达到五千平方米以上的企业，按照实际投资额的百分之二十给予一次性补贴，单个企业最高五百万元。",
    "对跨境电商企业开展“网购保税进口”业务，年进口额首次超过一亿元的，给予一百万元奖励。",
    "本办法自2023年3月1日起施行，有效期三年。",
]
DOCX2_ARTS = [
    "为支持中欧班列（郑州）扩量提质，加快郑州航空港经济综合实验区与“一带一路”沿线国家互联互通，制定本措施。",
    "对经郑州开行的中欧班列回程重箱，每标准箱给予运费补助八百元，每年补助总额不超过两千万元。",
    "鼓励企业利用中欧班列开展冷链运输，对冷链专列每列奖励十五万元。",
    "本措施自2022年7月1日起施行。",
]
TXT_GOOD = """海南自由贸易港离岛免税购物管理规定

琼府〔2021〕18号

第一条　为规范海南自由贸易港离岛旅客免税购物管理，制定本规定。
第二条　离岛旅客每人每年累计免税购物额度为十万元，不限次数。
第三条　离岛免税商品品种共四十五大类，新增手机、笔记本电脑等电子消费产品。
第四条　本规定自2021年7月1日起施行。

海南省人民政府
2021年6月20日
"""
HTML_GOOD = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>湖北自贸试验区数据跨境流动试点工作通知</title>
<style>body{font-family:serif}</style><script>var trackingId='UA-000';</script></head>
<body><div class="nav">首页 &gt; 政策文件 &gt; 通知公告</div>
<h1>关于开展中国（湖北）自由贸易试验区武汉片区数据跨境流动试点工作的通知</h1>
<p class="wh">鄂商务发〔2023〕9号</p>
<p>第一条　在武汉片区开展数据跨境流动试点，探索建立数据出境安全评估“白名单”制度。</p>
<p>第二条　列入白名单的光谷生物医药企业向“一带一路”合作伙伴提供临床研究数据，可免于逐项申报。</p>
<p>第三条　本通知自2023年5月1日起施行。</p>
<p>湖北省商务厅<br>2023年4月10日</p>
<div class="footer">版权所有 湖北省商务厅 | 网站标识码 4200000000</div></body></html>
"""
UTF16_TXT = """山东自由贸易试验区青岛片区船舶登记便利化措施

第一条　在青岛片区注册的国际航行船舶，实行“中国洋山港籍”同等的船舶登记便利化政策。
第二条　外籍船员在青岛片区登记船舶上任职的，工作许可办理时限压缩至五个工作日。
第三条　本措施自2022年1月1日起施行。
"""
SPACES_TXT = """关于金融支持中国（福建）自由贸易试验区厦门片区创新发展的意见

厦金发〔2020〕5号

一、支持厦门片区银行机构为台资企业办理新台币现钞跨境调运业务，单笔调运上限为二百万新台币。
二、鼓励保险机构为“丝路海运”航线提供出口信用保险，保费补贴比例为百分之五十。
三、本意见自印发之日起施行。
"""
NOSUFFIX_TXT = """广东自由贸易试验区南沙片区粤港澳青年创业补贴办法

第一条　港澳青年在南沙片区首次创业的，给予创业启动资助二十万元。
第二条　本办法自2021年9月1日起施行。
"""
RENAMED_TXT = """四川自由贸易试验区成都天府国际机场片区航空物流扶持办法

第一条　对新开通至“一带一路”国家全货机航线的航空公司，每条航线奖励三百万元。
第二条　本办法自2023年1月1日起施行。
"""


def soffice(src, fmt, outdir):
    # separate user profile so we never touch any running LibreOffice instance
    prof = tempfile.mkdtemp(prefix="lo47_")
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", fmt,
                    "--outdir", str(outdir), str(src)], check=True, capture_output=True, timeout=180)
    shutil.rmtree(prof, ignore_errors=True)


def main():
    shutil.rmtree(OUT, ignore_errors=True); shutil.rmtree(WORK, ignore_errors=True)
    OUT.mkdir(parents=True); WORK.mkdir(parents=True)

    # --- good files ---
    policy_docx(OUT / "河南自贸试验区跨境电商支持办法.docx", "中国（河南）自由贸易试验区郑州片区支持跨境电子商务发展办法",
                "郑自贸〔2023〕4号", "郑州片区管委会", "2023年2月15日", DOCX1_ARTS)
    policy_docx(OUT / "郑州中欧班列扶持措施.docx", "郑州航空港区支持中欧班列扩量提质若干措施",
                "郑港政〔2022〕11号", "郑州航空港经济综合实验区管委会", "2022年6月20日", DOCX2_ARTS)
    (OUT / "海南离岛免税购物管理规定.txt").write_text(TXT_GOOD, encoding="utf-8")
    (OUT / "湖北数据跨境流动试点通知.html").write_text(HTML_GOOD, encoding="utf-8")
    # odd but readable: name with spaces and Chinese characters
    (OUT / "福建 自贸区 金融创新 意见（2020）.txt").write_text(SPACES_TXT, encoding="utf-8")
    # odd but readable: UTF-16 LE with BOM (Windows Notepad "Unicode")
    (OUT / "山东青岛片区船舶登记_UTF16.txt").write_bytes(b"\xff\xfe" + UTF16_TXT.replace("\n", "\r\n").encode("utf-16-le"))

    # --- bad files ---
    # truncated docx: zip cut in half
    full = WORK / "guangxi.docx"
    policy_docx(full, "广西自贸试验区钦州港片区跨境贸易便利化措施", "桂自贸〔2022〕2号", "钦州港片区管委会", "2022年3月1日",
                ["为提升钦州港跨境贸易便利化水平，制定本措施。", "进口货物整体通关时间压缩至二十四小时以内。", "本措施自印发之日起施行。"])
    b = full.read_bytes(); (OUT / "广西钦州港便利化措施_下载中断.docx").write_bytes(b[: len(b) // 2])
    # docx that is really a renamed txt
    (OUT / "四川航空物流扶持办法.docx").write_text(RENAMED_TXT, encoding="utf-8")
    # empty txt
    (OUT / "空白文件.txt").write_bytes(b"")
    # PDF with no text layer (scanned page)
    img = Image.new("RGB", (1240, 1754), "white"); dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 40)
    dr.text((120, 150), "陕西自贸试验区西安国际港务区扫描件", font=f, fill="black")
    for i, a in enumerate(["第一条　中欧班列长安号集结中心建设。", "第二条　对回程班列给予补贴。"]):
        dr.text((120, 300 + 80 * i), a, font=f, fill="black")
    img.save(OUT / "陕西西安港务区扫描件.pdf", "PDF", resolution=150.0)
    # password-protected PDF with a real text layer (LibreOffice -> pdf, ghostscript encrypts)
    src = WORK / "重庆两江新区开放措施.docx"
    policy_docx(src, "重庆两江新区扩大开放若干措施", "渝两江〔2023〕1号", "两江新区管委会", "2023年1月5日",
                ["支持果园港开展西部陆海新通道铁海联运。", "本措施自2023年2月1日起施行。"])
    soffice(src, "pdf", WORK)
    enc = OUT / "重庆两江新区开放措施_加密.pdf"
    r = subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-sOwnerPassword=owner47",
                        "-sUserPassword=user47", "-dEncryptionR=3", "-dKeyLength=128", "-sOutputFile=" + str(enc),
                        str(WORK / "重庆两江新区开放措施.pdf")], capture_output=True, check=False)
    if r.returncode != 0 or not enc.exists(): print("skip encrypted pdf:", r.stderr[-300:])
    # old binary Word 97-2003 .doc (real, via LibreOffice)
    src = WORK / "江苏南京片区旧版公文.docx"
    policy_docx(src, "江苏自贸试验区南京片区集成电路产业扶持意见", "宁自贸〔2019〕7号", "南京片区管委会", "2019年11月1日",
                ["对集成电路设计企业流片费用给予百分之三十补贴。", "本意见自2020年1月1日起施行。"])
    soffice(src, "doc", OUT)
    # xlsx (spreadsheet, not a policy text)
    csv = WORK / "自贸区企业统计表.csv"
    csv.write_text("片区,新设企业数,实际利用外资（亿美元）\n郑州,1200,3.5\n开封,300,0.8\n洛阳,450,1.1\n", encoding="utf-8")
    # LibreOffice Calc is not installed here, so build the workbook with openpyxl
    import openpyxl
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "统计"
    for line in csv.read_text(encoding="utf-8").splitlines(): ws.append(line.split(","))
    wb.save(str(OUT / "自贸区企业统计表.xlsx"))
    # a WPS Office document: WPS .wps files are OLE2 compound files; copy the real .doc bytes under a .wps name
    shutil.copy(OUT / "江苏南京片区旧版公文.doc", OUT / "江苏南京片区旧版公文_WPS保存.wps")
    # file with no suffix (readable text inside)
    (OUT / "广东南沙青年创业补贴办法").write_text(NOSUFFIX_TXT, encoding="utf-8")
    # extras seen in real offices: GBK-encoded txt (Windows Notepad "ANSI" on Chinese Windows),
    # upper-case suffix, and an old .doc that someone renamed to .docx
    (OUT / "天津自贸区融资租赁通知_GBK.txt").write_bytes("天津自由贸易试验区东疆片区融资租赁业务指引\r\n\r\n第一条　东疆片区飞机融资租赁项目公司注册资本可分期缴纳。\r\n第二条　本指引自2021年4月1日起施行。\r\n".encode("gbk"))
    shutil.copy(OUT / "郑州中欧班列扶持措施.docx", OUT / "郑州中欧班列扶持措施_大写后缀.DOCX")
    shutil.copy(OUT / "江苏南京片区旧版公文.doc", OUT / "江苏南京片区旧版公文_改后缀.docx")
    # hidden / lock files as Word and LibreOffice leave them
    (OUT / "~$南自贸试验区跨境电商支持办法.docx").write_bytes(b"\x08zhangsan" + b"\x00" * 44 + b"\x08\x00z\x00h\x00a\x00n\x00g\x00" + b"\x00" * 100)
    (OUT / ".~lock.郑州中欧班列扶持措施.docx#").write_text(",zhangsan,DESKTOP-47,02.03.2024 10:15,file:///C:/Users/zhangsan/AppData/Roaming/LibreOffice/4;\n", encoding="utf-8")

    for p in sorted(OUT.iterdir()):
        print("%8d  %s" % (p.stat().st_size, p.name))


if __name__ == "__main__":
    main()
