"""Build tests/data/blind9.jsonl from tests/data/articles_blind9.py.

Every story is rendered in one of three shapes, cycling text/flat/html by index after a seeded
shuffle: "text" is the title and the body; "flat" is a whole news page as a scraper flattens it
(menus, rates, weather, teaser lists, inline "read also" lines and ads between the paragraphs,
tags, share buttons, comments counters, cookie and subscription notices, copyright); "html" is a
complete page in one of three layouts invented for this set: a wire agency whose story is one
<div id="content"> with <br>-separated paragraphs and a dateline, a TV channel with a video player,
the story as the text of the report and "related reports" cards, and a WordPress-style blog with
share plugins, related posts with excerpts, comments and a comment form. The "junk" field lists the
unrelated headlines, teasers, deks and reader comments placed around the story.

Run from the repository root: python -m tests.data.build_blind9
"""

from __future__ import annotations

import html
import json
import random
from pathlib import Path
from typing import Any

from tests.data.articles_blind9 import BLIND9
from tests.data.model import Item

# SHUFFLE_SEED was chosen so that every shape and every html layout gets Kazakh and English
# stories, premieres and traps; SEED drives the page furniture of each record.
SHUFFLE_SEED = 103
SEED = 9
OUT = Path(__file__).with_name("blind9.jsonl")
FORMATS = ("text", "flat", "html")
LAYOUTS = ("wire", "tv", "blog")

MONTHS: dict[str, list[str]] = {
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    "kk": [
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}

# Words of the page furniture, per language.
LEX: dict[str, dict[str, str]] = {
    "ru": {
        "read_also": "Читайте также",
        "trending": "В тренде",
        "popular": "Популярное",
        "related": "Похожие записи",
        "topic": "Сюжеты по теме",
        "feed": "Лента новостей",
        "share": "Поделиться",
        "tags": "Теги",
        "comments": "Комментарии",
        "no_comments": "Комментариев пока нет. Будьте первым!",
        "leave_comment": "Добавить комментарий",
        "your_name": "Имя",
        "your_email": "E-mail",
        "your_comment": "Комментарий",
        "submit": "Отправить комментарий",
        "email_note": "Ваш адрес email не будет опубликован.",
        "cookie": "Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться "
        "сайтом, вы соглашаетесь с их использованием.",
        "accept": "Принять",
        "subscribe": "Подписывайтесь на наш Telegram-канал и первыми узнавайте главные новости!",
        "newsletter": "Получайте лучшие материалы недели на почту — подпишитесь на рассылку.",
        "app": "Скачайте наше приложение: App Store | Google Play",
        "ad": "Реклама",
        "photo": "Фото",
        "video": "Видео",
        "by": "Автор:",
        "author": "Автор",
        "views": "Просмотров",
        "home": "Главная",
        "culture": "Культура",
        "society": "Общество",
        "search": "Поиск",
        "transcript": "Текст сюжета",
        "watch_also": "Смотрите также",
        "live": "Прямой эфир",
        "on_air": "Сегодня в эфире",
        "correspondent": "Корреспондент",
        "operator": "оператор",
        "rights": "Все права защищены. При использовании материалов гиперссылка обязательна.",
        "age": "Сайт может содержать материалы 18+",
        "reply": "Ответить",
        "enable_js": "Для просмотра видео включите JavaScript",
        "agency": "Информационное агентство",
        "updated": "Обновлено",
        "print": "Версия для печати",
        "error": "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter",
    },
    "kk": {
        "read_also": "Оқи отырыңыз",
        "trending": "Көп оқылғандар",
        "popular": "Тренд",
        "related": "Ұқсас жазбалар",
        "topic": "Тақырып бойынша сюжеттер",
        "feed": "Жаңалықтар таспасы",
        "share": "Бөлісу",
        "tags": "Тегтер",
        "comments": "Пікірлер",
        "no_comments": "Әзірге пікір жоқ. Бірінші болып пікір қалдырыңыз!",
        "leave_comment": "Пікір қалдыру",
        "your_name": "Аты-жөні",
        "your_email": "Эл. пошта",
        "your_comment": "Пікір",
        "submit": "Пікір жіберу",
        "email_note": "Эл. пошта мекенжайыңыз жарияланбайды.",
        "cookie": "Сайт cookie файлдарын пайдаланады. Сайтты пайдалануды жалғастыра отырып, сіз "
        "бұған келісесіз.",
        "accept": "Келісемін",
        "subscribe": "Telegram-арнамызға жазылыңыз — маңызды жаңалықтарды бірінші біліңіз!",
        "newsletter": "Аптаның үздік материалдарын поштаңызға алыңыз — таратылымға жазылыңыз.",
        "app": "Қосымшамызды жүктеп алыңыз: App Store | Google Play",
        "ad": "Жарнама",
        "photo": "Фото",
        "video": "Видео",
        "by": "Автор:",
        "author": "Автор",
        "views": "Қаралым",
        "home": "Басты бет",
        "culture": "Мәдениет",
        "society": "Қоғам",
        "search": "Іздеу",
        "transcript": "Сюжет мәтіні",
        "watch_also": "Мұны да қараңыз",
        "live": "Тікелей эфир",
        "on_air": "Бүгін эфирде",
        "correspondent": "Тілші",
        "operator": "операторы",
        "rights": "Барлық құқықтар қорғалған. Материалдарды пайдаланғанда сілтеме міндетті.",
        "age": "Сайтта 18+ материалдар болуы мүмкін",
        "reply": "Жауап беру",
        "enable_js": "Бейнені көру үшін JavaScript қосыңыз",
        "agency": "Ақпарат агенттігі",
        "updated": "Жаңартылды",
        "print": "Басып шығару нұсқасы",
        "error": "Қате таптыңыз ба? Мәтінді белгілеп, Ctrl+Enter басыңыз",
    },
    "en": {
        "read_also": "Read also",
        "trending": "Trending",
        "popular": "Most read",
        "related": "Related posts",
        "topic": "More on this story",
        "feed": "Latest news",
        "share": "Share",
        "tags": "Tags",
        "comments": "Comments",
        "no_comments": "No comments yet. Be the first to comment!",
        "leave_comment": "Leave a Reply",
        "your_name": "Name",
        "your_email": "Email",
        "your_comment": "Comment",
        "submit": "Post Comment",
        "email_note": "Your email address will not be published.",
        "cookie": "We use cookies to improve your experience. By continuing to browse the site "
        "you agree to our use of cookies.",
        "accept": "Accept",
        "subscribe": "Follow us on Telegram and be the first to know the main news!",
        "newsletter": "Get the best stories of the week in your inbox: sign up for our newsletter.",
        "app": "Download our app: App Store | Google Play",
        "ad": "Advertisement",
        "photo": "Photo",
        "video": "Video",
        "by": "By",
        "author": "Author",
        "views": "Views",
        "home": "Home",
        "culture": "Culture",
        "society": "Society",
        "search": "Search",
        "transcript": "Report transcript",
        "watch_also": "Watch also",
        "live": "Live",
        "on_air": "On air today",
        "correspondent": "Reporter",
        "operator": "camera",
        "rights": "All rights reserved. Reproduction requires a hyperlink to the source.",
        "age": "This site may contain 18+ content",
        "reply": "Reply",
        "enable_js": "Please enable JavaScript to watch this video",
        "agency": "News agency",
        "updated": "Updated",
        "print": "Print version",
        "error": "Found a typo? Select the text and press Ctrl+Enter",
    },
}

MENUS: dict[str, list[str]] = {
    "ru": ["Главная", "Политика", "Экономика", "Общество", "Культура", "Спорт", "Мир", "Видео"],
    "kk": ["Басты бет", "Саясат", "Экономика", "Қоғам", "Мәдениет", "Спорт", "Әлем", "Видео"],
    "en": ["Home", "Politics", "Business", "Society", "Culture", "Sport", "World", "Video"],
}

TAGS: dict[str, dict[str, list[str]]] = {
    "ru": {
        "film": ["кино", "культура", "казахстанское кино", "шоу-бизнес", "афиша"],
        "other": ["общество", "новости Казахстана", "главное", "происшествия", "регионы"],
    },
    "kk": {
        "film": ["кино", "мәдениет", "қазақ киносы", "өнер", "афиша"],
        "other": ["қоғам", "Қазақстан жаңалықтары", "басты", "өңірлер", "оқиға"],
    },
    "en": {
        "film": ["cinema", "culture", "Kazakh film", "entertainment", "what's on"],
        "other": ["society", "Kazakhstan", "top stories", "regions", "business"],
    },
}

# Unrelated headlines for teaser lists: (rubric, headline, dek). Some are traps on purpose:
# film premieres that are not this story, prime ministers, theatre, gadgets, football.
HEADLINES: dict[str, list[tuple[str, str, str]]] = {
    "ru": [
        (
            "Кино",
            "В Астане состоится премьера фильма «Степной волк»",
            "Картину о пограничниках покажут в конце месяца, билеты уже в продаже.",
        ),
        (
            "Правительство",
            "Премьер-министр провел заседание по подготовке к паводкам",
            "Акимам поручено завершить очистку русел рек до начала апреля.",
        ),
        (
            "Театр",
            "Премьера спектакля «Чайка» пройдет на сцене театра имени Ауэзова",
            "Чехова впервые поставят на казахском языке с синхронным переводом.",
        ),
        (
            "Гаджеты",
            "Смартфон Orbit Nova X7 представят в Казахстане в октябре",
            "Новинка получит тройную камеру и сверхбыструю зарядку.",
        ),
        (
            "Кино",
            "Трейлер комедии «Апашка в городе» набрал миллион просмотров",
            "Режиссер обещает, что фильм выйдет к Наурызу.",
        ),
        (
            "Валюта",
            "Тенге укрепился на открытии торгов KASE",
            "Средневзвешенный курс доллара снизился на два тенге.",
        ),
        (
            "Алматы",
            "В Алматы перекроют движение на проспекте Абая до конца месяца",
            "Водителям рекомендуют объезжать участок по параллельным улицам.",
        ),
        (
            "Погода",
            "Синоптики предупредили о гололеде на трассах страны",
            "Ограничения движения возможны на севере и в центре Казахстана.",
        ),
        (
            "Пенсия 2026",
            "Пенсионные выплаты проиндексируют с 1 января",
            "Размер прибавки зависит от вида пенсии и стажа.",
        ),
        (
            "Футбол",
            "Финал Премьер-лиги: где смотреть решающий матч",
            "Трансляция начнется за полчаса до стартового свистка.",
        ),
        (
            "Кино",
            "В Павлодаре прошла премьера документального фильма о Естае",
            "Ленту о народном композиторе снимали два года.",
        ),
        (
            "Шымкент",
            "В Шымкенте открыли новую поликлинику на 500 посещений",
            "Медучреждение обслужит жителей трех микрорайонов.",
        ),
        (
            "Налоги",
            "Как получить налоговый вычет за лечение: разъяснение КГД",
            "Подать заявление можно через портал электронного правительства.",
        ),
        (
            "Землетрясение",
            "Землетрясение магнитудой 4,2 зафиксировали в 300 км от Алматы",
            "Подземные толчки в городе не ощущались.",
        ),
        (
            "Кино",
            "Стало известно, когда выйдет продолжение «Кочевых сердец»",
            "Съемки второй части завершатся летом.",
        ),
        (
            "Технологии",
            "Новый iPhone уже продают в Алматы: сколько стоит",
            "Цены в официальных магазинах начинаются от 600 тысяч тенге.",
        ),
        (
            "Бензин",
            "Цены на бензин: что изменится с нового года",
            "Минэнерго не исключает повышения стоимости АИ-92.",
        ),
        (
            "Образование",
            "Названы самые востребованные профессии среди выпускников",
            "В списке — IT-специалисты, врачи и инженеры.",
        ),
        (
            "Опера",
            "В Караганде прошла премьера оперы «Кыз Жибек» в новой редакции",
            "Спектакль шел при полном зале два вечера подряд.",
        ),
        (
            "Астана",
            "Аким Астаны проверил ход ремонта дорог на левом берегу",
            "Работы планируют завершить до конца сентября.",
        ),
        (
            "Рецензия",
            "Почему «Жаркое лето» стоит посмотреть в кино",
            "Разбираем самый обсуждаемый фильм месяца.",
        ),
        (
            "Авто",
            "В Казахстане подорожали подержанные автомобили",
            "Средняя цена машины с пробегом выросла на 8 процентов.",
        ),
    ],
    "kk": [
        (
            "Кино",
            "Астанада «Көшпенділер қаласы» фильмінің премьерасы өтеді",
            "Фильм көрермендерге ай соңында ұсынылады.",
        ),
        (
            "Үкімет",
            "Премьер-министр көктемгі егіс жұмыстарына дайындықты тексерді",
            "Фермерлерге жеңілдетілген несие беру мерзімі ұзартылды.",
        ),
        (
            "Театр",
            "Әуезов театры «Абай» спектаклінің премьерасын ұсынады",
            "Қойылымды жас режиссер сахналады.",
        ),
        (
            "Гаджет",
            "Жаңа смартфон Қазақстан нарығына шықты",
            "Құрылғының бағасы 250 мың теңгеден басталады.",
        ),
        (
            "Валюта",
            "Теңге бағамы нығайды: доллар қанша тұр",
            "Биржада доллар бағамы екі теңгеге төмендеді.",
        ),
        (
            "Алматы",
            "Алматыда жол жөндеу жұмыстары басталды",
            "Жүргізушілерге балама жолдарды пайдалану ұсынылады.",
        ),
        (
            "Ауа райы",
            "Синоптиктер ертеңге арналған ауа райы болжамын жариялады",
            "Елдің солтүстігінде қар жауады.",
        ),
        (
            "Зейнетақы",
            "Зейнетақы 1 қаңтардан бастап индекстеледі",
            "Төлем мөлшері зейнетақының түріне байланысты.",
        ),
        (
            "Футбол",
            "«Қайрат» Премьер-лигада тағы бір жеңіске жетті",
            "Алматылық клуб турнир кестесінде көш бастап тұр.",
        ),
        (
            "Шымкент",
            "Шымкентте 1200 орындық жаңа мектеп ашылды",
            "Мектепте робототехника кабинеті жұмыс істейді.",
        ),
        (
            "Кино",
            "Қарағандыда «Алдар көсе» мультфильмі көрсетіледі",
            "Көрсетілім балалар үшін тегін болады.",
        ),
        (
            "Музыка",
            "Әнші жаңа альбомының тұсаукесерін өткізді",
            "Альбомға он екі ән енген.",
        ),
        (
            "Білім",
            "Жаңа оқу жылында не өзгереді",
            "Министрлік мектеп бағдарламасына өзгерістер енгізеді.",
        ),
        (
            "Қаржы",
            "Ұлттық банк базалық мөлшерлемені өзгеріссіз қалдырды",
            "Келесі шешім екі айдан кейін жарияланады.",
        ),
        (
            "Кино",
            "Қазақ фильмі Еуропадағы кинофестивальдің конкурсына іріктелді",
            "Фильм он бес картинамен бәсекеге түседі.",
        ),
    ],
    "en": [
        (
            "Film",
            'Almaty to host premiere of historical drama "The Great Steppe"',
            "The film's cast will attend the gala screening later this month.",
        ),
        (
            "Government",
            "Prime Minister chairs meeting on flood preparedness",
            "Regional governors were told to clear riverbeds by early April.",
        ),
        (
            "Theatre",
            "Astana Opera announces premiere of new ballet",
            "The production will open the theatre's autumn season.",
        ),
        (
            "Tech",
            "New foldable smartphone premieres in Kazakhstan",
            "Prices start at 700,000 tenge in official stores.",
        ),
        (
            "Football",
            "Premier League: Kairat beat Tobol 2-0 to stay top",
            "Two second-half goals decided the match in Almaty.",
        ),
        (
            "Weather",
            "Heavy snow expected in northern regions",
            "Forecasters warn of blizzards and icy roads.",
        ),
        (
            "Business",
            "Government approves new rules for ride-hailing services",
            "Drivers will need to register as self-employed.",
        ),
        (
            "Film",
            "Kazakh animated film selected for Annecy festival",
            "The short competes with 40 films from around the world.",
        ),
        (
            "Film",
            'Trailer for Kazakh thriller "Night Shift" released',
            "The film is expected in cinemas next spring.",
        ),
        (
            "Travel",
            "Air Astana adds new routes to Europe",
            "Flights to two new destinations start in the summer.",
        ),
        (
            "Economy",
            "Inflation slows for third straight month",
            "Food prices rose less than expected.",
        ),
        (
            "Shymkent",
            "Shymkent opens new cultural centre",
            "The centre includes a library and a concert hall.",
        ),
        (
            "Pensions",
            "Pension payments to rise from January 1",
            "The increase depends on the type of pension.",
        ),
        (
            "Film",
            "Kazakh comedy tops weekend box office",
            "The film earned over 200 million tenge in three days.",
        ),
    ],
}

COMMENTS: dict[str, dict[str, list[tuple[str, str]]]] = {
    "ru": {
        "film": [
            ("Айгуль", "Обязательно схожу, спасибо за информацию!"),
            ("Serik_77", "А в регионах когда покажут? У нас вечно все позже."),
            ("Марина К.", "Билеты дорогие, подожду, пока выложат онлайн."),
            ("Dana", "Наконец-то что-то кроме свадебных комедий."),
            ("гость", "Трейлер смотрел, выглядит достойно."),
        ],
        "other": [
            ("Асхат", "Хорошая новость, давно пора."),
            ("гость", "Посмотрим, что будет на деле."),
            ("Ольга", "Почему об этом сообщают только сейчас?"),
            ("Nurik", "У нас во дворе ничего не меняется уже десять лет."),
            ("Гульнар", "Спасибо редакции за оперативность."),
        ],
    },
    "kk": {
        "film": [
            ("Айгерім", "Міндетті түрде барамыз, рахмет!"),
            ("Ерлан", "Біздің қалада қашан көрсетіледі?"),
            ("қонақ", "Қазақ киносы дамып келе жатқанына қуаныштымын."),
            ("Dina_K", "Билет бағасы қымбат екен."),
        ],
        "other": [
            ("Бауыржан", "Жақсы жаңалық, дер кезінде."),
            ("қонақ", "Іс жүзінде не болатынын көрейік."),
            ("Гүлмира", "Ақпарат үшін рахмет."),
            ("Arman88", "Бізде әлі ештеңе өзгерген жоқ."),
        ],
    },
    "en": {
        "film": [
            ("Aigerim", "Can't wait to see it, thanks for the heads-up!"),
            ("Daniyar_T", "Will it come to Pavlodar too?"),
            ("guest", "Tickets are getting too expensive these days."),
            ("Sara", "Good to see more Kazakh films with English subtitles."),
        ],
        "other": [
            ("Timur", "About time."),
            ("guest", "Let's see what actually happens."),
            ("Alina", "Thanks for the update."),
            ("Yerbol K.", "Nothing has changed in my district for years."),
        ],
    },
}

ADS: dict[str, list[str]] = {
    "ru": [
        "Кредит наличными до 5 млн тенге — решение за 5 минут",
        "Квартиры в новом ЖК у моря — рассрочка 0%",
        "Скидки до 70% на зимнюю обувь — только до воскресенья",
    ],
    "kk": [
        "Жеке кредит 5 минутта — өтінімді онлайн беріңіз",
        "Жаңа тұрғын үй кешенінде пәтерлер — 0% бөліп төлеу",
    ],
    "en": [
        "Open a deposit online — up to 15% per annum",
        "Learn English in 3 months — first lesson free",
    ],
}

AUTHORS: dict[str, list[str]] = {
    "ru": ["Дина Сапарова", "Алексей Ким", "Жанна Мусина", "Ерлан Сагинтаев"],
    "kk": ["Айнұр Сәрсенова", "Ержан Қасымов", "Гүлжан Әбенова"],
    "en": ["Dana Omarova", "Ruslan Tskhay", "Asel Mukasheva"],
}

FLAT_SITES: dict[str, list[str]] = {
    "ru": ["Курьер Степи", "Новости Прииртышья", "Городской портал КЗ"],
    "kk": ["Дала жаршысы", "Жетісу үні"],
    "en": ["Steppe Times", "Central Asia Daily Review"],
}

WIRE_SITE = {"ru": "ДалаИнформ", "kk": "Дала Ақпарат", "en": "Dala Inform"}
TV_SITE = {"ru": "Qyran TV", "kk": "Qyran TV", "en": "Qyran TV"}
BLOG_SITE = {"ru": "Степной вестник", "kk": "Дала тынысы", "en": "Steppe Chronicle"}
BLOG_TAGLINE = {
    "ru": "Новости, люди и события Казахстана",
    "kk": "Қазақстан жаңалықтары мен адамдары",
    "en": "News, people and events from Kazakhstan",
}
DATELINE_CITIES = {
    "ru": ["АСТАНА", "АЛМАТЫ"],
    "kk": ["АСТАНА", "АЛМАТЫ"],
    "en": ["ASTANA", "ALMATY"],
}
WEATHER_CITIES = {
    "ru": ["Алматы", "Астана"],
    "kk": ["Алматы", "Астана"],
    "en": ["Almaty", "Astana"],
}
TV_SCHEDULE: dict[str, list[str]] = {
    "ru": [
        "07:00 Доброе утро, Казахстан",
        "12:00 Новости",
        "14:10 Сериал «Соседи по степи»",
        "18:00 Вечерние новости",
        "20:30 Художественный фильм «Ночной патруль»",
        "23:00 Ночные новости",
    ],
    "kk": [
        "07:00 Қайырлы таң, Қазақстан",
        "12:00 Жаңалықтар",
        "14:10 «Көршілер» телехикаясы",
        "18:00 Кешкі жаңалықтар",
        "20:30 «Түнгі патруль» көркем фильмі",
        "23:00 Түнгі жаңалықтар",
    ],
    "en": [
        "07:00 Good Morning Kazakhstan",
        "12:00 News",
        '14:10 Series "Steppe Neighbours"',
        "18:00 Evening News",
        '20:30 Feature film "Night Patrol"',
        "23:00 Late News",
    ],
}


def human_date(lang: str, iso: str) -> str:
    """A publication date as the site prints it."""
    year, month, day = (int(x) for x in iso.split("-"))
    name = MONTHS[lang][month - 1]
    if lang == "kk":
        return f"{year} жылғы {day} {name}"
    if lang == "en":
        return f"{day} {name} {year}"
    return f"{day} {name} {year}"


def temperature(rng: random.Random, iso: str) -> str:
    """A plausible air temperature for the month of publication."""
    month = int(iso[5:7])
    base = {1: -14, 2: -10, 3: -2, 4: 9, 5: 17, 6: 24, 7: 28, 8: 26, 9: 17, 10: 8, 11: -2, 12: -9}
    t = base[month] + rng.randint(-4, 4)
    return f"+{t} °C" if t > 0 else f"−{abs(t)} °C" if t < 0 else "0 °C"


def rates(rng: random.Random) -> tuple[str, str, str]:
    usd = 495 + rng.randint(0, 2500) / 100
    eur = usd * (1.08 + rng.randint(0, 800) / 10000)
    rub = 5.8 + rng.randint(0, 80) / 100
    return f"{usd:.2f}", f"{eur:.2f}", f"{rub:.2f}"


def pick_headlines(rng: random.Random, item: Item, n: int) -> list[tuple[str, str, str]]:
    """n teaser headlines that are not this story and do not name its films."""
    names = [item.title] + (item.premiere.titles if item.premiere else [])
    pool = [h for h in HEADLINES[item.language] if not any(x in h[1] for x in names)]
    rng.shuffle(pool)
    return pool[:n]


def pick_comments(rng: random.Random, item: Item, n: int) -> list[tuple[str, str]]:
    kind = "film" if item.primary else "other"
    pool = list(COMMENTS[item.language][kind])
    rng.shuffle(pool)
    return pool[:n]


def first_sentence(text: str) -> str:
    for i in range(40, len(text) - 1):
        if text[i] in ".!?" and text[i + 1] == " ":
            return text[: i + 1]
    return text


def slug(index: int, item: Item) -> str:
    return f"{item.published.replace('-', '/')}/{90000 + index * 37}"


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def json_ld(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


class Junk:
    """Collects the unrelated strings placed on a page, in order, without repeats."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, text: str) -> str:
        if text not in self.items:
            self.items.append(text)
        return text


def inline_slots(rng: random.Random, count: int, paragraphs: int) -> list[int]:
    """Paragraph indexes after which an inline teaser or an ad goes (never after the last)."""
    places = list(range(1, max(paragraphs - 1, 1)))
    rng.shuffle(places)
    return sorted(places[: min(count, len(places))])


def render_text(item: Item) -> tuple[str, list[str]]:
    return f"{item.title}\n{item.body}\n", []


def render_flat(item: Item, rng: random.Random, index: int) -> tuple[str, list[str]]:
    lang = item.language
    lex = LEX[lang]
    junk = Junk()
    site = rng.choice(FLAT_SITES[lang])
    heads = pick_headlines(rng, item, 10)
    top, inline, bottom = heads[:3], heads[3:5], heads[5:]
    usd, eur, rub = rates(rng)
    out: list[str] = []
    style = rng.randint(0, 2)
    if style == 0:
        out.append(f"{item.title} - {site}")
    out.extend(f"  • {m}" for m in MENUS[lang])
    out.append(f"  • $ {usd}")
    out.append(f"  • € {eur}")
    out.append(f"  • ₽ {rub}")
    out.append(temperature(rng, item.published))
    out.append(rng.choice(WEATHER_CITIES[lang]))
    out.append(human_date(lang, item.published))
    out.append(f"{rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}")
    if style != 2:
        out.append(f"{lex['trending']}:")
        for rubric, head, _ in top:
            out.append(rubric)
            out.append(junk.add(head))
    else:
        out.append(lex["search"])
        out.append(f"{lex['popular']}: {junk.add(top[0][1])}")
    out.append("")
    out.append(item.title)
    if style == 0:
        out.append("")
        out.append(item.title)
    out.append("")
    out.append(f"  • {human_date(lang, item.published)}")
    out.append(f"  • {rng.randint(120, 9800)}")
    out.append(f"{lex['photo']} {rng.choice(['-', ':'])} {site}")
    paragraphs = item.body.split("\n")
    slots = inline_slots(rng, 2, len(paragraphs))
    for n, paragraph in enumerate(paragraphs):
        out.append(paragraph)
        if n in slots:
            if slots.index(n) == 0:
                out.append(f"{lex['read_also']}: {junk.add(inline[0][1])}")
            else:
                out.append(lex["ad"])
                out.append(junk.add(rng.choice(ADS[lang])))
    out.append("")
    out.append(f"{lex['by']} {rng.choice(AUTHORS[lang])}")
    kind = "film" if item.primary else "other"
    out.append(f"{lex['tags']}: " + ", ".join(rng.sample(TAGS[lang][kind], 3)))
    out.append(f"{lex['share']}: Telegram | WhatsApp | Facebook | VK")
    count = rng.randint(0, 14)
    out.append(f"{lex['comments']} ({count})" if count else lex["no_comments"])
    out.append(lex["error"])
    out.append("")
    out.append(f"{lex['read_also']}:")
    out.append(junk.add(inline[1][1]))
    for rubric, head, _ in bottom:
        out.append("")
        out.append(rubric)
        out.append("")
        out.append(junk.add(head))
    out.append("")
    out.append(lex["subscribe"])
    out.append(lex["app"])
    out.append(lex["cookie"])
    out.append(lex["accept"])
    out.append(f"© 2014–{item.published[:4]} {site}. {lex['rights']}")
    out.append(lex["age"])
    return "\n".join(out) + "\n", junk.items


def head_block(
    item: Item,
    site: str,
    domain: str,
    url: str,
    title_line: str,
    extra_meta: list[str],
    ld: dict[str, Any],
    css: str,
    scripts: list[str],
) -> list[str]:
    desc = first_sentence(item.body.split("\n")[0])
    return [
        "<!DOCTYPE html>",
        f'<html lang="{item.language}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title_line)}</title>",
        f'<meta name="description" content="{attr(desc)}">',
        f'<meta property="og:site_name" content="{attr(site)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{attr(item.title)}">',
        f'<meta property="og:description" content="{attr(desc)}">',
        f'<meta property="og:url" content="{attr(url)}">',
        f'<meta property="og:image" content="https://{domain}/uploads/{url[-5:]}/cover.jpg">',
        f'<meta property="article:published_time" content="{item.published}T09:40:00+05:00">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:title" content="{attr(item.title)}">',
        f'<meta name="twitter:description" content="{attr(desc)}">',
        f'<link rel="canonical" href="{attr(url)}">',
        *extra_meta,
        f'<script type="application/ld+json">{json_ld(ld)}</script>',
        f"<style>{css}</style>",
        *scripts,
        "</head>",
    ]


def render_wire(item: Item, rng: random.Random, index: int) -> tuple[str, list[str]]:
    lang = item.language
    lex = LEX[lang]
    junk = Junk()
    site = WIRE_SITE[lang]
    domain = "dalainform.kz"
    url = f"https://{domain}/{lang}/news/{slug(index, item)}"
    heads = pick_headlines(rng, item, 9)
    usd, eur, rub = rates(rng)
    hour, minute = rng.randint(8, 21), rng.randint(0, 59)
    ld: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": item.title,
        "datePublished": f"{item.published}T{hour:02d}:{minute:02d}:00+05:00",
        "inLanguage": lang,
        "publisher": {"@type": "Organization", "name": site, "url": f"https://{domain}/"},
        "mainEntityOfPage": url,
    }
    css = (
        "body{margin:0;font:15px/1.5 Arial,sans-serif}.topbar{background:#0b2f4f;color:#fff}"
        ".headline{font:700 26px/1.25 Georgia,serif;margin:12px 0}#content{max-width:720px}"
        ".feed li{list-style:none;border-bottom:1px solid #eee}"
    )
    scripts = [
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-DL9XK2"></script>',
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
        "gtag('js',new Date());gtag('config','G-DL9XK2');</script>",
    ]
    out = head_block(item, site, domain, url, f"{item.title} - {site}", [], ld, css, scripts)
    out.append('<body class="wire">')
    out.append(
        f'<div class="cookies" id="cookies"><p>{esc(lex["cookie"])}</p>'
        f'<button type="button" onclick="this.parentNode.remove()">{esc(lex["accept"])}</button>'
        "</div>"
    )
    out.append(
        f'<div class="topbar"><span class="date">{esc(human_date(lang, item.published))}</span>'
        f' <span class="rate">USD {usd}</span> <span class="rate">EUR {eur}</span>'
        f' <span class="rate">RUB {rub}</span> <span class="weather">'
        f"{esc(rng.choice(WEATHER_CITIES[lang]))} {esc(temperature(rng, item.published))}</span>"
        ' <a class="lang" href="/kk/">Қаз</a> <a class="lang" href="/ru/">Рус</a>'
        ' <a class="lang" href="/en/">Eng</a></div>'
    )
    out.append(
        f'<div class="logo"><a href="/{lang}/">{esc(site)}</a>'
        f'<span class="logo-sub">{esc(lex["agency"])}</span></div>'
    )
    out.append(
        '<ul class="rubrics">'
        + "".join(
            f'<li><a href="/{lang}/r{n}/">{esc(m)}</a></li>' for n, m in enumerate(MENUS[lang])
        )
        + "</ul>"
    )
    section = lex["culture"] if item.primary else lex["society"]
    out.append(
        f'<div class="path"><a href="/{lang}/">{esc(lex["home"])}</a> &raquo; '
        f'<a href="/{lang}/section/">{esc(section)}</a></div>'
    )
    out.append('<div class="newsitem">')
    out.append(f'<div class="headline">{esc(item.title)}</div>')
    out.append(
        f'<div class="dt">{hour:02d}:{minute:02d}, {esc(human_date(lang, item.published))}'
        f' <span class="views">{esc(lex["views"])}: {rng.randint(150, 7000)}</span></div>'
    )
    out.append(
        f'<div class="img"><img src="https://{domain}/uploads/{index}/main.jpg" alt="">'
        f'<div class="img-src">{esc(lex["photo"])}: {esc(site)}</div></div>'
    )
    paragraphs = item.body.split("\n")
    agency = site.upper()
    dateline = f"{rng.choice(DATELINE_CITIES[lang])}. {agency} — "
    sep = rng.choice(["<br>", "<br><br>", "<br>\n"])
    slots = inline_slots(rng, 1, len(paragraphs))
    parts: list[str] = []
    for n, paragraph in enumerate(paragraphs):
        parts.append((dateline if n == 0 else "") + esc(paragraph))
        if n in slots:
            head = junk.add(heads[0][1])
            parts.append(
                f'<b>{esc(lex["read_also"])}:</b> <a href="/{lang}/news/{index}1">{esc(head)}</a>'
            )
    out.append('<div id="content">' + sep.join(parts) + "</div>")
    if rng.random() < 0.5:
        out.append(
            '<div class="embed"><iframe width="640" height="360" '
            f'src="https://www.youtube.com/embed/dl{index:03d}x" frameborder="0" '
            "allowfullscreen></iframe></div>"
        )
    kind = "film" if item.primary else "other"
    out.append(
        f'<div class="tags">{esc(lex["tags"])}: '
        + ", ".join(f'<a href="/tag/{n}">{esc(t)}</a>' for n, t in enumerate(TAGS[lang][kind][:3]))
        + "</div>"
    )
    out.append(
        f'<div class="share">{esc(lex["share"])}: <a href="https://t.me/share">Telegram</a>'
        ' <a href="https://wa.me/">WhatsApp</a> <a href="https://facebook.com/sharer">Facebook</a>'
        f' <a href="#print">{esc(lex["print"])}</a></div>'
    )
    out.append("</div>")
    out.append(f'<div class="feed"><div class="feed-title">{esc(lex["feed"])}</div><ul>')
    for n, (_, head, _dek) in enumerate(heads[1:]):
        t = f"{max(hour - n, 0):02d}:{(minute * 7 + n * 13) % 60:02d}"
        out.append(
            f'<li><span class="t">{t}</span> <a href="/{lang}/news/{index}{n}">'
            f"{esc(junk.add(head))}</a></li>"
        )
    out.append("</ul></div>")
    out.append(
        f'<div class="foot">© 2003–{item.published[:4]} {esc(site)}. {esc(lex["rights"])}<br>'
        f'<a href="/about">{esc(site)}</a> <a href="/ads">{esc(lex["ad"])}</a> '
        f"{esc(lex['age'])}</div>"
    )
    out.append(f'<script src="https://{domain}/static/js/wire.min.js?v=4.2"></script>')
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n", junk.items


def render_tv(item: Item, rng: random.Random, index: int) -> tuple[str, list[str]]:
    lang = item.language
    lex = LEX[lang]
    junk = Junk()
    site = TV_SITE[lang]
    domain = "qyran-tv.kz"
    url = f"https://{domain}/{lang}/novosti/{slug(index, item)}"
    heads = pick_headlines(rng, item, 6)
    usd, eur, _ = rates(rng)
    duration = f"{rng.randint(1, 3):02d}:{rng.randint(0, 59):02d}"
    news_word = {"ru": "Новости", "kk": "Жаңалықтар", "en": "News"}[lang]
    ld: dict[str, Any] = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": item.title,
                "datePublished": f"{item.published}T19:05:00+05:00",
                "publisher": {"@type": "Organization", "name": site},
            },
            {
                "@type": "VideoObject",
                "name": item.title,
                "uploadDate": f"{item.published}T19:05:00+05:00",
                "duration": f"PT{int(duration[:2])}M{int(duration[3:])}S",
                "thumbnailUrl": f"https://cdn.{domain}/thumbs/{index}.jpg",
                "contentUrl": f"https://cdn.{domain}/hls/{index}/master.m3u8",
            },
        ],
    }
    css = (
        ".hdr{display:flex;gap:16px;background:#111;color:#fff}.hdr__live{color:#e11}"
        ".video-player{position:relative;aspect-ratio:16/9;background:#000}"
        ".cards{display:grid;grid-template-columns:repeat(3,1fr);gap:12px}"
    )
    scripts = [
        f'<script src="https://cdn.{domain}/player/qplayer.3.8.min.js" defer></script>',
        "<script>window.QPLAYER_CONFIG={autoplay:false,muted:true,ads:{preroll:true}};</script>",
    ]
    meta = [
        f'<meta property="og:video" content="https://cdn.{domain}/hls/{index}/master.m3u8">',
        '<meta property="og:video:type" content="application/x-mpegURL">',
    ]
    out = head_block(
        item,
        site,
        domain,
        url,
        f"{item.title} — {news_word} — {site}",
        meta,
        ld,
        css,
        scripts,
    )
    out.append('<body class="page-news">')
    out.append(
        f'<div class="consent" role="dialog"><span>{esc(lex["cookie"])}</span>'
        f'<a class="consent__ok" href="#">{esc(lex["accept"])}</a></div>'
    )
    out.append('<header class="hdr">')
    out.append(f'<a class="hdr__logo" href="/{lang}/">{esc(site)}</a>')
    out.append(
        '<nav class="hdr__nav">'
        + "".join(f'<a href="/{lang}/m{n}/">{esc(m)}</a>' for n, m in enumerate(MENUS[lang]))
        + "</nav>"
    )
    out.append(f'<a class="hdr__live" href="/{lang}/live/">● {esc(lex["live"])}</a>')
    out.append(
        f'<div class="hdr__info">USD {usd} · EUR {eur} · '
        f"{esc(rng.choice(WEATHER_CITIES[lang]))} {esc(temperature(rng, item.published))}</div>"
    )
    out.append("</header>")
    out.append(
        f'<div class="bc"><a href="/{lang}/">{esc(lex["home"])}</a><span>/</span>'
        f'<a href="/{lang}/novosti/">{esc(news_word)}</a></div>'
    )
    out.append('<main class="news"><article class="news__item">')
    out.append(f'<h2 class="title">{esc(item.title)}</h2>')
    out.append(
        f'<div class="news__meta"><time datetime="{item.published}T19:05">'
        f"{esc(human_date(lang, item.published))}, 19:05</time>"
        f' <span class="views">👁 {rng.randint(300, 25000)}</span></div>'
    )
    out.append(
        f'<div class="video-player" data-src="https://cdn.{domain}/hls/{index}/master.m3u8">'
        f'<div class="vp__poster" style="background-image:url(https://cdn.{domain}/thumbs/'
        f'{index}.jpg)"></div><button class="vp__play" aria-label="play">▶</button>'
        f'<div class="vp__dur">{duration}</div><noscript>{esc(lex["enable_js"])}</noscript>'
        f'<div class="vp__caption">{esc(lex["video"])}: {esc(site)}</div></div>'
    )
    paragraphs = item.body.split("\n")
    out.append(f'<div class="news__lead"><p>{esc(paragraphs[0])}</p></div>')
    out.append(
        f'<div class="news__transcript"><div class="tr__label">{esc(lex["transcript"])}</div>'
        '<div class="tr__body">'
    )
    slots = inline_slots(rng, 1, len(paragraphs))
    for n, paragraph in enumerate(paragraphs[1:], start=1):
        out.append(f'<div class="tr__p"><div class="tr__text">{esc(paragraph)}</div></div>')
        if n in slots:
            head = junk.add(heads[0][1])
            out.append(
                f'<div class="watch-also">{esc(lex["watch_also"])}: '
                f'<a href="/{lang}/novosti/{index}7">{esc(head)}</a></div>'
            )
    out.append("</div></div>")
    out.append(
        f'<div class="news__author">{esc(lex["correspondent"])}: '
        f"{esc(rng.choice(AUTHORS[lang]))}, {esc(lex['operator'])}: "
        f"{esc(rng.choice(AUTHORS[lang]))}</div>"
    )
    out.append(
        f'<div class="news__share"><span>{esc(lex["share"])}</span>'
        '<a class="s-tg" href="#">Telegram</a><a class="s-wa" href="#">WhatsApp</a>'
        '<a class="s-ig" href="#">Instagram</a></div>'
    )
    out.append("</article>")
    comments = pick_comments(rng, item, rng.randint(0, 2))
    out.append(f'<section class="talk"><h3>{esc(lex["comments"])} ({len(comments)})</h3>')
    if not comments:
        out.append(f'<p class="talk__empty">{esc(lex["no_comments"])}</p>')
    for name, text in comments:
        out.append(
            f'<div class="talk__item"><span class="talk__user">{esc(name)}</span>'
            f'<p class="talk__text">{esc(junk.add(text))}</p></div>'
        )
    out.append("</section>")
    out.append(f'<section class="topic"><h3>{esc(lex["topic"])}</h3><div class="cards">')
    for n, (_, head, dek) in enumerate(heads[1:5]):
        out.append(
            f'<a class="card" href="/{lang}/novosti/{index}{n}"><img src="https://cdn.{domain}/'
            f'thumbs/{index}{n}.jpg" alt=""><div class="card__title">{esc(junk.add(head))}</div>'
            f'<div class="card__dek">{esc(junk.add(dek))}</div>'
            f'<div class="card__dur">{rng.randint(1, 4):02d}:{rng.randint(0, 59):02d}</div></a>'
        )
    out.append("</div></section>")
    out.append(f'<aside class="schedule"><h4>{esc(lex["on_air"])}</h4><ul>')
    for line in TV_SCHEDULE[lang]:
        out.append(f"<li>{esc(junk.add(line))}</li>")
    out.append("</ul></aside>")
    out.append("</main>")
    out.append(
        f'<footer class="ftr"><div>© {item.published[:4]} {esc(site)}. {esc(lex["rights"])}</div>'
        f"<div>{esc(lex['app'])}</div><div>{esc(lex['age'])}</div></footer>"
    )
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n", junk.items


def render_blog(item: Item, rng: random.Random, index: int) -> tuple[str, list[str]]:
    lang = item.language
    lex = LEX[lang]
    junk = Junk()
    site = BLOG_SITE[lang]
    domain = "stepvestnik.kz"
    post_id = 4000 + index * 53
    url = f"https://{domain}/{lang}/{item.published[:4]}/{item.published[5:7]}/post-{post_id}/"
    heads = pick_headlines(rng, item, 8)
    comments = pick_comments(rng, item, rng.randint(1, 3))
    usd, _, _ = rates(rng)
    author = rng.choice(AUTHORS[lang])
    ld: dict[str, Any] = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": site, "url": f"https://{domain}/"},
            {
                "@type": "BlogPosting",
                "headline": item.title,
                "datePublished": f"{item.published}T11:20:00+06:00",
                "author": {"@type": "Person", "name": author},
                "commentCount": len(comments),
            },
        ],
    }
    css = (
        ".entry-content p{margin:0 0 1.2em}.sharedaddy ul{display:flex;gap:8px}"
        ".jp-relatedposts-post{width:30%;display:inline-block;vertical-align:top}"
    )
    scripts = [
        f"<script src='https://{domain}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1'></script>",
        '<script>var wpcf7={"api":{"root":"\\/wp-json\\/"}};</script>',
    ]
    meta = [
        '<meta name="generator" content="WordPress 6.5.3">',
        f"<link rel='stylesheet' href='https://{domain}/wp-content/themes/stepnoy/style.css?ver=2.4'>",
        f'<link rel="alternate" type="application/rss+xml" href="https://{domain}/feed/">',
    ]
    out = head_block(item, site, domain, url, f"{item.title} – {site}", meta, ld, css, scripts)
    out.append(f'<body class="post-template-default single single-post postid-{post_id}">')
    out.append(
        '<div id="cookie-law-info-bar" class="cli-bar">'
        f'<span>{esc(lex["cookie"])}</span> <a id="cookie_action_close_header" class="cli_btn">'
        f"{esc(lex['accept'])}</a></div>"
    )
    out.append('<div id="page" class="site">')
    out.append('<header id="masthead" class="site-header">')
    out.append(
        f'<p class="site-title"><a href="https://{domain}/" rel="home">{esc(site)}</a></p>'
        f'<p class="site-description">{esc(BLOG_TAGLINE[lang])}</p>'
    )
    out.append(
        '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
        + "".join(
            f'<li class="menu-item"><a href="/{lang}/c{n}/">{esc(m)}</a></li>'
            for n, m in enumerate(MENUS[lang])
        )
        + "</ul></nav>"
    )
    out.append(
        f'<div class="header-widget">$ {usd} · {esc(rng.choice(WEATHER_CITIES[lang]))} '
        f"{esc(temperature(rng, item.published))}</div>"
    )
    out.append("</header>")
    out.append('<div id="content" class="site-content"><div id="primary" class="content-area">')
    out.append('<main id="main" class="site-main">')
    section = lex["culture"] if item.primary else lex["society"]
    out.append(
        f'<nav class="breadcrumbs"><a href="/{lang}/">{esc(lex["home"])}</a> › '
        f'<a href="/{lang}/category/">{esc(section)}</a> › <span>{esc(item.title)}</span></nav>'
    )
    out.append(
        f'<article id="post-{post_id}" class="post-{post_id} post type-post status-publish">'
    )
    out.append('<header class="entry-header">')
    out.append(f'<h1 class="entry-title">{esc(item.title)}</h1>')
    out.append(
        f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" '
        f'datetime="{item.published}T11:20:00+06:00">{esc(human_date(lang, item.published))}'
        f'</time></span> <span class="byline">{esc(lex["by"])} '
        f'<span class="author vcard">{esc(author)}</span></span> '
        f'<span class="post-views">👁 {rng.randint(40, 3000)}</span></div>'
    )
    out.append("</header>")
    out.append(
        f'<figure class="wp-block-image size-large"><img src="https://{domain}/wp-content/uploads/'
        f'{item.published[:4]}/{post_id}.jpg" alt=""><figcaption>{esc(lex["photo"])}: '
        f"{esc(site)}</figcaption></figure>"
    )
    out.append('<div class="entry-content">')
    paragraphs = item.body.split("\n")
    slots = inline_slots(rng, 2, len(paragraphs))
    for n, paragraph in enumerate(paragraphs):
        if n == 0:
            out.append(f'<p class="lead"><strong>{esc(paragraph)}</strong></p>')
        else:
            out.append(f"<p>{esc(paragraph)}</p>")
        if n in slots and slots.index(n) == 0:
            head = junk.add(heads[0][1])
            out.append(
                f'<blockquote class="read-also"><p>{esc(lex["read_also"])}: '
                f'<a href="/{lang}/post-{post_id + 1}/">{esc(head)}</a></p></blockquote>'
            )
        elif n in slots:
            out.append(
                '<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper">'
                '<iframe width="560" height="315" '
                f'src="https://www.youtube.com/embed/sv{index:03d}q" '
                "allowfullscreen></iframe></div></figure>"
            )
    out.append("</div>")
    out.append(
        '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">'
        f'{esc(lex["share"])}:</h3><ul><li class="share-telegram"><a href="#">Telegram</a></li>'
        '<li class="share-facebook"><a href="#">Facebook</a></li>'
        '<li class="share-jetpack-whatsapp"><a href="#">WhatsApp</a></li></ul></div>'
    )
    kind = "film" if item.primary else "other"
    out.append(
        f'<footer class="entry-footer"><span class="tags-links">{esc(lex["tags"])}: '
        + ", ".join(
            f'<a href="/tag/{n}/" rel="tag">{esc(t)}</a>'
            for n, t in enumerate(TAGS[lang][kind][1:4])
        )
        + "</span></footer>"
    )
    out.append("</article>")
    out.append(f'<div id="jp-relatedposts" class="jp-relatedposts"><h3>{esc(lex["related"])}</h3>')
    for n, (_, head, dek) in enumerate(heads[1:4]):
        out.append(
            f'<div class="jp-relatedposts-post"><a href="/{lang}/post-{post_id - n - 1}/">'
            f'{esc(junk.add(head))}</a><p class="jp-relatedposts-post-excerpt">'
            f"{esc(junk.add(dek))}</p></div>"
        )
    out.append("</div>")
    out.append('<div id="comments" class="comments-area">')
    out.append(f'<h2 class="comments-title">{esc(lex["comments"])}: {len(comments)}</h2>')
    out.append('<ol class="comment-list">')
    for n, (name, text) in enumerate(comments):
        out.append(
            f'<li id="comment-{post_id * 10 + n}" class="comment"><article class="comment-body">'
            f'<footer class="comment-meta"><b class="fn">{esc(name)}</b> '
            f"<time>{esc(human_date(lang, item.published))}</time></footer>"
            f'<div class="comment-content"><p>{esc(junk.add(text))}</p></div>'
            f'<div class="reply"><a class="comment-reply-link" href="#">{esc(lex["reply"])}</a>'
            "</div></article></li>"
        )
    out.append("</ol>")
    out.append(
        f'<div id="respond" class="comment-respond"><h3 id="reply-title">'
        f'{esc(lex["leave_comment"])}</h3><form action="/wp-comments-post.php" method="post">'
        f'<p class="comment-notes">{esc(lex["email_note"])}</p>'
        f'<p><label for="comment">{esc(lex["your_comment"])}</label>'
        '<textarea id="comment" name="comment" rows="6"></textarea></p>'
        f'<p><label for="author">{esc(lex["your_name"])}</label>'
        '<input id="author" name="author" type="text"></p>'
        f'<p><label for="email">{esc(lex["your_email"])}</label>'
        '<input id="email" name="email" type="email"></p>'
        f'<p class="form-submit"><input type="submit" value="{attr(lex["submit"])}"></p>'
        "</form></div>"
    )
    out.append("</div>")
    out.append("</main></div>")
    out.append('<aside id="secondary" class="widget-area">')
    out.append(
        f'<section class="widget widget_recent_entries"><h2 class="widget-title">'
        f"{esc(lex['popular'])}</h2><ul>"
    )
    for n, (_, head, _dek) in enumerate(heads[4:]):
        out.append(f'<li><a href="/{lang}/post-{post_id + 10 + n}/">{esc(junk.add(head))}</a></li>')
    out.append("</ul></section>")
    out.append(
        f'<section class="widget widget_text"><div class="textwidget"><p>{esc(lex["newsletter"])}'
        '</p><form><input type="email" placeholder="email"><button>OK</button></form></div>'
        "</section>"
    )
    out.append("</aside></div>")
    out.append(
        f'<footer id="colophon" class="site-footer"><div class="site-info">© {item.published[:4]} '
        f"{esc(site)}. {esc(lex['rights'])} | {esc(lex['subscribe'])}</div></footer>"
    )
    out.append("</div>")
    out.append(f"<script src='https://{domain}/wp-content/plugins/jetpack/sharing.js'></script>")
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n", junk.items


def build() -> list[dict[str, Any]]:
    """Render every story of BLIND9 and return the jsonl records."""
    order = list(range(len(BLIND9)))
    random.Random(SHUFFLE_SEED).shuffle(order)
    records: list[dict[str, Any]] = []
    html_count = 0
    for index, source in enumerate(order):
        item = BLIND9[source]
        rng = random.Random(SEED * 1000 + index)
        shape = FORMATS[index % len(FORMATS)]
        junk: list[str]
        if shape == "text":
            content, junk = render_text(item)
        elif shape == "flat":
            content, junk = render_flat(item, rng, index)
        else:
            layout = LAYOUTS[html_count % len(LAYOUTS)]
            html_count += 1
            if layout == "wire":
                content, junk = render_wire(item, rng, index)
            elif layout == "tv":
                content, junk = render_tv(item, rng, index)
            else:
                content, junk = render_blog(item, rng, index)
        premiere: dict[str, Any] | None = None
        if item.premiere is not None:
            premiere = {
                "titles": list(item.premiere.titles),
                "date": item.premiere.date,
                "city": item.premiere.city,
                "venue": item.premiere.venue,
            }
        records.append(
            {
                "id": f"blind9_{index:03d}",
                "format": shape,
                "published": item.published,
                "language": item.language,
                "is_cinema": bool(item.primary),
                "primary": item.primary or None,
                "premiere": premiere,
                "body": item.body,
                "junk": junk,
                "content": content,
            }
        )
    return records


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")


if __name__ == "__main__":
    main()
