<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>courtyard::accounting</name>
    <message>
        <source>there is no %1 in '%2': use %3</source>
        <translation>لا يوجد %1 باللغة '%2': استخدم %3</translation>
    </message>
    <message>
        <source>the translation into '%1' is missing from this build</source>
        <translation>الترجمة إلى '%1' غير موجودة في هذا الإصدار</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>الإيجار</translation>
    </message>
    <message>
        <source>Property fees</source>
        <translation>رسوم العقار</translation>
    </message>
    <message>
        <source>Late fees</source>
        <translation>غرامات التأخير</translation>
    </message>
    <message>
        <source>Deductions kept from deposits</source>
        <translation>خصومات محتجزة من التأمينات</translation>
    </message>
    <message>
        <source>Maintenance fund</source>
        <translation>صندوق الصيانة</translation>
    </message>
    <message>
        <source>Reserve fund</source>
        <translation>الصندوق الاحتياطي</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>الحساب البنكي</translation>
    </message>
    <message>
        <source>Cash at the office</source>
        <translation>النقد في المكتب</translation>
    </message>
    <message>
        <source>Card payments not yet settled</source>
        <translation>مدفوعات البطاقات غير المسواة بعد</translation>
    </message>
    <message>
        <source>financial report</source>
        <translation>تقرير مالي</translation>
    </message>
    <message>
        <source>reminder letter</source>
        <translation>خطاب تذكير</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذرت الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>the PDF %1 was not written</source>
        <translation>لم يُكتب ملف PDF %1</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>اختر</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>لا تطابق</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>مُرحّل</translation>
    </message>
    <message>
        <source>money out</source>
        <translation>مبلغ صادر</translation>
    </message>
    <message>
        <source>other currency</source>
        <translation>عملة أخرى</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تعذرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not the remembered payers (delete it to start afresh)</source>
        <translation>%1 ليس ملف الدافعين المحفوظ (احذفه للبدء من جديد)</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>تعذر إنشاء المجلد %1</translation>
    </message>
    <message>
        <source>names invoice %1</source>
        <translation>يذكر الفاتورة %1</translation>
    </message>
    <message>
        <source>names unit %1</source>
        <translation>يذكر الوحدة %1</translation>
    </message>
    <message>
        <source>payer's account confirmed for %1 before</source>
        <translation>حساب الدافع أُكِّد سابقاً للوحدة %1</translation>
    </message>
    <message>
        <source>payer's name known for %1</source>
        <translation>اسم الدافع معروف للوحدة %1</translation>
    </message>
    <message>
        <source>amount equals what is open</source>
        <translation>المبلغ يساوي المستحق</translation>
    </message>
    <message>
        <source>amount is less than what is open</source>
        <translation>المبلغ أقل من المستحق</translation>
    </message>
    <message>
        <source>nothing is open: all of it becomes prepaid credit</source>
        <translation>لا يوجد مستحق: يصبح المبلغ كله رصيداً مدفوعاً مقدماً</translation>
    </message>
    <message>
        <source>amount is more than what is open: the rest becomes prepaid credit</source>
        <translation>المبلغ أكثر من المستحق: يصبح الباقي رصيداً مدفوعاً مقدماً</translation>
    </message>
    <message>
        <source>'%1' is not an amount</source>
        <translation>'%1' ليس مبلغاً</translation>
    </message>
    <message>
        <source>'%1' has more decimals than its currency has</source>
        <translation>'%1' فيه منازل عشرية أكثر مما لعملته</translation>
    </message>
    <message>
        <source>'%1' is larger than any amount the ledger can hold</source>
        <translation>'%1' أكبر من أي مبلغ يستطيع السجل حفظه</translation>
    </message>
    <message>
        <source>'%1' is not an encoding this computer can read: try UTF-8, ISO-8859-1 or GB18030</source>
        <translation>'%1' ليس ترميزاً يستطيع هذا الحاسوب قراءته: جرّب UTF-8 أو ISO-8859-1 أو GB18030</translation>
    </message>
    <message>
        <source>the file is not %1 text: choose the file's encoding in the mapping</source>
        <translation>الملف ليس نصاً بترميز %1: اختر ترميز الملف في التعيين</translation>
    </message>
    <message>
        <source>'%1' in the mapping is not KEY=VALUE, e.g. amount=Betrag</source>
        <translation>'%1' في التعيين ليس بالشكل مفتاح=قيمة، مثل amount=Betrag</translation>
    </message>
    <message>
        <source>'%1' is neither yes nor no</source>
        <translation>'%1' ليس yes ولا no</translation>
    </message>
    <message>
        <source>the mapping's %1 is one character (or tab, comma, semicolon)</source>
        <translation>قيمة %1 في التعيين حرف واحد (أو tab أو comma أو semicolon)</translation>
    </message>
    <message>
        <source>the mapping has no '%1': use date, amount, currency, reference, payer-name, payer-account, booking-id, delimiter, quote, encoding, decimal-comma, date-format, header, default-currency</source>
        <translation>لا يوجد '%1' في التعيين: استخدم date أو amount أو currency أو reference أو payer-name أو payer-account أو booking-id أو delimiter أو quote أو encoding أو decimal-comma أو date-format أو header أو default-currency</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>السطر %1: حقل بين علامتي اقتباس لم يُغلق</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>the mapping needs at least the date, amount and booking-id columns, e.g. --mapping "date=Date,amount=Amount,booking-id=Reference number"</source>
        <translation>يحتاج التعيين على الأقل إلى أعمدة date وamount وbooking-id، مثل --mapping "date=Date,amount=Amount,booking-id=Reference number"</translation>
    </message>
    <message>
        <source>the mapping needs a currency column or a default-currency</source>
        <translation>يحتاج التعيين إلى عمود currency أو إلى default-currency</translation>
    </message>
    <message>
        <source>the file has no column '%1' for the %2; its columns are: %3</source>
        <translation>لا يحتوي الملف على العمود '%1' لـ%2؛ أعمدته: %3</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>payer's name</source>
        <translation>اسم الدافع</translation>
    </message>
    <message>
        <source>payer's account</source>
        <translation>حساب الدافع</translation>
    </message>
    <message>
        <source>booking id</source>
        <translation>رقم القيد</translation>
    </message>
    <message>
        <source>record %1: the %2 is missing</source>
        <translation>السجل %1: %2 غير موجود</translation>
    </message>
    <message>
        <source>record %1: '%2' is not a date written %3 (set date-format in the mapping)</source>
        <translation>السجل %1: '%2' ليس تاريخاً مكتوباً بالشكل %3 (اضبط date-format في التعيين)</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>السجل %1</translation>
    </message>
    <message>
        <source>camt.053 line %1</source>
        <translation>السطر %1 من camt.053</translation>
    </message>
    <message>
        <source>%1: '%2' is not an amount</source>
        <translation>%1: '%2' ليس مبلغاً</translation>
    </message>
    <message>
        <source>%1: the XML cannot be read (%2)</source>
        <translation>%1: تعذرت قراءة XML (%2)</translation>
    </message>
    <message>
        <source>this XML is not a camt.053 bank statement (no BkToCstmrStmt)</source>
        <translation>ملف XML هذا ليس كشف حساب بنكي camt.053 (لا يوجد BkToCstmrStmt)</translation>
    </message>
    <message>
        <source>camt.053: an entry (reference '%1') lacks its booking date, reference or credit/debit indicator</source>
        <translation>camt.053: قيد (المرجع '%1') ينقصه تاريخ القيد أو المرجع أو مؤشر الدائن/المدين</translation>
    </message>
    <message>
        <source>camt.053: the batch entry %1 has a transaction without its amount</source>
        <translation>camt.053: القيد المجمّع %1 فيه معاملة بلا مبلغ</translation>
    </message>
    <message>
        <source>camt.053: the transactions of batch entry %1 do not add up to the entry's amount</source>
        <translation>camt.053: مجموع معاملات القيد المجمّع %1 لا يساوي مبلغ القيد</translation>
    </message>
    <message>
        <source>%1 is not the remembered mappings (delete it to start afresh)</source>
        <translation>%1 ليس ملف التعيينات المحفوظ (احذفه للبدء من جديد)</translation>
    </message>
    <message>
        <source>the record of bank reference %1 is damaged</source>
        <translation>سجل المرجع البنكي %1 تالف</translation>
    </message>
    <message>
        <source>line %1 is money out, not a payment</source>
        <translation>السطر %1 مبلغ صادر وليس دفعة</translation>
    </message>
    <message>
        <source>line %1: the bank's reference '%2' is not 1 to %3 characters</source>
        <translation>السطر %1: مرجع البنك '%2' ليس من 1 إلى %3 حرفاً</translation>
    </message>
    <message>
        <source>line %1: choose the unit it pays for</source>
        <translation>السطر %1: اختر الوحدة التي يدفع عنها</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>تنتهي الفترة (%1) قبل أن تبدأ (%2)</translation>
    </message>
    <message>
        <source>cannot write the journal</source>
        <translation>تعذرت كتابة دفتر اليومية</translation>
    </message>
    <message>
        <source>a payment record names a reversal that is not a transaction id</source>
        <translation>سجل دفعة يذكر عكساً ليس معرّف معاملة</translation>
    </message>
    <message>
        <source>the payment record %1 is damaged</source>
        <translation>سجل الدفعة %1 تالف</translation>
    </message>
    <message>
        <source>the report's period must start on or before its end</source>
        <translation>يجب أن تبدأ فترة التقرير في يوم نهايتها أو قبله</translation>
    </message>
</context>
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
<context>
    <name>courtyard::accounting::Report</name>
    <message>
        <source>Financial report</source>
        <translation>التقرير المالي</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Transactions in the period: %1. Amounts in %2.</source>
        <translation>المعاملات في الفترة: %1. المبالغ بعملة %2.</translation>
    </message>
    <message>
        <source>Income by kind</source>
        <translation>الإيرادات حسب النوع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>إجمالي الإيرادات</translation>
    </message>
    <message>
        <source>Expenses by category</source>
        <translation>المصروفات حسب الفئة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>إجمالي المصروفات</translation>
    </message>
    <message>
        <source>Income less expenses: %1</source>
        <translation>الإيرادات ناقص المصروفات: %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>At the start (%1)</source>
        <translation>في البداية (%1)</translation>
    </message>
    <message>
        <source>At the end (%1)</source>
        <translation>في النهاية (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Fund balances</source>
        <translation>أرصدة الصناديق</translation>
    </message>
    <message>
        <source>Cash and bank</source>
        <translation>النقد والبنك</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>المتأخرات</translation>
    </message>
    <message>
        <source>Invoices due on or before %1 and not yet paid at the end of that day: %2. Units in arrears: %3.</source>
        <translation>الفواتير المستحقة في %1 أو قبله وغير المدفوعة في نهاية ذلك اليوم: %2. عدد الوحدات المتأخرة: %3.</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>1 to 30</source>
        <translation>من 1 إلى 30</translation>
    </message>
    <message>
        <source>31 to 60</source>
        <translation>من 31 إلى 60</translation>
    </message>
    <message>
        <source>61 to 90</source>
        <translation>من 61 إلى 90</translation>
    </message>
    <message>
        <source>more than 90</source>
        <translation>أكثر من 90</translation>
    </message>
    <message>
        <source>Units are counted by their oldest overdue invoice; amounts by each invoice's age. No names are shown.</source>
        <translation>تُعدّ الوحدات حسب أقدم فاتورة متأخرة لها، والمبالغ حسب عمر كل فاتورة. لا تُعرض أي أسماء.</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>الإيجار</translation>
    </message>
    <message>
        <source>Property fees</source>
        <translation>رسوم العقار</translation>
    </message>
    <message>
        <source>Late fees</source>
        <translation>غرامات التأخير</translation>
    </message>
    <message>
        <source>Deductions kept from deposits</source>
        <translation>خصومات محتجزة من التأمينات</translation>
    </message>
    <message>
        <source>Maintenance fund</source>
        <translation>صندوق الصيانة</translation>
    </message>
    <message>
        <source>Reserve fund</source>
        <translation>الصندوق الاحتياطي</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>الحساب البنكي</translation>
    </message>
    <message>
        <source>Cash at the office</source>
        <translation>النقد في المكتب</translation>
    </message>
    <message>
        <source>Card payments not yet settled</source>
        <translation>مدفوعات البطاقات غير المسواة بعد</translation>
    </message>
    <message>
        <source>Repairs: %1</source>
        <translation>الإصلاحات: %1</translation>
    </message>
</context>
</TS>
