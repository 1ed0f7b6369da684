<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>courtyard::desk::accounting::AccountingDesk</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>%1 is a CSV file of a layout not seen before: say which column holds what.</source>
        <translation>%1 ملف CSV بتنسيق لم يُرَ من قبل: حدِّد محتوى كل عمود.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) read.</source>
        <translation>
            <numerusform>%1: لم تُقرأ أي سطور.</numerusform>
            <numerusform>%1: قُرئ سطر واحد.</numerusform>
            <numerusform>%1: قُرئ سطران.</numerusform>
            <numerusform>%1: قُرئت %n أسطر.</numerusform>
            <numerusform>%1: قُرئ %n سطرًا.</numerusform>
            <numerusform>%1: قُرئ %n سطر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a statement first.</source>
        <translation>افتح كشف حساب أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>Mapping remembered for this bank's files; %n line(s) read.</source>
        <translation>
            <numerusform>حُفظ توزيع الأعمدة لملفات هذا المصرف؛ لم تُقرأ أي سطور.</numerusform>
            <numerusform>حُفظ توزيع الأعمدة لملفات هذا المصرف؛ قُرئ سطر واحد.</numerusform>
            <numerusform>حُفظ توزيع الأعمدة لملفات هذا المصرف؛ قُرئ سطران.</numerusform>
            <numerusform>حُفظ توزيع الأعمدة لملفات هذا المصرف؛ قُرئت %n أسطر.</numerusform>
            <numerusform>حُفظ توزيع الأعمدة لملفات هذا المصرف؛ قُرئ %n سطرًا.</numerusform>
            <numerusform>حُفظ توزيع الأعمدة لملفات هذا المصرف؛ قُرئ %n سطر.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Choose a line first.</source>
        <translation>اختر سطرًا أولًا.</translation>
    </message>
    <message>
        <source>Line %1 is %2: it is not booked as a resident's payment.</source>
        <translation>السطر %1 «%2»: لا يُقيَّد دفعةً من أحد السكان.</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>لا توجد وحدة %1.</translation>
    </message>
    <message>
        <source>Line %1 will be posted to unit %2.</source>
        <translation>سيُقيَّد السطر %1 للوحدة %2.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) signed and queued for the server.</source>
        <translation>
            <numerusform>لم تُوقَّع أي دفعة.</numerusform>
            <numerusform>وُقِّعت دفعة واحدة وهي بانتظار الخادم.</numerusform>
            <numerusform>وُقِّعت دفعتان وهما بانتظار الخادم.</numerusform>
            <numerusform>وُقِّعت %n دفعات وهي بانتظار الخادم.</numerusform>
            <numerusform>وُقِّعت %n دفعةً وهي بانتظار الخادم.</numerusform>
            <numerusform>وُقِّعت %n دفعة وهي بانتظار الخادم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) signed; not posted: %1</source>
        <translation>
            <numerusform>لم تُوقَّع أي دفعة؛ لم يُقيَّد: %1</numerusform>
            <numerusform>وُقِّعت دفعة واحدة؛ لم يُقيَّد: %1</numerusform>
            <numerusform>وُقِّعت دفعتان؛ لم يُقيَّد: %1</numerusform>
            <numerusform>وُقِّعت %n دفعات؛ لم يُقيَّد: %1</numerusform>
            <numerusform>وُقِّعت %n دفعةً؛ لم يُقيَّد: %1</numerusform>
            <numerusform>وُقِّعت %n دفعة؛ لم يُقيَّد: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 owed by %n unit(s) on %2</source>
        <translation>
            <numerusform>لا توجد وحدات مدينة في %2</numerusform>
            <numerusform>%1 مستحقة على وحدة واحدة في %2</numerusform>
            <numerusform>%1 مستحقة على وحدتين في %2</numerusform>
            <numerusform>%1 مستحقة على %n وحدات في %2</numerusform>
            <numerusform>%1 مستحقة على %n وحدةً في %2</numerusform>
            <numerusform>%1 مستحقة على %n وحدة في %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the days as YYYY-MM-DD, e.g. 2027-03-31.</source>
        <translation>اكتب التواريخ بالصيغة YYYY-MM-DD، مثل 2027-03-31.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 transactions, %3 postings.</source>
        <translation>%1: %2 معاملة، %3 قيدًا.</translation>
    </message>
    <message>
        <source>Write the period's first and last day as YYYY-MM-DD.</source>
        <translation>اكتب أول يوم وآخر يوم في الفترة بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Financial report %1 to %2</source>
        <translation>التقرير المالي من %1 إلى %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n page(s)).</source>
        <translation>
            <numerusform>كُتب %1 (بلا صفحات).</numerusform>
            <numerusform>كُتب %1 (صفحة واحدة).</numerusform>
            <numerusform>كُتب %1 (صفحتان).</numerusform>
            <numerusform>كُتب %1 (%n صفحات).</numerusform>
            <numerusform>كُتب %1 (%n صفحةً).</numerusform>
            <numerusform>كُتب %1 (%n صفحة).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n row(s)).</source>
        <translation>
            <numerusform>كُتب %1 (بلا صفوف).</numerusform>
            <numerusform>كُتب %1 (صف واحد).</numerusform>
            <numerusform>كُتب %1 (صفّان).</numerusform>
            <numerusform>كُتب %1 (%n صفوف).</numerusform>
            <numerusform>كُتب %1 (%n صفًّا).</numerusform>
            <numerusform>كُتب %1 (%n صف).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder letter(s) written to %1.</source>
        <translation>
            <numerusform>لم تُكتب أي رسالة تذكير في %1.</numerusform>
            <numerusform>كُتبت رسالة تذكير واحدة في %1.</numerusform>
            <numerusform>كُتبت رسالتا تذكير في %1.</numerusform>
            <numerusform>كُتبت %n رسائل تذكير في %1.</numerusform>
            <numerusform>كُتبت %n رسالةَ تذكير في %1.</numerusform>
            <numerusform>كُتبت %n رسالة تذكير في %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>courtyard::accounting::ArrearsModel</name>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Owing since</source>
        <translation>مدين منذ</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>المستحق</translation>
    </message>
    <message>
        <source>1-30 days</source>
        <translation>1–30 يومًا</translation>
    </message>
    <message>
        <source>31-60 days</source>
        <translation>31–60 يومًا</translation>
    </message>
    <message>
        <source>61-90 days</source>
        <translation>61–90 يومًا</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>أكثر من 90 يومًا</translation>
    </message>
</context>
<context>
    <name>ArrearsPage</name>
    <message>
        <source>Reminder letters in</source>
        <translation>رسائل التذكير باللغة</translation>
    </message>
    <message>
        <source>to the folder</source>
        <translation>في المجلد</translation>
    </message>
    <message>
        <source>A folder for the PDF letters</source>
        <translation>مجلد لرسائل PDF</translation>
    </message>
    <message>
        <source>Write the letters</source>
        <translation>اكتب الرسائل</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
</context>
<context>
    <name>BankImportPage</name>
    <message>
        <source>Open a bank statement</source>
        <translation>افتح كشف حساب مصرفي</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.csv *.txt)</source>
        <translation>كشوف الحساب (*.xml *.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>الكشف:</translation>
    </message>
    <message>
        <source>A camt.053 XML or CSV file from the bank</source>
        <translation>ملف camt.053 XML أو CSV من المصرف</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>This bank's CSV layout is new: choose the column of each field (remembered for its next statements).</source>
        <translation>تنسيق CSV لهذا المصرف جديد: اختر عمود كل حقل (يُحفظ لكشوفه القادمة).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>بيان الدفع</translation>
    </message>
    <message>
        <source>Payer's name</source>
        <translation>اسم الدافع</translation>
    </message>
    <message>
        <source>Payer's account</source>
        <translation>حساب الدافع</translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation>مرجع المصرف</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>الفاصل</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>صيغة التاريخ</translation>
    </message>
    <message>
        <source>Decimal comma (1.234,56)</source>
        <translation>فاصلة عشرية (1.234,56)</translation>
    </message>
    <message>
        <source>Currency if none</source>
        <translation>العملة إن لم تُذكر</translation>
    </message>
    <message>
        <source>Use this mapping</source>
        <translation>استخدم هذا التوزيع</translation>
    </message>
    <message>
        <source>Line %1 is for</source>
        <translation>السطر %1 للوحدة</translation>
    </message>
    <message>
        <source>Use this unit</source>
        <translation>استخدم هذه الوحدة</translation>
    </message>
    <message numerus="yes">
        <source>Post %n matched line(s)</source>
        <translation>
            <numerusform>لا سطور مطابقة للقيد</numerusform>
            <numerusform>قيد السطر المطابق</numerusform>
            <numerusform>قيد السطرين المطابقين</numerusform>
            <numerusform>قيد %n أسطر مطابقة</numerusform>
            <numerusform>قيد %n سطرًا مطابقًا</numerusform>
            <numerusform>قيد %n سطر مطابق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>courtyard::accounting::BankLineModel</name>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>تاريخ القيد</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>الدافع</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>بيان الدفع</translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation>مرجع المصرف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>المرشحون</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>من (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>إلى (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Where to write the files</source>
        <translation>مكان حفظ الملفات</translation>
    </message>
    <message>
        <source>Financial report (PDF)</source>
        <translation>التقرير المالي (PDF)</translation>
    </message>
    <message>
        <source>Journal for hledger</source>
        <translation>دفتر اليومية لـ hledger</translation>
    </message>
    <message>
        <source>Journal for ledger</source>
        <translation>دفتر اليومية لـ ledger</translation>
    </message>
    <message>
        <source>Bank lines (CSV)</source>
        <translation>سطور المصرف (CSV)</translation>
    </message>
    <message>
        <source>Arrears (CSV)</source>
        <translation>المتأخرات (CSV)</translation>
    </message>
</context>
<context>
    <name>courtyard::accounting</name>
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
        <translation>مُقيَّد</translation>
    </message>
    <message>
        <source>money out</source>
        <translation>مبلغ خارج</translation>
    </message>
    <message>
        <source>other currency</source>
        <translation>عملة أخرى</translation>
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
        <translation>حساب الدافع أُكِّد سابقًا للوحدة %1</translation>
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
        <translation>لا مستحقات: يصبح المبلغ كله رصيدًا مدفوعًا مقدمًا</translation>
    </message>
    <message>
        <source>amount is more than what is open: the rest becomes prepaid credit</source>
        <translation>المبلغ أكبر من المستحق: يصبح الباقي رصيدًا مدفوعًا مقدمًا</translation>
    </message>
</context>
</TS>
