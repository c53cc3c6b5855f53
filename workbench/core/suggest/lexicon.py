"""The words the attribution rules know, written for this project from Arabic news style.

- Reporting verbs (``VERBS``): each with its past and present forms in the persons news uses
  (he, she, they two, they: قال، قالت، قالا، قالتا، قالوا؛ يقول، تقول، يقولان، يقولون), its
  participle used as a cue after a quote (مضيفا، مشيرا، قائلا) and the particle that opens what
  it reports besides أن/إن (أشار إلى، دعا إلى، شدد على، طلب من، طالب ب). A verb may carry the
  proclitic و or ف (وأضاف، فقال); ``cue_of`` strips it. Each form knows the gender and
  number of the subject it agrees with (``agreement_of``: وتابعت a woman, وأضافوا men).
- Complementizers (أن، إن، أنه، إنها، بأن ...), words that extend a cue (كما ذكر، تابع
  بقوله), title words (وزير، المتحدث باسم، مندوب ...), heads of organisation names (مجلس،
  وزارة، منظمة ...), a short list of countries and organisations, and the words that end a
  speaker's noun phrase (يوم، في، خلال ...).

Words are compared folded by ``workbench.core.search.fold`` (one alef, ى as ي, ة as ه, no
harakat or tatweel), the rule search uses: أكّد, اكد and أكد are the same word.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.search import fold


@dataclass(frozen=True)
class Verb:
    """A reporting verb: ``past`` (he), the present stem without its prefix (قول for يقول),
    the participle used as a cue (مضيفا), the particles that open its content besides a
    complementizer, and irregular forms to add."""

    past: str
    present: str = ""
    participle: str = ""
    particles: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()


VERBS: tuple[Verb, ...] = (
    Verb("قال", "قول", "قائلا", extra=("قلن",)),
    Verb("أضاف", "ضيف", "مضيفا"),
    Verb("أكد", "ؤكد", "مؤكدا", ("على",)),
    Verb("أوضح", "وضح", "موضحا"),
    Verb("أشار", "شير", "مشيرا", ("إلى",)),
    Verb("ذكر", "ذكر", "ذاكرا"),
    Verb("صرح", "صرح", "مصرحا"),
    Verb("أعلن", "علن", "معلنا", ("عن",)),
    Verb("دعا", "دعو", "داعيا", ("إلى",), ("دعوا", "دعت", "دعتا", "يدعون", "تدعون")),
    Verb("تابع", "تابع", "متابعا"),
    Verb("لفت", "لفت", "لافتا", ("إلى",)),
    Verb("شدد", "شدد", "مشددا", ("على",)),
    Verb("اعتبر", "عتبر", "معتبرا"),
    Verb("أفاد", "فيد", "مفيدا"),
    Verb("نوه", "نوه", "منوها", ("إلى", "ب")),
    Verb("أعرب", "عرب", "معربا", ("عن",)),
    Verb("رأى", "رى", "", extra=("رأت", "رأوا", "رأيا", "يرون")),
    Verb("حذر", "حذر", "محذرا", ("من",)),
    Verb("طالب", "طالب", "مطالبا", ("ب",)),
    Verb("طلب", "طلب", "طالبا", ("من",)),
    Verb("حث", "حث", "حاثا", ("على",), ("حثت", "حثوا")),
    Verb("ناشد", "ناشد", "مناشدا"),
    Verb("أردف", "ردف", "مردفا"),
    Verb("استطرد", "ستطرد", "مستطردا"),
    Verb("اختتم", "ختتم", "مختتما"),
    Verb("زعم", "زعم", "زاعما"),
    Verb("ادعى", "دعي", "مدعيا", extra=("ادعت", "ادعوا")),
    Verb("نفى", "نفي", "نافيا", extra=("نفت", "نفوا", "ينفون")),
    Verb("كشف", "كشف", "كاشفا"),
    Verb("أبلغ", "بلغ", ""),
    Verb("رد", "رد", "", extra=("ردت", "ردوا")),
    Verb("علق", "علق", "معلقا"),
    Verb("أقر", "قر", "مقرا", extra=("أقرت", "أقروا")),
    Verb("اعترف", "عترف", "معترفا"),
    Verb("أوصى", "وصي", "موصيا", extra=("أوصت", "أوصوا")),
    Verb("نقل", "نقل", "ناقلا"),
    Verb("أفصح", "فصح", ""),
    Verb("ختم", "ختم", ""),
    Verb("تساءل", "تساءل", "متسائلا"),
    Verb("أجاب", "جيب", "مجيبا"),
)

# Attributions that are not verbs: the speaker follows them (وفقا لـ، بحسب، حسب).
ACCORDING_TO = ("بحسب", "حسب", "وفقا", "وفق", "طبقا", "نقلا")

COMPLEMENTIZERS = tuple(
    base + suffix
    for base in ("أن", "إن", "بأن", "بإن")
    for suffix in ("", "ه", "ها", "هم", "هما", "هن", "نا", "ني")
) + ("لأن",)
BARE_COMPLEMENTIZERS = ("أن", "إن", "بأن", "بإن")
# a word after the verb that belongs to the cue (تابع بقوله، قال في تصريحه)
CUE_TAILS = ("بقوله", "بالقول", "قائلا")
# a word before the verb that belongs to the cue (كما ذكر)
CUE_HEADS = ("كما",)

TITLE_WORDS = (
    "وزير", "وزيرة", "الوزير", "الوزيرة", "رئيس", "رئيسة", "الرئيس", "الرئيسة", "نائب",
    "النائب", "مندوب", "مندوبة", "المندوب", "سفير", "سفيرة", "السفير", "المتحدث", "المتحدثة",
    "متحدث", "متحدثة", "الناطق", "ناطق", "الأمين", "أمين", "مدير", "مديرة", "المدير",
    "مساعد", "مساعدة", "مستشار", "مستشارة", "المستشار", "قائد", "القائد", "زعيم", "الزعيم",
    "ممثل", "ممثلة", "الممثل", "المبعوث", "مبعوث", "مبعوثة", "عضو", "العضو", "محافظ",
    "المحافظ", "الملك", "الأمير", "ولي", "رئيسا", "أستاذ", "الأستاذ", "الخبير", "خبير",
    "مسؤول", "المسؤول", "مسؤولة", "الشيخ", "العميد", "اللواء", "الفريق", "العقيد", "الجنرال",
    "الدكتور", "د.", "المفوض", "مفوض", "المنسق", "منسق", "كبير", "كبيرة", "مراسل", "نقيب",
    "رئيسة", "وكيل", "الأمينة", "مدعي", "المدعي", "القاضي", "قاضي", "حاكم", "الحاكم",
    # professions news names people by (الصحفي، المحلل السياسي)
    "الصحفي", "الصحفية", "الكاتب", "الكاتبة", "المحلل", "المحللة", "الباحث", "الباحثة",
    "الناشط", "الناشطة", "الطبيب", "الطبيبة", "المحامي", "المحامية", "المعلق", "المراسل",
    "المراسلة", "الشاعر", "الفنان", "الفنانة", "اللاعب", "المدرب", "البروفيسور", "المهندس",
    "رجل", "المفكر", "الداعية", "الإعلامي", "الإعلامية", "المؤرخ", "الاقتصادي",
)  # fmt: skip
# nominals that name a speaker by role (مصدر، مسؤول): a PER mention of type NOM
NOMINALS = (
    "مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولين", "مبعوث", "متحدث", "شاهد", "شهود",
    "خبراء", "خبير", "محللون", "دبلوماسي", "دبلوماسيون", "مصدرا", "ناشطون", "ناشط", "سكان",
)  # fmt: skip
ORG_HEADS = (
    "مجلس", "المجلس", "وزارة", "الوزارة", "الحكومة", "حكومة", "منظمة", "المنظمة", "الأمم",
    "شركة", "الشركة", "وكالة", "الوكالة", "حركة", "الحركة", "حزب", "الحزب", "الجيش", "جيش",
    "الشرطة", "شرطة", "الرئاسة", "رئاسة", "لجنة", "اللجنة", "البنك", "بنك", "صندوق",
    "الصندوق", "الاتحاد", "اتحاد", "جامعة", "الجامعة", "هيئة", "الهيئة", "مكتب", "المكتب",
    "البرلمان", "برلمان", "المحكمة", "محكمة", "مؤسسة", "المؤسسة", "جمعية", "الجمعية",
    "البيت", "الكرملين", "الخارجية", "الداخلية", "الدفاع", "تنظيم", "التنظيم", "جبهة",
    "الجبهة", "التحالف", "تحالف", "مركز", "المركز", "معهد", "المعهد", "قوات", "القوات",
    "السلطة", "السلطات", "سلطات", "الأمانة", "مفوضية", "المفوضية", "البعثة", "بعثة",
    "صحيفة", "الصحيفة", "قناة", "القناة", "إذاعة", "الإذاعة", "مجلة", "المجلة", "التلفزيون",
    "تلفزيون", "النيابة", "نيابة", "الادعاء", "الرابطة", "رابطة", "النقابة", "نقابة",
)  # fmt: skip
ORGANISATIONS = (
    "الأمم المتحدة", "مجلس الأمن", "الاتحاد الأوروبي", "الاتحاد الأفريقي", "الجامعة العربية",
    "جامعة الدول العربية", "حلف شمال الأطلسي", "الناتو", "منظمة الصحة العالمية",
    "صندوق النقد الدولي", "البنك الدولي", "اليونسكو", "اليونيسف", "منظمة التعاون الإسلامي",
    "مجلس التعاون الخليجي", "الصليب الأحمر", "الهلال الأحمر", "منظمة العفو الدولية",
    "هيومن رايتس ووتش", "شينخوا", "رويترز", "فرانس برس", "أسوشيتد برس", "البيت الأبيض",
    "الكرملين", "الكونغرس", "وكالة الأنباء", "الجمعية العامة", "حماس", "فتح", "حزب الله",
    "داعش", "القاعدة", "طالبان", "أوبك",
)  # fmt: skip
COUNTRIES = (
    "الصين", "روسيا", "مصر", "السعودية", "الأردن", "سوريا", "سورية", "العراق", "لبنان",
    "فلسطين", "إسرائيل", "إيران", "تركيا", "قطر", "الكويت", "الإمارات", "البحرين", "عمان",
    "اليمن", "ليبيا", "تونس", "الجزائر", "المغرب", "موريتانيا", "السودان", "الصومال",
    "جيبوتي", "فرنسا", "ألمانيا", "بريطانيا", "إيطاليا", "إسبانيا", "اليابان", "الهند",
    "باكستان", "أفغانستان", "كندا", "البرازيل", "أوكرانيا", "الولايات المتحدة", "أمريكا",
    "أميركا", "واشنطن", "موسكو", "بكين", "القاهرة", "الرياض", "عمان", "دمشق", "بغداد",
    "بيروت", "طهران", "أنقرة", "باريس", "لندن", "برلين", "كوريا الشمالية",
    "كوريا الجنوبية", "إثيوبيا", "نيجيريا", "كينيا", "جنوب أفريقيا", "الفلبين",
    "إندونيسيا", "ماليزيا", "فنزويلا", "المكسيك", "الأرجنتين", "هولندا", "بلجيكا", "السويد",
    "النرويج", "سويسرا", "النمسا", "اليونان", "بولندا", "غزة", "القدس", "الضفة الغربية",
)  # fmt: skip
# where a speaker's noun phrase ends (قال الوزير في مؤتمر صحفي إن؛ دعا المبعوث يوم الأربعاء)
SPEAKER_ENDS = (
    "يوم", "اليوم", "أمس", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
    "السبت", "في", "خلال", "أثناء", "لدى", "عبر", "أمام", "إلى", "على", "عن", "من", "مع",
    "حول", "بشأن", "وفي", "ب", "ل", "إن", "أن", "الذي", "التي", "قد", "لقد", "صباح",
    "مساء", "الليلة", "صحفي", "صحفيين", "للصحفيين", "لوكالة", "لقناة", "لصحيفة",
    "بعد", "قبل", "عقب", "هنا", "هناك", "أيضا", "كذلك", "اليوم", "الإثنين",
)  # fmt: skip
# "لدى" is part of a title (مندوب الصين لدى الأمم المتحدة), "باسم" too (المتحدث باسم الوزارة)
TITLE_LINKS = ("لدى", "باسم", "في")
# words after which a quote's clause is not over: "، و" goes on unless a new cue follows
CLAUSE_PARTICLES = ("و", "ف")

FOLDED_PROCLITICS = ("و", "ف")


# the subject a verb form agrees with: (gender "m"/"f", number "sg"/"du"/"pl")
Agreement = tuple[str, str]
MASCULINE, FEMININE = ("m", "sg"), ("f", "sg")


def _extra_agreement(form: str) -> Agreement:
    """The agreement of an irregular form (دعت، رأوا، رأيا، قلن) read from its ending."""
    if form.endswith("ن") and not form.endswith(("ون", "ان")):
        return ("f", "pl")
    if form.endswith(("وا", "ون")):
        return ("m", "pl")
    if form.endswith("تا"):
        return ("f", "du")
    if form.endswith(("يا", "ان")):
        return ("m", "du")
    return FEMININE if form.endswith("ت") else MASCULINE


def _forms(verb: Verb) -> list[tuple[str, Agreement]]:
    """Each form of a verb with the subject it agrees with (قالت: a woman; قالوا: men)."""
    past = verb.past
    forms = [(past, MASCULINE), (past + "ت", FEMININE), (past + "وا", ("m", "pl")),
             (past + "ا", ("m", "du")), (past + "تا", ("f", "du"))]  # fmt: skip
    forms += [(form, _extra_agreement(form)) for form in verb.extra]
    if verb.present:
        stem = verb.present
        forms += [("ي" + stem, MASCULINE), ("ت" + stem, FEMININE), ("ي" + stem + "ون", ("m", "pl")),
                  ("ي" + stem + "ان", ("m", "du")), ("ت" + stem + "ان", ("f", "du"))]  # fmt: skip
    return forms + _participle_forms(verb)


def _participle_forms(verb: Verb) -> list[tuple[str, Agreement]]:
    if not verb.participle:
        return []
    participle = verb.participle
    stem = participle[:-1] if participle.endswith("ا") else participle
    return [(participle, MASCULINE), (stem + "ة", FEMININE), (stem + "ين", ("m", "pl"))]


def _table() -> tuple[dict[str, Verb], dict[str, Verb], dict[str, Agreement]]:
    verbs: dict[str, Verb] = {}
    participles: dict[str, Verb] = {}
    agreements: dict[str, Agreement] = {}
    for verb in VERBS:
        for form, agreement in _forms(verb):
            verbs.setdefault(fold(form), verb)
            agreements.setdefault(fold(form), agreement)
        for form, _agreement in _participle_forms(verb):
            participles.setdefault(fold(form), verb)
    return verbs, participles, agreements


_VERBS, _PARTICIPLES, _AGREEMENTS = _table()
# "it is worth noting that", the writer's formula, not someone's words, when the
# complementizer follows at once (ويذكر أن ...; يذكر الوزير أن ... is reported speech)
NOT_REPORTING = frozenset(fold(w) for w in ("يذكر", "ويذكر", "فيذكر"))
_FOLDED = {
    name: frozenset(fold(w) for w in words)
    for name, words in {
        "complementizers": COMPLEMENTIZERS,
        "bare": BARE_COMPLEMENTIZERS,
        "titles": TITLE_WORDS,
        "nominals": NOMINALS,
        "org_heads": ORG_HEADS,
        "speaker_ends": SPEAKER_ENDS,
        "title_links": TITLE_LINKS,
        "cue_tails": CUE_TAILS,
        "cue_heads": CUE_HEADS,
        "according": ACCORDING_TO,
    }.items()
}
ORGANISATION_NAMES = tuple(fold(n).split() for n in ORGANISATIONS)
COUNTRY_NAMES = tuple(fold(n).split() for n in COUNTRIES)


def _by_first_word(names: tuple[list[str], ...]) -> dict[str, list[list[str]]]:
    index: dict[str, list[list[str]]] = {}
    for name in sorted(names, key=len, reverse=True):  # the longest name first
        index.setdefault(name[0], []).append(name)
    return index


# known names by their first folded word: "org" (ORGANISATIONS), "country" (COUNTRIES)
KNOWN = {"org": _by_first_word(ORGANISATION_NAMES), "country": _by_first_word(COUNTRY_NAMES)}


def without_conjunction(folded: str) -> str:
    """A folded word without a leading و or ف when what remains is a word of 3 letters or
    more (وأضاف is أضاف; وزير stays وزير)."""
    if len(folded) > 3 and folded[0] in FOLDED_PROCLITICS:
        return folded[1:]
    return folded


def cue_of(folded: str) -> tuple[Verb, bool] | None:
    """The reporting verb a folded word is a form of, with or without و/ف, and whether it is
    the participle (مضيفا); None for other words."""
    for word in dict.fromkeys((folded, without_conjunction(folded))):
        if word in _PARTICIPLES:
            return _PARTICIPLES[word], True
        if word in _VERBS:
            return _VERBS[word], False
    return None


def agreement_of(folded: str) -> Agreement | None:
    """The gender and number of the subject a folded cue form agrees with, with or without
    و/ف (وتابعت: ("f", "sg"); وأضافوا: ("m", "pl")); None for other words."""
    for word in dict.fromkeys((folded, without_conjunction(folded))):
        if word in _AGREEMENTS:
            return _AGREEMENTS[word]
    return None


def is_a(kind: str, folded: str, strip: bool = False) -> bool:
    """Whether a folded word is in one of the lists (``strip``: with or without و/ف)."""
    words = _FOLDED[kind]
    return folded in words or (strip and without_conjunction(folded) in words)


def particles_of(verb: Verb) -> frozenset[str]:
    return frozenset(fold(p) for p in verb.particles)
