<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CountdownDialog</name>
    <message numerus="yes">
        <source>For your privacy, this screen will be cleared in %Ln second(s).</source>
        <extracomment>%Ln is the number of seconds before the kiosk signs the resident out.</extracomment>
        <translation>
            <numerusform>For your privacy, this screen will be cleared in %Ln second.</numerusform>
            <numerusform>For your privacy, this screen will be cleared in %Ln seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <extracomment>How old a repair request is, in whole days.</extracomment>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message numerus="yes">
        <source>Offline — payments are saved and will be sent (%Ln waiting)</source>
        <extracomment>Banner while the server cannot be reached; %Ln payments wait on this kiosk.</extracomment>
        <translation>
            <numerusform>Offline — payments are saved and will be sent (%Ln waiting)</numerusform>
            <numerusform>Offline — payments are saved and will be sent (%Ln waiting)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayScreen</name>
    <message numerus="yes">
        <source>Pay %Ln invoice(s)</source>
        <extracomment>Pays the invoices ticked above; %Ln is how many.</extracomment>
        <translation>
            <numerusform>Pay %Ln invoice</numerusform>
            <numerusform>Pay %Ln invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDots</name>
    <message numerus="yes">
        <source>%Ln digit(s) entered</source>
        <extracomment>Read aloud for the masked PIN field; %Ln is how many digits were typed.</extracomment>
        <translation>
            <numerusform>%Ln digit entered</numerusform>
            <numerusform>%Ln digits entered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepairStatusScreen</name>
    <message numerus="yes">
        <source>Requested %1, %Ln day(s) ago</source>
        <extracomment>%1 is when the request was made; %Ln its age in days.</extracomment>
        <translation>
            <numerusform>Requested %1, %Ln day ago</numerusform>
            <numerusform>Requested %1, %Ln days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message numerus="yes">
        <source>%Ln transaction(s)</source>
        <extracomment>Outbox entries not yet sealed into a block.</extracomment>
        <translation>
            <numerusform>%Ln transaction</numerusform>
            <numerusform>%Ln transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unresolved</source>
        <extracomment>Terminal payments whose outcome is not known yet.</extracomment>
        <translation>
            <numerusform>%Ln unresolved</numerusform>
            <numerusform>%Ln unresolved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>courtyard::kiosk</name>
    <message numerus="yes">
        <source>Offline — payments are saved and will be sent (%Ln waiting)</source>
        <translation>
            <numerusform>Offline — payments are saved and will be sent (%Ln waiting)</numerusform>
            <numerusform>Offline — payments are saved and will be sent (%Ln waiting)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Amounts in %1 have at most %Ln decimals.</source>
        <translation>
            <numerusform>Amounts in %1 have at most %Ln decimal.</numerusform>
            <numerusform>Amounts in %1 have at most %Ln decimals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The location can be at most %Ln characters.</source>
        <translation>
            <numerusform>The location can be at most %Ln character.</numerusform>
            <numerusform>The location can be at most %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The description can be at most %Ln characters.</source>
        <translation>
            <numerusform>The description can be at most %Ln character.</numerusform>
            <numerusform>The description can be at most %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %Ln tries left before the card is locked.</source>
        <translation>
            <numerusform>Wrong PIN. %Ln try left before the card is locked.</numerusform>
            <numerusform>Wrong PIN. %Ln tries left before the card is locked.</numerusform>
        </translation>
    </message>
</context>
</TS>
