<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ApprovalInboxPage</name>
    <message>
        <source>Approvals</source>
        <extracomment>the page&apos;s title</extracomment>
        <translation>承認</translation>
    </message>
    <message>
        <source>Signing as %1</source>
        <extracomment>who is signed in, e.g. &quot;You (8ec44f2d)&quot;</extracomment>
        <translation>署名者：%1</translation>
    </message>
    <message>
        <source>Waiting for me (%1)</source>
        <extracomment>the proposals that wait for this member&apos;s signature, with their number</extracomment>
        <translation>自分の署名待ち（%1）</translation>
    </message>
    <message>
        <source>All others (%1)</source>
        <extracomment>every other proposal: signed, sealed, declined, withdrawn, expired</extracomment>
        <translation>その他すべて（%1）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>ask the server for the proposals again</extracomment>
        <translation>更新</translation>
    </message>
    <message>
        <source>No other proposals.</source>
        <extracomment>the history list is empty</extracomment>
        <translation>ほかの提案はありません。</translation>
    </message>
    <message>
        <source>Nothing waits for your signature.</source>
        <extracomment>the inbox is empty</extracomment>
        <translation>署名を待っている提案はありません。</translation>
    </message>
    <message>
        <source>%1 of %2 signatures · %3 ago</source>
        <extracomment>signatures so far of the quorum needed, and the proposal&apos;s age</extracomment>
        <translation>署名 %1/%2 · %3前</translation>
    </message>
    <message>
        <source>You declined this one; you may still sign it.</source>
        <translation>この提案は却下済みです。署名することもできます。</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <extracomment>the amount the proposal spends or sets</extracomment>
        <translation>金額：%1</translation>
    </message>
    <message>
        <source>Proposed by %1, %2 ago</source>
        <extracomment>who proposed it and how long ago</extracomment>
        <translation>提案者 %1、%2前</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <extracomment>when an open proposal expires unsigned, e.g. &quot;in 13 days&quot;</extracomment>
        <translation>期限：%1</translation>
    </message>
    <message>
        <source>Note from the author</source>
        <extracomment>the author&apos;s note to the committee</extracomment>
        <translation>提案者からのメモ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <extracomment>facts from this device&apos;s verified ledger and document hashes</extracomment>
        <translation>根拠</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>the repair&apos;s steps so far</extracomment>
        <translation>経過</translation>
    </message>
    <message>
        <source>Signed by</source>
        <extracomment>committee members who signed already</extracomment>
        <translation>署名済み</translation>
    </message>
    <message>
        <source>No committee member has signed yet.</source>
        <translation>まだ委員の署名はありません。</translation>
    </message>
    <message>
        <source>Declined by</source>
        <extracomment>committee members who declined, with their reasons</extracomment>
        <translation>却下した委員</translation>
    </message>
    <message>
        <source>Why you decline (needed to decline)</source>
        <extracomment>where a member writes why they decline</extracomment>
        <translation>却下の理由（却下するときは必須）</translation>
    </message>
    <message>
        <source>Signing…</source>
        <extracomment>sign the proposal with your committee key; &quot;Signing…&quot; while the server has not answered</extracomment>
        <translation>署名中…</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Decline</source>
        <extracomment>decline the proposal with the reason written above</extracomment>
        <translation>却下</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <extracomment>while the server has not answered a signature or a decline</extracomment>
        <translation>サーバーの応答を待っています…</translation>
    </message>
    <message>
        <source>Live</source>
        <extracomment>the inbox is connected and the server pushes every change</extracomment>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Offline, trying again: %1</source>
        <extracomment>%1: why, e.g. the server closed the connection</extracomment>
        <translation>オフライン、再試行中：%1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒否：%1</translation>
    </message>
    <message>
        <source>No community server is set</source>
        <translation>コミュニティのサーバーが設定されていません</translation>
    </message>
</context>
<context>
    <name>courtyard::desk::approvals</name>
    <message>
        <source>%1 min</source>
        <extracomment>an age or a time left in minutes</extracomment>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>an age or a time left in hours</extracomment>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>an age or a time left in days</extracomment>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>Waiting for signatures</source>
        <translation>署名待ち</translation>
    </message>
    <message>
        <source>Signed: waiting for its block</source>
        <translation>署名完了：ブロック待ち</translation>
    </message>
    <message>
        <source>Sealed in the ledger</source>
        <translation>台帳に記録済み</translation>
    </message>
    <message>
        <source>Withdrawn by its author</source>
        <translation>提案者が取り下げ</translation>
    </message>
    <message>
        <source>Expired unsigned</source>
        <translation>署名がそろわず期限切れ</translation>
    </message>
    <message>
        <source>Refused by its contract</source>
        <translation>コントラクトが拒否</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>依頼済み</translation>
    </message>
    <message>
        <source>quoted</source>
        <translation>見積済み</translation>
    </message>
    <message>
        <source>quote revised</source>
        <translation>見積修正済み</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>approved again</source>
        <translation>再承認済み</translation>
    </message>
    <message>
        <source>work started</source>
        <translation>着工</translation>
    </message>
    <message>
        <source>work completed</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>confirmed by the resident</source>
        <translation>住民が確認</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>vendor paid</source>
        <translation>業者に支払済み</translation>
    </message>
    <message>
        <source>Cannot ask the server: %1</source>
        <translation>サーバーに問い合わせできません：%1</translation>
    </message>
    <message>
        <source>Waiting for your signature: %1</source>
        <translation>あなたの署名待ち：%1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒否：%1</translation>
    </message>
    <message>
        <source>You (%1)</source>
        <translation>あなた（%1）</translation>
    </message>
    <message>
        <source>Committee member %1</source>
        <translation>委員 %1</translation>
    </message>
    <message>
        <source>Manager %1</source>
        <translation>管理者 %1</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>鍵 %1</translation>
    </message>
    <message>
        <source>Sealed in block %1</source>
        <translation>ブロック %1 に記録済み</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>あと %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>まもなく</translation>
    </message>
    <message>
        <source>A proposal that cannot be read</source>
        <translation>読み取れない提案</translation>
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
        <translation>修繕「%1」の見積を承認</translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation>業者：%1</translation>
    </message>
    <message>
        <source>Quote document (SHA-256): %1</source>
        <translation>見積書（SHA-256）：%1</translation>
    </message>
    <message>
        <source>Pay the vendor for the repair “%1”</source>
        <translation>修繕「%1」の業者へ支払う</translation>
    </message>
    <message>
        <source>Invoice document (SHA-256): %1</source>
        <translation>請求書（SHA-256）：%1</translation>
    </message>
    <message>
        <source>Approved quote: %1 from %2</source>
        <translation>承認済みの見積：%2 の %1</translation>
    </message>
    <message>
        <source>%1 for the repair “%2”</source>
        <translation>修繕「%2」の %1</translation>
    </message>
    <message>
        <source>Repair %1, category %2, urgency %3, now %4</source>
        <translation>修繕 %1、種類：%2、緊急度：%3、現在：%4</translation>
    </message>
    <message>
        <source>Common property</source>
        <translation>共用部分</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>住戸 %1</translation>
    </message>
    <message>
        <source>%1 — %2 by %3</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>This device&apos;s ledger does not hold repair %1 yet: sync first</source>
        <translation>この端末の台帳にはまだ修繕 %1 がありません。先に同期してください</translation>
    </message>
    <message>
        <source>Record an expense: %1 from %2</source>
        <translation>支出を記録：%2 の %1</translation>
    </message>
    <message>
        <source>Invoice of %1</source>
        <translation>%1 付けの請求書</translation>
    </message>
    <message>
        <source>Set the %1 budget of %2</source>
        <translation>%2 年の %1 予算を設定</translation>
    </message>
    <message>
        <source>Set the threshold “%1”</source>
        <translation>しきい値「%1」を設定</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>現在：%1</translation>
    </message>
    <message>
        <source>Set the committee&apos;s quorum to %1</source>
        <translation>委員会の定足数を %1 にする</translation>
    </message>
    <message>
        <source>an unreadable key</source>
        <translation>読み取れない鍵</translation>
    </message>
    <message>
        <source>Grant the role “%1” to %2</source>
        <translation>%2 に役割「%1」を付与</translation>
    </message>
    <message>
        <source>Revoke the role “%1” from %2</source>
        <translation>%2 から役割「%1」を取り消す</translation>
    </message>
    <message>
        <source>%1 (kind version %2)</source>
        <translation>%1（種類のバージョン %2）</translation>
    </message>
    <message>
        <source>Intent as signed: %1</source>
        <translation>署名された内容：%1</translation>
    </message>
    <message>
        <source>Transaction %1, sequence %2 of its author</source>
        <translation>取引 %1、提案者の %2 番目</translation>
    </message>
    <message>
        <source>Your signature is already on this proposal.</source>
        <translation>この提案にはすでに署名しています。</translation>
    </message>
    <message>
        <source>You have already declined this proposal.</source>
        <translation>この提案はすでに却下しています。</translation>
    </message>
    <message>
        <source>The proposal is closed: it was sealed, withdrawn, refused or has expired.</source>
        <translation>この提案は終了しています（記録済み、取り下げ、拒否、または期限切れ）。</translation>
    </message>
    <message>
        <source>The proposal has expired unsigned.</source>
        <translation>この提案は署名がそろわず期限切れになりました。</translation>
    </message>
    <message>
        <source>Only committee members sign or decline proposals.</source>
        <translation>提案に署名・却下できるのは委員だけです。</translation>
    </message>
    <message>
        <source>The server holds no such proposal.</source>
        <translation>サーバーにその提案はありません。</translation>
    </message>
    <message>
        <source>The server could not verify the signature with your key.</source>
        <translation>サーバーがあなたの鍵で署名を検証できませんでした。</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>あなたの役割ではこの操作はできません。</translation>
    </message>
    <message>
        <source>Too many requests: wait a moment and try again.</source>
        <translation>リクエストが多すぎます。少し待ってから再試行してください。</translation>
    </message>
    <message>
        <source>The server cannot serve this now: try again later.</source>
        <translation>サーバーは現在これを処理できません。後で再試行してください。</translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation>サーバーが拒否しました。</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <extracomment>a refusal: the sentence in words, then the server&apos;s code and its own reason</extracomment>
        <translation>%1（%2：%3）</translation>
    </message>
    <message>
        <source>No community server is set: the proposals live there</source>
        <translation>コミュニティのサーバーが設定されていません。提案はサーバーにあります</translation>
    </message>
    <message>
        <source>No proposal %1 in the list: refresh it and try again</source>
        <translation>一覧に提案 %1 がありません。更新して再試行してください</translation>
    </message>
    <message>
        <source>%1 names several proposals</source>
        <translation>%1 は複数の提案に当てはまります</translation>
    </message>
    <message>
        <source>Not connected to the server (%1): nothing was sent; try again when it is back</source>
        <translation>サーバーに接続していません（%1）。何も送信していません。接続が戻ったら再試行してください</translation>
    </message>
    <message>
        <source>Signed.</source>
        <translation>署名しました。</translation>
    </message>
    <message>
        <source>Sending your signature…</source>
        <translation>署名を送信中…</translation>
    </message>
    <message>
        <source>Write why you decline: the committee and the author read it</source>
        <translation>却下の理由を書いてください。委員会と提案者が読みます</translation>
    </message>
    <message>
        <source>Declined.</source>
        <translation>却下しました。</translation>
    </message>
    <message>
        <source>Sending your decline…</source>
        <translation>却下を送信中…</translation>
    </message>
    <message>
        <source>No answer from the server: %1. The list shows whether it arrived once the connection is back.</source>
        <translation>サーバーから応答がありません：%1。接続が戻ると、届いたかどうかが一覧に表示されます。</translation>
    </message>
    <message>
        <source>%1 The committee&apos;s signatures are complete: the server is sealing it.</source>
        <translation>%1 委員会の署名がそろいました。サーバーが記録しています。</translation>
    </message>
    <message>
        <source>Transaction %1, co-signed, valid until %2</source>
        <extracomment>Evidence line of a co-signed transaction (it has no sequence number): %1 its id, %2 the last time it may be sealed.</extracomment>
        <translation>取引 %1、連署方式、有効期限 %2</translation>
    </message>
</context>
<context>
    <name>courtyard::views</name>
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
        <source>MMMM yyyy</source>
        <extracomment>How a month and its year are written, in Qt&apos;s date format letters: &quot;MMMM yyyy&quot; gives &quot;March 2027&quot;; Chinese and Japanese write &quot;yyyy年M月&quot;.</extracomment>
        <translation>yyyy年M月</translation>
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
