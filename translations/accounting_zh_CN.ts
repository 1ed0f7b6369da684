<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>courtyard::accounting::Letter</name>
    <message>
        <source>Payment reminder</source>
        <translation>缴费提醒</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>单元 %1</translation>
    </message>
    <message>
        <source>Dear residents of unit %1,</source>
        <translation>尊敬的 %1 单元住户：</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>尊敬的 %1：</translation>
    </message>
    <message>
        <source>According to our records, the following amounts for your unit were not yet paid on %1, after their due date:</source>
        <translation>根据我们的记录，截至 %1，贵单元以下款项已过缴费期限，尚未支付：</translation>
    </message>
    <message>
        <source>For</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Amount open</source>
        <translation>未付金额</translation>
    </message>
    <message>
        <source>Total overdue</source>
        <translation>逾期总额</translation>
    </message>
    <message>
        <source>Please pay this amount by %1: at the lobby kiosk, at the management office, or by bank transfer with your unit number %2 in the payment reference.</source>
        <translation>请于 %1 前支付上述款项：可在大堂自助终端或物业管理处支付，也可通过银行转账，并在付款附言中注明您的单元号 %2。</translation>
    </message>
    <message>
        <source>If you have paid in the meantime, thank you, and please disregard this letter.</source>
        <translation>如您在此期间已经付款，谢谢，请忽略本函。</translation>
    </message>
    <message>
        <source>If you cannot pay the whole amount, please contact the management office so that we can agree on a plan.</source>
        <translation>如您无法一次付清全部款项，请联系物业管理处，以便商定付款计划。</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>联系方式：%1</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation>此致敬礼</translation>
    </message>
    <message>
        <source>The management of %1</source>
        <translation>%1 物业管理处</translation>
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
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%2%1</translation>
    </message>
</context>
</TS>
