<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="104" />
        <source>DisputeKit cannot start</source>
        <translation>DisputeKit 无法启动</translation>
    </message>
    <message>
        <location filename="../app.py" line="105" />
        <source>The data folder cannot be opened; nothing in it was changed.

{reason}</source>
        <translation>无法打开数据文件夹；其中的内容没有被改动。

{reason}</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../case_list_model.py" line="149" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="150" />
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="151" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="152" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="153" />
        <source>Status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="154" />
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="155" />
        <source>Updated</source>
        <translation>最后更新</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="181" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../case_list_model.py" line="181" />
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../case_list_panel.py" line="106" />
        <source>Search platform, order no., product, names…</source>
        <translation>搜索平台、订单号、商品、姓名…</translation>
    </message>
    <message>
        <location filename="../case_list_panel.py" line="107" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../case_list_panel.py" line="111" />
        <source>No cases yet. Start a new case, or load the example cases to look around.</source>
        <translation>还没有案件。新建一个案件，或载入示例案件看看。</translation>
    </message>
    <message>
        <location filename="../case_list_panel.py" line="113" />
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../case_list_panel.py" line="114" />
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
    <name>EvidenceEditor</name>
    <message>
        <location filename="../evidence_editor.py" line="60" />
        <source>Selected evidence</source>
        <translation>所选证据</translation>
    </message>
    <message>
        <location filename="../evidence_editor.py" line="62" />
        <source>Kind</source>
        <translation>证据类型</translation>
    </message>
    <message>
        <location filename="../evidence_editor.py" line="63" />
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../evidence_editor.py" line="64" />
        <source>What it proves</source>
        <translation>证明目的</translation>
    </message>
    <message>
        <location filename="../evidence_editor.py" line="65" />
        <source>Captured at</source>
        <translation>截取时间</translation>
    </message>
    <message>
        <location filename="../evidence_editor.py" line="66" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../evidence_editor.py" line="70" />
        <source>e.g. Order page showing 已发货</source>
        <translation>例如：订单页显示“已发货”</translation>
    </message>
    <message>
        <location filename="../evidence_editor.py" line="71" />
        <source>e.g. WeChat screenshot, Alipay bill export</source>
        <translation>例如：微信截图、支付宝账单导出</translation>
    </message>
    <message>
        <location filename="../evidence_editor.py" line="1" />
        <source>Captured by</source>
        <translation>取证人</translation>
    </message>
    <message>
        <location filename="../evidence_editor.py" line="1" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../evidence_editor.py" line="1" />
        <source>Who took the screenshot or photo</source>
        <translation>截图或拍照的人</translation>
    </message>
    <message>
        <location filename="../evidence_editor.py" line="1" />
        <source>Phone or computer; read from the photo&apos;s EXIF when left empty</source>
        <translation>手机或电脑型号；留空时从照片的 EXIF 信息读取</translation>
    </message>
</context>
<context>
    <name>EvidenceIntake</name>
    <message>
        <location filename="../evidence_intake.py" line="95" />
        <source>Adding evidence files…</source>
        <translation>正在添加证据文件…</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../evidence_model.py" line="1" />
        <source>withheld</source>
        <translation>不外发</translation>
    </message>
    <message>
        <location filename="../evidence_model.py" line="1" />
        <source>Not in packets or exports: a redacted copy replaces this original.</source>
        <translation>不放入材料包或导出：此原件已由打码副本代替。</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../evidence_tab.py" line="146" />
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../evidence_tab.py" line="147" />
        <source>&amp;Paste screenshot</source>
        <translation>粘贴截图(&amp;P)</translation>
    </message>
    <message>
        <location filename="../evidence_tab.py" line="148" />
        <source>New files are:</source>
        <translation>新文件类型：</translation>
    </message>
    <message>
        <location filename="../evidence_tab.py" line="151" />
        <source>Drop screenshots or PDFs here, or press Ctrl+V to paste a WeChat/QQ screenshot. Originals are kept unchanged with their SHA-256.</source>
        <translation>把截图或 PDF 拖到这里，或按 Ctrl+V 粘贴微信/QQ 截图。原始文件保持不变，并记录 SHA-256。</translation>
    </message>
    <message>
        <location filename="../evidence_tab.py" line="155" />
        <source>&amp;Open viewer</source>
        <translation>查看(&amp;O)</translation>
    </message>
    <message>
        <location filename="../evidence_tab.py" line="156" />
        <source>&amp;Remove from case</source>
        <translation>从案件中移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../evidence_tab.py" line="157" />
        <source>Files that were not added:</source>
        <translation>未能添加的文件：</translation>
    </message>
    <message>
        <location filename="../evidence_tab.py" line="158" />
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../evidence_tab.py" line="159" />
        <source>Paste screenshot</source>
        <translation>粘贴截图</translation>
    </message>
    <message>
        <location filename="../evidence_tab.py" line="160" />
        <source>Remove from case</source>
        <translation>从案件中移除</translation>
    </message>
    <message>
        <location filename="../evidence_tab.py" line="192" />
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../evidence_tab.py" line="195" />
        <source>The file is missing from the vault.</source>
        <translation>证据库中找不到该文件。</translation>
    </message>
    <message>
        <location filename="../evidence_tab.py" line="217" />
        <source>Add evidence files</source>
        <translation>添加证据文件</translation>
    </message>
    <message>
        <location filename="../evidence_tab.py" line="219" />
        <source>Images and PDF (%1);;All files (*)</source>
        <translation>图片和 PDF (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../evidence_tab.py" line="236" />
        <source>Pasted from the clipboard</source>
        <translation>从剪贴板粘贴</translation>
    </message>
    <message>
        <location filename="../evidence_tab.py" line="240" />
        <source>The clipboard holds no image.</source>
        <translation>剪贴板中没有图片。</translation>
    </message>
    <message>
        <location filename="../evidence_commands.py" line="34" />
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <location filename="../evidence_tab.py" line="1" />
        <source>In the file: {found}</source>
        <translation>文件自带信息：{found}</translation>
    </message>
</context>
<context>
    <name>ExportLocation</name>
    <message>
        <location filename="../export_location.py" line="33" />
        <source>Location in photos</source>
        <translation>照片中的位置信息</translation>
    </message>
    <message>
        <location filename="../export_location.py" line="35" />
        <source>{count} evidence photos record where they were taken (GPS), which may reveal your home address:
{names}

Remove the location from the exported copies? The originals on this computer stay unchanged.</source>
        <translation>{count} 张证据照片记录了拍摄地点（GPS），可能暴露您的住址：
{names}

是否从导出的副本中去除位置信息？本机保存的原始文件不会改变。</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../image_viewer.py" line="113" />
        <source>Evidence %1 — %2</source>
        <translation>证据 %1 — %2</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="115" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="116" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="117" />
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="118" />
        <source>1:1</source>
        <translation>原始大小</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="119" />
        <source>Rotate left</source>
        <translation>向左旋转</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="120" />
        <source>Rotate right</source>
        <translation>向右旋转</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="121" />
        <source>Redact</source>
        <translation>打码</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="122" />
        <source>Clear boxes</source>
        <translation>清除方框</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="123" />
        <source>Save redacted copy</source>
        <translation>保存打码副本</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="124" />
        <source>Open in PDF viewer</source>
        <translation>用 PDF 阅读器打开</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="128" />
        <source>Open in spreadsheet program</source>
        <translation>用表格软件打开</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="136" />
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="137" />
        <source>Format: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="138" />
        <source>Size: %1 bytes</source>
        <translation>大小：%1 字节</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="142" />
        <source>Pixels: %1 × %2</source>
        <translation>像素：%1 × %2</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="147" />
        <source>Pages: %1</source>
        <translation>页数：%1</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="149" />
        <source>Added: %1</source>
        <translation>添加时间：%1</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="151" />
        <source>Redacted copy of: %1</source>
        <translation>打码自原件：%1</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="152" />
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="154" />
        <source>Integrity: unchanged since intake</source>
        <translation>完整性：自添加以来未被改动</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="156" />
        <source>Integrity: the stored file does NOT match its hash</source>
        <translation>完整性：存储的文件与其哈希值不符！</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="163" />
        <source>Drag rectangles over phone numbers, ID numbers or faces, then save a copy.</source>
        <translation>在手机号、身份证号或人脸上拖出方框，然后保存副本。</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="186" />
        <source>Redacted copy</source>
        <translation>打码副本</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="189" />
        <source>%1 (redacted)</source>
        <translation>%1（已打码）</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="214" />
        <source>No application could open the file.</source>
        <translation>没有可以打开该文件的程序。</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="1" />
        <source>The copy was not saved: %1</source>
        <translation>打码副本未保存：%1</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="1" />
        <source>Saved as %1. The original is unchanged and withheld: packets and exports leave it out.</source>
        <translation>已保存为 %1。原件未改动，并已设为不外发：材料包和导出都不含原件。</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="1" />
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="1" />
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="1" />
        <source>Page %1 of %2</source>
        <translation>第 %1/%2 页</translation>
    </message>
    <message>
        <location filename="../image_viewer.py" line="1" />
        <source>Saving redacted copy…</source>
        <translation>正在保存打码副本…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="173" />
        <source>DisputeKit — evidence and dispute assistant</source>
        <translation>DisputeKit — 证据与维权助手</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="177" />
        <source>Select a case on the left, or create one with File → New case (Ctrl+N).</source>
        <translation>请在左侧选择一个案件，或通过“文件 → 新建案件”（Ctrl+N）新建。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="180" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="181" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="182" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="183" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="184" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>OrderTab</name>
    <message>
        <location filename="../order_form.py" line="234" />
        <source>Complainant (the buyer)</source>
        <translation>投诉人（买家）</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="235" />
        <source>Respondent (platform and shop)</source>
        <translation>被投诉方（平台与店铺）</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="236" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="237" />
        <source>Account to be credited</source>
        <translation>充值账号</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="238" />
        <source>Problem and claims</source>
        <translation>问题与诉求</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="239" />
        <source>Filed on the buyer's behalf</source>
        <translation>代他人投诉</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="244" />
        <location filename="../order_form.py" line="275" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="245" />
        <location filename="../order_form.py" line="276" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="246" />
        <location filename="../order_form.py" line="253" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="247" />
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="248" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="249" />
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="250" />
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="252" />
        <source>Shop address shown on the platform</source>
        <translation>店铺在平台公示的地址</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="251" />
        <source>Company</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="252" />
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="254" />
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="255" />
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="256" />
        <source>Payment transaction no.</source>
        <translation>支付交易号</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="257" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="258" />
        <source>Category</source>
        <translation>商品类别</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="259" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="260" />
        <source>Amount paid (¥)</source>
        <translation>实付金额（¥）</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="261" />
        <source>Paid with</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="262" />
        <source>Ordered at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="263" />
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="264" />
        <source>Instant delivery</source>
        <translation>自动发货</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="265" />
        <source>Flash sale</source>
        <translation>秒杀/限时抢购</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="266" />
        <source>Game / service</source>
        <translation>游戏/业务</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="267" />
        <source>Region</source>
        <translation>区</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="268" />
        <source>Server</source>
        <translation>服</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="269" />
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="270" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="271" />
        <source>Known since</source>
        <translation>发现问题时间</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="272" />
        <source>Refund claimed (¥)</source>
        <translation>要求退款（¥）</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="273" />
        <source>Ask for delivery</source>
        <translation>要求继续发货</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="274" />
        <source>Other claims</source>
        <translation>其他诉求</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="277" />
        <source>Relation</source>
        <translation>与投诉人关系</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="278" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="283" />
        <source>Filing on someone else's behalf (needs a power of attorney)</source>
        <translation>代他人投诉（需要授权委托书）</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="285" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="286" />
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="368" />
        <location filename="../order_form.py" line="388" />
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="369" />
        <source>The order form has unsaved changes. Save them before leaving this case?</source>
        <translation>订单表单有未保存的修改。离开此案件前要保存吗？</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="404" />
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="405" />
        <source>At most {limit} characters</source>
        <translation>最多 {limit} 个字</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="404" />
        <source>Enter an amount in yuan, e.g. 98.50</source>
        <translation>请填写以元为单位的金额，例如 98.50</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="1" />
        <source>Gender (court only)</source>
        <translation>性别（仅起诉用）</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="1" />
        <source>Date of birth (court only)</source>
        <translation>出生日期（仅起诉用）</translation>
    </message>
    <message>
        <location filename="../order_form.py" line="1" />
        <source>ID number (court only)</source>
        <translation>身份证号（仅起诉用）</translation>
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
    <name>VaultCheck</name>
    <message>
        <location filename="../vault_check.py" line="47" />
        <source>File damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <location filename="../vault_check.py" line="49" />
        <source>File missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <location filename="../vault_check.py" line="87" />
        <source>Check evidence files</source>
        <translation>检查证据文件</translation>
    </message>
    <message>
        <location filename="../vault_check.py" line="87" />
        <source>The check did not finish.</source>
        <translation>检查未完成。</translation>
    </message>
    <message>
        <location filename="../vault_check.py" line="91" />
        <source>Checking evidence files…</source>
        <translation>正在检查证据文件…</translation>
    </message>
    <message>
        <location filename="../vault_check.py" line="102" />
        <source>Check cancelled after {done} of {total} files; no problem found so far.</source>
        <translation>已检查 {done}/{total} 个文件后取消；目前未发现问题。</translation>
    </message>
    <message>
        <location filename="../vault_check.py" line="109" />
        <source>All {total} evidence files are intact.</source>
        <translation>全部 {total} 个证据文件完好无损。</translation>
    </message>
    <message>
        <location filename="../vault_check.py" line="2" />
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location filename="../vault_check.py" line="2" />
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../vault_check.py" line="117" />
        <source>Case {case} · evidence {evidence} ({file}): {state}</source>
        <translation>案件 {case} · 证据 {evidence}（{file}）：{state}</translation>
    </message>
    <message>
        <location filename="../vault_check.py" line="123" />
        <source>A file no case uses ({sha}…): {state}</source>
        <translation>未被任何案件使用的文件（{sha}…）：{state}</translation>
    </message>
    <message>
        <location filename="../vault_check.py" line="129" />
        <source>… and {count} more</source>
        <translation>……另有 {count} 项</translation>
    </message>
    <message>
        <location filename="../vault_check.py" line="1" />
        <source>{count} evidence files are damaged or missing. Import them again from the original files or a bundle you exported earlier; packets and exports refuse them until then.</source>
        <translation>{count} 个证据文件已损坏或缺失。请从原始文件或之前导出的案件包重新导入；在此之前，生成材料和导出都会拒绝这些文件。</translation>
    </message>
    <message>
        <location filename="../vault_check.py" line="135" />
        <source>The check was cancelled after {done} of {total} files.</source>
        <translation>检查在 {done}/{total} 个文件后被取消。</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="101" />
        <source>&amp;Check evidence files…</source>
        <translation>检查证据文件(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../window_actions.py" line="86" />
        <source>&amp;New case</source>
        <translation>新建案件(&amp;N)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="92" />
        <source>&amp;Delete case…</source>
        <translation>删除案件(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="176" />
        <source>The bundle was not imported; nothing was stored.</source>
        <translation>案件包未导入，没有保存任何内容。</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="212" />
        <source>The bundle was not exported.</source>
        <translation>案件包未导出。</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="127" />
        <source>Delete case</source>
        <translation>删除案件</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="128" />
        <source>Delete the case {name}? Its events and evidence list go with it; this cannot be undone. Export a bundle first to keep a copy.</source>
        <translation>删除案件 {name}？其时间线和证据清单将一并删除，且无法撤销。如需保留，请先导出案件包。</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="87" />
        <source>&amp;Import case bundle…</source>
        <translation>导入案件包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="88" />
        <source>&amp;Export case bundle…</source>
        <translation>导出案件包(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="89" />
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="90" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="91" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="92" />
        <source>&amp;Find case…</source>
        <translation>查找案件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="93" />
        <source>&amp;Reload case list</source>
        <translation>刷新案件列表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="94" />
        <source>Load &amp;example cases</source>
        <translation>载入示例案件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="95" />
        <source>The language changes at once, no restart needed</source>
        <translation>切换语言立即生效，无需重启</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="96" />
        <source>&amp;About DisputeKit</source>
        <translation>关于 DisputeKit(&amp;A)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="97" />
        <source>&amp;Not legal advice</source>
        <translation>不构成法律意见(&amp;N)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="126" />
        <source>Import case bundle</source>
        <translation>导入案件包</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="128" />
        <source>Case bundles (*.zip *.json);;All files (*)</source>
        <translation>案件包 (*.zip *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="142" />
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="145" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="153" />
        <location filename="../window_actions.py" line="161" />
        <source>Export case bundle</source>
        <translation>导出案件包</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="153" />
        <source>Select a case first.</source>
        <translation>请先选择一个案件。</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="163" />
        <source>Case bundles (*.zip)</source>
        <translation>案件包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="177" />
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="180" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="184" />
        <source>DisputeKit</source>
        <translation>DisputeKit</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="201" />
        <source>About DisputeKit</source>
        <translation>关于 DisputeKit</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="203" />
        <source>DisputeKit %1

Organises the order, the evidence and the deadlines of a dispute over virtual goods, and prepares complaint materials. Everything stays on this computer.</source>
        <translation>DisputeKit %1

整理虚拟商品纠纷中的订单、证据和期限，并准备投诉材料。所有资料都只保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="213" />
        <source>Not legal advice</source>
        <translation>不构成法律意见</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="215" />
        <source>DisputeKit helps you organise your material: the order, evidence, a timeline and deadlines. It is not legal advice and does not replace a lawyer. Check deadlines and rules with the platform, 12315 or a lawyer when in doubt.</source>
        <translation>DisputeKit 帮助您整理材料：订单、证据、时间线和期限。本软件不提供法律意见，也不能代替律师。如有疑问，请向平台、12315 或律师核实期限和规定。</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="1" />
        <source>%1 original file(s) of this case are withheld because a redacted copy replaces them. The bundle leaves them out.</source>
        <translation>本案有 %1 个原件已由打码副本代替，不外发；导出的案件包不含这些原件。</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="1" />
        <source>Include them only for someone who may see everything you blacked out (for example your own backup).</source>
        <translation>只有当接收者可以看到您遮住的全部内容时（例如您自己的备份），才包含原件。</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="1" />
        <source>Include unredacted originals</source>
        <translation>包含未打码的原件</translation>
    </message>
</context>
</TS>