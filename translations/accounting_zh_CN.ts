<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>courtyard::accounting</name>
    <message>
        <source>there is no %1 in '%2': use %3</source>
        <translation>没有“%2”语言的%1：请使用 %3</translation>
    </message>
    <message>
        <source>the translation into '%1' is missing from this build</source>
        <translation>此版本缺少“%1”的翻译</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>Property fees</source>
        <translation>物业费</translation>
    </message>
    <message>
        <source>Late fees</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <source>Deductions kept from deposits</source>
        <translation>从押金中扣留的款项</translation>
    </message>
    <message>
        <source>Maintenance fund</source>
        <translation>维修基金</translation>
    </message>
    <message>
        <source>Reserve fund</source>
        <translation>储备基金</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <source>Cash at the office</source>
        <translation>管理处现金</translation>
    </message>
    <message>
        <source>Card payments not yet settled</source>
        <translation>尚未结算的刷卡付款</translation>
    </message>
    <message>
        <source>financial report</source>
        <translation>财务报告</translation>
    </message>
    <message>
        <source>reminder letter</source>
        <translation>催款函</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the PDF %1 was not written</source>
        <translation>PDF 文件 %1 未能写入</translation>
    </message>
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
        <translation>已入账</translation>
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
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not the remembered payers (delete it to start afresh)</source>
        <translation>%1 不是已记住的付款人文件（删除它即可重新开始）</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>names invoice %1</source>
        <translation>注明了账单 %1</translation>
    </message>
    <message>
        <source>names unit %1</source>
        <translation>注明了单元 %1</translation>
    </message>
    <message>
        <source>payer's account confirmed for %1 before</source>
        <translation>付款账户以前已确认属于 %1</translation>
    </message>
    <message>
        <source>payer's name known for %1</source>
        <translation>付款人姓名属于 %1</translation>
    </message>
    <message>
        <source>amount equals what is open</source>
        <translation>金额等于未付金额</translation>
    </message>
    <message>
        <source>amount is less than what is open</source>
        <translation>金额少于未付金额</translation>
    </message>
    <message>
        <source>nothing is open: all of it becomes prepaid credit</source>
        <translation>没有未付账单：全部转为预付余额</translation>
    </message>
    <message>
        <source>amount is more than what is open: the rest becomes prepaid credit</source>
        <translation>金额多于未付金额：余额转为预付余额</translation>
    </message>
    <message>
        <source>'%1' is not an amount</source>
        <translation>“%1”不是金额</translation>
    </message>
    <message>
        <source>'%1' has more decimals than its currency has</source>
        <translation>“%1”的小数位多于该币种允许的位数</translation>
    </message>
    <message>
        <source>'%1' is larger than any amount the ledger can hold</source>
        <translation>“%1”超出了账本能记录的最大金额</translation>
    </message>
    <message>
        <source>'%1' is not an encoding this computer can read: try UTF-8, ISO-8859-1 or GB18030</source>
        <translation>“%1”不是本机可读的编码：请尝试 UTF-8、ISO-8859-1 或 GB18030</translation>
    </message>
    <message>
        <source>the file is not %1 text: choose the file's encoding in the mapping</source>
        <translation>该文件不是 %1 文本：请在映射中选择文件的编码</translation>
    </message>
    <message>
        <source>'%1' in the mapping is not KEY=VALUE, e.g. amount=Betrag</source>
        <translation>映射中的“%1”不是 键=值 的形式，例如 amount=Betrag</translation>
    </message>
    <message>
        <source>'%1' is neither yes nor no</source>
        <translation>“%1”既不是 yes 也不是 no</translation>
    </message>
    <message>
        <source>the mapping's %1 is one character (or tab, comma, semicolon)</source>
        <translation>映射的 %1 应为一个字符（或 tab、comma、semicolon）</translation>
    </message>
    <message>
        <source>the mapping has no '%1': use date, amount, currency, reference, payer-name, payer-account, booking-id, delimiter, quote, encoding, decimal-comma, date-format, header, default-currency</source>
        <translation>映射中没有“%1”：请使用 date、amount、currency、reference、payer-name、payer-account、booking-id、delimiter、quote、encoding、decimal-comma、date-format、header、default-currency</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>第 %1 行：引号字段没有闭合</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the mapping needs at least the date, amount and booking-id columns, e.g. --mapping "date=Date,amount=Amount,booking-id=Reference number"</source>
        <translation>映射至少需要 date、amount 和 booking-id 三列，例如 --mapping "date=Date,amount=Amount,booking-id=Reference number"</translation>
    </message>
    <message>
        <source>the mapping needs a currency column or a default-currency</source>
        <translation>映射需要 currency 列或 default-currency</translation>
    </message>
    <message>
        <source>the file has no column '%1' for the %2; its columns are: %3</source>
        <translation>文件中没有用于%2的列“%1”；文件的列为：%3</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>附言</translation>
    </message>
    <message>
        <source>payer's name</source>
        <translation>付款人姓名</translation>
    </message>
    <message>
        <source>payer's account</source>
        <translation>付款人账户</translation>
    </message>
    <message>
        <source>booking id</source>
        <translation>交易编号</translation>
    </message>
    <message>
        <source>record %1: the %2 is missing</source>
        <translation>第 %1 条记录：缺少%2</translation>
    </message>
    <message>
        <source>record %1: '%2' is not a date written %3 (set date-format in the mapping)</source>
        <translation>第 %1 条记录：“%2”不是按 %3 书写的日期（请在映射中设置 date-format）</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>第 %1 条记录</translation>
    </message>
    <message>
        <source>camt.053 line %1</source>
        <translation>camt.053 第 %1 行</translation>
    </message>
    <message>
        <source>%1: '%2' is not an amount</source>
        <translation>%1：“%2”不是金额</translation>
    </message>
    <message>
        <source>%1: the XML cannot be read (%2)</source>
        <translation>%1：无法读取该 XML（%2）</translation>
    </message>
    <message>
        <source>this XML is not a camt.053 bank statement (no BkToCstmrStmt)</source>
        <translation>此 XML 不是 camt.053 银行对账单（没有 BkToCstmrStmt）</translation>
    </message>
    <message>
        <source>camt.053: an entry (reference '%1') lacks its booking date, reference or credit/debit indicator</source>
        <translation>camt.053：某条目（附言“%1”）缺少记账日期、附言或借贷标志</translation>
    </message>
    <message>
        <source>camt.053: the batch entry %1 has a transaction without its amount</source>
        <translation>camt.053：批量条目 %1 中有一笔交易没有金额</translation>
    </message>
    <message>
        <source>camt.053: the transactions of batch entry %1 do not add up to the entry's amount</source>
        <translation>camt.053：批量条目 %1 中各笔交易的合计与条目金额不符</translation>
    </message>
    <message>
        <source>%1 is not the remembered mappings (delete it to start afresh)</source>
        <translation>%1 不是已记住的映射文件（删除它即可重新开始）</translation>
    </message>
    <message>
        <source>the record of bank reference %1 is damaged</source>
        <translation>银行附言 %1 的记录已损坏</translation>
    </message>
    <message>
        <source>line %1 is money out, not a payment</source>
        <translation>第 %1 行是支出，不是付款</translation>
    </message>
    <message>
        <source>line %1: the bank's reference '%2' is not 1 to %3 characters</source>
        <translation>第 %1 行：银行附言“%2”的长度不在 1 到 %3 个字符之间</translation>
    </message>
    <message>
        <source>line %1: choose the unit it pays for</source>
        <translation>第 %1 行：请选择付款对应的单元</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>期间的结束日（%1）早于开始日（%2）</translation>
    </message>
    <message>
        <source>cannot write the journal</source>
        <translation>无法写入日记账</translation>
    </message>
    <message>
        <source>a payment record names a reversal that is not a transaction id</source>
        <translation>某付款记录中的冲正不是交易编号</translation>
    </message>
    <message>
        <source>the payment record %1 is damaged</source>
        <translation>付款记录 %1 已损坏</translation>
    </message>
    <message>
        <source>the report's period must start on or before its end</source>
        <translation>报告期间的开始日不能晚于结束日</translation>
    </message>
</context>
<context>
    <name>courtyard::accounting::Letter</name>
    <message>
        <source>Payment reminder</source>
        <translation>缴费提醒</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>单元 %1</translation>
    </message>
    <message>
        <source>Dear residents of unit %1,</source>
        <translation>尊敬的 %1 单元住户：</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>尊敬的 %1：</translation>
    </message>
    <message>
        <source>According to our records, the following amounts for your unit were not yet paid on %1, after their due date:</source>
        <translation>根据我们的记录，截至 %1，贵单元以下款项已过缴费期限，尚未支付：</translation>
    </message>
    <message>
        <source>For</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Amount open</source>
        <translation>未付金额</translation>
    </message>
    <message>
        <source>Total overdue</source>
        <translation>逾期总额</translation>
    </message>
    <message>
        <source>Please pay this amount by %1: at the lobby kiosk, at the management office, or by bank transfer with your unit number %2 in the payment reference.</source>
        <translation>请于 %1 前支付上述款项：可在大堂自助终端或物业管理处支付，也可通过银行转账，并在付款附言中注明您的单元号 %2。</translation>
    </message>
    <message>
        <source>If you have paid in the meantime, thank you, and please disregard this letter.</source>
        <translation>如您在此期间已经付款，谢谢，请忽略本函。</translation>
    </message>
    <message>
        <source>If you cannot pay the whole amount, please contact the management office so that we can agree on a plan.</source>
        <translation>如您无法一次付清全部款项，请联系物业管理处，以便商定付款计划。</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>联系方式：%1</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation>此致敬礼</translation>
    </message>
    <message>
        <source>The management of %1</source>
        <translation>%1 物业管理处</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>Property fee</source>
        <translation>物业费</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%2%1</translation>
    </message>
</context>
<context>
    <name>courtyard::accounting::Report</name>
    <message>
        <source>Financial report</source>
        <translation>财务报告</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Transactions in the period: %1. Amounts in %2.</source>
        <translation>本期交易笔数：%1。金额单位：%2。</translation>
    </message>
    <message>
        <source>Income by kind</source>
        <translation>按类别划分的收入</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>收入合计</translation>
    </message>
    <message>
        <source>Expenses by category</source>
        <translation>按类别划分的支出</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>支出合计</translation>
    </message>
    <message>
        <source>Income less expenses: %1</source>
        <translation>收支差额：%1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>At the start (%1)</source>
        <translation>期初（%1）</translation>
    </message>
    <message>
        <source>At the end (%1)</source>
        <translation>期末（%1）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Fund balances</source>
        <translation>基金余额</translation>
    </message>
    <message>
        <source>Cash and bank</source>
        <translation>现金和银行</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠款</translation>
    </message>
    <message>
        <source>Invoices due on or before %1 and not yet paid at the end of that day: %2. Units in arrears: %3.</source>
        <translation>截至 %1 到期、当日结束时仍未支付的账单：%2。欠款单元数：%3。</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>1 to 30</source>
        <translation>1 至 30 天</translation>
    </message>
    <message>
        <source>31 to 60</source>
        <translation>31 至 60 天</translation>
    </message>
    <message>
        <source>61 to 90</source>
        <translation>61 至 90 天</translation>
    </message>
    <message>
        <source>more than 90</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <source>Units are counted by their oldest overdue invoice; amounts by each invoice's age. No names are shown.</source>
        <translation>单元按其最早的逾期账单计数；金额按每张账单的逾期天数计入。不显示姓名。</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>Property fees</source>
        <translation>物业费</translation>
    </message>
    <message>
        <source>Late fees</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <source>Deductions kept from deposits</source>
        <translation>从押金中扣留的款项</translation>
    </message>
    <message>
        <source>Maintenance fund</source>
        <translation>维修基金</translation>
    </message>
    <message>
        <source>Reserve fund</source>
        <translation>储备基金</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <source>Cash at the office</source>
        <translation>管理处现金</translation>
    </message>
    <message>
        <source>Card payments not yet settled</source>
        <translation>尚未结算的刷卡付款</translation>
    </message>
    <message>
        <source>Repairs: %1</source>
        <translation>维修：%1</translation>
    </message>
</context>
</TS>
