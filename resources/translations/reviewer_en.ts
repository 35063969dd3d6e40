<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
