<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccessibilityBar</name>
    <message>
        <source>Larger text</source>
        <extracomment>Toggles larger text on every screen.</extracomment>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>High contrast</source>
        <extracomment>Toggles white and yellow on black colours.</extracomment>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <extracomment>Toggles spoken prompts.</extracomment>
        <translation>قراءة بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <source>Please check your payment</source>
        <extracomment>Title of the confirmation screen before paying.</extracomment>
        <translation>يرجى مراجعة دفعتك</translation>
    </message>
    <message>
        <source>You will pay</source>
        <extracomment>Label above the amount about to be paid.</extracomment>
        <translation>ستدفع</translation>
    </message>
    <message>
        <source>for unit %1</source>
        <extracomment>%1 is the unit number.</extracomment>
        <translation>للوحدة %1</translation>
    </message>
    <message>
        <source>This pays:</source>
        <extracomment>Heading of the list of what the payment settles.</extracomment>
        <translation>تغطي هذه الدفعة:</translation>
    </message>
    <message>
        <source>After you touch Pay now, follow the instructions on the card terminal.</source>
        <extracomment>Explains the next step on the confirmation screen.</extracomment>
        <translation>بعد لمس «ادفع الآن»، اتبع التعليمات على جهاز البطاقات.</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Goes back to change what to pay.</extracomment>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Pay now</source>
        <extracomment>Starts the card payment on the terminal.</extracomment>
        <translation>ادفع الآن</translation>
    </message>
</context>
<context>
    <name>CountdownDialog</name>
    <message>
        <source>Are you still there?</source>
        <extracomment>Asked after 45 seconds without a touch.</extracomment>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this screen will be cleared in %Ln second(s).</source>
        <extracomment>%Ln is the number of seconds before the kiosk signs the resident out.</extracomment>
        <translation>
            <numerusform>حفاظًا على خصوصيتك، ستُمسح الشاشة خلال %Ln ثانية.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستُمسح الشاشة خلال %Ln ثانية.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستُمسح الشاشة خلال %Ln ثانية.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستُمسح الشاشة خلال %Ln ثانية.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستُمسح الشاشة خلال %Ln ثانية.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستُمسح الشاشة خلال %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>I am still here</source>
        <extracomment>Button on the idle question: keep the session.</extracomment>
        <translation>ما زلت هنا</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Unit %1</source>
        <extracomment>Title of the home screen; %1 is the unit number.</extracomment>
        <translation>الوحدة %1</translation>
    </message>
    <message>
        <source>Due now</source>
        <extracomment>Label above the total amount the resident owes now.</extracomment>
        <translation>المستحق الآن</translation>
    </message>
    <message>
        <source>Next due date: %1</source>
        <extracomment>The next due date that has not passed yet; %1 is a date.</extracomment>
        <translation>تاريخ الاستحقاق التالي: %1</translation>
    </message>
    <message>
        <source>Nothing is due. Thank you!</source>
        <extracomment>Shown when no invoice is open.</extracomment>
        <translation>لا شيء مستحق. شكرًا لك!</translation>
    </message>
    <message>
        <source>Prepaid credit: %1</source>
        <extracomment>Money paid in advance; %1 is an amount.</extracomment>
        <translation>رصيد مدفوع مسبقًا: %1</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <extracomment>Heading of the list of unpaid invoices.</extracomment>
        <translation>الفواتير المفتوحة</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <extracomment>%1 is the due date of an invoice.</extracomment>
        <translation>متأخرة منذ %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>تستحق %1</translation>
    </message>
    <message>
        <source>Pay</source>
        <extracomment>Opens the payment screen.</extracomment>
        <translation>ادفع</translation>
    </message>
    <message>
        <source>Recent payments</source>
        <extracomment>Heading of the list of the unit&apos;s latest payments.</extracomment>
        <translation>الدفعات الأخيرة</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <extracomment>Shown when the unit has no payment yet.</extracomment>
        <translation>لا توجد دفعات بعد.</translation>
    </message>
    <message>
        <source>Repair requests</source>
        <extracomment>Heading of the list of the resident&apos;s repair requests.</extracomment>
        <translation>طلبات الإصلاح</translation>
    </message>
    <message>
        <source>No repair requests.</source>
        <extracomment>Shown when the resident has no repair request.</extracomment>
        <translation>لا توجد طلبات إصلاح.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <extracomment>How old a repair request is, in whole days.</extracomment>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Report a repair</source>
        <extracomment>Opens the form to report something broken.</extracomment>
        <translation>الإبلاغ عن عطل</translation>
    </message>
    <message>
        <source>Follow requests</source>
        <extracomment>Opens the list of the resident&apos;s repair requests with their history.</extracomment>
        <translation>متابعة الطلبات</translation>
    </message>
    <message>
        <source>Your credit score</source>
        <extracomment>Heading of the resident&apos;s own credit score.</extracomment>
        <translation>درجتك الائتمانية</translation>
    </message>
    <message>
        <source>Credit score %1</source>
        <extracomment>Accessible name of the score; %1 is the number.</extracomment>
        <translation>الدرجة الائتمانية %1</translation>
    </message>
    <message>
        <source>No score yet: it is worked out at the end of each month.</source>
        <extracomment>Shown instead of a score for a new resident.</extracomment>
        <translation>لا توجد درجة بعد: تُحسب في نهاية كل شهر.</translation>
    </message>
    <message>
        <source>Why:</source>
        <extracomment>Heading above the reasons that explain the score.</extracomment>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <extracomment>The part of the amount due whose due date has passed; %1 is an amount.</extracomment>
        <translation>متأخر: %1</translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <source>Who are you?</source>
        <extracomment>Title of the screen where the resident says who they are.</extracomment>
        <translation>من أنت؟</translation>
    </message>
    <message>
        <source>Your card</source>
        <extracomment>Heading: identify with the resident card.</extracomment>
        <translation>بطاقتك</translation>
    </message>
    <message>
        <source>Hold your resident card or the QR code on your phone to the reader below the screen.</source>
        <extracomment>Explains the card reader below the screen.</extracomment>
        <translation>قرّب بطاقة الساكن أو رمز QR على هاتفك من القارئ أسفل الشاشة.</translation>
    </message>
    <message>
        <source>Or your unit number</source>
        <extracomment>Heading: identify by typing the flat&apos;s unit number instead of a card.</extracomment>
        <translation>أو رقم وحدتك</translation>
    </message>
    <message>
        <source>Unit number: %1</source>
        <extracomment>Accessible name of the field showing the unit number typed so far.</extracomment>
        <translation>رقم الوحدة: %1</translation>
    </message>
    <message>
        <source>Continue</source>
        <extracomment>Goes on to the PIN after typing the unit number.</extracomment>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>KioskMain</name>
    <message>
        <source>The Courtyard lobby kiosk: residents pay rent and fees and follow repairs.</source>
        <translation>كشك الردهة Courtyard: يدفع السكان الإيجار والرسوم ويتابعون الإصلاحات.</translation>
    </message>
    <message>
        <source>Start on an embedded demo community (its own server on 127.0.0.1).</source>
        <translation>ابدأ بمجمع تجريبي مدمج (بخادمه الخاص على 127.0.0.1).</translation>
    </message>
    <message>
        <source>Keep the demo&apos;s ledger in &lt;dir&gt; (default: a temporary folder).</source>
        <translation>احفظ دفتر العرض التجريبي في &lt;dir&gt; (الافتراضي: مجلد مؤقت).</translation>
    </message>
    <message>
        <source>The kiosk&apos;s configuration file (default: %1).</source>
        <translation>ملف إعدادات الكشك (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>Render every screen in the four languages to PNG files in &lt;dir&gt;, then exit.</source>
        <translation>اعرض كل شاشة باللغات الأربع كملفات PNG في &lt;dir&gt; ثم اخرج.</translation>
    </message>
    <message>
        <source>A 1920x1080 window instead of full screen (for development).</source>
        <translation>نافذة 1920x1080 بدلًا من ملء الشاشة (للتطوير).</translation>
    </message>
    <message>
        <source>Start in &lt;code&gt;: en, zh_CN, ja or ar.</source>
        <translation>ابدأ باللغة &lt;code&gt;: en أو zh_CN أو ja أو ar.</translation>
    </message>
    <message>
        <source>Read a staff PIN from standard input and print its hash for staff_pin_hash.</source>
        <translation>اقرأ رمز الموظفين من الإدخال القياسي واطبع تجزئته لـ staff_pin_hash.</translation>
    </message>
    <message>
        <source>A staff PIN is 4 to 12 digits.</source>
        <translation>رمز الموظفين من ٤ إلى ١٢ رقمًا.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use en, zh_CN, ja or ar.</source>
        <translation>لغة غير معروفة &apos;%1&apos;: استخدم en أو zh_CN أو ja أو ar.</translation>
    </message>
    <message>
        <source>The demo community could not start: %1</source>
        <translation>تعذر تشغيل المجمع التجريبي: %1</translation>
    </message>
    <message>
        <source>Cannot read the kiosk&apos;s configuration %1: %2
Enroll the kiosk first (docs/kiosk.md), or try --demo.</source>
        <translation>تعذرت قراءة إعدادات الكشك %1: %2
سجّل الكشك أولًا (docs/kiosk.md)، أو جرّب --demo.</translation>
    </message>
    <message>
        <source>The kiosk could not open its ledger: %1</source>
        <translation>تعذر على الكشك فتح دفتره: %1</translation>
    </message>
    <message>
        <source>The kiosk&apos;s screens could not be loaded.</source>
        <translation>تعذر تحميل شاشات الكشك.</translation>
    </message>
</context>
<context>
    <name>KioskShell</name>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <extracomment>Accessible name of the row of language buttons.</extracomment>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>ListScrollBar</name>
    <message>
        <source>Scroll for more</source>
        <translation>مرّر لعرض المزيد</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Courtyard kiosk</source>
        <extracomment>The window title (seen only by staff tools; the kiosk has no title bar).</extracomment>
        <translation>كشك Courtyard</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Number pad</source>
        <extracomment>Accessible name of the on-screen number pad.</extracomment>
        <translation>لوحة الأرقام</translation>
    </message>
    <message>
        <source>Dash</source>
        <extracomment>Accessible name of the dash key used in unit numbers such as 1-0203.</extracomment>
        <translation>شرطة</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>The key on the number pad that removes the last digit typed.</extracomment>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message numerus="yes">
        <source>Offline — payments are saved and will be sent (%Ln waiting)</source>
        <extracomment>Banner while the server cannot be reached; %Ln payments wait on this kiosk.</extracomment>
        <translation>
            <numerusform>غير متصل — الدفعات محفوظة وستُرسل (%Ln قيد الانتظار)</numerusform>
            <numerusform>غير متصل — الدفعات محفوظة وستُرسل (%Ln قيد الانتظار)</numerusform>
            <numerusform>غير متصل — الدفعات محفوظة وستُرسل (%Ln قيد الانتظار)</numerusform>
            <numerusform>غير متصل — الدفعات محفوظة وستُرسل (%Ln قيد الانتظار)</numerusform>
            <numerusform>غير متصل — الدفعات محفوظة وستُرسل (%Ln قيد الانتظار)</numerusform>
            <numerusform>غير متصل — الدفعات محفوظة وستُرسل (%Ln قيد الانتظار)</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — payments are saved and will be sent</source>
        <extracomment>Banner while the server cannot be reached.</extracomment>
        <translation>غير متصل — الدفعات محفوظة وستُرسل</translation>
    </message>
</context>
<context>
    <name>PayScreen</name>
    <message>
        <source>What would you like to pay?</source>
        <extracomment>Title of the screen where the resident chooses what to pay.</extracomment>
        <translation>ماذا تريد أن تدفع؟</translation>
    </message>
    <message>
        <source>Pay everything due</source>
        <extracomment>Pays every open invoice at once.</extracomment>
        <translation>ادفع كل المستحق</translation>
    </message>
    <message>
        <source>Or choose invoices</source>
        <extracomment>Heading: pick some of the open invoices to pay.</extracomment>
        <translation>أو اختر فواتير</translation>
    </message>
    <message numerus="yes">
        <source>Pay %Ln invoice(s)</source>
        <extracomment>Pays the invoices ticked above; %Ln is how many.</extracomment>
        <translation>
            <numerusform>ادفع الفواتير (%Ln)</numerusform>
            <numerusform>ادفع الفواتير (%Ln)</numerusform>
            <numerusform>ادفع الفواتير (%Ln)</numerusform>
            <numerusform>ادفع الفواتير (%Ln)</numerusform>
            <numerusform>ادفع الفواتير (%Ln)</numerusform>
            <numerusform>ادفع الفواتير (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Or another amount</source>
        <extracomment>Heading: type an amount of one&apos;s own.</extracomment>
        <translation>أو مبلغ آخر</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <extracomment>Accessible name of the amount typed so far.</extracomment>
        <translation>المبلغ: %1</translation>
    </message>
    <message>
        <source>Pay this amount</source>
        <extracomment>Pays the amount typed on the number pad.</extracomment>
        <translation>ادفع هذا المبلغ</translation>
    </message>
    <message>
        <source>up to %1</source>
        <extracomment>%1 is the largest amount the kiosk takes at once.</extracomment>
        <translation>حتى %1</translation>
    </message>
</context>
<context>
    <name>PinDots</name>
    <message numerus="yes">
        <source>%Ln digit(s) entered</source>
        <extracomment>Read aloud for the masked PIN field; %Ln is how many digits were typed.</extracomment>
        <translation>
            <numerusform>أُدخلت %Ln أرقام</numerusform>
            <numerusform>أُدخلت %Ln أرقام</numerusform>
            <numerusform>أُدخلت %Ln أرقام</numerusform>
            <numerusform>أُدخلت %Ln أرقام</numerusform>
            <numerusform>أُدخلت %Ln أرقام</numerusform>
            <numerusform>أُدخلت %Ln أرقام</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Enter your PIN</source>
        <extracomment>Title of the PIN screen.</extracomment>
        <translation>أدخل رمزك</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <extracomment>Who is signing in; %1 is the unit number.</extracomment>
        <translation>الوحدة %1</translation>
    </message>
    <message>
        <source>Cover the keypad with your other hand. Your PIN is never shown.</source>
        <extracomment>Under the PIN title: privacy hint for a shared screen.</extracomment>
        <translation>غطِّ لوحة الأرقام بيدك الأخرى. لا يُعرض رمزك أبدًا.</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Confirms the PIN typed.</extracomment>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Checking your PIN…</source>
        <extracomment>Shown while the PIN typed is being checked (about a second).</extracomment>
        <translation>جارٍ التحقق من رمزك…</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <source>Receipt</source>
        <extracomment>Title of the receipt screen.</extracomment>
        <translation>الإيصال</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Receipt field label.</extracomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>Receipt field label.</extracomment>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Unit</source>
        <extracomment>Receipt field label: the flat&apos;s unit number.</extracomment>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Covers</source>
        <extracomment>Receipt field label: what the payment paid for.</extracomment>
        <translation>تغطي</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Receipt field label.</extracomment>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Approval code</source>
        <extracomment>Receipt field label: the code the card terminal gave.</extracomment>
        <translation>رمز الموافقة</translation>
    </message>
    <message>
        <source>Transaction</source>
        <extracomment>Receipt field label: the ledger&apos;s id of the payment.</extracomment>
        <translation>المعاملة</translation>
    </message>
    <message>
        <source>QR code to verify this receipt</source>
        <extracomment>Accessible name of the receipt&apos;s QR code.</extracomment>
        <translation>رمز QR للتحقق من هذا الإيصال</translation>
    </message>
    <message>
        <source>Scan to keep or verify this receipt.</source>
        <extracomment>Under the receipt&apos;s QR code.</extracomment>
        <translation>امسح الرمز لحفظ الإيصال أو التحقق منه.</translation>
    </message>
    <message>
        <source>Print</source>
        <extracomment>Prints the receipt on the kiosk&apos;s printer.</extracomment>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <extracomment>Saves the receipt as a PDF file.</extracomment>
        <translation>حفظ كملف PDF</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Leaves the receipt for the resident&apos;s overview.</extracomment>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>RepairScreen</name>
    <message>
        <source>In my unit</source>
        <extracomment>Where the repair is: inside the resident&apos;s own flat.</extracomment>
        <translation>في وحدتي</translation>
    </message>
    <message>
        <source>Common area</source>
        <extracomment>Where the repair is: stairs, lift, garden, ...</extracomment>
        <translation>منطقة مشتركة</translation>
    </message>
    <message>
        <source>Report a repair</source>
        <extracomment>Title of the repair request form.</extracomment>
        <translation>الإبلاغ عن عطل</translation>
    </message>
    <message>
        <source>What needs repair?</source>
        <extracomment>Form label: the kind of repair.</extracomment>
        <translation>ما الذي يحتاج إلى إصلاح؟</translation>
    </message>
    <message>
        <source>Where?</source>
        <extracomment>Form label: where the problem is.</extracomment>
        <translation>أين؟</translation>
    </message>
    <message>
        <source>How urgent?</source>
        <extracomment>Form label: how soon the repair is needed.</extracomment>
        <translation>ما مدى الاستعجال؟</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <extracomment>Form label: the resident describes the problem in their own words.</extracomment>
        <translation>ما المشكلة؟</translation>
    </message>
    <message>
        <source>For example: the kitchen tap drips</source>
        <extracomment>Placeholder of the description field.</extracomment>
        <translation>مثلًا: صنبور المطبخ يقطر</translation>
    </message>
    <message>
        <source>Send request</source>
        <extracomment>Sends the repair request.</extracomment>
        <translation>إرسال الطلب</translation>
    </message>
    <message>
        <source>Or type it, for example: stairwell B, 3rd floor</source>
        <extracomment>Placeholder of the location field, under the places to tap.</extracomment>
        <translation>أو اكتبه، مثلًا: الدرج B، الطابق الثالث</translation>
    </message>
</context>
<context>
    <name>RepairStatusScreen</name>
    <message>
        <source>Your repair requests</source>
        <extracomment>Title of the list of the resident&apos;s repair requests.</extracomment>
        <translation>طلبات الإصلاح الخاصة بك</translation>
    </message>
    <message>
        <source>No repair requests.</source>
        <translation>لا توجد طلبات إصلاح.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A repair request&apos;s heading: category, then urgency.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Requested %1, %Ln day(s) ago</source>
        <extracomment>%1 is when the request was made; %Ln its age in days.</extracomment>
        <translation>
            <numerusform>طُلب في %1، منذ %Ln يوم</numerusform>
            <numerusform>طُلب في %1، منذ %Ln يوم</numerusform>
            <numerusform>طُلب في %1، منذ %Ln يوم</numerusform>
            <numerusform>طُلب في %1، منذ %Ln يوم</numerusform>
            <numerusform>طُلب في %1، منذ %Ln يوم</numerusform>
            <numerusform>طُلب في %1، منذ %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <extracomment>Why the manager declined the request.</extracomment>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>Report another repair</source>
        <extracomment>Opens the form for another repair request.</extracomment>
        <translation>الإبلاغ عن عطل آخر</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <extracomment>Where the repair is, as the resident said it (a place like &quot;Kitchen&quot;, or typed).</extracomment>
        <translation>المكان: %1</translation>
    </message>
</context>
<context>
    <name>ScreenHeader</name>
    <message>
        <source>Back</source>
        <extracomment>Goes to the previous screen.</extracomment>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Ends the resident&apos;s session and clears the screen.</extracomment>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff menu</source>
        <extracomment>Title of the staff menu.</extracomment>
        <translation>قائمة الموظفين</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <extracomment>Asks staff for their PIN before the staff menu opens.</extracomment>
        <translation>رمز الموظفين</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Shown for the server when the kiosk has none configured.
----------
Shown when the device has no error to report.</extracomment>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Last block</source>
        <translation>آخر كتلة</translation>
    </message>
    <message>
        <source>#%1 at %2</source>
        <extracomment>%1 is the block&apos;s height, %2 its time.</extracomment>
        <translation>#%1 في %2</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message numerus="yes">
        <source>%Ln transaction(s)</source>
        <extracomment>Outbox entries not yet sealed into a block.</extracomment>
        <translation>
            <numerusform>المعاملات: %Ln</numerusform>
            <numerusform>المعاملات: %Ln</numerusform>
            <numerusform>المعاملات: %Ln</numerusform>
            <numerusform>المعاملات: %Ln</numerusform>
            <numerusform>المعاملات: %Ln</numerusform>
            <numerusform>المعاملات: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Open card payments</source>
        <translation>دفعات بطاقات معلقة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unresolved</source>
        <extracomment>Terminal payments whose outcome is not known yet.</extracomment>
        <translation>
            <numerusform>غير محسومة: %Ln</numerusform>
            <numerusform>غير محسومة: %Ln</numerusform>
            <numerusform>غير محسومة: %Ln</numerusform>
            <numerusform>غير محسومة: %Ln</numerusform>
            <numerusform>غير محسومة: %Ln</numerusform>
            <numerusform>غير محسومة: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>جهاز الدفع</translation>
    </message>
    <message>
        <source>Device key</source>
        <translation>مفتاح الجهاز</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>آخر خطأ</translation>
    </message>
    <message>
        <source>Rejected transactions</source>
        <extracomment>Heading: transactions the server refused, with its reasons.</extracomment>
        <translation>المعاملات المرفوضة</translation>
    </message>
    <message>
        <source>Simulated terminal: next answer</source>
        <extracomment>Demo only: choose what the simulated card terminal answers next.</extracomment>
        <translation>الجهاز المحاكى: الرد التالي</translation>
    </message>
    <message>
        <source>Approve</source>
        <extracomment>Simulated terminal answer.</extracomment>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Decline</source>
        <extracomment>Simulated terminal answer.</extracomment>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Time out</source>
        <extracomment>Simulated terminal answer.</extracomment>
        <translation>انتهاء المهلة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Simulated terminal answer.</extracomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Back to welcome</source>
        <extracomment>Leaves the staff menu for the welcome screen.</extracomment>
        <translation>العودة إلى الترحيب</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <extracomment>Closes the kiosk application (staff only).</extracomment>
        <translation>الخروج إلى سطح المكتب</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <extracomment>Shown while the staff PIN typed is being checked.</extracomment>
        <translation>جارٍ التحقق من الرمز…</translation>
    </message>
</context>
<context>
    <name>StartupScreen</name>
    <message>
        <source>One moment…</source>
        <extracomment>Shown when a card, a unit number or the staff button was used while the kiosk is still starting; it is handled in a few seconds.</extracomment>
        <translation>لحظة من فضلك…</translation>
    </message>
    <message>
        <source>The kiosk is getting ready and will continue by itself.</source>
        <extracomment>Below &quot;One moment…&quot;: the kiosk is still starting and will continue by itself.</extracomment>
        <translation>الكشك يستعد وسيتابع من تلقاء نفسه.</translation>
    </message>
    <message>
        <source>This kiosk cannot be used now. Please tell the building&apos;s staff.</source>
        <extracomment>Below the reason the kiosk cannot start: residents cannot use it until staff repair it.</extracomment>
        <translation>لا يمكن استخدام هذا الكشك الآن. يرجى إبلاغ موظفي المبنى.</translation>
    </message>
</context>
<context>
    <name>TerminalScreen</name>
    <message>
        <source>Payment approved</source>
        <extracomment>The payment terminal accepted the card.</extracomment>
        <translation>تمت الموافقة على الدفع</translation>
    </message>
    <message>
        <source>Card declined</source>
        <extracomment>The bank refused the card.</extracomment>
        <translation>رُفضت البطاقة</translation>
    </message>
    <message>
        <source>No answer from the terminal</source>
        <extracomment>The payment terminal did not answer in time.</extracomment>
        <translation>لا رد من الجهاز</translation>
    </message>
    <message>
        <source>Payment cancelled</source>
        <extracomment>The resident or the terminal stopped the payment.</extracomment>
        <translation>أُلغيت الدفعة</translation>
    </message>
    <message>
        <source>Please use the card terminal</source>
        <extracomment>While the card terminal works.</extracomment>
        <translation>يرجى استخدام جهاز البطاقات</translation>
    </message>
    <message>
        <source>Thank you. Your payment is recorded and your receipt is ready.</source>
        <extracomment>After approval; the payment is in the kiosk&apos;s outbox until the server seals it.</extracomment>
        <translation>شكرًا لك. سُجلت دفعتك وإيصالك جاهز.</translation>
    </message>
    <message>
        <source>No money was taken. You can try another card or pay later.</source>
        <translation>لم يُخصم أي مبلغ. جرّب بطاقة أخرى أو ادفع لاحقًا.</translation>
    </message>
    <message>
        <source>We do not know yet whether the card was charged. Touch Check again: you will never be charged twice.</source>
        <extracomment>After a terminal time-out: asking again never charges twice.</extracomment>
        <translation>لا نعرف بعد إن خُصم المبلغ. المس «تحقق مجددًا»: لن يُخصم مرتين أبدًا.</translation>
    </message>
    <message>
        <source>No money was taken.</source>
        <translation>لم يُخصم أي مبلغ.</translation>
    </message>
    <message>
        <source>Insert, tap or swipe your card on the terminal and follow its instructions.</source>
        <translation>أدخل بطاقتك أو المسها أو مرّرها على الجهاز واتبع تعليماته.</translation>
    </message>
    <message>
        <source>See receipt</source>
        <extracomment>Shows the receipt of the payment just made.</extracomment>
        <translation>عرض الإيصال</translation>
    </message>
    <message>
        <source>Check again</source>
        <extracomment>Asks the terminal again about a payment that timed out.</extracomment>
        <translation>تحقق مجددًا</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>Goes back to choose what to pay after a declined or cancelled payment.</extracomment>
        <translation>حاول مجددًا</translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Back to the resident&apos;s overview.</extracomment>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Staff</source>
        <extracomment>Opens the staff menu (asks for the staff PIN first).</extracomment>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>The first word on the lobby screen.</extracomment>
        <translation>أهلًا وسهلًا</translation>
    </message>
    <message>
        <source>Hold your resident card or QR code to the reader, or touch Start.</source>
        <extracomment>How to begin: with the resident card / QR code on the reader, or the Start button.</extracomment>
        <translation>قرّب بطاقة الساكن أو رمز QR من القارئ، أو المس «ابدأ».</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Starts a session on the welcome screen.</extracomment>
        <translation>ابدأ</translation>
    </message>
</context>
<context>
    <name>courtyard::contracts</name>
    <message>
        <source>Not enough payment history yet: the score is the neutral one</source>
        <translation>سجل الدفع غير كافٍ بعد: الدرجة محايدة</translation>
    </message>
    <message>
        <source>Dues paid by their due date over the last 24 months</source>
        <translation>مستحقات دُفعت في موعدها خلال آخر ٢٤ شهرًا</translation>
    </message>
    <message>
        <source>Late payments in the last 12 months</source>
        <translation>دفعات متأخرة خلال آخر ١٢ شهرًا</translation>
    </message>
    <message>
        <source>Late payments 12 to 24 months ago</source>
        <translation>دفعات متأخرة قبل ١٢ إلى ٢٤ شهرًا</translation>
    </message>
    <message>
        <source>Dues past their due date that are still unpaid</source>
        <translation>مستحقات تجاوزت موعدها ولم تُدفع بعد</translation>
    </message>
    <message>
        <source>Living in the community for less than a year</source>
        <translation>الإقامة في المجمع أقل من سنة</translation>
    </message>
    <message>
        <source>Living in the community for a year or more</source>
        <translation>الإقامة في المجمع سنة أو أكثر</translation>
    </message>
    <message>
        <source>Payments that were reversed in the last 24 months</source>
        <translation>دفعات أُلغيت خلال آخر ٢٤ شهرًا</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an invoice key (invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt;)</source>
        <translation>&apos;%1&apos; ليس مفتاح فاتورة (invoice/&lt;unit&gt;/&lt;due&gt;/&lt;id&gt;)</translation>
    </message>
    <message>
        <source>say in 1 to %1 characters why</source>
        <translation>اذكر السبب في 1 إلى %1 حرفًا</translation>
    </message>
</context>
<context>
    <name>courtyard::contracts::DisputeContract</name>
    <message>
        <source>a dispute is filed at a kiosk or by the manager</source>
        <translation>يُقدَّم الاعتراض من الكشك أو من المدير</translation>
    </message>
    <message>
        <source>there is no invoice %1</source>
        <translation>لا توجد فاتورة %1</translation>
    </message>
    <message>
        <source>this resident does not live in unit %1</source>
        <translation>هذا الساكن لا يقيم في الوحدة %1</translation>
    </message>
    <message>
        <source>this invoice has already been disputed</source>
        <translation>اعتُرض على هذه الفاتورة من قبل</translation>
    </message>
</context>
<context>
    <name>courtyard::contracts::ResolveDisputeContract</name>
    <message>
        <source>a dispute is resolved as &quot;upheld&quot; or &quot;corrected&quot;</source>
        <translation>يُحسم الاعتراض بـ«تأييد» أو «تصحيح»</translation>
    </message>
    <message>
        <source>invoice %1 is not disputed</source>
        <translation>الفاتورة %1 غير معترض عليها</translation>
    </message>
    <message>
        <source>this dispute has already been resolved</source>
        <translation>حُسم هذا الاعتراض من قبل</translation>
    </message>
</context>
<context>
    <name>courtyard::kiosk</name>
    <message>
        <source>there is no kiosk configuration at %1</source>
        <translation>لا توجد إعدادات كشك في %1</translation>
    </message>
    <message>
        <source>%1 is not a readable INI file</source>
        <translation>%1 ليس ملف INI قابلًا للقراءة</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos; in [kiosk]</source>
        <translation>%1: مفتاح غير معروف &apos;%2&apos; في [kiosk]</translation>
    </message>
    <message>
        <source>%1: &apos;ledger&apos; and &apos;key&apos; are required (what `courtyard enroll` made)</source>
        <translation>%1: &apos;ledger&apos; و&apos;key&apos; مطلوبان (ما أنشأه `courtyard enroll`)</translation>
    </message>
    <message>
        <source>%1: &apos;server&apos; must be wss://HOST:PORT</source>
        <translation>%1: يجب أن يكون &apos;server&apos; بالشكل wss://HOST:PORT</translation>
    </message>
    <message>
        <source>%1: &apos;server_pin&apos; must be the server certificate&apos;s SHA-256 fingerprint</source>
        <translation>%1: يجب أن يكون &apos;server_pin&apos; بصمة SHA-256 لشهادة الخادم</translation>
    </message>
    <message>
        <source>%1: &apos;staff_pin_hash&apos; must be the Argon2id hash of the staff PIN ($argon2id$...)</source>
        <translation>%1: يجب أن يكون &apos;staff_pin_hash&apos; تجزئة Argon2id لرمز الموظفين ($argon2id$...)</translation>
    </message>
    <message>
        <source>%1: &apos;idle_seconds&apos; must be a whole number from 10 to 600</source>
        <translation>%1: يجب أن يكون &apos;idle_seconds&apos; عددًا صحيحًا من 10 إلى 600</translation>
    </message>
    <message>
        <source>Your account cannot be shown right now. Please ask the office.</source>
        <translation>لا يمكن عرض حسابك الآن. يرجى مراجعة المكتب.</translation>
    </message>
    <message>
        <source>cannot make a temporary folder for the demo</source>
        <translation>تعذر إنشاء مجلد مؤقت للعرض التجريبي</translation>
    </message>
    <message>
        <source>cannot make the demo folder %1</source>
        <translation>تعذر إنشاء مجلد العرض التجريبي %1</translation>
    </message>
    <message>
        <source>the demo folder %1 holds a demo already; use an empty folder</source>
        <translation>مجلد العرض التجريبي %1 يحوي عرضًا بالفعل؛ استخدم مجلدًا فارغًا</translation>
    </message>
    <message>
        <source>cannot copy the demo ledger to %1</source>
        <translation>تعذر نسخ دفتر العرض التجريبي إلى %1</translation>
    </message>
    <message>
        <source>Online: up to date with the community server</source>
        <translation>متصل: متزامن مع خادم المجمع</translation>
    </message>
    <message>
        <source>Connecting to the community server</source>
        <translation>جارٍ الاتصال بخادم المجمع</translation>
    </message>
    <message>
        <source>Receiving new blocks from the community server</source>
        <translation>جارٍ استلام كتل جديدة من خادم المجمع</translation>
    </message>
    <message>
        <source>The community server refused this kiosk (revoked or not enrolled)</source>
        <translation>رفض خادم المجمع هذا الكشك (مُلغى أو غير مسجل)</translation>
    </message>
    <message>
        <source>Stopped: a block from the server failed verification; evidence was kept</source>
        <translation>متوقف: فشل التحقق من كتلة من الخادم؛ حُفظ الدليل</translation>
    </message>
    <message>
        <source>Offline: the community server cannot be reached</source>
        <translation>غير متصل: تعذر الوصول إلى خادم المجمع</translation>
    </message>
    <message>
        <source>Offline: no community server configured</source>
        <translation>غير متصل: لم يُضبط خادم للمجمع</translation>
    </message>
    <message numerus="yes">
        <source>Offline — payments are saved and will be sent (%Ln waiting)</source>
        <translation>
            <numerusform>غير متصل — الدفعات محفوظة وستُرسل (%Ln قيد الانتظار)</numerusform>
            <numerusform>غير متصل — الدفعات محفوظة وستُرسل (%Ln قيد الانتظار)</numerusform>
            <numerusform>غير متصل — الدفعات محفوظة وستُرسل (%Ln قيد الانتظار)</numerusform>
            <numerusform>غير متصل — الدفعات محفوظة وستُرسل (%Ln قيد الانتظار)</numerusform>
            <numerusform>غير متصل — الدفعات محفوظة وستُرسل (%Ln قيد الانتظار)</numerusform>
            <numerusform>غير متصل — الدفعات محفوظة وستُرسل (%Ln قيد الانتظار)</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — payments are saved and will be sent</source>
        <translation>غير متصل — الدفعات محفوظة وستُرسل</translation>
    </message>
    <message>
        <source>Card payment</source>
        <translation>دفع بالبطاقة</translation>
    </message>
    <message>
        <source>Repair request</source>
        <translation>طلب إصلاح</translation>
    </message>
    <message>
        <source>Wrong PIN record</source>
        <translation>سجل رمز خاطئ</translation>
    </message>
    <message>
        <source>Sign-in record</source>
        <translation>سجل تسجيل الدخول</translation>
    </message>
    <message>
        <source>Too many wrong staff PINs. Try again in a few minutes.</source>
        <translation>أخطاء كثيرة في رمز الموظفين. حاول مجددًا بعد دقائق.</translation>
    </message>
    <message>
        <source>Wrong staff PIN.</source>
        <translation>رمز الموظفين غير صحيح.</translation>
    </message>
    <message>
        <source>the kiosk&apos;s max_payment &apos;%1&apos; is not a positive amount of %2</source>
        <translation>قيمة max_payment للكشك &apos;%1&apos; ليست مبلغًا موجبًا بعملة %2</translation>
    </message>
    <message>
        <source>cannot read the kiosk&apos;s key %1: %2</source>
        <translation>تعذرت قراءة مفتاح الكشك %1: %2</translation>
    </message>
    <message>
        <source>cannot read the passphrase file %1: %2</source>
        <translation>تعذرت قراءة ملف عبارة المرور %1: %2</translation>
    </message>
    <message>
        <source>the kiosk&apos;s ledger %1 (made by `courtyard enroll`)</source>
        <translation>دفتر الكشك %1 (أنشأه `courtyard enroll`)</translation>
    </message>
    <message>
        <source>Pay %1 for unit %2</source>
        <extracomment>%1 is an amount with its currency, %2 a unit number</extracomment>
        <translation>ادفع %1 للوحدة %2</translation>
    </message>
    <message>
        <source>%1: %2 (part of %3)</source>
        <translation>%1: %2 (جزء من %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Prepaid credit for the next bills: %1</source>
        <translation>رصيد مسبق للفواتير القادمة: %1</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>يرجى تسجيل الدخول أولًا.</translation>
    </message>
    <message>
        <source>There is nothing to pay.</source>
        <translation>لا يوجد ما يُدفع.</translation>
    </message>
    <message>
        <source>The kiosk takes at most %1 in one payment. Please pay a smaller amount, or pay the rest at the office.</source>
        <translation>يقبل الكشك %1 كحد أقصى للدفعة الواحدة. ادفع مبلغًا أصغر أو ادفع الباقي في المكتب.</translation>
    </message>
    <message>
        <source>Choose at least one bill to pay.</source>
        <translation>اختر فاتورة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>That bill is not open any more. Please choose again.</source>
        <translation>لم تعد هذه الفاتورة مفتوحة. يرجى الاختيار مجددًا.</translation>
    </message>
    <message>
        <source>Amounts in %1 have no decimals. Type a whole number.</source>
        <translation>مبالغ %1 بلا كسور. اكتب عددًا صحيحًا.</translation>
    </message>
    <message numerus="yes">
        <source>Amounts in %1 have at most %Ln decimals.</source>
        <translation>
            <numerusform>مبالغ %1 لها %Ln منازل عشرية كحد أقصى.</numerusform>
            <numerusform>مبالغ %1 لها %Ln منازل عشرية كحد أقصى.</numerusform>
            <numerusform>مبالغ %1 لها %Ln منازل عشرية كحد أقصى.</numerusform>
            <numerusform>مبالغ %1 لها %Ln منازل عشرية كحد أقصى.</numerusform>
            <numerusform>مبالغ %1 لها %Ln منازل عشرية كحد أقصى.</numerusform>
            <numerusform>مبالغ %1 لها %Ln منازل عشرية كحد أقصى.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount. Type it with digits, for example 1200.50.</source>
        <translation>&apos;%1&apos; ليس مبلغًا. اكتبه بالأرقام، مثلًا 1200.50.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>يجب أن يكون المبلغ أكبر من صفر.</translation>
    </message>
    <message>
        <source>The kiosk cannot take payments right now (it cannot save them). Nothing was charged. Please pay at the office.</source>
        <translation>لا يستطيع الكشك قبول الدفعات الآن (تعذر الحفظ). لم يُخصم شيء. يرجى الدفع في المكتب.</translation>
    </message>
    <message>
        <source>Your card was charged, but the kiosk could not record the payment. Please show reference %1 at the office.</source>
        <translation>خُصم المبلغ من بطاقتك لكن الكشك لم يسجل الدفعة. أظهر المرجع %1 في المكتب.</translation>
    </message>
    <message>
        <source>The card was declined. Nothing was charged.</source>
        <translation>رُفضت البطاقة. لم يُخصم شيء.</translation>
    </message>
    <message>
        <source>The terminal did not answer. Press Pay to ask it again: you will not be charged twice.</source>
        <translation>لم يستجب الجهاز. اضغط «ادفع» للسؤال مجددًا: لن يُخصم المبلغ مرتين.</translation>
    </message>
    <message>
        <source>The payment was cancelled on the terminal. Nothing was charged.</source>
        <translation>أُلغيت الدفعة على الجهاز. لم يُخصم شيء.</translation>
    </message>
    <message>
        <source>The terminal did not take the payment. Nothing was charged.</source>
        <translation>لم يقبل الجهاز الدفعة. لم يُخصم شيء.</translation>
    </message>
    <message>
        <source>Simulated payment terminal</source>
        <translation>جهاز دفع محاكى</translation>
    </message>
    <message>
        <source>The card was declined. Try another card or pay at the office.</source>
        <translation>رُفضت البطاقة. جرّب بطاقة أخرى أو ادفع في المكتب.</translation>
    </message>
    <message>
        <source>Confirmed in block %1</source>
        <translation>مؤكدة في الكتلة %1</translation>
    </message>
    <message>
        <source>Pending: saved on this kiosk, waiting for the community server</source>
        <translation>قيد الانتظار: محفوظة على هذا الكشك بانتظار خادم المجمع</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>إيصال الدفع</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>الوحدة: %1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>المبلغ: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>الوقت: %1</translation>
    </message>
    <message>
        <source>Paid at: %1</source>
        <translation>مكان الدفع: %1</translation>
    </message>
    <message>
        <source>lobby kiosk, card terminal</source>
        <translation>كشك الردهة، جهاز البطاقات</translation>
    </message>
    <message>
        <source>Approval code: %1</source>
        <translation>رمز الموافقة: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>المرجع: %1</translation>
    </message>
    <message>
        <source>Covers:</source>
        <translation>تغطي:</translation>
    </message>
    <message>
        <source>Transaction: %1</source>
        <translation>المعاملة: %1</translation>
    </message>
    <message>
        <source>There is no receipt to save.</source>
        <translation>لا يوجد إيصال لحفظه.</translation>
    </message>
    <message>
        <source>Payment receipt %1</source>
        <translation>إيصال الدفع %1</translation>
    </message>
    <message>
        <source>The receipt could not be saved to %1.</source>
        <translation>تعذر حفظ الإيصال في %1.</translation>
    </message>
    <message>
        <source>The receipt was saved.</source>
        <translation>حُفظ الإيصال.</translation>
    </message>
    <message>
        <source>There is no receipt to print.</source>
        <translation>لا يوجد إيصال لطباعته.</translation>
    </message>
    <message>
        <source>No printer is connected to this kiosk. Take a photo of the QR code, or ask the office for a printed receipt.</source>
        <translation>لا توجد طابعة متصلة بهذا الكشك. صوّر رمز QR أو اطلب إيصالًا مطبوعًا من المكتب.</translation>
    </message>
    <message>
        <source>The printer %1 did not accept the receipt. Please ask the office.</source>
        <translation>لم تقبل الطابعة %1 الإيصال. يرجى مراجعة المكتب.</translation>
    </message>
    <message>
        <source>The receipt is printing on %1.</source>
        <translation>تجري طباعة الإيصال على %1.</translation>
    </message>
    <message>
        <source>Choose what needs repair.</source>
        <translation>اختر ما يحتاج إلى إصلاح.</translation>
    </message>
    <message>
        <source>Choose how urgent it is.</source>
        <translation>اختر مدى الاستعجال.</translation>
    </message>
    <message>
        <source>Describe the problem in a few words.</source>
        <translation>صف المشكلة في كلمات قليلة.</translation>
    </message>
    <message numerus="yes">
        <source>The location can be at most %Ln characters.</source>
        <translation>
            <numerusform>الموقع %Ln حرفًا كحد أقصى.</numerusform>
            <numerusform>الموقع %Ln حرفًا كحد أقصى.</numerusform>
            <numerusform>الموقع %Ln حرفًا كحد أقصى.</numerusform>
            <numerusform>الموقع %Ln حرفًا كحد أقصى.</numerusform>
            <numerusform>الموقع %Ln حرفًا كحد أقصى.</numerusform>
            <numerusform>الموقع %Ln حرفًا كحد أقصى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The description can be at most %Ln characters.</source>
        <translation>
            <numerusform>الوصف %Ln حرفًا كحد أقصى.</numerusform>
            <numerusform>الوصف %Ln حرفًا كحد أقصى.</numerusform>
            <numerusform>الوصف %Ln حرفًا كحد أقصى.</numerusform>
            <numerusform>الوصف %Ln حرفًا كحد أقصى.</numerusform>
            <numerusform>الوصف %Ln حرفًا كحد أقصى.</numerusform>
            <numerusform>الوصف %Ln حرفًا كحد أقصى.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kiosk cannot save your request right now. Please tell the office.</source>
        <translation>لا يستطيع الكشك حفظ طلبك الآن. يرجى إبلاغ المكتب.</translation>
    </message>
    <message>
        <source>The request was not accepted: %1</source>
        <translation>لم يُقبل الطلب: %1</translation>
    </message>
    <message>
        <source>Your request was sent. You can follow it under My repairs.</source>
        <translation>أُرسل طلبك. يمكنك متابعته في «إصلاحاتي».</translation>
    </message>
    <message>
        <source>The card could not be read. Hold it still against the reader and try again.</source>
        <translation>تعذرت قراءة البطاقة. ثبّتها على القارئ وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The kiosk cannot read its records right now. Please ask the office.</source>
        <translation>لا يستطيع الكشك قراءة سجلاته الآن. يرجى مراجعة المكتب.</translation>
    </message>
    <message>
        <source>This card is not known here. Ask the office to enroll it, or use your unit number.</source>
        <translation>هذه البطاقة غير معروفة هنا. اطلب من المكتب تسجيلها أو استخدم رقم وحدتك.</translation>
    </message>
    <message>
        <source>This card belongs to nobody living here now. Please ask the office.</source>
        <translation>هذه البطاقة لا تخص أي ساكن حالي. يرجى مراجعة المكتب.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a unit number. Type it as on your door, for example 12-0301.</source>
        <translation>&apos;%1&apos; ليس رقم وحدة. اكتبه كما على بابك، مثلًا 12-0301.</translation>
    </message>
    <message>
        <source>There is no unit %1 here. Check the number on your door.</source>
        <translation>لا توجد وحدة %1 هنا. تحقق من الرقم على بابك.</translation>
    </message>
    <message>
        <source>Nobody in unit %1 has a card with a PIN yet. The office can enroll one.</source>
        <translation>لا أحد في الوحدة %1 لديه بطاقة برمز بعد. يمكن للمكتب تسجيل واحدة.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. This card is locked until %1.</source>
        <translation>أخطاء كثيرة في الرمز. البطاقة مقفلة حتى %1.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>الرمز من ٤ إلى ١٢ رقمًا.</translation>
    </message>
    <message>
        <source>Wrong PIN. Too many wrong PINs: this card is locked until %1. The office can help.</source>
        <translation>رمز خاطئ. أخطاء كثيرة: البطاقة مقفلة حتى %1. يمكن للمكتب المساعدة.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %Ln tries left before the card is locked.</source>
        <translation>
            <numerusform>رمز خاطئ. تبقّى %Ln محاولات قبل قفل البطاقة.</numerusform>
            <numerusform>رمز خاطئ. تبقّى %Ln محاولات قبل قفل البطاقة.</numerusform>
            <numerusform>رمز خاطئ. تبقّى %Ln محاولات قبل قفل البطاقة.</numerusform>
            <numerusform>رمز خاطئ. تبقّى %Ln محاولات قبل قفل البطاقة.</numerusform>
            <numerusform>رمز خاطئ. تبقّى %Ln محاولات قبل قفل البطاقة.</numerusform>
            <numerusform>رمز خاطئ. تبقّى %Ln محاولات قبل قفل البطاقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &apos;sqlite_memory_mib&apos; must be a whole number from 0 (no limit) to 4096</source>
        <translation>%1: يجب أن يكون &apos;sqlite_memory_mib&apos; عددًا صحيحًا من 0 (بلا حد) إلى 4096</translation>
    </message>
    <message>
        <source>Kiosk enrollment</source>
        <translation>تسجيل الكشك</translation>
    </message>
    <message>
        <source>Other transaction</source>
        <translation>معاملة أخرى</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <extracomment>A place to tap on the repair form: where the problem is.</extracomment>
        <translation>المطبخ</translation>
    </message>
    <message>
        <source>Bathroom</source>
        <extracomment>A place to tap on the repair form: where the problem is.</extracomment>
        <translation>الحمّام</translation>
    </message>
    <message>
        <source>Bedroom</source>
        <extracomment>A place to tap on the repair form: where the problem is.</extracomment>
        <translation>غرفة النوم</translation>
    </message>
    <message>
        <source>Living room</source>
        <extracomment>A place to tap on the repair form: where the problem is.</extracomment>
        <translation>غرفة المعيشة</translation>
    </message>
    <message>
        <source>Balcony</source>
        <extracomment>A place to tap on the repair form: where the problem is.</extracomment>
        <translation>الشرفة</translation>
    </message>
    <message>
        <source>Front door</source>
        <extracomment>A place to tap on the repair form: the flat&apos;s own entrance door.</extracomment>
        <translation>باب الشقة</translation>
    </message>
    <message>
        <source>Corridor</source>
        <extracomment>A place to tap on the repair form: the shared corridor outside the flats.</extracomment>
        <translation>الممر</translation>
    </message>
    <message>
        <source>Stairwell</source>
        <extracomment>A place to tap on the repair form: the building&apos;s stairs.</extracomment>
        <translation>الدرج</translation>
    </message>
    <message>
        <source>Say where the problem is: tap a place or type it.</source>
        <translation>حدّد مكان المشكلة: المس مكانًا أو اكتبه.</translation>
    </message>
</context>
<context>
    <name>courtyard::views</name>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>How a month and its year are written, in Qt&apos;s date format letters: &quot;MMMM yyyy&quot; gives &quot;March 2027&quot;; Chinese and Japanese write &quot;yyyy年M月&quot;.</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
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
