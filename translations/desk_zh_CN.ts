<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BillingPage</name>
    <message>
        <source>Billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Closing a month issues late fees, rent and property fee invoices. Preview first: nothing is recorded until you post.</source>
        <translation>月度结账会开出滞纳金、租金和物业费账单。请先预览：过账前不会记录任何内容。</translation>
    </message>
    <message>
        <source>Filter the preview</source>
        <translation>筛选预览</translation>
    </message>
    <message>
        <source>Close a period</source>
        <translation>结账</translation>
    </message>
    <message>
        <source>Month (YYYY-MM)</source>
        <translation>月份（YYYY-MM）</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>账单数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Paid from credit</source>
        <translation>从余额支付</translation>
    </message>
    <message>
        <source>Post the close</source>
        <translation>过账结账</translation>
    </message>
</context>
<context>
    <name>ConfirmButton</name>
    <message>
        <source>Click again to confirm</source>
        <translation>再次点击以确认</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>行数：%1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>DeskMain</name>
    <message>
        <source>The Courtyard desk: the property manager&apos;s and the committee&apos;s desktop.</source>
        <translation>Courtyard 工作台：物业经理和业主委员会的桌面应用。</translation>
    </message>
    <message>
        <source>Start on the embedded demo community (its own server on 127.0.0.1).</source>
        <translation>在内置演示社区上启动（自带服务器，位于 127.0.0.1）。</translation>
    </message>
    <message>
        <source>Keep the demo in &lt;dir&gt; (default: a temporary folder).</source>
        <translation>将演示保存在 &lt;dir&gt;（默认：临时文件夹）。</translation>
    </message>
    <message>
        <source>The desk&apos;s data folder: ledger.db, directory.json, documents/ (default: %1).</source>
        <translation>工作台的数据文件夹：ledger.db、directory.json、documents/（默认：%1）。</translation>
    </message>
    <message>
        <source>The community server, wss://host:port.</source>
        <translation>社区服务器，wss://主机:端口。</translation>
    </message>
    <message>
        <source>The SHA-256 of the server&apos;s certificate, 64 hex digits.</source>
        <translation>服务器证书的 SHA-256，64 位十六进制数字。</translation>
    </message>
    <message>
        <source>Lock after this many minutes without activity (default 10).</source>
        <translation>无操作多少分钟后锁定（默认 10）。</translation>
    </message>
    <message>
        <source>Render every screen of the demo in English and Arabic to PNG files in &lt;dir&gt;, then exit.</source>
        <translation>将演示的每个界面以英文和阿拉伯文渲染为 &lt;dir&gt; 中的 PNG 文件，然后退出。</translation>
    </message>
    <message>
        <source>Start in &lt;code&gt;: en, zh_CN, ja or ar.</source>
        <translation>以 &lt;code&gt; 语言启动：en、zh_CN、ja 或 ar。</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use en, zh_CN, ja or ar.</source>
        <translation>未知语言“%1”：请使用 en、zh_CN、ja 或 ar。</translation>
    </message>
    <message>
        <source>--lock-minutes takes a whole number from 1 to 1440.</source>
        <translation>--lock-minutes 需要 1 到 1440 之间的整数。</translation>
    </message>
    <message>
        <source>The demo community could not start: %1</source>
        <translation>演示社区无法启动：%1</translation>
    </message>
    <message>
        <source>--server needs --server-pin: the SHA-256 of the server&apos;s certificate, 64 hex digits.</source>
        <translation>--server 需要 --server-pin：服务器证书的 SHA-256，64 位十六进制数字。</translation>
    </message>
    <message>
        <source>The desk cannot open its data: %1</source>
        <translation>工作台无法打开其数据：%1</translation>
    </message>
    <message>
        <source>The desk&apos;s screens could not be loaded.</source>
        <translation>无法加载工作台界面。</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>Block %1 · %2</source>
        <translation>区块 %1 · %2</translation>
    </message>
    <message>
        <source>Log: %1 transactions</source>
        <translation>日志：%1 笔交易</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>待发送：%1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>Courtyard desk — %1</source>
        <translation>Courtyard 工作台 — %1</translation>
    </message>
    <message>
        <source>Courtyard desk</source>
        <translation>Courtyard 工作台</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>工作台(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find in table</source>
        <translation>在表格中查找(&amp;F)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>语言(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Lock after inactivity: %1 min</source>
        <translation>无操作后锁定：%1 分钟</translation>
    </message>
    <message>
        <source>Lock sooner</source>
        <translation>提早锁定</translation>
    </message>
    <message>
        <source>Lock later</source>
        <translation>延后锁定</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Enrollment codes for new kiosks and the devices enrolled with them.</source>
        <translation>新自助终端的注册码以及用它们注册的设备。</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>筛选设备</translation>
    </message>
    <message>
        <source>Authorize a new kiosk</source>
        <translation>授权新的自助终端</translation>
    </message>
    <message>
        <source>Kiosk name</source>
        <translation>终端名称</translation>
    </message>
    <message>
        <source>Lobby kiosk 2</source>
        <translation>大堂终端 2</translation>
    </message>
    <message>
        <source>Code valid for (hours)</source>
        <translation>注册码有效期（小时）</translation>
    </message>
    <message>
        <source>Make an enrollment code</source>
        <translation>生成注册码</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>所选行</translation>
    </message>
    <message>
        <source>Cancel this code</source>
        <translation>作废此注册码</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>吊销原因</translation>
    </message>
    <message>
        <source>Revoke this device</source>
        <translation>吊销此设备</translation>
    </message>
</context>
<context>
    <name>ExpensesPage</name>
    <message>
        <source>Expenses</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Committee threshold: %1. The invoice file stays on this desk; its SHA-256 goes on the ledger.</source>
        <translation>委员会限额：%1。发票文件保存在本工作台，其 SHA-256 记入账本。</translation>
    </message>
    <message>
        <source>Filter expenses</source>
        <translation>筛选支出</translation>
    </message>
    <message>
        <source>Record an expense</source>
        <translation>记录支出</translation>
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
        <source>Invoice date (YYYY-MM-DD)</source>
        <translation>发票日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Invoice document</source>
        <translation>发票文件</translation>
    </message>
    <message>
        <source>Record expense</source>
        <translation>记录支出</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Path of the file</source>
        <translation>文件路径</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>LeasesPage</name>
    <message>
        <source>Leases</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Select a lease to see its versions; every change is a new version, the old ones stay.</source>
        <translation>选择租约以查看其版本；每次变更都是新版本，旧版本保留。</translation>
    </message>
    <message>
        <source>Filter leases</source>
        <translation>筛选租约</translation>
    </message>
    <message>
        <source>Versions of the selected lease</source>
        <translation>所选租约的版本</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Residents (ids, separated by spaces)</source>
        <translation>住户（编号，用空格分隔）</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>月租金</translation>
    </message>
    <message>
        <source>Billing day (1-31)</source>
        <translation>账单日（1-31）</translation>
    </message>
    <message>
        <source>Start (YYYY-MM-DD)</source>
        <translation>开始（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>End (YYYY-MM-DD, empty: open-ended)</source>
        <translation>结束（YYYY-MM-DD，留空：无固定期限）</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>宽限天数</translation>
    </message>
    <message>
        <source>Signed lease (scan)</source>
        <translation>已签署的租约（扫描件）</translation>
    </message>
    <message>
        <source>Create lease</source>
        <translation>创建租约</translation>
    </message>
    <message>
        <source>New end (YYYY-MM-DD)</source>
        <translation>新的结束日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>New rent (empty: unchanged)</source>
        <translation>新租金（留空：不变）</translation>
    </message>
    <message>
        <source>Signed renewal</source>
        <translation>已签署的续约</translation>
    </message>
    <message>
        <source>Effective from (YYYY-MM-DD)</source>
        <translation>生效日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>New end (empty: unchanged)</source>
        <translation>新的结束日期（留空：不变）</translation>
    </message>
    <message>
        <source>Signed amendment</source>
        <translation>已签署的修订</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD)</source>
        <translation>最后一天（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Deductions from the deposit, one per line: reason=amount</source>
        <translation>从押金中扣除，每行一项：原因=金额</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Terminate and settle the deposit</source>
        <translation>终止并结算押金</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The desk is locked</source>
        <translation>工作台已锁定</translation>
    </message>
    <message>
        <source>%1 is signed in. Type the passphrase of the key file to go on.</source>
        <translation>%1 已登录。输入密钥文件的口令以继续。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>NotInstalledPage</name>
    <message>
        <source>Committee</source>
        <translation>委员会</translation>
    </message>
    <message>
        <source>This key holds the roles %1. The committee&apos;s workspace (approvals, expense trail, budgets, verification, reports) is not part of this build of the desk.</source>
        <translation>此密钥拥有角色 %1。委员会工作区（审批、支出追踪、预算、验证、报告）不在此版本的工作台中。</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Every payment, newest first. A reversal is a new transaction: nothing is deleted.</source>
        <translation>所有付款，最新的在前。冲销是一笔新交易：不会删除任何内容。</translation>
    </message>
    <message>
        <source>Filter payments (unit, amount, status...)</source>
        <translation>筛选付款（单元、金额、状态……）</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>记录付款</translation>
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
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>收据编号</translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation>银行流水号</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>记录付款</translation>
    </message>
    <message>
        <source>Reverse the selected payment</source>
        <translation>冲销所选付款</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>冲销</translation>
    </message>
</context>
<context>
    <name>RepairsPage</name>
    <message>
        <source>Repairs</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Committee threshold: %1. Sort by status or age to see what waits.</source>
        <translation>委员会限额：%1。按状态或天数排序查看待办事项。</translation>
    </message>
    <message>
        <source>Filter repairs</source>
        <translation>筛选维修</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价</translation>
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
        <source>Quote document</source>
        <translation>报价文件</translation>
    </message>
    <message>
        <source>Record quote</source>
        <translation>记录报价</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Above the threshold: needs the committee</source>
        <translation>超过限额：需要委员会会签</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reason to reject</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>施工</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>已开工</translation>
    </message>
    <message>
        <source>Work complete</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Amount paid to the vendor</source>
        <translation>支付给供应商的金额</translation>
    </message>
    <message>
        <source>Vendor&apos;s invoice</source>
        <translation>供应商发票</translation>
    </message>
    <message>
        <source>Pay the vendor</source>
        <translation>支付供应商</translation>
    </message>
    <message>
        <source>Note for the committee</source>
        <translation>给委员会的说明</translation>
    </message>
    <message>
        <source>Why this repair, why this quote</source>
        <translation>为什么要做这项维修，为什么选这份报价</translation>
    </message>
    <message>
        <source>Send to the committee</source>
        <translation>提交给委员会</translation>
    </message>
    <message>
        <source>Your signed approval goes to the server; the committee co-signs it from their approval inbox. You can go on recording payments meanwhile: the approval stays valid for 14 days.</source>
        <extracomment>Under &quot;Send to the committee&quot;: how the committee&apos;s co-signing works.</extracomment>
        <translation>您签名的批准会发送到服务器，委员会成员在各自的审批收件箱中会签。在此期间您可以继续记录付款：该批准的有效期为 14 天。</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Units of the selected resident</source>
        <translation>所选住户的单元</translation>
    </message>
    <message>
        <source>Lives in: %1</source>
        <translation>居住于：%1</translation>
    </message>
    <message>
        <source>Lives in no unit (moved out).</source>
        <translation>未居住在任何单元（已迁出）。</translation>
    </message>
    <message>
        <source>Unit to link</source>
        <translation>要关联的单元</translation>
    </message>
    <message>
        <source>Link to this unit too</source>
        <translation>同时关联到此单元</translation>
    </message>
    <message>
        <source>Unit moved out of</source>
        <translation>迁出的单元</translation>
    </message>
    <message>
        <source>Out of the last unit, the resident&apos;s kiosk card stops working; the name stays on this desk.</source>
        <translation>迁出最后一个单元后，该住户的自助终端门卡将停用；姓名仍保留在本工作台。</translation>
    </message>
    <message>
        <source>Record the move-out</source>
        <translation>登记迁出</translation>
    </message>
    <message>
        <source>Residents and cards</source>
        <translation>住户和门卡</translation>
    </message>
    <message>
        <source>Names and phone numbers stay on this desk; the ledger only knows a resident&apos;s random id.</source>
        <translation>姓名和电话只保存在本工作台；账本只知道住户的随机编号。</translation>
    </message>
    <message>
        <source>Filter residents</source>
        <translation>筛选住户</translation>
    </message>
    <message>
        <source>Register a resident</source>
        <translation>登记住户</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Selected resident</source>
        <translation>所选住户</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save on this desk</source>
        <translation>保存在本工作台</translation>
    </message>
    <message>
        <source>Kiosk card and PIN</source>
        <translation>自助终端卡和 PIN</translation>
    </message>
    <message>
        <source>Card (read it with the card reader)</source>
        <translation>卡（用读卡器读取）</translation>
    </message>
    <message>
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN（4 到 12 位数字）</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再次输入 PIN</translation>
    </message>
    <message>
        <source>Enroll card and PIN</source>
        <translation>登记卡和 PIN</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in with your personal key file and its passphrase.</source>
        <translation>使用您的个人密钥文件及其口令登录。</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>Courtyard key files (*.key)</source>
        <translation>Courtyard 密钥文件 (*.key)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Demo identities</source>
        <translation>演示身份</translation>
    </message>
    <message>
        <source>This is the demo community. Choose an identity to fill in its key file and passphrase:</source>
        <translation>这是演示社区。选择一个身份以填入其密钥文件和口令：</translation>
    </message>
    <message>
        <source>%1 · passphrase %2</source>
        <translation>%1 · 口令 %2</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Change unit %1</source>
        <translation>修改单元 %1</translation>
    </message>
    <message>
        <source>Change the selected unit</source>
        <translation>修改所选单元</translation>
    </message>
    <message>
        <source>Invoices already posted keep their amounts; the next period close reads the new area.</source>
        <translation>已入账的账单金额不变；下一次期间结算按新面积计算。</translation>
    </message>
    <message>
        <source>Save the unit</source>
        <translation>保存单元</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Every unit with its area, share of the common costs, residents and what it owes.</source>
        <translation>每个单元的面积、公共费用分摊比例、住户及欠款。</translation>
    </message>
    <message>
        <source>Filter units</source>
        <translation>筛选单元</translation>
    </message>
    <message>
        <source>Register a unit</source>
        <translation>登记单元</translation>
    </message>
    <message>
        <source>Unit number</source>
        <translation>单元号</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <source>Share of common costs (%)</source>
        <translation>公共费用分摊（%）</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>物业经理</translation>
    </message>
    <message>
        <source>Residents and cards</source>
        <translation>住户和门卡</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>委员会</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>会计</translation>
    </message>
</context>
<context>
    <name>courtyard::desk</name>
    <message>
        <source>Choose a unit in the table first.</source>
        <translation>请先在表格中选择一个单元。</translation>
    </message>
    <message>
        <source>Type the unit&apos;s new area, its new share or both.</source>
        <translation>请输入单元的新面积、新的分摊比例，或两者都输入。</translation>
    </message>
    <message>
        <source>Unit %1 changed.</source>
        <translation>单元 %1 已修改。</translation>
    </message>
    <message>
        <source>Recorded: resident %1 lives in %2 too.</source>
        <translation>已记录：住户 %1 也住在 %2。</translation>
    </message>
    <message>
        <source>cannot write the demo key file %1</source>
        <translation>无法写入演示密钥文件 %1</translation>
    </message>
    <message>
        <source>cannot make a temporary folder for the demo</source>
        <translation>无法为演示创建临时文件夹</translation>
    </message>
    <message>
        <source>cannot make the demo folder %1</source>
        <translation>无法创建演示文件夹 %1</translation>
    </message>
    <message>
        <source>the demo folder %1 holds a demo already; use an empty folder</source>
        <translation>演示文件夹 %1 中已有演示；请使用空文件夹</translation>
    </message>
    <message>
        <source>cannot copy the demo ledger to %1</source>
        <translation>无法将演示账本复制到 %1</translation>
    </message>
    <message>
        <source>the file %1 does not exist; choose it again</source>
        <translation>文件 %1 不存在；请重新选择</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the desk does not know the transaction kind %1</source>
        <translation>工作台不认识交易类型 %1</translation>
    </message>
    <message>
        <source>no data folder given for the desk</source>
        <translation>未指定工作台的数据文件夹</translation>
    </message>
    <message>
        <source>cannot make the data folder %1</source>
        <translation>无法创建数据文件夹 %1</translation>
    </message>
    <message>
        <source>there is no ledger at %1: enroll this desk with &apos;courtyard enroll&apos; or start it with --demo</source>
        <translation>%1 处没有账本：请用“courtyard enroll”注册此工作台，或使用 --demo 启动</translation>
    </message>
    <message>
        <source>Someone is signed in already; sign out first.</source>
        <translation>已有人登录；请先退出登录。</translation>
    </message>
    <message>
        <source>Choose your key file first.</source>
        <translation>请先选择您的密钥文件。</translation>
    </message>
    <message>
        <source>The key file %1 does not exist. Choose your personal key file.</source>
        <translation>密钥文件 %1 不存在。请选择您的个人密钥文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a key file.</source>
        <translation>无法将 %1 作为密钥文件读取。</translation>
    </message>
    <message>
        <source>%1 is not a Courtyard key file (or it is damaged).</source>
        <translation>%1 不是 Courtyard 密钥文件（或已损坏）。</translation>
    </message>
    <message>
        <source>The passphrase does not open this key file. Nothing was changed; type it again.</source>
        <translation>该口令无法打开此密钥文件。没有任何更改；请重新输入。</translation>
    </message>
    <message>
        <source>The key file cannot be opened: %1</source>
        <translation>无法打开密钥文件：%1</translation>
    </message>
    <message>
        <source>The ledger cannot be read: %1</source>
        <translation>无法读取账本：%1</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; holds no desk role (manager, committee or auditor) in this community&apos;s ledger. Ask the committee to grant one.</source>
        <translation>密钥“%1”在本社区账本中没有工作台角色（物业经理、委员会或审计）。请委员会授予一个角色。</translation>
    </message>
    <message>
        <source>The outbox cannot be read: %1</source>
        <translation>无法读取待发送队列：%1</translation>
    </message>
    <message>
        <source>The ledger cannot be opened again: %1</source>
        <translation>无法重新打开账本：%1</translation>
    </message>
    <message>
        <source>The passphrase does not open this key file. The desk stays locked.</source>
        <translation>该口令无法打开此密钥文件。工作台保持锁定。</translation>
    </message>
    <message>
        <source>cannot read the directory %1: %2</source>
        <translation>无法读取通讯录 %1：%2</translation>
    </message>
    <message>
        <source>the directory %1 is damaged (%2); restore it from a backup</source>
        <translation>通讯录 %1 已损坏（%2）；请从备份恢复</translation>
    </message>
    <message>
        <source>cannot write the directory %1: %2</source>
        <translation>无法写入通讯录 %1：%2</translation>
    </message>
    <message>
        <source>cannot make the documents folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot copy %1 into the documents folder %2</source>
        <translation>无法将 %1 复制到文件夹 %2</translation>
    </message>
    <message>
        <source>the stored document %1 was changed: its SHA-256 is now %2</source>
        <translation>存储的文件 %1 已被更改：其 SHA-256 现在是 %2</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>分摊（%）</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未付</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>预付余额</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Key or code</source>
        <translation>密钥或注册码</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效日</translation>
    </message>
    <message>
        <source>Billing day</source>
        <translation>账单日</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>From credit</source>
        <translation>从余额扣</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Nothing was recorded: %1</source>
        <translation>未记录任何内容：%1</translation>
    </message>
    <message>
        <source>Refused, nothing was recorded: %1</source>
        <translation>被拒绝，未记录任何内容：%1</translation>
    </message>
    <message>
        <source>Choose the document file first.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message>
        <source>Unit %1 registered.</source>
        <translation>单元 %1 已登记。</translation>
    </message>
    <message>
        <source>Type the resident&apos;s name (it stays on this desk, not on the ledger).</source>
        <translation>请输入住户姓名（只保存在本工作台，不记入账本）。</translation>
    </message>
    <message>
        <source>The resident %1 was registered, but the directory could not be written: %2</source>
        <translation>住户 %1 已登记，但无法写入通讯录：%2</translation>
    </message>
    <message>
        <source>%1 registered in unit %2 (resident %3).</source>
        <translation>%1 已登记入住 %2（住户 %3）。</translation>
    </message>
    <message>
        <source>Choose a resident in the table first.</source>
        <translation>请先在表格中选择一位住户。</translation>
    </message>
    <message>
        <source>Saved on this desk.</source>
        <translation>已保存在本工作台。</translation>
    </message>
    <message>
        <source>Recorded: resident %1 moved out of %2.</source>
        <translation>已记录：住户 %1 已搬离 %2。</translation>
    </message>
    <message>
        <source>Read the card with the reader (or type its number).</source>
        <translation>请用读卡器读取卡（或输入卡号）。</translation>
    </message>
    <message>
        <source>The PIN is 4 to 12 digits.</source>
        <translation>PIN 为 4 到 12 位数字。</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>两次输入的 PIN 不一致；请输入相同的 PIN 两次。</translation>
    </message>
    <message>
        <source>Card and PIN enrolled for resident %1.</source>
        <translation>已为住户 %1 登记卡和 PIN。</translation>
    </message>
    <message>
        <source>Enrollment code for &quot;%1&quot;: %2 — give it to whoever sets the kiosk up; it is shown only now.</source>
        <translation>“%1”的注册码：%2 — 请交给安装终端的人；它只显示这一次。</translation>
    </message>
    <message>
        <source>Choose an open enrollment code in the table first.</source>
        <translation>请先在表格中选择一个有效的注册码。</translation>
    </message>
    <message>
        <source>The enrollment code was cancelled.</source>
        <translation>注册码已作废。</translation>
    </message>
    <message>
        <source>Choose an enrolled device in the table first.</source>
        <translation>请先在表格中选择一台已注册的设备。</translation>
    </message>
    <message>
        <source>The device was revoked; its key can never sign in again.</source>
        <translation>设备已吊销；其密钥再也无法登录。</translation>
    </message>
    <message>
        <source>Lease %1 created for unit %2.</source>
        <translation>已为单元 %2 创建租约 %1。</translation>
    </message>
    <message>
        <source>Lease %1 renewed to %2.</source>
        <translation>租约 %1 已续至 %2。</translation>
    </message>
    <message>
        <source>Lease %1 amended from %2.</source>
        <translation>租约 %1 自 %2 起已修订。</translation>
    </message>
    <message>
        <source>Lease %1 terminated on %2; the deposit is settled.</source>
        <translation>租约 %1 已于 %2 终止；押金已结算。</translation>
    </message>
    <message>
        <source>This period cannot be closed: %1</source>
        <translation>此期间无法结账：%1</translation>
    </message>
    <message>
        <source>Closing %1 issues the invoices below (count: %2, total: %3). Check them, then post.</source>
        <translation>结账 %1 将开出以下账单（数量：%2，合计：%3）。请核对后再过账。</translation>
    </message>
    <message>
        <source>Preview the period first, then post it.</source>
        <translation>请先预览该期间，然后再过账。</translation>
    </message>
    <message>
        <source>%1 closed (invoices: %2, total: %3).</source>
        <translation>%1 已结账（账单：%2，合计：%3）。</translation>
    </message>
    <message>
        <source>Cash payment of %1 recorded for %2.</source>
        <translation>已为 %2 记录现金付款 %1。</translation>
    </message>
    <message>
        <source>Bank payment of %1 recorded for %2.</source>
        <translation>已为 %2 记录银行付款 %1。</translation>
    </message>
    <message>
        <source>Choose cash or bank transfer.</source>
        <translation>请选择现金或银行转账。</translation>
    </message>
    <message>
        <source>Choose a payment in the table first.</source>
        <translation>请先在表格中选择一笔付款。</translation>
    </message>
    <message>
        <source>Payment %1 reversed.</source>
        <translation>付款 %1 已冲销。</translation>
    </message>
    <message>
        <source>Quote of %1 from %2 recorded.</source>
        <translation>已记录 %2 的报价 %1。</translation>
    </message>
    <message>
        <source>The quote is at or above the committee threshold (%1): the committee must co-sign this approval.</source>
        <translation>报价达到或超过委员会限额（%1）：此批准需要委员会会签。</translation>
    </message>
    <message>
        <source>Repair %1 approved.</source>
        <translation>维修 %1 已批准。</translation>
    </message>
    <message>
        <source>Repair %1 rejected.</source>
        <translation>维修 %1 已拒绝。</translation>
    </message>
    <message>
        <source>Repair %1: work started.</source>
        <translation>维修 %1：工作已开始。</translation>
    </message>
    <message>
        <source>Repair %1: work complete.</source>
        <translation>维修 %1：工作已完成。</translation>
    </message>
    <message>
        <source>Vendor paid %1 for repair %2.</source>
        <translation>已为维修 %2 向供应商支付 %1。</translation>
    </message>
    <message>
        <source>Expense of %1 to %2 recorded.</source>
        <translation>已记录支付给 %2 的支出 %1。</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>moved out</source>
        <translation>已搬离</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>revoked: %1</source>
        <translation>已吊销：%1</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>无固定期限</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>common property</source>
        <translation>公共区域</translation>
    </message>
    <message>
        <source>on this desk</source>
        <translation>在本工作台</translation>
    </message>
    <message>
        <source>not here</source>
        <translation>不在本机</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation>正在同步</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <source>Stopped: verification failed</source>
        <translation>已停止：验证失败</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>未配置服务器</translation>
    </message>
    <message>
        <source>A block failed verification: %1</source>
        <translation>有区块未通过验证：%1</translation>
    </message>
    <message>
        <source>Every block verified</source>
        <translation>所有区块均已验证</translation>
    </message>
    <message>
        <source>Approval inbox</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Bank import</source>
        <translation>银行对账导入</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠款</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Only a quoted repair at or above the committee threshold (%1) goes to the committee; approve the others yourself.</source>
        <translation>只有报价达到或超过委员会门槛（%1）的维修才提交给委员会；其他维修请您自己批准。</translation>
    </message>
    <message>
        <source>Write a note for the committee (why this repair, why this quote), then send it again.</source>
        <translation>请为委员会写一段说明（为什么要做这项维修，为什么选这份报价），然后再次发送。</translation>
    </message>
    <message>
        <source>This desk has no server: the committee&apos;s signatures are collected by the community&apos;s server. Open the desk with its server, then send it again.</source>
        <translation>本工作台没有连接服务器：委员会的签名由社区服务器收集。请连接服务器打开工作台，然后再次发送。</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>未发送任何内容：%1</translation>
    </message>
    <message>
        <source>Not sent to the committee: %1</source>
        <translation>未能提交给委员会：%1</translation>
    </message>
    <message>
        <source>The server refused the proposal (%1): %2</source>
        <translation>服务器拒绝了提案（%1）：%2</translation>
    </message>
    <message>
        <source>Repair %1 sent to the committee.</source>
        <translation>维修 %1 已提交给委员会。</translation>
    </message>
    <message>
        <source>waiting for the committee (%1 of %2 signatures)</source>
        <translation>等待委员会（%2 个签名中已有 %1 个）</translation>
    </message>
    <message>
        <source>Repair %1 is already waiting for the committee.</source>
        <translation>维修 %1 已在等待委员会。</translation>
    </message>
    <message>
        <source>the desk is still connecting to the server; send it again in a moment</source>
        <translation>工作台仍在连接服务器；请稍后再发送</translation>
    </message>
    <message>
        <source>Sending repair %1 to the committee…</source>
        <translation>正在将维修 %1 提交给委员会…</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Repair approvals waiting for the committee: %1</source>
        <extracomment>On the repairs page: how many quoted repairs wait for the committee&apos;s co-signatures; it changes as the members sign.</extracomment>
        <translation>等待委员会的维修批准：%1</translation>
    </message>
</context>
</TS>
