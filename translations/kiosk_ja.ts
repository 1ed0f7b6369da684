<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AccessibilityBar</name>
    <message>
        <source>Larger text</source>
        <extracomment>Toggles larger text on every screen.</extracomment>
        <translation>文字を大きく</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Toggles white and yellow on black colours.</extracomment>
        <translation>ハイコントラスト</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <extracomment>Toggles spoken prompts.</extracomment>
        <translation>読み上げ</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <source>Please check your payment</source>
        <extracomment>Title of the confirmation screen before paying.</extracomment>
        <translation>お支払い内容をご確認ください</translation>
    </message>
    <message>
        <source>You will pay</source>
        <extracomment>Label above the amount about to be paid.</extracomment>
        <translation>お支払い金額</translation>
    </message>
    <message>
        <source>for unit %1</source>
        <extracomment>%1 is the unit number.</extracomment>
        <translation>住戸 %1 分</translation>
    </message>
    <message>
        <source>This pays:</source>
        <extracomment>Heading of the list of what the payment settles.</extracomment>
        <translation>お支払い対象：</translation>
    </message>
    <message>
        <source>After you touch Pay now, follow the instructions on the card terminal.</source>
        <extracomment>Explains the next step on the confirmation screen.</extracomment>
        <translation>「今すぐ支払う」を押したら、カード端末の案内に従ってください。</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Goes back to change what to pay.</extracomment>
        <translation>変更</translation>
    </message>
    <message>
        <source>Pay now</source>
        <extracomment>Starts the card payment on the terminal.</extracomment>
        <translation>今すぐ支払う</translation>
    </message>
</context>
<context>
    <name>CountdownDialog</name>
    <message>
        <source>Are you still there?</source>
        <extracomment>Asked after 45 seconds without a touch.</extracomment>
        <translation>まだご利用中ですか？</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this screen will be cleared in %Ln second(s).</source>
        <extracomment>%Ln is the number of seconds before the kiosk signs the resident out.</extracomment>
        <translation>
            <numerusform>プライバシー保護のため、%Ln 秒後に画面を消去します。</numerusform>
        </translation>
    </message>
    <message>
        <source>I am still here</source>
        <extracomment>Button on the idle question: keep the session.</extracomment>
        <translation>まだ使っています</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Unit %1</source>
        <extracomment>Title of the home screen; %1 is the unit number.</extracomment>
        <translation>住戸 %1</translation>
    </message>
    <message>
        <source>Due now</source>
        <extracomment>Label above the total amount the resident owes now.</extracomment>
        <translation>現在のお支払い額</translation>
    </message>
    <message>
        <source>Next due date: %1</source>
        <extracomment>The next due date that has not passed yet; %1 is a date.</extracomment>
        <translation>次回の期日：%1</translation>
    </message>
    <message>
        <source>Nothing is due. Thank you!</source>
        <extracomment>Shown when no invoice is open.</extracomment>
        <translation>お支払いはありません。ありがとうございます！</translation>
    </message>
    <message>
        <source>Prepaid credit: %1</source>
        <extracomment>Money paid in advance; %1 is an amount.</extracomment>
        <translation>前払い残高：%1</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <extracomment>Heading of the list of unpaid invoices.</extracomment>
        <translation>未払いの請求</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <extracomment>%1 is the due date of an invoice.</extracomment>
        <translation>%1 から期限超過</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期日 %1</translation>
    </message>
    <message>
        <source>Pay</source>
        <extracomment>Opens the payment screen.</extracomment>
        <translation>支払う</translation>
    </message>
    <message>
        <source>Recent payments</source>
        <extracomment>Heading of the list of the unit&apos;s latest payments.</extracomment>
        <translation>最近のお支払い</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <extracomment>Shown when the unit has no payment yet.</extracomment>
        <translation>お支払いはまだありません。</translation>
    </message>
    <message>
        <source>Repair requests</source>
        <extracomment>Heading of the list of the resident&apos;s repair requests.</extracomment>
        <translation>修理の依頼</translation>
    </message>
    <message>
        <source>No repair requests.</source>
        <extracomment>Shown when the resident has no repair request.</extracomment>
        <translation>修理の依頼はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <extracomment>How old a repair request is, in whole days.</extracomment>
        <translation>
            <numerusform>%Ln 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Report a repair</source>
        <extracomment>Opens the form to report something broken.</extracomment>
        <translation>修理を依頼</translation>
    </message>
    <message>
        <source>Follow requests</source>
        <extracomment>Opens the list of the resident&apos;s repair requests with their history.</extracomment>
        <translation>依頼の状況</translation>
    </message>
    <message>
        <source>Your credit score</source>
        <extracomment>Heading of the resident&apos;s own credit score.</extracomment>
        <translation>あなたの信用スコア</translation>
    </message>
    <message>
        <source>Credit score %1</source>
        <extracomment>Accessible name of the score; %1 is the number.</extracomment>
        <translation>信用スコア %1</translation>
    </message>
    <message>
        <source>No score yet: it is worked out at the end of each month.</source>
        <extracomment>Shown instead of a score for a new resident.</extracomment>
        <translation>スコアはまだありません。毎月末に計算されます。</translation>
    </message>
    <message>
        <source>Why:</source>
        <extracomment>Heading above the reasons that explain the score.</extracomment>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <extracomment>The part of the amount due whose due date has passed; %1 is an amount.</extracomment>
        <translation>期限超過：%1</translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <source>Who are you?</source>
        <extracomment>Title of the screen where the resident says who they are.</extracomment>
        <translation>ご本人確認</translation>
    </message>
    <message>
        <source>Your card</source>
        <extracomment>Heading: identify with the resident card.</extracomment>
        <translation>住民カード</translation>
    </message>
    <message>
        <source>Hold your resident card or the QR code on your phone to the reader below the screen.</source>
        <extracomment>Explains the card reader below the screen.</extracomment>
        <translation>住民カードまたはスマートフォンのQRコードを画面下のリーダーにかざしてください。</translation>
    </message>
    <message>
        <source>Or your unit number</source>
        <extracomment>Heading: identify by typing the flat&apos;s unit number instead of a card.</extracomment>
        <translation>または住戸番号</translation>
    </message>
    <message>
        <source>Unit number: %1</source>
        <extracomment>Accessible name of the field showing the unit number typed so far.</extracomment>
        <translation>住戸番号：%1</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Goes on to the PIN after typing the unit number.</extracomment>
        <translation>次へ</translation>
    </message>
</context>
<context>
    <name>KioskMain</name>
    <message>
        <source>The Courtyard lobby kiosk: residents pay rent and fees and follow repairs.</source>
        <translation>Courtyard ロビー端末：住民が家賃や費用を支払い、修理を確認します。</translation>
    </message>
    <message>
        <source>Start on an embedded demo community (its own server on 127.0.0.1).</source>
        <translation>内蔵のデモコミュニティで起動します（127.0.0.1 上の専用サーバー）。</translation>
    </message>
    <message>
        <source>Keep the demo&apos;s ledger in &lt;dir&gt; (default: a temporary folder).</source>
        <translation>デモの台帳を &lt;dir&gt; に保存します（既定：一時フォルダー）。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s configuration file (default: %1).</source>
        <translation>端末の設定ファイル（既定：%1）。</translation>
    </message>
    <message>
        <source>Render every screen in the four languages to PNG files in &lt;dir&gt;, then exit.</source>
        <translation>すべての画面を4言語で &lt;dir&gt; に PNG として出力し、終了します。</translation>
    </message>
    <message>
        <source>A 1920x1080 window instead of full screen (for development).</source>
        <translation>全画面ではなく 1920x1080 のウィンドウ（開発用）。</translation>
    </message>
    <message>
        <source>Start in &lt;code&gt;: en, zh_CN, ja or ar.</source>
        <translation>&lt;code&gt; で起動：en、zh_CN、ja、ar。</translation>
    </message>
    <message>
        <source>Read a staff PIN from standard input and print its hash for staff_pin_hash.</source>
        <translation>標準入力からスタッフPINを読み取り、staff_pin_hash 用のハッシュを出力します。</translation>
    </message>
    <message>
        <source>A staff PIN is 4 to 12 digits.</source>
        <translation>スタッフPINは4〜12桁の数字です。</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use en, zh_CN, ja or ar.</source>
        <translation>不明な言語「%1」：en、zh_CN、ja、ar のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>The demo community could not start: %1</source>
        <translation>デモコミュニティを起動できません：%1</translation>
    </message>
    <message>
        <source>Cannot read the kiosk&apos;s configuration %1: %2
Enroll the kiosk first (docs/kiosk.md), or try --demo.</source>
        <translation>端末の設定 %1 を読み込めません：%2
先に端末を登録するか（docs/kiosk.md）、--demo を試してください。</translation>
    </message>
    <message>
        <source>The kiosk could not open its ledger: %1</source>
        <translation>端末が台帳を開けません：%1</translation>
    </message>
    <message>
        <source>The kiosk&apos;s screens could not be loaded.</source>
        <translation>端末の画面を読み込めません。</translation>
    </message>
</context>
<context>
    <name>KioskShell</name>
    <message>
        <source>Are you still there?</source>
        <translation>まだご利用中ですか？</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <extracomment>Accessible name of the row of language buttons.</extracomment>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>ListScrollBar</name>
    <message>
        <source>Scroll for more</source>
        <translation>スクロールして続きを表示</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Courtyard kiosk</source>
        <extracomment>The window title (seen only by staff tools; the kiosk has no title bar).</extracomment>
        <translation>Courtyard 端末</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Number pad</source>
        <extracomment>Accessible name of the on-screen number pad.</extracomment>
        <translation>数字キー</translation>
    </message>
    <message>
        <source>Dash</source>
        <extracomment>Accessible name of the dash key used in unit numbers such as 1-0203.</extracomment>
        <translation>ハイフン</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>The key on the number pad that removes the last digit typed.</extracomment>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message numerus="yes">
        <source>Offline — payments are saved and will be sent (%Ln waiting)</source>
        <extracomment>Banner while the server cannot be reached; %Ln payments wait on this kiosk.</extracomment>
        <translation>
            <numerusform>オフライン — 支払いは保存され、後で送信されます（%Ln 件待機中）</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — payments are saved and will be sent</source>
        <extracomment>Banner while the server cannot be reached.</extracomment>
        <translation>オフライン — 支払いは保存され、後で送信されます</translation>
    </message>
</context>
<context>
    <name>PayScreen</name>
    <message>
        <source>What would you like to pay?</source>
        <extracomment>Title of the screen where the resident chooses what to pay.</extracomment>
        <translation>何を支払いますか？</translation>
    </message>
    <message>
        <source>Pay everything due</source>
        <extracomment>Pays every open invoice at once.</extracomment>
        <translation>未払い分をすべて支払う</translation>
    </message>
    <message>
        <source>Or choose invoices</source>
        <extracomment>Heading: pick some of the open invoices to pay.</extracomment>
        <translation>または請求を選ぶ</translation>
    </message>
    <message numerus="yes">
        <source>Pay %Ln invoice(s)</source>
        <extracomment>Pays the invoices ticked above; %Ln is how many.</extracomment>
        <translation>
            <numerusform>%Ln 件の請求を支払う</numerusform>
        </translation>
    </message>
    <message>
        <source>Or another amount</source>
        <extracomment>Heading: type an amount of one&apos;s own.</extracomment>
        <translation>または別の金額</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <extracomment>Accessible name of the amount typed so far.</extracomment>
        <translation>金額：%1</translation>
    </message>
    <message>
        <source>Pay this amount</source>
        <extracomment>Pays the amount typed on the number pad.</extracomment>
        <translation>この金額を支払う</translation>
    </message>
    <message>
        <source>up to %1</source>
        <extracomment>%1 is the largest amount the kiosk takes at once.</extracomment>
        <translation>上限 %1</translation>
    </message>
</context>
<context>
    <name>PinDots</name>
    <message numerus="yes">
        <source>%Ln digit(s) entered</source>
        <extracomment>Read aloud for the masked PIN field; %Ln is how many digits were typed.</extracomment>
        <translation>
            <numerusform>%Ln 桁入力済み</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Enter your PIN</source>
        <extracomment>Title of the PIN screen.</extracomment>
        <translation>PINを入力してください</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <extracomment>Who is signing in; %1 is the unit number.</extracomment>
        <translation>住戸 %1</translation>
    </message>
    <message>
        <source>Cover the keypad with your other hand. Your PIN is never shown.</source>
        <extracomment>Under the PIN title: privacy hint for a shared screen.</extracomment>
        <translation>もう一方の手でキーを隠してください。PINは表示されません。</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Confirms the PIN typed.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Checking your PIN…</source>
        <extracomment>Shown while the PIN typed is being checked (about a second).</extracomment>
        <translation>PINを確認しています…</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <source>Receipt</source>
        <extracomment>Title of the receipt screen.</extracomment>
        <translation>領収書</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Receipt field label.</extracomment>
        <translation>状態</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>Receipt field label.</extracomment>
        <translation>金額</translation>
    </message>
    <message>
        <source>Unit</source>
        <extracomment>Receipt field label: the flat&apos;s unit number.</extracomment>
        <translation>住戸</translation>
    </message>
    <message>
        <source>Covers</source>
        <extracomment>Receipt field label: what the payment paid for.</extracomment>
        <translation>対象</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Receipt field label.</extracomment>
        <translation>日時</translation>
    </message>
    <message>
        <source>Approval code</source>
        <extracomment>Receipt field label: the code the card terminal gave.</extracomment>
        <translation>承認コード</translation>
    </message>
    <message>
        <source>Transaction</source>
        <extracomment>Receipt field label: the ledger&apos;s id of the payment.</extracomment>
        <translation>取引</translation>
    </message>
    <message>
        <source>QR code to verify this receipt</source>
        <extracomment>Accessible name of the receipt&apos;s QR code.</extracomment>
        <translation>この領収書を確認するQRコード</translation>
    </message>
    <message>
        <source>Scan to keep or verify this receipt.</source>
        <extracomment>Under the receipt&apos;s QR code.</extracomment>
        <translation>スキャンして領収書を保存・確認できます。</translation>
    </message>
    <message>
        <source>Print</source>
        <extracomment>Prints the receipt on the kiosk&apos;s printer.</extracomment>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <extracomment>Saves the receipt as a PDF file.</extracomment>
        <translation>PDFで保存</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Leaves the receipt for the resident&apos;s overview.</extracomment>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>RepairScreen</name>
    <message>
        <source>In my unit</source>
        <extracomment>Where the repair is: inside the resident&apos;s own flat.</extracomment>
        <translation>自宅内</translation>
    </message>
    <message>
        <source>Common area</source>
        <extracomment>Where the repair is: stairs, lift, garden, ...</extracomment>
        <translation>共用部分</translation>
    </message>
    <message>
        <source>Report a repair</source>
        <extracomment>Title of the repair request form.</extracomment>
        <translation>修理を依頼</translation>
    </message>
    <message>
        <source>What needs repair?</source>
        <extracomment>Form label: the kind of repair.</extracomment>
        <translation>何の修理ですか？</translation>
    </message>
    <message>
        <source>Where?</source>
        <extracomment>Form label: where the problem is.</extracomment>
        <translation>場所は？</translation>
    </message>
    <message>
        <source>How urgent?</source>
        <extracomment>Form label: how soon the repair is needed.</extracomment>
        <translation>緊急度は？</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <extracomment>Form label: the resident describes the problem in their own words.</extracomment>
        <translation>どんな問題ですか？</translation>
    </message>
    <message>
        <source>For example: the kitchen tap drips</source>
        <extracomment>Placeholder of the description field.</extracomment>
        <translation>例：台所の蛇口から水が漏れる</translation>
    </message>
    <message>
        <source>Send request</source>
        <extracomment>Sends the repair request.</extracomment>
        <translation>依頼を送信</translation>
    </message>
    <message>
        <source>Or type it, for example: stairwell B, 3rd floor</source>
        <extracomment>Placeholder of the location field, under the places to tap.</extracomment>
        <translation>または入力（例：B 階段 3 階）</translation>
    </message>
</context>
<context>
    <name>RepairStatusScreen</name>
    <message>
        <source>Your repair requests</source>
        <extracomment>Title of the list of the resident&apos;s repair requests.</extracomment>
        <translation>あなたの修理の依頼</translation>
    </message>
    <message>
        <source>No repair requests.</source>
        <translation>修理の依頼はありません。</translation>
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
            <numerusform>%1 に依頼（%Ln 日前）</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <extracomment>Why the manager declined the request.</extracomment>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Report another repair</source>
        <extracomment>Opens the form for another repair request.</extracomment>
        <translation>別の修理を依頼</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <extracomment>Where the repair is, as the resident said it (a place like &quot;Kitchen&quot;, or typed).</extracomment>
        <translation>場所：%1</translation>
    </message>
</context>
<context>
    <name>ScreenHeader</name>
    <message>
        <source>Back</source>
        <extracomment>Goes to the previous screen.</extracomment>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Ends the resident&apos;s session and clears the screen.</extracomment>
        <translation>終了する</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff menu</source>
        <extracomment>Title of the staff menu.</extracomment>
        <translation>スタッフメニュー</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <extracomment>Asks staff for their PIN before the staff menu opens.</extracomment>
        <translation>スタッフPIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Shown for the server when the kiosk has none configured.
----------
Shown when the device has no error to report.</extracomment>
        <translation>なし</translation>
    </message>
    <message>
        <source>Last block</source>
        <translation>最新ブロック</translation>
    </message>
    <message>
        <source>#%1 at %2</source>
        <extracomment>%1 is the block&apos;s height, %2 its time.</extracomment>
        <translation>#%1（%2）</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>送信待ち</translation>
    </message>
    <message numerus="yes">
        <source>%Ln transaction(s)</source>
        <extracomment>Outbox entries not yet sealed into a block.</extracomment>
        <translation>
            <numerusform>%Ln 件の取引</numerusform>
        </translation>
    </message>
    <message>
        <source>Open card payments</source>
        <translation>未確定のカード支払い</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unresolved</source>
        <extracomment>Terminal payments whose outcome is not known yet.</extracomment>
        <translation>
            <numerusform>%Ln 件未確定</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>カード端末</translation>
    </message>
    <message>
        <source>Device key</source>
        <translation>端末の鍵</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最後のエラー</translation>
    </message>
    <message>
        <source>Rejected transactions</source>
        <extracomment>Heading: transactions the server refused, with its reasons.</extracomment>
        <translation>拒否された取引</translation>
    </message>
    <message>
        <source>Simulated terminal: next answer</source>
        <extracomment>Demo only: choose what the simulated card terminal answers next.</extracomment>
        <translation>模擬端末：次の応答</translation>
    </message>
    <message>
        <source>Approve</source>
        <extracomment>Simulated terminal answer.</extracomment>
        <translation>承認</translation>
    </message>
    <message>
        <source>Decline</source>
        <extracomment>Simulated terminal answer.</extracomment>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Time out</source>
        <extracomment>Simulated terminal answer.</extracomment>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Simulated terminal answer.</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Back to welcome</source>
        <extracomment>Leaves the staff menu for the welcome screen.</extracomment>
        <translation>最初の画面へ</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <extracomment>Closes the kiosk application (staff only).</extracomment>
        <translation>デスクトップに戻る</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <extracomment>Shown while the staff PIN typed is being checked.</extracomment>
        <translation>PINを確認しています…</translation>
    </message>
</context>
<context>
    <name>StartupScreen</name>
    <message>
        <source>One moment…</source>
        <extracomment>Shown when a card, a unit number or the staff button was used while the kiosk is still starting; it is handled in a few seconds.</extracomment>
        <translation>少々お待ちください…</translation>
    </message>
    <message>
        <source>The kiosk is getting ready and will continue by itself.</source>
        <extracomment>Below &quot;One moment…&quot;: the kiosk is still starting and will continue by itself.</extracomment>
        <translation>端末の準備中です。準備ができると自動的に続きます。</translation>
    </message>
    <message>
        <source>This kiosk cannot be used now. Please tell the building&apos;s staff.</source>
        <extracomment>Below the reason the kiosk cannot start: residents cannot use it until staff repair it.</extracomment>
        <translation>この端末は現在ご利用いただけません。建物のスタッフにお知らせください。</translation>
    </message>
</context>
<context>
    <name>TerminalScreen</name>
    <message>
        <source>Payment approved</source>
        <extracomment>The payment terminal accepted the card.</extracomment>
        <translation>支払いが承認されました</translation>
    </message>
    <message>
        <source>Card declined</source>
        <extracomment>The bank refused the card.</extracomment>
        <translation>カードが拒否されました</translation>
    </message>
    <message>
        <source>No answer from the terminal</source>
        <extracomment>The payment terminal did not answer in time.</extracomment>
        <translation>端末から応答がありません</translation>
    </message>
    <message>
        <source>Payment cancelled</source>
        <extracomment>The resident or the terminal stopped the payment.</extracomment>
        <translation>支払いが取り消されました</translation>
    </message>
    <message>
        <source>Please use the card terminal</source>
        <extracomment>While the card terminal works.</extracomment>
        <translation>カード端末をご利用ください</translation>
    </message>
    <message>
        <source>Thank you. Your payment is recorded and your receipt is ready.</source>
        <extracomment>After approval; the payment is in the kiosk&apos;s outbox until the server seals it.</extracomment>
        <translation>ありがとうございます。お支払いを記録し、領収書の準備ができました。</translation>
    </message>
    <message>
        <source>No money was taken. You can try another card or pay later.</source>
        <translation>請求はされていません。別のカードを使うか、後でお支払いください。</translation>
    </message>
    <message>
        <source>We do not know yet whether the card was charged. Touch Check again: you will never be charged twice.</source>
        <extracomment>After a terminal time-out: asking again never charges twice.</extracomment>
        <translation>カードが請求されたかまだ分かりません。「再確認」を押してください。二重に請求されることはありません。</translation>
    </message>
    <message>
        <source>No money was taken.</source>
        <translation>請求はされていません。</translation>
    </message>
    <message>
        <source>Insert, tap or swipe your card on the terminal and follow its instructions.</source>
        <translation>端末にカードを挿入・タッチ・スワイプし、案内に従ってください。</translation>
    </message>
    <message>
        <source>See receipt</source>
        <extracomment>Shows the receipt of the payment just made.</extracomment>
        <translation>領収書を見る</translation>
    </message>
    <message>
        <source>Check again</source>
        <extracomment>Asks the terminal again about a payment that timed out.</extracomment>
        <translation>再確認</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>Goes back to choose what to pay after a declined or cancelled payment.</extracomment>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Back to the resident&apos;s overview.</extracomment>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Staff</source>
        <extracomment>Opens the staff menu (asks for the staff PIN first).</extracomment>
        <translation>スタッフ</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>The first word on the lobby screen.</extracomment>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Hold your resident card or QR code to the reader, or touch Start.</source>
        <extracomment>How to begin: with the resident card / QR code on the reader, or the Start button.</extracomment>
        <translation>住民カードかQRコードをリーダーにかざすか、「開始」を押してください。</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Starts a session on the welcome screen.</extracomment>
        <translation>開始</translation>
    </message>
</context>
<context>
    <name>courtyard::contracts</name>
    <message>
        <source>Not enough payment history yet: the score is the neutral one</source>
        <translation>支払い履歴がまだ不十分なため、標準のスコアです</translation>
    </message>
    <message>
        <source>Dues paid by their due date over the last 24 months</source>
        <translation>過去24か月に期日までに支払った額</translation>
    </message>
    <message>
        <source>Late payments in the last 12 months</source>
        <translation>過去12か月の支払い遅延</translation>
    </message>
    <message>
        <source>Late payments 12 to 24 months ago</source>
        <translation>12〜24か月前の支払い遅延</translation>
    </message>
    <message>
        <source>Dues past their due date that are still unpaid</source>
        <translation>期日を過ぎても未払いの額</translation>
    </message>
    <message>
        <source>Living in the community for less than a year</source>
        <translation>入居1年未満</translation>
    </message>
    <message>
        <source>Living in the community for a year or more</source>
        <translation>入居1年以上</translation>
    </message>
    <message>
        <source>Payments that were reversed in the last 24 months</source>
        <translation>過去24か月に取り消された支払い</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an invoice key (invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt;)</source>
        <translation>「%1」は請求キーではありません（invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt;）</translation>
    </message>
    <message>
        <source>say in 1 to %1 characters why</source>
        <translation>理由を1〜%1文字で入力してください</translation>
    </message>
</context>
<context>
    <name>courtyard::contracts::DisputeContract</name>
    <message>
        <source>a dispute is filed at a kiosk or by the manager</source>
        <translation>異議は端末または管理者が申し立てます</translation>
    </message>
    <message>
        <source>there is no invoice %1</source>
        <translation>請求 %1 はありません</translation>
    </message>
    <message>
        <source>this resident does not live in unit %1</source>
        <translation>この住民は住戸 %1 に住んでいません</translation>
    </message>
    <message>
        <source>this invoice has already been disputed</source>
        <translation>この請求には既に異議が申し立てられています</translation>
    </message>
</context>
<context>
    <name>courtyard::contracts::ResolveDisputeContract</name>
    <message>
        <source>a dispute is resolved as &quot;upheld&quot; or &quot;corrected&quot;</source>
        <translation>異議は「維持」または「訂正」で解決します</translation>
    </message>
    <message>
        <source>invoice %1 is not disputed</source>
        <translation>請求 %1 に異議はありません</translation>
    </message>
    <message>
        <source>this dispute has already been resolved</source>
        <translation>この異議は既に解決済みです</translation>
    </message>
</context>
<context>
    <name>courtyard::kiosk</name>
    <message>
        <source>there is no kiosk configuration at %1</source>
        <translation>%1 に端末の設定がありません</translation>
    </message>
    <message>
        <source>%1 is not a readable INI file</source>
        <translation>%1 は読み込める INI ファイルではありません</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos; in [kiosk]</source>
        <translation>%1：[kiosk] に不明なキー「%2」があります</translation>
    </message>
    <message>
        <source>%1: &apos;ledger&apos; and &apos;key&apos; are required (what `courtyard enroll` made)</source>
        <translation>%1：「ledger」と「key」が必要です（`courtyard enroll` で作成）</translation>
    </message>
    <message>
        <source>%1: &apos;server&apos; must be wss://HOST:PORT</source>
        <translation>%1：「server」は wss://HOST:PORT で指定してください</translation>
    </message>
    <message>
        <source>%1: &apos;server_pin&apos; must be the server certificate&apos;s SHA-256 fingerprint</source>
        <translation>%1：「server_pin」はサーバー証明書の SHA-256 フィンガープリントにしてください</translation>
    </message>
    <message>
        <source>%1: &apos;staff_pin_hash&apos; must be the Argon2id hash of the staff PIN ($argon2id$...)</source>
        <translation>%1：「staff_pin_hash」はスタッフPINの Argon2id ハッシュにしてください（$argon2id$...）</translation>
    </message>
    <message>
        <source>%1: &apos;idle_seconds&apos; must be a whole number from 10 to 600</source>
        <translation>%1：「idle_seconds」は10〜600の整数にしてください</translation>
    </message>
    <message>
        <source>Your account cannot be shown right now. Please ask the office.</source>
        <translation>現在アカウントを表示できません。管理事務所にお問い合わせください。</translation>
    </message>
    <message>
        <source>cannot make a temporary folder for the demo</source>
        <translation>デモ用の一時フォルダーを作成できません</translation>
    </message>
    <message>
        <source>cannot make the demo folder %1</source>
        <translation>デモフォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>the demo folder %1 holds a demo already; use an empty folder</source>
        <translation>デモフォルダー %1 には既にデモがあります。空のフォルダーを使ってください</translation>
    </message>
    <message>
        <source>cannot copy the demo ledger to %1</source>
        <translation>デモ台帳を %1 にコピーできません</translation>
    </message>
    <message>
        <source>Online: up to date with the community server</source>
        <translation>オンライン：コミュニティサーバーと同期済み</translation>
    </message>
    <message>
        <source>Connecting to the community server</source>
        <translation>コミュニティサーバーに接続中</translation>
    </message>
    <message>
        <source>Receiving new blocks from the community server</source>
        <translation>コミュニティサーバーから新しいブロックを受信中</translation>
    </message>
    <message>
        <source>The community server refused this kiosk (revoked or not enrolled)</source>
        <translation>コミュニティサーバーがこの端末を拒否しました（失効または未登録）</translation>
    </message>
    <message>
        <source>Stopped: a block from the server failed verification; evidence was kept</source>
        <translation>停止：サーバーのブロックが検証に失敗しました。証拠を保存しました</translation>
    </message>
    <message>
        <source>Offline: the community server cannot be reached</source>
        <translation>オフライン：コミュニティサーバーに接続できません</translation>
    </message>
    <message>
        <source>Offline: no community server configured</source>
        <translation>オフライン：コミュニティサーバーが設定されていません</translation>
    </message>
    <message numerus="yes">
        <source>Offline — payments are saved and will be sent (%Ln waiting)</source>
        <translation>
            <numerusform>オフライン — 支払いは保存され、後で送信されます（%Ln 件待機中）</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — payments are saved and will be sent</source>
        <translation>オフライン — 支払いは保存され、後で送信されます</translation>
    </message>
    <message>
        <source>Card payment</source>
        <translation>カード払い</translation>
    </message>
    <message>
        <source>Repair request</source>
        <translation>修理の依頼</translation>
    </message>
    <message>
        <source>Wrong PIN record</source>
        <translation>PIN誤り記録</translation>
    </message>
    <message>
        <source>Sign-in record</source>
        <translation>サインイン記録</translation>
    </message>
    <message>
        <source>Too many wrong staff PINs. Try again in a few minutes.</source>
        <translation>スタッフPINの誤りが多すぎます。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Wrong staff PIN.</source>
        <translation>スタッフPINが違います。</translation>
    </message>
    <message>
        <source>the kiosk&apos;s max_payment &apos;%1&apos; is not a positive amount of %2</source>
        <translation>端末の max_payment「%1」は %2 の正の金額ではありません</translation>
    </message>
    <message>
        <source>cannot read the kiosk&apos;s key %1: %2</source>
        <translation>端末の鍵 %1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>cannot read the passphrase file %1: %2</source>
        <translation>パスフレーズファイル %1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>the kiosk&apos;s ledger %1 (made by `courtyard enroll`)</source>
        <translation>端末の台帳 %1（`courtyard enroll` で作成）</translation>
    </message>
    <message>
        <source>Pay %1 for unit %2</source>
        <extracomment>%1 is an amount with its currency, %2 a unit number</extracomment>
        <translation>住戸 %2 の %1 を支払う</translation>
    </message>
    <message>
        <source>%1: %2 (part of %3)</source>
        <translation>%1：%2（%3 のうち一部）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Prepaid credit for the next bills: %1</source>
        <translation>次回以降の請求への前払い：%1</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>先にサインインしてください。</translation>
    </message>
    <message>
        <source>There is nothing to pay.</source>
        <translation>お支払いはありません。</translation>
    </message>
    <message>
        <source>The kiosk takes at most %1 in one payment. Please pay a smaller amount, or pay the rest at the office.</source>
        <translation>この端末で1回に支払えるのは %1 までです。少ない金額にするか、残りは事務所でお支払いください。</translation>
    </message>
    <message>
        <source>Choose at least one bill to pay.</source>
        <translation>支払う請求を1つ以上選んでください。</translation>
    </message>
    <message>
        <source>That bill is not open any more. Please choose again.</source>
        <translation>その請求はもう未払いではありません。選び直してください。</translation>
    </message>
    <message>
        <source>Amounts in %1 have no decimals. Type a whole number.</source>
        <translation>%1 の金額に小数はありません。整数で入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>Amounts in %1 have at most %Ln decimals.</source>
        <translation>
            <numerusform>%1 の金額は小数点以下 %Ln 桁までです。</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount. Type it with digits, for example 1200.50.</source>
        <translation>「%1」は金額ではありません。数字で入力してください（例：1200.50）。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金額は0より大きくしてください。</translation>
    </message>
    <message>
        <source>The kiosk cannot take payments right now (it cannot save them). Nothing was charged. Please pay at the office.</source>
        <translation>現在この端末では支払いを受け付けられません（保存できません）。請求はされていません。事務所でお支払いください。</translation>
    </message>
    <message>
        <source>Your card was charged, but the kiosk could not record the payment. Please show reference %1 at the office.</source>
        <translation>カードは請求されましたが、端末が支払いを記録できませんでした。事務所で参照番号 %1 をお見せください。</translation>
    </message>
    <message>
        <source>The card was declined. Nothing was charged.</source>
        <translation>カードが拒否されました。請求はされていません。</translation>
    </message>
    <message>
        <source>The terminal did not answer. Press Pay to ask it again: you will not be charged twice.</source>
        <translation>端末から応答がありません。もう一度「支払う」を押して確認してください。二重に請求されることはありません。</translation>
    </message>
    <message>
        <source>The payment was cancelled on the terminal. Nothing was charged.</source>
        <translation>端末で支払いが取り消されました。請求はされていません。</translation>
    </message>
    <message>
        <source>The terminal did not take the payment. Nothing was charged.</source>
        <translation>端末は支払いを受け付けませんでした。請求はされていません。</translation>
    </message>
    <message>
        <source>Simulated payment terminal</source>
        <translation>模擬カード端末</translation>
    </message>
    <message>
        <source>The card was declined. Try another card or pay at the office.</source>
        <translation>カードが拒否されました。別のカードを使うか、事務所でお支払いください。</translation>
    </message>
    <message>
        <source>Confirmed in block %1</source>
        <translation>確定済み（ブロック %1）</translation>
    </message>
    <message>
        <source>Pending: saved on this kiosk, waiting for the community server</source>
        <translation>保留中：この端末に保存され、サーバーを待っています</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>お支払いの領収書</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>住戸：%1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金額：%1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>日時：%1</translation>
    </message>
    <message>
        <source>Paid at: %1</source>
        <translation>支払場所：%1</translation>
    </message>
    <message>
        <source>lobby kiosk, card terminal</source>
        <translation>ロビー端末、カード端末</translation>
    </message>
    <message>
        <source>Approval code: %1</source>
        <translation>承認コード：%1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>参照番号：%1</translation>
    </message>
    <message>
        <source>Covers:</source>
        <translation>対象：</translation>
    </message>
    <message>
        <source>Transaction: %1</source>
        <translation>取引：%1</translation>
    </message>
    <message>
        <source>There is no receipt to save.</source>
        <translation>保存する領収書がありません。</translation>
    </message>
    <message>
        <source>Payment receipt %1</source>
        <translation>お支払いの領収書 %1</translation>
    </message>
    <message>
        <source>The receipt could not be saved to %1.</source>
        <translation>領収書を %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>The receipt was saved.</source>
        <translation>領収書を保存しました。</translation>
    </message>
    <message>
        <source>There is no receipt to print.</source>
        <translation>印刷する領収書がありません。</translation>
    </message>
    <message>
        <source>No printer is connected to this kiosk. Take a photo of the QR code, or ask the office for a printed receipt.</source>
        <translation>この端末にはプリンターがありません。QRコードを撮影するか、事務所で印刷した領収書をお受け取りください。</translation>
    </message>
    <message>
        <source>The printer %1 did not accept the receipt. Please ask the office.</source>
        <translation>プリンター %1 が領収書を受け付けませんでした。事務所にお問い合わせください。</translation>
    </message>
    <message>
        <source>The receipt is printing on %1.</source>
        <translation>領収書を %1 で印刷しています。</translation>
    </message>
    <message>
        <source>Choose what needs repair.</source>
        <translation>修理の種類を選んでください。</translation>
    </message>
    <message>
        <source>Choose how urgent it is.</source>
        <translation>緊急度を選んでください。</translation>
    </message>
    <message>
        <source>Describe the problem in a few words.</source>
        <translation>問題を簡単に説明してください。</translation>
    </message>
    <message numerus="yes">
        <source>The location can be at most %Ln characters.</source>
        <translation>
            <numerusform>場所は %Ln 文字までです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The description can be at most %Ln characters.</source>
        <translation>
            <numerusform>説明は %Ln 文字までです。</numerusform>
        </translation>
    </message>
    <message>
        <source>The kiosk cannot save your request right now. Please tell the office.</source>
        <translation>現在この端末では依頼を保存できません。事務所にお知らせください。</translation>
    </message>
    <message>
        <source>The request was not accepted: %1</source>
        <translation>依頼は受け付けられませんでした：%1</translation>
    </message>
    <message>
        <source>Your request was sent. You can follow it under My repairs.</source>
        <translation>依頼を送信しました。「修理の依頼」で状況を確認できます。</translation>
    </message>
    <message>
        <source>The card could not be read. Hold it still against the reader and try again.</source>
        <translation>カードを読み取れませんでした。リーダーに静止させて、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The kiosk cannot read its records right now. Please ask the office.</source>
        <translation>端末が記録を読み込めません。事務所にお問い合わせください。</translation>
    </message>
    <message>
        <source>This card is not known here. Ask the office to enroll it, or use your unit number.</source>
        <translation>このカードは登録されていません。事務所で登録するか、住戸番号をお使いください。</translation>
    </message>
    <message>
        <source>This card belongs to nobody living here now. Please ask the office.</source>
        <translation>このカードは現在の住民のものではありません。事務所にお問い合わせください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a unit number. Type it as on your door, for example 12-0301.</source>
        <translation>「%1」は住戸番号ではありません。ドアの表示どおり入力してください（例：12-0301）。</translation>
    </message>
    <message>
        <source>There is no unit %1 here. Check the number on your door.</source>
        <translation>住戸 %1 はありません。ドアの番号をご確認ください。</translation>
    </message>
    <message>
        <source>Nobody in unit %1 has a card with a PIN yet. The office can enroll one.</source>
        <translation>住戸 %1 にはPIN付きのカードがまだありません。事務所で登録できます。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. This card is locked until %1.</source>
        <translation>PINの誤りが多すぎます。このカードは %1 までロックされています。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PINは4〜12桁の数字です。</translation>
    </message>
    <message>
        <source>Wrong PIN. Too many wrong PINs: this card is locked until %1. The office can help.</source>
        <translation>PINが違います。誤りが多すぎるため、このカードは %1 までロックされます。事務所にご相談ください。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %Ln tries left before the card is locked.</source>
        <translation>
            <numerusform>PINが違います。あと %Ln 回でカードがロックされます。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &apos;sqlite_memory_mib&apos; must be a whole number from 0 (no limit) to 4096</source>
        <translation>%1：&apos;sqlite_memory_mib&apos; は 0（制限なし）から 4096 までの整数で指定してください</translation>
    </message>
    <message>
        <source>Kiosk enrollment</source>
        <translation>端末の登録</translation>
    </message>
    <message>
        <source>Other transaction</source>
        <translation>その他の取引</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <extracomment>A place to tap on the repair form: where the problem is.</extracomment>
        <translation>キッチン</translation>
    </message>
    <message>
        <source>Bathroom</source>
        <extracomment>A place to tap on the repair form: where the problem is.</extracomment>
        <translation>浴室</translation>
    </message>
    <message>
        <source>Bedroom</source>
        <extracomment>A place to tap on the repair form: where the problem is.</extracomment>
        <translation>寝室</translation>
    </message>
    <message>
        <source>Living room</source>
        <extracomment>A place to tap on the repair form: where the problem is.</extracomment>
        <translation>リビング</translation>
    </message>
    <message>
        <source>Balcony</source>
        <extracomment>A place to tap on the repair form: where the problem is.</extracomment>
        <translation>バルコニー</translation>
    </message>
    <message>
        <source>Front door</source>
        <extracomment>A place to tap on the repair form: the flat&apos;s own entrance door.</extracomment>
        <translation>玄関ドア</translation>
    </message>
    <message>
        <source>Corridor</source>
        <extracomment>A place to tap on the repair form: the shared corridor outside the flats.</extracomment>
        <translation>共用廊下</translation>
    </message>
    <message>
        <source>Stairwell</source>
        <extracomment>A place to tap on the repair form: the building&apos;s stairs.</extracomment>
        <translation>階段</translation>
    </message>
    <message>
        <source>Say where the problem is: tap a place or type it.</source>
        <translation>場所を教えてください：場所をタップするか、入力してください。</translation>
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
        <translation>合計が桁あふれしました</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>家賃</translation>
    </message>
    <message>
        <source>Property fee</source>
        <translation>管理費</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>延滞金</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>敷金</translation>
    </message>
    <message>
        <source>Rent for %1</source>
        <extracomment>%1 is a month and year, e.g. &quot;March 2027&quot;</extracomment>
        <translation>%1の家賃</translation>
    </message>
    <message>
        <source>Property fee for %1</source>
        <translation>%1の管理費</translation>
    </message>
    <message>
        <source>Late fee charged in %1</source>
        <translation>%1に課された延滞金</translation>
    </message>
    <message>
        <source>Deposit of the lease</source>
        <translation>賃貸契約の敷金</translation>
    </message>
    <message>
        <source>%1 is listed as open but is not there</source>
        <translation>%1 は未払いとして記載されていますが見つかりません</translation>
    </message>
    <message>
        <source>there is no unit &apos;%1&apos; in this ledger</source>
        <translation>この台帳に住戸「%1」はありません</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>確定済み</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>取消済み</translation>
    </message>
    <message>
        <source>Card at the kiosk</source>
        <translation>端末でカード払い</translation>
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
        <source>payment %1 has postings but no record</source>
        <translation>支払い %1 に仕訳はありますが記録がありません</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>依頼済み</translation>
    </message>
    <message>
        <source>Quote received</source>
        <translation>見積受領</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>作業中</translation>
    </message>
    <message>
        <source>Work completed</source>
        <translation>作業完了</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Plumbing</source>
        <translation>水回り</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>電気</translation>
    </message>
    <message>
        <source>Elevator</source>
        <translation>エレベーター</translation>
    </message>
    <message>
        <source>Roof</source>
        <translation>屋根</translation>
    </message>
    <message>
        <source>Doors and locks</source>
        <translation>ドアと鍵</translation>
    </message>
    <message>
        <source>Common area</source>
        <translation>共用部分</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>%1 has no request event</source>
        <translation>%1 に依頼の記録がありません</translation>
    </message>
    <message>
        <source>there is no resident %1 in this ledger</source>
        <translation>この台帳に住民 %1 はいません</translation>
    </message>
    <message>
        <source>the score of %1 has a reason that is not text</source>
        <translation>%1 のスコアにテキストでない理由があります</translation>
    </message>
</context>
</TS>
