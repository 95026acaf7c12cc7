<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CategoryModel</name>
    <message numerus="yes">
        <source>Matched %n time(s) in this session</source>
        <translation>
            <numerusform>Matched %n time in this session</numerusform>
            <numerusform>Matched %n times in this session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen %n time(s) in this session; no entry of the help page matched</source>
        <translation>
            <numerusform>Seen %n time in this session; no entry of the help page matched</numerusform>
            <numerusform>Seen %n times in this session; no entry of the help page matched</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryTabs</name>
    <message numerus="yes">
        <source>%n recipient(s) in this session</source>
        <translation>
            <numerusform>%n recipient in this session</numerusform>
            <numerusform>%n recipients in this session</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Cancelled; %n message(s) in this session.</source>
        <translation>
            <numerusform>Cancelled; %n message in this session.</numerusform>
            <numerusform>Cancelled; %n messages in this session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done; %n message(s) in this session.</source>
        <translation>
            <numerusform>Done; %n message in this session.</numerusform>
            <numerusform>Done; %n messages in this session.</numerusform>
        </translation>
    </message>
</context>
</TS>
