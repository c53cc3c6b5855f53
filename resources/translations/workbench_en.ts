<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AcceptAboveDialog</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/suggestions.py" line="277"/>
        <source>%n suggestion(s) of this document</source>
        <translation>
            <numerusform>%n suggestion of this document</numerusform>
            <numerusform>%n suggestions of this document</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdjudicationWindow</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/adjudication.py" line="229"/>
        <source>%s (%n mention(s))</source>
        <translation>
            <numerusform>%s (%n mention)</numerusform>
            <numerusform>%s (%n mentions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/adjudication.py" line="237"/>
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/adjudication.py" line="239"/>
        <source>%n undecided</source>
        <translation>
            <numerusform>%n undecided</numerusform>
            <numerusform>%n undecided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/adjudication.py" line="313"/>
        <source>%n span(s) accepted</source>
        <translation>
            <numerusform>%n span accepted</numerusform>
            <numerusform>%n spans accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/adjudication.py" line="315"/>
        <source>%n link(s) accepted</source>
        <translation>
            <numerusform>%n link accepted</numerusform>
            <numerusform>%n links accepted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentListPanel</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/panels.py" line="211"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/project_files.py" line="405"/>
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
        <location filename="../../workbench/ui/main_window.py" line="451"/>
        <source>%n character(s) before</source>
        <translation>
            <numerusform>%n character before</numerusform>
            <numerusform>%n characters before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/main_window.py" line="453"/>
        <source>%n character(s) after</source>
        <translation>
            <numerusform>%n character after</numerusform>
            <numerusform>%n characters after</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/main_window.py" line="593"/>
        <source>%1 of %n document(s) done</source>
        <translation>
            <numerusform>%1 of %n document done</numerusform>
            <numerusform>%1 of %n documents done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/main_window.py" line="602"/>
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n span</numerusform>
            <numerusform>%n spans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionActions</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/suggestions.py" line="420"/>
        <source>Suggestions: %n undecided</source>
        <translation>
            <numerusform>Suggestions: %n undecided</numerusform>
            <numerusform>Suggestions: %n undecided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/suggestions.py" line="459"/>
        <source>Taken back: %n suggestion(s) undecided again</source>
        <translation>
            <numerusform>Taken back: %n suggestion undecided again</numerusform>
            <numerusform>Taken back: %n suggestions undecided again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/suggestions.py" line="585"/>
        <source>Accepted %n suggestion(s); Ctrl+Z takes them back</source>
        <translation>
            <numerusform>Accepted %n suggestion; Ctrl+Z takes it back</numerusform>
            <numerusform>Accepted %n suggestions; Ctrl+Z takes them back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/suggestions.py" line="711"/>
        <source>Suggestions ready: %n undecided in this document</source>
        <translation>
            <numerusform>Suggestions ready: %n undecided in this document</numerusform>
            <numerusform>Suggestions ready: %n undecided in this document</numerusform>
        </translation>
    </message>
</context>
</TS>
