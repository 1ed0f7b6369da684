<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
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
</TS>
