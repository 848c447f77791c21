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


def holding_message(language: str) -> str | None:
    return HOLDING.get(language)
