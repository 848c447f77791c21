"""SMS keywords (Twilio's list): a whole message of one word, in any case, with no other text."""
from __future__ import annotations

import re
import unicodedata
from enum import Enum

from webhooks.triage.assess import is_watched


class Keyword(Enum):
    STOP = "stop"
    START = "start"
    HELP = "help"
    DELETE = "delete"


KEYWORD_WORDS = {
    # and the same plain word in the bot's other languages ("PARE" and "PARAR" were filed as the answer to "when?")
    Keyword.STOP: {"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke", "optout", "parar", "pare",
                   "sair", "cancelar", "arreter", "arrêter", "arrete", "arrête", "arret", "arrêt", "alto"},
    Keyword.START: {"start", "yes", "unstop", "iniciar", "comenzar", "empezar", "comecar", "começar"},
    Keyword.HELP: {"help", "info"},
    # not one of Twilio's: erases the conversation after one confirmation (the opening message names it)
    Keyword.DELETE: {"delete", "erase", "borrar", "borra", "eliminar", "supprimer", "effacer", "apagar"},
}
# A reply to "Reply YES to ..." (a confirmation the gateway asked for), in the bot's languages.
_YES = {"yes", "y", "yeah", "yep", "yup", "ok", "okay", "sure", "confirm", "si", "sí", "s", "claro", "dale",
        "oui", "ouais", "sim", "isso", "yes please", "si por favor", "sí por favor", "oui svp", "sim por favor",
        "yes erase it", "yes delete", "si borra", "sí borra", "si borralo", "sí bórralo", "👍", "do it", "go ahead",
        "go for it", "just do it", "erase it", "delete it", "end it", "hazlo", "borralo", "bórralo", "borrenlo",
        "bórrenlo", "allez-y", "vas-y", "effacez", "pode apagar", "apaga", "pode"}
_NO = {"no", "n", "nope", "nah", "no thanks", "non", "nao", "não", "no gracias", "non merci", "não obrigado",
       "keep going", "continue", "seguir", "sigue", "continuer", "continuar", "👎"}
_CLEAN = re.compile(r"[\s.!¡?¿]+")


# Twilio's keywords are an SMS convention; DELETE works on every channel.
_EVERY_CHANNEL = frozenset({Keyword.DELETE})


# "erase it all" as the message's last sentence, in so many words: "dsl c rosalie. monsieur a vu l ecran. efface tout
# svp vite" (her employer had seen the screen; it got the read-back of her report again)
# the verbs of erasing, in every language the line writes in
_ERASE_VERBS = (r"efface|effacez|supprime|supprimez|borra|borren|borrar|bórralo|borralo|apaga|apague|apaguem|apagar"
                r"|delete|erase|clear")
_ERASE_ALL = re.compile(
    r"(please |pls |svp |stp |por favor |porfa |pode )?(" + _ERASE_VERBS + r")( (tout|todo|tudo|everything|it all|all"
    r"|this|that|the chat|le chat"
    r"|la conversation|esta conversacion|la conversacion|a conversa|el chat|o chat|this chat))"
    r"( (svp|stp|please|pls|porfa|por favor|vite|rapido|ya|now|agora|rn|ahorita|quick|fast))*")


def keyword_of(text: str, channel: str = "sms") -> Keyword | None:
    word = _CLEAN.sub("", text or "").lower()
    for keyword, words in KEYWORD_WORDS.items():
        if word in words:
            return keyword if channel == "sms" or keyword in _EVERY_CHANNEL else None
    last = re.split(r"(?<=[.!?])\s+", (text or "").strip())[-1]
    if _ERASE_ALL.fullmatch(_short(last)):
        return Keyword.DELETE
    return None


def _short(text: str) -> str:
    return " ".join(re.sub(r"[.!¡?¿,]+", " ", text or "").lower().split())


# a yes in a few words ("ya do it", "sii", "que si la borres porfa", "oui allez-y", "sim pode apagar"): every word is a
# yes, a please or the thing being confirmed, and at least one is a yes (they were taken as ordinary messages: the
# confirmation was dropped, and the bot went on with its next question)
_YES_WORD = re.compile(r"(y+e+s+|y+|ya+|yah|ye+a*h*|ye+p|yu+p|o+k+|okay|k+|sure|si+|sí+|sip|simon|simón|s|claro|dale|va"
                       r"|orale|órale|andale|ándale|oui+|ouais|sim+|isso|pode|confirm\w*|correct|right|absolutely"
                       r"|definitely|affirmative|👍|✅)")
# words that go with a yes without being one: a please, the thing confirmed, a thanks
_YES_FILLER = frozenset(
    "please pls plz porfa porfaa porfavor svp stp do it go ahead for just now all everything of that this the chat"
    " conversation my messages erase delete end stop close thanks thank you que la lo los borres borra borralo bórralo"
    " bórrala borrala borren bórrenlo borrenlo borrar todo toda por favor hazlo terminar termina terminalo eso gracias"
    " de una allez vas-y allez-y effacez effacer efface supprimez supprimer tout merci apagar apaga apague tudo pra"
    " obrigado obrigada encerrar fechar a o e thats that's fine good cool".split())
_NOT_A_YES = frozenset("no not dont don't nope nah n non nao não pas wait espera esperen but pero mas mais attends"
                       " hold never nunca later luego".split())


def is_yes(text: str) -> bool:
    short = _short(text)
    if short in _YES:
        return True
    words = short.split()
    if not words or len(words) > 6 or "?" in (text or "") or any(w in _NOT_A_YES for w in words):
        return False
    return all(_YES_WORD.fullmatch(w) or w in _YES_FILLER for w in words) and any(_YES_WORD.fullmatch(w) for w in words)


def confirms_erasing(text: str) -> bool:
    """A yes to "erase this chat?", said with why: "yes hes coming back erase it", "si ya borralo ya viene" (it was
    taken as an ordinary message, the confirmation dropped, and the chat was not erased)."""
    if is_yes(text):
        return True
    words = _short(text).split()
    return bool(words) and bool(_YES_WORD.fullmatch(words[0])) and not any(w in _NOT_A_YES for w in words) and bool(
        _ERASE_WORD.search(_short(text)))


_ERASE_WORD = re.compile(r"\b(" + _ERASE_VERBS + r"|erase it|delete it)\b")


def keeps_it(text: str) -> bool:
    """No to "erase this chat?" in more words: "no no keep it!! i just wanted to know", "no lo borres", "mejor no",
    "deixa", "gardez-le" (it was added to the report, and nobody said nothing was erased)."""
    return is_no(text) or bool(_KEEP_IT.search(_short(text)))


_KEEP_IT = re.compile(r"\b(keep it|keep everything|keep my report|dont (delete|erase)|don'?t (delete|erase)|do not"
                      r" (delete|erase)|no (lo |la )?(borres|borren|borrar)|no borres|mejor no|dejalo|déjalo|dejala"
                      r"|no apague|nao (apague|apaga)|deixa( assim)?|gardez[- ]le|garde[- ]le|n'?efface(z)? pas|nvm"
                      r"|never ?mind)\b")
# a question about what erasing takes with it: "what gets deleted?", "will those guys still get help if i do tho",
# "que se borra?", "o que é apagado?", "qu'est-ce qui est effacé ?"
_WHAT_ERASING_DOES = re.compile(
    r"\b(what|which) (gets|will get|is|will be|would be|do you) (deleted|erased|delete|erase)|\bstill (get|be"
    r" getting) help|\bwhat happens (if|to|when)|\bwill (they|those|the|my) [^?]{0,25}(still|be)|\bque se borra"
    r"|\bse borra (todo|la denuncia|mi denuncia)|\b(van a|siguen|seguiran) (recibir|tener) ayuda|\bo que (e|vai ser)"
    r" apagado|\bqu'?est-ce qui (est|sera) efface")


def asks_what_erasing_does(text: str) -> bool:
    return bool(_WHAT_ERASING_DOES.search(_short(text)))


def is_no(text: str) -> bool:
    return _short(text) in _NO


# "stop texting me for now he'll hear my phone buzz", "no me escribas ahorita que oye el cel": no text back to this
# message (it got one at once, on a phone someone near could hear)
_QUIET = re.compile(
    r"\b(stop|dont|don'?t|do not|quit|no more) (texting|text|txt|messaging|writing|replying|responding|answering)( to)?"
    r" (me|back)\b[^.!?]{0,30}\b(for now|right now|rn|now|till|until|a while|hear|buzz|ring|vibrat\w*)\b"
    # "omg my mom is coming i gotta go dont text me back" (the bot answered at once, and staff could text her)
    r"|\b(dont|don'?t|do not|pls dont|please dont|plz dont) (text|txt|message|msg|write|reply|respond)( to)?( me)?"
    # (not said of later: "please dont text me back later" on a break, "dont text back if i stop answering" got
    # silence, though the person was writing; the conversation keeps it for staff, webhooks/triage/assess.py)
    r" back\b(?! (later|tonight|tomorrow|after|when|if|unless|once|at night|this evening|in the))"
    # "he reads my texts later so dont reply to me after this ok" (three texts answered it)
    r"|\b(dont|don'?t|do not|pls dont|please dont|plz dont) (text|txt|message|msg|write|reply|respond)( to| back)?"
    r"( to)?( me)? after (this|that)\b"
    r"|\b(he|she|they|someone|somebody|the boss)('ll| will|'d| would| can| could| might)? hear (my |the )?(phone|it"
    r"|cell|buzz|notification)\b|\b(my )?(phone|cell) (will|would|might|could|can) (buzz|ring|vibrate|go off)\b"
    r"|\bno me (escribas|escriban|escriba|mandes|manden|mande|contestes|contesten|conteste)( \w+){0,2} (ahorita"
    r"|por ahora|ahora|un rato)\b"
    r"|\b(ya )?no me (contestes|contesten|respondas|respondan|escribas|escriban)( nada| mas| porfa| por favor)?\W*$"
    r"|\b(nao|ne) me (responda|responde|respondam|repondez pas)\W*$"
    r"|\b(va|van|puede|pueden) (a )?(oir|escuchar) (el|mi) (cel|celular|telefono)\b"
    r"|\bnao (me )?(mande|manda|mandem|responda|responde|escreva)( \w+)? (agora|por enquanto|um pouco)\b"
    r"|\b(vai|vao|pode) (ouvir|escutar) (o|meu) (celular|telefone)\b"
    r"|\bne m'?(ecrivez|ecris|repondez|reponds) (pas|plus)( \w+)? (maintenant|pour l'instant|tout de suite)\b"
    r"|\b(il|elle|ils) (va|vont|peut|peuvent) entendre (mon |le )?(telephone|portable|cell)\b", re.IGNORECASE)


# "stop texting me", said as someone comes or wakes (the triage's reading of someone watching): "shes awake!! stop
# texting me pls", "ya viene el encargado, no me escriban" (staff could text her; alone, "stop texting me" asks to end
# the chat, with one confirmation)
_STOP_TEXTING = re.compile(r"\b(stop|quit|no more) (texting|text|txt|messaging|writing)( to)? me\b|\bno me (escribas"
                           r"|escriban|escriba|manden|mandes|mande)\b"
                           # "hes coming up the stairs dont text me" (staff's "ok stay safe" went out)
                           r"|\b(dont|don'?t|do not|pls dont|please dont) (text|txt|message|msg|write|call) me\b"
                           r"|\bpara de (me )?(mandar|escrever)\b|\barretez? de m'?ecrire\b")


def asks_for_quiet(text: str) -> bool:
    """Asked not to be texted back now (the phone would be heard): the message gets no text in answer."""
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return bool(_QUIET.search(plain) or _STOP_TEXTING.search(plain) and is_watched(text) or _STOP_SHOUTED.search(text))


# STOP shouted inside a message, in any language: "ong ay vao roi. STOP dung nhan tin nua" (he came in. STOP, don't
# text any more: a staff text went out), "STOP. hes here"; not "make him STOP"
_STOP_SHOUTED = re.compile(r"(^|[.!?,;]\s*)STOP\b(?!\s+(it|that|him|her|them|the|this|doing|being|calling)\b)")
