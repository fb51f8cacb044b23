<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../case_list_model.py" line="114" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="115" />
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="116" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="117" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="118" />
        <source>Status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="119" />
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="120" />
        <source>Updated</source>
        <translation>最后更新</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="146" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="146" />
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../case_list_panel.py" line="105" />
        <source>Search platform, order no., product, names…</source>
        <translation>搜索平台、订单号、商品、姓名…</translation>
    </message>
    <message>
        <location filename="../case_list_panel.py" line="106" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../case_list_panel.py" line="110" />
        <source>No cases yet. Start a new case, or load the example cases to look around.</source>
        <translation>还没有案件。新建一个案件，或载入示例案件看看。</translation>
    </message>
    <message>
        <location filename="../case_list_panel.py" line="112" />
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../case_list_panel.py" line="113" />
        <source>Load example cases</source>
        <translation>载入示例案件</translation>
    </message>
</context>
<context>
    <name>CaseTabs</name>
    <message>
        <location filename="../case_tabs.py" line="35" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../case_tabs.py" line="36" />
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="143" />
        <source>DisputeKit — evidence and dispute assistant</source>
        <translation>DisputeKit — 证据与维权助手</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="147" />
        <source>Select a case on the left, or create one with File → New case (Ctrl+N).</source>
        <translation>请在左侧选择一个案件，或通过“文件 → 新建案件”（Ctrl+N）新建。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="150" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="151" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="152" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="153" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="154" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>OrderTab</name>
    <message>
        <location filename="../order_form.py" line="227" />
        <source>Complainant (the buyer)</source>
        <translation>投诉人（买家）</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="228" />
        <source>Respondent (platform and shop)</source>
        <translation>被投诉方（平台与店铺）</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="229" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="230" />
        <source>Account to be credited</source>
        <translation>充值账号</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="231" />
        <source>Problem and claims</source>
        <translation>问题与诉求</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="232" />
        <source>Filed on the buyer's behalf</source>
        <translation>代他人投诉</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="237" />
        <location filename="../order_form.py" line="268" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="238" />
        <location filename="../order_form.py" line="269" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="239" />
        <location filename="../order_form.py" line="246" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="240" />
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="241" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="242" />
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="243" />
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="244" />
        <source>Company</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="245" />
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="247" />
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="248" />
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="249" />
        <source>Payment transaction no.</source>
        <translation>支付交易号</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="250" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="251" />
        <source>Category</source>
        <translation>商品类别</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="252" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="253" />
        <source>Amount paid (¥)</source>
        <translation>实付金额（¥）</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="254" />
        <source>Paid with</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="255" />
        <source>Ordered at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="256" />
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="257" />
        <source>Instant delivery</source>
        <translation>自动发货</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="258" />
        <source>Flash sale</source>
        <translation>秒杀/限时抢购</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="259" />
        <source>Game / service</source>
        <translation>游戏/业务</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="260" />
        <source>Region</source>
        <translation>区</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="261" />
        <source>Server</source>
        <translation>服</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="262" />
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="263" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="264" />
        <source>Known since</source>
        <translation>发现问题时间</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="265" />
        <source>Refund claimed (¥)</source>
        <translation>要求退款（¥）</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="266" />
        <source>Ask for delivery</source>
        <translation>要求继续发货</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="267" />
        <source>Other claims</source>
        <translation>其他诉求</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="270" />
        <source>Relation</source>
        <translation>与投诉人关系</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="271" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="275" />
        <source>Filing on someone else's behalf (needs a power of attorney)</source>
        <translation>代他人投诉（需要授权委托书）</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="276" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="277" />
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="357" />
        <location filename="../order_form.py" line="377" />
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="358" />
        <source>The order form has unsaved changes. Save them before leaving this case?</source>
        <translation>订单表单有未保存的修改。离开此案件前要保存吗？</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="393" />
        <source>Required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../tasks.py" line="159" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../window_actions.py" line="84" />
        <source>&amp;New case</source>
        <translation>新建案件(&amp;N)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="85" />
        <source>&amp;Import case bundle…</source>
        <translation>导入案件包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="86" />
        <source>&amp;Export case bundle…</source>
        <translation>导出案件包(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="87" />
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="88" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="89" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="90" />
        <source>&amp;Find case…</source>
        <translation>查找案件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="91" />
        <source>&amp;Reload case list</source>
        <translation>刷新案件列表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="92" />
        <source>Load &amp;example cases</source>
        <translation>载入示例案件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="93" />
        <source>The language changes at once, no restart needed</source>
        <translation>切换语言立即生效，无需重启</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="94" />
        <source>&amp;About DisputeKit</source>
        <translation>关于 DisputeKit(&amp;A)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="95" />
        <source>&amp;Not legal advice</source>
        <translation>不构成法律意见(&amp;N)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="124" />
        <source>Import case bundle</source>
        <translation>导入案件包</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="126" />
        <source>Case bundles (*.zip *.json);;All files (*)</source>
        <translation>案件包 (*.zip *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="140" />
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="143" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="151" />
        <location filename="../window_actions.py" line="159" />
        <source>Export case bundle</source>
        <translation>导出案件包</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="151" />
        <source>Select a case first.</source>
        <translation>请先选择一个案件。</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="161" />
        <source>Case bundles (*.zip)</source>
        <translation>案件包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="173" />
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="176" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="180" />
        <source>DisputeKit</source>
        <translation>DisputeKit</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="197" />
        <source>About DisputeKit</source>
        <translation>关于 DisputeKit</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="199" />
        <source>DisputeKit %1

Organises the order, the evidence and the deadlines of a dispute over virtual goods, and prepares complaint materials. Everything stays on this computer.</source>
        <translation>DisputeKit %1

整理虚拟商品纠纷中的订单、证据和期限，并准备投诉材料。所有资料都只保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="209" />
        <source>Not legal advice</source>
        <translation>不构成法律意见</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="211" />
        <source>DisputeKit helps you organise your material: the order, evidence, a timeline and deadlines. It is not legal advice and does not replace a lawyer. Check deadlines and rules with the platform, 12315 or a lawyer when in doubt.</source>
        <translation>DisputeKit 帮助您整理材料：订单、证据、时间线和期限。本软件不提供法律意见，也不能代替律师。如有疑问，请向平台、12315 或律师核实期限和规定。</translation>
    </message>
</context>
</TS>