<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>courtyard::desk::BudgetModel</name>
    <message>
        <source>none set</source>
        <extracomment>No budget was set for this category and year.</extracomment>
        <translation>未设定</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Actual</source>
        <extracomment>What was actually spent.</extracomment>
        <translation>实际支出</translation>
    </message>
    <message>
        <source>Left</source>
        <extracomment>Budget minus actual; negative when overspent.</extracomment>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Used</source>
        <extracomment>Share of the budget spent.</extracomment>
        <translation>已用</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>Budget</source>
        <extracomment>Bar chart series: the budget the committee set.</extracomment>
        <translation>预算</translation>
    </message>
    <message>
        <source>Actual</source>
        <extracomment>Bar chart series: what was spent.</extracomment>
        <translation>实际支出</translation>
    </message>
    <message>
        <source>Budget and fund</source>
        <extracomment>Page title.</extracomment>
        <translation>预算与基金</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Budget %1, spent %2 (top-level categories)</source>
        <extracomment>"Budget CNY 12,000.00, spent CNY 12,234.56 (top-level categories)".</extracomment>
        <translation>预算 %1，已支出 %2（一级类别）</translation>
    </message>
    <message>
        <source>THE MONTHS DO NOT ADD UP TO THE LEDGER&apos;S TOTALS for the categories in red: run the verification.</source>
        <translation>标红的类别各月合计与账本总额不符：请运行验证。</translation>
    </message>
    <message>
        <source>Budget vs actual</source>
        <extracomment>Tab: budget vs actual per category.</extracomment>
        <translation>预算与实际</translation>
    </message>
    <message>
        <source>Fund balance</source>
        <extracomment>Tab: the fund's balance over time.</extracomment>
        <translation>基金余额</translation>
    </message>
</context>
<context>
    <name>courtyard::desk::CommitteeWorkspace</name>
    <message>
        <source>The expense trail could not be read from the ledger: %1</source>
        <translation>无法从账本读取支出明细：%1</translation>
    </message>
    <message>
        <source>The budget could not be read from the ledger: %1</source>
        <translation>无法从账本读取预算：%1</translation>
    </message>
    <message>
        <source>Signed checkpoint: %1 transactions, block %2, root %3…</source>
        <translation>已签名检查点：%1 笔交易，区块 %2，根 %3…</translation>
    </message>
    <message>
        <source>The fund&apos;s balances could not be read from the ledger: %1</source>
        <translation>无法从账本读取基金余额：%1</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>物业经理</translation>
    </message>
    <message>
        <source>committee</source>
        <extracomment>A committee member (owners' board).</extracomment>
        <translation>委员会</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>自助终端</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>key %1</source>
        <extracomment>A key that holds no role now (revoked or rotated), by its first hex digits.</extracomment>
        <translation>密钥 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A signer: its roles, then the first hex digits of its key ("manager 3fa2c1d0").</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>courtyard::desk::ExpenseTrailModel</name>
    <message>
        <source>not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>matches</source>
        <extracomment>The invoice file's SHA-256 is the one on the ledger.</extracomment>
        <translation>一致</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>The invoice file is not in this computer's documents folder.</extracomment>
        <translation>缺失</translation>
    </message>
    <message>
        <source>DOES NOT MATCH</source>
        <extracomment>The invoice file was changed or replaced: shown in capitals on purpose.</extracomment>
        <translation>不一致</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>the current checkpoint&apos;s signature does not verify: %1</source>
        <translation>当前检查点的签名验证失败：%1</translation>
    </message>
    <message>
        <source>the transaction id is damaged</source>
        <translation>交易 ID 已损坏</translation>
    </message>
    <message>
        <source>the transaction is not in the ledger</source>
        <translation>账本中没有这笔交易</translation>
    </message>
    <message>
        <source>the transaction is stored at log index %1, not %2</source>
        <translation>这笔交易存储在日志索引 %1，而不是 %2</translation>
    </message>
    <message>
        <source>the stored transaction cannot be read: %1</source>
        <translation>无法读取存储的交易：%1</translation>
    </message>
    <message>
        <source>the stored transaction&apos;s bytes are not those of its id</source>
        <translation>存储的交易字节与其 ID 不符</translation>
    </message>
    <message>
        <source>the stored transaction names another invoice</source>
        <translation>存储的交易指向另一张发票</translation>
    </message>
    <message>
        <source>no audit path: %1</source>
        <translation>没有审计路径：%1</translation>
    </message>
    <message>
        <source>the audit path does not lead to the signed checkpoint&apos;s root: %1</source>
        <translation>审计路径未通向已签名检查点的根：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: write it as 2027-03-31</source>
        <translation>“%1”不是日期：请写成 2027-03-31</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount: write it like %2</source>
        <translation>“%1”不是金额：请写成 %2 这样</translation>
    </message>
    <message>
        <source>the period ends before it begins: swap the two dates</source>
        <translation>结束日期早于开始日期：请交换两个日期</translation>
    </message>
    <message>
        <source>the largest amount is below the smallest: swap the two amounts</source>
        <translation>最大金额小于最小金额：请交换两个金额</translation>
    </message>
    <message>
        <source>the invoice document is not in %1: copy it there under its SHA-256 name</source>
        <translation>发票文件不在 %1 中：请以其 SHA-256 为文件名复制到该处</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Repair payment</source>
        <translation>维修付款</translation>
    </message>
    <message>
        <source>included in the signed log</source>
        <extracomment>The transaction's Merkle inclusion proof verifies against the signed checkpoint.</extracomment>
        <translation>已收录于签名日志</translation>
    </message>
    <message>
        <source>PROOF FAILS</source>
        <extracomment>Shown in capitals on purpose: the ledger's evidence does not hold.</extracomment>
        <translation>证明失败</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column: the invoice's date.</extracomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Requested by</source>
        <extracomment>Column: who recorded the payment (the author's key).</extracomment>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <extracomment>Column: every key that signed the approval.</extracomment>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>批准时间</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>Column: whether the invoice document's SHA-256 matches the ledger.</extracomment>
        <translation>单据</translation>
    </message>
    <message>
        <source>In the signed log</source>
        <extracomment>Column: the transaction's inclusion proof.</extracomment>
        <translation>签名日志</translation>
    </message>
</context>
<context>
    <name>ExpenseTrailPage</name>
    <message>
        <source>Expense trail</source>
        <extracomment>Page title of the committee's expense trail.</extracomment>
        <translation>支出明细</translation>
    </message>
    <message>
        <source>From (2027-01-01)</source>
        <extracomment>Filter field: first day of the period, ISO format.</extracomment>
        <translation>起始（2027-01-01）</translation>
    </message>
    <message>
        <source>To (2027-12-31)</source>
        <extracomment>Filter field: last day of the period, ISO format.</extracomment>
        <translation>截止（2027-12-31）</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Vendor</source>
        <extracomment>Filter field: part of a vendor's name.</extracomment>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Amount from</source>
        <extracomment>Filter field: smallest amount shown.</extracomment>
        <translation>最低金额</translation>
    </message>
    <message>
        <source>Amount to</source>
        <extracomment>Filter field: largest amount shown.</extracomment>
        <translation>最高金额</translation>
    </message>
    <message>
        <source>Filter</source>
        <extracomment>Applies the filters (Ctrl+Enter).</extracomment>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>%1 of %2 payments, %3 in all</source>
        <extracomment>"12 of 20,213 payments, CNY 45,000.00 in all".</extracomment>
        <translation>%2 笔付款中的 %1 笔，共计 %3</translation>
    </message>
    <message>
        <source>Select a payment to see its evidence; Enter or a double click checks it.</source>
        <extracomment>Hint under the trail when no payment is selected.</extracomment>
        <translation>选择一笔付款以查看其凭证；按 Enter 或双击进行检查。</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>block %1, log index %2, id %3</source>
        <extracomment>Where the payment is in the ledger.</extracomment>
        <translation>区块 %1，日志索引 %2，ID %3</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation>收录证明</translation>
    </message>
    <message>
        <source>Invoice SHA-256</source>
        <translation>发票 SHA-256</translation>
    </message>
    <message>
        <source>Check this payment</source>
        <extracomment>Re-hashes the document and checks the inclusion proof (Ctrl+Shift+C).</extracomment>
        <translation>检查这笔付款</translation>
    </message>
    <message>
        <source>Open document</source>
        <extracomment>Opens the invoice document with the system's viewer (Ctrl+O).</extracomment>
        <translation>打开单据</translation>
    </message>
    <message>
        <source>Check all shown</source>
        <extracomment>Checks the document and proof of every payment shown.</extracomment>
        <translation>检查所有显示的付款</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) FAIL a check: they are marked in red.</source>
        <translation>
            <numerusform>有 %n 笔付款未通过检查：已标为红色。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every payment shown was checked: each is in the signed log.</source>
        <translation>所有显示的付款都已检查：均已收录于签名日志。</translation>
    </message>
</context>
<context>
    <name>courtyard::desk::FundBalanceModel</name>
    <message>
        <source>MMM yyyy</source>
        <extracomment>A month in the fund table, e.g. "Mar 2027".</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Month end</source>
        <translation>月末</translation>
    </message>
    <message>
        <source>Bank</source>
        <extracomment>Assets:Bank, the community's bank account.</extracomment>
        <translation>银行</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Maintenance fund</source>
        <translation>维修基金</translation>
    </message>
    <message>
        <source>Reserve fund</source>
        <translation>储备基金</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>Verification</source>
        <extracomment>Page title.</extracomment>
        <translation>验证</translation>
    </message>
    <message>
        <source>Checks this computer&apos;s copy of the ledger from the first block: every block&apos;s seal, every transaction and signature, and the log that the community server signed; then that every posting, account total and record stored here is what those blocks make. It takes a while on a large ledger; you can keep working.</source>
        <translation>从第一个区块开始检查本机的账本副本：每个区块的封印、每笔交易和签名，以及社区服务器签名的日志；然后检查本机存储的每条分录、每个账户合计和每条记录是否都是这些区块得出的。账本较大时需要一些时间，期间可以继续工作。</translation>
    </message>
    <message>
        <source>Verify everything from genesis</source>
        <extracomment>Starts the full check (Ctrl+Shift+V).</extracomment>
        <translation>从创世区块起全部验证</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Stops the check (Escape).</extracomment>
        <translation>停止</translation>
    </message>
    <message>
        <source>%1 of %2 blocks checked</source>
        <extracomment>Progress of the first step: blocks checked of all blocks.</extracomment>
        <translation>已检查 %2 个区块中的 %1 个</translation>
    </message>
    <message>
        <source>Took %1 s.</source>
        <translation>用时 %1 秒。</translation>
    </message>
    <message>
        <source>Blocks good. Comparing the stored figures with the blocks: %1 of %2 blocks replayed</source>
        <extracomment>Progress of the second step: the blocks are good; the figures stored on this computer are compared with what the blocks make, replayed one by one.</extracomment>
        <translation>区块无误。正在将存储的数字与区块比对：已重放 %2 个区块中的 %1 个</translation>
    </message>
</context>
<context>
    <name>courtyard::desk::VerificationRunner</name>
    <message>
        <source>Refused by this device on %1</source>
        <translation>本设备于 %1 拒收</translation>
    </message>
    <message>
        <source>The block as the server sent it: %1</source>
        <translation>服务器发来的区块：%1</translation>
    </message>
    <message>
        <source>Verifying every block from genesis…</source>
        <translation>正在从创世区块起验证每个区块…</translation>
    </message>
    <message>
        <source>The ledger file could not be opened for checking.</source>
        <translation>无法打开账本文件进行检查。</translation>
    </message>
    <message>
        <source>THE LEDGER&apos;S FIRST TRANSACTION IS DAMAGED.</source>
        <translation>账本的第一笔交易已损坏。</translation>
    </message>
    <message>
        <source>Keep this computer as it is and tell the committee.</source>
        <translation>请保持本机原样，并告知委员会。</translation>
    </message>
    <message>
        <source>The ledger file could not be read to the end.</source>
        <translation>无法将账本文件读到末尾。</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 blocks were checked and found good before you stopped it.</source>
        <translation>已停止：停止前已检查 %2 个区块中的 %1 个，均无问题。</translation>
    </message>
    <message>
        <source>Where: block %1</source>
        <translation>位置：区块 %1</translation>
    </message>
    <message>
        <source>Transaction at log index %1</source>
        <translation>日志索引 %1 处的交易</translation>
    </message>
    <message>
        <source>Transaction id %1</source>
        <translation>交易 ID %1</translation>
    </message>
    <message>
        <source>What is wrong: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>%1 blocks before it were checked and found good.</source>
        <translation>此前的 %1 个区块已检查，均无问题。</translation>
    </message>
    <message>
        <source>What to do: do not rely on this computer&apos;s copy of the ledger. Keep this computer as it is (it is evidence) and tell the other committee members and the manager.</source>
        <translation>怎么办：不要信赖本机的账本副本。请保持本机原样（它是证据），并告知其他委员和物业经理。</translation>
    </message>
    <message>
        <source>THE LEDGER ON THIS COMPUTER DOES NOT CHECK OUT: it was changed after it was sealed.</source>
        <translation>本机上的账本未通过验证：它在封印后被改动过。</translation>
    </message>
    <message>
        <source>The ledger&apos;s records could not be read.</source>
        <translation>无法读取账本的记录。</translation>
    </message>
    <message>
        <source>%1 blocks and %2 transactions checked from genesis.</source>
        <translation>已从创世区块起检查 %1 个区块和 %2 笔交易。</translation>
    </message>
    <message>
        <source>%1 signatures verified.</source>
        <translation>已验证 %1 个签名。</translation>
    </message>
    <message>
        <source>The log of %1 transactions has the root %2, which the community server signed.</source>
        <translation>%1 笔交易的日志根为 %2，已由社区服务器签名。</translation>
    </message>
    <message>
        <source>THIS COMPUTER&apos;S LEDGER IS GOOD, BUT THE SERVER SENT BLOCKS THAT CONTRADICT IT: its history was rewritten or replaced.</source>
        <translation>本机的账本没有问题，但服务器发来了与之矛盾的区块：服务器的历史被改写或替换了。</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) from the server were refused; the evidence is kept below.</source>
        <translation>
            <numerusform>已拒收服务器发来的 %n 个区块；证据保存在下方。</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>One posting line: an amount with its currency, on an account, e.g. &quot;CNY 1,200.00 on Income:Rent&quot;.</extracomment>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>Posting %1 of the transaction at log index %2 (block %3): stored %4, but the blocks make %5.</source>
        <extracomment>%1: line number, %2: log index, %3: block, %4 and %5: &quot;CNY 1,200.00 on Income:Rent&quot; or &quot;nothing&quot;.</extracomment>
        <translation>日志索引 %2 处交易（区块 %3）的第 %1 条分录：存储的是 %4，但区块得出的是 %5。</translation>
    </message>
    <message numerus="yes">
        <source>debits %1, credits %2 over %n posting(s)</source>
        <translation>
            <numerusform>借方 %1，贷方 %2，共 %n 条分录</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals of account %1 in %2: stored %3, but the blocks make %4.</source>
        <extracomment>%1: account, %2: currency code, %3 and %4: &quot;debits ..., credits ... over N postings&quot; or &quot;nothing&quot;.</extracomment>
        <translation>账户 %1（%2）的合计：存储的是 %3，但区块得出的是 %4。</translation>
    </message>
    <message>
        <source>Record %1: its value is right, but the checksum stored beside it was changed.</source>
        <extracomment>A stored record whose value is right but whose checksum beside it was changed.</extracomment>
        <translation>记录 %1：其值正确，但与其一起存储的校验值被改动过。</translation>
    </message>
    <message>
        <source>Record %1 (last changed by the transaction at log index %2, block %3): stored %4, but the blocks make %5.</source>
        <extracomment>%1: record key, %2: log index, %3: block, %4 and %5: the record&apos;s values (notation for programmers) or &quot;nothing&quot;.</extracomment>
        <translation>记录 %1（最后由日志索引 %2、区块 %3 处的交易修改）：存储的是 %4，但区块得出的是 %5。</translation>
    </message>
    <message>
        <source>Record %1: stored %2, but the blocks make %3.</source>
        <translation>记录 %1：存储的是 %2，但区块得出的是 %3。</translation>
    </message>
    <message>
        <source>Stopped: all %1 blocks were checked and found good; the stored figures were being compared with them (%2 of %3 blocks replayed) when you stopped it.</source>
        <translation>已停止：全部 %1 个区块均已检查，均无问题；停止时正在将存储的数字与区块比对（已重放 %3 个区块中的 %2 个）。</translation>
    </message>
    <message>
        <source>What to do: do not rely on the figures shown here. This program&apos;s rules may be older or newer than the community server&apos;s: install the version the server runs and verify again. If it still fails, tell the other committee members and the manager.</source>
        <translation>怎么办：不要信赖这里显示的数字。本程序的规则可能比社区服务器的旧或新：请安装与服务器相同的版本后再验证。如果仍然失败，请告知其他委员会成员和物业经理。</translation>
    </message>
    <message>
        <source>THE BLOCKS CHECK OUT, BUT THIS PROGRAM&apos;S RULES DO NOT MAKE THE RECORDS THEY CARRY.</source>
        <translation>区块验证通过，但本程序的规则得不出区块所载的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n stored row(s) are not what the blocks make:</source>
        <translation>
            <numerusform>有 %n 行存储的数据与区块得出的不一致：</numerusform>
        </translation>
    </message>
    <message>
        <source>postings: %1, account totals: %2, records: %3.</source>
        <translation>分录：%1，账户合计：%2，记录：%3。</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 处。</translation>
    </message>
    <message>
        <source>The balances and records stored on this computer (state root %1…) are not those the blocks make (block %2 says %3…).</source>
        <translation>本机存储的余额和记录（状态根 %1…）与区块得出的不符（区块 %2 的是 %3…）。</translation>
    </message>
    <message>
        <source>What to do: do not rely on the balances, statements, reports or the trail shown on this computer. Keep this computer and its ledger file (%1) as they are: they are evidence. Tell the other committee members and the manager; after a copy of the file is kept, the manager can rebuild the figures from the verified blocks with `courtyard replay --rebuild`.</source>
        <translation>怎么办：不要信赖本机显示的余额、对账单、报表或支出记录。请保持本机及其账本文件（%1）原样：它们是证据。告知其他委员会成员和物业经理；保存文件副本之后，物业经理可以用 `courtyard replay --rebuild` 从已验证的区块重建这些数字。</translation>
    </message>
    <message>
        <source>THE FIGURES AND RECORDS ON THIS COMPUTER WERE CHANGED: the blocks check out, the stored rows do not.</source>
        <translation>本机上的数字和记录被改动过：区块验证通过，存储的数据行未通过。</translation>
    </message>
    <message>
        <source>Every posting (%1), account total (%2) and record (%3) stored on this computer is what the blocks make.</source>
        <translation>本机存储的每条分录（%1）、每个账户合计（%2）和每条记录（%3）都与区块得出的一致。</translation>
    </message>
    <message>
        <source>Everything checks out: no block, transaction, signature or stored figure was changed since genesis.</source>
        <translation>全部验证通过：自创世区块以来，没有任何区块、交易、签名或存储的数字被改动。</translation>
    </message>
</context>
<context>
    <name>courtyard::desk::committee</name>
    <message>
        <source>Expense trail</source>
        <extracomment>The committee's pages in the desk's navigation.</extracomment>
        <translation>支出明细</translation>
    </message>
    <message>
        <source>Budget and fund</source>
        <translation>预算与基金</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
</context>
</TS>
