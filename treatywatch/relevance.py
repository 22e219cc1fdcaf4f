"""Is an article substantially about Russia–Japan relations?

Counts mentions of each side (country, capital, leaders, institutions) in the languages the corpus meets
and those aggregators most often republish the wire stories in (French, Chinese, Korean, Turkish, Vietnamese,
Indonesian, Ukrainian, Persian, Dutch beside the dev corpus's ten), plus bilateral markers (the islands dispute, the peace treaty, Sakhalin projects, "Japan-Russia", 日露…, and
"Russia and Japan" as one subject).
Both sides must be present, and either often or together with a bilateral marker: a volcano report from
the Kurils that names Japan once as geography, or a Japanese election story, is not.

Speed: the text is split into words once and each distinct word is looked up in sets (exact words) and
tuples of stems (`str.startswith`), both in C; only multi-word markers and Japanese (no spaces) use regular
expressions, and the multi-word one runs only when one of its first words is present.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from treatywatch.text import word_counts

# the Sakhalin projects: a bilateral marker, and Russia's (a report on Japan's stake in them names both sides)
SAKHALIN_PROJECTS = frozenset("sakhalin-1 sakhalin-2 sakhalin1 sakhalin2 сахалин-2 サハリン2 サハリン１ サハリン1 サハリン２".split())
# one side's names: exact words and stems (a stem matches every word that starts with it)
RUSSIA_WORDS = SAKHALIN_PROJECTS | frozenset(
                         "moscow kremlin putin lavrov peskov zakharova medvedev mishustin galuzin rudenko nozdrev shoigu "
                         "ushakov soviet ussr рф ссср "
                         "rusia rusa ruso rusos russa russo russi russland moskau mosca moscú moscou "
                         "russie russe russes rusland moskou rus moskova nga mátxcơva moskva moskow "
                         "ロシア ソ連 プーチン ラブロフ ペスコフ モスクワ クレムリン روسيا موسكو بوتين لافروف मास्को पुतिन पेसकोव "
                         "روسیه مسکو پوتین لاوروف کرملین".split())
RUSSIA_STEMS = tuple("russia росси российск москв кремл путин лавров песков захаров медведев руденко галузин шойгу "
                     "советск rosj rosyj moskw rusya росі російськ путін "
                     "russisch الروسي रूस 러시아 모스크바 크렘린 푸틴 라브로프 페스코프".split())
JAPAN_WORDS = frozenset("tokyo abe suga kishida ishiba takaichi kono motegi hayashi kamikawa iwaya kihara matsuno hokkaido "
                        "токио абэ суга исиба "
                        "такаити хоккайдо 日本 東京 安倍 岸田 菅 石破 高市 河野 茂木 北海道 japón japonia japão japonês "
                        "tóquio tokio اليابان طوكيو آبي टोक्यो आबे किशिदा jepang jepun ژاپن توکیو".split())
JAPAN_STEMS = tuple("japan япони японск кисид кишид исиб ишиб такаит такаич japon giappon japoń الياباني जापान "
                    "японі японськ 일본 도쿄 기시다 이시바 다카이치".split())
# bilateral markers written as one word (or one hyphenated compound)
BILATERAL_WORDS = SAKHALIN_PROJECTS | frozenset(
    "etorofu iturup kunashiri habomai "
    "japan-russia russia-japan russo-japanese japanese-russian russian-japanese japan-soviet "
    "soviet-japanese хабомаи 平和条約 北方領土 北方四島 日露 日ロ "
    "ロ日 日ソ 択捉 国後 色丹 歯舞 vredesverdrag".split())
# (the islands' names as stems: Russian declines them, «у Шикотана»; "Kunashir" also stems "Kunashiri")
BILATERAL_STEMS = tuple("российско-японск японо-российск советско-японск südkuril 평화조약 남쿠릴 북방영토 러일 "
                        "итуруп кунашир шикотан kunashir shikotan".split())
# bilateral markers of several words, and the first words that make the phrase search worth running
BILATERAL_PHRASES = (r"peace treaty|northern territories|southern kurils?|south kurils?|disputed islands|sakhalin ?[12]"
                     r"|мирн\w+ догов[оі]р\w*|(?:южн|південн)\w+ курил\w*"
                     r"|tratado de paz|trattato di pace|traktat\w* pokojow\w*|układ\w* pokojow\w*"
                     r"|friedens(?:vertrag|abkommen)\w*|معاهدة (?:ال)?سلام|शांति संधि|kuryl\w* południow\w*"
                     r"|curil\w* del sur|kuril\w* del sur|traité de paix|kouriles du sud|territoires du nord"
                     r"|barış an(?:t)?laşması\w*|güney kuril\w*|hiệp ước hòa bình|nam kuril|perjanjian damai"
                     r"|kuril selatan|(?:پیمان|معاهده) صلح|کوریل جنوبی")
PHRASE_STARTS = tuple("peace northern southern south disputed sakhalin мирн южн tratado trattato traktat układ friedens "
                      "معاهدة शांति kuryl curil kuril traité kouriles territoires barış güney hiệp perjanjian "
                      "پیمان معاهده کوریل південн".split())
_PHRASES = re.compile(rf"(?<![\w])(?:{BILATERAL_PHRASES})(?![\w])")
# the two countries as one subject ("Russia and Japan agreed on the salmon quota") is a bilateral marker; in a
# list ("China, Russia and Japan") or as geography ("islands between Russia and Japan") it is not
PAIRS = ("russia and japan", "japan and russia", "russian and japanese", "japanese and russian")
NOT_A_PAIR = (", ", "between ")
_RU_PAIR = re.compile(r"(?<!, )(?<!между )(?<!\w)(?:росси\w* и япони|япони\w* и росси)")
JAPAN_PHRASES = ("nhật bản",)  # Vietnamese: "nhật" alone is also the day ("chủ nhật", "cập nhật")
JA_PAIRS = ("日本とロシアは", "日本とロシアが", "ロシアと日本は", "ロシアと日本が")  # the subject marker: not 「…の間」, not a list
_R_CJK = re.compile(r"ロシア|露(?:外相|大統領|政府|側|軍|首相)|ソ連|プーチン|ラブロフ|ペスコフ|モスクワ|クレムリン"
                    r"|メドベージェフ|ザハロワ|ガルージン|ルデンコ"
                    # Chinese, simplified and traditional
                    r"|俄罗斯|俄羅斯|俄(?:方|外长|外長|总统|總統|政府)|普京|拉夫罗夫|拉夫羅夫|佩斯科夫|莫斯科|克里姆林|扎哈罗娃|扎哈羅娃")
_J_CJK = re.compile(r"日本|日露|日ロ|日ソ|東京|安倍|岸田|菅|石破|高市|河野|茂木|北海道|上川|岩屋|木原|东京|日方|対ロ|対露")
# (対ロ / 対露: Japan's policy toward Russia, 「対ロ制裁」; サハリン as a project, not the region, サハリン州)
_B_CJK = re.compile(r"平和条約|北方領土|北方四島|日露|日ロ|ロ日|日ソ|択捉|国後|色丹|歯舞|サハリン(?!州)|南クリー?ル|対ロ|対露"
                    r"|和平条约|和平條約|南千岛|南千島|北方四岛|日俄|俄日|择捉|擇捉|国后|國後|齿舞|齒舞")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_JA_ISLANDS = re.compile(r"北方領土|北方四島")
# a match, a tournament, a festival or a storm names both sides without being about their relations; with
# none of the words of politics, trade or the islands it is not (a bilateral marker overrides both)
OFF_TOPIC = re.compile(r"(?<!\w)(?:match(?:es)?|beat|beats|defeated|scored?|goals?|volleyball|football|soccer|hockey|basketball"
                       r"|tennis|figure skating|skaters?|olympic\w*|championship\w*|tournament|world cup|semifinal\w*|coach"
                       r"|medals?|medalists?|athletes?|judo|sumo|wrestl\w*|boxing|marathon|grand prix"
                       r"|anime|manga|festival|concert|film|movie|exhibition|orchestra|ballet|cuisine|recipe"
                       r"|earthquakes?|quakes?|tsunami|typhoons?|volcan\w*|eruption|magnitude|forecasters?|weather"
                       # …and in the languages aggregators republish in ("El volcán de las islas Kuriles …")
                       r"|volc[aá]n\w*|erupci\w*|terremoto\w*|sismo\w*|séisme\w*|tif[oó]n\w*|wulkan\w*|trzęsieni\w*"
                       r"|erdbeben\w*|vulkan\w*|زلزال|بركان|भूकंप|ज्वालामुखी"
                       r"|землетрясени\w*|цунами|тайфун\w*|вулкан\w*|извержени\w*"
                       r"|матч\w*|сборн\w+|чемпионат\w*|турнир\w*|олимпи\w*|хокке\w*|футбол\w*|волейбол\w*|фестивал\w*"
                       r"|аниме|концерт\w*|выставк\w*)(?!\w)|試合|選手権|五輪|アニメ|映画祭|演奏会|地震|津波|台風|噴火")
POLITICAL = re.compile(r"(?<!\w)(?:minister\w*|government\w*|president\w*|prime|premier|talks|negotiat\w*|sanction\w*"
                       r"|treaty|embass\w*|ambassador\w*|diplomat\w*|foreign|relations|summit\w*|islands?|territor\w*"
                       r"|kremlin|military|troops|drills?|defen[cs]e|security|trade|energy|lng|oil|gas|fisher\w*|visas?"
                       r"|министр\w*|правительств\w*|президент\w*|переговор\w*|санкц\w*|договор\w*|посол\w*|посольств\w*"
                       r"|дипломат\w*|мид|саммит\w*|остров\w*|территор\w*|кремл\w*|военн\w*|учени\w*|торгов\w*"
                       r"|энерг\w*|нефт\w*|газ\w*|рыб\w*|виз\w*)(?!\w)"
                       r"|首相|外相|大統領|政府|交渉|制裁|条約|大使|外交|領土|島|首脳|会談|軍|演習|貿易|エネルギー|漁")
KURILS = re.compile(r"(?<!\w)(?:kuril\w*|kurile\w*|курил\w*)|クリル|千島", re.IGNORECASE)
# the other wars' parties a peace treaty is often about in the same news ("Moscow and Kyiv discuss a peace treaty")
OTHER_TREATY_PARTY = re.compile(r"ukrain\w*|kyiv|kiev|украин\w*|киев\w*|україн\w*|armeni\w*|azerbaijan\w*|армени\w*"
                                r"|азербайдж\w*|israel\w*|hamas|gaza|palestin\w*|ucrania|ucraina|ukrain|ウクライナ|아르메니아")
OTHER_TREATY_REACH = 80  # characters either side of the phrase
_PEACE = re.compile(r"peace|мирн|tratado|trattato|traktat|układ|friedens|معاهدة|शांति|traité|barış|hiệp|perjanjian|پیمان|معاهده")
_JAPAN_NEAR = re.compile(r"japan|tokyo|япони|токио|日本|japon|giappon|japoń|jepang|ژاپن|اليابان|जापान")
# Japan's other territorial disputes named in a title (with Korea over Takeshima, with China over the Senkakus)
OTHER_DISPUTE_TITLE = re.compile(r"takeshima|dokdo|senkaku|diaoyu|такэсим|такесим|токто|сенкаку|竹島|独島|尖閣|釣魚",
                                 re.IGNORECASE)
THRESHOLD = 0.5
MAX_CHARS = 20000  # the lead decides what an article is about; long tails only cost time


def _is(word: str, words: frozenset, stems: tuple) -> bool:
    return word in words or word.startswith(stems)


_NEITHER = (0, 0, 0)
_WORD_CLASSES: dict[str, tuple[int, int, int]] = {}  # word → (names Russia, names Japan, bilateral marker)
MAX_WORD_CLASSES = 200_000  # distinct words remembered (a few tens of MB at most)


def _classify(word: str) -> tuple[int, int, int]:
    c = (int(_is(word, RUSSIA_WORDS, RUSSIA_STEMS)), int(_is(word, JAPAN_WORDS, JAPAN_STEMS)),
         int(_is(word, BILATERAL_WORDS, BILATERAL_STEMS)))
    c = _NEITHER if c == _NEITHER else c
    if len(_WORD_CLASSES) < MAX_WORD_CLASSES:
        _WORD_CLASSES[word] = c
    return c


def _body(title: str, text: str) -> str:
    """What is read: the title and the lead of the text, lowered, without the page's navigation (a menu, "Most read"
    and "Читайте также" link lines, tags), whose links name Russia–Japan around an article on something else."""
    text = (text or "")[:MAX_CHARS]
    if "|" in text or ":" in text:
        text = NAVIGATION.sub("", text)
    return f"{title or ''}\n{text}".lower()


# a line of the page's navigation: links set apart by "|" (two at least), or a "Most read:" / «Читайте также:» /
# "Tags:" / 関連記事 line of links
NAVIGATION = re.compile(r"^[^\n]*\|[^\n]*\|[^\n]*$|^\W*(?:most read|read also|read more|related|see also|tags"
                        r"|читайте также|читайте еще|по теме|теги|関連記事|関連ニュース|タグ)\b[^\n]*$",
                        re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=8)  # the pipeline asks for the score and the decision of the same text in a row
def _counts(title: str, text: str) -> tuple[int, int, int]:
    body = _body(title, text)
    counts = word_counts(body)
    r = j = b = 0
    classes = _WORD_CLASSES
    for w, n in counts.items():  # one dictionary lookup per distinct word: the same words recur in every article
        c = classes.get(w)
        if c is None:
            c = _classify(w)
        if c is not _NEITHER:
            r += n * c[0]
            j += n * c[1]
            b += n * c[2]
    for word, n in counts.items():
        if "-" not in word:
            continue
        parts = word.split("-")
        head = parts[0]  # a word after a hyphen ("Japan-Russia") names neither side on its own
        r += n * (head in RUSSIA_WORDS or head.startswith(RUSSIA_STEMS)) - n * word.startswith(RUSSIA_STEMS)
        j += n * (head in JAPAN_WORDS or head.startswith(JAPAN_STEMS)) - n * word.startswith(JAPAN_STEMS)
        if len(parts) > 2 and not _is(word, BILATERAL_WORDS, BILATERAL_STEMS):  # inside a longer compound
            b += n * any(_is("-".join(parts[i:i + 2]), BILATERAL_WORDS, BILATERAL_STEMS) for i in range(len(parts) - 1))
    if any(start in body for start in PHRASE_STARTS):  # substring tests in C spare most texts the phrase scan
        b += sum(1 for m in _PHRASES.finditer(body) if not _another_pairs_treaty(body, m))
    if "nhật" in body:
        j += sum(body.count(p) for p in JAPAN_PHRASES)
    if _CJK.search(body):
        # the islands under their Japanese name are Russia-held and Japan's side of the dispute, and so are their
        # former residents: a Japanese report on them often names neither "ロシア" nor "日本" ("政府は、元島民の北方四島
        # への墓参を…")
        islands = len(_JA_ISLANDS.findall(body))
        r += len(_R_CJK.findall(body)) + islands
        j += len(_J_CJK.findall(body)) + islands + body.count("元島民")
        b += len(_B_CJK.findall(body))
    return r, j, b


def _another_pairs_treaty(body: str, m: re.Match) -> bool:
    """A peace treaty of another war named around the phrase ("a peace treaty with Ukraine", "the Armenia-Azerbaijan
    peace treaty") and no Japanese side there: not a marker of Russia–Japan relations."""
    if not _PEACE.match(m.group()):
        return False
    around = body[max(0, m.start() - OTHER_TREATY_REACH):m.end() + OTHER_TREATY_REACH]
    return OTHER_TREATY_PARTY.search(around) is not None and not _JAPAN_NEAR.search(around)


def _pairs(title: str, text: str) -> int:
    body = _body(title, text)
    n = sum(body.count(p) - sum(body.count(before + p) for before in NOT_A_PAIR) for p in PAIRS)
    if " и япони" in body or " и росси" in body:
        n += len(_RU_PAIR.findall(body))
    if "と" in body:
        n += sum(body.count(p) - body.count("、" + p) for p in JA_PAIRS)
    return n


def relevance_score(title: str | None, text: str | None, language: str | None = None) -> float:
    """In [0, 1]: how much the article is about Russia–Japan relations."""
    r, j, b = _counts(title or "", text or "")
    if not r or not j:
        return round(min(0.3, 0.1 * b), 3)
    off_topic = False
    if not b:  # only here can these change the decision: the words are in nearly every text, so not scanned always
        b = _pairs(title or "", text or "")
        body = _body(title or "", text or "")
        off_topic = OFF_TOPIC.search(body) is not None
        if not b and not off_topic and KURILS.search(body):
            b = 1  # the Kurils with both sides named ("drills on the Kurils; Japan protested"), not a volcano or a quake
        off_topic = not b and off_topic and not POLITICAL.search(body)
    both = min(r, j)
    score = 1 - math.exp(-(0.35 * both + 0.6 * b))
    if both < 2 and b == 0:
        score = min(score, 0.3)
    if off_topic:
        score = min(score, 0.3)  # "Japan beat Russia 3-1 in the volleyball final": both named, no relations
    if b < 3 and title and OTHER_DISPUTE_TITLE.search(title) and not _counts(title, "")[0]:
        # "Seoul protests Tokyo's Takeshima Day ceremony" with one background line on the Northern Territories:
        # Japan's other dispute is the story
        score = min(score, 0.3)
    return round(score, 3)


def assess(title: str | None, text: str | None, language: str | None = None) -> tuple[float, bool]:
    """(relevance score, relevant): the terms counted once for both."""
    score = relevance_score(title, text, language)
    return score, score >= THRESHOLD


def is_relevant(title: str | None, text: str | None, language: str | None = None) -> bool:
    return assess(title, text, language)[1]
