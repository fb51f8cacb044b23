"""Made-up bill files laid out like the providers' exports, for tests, benchmarks and demos.

Nothing here is real account data. The layouts follow what published parsers have seen
(preamble, header names, tabs after numbers, "¥" amounts, "/" for nothing); each variant a
user may hand us can be produced: GBK with preamble, re-saved UTF-8, WeChat XLSX with the
header on row 17, 18 or 19, the older Alipay web export, and the (AES) zip WeChat mails.
Writing XLSX needs openpyxl (the dev extra); reading never does.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

ALIPAY_HEADER = [
    "交易时间",
    "交易分类",
    "交易对方",
    "对方账号",
    "商品说明",
    "收/支",
    "金额",
    "收/付款方式",
    "交易状态",
    "交易订单号",
    "商家订单号",
    "备注",
]
ALIPAY_OLD_HEADER = [
    "交易号",
    "商家订单号",
    "交易创建时间",
    "付款时间",
    "最近修改时间",
    "交易来源地",
    "类型",
    "交易对方",
    "商品名称",
    "金额（元）",
    "收/支",
    "交易状态",
    "服务费（元）",
    "成功退款（元）",
    "备注",
    "资金状态",
]
WECHAT_HEADER = [
    "交易时间",
    "交易类型",
    "交易对方",
    "商品",
    "收/支",
    "金额(元)",
    "支付方式",
    "当前状态",
    "交易单号",
    "商户单号",
    "备注",
]


@dataclass(frozen=True)
class SampleRow:
    """One made-up transaction, as the user would see it in the app."""

    time: datetime
    counterparty: str
    item: str
    method: str
    status: str
    direction: str  # 支出 / 收入 / 不计收支 (Alipay) or "/" (WeChat)
    amount: Decimal
    transaction_no: str
    merchant_order_no: str


_SHOPS = ("星辰卡盟", "速达数码充值", "游易点卡专营店", "畅玩游戏服务")
_ITEMS = ("腾讯Q币 100元", "王者荣耀 点券 60元", "移动话费充值 50元", "网易一卡通 30元")


def sample_rows(count: int, start: datetime | None = None) -> list[SampleRow]:
    """`count` distinct expenses, a little under an hour apart, newest first (as exported)."""
    start = start or datetime(2026, 11, 20, 10, 15, 0)
    rows = []
    for n in range(count):
        rows.append(
            SampleRow(
                time=start - timedelta(minutes=47 * n, seconds=n % 60),
                counterparty=_SHOPS[n % len(_SHOPS)],
                item=_ITEMS[n % len(_ITEMS)],
                method="余额宝" if n % 3 else "招商银行储蓄卡(1234)",
                status="交易成功",
                direction="支出",
                amount=Decimal(f"{(n * 7919) % 50000 / 100 + 1:.2f}"),
                transaction_no=f"2026112022001{n:015d}",
                merchant_order_no=f"KM20261120{n:06d}",
            )
        )
    return rows


def _alipay_preamble(rows: list[SampleRow]) -> list[str]:
    total = sum((r.amount for r in rows), Decimal(0))
    return [
        "-" * 84,
        "导出信息：",
        "姓名：张三",
        "支付宝账户：138****0000",
        "起始时间：[2026-11-01 00:00:00]    终止时间：[2026-11-30 23:59:59]",
        "导出交易类型：[全部]",
        "导出时间：[2026-11-27 10:00:00]",
        f"共{len(rows)}笔记录",
        "收入：0笔 0.00元",
        f"支出：{len(rows)}笔 {total}元",
        "不计收支：0笔 0.00元",
        "",
        "特别提示：",
        "1.本回单内容可表明支付宝受理了相关交易申请，仅供个人对账使用。",
        "2.支付宝保留在本回单出具后对其内容进行更正的权利。",
        "3.本回单不作为收款方发货依据。",
        "4.请勿将本回单作为收款凭证。",
        "5.如对交易有疑问，请联系交易对方。",
        "6.数据按交易时间倒序排列。",
        "",
        "-" * 24 + "支付宝（中国）网络技术有限公司  电子客户回单" + "-" * 24,
    ]


def alipay_csv(
    rows: list[SampleRow],
    *,
    encoding: str = "gbk",
    preamble: bool = True,
    tabs: bool = True,
    padded: bool = False,
) -> bytes:
    """An Alipay 交易流水 CSV: by default exactly as exported (GBK, preamble, tabs).

    `encoding="utf-8-sig"`, `preamble=False`, `tabs=False`, `padded=True` give what Excel
    leaves after "save as CSV"."""
    tab = "\t" if tabs else ""
    out = io.StringIO()
    lines = _alipay_preamble(rows) if preamble else []
    width = len(ALIPAY_HEADER)
    for line in lines:
        out.write(line + ("," * (width - 1) if padded else "") + "\r\n")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(ALIPAY_HEADER)
    for r in rows:
        writer.writerow(
            [
                f"{r.time:%Y-%m-%d %H:%M:%S}",
                "数码产品",
                r.counterparty,
                "km***@163.com",
                r.item,
                r.direction,
                f"{r.amount}",
                r.method,
                r.status,
                r.transaction_no + tab,
                r.merchant_order_no + tab,
                "",
            ]
        )
    return out.getvalue().encode(encoding)


def alipay_old_csv(rows: list[SampleRow]) -> bytes:
    """The older Alipay web export (交易记录明细查询), GBK, with its summary lines at the end."""
    out = io.StringIO()
    out.write("支付宝交易记录明细查询\r\n账号:[20880000000000000156]\r\n")
    out.write("起始日期:[2026-11-01 00:00:00]    终止日期:[2026-11-30 23:59:59]\r\n")
    out.write("---------------------------------交易记录明细列表------------------------------\r\n")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([name.ljust(10) for name in ALIPAY_OLD_HEADER])
    for r in rows:
        paid = f"{r.time:%Y-%m-%d %H:%M:%S}"
        created = f"{r.time - timedelta(seconds=30):%Y-%m-%d %H:%M:%S}"
        writer.writerow(
            [
                r.transaction_no + "\t",
                r.merchant_order_no + "\t",
                created,
                paid,
                paid,
                "其他（包括阿里巴巴和外部商家）",
                "即时到账交易",
                r.counterparty + "  ",
                r.item + "  ",
                f"{r.amount}  ",
                r.direction,
                r.status,
                "0.00",
                "0.00",
                "",
                "已支出",
            ]
        )
    out.write("------------------------------------------------------------------------------\r\n")
    out.write(f"共{len(rows)}条记录,,,\r\n导出时间:[2026-11-27 10:00:00],,,\r\n")
    return out.getvalue().encode("gbk")


def _wechat_preamble(rows: list[SampleRow], extra_blank_rows: int) -> list[list[str]]:
    total = sum((r.amount for r in rows), Decimal(0))
    lines = [
        "微信支付账单明细",
        "微信昵称：[小张]",
        "起始时间：[2026-11-01 00:00:00] 终止时间：[2026-11-30 23:59:59]",
        "导出类型：[全部]",
        "导出时间：[2026-11-27 10:00:00]",
        "",
        f"共{len(rows)}笔记录",
        "收入：0笔 0.00元",
        f"支出：{len(rows)}笔 {total}元",
        "中性交易：0笔 0.00元",
        "注：",
        "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易",
        "2. 本明细仅展示当前账单中的交易，不包括已删除的记录",
        "3. 本明细仅供个人对账使用",
        *[""] * extra_blank_rows,
        "",
        "----------------------微信支付账单明细列表--------------------",
    ]
    return [[line] for line in lines]


def _wechat_cells(r: SampleRow) -> list[str]:
    return [
        f"{r.time:%Y-%m-%d %H:%M:%S}",
        "商户消费",
        r.counterparty,
        r.item,
        r.direction,
        f"¥{r.amount}",
        r.method,
        "支付成功",
        r.transaction_no + "\t",
        r.merchant_order_no + "\t",
        "/",
    ]


def wechat_csv(rows: list[SampleRow], *, bom: bool = True, preamble: bool = True) -> bytes:
    """A WeChat Pay CSV as exported until 2025 (UTF-8 with BOM, header on row 17)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    width = len(WECHAT_HEADER)
    for line in _wechat_preamble(rows, 0) if preamble else []:
        writer.writerow(line + [""] * (width - 1))
    writer.writerow(WECHAT_HEADER)
    for r in rows:
        writer.writerow(_wechat_cells(r))
    return out.getvalue().encode("utf-8-sig" if bom else "utf-8")


def wechat_xlsx(rows: list[SampleRow], *, header_row: int = 17) -> bytes:
    """A WeChat Pay XLSX as exported since 2025, its header on `header_row` (1-based, ≥ 17)."""
    from openpyxl import Workbook  # dev extra: only tests, benchmarks and demos write XLSX

    book = Workbook(write_only=True)
    sheet = book.create_sheet("微信支付账单明细")
    preamble = _wechat_preamble(rows, header_row - 17) if header_row > 1 else []
    for line in preamble:
        sheet.append(line)
    sheet.append(WECHAT_HEADER)
    for r in rows:
        cells = _wechat_cells(r)
        cells[8] = cells[8].strip()
        cells[9] = cells[9].strip()
        sheet.append(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def zipped(member: str, data: bytes, password: str | None = None, aes: bool = True) -> bytes:
    """`data` as `member` in a zip, as the provider mails it (AES when `aes`, else the weak
    legacy ZipCrypto, which Python cannot write: the legacy case is left to real files)."""
    import pyzipper

    out = io.BytesIO()
    if password and aes:
        with pyzipper.AESZipFile(
            out, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
        ) as zf:
            zf.setpassword(password.encode())
            zf.writestr(member, data)
    else:
        with pyzipper.ZipFile(out, "w", compression=pyzipper.ZIP_DEFLATED) as zf:
            zf.writestr(member, data)
    return out.getvalue()
