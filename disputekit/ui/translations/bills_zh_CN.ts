<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BillImportDialog</name>
    <message>
        <location filename="../bill_import_dialog.py" line="144" />
        <source>Import payment bill</source>
        <translation>导入支付账单</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="147" />
        <source>Choose the bill you exported from Alipay or WeChat Pay (用于个人对账), or the zip it came in. It is kept unchanged as payment evidence, and the order's empty payment details are filled in from its row.</source>
        <translation>请选择从支付宝或微信支付导出的账单（用于个人对账），或账单所在的压缩包。账单原样保存为支付记录证据，订单中空着的支付信息将按账单中对应的一行填写。</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="152" />
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="153" />
        <source>Filter rows (counterparty, order no., amount…)</source>
        <translation>筛选（交易对方、订单号、金额……）</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="154" />
        <source>Create a new case for each selected row</source>
        <translation>为每个选中的行新建一个案件</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="155" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="170" />
        <source>Attach to the current case (%1)</source>
        <translation>附加到当前案件（%1）</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="175" />
        <source>Attach to the current case (no case selected)</source>
        <translation>附加到当前案件（没有选择案件）</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="191" />
        <source>No file chosen. You can also drop the file here.</source>
        <translation>尚未选择文件。也可以把文件拖到这里。</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="195" />
        <source> (from %1)</source>
        <translation>（来自 %1）</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="197" />
        <source>%1 bill %2%3: %4 rows · SHA-256 %5</source>
        <translation>%1账单 %2%3：%4 行 · SHA-256 %5</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="208" />
        <source>This file is no longer the original export (%1). It is kept, but a re-saved copy proves less: export the bill again if you can.</source>
        <translation>此文件已不是原始导出文件（%1）。仍会保存，但另存过的副本证明力较弱：如有可能，请重新导出账单。</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="217" />
        <source>Row %1 is the current case's order; it is selected.</source>
        <translation>第 %1 行是当前案件的订单，已选中。</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="224" />
        <source>No row matches the current case's order number, transaction number, or amount within 10 minutes of the order; pick the row yourself.</source>
        <translation>账单中没有一行与当前案件的订单号、交易单号或下单前后 10 分钟内的金额相符；请自行选择对应的行。</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="236" />
        <source>Choose a payment bill</source>
        <translation>选择支付账单</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="238" />
        <source>Payment bills (*.zip *.csv *.xlsx);;All files (*)</source>
        <translation>支付账单 (*.zip *.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="258" />
        <source>Reading the bill…</source>
        <translation>正在读取账单…</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="288" />
        <source>%1 is protected by a password. WeChat Pay sends it to the 微信支付 official account when you export the bill.</source>
        <translation>「%1」有解压密码。导出账单时，微信支付会把密码发到“微信支付”公众号。</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="292" />
        <source>That password is wrong.</source>
        <translation>密码不对。</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="294" />
        <source>Password for the bill</source>
        <translation>账单解压密码</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="363" />
        <source>Importing the bill…</source>
        <translation>正在导入账单…</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="379" />
        <source>No row matches the case.</source>
        <translation>账单中没有与本案件相符的行。</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="381" />
        <source>Nothing was imported: %1</source>
        <translation>没有导入任何内容：%1</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="385" />
        <source>transaction number</source>
        <translation>交易单号</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="386" />
        <source>amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="387" />
        <source>payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="388" />
        <source>paid time</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="401" />
        <source>Created %1 case(s) from the bill.</source>
        <translation>已从账单新建 %1 个案件。</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="407" />
        <source>The bill is evidence %1 of this case; the order already had its payment details.</source>
        <translation>账单已作为本案件的证据 %1；订单的支付信息原已填写，未作改动。</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="413" />
        <source>The bill is evidence %1 of this case; filled in from row %2: %3.</source>
        <translation>账单已作为本案件的证据 %1；已按第 %2 行填写：%3。</translation>
    </message>
    <message>
        <location filename="../bill_import_dialog.py" line="422" />
        <source> Note: the case's %1 is %2 but the bill says %3 (not changed).</source>
        <translation>注意：案件中的%1为 %2，账单为 %3（未改动案件）。</translation>
    </message>
</context>
<context>
    <name>BillRowsModel</name>
    <message>
        <location filename="../bill_rows_model.py" line="32" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../bill_rows_model.py" line="33" />
        <source>Time</source>
        <translation>交易时间</translation>
    </message>
    <message>
        <location filename="../bill_rows_model.py" line="34" />
        <source>In/out</source>
        <translation>收/支</translation>
    </message>
    <message>
        <location filename="../bill_rows_model.py" line="35" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../bill_rows_model.py" line="36" />
        <source>Counterparty</source>
        <translation>交易对方</translation>
    </message>
    <message>
        <location filename="../bill_rows_model.py" line="37" />
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../bill_rows_model.py" line="38" />
        <source>Paid with</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../bill_rows_model.py" line="39" />
        <source>Status</source>
        <translation>交易状态</translation>
    </message>
    <message>
        <location filename="../bill_rows_model.py" line="40" />
        <source>Transaction no.</source>
        <translation>交易单号</translation>
    </message>
    <message>
        <location filename="../bill_rows_model.py" line="41" />
        <source>Merchant order no.</source>
        <translation>商户订单号</translation>
    </message>
    <message>
        <location filename="../bill_rows_model.py" line="44" />
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../bill_rows_model.py" line="45" />
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../bill_rows_model.py" line="46" />
        <source>Neutral</source>
        <translation>不计收支</translation>
    </message>
    <message>
        <location filename="../bill_rows_model.py" line="48" />
        <source>This row is the case's order</source>
        <translation>这一行是本案件的订单</translation>
    </message>
</context>
<context>
    <name>BillWindowParts</name>
    <message>
        <location filename="../bill_window.py" line="42" />
        <source>Import &amp;payment bill (Alipay/WeChat Pay)…</source>
        <translation>导入支付账单（支付宝/微信支付）(&amp;P)…</translation>
    </message>
</context>
</TS>