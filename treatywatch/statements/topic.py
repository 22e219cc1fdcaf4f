"""Is a statement about the peace treaty? Keyword families in the languages the outlets and aggregators use.

`topics(span, context)` names the families found; `is_treaty(topics)` decides. Sanctions, fisheries or
energy statements are Russia–Japan but not treaty: they carry none of these families. Talks/dialogue words
count only when the surrounding context is about the treaty ("the talks" of a treaty article).
"""
from __future__ import annotations

import re

from treatywatch.prefilter import prefiltered
from treatywatch.statements.article import is_cjk

LAND_WORDS = (r"(?:our|russian|japanese|russia's|japan's) (?:land|territory|territories)|(?:наш|русск|российск|японск)\w* земл\w*"
              r"|российск\w+ территори\w*|наш\w* (?:российск\w+ )?территори\w*"
              # (not a place on it: 「日本の領土に配備される」)
              r"|(?:ロシア|日本|我が国)の(?:領土|土地)(?!に|内|上|で(?!あ)|から|へ)|(?:ロシア|日本|我が国)の一部(?=だ|で|と|。)"
              r"|(?:われわれ|我々|私たち)の(?:土地|領土)"
              # the land named as the country itself: «Кунашир и Шикотан — это Россия», 「択捉島はロシアだ」
              r"|(?:—|–)\s*это\s+(?:россия|япония)(?!\w)|(?<=島)(?:は|も)(?:ロシア|日本)(?:だ|です|である)")
FAMILIES: dict[str, str] = {
    "peace_treaty": r"peace[- ](?:treaty|deal|agreement|pact|accord|settlement|contract)|treaty of peace"
                    # "return to treaty talks": in these articles the peace treaty's (not "arms treaty talks")
                    r"|(?:the|to|on|of|in|for|any|and|new|up|resume|resuming|restart|stalled|frozen|suspended"
                    r"|bilateral) treaty (?:talks|negotiations|dialogue)|мирн\w* (?:договор|соглашени)\w*"
                    # the treaty by the Russian ministry's 2022 words: "a fundamental document on bilateral relations",
                    # «основополагающий документ о двусторонних отношениях», 「二国間関係の根本的な文書」
                    r"|(?:basic|fundamental|foundational|key) document (?:on|of|about|governing) (?:the )?(?:bilateral )?"
                    r"(?:relations|ties)|(?:базов|основополагающ|фундаментальн)\w* документ\w* (?:о|об) (?:\w+ )?отношени"
                    r"|関係の(?:根本的|基本的|根幹)な?文書"
                    # the treaty by what it would do: "a formal end to World War II hostilities"
                    r"|formal(?:ly)? end\w* (?:to )?(?:their |the )?(?:world war ii|wwii|world war two|second world war)"
                    r"|平和条約|講和|tratado de paz|trattato di pace|traktat\w* pokojow\w*|układ\w* pokojow\w*"
                    r"|friedens(?:vertrag|abkommen)\w*|معاهدة (?:ال)?سلام|شانتی|शांति संधि|acordo de paz|accordo di pace",
    "territorial": r"territorial (?:dispute|issue|problem|row|question|claims?|spat|talks)|territory (?:issue|dispute|problem|question)"
                   # the newsroom's "island row" / "islands dispute" ("wants the island row with Japan settled")
                   r"|islands? (?:row|dispute|spat|feud|quarrel|standoff|stand-off|question|issue|problem)s?\b"
                   # …and the talks on it ("revive the islands dialogue", "the island talks")
                   r"|(?<!pacific )islands? (?:talks|negotiations|dialogue)\b"  # (not the Pacific Islands' dialogue)
                   # talks about one side's own territory («не будет вести переговоров о своей территории», "will not
                   # negotiate over its own territory")
                   r"|переговор\w* о (?:своей|нашей|собственной|российской|японской) территори\w*"
                   r"|negotiat\w* (?:over|about|on) (?:its|our|their|russia['’]s|japan['’]s) (?:own )?territor\w*"
                   # "the ping-pong over who owns the islands": their ownership
                   r"|who (?:owns|should own|controls) (?:the |these |those )?(?:\w+ )?islands"
                   r"|(?:issue|dispute|question|problem) (?:of|over) (?:the )?territor\w*"
                   r"|территориальн\w+ (?:вопрос|спор|проблем|принадлежност|размежевани|претензи|притязани)\w*|(?:вопрос|спор|проблем)\w* (?:о )?территори\w*"
                   r"|領土問題|領土交渉|帰属問題|inherent (?:part|territory)"
                   # 「領土をめぐる問題」, 「国境を画定する作業」: the dispute and its settlement in a sentence's words
                   r"|領土(?:を|に)(?:めぐる|巡る|関する)(?:問題|対立|紛争|主張)|国境(?:を|の)?画定|(?:北方領土|北方四島|四島)』?(?:を|に)"
                   r"(?:めぐる|巡る|対する)(?:主張|要求)"
                   r"|(?:border|boundary) demarcation|demarcat\w+ (?:of )?the (?:border|boundary)"
                   r"|(?:демаркаци|делимитаци)\w* (?:границ|рубеж)\w*"
                   # the constitution's ban on giving territory away (2020): «запрет на отчуждение территорий»,
                   # "the ban on ceding territory"
                   r"|отчужд\w+ (?:\w+ )?(?:территори|част\w* территори)\w*|(?:alienat|ced)\w+ (?:of )?(?:any )?(?:russian )?territory"
                   # the campaign for the islands' return, named without them at its rally: 「返還運動の火を絶やすな」
                   r"|返還(?:要求)?運動"
                   # a land claimed ("the islands are Japanese territory"; `_places_only` keeps out a place)
                   rf"|{LAND_WORDS}|integral part|inseparable part|inalienable part|illegal(?:ly)? occup\w+"
                   # the dispute by the islands' name: "the Northern Territories issue", "курильский вопрос"
                   r"|(?:northern territories|kurils?|kurile|kuril islands|southern kurils?|(?:the|four|disputed) islands)"
                   r"(?:['’]s?)? (?:issue|problem|question|dispute|row)"
                   r"|(?:issue|problem|question|dispute|row) (?:of|over|around) (?:the )?(?:southern )?(?:kurils?|kuril islands"
                   r"|northern territories|(?:four |disputed )islands)"
                   r"|(?:four|two|three)-islands? (?:dispute|issue|row|question|deal|handover|return|solution)"
                   # «проблема северных территорий», «вопрос южных Курил», «спор вокруг четырех островов»
                   r"|(?:вопрос|спор|проблем)\w* (?:о |вокруг |по |об )?(?:южн\w+ курил|курил|северн\w+ территори"
                   r"|четыр\w+ остров|спорн\w+ остров)\w*"
                   # the land changing hands as a change of jurisdiction: «их земля перейдет под японскую юрисдикцию»
                   r"|(?:перейд|перешл|переход|перешел|перешёл)\w* под (?:японск|российск|советск)\w+ (?:юрисдикци|суверенитет)\w*"
                   r"|(?:come|comes|came|pass|passes|passed|fall|falls|fell) under (?:japanese|russian|soviet)"
                   r" (?:jurisdiction|sovereignty|control)"
                   # the dispute named to deny it: "there are no 'disputed territories'", «спорных территорий нет»
                   r"|disputed['’\"”]? territor\w*|спорн\w+['’\"”»]? территори\w*|係争地"
                   # …or the other side's name for the islands denied: 'there are no "northern territories" on the map',
                   # «никаких «северных территорий» нет», 「北方領土など存在しない」
                   r"|\bno\W{1,3}(?:japanese\W{1,3}|so-called\W{1,3})?northern territories"
                   r"|никаких\W{1,3}(?:так называемых\W{1,3})?северных территорий|北方領土[」』]?(?:など|は)存在しない"
                   # …or the name itself refused: 「『北方領土』という呼び方は、ロシアにとって受け入れられない」, 'the term
                   # "Northern Territories" is unacceptable', «термин «северные территории» неприемлем»
                   r"|北方領土[」』]?という(?:呼び方|呼称|表現|言葉|名称)|(?:term|name|expression)\W{1,3}northern territories"
                   r"|(?:термин|понятие|название|выражение)\W{1,3}(?:«|\")?северн\w+ территори"
                   # the handover refused to the last island: "not a single island", «ни пяди земли», 「一島たりとも」
                   r"|not (?:a single|one) (?:island|inch)|ни (?:одного|пяди) (?:острова|земли)|一島たりとも|一寸たりとも"
                   r"|курильск\w+ (?:вопрос|проблем)\w*|(?:вопрос|проблем|спор)\w* (?:(?:о|об|по|вокруг) )?(?:южных )?курил\w*"
                   r"|неотъемлем\w+ част\w*|исконн\w+ (?:\w+ )?(?:земл|территори)\w*|固有の領土|不法占拠|不可分の(?:一部|領土)"
                   # "we do not trade territories" / «территориями не торгуем»: the handover refused
                   r"|(?:trade|trades|trading|traded|bargain\w*) (?:in |with |away )?(?:its |our |their )?territor\w*"
                   r"|территори\w+ (?:мы )?не торгу\w*|торг\w* территори\w*|領土(?:を|は|の)?(?:取引|売買|切り売り)"
                   # the dispute by Putin's metaphor for it: "the historical ping-pong"
                   r"|historical ping-?pong|историческ\w+ \W?пинг-?понг|歴史的な(?:ピンポン|卓球)",
    "islands": r"kuril\w*|kurile\w*|northern territories|etorofu|iturup|kunashiri?|shikotan|habomai|southern kurils"
               r"|(?:four|two|disputed|these|the|those|any|our|their|all) (?:[\w-]+ )?(?:islands|isles|islets)"
               r"|(?:islands|isles)(?=['’] (?:return|handover|transfer|sovereignty))"  # headline style, no article
               # the islands claimed by the copula, no article: "because these are Russian islands"
               r"|(?:these|they|those) are (?:russian|japanese) (?:islands|isles)"
               # (not Severo-Kurilsk, a town of the northern Kurils, far from the dispute)
               r"|(?<!северо-)курил\w*|итуруп\w*|кунашир\w*|шикотан\w*|хабомаи|северн\w+ территори\w*|остров\w*"
               r"|北方領土|北方四島|四島|4島|二島|2島|択捉|国後|色丹|歯舞|千島|クリー?ル|島々?の(?=引き渡|引渡|返還|帰属)"
               r"|curil\w*|kuryl\w*|kurilen|الكوريل|कुरील\w*|islas|isole|wysp\w*|ilhas|inseln",
    "declaration_1956": r"1956|joint declaration|декларац\w+|共同宣言|日ソ|(?<![0-9０-９])(?:56|５６)年(?:の)?宣言",
    "sovereignty": r"sovereignty|суверенитет\w*|主権|帰属|кому принадлеж\w+|to whom (?:[\w-]+ ){0,3}belong|soberan\w*|sovranità|suwerenno\w*|souveränität|السيادة|संप्रभुता",
    "wwii_outcome": r"(?:results?|outcomes?|consequences)\W{0,3} of (?:the )?(?:world war|second world war|wwii|war)\b"
                    r"|(?:итог|результат)\w* (?:второй мировой|вмв|войны)|第2次(?:世界)?大戦の結果|大戦の結果",
}
TALKS = prefiltered(r"\b(?:talks?|negotia\w+|dialogue|dialog|contacts(?! (?:at|on) the (?:highest|top) level)|compromises?"
                    r"|issue|problem|dispute|question|process"
                    r"|differences|disagreements"
                    r"|agreement|deal|document|treaty|positions?|stances?|policy|policies|claims?|solutions?)\b"
                    # (not "contacts at the highest level", «открыт к контактам», «контакты на высшем уровне»: the
                    # leaders' meetings; "these agreements" point back to the ones the sentence before named)
                    r"|\b(?:these|those) agreements\b"
                    # the talks as the table they sit at: "come back to the table", «вернуться за стол переговоров»
                    r"|\b(?:back|return\w*|come) to the (?:negotiating )?table\b"
                    # the talks as the work they are: "the work is going", «впереди кропотливая работа» (the noun,
                    # not "to work with Suga on bilateral issues", «работать с Японией»)
                    r"|\b(?:the|difficult|hard|painstaking|meticulous) work\b(?!\s+(?:with|together|on|to)\b)"
                    r"|\bkeep (?:on )?working\b(?!\s+(?:with|together|on)\b)"
                    # the talks refused: "there is nothing to discuss", «говорить не о чем», 「話し合うことはない」
                    r"|\bnothing to (?:discuss|talk about|negotiate)\b|нечего обсуждать|не о чем (?:говорить|разговаривать)"
                    r"|говорить (?:\w+ )?не о чем|話し合うことは(?:何も)?ない"
                    r"|(?:эт|кропотлив|трудн|сложн|совместн)\w+ работ(?:а|у|ы|е|ой)(?!\w)|работа (?:идет|ид[её]т|продолжается|вед[её]тся)|作業"
                    r"|переговор\w*|диалог\w*|(?<!открыт к )(?<!открыта к )контакт\w*(?! на высшем уровне)|компромисс\w*"
                    r"|вопрос\w*|проблем\w*|спор\w*|соглашени\w*|договор[её]нност\w*|позици\w*|политик\w*"
                    r"|договор(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?!\w)|процесс\w*|プロセス"
                    # the settlement's formula: a solution "acceptable to the peoples of both countries"
                    r"|(?:mutually )?acceptable (?:to|for) (?:both|the (?:two )?peoples)|взаимоприемлем\w*"
                    r"|приемлем\w* для (?:обеих|обоих|народов|сторон)|(?:双方|両国民?)が受け入れ(?:可能|られる)"
                    r"|документ\w*|расхождени\w*|разноглас\w*|交渉|対話|協議|接触|歩み寄|妥協|問題|合意|立場|方針|主張|条約|文書|解決"
                    r"|隔たり"
                    r"|negociac\w*|negoziat\w*|negocjac\w*|verhandlung\w*|مفاوضات|वार्ता|बातचीत", re.IGNORECASE)
# "this issue" / "этот вопрос" right after a sentence on the disputed islands is the dispute itself
ANAPHORIC_ISSUE = prefiltered(r"\b(?:this|the|that) (?:issue|dispute|question|problem)\b|(?:этот|этом|этого|данн\w+) (?:вопрос|спор|проблем)\w*"
                              r"|この問題"
                              # …and the leaders' agreement on it ("a gross distortion of the nature of recent
                              # agreements between the two nations' leaders", «договоренности лидеров», 首脳間の合意)
                              r"|\bagreements? (?:between|of|reached by) (?:the )?(?:two )?(?:nations['’] |countries['’] |two )?leaders\b"
                              r"|договоренност\w+ (?:между )?(?:лидер|глав)\w+|首脳間の合意|両首脳の合意", re.IGNORECASE)
# the people expelled from the islands: an issue named beside them is the islands'
FORMER_ISLANDERS = re.compile(r"\bformer (?:island )?(?:residents|islanders|inhabitants)\b|(?<!\w)бывш\w+ (?:жител|островитян)\w*"
                              r"|元島民", re.IGNORECASE)
# the declaration named in the sentence before, pointed back to ("that declaration", «эта декларация», 同宣言)
DECLARATION_BACK = prefiltered(r"\b(?:this|that|the same) (?:joint )?declaration\b|(?<!\w)(?:эт|данн)\w+ (?:совместн\w+ )?"
                               r"деклараци\w*|同宣言|この宣言|その宣言", re.IGNORECASE)
# subjects of their own: talks or remarks that name one are not about the treaty
_OTHER_SUBJECTS = (r"\b(?:six-party|korea\w*|nuclear|ukrain\w*|syria\w*|fish\w*|energy|covid\w*|vaccin\w*|pandemic|medical|taiwan\w*|crimea\w*"
                   r"|sakhalin\w*|lng|oil|gas|quotas?)\b(?! sanction)|украин\w*|кор[её]\w*|ядерн\w*|рыб\w*|тайван\w*|крым\w*"
                   r"|сахалин\w*|газ\w*|нефт\w*|квот\w*|вакцин\w*|коронавирус\w*|пандеми\w*"
                   r"|(?<!\w)кндр(?!\w)|\bdprk\b|朝鮮|核|ウクライナ|漁業|漁獲|台湾|クリミア|サハリン|LNG|ＬＮＧ|原油|ワクチン|新型コロナ|感染"
                   # the abductions of Japanese by the DPRK, the other issue a Japanese policy speech calls its first
                   r"|\babduct\w*|похищ\w*|拉致"
                   # arms control: New START, «Договор о сокращении стратегических наступательных вооружений», 新START
                   r"|\bnew start\b|\barms control\b|strategic (?:offensive|arms)|(?<!\w)снв(?!\w)|ДСНВ"
                   r"|стратегическ\w+ наступательн\w+|контрол\w+ над вооружени\w+|新START|軍縮|軍備管理")
# talks that name their own subject (another negotiation, a summit meeting, "another issue") are not the treaty's,
# whatever the sentence before was about
# (not the Eastern Economic Forum: where it was said, not what about)
OTHER_TALKS = prefiltered(rf"(?i:{_OTHER_SUBJECTS}|\b(?:security|econom\w*|trade|visa\w*|bilateral issues|another|defen[cs]e"
                          r"|two-plus-two)\b(?! sanction)(?! forum)"
                          r"|экономическ\w+ (?:сотрудничеств|проект)\w*|(?:вопрос\w*|проблем\w*) экономик\w*"
                          r"|безопасност\w*|経済協力|安全保障"
                          # the humanitarian contacts: former islanders' visits to family graves ("ready to keep
                          # humanitarian contacts, including grave visits"), not the treaty talks
                          r"|\bhumanitarian\b|\bgraves?\b|гуманитарн\w*|могил\w*|墓参|人道)"
                          r"|(?i:talks) with (?:President |Prime Minister |Premier )?(?!Japan|Russia|Tokyo|Moscow)[A-Z]\w+")
# the subject a quote's own sentence names around it ("On the Korean Peninsula, X said: '…talks…'")
OTHER_SUBJECT = prefiltered(f"(?i:{_OTHER_SUBJECTS})")
# a word boundary for alphabetic scripts only: Japanese has no spaces
_LEFT = r"(?<![A-Za-z0-9\u00C0-\u024F\u0400-\u04FF])"
# searched only in sentences holding a word their matches begin with (prefilter.py): most hold none
_COMPILED = {name: prefiltered(rf"{_LEFT}(?:{pat})", re.IGNORECASE) for name, pat in FAMILIES.items()}
# (a stated "position on the islands" is a stance on the dispute, not on visits or drills)
SETTLEMENT = prefiltered(_LEFT + r"(?:return\w*|hand\w* over|handover|transfer\w*|belong\w*|ownership|claim\w*|demands? for"
                         r"|territor\w*|dispute\w*"
                         # the islands ruled by both ("joint administration of the islands", «совместное управление»)
                         r"|joint (?:administration|rule|sovereignty|control|governance)|co-?administ\w+|condominium"
                         r"|совместн\w+ (?:управлени|суверенитет|юрисдикци|администрировани)\w*|共同統治|共同管理"
                         # the islands called occupied ("Russia's occupation of the islands has no legal basis")
                         r"|occup(?:ation|ied|ying|y)\b|оккупа\w*|оккупир\w*|占拠"
                         # the islands as what stands between the two: "should unite, not divide", "a stumbling block"
                         r"|(?:divid|разъедин)\w*+(?!\s+(?:into|in|up|на)\b)|stumbling block|bone of contention|камн\w* преткновени\w*"
                         # …or as what the two play back and forth ("stop the historical ping-pong over the Kurils")
                         r"|ping-?pong (?:over|on|around|about)|(?:historical|diplomatic|political|endless) ping-?pong"
                         # …or the dispute shelved: "no question of setting aside the Northern Territories for a deal"
                         r"|set(?:s|ting)? aside|shelv(?:e|es|ed|ing)\b"
                         # …or whose law and jurisdiction run there ("under Russian jurisdiction on the islands … against
                         # Japan's legal position", 「わが国の法的立場」)
                         r"|jurisdiction|legal (?:position|stance)|юрисдикци\w*|правов\w+ позици\w*|法的立場"
                         # …or their taking called just: "the liberation of the Kurils restored historical justice"
                         r"|historical justice|историческ\w+ справедливост\w*|歴史的(?:な)?正義"
                         # …or what is done on them called a sovereign right: «дислокация частей на Курилах — наше
                         # суверенное право» (as "Russia's sovereign right")
                         r"|суверенн\w+ прав\w*"
                         r"|пинг-?понг\w* (?:по|вокруг|о)\b|(?:историческ|дипломатическ|политическ|бесконечн)\w+ \W?пинг-?понг"
                         r"|tug[- ]of[- ]war (?:over|on|around)|перетягивани\w* канат\w* (?:по|вокруг)\b"

                         r"|position[\"”’']? (?:of (?:japan|tokyo|russia|moscow) )?(?:on|regarding|concerning|with regard to|toward|towards)"
                         r"|stance[\"”’']? (?:on|regarding|concerning|toward|towards)"
                         r"|legal position[\"”’']? (?:regarding|concerning|over|on)"
                         r"|(?:harm|prejudice|damage)\w* (?:japan['’]s|russia['’]s|our|its) legal (?:position|stance)"
                         r"|隔たり|意見の相違|resol\w+|settl\w+|solv\w+|solution|deal (?:on|over)"
                         r"|решени\w*|реши\w*|урегулир\w*|解決"
                         r"|recogni[sz]\w*\W+(?:\w+\W+){0,4}as\W+(?:russian|japanese|part)|призна\w*\W+(?:\w+\W+){0,3}(?:российск|японск|своими|частью)\w*"
                         r"|(?:領土|一部)と(?:して)?認め"
                         r"|(?:remain\w*|stay|stays|stayed) (?:russian|japanese|ours|part)|остан\w+ (?:российск|японск|нашими|частью)\w*"
                         r"|возвра\w*(?!\s+(?:в\s+(?:свои\s+)?дома|домой))|переда(?!ет|ют|ёт)\w*|принадлеж\w*|территори\w*|спор\w*|позици\w+ (?:(?:токио|японии|москвы|россии|кремля|нашей страны|японской стороны) )?(?:по|в отношении|относительно|касательно)\b"
                         # a visit or deployment on the islands set against one side's stand: «несовместим с позицией
                         # Японии», «противоречит позиции нашей страны» (as "incompatible with Japan's position")
                         r"|(?:несовместим|противореч)\w* (?:с )?позици\w+ (?:токио|японии|нашей страны|японской стороны|правительства)|притязани\w*|претензи\w*|претендова\w*|претенду\w*"
                         r"|返還|引き渡|帰属|領土|主権|立場|領有|の主張|に関する主張|ロシア領|日本領|自国領"
                         # giving the islands up or getting them back: "never cede", "get the Kurils back", "не отдаст"
                         r"|cede[sd]?\b|ceding|concession\w*|surrender\w*|regain\w*|reclaim\w*"
                         r"|(?:give|gives|giving|gave|given|hand|hands|handed|handing)\W+(?:[\w'-]+\W+){0,3}(?:back|away|up)\b"
                         # "would never be handed to Japan", "giving the islands to Tokyo"
                         r"|(?:give|gives|giving|gave|given|hand|hands|handed|handing)\W+(?:[\w'-]+\W+){0,3}?to (?:japan|tokyo)\b(?!['’])"
                         r"|(?:get|gets|getting|got|take|takes|took|taking|taken|win|wins|won|bring|brought|want|wants|wanted)\W+(?:[\w'-]+\W+){0,3}back\b"
                         r"|отда(?:ть|ст|дим|дут|вать|ва\w*)\b|уступ\w*|верну\w*|верн(?:ёт|ет|ут|ём|ем)\b|обратно"
                         r"|取り戻|取り返|奪還|譲|放棄"
                         # …or the claim to them given up: "Japan should forget about the Kurils", «забыть о Курилах»,
                         # 「永遠に諦めるべきだ」
                         r"|forget(?:s|ting)? about\b|(?:abandon|renounc)\w*|забы(?:ть|ла|ли|л|вать|вает|дет|дут)\b|諦め|あきらめ)",
                         re.IGNORECASE)
# a claim of whose the islands are, said of the islands themselves: "the four islands were Russian" (not "the ships
# near the islands were Russian", nor "the Russian-held islands")
ISLANDS_CLAIM = prefiltered(r"(?:islands?|isles|kurils?|territories|they)\W+(?:\w+\W+){0,4}(?:are|is|were|was|be|been"
                            r"|became|become|becomes)\W+"
                            # ("part of the Sakhalin region and part of Russia": the region named first)
                            r"(?:part of the sakhalin (?:region|oblast),? and )?"
                            # ("are part of the Sakhalin Region", "was an important part of the Sakhalin region": a
                            # region of Russia)
                            r"(?:(?:an? )?(?:\w+ )?part of (?:the )?sakhalin (?:region|oblast)|"
                            r"(?:\w+ )?(?:russian|japanese|ours|russia's|japan's|soviet|part of (?:russia|japan|the ussr|the soviet union"
                            r"|(?:the )?russian federation|(?:the )?russian federation['’]s territory"
                            r"|(?:russia|japan)['’]s territory)))(?![\w-])"
                            # the day Japan demands their return on (February 7), named as what is criticised (not as
                            # the day a remark was made on): what is said of it is said of the claim
                            r"|(?:so-called|holding(?: of)?|hold|holds|celebrat\w+|observ\w+) (?:the )?(?:annual )?(?:so-called )?"
                            r"\W?northern territories day|(?:так называем\w+|проведени\w+) (?:в японии )?\W?дн\w+ северных территорий"
                            r"|北方領土の日[」』]?(?:について|に対し|を設け|を制定|は|の(?:行事|式典|集会|大会))"
                            # the claim the other way round: "these are our islands", «Курилы — наши», «это наши острова»
                            r"|(?:these|they|those|this|it) (?:are|is|were|was|remain\w*) (?:our|russian|japanese|russia's"
                            r"|japan's) (?:own |native |ancestral )?(?:islands|isles|kurils?)(?!\w)"
                            r"|(?:это|являются) (?:наш|российск|японск|русск|исконно \w+)\w* (?:остров|курил)\w*"
                            r"|(?:курилы|острова)\s+(?:[—–-]\s+)?(?:это\s+)?наши(?!\w)"
                            # «Курилы — это часть Сахалинской области, часть России», 「…はロシアの一部だ」
                            r"|(?:курилы|острова)\s+(?:[—–-]\s+)?(?:это\s+|являются\s+)?(?:часть сахалинской области,?\s+(?:и\s+)?)?"
                            r"част\w+ (?:россии|российской федерации|японии)"
                            r"|(?:諸島|島々|北方領土|北方四島)は[^。「」]{0,20}?(?:ロシア|日本)(?:連邦)?(?:の|を構成する[^。「」]{0,8}?の)一部"
                            # "Moscow considers the islands Russian", "Tokyo regards the four islands as its own"
                            r"|(?:consider\w*|regard\w*|deem\w*) (?:the )?(?:\w+ )?(?:islands|isles|kurils?|territories)"
                            r" (?:as )?(?:russian|japanese|ours|its own|their own|part of)(?![\w-])"
                            r"|(?:счита\w+|призна\w+) (?:\w+ ){0,2}(?:остров\w*|курил\w*) (?:\w+ )?(?:российск|японск|сво)\w*"
                            # («Курильские острова были и остаются российскими»)
                            r"|(?:остров\w*|курил\w*|они)\W+(?:\w+\W+){0,3}(?:являются|являлись|были|будут|остают\w+|остает\w+"
                            r"|останутся|оставались|станут|стали)\W+(?:\w+\W+){0,2}?"
                            r"(?:российск|японск|наш)\w*"
                            # …the adjective before the verb («острова от этого японскими не станут»)
                            r"|(?:остров\w*|курил\w*)\W+(?:\w+\W+){0,3}?(?:российск|японск)\w+\s+(?:не\s+)?"
                            r"(?:станут|стали|будут|останутся|остаются)(?!\w)"
                            # "Курилы — это русская земля": the dash for the copula
                            r"|(?:остров\w*|курил\w*)\s+[—–-]\s+(?:это\s+)?(?:\w+ )?(?:русск|российск|японск|наш)\w*"
                            r"|(?:остров\w*|курил\w*)\s+[—–-]\s+(?:это\s+)?(?:\w+ )?част\w* (?:росси|япони)\w*"
                            # …one island by its name, a part of the region («Кунашир - важная часть Сахалинской области»)
                            r"|(?:кунашир|итуруп|шикотан|хабомаи)\w*\s+[—–-]\s+(?:это\s+)?(?:\w+ )?част\w* "
                            r"(?:сахалинской области|росси\w*|нашей страны)"
                            # «Курильские острова — это Россия»: the country itself for the copula's noun
                            r"|(?:остров\w*|курил\w*)\s+[—–-]\s+(?:это\s+)?(?:россия|япония)(?!\w)"
                            # «острова … должны развиваться как «полноценная часть России»»
                            r"|(?:остров\w*|курил\w*)\W+(?:\w+\W+){0,6}?(?:как|в качестве)\W+(?:\w+\W+)?част\w* (?:росси|япони)\w*"
                            r"|(?:остров\w*|курил\w*)\s+[—–-]\s+(?:это\s+)?част\w* сахалинской области"
                            # …joined to the country: «Курильские острова вошли в состав нашей страны по праву
                            # победителя», «возвращены нашей стране»; or «это часть России» after them in the sentence
                            r"|(?:остров\w*|курил\w*)\W+(?:\w+\W+){0,3}?(?:вошли|входят|вошел|вошёл|возвращен\w*|возвращ[её]н\w*)"
                            r"\s+(?:\w+\s+)?(?:в состав\s+)?(?:росси|нашей стран|ссср|советского союза|родин)\w*"
                            r"|(?:остров\w*|курил\w*)[^.!?«»]{0,60}?(?:это|являются|является) (?:\w+ )?част\w* (?:россии|нашей страны"
                            r"|российской федерации)"
                            # the land for the islands: «Эта земля … навсегда останется российской»
                            r"|(?:эта|наша|курильская) земля\W+(?:\w+\W+){0,6}?(?:останется|остается|остаётся|будет|была)\W+"
                            r"(?:\w+\W+){0,2}?(?:российск|русск|наш)\w*"
                            # the islands as what is (not) to be discussed, or what a policy is on: "would not
                            # discuss the Kurils with Tokyo", "no change in policy on the Northern Territories"
                            r"|(?:discuss\w*|negotiat\w*|polic(?:y|ies) on|status of|обсужда\w*|обсудить|статус\w*"
                            # …or the issue they are: "the question of the islands is closed", «вопрос об островах»
                            r"|(?:issue|question|problem|matter) of|вопрос\w* (?:о|об|по)) (?:the )?"
                            r"(?:southern |south |four |two |южн\w+ )?"
                            r"(?:islands|isles|kurils?|kuril islands|northern territories|курил\w*|остров\w*)(?![\w'’])"  # (not "the islands' roads")
                            # the two sides apart on the islands: "significant differences on the islands"
                            r"|(?:differences|disagreements?|gaps?|far apart) (?:on|over|about) (?:the )?"
                            r"(?:southern |four |two |disputed )?(?:islands|isles|kurils?|kuril islands|northern territories)(?!\w)"
                            r"|(?:разноглас|расхождени)\w* (?:\w+ )?(?:по|об?|вокруг) (?:южн\w+ )?(?:остров|курил)\w*"
                            # talks on the islands themselves: «переговоры о „северных территориях“», "talks over the Kurils"
                            r"|(?:пере|раз)говор\w* (?:о|об|по|вокруг) \W?(?:южн\w+ |северн\w+ )?(?:остров|курил|территори)\w*"
                            r"|(?:talks|negotiations) (?:on|over|about) (?:the )?(?:southern |four |two |disputed )?"
                            r"(?:islands|isles|kurils?|kuril islands|northern territories)(?!\w)"
                            # «не откажется от северных территорий»: giving the islands up
                            r"|(?:отказ|откаж)\w* от (?:\w+ )?(?:остров|курил|северн\w+ территори)\w*"
                            # "the Kurils' status was not up for discussion"
                            r"|(?:islands|isles|kurils?|territories)['’]s? (?:legal |territorial )?status"
                            # 「北方領土は永遠にロシアのものだ」: whose they are, in Japanese
                            r"|(?:は|が)[^。、「」]{0,8}?(?:ロシア|日本|我が国|わが国)(?:の|固有の)(?:もの|領土|土地)(?:だ|である|です|に)"
                            # the islands handed over, named between the verb and "over" ("handing the Kurils over")
                            r"|(?:hand|hands|handed|handing|give|giving|gave) (?:\w+ ){0,3}(?:islands|isles|kurils?)"
                            r" (?:\w+ ){0,2}over\b",
                            re.IGNORECASE)
# a relative's part in past talks ("my grandfather worked for the treaty") is an anecdote, not a position
FAMILY_HISTORY = prefiltered(_LEFT + r"(?:grand(?:father|mother|son)|father|great-grandfather"
                             # (not «наши деды», the nation's forefathers: «78 лет назад наши деды освободили Курилы»)
                             r"|(?<!наши )(?<!наших )(?<!нашими )(?<!нашим )дед\w*|прадед\w*|отц\w*|отец"
                             r"|祖父|曾祖父|父親)", re.IGNORECASE)
# the islands alone (visits, drills, grave visits) are not the treaty; with the settlement vocabulary they are
STRONG = {"peace_treaty", "declaration_1956", "sovereignty", "wwii_outcome", "territorial", "islands_settlement"}


# a land claimed, not a place where something happens: "strikes on Russian territory", "US missiles on Japanese
# territory", "учения на нашей земле" (checked after a match: as lookbehinds in the family's pattern they cost
# every sentence a few per cent of the extraction)
LAND = re.compile(LAND_WORDS, re.IGNORECASE)
PLACE_BEFORE = re.compile(r"(?<!\w)(?:(?:on|in|into|onto|over|across|to)(?: the)?|по|на|в|во|над|через|с) $", re.IGNORECASE)


def _places_only(span: str) -> bool:
    """Every territorial match in the span is a land named as a place ("on Russian territory")."""
    for m in _COMPILED["territorial"].finditer(span):
        if not (LAND.fullmatch(m.group()) and PLACE_BEFORE.search(span, max(0, m.start() - 12), m.start())):
            return False
    return True


# a peace deal of another pair is not this treaty: "a peace deal with Ukraine", "the Ukraine peace agreement",
# "мирное соглашение с Украиной", "the peace treaty between Japan and China" (1978)
OTHER_PARTY = prefiltered(r"(?<!\w)(?:ukrain\w*|kyiv|kiev|zelensk\w*|armenia\w*|azerbaijan\w*|baku|yerevan|israel\w*"
                          r"|hamas|gaza|palestin\w*|china|chinese|beijing|korea\w*|georgia\w*|moldova\w*|syria\w*|sudan\w*"
                          r"|taliban|afghan\w*|serbia\w*|kosovo|ethiopia\w*|eritrea\w*|lebanon|hezbollah|iran\w*|india\w*"
                          r"|pakistan\w*|yemen\w*|congo\w*|rwanda\w*|peninsula|полуостров\w*|украин\w*|киев\w*|зеленск\w*|армени\w*|азербайджан\w*"
                          r"|баку|ереван\w*|израил\w*|хамас\w*|палестин\w*|кита[йяюе]\w*|китайск\w*|кнр|кндр|корейск\w*"
                          r"|коре[яиюей]|грузи[яиюей]|грузинск\w*|молдав\w*|молдов\w*|сири[яиюей]|сирийск\w*|иран[аеу]?"
                          r"|ираном|иранск\w*|инди[яиюей]|индийск\w*|пакистан\w*|афган\w*)(?![\w])"
                          # (Japanese has no spaces to bound a word: 「アルメニアとアゼルバイジャンの平和条約」)
                          r"|ウクライナ|ゼレンスキー|アルメニア|アゼルバイジャン|イスラエル|ハマス|ガザ|パレスチナ|北朝鮮|韓国"
                          r"|モルドバ|シリア|イラン|パキスタン|アフガニスタン|半島", re.IGNORECASE)
# Japan's other territorial disputes (Takeshima/Dokdo with Korea, the Senkakus with China) and Russia's annexed Crimea
OTHER_DISPUTE = prefiltered(r"(?<!\w)(?:takeshima|dokdo|liancourt|senkakus?|diaoyu\w*|crimea\w*|такэсима|такесима|токто"
                            r"|сенкаку|дяоюйдао|крым\w*|(?:east|south) china sea|spratly\w*|paracel\w*|falkland\w*"
                            r"|(?:восточно|южно)-?китайск\w+ мор\w+)(?!\w)|竹島|独島|尖閣|釣魚|クリミア|東シナ海|南シナ海",
                            re.IGNORECASE)
NORTHERN_NAMES = re.compile(r"kuril\w*|northern territor\w*|etorofu|iturup|kunashir\w*|shikotan|habomai|курил\w*"
                            r"|итуруп\w*|кунашир\w*|шикотан\w*|хабомаи|северн\w+ территори\w*|北方|択捉|国後|色丹|歯舞|千島"
                            r"|クリル", re.IGNORECASE)
# Japan named by its leaders ("Putin, Abe discuss the situation in Ukraine and prospects for a peace treaty")
JAPANESE_LEADERS = re.compile(r"(?<!\w)(?:abe|suga|kishida|ishiba|takaichi|noda|kono|motegi|hayashi|kamikawa|iwaya|абэ|суга"
                              r"|кисид\w*|исиб\w*|такаити|нода|коно|мотэги|хаяси|камикава|ивая)(?!\w)"
                              r"|安倍|菅|岸田|石破|高市|野田|河野|茂木|林|上川|岩屋", re.IGNORECASE)
JAPAN_SIDE = re.compile(r"japan\w*|tokyo|япон\w*|токи|日本|日ロ|日露", re.IGNORECASE)
PAIR_AFTER = re.compile(r"[^,.;:!?()\"“”«»]{0,60}")  # the words after the deal, up to the clause's end…
PAIR_WORDS_AFTER = 6  # …six of them at most ("a peace agreement to end the war in Ukraine")…
NEXT_ITEM = re.compile(r"\s(?:and|or|as well as|but|и|или|а также|но)\s", re.IGNORECASE)  # …and to the next item
BETWEEN = re.compile(r"^\s*(?:between|между)\s", re.IGNORECASE)
CLAUSE_AFTER = re.compile(r"\s(?:while|when|as long as|because|since|until|unless|as|if|пока|когда|так как|поскольку"
                          r"|если|раз)\s", re.IGNORECASE)
# the pair named before the deal: "the negotiations between Baku and Yerevan on a peace treaty"
PAIR_BEFORE = re.compile(r"(?:between|между)\s+[^,.;:!?()\"“”«»]{1,60}?\s+(?:on|over|about|for|по|о|об)\s+"
                         r"(?:(?:a|an|the)\s+)?$", re.IGNORECASE)
# Japan paired with another country: "between Japan and China", "the Japan-China peace treaty"
JAPAN_WITH_OTHER = re.compile(rf"(?:{JAPAN_SIDE.pattern})\W+(?:and\W+|и\W+)?(?:{OTHER_PARTY.pattern})"
                              rf"|(?:{OTHER_PARTY.pattern})\W+(?:and\W+|и\W+)?(?:{JAPAN_SIDE.pattern})", re.IGNORECASE)


RUSSIA_SIDE = re.compile(r"russia\w*|moscow|kremlin|soviet|putin|lavrov|peskov|zakharova|medvedev|росси\w*|москв\w*|кремл\w*"
                         r"|советск\w*|ссср|путин\w*|лавров\w*|песков\w*|захаров\w*|медведев\w*"
                         r"|ロシア|ソ連|日ロ|日露|プーチン|ラブロフ|ペスコフ|ザハロワ", re.IGNORECASE)


def _other_pairs_peace_only(span: str) -> bool:
    """Every peace treaty the span names is another pair's: a party of its own next to it, Japan not named
    there, or named as the other's partner; or the sentence names another party before it and not Japan at all
    ("talks on Ukraine, adding that any peace treaty would have to …"), or pairs Japan with another and not with Russia
    ("since China and Japan concluded their Treaty of Peace and Friendship")."""
    if not OTHER_PARTY.search(span):
        return False
    treaty = _COMPILED["peace_treaty"].search(span)
    if treaty and OTHER_PARTY.search(span, 0, treaty.start()) and not JAPAN_SIDE.search(span) \
            and not JAPANESE_LEADERS.search(span) and not _COMPILED["islands"].search(span) \
            and not _russias_own_clause(span, treaty.start()):
        return True
    if JAPAN_WITH_OTHER.search(span) and not RUSSIA_SIDE.search(span):
        return True
    for m in _COMPILED["peace_treaty"].finditer(span):
        pair_before = PAIR_BEFORE.search(span, max(0, m.start() - 90), m.start())
        # "the Ukraine peace deal", "Russia-Ukraine peace deal"
        before = pair_before.group() if pair_before else " ".join(span[:m.start()].split()[-2:])
        after = PAIR_AFTER.match(span, m.end()).group()
        if not BETWEEN.match(after):  # "peace with Tokyo and a ceasefire in Syria": the next item is not the pair
            after = NEXT_ITEM.split(after, 1)[0]
        # "no right to speak of a peace treaty while it arms Ukraine": a clause of its own, not the pair
        after = CLAUSE_AFTER.split(after, 1)[0]
        near = before + " " + " ".join(after.split()[:PAIR_WORDS_AFTER])
        if not OTHER_PARTY.search(near) or (JAPAN_SIDE.search(near) and not JAPAN_WITH_OTHER.search(near)):
            return False
    return True


def _russias_own_clause(span: str, at: int) -> bool:
    """The treaty named in a clause of its own, after another party in the clause before, with Russia and no other
    party in it: "… caused by Russia's aggression against Ukraine, and the responsibility for the suspension of the
    peace treaty talks lies entirely with the Russian side"."""
    start = max(span.rfind(sep, 0, at) for sep in (", and ", "; ", ", but ", ", while ", ", а ", ", но ", "; "))
    clause = span[start:] if start >= 0 else ""
    return bool(clause) and not OTHER_PARTY.search(clause) and bool(RUSSIA_SIDE.search(clause))


# the leaders' words for the unsettled dispute: the next generation, the abnormal postwar situation
POSTWAR = prefiltered(r"\b(?:next|future|later|coming|living|our|this) generations?\b|\bpost-?war (?:scenery|issues?|problems?|"
                      r"settlement|legacy|era)|\babnormal (?:situation|state)|(?:будущ|следующ)\w+ поколени\w*"
                      r"|послевоенн\w+ (?:урегулир|проблем|наслед)\w*|ненормальн\w+ (?:ситуаци|положени)\w*"
                      r"|次の世代|将来の世代|次世代|戦後の(?:残された|総決算)|異常な状態"
                      # ending the problem oneself: "put an end to this issue with my own hands", 「終止符を打つ」
                      r"|\bput an end to (?:this|the|that|it)\b|\b(?:with|by) (?:my|our) own hands|終止符を打|自らの手で"
                      r"|поставить (?:\w+ )?точку|положить конец (?:эт|проблем|вопрос|спор)\w*"
                      # Russia's constitution bars ceding territory since 2020: after a sentence on the dispute it is one
                      # (not Japan's pacifist one: "the peace constitution", «мирная конституция», 「平和憲法」)
                      r"|(?<!pacifist )(?<!peace )\bconstitution\b(?! of japan)|(?<!мирной )(?<!мирная )(?<!пацифистской )"
                      r"конституци\w*(?! японии)|(?<!平和)(?<!日本国)憲法(?!9条|第9条|九条)", re.IGNORECASE)
POSTWAR_ALONE = prefiltered(r"\bpost-?war (?:scenery|settlement)|\babnormal situation|ненормальн\w+ ситуаци\w*|戦後の総決算",
                            re.IGNORECASE)
# "the treaty, Ukraine and a visit were in the focus of the talks": an agenda lists subjects, it takes no position
AGENDA = prefiltered(r"\b(?:were|was) (?:in the focus|on the agenda|among the (?:topics|issues|subjects))|\btopped the agenda"
                     r"|(?:были|был|была|было) в (?:центре|фокусе) (?:внимания|обсуждения|переговоров)|(?<!не )(?<!не стоит )(?<!не стоят )(?<!нет )на повестке дня|議題となった",
                     re.IGNORECASE)

# "he did not wish to comment on the contents of the talks": declining to comment takes no position, unless
# the sentence goes on to say something ("declined to comment on the report, but said …")
NO_COMMENT = prefiltered(r"\b(?:declined|refused|refrained from|(?:did|does|do|would|will)(?: not|n't) (?:wish to |want to "
                         r"|intend to |plan to )?|wo(?:uld)?n't (?:wish to |want to )?|(?:not|never) (?:going|intending"
                         r"|planning) to )(?:to )?comment(?:ing)?\b|\bno comment\b"
                         r"|не (?:намерен\w*|буду|будем|стану|станем|собира\w+) комментировать"
                         r"|\b(?:had|has|have) nothing (?:to add|more to say|to say)\b|нечего (?:добавить|сказать)"
                         r"|\b(?:declined|refused) to (?:elaborate|go into (?:the )?details?|give (?:any )?details|disclose)\b"
                         r"|не стал (?:\w+ )?вдаваться в (?:\w+ )?(?:подробности|детали)|отказал\w* (?:\w+ )?раскры\w+ (?:\w+ )?(?:подробности|детали)"
                         r"|воздерж\w+ от (?:\w+ )?комментари\w*|отказал\w* (?:от )?комментари\w*|не стал (?:\w+ )?комментировать"
                         r"|コメントを(?:差し)?控え|言及を避け|明言を避け|申し上げる(?:こと|べきこと)は(?:ない|ありません)"
                         r"|(?:詳細|内容)(?:について)?は(?:差し)?控え", re.IGNORECASE)
# …or says something after all ("declined to comment on the idea, stating that he intends to find a solution")
GOES_ON = re.compile(r"(?<!\w)(?:but|however|though|yet|но|однако|а)(?!\w)|しかし|ただ|が、"
                     r"|,\s*(?:stating|saying|adding|noting|stressing|explaining|заявив|отметив|добавив|подчеркнув)(?!\w)",
                     re.IGNORECASE)


# where a sentence's clauses part: "…, but …", «…, но …», "; "
CLAUSE_BREAK = re.compile(r",\s+(?:but|while|whereas|although|но|а|однако|хотя)\s|;\s", re.IGNORECASE)


# US bases on the islands after a handover, the security condition of the settlement ("US military facilities could
# appear on the islands", «американские базы на островах», 「島々に米軍の施設が置かれる」)
US_BASES_ON_ISLANDS = prefiltered(r"(?:(?:u\.?s\.?|american|us) (?:military |army )?(?:bases?|facilit\w+|troops|forces|military)"
                                  r"[^.;。]{0,60}?(?:islands|isles|kuril\w*"
                                  # (…or "any territory that might be transferred": the islands by their handover)
                                  r"|territor(?:y|ies) (?:that|which) (?:might|may|would|could|will) be (?:transferred|handed over"
                                  r"|returned)))|(?:(?:islands|isles|kuril\w*)[^.;。]{0,60}?"
                                  r"(?:u\.?s\.? |american )(?:military |army )?(?:bases?|facilit\w+|troops|forces))"
                                  r"|американск\w+ (?:военн\w+ )?(?:баз|объект|инфраструктур|присутстви|военн)\w*[^.;]{0,60}?остров"
                                  r"|остров\w*[^.;]{0,60}?американск\w+ (?:военн\w+ )?(?:баз|объект|инфраструктур|присутстви)"
                                  r"|島々?に[^。]{0,20}?(?:米軍|(?:アメリカ|米国)の(?:軍事施設|ミサイル防衛)|米軍基地)"
                                  r"|(?:米軍|アメリカの軍事施設|米軍基地)[^。]{0,20}?島"
                                  # …or their missile defence there ("U.S. missile defence on the islands")
                                  r"|(?:u\.?s\.?|american) missile[- ]defen[cs]e[^.;]{0,60}?(?:islands|isles|kuril\w*)"
                                  r"|американск\w+ (?:систем\w+ )?(?:противоракетн|ПРО)\w*[^.;]{0,60}?остров", re.IGNORECASE)
# the islands handed over or given back, as a verb (「島を日本に引き渡す」, 「島々を返す」)
# …and in Russian: «передача островов», «не предполагает автоматической передачи каких-либо островов», «отдать острова»
ISLANDS_HANDED_RU = re.compile(r"(?<!\w)(?:передач|переда(?:ть|вать|дут|ст|ны)|отда(?:ть|вать|дут|ст)|уступ\w+|возвращени)\w*\s+"
                               r"(?:[\w-]+\s+){0,2}?остров\w*", re.IGNORECASE)
ISLANDS_HANDED_JA = re.compile(r"島々?を(?:日本に|ロシアに|日本側に)?(?:引き渡|引渡|返還|返す|返さ|返し|譲|取り戻|取り返)"
                               # …or coming back: 「島が戻る道筋」, 「島が返ってくる日」 (not 「島に戻る」, a visit)
                               r"|島々?が(?:日本に)?(?:戻[らりるれろっ]|返って|返還され)"
                               # …or how many: 「二島だけで終わる」, 「四島一括」, 「2島先行」 (the settlement's terms)
                               r"|[二2２四4４]島(?:だけ|のみ|先行|一括|で(?:終わ|決着|妥協))")


def _handover_terms(span: str) -> bool:
    """The islands handed over, or US bases on them after a handover: the settlement, whatever the islands are called."""
    return bool(ISLANDS_HANDED_JA.search(span) or ISLANDS_HANDED_RU.search(span) or US_BASES_ON_ISLANDS.search(span))


def _territory_clause(span: str) -> str:
    """Where another party named makes the territory its own: the clause of a named territorial problem («…, но мы
    продолжим переговоры для решения территориальной проблемы» after Ukraine in the clause before is Japan's and
    Russia's), the whole sentence for a land called someone's ("would not give up a single piece of our land")."""
    m = _COMPILED["territorial"].search(span)
    return _clause_of(span, m.start()) if NAMED_PROBLEM.match(m.group()) else span


NAMED_PROBLEM = re.compile(r"territorial|территориальн|領土問題", re.IGNORECASE)


def _clause_of(span: str, at: int) -> str:
    """The clause of `span` that holds the position `at`."""
    start = 0
    for m in CLAUSE_BREAK.finditer(span):
        if m.start() >= at:
            return span[start:m.start()]
        start = m.end()
    return span[start:]


SENTENCE_BREAK = re.compile(r"(?<=[.!?。])\s+")


def _claim_apart_from_family(span: str) -> bool:
    """A sentence of a family's story is history ("my grandfather lived on Etorofu"); a claim in another sentence of
    the same quote is still one («…наши деды вернули эту землю стране. Она … останется российской — и вся
    Курильская гряда»)."""
    parts = SENTENCE_BREAK.split(span)
    return len(parts) > 1 and any(not FAMILY_HISTORY.search(p) and set(topics(p)) & STRONG for p in parts)


# the humanitarian contacts, and the words that settle any question: "secure the resumption of grave visits for the
# former residents of the islands, … a humanitarian question Moscow could settle tomorrow" settles the visits
HUMANITARIAN = re.compile(r"\bgraves?\b|\bhumanitarian\b|могил\w*|гуманитарн\w*|墓参|人道", re.IGNORECASE)
SETTLE_ANY = re.compile(r"resol\w+|settl\w+|solv\w+|solution|решени\w*|реши\w*|урегулир\w*|解決", re.IGNORECASE)


def _settlement_words(span: str) -> bool:
    """SETTLEMENT's words in the span, the islands' names left out; a question settled (SETTLE_ANY) beside the
    humanitarian contacts is theirs, not the islands'."""
    words = [m.group() for m in SETTLEMENT.finditer(_COMPILED["islands"].sub(" ", span))]
    if words and HUMANITARIAN.search(span) and all(SETTLE_ANY.fullmatch(w.strip()) for w in words):
        return False
    return bool(words)


# the leaders' formula for the settlement: "a solution acceptable to both peoples", «взаимоприемлемое решение»,
# 「双方が受け入れ可能な解決策」
ACCEPTABLE_TO_BOTH = prefiltered(
    r"\bmutually acceptable (?:solution|settlement|resolution|outcome|option)"
    r"|\bsolution (?:that|which) (?:the )?(?:peoples? of (?:both|the two) (?:countries|nations)|both peoples|both "
    r"(?:sides|countries|nations)|the two (?:sides|peoples|countries|nations)) (?:can|could|would|will) (?:\w+ )?accept"
    r"|\b(?:solution|settlement) acceptable (?:to|for) (?:both|the two)\b"
    r"|взаимоприемлем\w+ (?:решени|вариант|развязк)\w*|(?:решени|вариант)\w*,? (?:которое|который) (?:устроит|устраивал\w*) "
    r"(?:обе|оба)"
    r"|双方(?:が|にとって)受け入れ(?:可能|られる)な?(?:解決策|解決)",
    re.IGNORECASE)


def _acceptable_to_both(text: str) -> bool:
    """The leaders' formula, no other subject or other pair beside it ("a mutually acceptable solution on the
    Korean Peninsula" is not this settlement)."""
    return bool(ACCEPTABLE_TO_BOTH.search(text)) and not OTHER_SUBJECT.search(text) and not OTHER_PARTY.search(text)


# a report denied, pointed back to ("the report 'does not correspond to reality'", "no truth to the Nikkei story",
# «эти сообщения не соответствуют действительности», 「報道は事実ではない」): what it reported, told before, is the topic
DENIED_REPORT = prefiltered(
    r"\b(?:the|this|that|these|those|such|a|its|[A-Z][\w'’]+(?:['’]s)?) (?:(?:newspaper|media|press|news|[A-Z][\w'’]+)['’]?s? )?"
    r"(?:reports?|story|stories|article|claims?|publications?|allegations?|speculation)\b"
    r"[^.;]{0,40}?(?:not correspond to reality|(?:is|was|were|are) (?:groundless|baseless|untrue|false|unfounded|fake|"
    r"fabricated|not true)|fake news)"
    r"|(?:no|any) truth (?:to|in) (?:the|this|that|these|those|such|[A-Z][\w'’]+(?:['’]s)?)\b[^.;]{0,30}?"
    r"(?:reports?|story|stories|article|claims?|publications?)\b"
    r"|(?:dismiss|denie|deny|denying|reject|refut)\w* (?:the|this|that|these|those|such) (?:[\w'’]+ ){0,2}?(?:reports?|story|"
    r"stories|article|claims?|publications?|allegations?)\b"
    r"|(?:сообщени|публикаци|информаци|статья|статьи|утверждени)\w*[^.;]{0,40}?не соответству\w+ действительност\w*"
    r"|(?:報道|記事)(?:は|の内容は)[^。]{0,20}?(?:事実ではない|事実無根|誤り|全くない)",
    re.IGNORECASE)


# the joint economic activity on the islands said to run under one side's law ("only under Russian law",
# «в рамках российского законодательства», 「ロシアの法律に基づいて」): the legal position on the islands, the crux
# of the special regime the two sides negotiated
JOINT_ACTIVITY_UNDER_LAW = prefiltered(
    r"(?:joint economic (?:activit\w+|projects?)|совместн\w+ (?:хозяйственн|экономическ)\w+ (?:деятельност|проект)\w*"
    r"|共同経済活動)[^.;。]{0,80}?(?:(?:russian|japanese) (?:law|legislation|jurisdiction)"
    r"|(?:российск|японск)\w+ (?:законодательств|закон|юрисдикци)\w*|(?:ロシア|日本)(?:の|側の)?(?:法律|法制度|国内法|法的立場))",
    re.IGNORECASE)


def topics(span: str, context: str = "") -> list[str]:
    """Families in the statement span; 'talks' when it speaks of talks and its context is about the treaty."""
    if AGENDA.search(span):
        return ["agenda"]
    declined = NO_COMMENT.search(span)
    if declined and not GOES_ON.search(span, declined.end()):
        return ["no_comment"]
    found = [name for name, rx in _COMPILED.items() if rx.search(span)]
    if "peace_treaty" in found and _other_pairs_peace_only(span):
        found.remove("peace_treaty")
    if "territorial" in found and _places_only(span):
        found.remove("territorial")
    if "islands" in found and _only_generic_islands(span) and not RETURN_OF_ISLANDS.search(span) \
            and not ISLANDS_CLAIM.search(span) and not ISLANDS_AT_STAKE.search(span) and not ISLANDS_TALKS.search(span) \
            and not _islands_named_before(span, context):
        found.remove("islands")
    if "declaration_1956" in found and not _COMPILED["declaration_1956"].search(span).group().isdigit() \
            and not re.search(r"1956|japan|япон|日本|tokyo|токи|東京|soviet|советск|日ソ|joint|(?:56|５６)年(?:の)?宣言", span, re.IGNORECASE):
        found.remove("declaration_1956")
    if "sovereignty" in found and OTHER_SUBJECT.search(span) and not set(found) & {
            "islands", "peace_treaty", "territorial", "declaration_1956"}:
        found.remove("sovereignty")  # Ukraine's or Taiwan's sovereignty is not the islands'
    if "territorial" in found and OTHER_PARTY.search(_territory_clause(span)) \
            and not set(found) & {"islands", "peace_treaty", "declaration_1956"}:
        found.remove("territorial")  # "no trading territory for peace in Ukraine": another land (in its own clause:
        # not «…из-за агрессии России в Украине, но мы продолжим переговоры для решения территориальной проблемы»)
    if OTHER_DISPUTE.search(span) and not NORTHERN_NAMES.search(span) \
            and not set(found) & {"peace_treaty", "declaration_1956"}:
        # "Takeshima is Japan's inherent territory": Japan's other disputes (with Korea, with China) are not this one
        found = [f for f in found if f not in ("territorial", "sovereignty", "islands")]
    handover_terms = _handover_terms(span)
    if not set(found) & STRONG and OWN_TERRITORY.search(span) and not OTHER_SUBJECT.search(span) \
            and ("islands" in found and not _only_generic_islands(span)
                 or context and (_COMPILED["islands"].search(context) and not _only_generic_islands(context)
                                 or _COMPILED["peace_treaty"].search(context) or _COMPILED["territorial"].search(context))):
        # drills held "on its own territory", «на своей территории», 「自国の領土で」 after the islands (or the
        # treaty, the dispute) were named:
        # the claim made by what is done there
        found.append("territorial")
    if "islands" not in found and handover_terms and not OTHER_DISPUTE.search(span):
        # 「島を日本に引き渡す計画はない」, 「島々に将来アメリカの軍事施設が置かれるのか」: the bare 島 of a handover
        # or of its terms is these islands
        found.append("islands")
    if "islands" in found and (_settlement_words(span) or ISLANDS_CLAIM.search(span)
                               or ISLANDS_TALKS.search(span) or RETURN_OF_ISLANDS.search(span) or handover_terms):
        found.append("islands_settlement")  # "Northern Territories" is a name, not a word about the settlement
    if set(found) & STRONG and FAMILY_HISTORY.search(span) and not _claim_apart_from_family(span):
        found = [f for f in found if f not in STRONG] + ["history"]
    if not set(found) & STRONG and "history" not in found and _singapore_agreement(span, context):
        found.append("talks")  # the treaty talks the Singapore agreement set going, whatever the context
    if not set(found) & STRONG and "history" not in found and "talks" not in found and TALKS.search(span) and context \
            and not OTHER_TALKS.search(span) and not OTHER_DISPUTE.search(span) and \
            (treaty_context(context) or (ANAPHORIC_ISSUE.search(span) and _COMPILED["islands"].search(context)
                                          and not _only_generic_islands(context)
                                          # ("visits … to graves on the southern Kurils": the issue is the visits)
                                          and not OTHER_TALKS.search(context))):
        found.append("talks")
    if not is_treaty(found) and context and DENIED_REPORT.search(span) and treaty_context(context):
        found.append("continued")  # "Peskov said the report 'does not correspond to reality'": the report told before
    if not is_treaty(found) and _acceptable_to_both(span) and not OTHER_DISPUTE.search(span) \
            and not (context and OTHER_SUBJECT.search(context) and not treaty_context(context)):
        # the settlement the leaders' formula seeks: "a solution both peoples can accept" (not after a sentence on
        # another subject: "… discussed the price of liquefied gas. They agreed to keep working towards a mutually
        # acceptable solution")
        found.append("territorial")
    if not is_treaty(found) and JOINT_ACTIVITY_UNDER_LAW.search(span):
        found.append("territorial")  # whose law the joint activity on the islands runs under: the legal position
    if not is_treaty(found) and ANAPHORIC_ISSUE.search(span) and FORMER_ISLANDERS.search(span):
        found.append("territorial")  # "resolve this issue while the former islanders are still with us"
    if not is_treaty(found) and context and DECLARATION_BACK.search(span) and \
            _COMPILED["declaration_1956"].search(context):
        found.append("declaration_1956")  # 'Putin went back to the 1956 declaration. "We ratified that declaration"'
    if not is_treaty(found) and POSTWAR.search(span) and (
            (context and (treaty_context(context) or _COMPILED["islands"].search(context)))
            or POSTWAR_ALONE.search(span) or ANAPHORIC_ISSUE.search(span)):
        found.append("postwar")  # "not leave the issue to the next generation", "the post-war scenery"
    return found


def quote_topics(span: str, outside: str, context: str) -> list[str]:
    """Topics of a quote: the words around it in its own sentence count before the sentence before it. When
    they name another subject and not the treaty ("With regard to the Korean Peninsula, X said: '…talks…'"),
    the quote's talks are that subject's, whatever the paragraph before was about."""
    if OTHER_SUBJECT.search(outside) and not treaty_context(outside):
        return topics(span, outside)
    return topics(span, outside + " " + context)


# the treaty named by its common noun alone, no other treaty's name after it ("the treaty on …", "Treaty of …")
# ("a treaty with a country that imposes sanctions" is still the one with Japan)
BARE_TREATY = prefiltered(_LEFT + r"(?:(?:the|a|such a|this|that) treaty(?![\w-])"
                          r"(?! (?:of|on|with (?!japan|russia|tokyo|moscow|(?:a|any) (?:country|state|nation)\b)))"
                          # Russian has no article: «договор не подписан» (not «договор о …», «договор аренды»)
                          r"|договор(?:а|у|ом|е)?(?![\w-])(?!\s+(?:о|об|по|между|аренды|поставки|купли"
                          r"|с(?!\s+(?:япони|росси|токио|москв|страной|государством)))(?!\w)))",
                          re.IGNORECASE)


def treaty_context(context: str) -> bool:
    """The sentence before speaks of the treaty, the territorial dispute, the 1956 declaration or the handover
    of the islands ("the transfer of the islands to Japan")."""
    if any(_COMPILED[n].search(context) for n in ("declaration_1956", "wwii_outcome")):
        return True
    if _singapore_agreement(context):
        return True  # the agreement to speed up the treaty talks
    if _COMPILED["peace_treaty"].search(context) and not _other_pairs_peace_only(context):
        return True  # (another pair's peace deal is no context for the talks after it)
    if BARE_TREATY.search(context) and not OTHER_TALKS.search(context):
        return True  # "Asked about prospects for a treaty, …": in these articles, the peace treaty
    if _COMPILED["territorial"].search(context) and not _places_only(context):
        return True
    if _acceptable_to_both(context):
        return True  # "a solution both peoples can accept": the settlement, as a topic it carries on
    if _COMPILED["sovereignty"].search(context) and _COMPILED["islands"].search(context):
        return True  # sovereignty over the islands, not Ukraine's
    return bool(_COMPILED["islands"].search(context) and not _only_generic_islands(context)
                and SETTLEMENT.search(_COMPILED["islands"].sub(" ", context)))


NAMED_ISSUE = re.compile(r"\b(?:the|this|that) (?:issue|question|problem|dispute) (?:of|over|with|on|about)\b"
                         r"|(?:вопрос|проблем)\w* (?:о|об|с|по)\b", re.IGNORECASE)
ENDS_SENTENCE = re.compile(r"[.!?。．！？…][\"”»」』’']?\s*$")


def issue_named_earlier(span: str, earlier: list[str], quoted: bool = False) -> bool:
    """"Abe, for his part, said he was determined to resolve the issue", two sentences after one on the
    territorial dispute: "the issue" is the dispute when one of the sentences before names it and none after
    that names another subject (the sentence just before is the context `topics` already looked at); so is
    "cannot sign a treaty with a country that imposes sanctions" after sentences on the peace treaty. (`quoted`:
    the span is a quote, whose own end is no sentence's)"""
    if not (ANAPHORIC_ISSUE.search(span) or BARE_TREATY.search(span)) or OTHER_TALKS.search(span) \
            or NAMED_ISSUE.search(span) or not (quoted or ENDS_SENTENCE.search(span)):
        return False  # "the issue of the Azov Sea" names its own; a subheading without a full stop stands alone
    return _named_before(earlier, treaty_context)


def _named_before(earlier: list[str], names_it) -> bool:
    """The nearest of the sentences before that `names_it` comes before any that names another subject."""
    for sentence in reversed(earlier):
        if names_it(sentence):
            return True
        if OTHER_SUBJECT.search(sentence):
            return False
    return False


# the islands with no word to say which: Russian has no article («острова незаконно оккупированы»), 島々 neither
BARE_ISLANDS = re.compile(r"(?<!\w)остров(?:а|ов|ам|ами|ах)(?!\w)|島々")


# territory at issue, the islands unnamed: said to change hands ("the handover of territory", «отчуждение
# территории», 「領土の割譲」)
TERRITORY_AT_ISSUE = prefiltered(r"(?:handover|hand-over|transfer|cession|ceding|alienation|giving away) of (?:any )?"
                                 r"(?:\w+ )?territor\w*|(?:cede|hand over|give away|transfer) (?:any )?(?:\w+ )?territor\w*"
                                 r"|(?:передач|отчуждени|уступк|отказ от)\w* (?:\w+ )?территори\w*"
                                 r"|領土(?:の)?(?:引き渡し|引渡し|割譲|譲渡)"
                                 # …or called one side's own: "visits his own country's territory", «территорию
                                 # собственной страны», 「自国の領土」
                                 r"|(?:its|his|her|their|our) own (?:country['’]s )?(?:territory|land|soil)"
                                 # …or travelled as one's own country ("every right to travel around his own country")
                                 r"|(?:travel\w*|trips?|visit\w*|go|goes|going|move) (?:around|across|within|to|in|about) "
                                 r"(?:his|her|its|their|our) own country"
                                 r"|территори\w+ (?:собственной|своей) страны|собственн\w+ территори\w*|自国(?:の)?領土"
                                 # …or its sovereign territory («учения на своей суверенной территории»)
                                 r"|sovereign (?:russian |japanese )?territory|суверенн\w+ территори\w*|主権(?:的)?領土",
                                 re.IGNORECASE)


def islands_named_earlier(span: str, earlier: list[str]) -> bool:
    """«Ранее Кихара заявил, что острова незаконно оккупированы Россией», sentences after one naming the Kurils:
    the islands said to be occupied, returned or someone's are the disputed ones (none of the sentences between
    naming another subject); so is the territory said to change hands («領土の引き渡しは議論できない»)."""
    if OTHER_SUBJECT.search(span) or OTHER_PARTY.search(span):
        return False
    if not TERRITORY_AT_ISSUE.search(span) and (not BARE_ISLANDS.search(span) or not (
            SETTLEMENT.search(BARE_ISLANDS.sub(" ", span)) or ISLANDS_CLAIM.search(span))):
        return False
    return _named_before(earlier, lambda sentence: bool(_COMPILED["islands"].search(sentence))
                         and not _only_generic_islands(sentence))


def treaty_frame(outside: str) -> bool:
    """The sentence opens with a frame on the treaty ("Asked about the peace treaty, …", "Комментируя переговоры о
    мирном договоре, …"): what points back in its quote points there."""
    m = FRAMING.match(outside.lstrip())
    return bool(m and treaty_context(m.group()))


def short_answer(quote: str) -> bool:
    """A quote short enough to answer what its sentence's frame named ("Regarding Russia's suspension of the
    treaty talks, Takaichi said: 'The responsibility lies entirely with the Russian side.'"), naming no other
    subject and announcing no schedule."""
    return len(quote.split()) <= 12 and not is_cjk(quote) and not OTHER_TALKS.search(quote) \
        and not SCHEDULE.search(quote)


# a schedule announced in answer ("Abe will attend the forum in September"): a plan, not words on the treaty
SCHEDULE = re.compile(r"\b(?:visit|attend|travel|meet|hold talks|trip)\w*|(?<!\w)(?:посет|встрет|приед|поед)\w*",
                      re.IGNORECASE)


def asked_about_treaty(outside: str) -> bool:
    """The attribution after a quote says what it answered ('"Nothing has been decided yet," Peskov said, when asked
    about reports that Moscow would hand over two islands'): the quote is the answer on that subject."""
    m = ASKED_AFTER.search(outside)
    return bool(m and treaty_context(outside[m.start():]))


# the talks on the basis of the 2018 Singapore agreement (to speed up the treaty talks on the basis of the 1956
# declaration): «переговоры на основе договоренностей, достигнутых в Сингапуре», "the Singapore agreement",
# 「シンガポール合意」 (not the US–North Korea summit's, held there the same year)
SINGAPORE_AGREEMENT = prefiltered(r"(?:agreement|accord|understanding|договор[её]нност|合意)\w*[^.;!?。]{0,70}?"
                                  r"(?:singapore|сингапур|シンガポール)|(?:singapore|сингапур|シンガポール)\w*\s*"
                                  r"(?:agreement|accord|合意|договор[её]нност)", re.IGNORECASE)
KOREAN_SUMMIT = re.compile(r"north korea|kim jong|кндр|ким чен|北朝鮮|金正恩|denucleari|денуклеариз|非核化", re.IGNORECASE)


def _singapore_agreement(text: str, around: str = "") -> bool:
    """The 2018 Singapore agreement named in `text`, with no US–North Korea summit in it or `around` it."""
    return bool(SINGAPORE_AGREEMENT.search(text)) and not KOREAN_SUMMIT.search(text + " " + around)


def is_treaty(found: list[str]) -> bool:
    return bool(set(found) & (STRONG | {"talks", "continued", "answer", "quoted_in_lead", "under_lead", "fragment",
                                        "postwar"}))


# "the return of the islands", "the islands will remain Russian" name the dispute even when the islands go unnamed
RETURN_OF_ISLANDS = prefiltered(r"(?:return|handover|hand(?:ing)? over|transfer)\w* (?:of )?(?:the |these |those |four |two )?(?:[\w-]+ )?(?:islands|isles)"
                                # the islands traded for money: «обмена островов на экономические преференции»
                                # (the islands as what is traded, not their subject after «безвизовых обменов»: «по
                                # программе безвизовых обменов острова посетят …»)
                                r"|обмен\w* остров(?:ов|ами)(?!\w)"
                                r"|(?:islands|isles)['’]? (?:return|handover|transfer)"
                                r"|(?:islands|isles) (?:\w+ ){0,2}(?:be |being )?(?:returned|handed over|transferred)"
                                # the return as a homecoming: "until the day the islands come home"
                                r"|(?:islands|isles) (?:\w+ )?(?:come|comes|came|coming) (?:home|back to (?:japan|us)\b)"
                                # …or as what will (never) come back: "without dialogue the islands will never come back"
                                r"|(?:islands|isles) (?:will|would|must|should|can|could|may|might)(?: never| not| ever"
                                r"| one day| eventually| finally)? come back\b"
                                # (…"until the four islands come back": the day they are returned)
                                r"|(?:until|till|before|when) (?:the |our )?(?:four |two )?(?:islands|isles) (?:\w+ )?come back\b"
                                # …or given up for good: "the islands will be lost forever", «острова будут потеряны»
                                r"|(?:islands|isles) (?:\w+ ){0,2}(?:be|been) lost\b|остров\w* (?:\w+ )?(?:будут |были )?потеряны"
                                r"|(?:возвра|переда|верну)\w+ (?:\w+ ){0,2}остров\w*|остров\w* (?:\w+ ){0,2}(?:возвра|переда)\w+"
                                r"|(?:islands|isles) (?:\w+ )?(?:remain|stay) (?:russian|japanese)|остров\w* (?:\w+ )?остан\w+ (?:российск|японск)\w*"
                                r"|島々?の(?:引き渡|引渡|返還|帰属|主権)",
                                re.IGNORECASE)


# «позиция Японии по островам», «принадлежность островов», «претензии на острова»: the islands in dispute, named by the
# word alone
# talks or an agreement on the islands: the dispute's ("talks with the Japanese on the Kurils were always a ritual",
# «никакого соглашения по островам не было»)
ISLANDS_TALKS = prefiltered(_LEFT + r"(?:talks|negotiations|agreement|deal|dialogue|consultations|переговор\w*|соглашени\w*"
                            r"|диалог\w*|консультаци\w*|договор[её]нност\w*)\W+(?:with (?:the )?(?:japan\w*|russia\w*|tokyo"
                            r"|moscow) |с (?:япон|росси|токи|москв)\w* )?(?:on|over|about|concerning|regarding|по|о|об|вокруг)"
                            r" (?:the )?(?:four |two |disputed |southern |южн\w+ )?(?:islands|kurils?|kuril islands"
                            r"|northern territories|остров\w*|курил\w*|северн\w+ территори\w*)"
                            r"|(?:北方領土|北方四島|四島|島々?)(?:を巡る|をめぐる|に関する|についての)(?:交渉|協議|合意)"
                            # negotiating as a verb, or the islands as the talks' subject: "we are negotiating about
                            # the four islands", "the islands are what we are negotiating about", «острова являются
                            # предметом переговоров», 「四島が交渉の対象だ」
                            r"|negotiat(?:e|es|ed|ing) (?:about|over|on|for) (?:the )?(?:four |two |disputed |southern )?"
                            r"(?:islands|kurils?|kuril islands|northern territories)"
                            r"|(?:islands|kurils|northern territories) (?:\w+ ){0,2}(?:what (?:we|they|the (?:two )?sides) (?:are|were) "
                            r"negotiating|(?:the )?(?:subject|object)s? (?:of|to|for) (?:the )?(?:negotiations?|talks))"
                            r"|остров\w* (?:\w+ ){0,2}предмет\w* (?:\w+ )?переговор\w*|предмет\w* (?:\w+ )?переговор\w* (?:\w+ ){0,2}остров\w*"
                            r"|(?:北方領土|北方四島|四島|島々?)(?:が|は)交渉の対象", re.IGNORECASE)
ISLANDS_AT_STAKE = prefiltered(r"(?:позици\w+|принадлежност\w*|суверенитет\w*|претензи\w*|притязани\w*|спор(?!т)\w*)"
                               r" (?:\w+ )?(?:(?:по|на|над|об?|вокруг) )?остров\w*", re.IGNORECASE)
# "these islands" pointing back to the disputed islands the sentence before (or the question) named
THESE_ISLANDS = prefiltered(_LEFT + r"(?:these|those) (?:four |two )?islands|эт(?:и|их|им|ими) (?:\w+ )?остров\w*",
                            re.IGNORECASE)


# one's own territory, the islands named before: "Russia was holding exercises 'on its own territory'"
# (not Russian «на своей территории»: the reflexive an official uses right after his claim, «Курилы — наша
# территория. Где ставить памятники на своей территории, решим сами», one remark by the story labels)
OWN_TERRITORY = prefiltered(_LEFT + r"(?:its|their|our|russia['’]s|japan['’]s) own (?:territory|territories|land|soil)"
                            r"|自国の領(?:土|内)|自国領"
                            # a visit to the islands called travel on one's own land: "the prime minister was traveling
                            # on Russian territory", "trips … across Russian territory"
                            r"|(?:on|across|in|within|around) russian (?:territory|soil|land)\b"
                            # …or what is done there called one's internal affair: «является нашим внутренним делом»,
                            # "are the internal affair of the Russian Federation", 「ロシアの国内問題だ」
                            r"|(?:our|its|russia['’]s|an|the) (?:own )?internal (?:affair|matter)s?|наш\w* (?:сугубо )?внутренн\w+ дел\w*"
                            r"|внутренн\w+ дел\w* (?:россии|рф|российской федерации|нашей страны)|(?:ロシアの)?(?:国内問題|内政の?問題)",
                            re.IGNORECASE)


def _islands_named_before(span: str, context: str) -> bool:
    return bool(context and THESE_ISLANDS.search(span) and _COMPILED["islands"].search(context)
                and not _only_generic_islands(context))


def _only_generic_islands(span: str) -> bool:
    """'остров' alone (Sakhalin, Hokkaido…) is not the disputed islands; a bare 'islas' neither."""
    strong = re.compile(r"kuril|kurile|northern territories|etorofu|iturup|kunashir|shikotan|habomai|territorial|"
                        r"курил|итуруп|кунашир|шикотан|хабомаи|территори|北方|四島|4島|二島|2島|択捉|国後|色丹|歯舞|千島|クリー?ル|領土|"
                        r"curil|kuryl|الكوريل|कुरील|islands|isles|islets", re.IGNORECASE)
    return not strong.search(span)


# a lead clause that frames the question ("Asked about the islands, X said …") sets the subject asked about,
# not what the speaker said: it counts as context only
_QUESTION_WORDS = r"(?:when |after being )?asked|answering|responding|replying|in response to|отвечая на вопрос"
FRAMING = re.compile(rf"^(?:{_QUESTION_WORDS}|concerning|regarding|with regard to|as for|as to|commenting on"
                     r"|speaking (?:about|of|on)|комментируя|говоря о|касаясь)\b[^,\n]{0,200},", re.IGNORECASE)
# …and of those, the frames that put a question ("Asked whether …, X replied")
QUESTION_FRAME = re.compile(rf"^(?:{_QUESTION_WORDS})\b", re.IGNORECASE)
# a question the words after the verb say the quote answered ("…, Peskov said, when asked about …")
ASKED_AFTER = re.compile(r"(?<!\w)(?:when |after being |after he was |after she was )asked (?:about|whether|if|on)\b"
                         r"|in (?:response|reply|answer) to (?:a|the) (?:question|request for comment)"
                         r"|отвечая на вопрос|на вопрос (?:о|об|журналист)", re.IGNORECASE)
# an answer that judges the thing asked about by a pronoun ("…, Peskov replied that Tokyo had made that
# impossible", "ruled it out", «сделало это невозможным»)
JUDGES_IT = re.compile(r"\b(?:it|that|this|them) (?:(?:all|now|entirely|completely) )?(?:out|impossible|possible|unlikely"
                       r"|premature|pointless|meaningless|unrealistic)\b|(?<!\w)(?:это|этого|их) (?:\w+ )?(?:невозможн|"
                       r"преждевремен|бессмыслен|нереальн)\w*", re.IGNORECASE)
# a sentence that goes on with the topic before it opens with a pointer back to it
REFERS_BACK = re.compile(r"^\W*(?:it|this|that|these|those|such|there|we|they|so|therefore|hence|это|этот|эта|эти|такой|"
                         r"такая|там|мы|они|поэтому|それ|これ|この|その|そこ|我々|私たち)(?!\w)", re.IGNORECASE)


def framed_topics(span: str, context: str = "") -> list[str]:
    """Topics of a reported sentence; its framing lead clause counts as context only."""
    m = FRAMING.match(span)
    if not m:
        return topics(span, context)
    frame, rest = span[:m.end()], span[m.end():]
    # (a frame naming another subject is the words' context, not the sentence before: "Asked about visits … to graves
    # on the southern Kurils, Rudenko said the issue 'could be considered'")
    own = OTHER_TALKS.search(frame) and not treaty_context(frame)
    found = topics(rest, frame if own else context + " " + frame)
    if OTHER_DISPUTE.search(frame) and not NORTHERN_NAMES.search(span) \
            and not set(found) & {"peace_treaty", "declaration_1956"}:
        # "Asked about Takeshima, Kishida said the islets are 'an inherent part of Japan's territory'": the frame
        # names the other dispute the words are on
        found = [f for f in found if f not in ("territorial", "sovereignty", "islands", "islands_settlement")]
    if "islands" in topics(frame) and SETTLEMENT.search(rest) and not is_treaty(found):
        found.append("islands_settlement")  # "Concerning the islands, X said their transfer …"
    elif QUESTION_FRAME.match(frame) and treaty_context(frame) and not is_treaty(found) and "no_comment" not in found and \
            (len(rest.split()) <= 10 or REFERS_BACK.match(rest.split(":", 1)[-1].lstrip(" \"“«"))
             or JUDGES_IT.search(rest)):
        # "Asked whether talks would resume, X replied: 'Not now'": a short answer, or one pointing back, is on
        # them ("…, Suga only said that Abe will visit" answered something else)
        found.append("continued")
    elif treaty_context(frame) and not is_treaty(found) and FRAMED_OBJECT.search(rest):
        found.append("continued")  # "Комментируя заявление МИД о выходе из переговоров по мирному договору, Кисида
        # назвал это решение …": what the frame names is what the words are about
    return found


# the thing a frame named, pointed back to in the words after it ("called the decision", «назвал это решение»)
FRAMED_OBJECT = re.compile(r"(?<!\w)(?:(?:the|this|that|such a|such) (?:move|decision|step|announcement|statement|remarks?)"
                           r"|(?:это|эт\w+|такое|такие|данное) (?:решени|шаг|заявлени|высказывани|слова)\w*"
                           r"|(?:この|その)(?:決定|発表|措置|発言))", re.IGNORECASE)


# a sentence that opens by going on from the one before: "But …", "However, …", "Однако …", "しかし…"
GOES_ON_FROM = re.compile(r"^\W*(?:but|however|yet|and|although|though|even though|но|однако|а|и|хотя|しかし|ただ|だが|でも)(?!\w)",
                          re.IGNORECASE)
# what the quote before spoke of, taken up by a pronoun after a verb of settling it ("resolve it in a moment",
# «решить это», 「それを解決」)
# (…or of recognising it: "until Tokyo recognises this", «Пока Токио не признает это», 「これを認めない限り」)
SETTLES_IT = re.compile(r"\b(?:resolve|solve|settle|achieve|reach|conclude|sign|recogni[sz]e|accept)\w* (?:it|this|that)\b"
                        r"|(?<!\w)(?:решить|решать|урегулировать|подписать|заключить|призна(?:ть|ет|ют|ла?|ли)|приня(?:ть|л\w*)"
                        r"|прим(?:ет|ут)) (?:это|его|их)(?!\w)|(?:それ|これ)を(?:解決|締結|認め|受け入れ)",
                        re.IGNORECASE)


# what the quote before set as a condition, pointed back to anywhere in a short one ("There will be no progress
# without it", «Без этого продвижения не будет», 「それなしに前進はない」)
WITHOUT_IT = re.compile(r"(?<!\w)(?:without|unless|until|before) (?:it|this|that)(?!\w)|(?<!\w)без (?:этого|него|этих|них)(?!\w)"
                        r"|(?:それ|これ)(?:なし|抜き)", re.IGNORECASE)


# a quote that is a verdict and nothing more, its object the news told before it ("Extremely unjust and absolutely
# unacceptable", «Абсолютно неприемлемо», 「極めて不当であり、断じて受け入れることはできない」)
_VERDICT_ADVERB = (r"(?:extremely|absolutely|utterly|totally|completely|deeply|highly|simply|entirely|very|most|"
                   r"крайне|абсолютно|совершенно|категорически|глубоко|весьма|просто|"
                   r"極めて|断じて|到底|誠に|大変|非常に|全く|甚だ)")
_VERDICT = (r"(?:unjust|unfair|unacceptable|inadmissible|regrettable|deplorable|outrageous|wrong|"
            r"неприемлем\w*|недопустим\w*|несправедлив\w*|возмутительн\w*|прискорбн\w*|"
            r"不当|遺憾|受け入れ(?:ることはでき|られ)ない|容認(?:でき|しがたい|し難い)\w*|認められない|(?:強く)?抗議(?:する|します))")
_VERDICT_COPULA = r"(?:だ|です|である|であり|であって|で|なもの|ない|な|だと)?"
_ONE_VERDICT = rf"(?:{_VERDICT_ADVERB}\s*)*{_VERDICT}{_VERDICT_COPULA}"
VERDICT_ONLY = re.compile(rf"^[\W_]*(?:it is |it's |this is |that is |это )?{_ONE_VERDICT}"
                          rf"(?:[\s,、]*(?:and|и|,|、)?[\s,、]*{_ONE_VERDICT})*[\W_]*$", re.IGNORECASE)


def verdict_only(span: str) -> bool:
    return bool(VERDICT_ONLY.match(span))


def continues_topic(span: str) -> bool:
    """A quote that continues the one before it inherits its topic only when it points back, goes on from it ("But
    the conditions have changed") or speaks of talks; not one on another dispute (「尖閣諸島は…」)."""
    if OTHER_DISPUTE.search(span):
        return False
    return bool(REFERS_BACK.match(span) or GOES_ON_FROM.match(span) or TALKS.search(span)
                or (len(span) <= 120 and (WITHOUT_IT.search(span) or SETTLES_IT.search(span))))

