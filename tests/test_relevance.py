from treatywatch.relevance import is_relevant, relevance_score


def test_bilateral_articles_are_relevant():
    assert is_relevant("Lavrov meets Kono", "Russian Foreign Minister Lavrov and Japan's Kono discussed the peace treaty in Moscow.", "en")
    assert is_relevant(None, "Премьер Японии заявил, что Токио продолжит переговоры с Россией по мирному договору.", "ru")
    assert is_relevant(None, "岸田首相はロシアとの平和条約交渉について述べた。北方領土問題の解決が必要だ。", "ja")


def test_one_sided_or_geographic_mentions_are_not():
    assert not is_relevant("Bank of Japan raises rates", "The Bank of Japan raised its policy rate in Tokyo on Friday.", "en")
    assert not is_relevant(None, "El volcán de las islas Kuriles, entre Rusia y Japón, lanzó cenizas.", "es")
    assert 0.0 <= relevance_score("", "", "en") <= 1.0


def test_the_two_countries_as_one_subject_are_bilateral():
    assert is_relevant("Salmon quota", "Russia and Japan agreed on this year's salmon catch quota after a month of "
                       "talks, the Fisheries Agency said.", "en")
    assert is_relevant(None, "Россия и Япония согласовали квоты на вылов лосося.", "ru")
    assert not is_relevant("Markets", "Stocks rose in China, Russia and Japan on Monday.", "en")
    assert not is_relevant("Volcano", "A volcano on an island chain between Russia and Japan erupted.", "en")
    assert not is_relevant(None, "Рынки выросли в Китае, России и Японии.", "ru")
    assert not is_relevant(None, "Вулкан на островах между Россией и Японией выбросил пепел.", "ru")
    assert is_relevant(None, "日本とロシアは今年のサケ・マスの漁獲枠で合意した。", "ja")
    assert not is_relevant(None, "ロシアと日本の間の島で火山が噴火した。", "ja")
    assert not is_relevant(None, "中国、ロシアと日本は株価が上昇した。", "ja")


def test_counts_words_stems_compounds_and_phrases():
    from treatywatch.relevance import _counts

    # "Russia" after a hyphen names no side on its own; the compound is a bilateral marker
    assert _counts("", "Japan-Russia ties.") == (0, 1, 1)
    assert _counts("", "The Russian envoy in Tokyo spoke of the peace treaty.") == (1, 1, 1)
    # inflected Russian stems, and a two-word marker with inflection
    assert _counts("", "Москвы и Японии: мирного договора нет.") == (1, 1, 1)
    # Devanagari vowel signs stay inside the word
    assert _counts("", "रूस और जापान") == (1, 1, 0)
    # Japanese has no spaces: its names are found inside runs of characters
    assert _counts("", "ロシアと日本の平和条約") == (1, 1, 1)


def test_same_text_twice_gives_the_same_answer():
    text = "Lavrov told Kono in Moscow that the peace treaty talks on the Kurils would go on."
    assert relevance_score(None, text) == relevance_score(None, text) >= 0.5
    assert is_relevant(None, text)


def test_the_registered_speakers_names_each_count_for_their_side():
    from treatywatch.relevance import _counts

    assert _counts("", "kishida kihara matsuno")[:2] == (0, 3)
    assert _counts("", "rudenko shoigu ushakov nozdrev руденко шойгу")[:2] == (6, 0)
    assert _counts("", "上川外相と木原官房長官、ザハロワ報道官とルデンコ次官")[:2] == (2, 2)


# Aggregators republish the wire stories in many languages; relevance is scored on all of them.
OTHER_LANGUAGES_RELEVANT = {
    "fr": ("La Russie rejette les revendications du Japon", "Le chef de la diplomatie russe a déclaré lundi que Moscou "
           "n'était pas prête à discuter d'un traité de paix avec le Japon tant que Tokyo maintiendrait ses sanctions."),
    "zh": ("俄罗斯拒绝与日本讨论和平条约", "俄罗斯外长周一表示，在日本维持制裁期间，俄方不准备讨论和平条约问题。"),
    "zh-Hant": ("俄羅斯拒絕與日本討論和平條約", "俄羅斯外長週一表示，俄方不準備與日本討論和平條約問題。"),
    "ko": ("러시아, 일본과 평화조약 논의 거부", "러시아 외무장관은 일본이 제재를 유지하는 한 평화조약을 논의할 준비가 되어 있지 않다고 말했다."),
    "tr": ("Rusya, Japonya ile görüşmeleri reddetti", "Rusya Dışişleri Bakanı, Tokyo yaptırımları sürdürdüğü sürece "
           "Japonya ile barış antlaşmasını görüşmeye hazır olmadıklarını söyledi."),
    "vi": ("Nga bác bỏ đàm phán với Nhật Bản", "Ngoại trưởng Nga cho biết Moskva chưa sẵn sàng thảo luận hiệp ước hòa "
           "bình với Nhật Bản chừng nào Tokyo còn duy trì trừng phạt."),
    "id": ("Rusia tolak bahas perjanjian damai", "Menteri Luar Negeri Rusia mengatakan Moskow tidak siap membahas "
           "perjanjian damai dengan Jepang selama Tokyo mempertahankan sanksi."),
    "uk": ("Росія відмовилася від переговорів", "Міністр закордонних справ Росії заявив, що Москва не готова "
           "обговорювати мирний договір з Японією, доки Токіо зберігає санкції."),
    "fa": ("روسیه مذاکره با ژاپن را رد کرد", "وزیر خارجه روسیه گفت مسکو تا زمانی که توکیو تحریم‌ها را حفظ کند آماده "
           "گفتگو درباره پیمان صلح با ژاپن نیست."),
    "nl": ("Rusland wijst gesprekken af", "De Russische minister zei dat Moskou niet over een vredesverdrag met Japan "
           "wil praten zolang Tokio de sancties handhaaft."),
}
OTHER_LANGUAGES_LISTS = {  # both countries named once, in a list or as geography: not about their relations
    "fr": "Un volcan des îles Kouriles, entre la Russie et le Japon, a craché des cendres dimanche.",
    "zh": "周一，中国、俄罗斯和日本股市上涨。日本央行维持利率不变。",
    "ko": "월요일 한국, 러시아, 일본 증시가 상승했다. 일본 은행은 금리를 동결했다.",
    "tr": "Pazartesi günü Çin, Rusya ve Japonya borsaları yükseldi.",
    "vi": "Chứng khoán Trung Quốc, Nga và Nhật Bản tăng điểm vào thứ Hai, cập nhật chủ nhật.",
    "id": "Bursa saham di China, Rusia dan Jepang naik pada hari Senin.",
    "uk": "Біржі Китаю, Росії та Японії зросли в понеділок.",
    "fa": "بورس‌های چین، روسیه و ژاپن روز دوشنبه رشد کردند.",
}


def test_other_languages_aggregators_republish_in_are_read():
    for language, (title, text) in OTHER_LANGUAGES_RELEVANT.items():
        assert is_relevant(title, text, language), language
    for language, text in OTHER_LANGUAGES_LISTS.items():
        assert not is_relevant(None, text, language), language


def test_vietnamese_day_words_are_not_japan():
    from treatywatch.relevance import _counts

    # "nhật" alone is also the day ("chủ nhật", "cập nhật"); Japan is "Nhật Bản"
    assert _counts("", "cập nhật chủ nhật")[1] == 0
    assert _counts("", "nga và nhật bản")[:2] == (1, 1)


def test_a_match_or_a_festival_naming_both_sides_is_not_about_their_relations():
    """Both sides named often, but a volleyball final, an anime festival or a typhoon is no relation between them; the same
    words beside the talks, a drill or a minister are (and a bilateral marker overrides them)."""
    assert not is_relevant("Japan beats Russia 3-1 in volleyball final", "Japan defeated Russia 3-1 in Tokyo on "
                           "Saturday. The Japanese team led from the first set; Russia's coach praised the hosts.", "en")
    assert not is_relevant("Anime festival in Moscow draws record crowds", "Fans of Japanese anime gathered in Moscow "
                           "for a festival. Organisers said Russian interest in Japan's pop culture keeps growing.", "en")
    assert not is_relevant("Япония обыграла Россию в финале чемпионата по волейболу", "Сборная Японии обыграла "
                           "команду России со счетом 3:1 в Токио. Российские болельщики поддержали японцев.", "ru")
    assert not is_relevant("日本、ロシアに勝利 バレー世界選手権", "バレーボール世界選手権で日本はロシアに３―１で勝利した。"
                           "ロシアの監督は日本の守備をたたえた。", "ja")
    assert not is_relevant("Typhoon hits Japan, moves toward Russia's Far East", "A powerful typhoon hit northern "
                           "Japan on Monday and is moving toward Russia's Far East, forecasters in Tokyo and Moscow "
                           "said.", "en")
    assert is_relevant("Russian film week in Tokyo amid frozen ties", "A Russian film festival opened in Tokyo as Japan's "
                       "foreign minister said relations with Moscow remain strained over sanctions.", "en")
    assert is_relevant("Festival on Kunashir", "Japan protested a Russian festival held on Kunashir, one of the "
                       "islands Tokyo claims.", "en")


def test_the_kurils_with_both_sides_and_the_islands_japanese_name_are_the_dispute():
    """Drills on the Kurils that Japan protests are the dispute (not a volcano or a quake there, in any language);
    a Japanese report on the former islanders' grave visits names no "日本" at all, the islands' Japanese name is
    Japan's side."""
    assert is_relevant("Российские военные провели учения на Курилах", "Российские военные провели учения на "
                       "Курильских островах. Япония выразила протест.", "ru")
    assert is_relevant("北方墓参 今年も見送り", "政府は、元島民による北方四島への墓参について、ロシア側の対応を理由に今年も"
                       "見送ると発表した。", "ja")
    assert not is_relevant("Volcano erupts on Kuril island", "A volcano erupted on Paramushir in Russia's Kuril "
                           "Islands; Japan's meteorological agency said no tsunami was expected.", "en")
    assert not is_relevant(None, "El volcán de las islas Kuriles, entre Rusia y Japón, lanzó cenizas.", "es")


def test_the_northern_territories_are_russia_held_a_japanese_report_on_them_names_both_sides():
    """「北方領土」 is the dispute with Russia: a Diet report on it names no 「ロシア」; a 「平和条約」 alone does not."""
    assert is_relevant("首相「北方領土、諦めない」", "高市首相は10日の参院予算委員会で、北方領土について「わが国固有の領土だ」と"
                       "述べた。首相は平和条約交渉が停滞していることを認めた。", "ja")
    assert not is_relevant("日中平和友好条約", "日本と中国は平和条約締結から記念日を迎えた。", "ja")


def test_another_wars_peace_treaty_is_no_marker_of_russia_japan_relations():
    """Moscow and Kyiv discussing a peace treaty, with Japan named once among the allies further on: not about
    Russia–Japan relations. The treaty with Japan beside a word on Ukraine still is."""
    ukraine = ("Kyiv and Moscow negotiators met in Istanbul on Monday to discuss a peace treaty that would end the "
               "war, officials said. The talks lasted four hours and ended without a breakthrough. Western allies "
               "including Japan have pledged aid.")
    assert not is_relevant("Ukraine and Russia discuss peace treaty", ukraine, "en")
    japan = ("Moscow suspended peace treaty talks with Japan in 2022 over sanctions Tokyo imposed after the invasion of "
             "Ukraine, the Russian Foreign Ministry said.")
    assert is_relevant("Russia ends treaty talks", japan, "en")
    assert is_relevant("Россия вышла из переговоров", "Россия прекратила переговоры о мирном договоре с Японией "
                       "из-за санкций, введенных Токио в связи с Украиной.", "ru")


def test_skaters_and_medals_naming_both_sides_are_sport():
    assert not is_relevant("Japan's skaters win gold in Russia",
                           "Japanese figure skaters won two medals at the Rostelecom Cup in Moscow on Saturday.", "en")


def test_a_sakhalin_project_is_russias_a_report_on_japans_stake_in_it_names_both_sides():
    """"Japanese trading houses keep their stakes in the Sakhalin-2 LNG project": energy ties with Russia, though
    Russia is not named; Japan's own LNG imports from Qatar are not."""
    assert is_relevant("Sakhalin-2 LNG: Japan keeps stake", "Japanese trading houses Mitsui and Mitsubishi will keep "
                       "their stakes in the Sakhalin-2 LNG project, the industry ministry said, citing energy security.")
    assert not is_relevant("Japan signs LNG deal", "Japanese trading houses signed a long-term LNG deal with Qatar, "
                           "the industry ministry said, citing energy security.")


def test_a_pages_navigation_names_no_subject_of_its_article():
    """A menu ("Home | World | Russia-Japan | …"), "Most read:" / «Читайте также:» link lines and tags naming the
    peace treaty around an article on a snow festival are the page's, not the article's."""
    text = ("Home | World | Asia | Business | Russia-Japan | Opinion\n\nThe Sapporo Snow Festival closed on Tuesday after "
            "a record 2.4 million visitors, Hokkaido officials said.\n\nMost read: Russia-Japan peace treaty talks: "
            "Lavrov says no dialogue | Kremlin calls Tokyo hostile over Kuril drills\nTags: Hokkaido, Japan, Russia-Japan")
    assert not is_relevant("Sapporo Snow Festival draws record crowds", text, "en")
    assert is_relevant("Lavrov: no peace treaty dialogue", text.replace("The Sapporo Snow Festival closed on Tuesday "
                       "after a record 2.4 million visitors, Hokkaido officials said.", "Russia sees no basis for peace "
                       "treaty talks with Japan, Foreign Minister Sergei Lavrov said in Moscow."), "en")


def test_inflected_island_names_japans_policy_toward_russia_and_the_other_disputes():
    assert is_relevant("Пограничники задержали японскую шхуну", "Пограничники ФСБ России задержали японскую шхуну у "
                       "Шикотана. Судно доставлено в порт.", "ru")
    assert is_relevant("政府、対ロ追加制裁を決定", "政府は、対ロ追加制裁を決定した。ロシアは対抗措置を表明した。", "ja")
    assert not is_relevant("千島列島で地震、北海道に津波注意報", "千島列島付近で地震があり、北海道の太平洋沿岸に津波注意報が出た。"
                           "ロシアのサハリン州でも揺れを観測した。日本の気象庁が発表した。", "ja")
    assert not is_relevant("Seoul protests Tokyo's Takeshima Day ceremony", "South Korea protested Japan's Takeshima "
                           "Day ceremony in Shimane. Tokyo also has a dispute with Russia over the Northern Territories. "
                           "Japan's government said Takeshima is Japanese territory.", "en")
