<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ApprovalInboxPage</name>
    <message>
        <source>Approvals</source>
        <extracomment>the page&apos;s title</extracomment>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Signing as %1</source>
        <extracomment>who is signed in, e.g. &quot;You (8ec44f2d)&quot;</extracomment>
        <translation>التوقيع باسم %1</translation>
    </message>
    <message>
        <source>Waiting for me (%1)</source>
        <extracomment>the proposals that wait for this member&apos;s signature, with their number</extracomment>
        <translation>بانتظار توقيعي (%1)</translation>
    </message>
    <message>
        <source>All others (%1)</source>
        <extracomment>every other proposal: signed, sealed, declined, withdrawn, expired</extracomment>
        <translation>البقية (%1)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>ask the server for the proposals again</extracomment>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>No other proposals.</source>
        <extracomment>the history list is empty</extracomment>
        <translation>لا توجد مقترحات أخرى.</translation>
    </message>
    <message>
        <source>Nothing waits for your signature.</source>
        <extracomment>the inbox is empty</extracomment>
        <translation>لا شيء بانتظار توقيعك.</translation>
    </message>
    <message>
        <source>%1 of %2 signatures · %3 ago</source>
        <extracomment>signatures so far of the quorum needed, and the proposal&apos;s age</extracomment>
        <translation>%1 من %2 توقيعات · منذ %3</translation>
    </message>
    <message>
        <source>You declined this one; you may still sign it.</source>
        <translation>رفضت هذا المقترح؛ ما زال بإمكانك توقيعه.</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <extracomment>the amount the proposal spends or sets</extracomment>
        <translation>المبلغ: %1</translation>
    </message>
    <message>
        <source>Proposed by %1, %2 ago</source>
        <extracomment>who proposed it and how long ago</extracomment>
        <translation>اقترحه %1 منذ %2</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <extracomment>when an open proposal expires unsigned, e.g. &quot;in 13 days&quot;</extracomment>
        <translation>ينتهي %1</translation>
    </message>
    <message>
        <source>Note from the author</source>
        <extracomment>the author&apos;s note to the committee</extracomment>
        <translation>ملاحظة من مقدّم المقترح</translation>
    </message>
    <message>
        <source>Evidence</source>
        <extracomment>facts from this device&apos;s verified ledger and document hashes</extracomment>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>the repair&apos;s steps so far</extracomment>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Signed by</source>
        <extracomment>committee members who signed already</extracomment>
        <translation>وقّعه</translation>
    </message>
    <message>
        <source>No committee member has signed yet.</source>
        <translation>لم يوقّع أي عضو في اللجنة بعد.</translation>
    </message>
    <message>
        <source>Declined by</source>
        <extracomment>committee members who declined, with their reasons</extracomment>
        <translation>رفضه</translation>
    </message>
    <message>
        <source>Why you decline (needed to decline)</source>
        <extracomment>where a member writes why they decline</extracomment>
        <translation>سبب الرفض (مطلوب للرفض)</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>توقيع</translation>
    </message>
    <message>
        <source>Decline</source>
        <extracomment>decline the proposal with the reason written above</extracomment>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Signing…</source>
        <extracomment>sign the proposal with your committee key; &quot;Signing…&quot; while the server has not answered</extracomment>
        <translation>جارٍ التوقيع…</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <extracomment>while the server has not answered a signature or a decline</extracomment>
        <translation>بانتظار الخادم…</translation>
    </message>
    <message>
        <source>Live</source>
        <extracomment>the inbox is connected and the server pushes every change</extracomment>
        <translation>متصل مباشرة</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Offline, trying again: %1</source>
        <extracomment>%1: why, e.g. the server closed the connection</extracomment>
        <translation>غير متصل، تُعاد المحاولة: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <source>No community server is set</source>
        <translation>لم يُحدَّد خادم المجتمع</translation>
    </message>
</context>
<context>
    <name>courtyard::desk::approvals</name>
    <message>
        <source>%1 min</source>
        <extracomment>an age or a time left in minutes</extracomment>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>an age or a time left in hours</extracomment>
        <translation>%1 ساعة</translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>an age or a time left in days</extracomment>
        <translation>%1 يوم</translation>
    </message>
    <message>
        <source>Waiting for signatures</source>
        <translation>بانتظار التوقيعات</translation>
    </message>
    <message>
        <source>Signed: waiting for its block</source>
        <translation>موقّع: بانتظار كتلته</translation>
    </message>
    <message>
        <source>Sealed in the ledger</source>
        <translation>مختوم في الدفتر</translation>
    </message>
    <message>
        <source>Withdrawn by its author</source>
        <translation>سحبه مقدّمه</translation>
    </message>
    <message>
        <source>Expired unsigned</source>
        <translation>انتهت صلاحيته دون توقيع</translation>
    </message>
    <message>
        <source>Refused by its contract</source>
        <translation>رفضه العقد</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>quoted</source>
        <translation>تم تقديم عرض سعر</translation>
    </message>
    <message>
        <source>quote revised</source>
        <translation>عُدّل عرض السعر</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>تمت الموافقة</translation>
    </message>
    <message>
        <source>approved again</source>
        <translation>تمت الموافقة مجدداً</translation>
    </message>
    <message>
        <source>work started</source>
        <translation>بدأ العمل</translation>
    </message>
    <message>
        <source>work completed</source>
        <translation>اكتمل العمل</translation>
    </message>
    <message>
        <source>confirmed by the resident</source>
        <translation>أكّده الساكن</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>vendor paid</source>
        <translation>دُفع للمورّد</translation>
    </message>
    <message>
        <source>You (%1)</source>
        <translation>أنت (%1)</translation>
    </message>
    <message>
        <source>Committee member %1</source>
        <translation>عضو اللجنة %1</translation>
    </message>
    <message>
        <source>Manager %1</source>
        <translation>المدير %1</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>المفتاح %1</translation>
    </message>
    <message>
        <source>Sealed in block %1</source>
        <translation>مختوم في الكتلة %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>بعد %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>A proposal that cannot be read</source>
        <translation>مقترح لا يمكن قراءته</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Approve the quote for the repair “%1”</source>
        <translation>الموافقة على عرض سعر الإصلاح «%1»</translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation>المورّد: %1</translation>
    </message>
    <message>
        <source>Quote document (SHA-256): %1</source>
        <translation>مستند عرض السعر (SHA-256): %1</translation>
    </message>
    <message>
        <source>Pay the vendor for the repair “%1”</source>
        <translation>الدفع للمورّد عن الإصلاح «%1»</translation>
    </message>
    <message>
        <source>Invoice document (SHA-256): %1</source>
        <translation>مستند الفاتورة (SHA-256): %1</translation>
    </message>
    <message>
        <source>Approved quote: %1 from %2</source>
        <translation>عرض السعر المعتمد: %1 من %2</translation>
    </message>
    <message>
        <source>%1 for the repair “%2”</source>
        <translation>%1 للإصلاح «%2»</translation>
    </message>
    <message>
        <source>Repair %1, category %2, urgency %3, now %4</source>
        <translation>الإصلاح %1، الفئة %2، الأولوية %3، الحالة الآن: %4</translation>
    </message>
    <message>
        <source>Common property</source>
        <translation>ملكية مشتركة</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>الوحدة %1</translation>
    </message>
    <message>
        <source>%1 — %2 by %3</source>
        <translation>%1 — %2 بواسطة %3</translation>
    </message>
    <message>
        <source>This device&apos;s ledger does not hold repair %1 yet: sync first</source>
        <translation>دفتر هذا الجهاز لا يحتوي على الإصلاح %1 بعد: قم بالمزامنة أولاً</translation>
    </message>
    <message>
        <source>Record an expense: %1 from %2</source>
        <translation>تسجيل مصروف: %1 من %2</translation>
    </message>
    <message>
        <source>Invoice of %1</source>
        <translation>فاتورة بتاريخ %1</translation>
    </message>
    <message>
        <source>Set the %1 budget of %2</source>
        <translation>تحديد ميزانية %1 لعام %2</translation>
    </message>
    <message>
        <source>Set the threshold “%1”</source>
        <translation>تحديد الحد «%1»</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>حالياً: %1</translation>
    </message>
    <message>
        <source>Set the committee&apos;s quorum to %1</source>
        <translation>تحديد نصاب اللجنة بـ %1</translation>
    </message>
    <message>
        <source>an unreadable key</source>
        <translation>مفتاح غير مقروء</translation>
    </message>
    <message>
        <source>Grant the role “%1” to %2</source>
        <translation>منح الدور «%1» إلى %2</translation>
    </message>
    <message>
        <source>Revoke the role “%1” from %2</source>
        <translation>سحب الدور «%1» من %2</translation>
    </message>
    <message>
        <source>%1 (kind version %2)</source>
        <translation>%1 (الإصدار %2)</translation>
    </message>
    <message>
        <source>Intent as signed: %1</source>
        <translation>النية كما وُقّعت: %1</translation>
    </message>
    <message>
        <source>Transaction %1, sequence %2 of its author</source>
        <translation>المعاملة %1، التسلسل %2 لمقدّمها</translation>
    </message>
    <message>
        <source>No community server is set: the proposals live there</source>
        <translation>لم يُحدَّد خادم المجمّع: المقترحات محفوظة عليه</translation>
    </message>
    <message>
        <source>Cannot ask the server: %1</source>
        <translation>تعذّر سؤال الخادم: %1</translation>
    </message>
    <message>
        <source>Waiting for your signature: %1</source>
        <translation>بانتظار توقيعك: %1</translation>
    </message>
    <message>
        <source>%1 The committee&apos;s signatures are complete: the server is sealing it.</source>
        <translation>%1 اكتملت توقيعات اللجنة: الخادم يختمه الآن.</translation>
    </message>
    <message>
        <source>Signed.</source>
        <translation>تم التوقيع.</translation>
    </message>
    <message>
        <source>Write why you decline: the committee and the author read it</source>
        <translation>اكتب سبب الرفض: ستقرؤه اللجنة ومقدّم المقترح</translation>
    </message>
    <message>
        <source>Declined.</source>
        <translation>تم الرفض.</translation>
    </message>
    <message>
        <source>Your signature is already on this proposal.</source>
        <translation>توقيعك موجود بالفعل على هذا المقترح.</translation>
    </message>
    <message>
        <source>You have already declined this proposal.</source>
        <translation>لقد رفضت هذا المقترح من قبل.</translation>
    </message>
    <message>
        <source>The proposal is closed: it was sealed, withdrawn, refused or has expired.</source>
        <translation>المقترح مغلق: خُتم أو سُحب أو رُفض أو انتهت مدته.</translation>
    </message>
    <message>
        <source>The proposal has expired unsigned.</source>
        <translation>انتهت مدة المقترح دون اكتمال التوقيعات.</translation>
    </message>
    <message>
        <source>Only committee members sign or decline proposals.</source>
        <translation>أعضاء اللجنة وحدهم يوقّعون المقترحات أو يرفضونها.</translation>
    </message>
    <message>
        <source>The server holds no such proposal.</source>
        <translation>لا يحتفظ الخادم بمقترح كهذا.</translation>
    </message>
    <message>
        <source>The server could not verify the signature with your key.</source>
        <translation>لم يستطع الخادم التحقق من التوقيع بمفتاحك.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>دورك لا يسمح بهذا.</translation>
    </message>
    <message>
        <source>Too many requests: wait a moment and try again.</source>
        <translation>طلبات كثيرة جدًا: انتظر قليلًا ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The server cannot serve this now: try again later.</source>
        <translation>لا يستطيع الخادم تلبية هذا الآن: أعد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation>رفض الخادم الطلب.</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <extracomment>a refusal: the sentence in words, then the server&apos;s code and its own reason</extracomment>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <source>No proposal %1 in the list: refresh it and try again</source>
        <translation>لا يوجد المقترح %1 في القائمة: حدّثها وأعد المحاولة</translation>
    </message>
    <message>
        <source>%1 names several proposals</source>
        <translation>%1 يطابق عدة مقترحات</translation>
    </message>
    <message>
        <source>Not connected to the server (%1): nothing was sent; try again when it is back</source>
        <translation>غير متصل بالخادم (%1): لم يُرسَل شيء؛ أعد المحاولة عند عودته</translation>
    </message>
    <message>
        <source>Sending your signature…</source>
        <translation>جارٍ إرسال توقيعك…</translation>
    </message>
    <message>
        <source>Sending your decline…</source>
        <translation>جارٍ إرسال رفضك…</translation>
    </message>
    <message>
        <source>No answer from the server: %1. The list shows whether it arrived once the connection is back.</source>
        <translation>لا رد من الخادم: %1. ستُظهر القائمة هل وصل الطلب عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>Transaction %1, co-signed, valid until %2</source>
        <extracomment>Evidence line of a co-signed transaction (it has no sequence number): %1 its id, %2 the last time it may be sealed.</extracomment>
        <translation>المعاملة %1، موقَّعة بالاشتراك، صالحة حتى %2</translation>
    </message>
</context>
<context>
    <name>courtyard::views</name>
    <message>
        <source>a total overflows</source>
        <translation>المجموع يتجاوز الحد</translation>
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
        <extracomment>How a month and its year are written, in Qt&apos;s date format letters: &quot;MMMM yyyy&quot; gives &quot;March 2027&quot;; Chinese and Japanese write &quot;yyyy年M月&quot;.</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Rent for %1</source>
        <extracomment>%1 is a month and year, e.g. &quot;March 2027&quot;</extracomment>
        <translation>إيجار %1</translation>
    </message>
    <message>
        <source>Property fee for %1</source>
        <translation>رسوم العقار لـ %1</translation>
    </message>
    <message>
        <source>Late fee charged in %1</source>
        <translation>غرامة تأخير محتسبة في %1</translation>
    </message>
    <message>
        <source>Deposit of the lease</source>
        <translation>تأمين عقد الإيجار</translation>
    </message>
    <message>
        <source>%1 is listed as open but is not there</source>
        <translation>%1 مدرجة كمفتوحة لكنها غير موجودة</translation>
    </message>
    <message>
        <source>there is no unit &apos;%1&apos; in this ledger</source>
        <translation>لا توجد وحدة &apos;%1&apos; في هذا الدفتر</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>مؤكدة</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Card at the kiosk</source>
        <translation>بطاقة في الكشك</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>تحويل بنكي</translation>
    </message>
    <message>
        <source>payment %1 has postings but no record</source>
        <translation>للدفعة %1 قيود بلا سجل</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Quote received</source>
        <translation>وصل عرض السعر</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>موافق عليه</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>بدأ العمل</translation>
    </message>
    <message>
        <source>Work completed</source>
        <translation>اكتمل العمل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <source>Plumbing</source>
        <translation>السباكة</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>الكهرباء</translation>
    </message>
    <message>
        <source>Elevator</source>
        <translation>المصعد</translation>
    </message>
    <message>
        <source>Roof</source>
        <translation>السطح</translation>
    </message>
    <message>
        <source>Doors and locks</source>
        <translation>الأبواب والأقفال</translation>
    </message>
    <message>
        <source>Common area</source>
        <translation>منطقة مشتركة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>%1 has no request event</source>
        <translation>%1 بلا حدث طلب</translation>
    </message>
    <message>
        <source>there is no resident %1 in this ledger</source>
        <translation>لا يوجد ساكن %1 في هذا الدفتر</translation>
    </message>
    <message>
        <source>the score of %1 has a reason that is not text</source>
        <translation>لدرجة %1 سبب ليس نصًا</translation>
    </message>
</context>
</TS>
