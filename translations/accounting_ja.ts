<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>courtyard::accounting</name>
    <message>
        <source>there is no %1 in '%2': use %3</source>
        <translation>「%2」の%1はありません：%3 のいずれかを使ってください</translation>
    </message>
    <message>
        <source>the translation into '%1' is missing from this build</source>
        <translation>このビルドには「%1」への翻訳が含まれていません</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>家賃</translation>
    </message>
    <message>
        <source>Property fees</source>
        <translation>管理費</translation>
    </message>
    <message>
        <source>Late fees</source>
        <translation>延滞金</translation>
    </message>
    <message>
        <source>Deductions kept from deposits</source>
        <translation>敷金から差し引いた額</translation>
    </message>
    <message>
        <source>Maintenance fund</source>
        <translation>修繕積立金</translation>
    </message>
    <message>
        <source>Reserve fund</source>
        <translation>予備費積立金</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>銀行口座</translation>
    </message>
    <message>
        <source>Cash at the office</source>
        <translation>管理事務所の現金</translation>
    </message>
    <message>
        <source>Card payments not yet settled</source>
        <translation>未精算のカード支払い</translation>
    </message>
    <message>
        <source>financial report</source>
        <translation>財務報告書</translation>
    </message>
    <message>
        <source>reminder letter</source>
        <translation>督促状</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>the PDF %1 was not written</source>
        <translation>PDF %1 は書き込まれませんでした</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>照合済み</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>要選択</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>該当なし</translation>
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
        <translation>他の通貨</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 is not the remembered payers (delete it to start afresh)</source>
        <translation>%1 は記憶された支払者のファイルではありません（削除すると最初からやり直せます）</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>names invoice %1</source>
        <translation>請求書 %1 が記載されている</translation>
    </message>
    <message>
        <source>names unit %1</source>
        <translation>住戸 %1 が記載されている</translation>
    </message>
    <message>
        <source>payer's account confirmed for %1 before</source>
        <translation>支払者の口座は以前 %1 として確認済み</translation>
    </message>
    <message>
        <source>payer's name known for %1</source>
        <translation>支払者の名前は %1 の居住者</translation>
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
        <translation>未払いはありません：全額が前払残高になります</translation>
    </message>
    <message>
        <source>amount is more than what is open: the rest becomes prepaid credit</source>
        <translation>金額が未払額より多い：残りは前払残高になります</translation>
    </message>
    <message>
        <source>'%1' is not an amount</source>
        <translation>「%1」は金額ではありません</translation>
    </message>
    <message>
        <source>'%1' has more decimals than its currency has</source>
        <translation>「%1」は通貨の小数桁数より多い桁があります</translation>
    </message>
    <message>
        <source>'%1' is larger than any amount the ledger can hold</source>
        <translation>「%1」は台帳が扱える金額を超えています</translation>
    </message>
    <message>
        <source>'%1' is not an encoding this computer can read: try UTF-8, ISO-8859-1 or GB18030</source>
        <translation>「%1」はこのコンピューターで読めるエンコーディングではありません：UTF-8、ISO-8859-1、GB18030 を試してください</translation>
    </message>
    <message>
        <source>the file is not %1 text: choose the file's encoding in the mapping</source>
        <translation>このファイルは %1 のテキストではありません：マッピングでファイルのエンコーディングを指定してください</translation>
    </message>
    <message>
        <source>'%1' in the mapping is not KEY=VALUE, e.g. amount=Betrag</source>
        <translation>マッピングの「%1」は キー=値 の形ではありません（例：amount=Betrag）</translation>
    </message>
    <message>
        <source>'%1' is neither yes nor no</source>
        <translation>「%1」は yes でも no でもありません</translation>
    </message>
    <message>
        <source>the mapping's %1 is one character (or tab, comma, semicolon)</source>
        <translation>マッピングの %1 は 1 文字です（または tab、comma、semicolon）</translation>
    </message>
    <message>
        <source>the mapping has no '%1': use date, amount, currency, reference, payer-name, payer-account, booking-id, delimiter, quote, encoding, decimal-comma, date-format, header, default-currency</source>
        <translation>マッピングに「%1」はありません：date、amount、currency、reference、payer-name、payer-account、booking-id、delimiter、quote、encoding、decimal-comma、date-format、header、default-currency を使ってください</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>%1 行目：引用符で囲まれた項目が閉じられていません</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>the mapping needs at least the date, amount and booking-id columns, e.g. --mapping "date=Date,amount=Amount,booking-id=Reference number"</source>
        <translation>マッピングには少なくとも date、amount、booking-id の列が必要です（例：--mapping "date=Date,amount=Amount,booking-id=Reference number"）</translation>
    </message>
    <message>
        <source>the mapping needs a currency column or a default-currency</source>
        <translation>マッピングには currency 列か default-currency が必要です</translation>
    </message>
    <message>
        <source>the file has no column '%1' for the %2; its columns are: %3</source>
        <translation>ファイルに%2の列「%1」がありません。列は次のとおりです：%3</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>参照</translation>
    </message>
    <message>
        <source>payer's name</source>
        <translation>支払者の名前</translation>
    </message>
    <message>
        <source>payer's account</source>
        <translation>支払者の口座</translation>
    </message>
    <message>
        <source>booking id</source>
        <translation>取引番号</translation>
    </message>
    <message>
        <source>record %1: the %2 is missing</source>
        <translation>レコード %1：%2がありません</translation>
    </message>
    <message>
        <source>record %1: '%2' is not a date written %3 (set date-format in the mapping)</source>
        <translation>レコード %1：「%2」は %3 形式の日付ではありません（マッピングで date-format を指定してください）</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>レコード %1</translation>
    </message>
    <message>
        <source>camt.053 line %1</source>
        <translation>camt.053 %1 行目</translation>
    </message>
    <message>
        <source>%1: '%2' is not an amount</source>
        <translation>%1：「%2」は金額ではありません</translation>
    </message>
    <message>
        <source>%1: the XML cannot be read (%2)</source>
        <translation>%1：XML を読み込めません（%2）</translation>
    </message>
    <message>
        <source>this XML is not a camt.053 bank statement (no BkToCstmrStmt)</source>
        <translation>この XML は camt.053 の銀行取引明細書ではありません（BkToCstmrStmt がありません）</translation>
    </message>
    <message>
        <source>camt.053: an entry (reference '%1') lacks its booking date, reference or credit/debit indicator</source>
        <translation>camt.053：エントリー（参照「%1」）に記帳日、参照、または入出金区分がありません</translation>
    </message>
    <message>
        <source>camt.053: the batch entry %1 has a transaction without its amount</source>
        <translation>camt.053：一括エントリー %1 に金額のない取引があります</translation>
    </message>
    <message>
        <source>camt.053: the transactions of batch entry %1 do not add up to the entry's amount</source>
        <translation>camt.053：一括エントリー %1 の取引の合計がエントリーの金額と一致しません</translation>
    </message>
    <message>
        <source>%1 is not the remembered mappings (delete it to start afresh)</source>
        <translation>%1 は記憶されたマッピングのファイルではありません（削除すると最初からやり直せます）</translation>
    </message>
    <message>
        <source>the record of bank reference %1 is damaged</source>
        <translation>銀行参照 %1 の記録が壊れています</translation>
    </message>
    <message>
        <source>line %1 is money out, not a payment</source>
        <translation>%1 行目は出金で、支払いではありません</translation>
    </message>
    <message>
        <source>line %1: the bank's reference '%2' is not 1 to %3 characters</source>
        <translation>%1 行目：銀行の参照「%2」が 1～%3 文字ではありません</translation>
    </message>
    <message>
        <source>line %1: choose the unit it pays for</source>
        <translation>%1 行目：支払い先の住戸を選んでください</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>期間の終了日（%1）が開始日（%2）より前です</translation>
    </message>
    <message>
        <source>cannot write the journal</source>
        <translation>仕訳帳を書き込めません</translation>
    </message>
    <message>
        <source>a payment record names a reversal that is not a transaction id</source>
        <translation>支払記録の取消が取引 ID ではありません</translation>
    </message>
    <message>
        <source>the payment record %1 is damaged</source>
        <translation>支払記録 %1 が壊れています</translation>
    </message>
    <message>
        <source>the report's period must start on or before its end</source>
        <translation>報告期間の開始日は終了日以前でなければなりません</translation>
    </message>
</context>
<context>
    <name>courtyard::accounting::Letter</name>
    <message>
        <source>Payment reminder</source>
        <translation>お支払いのお願い</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>住戸 %1</translation>
    </message>
    <message>
        <source>Dear residents of unit %1,</source>
        <translation>%1 号室 居住者様</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>%1 様</translation>
    </message>
    <message>
        <source>According to our records, the following amounts for your unit were not yet paid on %1, after their due date:</source>
        <translation>当方の記録によりますと、%1 現在、お住まいの住戸について、支払期日を過ぎた次の金額が未払いとなっております。</translation>
    </message>
    <message>
        <source>For</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>支払期日</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>経過日数</translation>
    </message>
    <message>
        <source>Amount open</source>
        <translation>未払額</translation>
    </message>
    <message>
        <source>Total overdue</source>
        <translation>未払合計</translation>
    </message>
    <message>
        <source>Please pay this amount by %1: at the lobby kiosk, at the management office, or by bank transfer with your unit number %2 in the payment reference.</source>
        <translation>%1 までに、ロビーの端末、管理事務所、または銀行振込（振込の際は住戸番号 %2 をご記入ください）にてお支払いください。</translation>
    </message>
    <message>
        <source>If you have paid in the meantime, thank you, and please disregard this letter.</source>
        <translation>本状と行き違いにお支払いいただいている場合は、ご容赦ください。</translation>
    </message>
    <message>
        <source>If you cannot pay the whole amount, please contact the management office so that we can agree on a plan.</source>
        <translation>全額のお支払いが難しい場合は、お支払い方法についてご相談いただけますよう、管理事務所までご連絡ください。</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>連絡先：%1</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation>敬具</translation>
    </message>
    <message>
        <source>The management of %1</source>
        <translation>%1 管理事務所</translation>
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
        <translation>延滞料</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>敷金</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%2分の%1</translation>
    </message>
</context>
<context>
    <name>courtyard::accounting::Report</name>
    <message>
        <source>Financial report</source>
        <translation>財務報告書</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 から %2 まで</translation>
    </message>
    <message>
        <source>Transactions in the period: %1. Amounts in %2.</source>
        <translation>期間中の取引：%1 件。金額の単位：%2。</translation>
    </message>
    <message>
        <source>Income by kind</source>
        <translation>種類別の収入</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>収入合計</translation>
    </message>
    <message>
        <source>Expenses by category</source>
        <translation>費目別の支出</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>費目</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>支出合計</translation>
    </message>
    <message>
        <source>Income less expenses: %1</source>
        <translation>収支差額：%1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>勘定</translation>
    </message>
    <message>
        <source>At the start (%1)</source>
        <translation>期首（%1）</translation>
    </message>
    <message>
        <source>At the end (%1)</source>
        <translation>期末（%1）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Fund balances</source>
        <translation>積立金残高</translation>
    </message>
    <message>
        <source>Cash and bank</source>
        <translation>現金と銀行</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>滞納</translation>
    </message>
    <message>
        <source>Invoices due on or before %1 and not yet paid at the end of that day: %2. Units in arrears: %3.</source>
        <translation>%1 までに支払期日を迎え、その日の終わりに未払いだった請求：%2。滞納のある住戸：%3 戸。</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>期日経過日数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>住戸数</translation>
    </message>
    <message>
        <source>1 to 30</source>
        <translation>1～30 日</translation>
    </message>
    <message>
        <source>31 to 60</source>
        <translation>31～60 日</translation>
    </message>
    <message>
        <source>61 to 90</source>
        <translation>61～90 日</translation>
    </message>
    <message>
        <source>more than 90</source>
        <translation>90 日超</translation>
    </message>
    <message>
        <source>Units are counted by their oldest overdue invoice; amounts by each invoice's age. No names are shown.</source>
        <translation>住戸は最も古い延滞請求で数え、金額は各請求の経過日数で区分しています。氏名は表示しません。</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>家賃</translation>
    </message>
    <message>
        <source>Property fees</source>
        <translation>管理費</translation>
    </message>
    <message>
        <source>Late fees</source>
        <translation>延滞金</translation>
    </message>
    <message>
        <source>Deductions kept from deposits</source>
        <translation>敷金から差し引いた額</translation>
    </message>
    <message>
        <source>Maintenance fund</source>
        <translation>修繕積立金</translation>
    </message>
    <message>
        <source>Reserve fund</source>
        <translation>予備費積立金</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>銀行口座</translation>
    </message>
    <message>
        <source>Cash at the office</source>
        <translation>管理事務所の現金</translation>
    </message>
    <message>
        <source>Card payments not yet settled</source>
        <translation>未精算のカード支払い</translation>
    </message>
    <message>
        <source>Repairs: %1</source>
        <translation>修繕：%1</translation>
    </message>
</context>
</TS>
