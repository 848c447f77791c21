"""What the gateway itself says (the bot's dialogue lives in bot/domain). Short, warm and plain:
these are read by people who may be frightened, on a phone someone else may see."""
from __future__ import annotations

TEXTS = {
    "en": {
        "stop": "You won't get more messages from us. Text START if you want to talk again.",
        "start": "Welcome back. You can text us any time. If you are in danger now, call 911.",
        "help": "This is {hotline}, a confidential tip line. Text us what you saw or what is happening to you."
        " {contact}If you are in danger now, call 911. Text STOP to stop messages.",
        "after_hours": "Our team is away right now and back {back}. You can still tell us what is happening here,"
        " and staff will see it when they are back. If you are in danger now, call 911.",
        "holding": "We have your message and will answer as soon as we can. If you are in danger now, call 911.",
        "joining": "Thank you for telling us. A person from our team is joining this chat now."
        " If you are in immediate danger, call 911. If it stops being safe to text, you can stop at any time.",
        "joining_self_harm": "You matter, and you don't have to face this alone. If you might hurt yourself,"
        " call or text 988 now, any time, day or night. A person from our team is joining this chat.",
        "joining_after_hours": "Thank you for telling us. Our team is away right now and back {back}; your message"
        " will be among the first they see. If you are in immediate danger, call 911 now.",
        "reminder": "Hi, this is a follow-up to your message.\nWe are still here and someone will write to you soon."
        " If you are in immediate danger, call 911.",
    },
    "es": {
        "stop": "Ya no te enviaremos mensajes. Escribe START si quieres volver a hablar.",
        "start": "Bienvenido de nuevo. Puedes escribirnos cuando quieras. Si estás en peligro ahora, llama al 911.",
        "help": "Esto es {hotline}, una línea confidencial. Cuéntanos lo que viste o lo que te está pasando."
        " {contact}Si estás en peligro ahora, llama al 911. Escribe STOP para no recibir más mensajes.",
        "holding": "Recibimos tu mensaje y te contestamos lo antes posible. Si estás en peligro ahora, llama al 911.",
        "after_hours": "Nuestro equipo no está ahora; vuelve {back}. Igual puedes contarnos aquí lo que pasa y lo"
        " verán en cuanto vuelvan. Si estás en peligro ahora, llama al 911.",
        "joining": "Gracias por contarnos. Una persona de nuestro equipo se va a unir a este chat ahora."
        " Si estás en peligro inmediato, llama al 911. Si deja de ser seguro escribir, puedes parar cuando quieras.",
        "joining_self_harm": "Tu vida importa y no tienes que pasar por esto a solas. Si piensas hacerte daño,"
        " llama o escribe al 988 ahora (hay ayuda en español). Una persona de nuestro equipo se va a unir a este chat.",
        "joining_after_hours": "Gracias por contarnos. Nuestro equipo no está ahora y vuelve {back}; tu mensaje"
        " será de los primeros que vean. Si estás en peligro inmediato, llama al 911 ahora.",
        "reminder": "Hola, te escribimos por tu mensaje.\nSeguimos aquí y alguien te va a escribir pronto."
        " Si estás en peligro inmediato, llama al 911.",
    },
}


def text(name: str, language: str = "en", **values: str) -> str:
    table = TEXTS.get(language) or TEXTS["en"]
    return (table.get(name) or TEXTS["en"][name]).format(**values)
