<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>courtyard::desk::BudgetModel</name>
    <message>
        <source>none set</source>
        <extracomment>No budget was set for this category and year.</extracomment>
        <translation>لم تُحدَّد</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Actual</source>
        <extracomment>What was actually spent.</extracomment>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>Left</source>
        <extracomment>Budget minus actual; negative when overspent.</extracomment>
        <translation>المتبقي</translation>
    </message>
    <message>
        <source>Used</source>
        <extracomment>Share of the budget spent.</extracomment>
        <translation>المستخدم</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>Budget</source>
        <extracomment>Bar chart series: the budget the committee set.</extracomment>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Actual</source>
        <extracomment>Bar chart series: what was spent.</extracomment>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>Budget and fund</source>
        <extracomment>Page title.</extracomment>
        <translation>الميزانية والصندوق</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Budget %1, spent %2 (top-level categories)</source>
        <extracomment>&quot;Budget CNY 12,000.00, spent CNY 12,234.56 (top-level categories)&quot;.</extracomment>
        <translation>الميزانية %1، المصروف %2 (الفئات الرئيسية)</translation>
    </message>
    <message>
        <source>THE MONTHS DO NOT ADD UP TO THE LEDGER&apos;S TOTALS for the categories in red: run the verification.</source>
        <translation>مجموع الأشهر لا يساوي مجاميع السجل للفئات المعلَّمة بالأحمر: شغّل التحقق.</translation>
    </message>
    <message>
        <source>Budget vs actual</source>
        <extracomment>Tab: budget vs actual per category.</extracomment>
        <translation>الميزانية مقابل الفعلي</translation>
    </message>
    <message>
        <source>Fund balance</source>
        <extracomment>Tab: the fund&apos;s balance over time.</extracomment>
        <translation>رصيد الصندوق</translation>
    </message>
</context>
<context>
    <name>courtyard::desk::CommitteeWorkspace</name>
    <message>
        <source>The expense trail could not be read from the ledger: %1</source>
        <translation>تعذّرت قراءة سجل المصروفات من الدفتر: %1</translation>
    </message>
    <message>
        <source>The budget could not be read from the ledger: %1</source>
        <translation>تعذّرت قراءة الميزانية من الدفتر: %1</translation>
    </message>
    <message>
        <source>Signed checkpoint: %1 transactions, block %2, root %3…</source>
        <translation>نقطة التحقق الموقَّعة: %1 معاملة، الكتلة %2، الجذر %3…</translation>
    </message>
    <message>
        <source>The fund&apos;s balances could not be read from the ledger: %1</source>
        <translation>تعذّرت قراءة أرصدة الصندوق من الدفتر: %1</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>المدير</translation>
    </message>
    <message>
        <source>committee</source>
        <extracomment>A committee member (owners&apos; board).</extracomment>
        <translation>اللجنة</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>المدقق</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>الكشك</translation>
    </message>
    <message>
        <source>server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>key %1</source>
        <extracomment>A key that holds no role now (revoked or rotated), by its first hex digits.</extracomment>
        <translation>المفتاح %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A signer: its roles, then the first hex digits of its key (&quot;manager 3fa2c1d0&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>courtyard::desk::ExpenseTrailModel</name>
    <message>
        <source>not checked yet</source>
        <translation>لم يُفحص بعد</translation>
    </message>
    <message>
        <source>matches</source>
        <extracomment>The invoice file&apos;s SHA-256 is the one on the ledger.</extracomment>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>missing</source>
        <extracomment>The invoice file is not in this computer&apos;s documents folder.</extracomment>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>DOES NOT MATCH</source>
        <extracomment>The invoice file was changed or replaced: shown in capitals on purpose.</extracomment>
        <translation>غير مطابق!</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>تتعذّر قراءته</translation>
    </message>
    <message>
        <source>the current checkpoint&apos;s signature does not verify: %1</source>
        <translation>توقيع نقطة التحقق الحالية غير صحيح: %1</translation>
    </message>
    <message>
        <source>the transaction id is damaged</source>
        <translation>معرّف المعاملة تالف</translation>
    </message>
    <message>
        <source>the transaction is not in the ledger</source>
        <translation>المعاملة ليست في الدفتر</translation>
    </message>
    <message>
        <source>the transaction is stored at log index %1, not %2</source>
        <translation>المعاملة محفوظة في موضع السجل %1 وليس %2</translation>
    </message>
    <message>
        <source>the stored transaction cannot be read: %1</source>
        <translation>تتعذّر قراءة المعاملة المحفوظة: %1</translation>
    </message>
    <message>
        <source>the stored transaction&apos;s bytes are not those of its id</source>
        <translation>بايتات المعاملة المحفوظة لا تطابق معرّفها</translation>
    </message>
    <message>
        <source>the stored transaction names another invoice</source>
        <translation>المعاملة المحفوظة تشير إلى فاتورة أخرى</translation>
    </message>
    <message>
        <source>no audit path: %1</source>
        <translation>لا يوجد مسار تدقيق: %1</translation>
    </message>
    <message>
        <source>the audit path does not lead to the signed checkpoint&apos;s root: %1</source>
        <translation>مسار التدقيق لا يؤدي إلى جذر نقطة التحقق الموقَّعة: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: write it as 2027-03-31</source>
        <translation>«%1» ليس تاريخًا: اكتبه هكذا 2027-03-31</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount: write it like %2</source>
        <translation>«%1» ليس مبلغًا: اكتبه مثل %2</translation>
    </message>
    <message>
        <source>the period ends before it begins: swap the two dates</source>
        <translation>الفترة تنتهي قبل أن تبدأ: بدّل التاريخين</translation>
    </message>
    <message>
        <source>the largest amount is below the smallest: swap the two amounts</source>
        <translation>أكبر مبلغ أقل من أصغرها: بدّل المبلغين</translation>
    </message>
    <message>
        <source>the invoice document is not in %1: copy it there under its SHA-256 name</source>
        <translation>مستند الفاتورة ليس في %1: انسخه إلى هناك باسم بصمة SHA-256 الخاصة به</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>مصروف</translation>
    </message>
    <message>
        <source>Repair payment</source>
        <translation>دفعة إصلاح</translation>
    </message>
    <message>
        <source>included in the signed log</source>
        <extracomment>The transaction&apos;s Merkle inclusion proof verifies against the signed checkpoint.</extracomment>
        <translation>مُدرَج في السجل الموقَّع</translation>
    </message>
    <message>
        <source>PROOF FAILS</source>
        <extracomment>Shown in capitals on purpose: the ledger&apos;s evidence does not hold.</extracomment>
        <translation>الإثبات فاشل!</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column: the invoice&apos;s date.</extracomment>
        <translation>التاريخ</translation>
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
        <source>Requested by</source>
        <extracomment>Column: who recorded the payment (the author&apos;s key).</extracomment>
        <translation>طلبه</translation>
    </message>
    <message>
        <source>Approved by</source>
        <extracomment>Column: every key that signed the approval.</extracomment>
        <translation>وافق عليه</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>وقت الموافقة</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>Column: whether the invoice document&apos;s SHA-256 matches the ledger.</extracomment>
        <translation>المستند</translation>
    </message>
    <message>
        <source>In the signed log</source>
        <extracomment>Column: the transaction&apos;s inclusion proof.</extracomment>
        <translation>في السجل الموقَّع</translation>
    </message>
</context>
<context>
    <name>ExpenseTrailPage</name>
    <message>
        <source>Expense trail</source>
        <extracomment>Page title of the committee&apos;s expense trail.</extracomment>
        <translation>سجل المصروفات</translation>
    </message>
    <message>
        <source>From (2027-01-01)</source>
        <extracomment>Filter field: first day of the period, ISO format.</extracomment>
        <translation>من (2027-01-01)</translation>
    </message>
    <message>
        <source>To (2027-12-31)</source>
        <extracomment>Filter field: last day of the period, ISO format.</extracomment>
        <translation>إلى (2027-12-31)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>Vendor</source>
        <extracomment>Filter field: part of a vendor&apos;s name.</extracomment>
        <translation>المورّد</translation>
    </message>
    <message>
        <source>Amount from</source>
        <extracomment>Filter field: smallest amount shown.</extracomment>
        <translation>المبلغ من</translation>
    </message>
    <message>
        <source>Amount to</source>
        <extracomment>Filter field: largest amount shown.</extracomment>
        <translation>المبلغ إلى</translation>
    </message>
    <message>
        <source>Filter</source>
        <extracomment>Applies the filters (Ctrl+Enter).</extracomment>
        <translation>تصفية</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>عرض الكل</translation>
    </message>
    <message>
        <source>%1 of %2 payments, %3 in all</source>
        <extracomment>&quot;12 of 20,213 payments, CNY 45,000.00 in all&quot;.</extracomment>
        <translation>%1 من %2 دفعة، المجموع %3</translation>
    </message>
    <message>
        <source>Select a payment to see its evidence; Enter or a double click checks it.</source>
        <extracomment>Hint under the trail when no payment is selected.</extracomment>
        <translation>اختر دفعة لترى أدلتها؛ مفتاح الإدخال أو النقر المزدوج يفحصها.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>المعاملة</translation>
    </message>
    <message>
        <source>block %1, log index %2, id %3</source>
        <extracomment>Where the payment is in the ledger.</extracomment>
        <translation>الكتلة %1، موضع السجل %2، المعرّف %3</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>طلبه</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>وافق عليه</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation>إثبات الإدراج</translation>
    </message>
    <message>
        <source>Invoice SHA-256</source>
        <translation>بصمة الفاتورة SHA-256</translation>
    </message>
    <message>
        <source>Check this payment</source>
        <extracomment>Re-hashes the document and checks the inclusion proof (Ctrl+Shift+C).</extracomment>
        <translation>افحص هذه الدفعة</translation>
    </message>
    <message>
        <source>Open document</source>
        <extracomment>Opens the invoice document with the system&apos;s viewer (Ctrl+O).</extracomment>
        <translation>افتح المستند</translation>
    </message>
    <message>
        <source>Check all shown</source>
        <extracomment>Checks the document and proof of every payment shown.</extracomment>
        <translation>افحص كل المعروض</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) FAIL a check: they are marked in red.</source>
        <translation>
            <numerusform>دفعات تفشل في الفحص (%n): معلَّمة بالأحمر.</numerusform>
            <numerusform>دفعات تفشل في الفحص (%n): معلَّمة بالأحمر.</numerusform>
            <numerusform>دفعات تفشل في الفحص (%n): معلَّمة بالأحمر.</numerusform>
            <numerusform>دفعات تفشل في الفحص (%n): معلَّمة بالأحمر.</numerusform>
            <numerusform>دفعات تفشل في الفحص (%n): معلَّمة بالأحمر.</numerusform>
            <numerusform>دفعات تفشل في الفحص (%n): معلَّمة بالأحمر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every payment shown was checked: each is in the signed log.</source>
        <translation>فُحصت كل الدفعات المعروضة: كلها في السجل الموقَّع.</translation>
    </message>
</context>
<context>
    <name>courtyard::desk::FundBalanceModel</name>
    <message>
        <source>MMM yyyy</source>
        <extracomment>A month in the fund table, e.g. &quot;Mar 2027&quot;.</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>Month end</source>
        <translation>نهاية الشهر</translation>
    </message>
    <message>
        <source>Bank</source>
        <extracomment>Assets:Bank, the community&apos;s bank account.</extracomment>
        <translation>البنك</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>النقد</translation>
    </message>
    <message>
        <source>Maintenance fund</source>
        <translation>صندوق الصيانة</translation>
    </message>
    <message>
        <source>Reserve fund</source>
        <translation>الصندوق الاحتياطي</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>Verification</source>
        <extracomment>Page title.</extracomment>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>Checks this computer&apos;s copy of the ledger from the first block: every block&apos;s seal, every transaction and signature, and the log that the community server signed; then that every posting, account total and record stored here is what those blocks make. It takes a while on a large ledger; you can keep working.</source>
        <translation>يفحص نسخة هذا الحاسوب من الدفتر من الكتلة الأولى: ختم كل كتلة، وكل معاملة وتوقيع، والسجل الذي وقّعه خادم المجمع؛ ثم أن كل قيد ومجموع حساب وسجل محفوظ هنا هو ما تنتجه تلك الكتل. يستغرق وقتًا على دفتر كبير؛ يمكنك مواصلة العمل.</translation>
    </message>
    <message>
        <source>Verify everything from genesis</source>
        <extracomment>Starts the full check (Ctrl+Shift+V).</extracomment>
        <translation>تحقّق من كل شيء منذ البداية</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Stops the check (Escape).</extracomment>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>%1 of %2 blocks checked</source>
        <extracomment>Progress of the first step: blocks checked of all blocks.</extracomment>
        <translation>فُحصت %1 من %2 كتلة</translation>
    </message>
    <message>
        <source>Took %1 s.</source>
        <translation>استغرق %1 ث.</translation>
    </message>
    <message>
        <source>Blocks good. Comparing the stored figures with the blocks: %1 of %2 blocks replayed</source>
        <extracomment>Progress of the second step: the blocks are good; the figures stored on this computer are compared with what the blocks make, replayed one by one.</extracomment>
        <translation>الكتل سليمة. تجري مقارنة الأرقام المحفوظة بالكتل: أُعيد تنفيذ %1 من %2 كتلة</translation>
    </message>
</context>
<context>
    <name>courtyard::desk::VerificationRunner</name>
    <message>
        <source>Refused by this device on %1</source>
        <translation>رفضه هذا الجهاز في %1</translation>
    </message>
    <message>
        <source>The block as the server sent it: %1</source>
        <translation>الكتلة كما أرسلها الخادم: %1</translation>
    </message>
    <message>
        <source>Verifying every block from genesis…</source>
        <translation>جارٍ التحقق من كل كتلة منذ البداية…</translation>
    </message>
    <message>
        <source>The ledger file could not be opened for checking.</source>
        <translation>تعذّر فتح ملف الدفتر للفحص.</translation>
    </message>
    <message>
        <source>THE LEDGER&apos;S FIRST TRANSACTION IS DAMAGED.</source>
        <translation>المعاملة الأولى في الدفتر تالفة!</translation>
    </message>
    <message>
        <source>Keep this computer as it is and tell the committee.</source>
        <translation>اترك هذا الحاسوب كما هو وأبلغ اللجنة.</translation>
    </message>
    <message>
        <source>The ledger file could not be read to the end.</source>
        <translation>تعذّرت قراءة ملف الدفتر حتى نهايته.</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 blocks were checked and found good before you stopped it.</source>
        <translation>توقّف: فُحصت %1 من %2 كتلة ووُجدت سليمة قبل أن توقفه.</translation>
    </message>
    <message>
        <source>Where: block %1</source>
        <translation>أين: الكتلة %1</translation>
    </message>
    <message>
        <source>Transaction at log index %1</source>
        <translation>المعاملة في موضع السجل %1</translation>
    </message>
    <message>
        <source>Transaction id %1</source>
        <translation>معرّف المعاملة %1</translation>
    </message>
    <message>
        <source>What is wrong: %1</source>
        <translation>ما الخطأ: %1</translation>
    </message>
    <message>
        <source>%1 blocks before it were checked and found good.</source>
        <translation>فُحصت %1 كتلة قبلها ووُجدت سليمة.</translation>
    </message>
    <message>
        <source>What to do: do not rely on this computer&apos;s copy of the ledger. Keep this computer as it is (it is evidence) and tell the other committee members and the manager.</source>
        <translation>ما العمل: لا تعتمد على نسخة هذا الحاسوب من الدفتر. اترك الحاسوب كما هو (فهو دليل) وأبلغ بقية أعضاء اللجنة والمدير.</translation>
    </message>
    <message>
        <source>THE LEDGER ON THIS COMPUTER DOES NOT CHECK OUT: it was changed after it was sealed.</source>
        <translation>الدفتر على هذا الحاسوب لا يجتاز الفحص: عُدِّل بعد ختمه!</translation>
    </message>
    <message>
        <source>The ledger&apos;s records could not be read.</source>
        <translation>تعذّرت قراءة سجلات الدفتر.</translation>
    </message>
    <message>
        <source>%1 blocks and %2 transactions checked from genesis.</source>
        <translation>فُحصت %1 كتلة و%2 معاملة منذ البداية.</translation>
    </message>
    <message>
        <source>%1 signatures verified.</source>
        <translation>تُحقِّق من %1 توقيع.</translation>
    </message>
    <message>
        <source>The log of %1 transactions has the root %2, which the community server signed.</source>
        <translation>سجل المعاملات البالغ %1 له الجذر %2 الذي وقّعه خادم المجمع.</translation>
    </message>
    <message>
        <source>THIS COMPUTER&apos;S LEDGER IS GOOD, BUT THE SERVER SENT BLOCKS THAT CONTRADICT IT: its history was rewritten or replaced.</source>
        <translation>دفتر هذا الحاسوب سليم، لكن الخادم أرسل كتلًا تناقضه: أُعيدت كتابة تاريخه أو استُبدل!</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) from the server were refused; the evidence is kept below.</source>
        <translation>
            <numerusform>رُفضت كتل من الخادم (%n)؛ الأدلة محفوظة أدناه.</numerusform>
            <numerusform>رُفضت كتل من الخادم (%n)؛ الأدلة محفوظة أدناه.</numerusform>
            <numerusform>رُفضت كتل من الخادم (%n)؛ الأدلة محفوظة أدناه.</numerusform>
            <numerusform>رُفضت كتل من الخادم (%n)؛ الأدلة محفوظة أدناه.</numerusform>
            <numerusform>رُفضت كتل من الخادم (%n)؛ الأدلة محفوظة أدناه.</numerusform>
            <numerusform>رُفضت كتل من الخادم (%n)؛ الأدلة محفوظة أدناه.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>One posting line: an amount with its currency, on an account, e.g. &quot;CNY 1,200.00 on Income:Rent&quot;.</extracomment>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>Posting %1 of the transaction at log index %2 (block %3): stored %4, but the blocks make %5.</source>
        <extracomment>%1: line number, %2: log index, %3: block, %4 and %5: &quot;CNY 1,200.00 on Income:Rent&quot; or &quot;nothing&quot;.</extracomment>
        <translation>القيد %1 من المعاملة عند فهرس السجل %2 (الكتلة %3): المحفوظ %4، لكن الكتل تنتج %5.</translation>
    </message>
    <message numerus="yes">
        <source>debits %1, credits %2 over %n posting(s)</source>
        <translation>
            <numerusform>مدين %1، دائن %2، في قيود عددها %n</numerusform>
            <numerusform>مدين %1، دائن %2، في قيود عددها %n</numerusform>
            <numerusform>مدين %1، دائن %2، في قيود عددها %n</numerusform>
            <numerusform>مدين %1، دائن %2، في قيود عددها %n</numerusform>
            <numerusform>مدين %1، دائن %2، في قيود عددها %n</numerusform>
            <numerusform>مدين %1، دائن %2، في قيود عددها %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals of account %1 in %2: stored %3, but the blocks make %4.</source>
        <extracomment>%1: account, %2: currency code, %3 and %4: &quot;debits ..., credits ... over N postings&quot; or &quot;nothing&quot;.</extracomment>
        <translation>مجاميع الحساب %1 بعملة %2: المحفوظ %3، لكن الكتل تنتج %4.</translation>
    </message>
    <message>
        <source>Record %1: its value is right, but the checksum stored beside it was changed.</source>
        <extracomment>A stored record whose value is right but whose checksum beside it was changed.</extracomment>
        <translation>السجل %1: قيمته صحيحة، لكن المجموع الاختباري المحفوظ بجانبه عُدِّل.</translation>
    </message>
    <message>
        <source>Record %1 (last changed by the transaction at log index %2, block %3): stored %4, but the blocks make %5.</source>
        <extracomment>%1: record key, %2: log index, %3: block, %4 and %5: the record&apos;s values (notation for programmers) or &quot;nothing&quot;.</extracomment>
        <translation>السجل %1 (آخر تعديل له بالمعاملة عند فهرس السجل %2، الكتلة %3): المحفوظ %4، لكن الكتل تنتج %5.</translation>
    </message>
    <message>
        <source>Record %1: stored %2, but the blocks make %3.</source>
        <translation>السجل %1: المحفوظ %2، لكن الكتل تنتج %3.</translation>
    </message>
    <message>
        <source>Stopped: all %1 blocks were checked and found good; the stored figures were being compared with them (%2 of %3 blocks replayed) when you stopped it.</source>
        <translation>توقّف: فُحصت الكتل كلها (%1) ووُجدت سليمة؛ وكانت الأرقام المحفوظة تُقارَن بها (أُعيد تنفيذ %2 من %3 كتلة) حين أوقفته.</translation>
    </message>
    <message>
        <source>What to do: do not rely on the figures shown here. This program&apos;s rules may be older or newer than the community server&apos;s: install the version the server runs and verify again. If it still fails, tell the other committee members and the manager.</source>
        <translation>ما العمل: لا تعتمد على الأرقام المعروضة هنا. قد تكون قواعد هذا البرنامج أقدم أو أحدث من قواعد خادم المجمع: ثبّت الإصدار الذي يشغّله الخادم وتحقّق مرة أخرى. إن استمر الفشل فأبلغ أعضاء اللجنة الآخرين والمدير.</translation>
    </message>
    <message>
        <source>THE BLOCKS CHECK OUT, BUT THIS PROGRAM&apos;S RULES DO NOT MAKE THE RECORDS THEY CARRY.</source>
        <translation>الكتل سليمة، لكن قواعد هذا البرنامج لا تنتج السجلات التي تحملها!</translation>
    </message>
    <message numerus="yes">
        <source>%n stored row(s) are not what the blocks make:</source>
        <translation>
            <numerusform>صفوف محفوظة لا تطابق ما تنتجه الكتل (%n):</numerusform>
            <numerusform>صفوف محفوظة لا تطابق ما تنتجه الكتل (%n):</numerusform>
            <numerusform>صفوف محفوظة لا تطابق ما تنتجه الكتل (%n):</numerusform>
            <numerusform>صفوف محفوظة لا تطابق ما تنتجه الكتل (%n):</numerusform>
            <numerusform>صفوف محفوظة لا تطابق ما تنتجه الكتل (%n):</numerusform>
            <numerusform>صفوف محفوظة لا تطابق ما تنتجه الكتل (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>postings: %1, account totals: %2, records: %3.</source>
        <translation>القيود: %1، مجاميع الحسابات: %2، السجلات: %3.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… و%1 أخرى.</translation>
    </message>
    <message>
        <source>The balances and records stored on this computer (state root %1…) are not those the blocks make (block %2 says %3…).</source>
        <translation>الأرصدة والسجلات المحفوظة على هذا الحاسوب (جذر الحالة %1…) ليست ما تنتجه الكتل (الكتلة %2 تقول %3…).</translation>
    </message>
    <message>
        <source>What to do: do not rely on the balances, statements, reports or the trail shown on this computer. Keep this computer and its ledger file (%1) as they are: they are evidence. Tell the other committee members and the manager; after a copy of the file is kept, the manager can rebuild the figures from the verified blocks with `courtyard replay --rebuild`.</source>
        <translation>ما العمل: لا تعتمد على الأرصدة أو كشوف الحساب أو التقارير أو سجل المصروفات المعروضة على هذا الحاسوب. اترك هذا الحاسوب وملف دفتره (%1) كما هما: فهما دليل. أبلغ أعضاء اللجنة الآخرين والمدير؛ وبعد حفظ نسخة من الملف يستطيع المدير إعادة بناء الأرقام من الكتل المتحقَّق منها بالأمر `courtyard replay --rebuild`.</translation>
    </message>
    <message>
        <source>THE FIGURES AND RECORDS ON THIS COMPUTER WERE CHANGED: the blocks check out, the stored rows do not.</source>
        <translation>الأرقام والسجلات على هذا الحاسوب عُدِّلت: الكتل سليمة، والصفوف المحفوظة ليست كذلك!</translation>
    </message>
    <message>
        <source>Every posting (%1), account total (%2) and record (%3) stored on this computer is what the blocks make.</source>
        <translation>كل قيد (%1) ومجموع حساب (%2) وسجل (%3) محفوظ على هذا الحاسوب هو ما تنتجه الكتل.</translation>
    </message>
    <message>
        <source>Everything checks out: no block, transaction, signature or stored figure was changed since genesis.</source>
        <translation>كل شيء سليم: لم تُعدَّل أي كتلة أو معاملة أو توقيع أو رقم محفوظ منذ البداية.</translation>
    </message>
</context>
<context>
    <name>courtyard::desk::committee</name>
    <message>
        <source>Expense trail</source>
        <extracomment>The committee&apos;s pages in the desk&apos;s navigation.</extracomment>
        <translation>سجل المصروفات</translation>
    </message>
    <message>
        <source>Budget and fund</source>
        <translation>الميزانية والصندوق</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
</context>
</TS>
