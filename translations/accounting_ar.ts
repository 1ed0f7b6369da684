<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>courtyard::accounting::Letter</name>
    <message>
        <source>Payment reminder</source>
        <translation>تذكير بالدفع</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>الوحدة %1</translation>
    </message>
    <message>
        <source>Dear residents of unit %1,</source>
        <translation>السادة سكان الوحدة %1،</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>حضرة %1،</translation>
    </message>
    <message>
        <source>According to our records, the following amounts for your unit were not yet paid on %1, after their due date:</source>
        <translation>وفقًا لسجلاتنا، لم تُسدَّد حتى %1 المبالغ التالية الخاصة بوحدتكم، بعد تاريخ استحقاقها:</translation>
    </message>
    <message>
        <source>For</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <source>Amount open</source>
        <translation>المبلغ المستحق</translation>
    </message>
    <message>
        <source>Total overdue</source>
        <translation>إجمالي المتأخرات</translation>
    </message>
    <message>
        <source>Please pay this amount by %1: at the lobby kiosk, at the management office, or by bank transfer with your unit number %2 in the payment reference.</source>
        <translation>يُرجى سداد هذا المبلغ قبل %1: عبر جهاز الخدمة الذاتية في الردهة، أو في مكتب الإدارة، أو بتحويل مصرفي مع ذكر رقم وحدتكم %2 في مرجع الدفع.</translation>
    </message>
    <message>
        <source>If you have paid in the meantime, thank you, and please disregard this letter.</source>
        <translation>إذا كنتم قد سددتم المبلغ في هذه الأثناء، فشكرًا لكم، ويُرجى تجاهل هذه الرسالة.</translation>
    </message>
    <message>
        <source>If you cannot pay the whole amount, please contact the management office so that we can agree on a plan.</source>
        <translation>إذا تعذّر عليكم سداد المبلغ كاملًا، يُرجى التواصل مع مكتب الإدارة للاتفاق على خطة للسداد.</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>للتواصل: %1</translation>
    </message>
    <message>
        <source>Yours sincerely,</source>
        <translation>مع خالص التحية،</translation>
    </message>
    <message>
        <source>The management of %1</source>
        <translation>إدارة %1</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>الإيجار</translation>
    </message>
    <message>
        <source>Property fee</source>
        <translation>رسوم العقار</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>غرامة التأخير</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>التأمين</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 عن %2</translation>
    </message>
</context>
</TS>
