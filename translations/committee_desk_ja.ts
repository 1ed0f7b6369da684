<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>courtyard::desk::BudgetModel</name>
    <message>
        <source>none set</source>
        <extracomment>No budget was set for this category and year.</extracomment>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Actual</source>
        <extracomment>What was actually spent.</extracomment>
        <translation>実績</translation>
    </message>
    <message>
        <source>Left</source>
        <extracomment>Budget minus actual; negative when overspent.</extracomment>
        <translation>残額</translation>
    </message>
    <message>
        <source>Used</source>
        <extracomment>Share of the budget spent.</extracomment>
        <translation>使用率</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>Budget</source>
        <extracomment>Bar chart series: the budget the committee set.</extracomment>
        <translation>予算</translation>
    </message>
    <message>
        <source>Actual</source>
        <extracomment>Bar chart series: what was spent.</extracomment>
        <translation>実績</translation>
    </message>
    <message>
        <source>Budget and fund</source>
        <extracomment>Page title.</extracomment>
        <translation>予算と基金</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Budget %1, spent %2 (top-level categories)</source>
        <extracomment>"Budget CNY 12,000.00, spent CNY 12,234.56 (top-level categories)".</extracomment>
        <translation>予算 %1、支出済み %2（大分類）</translation>
    </message>
    <message>
        <source>THE MONTHS DO NOT ADD UP TO THE LEDGER&apos;S TOTALS for the categories in red: run the verification.</source>
        <translation>赤で示したカテゴリは、月ごとの合計が台帳の合計と一致しません。検証を実行してください。</translation>
    </message>
    <message>
        <source>Budget vs actual</source>
        <extracomment>Tab: budget vs actual per category.</extracomment>
        <translation>予算と実績</translation>
    </message>
    <message>
        <source>Fund balance</source>
        <extracomment>Tab: the fund's balance over time.</extracomment>
        <translation>基金残高</translation>
    </message>
</context>
<context>
    <name>courtyard::desk::CommitteeWorkspace</name>
    <message>
        <source>The expense trail could not be read from the ledger: %1</source>
        <translation>台帳から支出明細を読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>The budget could not be read from the ledger: %1</source>
        <translation>台帳から予算を読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>Signed checkpoint: %1 transactions, block %2, root %3…</source>
        <translation>署名済みチェックポイント：取引 %1 件、ブロック %2、ルート %3…</translation>
    </message>
    <message>
        <source>The fund&apos;s balances could not be read from the ledger: %1</source>
        <translation>台帳から基金の残高を読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>committee</source>
        <extracomment>A committee member (owners' board).</extracomment>
        <translation>委員会</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>監査役</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>キオスク端末</translation>
    </message>
    <message>
        <source>server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>key %1</source>
        <extracomment>A key that holds no role now (revoked or rotated), by its first hex digits.</extracomment>
        <translation>鍵 %1</translation>
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
        <translation>未確認</translation>
    </message>
    <message>
        <source>matches</source>
        <extracomment>The invoice file's SHA-256 is the one on the ledger.</extracomment>
        <translation>一致</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>The invoice file is not in this computer's documents folder.</extracomment>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>DOES NOT MATCH</source>
        <extracomment>The invoice file was changed or replaced: shown in capitals on purpose.</extracomment>
        <translation>一致しません</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <source>the current checkpoint&apos;s signature does not verify: %1</source>
        <translation>現在のチェックポイントの署名を検証できません：%1</translation>
    </message>
    <message>
        <source>the transaction id is damaged</source>
        <translation>取引 ID が壊れています</translation>
    </message>
    <message>
        <source>the transaction is not in the ledger</source>
        <translation>この取引は台帳にありません</translation>
    </message>
    <message>
        <source>the transaction is stored at log index %1, not %2</source>
        <translation>この取引はログ索引 %2 ではなく %1 に保存されています</translation>
    </message>
    <message>
        <source>the stored transaction cannot be read: %1</source>
        <translation>保存された取引を読み込めません：%1</translation>
    </message>
    <message>
        <source>the stored transaction&apos;s bytes are not those of its id</source>
        <translation>保存された取引のバイト列が ID と一致しません</translation>
    </message>
    <message>
        <source>the stored transaction names another invoice</source>
        <translation>保存された取引は別の請求書を指しています</translation>
    </message>
    <message>
        <source>no audit path: %1</source>
        <translation>監査パスがありません：%1</translation>
    </message>
    <message>
        <source>the audit path does not lead to the signed checkpoint&apos;s root: %1</source>
        <translation>監査パスが署名済みチェックポイントのルートにつながりません：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: write it as 2027-03-31</source>
        <translation>「%1」は日付ではありません。2027-03-31 の形で入力してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount: write it like %2</source>
        <translation>「%1」は金額ではありません。%2 のように入力してください</translation>
    </message>
    <message>
        <source>the period ends before it begins: swap the two dates</source>
        <translation>終了日が開始日より前です。2 つの日付を入れ替えてください</translation>
    </message>
    <message>
        <source>the largest amount is below the smallest: swap the two amounts</source>
        <translation>上限の金額が下限より小さいです。2 つの金額を入れ替えてください</translation>
    </message>
    <message>
        <source>the invoice document is not in %1: copy it there under its SHA-256 name</source>
        <translation>請求書ファイルが %1 にありません。SHA-256 の名前でそこにコピーしてください</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Repair payment</source>
        <translation>修繕の支払い</translation>
    </message>
    <message>
        <source>included in the signed log</source>
        <extracomment>The transaction's Merkle inclusion proof verifies against the signed checkpoint.</extracomment>
        <translation>署名済みログに収録</translation>
    </message>
    <message>
        <source>PROOF FAILS</source>
        <extracomment>Shown in capitals on purpose: the ledger's evidence does not hold.</extracomment>
        <translation>証明に失敗</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column: the invoice's date.</extracomment>
        <translation>日付</translation>
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
        <source>Requested by</source>
        <extracomment>Column: who recorded the payment (the author's key).</extracomment>
        <translation>申請者</translation>
    </message>
    <message>
        <source>Approved by</source>
        <extracomment>Column: every key that signed the approval.</extracomment>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>承認日時</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>Column: whether the invoice document's SHA-256 matches the ledger.</extracomment>
        <translation>書類</translation>
    </message>
    <message>
        <source>In the signed log</source>
        <extracomment>Column: the transaction's inclusion proof.</extracomment>
        <translation>署名済みログ</translation>
    </message>
</context>
<context>
    <name>ExpenseTrailPage</name>
    <message>
        <source>Expense trail</source>
        <extracomment>Page title of the committee's expense trail.</extracomment>
        <translation>支出明細</translation>
    </message>
    <message>
        <source>From (2027-01-01)</source>
        <extracomment>Filter field: first day of the period, ISO format.</extracomment>
        <translation>開始日（2027-01-01）</translation>
    </message>
    <message>
        <source>To (2027-12-31)</source>
        <extracomment>Filter field: last day of the period, ISO format.</extracomment>
        <translation>終了日（2027-12-31）</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>すべてのカテゴリ</translation>
    </message>
    <message>
        <source>Vendor</source>
        <extracomment>Filter field: part of a vendor's name.</extracomment>
        <translation>業者</translation>
    </message>
    <message>
        <source>Amount from</source>
        <extracomment>Filter field: smallest amount shown.</extracomment>
        <translation>金額（下限）</translation>
    </message>
    <message>
        <source>Amount to</source>
        <extracomment>Filter field: largest amount shown.</extracomment>
        <translation>金額（上限）</translation>
    </message>
    <message>
        <source>Filter</source>
        <extracomment>Applies the filters (Ctrl+Enter).</extracomment>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>%1 of %2 payments, %3 in all</source>
        <extracomment>"12 of 20,213 payments, CNY 45,000.00 in all".</extracomment>
        <translation>支払い %2 件中 %1 件、合計 %3</translation>
    </message>
    <message>
        <source>Select a payment to see its evidence; Enter or a double click checks it.</source>
        <extracomment>Hint under the trail when no payment is selected.</extracomment>
        <translation>支払いを選ぶと証拠が表示されます。Enter キーかダブルクリックで確認します。</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>取引</translation>
    </message>
    <message>
        <source>block %1, log index %2, id %3</source>
        <extracomment>Where the payment is in the ledger.</extracomment>
        <translation>ブロック %1、ログ索引 %2、ID %3</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申請者</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>書類</translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation>包含証明</translation>
    </message>
    <message>
        <source>Invoice SHA-256</source>
        <translation>請求書の SHA-256</translation>
    </message>
    <message>
        <source>Check this payment</source>
        <extracomment>Re-hashes the document and checks the inclusion proof (Ctrl+Shift+C).</extracomment>
        <translation>この支払いを確認</translation>
    </message>
    <message>
        <source>Open document</source>
        <extracomment>Opens the invoice document with the system's viewer (Ctrl+O).</extracomment>
        <translation>書類を開く</translation>
    </message>
    <message>
        <source>Check all shown</source>
        <extracomment>Checks the document and proof of every payment shown.</extracomment>
        <translation>表示中をすべて確認</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) FAIL a check: they are marked in red.</source>
        <translation>
            <numerusform>%n 件の支払いが確認に失敗しました。赤で示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every payment shown was checked: each is in the signed log.</source>
        <translation>表示中の支払いをすべて確認しました。いずれも署名済みログに含まれています。</translation>
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
        <translation>銀行</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>Maintenance fund</source>
        <translation>修繕積立金</translation>
    </message>
    <message>
        <source>Reserve fund</source>
        <translation>予備積立金</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>Verification</source>
        <extracomment>Page title.</extracomment>
        <translation>検証</translation>
    </message>
    <message>
        <source>Checks this computer&apos;s copy of the ledger from the first block: every block&apos;s seal, every transaction and signature, and the log that the community server signed; then that every posting, account total and record stored here is what those blocks make. It takes a while on a large ledger; you can keep working.</source>
        <translation>このコンピューターの台帳の写しを最初のブロックから確認します。すべてのブロックの封印、すべての取引と署名、そしてコミュニティのサーバーが署名したログです。続いて、ここに保存されたすべての仕訳、勘定合計、記録がそれらのブロックから得られる内容と一致するかを確認します。台帳が大きいと時間がかかりますが、その間も作業を続けられます。</translation>
    </message>
    <message>
        <source>Verify everything from genesis</source>
        <extracomment>Starts the full check (Ctrl+Shift+V).</extracomment>
        <translation>最初のブロックからすべて検証</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Stops the check (Escape).</extracomment>
        <translation>中止</translation>
    </message>
    <message>
        <source>%1 of %2 blocks checked</source>
        <extracomment>Progress of the first step: blocks checked of all blocks.</extracomment>
        <translation>ブロック %2 個中 %1 個を確認済み</translation>
    </message>
    <message>
        <source>Took %1 s.</source>
        <translation>所要時間 %1 秒。</translation>
    </message>
    <message>
        <source>Blocks good. Comparing the stored figures with the blocks: %1 of %2 blocks replayed</source>
        <extracomment>Progress of the second step: the blocks are good; the figures stored on this computer are compared with what the blocks make, replayed one by one.</extracomment>
        <translation>ブロックは正常です。保存された数字をブロックと照合中：%2 ブロック中 %1 ブロックを再実行済み</translation>
    </message>
</context>
<context>
    <name>courtyard::desk::VerificationRunner</name>
    <message>
        <source>Refused by this device on %1</source>
        <translation>この端末が %1 に拒否</translation>
    </message>
    <message>
        <source>The block as the server sent it: %1</source>
        <translation>サーバーが送ってきたブロック：%1</translation>
    </message>
    <message>
        <source>Verifying every block from genesis…</source>
        <translation>最初のブロックからすべてのブロックを検証しています…</translation>
    </message>
    <message>
        <source>The ledger file could not be opened for checking.</source>
        <translation>確認のために台帳ファイルを開けませんでした。</translation>
    </message>
    <message>
        <source>THE LEDGER&apos;S FIRST TRANSACTION IS DAMAGED.</source>
        <translation>台帳の最初の取引が壊れています。</translation>
    </message>
    <message>
        <source>Keep this computer as it is and tell the committee.</source>
        <translation>このコンピューターをそのままにして、委員会に知らせてください。</translation>
    </message>
    <message>
        <source>The ledger file could not be read to the end.</source>
        <translation>台帳ファイルを最後まで読み込めませんでした。</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 blocks were checked and found good before you stopped it.</source>
        <translation>中止しました。中止するまでに %2 個中 %1 個のブロックを確認し、問題はありませんでした。</translation>
    </message>
    <message>
        <source>Where: block %1</source>
        <translation>場所：ブロック %1</translation>
    </message>
    <message>
        <source>Transaction at log index %1</source>
        <translation>ログ索引 %1 の取引</translation>
    </message>
    <message>
        <source>Transaction id %1</source>
        <translation>取引 ID %1</translation>
    </message>
    <message>
        <source>What is wrong: %1</source>
        <translation>問題：%1</translation>
    </message>
    <message>
        <source>%1 blocks before it were checked and found good.</source>
        <translation>それより前の %1 個のブロックは確認済みで、問題はありません。</translation>
    </message>
    <message>
        <source>What to do: do not rely on this computer&apos;s copy of the ledger. Keep this computer as it is (it is evidence) and tell the other committee members and the manager.</source>
        <translation>対処：このコンピューターの台帳の写しを信用しないでください。このコンピューターはそのままにして（証拠になります）、ほかの委員と管理者に知らせてください。</translation>
    </message>
    <message>
        <source>THE LEDGER ON THIS COMPUTER DOES NOT CHECK OUT: it was changed after it was sealed.</source>
        <translation>このコンピューターの台帳は検証に通りません。封印の後に変更されています。</translation>
    </message>
    <message>
        <source>The ledger&apos;s records could not be read.</source>
        <translation>台帳の記録を読み込めませんでした。</translation>
    </message>
    <message>
        <source>%1 blocks and %2 transactions checked from genesis.</source>
        <translation>最初のブロックからブロック %1 個と取引 %2 件を確認しました。</translation>
    </message>
    <message>
        <source>%1 signatures verified.</source>
        <translation>署名 %1 件を検証しました。</translation>
    </message>
    <message>
        <source>The log of %1 transactions has the root %2, which the community server signed.</source>
        <translation>取引 %1 件のログのルートは %2 で、コミュニティのサーバーが署名しています。</translation>
    </message>
    <message>
        <source>THIS COMPUTER&apos;S LEDGER IS GOOD, BUT THE SERVER SENT BLOCKS THAT CONTRADICT IT: its history was rewritten or replaced.</source>
        <translation>このコンピューターの台帳は正常ですが、サーバーがこれと矛盾するブロックを送ってきました。サーバーの履歴が書き換えられたか、差し替えられています。</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) from the server were refused; the evidence is kept below.</source>
        <translation>
            <numerusform>サーバーからのブロック %n 個を拒否しました。証拠を下に保存しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>One posting line: an amount with its currency, on an account, e.g. &quot;CNY 1,200.00 on Income:Rent&quot;.</extracomment>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>Posting %1 of the transaction at log index %2 (block %3): stored %4, but the blocks make %5.</source>
        <extracomment>%1: line number, %2: log index, %3: block, %4 and %5: &quot;CNY 1,200.00 on Income:Rent&quot; or &quot;nothing&quot;.</extracomment>
        <translation>ログ索引 %2 の取引（ブロック %3）の仕訳 %1：保存されているのは %4 ですが、ブロックから得られるのは %5 です。</translation>
    </message>
    <message numerus="yes">
        <source>debits %1, credits %2 over %n posting(s)</source>
        <translation>
            <numerusform>借方 %1、貸方 %2、仕訳 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals of account %1 in %2: stored %3, but the blocks make %4.</source>
        <extracomment>%1: account, %2: currency code, %3 and %4: &quot;debits ..., credits ... over N postings&quot; or &quot;nothing&quot;.</extracomment>
        <translation>勘定 %1（%2）の合計：保存されているのは %3 ですが、ブロックから得られるのは %4 です。</translation>
    </message>
    <message>
        <source>Record %1: its value is right, but the checksum stored beside it was changed.</source>
        <extracomment>A stored record whose value is right but whose checksum beside it was changed.</extracomment>
        <translation>記録 %1：値は正しいですが、一緒に保存されているチェックサムが変更されています。</translation>
    </message>
    <message>
        <source>Record %1 (last changed by the transaction at log index %2, block %3): stored %4, but the blocks make %5.</source>
        <extracomment>%1: record key, %2: log index, %3: block, %4 and %5: the record&apos;s values (notation for programmers) or &quot;nothing&quot;.</extracomment>
        <translation>記録 %1（最後の変更はログ索引 %2、ブロック %3 の取引）：保存されているのは %4 ですが、ブロックから得られるのは %5 です。</translation>
    </message>
    <message>
        <source>Record %1: stored %2, but the blocks make %3.</source>
        <translation>記録 %1：保存されているのは %2 ですが、ブロックから得られるのは %3 です。</translation>
    </message>
    <message>
        <source>Stopped: all %1 blocks were checked and found good; the stored figures were being compared with them (%2 of %3 blocks replayed) when you stopped it.</source>
        <translation>停止しました：全 %1 ブロックを確認し、問題はありませんでした。停止した時点では、保存された数字をブロックと照合していました（%3 ブロック中 %2 ブロックを再実行済み）。</translation>
    </message>
    <message>
        <source>What to do: do not rely on the figures shown here. This program&apos;s rules may be older or newer than the community server&apos;s: install the version the server runs and verify again. If it still fails, tell the other committee members and the manager.</source>
        <translation>対処：ここに表示される数字を信用しないでください。このプログラムの規則がコミュニティのサーバーより古いか新しい可能性があります。サーバーと同じバージョンをインストールして、もう一度検証してください。それでも失敗する場合は、他の委員と管理者に知らせてください。</translation>
    </message>
    <message>
        <source>THE BLOCKS CHECK OUT, BUT THIS PROGRAM&apos;S RULES DO NOT MAKE THE RECORDS THEY CARRY.</source>
        <translation>ブロックは検証に通りましたが、このプログラムの規則ではブロックが示す記録になりません。</translation>
    </message>
    <message numerus="yes">
        <source>%n stored row(s) are not what the blocks make:</source>
        <translation>
            <numerusform>保存された %n 行がブロックから得られる内容と一致しません：</numerusform>
        </translation>
    </message>
    <message>
        <source>postings: %1, account totals: %2, records: %3.</source>
        <translation>仕訳：%1、勘定合計：%2、記録：%3。</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>…ほか %1 件。</translation>
    </message>
    <message>
        <source>The balances and records stored on this computer (state root %1…) are not those the blocks make (block %2 says %3…).</source>
        <translation>このコンピューターに保存された残高と記録（状態ルート %1…）は、ブロックから得られるもの（ブロック %2 では %3…）と一致しません。</translation>
    </message>
    <message>
        <source>What to do: do not rely on the balances, statements, reports or the trail shown on this computer. Keep this computer and its ledger file (%1) as they are: they are evidence. Tell the other committee members and the manager; after a copy of the file is kept, the manager can rebuild the figures from the verified blocks with `courtyard replay --rebuild`.</source>
        <translation>対処：このコンピューターに表示される残高、明細、報告書、支出記録を信用しないでください。このコンピューターと台帳ファイル（%1）はそのままにしてください。証拠になります。他の委員と管理者に知らせてください。ファイルのコピーを保管したうえで、管理者は `courtyard replay --rebuild` で検証済みのブロックから数字を作り直せます。</translation>
    </message>
    <message>
        <source>THE FIGURES AND RECORDS ON THIS COMPUTER WERE CHANGED: the blocks check out, the stored rows do not.</source>
        <translation>このコンピューターの数字と記録が変更されています。ブロックは検証に通りましたが、保存された行は通りません。</translation>
    </message>
    <message>
        <source>Every posting (%1), account total (%2) and record (%3) stored on this computer is what the blocks make.</source>
        <translation>このコンピューターに保存されたすべての仕訳（%1）、勘定合計（%2）、記録（%3）は、ブロックから得られる内容と一致します。</translation>
    </message>
    <message>
        <source>Everything checks out: no block, transaction, signature or stored figure was changed since genesis.</source>
        <translation>すべて検証に通りました。最初のブロック以来、ブロック・取引・署名・保存された数字はどれも変更されていません。</translation>
    </message>
</context>
<context>
    <name>courtyard::desk::committee</name>
    <message>
        <source>Expense trail</source>
        <extracomment>The committee's pages in the desk's navigation.</extracomment>
        <translation>支出明細</translation>
    </message>
    <message>
        <source>Budget and fund</source>
        <translation>予算と基金</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>検証</translation>
    </message>
</context>
</TS>
