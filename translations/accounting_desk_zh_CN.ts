<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>courtyard::desk::accounting::AccountingDesk</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a CSV file of a layout not seen before: say which column holds what.</source>
        <translation>%1 是一个新格式的 CSV 文件：请指定每一列的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) read.</source>
        <translation>
            <numerusform>%1：已读取 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a statement first.</source>
        <translation>请先打开一份对账单。</translation>
    </message>
    <message numerus="yes">
        <source>Mapping remembered for this bank's files; %n line(s) read.</source>
        <translation>
            <numerusform>已为该银行的文件记住列对应关系；已读取 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>Choose a line first.</source>
        <translation>请先选择一行。</translation>
    </message>
    <message>
        <source>Line %1 is %2: it is not booked as a resident's payment.</source>
        <translation>第 %1 行为“%2”：不能记为住户的付款。</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>没有单元 %1。</translation>
    </message>
    <message>
        <source>Line %1 will be posted to unit %2.</source>
        <translation>第 %1 行将记入单元 %2。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) signed and queued for the server.</source>
        <translation>
            <numerusform>已签署 %n 笔付款，等待发送到服务器。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) signed; not posted: %1</source>
        <translation>
            <numerusform>已签署 %n 笔付款；未记账：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 owed by %n unit(s) on %2</source>
        <translation>
            <numerusform>截至 %2，%n 个单元共欠 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the days as YYYY-MM-DD, e.g. 2027-03-31.</source>
        <translation>请按 YYYY-MM-DD 格式填写日期，例如 2027-03-31。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2 transactions, %3 postings.</source>
        <translation>%1：%2 笔交易，%3 条分录。</translation>
    </message>
    <message>
        <source>Write the period's first and last day as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式填写期间的首日和末日。</translation>
    </message>
    <message>
        <source>Financial report %1 to %2</source>
        <translation>财务报告 %1 至 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n page(s)).</source>
        <translation>
            <numerusform>已写入 %1（%n 页）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n row(s)).</source>
        <translation>
            <numerusform>已写入 %1（%n 行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder letter(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 封催缴函写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>courtyard::accounting::ArrearsModel</name>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Owing since</source>
        <translation>欠款起始</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>欠款</translation>
    </message>
    <message>
        <source>1-30 days</source>
        <translation>1–30 天</translation>
    </message>
    <message>
        <source>31-60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <source>61-90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90 天以上</translation>
    </message>
</context>
<context>
    <name>ArrearsPage</name>
    <message>
        <source>Reminder letters in</source>
        <translation>催缴函语言</translation>
    </message>
    <message>
        <source>to the folder</source>
        <translation>写入文件夹</translation>
    </message>
    <message>
        <source>A folder for the PDF letters</source>
        <translation>存放 PDF 催缴函的文件夹</translation>
    </message>
    <message>
        <source>Write the letters</source>
        <translation>生成催缴函</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
</context>
<context>
    <name>BankImportPage</name>
    <message>
        <source>Open a bank statement</source>
        <translation>打开银行对账单</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.csv *.txt)</source>
        <translation>银行对账单 (*.xml *.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>对账单：</translation>
    </message>
    <message>
        <source>A camt.053 XML or CSV file from the bank</source>
        <translation>银行提供的 camt.053 XML 或 CSV 文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>This bank's CSV layout is new: choose the column of each field (remembered for its next statements).</source>
        <translation>该银行的 CSV 格式是新的：请为每个字段选择对应的列（之后的对账单会沿用）。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>附言</translation>
    </message>
    <message>
        <source>Payer's name</source>
        <translation>付款人姓名</translation>
    </message>
    <message>
        <source>Payer's account</source>
        <translation>付款人账号</translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation>银行流水号</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>日期格式</translation>
    </message>
    <message>
        <source>Decimal comma (1.234,56)</source>
        <translation>小数点为逗号 (1.234,56)</translation>
    </message>
    <message>
        <source>Currency if none</source>
        <translation>默认币种</translation>
    </message>
    <message>
        <source>Use this mapping</source>
        <translation>使用此对应关系</translation>
    </message>
    <message>
        <source>Line %1 is for</source>
        <translation>第 %1 行属于</translation>
    </message>
    <message>
        <source>Use this unit</source>
        <translation>使用此单元</translation>
    </message>
    <message numerus="yes">
        <source>Post %n matched line(s)</source>
        <translation>
            <numerusform>记账 %n 条已匹配行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>courtyard::accounting::BankLineModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>记账日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>附言</translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation>银行流水号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>起始日 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>截止日 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Where to write the files</source>
        <translation>文件的保存位置</translation>
    </message>
    <message>
        <source>Financial report (PDF)</source>
        <translation>财务报告 (PDF)</translation>
    </message>
    <message>
        <source>Journal for hledger</source>
        <translation>hledger 日记账</translation>
    </message>
    <message>
        <source>Journal for ledger</source>
        <translation>ledger 日记账</translation>
    </message>
    <message>
        <source>Bank lines (CSV)</source>
        <translation>银行流水 (CSV)</translation>
    </message>
    <message>
        <source>Arrears (CSV)</source>
        <translation>欠款 (CSV)</translation>
    </message>
</context>
<context>
    <name>courtyard::accounting</name>
    <message>
        <source>matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>待选择</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>已记账</translation>
    </message>
    <message>
        <source>money out</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>other currency</source>
        <translation>其他币种</translation>
    </message>
    <message>
        <source>names invoice %1</source>
        <translation>附言注明发票 %1</translation>
    </message>
    <message>
        <source>names unit %1</source>
        <translation>附言注明单元 %1</translation>
    </message>
    <message>
        <source>payer's account confirmed for %1 before</source>
        <translation>付款人账号曾确认属于 %1</translation>
    </message>
    <message>
        <source>payer's name known for %1</source>
        <translation>付款人姓名属于 %1</translation>
    </message>
    <message>
        <source>amount equals what is open</source>
        <translation>金额与未付金额相等</translation>
    </message>
    <message>
        <source>amount is less than what is open</source>
        <translation>金额少于未付金额</translation>
    </message>
    <message>
        <source>nothing is open: all of it becomes prepaid credit</source>
        <translation>无未付款项：全部转为预付余额</translation>
    </message>
    <message>
        <source>amount is more than what is open: the rest becomes prepaid credit</source>
        <translation>金额多于未付金额：余额转为预付余额</translation>
    </message>
</context>
</TS>
