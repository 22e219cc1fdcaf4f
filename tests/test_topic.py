from treatywatch.statements.topic import is_treaty, quote_topics, topics


def test_treaty_vocabulary_in_three_languages():
    assert is_treaty(topics("We want to sign the peace treaty soon"))
    assert is_treaty(topics("переговоры о мирном договоре"))
    assert is_treaty(topics("平和条約の締結を目指す"))
    assert is_treaty(topics("the return of Shikotan and Habomai"))


def test_islands_alone_and_sanctions_are_not_treaty():
    assert not is_treaty(topics("former residents will visit graves on Kunashir"))
    assert not is_treaty(topics("new sanctions on Russian banks"))


def test_talks_count_in_treaty_context_only():
    assert is_treaty(topics("the talks will continue", "the peace treaty was discussed"))
    assert not is_treaty(topics("the talks will continue", "the trade fair opened"))


def test_a_position_or_a_talk_after_a_treaty_sentence_is_on_the_treaty():
    context = "The minister said Japan would keep seeking the return of the four islands."
    assert is_treaty(topics("Our position has not changed at all", context))
    assert is_treaty(topics("Наша позиция не изменилась", "Министр заявил, что мирный договор остаётся целью."))
    assert is_treaty(topics("We have always been ready to talk", "Tokyo says it wants a peace treaty."))
    assert not is_treaty(topics("Our position has not changed at all", "The trade fair opened in Osaka."))
    assert not is_treaty(topics("Our position on visas for fishermen is known", context))


def test_claims_to_the_islands_in_russian_and_japanese_are_the_dispute():
    assert is_treaty(topics("притязания Японии на Курилы беспочвенны"))
    assert is_treaty(topics("日本の北方領土の主張には根拠がない"))
    assert is_treaty(topics("日本の北方領土に関する主張は受け入れられない"))
    assert is_treaty(topics("日本は北方四島の領有権を持つ"))
    assert not is_treaty(topics("жители Курил ждут нового парома"))


def test_this_issue_after_a_sentence_on_the_islands_is_the_dispute():
    context = "Beijing backed Tokyo's claim to the Kuril islands decades ago."
    assert is_treaty(topics("China will not take sides on this issue", context))
    assert not is_treaty(topics("China will not take sides on this issue", "The trade fair opened in Osaka."))
    assert not is_treaty(topics("the trade issue was raised", "Fishermen work near the Kuril islands."))


def test_talks_that_name_another_subject_are_not_the_treaty_talks():
    context = "The two leaders discussed the peace treaty for an hour."
    assert not is_treaty(topics("I hope the Six-Party Talks on Korea resume soon", context))
    assert not is_treaty(topics("Abe will travel to Moscow next spring for further talks with Putin", context))
    assert not is_treaty(topics("Energy security is another issue on the agenda", context))
    assert not is_treaty(topics("He is ready to continue dialogue on bilateral issues", context))
    # sanctions blamed for the end of dialogue are a treaty matter; talks with a country stay the treaty talks
    assert is_treaty(topics("Moscow did not end the dialogue; it was Tokyo that imposed economic sanctions", context))
    assert is_treaty(topics("Talks with Japan will go on", context))


def test_a_quote_whose_own_sentence_names_another_subject():
    context = "The envoy said Moscow's position on the peace treaty has not changed."
    quote = "It is good news that talks nobody thought possible a year ago are now being arranged."
    outside = "Asked about the Korean Peninsula before the two summits, the envoy said:"
    assert not is_treaty(quote_topics(quote, outside, context))
    assert is_treaty(quote_topics(quote, "Asked about the islands, the envoy said:", context))
    assert is_treaty(quote_topics(quote, "The envoy said:", context))
    assert is_treaty(quote_topics("Tokyo must accept the peace treaty first", outside, context))


def test_question_of_territory_in_english_and_russian():
    assert is_treaty(topics("the territory issue has to be settled by our generation"))
    assert is_treaty(topics("вопрос территории нужно решить сейчас"))
    assert is_treaty(topics("the dispute over the territories must not be passed on"))


def test_a_stated_position_on_the_islands_is_the_dispute():
    assert is_treaty(topics("there has been no change in the government's legal position on the Northern Territories"))
    assert is_treaty(topics("позиция по Курилам не изменилась"))
    assert not is_treaty(topics("the border guards took up position near Kunashir harbour"))


def test_resolving_the_islands_question_is_the_dispute_but_visiting_them_is_not():
    assert is_treaty(topics("Resolving the issue of the four islands is my goal"))
    assert is_treaty(topics("решить вопрос Курил нужно в интересах обеих стран"))
    assert is_treaty(topics("北方四島の問題を解決したい"))
    assert not is_treaty(topics("former islanders will visit the four islands in summer"))


def test_next_generation_under_a_sentence_on_the_treaty_is_the_dispute():
    context = "Abe again called for a peace treaty with Russia."
    assert is_treaty(topics("We must not leave this to the next generation", context))
    assert is_treaty(topics("Нельзя оставлять это будущим поколениям", "Премьер говорил о мирном договоре."))
    assert not is_treaty(topics("We must not leave this to the next generation", "The climate summit opened."))


def test_postwar_words_that_name_the_dispute_on_their_own():
    assert is_treaty(topics("the living generation must remove the post-war scenery from the region"))
    assert is_treaty(topics("we must not pass on to the next generation the issue that has lingered since the war"))
    assert not is_treaty(topics("the next generation of engineers will build the bridge"))


def test_talks_under_a_sentence_on_the_handover_of_the_islands():
    context = "The ministry objected to remarks about preparing residents for the transfer of the islands to Japan."
    assert is_treaty(topics("it distorts the agreements to accelerate the negotiation process", context))
    assert not is_treaty(topics("it distorts the agreements to accelerate the negotiation process",
                                "Former residents visited family graves on the islands."))


def test_recognising_the_islands_as_ones_own_is_a_sovereignty_claim():
    assert is_treaty(topics("Япония должна признать Курилы российскими"))
    assert is_treaty(topics("Tokyo has to recognise the Kurils as Russian"))
    assert not is_treaty(topics("Kuril fishermen were recognised for their rescue work", ""))


def test_russian_agreements_count_as_talks_in_treaty_context():
    context = "Лавров заявил, что Япония должна признать Курилы российскими."
    assert is_treaty(topics("мы руководствуемся договоренностями, которые достигнуты на высшем уровне", context))


def test_the_constitution_after_a_sentence_on_the_dispute():
    context = "The only solution of the territorial problem is the formal recognition of the existing border."
    assert is_treaty(topics("Nothing else is possible under the updated Constitution of Russia", context))
    assert not is_treaty(topics("Nothing else is possible under the updated Constitution of Russia",
                                "The pension reform was debated in the Duma."))


def test_the_return_of_unnamed_islands_is_the_dispute():
    assert is_treaty(topics("Япония продолжит добиваться возвращения островов"))
    assert is_treaty(topics("Tokyo still seeks the return of the islands"))
    assert not is_treaty(topics("ferries to the islands of the Seto Inland Sea were cancelled"))


def test_islands_that_will_remain_ones_own_are_a_sovereignty_claim():
    assert is_treaty(topics("Russia is ready to talk, but the islands would remain Russian"))
    assert is_treaty(topics("Россия готова к переговорам, но острова останутся российскими"))
    assert not is_treaty(topics("the fishermen would remain on the islands for the season"))


def test_ceding_or_getting_back_the_islands_is_the_dispute():
    """Giving the islands up, conceding them or getting them back is the dispute, in three languages."""
    for said in ("Russia will never cede the Kurils", "Moscow would make no concessions on the Kuril Islands",
                 "Moscow would never give the islands back to Tokyo", "Japan would never get the Kurils back",
                 "Moscow would never give up the Kurils", "Россия никогда не отдаст Курилы",
                 "Россия не пойдёт на уступки по Курилам", "Япония никогда не получит Курилы обратно",
                 "日本が北方領土を取り戻すことは決してない", "ロシアが北方領土を譲ることはない",
                 "北方領土をめぐりロシアが譲歩することはない"):
        assert is_treaty(topics(said)), said
    assert not is_treaty(topics("the governor flew back from Kunashir on Monday"))
    assert not is_treaty(topics("the ferry to Shikotan took the tourists away at dawn"))


def test_the_policy_after_a_sentence_on_the_treaty_is_the_treaty_policy():
    """"Our basic policy has not changed" / 「この方針に変わりはない」 under a treaty sentence; not under sanctions."""
    treaty_lead = "Japan remains committed to resolving the territorial issue and concluding a peace treaty"
    assert is_treaty(quote_topics("Our basic policy has not changed,", ", she told lawmakers.", treaty_lead))
    assert is_treaty(topics("「この方針に変わりはない」と述べた。", "政府は北方領土問題を解決して平和条約を締結する方針だ。"))
    assert is_treaty(topics("Наша политика не изменилась", "Япония намерена заключить мирный договор с Россией"))
    assert not is_treaty(quote_topics("Our basic policy has not changed,", ", she told lawmakers.",
                                      "Japan will keep its sanctions on Russia, Prime Minister Sanae Takaichi said."))


def test_sovereignty_of_another_country_is_not_the_islands():
    assert not is_treaty(topics("Putin said Russia respects Ukraine's sovereignty and territorial integrity"))
    assert not is_treaty(topics("China's sovereignty over Taiwan is not negotiable, Wang said"))
    assert not is_treaty(topics("Лавров заявил, что суверенитет Украины не обсуждается"))
    assert is_treaty(topics("Russia's sovereignty over the Kurils is beyond doubt, unlike Ukraine's claims"))
    assert is_treaty(topics("Japan must recognise Russia's sovereignty over the islands"))


def test_talks_after_a_sentence_on_the_outcome_of_the_war_or_on_sovereignty_over_the_islands():
    assert is_treaty(topics("Как отметил Песков, Кремль не видит смысла в переговорах.",
                            "По мнению главы МИД, Япония должна признать итоги Второй мировой войны."))
    assert is_treaty(topics("The talks are frozen, he added.", "Russia's sovereignty over the islands is not in doubt."))
    assert not is_treaty(topics("The talks are frozen, he added.", "Russia respects Ukraine's sovereignty."))


def test_islands_with_any_determiner():
    assert is_treaty(topics("We are not going to hand over any islands"))
    assert is_treaty(topics("Tokyo wants all four islands back"))
    assert not is_treaty(topics("Our islands welcome tourists every summer"))


def test_claims_after_a_sentence_on_the_treaty_are_the_dispute():
    lead = "日本とロシアの平和条約交渉は、ロシア側が中断を表明しています。"
    assert is_treaty(topics("木原官房長官は「ロシア側の一方的な主張は受け入れられない」と述べました。", lead))
    assert is_treaty(topics("Tokyo's claims are baseless, she added.", "Russia will not discuss the peace treaty."))
    assert not is_treaty(topics("Tokyo's claims are baseless, she added.", "The fishing season opened on Monday."))


def test_the_dispute_named_by_the_islands():
    for said in ("Abe expressed hope for progress on the Northern Territories issue",
                 "the Kuril Islands problem remains unresolved", "Он заявил, что курильский вопрос закрыт",
                 "Он отметил, что проблема Курил не обсуждается",
                 "Putin said the islands issue should not hinder economic cooperation"):
        assert is_treaty(topics(said)), said
    assert not is_treaty(topics("He discussed the Senkaku islands issue"))
    assert not is_treaty(topics("Japan protested the drills on the Kuril islands"))


def test_considering_the_islands_ones_own_is_a_claim():
    for said in ("Moscow considers the islands Russian", "Tokyo regards the four islands as its own",
                 "Japan considers the Kurils its own", "Москва считает острова российскими",
                 "The islands have been Russian since 1945"):
        assert is_treaty(topics(said)), said
    assert not is_treaty(topics("Tourists consider the islands beautiful"))
    assert not is_treaty(topics("Москва считает острова Фиджи красивыми"))


def test_the_process_and_negotiable_under_a_treaty_sentence():
    lead = "Question: Japanese Prime Minister Takaichi says she wants to resume peace treaty talks. Is this possible?"
    assert is_treaty(topics("It was Tokyo that stopped the process, not us.", lead))
    assert is_treaty(topics("This is not negotiable.", "We are ready to discuss a peace treaty on that basis."))
    assert is_treaty(topics("Процесс остановил Токио, а не мы.", "Вопрос о мирном договоре с Японией."))
    assert not is_treaty(topics("It was Tokyo that stopped the process, not us.", "The fishing quotas were cut."))


def test_a_policy_on_energy_or_fishing_under_a_treaty_sentence_is_not_the_treaty():
    lead = "Relations soured and the peace treaty talks were halted in 2022."
    for said in ("Kihara said the government policy on Sakhalin-2 would not change.",
                 "The LNG contracts remain in force, the minister said, adding the policy would not change.",
                 "Правительство не изменит политику в отношении проекта Сахалин-2.",
                 "サハリン2に関する方針に変わりはない", "Our policy on the fishing quotas has not changed."):
        assert not is_treaty(topics(said, lead)), said
    assert is_treaty(topics("Our policy has not changed.", lead))


def test_islands_with_a_hyphenated_adjective_or_in_a_headline():
    assert is_treaty(topics("Kishida vowed to keep pushing for the return of four Russian-held islands"))
    assert is_treaty(topics("Japan's Kishida vows to keep pushing for islands' return"))
    assert not is_treaty(topics("Tourists flocked to the four Russian-held islands"))


def test_a_stance_on_the_islands_with_a_closing_quote_mark_between():
    assert is_treaty(topics('Motegi told reporters that Japan "will not change its stance" on the Northern Territories.'))
    assert is_treaty(topics("Japan will not change its “position” on the Northern Territories."))


def test_a_deal_on_the_islands_is_their_settlement():
    assert "islands_settlement" in topics("the two leaders had been close to a deal on the islands")
    assert "islands_settlement" in topics("Tokyo wants a deal over the Kuril Islands first")
    assert "islands_settlement" not in topics("the islands will get a new deal for their airport")


def test_a_peace_treaty_of_a_pair_named_before_it_or_of_japan_with_another_is_not_this_treaty():
    """The pair named before the deal ("between Baku and Yerevan on a peace treaty"), another party named before
    it in a sentence that names neither Japan nor the islands, Japan paired with a third country and not with
    Russia (the 1978 Treaty of Peace and Friendship), a peace treaty "on the peninsula"."""
    for span in ("We continue to follow closely the negotiations between Baku and Yerevan on a peace treaty.",
                 "переговоры между Баку и Ереваном по мирному договору",
                 "Ushakov said the sides were discussing a summit on Ukraine, adding that any peace treaty would "
                 "have to eliminate the root causes of the conflict",
                 "This year marks forty years since China and Japan concluded their Treaty of Peace and Friendship",
                 "A peace treaty on the peninsula, together with security guarantees, is necessary"):
        assert not is_treaty(topics(span)), span
    for span in ("the talks between Tokyo and Moscow on the peace treaty resumed",
                 "Putin, Shinzo Abe discuss situation in Ukraine and prospects for peace treaty",
                 "Suga told Putin that he wants progress on peace treaty talks. Xi says ready to improve China-Japan ties",
                 "переговоры между Москвой и Токио по мирному договору",
                 "Lavrov, back from talks on Ukraine, said a peace treaty with Japan is impossible now",
                 "Russia and Japan, unlike China and Japan, have no peace treaty"):
        assert is_treaty(topics(span)), span


def test_japans_other_disputes_are_not_this_one():
    """Takeshima (Dokdo) and the Senkakus called Japan's inherent territory are Japan's disputes with Korea and
    China; named beside the Northern Territories, the claim is still on them."""
    for span in ("竹島は歴史的事実に照らしても、国際法上も明らかに我が国固有の領土だ",
                 "Takeshima is clearly an inherent part of the territory of Japan",
                 "尖閣諸島は我が国固有の領土であり、領土問題は存在しない",
                 "Токио считает острова Такэсима своей исконной территорией"):
        assert not is_treaty(topics(span)), span
    assert is_treaty(topics("北方領土も竹島も我が国固有の領土だ"))


def test_talks_on_the_islands_and_the_disputed_territories_denied_are_the_dispute():
    for span in ("Никакого соглашения по островам все равно бы не было",
                 "Переговоры с японцами по Курилам всегда были ритуальными",
                 "talks with Japan on the Kurils were a ritual",
                 "There are no 'disputed territories' between Russia and Japan.",
                 "Курильские острова — это Россия, здесь живут российские люди"):
        assert is_treaty(topics(span)), span
    assert not is_treaty(topics("they discussed fishing near the Kuril islands"))


def test_the_talks_as_the_work_they_are_after_treaty_words():
    """"The work is going" / «впереди кропотливая работа» / "we will keep working" right after the treaty's words
    are the talks; "prepared to work constructively with Suga", «работать с Японией» are not the noun."""
    context = "Putin and Abe discussed the conclusion of a peace treaty."
    for span in ("The work is going, it is difficult work.", "Nevertheless, we will keep working.",
                 "Впереди кропотливая работа.", "Эта работа требует терпения."):
        assert is_treaty(topics(span, context)), span
    for span in ("He is prepared to work constructively with Suga on bilateral issues.",
                 "Moscow is ready to work together with Tokyo.", "Мы готовы работать с Японией."):
        assert not is_treaty(topics(span, context)), span


def test_the_islands_claimed_as_a_region_of_russia_or_changing_jurisdiction_are_the_dispute():
    for span in ("The Kurils are part of the Sakhalin Region, and we will keep developing them",
                 "Курилы — часть Сахалинской области",
                 "Острова, по мнению Медведева, должны развиваться как «полноценная часть России»",
                 "жителей островов необходимо подготовить к тому, что их земля перейдет под японскую юрисдикцию",
                 "residents must be prepared for their land to come under Japanese jurisdiction"):
        assert is_treaty(topics(span)), span
    assert not is_treaty(topics("Сахалинская область получит новые суда"))


def test_a_tsunami_in_severo_kurilsk_and_going_back_home_are_no_dispute():
    assert not is_treaty(topics("Все жители Северо-Курильска эвакуированы на возвышенности. Сейчас главное — не "
                                "возвращаться в дома, пока не будет отменена угроза повторных волн"))
    assert is_treaty(topics("Япония добивается возвращения южных Курил"))


def test_nothing_to_discuss_after_treaty_words_refuses_the_talks():
    context = "Ishiba said Japan remains committed to concluding a peace treaty. Is there a chance of dialogue?"
    for span in ("Under such circumstances there is nothing to discuss.", "Теперь и вовсе говорить не о чем.",
                 "При таком курсе Токио нам нечего обсуждать."):
        assert is_treaty(topics(span, context)), span
    assert not is_treaty(topics("Under such circumstances there is nothing to discuss.", "Fishing quotas were set."))


def test_crimea_and_the_senkakus_claimed_and_russian_land_in_japanese():
    assert not is_treaty(topics("クリミアは人々の心の中で、常にロシアの不可分の一部であり続けた"))
    assert not is_treaty(topics("尖閣諸島は我が国固有の領土であり、解決すべき領有権の問題はそもそも存在しない",
                                "北方領土問題の解決と平和条約の締結を目指す"))
    assert is_treaty(topics("クリール諸島はロシアの土地であり、これからも永遠にそうあり続ける"))
    assert is_treaty(topics("Это несовместимо с позицией нашей страны по северным территориям"))


def test_a_peace_treaty_of_japan_with_ukraine_in_a_clause_of_its_own_and_russian_territories():
    assert is_treaty(topics("Zakharova says Japan has no moral right to speak of a peace treaty while it arms Ukraine "
                            "and follows the sanctions line"))
    assert not is_treaty(topics("a peace treaty with Ukraine is possible only on Russia's terms"))
    assert is_treaty(topics("These are Russian territories, and the decision to strengthen defences there is the "
                            "sovereign right of the Russian Federation"))


def test_another_party_in_a_clause_of_its_own_leaves_the_territorial_problem_this_one():
    assert is_treaty(topics("японо-российские отношения находятся в трудной ситуации из-за агрессии России в Украине, но "
                            "мы будем настойчиво продолжать переговоры для решения территориальной проблемы"))
    assert not is_treaty(topics('Ukraine was ready for "a peace that is honest", but would not give up "a single piece '
                                'of our land"'))
    assert not is_treaty(topics("no trading territory for peace in Ukraine"))


def test_a_vaccine_policy_after_treaty_words_is_a_subject_of_its_own():
    context = "北方四島の帰属の問題を解決して平和条約を締結するという基本方針に変わりはない。"
    assert not is_treaty(topics("また加藤官房長官は、企業や大学での新型コロナワクチンの職域接種を今月21日から始める方針を"
                                "明らかにしました。", context))
    assert not is_treaty(topics("Kato also said the vaccination policy would start on June 21.",
                                "Japan's policy of concluding a peace treaty is unchanged."))
    assert is_treaty(topics("引き続き粘り強く交渉に取り組んでいく方針だ。", context))


def test_the_islands_as_what_is_not_to_be_discussed_are_the_dispute():
    assert "islands_settlement" in topics("Russia would not discuss the Kurils with Tokyo")
    assert "islands_settlement" in topics("Москва не будет обсуждать Курилы с Токио")
    assert "islands_settlement" not in topics("they discussed fishing near the Kuril islands")


def test_a_policy_on_the_islands_is_a_stance_on_the_dispute():
    assert "islands_settlement" in topics("No change in government policy on Northern Territories")
    assert "islands_settlement" not in topics("Government policy on visits to the Northern Territories by boat")


def test_another_pairs_peace_deal_is_not_this_treaty():
    for span in ("a peace deal with Ukraine was still far off",
                 "any peace agreement on Ukraine must take Russia's security interests into account",
                 "the Russia-Ukraine peace deal could be signed within weeks",
                 "a peace agreement to end the war in Ukraine",
                 "мирное соглашение с Украиной пока далеко",
                 "the 30-year-old peace treaty between Japan and China plays a key role",
                 "the Japan-China peace treaty"):
        assert not is_treaty(topics(span)), span
    # this treaty, with another subject beside it or another deal named after it
    for span in ("the need for a peace treaty with Tokyo and a ceasefire in Syria",
                 "рассказал о необходимости заключения с Токио мирного договора и прекращении огня в Сирии",
                 "the war in Ukraine has frozen the peace treaty talks with Japan",
                 "a peace treaty with Japan, unlike a deal with Ukraine, is not on the table",
                 "the peace treaty between Russia and Japan",
                 "a peace treaty and the Ukraine war",
                 "мирный договор с Японией отвечает коренным интересам двух стран"):
        assert is_treaty(topics(span)), span


def test_contacts_are_talks_after_a_treaty_sentence():
    context = "Tokyo's course makes any progress on a peace treaty impossible, Putin said."
    for span in ("We did not break off these contacts.", "Мы эти контакты не прерывали.", "接触を断ったのは我々ではない。"):
        assert is_treaty(topics(span, context)), span
        assert not is_treaty(topics(span, "The trade fair opened in Osaka.")), span


def test_a_territory_where_something_happens_is_not_a_claim():
    for span in ("strikes on Russian territory are unacceptable", "удары по российской территории недопустимы",
                 "the deployment of US missiles on Japanese territory", "a new meeting of the ministers in Japanese territory",
                 "учения на нашей земле"):
        assert not is_treaty(topics(span)), span
    for span in ("the islands are Japanese territory", "the Kurils are Russian land", "Курилы — российская территория",
                 "это наша земля"):
        assert is_treaty(topics(span)), span


def test_another_pairs_deal_or_a_place_is_no_treaty_context():
    assert not is_treaty(topics("The talks will continue next week.", "Peskov said a peace deal with Ukraine was far off."))
    assert not is_treaty(topics("The talks will continue next week.", "Missiles were deployed on Japanese territory."))
    assert is_treaty(topics("The talks will continue next week.", "Peskov said a peace treaty with Japan was far off."))


def test_a_compromise_is_talks_after_a_treaty_sentence():
    for span, context in (("Tokyo shows no readiness for a compromise.", "Lavrov spoke of the peace treaty."),
                          ("Токио не готов к компромиссу.", "Лавров говорил о мирном договоре."),
                          ("日本側に歩み寄る姿勢はない", "平和条約の締結には大戦の結果を認めることが必要だ")):
        assert is_treaty(topics(span, context)), span
        assert not is_treaty(topics(span, "The trade fair opened in Osaka.")), span


def test_the_treaty_after_a_sentence_on_the_peace_treaty_is_that_treaty():
    context = "Abe and Putin met in Moscow on Tuesday to discuss the peace treaty."
    assert is_treaty(topics("Abe hoped the treaty could be signed while he is still in office", context))
    assert is_treaty(topics("Путин сказал, что договор нужно подписать", "Лидеры обсудили мирный договор."))
    assert not is_treaty(topics("Abe hoped the treaty could be signed while he is still in office",
                                "The two leaders opened a trade fair in Osaka."))
    # …not a relative's part in the talks of the past, whatever the sentence before
    assert not is_treaty(topics("My grandfather worked for years on a peace treaty between Japan and the USSR",
                                context))
    assert not is_treaty(topics("Лидеры договорились встретиться снова", "The trade fair opened in Osaka."))


def test_territorial_claims_in_russian_are_the_dispute():
    assert is_treaty(topics("Токио не отказался от территориальных претензий к России"))
    assert is_treaty(topics("японские территориальные притязания безосновательны"))


def test_the_islands_as_what_stands_between_the_two_countries():
    assert is_treaty(topics("the Kuril Islands should unite Russia and Japan rather than divide them"))
    assert is_treaty(topics("Курилы должны сближать Россию и Японию, а не разъединять их"))
    assert is_treaty(topics("the islands remain the main stumbling block in relations with Tokyo"))
    assert not is_treaty(topics("the fishing fleet near the Kurils was divided into two groups"))


def test_the_handover_of_the_islands_in_japanese_without_their_names():
    assert is_treaty(topics("島の引き渡しについて話し合われたことはない"))
    assert is_treaty(topics("島々の返還を求める"))
    assert not is_treaty(topics("島の漁業者の安全操業を確保する"))


def test_the_status_of_the_islands_is_the_dispute():
    assert is_treaty(topics("Lavrov said the status of the southern Kurils was not up for negotiation"))
    assert is_treaty(topics("Москва не будет вести переговоры о статусе Курил"))
    assert not is_treaty(topics("the visa-free status of the trips to the Kurils had been cancelled"))


def test_a_treaty_named_by_its_common_noun_alone_is_context_for_the_talks():
    from treatywatch.statements.extract import extract

    text = ("Asked about prospects for a treaty, Lavrov replied that Tokyo had \"buried\" the process by joining the "
            "sanctions.")
    [st] = extract(text, "en", "2023-01-18")
    assert st.peace_treaty and st.speaker == "Sergei Lavrov"
    assert is_treaty(topics("The process is frozen", "Both sides still want the treaty, officials say."))
    # a treaty with its own name, or with another country, is not the peace treaty
    assert not is_treaty(topics("The process is frozen", "Moscow suspended the treaty on nuclear arms control."))
    assert not is_treaty(topics("The process is frozen", "Tokyo signed a treaty with Manila last year."))
    assert not is_treaty(topics("The process is frozen", "The New START treaty expires soon."))


def test_handing_the_islands_over_with_words_between_is_the_settlement():
    assert is_treaty(topics("Russia will never discuss handing the South Kuril Islands over to Japan"))
    assert not is_treaty(topics("Russia will hand a new ferry over to the Kuril Islands' residents next week"))


def test_a_claim_to_these_islands_after_the_disputed_islands_were_named():
    """"У Японии нет прав претендовать на эти острова", answering a question on the Northern Territories, is the
    dispute ("остров" alone is any island); the same words after a sentence on a holiday resort are not."""
    assert is_treaty(topics("У Японии нет никаких прав претендовать на эти острова.",
                            "Как Вы прокомментируете заявления Токио о «северных территориях»?"))
    assert not is_treaty(topics("У Японии нет никаких прав претендовать на эти острова.",
                                "Курортные острова у Окинавы приняли рекордное число туристов."))
    assert is_treaty(topics("Токио не вправе претендовать на Южные Курилы."))


def test_a_solution_after_a_sentence_on_the_dispute_is_its_settlement():
    context = "The two leaders failed to make a breakthrough on the territorial dispute on Tuesday."
    assert is_treaty(topics("They agreed to keep working towards a mutually acceptable solution", context))
    assert not is_treaty(topics("They agreed to keep working towards a mutually acceptable solution",
                                "The two leaders discussed the price of liquefied gas on Tuesday."))


def test_the_islands_said_to_be_of_a_country_not_a_word_after_a_comma():
    assert is_treaty(topics("The islands are historically Russian, the minister said."))
    # "revanchist, Russian Foreign Ministry …": the nationality is the next clause's, not the islands'
    assert not is_treaty(topics("Ishiba's remarks on the Northern Territories are revanchist, Russian Foreign "
                                "Ministry spokeswoman Maria Zakharova said."))


def test_the_islands_handed_or_given_to_japan():
    assert is_treaty(topics('Medvedev wrote that the Kuril Islands would "never" be handed to Japan.'))
    assert is_treaty(topics("Moscow will not even talk about giving the southern Kurils to Tokyo."))
    assert not is_treaty(topics("The award was handed to Japan's team on the Kuril Islands trip."))


def test_treaty_talks_without_peace_are_the_peace_treaty_talks():
    assert is_treaty(topics("Moscow would not return to treaty talks on Japan's terms"))
    assert is_treaty(topics("Lavrov ruled out any treaty negotiations this year"))
    assert not is_treaty(topics("Moscow joined the arms treaty talks in Geneva"))
    assert not is_treaty(topics("New START treaty talks stalled"))


def test_the_southern_kurils_written_with_a_long_vowel_and_an_inseparable_territory():
    assert is_treaty(topics("南クリール諸島はロシアの不可分の領土だ"))
    assert is_treaty(topics("北方四島はわが国の不可分の一部だ"))


def test_the_question_of_the_kurils_is_the_dispute_in_english_and_russian():
    from treatywatch.statements.topic import is_treaty, topics

    for span in ("вопрос о Курилах закрыт навсегда", "спор вокруг южных Курил", "the question of the Kuril Islands was closed",
                 "the dispute over the four islands could not be solved by pressure"):
        assert is_treaty(topics(span)), span
    assert not is_treaty(topics("the question of fishing near the Kuril Islands would be discussed"))


def test_the_two_sides_far_apart_on_the_islands_is_the_dispute():
    for span in ("Moscow and Tokyo still have significant differences on the islands",
                 "the two countries remain far apart over the Kurils",
                 "у Москвы и Токио сохраняются серьезные разногласия по островам",
                 "北方領土を巡って日ロ間に大きな隔たりがある"):
        assert is_treaty(topics(span)), span
    assert not is_treaty(topics("the delegations had differences over fishing quotas near the islands"))


def test_not_trading_territories_is_the_handover_refused():
    for span in ("We are not trading territories.", "Мы территориями не торгуем.", "領土の切り売りはしない"):
        assert is_treaty(topics(span)), span
    assert not is_treaty(topics("Moscow will not trade territory for peace in Ukraine"))


def test_talks_on_the_islands_themselves_are_the_dispute():
    for span in ("Мы не будем вести переговоры о „северных территориях“ с Японией", "talks over the Kurils resumed"):
        assert is_treaty(topics(span)), span
    for span in ("переговоры о рыболовстве у Курил", "talks on fishing near the islands"):
        assert not is_treaty(topics(span)), span


def test_the_four_island_dispute_and_a_formal_end_to_the_war():
    for span in ("the four-island dispute must be settled", "a two-island deal",
                 "Japan wants a formal end to World War II hostilities with Russia"):
        assert is_treaty(topics(span)), span
    assert not is_treaty(topics("the war formally ended in 1945"))


def test_the_islands_claimed_the_other_way_round():
    for span in ("Let them complain, these are our islands", "Пусть жалуются, это наши острова", "Курилы — наши, и точка",
                 "They are our ancestral islands"):
        assert is_treaty(topics(span)), span
    for span in ("Former residents visited our islands last summer", "Наши острова посетили туристы"):
        assert not is_treaty(topics(span)), span


def test_the_islands_played_back_and_forth_are_the_dispute():
    for span in ("We must stop this historical ping-pong over the islands", "призвал прекратить пинг-понг по Курилам",
                 "the tug-of-war over the Kurils has lasted decades"):
        assert is_treaty(topics(span)), span
    assert not is_treaty(topics("a ping-pong tournament was held on Kunashir"))


def test_ending_the_problem_oneself_after_a_treaty_sentence_is_the_treaty():
    context = "Putin said the two sides would keep working on a peace treaty."
    for span in ("I want to put an end to this issue with my own hands", "私とプーチン大統領の手で必ず終止符を打つ",
                 "Мы должны поставить точку в этом вопросе"):
        assert is_treaty(topics(span, context)), span
    assert not is_treaty(topics("We will put an end to it with our own hands",
                                "The two leaders discussed fisheries and energy."))


def test_a_treaty_frame_and_the_thing_it_named_pointed_back_to():
    from treatywatch.statements.topic import framed_topics

    for span in ("Комментируя заявление МИД России о выходе из переговоров по мирному договору, Кисида назвал это "
                 "решение крайне несправедливым.",
                 "Commenting on Moscow's exit from the peace treaty talks, Kishida called the decision unjust."):
        assert is_treaty(framed_topics(span)), span
    assert not is_treaty(framed_topics("Commenting on the new fishing quotas, Kishida called the decision unjust."))


def test_the_leaders_agreement_a_sentence_after_the_treaty_is_the_talks():
    from treatywatch.statements.topic import issue_named_earlier

    earlier = ["The two countries never signed a peace treaty after the war.", "Tokyo's recent remarks annoyed Moscow."]
    for span in ("The ministry protested what it called a distortion of the agreements between the two leaders.",
                 "МИД выразил протест против искажения договоренностей лидеров двух стран.",
                 "外務省は首脳間の合意を歪曲するものだと抗議した。"):
        assert issue_named_earlier(span, earlier), span
    assert not issue_named_earlier("The ministry protested a distortion of the agreements between the two leaders.",
                                   ["The two countries discussed fishing quotas.", "Tokyo's remarks annoyed Moscow."])


def test_criticism_of_northern_territories_day_is_on_the_claim():
    for span in ("Moscow views the annual so-called Northern Territories Day in Japan as an unfriendly step",
                 "Москва считает проведение в Японии \"Дня северных территорий\" недружественным шагом",
                 "ザハロワ報道官は、日本の「北方領土の日」について「非友好的な措置だ」と非難しました。"):
        assert is_treaty(topics(span)), span
    # the day as the setting of a remark on something else
    for span in ("Speaking on Northern Territories Day, Kishida said his government will focus on grave visits.",
                 "「北方領土の日」の7日、高市首相は墓参の再開を最優先にすると述べました。"):
        assert not is_treaty(topics(span)), span


def test_the_historical_ping_pong_alone_is_the_dispute():
    for span in ("Нужно прекратить исторический пинг-понг вокруг островов", "歴史的なピンポンをやめなければならない",
                 "We must end the historical ping-pong"):
        assert is_treaty(topics(span)), span


def test_humanitarian_contacts_after_a_treaty_sentence_are_not_the_talks():
    """"ready to keep humanitarian contacts with Japan, including visits … to family graves", right after the
    treaty talks refused: the former islanders' visits, not the treaty talks; contacts on the treaty still are."""
    context = "Russia sees no ground for resuming talks on a peace treaty with Japan."
    assert not is_treaty(topics("Moscow was ready to keep humanitarian contacts with Japan, including visits by former "
                                "residents to family graves on the islands.", context))
    assert not is_treaty(topics("Москва готова сохранить гуманитарные контакты, включая посещение могил.",
                                "Оснований для возобновления переговоров о мирном договоре нет."))
    assert is_treaty(topics("Moscow has cut all contacts with Tokyo.", context))


def test_the_question_of_the_islands_is_the_dispute():
    """"The question of the islands is closed", «вопрос об островах закрыт»: the islands named as the issue are the
    dispute; "the issue of the islands' roads" is their infrastructure."""
    for span in ("The politician added that the question of the islands is closed.",
                 "Он добавил, что вопрос об островах закрыт."):
        assert "islands_settlement" in topics(span), span
    assert not is_treaty(topics("He discussed the issue of the islands' infrastructure development."))


def test_the_islands_called_occupied_are_the_dispute():
    """"Russia's occupation of the islands has no legal basis", «оккупация островов», 島の占拠: the claim."""
    for span in ("Kihara told reporters that Russia's occupation of the islands has no legal basis.",
                 "Он назвал оккупацию южных Курил незаконной.",
                 "官房長官は、四島の占拠は法的根拠がないと述べた。"):
        assert "islands_settlement" in topics(span), span


def test_a_claim_in_its_own_sentence_beside_a_family_story_is_still_a_claim():
    """A family's story is history («Мой дед жил на Итурупе»); a sovereignty claim in another sentence of the same
    quote is not made history by it."""
    assert not is_treaty(topics("Мой дед родился на Итурупе и до конца жизни вспоминал остров."))
    assert is_treaty(topics("Наши деды воевали за эту землю. Курилы были и останутся российскими."))
    assert not is_treaty(topics("My grandfather was born on Etorofu. He often spoke of the island's rivers."))


def test_another_dispute_named_in_the_frame_is_what_the_words_are_on():
    """"Asked by another lawmaker about Takeshima, Kishida said the islets are 'an inherent part of Japan's
    territory'": the frame names Japan's other dispute; with the Northern Territories named it is ours."""
    from treatywatch.statements.topic import framed_topics

    said = "Kishida said the islets are \"an inherent part of Japan's territory\""
    assert not is_treaty(framed_topics("Asked by another lawmaker about Takeshima, " + said))
    assert is_treaty(framed_topics("Asked by another lawmaker about the Northern Territories, " + said))


def test_the_singapore_agreement_names_the_treaty_talks_not_the_korean_summit():
    """«Мы будем продвигать переговоры на основе договоренностей, достигнутых в Сингапуре» (the 2018 agreement to speed
    up the treaty talks on the basis of the 1956 declaration) is on the treaty in any context; the US–North Korea
    summit's Singapore agreement is not; the agreement before is the treaty's context."""
    assert is_treaty(topics("Мы будем продвигать переговоры на основе договоренностей, достигнутых в Сингапуре в 2018 году"))
    assert is_treaty(topics("We will push the negotiations forward on the basis of the Singapore agreement"))
    assert is_treaty(topics("シンガポール合意に基づいて交渉を進める"))
    assert not is_treaty(topics("North Korea must keep the agreement reached in Singapore on denuclearization talks"))
    assert is_treaty(topics("Эта работа требует терпения",
                            "Заместители продолжат работу в соответствии с договоренностями, достигнутыми в Сингапуре."))


def test_japanese_the_bare_island_handed_over_is_these_islands():
    """「島を日本に引き渡す計画は、われわれにはない」, 「島を返す考えはない」: the bare 島 of a handover is the disputed
    islands; a visit to 島 is not, nor 竹島 given back."""
    assert is_treaty(topics("島を日本に引き渡す計画は、われわれにはない"))
    assert is_treaty(topics("島を返す考えはない"))
    assert not is_treaty(topics("島を訪れた元島民は涙を流した"))
    assert not is_treaty(topics("竹島を返すべきだ"))
    # (…coming back or taken back: 「島が戻る」, 「島を取り戻す」; not 「島に戻る」, a visit; and how many: 「二島だけ」)
    assert is_treaty(topics("生きているうちに島が戻る道筋をつけてほしい"))
    assert is_treaty(topics("私たちの代で島を取り戻したい"))
    assert is_treaty(topics("二島だけで終わってしまうのではないかと心配だ"))
    assert not is_treaty(topics("夏には島に戻る墓参団を見送った"))


def test_the_fundamental_document_on_bilateral_relations_is_the_peace_treaty():
    """The Russian ministry's 2022 words for the treaty: "a fundamental document on bilateral relations",
    «основополагающий документ о двусторонних отношениях», 「二国間関係の根本的な文書」."""
    assert is_treaty(topics("It is impossible to discuss a fundamental document on bilateral relations with Tokyo"))
    assert is_treaty(topics("Обсуждать основополагающий документ о двусторонних отношениях невозможно"))
    assert is_treaty(topics("二国間関係の根本的な文書について話し合うことはできない"))
    assert not is_treaty(topics("The ministry published a document on visa rules"))


def test_us_bases_on_the_islands_are_the_settlements_security_condition():
    """"If American military facilities appear on the islands …", «американские базы на островах», 「島々に米軍の施設
    が置かれるのか」: the condition of a handover; US troops elsewhere are not."""
    assert is_treaty(topics("If American military facilities may appear on the islands, that is a question for us"))
    assert is_treaty(topics("Американские базы на островах для нас неприемлемы"))
    # (…the islands by their handover: "on any territory that might be transferred")
    assert is_treaty(topics("American military facilities will never appear on any territory that might be transferred"))
    assert is_treaty(topics("島々に将来アメリカの軍事施設が置かれるのかどうかは極めて重要な問題だ"))
    assert not is_treaty(topics("US troops held drills in Okinawa this week"))


def test_us_military_infrastructure_on_these_islands_in_russian():
    assert is_treaty(topics("Где гарантии, что на этих островах не появится американская военная инфраструктура?"))


def test_the_islands_claimed_by_the_copula_with_no_article():
    """"…under Russian jurisdiction, because these are Russian islands": a claim of whose the islands are, as
    "these are our islands" is; the Japanese islands a tourist visits are no claim."""
    assert is_treaty(topics('joint activity "can only take place under Russian jurisdiction, because these are Russian islands."'))
    assert is_treaty(topics("They are Japanese islands, and we will not give them up"))
    assert not is_treaty(topics("Tourists visited the Japanese islands of Okinawa"))


def test_the_islands_coming_home_is_their_return():
    """"stand with the former residents until the day the islands come home": the return as a homecoming; tourists
    who visited the islands coming back are not."""
    assert is_treaty(topics('pledged to "stand with the former residents until the day the islands come home."'))
    assert is_treaty(topics("when the four islands finally come back to Japan"))
    assert not is_treaty(topics("tourists who visited the islands come back every year"))


def test_the_islands_lost_for_good():
    """«если мы замолчим сейчас, острова будут потеряны навсегда», "the islands will be lost forever": the claim
    given up; islands losing power are not."""
    assert is_treaty(topics("Но если мы замолчим сейчас, острова будут потеряны навсегда"))
    assert is_treaty(topics("if we stay silent now, the islands will be lost forever"))
    assert not is_treaty(topics("the islands lost power for two days"))


def test_the_issue_after_a_frame_naming_grave_visits_is_the_visits():
    """"Asked about visits by former residents to graves on the southern Kurils, Rudenko said the issue 'could be
    considered'" after his words on the treaty: the issue is the visits, which the frame names."""
    from treatywatch.statements.topic import framed_topics
    span = ('Asked about visits by former Japanese residents to graves on the southern Kurils, Rudenko said the issue '
            '"could be considered" if Tokyo "demonstrates a constructive approach."')
    assert not is_treaty(framed_topics(span, "In such conditions, there can be no talk of a peace treaty."))
    assert is_treaty(framed_topics("Asked about the southern Kurils, Rudenko said the issue could not be solved quickly.",
                                   "Talks on a peace treaty are frozen."))


def test_the_leaders_contacts_are_not_the_treaty_talks_but_these_agreements_point_back():
    """"The Kremlin does not see preconditions for contacts at the highest level", «Президент открыт к контактам»
    after words on the treaty: the leaders' meetings, not the talks; "We hope that the spirit of these agreements will
    be preserved", answering a question on the treaty talks, points back to them."""
    context = "Peskov was asked whether the peace treaty talks would be put on hold."
    assert not is_treaty(topics('the Kremlin "does not see preconditions" for contacts on the highest level', context))
    assert not is_treaty(topics("Президент открыт к контактам, но инициатива должна исходить от японской стороны",
                                "Переговоры о мирном договоре заморожены."))
    assert is_treaty(topics("We hope that the spirit of these agreements will be preserved by the next government.",
                            context))


def test_the_dispute_shelved_and_a_humanitarian_question_settled():
    """"no question of setting aside the Northern Territories for the sake of a deal": the dispute shelved; "grave
    visits for the former residents of the islands, … a humanitarian question Moscow could settle tomorrow" settles
    the visits, not the islands."""
    assert is_treaty(topics("There could be no question of setting aside the Northern Territories for the sake of a deal."))
    assert not is_treaty(topics('The government should secure the resumption of grave visits for the former residents of '
                                'the islands, calling it "a humanitarian question Moscow could settle tomorrow."'))
    assert is_treaty(topics("We want to settle the question of the four islands."))


def test_the_islands_taking_called_historical_justice():
    """"The liberation of Southern Sakhalin and the Kuril Islands restored historical justice", «освобождение Курил
    восстановило историческую справедливость»: the claim; historical justice without the islands is not."""
    assert is_treaty(topics("The liberation of Southern Sakhalin and the Kuril Islands restored historical justice."))
    assert is_treaty(topics("Освобождение Курильских островов восстановило историческую справедливость."))
    assert not is_treaty(topics("The court ruling restored historical justice for the victims."))


def test_japans_pacifist_constitution_is_not_russias_bar_on_ceding_land():
    """After a sentence on the dispute, "the constitution" is Russia's bar on ceding territory; Japan's peace
    constitution (「平和憲法の制約を次々と取り払い」, "the pacifist constitution") is another subject."""
    context = "Россия не отдаст острова."
    assert is_treaty(topics("Это закреплено в конституции.", context))
    assert not is_treaty(topics("日本は平和憲法の制約を次々と取り払い、攻撃能力の獲得に突き進んでいる", "島々はロシアの領土だ"))
    assert not is_treaty(topics("Tokyo keeps hollowing out its pacifist constitution.", "The islands are Russian territory."))


def test_coming_back_to_the_table_is_the_talks():
    """"If they want to come back to the table, let them say so", after words on the peace treaty: the talks."""
    context = "It was Japan that made further negotiations on a peace treaty impossible."
    assert is_treaty(topics("If they want to come back to the table, let them say so.", context))
    assert not is_treaty(topics("Please put the documents back on the table.", context))


def test_the_56_declaration_in_japanese_short_form_and_the_name_northern_territories_refused():
    """「56年宣言を基礎として交渉を加速させる」: the 1956 declaration by its Japanese short name; 「『北方領土』という呼び方は、
    ロシアにとって受け入れられない」, 'the term "Northern Territories" is unacceptable': the other side's name refused."""
    assert is_treaty(topics("56年宣言を基礎として交渉を加速させることで大統領と合意した"))
    assert is_treaty(topics("『北方領土』という呼び方は、ロシアにとって受け入れられない"))
    assert is_treaty(topics('The term "Northern Territories" is unacceptable to us.'))
    assert not is_treaty(topics("2056年宣言"))


def test_activities_on_the_islands_that_do_not_harm_a_legal_position():
    """Joint activities on the islands that "will not harm Japan's legal position in any way": the status of the
    islands at stake, the standard formula of the talks."""
    assert is_treaty(topics('the joint economic activities on the disputed islands "will not harm Japan\'s legal '
                            'position in any way."'))
    assert not is_treaty(topics("The new tax rule will not harm the company's legal position."))
    # (not "either side's legal position": the leaders' 2016 agreement recalled, which the story labels call no remark)


def test_the_islands_as_what_is_negotiated_are_the_talks():
    """"The four islands are what we are negotiating about", "we are negotiating over the islands", «острова являются
    предметом переговоров», 「四島が交渉の対象だ」: the islands as the talks' subject; islands that are the subject of a
    survey are not."""
    assert is_treaty(topics("The Soviet side has put in writing that the four islands are what we are negotiating about."))
    assert is_treaty(topics("We are negotiating over the islands, and we will go on."))
    assert is_treaty(topics("Абэ подчеркнул, что четыре острова являются предметом переговоров."))
    assert is_treaty(topics("首相は四島が交渉の対象だと強調した。"))
    assert not is_treaty(topics("The islands are the subject of a new wildlife survey."))


def test_a_visit_set_against_one_sides_position_and_a_sovereign_right_on_the_islands():
    """«визит несовместим с позицией Японии в отношении северных территорий», «поездка на Кунашир противоречит позиции
    нашей страны»: the protest's formula for the claim, as "incompatible with Japan's position"; «дислокация частей на
    Курильских островах — наше суверенное право»: sovereignty claimed by what is done there. A position on tariffs or
    a sovereign right with no islands is not the dispute."""
    assert is_treaty(topics("Суга заявил, что визит «несовместим с позицией Японии в отношении северных территорий»."))
    assert is_treaty(topics("Кихара заявил, что поездка на Кунашир противоречит позиции нашей страны."))
    assert is_treaty(topics("Дислокация воинских частей на Курильских островах, как и их оснащение, — наше суверенное право."))
    assert not is_treaty(topics("Решение о пошлинах противоречит позиции Японии на переговорах с ВТО."))
    assert not is_treaty(topics("Выбор партнеров по экспорту газа — наше суверенное право."))


def test_the_abductions_are_another_issue_than_the_treaty_talks():
    """「拉致問題は、引き続き政権の最重要課題です。」 after the treaty lines of a policy speech: the DPRK's abductions,
    not the treaty talks the sentence before named."""
    context = "ロシアとの間では、北方領土問題を次の世代に先送りすることなく、終止符を打たなければなりません。"
    assert not is_treaty(topics("拉致問題は、引き続き政権の最重要課題です。", context))
    assert not is_treaty(topics("Resolving the abduction issue remains the top priority of the talks.", context))


def test_ones_own_territory_after_the_islands_or_the_treaty_were_named():
    """"Russia was holding exercises 'on its own territory'" after the drills on the islands (or the treaty
    consultations) were named, 「自国の領土での演習だ」: the claim made by what is done there; with nothing on the
    dispute before, or beside another subject, it is no claim. (Russian «на своей территории» is left out: the
    reflexive an official uses right after his own claim, one remark with it.)"""
    before = "Russia began military drills on Etorofu and Kunashiri."
    assert is_treaty(topics('Russia was holding exercises "on its own territory," the spokesman said.', before))
    assert is_treaty(topics("自国の領土での演習だ。", "択捉島と国後島で演習が始まった。"))
    assert not is_treaty(topics('Russia was holding exercises "on its own territory," the spokesman said.', "Trade grew."))
    assert not is_treaty(topics("Ukraine's army fights on its own territory.", before))


def test_what_is_done_on_the_islands_called_an_internal_affair():
    """«Присвоение наименований географическим объектам на территории России является нашим внутренним делом»
    answering a question on naming the Kuril islands, "Elections in Russian regions, including on the Kuril Islands,
    are the internal affair of the Russian Federation": sovereignty claimed; an internal affair with nothing of the
    islands around it is no claim."""
    asked = "Пяти безымянным островам Курильской гряды присвоены имена. Как вы это прокомментируете?"
    assert is_treaty(topics("Присвоение наименований географическим объектам на территории России является нашим "
                            "внутренним делом.", asked))
    assert is_treaty(topics("Elections in Russian regions, including on the Kuril Islands, are the internal affair of "
                            "the Russian Federation."))
    assert not is_treaty(topics("Пенсионная реформа является нашим внутренним делом.", "Реформа обсуждалась в Думе."))
    # (Japanese 「自国の領内」 and 「内政の問題」 as well as 「自国の領土」 and 「内政問題」)
    assert is_treaty(topics("首相が自国の領内のどこを訪れるかは内政の問題だ。", "ロシアの首相が国後島を訪れた。"))
    assert not is_treaty(topics("年金制度の改革は内政の問題だ。", "改革案が議会に提出された。"))


def test_russian_claims_of_the_islands_joined_to_the_country():
    """«Курильские острова вошли в состав нашей страны по праву победителя», «…на Курилы, потому что это часть
    России», «Эта земля … навсегда останется российской» after the islands (whom «наши деды» freed: the nation's
    forefathers, no family anecdote): the islands claimed; a company that joined a holding, or a piece of land that
    stays a park, is not."""
    assert is_treaty(topics("Курильские острова вошли в состав нашей страны по праву победителя."))
    assert is_treaty(topics("Мы будем приезжать на Курилы, потому что это часть России."))
    assert is_treaty(topics("78 лет назад наши деды освободили Курильские острова. Эта земля полита кровью солдат и "
                            "навсегда останется российской."))
    assert not is_treaty(topics("Компания вошла в состав холдинга в прошлом году."))
    assert not is_treaty(topics("Эта земля останется парком."))


def test_the_constitutions_ban_on_ceding_territory_and_the_handover_of_islands_in_russian():
    """The 2020 amendment's ban («запрет на отчуждение территорий», "the ban on ceding territory") is the
    dispute's; «передача каких-либо островов», «отдать острова» the settlement, whatever the islands are called;
    handing over documents or giving a concert on an island is not."""
    assert is_treaty(topics("Запрет на отчуждение территорий теперь записан в Основном законе."))
    assert is_treaty(topics("The amendment bans the alienation of Russian territory."))
    assert is_treaty(topics("Декларация не предполагает автоматической передачи каких-либо островов."))
    assert not is_treaty(topics("Передача документов состоится завтра."))
    assert not is_treaty(topics("Оркестр дал концерт на острове."))


def test_the_treaty_in_a_clause_of_its_own_after_ukraine_is_this_one():
    """"… caused by Russia's aggression against Ukraine, and the responsibility for the suspension of the peace treaty
    talks lies entirely with the Russian side": the treaty's clause names Russia and no other party; "talks on
    Ukraine, adding that any peace treaty would need guarantees" stays another pair's."""
    assert is_treaty(topics("The present situation was caused by Russia's aggression against Ukraine, and the "
                            "responsibility for the suspension of the peace treaty talks lies entirely with the "
                            "Russian side."))
    assert not is_treaty(topics("He spoke about the talks on Ukraine, adding that any peace treaty would need "
                                "security guarantees."))
