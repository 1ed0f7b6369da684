<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApprovalInboxPage</name>
    <message>
        <source>Approvals</source>
        <extracomment>the page&apos;s title</extracomment>
        <translation>审批</translation>
    </message>
    <message>
        <source>Signing as %1</source>
        <extracomment>who is signed in, e.g. &quot;You (8ec44f2d)&quot;</extracomment>
        <translation>签署人：%1</translation>
    </message>
    <message>
        <source>Waiting for me (%1)</source>
        <extracomment>the proposals that wait for this member&apos;s signature, with their number</extracomment>
        <translation>待我签署（%1）</translation>
    </message>
    <message>
        <source>All others (%1)</source>
        <extracomment>every other proposal: signed, sealed, declined, withdrawn, expired</extracomment>
        <translation>其他全部（%1）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>ask the server for the proposals again</extracomment>
        <translation>刷新</translation>
    </message>
    <message>
        <source>No other proposals.</source>
        <extracomment>the history list is empty</extracomment>
        <translation>没有其他提案。</translation>
    </message>
    <message>
        <source>Nothing waits for your signature.</source>
        <extracomment>the inbox is empty</extracomment>
        <translation>没有等待您签署的提案。</translation>
    </message>
    <message>
        <source>%1 of %2 signatures · %3 ago</source>
        <extracomment>signatures so far of the quorum needed, and the proposal&apos;s age</extracomment>
        <translation>已签 %1/%2 · %3前</translation>
    </message>
    <message>
        <source>You declined this one; you may still sign it.</source>
        <translation>您已拒绝此提案；仍可签署。</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <extracomment>the amount the proposal spends or sets</extracomment>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source>Proposed by %1, %2 ago</source>
        <extracomment>who proposed it and how long ago</extracomment>
        <translation>由 %1 于 %2前提出</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <extracomment>when an open proposal expires unsigned, e.g. &quot;in 13 days&quot;</extracomment>
        <translation>%1到期</translation>
    </message>
    <message>
        <source>Note from the author</source>
        <extracomment>the author&apos;s note to the committee</extracomment>
        <translation>提案人附言</translation>
    </message>
    <message>
        <source>Evidence</source>
        <extracomment>facts from this device&apos;s verified ledger and document hashes</extracomment>
        <translation>依据</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>the repair&apos;s steps so far</extracomment>
        <translation>经过</translation>
    </message>
    <message>
        <source>Signed by</source>
        <extracomment>committee members who signed already</extracomment>
        <translation>已签署</translation>
    </message>
    <message>
        <source>No committee member has signed yet.</source>
        <translation>尚无委员签署。</translation>
    </message>
    <message>
        <source>Declined by</source>
        <extracomment>committee members who declined, with their reasons</extracomment>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Why you decline (needed to decline)</source>
        <extracomment>where a member writes why they decline</extracomment>
        <translation>拒绝理由（拒绝时必填）</translation>
    </message>
    <message>
        <source>Signing…</source>
        <extracomment>sign the proposal with your committee key; &quot;Signing…&quot; while the server has not answered</extracomment>
        <translation>签署中…</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>Decline</source>
        <extracomment>decline the proposal with the reason written above</extracomment>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <extracomment>while the server has not answered a signature or a decline</extracomment>
        <translation>正在等待服务器…</translation>
    </message>
    <message>
        <source>Live</source>
        <extracomment>the inbox is connected and the server pushes every change</extracomment>
        <translation>实时</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Offline, trying again: %1</source>
        <extracomment>%1: why, e.g. the server closed the connection</extracomment>
        <translation>离线，正在重试：%1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>No community server is set</source>
        <translation>未设置社区服务器</translation>
    </message>
</context>
<context>
    <name>courtyard::desk::approvals</name>
    <message>
        <source>%1 min</source>
        <extracomment>an age or a time left in minutes</extracomment>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>an age or a time left in hours</extracomment>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>an age or a time left in days</extracomment>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Waiting for signatures</source>
        <translation>等待签署</translation>
    </message>
    <message>
        <source>Signed: waiting for its block</source>
        <translation>已签齐：等待入块</translation>
    </message>
    <message>
        <source>Sealed in the ledger</source>
        <translation>已记入账本</translation>
    </message>
    <message>
        <source>Withdrawn by its author</source>
        <translation>已被提案人撤回</translation>
    </message>
    <message>
        <source>Expired unsigned</source>
        <translation>未签齐而过期</translation>
    </message>
    <message>
        <source>Refused by its contract</source>
        <translation>被合约拒绝</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>已报修</translation>
    </message>
    <message>
        <source>quoted</source>
        <translation>已报价</translation>
    </message>
    <message>
        <source>quote revised</source>
        <translation>报价已修改</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>approved again</source>
        <translation>已再次批准</translation>
    </message>
    <message>
        <source>work started</source>
        <translation>已开工</translation>
    </message>
    <message>
        <source>work completed</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>confirmed by the resident</source>
        <translation>住户已确认</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>vendor paid</source>
        <translation>已付款给供应商</translation>
    </message>
    <message>
        <source>Cannot ask the server: %1</source>
        <translation>无法询问服务器：%1</translation>
    </message>
    <message>
        <source>Waiting for your signature: %1</source>
        <translation>等待您签署：%1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>You (%1)</source>
        <translation>您（%1）</translation>
    </message>
    <message>
        <source>Committee member %1</source>
        <translation>委员 %1</translation>
    </message>
    <message>
        <source>Manager %1</source>
        <translation>物业经理 %1</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>密钥 %1</translation>
    </message>
    <message>
        <source>Sealed in block %1</source>
        <translation>已记入第 %1 区块</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>A proposal that cannot be read</source>
        <translation>无法读取的提案</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>Approve the quote for the repair “%1”</source>
        <translation>批准维修“%1”的报价</translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation>供应商：%1</translation>
    </message>
    <message>
        <source>Quote document (SHA-256): %1</source>
        <translation>报价文件（SHA-256）：%1</translation>
    </message>
    <message>
        <source>Pay the vendor for the repair “%1”</source>
        <translation>为维修“%1”向供应商付款</translation>
    </message>
    <message>
        <source>Invoice document (SHA-256): %1</source>
        <translation>发票文件（SHA-256）：%1</translation>
    </message>
    <message>
        <source>Approved quote: %1 from %2</source>
        <translation>已批准的报价：%2 的 %1</translation>
    </message>
    <message>
        <source>%1 for the repair “%2”</source>
        <translation>维修“%2”的 %1</translation>
    </message>
    <message>
        <source>Repair %1, category %2, urgency %3, now %4</source>
        <translation>维修 %1，类别：%2，紧急程度：%3，当前：%4</translation>
    </message>
    <message>
        <source>Common property</source>
        <translation>公共区域</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>单元 %1</translation>
    </message>
    <message>
        <source>%1 — %2 by %3</source>
        <translation>%1 — %2，操作人 %3</translation>
    </message>
    <message>
        <source>This device&apos;s ledger does not hold repair %1 yet: sync first</source>
        <translation>本设备的账本中还没有维修 %1：请先同步</translation>
    </message>
    <message>
        <source>Record an expense: %1 from %2</source>
        <translation>记录支出：%2 的 %1</translation>
    </message>
    <message>
        <source>Invoice of %1</source>
        <translation>%1 的发票</translation>
    </message>
    <message>
        <source>Set the %1 budget of %2</source>
        <translation>设定 %2 年度的 %1 预算</translation>
    </message>
    <message>
        <source>Set the threshold “%1”</source>
        <translation>设定阈值“%1”</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>Set the committee&apos;s quorum to %1</source>
        <translation>将委员会法定人数设为 %1</translation>
    </message>
    <message>
        <source>an unreadable key</source>
        <translation>无法读取的密钥</translation>
    </message>
    <message>
        <source>Grant the role “%1” to %2</source>
        <translation>将角色“%1”授予 %2</translation>
    </message>
    <message>
        <source>Revoke the role “%1” from %2</source>
        <translation>撤销 %2 的角色“%1”</translation>
    </message>
    <message>
        <source>%1 (kind version %2)</source>
        <translation>%1（类型版本 %2）</translation>
    </message>
    <message>
        <source>Intent as signed: %1</source>
        <translation>签署的内容：%1</translation>
    </message>
    <message>
        <source>Transaction %1, sequence %2 of its author</source>
        <translation>交易 %1，提案人的第 %2 笔</translation>
    </message>
    <message>
        <source>Your signature is already on this proposal.</source>
        <translation>您已签署过此提案。</translation>
    </message>
    <message>
        <source>You have already declined this proposal.</source>
        <translation>您已拒绝过此提案。</translation>
    </message>
    <message>
        <source>The proposal is closed: it was sealed, withdrawn, refused or has expired.</source>
        <translation>此提案已关闭：已记账、已撤回、被拒绝或已过期。</translation>
    </message>
    <message>
        <source>The proposal has expired unsigned.</source>
        <translation>此提案未签齐而已过期。</translation>
    </message>
    <message>
        <source>Only committee members sign or decline proposals.</source>
        <translation>只有委员会成员可以签署或拒绝提案。</translation>
    </message>
    <message>
        <source>The server holds no such proposal.</source>
        <translation>服务器上没有此提案。</translation>
    </message>
    <message>
        <source>The server could not verify the signature with your key.</source>
        <translation>服务器无法用您的密钥验证签名。</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>Too many requests: wait a moment and try again.</source>
        <translation>请求过多：请稍候再试。</translation>
    </message>
    <message>
        <source>The server cannot serve this now: try again later.</source>
        <translation>服务器暂时无法处理：请稍后再试。</translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation>服务器拒绝了此请求。</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <extracomment>a refusal: the sentence in words, then the server&apos;s code and its own reason</extracomment>
        <translation>%1（%2：%3）</translation>
    </message>
    <message>
        <source>No community server is set: the proposals live there</source>
        <translation>未设置社区服务器：提案保存在服务器上</translation>
    </message>
    <message>
        <source>No proposal %1 in the list: refresh it and try again</source>
        <translation>列表中没有提案 %1：请刷新后重试</translation>
    </message>
    <message>
        <source>%1 names several proposals</source>
        <translation>%1 对应多个提案</translation>
    </message>
    <message>
        <source>Not connected to the server (%1): nothing was sent; try again when it is back</source>
        <translation>未连接服务器（%1）：未发送任何内容；请在恢复连接后重试</translation>
    </message>
    <message>
        <source>Signed.</source>
        <translation>已签署。</translation>
    </message>
    <message>
        <source>Sending your signature…</source>
        <translation>正在发送您的签名…</translation>
    </message>
    <message>
        <source>Write why you decline: the committee and the author read it</source>
        <translation>请写明拒绝理由：委员会和提案人都会看到</translation>
    </message>
    <message>
        <source>Declined.</source>
        <translation>已拒绝。</translation>
    </message>
    <message>
        <source>Sending your decline…</source>
        <translation>正在发送您的拒绝…</translation>
    </message>
    <message>
        <source>No answer from the server: %1. The list shows whether it arrived once the connection is back.</source>
        <translation>服务器没有回应：%1。恢复连接后，列表会显示它是否已送达。</translation>
    </message>
    <message>
        <source>%1 The committee&apos;s signatures are complete: the server is sealing it.</source>
        <translation>%1 委员会签名已齐：服务器正在将其记账。</translation>
    </message>
    <message>
        <source>Transaction %1, co-signed, valid until %2</source>
        <extracomment>Evidence line of a co-signed transaction (it has no sequence number): %1 its id, %2 the last time it may be sealed.</extracomment>
        <translation>交易 %1，已会签，有效期至 %2</translation>
    </message>
</context>
<context>
    <name>courtyard::views</name>
    <message>
        <source>a total overflows</source>
        <translation>合计溢出</translation>
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
        <extracomment>How a month and its year are written, in Qt&apos;s date format letters: &quot;MMMM yyyy&quot; gives &quot;March 2027&quot;; Chinese and Japanese write &quot;yyyy年M月&quot;.</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Rent for %1</source>
        <extracomment>%1 is a month and year, e.g. &quot;March 2027&quot;</extracomment>
        <translation>%1租金</translation>
    </message>
    <message>
        <source>Property fee for %1</source>
        <translation>%1物业费</translation>
    </message>
    <message>
        <source>Late fee charged in %1</source>
        <translation>%1收取的滞纳金</translation>
    </message>
    <message>
        <source>Deposit of the lease</source>
        <translation>租约押金</translation>
    </message>
    <message>
        <source>%1 is listed as open but is not there</source>
        <translation>%1 列为未付但不存在</translation>
    </message>
    <message>
        <source>there is no unit &apos;%1&apos; in this ledger</source>
        <translation>此账本中没有房号“%1”</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Card at the kiosk</source>
        <translation>终端刷卡</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>payment %1 has postings but no record</source>
        <translation>付款 %1 有分录但没有记录</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Quote received</source>
        <translation>已报价</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>施工中</translation>
    </message>
    <message>
        <source>Work completed</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Plumbing</source>
        <translation>水管</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>电气</translation>
    </message>
    <message>
        <source>Elevator</source>
        <translation>电梯</translation>
    </message>
    <message>
        <source>Roof</source>
        <translation>屋顶</translation>
    </message>
    <message>
        <source>Doors and locks</source>
        <translation>门和锁</translation>
    </message>
    <message>
        <source>Common area</source>
        <translation>公共区域</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 has no request event</source>
        <translation>%1 没有申请事件</translation>
    </message>
    <message>
        <source>there is no resident %1 in this ledger</source>
        <translation>此账本中没有住户 %1</translation>
    </message>
    <message>
        <source>the score of %1 has a reason that is not text</source>
        <translation>%1 的信用分有非文本的原因</translation>
    </message>
</context>
</TS>
