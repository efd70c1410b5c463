"""Blind acceptance set 10: sixty hand-written news stories (34 Russian, 13 Kazakh, 13
English) in the style of Kazakh and Russian-language news sites: 26 film-premiere stories
labelled with titles, ISO date, nominative city and venue; 13 other film stories covering
festival, awards, box office, production, review, interview, trailer and other; and 21
non-film stories, among them prime-minister, theatre, opera, ballet, music, gadget, car,
sport-broadcast and plain general-news traps. Written without reading the rules: every
article and label was composed independently of the bot's code, lexicons and earlier sets;
the people, films and studios are invented, and real cinema chains, channels and
institutions appear only as settings."""

from __future__ import annotations

from tests.data.model import Item, P


def _body(*paragraphs: str) -> str:
    """Join paragraphs with newlines, as the Item body expects."""
    return "\n".join(paragraphs)


BLIND10: list[Item] = [
    # 00: ru, premiere
    Item(
        language="ru",
        primary="premiere",
        published="2025-12-08",
        title="В Астане покажут историческую драму «Тень над степью»",
        body=_body(
            (
                "Премьера исторической драмы «Тень над степью» пройдет в Астане в четверг, "
                "11 декабря, в кинотеатре Kinopark 7 Keruen."
            ),
            (
                "Картина режиссера Ержана Тлеубаева рассказывает о событиях середины XVIII "
                "века, когда небольшой отряд батыров несколько недель удерживал переправу "
                "через Иргиз. В оригинале фильм называется «Дала көлеңкесі», он снят на "
                "казахском языке и будет показан с русскими субтитрами."
            ),
            (
                "Съемки проходили в Актюбинской области и под Туркестаном и заняли 64 "
                "съемочных дня. Бюджет проекта составил около 1,2 млрд тенге, большую часть "
                "средств выделил Государственный центр поддержки национального кино."
            ),
            (
                "«Мы не хотели снимать очередной парад доспехов. Нам было важно показать "
                "людей, которые сомневаются, боятся и все равно выходят навстречу врагу», — "
                "рассказал режиссер на пресс-конференции."
            ),
            (
                "Главные роли исполнили Нуржан Асылбеков, Айгерим Садыкова и Бахытжан "
                "Омаров. В массовых сценах участвовали более 400 человек, в том числе "
                "студенты конных клубов Астаны."
            ),
            (
                "После показа зрителям представят тизер следующей работы студии — фэнтези "
                "«Белый верблюд», выход которого запланирован на осень 2026 года."
            ),
            (
                "Билеты на премьерный сеанс стоят от 3000 до 5000 тенге. Возрастной рейтинг "
                "фильма — 16+."
            ),
        ),
        premiere=P(
            titles=["Тень над степью", "Дала көлеңкесі"],
            date="2025-12-11",
            city="Астана",
            venue="Kinopark 7 Keruen",
        ),
    ),
    # 01: ru, premiere
    Item(
        language="ru",
        primary="premiere",
        published="2026-03-05",
        title="«Жаугашты: последний рубеж»: карагандинцы первыми увидят новый военный фильм",
        body=_body(
            (
                "Карагандинские зрители первыми в стране увидят военную драму «Жаугашты: "
                "последний рубеж». Премьерный показ назначен на 12.03.2026 в кинотеатре "
                "«Бекет»."
            ),
            (
                "Фильм рассказывает о зимней обороне маленькой железнодорожной станции в "
                "1942 году и о призывниках из Карагандинской области, которые попали на "
                "фронт, едва окончив школу."
            ),
            (
                "Как пояснили в управлении культуры области, город выбран неслучайно: "
                "прототипы нескольких героев — уроженцы региона, а эпизоды в шахтерском "
                "поселке снимали в Темиртау и Шахтинске."
            ),
            (
                "«Это кино о восемнадцатилетних мальчишках. Мы искали актеров того же "
                "возраста, и многие из них впервые оказались на съемочной площадке», — "
                "сказал режиссер Мейрам Калиев."
            ),
            (
                "В ролях: Даурен Жумабаев, Ильяс Нургалиев, Асем Бекова и Виктор Савченко. "
                "Хронометраж картины — 128 минут."
            ),
            (
                "Вход на премьеру будет по пригласительным, часть билетов разыграют в "
                "социальных сетях кинотеатра."
            ),
            (
                "Напомним, в прошлом году в «Бекете» прошла премьера драмы «Степные волки», "
                "которая собрала в прокате более 300 млн тенге."
            ),
        ),
        premiere=P(
            titles=["Жаугашты: последний рубеж"],
            date="2026-03-12",
            city="Караганда",
            venue="Бекет",
        ),
    ),
    # 02: ru, premiere
    Item(
        language="ru",
        primary="premiere",
        published="2026-02-10",
        title=("Романтическая комедия «Бесконечный январь» выйдет на стриминге ко Дню влюбленных"),
        body=_body(
            (
                "Казахстанская романтическая комедия «Бесконечный январь» станет доступна в "
                "онлайн-кинотеатре KinoSandyq с 14 февраля."
            ),
            (
                "По сюжету курьер и начинающая пианистка застревают в одном и том же "
                "январском дне в заснеженном Алматы и вынуждены раз за разом проживать "
                "неудачное первое свидание."
            ),
            (
                "Изначально фильм планировали выпустить в кинотеатрах, однако продюсеры "
                "решили отдать его стриминговому сервису. «Для камерной истории "
                "онлайн-премьера дает больше шансов: фильм будет доступен не две недели, а "
                "годами», — объяснил продюсер Тимур Сагинтаев."
            ),
            (
                "Главные роли сыграли Алишер Касымов и Мадина Ерланова. Режиссером выступил "
                "дебютант Арман Жаксылыков, ранее снимавший рекламные ролики."
            ),
            (
                "Подписчики сервиса смогут посмотреть фильм без доплаты, для остальных "
                "предусмотрена разовая аренда за 1490 тенге."
            ),
            (
                "В марте на платформе также появится драма «Соседи по лестнице» — второй "
                "оригинальный проект сервиса."
            ),
        ),
        premiere=P(
            titles=["Бесконечный январь"],
            date="2026-02-14",
            city=None,
            venue=None,
        ),
    ),
    # 03: ru, premiere
    Item(
        language="ru",
        primary="premiere",
        published="2025-11-13",
        title="Третья «Большая свадьба»: премьера комедии пройдет в Алматы завтра",
        body=_body(
            (
                "Завтра в Алматы состоится премьера комедии «Большая свадьба 3». Показ для "
                "зрителей и съемочной группы пройдет в кинотеатре Chaplin MEGA Alma-Ata, "
                "начало — в 19:00."
            ),
            (
                "Новая часть франшизы продолжает историю семьи Жаксыбековых: на этот раз к "
                "свадьбе младшего сына готовятся сразу три поколения родственников, и каждое "
                "— по-своему."
            ),
            (
                "Первые две части в сумме собрали в казахстанском прокате около 1,4 млрд "
                "тенге, и продюсеры рассчитывают повторить успех."
            ),
            (
                "«Мы снимали комедию о том, как трудно договориться, когда все хотят как "
                "лучше. Каждый казахстанец узнает в фильме свою тетю», — пошутил режиссер "
                "Бауыржан Ахметов."
            ),
            ("В ролях: Ерлан Утепов, Гульнара Даулетова, Нурлан Алимжанов и Сабина Кенжебаева."),
            "В широкий прокат комедия выйдет на следующей неделе. Рейтинг фильма — 12+.",
        ),
        premiere=P(
            titles=["Большая свадьба 3"],
            date="2025-11-14",
            city="Алматы",
            venue="Chaplin MEGA Alma-Ata",
        ),
    ),
    # 04: ru, premiere
    Item(
        language="ru",
        primary="premiere",
        published="2026-03-20",
        title="Сегодня в Шымкенте представят фильм «Мираж над Сырдарьей»",
        body=_body(
            (
                "Сегодня вечером в Шымкенте пройдет премьера приключенческого фильма «Мираж "
                "над Сырдарьей». Показ состоится в Kinoplexx Shymkent Plaza, начало в 18:30."
            ),
            (
                "Главная героиня картины — молодая геолог, которая вместе с дедом-пастухом "
                "отправляется на поиски каравана, пропавшего в песках Кызылкума сто лет "
                "назад."
            ),
            (
                "Съемки проходили в Туркестанской и Кызылординской областях и продолжались "
                "40 дней, часть сцен снимали при температуре выше 45 градусов."
            ),
            (
                "«Пустыня была нашим главным актером и самым капризным. Пять раз песчаная "
                "буря сносила декорации», — вспоминает режиссер Жанболат Исабеков."
            ),
            (
                "Роль деда исполнил народный артист Казахстана Сейткали Мусабаев, его внучку "
                "сыграла выпускница шымкентского колледжа искусств Томирис Абдрахманова."
            ),
            "Стоимость билетов — от 2200 тенге, возрастное ограничение — 12+.",
        ),
        premiere=P(
            titles=["Мираж над Сырдарьей"],
            date="2026-03-20",
            city="Шымкент",
            venue="Kinoplexx Shymkent Plaza",
        ),
    ),
    # 05: ru, premiere
    Item(
        language="ru",
        primary="premiere",
        published="2025-09-18",
        title="Павлодарский режиссер снял фильм о письмах фронтовиков",
        body=_body(
            (
                "Премьера документально-игрового фильма «Письма с Иртыша» состоится 2 "
                "октября в Павлодаре, во Дворце культуры «Ертіс»."
            ),
            (
                "Автор ленты Ринат Жусупов полтора года работал в областном архиве и в "
                "семейных альбомах павлодарцев. В фильм вошли 37 писем, которые солдаты "
                "отправляли домой с фронта в 1941–1945 годах."
            ),
            (
                "Письма читают современные жители области — учителя, водители, студенты, а "
                "игровые эпизоды снимали в селах Баянаульского района."
            ),
            (
                "«Я хотел, чтобы эти голоса снова прозвучали в тех же домах, куда их "
                "когда-то ждали», — рассказал режиссер."
            ),
            (
                "Фильм снят при поддержке областного акимата и местных предпринимателей, его "
                "бюджет составил 45 млн тенге."
            ),
            (
                "Вход на показ свободный, однако зрителей просят заранее зарегистрироваться "
                "через телеграм-канал управления культуры."
            ),
        ),
        premiere=P(
            titles=["Письма с Иртыша"],
            date="2025-10-02",
            city="Павлодар",
            venue="Ертіс",
        ),
    ),
    # 06: ru, premiere
    Item(
        language="ru",
        primary="premiere",
        published="2025-12-22",
        title="Семейное фэнтези «Тайна старого аула» выйдет в прокат после праздников",
        body=_body(
            ("Семейный фильм «Тайна старого аула» выйдет в прокат по всему Казахстану 8 января."),
            (
                "Брат и сестра приезжают на зимние каникулы к бабушке в отдаленное село и "
                "обнаруживают, что старые сказки, которые она рассказывает, происходят на "
                "самом деле."
            ),
            (
                "Картину сняла студия «Алтын Сандық» совместно с «Казахфильмом». "
                "Компьютерную графику создавали в Алматы, на нее ушла почти треть бюджета, "
                "который составил 900 млн тенге."
            ),
            (
                "«Мы росли на чужих сказках. Хочется, чтобы у наших детей были свои, с "
                "нашими аулами, нашими бабушками и нашими чудищами», — говорит режиссер "
                "Айман Токтарова."
            ),
            (
                "Прокатчик планирует около 1800 сеансов в первую неделю показа. Возрастной "
                "рейтинг — 6+."
            ),
        ),
        premiere=P(
            titles=["Тайна старого аула"],
            date="2026-01-08",
            city=None,
            venue=None,
        ),
    ),
    # 07: ru, premiere
    Item(
        language="ru",
        primary="premiere",
        published="2025-07-28",
        title="В Усть-Каменогорске покажут новый фильм под открытым небом",
        body=_body(
            (
                "2 августа в Усть-Каменогорске пройдет премьерный показ фильма «Алтайская "
                "баллада». Экран установят на площадке летнего кинотеатра «Жулдыз» на "
                "набережной Иртыша."
            ),
            (
                "Картина рассказывает о пасечнике из Катон-Карагая, который пытается "
                "сохранить родовую пасеку, когда в долину приходит горнодобывающая компания. "
                "Большинство ролей сыграли жители района."
            ),
            (
                "Начало сеанса — в 21:30, после захода солнца. Зрителям советуют взять с "
                "собой пледы: вечерами у реки прохладно."
            ),
            (
                "«Нам хотелось, чтобы первыми фильм увидели люди, которые живут рядом с "
                "этими горами. Показывать такую историю в закрытом зале было бы "
                "неправильно», — говорит режиссер Асель Нурланова."
            ),
            (
                "В случае дождя показ перенесут на следующий вечер. Позже фильм покажут в "
                "Семее и Риддере."
            ),
        ),
        premiere=P(
            titles=["Алтайская баллада"],
            date="2025-08-02",
            city="Усть-Каменогорск",
            venue="Жулдыз",
        ),
    ),
    # 08: ru, premiere
    Item(
        language="ru",
        primary="premiere",
        published="2025-10-24",
        title='В Актобе прошла премьера драмы "Последний звонок"',
        body=_body(
            (
                "23 октября 2025 года в Актобе в кинотеатре «Арман» состоялась премьера "
                'драмы "Последний звонок" о выпускниках сельской школы.'
            ),
            (
                'Фильм снят актюбинской студией "Ақ Жол Медиа". В нем рассказывается о '
                "последнем учебном годе в школе, которую собираются закрыть из-за нехватки "
                "учеников."
            ),
            (
                "Многие роли исполнили настоящие школьники из Мугалжарского района, а "
                "учителя сыграла актриса областного драмтеатра Роза Нурмагамбетова."
            ),
            (
                '"Каждый второй зритель после показа подходил и говорил: это про мою школу", '
                "— поделилась режиссер Жанар Оспанова."
            ),
            (
                "Зал на 300 мест был заполнен, после сеанса создатели фильма около часа "
                "отвечали на вопросы зрителей."
            ),
            "В прокат картина выйдет 30 октября.",
            (
                'Напомним, в сентябре в Актобе также показали комедию "Кудалар", снятую той '
                "же студией."
            ),
        ),
        premiere=P(
            titles=["Последний звонок"],
            date="2025-10-23",
            city="Актобе",
            venue="Арман",
        ),
    ),
    # 09: ru, premiere
    Item(
        language="ru",
        primary="premiere",
        published="2026-01-31",
        title="Нефтяной триллер «Каспийский узел» представили в Атырау",
        body=_body(
            (
                "Вчера в Атырау состоялась премьера триллера «Каспийский узел». Картину "
                "показали в кинотеатре Kinopark 5 Atyrau при полном зале."
            ),
            (
                "Герой фильма — инженер морской платформы, который во время шторма "
                "обнаруживает, что авария на буровой была подстроена."
            ),
            (
                "Бюджет картины составил 1,5 млрд тенге, часть средств вложили частные "
                "инвесторы из нефтесервисных компаний региона."
            ),
            (
                "«Атырау — город нефтяников, и мы хотели, чтобы они первыми оценили, "
                "насколько правдоподобно мы показали их работу», — сказал режиссер Дархан "
                "Сулейменов."
            ),
            "В ролях: Асхат Кужабаев, Динара Тулегенова и Руслан Ким.",
            ("В широкий прокат фильм выйдет в начале февраля. Возрастное ограничение — 18+."),
        ),
        premiere=P(
            titles=["Каспийский узел"],
            date="2026-01-30",
            city="Атырау",
            venue="Kinopark 5 Atyrau",
        ),
    ),
    # 10: ru, premiere
    Item(
        language="ru",
        primary="premiere",
        published="2025-11-03",
        title="В алматинском Доме кино покажут документальный фильм об Арале",
        body=_body(
            (
                "Документальный фильм «Голоса Арала» (каз. «Арал үндері») представят 6 "
                "ноября в Алматы. Премьера пройдет в Доме кино, начало в 19:00."
            ),
            (
                "Съемки продолжались шесть лет. Авторы наблюдали за жизнью рыбаков Аральска "
                "и поселка Камбаш, куда после строительства Кокаральской плотины начала "
                "возвращаться вода."
            ),
            (
                "«Это не фильм о катастрофе. Это фильм о людях, которые тридцать лет ждали "
                "свое море и дождались хотя бы его часть», — говорит режиссер Гаухар Есенова."
            ),
            "После показа состоится обсуждение с участием экологов и жителей Приаралья.",
            ("Вход — по пригласительным, часть мест зарезервирована для студентов киношкол."),
        ),
        premiere=P(
            titles=["Голоса Арала", "Арал үндері"],
            date="2025-11-06",
            city="Алматы",
            venue="Дом кино",
        ),
    ),
    # 11: ru, premiere
    Item(
        language="ru",
        primary="premiere",
        published="2026-02-02",
        title="Фильм о целинниках «Зерно» покажут в Костанае",
        body=_body(
            (
                "Костанайцы увидят фильм «Зерно» раньше остальных зрителей страны: премьера "
                "состоится в субботу, 7 февраля. Площадку для показа организаторы пока не "
                "называют."
            ),
            (
                "Картина рассказывает о первой весне освоения целины в 1954 году, когда в "
                "степь под Костанаем прибыли тысячи добровольцев со всего Советского Союза."
            ),
            (
                "Режиссер Олег Ким снимал фильм в Мендыкаринском и Карабалыкском районах, а "
                "в массовых сценах участвовали жители окрестных сел."
            ),
            (
                "«Мой дед приехал сюда по комсомольской путевке. Этот фильм — попытка "
                "понять, что он чувствовал в первую ночь в палатке посреди мерзлой степи», — "
                "признался режиссер."
            ),
            (
                "Билеты будут распространяться бесплатно через акимат, подробности обещают "
                "сообщить на этой неделе."
            ),
            "После Костаная фильм покажут в Петропавловске и Кокшетау.",
        ),
        premiere=P(
            titles=["Зерно"],
            date="2026-02-07",
            city="Костанай",
            venue=None,
        ),
    ),
    # 12: ru, premiere
    Item(
        language="ru",
        primary="premiere",
        published="2026-03-10",
        title="Мультфильм «Айша и дракон» впервые покажут в Таразе",
        body=_body(
            (
                "Премьера полнометражного мультфильма «Айша и дракон» пройдет в Таразе на "
                "следующей неделе, 17 марта, в кинотеатре «Жибек жолы»."
            ),
            (
                "Анимационная студия из Тараза работала над картиной три года, в "
                "производстве участвовали 60 художников и аниматоров из разных городов "
                "страны."
            ),
            (
                "Перед сеансом зрителям покажут короткометражный мультфильм «Светлячок», "
                "который сняли студенты местного колледжа."
            ),
            (
                "«Главная героиня — обычная девочка из Жамбылской области. Мы хотели, чтобы "
                "дети увидели на экране знакомые горы и улицы», — рассказала продюсер студии "
                "Салтанат Жунусова."
            ),
            ("Детский билет стоит 1500 тенге, взрослый — 2000 тенге. Возрастной рейтинг — 0+."),
        ),
        premiere=P(
            titles=["Айша и дракон"],
            date="2026-03-17",
            city="Тараз",
            venue="Жибек жолы",
        ),
    ),
    # 13: ru, premiere
    Item(
        language="ru",
        primary="premiere",
        published="2025-10-20",
        title="Фильм о жизни у Семипалатинского полигона покажут в Семее",
        body=_body(
            (
                "27 октября в Семее, в кинотеатре «Шакарим», пройдет премьера "
                "художественного фильма «Өмір жолы»."
            ),
            ("Картина снята на казахском языке, премьерный показ пройдет с русскими субтитрами."),
            (
                "В центре сюжета — семья из села неподалеку от Семипалатинского "
                "испытательного полигона. История охватывает почти тридцать лет: от первых "
                "взрывов до закрытия полигона в 1991 году."
            ),
            (
                "Фильм снят на «Казахфильме», его бюджет составил около 700 млн тенге. "
                "Главные роли исполнили Бекжан Турысов и Ляззат Оразова."
            ),
            (
                "«Я вырос в этих местах. Многое из того, что вы увидите, рассказала мне моя "
                "мать», — сказал режиссер Талгат Байжанов."
            ),
            "Возрастное ограничение — 16+.",
        ),
        premiere=P(
            titles=["Өмір жолы"],
            date="2025-10-27",
            city="Семей",
            venue="Шакарим",
        ),
    ),
    # 14: kk, premiere
    Item(
        language="kk",
        primary="premiere",
        published="2025-10-26",
        title="Шымкентте «Ана аманаты» фильмінің премьерасы өтті",
        body=_body(
            (
                "25 қазанда Шымкентте «Ана аманаты» көркем фильмінің премьерасы өтті. "
                "Көрсетілім қаладағы «Сәулет» кинотеатрында ұйымдастырылды."
            ),
            (
                "Фильм ауылда үш баласын жалғыз өсірген ананың өмірі туралы баяндайды. "
                "Балалары ер жетіп, қалаға кеткен соң ана олардың әрқайсысына хат жазып, бір "
                "аманат қалдырады."
            ),
            (
                "«Бұл фильм – барлық аналарға арналған тағзым. Түсірілім кезінде әр актер өз "
                "анасын еске алып, жылаған сәттер болды», – деді режиссер Дәурен Сейітқазы."
            ),
            (
                "Басты рөлдерді Гүлжан Әбдірахманова, Ерболат Тоқтаров және Аружан Сәрсенова "
                "сомдады."
            ),
            (
                "Фильм 30 қазаннан бастап елдегі барлық кинотеатрларда көрсетіледі. Жас "
                "шектеуі – 12+."
            ),
        ),
        premiere=P(
            titles=["Ана аманаты"],
            date="2025-10-25",
            city="Шымкент",
            venue="Сәулет",
        ),
    ),
    # 15: kk, premiere
    Item(
        language="kk",
        primary="premiere",
        published="2025-12-01",
        title="«Көкбөрі: соңғы шайқас» фильмі Астанада көрерменге жол тартады",
        body=_body(
            (
                "Елордада 4 желтоқсанда «Көкбөрі: соңғы шайқас» тарихи-шытырман фильмінің "
                "премьерасы өтеді. Көрсетілім Chaplin Khan Shatyr кинотеатрында сағат "
                "19:00-де басталады."
            ),
            (
                "Фильм көкпар ойынының шебері болған жас жігіттің ауылын жаудан қорғау "
                "жолындағы күресін баяндайды. Картинада 300-ден астам атты шабандоз "
                "түсірілген."
            ),
            (
                "Жобаның бюджеті 1,8 млрд теңгені құрады. Фильм Ұлттық киноны қолдау "
                "мемлекеттік орталығының қаржыландыруымен түсірілді."
            ),
            (
                "«Біз жастарға өз тарихымыздың батырларын заманауи тілде көрсеткіміз келді», "
                "– деді режиссер Нұрлан Сәбитов."
            ),
            "Басты рөлдерде – Асылжан Өмірзақов, Айдана Бектұрова, Жандос Әлімбеков.",
            "Билет бағасы – 2500 теңгеден 4000 теңгеге дейін.",
            (
                "Еске сала кетейік, өткен жылы режиссердің «Алтын қыран» атты фильмі де "
                "Астанада тұсаукесерін өткізген болатын."
            ),
        ),
        premiere=P(
            titles=["Көкбөрі: соңғы шайқас"],
            date="2025-12-04",
            city="Астана",
            venue="Chaplin Khan Shatyr",
        ),
    ),
    # 16: kk, premiere
    Item(
        language="kk",
        primary="premiere",
        published="2026-01-15",
        title="Қызылордада «Сыр бойында» деректі фильмі көрсетіледі",
        body=_body(
            (
                "Ертең Қызылордада «Сыр бойында» деректі фильмінің тұсаукесері өтеді. "
                "Көрсетілім қалалық мәдениет үйінде сағат 15:00-де басталады."
            ),
            (
                "Фильм Сырдария өзенінің бойында тұратын күріш өсірушілер мен балықшылардың "
                "тұрмысын көрсетеді. Түсірілім екі жылға созылып, өзеннің төрт маусымдағы "
                "келбеті таспаға түсті."
            ),
            (
                "«Сыр елінің адамдары судың қадірін бәрінен де жақсы біледі. Біз соны "
                "көрсеткіміз келді», – дейді фильм авторы Мақсат Жақыпов."
            ),
            "Фильм облыстық мәдениет басқармасының тапсырысымен түсірілген.",
            "Кіру тегін. Премьерадан кейін фильм облыстың аудандарында көрсетіледі.",
        ),
        premiere=P(
            titles=["Сыр бойында"],
            date="2026-01-16",
            city="Қызылорда",
            venue=None,
        ),
    ),
    # 17: kk, premiere
    Item(
        language="kk",
        primary="premiere",
        published="2026-02-20",
        title="Оралда «Жайық толқыны» фильмінің премьерасы болады",
        body=_body(
            (
                "2026 жылғы 5 наурызда Оралда «Жайық толқыны» драмасының премьерасы өтеді. "
                "Көрсетілім «Атамекен» кинотеатрында өтеді."
            ),
            (
                "Фильм Жайық өзенінің жағасындағы шағын қалада тұратын екі жанұяның "
                "арасындағы ескі дауды баяндайды. Сюжеттің негізінде жергілікті жазушының "
                "әңгімесі жатыр."
            ),
            (
                "Түсірілім Батыс Қазақстан облысының Бөрлі және Теректі аудандарында өтті. "
                "Басты рөлдерді облыстық драма театрының актерлері ойнады."
            ),
            (
                "«Бұл – біздің өңірдің тілімен, біздің өңірдің мінезімен түсірілген фильм», "
                "– деді режиссер Ерлан Қуанышев."
            ),
            "Билеттер кинотеатр кассасында және онлайн сатылымда бар.",
            (
                "Еске салайық, былтыр күзде Оралда батыс өңірінің режиссері түсірген «Ақ "
                "Жайық» комедиясы көрсетілген еді."
            ),
        ),
        premiere=P(
            titles=["Жайық толқыны"],
            date="2026-03-05",
            city="Орал",
            venue="Атамекен",
        ),
    ),
    # 18: kk, premiere
    Item(
        language="kk",
        primary="premiere",
        published="2025-09-01",
        title="«Бүркітші» фильмі онлайн-платформада шығады",
        body=_body(
            (
                "«Бүркітші» көркем фильмі 5 қыркүйектен бастап Saryarqa Play "
                "онлайн-кинотеатрында көрсетіледі."
            ),
            (
                "Фильм Шығыс Қазақстандағы қарт бүркітші мен оның қаладан келген немересінің "
                "қарым-қатынасы туралы. Немересі алғашында аталық кәсіпке қызықпайды, бірақ "
                "бір қыс бәрін өзгертеді."
            ),
            (
                "Картина бұған дейін Оңтүстік Кореядағы кинофестивальде көрсетілген, алайда "
                "Қазақстанда кинотеатр прокатына шықпаған."
            ),
            (
                "«Мұндай фильмдер кинотеатрда бір аптадан артық тұрмайды. Онлайн-платформа "
                "оны көрерменге жеткізудің ең тиімді жолы», – деді продюсер Әсел Мұратова."
            ),
            "Платформаға жазылу құны айына 1990 теңге.",
        ),
        premiere=P(
            titles=["Бүркітші"],
            date="2025-09-05",
            city=None,
            venue=None,
        ),
    ),
    # 19: kk, premiere
    Item(
        language="kk",
        primary="premiere",
        published="2026-03-25",
        title="«Ауыл 2» комедиясы бүгін Петропавлда көрсетіледі",
        body=_body(
            (
                "Бүгін Петропавлда «Ауыл 2» комедиясының премьерасы өтеді. Көрсетілім "
                "«Қызылжар» кинотеатрында кешкі сағат 19:30-да басталады."
            ),
            (
                "Фильмнің бірінші бөлімі 2023 жылы прокатта сәтті шығып, 600 миллион "
                "теңгеден астам табыс жинаған еді."
            ),
            (
                "Жаңа бөлімде ауыл тұрғындары жергілікті әкімдікпен бірге туристік база "
                "ашуды ұйғарады, бірақ іс ойлағандай оңай болмайды."
            ),
            ("Басты рөлдерде – Серік Бимағамбетов, Жанна Құдайбергенова және Әділет Сапаров."),
            ("Билеттердің бағасы – 2000 теңге. Премьераға фильмнің түсірілім тобы да келеді."),
        ),
        premiere=P(
            titles=["Ауыл 2"],
            date="2026-03-25",
            city="Петропавл",
            venue="Қызылжар",
        ),
    ),
    # 20: en, premiere
    Item(
        language="en",
        primary="premiere",
        published="2026-03-02",
        title='Kazakh drama "The Steppe Within" to premiere in Almaty on March 12',
        body=_body(
            (
                'The Kazakh drama "The Steppe Within" (Ishki Dala) will premiere in Almaty '
                "on March 12 at Kinopark 11 IMAX Esentai, the film's producers announced on "
                "Monday."
            ),
            (
                "The film follows a former wrestling champion who returns to his native "
                "village in the Zhetysu region after twenty years in Europe and tries to "
                "reconnect with the father he left behind."
            ),
            (
                '"It is a story about coming home too late and still deciding to stay," '
                'director Nurbol Abenov told reporters. "Everyone in Kazakhstan has someone '
                'they have not called for too long."'
            ),
            (
                "The production budget was 1.1 billion tenge (about $2.2 million), with "
                "support from the State Center for National Cinema Support. The lead roles "
                "are played by Yerzhan Karimov, Saule Tuleubayeva and Marat Dzhumabekov."
            ),
            (
                "At the same event, the studio will present the first footage of its next "
                'project, the thriller "Night Shift in Aktau", which is due out next year.'
            ),
            (
                "Tickets for the premiere screening are priced at 4,000 tenge. The film is "
                "rated 12+."
            ),
        ),
        premiere=P(
            titles=["The Steppe Within", "Ishki Dala"],
            date="2026-03-12",
            city="Almaty",
            venue="Kinopark 11 IMAX Esentai",
        ),
    ),
    # 21: en, premiere
    Item(
        language="en",
        primary="premiere",
        published="2026-03-09",
        title="Miners' drama Coal Hearts to premiere in Karaganda",
        body=_body(
            (
                "The drama Coal Hearts, set in a Karaganda coal mine in the 1990s, will have "
                "its premiere at the Shakhtyor Palace of Culture in Karaganda on 19 March."
            ),
            (
                "The film tells the story of a mine foreman who tries to keep his team "
                "together after wages stop being paid and the pit faces closure."
            ),
            (
                "Director Vadim Tsoi, who grew up in Karaganda, said the film was inspired "
                "by his father's stories. \"These men held the city together when everything "
                'else was falling apart," he said.'
            ),
            (
                "Much of the film was shot underground in a working mine, which required "
                "special safety training for the whole crew. The cast includes Sergei Lim, "
                "Aliya Kassymova and Baurzhan Zhakenov."
            ),
            (
                "Entry to the premiere is free, but seats must be booked in advance through "
                "the regional culture department."
            ),
            (
                "To recall, last year Karaganda hosted the premiere of the documentary "
                '"Black Gold of Saryarka", which was later shown at festivals in Russia and '
                "Turkey."
            ),
        ),
        premiere=P(
            titles=["Coal Hearts"],
            date="2026-03-19",
            city="Karaganda",
            venue="Shakhtyor",
        ),
    ),
    # 22: en, premiere
    Item(
        language="en",
        primary="premiere",
        published="2025-12-19",
        title='Sci-fi thriller "Code 404" premieres in Astana tomorrow',
        body=_body(
            (
                'The Kazakh science-fiction thriller "Code 404" will premiere in Astana '
                "tomorrow at Kinopark 8 IMAX Saryarka, its distributor said on Friday."
            ),
            (
                "Set in the near future, the film follows a young programmer from Astana who "
                "discovers that the city's new digital assistant is quietly rewriting "
                "people's memories."
            ),
            (
                'With a budget of around 2 billion tenge, "Code 404" is one of the most '
                "expensive Kazakh genre films of the year. Most of the visual effects were "
                "produced by a studio in Almaty."
            ),
            (
                '"We wanted to make a film that looks like Astana feels at night: glass, '
                "light and something you can't quite see,\" said director Timur "
                "Bekmukhambetov."
            ),
            (
                "The film stars Alibek Nurmagambetov and Dana Sadvakassova. It is rated 16+ "
                "and will open nationwide next week."
            ),
        ),
        premiere=P(
            titles=["Code 404"],
            date="2025-12-20",
            city="Astana",
            venue="Kinopark 8 IMAX Saryarka",
        ),
    ),
    # 23: en, premiere
    Item(
        language="en",
        primary="premiere",
        published="2026-01-12",
        title='"The Last Caravan" heads straight to streaming',
        body=_body(
            (
                'The Kazakh-Turkish adventure film "The Last Caravan" will be released on '
                "the streaming service Qazflix on January 16, skipping a theatrical run in "
                "Kazakhstan."
            ),
            (
                "The film, shot in the Mangystau region and in Cappadocia, follows a group "
                "of merchants crossing the steppe along the Silk Road in the 14th century."
            ),
            (
                "Producer Aidos Kemelbekov said the decision to go directly to streaming was "
                "driven by the film's international audience. \"We will be available in 30 "
                'countries on the same day. No cinema release could give us that," he said.'
            ),
            (
                "The film was made on a budget of about $3 million and features actors from "
                "Kazakhstan, Turkey and Kyrgyzstan."
            ),
            (
                "Qazflix subscribers will be able to watch the film in Kazakh, Russian, "
                "Turkish and English."
            ),
        ),
        premiere=P(
            titles=["The Last Caravan"],
            date="2026-01-16",
            city=None,
            venue=None,
        ),
    ),
    # 24: en, premiere
    Item(
        language="en",
        primary="premiere",
        published="2025-12-29",
        title='"Seventeen Winters" to open the new year in Aktau',
        body=_body(
            (
                'The coming-of-age drama "Seventeen Winters" will premiere in Aktau on '
                "Friday, January 9, at Kinoplexx Aktau."
            ),
            (
                "The film follows a teenage girl from a Caspian fishing settlement who "
                "dreams of becoming a marine biologist while her family expects her to marry."
            ),
            (
                "Director Moldir Zhanuzakova, a native of Mangystau, cast non-professional "
                'actors from local schools for most of the roles. "I wanted faces that the '
                'sea has touched," she said.'
            ),
            (
                "The film received a special mention at a youth film festival in Tallinn in "
                "November and is now set for a limited release in western Kazakhstan."
            ),
            "Tickets go on sale on January 3. The film is rated 12+.",
        ),
        premiere=P(
            titles=["Seventeen Winters"],
            date="2026-01-09",
            city="Aktau",
            venue="Kinoplexx Aktau",
        ),
    ),
    # 25: en, premiere
    Item(
        language="en",
        primary="premiere",
        published="2026-04-14",
        title='"The Orchard Keeper" to premiere in Taldykorgan on Thursday',
        body=_body(
            (
                'The family drama "The Orchard Keeper" will premiere in Taldykorgan on '
                "Thursday, April 16, the Zhetysu regional administration said, without "
                "naming the venue."
            ),
            (
                "The film tells the story of an elderly gardener who refuses to sell his "
                "apple orchard to developers and finds an unexpected ally in his teenage "
                "grandson."
            ),
            (
                "Filming took place in the foothills of the Zhetysu Alatau during the apple "
                "harvest last autumn. The orchard seen in the film belongs to a local "
                "farming family."
            ),
            (
                '"Apples are the memory of this land. We wanted to film them while they are '
                'still here," said director Yerlan Sarsenbayev.'
            ),
            (
                "The lead roles are played by Kuanysh Beisenov and Daniyar Akhmetov. The "
                "film is rated 6+ and will reach cinemas across the country later in the "
                "spring."
            ),
        ),
        premiere=P(
            titles=["The Orchard Keeper"],
            date="2026-04-16",
            city="Taldykorgan",
            venue=None,
        ),
    ),
    # 26: ru, festival
    Item(
        language="ru",
        primary="festival",
        published="2025-09-22",
        title="В Алматы открылся кинофестиваль «Шелковый экран»",
        body=_body(
            (
                "В Алматы открылся международный кинофестиваль «Шелковый экран». В этом году "
                "в программе 42 фильма из 14 стран, среди них 9 мировых премьер."
            ),
            (
                "Фестиваль открыла грузинская драма «Виноградник у дороги», а в основной "
                "конкурс вошли 12 полнометражных картин, в том числе три казахстанские."
            ),
            (
                "Жюри возглавляет турецкий режиссер Селим Аксой. «Мы ищем фильмы, которые "
                "говорят о нашем регионе честно и без экзотики», — сказал он на открытии."
            ),
            (
                "Помимо конкурсных показов, в программе мастер-классы, питчинг проектов "
                "молодых режиссеров и ретроспектива казахского кино 1960-х годов."
            ),
            (
                "Показы проходят на трех площадках города, билеты стоят 1000 тенге. "
                "Фестиваль продлится до 28 сентября, победителей объявят на церемонии "
                "закрытия."
            ),
        ),
        premiere=None,
    ),
    # 27: en, festival
    Item(
        language="en",
        primary="festival",
        published="2025-10-06",
        title="Astana to host Steppe Lights International Film Festival",
        body=_body(
            (
                "Astana will host the third Steppe Lights International Film Festival from "
                "October 20 to 26, organisers announced on Monday."
            ),
            (
                "This year's programme includes 55 films from 21 countries, with a "
                "competition for debut features and a separate section for short films from "
                "Central Asia."
            ),
            (
                '"Our aim is to bring young directors from the region together with '
                'producers and distributors who can help their films travel," said festival '
                "director Aigul Nurpeisova."
            ),
            (
                "The festival will also host an industry forum on co-production between "
                "Kazakhstan and Asian countries, with delegations from South Korea, China "
                "and India."
            ),
            (
                "Screenings will be held at several venues across the capital, and "
                "accreditation for journalists is open until October 15."
            ),
        ),
        premiere=None,
    ),
    # 28: ru, awards
    Item(
        language="ru",
        primary="awards",
        published="2026-02-16",
        title="Названы лауреаты национальной кинопремии «Золотой барс»",
        body=_body(
            (
                "В Астане вручили национальную кинопремию «Золотой барс». Лучшим фильмом "
                "года признана историческая драма «Тень над степью»."
            ),
            (
                "Премию за режиссуру получил Талгат Байжанов за драму «Өмір жолы», а лучшим "
                "сценарием жюри назвало работу авторов комедии «Большая свадьба 3»."
            ),
            (
                "Лучшей актрисой стала Ляззат Оразова, лучшим актером — Нуржан Асылбеков. "
                "Приз зрительских симпатий, определенный онлайн-голосованием, достался "
                "фильму «Алтайская баллада»."
            ),
            (
                "В номинации «Документальное кино» победил фильм «Голоса Арала», снятый в "
                "Приаралье на протяжении шести лет."
            ),
            "Всего на премию было заявлено 68 картин, вышедших в прокат в 2025 году.",
        ),
        premiere=None,
    ),
    # 29: kk, awards
    Item(
        language="kk",
        primary="awards",
        published="2025-11-24",
        title="Қазақстандық фильм Таллиндегі кинофестивальде жүлде алды",
        body=_body(
            (
                "Қазақстандық режиссер Молдір Жанұзақованың «Он жеті қыс» фильмі Таллиндегі "
                "жастар кинофестивалінде арнайы жүлдеге ие болды."
            ),
            (
                "Фестивальдің қазылар алқасы фильмді «жас кейіпкердің ішкі әлемін шынайы "
                "көрсеткені үшін» атап өтті."
            ),
            (
                "«Бұл жүлде – Маңғыстаудағы шағын ауылдың балаларына арналған. Олар бұл "
                "фильмді менімен бірге жасады», – деді режиссер марапаттау рәсімінде."
            ),
            (
                "Биыл фестивальге 40-тан астам елден 600-ге жуық фильм ұсынылған. Байқау "
                "бағдарламасына Орталық Азиядан тек екі фильм іріктелген."
            ),
        ),
        premiere=None,
    ),
    # 30: ru, box_office
    Item(
        language="ru",
        primary="box_office",
        published="2026-01-13",
        title="«Тайна старого аула» возглавила казахстанский прокат в первые выходные",
        body=_body(
            (
                "Семейное фэнтези «Тайна старого аула» заняло первое место в казахстанском "
                "прокате по итогам первого уик-энда, собрав 187 млн тенге."
            ),
            (
                "Фильм посмотрели около 92 тысяч зрителей. На втором месте — американский "
                "анимационный фильм с результатом 121 млн тенге, на третьем — российская "
                "комедия, собравшая 64 млн тенге."
            ),
            (
                "По данным прокатчика, средняя заполняемость залов на сеансах «Тайны старого "
                "аула» составила 58 процентов, а в Шымкенте и Таразе превысила 70 процентов."
            ),
            (
                "Аналитики отмечают, что январские праздники традиционно становятся лучшим "
                "периодом для семейных картин. Всего за выходные кинотеатры страны "
                "заработали около 520 млн тенге."
            ),
        ),
        premiere=None,
    ),
    # 31: en, box_office
    Item(
        language="en",
        primary="box_office",
        published="2025-11-30",
        title='"Big Wedding 3" crosses 1 billion tenge at the box office',
        body=_body(
            (
                'The Kazakh comedy "Big Wedding 3" has earned more than 1 billion tenge in '
                "domestic cinemas just over two weeks after its release, its distributor "
                "said."
            ),
            (
                "That makes it the highest-grossing local film of 2025 and the fastest "
                "Kazakh film to reach the mark since the franchise's first instalment."
            ),
            (
                "The film has been seen by more than 480,000 viewers, with Almaty, Astana "
                "and Shymkent accounting for over half of ticket sales."
            ),
            (
                "Distributors say the strong result confirms that Kazakh audiences "
                "increasingly choose local comedies over foreign releases. Local films "
                "accounted for nearly 30 percent of the country's box office this year."
            ),
        ),
        premiere=None,
    ),
    # 32: ru, production
    Item(
        language="ru",
        primary="production",
        published="2025-08-14",
        title="«Казахфильм» начал съемки биографической картины о композиторе Таттимбете",
        body=_body(
            (
                "На киностудии «Казахфильм» стартовали съемки биографического фильма о "
                "композиторе и кюйши XIX века Таттимбете."
            ),
            (
                "Режиссером картины выступает Ербол Жумагулов, сценарий написан по мотивам "
                "архивных материалов и народных преданий. Съемки пройдут в Карагандинской "
                "области и в павильонах студии в Алматы."
            ),
            (
                "Бюджет проекта оценивается в 1,6 млрд тенге, финансирование выделено в "
                "рамках государственного заказа."
            ),
            (
                "На главную роль утвержден молодой актер и домбрист Алмас Жаркынбеков, "
                "который прошел кастинг среди более чем 200 претендентов."
            ),
            ("Завершить съемки планируется к концу года, а работу над картиной — в 2026 году."),
        ),
        premiere=None,
    ),
    # 33: kk, production
    Item(
        language="kk",
        primary="production",
        published="2026-01-20",
        title="Ұлттық киноны қолдау орталығы биыл 45 жобаны қаржыландырады",
        body=_body(
            (
                "Ұлттық киноны қолдау мемлекеттік орталығы 2026 жылы 45 кино жобасын "
                "қаржыландыруды жоспарлап отыр. Бұл туралы орталық басшылығы баспасөз "
                "мәслихатында мәлімдеді."
            ),
            (
                "Жобалардың 18-і – көркем фильм, 15-і – анимациялық фильм, қалғаны – деректі "
                "фильмдер мен телехикаялар."
            ),
            (
                "Биыл алғаш рет өңірлік студияларға арналған жеке байқау өткізіледі. Оған "
                "Алматы мен Астанадан тыс жерлерде тіркелген компаниялар қатыса алады."
            ),
            (
                "Орталықтың мәліметінше, былтыр мемлекет қаржыландырған фильмдердің 12-сі "
                "прокатқа шығып, жалпы сомасы 2,3 млрд теңге табыс әкелген."
            ),
            "Өтінімдерді қабылдау 1 наурызда басталады.",
        ),
        premiere=None,
    ),
    # 34: ru, review
    Item(
        language="ru",
        primary="review",
        published="2025-11-21",
        title="Рецензия: «Большая свадьба 3» — смешно, шумно и немного устало",
        body=_body(
            (
                "Третья часть «Большой свадьбы» делает ровно то, чего от нее ждут зрители: "
                "много родственников, много тостов и много узнаваемых ситуаций. Вопрос в "
                "том, достаточно ли этого."
            ),
            (
                "Первые полчаса фильм действительно смешной. Сцены подготовки к сватовству "
                "разыграны с отличным темпом, а Гульнара Даулетова в роли властной тети "
                "снова крадет каждый эпизод."
            ),
            (
                "Однако ближе к середине сюжет начинает буксовать. Сценаристы вводят линию с "
                "потерянным наследством, которая ничего не добавляет истории и лишь "
                "растягивает хронометраж до двух часов."
            ),
            (
                "Визуально картина выглядит богаче предыдущих частей, но операторская работа "
                "остается телевизионной: крупные планы, яркий свет, никакой атмосферы."
            ),
            (
                "Итог: приятное семейное кино на один вечер, которое вряд ли запомнится "
                "надолго. Оценка — 6 из 10."
            ),
        ),
        premiere=None,
    ),
    # 35: ru, interview
    Item(
        language="ru",
        primary="interview",
        published="2026-03-03",
        title="Асем Бекова: «На площадке я впервые поняла, что такое зима сорок второго»",
        body=_body(
            (
                "Актриса Асем Бекова, сыгравшая медсестру в военной драме «Жаугашты: "
                "последний рубеж», рассказала нам о съемках в тридцатиградусный мороз и о "
                "том, почему отказалась от дублера."
            ),
            "— Асем, как вы попали в проект?",
            (
                "— Меня позвали на пробы почти случайно, я тогда играла в театре и в кино "
                "почти не снималась. Режиссер потом сказал, что искал лицо, на котором «нет "
                "ни одного ботокса и ни одного сериала»."
            ),
            "— Говорят, часть сцен снимали на улице при минус тридцати?",
            (
                "— Да, и это не гипербола. Мы снимали в Темиртау в январе, между дублями "
                "грелись в автобусе. Но я благодарна: когда по-настоящему холодно, не нужно "
                "ничего играть."
            ),
            "— Что дальше?",
            (
                "— Сейчас репетирую новый спектакль, а летом начнутся съемки полнометражного "
                "дебюта моей подруги. Пока не могу рассказать подробности."
            ),
        ),
        premiere=None,
    ),
    # 36: en, interview
    Item(
        language="en",
        primary="interview",
        published="2025-10-13",
        title='Moldir Zhanuzakova: "I wanted faces that the sea has touched"',
        body=_body(
            (
                "Director Moldir Zhanuzakova talks about her debut feature, working with "
                "non-professional actors and why she chose to film in her home region of "
                "Mangystau."
            ),
            "Q: Your film is set in a small fishing settlement. Why there?",
            (
                "A: Because I grew up there. Every summer I watched girls my age leave "
                "school to help their families, and I always wondered what they would have "
                "become if someone had given them a choice."
            ),
            "Q: Most of your cast are not professional actors. Was that difficult?",
            (
                "A: It was the easiest part. Children don't lie in front of a camera. The "
                "hard part was convincing their parents that a film crew was not going to "
                "take them away."
            ),
            "Q: What are you working on next?",
            (
                "A: A documentary about the Caspian seals. It is a quieter project, but I "
                "think it is just as important."
            ),
        ),
        premiere=None,
    ),
    # 37: kk, trailer
    Item(
        language="kk",
        primary="trailer",
        published="2026-02-09",
        title="«Қара шаңырақ» фильмінің алғашқы трейлері жарияланды",
        body=_body(
            (
                "Режиссер Бауыржан Ахметовтың жаңа драмасы «Қара шаңырақ» фильмінің алғашқы "
                "трейлері жарияланды."
            ),
            (
                "Екі минуттық бейнеролик үлкен әулеттің ата-бабадан қалған үйді сату-сатпау "
                "туралы дауын көрсетеді. Трейлер YouTube-та бір тәулікте 300 мыңнан астам "
                "қаралым жинады."
            ),
            (
                "Режиссер бұған дейін комедиялармен танымал болғанымен, бұл жолы алғаш рет "
                "драма жанрына бет бұрды. «Күлкіден кейін ойлануға да уақыт керек», – деді "
                "ол әлеуметтік желідегі парақшасында."
            ),
            ("Фильм көктемде прокатқа шығады деп жоспарланып отыр, нақты күні әлі белгісіз."),
        ),
        premiere=None,
    ),
    # 38: ru, other
    Item(
        language="ru",
        primary="other",
        published="2025-08-28",
        title="В Алматы открылась выставка советских киноафиш",
        body=_body(
            (
                "В Алматы в Центральном государственном музее открылась выставка «Кино на "
                "стене», посвященная казахстанским киноафишам 1930–1980-х годов."
            ),
            (
                "В экспозиции более 150 афиш, многие из которых нарисованы вручную "
                "художниками «Казахфильма» и республиканского кинопроката. Часть работ "
                "выставлена впервые."
            ),
            (
                "Посетители увидят афиши к фильмам «Девушка-джигит», «Ангел в тюбетейке» и "
                "«Конец атамана», а также эскизы, которые так и не были напечатаны."
            ),
            (
                "«Афиша была первым, что видел зритель. Художники кинопроката были "
                "настоящими звездами своего времени, хотя их имена почти никто не помнит», — "
                "рассказала куратор выставки Раушан Ибраимова."
            ),
            (
                "Выставка продлится до конца октября. Билет для взрослых стоит 1000 тенге, "
                "для школьников и студентов — 500 тенге."
            ),
        ),
        premiere=None,
    ),
    # 39: ru, not film
    Item(
        language="ru",
        primary="",
        published="2025-11-18",
        title="Премьер-министр поручил ускорить строительство школ в регионах",
        body=_body(
            (
                "Премьер-министр Казахстана на заседании правительства поручил акимам "
                "областей ускорить строительство школ, которые должны быть сданы до 1 "
                "сентября 2026 года."
            ),
            (
                "По данным Министерства просвещения, из 217 объектов, запланированных на "
                "этот год, полностью готовы 164. Наибольшее отставание зафиксировано в "
                "Туркестанской, Алматинской и Мангистауской областях."
            ),
            (
                "«Каждая задержка — это дети, которые продолжают учиться в три смены. "
                "Подрядчиков, срывающих сроки, нужно вносить в реестр недобросовестных "
                "участников», — заявил глава правительства."
            ),
            (
                "Премьер также поручил Министерству финансов до конца месяца провести "
                "проверку расходования средств на объектах с отставанием более трех месяцев."
            ),
        ),
        premiere=None,
    ),
    # 40: ru, not film
    Item(
        language="ru",
        primary="",
        published="2026-02-11",
        title="Премьер-министр посетил Караганду и осмотрел новые объекты теплоснабжения",
        body=_body(
            (
                "Премьер-министр в ходе рабочей поездки в Карагандинскую область ознакомился "
                "с ходом модернизации ТЭЦ-3 и строительством новых тепловых сетей."
            ),
            (
                "По словам акима области, в этом году в Караганде и Темиртау заменено более "
                "60 километров изношенных сетей, что позволило сократить число аварий в "
                "отопительный сезон почти вдвое."
            ),
            (
                "Глава правительства также посетил реконструированный Дворец культуры "
                "горняков, где после ремонта открылись концертный зал и детские творческие "
                "студии."
            ),
            (
                "По итогам поездки Премьер-министр поручил подготовить программу обновления "
                "коммунальной инфраструктуры моногородов на 2026–2030 годы."
            ),
        ),
        premiere=None,
    ),
    # 41: ru, not film
    Item(
        language="ru",
        primary="",
        published="2025-10-02",
        title="Премьера спектакля «Сад без ограды» пройдет в Астане",
        body=_body(
            (
                "В Астане 9 октября состоится премьера спектакля «Сад без ограды» по пьесе "
                "молодого драматурга Айдоса Шаймерденова. Постановку представит Русский "
                "драматический театр имени Горького."
            ),
            (
                "Спектакль рассказывает о трех сестрах, которые после смерти отца решают "
                "судьбу старого дачного дома под Астаной."
            ),
            (
                "Режиссер-постановщик Елена Ковальчук называет пьесу «казахстанским ответом "
                "Чехову». «Здесь та же тоска по уходящему времени, только с нашими "
                "интонациями», — говорит она."
            ),
            (
                "В главных ролях заняты ведущие актрисы труппы. Продолжительность спектакля "
                "— два часа с антрактом."
            ),
            "Билеты стоят от 2500 до 6000 тенге и уже продаются в кассе театра.",
        ),
        premiere=None,
    ),
    # 42: ru, not film
    Item(
        language="ru",
        primary="",
        published="2025-11-05",
        title="В Алматы состоится мировая премьера оперы «Степная легенда»",
        body=_body(
            (
                "Казахский национальный театр оперы и балета имени Абая 21 ноября представит "
                "мировую премьеру оперы «Степная легенда» композитора Ерлана Бекназарова."
            ),
            (
                "Либретто основано на народном эпосе о любви пастуха и дочери хана. "
                "Партитура соединяет традиционную оперную форму с звучанием домбры, кобыза и "
                "горлового пения."
            ),
            (
                "Дирижер-постановщик — Арман Серикбаев, режиссер — приглашенный постановщик "
                "из Санкт-Петербурга. В спектакле заняты солисты, хор и оркестр театра, "
                "всего более 150 артистов."
            ),
            ("«Мы хотели, чтобы эта опера звучала так, как звучит степь», — сказал композитор."),
            "Билеты на премьерные показы 21 и 22 ноября продаются на сайте театра.",
        ),
        premiere=None,
    ),
    # 43: ru, not film
    Item(
        language="ru",
        primary="",
        published="2026-03-13",
        title="Шымкентский театр оперы и балета покажет премьеру балета «Жетісу бейнелері»",
        body=_body(
            (
                "Театр оперы и балета Шымкента 27 марта покажет премьеру одноактного балета "
                "«Жетісу бейнелері» в постановке хореографа Динары Алиевой."
            ),
            (
                "Балет состоит из семи хореографических картин, каждая из которых посвящена "
                "одной из рек Жетысу. Музыку специально для постановки написал композитор "
                "Нурлан Жаксыбеков."
            ),
            (
                "В спектакле заняты 40 артистов балетной труппы, декорации и костюмы созданы "
                "в мастерских театра."
            ),
            ("Премьеру приурочили к празднованию Наурыза. Билеты стоят от 2000 до 5000 тенге."),
        ),
        premiere=None,
    ),
    # 44: ru, not film
    Item(
        language="ru",
        primary="",
        published="2025-09-09",
        title="Певица Алина Сейтова выпустила клип на песню «Ақ таң»",
        body=_body(
            (
                "Певица Алина Сейтова представила новый клип на песню «Ақ таң». Премьера "
                "клипа состоялась на ее YouTube-канале в понедельник вечером."
            ),
            (
                "Видео снято на рассвете на Большом Алматинском озере и в ущелье Тургень. "
                "Режиссером клипа выступил Данияр Ергалиев, работавший ранее с рядом "
                "казахстанских поп-исполнителей."
            ),
            (
                "За первые сутки клип набрал более 400 тысяч просмотров. Сама песня вошла в "
                "топ-10 казахстанского чарта стриминговой платформы."
            ),
            (
                "«Это песня о надежде после трудной ночи. Я написала ее в период, когда "
                "долго не могла выйти на сцену после болезни», — рассказала певица."
            ),
        ),
        premiere=None,
    ),
    # 45: ru, not film
    Item(
        language="ru",
        primary="",
        published="2026-01-28",
        title="Группа «Көк Жал» представила новый альбом «Далада»",
        body=_body(
            (
                "Алматинская рок-группа «Көк Жал» выпустила третий студийный альбом "
                "«Далада». Премьера альбома прошла на всех крупных стриминговых сервисах."
            ),
            (
                "В пластинку вошли 11 песен на казахском и русском языках. Музыканты "
                "записывали альбом почти два года, в записи участвовали кобызист и хор из "
                "Туркестана."
            ),
            (
                "«Мы хотели соединить тяжелые гитары с тем, что слышали в детстве у бабушек "
                "в ауле», — рассказал вокалист группы Ержан Тасболатов."
            ),
            (
                "Презентация альбома вживую состоится весной, даты концертов в Алматы и "
                "Астане группа обещает объявить позже."
            ),
        ),
        premiere=None,
    ),
    # 46: ru, not film
    Item(
        language="ru",
        primary="",
        published="2025-09-17",
        title="В Алматы прошла премьера смартфона Orion S5",
        body=_body(
            (
                "В Алматы состоялась казахстанская премьера смартфона Orion S5. Новинку "
                "представили на презентации в одном из торговых центров города."
            ),
            (
                "Смартфон получил 6,7-дюймовый экран, тройную камеру с основным модулем на "
                "200 мегапикселей и аккумулятор емкостью 5500 мАч. Производитель заявляет до "
                "двух дней работы без подзарядки."
            ),
            (
                "Стоимость базовой версии в Казахстане составит 389 990 тенге. Продажи "
                "начнутся 25 сентября, предзаказ уже открыт у официальных партнеров."
            ),
            (
                "Представитель компании отметил, что Казахстан вошел в первую волну стран, "
                "где модель поступит в продажу."
            ),
        ),
        premiere=None,
    ),
    # 47: ru, not film
    Item(
        language="ru",
        primary="",
        published="2026-04-03",
        title="Бой Даурена Сейткали за титул чемпиона покажут в прямом эфире",
        body=_body(
            (
                "Поединок казахстанского боксера Даурена Сейткали за титул "
                "интерконтинентального чемпиона покажет в прямом эфире телеканал Qazsport."
            ),
            (
                "Бой пройдет в субботу, 11 апреля, в Астане. Трансляция начнется в 21:00 по "
                "времени Астаны, главный поединок вечера ожидается около полуночи."
            ),
            (
                "Соперником 26-летнего казахстанца станет опытный мексиканский боксер, на "
                "счету которого 31 победа в 34 боях."
            ),
            (
                "Также вечер бокса можно будет посмотреть на сайте телеканала и в его "
                "мобильном приложении."
            ),
        ),
        premiere=None,
    ),
    # 48: ru, not film
    Item(
        language="ru",
        primary="",
        published="2025-12-10",
        title="Годовая инфляция в Казахстане замедлилась до 11,8%",
        body=_body(
            (
                "Годовая инфляция в Казахстане в ноябре замедлилась до 11,8% против 12,3% "
                "месяцем ранее, сообщило Бюро национальной статистики."
            ),
            (
                "Продовольственные товары за год подорожали на 10,9%, непродовольственные — "
                "на 11,2%, платные услуги — на 13,5%. Сильнее всего выросли цены на "
                "коммунальные услуги и транспорт."
            ),
            (
                "Аналитики связывают замедление с высокой базовой ставкой Национального "
                "банка и стабилизацией курса тенге в последние месяцы."
            ),
            ("По прогнозу Нацбанка, к концу следующего года инфляция может опуститься до 9–10%."),
        ),
        premiere=None,
    ),
    # 49: ru, not film
    Item(
        language="ru",
        primary="",
        published="2026-01-06",
        title="Сильные морозы ожидаются в Астане и Караганде",
        body=_body(
            (
                "Казгидромет предупредил о сильных морозах в северных и центральных регионах "
                "страны в ближайшие три дня."
            ),
            (
                "В Астане ночью ожидается до 38 градусов мороза, в Караганде — до 35, в "
                "Петропавловске и Костанае — до 40. Днем температура не поднимется выше "
                "минус 28."
            ),
            (
                "Синоптики также прогнозируют усиление ветра до 15–20 метров в секунду, "
                "из-за чего ощущаемая температура будет еще ниже."
            ),
            (
                "В акиматах напомнили, что при температуре ниже минус 30 занятия для "
                "учеников начальных классов переводятся в дистанционный формат."
            ),
        ),
        premiere=None,
    ),
    # 50: ru, not film
    Item(
        language="ru",
        primary="",
        published="2025-08-20",
        title="В Алматы запустят шесть новых автобусных маршрутов",
        body=_body(
            (
                "С 1 сентября в Алматы начнут работать шесть новых автобусных маршрутов, "
                "которые свяжут микрорайоны Алатауского и Наурызбайского районов с центром "
                "города."
            ),
            (
                "На линии выйдут 90 новых автобусов на газомоторном топливе. Интервал "
                "движения в часы пик составит от 6 до 10 минут."
            ),
            (
                "В управлении городской мобильности пояснили, что маршруты разработаны по "
                "итогам анализа пассажиропотока и обращений жителей."
            ),
            (
                "Кроме того, до конца года в городе планируют обустроить еще 12 километров "
                "выделенных полос для общественного транспорта."
            ),
        ),
        premiere=None,
    ),
    # 51: ru, not film
    Item(
        language="ru",
        primary="",
        published="2025-10-09",
        title="В Алматы прошла премьера нового кроссовера казахстанской сборки",
        body=_body(
            (
                "На автосалоне в Алматы состоялась премьера нового кроссовера, сборку "
                "которого наладили на заводе в Костанае."
            ),
            (
                "Автомобиль получил полный привод, 2-литровый турбомотор и мультимедийную "
                "систему с поддержкой казахского языка. Стартовая цена составит 14,9 млн "
                "тенге."
            ),
            (
                "По данным производителя, уровень локализации модели достигает 35 процентов, "
                "а в следующем году его планируют увеличить до 45."
            ),
            (
                "Продажи стартуют в ноябре, первые автомобили поступят в дилерские центры "
                "Алматы, Астаны и Шымкента."
            ),
        ),
        premiere=None,
    ),
    # 52: kk, not film
    Item(
        language="kk",
        primary="",
        published="2025-12-03",
        title="Премьер-министр жылыту маусымына дайындықты тексерді",
        body=_body(
            (
                "Премьер-министр Үкімет отырысында жылыту маусымының барысын қарап, өңір "
                "әкімдеріне бірқатар тапсырма берді."
            ),
            (
                "Энергетика министрлігінің мәліметінше, елдегі жылу электр орталықтарының "
                "көпшілігі қысқа толық дайын. Алайда бірнеше қалада жылу желілерінің тозуы "
                "әлі де жоғары деңгейде қалып отыр."
            ),
            (
                "«Ауа райы суыған кезде әрбір апат мыңдаған отбасыға әсер етеді. Жауапты "
                "тұлғалар тәулік бойы байланыста болуы тиіс», – деді Үкімет басшысы."
            ),
            (
                "Премьер-министр сондай-ақ апаттық жағдайларға арналған резервтік "
                "жабдықтардың бар-жоғын тексеруді тапсырды."
            ),
        ),
        premiere=None,
    ),
    # 53: kk, not film
    Item(
        language="kk",
        primary="",
        published="2026-02-24",
        title="Шымкент драма театры «Ескі үйдің сыры» спектаклінің премьерасын ұсынады",
        body=_body(
            (
                "Шымкент қалалық драма театры 6 наурызда «Ескі үйдің сыры» спектаклінің "
                "премьерасын көрермен назарына ұсынады."
            ),
            (
                "Спектакль жас драматург Гүлназ Ермекованың пьесасы бойынша қойылған. Онда "
                "ескі үйді сатпақ болған бауырлардың арасындағы қарым-қатынас баяндалады."
            ),
            (
                "Қоюшы режиссер – Берік Жанұзақов. Басты рөлдерде театрдың жетекші актерлері "
                "ойнайды."
            ),
            "Билеттер театр кассасында сатылып жатыр, бағасы 2000 теңгеден басталады.",
        ),
        premiere=None,
    ),
    # 54: kk, not film
    Item(
        language="kk",
        primary="",
        published="2025-11-11",
        title="Әнші Айгерім Нұрланқызы жаңа әнінің премьерасын өткізді",
        body=_body(
            (
                "Әнші Айгерім Нұрланқызы «Туған жер» атты жаңа әнінің премьерасын өткізді. "
                "Ән барлық стриминг платформаларында қолжетімді болды."
            ),
            (
                "Әннің сөзін ақын Ерлан Мұқанов жазған, әуенін әншінің өзі шығарған. Әнге "
                "арналған бейнебаян алдағы айда жарыққа шығады."
            ),
            (
                "«Бұл ән – алыста жүрген барлық жерлестерге арналған сәлем», – деді әнші "
                "өзінің Instagram парақшасында."
            ),
            "Ән шыққан алғашқы тәулікте 200 мыңнан астам рет тыңдалды.",
        ),
        premiere=None,
    ),
    # 55: kk, not film
    Item(
        language="kk",
        primary="",
        published="2026-01-09",
        title="Астанада қатты аяз: бастауыш сынып оқушылары онлайн оқиды",
        body=_body(
            (
                "Астанада ауа температурасы түнде 37 градус аязға дейін төмендейді. Осыған "
                "байланысты қаладағы мектептердің 1-4 сынып оқушылары қашықтан оқуға көшті."
            ),
            (
                "Қазгидрометтің болжамы бойынша, аяз алдағы екі-үш күн бойы сақталады. "
                "Күндіз ауа температурасы минус 27-30 градус шамасында болады."
            ),
            (
                "Қала әкімдігі тұрғындарды сыртта ұзақ жүрмеуге, көлікті алыс сапарға шықпас "
                "бұрын тексеруге шақырды."
            ),
            "Жылыту пункттері қаланың бірнеше ауданында тәулік бойы жұмыс істейді.",
        ),
        premiere=None,
    ),
    # 56: en, not film
    Item(
        language="en",
        primary="",
        published="2025-10-22",
        title="Prime Minister calls for faster digitalisation of public services",
        body=_body(
            (
                "Kazakhstan's Prime Minister on Tuesday instructed ministries to move all "
                "remaining public services online by the end of 2026, during a government "
                "meeting on digital transformation."
            ),
            (
                "According to the Ministry of Digital Development, about 92 percent of "
                "public services are already available through the eGov portal and its "
                "mobile app."
            ),
            (
                '"Citizens should not have to visit an office to get a certificate that the '
                'state already has in its own databases," the Prime Minister said.'
            ),
            (
                "The government also approved a plan to expand high-speed internet to 1,500 "
                "villages over the next two years."
            ),
        ),
        premiere=None,
    ),
    # 57: en, not film
    Item(
        language="en",
        primary="",
        published="2026-03-27",
        title='Astana Ballet to premiere "Wind of the Steppe" on April 3',
        body=_body(
            (
                'Astana Ballet will premiere its new production "Wind of the Steppe" on '
                "April 3, the theatre said on Friday."
            ),
            (
                "The one-act ballet, choreographed by Aliya Temirkhanova, combines classical "
                "technique with elements of Kazakh folk dance and is set to music by three "
                "contemporary Kazakh composers."
            ),
            (
                '"We wanted the audience to feel the wind, the horses and the wide open '
                'space, all on a single stage," the choreographer said.'
            ),
            (
                "Tickets for the premiere and two further performances on April 4 and 5 are "
                "available on the theatre's website, with prices starting at 3,000 tenge."
            ),
        ),
        premiere=None,
    ),
    # 58: en, not film
    Item(
        language="en",
        primary="",
        published="2026-02-05",
        title="Kazakhstan's hockey games at Asian Championship to be shown live on Qazsport",
        body=_body(
            (
                "All matches of Kazakhstan's national ice hockey team at the Asian "
                "Championship will be broadcast live on the Qazsport TV channel, the channel "
                "said."
            ),
            (
                "Kazakhstan opens the tournament against Japan on February 10, followed by "
                "games against South Korea and China. Broadcasts will start 15 minutes "
                "before each face-off."
            ),
            (
                "The matches will also be streamed on the channel's website and mobile app, "
                "with commentary in Kazakh and Russian."
            ),
            (
                "Kazakhstan won the tournament two years ago and is considered one of the "
                "favourites again this year."
            ),
        ),
        premiere=None,
    ),
    # 59: en, not film
    Item(
        language="en",
        primary="",
        published="2025-08-05",
        title="National Bank keeps base rate unchanged at 16.5%",
        body=_body(
            (
                "The National Bank of Kazakhstan has left its base rate unchanged at 16.5 "
                "percent, citing persistent inflationary pressure."
            ),
            (
                "Annual inflation stood at 12.1 percent in July, above the regulator's "
                "target range, driven mainly by rising prices for utilities and services."
            ),
            (
                "The bank said it did not rule out further tightening if inflation "
                "expectations continued to rise. The next decision on the base rate is "
                "scheduled for late August."
            ),
            (
                "Analysts expect the rate to remain at the current level at least until the "
                "end of the year."
            ),
        ),
        premiere=None,
    ),
]
