<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessibilityBar</name>
    <message>
        <source>Larger text</source>
        <extracomment>Toggles larger text on every screen.</extracomment>
        <translation>大字体</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Toggles white and yellow on black colours.</extracomment>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <extracomment>Toggles spoken prompts.</extracomment>
        <translation>语音朗读</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <source>Please check your payment</source>
        <extracomment>Title of the confirmation screen before paying.</extracomment>
        <translation>请核对付款信息</translation>
    </message>
    <message>
        <source>You will pay</source>
        <extracomment>Label above the amount about to be paid.</extracomment>
        <translation>您将支付</translation>
    </message>
    <message>
        <source>for unit %1</source>
        <extracomment>%1 is the unit number.</extracomment>
        <translation>房号 %1</translation>
    </message>
    <message>
        <source>This pays:</source>
        <extracomment>Heading of the list of what the payment settles.</extracomment>
        <translation>本次付款用于：</translation>
    </message>
    <message>
        <source>After you touch Pay now, follow the instructions on the card terminal.</source>
        <extracomment>Explains the next step on the confirmation screen.</extracomment>
        <translation>点击“立即支付”后，请按刷卡机上的提示操作。</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Goes back to change what to pay.</extracomment>
        <translation>修改</translation>
    </message>
    <message>
        <source>Pay now</source>
        <extracomment>Starts the card payment on the terminal.</extracomment>
        <translation>立即支付</translation>
    </message>
</context>
<context>
    <name>CountdownDialog</name>
    <message>
        <source>Are you still there?</source>
        <extracomment>Asked after 45 seconds without a touch.</extracomment>
        <translation>您还在吗？</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this screen will be cleared in %Ln second(s).</source>
        <extracomment>%Ln is the number of seconds before the kiosk signs the resident out.</extracomment>
        <translation>
            <numerusform>为保护您的隐私，屏幕将在 %Ln 秒后清除。</numerusform>
        </translation>
    </message>
    <message>
        <source>I am still here</source>
        <extracomment>Button on the idle question: keep the session.</extracomment>
        <translation>我还在</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Unit %1</source>
        <extracomment>Title of the home screen; %1 is the unit number.</extracomment>
        <translation>房号 %1</translation>
    </message>
    <message>
        <source>Due now</source>
        <extracomment>Label above the total amount the resident owes now.</extracomment>
        <translation>当前应付</translation>
    </message>
    <message>
        <source>Next due date: %1</source>
        <extracomment>The next due date that has not passed yet; %1 is a date.</extracomment>
        <translation>下次到期日：%1</translation>
    </message>
    <message>
        <source>Nothing is due. Thank you!</source>
        <extracomment>Shown when no invoice is open.</extracomment>
        <translation>暂无应付款项，谢谢！</translation>
    </message>
    <message>
        <source>Prepaid credit: %1</source>
        <extracomment>Money paid in advance; %1 is an amount.</extracomment>
        <translation>预付余额：%1</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <extracomment>Heading of the list of unpaid invoices.</extracomment>
        <translation>未付账单</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <extracomment>%1 is the due date of an invoice.</extracomment>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>Pay</source>
        <extracomment>Opens the payment screen.</extracomment>
        <translation>付款</translation>
    </message>
    <message>
        <source>Recent payments</source>
        <extracomment>Heading of the list of the unit&apos;s latest payments.</extracomment>
        <translation>最近付款</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <extracomment>Shown when the unit has no payment yet.</extracomment>
        <translation>暂无付款记录。</translation>
    </message>
    <message>
        <source>Repair requests</source>
        <extracomment>Heading of the list of the resident&apos;s repair requests.</extracomment>
        <translation>报修申请</translation>
    </message>
    <message>
        <source>No repair requests.</source>
        <extracomment>Shown when the resident has no repair request.</extracomment>
        <translation>暂无报修申请。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <extracomment>How old a repair request is, in whole days.</extracomment>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Report a repair</source>
        <extracomment>Opens the form to report something broken.</extracomment>
        <translation>报修</translation>
    </message>
    <message>
        <source>Follow requests</source>
        <extracomment>Opens the list of the resident&apos;s repair requests with their history.</extracomment>
        <translation>查看进度</translation>
    </message>
    <message>
        <source>Your credit score</source>
        <extracomment>Heading of the resident&apos;s own credit score.</extracomment>
        <translation>您的信用分</translation>
    </message>
    <message>
        <source>Credit score %1</source>
        <extracomment>Accessible name of the score; %1 is the number.</extracomment>
        <translation>信用分 %1</translation>
    </message>
    <message>
        <source>No score yet: it is worked out at the end of each month.</source>
        <extracomment>Shown instead of a score for a new resident.</extracomment>
        <translation>暂无信用分：每月底计算一次。</translation>
    </message>
    <message>
        <source>Why:</source>
        <extracomment>Heading above the reasons that explain the score.</extracomment>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <extracomment>The part of the amount due whose due date has passed; %1 is an amount.</extracomment>
        <translation>逾期：%1</translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <source>Who are you?</source>
        <extracomment>Title of the screen where the resident says who they are.</extracomment>
        <translation>请确认身份</translation>
    </message>
    <message>
        <source>Your card</source>
        <extracomment>Heading: identify with the resident card.</extracomment>
        <translation>您的住户卡</translation>
    </message>
    <message>
        <source>Hold your resident card or the QR code on your phone to the reader below the screen.</source>
        <extracomment>Explains the card reader below the screen.</extracomment>
        <translation>请将住户卡或手机上的二维码靠近屏幕下方的读卡器。</translation>
    </message>
    <message>
        <source>Or your unit number</source>
        <extracomment>Heading: identify by typing the flat&apos;s unit number instead of a card.</extracomment>
        <translation>或输入房号</translation>
    </message>
    <message>
        <source>Unit number: %1</source>
        <extracomment>Accessible name of the field showing the unit number typed so far.</extracomment>
        <translation>房号：%1</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Goes on to the PIN after typing the unit number.</extracomment>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>KioskMain</name>
    <message>
        <source>The Courtyard lobby kiosk: residents pay rent and fees and follow repairs.</source>
        <translation>Courtyard 大堂自助终端：住户缴纳租金和费用、跟进报修。</translation>
    </message>
    <message>
        <source>Start on an embedded demo community (its own server on 127.0.0.1).</source>
        <translation>使用内置演示社区启动（自带服务器，位于 127.0.0.1）。</translation>
    </message>
    <message>
        <source>Keep the demo&apos;s ledger in &lt;dir&gt; (default: a temporary folder).</source>
        <translation>将演示账本保存在 &lt;dir&gt;（默认：临时文件夹）。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s configuration file (default: %1).</source>
        <translation>终端配置文件（默认：%1）。</translation>
    </message>
    <message>
        <source>Render every screen in the four languages to PNG files in &lt;dir&gt;, then exit.</source>
        <translation>以四种语言将每个界面渲染为 &lt;dir&gt; 中的 PNG 文件，然后退出。</translation>
    </message>
    <message>
        <source>A 1920x1080 window instead of full screen (for development).</source>
        <translation>使用 1920x1080 窗口而非全屏（用于开发）。</translation>
    </message>
    <message>
        <source>Start in &lt;code&gt;: en, zh_CN, ja or ar.</source>
        <translation>以 &lt;code&gt; 语言启动：en、zh_CN、ja 或 ar。</translation>
    </message>
    <message>
        <source>Read a staff PIN from standard input and print its hash for staff_pin_hash.</source>
        <translation>从标准输入读取员工密码，并输出其哈希值（用于 staff_pin_hash）。</translation>
    </message>
    <message>
        <source>A staff PIN is 4 to 12 digits.</source>
        <translation>员工密码为 4 至 12 位数字。</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use en, zh_CN, ja or ar.</source>
        <translation>未知语言“%1”：请使用 en、zh_CN、ja 或 ar。</translation>
    </message>
    <message>
        <source>The demo community could not start: %1</source>
        <translation>演示社区无法启动：%1</translation>
    </message>
    <message>
        <source>Cannot read the kiosk&apos;s configuration %1: %2
Enroll the kiosk first (docs/kiosk.md), or try --demo.</source>
        <translation>无法读取终端配置 %1：%2
请先登记终端（docs/kiosk.md），或使用 --demo。</translation>
    </message>
    <message>
        <source>The kiosk could not open its ledger: %1</source>
        <translation>终端无法打开账本：%1</translation>
    </message>
    <message>
        <source>The kiosk&apos;s screens could not be loaded.</source>
        <translation>无法加载终端界面。</translation>
    </message>
</context>
<context>
    <name>KioskShell</name>
    <message>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <extracomment>Accessible name of the row of language buttons.</extracomment>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>ListScrollBar</name>
    <message>
        <source>Scroll for more</source>
        <translation>滑动查看更多</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Courtyard kiosk</source>
        <extracomment>The window title (seen only by staff tools; the kiosk has no title bar).</extracomment>
        <translation>Courtyard 自助终端</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Number pad</source>
        <extracomment>Accessible name of the on-screen number pad.</extracomment>
        <translation>数字键盘</translation>
    </message>
    <message>
        <source>Dash</source>
        <extracomment>Accessible name of the dash key used in unit numbers such as 1-0203.</extracomment>
        <translation>短横线</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>The key on the number pad that removes the last digit typed.</extracomment>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message numerus="yes">
        <source>Offline — payments are saved and will be sent (%Ln waiting)</source>
        <extracomment>Banner while the server cannot be reached; %Ln payments wait on this kiosk.</extracomment>
        <translation>
            <numerusform>离线 — 付款已保存，稍后发送（%Ln 笔待发送）</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — payments are saved and will be sent</source>
        <extracomment>Banner while the server cannot be reached.</extracomment>
        <translation>离线 — 付款已保存，稍后发送</translation>
    </message>
</context>
<context>
    <name>PayScreen</name>
    <message>
        <source>What would you like to pay?</source>
        <extracomment>Title of the screen where the resident chooses what to pay.</extracomment>
        <translation>您想支付什么？</translation>
    </message>
    <message>
        <source>Pay everything due</source>
        <extracomment>Pays every open invoice at once.</extracomment>
        <translation>支付全部应付款</translation>
    </message>
    <message>
        <source>Or choose invoices</source>
        <extracomment>Heading: pick some of the open invoices to pay.</extracomment>
        <translation>或选择账单</translation>
    </message>
    <message numerus="yes">
        <source>Pay %Ln invoice(s)</source>
        <extracomment>Pays the invoices ticked above; %Ln is how many.</extracomment>
        <translation>
            <numerusform>支付 %Ln 张账单</numerusform>
        </translation>
    </message>
    <message>
        <source>Or another amount</source>
        <extracomment>Heading: type an amount of one&apos;s own.</extracomment>
        <translation>或其他金额</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <extracomment>Accessible name of the amount typed so far.</extracomment>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source>Pay this amount</source>
        <extracomment>Pays the amount typed on the number pad.</extracomment>
        <translation>支付此金额</translation>
    </message>
    <message>
        <source>up to %1</source>
        <extracomment>%1 is the largest amount the kiosk takes at once.</extracomment>
        <translation>最多 %1</translation>
    </message>
</context>
<context>
    <name>PinDots</name>
    <message numerus="yes">
        <source>%Ln digit(s) entered</source>
        <extracomment>Read aloud for the masked PIN field; %Ln is how many digits were typed.</extracomment>
        <translation>
            <numerusform>已输入 %Ln 位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Enter your PIN</source>
        <extracomment>Title of the PIN screen.</extracomment>
        <translation>请输入密码</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <extracomment>Who is signing in; %1 is the unit number.</extracomment>
        <translation>房号 %1</translation>
    </message>
    <message>
        <source>Cover the keypad with your other hand. Your PIN is never shown.</source>
        <extracomment>Under the PIN title: privacy hint for a shared screen.</extracomment>
        <translation>请用另一只手遮挡键盘。密码不会显示。</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Confirms the PIN typed.</extracomment>
        <translation>确定</translation>
    </message>
    <message>
        <source>Checking your PIN…</source>
        <extracomment>Shown while the PIN typed is being checked (about a second).</extracomment>
        <translation>正在验证您的密码…</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <source>Receipt</source>
        <extracomment>Title of the receipt screen.</extracomment>
        <translation>收据</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Receipt field label.</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>Receipt field label.</extracomment>
        <translation>金额</translation>
    </message>
    <message>
        <source>Unit</source>
        <extracomment>Receipt field label: the flat&apos;s unit number.</extracomment>
        <translation>房号</translation>
    </message>
    <message>
        <source>Covers</source>
        <extracomment>Receipt field label: what the payment paid for.</extracomment>
        <translation>用于</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Receipt field label.</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <source>Approval code</source>
        <extracomment>Receipt field label: the code the card terminal gave.</extracomment>
        <translation>授权码</translation>
    </message>
    <message>
        <source>Transaction</source>
        <extracomment>Receipt field label: the ledger&apos;s id of the payment.</extracomment>
        <translation>交易</translation>
    </message>
    <message>
        <source>QR code to verify this receipt</source>
        <extracomment>Accessible name of the receipt&apos;s QR code.</extracomment>
        <translation>用于验证此收据的二维码</translation>
    </message>
    <message>
        <source>Scan to keep or verify this receipt.</source>
        <extracomment>Under the receipt&apos;s QR code.</extracomment>
        <translation>扫码保存或验证此收据。</translation>
    </message>
    <message>
        <source>Print</source>
        <extracomment>Prints the receipt on the kiosk&apos;s printer.</extracomment>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <extracomment>Saves the receipt as a PDF file.</extracomment>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Leaves the receipt for the resident&apos;s overview.</extracomment>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>RepairScreen</name>
    <message>
        <source>In my unit</source>
        <extracomment>Where the repair is: inside the resident&apos;s own flat.</extracomment>
        <translation>我家室内</translation>
    </message>
    <message>
        <source>Common area</source>
        <extracomment>Where the repair is: stairs, lift, garden, ...</extracomment>
        <translation>公共区域</translation>
    </message>
    <message>
        <source>Report a repair</source>
        <extracomment>Title of the repair request form.</extracomment>
        <translation>报修</translation>
    </message>
    <message>
        <source>What needs repair?</source>
        <extracomment>Form label: the kind of repair.</extracomment>
        <translation>需要修理什么？</translation>
    </message>
    <message>
        <source>Where?</source>
        <extracomment>Form label: where the problem is.</extracomment>
        <translation>在哪里？</translation>
    </message>
    <message>
        <source>How urgent?</source>
        <extracomment>Form label: how soon the repair is needed.</extracomment>
        <translation>紧急程度？</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <extracomment>Form label: the resident describes the problem in their own words.</extracomment>
        <translation>出了什么问题？</translation>
    </message>
    <message>
        <source>For example: the kitchen tap drips</source>
        <extracomment>Placeholder of the description field.</extracomment>
        <translation>例如：厨房水龙头滴水</translation>
    </message>
    <message>
        <source>Send request</source>
        <extracomment>Sends the repair request.</extracomment>
        <translation>提交申请</translation>
    </message>
    <message>
        <source>Or type it, for example: stairwell B, 3rd floor</source>
        <extracomment>Placeholder of the location field, under the places to tap.</extracomment>
        <translation>或直接输入，例如：B 座楼梯间 3 楼</translation>
    </message>
</context>
<context>
    <name>RepairStatusScreen</name>
    <message>
        <source>Your repair requests</source>
        <extracomment>Title of the list of the resident&apos;s repair requests.</extracomment>
        <translation>您的报修申请</translation>
    </message>
    <message>
        <source>No repair requests.</source>
        <translation>暂无报修申请。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A repair request&apos;s heading: category, then urgency.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Requested %1, %Ln day(s) ago</source>
        <extracomment>%1 is when the request was made; %Ln its age in days.</extracomment>
        <translation>
            <numerusform>%1 提交，%Ln 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <extracomment>Why the manager declined the request.</extracomment>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Report another repair</source>
        <extracomment>Opens the form for another repair request.</extracomment>
        <translation>再次报修</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <extracomment>Where the repair is, as the resident said it (a place like &quot;Kitchen&quot;, or typed).</extracomment>
        <translation>位置：%1</translation>
    </message>
</context>
<context>
    <name>ScreenHeader</name>
    <message>
        <source>Back</source>
        <extracomment>Goes to the previous screen.</extracomment>
        <translation>返回</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Ends the resident&apos;s session and clears the screen.</extracomment>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff menu</source>
        <extracomment>Title of the staff menu.</extracomment>
        <translation>员工菜单</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <extracomment>Asks staff for their PIN before the staff menu opens.</extracomment>
        <translation>员工密码</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Shown for the server when the kiosk has none configured.
----------
Shown when the device has no error to report.</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>Last block</source>
        <translation>最新区块</translation>
    </message>
    <message>
        <source>#%1 at %2</source>
        <extracomment>%1 is the block&apos;s height, %2 its time.</extracomment>
        <translation>#%1，%2</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>待发送</translation>
    </message>
    <message numerus="yes">
        <source>%Ln transaction(s)</source>
        <extracomment>Outbox entries not yet sealed into a block.</extracomment>
        <translation>
            <numerusform>%Ln 笔交易</numerusform>
        </translation>
    </message>
    <message>
        <source>Open card payments</source>
        <translation>未决刷卡付款</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unresolved</source>
        <extracomment>Terminal payments whose outcome is not known yet.</extracomment>
        <translation>
            <numerusform>%Ln 笔未决</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>刷卡机</translation>
    </message>
    <message>
        <source>Device key</source>
        <translation>设备密钥</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>Rejected transactions</source>
        <extracomment>Heading: transactions the server refused, with its reasons.</extracomment>
        <translation>被拒绝的交易</translation>
    </message>
    <message>
        <source>Simulated terminal: next answer</source>
        <extracomment>Demo only: choose what the simulated card terminal answers next.</extracomment>
        <translation>模拟刷卡机：下一次结果</translation>
    </message>
    <message>
        <source>Approve</source>
        <extracomment>Simulated terminal answer.</extracomment>
        <translation>批准</translation>
    </message>
    <message>
        <source>Decline</source>
        <extracomment>Simulated terminal answer.</extracomment>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Time out</source>
        <extracomment>Simulated terminal answer.</extracomment>
        <translation>超时</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Simulated terminal answer.</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Back to welcome</source>
        <extracomment>Leaves the staff menu for the welcome screen.</extracomment>
        <translation>返回欢迎页</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <extracomment>Closes the kiosk application (staff only).</extracomment>
        <translation>退出到桌面</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <extracomment>Shown while the staff PIN typed is being checked.</extracomment>
        <translation>正在验证密码…</translation>
    </message>
</context>
<context>
    <name>StartupScreen</name>
    <message>
        <source>One moment…</source>
        <extracomment>Shown when a card, a unit number or the staff button was used while the kiosk is still starting; it is handled in a few seconds.</extracomment>
        <translation>请稍候…</translation>
    </message>
    <message>
        <source>The kiosk is getting ready and will continue by itself.</source>
        <extracomment>Below &quot;One moment…&quot;: the kiosk is still starting and will continue by itself.</extracomment>
        <translation>终端正在准备，准备好后会自动继续。</translation>
    </message>
    <message>
        <source>This kiosk cannot be used now. Please tell the building&apos;s staff.</source>
        <extracomment>Below the reason the kiosk cannot start: residents cannot use it until staff repair it.</extracomment>
        <translation>本终端暂时无法使用，请告知楼宇工作人员。</translation>
    </message>
</context>
<context>
    <name>TerminalScreen</name>
    <message>
        <source>Payment approved</source>
        <extracomment>The payment terminal accepted the card.</extracomment>
        <translation>付款成功</translation>
    </message>
    <message>
        <source>Card declined</source>
        <extracomment>The bank refused the card.</extracomment>
        <translation>卡被拒绝</translation>
    </message>
    <message>
        <source>No answer from the terminal</source>
        <extracomment>The payment terminal did not answer in time.</extracomment>
        <translation>刷卡机无响应</translation>
    </message>
    <message>
        <source>Payment cancelled</source>
        <extracomment>The resident or the terminal stopped the payment.</extracomment>
        <translation>付款已取消</translation>
    </message>
    <message>
        <source>Please use the card terminal</source>
        <extracomment>While the card terminal works.</extracomment>
        <translation>请使用刷卡机</translation>
    </message>
    <message>
        <source>Thank you. Your payment is recorded and your receipt is ready.</source>
        <extracomment>After approval; the payment is in the kiosk&apos;s outbox until the server seals it.</extracomment>
        <translation>谢谢！付款已记录，收据已生成。</translation>
    </message>
    <message>
        <source>No money was taken. You can try another card or pay later.</source>
        <translation>未扣款。您可以换一张卡或稍后再付。</translation>
    </message>
    <message>
        <source>We do not know yet whether the card was charged. Touch Check again: you will never be charged twice.</source>
        <extracomment>After a terminal time-out: asking again never charges twice.</extracomment>
        <translation>尚不确定是否已扣款。请点击“再次查询”：绝不会重复扣款。</translation>
    </message>
    <message>
        <source>No money was taken.</source>
        <translation>未扣款。</translation>
    </message>
    <message>
        <source>Insert, tap or swipe your card on the terminal and follow its instructions.</source>
        <translation>请在刷卡机上插卡、挥卡或刷卡，并按提示操作。</translation>
    </message>
    <message>
        <source>See receipt</source>
        <extracomment>Shows the receipt of the payment just made.</extracomment>
        <translation>查看收据</translation>
    </message>
    <message>
        <source>Check again</source>
        <extracomment>Asks the terminal again about a payment that timed out.</extracomment>
        <translation>再次查询</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>Goes back to choose what to pay after a declined or cancelled payment.</extracomment>
        <translation>重试</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Back to the resident&apos;s overview.</extracomment>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Staff</source>
        <extracomment>Opens the staff menu (asks for the staff PIN first).</extracomment>
        <translation>员工</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>The first word on the lobby screen.</extracomment>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Hold your resident card or QR code to the reader, or touch Start.</source>
        <extracomment>How to begin: with the resident card / QR code on the reader, or the Start button.</extracomment>
        <translation>请将住户卡或二维码靠近读卡器，或点击“开始”。</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Starts a session on the welcome screen.</extracomment>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>courtyard::contracts</name>
    <message>
        <source>Not enough payment history yet: the score is the neutral one</source>
        <translation>付款记录尚不足：当前为中性分数</translation>
    </message>
    <message>
        <source>Dues paid by their due date over the last 24 months</source>
        <translation>过去 24 个月按期缴纳的款项</translation>
    </message>
    <message>
        <source>Late payments in the last 12 months</source>
        <translation>过去 12 个月的逾期付款</translation>
    </message>
    <message>
        <source>Late payments 12 to 24 months ago</source>
        <translation>12 至 24 个月前的逾期付款</translation>
    </message>
    <message>
        <source>Dues past their due date that are still unpaid</source>
        <translation>已过期仍未缴纳的款项</translation>
    </message>
    <message>
        <source>Living in the community for less than a year</source>
        <translation>在本社区居住不满一年</translation>
    </message>
    <message>
        <source>Living in the community for a year or more</source>
        <translation>在本社区居住一年以上</translation>
    </message>
    <message>
        <source>Payments that were reversed in the last 24 months</source>
        <translation>过去 24 个月被撤销的付款</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an invoice key (invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt;)</source>
        <translation>“%1”不是账单键（invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt;）</translation>
    </message>
    <message>
        <source>say in 1 to %1 characters why</source>
        <translation>请用 1 至 %1 个字符说明原因</translation>
    </message>
</context>
<context>
    <name>courtyard::contracts::DisputeContract</name>
    <message>
        <source>a dispute is filed at a kiosk or by the manager</source>
        <translation>异议须在自助终端或由物业经理提出</translation>
    </message>
    <message>
        <source>there is no invoice %1</source>
        <translation>没有账单 %1</translation>
    </message>
    <message>
        <source>this resident does not live in unit %1</source>
        <translation>该住户不住在房号 %1</translation>
    </message>
    <message>
        <source>this invoice has already been disputed</source>
        <translation>此账单已提出过异议</translation>
    </message>
</context>
<context>
    <name>courtyard::contracts::ResolveDisputeContract</name>
    <message>
        <source>a dispute is resolved as &quot;upheld&quot; or &quot;corrected&quot;</source>
        <translation>异议的处理结果为“维持”或“更正”</translation>
    </message>
    <message>
        <source>invoice %1 is not disputed</source>
        <translation>账单 %1 没有异议</translation>
    </message>
    <message>
        <source>this dispute has already been resolved</source>
        <translation>此异议已处理</translation>
    </message>
</context>
<context>
    <name>courtyard::kiosk</name>
    <message>
        <source>there is no kiosk configuration at %1</source>
        <translation>%1 处没有终端配置</translation>
    </message>
    <message>
        <source>%1 is not a readable INI file</source>
        <translation>%1 不是可读的 INI 文件</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos; in [kiosk]</source>
        <translation>%1：[kiosk] 中有未知键“%2”</translation>
    </message>
    <message>
        <source>%1: &apos;ledger&apos; and &apos;key&apos; are required (what `courtyard enroll` made)</source>
        <translation>%1：必须提供“ledger”和“key”（由 `courtyard enroll` 生成）</translation>
    </message>
    <message>
        <source>%1: &apos;server&apos; must be wss://HOST:PORT</source>
        <translation>%1：“server”必须为 wss://HOST:PORT</translation>
    </message>
    <message>
        <source>%1: &apos;server_pin&apos; must be the server certificate&apos;s SHA-256 fingerprint</source>
        <translation>%1：“server_pin”必须是服务器证书的 SHA-256 指纹</translation>
    </message>
    <message>
        <source>%1: &apos;staff_pin_hash&apos; must be the Argon2id hash of the staff PIN ($argon2id$...)</source>
        <translation>%1：“staff_pin_hash”必须是员工密码的 Argon2id 哈希（$argon2id$...）</translation>
    </message>
    <message>
        <source>%1: &apos;idle_seconds&apos; must be a whole number from 10 to 600</source>
        <translation>%1：“idle_seconds”必须是 10 至 600 的整数</translation>
    </message>
    <message>
        <source>Your account cannot be shown right now. Please ask the office.</source>
        <translation>暂时无法显示您的账户，请联系物业办公室。</translation>
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
        <translation>演示文件夹 %1 中已有演示，请使用空文件夹</translation>
    </message>
    <message>
        <source>cannot copy the demo ledger to %1</source>
        <translation>无法将演示账本复制到 %1</translation>
    </message>
    <message>
        <source>Online: up to date with the community server</source>
        <translation>在线：已与社区服务器同步</translation>
    </message>
    <message>
        <source>Connecting to the community server</source>
        <translation>正在连接社区服务器</translation>
    </message>
    <message>
        <source>Receiving new blocks from the community server</source>
        <translation>正在从社区服务器接收新区块</translation>
    </message>
    <message>
        <source>The community server refused this kiosk (revoked or not enrolled)</source>
        <translation>社区服务器拒绝了本终端（已撤销或未登记）</translation>
    </message>
    <message>
        <source>Stopped: a block from the server failed verification; evidence was kept</source>
        <translation>已停止：服务器的区块未通过验证，证据已保存</translation>
    </message>
    <message>
        <source>Offline: the community server cannot be reached</source>
        <translation>离线：无法连接社区服务器</translation>
    </message>
    <message>
        <source>Offline: no community server configured</source>
        <translation>离线：未配置社区服务器</translation>
    </message>
    <message numerus="yes">
        <source>Offline — payments are saved and will be sent (%Ln waiting)</source>
        <translation>
            <numerusform>离线 — 付款已保存，稍后发送（%Ln 笔待发送）</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — payments are saved and will be sent</source>
        <translation>离线 — 付款已保存，稍后发送</translation>
    </message>
    <message>
        <source>Card payment</source>
        <translation>刷卡付款</translation>
    </message>
    <message>
        <source>Repair request</source>
        <translation>报修申请</translation>
    </message>
    <message>
        <source>Wrong PIN record</source>
        <translation>密码错误记录</translation>
    </message>
    <message>
        <source>Sign-in record</source>
        <translation>登录记录</translation>
    </message>
    <message>
        <source>Too many wrong staff PINs. Try again in a few minutes.</source>
        <translation>员工密码错误次数过多，请几分钟后再试。</translation>
    </message>
    <message>
        <source>Wrong staff PIN.</source>
        <translation>员工密码错误。</translation>
    </message>
    <message>
        <source>the kiosk&apos;s max_payment &apos;%1&apos; is not a positive amount of %2</source>
        <translation>终端的 max_payment“%1”不是有效的 %2 正数金额</translation>
    </message>
    <message>
        <source>cannot read the kiosk&apos;s key %1: %2</source>
        <translation>无法读取终端密钥 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the passphrase file %1: %2</source>
        <translation>无法读取口令文件 %1：%2</translation>
    </message>
    <message>
        <source>the kiosk&apos;s ledger %1 (made by `courtyard enroll`)</source>
        <translation>终端账本 %1（由 `courtyard enroll` 创建）</translation>
    </message>
    <message>
        <source>Pay %1 for unit %2</source>
        <extracomment>%1 is an amount with its currency, %2 a unit number</extracomment>
        <translation>为房号 %2 支付 %1</translation>
    </message>
    <message>
        <source>%1: %2 (part of %3)</source>
        <translation>%1：%2（共 %3 的一部分）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Prepaid credit for the next bills: %1</source>
        <translation>预付下期账单：%1</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>There is nothing to pay.</source>
        <translation>没有需要支付的款项。</translation>
    </message>
    <message>
        <source>The kiosk takes at most %1 in one payment. Please pay a smaller amount, or pay the rest at the office.</source>
        <translation>本终端单笔最多收取 %1。请支付较小金额，或到物业办公室支付余款。</translation>
    </message>
    <message>
        <source>Choose at least one bill to pay.</source>
        <translation>请至少选择一张账单。</translation>
    </message>
    <message>
        <source>That bill is not open any more. Please choose again.</source>
        <translation>该账单已不再未付，请重新选择。</translation>
    </message>
    <message>
        <source>Amounts in %1 have no decimals. Type a whole number.</source>
        <translation>%1 金额没有小数，请输入整数。</translation>
    </message>
    <message numerus="yes">
        <source>Amounts in %1 have at most %Ln decimals.</source>
        <translation>
            <numerusform>%1 金额最多 %Ln 位小数。</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount. Type it with digits, for example 1200.50.</source>
        <translation>“%1”不是金额。请用数字输入，例如 1200.50。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>The kiosk cannot take payments right now (it cannot save them). Nothing was charged. Please pay at the office.</source>
        <translation>本终端暂时无法收款（无法保存）。未扣款。请到物业办公室支付。</translation>
    </message>
    <message>
        <source>Your card was charged, but the kiosk could not record the payment. Please show reference %1 at the office.</source>
        <translation>您的卡已扣款，但终端未能记录此笔付款。请向物业办公室出示参考号 %1。</translation>
    </message>
    <message>
        <source>The card was declined. Nothing was charged.</source>
        <translation>卡被拒绝，未扣款。</translation>
    </message>
    <message>
        <source>The terminal did not answer. Press Pay to ask it again: you will not be charged twice.</source>
        <translation>刷卡机没有响应。请再按“支付”查询：不会重复扣款。</translation>
    </message>
    <message>
        <source>The payment was cancelled on the terminal. Nothing was charged.</source>
        <translation>付款已在刷卡机上取消，未扣款。</translation>
    </message>
    <message>
        <source>The terminal did not take the payment. Nothing was charged.</source>
        <translation>刷卡机未完成付款，未扣款。</translation>
    </message>
    <message>
        <source>Simulated payment terminal</source>
        <translation>模拟刷卡机</translation>
    </message>
    <message>
        <source>The card was declined. Try another card or pay at the office.</source>
        <translation>卡被拒绝。请换一张卡，或到物业办公室支付。</translation>
    </message>
    <message>
        <source>Confirmed in block %1</source>
        <translation>已确认（区块 %1）</translation>
    </message>
    <message>
        <source>Pending: saved on this kiosk, waiting for the community server</source>
        <translation>待确认：已保存在本终端，等待社区服务器</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>付款收据</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>房号：%1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <source>Paid at: %1</source>
        <translation>付款地点：%1</translation>
    </message>
    <message>
        <source>lobby kiosk, card terminal</source>
        <translation>大堂自助终端，刷卡机</translation>
    </message>
    <message>
        <source>Approval code: %1</source>
        <translation>授权码：%1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>参考号：%1</translation>
    </message>
    <message>
        <source>Covers:</source>
        <translation>用于：</translation>
    </message>
    <message>
        <source>Transaction: %1</source>
        <translation>交易：%1</translation>
    </message>
    <message>
        <source>There is no receipt to save.</source>
        <translation>没有可保存的收据。</translation>
    </message>
    <message>
        <source>Payment receipt %1</source>
        <translation>付款收据 %1</translation>
    </message>
    <message>
        <source>The receipt could not be saved to %1.</source>
        <translation>收据无法保存到 %1。</translation>
    </message>
    <message>
        <source>The receipt was saved.</source>
        <translation>收据已保存。</translation>
    </message>
    <message>
        <source>There is no receipt to print.</source>
        <translation>没有可打印的收据。</translation>
    </message>
    <message>
        <source>No printer is connected to this kiosk. Take a photo of the QR code, or ask the office for a printed receipt.</source>
        <translation>本终端未连接打印机。请拍下二维码，或到物业办公室索取纸质收据。</translation>
    </message>
    <message>
        <source>The printer %1 did not accept the receipt. Please ask the office.</source>
        <translation>打印机 %1 未能打印收据，请联系物业办公室。</translation>
    </message>
    <message>
        <source>The receipt is printing on %1.</source>
        <translation>收据正在 %1 上打印。</translation>
    </message>
    <message>
        <source>Choose what needs repair.</source>
        <translation>请选择报修类别。</translation>
    </message>
    <message>
        <source>Choose how urgent it is.</source>
        <translation>请选择紧急程度。</translation>
    </message>
    <message>
        <source>Describe the problem in a few words.</source>
        <translation>请简单描述问题。</translation>
    </message>
    <message numerus="yes">
        <source>The location can be at most %Ln characters.</source>
        <translation>
            <numerusform>位置最多 %Ln 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The description can be at most %Ln characters.</source>
        <translation>
            <numerusform>描述最多 %Ln 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The kiosk cannot save your request right now. Please tell the office.</source>
        <translation>终端暂时无法保存您的申请，请告知物业办公室。</translation>
    </message>
    <message>
        <source>The request was not accepted: %1</source>
        <translation>申请未被接受：%1</translation>
    </message>
    <message>
        <source>Your request was sent. You can follow it under My repairs.</source>
        <translation>申请已发送，可在“我的报修”中查看进度。</translation>
    </message>
    <message>
        <source>The card could not be read. Hold it still against the reader and try again.</source>
        <translation>无法读取卡片。请将卡片贴紧读卡器保持不动，然后重试。</translation>
    </message>
    <message>
        <source>The kiosk cannot read its records right now. Please ask the office.</source>
        <translation>终端暂时无法读取记录，请联系物业办公室。</translation>
    </message>
    <message>
        <source>This card is not known here. Ask the office to enroll it, or use your unit number.</source>
        <translation>无法识别此卡。请联系物业办公室登记，或使用房号。</translation>
    </message>
    <message>
        <source>This card belongs to nobody living here now. Please ask the office.</source>
        <translation>此卡不属于当前住户，请联系物业办公室。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a unit number. Type it as on your door, for example 12-0301.</source>
        <translation>“%1”不是房号。请按门牌输入，例如 12-0301。</translation>
    </message>
    <message>
        <source>There is no unit %1 here. Check the number on your door.</source>
        <translation>没有房号 %1，请核对门牌号。</translation>
    </message>
    <message>
        <source>Nobody in unit %1 has a card with a PIN yet. The office can enroll one.</source>
        <translation>房号 %1 尚无设置密码的住户卡，可到物业办公室办理。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. This card is locked until %1.</source>
        <translation>密码错误次数过多，此卡已锁定至 %1。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>密码为 4 至 12 位数字。</translation>
    </message>
    <message>
        <source>Wrong PIN. Too many wrong PINs: this card is locked until %1. The office can help.</source>
        <translation>密码错误。错误次数过多：此卡已锁定至 %1。物业办公室可以帮助您。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %Ln tries left before the card is locked.</source>
        <translation>
            <numerusform>密码错误。还可尝试 %Ln 次，之后此卡将被锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &apos;sqlite_memory_mib&apos; must be a whole number from 0 (no limit) to 4096</source>
        <translation>%1：&apos;sqlite_memory_mib&apos; 必须是 0（不限制）到 4096 之间的整数</translation>
    </message>
    <message>
        <source>Kiosk enrollment</source>
        <translation>自助终端登记</translation>
    </message>
    <message>
        <source>Other transaction</source>
        <translation>其他交易</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <extracomment>A place to tap on the repair form: where the problem is.</extracomment>
        <translation>厨房</translation>
    </message>
    <message>
        <source>Bathroom</source>
        <extracomment>A place to tap on the repair form: where the problem is.</extracomment>
        <translation>卫生间</translation>
    </message>
    <message>
        <source>Bedroom</source>
        <extracomment>A place to tap on the repair form: where the problem is.</extracomment>
        <translation>卧室</translation>
    </message>
    <message>
        <source>Living room</source>
        <extracomment>A place to tap on the repair form: where the problem is.</extracomment>
        <translation>客厅</translation>
    </message>
    <message>
        <source>Balcony</source>
        <extracomment>A place to tap on the repair form: where the problem is.</extracomment>
        <translation>阳台</translation>
    </message>
    <message>
        <source>Front door</source>
        <extracomment>A place to tap on the repair form: the flat&apos;s own entrance door.</extracomment>
        <translation>入户门</translation>
    </message>
    <message>
        <source>Corridor</source>
        <extracomment>A place to tap on the repair form: the shared corridor outside the flats.</extracomment>
        <translation>走廊</translation>
    </message>
    <message>
        <source>Stairwell</source>
        <extracomment>A place to tap on the repair form: the building&apos;s stairs.</extracomment>
        <translation>楼梯间</translation>
    </message>
    <message>
        <source>Say where the problem is: tap a place or type it.</source>
        <translation>请说明问题在哪里：点选一个位置或直接输入。</translation>
    </message>
</context>
<context>
    <name>courtyard::views</name>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>How a month and its year are written, in Qt&apos;s date format letters: &quot;MMMM yyyy&quot; gives &quot;March 2027&quot;; Chinese and Japanese write &quot;yyyy年M月&quot;.</extracomment>
        <translation>yyyy年M月</translation>
    </message>
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
