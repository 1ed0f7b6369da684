<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>courtyard::desk::accounting::AccountingDesk</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません：%2</translation>
    </message>
    <message>
        <source>%1 is a CSV file of a layout not seen before: say which column holds what.</source>
        <translation>%1 は初めての形式の CSV ファイルです。各列の内容を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) read.</source>
        <translation>
            <numerusform>%1：%n 行を読み込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a statement first.</source>
        <translation>先に明細書を開いてください。</translation>
    </message>
    <message numerus="yes">
        <source>Mapping remembered for this bank's files; %n line(s) read.</source>
        <translation>
            <numerusform>この銀行のファイルの列の対応を記憶しました。%n 行を読み込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>Choose a line first.</source>
        <translation>先に行を選んでください。</translation>
    </message>
    <message>
        <source>Line %1 is %2: it is not booked as a resident's payment.</source>
        <translation>%1 行目は「%2」です。居住者の支払いとしては記帳できません。</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>住戸 %1 はありません。</translation>
    </message>
    <message>
        <source>Line %1 will be posted to unit %2.</source>
        <translation>%1 行目は住戸 %2 に記帳されます。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) signed and queued for the server.</source>
        <translation>
            <numerusform>%n 件の支払いに署名し、サーバーへの送信を待っています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) signed; not posted: %1</source>
        <translation>
            <numerusform>%n 件の支払いに署名しました。記帳されなかったもの：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 owed by %n unit(s) on %2</source>
        <translation>
            <numerusform>%2 現在、%n 戸の未払い合計 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the days as YYYY-MM-DD, e.g. 2027-03-31.</source>
        <translation>日付は YYYY-MM-DD の形式で入力してください（例：2027-03-31）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>%1: %2 transactions, %3 postings.</source>
        <translation>%1：取引 %2 件、仕訳行 %3 件。</translation>
    </message>
    <message>
        <source>Write the period's first and last day as YYYY-MM-DD.</source>
        <translation>期間の初日と最終日を YYYY-MM-DD の形式で入力してください。</translation>
    </message>
    <message>
        <source>Financial report %1 to %2</source>
        <translation>財務報告 %1～%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n page(s)).</source>
        <translation>
            <numerusform>%1 を書き出しました（%n ページ）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n row(s)).</source>
        <translation>
            <numerusform>%1 を書き出しました（%n 行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder letter(s) written to %1.</source>
        <translation>
            <numerusform>督促状 %n 通を %1 に書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>courtyard::accounting::ArrearsModel</name>
    <message>
        <source>Unit</source>
        <translation>住戸</translation>
    </message>
    <message>
        <source>Owing since</source>
        <translation>未払い開始日</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>未払額</translation>
    </message>
    <message>
        <source>1-30 days</source>
        <translation>1～30 日</translation>
    </message>
    <message>
        <source>31-60 days</source>
        <translation>31～60 日</translation>
    </message>
    <message>
        <source>61-90 days</source>
        <translation>61～90 日</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90 日超</translation>
    </message>
</context>
<context>
    <name>ArrearsPage</name>
    <message>
        <source>Reminder letters in</source>
        <translation>督促状の言語</translation>
    </message>
    <message>
        <source>to the folder</source>
        <translation>保存先フォルダー</translation>
    </message>
    <message>
        <source>A folder for the PDF letters</source>
        <translation>PDF の督促状を保存するフォルダー</translation>
    </message>
    <message>
        <source>Write the letters</source>
        <translation>督促状を作成</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV を書き出す…</translation>
    </message>
</context>
<context>
    <name>BankImportPage</name>
    <message>
        <source>Open a bank statement</source>
        <translation>銀行明細を開く</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.csv *.txt)</source>
        <translation>銀行明細 (*.xml *.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>明細：</translation>
    </message>
    <message>
        <source>A camt.053 XML or CSV file from the bank</source>
        <translation>銀行の camt.053 XML または CSV ファイル</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>This bank's CSV layout is new: choose the column of each field (remembered for its next statements).</source>
        <translation>この銀行の CSV 形式は初めてです。各項目の列を選んでください（次回以降の明細に使われます）。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>振込メモ</translation>
    </message>
    <message>
        <source>Payer's name</source>
        <translation>振込人名</translation>
    </message>
    <message>
        <source>Payer's account</source>
        <translation>振込人口座</translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation>銀行参照番号</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>区切り文字</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>日付の形式</translation>
    </message>
    <message>
        <source>Decimal comma (1.234,56)</source>
        <translation>小数点がコンマ (1.234,56)</translation>
    </message>
    <message>
        <source>Currency if none</source>
        <translation>通貨（列がない場合）</translation>
    </message>
    <message>
        <source>Use this mapping</source>
        <translation>この対応を使う</translation>
    </message>
    <message>
        <source>Line %1 is for</source>
        <translation>%1 行目の住戸</translation>
    </message>
    <message>
        <source>Use this unit</source>
        <translation>この住戸にする</translation>
    </message>
    <message numerus="yes">
        <source>Post %n matched line(s)</source>
        <translation>
            <numerusform>一致した %n 行を記帳</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>courtyard::accounting::BankLineModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>記帳日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>振込人</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>振込メモ</translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation>銀行参照番号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>住戸</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>確度</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候補</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>開始日 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>終了日 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Where to write the files</source>
        <translation>ファイルの保存先</translation>
    </message>
    <message>
        <source>Financial report (PDF)</source>
        <translation>財務報告 (PDF)</translation>
    </message>
    <message>
        <source>Journal for hledger</source>
        <translation>hledger 用の仕訳帳</translation>
    </message>
    <message>
        <source>Journal for ledger</source>
        <translation>ledger 用の仕訳帳</translation>
    </message>
    <message>
        <source>Bank lines (CSV)</source>
        <translation>銀行明細行 (CSV)</translation>
    </message>
    <message>
        <source>Arrears (CSV)</source>
        <translation>未払い (CSV)</translation>
    </message>
</context>
<context>
    <name>courtyard::accounting</name>
    <message>
        <source>matched</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>要選択</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>記帳済み</translation>
    </message>
    <message>
        <source>money out</source>
        <translation>出金</translation>
    </message>
    <message>
        <source>other currency</source>
        <translation>他通貨</translation>
    </message>
    <message>
        <source>names invoice %1</source>
        <translation>請求書 %1 の記載あり</translation>
    </message>
    <message>
        <source>names unit %1</source>
        <translation>住戸 %1 の記載あり</translation>
    </message>
    <message>
        <source>payer's account confirmed for %1 before</source>
        <translation>振込人口座は以前 %1 として確認済み</translation>
    </message>
    <message>
        <source>payer's name known for %1</source>
        <translation>振込人名は %1 の居住者</translation>
    </message>
    <message>
        <source>amount equals what is open</source>
        <translation>金額が未払額と一致</translation>
    </message>
    <message>
        <source>amount is less than what is open</source>
        <translation>金額が未払額より少ない</translation>
    </message>
    <message>
        <source>nothing is open: all of it becomes prepaid credit</source>
        <translation>未払いなし：全額が前払い残高になります</translation>
    </message>
    <message>
        <source>amount is more than what is open: the rest becomes prepaid credit</source>
        <translation>金額が未払額より多い：残りは前払い残高になります</translation>
    </message>
</context>
</TS>
