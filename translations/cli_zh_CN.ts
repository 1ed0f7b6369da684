<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>courtyard::cli</name>
    <message>
        <source>The unit.</source>
        <translation>单元。</translation>
    </message>
    <message>
        <source>The new request&apos;s id (default: new random bytes, printed).</source>
        <translation>新报修请求的 ID（默认：新的随机字节，会打印出来）。</translation>
    </message>
    <message>
        <source>The repair request&apos;s id, as `repair request` printed it.</source>
        <translation>报修请求的 ID，即 `repair request` 打印的那个。</translation>
    </message>
    <message>
        <source>The new lease&apos;s id (default: new random bytes, printed).</source>
        <translation>新租约的 ID（默认：新的随机字节，会打印出来）。</translation>
    </message>
    <message>
        <source>The lease&apos;s id, as `lease create` printed it.</source>
        <translation>租约的 ID，即 `lease create` 打印的那个。</translation>
    </message>
    <message>
        <source>The late fee on a rent or deposit invoice still open after the grace days: a percentage of the open amount (needs --late-fee-cap) or a fixed amount. Default for a new lease: none.</source>
        <translation>租金或押金账单过了宽限天数仍未结清时的滞纳金：未结金额的百分比（需要 --late-fee-cap）或固定金额。新租约默认：无。</translation>
    </message>
    <message>
        <source>The most one late fee can be; with a percentage --late-fee only.</source>
        <translation>单笔滞纳金的上限；仅用于百分比形式的 --late-fee。</translation>
    </message>
    <message>
        <source>The rent&apos;s rise on each anniversary of the start: a percentage or a fixed amount. Default for a new lease: none.</source>
        <translation>租金在起租日每个周年时的上调：百分比或固定金额。新租约默认：无。</translation>
    </message>
    <message>
        <source>the committee quorum: --key one member, --cosign the others</source>
        <translation>委员会法定人数：--key 一名委员，--cosign 其他委员</translation>
    </message>
    <message>
        <source>a manager (--key)</source>
        <translation>物业经理（--key）</translation>
    </message>
    <message>
        <source>a kiosk&apos;s device key (--key)</source>
        <translation>自助终端的设备密钥（--key）</translation>
    </message>
    <message>
        <source>Grant a role to a key.</source>
        <translation>授予某个密钥一个角色。</translation>
    </message>
    <message>
        <source>The key that gets the role.</source>
        <translation>获得该角色的密钥。</translation>
    </message>
    <message>
        <source>The role.</source>
        <translation>角色。</translation>
    </message>
    <message>
        <source>Revoke a role from a key.</source>
        <translation>撤销某个密钥的角色。</translation>
    </message>
    <message>
        <source>The key that loses the role.</source>
        <translation>失去该角色的密钥。</translation>
    </message>
    <message>
        <source>Move every role of a key to a new key (a lost or compromised key).</source>
        <translation>把某个密钥的所有角色转移到新密钥（密钥丢失或泄露时）。</translation>
    </message>
    <message>
        <source>The old key.</source>
        <translation>旧密钥。</translation>
    </message>
    <message>
        <source>The new key; it must hold no role yet.</source>
        <translation>新密钥；它目前必须没有任何角色。</translation>
    </message>
    <message>
        <source>Set a spending threshold (at or above it the committee co-signs).</source>
        <translation>设置支出限额（达到或超过该额度时需要委员会会签）。</translation>
    </message>
    <message>
        <source>The threshold: repair-committee-threshold or expense-committee-threshold.</source>
        <translation>限额名称：repair-committee-threshold 或 expense-committee-threshold。</translation>
    </message>
    <message>
        <source>The threshold amount.</source>
        <translation>限额金额。</translation>
    </message>
    <message>
        <source>Change how many committee members must sign.</source>
        <translation>更改必须签名的委员会委员人数。</translation>
    </message>
    <message>
        <source>the current committee quorum</source>
        <translation>当前的委员会法定人数</translation>
    </message>
    <message>
        <source>The new quorum, at most the committee&apos;s size.</source>
        <translation>新的法定人数，不超过委员会人数。</translation>
    </message>
    <message>
        <source>Register a unit.</source>
        <translation>登记一个单元。</translation>
    </message>
    <message>
        <source>The floor area.</source>
        <translation>建筑面积。</translation>
    </message>
    <message>
        <source>The unit&apos;s share of the common costs.</source>
        <translation>该单元分摊公共费用的比例。</translation>
    </message>
    <message>
        <source>Change a unit&apos;s area or share.</source>
        <translation>更改单元的面积或分摊比例。</translation>
    </message>
    <message>
        <source>The new floor area.</source>
        <translation>新的建筑面积。</translation>
    </message>
    <message>
        <source>The new share of the common costs.</source>
        <translation>新的公共费用分摊比例。</translation>
    </message>
    <message>
        <source>Register a resident of a unit (a random id; names stay out of the ledger).</source>
        <translation>登记单元的住户（随机 ID；姓名不进入账本）。</translation>
    </message>
    <message>
        <source>The new resident&apos;s id (default: new random bytes, printed).</source>
        <translation>新住户的 ID（默认：新的随机字节，会打印出来）。</translation>
    </message>
    <message>
        <source>Link a resident to another unit.</source>
        <translation>把住户关联到另一个单元。</translation>
    </message>
    <message>
        <source>The resident.</source>
        <translation>住户。</translation>
    </message>
    <message>
        <source>Record that a resident moved out of a unit.</source>
        <translation>记录住户已从某单元迁出。</translation>
    </message>
    <message>
        <source>Enroll a resident&apos;s card and PIN (a new card or a PIN reset).</source>
        <translation>为住户登记卡和 PIN（新卡或重置 PIN）。</translation>
    </message>
    <message>
        <source>The card.</source>
        <translation>卡。</translation>
    </message>
    <message>
        <source>The PIN.</source>
        <translation>PIN。</translation>
    </message>
    <message>
        <source>Record a wrong PIN entered at a kiosk for a resident&apos;s card.</source>
        <translation>记录在自助终端上用住户的卡输入了错误的 PIN。</translation>
    </message>
    <message>
        <source>The resident whose card was used.</source>
        <translation>被使用卡片的住户。</translation>
    </message>
    <message>
        <source>Record a right PIN at a kiosk (wrong PINs start over).</source>
        <translation>记录在自助终端上输入了正确的 PIN（错误次数重新计算）。</translation>
    </message>
    <message>
        <source>An invoice to pay, in this order (repeat for each); default: the oldest open invoices first.</source>
        <translation>要支付的账单，按此顺序（每张重复一次）；默认：最早的未结账单优先。</translation>
    </message>
    <message>
        <source>Record a card payment at a kiosk for an identified resident.</source>
        <translation>为已验证身份的住户记录一笔自助终端刷卡付款。</translation>
    </message>
    <message>
        <source>The resident who identified with card and PIN.</source>
        <translation>用卡和 PIN 验证了身份的住户。</translation>
    </message>
    <message>
        <source>The amount paid.</source>
        <translation>已付金额。</translation>
    </message>
    <message>
        <source>The terminal&apos;s transaction reference.</source>
        <translation>刷卡终端的交易参考号。</translation>
    </message>
    <message>
        <source>Record a cash payment at the office.</source>
        <translation>记录一笔在物业办公室收取的现金付款。</translation>
    </message>
    <message>
        <source>The receipt number.</source>
        <translation>收据编号。</translation>
    </message>
    <message>
        <source>Record a bank transfer.</source>
        <translation>记录一笔银行转账。</translation>
    </message>
    <message>
        <source>The bank&apos;s reference.</source>
        <translation>银行的参考号。</translation>
    </message>
    <message>
        <source>Pay a unit&apos;s prepaid credit back.</source>
        <translation>退还单元的预付余额。</translation>
    </message>
    <message>
        <source>The amount refunded.</source>
        <translation>退款金额。</translation>
    </message>
    <message>
        <source>The refund&apos;s reference.</source>
        <translation>退款的参考号。</translation>
    </message>
    <message>
        <source>Pay out the deposit refund a terminated lease owes (all of it or a part).</source>
        <translation>支付已终止租约应退的押金（全部或部分）。</translation>
    </message>
    <message>
        <source>The terminated lease, as `lease create` printed it.</source>
        <translation>已终止的租约，即 `lease create` 打印的那个。</translation>
    </message>
    <message>
        <source>The amount paid out; at most what is still owed (the settlement&apos;s refund less what was paid out).</source>
        <translation>支付的金额；不超过仍欠的金额（结算的退款减去已支付的部分）。</translation>
    </message>
    <message>
        <source>cash: handed over at the office; bank: a transfer to the resident.</source>
        <translation>cash：在物业办公室当面交付；bank：转账给住户。</translation>
    </message>
    <message>
        <source>The receipt the resident signed (cash) or the bank&apos;s reference of the transfer.</source>
        <translation>住户签字的收据（现金）或转账的银行参考号。</translation>
    </message>
    <message>
        <source>Reverse a mistaken payment or deposit refund payout (a new transaction; nothing is deleted).</source>
        <translation>冲正一笔错误的付款或押金退款（新的交易；不删除任何内容）。</translation>
    </message>
    <message>
        <source>The payment&apos;s or payout&apos;s transaction id.</source>
        <translation>该付款或退款支付的交易 ID。</translation>
    </message>
    <message>
        <source>Why, 1 to 500 characters.</source>
        <translation>原因，1 到 500 个字符。</translation>
    </message>
    <message>
        <source>The day of the month rent is due; 29 to 31 fall back to the month&apos;s last day.</source>
        <translation>每月的租金到期日；29 到 31 日在较短的月份按当月最后一天计。</translation>
    </message>
    <message>
        <source>Days after the due day before a late fee.</source>
        <translation>到期日之后、收取滞纳金之前的天数。</translation>
    </message>
    <message>
        <source>Create a lease (rent contract) for a unit and its residents.</source>
        <translation>为单元及其住户创建租约（租赁合同）。</translation>
    </message>
    <message>
        <source>A resident on the lease (repeat for each).</source>
        <translation>租约上的一名住户（每名重复一次）。</translation>
    </message>
    <message>
        <source>The monthly rent.</source>
        <translation>月租金。</translation>
    </message>
    <message>
        <source>The first day of the lease.</source>
        <translation>租约的第一天。</translation>
    </message>
    <message>
        <source>The last day of the lease (default: open-ended).</source>
        <translation>租约的最后一天（默认：不定期）。</translation>
    </message>
    <message>
        <source>The deposit, invoiced at once, due on the start day; 0: none.</source>
        <translation>押金，立即开具账单，于起租日到期；0：无押金。</translation>
    </message>
    <message>
        <source>The signed paper lease.</source>
        <translation>已签署的纸质租约。</translation>
    </message>
    <message>
        <source>Amend a lease from a day on (a new version; the history stays).</source>
        <translation>从某天起修改租约（新版本；历史保留）。</translation>
    </message>
    <message>
        <source>The first day the change applies.</source>
        <translation>变更开始生效的第一天。</translation>
    </message>
    <message>
        <source>The signed amendment.</source>
        <translation>已签署的修改协议。</translation>
    </message>
    <message>
        <source>The residents from then on (repeat for each).</source>
        <translation>此后的住户（每名重复一次）。</translation>
    </message>
    <message>
        <source>The new monthly rent.</source>
        <translation>新的月租金。</translation>
    </message>
    <message>
        <source>The new last day.</source>
        <translation>新的最后一天。</translation>
    </message>
    <message>
        <source>Renew a lease that has an end date, from the day after it.</source>
        <translation>续签有结束日期的租约，从结束日的次日起。</translation>
    </message>
    <message>
        <source>The signed renewal.</source>
        <translation>已签署的续约协议。</translation>
    </message>
    <message>
        <source>The new monthly rent (default: unchanged).</source>
        <translation>新的月租金（默认：不变）。</translation>
    </message>
    <message>
        <source>End a lease on a day and settle the deposit.</source>
        <translation>在某天终止租约并结算押金。</translation>
    </message>
    <message>
        <source>The last day the lease covers.</source>
        <translation>租约涵盖的最后一天。</translation>
    </message>
    <message>
        <source>A deduction from the deposit (repeat for each; at most 32); default: none, the whole deposit is refunded.</source>
        <translation>从押金中扣除的一项（每项重复一次；最多 32 项）；默认：无，全额退还押金。</translation>
    </message>
    <message>
        <source>Set the monthly property fee of every unit.</source>
        <translation>设置所有单元的月物业费。</translation>
    </message>
    <message>
        <source>area: --amount per m²; fixed: --amount per unit.</source>
        <translation>area：按每 m² 收取 --amount；fixed：按每个单元收取 --amount。</translation>
    </message>
    <message>
        <source>The fee per m² or per unit and month (0: no fee).</source>
        <translation>每 m² 或每个单元每月的费用（0：不收费）。</translation>
    </message>
    <message>
        <source>The day of the month the fee is due.</source>
        <translation>每月物业费的到期日。</translation>
    </message>
    <message>
        <source>Close a month: late fees, rent and property fee invoices, credit scores.</source>
        <translation>月结：滞纳金、租金和物业费账单、信用评分。</translation>
    </message>
    <message>
        <source>The month to close.</source>
        <translation>要结账的月份。</translation>
    </message>
    <message>
        <source>File a resident&apos;s dispute of an invoice (left out of the score until resolved).</source>
        <translation>登记住户对某张账单的异议（解决前不计入评分）。</translation>
    </message>
    <message>
        <source>a kiosk for the identified resident, or a manager (--key)</source>
        <translation>为已验证身份的住户操作的自助终端，或物业经理（--key）</translation>
    </message>
    <message>
        <source>The resident who disputes.</source>
        <translation>提出异议的住户。</translation>
    </message>
    <message>
        <source>The disputed invoice.</source>
        <translation>有异议的账单。</translation>
    </message>
    <message>
        <source>Resolve a dispute.</source>
        <translation>处理一项异议。</translation>
    </message>
    <message>
        <source>upheld: the committee quorum; corrected: a manager or the committee quorum</source>
        <translation>upheld：委员会法定人数；corrected：物业经理或委员会法定人数</translation>
    </message>
    <message>
        <source>upheld: the entry counts again; corrected: it stays out of the score.</source>
        <translation>upheld：该记录重新计入评分；corrected：该记录继续不计入评分。</translation>
    </message>
    <message>
        <source>The resolution, 1 to 500 characters.</source>
        <translation>处理结果说明，1 到 500 个字符。</translation>
    </message>
    <message>
        <source>File a repair request.</source>
        <translation>提交报修请求。</translation>
    </message>
    <message>
        <source>a manager, or a kiosk for an identified resident (--key)</source>
        <translation>物业经理，或为已验证身份的住户操作的自助终端（--key）</translation>
    </message>
    <message>
        <source>The unit (default: the common property).</source>
        <translation>单元（默认：公共区域）。</translation>
    </message>
    <message>
        <source>The resident who asks (needs --unit; required at a kiosk).</source>
        <translation>提出请求的住户（需要 --unit；在自助终端上必填）。</translation>
    </message>
    <message>
        <source>What needs repair.</source>
        <translation>需要维修的内容。</translation>
    </message>
    <message>
        <source>Where, 1 to 100 characters on one line, like &quot;Kitchen&quot; or &quot;Stairwell B, 3rd floor&quot; (default: not said).</source>
        <translation>位置，1 到 100 个字符，单行，如 &quot;Kitchen&quot; 或 &quot;Stairwell B, 3rd floor&quot;（默认：不注明）。</translation>
    </message>
    <message>
        <source>What is wrong, 1 to 2000 characters.</source>
        <translation>问题描述，1 到 2000 个字符。</translation>
    </message>
    <message>
        <source>How urgent.</source>
        <translation>紧急程度。</translation>
    </message>
    <message>
        <source>Record a vendor&apos;s quote for a repair.</source>
        <translation>为报修记录一份供应商报价。</translation>
    </message>
    <message>
        <source>The vendor, 1 to 100 characters.</source>
        <translation>供应商，1 到 100 个字符。</translation>
    </message>
    <message>
        <source>The quoted amount.</source>
        <translation>报价金额。</translation>
    </message>
    <message>
        <source>The quote.</source>
        <translation>报价单。</translation>
    </message>
    <message>
        <source>Approve a repair&apos;s quote.</source>
        <translation>批准报修的报价。</translation>
    </message>
    <message>
        <source>a manager (--key); at or above the repair threshold also the committee quorum (--cosign each member)</source>
        <translation>物业经理（--key）；达到或超过维修限额时还需委员会法定人数（每位委员一个 --cosign）</translation>
    </message>
    <message>
        <source>Reject a repair request.</source>
        <translation>驳回报修请求。</translation>
    </message>
    <message>
        <source>Record that the approved work started.</source>
        <translation>记录已批准的工程已开工。</translation>
    </message>
    <message>
        <source>Record that the work is complete.</source>
        <translation>记录工程已完工。</translation>
    </message>
    <message>
        <source>Record the resident&apos;s confirmation that the work is done.</source>
        <translation>记录住户确认工程已完成。</translation>
    </message>
    <message>
        <source>a kiosk for the resident who asked, or a manager (--key)</source>
        <translation>为提出请求的住户操作的自助终端，或物业经理（--key）</translation>
    </message>
    <message>
        <source>The resident who confirms (required at a kiosk).</source>
        <translation>确认的住户（在自助终端上必填）。</translation>
    </message>
    <message>
        <source>Pay a completed repair&apos;s vendor from the fund.</source>
        <translation>从基金向已完工报修的供应商付款。</translation>
    </message>
    <message>
        <source>The amount paid, at most the approved quote.</source>
        <translation>支付金额，不超过已批准的报价。</translation>
    </message>
    <message>
        <source>The vendor&apos;s invoice.</source>
        <translation>供应商的发票。</translation>
    </message>
    <message>
        <source>Record an expense paid from the community fund.</source>
        <translation>记录一笔由社区基金支付的支出。</translation>
    </message>
    <message>
        <source>a manager (--key); at or above the expense threshold also the committee quorum (--cosign each member)</source>
        <translation>物业经理（--key）；达到或超过支出限额时还需委员会法定人数（每位委员一个 --cosign）</translation>
    </message>
    <message>
        <source>The expense category, 1 to 4 parts of a-z, 0-9 and &apos;-&apos; separated by &apos;:&apos;, e.g. cleaning or utilities:electricity.</source>
        <translation>支出类别，1 到 4 段，由 a-z、0-9 和 &apos;-&apos; 组成，以 &apos;:&apos; 分隔，例如 cleaning 或 utilities:electricity。</translation>
    </message>
    <message>
        <source>The invoice&apos;s date, not after today.</source>
        <translation>发票日期，不能晚于今天。</translation>
    </message>
    <message>
        <source>Set a category&apos;s budget for a year.</source>
        <translation>设置某个类别一年的预算。</translation>
    </message>
    <message>
        <source>The year.</source>
        <translation>年份。</translation>
    </message>
    <message>
        <source>The category, e.g. cleaning or repairs:plumbing.</source>
        <translation>类别，例如 cleaning 或 repairs:plumbing。</translation>
    </message>
    <message>
        <source>The budget (0 allowed).</source>
        <translation>预算（可以为 0）。</translation>
    </message>
    <message>
        <source>Move money between the maintenance fund and the reserve fund.</source>
        <translation>在维修基金和储备基金之间转移资金。</translation>
    </message>
    <message>
        <source>The fund the money leaves.</source>
        <translation>资金转出的基金。</translation>
    </message>
    <message>
        <source>The fund the money goes to.</source>
        <translation>资金转入的基金。</translation>
    </message>
    <message>
        <source>The amount.</source>
        <translation>金额。</translation>
    </message>
    <message>
        <source>Authorize one new kiosk: makes a one-time enrollment code (printed once) for whoever sets it up.</source>
        <translation>授权一台新的自助终端：为负责安装的人生成一次性注册码（只打印一次）。</translation>
    </message>
    <message>
        <source>The enrollment code (default: a new random code, printed). Only its SHA-256 is signed.</source>
        <translation>注册码（默认：新的随机注册码，会打印出来）。只签署它的 SHA-256。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s name for people, 1 to 64 characters, e.g. &quot;Lobby kiosk 1&quot;.</source>
        <translation>自助终端给人看的名称，1 到 64 个字符，例如 &quot;Lobby kiosk 1&quot;。</translation>
    </message>
    <message>
        <source>The role the code gives; managers enroll kiosks, other roles are the committee&apos;s.</source>
        <translation>该注册码赋予的角色；物业经理登记自助终端，其他角色由委员会登记。</translation>
    </message>
    <message>
        <source>How long the code can be used, in hours of block time.</source>
        <translation>注册码可以使用的时长，以区块时间的小时计。</translation>
    </message>
    <message>
        <source>Enroll this key as a kiosk with a one-time code (with a server, use &apos;courtyard enroll&apos;).</source>
        <translation>用一次性注册码把此密钥登记为自助终端（有服务器时，请用 &apos;courtyard enroll&apos;）。</translation>
    </message>
    <message>
        <source>the new device&apos;s own key (--key), holding no role yet</source>
        <translation>新设备自己的密钥（--key），目前还没有角色</translation>
    </message>
    <message>
        <source>The enrollment code a manager made.</source>
        <translation>物业经理生成的注册码。</translation>
    </message>
    <message>
        <source>Cancel an enrollment code that was not used yet (lost or given to the wrong person).</source>
        <translation>取消一个尚未使用的注册码（丢失或给错了人）。</translation>
    </message>
    <message>
        <source>The code, as it was printed.</source>
        <translation>注册码，按打印出来的样子输入。</translation>
    </message>
    <message>
        <source>Revoke an enrolled kiosk at once (stolen, broken, replaced): its key can never sign in again.</source>
        <translation>立即吊销一台已登记的自助终端（被盗、损坏、更换）：它的密钥再也不能登录。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s public key (courtyard enroll prints it) or key file.</source>
        <translation>自助终端的公钥（courtyard enroll 会打印）或密钥文件。</translation>
    </message>
    <message>
        <source>Why, 1 to 200 characters; shown to the device.</source>
        <translation>原因，1 到 200 个字符；会显示在该设备上。</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes)</source>
        <translation>%1 太大（%2 字节）</translation>
    </message>
    <message>
        <source>the amount is empty; write an amount like %1</source>
        <translation>金额为空；请按 %1 这样的格式填写金额</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has decimals, but %2 amounts are whole numbers; write an amount like %3</source>
        <translation>“%1”带有小数，但 %2 的金额是整数；请按 %3 这样的格式填写金额</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 decimals, but %3 has only %4; write an amount like %5</source>
        <translation>“%1”有 %2 位小数，但 %3 最多只有 %4 位；请按 %5 这样的格式填写金额</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large; an amount has at most %2 digits before the decimal point</source>
        <translation>“%1”太大；金额的整数部分最多 %2 位</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount: write digits, with a &apos;.&apos; before the decimals, like %2</source>
        <translation>“%1”不是金额：请用半角数字填写，小数前用 &apos;.&apos;，例如 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative; an amount here is zero or more</source>
        <translation>“%1”是负数；这里的金额必须为零或以上</translation>
    </message>
    <message>
        <source>there is no invoice with the id %1 (see courtyard invoices)</source>
        <translation>没有 ID 为 %1 的账单（请查看 courtyard invoices）</translation>
    </message>
    <message>
        <source>give a text, not an empty one</source>
        <translation>请填写文字，不能为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a unit number: 1 to 16 letters, digits and &apos;-&apos;, starting and ending with a letter or digit, like 12-0301</source>
        <translation>“%1”不是单元号：1 到 16 个字母、数字和 &apos;-&apos;，以字母或数字开头和结尾，例如 12-0301</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day that exists; write YYYY-MM-DD, like 2027-02-01</source>
        <translation>“%1”不是存在的日期；请按 YYYY-MM-DD 填写，例如 2027-02-01</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month; write YYYY-MM, like 2027-02</source>
        <translation>“%1”不是月份；请按 YYYY-MM 填写，例如 2027-02</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3</source>
        <translation>“%1”不是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an area: square metres with at most 2 decimals, like 85.50</source>
        <translation>“%1”不是面积：以平方米计，最多 2 位小数，例如 85.50</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a share: a percentage with at most 2 decimals, like 1.25 or 1.25%</source>
        <translation>“%1”不是分摊比例：百分比，最多 2 位小数，例如 1.25 或 1.25%</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an id: 32 hex digits, like 0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a</source>
        <translation>“%1”不是 ID：32 位十六进制数字，例如 0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a transaction id: 64 hex digits</source>
        <translation>“%1”不是交易 ID：64 位十六进制数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an invoice id: 32 hex digits (see courtyard invoices)</source>
        <translation>“%1”不是账单 ID：32 位十六进制数字（请查看 courtyard invoices）</translation>
    </message>
    <message>
        <source>give the invoice&apos;s key, invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt;</source>
        <translation>请提供账单的键：invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an invoice: give its id (32 hex digits) or its key invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt; (see courtyard invoices)</source>
        <translation>“%1”不是账单：请提供它的 ID（32 位十六进制数字）或它的键 invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt;（请查看 courtyard invoices）</translation>
    </message>
    <message>
        <source>%1 is not a file; give the document&apos;s file (its SHA-256 is signed) or its SHA-256 as 64 hex digits</source>
        <translation>%1 不是文件；请提供文档的文件（签署其 SHA-256）或以 64 位十六进制数字表示的 SHA-256</translation>
    </message>
    <message>
        <source>give the card&apos;s id as read from the card</source>
        <translation>请提供从卡上读取的卡 ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>“%1”不在以下选项中：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a percentage like 5% or 2.5%: %2</source>
        <translation>“%1”不是 5% 或 2.5% 这样的百分比：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a percentage (like 5%) nor an amount: %2</source>
        <translation>“%1”既不是百分比（如 5%）也不是金额：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not REASON=AMOUNT, like &quot;cleaning=500.00&quot;</source>
        <translation>“%1”不是 REASON=AMOUNT 格式，例如 &quot;cleaning=500.00&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of hours from %2 to %3</source>
        <translation>“%1”不是 %2 到 %3 之间的小时数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an enrollment code: it is %2 letters and digits, like 7K3Q-X9MD-R2TW-H4NB</source>
        <translation>“%1”不是注册码：注册码为 %2 个字母和数字，例如 7K3Q-X9MD-R2TW-H4NB</translation>
    </message>
    <message>
        <source>the first line of %1 is not a PIN of 4 to 12 digits</source>
        <translation>%1 的第一行不是 4 到 12 位数字的 PIN</translation>
    </message>
    <message>
        <source>unknown value type</source>
        <translation>未知的值类型</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>a unit number, like 12-0301</source>
        <translation>单元号，例如 12-0301</translation>
    </message>
    <message>
        <source>an amount in the community&apos;s currency, like 4500.00</source>
        <translation>以社区货币计的金额，例如 4500.00</translation>
    </message>
    <message>
        <source>a day, YYYY-MM-DD</source>
        <translation>日期，YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a month, YYYY-MM</source>
        <translation>月份，YYYY-MM</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>square metres, at most 2 decimals, like 85.50</source>
        <translation>平方米，最多 2 位小数，例如 85.50</translation>
    </message>
    <message>
        <source>a percentage, at most 2 decimals, like 1.25</source>
        <translation>百分比，最多 2 位小数，例如 1.25</translation>
    </message>
    <message>
        <source>32 hex digits</source>
        <translation>32 位十六进制数字</translation>
    </message>
    <message>
        <source>a transaction id, 64 hex digits</source>
        <translation>交易 ID，64 位十六进制数字</translation>
    </message>
    <message>
        <source>an invoice id, 32 hex digits (courtyard invoices)</source>
        <translation>账单 ID，32 位十六进制数字（courtyard invoices）</translation>
    </message>
    <message>
        <source>an invoice id (32 hex digits) or key invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt;</source>
        <translation>账单 ID（32 位十六进制数字）或键 invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt;</translation>
    </message>
    <message>
        <source>a file, whose SHA-256 is signed, or the SHA-256 as 64 hex digits</source>
        <translation>文件（签署其 SHA-256），或以 64 位十六进制数字表示的 SHA-256</translation>
    </message>
    <message>
        <source>the card&apos;s id as read from the card; only its SHA-256 is signed</source>
        <translation>从卡上读取的卡 ID；只签署它的 SHA-256</translation>
    </message>
    <message>
        <source>a public key (64 hex digits) or a key file</source>
        <translation>公钥（64 位十六进制数字）或密钥文件</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <source>a percentage like 5% or an amount like 50.00</source>
        <translation>百分比如 5%，或金额如 50.00</translation>
    </message>
    <message>
        <source>REASON=AMOUNT, like &quot;cleaning=500.00&quot;</source>
        <translation>REASON=AMOUNT，例如 &quot;cleaning=500.00&quot;</translation>
    </message>
    <message>
        <source>a file whose first line is the PIN, 4 to 12 digits; only its Argon2id hash is signed</source>
        <translation>第一行为 PIN（4 到 12 位数字）的文件；只签署它的 Argon2id 哈希</translation>
    </message>
    <message>
        <source>a whole number of hours from %1 to %2</source>
        <translation>%1 到 %2 之间的整数小时数</translation>
    </message>
    <message>
        <source>an enrollment code, 16 letters and digits like 7K3Q-X9MD-R2TW-H4NB</source>
        <translation>注册码，16 个字母和数字，例如 7K3Q-X9MD-R2TW-H4NB</translation>
    </message>
    <message>
        <source>an enrollment code, 16 letters and digits like 7K3Q-X9MD-R2TW-H4NB; only its SHA-256 is signed</source>
        <translation>注册码，16 个字母和数字，例如 7K3Q-X9MD-R2TW-H4NB；只签署它的 SHA-256</translation>
    </message>
    <message>
        <source>%1 needs --%2 %3: %4</source>
        <translation>%1 需要 --%2 %3：%4</translation>
    </message>
    <message>
        <source>--%1 is given %2 times; give it once</source>
        <translation>--%1 给出了 %2 次；只能给一次</translation>
    </message>
    <message>
        <source>--%1 goes with --%2</source>
        <translation>--%1 需要与 --%2 一起使用</translation>
    </message>
    <message>
        <source>a percentage --%1 needs --%2 AMOUNT, the most one fee can be</source>
        <translation>百分比形式的 --%1 需要 --%2 AMOUNT，即单笔滞纳金的上限</translation>
    </message>
    <message>
        <source>--%1 goes with a percentage --%2 (like 5%), not with a fixed amount</source>
        <translation>--%1 只能与百分比形式的 --%2（如 5%）一起使用，不能与固定金额一起使用</translation>
    </message>
    <message>
        <source>%1 needs --%2</source>
        <translation>%1 需要 --%2</translation>
    </message>
    <message>
        <source>%1 needs its parent field %2</source>
        <translation>%1 需要它的上级字段 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 hex digits; a public key has 64</source>
        <translation>“%1”有 %2 位十六进制数字；公钥为 64 位</translation>
    </message>
    <message>
        <source>%1: nested deeper than %2 levels</source>
        <translation>%1：嵌套超过 %2 层</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number from -9223372036854775808 to 9223372036854775807 (amounts are integers of minor units; no fractions or exponents)</source>
        <translation>%1：%2 不是 -9223372036854775808 到 9223372036854775807 之间的整数（金额是以最小货币单位计的整数；不能有小数或指数）</translation>
    </message>
    <message>
        <source>%1: {&quot;hex&quot;: ...} needs an even number of hex digits as a string</source>
        <translation>%1：{&quot;hex&quot;: ...} 需要一个包含偶数个十六进制数字的字符串</translation>
    </message>
    <message>
        <source>%1: not a JSON value</source>
        <translation>%1：不是 JSON 值</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>不是有效的 JSON：%1，位于第 %2 个字符</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (a line has kind, version, fields, signer or signers, and time)</source>
        <translation>未知字段 &apos;%1&apos;（每行包含 kind、version、fields、signer 或 signers，以及 time）</translation>
    </message>
    <message>
        <source>&apos;kind&apos; must be a text of 1 to %1 characters</source>
        <translation>&apos;kind&apos; 必须是 1 到 %1 个字符的文字</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be a whole number from 1</source>
        <translation>&apos;version&apos; 必须是从 1 开始的整数</translation>
    </message>
    <message>
        <source>&apos;fields&apos; must be a JSON object (the payload)</source>
        <translation>&apos;fields&apos; 必须是 JSON 对象（即载荷）</translation>
    </message>
    <message>
        <source>give either &apos;signer&apos; (a key file) or &apos;signers&apos; (key files, the author first)</source>
        <translation>请给出 &apos;signer&apos;（一个密钥文件）或 &apos;signers&apos;（多个密钥文件，发起人在前）之一</translation>
    </message>
    <message>
        <source>&apos;signers&apos; must list 1 to %1 key files</source>
        <translation>&apos;signers&apos; 必须列出 1 到 %1 个密钥文件</translation>
    </message>
    <message>
        <source>a signer must be the path of a key file</source>
        <translation>签名者必须是密钥文件的路径</translation>
    </message>
    <message>
        <source>the key file %1 is listed twice</source>
        <translation>密钥文件 %1 被列出了两次</translation>
    </message>
    <message>
        <source>&apos;time&apos; must be a date and time with its zone, like &quot;2027-01-05T10:00:00Z&quot;</source>
        <translation>&apos;time&apos; 必须是带时区的日期和时间，例如 &quot;2027-01-05T10:00:00Z&quot;</translation>
    </message>
    <message>
        <source>a sum of postings leaves the range of amounts</source>
        <translation>过账合计超出了金额范围</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time with its zone, like 2027-01-05T10:00:00Z</source>
        <translation>“%1”不是带时区的日期和时间，例如 2027-01-05T10:00:00Z</translation>
    </message>
    <message>
        <source>its time %1 is before the ledger&apos;s last block (%2): block times must not go backwards</source>
        <translation>其时间 %1 早于账本最后一个区块（%2）：区块时间不能倒退</translation>
    </message>
    <message>
        <source>its time %1 is before line %2&apos;s %3: block times must not go backwards</source>
        <translation>其时间 %1 早于第 %2 行的 %3：区块时间不能倒退</translation>
    </message>
    <message>
        <source>the totals of %1 leave the range of amounts</source>
        <translation>%1 的合计超出了金额范围</translation>
    </message>
    <message>
        <source>the stored state is not that of block %1 (its projections are out of date or damaged); run &apos;courtyard replay&apos; to check the ledger and &apos;courtyard replay --rebuild&apos; to rebuild them</source>
        <translation>存储的状态不是区块 %1 的状态（其投影已过期或损坏）；请运行 &apos;courtyard replay&apos; 检查账本，并运行 &apos;courtyard replay --rebuild&apos; 重建投影</translation>
    </message>
    <message>
        <source>its transactions are not the log range %1 to %2</source>
        <translation>其交易不是日志范围 %1 到 %2</translation>
    </message>
    <message>
        <source>refused by its contract: %1 (%2)</source>
        <translation>被其合约规则拒绝：%1（%2）</translation>
    </message>
    <message>
        <source>the state root after replay (%1) is not the header&apos;s (%2)</source>
        <translation>重放后的状态根（%1）与区块头中的（%2）不一致</translation>
    </message>
</context>
</TS>
