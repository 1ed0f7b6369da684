<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>BillingPage</name>
    <message>
        <source>Billing</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Closing a month issues late fees, rent and property fee invoices. Preview first: nothing is recorded until you post.</source>
        <translation>月を締めると延滞金・家賃・管理費の請求書が発行されます。まずプレビューしてください。確定するまで何も記録されません。</translation>
    </message>
    <message>
        <source>Filter the preview</source>
        <translation>プレビューを絞り込む</translation>
    </message>
    <message>
        <source>Close a period</source>
        <translation>期間を締める</translation>
    </message>
    <message>
        <source>Month (YYYY-MM)</source>
        <translation>月（YYYY-MM）</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Paid from credit</source>
        <translation>前払いからの充当</translation>
    </message>
    <message>
        <source>Post the close</source>
        <translation>締めを確定</translation>
    </message>
</context>
<context>
    <name>ConfirmButton</name>
    <message>
        <source>Click again to confirm</source>
        <translation>もう一度クリックして確定</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>Filter</source>
        <translation>絞り込み</translation>
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
        <translation>Courtyard デスク：管理者と委員会のためのデスクトップ。</translation>
    </message>
    <message>
        <source>Start on the embedded demo community (its own server on 127.0.0.1).</source>
        <translation>内蔵のデモ コミュニティで起動します（127.0.0.1 上の専用サーバー）。</translation>
    </message>
    <message>
        <source>Keep the demo in &lt;dir&gt; (default: a temporary folder).</source>
        <translation>デモを &lt;dir&gt; に保存します（既定：一時フォルダー）。</translation>
    </message>
    <message>
        <source>The desk&apos;s data folder: ledger.db, directory.json, documents/ (default: %1).</source>
        <translation>デスクのデータフォルダー：ledger.db、directory.json、documents/（既定：%1）。</translation>
    </message>
    <message>
        <source>The community server, wss://host:port.</source>
        <translation>コミュニティ サーバー（wss://ホスト:ポート）。</translation>
    </message>
    <message>
        <source>The SHA-256 of the server&apos;s certificate, 64 hex digits.</source>
        <translation>サーバー証明書の SHA-256（16進64桁）。</translation>
    </message>
    <message>
        <source>Lock after this many minutes without activity (default 10).</source>
        <translation>無操作でロックするまでの分数（既定 10）。</translation>
    </message>
    <message>
        <source>Render every screen of the demo in English and Arabic to PNG files in &lt;dir&gt;, then exit.</source>
        <translation>デモの各画面を英語とアラビア語で &lt;dir&gt; に PNG として書き出して終了します。</translation>
    </message>
    <message>
        <source>Start in &lt;code&gt;: en, zh_CN, ja or ar.</source>
        <translation>&lt;code&gt; で起動します：en、zh_CN、ja、ar。</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use en, zh_CN, ja or ar.</source>
        <translation>不明な言語「%1」：en、zh_CN、ja、ar のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>--lock-minutes takes a whole number from 1 to 1440.</source>
        <translation>--lock-minutes には 1 から 1440 までの整数を指定してください。</translation>
    </message>
    <message>
        <source>The demo community could not start: %1</source>
        <translation>デモ コミュニティを開始できません：%1</translation>
    </message>
    <message>
        <source>--server needs --server-pin: the SHA-256 of the server&apos;s certificate, 64 hex digits.</source>
        <translation>--server には --server-pin が必要です：サーバー証明書の SHA-256（16進64桁）。</translation>
    </message>
    <message>
        <source>The desk cannot open its data: %1</source>
        <translation>デスクのデータを開けません：%1</translation>
    </message>
    <message>
        <source>The desk&apos;s screens could not be loaded.</source>
        <translation>デスクの画面を読み込めません。</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>Block %1 · %2</source>
        <translation>ブロック %1 · %2</translation>
    </message>
    <message>
        <source>Log: %1 transactions</source>
        <translation>ログ：%1 件の取引</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>送信待ち：%1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>サインイン中：%1（%2）</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>Courtyard desk — %1</source>
        <translation>Courtyard デスク — %1</translation>
    </message>
    <message>
        <source>Courtyard desk</source>
        <translation>Courtyard デスク</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>デスク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find in table</source>
        <translation>表内を検索(&amp;F)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>言語(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>Lock after inactivity: %1 min</source>
        <translation>無操作でロック：%1 分</translation>
    </message>
    <message>
        <source>Lock sooner</source>
        <translation>ロックを早く</translation>
    </message>
    <message>
        <source>Lock later</source>
        <translation>ロックを遅く</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Enrollment codes for new kiosks and the devices enrolled with them.</source>
        <translation>新しいキオスク用の登録コードと、それで登録された端末。</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>端末を絞り込む</translation>
    </message>
    <message>
        <source>Authorize a new kiosk</source>
        <translation>新しいキオスクを認可</translation>
    </message>
    <message>
        <source>Kiosk name</source>
        <translation>キオスク名</translation>
    </message>
    <message>
        <source>Lobby kiosk 2</source>
        <translation>ロビーのキオスク 2</translation>
    </message>
    <message>
        <source>Code valid for (hours)</source>
        <translation>コードの有効時間（時間）</translation>
    </message>
    <message>
        <source>Make an enrollment code</source>
        <translation>登録コードを作成</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>選択した行</translation>
    </message>
    <message>
        <source>Cancel this code</source>
        <translation>このコードを取り消す</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>失効の理由</translation>
    </message>
    <message>
        <source>Revoke this device</source>
        <translation>この端末を失効させる</translation>
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
        <translation>委員会の上限：%1。請求書のファイルはこのデスクに保存され、SHA-256 が台帳に記録されます。</translation>
    </message>
    <message>
        <source>Filter expenses</source>
        <translation>支出を絞り込む</translation>
    </message>
    <message>
        <source>Record an expense</source>
        <translation>支出を記録</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>業者</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Invoice date (YYYY-MM-DD)</source>
        <translation>請求書の日付（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Invoice document</source>
        <translation>請求書の書類</translation>
    </message>
    <message>
        <source>Record expense</source>
        <translation>支出を記録</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Path of the file</source>
        <translation>ファイルのパス</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
</context>
<context>
    <name>LeasesPage</name>
    <message>
        <source>Leases</source>
        <translation>賃貸契約</translation>
    </message>
    <message>
        <source>Select a lease to see its versions; every change is a new version, the old ones stay.</source>
        <translation>契約を選ぶと版が表示されます。変更のたびに新しい版ができ、古い版は残ります。</translation>
    </message>
    <message>
        <source>Filter leases</source>
        <translation>賃貸契約を絞り込む</translation>
    </message>
    <message>
        <source>Versions of the selected lease</source>
        <translation>選択した契約の版</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>住戸</translation>
    </message>
    <message>
        <source>Residents (ids, separated by spaces)</source>
        <translation>居住者（ID、空白区切り）</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>月額家賃</translation>
    </message>
    <message>
        <source>Billing day (1-31)</source>
        <translation>請求日（1〜31）</translation>
    </message>
    <message>
        <source>Start (YYYY-MM-DD)</source>
        <translation>開始（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>End (YYYY-MM-DD, empty: open-ended)</source>
        <translation>終了（YYYY-MM-DD、空欄：期間の定めなし）</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>敷金</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>猶予日数</translation>
    </message>
    <message>
        <source>Signed lease (scan)</source>
        <translation>署名済みの契約書（スキャン）</translation>
    </message>
    <message>
        <source>Create lease</source>
        <translation>賃貸契約を作成</translation>
    </message>
    <message>
        <source>New end (YYYY-MM-DD)</source>
        <translation>新しい終了日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>New rent (empty: unchanged)</source>
        <translation>新しい家賃（空欄：変更なし）</translation>
    </message>
    <message>
        <source>Signed renewal</source>
        <translation>署名済みの更新契約</translation>
    </message>
    <message>
        <source>Effective from (YYYY-MM-DD)</source>
        <translation>発効日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>New end (empty: unchanged)</source>
        <translation>新しい終了日（空欄：変更なし）</translation>
    </message>
    <message>
        <source>Signed amendment</source>
        <translation>署名済みの変更契約</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD)</source>
        <translation>最終日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Deductions from the deposit, one per line: reason=amount</source>
        <translation>敷金からの差引、1行に1件：理由=金額</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>差引額</translation>
    </message>
    <message>
        <source>Terminate and settle the deposit</source>
        <translation>終了して敷金を精算</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The desk is locked</source>
        <translation>デスクはロックされています</translation>
    </message>
    <message>
        <source>%1 is signed in. Type the passphrase of the key file to go on.</source>
        <translation>%1 がサインイン中です。続けるには鍵ファイルのパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>NotInstalledPage</name>
    <message>
        <source>Committee</source>
        <translation>委員会</translation>
    </message>
    <message>
        <source>This key holds the roles %1. The committee&apos;s workspace (approvals, expense trail, budgets, verification, reports) is not part of this build of the desk.</source>
        <translation>この鍵の役割：%1。委員会のワークスペース（承認、支出の記録、予算、検証、報告）はこのビルドのデスクに含まれていません。</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>Every payment, newest first. A reversal is a new transaction: nothing is deleted.</source>
        <translation>すべての支払い（新しい順）。取消は新しい取引で、何も削除されません。</translation>
    </message>
    <message>
        <source>Filter payments (unit, amount, status...)</source>
        <translation>支払いを絞り込む（住戸、金額、状態…）</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>支払いを記録</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>銀行振込</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>住戸</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>金額（%1）</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>領収書番号</translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation>銀行の参照番号</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>支払いを記録</translation>
    </message>
    <message>
        <source>Reverse the selected payment</source>
        <translation>選択した支払いを取り消す</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RepairsPage</name>
    <message>
        <source>Repairs</source>
        <translation>修理</translation>
    </message>
    <message>
        <source>Committee threshold: %1. Sort by status or age to see what waits.</source>
        <translation>委員会の上限：%1。状態や経過日数で並べ替えると待ちの案件が分かります。</translation>
    </message>
    <message>
        <source>Filter repairs</source>
        <translation>修理を絞り込む</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>見積もり</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>業者</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Quote document</source>
        <translation>見積書</translation>
    </message>
    <message>
        <source>Record quote</source>
        <translation>見積もりを記録</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Above the threshold: needs the committee</source>
        <translation>上限超過：委員会の承認が必要です</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Reason to reject</source>
        <translation>却下の理由</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>作業</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>作業開始</translation>
    </message>
    <message>
        <source>Work complete</source>
        <translation>作業完了</translation>
    </message>
    <message>
        <source>Amount paid to the vendor</source>
        <translation>業者への支払額</translation>
    </message>
    <message>
        <source>Vendor&apos;s invoice</source>
        <translation>業者の請求書</translation>
    </message>
    <message>
        <source>Pay the vendor</source>
        <translation>業者に支払う</translation>
    </message>
    <message>
        <source>Note for the committee</source>
        <translation>委員会へのメモ</translation>
    </message>
    <message>
        <source>Why this repair, why this quote</source>
        <translation>この修理とこの見積もりを選ぶ理由</translation>
    </message>
    <message>
        <source>Send to the committee</source>
        <translation>委員会に送る</translation>
    </message>
    <message>
        <source>Your signed approval goes to the server; the committee co-signs it from their approval inbox. You can go on recording payments meanwhile: the approval stays valid for 14 days.</source>
        <extracomment>Under &quot;Send to the committee&quot;: how the committee&apos;s co-signing works.</extracomment>
        <translation>署名した承認はサーバーに送られ、委員会のメンバーがそれぞれの承認受信箱から連署します。その間も支払いの記録を続けられます。承認の有効期間は 14 日です。</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Units of the selected resident</source>
        <translation>選んだ居住者の住戸</translation>
    </message>
    <message>
        <source>Lives in: %1</source>
        <translation>住んでいる住戸：%1</translation>
    </message>
    <message>
        <source>Lives in no unit (moved out).</source>
        <translation>どの住戸にも住んでいません（退去済み）。</translation>
    </message>
    <message>
        <source>Unit to link</source>
        <translation>追加する住戸</translation>
    </message>
    <message>
        <source>Link to this unit too</source>
        <translation>この住戸にも追加</translation>
    </message>
    <message>
        <source>Unit moved out of</source>
        <translation>退去した住戸</translation>
    </message>
    <message>
        <source>Out of the last unit, the resident&apos;s kiosk card stops working; the name stays on this desk.</source>
        <translation>最後の住戸から退去すると、居住者のキオスク用カードは使えなくなります。名前はこのデスクに残ります。</translation>
    </message>
    <message>
        <source>Record the move-out</source>
        <translation>退去を記録</translation>
    </message>
    <message>
        <source>Residents and cards</source>
        <translation>居住者とカード</translation>
    </message>
    <message>
        <source>Names and phone numbers stay on this desk; the ledger only knows a resident&apos;s random id.</source>
        <translation>氏名と電話番号はこのデスクにだけ保存されます。台帳が知るのは居住者のランダムな ID だけです。</translation>
    </message>
    <message>
        <source>Filter residents</source>
        <translation>居住者を絞り込む</translation>
    </message>
    <message>
        <source>Register a resident</source>
        <translation>居住者を登録</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>住戸</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Selected resident</source>
        <translation>選択した居住者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Save on this desk</source>
        <translation>このデスクに保存</translation>
    </message>
    <message>
        <source>Kiosk card and PIN</source>
        <translation>キオスクのカードと PIN</translation>
    </message>
    <message>
        <source>Card (read it with the card reader)</source>
        <translation>カード（カードリーダーで読み取る）</translation>
    </message>
    <message>
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN（4〜12桁の数字）</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN（確認）</translation>
    </message>
    <message>
        <source>Enroll card and PIN</source>
        <translation>カードと PIN を登録</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in with your personal key file and its passphrase.</source>
        <translation>個人の鍵ファイルとそのパスフレーズでサインインしてください。</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>鍵ファイル</translation>
    </message>
    <message>
        <source>Courtyard key files (*.key)</source>
        <translation>Courtyard 鍵ファイル (*.key)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Demo identities</source>
        <translation>デモ用の身元</translation>
    </message>
    <message>
        <source>This is the demo community. Choose an identity to fill in its key file and passphrase:</source>
        <translation>これはデモ コミュニティです。身元を選ぶと鍵ファイルとパスフレーズが入力されます：</translation>
    </message>
    <message>
        <source>%1 · passphrase %2</source>
        <translation>%1 · パスフレーズ %2</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Change unit %1</source>
        <translation>住戸 %1 を変更</translation>
    </message>
    <message>
        <source>Change the selected unit</source>
        <translation>選んだ住戸を変更</translation>
    </message>
    <message>
        <source>Invoices already posted keep their amounts; the next period close reads the new area.</source>
        <translation>計上済みの請求書の金額は変わりません。次の期間締めは新しい面積を使います。</translation>
    </message>
    <message>
        <source>Save the unit</source>
        <translation>住戸を保存</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>住戸</translation>
    </message>
    <message>
        <source>Every unit with its area, share of the common costs, residents and what it owes.</source>
        <translation>各住戸の面積、共用費の負担割合、居住者、未払額。</translation>
    </message>
    <message>
        <source>Filter units</source>
        <translation>住戸を絞り込む</translation>
    </message>
    <message>
        <source>Register a unit</source>
        <translation>住戸を登録</translation>
    </message>
    <message>
        <source>Unit number</source>
        <translation>住戸番号</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面積（m²）</translation>
    </message>
    <message>
        <source>Share of common costs (%)</source>
        <translation>共用費の負担割合（%）</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登録</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>Units</source>
        <translation>住戸</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Residents and cards</source>
        <translation>居住者とカード</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>賃貸契約</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>請求</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>修理</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>委員会</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>会計</translation>
    </message>
</context>
<context>
    <name>courtyard::desk</name>
    <message>
        <source>Choose a unit in the table first.</source>
        <translation>まず表で住戸を選んでください。</translation>
    </message>
    <message>
        <source>Type the unit&apos;s new area, its new share or both.</source>
        <translation>住戸の新しい面積、新しい負担割合、またはその両方を入力してください。</translation>
    </message>
    <message>
        <source>Unit %1 changed.</source>
        <translation>住戸 %1 を変更しました。</translation>
    </message>
    <message>
        <source>Recorded: resident %1 lives in %2 too.</source>
        <translation>記録しました：居住者 %1 は %2 にも住んでいます。</translation>
    </message>
    <message>
        <source>cannot write the demo key file %1</source>
        <translation>デモの鍵ファイル %1 を書き込めません</translation>
    </message>
    <message>
        <source>cannot make a temporary folder for the demo</source>
        <translation>デモ用の一時フォルダーを作成できません</translation>
    </message>
    <message>
        <source>cannot make the demo folder %1</source>
        <translation>デモ フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>the demo folder %1 holds a demo already; use an empty folder</source>
        <translation>デモ フォルダー %1 にはすでにデモがあります。空のフォルダーを使ってください</translation>
    </message>
    <message>
        <source>cannot copy the demo ledger to %1</source>
        <translation>デモの台帳を %1 にコピーできません</translation>
    </message>
    <message>
        <source>the file %1 does not exist; choose it again</source>
        <translation>ファイル %1 がありません。もう一度選んでください</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読めません：%2</translation>
    </message>
    <message>
        <source>the desk does not know the transaction kind %1</source>
        <translation>デスクは取引の種類 %1 を知りません</translation>
    </message>
    <message>
        <source>no data folder given for the desk</source>
        <translation>デスクのデータフォルダーが指定されていません</translation>
    </message>
    <message>
        <source>cannot make the data folder %1</source>
        <translation>データフォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>there is no ledger at %1: enroll this desk with &apos;courtyard enroll&apos; or start it with --demo</source>
        <translation>%1 に台帳がありません。&apos;courtyard enroll&apos; でこのデスクを登録するか、--demo で起動してください</translation>
    </message>
    <message>
        <source>Someone is signed in already; sign out first.</source>
        <translation>すでに誰かがサインインしています。先にサインアウトしてください。</translation>
    </message>
    <message>
        <source>Choose your key file first.</source>
        <translation>まず鍵ファイルを選んでください。</translation>
    </message>
    <message>
        <source>The key file %1 does not exist. Choose your personal key file.</source>
        <translation>鍵ファイル %1 がありません。個人の鍵ファイルを選んでください。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a key file.</source>
        <translation>%1 は鍵ファイルとして読み込めません。</translation>
    </message>
    <message>
        <source>%1 is not a Courtyard key file (or it is damaged).</source>
        <translation>%1 は Courtyard の鍵ファイルではありません（または破損しています）。</translation>
    </message>
    <message>
        <source>The passphrase does not open this key file. Nothing was changed; type it again.</source>
        <translation>このパスフレーズでは鍵ファイルを開けません。何も変更されていません。もう一度入力してください。</translation>
    </message>
    <message>
        <source>The key file cannot be opened: %1</source>
        <translation>鍵ファイルを開けません：%1</translation>
    </message>
    <message>
        <source>The ledger cannot be read: %1</source>
        <translation>台帳を読めません：%1</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; holds no desk role (manager, committee or auditor) in this community&apos;s ledger. Ask the committee to grant one.</source>
        <translation>鍵「%1」にはこのコミュニティの台帳でデスクの役割（管理者・委員会・監査）がありません。委員会に付与を依頼してください。</translation>
    </message>
    <message>
        <source>The outbox cannot be read: %1</source>
        <translation>送信待ちを読めません：%1</translation>
    </message>
    <message>
        <source>The ledger cannot be opened again: %1</source>
        <translation>台帳を開き直せません：%1</translation>
    </message>
    <message>
        <source>The passphrase does not open this key file. The desk stays locked.</source>
        <translation>このパスフレーズでは鍵ファイルを開けません。デスクはロックされたままです。</translation>
    </message>
    <message>
        <source>cannot read the directory %1: %2</source>
        <translation>名簿 %1 を読めません：%2</translation>
    </message>
    <message>
        <source>the directory %1 is damaged (%2); restore it from a backup</source>
        <translation>名簿 %1 が破損しています（%2）。バックアップから復元してください</translation>
    </message>
    <message>
        <source>cannot write the directory %1: %2</source>
        <translation>名簿 %1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>cannot make the documents folder %1</source>
        <translation>書類フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot copy %1 into the documents folder %2</source>
        <translation>%1 を書類フォルダー %2 にコピーできません</translation>
    </message>
    <message>
        <source>the stored document %1 was changed: its SHA-256 is now %2</source>
        <translation>保存された書類 %1 が変更されています。現在の SHA-256 は %2 です</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>住戸</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面積（m²）</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>負担割合（%）</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居住者</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未払い</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>延滞</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>前払残高</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居住者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>住戸</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>What</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Key or code</source>
        <translation>鍵またはコード</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>家賃</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>敷金</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>発効日</translation>
    </message>
    <message>
        <source>Billing day</source>
        <translation>請求日</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>書類</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>From credit</source>
        <translation>前払いから</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>取引</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>依頼日時</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>緊急度</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>経過日数</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>見積もり</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>業者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>修理</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Nothing was recorded: %1</source>
        <translation>何も記録されていません：%1</translation>
    </message>
    <message>
        <source>Refused, nothing was recorded: %1</source>
        <translation>拒否されました。何も記録されていません：%1</translation>
    </message>
    <message>
        <source>Choose the document file first.</source>
        <translation>まず書類のファイルを選んでください。</translation>
    </message>
    <message>
        <source>Unit %1 registered.</source>
        <translation>住戸 %1 を登録しました。</translation>
    </message>
    <message>
        <source>Type the resident&apos;s name (it stays on this desk, not on the ledger).</source>
        <translation>居住者の氏名を入力してください（台帳ではなく、このデスクにだけ保存されます）。</translation>
    </message>
    <message>
        <source>The resident %1 was registered, but the directory could not be written: %2</source>
        <translation>居住者 %1 は登録されましたが、名簿に書き込めません：%2</translation>
    </message>
    <message>
        <source>%1 registered in unit %2 (resident %3).</source>
        <translation>%1 を %2 に登録しました（居住者 %3）。</translation>
    </message>
    <message>
        <source>Choose a resident in the table first.</source>
        <translation>まず表で居住者を選んでください。</translation>
    </message>
    <message>
        <source>Saved on this desk.</source>
        <translation>このデスクに保存しました。</translation>
    </message>
    <message>
        <source>Recorded: resident %1 moved out of %2.</source>
        <translation>記録しました：居住者 %1 が %2 から退去。</translation>
    </message>
    <message>
        <source>Read the card with the reader (or type its number).</source>
        <translation>カードをリーダーで読み取ってください（または番号を入力）。</translation>
    </message>
    <message>
        <source>The PIN is 4 to 12 digits.</source>
        <translation>PIN は 4〜12 桁の数字です。</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>2つの PIN が違います。同じ PIN を2回入力してください。</translation>
    </message>
    <message>
        <source>Card and PIN enrolled for resident %1.</source>
        <translation>居住者 %1 のカードと PIN を登録しました。</translation>
    </message>
    <message>
        <source>Enrollment code for &quot;%1&quot;: %2 — give it to whoever sets the kiosk up; it is shown only now.</source>
        <translation>「%1」の登録コード：%2 — キオスクを設置する人に渡してください。表示されるのは今だけです。</translation>
    </message>
    <message>
        <source>Choose an open enrollment code in the table first.</source>
        <translation>まず表で有効な登録コードを選んでください。</translation>
    </message>
    <message>
        <source>The enrollment code was cancelled.</source>
        <translation>登録コードを取り消しました。</translation>
    </message>
    <message>
        <source>Choose an enrolled device in the table first.</source>
        <translation>まず表で登録済みの端末を選んでください。</translation>
    </message>
    <message>
        <source>The device was revoked; its key can never sign in again.</source>
        <translation>端末を失効させました。その鍵で再びサインインすることはできません。</translation>
    </message>
    <message>
        <source>Lease %1 created for unit %2.</source>
        <translation>住戸 %2 の契約 %1 を作成しました。</translation>
    </message>
    <message>
        <source>Lease %1 renewed to %2.</source>
        <translation>契約 %1 を %2 まで更新しました。</translation>
    </message>
    <message>
        <source>Lease %1 amended from %2.</source>
        <translation>契約 %1 を %2 から変更しました。</translation>
    </message>
    <message>
        <source>Lease %1 terminated on %2; the deposit is settled.</source>
        <translation>契約 %1 を %2 に終了し、敷金を精算しました。</translation>
    </message>
    <message>
        <source>This period cannot be closed: %1</source>
        <translation>この期間は締められません：%1</translation>
    </message>
    <message>
        <source>Closing %1 issues the invoices below (count: %2, total: %3). Check them, then post.</source>
        <translation>%1 を締めると以下の請求書が発行されます（件数：%2、合計：%3）。確認してから確定してください。</translation>
    </message>
    <message>
        <source>Preview the period first, then post it.</source>
        <translation>まず期間をプレビューしてから確定してください。</translation>
    </message>
    <message>
        <source>%1 closed (invoices: %2, total: %3).</source>
        <translation>%1 を締めました（請求書：%2、合計：%3）。</translation>
    </message>
    <message>
        <source>Cash payment of %1 recorded for %2.</source>
        <translation>%2 の現金払い %1 を記録しました。</translation>
    </message>
    <message>
        <source>Bank payment of %1 recorded for %2.</source>
        <translation>%2 の銀行振込 %1 を記録しました。</translation>
    </message>
    <message>
        <source>Choose cash or bank transfer.</source>
        <translation>現金か銀行振込を選んでください。</translation>
    </message>
    <message>
        <source>Choose a payment in the table first.</source>
        <translation>まず表で支払いを選んでください。</translation>
    </message>
    <message>
        <source>Payment %1 reversed.</source>
        <translation>支払い %1 を取り消しました。</translation>
    </message>
    <message>
        <source>Quote of %1 from %2 recorded.</source>
        <translation>%2 の見積もり %1 を記録しました。</translation>
    </message>
    <message>
        <source>The quote is at or above the committee threshold (%1): the committee must co-sign this approval.</source>
        <translation>見積もりが委員会の上限（%1）以上です。この承認には委員会の連署が必要です。</translation>
    </message>
    <message>
        <source>Repair %1 approved.</source>
        <translation>修理 %1 を承認しました。</translation>
    </message>
    <message>
        <source>Repair %1 rejected.</source>
        <translation>修理 %1 を却下しました。</translation>
    </message>
    <message>
        <source>Repair %1: work started.</source>
        <translation>修理 %1：作業開始。</translation>
    </message>
    <message>
        <source>Repair %1: work complete.</source>
        <translation>修理 %1：作業完了。</translation>
    </message>
    <message>
        <source>Vendor paid %1 for repair %2.</source>
        <translation>修理 %2 の業者に %1 を支払いました。</translation>
    </message>
    <message>
        <source>Expense of %1 to %2 recorded.</source>
        <translation>%2 への支出 %1 を記録しました。</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>moved out</source>
        <translation>退去済み</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>open</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>used</source>
        <translation>使用済み</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消済み</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>登録コード</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>revoked: %1</source>
        <translation>失効：%1</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>期間の定めなし</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>common property</source>
        <translation>共用部分</translation>
    </message>
    <message>
        <source>on this desk</source>
        <translation>このデスクにあり</translation>
    </message>
    <message>
        <source>not here</source>
        <translation>ここにはない</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>サインアウト中</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation>同期中</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>サーバーに拒否されました</translation>
    </message>
    <message>
        <source>Stopped: verification failed</source>
        <translation>停止：検証に失敗</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>サーバー未設定</translation>
    </message>
    <message>
        <source>A block failed verification: %1</source>
        <translation>ブロックの検証に失敗しました：%1</translation>
    </message>
    <message>
        <source>Every block verified</source>
        <translation>すべてのブロックを検証済み</translation>
    </message>
    <message>
        <source>Approval inbox</source>
        <translation>承認の受信箱</translation>
    </message>
    <message>
        <source>Bank import</source>
        <translation>銀行明細の取込</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>滞納</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報告書</translation>
    </message>
    <message>
        <source>Only a quoted repair at or above the committee threshold (%1) goes to the committee; approve the others yourself.</source>
        <translation>委員会に送るのは見積もりが委員会の基準額（%1）以上の修理だけです。それ以外はご自身で承認してください。</translation>
    </message>
    <message>
        <source>Write a note for the committee (why this repair, why this quote), then send it again.</source>
        <translation>委員会へのメモ（この修理とこの見積もりを選ぶ理由）を書いてから、もう一度送ってください。</translation>
    </message>
    <message>
        <source>This desk has no server: the committee&apos;s signatures are collected by the community&apos;s server. Open the desk with its server, then send it again.</source>
        <translation>この端末にはサーバーがありません。委員会の署名はコミュニティのサーバーが集めます。サーバーに接続して端末を開き、もう一度送ってください。</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>何も送信されませんでした: %1</translation>
    </message>
    <message>
        <source>Not sent to the committee: %1</source>
        <translation>委員会に送れませんでした: %1</translation>
    </message>
    <message>
        <source>The server refused the proposal (%1): %2</source>
        <translation>サーバーが提案を拒否しました（%1）: %2</translation>
    </message>
    <message>
        <source>Repair %1 sent to the committee.</source>
        <translation>修理 %1 を委員会に送りました。</translation>
    </message>
    <message>
        <source>waiting for the committee (%1 of %2 signatures)</source>
        <translation>委員会の署名待ち（%2 件中 %1 件）</translation>
    </message>
    <message>
        <source>Repair %1 is already waiting for the committee.</source>
        <translation>修繕 %1 はすでに委員会の承認待ちです。</translation>
    </message>
    <message>
        <source>the desk is still connecting to the server; send it again in a moment</source>
        <translation>デスクはまだサーバーに接続中です。少し待ってから再度送信してください</translation>
    </message>
    <message>
        <source>Sending repair %1 to the committee…</source>
        <translation>修繕 %1 を委員会に送信しています…</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Repair approvals waiting for the committee: %1</source>
        <extracomment>On the repairs page: how many quoted repairs wait for the committee&apos;s co-signatures; it changes as the members sign.</extracomment>
        <translation>委員会待ちの修繕承認：%1</translation>
    </message>
</context>
</TS>
