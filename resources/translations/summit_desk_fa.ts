<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fa_IR">
<context>
    <name>ArrivalCountsModel</name>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/counts_model.py" line="61" />
        <source>Arrived %1</source>
        <translation>ورود %1</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/counts_model.py" line="77" />
        <source>%1 / %2</source>
        <translation>%1 از %2</translation>
    </message>
</context>
<context>
    <name>ArrivalsModel</name>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/arrivals_model.py" line="131" />
        <source>undone</source>
        <translation>لغو شد</translation>
    </message>
</context>
<context>
    <name>BadgesController</name>
    <message>
        <location filename="../../src/summit_desk/ui/badges/controller.py" line="210" />
        <location filename="../../src/summit_desk/ui/badges/controller.py" line="284" />
        <source>Preview the badges first.</source>
        <translation>نخست پیش‌نمایش کارت‌ها را ببینید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/controller.py" line="287" />
        <source>Give the supervisor's name and PIN.</source>
        <translation>نام و رمز سرپرست را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/controller.py" line="290" />
        <source>Give a reason: it is kept with the new badges.</source>
        <translation>دلیلی بنویسید: همراه کارت‌های تازه نگه داشته می‌شود.</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="57" />
        <source>All delegations</source>
        <translation>همهٔ هیئت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="59" />
        <source>All categories</source>
        <translation>همهٔ رده‌ها</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="64" />
        <source>Refs, for example GIL-001, BAK-007</source>
        <translation>شناسه‌ها، برای نمونه ⁦GIL-001, BAK-007⁩</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="66" />
        <source>The person at check-in</source>
        <translation>فرد یافته‌شده در پذیرش</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="80" />
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="82" />
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="83" />
        <source>Reissue…</source>
        <translation>صدور دوباره…</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="84" />
        <source>Print the badge at each check-in</source>
        <translation>چاپ کارت هنگام هر پذیرش</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="87" />
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="92" />
        <source>Choose whose badges to print (a delegation, a category or some refs) and the layout, then press Preview: the badges appear here, as they will be printed.</source>
        <translation>کارت چه کسانی را می‌خواهید (یک هیئت، یک رده یا چند شناسه) و قالب را برگزینید، سپس «پیش‌نمایش» را بزنید: کارت‌ها همان‌گونه که چاپ می‌شوند این‌جا دیده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="116" />
        <source>Whose badges</source>
        <translation>کارت چه کسانی</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="118" />
        <source>Delegation</source>
        <translation>هیئت</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="119" />
        <source>Category</source>
        <translation>رده</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="120" />
        <source>People</source>
        <translation>نفرات</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="122" />
        <source>Printing</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="124" />
        <source>Layout</source>
        <translation>چیدمان</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/layout_titles.py" line="14" />
        <source>A6 portrait, for lanyard pouches</source>
        <translation>A6 ایستاده، برای جاکارتی بندآویز</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/layout_titles.py" line="15" />
        <source>Four A6 badges on A4, with crop marks</source>
        <translation>چهار کارت A6 روی A4، با نشانهٔ برش</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/layout_titles.py" line="18" />
        <source>ID-1 card, landscape, for card printers</source>
        <translation>کارت ID-1 خوابیده، برای چاپگر کارت</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/layout_titles.py" line="19" />
        <source>4 × 3 inch label, for label printers</source>
        <translation>برچسب ۴ × ۳ اینچ، برای چاپگر برچسب</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="189" />
        <source>Nobody has been found at the check-in page yet.</source>
        <translation>هنوز کسی در صفحهٔ پذیرش یافته نشده است.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="241" />
        <source>%1 badges on %2 pages.</source>
        <translation>%1 کارت در %2 صفحه.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="246" />
        <source>%1 of them have been printed before.</source>
        <translation>%1 کارت از این‌ها پیش‌تر چاپ شده است.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="250" />
        <source>%1 texts were too long and were shortened.</source>
        <translation>%1 نوشته برای جای خود بلند بود و کوتاه شد.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="285" />
        <source>%1 of these %2 badges have already been printed. Why are they printed again? The reason is kept in the print log.</source>
        <translation>%1 کارت از این %2 کارت پیش‌تر چاپ شده است. چرا دوباره چاپ می‌شوند؟ دلیل در دفتر چاپ نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="292" />
        <source>Already printed</source>
        <translation>پیش‌تر چاپ شده</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="302" />
        <source>%1 badges sent to the printer.</source>
        <translation>%1 کارت به چاپگر فرستاده شد.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="307" />
        <source>The badge of %1 was sent to the printer.</source>
        <translation>کارت %1 به چاپگر فرستاده شد.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/page.py" line="332" />
        <source>%1 new badges were issued.</source>
        <translation>%1 کارت تازه صادر شد.</translation>
    </message>
</context>
<context>
    <name>BannerWording</name>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="73" />
        <source>Ready for the next guest</source>
        <translation>آمادهٔ پذیرش مهمان بعدی</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="74" />
        <source>Scan a badge, or type a name, reference or delegation.</source>
        <translation>کارت را اسکن کنید، یا نام، شناسه یا هیئت را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="84" />
        <source>Not a badge of this event</source>
        <translation>کارت این رویداد نیست</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="85" />
        <source>Check the badge and scan it again, or search for the person by name.</source>
        <translation>کارت را بررسی و دوباره اسکن کنید، یا شخص را با نامش جست‌وجو کنید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="87" />
        <source>Code read: %1</source>
        <translation>کد خوانده‌شده: %1</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="92" />
        <source>The check-in was not recorded (%1).</source>
        <translation>ورود ثبت نشد (%1).</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="96" />
        <source>Protocol is told: %1 has arrived</source>
        <translation>به تشریفات اطلاع داده شد: %1 وارد شد</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="116" />
        <source>Checked in %1 at desk %2</source>
        <translation>ثبت ورود: %1، میز %2</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="120" />
        <source>Checked in</source>
        <translation>ورود ثبت شد</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="121" />
        <source>Welcome them and hand over the badge.</source>
        <translation>خوش‌آمد بگویید و کارت را تحویل دهید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="125" />
        <source>First checked in %1 at desk %2</source>
        <translation>نخستین ورود: %1، میز %2</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="129" />
        <source>Already checked in</source>
        <translation>پیش‌تر وارد شده است</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="131" />
        <source>Let them through: nothing more to do. If the badge is not theirs, keep it and call a supervisor.</source>
        <translation>اجازهٔ عبور دهید؛ کار دیگری لازم نیست. اگر کارت از آنِ این شخص نیست، کارت را نگه دارید و سرپرست را خبر کنید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="138" />
        <source>This is version %1 of the badge; the current one is version %2.</source>
        <translation>این نسخهٔ %1 کارت است؛ کارت معتبر نسخهٔ %2 است.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="141" />
        <source>Do not let this badge in. Collect it and hand over badge version %1 (reprint it at the badge desk if they do not have it).</source>
        <translation>با این کارت اجازهٔ ورود ندهید. آن را پس بگیرید و کارت نسخهٔ %1 را تحویل دهید (اگر همراه ندارند، در میز صدور کارت دوباره چاپ شود).</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="147" />
        <source>Old badge: replaced</source>
        <translation>کارت قدیمی: جایگزین شده</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="155" />
        <source>Badge revoked</source>
        <translation>کارت باطل شده است</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="156" />
        <source>Do not let them in. Keep the badge and call a supervisor.</source>
        <translation>اجازهٔ ورود ندهید. کارت را نگه دارید و سرپرست را خبر کنید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="164" />
        <source>No access today</source>
        <translation>امروز اجازهٔ ورود ندارد</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="165" />
        <source>Do not check them in. Send them to the secretariat or call a supervisor.</source>
        <translation>ورود را ثبت نکنید. ایشان را به دبیرخانه راهنمایی کنید یا سرپرست را خبر کنید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="166" />
        <source>Today (%1) is not a day this badge admits.</source>
        <translation>امروز (%1) از روزهای مجاز این کارت نیست.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="174" />
        <source>Not checked in</source>
        <translation>ورود ثبت نشد</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="175" />
        <source>Try again. If it happens again, call a supervisor.</source>
        <translation>دوباره بکوشید. اگر باز هم رخ داد، سرپرست را خبر کنید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="275" />
        <source>Undone by %1: %2</source>
        <translation>لغو به دست %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="335" />
        <source>for %1 (recorded %2)</source>
        <translation>برای %1 (ثبت در %2)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="185" />
        <source>Check-in undone</source>
        <translation>پذیرش لغو شد</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="186" />
        <source>They are no longer checked in today and can be checked in again.</source>
        <translation>ورود امروز ایشان دیگر ثبت نیست و می‌توان دوباره پذیرش کرد.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="194" />
        <source>Ready at the door of %1</source>
        <translation>آماده در درِ %1</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="195" />
        <source>Scan the badge of each guest who comes in.</source>
        <translation>کارت هر مهمانی را که وارد می‌شود اسکن کنید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="220" />
        <source>Entered</source>
        <translation>وارد شد</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="221" />
        <source>Let them in.</source>
        <translation>راهنمایی کنید وارد شوند.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="222" />
        <source>Entered %1 at %2, door %3</source>
        <translation>ورود به %1 در ساعت %2، درِ %3</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="229" />
        <source>Already in since %1</source>
        <translation>از ساعت %1 در جلسه است</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="231" />
        <source>Let them through: they entered at %1. If the badge is not theirs, keep it and call a supervisor.</source>
        <translation>بگذارید وارد شوند: از درِ %1 وارد شده‌اند. اگر کارت از آنِ ایشان نیست، کارت را نگه دارید و سرپرست را خبر کنید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="234" />
        <source>First entered %1 at door %2</source>
        <translation>نخستین ورود: %1 از درِ %2</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="241" />
        <source>Not invited to this panel</source>
        <translation>به این نشست دعوت نشده است</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="243" />
        <source>Do not let them in. Ask them to wait and call the protocol officer: only protocol can add a guest to %1.</source>
        <translation>اجازهٔ ورود ندهید. از ایشان بخواهید منتظر بمانند و مسئول تشریفات را خبر کنید: تنها تشریفات می‌تواند مهمانی را به %1 بیفزاید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="252" />
        <source>This panel is not today</source>
        <translation>این نشست امروز برگزار نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="254" />
        <source>Do not let them in yet. Check that the right panel is chosen at the top of the page.</source>
        <translation>هنوز اجازهٔ ورود ندهید. بررسی کنید که نشست درست در بالای صفحه برگزیده شده باشد.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="257" />
        <source>%1 is not held today.</source>
        <translation>%1 امروز برگزار نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="266" />
        <source>Entry undone</source>
        <translation>ورود لغو شد</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/wording.py" line="267" />
        <source>They are no longer counted in this panel and can be scanned in again.</source>
        <translation>دیگر در این نشست شمرده نمی‌شوند و می‌توان دوباره اسکنشان کرد.</translation>
    </message>
</context>
<context>
    <name>CameraFeed</name>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/camera.py" line="62" />
        <source>The camera needs Qt Multimedia (PySide6-Addons): install Summit Desk with its camera extra.</source>
        <translation>دوربین به Qt Multimedia (بستهٔ PySide6-Addons) نیاز دارد: Summit Desk را با افزونهٔ camera نصب کنید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/camera.py" line="67" />
        <source>Qt Multimedia is installed but could not be loaded: %1. A system library is missing (on Debian and Ubuntu: libpulse0).</source>
        <translation>Qt Multimedia نصب است ولی بار نشد: %1. یکی از کتابخانه‌های سیستم نیست (در دبیان و اوبونتو: libpulse0).</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/camera.py" line="71" />
        <source>No camera was found on this computer.</source>
        <translation>دوربینی روی این رایانه پیدا نشد.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/camera.py" line="94" />
        <location filename="../../src/summit_desk/ui/widgets/camera.py" line="109" />
        <source>The camera stopped: %1</source>
        <translation>دوربین از کار افتاد: %1</translation>
    </message>
</context>
<context>
    <name>CameraPhotoDialog</name>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/camera_photo.py" line="67" />
        <source>Take a photo for the badge</source>
        <translation>گرفتن عکس برای کارت</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/camera_photo.py" line="72" />
        <source>Camera photo</source>
        <translation>عکس دوربین</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/camera_photo.py" line="82" />
        <source>Take</source>
        <translation>گرفتن عکس</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/camera_photo.py" line="88" />
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/camera_photo.py" line="110" />
        <source>Head and shoulders in the picture, looking at the camera; then Take.</source>
        <translation>سر و شانه‌ها در تصویر، نگاه به دوربین؛ سپس «گرفتن عکس» را بزنید.</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/camera_scanner.py" line="130" />
        <location filename="../../src/summit_desk/ui/widgets/camera_scanner.py" line="188" />
        <source>Camera</source>
        <translation>دوربین</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/camera_scanner.py" line="137" />
        <location filename="../../src/summit_desk/ui/widgets/camera_scanner.py" line="208" />
        <source>Hold the badge's code up to the camera.</source>
        <translation>کد کارت را جلوی دوربین بگیرید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/camera_scanner.py" line="156" />
        <source>Scanning with a camera needs the zxing-cpp package: install Summit Desk with its camera extra.</source>
        <translation>خواندن کارت با دوربین به بستهٔ zxing-cpp نیاز دارد: Summit Desk را با افزونهٔ camera نصب کنید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/camera_scanner.py" line="165" />
        <source>Scan badges with this computer's camera</source>
        <translation>خواندن کارت‌ها با دوربین این رایانه</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/camera_scanner.py" line="182" />
        <source>Stop the camera</source>
        <translation>خاموش کردن دوربین</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../../src/summit_desk/ui/formatting.py" line="58" />
        <source>command line</source>
        <translation>خط فرمان</translation>
    </message>
</context>
<context>
    <name>CheckInController</name>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/controller.py" line="173" />
        <source>Nobody found for «%1». Try another spelling or the delegation, or scan the badge.</source>
        <translation>کسی با «%1» یافت نشد. نگارش دیگری یا نام هیئت را بیازمایید، یا کارت را اسکن کنید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/controller.py" line="177" />
        <source>The first %1 are shown: type more to narrow the search.</source>
        <translation>%1 نفر نخست نشان داده شده‌اند: برای محدودکردن جست‌وجو بیشتر بنویسید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/controller.py" line="180" />
        <source>Found: %1</source>
        <translation>یافته‌ها: %1</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/controller.py" line="271" />
        <source>This check-in has already been undone.</source>
        <translation>این پذیرش پیش‌تر لغو شده است.</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/page.py" line="67" />
        <source>Scan a badge, or type a name, reference or delegation…</source>
        <translation>کارت را اسکن کنید، یا نام، شناسه یا هیئت را بنویسید…</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/page.py" line="114" />
        <source>Rehearsal: working as on %1</source>
        <translation>تمرین: به‌جای روز %1</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/page.py" line="115" />
        <source>Check-ins count for that day, not for today's date.</source>
        <translation>پذیرش‌ها برای همان روز ثبت می‌شوند، نه برای تاریخ امروز.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/page.py" line="117" />
        <source>Working day: %1</source>
        <translation>روز کاری: %1</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/page.py" line="133" />
        <source>Protocol: VIP arrivals of the day</source>
        <translation>تشریفات: ورود مقامات امروز</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/page.py" line="136" />
        <source>Checked in at this desk</source>
        <translation>پذیرش‌شده در این میز</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/page.py" line="139" />
        <source>Undo a check-in…</source>
        <translation>لغو یک پذیرش…</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/page.py" line="140" />
        <source>A supervisor's name and PIN are needed</source>
        <translation>نام و رمز سرپرست لازم است</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/page.py" line="141" />
        <source>Sound for VIP arrivals</source>
        <translation>صدا برای ورود مقامات</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/page.py" line="313" />
        <source>There is no check-in of this desk to undo.</source>
        <translation>پذیرشی از این میز برای لغو نیست.</translation>
    </message>
</context>
<context>
    <name>ConflictWording</name>
    <message>
        <location filename="../../src/summit_desk/ui/seating/wording.py" line="51" />
        <source>%1
is seated more than once: %2</source>
        <translation>%1
بیش از یک صندلی دارد: %2</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/wording.py" line="52" />
        <source>%1
is not invited to this session (seat %2)</source>
        <translation>%1
به این نشست دعوت نشده است (صندلی %2)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/wording.py" line="53" />
        <source>%1
has not arrived (seat %2)</source>
        <translation>%1
هنوز نرسیده است (صندلی %2)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/wording.py" line="54" />
        <source>%1
head of delegation without a seat</source>
        <translation>%1
رئیس هیئت بدون صندلی</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/wording.py" line="55" />
        <source>%1
out of the order of precedence (seat %2)</source>
        <translation>%1
خارج از ترتیب تقدم (صندلی %2)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/wording.py" line="62" />
        <source>seated more than once</source>
        <translation>بیش از یک صندلی</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/wording.py" line="63" />
        <source>not invited</source>
        <translation>دعوت‌نشده</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/wording.py" line="64" />
        <source>not arrived</source>
        <translation>نرسیده</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/wording.py" line="65" />
        <source>head of delegation without a seat</source>
        <translation>رئیس هیئت بدون صندلی</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/wording.py" line="66" />
        <source>out of the order of precedence</source>
        <translation>خارج از ترتیب تقدم</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="167" />
        <source>Arrivals</source>
        <translation>آمار ورود</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="182" />
        <source>Arrived</source>
        <translation>رسیده‌ها</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="183" />
        <source>Heads of delegation</source>
        <translation>رؤسای هیئت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="184" />
        <source>Protocol guests</source>
        <translation>مهمانان تشریفات</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="185" />
        <source>Delegations complete</source>
        <translation>هیئت‌های کامل</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="193" />
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="194" />
        <source>Delegation</source>
        <translation>هیئت</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="195" />
        <source>Category</source>
        <translation>رده</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="204" />
        <source>By country</source>
        <translation>به تفکیک کشور</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="206" />
        <source>By category</source>
        <translation>به تفکیک رده</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="208" />
        <source>By delegation</source>
        <translation>به تفکیک هیئت</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="228" />
        <source>Arrived on %1</source>
        <translation>ورود در %1</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="229" />
        <source>%1 of everyone registered</source>
        <translation>%1 از همه ثبت‌نام‌شدگان</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="230" />
        <source>%1 of the governors and heads</source>
        <translation>%1 از استانداران و رؤسای هیئت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="232" />
        <source>%1 · heads, ministers, ambassadors, organisations</source>
        <translation>%1 · رؤسای هیئت‌ها، وزیران، سفیران، سازمان‌ها</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="234" />
        <source>%1 · every member arrived</source>
        <translation>%1 · همه اعضا رسیده‌اند</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="239" />
        <source>No panels on this day.</source>
        <translation>در این روز نشستی نیست.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="246" />
        <source>%1 entered</source>
        <translation>%1 نفر وارد شده‌اند</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="248" />
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="252" />
        <source>Panels: %1</source>
        <translation>نشست‌ها: %1</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="257" />
        <source>Admitted twice while the desks were apart:</source>
        <translation>هنگام جدایی میزها دو بار پذیرفته شدند:</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="262" />
        <source>%1: first at %3, %2; again at %5, %4</source>
        <translation>%1: نخست در %3، %2؛ دوباره در %5، %4</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="272" />
        <source>Updated %1</source>
        <translation>آخرین به‌روزرسانی %1</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/day_page.py" line="67" />
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/day_page.py" line="69" />
        <source>Refresh</source>
        <translation>به‌روزرسانی</translation>
    </message>
</context>
<context>
    <name>DelegationsPage</name>
    <message>
        <location filename="../../src/summit_desk/ui/delegations/page.py" line="98" />
        <source>Delegations</source>
        <translation>هیئت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/delegations/page.py" line="112" />
        <source>Filter by name, badge ref or delegation</source>
        <translation>جست‌وجو با نام، شماره کارت یا هیئت</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/delegations/page.py" line="114" />
        <source>Expand all</source>
        <translation>باز کردن همه</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/delegations/page.py" line="115" />
        <source>Collapse all</source>
        <translation>بستن همه</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/delegations/page.py" line="147" />
        <source>Awaited: a head of delegation, minister, ambassador or international organisation's representative who has not arrived on this day.</source>
        <translation>در انتظار ورود: رئیس هیئت، وزیر، سفیر یا نماینده سازمان بین‌المللی که در این روز هنوز نرسیده است.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/delegations/page.py" line="204" />
        <source>%1 of %2 arrived</source>
        <translation>%1 از %2 نفر رسیده‌اند</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/delegations/page.py" line="210" />
        <source>%1 awaited by protocol</source>
        <translation>%1 نفر در انتظار تشریفات</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/delegations/page.py" line="213" />
        <source>%1 found</source>
        <translation>%1 نفر پیدا شد</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <location filename="../../src/summit_desk/ui/actions.py" line="38" />
        <source>&amp;Desk</source>
        <translation>&amp;میز پذیرش</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/actions.py" line="39" />
        <source>Walk-in registration…</source>
        <translation>ثبت‌نام حضوری…</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/actions.py" line="42" />
        <source>Import people…</source>
        <translation>ورود فهرست افراد…</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/actions.py" line="45" />
        <source>Event details…</source>
        <translation>مشخصات رویداد…</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/actions.py" line="47" />
        <source>Settings…</source>
        <translation>تنظیمات…</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/actions.py" line="50" />
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/actions.py" line="73" />
        <source>Summit Desk</source>
        <translation>میز پذیرش اجلاس</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/actions.py" line="97" />
        <source>%1 (%2) is registered and checked in.</source>
        <translation>%1 (%2) ثبت‌نام و پذیرش شد.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/actions.py" line="99" />
        <source>%1 (%2) is registered, but not checked in: %3</source>
        <translation>%1 (%2) ثبت‌نام شد، ولی پذیرش نشد: %3</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/actions.py" line="101" />
        <source>%1 (%2) is registered, but today is not a day of the event.</source>
        <translation>%1 (%2) ثبت‌نام شد، ولی امروز از روزهای رویداد نیست.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/actions.py" line="103" />
        <source>%1 (%2) is registered.</source>
        <translation>%1 (%2) ثبت‌نام شد.</translation>
    </message>
</context>
<context>
    <name>DeskLinkLabel</name>
    <message>
        <location filename="../../src/summit_desk/ui/desk_link.py" line="62" />
        <source>Online</source>
        <translation>برخط</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/desk_link.py" line="64" />
        <source>Merging the local journal: check-ins: %1</source>
        <translation>ادغام دفتر محلی: ورودها: %1</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/desk_link.py" line="66" />
        <source>Offline: on the local journal; check-ins waiting: %1</source>
        <translation>برون‌خط: با دفتر محلی؛ ورودهای در انتظار: %1</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/desk_link.py" line="73" />
        <source>Waiting to be merged into the server: %1 check-ins and %2 audit log entries (logins, refused scans, undos)</source>
        <translation>در انتظار ادغام در سرور: %1 ورود و %2 مورد گزارش ممیزی (ورود کاربران، اسکن‌های ردشده، لغوها)</translation>
    </message>
</context>
<context>
    <name>DoorController</name>
    <message>
        <location filename="../../src/summit_desk/ui/door/controller.py" line="160" />
        <source>Choose the panel this door is for.</source>
        <translation>نشستی را که این در برای آن است برگزینید.</translation>
    </message>
</context>
<context>
    <name>DoorPage</name>
    <message>
        <location filename="../../src/summit_desk/ui/door/page.py" line="53" />
        <source>Panel</source>
        <translation>نشست</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/door/page.py" line="57" />
        <source>Scan the badge of the guest at the door…</source>
        <translation>کارت مهمانِ دمِ در را اسکن کنید…</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/door/page.py" line="90" />
        <source>Latest entries</source>
        <translation>آخرین ورودها</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/door/page.py" line="100" />
        <source>Undo an entry…</source>
        <translation>لغو یک ورود…</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/door/page.py" line="101" />
        <source>A supervisor's name and PIN are needed</source>
        <translation>نام و رمز سرپرست لازم است</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/door/page.py" line="153" />
        <source>Entered: %1</source>
        <translation>واردشده: %1</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/door/page.py" line="155" />
        <source>Entered: %1 of %2 invited</source>
        <translation>واردشده: %1 از %2 دعوت‌شده</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/door/page.py" line="192" />
        <source>There is no entry into this panel to undo.</source>
        <translation>ورودی به این نشست برای لغو نیست.</translation>
    </message>
</context>
<context>
    <name>DoorUndoDialog</name>
    <message>
        <location filename="../../src/summit_desk/ui/door/undo_dialog.py" line="19" />
        <source>Undo an entry</source>
        <translation>لغو ورود</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/door/undo_dialog.py" line="20" />
        <source>Undo the entry of %1 into %2 at %3?</source>
        <translation>ورود %1 به %2 در ساعت %3 لغو شود؟</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/door/undo_dialog.py" line="24" />
        <source>A supervisor must confirm with their name and PIN.</source>
        <translation>سرپرست باید با نام و رمز خود تأیید کند.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/door/undo_dialog.py" line="25" />
        <source>For example: scanned at the wrong door</source>
        <translation>برای نمونه: در درِ اشتباه اسکن شد</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/door/undo_dialog.py" line="26" />
        <source>Undo the entry</source>
        <translation>لغو ورود</translation>
    </message>
</context>
<context>
    <name>EventDetailsDialog</name>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/event_details.py" line="30" />
        <source>Event details</source>
        <translation>مشخصات رویداد</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/event_details.py" line="33" />
        <source>Name (Persian)</source>
        <translation>نام (فارسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/event_details.py" line="34" />
        <source>Name (English)</source>
        <translation>نام (انگلیسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/event_details.py" line="35" />
        <source>Slogan (Persian)</source>
        <translation>شعار (فارسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/event_details.py" line="36" />
        <source>Slogan (English)</source>
        <translation>شعار (انگلیسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/event_details.py" line="37" />
        <source>Venue (Persian)</source>
        <translation>محل برگزاری (فارسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/event_details.py" line="38" />
        <source>Venue (English)</source>
        <translation>محل برگزاری (انگلیسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/event_details.py" line="56" />
        <source>Administrator</source>
        <translation>مدیر سامانه</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/event_details.py" line="57" />
        <source>PIN</source>
        <translation>رمز</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/event_details.py" line="68" />
        <source>Badges and lists printed from now on show these.</source>
        <translation>کارت‌ها و فهرست‌هایی که از این پس چاپ می‌شوند این‌ها را نشان می‌دهند.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/import_dialog.py" line="51" />
        <source>Import people</source>
        <translation>ورود فهرست افراد</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/import_dialog.py" line="59" />
        <source>Choose a CSV or Excel file with the columns of the import template. The file is checked first; nothing changes until an administrator confirms the import, and then every row is imported or none.</source>
        <translation>یک فایل CSV یا اکسل با ستون‌های الگوی ورود انتخاب کنید. نخست فایل بررسی می‌شود؛ تا مدیر سامانه ورود را تأیید نکند چیزی تغییر نمی‌کند، و سپس یا همهٔ ردیف‌ها وارد می‌شوند یا هیچ‌کدام.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/import_dialog.py" line="68" />
        <source>No file chosen</source>
        <translation>فایلی انتخاب نشده</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/import_dialog.py" line="69" />
        <source>Choose a file…</source>
        <translation>انتخاب فایل…</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/import_dialog.py" line="71" />
        <source>Create the delegations the file names</source>
        <translation>هیئت‌هایی که در فایل آمده‌اند ساخته شوند</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/import_dialog.py" line="81" />
        <source>An administrator confirms the import</source>
        <translation>تأیید ورود با مدیر سامانه</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/import_dialog.py" line="84" />
        <source>Administrator</source>
        <translation>مدیر سامانه</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/import_dialog.py" line="85" />
        <source>PIN</source>
        <translation>رمز</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/import_dialog.py" line="94" />
        <source>The file's report will appear here.</source>
        <translation>گزارش فایل اینجا نمایش داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/import_dialog.py" line="99" />
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/import_dialog.py" line="102" />
        <source>Import</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/import_dialog.py" line="105" />
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/import_dialog.py" line="128" />
        <source>Choose the list of people</source>
        <translation>انتخاب فهرست افراد</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/import_dialog.py" line="130" />
        <source>People lists (*.csv *.xlsx);;All files (*)</source>
        <translation>فهرست افراد (*.csv *.xlsx);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/import_dialog.py" line="145" />
        <source>Checking the file…</source>
        <translation>در حال بررسی فایل…</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/import_dialog.py" line="152" />
        <source>An administrator's name and PIN are needed to import.</source>
        <translation>برای ورود، نام و رمز مدیر سامانه لازم است.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/import_dialog.py" line="155" />
        <source>Importing…</source>
        <translation>در حال ورود…</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/import_dialog.py" line="164" />
        <source>Stopped waiting. An import under way still lands whole or not at all.</source>
        <translation>انتظار متوقف شد. ورودی که آغاز شده باشد یا کامل انجام می‌شود یا اصلاً انجام نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/import_dialog.py" line="192" />
        <source>The file can be imported. Nothing has changed yet.</source>
        <translation>فایل قابل ورود است. هنوز چیزی تغییر نکرده است.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/import_dialog.py" line="198" />
        <source>Imported.</source>
        <translation>وارد شد.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/import_dialog.py" line="203" />
        <source>Refused. Nothing has changed.</source>
        <translation>پذیرفته نشد. چیزی تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/summit_desk/ui/main_window.py" line="75" />
        <location filename="../../src/summit_desk/ui/main_window.py" line="140" />
        <location filename="../../src/summit_desk/ui/main_window.py" line="364" />
        <source>Summit Desk</source>
        <translation>میز پذیرش اجلاس</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/main_window.py" line="157" />
        <source>Check-in</source>
        <translation>پذیرش</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/main_window.py" line="178" />
        <source>Delegations</source>
        <translation>هیئت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/main_window.py" line="179" />
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/main_window.py" line="180" />
        <source>Badges</source>
        <translation>کارت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/main_window.py" line="181" />
        <source>Seating</source>
        <translation>چیدمان</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/main_window.py" line="182" />
        <source>Panel door</source>
        <translation>درِ نشست</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/main_window.py" line="295" />
        <source>Protocol: %1 (%2) has arrived</source>
        <translation>تشریفات: %1 (%2) رسید</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="30" />
        <source>New event</source>
        <translation>رویداد تازه</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="55" />
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="99" />
        <source>Name (Persian)</source>
        <translation>نام (فارسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="56" />
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="100" />
        <source>Name (English)</source>
        <translation>نام (انگلیسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="57" />
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="101" />
        <source>Slogan (Persian)</source>
        <translation>شعار (فارسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="58" />
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="102" />
        <source>Slogan (English)</source>
        <translation>شعار (انگلیسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="59" />
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="103" />
        <source>Venue (Persian)</source>
        <translation>محل برگزاری (فارسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="60" />
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="104" />
        <source>Venue (English)</source>
        <translation>محل برگزاری (انگلیسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="65" />
        <source>First day</source>
        <translation>روز نخست</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="66" />
        <source>Days</source>
        <translation>شمار روزها</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="80" />
        <source>%1 — Gregorian:</source>
        <translation>%1 — میلادی:</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="89" />
        <source>Give the event a name in Persian or English.</source>
        <translation>برای رویداد نامی فارسی یا انگلیسی بنویسید.</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../src/summit_desk/ui/operator_dialog.py" line="52" />
        <source>Log in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/operator_dialog.py" line="53" />
        <source>The event's admin</source>
        <translation>مدیر رویداد</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/operator_dialog.py" line="54" />
        <source>The desk is locked</source>
        <translation>میز قفل است</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/operator_dialog.py" line="69" />
        <source>This event has no operators yet. Name its admin and choose a PIN of at least 6 digits (or a password).</source>
        <translation>این رویداد هنوز کاربری ندارد. مدیر آن را نام ببرید و رمزی دست‌کم ۶ رقمی (یا گذرواژه‌ای) برگزینید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/operator_dialog.py" line="73" />
        <source>Operator</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/operator_dialog.py" line="74" />
        <source>PIN</source>
        <translation>رمز</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/operator_dialog.py" line="76" />
        <source>PIN again</source>
        <translation>تکرار رمز</translation>
    </message>
</context>
<context>
    <name>PeopleResultsModel</name>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/results_model.py" line="115" />
        <source>Name (Persian)</source>
        <translation>نام (فارسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/results_model.py" line="116" />
        <source>Name (Latin)</source>
        <translation>نام (لاتین)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/results_model.py" line="117" />
        <source>Native name</source>
        <translation>نام به خط بومی</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/results_model.py" line="118" />
        <source>Delegation</source>
        <translation>هیئت</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/results_model.py" line="119" />
        <source>Category</source>
        <translation>رده</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/results_model.py" line="120" />
        <source>Arrival</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/results_model.py" line="160" />
        <source>Not yet</source>
        <translation>هنوز نه</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/results_model.py" line="162" />
        <source>✓ In since %1</source>
        <translation>✓ وارد شده از %1</translation>
    </message>
</context>
<context>
    <name>PhotoButton</name>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/photo_dialog.py" line="52" />
        <source>Photo…</source>
        <translation>عکس…</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/photo_dialog.py" line="53" />
        <source>A JPEG or PNG photo for the badge, cropped to 35 × 45</source>
        <translation>عکس JPEG یا PNG برای کارت، بریده به اندازهٔ ۳۵ × ۴۵</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/photo_dialog.py" line="59" />
        <source>Photo for the badge</source>
        <translation>عکس برای کارت</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/photo_dialog.py" line="59" />
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>عکس‌ها (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/photo_dialog.py" line="68" />
        <location filename="../../src/summit_desk/ui/dialogs/photo_dialog.py" line="90" />
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/photo_dialog.py" line="78" />
        <source>Photo ✓</source>
        <translation>عکس ✓</translation>
    </message>
</context>
<context>
    <name>PhotoCropDialog</name>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/photo_crop.py" line="89" />
        <source>Crop the photo for the badge</source>
        <translation>برش عکس برای کارت</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/photo_crop.py" line="108" />
        <source>Drag the yellow box over the face: head and shoulders, as on a passport.</source>
        <translation>کادر زرد را روی چهره بکشید: سر و شانه‌ها، مانند عکس گذرنامه.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/photo_crop.py" line="117" />
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
</context>
<context>
    <name>PhotoRetake</name>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/photo_retake.py" line="68" />
        <location filename="../../src/summit_desk/ui/checkin/photo_retake.py" line="70" />
        <source>Retake photo…</source>
        <translation>عکس تازه…</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/photo_retake.py" line="84" />
        <source>A new photo of the selected person, with this computer's camera</source>
        <translation>عکسی تازه از فرد انتخاب‌شده، با دوربین این رایانه</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/photo_retake.py" line="103" />
        <source>Select the person in the results first.</source>
        <translation>نخست فرد را در نتایج انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/photo_retake.py" line="105" />
        <source>New photo of %1 (%2)</source>
        <translation>عکس تازهٔ %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/photo_retake.py" line="134" />
        <source>The photo was not replaced.</source>
        <translation>عکس جایگزین نشد.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/photo_retake.py" line="159" />
        <source>The new photo of %1 (%2) is stored.</source>
        <translation>عکس تازهٔ %1 (%2) ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/photo_retake.py" line="169" />
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
</context>
<context>
    <name>ReissueDialog</name>
    <message>
        <location filename="../../src/summit_desk/ui/badges/reissue_dialog.py" line="15" />
        <source>Reissue badges</source>
        <translation>صدور دوبارهٔ کارت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/reissue_dialog.py" line="16" />
        <source>Give %1 people new badges?</source>
        <translation>به %1 نفر کارت تازه داده شود؟</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/reissue_dialog.py" line="18" />
        <source>Each gets a new badge with a new code; the old badge scans as replaced from then on. A supervisor must confirm with their name and PIN.</source>
        <translation>هر نفر کارتی تازه با کدی تازه می‌گیرد و کارت پیشین از این پس «جایگزین‌شده» خوانده می‌شود. سرپرست باید با نام و رمز خود تأیید کند.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/reissue_dialog.py" line="21" />
        <source>For example: badge lost</source>
        <translation>برای نمونه: کارت گم شده</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/badges/reissue_dialog.py" line="22" />
        <source>Reissue</source>
        <translation>صدور دوباره</translation>
    </message>
</context>
<context>
    <name>ReplacePhotoDialog</name>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/photo_retake.py" line="42" />
        <source>Replace a photo</source>
        <translation>جایگزینی عکس</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/photo_retake.py" line="43" />
        <source>Replace the photo of %1 (%2)?</source>
        <translation>عکس %1 (%2) جایگزین شود؟</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/photo_retake.py" line="47" />
        <source>The photo on a badge is its holder's identity: a supervisor must confirm its replacement with their name and PIN.</source>
        <translation>عکس روی کارت هویت دارندهٔ آن است: سرپرست باید جایگزینی آن را با نام و رمز خود تأیید کند.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/photo_retake.py" line="50" />
        <source>For example: the old photo is not a likeness</source>
        <translation>برای نمونه: عکس قبلی شبیه خودِ فرد نیست</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/photo_retake.py" line="51" />
        <source>Replace the photo</source>
        <translation>جایگزین کن</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../../src/summit_desk/ui/seating/room_view.py" line="187" />
        <source>Unlock the seat</source>
        <translation>باز کردن قفل صندلی</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/room_view.py" line="188" />
        <source>Lock the seat</source>
        <translation>قفل کردن صندلی</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../src/summit_desk/ui/delegations/roster_model.py" line="142" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/delegations/roster_model.py" line="143" />
        <source>Latin name</source>
        <translation>نام لاتین</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/delegations/roster_model.py" line="143" />
        <source>Persian name</source>
        <translation>نام فارسی</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/delegations/roster_model.py" line="144" />
        <source>Title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/delegations/roster_model.py" line="145" />
        <source>Category</source>
        <translation>رده</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/delegations/roster_model.py" line="146" />
        <source>Arrived %1</source>
        <translation>ورود %1</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/delegations/roster_model.py" line="147" />
        <source>Desk</source>
        <translation>میز</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/delegations/roster_model.py" line="180" />
        <source>%1 / %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/delegations/roster_model.py" line="198" />
        <source>%1 awaited by protocol</source>
        <translation>%1 نفر در انتظار تشریفات</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/delegations/roster_model.py" line="210" />
        <source>International</source>
        <translation>بین‌المللی</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/delegations/roster_model.py" line="269" />
        <source>Awaited</source>
        <translation>در انتظار ورود</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/delegations/roster_model.py" line="280" />
        <source>Arrived at %1 at desk %2</source>
        <translation>ورود ساعت %1 از میز %2</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/delegations/roster_model.py" line="285" />
        <source>Not arrived on %1: protocol is waiting for this guest</source>
        <translation>در %1 نرسیده است: تشریفات منتظر این مهمان است</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/delegations/roster_model.py" line="288" />
        <source>Not arrived on %1</source>
        <translation>در %1 نرسیده است</translation>
    </message>
</context>
<context>
    <name>SeatingController</name>
    <message>
        <location filename="../../src/summit_desk/ui/seating/controller.py" line="168" />
        <source>Seat someone there before locking the seat.</source>
        <translation>پیش از قفل کردن صندلی، کسی را در آن بنشانید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/controller.py" line="216" />
        <source>Give the supervisor's name and PIN.</source>
        <translation>نام و رمز سرپرست را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/controller.py" line="249" />
        <source>Nobody is seated yet: there are no place cards.</source>
        <translation>هنوز کسی ننشسته است: کارت میزی برای چاپ نیست.</translation>
    </message>
</context>
<context>
    <name>SeatingPage</name>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="69" />
        <source>Session</source>
        <translation>نشست</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="77" />
        <source>Sign the supervisor out</source>
        <translation>خروج سرپرست</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="88" />
        <source>Drag a person onto a seat; Ctrl+wheel zooms; Ctrl+L locks</source>
        <translation>هر فرد را روی صندلی بکشید؛ Ctrl و چرخ ماوس بزرگ‌نمایی می‌کند؛ Ctrl+L قفل می‌کند</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="98" />
        <source>Invited, not yet seated</source>
        <translation>دعوت‌شده، هنوز بی‌صندلی</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="100" />
        <source>Conflicts</source>
        <translation>ناسازگاری‌ها</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="114" />
        <source>Assign automatically</source>
        <translation>چیدمان خودکار</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="115" />
        <source>Seats everyone invited by the rules' order; locked seats keep their person</source>
        <translation>همهٔ دعوت‌شدگان را به ترتیب قواعد می‌نشاند؛ صندلی‌های قفل‌شده فرد خود را نگه می‌دارند</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="117" />
        <source>Clear</source>
        <translation>خالی کردن</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="118" />
        <source>Empties every seat that is not locked</source>
        <translation>همهٔ صندلی‌های قفل‌نشده را خالی می‌کند</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="119" />
        <source>Refresh</source>
        <translation>به‌روزرسانی</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="120" />
        <source>Print plan and list…</source>
        <translation>چاپ نقشه و فهرست…</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="121" />
        <source>Print place cards…</source>
        <translation>چاپ کارت‌های میز…</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="122" />
        <source>Print attendance sheet…</source>
        <translation>چاپ برگهٔ حضور و غیاب…</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="243" />
        <source>Entrance</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="255" />
        <source>Seated: %1 of %2 seats</source>
        <translation>نشسته: %1 از %2 صندلی</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="260" />
        <source>Entered at the door: %1</source>
        <translation>واردشده از در نشست: %1</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="263" />
        <source>Conflicts: %1</source>
        <translation>ناسازگاری‌ها: %1</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="264" />
        <source>No conflicts</source>
        <translation>بدون ناسازگاری</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="267" />
        <source>Invited, not yet seated: %1</source>
        <translation>دعوت‌شده، هنوز بی‌صندلی: %1</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="324" />
        <source>Changes confirmed by %1</source>
        <translation>تغییرها با تأیید %1</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="325" />
        <source>Changes need a supervisor</source>
        <translation>تغییرها تأیید سرپرست می‌خواهند</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="336" />
        <source>Preparing the printout…</source>
        <translation>آماده‌سازی چاپ…</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="347" />
        <source>Printing…</source>
        <translation>در حال چاپ…</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="353" />
        <source>The seating plan and list were sent to the printer.</source>
        <translation>نقشه و فهرست چیدمان به چاپگر فرستاده شد.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="354" />
        <source>The place cards were sent to the printer.</source>
        <translation>کارت‌های میز به چاپگر فرستاده شد.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="355" />
        <source>The attendance sheet was sent to the printer.</source>
        <translation>برگهٔ حضور و غیاب به چاپگر فرستاده شد.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/page.py" line="359" />
        <source>%1 texts were too long and were shortened.</source>
        <translation>%1 نوشته برای جای خود بلند بود و کوتاه شد.</translation>
    </message>
</context>
<context>
    <name>SeatingSupervisorDialog</name>
    <message>
        <location filename="../../src/summit_desk/ui/seating/supervisor.py" line="18" />
        <source>Change the seating</source>
        <translation>تغییر چیدمان</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/supervisor.py" line="19" />
        <source>Change the seating of %1?</source>
        <translation>چیدمان «%1» تغییر کند؟</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/supervisor.py" line="21" />
        <source>Seating changes need a supervisor. The desk asks once for this session; every change is kept in the audit log with the supervisor's name.</source>
        <translation>تغییر چیدمان تأیید سرپرست می‌خواهد. میز پذیرش برای این نشست یک بار می‌پرسد؛ هر تغییر با نام سرپرست در گزارش ممیزی ثبت می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/seating/supervisor.py" line="25" />
        <source>Confirm</source>
        <translation>تأیید</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/settings_dialog.py" line="34" />
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/settings_dialog.py" line="47" />
        <source>The system's default printer</source>
        <translation>چاپگر پیش‌فرض سیستم</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/settings_dialog.py" line="61" />
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/settings_dialog.py" line="68" />
        <source>No automatic backups</source>
        <translation>بدون پشتیبان خودکار</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/settings_dialog.py" line="71" />
        <source>Desk name</source>
        <translation>نام میز</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/settings_dialog.py" line="58" />
        <source>The data folder's %1</source>
        <translation>فایل %1 در پوشهٔ داده‌ها</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/settings_dialog.py" line="72" />
        <source>Lock after minutes idle (0: never)</source>
        <translation>قفل پس از چند دقیقه بیکاری (۰: هرگز)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/settings_dialog.py" line="73" />
        <source>Badge layout</source>
        <translation>قالب کارت</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/settings_dialog.py" line="74" />
        <source>Printer</source>
        <translation>چاپگر</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/settings_dialog.py" line="75" />
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/settings_dialog.py" line="76" />
        <source>Database (file or URL)</source>
        <translation>پایگاه داده (فایل یا نشانی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/settings_dialog.py" line="77" />
        <source>Backups every five minutes to</source>
        <translation>پشتیبان هر پنج دقیقه در</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/settings_dialog.py" line="78" />
        <source>The language and the database apply the next time the desk starts.</source>
        <translation>زبان و پایگاه داده از اجرای بعدی برنامه به کار می‌روند.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/settings_dialog.py" line="90" />
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/settings_dialog.py" line="91" />
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/settings_dialog.py" line="107" />
        <source>The desk's database</source>
        <translation>پایگاه دادهٔ میز</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/settings_dialog.py" line="109" />
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>پایگاه دادهٔ SQLite (*.sqlite *.db);;همهٔ فایل‌ها (*)</translation>
    </message>
</context>
<context>
    <name>SupervisedUndo</name>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/supervised_undo.py" line="25" />
        <source>Give the supervisor's name and PIN.</source>
        <translation>نام و رمز سرپرست را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/widgets/supervised_undo.py" line="27" />
        <source>Give a reason: it is kept in the check-in journal.</source>
        <translation>دلیلی بنویسید: در دفتر پذیرش نگه داشته می‌شود.</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <location filename="../../src/summit_desk/ui/supervisor_dialog.py" line="57" />
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/supervisor_dialog.py" line="61" />
        <source>Supervisor</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/supervisor_dialog.py" line="62" />
        <source>PIN</source>
        <translation>رمز</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/supervisor_dialog.py" line="63" />
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
</context>
<context>
    <name>TakePhotoButton</name>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/photo_dialog.py" line="100" />
        <source>Take photo</source>
        <translation>عکس با دوربین</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/photo_dialog.py" line="109" />
        <source>Take the badge's photo with this computer's camera</source>
        <translation>گرفتن عکس کارت با دوربین این رایانه</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../src/summit_desk/ui/dashboard/page.py" line="79" />
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/undo_dialog.py" line="19" />
        <source>Undo a check-in</source>
        <translation>لغو پذیرش</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/undo_dialog.py" line="20" />
        <source>Undo the check-in of %1 at %2?</source>
        <translation>پذیرش %1 در ساعت %2 لغو شود؟</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/undo_dialog.py" line="23" />
        <source>A supervisor must confirm with their name and PIN.</source>
        <translation>سرپرست باید با نام و رمز خود تأیید کند.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/undo_dialog.py" line="24" />
        <source>For example: checked in the wrong person</source>
        <translation>برای نمونه: شخص دیگری پذیرش شد</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/checkin/undo_dialog.py" line="25" />
        <source>Undo the check-in</source>
        <translation>لغو پذیرش</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="73" />
        <source>Walk-in registration</source>
        <translation>ثبت‌نام حضوری</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="82" />
        <source>Choose a delegation…</source>
        <translation>هیئت را انتخاب کنید…</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="86" />
        <source>Choose a category…</source>
        <translation>دسته را انتخاب کنید…</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="105" />
        <source>Jalali (1404/08/27) or Gregorian (2025-11-18)</source>
        <translation>خورشیدی (1404/08/27) یا میلادی (2025-11-18)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="120" />
        <source>Check them in now</source>
        <translation>همین حالا پذیرش شود</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="135" />
        <source>Register</source>
        <translation>ثبت‌نام</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="136" />
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="142" />
        <source>Delegation and category</source>
        <translation>هیئت و رده</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="153" />
        <source>Form of address</source>
        <translation>عنوان خطاب</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="196" />
        <source>Delegation</source>
        <translation>هیئت</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="197" />
        <source>Category</source>
        <translation>رده</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="144" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="198" />
        <source>Given name (Persian)</source>
        <translation>نام (فارسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="199" />
        <source>Family name (Persian)</source>
        <translation>نام خانوادگی (فارسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="200" />
        <source>Given name (Latin)</source>
        <translation>نام (لاتین)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="201" />
        <source>Family name (Latin)</source>
        <translation>نام خانوادگی (لاتین)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="202" />
        <source>Name in their own script</source>
        <translation>نام به خط خودشان</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="151" />
        <source>Title</source>
        <translation>سمت</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="203" />
        <source>Title (Persian)</source>
        <translation>عنوان (فارسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="204" />
        <source>Title (English)</source>
        <translation>عنوان (انگلیسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="158" />
        <source>Contact and document</source>
        <translation>تماس و مدرک</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="205" />
        <source>Form of address (Persian)</source>
        <translation>عنوان خطاب (فارسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="206" />
        <source>Form of address (English)</source>
        <translation>عنوان خطاب (انگلیسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="207" />
        <source>Credentials presented on</source>
        <translation>تاریخ تقدیم استوارنامه</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="208" />
        <source>E-mail</source>
        <translation>رایانامه</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="209" />
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="210" />
        <source>Passport or ID number</source>
        <translation>شمارهٔ گذرنامه یا کارت شناسایی</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/dialogs/walk_in.py" line="161" />
        <source>A Persian or a Latin name is needed; the desk checks the form as it checks an imported list.</source>
        <translation>نام فارسی یا لاتین لازم است؛ فرم همان‌گونه بررسی می‌شود که فهرست واردشده.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/summit_desk/ui/welcome_page.py" line="21" />
        <source>Welcome to Summit Desk</source>
        <translation>به میز پذیرش اجلاس خوش آمدید</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/welcome_page.py" line="25" />
        <source>There is no event in %1 yet. Create the demo event of the Caspian governors' summit to try the desk, or set up a new event.</source>
        <translation>هنوز رویدادی در %1 نیست. برای آزمودن میز پذیرش، رویداد نمایشی اجلاس استانداران خزر را بسازید یا رویدادی تازه تعریف کنید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/welcome_page.py" line="30" />
        <source>Create the demo event</source>
        <translation>ساخت رویداد نمایشی</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/welcome_page.py" line="31" />
        <source>New event…</source>
        <translation>رویداد تازه…</translation>
    </message>
</context>
</TS>