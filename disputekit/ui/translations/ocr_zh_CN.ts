<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>OcrBar</name>
    <message>
        <source>Read order &amp;details from screenshot…</source>
        <translation>从截图读取订单信息(&amp;D)…</translation>
    </message>
    <message>
        <source>Reading screenshots needs the optional OCR component: %1</source>
        <translation>读取截图文字需要安装可选的 OCR 组件：%1</translation>
    </message>
    <message>
        <source>Recognising text…</source>
        <translation>正在识别文字…</translation>
    </message>
    <message>
        <source>Finding order details…</source>
        <translation>正在查找订单信息…</translation>
    </message>
    <message>
        <source>Reading the screenshot was cancelled.</source>
        <translation>已取消读取截图。</translation>
    </message>
    <message>
        <source>The screenshot could not be read: %1</source>
        <translation>无法读取截图：%1</translation>
    </message>
    <message>
        <source>Reading the screenshot…</source>
        <translation>正在读取截图…</translation>
    </message>
    <message>
        <source>No order number, amount or time was found on %1.</source>
        <translation>在 %1 上没有找到订单号、金额或时间。</translation>
    </message>
    <message>
        <source>Filled from %1: %2</source>
        <translation>已从 %1 填入 %2 项</translation>
    </message>
</context>
<context>
    <name>OcrConfirmDialog</name>
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
    <message>
        <source>&amp;Fill ticked fields</source>
        <translation>填入勾选的项目(&amp;F)</translation>
    </message>
</context>
<context>
    <name>OcrFields</name>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Payment transaction number</source>
        <translation>支付交易号</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>Order time</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>经营者名称</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <source>Use</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
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
        <source>Now in the case</source>
        <translation>案件中现为</translation>
    </message>
    <message>
        <source>Read next to “%1”, confidence %2</source>
        <translation>读自“%1”旁，置信度 %2</translation>
    </message>
</context>
</TS>
