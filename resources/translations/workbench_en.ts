<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdjudicationWindow</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/adjudication.py" line="208"/>
        <source>%s (%n mention(s))</source>
        <translation>
            <numerusform>%s (%n mention)</numerusform>
            <numerusform>%s (%n mentions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/adjudication.py" line="216"/>
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/adjudication.py" line="218"/>
        <source>%n undecided</source>
        <translation>
            <numerusform>%n undecided</numerusform>
            <numerusform>%n undecided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/adjudication.py" line="278"/>
        <source>%n span(s) accepted</source>
        <translation>
            <numerusform>%n span accepted</numerusform>
            <numerusform>%n spans accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/adjudication.py" line="280"/>
        <source>%n link(s) accepted</source>
        <translation>
            <numerusform>%n link accepted</numerusform>
            <numerusform>%n links accepted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/project_files.py" line="397"/>
        <source>%1: %n record(s) read</source>
        <translation>
            <numerusform>%1: %n record read</numerusform>
            <numerusform>%1: %n records read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/main_window.py" line="394"/>
        <source>%n character(s) before</source>
        <translation>
            <numerusform>%n character before</numerusform>
            <numerusform>%n characters before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/main_window.py" line="396"/>
        <source>%n character(s) after</source>
        <translation>
            <numerusform>%n character after</numerusform>
            <numerusform>%n characters after</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/main_window.py" line="478"/>
        <source>%1 of %n document(s) done</source>
        <translation>
            <numerusform>%1 of %n document done</numerusform>
            <numerusform>%1 of %n documents done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/main_window.py" line="487"/>
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n span</numerusform>
            <numerusform>%n spans</numerusform>
        </translation>
    </message>
</context>
</TS>
