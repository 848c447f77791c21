"""What the gateway itself says (the bot's dialogue lives in bot/domain). Short, warm and plain:
these are read by people who may be frightened, on a phone someone else may see."""
from __future__ import annotations

TEXTS = {
    "en": {
        "erase_ends_the_call": "If we erase it, the person from our team who is coming can't reach you here any more. ",
        # (staff already in the chat: "the person who is coming" was said to a girl writing with them)
        "erase_ends_the_chat": "If we erase it, the person from our team you're writing with can't reach you here any"
        " more. ",
        # staff handed the chat back to the assistant (the person wrote "hello? are you still there sam?" to silence)
        "handed_back": "The person from our team has stepped out of this chat. You can keep writing here: I'll keep"
        " what you send for our team, and you can ask for a person again any time. If you are in danger now, call 911.",
        # asked what erasing takes with it, after "erase?" ("will those guys still get help if i do tho" got the
        # immigration answer twice); the yes is still awaited
        "erase_what_goes": "If you reply YES, this chat, your number and your words in any report you sent are erased,"
        " and our team can no longer act on what you told us. If you want the people you told us about to get help,"
        " keep it. Nothing is erased unless you reply YES.",
        # "no no keep it!! i just wanted to know" was added to the report, and nobody said nothing was erased
        "not_erased": "OK, nothing was erased. You can keep writing here.",
        "confirm_delete": "Do you want us to erase this chat and your number from our records?"
        " Your words in any report you sent go too. Reply YES to erase it."
        " If not, just keep writing.",
        "erased": "Done. This chat and your number are erased from our records. If you text again, we start fresh.",
        "erased_on_hold": "We erased this chat and your number. One report you made is under a legal hold, so we have"
        " to keep that report for now.",
        "ended": "OK, this chat is closed. Text us any time if you want to talk again. If you are in danger, call 911.",
        "media_received": "Thank you, your photo or file reached us, and our team will be able to look at it."
        " If you can, tell us in a few words what is happening.",
        "stop": "You won't get more messages from us. Text START if you want to talk again.",
        # STOP while a person was called for danger: Twilio blocks every text to this number until START
        "stop_urgent": "You won't get more messages from us, and our team can't text you now. If you are in danger,"
        " call 911. Text START if you want to talk again.",
        "start": "Welcome back. You can text us any time. If you are in danger now, call 911.",
        # HELP while a person from the team holds the chat (it got the line's general help text)
        "help_staff_here": "The person from our team has your message and will answer here. If you are in danger"
        " now, call 911.",
        "call_us": "Call us at {phone}. ",
        "help_intro": "This is {hotline}, a confidential tip line.",
        "help_intro_unnamed": "This is a confidential tip line.",
        "help": "{intro} Text us what you saw or what is happening to you."
        " {contact}If you are in danger now, call 911. Text STOP to stop messages.",
        "after_hours": "Our team is away right now and back {back}. You can still tell us what is happening here,"
        " and staff will see it when they are back. If you are in danger now, call 911.",
        "holding": "We have your message and will answer as soon as we can. If you are in danger now, call 911.",
        # (the bot goes on while the person is on the way: "is joining now" followed by the next question read as a
        # promise not kept); "you or someone else": most who write are telling of others (reporters of a child were
        # told "If you are in immediate danger")
        "joining": "I've asked a person from our team to join this chat. Until they do, you can keep writing here."
        " If you or someone else is in immediate danger, call 911.",
        "languages": "You can write to us in your language. Puedes escribirnos en español. Pode escrever em"
        " português. Vous pouvez écrire en français.",
        "joining_danger": "If you can, call 911 now: emergency help is for everyone, with or without papers. I've"
        " asked a person from our team to join this chat. Until they do, keep writing here.",
        "self_harm_again": "You matter, and you don't have to face this alone. If you might hurt yourself, call or text"
        " 988 now, any time, day or night. A person from our team is on the way.",
        "joining_self_harm": "You matter, and you don't have to face this alone. If you might hurt yourself,"
        " call or text 988 now, any time, day or night. A person from our team is joining this chat.",
        "joining_after_hours": "Thank you for telling us. Our team is away right now and back {back}; your message"
        " will be among the first they see. If you are in immediate danger, call 911 now.",
        "reminder": "Hi, this is a follow-up to your message.\nWe are still here and someone will write to you soon."
        " If you or someone else is in immediate danger, call 911.",
    },
    "es": {
        "erase_ends_the_call": "Si lo borramos, la persona de nuestro equipo que viene ya no te podrá escribir aquí. ",
        "erase_ends_the_chat": "Si lo borramos, la persona de nuestro equipo con la que estás hablando ya no te podrá"
        " escribir aquí. ",
        "handed_back": "La persona de nuestro equipo salió de este chat. Puedes seguir escribiendo aquí: guardo lo que"
        " mandes para el equipo, y puedes pedir una persona otra vez cuando quieras. Si estás en peligro, llama al"
        " 911.",
        "erase_what_goes": "Si respondes SÍ, se borran este chat, tu número y lo que contaste en tu denuncia, y nuestro"
        " equipo ya no podrá hacer nada con lo que nos dijiste. Si quieres que esas personas reciban ayuda, no lo"
        " borres. No se borra nada si no respondes SÍ.",
        "not_erased": "Está bien, no se borró nada. Puedes seguir escribiendo aquí.",
        "confirm_delete": "¿Quieres que borremos este chat y tu número de nuestros registros?"
        " También se borra lo que contaste en tu denuncia. Responde SÍ para"
        " borrarlo. Si no, sigue escribiendo.",
        "erased": "Listo. Borramos este chat y tu número de nuestros registros. Si vuelves a escribir, empezamos de"
        " cero.",
        "erased_on_hold": "Borramos este chat y tu número. Pero por razones legales, por ahora tenemos que guardar una"
        " denuncia que hiciste.",
        "ended": "Listo, cerramos este chat. Escríbenos cuando quieras volver a hablar. Si estás en peligro, llama al"
        " 911.",
        "media_received": "Gracias, nos llegó tu foto o archivo y nuestro equipo lo va a poder ver."
        " Si puedes, cuéntanos en pocas palabras qué está pasando.",
        "stop": "Ya no te enviaremos mensajes. Escribe START si quieres volver a hablar.",
        "stop_urgent": "Ya no te enviaremos mensajes, y nuestro equipo no podrá escribirte. Si estás en peligro,"
        " llama al 911. Escribe START si quieres volver a hablar.",
        "start": "Qué bueno que volviste. Puedes escribirnos cuando quieras. Si estás en peligro ahora, llama al 911.",
        "help_staff_here": "La persona de nuestro equipo tiene tu mensaje y te va a contestar aquí. Si estás en"
        " peligro ahora, llama al 911.",
        "call_us": "Llámanos al {phone}. ",
        "help_intro": "Somos {hotline}, una línea confidencial.",
        "help_intro_unnamed": "Somos una línea confidencial para denunciar.",
        "help": "{intro} Cuéntanos lo que viste o lo que te está pasando."
        " {contact}Si estás en peligro ahora, llama al 911. Escribe STOP para no recibir más mensajes.",
        "holding": "Recibimos tu mensaje y te contestamos lo antes posible. Si estás en peligro ahora, llama al 911.",
        "after_hours": "Nuestro equipo no está ahora; vuelve {back}. Igual puedes contarnos aquí lo que pasa y lo"
        " verán en cuanto vuelvan. Si estás en peligro ahora, llama al 911.",
        "joining": "Ya le avisé a una persona de nuestro equipo para que se una a este chat. Mientras tanto, puedes"
        " seguir escribiendo aquí. Si tú o alguien más está en peligro ahora mismo, llama al 911.",
        "joining_danger": "Si puedes, llama al 911 ahorita: la ayuda de emergencia es para todos, con papeles o sin"
        " papeles. Ya le avisé a una persona de nuestro equipo para que te atienda por aquí. Mientras tanto, sigue"
        " escribiendo aquí.",
        "self_harm_again": "Tu vida importa y no tienes que pasar por esto a solas. Si piensas hacerte daño, llama o"
        " escribe al 988 ahora (hay ayuda en español). Una persona de nuestro equipo ya viene.",
        "joining_self_harm": "Tu vida importa y no tienes que pasar por esto a solas. Si piensas hacerte daño,"
        " llama o escribe al 988 ahora (hay ayuda en español). Una persona de nuestro equipo se va a unir a este chat.",
        "joining_after_hours": "Gracias por contarnos. Nuestro equipo no está ahora y vuelve {back}; tu mensaje"
        " será de los primeros que vean. Si estás en peligro inmediato, llama al 911 ahora.",
        "reminder": "Hola, te escribimos por tu mensaje.\nSeguimos aquí y alguien te va a escribir pronto."
        " Si tú o alguien más está en peligro ahora mismo, llama al 911.",
    },
    "fr": {
        "erase_ends_the_call": "Si nous l'effaçons, la personne de notre équipe qui arrive ne pourra plus vous écrire"
        " ici. ",
        "erase_ends_the_chat": "Si nous l'effaçons, la personne de notre équipe avec qui vous parlez ne pourra plus"
        " vous écrire ici. ",
        "handed_back": "La personne de notre équipe a quitté cette conversation. Vous pouvez continuer à écrire ici :"
        " je garde ce que vous envoyez pour l'équipe, et vous pouvez redemander une personne à tout moment. En danger,"
        " appelez le 911.",
        "erase_what_goes": "Si vous répondez OUI, cette conversation, votre numéro et ce que vous avez dit dans votre"
        " signalement sont effacés, et notre équipe ne pourra plus agir sur ce que vous nous avez dit. Si vous voulez"
        " que ces personnes reçoivent de l'aide, gardez-le. Rien n'est effacé tant que vous ne répondez pas OUI.",
        "not_erased": "D'accord, rien n'a été effacé. Vous pouvez continuer à écrire ici.",
        "confirm_delete": "Voulez-vous que nous effacions cette conversation et votre numéro de nos dossiers ?"
        " Ce que vous avez raconté dans un signalement sera aussi effacé. Répondez OUI pour"
        " l'effacer. Sinon, continuez simplement à écrire.",
        "erased": "C'est fait. Cette conversation et votre numéro sont effacés de nos dossiers. Si vous nous"
        " réécrivez, on"
        " repart de zéro.",
        "erased_on_hold": "Nous avons effacé cette conversation et votre numéro. Mais pour des raisons légales, nous"
        " devons garder pour l'instant un signalement que vous avez fait.",
        "ended": "D'accord, cette conversation est fermée. Écrivez-nous quand vous voulez. Si vous êtes en danger,"
        " appelez le 911.",
        "media_received": "Merci, votre photo ou votre fichier nous est bien parvenu et notre équipe pourra le voir."
        " Si vous le pouvez, dites-nous en quelques mots ce qui se passe.",
        "stop": "Vous ne recevrez plus de messages de notre part. Écrivez START si vous voulez reprendre.",
        "stop_urgent": "Vous ne recevrez plus de messages de notre part, et notre équipe ne pourra plus vous écrire."
        " Si vous êtes en danger, appelez le 911. Écrivez START si vous voulez reprendre.",
        "start": "Rebonjour. Vous pouvez nous écrire à tout moment. Si vous êtes en danger maintenant, appelez"
        " le 911.",
        "help_staff_here": "La personne de notre équipe a votre message et va vous répondre ici. Si vous êtes en"
        " danger maintenant, appelez le 911.",
        "call_us": "Appelez-nous au {phone}. ",
        "help_intro": "Ici {hotline}, une ligne confidentielle.",
        "help_intro_unnamed": "Ici une ligne de signalement confidentielle.",
        "help": "{intro} Écrivez-nous ce que vous avez vu ou ce qui vous arrive."
        " {contact}Si vous êtes en danger maintenant, appelez le 911. Écrivez STOP pour ne plus recevoir de messages.",
        "holding": "Nous avons bien reçu votre message et nous répondrons dès que possible. Si vous êtes en danger"
        " maintenant, appelez le 911.",
        "after_hours": "Notre équipe est absente pour le moment et revient {back}. Vous pouvez quand même nous écrire"
        " ce qui se passe : l'équipe le verra à son retour. Si vous êtes en danger maintenant, appelez le 911.",
        "joining": "J'ai demandé à une personne de notre équipe de rejoindre la conversation. En attendant, vous"
        " pouvez continuer à écrire ici. Si vous ou quelqu'un d'autre êtes en danger immédiat, appelez le 911.",
        "joining_danger": "Si vous le pouvez, appelez le 911 maintenant : les secours sont là pour tout le monde, avec"
        " ou sans papiers. J'ai demandé à une personne de notre équipe de rejoindre la conversation. En attendant,"
        " continuez à écrire ici.",
        "self_harm_again": "Votre vie compte, et vous n'avez pas à affronter ça sans aide. Si vous risquez de vous"
        " faire du mal, appelez ou écrivez au 988 maintenant, jour et nuit. Une personne de notre équipe arrive.",
        "joining_self_harm": "Votre vie compte, et vous n'avez pas à affronter ça sans aide. Si vous risquez de vous"
        " faire du mal, appelez ou écrivez au 988 maintenant, jour et nuit. Une personne de notre équipe rejoint la"
        " conversation.",
        "joining_after_hours": "Merci de nous l'avoir dit. Notre équipe est absente et revient {back} ; votre message"
        " sera parmi les premiers lus. Si vous êtes en danger immédiat, appelez le 911 maintenant.",
        "reminder": "Bonjour, nous revenons vers vous au sujet de votre message.\nNous sommes toujours là et"
        " quelqu'un va vous écrire bientôt. Si vous ou quelqu'un d'autre êtes en danger immédiat, appelez le 911.",
    },
    "pt": {
        "erase_ends_the_call": "Se apagarmos, a pessoa da nossa equipe que está vindo não vai mais conseguir te"
        " escrever aqui. ",
        "erase_ends_the_chat": "Se apagarmos, a pessoa da nossa equipe que está falando com você não vai mais conseguir"
        " te escrever aqui. ",
        "handed_back": "A pessoa da nossa equipe saiu desta conversa. Você pode continuar escrevendo aqui: eu guardo o"
        " que você mandar pra equipe, e você pode pedir uma pessoa de novo quando quiser. Em perigo, ligue 911.",
        "erase_what_goes": "Se você responder SIM, esta conversa, seu número e o que você contou na sua denúncia são"
        " apagados, e nossa equipe não vai mais poder agir com o que você contou. Se você quer que essas pessoas"
        " recebam ajuda, não apague. Nada é apagado se você não responder SIM.",
        "not_erased": "Tá bem, nada foi apagado. Pode continuar escrevendo aqui.",
        "confirm_delete": "Você quer que a gente apague esta conversa e seu número dos nossos registros?"
        " O que você contou na denúncia também será apagado. Responda SIM"
        " para apagar. Se não, é só continuar escrevendo.",
        "erased": "Pronto. Apagamos esta conversa e seu número dos nossos registros. Se escrever de novo, começamos"
        " do zero.",
        "erased_on_hold": "Apagamos esta conversa e seu número. Mas, por motivos legais, precisamos guardar por"
        " enquanto uma denúncia que você fez.",
        "ended": "Tá bem, encerramos esta conversa. Escreva quando quiser falar de novo. Se estiver em perigo, ligue"
        " para o 911.",
        "media_received": "Obrigado, sua foto ou arquivo chegou até nós e nossa equipe vai poder ver."
        " Se puder, conte pra gente em poucas palavras o que está acontecendo.",
        "stop": "Você não vai receber mais mensagens nossas. Escreva START se quiser voltar a conversar.",
        "stop_urgent": "Você não vai receber mais mensagens nossas, e nossa equipe não vai poder te escrever. Se você"
        " está em perigo, ligue para o 911. Escreva START se quiser voltar a conversar.",
        "start": "Que bom que voltou. Pode nos escrever quando quiser. Se você está em perigo agora, ligue para o 911.",
        "help_staff_here": "A pessoa da nossa equipe recebeu sua mensagem e vai te responder aqui. Se você está em"
        " perigo agora, ligue para o 911.",
        "call_us": "Ligue pra gente no {phone}. ",
        "help_intro": "Aqui é {hotline}, uma linha confidencial.",
        "help_intro_unnamed": "Aqui é uma linha confidencial de denúncias.",
        "help": "{intro} Conte pra gente o que você viu ou o que está acontecendo"
        " com você. {contact}Se você está em perigo agora, ligue para o 911. Escreva STOP para não receber mais"
        " mensagens.",
        "holding": "Recebemos sua mensagem e vamos responder o quanto antes. Se você está em perigo agora, ligue"
        " para o 911.",
        "after_hours": "Nossa equipe não está agora e volta {back}. Mesmo assim, pode contar aqui o que está"
        " acontecendo: a equipe vai ver quando voltar. Se você está em perigo agora, ligue para o 911.",
        "joining": "Já chamei uma pessoa da nossa equipe para entrar na conversa. Enquanto isso, você pode continuar"
        " escrevendo aqui. Se você ou outra pessoa estiver em perigo agora, ligue para o 911.",
        "joining_danger": "Se puder, ligue para o 911 agora: a ajuda de emergência é para todo mundo, com ou sem"
        " documentos. Já chamei uma pessoa da nossa equipe para entrar na conversa. Enquanto isso, continue escrevendo"
        " aqui.",
        "self_harm_again": "Sua vida importa, e você não precisa enfrentar isso sem ajuda. Se você está pensando em se"
        " machucar, ligue ou mande mensagem para o 988 agora, a qualquer hora. Uma pessoa da nossa equipe já vem.",
        "joining_self_harm": "Sua vida importa, e você não precisa enfrentar isso sem ajuda. Se você está pensando em"
        " se machucar, ligue ou mande mensagem para o 988 agora, a qualquer hora. Uma pessoa da nossa equipe está"
        " entrando na conversa.",
        "joining_after_hours": "Obrigado por nos contar. Nossa equipe não está agora e volta {back}; sua mensagem"
        " vai estar entre as primeiras que eles vão ver. Se você está em perigo imediato, ligue para o 911 agora.",
        "reminder": "Oi, estamos escrevendo sobre a sua mensagem.\nContinuamos aqui e alguém vai te escrever"
        " em breve. Se você ou outra pessoa estiver em perigo agora, ligue para o 911.",
    },
}


# The web chat has no phone number to erase ("this chat and your number" puzzled people writing from a browser)
WEB: dict[str, dict[str, str]] = {
    "en": {
        "confirm_delete": "Do you want us to erase this chat from our records?"
        " Your words in any report you sent go too. Reply YES to erase it. If not, just"
        " keep writing.",
        "erased": "Done. This chat is erased from our records. If you write again, we start fresh.",
        "erased_on_hold": "We erased this chat. One report you made is under a legal hold, so we have to keep that"
        " report for now.",
    },
    "es": {
        "confirm_delete": "¿Quieres que borremos este chat de nuestros registros?"
        " También se borra lo que contaste en tu denuncia. Responde SÍ para borrarlo. Si no,"
        " sigue escribiendo.",
        "erased": "Listo. Borramos este chat de nuestros registros. Si vuelves a escribir, empezamos de cero.",
        "erased_on_hold": "Borramos este chat. Pero por razones legales, por ahora tenemos que guardar una denuncia"
        " que hiciste.",
    },
    "fr": {
        "confirm_delete": "Voulez-vous que nous effacions cette conversation de nos dossiers ?"
        " Ce que vous avez raconté dans un signalement sera aussi effacé. Répondez OUI pour"
        " l'effacer. Sinon, continuez simplement à écrire.",
        "erased": "C'est fait. Cette conversation est effacée de nos dossiers. Si vous nous réécrivez, on repart"
        " de zéro.",
        "erased_on_hold": "Nous avons effacé cette conversation. Mais pour des raisons légales, nous devons garder"
        " pour l'instant un signalement que vous avez fait.",
    },
    "pt": {
        "confirm_delete": "Você quer que a gente apague esta conversa dos nossos registros?"
        " O que você contou na denúncia também será apagado. Responda SIM para"
        " apagar. Se não, é só continuar escrevendo.",
        "erased": "Pronto. Apagamos esta conversa dos nossos registros. Se escrever de novo, começamos do zero.",
        "erased_on_hold": "Apagamos esta conversa. Mas, por motivos legais, precisamos guardar por enquanto uma"
        " denúncia que você fez.",
    },
}


def text(name: str, language: str = "en", channel: str | None = None, **values: str) -> str:
    """A gateway text in the conversation's language (English where it has none); `channel` "web" picks the web
    chat's wording where it differs."""
    if channel == "web" and name in WEB["en"]:
        return (WEB.get(language) or WEB["en"]).get(name, WEB["en"][name]).format(**values)
    table = TEXTS.get(language) or TEXTS["en"]
    return (table.get(name) or TEXTS["en"][name]).format(**values)
