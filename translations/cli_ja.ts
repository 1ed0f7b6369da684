<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>courtyard::cli</name>
    <message>
        <source>The unit.</source>
        <translation>住戸。</translation>
    </message>
    <message>
        <source>The new request&apos;s id (default: new random bytes, printed).</source>
        <translation>新しい修繕依頼の ID（既定：新しいランダムなバイト列。表示されます）。</translation>
    </message>
    <message>
        <source>The repair request&apos;s id, as `repair request` printed it.</source>
        <translation>修繕依頼の ID（`repair request` が表示したもの）。</translation>
    </message>
    <message>
        <source>The new lease&apos;s id (default: new random bytes, printed).</source>
        <translation>新しい賃貸契約の ID（既定：新しいランダムなバイト列。表示されます）。</translation>
    </message>
    <message>
        <source>The lease&apos;s id, as `lease create` printed it.</source>
        <translation>賃貸契約の ID（`lease create` が表示したもの）。</translation>
    </message>
    <message>
        <source>The late fee on a rent or deposit invoice still open after the grace days: a percentage of the open amount (needs --late-fee-cap) or a fixed amount. Default for a new lease: none.</source>
        <translation>猶予日数を過ぎても未払いの家賃・敷金の請求にかかる延滞金：未払額に対する割合（--late-fee-cap が必要）または定額。新しい契約の既定：なし。</translation>
    </message>
    <message>
        <source>The most one late fee can be; with a percentage --late-fee only.</source>
        <translation>延滞金1件あたりの上限。--late-fee が割合のときのみ。</translation>
    </message>
    <message>
        <source>The rent&apos;s rise on each anniversary of the start: a percentage or a fixed amount. Default for a new lease: none.</source>
        <translation>開始日の毎年の応当日ごとの家賃の値上げ：割合または定額。新しい契約の既定：なし。</translation>
    </message>
    <message>
        <source>the committee quorum: --key one member, --cosign the others</source>
        <translation>委員会の定足数：--key に委員1人、--cosign にほかの委員</translation>
    </message>
    <message>
        <source>a manager (--key)</source>
        <translation>管理者（--key）</translation>
    </message>
    <message>
        <source>a kiosk&apos;s device key (--key)</source>
        <translation>キオスクの端末鍵（--key）</translation>
    </message>
    <message>
        <source>Grant a role to a key.</source>
        <translation>鍵に役割を付与します。</translation>
    </message>
    <message>
        <source>The key that gets the role.</source>
        <translation>役割を受け取る鍵。</translation>
    </message>
    <message>
        <source>The role.</source>
        <translation>役割。</translation>
    </message>
    <message>
        <source>Revoke a role from a key.</source>
        <translation>鍵から役割を取り消します。</translation>
    </message>
    <message>
        <source>The key that loses the role.</source>
        <translation>役割を失う鍵。</translation>
    </message>
    <message>
        <source>Move every role of a key to a new key (a lost or compromised key).</source>
        <translation>鍵のすべての役割を新しい鍵に移します（紛失・漏えいした鍵）。</translation>
    </message>
    <message>
        <source>The old key.</source>
        <translation>古い鍵。</translation>
    </message>
    <message>
        <source>The new key; it must hold no role yet.</source>
        <translation>新しい鍵。まだ役割を持っていてはいけません。</translation>
    </message>
    <message>
        <source>Set a spending threshold (at or above it the committee co-signs).</source>
        <translation>支出の上限額を設定します（その額以上は委員会が連署します）。</translation>
    </message>
    <message>
        <source>The threshold: repair-committee-threshold or expense-committee-threshold.</source>
        <translation>上限の名前：repair-committee-threshold または expense-committee-threshold。</translation>
    </message>
    <message>
        <source>The threshold amount.</source>
        <translation>上限額。</translation>
    </message>
    <message>
        <source>Change how many committee members must sign.</source>
        <translation>署名が必要な委員の人数を変更します。</translation>
    </message>
    <message>
        <source>the current committee quorum</source>
        <translation>現在の委員会の定足数</translation>
    </message>
    <message>
        <source>The new quorum, at most the committee&apos;s size.</source>
        <translation>新しい定足数（委員会の人数以下）。</translation>
    </message>
    <message>
        <source>Register a unit.</source>
        <translation>住戸を登録します。</translation>
    </message>
    <message>
        <source>The floor area.</source>
        <translation>床面積。</translation>
    </message>
    <message>
        <source>The unit&apos;s share of the common costs.</source>
        <translation>共用費用に対する住戸の負担割合。</translation>
    </message>
    <message>
        <source>Change a unit&apos;s area or share.</source>
        <translation>住戸の面積または負担割合を変更します。</translation>
    </message>
    <message>
        <source>The new floor area.</source>
        <translation>新しい床面積。</translation>
    </message>
    <message>
        <source>The new share of the common costs.</source>
        <translation>共用費用の新しい負担割合。</translation>
    </message>
    <message>
        <source>Register a resident of a unit (a random id; names stay out of the ledger).</source>
        <translation>住戸の居住者を登録します（ランダムな ID。氏名は台帳に入りません）。</translation>
    </message>
    <message>
        <source>The new resident&apos;s id (default: new random bytes, printed).</source>
        <translation>新しい居住者の ID（既定：新しいランダムなバイト列。表示されます）。</translation>
    </message>
    <message>
        <source>Link a resident to another unit.</source>
        <translation>居住者を別の住戸にも結び付けます。</translation>
    </message>
    <message>
        <source>The resident.</source>
        <translation>居住者。</translation>
    </message>
    <message>
        <source>Record that a resident moved out of a unit.</source>
        <translation>居住者が住戸から退去したことを記録します。</translation>
    </message>
    <message>
        <source>Enroll a resident&apos;s card and PIN (a new card or a PIN reset).</source>
        <translation>居住者のカードと PIN を登録します（新しいカードまたは PIN の再設定）。</translation>
    </message>
    <message>
        <source>The card.</source>
        <translation>カード。</translation>
    </message>
    <message>
        <source>The PIN.</source>
        <translation>PIN。</translation>
    </message>
    <message>
        <source>Record a wrong PIN entered at a kiosk for a resident&apos;s card.</source>
        <translation>居住者のカードでキオスクに誤った PIN が入力されたことを記録します。</translation>
    </message>
    <message>
        <source>The resident whose card was used.</source>
        <translation>カードが使われた居住者。</translation>
    </message>
    <message>
        <source>Record a right PIN at a kiosk (wrong PINs start over).</source>
        <translation>キオスクで正しい PIN が入力されたことを記録します（誤入力の回数はリセットされます）。</translation>
    </message>
    <message>
        <source>An invoice to pay, in this order (repeat for each); default: the oldest open invoices first.</source>
        <translation>支払う請求をこの順に（1件ごとに繰り返し指定）。既定：古い未払いの請求から。</translation>
    </message>
    <message>
        <source>Record a card payment at a kiosk for an identified resident.</source>
        <translation>本人確認済みの居住者のキオスクでのカード支払いを記録します。</translation>
    </message>
    <message>
        <source>The resident who identified with card and PIN.</source>
        <translation>カードと PIN で本人確認した居住者。</translation>
    </message>
    <message>
        <source>The amount paid.</source>
        <translation>支払額。</translation>
    </message>
    <message>
        <source>The terminal&apos;s transaction reference.</source>
        <translation>決済端末の取引参照番号。</translation>
    </message>
    <message>
        <source>Record a cash payment at the office.</source>
        <translation>管理事務所での現金支払いを記録します。</translation>
    </message>
    <message>
        <source>The receipt number.</source>
        <translation>領収書番号。</translation>
    </message>
    <message>
        <source>Record a bank transfer.</source>
        <translation>銀行振込を記録します。</translation>
    </message>
    <message>
        <source>The bank&apos;s reference.</source>
        <translation>銀行の参照番号。</translation>
    </message>
    <message>
        <source>Pay a unit&apos;s prepaid credit back.</source>
        <translation>住戸の前払い残高を払い戻します。</translation>
    </message>
    <message>
        <source>The amount refunded.</source>
        <translation>払戻額。</translation>
    </message>
    <message>
        <source>The refund&apos;s reference.</source>
        <translation>払い戻しの参照番号。</translation>
    </message>
    <message>
        <source>Pay out the deposit refund a terminated lease owes (all of it or a part).</source>
        <translation>終了した契約で返すべき敷金を支払います（全額または一部）。</translation>
    </message>
    <message>
        <source>The terminated lease, as `lease create` printed it.</source>
        <translation>終了した契約（`lease create` が表示したもの）。</translation>
    </message>
    <message>
        <source>The amount paid out; at most what is still owed (the settlement&apos;s refund less what was paid out).</source>
        <translation>支払額。まだ未払いの額（精算の返金額から支払済みの額を引いたもの）以下。</translation>
    </message>
    <message>
        <source>cash: handed over at the office; bank: a transfer to the resident.</source>
        <translation>cash：管理事務所で手渡し。bank：居住者への振込。</translation>
    </message>
    <message>
        <source>The receipt the resident signed (cash) or the bank&apos;s reference of the transfer.</source>
        <translation>居住者が署名した領収書（現金）または振込の銀行参照番号。</translation>
    </message>
    <message>
        <source>Reverse a mistaken payment or deposit refund payout (a new transaction; nothing is deleted).</source>
        <translation>誤った支払いまたは敷金返還の支払いを取り消します（新しい取引。何も削除されません）。</translation>
    </message>
    <message>
        <source>The payment&apos;s or payout&apos;s transaction id.</source>
        <translation>支払いまたは払い出しの取引 ID。</translation>
    </message>
    <message>
        <source>Why, 1 to 500 characters.</source>
        <translation>理由（1〜500文字）。</translation>
    </message>
    <message>
        <source>The day of the month rent is due; 29 to 31 fall back to the month&apos;s last day.</source>
        <translation>毎月の家賃の支払期日。29〜31日はその月にない場合は月末日になります。</translation>
    </message>
    <message>
        <source>Days after the due day before a late fee.</source>
        <translation>支払期日から延滞金が発生するまでの日数。</translation>
    </message>
    <message>
        <source>Create a lease (rent contract) for a unit and its residents.</source>
        <translation>住戸とその居住者の賃貸契約を作成します。</translation>
    </message>
    <message>
        <source>A resident on the lease (repeat for each).</source>
        <translation>契約上の居住者（1人ごとに繰り返し指定）。</translation>
    </message>
    <message>
        <source>The monthly rent.</source>
        <translation>月額家賃。</translation>
    </message>
    <message>
        <source>The first day of the lease.</source>
        <translation>契約の初日。</translation>
    </message>
    <message>
        <source>The last day of the lease (default: open-ended).</source>
        <translation>契約の最終日（既定：期間の定めなし）。</translation>
    </message>
    <message>
        <source>The deposit, invoiced at once, due on the start day; 0: none.</source>
        <translation>敷金。すぐに請求され、開始日が期日です。0：なし。</translation>
    </message>
    <message>
        <source>The signed paper lease.</source>
        <translation>署名済みの紙の契約書。</translation>
    </message>
    <message>
        <source>Amend a lease from a day on (a new version; the history stays).</source>
        <translation>ある日から契約を変更します（新しい版。履歴は残ります）。</translation>
    </message>
    <message>
        <source>The first day the change applies.</source>
        <translation>変更が適用される最初の日。</translation>
    </message>
    <message>
        <source>The signed amendment.</source>
        <translation>署名済みの変更契約書。</translation>
    </message>
    <message>
        <source>The residents from then on (repeat for each).</source>
        <translation>以後の居住者（1人ごとに繰り返し指定）。</translation>
    </message>
    <message>
        <source>The new monthly rent.</source>
        <translation>新しい月額家賃。</translation>
    </message>
    <message>
        <source>The new last day.</source>
        <translation>新しい最終日。</translation>
    </message>
    <message>
        <source>Renew a lease that has an end date, from the day after it.</source>
        <translation>終了日のある契約を、その翌日から更新します。</translation>
    </message>
    <message>
        <source>The signed renewal.</source>
        <translation>署名済みの更新契約書。</translation>
    </message>
    <message>
        <source>The new monthly rent (default: unchanged).</source>
        <translation>新しい月額家賃（既定：変更なし）。</translation>
    </message>
    <message>
        <source>End a lease on a day and settle the deposit.</source>
        <translation>ある日で契約を終了し、敷金を精算します。</translation>
    </message>
    <message>
        <source>The last day the lease covers.</source>
        <translation>契約の対象となる最終日。</translation>
    </message>
    <message>
        <source>A deduction from the deposit (repeat for each; at most 32); default: none, the whole deposit is refunded.</source>
        <translation>敷金からの差引1件（1件ごとに繰り返し指定。最大32件）。既定：なし。敷金は全額返還されます。</translation>
    </message>
    <message>
        <source>Set the monthly property fee of every unit.</source>
        <translation>全住戸の月額管理費を設定します。</translation>
    </message>
    <message>
        <source>area: --amount per m²; fixed: --amount per unit.</source>
        <translation>area：1 m² あたり --amount。fixed：1住戸あたり --amount。</translation>
    </message>
    <message>
        <source>The fee per m² or per unit and month (0: no fee).</source>
        <translation>1 m² または1住戸あたりの月額（0：徴収しない）。</translation>
    </message>
    <message>
        <source>The day of the month the fee is due.</source>
        <translation>毎月の管理費の支払期日。</translation>
    </message>
    <message>
        <source>Close a month: late fees, rent and property fee invoices, credit scores.</source>
        <translation>月を締めます：延滞金、家賃と管理費の請求、信用スコア。</translation>
    </message>
    <message>
        <source>The month to close.</source>
        <translation>締める月。</translation>
    </message>
    <message>
        <source>File a resident&apos;s dispute of an invoice (left out of the score until resolved).</source>
        <translation>居住者の請求への異議を登録します（解決までスコアに算入されません）。</translation>
    </message>
    <message>
        <source>a kiosk for the identified resident, or a manager (--key)</source>
        <translation>本人確認済みの居住者のためのキオスク、または管理者（--key）</translation>
    </message>
    <message>
        <source>The resident who disputes.</source>
        <translation>異議を申し立てる居住者。</translation>
    </message>
    <message>
        <source>The disputed invoice.</source>
        <translation>異議のある請求。</translation>
    </message>
    <message>
        <source>Resolve a dispute.</source>
        <translation>異議を解決します。</translation>
    </message>
    <message>
        <source>upheld: the committee quorum; corrected: a manager or the committee quorum</source>
        <translation>upheld：委員会の定足数。corrected：管理者または委員会の定足数</translation>
    </message>
    <message>
        <source>upheld: the entry counts again; corrected: it stays out of the score.</source>
        <translation>upheld：その記録は再びスコアに算入されます。corrected：スコアから外れたままです。</translation>
    </message>
    <message>
        <source>The resolution, 1 to 500 characters.</source>
        <translation>解決の内容（1〜500文字）。</translation>
    </message>
    <message>
        <source>File a repair request.</source>
        <translation>修繕依頼を登録します。</translation>
    </message>
    <message>
        <source>a manager, or a kiosk for an identified resident (--key)</source>
        <translation>管理者、または本人確認済みの居住者のためのキオスク（--key）</translation>
    </message>
    <message>
        <source>The unit (default: the common property).</source>
        <translation>住戸（既定：共用部分）。</translation>
    </message>
    <message>
        <source>The resident who asks (needs --unit; required at a kiosk).</source>
        <translation>依頼する居住者（--unit が必要。キオスクでは必須）。</translation>
    </message>
    <message>
        <source>What needs repair.</source>
        <translation>修繕が必要なもの。</translation>
    </message>
    <message>
        <source>Where, 1 to 100 characters on one line, like &quot;Kitchen&quot; or &quot;Stairwell B, 3rd floor&quot; (default: not said).</source>
        <translation>場所（1行で1〜100文字。例：&quot;Kitchen&quot; や &quot;Stairwell B, 3rd floor&quot;。既定：指定なし）。</translation>
    </message>
    <message>
        <source>What is wrong, 1 to 2000 characters.</source>
        <translation>不具合の内容（1〜2000文字）。</translation>
    </message>
    <message>
        <source>How urgent.</source>
        <translation>緊急度。</translation>
    </message>
    <message>
        <source>Record a vendor&apos;s quote for a repair.</source>
        <translation>修繕に対する業者の見積もりを記録します。</translation>
    </message>
    <message>
        <source>The vendor, 1 to 100 characters.</source>
        <translation>業者（1〜100文字）。</translation>
    </message>
    <message>
        <source>The quoted amount.</source>
        <translation>見積額。</translation>
    </message>
    <message>
        <source>The quote.</source>
        <translation>見積書。</translation>
    </message>
    <message>
        <source>Approve a repair&apos;s quote.</source>
        <translation>修繕の見積もりを承認します。</translation>
    </message>
    <message>
        <source>a manager (--key); at or above the repair threshold also the committee quorum (--cosign each member)</source>
        <translation>管理者（--key）。修繕の上限額以上では委員会の定足数も必要（委員ごとに --cosign）</translation>
    </message>
    <message>
        <source>Reject a repair request.</source>
        <translation>修繕依頼を却下します。</translation>
    </message>
    <message>
        <source>Record that the approved work started.</source>
        <translation>承認済みの作業が始まったことを記録します。</translation>
    </message>
    <message>
        <source>Record that the work is complete.</source>
        <translation>作業が完了したことを記録します。</translation>
    </message>
    <message>
        <source>Record the resident&apos;s confirmation that the work is done.</source>
        <translation>作業完了についての居住者の確認を記録します。</translation>
    </message>
    <message>
        <source>a kiosk for the resident who asked, or a manager (--key)</source>
        <translation>依頼した居住者のためのキオスク、または管理者（--key）</translation>
    </message>
    <message>
        <source>The resident who confirms (required at a kiosk).</source>
        <translation>確認する居住者（キオスクでは必須）。</translation>
    </message>
    <message>
        <source>Pay a completed repair&apos;s vendor from the fund.</source>
        <translation>完了した修繕の業者に基金から支払います。</translation>
    </message>
    <message>
        <source>The amount paid, at most the approved quote.</source>
        <translation>支払額（承認済みの見積額以下）。</translation>
    </message>
    <message>
        <source>The vendor&apos;s invoice.</source>
        <translation>業者の請求書。</translation>
    </message>
    <message>
        <source>Record an expense paid from the community fund.</source>
        <translation>コミュニティ基金から支払った支出を記録します。</translation>
    </message>
    <message>
        <source>a manager (--key); at or above the expense threshold also the committee quorum (--cosign each member)</source>
        <translation>管理者（--key）。支出の上限額以上では委員会の定足数も必要（委員ごとに --cosign）</translation>
    </message>
    <message>
        <source>The expense category, 1 to 4 parts of a-z, 0-9 and &apos;-&apos; separated by &apos;:&apos;, e.g. cleaning or utilities:electricity.</source>
        <translation>支出の区分。a-z、0-9、&apos;-&apos; からなる1〜4個の部分を &apos;:&apos; で区切ったもの。例：cleaning、utilities:electricity。</translation>
    </message>
    <message>
        <source>The invoice&apos;s date, not after today.</source>
        <translation>請求書の日付（今日より後は不可）。</translation>
    </message>
    <message>
        <source>Set a category&apos;s budget for a year.</source>
        <translation>区分の年間予算を設定します。</translation>
    </message>
    <message>
        <source>The year.</source>
        <translation>年。</translation>
    </message>
    <message>
        <source>The category, e.g. cleaning or repairs:plumbing.</source>
        <translation>区分。例：cleaning、repairs:plumbing。</translation>
    </message>
    <message>
        <source>The budget (0 allowed).</source>
        <translation>予算（0 も可）。</translation>
    </message>
    <message>
        <source>Move money between the maintenance fund and the reserve fund.</source>
        <translation>修繕基金と積立基金の間で資金を移します。</translation>
    </message>
    <message>
        <source>The fund the money leaves.</source>
        <translation>資金の移動元の基金。</translation>
    </message>
    <message>
        <source>The fund the money goes to.</source>
        <translation>資金の移動先の基金。</translation>
    </message>
    <message>
        <source>The amount.</source>
        <translation>金額。</translation>
    </message>
    <message>
        <source>Authorize one new kiosk: makes a one-time enrollment code (printed once) for whoever sets it up.</source>
        <translation>新しいキオスクを1台認可します：設置する人のために1回限りの登録コードを作成します（表示は1回だけ）。</translation>
    </message>
    <message>
        <source>The enrollment code (default: a new random code, printed). Only its SHA-256 is signed.</source>
        <translation>登録コード（既定：新しいランダムなコード。表示されます）。署名されるのはその SHA-256 だけです。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s name for people, 1 to 64 characters, e.g. &quot;Lobby kiosk 1&quot;.</source>
        <translation>人に見せるキオスクの名前（1〜64文字）。例：&quot;Lobby kiosk 1&quot;。</translation>
    </message>
    <message>
        <source>The role the code gives; managers enroll kiosks, other roles are the committee&apos;s.</source>
        <translation>コードが与える役割。キオスクは管理者が登録し、ほかの役割は委員会が登録します。</translation>
    </message>
    <message>
        <source>How long the code can be used, in hours of block time.</source>
        <translation>コードを使える期間（ブロック時刻での時間数）。</translation>
    </message>
    <message>
        <source>Enroll this key as a kiosk with a one-time code (with a server, use &apos;courtyard enroll&apos;).</source>
        <translation>1回限りのコードでこの鍵をキオスクとして登録します（サーバーがある場合は &apos;courtyard enroll&apos; を使ってください）。</translation>
    </message>
    <message>
        <source>the new device&apos;s own key (--key), holding no role yet</source>
        <translation>新しい端末自身の鍵（--key）。まだ役割を持たないもの</translation>
    </message>
    <message>
        <source>The enrollment code a manager made.</source>
        <translation>管理者が作成した登録コード。</translation>
    </message>
    <message>
        <source>Cancel an enrollment code that was not used yet (lost or given to the wrong person).</source>
        <translation>まだ使われていない登録コードを取り消します（紛失した、または別の人に渡した）。</translation>
    </message>
    <message>
        <source>The code, as it was printed.</source>
        <translation>表示されたとおりのコード。</translation>
    </message>
    <message>
        <source>Revoke an enrolled kiosk at once (stolen, broken, replaced): its key can never sign in again.</source>
        <translation>登録済みのキオスクを直ちに失効させます（盗難、故障、交換）。その鍵は二度とサインインできません。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s public key (courtyard enroll prints it) or key file.</source>
        <translation>キオスクの公開鍵（courtyard enroll が表示します）または鍵ファイル。</translation>
    </message>
    <message>
        <source>Why, 1 to 200 characters; shown to the device.</source>
        <translation>理由（1〜200文字）。端末に表示されます。</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 は存在しません</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes)</source>
        <translation>%1 は大きすぎます（%2 バイト）</translation>
    </message>
    <message>
        <source>the amount is empty; write an amount like %1</source>
        <translation>金額が空です。%1 のように入力してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has decimals, but %2 amounts are whole numbers; write an amount like %3</source>
        <translation>「%1」に小数がありますが、%2 の金額は整数です。%3 のように入力してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 decimals, but %3 has only %4; write an amount like %5</source>
        <translation>「%1」は小数が %2 桁ですが、%3 は %4 桁までです。%5 のように入力してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large; an amount has at most %2 digits before the decimal point</source>
        <translation>「%1」は大きすぎます。金額の整数部分は %2 桁までです</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount: write digits, with a &apos;.&apos; before the decimals, like %2</source>
        <translation>「%1」は金額ではありません。半角数字で入力し、小数の前には &apos;.&apos; を使ってください（例：%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative; an amount here is zero or more</source>
        <translation>「%1」は負の数です。ここでの金額は 0 以上です</translation>
    </message>
    <message>
        <source>there is no invoice with the id %1 (see courtyard invoices)</source>
        <translation>ID が %1 の請求はありません（courtyard invoices を参照）</translation>
    </message>
    <message>
        <source>give a text, not an empty one</source>
        <translation>テキストを入力してください。空にはできません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a unit number: 1 to 16 letters, digits and &apos;-&apos;, starting and ending with a letter or digit, like 12-0301</source>
        <translation>「%1」は住戸番号ではありません。英字・数字・&apos;-&apos; の1〜16文字で、英字か数字で始まり英字か数字で終わります（例：12-0301）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day that exists; write YYYY-MM-DD, like 2027-02-01</source>
        <translation>「%1」は存在する日付ではありません。YYYY-MM-DD の形で入力してください（例：2027-02-01）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month; write YYYY-MM, like 2027-02</source>
        <translation>「%1」は月ではありません。YYYY-MM の形で入力してください（例：2027-02）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3</source>
        <translation>「%1」は %2〜%3 の整数ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an area: square metres with at most 2 decimals, like 85.50</source>
        <translation>「%1」は面積ではありません。平方メートルで、小数は2桁まで（例：85.50）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a share: a percentage with at most 2 decimals, like 1.25 or 1.25%</source>
        <translation>「%1」は負担割合ではありません。小数2桁までのパーセント（例：1.25 または 1.25%）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an id: 32 hex digits, like 0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a</source>
        <translation>「%1」は ID ではありません。16進数32桁です（例：0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a transaction id: 64 hex digits</source>
        <translation>「%1」は取引 ID ではありません。16進数64桁です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an invoice id: 32 hex digits (see courtyard invoices)</source>
        <translation>「%1」は請求 ID ではありません。16進数32桁です（courtyard invoices を参照）</translation>
    </message>
    <message>
        <source>give the invoice&apos;s key, invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt;</source>
        <translation>請求のキーを指定してください：invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an invoice: give its id (32 hex digits) or its key invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt; (see courtyard invoices)</source>
        <translation>「%1」は請求ではありません。ID（16進数32桁）またはキー invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt; を指定してください（courtyard invoices を参照）</translation>
    </message>
    <message>
        <source>%1 is not a file; give the document&apos;s file (its SHA-256 is signed) or its SHA-256 as 64 hex digits</source>
        <translation>%1 はファイルではありません。文書のファイル（その SHA-256 が署名されます）か、16進数64桁の SHA-256 を指定してください</translation>
    </message>
    <message>
        <source>give the card&apos;s id as read from the card</source>
        <translation>カードから読み取ったカード ID を指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>「%1」は次のいずれでもありません：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a percentage like 5% or 2.5%: %2</source>
        <translation>「%1」は 5% や 2.5% のような割合ではありません：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a percentage (like 5%) nor an amount: %2</source>
        <translation>「%1」は割合（例：5%）でも金額でもありません：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not REASON=AMOUNT, like &quot;cleaning=500.00&quot;</source>
        <translation>「%1」は REASON=AMOUNT の形ではありません（例：&quot;cleaning=500.00&quot;）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of hours from %2 to %3</source>
        <translation>「%1」は %2〜%3 の時間数ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an enrollment code: it is %2 letters and digits, like 7K3Q-X9MD-R2TW-H4NB</source>
        <translation>「%1」は登録コードではありません。英字と数字の %2 文字です（例：7K3Q-X9MD-R2TW-H4NB）</translation>
    </message>
    <message>
        <source>the first line of %1 is not a PIN of 4 to 12 digits</source>
        <translation>%1 の1行目は4〜12桁の PIN ではありません</translation>
    </message>
    <message>
        <source>unknown value type</source>
        <translation>不明な値の種類</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>a unit number, like 12-0301</source>
        <translation>住戸番号（例：12-0301）</translation>
    </message>
    <message>
        <source>an amount in the community&apos;s currency, like 4500.00</source>
        <translation>コミュニティの通貨での金額（例：4500.00）</translation>
    </message>
    <message>
        <source>a day, YYYY-MM-DD</source>
        <translation>日付（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>a month, YYYY-MM</source>
        <translation>月（YYYY-MM）</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1〜%2 の整数</translation>
    </message>
    <message>
        <source>square metres, at most 2 decimals, like 85.50</source>
        <translation>平方メートル、小数2桁まで（例：85.50）</translation>
    </message>
    <message>
        <source>a percentage, at most 2 decimals, like 1.25</source>
        <translation>パーセント、小数2桁まで（例：1.25）</translation>
    </message>
    <message>
        <source>32 hex digits</source>
        <translation>16進数32桁</translation>
    </message>
    <message>
        <source>a transaction id, 64 hex digits</source>
        <translation>取引 ID（16進数64桁）</translation>
    </message>
    <message>
        <source>an invoice id, 32 hex digits (courtyard invoices)</source>
        <translation>請求 ID（16進数32桁、courtyard invoices）</translation>
    </message>
    <message>
        <source>an invoice id (32 hex digits) or key invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt;</source>
        <translation>請求 ID（16進数32桁）またはキー invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt;</translation>
    </message>
    <message>
        <source>a file, whose SHA-256 is signed, or the SHA-256 as 64 hex digits</source>
        <translation>ファイル（その SHA-256 が署名されます）、または16進数64桁の SHA-256</translation>
    </message>
    <message>
        <source>the card&apos;s id as read from the card; only its SHA-256 is signed</source>
        <translation>カードから読み取ったカード ID。署名されるのはその SHA-256 だけです</translation>
    </message>
    <message>
        <source>a public key (64 hex digits) or a key file</source>
        <translation>公開鍵（16進数64桁）または鍵ファイル</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>次のいずれか：%1</translation>
    </message>
    <message>
        <source>a percentage like 5% or an amount like 50.00</source>
        <translation>5% のような割合、または 50.00 のような金額</translation>
    </message>
    <message>
        <source>REASON=AMOUNT, like &quot;cleaning=500.00&quot;</source>
        <translation>REASON=AMOUNT（例：&quot;cleaning=500.00&quot;）</translation>
    </message>
    <message>
        <source>a file whose first line is the PIN, 4 to 12 digits; only its Argon2id hash is signed</source>
        <translation>1行目が PIN（4〜12桁の数字）のファイル。署名されるのはその Argon2id ハッシュだけです</translation>
    </message>
    <message>
        <source>a whole number of hours from %1 to %2</source>
        <translation>%1〜%2 の整数の時間数</translation>
    </message>
    <message>
        <source>an enrollment code, 16 letters and digits like 7K3Q-X9MD-R2TW-H4NB</source>
        <translation>登録コード（英字と数字16文字。例：7K3Q-X9MD-R2TW-H4NB）</translation>
    </message>
    <message>
        <source>an enrollment code, 16 letters and digits like 7K3Q-X9MD-R2TW-H4NB; only its SHA-256 is signed</source>
        <translation>登録コード（英字と数字16文字。例：7K3Q-X9MD-R2TW-H4NB）。署名されるのはその SHA-256 だけです</translation>
    </message>
    <message>
        <source>%1 needs --%2 %3: %4</source>
        <translation>%1 には --%2 %3 が必要です：%4</translation>
    </message>
    <message>
        <source>--%1 is given %2 times; give it once</source>
        <translation>--%1 が %2 回指定されています。1回だけ指定してください</translation>
    </message>
    <message>
        <source>--%1 goes with --%2</source>
        <translation>--%1 は --%2 と一緒に指定します</translation>
    </message>
    <message>
        <source>a percentage --%1 needs --%2 AMOUNT, the most one fee can be</source>
        <translation>割合の --%1 には --%2 AMOUNT（延滞金1件の上限）が必要です</translation>
    </message>
    <message>
        <source>--%1 goes with a percentage --%2 (like 5%), not with a fixed amount</source>
        <translation>--%1 は割合の --%2（例：5%）と一緒に使います。定額とは使えません</translation>
    </message>
    <message>
        <source>%1 needs --%2</source>
        <translation>%1 には --%2 が必要です</translation>
    </message>
    <message>
        <source>%1 needs its parent field %2</source>
        <translation>%1 には親フィールド %2 が必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 hex digits; a public key has 64</source>
        <translation>「%1」は16進数 %2 桁です。公開鍵は64桁です</translation>
    </message>
    <message>
        <source>%1: nested deeper than %2 levels</source>
        <translation>%1：%2 階層より深く入れ子になっています</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number from -9223372036854775808 to 9223372036854775807 (amounts are integers of minor units; no fractions or exponents)</source>
        <translation>%1：%2 は -9223372036854775808〜9223372036854775807 の整数ではありません（金額は最小通貨単位の整数です。小数や指数は使えません）</translation>
    </message>
    <message>
        <source>%1: {&quot;hex&quot;: ...} needs an even number of hex digits as a string</source>
        <translation>%1：{&quot;hex&quot;: ...} には偶数桁の16進数を文字列で指定します</translation>
    </message>
    <message>
        <source>%1: not a JSON value</source>
        <translation>%1：JSON の値ではありません</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目：%2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>有効な JSON ではありません：%1（%2 文字目）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (a line has kind, version, fields, signer or signers, and time)</source>
        <translation>不明なフィールド &apos;%1&apos;（各行には kind、version、fields、signer または signers、time があります）</translation>
    </message>
    <message>
        <source>&apos;kind&apos; must be a text of 1 to %1 characters</source>
        <translation>&apos;kind&apos; は1〜%1文字のテキストでなければなりません</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be a whole number from 1</source>
        <translation>&apos;version&apos; は1以上の整数でなければなりません</translation>
    </message>
    <message>
        <source>&apos;fields&apos; must be a JSON object (the payload)</source>
        <translation>&apos;fields&apos; は JSON オブジェクト（ペイロード）でなければなりません</translation>
    </message>
    <message>
        <source>give either &apos;signer&apos; (a key file) or &apos;signers&apos; (key files, the author first)</source>
        <translation>&apos;signer&apos;（鍵ファイル1つ）か &apos;signers&apos;（鍵ファイルの一覧。作成者が先頭）のどちらかを指定してください</translation>
    </message>
    <message>
        <source>&apos;signers&apos; must list 1 to %1 key files</source>
        <translation>&apos;signers&apos; には1〜%1個の鍵ファイルを並べてください</translation>
    </message>
    <message>
        <source>a signer must be the path of a key file</source>
        <translation>署名者は鍵ファイルのパスでなければなりません</translation>
    </message>
    <message>
        <source>the key file %1 is listed twice</source>
        <translation>鍵ファイル %1 が2回指定されています</translation>
    </message>
    <message>
        <source>&apos;time&apos; must be a date and time with its zone, like &quot;2027-01-05T10:00:00Z&quot;</source>
        <translation>&apos;time&apos; はタイムゾーン付きの日時でなければなりません（例：&quot;2027-01-05T10:00:00Z&quot;）</translation>
    </message>
    <message>
        <source>a sum of postings leaves the range of amounts</source>
        <translation>仕訳の合計が金額の範囲を超えます</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time with its zone, like 2027-01-05T10:00:00Z</source>
        <translation>「%1」はタイムゾーン付きの日時ではありません（例：2027-01-05T10:00:00Z）</translation>
    </message>
    <message>
        <source>its time %1 is before the ledger&apos;s last block (%2): block times must not go backwards</source>
        <translation>時刻 %1 が台帳の最後のブロック（%2）より前です。ブロック時刻は戻せません</translation>
    </message>
    <message>
        <source>its time %1 is before line %2&apos;s %3: block times must not go backwards</source>
        <translation>時刻 %1 が %2 行目の %3 より前です。ブロック時刻は戻せません</translation>
    </message>
    <message>
        <source>the totals of %1 leave the range of amounts</source>
        <translation>%1 の合計が金額の範囲を超えます</translation>
    </message>
    <message>
        <source>the stored state is not that of block %1 (its projections are out of date or damaged); run &apos;courtyard replay&apos; to check the ledger and &apos;courtyard replay --rebuild&apos; to rebuild them</source>
        <translation>保存された状態がブロック %1 のものではありません（射影が古いか壊れています）。&apos;courtyard replay&apos; で台帳を確認し、&apos;courtyard replay --rebuild&apos; で再構築してください</translation>
    </message>
    <message>
        <source>its transactions are not the log range %1 to %2</source>
        <translation>その取引はログの範囲 %1〜%2 ではありません</translation>
    </message>
    <message>
        <source>refused by its contract: %1 (%2)</source>
        <translation>契約ルールにより拒否されました：%1（%2）</translation>
    </message>
    <message>
        <source>the state root after replay (%1) is not the header&apos;s (%2)</source>
        <translation>再実行後の状態ルート（%1）がヘッダーのもの（%2）と一致しません</translation>
    </message>
</context>
</TS>
