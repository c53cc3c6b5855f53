<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AcceptAboveDialog</name>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="240"/>
        <source>Accept all above a score</source>
        <translation>قبول الكل فوق درجة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="251"/>
        <source>Label:</source>
        <translation>الوسم:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="252"/>
        <source>Lowest score:</source>
        <translation>أدنى درجة:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/suggestions.py" line="277"/>
        <source>%n suggestion(s) of this document</source>
        <translation>
            <numerusform>لا اقتراحات في هذه الوثيقة</numerusform>
            <numerusform>اقتراح واحد في هذه الوثيقة</numerusform>
            <numerusform>اقتراحان في هذه الوثيقة</numerusform>
            <numerusform>%n اقتراحات في هذه الوثيقة</numerusform>
            <numerusform>%n اقتراحًا في هذه الوثيقة</numerusform>
            <numerusform>%n اقتراح في هذه الوثيقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdjudicationWindow</name>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="128"/>
        <source>Adjudication — %s</source>
        <translation>التحكيم — %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="165"/>
        <source>No document has annotations yet: merge the annotators&apos; packages first.</source>
        <translation>لا توسيمات في أي وثيقة بعد: ادمج حزم المُوسِّمين أولًا.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="178"/>
        <source>Adjudication</source>
        <translation>التحكيم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="180"/>
        <source>Document </source>
        <translation>الوثيقة </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="184"/>
        <source>&amp;Accept into gold</source>
        <translation>&amp;قبول في المرجع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="185"/>
        <source>&amp;Reject</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="186"/>
        <source>Accept all that every annotator made</source>
        <translation>قبول كل ما اتفق عليه جميع المُوسِّمين</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="217"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="217"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="217"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="218"/>
        <source>Gold</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="218"/>
        <source>Decided by</source>
        <translation>قرَّره</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="218"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="223"/>
        <source>span</source>
        <translation>مقطع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="223"/>
        <source>link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="224"/>
        <source>entity</source>
        <translation>كيان</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/adjudication.py" line="229"/>
        <source>%s (%n mention(s))</source>
        <translation>
            <numerusform>%s (لا إشارات)</numerusform>
            <numerusform>%s (إشارة واحدة)</numerusform>
            <numerusform>%s (إشارتان)</numerusform>
            <numerusform>%s (%n إشارات)</numerusform>
            <numerusform>%s (%n إشارةً)</numerusform>
            <numerusform>%s (%n إشارة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/adjudication.py" line="237"/>
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>لا مرشَّحات</numerusform>
            <numerusform>مرشَّح واحد</numerusform>
            <numerusform>مرشَّحان</numerusform>
            <numerusform>%n مرشَّحات</numerusform>
            <numerusform>%n مرشَّحًا</numerusform>
            <numerusform>%n مرشَّح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/adjudication.py" line="239"/>
        <source>%n undecided</source>
        <translation>
            <numerusform>لا شيء بلا قرار</numerusform>
            <numerusform>واحد بلا قرار</numerusform>
            <numerusform>اثنان بلا قرار</numerusform>
            <numerusform>%n بلا قرار</numerusform>
            <numerusform>%n بلا قرار</numerusform>
            <numerusform>%n بلا قرار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/adjudication.py" line="313"/>
        <source>%n span(s) accepted</source>
        <translation>
            <numerusform>لم يُقبل أي مقطع</numerusform>
            <numerusform>قُبل مقطع واحد</numerusform>
            <numerusform>قُبل مقطعان</numerusform>
            <numerusform>قُبلت %n مقاطع</numerusform>
            <numerusform>قُبل %n مقطعًا</numerusform>
            <numerusform>قُبل %n مقطع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/adjudication.py" line="315"/>
        <source>%n link(s) accepted</source>
        <translation>
            <numerusform>لم يُقبل أي رابط</numerusform>
            <numerusform>قُبل رابط واحد</numerusform>
            <numerusform>قُبل رابطان</numerusform>
            <numerusform>قُبلت %n روابط</numerusform>
            <numerusform>قُبل %n رابطًا</numerusform>
            <numerusform>قُبل %n رابط</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="260"/>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="261"/>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="262"/>
        <source>in gold</source>
        <translation>في المرجع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="263"/>
        <source>undecided</source>
        <translation>بلا قرار</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../workbench/ui/editor.py" line="237"/>
        <source>Paragraph &amp;direction</source>
        <translation>اتجاه ال&amp;فقرات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="240"/>
        <source>From each paragraph&apos;s first letter</source>
        <translation>من أول حرف في كل فقرة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="241"/>
        <source>Right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/editor.py" line="242"/>
        <source>Left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../workbench/ui/charts.py" line="250"/>
        <source>n/a</source>
        <translation>غير معرَّف</translation>
    </message>
</context>
<context>
    <name>CategoriesPanel</name>
    <message>
        <location filename="../../workbench/ui/categories_panel.py" line="60"/>
        <source>The schema declares no document categories.</source>
        <translation>لا يعرّف المخطط فئاتٍ للوثائق.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/categories_panel.py" line="72"/>
        <source>any number</source>
        <translation>أي عدد</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/categories_panel.py" line="72"/>
        <source>one</source>
        <translation>واحدة</translation>
    </message>
</context>
<context>
    <name>CategoryKeys</name>
    <message>
        <location filename="../../workbench/ui/categories_panel.py" line="169"/>
        <source>%s: press a number (%s)</source>
        <translation>%s: اضغط رقمًا (%s)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="35"/>
        <source>Relation</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="36"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="37"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="242"/>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="243"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="244"/>
        <source>Cue</source>
        <translation>فعل القول</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="245"/>
        <source>Speaker</source>
        <translation>القائل</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="246"/>
        <source>Organizations</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="247"/>
        <source>Warnings</source>
        <translation>تنبيهات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models.py" line="24"/>
        <source>new</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models.py" line="25"/>
        <source>in progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models.py" line="26"/>
        <source>done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models.py" line="126"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models.py" line="126"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models.py" line="222"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models.py" line="222"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="160"/>
        <source>Edit comment</source>
        <translation>تعديل التعليق</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="160"/>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="168"/>
        <source>What to say about it (plain text)</source>
        <translation>ما تريد قوله عنه (نص عادي)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="171"/>
        <source>On</source>
        <translation>على</translation>
    </message>
</context>
<context>
    <name>Comments</name>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="47"/>
        <source>the document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="60"/>
        <source>entity %s %s</source>
        <translation>الكيان %s %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="61"/>
        <source>%s (no longer there)</source>
        <translation>%s (لم يعد موجودًا)</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="221"/>
        <source>Comment…</source>
        <translation>تعليق…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="222"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="223"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="254"/>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="254"/>
        <source>On</source>
        <translation>على</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="254"/>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="254"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="274"/>
        <source>%s, %s, on %s:</source>
        <translation>%s، %s، على %s:</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="65"/>
        <source>gold</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="86"/>
        <source>%s · %s on task</source>
        <translation>%s · وقت العمل %s</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../workbench/ui/crash_report.py" line="51"/>
        <source>Something went wrong</source>
        <translation>حدث خطأ</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/crash_report.py" line="52"/>
        <source>That action failed: %s

Your saved work is safe; the window goes on working. The full report was written to:
%s</source>
        <translation>تعذّر تنفيذ ذلك: %s

عملك المحفوظ في أمان، والنافذة تواصل العمل. كُتب التقرير الكامل في:
%s</translation>
    </message>
</context>
<context>
    <name>DocumentListPanel</name>
    <message>
        <location filename="../../workbench/ui/panels.py" line="137"/>
        <source>Search documents…</source>
        <translation>ابحث في الوثائق…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels.py" line="139"/>
        <source>Whole words</source>
        <translation>كلمات كاملة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels.py" line="140"/>
        <source>Only the word itself: no و ف ب ك ل before it, no suffixes</source>
        <translation>الكلمة نفسها فقط: دون و ف ب ك ل قبلها ودون لواحق</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels.py" line="143"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels.py" line="144"/>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels.py" line="145"/>
        <source>In progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels.py" line="146"/>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/panels.py" line="211"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>لا وثائق</numerusform>
            <numerusform>وثيقة واحدة</numerusform>
            <numerusform>وثيقتان</numerusform>
            <numerusform>%n وثائق</numerusform>
            <numerusform>%n وثيقةً</numerusform>
            <numerusform>%n وثيقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels.py" line="213"/>
        <source>%1+ documents, still searching…</source>
        <translation>%1+ وثيقة، والبحث جارٍ…</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="121"/>
        <source>Entity / mention</source>
        <translation>الكيان / الإشارة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="121"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="124"/>
        <source>New from span</source>
        <translation>كيان جديد من المقطع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="125"/>
        <source>Add span</source>
        <translation>أضف المقطع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="126"/>
        <source>Split out</source>
        <translation>افصل</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="127"/>
        <source>Rename…</source>
        <translation>أعد التسمية…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="128"/>
        <source>Merge into…</source>
        <translation>ادمج في…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="129"/>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="196"/>
        <source>Rename entity</source>
        <translation>إعادة تسمية الكيان</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="196"/>
        <source>Canonical name:</source>
        <translation>الاسم المعتمد:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="209"/>
        <source>Merge entities</source>
        <translation>دمج الكيانات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="210"/>
        <source>Merge %s into:</source>
        <translation>ادمج %s في:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="227"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="233"/>
        <source>every layer</source>
        <translation>كل الطبقات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="234"/>
        <source>gold</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="239"/>
        <source>any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="240"/>
        <source>done only</source>
        <translation>المنجزة فقط</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="242"/>
        <source>entities and relations</source>
        <translation>كيانات وعلاقات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="243"/>
        <source>sequence labelling</source>
        <translation>توسيم تسلسلي</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="248"/>
        <source>Output</source>
        <translation>المخرج</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="249"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="250"/>
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="251"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="252"/>
        <source>doccano shape</source>
        <translation>شكل doccano</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="253"/>
        <source>Parquet: documents per shard</source>
        <translation>Parquet: وثائق في كل جزء</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="265"/>
        <source>Export to the folder</source>
        <translation>التصدير إلى المجلد</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="267"/>
        <source>Export to the file</source>
        <translation>التصدير إلى الملف</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/project_files.py" line="405"/>
        <source>%1: %n record(s) read</source>
        <translation>
            <numerusform>%1: لم يُقرأ أي سجل</numerusform>
            <numerusform>%1: قُرئ سجل واحد</numerusform>
            <numerusform>%1: قُرئ سجلان</numerusform>
            <numerusform>%1: قُرئت %n سجلات</numerusform>
            <numerusform>%1: قُرئ %n سجلًا</numerusform>
            <numerusform>%1: قُرئ %n سجل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="316"/>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="323"/>
        <source>No project made</source>
        <translation>لم يُنشأ مشروع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="329"/>
        <source>Open a project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="345"/>
        <source>Not opened</source>
        <translation>لم يُفتح</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="362"/>
        <source>No other project yet</source>
        <translation>لا مشروع آخر بعد</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="380"/>
        <location filename="../../workbench/ui/project_files.py" line="384"/>
        <source>Nothing imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="383"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="383"/>
        <source>Import cancelled</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="383"/>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="400"/>
        <source>Imported</source>
        <translation>تم الاستيراد</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="437"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="437"/>
        <source>Export cancelled</source>
        <translation>أُلغي التصدير</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="437"/>
        <source>Nothing was written.</source>
        <translation>لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="438"/>
        <source>Not exported</source>
        <translation>لم يُصدَّر</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="453"/>
        <source>Exported</source>
        <translation>تم التصدير</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../workbench/ui/app.py" line="151"/>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/app.py" line="152"/>
        <source>Your name, as it will be recorded with your annotations:</source>
        <translation>اسمك كما سيُسجَّل مع توسيماتك:</translation>
    </message>
</context>
<context>
    <name>GuidelinesPanel</name>
    <message>
        <location filename="../../workbench/ui/guidelines.py" line="51"/>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/guidelines.py" line="64"/>
        <source>Relations</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/guidelines.py" line="75"/>
        <source>Keyboard</source>
        <translation>لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/guidelines.py" line="67"/>
        <source>from %s to %s</source>
        <translation>من %s إلى %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/guidelines.py" line="85"/>
        <source>Examples:</source>
        <translation>أمثلة:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/guidelines.py" line="61"/>
        <source>Attributes:</source>
        <translation>الخصائص:</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="48"/>
        <source>span</source>
        <translation>مقطع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="49"/>
        <source>relation</source>
        <translation>علاقة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="50"/>
        <source>entity</source>
        <translation>كيان</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="51"/>
        <source>comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="52"/>
        <source>suggestion</source>
        <translation>اقتراح</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="53"/>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="54"/>
        <source>categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="55"/>
        <source>decision</source>
        <translation>قرار</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="56"/>
        <source>import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="57"/>
        <source>merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="71"/>
        <source>Whole document</source>
        <translation>الوثيقة كاملة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="77"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="78"/>
        <source>Bring back the deleted item as it was</source>
        <translation>إعادة العنصر المحذوف كما كان</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="130"/>
        <source>History of this document</source>
        <translation>سجل هذه الوثيقة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="132"/>
        <source>History of the selected item</source>
        <translation>سجل العنصر المحدد</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="144"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="145"/>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="146"/>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="147"/>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="148"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="156"/>
        <source>added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="158"/>
        <source>deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="160"/>
        <source>changed</source>
        <translation>تغيّر</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/history_panel.py" line="163"/>
        <source>%s %s</source>
        <translation>%s %s</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="192"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="194"/>
        <source>Files or folders, separated by ;</source>
        <translation>ملفات أو مجلدات، تفصل بينها ;</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="199"/>
        <source>as in the files</source>
        <translation>كما في الملفات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="201"/>
        <source>detect (UTF-8, UTF-16, cp1256)</source>
        <translation>اكتشاف تلقائي (UTF-8، UTF-16، cp1256)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="202"/>
        <source>Replace layers that exist already</source>
        <translation>استبدال الطبقات الموجودة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="203"/>
        <source>Skip invalid records (and list them)</source>
        <translation>تخطي السجلات غير الصالحة (مع سردها)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="205"/>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="206"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="207"/>
        <source>Annotator</source>
        <translation>المُوسِّم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="208"/>
        <source>Encoding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="214"/>
        <source>Files to import</source>
        <translation>ملفات للاستيراد</translation>
    </message>
</context>
<context>
    <name>LabelPalette</name>
    <message>
        <location filename="../../workbench/ui/panels.py" line="245"/>
        <source>Snap to whole words</source>
        <translation>التقاط الكلمات كاملة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels.py" line="248"/>
        <source>Leave out a proclitic (و ف ب ك ل)</source>
        <translation>استبعاد السابقة (و ف ب ك ل)</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <location filename="../../workbench/ui/charts.py" line="175"/>
        <source>nothing done yet</source>
        <translation>لم يُنجَز شيء بعد</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="63"/>
        <source>Workbench — %s</source>
        <translation>منصة التوسيم — %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="127"/>
        <source>(read-only)</source>
        <translation>(للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="128"/>
        <source>Read-only: nothing can be changed or saved</source>
        <translation>للقراءة فقط: لا يمكن تغيير شيء أو حفظه</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="76"/>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="77"/>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="79"/>
        <source>Guidelines</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="81"/>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="83"/>
        <source>Relations</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="84"/>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="85"/>
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="117"/>
        <source>Project: %s</source>
        <translation>المشروع: %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="191"/>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="194"/>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="195"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="213"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="215"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="218"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="219"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="220"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="221"/>
        <source>&amp;Document</source>
        <translation>&amp;وثيقة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="222"/>
        <source>&amp;Team</source>
        <translation>ال&amp;فريق</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="224"/>
        <source>&amp;Panels</source>
        <translation>ال&amp;لوحات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="234"/>
        <source>&amp;New project…</source>
        <translation>&amp;مشروع جديد…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="238"/>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="241"/>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="242"/>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="244"/>
        <source>&amp;Pack for an annotator…</source>
        <translation>&amp;حزمة لمُوسِّم…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="247"/>
        <source>&amp;Merge packages…</source>
        <translation>&amp;دمج الحزم…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="249"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="253"/>
        <source>&amp;Agreement…</source>
        <translation>الات&amp;فاق…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="257"/>
        <source>A&amp;djudicate…</source>
        <translation>التح&amp;كيم…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="260"/>
        <source>&amp;Progress…</source>
        <translation>ال&amp;تقدم…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="262"/>
        <source>&amp;Comment…</source>
        <translation>&amp;تعليق…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="267"/>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="272"/>
        <source>&amp;Guidelines</source>
        <translation>الإ&amp;رشادات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="275"/>
        <source>&amp;Delete span</source>
        <translation>&amp;حذف المقطع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="277"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="282"/>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="288"/>
        <source>Mark &amp;done and go to the next</source>
        <translation>علِّمها &amp;منجزة وانتقل إلى التالية</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="293"/>
        <source>&amp;Next document not done</source>
        <translation>الوثيقة ال&amp;تالية غير المنجزة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="297"/>
        <source>Mark in &amp;progress</source>
        <translation>علِّمها &amp;قيد العمل</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="312"/>
        <source>Open &amp;recent</source>
        <translation>فتح مشروع &amp;حديث</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="324"/>
        <source>Mark the selection as %s</source>
        <translation>وسم التحديد بـ %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="329"/>
        <source>Link the selected span: %s</source>
        <translation>ربط المقطع المحدد: %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="334"/>
        <source>%s, then 1–9</source>
        <translation>%s، ثم 1–9</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="334"/>
        <source>Document category: %s</source>
        <translation>فئة الوثيقة: %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="339"/>
        <source>Put the selected span into an entity</source>
        <translation>ضم المقطع المحدد إلى كيان</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="340"/>
        <source>Ctrl+drag</source>
        <translation>Ctrl+سحب</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="340"/>
        <source>Link one span to another</source>
        <translation>ربط مقطع بآخر</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="341"/>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="341"/>
        <source>Delete the selected span</source>
        <translation>حذف المقطع المحدد</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="342"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="342"/>
        <source>Clear the selection</source>
        <translation>إلغاء التحديد</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="420"/>
        <source>%s starts at %s, not at %s</source>
        <translation>تبدأ %s من %s، لا من %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="428"/>
        <source>No %s span to link to</source>
        <translation>لا مقطع %s للربط به</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="431"/>
        <source>%s to…</source>
        <translation>%s إلى…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/main_window.py" line="451"/>
        <source>%n character(s) before</source>
        <translation>
            <numerusform>قبله مباشرة</numerusform>
            <numerusform>قبله بحرف واحد</numerusform>
            <numerusform>قبله بحرفين</numerusform>
            <numerusform>قبله بـ%n أحرف</numerusform>
            <numerusform>قبله بـ%n حرفًا</numerusform>
            <numerusform>قبله بـ%n حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/main_window.py" line="453"/>
        <source>%n character(s) after</source>
        <translation>
            <numerusform>بعده مباشرة</numerusform>
            <numerusform>بعده بحرف واحد</numerusform>
            <numerusform>بعده بحرفين</numerusform>
            <numerusform>بعده بـ%n أحرف</numerusform>
            <numerusform>بعده بـ%n حرفًا</numerusform>
            <numerusform>بعده بـ%n حرف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="454"/>
        <source>overlapping</source>
        <translation>متداخل معه</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="460"/>
        <source>Entity</source>
        <translation>الكيان</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="461"/>
        <source>New entity “%s”</source>
        <translation>كيان جديد «%s»</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="473"/>
        <source>Add to “%s”</source>
        <translation>أضف إلى «%s»</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="478"/>
        <source>Split out of its entity</source>
        <translation>افصله عن كيانه</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="486"/>
        <source>The schema has no relation from %s to %s</source>
        <translation>لا يعرِّف المخطط علاقة من %s إلى %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="528"/>
        <source>(paused)</source>
        <translation>(متوقف)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="530"/>
        <source>Time on task: %s</source>
        <translation>وقت العمل: %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="552"/>
        <source>No documents</source>
        <translation>لا وثائق</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="557"/>
        <source>All done</source>
        <translation>اكتمل العمل</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="557"/>
        <source>Every document is done.</source>
        <translation>كل الوثائق منجزة.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="563"/>
        <source>This project has no documents yet. Import some with File → Import…, or drop files on this window.</source>
        <translation>لا وثائق في هذا المشروع بعد. استورد بعضها من ملف ← استيراد…، أو أسقط الملفات على هذه النافذة.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="592"/>
        <source>Annotator: %s</source>
        <translation>المُوسِّم: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/main_window.py" line="593"/>
        <source>%1 of %n document(s) done</source>
        <translation>
            <numerusform>أُنجزت %1 من لا وثائق</numerusform>
            <numerusform>أُنجزت %1 من وثيقة واحدة</numerusform>
            <numerusform>أُنجزت %1 من وثيقتين</numerusform>
            <numerusform>أُنجزت %1 من %n وثائق</numerusform>
            <numerusform>أُنجزت %1 من %n وثيقةً</numerusform>
            <numerusform>أُنجزت %1 من %n وثيقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="600"/>
        <source>Document %d of %d</source>
        <translation>الوثيقة %d من %d</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/main_window.py" line="602"/>
        <source>%n span(s)</source>
        <translation>
            <numerusform>لا مقاطع</numerusform>
            <numerusform>مقطع واحد</numerusform>
            <numerusform>مقطعان</numerusform>
            <numerusform>%n مقاطع</numerusform>
            <numerusform>%n مقطعًا</numerusform>
            <numerusform>%n مقطع</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../workbench/ui/preferences.py" line="43"/>
        <source>“%s” is a layer the workbench keeps (gold: the adjudicated layer, suggest: the suggestions), not a person: choose another name</source>
        <translation>«%s» طبقة يحتفظ بها البرنامج (gold: الطبقة المحكَّمة، suggest: الاقتراحات) وليس اسم شخص: اختر اسمًا آخر</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../workbench/ui/progress_dialog.py" line="44"/>
        <source>Progress — %s</source>
        <translation>التقدم — %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/progress_dialog.py" line="55"/>
        <source>Documents done over time</source>
        <translation>الوثائق المنجزة عبر الزمن</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/progress_dialog.py" line="57"/>
        <source>Time on task</source>
        <translation>وقت العمل</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/progress_dialog.py" line="60"/>
        <source>%s min</source>
        <translation>%s د</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/progress_dialog.py" line="63"/>
        <source>Spans per hour</source>
        <translation>مقاطع في الساعة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/progress_dialog.py" line="66"/>
        <source>Agreement with the others (span F1, relaxed)</source>
        <translation>الاتفاق مع الآخرين (F1 للمقاطع، مرن)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/progress_dialog.py" line="82"/>
        <source>n/a: %s</source>
        <translation>غير معرَّف: %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/progress_dialog.py" line="89"/>
        <source>Nobody has annotated a document yet.</source>
        <translation>لم يوسم أحد أي وثيقة بعد.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/progress_dialog.py" line="90"/>
        <source>Save as PNG…</source>
        <translation>حفظ بصيغة PNG…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/progress_dialog.py" line="105"/>
        <source>Save the charts</source>
        <translation>حفظ الرسوم البيانية</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/progress_dialog.py" line="107"/>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/progress_dialog.py" line="126"/>
        <source>Could not write %s: %s</source>
        <translation>تعذّرت كتابة %s: %s</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../workbench/ui/qt_strings.py" line="18"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>مجلّد</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/qt_strings.py" line="20"/>
        <source>Drive</source>
        <translation>قرص</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../workbench/ui/qt_strings.py" line="13"/>
        <source>&amp;Look in:</source>
        <translation>ا&amp;عثر في:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/qt_strings.py" line="15"/>
        <source>Files of &amp;type:</source>
        <translation>الملفّات من ال&amp;نّوع:</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="226"/>
        <source>no speaker</source>
        <translation>بلا قائل</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="227"/>
        <source>speaker mention has no entity</source>
        <translation>إشارة القائل بلا كيان</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="231"/>
        <source>no cue</source>
        <translation>بلا فعل قول</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="230"/>
        <source>%s speakers</source>
        <translation>%s قائلين</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="257"/>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>RelationPanel</name>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="66"/>
        <source>Delete relation</source>
        <translation>حذف العلاقة</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../workbench/ui/session.py" line="175"/>
        <source>Add %s</source>
        <translation>إضافة %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="183"/>
        <location filename="../../workbench/ui/session.py" line="340"/>
        <source>Delete %s</source>
        <translation>حذف %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="190"/>
        <location filename="../../workbench/ui/session.py" line="347"/>
        <source>Change %s</source>
        <translation>تغيير %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="171"/>
        <source>Select some text first.</source>
        <translation>حدِّد نصًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="158"/>
        <source>This span exists already.</source>
        <translation>هذا المقطع موجود من قبل.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="201"/>
        <source>Accept suggestion</source>
        <translation>قبول اقتراح</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="208"/>
        <source>Reject suggestion</source>
        <translation>رفض اقتراح</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="214"/>
        <source>Accept %s suggestions</source>
        <translation>قبول اقتراحات %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="239"/>
        <source>Set categories</source>
        <translation>تعيين الفئات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="247"/>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="254"/>
        <source>Edit comment</source>
        <translation>تعديل التعليق</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="261"/>
        <source>Remove comment</source>
        <translation>إزالة التعليق</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="267"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="333"/>
        <source>Link %s</source>
        <translation>ربط %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="355"/>
        <source>New entity</source>
        <translation>كيان جديد</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="363"/>
        <source>Split mention out</source>
        <translation>فصل الإشارة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="363"/>
        <source>Add mention to entity</source>
        <translation>إضافة الإشارة إلى كيان</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="370"/>
        <source>Rename entity</source>
        <translation>إعادة تسمية الكيان</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="377"/>
        <source>Merge entities</source>
        <translation>دمج الكيانات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="384"/>
        <source>Delete entity</source>
        <translation>حذف الكيان</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../workbench/ui/preferences.py" line="163"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences.py" line="168"/>
        <source>As the system</source>
        <translation>كلغة النظام</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences.py" line="173"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences.py" line="174"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences.py" line="183"/>
        <source>Annotator&apos;s name</source>
        <translation>اسم المُوسِّم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences.py" line="184"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences.py" line="185"/>
        <source>Theme</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences.py" line="186"/>
        <source>Article font</source>
        <translation>خط المقال</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences.py" line="187"/>
        <source>Font size</source>
        <translation>حجم الخط</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences.py" line="199"/>
        <source>The language applies when the workbench starts again. Label tags need the bundled font&apos;s line spacing: another font may place them over letters.</source>
        <translation>تُطبَّق اللغة عند تشغيل المنصة من جديد. تحتاج بطاقات الوسوم إلى تباعد أسطر الخط المرفق، وقد يضعها خط آخر فوق الحروف.</translation>
    </message>
</context>
<context>
    <name>SpanPanel</name>
    <message>
        <location filename="../../workbench/ui/panels.py" line="275"/>
        <location filename="../../workbench/ui/panels.py" line="320"/>
        <source>No span selected</source>
        <translation>لا مقطع محدد</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels.py" line="287"/>
        <source>Delete span</source>
        <translation>حذف المقطع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels.py" line="293"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
</context>
<context>
    <name>SuggestionActions</name>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="334"/>
        <source>&amp;Suggest</source>
        <translation>ا&amp;قتراحات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="336"/>
        <source>Suggest this &amp;document</source>
        <translation>اقتراحات لهذه ال&amp;وثيقة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="338"/>
        <source>Suggest &amp;all documents</source>
        <translation>اقتراحات لكل ال&amp;وثائق</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="339"/>
        <source>Re&amp;train model</source>
        <translation>إعادة &amp;تدريب النموذج</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="340"/>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="342"/>
        <source>&amp;Next suggestion</source>
        <translation>الاقتراح ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="343"/>
        <source>&amp;Previous suggestion</source>
        <translation>الاقتراح ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="345"/>
        <source>A&amp;ccept the suggestion</source>
        <translation>&amp;قبول الاقتراح</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="346"/>
        <source>Accept &amp;with its cue, speaker and links</source>
        <translation>قبول &amp;مع فعل القول والمتحدث والروابط</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="348"/>
        <source>&amp;Reject the suggestion</source>
        <translation>&amp;رفض الاقتراح</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="349"/>
        <source>Accept all a&amp;bove a score…</source>
        <translation>قبول الكل &amp;فوق درجة…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="369"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="369"/>
        <source>Select the next suggestion (Shift+Tab: the previous)</source>
        <translation>تحديد الاقتراح التالي (Shift+Tab: السابق)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="370"/>
        <source>Accept the selected suggestion (Shift+A: with its links)</source>
        <translation>قبول الاقتراح المحدد (Shift+A: مع روابطه)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="371"/>
        <source>Reject the selected suggestion</source>
        <translation>رفض الاقتراح المحدد</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="398"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/suggestions.py" line="420"/>
        <source>Suggestions: %n undecided</source>
        <translation>
            <numerusform>الاقتراحات: لا شيء معلق</numerusform>
            <numerusform>الاقتراحات: واحد معلق</numerusform>
            <numerusform>الاقتراحات: اثنان معلقان</numerusform>
            <numerusform>الاقتراحات: %n معلقة</numerusform>
            <numerusform>الاقتراحات: %n معلقًا</numerusform>
            <numerusform>الاقتراحات: %n معلق</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="424"/>
        <source>%s from %s, score %s</source>
        <translation>%s من %s، الدرجة %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/suggestions.py" line="459"/>
        <source>Taken back: %n suggestion(s) undecided again</source>
        <translation>
            <numerusform>تراجع: لا اقتراح عاد معلقًا</numerusform>
            <numerusform>تراجع: عاد اقتراح واحد معلقًا</numerusform>
            <numerusform>تراجع: عاد اقتراحان معلقين</numerusform>
            <numerusform>تراجع: عادت %n اقتراحات معلقة</numerusform>
            <numerusform>تراجع: عاد %n اقتراحًا معلقًا</numerusform>
            <numerusform>تراجع: عاد %n اقتراح معلقًا</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="499"/>
        <source>No undecided suggestions in this document (Suggest → Suggest this document)</source>
        <translation>لا اقتراحات معلقة في هذه الوثيقة (اقتراحات ← اقتراحات لهذه الوثيقة)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="533"/>
        <source>Accepted %s; Ctrl+Z takes it back</source>
        <translation>قُبل %s؛ Ctrl+Z يتراجع عنه</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="546"/>
        <source>Rejected %s; it will not be suggested again</source>
        <translation>رُفض %s؛ لن يُقترح مرة أخرى</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/suggestions.py" line="585"/>
        <source>Accepted %n suggestion(s); Ctrl+Z takes them back</source>
        <translation>
            <numerusform>لم يُقبل أي اقتراح</numerusform>
            <numerusform>قُبل اقتراح واحد؛ Ctrl+Z يتراجع عنه</numerusform>
            <numerusform>قُبل اقتراحان؛ Ctrl+Z يتراجع عنهما</numerusform>
            <numerusform>قُبلت %n اقتراحات؛ Ctrl+Z يتراجع عنها</numerusform>
            <numerusform>قُبل %n اقتراحًا؛ Ctrl+Z يتراجع عنها</numerusform>
            <numerusform>قُبل %n اقتراح؛ Ctrl+Z يتراجع عنها</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="661"/>
        <source>Suggesting %v of %m</source>
        <translation>الاقتراح: %v من %m</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="666"/>
        <source>Training %p%</source>
        <translation>التدريب %p%</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="673"/>
        <source>Read-only project</source>
        <translation>مشروع للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="675"/>
        <source>This project is read-only: suggestions cannot be made or saved in it. Copy it somewhere you may write, or ask for write access.</source>
        <translation>هذا المشروع للقراءة فقط: لا يمكن صنع الاقتراحات فيه ولا حفظها. انسخه إلى مكان يمكنك الكتابة فيه، أو اطلب صلاحية الكتابة.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="732"/>
        <source>Training failed (the reason is in the message)</source>
        <translation>فشل التدريب (السبب في الرسالة)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="733"/>
        <source>Training failed</source>
        <translation>فشل التدريب</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="737"/>
        <source>Suggesting failed (the reason is in the message)</source>
        <translation>فشل صنع الاقتراحات (السبب في الرسالة)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="738"/>
        <source>Suggesting failed</source>
        <translation>فشل صنع الاقتراحات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="699"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="707"/>
        <source>Suggestions cancelled: the project is as it was</source>
        <translation>أُلغيت الاقتراحات: المشروع كما كان</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/suggestions.py" line="711"/>
        <source>Suggestions ready: %n undecided in this document</source>
        <translation>
            <numerusform>الاقتراحات جاهزة: لا شيء معلق في هذه الوثيقة</numerusform>
            <numerusform>الاقتراحات جاهزة: واحد معلق في هذه الوثيقة</numerusform>
            <numerusform>الاقتراحات جاهزة: اثنان معلقان في هذه الوثيقة</numerusform>
            <numerusform>الاقتراحات جاهزة: %n معلقة في هذه الوثيقة</numerusform>
            <numerusform>الاقتراحات جاهزة: %n معلقًا في هذه الوثيقة</numerusform>
            <numerusform>الاقتراحات جاهزة: %n معلق في هذه الوثيقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="717"/>
        <source>Training cancelled: the model is as it was</source>
        <translation>أُلغي التدريب: النموذج كما كان</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/suggestions.py" line="720"/>
        <source>Model trained on %d documents; F1 by cross-validation: %s</source>
        <translation>دُرّب النموذج على %d من الوثائق؛ F1 بالتحقق المتقاطع: %s</translation>
    </message>
</context>
<context>
    <name>SupervisorWindow</name>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="58"/>
        <source>F1 exact</source>
        <translation>F1 مطابق</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="59"/>
        <source>F1 relaxed</source>
        <translation>F1 متسامح</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="60"/>
        <source>alpha_u</source>
        <translation>ألفا التقطيع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="61"/>
        <source>token alpha</source>
        <translation>ألفا الكلمات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="62"/>
        <source>relation F1</source>
        <translation>F1 العلاقات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="63"/>
        <source>speakers</source>
        <translation>القائلون</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="90"/>
        <source>n/a</source>
        <translation>غير معرَّف</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="135"/>
        <source>Agreement — %s</source>
        <translation>الاتفاق — %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="139"/>
        <source>Layers marked done</source>
        <translation>الطبقات المنجزة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="140"/>
        <source>All layers</source>
        <translation>كل الطبقات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="143"/>
        <source>Compare with suggestions</source>
        <translation>المقارنة مع الاقتراحات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="146"/>
        <source>Recompute</source>
        <translation>أعد الحساب</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="149"/>
        <source>Compare</source>
        <translation>قارن</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="149"/>
        <location filename="../../workbench/ui/supervisor.py" line="287"/>
        <source>Pair</source>
        <translation>الزوج</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="162"/>
        <source>Span F1 (relaxed), pair by pair</source>
        <translation>F1 المقاطع (متسامح) لكل زوج</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="163"/>
        <source>Every measure</source>
        <translation>كل المقاييس</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="170"/>
        <source>Disagreements</source>
        <translation>الاختلافات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="171"/>
        <source>By label</source>
        <translation>حسب الوسم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="172"/>
        <source>By document</source>
        <translation>حسب الوثيقة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="173"/>
        <source>Confusion</source>
        <translation>مصفوفة الالتباس</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="180"/>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="183"/>
        <location filename="../../workbench/ui/supervisor.py" line="307"/>
        <source>Time on task</source>
        <translation>وقت العمل</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="196"/>
        <source>Computing agreement: %p% of %m documents</source>
        <translation>حساب الاتفاق: %p% من الوثائق (%m)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="197"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="255"/>
        <source>Agreement could not be computed: %s</source>
        <translation>تعذّر حساب الاتفاق: %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="264"/>
        <source>Computing agreement was cancelled.</source>
        <translation>أُلغي حساب الاتفاق.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="287"/>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="296"/>
        <source>Agreement needs layers by two annotators.</source>
        <translation>يحتاج الاتفاق إلى طبقات من مُوسِّمَيْن اثنين.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="297"/>
        <source>n/a: %s</source>
        <translation>غير معرَّف: %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="307"/>
        <source>Annotator</source>
        <translation>المُوسِّم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="307"/>
        <source>Documents done</source>
        <translation>الوثائق المنجزة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="308"/>
        <source>Spans per hour</source>
        <translation>مقاطع في الساعة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="347"/>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="349"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="365"/>
        <location filename="../../workbench/ui/supervisor.py" line="404"/>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="388"/>
        <source>label</source>
        <translation>وسم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="389"/>
        <source>boundary</source>
        <translation>حدود</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="390"/>
        <source>missing</source>
        <translation>ناقص</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="391"/>
        <source>link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="404"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="404"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="404"/>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="64"/>
        <source>%s (%s) / %s (%s)</source>
        <translation>%s (%s) / %s (%s)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="65"/>
        <source>%s: boundaries differ</source>
        <translation>%s: الحدود مختلفة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="66"/>
        <source>%s only in %s</source>
        <translation>%s عند %s وحده</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="67"/>
        <source>no document that both annotators have marked done</source>
        <translation>لا وثيقة أنجزها كلاهما</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="68"/>
        <source>no document that both annotators have annotated</source>
        <translation>لا وثيقة وسمها كلاهما</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="69"/>
        <source>neither annotator marked any span</source>
        <translation>لم يحدِّد أيٌّ منهما أي مقطع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="70"/>
        <source>neither annotator linked any spans</source>
        <translation>لم يربط أيٌّ منهما أي مقاطع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="71"/>
        <source>no quote was marked by both annotators</source>
        <translation>لا اقتباس حدَّده كلاهما</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="72"/>
        <source>no coder marked a unit of any label</source>
        <translation>لم يحدِّد أحد وحدةً بأي وسم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="73"/>
        <source>no unit was coded by two or more coders</source>
        <translation>لا وحدة وسمها اثنان أو أكثر</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="74"/>
        <source>every unit received one and the same value: expected disagreement is 0</source>
        <translation>نالت كل الوحدات القيمة نفسها: الاختلاف المتوقَّع صفر</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="78"/>
        <source>expected disagreement is 0 (units cannot differ by chance)</source>
        <translation>الاختلاف المتوقَّع صفر (لا يمكن أن تختلف الوحدات بالصدفة)</translation>
    </message>
</context>
<context>
    <name>TaskClock</name>
    <message>
        <location filename="../../workbench/ui/time_on_task.py" line="51"/>
        <source>%d s</source>
        <translation>%d ث</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/time_on_task.py" line="54"/>
        <source>%d min</source>
        <translation>%d د</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/time_on_task.py" line="55"/>
        <source>%d h %02d min</source>
        <translation>%d س %02d د</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <location filename="../../workbench/ui/team_actions.py" line="37"/>
        <source>Pack for an annotator</source>
        <translation>حزمة لمُوسِّم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_actions.py" line="37"/>
        <source>Annotator&apos;s name:</source>
        <translation>اسم المُوسِّم:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_actions.py" line="44"/>
        <source>Save the package</source>
        <translation>احفظ الحزمة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_actions.py" line="55"/>
        <source>Package not made</source>
        <translation>لم تُصنع الحزمة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_actions.py" line="57"/>
        <source>Package made</source>
        <translation>صُنعت الحزمة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_actions.py" line="63"/>
        <source>Merge packages</source>
        <translation>دمج الحزم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_actions.py" line="74"/>
        <source>Nothing merged</source>
        <translation>لم يُدمج شيء</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_actions.py" line="83"/>
        <source>Packages merged</source>
        <translation>دُمجت الحزم</translation>
    </message>
</context>
<context>
    <name>TeamComments</name>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="368"/>
        <source>Reply…</source>
        <translation>رد…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="387"/>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="387"/>
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="387"/>
        <source>On</source>
        <translation>على</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="387"/>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="388"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="395"/>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="423"/>
        <source>%s&apos;s comment on %s</source>
        <translation>تعليق %s على %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/comments_panel.py" line="425"/>
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="131"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/project_files.py" line="181"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
</context>
</TS>
