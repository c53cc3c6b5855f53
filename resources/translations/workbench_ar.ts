<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AdjudicationWindow</name>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="120" />
        <source>Adjudication — %s</source>
        <translation>التحكيم — %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="148" />
        <source>No document has annotations yet: merge the annotators' packages first.</source>
        <translation>لا توسيمات في أي وثيقة بعد: ادمج حزم المعلِّمين أولًا.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="152" />
        <source>Adjudication</source>
        <translation>التحكيم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="154" />
        <source>Document </source>
        <translation>الوثيقة </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="158" />
        <source>&amp;Accept into gold</source>
        <translation>&amp;قبول في المرجع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="159" />
        <source>&amp;Reject</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="160" />
        <source>Accept all that every annotator made</source>
        <translation>قبول كل ما اتفق عليه جميع المعلِّمين</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="190" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="190" />
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="190" />
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="191" />
        <source>Gold</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="191" />
        <source>Decided by</source>
        <translation>قرَّره</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="191" />
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="196" />
        <source>span</source>
        <translation>مقطع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="196" />
        <source>link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="197" />
        <source>entity</source>
        <translation>كيان</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="202" />
        <source>%s (%d mentions)</source>
        <translation>%s (%d إشارات)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="210" />
        <source>%d candidates, %d undecided</source>
        <translation>%d مرشحًا، %d بلا قرار</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="217" />
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="218" />
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="219" />
        <source>in gold</source>
        <translation>في المرجع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="220" />
        <source>undecided</source>
        <translation>بلا قرار</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="268" />
        <source>%d spans and %d links accepted</source>
        <translation>قُبل %d مقطعًا و%d رابطًا</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="31" />
        <source>Relation</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="32" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="33" />
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="225" />
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="226" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="227" />
        <source>Cue</source>
        <translation>فعل القول</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="228" />
        <source>Speaker</source>
        <translation>القائل</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="229" />
        <source>Organizations</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="230" />
        <source>Warnings</source>
        <translation>تنبيهات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models.py" line="20" />
        <source>new</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models.py" line="21" />
        <source>in progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models.py" line="22" />
        <source>done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models.py" line="70" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models.py" line="70" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models.py" line="85" />
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/models.py" line="85" />
        <source>Text</source>
        <translation>النص</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../workbench/ui/adjudication.py" line="71" />
        <source>gold</source>
        <translation>المرجع</translation>
    </message>
</context>
<context>
    <name>DocumentListPanel</name>
    <message>
        <location filename="../../workbench/ui/panels.py" line="83" />
        <source>Search documents…</source>
        <translation>ابحث في الوثائق…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels.py" line="87" />
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels.py" line="88" />
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels.py" line="89" />
        <source>In progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels.py" line="90" />
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="106" />
        <source>Entity / mention</source>
        <translation>الكيان / الإشارة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="106" />
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="109" />
        <source>New from span</source>
        <translation>كيان جديد من المقطع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="110" />
        <source>Add span</source>
        <translation>أضف المقطع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="111" />
        <source>Split out</source>
        <translation>افصل</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="112" />
        <source>Rename…</source>
        <translation>أعد التسمية…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="113" />
        <source>Merge into…</source>
        <translation>ادمج في…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="114" />
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="179" />
        <source>Rename entity</source>
        <translation>إعادة تسمية الكيان</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="179" />
        <source>Canonical name:</source>
        <translation>الاسم المعتمد:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="192" />
        <source>Merge entities</source>
        <translation>دمج الكيانات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="193" />
        <source>Merge %s into:</source>
        <translation>ادمج %s في:</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../workbench/ui/app.py" line="102" />
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/app.py" line="103" />
        <source>Your name, as it will be recorded with your annotations:</source>
        <translation>اسمك كما سيُسجَّل مع توسيماتك:</translation>
    </message>
</context>
<context>
    <name>GuidelinesPanel</name>
    <message>
        <location filename="../../workbench/ui/guidelines.py" line="50" />
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/guidelines.py" line="63" />
        <source>Relations</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/guidelines.py" line="74" />
        <source>Keyboard</source>
        <translation>لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/guidelines.py" line="66" />
        <source>from %s to %s</source>
        <translation>من %s إلى %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/guidelines.py" line="84" />
        <source>Examples:</source>
        <translation>أمثلة:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/guidelines.py" line="60" />
        <source>Attributes:</source>
        <translation>الخصائص:</translation>
    </message>
</context>
<context>
    <name>LabelPalette</name>
    <message>
        <location filename="../../workbench/ui/panels.py" line="152" />
        <source>Snap to whole words</source>
        <translation>التقاط الكلمات كاملة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels.py" line="155" />
        <source>Leave out a proclitic (و ف ب ك ل)</source>
        <translation>استبعاد السابقة (و ف ب ك ل)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="43" />
        <source>Workbench — %s</source>
        <translation>منصة التوسيم — %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="56" />
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="57" />
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="59" />
        <source>Guidelines</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="61" />
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="63" />
        <source>Relations</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="64" />
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="65" />
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="122" />
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="124" />
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="127" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="128" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="129" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="130" />
        <source>&amp;Document</source>
        <translation>&amp;وثيقة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="131" />
        <source>&amp;Team</source>
        <translation>&amp;الفريق</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="138" />
        <source>&amp;Pack for an annotator…</source>
        <translation>&amp;حزمة لمعلِّم…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="141" />
        <source>&amp;Merge packages…</source>
        <translation>&amp;دمج الحزم…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="143" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="147" />
        <source>&amp;Agreement…</source>
        <translation>&amp;الاتفاق…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="151" />
        <source>A&amp;djudicate…</source>
        <translation>&amp;التحكيم…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="156" />
        <source>&amp;Settings…</source>
        <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="161" />
        <source>&amp;Guidelines</source>
        <translation>&amp;الإرشادات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="164" />
        <source>&amp;Delete span</source>
        <translation>&amp;حذف المقطع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="166" />
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="171" />
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="177" />
        <source>Mark &amp;done and go to the next</source>
        <translation>علِّمها &amp;منجزة وانتقل إلى التالية</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="182" />
        <source>&amp;Next document not done</source>
        <translation>الوثيقة &amp;التالية غير المنجزة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="186" />
        <source>Mark in &amp;progress</source>
        <translation>علِّمها &amp;قيد العمل</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="203" />
        <source>Mark the selection as %s</source>
        <translation>وسم التحديد بـ %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="208" />
        <source>Link the selected span: %s</source>
        <translation>ربط المقطع المحدد: %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="213" />
        <source>Put the selected span into an entity</source>
        <translation>ضم المقطع المحدد إلى كيان</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="214" />
        <source>Ctrl+drag</source>
        <translation>Ctrl+سحب</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="214" />
        <source>Link one span to another</source>
        <translation>ربط مقطع بآخر</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="215" />
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="215" />
        <source>Delete the selected span</source>
        <translation>حذف المقطع المحدد</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="216" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="216" />
        <source>Clear the selection</source>
        <translation>إلغاء التحديد</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="290" />
        <source>%s starts at %s, not at %s</source>
        <translation>تبدأ %s من %s، لا من %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="298" />
        <source>No %s span to link to</source>
        <translation>لا مقطع %s للربط به</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="301" />
        <source>%s to…</source>
        <translation>%s إلى…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="315" />
        <source>Entity</source>
        <translation>الكيان</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="316" />
        <source>New entity “%s”</source>
        <translation>كيان جديد «%s»</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="326" />
        <source>Add to “%s”</source>
        <translation>أضف إلى «%s»</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="329" />
        <source>Split out of its entity</source>
        <translation>افصله عن كيانه</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="337" />
        <source>The schema has no relation from %s to %s</source>
        <translation>لا يعرِّف المخطط علاقة من %s إلى %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="371" />
        <source>All done</source>
        <translation>اكتمل العمل</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="371" />
        <source>Every document is done.</source>
        <translation>كل الوثائق منجزة.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="380" />
        <source>Annotator: %s</source>
        <translation>المعلِّم: %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="382" />
        <source>%d of %d documents done</source>
        <translation>أُنجزت %d من %d وثيقة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="385" />
        <source>Document %d of %d · %s · %d spans · %d of %d done</source>
        <translation>الوثيقة %d من %d · %s · %d مقطعًا · أُنجزت %d من %d</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="209" />
        <source>no speaker</source>
        <translation>بلا قائل</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="210" />
        <source>speaker mention has no entity</source>
        <translation>إشارة القائل بلا كيان</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="211" />
        <source>no cue</source>
        <translation>بلا فعل قول</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="212" />
        <location filename="../../workbench/ui/link_panels.py" line="219" />
        <source>%s speakers</source>
        <translation>%s قائلين</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="240" />
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>RelationPanel</name>
    <message>
        <location filename="../../workbench/ui/link_panels.py" line="62" />
        <source>Delete relation</source>
        <translation>حذف العلاقة</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../workbench/ui/commands.py" line="80" />
        <source>Add %s</source>
        <translation>إضافة %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/commands.py" line="100" />
        <location filename="../../workbench/ui/session.py" line="246" />
        <source>Delete %s</source>
        <translation>حذف %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/commands.py" line="117" />
        <location filename="../../workbench/ui/session.py" line="262" />
        <source>Change %s</source>
        <translation>تغيير %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="140" />
        <source>Select some text first.</source>
        <translation>حدِّد نصًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="152" />
        <source>This span exists already.</source>
        <translation>هذا المقطع موجود من قبل.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="240" />
        <source>Link %s</source>
        <translation>ربط %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="282" />
        <source>New entity</source>
        <translation>كيان جديد</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="289" />
        <source>Split mention out</source>
        <translation>فصل الإشارة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="289" />
        <source>Add mention to entity</source>
        <translation>إضافة الإشارة إلى كيان</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="297" />
        <source>Rename entity</source>
        <translation>إعادة تسمية الكيان</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="311" />
        <source>Merge entities</source>
        <translation>دمج الكيانات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/session.py" line="323" />
        <source>Delete entity</source>
        <translation>حذف الكيان</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../workbench/ui/preferences.py" line="125" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences.py" line="130" />
        <source>As the system</source>
        <translation>كلغة النظام</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences.py" line="135" />
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences.py" line="136" />
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences.py" line="145" />
        <source>Annotator's name</source>
        <translation>اسم المعلِّم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences.py" line="146" />
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences.py" line="147" />
        <source>Theme</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences.py" line="148" />
        <source>Article font</source>
        <translation>خط المقال</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences.py" line="149" />
        <source>Font size</source>
        <translation>حجم الخط</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/preferences.py" line="161" />
        <source>The language applies when the workbench starts again. Label tags need the bundled font's line spacing: another font may place them over letters.</source>
        <translation>تُطبَّق اللغة عند تشغيل المنصة من جديد. تحتاج بطاقات الوسوم إلى تباعد أسطر الخط المرفق، وقد يضعها خط آخر فوق الحروف.</translation>
    </message>
</context>
<context>
    <name>SpanPanel</name>
    <message>
        <location filename="../../workbench/ui/panels.py" line="180" />
        <location filename="../../workbench/ui/panels.py" line="213" />
        <source>No span selected</source>
        <translation>لا مقطع محدد</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels.py" line="187" />
        <source>Delete span</source>
        <translation>حذف المقطع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/panels.py" line="193" />
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
</context>
<context>
    <name>SupervisorWindow</name>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="33" />
        <source>F1 exact</source>
        <translation>F1 مطابق</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="34" />
        <source>F1 relaxed</source>
        <translation>F1 متسامح</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="35" />
        <source>alpha_u</source>
        <translation>ألفا التقطيع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="36" />
        <source>token alpha</source>
        <translation>ألفا الكلمات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="37" />
        <source>relation F1</source>
        <translation>F1 العلاقات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="38" />
        <source>speakers</source>
        <translation>القائلون</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="44" />
        <source>n/a</source>
        <translation>غير معرَّف</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="53" />
        <source>Agreement — %s</source>
        <translation>الاتفاق — %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="56" />
        <source>Layers marked done</source>
        <translation>الطبقات المنجزة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="57" />
        <source>All layers</source>
        <translation>كل الطبقات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="59" />
        <source>Recompute</source>
        <translation>أعد الحساب</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="62" />
        <source>Compare</source>
        <translation>قارن</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="62" />
        <location filename="../../workbench/ui/supervisor.py" line="125" />
        <source>Pair</source>
        <translation>الزوج</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="74" />
        <source>Span F1 (relaxed), pair by pair</source>
        <translation>F1 المقاطع (متسامح) لكل زوج</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="75" />
        <source>Every measure</source>
        <translation>كل المقاييس</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="82" />
        <source>Disagreements</source>
        <translation>الاختلافات</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="83" />
        <source>By label</source>
        <translation>حسب الوسم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="84" />
        <source>By document</source>
        <translation>حسب الوثيقة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="85" />
        <source>Confusion</source>
        <translation>مصفوفة الالتباس</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="125" />
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="134" />
        <source>Agreement needs layers by two annotators.</source>
        <translation>يحتاج الاتفاق إلى طبقات من معلِّمَيْن اثنين.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="135" />
        <source>n/a: %s</source>
        <translation>غير معرَّف: %s</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="155" />
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="157" />
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="166" />
        <location filename="../../workbench/ui/supervisor.py" line="213" />
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="195" />
        <source>label</source>
        <translation>وسم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="196" />
        <source>boundary</source>
        <translation>حدود</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="197" />
        <source>missing</source>
        <translation>ناقص</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="198" />
        <source>link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="213" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="213" />
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="213" />
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="220" />
        <source>%s (%s) / %s (%s)</source>
        <translation>%s (%s) / %s (%s)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="222" />
        <source>%s: boundaries differ</source>
        <translation>%s: الحدود مختلفة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="224" />
        <source>%s only in %s</source>
        <translation>%s عند %s وحده</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="52" />
        <source>no document that both annotators have marked done</source>
        <translation>لا وثيقة أنجزها كلاهما</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="53" />
        <source>no document that both annotators have annotated</source>
        <translation>لا وثيقة وسمها كلاهما</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="54" />
        <source>neither annotator marked any span</source>
        <translation>لم يحدِّد أيٌّ منهما أي مقطع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="55" />
        <source>neither annotator linked any spans</source>
        <translation>لم يربط أيٌّ منهما أي مقاطع</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="56" />
        <source>no quote was marked by both annotators</source>
        <translation>لا اقتباس حدَّده كلاهما</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="57" />
        <source>no coder marked a unit of any label</source>
        <translation>لم يحدِّد أحد وحدةً بأي وسم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="58" />
        <source>no unit was coded by two or more coders</source>
        <translation>لا وحدة وسمها اثنان أو أكثر</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="61" />
        <source>every unit received one and the same value: expected disagreement is 0</source>
        <translation>نالت كل الوحدات القيمة نفسها: الاختلاف المتوقَّع صفر</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/supervisor.py" line="64" />
        <source>expected disagreement is 0 (units cannot differ by chance)</source>
        <translation>الاختلاف المتوقَّع صفر (لا يمكن أن تختلف الوحدات بالصدفة)</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <location filename="../../workbench/ui/team_actions.py" line="40" />
        <source>Pack for an annotator</source>
        <translation>حزمة لمعلِّم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_actions.py" line="40" />
        <source>Annotator's name:</source>
        <translation>اسم المعلِّم:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_actions.py" line="47" />
        <source>Save the package</source>
        <translation>احفظ الحزمة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_actions.py" line="58" />
        <source>Package not made</source>
        <translation>لم تُصنع الحزمة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_actions.py" line="60" />
        <source>Package made</source>
        <translation>صُنعت الحزمة</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_actions.py" line="66" />
        <source>Merge packages</source>
        <translation>دمج الحزم</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_actions.py" line="77" />
        <source>Nothing merged</source>
        <translation>لم يُدمج شيء</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_actions.py" line="84" />
        <source>Packages merged</source>
        <translation>دُمجت الحزم</translation>
    </message>
</context>
</TS>