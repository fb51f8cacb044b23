<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdviceTab</name>
    <message>
        <source>12315 complaint: will it be accepted?</source>
        <translation>12315投诉：能否受理？</translation>
    </message>
    <message>
        <source>Add {kind}…</source>
        <translation>添加{kind}…</translation>
    </message>
    <message>
        <source>Can be filed now.</source>
        <translation>现在即可提交。</translation>
    </message>
    <message>
        <source>Choose a case in the list to see what to do next.</source>
        <translation>请在左侧列表中选择一个案件，查看下一步该做什么。</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <source>Evidence still missing</source>
        <translation>还缺少的证据</translation>
    </message>
    <message>
        <source>If that fails: {channels}</source>
        <translation>如果不成：{channels}</translation>
    </message>
    <message>
        <source>Message to customer service</source>
        <translation>发给客服的消息</translation>
    </message>
    <message>
        <source>Missing (any one):</source>
        <translation>缺少（任选其一）：</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>缺少：</translation>
    </message>
    <message>
        <source>Not ready yet:</source>
        <translation>尚不满足受理条件：</translation>
    </message>
    <message>
        <source>Nothing missing for this channel.</source>
        <translation>这一途径所需的证据已齐全。</translation>
    </message>
    <message>
        <source>Now: {channel}</source>
        <translation>现在该做：{channel}</translation>
    </message>
    <message>
        <source>Open the evidence tab with this kind chosen</source>
        <translation>打开证据页并预选这一类型</translation>
    </message>
    <message>
        <source>Prepare: {packet}…</source>
        <translation>准备材料：{packet}…</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>• Filing for someone else: a signed power of attorney (授权委托书) and the agent&apos;s ID are needed.</source>
        <translation>• 代他人投诉：需要委托人签名的授权委托书和受托人身份证明。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>DisputeKit cannot start</source>
        <translation>DisputeKit 无法启动</translation>
    </message>
    <message>
        <source>The data folder cannot be opened; nothing in it was changed.

{reason}</source>
        <translation>无法打开数据文件夹；其中的内容没有被改动。

{reason}</translation>
    </message>
</context>
<context>
    <name>BillImportDialog</name>
    <message>
        <source> (from %1)</source>
        <translation>（来自 %1）</translation>
    </message>
    <message>
        <source> Note: the case&apos;s %1 is %2 but the bill says %3 (not changed).</source>
        <translation>注意：案件中的%1为 %2，账单为 %3（未改动案件）。</translation>
    </message>
    <message>
        <source>%1 bill %2%3: %4 rows · SHA-256 %5</source>
        <translation>%1账单 %2%3：%4 行 · SHA-256 %5</translation>
    </message>
    <message>
        <source>%1 is protected by a password. WeChat Pay sends it to the 微信支付 official account when you export the bill.</source>
        <translation>「%1」有解压密码。导出账单时，微信支付会把密码发到“微信支付”公众号。</translation>
    </message>
    <message>
        <source>Attach to the current case (%1)</source>
        <translation>附加到当前案件（%1）</translation>
    </message>
    <message>
        <source>Attach to the current case (no case selected)</source>
        <translation>附加到当前案件（没有选择案件）</translation>
    </message>
    <message>
        <source>Choose a payment bill</source>
        <translation>选择支付账单</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Choose the bill you exported from Alipay or WeChat Pay (用于个人对账), or the zip it came in. It is kept unchanged as payment evidence, and the order&apos;s empty payment details are filled in from its row.</source>
        <translation>请选择从支付宝或微信支付导出的账单（用于个人对账），或账单所在的压缩包。账单原样保存为支付记录证据，订单中空着的支付信息将按账单中对应的一行填写。</translation>
    </message>
    <message>
        <source>Create a new case for each selected row</source>
        <translation>为每个选中的行新建一个案件</translation>
    </message>
    <message>
        <source>Created %1 case(s) from the bill.</source>
        <translation>已从账单新建 %1 个案件。</translation>
    </message>
    <message>
        <source>Filter rows (counterparty, order no., amount…)</source>
        <translation>筛选（交易对方、订单号、金额……）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import payment bill</source>
        <translation>导入支付账单</translation>
    </message>
    <message>
        <source>Importing the bill…</source>
        <translation>正在导入账单…</translation>
    </message>
    <message>
        <source>No file chosen. You can also drop the file here.</source>
        <translation>尚未选择文件。也可以把文件拖到这里。</translation>
    </message>
    <message>
        <source>No row matches the case.</source>
        <translation>账单中没有与本案件相符的行。</translation>
    </message>
    <message>
        <source>No row matches the current case&apos;s order number, transaction number, or amount within 10 minutes of the order; pick the row yourself.</source>
        <translation>账单中没有一行与当前案件的订单号、交易单号或下单前后 10 分钟内的金额相符；请自行选择对应的行。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>没有导入任何内容：%1</translation>
    </message>
    <message>
        <source>Password for the bill</source>
        <translation>账单解压密码</translation>
    </message>
    <message>
        <source>Payment bills (*.zip *.csv *.xlsx);;All files (*)</source>
        <translation>支付账单 (*.zip *.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the bill…</source>
        <translation>正在读取账单…</translation>
    </message>
    <message>
        <source>Row %1 is the current case&apos;s order; it is selected.</source>
        <translation>第 %1 行是当前案件的订单，已选中。</translation>
    </message>
    <message>
        <source>That password is wrong.</source>
        <translation>密码不对。</translation>
    </message>
    <message>
        <source>The bill is evidence %1 of this case; filled in from row %2: %3.</source>
        <translation>账单已作为本案件的证据 %1；已按第 %2 行填写：%3。</translation>
    </message>
    <message>
        <source>The bill is evidence %1 of this case; the order already had its payment details.</source>
        <translation>账单已作为本案件的证据 %1；订单的支付信息原已填写，未作改动。</translation>
    </message>
    <message>
        <source>This file is no longer the original export (%1). It is kept, but a re-saved copy proves less: export the bill again if you can.</source>
        <translation>此文件已不是原始导出文件（%1）。仍会保存，但另存过的副本证明力较弱：如有可能，请重新导出账单。</translation>
    </message>
    <message>
        <source>amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>paid time</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>transaction number</source>
        <translation>交易单号</translation>
    </message>
</context>
<context>
    <name>BillRowsModel</name>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>交易对方</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>In/out</source>
        <translation>收/支</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Merchant order no.</source>
        <translation>商户订单号</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>不计收支</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>交易状态</translation>
    </message>
    <message>
        <source>This row is the case&apos;s order</source>
        <translation>这一行是本案件的订单</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>交易时间</translation>
    </message>
    <message>
        <source>Transaction no.</source>
        <translation>交易单号</translation>
    </message>
</context>
<context>
    <name>BillWindowParts</name>
    <message>
        <source>Import &amp;payment bill (Alipay/WeChat Pay)…</source>
        <translation>导入支付账单（支付宝/微信支付）(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>BlockersBox</name>
    <message>
        <source>Before you submit</source>
        <translation>提交前请处理</translation>
    </message>
    <message>
        <source>Evidence recommended: {kinds}</source>
        <translation>建议补充证据：{kinds}</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>去修改…</translation>
    </message>
    <message>
        <source>Left blank in the packet: {row}</source>
        <translation>材料中将显示“未填写”：{row}</translation>
    </message>
    <message>
        <source>Must be fixed before filing:</source>
        <translation>提交前必须解决：</translation>
    </message>
    <message>
        <source>Nothing blocks this packet.</source>
        <translation>没有阻碍生成材料的问题。</translation>
    </message>
    <message>
        <source>Recommended (the packet can be made without):</source>
        <translation>建议处理（不处理也能生成）：</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>evidence {n}: {what}</source>
        <translation>证据{n}的{what}</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>what it proves</source>
        <translation>证明目的</translation>
    </message>
</context>
<context>
    <name>BudgetBox</name>
    <message>
        <source>Draft (build even with items missing)</source>
        <translation>草稿（有缺项也生成）</translation>
    </message>
    <message>
        <source>Higher resolution: sharper screenshots, larger file. 150 dpi reads well.</source>
        <translation>分辨率越高，截图越清晰，文件也越大；150 dpi 已足够看清。</translation>
    </message>
    <message>
        <source>Image resolution</source>
        <translation>图片分辨率</translation>
    </message>
    <message>
        <source>Include unredacted originals</source>
        <translation>包含未打码的原件</translation>
    </message>
    <message>
        <source>Largest file</source>
        <translation>文件上限</translation>
    </message>
    <message>
        <source>Most pages</source>
        <translation>页数上限</translation>
    </message>
    <message>
        <source>Size budget</source>
        <translation>大小限制</translation>
    </message>
    <message>
        <source>Warning: the packet will also show the originals of redacted copies, with everything you blacked out.</source>
        <translation>警告：材料包将同时包含打码副本的原件，您遮住的内容都会显示出来。</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>&amp;Bulk</source>
        <translation>批量操作(&amp;B)</translation>
    </message>
    <message>
        <source>Bulk actions</source>
        <translation>批量操作</translation>
    </message>
    <message>
        <source>Add the same event…</source>
        <translation>添加同一事件…</translation>
    </message>
    <message>
        <source>Build packets into a folder…</source>
        <translation>生成材料到文件夹…</translation>
    </message>
    <message>
        <source>Export case bundles into a folder…</source>
        <translation>导出案件包到文件夹…</translation>
    </message>
    <message>
        <source>Export deadlines to one calendar (.ics)…</source>
        <translation>把期限导出到一个日历文件（.ics）…</translation>
    </message>
    <message>
        <source>Record consent to be named in group reports</source>
        <translation>记录：同意在汇总报告中署名</translation>
    </message>
    <message>
        <source>Clear consent to be named in group reports</source>
        <translation>清除：同意在汇总报告中署名</translation>
    </message>
    <message>
        <source>{count} cases selected</source>
        <translation>已选择 {count} 个案件</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <source>Folder for the packets</source>
        <translation>材料保存到的文件夹</translation>
    </message>
    <message>
        <source>Build packets</source>
        <translation>生成材料</translation>
    </message>
    <message>
        <source>Folder for the case bundles</source>
        <translation>案件包保存到的文件夹</translation>
    </message>
    <message>
        <source>Export case bundles</source>
        <translation>导出案件包</translation>
    </message>
    <message>
        <source>Remove the location (GPS) from evidence photos in the exported copies? It may reveal a buyer&apos;s home address. The originals on this computer stay unchanged.</source>
        <translation>要去掉导出副本中证据照片的拍摄位置（GPS）吗？它可能暴露买家的住址。本机上的原件不会改变。</translation>
    </message>
    <message>
        <source>Export deadlines</source>
        <translation>导出期限</translation>
    </message>
    <message>
        <source>deadlines-{count}-cases.ics</source>
        <translation>期限-{count}个案件.ics</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Consent to be named in group reports</source>
        <translation>同意在汇总报告中署名</translation>
    </message>
    <message>
        <source>Record for the {count} selected cases that each buyer agreed that their name and contacts may appear in a report shared with other buyers&apos; cases? Record it only for buyers who agreed.</source>
        <translation>为选中的 {count} 个案件记录：买家同意在与其他买家共用的汇总报告中显示姓名和联系方式？只为确实同意的买家记录。</translation>
    </message>
</context>
<context>
    <name>BulkEventDialog</name>
    <message>
        <source>Add an event to the selected cases ({count})</source>
        <translation>为选中的案件添加事件（{count} 个）</translation>
    </message>
    <message>
        <source>The same event is added to the timeline of each selected case. Link exhibits later in each case&apos;s timeline.</source>
        <translation>同一事件会添加到每个选中案件的时间线上。证据请之后在各案件的时间线中关联。</translation>
    </message>
</context>
<context>
    <name>BulkRun</name>
    <message>
        <source>{title}
Case {n} of {total}: {name}</source>
        <translation>{title}
第 {n}/{total} 个案件：{name}</translation>
    </message>
</context>
<context>
    <name>BulkSummaryDialog</name>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Done {done}, skipped {skipped}, failed {failed}.</source>
        <translation>完成 {done} 个，跳过 {skipped} 个，失败 {failed} 个。</translation>
    </message>
    <message>
        <source>Cancelled: {count} case(s) were not worked on and stay as they were.</source>
        <translation>已取消：{count} 个案件未处理，保持原样。</translation>
    </message>
    <message>
        <source>Written to {folder}</source>
        <translation>已写入 {folder}</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <source>%1 holds a case with the same platform and order number (or the same evidence) as case %2. Skip it, replace case %2 with the bundle&apos;s version, or import it as a separate copy?</source>
        <translation>%1 中的案件与案件 %2 的平台和订单号相同（或证据相同）。跳过、用案件包中的版本更新案件 %2，还是另外导入一个副本？</translation>
    </message>
    <message>
        <source>%1 original file(s) of this case are withheld because a redacted copy replaces them. The bundle leaves them out.</source>
        <translation>本案有 %1 个原件已由打码副本代替，不外发；导出的案件包不含这些原件。</translation>
    </message>
    <message>
        <source>%1 was exported on %2, before case %3 was last changed on %4 (Asia/Shanghai times). Updating from it would undo those changes. Replace case %3 with the older version anyway?</source>
        <translation>%1 导出于 %2，早于案件 %3 最后一次修改的时间 %4（均为北京时间）。用它更新会撤销之后的修改。仍要用这个旧版本替换案件 %3 吗？</translation>
    </message>
    <message>
        <source>Already stored as case %1.</source>
        <translation>已存在为案件 %1。</translation>
    </message>
    <message>
        <source>Case %1 was left as it is.</source>
        <translation>案件 %1 保持原样。</translation>
    </message>
    <message>
        <source>Case bundles (*.zip *.json);;All files (*)</source>
        <translation>案件包 (*.zip *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Case bundles (*.zip)</source>
        <translation>案件包 (*.zip)</translation>
    </message>
    <message>
        <source>DisputeKit</source>
        <translation>DisputeKit</translation>
    </message>
    <message>
        <source>Export case bundle</source>
        <translation>导出案件包</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Import as a copy</source>
        <translation>导入为副本</translation>
    </message>
    <message>
        <source>Import case bundle</source>
        <translation>导入案件包</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Include them only for someone who may see everything you blacked out (for example your own backup).</source>
        <translation>只有当接收者可以看到您遮住的全部内容时（例如您自己的备份），才包含原件。</translation>
    </message>
    <message>
        <source>Include unredacted originals</source>
        <translation>包含未打码的原件</translation>
    </message>
    <message>
        <source>Select a case first.</source>
        <translation>请先选择一个案件。</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Skipped %1: already stored as case %2.</source>
        <translation>已跳过 %1：已存在为案件 %2。</translation>
    </message>
    <message>
        <source>The bundle was not exported.</source>
        <translation>案件包未导出。</translation>
    </message>
    <message>
        <source>The bundle was not imported; nothing was stored.</source>
        <translation>案件包未导入，没有保存任何内容。</translation>
    </message>
    <message>
        <source>Update case %1</source>
        <translation>更新案件 %1</translation>
    </message>
    <message>
        <source>Updated case %2 from %1.</source>
        <translation>已用 %1 更新案件 %2。</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>(new case, draft)</source>
        <translation>（新案件草稿）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Buyer phone</source>
        <translation>买家电话</translation>
    </message>
    <message>
        <source>Damaged data</source>
        <translation>数据已损坏</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>最后更新</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>显示的列</translation>
    </message>
    <message>
        <source>Load example cases</source>
        <translation>载入示例案件</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>No cases yet. Start a new case, or load the example cases to look around.</source>
        <translation>还没有案件。新建一个案件，或载入示例案件看看。</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>没有找到与“{query}”相符的案件。</translation>
    </message>
    <message>
        <source>Search names, phones, order or transaction no., shop…</source>
        <translation>搜索姓名、电话、订单号、交易号、店铺…</translation>
    </message>
</context>
<context>
    <name>CaseTabs</name>
    <message>
        <source>Advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
</context>
<context>
    <name>CaseTitle</name>
    <message>
        <source>Buyer #{id}</source>
        <translation>买家 #{id}</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Overdue by {n} day(s)</source>
        <translation>已逾期 {n} 天</translation>
    </message>
    <message>
        <source>Overdue by {n} h</source>
        <translation>已逾期 {n} 小时</translation>
    </message>
    <message>
        <source>Overdue by {n} working day(s)</source>
        <translation>已逾期 {n} 个工作日</translation>
    </message>
    <message>
        <source>Overdue today</source>
        <translation>今天已逾期</translation>
    </message>
    <message>
        <source>{n} day(s) left</source>
        <translation>剩余 {n} 天</translation>
    </message>
    <message>
        <source>{n} h left</source>
        <translation>剩余 {n} 小时</translation>
    </message>
    <message>
        <source>{n} working day(s) left</source>
        <translation>剩余 {n} 个工作日</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>By channel now</source>
        <translation>按当前途径</translation>
    </message>
    <message>
        <source>By order status</source>
        <translation>按订单状态</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Cases: {n}</source>
        <translation>案件：{n}</translation>
    </message>
    <message>
        <source>Legal overdue: {n}</source>
        <translation>法定期限已逾期：{n}</translation>
    </message>
    <message>
        <source>Legal due soon: {n}</source>
        <translation>法定期限即将到期：{n}</translation>
    </message>
    <message>
        <source>Platform periods: {n}</source>
        <translation>平台自定期限：{n}</translation>
    </message>
    <message>
        <source>Periods a platform or seller sets itself (e.g. a 24-hour customer-service review): {late} past, {soon} due soon, {dismissed} dismissed. Not legal deadlines.</source>
        <translation>平台或商家自己定的期限（如客服 24 小时审核）：{late} 个已过，{soon} 个即将到期，{dismissed} 个不再提醒。不是法定期限。</translation>
    </message>
    <message>
        <source>Claimed: {amount}</source>
        <translation>主张金额：{amount}</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export bundles to</source>
        <translation>导出案件包到</translation>
    </message>
    <message>
        <source>Export selected as bundles…</source>
        <translation>导出所选案件为案件包…</translation>
    </message>
    <message>
        <source>Exported {count} bundle(s) to {folder}.</source>
        <translation>已导出 {count} 个案件包到 {folder}。</translation>
    </message>
    <message>
        <source>Exporting bundles…</source>
        <translation>正在导出案件包…</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>没有导出任何案件包。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refunded: {amount}</source>
        <translation>已退款：{amount}</translation>
    </message>
    <message>
        <source>Select cases first.</source>
        <translation>请先选择案件。</translation>
    </message>
    <message>
        <source>Shared contact details: {cases}. Several complainants using one phone number or address may look like non-genuine complaints (Measures Art. 17(4)). Each buyer files with their own phone and address; a volunteer acts as the agent (受托人) under Art. 11, with a power of attorney.</source>
        <translation>联系方式重复：{cases}。多人使用同一手机号码、通讯地址投诉，可能被认为不是真实的消费者权益争议（《市场监督管理投诉举报处理办法》第十七条（四））。每位买家应填写本人的电话和地址；志愿者以受托人身份代为投诉（第十一条），并附授权委托书。</translation>
    </message>
    <message>
        <source>Volunteer dashboard</source>
        <translation>志愿者总览</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Due (Beijing time)</source>
        <translation>到期时间（北京时间）</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>You chose not to be reminded of this platform period: it is not counted. Select it and press Remind again to count it again.</source>
        <translation>你已设为不再提醒此平台自定期限：它不再计入提醒。选中后点“恢复提醒”即可重新计入。</translation>
    </message>
    <message>
        <source>Dismissed · {countdown}</source>
        <translation>已不再提醒 · {countdown}</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Choose a case in the list.</source>
        <translation>请在列表中选择一个案件。</translation>
    </message>
    <message>
        <source>Don&apos;t remind again</source>
        <translation>不再提醒</translation>
    </message>
    <message>
        <source>Stop counting the selected platform period (a period a platform or seller sets itself). Legal deadlines cannot be dismissed.</source>
        <translation>不再计入所选的平台自定期限（平台或商家自行设定的期限）。法定期限不能设为不再提醒。</translation>
    </message>
    <message>
        <source>Remind again</source>
        <translation>恢复提醒</translation>
    </message>
    <message>
        <source>Count the selected dismissed period again.</source>
        <translation>重新计入所选的已不再提醒的期限。</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Deadlines of this case, earliest first.</source>
        <translation>本案的期限，按到期先后排列。</translation>
    </message>
    <message>
        <source>Export deadlines</source>
        <translation>导出期限</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation>导出到日历（.ics）…</translation>
    </message>
    <message>
        <source>No deadline runs yet: add events (cancelled, contacted, appealed…) in the timeline.</source>
        <translation>暂无正在计算的期限：请在时间线中记录事件（取消订单、联系客服、提交申诉等）。</translation>
    </message>
    <message>
        <source>Working days follow the official holiday schedule, including make-up workdays. An &apos;Estimate&apos; mark means the schedule for that year is not published yet.</source>
        <translation>工作日按国务院公布的节假日安排计算（含调休上班日）。标有“估算”的期限，所涉年份的安排尚未公布。</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>Legal deadlines</source>
        <translation>法定期限</translation>
    </message>
    <message>
        <source>Platform&apos;s own periods</source>
        <translation>平台自定期限</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已不再提醒</translation>
    </message>
    <message>
        <source>Don&apos;t remind again</source>
        <translation>不再提醒</translation>
    </message>
    <message>
        <source>Remind again</source>
        <translation>恢复提醒</translation>
    </message>
    <message>
        <source>Statutory periods: they cannot be dismissed.</source>
        <translation>法律规定的期限：不能设为不再提醒。</translation>
    </message>
    <message>
        <source>Periods a platform or seller sets itself: past, the next step may be taken; no right is lost.</source>
        <translation>平台或商家自己定的期限：过了只说明可以走下一步，不会因此失去任何权利。</translation>
    </message>
    <message>
        <source>Platform periods you chose not to be reminded of.</source>
        <translation>已设为不再提醒的平台自定期限。</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>A withheld original is linked: packets leave it out, so this event shows without it. Link its redacted copy instead.</source>
        <translation>关联了不外发的原图：材料中不含原图，这件事将没有这份证据。请改为关联打码后的副本。</translation>
    </message>
    <message>
        <source>Exhibit {n}</source>
        <translation>证据{n}</translation>
    </message>
    <message>
        <source>Internal id: {id}</source>
        <translation>内部编号：{id}</translation>
    </message>
    <message>
        <source>Linked exhibits</source>
        <translation>关联证据</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Refund promised by (Beijing time)</source>
        <translation>承诺退款到账时间（北京时间）</translation>
    </message>
    <message>
        <source>Refused only because materials were missing</source>
        <translation>仅因材料不全不予受理（补齐后可重新投诉）</translation>
    </message>
    <message>
        <source>The seller promised a date</source>
        <translation>商家承诺了退款日期</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>这条事件记录</translation>
    </message>
    <message>
        <source>Timeline event</source>
        <translation>时间线事件</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>What was said or done, in a sentence or two</source>
        <translation>用一两句话写下对方说了什么、做了什么</translation>
    </message>
    <message>
        <source>When (Beijing time)</source>
        <translation>时间（北京时间）</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>不外发</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Exhibit {n}</source>
        <translation>证据{n}</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>不外发</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>截取时间</translation>
    </message>
    <message>
        <source>Captured by</source>
        <translation>取证人</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>证据类型</translation>
    </message>
    <message>
        <source>Phone or computer; read from the photo&apos;s EXIF when left empty</source>
        <translation>手机或电脑型号；留空时从照片的 EXIF 信息读取</translation>
    </message>
    <message>
        <source>Selected evidence</source>
        <translation>所选证据</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>What it proves</source>
        <translation>证明目的</translation>
    </message>
    <message>
        <source>Who captured it and on what device go in the source column of the exhibit list; leave them empty if unknown.</source>
        <translation>取证人和设备会写入证据目录的“来源”栏，说明截图由谁、用什么设备取得；不清楚可留空。</translation>
    </message>
    <message>
        <source>Who took the screenshot or photo</source>
        <translation>截图或拍照的人</translation>
    </message>
    <message>
        <source>e.g. Order page showing 已发货</source>
        <translation>例如：订单页显示“已发货”</translation>
    </message>
    <message>
        <source>e.g. WeChat screenshot, Alipay bill export</source>
        <translation>例如：微信截图、支付宝账单导出</translation>
    </message>
</context>
<context>
    <name>EvidenceIntake</name>
    <message>
        <source>Adding evidence files…</source>
        <translation>正在添加证据文件…</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Exhibit {n}</source>
        <translation>证据{n}</translation>
    </message>
    <message>
        <source>Internal id: {id}</source>
        <translation>内部编号：{id}</translation>
    </message>
    <message>
        <source>Not in packets or exports: a redacted copy replaces this original.</source>
        <translation>不放入材料包或导出：此原件已由打码副本代替。</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>不外发</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open viewer</source>
        <translation>查看(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Paste screenshot</source>
        <translation>粘贴截图(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Remove from case</source>
        <translation>从案件中移除(&amp;R)</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>添加证据文件</translation>
    </message>
    <message>
        <source>Drop screenshots or PDFs here, or press Ctrl+V to paste a WeChat/QQ screenshot. Originals are kept unchanged with their SHA-256.</source>
        <translation>把截图或 PDF 拖到这里，或按 Ctrl+V 粘贴微信/QQ 截图。原始文件保持不变，并记录 SHA-256。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Images and PDF (%1);;All files (*)</source>
        <translation>图片和 PDF (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>In the file: {found}</source>
        <translation>文件自带信息：{found}</translation>
    </message>
    <message>
        <source>New files are:</source>
        <translation>新文件类型：</translation>
    </message>
    <message>
        <source>Paste screenshot</source>
        <translation>粘贴截图</translation>
    </message>
    <message>
        <source>Pasted from the clipboard</source>
        <translation>从剪贴板粘贴</translation>
    </message>
    <message>
        <source>Received from a phone (%1) at %2, as sent: %3</source>
        <translation>%2 从手机（%1）接收，手机上的文件名：%3</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Remove from case</source>
        <translation>从案件中移除</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>剪贴板中没有图片。</translation>
    </message>
    <message>
        <source>The file is missing from the vault.</source>
        <translation>证据库中找不到该文件。</translation>
    </message>
</context>
<context>
    <name>ExportLocation</name>
    <message>
        <source>Location in photos</source>
        <translation>照片中的位置信息</translation>
    </message>
    <message>
        <source>{count} evidence photos record where they were taken (GPS), which may reveal your home address:
{names}

Remove the location from the exported copies? The originals on this computer stay unchanged.</source>
        <translation>{count} 张证据照片记录了拍摄地点（GPS），可能暴露您的住址：
{names}

是否从导出的副本中去除位置信息？本机保存的原始文件不会改变。</translation>
    </message>
</context>
<context>
    <name>FillAssistant</name>
    <message>
        <source>12315 form fields</source>
        <translation>12315填表内容</translation>
    </message>
    <message>
        <source>The tick was not saved: {reason}</source>
        <translation>勾选未能保存：{reason}</translation>
    </message>
</context>
<context>
    <name>FillFieldRow</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>已填</translation>
    </message>
    <message>
        <source>Tick once this field is filled in on the 12315 website.</source>
        <translation>在 12315 网页上填好这一项后勾选。</translation>
    </message>
    <message>
        <source>Large type</source>
        <translation>大字显示</translation>
    </message>
    <message>
        <source>Show the text large, to type it over by hand.</source>
        <translation>用大字显示这段文字，便于照着手工输入。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>{count} chars (no limit)</source>
        <translation>{count} 字（无上限）</translation>
    </message>
    <message>
        <source>{count} / {limit} chars: {over} too many, cut {over}</source>
        <translation>{count} / {limit} 字：超出 {over} 字，请删减 {over} 字</translation>
    </message>
    <message>
        <source>{count} / {limit} chars</source>
        <translation>{count} / {limit} 字</translation>
    </message>
    <message>
        <source>The website&apos;s real limit is unconfirmed; see the note at the top.</source>
        <translation>网页的实际字数上限未经确认；见上方说明。</translation>
    </message>
    <message>
        <source>Changed since it was ticked: fill it in again.</source>
        <translation>内容已变，需重填：勾选后这一项的内容有改动，请在网页上重新填写后再勾选。</translation>
    </message>
</context>
<context>
    <name>FillSheetView</name>
    <message>
        <source>Next field</source>
        <translation>下一项</translation>
    </message>
    <message>
        <source>Go to the next field not yet filled.</source>
        <translation>跳到下一个尚未填写的项目。</translation>
    </message>
    <message>
        <source>Copy each field into the 12315 website in this order and tick Filled when it is done; this app never opens or fills the website itself. The order and the character limits are unconfirmed: the website may differ or change. Both can be edited in {path} (the order of the entries under fields, and each limit).</source>
        <translation>请按此顺序把每一项复制到 12315 网页中，填好一项就勾选“已填”；本程序不会替您打开或填写网页。顺序和字数上限均未经确认，网页可能不同或随时调整。两者都可在 {path} 中修改（fields 中各项的先后，以及每项的 limit）。</translation>
    </message>
    <message>
        <source>Filled {done}/{total}</source>
        <translation>已填 {done}/{total}</translation>
    </message>
    <message>
        <source>; {count} changed since ticked, fill again</source>
        <translation>；{count} 项内容已变，需重填</translation>
    </message>
    <message>
        <source>: all done</source>
        <translation>，全部填完</translation>
    </message>
</context>
<context>
    <name>FramesBar</name>
    <message>
        <source>%1 key frames kept as evidence.</source>
        <translation>已将 %1 张关键帧保存为证据。</translation>
    </message>
    <message>
        <source>%1 of %2 key frames go into packets.</source>
        <translation>%2 张关键帧中有 %1 张放入材料包。</translation>
    </message>
    <message>
        <source>Key frames need the optional video component: %1. The recording itself is kept as evidence.</source>
        <translation>提取关键帧需要可选的视频组件：%1。录屏本身已作为证据保存。</translation>
    </message>
    <message>
        <source>Looking for a new screen in each frame…</source>
        <translation>正在逐帧查找新的画面…</translation>
    </message>
    <message>
        <source>No key frames were taken: %1</source>
        <translation>未能提取关键帧：%1</translation>
    </message>
    <message>
        <source>Take &amp;key frames from recording…</source>
        <translation>从录屏提取关键帧(&amp;K)…</translation>
    </message>
    <message>
        <source>Taking key frames…</source>
        <translation>正在提取关键帧…</translation>
    </message>
</context>
<context>
    <name>FramesDialog</name>
    <message>
        <source>%1 key frames were found, one per screen, each kept as evidence with its own SHA-256. Tick the frames that go into packets; the recording itself is listed as the original, supplied on a storage medium.</source>
        <translation>共找到 %1 张关键帧（每个画面一张），均已作为证据保存，各有自己的 SHA-256。请勾选要放入材料包的关键帧；录屏本身在证据目录中列为原件，另附储存载体提交。</translation>
    </message>
    <message>
        <source>Key frames of %1</source>
        <translation>%1 的关键帧</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>全部勾选(&amp;A)</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>全部取消(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>%1 (redacted)</source>
        <translation>%1（已打码）</translation>
    </message>
    <message>
        <source>(withheld)</source>
        <translation>（不外发）</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>原始大小</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>添加时间：%1</translation>
    </message>
    <message>
        <source>Clear boxes</source>
        <translation>清除方框</translation>
    </message>
    <message>
        <source>Drag rectangles over phone numbers, ID numbers or faces, then save a copy.</source>
        <translation>在手机号、身份证号或人脸上拖出方框，然后保存副本。</translation>
    </message>
    <message>
        <source>Evidence %1 — %2</source>
        <translation>证据 %1 — %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <source>Integrity: the stored file does NOT match its hash</source>
        <translation>完整性：存储的文件与其哈希值不符！</translation>
    </message>
    <message>
        <source>Integrity: unchanged since intake</source>
        <translation>完整性：自添加以来未被改动</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>No application could open the file.</source>
        <translation>没有可以打开该文件的程序。</translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation>用 PDF 阅读器打开</translation>
    </message>
    <message>
        <source>Open in spreadsheet program</source>
        <translation>用表格软件打开</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1/%2 页</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>页数：%1</translation>
    </message>
    <message>
        <source>Pixels: %1 × %2</source>
        <translation>像素：%1 × %2</translation>
    </message>
    <message>
        <source>Play in video player</source>
        <translation>用视频播放器播放</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>打码</translation>
    </message>
    <message>
        <source>Redacted copy of: %1</source>
        <translation>打码自原件：%1</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>向左旋转</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>向右旋转</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>Save redacted copy</source>
        <translation>保存打码副本</translation>
    </message>
    <message>
        <source>Saved as %1. The original is unchanged and withheld: packets and exports leave it out.</source>
        <translation>已保存为 %1。原件未改动，并已设为不外发：材料包和导出都不含原件。</translation>
    </message>
    <message>
        <source>Saving redacted copy…</source>
        <translation>正在保存打码副本…</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>大小：%1 字节</translation>
    </message>
    <message>
        <source>The copy was not saved: %1</source>
        <translation>打码副本未保存：%1</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
</context>
<context>
    <name>ImportFolder</name>
    <message>
        <source>DisputeKit</source>
        <translation>DisputeKit</translation>
    </message>
    <message>
        <source>Import a folder of case bundles</source>
        <translation>导入文件夹中的案件包</translation>
    </message>
    <message>
        <source>Imported {imported}, skipped {skipped} already stored, refused {refused}.</source>
        <translation>导入 {imported} 个，已存在跳过 {skipped} 个，拒绝 {refused} 个。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>IntakeProblems</name>
    <message>
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Files that were not added:</source>
        <translation>未能添加的文件：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>DisputeKit — evidence and dispute assistant</source>
        <translation>DisputeKit — 证据与维权助手</translation>
    </message>
    <message>
        <source>Evi&amp;dence</source>
        <translation>证据(&amp;D)</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>Select a case on the left, or create one with File → New case (Ctrl+N).</source>
        <translation>请在左侧选择一个案件，或通过“文件 → 新建案件”（Ctrl+N）新建。</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>At most two decimals (fen), e.g. 98.50</source>
        <translation>最多两位小数（分），如 98.50</translation>
    </message>
    <message>
        <source>Not an amount: enter yuan, e.g. 98.50</source>
        <translation>不是金额：请填写元，如 98.50</translation>
    </message>
    <message>
        <source>Too large for an amount in yuan</source>
        <translation>金额过大</translation>
    </message>
    <message>
        <source>“{text}” is ambiguous: write the decimal point as “.” (e.g. 49.20), not a comma</source>
        <translation>“{text}”有歧义：小数点请用“.”（如 49.20），不要用逗号</translation>
    </message>
</context>
<context>
    <name>OcrBar</name>
    <message>
        <source>Filled from %1: %2</source>
        <translation>已从 %1 填入 %2 项</translation>
    </message>
    <message>
        <source>Finding order details…</source>
        <translation>正在查找订单信息…</translation>
    </message>
    <message>
        <source>No order number, amount or time was found on %1.</source>
        <translation>在 %1 上没有找到订单号、金额或时间。</translation>
    </message>
    <message>
        <source>Read order &amp;details from screenshot…</source>
        <translation>从截图读取订单信息(&amp;D)…</translation>
    </message>
    <message>
        <source>Reading screenshots needs the optional OCR component: %1</source>
        <translation>读取截图文字需要安装可选的 OCR 组件：%1</translation>
    </message>
    <message>
        <source>Reading the screenshot was cancelled.</source>
        <translation>已取消读取截图。</translation>
    </message>
    <message>
        <source>Reading the screenshot…</source>
        <translation>正在读取截图…</translation>
    </message>
    <message>
        <source>Recognising text…</source>
        <translation>正在识别文字…</translation>
    </message>
    <message>
        <source>The screenshot could not be read: %1</source>
        <translation>无法读取截图：%1</translation>
    </message>
</context>
<context>
    <name>OcrConfirmDialog</name>
    <message>
        <source>&amp;Fill ticked fields</source>
        <translation>填入勾选的项目(&amp;F)</translation>
    </message>
    <message>
        <source>Fields read from %1</source>
        <translation>从 %1 读取的信息</translation>
    </message>
    <message>
        <source>These values were read from the screenshot by text recognition. Compare each with its box on the image and tick the ones that are right; only ticked fields are filled in, and the case records that they came from %1.</source>
        <translation>以下内容由文字识别从截图中读取。请对照图上标出的方框逐项核对，勾选正确的项目；只有勾选的项目会被填入，案件会记录它们来自 %1。</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>全部勾选</translation>
    </message>
</context>
<context>
    <name>OrderTab</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Account to be credited</source>
        <translation>充值账号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Amount paid (¥)</source>
        <translation>实付金额（¥）</translation>
    </message>
    <message>
        <source>Ask for delivery</source>
        <translation>要求继续发货</translation>
    </message>
    <message>
        <source>At most {limit} characters</source>
        <translation>最多 {limit} 个字</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>商品类别</translation>
    </message>
    <message>
        <source>Claim triple damages (fraud)</source>
        <translation>请求三倍赔偿（经营者欺诈）</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Complainant (the buyer)</source>
        <translation>投诉人（买家）</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Date of birth (court only)</source>
        <translation>出生日期（仅起诉用）</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Employer (court only)</source>
        <translation>工作单位（仅起诉用）</translation>
    </message>
    <message>
        <source>Enter an amount in yuan, e.g. 98.50</source>
        <translation>请填写以元为单位的金额，例如 98.50</translation>
    </message>
    <message>
        <source>Ethnicity (court only)</source>
        <translation>民族（仅起诉用）</translation>
    </message>
    <message>
        <source>Filed on the buyer&apos;s behalf</source>
        <translation>代他人投诉</translation>
    </message>
    <message>
        <source>Filing on someone else&apos;s behalf (needs a power of attorney)</source>
        <translation>代他人投诉（需要授权委托书）</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>秒杀/限时抢购</translation>
    </message>
    <message>
        <source>Game / service</source>
        <translation>游戏/业务</translation>
    </message>
    <message>
        <source>Gender (court only)</source>
        <translation>性别（仅起诉用）</translation>
    </message>
    <message>
        <source>Guardian (buyer under 18)</source>
        <translation>监护人（买家未满18周岁时填写）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>ID number (court only)</source>
        <translation>身份证号（仅起诉用）</translation>
    </message>
    <message>
        <source>Instant delivery</source>
        <translation>自动发货</translation>
    </message>
    <message>
        <source>Known since</source>
        <translation>发现问题时间</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Legal representative&apos;s post</source>
        <translation>法定代表人职务</translation>
    </message>
    <message>
        <source>May be named in group reports</source>
        <translation>同意在汇总报告中具名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
    <message>
        <source>Not saved: {field} – {error}</source>
        <translation>未保存：{field} – {error}</translation>
    </message>
    <message>
        <source>Occupation (court only)</source>
        <translation>职业（仅起诉用）</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Other claims (your own words)</source>
        <translation>其他要求（按原话列出）</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Payment transaction no.</source>
        <translation>支付交易号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Platform operator&apos;s address</source>
        <translation>平台经营者住所地</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problem and claims</source>
        <translation>问题与诉求</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Purchase by a minor is void</source>
        <translation>未成年人购买行为无效</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Recommended by (court agent)</source>
        <translation>推荐单位（诉讼代理人）</translation>
    </message>
    <message>
        <source>Refund claimed (¥)</source>
        <translation>要求退款（¥）</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与投诉人关系</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Respondent (platform and shop)</source>
        <translation>被投诉方（平台与店铺）</translation>
    </message>
    <message>
        <source>Seller&apos;s address (domicile)</source>
        <translation>商家住所地</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Shop address shown on the platform</source>
        <translation>店铺在平台公示的地址</translation>
    </message>
    <message>
        <source>Sue at</source>
        <translation>起诉法院所在地</translation>
    </message>
    <message>
        <source>The order form</source>
        <translation>订单表单</translation>
    </message>
    <message>
        <source>Tick if bought in a flash or time-limited sale: cancelling such orders may be limited (e.g. once); the advice warns.</source>
        <translation>以秒杀或限时抢购价下单时勾选：这类订单的取消可能受限（如仅限1次），建议中会提醒。</translation>
    </message>
    <message>
        <source>Tick if the product page promises instant (automatic) delivery: it may be delivered before a cancellation goes through, and the advice changes.</source>
        <translation>商品页写有“自动发货/秒充”时勾选：可能在取消前就已发货，建议会随之调整。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Unsaved edits recovered from last time</source>
        <translation>已恢复上次未保存的修改</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网址</translation>
    </message>
</context>
<context>
    <name>OverridesModel</name>
    <message>
        <source>extra day off</source>
        <translation>额外休息日</translation>
    </message>
    <message>
        <source>extra workday</source>
        <translation>额外上班日</translation>
    </message>
</context>
<context>
    <name>PacketBuilderTab</name>
    <message>
        <source>(name missing)</source>
        <translation>（姓名未填）</translation>
    </message>
    <message>
        <source>12315 form fields</source>
        <translation>12315填表内容</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Edit on the Order tab</source>
        <translation>在“订单”页编辑</translation>
    </message>
    <message>
        <source>Exhibits (tick to include, drag to reorder):</source>
        <translation>证据（勾选要附上的，拖动调整顺序）：</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>失败：{error}</translation>
    </message>
    <message>
        <source>Filed by the buyer in person.</source>
        <translation>由买家本人投诉。</translation>
    </message>
    <message>
        <source>Filed on the buyer&apos;s behalf by {name} (power of attorney included).</source>
        <translation>由{name}代为投诉（材料附授权委托书）。</translation>
    </message>
    <message>
        <source>Fix the red items first, or tick Draft to build a draft anyway.</source>
        <translation>请先解决红色项目，或勾选“草稿”先生成草稿。</translation>
    </message>
    <message>
        <source>Generate packet</source>
        <translation>生成材料</translation>
    </message>
    <message>
        <source>Generating packet…</source>
        <translation>正在生成材料…</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>Not generated: fix the items listed above first.</source>
        <translation>未生成：请先处理上面列出的问题。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Packet:</source>
        <translation>材料类型：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save packet as</source>
        <translation>材料另存为</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>Written: {pages} pages, {size:.2f} MB.</source>
        <translation>已生成：共 {pages} 页，{size:.2f} MB。</translation>
    </message>
</context>
<context>
    <name>PacketExhibitsModel</name>
    <message>
        <source>Exhibit {n}</source>
        <translation>证据{n}</translation>
    </message>
    <message>
        <source>Internal id: {id}</source>
        <translation>内部编号：{id}</translation>
    </message>
</context>
<context>
    <name>PacketKindDialog</name>
    <message>
        <source>Build packets for the selected cases ({count})</source>
        <translation>为选中的案件生成材料（{count} 个）</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Drafts, to check before filing (built even with items missing)</source>
        <translation>生成草稿，供提交前核对（有缺项也生成）</translation>
    </message>
    <message>
        <source>Each case&apos;s packet is built with its exhibits and the saved size and resolution, into the folder you choose next. A case the pre-check stops is skipped and listed with the reason; drafts are built for every case, marked as drafts on each page.</source>
        <translation>每个案件的材料按其证据和已保存的大小、分辨率设置生成，保存到接下来选择的文件夹。预检未通过的案件会被跳过，并列出原因；选择草稿时每个案件都会生成，每页标有“草稿”。</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Cannot open {name}.</source>
        <translation>无法打开 {name}。</translation>
    </message>
    <message>
        <source>Generate the packet to preview it here.</source>
        <translation>生成材料后可在这里预览。</translation>
    </message>
    <message>
        <source>{name}: {pages} pages, {size:.2f} MB</source>
        <translation>{name}：共 {pages} 页，{size:.2f} MB</translation>
    </message>
</context>
<context>
    <name>PhoneUploadButton</name>
    <message>
        <source>From &amp;phone…</source>
        <translation>从手机添加(&amp;P)…</translation>
    </message>
    <message>
        <source>Receive screenshots, photos and recordings from a phone&apos;s browser over the local network</source>
        <translation>通过局域网从手机浏览器接收截图、照片和录屏</translation>
    </message>
</context>
<context>
    <name>PhoneUploadDialog</name>
    <message>
        <source>%1 not added</source>
        <translation>%1 个未能加入</translation>
    </message>
    <message>
        <source>Added to the case: %1</source>
        <translation>已加入案件：%1</translation>
    </message>
    <message>
        <source>Adding to the case…</source>
        <translation>正在加入案件…</translation>
    </message>
    <message>
        <source>Arriving…</source>
        <translation>接收中…</translation>
    </message>
    <message>
        <source>Declined; its files were deleted</source>
        <translation>已拒绝，收到的文件已删除</translation>
    </message>
    <message>
        <source>Open for %1:%2 more</source>
        <translation>还可接收 %1:%2</translation>
    </message>
    <message>
        <source>Receiving has ended; the port is closed.</source>
        <translation>接收已结束，端口已关闭。</translation>
    </message>
    <message>
        <source>Waiting for you to add it</source>
        <translation>等待你确认加入</translation>
    </message>
</context>
<context>
    <name>PhoneUploadView</name>
    <message>
        <source>&lt;b&gt;The phone cannot open the page?&lt;/b&gt; Phone and computer must be on the same network. On Windows, allow DisputeKit when the firewall asks (private networks); on a network marked public it is blocked. Guest, hotel or shop Wi-Fi often keeps devices apart (AP isolation): use the phone&apos;s hotspot instead. If the scanner opens the link inside WeChat or another app, copy the link and open it in the phone&apos;s browser.</source>
        <translation>&lt;b&gt;手机打不开页面？&lt;/b&gt;手机和电脑必须在同一个网络中。Windows 弹出防火墙提示时，请允许 DisputeKit 访问“专用网络”；网络被设为“公用”时会被拦截。访客 Wi-Fi、酒店或商场的 Wi-Fi 常会隔离设备（AP 隔离），请改用手机热点。如果扫码后在微信等 App 内打开，请复制链接，到手机浏览器中打开。</translation>
    </message>
    <message>
        <source>Add every batch to the case as it arrives</source>
        <translation>收到后自动加入案件</translation>
    </message>
    <message>
        <source>Add from phone</source>
        <translation>从手机添加</translation>
    </message>
    <message>
        <source>Add to case</source>
        <translation>加入案件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Scan the code with the phone&apos;s camera or browser, or open the address in the phone&apos;s browser, then pick screenshots, photos, screen recordings or PDFs. Each file is hashed when it arrives here.</source>
        <translation>用手机相机或浏览器扫描二维码，或在手机浏览器中打开下面的地址，然后选择截图、照片、录屏或 PDF。每个文件到达电脑时即计算校验值。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>This is plain HTTP on the local network. Connect the phone to your home Wi-Fi or connect this computer to the phone&apos;s hotspot; avoid public Wi-Fi.</source>
        <translation>这是局域网内的普通 HTTP 连接：请让手机连接家里的 Wi-Fi，或让电脑连接手机热点；不要使用公共 Wi-Fi。</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Now in the case</source>
        <translation>案件中现为</translation>
    </message>
    <message>
        <source>On the screenshot</source>
        <translation>截图上</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <source>Read next to “%1”, confidence %2</source>
        <translation>读自“%1”旁，置信度 %2</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>采用</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>DisputeKit deadlines</source>
        <translation>DisputeKit 期限提醒</translation>
    </message>
    <message>
        <source>See View → Deadline reminders.</source>
        <translation>见 查看 → 到期提醒。</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>{n} legal deadline(s) overdue</source>
        <translation>{n} 个法定期限已逾期</translation>
    </message>
    <message>
        <source>{n} legal deadline(s) due within a working day</source>
        <translation>{n} 个法定期限将在一个工作日内到期</translation>
    </message>
    <message>
        <source>{n} platform period(s) past (not legal deadlines)</source>
        <translation>{n} 个平台自定期限已过（非法定期限）</translation>
    </message>
    <message>
        <source>{n} platform period(s) due within a working day</source>
        <translation>{n} 个平台自定期限将在一个工作日内到期</translation>
    </message>
    <message>
        <source>Nothing is due within a working day.</source>
        <translation>一个工作日内没有到期的期限。</translation>
    </message>
</context>
<context>
    <name>RemindersWindow</name>
    <message>
        <source>Deadline reminders</source>
        <translation>到期提醒</translation>
    </message>
    <message>
        <source>Double-click a row to open the case.</source>
        <translation>双击一行打开对应案件。</translation>
    </message>
</context>
<context>
    <name>RespondentHelp</name>
    <message>
        <source>Where to find them: the shop page&apos;s 营业执照 / 经营者信息 notice gives the seller&apos;s legal name, credit code and address. If it has none, search the company name in 国家企业信用信息公示系统 (www.gsxt.gov.cn).</source>
        <translation>在哪里找：店铺页面公示的「营业执照」/「经营者信息」里有经营者名称、统一社会信用代码和地址；没有公示的，用公司名称在国家企业信用信息公示系统（www.gsxt.gov.cn）查询。</translation>
    </message>
    <message>
        <source>Who handles it (《市场监督管理投诉举报处理办法》第十三条): a seller inside a platform → the county-level market regulator of the address it publishes on the platform, or of the platform&apos;s domicile; no published address, or unreachable there → the platform&apos;s domicile.</source>
        <translation>由谁处理（《市场监督管理投诉举报处理办法》第十三条）：平台内经营者 → 其在平台公示的地址所在地，或平台经营者住所地的县级市场监督管理部门；未公示地址或按公示地址联系不上 → 平台经营者住所地。</translation>
    </message>
</context>
<context>
    <name>SellerGroupsModel</name>
    <message>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>Channels reached</source>
        <translation>已到达的渠道</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>商家</translation>
    </message>
    <message>
        <source>Total claimed</source>
        <translation>主张金额合计</translation>
    </message>
</context>
<context>
    <name>SellerGroupsWindow</name>
    <message>
        <source>By seller</source>
        <translation>按商家</translation>
    </message>
    <message>
        <source>Case #{id}</source>
        <translation>案件 #{id}</translation>
    </message>
    <message>
        <source>Cases of the selected seller (double-click to open):</source>
        <translation>所选商家的案件（双击打开）：</translation>
    </message>
    <message>
        <source>Cases {cases} give the same address.</source>
        <translation>案件 {cases} 使用同一通讯地址。</translation>
    </message>
    <message>
        <source>Cases {cases} give the same phone number.</source>
        <translation>案件 {cases} 使用同一手机号码。</translation>
    </message>
    <message>
        <source>Keep this case apart</source>
        <translation>此案件单独成组</translation>
    </message>
    <message>
        <source>Merge these two sellers</source>
        <translation>合并这两个商家</translation>
    </message>
    <message>
        <source>Perhaps one seller (merged only when you confirm):</source>
        <translation>可能是同一商家（确认后才合并）：</translation>
    </message>
    <message>
        <source>The same file is attached to cases {cases}.</source>
        <translation>同一文件也附在案件 {cases} 中。</translation>
    </message>
    <message>
        <source>The selected case is not against this seller: take it out of the group.</source>
        <translation>所选案件不是针对这个商家的：把它移出本组。</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} 与 {second}</translation>
    </message>
    <message>
        <source>{groups} sellers; {shared} with more than one case.</source>
        <translation>共 {groups} 个商家，其中 {shared} 个有多件案件。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>My details (default complainant / agent)</source>
        <translation>我的信息（默认投诉人 / 受托人）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Packet defaults</source>
        <translation>材料默认设置</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>通讯地址</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Working-day calendar overrides</source>
        <translation>工作日日历调整</translation>
    </message>
    <message>
        <source>extra day off</source>
        <translation>额外休息日</translation>
    </message>
    <message>
        <source>extra workday</source>
        <translation>额外上班日</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Why / file</source>
        <translation>原因／文件</translation>
    </message>
    <message>
        <source>Cancelled before this case; nothing was changed.</source>
        <translation>在处理此案件前已取消，未作任何改动。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未处理</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>No events yet</source>
        <translation>还没有事件</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Add event…</source>
        <translation>添加事件…</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>已提交申诉</translation>
    </message>
    <message>
        <source>Appeal result</source>
        <translation>申诉结果</translation>
    </message>
    <message>
        <source>Complained to 12315</source>
        <translation>已向12315投诉</translation>
    </message>
    <message>
        <source>Customer service refused</source>
        <translation>客服拒绝</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <source>Delete this event from the timeline?</source>
        <translation>从时间线中删除这个事件吗？</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>I contacted customer service</source>
        <translation>我已联系客服</translation>
    </message>
    <message>
        <source>Refund received</source>
        <translation>收到退款</translation>
    </message>
</context>
<context>
    <name>TimestampDialog</name>
    <message>
        <source>1.</source>
        <translation>1.</translation>
    </message>
    <message>
        <source>2.</source>
        <translation>2.</translation>
    </message>
    <message>
        <source>3.</source>
        <translation>3.</translation>
    </message>
    <message>
        <source>A trusted timestamp is a time-stamping authority&apos;s (TSA) signed statement that this case&apos;s evidence files, by their SHA-256 list, existed unchanged at that time; it does not prove what a screenshot shows, nor when it was taken. Only the list&apos;s hash is sent, never the files.</source>
        <translation>可信时间戳是时间戳服务（TSA）签名的证明：本案证据文件（按其 SHA-256 清单）在盖章时刻已经存在且此后未被改动；它不证明截图的内容真实，也不证明截图是何时拍下的。发出的只有清单的哈希值，从不发送文件本身。</translation>
    </message>
    <message>
        <source>Attach the TSA&apos;s reply (.tsr)…</source>
        <translation>附上时间戳服务的回复（.tsr）…</translation>
    </message>
    <message>
        <source>Attach time-stamp reply</source>
        <translation>附上时间戳回复</translation>
    </message>
    <message>
        <source>Enter a TSA&apos;s http:// or https:// address first.</source>
        <translation>请先填写时间戳服务的 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>Not accepted, nothing stored: {reason}</source>
        <translation>未被接受，未保存任何内容：{reason}</translation>
    </message>
    <message>
        <source>Or send the request to the TSA above: DisputeKit goes online only when you press Send, and only to that address.</source>
        <translation>或把请求发送到上面的时间戳服务：只有按“发送”时本软件才会联网，且只连接该地址。</translation>
    </message>
    <message>
        <source>Request a trusted timestamp</source>
        <translation>申请可信时间戳</translation>
    </message>
    <message>
        <source>Request {id} awaits its reply</source>
        <translation>请求 {id} 等待回复</translation>
    </message>
    <message>
        <source>Save a request file (.tsq) for any TSA…</source>
        <translation>保存请求文件（.tsq），交给任一时间戳服务…</translation>
    </message>
    <message>
        <source>Save time-stamp request</source>
        <translation>保存时间戳请求</translation>
    </message>
    <message>
        <source>Saved {path}: the request covers {count} evidence files. Give it to a TSA, then attach its reply (step 3).</source>
        <translation>已保存 {path}：请求覆盖 {count} 个证据文件。把它交给时间戳服务，再附上回复（第 3 步）。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Sending to {url}…</source>
        <translation>正在发送到 {url}…</translation>
    </message>
    <message>
        <source>Stamped {time} (Beijing time) by {tsa}</source>
        <translation>已盖时间戳：{time}（北京时间），时间戳服务 {tsa}</translation>
    </message>
    <message>
        <source>TSA address (https://…) or pick one</source>
        <translation>时间戳服务地址（https://…），或从列表中选择</translation>
    </message>
    <message>
        <source>This case has no timestamp yet.</source>
        <translation>本案还没有可信时间戳。</translation>
    </message>
    <message>
        <source>Time-stamp reply (*.tsr);;All files (*)</source>
        <translation>时间戳回复 (*.tsr);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Time-stamp request (*.tsq)</source>
        <translation>时间戳请求 (*.tsq)</translation>
    </message>
    <message>
        <source>Timestamp attached: {time} (Beijing time), {tsa}, covering {count} evidence files. Bundles and packets now carry it.</source>
        <translation>已附上时间戳：{time}（北京时间），{tsa}，覆盖 {count} 个证据文件。此后导出的案件包和生成的材料都会带上它。</translation>
    </message>
</context>
<context>
    <name>ToolWindows</name>
    <message>
        <source>By seller…</source>
        <translation>按商家…</translation>
    </message>
    <message>
        <source>Deadline reminders…</source>
        <translation>到期提醒…</translation>
    </message>
    <message>
        <source>Import a folder of case bundles…</source>
        <translation>导入文件夹中的案件包…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Volunteer dashboard…</source>
        <translation>志愿者总览…</translation>
    </message>
</context>
<context>
    <name>UnsavedPrompt</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>保存并继续</translation>
    </message>
    <message>
        <source>Save them so that advice, deadlines and the packet use what you typed?</source>
        <translation>保存后，建议、期限和材料都使用您刚填写的内容。现在保存吗？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>{what} has unsaved changes.</source>
        <translation>{what}有未保存的修改。</translation>
    </message>
</context>
<context>
    <name>VaultCheck</name>
    <message>
        <source>&amp;Check evidence files…</source>
        <translation>检查证据文件(&amp;C)…</translation>
    </message>
    <message>
        <source>A file no case uses ({sha}…): {state}</source>
        <translation>未被任何案件使用的文件（{sha}…）：{state}</translation>
    </message>
    <message>
        <source>All {total} evidence files are intact.</source>
        <translation>全部 {total} 个证据文件完好无损。</translation>
    </message>
    <message>
        <source>Case {case} · evidence {evidence} ({file}): {state}</source>
        <translation>案件 {case} · 证据 {evidence}（{file}）：{state}</translation>
    </message>
    <message>
        <source>Check cancelled after {done} of {total} files; no problem found so far.</source>
        <translation>已检查 {done}/{total} 个文件后取消；目前未发现问题。</translation>
    </message>
    <message>
        <source>Check evidence files</source>
        <translation>检查证据文件</translation>
    </message>
    <message>
        <source>Checking evidence files…</source>
        <translation>正在检查证据文件…</translation>
    </message>
    <message>
        <source>File damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>检查未完成。</translation>
    </message>
    <message>
        <source>The check was cancelled after {done} of {total} files.</source>
        <translation>检查在 {done}/{total} 个文件后被取消。</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>{count} evidence files are damaged or missing. Import them again from the original files or a bundle you exported earlier; packets and exports refuse them until then.</source>
        <translation>{count} 个证据文件已损坏或缺失。请从原始文件或之前导出的案件包重新导入；在此之前，生成材料和导出都会拒绝这些文件。</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>……另有 {count} 项</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;About DisputeKit</source>
        <translation>关于 DisputeKit(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>删除案件(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Export case bundle…</source>
        <translation>导出案件包(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Find case…</source>
        <translation>查找案件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Import case bundle…</source>
        <translation>导入案件包(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>新建案件(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Not legal advice</source>
        <translation>不构成法律意见(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reload case list</source>
        <translation>刷新案件列表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>About DisputeKit</source>
        <translation>关于 DisputeKit</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>删除案件</translation>
    </message>
    <message>
        <source>Delete the case {name}? Its events and evidence list go with it; this cannot be undone. Export a bundle first to keep a copy.</source>
        <translation>删除案件 {name}？其时间线和证据清单将一并删除，且无法撤销。如需保留，请先导出案件包。</translation>
    </message>
    <message>
        <source>DisputeKit %1

Organises the order, the evidence and the deadlines of a dispute over virtual goods, and prepares complaint materials. Everything stays on this computer.</source>
        <translation>DisputeKit %1

整理虚拟商品纠纷中的订单、证据和期限，并准备投诉材料。所有资料都只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>DisputeKit helps you organise your material: the order, evidence, a timeline and deadlines. It is not legal advice and does not replace a lawyer. Check deadlines and rules with the platform, 12315 or a lawyer when in doubt.</source>
        <translation>DisputeKit 帮助您整理材料：订单、证据、时间线和期限。本软件不提供法律意见，也不能代替律师。如有疑问，请向平台、12315 或律师核实期限和规定。</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>Load &amp;example cases</source>
        <translation>载入示例案件(&amp;E)</translation>
    </message>
    <message>
        <source>Not legal advice</source>
        <translation>不构成法律意见</translation>
    </message>
    <message>
        <source>Request a &amp;trusted timestamp…</source>
        <translation>申请可信时间戳(&amp;T)…</translation>
    </message>
    <message>
        <source>Show case &amp;list</source>
        <translation>显示案件列表(&amp;L)</translation>
    </message>
    <message>
        <source>The language changes at once, no restart needed</source>
        <translation>切换语言立即生效，无需重启</translation>
    </message>
</context>
</TS>
