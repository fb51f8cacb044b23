<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>MoneyEdit</name>
        <message>
            <source>“{text}” is ambiguous: write the decimal point as “.” (e.g. 49.20), not a comma</source>
            <translation>“{text}”有歧义：小数点请用“.”（如 49.20），不要用逗号</translation>
        </message>
        <message>
            <source>At most two decimals (fen), e.g. 98.50</source>
            <translation>最多两位小数（分），如 98.50</translation>
        </message>
        <message>
            <source>Too large for an amount in yuan</source>
            <translation>金额过大</translation>
        </message>
        <message>
            <source>Not an amount: enter yuan, e.g. 98.50</source>
            <translation>不是金额：请填写元，如 98.50</translation>
        </message>
    </context>
    <context>
        <name>UnsavedPrompt</name>
        <message>
            <source>Unsaved changes</source>
            <translation>有未保存的修改</translation>
        </message>
        <message>
            <source>{what} has unsaved changes.</source>
            <translation>{what}有未保存的修改。</translation>
        </message>
        <message>
            <source>Save them so that advice, deadlines and the packet use what you typed?</source>
            <translation>保存后，建议、期限和材料都使用您刚填写的内容。现在保存吗？</translation>
        </message>
        <message>
            <source>Save and continue</source>
            <translation>保存并继续</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>放弃修改</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>OrderTab</name>
        <message>
            <source>The order form</source>
            <translation>订单表单</translation>
        </message>
    </context>
    <context>
        <name>RespondentHelp</name>
        <message>
            <source>Where to find them: the shop page's 营业执照 / 经营者信息 notice gives the seller's legal name, credit code and address. If it has none, search the company name in 国家企业信用信息公示系统 (www.gsxt.gov.cn).</source>
            <translation>在哪里找：店铺页面公示的「营业执照」/「经营者信息」里有经营者名称、统一社会信用代码和地址；没有公示的，用公司名称在国家企业信用信息公示系统（www.gsxt.gov.cn）查询。</translation>
        </message>
        <message>
            <source>Who handles it (《市场监督管理投诉举报处理办法》第十三条): a seller inside a platform → the county-level market regulator of the address it publishes on the platform, or of the platform's domicile; no published address, or unreachable there → the platform's domicile.</source>
            <translation>由谁处理（《市场监督管理投诉举报处理办法》第十三条）：平台内经营者 → 其在平台公示的地址所在地，或平台经营者住所地的县级市场监督管理部门；未公示地址或按公示地址联系不上 → 平台经营者住所地。</translation>
        </message>
    </context>
    <context>
        <name>BlockersBox</name>
        <message>
            <source>Must be fixed before filing:</source>
            <translation>提交前必须解决：</translation>
        </message>
        <message>
            <source>Evidence recommended: {kinds}</source>
            <translation>建议补充证据：{kinds}</translation>
        </message>
        <message>
            <source>Will print as 未填写: {row}</source>
            <translation>材料中将显示“未填写”：{row}</translation>
        </message>
        <message>
            <source>Recommended (the packet can be made without):</source>
            <translation>建议处理（不处理也能生成）：</translation>
        </message>
    </context>
    <context>
        <name>PacketBuilderTab</name>
        <message>
            <source>Edit on the Order tab</source>
            <translation>在“订单”页编辑</translation>
        </message>
        <message>
            <source>Fix the red items first, or tick Draft to build a draft anyway.</source>
            <translation>请先解决红色项目，或勾选“草稿”先生成草稿。</translation>
        </message>
        <message>
            <source>Filed by the buyer in person.</source>
            <translation>由买家本人投诉。</translation>
        </message>
        <message>
            <source>Filed on the buyer's behalf by {name} (power of attorney included).</source>
            <translation>由{name}代为投诉（材料附授权委托书）。</translation>
        </message>
        <message>
            <source>(name missing)</source>
            <translation>（姓名未填）</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>Updated case %2 from %1.</source>
            <translation>已用 %1 更新案件 %2。</translation>
        </message>
        <message>
            <source>Already stored as case %1.</source>
            <translation>已存在为案件 %1。</translation>
        </message>
        <message>
            <source>%1 holds a case with the same platform and order number (or the same evidence) as case %2. Skip it, replace case %2 with the bundle's version, or import it as a separate copy?</source>
            <translation>%1 中的案件与案件 %2 的平台和订单号相同（或证据相同）。跳过、用案件包中的版本更新案件 %2，还是另外导入一个副本？</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>跳过</translation>
        </message>
        <message>
            <source>Update case %1</source>
            <translation>更新案件 %1</translation>
        </message>
        <message>
            <source>Import as a copy</source>
            <translation>导入为副本</translation>
        </message>
        <message>
            <source>Skipped %1: already stored as case %2.</source>
            <translation>已跳过 %1：已存在为案件 %2。</translation>
        </message>
        <message>
            <source>Show case &amp;list</source>
            <translation>显示案件列表(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>EvidenceTab</name>
        <message>
            <source>Edit %1</source>
            <translation>编辑 %1</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>This event</source>
            <translation>这条事件记录</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <source>(new case, draft)</source>
            <translation>（新案件草稿）</translation>
        </message>
    </context>
</TS>
