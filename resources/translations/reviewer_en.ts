<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DecisionController</name>
    <message numerus="yes">
        <location filename="../../ui/decision/controller.py" line="104"/>
        <source>Answer the required questions listed above (%n).</source>
        <translation>
            <numerusform>Answer the required question listed above (%n).</numerusform>
            <numerusform>Answer the %n required questions listed above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message numerus="yes">
        <location filename="../../ui/evidence/panel.py" line="40"/>
        <location filename="../../ui/evidence/panel.py" line="174"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissingAnswers</name>
    <message numerus="yes">
        <location filename="../../ui/assessment/missing.py" line="58"/>
        <source>Provisional: required answers missing: %n.</source>
        <translation>
            <numerusform>Provisional: %n required answer missing.</numerusform>
            <numerusform>Provisional: %n required answers missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assessment/missing.py" line="60"/>
        <source>Required answers still missing: %n.</source>
        <translation>
            <numerusform>%n required answer still missing.</numerusform>
            <numerusform>%n required answers still missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewsListPage</name>
    <message numerus="yes">
        <location filename="../../ui/reviews/list_page.py" line="337"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeController</name>
    <message numerus="yes">
        <location filename="../../ui/welcome/controller.py" line="59"/>
        <source>Loaded %n sample review(s). Open Reviews to look at them.</source>
        <translation>
            <numerusform>Loaded %n sample review. Open Reviews to look at them.</numerusform>
            <numerusform>Loaded %n sample reviews. Open Reviews to look at them.</numerusform>
        </translation>
    </message>
</context>
</TS>
