<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fa_IR">
<context>
    <name>DelegationCountsModel</name>
    <message>
        <location filename="../../src/summit_desk/ui/main_window.py" line="63" />
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/main_window.py" line="63" />
        <source>Delegation</source>
        <translation>هیئت</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/main_window.py" line="63" />
        <source>People</source>
        <translation>نفرات</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/main_window.py" line="68" />
        <source>Arrived %1</source>
        <translation>ورود %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/summit_desk/ui/main_window.py" line="170" />
        <location filename="../../src/summit_desk/ui/main_window.py" line="216" />
        <source>Summit Desk</source>
        <translation>میز پذیرش اجلاس</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="28" />
        <source>New event</source>
        <translation>رویداد تازه</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="45" />
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="77" />
        <source>Name (Persian)</source>
        <translation>نام (فارسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="46" />
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="78" />
        <source>Name (English)</source>
        <translation>نام (انگلیسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="47" />
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="79" />
        <source>Slogan (Persian)</source>
        <translation>شعار (فارسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="48" />
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="80" />
        <source>Slogan (English)</source>
        <translation>شعار (انگلیسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="49" />
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="81" />
        <source>Venue (Persian)</source>
        <translation>محل برگزاری (فارسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="50" />
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="82" />
        <source>Venue (English)</source>
        <translation>محل برگزاری (انگلیسی)</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="51" />
        <source>First day</source>
        <translation>روز نخست</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="52" />
        <source>Days</source>
        <translation>شمار روزها</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/new_event_dialog.py" line="68" />
        <source>Give the event a name in Persian or English.</source>
        <translation>برای رویداد نامی فارسی یا انگلیسی بنویسید.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../src/summit_desk/ui/main_window.py" line="157" />
        <source>%1 — %2 people in %3 delegations</source>
        <translation>%1 — %2 نفر در %3 هیئت</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/summit_desk/ui/main_window.py" line="93" />
        <source>Welcome to Summit Desk</source>
        <translation>به میز پذیرش اجلاس خوش آمدید</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/main_window.py" line="97" />
        <source>There is no event in %1 yet. Create the demo event of the Caspian governors' summit to try the desk, or set up a new event.</source>
        <translation>هنوز رویدادی در %1 نیست. برای آزمودن میز پذیرش، رویداد نمایشی اجلاس استانداران خزر را بسازید یا رویدادی تازه تعریف کنید.</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/main_window.py" line="102" />
        <source>Create the demo event</source>
        <translation>ساخت رویداد نمایشی</translation>
    </message>
    <message>
        <location filename="../../src/summit_desk/ui/main_window.py" line="103" />
        <source>New event…</source>
        <translation>رویداد تازه…</translation>
    </message>
</context>
</TS>