"""Canned replies for staff, per language. Short, warm, and never promising what the hotline cannot do."""
from __future__ import annotations

CANNED = {
    "en": [
        "Hi, my name is {name} and I'm on the hotline team. I'm here with you now.",
        "Are you safe to text right now?",
        "If you are in immediate danger, please call 911.",
        "Can you tell me where you are? A city, a street or a building is enough.",
        "You're not in trouble for reaching out. You can share as much or as little as you want.",
        "Thank you for telling me. Take your time.",
    ],
    "es": [
        "Hola, me llamo {name} y soy del equipo de la línea. Estoy aquí contigo.",
        "¿Puedes escribir sin peligro ahora?",
        "Si estás en peligro inmediato, llama al 911.",
        "¿Me puedes decir dónde estás? Basta con la ciudad, la calle o el edificio.",
        "No te vas a meter en problemas por escribirnos. Puedes contarnos lo que quieras, mucho o poco.",
        "Gracias por contarme. Tómate tu tiempo.",
    ],
    "fr": [
        "Bonjour, je m'appelle {name} et je fais partie de l'équipe de la ligne. Je suis là avec vous.",
        "Pouvez-vous écrire sans danger en ce moment ?",
        "Si vous êtes en danger immédiat, appelez le 911.",
        "Pouvez-vous me dire où vous êtes ? Une ville, une rue ou un bâtiment, ça suffit.",
        "Vous n'aurez pas de problèmes parce que vous nous avez écrit. Vous pouvez nous en dire autant ou aussi peu"
        " que vous voulez.",
        "Merci de me l'avoir dit. Prenez votre temps.",
    ],
    "pt": [
        "Oi, meu nome é {name} e sou da equipe da linha. Estou aqui com você.",
        "Você pode escrever com segurança agora?",
        "Se você estiver em perigo agora, ligue para o 911.",
        "Pode me dizer onde você está? A cidade, a rua ou o prédio já ajuda.",
        "Você não vai ter problema por ter escrito pra gente. Pode contar o quanto quiser, muito ou pouco.",
        "Agradeço por você me contar. Vá no seu tempo.",
    ],
}


def canned_responses(language: str) -> list[str]:
    return CANNED.get(language, CANNED["en"])
