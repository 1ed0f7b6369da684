<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>BillingPage</name>
    <message>
        <source>Billing</source>
        <translation>الفوترة</translation>
    </message>
    <message>
        <source>Closing a month issues late fees, rent and property fee invoices. Preview first: nothing is recorded until you post.</source>
        <translation>إقفال الشهر يصدر فواتير غرامات التأخير والإيجار ورسوم العقار. عاين أولًا: لا يُسجَّل شيء حتى الترحيل.</translation>
    </message>
    <message>
        <source>Filter the preview</source>
        <translation>تصفية المعاينة</translation>
    </message>
    <message>
        <source>Close a period</source>
        <translation>إقفال فترة</translation>
    </message>
    <message>
        <source>Month (YYYY-MM)</source>
        <translation>الشهر (YYYY-MM)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Paid from credit</source>
        <translation>مدفوع من الرصيد</translation>
    </message>
    <message>
        <source>Post the close</source>
        <translation>ترحيل الإقفال</translation>
    </message>
</context>
<context>
    <name>ConfirmButton</name>
    <message>
        <source>Click again to confirm</source>
        <translation>انقر مرة أخرى للتأكيد</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>Filter</source>
        <translation>تصفية</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>الصفوف: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>DeskMain</name>
    <message>
        <source>The Courtyard desk: the property manager&apos;s and the committee&apos;s desktop.</source>
        <translation>مكتب Courtyard: تطبيق سطح المكتب لمدير العقار واللجنة.</translation>
    </message>
    <message>
        <source>Start on the embedded demo community (its own server on 127.0.0.1).</source>
        <translation>ابدأ على مجتمع العرض التجريبي المدمج (بخادمه الخاص على 127.0.0.1).</translation>
    </message>
    <message>
        <source>Keep the demo in &lt;dir&gt; (default: a temporary folder).</source>
        <translation>احفظ العرض التجريبي في &lt;dir&gt; (الافتراضي: مجلد مؤقت).</translation>
    </message>
    <message>
        <source>The desk&apos;s data folder: ledger.db, directory.json, documents/ (default: %1).</source>
        <translation>مجلد بيانات المكتب: ledger.db و directory.json و documents/ (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>The community server, wss://host:port.</source>
        <translation>خادم المجتمع، wss://host:port.</translation>
    </message>
    <message>
        <source>The SHA-256 of the server&apos;s certificate, 64 hex digits.</source>
        <translation>بصمة SHA-256 لشهادة الخادم، 64 رقمًا ست عشريًا.</translation>
    </message>
    <message>
        <source>Lock after this many minutes without activity (default 10).</source>
        <translation>القفل بعد هذا العدد من الدقائق دون نشاط (الافتراضي 10).</translation>
    </message>
    <message>
        <source>Render every screen of the demo in English and Arabic to PNG files in &lt;dir&gt;, then exit.</source>
        <translation>اعرض كل شاشة من العرض التجريبي بالإنجليزية والعربية في ملفات PNG داخل &lt;dir&gt; ثم اخرج.</translation>
    </message>
    <message>
        <source>Start in &lt;code&gt;: en, zh_CN, ja or ar.</source>
        <translation>ابدأ باللغة &lt;code&gt;: en أو zh_CN أو ja أو ar.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use en, zh_CN, ja or ar.</source>
        <translation>لغة غير معروفة &apos;%1&apos;: استخدم en أو zh_CN أو ja أو ar.</translation>
    </message>
    <message>
        <source>--lock-minutes takes a whole number from 1 to 1440.</source>
        <translation>يتطلب ‎--lock-minutes‎ عددًا صحيحًا من 1 إلى 1440.</translation>
    </message>
    <message>
        <source>The demo community could not start: %1</source>
        <translation>تعذّر بدء مجتمع العرض التجريبي: %1</translation>
    </message>
    <message>
        <source>--server needs --server-pin: the SHA-256 of the server&apos;s certificate, 64 hex digits.</source>
        <translation>يتطلب ‎--server‎ الخيار ‎--server-pin‎: بصمة SHA-256 لشهادة الخادم، 64 رقمًا ست عشريًا.</translation>
    </message>
    <message>
        <source>The desk cannot open its data: %1</source>
        <translation>لا يستطيع المكتب فتح بياناته: %1</translation>
    </message>
    <message>
        <source>The desk&apos;s screens could not be loaded.</source>
        <translation>تعذّر تحميل شاشات المكتب.</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>Block %1 · %2</source>
        <translation>الكتلة %1 · %2</translation>
    </message>
    <message>
        <source>Log: %1 transactions</source>
        <translation>السجل: %1 معاملة</translation>
    </message>
    <message>
        <source>Outbox: %1</source>
        <translation>صندوق الصادر: %1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>مسجّل الدخول: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>Courtyard desk — %1</source>
        <translation>مكتب Courtyard — %1</translation>
    </message>
    <message>
        <source>Courtyard desk</source>
        <translation>مكتب Courtyard</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;المكتب</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>&amp;Find in table</source>
        <translation>&amp;بحث في الجدول</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <source>Lock after inactivity: %1 min</source>
        <translation>القفل بعد الخمول: %1 دقيقة</translation>
    </message>
    <message>
        <source>Lock sooner</source>
        <translation>قفل أسرع</translation>
    </message>
    <message>
        <source>Lock later</source>
        <translation>قفل لاحقًا</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Enrollment codes for new kiosks and the devices enrolled with them.</source>
        <translation>رموز التسجيل للأكشاك الجديدة والأجهزة المسجلة بها.</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>تصفية الأجهزة</translation>
    </message>
    <message>
        <source>Authorize a new kiosk</source>
        <translation>تفويض كشك جديد</translation>
    </message>
    <message>
        <source>Kiosk name</source>
        <translation>اسم الكشك</translation>
    </message>
    <message>
        <source>Lobby kiosk 2</source>
        <translation>كشك الردهة 2</translation>
    </message>
    <message>
        <source>Code valid for (hours)</source>
        <translation>صلاحية الرمز (بالساعات)</translation>
    </message>
    <message>
        <source>Make an enrollment code</source>
        <translation>إنشاء رمز تسجيل</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>الصف المحدد</translation>
    </message>
    <message>
        <source>Cancel this code</source>
        <translation>إلغاء هذا الرمز</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>سبب الإلغاء</translation>
    </message>
    <message>
        <source>Revoke this device</source>
        <translation>إلغاء هذا الجهاز</translation>
    </message>
</context>
<context>
    <name>ExpensesPage</name>
    <message>
        <source>Expenses</source>
        <translation>المصروفات</translation>
    </message>
    <message>
        <source>Committee threshold: %1. The invoice file stays on this desk; its SHA-256 goes on the ledger.</source>
        <translation>حد اللجنة: %1. يبقى ملف الفاتورة على هذا المكتب؛ وتُسجَّل بصمة SHA-256 في السجل.</translation>
    </message>
    <message>
        <source>Filter expenses</source>
        <translation>تصفية المصروفات</translation>
    </message>
    <message>
        <source>Record an expense</source>
        <translation>تسجيل مصروف</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>المورّد</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Invoice date (YYYY-MM-DD)</source>
        <translation>تاريخ الفاتورة (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Invoice document</source>
        <translation>مستند الفاتورة</translation>
    </message>
    <message>
        <source>Record expense</source>
        <translation>تسجيل المصروف</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Path of the file</source>
        <translation>مسار الملف</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
</context>
<context>
    <name>LeasesPage</name>
    <message>
        <source>Leases</source>
        <translation>العقود</translation>
    </message>
    <message>
        <source>Select a lease to see its versions; every change is a new version, the old ones stay.</source>
        <translation>اختر عقدًا لترى نسخه؛ كل تغيير نسخة جديدة، وتبقى القديمة.</translation>
    </message>
    <message>
        <source>Filter leases</source>
        <translation>تصفية العقود</translation>
    </message>
    <message>
        <source>Versions of the selected lease</source>
        <translation>نسخ العقد المحدد</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>تجديد</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Residents (ids, separated by spaces)</source>
        <translation>السكان (معرّفات مفصولة بمسافات)</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>الإيجار الشهري</translation>
    </message>
    <message>
        <source>Billing day (1-31)</source>
        <translation>يوم الفوترة (1-31)</translation>
    </message>
    <message>
        <source>Start (YYYY-MM-DD)</source>
        <translation>البداية (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>End (YYYY-MM-DD, empty: open-ended)</source>
        <translation>النهاية (YYYY-MM-DD، فارغ: مفتوح المدة)</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>التأمين</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>أيام السماح</translation>
    </message>
    <message>
        <source>Signed lease (scan)</source>
        <translation>العقد الموقّع (مسح ضوئي)</translation>
    </message>
    <message>
        <source>Create lease</source>
        <translation>إنشاء عقد إيجار</translation>
    </message>
    <message>
        <source>New end (YYYY-MM-DD)</source>
        <translation>النهاية الجديدة (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>New rent (empty: unchanged)</source>
        <translation>الإيجار الجديد (فارغ: دون تغيير)</translation>
    </message>
    <message>
        <source>Signed renewal</source>
        <translation>التجديد الموقّع</translation>
    </message>
    <message>
        <source>Effective from (YYYY-MM-DD)</source>
        <translation>يسري من (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>New end (empty: unchanged)</source>
        <translation>النهاية الجديدة (فارغ: دون تغيير)</translation>
    </message>
    <message>
        <source>Signed amendment</source>
        <translation>التعديل الموقّع</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD)</source>
        <translation>آخر يوم (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Deductions from the deposit, one per line: reason=amount</source>
        <translation>الخصومات من التأمين، واحد في كل سطر: السبب=المبلغ</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>الخصومات</translation>
    </message>
    <message>
        <source>Terminate and settle the deposit</source>
        <translation>الإنهاء وتسوية التأمين</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The desk is locked</source>
        <translation>المكتب مقفل</translation>
    </message>
    <message>
        <source>%1 is signed in. Type the passphrase of the key file to go on.</source>
        <translation>%1 مسجّل الدخول. اكتب عبارة مرور ملف المفتاح للمتابعة.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>NotInstalledPage</name>
    <message>
        <source>Committee</source>
        <translation>اللجنة</translation>
    </message>
    <message>
        <source>This key holds the roles %1. The committee&apos;s workspace (approvals, expense trail, budgets, verification, reports) is not part of this build of the desk.</source>
        <translation>يحمل هذا المفتاح الأدوار %1. مساحة عمل اللجنة (الموافقات، مسار المصروفات، الميزانيات، التحقق، التقارير) ليست جزءًا من هذا الإصدار من المكتب.</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <source>Every payment, newest first. A reversal is a new transaction: nothing is deleted.</source>
        <translation>كل الدفعات، الأحدث أولًا. العكس معاملة جديدة: لا يُحذف شيء.</translation>
    </message>
    <message>
        <source>Filter payments (unit, amount, status...)</source>
        <translation>تصفية الدفعات (الوحدة، المبلغ، الحالة...)</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>تسجيل دفعة</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>تحويل مصرفي</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>المبلغ (%1)</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>رقم الإيصال</translation>
    </message>
    <message>
        <source>Bank reference</source>
        <translation>مرجع البنك</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>تسجيل الدفعة</translation>
    </message>
    <message>
        <source>Reverse the selected payment</source>
        <translation>عكس الدفعة المحددة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>عكس</translation>
    </message>
</context>
<context>
    <name>RepairsPage</name>
    <message>
        <source>Repairs</source>
        <translation>الإصلاحات</translation>
    </message>
    <message>
        <source>Committee threshold: %1. Sort by status or age to see what waits.</source>
        <translation>حد اللجنة: %1. رتّب حسب الحالة أو العمر لترى ما ينتظر.</translation>
    </message>
    <message>
        <source>Filter repairs</source>
        <translation>تصفية الإصلاحات</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>عرض السعر</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>المورّد</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Quote document</source>
        <translation>مستند عرض السعر</translation>
    </message>
    <message>
        <source>Record quote</source>
        <translation>تسجيل عرض السعر</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Above the threshold: needs the committee</source>
        <translation>فوق الحد: يحتاج إلى اللجنة</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Reason to reject</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>بدأ العمل</translation>
    </message>
    <message>
        <source>Work complete</source>
        <translation>اكتمل العمل</translation>
    </message>
    <message>
        <source>Amount paid to the vendor</source>
        <translation>المبلغ المدفوع للمورّد</translation>
    </message>
    <message>
        <source>Vendor&apos;s invoice</source>
        <translation>فاتورة المورّد</translation>
    </message>
    <message>
        <source>Pay the vendor</source>
        <translation>الدفع للمورّد</translation>
    </message>
    <message>
        <source>Note for the committee</source>
        <translation>ملاحظة للجنة</translation>
    </message>
    <message>
        <source>Why this repair, why this quote</source>
        <translation>لماذا هذا الإصلاح ولماذا هذا العرض</translation>
    </message>
    <message>
        <source>Send to the committee</source>
        <translation>إرسال إلى اللجنة</translation>
    </message>
    <message>
        <source>Your signed approval goes to the server; the committee co-signs it from their approval inbox. You can go on recording payments meanwhile: the approval stays valid for 14 days.</source>
        <extracomment>Under &quot;Send to the committee&quot;: how the committee&apos;s co-signing works.</extracomment>
        <translation>تُرسَل موافقتك الموقَّعة إلى الخادم، ويوقّع عليها أعضاء اللجنة من صندوق الموافقات لديهم. يمكنك مواصلة تسجيل المدفوعات في أثناء ذلك: تبقى الموافقة صالحة مدة 14 يومًا.</translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Units of the selected resident</source>
        <translation>وحدات الساكن المحدد</translation>
    </message>
    <message>
        <source>Lives in: %1</source>
        <translation>يسكن في: %1</translation>
    </message>
    <message>
        <source>Lives in no unit (moved out).</source>
        <translation>لا يسكن في أي وحدة (غادر).</translation>
    </message>
    <message>
        <source>Unit to link</source>
        <translation>الوحدة المراد ربطها</translation>
    </message>
    <message>
        <source>Link to this unit too</source>
        <translation>ربطه بهذه الوحدة أيضًا</translation>
    </message>
    <message>
        <source>Unit moved out of</source>
        <translation>الوحدة التي غادرها</translation>
    </message>
    <message>
        <source>Out of the last unit, the resident&apos;s kiosk card stops working; the name stays on this desk.</source>
        <translation>عند مغادرة آخر وحدة تتوقف بطاقة الساكن في الكشك عن العمل؛ ويبقى الاسم على هذا المكتب.</translation>
    </message>
    <message>
        <source>Record the move-out</source>
        <translation>تسجيل المغادرة</translation>
    </message>
    <message>
        <source>Residents and cards</source>
        <translation>السكان والبطاقات</translation>
    </message>
    <message>
        <source>Names and phone numbers stay on this desk; the ledger only knows a resident&apos;s random id.</source>
        <translation>تبقى الأسماء وأرقام الهواتف على هذا المكتب؛ لا يعرف السجل إلا المعرّف العشوائي للساكن.</translation>
    </message>
    <message>
        <source>Filter residents</source>
        <translation>تصفية السكان</translation>
    </message>
    <message>
        <source>Register a resident</source>
        <translation>تسجيل ساكن</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Selected resident</source>
        <translation>الساكن المحدد</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Save on this desk</source>
        <translation>حفظ على هذا المكتب</translation>
    </message>
    <message>
        <source>Kiosk card and PIN</source>
        <translation>بطاقة الكشك والرقم السري</translation>
    </message>
    <message>
        <source>Card (read it with the card reader)</source>
        <translation>البطاقة (اقرأها بقارئ البطاقات)</translation>
    </message>
    <message>
        <source>PIN (4 to 12 digits)</source>
        <translation>الرقم السري (4 إلى 12 رقمًا)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>الرقم السري مرة أخرى</translation>
    </message>
    <message>
        <source>Enroll card and PIN</source>
        <translation>تسجيل البطاقة والرقم السري</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in with your personal key file and its passphrase.</source>
        <translation>سجّل الدخول بملف مفتاحك الشخصي وعبارة مروره.</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>ملف المفتاح</translation>
    </message>
    <message>
        <source>Courtyard key files (*.key)</source>
        <translation>ملفات مفاتيح Courtyard (*.key)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Demo identities</source>
        <translation>هويات العرض التجريبي</translation>
    </message>
    <message>
        <source>This is the demo community. Choose an identity to fill in its key file and passphrase:</source>
        <translation>هذا مجتمع العرض التجريبي. اختر هوية لتعبئة ملف مفتاحها وعبارة مرورها:</translation>
    </message>
    <message>
        <source>%1 · passphrase %2</source>
        <translation>%1 · عبارة المرور %2</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Change unit %1</source>
        <translation>تعديل الوحدة %1</translation>
    </message>
    <message>
        <source>Change the selected unit</source>
        <translation>تعديل الوحدة المحددة</translation>
    </message>
    <message>
        <source>Invoices already posted keep their amounts; the next period close reads the new area.</source>
        <translation>تحتفظ الفواتير المرحّلة بمبالغها؛ ويعتمد إقفال الفترة التالي على المساحة الجديدة.</translation>
    </message>
    <message>
        <source>Save the unit</source>
        <translation>حفظ الوحدة</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>Every unit with its area, share of the common costs, residents and what it owes.</source>
        <translation>كل وحدة بمساحتها وحصتها من التكاليف المشتركة وسكانها وما عليها.</translation>
    </message>
    <message>
        <source>Filter units</source>
        <translation>تصفية الوحدات</translation>
    </message>
    <message>
        <source>Register a unit</source>
        <translation>تسجيل وحدة</translation>
    </message>
    <message>
        <source>Unit number</source>
        <translation>رقم الوحدة</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>المساحة (م²)</translation>
    </message>
    <message>
        <source>Share of common costs (%)</source>
        <translation>الحصة من التكاليف المشتركة (%)</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>تسجيل</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>المدير</translation>
    </message>
    <message>
        <source>Residents and cards</source>
        <translation>السكان والبطاقات</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>العقود</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>الفوترة</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>الإصلاحات</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>المصروفات</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>اللجنة</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>المحاسبة</translation>
    </message>
</context>
<context>
    <name>courtyard::desk</name>
    <message>
        <source>Choose a unit in the table first.</source>
        <translation>اختر وحدة في الجدول أولًا.</translation>
    </message>
    <message>
        <source>Type the unit&apos;s new area, its new share or both.</source>
        <translation>اكتب المساحة الجديدة للوحدة أو حصتها الجديدة أو كليهما.</translation>
    </message>
    <message>
        <source>Unit %1 changed.</source>
        <translation>تم تعديل الوحدة %1.</translation>
    </message>
    <message>
        <source>Recorded: resident %1 lives in %2 too.</source>
        <translation>تم التسجيل: الساكن %1 يسكن في %2 أيضًا.</translation>
    </message>
    <message>
        <source>cannot write the demo key file %1</source>
        <translation>تعذّرت كتابة ملف مفتاح العرض التجريبي %1</translation>
    </message>
    <message>
        <source>cannot make a temporary folder for the demo</source>
        <translation>تعذّر إنشاء مجلد مؤقت للعرض التجريبي</translation>
    </message>
    <message>
        <source>cannot make the demo folder %1</source>
        <translation>تعذّر إنشاء مجلد العرض التجريبي %1</translation>
    </message>
    <message>
        <source>the demo folder %1 holds a demo already; use an empty folder</source>
        <translation>مجلد العرض التجريبي %1 يحوي عرضًا بالفعل؛ استخدم مجلدًا فارغًا</translation>
    </message>
    <message>
        <source>cannot copy the demo ledger to %1</source>
        <translation>تعذّر نسخ سجل العرض التجريبي إلى %1</translation>
    </message>
    <message>
        <source>the file %1 does not exist; choose it again</source>
        <translation>الملف %1 غير موجود؛ اختره مرة أخرى</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>the desk does not know the transaction kind %1</source>
        <translation>لا يعرف المكتب نوع المعاملة %1</translation>
    </message>
    <message>
        <source>no data folder given for the desk</source>
        <translation>لم يُحدَّد مجلد بيانات للمكتب</translation>
    </message>
    <message>
        <source>cannot make the data folder %1</source>
        <translation>تعذّر إنشاء مجلد البيانات %1</translation>
    </message>
    <message>
        <source>there is no ledger at %1: enroll this desk with &apos;courtyard enroll&apos; or start it with --demo</source>
        <translation>لا يوجد سجل في %1: سجّل هذا المكتب بالأمر &apos;courtyard enroll&apos; أو ابدأه بالخيار ‎--demo‎</translation>
    </message>
    <message>
        <source>Someone is signed in already; sign out first.</source>
        <translation>هناك من سجّل الدخول بالفعل؛ سجّل الخروج أولًا.</translation>
    </message>
    <message>
        <source>Choose your key file first.</source>
        <translation>اختر ملف مفتاحك أولًا.</translation>
    </message>
    <message>
        <source>The key file %1 does not exist. Choose your personal key file.</source>
        <translation>ملف المفتاح %1 غير موجود. اختر ملف مفتاحك الشخصي.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a key file.</source>
        <translation>لا يمكن قراءة %1 كملف مفتاح.</translation>
    </message>
    <message>
        <source>%1 is not a Courtyard key file (or it is damaged).</source>
        <translation>%1 ليس ملف مفتاح Courtyard (أو أنه تالف).</translation>
    </message>
    <message>
        <source>The passphrase does not open this key file. Nothing was changed; type it again.</source>
        <translation>عبارة المرور لا تفتح ملف المفتاح هذا. لم يتغير شيء؛ اكتبها مرة أخرى.</translation>
    </message>
    <message>
        <source>The key file cannot be opened: %1</source>
        <translation>تعذّر فتح ملف المفتاح: %1</translation>
    </message>
    <message>
        <source>The ledger cannot be read: %1</source>
        <translation>تعذّرت قراءة السجل: %1</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; holds no desk role (manager, committee or auditor) in this community&apos;s ledger. Ask the committee to grant one.</source>
        <translation>المفتاح &quot;%1&quot; لا يحمل أي دور في المكتب (مدير أو لجنة أو مدقق) في سجل هذا المجتمع. اطلب من اللجنة منحه دورًا.</translation>
    </message>
    <message>
        <source>The outbox cannot be read: %1</source>
        <translation>تعذّرت قراءة صندوق الصادر: %1</translation>
    </message>
    <message>
        <source>The ledger cannot be opened again: %1</source>
        <translation>تعذّر فتح السجل مجددًا: %1</translation>
    </message>
    <message>
        <source>The passphrase does not open this key file. The desk stays locked.</source>
        <translation>عبارة المرور لا تفتح ملف المفتاح هذا. يبقى المكتب مقفلًا.</translation>
    </message>
    <message>
        <source>cannot read the directory %1: %2</source>
        <translation>تعذّرت قراءة الدليل %1: %2</translation>
    </message>
    <message>
        <source>the directory %1 is damaged (%2); restore it from a backup</source>
        <translation>الدليل %1 تالف (%2)؛ استعده من نسخة احتياطية</translation>
    </message>
    <message>
        <source>cannot write the directory %1: %2</source>
        <translation>تعذّرت كتابة الدليل %1: %2</translation>
    </message>
    <message>
        <source>cannot make the documents folder %1</source>
        <translation>تعذّر إنشاء مجلد المستندات %1</translation>
    </message>
    <message>
        <source>cannot copy %1 into the documents folder %2</source>
        <translation>تعذّر نسخ %1 إلى مجلد المستندات %2</translation>
    </message>
    <message>
        <source>the stored document %1 was changed: its SHA-256 is now %2</source>
        <translation>تم تغيير المستند المحفوظ %1: بصمة SHA-256 الآن %2</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>المساحة (م²)</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>الحصة (%)</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>السكان</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>المستحق</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>الرصيد الدائن</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>الساكن</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>ينتهي</translation>
    </message>
    <message>
        <source>Key or code</source>
        <translation>المفتاح أو الرمز</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>العقد</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>الإيجار</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>التأمين</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>السريان</translation>
    </message>
    <message>
        <source>Billing day</source>
        <translation>يوم الفوترة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>From credit</source>
        <translation>من الرصيد</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>المعاملة</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>العمر (أيام)</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>عرض السعر</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>المورّد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>الإصلاح</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Nothing was recorded: %1</source>
        <translation>لم يُسجَّل شيء: %1</translation>
    </message>
    <message>
        <source>Refused, nothing was recorded: %1</source>
        <translation>مرفوض، لم يُسجَّل شيء: %1</translation>
    </message>
    <message>
        <source>Choose the document file first.</source>
        <translation>اختر ملف المستند أولًا.</translation>
    </message>
    <message>
        <source>Unit %1 registered.</source>
        <translation>تم تسجيل الوحدة %1.</translation>
    </message>
    <message>
        <source>Type the resident&apos;s name (it stays on this desk, not on the ledger).</source>
        <translation>اكتب اسم الساكن (يبقى على هذا المكتب، لا في السجل).</translation>
    </message>
    <message>
        <source>The resident %1 was registered, but the directory could not be written: %2</source>
        <translation>تم تسجيل الساكن %1، لكن تعذّرت كتابة الدليل: %2</translation>
    </message>
    <message>
        <source>%1 registered in unit %2 (resident %3).</source>
        <translation>تم تسجيل %1 في الوحدة %2 (الساكن %3).</translation>
    </message>
    <message>
        <source>Choose a resident in the table first.</source>
        <translation>اختر ساكنًا في الجدول أولًا.</translation>
    </message>
    <message>
        <source>Saved on this desk.</source>
        <translation>تم الحفظ على هذا المكتب.</translation>
    </message>
    <message>
        <source>Recorded: resident %1 moved out of %2.</source>
        <translation>تم التسجيل: الساكن %1 غادر %2.</translation>
    </message>
    <message>
        <source>Read the card with the reader (or type its number).</source>
        <translation>اقرأ البطاقة بالقارئ (أو اكتب رقمها).</translation>
    </message>
    <message>
        <source>The PIN is 4 to 12 digits.</source>
        <translation>الرقم السري من 4 إلى 12 رقمًا.</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>الرقمان السريان مختلفان؛ اكتب الرقم نفسه مرتين.</translation>
    </message>
    <message>
        <source>Card and PIN enrolled for resident %1.</source>
        <translation>تم تسجيل البطاقة والرقم السري للساكن %1.</translation>
    </message>
    <message>
        <source>Enrollment code for &quot;%1&quot;: %2 — give it to whoever sets the kiosk up; it is shown only now.</source>
        <translation>رمز التسجيل لـ &quot;%1&quot;: %2 — أعطه لمن يجهّز الكشك؛ لن يظهر إلا الآن.</translation>
    </message>
    <message>
        <source>Choose an open enrollment code in the table first.</source>
        <translation>اختر رمز تسجيل مفتوحًا في الجدول أولًا.</translation>
    </message>
    <message>
        <source>The enrollment code was cancelled.</source>
        <translation>تم إلغاء رمز التسجيل.</translation>
    </message>
    <message>
        <source>Choose an enrolled device in the table first.</source>
        <translation>اختر جهازًا مسجلًا في الجدول أولًا.</translation>
    </message>
    <message>
        <source>The device was revoked; its key can never sign in again.</source>
        <translation>تم إلغاء الجهاز؛ لن يتمكن مفتاحه من تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>Lease %1 created for unit %2.</source>
        <translation>تم إنشاء العقد %1 للوحدة %2.</translation>
    </message>
    <message>
        <source>Lease %1 renewed to %2.</source>
        <translation>تم تجديد العقد %1 حتى %2.</translation>
    </message>
    <message>
        <source>Lease %1 amended from %2.</source>
        <translation>تم تعديل العقد %1 اعتبارًا من %2.</translation>
    </message>
    <message>
        <source>Lease %1 terminated on %2; the deposit is settled.</source>
        <translation>تم إنهاء العقد %1 في %2؛ وتمت تسوية التأمين.</translation>
    </message>
    <message>
        <source>This period cannot be closed: %1</source>
        <translation>لا يمكن إقفال هذه الفترة: %1</translation>
    </message>
    <message>
        <source>Closing %1 issues the invoices below (count: %2, total: %3). Check them, then post.</source>
        <translation>إقفال %1 يصدر الفواتير أدناه (العدد: %2، الإجمالي: %3). راجعها ثم رحّلها.</translation>
    </message>
    <message>
        <source>Preview the period first, then post it.</source>
        <translation>عاين الفترة أولًا ثم رحّلها.</translation>
    </message>
    <message>
        <source>%1 closed (invoices: %2, total: %3).</source>
        <translation>تم إقفال %1 (الفواتير: %2، الإجمالي: %3).</translation>
    </message>
    <message>
        <source>Cash payment of %1 recorded for %2.</source>
        <translation>تم تسجيل دفعة نقدية بمبلغ %1 للوحدة %2.</translation>
    </message>
    <message>
        <source>Bank payment of %1 recorded for %2.</source>
        <translation>تم تسجيل دفعة مصرفية بمبلغ %1 للوحدة %2.</translation>
    </message>
    <message>
        <source>Choose cash or bank transfer.</source>
        <translation>اختر نقدًا أو تحويلًا مصرفيًا.</translation>
    </message>
    <message>
        <source>Choose a payment in the table first.</source>
        <translation>اختر دفعة في الجدول أولًا.</translation>
    </message>
    <message>
        <source>Payment %1 reversed.</source>
        <translation>تم عكس الدفعة %1.</translation>
    </message>
    <message>
        <source>Quote of %1 from %2 recorded.</source>
        <translation>تم تسجيل عرض سعر بمبلغ %1 من %2.</translation>
    </message>
    <message>
        <source>The quote is at or above the committee threshold (%1): the committee must co-sign this approval.</source>
        <translation>عرض السعر عند حد اللجنة (%1) أو فوقه: يجب أن توقّع اللجنة على هذه الموافقة.</translation>
    </message>
    <message>
        <source>Repair %1 approved.</source>
        <translation>تمت الموافقة على الإصلاح %1.</translation>
    </message>
    <message>
        <source>Repair %1 rejected.</source>
        <translation>تم رفض الإصلاح %1.</translation>
    </message>
    <message>
        <source>Repair %1: work started.</source>
        <translation>الإصلاح %1: بدأ العمل.</translation>
    </message>
    <message>
        <source>Repair %1: work complete.</source>
        <translation>الإصلاح %1: اكتمل العمل.</translation>
    </message>
    <message>
        <source>Vendor paid %1 for repair %2.</source>
        <translation>تم دفع %1 للمورّد عن الإصلاح %2.</translation>
    </message>
    <message>
        <source>Expense of %1 to %2 recorded.</source>
        <translation>تم تسجيل مصروف بمبلغ %1 إلى %2.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>مسجّل</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>moved out</source>
        <translation>غادر</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>used</source>
        <translation>مستخدم</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>رمز التسجيل</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>جهاز</translation>
    </message>
    <message>
        <source>revoked: %1</source>
        <translation>ملغى: %1</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>مفتوح المدة</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ساري</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <source>common property</source>
        <translation>الملكية المشتركة</translation>
    </message>
    <message>
        <source>on this desk</source>
        <translation>على هذا المكتب</translation>
    </message>
    <message>
        <source>not here</source>
        <translation>غير موجود هنا</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>غير مسجّل الدخول</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation>جارٍ اللحاق</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>رفضه الخادم</translation>
    </message>
    <message>
        <source>Stopped: verification failed</source>
        <translation>متوقف: فشل التحقق</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>لم يُضبط خادم</translation>
    </message>
    <message>
        <source>A block failed verification: %1</source>
        <translation>فشل التحقق من كتلة: %1</translation>
    </message>
    <message>
        <source>Every block verified</source>
        <translation>تم التحقق من كل الكتل</translation>
    </message>
    <message>
        <source>Approval inbox</source>
        <translation>صندوق الموافقات</translation>
    </message>
    <message>
        <source>Bank import</source>
        <translation>استيراد كشف البنك</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>المتأخرات</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Only a quoted repair at or above the committee threshold (%1) goes to the committee; approve the others yourself.</source>
        <translation>لا يُرسل إلى اللجنة إلا إصلاح له عرض سعر يبلغ حدّ اللجنة (%1) أو يتجاوزه؛ وافق على غيره بنفسك.</translation>
    </message>
    <message>
        <source>Write a note for the committee (why this repair, why this quote), then send it again.</source>
        <translation>اكتب ملاحظة للجنة (لماذا هذا الإصلاح ولماذا هذا العرض)، ثم أرسله مرة أخرى.</translation>
    </message>
    <message>
        <source>This desk has no server: the committee&apos;s signatures are collected by the community&apos;s server. Open the desk with its server, then send it again.</source>
        <translation>لا يتصل هذا المكتب بخادم: يجمع خادم المجتمع توقيعات اللجنة. افتح المكتب مع خادمه، ثم أرسله مرة أخرى.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>لم يُرسل شيء: %1</translation>
    </message>
    <message>
        <source>Not sent to the committee: %1</source>
        <translation>لم يُرسل إلى اللجنة: %1</translation>
    </message>
    <message>
        <source>The server refused the proposal (%1): %2</source>
        <translation>رفض الخادم الاقتراح (%1): %2</translation>
    </message>
    <message>
        <source>Repair %1 sent to the committee.</source>
        <translation>أُرسل الإصلاح %1 إلى اللجنة.</translation>
    </message>
    <message>
        <source>waiting for the committee (%1 of %2 signatures)</source>
        <translation>بانتظار اللجنة (%1 من %2 توقيعات)</translation>
    </message>
    <message>
        <source>Repair %1 is already waiting for the committee.</source>
        <translation>الإصلاح %1 ينتظر اللجنة بالفعل.</translation>
    </message>
    <message>
        <source>the desk is still connecting to the server; send it again in a moment</source>
        <translation>ما زال المكتب يتصل بالخادم؛ أعد الإرسال بعد قليل</translation>
    </message>
    <message>
        <source>Sending repair %1 to the committee…</source>
        <translation>جارٍ إرسال الإصلاح %1 إلى اللجنة…</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Repair approvals waiting for the committee: %1</source>
        <extracomment>On the repairs page: how many quoted repairs wait for the committee&apos;s co-signatures; it changes as the members sign.</extracomment>
        <translation>موافقات الإصلاح التي تنتظر اللجنة: %1</translation>
    </message>
</context>
</TS>
