"""Everything channel admins read, in Russian, Kazakh and English.

Keys live under "channels." so the catalogue can be merged into the bot's shared one;
`t(lang, key, **params)` has the same shape as the shared translation function.
Parameters are escaped by the caller when they come from outside (titles, user input).
"""

from __future__ import annotations

from typing import Protocol

LANGUAGES = ("ru", "kk", "en")
DEFAULT_LANGUAGE = "ru"


class Translate(Protocol):
    def __call__(self, lang: str, key: str, /, **params: object) -> str: ...


_RU = {
    "connect_prompt": (
        "Чтобы подключить канал, отправьте /connect @канал, перешлите сюда любой пост из "
        "канала или нажмите кнопку «Подключить канал» ниже."
    ),
    "connect_button": "Подключить канал",
    "channel_not_found": (
        "Канал {ref} не найден. Проверьте @имя; если канал закрытый, добавьте бота в "
        "администраторы и перешлите сюда любой пост из канала."
    ),
    "not_a_channel": "{ref} — это не канал. Подключить можно только канал.",
    "bot_not_admin": (
        "Бот не администратор канала {channel}. Добавьте бота в администраторы канала с "
        "правом «Публикация сообщений» и повторите."
    ),
    "bot_cannot_post": (
        "Бот — администратор канала {channel}, но без права «Публикация сообщений». "
        "Включите это право в настройках администраторов и повторите."
    ),
    "user_not_admin": (
        "Вы не администратор канала {channel}. Управлять каналом могут только его создатель "
        "и администраторы."
    ),
    "channel_unknown": "Канал {ref} не подключён к боту. Подключите его: /connect {ref}",
    "connected": (
        "Канал {channel} подключён. Режим: {mode}. Настройки: /channel {ref}; "
        "очередь: /queue {ref}."
    ),
    "no_channels": "У вас нет подключённых каналов. Подключите: /connect @канал",
    "channels_header": "Ваши каналы:",
    "channel_line": "• {channel}: {state}; режим {mode}; в очереди {queued}",
    "state_active": "работает",
    "state_paused": "на паузе ({reason})",
    "reason_manual": "поставлен на паузу администратором",
    "reason_rights": "у бота нет права публиковать",
    "reason_removed": "бот удалён из канала",
    "reason_chat_not_found": "канал не найден",
    "mode_instant": "сразу",
    "mode_timetable": "по расписанию",
    "settings": (
        "Канал {channel}\n"
        "Состояние: {state}\n"
        "Режим: {mode}\n"
        "Рубрики: {categories}\n"
        "Слова: {keywords}\n"
        "Языки: {languages}\n"
        "Города: {cities}\n"
        "Не больше постов в день: {max}\n"
        "Слоты: {slots}\n"
        "Тихие часы: {quiet}\n"
        "Часовой пояс: {timezone}\n"
        "Напоминания о премьерах: {reminders}\n"
        "Язык постов: {language}"
    ),
    "any": "любые",
    "none": "нет",
    "on": "вкл",
    "off": "выкл",
    "channel_usage": (
        "Формат: /channel @канал [categories премьера,... | keywords +слово -слово | "
        "cities Алматы,Астана | languages ru,kk | mode instant|timetable | "
        "slots 10:00,14:00,19:00 [mon-fri] | quiet 23:00-08:00|off | timezone Asia/Almaty | "
        "max 10 | reminders on|off | language ru|kk|en | pause | resume | disconnect]"
    ),
    "bad_channel_ref": "«{value}» — не канал. Укажите @имя канала или его числовой id.",
    "unknown_setting": "Неизвестная настройка «{value}». Доступны: {accepted}.",
    "bad_value": "Неверное значение «{value}» для {setting}. Допустимо: {accepted}.",
    "missing_value": "Для {setting} нужно значение. Допустимо: {accepted}.",
    "saved": "Сохранено для {channel}: {setting}.",
    "paused": "Канал {channel} на паузе. Продолжить: /channel {ref} resume",
    "resumed": "Канал {channel} снова публикует.",
    "disconnected": "Канал {channel} отключён; его очередь и расписание удалены.",
    "queue_usage": "Формат: /queue @канал",
    "queue_empty": "Очередь канала {channel} пуста.",
    "queue_header": "Очередь канала {channel}:",
    "queue_line": "{number}. {when} — {title}",
    "queue_unslotted": "без слота",
    "custom_title": "свой текст",
    "reminder_title": "напоминание: {title}",
    "btn_preview": "Показать",
    "btn_now": "Сейчас",
    "btn_move": "Перенести",
    "btn_remove": "Удалить",
    "btn_next_slot": "Ближайший свободный слот",
    "post_gone": "Этот пост уже отправлен или удалён.",
    "posted_now": "Опубликовано в {channel}.",
    "removed": "Пост удалён из очереди {channel}.",
    "moved": "Пост перенесён на {when}.",
    "move_prompt": (
        "Когда опубликовать? Выберите слот или отправьте /move {post} ЧЧ:ММ "
        "(или ГГГГ-ММ-ДД ЧЧ:ММ, или next)."
    ),
    "move_usage": "Формат: /move номер_поста ЧЧ:ММ|ГГГГ-ММ-ДД ЧЧ:ММ|next",
    "schedule_usage": (
        "Формат: /schedule ссылка_или_номер_статьи [@канал] [ЧЧ:ММ|ГГГГ-ММ-ДД ЧЧ:ММ|next]"
    ),
    "article_not_found": "Статья «{value}» не найдена в базе бота.",
    "pick_channel": "У вас несколько каналов; укажите один: {channels}",
    "pick_channel_buttons": "В какой канал?",
    "bad_when": (
        "Неверное время «{value}». Допустимо: ЧЧ:ММ, ГГГГ-ММ-ДД ЧЧ:ММ (время канала) или next."
    ),
    "time_in_past": "Время {when} уже прошло.",
    "time_quiet": "Время {when} попадает в тихие часы канала ({quiet}).",
    "no_free_slot": (
        "У канала {channel} нет свободных слотов. Задайте их: /channel {ref} slots 10:00,19:00"
    ),
    "already_queued": "Эта статья уже есть у канала {channel} (состояние: {status}).",
    "scheduled": "Запланировано в {channel} на {when}.",
    "post_usage": (
        "Формат: /post @канал ЧЧ:ММ|ГГГГ-ММ-ДД ЧЧ:ММ|next, а текст поста — со следующей "
        "строки или ответом на сообщение. Можно добавить кнопку: последней строкой "
        "button: https://..."
    ),
    "post_empty": "Текст поста пуст.",
    "post_too_long": "Пост слишком длинный: {size} символов, можно не больше {limit}.",
    "edit_usage": "Формат: /edit номер_поста, новый текст — со следующей строки или ответом.",
    "edited": "Текст поста {post} изменён.",
    "edit_not_custom": "Изменить можно только свой текст, который ещё не отправлен.",
    "notify_paused_rights": (
        "Канал {channel} поставлен на паузу: у бота больше нет права публиковать. Верните "
        "боту права администратора с «Публикацией сообщений» — публикации продолжатся сами."
    ),
    "notify_paused_removed": (
        "Канал {channel} поставлен на паузу: бот удалён из канала или канал недоступен."
    ),
    "notify_resumed": "Права бота в канале {channel} восстановлены, публикации продолжаются.",
    "notify_skipped": (
        "Бот был недоступен, и {count} слот(ов) канала {channel} пропущено ({times}). "
        "Очередь сохранена и уйдёт в следующие слоты."
    ),
    "notify_post_skipped": (
        "Пост на {when} в канал {channel} пропущен: бот был недоступен дольше {grace} мин. "
        "Перенесите его: /queue {ref}"
    ),
    "notify_failed": "Пост в канал {channel} не отправлен: {error}",
    "notify_retry_later": (
        "Telegram ограничил частоту публикаций в {channel}; пост остался в очереди и будет "
        "отправлен позже."
    ),
    "read_article": "Читать статью",
    "to_channel": "В канал",
    "reminder_header": "Сегодня премьера",
    "not_private": "Управлять каналами можно в личном чате с ботом.",
}

_KK = {
    "connect_prompt": (
        "Арнаны қосу үшін /connect @арна жіберіңіз, арнадан кез келген жазбаны осында "
        "бағыттаңыз немесе төмендегі «Арнаны қосу» түймесін басыңыз."
    ),
    "connect_button": "Арнаны қосу",
    "channel_not_found": (
        "{ref} арнасы табылмады. @атауын тексеріңіз; арна жабық болса, ботты әкімші етіп "
        "қосып, арнадан бір жазбаны осында бағыттаңыз."
    ),
    "not_a_channel": "{ref} — арна емес. Тек арнаны қосуға болады.",
    "bot_not_admin": (
        "Бот {channel} арнасының әкімшісі емес. Ботты «Хабар жариялау» құқығымен әкімші "
        "етіп қосып, қайталаңыз."
    ),
    "bot_cannot_post": (
        "Бот {channel} арнасының әкімшісі, бірақ «Хабар жариялау» құқығы жоқ. Бұл құқықты "
        "қосып, қайталаңыз."
    ),
    "user_not_admin": (
        "Сіз {channel} арнасының әкімшісі емессіз. Арнаны тек оның иесі мен әкімшілері "
        "басқара алады."
    ),
    "channel_unknown": "{ref} арнасы ботқа қосылмаған. Қосу: /connect {ref}",
    "connected": (
        "{channel} арнасы қосылды. Режим: {mode}. Баптаулар: /channel {ref}; кезек: /queue {ref}."
    ),
    "no_channels": "Сізде қосылған арна жоқ. Қосу: /connect @арна",
    "channels_header": "Сіздің арналарыңыз:",
    "channel_line": "• {channel}: {state}; режим {mode}; кезекте {queued}",
    "state_active": "жұмыс істеп тұр",
    "state_paused": "кідіртілген ({reason})",
    "reason_manual": "әкімші кідіртті",
    "reason_rights": "боттың жариялау құқығы жоқ",
    "reason_removed": "бот арнадан шығарылды",
    "reason_chat_not_found": "арна табылмады",
    "mode_instant": "бірден",
    "mode_timetable": "кесте бойынша",
    "settings": (
        "{channel} арнасы\n"
        "Күйі: {state}\n"
        "Режим: {mode}\n"
        "Айдарлар: {categories}\n"
        "Сөздер: {keywords}\n"
        "Тілдер: {languages}\n"
        "Қалалар: {cities}\n"
        "Күніне ең көп жазба: {max}\n"
        "Слоттар: {slots}\n"
        "Тыныш сағаттар: {quiet}\n"
        "Уақыт белдеуі: {timezone}\n"
        "Премьера туралы еске салу: {reminders}\n"
        "Жазбалар тілі: {language}"
    ),
    "any": "кез келген",
    "none": "жоқ",
    "on": "қосулы",
    "off": "өшірулі",
    "channel_usage": (
        "Пішімі: /channel @арна [categories premiere,... | keywords +сөз -сөз | "
        "cities Алматы,Астана | languages ru,kk | mode instant|timetable | "
        "slots 10:00,14:00,19:00 [mon-fri] | quiet 23:00-08:00|off | timezone Asia/Almaty | "
        "max 10 | reminders on|off | language ru|kk|en | pause | resume | disconnect]"
    ),
    "bad_channel_ref": "«{value}» — арна емес. Арнаның @атауын немесе сандық id-ін жазыңыз.",
    "unknown_setting": "«{value}» деген баптау жоқ. Қолжетімдісі: {accepted}.",
    "bad_value": "{setting} үшін «{value}» мәні қате. Рұқсат етілгені: {accepted}.",
    "missing_value": "{setting} үшін мән керек. Рұқсат етілгені: {accepted}.",
    "saved": "{channel} үшін сақталды: {setting}.",
    "paused": "{channel} арнасы кідіртілді. Жалғастыру: /channel {ref} resume",
    "resumed": "{channel} арнасы қайта жариялап жатыр.",
    "disconnected": "{channel} арнасы ажыратылды; оның кезегі мен кестесі өшірілді.",
    "queue_usage": "Пішімі: /queue @арна",
    "queue_empty": "{channel} арнасының кезегі бос.",
    "queue_header": "{channel} арнасының кезегі:",
    "queue_line": "{number}. {when} — {title}",
    "queue_unslotted": "слотсыз",
    "custom_title": "өз мәтіні",
    "reminder_title": "еске салу: {title}",
    "btn_preview": "Көрсету",
    "btn_now": "Қазір",
    "btn_move": "Ауыстыру",
    "btn_remove": "Өшіру",
    "btn_next_slot": "Ең жақын бос слот",
    "post_gone": "Бұл жазба жіберілген немесе өшірілген.",
    "posted_now": "{channel} арнасында жарияланды.",
    "removed": "Жазба {channel} кезегінен өшірілді.",
    "moved": "Жазба {when} уақытына ауыстырылды.",
    "move_prompt": (
        "Қашан жариялау керек? Слотты таңдаңыз немесе /move {post} СС:ММ жіберіңіз "
        "(немесе ЖЖЖЖ-АА-КК СС:ММ, немесе next)."
    ),
    "move_usage": "Пішімі: /move жазба_нөмірі СС:ММ|ЖЖЖЖ-АА-КК СС:ММ|next",
    "schedule_usage": (
        "Пішімі: /schedule мақала_сілтемесі_немесе_нөмірі [@арна] [СС:ММ|ЖЖЖЖ-АА-КК СС:ММ|next]"
    ),
    "article_not_found": "«{value}» мақаласы бот қорында табылмады.",
    "pick_channel": "Сізде бірнеше арна бар; біреуін көрсетіңіз: {channels}",
    "pick_channel_buttons": "Қай арнаға?",
    "bad_when": (
        "«{value}» уақыты қате. Рұқсат етілгені: СС:ММ, ЖЖЖЖ-АА-КК СС:ММ (арна уақыты) немесе next."
    ),
    "time_in_past": "{when} уақыты өтіп кетті.",
    "time_quiet": "{when} уақыты арнаның тыныш сағаттарына ({quiet}) түседі.",
    "no_free_slot": (
        "{channel} арнасында бос слот жоқ. Слот қосу: /channel {ref} slots 10:00,19:00"
    ),
    "already_queued": "Бұл мақала {channel} арнасында бар (күйі: {status}).",
    "scheduled": "{channel} арнасына {when} уақытына жоспарланды.",
    "post_usage": (
        "Пішімі: /post @арна СС:ММ|ЖЖЖЖ-АА-КК СС:ММ|next, ал жазба мәтіні келесі жолдан "
        "немесе хабарға жауап ретінде. Түйме қосуға болады: соңғы жолға button: https://..."
    ),
    "post_empty": "Жазба мәтіні бос.",
    "post_too_long": "Жазба тым ұзын: {size} таңба, ең көбі {limit}.",
    "edit_usage": "Пішімі: /edit жазба_нөмірі, жаңа мәтін келесі жолдан немесе жауап ретінде.",
    "edited": "{post} жазбасының мәтіні өзгертілді.",
    "edit_not_custom": "Тек әлі жіберілмеген өз мәтініңізді өзгертуге болады.",
    "notify_paused_rights": (
        "{channel} арнасы кідіртілді: боттың жариялау құқығы жоқ. Ботқа «Хабар жариялау» "
        "құқығын қайтарыңыз — жариялау өздігінен жалғасады."
    ),
    "notify_paused_removed": (
        "{channel} арнасы кідіртілді: бот арнадан шығарылды немесе арна қолжетімсіз."
    ),
    "notify_resumed": "Боттың {channel} арнасындағы құқықтары қалпына келді, жариялау жалғасады.",
    "notify_skipped": (
        "Бот қолжетімсіз болды, {channel} арнасының {count} слоты өткізілді ({times}). "
        "Кезек сақталды, келесі слоттарда жарияланады."
    ),
    "notify_post_skipped": (
        "{channel} арнасына {when} уақытына жоспарланған жазба өткізілді: бот {grace} "
        "минуттан ұзақ қолжетімсіз болды. Оны ауыстырыңыз: /queue {ref}"
    ),
    "notify_failed": "{channel} арнасына жазба жіберілмеді: {error}",
    "notify_retry_later": (
        "Telegram {channel} арнасында жариялау жиілігін шектеді; жазба кезекте қалды, кейін "
        "жіберіледі."
    ),
    "read_article": "Мақаланы оқу",
    "to_channel": "Арнаға",
    "reminder_header": "Бүгін премьера",
    "not_private": "Арналарды бот пен жеке чатта басқаруға болады.",
}

_EN = {
    "connect_prompt": (
        "To connect a channel, send /connect @channel, forward any post from the channel "
        "here, or press the “Connect a channel” button below."
    ),
    "connect_button": "Connect a channel",
    "channel_not_found": (
        "Channel {ref} was not found. Check the @name; for a private channel, add the bot "
        "as an administrator and forward any post from the channel here."
    ),
    "not_a_channel": "{ref} is not a channel. Only channels can be connected.",
    "bot_not_admin": (
        "The bot is not an administrator of {channel}. Add the bot as an administrator with "
        "the “Post messages” right and try again."
    ),
    "bot_cannot_post": (
        "The bot is an administrator of {channel} but lacks the “Post messages” right. "
        "Turn that right on and try again."
    ),
    "user_not_admin": (
        "You are not an administrator of {channel}. Only its owner and administrators can "
        "manage it."
    ),
    "channel_unknown": "Channel {ref} is not connected to the bot. Connect it: /connect {ref}",
    "connected": (
        "Channel {channel} is connected. Mode: {mode}. Settings: /channel {ref}; "
        "queue: /queue {ref}."
    ),
    "no_channels": "You have no connected channels. Connect one: /connect @channel",
    "channels_header": "Your channels:",
    "channel_line": "• {channel}: {state}; mode {mode}; {queued} queued",
    "state_active": "active",
    "state_paused": "paused ({reason})",
    "reason_manual": "paused by an admin",
    "reason_rights": "the bot may not post",
    "reason_removed": "the bot was removed from the channel",
    "reason_chat_not_found": "the channel was not found",
    "mode_instant": "instant",
    "mode_timetable": "timetable",
    "settings": (
        "Channel {channel}\n"
        "State: {state}\n"
        "Mode: {mode}\n"
        "Categories: {categories}\n"
        "Keywords: {keywords}\n"
        "Languages: {languages}\n"
        "Cities: {cities}\n"
        "Max posts per day: {max}\n"
        "Slots: {slots}\n"
        "Quiet hours: {quiet}\n"
        "Time zone: {timezone}\n"
        "Premiere reminders: {reminders}\n"
        "Post language: {language}"
    ),
    "any": "any",
    "none": "none",
    "on": "on",
    "off": "off",
    "channel_usage": (
        "Usage: /channel @channel [categories premiere,... | keywords +word -word | "
        "cities Almaty,Astana | languages ru,kk | mode instant|timetable | "
        "slots 10:00,14:00,19:00 [mon-fri] | quiet 23:00-08:00|off | timezone Asia/Almaty | "
        "max 10 | reminders on|off | language ru|kk|en | pause | resume | disconnect]"
    ),
    "bad_channel_ref": "“{value}” is not a channel. Give the channel's @name or numeric id.",
    "unknown_setting": "Unknown setting “{value}”. Available: {accepted}.",
    "bad_value": "Wrong value “{value}” for {setting}. Accepted: {accepted}.",
    "missing_value": "{setting} needs a value. Accepted: {accepted}.",
    "saved": "Saved for {channel}: {setting}.",
    "paused": "Channel {channel} is paused. Resume: /channel {ref} resume",
    "resumed": "Channel {channel} is posting again.",
    "disconnected": "Channel {channel} is disconnected; its queue and timetable are deleted.",
    "queue_usage": "Usage: /queue @channel",
    "queue_empty": "The queue of {channel} is empty.",
    "queue_header": "Queue of {channel}:",
    "queue_line": "{number}. {when} — {title}",
    "queue_unslotted": "no slot",
    "custom_title": "own text",
    "reminder_title": "reminder: {title}",
    "btn_preview": "Preview",
    "btn_now": "Post now",
    "btn_move": "Move",
    "btn_remove": "Remove",
    "btn_next_slot": "Next free slot",
    "post_gone": "This post was already sent or removed.",
    "posted_now": "Posted to {channel}.",
    "removed": "The post was removed from the queue of {channel}.",
    "moved": "The post was moved to {when}.",
    "move_prompt": (
        "When should it go out? Pick a slot or send /move {post} HH:MM "
        "(or YYYY-MM-DD HH:MM, or next)."
    ),
    "move_usage": "Usage: /move post_number HH:MM|YYYY-MM-DD HH:MM|next",
    "schedule_usage": (
        "Usage: /schedule article_link_or_id [@channel] [HH:MM|YYYY-MM-DD HH:MM|next]"
    ),
    "article_not_found": "Article “{value}” is not in the bot's database.",
    "pick_channel": "You have several channels; name one: {channels}",
    "pick_channel_buttons": "Which channel?",
    "bad_when": ("Wrong time “{value}”. Accepted: HH:MM, YYYY-MM-DD HH:MM (channel time) or next."),
    "time_in_past": "{when} has already passed.",
    "time_quiet": "{when} falls in the channel's quiet hours ({quiet}).",
    "no_free_slot": "{channel} has no free slots. Set some: /channel {ref} slots 10:00,19:00",
    "already_queued": "{channel} already has this article (state: {status}).",
    "scheduled": "Scheduled for {channel} at {when}.",
    "post_usage": (
        "Usage: /post @channel HH:MM|YYYY-MM-DD HH:MM|next with the post text on the next "
        "lines or as a reply. Add a button with a last line button: https://..."
    ),
    "post_empty": "The post text is empty.",
    "post_too_long": "The post is too long: {size} characters, at most {limit} allowed.",
    "edit_usage": "Usage: /edit post_number with the new text on the next lines or as a reply.",
    "edited": "Post {post} was edited.",
    "edit_not_custom": "Only your own text that has not been sent yet can be edited.",
    "notify_paused_rights": (
        "Channel {channel} is paused: the bot may no longer post there. Give the bot back "
        "administrator rights with “Post messages” and posting resumes by itself."
    ),
    "notify_paused_removed": (
        "Channel {channel} is paused: the bot was removed from it or it is unavailable."
    ),
    "notify_resumed": "The bot's rights in {channel} are back; posting resumes.",
    "notify_skipped": (
        "The bot was down and {count} slot(s) of {channel} were skipped ({times}). "
        "The queue is kept and goes out in the next slots."
    ),
    "notify_post_skipped": (
        "The post for {when} in {channel} was skipped: the bot was down for more than "
        "{grace} min. Move it: /queue {ref}"
    ),
    "notify_failed": "A post to {channel} was not sent: {error}",
    "notify_retry_later": (
        "Telegram limited posting to {channel}; the post stays queued and goes out later."
    ),
    "read_article": "Read the article",
    "to_channel": "To channel",
    "reminder_header": "Premiere today",
    "not_private": "Channels are managed in a private chat with the bot.",
}

CATALOGUE: dict[str, dict[str, str]] = {
    lang: {f"channels.{key}": text for key, text in table.items()}
    for lang, table in (("ru", _RU), ("kk", _KK), ("en", _EN))
}


def language_of(code: str | None) -> str:
    """The catalogue language for a Telegram language_code (Russian when unknown)."""
    base = (code or "").split("-")[0].lower()
    return base if base in LANGUAGES else DEFAULT_LANGUAGE


def t(lang: str, key: str, /, **params: object) -> str:
    """Text for a key in a language, falling back to Russian."""
    table = CATALOGUE.get(lang, CATALOGUE[DEFAULT_LANGUAGE])
    template = table.get(key) or CATALOGUE[DEFAULT_LANGUAGE][key]
    return template.format(**params) if params else template


# (command, description) for setMyCommands, per language; the lead merges them with the rest.
COMMANDS: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": (
        ("connect", "Подключить канал"),
        ("channels", "Мои каналы"),
        ("channel", "Настройки канала"),
        ("queue", "Очередь постов канала"),
        ("schedule", "Запланировать статью в канал"),
        ("post", "Запланировать свой пост"),
        ("edit", "Изменить свой пост"),
        ("move", "Перенести пост"),
    ),
    "kk": (
        ("connect", "Арнаны қосу"),
        ("channels", "Менің арналарым"),
        ("channel", "Арна баптаулары"),
        ("queue", "Арна жазбаларының кезегі"),
        ("schedule", "Мақаланы арнаға жоспарлау"),
        ("post", "Өз жазбаңды жоспарлау"),
        ("edit", "Өз жазбаңды өзгерту"),
        ("move", "Жазбаны ауыстыру"),
    ),
    "en": (
        ("connect", "Connect a channel"),
        ("channels", "My channels"),
        ("channel", "Channel settings"),
        ("queue", "A channel's post queue"),
        ("schedule", "Schedule an article in a channel"),
        ("post", "Schedule your own post"),
        ("edit", "Edit your own post"),
        ("move", "Move a post"),
    ),
}
