<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AdviceTab</name>
    <message>
        <location filename="../advice_tab.py" line="120"/>
        <source>Choose a case in the list to see what to do next.</source>
        <translation>请在左侧列表中选择一个案件，查看下一步该做什么。</translation>
    </message>
    <message>
        <location filename="../advice_tab.py" line="121"/>
        <source>Message to customer service</source>
        <translation>发给客服的消息</translation>
    </message>
    <message>
        <location filename="../advice_tab.py" line="122"/>
        <source>Copy message</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <location filename="../advice_tab.py" line="123"/>
        <source>Evidence still missing</source>
        <translation>还缺少的证据</translation>
    </message>
    <message>
        <location filename="../advice_tab.py" line="124"/>
        <source>12315 complaint: will it be accepted?</source>
        <translation>12315投诉：能否受理？</translation>
    </message>
    <message>
        <location filename="../advice_tab.py" line="125"/>
        <source>Warnings</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <location filename="../advice_tab.py" line="126"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../advice_tab.py" line="144"/>
        <source>Now: {channel}</source>
        <translation>现在该做：{channel}</translation>
    </message>
    <message>
        <location filename="../advice_tab.py" line="155"/>
        <source>If that fails: {channels}</source>
        <translation>如果不成：{channels}</translation>
    </message>
    <message>
        <location filename="../advice_tab.py" line="168"/>
        <source>Nothing missing for this channel.</source>
        <translation>这一途径所需的证据已齐全。</translation>
    </message>
    <message>
        <location filename="../advice_tab.py" line="172"/>
        <source>Missing:</source>
        <translation>缺少：</translation>
    </message>
    <message>
        <location filename="../advice_tab.py" line="172"/>
        <source>Missing (any one):</source>
        <translation>缺少（任选其一）：</translation>
    </message>
    <message>
        <location filename="../advice_tab.py" line="175"/>
        <source>Add {kind}…</source>
        <translation>添加{kind}…</translation>
    </message>
    <message>
        <location filename="../advice_tab.py" line="176"/>
        <source>Open the evidence tab with this kind chosen</source>
        <translation>打开证据页并预选这一类型</translation>
    </message>
    <message>
        <location filename="../advice_tab.py" line="192"/>
        <source>Can be filed now.</source>
        <translation>现在即可提交。</translation>
    </message>
    <message>
        <location filename="../advice_tab.py" line="192"/>
        <source>Not ready yet:</source>
        <translation>尚不满足受理条件：</translation>
    </message>
    <message>
        <location filename="../advice_tab.py" line="197"/>
        <source>• Filing for someone else: a signed power of attorney (授权委托书) and the agent&apos;s ID are needed.</source>
        <translation>• 代他人投诉：需要委托人签名的授权委托书和受托人身份证明。</translation>
    </message>
    <message>
        <location filename="../advice_tab.py" line="1" />
        <source>Prepare: {packet}…</source>
        <translation>准备材料：{packet}…</translation>
    </message>
</context>
<context>
    <name>BlockersBox</name>
    <message>
        <location filename="../packet_blockers.py" line="48"/>
        <source>Before you submit</source>
        <translation>提交前请处理</translation>
    </message>
    <message>
        <location filename="../packet_blockers.py" line="82"/>
        <source>Evidence missing: {kinds}</source>
        <translation>缺少证据：{kinds}</translation>
    </message>
    <message>
        <location filename="../packet_blockers.py" line="89"/>
        <source>Nothing blocks this packet.</source>
        <translation>没有阻碍生成材料的问题。</translation>
    </message>
    <message>
        <location filename="../packet_blockers.py" line="98"/>
        <source>Fix…</source>
        <translation>去修改…</translation>
    </message>
</context>
<context>
    <name>BudgetBox</name>
    <message>
        <location filename="../packet_options.py" line="71"/>
        <source>Size budget</source>
        <translation>大小限制</translation>
    </message>
    <message>
        <location filename="../packet_options.py" line="72"/>
        <location filename="../packet_options.py" line="73"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../packet_options.py" line="74"/>
        <source>Draft (build even with items missing)</source>
        <translation>草稿（有缺项也生成）</translation>
    </message>
    <message>
        <location filename="../packet_options.py" line="75"/>
        <source>Largest file</source>
        <translation>文件上限</translation>
    </message>
    <message>
        <location filename="../packet_options.py" line="75"/>
        <source>Most pages</source>
        <translation>页数上限</translation>
    </message>
    <message>
        <location filename="../packet_options.py" line="75"/>
        <source>Image resolution</source>
        <translation>图片分辨率</translation>
    </message>
    <message>
        <location filename="../packet_options.py" line="1" />
        <source>Include unredacted originals</source>
        <translation>包含未打码的原件</translation>
    </message>
    <message>
        <location filename="../packet_options.py" line="1" />
        <source>Warning: the packet will also show the originals of redacted copies, with everything you blacked out.</source>
        <translation>警告：材料包将同时包含打码副本的原件，您遮住的内容都会显示出来。</translation>
    </message>
</context>
<context>
    <name>CaseTabs</name>
    <message>
        <location filename="../workflow_tabs.py" line="47"/>
        <source>Advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../workflow_tabs.py" line="48"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../workflow_tabs.py" line="49"/>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../workflow_tabs.py" line="50"/>
        <source>Packet</source>
        <translation>材料</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../countdown.py" line="67"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../countdown.py" line="73"/>
        <source>Overdue by {n} h</source>
        <translation>已逾期 {n} 小时</translation>
    </message>
    <message>
        <location filename="../countdown.py" line="75"/>
        <source>{n} h left</source>
        <translation>剩余 {n} 小时</translation>
    </message>
    <message>
        <location filename="../countdown.py" line="80"/>
        <source>Overdue today</source>
        <translation>今天已逾期</translation>
    </message>
    <message>
        <location filename="../countdown.py" line="81"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../countdown.py" line="87"/>
        <source>Overdue by {n} working day(s)</source>
        <translation>已逾期 {n} 个工作日</translation>
    </message>
    <message>
        <location filename="../countdown.py" line="92"/>
        <source>{n} working day(s) left</source>
        <translation>剩余 {n} 个工作日</translation>
    </message>
    <message>
        <location filename="../countdown.py" line="97"/>
        <source>Overdue by {n} day(s)</source>
        <translation>已逾期 {n} 天</translation>
    </message>
    <message>
        <location filename="../countdown.py" line="99"/>
        <source>{n} day(s) left</source>
        <translation>剩余 {n} 天</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../dashboard.py" line="50"/>
        <source>Volunteer dashboard</source>
        <translation>志愿者总览</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="66"/>
        <source>By order status</source>
        <translation>按订单状态</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="67"/>
        <source>By channel now</source>
        <translation>按当前途径</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="84"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="86"/>
        <source>Export selected as bundles…</source>
        <translation>导出所选案件为案件包…</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="107"/>
        <source>Cases: {n}</source>
        <translation>案件：{n}</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="108"/>
        <source>Overdue: {n}</source>
        <translation>已逾期：{n}</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="122"/>
        <source>Due soon: {n}</source>
        <translation>即将到期：{n}</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="110"/>
        <source>Claimed: {amount}</source>
        <translation>主张金额：{amount}</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="113"/>
        <source>Refunded: {amount}</source>
        <translation>已退款：{amount}</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="122"/>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="131"/>
        <location filename="../dashboard.py" line="163"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="131"/>
        <source>Select cases first.</source>
        <translation>请先选择案件。</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="133"/>
        <source>Export bundles to</source>
        <translation>导出案件包到</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="166"/>
        <source>Exporting bundles…</source>
        <translation>正在导出案件包…</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="120"/>
        <source>Shared contact details: {cases}. Several complainants using one phone number or address may look like non-genuine complaints (Measures Art. 17(4)). Each buyer files with their own phone and address; a volunteer acts as the agent (受托人) under Art. 11, with a power of attorney.</source>
        <translation>联系方式重复：{cases}。多人使用同一手机号码、通讯地址投诉，可能被认为不是真实的消费者权益争议（《市场监督管理投诉举报处理办法》第十七条（四））。每位买家应填写本人的电话和地址；志愿者以受托人身份代为投诉（第十一条），并附授权委托书。</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <location filename="../deadlines_model.py" line="77"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../deadlines_model.py" line="78"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../deadlines_model.py" line="79"/>
        <source>Due (Beijing time)</source>
        <translation>到期时间（北京时间）</translation>
    </message>
    <message>
        <location filename="../deadlines_model.py" line="80"/>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <location filename="../deadlines_model.py" line="81"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../deadlines_model.py" line="82"/>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../deadlines_model.py" line="83"/>
        <location filename="../deadlines_model.py" line="114"/>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
</context>
<context>
    <name>DeadlinesTab</name>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../deadlines_tab.py" line="104"/>
        <source>Working days follow the official holiday schedule, including make-up workdays. An &apos;Estimate&apos; mark means the schedule for that year is not published yet.</source>
        <translation>工作日按国务院公布的节假日安排计算（含调休上班日）。标有“估算”的期限，所涉年份的安排尚未公布。</translation>
    </message>
    <message>
        <location filename="../deadlines_tab.py" line="108"/>
        <source>Export to calendar (.ics)…</source>
        <translation>导出到日历（.ics）…</translation>
    </message>
    <message>
        <location filename="../deadlines_tab.py" line="128"/>
        <source>Choose a case in the list.</source>
        <translation>请在列表中选择一个案件。</translation>
    </message>
    <message>
        <location filename="../deadlines_tab.py" line="132"/>
        <source>No deadline runs yet: add events (cancelled, contacted, appealed…) in the timeline.</source>
        <translation>暂无正在计算的期限：请在时间线中记录事件（取消订单、联系客服、提交申诉等）。</translation>
    </message>
    <message>
        <location filename="../deadlines_tab.py" line="137"/>
        <source>Deadlines of this case, earliest first.</source>
        <translation>本案的期限，按到期先后排列。</translation>
    </message>
    <message>
        <location filename="../deadlines_tab.py" line="145"/>
        <source>Export deadlines</source>
        <translation>导出期限</translation>
    </message>
    <message>
        <location filename="../deadlines_tab.py" line="145"/>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../event_dialog.py" line="56"/>
        <source>Timeline event</source>
        <translation>时间线事件</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="63"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="69"/>
        <source>When (Beijing time)</source>
        <translation>时间（北京时间）</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="72"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="78"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="81"/>
        <source>What was said or done, in a sentence or two</source>
        <translation>用一两句话写下对方说了什么、做了什么</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="83"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="88"/>
        <source>Exhibit {n}</source>
        <translation>证据{n}</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="99"/>
        <source>Linked exhibits</source>
        <translation>关联证据</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="75"/>
        <source>The seller promised a date</source>
        <translation>商家承诺了退款日期</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="85"/>
        <source>Refund promised by (Beijing time)</source>
        <translation>承诺退款到账时间（北京时间）</translation>
    </message>
    <message>
        <location filename="../event_dialog.py" line="92"/>
        <source>Refused only because materials were missing</source>
        <translation>仅因材料不全不予受理（补齐后可重新投诉）</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../events_model.py" line="60"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../events_model.py" line="61"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../events_model.py" line="62"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../events_model.py" line="63"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../events_model.py" line="64"/>
        <source>Exhibits</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../events_model.py" line="96"/>
        <source>Exhibit {n}</source>
        <translation>证据{n}</translation>
    </message>
</context>
<context>
    <name>FilerBox</name>
    <message>
        <location filename="../filer_box.py" line="67"/>
        <source>Filing for someone else (代他人投诉)</source>
        <translation>代他人投诉</translation>
    </message>
    <message>
        <location filename="../filer_box.py" line="68"/>
        <source>Save agent details</source>
        <translation>保存受托人信息</translation>
    </message>
    <message>
        <location filename="../filer_box.py" line="72"/>
        <source>Agent&apos;s name</source>
        <translation>受托人姓名</translation>
    </message>
    <message>
        <location filename="../filer_box.py" line="73"/>
        <source>Agent&apos;s phone</source>
        <translation>受托人电话</translation>
    </message>
    <message>
        <location filename="../filer_box.py" line="74"/>
        <source>Relation</source>
        <translation>与投诉人关系</translation>
    </message>
    <message>
        <location filename="../filer_box.py" line="75"/>
        <source>Agent&apos;s ID number</source>
        <translation>受托人身份证号</translation>
    </message>
</context>
<context>
    <name>FillSheetView</name>
    <message>
        <location filename="../fill_sheet_view.py" line="83"/>
        <source>Copy each field into the 12315 web form. The form&apos;s real length limits are not confirmed; counts are checked against the limits in the template.</source>
        <translation>把每一项复制到12315网页表单中。表单的实际字数限制未经确认；这里按模板中配置的上限计数。</translation>
    </message>
    <message>
        <location filename="../fill_sheet_view.py" line="97"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../fill_sheet_view.py" line="103"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../fill_sheet_view.py" line="105"/>
        <source>Large type</source>
        <translation>大字显示</translation>
    </message>
    <message>
        <location filename="../fill_sheet_view.py" line="125"/>
        <source>{count} / {limit} chars</source>
        <translation>{count} / {limit} 字</translation>
    </message>
    <message>
        <location filename="../fill_sheet_view.py" line="126"/>
        <source>{count} chars</source>
        <translation>{count} 字</translation>
    </message>
</context>
<context>
    <name>OverridesModel</name>
    <message>
        <location filename="../settings_dialog.py" line="61"/>
        <source>extra workday</source>
        <translation>额外上班日</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="61"/>
        <source>extra day off</source>
        <translation>额外休息日</translation>
    </message>
</context>
<context>
    <name>PacketBuilderTab</name>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../packet_tab.py" line="142"/>
        <source>Packet:</source>
        <translation>材料类型：</translation>
    </message>
    <message>
        <location filename="../packet_tab.py" line="145"/>
        <source>Exhibits (tick to include, drag to reorder):</source>
        <translation>证据（勾选要附上的，拖动调整顺序）：</translation>
    </message>
    <message>
        <location filename="../packet_tab.py" line="146"/>
        <source>Generate packet</source>
        <translation>生成材料</translation>
    </message>
    <message>
        <location filename="../packet_tab.py" line="147"/>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location filename="../packet_tab.py" line="148"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../packet_tab.py" line="149"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../packet_tab.py" line="150"/>
        <source>12315 form fields</source>
        <translation>12315填表内容</translation>
    </message>
    <message>
        <location filename="../packet_tab.py" line="203"/>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location filename="../packet_tab.py" line="207"/>
        <source>Generating packet…</source>
        <translation>正在生成材料…</translation>
    </message>
    <message>
        <location filename="../packet_tab.py" line="224"/>
        <source>Written: {pages} pages, {size:.2f} MB.</source>
        <translation>已生成：共 {pages} 页，{size:.2f} MB。</translation>
    </message>
    <message>
        <location filename="../packet_tab.py" line="233"/>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../packet_tab.py" line="236"/>
        <source>Not generated: fix the items listed above first.</source>
        <translation>未生成：请先处理上面列出的问题。</translation>
    </message>
    <message>
        <location filename="../packet_tab.py" line="242"/>
        <source>Failed: {error}</source>
        <translation>失败：{error}</translation>
    </message>
    <message>
        <location filename="../packet_tab.py" line="252"/>
        <source>Save packet as</source>
        <translation>材料另存为</translation>
    </message>
    <message>
        <location filename="../packet_tab.py" line="252"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../packet_tab.py" line="256"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../pdf_preview.py" line="36"/>
        <source>Generate the packet to preview it here.</source>
        <translation>生成材料后可在这里预览。</translation>
    </message>
    <message>
        <location filename="../pdf_preview.py" line="46"/>
        <source>Cannot open {name}.</source>
        <translation>无法打开 {name}。</translation>
    </message>
    <message>
        <location filename="../pdf_preview.py" line="55"/>
        <source>{name}: {pages} pages, {size:.2f} MB</source>
        <translation>{name}：共 {pages} 页，{size:.2f} MB</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../reminders.py" line="124"/>
        <source>{soon} deadline(s) due within a working day, {overdue} overdue. See View → Deadline reminders.</source>
        <translation>{soon} 个期限将在一个工作日内到期，{overdue} 个已逾期。请查看“视图 → 到期提醒”。</translation>
    </message>
    <message>
        <location filename="../reminders.py" line="129"/>
        <source>DisputeKit deadlines</source>
        <translation>DisputeKit 期限提醒</translation>
    </message>
</context>
<context>
    <name>RemindersWindow</name>
    <message>
        <location filename="../reminders.py" line="62"/>
        <source>Deadline reminders</source>
        <translation>到期提醒</translation>
    </message>
    <message>
        <location filename="../reminders.py" line="72"/>
        <source>Double-click a row to open the case.</source>
        <translation>双击一行打开对应案件。</translation>
    </message>
    <message>
        <location filename="../reminders.py" line="84"/>
        <source>{overdue} overdue, {soon} due within a working day.</source>
        <translation>已逾期 {overdue} 个，一个工作日内到期 {soon} 个。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="71"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="74"/>
        <source>Working-day calendar overrides</source>
        <translation>工作日日历调整</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="86"/>
        <source>extra day off</source>
        <translation>额外休息日</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="87"/>
        <source>extra workday</source>
        <translation>额外上班日</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="88"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="89"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="98"/>
        <source>My details (default complainant / agent)</source>
        <translation>我的信息（默认投诉人 / 受托人）</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="102"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="103"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="104"/>
        <source>Postal address</source>
        <translation>通讯地址</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="105"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="113"/>
        <source>Packet defaults</source>
        <translation>材料默认设置</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <location filename="../timeline_view.py" line="82"/>
        <source>No events yet</source>
        <translation>还没有事件</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../timeline_tab.py" line="47"/>
        <source>I contacted customer service</source>
        <translation>我已联系客服</translation>
    </message>
    <message>
        <location filename="../timeline_tab.py" line="48"/>
        <source>Customer service refused</source>
        <translation>客服拒绝</translation>
    </message>
    <message>
        <location filename="../timeline_tab.py" line="49"/>
        <source>Appeal filed</source>
        <translation>已提交申诉</translation>
    </message>
    <message>
        <location filename="../timeline_tab.py" line="50"/>
        <source>Appeal result</source>
        <translation>申诉结果</translation>
    </message>
    <message>
        <location filename="../timeline_tab.py" line="51"/>
        <source>Complained to 12315</source>
        <translation>已向12315投诉</translation>
    </message>
    <message>
        <location filename="../timeline_tab.py" line="52"/>
        <source>Refund received</source>
        <translation>收到退款</translation>
    </message>
    <message>
        <location filename="../timeline_tab.py" line="124"/>
        <source>Add event…</source>
        <translation>添加事件…</translation>
    </message>
    <message>
        <location filename="../timeline_tab.py" line="125"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../timeline_tab.py" line="126"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../timeline_tab.py" line="229"/>
        <source>Delete event</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <location filename="../timeline_tab.py" line="229"/>
        <source>Delete this event from the timeline?</source>
        <translation>从时间线中删除这个事件吗？</translation>
    </message>
</context>
<context>
    <name>WorkflowWindowParts</name>
    <message>
        <location filename="../workflow_window.py" line="52"/>
        <source>Deadline reminders…</source>
        <translation>到期提醒…</translation>
    </message>
    <message>
        <location filename="../workflow_window.py" line="53"/>
        <source>Volunteer dashboard…</source>
        <translation>志愿者总览…</translation>
    </message>
    <message>
        <location filename="../workflow_window.py" line="54"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
</context>
</TS>
