"""Is an article substantially about Russia–Japan relations?

Counts mentions of each side (country, capital, leaders, institutions) in the languages the corpus meets,
plus bilateral markers (the islands dispute, the peace treaty, Sakhalin projects, "Japan-Russia", 日露…).
Both sides must be present, and either often or together with a bilateral marker: a volcano report from
the Kurils that names Japan once as geography, or a Japanese election story, is not.
"""
from __future__ import annotations

import math
import re

RUSSIA = (r"russia\w*|moscow|kremlin|putin|lavrov|peskov|zakharova|medvedev|mishustin|galuzin|soviet|ussr"
          r"|росси\w*|российск\w*|москв\w*|кремл\w*|путин\w*|лавров\w*|песков\w*|захаров\w*|медведев\w*|рф|ссср|советск\w*"
          r"|ロシア|ソ連|プーチン|ラブロフ|ペスコフ|モスクワ|クレムリン"
          r"|rusia|rusa|ruso|rusos|russa|russo|russi|rosj\w*|rosyj\w*|moskw\w*|russland|russisch\w*|moskau|mosca|moscú|moscou"
          r"|روسيا|الروسي\w*|موسكو|بوتين|لافروف|रूस\w*|मास्को|पुतिन|पेसकोव")
JAPAN = (r"japan\w*|tokyo|abe|kishida|suga|ishiba|takaichi|kono|motegi|hayashi|kamikawa|iwaya|hokkaido"
         r"|япони\w*|японск\w*|токио|абэ|кисид\w*|суга|исиба|такаити|хоккайдо"
         r"|日本|東京|安倍|岸田|菅|石破|高市|河野|茂木|北海道"
         r"|japón|japon\w*|giappon\w*|japonia|japoń\w*|japão|japonês|tóquio|tokio|tokyo"
         r"|اليابان|الياباني\w*|طوكيو|آبي|जापान\w*|टोक्यो|आबे|किशिदा")
BILATERAL = (r"peace treaty|northern territories|southern kurils?|south kurils?|disputed islands|etorofu|iturup|kunashiri?|shikotan|habomai"
             r"|sakhalin[- ]?[12]|japan-russia|russia-japan|russo-japanese|japanese-russian|russian-japanese|japan-soviet|soviet-japanese"
             r"|мирн\w+ договор\w*|южн\w+ курил\w*|итуруп|кунашир|шикотан|хабомаи|российско-японск\w*|японо-российск\w*|советско-японск\w*|сахалин-2"
             r"|平和条約|北方領土|北方四島|日露|日ロ|ロ日|日ソ|択捉|国後|色丹|歯舞|サハリン2|サハリン１|サハリン1|サハリン２"
             r"|tratado de paz|trattato di pace|traktat\w* pokojow\w*|układ\w* pokojow\w*|friedens(?:vertrag|abkommen)\w*"
             r"|معاهدة (?:ال)?سلام|शांति संधि|kuryl\w* południow\w*|curil\w* del sur|kuril\w* del sur|südkuril\w*")
_R = re.compile(rf"(?<![\w-])(?:{RUSSIA})(?![\w])", re.IGNORECASE)
_J = re.compile(rf"(?<![\w-])(?:{JAPAN})(?![\w])", re.IGNORECASE)
_B = re.compile(rf"(?<![\w])(?:{BILATERAL})(?![\w])", re.IGNORECASE)
_R_CJK = re.compile(r"ロシア|露(?:外相|大統領|政府|側|軍|首相)|ソ連|プーチン|ラブロフ|ペスコフ|モスクワ|クレムリン")
_J_CJK = re.compile(r"日本|日露|日ロ|日ソ|東京|安倍|岸田|菅|石破|高市|河野|茂木|北海道")
_B_CJK = re.compile(r"平和条約|北方領土|北方四島|日露|日ロ|ロ日|日ソ|択捉|国後|色丹|歯舞|サハリン|南クリル")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
THRESHOLD = 0.5
MAX_CHARS = 20000  # the lead decides what an article is about; long tails only cost time


def _counts(title: str, text: str) -> tuple[int, int, int]:
    body = f"{title or ''}\n{text or ''}"[:MAX_CHARS]
    if _CJK.search(body):
        r = len(_R.findall(body)) + len(_R_CJK.findall(body))
        j = len(_J.findall(body)) + len(_J_CJK.findall(body))
        b = len(_B.findall(body)) + len(_B_CJK.findall(body))
    else:
        r, j, b = len(_R.findall(body)), len(_J.findall(body)), len(_B.findall(body))
    return r, j, b


def relevance_score(title: str | None, text: str | None, language: str | None = None) -> float:
    """In [0, 1]: how much the article is about Russia–Japan relations."""
    r, j, b = _counts(title or "", text or "")
    if not r or not j:
        return round(min(0.3, 0.1 * b), 3)
    both = min(r, j)
    score = 1 - math.exp(-(0.35 * both + 0.6 * b))
    if both < 2 and b == 0:
        score = min(score, 0.3)
    return round(score, 3)


def is_relevant(title: str | None, text: str | None, language: str | None = None) -> bool:
    return relevance_score(title, text, language) >= THRESHOLD
