"""Quirks that arrive as plain text: converter leftovers (markdown, HTML, LaTeX) and legacy encodings."""
from deterministic import write_if_changed
from quirk import Quirk


def text_file(text, encoding="utf-8", bom=b""):
    def build(path):
        write_if_changed(path, bom + text.encode(encoding))
    return build


MARKDOWN = """# 第五条 付款方式

**5.1** 第一次付款：双方签署合同后30个工作日内，甲方向乙方支付合同款的**60%**，即人民币贰佰捌拾贰万玖仟元整（¥2,829,000.00元）。

## 5.2 发票

乙方应在每次付款前向甲方开具**增值税专用发票**，否则甲方有权顺延付款。
"""

MARKDOWN_EXPECTED = """第五条 付款方式

5.1 第一次付款：双方签署合同后30个工作日内，甲方向乙方支付合同款的60%，即人民币贰佰捌拾贰万玖仟元整（¥2,829,000.00元）。

5.2 发票

乙方应在每次付款前向甲方开具增值税专用发票，否则甲方有权顺延付款。
"""

HTML = """附件一 运维服务内容

序号\t运维内容\t服务方式
1\t<p>1、系统巡检维护。对业务系统进行日常巡检，检查系统的可用性。</p> <p>2、系统故障处置和恢复。及时处置系统故障，恢复系统服务。</p>\t远程服务
2\t<p>应急管理数据对接技术支持内容包括：</p> <p>1、开展日常巡检，保障共享交换平台的安全、稳定运行。</p>\t现场服务
"""

HTML_EXPECTED = """附件一 运维服务内容

序号\t运维内容\t服务方式
1\t1、系统巡检维护。对业务系统进行日常巡检，检查系统的可用性。 2、系统故障处置和恢复。及时处置系统故障，恢复系统服务。\t远程服务
2\t应急管理数据对接技术支持内容包括： 1、开展日常巡检，保障共享交换平台的安全、稳定运行。\t现场服务
"""

LATEX = """服务质量考核指标

用户对系统的满意度 $\\geq 95\\%$

IT 需求客户满意度 $\\geq 95\\%$

IT 系统稳定运行率（%）\t$\\geq 96\\%$
IT 服务投诉（个）\t$\\leq 5\\%$
"""

LATEX_EXPECTED = """服务质量考核指标

用户对系统的满意度 ≥95%

IT 需求客户满意度 ≥95%

IT 系统稳定运行率（%）\t≥96%
IT 服务投诉（个）\t≤5%
"""

# GBK has no U+00A5: Chinese legacy text writes the full-width ￥.
LEGACY = """第三条 合同价款

本合同总额为人民币（大写）叁佰玖拾万元整（￥3,900,000.00元整，含税）。前述合同价款为含税价，是乙方在服务期间内全面履行本合同所有义务后，甲方所应支付的所有费用。

第四条 履约保证金

乙方应于本合同签署之日起20个工作日内向甲方提交（大写）叁拾贰万柒仟捌佰元整（￥327,800.00元）履约保函。
"""

QUIRKS = [
    Quirk("markdown-marks", "txt", "markdown headings (#, ##) and bold marks (**) left by a converter",
          MARKDOWN_EXPECTED, text_file(MARKDOWN),
          contains=["合同款的60%", "贰佰捌拾贰万玖仟元整", "增值税专用发票"],
          absent=[r"\*\*", r"(?m)^\s*#"]),
    Quirk("html-cell-tags", "txt", "<p>…</p> tags inside tab-separated table cells",
          HTML_EXPECTED, text_file(HTML),
          contains=["1、系统巡检维护。对业务系统进行日常巡检"],
          absent=[r"</?p>"]),
    Quirk("latex-fragments", "txt", "LaTeX-like fragments $\\geq 95\\%$ left by a converter",
          LATEX_EXPECTED, text_file(LATEX),
          contains=["≥95%", "≥96%", "≤5%"],
          absent=[r"\$", r"\\geq", r"\\leq", r"\\%"]),
    Quirk("gbk-encoding", "txt", "a contract clause saved in GBK (GB18030), no BOM",
          LEGACY, text_file(LEGACY, "gbk"),
          contains=["叁佰玖拾万元整", "叁拾贰万柒仟捌佰元整"]),
    Quirk("utf16-bom", "txt", "a contract clause saved as UTF-16 little-endian with a BOM",
          LEGACY, text_file(LEGACY, "utf-16-le", b"\xff\xfe"),
          contains=["叁佰玖拾万元整", "叁拾贰万柒仟捌佰元整"]),
]
