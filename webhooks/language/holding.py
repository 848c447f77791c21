"""What a person writing in a language the bot does not converse in gets at once: a staff member will
answer, it is confidential, and the emergency number. Then the conversation is queued for a person
with an interpreter flag.

REVIEW: these were written by the project team, not yet checked by native speakers of each language.
Until a hotline has them reviewed, keep them this short and literal."""
from __future__ import annotations

HOLDING = {
    # REVIEW (ht)
    "ht": "Mèsi paske ou ekri nou. Yon moun nan ekip nou an ap reponn ou byen vit. Sa w di nou rete konfidansyèl."
          " Si gen yon danje kounye a, rele 911.",
    # REVIEW (zh)
    "zh": "谢谢您联系我们。我们的工作人员会尽快回复您。您告诉我们的内容会保密。如果现在有危险，请拨打911。",
    # REVIEW (vi)
    "vi": "Cảm ơn bạn đã nhắn tin. Nhân viên của chúng tôi sẽ trả lời bạn sớm. Những gì bạn nói sẽ được giữ kín."
          " Nếu đang gặp nguy hiểm, hãy gọi 911.",
    # REVIEW (ko)
    "ko": "연락해 주셔서 감사합니다. 곧 저희 직원이 답장해 드릴 것입니다. 말씀하신 내용은 비밀로 유지됩니다."
          " 지금 위험하다면 911에 전화하세요.",
    # REVIEW (ar)
    "ar": "شكرًا لتواصلك معنا. سيرد عليك أحد موظفينا قريبًا. ما تخبرنا به يبقى سريًا."
          " إذا كنت في خطر الآن، اتصل بالرقم 911.",
    # REVIEW (ru)
    "ru": "Спасибо, что написали нам. Наш сотрудник скоро вам ответит. Всё, что вы нам расскажете, останется"
          " конфиденциальным. Если вам сейчас угрожает опасность, звоните 911.",
    # REVIEW (tl)
    "tl": "Salamat sa pag-message sa amin. Sasagutin ka agad ng isa sa aming staff. Kumpidensyal ang sasabihin mo"
          " sa amin. Kung may panganib ngayon, tumawag sa 911.",
}


# said again while the person waits ("hello? may tao po ba?" two minutes on met silence, then English): we are still
# here, and a person who speaks their language is being found
STILL_HERE = {
    # REVIEW (ht)
    "ht": "Nou la toujou. N ap chèche yon moun ki pale lang ou. Si gen yon danje kounye a, rele 911.",
    # REVIEW (zh)
    "zh": "我们还在。我们正在找会说您的语言的工作人员。如果现在有危险，请拨打911。",
    # REVIEW (vi)
    "vi": "Chúng tôi vẫn ở đây. Chúng tôi đang tìm người nói được tiếng của bạn. Nếu đang gặp nguy hiểm, hãy gọi 911.",
    # REVIEW (ko)
    "ko": "저희는 계속 여기 있습니다. 한국어를 할 수 있는 직원을 찾고 있습니다. 지금 위험하다면 911에 전화하세요.",
    # REVIEW (ar)
    "ar": "ما زلنا هنا. نبحث عن شخص يتحدث لغتك. إذا كنت في خطر الآن، اتصل بالرقم 911.",
    # REVIEW (ru)
    "ru": "Мы здесь. Ищем сотрудника, который говорит на вашем языке. Если вам сейчас угрожает опасность,"
          " звоните 911.",
    # REVIEW (tl)
    "tl": "Nandito pa rin kami. Naghahanap kami ng makakausap mo sa wika mo. Kung may panganib ngayon, tumawag sa 911.",
}
# danger told ("他回来了 他在门外 救命": he is back, at the door, help): 911 first, and that a person is asked to answer
# (she got the thank-you greeting again)
DANGER = {
    # REVIEW (ht)
    "ht": "Si ou kapab, rele 911 kounye a. Nou mande yon moun nan ekip nou an pou vin ekri w isit la. Kontinye ekri"
          " nou sa k ap pase.",
    # REVIEW (zh)
    "zh": "如果可以，请现在就拨打911。我们已经请工作人员来这里回复您。请继续告诉我们发生了什么。",
    # REVIEW (vi)
    "vi": "Nếu có thể, hãy gọi 911 ngay. Chúng tôi đã nhờ một nhân viên vào trả lời bạn ở đây. Hãy tiếp tục nhắn cho"
          " chúng tôi biết chuyện gì đang xảy ra.",
    # REVIEW (ko)
    "ko": "가능하면 지금 바로 911에 전화하세요. 저희 직원이 여기서 답장하도록 요청했습니다. 무슨 일이 있는지 계속"
          " 적어 주세요.",
    # REVIEW (ar)
    "ar": "إذا استطعت، اتصل بالرقم 911 الآن. طلبنا من أحد موظفينا أن يرد عليك هنا. اكتب لنا ما يحدث.",
    # REVIEW (ru)
    "ru": "Если можете, звоните 911 прямо сейчас. Мы попросили нашего сотрудника ответить вам здесь. Пишите нам, что"
          " происходит.",
    # REVIEW (tl)
    "tl": "Kung kaya mo, tumawag ka sa 911 ngayon. May isa sa aming staff na sasagot sa iyo dito. Isulat mo lang dito"
          " kung ano ang nangyayari.",
}
_SAID = {"first": HOLDING, "again": STILL_HERE, "danger": DANGER}


def holding_message(language: str, when: str = "first") -> str | None:
    """`when`: "first" (the first message in the language), "again" (still waiting), "danger" (danger told)."""
    return _SAID[when].get(language)
