<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>courtyard::desk::accounting::AccountingDesk</name>
    <message numerus="yes">
        <source>%1: %n line(s) read.</source>
        <translation>
            <numerusform>%1: %n line read.</numerusform>
            <numerusform>%1: %n lines read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mapping remembered for this bank's files; %n line(s) read.</source>
        <translation>
            <numerusform>Mapping remembered for this bank's files; %n line read.</numerusform>
            <numerusform>Mapping remembered for this bank's files; %n lines read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) signed and queued for the server.</source>
        <translation>
            <numerusform>%n payment signed and queued for the server.</numerusform>
            <numerusform>%n payments signed and queued for the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) signed; not posted: %1</source>
        <translation>
            <numerusform>%n payment signed; not posted: %1</numerusform>
            <numerusform>%n payments signed; not posted: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 owed by %n unit(s) on %2</source>
        <translation>
            <numerusform>%1 owed by %n unit on %2</numerusform>
            <numerusform>%1 owed by %n units on %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n page(s)).</source>
        <translation>
            <numerusform>%1 written (%n page).</numerusform>
            <numerusform>%1 written (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n row(s)).</source>
        <translation>
            <numerusform>%1 written (%n row).</numerusform>
            <numerusform>%1 written (%n rows).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder letter(s) written to %1.</source>
        <translation>
            <numerusform>%n reminder letter written to %1.</numerusform>
            <numerusform>%n reminder letters written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BankImportPage</name>
    <message numerus="yes">
        <source>Post %n matched line(s)</source>
        <translation>
            <numerusform>Post %n matched line</numerusform>
            <numerusform>Post %n matched lines</numerusform>
        </translation>
    </message>
</context>
</TS>
