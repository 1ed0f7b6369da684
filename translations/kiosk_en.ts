<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CountdownDialog</name>
    <message numerus="yes">
        <source>For your privacy, this screen will be cleared in %n second(s).</source>
        <extracomment>%n is the number of seconds before the kiosk signs the resident out.</extracomment>
        <translation>
            <numerusform>For your privacy, this screen will be cleared in %n second.</numerusform>
            <numerusform>For your privacy, this screen will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>How old a repair request is, in whole days.</extracomment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message numerus="yes">
        <source>Offline — payments are saved and will be sent (%n waiting)</source>
        <extracomment>Banner while the server cannot be reached; %n payments wait on this kiosk.</extracomment>
        <translation>
            <numerusform>Offline — payments are saved and will be sent (%n waiting)</numerusform>
            <numerusform>Offline — payments are saved and will be sent (%n waiting)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayScreen</name>
    <message numerus="yes">
        <source>Pay %n invoice(s)</source>
        <extracomment>Pays the invoices ticked above; %n is how many.</extracomment>
        <translation>
            <numerusform>Pay %n invoice</numerusform>
            <numerusform>Pay %n invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDots</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <extracomment>Read aloud for the masked PIN field; %n is how many digits were typed.</extracomment>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepairStatusScreen</name>
    <message numerus="yes">
        <source>Requested %1, %n day(s) ago</source>
        <extracomment>%1 is when the request was made; %n its age in days.</extracomment>
        <translation>
            <numerusform>Requested %1, %n day ago</numerusform>
            <numerusform>Requested %1, %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <extracomment>Outbox entries not yet sealed into a block.</extracomment>
        <translation>
            <numerusform>%n transaction</numerusform>
            <numerusform>%n transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved</source>
        <extracomment>Terminal payments whose outcome is not known yet.</extracomment>
        <translation>
            <numerusform>%n unresolved</numerusform>
            <numerusform>%n unresolved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>courtyard::kiosk</name>
    <message numerus="yes">
        <source>Offline — payments are saved and will be sent (%n waiting)</source>
        <translation>
            <numerusform>Offline — payments are saved and will be sent (%n waiting)</numerusform>
            <numerusform>Offline — payments are saved and will be sent (%n waiting)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Amounts in %1 have at most %n decimals.</source>
        <translation>
            <numerusform>Amounts in %1 have at most %n decimal.</numerusform>
            <numerusform>Amounts in %1 have at most %n decimals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The location can be at most %n characters.</source>
        <translation>
            <numerusform>The location can be at most %n character.</numerusform>
            <numerusform>The location can be at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The description can be at most %n characters.</source>
        <translation>
            <numerusform>The description can be at most %n character.</numerusform>
            <numerusform>The description can be at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before the card is locked.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left before the card is locked.</numerusform>
            <numerusform>Wrong PIN. %n tries left before the card is locked.</numerusform>
        </translation>
    </message>
</context>
</TS>
