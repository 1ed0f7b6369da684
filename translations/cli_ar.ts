<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>courtyard::cli</name>
    <message>
        <source>The unit.</source>
        <translation>الوحدة.</translation>
    </message>
    <message>
        <source>The new request&apos;s id (default: new random bytes, printed).</source>
        <translation>معرّف طلب الإصلاح الجديد (الافتراضي: بايتات عشوائية جديدة، تُطبع).</translation>
    </message>
    <message>
        <source>The repair request&apos;s id, as `repair request` printed it.</source>
        <translation>معرّف طلب الإصلاح، كما طبعه `repair request`.</translation>
    </message>
    <message>
        <source>The new lease&apos;s id (default: new random bytes, printed).</source>
        <translation>معرّف عقد الإيجار الجديد (الافتراضي: بايتات عشوائية جديدة، تُطبع).</translation>
    </message>
    <message>
        <source>The lease&apos;s id, as `lease create` printed it.</source>
        <translation>معرّف عقد الإيجار، كما طبعه `lease create`.</translation>
    </message>
    <message>
        <source>The late fee on a rent or deposit invoice still open after the grace days: a percentage of the open amount (needs --late-fee-cap) or a fixed amount. Default for a new lease: none.</source>
        <translation>غرامة التأخير على فاتورة إيجار أو تأمين تبقى مفتوحة بعد أيام السماح: نسبة مئوية من المبلغ المفتوح (تحتاج إلى --late-fee-cap) أو مبلغ ثابت. الافتراضي لعقد جديد: لا شيء.</translation>
    </message>
    <message>
        <source>The most one late fee can be; with a percentage --late-fee only.</source>
        <translation>أقصى ما يمكن أن تبلغه غرامة تأخير واحدة؛ مع --late-fee بنسبة مئوية فقط.</translation>
    </message>
    <message>
        <source>The rent&apos;s rise on each anniversary of the start: a percentage or a fixed amount. Default for a new lease: none.</source>
        <translation>زيادة الإيجار في كل ذكرى سنوية لتاريخ البدء: نسبة مئوية أو مبلغ ثابت. الافتراضي لعقد جديد: لا شيء.</translation>
    </message>
    <message>
        <source>the committee quorum: --key one member, --cosign the others</source>
        <translation>النصاب القانوني للجنة: --key لعضو واحد، و--cosign للآخرين</translation>
    </message>
    <message>
        <source>a manager (--key)</source>
        <translation>مدير (--key)</translation>
    </message>
    <message>
        <source>a kiosk&apos;s device key (--key)</source>
        <translation>مفتاح جهاز الكشك (--key)</translation>
    </message>
    <message>
        <source>Grant a role to a key.</source>
        <translation>منح دور لمفتاح.</translation>
    </message>
    <message>
        <source>The key that gets the role.</source>
        <translation>المفتاح الذي يحصل على الدور.</translation>
    </message>
    <message>
        <source>The role.</source>
        <translation>الدور.</translation>
    </message>
    <message>
        <source>Revoke a role from a key.</source>
        <translation>سحب دور من مفتاح.</translation>
    </message>
    <message>
        <source>The key that loses the role.</source>
        <translation>المفتاح الذي يفقد الدور.</translation>
    </message>
    <message>
        <source>Move every role of a key to a new key (a lost or compromised key).</source>
        <translation>نقل كل أدوار مفتاح إلى مفتاح جديد (مفتاح مفقود أو مخترق).</translation>
    </message>
    <message>
        <source>The old key.</source>
        <translation>المفتاح القديم.</translation>
    </message>
    <message>
        <source>The new key; it must hold no role yet.</source>
        <translation>المفتاح الجديد؛ يجب ألا يحمل أي دور بعد.</translation>
    </message>
    <message>
        <source>Set a spending threshold (at or above it the committee co-signs).</source>
        <translation>تحديد حدّ للإنفاق (عنده أو فوقه تشارك اللجنة في التوقيع).</translation>
    </message>
    <message>
        <source>The threshold: repair-committee-threshold or expense-committee-threshold.</source>
        <translation>الحد: repair-committee-threshold أو expense-committee-threshold.</translation>
    </message>
    <message>
        <source>The threshold amount.</source>
        <translation>مبلغ الحد.</translation>
    </message>
    <message>
        <source>Change how many committee members must sign.</source>
        <translation>تغيير عدد أعضاء اللجنة الذين يجب أن يوقّعوا.</translation>
    </message>
    <message>
        <source>the current committee quorum</source>
        <translation>النصاب الحالي للجنة</translation>
    </message>
    <message>
        <source>The new quorum, at most the committee&apos;s size.</source>
        <translation>النصاب الجديد، على ألا يتجاوز عدد أعضاء اللجنة.</translation>
    </message>
    <message>
        <source>Register a unit.</source>
        <translation>تسجيل وحدة.</translation>
    </message>
    <message>
        <source>The floor area.</source>
        <translation>مساحة الأرضية.</translation>
    </message>
    <message>
        <source>The unit&apos;s share of the common costs.</source>
        <translation>حصة الوحدة من التكاليف المشتركة.</translation>
    </message>
    <message>
        <source>Change a unit&apos;s area or share.</source>
        <translation>تغيير مساحة وحدة أو حصتها.</translation>
    </message>
    <message>
        <source>The new floor area.</source>
        <translation>مساحة الأرضية الجديدة.</translation>
    </message>
    <message>
        <source>The new share of the common costs.</source>
        <translation>الحصة الجديدة من التكاليف المشتركة.</translation>
    </message>
    <message>
        <source>Register a resident of a unit (a random id; names stay out of the ledger).</source>
        <translation>تسجيل ساكن في وحدة (معرّف عشوائي؛ تبقى الأسماء خارج السجل).</translation>
    </message>
    <message>
        <source>The new resident&apos;s id (default: new random bytes, printed).</source>
        <translation>معرّف الساكن الجديد (الافتراضي: بايتات عشوائية جديدة، تُطبع).</translation>
    </message>
    <message>
        <source>Link a resident to another unit.</source>
        <translation>ربط ساكن بوحدة أخرى.</translation>
    </message>
    <message>
        <source>The resident.</source>
        <translation>الساكن.</translation>
    </message>
    <message>
        <source>Record that a resident moved out of a unit.</source>
        <translation>تسجيل أن ساكنًا غادر وحدة.</translation>
    </message>
    <message>
        <source>Enroll a resident&apos;s card and PIN (a new card or a PIN reset).</source>
        <translation>تسجيل بطاقة ساكن ورقمه السري PIN (بطاقة جديدة أو إعادة تعيين PIN).</translation>
    </message>
    <message>
        <source>The card.</source>
        <translation>البطاقة.</translation>
    </message>
    <message>
        <source>The PIN.</source>
        <translation>الرقم السري PIN.</translation>
    </message>
    <message>
        <source>Record a wrong PIN entered at a kiosk for a resident&apos;s card.</source>
        <translation>تسجيل إدخال PIN خاطئ في كشك لبطاقة ساكن.</translation>
    </message>
    <message>
        <source>The resident whose card was used.</source>
        <translation>الساكن الذي استُخدمت بطاقته.</translation>
    </message>
    <message>
        <source>Record a right PIN at a kiosk (wrong PINs start over).</source>
        <translation>تسجيل إدخال PIN صحيح في كشك (يبدأ عدّ المحاولات الخاطئة من جديد).</translation>
    </message>
    <message>
        <source>An invoice to pay, in this order (repeat for each); default: the oldest open invoices first.</source>
        <translation>فاتورة للدفع، بهذا الترتيب (كرّر لكل واحدة)؛ الافتراضي: أقدم الفواتير المفتوحة أولًا.</translation>
    </message>
    <message>
        <source>Record a card payment at a kiosk for an identified resident.</source>
        <translation>تسجيل دفعة بالبطاقة في كشك لساكن تم التحقق من هويته.</translation>
    </message>
    <message>
        <source>The resident who identified with card and PIN.</source>
        <translation>الساكن الذي تحقق من هويته بالبطاقة والرقم السري PIN.</translation>
    </message>
    <message>
        <source>The amount paid.</source>
        <translation>المبلغ المدفوع.</translation>
    </message>
    <message>
        <source>The terminal&apos;s transaction reference.</source>
        <translation>مرجع معاملة جهاز الدفع.</translation>
    </message>
    <message>
        <source>Record a cash payment at the office.</source>
        <translation>تسجيل دفعة نقدية في المكتب.</translation>
    </message>
    <message>
        <source>The receipt number.</source>
        <translation>رقم الإيصال.</translation>
    </message>
    <message>
        <source>Record a bank transfer.</source>
        <translation>تسجيل تحويل مصرفي.</translation>
    </message>
    <message>
        <source>The bank&apos;s reference.</source>
        <translation>مرجع البنك.</translation>
    </message>
    <message>
        <source>Pay a unit&apos;s prepaid credit back.</source>
        <translation>ردّ الرصيد المدفوع مقدمًا لوحدة.</translation>
    </message>
    <message>
        <source>The amount refunded.</source>
        <translation>المبلغ المردود.</translation>
    </message>
    <message>
        <source>The refund&apos;s reference.</source>
        <translation>مرجع الاسترداد.</translation>
    </message>
    <message>
        <source>Pay out the deposit refund a terminated lease owes (all of it or a part).</source>
        <translation>صرف ردّ التأمين المستحق على عقد منتهٍ (كله أو جزء منه).</translation>
    </message>
    <message>
        <source>The terminated lease, as `lease create` printed it.</source>
        <translation>العقد المنتهي، كما طبعه `lease create`.</translation>
    </message>
    <message>
        <source>The amount paid out; at most what is still owed (the settlement&apos;s refund less what was paid out).</source>
        <translation>المبلغ المصروف؛ على الأكثر ما يزال مستحقًا (مبلغ الردّ في التسوية ناقص ما صُرف).</translation>
    </message>
    <message>
        <source>cash: handed over at the office; bank: a transfer to the resident.</source>
        <translation>cash: يُسلَّم في المكتب؛ bank: تحويل إلى الساكن.</translation>
    </message>
    <message>
        <source>The receipt the resident signed (cash) or the bank&apos;s reference of the transfer.</source>
        <translation>الإيصال الذي وقّعه الساكن (نقدًا) أو مرجع البنك للتحويل.</translation>
    </message>
    <message>
        <source>Reverse a mistaken payment or deposit refund payout (a new transaction; nothing is deleted).</source>
        <translation>عكس دفعة خاطئة أو صرف ردّ تأمين خاطئ (معاملة جديدة؛ لا يُحذف شيء).</translation>
    </message>
    <message>
        <source>The payment&apos;s or payout&apos;s transaction id.</source>
        <translation>معرّف معاملة الدفعة أو الصرف.</translation>
    </message>
    <message>
        <source>Why, 1 to 500 characters.</source>
        <translation>السبب، من 1 إلى 500 حرف.</translation>
    </message>
    <message>
        <source>The day of the month rent is due; 29 to 31 fall back to the month&apos;s last day.</source>
        <translation>يوم استحقاق الإيجار في الشهر؛ الأيام 29 إلى 31 ترجع إلى آخر يوم في الشهر.</translation>
    </message>
    <message>
        <source>Days after the due day before a late fee.</source>
        <translation>عدد الأيام بعد يوم الاستحقاق قبل فرض غرامة التأخير.</translation>
    </message>
    <message>
        <source>Create a lease (rent contract) for a unit and its residents.</source>
        <translation>إنشاء عقد إيجار لوحدة وساكنيها.</translation>
    </message>
    <message>
        <source>A resident on the lease (repeat for each).</source>
        <translation>ساكن في العقد (كرّر لكل واحد).</translation>
    </message>
    <message>
        <source>The monthly rent.</source>
        <translation>الإيجار الشهري.</translation>
    </message>
    <message>
        <source>The first day of the lease.</source>
        <translation>اليوم الأول من العقد.</translation>
    </message>
    <message>
        <source>The last day of the lease (default: open-ended).</source>
        <translation>اليوم الأخير من العقد (الافتراضي: مفتوح المدة).</translation>
    </message>
    <message>
        <source>The deposit, invoiced at once, due on the start day; 0: none.</source>
        <translation>التأمين، يُفوتر فورًا ويستحق في يوم البدء؛ 0: لا تأمين.</translation>
    </message>
    <message>
        <source>The signed paper lease.</source>
        <translation>عقد الإيجار الورقي الموقّع.</translation>
    </message>
    <message>
        <source>Amend a lease from a day on (a new version; the history stays).</source>
        <translation>تعديل عقد إيجار ابتداءً من يوم معيّن (نسخة جديدة؛ يبقى السجل).</translation>
    </message>
    <message>
        <source>The first day the change applies.</source>
        <translation>اليوم الأول الذي يسري فيه التغيير.</translation>
    </message>
    <message>
        <source>The signed amendment.</source>
        <translation>التعديل الموقّع.</translation>
    </message>
    <message>
        <source>The residents from then on (repeat for each).</source>
        <translation>الساكنون من ذلك الحين (كرّر لكل واحد).</translation>
    </message>
    <message>
        <source>The new monthly rent.</source>
        <translation>الإيجار الشهري الجديد.</translation>
    </message>
    <message>
        <source>The new last day.</source>
        <translation>اليوم الأخير الجديد.</translation>
    </message>
    <message>
        <source>Renew a lease that has an end date, from the day after it.</source>
        <translation>تجديد عقد له تاريخ انتهاء، ابتداءً من اليوم التالي له.</translation>
    </message>
    <message>
        <source>The signed renewal.</source>
        <translation>التجديد الموقّع.</translation>
    </message>
    <message>
        <source>The new monthly rent (default: unchanged).</source>
        <translation>الإيجار الشهري الجديد (الافتراضي: دون تغيير).</translation>
    </message>
    <message>
        <source>End a lease on a day and settle the deposit.</source>
        <translation>إنهاء عقد إيجار في يوم معيّن وتسوية التأمين.</translation>
    </message>
    <message>
        <source>The last day the lease covers.</source>
        <translation>آخر يوم يغطيه العقد.</translation>
    </message>
    <message>
        <source>A deduction from the deposit (repeat for each; at most 32); default: none, the whole deposit is refunded.</source>
        <translation>خصم من التأمين (كرّر لكل خصم؛ 32 على الأكثر)؛ الافتراضي: لا شيء، ويُردّ التأمين كاملًا.</translation>
    </message>
    <message>
        <source>Set the monthly property fee of every unit.</source>
        <translation>تحديد رسوم العقار الشهرية لكل الوحدات.</translation>
    </message>
    <message>
        <source>area: --amount per m²; fixed: --amount per unit.</source>
        <translation>area: قيمة --amount لكل م²؛ fixed: قيمة --amount لكل وحدة.</translation>
    </message>
    <message>
        <source>The fee per m² or per unit and month (0: no fee).</source>
        <translation>الرسوم لكل م² أو لكل وحدة شهريًا (0: بلا رسوم).</translation>
    </message>
    <message>
        <source>The day of the month the fee is due.</source>
        <translation>يوم استحقاق الرسوم في الشهر.</translation>
    </message>
    <message>
        <source>Close a month: late fees, rent and property fee invoices, credit scores.</source>
        <translation>إقفال شهر: غرامات التأخير وفواتير الإيجار ورسوم العقار ودرجات الائتمان.</translation>
    </message>
    <message>
        <source>The month to close.</source>
        <translation>الشهر المراد إقفاله.</translation>
    </message>
    <message>
        <source>File a resident&apos;s dispute of an invoice (left out of the score until resolved).</source>
        <translation>تسجيل اعتراض ساكن على فاتورة (تُستبعد من الدرجة حتى يُحسم).</translation>
    </message>
    <message>
        <source>a kiosk for the identified resident, or a manager (--key)</source>
        <translation>كشك للساكن الذي تم التحقق من هويته، أو مدير (--key)</translation>
    </message>
    <message>
        <source>The resident who disputes.</source>
        <translation>الساكن المعترض.</translation>
    </message>
    <message>
        <source>The disputed invoice.</source>
        <translation>الفاتورة المعترض عليها.</translation>
    </message>
    <message>
        <source>Resolve a dispute.</source>
        <translation>حسم اعتراض.</translation>
    </message>
    <message>
        <source>upheld: the committee quorum; corrected: a manager or the committee quorum</source>
        <translation>upheld: نصاب اللجنة؛ corrected: مدير أو نصاب اللجنة</translation>
    </message>
    <message>
        <source>upheld: the entry counts again; corrected: it stays out of the score.</source>
        <translation>upheld: يُحتسب القيد من جديد؛ corrected: يبقى خارج الدرجة.</translation>
    </message>
    <message>
        <source>The resolution, 1 to 500 characters.</source>
        <translation>القرار، من 1 إلى 500 حرف.</translation>
    </message>
    <message>
        <source>File a repair request.</source>
        <translation>تقديم طلب إصلاح.</translation>
    </message>
    <message>
        <source>a manager, or a kiosk for an identified resident (--key)</source>
        <translation>مدير، أو كشك لساكن تم التحقق من هويته (--key)</translation>
    </message>
    <message>
        <source>The unit (default: the common property).</source>
        <translation>الوحدة (الافتراضي: الأجزاء المشتركة).</translation>
    </message>
    <message>
        <source>The resident who asks (needs --unit; required at a kiosk).</source>
        <translation>الساكن الذي يطلب (يحتاج إلى --unit؛ مطلوب في الكشك).</translation>
    </message>
    <message>
        <source>What needs repair.</source>
        <translation>ما يحتاج إلى إصلاح.</translation>
    </message>
    <message>
        <source>Where, 1 to 100 characters on one line, like &quot;Kitchen&quot; or &quot;Stairwell B, 3rd floor&quot; (default: not said).</source>
        <translation>المكان، من 1 إلى 100 حرف في سطر واحد، مثل &quot;Kitchen&quot; أو &quot;Stairwell B, 3rd floor&quot; (الافتراضي: غير محدد).</translation>
    </message>
    <message>
        <source>What is wrong, 1 to 2000 characters.</source>
        <translation>ما المشكلة، من 1 إلى 2000 حرف.</translation>
    </message>
    <message>
        <source>How urgent.</source>
        <translation>درجة الاستعجال.</translation>
    </message>
    <message>
        <source>Record a vendor&apos;s quote for a repair.</source>
        <translation>تسجيل عرض سعر مورّد لإصلاح.</translation>
    </message>
    <message>
        <source>The vendor, 1 to 100 characters.</source>
        <translation>المورّد، من 1 إلى 100 حرف.</translation>
    </message>
    <message>
        <source>The quoted amount.</source>
        <translation>المبلغ المعروض.</translation>
    </message>
    <message>
        <source>The quote.</source>
        <translation>عرض السعر.</translation>
    </message>
    <message>
        <source>Approve a repair&apos;s quote.</source>
        <translation>الموافقة على عرض سعر إصلاح.</translation>
    </message>
    <message>
        <source>a manager (--key); at or above the repair threshold also the committee quorum (--cosign each member)</source>
        <translation>مدير (--key)؛ وعند حد الإصلاح أو فوقه نصاب اللجنة أيضًا (--cosign لكل عضو)</translation>
    </message>
    <message>
        <source>Reject a repair request.</source>
        <translation>رفض طلب إصلاح.</translation>
    </message>
    <message>
        <source>Record that the approved work started.</source>
        <translation>تسجيل بدء العمل المعتمد.</translation>
    </message>
    <message>
        <source>Record that the work is complete.</source>
        <translation>تسجيل اكتمال العمل.</translation>
    </message>
    <message>
        <source>Record the resident&apos;s confirmation that the work is done.</source>
        <translation>تسجيل تأكيد الساكن أن العمل قد أُنجز.</translation>
    </message>
    <message>
        <source>a kiosk for the resident who asked, or a manager (--key)</source>
        <translation>كشك للساكن الذي طلب، أو مدير (--key)</translation>
    </message>
    <message>
        <source>The resident who confirms (required at a kiosk).</source>
        <translation>الساكن الذي يؤكد (مطلوب في الكشك).</translation>
    </message>
    <message>
        <source>Pay a completed repair&apos;s vendor from the fund.</source>
        <translation>الدفع لمورّد إصلاح مكتمل من الصندوق.</translation>
    </message>
    <message>
        <source>The amount paid, at most the approved quote.</source>
        <translation>المبلغ المدفوع، على الأكثر عرض السعر المعتمد.</translation>
    </message>
    <message>
        <source>The vendor&apos;s invoice.</source>
        <translation>فاتورة المورّد.</translation>
    </message>
    <message>
        <source>Record an expense paid from the community fund.</source>
        <translation>تسجيل مصروف مدفوع من صندوق المجتمع.</translation>
    </message>
    <message>
        <source>a manager (--key); at or above the expense threshold also the committee quorum (--cosign each member)</source>
        <translation>مدير (--key)؛ وعند حد المصروفات أو فوقه نصاب اللجنة أيضًا (--cosign لكل عضو)</translation>
    </message>
    <message>
        <source>The expense category, 1 to 4 parts of a-z, 0-9 and &apos;-&apos; separated by &apos;:&apos;, e.g. cleaning or utilities:electricity.</source>
        <translation>فئة المصروف، من 1 إلى 4 أجزاء من a-z و0-9 و&apos;-&apos; تفصل بينها &apos;:&apos;، مثل cleaning أو utilities:electricity.</translation>
    </message>
    <message>
        <source>The invoice&apos;s date, not after today.</source>
        <translation>تاريخ الفاتورة، لا يتجاوز اليوم.</translation>
    </message>
    <message>
        <source>Set a category&apos;s budget for a year.</source>
        <translation>تحديد ميزانية فئة لسنة.</translation>
    </message>
    <message>
        <source>The year.</source>
        <translation>السنة.</translation>
    </message>
    <message>
        <source>The category, e.g. cleaning or repairs:plumbing.</source>
        <translation>الفئة، مثل cleaning أو repairs:plumbing.</translation>
    </message>
    <message>
        <source>The budget (0 allowed).</source>
        <translation>الميزانية (يُسمح بـ 0).</translation>
    </message>
    <message>
        <source>Move money between the maintenance fund and the reserve fund.</source>
        <translation>نقل أموال بين صندوق الصيانة والصندوق الاحتياطي.</translation>
    </message>
    <message>
        <source>The fund the money leaves.</source>
        <translation>الصندوق الذي تخرج منه الأموال.</translation>
    </message>
    <message>
        <source>The fund the money goes to.</source>
        <translation>الصندوق الذي تذهب إليه الأموال.</translation>
    </message>
    <message>
        <source>The amount.</source>
        <translation>المبلغ.</translation>
    </message>
    <message>
        <source>Authorize one new kiosk: makes a one-time enrollment code (printed once) for whoever sets it up.</source>
        <translation>تفويض كشك جديد واحد: يُنشئ رمز تسجيل لمرة واحدة (يُطبع مرة واحدة) لمن يقوم بإعداده.</translation>
    </message>
    <message>
        <source>The enrollment code (default: a new random code, printed). Only its SHA-256 is signed.</source>
        <translation>رمز التسجيل (الافتراضي: رمز عشوائي جديد، يُطبع). لا يُوقَّع إلا SHA-256 الخاص به.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s name for people, 1 to 64 characters, e.g. &quot;Lobby kiosk 1&quot;.</source>
        <translation>اسم الكشك للناس، من 1 إلى 64 حرفًا، مثل &quot;Lobby kiosk 1&quot;.</translation>
    </message>
    <message>
        <source>The role the code gives; managers enroll kiosks, other roles are the committee&apos;s.</source>
        <translation>الدور الذي يمنحه الرمز؛ المديرون يسجلون الأكشاك، والأدوار الأخرى من شأن اللجنة.</translation>
    </message>
    <message>
        <source>How long the code can be used, in hours of block time.</source>
        <translation>مدة صلاحية الرمز، بساعات وقت الكتلة.</translation>
    </message>
    <message>
        <source>Enroll this key as a kiosk with a one-time code (with a server, use &apos;courtyard enroll&apos;).</source>
        <translation>تسجيل هذا المفتاح ككشك برمز لمرة واحدة (مع وجود خادم، استخدم &apos;courtyard enroll&apos;).</translation>
    </message>
    <message>
        <source>the new device&apos;s own key (--key), holding no role yet</source>
        <translation>المفتاح الخاص بالجهاز الجديد (--key)، ولا يحمل أي دور بعد</translation>
    </message>
    <message>
        <source>The enrollment code a manager made.</source>
        <translation>رمز التسجيل الذي أنشأه المدير.</translation>
    </message>
    <message>
        <source>Cancel an enrollment code that was not used yet (lost or given to the wrong person).</source>
        <translation>إلغاء رمز تسجيل لم يُستخدم بعد (مفقود أو أُعطي للشخص الخطأ).</translation>
    </message>
    <message>
        <source>The code, as it was printed.</source>
        <translation>الرمز، كما طُبع.</translation>
    </message>
    <message>
        <source>Revoke an enrolled kiosk at once (stolen, broken, replaced): its key can never sign in again.</source>
        <translation>إلغاء كشك مسجَّل فورًا (مسروق، معطّل، مستبدَل): لن يتمكن مفتاحه من تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s public key (courtyard enroll prints it) or key file.</source>
        <translation>المفتاح العام للكشك (يطبعه courtyard enroll) أو ملف المفتاح.</translation>
    </message>
    <message>
        <source>Why, 1 to 200 characters; shown to the device.</source>
        <translation>السبب، من 1 إلى 200 حرف؛ يُعرض على الجهاز.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 غير موجود</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes)</source>
        <translation>%1 كبير جدًا (%2 بايت)</translation>
    </message>
    <message>
        <source>the amount is empty; write an amount like %1</source>
        <translation>المبلغ فارغ؛ اكتب مبلغًا مثل %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has decimals, but %2 amounts are whole numbers; write an amount like %3</source>
        <translation>«%1» فيه كسور عشرية، لكن مبالغ %2 أعداد صحيحة؛ اكتب مبلغًا مثل %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 decimals, but %3 has only %4; write an amount like %5</source>
        <translation>«%1» فيه %2 منازل عشرية، لكن %3 لها %4 فقط؛ اكتب مبلغًا مثل %5</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large; an amount has at most %2 digits before the decimal point</source>
        <translation>«%1» كبير جدًا؛ للمبلغ %2 رقمًا على الأكثر قبل الفاصلة العشرية</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount: write digits, with a &apos;.&apos; before the decimals, like %2</source>
        <translation>«%1» ليس مبلغًا: اكتب بالأرقام 0-9، مع &apos;.&apos; قبل الكسور العشرية، مثل %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative; an amount here is zero or more</source>
        <translation>«%1» سالب؛ المبلغ هنا صفر أو أكثر</translation>
    </message>
    <message>
        <source>there is no invoice with the id %1 (see courtyard invoices)</source>
        <translation>لا توجد فاتورة بالمعرّف %1 (انظر courtyard invoices)</translation>
    </message>
    <message>
        <source>give a text, not an empty one</source>
        <translation>اكتب نصًا، لا نصًا فارغًا</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a unit number: 1 to 16 letters, digits and &apos;-&apos;, starting and ending with a letter or digit, like 12-0301</source>
        <translation>«%1» ليس رقم وحدة: من 1 إلى 16 حرفًا ورقمًا و&apos;-&apos;، يبدأ وينتهي بحرف أو رقم، مثل 12-0301</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day that exists; write YYYY-MM-DD, like 2027-02-01</source>
        <translation>«%1» ليس يومًا موجودًا؛ اكتب YYYY-MM-DD، مثل 2027-02-01</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month; write YYYY-MM, like 2027-02</source>
        <translation>«%1» ليس شهرًا؛ اكتب YYYY-MM، مثل 2027-02</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3</source>
        <translation>«%1» ليس عددًا صحيحًا من %2 إلى %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an area: square metres with at most 2 decimals, like 85.50</source>
        <translation>«%1» ليس مساحة: بالمتر المربع مع منزلتين عشريتين على الأكثر، مثل 85.50</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a share: a percentage with at most 2 decimals, like 1.25 or 1.25%</source>
        <translation>«%1» ليس حصة: نسبة مئوية بمنزلتين عشريتين على الأكثر، مثل 1.25 أو 1.25%</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an id: 32 hex digits, like 0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a</source>
        <translation>«%1» ليس معرّفًا: 32 رقمًا ست عشريًا، مثل 0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a transaction id: 64 hex digits</source>
        <translation>«%1» ليس معرّف معاملة: 64 رقمًا ست عشريًا</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an invoice id: 32 hex digits (see courtyard invoices)</source>
        <translation>«%1» ليس معرّف فاتورة: 32 رقمًا ست عشريًا (انظر courtyard invoices)</translation>
    </message>
    <message>
        <source>give the invoice&apos;s key, invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt;</source>
        <translation>أعطِ مفتاح الفاتورة، invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an invoice: give its id (32 hex digits) or its key invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt; (see courtyard invoices)</source>
        <translation>«%1» ليست فاتورة: أعطِ معرّفها (32 رقمًا ست عشريًا) أو مفتاحها invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt; (انظر courtyard invoices)</translation>
    </message>
    <message>
        <source>%1 is not a file; give the document&apos;s file (its SHA-256 is signed) or its SHA-256 as 64 hex digits</source>
        <translation>%1 ليس ملفًا؛ أعطِ ملف المستند (يُوقَّع SHA-256 الخاص به) أو SHA-256 الخاص به بصيغة 64 رقمًا ست عشريًا</translation>
    </message>
    <message>
        <source>give the card&apos;s id as read from the card</source>
        <translation>أعطِ معرّف البطاقة كما قُرئ منها</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>«%1» ليس أحد: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a percentage like 5% or 2.5%: %2</source>
        <translation>«%1» ليس نسبة مئوية مثل 5% أو 2.5%: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a percentage (like 5%) nor an amount: %2</source>
        <translation>«%1» ليس نسبة مئوية (مثل 5%) ولا مبلغًا: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not REASON=AMOUNT, like &quot;cleaning=500.00&quot;</source>
        <translation>«%1» ليس بصيغة REASON=AMOUNT، مثل &quot;cleaning=500.00&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of hours from %2 to %3</source>
        <translation>«%1» ليس عدد ساعات من %2 إلى %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an enrollment code: it is %2 letters and digits, like 7K3Q-X9MD-R2TW-H4NB</source>
        <translation>«%1» ليس رمز تسجيل: يتكون من %2 حرفًا ورقمًا، مثل 7K3Q-X9MD-R2TW-H4NB</translation>
    </message>
    <message>
        <source>the first line of %1 is not a PIN of 4 to 12 digits</source>
        <translation>السطر الأول من %1 ليس رقمًا سريًا PIN من 4 إلى 12 رقمًا</translation>
    </message>
    <message>
        <source>unknown value type</source>
        <translation>نوع قيمة غير معروف</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>a unit number, like 12-0301</source>
        <translation>رقم وحدة، مثل 12-0301</translation>
    </message>
    <message>
        <source>an amount in the community&apos;s currency, like 4500.00</source>
        <translation>مبلغ بعملة المجتمع، مثل 4500.00</translation>
    </message>
    <message>
        <source>a day, YYYY-MM-DD</source>
        <translation>يوم، YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a month, YYYY-MM</source>
        <translation>شهر، YYYY-MM</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>عدد صحيح من %1 إلى %2</translation>
    </message>
    <message>
        <source>square metres, at most 2 decimals, like 85.50</source>
        <translation>أمتار مربعة، بمنزلتين عشريتين على الأكثر، مثل 85.50</translation>
    </message>
    <message>
        <source>a percentage, at most 2 decimals, like 1.25</source>
        <translation>نسبة مئوية، بمنزلتين عشريتين على الأكثر، مثل 1.25</translation>
    </message>
    <message>
        <source>32 hex digits</source>
        <translation>32 رقمًا ست عشريًا</translation>
    </message>
    <message>
        <source>a transaction id, 64 hex digits</source>
        <translation>معرّف معاملة، 64 رقمًا ست عشريًا</translation>
    </message>
    <message>
        <source>an invoice id, 32 hex digits (courtyard invoices)</source>
        <translation>معرّف فاتورة، 32 رقمًا ست عشريًا (courtyard invoices)</translation>
    </message>
    <message>
        <source>an invoice id (32 hex digits) or key invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt;</source>
        <translation>معرّف فاتورة (32 رقمًا ست عشريًا) أو مفتاح invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt;</translation>
    </message>
    <message>
        <source>a file, whose SHA-256 is signed, or the SHA-256 as 64 hex digits</source>
        <translation>ملف، يُوقَّع SHA-256 الخاص به، أو SHA-256 بصيغة 64 رقمًا ست عشريًا</translation>
    </message>
    <message>
        <source>the card&apos;s id as read from the card; only its SHA-256 is signed</source>
        <translation>معرّف البطاقة كما قُرئ منها؛ لا يُوقَّع إلا SHA-256 الخاص به</translation>
    </message>
    <message>
        <source>a public key (64 hex digits) or a key file</source>
        <translation>مفتاح عام (64 رقمًا ست عشريًا) أو ملف مفتاح</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>أحد: %1</translation>
    </message>
    <message>
        <source>a percentage like 5% or an amount like 50.00</source>
        <translation>نسبة مئوية مثل 5% أو مبلغ مثل 50.00</translation>
    </message>
    <message>
        <source>REASON=AMOUNT, like &quot;cleaning=500.00&quot;</source>
        <translation>REASON=AMOUNT، مثل &quot;cleaning=500.00&quot;</translation>
    </message>
    <message>
        <source>a file whose first line is the PIN, 4 to 12 digits; only its Argon2id hash is signed</source>
        <translation>ملف سطره الأول هو الرقم السري PIN، من 4 إلى 12 رقمًا؛ لا يُوقَّع إلا تجزئة Argon2id الخاصة به</translation>
    </message>
    <message>
        <source>a whole number of hours from %1 to %2</source>
        <translation>عدد صحيح من الساعات من %1 إلى %2</translation>
    </message>
    <message>
        <source>an enrollment code, 16 letters and digits like 7K3Q-X9MD-R2TW-H4NB</source>
        <translation>رمز تسجيل، 16 حرفًا ورقمًا مثل 7K3Q-X9MD-R2TW-H4NB</translation>
    </message>
    <message>
        <source>an enrollment code, 16 letters and digits like 7K3Q-X9MD-R2TW-H4NB; only its SHA-256 is signed</source>
        <translation>رمز تسجيل، 16 حرفًا ورقمًا مثل 7K3Q-X9MD-R2TW-H4NB؛ لا يُوقَّع إلا SHA-256 الخاص به</translation>
    </message>
    <message>
        <source>%1 needs --%2 %3: %4</source>
        <translation>يحتاج %1 إلى --%2 %3: %4</translation>
    </message>
    <message>
        <source>--%1 is given %2 times; give it once</source>
        <translation>أُعطي --%1 %2 مرات؛ أعطه مرة واحدة</translation>
    </message>
    <message>
        <source>--%1 goes with --%2</source>
        <translation>يُستخدم --%1 مع --%2</translation>
    </message>
    <message>
        <source>a percentage --%1 needs --%2 AMOUNT, the most one fee can be</source>
        <translation>يحتاج --%1 بنسبة مئوية إلى --%2 AMOUNT، أقصى ما يمكن أن تبلغه غرامة واحدة</translation>
    </message>
    <message>
        <source>--%1 goes with a percentage --%2 (like 5%), not with a fixed amount</source>
        <translation>يُستخدم --%1 مع --%2 بنسبة مئوية (مثل 5%)، لا مع مبلغ ثابت</translation>
    </message>
    <message>
        <source>%1 needs --%2</source>
        <translation>يحتاج %1 إلى --%2</translation>
    </message>
    <message>
        <source>%1 needs its parent field %2</source>
        <translation>يحتاج %1 إلى حقله الأصلي %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 hex digits; a public key has 64</source>
        <translation>«%1» فيه %2 رقمًا ست عشريًا؛ المفتاح العام 64 رقمًا</translation>
    </message>
    <message>
        <source>%1: nested deeper than %2 levels</source>
        <translation>%1: متداخل بأعمق من %2 مستويات</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number from -9223372036854775808 to 9223372036854775807 (amounts are integers of minor units; no fractions or exponents)</source>
        <translation>%1: %2 ليس عددًا صحيحًا من -9223372036854775808 إلى 9223372036854775807 (المبالغ أعداد صحيحة بأصغر وحدة للعملة؛ بلا كسور ولا أسس)</translation>
    </message>
    <message>
        <source>%1: {&quot;hex&quot;: ...} needs an even number of hex digits as a string</source>
        <translation>%1: يحتاج {&quot;hex&quot;: ...} إلى عدد زوجي من الأرقام الست عشرية كسلسلة نصية</translation>
    </message>
    <message>
        <source>%1: not a JSON value</source>
        <translation>%1: ليس قيمة JSON</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>ليس JSON صالحًا: %1 عند الحرف %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (a line has kind, version, fields, signer or signers, and time)</source>
        <translation>حقل غير معروف &apos;%1&apos; (في السطر kind وversion وfields وsigner أو signers وtime)</translation>
    </message>
    <message>
        <source>&apos;kind&apos; must be a text of 1 to %1 characters</source>
        <translation>يجب أن يكون &apos;kind&apos; نصًا من 1 إلى %1 حرف</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be a whole number from 1</source>
        <translation>يجب أن يكون &apos;version&apos; عددًا صحيحًا من 1 فأكثر</translation>
    </message>
    <message>
        <source>&apos;fields&apos; must be a JSON object (the payload)</source>
        <translation>يجب أن يكون &apos;fields&apos; كائن JSON (الحمولة)</translation>
    </message>
    <message>
        <source>give either &apos;signer&apos; (a key file) or &apos;signers&apos; (key files, the author first)</source>
        <translation>أعطِ إما &apos;signer&apos; (ملف مفتاح) أو &apos;signers&apos; (ملفات مفاتيح، صاحب المعاملة أولًا)</translation>
    </message>
    <message>
        <source>&apos;signers&apos; must list 1 to %1 key files</source>
        <translation>يجب أن يسرد &apos;signers&apos; من 1 إلى %1 ملفات مفاتيح</translation>
    </message>
    <message>
        <source>a signer must be the path of a key file</source>
        <translation>يجب أن يكون الموقّع مسار ملف مفتاح</translation>
    </message>
    <message>
        <source>the key file %1 is listed twice</source>
        <translation>ملف المفتاح %1 مذكور مرتين</translation>
    </message>
    <message>
        <source>&apos;time&apos; must be a date and time with its zone, like &quot;2027-01-05T10:00:00Z&quot;</source>
        <translation>يجب أن يكون &apos;time&apos; تاريخًا ووقتًا مع منطقته الزمنية، مثل &quot;2027-01-05T10:00:00Z&quot;</translation>
    </message>
    <message>
        <source>a sum of postings leaves the range of amounts</source>
        <translation>مجموع القيود يتجاوز نطاق المبالغ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time with its zone, like 2027-01-05T10:00:00Z</source>
        <translation>«%1» ليس تاريخًا ووقتًا مع منطقته الزمنية، مثل 2027-01-05T10:00:00Z</translation>
    </message>
    <message>
        <source>its time %1 is before the ledger&apos;s last block (%2): block times must not go backwards</source>
        <translation>وقتها %1 قبل آخر كتلة في السجل (%2): لا يجوز أن ترجع أوقات الكتل إلى الوراء</translation>
    </message>
    <message>
        <source>its time %1 is before line %2&apos;s %3: block times must not go backwards</source>
        <translation>وقتها %1 قبل %3 في السطر %2: لا يجوز أن ترجع أوقات الكتل إلى الوراء</translation>
    </message>
    <message>
        <source>the totals of %1 leave the range of amounts</source>
        <translation>مجاميع %1 تتجاوز نطاق المبالغ</translation>
    </message>
    <message>
        <source>the stored state is not that of block %1 (its projections are out of date or damaged); run &apos;courtyard replay&apos; to check the ledger and &apos;courtyard replay --rebuild&apos; to rebuild them</source>
        <translation>الحالة المخزنة ليست حالة الكتلة %1 (إسقاطاتها قديمة أو تالفة)؛ شغّل &apos;courtyard replay&apos; لفحص السجل و&apos;courtyard replay --rebuild&apos; لإعادة بنائها</translation>
    </message>
    <message>
        <source>its transactions are not the log range %1 to %2</source>
        <translation>معاملاتها ليست نطاق السجل من %1 إلى %2</translation>
    </message>
    <message>
        <source>refused by its contract: %1 (%2)</source>
        <translation>رفضتها قواعد عقدها: %1 (%2)</translation>
    </message>
    <message>
        <source>the state root after replay (%1) is not the header&apos;s (%2)</source>
        <translation>جذر الحالة بعد إعادة التشغيل (%1) ليس جذر الترويسة (%2)</translation>
    </message>
</context>
</TS>
