"""The intake's decisions, kept apart from Rasa so they can be read and tested on their own.

One user turn at a time: `step` reads the message for every field of the tip (so a tip can be told in
any order, or all at once), fills the question that was asked, and says whether the message was not an
answer at all (a question, a request, gibberish), in which case the form steps aside and the rules in
bot/data/questions.yml answer it. `plan` decides which questions are still worth asking.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from bot.actions import take_out
from webhooks.reports import contact, htcds, lexicon, places
from webhooks.reports.codes import codes_in, without_passphrases
from webhooks.reports.extract import (
    Extracted,
    denied_signs,
    extract,
    menu_number,
    merge_facts,
    takes_back_anonymity,
    without_signs,
)
from webhooks.triage.assess import (
    about_a_screen,
    is_missing,
    normalise,
    not_own_phone,
    overdose_told,
    phone_checked,
    says_danger_now,
    says_medical,
)
from webhooks.triage.lexicon import FAMILYS_CHILDREN

# Asked in this order; a question is skipped when what it asks for is already known.
ORDER = ("safe_to_talk", "reporter_role", "privacy_level", "contact", "tip_what", "exploitation_type",
         "tip_where", "tip_when", "tip_who", "tip_control", "tip_more", "tip_confirmed")
# Once staff are on their way (a message said someone is in danger now or was urgent, or the person asked for a
# person): what is happening and where come first, the menus last ("help me he locked me in the room" was asked about
# you or someone else, then for a privacy choice; "i want to talk to a person" was walked through both menus)
DANGER_ORDER = ("safe_to_talk", "tip_what", "tip_where", "tip_who", "tip_control", "tip_when", "exploitation_type",
                "reporter_role", "privacy_level", "contact", "tip_more", "tip_confirmed")
# Someone in danger this minute (an attack, locked in, being taken): what is happening and where, then no more questions
# while staff are on the way; what they write is kept for the team, and the read-back is kept as an unconfirmed report
# for staff, not shown ("he's hitting her right now" went on to the signs of control, the kind and the read-back)
DANGER_NOW_ORDER = ("tip_what", "tip_where", "tip_confirmed")
# A person who tells the tip when asked how to reach them wants to tell first: the contact question comes after the
# tip's questions (it was asked again at once, then explained, and the person kept telling the tip instead)
CONTACT_LATER_ORDER = (*(n for n in ORDER[:ORDER.index("tip_more")] if n != "contact"), "contact",
                       *ORDER[ORDER.index("tip_more"):])
REFERRED_ORDER = ("safe_to_talk", "tip_what", *(n for n in ORDER if n not in ("safe_to_talk", "tip_what")))
PLACE_TIME_PEOPLE = ("tip_where", "tip_when", "tip_who")
MENUS = ("reporter_role", "privacy_level")
FREE_TEXT = frozenset({"contact", "tip_what", "tip_where", "tip_when", "tip_who", "tip_control", "tip_more"})
UNKNOWN = "unknown"
NONE = "none"

# Intents that are never an answer to a question of the intake.
REQUESTS = frozenset({"request_human", "end_conversation", "delete_data", "resume"})
QUESTIONS = frozenset({"ask_police", "ask_immigration", "ask_anonymous", "ask_services", "ask_who", "ask_code"})
SOCIAL = frozenset({"chitchat", "out_of_scope", "thank", "goodbye", "greet"})
# The questions the bot answers wherever they come, and their answers.
ANSWERS = {"ask_police": "utter_not_police", "ask_immigration": "utter_immigration",
           "ask_anonymous": "utter_anonymous", "ask_who": "utter_who_we_are", "ask_services": "utter_services"}

_WORD = re.compile(r"\w+", re.UNICODE)
# "que quede entre nosotros" wishes, it does not ask
_WISH = r"(?! (quede|sea|nadie|no se sepa))"
_QUESTION = re.compile(r"\?|^\s*(who|what|is|are|will|can|do|does|how|why|where|quien|que" + _WISH + r"|como|es|son|me|"
                       r"van|"
                       r"puedo|pueden|qui|est-ce|est ce|quem|vai|vou|posso|voce|vc"
                       # texted: "r u a bot or a real person lol", "ru real", "u a bot" (ignored three times)
                       r"|r u|ru|r ya|u a|u real|r you)\b", re.IGNORECASE)
# "call me", "llámame", "appelez-moi", "me liga": the person's own way to be reached, said as theirs (on normalised
# text); a contact is that, or a number or an email ("the guy's number is 555…" is a contact, but not theirs)
_REACH_ME = (r"\b(reach|call|text|email|contact|message) me\b|\bme (pueden|puedes) (llamar|escribir|contactar)\b|"
             r"\b(pueden|puedes|puede) (llamarme|escribirme|contactarme)\b|"
             r"\b(llamame|llamenme|escribeme|escribanme)\b|\b(appelez|ecrivez|contactez)[- ]moi\b|"
             r"\bme (liga|ligue|ligar|chama)\b")
_NUMBER_OR_EMAIL = r"\d[\d\s().-]{5,}\d|\S@\S"
_CONTACT = re.compile(_NUMBER_OR_EMAIL + "|" + _REACH_ME)
_MY_CONTACT = re.compile(_REACH_ME + r"|\b(my|mi|mon|meu) (number|phone|cell|email|e-mail|numero|telefono|cel|celular"
                         r"|correo|telephone|portable|telefone)\b")
_YES_EMOJI = frozenset("👍👌✅🙂😊🆗✔")
_NO_EMOJI = frozenset("👎❌✖🚫")
_THIS_NUMBER = re.compile(r"\b(this|same|my) (number|phone|cell)\b|\beste (numero|telefono|cel)\b|\bmismo numero\b|"
                          r"\bce (numero|telephone)\b|\bmeme numero\b|\b(este|esse|mesmo) (numero|telefone|celular)\b"
                          r"|\b(neste|nesse|nesse mesmo|neste mesmo) (numero|telefone|celular|cel)\b"
                          # "Karla, a este mismo cel, en las mañanas", "call me on this one" (no number was kept)
                          r"|\b(este|el) mismo (cel|celular|numero|telefono)\b"
                          r"|\beste (celular|cell)\b(?! (no es|nao e))"
                          r"|\b(call|text|reach) me (on|at) this( one)?\b|\bme pueden (llamar|escribir) a este\b",
                          re.IGNORECASE)
_YES = re.compile(r"^\W*(y|ya|yes+|yeah|yep|yup|sure|ok(ay)?|k|si+|sí|sip|claro|dale|oui|ouais|sim|isso|"
                  r"correct|right|exact(o|ement|amente)?|safe|seguro|es seguro|tranquil[ao]?)\b", re.IGNORECASE)
# "wait", "hold on", "espera": not a yes to the read-back (the model read "wait" as one, and the report was filed)
_HOLD_ON = re.compile(r"^\W*(wait|hold on|hang on|one sec|one second|un momento|espera|esperen|esperame|attends"
                      r"|attendez|un instant|espera ai|pera|peraí|perai|calma|look|mira|ecoute|olha)\b"
                      r"(?!\W+(actually|no|not|she|he|they|its|it's|it was|en realidad|no es|no son|es|son|fue|tiene"
                      r"|ela|ele|e|foi))")
_YES_BUT = re.compile(r"^\W*(yes|yeah|yep|yup|ok|okay|si|oui|sim|correct|right)\W+(but|pero|mais|mas|except|excepto"
                      r"|sauf|menos)\b\W*", re.IGNORECASE)
# "sorry, it's correct", "oui c'est exact", "no, esta bien asi" to "what should I change?": nothing to change (on
# normalised text; each was added to the report as a correction)
_ALL_RIGHT = re.compile(r"^\W*((no|nope|nah|nothing)\W+)?(that'?s|thats|its|it'?s) (it|all|all good|everything)\W*$"
                        r"|^\W*(nothing\W+)?(its |it'?s )?all good\W*$"
                        # "wepa, si esta bien", "nada, esta bien, mandelo" (each was added to "Also", and not sent)
                        r"|^\W*((sorry|oops|no|non|nao|perdon|desculpa|pardon|wait|actually|en fait|de hecho|wepa|dale"
                        r"|pues|bueno|nada|nothing|nop|nope)\W+)*"
                        r"((yes|yeah|oui|si|sim|ok|okay)\W+)?((it'?s|its|it is|that'?s|thats|all|c'?est|es|esta|ta|e"
                        r"|tudo|todo|everything|tout|is)\W+)*(correct[oa]?|right|fine|good|ok|exact[oa]?e?|bien( asi)?"
                        r"|ben ca|bon|certo|isso( mesmo)?|bem|bien comme ca|parfait|perfect[oa]?|perfeito)"
                        r"(\W+(now|thanks|thank you|gracias|merci|obrigad[oa]|asi|mandelo|mandalo|envialo|send it"
                        r"|pode mandar|manda|envoyez|envoyez le))*\W*$")
# "ok" after an answer to their question: heard, not an answer to the question asked again ("Where: ok, Immokalee")
_ACK = re.compile(r"(ok(ay|ey|i)?|k+|kk|vale|sale|va|bueno|ya|entiendo|entendido|ah ok|got it|i see|alright|all right"
                  r"|cool|gracias|thanks|thank you|thx|ty|merci|d'accord|ta|ta bom|entendi|obrigad[oa])"
                  r"( (ok|gracias|thanks|thank you|merci|obrigad[oa]))*")
# a hedged yes ("kinda", "más o menos"): an answer to "is it safe to text?", never a yes to the read-back
_HEDGED = re.compile(r"^\W*(kinda|kind of|sort of|sorta|i guess|i think so|for now|more or less|m[aá]s o menos|maso|"
                     r"creo que s[ií]|por ahora|por el momento|plus ou moins|je crois|pour l'instant|mais ou menos|"
                     r"acho que sim|por enquanto)\b", re.IGNORECASE)
_NO = re.compile(r"^\W*(n|no+|nope|nah|not|non|nao|não|nop|negative|not really|todavia no|pas)\b", re.IGNORECASE)
_WORK = re.compile(r"\b(work|job|labou?r|trabaj\w*|chamba|jale|travail\w*|boulot|trabalh\w*|servi[cç]o|emprego|store"
                   r"|tienda|bodega|warehouse|almacen|loja|magasin|fabrica|factory|usine)\b", re.IGNORECASE)
# ("pute", not "put": "you didnt put the guard with the dog" made a farm tip sexual exploitation)
_SEX = re.compile(r"\b(sex\w*|prostitu\w*|escort\w*|massage\w*|masaje\w*|putes?|puta\w*|programa)\b", re.IGNORECASE)
_DURATION = re.compile(lexicon.DURATION)
# "it happened last weekend": when something happened, not when to call
_EVENT = re.compile(r"\b(happen\w*|pas[oó]|pasa|started|began|empez\w*|comenz\w*|since|desde|ago|hace|last|pasad[oa]|"
                    r"still|sigue|todavia|every|cada|depuis|il y a|dernier|derniere|aconteceu|faz|passad[oa]|"
                    # a day named: "foi ontem a noite. a mae dela ja ligou a policia…" (noted, and "when?" asked again)
                    r"yesterday|ayer|anoche|antier|antenoche|ontem|anteontem|hier|avant-hier)\b")
_TIME = re.compile(r"\b(yesterday|today|tonight|last|ago|since|monday|tuesday|wednesday|thursday|friday|saturday|"
                   r"sunday|week|month|year|morning|night|ayer|hoy|anoche|hace|desde|lunes|martes|miercoles|"
                   r"jueves|viernes|sabado|domingo|semana|mes|ano|manana|noche|hier|aujourd|depuis|lundi|mardi|"
                   r"mercredi|jeudi|vendredi|samedi|dimanche|semaine|mois|an|ontem|hoje|desde|segunda|terca|quarta|"
                   r"quinta|sexta|sabado|domingo|semana|mes|\d{1,2}(am|pm|h)|summer|spring|winter|"
                   # a date, day and month either way ("12/3"; not "20-40", the ages of a group)
                   r"(0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])|(0?[1-9]|[12]\d|3[01])[/-](0?[1-9]|1[0-2])|"
                   r"fall|autumn|january|february|march|april|june|july|august|september|october|november|december|"
                   r"verano|primavera|invierno|otono|otoño|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
                   r"septiembre|octubre|noviembre|diciembre|ete|été|printemps|hiver|automne|verao|verão|inverno|"
                   r"outono|years?|yrs?|months?|mths?|weeks?|wks?|days?|hours?|hrs?|a[nñ]os|meses|semanas|d[ií]as|horas"
                   r"|ans|semaines|jours"
                   r"|heures)\b", re.IGNORECASE)
# "actually it was in spring", "perdón, eran 6": a change to something answered before, not an answer to this question
_CORRECTION_CUE = (r"(actually|correction|sorry|oops|wait|i mean|i meant|my bad|en realidad|perdon|perdón|me equivoque|"
                   r"me equivoqué|mejor dicho|corrijo|en fait|pardon|je veux dire|na verdade|desculpa|corrigindo|"
                   r"quer dizer|attendez|attends|espera|espere|hold on)\b")
_CORRECTING = re.compile(r"^\W*" + _CORRECTION_CUE, re.IGNORECASE)
# (one or more: "attendez en fait ils sont 4 pas 3" was kept as a note)
_CORRECTION_LEAD = re.compile(r"^\W*(?:" + _CORRECTION_CUE + r"[\s,.!:-]*)+((it|that) (was|is)\s+)?", re.IGNORECASE)
_ENDING = re.compile(r"\b(stop\w*|end|ending|quit|finish\w*|done|enough|bye|goodbye|leave me|don'?t want to|"
                     # "para" alone, "para ya": stop; "para mi", "para mi prima": for me, for my cousin (to "about you
                     # or someone else?", it got "Do you want to end this chat?")
                     r"dont want to|no more|"
                     r"para(?=\s*($|[.!,]|ya\b|por ?favor|porfa|pls|com isso|de (me |nos )?\w+r(me|nos|le|les)?\b))"
                     # ("desde agosto hasta anoche. ya no": not any more, not the end of the chat)
                     r"|parar|parale|pare|termin\w*|basta|ya no(?= (quiero|puedo|voy a) (seguir|hablar|escribir"
                     r"|continuar|mas|contestar))|no quiero|dejalo|adios|"
                     r"chao|arr[eê]t\w*|fini\w*|assez|laisse|au revoir|chega|parar|tchau|nao quero|"
                     # Portuguese "encerrar" ends a chat; Spanish "me tienen encerrada" is someone locked in (it got
                     # "Do you want to end this chat?")
                     r"(quero|pode|vou|podemos|gostaria de) encerrar|encerr(ar|a|e) (a|o|esta|este|essa|esse) "
                     r"(conversa|chat|atendimento)|não quero)\b", re.IGNORECASE)
# "if i stop", "cuando me voy": a condition (what he threatens if they stop), not a wish to end
_CONDITION = re.compile(r"\b(if|when|unless|until|or else|si|cuando|hasta que|quand|quando|se eu)\s+(\S+\s+){0,2}\S+",
                        re.IGNORECASE)
# a goodbye said in so many words; "that's all", "eso es todo", "só ela" (which the model may call a goodbye) answer
_FAREWELL = re.compile(r"\b(bye+|goodbye|cya|see (you|ya|u)|later|ttyl|gtg|g2g|gotta go|(have|got|need) to go|take care"
                       r"|good ?night|nite|adios|chao|chau|hasta (luego|pronto|manana|la proxima)|nos vemos|me voy"
                       r"|irme|me tengo q(ue)? ir|cuidate|buenas noches|luego (te )?escribo|au revoir|a plus|a\+"
                       r"|bonne (journee|soiree|nuit)|je dois y aller|j'?y aille|je (vous|te) laisse|jte laisse"
                       r"|je pars|a bientot|a tantot|on se reparle|je reviendrai|ciao|tchau|xau|ate (logo|mais|amanha"
                       r"|breve)|falou|flw|fui|preciso (ir|sair)|tenho q(ue)? (ir|sair)|to indo|depois eu (escrevo"
                       r"|volto)|beijos)(?!\w)", re.IGNORECASE)
_OTHERS_ERASE = re.compile(r"\b(tells?|told|makes?|made|asks?|asked|wants?|wanted|forces?|forced|gets?|got)"
                           r" (him|her|them|me|us|the \w+) to (delet|eras|remov|wipe|borr|elimin|apag)\w*"
                           # "he told me to keep him a secret… and delete our chats" (it offered to erase this chat)
                           r"|\b(tells?|told|makes?|made|asks?|asked|wants?|wanted) (him|her|them|me|us) to"
                           r" [^.!?]{0,60}\b(and|y|e|et|then) (to )?(delete|erase|remove|wipe|borrar|eliminar"
                           r"|apagar)\b"
                           r"|\b(le|les|me|nos) (dice|dicen|dijo|pide|piden|obliga|obligan|hace|hacen) (que )?"
                           r"(borr|elimin|apag)\w*")
_ERASING = re.compile(r"\b(delet\w*|eras\w*|remov\w*|wipe|borr\w*|elimin\w*|supprim\w*|effac\w*|apag\w*|"
                      r"exclu\w*|destru\w*)\b", re.IGNORECASE)


def names_erasing(text: str) -> bool:
    """The message says erase, in some word ("delete", "borra", "apaga", "efface", "clear the chat")."""
    return bool(_ERASING.search(text) or re.search(r"\b(clear|limpia|limpiar|limpa|limpar)\s+(this|the|el|este|la|esta"
                                                   r"|o|a|essa|esse)?\s*(chat|conversation|conversacion|conversa|historial"
                                                   r"|messages|mensajes|mensagens)\b", normalise(text)))


# "just her", "solo ella", "só ela", "ella sola": one person, whom it is about (it was filed as a sign of control)
_JUST_ONE = re.compile(r"^\W*((just|only|solo|so|seulement|juste|nomas|nada mas)\s+(her|him|me|myself|ella|el|yo|ela"
                       r"|ele|eu|elle|lui|moi|one person|una persona|uma pessoa|une personne)|(ella|el|yo|ela|ele|eu"
                       r"|elle|lui|moi|she|he|me) (sola|solo|sozinha|sozinho|seule?|alone))( i think| creo| acho)?"
                       r"\s*($|[,.;!])")  # not "yo solo trabajo ahí"
# the reporter's own age, said in passing by someone reporting on others ("im 45 and i saw 3 girls…", "tengo 60 años"):
# not an age of the people affected (it was read back under who)
_OWN_AGE = re.compile(r"\b(i'?m|i am|i was|yo tengo|tengo|eu tenho|tenho|j'ai|moi j'ai)( an?| like| about| around| como"
                      r"| unos| uns| environ)? (?P<a>\d{1,2})(?=\s*(-| )?(years?|yrs?|y ?o|anos|ans)\b|\s*[,.;!?]|\s*$"
                      r"|\s+(and|y|e|et|but|pero|mas|so|and i|y yo|e eu)\b)")
_CODE = re.compile(r"\b(?:codes?|codigos?|ref(?:erence|erencia)?|pass ?phrases?|passwords?|contrasenas?|claves?|senhas?"
                   r"|phrases? secretes?|mot de passe|protocolo|folio"
                   r"|(?:report|case|caso|ticket|tracking|tip) ?(?:number|id)"
                   r"|(?:numero|number)\b.{0,30}\b(?:caso|case|reporte|report|denuncia|referencia|dossier|signalement))\b"
                   r"|\b(?:report|case|caso) ?#")
_PERSON = re.compile(r"\b(person|human|real|agent|representative|operator|counsel\w*|advocate|staff|talk|speak"
                     # ("calle": a street, not a call)
                     r"|calls?|called|calling|callback|"
                     r"persona|humano|agente|asesor\w*|operador\w*|hablar|llam\w*|platicar|personne|humain|"
                     r"conseill\w*|parler|appel\w*|pessoa|atendente|falar|lig\w*)\b", re.IGNORECASE)
# "esqueci de falar q o dono se chama Marcos", "se me olvidó decir que…", "i forgot to say…": more of the tip (it was
# read as asking for a person, and "I'm asking a person from our team…" came instead of adding it to the report)
_FORGOT_TO_SAY = re.compile(r"\b(forgot to (say|tell|mention|add)|i forgot|se me olvido|olvide (decir|decirte"
                            r"|decirles|de decir)|me falto decir|esqueci (de )?(falar|dizer|contar)"
                            r"|j'ai oublie de (dire|preciser|mentionner))\b")
# a question, not an answer ("es de..." is not)
_ASKS = re.compile(r"\?|^\s*(who|what|is|are|will|can|do|does|how|why|where|qui[eé]n|qu[eé]" + _WISH
                   + r"|c[oó]mo|d[oó]nde|cu[aá]ndo|puedo|pueden|est-ce|quem|posso)\b", re.IGNORECASE)
# "otra persona" answers "about you or someone else?"; it does not ask for a person
# "the women look scared and dont talk to customers": what others do, not a request (a person was called)
_NOT_TALKING = re.compile(r"\b(don'?t|dont|doesn'?t|doesnt|never|no|not|can'?t|cant|won'?t|wont|nunca|nao) (\w+ )?(talk"
                          r"|speak|hablan?|falam?|platican?)( much| a lot)? (to|with|con|com|a) \w+")
# "el dueño se llama don Rigo", "se chama Marcos": a name, not a call (a person was called)
_NAMED_AS = re.compile(r"\b(se|me|te) (llama|llaman|llamo|llamaba|chama|chamo|appelle)\b|\bllamad[oa]s?\b")
_OTHER_PERSON = re.compile(r"\b(otra|another|other|autre|outra|alguien|someone|somebody)\s+"
                           r"(persona|person|personne|pessoa|m[aá]s|else)\b", re.IGNORECASE)
# "i need to report something", "quiero hacer una denuncia": the tip is coming, this is not it yet
_ANNOUNCING = re.compile(
    r"\b((want|need|wanna|would like|'d like|have|got|trying|here|calling|writing|texting) (to )?(report|tell|share|"
    r"let (you|someone) know|make a report|file a report)|i have (a|some) (tip|info\w*|report)|something to report|"
    r"(quiero|quisiera|necesito|vengo a|queria|me gustaria|voy a) (hacer |poner |levantar )?(una )?(denuncia\w*|"
    r"denunciar|reportar?|contar\w*|avisar|decir\w*|informar)|tengo (una denuncia|un reporte|algo que (contar|decir|"
    r"denunciar|reportar))|(je veux|je voudrais|j'aimerais|je souhaite) (signaler|denoncer|faire un signalement|"
    r"vous dire)|(quero|queria|gostaria de|preciso) (fazer uma )?(denuncia\w*|denunciar|relatar|contar|informar|"
    r"reportar)|(someone|somebody|a (patient|client|student|friend|customer|coworker|co-worker|neighbou?r|girl|woman"
    r"|lady|kid)) (told|tells) me (something|about (something|a situation))|(un|una|mi) (paciente|cliente|alumn[oa]"
    r"|amig[oa]|vecin[oa]|companer[oa]) me (conto|dijo) algo)\b", re.IGNORECASE)
_WAGE_ONLY = frozenset({"TakesEarnings", "ExcessiveWorkingHours"})
_RUDE_ONLY = frozenset({"PsychologicalAbuse"})  # insults or humiliation from a boss, and nothing that holds the person
# when in the day something happens, not when it happened: "coming and going at night" (told to "where?", it was
# filed as the answer to "when?")
_TIME_OF_DAY = re.compile(r"\b(at|in the|every|all|por la|en la|a la|toda la|todas las|las|la|le|les|à|a|de|pela|toda a"
                          r"|todas as|durante la|during the) (night|nights|morning|mornings|evening|evenings|afternoon"
                          r"|afternoons|noche|noches|manana|mananas|tarde|tardes|nuit|nuits|matin|matins|soir|soirs"
                          r"|noite|noites|manha|manhas)\b", re.IGNORECASE)
# people doing something, said first: "men show up in cars" (to "where?", it was read back as the place)
_PEOPLE_DOING = re.compile(r"^\W*(men|women|guys|girls|people|they|he|she|cars|trucks|vans|hombres|mujeres|muchachas"
                           r"|muchachos|ellos|ellas|el|ella|gente|carros|hommes|femmes|filles|gens|ils|elles|il|elle"
                           r"|homens|mulheres|meninas|eles|elas|ele|ela) (\w+ )?(come|comes|came|go|goes|went|show"
                           r"|shows|showed|pull|pulls|drive|drives|drop|drops|pick|picks|leave|leaves|arrive|arrive\w*|llega\w*"
                           r"|vienen|viene|van|va|salen|sale|entran|entra|recogen|traen|llevan|viennent|vient|arrivent"
                           r"|partent|sortent|entrent|chegam|chega|vem|saem|entram|levam|buscam)\b")
# someone doing something: a story, not a bare place or time
_SOMEONE_DOES = re.compile(r"\b(i|im|we|they|he|she|them|him|her|people|workers|girls|guys|women|men|kids|ellos"
                           r"|ellas|ella|nos|los trabajadores|las muchachas|ils|elles|il|elle|on les|eles|elas|ele"
                           r"|ela)\b")
# a message that only starts a story: "ok so", "well", "bueno pues", "alors", "então"
_ONLY_A_START = re.compile(r"^\W*((ok|okay|k|so|well|um+|uh+|hm+|alright|right|basically|anyway|bueno|pues|este"
                           r"|entonces|mira|oye|ok pues|bon|alors|eh bien|donc|bem|entao|tipo|olha|e assim|so basically"
                           r"|ok so|okay so|well so|so um+)\W*){1,3}$")
_FREE = re.compile(r"\b(can|could) (quit|leave|go)\b|\bfree to (leave|go|quit)\b|\bquit (whenever|any ?time)\b|"
                   # "nos deja ir a la casa y todo", "he lets us go home" (filed as forced labour)
                   r"\b(nos|me) (deja|dejan) (ir|irnos|irme|salir)( \w+){0,2} (a la |a mi |a nuestra )?casa\b|"
                   r"\b(he|they|she|the boss) (lets?|let) (us|me) go home\b|\b(we|i) (go|get to go) home (every|at)\b|"
                   r"\b(a gente|eu) (vai|vou) pra casa\b|\bon rentre (chez nous|a la maison)\b|"
                   r"\b(puedo|podemos) (renunciar|irme|irnos|salir|dejar\w*)\b|\bme puedo ir\b|\bnos podemos ir\b|"
                   r"\bsoy libre de\b|\b(je peux|on peut) (partir|d[ée]missionner|quitter)\b|\blibre de partir\b|"
                   r"\b(posso|podemos) (sair|ir embora|pedir demiss\w*)\b"
                   # "a gente pode sair quando quiser" (filed as forced work)
                   r"|\b(a gente|eu|nos|ela|ele|elas|eles) (pode|podem|posso|podemos) (sair|ir embora)\b(?! (so|somente"
                   r"|apenas|com ele|com ela|de vez em quando))"
                   # already gone: "ya renuncié y busco otro trabajo" (the intake went on to "work, sex or...?")
                   r"|\b(i|we) (already )?(quit|left)\b|\bi'?ve (already )?quit\b|\b(ya )?renunci[eé]\b"
                   r"|\bya me (sal[ií]|fui)\b|\bj'ai (d[ée]missionn[ée]|quitt[ée] (ce|mon) (travail|boulot|emploi))\b"
                   r"|\bpedi (as contas|demiss[aã]o)\b|\bj[aá] sa[ií] (de l[aá]|desse emprego)\b"
                   # "si me quiero salir me salgo, ya estoy buscando otro trabajo", "im looking for another job"
                   r"|\bsi me quiero (salir|ir) me (salgo|voy)\b|\bme puedo salir\b|\b(ya )?(estoy|ando) buscando otro"
                   r" (trabajo|jale|chamba)\b|\b(i'?m|im|i am) (already )?looking for (another|a new) job\b"
                   r"|\b(to|estou) procurando outro (emprego|trampo|trabalho)\b"
                   r"|\bje cherche un autre (travail|boulot)\b"
                   # "nobody is forcing me or anything i just hate it there"
                   r"|\b(nobody|no one|noone|nadie|ningu[eé]m|personne)( is| s|'s)? (forc\w*|obliga|me obliga|me obriga"
                   r"|ne m'?oblige)\b|\b(i'?m|im|i am) not (forced|stuck|trapped)\b"
                   # told in the past, or home every night: "a mi nadie me obligo, yo me fui cuando quise", "nobody
                   # forced me", "i go home every night", "no es trata, es robo de salario" (filed as forced labour)
                   r"|\b(nobody|no one|noone|nadie|ningu[eé]m|personne)( me| nos)? (forced|obligo|obligaba|obrigou"
                   r"|m'?a oblige)\b|\b(me|nos) (fui|fuimos) cuando (quise|quisimos)\b"
                   r"|\b(i|we) (go|went) home (every|each) (night|day)\b"
                   r"|\b(i|we) (go|went) home after (work|my shift)\b"
                   r"|\b(me voy|nos vamos|vuelvo|volvemos) a (mi|nuestra) casa (cada|todas las) noches?\b"
                   r"|\b((it'?s|its|it is|this is|this'?s) not|isn'?t|isnt|is not|aint) (like |really )?(human )?"
                   r"trafficking\b"
                   r"|\bno es trata\b|\bnao e trafico\b|\bce n'?est pas de la traite\b", re.IGNORECASE)
# What a workplace complaint is about (pay, hours, breaks, firing, harassment...): "its the ladies at the nail place by
# my job", labelled workplace_problem, names a job and no problem with it, and is no reason to turn a tip away.
_WORK_PROBLEM = re.compile(
    # (not a time: "theyre about to discharge her in like an hour. what happens now?", from an ER nurse, got the
    # labour referral)
    r"\b(pay\w*|paid|paycheck|checks?|overtime|wages?|salar\w*|fired|let go|(?<!\ban )(?<!\bone )(?<!\bhalf an )hours?"
    r"(?! (ago|from now|away|later))|hrs|shifts?|breaks?|lunch|tips|sick"
    r"|vacation|holiday|workers comp|harass\w*|yell\w*|rude|bull(y|ies|ying)|discriminat\w*|written up|schedul\w*"
    r"|clock\w*|deduct\w*|w2|contractor|raise|promotion|hr|uniform|pregnant|injur\w*|hurt|quit|leave|treat\w*"
    r"|insult\w*|comments|day off|time off|cuss\w*|racis\w*|unfair|free to go|touch\w*|jokes?|sent home|complain\w*"
    r"|bathroom|restroom|tip pool"
    r"|pag\w*|sueldo|cheque|horas?|despid\w*|corr(ieron|io)|turnos?|descansos?|propinas?|acos\w*|grit\w*"
    r"|(me|nos|los|las|la|lo) trata\w* mal|maltrat\w*|renunci\w*|descont\w*|descuent\w*|quincena|incapacidad"
    r"|accidente|lastim\w*|vacaciones|enferm\w*|embarazada|discrimin\w*|humill\w*|comentarios|contratista"
    r"|equipo de seguridad|ventilacion|horario|echaron|deben|dia libre|injust\w*|libre de irme|permiso|uniforme"
    r"|checar|me puedo ir|bano|tomar agua|calor|burla\w*|acento|me dejaron ir|sin (ningun )?aviso|noche para trabajar"
    r"|paie|salaire|heures?|(me|nous|les|la|le) trait\w* mal|maltrait\w*|licenci\w*|virer|vire|pauses?"
    r"|pourboires?|harcel\w*|crie|demission\w*|conges?|retenu\w*|sans raison|remarques|chaleur|sans eau"
    r"|salario|demitid\w*|demitiram|folgas?|gorjetas?|assedi\w*|grita\w*|demissao|ferias|desconta\w*"
    r"|mandad[oa] embora|piadinha|almoco|aumento)\b")
# "i'm scared he will find out i told", "tengo miedo de que se entere": the fear of being found out
_FEARS_BEING_FOUND_OUT = re.compile(
    r"\b(scared|afraid|fear|worried|worry|terrified|miedo|temo|asustad[oa]|preocupad[oa]|peur|medo)\b.{0,40}?"
    r"\b(find\w* out|hears?( about)?|se entera|oye|escucha"
    r"|found out|know|knows|se entere\w*|se de cuenta|sepa|sepan|descubr\w*|sache\w*|apprenne|saiba\w*|descobr\w*"
    r"|retaliat\w*|get back at|venganza|represalias?|vingan\w*)\b"
    # "will my boyfriend find out i texted you?", "can he see that i texted this number?", "van a saber que fui yo?",
    # "ustedes le van a decir a mi patron?" (each got "you don't have to give your name", or "I can't answer that")
    r"|\b(will|would|could|can|is|does|do) (\w+ ){0,2}?(he|she|they|boyfriend|girlfriend|husband|wife|boss|pimp|owner"
    r"|manager|family|anyone|anybody|someone|somebody) (\w+ )?(find\w* out|know|see|be told|get told|hear)\b"
    r"|\b(see|know|find out|tell|told) (that )?(i|we) (texted|wrote|messaged|called|contacted|talked to|told) (you|this"
    r"|u)\b|\b(van|va|iran|ira) a saber que (fui|fuimos) (yo|nosotros)\b|\bsabr(a|an) que (fui|fuimos)\b"
    r"|\b(se|me) (va|van) a (enterar|dar cuenta)\b|\b(le|les) (van|vayan|iran) a (decir|avisar|contar)\b"
    r"|\b(vao|vai) saber que (fui|foi) eu\b|\b(ele|ela|eles) (vai|vao) (descobrir|saber)\b"
    # "will the man know it was me?", "won't they figure out it was me?", "no le digan a mi tia q fui yo", "can they
    # trace this back to me", "ils vont savoir que c'est moi?" (each got "you don't have to give your name")
    r"|\b(will|would|could|can|won'?t|wont|do|does|might|gonna)\b[^.!?]{0,25}\b(know|find\w* out|figure\w* out|guess"
    r"|realiz\w*|work out|tell)\b[^.!?]{0,15}\b(it was|it'?s|that it was) me\b"
    r"|\btrace (it|this|that)?( \w+)? (back )?to me\b"
    r"|\b(sepa|sepan|saber|sabra|sabran|digan|diga|decir|enter\w*)\b[^.!?]{0,25}\bq(ue)? (fui|fuimos) (yo|nosotros)\b"
    r"|\bno (le|les) (digan|diga|vayan a decir)\b|\b(savoir|sache\w*|deviner) (que )?(c'?est|c'etait) moi\b"
    r"|\b(descobrir|saber) que (fui|foi) eu\b"
    r"|\b(vont|va)[- ](ils?|elles?|t-il|t-elle) (savoir|apprendre)\b"
    r"|\b(what if|y si|et si|e se) (\w+ ){0,3}?(he|she|they|el|ella|ellos|il|elle|ils|ele|ela|eles|boss|jefe|jefa"
    r"|patron|patrona|patrao|patroa|patron|him|her|them) (find\w* out|finds|se entera\w*|descubre\w*|sabe\w*"
    r"|l'apprend|descobre\w*)"
    # fear said and nothing else: "im scared" to "work, sex or something else?" was filed as the kind "other"
    r"|^\W*((i'?m|i am|im|estoy|tengo|j'ai|je suis|estou|eu estou|eu to|eu tou|to|tou|me siento|i feel)\s+)?((so"
    r"|really|very|muy|mucho"
    r"|tanto|tres|tellement|muito|com|con)\s+)*(scared|afraid|terrified|frightened|miedo|asustad[oa]|peur|medo"
    r"|effraye?e?)\W*$")


def fears_being_found_out(text: str) -> bool:
    """ "i'm scared he will find out i told", "what if her boss finds out", "y si el patrón se entera" """
    return bool(_FEARS_BEING_FOUND_OUT.search(normalise(text)))
# "pls help", "ayuda por favor", "socorro": nothing but a plea (while someone is in danger it got the services answer)
_PLEA = re.compile(r"^\W*((please|pls|plz|por favor|porfa|svp)\W+)?(help( me| us)?|ayuda(me|nos)?|ayudenme|auxilio"
                   r"|socorro|me ajud[ae]|aidez[- ]moi|au secours)"
                   r"(\W+(please|pls|plz|por favor|porfa|svp|now|ya|agora))*\W*$")
# "to com medo de ligar pra policia", "tengo miedo de llamar a la policía", "j'ai peur d'appeler la police": read as
# "is this the police?", it got "No, this is not the police" while someone was being beaten
_FEARS_CALLING = (r"\b(medo|miedo|peur|afraid|scared) (de |d'|to |of )?(ligar|chamar|llamar|marcar|hablarle|appeler"
                  r"|call|calling)( (pra|para|a|al|la|à|the))* ?(policia|police|cops|911|la policia|a policia)\b")
_FEARS_CALLING_RE = re.compile(_FEARS_CALLING)
# "should i do something?", "do i need to do something right now?", "hay algo que pueda hacer?" (the next question came,
# and the question was filed as a sign)
_DO_SOMETHING = (r"\b(should|do|must|can) (i|we) (need to |have to )?do (something|anything|smth|sth)\b|\bis there"
                 r" (something|anything) (i|we) (can|should|could) do\b|\b(debo|deberia|tengo que|puedo) hacer algo\b"
                 r"|\bhay algo (que|q) (pueda|podamos) hacer\b|\bje (dois|devrais|peux) faire quelque chose\b"
                 r"|\b(devo|deveria|posso) fazer (algo|alguma coisa)\b")
_DO_SOMETHING_RE = re.compile(_DO_SOMETHING)
# Someone in danger now asks what to do, or says they cannot call 911 ("q hago?", "no puedo llamar al 911 no tengo
# papeles"): both got the out-of-scope answer or the next question
_WHAT_TO_DO = re.compile(
    r"\bwhat (do|should|can|shall) (i|we) do\b|\bwhat now\b|\b(je|j'|on) (fais|fait|dois faire) quoi\b"
    r"|\bj ?(dois|fais|doit) (faire )?quoi\b|\bque (dois-je"
    r"|est-ce que je dois|faire)\b|\bqu'?est-ce que je (fais|dois faire)\b|\bque (hago|hacemos|debo hacer)\b"
    r"|\bo que (eu )?(faco|devo fazer)\b|\bshould (i|we) (leave|stay|run|go|hide|get out|try"
    r"|jump)\b|\b(can|could|will) (someone|somebody|anyone|you|u) (come|pick me up|get me|help me"
    r" get out)\b|\b(debo|deberia|tengo que) (irme|salir|correr|quedarme|esconderme|pedir|decirle)\b"
    r"|\b(devo|deveria) (sair|fugir|ficar|correr|pedir|me esconder)\b|\bje (dois|devrais) (partir|sortir|rester|fuir"
    r"|courir|demander)\b"
    r"|\b(me voy|salgo|me quedo|me escondo|me corro|corro|me regreso|regreso) o\b|\b(fico|saio|fujo) ou\b"
    r"|\bje (reste|pars|sors) ou\b|\bse eu fujo\b|\b(localiser|localizar|rastrear|track|locate) (mon|mi|meu|my)"
    r" (telephone|tel|celular|cel|phone)\b|\b(quelqu.?un|alguem|alguien) (peut|pode|puede|vem|vient|viene|va)"
    r" (venir )?(me )?(chercher|buscar|recoger|pegar)\b|\b(vous envoyez|vcs mandam|voces mandam|mandan|envian)"
    r" (quelqu.?un|alguem|a alguien|alguien)\b"
    r"|\b(can'?t|cannot|can not|scared to|afraid to) call (911"
    r"|the police|the cops|police|cops)\b|\b(que|q|k) (mas )?(hago|hacemos|puedo hacer|podemos hacer|debo hacer)\b"
    r"|\bno (puedo|podemos) (llamar|marcar) (al|a la) (911|policia)\b|\bqu'?est[- ]ce (que|qu'on) (je|on) (fais|fait)"
    r"|\bque (dois|puis)[- ]je faire\b|\bje ne peux pas appeler\b"
    r"|\bo (que|q|k) (eu )?(faco|fazer|devo fazer|a gente faz)\b"
    r"|\bnao (posso|consigo) ligar\b|\bi (can'?t|cannot|cant) call\b|\bno (puedo|podemos) llamar\b"
    r"|" + _DO_SOMETHING + "|" + _FEARS_CALLING)
# "ok i called 911", "ya llame al 911", "liguei pro 911", "the police are here"
_CALLED_911 = re.compile("|".join((
    # "called. sheriff n ambulance coming", "ya les mande texto al 911", "liguei" (each got the 911 line again)
    # (not a fear of them: "i dont want cops coming to the house he'll lose it" got "Good, you did the right thing…
    # until help comes")
    r"^\W*(called|calling|called them|done|llame|liguei|j'?ai appele)\b", r"(?<!want )(?<!wanna )(?<!want the )"
    r"(?<!want any )(?<!no )(?<!any )(?<!if )(?<!if the )(?<!without )\b(sheriff|police|cops|ambulance|patrulla"
    r"|policia|ambulancia|la police|les secours)\b[^.!?]{0,20}\b(coming|on (the|their|its) way|en camino|vienen|viene"
    r"|vem|vindo|arrivent|arrive|s'en vient|en route)\b", r"\b(mande|mandamos) (texto|mensaje|sms) al 911\b",
    r"\b(i|we|she|he|they|someone|somebody)( just| already| have| already have)? (called|call'?d|texted"
    r"|phoned|told|contacted|dialed|dialled) (911|112|999|000|123|190|the police|the cops|an ambulance|them)\b",
    # "eu JA liguei", "liguei 190 tao vindo", "ja liguei 112" (each got "Se puder, ligue…" again)
    r"\b(eu )?ja liguei\b|\bliguei( pro| para o| pra| ao| o| no)? (190|112|193|192|911)\b|\bj'? ?ai deja appele\b",
    # "911 is already HERE", "llame al 123 y dijeron q mandan ambulancia" (each got "call 911 now" again)
    r"\b(911|police|cops|ambulance|paramedics|sheriff) (is|are|'s|'re) (already )?(here|outside|coming)\b",
    r"\b(ya )?(llame|llamamos|marque|le marque|hable) (al|a la) (911|112|123|190|999|guardia civil|policia"
    r"|ambulancia|patrulla)\b",
    r"\b(i|we|she|he|they) did (call|text|tell) (911|the police|the cops|them)\b",
    # "ok i told 911. what now", "i already called them", "called them already" (each got "call 911" again)
    # ("i just told u. w broad st richmond" is not a call: it got "you did the right thing… until help comes")
    r"\b(already|just) (called|texted|phoned|contacted)\b(?! (u|you|ya|y'?all)\b)",
    r"\b(already|just) told (911|the police|the cops)\b", r"\bcalled (them|911|the police|the cops) already\b",
    r"\b(ya )?(llame|llamamos|marque|le marque) (al 911|a la policia|a la ambulancia)\b",
    r"\b(ya )?llame\b\W*$", r"\b(liguei|ligamos|chamei|mandei (mensagem|msg|sms)) (pro|para o|o|a|pra|pra a"
    r"|ao) (911|policia|ambulancia)\b", r"\bj'?(ai|ai deja) (appele|envoye un (sms|texto?|message) au|telephone au)"
    r" (le )?(911|la police|les secours|police)\b",
    r"\b(police|cops|ambulance|paramedics|la policia|la ambulancia|a policia) (is|are|esta|estan|ta|tao|chegou|llego"
    r"|llegaron) (here|coming|on the way|aqui|en camino|vindo)\b",
    r"\b(la police|les secours|les flics) (arrive|arrivent|vient|viennent|est en route|sont en route)\b",
    # "ahora si contestaron, va la ambulancia" (it got "call 911 now")
    r"\b(ahora si|ya) (me )?contestaron\b|\b(va|viene|ya viene) (la ambulancia|la patrulla|la policia)\b",
    r"\b(a policia|a ambulancia) (vem|vai vir|ta a caminho|esta a caminho)\b")))
# "im safe now", "ya estoy a salvo", "to em seguranca agora", "je suis en securite maintenant": after danger
_SAFE_NOW = re.compile(
    r"\b(i'?m|im|i am|we'?re|we are|she'?s|she is|he'?s|he is|estoy|estamos|esta|to|tou|estou|je suis|on est"
    r"|nous sommes|elle est|il est)( (ya|ja|deja|now|ahora|agora))? (safe|a salvo|segur[oa]s?|em seguranca|en securite"
    r"|a l'abri|fuera de peligro|out of danger|fora de perigo)\b"
    r"|\b(police|cops|la policia|a policia|la police) (is|are|esta|estan|ta|tao|est|sont|chegou|llego|llegaron"
    r"|arrived) (here|aqui|la|ici)\b|\bla police est la\b|\b(the )?(police|cops) (came|arrived|are here)\b"
    r"|\b(a policia|la policia) (chegou|llego|vino|veio)\b|\b(llego|chegou|vino|veio) (la|a) (policia|ambulancia)\b"
    r"|\bya estoy bien\b|(?<!nao )(?<!n )\b(ja )?(to|tou|estou) bem( agora| agr)?\b"
    r"|\b(chui|chuis|jsuis|j suis) (en securite|a l'abri)\b"
    # "cops just pulled up", "firemen broke the door, we are outside now", "ya llego la patrulla"
    # "im ok now, they let us out", "ya nos dejaron salir", "on est sortis" (it got "Noted.")
    r"|\b(i'?m|im|i am|we'?re|were|we are|she'?s|shes) (ok|okay|fine|alright|all right|good) now\b"
    r"|\b(they|he|she) (let|let us|let me) (us |me )?(out|go)\b|\bwe (got|are|r) out\b"
    r"|\b(ya )?(nos|me) (dejaron|dejo) salir\b|\b(ya )?(salimos|sali)\b|\b(ja )?(saimos|sai de la|nos deixaram sair)\b"
    r"|\bon est sortis?\b|\bje suis sortie?\b"
    r"|\b(cops|police|firemen|firefighters|paramedics|ambulance|la patrulla|los bomberos|la policia|os bombeiros"
    r"|a policia|les pompiers|la police) (just )?(pulled up|pulled in|showed up|arrived|got here|are here|came|llego"
    r"|llegaron|chegou"
    r"|chegaram|est arrivee|sont arrives|sont la)\b|\b(llego|llegaron) (la patrulla|los bomberos)\b"
    r"|\b(we are|we'?re|i am|i'?m|im) (out|outside)( now| of there| of the \w+)\b"
    # "ya se fue, estoy bien", "he left, im ok now", "il est parti, ca va", "ele foi embora, to bem"
    r"|\b(ya se fue|se fueron|he left|she left|they left|hes gone|he'?s gone|they'?re gone|il est parti|ils sont partis"
    r"|ele foi embora|eles foram embora)\b[^?]{0,25}\b(estoy bien|estamos bien|i'?m ok|im ok|i'?m okay|im okay"
    r"|i'?m fine|im fine|we'?re ok|ca va|je vais bien|to bem|estou bem|tamo bem)\b")
# "i cant call", "no puedo llamar", "não consigo ligar": in danger, what to do when 911 cannot be called
NO_CREDIT = (r"\b(no|dont have|don'?t have|no tengo|sin|nao tenho|sem|j'ai pas de|pas de|ya pas de|y a pas de)"
             r" (minutes|minutos|saldo|credit|credito|service|forfait|credits|recarga)\b")
_NO_CREDIT = re.compile(NO_CREDIT)
_CANT_CALL = re.compile("|".join((
    r"\b(can'?t|cannot|cant|can not) (call|phone|make a call)\b", r"\bno (puedo|podemos) (llamar|marcar)\b",
    r"\bnao (posso|consigo|da pra) ligar\b", r"\bje ne (peux|pourrai) pas appeler\b",
    r"\b(i have no|no tengo|nao tenho|i don'?t have a|i dont have a|i dont have|i don'?t have) (phone|cel|celular"
    r"|telefono|telefone)\b", r"\bhow (do|can) i call 911\b",
    # "i dont have minutes to call only wifi", "no tengo saldo", "jpeux pas appeler il va entendre", "n posso ligar"
    NO_CREDIT,
    r"\b(j'?peux|je peux|jpeux|je peu|j'peux) pas (appeler|telephoner)\b", r"\b(n|nao|ñ) (posso|consigo|da) ligar\b")))
# the emergency number tried, and it did not work: "liguei 911 e nao funciona", "o 911 não atende", "911 no contesta",
# "le 911 répond pas" (the first got "you did the right thing calling", the second was filed as the place)
_EMERGENCY_FAILED = re.compile(
    r"\b(911|999|112|190|emergencias?|emergency|urgences)\b[^.!?]{0,25}\b(nao funciona|nao funcionou|nao atende"
    r"|nao atendeu|nao completa|nao chama|nao deu|e nada|doesn'?t work|does not work|didn'?t work|dont work|not working"
    r"|won'?t go through|didn'?t go through|doesn'?t go through|no (sirve|funciona|funciono|contesta|contestan|contesto"
    r"|entra|entro|jala|agarra)|y nada|ne (marche|fonctionne|repond|repondent|passe) pas"
    r"|(marche|fonctionne|repond|passe) pas|(nobody|no one|noone) (answers?|answered|picks? up|picked up)"
    # "liguei no 190 nao completa a ligacao so da ocupado", "liguei para o 112 e ninguem atende, so toca toca"
    r"|nao completa|so da ocupado|da ocupado|ninguem atende|so toca|no contestan|nadie contesta|suena ocupado"
    r"|personne (ne )?repond|ca sonne (occupe|dans le vide)|busy signal|keeps ringing|just rings"
    # "liguei no 911 mas caiu a ligação o sinal tá ruim" (it got "Você fez bem… até a ajuda chegar")
    r"|caiu a ligacao|a ligacao caiu|caiu|se corto|se colgo|call dropped|dropped|got cut off|cut off|ca a coupe"
    r"|ca coupe)\b"
    # the number after: "no contesta el 911 ni madres, suena y suena", "ya llame al 911 y no me contesta nadie"
    r"|\b(no|nao|doesn'?t|does not|ne|n'?) ?(me )?(contesta|contestan|contesto|sirve|funciona|atiende|atienden|atende"
    r"|answers?|works?|marche|repond)\w*( \w+){0,2} (el |al |o |le |the )?(911|999|112|190)\b"
    r"|\b(911|999|112|190)\b[^.!?]{0,30}\b(nadie|nobody|no one|ninguem|personne) (me |te )?(contesta|answers?|atende"
    r"|repond)\w*|\b(el |al )?(911|112|190) no sirve\b|\bsuena y suena\b|\bso toca\b|\bcontesta nadie\b"
    # "me pusieron en espera y luego se colgo", "no entra la llamada, dice error", "they said its out of their county…
    # that line is busy" (each got "you did the right thing… until help comes")
    r"|\b(me pusieron|me dejaron|put me|left me|kept me) (en espera|on hold)\b|\bse (colgo|corto)( la llamada)?\b"
    r"|\b(hung up|cut off|line is busy|out of (their|the) (county|area))\b|\bno entra la llamada\b|\bdice error\b"
    r"|\batende ninguem\b|\bnobody answered\b")
# said again once it failed: "ja falei q nao funciona!! tentei 3 vezes. tem outro numero?"
_FAILED_AGAIN = re.compile(
    r"\b(nao|no|not|pas|doesn'?t|dont|don'?t|isn'?t)( \w+)? (funciona|funciono|work|works|working|marche|passe|completa"
    r"|sirve|entra)\b|\b(tentei|intente|i tried|j'?ai essaye)\b|\b(tem|hay|is there|y a-t-il|il y a) (outro|otro"
    r"|another|un autre|other) (numero|number)\b")


# whether the police come with the ambulance: "si llamo al 911 viene policia tambien?", "will cops come too?"
_POLICE_COME_TOO = re.compile(r"\b(viene|vienen|llega|llegan|manda|mandan|vem|vai vir|come|comes|send|sends|vient"
                              r"|viennent)( la)? (policia|police|cops|a policia|los policias|la patrulla)( \w+)?"
                              r" (tambien|too|also|tambem|aussi|junto|with)\b|\b(will|would|do) (the )?(cops|police)"
                              r" (come|show up) (too|also|with)\b")


def emergency_failed(text: str, facts: dict[str, Any]) -> bool:
    """The emergency number tried, and it did not go through (or, once it failed, that said again)."""
    said = normalise(text)
    return bool(_EMERGENCY_FAILED.search(said) or facts.get("emergency_failed") and _FAILED_AGAIN.search(said))
# "should i call the police?", "¿debo llamar a la policía?": yes when someone is in danger or a child is missing,
# otherwise their choice (it got "No, this is not the police" or the out-of-scope answer)
_SHOULD_CALL_POLICE = re.compile(
    # which first: "is this something I report to you or to police first?", "les aviso a ustedes o a la policia?"
    # (an ER nurse got "No, this is not the police")
    r"\b(you|u|y'?all|ustedes|vcs|voces|vous)( guys)? or (to )?(the )?(police|cops|911|policia|police)\b"
    r"|\b(police|cops|911|policia) or (you|u|y'?all|ustedes|voces|vous)\b|\b(police|cops|911|policia) first\b|"
    # the emergency number asked for: "qual é o numero de emergencia aqui?", "c quoi le numero d'urgence en france",
    # "pra qual numero eu ligo??", "911 c pas en france ca non?" (they got the privacy menu, or the next question; the
    # answer names the number of where the person is, webhooks/triage/emergency.py)
    r"\b(qual|cual|quel|what'?s|what is|whats|c'?est quoi|c quoi|which|cuál)( e| eh| es| est| is)?( o| el| le| the)?"
    r" (numero|number|num)( de| d'| d| of| for| da| do| del| de la| de l'| des| for the| of the)? ?(emergencia"
    r"|emergencias|urgence|urgences|emergency|policia|police)\b"
    r"|\b(what'?s|what is|whats|which is)( the)? (emergency|police) (number|line)\b"
    r"|\b(pra|para|a) (qual|que|quel) numero (eu |je )?(ligo|llamo|appelle|call)\b|\bwhat number do i call\b"
    r"|\b911\b[^.!?]{0,20}\b(pas|nao|no|not|doesn'?t|dont|don'?t)\b[^.!?]{0,15}\b(en|in|no|na|au|aqui|here|ici)\b"
    r"|\b911\b[^.!?]{0,10}\b(nao funciona|no funciona|ne marche pas|marche pas|doesn'?t work|dont work)\b"
    # a relative abroad: "911 wont work in dubai tho??", "does 911 work in mexico?", "what number does she call over
    # there?" (the first got "No, this is not the police"; the number was given only when asked again)
    r"|\b911\b[^.!?]{0,20}\b(wont|won'?t|isnt|isn'?t|aint|doesnt|cant|can'?t)\b[^.!?]{0,20}"
    r"\b(in (?!time\b)[a-z]+|there|over there|out there)\b"
    r"|\bdoes 911 (work|exist) (in|there|over there|out there)\b"
    r"|\bwhat (number|num) (do|does|would|should|can) (they|she|he|we|you|u|my \w+) (call|dial|use)\b"
    r"|\b(what'?s|what is|whats) the (emergency |police )?(number|num)"
    r" (there|over there|out there|in (?!the\b)[a-z]+)\b"
    r"|" + _EMERGENCY_FAILED.pattern +
    # "who do i call?", "j'appelle qui? la SQ?", "a quien llamo?", "pra quem eu ligo?" (each got "I can't answer that")
    r"|\b(who|what number) (do|should|can) (i|we) (call|contact|ring|phone)\b|\bj'? ?appelle qui\b"
    r"|\bqui (dois-je|je dois|faut-il) appeler\b|\b(a quien|a quien le) (llamo|hablo|marco|aviso)\b"
    r"|\b(pra|para) quem (eu )?(ligo|chamo)\b"
    # "eu devo ligar pro disque 100? ou pra policia federal?" (it got "No, this is not the police")
    r"|\b(devo|deveria|posso|tenho que) (ligar|chamar|denunciar) (pro|para o|no|ao|pra) (disque ?100|disque denuncia"
    r"|180|190)\b|\b(ou )?(pra|para) (a )?policia federal\?"
    r"|\b(call|appeler|appelle|llamo a|ligo pra) (la sq|la grc|the rcmp|la policia federal|a policia federal)\b|"
    r"\bshould (i|we) (call|contact|tell|go to|report (it|this|him|her|them) to) (the )?(police|cops|911)\b"
    # "do i need to call the cops too" (a hotel clerk, twice: "No, this is not the police")
    r"|\b(do|would|will) (i|we) (also )?(need|have|gotta|got) to (call|contact|tell) (the )?(police|cops|911)\b"
    r"|\b(do|can) (i|we) call (the )?(police|cops|911)\W*$|\bcall (the )?(police|cops|911)\?"
    r"|\b(le )?(marco|hablo|llamo|aviso) (a la policia|al 911|a la patrulla|a los policias)\b"
    r"|\b(debo|deberia|tengo que|hay que|puedo) (llamar|hablarle|ir|avisar|reportarlo|denunciarlo) (a|con|al) (la"
    r" policia|911|112|123|190|999|la guardia civil|los carabineros|la gendarmeria)\b"
    r"|\b(llamo|le llamo|hablo|marco)( yo)? (a la policia|al 911|al 112|al 123|a los policias|a la patrulla"
    r"|a la guardia civil|a los carabineros)\b"
    # "le vuelvo a marcar al 911 pa decirles o no", "le digo a la policia q se fueron pa la 59?" (it got "No, this is
    # not the police", read as "don't tell them")
    r"|\b(le |les )?(vuelvo|volvemos) a (marcar|llamar|hablar)\b|\b(call|text) (them|911|the police) again\b"
    r"|\b(le|les) (digo|decimos|aviso|avisamos) a (la policia|los policias|la patrulla|el 911)\b"
    r"|\b(should|do) (i|we) tell (the )?(police|cops|911)\b|\b(je le dis|je leur dis|on le dit) a la police\b"
    r"|\b(falo|aviso|conto) (pra|para) (a )?policia\b"
    r"|\b(dois|devrais|faut)[- ](je|il) (appeler|prevenir|contacter) (la police|le 911)\b"
    r"|\b(devo|deveria|tenho que) (ligar|chamar|avisar|ir) (para |pra |a )?(a )?(policia|o 911)\b"
    r"|\b(ligo|chamo|aviso) (para |pra |a )?(a )?(policia|o 911|pro 911)\b"
    # "do i call 911 or not", "j'appelle le 911?", "are you calling the police or do i??", "llamo al 911 o que"
    r"|\b(do|should|can|shall) (i|we) (call|text|contact|ring|phone|dial) (the )?(police|cops|911|999|112|190|17|000)"
    r"( or not| now| or what)?\b"
    r"|\bj'? ?appelle (le 911|la police|le 112|le 17)\b|\b(eu )?ligo (pro|para o|pra) (190|911|112)\b"
    r"|\b(vale a pena|devo) (chamar|ligar)( pro| para o| pra)? (o )?(911|190|policia)\b"
    # "j'appelle ou pas??", "llamo o no?", "ligo ou não?", "should i have called the police instead?" (they got "I can't
    # answer that", or "No, this is not the police", which read as "no, you shouldn't have")
    r"|\bj'? ?appelle (le 911 |la police )?(ou pas|ou non|oui ou non)\b|\b(llamo|le llamo|marco|le marco|hablo)( al 911"
    r"| a la policia)? o no\b|\b(ligo|chamo)( o 911| pro 911| a policia| pra policia)? ou nao\b|\bcall (\w+ )?or not\b"
    r"|\bshould (i|we) have (called|contacted|gone to|told) (the )?(police|cops|911)\b"
    r"|\ble marco al 911\b|\bje (dois|devrais) appeler\b|\b(are|r) (you|u) (calling|gonna"
    r" call|going to call) (the )?(police|cops|911)\b|\b(ustedes|vcs|voces|vous) (llaman|van a llamar|ligam|vao ligar"
    r"|appelez) (a la policia|al 911|pra policia|pro 911|la police|le 911)\b")
_DEPORTED = re.compile(r"\b(deport\w*|migra|migracion|inmigracion|immigration|ice|imigracao|expuls\w*|papeles"
                       r"|papers)\b"
                       # "me van a regresar a honduras?", "will they send me back?" (it got "Sí: llama al 911 ahora")
                       r"|\b(me|nos|la|lo|los|las|te) (van a |vayan a |irian a )?(regresar|devolver|mandar de regreso"
                       r"|mandar de vuelta)\b|\bsend (me|us|her|him|them) back\b|\b(me|nos) (mandam|mandar) de volta\b"
                       r"|\b(me|nous|les|la|le|nous) (renvoyer|renvoient|renverront|renvoie)\b|\brenvoyer au pays\b"
                       r"|\b(me|nos|a|as|os) (mandam|mandar|mandem|mandarem|manda) (de volta|embora)\b"
                       # "si llamo al 911 me mandan pa cuba?" (Cuba was filed as where it happens)
                       r"|\b(me|nos|la|lo|los|las) (mandan|mandarian|van a mandar|regresan|devuelven|deportan)"
                       r" (pa|para|a|de vuelta a|de regreso a) [a-z]+\b|\b(me|nos) (mandam|mandariam|vao mandar)"
                       r" (pra|para|de volta) [a-z]+\b")
# "will i get in trouble?", "¿me van a arrestar si denuncio?", "vou ser presa se denunciar?": the person fears
# punishment for asking for help (it got "I can't answer that here")
_IN_TROUBLE = re.compile(
    r"\b(will|would|could|can|am|are) (i|we|they|the (women|girls|workers)) (get |be |going to be |gonna be |getting "
    r"|gonna get |going to get )?(in trouble|arrested|jailed"
    r"|charged|punished|locked up)\b|\b(get|got|be|getting) in trouble\b(?! (at|with) (work|school))"
    r"|\b(me|nos) (van|va) a (arrestar|detener|encerrar|meter (a la carcel|pres[oa]s?|al bote))\b"
    r"|\b(me|nos) (meto|metemos|voy a meter|vamos a meter) en (problemas|un problema|lios)\b"
    # "pero me va a meter en problemas la policia x mandar fotos??" (a boy of 13 got "No, no somos la policía")
    r"|\b(me|nos) (va|van) a meter en (problemas|un problema|lios|un lio)\b|\b(me|nos) (puede|pueden) (meter|pasar)"
    r" (en problemas|algo)\b"
    r"|\b(voy|vamos) a tener problemas\b|\b(vou|vamos|posso) (ser|ficar) pres[ao]s?\b|\bvou ter problemas?\b"
    r"|\b(je vais|on va|est-ce que je vais) (avoir des (problemes|ennuis)|etre arretee?|aller en prison)\b"
    r"|\b(je risque|on risque|risque-t-on|je risquerais) (la prison|d'?etre arretee?s?|des ennuis"
    r"|d'?etre expulsee?s?)\b"
    # "i will go to jail if i tell?", "answer me pls, i go to jail?", "voy a ir a la carcel?" (asked four times)
    r"|\b(i|we) (will |would |gonna |going to |go )?(go|be sent|get sent)? ?(to )?(jail|prison)\b"
    r"|\b(voy|vamos|va) a (ir a )?(la carcel|prision)\b|\b(vou|vamos) (pra|para a) (cadeia|prisao)\b")
# a time later than now: "tomorrow", "más tarde", "demain", "amanhã"
_LATER = (r"(tomorrow|later|tonight|this (afternoon|evening|weekend)|in the (morning|afternoon|evening)|after \d"
          r"|on (mon|tue|wed|thu|fri|sat|sun)|next week|manana|mas tarde|luego|en la (noche|tarde|manana)|despues"
          r"|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo)|la proxima semana|demain|plus tard|ce soir|apres"
          r"|amanha|mais tarde|a noite|de noite|depois)\b")
# "will someone call me?", "¿me van a llamar?", "alguém vai me ligar?": answered from the privacy choice (it was
# read as a request for a person, and one was queued)
_CONTACTED = re.compile(
    r"\b(will|are|is|would|do|does) (someone|somebody|anyone|anybody|you|u|y'?all|they|the team|a person|the police"
    r"|your team)( guys)? (be )?(call|calling|contact|contacting|text|texting|reach|reaching|get back|getting back"
    r"|follow up|following up)\b(?! (the )?(police|cops|911))"
    r"|\bwhen will (someone|you|they|the team) (call|contact|text|reach|get back)\b"
    r"|\b(me|nos) (van|va|vas) a (llamar|contactar|escribir|marcar|buscar|hablar)\b|\b(alguien|ustedes|uds) me (va a"
    r"|van a|llama|llaman|contacta|contactan)\b|\b(quelqu'un|vous|on|l'equipe) (va|allez|vont) (me |m')(rappeler"
    r"|contacter|appeler|ecrire|recontacter)\b|\b(va[- ]t[- ]on|allez[- ]vous) (me |m')(rappeler|contacter|appeler)\b"
    r"|\b(alguem|voces|vcs|vc|voce|a equipe) (vai|vao) me (ligar|contatar|chamar|procurar|responder|retornar)\b"
    # a call asked for later ("me pueden llamar mañana?", "can you call me tomorrow"): how the team gets back to them,
    # not a person now (it queued one)
    r"|\b(can|could|would) (you|u|someone|somebody|y'?all|the team)( guys)? (call|text|contact|reach) me " + _LATER
    + r"|\bme (pueden|puede|podrian|podria|puedes) (llamar|marcar|contactar|escribir|hablar) " + _LATER
    + r"|\b(pueden|puede|podrian|podria|puedes) (llamarme|marcarme|contactarme|escribirme|hablarme) " + _LATER
    + r"|\b((pouvez|pourriez)[- ]vous|vous (pouvez|pourriez)) (me |m')(rappeler|appeler|contacter|ecrire) " + _LATER
    + r"|\b(podem|pode|poderiam) me (ligar|contatar|chamar|escrever) " + _LATER)
# Not trafficking, and another line helps better: violence at home ("mi esposo me pega") and trouble with housing ("my
# landlord wants to evict me"); each got the trafficking intake, or "I can't answer that here"
# a partner, in each language (for violence at home, and where to get help with it)
_PARTNER = (r"(husband|boyfriend|partner|ex|wife|girlfriend|esposo|marido|novio|pareja|mari|copain|conjoint|chum"
            r"|namorado|companheiro)")
_HOME_VIOLENCE = re.compile(
    r"\bdomestic (violence|abuse)\b|\bviolencia (domestica|familiar|intrafamiliar)\b"
    r"|\bviolence (conjugale|domestique)\b"
    r"|\b(my|mi|mon|ma|meu|minha) (" + _PARTNER + r"|brother-in-law|brother in law|cunado|cunhado|beau-frere"
    r"|beau frere|sister's husband)\b[^.!?]{0,30}\b(hits?|hit me|beats?|beat me|abuses?|hurts?|chokes?|choked"
    r"|pega|pego|golpea|golpeo|me pego|me golpeo|maltrata|frappe|a frappe|m'a frappee?|bat|bate|bateu|agride|agrediu"
    r"|espanca|espancou)\b")
# a safe place to go: "i need a shelter tonight", "necesito un lugar para ir con mis hijos", "preciso de um abrigo"
# a shelter named: "y a une maison pour femmes a Laval?", "algún sitio para mujeres", "a women's shelter"
_A_SHELTER = re.compile(r"\b(shelter|refugio|albergue|casa de acogida|hebergement|maison (d'hebergement|pour femmes)"
                        r"|refuge|foyer|casa[- ]abrigo|abrigo|sitio para mujeres|lugar para mujeres|casa para mujeres"
                        r"|women'?s (shelter|house|home)|casa de la mujer)\b")
_NEEDS_SHELTER = re.compile(
    r"\b(need|needs|looking for|find|any|is there a|where can i find a) (a |an )?(shelter|safe place|place to (go|stay"
    r"|sleep))\b|\b(necesito|necesitamos|busco|hay) (un |algun )?"
    r"(lugar|sitio|refugio|albergue) (para|pa|donde) (ir|irme|quedarme|dormir|estar)\b"
    r"|\b(necesito|busco|hay) (un |algun )?(refugio|albergue)\b"
    r"|\b(preciso|precisamos) de (um )?(abrigo|lugar (pra|para) (ir|ficar|dormir))\b"
    r"|\b(besoin d'un|je cherche un) (refuge|hebergement|foyer|endroit ou aller)\b"
    # "donde puedo ir esta noche con mis hijos?", "where can we sleep tonight", "ou je peux aller avec mes enfants"
    r"|\b(where|donde|a donde|onde|ou) (can|could|do|should|puedo|podemos|posso|a gente pode|je peux|on peut|est-ce que"
    r" je peux)( i| we)? (go|stay|sleep|ir|dormir|quedarme|quedarnos|ficar|aller|rester)\b[^.!?]{0,40}\b(tonight|esta"
    r" noche|hoy|hoje|hoje a noite|ce soir|kids|children|hijos|ninos|nenes|filhos|criancas|enfants)\b")
# where to get help with a partner, or a protection order: the domestic violence line
_ASKS_HELP_WITH_A_PARTNER = re.compile(
    r"\b(orden de (proteccion|restriccion|alejamiento)|restraining order|protective order|protection order"
    r"|ordonnance de protection|medida protetiva)\b"
    r"|\b(a donde|donde|a quien|where|who) (llamo|puedo llamar|hablo|voy|do i call|can i call|should i call|do i go"
    r"|can i go|can i get help)\b[^.!?]{0,60}\b" + _PARTNER + r"\b"
    r"|\b(pra quem|para quem|onde) (ligo|eu ligo|posso ligar)\b[^.!?]{0,60}\b" + _PARTNER + r"\b"
    r"|\b(qui|ou) (appeler|j'appelle|je peux appeler)\b[^.!?]{0,60}\b" + _PARTNER + r"\b")
_HOUSING = re.compile(r"\b(landlord|evict\w*|casero|desalojar|desalojo|desalojan|nos corren de la casa|proprietaire"
                      r"|proprio|locateur|expulser du logement|senhorio|despejo|despejar)\b")
# money or property kept by family: "my mom and my brother took my share of grandmas house money", "mi hermano se
# quedo con mi parte de la herencia" (the intake ran to the end, and a trafficking report was filed)
_FAMILY = (r"(mom|mother|dad|father|brothers?|sisters?|family|aunt|uncle|cousins?|stepdad|stepmom|grandma|grandpa|mama"
           r"|madre|papa|padre|hermanos?|hermanas?|familia|tia|tio|primos?|primas?|mae|pai|irmaos?|irmas?|mere|pere"
           r"|frere|soeur|famille|tante|oncle)")
_FAMILY_MONEY = re.compile(
    r"\b(inheritance|herencia|heranca|succession|my share of|mi parte de|minha parte d[ao])\b"
    r"|\b(my|our|mi|mis|minha|meu|meus|ma|mon|mes)( \w+)? " + _FAMILY + r"\b[^.!?]{0,60}\b(took|stole|steals|stealing"
    r"|kept|keeps|cheated|robbed|se quedo con|se quedaron con|me robo|me robaron|pego|pegou|roubou|a pris|a vole)\b"
    r"[^.!?]{0,40}\b(money|share|house|car|savings|dinero|parte|casa|ahorros|dinheiro|argent|maison)\b")
# "not safe", "ya no es seguro", "it's not safe to text right now" told in the middle of the intake (it was taken as
# the answer to the question asked, and the next question came)
_NOT_SAFE_NOW = re.compile(
    r"\b(not|isn'?t|is not|no longer|not really) safe\b(?! (for (the|them|her|him|those)|place|there|to (leave|go|live"
    r"|work)|area|neighbou?rhood|job))|\bya no es seguro\b|\bno es seguro (ahora|ahorita|escribir|hablar|seguir)\b"
    r"|\bno es seguro\W*$|\b(ce n'est|c'est) (plus |pas )+(sur|sure|securitaire)\b|\bnao (e|esta) seguro\b")
# leaving all at once: "gtg", "hes knocking i gotta go", "me tengo que ir" (it got the next question, or the read-back)
# (at the end, or with a word of leaving or of who is coming: "ya me tengo q ir mi mama", "i have to go my break is
# over"; not "hoje a noite tenho que ir com ele pro trabalho")
_THEN = (r"(?=\W*($|(agora|ya|ahora|now|rn|bye|tchau|chau|adios|sorry|perdon|perdoname|desculpa|mi|my|minha|meu|ma|mon"
         r"|mom|mama|mami|he'?s|hes|she'?s|shes|el jefe|el patron|boss"
         # "ya me tengo q ir, si me ven con la compu me va mal" (it got "Anotado")
         r"|si me ven|si me ve|if (he|they) see|se (ele|eles) (me )?(ver|virem)|s'?il me voit|antes de que"
         r"|before (he|they))\b))")
_LEAVING = re.compile(r"\b(gtg|g2g|brb)\b|\b(i )?(gotta|got to|have to|have 2|hafta|need to|must) (go|run)"
                      + _THEN + r"|\bya (llego|vino|viene|regreso)\b[^.!?]{0,10}\b(adios|bye|bai|chao|luego)\b"
                      r"|\b(me tengo q(ue)? ir|tengo q(ue)? irme|ya me voy|ahorita te escribo|luego te escribo"
                      r"|tenho q(ue)? ir|preciso ir|depois te escrevo|je dois (y aller|partir|te laisser)"
                      r"|faut que j'y aille)\b" + _THEN)


# "jsuis pas bien", "im not ok", "no estoy bien", "nao to bem": how someone may open (the model reads a no)
_NOT_OK = re.compile(
    r"\b(i'?m|im|i am|feeling|i feel|i'?m just)? ?not (ok|okay|good|well|fine|doing (ok|well|good))\b|\bi'?m scared\b"
    r"|\b(je (ne )?suis pas|jsuis pas|j suis pas|chui pas|chuis pas|je (ne )?vais pas|j'?vais pas|jvais pas)"
    r"( tres)? bien\b"
    r"|\b(ca|ça) va pas\b|\bno (estoy|me siento|ando|la estoy pasando) bien\b|\b(estoy|ando|me siento) mal\b"
    r"|\b(nao|n|não) (to|tô|tou|estou|me sinto|ando) (nada )?bem\b|\b(to|tô|estou|tou) mal\b")


def says_not_ok(text: str) -> bool:
    return bool(_NOT_OK.search(normalise(text)))


def is_leaving(text: str) -> bool:
    """ "gtg", "ya me tengo q ir mi mama", "i have to go my break is over": leaving now, to come back maybe."""
    return bool(_LEAVING.search(normalise(text)))


# what a message's words set in the facts (a place, a time, people)
_READ_FROM_A_MESSAGE = frozenset({"venue", "city", "state", "country", "ongoing", "people_count", "ages", "minor",
                                  "gender", "labour_type"})
# why it is safe to write now: where the one in control is, or how long the person has
_WHY_SAFE = re.compile(
    r"\b(he|she|they|hes|shes|theyre|he'?s|she'?s|they'?re|boss|everyone|everybody|all|el|ella|ellos|el jefe|el patron"
    r"|todos|ele|ela|eles|todo mundo|il|elle|ils|tout le monde)\b[^.!?]{0,25}\b(left|gone|went|out|asleep|sleeping"
    r"|away|at work|working|not here|not home|at the other site|salio|se fue|se fueron|dormido|dormidos|dormida"
    r"|durmiendo|trabajando|en el trabajo|no esta|no estan|saiu|foi|dormindo|trabalhando|nao esta|parti|partie|partis"
    r"|dort|dorment|au travail)\b"
    r"|\b(i have|i got|tengo|tenho|j'ai) (like |como |about |uns |unos |environ )?\d+ ?(min|mins|minutes|minutos)\b"
    r"|\b(it is|its|it's|es de|e de|c'est la) (night|noche|noite|nuit)\b")


# a scam or fraud, told as such: another office's help (not "a job that pays with a check to deposit")
_SCAM = re.compile(r"\b(scam|scams|scammed|scammer|scammers|fraud|estafa|estafaron|estafado|estafada|estafador\w*"
                   r"|fraude|arnaque|arnaqu\w+|escroquer\w*|escroc\w*|golpista\w*"
                   # gift cards asked for or paid with, not given as gifts ("he bought her airpods and a sephora
                   # giftcard", a man grooming a girl of 15, got the scam referral and was lost from the report)
                   r"|(buy|pay|paid|send|sent|pay (him|her|them) (in|with)|in|with|asks? for|wants?|pagar|mandar"
                   r"|comprar|em|en|com|con|payer|acheter|par) (\w+ )?gift ?cards?"
                   # "me ligaram dizendo q era da imigracao… pagar 2 mil dolares em gift card", "a imigracao pede
                   # dinheiro por telefone? é golpe?" (the definition of trafficking, then forced labour filed)
                   r"|(e|eh|isso e|sera que e|sera q e) (um )?golpe\b(?= *\?|$)"
                   r"|(imigracao|inmigracion|immigration|ice|irs|policia|police|migra)( \w+){0,3} (pede|pide|piden"
                   r"|pedem"
                   r"|asks? for|ask for|wants?|demande|exige|cobra|cobran) (dinheiro|dinero|money|argent|pagamento|pago"
                   r"|paiement|gift)"
                   # Portuguese "golpe do pix", not Spanish "eso es golpe no?" (a blow: it got the scam referral)
                   r"|golpe (do|de|no) (?!(la|el|los|las|a|al|en)\b)(?=\w)"
                   r"|tarjetas? de regalo|cartes? cadeaux?|cartoes? (de )?presente|fake (check|cheque)|cheque falso"
                   # "a federal agent… pay a bond in bitcoin today… is this real??" (the intake, then the Department
                   # of Labor)
                   r"|(pay|paid|send|sent|pagar|mandar|payer|in|en|em|with|con|com) (\w+ )?(bitcoin|btc|crypto\w*"
                   r"|cripto\w*|zelle|western union|moneygram)\b(?=.*\b(agent|officer|ice|irs|immigration|police|bond"
                   r"|fine|warrant|deport\w*|agente|policia|migracion|imigracao|multa|fianza|fianca|amende|caution)\b)"
                   r"|(agent|officer|ice|irs|immigration|police|agente|policia|migracion|imigracao)\b.*\b(bitcoin|btc"
                   r"|crypto\w*|cripto\w*|zelle|western union|moneygram))\b")


# "hablan español?", "do you speak spanish?", "parlez-vous français ?", "vcs falam portugues?"
_ASKS_LANGUAGE = re.compile(r"\b(hablan|habla|hablas|se habla) (espanol|ingles|frances|portugues)\b"
                            r"|\b(do|can) (you|u|y'?all|you guys) (speak|talk|write|text) (in )?(spanish|english|french"
                            r"|portuguese|creole)\b|\b(parlez|parles)[- ](vous|tu) (francais|anglais|espagnol|creole)\b"
                            r"|\b(voces|vcs|vc|voce) (fala|falam) (portugues|espanhol|ingles)\b"
                            r"|^\W*(en|in|em) (espanol|english|ingles|francais|portugues|spanish)"
                            r"( (please|por favor|pls|porfa|svp))?\W*$")


def pause(turn: Turn, facts: dict[str, Any] | None = None) -> str:
    """The one line before the bot falls silent: 911 first for someone in danger now; warmer for someone who said they
    want to die ("i just want it to stop… hes in the next room" got "OK. Write back whenever you like.")."""
    if turn.danger:
        return "utter_danger_pause"
    facts = facts or {}
    return "utter_safety_pause_warm" if facts.get("self_harm") and not facts.get("self_harm_ok") else (
        "utter_safety_pause")


def asks_what_to_do(text: str) -> bool:
    return bool(_WHAT_TO_DO.search(normalise(text)) or asks_how_to_get_paid(text))


# "where do i go to get my money back", "vcs podem me ajudar a receber?", "como cobro lo que me deben?" (they got
# nothing, or "I can only help with…")
_GET_PAID = re.compile(
    r"\b(where|how|who) (do|can|should) (i|we) (go )?(to )?(get|recover|claim|collect) (my|our|the) (money|pay|wages"
    r"|paycheck|check|salary)( back)?\b|\bhow (do|can) (i|we) get paid\b|\b(can|could) (you|u|y'?all) help (me|us)"
    r" (to )?get (paid|my (money|pay|wages))\b"
    r"|\b(podem|pode|poderiam) (me |nos )?ajudar a (receber|cobrar)\b|\bcomo (eu )?(recebo|cobro|consigo receber)\b"
    r"|\bcomo (cobro|recupero|puedo cobrar|puedo recuperar|le cobro)\b|\b(me |nos )?(pueden|puede) ayudar a cobrar\b"
    r"|\b(me |nos )?(pueden|puede|podrian) ayudar(me|nos)? a (q|que) (me|nos) (pague|paguen)\b"
    r"|\bcomment (recuperer|toucher|me faire payer)\b|\b(vous pouvez|pouvez-vous) m'aider a (etre paye|recuperer)\b")


def asks_how_to_get_paid(text: str) -> bool:
    return bool(_GET_PAID.search(normalise(text)))


# whether this line is real: "is this a real thing or a scam?", "r u legit", "esto es una estafa?" (it got the scam
# referral, as if the person had been scammed)
_ARE_WE_REAL = re.compile(r"\b(is this|is this (a|for) real|are (you|u)|r (u|you)|ur|you'?re|is this (number|line"
                          r"|site|thing|place)|esto es|es esto|eres|son ustedes|vous etes|isso e|voces sao|vcs sao"
                          r"|vc e)( \w+){0,4} (a )?(scam|fake|legit|real|estafa|fraude|arnaque|golpe|de verdad"
                          r"|verdad)\b")


# a young person away from home: ran away, kicked out, nowhere to go back to
_RAN_AWAY = re.compile(
    r"\b(ran|run|running|runned) away\b|\brunaway\b|\b(left|leave|leaving) (my |the )?(home|house|parents'? house)\b"
    r"|\b(kicked|threw|thrown) (me )?out( of (the|my) (house|home))?\b|\b(can'?t|cant|cannot) go (back )?home\b"
    r"|\byouth shelter\b|\bme (escape|fui|sali|salí|corrieron|echaron) de (mi |la )?casa\b"
    r"|\bno puedo (regresar|volver) a (mi |la )?casa\b|\b(fugi|sai|fui expuls\w*|me expulsaram) de casa\b"
    r"|\bme (botaram|expulsaram) de casa\b|\bj'?ai fugu[ee]e?\b|\bfugue\b"
    r"|\bje suis parti(e)? de chez (moi|mes parents)\b|\bmise? a la porte\b")


_NOT_LET_TO_WORK = re.compile(r"\b(no me deja|no me dejan|won'?t let me|wont let me|doesn'?t let me|doesnt let me"
                              r"|dont let me|nao me deixa|n me deixa|ne me laisse pas|me laisse pas|me prohibe"
                              r"|forbids me to) (trabajar|work|trabalhar|travailler|get a job|tener trabajo)\b")
# ("he says ill never see my kids if i leave": the children held over her, violence at home too)
_AT_HOME_TOO = frozenset({"PhysicalAbuse", "Threats", "PsychologicalAbuse", "RestrictsFinancialAccess", "TakesEarnings",
                          "Other", "RestrictsMovement", "UsesChildren"})
_MADE_TO_WORK = re.compile(r"\b(makes? me|made me|forces? me( to)?|me hace|me obliga a|me obligan a|me fait|me force a"
                           r"|me faz|me obriga a) (work|trabajar|travailler|trabalhar)\b")


def referral_for(text: str, found: Extracted) -> str | None:
    """Another line's help for violence at home or a housing problem, when nothing in the message holds someone to
    work or sell sex (the intake goes on: a person may also be exploited)."""
    said = normalise(text)
    paid_so = re.search(r"\b(bitcoin|btc|crypto\w*|cripto\w*|gift ?cards?|tarjetas? de regalo|zelle|western union"
                        r"|moneygram)\b", said)  # ("…pay a bond in bitcoin… is this real??" asks about the call)
    if _SCAM.search(said) and not threatens_with_images(said) and (paid_so or not _ARE_WE_REAL.search(said)) and not (
            asks_if_an_offer_is_real(text)) and (
            "SexualExploit" not in found.exploitation) and not set(
            found.means_of_control or ()) - {
            "DebtBondage", "FalsePromises", "Threats", "TakesEarnings", "PsychologicalAbuse", "Other",
            "ThreatOfLawEnforcement"}:  # ("pay in gift cards or you'll be deported": the caller's threat)
        # "sent me a check to deposit and buy gift cards… i owe 2400" was filed as forced labour, with no referral
        return "utter_referral_scam"
    worked = "SexualExploit" in found.exploitation or found.labour_type or found.venue or _MADE_TO_WORK.search(said)
    if re.search(r"\b(mi|my|mon|ma|meu|minha) " + _PARTNER + r"\b", said) and not worked and (
            _NOT_LET_TO_WORK.search(said) or "TakesEarnings" in found.means_of_control) and not set(
            found.means_of_control or ()) - _AT_HOME_TOO:
        # a partner who keeps her from working and takes the money ("mi esposo no me deja trabajar, me quita el dinero y
        # no me deja ver a mi familia. ¿esto es trata?" got what trafficking is, and a forced-labour report)
        return "utter_referral_home_violence"
    at_home = {"PhysicalAbuse", "Threats", "PsychologicalAbuse", "RestrictsFinancialAccess", "TakesEarnings",
               "UsesChildren"}  # (a partner who keeps
    # the money is violence at home too: "my husband hits me when he drinks, he doesnt let me have money" got no line)
    if "SexualExploit" in found.exploitation or set(found.means_of_control or ()) - at_home:
        return None
    if _NEEDS_SHELTER.search(said) and not found.exploitation and re.search(r"\b(" + _PARTNER + r")\b", said):
        # "…solo es mi esposo. necesito un lugar para ir con mis hijos" (it got what trafficking is, then "noted"); a
        # safe place asked for alone is the team's to help with (the services answer)
        return "utter_referral_home_violence"
    if _HOME_VIOLENCE.search(said):
        # (a job told beside it, "i have my own job and my own money", is no sign of forced work: the violence at home
        # was read as forced labour, and the intake asked "where?")
        return "utter_referral_home_violence"
    if found.exploitation:
        return None
    if _RAN_AWAY.search(said):
        # "im 15… left home… staying at my friend jaydens", "is there like a youth shelter" (a trafficking intake, and
        # "When: can u just answer my question about a shelter")
        return "utter_referral_runaway"
    if _HOUSING.search(said):
        return "utter_referral_housing"
    if _FAMILY_MONEY.search(said) and not (found.labour_type or found.venue):
        return "utter_referral_family_money"
    return None


# "can i text 911 here?", "puedo mandar mensaje al 911?", "da pra mandar sms pro 911?": whether texting works (it got
# "yes: call 911", or "I can't answer that")
_TEXT_911 = re.compile(
    r"\b(can|could|should|do|may|shall) (i|we|u|you|one|someone) (just |still |also )?(text|txt|message|sms|send (a"
    r" )?(text|message|sms) to) (to )?(911|999|112|000|the (police|cops))\b"
    r"|\b(texting|text|txt|sms|message|messaging)(ing)? (to )?911\b[^.!?]{0,25}\b(work|works|working|possible|a thing"
    r"|ok|okay|allowed|here)\b|\bis (texting|text to|texting to) 911\b"
    r"|\b(puedo|se puede|podemos|puedes|sirve|funciona) (mandar|enviar|escribir|textear)(le)? (un |una )?(mensaje|texto"
    r"|sms|whats)?( de texto)? ?(al|a la) (911|policia)\b|\b(mensajes?|textos?|sms) al 911\b[^.!?]{0,25}\?"
    r"|\b(posso|da pra|pode|funciona|consigo) (mandar|enviar) (uma |um )?(mensagem|sms|texto)( de texto)? (pro|para o"
    r"|pra|ao) (911|190|policia)\b|\b(mensagem|sms) (pro|para o) (911|190)\b[^.!?]{0,25}\?"
    # a number to text, asked for: "y a pas un sms?", "tem como mandar msg pra policia?", "hay un numero para mandar
    # texto?" (it got "I can't answer that here")
    r"|\b(y a|il y a|y a-t-il|existe|hay|tem)( pas)?( un| une| una| um| uma)? ?(sms|texto|numero (pour|para|pra)"
    r" (ecrire|texter|mandar (msg|mensagem|mensaje|texto)|escribir))\b[^.!?]{0,15}\?"
    r"|\b(is there|there'?s)( a)? (text|sms|texting) (number|line)\b"
    r"|\btem como mandar (msg|mensagem) (pra|para) (a )?policia\b"
    r"|\b(je peux|puis-je|est-ce que je peux|on peut|peut-on) (envoyer|ecrire) (un )?(sms|texto|message)? ?(au|a la)"
    r" (911|112|17|114|police)\b|\b(sms|texto) (au|a la) (911|112|17|police)\b[^.!?]{0,25}\?")


def asks_about_texting_911(text: str) -> bool:
    return bool(_TEXT_911.search(normalise(text)))


# answers about calling that a question about texting 911 gets in their stead
_ABOUT_CALLING = frozenset({"utter_should_call_police", "utter_should_call_police_yes", "utter_cannot_answer",
                            "utter_cannot_answer_person_coming", "utter_not_police", "utter_danger_what_to_do",
                            "utter_what_to_do", "utter_out_of_scope", "utter_danger_still_here", "utter_police_now"})


def _texting_answered(turn: Turn, got: Step) -> Step:
    """ "can i text 911 here?": whether texting works there, first, instead of an answer about calling."""
    if not asks_about_texting_911(turn.text) or "utter_text_911" in got.say:
        return got
    return replace(got, say=["utter_text_911", *(r for r in got.say if r not in _ABOUT_CALLING)])


def asks_whether_to_call_police(text: str) -> bool:
    said = normalise(text)  # (not a duty to report a child: "je dois appeler CPS? je suis obligée… en tant que prof")
    return bool(_SHOULD_CALL_POLICE.search(said)) and not (_MANDATED.search(said) or fears_we_call_police(text))


# afraid that we call the police: "mais si vous appelez la police il va savoir que cest moi", "je veux pas que vous
# appeliez la police", "please dont call the cops", "no llamen a la policia porfa" (a girl of 16 got "Yes: call 911
# now", then nothing)
_IF_YOU_CALL_POLICE = re.compile(
    r"\b(si|if|se) (vous|tu|ustedes|you|u|voces|vcs|voce|vc|y'?all) (appelez|appelles|previenez|llaman|llamas|avisan"
    r"|call|tell|ligarem|ligar|chamarem|chamar|avisarem)( \w+)? (la |the |a |les )?(police|policia|cops|flics|911"
    r"|poulets)\b"
    r"|\b(veux|veut|quiero|want|quero) pas que (vous|tu) (appeliez|appelles|previeniez) (la |les )?(police|flics)\b"
    r"|\bje (ne )?veux pas que (vous|tu) (appeliez|appelles|previeniez) (la |les )?(police|flics)\b"
    r"|\b(please |pls |plz )?(don'?t|dont|do not) (call|tell) (the )?(police|cops|911)\b(?! (yet|now))"
    r"|\bno (llamen|llames|le hablen|le hables|avisen) a la (policia|migra)\b"
    r"|\b(nao|n) (chamem|chama|liguem|liga) (a |pra |para a )?policia\b"
    r"|\b(no quiero|i don'?t want|i dont want|nao quero) (que )?(you to |ustedes |voces |vcs )?(llamen|call|chamem"
    r"|liguem) (a la |the |a |pra )?(policia|police|cops)\b")


def fears_we_call_police(text: str) -> bool:
    return bool(_IF_YOU_CALL_POLICE.search(normalise(text)))


# afraid to call 911 themselves for not being sure: "im scared to call what if hes not there", "i dont know the apt
# number", "tengo miedo de llamar y que no este", "j'ai peur d'appeler pour rien" (a witness of a girl of 16 sold now
# got "is it mostly about work, about sex, or something else?")
_SCARED_TO_CALL = re.compile(
    r"\b(scared|afraid|nervous|worried) (to|of) call(ing)?\b|\bwhat if (he'?s|hes|she'?s|shes|they'?re|theyre) not"
    r" (there|home)\b|\b(i )?(don'?t|dont|do not) (know|have) the (apt|apartment|room|unit|house) (number|#)\b"
    r"|\b(tengo|me da) miedo (de )?llamar\b|\by si (ya )?no (esta|estan) (ahi|alli)\b|\bno (se|tengo) el numero del"
    r" (depa|departamento|apartamento|cuarto)\b|\bj'?ai peur d'?appeler\b|\bet s'?il (est|n'est) pas la\b"
    r"|\btenho medo de ligar\b|\be se (ele|ela|eles) nao (estiver|estiverem) (la|ai)\b")


def scared_to_call(text: str) -> bool:
    return bool(_SCARED_TO_CALL.search(normalise(text))) and not fears_we_call_police(text)


# "what if i'm wrong?", "c'est grave si je me trompe?", "y si me equivoco?", "e se não for nada?": they need not be sure
# (it got the immigration answer, and the tip was taken back)
_WHAT_IF_WRONG = re.compile(
    r"\b(what|wat|and) if (i'?m|im|i am|i was|i'?ve been) (wrong|mistaken)\b|\bwhat if (it'?s|its|it is)"
    r" nothing\b|\b(is it|its|it'?s|will it be) (bad|ok|okay|a problem|fine) if (i'?m|im|i am) wrong\b"
    r"|\bsi me equivoco\b|\bsi (estoy|ando) equivocad[oa]\b|\by si no es nada\b|\bsi je me (trompe|suis trompee?)\b"
    r"|\bet si c'?est rien\b|\be se eu (estiver|tiver) errad[oa]\b|\be se eu (me )?engan\w*\b|\be se nao for nada\b"
    r"|\bse eu estiver enganad[oa]\b")


_PARENTS = (r"(mom|mum|mother|mommy|dad|father|parents|family|mama|mami|papa|papi|madre|padre|padres|papas|familia|mae"
           # ("le van a decir a mi tia??", "no le digan a mi tia": a girl of 15 got "we don't tell the one reported")
           r"|pai|pais|mere|pere|famille|aunt|auntie|uncle|grandma|grandmother|tia|tio|abuela|abuelo|tante|oncle|grand-mere"
           r"|avo|avó"
           # "pls dont call my caseworker they'll send me back" (a girl of 15 got the immigration answer, twice)
           r"|caseworker|case worker|social worker|foster (?:mom|mum|dad|parents|family)|trabajadora social"
           r"|trabajador social|assistente social|travailleuse sociale|travailleur social)")
_TELLS_FAMILY = re.compile(
    # asked not to: "no le digan a mi tia porfa", "dont tell my mom", "nao contem pra minha mae"
    r"\b(no|don'?t|dont|do not|please don'?t|nao|n|ne) (le |lui |les )?(digan|diga|digas|dile|llamen|tell|call|text"
    r"|conte|contem|conta|liguem|dites|dis|appelez)( nada| nothing| rien)? (a |to |pra |para |para a |a la |à )?"
    r"(mi |my |minha |meu |ma |mon |mes |mis )" + _PARENTS + r"\b"
    r"|\b(are you|r u|are u|will you|will u|would you|u gonna|you gonna|ur gonna|do you|do u|does this|would this)"
    r" (going to |gonna )?(tell|call|contact|text|inform|notify|let) (my )?" + _PARENTS + r"\b"
    # "will someone contact the family?" (it got whether we would contact them)
    r"|\b(will|is|are|would|does|do) (someone|somebody|anyone|anybody|they|the team|the police|you guys|y'?all)"
    r" (be )?(going to |gonna )?(tell|telling|call|calling|contact|contacting|text|inform|notify)( to)? (my |the )?"
    + _PARENTS + r"\b"
    r"|\b(tell|call|contact) (my )?" + _PARENTS + r" (or|and) (the )?(cops|police)\b"
    # "i asked if u tell my mom" (it got the immigration answer twice)
    r"|\b(if|whether) (you|u|y'?all|you guys|anyone|someone) (will |would |are going to |gonna |r gonna )?(tell|call"
    r"|contact|text) (my )?" + _PARENTS + r"\b"
    r"|\b(tell|call|contact) (parents|family|padres|familia|pais|parents)\b[^.!?]{0,30}\b(under 18|minor|menor|mineur)"
    r"|\b(le|les|me) (van a|vas a|iran a) (decir|avisar|contar|llamar) a (mi|mis) " + _PARENTS + r"\b"
    # ("le va a decir a mi mama lo de las fotos" is what he threatens, not a question to us)
    r"|\b(le|les|me) va a (decir|avisar|contar|llamar) a (mi|mis) " + _PARENTS + r"\b[^.!?]{0,20}\?"
    r"|\b(mi|mis) " + _PARENTS + r" se (van a|va a) enterar\b"
    r"|\b(vao|vai|voces vao|vcs vao) (contar|falar|avisar|ligar) (pra|para|a|com) (minha|meu|meus|minhas) " + _PARENTS
    + r"\b|\b(vous allez|tu vas|allez-vous) (le )?(dire|appeler|prevenir) (a|à) (ma|mon|mes) " + _PARENTS + r"\b"
    # "van a llamar a mi mama o no?", "minha mae vai ficar sabendo?"
    r"|\b(van|vayan|vas) a (llamar|hablar|hablarle|avisar|avisarle|decir|decirle|contar|contarle)( a)? (mi"
    r"|mis) "
    + _PARENTS + r"\b[^.!?]{0,25}\?|\b(minha|meu|meus|minhas) " + _PARENTS
    + r" (vai|vao) (ficar sabendo|saber|descobrir)\b"
    r"|\b(mi|mis) " + _PARENTS + r" (se va a|se van a|va a|van a) (enterar|saber)\b[^.!?]{0,25}\?")


# a young person asking whether to tell a parent: "le digo a mi ama?", "should i tell my mom", "devo contar pra mae?"
# (it got the immigration answer, then "¿Cuándo pasó?")
_TELL_A_PARENT = re.compile(
    r"\b(le digo|le cuento|le aviso|le tengo que decir|debo decirle|deberia decirle) (a )?(mi|mis) (ama|mama|mami|madre"
    r"|papa|papi|padre|papas|padres|jefa|tia|abuela)\b"
    r"|\b(should|do|can) i (tell|talk to) (my )?(mom|mum|mother|dad|father|parents|aunt|grandma)\b"
    r"|\b(devo|posso|tenho que) (contar|falar) (pra|para|com) (a |o )?(minha|meu) (mae|pai|pais|tia|avo)\b"
    r"|\b(je dois|je peux|est-ce que je) (le )?(dire|en parler) a (ma|mon|mes) (mere|pere|parents|tante)\b")


def asks_whether_to_tell_a_parent(text: str) -> bool:
    return bool(_TELL_A_PARENT.search(normalise(text)))


def asks_if_family_is_told(text: str) -> bool:
    """ "are u gonna tell my mom?", "le van a decir a mis papás?": whether the family will hear of it."""
    return bool(_TELLS_FAMILY.search(normalise(text)))


def fears_being_wrong(text: str) -> bool:
    return bool(_WHAT_IF_WRONG.search(normalise(text)))


_CANADA = re.compile(r"\b(canada|canadian|canadien\w*|canadense)\b")


def in_canada(facts: dict[str, Any], text: str | None) -> bool:
    """Where the labour referral is for: "je travaille à Saint-Rémi, Québec", or "Je suis au Canada" after the US
    number was given (it got "write again any time")."""
    return facts.get("country") == "CA" or bool(_CANADA.search(normalise(text or "")))


def work_referral(facts: dict[str, Any], text: str | None, again: bool = True) -> str:
    """The labour referral for a problem at work: in full the first time, short after that; Canada's offices for work
    in Canada."""
    canada = in_canada(facts, text)
    if again:
        return "utter_referred_again_canada" if canada else "utter_referred_again"
    return "utter_not_trafficking_canada" if canada else "utter_not_trafficking"


def fears_trouble(text: str) -> bool:
    said = normalise(text)
    return bool(_IN_TROUBLE.search(said) or _MY_FAULT.search(said)) or fears_arrest_by_police(text)


# the police arresting the one harmed: "si j'appelle les flics est ce qu'ils vont m'arreter moi? pour la
# prostitution", "se eu sair daqui sem documento a policia me prende?", "if i call the cops will they arrest me" (each
# got "No, this is not the police")
_ARREST = (r"(arrest|arrests|arrested|arresting|jail|lock (me|us|her|them) up|arrestar\w*|detener\w*|encerrar\w*"
           r"|vou presa|vou preso|ser presa|ser preso|vou pra cadeia|correccional|reformatorio|juvie|la prison"
           r"|arreter|arrete|arretent|arreteront|arretee?s?|prende|prendem|prender|prenderem|embarquer|embarquent)")
_POLICE_ARREST = re.compile(
    r"\b(police|cops?|policia|policias|flics?|poulets|gendarmes?|pm|pf)\b[^.!?]{0,40}\b(me|m'|nos|nous|us|me|la|les"
    r"|a gente|her|them)? ?" + _ARREST + r"\b"
    r"|\b(will|would|could|can|do|does|are|is) (they|he|she) (arrest|jail|lock up) (me|us|her|them)\b"
    r"|\b(ils|elles|on) (vont|va|vont pas|peuvent) (m'|nous |l'|les )?(arreter|embarquer)\b"
    r"|\b(eles|vao|vai) (me |nos |a |as )?(prender|levar presa|levar preso)\b"
    r"|\b(me|nos) (van|va) a (arrestar|detener|llevar presa|llevar preso)\b[^.!?]{0,40}\b(policia|prostitucion)\b"
    r"|\b(policia|police|cops)\b[^.!?]{0,60}\b(me|nos) (van|va) a (arrestar|detener)\b"
    # "si llamo al 911 me van a meter presa?" (a girl of 14 was told "Sí: llama al 911 ahora")
    r"|\b(911|policia|la poli|police|cops|patrulla)\b[^.!?]{0,40}\b(me|nos|la|lo) (van|va|vayan) a (meter|llevar"
    r"|mandar) (presa|preso|presas|presos|a la carcel|al bote|a la carcel|al reformatorio|a la correccional)\b"
    r"|\b(me|nos) (meten|metan|llevan|lleven) (presa|preso|presas|presos|a la carcel|al bote)\b"
    r"|\bwill (i|we) (get|go|be) (arrested|locked up|to jail|in jail|sent to juvie)\b"
    r"|\b(for|por|pour) (prostitution|prostitucion|prostituicao|sex work|trabajo sexual|programa)\b[^.!?]{0,20}\?")


# the police as his threat: "he says the police will arrest me" (a sign of control, answered as a threat)
_HIS_POLICE_THREAT = re.compile(r"\b(says?|said|tells?|told|threaten\w*|dice|dijo|amenaza\w*|diz|disse|ameaca\w*|dit"
                                r"|menace\w*)\b( \w+){0,4} (the )?(police|cops?|policia|flics?|la migra)\b")


def fears_arrest_by_police(text: str) -> bool:
    said = normalise(text)
    return bool(_POLICE_ARREST.search(said)) and not _HIS_POLICE_THREAT.search(said)


# "yo acepte venir y firme un papel, es mi culpa?", "is it my fault?": not their fault (it got only "asking for help
# is not a crime")
_MY_FAULT = re.compile(r"\b(is it|its|it'?s|was it|it was|is this|was this) (all )?my (own )?fault\b|\bam i to blame\b"
                       r"|\bblame me\b|\b(was|is) (this|it) because of me\b|\bdid i cause (this|it)\b"
                       r"|\bc'? ?est (de )?ma (faute|faut)\b|\bc (de )?ma faute\b"
                       r"|\b(es|fue|sera) (toda )?mi culpa\b|\btengo (yo )?la culpa\b|\bme van a culpar\b"
                       r"|\b(a culpa e|e|foi) (minha|culpa minha)\b|\bculpa (e|foi) minha\b|\bvao me culpar\b"
                       r"|\bon va me (blamer|accuser)\b")


def trouble_answer(text: str) -> str:
    """The answer to a fear of trouble: immigration, their own fault, arrest by the police, or the law."""
    said = normalise(text)
    if _DEPORTED.search(said):
        return "utter_immigration"
    if fears_arrest_by_police(text):
        return "utter_victims_protected"
    return "utter_not_your_fault" if _MY_FAULT.search(said) else "utter_not_in_trouble"


# "delete my number", "remove what I said about my name", "borra mi nombre", "efface mon numéro", "tira meu nome":
# one part, not the whole chat (each was offered to erase everything). Contact details can be taken out of the
# report; anything else can be changed, not erased alone.
_ERASE_VERB = take_out.ERASE_VERB
_KEEP_VERB = (r"(don'?t|do not|dont|no|ne|nao)\s+(keep|put|include|use|save|store|guard\w*|pong\w*|incluy\w*|us\w*"
              r"|garde[rz]?|mets|mettez|coloc\w*|salv\w*)")
_OWN_CONTACT = (r"\b(my|mi|mis|mon|ma|mes|meu|meus|minha|minhas)\s+(full |real )?(name|number|phone( number)?"
                r"|cell( phone)?( number)?|e-?mail|contact( info| information| details)?|details|address|nombre|numero"
                r"|telefono|cel|celular|correo|datos|direccion|nom|telephone|portable|courriel|mail|coordonnees|adresse|nome|telefone"
                r"|dados|contato|endereco|snap|snapchat|ig|insta|instagram|tiktok|fb|facebook|telegram|handle"
                r"|user ?name|usuario)\b")
_ERASES_CONTACT = re.compile(rf"(\b{_ERASE_VERB}\b|\b{_KEEP_VERB}\b)[^.!?]{{0,40}}?{_OWN_CONTACT}"
                             rf"|\b(take|leave|keep)\s+{_OWN_CONTACT}(\s+(and|&|n)\s+(my\s+)?\w+(\s+\w+)?)?\s+(out|off)\b")
_ERASES_A_PART = re.compile(
    rf"\b{_ERASE_VERB}\b[^.!?]{{0,20}}?\b(what i (said|wrote|told you|put) (about|for|on)|the (part|bit) (about|where)"
    r"|lo que (dije|escribi|te dije|puse) (de|sobre|del|acerca)|la parte (de|sobre|del|donde)|ce que j'ai (dit|ecrit)"
    r" (sur|a propos|au sujet)|la partie (sur|ou)|o que eu (disse|escrevi|falei) (sobre|de|do|da)"
    r"|a parte (sobre|de|do|da|onde))\b"
    # "delete the plate thing, i'm not sure about it", "take out the plate number pls. keep the car" (the first offered
    # to erase the whole chat, the second was added to the report)
    rf"|\b{_ERASE_VERB}\s+(the|that|lo de la|lo del|lo de|o|a)\s+(\w+\s+)?(thing|part|bit|number|cosa|parte|numero"
    r"|plate|placa|placas|matricula|license)\b"
    # someone else's name, or "lo de…": one part ("borra el nombre de maria", "borra lo de maria lopez", "no pongas
    # su nombre" each offered to erase the whole chat, and a "sí" erased the tip)
    rf"|\b({_ERASE_VERB}|{_KEEP_VERB})\s+(the|her|his|their|el|su|sus|o|a|seu|sua|le|la|son|sa|lo del|lo de la)"
    r"\s+(\w+\s+)?(name|names|nombre|nombres|nome|nomes|nom|noms)\b"
    rf"|\b{_ERASE_VERB}\s+lo (de|del)\b"
    # "e tira essa parte q eu nao tenho documento", "borra esa parte", "take that part out", "the van thing. just take
    # it out" (each was added to the tip)
    rf"|\b{_ERASE_VERB}\s+(essa|esa|esta|this|that|the|cette|cet) (parte|part|partie|bit|thing|cosa|coisa|chose)\b"
    r"|\bthe \w+ (thing|part|bit)\W+(\w+\W+){0,2}(take|get) (it|that) out\b"
    r"|\b(take|get) (that|this) (part|bit|thing|sentence|line) out\b")
_NOT_ERASING = re.compile(rf"\b(don'?t|do not|dont|no|ne|nao|never|nunca|jamais)\s+(\w+\s+)?{_ERASE_VERB}\b"
                          rf"|\b(he|she|they|someone|somebody|boss|el|ella|ellos|il|elle|ils|ele|ela|eles)\s+(\w+\s+)?"
                          rf"{_ERASE_VERB}\b"  # (not "he deleted my number from his phone")
                          # asking whether it was erased: "vc apagou meu telefone?", "vous avez effacé l'adresse!"
                          r"|\b(vc|voce|voces|vcs|you|u|vous|tu|usted|ustedes)\s+(avez\s+|as\s+|have\s+|just\s+)?"
                          r"(apagou|apagaram|tirou|tiraram|erased|deleted|removed|took out|efface|supprime|borraste"
                          r"|borraron|borro|quitaste|quitaron)\b"
                          # "si borro los mensajes de mi cel…?", "borro los mensajes del hombre o los guardo?": asking
                          r"|\b(si|if i|se eu|si j'?) ?(borro|apago|apagar|delete|erase|efface)\b"
                          r"|\bo (los |las )?guardo\b|\bor keep (them|it)\b|\bou (eu )?guardo\b"
                          # done to them, not asked of us: "me quito mi telefono" (he took my phone), "tiraram meu
                          # celular", "le sacaron sus papeles" (each took the reporter's contact out of the report)
                          r"|\b(me|le|les|nos|te)\s+(quito|quitaron|saco|sacaron|tiro|tiraron|borro|borraron|retiro"
                          r"|retiraron|elimino|eliminaron|apago|apagaron)\b"
                          r"|\b(quitaron|sacaron|tiraron|borraron|retiraron|tirou|tiraram|apagaram|removed|deleted"
                          r"|erased|took away)\s+(mi|mis|su|sus|meu|minha|meus|my|her|his|their)\b"
                          # done by the one writing, already: "j'ai efface le message" (with "c'etait quoi mon code?":
                          # it asked "do you want us to erase this chat?"), "i deleted the text", "ya borre el mensaje"
                          r"|\b(j'?ai|i( already)?|ya|eu( ja)?)\s+(efface|supprime|deleted|erased|borre|elimine"
                          r"|apaguei)\s+(le|les|the|el|los|a|as|o|os|ton|your|tu|tus|mon|my|mi|mis|meu|minha)?\s*"
                          r"(message|messages|text|texts|msg|sms|mensaje|mensajes|mensagem|mensagens|code|codigo)\b")


def erases_nothing(text: str) -> bool:
    """Erasing said of something else, or asked about, or already done by the one writing: not a wish to erase."""
    return bool(_NOT_ERASING.search(normalise(text)))


# "dont put my name, just the number", "nomas el numero", "pode deixar o telefone": the name only
_NAME_ONLY = re.compile(r"\b(just|only|solo|nomas|nada mas|so|seulement|juste|keep|leave|deja|dejen|pode deixar"
                        r"|garde[rz]?) (the |my |el |mi |o |meu |le |mon )?(number|phone|cell|email|numero|telefono|cel"
                        r"|celular|correo|telefone|contato|portable|telephone)\b")
_NUMBER_WORDS = re.compile(r"\b(number|phone|cell|email|e-mail|contact|numero|telefono|cel|celular|correo|datos"
                           r"|telefone|dados|contato|portable|telephone|courriel|mail|coordonnees)\b")
_NAME_WORDS = re.compile(r"\b(name|nombre|nom|nome)\b")
_ERASES_ALL = re.compile(rf"\b{_ERASE_VERB}\s+(\w+\s+)?(everything|all|it all|todo|toda|todos|tudo|tout|toute|whole"
                         r"|entire|this chat|the chat|this conversation|the conversation|este chat|esta conversacion"
                         r"|essa conversa|esta conversa|cette conversation)\b")


# "pero todavia sale mi numero ahi abajo", "why is my name still there??": taken out, not filed as the place or when
_STILL = r"\b(still|todavia|aun|ainda|encore|toujours)\b"
_SHOWN = r"\b(says|shows|there|in it|in there|sale|aparece|ahi|esta ahi|ai|aparece|ta ai|la|y est|apparait)\b"
_STILL_SHOWS_MINE = re.compile(rf"{_STILL}[^.!?]{{0,30}}{_OWN_CONTACT}[^.!?]{{0,20}}{_SHOWN}"
                               rf"|{_OWN_CONTACT}[^.!?]{{0,25}}{_STILL}[^.!?]{{0,10}}{_SHOWN}"
                               rf"|{_STILL}[^.!?]{{0,5}}{_SHOWN}[^.!?]{{0,20}}{_OWN_CONTACT}")


def erases_a_part(text: str) -> str | None:
    """"contact" when the person asks to take their own name, number or other contact details out ("delete my
    number"); "name" when only the name ("no pongas mi nombre, nomas el numero"); "part" when they ask to erase one
    thing they said ("delete what I said about the address"); None otherwise ("delete everything", "don't delete
    my number")."""
    t = normalise(text)
    if _NOT_ERASING.search(t) and not re.search(rf"\b{_KEEP_VERB}\b", t):
        return None
    if _ERASES_ONE_FROM_ALL.search(t):
        return "part"  # "apaga Santa Rita de tudo" (it offered to erase the whole chat: a "sim" lost the report)
    if _ERASES_ALL.search(t) or _HOW_TO_HIDE.search(t):
        # "can u delete everything i sent, im scared she check my phone" (only the contact went); "posso apagar do meu
        # celular?" asks how to hide the chat
        return None
    if _ERASES_CONTACT.search(t) or _STILL_SHOWS_MINE.search(t):
        named = _NAME_WORDS.search(t)
        return "name" if named and (_NAME_ONLY.search(t) or not _NUMBER_WORDS.search(t)) else "contact"
    return "part" if _ERASES_A_PART.search(t) else None


# their own address said by mistake as the place, and the right one given: "please take out 14 oak ridge thats MY
# address. theirs is 16 Oak Ridge Ct Plano TX" (their contact was taken out, the report made anonymous, and the wrong
# house kept)
_MY_ADDRESS_THEIRS = re.compile(r"(?:(?:take|get|leave) (?:out|off) (?P<wrong>[^.!?]{3,40}?),? )?(?:that'?s|thats"
                                r"|its|it'?s|is) my (?:own )?(?:address|house|place)\b[^!?]{0,20}?\b(?:theirs|their"
                                r" (?:address|house|place)|the (?:right|real) one) (?:is|=)\s+(?P<right>[^.!?]+)",
                                re.IGNORECASE)


def own_address_put_right(turn: Turn, slots: dict[str, Any]) -> Step | None:
    """Where, put right when the person's own address was told as the place; their own taken out of the story."""
    m = _MY_ADDRESS_THEIRS.search(turn.text)
    if not m:
        return None
    right = m.group("right").strip(" ,")
    changes: dict[str, Any] = {"tip_where": right, "tip_facts": merge_facts(slots.get("tip_facts"), extract(
        right, turn.language), override=True)}
    wrong = (m.group("wrong") or "").strip()
    for name in ("tip_what", "tip_more"):
        told = slots.get(name)
        if wrong and isinstance(told, str) and wrong.lower() in told.lower():
            at = told.lower().index(wrong.lower())
            changes[name] = f"{told[:at]}(an address taken out){told[at + len(wrong):]}"
    return Step(slots=changes)

# one thing taken out of everything: "apaga Santa Rita de tudo", "delete kevin from everything", "quita a Lupe de todo"
_ERASES_ONE_FROM_ALL = re.compile(
    rf"\b{_ERASE_VERB}\s+(?!(everything|all|todo|tudo|tout|this|esta|esto|isso|isto|cela|ca|the chat|this chat|el chat"
    r"|la conversacion|a conversa|la conversation|my|mi|mis|meu|minha|mon|ma|mes)\b)(\w+\s+){1,4}(de|from|del|da|do|du"
    r"|de la|off) (tudo|todo|everything|all|tout|everywhere|todas partes|todos lados|the report|la denuncia|a denuncia"
    r"|le signalement|mi denuncia|minha denuncia|my report)\b")
_ABOUT_AN_ADDRESS = re.compile(r"\b(address|street|direccion|domicilio|calle|endereco|rua|adresse|rue)\b")
_ABOUT_A_NAME = re.compile(r"\b(name|names|nombre|nombres|nome|nomes|nom|noms)\b")
# "remove ana ruiz from the report", "quita a yesenia", "não coloca a jessica": a request to take something out
_LEAD_IN = (r"(please|pls|plz|can you|can u|could you|could u|also|and|oh and|ok|y|e|et|tambien|tambem|aussi|puedes"
            r"|podrias|pode|porfa|por favor)")
_TAKE_OUT = re.compile(rf"^\W*({_LEAD_IN}\W+)*({_ERASE_VERB}|{_KEEP_VERB})\b")


# "the passport thing is wrong", "lo de la deuda no es cierto", "a parte da divida ta errada": the sign it names is
# taken out (nothing changed)
_SIGN_WRONG = re.compile(r"\b(thing|part|bit|one|stuff)( about \w+)? (is|was|'s|s) (wrong|not right|not true|a mistake"
                         r"|incorrect|made up)\b|\blo de (la |el |los |las )?\w+( \w+)? (esta mal|no es (cierto|verdad)"
                         r"|no es asi)\b|\b(a parte|o lance|a coisa) d[aeo]s? \w+( \w+)? (ta|esta) errad[ao]\b"
                         r"|\b(le truc|la partie|l'histoire) (de|du|des|sur) (la |le |les )?\w+( \w+)? (c'est|est)"
                         r" (faux|pas vrai)\b")


def _asks_to_take_out(t: str) -> bool:
    """ "remove…", "dont put…", "take Ana's name out", "mejor sin nombres" (on normalised text)"""
    return bool(_TAKE_OUT.search(t) or _TAKE_X_OUT.search(t))


def takes_out_of_the_tip(text: str, slots: dict[str, Any]) -> bool:
    """The message asks to take a name, the address or a part out of what was told ("also remove Carla from the
    report"), or asks about that ("should i remove the boss's name?"), not to erase the chat."""
    t = normalise(text)
    if not _OWN_NAME.search(t) and re.search(
            rf"\b{_ERASE_VERB}\b[^.!?]{{0,30}}\b(name|names|nombre|nome|nom|address|direccion|endereco)\b", t):
        return True
    return _asks_to_take_out(t) and bool(
        _ABOUT_AN_ADDRESS.search(t) or _ABOUT_A_NAME.search(t) and not _OWN_NAME.search(t)
        or take_out.name_in(text, slots, said_as_a_name=False))


def _taking_out(turn: Turn, part: str | None, asked: str | None, slots: dict[str, Any],
                facts: dict[str, Any]) -> Step | None:
    """Someone else's name or the street address taken out of the answers before filing ("dont put her name in it",
    "quita lo de la direccion, nomas pon houston"): they each got "I can't erase just one part", and the next "yes"
    filed the report with the name in it. A name the message does not say is asked for; None when this message
    takes nothing out."""
    t = normalise(turn.text)
    back = {"correcting": False} if asked == "tip_confirmed" else {}
    done = {k: v for k, v in facts.items() if k != "taking_out"}
    if asked and (re.search(rf"\b{_ERASE_VERB}\b", t) or _TAKE_X_OUT.search(t)) and _ABOUT_A_NAME.search(t) and (
            _KEEP_IT.search(t) or is_question(turn.text) and re.search(r"\b(should|do|must|tengo|debo|devo)\b", t)):
        # "should i remove the boss's name? no actually keep it" (it offered to erase the whole chat, or took it out)
        return Step(slots=back, say=["utter_names_up_to_you"])
    if facts.get("taking_out") == "name":  # the answer to "which name?"
        if says_no(turn) and turn.words <= 3:
            return Step(slots={"tip_facts": done, **back})
        name = take_out.name_in(take_out.answer_as_name(turn.text), slots)
        changed = take_out.without_name(name, slots, turn.language) if name else {}
        return Step(slots={**changed, "tip_facts": done, **back},
                    say=["utter_name_taken_out" if changed else "utter_name_not_found"])
    requested = part == "part" or _asks_to_take_out(t)
    if asked == "tip_confirmed" and (requested or _TAKE_OUT_OF_THE_READ_BACK.search(t) or _TAKE_IT_OUT.search(t)) and (
            not _NOT_ERASING.search(t)):
        # a sign as the read-back shows it, asked of us there (a story's "el dueño les quita el pasaporte… las amenaza"
        # had lost the Threats sign and the whole story, with "Listo, quité esa parte.")
        # what follows the request, when something comes before it ("you forgot the long hours. and take out fear":
        # the long hours, just added, were taken out, and fear stayed)
        verb = _TAKE_OUT_OF_THE_READ_BACK.search(t) or _TAKE_OUT.search(t)
        scope = t[verb.start():] if verb and verb.start() > 0 else turn.text
        named = take_out.signs_named(scope, list(facts.get("means_of_control") or ()), turn.language)
        that = _TAKE_IT_OUT.search(t)
        if not named and that:
            # "i dont know for sure shes drugged, take that out": the sign the same message names, in its words (it was
            # kept, and the words added to the signs)
            named = sorted(set(extract(t[:that.start()], turn.language).means_of_control) & set(
                facts.get("means_of_control") or ()))
        if named:
            # "en señales quita amenazas con migracion", "i never said no access to his money, take that out": that
            # sign leaves the report (it stayed, and the request was added to "Also")
            kept = [m for m in facts.get("means_of_control") or () if m not in named]
            changes: dict[str, Any] = {"tip_facts": {**facts, "means_of_control": kept}}
            for other in _other_sentences(turn, facts):
                # "quite amenazas, no me amenazan. y la casa es en sugar land no en houston": the place is corrected
                # too (it was ignored)
                said = _LEADING_AND.sub("", other).strip() or other
                more = correction(replace(turn, text=said), {**slots, **changes}, extract(said, turn.language))
                if set(more) - {"tip_facts", "tip_more"}:
                    changes.update(more)
            return Step(slots={**changes, **back}, say=["utter_part_taken_out"])
    if not requested or asked is None:
        return None
    places = {normalise(str(v)) for v in (facts.get("city"), facts.get("state")) if v}
    name = take_out.name_in(turn.text, slots, said_as_a_name=bool(_ABOUT_A_NAME.search(t)), not_names=places)
    about_a_name = _ABOUT_A_NAME.search(t) and not _OWN_NAME.search(t)
    if not name and about_a_name:
        told_names = take_out.names_told(slots)
        name = told_names[0] if len(told_names) == 1 else None  # the one name in the tip ("mi comadre Yesenia")
    fields, say = dict(slots), []
    removed = take_out.without_name(name, fields, turn.language) if name else {}
    if removed:  # ("Listo, quité ese nombre" was said when nothing had been taken out)
        fields.update(removed)
        say.append("utter_name_taken_out")
    if _ABOUT_AN_ADDRESS.search(t):
        fields.update(take_out.without_address(turn.text, fields, facts, turn.language))
        say.append("utter_address_taken_out")
    if not say and not about_a_name:
        # "remove the part about the van", "quita lo de q no tenemos papeles", "tira essa parte q eu nao tenho
        # documento" (each stayed in the report, and the request itself was added to it): the sentences that say it go,
        # and the signs read only from them
        removed, taken = _without_line(t, fields) or take_out.without_part(turn.text, fields)
        if taken:
            fields.update(removed)
            left = " ".join(str(fields.get(k) or "") for k in take_out.FIELDS)
            gone = set(extract(taken, turn.language).means_of_control) - set(
                extract(left, turn.language).means_of_control)
            if gone:
                fields["tip_facts"] = {**facts, "means_of_control": [m for m in facts.get("means_of_control") or ()
                                                                     if m not in gone]}
            say.append("utter_part_taken_out")
    if say:
        changed = {k: v for k, v in fields.items() if k in (*take_out.FIELDS, "tip_facts") and v != slots.get(k)}
        return Step(slots={**changed, **back}, say=say)
    if about_a_name:
        # (the question waiting is not sent again until the name is given: the read-back came right after it)
        return Step(slots={"tip_facts": {**facts, "taking_out": "name"}, **back}, say=["utter_ask_which_name"],
                    quiet=True)
    return None


def _other_sentences(turn: Turn, facts: dict[str, Any]) -> list[str]:
    """The sentences of a message that neither take a sign out nor say one did not happen."""
    sentences = [p.strip() for p in re.split(r"(?<=[.!?;])\s+", turn.text.strip()) if p.strip()]
    signs = sorted(facts.get("means_of_control") or ())
    return [p for p in sentences if len(sentences) > 1 and not (
        _TAKE_OUT_OF_THE_READ_BACK.search(normalise(p)) or _asks_to_take_out(normalise(p))
        or take_out.signs_named(p, signs, turn.language) or denied_signs(p, turn.language))]


# at the read-back, a request to take out where a clause starts: "en señales quita amenazas con migracion", "y quita
# lo de…" (not "el dueño les quita el pasaporte", which tells what is done to them)
_TAKE_OUT_OF_THE_READ_BACK = re.compile(rf"(^|[.,;!?]\s*)\W*(({_LEAD_IN}|en (las )?senales|in the signs|nos sinais"
                                        rf"|dans les signes)\s+)*{_ERASE_VERB}\b")
# "take that out", "get it out", "leave those out"
_TAKE_IT_OUT = re.compile(r"\b(take|get|leave) (it|that|this|those|them) (out|off)\b")
# "take Ana's name out", "can you take her name out", "saca su nombre"
_TAKE_X_OUT = re.compile(r"\btake (\w+'?s? ){0,2}(name|names|address|street)( \w+)? (out|off)\b"
                         r"|\b(saca|sacale|quita|quitale|tira) (su|el|la) (nombre|direccion|nome|endereco)\b"
                         r"|\b(sin|without|sem|sans) (the |any |los |o |os )?(nombres?|names?|nomes?|noms?)\b")
# "no actually keep it", "nah leave it in", "dejalo asi", "deixa assim"
_KEEP_IT = re.compile(r"\b(keep|leave) (it|them|the name|his name|her name|it in)\b|\bdejal[oa]( asi)?\b|\bdeixa (assim"
                      r"|ficar)\b|\bno (lo|la) quites\b|\bnao tira\b")
_OWN_NAME = re.compile(r"\b(my|mi|mon|meu) (full |real )?(name|nombre|nom|nome)\b")


def contact_withdrawn(part: str = "contact", contact_text: Any = None, slots: dict[str, Any] | None = None,
                      language: str = "en") -> Step:
    """Their contact details out of the report: the report becomes anonymous, and contact is never asked again. Only
    the name (`part` "name"), when a number or an email is left to reach them: that is kept. Their name and number
    as told in the answers ("My name is Linda Park and I manage…") go too: "Done" had left them there."""
    contact_text = contact_text if contact_text not in (NONE, UNKNOWN) else None
    kept = contact.reachable(contact_text) if part == "name" and contact_text else None
    scrubbed = take_out.without_own_contact(slots or {}, contact_text, language, name_only=bool(kept))
    if kept:
        return Step(slots={**scrubbed, "contact": kept}, say=["utter_name_removed"])
    return Step(slots={**scrubbed, "privacy_level": "anonymous", "contact": None}, say=["utter_contact_removed"])


def asks_if_contacted(text: str) -> bool:
    """ "will someone call me?" (not "will someone contact the family?", about the family)."""
    return bool(_CONTACTED.search(normalise(text))) and not asks_if_family_is_told(text)


def will_we_contact(privacy_level: str | None) -> str:
    """The answer to "will someone call me?": it depends on the privacy choice."""
    return "utter_will_we_contact_anonymous" if privacy_level == "anonymous" else "utter_will_we_contact"


def not_safe_now(text: str) -> bool:
    return bool(_NOT_SAFE_NOW.search(normalise(text)))


# "i dont know how to explain": how to begin, put simply
_NO_WORDS = re.compile(r"\b(do ?n.?t|dont|do not|not sure) (know )?how to (explain|say|describe|start|put)"
                       r"|where to start|no se como (explicar|decir|describir|empezar|contar)"
                       r"|no se por donde (empezar|comenzar)|je ne sais pas (comment|par ou) |nao sei (como|por onde) ")
# "what does that mean?", "no entiendo": the question just asked is explained (not taken as its answer)
_PUZZLED = re.compile(
    r"^\W*(what|huh|que|quoi|hein|o que|como|comment|como assim|what\?|mande|mande usted|que dijo|que dijiste"
    r"|perdon|pardon|sorry what|come again)\W*$|"
    r"\bwhat (does|do) (that|this|it|u|you) mean\b|\bwhat (do|does) (u|you|it) mean\b|\bmeaning\??$|"
    r"\bi (do ?n.?t|dont|don t) (understand|get it|get what)\b|\b(didn'?t|did not|dont|don'?t) understand\b|"
    r"\bwhat are you asking\b|\bnot sure what you mean\b|"
    # "what kind of things do you need to know?", "qué necesitan saber?": what the question wants, put simply
    r"\bwhat (kind of |sort of )?(things?|info\w*|details?|stuff)? ?(do|would|should) (you|u|i) (need|want|like)"
    r"( me)?( to)? ?(know|say|tell|write|share)?\b|\bwhat (should|do) i (say|tell|write)\b|"
    r"\bque (tipo de )?(cosas|datos|informacion)? ?(necesitan|necesitas|quieren|quieres|debo|tengo que) (saber|decir"
    r"|contar|escribir)\b|\bque (les )?(digo|cuento|escribo)\b|"
    r"\bwhy (do|would) (you|u) (need|want) (to know|that|this)\b|"
    r"\bwhy (are you|r u|do you) ask\w*\b|\bpara que (quieres|necesitas|necesitan|quieren) (saber|eso)\b|"
    r"\bpor ?que (me )?(preguntas|pregunta)\b|\bpourquoi (vous demandez|cette question|vous voulez savoir)\b|"
    r"\bpor que (voce )?(quer saber|pergunta)\b|\bpra que (voce )?quer saber\b|\bwhat.?s the difference\b|"
    r"\bc.est quoi (la difference|ca)\b|\bcual es la diferencia\b|\bqual (e )?a diferenca\b|"
    r"\bno (entiendo|entendi|le entiendo|te entiendo|comprendo)\b|"
    r"\b(que|ke|q) (significa|quiere decir|quieres decir|me preguntas|es eso)\b|\bcomo que\??$|\bcomo asi\b|"
    r"\b(je )?(ne )?comprends? pas\b|\bca veut dire quoi\b|\bqu.est.ce que (ca|cela|vous) (veut|voulez) dire\b|"
    r"\bc.est.a.dire\b|\bnao (entendi|entendo|compreendi)\b|\bo que (isso )?(significa|quer dizer)\b|"
    r"\bcomo assim\b", re.IGNORECASE)
# What a question inside a tip is about, read from its own sentence (normalised text)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\s*\n\s*")
# "where can i go?" after getting away: a question about shelter (also asked on its own, `step`)
_WHERE_TO_GO = (r"\bwhere (can|could|do|should) (i|we) (go|stay|sleep)\b"
                r"|\b(a )?donde (puedo|podemos|me puedo) (ir|quedar|quedarme|dormir)\b"
                r"|\bonde (posso|eu posso|a gente pode) (ir|ficar|dormir)\b"
                r"|\bou (puis-je|je peux|est-ce que je peux) (aller|dormir|rester)\b")
# the cost: "is this free?", "cuesta algo mandar mensajes aqui?", "me cobran o no los mensajes?", "c'est payant?"
# ("wait is this free? i cant pay nothing" was not answered; "es gratis o no?" re-asked the safety question)
_COSTS = re.compile(r"\b(is (this|it|that|texting)( \w+)? free|free of charge|(does|will) (it|this|texting) cost"
                    r"|cost (anything|money|me|extra)|do i (have to|need to|gotta) pay( (for|anything|to))?\b(?! (him"
                    r"|her|them|the|my|back|off))|charge (me|for)|es gratis|sera gratis|gratis o|cuesta (algo|dinero"
                    r"|mandar|escribir|los mensajes)|cuanto (cuesta|cobran|sale|me cobran)|me (cobran|van a cobrar"
                    r"|cobra|va a costar|van a costar|cuesta)|cobran (los mensajes|algo)|se necesita dinero|how much"
                    r" (does it|is it|do you charge)|va a costar|hay que"
                    r" pagar|tengo que"
                    r" pagar (algo|por)|c'?est (gratuit|payant)|ca coute|ca va me couter|(il )?faut payer|e de graca|e"
                    r" gratis|e gratuito|custa (algo|alguma|dinheiro)|vao me cobrar|cobra(m)? (algo|alguma coisa|as"
                    r" mensagens)|tem que pagar|preciso pagar)\b")
# questions with answers of their own (each got the services answer, or "I can't answer that here"):
# a visa for victims ("can i get a visa for this?", "que es la visa T", "da pra tirar o visto T?")
_VISA = re.compile(r"\b(t ?visa|visa ?t|visto ?t|u ?visa|visa ?u|visa de victima)\b"
                   r"|\b(get|apply for|qualify for|sacar|obtener|conseguir|pedir|arreglar|tirar|avoir|obtenir|demander)"
                   r"( (a|una|um|un|my|mis|mi|meus|mes|des|the|los|las|el|la|o|os))? (visa|visado|visto|green card"
                   r"|papeles|papers|residencia|residency|documentos|titre de sejour|papiers|work permit"
                   r"|permiso de trabajo)\b")
# a right to the pay owed ("tengo derecho a q me paguen completo?", "even without papers do they have to pay me")
_RIGHT_TO_PAY = re.compile(
    r"\b(right|rights|derecho|derechos|direito|direitos|droit|droits) (to|a|de|d'?) ?(be paid|get paid|my pay|my wages"
    r"|que me paguen|q me paguen|cobrar|ser pagad[oa]|receber|que me paguem|etre payee?|mon salaire|mi sueldo"
    r"|mi salario|meu salario)\b"
    r"|\b(do|does|dont|don'?t|doesn'?t) (they|he|she|my boss|the boss) (have|need) to pay (me|us)\b"
    r"|\b(tienen|tiene) que pagar(me|nos)\b[^.!?]{0,30}\?|\b(me|nos) (tienen|tiene) que pagar\b[^.!?]{0,30}\?"
    r"|\b(tem|tem que|tem q) (me )?pagar\b[^.!?]{0,30}\?|\b(doit|doivent) me payer\b[^.!?]{0,30}\?"
    # "nos pagan lo que nos debe?", "will we get what he owes us?" (asked twice, unanswered)
    r"|\b(nos|me|les) (pagan|pagaran|van a pagar|paga|pagara|va a pagar) lo que (nos|me|les) (debe|deben|deben)\b"
    r"[^.!?]{0,20}\?|\b(will|do|can) (we|i) (get|be paid) (what|the money) (he|they|the boss) (owes?|owed)\b"
    r"|\b(vamos|vou|a gente vai) receber o que (ele|eles) (deve|devem)\b")
# the passport back ("ustedes me pueden regresar mi pasaporte?", "can u get my passport back")
_PASSPORT_BACK = re.compile(
    r"\b(get|getting|take|recover|have) (back )?(my|our|her|his|their) (passport|papers|id|documents)( back)?\b"
    r"[^.!?]{0,20}\?|\b(can|could|will) (you|u|y'?all|someone)( \w+)? (get|help (me )?get|recover)"
    r" (my|our|her|his|their) (passport|papers|id|documents)\b"
    r"|\b(regresar|devolver|recuperar|sacar)(me|nos|le)? (mi|el|su|mis|los|sus|nuestros) (pasaportes?|papeles"
    r"|documentos|id)\b"
    r"|\b(pegar de volta|recuperar|tirar dele) (o |meu |os |meus )?(passaporte|documentos)\b"
    r"|\b(recuperer|ravoir|reprendre) (mon|mes|son|ses|le|les) (passeport|papiers)\b")
# asked to pass the tip to the police, not to call them now: "can u tell the cops but not say my name", "pueden
# avisarle a la policia sin decir q fui yo?" (it got "No, this is not the police… we only contact them if you ask")
_TELL_POLICE = re.compile(
    r"\b(can|could|would) (you|u|ya|you guys|u guys|y'?all|someone|your team)( please| pls| just)? (tell|inform|notify"
    r"|alert|let|report (this |it |them |him |her |that )?to|(pass|send|give|forward) (this|it|that|my tip|the tip)"
    r"( on| along)? to) (the )?(police|cops|authorities|law enforcement|fbi)\b"
    # "so is someone gonna call the police or do i have to?" (it got "No, this is not the police")
    r"|\b(gonna|going to|will|van a|va a) (call|tell|contact|llamar(le)?|avisar(le)?) (a )?(the |la )?(police|cops"
    r"|policia)( \w+)? (or|o) (do|should|shall|can|must|tengo|debo|lo hago)\b"
    r"|\b(pueden|puedes|podrian|podria|podrias|puede)( ustedes| usted| tu)?( \w+)? (avisar(le|les)?|informar(le|les)?"
    r"|decir(le|les)?|pasar(le|les)? (esto|la denuncia|el reporte|la informacion|el dato)|reportar(lo|la|los|las)?"
    r"|denunciar(lo|la|los|las)?) (a |con |ante )?(la )?(policia|autoridades|las autoridades)\b"
    r"|\b(podem|pode|poderiam|poderia)( \w+)? (avisar|informar|contar (pra|para)|passar (isso|a denuncia) (pra|para)"
    r"|denunciar (pra|para|na)) (a )?(policia|autoridades)\b"
    r"|\b(pouvez-vous|pouvez vous|vous pouvez|tu peux|peux-tu|peux tu|pourriez-vous|pourriez vous)( \w+)? (prevenir"
    r"|avertir|informer|transmettre (ca|ceci|mon signalement|le signalement) a|signaler (ca|ceci) a) (la police"
    r"|les autorites|les flics)\b")
# papers kept, asked whether that is normal or allowed: "el patron tiene mi pasaporte desde q llegue… es normal eso?"
# (it got the warning signs of a job offer, twice: she already worked there)
_PAPERS_KEPT_OK = re.compile(
    r"\b(pasaportes?|papeles|documentos|passports?|papers|documents|id|ids|passeports?|papiers|passaportes?"
    r"|documentos)\b[^?]{0,80}\b(is (that|it|this) (normal|ok|okay|legal|allowed)|is he allowed|can (he|she|they)"
    r" (do|keep) (that|it|this)|(es|eso es|esto es) (normal|legal)|(es|eso es) normal eso|(puede|pueden) hacer eso"
    r"|esta permitido|c'?est (normal|legal|permis)|(e|isso e) (normal|legal)|(pode|podem) fazer isso)\b"
    r"|\b(is it|is that) (legal|normal|allowed|ok) (for (my|the|a) (boss|employer|owner|family|host|manager) )?to (keep"
    r"|hold|take) (my|our|her|his|their) (passports?|papers|documents|id|ids)\b")
_OWN_ANSWERS = (("utter_papers_not_normal", _PAPERS_KEPT_OK), ("utter_t_visa", _VISA),
                ("utter_right_to_be_paid", _RIGHT_TO_PAY), ("utter_passport_back", _PASSPORT_BACK),
                ("utter_we_tell_police", _TELL_POLICE))


def own_answer(text: str) -> str | None:
    """The answer to a question that has its own (a visa, the pay owed, the passport back), or None."""
    said = normalise(text)
    return next((answer for answer, pattern in _OWN_ANSWERS if pattern.search(said)), None)


_QUESTION_TOPICS = (
    ("utter_free", _COSTS),
    ("utter_immigration", re.compile(r"\b(deport\w*|immigration|inmigracion|imigracao|la migra|migra|expuls\w*|"
                                     r"green card|send (me|us|her|them) back|(mandam|mandar|mandem) de volta"
                                     r"|(cops|police|policia|policiais|flics)( \w+){0,2} (work|working|trabajan"
                                     r"|trabalham|travaillent) (with|w|con|com|avec) (ice|la migra|immigration"
                                     r"|migracion|imigracao)"
                                     r"|renvoyer au pays|(me|nous|les) renvoyer|mandar de regreso"
                                     r"|(regresar|devolver)(me|nos)? a (mi|nuestro|su) pais"
                                     # "me podem mandar pra angola presa?" (it got "I can't answer that")
                                     r"|(me|nos|a gente) (podem|vao|pode|vai) mandar (pra|para|de volta pra) (o |a )?"
                                     r"(angola|brasil|portugal|mocambique|cabo verde|meu pais|minha terra|casa))\b")),
    ("utter_not_police", re.compile(r"\b(police|cops?|policia|policias|flics?|law enforcement|5-0|feds|fbi|sheriff"
                                    r"|government|gobierno|gouvernement|governo|policial|policier)\b")),
    ("utter_services", re.compile(r"\b(lawyer|attorney|abogad[oa]|avocat|advogad[oa]|shelter|refugio|albergue|"
                                  r"abrigo|foyer|t ?visa|visa t|u ?visa|legal help|ayuda legal|place to stay|"
                                  r"donde (quedarme|dormir)|somewhere (safe )?to (stay|sleep))\b|" + _WHERE_TO_GO)),
    ("utter_who_we_are", re.compile(r"\b(robot|bot|automated|automatic|automatico|a machine|una maquina|real person"
                                    r"|persona real|who (is|are) (this|you)|"
                                    r"qui[e]n (eres|es|son|habla)|com quem|(e|eh|voce e|vc e|vc eh|tu e|isso e) (um )?"
                                    r"robo|pessoa de verdade|pessoa real|inteligencia artificial|vraie personne"
                                    r"|personne reelle|humain|human being|alguem de verdade|alguien de verdad"
                                    r"|quelqu.un de vrai"
                                    # "q es esto exactamente?", "what is this exactly?", "is this where i report that?"
                                    # (not "q es esto es la migra?": the fear of immigration is answered)
                                    r"|(q|que) es esto(?! (es|son) (la|el|de la) (migra|ice|inmigracion|policia))"
                                    r"|what is this( exactly| place| number| line)?(?=\W*$)"
                                    r"|is this (where|the place|the number|the right (place|number)) (i|to|you)"
                                    r"|o que e isso|c.est quoi (ce|cette) (numero|ligne|service)|es aqui donde"
                                    # "is this a real thing or a scam?"
                                    r"|is this (a )?(real|legit|scam|fake)|(are|r) (you|u) (legit|real|a scam|fake)"
                                    r"|esto es (real|una estafa|de verdad)|c'?est (une arnaque|serieux) (ce|cette)"
                                    r"|isso e (golpe|verdade))\b")),
    ("utter_anonymous", re.compile(r"\b(anonym\w*|anonim\w*|confidential|confidencial|confidentiel\w*|my name|"
                                   r"mi nombre|mon nom|meu nome|(know|find out) (it was|its|it's) me|"
                                   r"(sepa|sabe\w*) que (fui|soy) yo)\b")),
)
_KEYBOARD = re.compile(r"(asdf|sdfg|dfgh|fghj|ghjk|hjkl|qwer|wert|erty|rtyu|tyui|yuio|uiop|zxcv|xcvb|cvbn|vbnm)",
                       re.IGNORECASE)


@dataclass(frozen=True)
class Turn:
    text: str
    intent: str
    confidence: float
    language: str
    entities: tuple[dict, ...] = ()
    watched: bool = False  # the gateway's triage: the controller is there or reads the phone
    danger: bool = False  # the gateway's triage: someone is in danger this minute (an attack, shut in, medical)
    person_coming: bool = False  # the gateway's triage: this message was urgent, so staff were called
    joined: bool = False  # the gateway answered this message with "a person is joining" (911 first, for danger)
    self_harm: bool = False  # the gateway's triage: they may hurt themselves (it gave the 988 line)
    # seconds from the bot's answer to the message before to this message's arrival (negative: it came first, so
    # the question it would answer was never seen); None when not known (bot/actions/tip.py since_answer)
    since_answer: float | None = None
    channel: str | None = None  # "sms" | "web" (the gateway's metadata): a web chat has no number to reach

    @property
    def words(self) -> int:
        return len(_WORD.findall(self.text))

    @property
    def unread(self) -> bool:
        return self.since_answer is not None and self.since_answer < 0


@dataclass
class Step:
    """What one turn changed: slot values, what to say, and whether the form steps aside."""
    slots: dict[str, Any] = field(default_factory=dict)
    say: list[str] = field(default_factory=list)
    steps_aside: bool = False
    hand_over: bool = False  # queue the conversation for a person ("i dont want a bot")
    quiet: bool = False  # the question still stands and is not sent again (a message that continued the last answer)


def plan(slots: dict[str, Any]) -> list[str]:
    """The questions still to ask, in order (an empty plan ends the form)."""
    if slots.get("not_trafficking") or (slots.get("tip_facts") or {}).get("withdrawn"):
        return []
    facts = slots.get("tip_facts") or {}
    wanted = []
    order = (DANGER_NOW_ORDER if facts.get("danger") else DANGER_ORDER if waits_for_a_person(facts)
             else CONTACT_LATER_ORDER if facts.get("contact_later")
             # after another line's help ("my husband hits me"): whether there is more to it, before the menus (it
             # went on to "is it about you?" and the privacy choices, for violence at home)
             else REFERRED_ORDER if facts.get("referred_to") and not slots.get("tip_what") else ORDER)
    for name in order:
        if name == "contact" and slots.get("privacy_level") not in ("share", "confidential"):
            continue
        if name == "exploitation_type" and facts.get("exploitation"):
            continue
        if name == "tip_where" and (facts.get("city") or facts.get("state")) and slots.get("tip_where") is None:
            continue  # a kind of place ("a farm") or a country (often where people came from) is not where
        if name == "tip_when" and facts.get("ongoing") is not None and slots.get("tip_when") is None:
            continue
        if name == "tip_who" and (facts.get("people_count") or facts.get("minor") or facts.get("ages")):
            continue
        wanted.append(name)
    return wanted


def waits_for_a_person(facts: dict[str, Any]) -> bool:
    return bool(facts.get("danger") or facts.get("person_coming"))


def next_question(slots: dict[str, Any]) -> str | None:
    return next((name for name in plan(slots) if slots.get(name) is None), None)


def stops_asking(slots: dict[str, Any]) -> bool:
    """In danger now, once what and where are told (or asked): no more questions until the person asks for them."""
    facts = slots.get("tip_facts") or {}
    return bool(facts.get("danger")) and not facts.get("no_questions") and next_question(slots) not in (
        "tip_what", "tip_where")


# text-speak the extractor expands ("tmrw", "3 mths", "pfvr"): words without vowels that people mean
_TEXT_SPEAK = frozenset().union(*lexicon.SMS.values())


def is_gibberish(text: str) -> bool:
    """Emoji, punctuation or keyboard mashing: nothing a person could mean as an answer."""
    stripped = text.strip()
    if not stripped:
        return True
    if not any(ch.isalnum() for ch in stripped):
        return not (set(stripped) & (_YES_EMOJI | _NO_EMOJI))
    words = _WORD.findall(stripped.lower())
    if not words or any(w.isdigit() for w in words):
        return False  # "3 mths": a number says something
    vowelless = [w for w in words if len(w) >= 4 and not re.search(r"[aeiouyáéíóúàèìòùâêîôûãõ]", w)
                 and w not in _TEXT_SPEAK]
    return len(vowelless) == len(words) or (len(words) == 1 and bool(_KEYBOARD.search(words[0])))


def answers(asked: str | None, turn: Turn, about: frozenset[str]) -> bool:
    """The message holds what was asked (`about`: `told()` of it). "trabajo" to "work, sex or something else?" is
    that answer, even when the model calls it small talk."""
    return asked in about or (asked == "exploitation_type" and bool(_names_a_kind(turn.text))) or (
        asked == "contact" and gives_this_number(turn.text))


def steps_aside(turn: Turn, asked: str | None, found: Extracted, answered: frozenset[str] | None = None) -> bool:
    """A message the form does not take as an answer (the rules answer it, then the form asks again).
    `answered`: `told()` of this message, when the caller has it already."""
    if turn.text.lstrip().startswith("/"):
        return True
    if turn.intent in ("ask_code", "delete_data") and asks_for_code(turn.text) and is_question(turn.text) and (
            erases_nothing(turn.text) or turn.intent == "ask_code"):
        return True  # the code, told by the rules ("c'etait quoi mon code deja? j'ai efface le message": When)
    if asks_privacy_difference(turn.text) and asked == "privacy_level":
        return False  # the intake explains the privacy choices (the rules gave the anonymity line)
    # A message that holds what was asked is an answer, however the model labels it: "monday" to "when?",
    # "yo" to "about you?", "someone else, my cousin", "anonymous" to "how private?".
    # "is target open on sunday?" answers nothing; "cuando alguien se queja le pega" (when someone complains, he hits
    # them) tells, without a question mark (read as a request for a person, it queued one at every answer)
    asking = turn.words > 3 and bool(_ASKS.search(turn.text)) and ("?" in turn.text or not found.means_of_control)
    if asking:
        answered = frozenset()
    elif answered is None:
        answered = told(turn.text, turn, found)
    holds = answers(asked, turn, answered)
    if holds and (turn.intent in SOCIAL or turn.intent == "nonsense"):
        return False
    if holds and asked == "contact" and turn.intent == "request_human":
        return False  # "this number, after 6pm is best. call me jess" (a person was called, and it was asked again)
    substantive = has_facts(found) and turn.words > 12
    if turn.intent in REQUESTS and turn.confidence >= 0.5:
        # ending or erasing is asked for in words that say so ("no los dejan salir" is not "let me stop")
        if turn.intent == "end_conversation" and not wants_to_end(turn.text):
            return False  # "i dont want to say where" declines a question; it does not end the chat
        if turn.intent == "delete_data" and (not _ERASING.search(turn.text) or _OTHERS_ERASE.search(
                normalise(turn.text)) or _NOT_ERASING.search(normalise(turn.text))):
            return False  # "the guy tells him to delete all their chats": a sign, not a request (it offered to erase)
        if turn.intent == "request_human" and (holds or "reporter_role" in answered) and not _PERSON.search(
                _OTHER_PERSON.sub(" ", turn.text)):
            return False
        if turn.intent == "request_human" and not asks_for_a_person(turn.text, turn.confidence):
            return False
        if turn.intent == "request_human" and _GOES_ON.match(normalise(turn.text)) and not _PERSON.search(
                normalise(turn.text)):
            return False  # "e meu telefone": more of the tip (read as a request, it queued a person)
        if turn.intent == "resume" and (holds or "tip_when" in answered):
            return False  # "desde enero y sigue ahí" tells; it does not ask to go on
        if turn.intent == "resume" and asked == "safe_to_talk":
            return False  # "ok back" after the pause answers "is it safe now?" (it got "OK, let's go on.", no question)
        return not substantive
    if (turn.danger or turn.watched) and not _QUESTION.search(turn.text):
        # danger now or someone watching, read as a question: "ta bajando la escalera" (he is coming down the stairs)
        # got who we are, and the where question again (someone else on the phone is read before, in `step`)
        return False
    if turn.intent == "ask_immigration" and not _DEPORTED.search(normalise(turn.text)) and asks_what_next(turn.text):
        return False  # "will someone go check on them?" (the intake answers it; it got the immigration answer)
    if turn.intent == "ask_anonymous" and not _QUESTION.search(turn.text) and not _names_topic(
            "utter_anonymous", normalise(turn.text)):
        return False  # names nothing about anonymity, and asks nothing: it tells
    if turn.intent in QUESTIONS and turn.confidence >= 0.5 and (turn.intent != "ask_code" or asks_for_code(turn.text)):
        if turn.intent == "ask_police" and not _names_topic("utter_not_police", normalise(turn.text)):
            return False  # "for pics", "pics" (a 12-year-old was told "No, this is not the police"): names no police
        if _FEARS_CALLING_RE.search(normalise(turn.text)):
            return False  # afraid to call the police: not "is this the police?" (the intake answers it)
        if turn.intent == "ask_police" and (fears_arrest_by_police(turn.text) or _names_topic(
                "utter_immigration", normalise(turn.text))):
            return False  # "a policia me prende?", "eles me mandam de volta pra Angola?": the intake answers the fear
        if own_answer(turn.text) and is_question(turn.text):
            return False  # "que es la visa T?", "tengo derecho a q me paguen?": answered by the intake, not the rule
        if threatens_with_images(normalise(turn.text)):
            return False  # "il dit que… il va envoyer mes photos a tout le monde": the blackmail, not immigration
        if asks_whether_to_tell_a_parent(turn.text):
            return False  # "le digo a mi ama?" (the immigration answer)
        if turn.words <= 4 and not _QUESTION.search(turn.text) and (
                _YES.search(turn.text) or _NO.search(turn.text) or _HEDGED.search(turn.text)):
            return False  # "kinda", "no": an answer, whatever the model makes of it
        if holds and not _ASKS.search(turn.text):
            return False  # "me and 4 other guys" to "who is affected?" (starts like "me van a deportar?")
        if "privacy_level" in answered and turn.words <= 4 and not _QUESTION.search(turn.text):
            return False  # "confidencial" to another question: the privacy choice (it got the anonymity answer)
        if _QUESTION.search(turn.text):
            return True
        # no question mark or question word: while the person is describing what happens ("they don't let me
        # see a doctor"), it is an answer; elsewhere a short confident request ("i need a lawyer") is not
        describing = asked in ("tip_what", "tip_control", "tip_more", "contact", "tip_confirmed")
        return not describing and turn.confidence >= 0.9 and turn.words <= 8 and not has_facts(found)
    # "desde o ano passado" tells something; "good morning", "buenas noches" stay greetings and goodbyes
    tells_when = turn.intent in ("chitchat", "out_of_scope") and "tip_when" in answered
    if turn.intent == "goodbye" and turn.confidence >= 0.6:
        # "ok bye", "gotta go": a wish to end (confirmed first); "thats all" to "anything else?", "só ela": answers
        return bool(_FAREWELL.search(normalise(turn.text))) and not substantive
    if turn.intent in SOCIAL and turn.confidence >= 0.6 and turn.words <= 5 and not has_facts(found) and not tells_when:
        plain = without_i_said(turn.text) or turn.text  # "jtai dit ouais. wsh", "i said yes" (read as small talk)
        if _NO.search(plain) or _YES.search(plain) or _HEDGED.search(plain):
            return False  # "no nada más", "ok thanks", "kinda": an answer, however polite
        if answered - {"tip_when"}:
            return False  # "sou eu" (read as a goodbye) answers whom it is about, whatever was asked
        return not (asked == "safe_to_talk" and turn.intent in ("thank",))
    if is_gibberish(turn.text):
        return True
    if turn.intent == "nonsense" and turn.confidence >= 0.6:
        return not (any(ch.isdigit() for ch in turn.text) or has_facts(found))
    return False


# "i can give you my email", "te paso mi número": offered, not given (no number, address, time or name in it)
_OFFER = re.compile(r"\b(i can|i could|i'?ll|i will|let me|i want to|i'?d like to|happy to|sure i can) (give|send|share"
                    r"|text|leave) (you |u )?(my )?(email|e-mail|number|phone( number)?|cell( number)?|contact( info)?"
                    r"|info)\b|\b(te|les|le) (doy|puedo dar|paso|puedo pasar|mando|dejo) (mi )?(correo|numero|telefono"
                    r"|cel|celular|contacto|whatsapp)\b|\bpuedo (dar|darte|darles|pasarte|pasarles|mandarte|dejar)"
                    r"( mi)? (correo|numero|telefono|cel|celular|contacto|whatsapp)\b")


def offers_contact(text: str) -> bool:
    said = normalise(text)
    return bool(_OFFER.search(said)) and not re.search(_NUMBER_OR_EMAIL, said) and not _ASK_FOR.search(said) and \
        len(_WORD.findall(said)) <= 10


# "no quiero que me contacten", "dont contact me", "nao quero que me liguem", "je ne veux pas qu'on me contacte"
_DONT_CONTACT_ME = re.compile(
    r"\b(no|don'?t|dont|do not|nao|ne|pas) (quiero|want|wanna|quero|veux)? ?(que |q |to be |qu'on )?(me |nos )?"
    r"(contacten|contacte|contactar|contacted|contact me|llamen|llame|call me|called|liguem|ligue|contactem|contacter"
    r"|recontacter)\b|\b(no|nao|ne) (me )?(contacten|llamen|liguem|contactem)\b|\bdon'?t (contact|call) me\b")


# offering the number they write from: "u can text me at this number", "someone can text me here", "me pueden escribir
# aqui", "pode me mandar mensagem aqui", "vous pouvez m'ecrire ici"
_THIS_NUMBER_OFFERED = re.compile(
    r"\b(text|call|message|msg|reach|contact|txt) me (at |on |to )?(this number|this one|here|on here|back here|this"
    r" phone)\b|\b(u|you|y'?all|someone|somebody|ppl|people) (can|could|may) (text|call|message|msg|txt) (this number"
    r"|here|this one|this phone)\b|\b(me pueden|pueden|puedes|me puedes) (escribir|mandar mensaje|llamar|textear)(me)?"
    r" (aqui|aca|a este numero)\b|\b(escribanme|llamenme|escribeme|llamame) (aqui|aca|a este numero)\b"
    r"|\b(pode|podem|pode me|podem me) (mandar mensagem|ligar|escrever|chamar) (aqui|nesse numero|neste numero)\b"
    r"|\b(vous pouvez|tu peux|on peut|pouvez|vous pourrez)( me|( m'?|m')) ?(ecrire|appeler|texter|rappeler|contacter"
    r"|joindre) (ici|a ce numero|sur ce numero|au meme numero)\b"
    r"|\b(appelez|ecrivez|textez|contactez|rappelez|appelle|ecris)[- ]moi (ici|a ce numero|sur ce numero)\b"
    r"|\b(me )?(liga|ligue|liguem|manda mensagem|mandem mensagem|escreve|escrevam) (pra mim )?(aqui|nesse numero"
    r"|neste numero)\b")


def _contact_beside_the_tip(turn: Turn, privacy: str | None) -> tuple[str, Turn] | None:
    """How to reach them and the tip, in sentences of one message ("me llamo Rosa, este numero. el señor se llevo a la
    niña en un carro gris hace 10 min"): the contact to keep, and the rest of the message as a turn of its own. The
    whole message was kept as the contact, and the tip was lost."""
    sentences = [p for p in _SENTENCE.split(turn.text.strip()) if p.strip()]
    offering = [p for p in sentences if re.search(_NUMBER_OR_EMAIL, normalise(p)) or turn.channel != "web" and (
        _offers_this_number(p, privacy))]
    rest = " ".join(p for p in sentences if p not in offering)
    if not offering or not rest:
        return None
    told, said = replace(turn, text=rest), normalise(rest)
    about_reaching = _HOW_TO_REACH.search(said) or _CALL_ME.search(said) or phone_checked(rest) or _DONT_CALL.search(
        said)
    if about_reaching or not (describes(told, extract(rest, turn.language)) or told.words >= 6 and not is_question(
            rest)):
        return None  # ("… este numero. pero solo en la noche, mi esposo revisa el cel": all of it says how)
    offered = " ".join(offering)
    return (contact.this_number(offered) if gives_this_number(offered) else offered), told


def _took_contact_and_tip(out: Step, slots: dict[str, Any], turn: Turn, privacy: str | None) -> bool:
    """The contact and the tip told in one message, each kept in its place (`_contact_beside_the_tip`)."""
    split = _contact_beside_the_tip(turn, privacy)
    if split is None:
        return False
    out.slots["contact"], told = split
    found = extract(told.text, turn.language)
    if describes(told, found):
        _keep_what_was_told(out, slots, told, found)
    else:  # "el señor se llevo a la niña en un carro gris hace 10 min": what happened, whatever the lexicon reads
        _join_the_tip(out, slots, told.text.strip())
    return True


def _offers_this_number(sentence: str, privacy: str | None) -> bool:
    """A sentence that gives the number they write from as the way to reach them: "u can text me at this number but
    only after 6pm" (the offer near its start), or "this number, after 6pm" once they chose to share."""
    offer = _THIS_NUMBER_OFFERED.search(normalise(sentence))
    return bool(offer and offer.start() <= 25 or gives_this_number(sentence) and privacy in ("share", "confidential")
                and not has_facts(extract(sentence, None)))


def gives_this_number(text: str) -> bool:
    """ "This number", "este número" (with or without the accent, as people write it): reach me where I write from;
    never when they say not to use it ("2 but dont text this number its my friends phone" was filed as the
    contact)."""
    said = normalise(text)
    if _NOT_THIS_NUMBER.search(said) or not_own_phone(text):
        return False
    return bool(_THIS_NUMBER.search(said)) and not re.search(_NUMBER_OR_EMAIL, said)  # "my number is 713…" gives it


_NOT_THIS_NUMBER = re.compile(
    r"\b(don'?t|dont|do not|never|pls dont|please dont|no|nao|ne|n')( me| nos| m')? (text|call|message|msg|use|write"
    r"|contact|escriban|escribas|llamen|llames|manden|mandes|marquen|usen|ligue|liguem|mande|mandem|escreva|escrevam"
    r"|ecrivez|appelez|textez)( me| us| nada| rien)?( (on|to|at|a|al|pra|para|en|sur|nesse|neste|ce))? (this|that|este"
    r"|ese|esse|ce|the) (number|numero|phone|cel|celular|telefone|telefono|portable)\b"
    r"|\b(its|it'?s|it is|this is|es|e|c'est) (my )?(\w+'?s|de mi \w+|del \w+|da minha \w+|do meu \w+) (phone|cel"
    r"|celular|telefono|telefone|portable)\b")


def gives_own_contact(text: str) -> bool:
    """A number or an email given as the person's own ("call me at 713 555 0199", "mi correo es …")."""
    said = normalise(text)
    return bool(re.search(_NUMBER_OR_EMAIL, said) and _MY_CONTACT.search(said))


def asks_for_code(text: str) -> bool:
    """The report's code or passphrase asked for in so many words: "i forgot, the van is a white ford" (read as
    "i forgot my code" by the model) is a detail; "mi codigo es kc36 vq7z. ya fue alguien al rancho?" gives it (it
    was answered with a new passphrase, and the one the person kept stopped working)."""
    said = normalise(text)
    return bool(_CODE.search(said)) and not (codes_in(text) and not _WANTED.search(said))


def wants_a_new_passphrase(text: str) -> bool:
    """The passphrase asked for, or the code lost with it ("i lost my code, can you send it again"): a new one is
    made (the old cannot be told: only its hash is kept). "whats my code" alone is told the code, and the passphrase
    the person keeps goes on working."""
    said = normalise(text)
    return bool(_PASSPHRASE.search(said) or _LOST.search(said))


# asked for, not given: "what's my code", "send it again", "i lost it", "me das mi codigo", "c'est quoi mon code"
_WANTED = re.compile(r"\b(what'?s|whats|what is|what was|wat|tell me|send|give|need|forgot|forget|lost|lose|again"
                     r"|cual|dame|mandame|me das|me mandas|me pasas|olvide|perdi|otra vez|de nuevo|qual|me manda"
                     r"|me passa|esqueci|outra vez|de novo|quel|c'?est quoi|oublie|perdu|encore|redonne\w*)\b")
_PASSPHRASE = re.compile(r"\b(pass ?phrases?|pass ?words?|contrasenas?|claves?|senhas?|phrases? secretes?|mot de passe"
                         r"|password thing)\b")
_LOST = re.compile(r"\b(lost|lose|forgot|forget|deleted|erased|perdi|olvide|borre|se me (perdio|olvido|borro)|perdu"
                   r"|oublie|efface|esqueci|apaguei)\b")


# which report's code, when the chat filed more than one ("i have another tip, different place"): an earlier one ("the
# code of the first one", "el codigo del primero", "le code de l'autre", "o código da primeira denúncia"), or all
# ("both codes", "los dos codigos"); else the latest
# ("otra vez", "outra vez": again, not the other one)
_EARLIER_ONE = re.compile(r"\b(first|1st|other|previous|earlier|older|primer[oa]?|1(?:er|re|ro|ra|o|a)|otr[oa](?! vez)"
                          r"|anterior|premier|premiere|autre|precedent|primeir[oa]|outr[oa](?! vez)|last time"
                          r"|la otra vez|l'?autre fois)\b")
_EVERY_ONE = re.compile(r"\b(both|all|each|every|los dos|las dos|ambos|ambas|todos|todas|les deux|tous|toutes|chaque"
                        r"|os dois|as duas|cada)\b")


_THIS_ONE = re.compile(r"\b(this one|this report|the new one|the second|2nd|the last one|the latest|este|esta|la nueva"
                       r"|el nuevo|segund[oa]|ultim[oa]|celui-ci|le dernier|le nouveau|la derniere|novo|nova|ultim[oa]"
                       r"|desta|deste)\b")


def which_code(text: str) -> str:
    """"earlier", "all", "latest", or "unsaid" (which one is not said): the report whose code is asked for."""
    said = normalise(text)
    if _EVERY_ONE.search(said):
        return "all"
    if _EARLIER_ONE.search(said):
        return "earlier"
    return "latest" if _THIS_ONE.search(said) else "unsaid"


# "m appelez pas sur ce tel", "vcs vao ligar pra mim? prefiro q n", "dont call me": no call wanted (read as a request
# for a person, it queued one, and the privacy choice told with it was lost)
_DONT_CALL = re.compile(r"\b(do ?n'?t|dont|do not|pls dont|please dont|never) (call|phone|ring)( me| us)?\b"
                        r"|\bno (me|nos) (llamen|llames|llame|marquen|marques)\b|\b(ne )?(m'? ?|nous )appel(ez|le|lez)"
                        r" pas\b|\bpas d'appels?\b|\b(nao|n) (me )?lig(a|am|ue|uem)\b|\bprefiro (q|que) (n|nao)\b"
                        r"|\bsin llamadas\b|\bno calls?\b|\bsem ligac(ao|oes)\b"
                        # "ligar não que ele anda sempre ao pé de nós", "só mensagens" (it joined the story, and the
                        # contact said nothing of not calling)
                        r"|\bligar,? nao\b|\b(so|apenas|solo|only|seulement) (por )?(mensage(m|ns)|mensajes?|texts?"
                        r"|sms|textos?)\b")


# calling the number a referral gave, or not needing anyone called: "posso ligar nesse numero em portugues?", "nao
# precisa chamar ninguem" (each queued a person)
_ANOTHER_NUMBER = re.compile(r"\b(posso|puedo|can i|should i|je peux|devo|debo)( \w+)? (ligar|llamar|call|appeler"
                             r"|marcar)( (a|para|pra|pro|al|to|au))? (nesse|esse|ese|este|that|this|ce|a ese|el)"
                             r" (numero|number|telefone|telefono)\b|\b(nao|no|don'?t|pas) (precisa|necesitan?|need to"
                             r"|besoin de) (chamar|llamar|call|appeler)( a)? (ninguem|nadie|anyone|anybody|personne)\b")
_COUNTED_PERSON = re.compile(r"\b(une seule|une|un|one|just one|only one|una|uma|una sola|uma so|solo una|so uma|seule"
                             r"|\d+|deux|dos|two|duas|tres|three|trois|quatre|cuatro|quatro|four|plusieurs|varias"
                             r"|several|many) (seule )?(personnes?|personas?|pessoas?|persons?|people)\b")


# a person asked for in so many words, whatever else the message tells: "quero falar com uma pessoa", "can i talk to a
# real person", "necesito hablar con alguien", "je veux parler à quelqu'un"
_A_PERSON_IN_WORDS = re.compile(
    r"\b(quero|queria|preciso|posso|quiero|queria|necesito|puedo|i want|i wanna|i need|can i|could i|let me|je veux"
    r"|je voudrais|j'ai besoin de|je peux) (to )?(falar|hablar|talk|speak|chat|parler) (com|con|to|with|a|avec|à)"
    r" (uma pessoa|um humano|alguem|una persona|un humano|alguien|a person|a human|someone|somebody|a real person"
    r"|an actual person|a real human|une personne|un humain|quelqu'un|quelquun|quelqu un)\b")


def asks_a_person_in_words(text: str) -> bool:
    return bool(_A_PERSON_IN_WORDS.search(normalise(text)))


def asks_for_a_person(text: str, confidence: float) -> bool:
    """A request for a person that the model is sure of, or that names one ("can i talk to someone"); "estoy en
    peligro de reprobar", read as a request at 0.54 by one training of the model and at 0.78 by another, is not; nor
    is a way to be reached ("me pueden llamar al 713…": the person's contact)."""
    if gives_own_contact(text) or _FORGOT_TO_SAY.search(normalise(text)) or _DONT_CALL.search(normalise(text)):
        return False
    said = _COUNTED_PERSON.sub(" ", normalise(text))  # "une seule personne", "2 personas": a count, not a request
    said = _ANOTHER_NUMBER.sub(" ", said)  # "posso ligar nesse numero em portugues?": the number given, not us
    named = bool(_PERSON.search(_OTHER_PERSON.sub(" ", _NOT_TALKING.sub(" ", _NAMED_AS.sub(" ", said)))))
    return confidence >= 0.9 or rejects_the_bot(text) or named


_SAID_AS_AN_AGE = re.compile(r"\b\d{1,2} ?(years? old|yrs? old|yo|y/o)\b|\b(de|da|do) \d{1,2} (a[nñ]os|anos|ans)\b",
                             re.IGNORECASE)


def told(text: str, turn: Turn, found: Extracted) -> frozenset[str]:
    """The intake's questions a message answers by what it holds: a place, a time or "still going on", a count or an
    age, signs of control, a kind of exploitation, who it is about, a privacy choice."""
    fields = set()
    if found.city or found.state or found.country or found.venue or _STREET_OR_AREA.search(normalise(text)) or (
            _NAMED_STREET.search(text) or _PLACE_CALLED.search(normalise(text))):
        fields.add("tip_where")
    timed = _TIME_OF_DAY.sub(" ", text)
    ongoing = found.ongoing
    if found.means_of_control:
        # the times that belong to a sign say no when: "they take 200 every week and the 14 hrs" (filed as When)
        timed = without_signs(timed, turn.language)
        ongoing = extract(timed, turn.language).ongoing if found.ongoing is not None else None
    if found.ages:  # "elle a 19 ans", "tiene 19 años": an age, not a time (it was filed as when)
        said = "|".join(map(str, found.ages))  # (and a range of them: "environ 14-15 ans" was filed as when)
        timed = re.sub(r"\b(" + said + r")( ?(-|/|to|a|à|ou|or|o|e|y|et) ?\d{1,2})? ?(years?|yrs?|a[nñ]os|ans)"
                       r"( old)?\b", " ", timed, flags=re.IGNORECASE)
    # anyone's age said as one ("el novio es Kevin el Flaco de 24 años", "the boss is 50 years old"): not a time either
    timed = _SAID_AS_AN_AGE.sub(" ", timed)
    if ongoing is not None or _TIME.search(timed):
        fields.add("tip_when")
    if found.people_count or found.ages or found.minor or _JUST_ONE.search(normalise(text)):
        fields.add("tip_who")
    if found.means_of_control:
        fields.add("tip_control")
    if found.exploitation:
        fields.add("exploitation_type")
    if _role_of(turn, found) != "unspecified":
        fields.add("reporter_role")
    if found.privacy is not None and not _QUESTION.search(text):
        fields.add("privacy_level")
    return frozenset(fields)


# "no wait dont stop", "i want to keep going", "no, sigamos": the person wants to go on (read as wanting to end)
_KEEP_GOING = re.compile(r"\b(don'?t|dont|do not|no) (stop|end|quit|close)\b|\b(want|wanna) to (keep going|continue"
                         r"|go on|finish (the|my) report)\b|\bkeep going\b|\bno (pares|terminen|cierres|cierren)\b"
                         r"|\b(quiero|queremos) (seguir|continuar)\b|\bsigamos\b|\bn'arretez pas\b"
                         r"|\bje veux continuer\b|\bnao (pare|para|encerre)\b|\bquero continuar\b")
# "i dont want a bot", "no quiero hablar con un robot": a person is wanted, not the end of the chat
_NOT_A_BOT = re.compile(r"\b(don'?t|dont|do not) want (to (talk|text|speak|chat) (to|with) )?(a |an |this |the |some )?"
                        r"(bot|robot|machine|computer|ai|automated)\b|\bno (quiero|deseo) (hablar|escribir|platicar)?"
                        r" ?(con )?(un |una |el |la |este |esta )?(bot|robot|maquina|computadora)\b"
                        r"|\b(je ne veux pas|pas) (parler a )?(un |une |de |le |ce )?(bot|robot|machine)\b"
                        r"|\bnao quero (falar com )?(um |uma |o |esse |este )?(bot|robo|maquina)\b")


# "ya no quiero seguir", "i dont want to keep going", "je ne veux plus continuer": the opposite ("ya no quiero seguir"
# got "Muy bien, sigamos.")
_NOT_GOING_ON = re.compile(r"\b(no|nao|don'?t|dont|do not|not|ne) (quiero|queremos|quero|want|wanna|veux (pas|plus))"
                           r"( to)?( mais)? (seguir|continuar|continue|keep going|go on|continuer)\b")


_GO_ON_ALONE = re.compile(r"^\W*((no|nope|nah|non|nao|ok|okay|vale|bueno)\W+)*(go on|continue|carry on|keep going"
                          r"|let'?s (go on|continue)|lets continue|continuar|continua|seguir|sigamos|sigue|sigo"
                          r"|vamos|vamos continuar|on continue|continuons|pode continuar|puedes seguir)\W*$")


def goes_on_alone(text: str) -> bool:
    """"no, go on", "continuar", "sigamos": nothing but going on."""
    return bool(_GO_ON_ALONE.match(normalise(text)))


def keeps_going(text: str) -> bool:
    t = normalise(text)
    return bool(_KEEP_GOING.search(t)) and not _NOT_GOING_ON.search(t)


def rejects_the_bot(text: str) -> bool:
    return bool(_NOT_A_BOT.search(normalise(text)))


def wants_to_end(text: str) -> bool:
    """Ending the chat said in words that say so: not "no los dejan salir", "free to leave", "i dont want to say
    where" or "i dont want to go" (with him, to Vegas: the model has read each as wanting to end)."""
    return bool(_ENDING.search(_CONDITION.sub(" ", _FREE.sub(" ", text)))) and not (_RATHER_NOT_SAY.search(
        normalise(text)) or _NOT_GOING.search(normalise(text)))


_NOT_GOING = re.compile(r"\b(don'?t|do not|dont|no|nao) (want|wanna|quiero|quero) (to )?(go|ir|irme)\b(?! on\b)"
                        r"|\bend (me|her|him|us|them)\b"
                        # something else stopped: "can someone stop the flight or not" (it offered to end the chat);
                        # what they no longer want: "ya no quiero ser anonimo", "no quiero que sepa", "no quiero dar mi
                        # nombre" (each asked "Do you want to end this chat?")
                        r"|\bstop (the|her|his|their|a|an|that) (?!chat|conversation|texts?|messages?|questions?)\w+"
                        r"|\b(ya )?no quiero (ser|estar|que|dar|decir|darles|dejar|quedar)\b"
                        r"|\b(ja )?nao quero (ser|ficar|que|dar|dizer)\b|\bje (ne )?veux (plus|pas) (etre|que|donner)\b"
                        r"|\b(don'?t|do not|dont) want to (be|stay) anonymous\b"
                        # someone else to stop: "i need someone to make him stop" (it offered to end the chat, twice)
                        r"|\b(make|get|have) (him|her|them|it|this|the \w+) (to )?stop\b|\bhacer que (pare|paren|se"
                        r" detenga)\b|\b(faire|le faire) arreter\b|\bfazer (ele|ela|isso) parar\b"
                        # when not to write: "stop texting me after 6", "dont text me at night" (it offered to end the
                        # chat)
                        r"|\b(stop|don'?t|dont|do not) (text|call|messag|writ)\w* (me |us )?(after|before|at night"
                        r"|in the (morning|evening|night)|on (weekends|sundays|saturdays)|during the day|when)\b"
                        # a place: "the bus stop on Main and 3rd" (it asked "Do you want to end this chat?")
                        # ("pilot travel stop gary indiana", "loves travel stop amarillo": a name, as the place)
                        r"|\b(bus|truck|truckers?|rest|pit|gas|tram|streetcar|travel|fuel|one|quick|last|first|next"
                        r"|shop|food|subway|metro|train) stops?\b"
                        r"|\bstop (sign|light|n go|and go|n shop|& go|& shop)s?\b"
                        # someone else stopping: "if i send one more vid will he stop?" (it offered to end the chat)
                        r"|\b(will|would|does|did|won'?t|make) (he|she|they|it|him|her|them) stop\b|\bso (he|she|they"
                        r"|it) (will )?stops?\b|\b(va|van) a parar\b|\bvai parar\b|\bva arreter\b")
# ("hes gonna end me" is a threat, not "end this chat")


def tells_a_work_problem(text: str) -> bool:
    """The message says what is wrong at work (pay, hours, firing, harassment), not only that there is a job."""
    return bool(_WORK_PROBLEM.search(_ON_SHIFT.sub(" ", normalise(text))))


# "i'm on shift right now", "on my break", "en mi break": where the person is as they write, not a problem at work (it
# got the wage line, and every message after it too)
_ON_SHIFT = re.compile(r"\b(on|at|during|in|en) (my |a |mi |el |la )?(break|shift|lunch( break)?|descanso|turno"
                       r"|almuerzo|pausa|pause)\b")


# the questions before the tip is told: a work problem told there is also what happens
_BEFORE_THE_TIP = (None, "safe_to_talk", "reporter_role", "privacy_level", "contact", "tip_what")


_NOT_ME = re.compile(r"^\W*(no,? |nope,? |no no,? )?(it'?s |its |it is |this is |is )?not (about |for )?me\b"
                     r"|\b(it'?s|its|it is) not (about |for )?me\b|\bno soy yo\b|\bno es (sobre |de |a |para )?mi\b"
                     r"|\bce n'?est pas (moi|pour moi)\b|\bc'?est pas moi\b|\bnao sou eu\b|\bnao e (comigo|sobre mim)\b"
                     r"|\bi'?m (just |only )?(the|a) (driver|neighbor|neighbour|customer|witness|friend|teacher"
                     r"|nurse)\b")
# the other way: "honestly its not my friend its me", "ok the girl is me", "c'est moi la victime", "es a mi", "im the
# one there" (the witness's wording went on, and the report said someone else)
_ITS_ME = re.compile(r"\b(it'?s|its|it is|it was) (really |actually )?me\b(?! (who|that) (saw|called|texted"
                     r"|noticed))|\b(the (girl|boy|woman|man|person|one)|she|he) (is|was) (really |actually )?me\b"
                     r"|\bi'?m the (one|victim|girl|boy)( there| here| it happens to| they)?\b"
                     r"|\bc'?est moi la victime\b"
                     r"|\b(es|soy) (a )?mi (a quien|la que|el que)\b|\bes a mi\b|\bsoy yo la\b|\bsou eu (a|que)\b"
                     r"|\be comigo\b|\bfue a mi\b")


# "i dont want the salon finding out it was me", "dont tell them its me": the one who told, not the one it happens to
# (the tip about the salon's women went on as her own: "Is it just you? How old are you?")
_KNOWS_ITS_ME = re.compile(r"\b(know|knows|knowing|find out|finds out|finding out|found out|figure out|figures out"
                           r"|tell|tells|telling|told|say|says|think|thinks|suspect|suspects|realize|realise|guess"
                           r"|learn|see|sees|trace|traced|tracks?|sabe|sepa|sepan|saber|descubra|descubran)\b"
                           r"( \w+){0,2} (that |que )?(it'?s|its|it is|it was|it were) me\b")


def says_not_me(text: str) -> bool:
    """The person says the tip is not about them ("its not me its my cousin", "im just the driver")."""
    return bool(_NOT_ME.search(normalise(text)))


# a mandated reporter's question ("im a teacher, do i have to call CPS?")
_MANDATED = re.compile(r"\b(mandated|mandatory) report\w*\b|\b(cps|child protective( services)?|dcfs)\b"
                       r"|\bservicios? de proteccion (infantil|al menor|de menores)\b|\bconselho tutelar\b"
                       r"|\bprotection de l'enfance\b|\b(reporter[ao]|reportero|denunciante) (obligad[oa]"
                       r"|obligatori[oa])\b"
                       r"|\b(obligad[oa]|obligated|required|obligee?|obrigad[oa]) (a|to|de)"
                       r" (report|reportar|denunciar|signaler)\b"
                       # "como maestra tengo que reportarlo?", "en tant que prof… signaler", "as a teacher do i report"
                       r"|\b(as a|i'?m a|im a) (teacher|nurse|counselor|counsellor|doctor|social worker)\b[^.!?]{0,40}"
                       r"\breport\w*|\ben tant que (prof|enseignante?|infirmiere?|educatrice?)\b[^.!?]{0,40}"
                       r"\bsignaler\b"
                       r"|\bcomo (maestr[ao]|profesor[a]?|enfermer[ao]|professor[a]?|enfermeir[ao])\b[^.!?]{0,40}"
                       r"\b(reportar\w*|denunciar\w*|avisar\w*|notificar\w*)")
# child protection named: "la dpj", "cps", "el DIF", "o conselho tutelar"
_CHILD_PROTECTION = re.compile(r"\b(dpj|cps|dcfs|child protective( services)?|child protection|protection de la"
                               r" jeunesse|protection de l'?enfance|dif|conselho tutelar|proteccion (infantil"
                               r"|de menores|al menor)|servicios sociales|social services|services sociaux)\b")
# the one asking must report: "do i have to call CPS?", "tengo que reportar", "dois-je appeler la dpj"
_I_MUST = re.compile(r"\b(do|must|should|am) i( have to| need to| required to| supposed to)?\b|\bi (have|need) to\b"
                     r"|\b(tengo|debo) que\b|\b(debo|deberia)\b|\b(dois-je|je dois|devrais-je|je devrais)\b"
                     r"|\b(tenho|devo)( que)?\b|\bmandated|mandatory|obligad[oa]|obligee?|obrigad[oa]\b")
# the police or the press asking for what the line holds ("im a detective, i need the records of a tip")
_OFFICIAL = re.compile(r"\b(i'?m|i am|this is|soy|je suis|sou)( a| an| un| una| une| um| uma)? (detective|officer"
                       r"|police officer|deputy|sheriff|special agent|investigator|journalist|reporter|periodista"
                       r"|reportera|agente|policia|oficial|journaliste|enqueteur|jornalista|investigador|investigadora)\b"
                       # (not a mandated reporter: "Soy reportera obligada en Texas?" got "La policía y la prensa
                       # pueden comunicarse con la oficina")
                       r"(?! (obligad[oa]|mandated|mandatory|obrigad[oa]|obligatoire))"
                       # who they are, not whom to share with ("im fine with u sharing my info with police" in a whole
                       # tip got "law enforcement and the press can contact the office")
                       r"|\b(i'?m|i am|we'?re|we are|this is|soy|somos|je suis|nous sommes|sou|somos|calling|writing"
                       r"|llamo|escribo)( \w+){0,4} (with|from|de|del|da|do) (the |la |el )?(police|pd|sheriff'?s?"
                       r" (office|department)|fbi|hsi|press|newspaper|policia|periodico|journal|jornal)\b")
_RECORDS = re.compile(r"\b(records?|information|info|data|datos|registros?|informacion|details|share|access|statement"
                      r"|comment|interview|entrevista|story|article|reportaje|case|caso|dossier|donnees|dados)\b")


def official_question(text: str) -> str | None:
    """The answer to a mandated reporter's question, or to the police or the press asking for what the line holds."""
    said = normalise(text)
    if _CHILD_PROTECTION.search(said) and "?" in text and not _I_MUST.search(said):
        # "vous allez appeler la dpj?", "will you call cps on my mom?", from a young person (it got the immigration
        # answer, twice)
        return "utter_child_protection"
    if _MANDATED.search(said) and ("?" in text or _ASKS.search(text)):
        return "utter_mandated_reporter"
    if _OFFICIAL.search(said) and _RECORDS.search(said):
        return "utter_for_officials"
    return None


_NOT_IN_DANGER = re.compile(
    r"\b(no one|nobody|noone|no body|nadie|personne|ninguem)( \w+)? (is|esta|ta|est|n'est|e|needs?|necesita|precisa)"
    r"( \w+)? ((in|en|em) (danger|peligro|perigo)|911|the police|la policia|a policia)\b"
    r"|\bnot in danger\b|\bno (estoy|estamos|esta|estan|hay) (nadie )?en peligro\b|\b(nao|n) (to|tou|estou|estamos|ta"
    r"|esta|tem ninguem) em perigo\b|\b(je|on) (ne )?(suis|est) pas en danger\b"
    r"|\b(not|no|nao|nao eh|num e|n eh|pas|isn'?t|n'est pas|c'est pas|no es) (an |a |una |uma |une |um )?(emergency"
    r"|emergencia|urgence|urgencia)\b"
    r"|\bstop telling me to call 911\b|\b(don'?t|dont|do not|no) need (to call )?911\b"
    r"|\bno necesito (llamar )?al? 911\b"
    r"|\b(it was|was|era|c'etait|foi|its|it'?s|es) (just )?(a |una |uma |une |un )?(joke|broma|chiste|brincadeira"
    r"|blague|dicho|figure of speech|expression)\b|\blol jk\b")


def says_not_in_danger(text: str) -> bool:
    """ "nobody is in danger", "não é emergência", "it was a joke": a danger read wrong."""
    return bool(_NOT_IN_DANGER.search(normalise(text)))


# where the person is as they write, told with a yes to "is it safe to text?"
_WHERE_I_AM = re.compile(r"\b(estoy|i'?m|im|i am|to|tou|estou|je suis|chui|ando) (\w+,? )?(en|at|in|em|na|no|a|au|chez)"
                         r" (mi casa|casa|home|my house|my place|my room|mi cuarto|work|mi trabajo|my break|mi descanso"
                         # "si estoy bien, en mi depa" (filed as where: "Dónde: si estoy bien, en mi depa, Houston")
                         r"|mi depa|mi departamento|mi apartamento|mi apa|my apartment|my apt|my car|mi carro"
                         r"|mon appart|ma chambre|meu apartamento|meu ap|moi|minha casa|meu quarto|la maison)\b"
                         r"|\bya no trabajo (ahi|alla)\b"
                         r"|\bi don'?t work there (anymore|any more)\b|\bnao trabalho mais (la|ai)\b")


_NO_PHONE_OR_SIGNAL = re.compile(
    r"\b(no|sin|nao|sem|pas de|without|no hay|nao tem|n'?ai pas de|i have no|i don'?t have( a)?|dont have( a)?|no tengo"
    r"|nao tenho|je n'?ai pas de) (signal|senal|sinal|reseau|service|servicio|cel|celular|phone|telefono|telefone"
    r"|portable|saldo|credito|minutes|minutos)\b|\b(solo|only|so|seulement|just) (wifi|wi-fi|tablet|tableta|ipad"
    r"|laptop|computer|computadora|computador|ordinateur|la tablette)\b|\b(on|en|no|na|sur) (the |la |el |o |a )?"
    r"(house |casa |maison )?(tablet|tableta|ipad|laptop|computadora|computador|ordinateur|tablette)\b")


_SLEEP = re.compile(r"\b(sleep|sleepy|go to bed|lie down|dormir|dormirme|acostarme|dormir un rato|me durmo|dormir)\b")


# afraid the police who come will take them: "no puedo llamar al 911 si llega la policia me llevan a mi" (it got "text
# 911 if you can't call", and the fear went unanswered)
_TAKEN_IF_THEY_COME = re.compile(r"\b(me|nos) (llevan|lleva|van a llevar|detienen|arrestan|agarran)( a mi"
                                 r"| a nosotr[oa]s)?\W*$|\b(me|nos) (llevan|van a llevar|detienen|arrestan) a"
                                 r" (mi|nosotr[oa]s)\b"
                                 r"|\b(they'?ll|they will|they would|they'?d|they gonna) (take|arrest|detain) me\b"
                                 r"|\b(vao|vai) me (levar|prender)\b|\b(ils|il) (vont|va) m'?(arreter|emmener)\b")


def what_to_do_in_danger(said: str, channel: str | None = None) -> str:
    """What to do now, or when 911 cannot be called: no credit ("no tengo saldo": calling 911 is free), or not safe to
    talk; "no puedo llamar al 911, no tengo papeles" fears for the papers (911 is for everyone). Asked to come or to
    call for them, that first ("no puedo llamar no tengo telefono!! ustedes pueden venir por mi?" got the same "try
    texting 911" twice)."""
    if _CALL_POLICE_FOR_ME.search(said) or _CAN_YOU_CALL.search(said) or _asks_someone_to_come(said):
        return "utter_police_now"
    if not _CANT_CALL.search(said) and says_medical(said):
        return "utter_medical_what_to_do"  # "shes breathing weird now what do i do" (it got "stay somewhere safe")
    if not _CANT_CALL.search(said) or _DEPORTED.search(said) or _TAKEN_IF_THEY_COME.search(said):
        return "utter_danger_what_to_do"  # (911 is for everyone, with or without papers)
    if channel == "web" and _NO_PHONE_OR_SIGNAL.search(said):
        # "no puedo llamar aqui no hay señal casi, solo wifi del patron": no texting 911 either, nor a phone's messages
        # to delete (it got both); not when they would be heard ("no puedo llamar si me escuchan me quitan el cel" got
        # "if you get signal, call 911": texting 911 is the way)
        return "utter_danger_cant_call_web"
    return "utter_danger_no_credit" if _NO_CREDIT.search(said) else "utter_danger_cant_call"


def tells_of_work(turn: Turn, asked: str | None, found: Extracted) -> bool:
    """ "my cousin works on a farm in fresno and they dont pay him", "trabaja en una construcción": the tip is about
    work, told by the kind of work, and nothing of sex (the bot then asked "work, sex or something else?", which
    read as not listening). Staff see the kind as read by the bot, to confirm. Not a job promised ("they promised her
    a job at a restaurant" says nothing of what she does now), nor a massage parlour (work or sex: asked)."""
    return (asked not in ("safe_to_talk", "reporter_role", "privacy_level", "contact", "tip_confirmed")
            and found.labour_type is not None and not found.exploitation
            and "FalsePromises" not in found.means_of_control  # (the kind of work may be the promise's)
            and found.labour_type not in lexicon.NON_LABOUR | lexicon.WORK_OR_SEX and not _SEX.search(turn.text))


def only_a_work_problem(turn: Turn, asked: str | None, facts: dict[str, Any], slots: dict[str, Any]) -> bool:
    """A problem at work, not trafficking: told first (the model and the words agree), with nothing said that holds
    the person or with their word that they can leave; or later in the intake ("no i can quit whenever, i just want
    my overtime" to "where?", after long shifts without overtime pay: the intake went on asking where). Never about
    a child, nor about selling sex."""
    if facts.get("minor") or asked == "safe_to_talk" and _YES.search(turn.text):
        return False  # ("si estoy en el trabajo en mi break" answers the safety question: it got the wage line)
    if asks_if_an_offer_is_real(turn.text):
        return False  # "me ofrecieron trabajo… ellos me pagan el boleto y luego les pago. es confiable?": an offer to
        # weigh (its warning signs), not a wage problem (it got the Department of Labor, and the intake ended)
    told = extract(turn.text, turn.language)
    if told.minor or turn.danger or set(told.means_of_control) - _WAGE_ONLY - _RUDE_ONLY:
        # never for a message that tells of a child, of danger, or of anything that holds people (a bystander's long
        # story of a girl "maybe 15 or 16" grabbed by the arm got the Department of Labor; so did "hes got my ID card
        # in the safe", and a recruiter's debt taken out of the pay)
        return False
    means = facts.get("means_of_control")
    # (or asked about: "mi patron no me ha pagado 3 semanas, esto es para eso?" went through the whole intake, and was
    # filed as forced labour)
    asked_about = is_question(turn.text) and set(means or ()) | set(told.means_of_control) <= _WAGE_ONLY and not (
        told.exploitation - {"ForcedLabour"} or told.minor)
    if asked in _BEFORE_THE_TIP and (turn.intent == "workplace_problem" or asked_about) and tells_a_work_problem(
            turn.text) and (not means or set(means) <= _RUDE_ONLY or free_to_leave(turn.text, means) or asked_about):
        # ("my boss is so rude, calls me stupid in front of customers and cut my shifts": an insult is not a hold)
        return True
    return (asked not in (None, "tip_confirmed") and "SexualExploit" not in (facts.get("exploitation") or ())
            and free_to_leave(turn.text, means)
            and (tells_a_work_problem(turn.text) or tells_a_work_problem(str(slots.get("tip_what") or ""))))


def free_to_leave(text: str, means_of_control) -> bool:
    """Unpaid overtime or long hours from someone who says they can quit: a labour problem, not trafficking."""
    # "no, si puedo renunciar cuando quiera": that "si" is a yes (sí written without its accent), not an "if"
    text = _SI_IS_YES.sub(r"\1sí \2", text)
    return set(means_of_control or ()) <= _WAGE_ONLY | _RUDE_ONLY and bool(_FREE.search(_CONDITION.sub(" ", text)))


_SI_IS_YES = re.compile(r"(^\W*|[,.;!]\s*|\bno\W+|\bpero\s+)si\s+(puedo|podemos|me puedo|nos podemos)\b", re.IGNORECASE)


_REWARD = re.compile(r"\b(rewards?|recompensas?|recompense|do (you|u) (guys )?pay|pay me for"
                     r"|(get|paid|money) (\w+ )?for (reporting|the tip|a tip|this|telling|helping|the info)"
                     r"|que (me )?(pueden|van a|dan) (dar|pagar)|me (van a|pueden) (dar|pagar) (algo|dinero)|que gano"
                     r"|pagan por (denunciar|la informacion|esto)|vou ganhar|voces pagam)\b")


def asks_for_a_reward(turn: Turn) -> bool:
    """ "do i get a reward for reporting?", "¿qué me pueden dar si ayudo?" """
    return is_question(turn.text) and turn.words <= 12 and bool(_REWARD.search(normalise(turn.text)))


def asks_without_telling(turn: Turn) -> bool:
    """A question and nothing more: it ends with "?", and says nothing of what is happening ("should i tell her i
    reported it?"; not "is it trafficking if they keep her passport?")."""
    text = turn.text.strip()
    return text.endswith("?") and is_question(text) and turn.words <= 15 and not has_facts(extract(text, turn.language))


# "did it send?", "¿ya se envió?", "c'est envoyé ?", "foi enviado?": the report is saved, and its code
_DID_IT_SEND = re.compile(r"\b(did|has|is) (it|my report|the report|that|this) (send|sent|go through|went through"
                          r"|saved|get sent|been sent|submitted)\b|\b(ya )?se (envio|mando|guardo)\b"
                          r"|\bllego (mi|la) denuncia\b"
                          r"|\bc.est (envoye|enregistre|parti)\b|\bfoi (enviad[oa]|salv[oa])\b|\b(deu|chegou) certo\b")


_READ_YET = re.compile(
    r"\b(has|have|did|does|will|is) (someone|somebody|anyone|anybody|you|u|the team|your team|a person)( \w+)?"
    r" (read|seen|see|look\w*( at)?|check\w*|get|got|gotten|receiv\w*)( it| this| my (report|tip|message)s?)?\b"
    r"|\b(alguien|ustedes)( ya)? (leyo|leyeron|vio|vieron|reviso|revisaron|recibio|recibieron|va a leer|van a leer)\b"
    r"|\b(alguem|voces)( ja)? (leu|viu|leram|viram|recebeu|receberam)\b|\b(quelqu'un|vous) (a|avez) (lu|vu|recu)\b")
_CHANGE_IT = re.compile(
    r"\b(need|want|have|wanna|gotta) to (change|fix|correct|edit|update) (something|it|this|my|the|a)\b"
    r"|\b(i|we) made (a|some) (mistake|error)s?\b|\b(me equivoque|hay un error|(quiero|necesito) (cambiar|corregir))\b"
    r"|\b(can|could|may|how do|how can) (i|we) (change|fix|correct|edit|update) (something|it|this|my report"
    r"|the report|a detail|something in)|\b(puedo|podemos|como) (cambiar|corregir|arreglar) (algo|la denuncia"
    r"|el reporte|mi reporte|lo que)|\b(posso|como) (mudar|corrigir|alterar) (algo|a denuncia)"
    r"|\b(je peux|puis-je|comment) (changer|corriger|modifier) (quelque chose|le signalement)")


# "is someone coming?", "todavia no llega nadie?", "tem alguém aí?", "im waiting for the person right?": asked while a
# person is on the way (it got the neutral pause, "I can't answer that", or "I'm asking a person" again)
_PERSON_YET = re.compile("|".join((
    r"\b(is|are|will|when(?: is| will)?) (someone|somebody|anyone|anybody|a person|the person|they)( \w+){0,4}"
    r" (coming|gonna come|going to come|here|joining|there)\b",
    r"\b(someone|anyone|the person) (still )?coming\b", r"\b(anyone|anybody|someone|somebody) (there|here)\W*$",
    # "ok so is someone gonna talk to me?" (a girl of 15 got the immigration answer)
    r"\b(is|will|when (is|will)) (someone|somebody|anyone|a person|a real person) (gonna |going to )?(talk|text|write"
    r"|speak|chat) (to|with) me\b",
    r"\b(are|r) (you|u) (still )?(there|here)\b", r"\b(sigues|siguen|estas|estan) (ahi|ai)\b",
    # the person from the team asked for by name, after they left: "hello?? sam? did u leave", "is chris gone?",
    # "sigue lucia ahi?", "claire? vous etes encore la?" (no one was asked for again)
    r"\b(did|have) (u|you|ya) (leave|left|go|gone)\b|\bis \w+ (gone|still (there|here))\b"
    r"|\b(sigue|esta|se fue) \w+ (ahi|ai|aqui)?\b\W*\?|\b(ya )?se fue (la|el)? ?\w*\W*\?|\bencore la\b"
    r"|\b(ainda )?(ta|esta) (ai|aqui)\b\W*\?|\b(ela|ele) (saiu|foi embora)\W*\?",
    # "ok y ahora q? cuando me escriben?" (it got the 911 line again)
    r"\bcuando (me|nos) (escriben|escribe|contestan|contesta|hablan|habla|llaman)\b",
    r"\b(van|va) a (escribirme|contestarme|hablarme)\b", r"\bquando (vao|vai|voces vao) me (escrever|responder)\b",
    r"\bquand (est-ce qu'?)?(on|vous|quelqu'?un) (va|allez|vont) m'?(ecrire|repondre)\b",
    r"\b(vous etes|tu es|t'es) (toujours )?la\b", r"\b(voce|vc|vcs) (ainda )?(ta|esta|estao) (ai|aqui)\b",
    r"\b(still )?waiting (for|on) (the|a|that) (person|human|someone)\b", r"\bhow long (will|do|does|is) (it|i|this)\b",
    r"\bhow long\W*$", r"\bhow long (till|until|before|do i (have to )?wait)\b",  # "Ok thank you. I wait. How long"
    r"\b(todavia|aun|ya) no (llega|viene|ha llegado|se une|contesta) nadie\b",
    r"\b(hay|esta) alguien (ahi|ai|de verdad)\b",
    r"\b(va a venir|viene|llega) alguien\b", r"\bcuanto (va a )?tarda", r"\btem alguem (ai|aqui)\b",
    r"\bninguem (chegou|veio|entrou|vem|responde)\b", r"\bvai (vir|entrar) alguem\b",
    r"\bwhen (will|do|does|is) (they|someone|somebody|a person|the person|anyone) (answer|reply|write|text|come|get)",
    r"\b(r|are) (they|u|you|ya) (coming|gonna come|there)\b", r"\bnadie (me )?(contesta|responde|viene)\b",
    r"\b(to|estou|estoy) esperando( ainda| todavia| aun)?\W*$",
    r"\besperando (a |por )?(la persona|alguien|alguem|a pessoa)\b", r"\bhay alguien\W*$",
    r"\bquelqu'un (va venir|arrive|est la)\b",
    # "alguem vem?", "quanto tempo demora?", "quelqu un va venir ?", "combien de temps ?"
    r"\b(alguem vem|vem alguem|alguem vai vir)\b", r"\bquanto tempo (demora|falta|vai demorar)\b",
    r"\bquelqu.?un va (venir|arriver)\b", r"\bcombien de temps\b")))


# "dont send it", "i changed my mind", "forget i said anything", "no lo mandes", "mudei de ideia": the tip is taken back
# (it was added to the tip as "Also: i dont want to send it", and "Reply YES to send it" came again)
_WITHDRAW = re.compile("|".join((
    r"\b(don'?t|do not|dont) (send|file|submit|report) (it|this|that|anything|the report|my report)\b"
    r"(?! (to|by|as|on) (my|this|a|the) (phone|number|cell|text))",
    r"\bi (don'?t|dont|do not) want to (send|file|submit|report)( (it|this|that|anything))?\b",
    r"\b(changed|change|have changed|'ve changed) my mind\b", r"\bforget (i said anything|about it|all (of )?this)\b",
    # (not "no mandes mensajes", "no me mandes textos": how to reach them; it was taken as the tip taken back)
    r"\bno (lo |la )?(mandes|envies|mande|envie)\b(?! (mensaje\w*|msj|msg|textos?|sms|whats\w*))",
    r"\bno quiero (denunciar|reportar|mandar|enviar)\b(?! (mensaje\w*|msj|msg|textos?|sms))",
    r"\bya no (quiero|voy a) (mandar|enviar|denunciar|reportar)\b", r"\bcambie de (opinion|parecer|idea)\b",
    r"\bnao (manda|envia|mande|envie)\b(?! (mensage\w*|msg|sms|nada depois|depois))",
    r"\b(nao|n) quero (mais )?(mandar|enviar|denunciar|fazer (a )?denuncia)\b", r"\bmudei de ideia\b",
    r"\bpensando bem\b[^.!?]{0,20}\b(nao|n) (quero|vou|manda|envia)\b",
    r"\bn'?envoye[zs]? (pas|rien)\b", r"\bj'ai change d'avis\b",
    # "finalement j'ose pas l'envoyer", "laissez faire, je l'envoie pas" (added to the tip as "Also: …")
    r"\bj'?ose pas (l'?|le |la )?(envoyer|signaler)\b", r"\bje (ne )?(l'?|le |la )?(envoie|envoies|enverrai|signale)"
    r" (pas|plus)\b", r"\bje (ne )?(vais|veux) pas (l'?|le |la )?(envoyer|signaler)\b",
    r"^\W*(laissez|laisse) (faire|tomber)\b",
    r"\bje (ne )?(veux|voudrais) (plus|pas) (signaler|envoyer|porter plainte|faire de signalement)\b",
    # "je veux pas faire de plainte contre mon patron", "annule tout svp", "no quiero poner una denuncia de trata"
    # (each was added to the report as "Aussi", and the read-back came again)
    r"\bje (ne )?(veux|voudrais) (plus|pas) (l'? ?|le |la )?(envoyer|faire (de |une )?plainte|porter plainte"
    r"|faire (de |un )?signalement)\b",
    r"\b(annule|annulez|annuler|cancela|cancele|cancelen|cancel|cancelar|cancelem) (tout|todo|tudo|it|everything|all"
    r"|la denuncia|le signalement|the report|a denuncia|el reporte)\b",
    r"\bno (quiero|voy a) (poner|hacer|levantar|meter) (una |la |ninguna )?denuncia\b",
    r"\b(nao|n) (quero|vou) (fazer|abrir|registrar) (uma |a |nenhuma )?denuncia\b")))
# "nvm its fine, im probably overreacting", "forget it", "olvidalo", "esquece": the same, when it says nothing else
# (a bare "nvm" to a question skips that question)
_NEVER_MIND = re.compile(r"^\W*(nvm|never ?mind|forget it|olvidalo|olvidelo|mejor no|esquece|deixa pra la|deixa quieto"
                         r"|laisse tomber|laissez tomber)\b.*\b(fine|ok|okay|nothing|overreact\w*|forget it|bien|nada"
                         r"|exager\w*|tudo bem|de boa|rien)\b")


# "i changed my mind, you can send it", "ok go ahead and send it", "mandala", "pode mandar": send it after all
_SEND_IT = re.compile("|".join((
    r"\b(send|file|submit) it\b(?! yet)", r"\bgo ahead\b", r"\byou can send\b", r"\bplease send\b",
    r"\b(mandala|mandalo|enviala|envialo|mandenla|mandelo|mandela|envielo|enviela|mandenlo|envienlo)\b",
    r"\bpuedes (mandar|enviar)\w*\b", r"\bpode (mandar|enviar)\b",
    r"\b(manda|envia) (sim|pode mandar)\b", r"\benvoyez[- ]le\b",
    r"\b(manda|envia|pode mandar|pode enviar) assim\b", r"\boui,? envoyez\b", r"\bc'est bon,? envoyez\b",
    r"\b(c'?est|c est) correct,? envoyez\b", r"\bsim,? pode mandar\b",
    r"\b(oui|ok|ouais),? (envoie|envoies|envoyez|envoie-le|envoyez-le)\b", r"\b(sim|ok),? (manda|envia)\b",
    # a yes after a sigh: "bon tant pis. oui", "ugh. yes", "bueno ya. si" (it went to "Also", and nothing was sent)
    r"^(?![^.!?]*\b(no|not|non|nao|wait|wrong|mal|pas|espera|attends|change|cambia|muda|but|pero|mais|mas|its|es|e"
    r"|c'?est|is)\b)[^.!?]{1,25}[.!,]\s*(oui|yes|si|sim|ok|okay|d'accord|dale|vale)\W*$")))


def _corrects_too(turn: Turn) -> bool:
    """ "send it" with a correction before it: "cuando: desde marzo y sigue pasando. ya mandalo", "a obra fica na
    Waverly St, a firma chama Silva Builders. ok pode mandar" (each was sent as it was read back, uncorrected): the
    correction is made and read back first."""
    rest = _SEND_IT.sub(" ", normalise(turn.text)).strip(" .,;!")
    if len(_WORD.findall(rest)) < 3:
        return False
    return bool(_named_field(rest) or told(rest, replace(turn, text=rest), extract(rest, turn.language))
                & {"tip_where", "tip_when", "tip_who", "tip_control"})


# a correction of what was filed: "wait its 421 oak st not 412 my bad", "no it was tuesday", "son 10 no 8", "me
# equivoqué, es el martes", "j'me suis trompée c'est mardi"
_PUT_RIGHT = re.compile(r"^\W*(no|nope|non|nao),? (it|its|it'?s|it was|they|there|era|es|eran|son|c'?est|e|era)\b"
                        r"(?! (fine|ok|okay|alright|all right|good|nothing|bien|nada|tudo bem|rien|cool|bom|bueno)\b)"
                        r"|\b(my bad|i mean|i meant|sorry,? (its|it was|it'?s)|actually,? (its|it was|it'?s|there)"
                        r"|correction|i (said|wrote|put) (it )?wrong|(was|is) wrong|fix (it|that|the)|not \w+,? (its|it"
                        r" was)|me equivoque|me confundi|perdon,? (es|era|son|eran)|en realidad|corrijo|esta mal|no era"
                        r"|no es (el|la|en|de)\b|je me suis trompee?|c'?est pas (le|la|lundi|mardi)|en fait,? c'?est"
                        r"|me enganei|errei|na verdade|ta errado|esta errado|nao era|nao e (o|a|na|no))\b")


def corrects_after_filing(text: str) -> bool:
    """The message puts right something already filed (not a new detail): kept as a correction, for staff."""
    said = normalise(text)
    swap = _SWAP.search(said)
    return bool(_PUT_RIGHT.search(said) or _N_NOT_M.search(said) or _STREET_SWAP.search(text) or swap and not (
        {swap.group("right"), swap.group("wrong")} & _NOT_SWAPPED))


def _only_send_it(text: str) -> bool:
    return sends_it(text) and len(_WORD.findall(_SEND_IT.sub(" ", normalise(text)))) <= 2


def sends_it(text: str) -> bool:
    return bool(_SEND_IT.search(normalise(text)))


def tells_something(text: str, language: str) -> bool:
    """The message holds part of a tip (a place, people, a sign, a kind)."""
    return has_facts(extract(text, language))


_NO_CONTACT = re.compile(r"\b(don'?t|dont|do not|no|nao|n|ne|pas) (want to |wanna |want |quiero |quero |veux )?(give"
                         r"|share|leave|dar|dejar|deixar|passar|donner|laisser) (my |mi |meu |mon )?(number|name|numero"
                         r"|nombre|nome|nom|info|contact|datos|dados)\b|\bno (name|number)\b|\bsin (nombre|numero)\b")


# anonymous wanted, in so many words: "quiero anonimo", "mejor anonimo", "anonimo completamente", "keep it anonymous"
_WANTS_ANONYMOUS = re.compile(
    r"\b(quiero|prefiero|mejor|que sea|want|wanna|rather|make it|keep it|just|quero|prefiro|melhor|veux|prefere|plutot)"
    r"( \w+)? (anonim\w*|anonym\w*|anonyme)\b|\b(anonim\w*|anonym\w*|anonyme) (completamente|completely|totally"
    r"|del todo|por completo|completement|please|pls|porfa|por favor)\b")


# "pensandolo bien mejor…", "finalement vous pouvez m'appeler", "mejor cambialo a la 2", "on second thought"
_SECOND_THOUGHT = re.compile(r"\b(pensandolo bien|pensando bien|pensando bem|mejor|melhor|finalement|en fait|plutot"
                             r"|actually|on second thought|changed my mind|cambialo|cambiala|cambia(lo)? a|ahora si"
                             r"|agora sim|mudei de ideia|j'ai change d'avis)\b")


def changes_privacy(text: str, found: Extracted, slots: dict[str, Any]) -> bool:
    """A privacy choice other than the one made, said as a change of mind or with the contact details: "oye
    pensandolo bien mejor no quiero dar mi nombre ni mi numero, quiero que sea anonimo" (it was filed as when), "ah et
    finalement vous pouvez m'appeler, 239 555 0163, Jacqueline" (it stayed anonymous)."""
    chosen, said = slots.get("privacy_level"), normalise(text)
    if not chosen or found.privacy in (None, chosen):
        return False
    giving = chosen == "anonymous" and found.privacy in ("share", "confidential") and bool(re.search(_NUMBER_OR_EMAIL,
                                                                                                     said))
    withdrawing = found.privacy == "anonymous" and bool(_NO_CONTACT.search(said))
    return bool(_SECOND_THOUGHT.search(said)) or giving or withdrawing


def takes_it_back(turn: Turn, found: Extracted, correcting: bool = False) -> bool:
    """The person no longer wants the tip sent (not while saying what to change: "never mind" is then "it's right")."""
    t = normalise(turn.text)
    if _SAFE_NOW.search(t) and not _WITHDRAW.search(t):
        return False  # "nvm cops just pulled in, theyre talking to him. im ok" (it got "OK, I won't send it.")
    if _SEND_IT.search(t) and not re.search(r"\b(don'?t|dont|do not|no|nao|not yet)\b[^.!?]{0,12}\b(send|file|manda"
                                             r"|envia)", t):
        return False  # "i changed my mind, you can send it" (it was taken as taking the tip back)
    if found.privacy in ("share", "confidential", "anonymous") or takes_back_anonymity(t) or _NO_CONTACT.search(t):
        # "i changed my mind, you can text me at this number", "changed my mind i dont want give number, anonymous pls":
        # the privacy choice, not the tip taken back (it got "OK, I won't send it")
        return False
    if _ERASES_ALL.search(t) and not (_OTHERS_ERASE.search(t) or _HOW_TO_HIDE.search(t)) and (
            _BETTER_NOT.search(t) or _WITHDRAW.search(t)):
        # "sabes que mejor no, borra todo esto. si la señora se entera le va peor a mi prima" (the model did not read
        # it as erasing: it was added to the read-back as "Además", and the tip waited for "yes" to be sent)
        return True
    if any(_WITHDRAW.search(p) and not has_facts(extract(p, turn.language)) for p in _SENTENCE.split(t) if p.strip()):
        return True  # "non je veux pas l'envoyer. c'est pas du travail forcé" (the kind was put right, and it waited)
    return not has_facts(found) and bool(not correcting and (_NEVER_MIND.match(t) or _BETTER_NOT.fullmatch(t)))


# "sabes que mejor no", "better not", "melhor não", "non, laisse tomber": the person changes their mind
_BETTER_NOT = re.compile(r"\W*((sabes|sabe|you know|ya sabes|pensandolo bien|on second thought|pensando bem)"
                         r"( que| what)?\W+)?(mejor no|better not|melhor nao|mieux vaut pas|plutot pas|laisse tomber"
                         r"|olvidalo|olvidenlo|esquece|forget it)\b\W*")



# "can you even help if shes not in the US?", "y si esta en otro pais?": a US line cannot send help abroad (it got the
# services answer, then "call 911")
_ABROAD = re.compile("|".join((
    r"\b(not in|outside( of)?|out of) (the )?(us|usa|u\.s\.?|united states|states|america|this country)\b",
    r"\b(another|other|different) country\b", r"\babroad\b", r"\boverseas\b", r"\b(en|de|a) otro pais\b",
    r"\bfuera de (los )?(estados unidos|eeuu|usa|este pais)\b", r"\b(em|de|para) outro pais\b",
    r"\bfora (dos|do) (estados unidos|eua|pais)\b", r"\bun autre pays\b", r"\bhors des (etats-unis|usa)\b",
    r"\b(al|en el|del) extranjero\b", r"\ba l'etranger\b", r"\bno exterior\b|\b(para|pro) (o )?exterior\b",
    # "are you a UK thing or american?", "hay alguna linea aqui en mexico? o ustedes son de estados unidos?"
    r"\b(are you|r u|is this|is it) (a |an )?(us|usa|american|uk|british|english|canadian|mexican|brazilian|french)"
    r"( (thing|line|number|hotline|service|only|one))?\b",
    r"\b(is there|hay|tem|y a-t-il|il y a) (a |an |alguna |algun |algum |alguma |uma |um |une |un )?(number|line"
    r"|hotline|linea|numero|linha|ligne)( \w+)? (here|aqui|aca|ici) (in|en|em|au|no|na)\b",
    r"\b(ustedes son|son ustedes|vcs sao|voces sao|vous etes) (de )?(los )?(estados unidos|eeuu|usa|eua|etats-unis"
    r"|americanos|gringos)\b", r"\bshould i (be )?call(ing)? (someone|somebody|a number) here instead\b")))


# sextortion: images held over someone ("he has my pics and says he'll post them"), and the question whether to pay
_SEXTORTION = re.compile(r"\bsextort\w*|\b(pics?|pictures?|photos?|nudes?|images?|videos?|fotos?|imagens?|imagenes"
                         # ("i sent her pics of me and now she says pay 500 in steam cards by 12 tonight or she sends
                         # them to everyone i follow": "should i just pay?" got the signs question)
                         r"|desnud\w*|intimate|intimas?|intimes?)\b[^.!]{0,80}\b(posts?|shares?|leaks?|sends? (them|it"
                         r"|those)"
                         r"|expose|publicar|subir|compartir|mandar(las|los)?|ensenar|vazar|postar|espalhar|publier"
                         r"|envoyer|partager|diffuser|show (them|it|everyone)|montrer|mostrar(las|los)?)\b"
                         # "…o le deposito 2 mil varos las sube a insta y se las manda a mis compas" (a boy of 13)
                         r"|\b(las|los|mis|tus|sus) (fotos?|videos?) [^.!]{0,40}\b(sube|suben|subira|subiria|publica"
                         r"|publicara|comparte|compartira|manda|mandara|ensena|ensenara|muestra|mostrara)\b"
                         r"|\b(las|los) (sube|suben|subira|subiria|publica|publicara|comparte|compartira|ensena|muestra"
                         r"|mostrara)\b( \w+){0,3} (a|en) (insta|instagram|face|facebook|tiktok|snap|whats|internet"
                         r"|redes)\b"
                         r"|\b(post|share|leak|send|expose|publicar|subir|compartir|mandar|ensenar|vazar|postar|espalhar"
                         r"|publier|envoyer|partager|diffuser|montrer|mostrar)\b( \w+){0,2} (pics?|pictures?|photos?"
                         r"|nudes?|videos?"
                         r"|fotos?|imagens?|imagenes|intimate \w+)\b"
                         # blackmail with images: "il me fait chanter avec des photos", "chantagem com fotos"
                         r"|\b(blackmail\w*|chantage|fait chanter|chantaje\w*|chantage\w*|chantagem|extors\w*)\b"
                         r"[^.!?]{0,80}\b(pics?|photos?|fotos?|nudes?|videos?|imagens?|imagenes|intimes?|intimas?)\b"
                         r"|\b(pics?|photos?|fotos?|nudes?|videos?|imagens?|imagenes)\b[^.!?]{0,80}\b(blackmail\w*"
                         r"|chantage|fait chanter|chantaje\w*|chantagem|extors\w*)\b")
_PAY_OR_SEND = re.compile(
    r"\b(should|do|can|must|shall|would) (i|he|she|we|they|my \w+) (just )?(pay|send|give)\b|\bpay (them|him|her)\b"
    r"[^.!?]{0,30}\?|\bsend (more|money|them money|what they want)\b[^.!?]{0,30}\?"
    r"|\b(le|les) (pago|mando|envio|doy)\b|\b(debo|tengo que|deberia) (pagar|mandar mas|enviar mas)\b"
    r"|\b(devo|deve|tenho que|preciso) (pagar|mandar mais|enviar mais)\b|\bmando mais\b"
    r"|\b(dois|doit|devrais|faut)[- ](je|il|elle)? ?(payer|envoyer)\b|\bje (dois|devrais) (payer|envoyer)\b"
    r"|\bif (i|he|she|we) (just )?(send|pay|give|do what)\b|\bsi (le|les)? ?(mando|pago|envio|doy|hago lo que)\b"
    r"|\bse eu (mandar|pagar|enviar|fizer o que)\b|\bsi j'?(envoie|paie|paye)\b")


# "how do i delete this", "how do i make sure he doesnt see this", "como borro esto", "como apago isso"
_HOW_TO_HIDE = re.compile(
    # "will this show up in my history??" (it got "I can't answer that here")
    r"\b(will|does|would|is) (this|it|the chat)( \w+)? (show up|stay|be saved|appear) (in|on) (my|the) (history|browser"
    r"|phone|laptop)\b|\b(esto|isso|ca) (sale|aparece|queda|fica|reste)( \w+)? (en|no|dans) (el|mi|o|meu|l'|mon)"
    r" ?(historial|historico|historique)\b|"
    r"\bhow (do|can|should) i (delete|erase|hide|clear|remove) (this|these|it|the (chat|messages|texts|conversation))"
    r"\b|\bcomo borro (esto|estos mensajes)( \w+){0,3}\b"
    r"|\bhow (do|can) i make sure (he|she|they|nobody|no one) (doesn'?t|dont|don'?t|doesnt|won'?t|wont|can'?t|cant)"
    r" (see|find|read)\b|\bcomo (borro|elimino|escondo|borrar|eliminar|esconder) (esto|estos mensajes|el chat|los"
    r" mensajes|la conversacion)\b|\bcomo (apago|escondo|apagar|esconder) (isso|essas mensagens|a conversa|o chat)\b"
    r"|\bcomment (effacer|supprimer|cacher) (ca|cette conversation|ces messages|les messages)\b"
    # deleting from one's own phone: "so quero saber se posso apagar do meu celular", "mas apaga as msgs depois? ele
    # olha o celular" (the first took the contact details out of the report, the second offered to erase it all)
    r"|\b(posso|puedo|can i|could i|je peux|should i|devo|debo|how do i|como)( \w+)? (apagar|borrar|delete|erase"
    r"|effacer|supprimer|eliminar|apago|borro)\b[^.!?]{0,30}\b(do|de|del|from|off|sur|en|no|na) (meu|mi|my|mon|o meu"
    r"|el) (celular|cel|phone|telefone|telephone|telefono|portable)\b"
    r"|\b(apaga|apagam|borra|borran|delete|effacez) (as|los|las|the|les) (msgs|mensagens|mensajes|messages|texts)"
    r" (depois|despues|after|apres)\b"
    r"|\bse (ele|ela) (ver|vir|ler) (essas|as|minhas) mensagens\b|\b(les messages|ca) (restent|reste) sur (mon"
    r" )?(telephone|tel|portable)\b|\bsur mon (telephone|tel|portable),? (les messages|ca) (restent|reste)\b"
    r"|\bno meu celular (some|apaga|fica|sai)\b|\bon my phone (too|still)\b"
    # "can he see this after", "el puede ver esto despues?", "ele pode ver as mensagens?" (it got the answer about the
    # person reported finding out)
    r"|\b(can|could|will) (he|she|they|my (boss|husband|boyfriend|bf|pimp|mom|aunt))( still)? (see|read|find)"
    r" (this|these|it|the (chat|messages|texts)|what i (wrote|sent|said))\b"
    r"|\b(el|ella|ellos) (puede|podra|va a poder) (ver|leer) (esto|los mensajes|lo que escribi)\b"
    r"|\b(ele|ela) (pode|vai poder|consegue) (ver|ler) (isso|as mensagens|o que eu escrevi)\b"
    # "me revisa el telefono cuando regresa, se puede borrar esto?" (it got the pause, and nothing about deleting)
    r"|\b(se puede|puedo|can i|can you|could i|posso|da pra|je peux|on peut) (borrar|delete|erase|apagar|effacer"
    r"|supprimer|eliminar)( \w+)? (esto|this|these|isso|ca|estos mensajes|the messages|as mensagens|les messages)\b")
# what if the one in control sees this: how to delete it, once, as when the phone is checked (`phone_checked`: "he
# checks my phone sometimes", "revisa mi cel"); "q pasa si el ve estos mensajes?", "what if he sees this", "e se ele ler
# as mensagens?" (it got "I can't answer that here")
_IF_HE_SEES_THIS = re.compile(
    r"\b(si|if|se|s'?il|si elle) (el|ella|he|she|they|ele|ela|il|elle)? ?(ve|lee|mira|encuentra|sees|reads|finds|ver"
    r"|ler|achar|voit|lit|trouve) (estos|esos|los|mis|this|these|my|the|essas|as|minhas|ces|mes|les) ?(mensajes|msjs"
    r"|messages|texts|chat|mensagens|msgs|conversa|conversacion)?\b")


_WANTS_TO_GO_ON = re.compile(r"\b(quero|quiero|i want to|i wanna|je veux) (denunciar|reportar|report|seguir|continuar"
                             r"|go on|continue|signaler|continuer|terminar|finish)\b")


def _how_to_hide(turn: Turn) -> str:
    """How to delete the chat: from the phone's messages, or (on the web chat) from the browser's history (the web chat
    was told to press and hold a conversation it does not have)."""
    return "utter_how_to_hide_web" if turn.channel == "web" else "utter_how_to_hide"


# the hotline asked to call the police for them: it cannot, the person joining can help, and 911 is fastest
_CALL_POLICE_FOR_ME = re.compile(
    r"\b(call|send|get|phone) (the )?(police|cops|911|an ambulance)( \w+)? (for|to) (me|us|her|him|them)\b"
    r"|\b(can|could) (you|u|ya|you guys|u guys) (please |pls )(call|send|get) (the )?(police|cops|911|an ambulance)\b"
    r"|\b(pueden|puedes|podrian|podria) (llamar|hablarle|marcar)( ustedes| tu)? (a la policia|al 911"
    r"|a una ambulancia)\b"
    r"|\b(llamen|manden|hablenle) (a la policia|al 911|una patrulla)( por mi)?\b"
    r"|\b(voces|vcs|vc|voce) (chamam|ligam|podem chamar|podem ligar|pode chamar|pode ligar) (a policia|pro 911|o 911)\b"
    r"|\b(chama|liga|chamem|liguem) (a policia|pro 911|o 911) (pra|para) mim\b"
    r"|\b(pouvez-vous|vous pouvez|tu peux|pouvez vous) appeler (la police|le 911|les secours)\b"
    r"|\bappelez (la police|le 911|les secours) pour moi\b|^\W*(pls|please|plz|porfa|por favor) (call|llamen a|llamen)"
    r" (the |la )?(police|cops|911|policia)\b")


# the same, asked while in danger ("can u call the cops"): not a question about what the line does
def asks_us_to_call_911(text: str) -> bool:
    """ "pls call 911 for me", "can u call them? please" (with the police named), "llamen a la policia por mi". """
    said = normalise(text)
    return bool(_CALL_POLICE_FOR_ME.search(said) or _CAN_YOU_CALL.search(said) or re.search(
        r"\b(can|could|will) (you|u|y'?all|you guys) (please |pls )?call (them|someone|somebody)\b\W*(\?|please|pls"
        r"|for me)|\b(r|are) (u|you) calling (them|the police|911)\b", said))


def cannot_call(text: str) -> bool:
    """ "i cant talk hes in the next room", "i cant call he will hear me", "no puedo llamar". """
    said = normalise(text)
    return bool(_CANT_CALL.search(said) or re.search(r"\b(can'?t|cant|cannot) (talk|speak)\b|\bno puedo hablar\b"
                                                     r"|\bnao (posso|consigo) falar\b|\bhe('ll| will) hear\b", said))


_CAN_YOU_CALL = re.compile(r"\b(can|could|will|would) (you|u|ya|you guys|u guys) (please |pls )?(call|send|get) (the )?"
                           r"(police|cops|911|an ambulance)\b(?! (on|about) (them|him|her|the))"
                           # in danger, after the 911 line: "can u call them for me", "pueden llamarles ustedes?"
                           # (it got "Noted. The person from our team will see it.")
                           r"|\b(can|could|will|would) (you|u|ya|you guys|u guys) (please |pls )?(call|text) (them|911)"
                           r" for (me|us)\b|\b(pueden|puedes|podrian|podes) (llamarles|llamarlos|llamar al 911|llamar"
                           r" a la policia)( ustedes| tu| por mi)?\b|\b(voces|vcs|vc) (podem|pode) ligar (pra eles|pro"
                           r" 911|pra policia)\b|\b(pouvez|pourriez)[- ]vous (les appeler|appeler le 911|appeler la"
                           r" police)\b|\b(voces|vcs|vc|voce) (podem|pode) ligar( \w+)? (ou nao|por mim)\b"
                           r"|\b(mas )?(voces|vcs|vc|voce) podem ligar\b")


# "do i have to wait 24 hours to report her missing?", "tengo que esperar 24 horas…?": no (there is no waiting period)
_WAIT_TO_REPORT = re.compile(r"\b(wait|esperar|espera|esperamos|attendre|aguardar)\b[^.!?]{0,20}\b(24|48|72"
                             r"|veinticuatro|vinte e quatro|vingt-quatre) ?(hours|hrs|h|horas|heures)\b")


_KEPT_BY_IMAGES = re.compile(
    r"\b(if|when) (i|she|we) (leave|leaves|left|go|goes|try to leave|tries to leave|quit|quits|run|runs)\b"
    r"|\bsi (me voy|se va|me salgo|se sale|lo dejo|me escapo|se escapa)\b"
    r"|\bse (eu|ela) (sair|for embora|largar|fugir)\b"
    r"|\bsi (je|elle) (pars|part|le quitte|m'?en vais|s'?en va)\b"
    r"|\b(my|her) (ex[- ]?)?(boyfriend|bf|husband|man|pimp)\b|\b(mi|su) (ex )?(novio|esposo|marido|padrote|chulo)\b"
    r"|\b(meu|seu) (ex[- ]?)?(namorado|marido|cafetao)\b|\b(mon|son) (ex[- ]?)?(copain|mec|mari|petit ami"
    r"|proxenete)\b")


# pictures asked of someone, not held over them: "he asked her to send pics and to meet him at the mall" (a mother
# worried about grooming got "don't pay or send anything more")
_ASKS_FOR_PICS = re.compile(
    # ("…a modeling job in dubai… just need to send a passport pic and some pics of me. is it legit??" got the
    # sextortion line: the pictures are asked for, not held over anyone)
    r"\b(ask\w*|want\w*|tell\w*|told|begg?\w*|pressur\w*|push\w*|get|got|gets|pide|pidio|pidiendo|piden|quiere|quieren"
    r"|need|needs|needed|have|has|had|tengo que|tiene que|hay que|preciso|precisa|il faut|je dois"
    r"|pede|pediu|pedindo|quer|demande|demandait|veut)( (her|him|me|them|us|le|la|les|lui|a ella|a mi|ela|ele))?( to"
    r"| que| de| pra| para)? (send|mandar|mande|mandarle|enviar|envie|enviarle|manda|envoyer|envoie)( \w+){0,3}"
    r" (pics?|pictures?|photos?|nudes?|videos?|fotos?|imagens?|imagenes)\b")


def threatens_with_images(said: str) -> bool:
    """Images held over someone, or sextortion named (normalised text); not pictures only asked for, nor a document's
    photo ("should i send my passport pic", to a job offer: it got "don't pay or send anything more")."""
    return bool(_SEXTORTION.search(_ASKS_FOR_PICS.sub(" pics ", _DOCUMENT_PHOTO.sub(" document ", said))))


_DOCUMENT_PHOTO = re.compile(
    r"\b(passport|id|visa|license|licence|document|documents|pasaporte|documento|documentos|identificacion|ine"
    r"|passeport|carteira|identidade|rg)( \w+)? (pics?|pictures?|photos?|fotos?|copy|copia|scan)\b"
    r"|\b(pics?|pictures?|photos?|fotos?|copy|copia|copie|scan) (of|de|do|da|du) (my|your|his|her|the|mi|tu|su|mon|ma"
    r"|meu|minha|el|la|o|a|le)? ?(passport|id|visa|license|licence|documents?|pasaporte|documentos?|passeport"
    r"|carteira|identidade|ine)\b")


# what to answer the one holding the images: "hes messaging me again rn what do i say to him", "le contesto?", "should
# i block him" (a girl of 14 asked three times, and got the next questions)
_ANSWER_HIM = re.compile(
    r"\bwhat (do|should|can) i (say|tell|text|reply|write|answer)( to)? (him|her|them|this guy|that guy)\b"
    r"|\b(block|pay|bloqueo|pago|bloqueio|pago) (or|o|ou) (pay|block|not|no|nao|bloqueo|pago|bloqueio)\b"
    r"|\bshould i (answer|reply|respond|text|block|ignore)( to)? (him|her|them|back)\b|\bdo i (answer|reply|block)"
    r" (him|her|them)\b|\bque (le|les) (digo|contesto|respondo|escribo)\b|\b(le|les) (contesto|respondo|bloqueo)\?"
    r"|\bo que (eu )?(falo|digo|respondo|escrevo)( pra| para)? (ele|ela|eles)\b|\b(respondo|bloqueio) ele\?"
    r"|\bje (lui|leur) (dis|reponds|ecris) quoi\b|\bqu'?est-ce que je (lui|leur) (dis|reponds)\b")


def asks_about_sextortion(text: str, slots: dict[str, Any]) -> bool:
    """ "should i just send more so they stop??", "should he pay?", "what do i say to him": the images held over someone
    (said now or in the tip) and the question whether to pay or send more, or what to answer."""
    said = normalise(text)
    if not (_PAY_OR_SEND.search(said) or _ANSWER_HIM.search(said)) or re.search(
            r"\b(debt|owe|rent|deuda|renta|divida|aluguel|dette|loyer)\b", said):
        return False  # ("should i pay my debt to the boss?")
    told_before = " ".join(str(slots.get(name) or "") for name in ("tip_what", "tip_control", "tip_more"))
    return bool(threatens_with_images(said) or threatens_with_images(normalise(told_before)))


def asks_about_abroad(text: str) -> bool:
    return bool(_ABROAD.search(normalise(text))) and is_question(text)


# "is it legit??", "es confiable?", "c'est sérieux?", "é golpe?": whether an offer can be trusted (not "is it legal for
# him to keep my passport?", a question about rights)
# "voy o no voy", "should i go or not", "vou ou nao": whether to go, said as a choice
_GO_OR_NOT = re.compile(r"\b(voy|me voy|vou|go) (o|or|ou) (no|not|nao)\b")
_ASKS_IF_REAL = re.compile(
    r"\b((is|does|are) (it|this|that|they|these people|the (job|offer|agency|company|guy|lady))|sounds?|seems?|looks?"
    r"|(is|does) (it|this|that) (sound|seem|look)( like)?)( \w+)? (legit|legitimate|real|for real|fake|(like )?a scam"
    r"|scammy|sketchy|shady|trustworthy|too good to be true)\b|\bcan i trust (them|her|him|it|this|that)\b"
    r"|\b(es|sera|suena|parece|se ve) (confiable|real|de verdad|verdad|una estafa|estafa|fraude|legit|legitim[oa]"
    r"|sospechoso|muy bueno para ser verdad)\b|\b(me )?puedo confiar\b"
    r"|\bc ?.?est (fiable|serieu[xs]e?|vrai|une arnaque|une vraie offre|louche|legit)\b|\bje peux (leur |lui )?faire"
    r" confiance\b|\b(a l.air|semble) (serieu[xs]e?|louche|fiable|une arnaque)\b"
    r"|\b(e|eh|sera que e|isso e|parece) (confiavel|verdade|real|golpe|furada|serio|seria|legit)\b"
    r"|\bposso confiar\b"
    # "…me dan cuarto y me guardan el pasaporte para lo de la visa. eso es normal?", "solo quiero saber si voy o no
    # voy" (neither was answered, and the report was filed)
    r"|\b(eso|esto|es|isso|ca|that|this|it)( \w+)? (es|e|is|est|c'?est) (normal|normal eso|ok|okay)\b"
    r"|\b(es|is it|c'?est|e) normal\b|" + _GO_OR_NOT.pattern
    # whether to send or pay what the offer asks for: "should she send it or no??", "just pls tell me if she should
    # send the passport" (a mother's daughter was asked for $400 and a passport scan: "I can't answer that here" three
    # times)
    + r"|\b(should (i|she|he|we|they|my \w+)|(i|she|he|we|they) should)( still| just)? (send|pay|give|accept|take"
    r"|sign)\b"
    r"|\b(debo|deberia|debe|tengo que|tiene que) (mandar|enviar|pagar|dar|aceptar|firmar)(le|les)?\b"
    r"|\b(devo|deveria|deve|tenho que|tem que) (mandar|enviar|pagar|dar|aceitar|assinar)\b"
    r"|\b(dois-je|je dois|je devrais|doit-elle|elle doit|elle devrait) (envoyer|payer|donner|accepter|signer)\b")
# an offer of work, travel or papers: what "is it legit?" is asked about
_AN_OFFER = re.compile(
    r"\b(offer\w*|job|jobs|gig|position|agency|agencies|recruit\w*|modell?ing|contract|visa|sponsor\w*|trabajo|chamba"
    r"|jale|empleo|oferta|ofrec\w*|agencia|contrato|emploi|travail|boulot|offre|propos\w*|agence|contrat|emprego"
    r"|trabalho|vaga|proposta)\b")


# no tip, only questions: "nothing to report, just want info", "solo quiero informacion", "je veux juste me renseigner"
# (not "i dont want to report him", which is fear)
_INFORMATION_ONLY = re.compile(
    r"\b(nothing|not anything|no tip|no report)( \w+)? to (report|tell)\b|\bno report\b|\bi'?m not reporting\b"
    r"|\b(just|only) (want|wanted|need|needed|have|had|looking for|asking for|wanna|curious)( \w+)?( some| a little|"
    r" more| a)? (info|information|question|questions|to ask|to know|to learn|to understand|about)\b"
    r"|\b(for|doing|writing) (a|my) (school|class|college|uni|university|research) (project|paper|essay|assignment)\b"
    r"|\b(solo|nomas|nada mas|solamente) (quiero|queria|necesito|busco|tengo)( \w+)? (informacion|info|saber|preguntar"
    r"|una pregunta|unas preguntas|una duda)\b|\bno (tengo|es) (nada )?(que|q|para) (reportar|denunciar)\b"
    r"|\bje (veux|voulais|voudrais) (juste|seulement|simplement) (des infos|des informations|me renseigner|savoir"
    r"|poser une question|comprendre)\b|\b(rien|pas) a signaler\b|\bje n'?ai rien a (signaler|denoncer)\b"
    r"|\b(so|apenas|somente) (quero|queria|preciso de|precisava de)( \w+)? (informacao|informacoes|info|saber"
    r"|tirar uma duvida|perguntar)\b|\bnao tenho nada (pra|para|a) (denunciar|relatar)\b")
# how to recognise it: "how to spot it", "the signs", "como saber si alguien…"
_HOW_TO_SPOT = re.compile(r"\b(spot|signs?|recogni[sz]e|red flags?|tell if|know if|senales|reconocer|saber si|signes"
                          r"|reconnaitre|savoir si|sinais|reconhecer|saber se)\b")


def wants_information_only(text: str) -> bool:
    """They have nothing to report and want to ask or learn."""
    return bool(_INFORMATION_ONLY.search(normalise(text)))


_TELL_ME_IF = re.compile(r"\b(tell me|let me know|just want to know|dime|digame|me dice|me diz|dites-moi)( \w+)? (if"
                        r"|whether|si|se)\b|\bis (this|it|that) a scam\b|\bshould (i|she|he|we|they)\b"
                        r"|\b(or not|or no|o no|ou nao|ou pas)\W*$")


def asks_if_an_offer_is_real(text: str, offer_told: bool = False) -> bool:
    """A question whether an offer of work abroad or a job can be trusted ("…a modeling job in dubai, they pay the
    flight… is it legit??"; it got the next question of the intake and no word on the warning signs). `offer_told`:
    the offer was told in an earlier message."""
    said = normalise(text)
    # ("solo quiero saber si voy o no voy"; "…send a scan of her passport. is this a scam", with no question mark)
    asked = "?" in text or bool(_GO_OR_NOT.search(said)) or is_question(text) or bool(_TELL_ME_IF.search(said))
    return bool(_ASKS_IF_REAL.search(said)) and asked and (offer_told or bool(_AN_OFFER.search(said)))



def tells_of_abroad(text: str) -> bool:
    return bool(_ABROAD.search(normalise(text))) and not is_question(text)


# a question about the question: how exact, how much, what counts
_ABOUT_THE_QUESTION = re.compile("|".join((
    r"\b(does it|do i|do you|it|does that) (have to|need to|has to|gotta) (be )?(exact\w*|precise"
    r"|the (whole|full|exact)|all|everything|a real)\b",
    r"\bexact(ly)? (address|place|date|day|time|number|age|location)\b",
    r"\bwhat if i (don'?t|dont|do not|can'?t) (know|remember)\b", r"\b(whole|full|long) (story|thing) or\b",
    r"\b(short|quick) version\b", r"\bwhat counts as\b", r"\bwhy (does|do) (it|that|this) matter\b",
    r"\bhow much (detail|do you need|should i)\b", r"\b(que|q) cuenta como\b", r"\bo (que|q) conta como\b",
    r"\b(tiene|tengo) que ser (exact\w*|la direccion exacta)\b", r"\b(precisa|tem que) ser (exat\w*|o endereco)\b",
    r"\by si no (se|me acuerdo)\b", r"\be se eu nao (sei|souber|lembro|lembrar)\b")))


# "ok ill wait", "ok espero", "vou esperar": waiting for the person, not a yes
_WILL_WAIT = re.compile(
    r"^\W*((ok(ay)?|fine|vale|sale|bueno|ta|ta bom|tudo bem|alright|sure)\W+)?"
    r"((i'?ll|ill|i will|i can|we'?ll|yo|eu)\s+)?"
    r"(wait|hang on|hang in there|espero|esperare|esperamos|te espero|vou esperar|aguardo|espero aqui|aqui espero)"
    r"( (here|aqui|then|entonces))?\W*$")


# "no quiero seguir contestando preguntas, quiero hablar con alguien", "stop asking me questions": the questions stop
# while a person is on the way (they went on: "who is affected?" right after "I'm asking a person")
_NO_MORE_QUESTIONS = re.compile(
    r"\bno (quiero|voy a) (seguir )?(contestar|responder|contestando|respondiendo)( \w+)? preguntas\b"
    r"|\b(no|ya no|ni una) mas preguntas\b|\bya no (quiero )?(contestar|responder) (nada|mas)\b"
    r"|\b(stop|quit) asking( me)?( (so many|all these|these|the|your|any more|more))? questions\b"
    r"|\b(stop|quit) asking( me)?\W*$|\b(enough|no more)( with)?( the| these| your)? questions\b"
    r"|\b(stop|quit|pause) (the|these|your|all the|with the) questions\b"
    r"|\b(do ?n'?t|dont|do not) (want to )?(answer|ask)( me)?( any)? (more |any more |anymore |these |your )?"
    r"questions\b"
    r"|\b(nao|n) quero (mais )?(responder|perguntas)\b|\bchega de perguntas\b|\bsem mais perguntas\b"
    r"|\bplus de questions\b|\barretez (de (me )?poser )?(les |des |vos )?questions\b"
    r"|\bje (ne )?veux (plus|pas) (repondre|de questions)\b")


def wants_no_more_questions(text: str) -> bool:
    return bool(_NO_MORE_QUESTIONS.search(normalise(text)))


# "ok ask me", "you can ask", "sigamos", "pode perguntar": the questions again
_ASK_AGAIN = re.compile(r"^\W*((ok|okay|si|sim|oui|ya|bueno|yes|alright)\W+)*(ask( me)?|go on|keep going|continue"
                        r"|sigamos|seguimos|sigue|continua|pregunta(me)?|preguntame|continuons|continue[zr]?"
                        r"|pode perguntar|pode continuar|vamos continuar|vamos)\W*$"
                        r"|\b(you|u) can (ask|continue|go on)\b"
                        r"|\b(ya )?(puedes|puede|pueden) (preguntar|seguir|continuar)\w*\b"
                        r"|\bq(ue)? mas (necesitan|necesitas|quieren|quieres) saber\b|\bwhat else (do )?(you|u) need\b"
                        r"|\bpode (perguntar|continuar)( as perguntas)?\b|\bvous pouvez (demander|continuer)\b"
                        r"|\b(ask|go on with) (your|the) questions\b"
                        # after "I'm glad you're safe… we can go on": "ready", "can we do the report now", "i ALREADY
                        # called 911. cops are here now. i want to make a report", "je veux juste faire un
                        # signalement" (each got the 911 line again, and no code ever came)
                        r"|^\W*((ok|okay|si|sim|oui|ya|yes)\W+)*(i'?m |im |estoy |to |je suis )?(ready|lista|listo|pret"
                        r"|prete|pronta|pronto)\W*$"
                        r"|\b(can|could) (we|i) (do|finish|make|file|continue|go on with) (the|a|my) report\b"
                        r"|\bi (still )?(want|wanna|need) to (make|file|do|finish) (a|the|my) report\b"
                        r"|\b(quiero|queremos) (hacer|poner|terminar|seguir con) (la|el|una|mi) (denuncia|reporte)\b"
                        r"|\bje (veux|voudrais) (juste )?(faire|finir|terminer) (un|le|mon) signalement\b"
                        r"|\b(quero|queria) (fazer|terminar) (a|uma|minha) denuncia\b"
                        # "ok what are the questions", "can i report him now or not", "hello??? u said u had
                        # questions", "entonces ya quedo el reporte o que falta?" (each got "Noted" or the 911 line)
                        r"|\bwhat (are|r) (the|ur|your) questions\b|\b(can|could) i (still )?report (him|her|them|it"
                        r"|the account|this)( now)?\b|\b(u|you) said (u|you) had questions\b"
                        r"|\b(ya )?(quedo|se mando|se envio|esta) (el|mi|la) (reporte|denuncia)\b[^.!]{0,20}\?"
                        r"|\b(que|q) (mas )?falta\b\W*$|\b(quelles|c'?est quoi les) questions\b")


# after danger, going on: "liguei… posso contar o resto pra vcs?", "oui on peut continuer", "c quoi la suite", "vous me
# posez des questions ou pas?" (each got the 911 line or "Noted", and no question ever came again)
_TELL_THE_REST = re.compile(
    r"\b(posso|puedo|can i|je peux|on peut|podemos|puedo seguir)( \w+)? (contar|contarte|contarles|decir|tell|dire"
    r"|raconter|continuar|seguir|continuer|terminar|finish|finir)( \w+){0,2} (o resto|el resto|lo demas|the rest|more"
    r"|le reste|la suite|la denuncia|a denuncia|the report|le signalement)\b|\bon peut continuer\b|\bpodemos seguir\b"
    r"|\b(c'?est quoi|c quoi|cest quoi|et) la suite\b|\bvous (me )?(posez|poser|allez poser) (des|les|vos) questions\b"
    r"|\b(do|will|are) (you|u) (have|need|want to ask|gonna ask|going to ask) (more |any |the )?questions\b"
    r"|\b(vai|vao|vc vai|vcs vao) (me )?(fazer|perguntar) (as )?(perguntas|mais)\b|\bme (vas|van) a preguntar\b"
    # "si sigamos ahorita porfa", "quiero terminar el reporte", "si quiero seguir ya", "que mas les digo?", "preguntame"
    r"|\b(si )?(sigamos|seguimos|continuemos)\b|\bquiero (terminar|seguir|acabar)( (el reporte|la denuncia|esto|con"
    r" esto|el reporte))?\b|\bque mas (les|te) (digo|cuento)\b|\bpreguntame\b|\b(i want to|let me|can we) (finish|keep"
    r" going|continue)\b|\bwhat else (do|should) i (tell|say)\b|\bquero (terminar|continuar)\b"
    r"|\bje veux (finir|terminer|continuer)\b")
# did the team get it: "vcs receberam o q eu mandei?", "tem algum numero de protocolo?", "est ce que j'ai un numero de
# dossier?", "did you get all that?"
_RECEIVED = re.compile(
    r"\b(vcs|voces|voce|vc|ustedes|you|u|vous|y'?all) (receberam|recebeu|recibieron|recibiste|got|get|received"
    r"|avez recu|avez bien recu|have it)\b"
    r"|\b(numero|number|no|n) (de )?(protocolo|dossier|caso|referencia|reference|suivi|reporte|denuncia|folio)\b"
    r"|\b(protocol|case|reference|tracking|report) (number|#|no|code)\b|\bcomo (eu )?sei (q|que)\b"
    r"|\bcomment je sais\b|\bhow do i know (you|u|it)\b|\bcomo se (q|que) (lo|la)? ?(recibieron|les llego)\b")

# "did u get what i said?", "you still have what i said?", "se guarda lo q te dije?", "did it send?", "ça a été envoyé?"
_STILL_HAVE_IT = re.compile(
    r"\b(did|do|have) (you|u|y'?all) (get|got|receive|received|have|keep|save|saved|see|read)\b[^.!?]{0,20}\b(what i"
    r"|my (message|messages|msgs|texts)|everything|all of it|it all)\b"
    r"|\b(you|u) (still )?(have|got|keep|kept|saved) (what i|everything i|all i|my (message|messages|texts))\b"
    r"|\bdid (it|that|my (message|text|msg)) (send|go through|get (sent|there))\b"
    r"|\b(se guarda|se guardo|quedo guardado|les llego|te llego|recibiste|recibieron|tienen|tienes)\b[^.!?]{0,10}\b"
    r"(lo (q|que) (te |les )?(dije|escribi|mande|conte))\b|\b(se envio|se mando|si llego)\b"
    r"|\b(vcs|voces|voce|vc) (receberam|recebeu|tem|guardaram|salvaram)\b[^.!?]{0,10}\b(o (q|que) eu (disse|falei"
    r"|escrevi|mandei))\b|\b(avez|as)[- ](vous|tu) (recu|garde)\b[^.!?]{0,10}\bce que j'?ai (dit|ecrit)\b"
    r"|\b(ca|c'?est) (a ete|bien) (envoye|parti)\b"
    # "ok y ahora? ya lo mandaste?" in danger (it got the 911 line again)
    r"|\b(ya )?(lo|la) (mandaste|enviaste|mandaron|enviaron)\b|\bdid (you|u|y'?all) (send|file|submit) (it|the report"
    r"|my report)\b|\b(ja|já) (mandou|enviou|mandaram|enviaram)\b|\b(vous l'avez|tu l'as) envoye\b")


# the person themself safe: "im safe now", "ya estoy bien", "je suis en sécurité"
_I_AM_SAFE = re.compile(r"\b(i'?m|im|i am|we'?re|we are|estoy|estamos|to|tou|estou|je suis|on est|nous sommes|chui"
                        r"|chuis|jsuis|j suis)( (ya|ja|deja|now|ahora|agora))? (safe|a salvo|segur[oa]s?|em seguranca"
                        r"|en securite|a l'abri|fuera de peligro|out of danger|fora de perigo|bien|bem|ok|okay|fine"
                        r"|good|alright|all right)\b")


def _safe_now_line(said: str, slots: dict[str, Any]) -> str:
    """ "I'm so glad you're safe" to the one who was in danger; to a witness told that help came ("ya llego la patrulla
    pero el carro ya se fue": it got "Qué bueno que estás a salvo" while the child was driven away), that help is there
    and what to tell them."""
    if slots.get("reporter_role") != "self" and not _I_AM_SAFE.search(said):
        return "utter_help_arrived"
    return "utter_safe_now"


def _safe_now(facts: dict[str, Any], slots: dict[str, Any]) -> dict[str, Any]:
    """The facts once the person says they are safe now: no longer in danger this minute, so the questions may come
    again (the danger kept them back, and "ya im safe" got "I'm so glad you're safe" and no question, again and
    again); safe this minute says nothing of whether the tip is still going on ("he left" is not "it is over")."""
    before = (slots.get("tip_facts") or {}).get("ongoing")
    kept = {k: v for k, v in facts.items() if k not in ("danger", "ongoing")}
    return {**kept, **({"ongoing": before} if before is not None else {}), "safe_now": True}


# whether to go with him: "me voy con el o no?", "should i still go tonight??", "je pars avec lui?", "vou com ele?"
_GO_WITH_HIM = re.compile(
    r"\b(should|do|can|shall) i (still )?(go|leave|get in( the car| his car)?|meet him)( \w+)? (with him|tonight|today"
    r"|tomorrow)\b|\bshould i (still )?go\b|\b(i|do i) go with him\b|\bme (voy|subo|salgo) con (el|ellos)\b"
    r"|\b(me voy|voy|salgo) o no\b|\b(debo|deberia) (irme|ir) con (el|ellos)\b|\b(devo|deveria) (ir|sair) com (ele"
    r"|eles)\b|\b(vou|eu vou) com ele\b|\bje (pars|vais|sors) avec lui\b|\b(dois-je|je dois|je devrais) (partir"
    r"|aller|sortir) avec lui\b|\bj'?y vais ou pas\b"
    # "is it bad if i go?", "should i get in his car", "ya viene en camino, esta bien?" (each got the next question)
    r"|\bis it (bad|ok|okay|safe|dangerous|wrong|fine|weird) (if i|to|for me to|that i) (go|meet him|see him|get in"
    r"|leave with him)\b|\b(should|do|can) i (get|hop) (in|into) (his|the|that|this) (car|truck|van|ride)\b"
    r"|\bshould i get in\b|\b(if|whether) i should (go|get in|meet him|leave with him)\b"
    r"|\b(esta|es|ta) (bien|malo|peligroso) (si|que|q) (voy|me voy|salgo|vaya|me vaya|salga"
    r"|me subo|suba)\b|\b(me subo|subo) (a su|al) (carro|coche|troca|auto|camioneta)\b"
    r"|\b(me va a recoger|me recoge|viene por mi|pasa por mi|viene a recogerme|ya viene en camino)\b[^?]{0,80}"
    r"\b(esta bien|ta bien|es normal|que hago|q hago)\b"
    r"|\b(e|eh) (perigoso|ruim|errado|mau|mal) se eu (for|ir|sair|descer)\b|\b(entro|entrar) no carro dele\b"
    r"|\b(e|eh) (mau|ruim|perigoso) ou nao\b|\b(eu )?(vou|desco) ou nao\b|^\W*(eu )?vou\W*$|\bja chegou\W+vou\b"
    r"|\bc(?:'?est)? (grave|dangereux|mal|correct|ok|bien) (si|de) (j'?y vais|j'?y aller|je pars|je vais|je monte"
    r"|je descends|descendre|partir|y aller)\b|\bc(?:'?est)? grave ou pas\b|\bje (descends|vais|pars|sors|monte)"
    r" ou pas\b|\b(me bajo|bajo|salgo|voy) o no\b"
    r"|\bje (monte|embarque) (dans son char|dans sa voiture|dans son auto)\b")
# the one writing, picked up: "he's picking me up tonight", "me va a recoger hoy", "il doit passer me chercher"
# (not a plea to the line: "can someone come get me", "can u guys pick me up", from a girl of 16 held in a motel, got
# "Please don't go with him")
_PICKS_ME_UP = re.compile(r"(?<!\bsomeone )(?<!\bsomebody )(?<!\banyone )(?<!\byou )(?<!\bu )(?<!\byall )"
                          r"(?<!\bguys )(?<!\bplease )(?<!\bpls )(?<!\bplz )(?<!\bsomeone to )(?<!\bsomebody to )"
                          r"(?<!\bsomeone please )(?<!\bsomeone pls )"
                          r"\b(pick(ing)? me up|picks me up|(coming|comes?) (to get|for) me|come get me"
                          # "what should i do when he comes today", a place offered for "stuff": "i can crash at his
                          # place if i do stuff for him" (a girl of 15 alone at a bus station got the read-back)
                          r"|when (he|they) (comes?|gets here|shows up|arrives?)|cuando (venga|llegue|pase por mi)"
                          # "hoy en la noche dice q viene otro amigo suyo" (a girl of 15: "I can't answer that here")
                          r"|(viene|va a venir|llega|va a llegar) (otro|un|el|su) (amigo|senor|hombre|cliente|tipo)"
                          r"|quando ele (vier|chegar)|quand il (viendra|arrivera|passera)"
                          r"|(crash|stay|sleep|live) (at|in|with) (his|him)( place| house| apartment| car)?"
                          r"|(quedarme|dormir|vivir) (en su casa|con el)|(ficar|dormir|morar) (na casa dele|com ele)"
                          r"|(dormir|rester|habiter) chez lui"
                          r"|me va a recoger|me recoge|viene por mi|pasa por mi|viene a recogerme|va a pasar por mi"
                          r"|vai me buscar|vem me buscar"
                          r"|(va|doit|vient) (passer |venir )?me chercher)\b")
# a man who would take her away, told of: a pick-up, or asked to come with him ("un gars de 24 ans sur snap veut que
# je vienne avec lui ce soir", "um cara quer me levar pra praia hoje")
_GOING_WITH = re.compile(_PICKS_ME_UP.pattern + r"|\b(wants?|wanted|asked|asks|told|tells) me to (come|go|meet|leave"
                         r"|get in)\b|\b(veut|voulait|dit) que je (vienne|parte|sorte|aille|descende)\b"
                         r"|\b(quiere|dice|dijo) que (vaya|me vaya|salga|me suba)\b|\bquer me (levar|buscar)\b"
                         r"|\b(take|taking|takes) me (to|out|with|away)\b|\bme (va a llevar|quiere llevar|vai levar)\b"
                         r"|\b(wants?|wanted|going|gonna) to (meet|see|pick up|take) me\b|\b(meet|meeting) (him|up)\b"
                         r"|\b(verlo|encontrarme con el|encontrar com ele|le voir|le rejoindre)\b")
# at her door now: "hes knocking now", "esta tocando la puerta", "ta batendo na porta", "il frappe a la porte"
_AT_HER_DOOR = re.compile(r"\b(knock\w*|banging on the door|at (my|the) door|ringing the (bell|doorbell)"
                          r"|tocando (la puerta|el timbre)|en la puerta|golpeando la puerta|batendo na porta|na porta"
                          r"|tocando a campainha|tocan (la puerta|el timbre)|tocaron la puerta|batem na porta|on frappe"
                          r"|frappe a la porte|a la porte|sonne)\b")
# "text only", "solo mensajes", "so mensagem", "textos seulement": reached by text, at the number written from
_TEXT_ONLY = re.compile(r"\b(text only|only text|texts? only|just text|solo (mensajes?|texto|whatsapp)"
                        r"|nomas mensajes?|so (mensagem|mensagens|sms|texto)|apenas mensagem|textos? seulement"
                        r"|seulement (des )?(textos?|sms|messages)|sms (only|seulement|solamente))\b")
# a man coming for her, told by a young person ("un señor me va a recoger hoy… ya viene", "hes here. a grey honda"):
# the man who comes is not someone reading her phone
_PICKED_UP = re.compile(_PICKS_ME_UP.pattern + r"|\b(vai me pegar|il est la|il est en bas|ele (ja )?chegou"
                        r"|ele (ta|esta) (aqui|la fora|la embaixo)|ya llego|ya esta (aqui|afuera)|esta afuera"
                        r"|me dit de descendre|(manda|mandou) (eu )?descer|klaxonne|buzina|honking|knocking"
                        r"|tocando la puerta|batendo na porta|frappe a la porte)\b|\b(hes|he'?s|he is) here\b")
# a man who would take the person, as told: "my bf is 24", "un señor", "este cara"
_A_MAN = re.compile(r"\b(he|him|his|man|guy|dude|bf|boyfriend|el|ele|lui|il|senor|hombre|novio|vato|cara|homem|namorado"
                    r"|mec|gars|copain|type|amigo|tipo|cliente|client|chum|homme|hommes|hombres|homens)\b")
# (not "friend": "my friend's house")


def _young(facts: dict[str, Any]) -> bool:
    """The tip is about someone under 18, as told so far (a minor said, or an age under 18)."""
    return bool(facts.get("minor") or min(facts.get("ages") or [99]) < 18)


# the writer's own age, under 18: "im 15", "tengo 16 años", "soy menor", "j'ai 14 ans"
_I_AM_YOUNG = re.compile(r"\b(i'?m|im|i am|tengo|tenho|j'?ai|soy|sou|eu tenho)( only| solo| apenas| seulement| just)?"
                         r" (1[0-7]|[5-9])\b(?! (hours?|horas?|heures?|days?|dias?|jours?|months?|meses|mois|people"
                         r"|personas|pessoas|kids|hijos|filhos|enfants|children|dollars|dolares))"
                         r"|\b(i'?m|im|i am) (a minor|underage|a kid|a teen|in (middle|high) school)\b"
                         r"|\b(soy|sou) (menor|una nina|uma menina|adolescente)\b|\bje suis (mineure?|une ado)\b")
# a young person told of in the third person: "theres a girl… looks like 15", "hay un niño de 12", "my cousin"
_SOMEONE_YOUNG = re.compile(
    r"\b(a|the|this|that|one|two|2|3|some|her|his|my|their|our|una|la|esa|esta|un|el|los|las|mi|su|sus|mis|une|sa|ma"
    r"|uma|minha|sua|o|os)( little| young| lil| pequen[oa]| petite?)? (girls?|boys?|kids?|child|children|teens?"
    r"|teenagers?|minors?|daughter|son|niece|nephew|cousin|sister|brother|stepdaughter|granddaughter|nin[oa]s?"
    r"|chamac[oa]s?|muchach[oa]s?|chic[oa]s?|menor(es)?|hij[oa]s?|hijastr[oa]|sobrin[oa]s?|prim[oa]s?|herman[oa]s?"
    r"|hermanit[oa]s?|nieta|filles?|fils|garcons?|enfants?|gamines?|cousine|soeur|menin[oa]s?|garot[oa]s?|criancas?"
    r"|filh[oa]s?|irmas?|irmaos?|sobrinha|neta)\b")


def _writer_may_be_young(slots: dict[str, Any], told: str) -> bool:
    """Whether the young one may be the person writing: not when they said the tip is about someone else, nor when,
    role untold, the story tells of a young person in the third person and never of the writer's own age (a trucker
    whose girl of 15 "got in the tahoe", and a man locked in with nine others and a child of 12 who wrote "ya llego el
    señor", were each told "Please don't go with him")."""
    role = slots.get("reporter_role")
    if role == "other":
        return False
    said = normalise(told)
    return role == "self" or bool(_I_AM_YOUNG.search(said)) or not _SOMEONE_YOUNG.search(said)


# "is that normal?", of what an adult asks of a child: "he buys me stuff… now he wants me to… be nice to his friends…
# is that normal?" (a girl of 14 got no answer, twice)
_IS_IT_NORMAL = re.compile(r"\b(is (that|this|it) (normal|ok|okay|weird|bad|wrong|allowed)|is he allowed"
                           r"|(es|eso es|esto es) normal|esta bien eso|c'?est normal|(isso )?e normal|ca se fait)\b")


def asks_if_normal_for_a_child(turn: Turn, facts: dict[str, Any]) -> bool:
    """A young person asking whether what an adult asks of them (or of a friend) is normal."""
    return bool(_IS_IT_NORMAL.search(normalise(turn.text))) and _young(facts)


_DONT_WANT_TO_GO = re.compile(r"\b(no quiero|i don'?t want to|i dont want to|i dont wanna|i don'?t wanna|nao quero"
                              r"|je veux pas|je ne veux pas) (ir|go|ir con el|go with him|ir com ele|y aller"
                              r"|aller avec lui|salir|sair)\b")


def tells_he_comes_for_her(turn: Turn, facts: dict[str, Any]) -> bool:
    """A young person told, after filing, that he comes for her ("vendredi il va venir me chercher apres lecole": it was
    added to the report, and nothing said)."""
    return _young(facts) and bool(_PICKS_ME_UP.search(normalise(turn.text))) and not is_question(turn.text)


def asks_whether_to_go_with_him(turn: Turn, facts: dict[str, Any], slots: dict[str, Any]) -> bool:
    """A young person asking whether to go with a man ("el fue al carro y dice q regresa en 10 min por mi. me voy con el
    o no?", "should i still go tonight??": each got the next question, or "I can't answer that here")."""
    said = normalise(turn.text)
    # (or whether to stay: "idk hes coming back out. should i just stay in the truck or what", from a girl of 16 in
    # his truck, got the pause, then the form's questions)
    # ("jdois faire quoi vendredi si il vient me chercher?", after filing, from a girl of 16: "OK. Write whenever")
    # ("ya voy a salir en 10 minutos que hago? no quiero ir", from a girl of 14 he waits for outside school: the signs
    # of control were asked)
    asks_about_him = _young(facts) and asks_what_to_do(turn.text) and bool(
        _PICKS_ME_UP.search(said) or _DONT_WANT_TO_GO.search(said))
    if not (_GO_WITH_HIM.search(said) or _STAY_OR_GO.search(said) and _young(facts) or asks_about_him):
        return False
    if _WITH_HELP.search(said):
        return False  # "should i go with her in the ambulance or not" (it got "Please don't go with him")
    told = " ".join(str(slots.get(k) or "") for k in ("tip_what", "tip_who", "tip_more")) + " " + said
    return _young(facts) and bool(_A_MAN.search(normalise(told))) and _writer_may_be_young(slots, told)


_WITH_HELP = re.compile(r"\b(ambulance|ambulancia|hospital|hopital|police|policia|cops|paramedics|er|clinic|clinica"
                        r"|clinique|pompiers|bombeiros|bomberos|mom|mama|mae|mere|dad|papa|pai|pere|parents|padres|pais)\b")


# after "i want to die": "im not gonna do anything rn i promise", "i said im ok", "ya estoy bien, no voy a hacer nada"
_NOT_HURTING_MYSELF = re.compile(
    r"\b(i'?m|im|i am) (ok|okay|fine|good|alright|safe)\b|\b(not|won'?t|wont|not gonna|not going to|never) (do|hurt"
    r"|doing) (anything|nothing|myself)\b|\bi promise\b|\b(estoy|toy|ya estoy) bien\b|\bno (voy a|me voy a) (hacer"
    r" nada|hacerme nada)\b|\b(te )?lo prometo\b|\b(to|tou|estou) bem\b|\bnao vou fazer nada\b|\bprometo\b"
    r"|\bje vais bien\b|\bje (ne )?vais rien faire\b|\bje (te |vous )?(le )?promets\b|\bca va( mieux)?\b")


def _waiting_without_questions(turn: Turn, slots: dict[str, Any], found: Extracted,
                               facts: dict[str, Any]) -> Step | None:
    """No more questions, asked for while a person is on the way: what they write is kept for the team (and
    answered in a word); None when they ask for the questions again."""
    said = normalise(turn.text)
    if turn.text.lstrip().startswith("/") or asks_for_the_questions(turn.text) or (
            _TELL_THE_REST.search(said) or _RECEIVED.search(said)) and not _LEAVING.search(said):
        return None  # "posso contar o resto?", "c quoi la suite", "vcs receberam? tem numero de protocolo?"
    out = Step(slots={"tip_facts": facts}, quiet=True)
    if _RECEIVED.search(said):  # "é isso, tenho q ir agr. como eu sei q vcs receberam?" (the 911 line, again)
        if describes(turn, found) or has_facts(found):
            _join_the_tip(out, slots, turn.text.strip())
        out.say.append("utter_have_it_all")
        return out
    if slots.get("paused"):
        out.slots.update(paused=False, safe_to_talk=True)  # writing again after "he's watching": no "is it safe?"
    said = normalise(turn.text)
    if facts.get("danger"):
        # in danger now: what to do, 911 again, or "I'm glad you're safe"; anything else is kept for the team
        line = None
        if _SAFE_NOW.search(said):
            line = _safe_now_line(said, slots)
            out.slots["tip_facts"] = _safe_now(facts, slots)
            if is_question(turn.text) and (_DEPORTED.search(said) or fears_arrest_by_police(turn.text)):
                # "police came and got us out. will i get deported? i dont have papers" (it got "I'm so glad you're
                # safe… whenever you're ready", and the question went unanswered)
                out.say.append(line)
                line = "utter_victims_protected"
        elif asks_for_code(turn.text) or _SAVE_IT.search(said) or _STILL_HAVE_IT.search(said) or (
                _SEND_IT.search(said) or re.match(r"^\W*(ok |okay |ta |entao )*(manda|envia|send it)\b", said)):
            # ("pode mandar a denuncia ja", "ok manda entao" got "Anotado" each time: what they sent is kept and read)
            # "do i get a number or something for this report", "can u just save what i said" (each got the 911 line
            # again): all they sent is kept and read
            line = "utter_have_it_all"
        elif asks_if_a_person_is_coming(turn.text):
            line = "utter_person_on_the_way"  # "is anyone from ur team actually coming? its been like 10 min"
        elif _CONFRONT.search(said) and slots.get("reporter_role") != "self":
            line = "utter_dont_confront"  # "should i knock??" from next door (it got "Noted.")
        elif _IS_IT_THEM.search(said) and (_AT_HER_DOOR.search(said) or _OPEN_THE_DOOR.search(said)):
            # "i hear knocking is that them?" after staff wrote "police are on the way" (it got "Don't open the door…
            # tell them someone is trying to get in")
            line = "utter_is_it_the_police"
        elif _OPEN_THE_DOOR.search(said) or _AT_HER_DOOR.search(said) and slots.get("reporter_role") != "other":
            # "q hago abro??", "el esta tocando la puerta q salga ya", from a girl of 15 in a motel (never answered)
            line = "utter_dont_open"
        elif _WONT_CALL.search(said):
            # "ya te dije q no voy a llamar al 911. me voy a ir a la traila. me pueden ayudar a q me pague lo q me
            # debe?" (the same 911 paragraph came three times): their choice, heard; the pay asked about, answered
            line = "utter_wont_call_ok"
            if asks_how_to_get_paid(turn.text) or own_answer(turn.text) == "utter_right_to_be_paid":
                out.say.append(line)
                line = "utter_right_to_be_paid"
        elif _WHERE_UNKNOWN.search(said) or slots.get("requested_slot") == "tip_where" and found.dont_know:
            # "i dont know we cant see out, its dark" (it got "Noted."): 911 can often find the phone
            line = "utter_danger_where_unknown"
        elif asks_whether_to_go_with_him(turn, facts, slots):
            line = "utter_dont_go"  # "me voy con el o no?" (a girl of 16 got "Ok. Escribe cuando quieras.")
            out.slots["tip_facts"] = {**(out.slots.get("tip_facts") or facts), "told_dont_go": True}
        elif emergency_failed(turn.text, facts):
            # "liguei no 190 nao completa a ligacao so da ocupado" got "Sim: ligue para o 190 agora", four times
            line = "utter_emergency_not_through"
            out.slots["tip_facts"] = {**(out.slots.get("tip_facts") or facts), "emergency_failed": True}
        elif _CALLED_911.search(said):
            line = "utter_called_911"
        elif _CANT_CALL.search(said) and not _DEPORTED.search(said) or _asks_someone_to_come(said):
            line = what_to_do_in_danger(said, turn.channel)
        elif fears_arrest_by_police(turn.text):
            line = "utter_victims_protected"  # "si llamo a la policia me van a arrestar por prostitucion?"
        elif asks_whether_to_call_police(turn.text):
            # "do i call 911 for this or is it not that serious, hes bleeding"; with papers, help is for everyone
            line = "utter_call_without_papers" if _DEPORTED.search(said) else "utter_should_call_police_yes"
        elif _CALL_POLICE_FOR_ME.search(said) or _CAN_YOU_CALL.search(said) or _asks_someone_to_come(turn.text):
            # "can you call 911 for us" (it got "Noted", and they waited for a call); "can u take us out of there
            # tonight": we cannot go; the person joining can call with them
            line = "utter_police_now"
        elif (asks_what_to_do(turn.text) or asks_whether_to_call_police(turn.text) or _PLEA.match(said)
              or _STAY_OR_GO.search(said)):
            line = "utter_danger_what_to_do"
        elif turn.danger and not turn.joined:
            line = "utter_danger_still_here"
        elif is_question(turn.text):
            # "will the police deport us?", "is there a shelter tonight?" (each got "Noted."): its answer; any other
            # question, what to do now
            line = _answer_in_danger(turn)
        if line:
            if describes(turn, found) or has_facts(found):
                _join_the_tip(out, slots, turn.text.strip())
            out.say.append(line)
            return out
    if is_question(turn.text) and (asks_what_next(turn.text) or asks_if_a_person_is_coming(turn.text)):
        # "what happens now", "is someone coming?" (they got "Noted.")
        out.say.append("utter_what_happens_next" if asks_what_next(turn.text) else "utter_person_on_the_way")
        return out
    if facts.get("self_harm") and not turn.self_harm and (
            facts.get("self_harm_ok") or _NOT_HURTING_MYSELF.search(said)):
        # "im not gonna do anything rn i promise", "hello?? i said im ok": heard, once; then what they send is kept
        # for the team (the 988 line came word for word to four messages in a row, and the tip could not be told)
        if describes(turn, found) or has_facts(found) or turn.words >= 5 and not _NOT_HURTING_MYSELF.search(said):
            _join_the_tip(out, slots, turn.text.strip())
        if not facts.get("self_harm_ok"):
            out.slots["tip_facts"] = {**(out.slots.get("tip_facts") or facts), "self_harm_ok": True}
            out.say.append("utter_self_harm_ok")
        else:
            out.say.append("utter_sextortion" if facts.get("told_sextortion") and asks_what_to_do(turn.text) else (
                is_question(turn.text) and answer_to_a_question(turn, facts) or "utter_noted_for_the_team"))
        return out
    if facts.get("self_harm"):
        # after "i want to die": warmly, and 988 again (it got "Noted." to "no one cares" and "i took some pills")
        if describes(turn, found) or has_facts(found):
            _join_the_tip(out, slots, turn.text.strip())
        out.say.append("utter_self_harm_still_here")
        return out
    if is_question(turn.text) and turn.intent in ANSWERS and turn.confidence >= 0.5:
        out.say.append(ANSWERS[turn.intent])  # "will they deport me?" while waiting (it got "Noted.")
        return out
    if turn.words >= 3 or has_facts(found):
        _join_the_tip(out, slots, turn.text.strip())
        out.say.append("utter_noted_for_the_team")
    else:
        out.say.append("utter_person_on_the_way")  # "hola?", "alguien?"
    return out


# asked whether who knocks is the help that was called: "i hear knocking is that them?", "tocan la puerta, es la
# policia?"
_IS_IT_THEM = re.compile(r"\b(is (that|it) (them|the police|the cops|911|help)|(are|r) (they|those|that) (the police"
                         r"|the cops|them)|(sera|es|son) (ellos|la policia|la poli|la patrulla)"
                         r"|c'?est (eux|la police|les flics)"
                         r"|(sao|e|seria|sera) (eles|a policia)|(police|cops|policia) (are|r|is) (here|coming|outside)"
                         r"|(la policia|la poli|a policia) (ya )?(llego|esta afuera|chegou|ta ai))\b")
# whether to open to him: "q hago abro??", "should i open the door", "j'ouvre?", "abro a porta?"
_OPEN_THE_DOOR = re.compile(r"\b(le )?abro\b[^.!]{0,20}\?|\babro la puerta\b|\b(should|do|can) i open( the door| it)?\b"
                            r"|\bj'?(lui )?ouvre\b[^.!]{0,20}\?|\bje (lui )?ouvre la porte\b|\b(eu )?abro a porta\b"
                            r"|\babro\b[^.!]{0,10}\?")
# 911 refused: "ya te dije q no voy a llamar al 911", "im not calling the cops", "nao vou ligar pra policia"
_WONT_CALL = re.compile(
    r"\b(i'?m|im|i am) not (gonna |going to )?call(ing)? (911|the police|the cops|them|anyone)\b"
    r"|\bi (wont|won'?t|will not|dont want to|don'?t want to|do not want to) call (911|the police|the cops|them)\b"
    r"|\bno (voy|vamos|quiero|pienso) (a )?llamar (al 911|a la policia|a la migra|a nadie)\b"
    r"|\bnao (vou|quero) ligar (pro|para o|pra|para a|pra a) ?(190|911|112|policia)\b"
    r"|\bje (ne )?(vais|veux) pas appeler (le 911|le 112|le 17|la police|les flics)\b")
# in danger, not knowing where: "i dont know we cant see out", "no se donde estamos", "nao sei onde to", "on voit rien"
_WHERE_UNKNOWN = re.compile(
    r"\b(dont|don'?t|do not|no|idk) (know|kno|no) where (i am|we are|im|i'?m|were|we'?re|they took (us|me)|this is)\b"
    r"|\bidk where\b|\b(cant|can'?t|cannot|can not) see (out|outside|anything)\b"
    r"|\bno se (donde|en donde|adonde) (estoy|estamos|nos llevaron|me llevaron)\b"
    r"|\bno (vemos|veo) (nada|afuera|pa fuera)\b"
    r"|\bnao sei (onde|aonde) (estou|estamos|to|tamo|nos levaram)\b|\bnao (vejo|vemos|da pra ver) nada\b"
    r"|\bje (ne )?sais pas ou (je suis|on est|nous sommes|ils nous ont)\b|\bon (ne )?voit rien\b")
# a witness asking whether to step in: "should i knock??", "voy a tocarle?", "devo bater na porta?", "j'y vais?"
_CONFRONT = re.compile(
    r"\b(should|do|can|shall) (i|we) (knock|go in|go over|go there|go up|confront|say something|talk to (him|them|her)"
    r"|open the door|call out|yell at|follow)\b"
    r"|\b(le |les )?(toco|tocamos)( la puerta| el timbre)?\b[^.!?]{0,15}\?"
    r"|\b(entro|me meto|voy a entrar|voy a tocar)\b[^.!?]{0,15}\?|\b(devo|posso) (bater|entrar|ir la|falar com ele)\b"
    r"|\b(je frappe|j'y vais|je rentre|je vais voir)\b[^.!?]{0,15}\?")


# "stay or leave?", "should we bang on the walls?", "me quedo o me voy?", "saio daqui?": what to do now
_STAY_OR_GO = re.compile(r"\b(should|do|can|shall) (i|we) (stay|leave|go|run|hide|bang|scream|yell|move|get out"
                         r"|open)\b"
                         r"|\b(stay|leave|hide|run)\b[^.!?]{0,15}\bor\b"
                         # asked, not "si me voy llama a inmigracion" (if I leave: told "Please don't go with him")
                         r"|(?<!\bsi )(?<!\bsi yo )\bme (quedo|voy|escondo|salgo|muevo)\b"
                         r"(?=[^.!]{0,25}\?|\W*$|[^.!?]{0,15}\bo (no|me|salgo|corro)\b)"
                         r"|\b(nos )?(quedamos|vamos|salimos|escondemos|movemos)\b[^.!?]{0,20}\?"
                         r"|\b(saio|fico|corro|me escondo) (daqui|aqui)?\b[^.!?]{0,15}\?"
                         r"|\b(je sors|je reste|on sort|on reste|je me cache)\b")


# calling for help named: "si llamo al 911 me piden papeles?" (not "will the police deport us?")
_POLICE_WORDS = re.compile(r"\b(911|112|999|190)\b|\b(call|calling|llamo|llamar|le hablo|hablarle|marco|marcar|ligo"
                           r"|ligar|appelle|appeler)\b[^.!?]{0,15}\b(police|policia|cops?|sheriff|patrulla|policier)\b")
# "ustedes pueden venir por mi?", "can you come get me", "pueden mandar a alguien?"
_COME_FOR_ME = re.compile(r"\b(van|vienen|va|viene|vendran|pueden) a (venir a )?(sacarnos|sacarme|rescatarnos"
                          r"|rescatarme|buscarnos|buscarme|por nosotros|por mi)\b"
                          r"|\b(vao|vai) (vir )?(nos|me) (tirar|buscar|resgatar)\b"
                          r"|\b(is|are) (someone|anyone|somebody|you|u|y'?all) (going to|gonna) (get|come get|rescue"
                          r"|take) (us|me) out\b"
                          r"|\b(can|could|will) (you|u|y'?all|someone|somebody) (come|send someone|send somebody"
                          r"|pick me up|get me)\b|\b(ustedes |uds )?(pueden|podrian) (venir|mandar a alguien)\b"
                          r"|\b(voces|vcs|vc) (podem|pode|vem) "
                          r"(vir|me buscar|buscar)\b|\b(pouvez|pourriez)[- ]vous (venir|envoyer quelqu)"
                          # "vcs vao mandar a policia ou nao?", "vous allez envoyer quelqu'un?", "van a mandar a
                          # alguien?", "are you gonna send someone?" (each got the 911 line again)
                          r"|\b(voces|vcs|vc|voce) (vao|vai) mandar (a policia|alguem|ajuda)\b"
                          r"|\bvous allez (m'?|nous )?envoyer (quelqu|la police|de l'aide|les secours)"
                          r"|\b(ustedes |uds )?(van|va) a (mandar|enviar) (a alguien|a la policia|ayuda|una patrulla)\b"
                          r"|\b(are|r) (you|u|y'?all) (gonna|going to) send (someone|somebody|the police|the cops"
                          r"|help)\b")


# "hey can you take me out of there tonight?", "pueden sacarme de aqui?", "vcs podem me tirar daqui?", "pouvez-vous
# venir me chercher?": a person asking to be taken out (after filing it was "added to your report")
_TAKE_ME_OUT = re.compile(
    r"\b(can|could|will|would|pls|please|plz) (you|u|ya|you guys|u guys|y'?all|someone|somebody|anyone|one of you)"
    r" (please |pls |plz )?(come )?(and )?(get|take|pick|bring|help|break) (me|us) (out|away|up|outta|from|free|to"
    r" (leave|escape|get out|get away|run away))\b"
    r"|\b(can|could|will|would|pls|please|plz) (you|u|ya|you guys|u guys|y'?all|someone|somebody|anyone) (please |pls"
    r" |plz )?help (me|us) (to )?(leave|escape|get out|get away|run away)\b"
    r"|\b(can|could|will|would|pls|please|plz) (you|u|ya|you guys|u guys|y'?all|someone|somebody|anyone) (please |pls"
    r" |plz )?(come|coming) (and )?(get|pick up|for) (me|us)\b(?! (a|an|the|some)\b)"
    r"|\b(get|take) (me|us) (out of (here|there|this)|outta (here|there)|away from (here|there|him|them|this))\b"
    r"|\b(pueden|puede|puedes|podrian|podria|podrias) (venir (por mi|por nosotras|por nosotros|a (buscarme|sacarme"
    r"|recogerme|por mi))|sacarme|sacarnos|recogerme|llevarme|ayudarme a (salir|escapar|huir|irme))\b"
    r"|\b(sacame|sacanos|saquenme|saquenos|llevenme) de (aqui|aca|ahi|alli)\b"
    r"|\b(podem|pode|poderiam|poderia) (me tirar|tirar a gente|nos tirar|vir me buscar|me buscar|vir buscar a gente"
    r"|me ajudar a (sair|fugir|ir embora))\b|\b(me tira|me tirem|tira a gente|tirem a gente) daqui\b"
    r"|\b(pouvez-vous|pourriez-vous|vous pouvez|vous pourriez|tu peux|peux-tu) (venir me chercher|venir nous chercher"
    r"|me sortir|nous sortir|m'aider a (partir|sortir|fuir|m'enfuir))\b|\bsortez-(moi|nous) d'ici\b"
    # whether to leave, with nowhere to go: "que hago? me salgo de la casa? no tengo a donde ir" (it was noted as the
    # place, after he had hit the man)
    r"|\b(me salgo|me voy|salgo|should i (leave|run|get out|go)|do i (leave|run)|saio|fujo|vou embora|je pars|je m'?en"
    r" vais|je sors)\b[^.!]{0,40}\b(no tengo|i have|i got|i dont have|nao tenho|je n'?ai)( \w+)? (a donde|adonde"
    r"|donde|nowhere|no where|no place|anywhere|pra onde|para onde|nulle part|ou aller|nowhere to go)\b"
    r"|\b(no tengo|nao tenho|i have|i got) (a donde|adonde|pra onde|para onde|nowhere|no where|no place) (ir|to go"
    r"|go)\b[^.!]{0,5}\?")


def asks_to_be_taken_out(text: str) -> bool:
    """ "can you get me out of here tonight?": the answer is that we cannot go, and how we can help them get out."""
    return bool(_TAKE_ME_OUT.search(normalise(text)))


def _asks_someone_to_come(text: str) -> bool:
    """In danger, "ustedes pueden venir por mi?", "can u take us out of there tonight": we cannot go; the person
    joining can call with them (one question for both places that answer it)."""
    return bool(_COME_FOR_ME.search(normalise(text))) or asks_to_be_taken_out(text)


# "can u just save what i said", "guarden lo que les dije", "salva o que eu falei"
_SAVE_IT = re.compile(r"\b(save|keep|record|guarden|guarda|guardar|salva|salvem|guardem|gardez|garde)\b[^.!?]{0,12}"
                      r"\b(what i (said|told|wrote|sent)|lo que (les |te )?(dije|conte|escribi|mande)|o que (eu )?"
                      r"(falei|disse|contei|escrevi|mandei)|ce que (j'ai|je vous ai) (dit|ecrit|envoye)|this|it"
                      r"|everything|todo|tudo|tout)\b")


def _answer_in_danger(turn: Turn) -> str:
    """A question asked in danger now, once no more questions are asked: its own answer where the bot has one."""
    text = normalise(turn.text)
    if _STILL_HAVE_IT.search(text) or _RECEIVED.search(text):
        return "utter_have_it_all"  # "les llego lo que les mande?" (it got the 911 line, again and again)
    if _DEPORTED.search(text):
        # "si llamo al 911 me piden papeles?": help is for everyone; otherwise what we do with their status
        return "utter_call_without_papers" if _POLICE_WORDS.search(text) else "utter_immigration"
    if _CALL_POLICE_FOR_ME.search(text) or _CAN_YOU_CALL.search(text) or _asks_someone_to_come(turn.text):
        return "utter_police_now"  # "ustedes pueden venir por mi?": we cannot go; the person joining can call with you
    if asks_if_a_person_is_coming(turn.text):
        return "utter_person_on_the_way"
    if asks_about_abroad(turn.text):
        return "utter_abroad"
    for answer, topic in _QUESTION_TOPICS:
        if topic.search(text) and answer in ("utter_services", "utter_anonymous", "utter_immigration"):
            return answer
    return "utter_danger_what_to_do"


# what else we need to know, asked: "what else do u need?", "vous voulez savoir quoi d'autre?"
_WHAT_ELSE = re.compile(r"\bwhat else (do |did )?(you|u|ya|y'?all) (need|want|wanna)( to know)?\b|\bwhat else should i"
                        r" (say|tell)\b|\bq(ue)? mas (necesitan|necesitas|necesita|quieren|quieres|quiere) (saber|que"
                        r" (les|te|le) (diga|cuente))\b|\b(vous voulez|tu veux|voulez-vous|veux-tu|vous avez besoin de)"
                        r" savoir quoi d'? ?autre\b"
                        r"|\b(qu'?est-ce que|que) (vous voulez|tu veux) savoir (d'? ?autre|de plus)\b"
                        r"|\b(o )?que mais (vc|voce|vcs|voces|a gente)? ?(precisa|precisam|quer|querem) saber\b")


def asks_for_the_questions(text: str) -> bool:
    """ "ok you can ask me now", "ya puedes preguntarme", "pode perguntar", "seguimos": the questions again (not "el
    viejo pregunta quien llamo" or "we continue driving", which only contain the words)."""
    return bool(_ASK_AGAIN.search(normalise(text)))


def asks_if_a_person_is_coming(text: str) -> bool:
    return bool(_PERSON_YET.search(normalise(text)))


# "can i add something", "quiero agregar algo", "posso acrescentar uma coisa?"
_ADD_SOMETHING = re.compile(
    r"\b(can|could|may) i (add|say|tell you|mention) (something|more|one more thing|another thing|sth)\b"
    r"|\bi (want|need|wanna|forgot) to (add|say|tell you|mention) (something|more|one more thing)\b"
    r"|\b(puedo|quiero|necesito|se puede) (agregar|anadir|decir|contar|poner) (algo|otra cosa|mas)\b"
    r"|\b(posso|quero|preciso|da pra) (acrescentar|adicionar|colocar|falar|contar) (algo|mais|outra coisa|uma coisa)\b"
    r"|\b(je peux|je voudrais|puis-je|est-ce que je peux) (ajouter|dire) (quelque chose|autre chose)\b")


def _call_police_answer(turn: Turn, facts: dict[str, Any]) -> str:
    """ "should i call 911 or what" about a girl of 14 at a truck stop, or while someone is hurt: yes, now (it got "if
    someone is in danger now… otherwise it's your choice")."""
    yes = turn.danger or facts.get("danger") or facts.get("minor") or says_danger_now(turn.text)
    if yes and _DEPORTED.search(normalise(turn.text)):
        return "utter_call_without_papers"  # "si le hablo al 911 me van a pedir papeles?" (a bare "Sí" misleads)
    if yes and fears_arrest_by_police(turn.text):
        return "utter_call_not_a_crime"  # "si llamo al 911 me van a meter presa?" (a girl of 14 got "Sí: llama…")
    return "utter_should_call_police_yes" if yes else "utter_should_call_police"


# another tip after filing, not more of the same one: "i have another tip, different place", "tengo otro caso", "quero
# fazer outra denuncia", "j'ai un autre signalement" (it was added to the first report, two situations in one).
# Not "one more thing", "another place they take them", which add to the report filed.
_ANOTHER_TIP = re.compile(
    r"\b(another|a second|a new|a separate|one more|an other|a different|other) (tip|report|case|situation|complaint)\b"
    r"|\b(a )?(different|separate|unrelated|another|new) (place|business|house|family|person|people|thing|issue|story)"
    r"\b[^.!?]{0,30}\b(not (the same|related)|unrelated|different|separate|nothing to do|also want to report|to report"
    r"|i want to report|i saw|happening)\b"
    r"|\b(something|smth|sth) (else|different),? (to report|i want to report|i wanna report|i need to report|i saw"
    r"|happening somewhere else|not related|unrelated)\b"
    r"|\bnot related to (the|my) (first|other|last) (one|report|tip)\b"
    # "theres something else too, different thing. theres a girl…", "totally different place, theres a girl about 13",
    # "i want to report something else" (each was added to the first report: a girl of 14 in a nail salon's report)
    r"|\b(something|smth|sth) (else|different)( too| also| as well)?,? (a )?(different|separate|unrelated|another)"
    r" (thing|place|situation|story|issue)\b"
    r"|^\W*(totally|completely|a|its a|it'?s a|this is a)? ?(different|separate|unrelated|another) (place|thing"
    r"|situation|story|business|house)\b,?[^.!?]{0,10}\b(there'?s|theres|there is|there are|a|an|i)\b"
    r"|\b(i )?(want|wanna|need|would like|have) to report (something|smth|sth) (else|different)\b"
    r"|\b(its|it'?s|that'?s|thats) a (different|separate) (place|thing|situation|tip|case)\b"
    # "sorry one more thing different. my cousin Liza is 16… forcing her to marry…" (added to a fishing boat's report)
    r"|\b(one more|another|a|something) (thing|one) (different|else different|unrelated|not related)\b"
    r"|\b(different|unrelated|separate) (thing|one|case)[.,:!]\s*(my|a|there|theres|there'?s|i)\b"
    r"|\b(otro|otra|un nuevo|una nueva|nueva|nuevo|segundo|segunda) (caso|denuncia|reporte|situacion|queja)\b"
    r"|\b(otra cosa|otro lugar|otra persona|otra familia|otro negocio)( diferente| distinto| distinta)?[^.!?]{0,25}"
    r"\b(no tiene que ver|nada que ver|diferente|distinto|distinta|aparte|que quiero (reportar|denunciar|contar))\b"
    r"|\b(outro|outra|um novo|uma nova|nova|novo|segundo|segunda|mais um|mais uma) (caso|denuncia|relato|situacao)\b"
    r"|\b(outra coisa|outro lugar|outra pessoa|outra familia)( diferente)?[^.!?]{0,25}\b(nada a ver|nao tem nada a ver"
    r"|diferente|separad[oa]|que quero (denunciar|contar))\b"
    # "oh wait one more thing, totally diff thing… i saw a girl maybe 14 15 going truck to truck", "i want to report the
    # nail salon thing separately. new report please" (each was added to the first report)
    r"|\b(totally|completely|a|its a|it'?s a)? ?(diff|diffrent|different|separate|unrelated) (thing|one|story|place"
    r"|situation)\b[^.!?]{0,5}[.,:;!…]"
    r"|\b(report|tell|file|do)( \w+){0,4} (separately|on its own|as a separate (one|report|tip))\b"
    r"|\b(new|separate|different) (report|tip) (please|pls|plz|for (this|that|it))\b"
    r"|\b(un autre|une autre|un nouveau|une nouvelle|un deuxieme|une deuxieme|encore un|encore une) (cas|signalement"
    r"|situation|denonciation|plainte)\b"
    r"|\b(autre chose|un autre endroit|une autre personne|une autre famille)[^.!?]{0,25}\b(rien a voir|different"
    r"|differente|a part|que je veux signaler)\b")


def tells_another_tip(text: str) -> bool:
    """A new, separate tip after one was filed: it becomes a report of its own."""
    return bool(_ANOTHER_TIP.search(normalise(text)))


def police_not_without_you(facts: dict[str, Any] | None) -> str:
    """The answer to "don't call the police": with a minor told of, what the law may require instead of a promise
    ("pls dont call the cops on him", from a girl of 15, was told the police are not called without her first)."""
    return "utter_police_not_without_you_minor" if (facts or {}).get("minor") else "utter_police_not_without_you"


def answer_after_filing(turn: Turn, privacy_level: str | None = None,
                        facts: dict[str, Any] | None = None) -> str | None:
    """What to answer a message sent after the report was filed; None when it is most likely a detail, to be added
    to the report. `privacy_level`: the person's choice (some answers depend on it)."""
    text = turn.text.strip()
    if someone_else_writes(text):
        return "utter_safety_pause"  # "who is this. why is this number texting her": nothing about the report
    if _DID_IT_SEND.search(normalise(text)):
        return "utter_report_saved"  # it got "OK. We're here whenever you need us."
    official = official_question(text)
    if official:
        return official  # ("vous allez appeler la dpj?" after filing)
    if fears_we_call_police(text):
        return police_not_without_you(facts)
    parts = without_complaint(text)
    if parts is not None:  # "u didnt answer me, will someone go there tonight" (the complaint was added to the report)
        question = parts[1] if is_question(parts[1]) else ""
        return (answer_after_filing(replace(turn, text=question), privacy_level, facts) if question else None) or (
            "utter_sorry_ask_again")
    if _GOES_ON.match(normalise(text)) and not is_question(text):
        return None  # "e tem um carro preto", "and the van is white": a detail (it got "I can only help with…")
    if asks_about_texting_911(text):
        return "utter_text_911"  # "can i text 911 here?" (it got "if someone is in danger now, call 911")
    if asks_to_be_taken_out(text):
        return "utter_help_getting_out"  # "hey can you take me out of there tonight?" (it was added to the report)
    if own_answer(text) and is_question(text):
        return own_answer(text)  # "can i get a visa for this?" after filing (the services answer, or added to it)
    if asks_what_next(text) or _READ_YET.search(normalise(text)):
        # "what happens now?" (read as a tip, a greeting, a no or a yes by the model); "did anyone read this?" (it got
        # "I can't answer that here", or was added to the report)
        return "utter_what_happens_next"
    if asks_if_family_is_told(text):
        return "utter_family_not_told"  # "van a llamar a mi mama o no? dime la verdad" ("Solo puedo ayudar con…")
    if _CHANGE_IT.search(normalise(text)):
        return "utter_ask_correction"  # "can i change something": "What should I change?" (it was added as a detail)
    if _ADD_SOMETHING.search(normalise(text)):
        return "utter_tell_more"  # "can i add something": "Go ahead, I'm reading." (it got the services answer)
    if is_question(text) and turn.words <= 8 and _names_topic("utter_who_we_are", normalise(text)):
        return "utter_who_we_are"  # "e tem alguem de verdade ai?" (it got the services answer)
    if fears_being_found_out(text):
        return "utter_fear_found_out"  # "what if her boss finds out" (it was added to the report)
    if asks_if_hospital_reports(text):
        return "utter_hospital_no_papers"
    if fears_trouble(text):
        return trouble_answer(text)
    if asks_if_an_offer_is_real(text):
        return "utter_offer_warning_signs"  # "the agency says they pay my visa… is it legit?" after filing
    if asks_about_abroad(text):
        return "utter_abroad"
    if _PAY_OR_SEND.search(normalise(text)) and threatens_with_images(normalise(text)):
        return "utter_sextortion"
    if _WAIT_TO_REPORT.search(normalise(text)):
        return "utter_no_wait_to_report"
    if asks_whether_to_call_police(text):
        return "utter_should_call_police"
    found = extract(text, turn.language)
    referral = referral_for(text, found)
    if referral:
        return referral
    if asks_how_to_get_paid(text):
        return work_referral({}, text)  # "where do i go to get my money back" (it was added to the report)
    if asks_what_to_do(text) and not has_facts(found):
        return "utter_what_to_do"
    if asks_if_contacted(text):
        return will_we_contact(privacy_level)
    if asks_what_trafficking_is(text):
        return "utter_what_trafficking_is"
    if turn.intent == "greet":
        return "utter_still_here"
    if turn.intent in ("affirm", "deny", "resume") and turn.words <= 4:
        return "utter_ok"
    if turn.intent in ANSWERS and is_question(text) and (
            turn.intent != "ask_anonymous" or _names_topic("utter_anonymous", normalise(text))):
        return ANSWERS[turn.intent]  # (the anonymity answer, never to "should i tell her i reported it?")
    if turn.intent == "chitchat" and turn.words <= 4:
        return "utter_chitchat"
    if asks_for_a_reward(turn):
        return "utter_no_reward"
    if asks_without_telling(turn) or turn.intent == "out_of_scope":
        # "should i tell her i reported it?": a question a person can answer; and what this line is not for
        return "utter_out_of_scope"
    return None


def is_question(text: str) -> bool:
    return bool(_QUESTION.search(text))


def detail_beside_a_question(text: str, language: str | None) -> bool:
    """A message after filing that asks something and also tells something new: "oh the owners name is Mr Chen, Kevin
    Chen. also is someone gonna check on them?", "mi codigo es kc36 vq7z. ya fue alguien al rancho? el patron se
    llama Ramiro Soto" (the question was answered and the name was lost)."""
    told = [p for p in re.split(r"(?<=[.?!])\s+|\s+(?=(?:also|tambien|aussi|tambem)\b)", without_passphrases(text))
            if p.strip() and not is_question(p)]
    def tells(part: str) -> bool:
        return bool(_NAMES_SOMEONE.search(normalise(part)) or has_facts(extract(part, language)))
    return any(tells(p) for p in told)


_THEN_NOTHING = (r"(\W+(sorry|sry|lol|rn|earlier|again|ahorita|perdon|now|ok|okay|ya se fue|hes gone|he left"
                 r"|se fue))*\W*$")
# back after someone was near: "sorry he was looking", "sorry he came in", "perdon estaba el patron", "desculpa ela
# tava aqui", "dsl il etait la"
_WAS_AWAY = re.compile(
    r"^\W*((sorry|sry|srry|soz|perdon|perdona|perdoname|disculpa|disculpe|desculpa|desculpe|pardon|dsl|desole)\W+)?"
    r"((ok|okay|ya|ja|bueno|ok ok)\W+)?(he|she|they|someone|somebody|my boss|the boss|el|ella|alguien|el patron"
    r"|la senora|ele|ela|alguem|il|elle|quelqu'un|y)( \w+)? (was|were|came|walked|estaba|vino|llego|paso|tava|estava"
    r"|veio|chegou|passou|etait|est venu|est passe)( \w+)? (looking|watching|here|in|around|near|by|back|over|aqui|ahi"
    r"|cerca|perto|la|ici|a cote)" + _THEN_NOTHING +
    r"|^\W*((sorry|perdon|perdona|disculpa|desculpa|pardon|dsl)\W+)?(estaba|vino|llego|tava|estava|veio|chegou) (el"
    r"|la|mi|o|a|meu|minha) (patron|patrona|jefe|jefa|senora|senor|encargad[oa]|dono|dona|patrao|patroa)"
    + _THEN_NOTHING)
# the privacy menu's choice put right later: "wait i picked 2", "i meant 3", "escogi la 2", "the hotline can contact me"
_PRIVACY_RECHOSEN = re.compile(
    r"\b(picked|chose|choose|meant|selected|eleg[iy]|escog[iy]|quise decir|escolhi|choisi|voulais dire|dije|said)"
    r" (option |opcion |opcao |l'option |la |a |number |numero |le |o )?(?P<n>[123])\b(?! (women|men|girls|guys|people"
    r"|mujeres|hombres|personas|pessoas|personnes|years|anos|ans|am|pm|h))"
    r"|\b(the )?hotline (?P<n2>can|may) (contact|call|text|reach) me\b")
_PRIVACY_BY_CHOICE = {"1": "share", "2": "confidential", "3": "anonymous", "can": "confidential",
                      "may": "confidential"}


def has_facts(e: Extracted) -> bool:
    return bool(e.exploitation or e.means_of_control or e.people_count or e.ages or e.minor or e.venue
                or e.city or e.state or e.country or e.labour_type)


def describes(turn: Turn, found: Extracted) -> bool:
    """The message tells what is happening, whatever question it came to (kept in the narrative): not an
    announcement that a tip is coming ("i need to report something"), not a short reply."""
    if turn.danger and turn.words >= 3 and not is_question(turn.text):
        return True  # "they r putting her in a van rn", read as a question about anonymity: what happens, kept
    if turn.words < 5 or found.dont_know:
        return False
    if turn.words <= 12 and all(part.rstrip().endswith("?") for part in _SENTENCE.split(turn.text.strip()) if part):
        return False  # "me van a deportar si les cuento?" asks; its threat is not yet what is happening
    if not found.means_of_control and (turn.words <= 12 or turn.words <= 16 and not has_facts(found)) and (
            _ANNOUNCING.search(normalise(turn.text)) or _ANOTHER_TIP.search(normalise(turn.text))):
        return False  # "i need to tell someone whats going on at my job but im scared": the tip is still to come
    if turn.intent == "report_tip" and turn.words >= 6:
        return True
    # "es mi prima, tiene 17" says who, not what is happening (the question about what happens still comes)
    happening = found.exploitation or found.means_of_control or found.labour_type or found.venue
    if not happening and turn.words <= 12 and not (found.people_count or found.ages or found.minor) and (
            _STREET_OR_AREA.search(normalise(turn.text))):
        return False  # "c'est au centre-ville de montréal, rue sainte-catherine" says where, not what happens
    return bool(happening) or (has_facts(found) and turn.words >= 10)


def _tells_more_than_where(found: Extracted) -> bool:
    """What is read from the message is more than a place ("1450 rue saint-denis, montreal, appart 4")."""
    return bool(found.exploitation or found.means_of_control or found.labour_type or found.people_count or found.ages
                or found.minor)


def _keep_what_was_told(out: Step, slots: dict[str, Any], turn: Turn, found: Extracted) -> None:
    """What a person tells while a yes/no or a choice is asked is kept: a description joins the narrative (it is
    never dropped because an earlier message started it), and who it is about is taken when they say so."""
    if describes(turn, found) and not _fills_place_or_time(out, slots, turn, found):
        _join_the_tip(out, slots, turn.text.strip())
        if has_facts(found):
            # and what it tells is read: "can you call the police for us? … he locks it from outside at night" kept
            # the story, and the signs question then began "So far I have: very long hours"
            out.slots["tip_facts"] = merge_facts(out.slots.get("tip_facts") or slots.get("tip_facts"), found)
    stated = " ".join(p for p in _SENTENCE.split(turn.text.strip()) if not is_question(p)) if (
        found.privacy) else ""
    if slots.get("privacy_level") is None and found.privacy and not out.slots.get("privacy_level") and (
            stated and extract(stated, turn.language).privacy == found.privacy):
        # "…im her cousin and i want to stay anonymous": the menu is skipped (not for "is this anonymous? can u see my
        # number", a question: it was taken as the choice, and the menu never came)
        out.slots["privacy_level"] = found.privacy
        given = [p for p in _SENTENCE.split(turn.text.strip()) if re.search(_NUMBER_OR_EMAIL, normalise(p))]
        if found.privacy in ("share", "confidential") and slots.get("contact") is None and len(given) == 1 and (
                turn.channel != "web" or not gives_this_number(given[0])):
            # "…you can call me at 937 555 0188 my name is linda" at the end of a whole tip: the contact (it was asked
            # for again, and the answer "i already said. linda 937…" filed)
            out.slots["contact"] = given[0]
    if slots.get("reporter_role") in (None, "unspecified") and found.role and (
            2 <= turn.words <= 6 or describes(turn, found) or found.role == "other" and says_not_me(turn.text)):
        # ("yo" alone is a greeting in English; "ya im fine its not about me" was asked "about you or someone else?")
        out.slots["reporter_role"] = found.role


def _fills_place_or_time(out: Step, slots: dict[str, Any], turn: Turn, found: Extracted) -> bool:
    """A short place or time told to a menu ("Sparkle Car Wash on Main Street, Springfield" to the privacy choice)
    answers "where?" or "when?" when those are still open (it joined the story, and "where?" came next, twice)."""
    if turn.words > 10 or found.exploitation or found.means_of_control or found.people_count or found.ages or (
            slots.get("tip_what") in (None, NONE, UNKNOWN)) or _SOMEONE_DOES.search(normalise(turn.text)):
        return False  # ("they keep them in a trailer behind the restaurant" is the story, and says where)
    about = told(turn.text, turn, found)
    if not about & {"tip_where", "tip_when"}:
        return False
    return _fill_instead(out, slots.get("requested_slot") or "", about, found, slots, turn.text.strip())


# Fields a second message can add to ("they took my passport" then, at once, "and my phone")
CONTINUED = ("tip_what", "tip_where", "tip_when", "tip_who", "tip_control", "tip_more")
# "and my phone", "also the van is white", "y mi celular", "et mes papiers", "e meu celular": more of what was said
_GOING_ON = (r"(and also|also|and|plus|y tambi[eé]n|y adem[aá]s|y|tambi[eé]n|adem[aá]s|et aussi|et|aussi"
             r"|e tamb[eé]m|e|tamb[eé]m|al[eé]m disso)")
_GOES_ON = re.compile(r"^\W*(oh |ah )?" + _GOING_ON + r"\b")
# the same words opening an answer, as typed: not part of it ("and its in houston")
_LEADING_AND = re.compile(r"^" + _GOING_ON + r"\s+(?=\w)", re.IGNORECASE)
# help asked to report: "necesito ayuda para denunciar algo", "can you help me report something", "preciso de ajuda
# pra denunciar", "j'ai besoin d'aide pour faire un signalement" (not "can i get help even if i don't report?")
_HELP_TO_REPORT = re.compile(r"\b(help|ayuda|ayudar(me|nos)?|ajuda|ajudar|aide|aider)( me| us| you)?( to| para| pa| pra"
                             r"| pour| a| with)? (report\w*|make a report|file a report|denunciar\w*|reportar\w*"
                             r"|hacer (una|la) denuncia|hacer un reporte|poner una denuncia|fazer (uma|a) denuncia"
                             r"|signaler|faire un signalement|denoncer|porter plainte)\b")
# A message that goes on with the last answer this soon after the next question was sent was being typed before it
# was read (an SMS takes a second or more to arrive): the question still stands, and is not sent again
QUIET_SECONDS = 5.0


def continues(turn: Turn, asked: str | None, slots: dict[str, Any], found: Extracted,
              about: frozenset[str]) -> str | None:
    """The field a message adds to when it is the rest of the person's last answer: sent before the bot's last
    question was seen, or going on with it in so many words ("and my phone"), and not answering the question now
    asked ("they took my passport" / "and my phone" were filed as the passport and, as where it happens, "and my
    phone"). None when the message is anything else: an answer to that question, a question, a request, a
    thank-you."""
    last = (slots.get("tip_facts") or {}).get("last_field")
    if not (turn.unread or _GOES_ON.match(normalise(turn.text))):
        return None
    if last not in CONTINUED or asked in (None, last, "tip_confirmed"):
        return None
    if answers(asked, turn, about):
        return None
    if not isinstance(slots.get(last), str) or slots[last] in (NONE, UNKNOWN) or is_question(turn.text):
        return None
    if turn.intent in REQUESTS and turn.confidence >= 0.5:
        return None  # (a question is told by its words: the model read "and my phone" as asking about anonymity)
    if (turn.intent in ("thank", "greet", "goodbye") or turn.words <= 2 and (says_yes(turn) or says_no(turn))) and (
            not has_facts(found)):
        return None  # "ok", "thanks", "no": nothing to add (the model reads "and my phone" as out of scope)
    return last


def acknowledges(asked: str | None, before: dict[str, Any], after: dict[str, Any]) -> bool:
    """The person told what is happening while another question was asked ("is it safe to text?", "how can we
    reach you?"): say thank you before the next question, which would otherwise follow as if nothing was said.
    Not before "is this about you?", which begins with a thank-you of its own."""
    if asked in (None, "tip_what") or before.get("tip_what") is not None or not after.get("tip_what"):
        return False
    return not (after.get("paused") or after.get("not_trafficking")) and next_question(after) != "reporter_role"


# back and free to write: "no im here now i can talk", "ok i can text now", "ya puedo hablar", "ja posso falar", "je
# peux ecrire maintenant", "hes asleep now"
_CAN_TALK_NOW = re.compile(
    r"\b(i can|i can now|can) (talk|text|write|chat)( now| again)?\b|\b(i'?m|im|i am) (back|here now|free now|alone now"
    r"|alone)\b|\b(he'?s|hes|she'?s|shes|they'?re|theyre) (asleep|sleeping|gone|out)\b|\b(ya )?puedo (hablar|escribir"
    r"|platicar)\b|\bya (regrese|estoy sola?|se durmio|se fue)\b|\b(ja )?posso (falar|escrever)\b|\b(voltei|to sozinha?"
    r"|ele dormiu|ele saiu)\b|\bje peux (parler|ecrire)\b|\bje suis (de retour|seule?)\b|\bil dort\b")
_CANNOT_TALK = re.compile(r"\b(can'?t|cannot|cant|no puedo|nao posso|je peux pas|je ne peux pas|not alone"
                          r"|no estoy sola?|nao to sozinha?)\b")


# the person back after the one in control wrote: "its me again", "sorry that was my boss", "ya se fue", "sou eu"
_BACK_AGAIN = re.compile(
    r"\b(it'?s|its|it is) (me|me again)\b|\b(i'?m|im|i am) back\b|\b(he|she|they)( is|'s|s| has| have)? (gone|left)\b"
    r"|\bthat was (my|him|her|the)\b|\b(hes|shes|theyre) gone\b|\bsoy yo\b|\bya (se fue|se fueron|me lo devolvio"
    r"|me devolvio)\b|\bperdon (era|fue) (mi|el|ella)\b|\bsou eu\b|\b(ele|ela) (ja )?foi embora\b|\bc'?est (moi|encore"
    r" moi)\b|\b(il|elle) est parti\b|\bdsl c\b")


def can_talk_now(text: str) -> bool:
    t = normalise(text)
    return bool(_CAN_TALK_NOW.search(t)) and not _CANNOT_TALK.search(t)


def says_yes(turn: Turn) -> bool:
    if set(turn.text.strip()) & _YES_EMOJI and not any(ch.isalnum() for ch in turn.text):
        return True
    if _THINK_SO.match(normalise(turn.text)):
        return True  # (the model reads "i think so" as a no: "is it safe to text?" paused three chats out of three)
    return turn.intent == "affirm" or (bool(_YES.search(turn.text)) and turn.words <= 4 and turn.intent != "deny")


# a yes to the read-back, then a question: "yes. what happens now?", "si, es correcto. y ahora que?"
_YES_THEN_ASKS = re.compile(r"^\W*(yes|yeah|yep|yup|ok|okay|si|oui|sim|correct|correcto|exacto|isso)(\W+(thats"
                            r"|that'?s|its|it'?s|es|esta|c'?est|ta|e) (right|correct|correcto|bien|certo|ca|exact|it))?"
                            r"\s*[.,!;]+\s*(?=\S)")
# a guarded yes: "i think so", "i guess so", "creo que si", "acho que sim", "je pense que oui"
_THINK_SO = re.compile(r"^\W*((yeah|yea|ya|ok|si|sim|oui)\W+)?(i )?(think|guess|believe) so\b(?! not)\W*(yea|yeah"
                       r"|ya)?\W*$"
                       r"|^\W*(creo|pienso) que si\b\W*$|^\W*acho que sim\b\W*$|^\W*je (pense|crois) que oui\b\W*$")


def says_no(turn: Turn) -> bool:
    if set(turn.text.strip()) & _NO_EMOJI and not any(ch.isalnum() for ch in turn.text):
        return True
    if _NOT_KNOWN.match(normalise(turn.text)) or _THINK_SO.match(normalise(turn.text)):
        # "no se cuando empezo" is not a no ("Cuándo: ya no está pasando" was read back), nor "i think so", which the
        # model reads as one
        return False
    if _YES.search(turn.text) and not _NO.search(turn.text):
        return False  # "ok now", "sí ya puedo": whatever the model makes of it
    if turn.intent == "deny" and not _NO.search(turn.text) and _TIME.search(turn.text):
        return False  # "faz um ano" (a year now), read as a no at 0.96, was filed as "when: don't know"
    if _SAYS_SAFE.search(normalise(turn.text)):
        return False  # "to seguro, parado no ponto", "agora sim, to no banheiro" (read as a no: the pause)
    return turn.intent == "deny" or (bool(_NO.search(turn.text)) and turn.words <= 4)


# "to seguro", "im safe now", "estoy segura", "je suis en sécurité", "agora sim": safe, whatever the model reads
_SAYS_SAFE = re.compile(r"^\W*((ok|okay|si|sim|yes|ya|oui|bueno)\W+)?(to|tou|estou|estoy|i'?m|im|i am|je suis|ya estoy"
                        r"|we'?re|we are|estamos|on est)( (?!not|no|nao|pas)\w+)? (seguro|segura|seguros|seguras|safe"
                        r"|en securite|a salvo)\b"
                        r"|^\W*(agora|ahora|now|maintenant) (sim|si|yes|oui|its safe|es seguro|e seguro)\b")


def asks_something_else(turn: Turn, found: Extracted) -> bool:
    """A question that tells nothing ("is this free? do i have to pay?") and that the model did not read as one the
    bot answers: never an answer to the question asked (it was once filed as the tip)."""
    if turn.words < 3 or has_facts(found) or found.dont_know or found.privacy or _CONTACT.search(normalise(turn.text)):
        return False
    if _HELP_TO_REPORT.search(normalise(turn.text)):
        return False  # "can u help me report something?": yes, that is what this is for (it got "I can't answer that")
    # "sex i assume?", "idk modeling? he wants pics first": an unsure answer, and more told after the "?" (a 14-year-old
    # was told "I can't answer that here")
    after = turn.text.split("?", 1)[1].strip() if "?" in turn.text else ""
    if _UNSURE.search(normalise(turn.text)) or after and not after.endswith("?") and len(_WORD.findall(after)) >= 2:
        return False
    if _ABOUT_SO_MANY.match(normalise(turn.text)):
        return False  # "como 5 señores adultos": about five, not "how…?" (it got "I can't answer that")
    if turn.words <= 5 and not _ASKS.search(turn.text.replace("?", "")) and _UNSURE_ANSWER.fullmatch(
            normalise(turn.text)):
        return False  # "3 or 4?", "a few weeks?": an answer said with doubt (it got "I can't answer that here")
    return "?" in turn.text or (turn.words > 3 and bool(_ASKS.search(turn.text)))


_UNSURE = re.compile(r"\b(i guess|i assume|i think|idk|maybe|probably|i suppose|creo|supongo|tal vez|capaz|je pense"
                     r"|je crois|peut etre|acho|talvez|not sure|no (estoy|toy) segur[oa]|nao tenho certeza"
                     r"|pas sure?)\b")
_ABOUT_SO_MANY = re.compile(r"^\W*(como|cerca de|unos|unas|mas o menos|uns|umas|tipo) (\d+|un|una|dos|tres|cuatro|cinco"
                            r"|seis|siete|ocho|nueve|diez|quince|veinte|treinta|cuarenta|cincuenta|cien)\b")
# a number, a count or a time, and nothing else, said with a "?"
_UNSURE_ANSWER = re.compile(r"\W*((\d+|one|two|three|four|five|six|ten|a few|a couple( of)?|some|like|about|around|or"
                            r"|to|y|o|ou|et|unos|unas|como|uns|umas|cerca de|weeks?|days?|months?|years?|hours?"
                            r"|semanas?|dias?|mes|meses|anos?|horas?|ans|mois|jours|girls?|women|men|guys|people"
                            r"|muchachas|mujeres|hombres|personas|pessoas|mulheres|meninas|ago|hace|faz|few|still"
                            r"|going|happening|there|since|ongoing|sigue|todavia|ainda|desde|maybe|prob|probably"
                            r"|january|february|march|april|may|june|july|august|september|october|november|december"
                            r"|last|this|year|week|month|summer|winter|spring|fall)\W*)+\?\W*")


_WHAT_NEXT = re.compile(
    r"\bwhat (happens|will happen|now|next)\b|\b(and|so) now\W*$|^\W*now what\b|"
    r"\bwhat do (you|u) do (now|with (it|this))\b|\b(y )?ahora (que|q)\b|\by ahora\W*$|"
    r"\bque (pasa|sigue|va a pasar|hacen) (ahora|despues|con (esto|eso|mi denuncia))\b|"
    r"\bque sigue\b|\bet (maintenant|apres)\W*$|\bqu.est.ce qui (se passe|va se passer)\b|\bla suite\b|"
    r"\be agora\b|\bo que (acontece|vai acontecer)\b"
    # "will someone go check on them?", "is someone really coming?" (they got the immigration answer)
    r"|\b(will|is|are|would|can) (someone|somebody|anyone|anybody|you|u|y'?all|they|the police|the cops)( guys)?"
    r" (really |actually )?(go|going|come|coming|check|checking|do something|rescue|(send|sending) (someone|somebody"
    r"|anyone|help|the police|the cops|police))\b"
    r"|\b(alguien|ustedes|la policia) (va|van) a (ir|venir|revisar|mandar|ayudar|hacer algo)\b"
    r"|\b(van|va) a (mandar|enviar) a alguien\b|\b(alguem|voces|a policia) (vai|vao) (la|ir|vir|ajudar|fazer algo)\b"
    r"|\bquelqu'un (va|vient) (venir|aller|les aider|m'aider|aider)\b"
    # "vos creés q la van a sacar hoy?", "van a ir por ella?", "vao tirar ela de la hoje?", "ils vont la sortir de
    # la?" (the first got the immigration answer: "sacar" read as deported)
    r"|\b(la|lo|las|los) (van a|va a|vayan a) (sacar|rescatar|ir a buscar)\b(?! del pais)|\b(van|va) a ir por (ella|el"
    r"|ellas|ellos)\b|\b(vao|vai) (tirar|resgatar|buscar) (ela|ele|elas|eles)\b|\b(ils|on) (va|vont) (la|le|les)"
    r" (sortir|chercher|liberer)\b"
    # whether anyone went yet: "did anyone go there yet? did the cops come", "can u tell me if the police went there",
    # "ya fue alguien o no??", "any update on my report" (the police answer, a note, or "I didn't catch that")
    r"|\b(did|has|have) (anyone|anybody|someone|somebody|the police|the cops|police|cops|they|you|u|y'?all)( guys)?"
    r" (go|went|gone|come|came|check|checked|been|show up|showed up|do|done) ?(anything|something|there|by|out|over)?"
    r"( (there|yet))?\b|\b(tell me|let me know) if (the police|the cops|anyone|someone|they|you) (went|came|go|did)\b"
    r"|\b(any|an) (update|news)s?\b|\bwhat happened (with|to) (my|the) (report|tip)\b"
    r"|\bya (fue|vino|llego|fueron|vinieron|llegaron) (alguien|la policia|la poli|la migra|ustedes)\b"
    # "ya fueron o no??" after filing (read as wanting to end: "¿Quieres terminar este chat?", and a "si" closed it)
    r"|\bya (fue|fueron|vino|vinieron|llego|llegaron)( para alla| alla| a verlas?| a verlos?)?( o no)?\s*\?"
    r"|\b(alguien|la policia) (ya )?(fue|vino|llego)\b|\b(que|q) (paso|ha pasado) con (mi|la) (denuncia|reporte)\b"
    r"|\b(ja )?(foi|veio) (alguem|a policia)\b|\b(alguem|a policia) (ja )?(foi|veio|passou)\b"
    r"|\b(quelqu'un|la police) (est|a) (alle|allee|passe|passee|venu|venue)\b|\bdes nouvelles\b", re.IGNORECASE)


# "what counts as trafficking?", "¿esto es trata?", "c'est quoi la traite", "isso é tráfico?" (on normalised text)
_WHAT_TRAFFICKING_IS = re.compile(
    r"\bwhat(s| is| exactly is| counts as| does| do (you|u) mean by| is considered)( (human|labou?r|sex))? "
    r"traffick\w*|\b(is|does|would) (this|that|it|what (im|i m) describing)( \w+)? (count as |be |considered )?"
    r"(human )?traffick\w*( or not| or what)?\W*$|\bdefin\w* (of )?(human )?traffick\w*|\bcount(s)? as (human )?"
    r"traffick\w*|\b(is|would) (it|this|that) (be )?(human )?traffick\w* if\b|"
    r"\b(que|q) (es|significa|se considera|cuenta como) (la |una )?trata\b|\b(esto|eso) (es|seria|cuenta como)( una)? "
    r"trata( o no| o que)?\W*$|\bes trata si\b|\bc.est quoi (la )?traite\b|\bqu.est.ce que (c.est que )?la traite\b"
    r"|\b(c.est|est.ce) de la traite\W*$|\bo que (e|significa|conta como) (o )?trafico\b"
    r"|\b(isso|isto) (e|conta como) trafico( ou nao)?\W*$"
    # with more after it: "is that trafficking or just a bad job?", "esto es trata o no? solo quiero saber a donde ir",
    # "pero entonces si es trafico de personas o no?" (each was ignored, or filed as the answer)
    r"|\btraffick\w* or (just|a bad|only|regular|normal)\b|\b(trata|trafico de personas|trafico) o no\b"
    r"|\b(es|seria) (trafico de personas|trata de personas)\b[^.!?]{0,10}\?|\btrafico ou nao\b"
    # "is that even like. trafficking or whatever" (from a girl of 16: taken as the tip, and not answered)
    r"|\b(is|isnt|isn'?t) (this|that|it)( \w+){0,3}\W{0,3} traffick\w*( or (not|what|whatever|smth|something))?\W*$")


# whether it counts, in any words, in a question about trafficking: "is this even a trafficking thing?", "idk if this
# is trafficking", "est-ce que c'est de la traite ca?", "nao sei se isso e trafico ou so patroa ruim" (each ignored)
_TRAFFICKING_WORD = re.compile(r"\b(traffick\w*|trata|trafico|traite)\b")
_WHETHER = re.compile(r"\?|,? verdad\b|\b(if|whether|or not|or no|or just|even|si|o no|o solo|o nomas|se|ou nao"
                      r"|ou so|est.ce|c.est.tu|ou juste|ou pas|idk|no se|nao sei|je sais pas|je ne sais pas)\b")
_NOT_ABOUT_COUNTING = re.compile(r"\b(hotline|line|linea|number|numero|ligne|site|chat|report|reporting|denunciar"
                                 r"|signaler|denunciar|here|aqui|ici|you|u|ustedes|vous|voces)\b")
# what people get wrong about it: "does it have to be across the border or no", "cuenta si es su novio?"
_COUNTS_IF = re.compile(r"\b(ha(ve|s) to|need to|must) (be |go )?(across|cross\w*|over) (the |a )?(border|country)"
                        r"|\b(tiene|tienen|hay) que (cruzar|pasar) (la )?frontera|\btraverser (une |la )?frontiere"
                        r"|\b(precisa|tem que) (atravessar|cruzar) (a )?fronteira"
                        r"|\b(count|counts|cuenta|conta|compte)\b[^.!?]{0,25}\b(boyfriend|husband|partner|family|relative"
                        r"|novio|esposo|pareja|familia|familiar|namorado|marido|familia|chum|conjoint|famille)\b"
                        r"|\b(boyfriend|husband|partner|family|novio|esposo|pareja|familia|namorado|marido|chum|conjoint"
                        r"|famille)\b[^.!?]{0,30}\b(count|counts|cuenta|conta|compte)\b")


# after another line's help: "thats all i needed", "ill call them", "eso es todo, gracias" (the intake went on)
_THATS_ALL = re.compile(r"\b(that'?s all|that is all|that'?s it|thats all i needed|all i needed|i'?ll call them"
                        r"|ill call|i will call|ill do that|eso es todo|es todo|nada mas|voy a llamar|les voy a llamar"
                        r"|c'?est tout|je vais (les )?appeler|e so isso|so isso|vou ligar|era so isso)\b")
_IS_IT_OR_NOT = re.compile(r"\b(is it|is this|es|eso es|isso e|c'?est|so)( \w+)? or not\b|\b(o no|ou nao|ou pas)\W*$"
                           r"|\bis it or isn'?t it\b")
_NOT_HOLDING = frozenset({"PhysicalAbuse", "Threats", "PsychologicalAbuse", "TakesEarnings", "DebtBondage",
                          "FalsePromises", "Other"})
# "est-ce que ça compte si une famille garde une petite fille…", "does this count as it?", "isso conta?", "eso cuenta?"
_DOES_IT_COUNT = re.compile(r"^\W*(est.ce que |mais )?(ca|cela) compte\b|\b(does|would|will) (this|that|it) count\b"
                            r"|\b(isso|isto) conta\b|\b(eso|esto) cuenta\b|\b(ca|cela) compte (tu|ou pas|comme)\b")
# "so can i report them or not", "puedo denunciarlos aqui?", "je peux les signaler ici?", "posso denunciar aqui?"
_CAN_I_REPORT_IT = re.compile(
    r"\b(can|could|should) (i|we) (still )?(report|file|make a report)( (them|him|her|it|this|that))?( (here|or not"
    r"|with (you|u)))?\b|\b(puedo|podemos|debo) (denunciar\w*|reportar\w*|hacer (una|la) denuncia)\b"
    r"|\b(je peux|on peut|est.ce que je peux) (les |le |la )?(signaler|denoncer)\b"
    r"|\b(posso|podemos) (denunciar|registrar)\b")


def asks_what_trafficking_is(text: str) -> bool:
    """Asks what trafficking is, or whether what they know counts (a question a hotline is there to answer): in a
    short message, or in a sentence of a longer one ("what counts as trafficking exactly? like my cousin…")."""
    norm = normalise(text)
    if len(_WORD.findall(text)) <= 14 and _WHAT_TRAFFICKING_IS.search(norm):
        return True
    if _DOES_IT_COUNT.search(norm) and "?" in text:
        return True  # "est-ce que ça compte si une famille garde une petite fille d'Haiti… ?" (asked three times)
    for sentence in re.findall(r"[^.!?]+[.!?]*", norm):
        if len(_WORD.findall(sentence)) > 14:
            continue
        if _WHAT_TRAFFICKING_IS.search(sentence):
            return True
        if _TRAFFICKING_WORD.search(sentence) and _WHETHER.search(sentence) and not _NOT_ABOUT_COUNTING.search(
                sentence):
            return True
        if _COUNTS_IF.search(sentence) and ("?" in sentence or _WHETHER.search(sentence)):
            return True
    return False


def asks_what_next(text: str) -> bool:
    """"What happens now?" after a report is filed; a short question of its own in a longer message too ("What will
    happen after I send this? Will someone contact the family?" got whether we would contact the teller)."""
    return any(len(_WORD.findall(part)) <= 10 and _WHAT_NEXT.search(normalise(part))
               for part in re.split(r"(?<=[?!.])\s+", text.strip()) if part)


_PRIVACY_DIFFERENCE = re.compile(
    r"\b(difference|diferencia|diferenca|differance|diference|diffrence|diferense|diff|dif|differ)\b[^.!?]{0,20}"
    r"\b(between|entre|btw|b/w)\b[^.!?]{0,30}"
    r"\b(confidential\w*|confidencial\w*|confidentiel\w*|anonym\w*|anonim\w*|[123]|one|two|three)\b")


def asks_privacy_difference(text: str) -> bool:
    """ "whats the difference between 2 and 3?": the privacy choices explained."""
    return bool(_PRIVACY_DIFFERENCE.search(normalise(text)))


# what a question is for: "y eso para que?", "para q quieres mis datos", "why do u need that", "what's that for", "pra
# que isso?", "c'est pour quoi?"
_WHAT_FOR = re.compile(r"\b(para|pa|pra|pq) (que|q|qué)\b(?! (me|te|le|lo|la|nos|les) (pegue|pague|paguen|vendan))"
                       r"|\bwhy (do|would|does) (you|u|y'?all|ya) (need|want|ask)\b|\bwhat'?s (that|this|it) for\b"
                       r"|\bwhat (is|s) (that|this|it) for\b|\bwhat for\b|\b(c'?est|c) pour quoi\b"
                       r"|\ba quoi (ca|cela) sert\b"
                       r"|\bpourquoi (vous|tu) (voulez|veux|demandez|demandes)\b")


def explanation(asked: str) -> str:
    """The response that puts the question `asked` in other words (bot/domain/explanations.yml)."""
    return f"utter_explain_{asked}"


def _names_a_kind(text: str) -> bool:
    """Work or sex named in so many words ("trabajo", "sexo"): an answer to the kind question."""
    return bool(_WORK.search(text) or _SEX.search(text))


# "sorry wrong button", "oops typo", "me equivoqué", "je me suis trompé", "foi sem querer" (on normalised text)
_SLIP = re.compile(r"\b(wrong (button|key|thing|chat|letter|one)|typo|oops+|whoops|my bad|by (accident|mistake)"
                   r"|accidentally|(didnt|did not|didn t) mean (that|to|it)|ignore (that|this|it|my last)"
                   r"|mis ?(typed|clicked|pressed)|me equivoque|sin querer|me confundi|boton equivocado"
                   r"|je me suis trompee?|par erreur|faute de frappe|mauvais bouton"
                   r"|foi sem querer|me enganei|errei|digitei errado|apertei errado|botao errado)\b")
# "i meant yes", "quise decir que sí", "je voulais dire oui", "quis dizer sim"
_MEANT = re.compile(r"\b(i meant|meant to (say|put|press)|quise decir|queria decir|je voulais (dire|mettre)"
                    r"|quis dizer|queria dizer)( que)? (?P<what>yes|yeah|yep|no|nope|si|oui|non|sim|nao)\b")


# what may come with a slip and says nothing more ("oops, it was tuesday" is a correction, not a slip)
_SLIP_FILLER = frozenset("sorry so sry soz oh ah lol haha jaja i im it that this was a the my me no perdon perdona "
                         "disculpa disculpe lo siento fue eso ay pardon desole desolee c etait je desculpa desculpe "
                         "foi isso ops".split())


def slipped(turn: Turn, found: Extracted) -> str | None:
    """A slip of the finger, said as one: None when it is not; "" when it says nothing more (the question is asked
    again: "sorry wrong button" to "is it safe to text?" paused the chat); else what they meant ("i meant yes")."""
    text = normalise(turn.text)
    meant = _MEANT.search(text)
    if meant:
        return meant.group("what")
    if _SLIP.search(text) and not has_facts(found) and not (
            set(_WORD.findall(_SLIP.sub(" ", text))) - _SLIP_FILLER):
        return ""
    return None


def puzzled(turn: Turn, found: Extracted, asked: str | None = None) -> bool:
    """The person did not understand the question ("what does that mean?", "no entiendo", "??"), or answered it with
    a menu's number ("3" to "where is this happening?" is no place: it was filed as one)."""
    if asked in ("tip_what", "tip_where", "tip_when", "contact") and re.fullmatch(r"\s*\d{1,2}\W*", turn.text):
        return True
    if asked == "tip_what" and turn.words <= 4 and (found.role or found.ages or found.people_count) and not (
            found.exploitation or found.means_of_control or found.venue or found.labour_type):
        return True  # "mi prima" says whom, not what is happening: the question again, in plain words
    if turn.words > 10 or has_facts(found):
        return False
    text = normalise(turn.text)
    if asked == "tip_what" and _NO_WORDS.search(text):
        return True  # "i dont know how to explain": put simply, how to begin (it was filed as "unknown")
    return bool(_PUZZLED.search(text)) or (turn.text.strip() != "" and set(turn.text.strip()) <= set("?¿"))


def answers_and_tells(turn: Turn, found: Extracted) -> str | None:
    """The answer to a question that comes with a tip ("they took her passport, can she be deported?"): the form
    answers it and keeps the tip (stepping aside would answer the question and lose what was told). The model
    labels such a message by its larger part, the tip, so the question's topic is read from its own sentence."""
    if not describes(turn, found):
        return None
    text = normalise(turn.text)
    if fears_trouble(turn.text):  # "will i get in trouble for prostitution": not the immigration answer
        return trouble_answer(turn.text)
    if _PAPERS_KEPT_OK.search(text):
        return "utter_papers_not_normal"
    if asks_if_an_offer_is_real(turn.text):
        return "utter_offer_warning_signs"
    if own_answer(turn.text) and (is_question(turn.text) or _ASKS.search(text)):
        return own_answer(turn.text)  # "he has my passport. can you get it back?"
    if turn.intent in ANSWERS and turn.confidence >= 0.5:
        # asked, or its topic is named ("...dice que llama a la migra"); a grooming tip the model once read as
        # "is this anonymous?" names no such thing and gets no such answer
        answer = ANSWERS[turn.intent]
        if answer == "utter_not_police" and not _ASKS.search(turn.text):
            # "he says the police will arrest me" tells a threat; it asks nothing ("No, this is not the police")
            return "utter_police_threat" if "ThreatOfLawEnforcement" in found.means_of_control else None
        if _ASKS.search(turn.text) or _names_topic(answer, text):
            return answer
    for sentence in _SENTENCE.split(text):
        if sentence.rstrip().endswith("?") or _ASKS.match(sentence):
            for answer, topic in _QUESTION_TOPICS:
                if topic.search(sentence):
                    return answer
    return None


def _names_topic(answer: str, text: str) -> bool:
    return any(a == answer and topic.search(text) for a, topic in _QUESTION_TOPICS)


# what the facts hold about the tip itself (the rest is how the conversation went: paused, asked again, …)
_TIP_FACTS = frozenset(("exploitation", "means_of_control", "ages", "labour_type", "people_count", "people_min",
                        "minor", "not_minor", "gender", "venue", "city", "state", "country", "ongoing"))


def _tells_nothing_of_the_tip(out: Step, slots: dict[str, Any]) -> None:
    """A message that only says how to reach them leaves the tip's facts as they were ("vous pouvez m'appeler à ce
    numéro quand les enfants dorment", a nanny's, marked her report as one with minors)."""
    now = out.slots.get("tip_facts")
    if now is None:
        return
    before = slots.get("tip_facts") or {}
    out.slots["tip_facts"] = {**{k: v for k, v in now.items() if k not in _TIP_FACTS},
                              **{k: v for k, v in before.items() if k in _TIP_FACTS}}


_NOW_ONLY = re.compile(r"\W*((right|just|even|rn) )?(now|rn|still|right now|ahora|ahorita|ahora mismo|agora|agora mesmo"
                       r"|maintenant|en ce moment|toujours|todavia|aun|ainda|ongoing)( (now|mismo|mesmo))?\W*")


# a no, then more: "no but…", "non, mais…", "no, pero…", "não, mas…", "nope. also…"
# (not "no minors there": a no that goes with its noun is kept)
_AFTER_A_NO = re.compile(r"^\W*(no+|nope|nah|non|nao|não|ninguna|nada)\b(\s*[,.!;:-]+\s*|\s+(?=(but|pero|mais|mas"
                         r"|though|also|aunque|however)\b))((but|pero|mais|mas|though|also|aunque|however|just|only|solo"
                         r"|seulement|so)\b[\s,]*)?", re.IGNORECASE)


def _answer_kind(turn: Turn, found: Extracted) -> str | None:
    """A free-text answer that is really "I don't know" or "no"."""
    if found.dont_know:
        return UNKNOWN
    if found.nothing_more or says_no(turn):
        return NONE
    return None


_BOTH = re.compile(r"^\W*(both|a bit of both|ambos|ambas|las dos|los dos|de los dos|les deux|os dois|as duas)\b",
                   re.IGNORECASE)


# a kind said not to be it: "its not sex. its like selling weed n pills", "its not work. hes my bf" (filed as sexual
# exploitation, and as forced work)
_NOT_A_KIND = re.compile(r"\b(it'?s not|its not|it is not|not|isn'?t|no es|no era|nao e|nao eh|n'?est pas|c'?est pas"
                         r"|ce n'?est pas|pas)( really| like| exactly| realmente| vraiment)? (about )?"
                         r"(de |du |d'|o |el |un )?"
                         # ("its sex trafficking i think not forced work": both kinds were filed)
                         r"(forced work|forced labou?r|labou?r trafficking|trabajo forzado|travail force"
                         r"|trabalho forcado|work|a job|job|sex|trabajo|chamba|sexo|trabalho|servico|travail|boulot|taf"
                         r"|sexe)\b")


def _exploitation_of(turn: Turn, found: Extracted) -> str:
    if _BOTH.match(turn.text):  # "both i think, she gives massages but men pay for more": work and sex
        return ",".join(sorted({"ForcedLabour", "SexualExploit"} | set(found.exploitation)))
    if found.exploitation:
        return ",".join(sorted(found.exploitation))
    kinds = []
    said = _NOT_A_KIND.sub(" ", normalise(turn.text))
    if _WORK.search(said) or (found.labour_type and found.labour_type not in lexicon.NON_LABOUR
                              | lexicon.WORK_OR_SEX):
        kinds.append("ForcedLabour")  # "en la granja de fresas": work, told by the kind of place
    if _SEX.search(said):
        kinds.append("SexualExploit")
    if kinds:
        return ",".join(kinds)
    if found.labour_type in lexicon.NON_LABOUR - {"sex work"} or _NOT_A_KIND.search(normalise(turn.text)):
        return "OtherExploit"  # "its not sex. its like selling weed": something else, as the menu says
    said = normalise(turn.text)
    if (found.dont_know or says_no(turn) or has_facts(found) or found.ongoing is not None or found.means_of_control
            or _TIME.search(turn.text) or _NO_WORDS.search(said) or _STREET_OR_AREA.search(said)):
        # "I don't know", or an answer to another question ("columbus ohio", "2 weeks ago", "c'est au centre-ville de
        # montréal, rue sainte-catherine": a city the places list does not know, filed as "other exploitation")
        return UNKNOWN
    return "OtherExploit"


def _menu_answer(menu: str, turn: Turn, found: Extracted) -> str | None:
    """A short answer read as that menu's choice ("1", "the second one"), as the menu itself reads it; None if not."""
    if turn.words > 3:
        return None
    if menu == "reporter_role":
        role = _role_of(turn, found)
        return None if role == "unspecified" else role
    return extract(turn.text, turn.language, expecting="privacy").privacy


def _role_of(turn: Turn, found: Extracted) -> str:
    if found.role:
        return found.role
    said = re.sub(r"^((option|number|opcion|numero|the|la|el|a|o) )+|( (one|then|please|dear|opcion|option))+$", "",
                  normalise(turn.text).strip(" .)"))
    chosen = {"1": "self", "2": "other", "first": "self", "1st": "self", "primera": "self", "primero": "self",
              "primeira": "self", "second": "other", "2nd": "other", "segunda": "other", "segundo": "other"}.get(said)
    # "1. pero primero dime lo de la visa T", "2 its someone else": the number first, then more (it was not taken)
    return chosen or {"1": "self", "2": "other"}.get(menu_number(turn.text) or "", "unspecified")


# where one correction ends and another begins: "…not Plano, and she is about 40", "two things: …. And …"
_CLAUSES = re.compile(r"[;.]\s+|,?\s+\b(?:and|y|et|(?-i:e)|also|tambien|aussi|tambem)\b\s+|\s*\b(?:two things|dos cosas"
                      r"|deux choses|duas coisas)\b\W*", re.IGNORECASE)
_CLAUSE_LEAD = re.compile(r"^((and|y|et|e|also|tambien|aussi|tambem)\b\W*)?((where|who|when|donde|quien|quienes|cuando"
                          r"|ou|qui|quand|onde|quem|quando)\s*:\s*)?", re.IGNORECASE)


_TOLD_TODAY = re.compile(r"\b(came|arrived|got here|llegaron|llego|vinieron|chegaram|chegou|sont arrive\w*)\b[^.,;]*"
                         r"|\b(fez aniversario|cumplio( anos)?|had (her|his) birthday|turned \d+|a eu \d+ ans)\b[^.,;]*"
                         r"|\b(told|said|texted) (me |us )?(today|now|yesterday|last night)\b"
                         r"|\b(hoy|ayer|ahorita) (me )?(dijo|conto)\b|\b(me )?(dijo|conto) (hoy|ayer|ahorita)\b"
                         r"|\b(me )?disse (hoje|ontem)\b", re.IGNORECASE)
# "also", "tambien", "y ademas": more, added to what was told
_ALSO = re.compile(r"^\W*(y |and |e )?(also|tambien|ademas|tambem|alem disso|aussi|en plus|plus)\b\W*"
                   r"|\b(there (is|are|was|were) also|hay tambien|tambien (hay|esta|estan|tiene|trabaja|vive)"
                   r"|ademas hay|tem tambem|tambem tem"
                   r"|il y a aussi)\b|\b(too|as well|tambien|tambem|aussi)\W*$")
# "put that her boyfriend posts the ads", "agrega que tiene 22": more for a field, not a new answer for it (the
# read-back's Who became "put that her boyfriend posts the ads, hes 22", and what it held was lost)
_ADDING = re.compile(r"^\W*(please |pls |also |and |ok |okay |pis |puis |et |alors |bon |bueno |pues |y |e |so |oh "
                     r"|ah )*(you forgot( to (say|put|add|mention))?( that)?|u forgot( that)?"
                     r"|i forgot to (say|mention|add)( that)?|se te olvido( poner)?( que)?"
                     r"|se me olvido (decir|poner)( que)?|falto( poner)?( que)?|faltou( colocar)?( que)?"
                     r"|falta( colocar| poner)?( que)?|tu as oublie( que)?|vous avez oublie( que)?"
                     r"|j'ai oublie de dire( que)?|esqueceu( de colocar)?( que)?|esqueci de falar( que)?"
                     r"|put|add|include|write|note|agrega|agregue|pon|ponga|ponle|anade"
                     r"|anota|apunta|ajoute|ajoutez|mets|mettez|note[zs]?|coloca|coloque|acrescenta|acrescente|poe|bota"
                     r"|inclui|inclua)( (that|in|down|also|tambien|aussi|tambem))*( (que|qu'|q))?\b\W*",
                     re.IGNORECASE)


# the kind read back, said to be wrong: "no es trabajo forzado, ya te dije q no me obliga a trabajar", "its not forced
# work tho?? its just an offer" (the first was noted as "Además", the second replaced When; the kind stayed)
_KIND_DENIED = re.compile(
    r"\b(not|no es|no era|no fue|nao e|nao foi|nao eh|c'? ?est pas|c'? ?etait pas|ce n'est pas|isn'?t|wasn'?t|its not"
    r"|it'?s not|it is not|not really|never said|nunca dije|jamais dit|nunca disse) (a |an |de |du |el |la |o |um )?"
    r"(?P<kind>forced (labou?r|work)|trabajo forzado|trabalho forcado|travail force|labou?r trafficking"
    r"|sex(ual)?( exploitation| trafficking| work)?|explotacion sexual|exploracao sexual|exploitation sexuelle)\b")


def _kind_put_right(turn: Turn, slots: dict[str, Any]) -> dict[str, Any] | None:
    """The kind read back taken out when the person says it is not that kind; their words kept as a note."""
    denied = _KIND_DENIED.search(normalise(turn.text))
    if not denied:
        return None
    kind = "SexualExploit" if re.search(r"sex", denied.group("kind")) else "ForcedLabour"
    told = str(slots.get("exploitation_type") or "").split(",")
    facts = slots.get("tip_facts") or {}
    rest = normalise(turn.text)[:denied.start()] + " " + normalise(turn.text)[denied.end():]
    affirmed = [c for c in re.split(r"[,.;!?]+", rest)
                if not re.search(r"\b(no|not|nao|pas|never|nunca|jamais|ni)\b", c)]
    if kind not in told or extract(rest, turn.language).exploitation or any(_names_a_kind(c) for c in affirmed):
        return None  # ("not sexual!! its work, washing cars": the kind it is, put right below)
    kinds = [k for k in told if k and k not in (kind, UNKNOWN, NONE)]
    more = slots.get("tip_more")
    return {"exploitation_type": ",".join(kinds) or UNKNOWN,
            "tip_facts": {**facts, "exploitation": [k for k in facts.get("exploitation") or () if k != kind]},
            "tip_more": f"{more} / {turn.text.strip()}" if isinstance(more, str) and more not in (NONE, UNKNOWN)
            else turn.text.strip()}


# no contact wanted, said at the contact question or at the read-back: "skip", "i said skip", "Contact: none",
# "nothing i dont want contact", "ninguno", "pas de contact"
_NO_CONTACT_WANTED = re.compile(
    r"^\W*((no|non|nao)\W+)?((i )?(said|dije|disse|j'?ai dit|te dije)\W+)?((the )?(contact|contacto|contato)\W*(is|es|e"
    r"|est)?\W*)?(skip|none|nothing|no contact|no one|nobody|ninguno|ninguna|nada|nenhum|nenhuma|aucun|rien"
    r"|pas de contact|sin contacto|sem contato|passer|saltar|pular|pas ce numero|not this number|no este numero"
    r"|nao esse numero)\b[^.!?]{0,30}$"
    r"|^\W*(nothing|nada|rien)?\W*(i )?(don'?t|dont|do not|no|nao|ne) (want|quiero|quero|veux) (any |ningun |nenhum "
    r"|pas de |pas d'?)?(contact|contacto|contato)\b")


_NOT_THIS_NUMBER = re.compile(r"\b(pas|not|no|nao|n) (a |à |sur |on |en |em |neste |nesse )?(ce|this|este|esse|cet|ese)"
                              r" (numero|number|num|cel|celular|telephone|phone|tel)\b")


def correction(turn: Turn, slots: dict[str, Any], found: Extracted, adding: bool = False) -> dict[str, Any]:
    """Apply "no, it was Tuesday" to the field it is about; what fits no field is kept as a note. Nothing told is
    lost by it (`_keeping_what_was_told`)."""
    put_right = None if adding else _kind_put_right(turn, slots)
    if put_right is not None:
        return put_right
    changes = _keeping_the_minor(turn.text, slots.get("tip_facts") or {},
                                 _keeping_what_was_told(slots, _correction(turn, slots, found, adding)))
    facts = changes.get("tip_facts") or {}
    if (_ADULTS_SAID.search(normalise(turn.text)) or _OTHERS_CHILDREN.search(normalise(turn.text))) and not found.minor:
        # "non c'est pas des mineurs, Rosa a 34 ans", "Não há menores nenhuns": no minor, and no mandated report (the
        # minor stayed after each)
        facts = facts or slots.get("tip_facts") or {}
        facts = changes["tip_facts"] = {**facts, "minor": False, "not_minor": True, "ages": [
            a for a in facts.get("ages") or () if not (isinstance(a, int) and a < 18)]}
    denied = _KIND_DENIED.search(normalise(turn.text))
    if denied and "exploitation_type" in changes and facts.get("exploitation"):
        # "kind is wrong. its sex trafficking i think not forced work": the kind denied leaves the facts too (both
        # were filed)
        gone = "SexualExploit" if re.search(r"sex", denied.group("kind")) else "ForcedLabour"
        facts = changes["tip_facts"] = {**facts, "exploitation": [k for k in facts["exploitation"] if k != gone]}
    if facts.get("labour_type") == "sex work" and "SexualExploit" not in (facts.get("exploitation") or ()) and (
            "exploitation_type" in changes):
        # "not sexual!! its work, washing cars": the work it is, or none (the report kept "sex work" as the work after
        # the kind was put right)
        changes["tip_facts"] = {**facts, "labour_type": found.labour_type if found.labour_type != "sex work" else None}
    return changes


# said of the people told about: they are adults, or there are no minors ("son adultas", "no minors", "over 18")
_ADULTS_SAID = re.compile(r"\b(adults?|grown (women|men|ups?)|(they'?re|theyre|they are|all|are all) grown|(dont|don'?t"
                          r"|do not) think (any|they|any of them)( \w+)? (are|is|r) (kids|minors?|underage)"
                          r"|adultas?|adultos?|mayores de edad|majeures?|majeurs?"
                          r"|maiores de idade|over 18|mas de 18|plus de 18|mais de 18|not under 18|no soy menor"
                          r"|nao sou menor|(je suis )?pas mineure?|no (minors|kids|children|menores"
                          r"|ninos|ninas)|not (a )?minors?|(no|nao) (es|e|son|sao) (menor|menores)|pas (de )?mineur\w*"
                          r"|ne sont pas mineur\w*|pas des mineur\w*|(nao|no) (ha|hay|tem|habia|havia)"
                          r" (menores|criancas|ninos)|menores,? (nao|no) (me )?(parece\w*|creo|acho))\b")


# the only children named are someone else's ("the kids are the neighbors kids, its just 4 women"): no minor
_OTHERS_CHILDREN = re.compile(r"\b(" + FAMILYS_CHILDREN + r")\b")


def _keeping_the_minor(text: str, before: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """A correction that names an adult ("who: the guy is 25") does not make the child told of an adult: the minor,
    and the mandated report that comes with one, stays unless the correction says the age was wrong ("she's 19 not
    16") or that they are adults (three reports of girls of 15 and 16 were filed with no minor and no mandated
    report after "Who" was corrected to name the man)."""
    facts = changes.get("tip_facts")
    minors = [a for a in before.get("ages") or () if isinstance(a, int) and a < 18]
    if not facts or not (before.get("minor") or minors) or facts.get("minor") and not facts.get("not_minor"):
        return changes
    said = normalise(text)
    if _ADULTS_SAID.search(said) or any(re.search(rf"\b(not|no|nao|non|pas|ni|isn'?t|wasn'?t)\b[^.!?\d]{{0,12}}{a}\b"
                                                  rf"|\b{a}\b[^.!?\d]{{0,6}}\b(not|no|nao|pas)\b", said)
                                        for a in minors):
        return changes
    kept = {k: v for k, v in facts.items() if k != "not_minor"}
    kept["minor"] = True
    if minors:
        kept["ages"] = sorted(set(kept.get("ages") or ()) | set(minors))
    return {**changes, "tip_facts": kept}


# the field named before the correction: "where: Lyon, France", "the when part is wrong, its been 3 weeks", "el cuando
# esta mal, es desde abril", "lo de donde: es por la 35 avenida", "o quando ta errado:", "qui: juste moi" (each was read
# back with those words in it)
_FIELD_NAMED = re.compile(
    r"^\W*(?:(?:the|el|lo de|lo del|la|le|o|a|about the|sobre el|en)\s+)?(?:when|where|who|signs?|place|time|date|kind"
    r"|cuando|donde|quien(?:es)?|senales|lugar|fecha|tipo|quand|ou|qui|signes|lieu|date|type|quando|onde|quem|sinais"
    r"|local|tipo)(?:\s+(?:part|parte|partie|one|thing))?(?:\s+(?:is|esta|ta|est|es|e|c'?est|was|estaba))?(?:\s+"
    r"(?:wrong|mal|incorrect[oa]?|faux|fausse|errad[oa]|off|not right))?\s*[:,.;-]+\s*", re.IGNORECASE)


def _keeping_what_was_told(slots: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """A correction changes what is read back, not what staff can read: "oh also the boss has their ids" to the
    signs is added to them (the quota, the phones taken and the debt were replaced by it), and an answer about where,
    when or who that a correction replaced is kept in the facts (`told_before`), for the report (bot/actions/tip.py).
    """
    kept = dict(changes)
    before: dict[str, str] = {}
    for name in ("tip_what", *PLACE_TIME_PEOPLE, "tip_control"):
        earlier, now = slots.get(name), kept.get(name)
        if not isinstance(earlier, str) or earlier in (NONE, UNKNOWN) or not isinstance(now, str) or now == earlier:
            continue
        if normalise(earlier).strip(" .,;") in normalise(now):
            continue  # the earlier answer is in the new one ("…; and the boss has their ids", "4 women, one…")
        if name == "tip_control" and now not in (NONE, UNKNOWN):
            kept[name] = f"{earlier}; {now}"
        elif name == "tip_what" and len(now) < len(earlier) / 2:
            # the story is never replaced by a few words ("el que esta mal es el Que, ahi borro todo lo que le conte"
            # left only those words of a nanny's story: her passport, two years, Houston were gone)
            kept[name] = f"{earlier} / {now}"
        else:
            before[name] = earlier
    if before:
        facts = dict(kept.get("tip_facts") or slots.get("tip_facts") or {})
        told = dict(facts.get("told_before") or {})
        for name, earlier in before.items():
            told.setdefault(name, earlier)  # the first answer, as the person wrote it
        kept["tip_facts"] = {**facts, "told_before": told}
    return kept


_FIELDS_NAMED = {
    # (with the read-back's own accents: "Dónde: 2210 Elm St" was filed as the place "Dónde: 2210 Elm St")
    "tip_where": "where|donde|dónde|lugar|place|address|direccion|dirección|lieu|adresse|onde|local|endereco|endereço"
                 "|où",
    "tip_when": "when|cuando|cuándo|fecha|date|quand|quando",
    "tip_who": "who|quien|quienes|quién|quiénes|qui|quem",
    "tip_control": "signs|sign|senales|señales|signes|sinais",
    "tip_what": "what",
}
_FIELD_OF = {word: slot for slot, words in _FIELDS_NAMED.items() for word in words.split("|")}
_FIELD_OF["ou"] = "tip_where"  # "où" as normalised (the word "ou", "or", is never read as a field)
# a line of the read-back named by its label: "take out the also line", "quita la parte de Además", "enlève la ligne
# Aussi" (the request itself was added to Also)
_LINE_OF = {**{w: slot for w, slot in _FIELD_OF.items() if slot != "tip_what"},
            **dict.fromkeys(("also", "ademas", "aussi", "tambem", "extra", "additional"), "tip_more")}
_LABELS = "|".join(sorted(_LINE_OF, key=len, reverse=True))
_LINE_NAMED = re.compile(
    r"\b(?:(?:the|el|la|a|o|le|that)\s+)?(?:(?:line|part|parte|linea|ligne|partie|linha|section)\s+(?:de\s+|del\s+"
    r"|da\s+|do\s+|of\s+|called\s+)?(?:la\s+|el\s+|lo\s+)?[\"'“«]?\s*(?P<label1>" + _LABELS
    + r")\b|[\"'“«]?(?P<label2>" + _LABELS
    + r")\b[\"'”»]?\s*:?\s+(?:line|part|bit|section|one|field|linea|parte|ligne|partie|linha))\b")


def _without_line(t: str, fields: dict[str, Any]) -> tuple[dict[str, Any], str] | None:
    """The read-back's line the request names by its label, emptied ("nothing" said for it); None when none is named
    or it holds nothing."""
    m = _LINE_NAMED.search(t)
    slot = m and _LINE_OF.get(m.group("label1") or m.group("label2"))
    if not slot or fields.get(slot) in (None, NONE, UNKNOWN):
        return None
    return {slot: NONE}, str(fields[slot])


_FIELD = "|".join(sorted((w for words in _FIELDS_NAMED.values() for w in words.split("|")), key=len, reverse=True))
# a correction that names its field: "pour Qui mettez: Nadege, 24 ans", "signs also: we work 16 hours a day", "where is
# wrong its an office building…", "el cuando esta mal, es desde abril", "no, el Que esta mal. cambia el que: …" (each
# went to "when", or to "also")
_NAMES_ITS_FIELD = re.compile(
    r"^\W*(?:(?:no|non|nao|ok|okay|and|y|e|et|also|tambien|aussi|pour|para|for|in|en|on|em|na|no)\W+)*"
    # "cambia el que: nos quitaron los pasaportes…", "change the what: …" (added to the signs, the What unchanged)
    r"(?P<change>(?:change|fix|correct|cambia|cambiale|corrige|corrija|corrigez|changez|change|muda|mude|troca|corrija)"
    r"\s+)?"
    r"(?:(?P<article>the|el|la|lo de|lo del|le|o|a|la partie|the part)\s+)?(?P<field>" + _FIELD + r"|que|quoi|o que)"
    r"(?:\s+(?:part|parte|partie|field|line|one))?"
    # "qui c'est pas 16 ans, elles ont 19 ans", "quem não é 4 meninas, são 6 mulheres": the wrong one, then the right
    r"(?:(?P<negated>\s+(?:(?:is|are|was|were|est|es|e|é|eh|c'? ?est|son|sao|são|ce sont|ta|tá)\s+)?(?:not|pas|nao"
    r"|não|no|isn'?t|aren'?t|wasn'?t|weren'?t))(?=\s)"
    r"|(?P<verdict>\s+(?:is|esta|está|ta|tá|est|es|e|é|c'? ?est|was)(?:\s+(?:wrong|mal|incorrect[oa]?|faux|fausse"
    r"|errad[oa]|off|incomplet[oae]?|incomplete|incompleta|missing|incompleto))?))?"
    r"(?:\s+(?:also|tambien|aussi|tambem))?"
    r"(?P<sep>\s*[:,.;=-]+\s*|\s+)"
    r"(?P<order>(?:cambialo|cambia(?:lo)? (?:el|la) \w+|mettez|remettez|put|pon|ponle|coloca|change it to|write"
    # "where should just say golden lotus spa…", "Where should be Maple Grove Rd" (read back with those words)
    r"|escribe|should (?:just |only )?(?:say|be|read)|needs to (?:say|be)|has to (?:say|be)|(?:debe|deberia|tiene que)"
    r" (?:decir|ser)|deve (?:dizer|ser)|(?:devrait|doit) (?:dire|etre|être))\s*(?:a|to)?\s*:?\s*)?(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL)


# where a second field is named inside a correction's answer: with a colon ("…, who: 4 women", "…\nWho: 4 women"),
# or after "and"/"y" or an article with "is"/"es" ("… and when is since january", "… y el cuando es desde enero");
# never "the one where is the bus station"
_NEXT_FIELD = re.compile(
    r"(?:\s*[,;\n]\s*|\s+)(?:(?:and|y|e|et|also|plus)\s+)?(?=(?:(?:the|el|lo de|lo del|la|le|o|a)\s+)?(?:" + _FIELD
    + r"|où)(?:\s+(?:part|parte|partie))?\s*:)"
    r"|\s*,?\s+(?:and|y|e|et)\s+(?=(?:(?:the|el|lo de|lo del|la|le|o|a)\s+)?(?:" + _FIELD + r"|où)(?:\s+(?:part"
    r"|parte|partie))?\s+(?:is|are|was|es|esta|está|est|e|é|ta|tá|son|sao|são|c'?est|eram|eran)\s)"
    r"|\s*[,;]?\s+(?=(?:the|el|lo de|lo del|le)\s+(?:" + _FIELD + r")(?:\s+(?:part|parte|partie))?\s+(?:is|are|was"
    r"|es|esta|está|est|e|é|ta|tá|son|sao|são|c'?est)\s)", re.IGNORECASE)


# a read-back said to be wrong, and nothing more: "its still wrong", "no thats not right", "ainda ta errado", "sigue
# mal", "c toujours faux", "you got it wrong again"
_WRONG_WORDS = frozenset("wrong incorrect incorrecto incorrecta mal equivocado equivocada errado errada faux fausse"
                         " mistake mistakes error errors erreur erro".split())
_AROUND_WRONG = frozenset(
    "no nope nah non nao ugh omg wtf lol bro dude man sorry but so ya yeah already told i said it its it's is s thats"
    " that's that this still again u you got have has all totally completely everything whole thing summary the a"
    " is are was there still esta ta tá está sigue continua todavia aun ainda toujours encore de nuevo novo otra"
    " outra vez todo tudo tout c cest c'est est ca ça es e é pero mas mais y and un una uma une sigo te lo dije ya"
    " disse eu je l'ai dit tu as tout it's same la misma mismo igual".split())
_NOT_RIGHT = re.compile(r"\b(not right|not correct|not what i (said|wrote|meant)|no es asi|no esta bien|nao e isso"
                        r"|nao ta certo|nao esta certo|pas ca|pas bon|pas juste|pas correct|messed up)\b")


def only_says_wrong(text: str) -> bool:
    """The read-back is said to be wrong, with no part named and nothing right said."""
    said = _NOT_RIGHT.sub(" wrong ", normalise(text))
    words = re.findall(r"[a-z'çéáíóúàâêôãõ]+", said)
    return bool(words) and len(words) <= 10 and any(w in _WRONG_WORDS for w in words) and all(
        w in _WRONG_WORDS or w in _AROUND_WRONG for w in words)


def _named_field(text: str) -> tuple[str, str] | None:
    """(the field a correction names, what it says); None when it names none. "Que"/"what" counts only with its
    article ("el que esta mal"), "where"/"who" only with a colon or a verdict ("who: just her", "where is wrong")."""
    named = _field_named_with_the_wrong(text)
    return named[:2] if named else None


# "its", "c'est", "são": what leads the right answer after the field was said to be wrong ("o onde ta errado, e em
# Londrina" was read back "Onde: e em Londrina")
_IT_IS = re.compile(r"^(?:it'?s|it is|its|they'?re|they are|c'? ?est|ce sont|es|son|e|é|eh|sao|são|ta|tá)\s+(?=\S)",
                    re.IGNORECASE)
# one's own slip, before the right answer: "enganei-me: é na rua…", "my bad, its…", "perdon, es…"
_MY_MISTAKE = re.compile(r"^(?:enganei-me|me enganei|eu me enganei|me equivoque|me equivoqué|my bad|sorry|oops|perdon"
                         r"|perdón|desculpa|pardon|je me suis trompee?)\s*[:,.!-]*\s*", re.IGNORECASE)
# where the wrong answer ends and the right one begins
_THEN_THE_RIGHT = re.compile(r"\s*[,;]\s*|\s+(?=(?:but|mais|mas|pero|it'?s|its|c'? ?est|ce sont|son|sao|são|es|é)\s)",
                             re.IGNORECASE)


_WHAT_IS_MISSING = re.compile(r"^(?:the|a|an|el|la|los|las|o|os|le|les)?\s*(?:\w+\s+)?(?:name|names|nombre|nome|nom"
                              r"|address|street|street name|number|numero|número|direccion|dirección|endereco"
                              r"|endereço|adresse|rue|calle|rua|details?)(?:\s+(?:of|del|de la|de|da|do|du)\s+\w+)?"
                              r"\s*[:,;-]\s*", re.IGNORECASE)


def _field_named_with_the_wrong(text: str) -> tuple[str, str, str] | None:
    """(the field a correction names, what it says, what it says was wrong: "" when nothing, "+" when the field is said
    to be incomplete and what it says is added to it); None when it names none."""
    m = _NAMES_ITS_FIELD.match(text.strip())
    if not m:
        return None
    word = normalise(m.group("field"))
    wrong = ""
    if m.group("negated"):
        if m.group("sep").strip() or word in ("que", "quoi", "o que", "what") or m.group("order"):
            return None
        # "qui c'est pas 16 ans, elles ont 19 ans": only with the right one after the wrong one
        parts = _THEN_THE_RIGHT.split(m.group("rest").strip(), maxsplit=1)
        if len(parts) < 2 or not parts[1].strip(" .!"):
            return None
        wrong = parts[0].strip()
        right = _IT_IS.sub("", re.sub(r"^(?:but|mais|mas|pero)\s+", "", parts[1].strip(), flags=re.IGNORECASE))
        slot = _FIELD_OF.get(word)
        return (slot, right, wrong) if slot else None
    plain = m.group("sep").strip() == "" and not m.group("verdict")
    if word in ("que", "quoi", "o que", "what"):
        if not (m.group("article") and (m.group("verdict") or m.group("change") and m.group("sep").strip())):
            return None
        return "tip_what", m.group("rest").strip(), wrong
    if plain and not (m.group("article") or m.group("order")):
        return None  # "who knows", "when i got there…" (not naming a field)
    slot = _FIELD_OF.get(word)
    rest = m.group("rest").strip()
    if _FINE.fullmatch(normalise(rest).strip(" .!,")):
        return None  # "where is fine", "el donde esta bien": nothing to change (it was read back as "Where: fine")
    if m.group("verdict"):
        rest = _IT_IS.sub("", _MY_MISTAKE.sub("", rest) or rest) or rest
        if re.search(r"incomplet|missing", normalise(m.group("verdict"))):
            wrong = "+"  # "o onde ta incompleto, é no bairro messejana": more of that field, after what it held
            # what is missing, named before it: "the where is missing the name, its Lucky Star Nails on Elm Ave" (read
            # back "Where: the name, its Lucky Star Nails…")
            rest = _IT_IS.sub("", _WHAT_IS_MISSING.sub("", rest)) or rest
    return (slot, rest, wrong) if slot else None


# "8 no 6", "5 not 3", "8 y no son 6": the right number, then the wrong one
_N_NOT_M = re.compile(r"(?<!\d)(?P<right>\d{1,3})\s*,?\s*(?:no|not|nao|não|non|pas|y no)\s+(?:(?:son|eran|are|were|sao"
                      r"|são|sont)\s+)?(?P<wrong>\d{1,3})(?!\d)"
                      # "in the who part, change 24 to 23", "cambia 24 por 23"
                      r"|\b(?:change|changer|cambia|cambiar|muda|mudar|troca|trocar)\s+(?:the\s+|el\s+|le\s+|o\s+)?"
                      r"(?P<wrong2>\d{1,3})\s+(?:to|por|a|en|par|para|pra|pour)\s+(?P<right2>\d{1,3})(?!\d)")
# said around the right number: "elles ont 19 ans", "they are 19", "tienen 19 años", "elas têm 19"
_AROUND_A_NUMBER = frozenset((
    "elles", "ils", "ont", "they", "are", "theyre", "they're", "tienen", "tiene", "son", "elas", "eles", "tem", "têm",
    "sao", "são", "she", "he", "is", "has", "have", "ella", "el", "ela", "ele", "elle", "il", "a", "like", "como",
    "comme", "about", "unos", "unas", "uns", "umas", "environ", "around"))


def _right_in_place_of_the_wrong(answer: Any, wrong: str, right: str) -> str:
    """The answer as it was with the wrong number put right, when the right one says nothing else ("qui c'est pas 16
    ans, elles ont 19 ans" to "3 filles, 16 ans" is "3 filles, 19 ans"; the three were lost); else the right one."""
    old, new = re.findall(r"\d+", wrong), re.findall(r"\d+", right)
    if not isinstance(answer, str) or len(old) != 1 or len(new) != 1:
        return right
    said = set(normalise(wrong).split())
    extra = [w for w in re.findall(r"[^\W\d_]+", normalise(right)) if w not in said and w not in _AROUND_A_NUMBER]
    swapped = _number_swapped(answer, old[0], new[0]) if not extra else None
    return swapped or right


_FINE = re.compile(r"(fine|ok|okay|good|right|correct|ok too|is fine|is ok|is right|esta bien|bien|esta ok|ta bom|ta"
                   r" certo|certo|bom|c'?est bon|bon|correct|juste|c'?est juste|tb|too|also fine|tambien|tambem)")


# where the person lives, said in a correction: "y yo sigo viviendo en pasadena" (it became the place, and the house
# in Sugar Land was lost)
_I_LIVE_THERE = re.compile(r"^\W*((y|and|e|et|pero|but|mais|mas)\s+)?(yo|i|eu|je|moi)?\s*(sigo viviendo|still live|live"
                           r"|vivo|moro|habite|j'?habite|continuo morando|ainda moro|vivo todavia|todavia vivo)\b")


def _only_a_number_changed(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """The second of two corrections changed only numbers in what the first had put right."""
    told = [k for k in after if k != "tip_facts"]
    return bool(told) and all(isinstance(before.get(k), str) and isinstance(after[k], str) and before[k] != after[k]
                              and re.sub(r"\d+", "#", before[k]) == re.sub(r"\d+", "#", after[k]) for k in told)


def _each_clause_its_own_field(turn: Turn, slots: dict[str, Any]) -> dict[str, Any] | None:
    """Two corrections in one message, each of a field of its own: "the when is wrong its since january, and its 8
    men not 6", "it was tuesday and its on pine st not elm" (the first became When whole; the second changed Where
    and lost the day). None unless every clause alone puts right exactly one of where, when and who, and no two the
    same one (signs and the story are put right by their own rules: "she is 17 and not allowed out" is Who)."""
    clauses = [c.strip(" ,") for c in _CLAUSES.split(turn.text) if c and len(c.strip(" ,.").split()) > 1]
    if len(clauses) < 2:
        return None
    changes: dict[str, Any] = {}
    fields: set[str] = set()
    for clause in clauses:
        one = _correction(replace(turn, text=clause), {**slots, **changes}, extract(clause, turn.language))
        put_right = {k for k in one if k != "tip_facts"}
        if len(put_right) != 1 or not put_right <= {"tip_where", "tip_when", "tip_who"} or put_right & fields:
            return None
        fields |= put_right
        changes.update(one)
    return changes


def _correction(turn: Turn, slots: dict[str, Any], found: Extracted, adding: bool = False) -> dict[str, Any]:
    if _I_LIVE_THERE.match(normalise(turn.text)) and not found.means_of_control:
        more = slots.get("tip_more")
        note = turn.text.strip()
        return {"tip_more": note if more in (None, NONE, UNKNOWN) else f"{more} / {note}"}
    each = None if adding else _each_clause_its_own_field(turn, slots)
    if each:
        return each
    named = _field_named_with_the_wrong(turn.text) if not adding else None
    if named and named[1]:
        # the field named, with the first sentence after it; the next sentence is a correction of its own ("el cuando
        # esta mal, es desde abril. y la deuda de la visa no la pusiste")
        slot, said, wrong = named
        pieces = re.split(r"[.;!?]\s+", said, maxsplit=1)
        # a second field named in the same sentence is a correction of its own: "where: Fort Worth, who: 4 women",
        # "el donde esta mal es Fort Worth y el cuando es desde enero" (Where became all of it, and Who stayed 3)
        second = _NEXT_FIELD.search(pieces[0])
        if second and second.start() > 0:
            pieces = [pieces[0][:second.start()], " ".join(
                [pieces[0][second.end():], *pieces[1:]])]
        said, more = without_i_said(pieces[0].strip()) or pieces[0].strip(), pieces[1].strip() if len(
            pieces) > 1 else ""
        earlier = slots.get(slot)
        if wrong == "+":
            right, said, wrong = said, f"{earlier}; {said}" if isinstance(earlier, str) and earlier not in (
                NONE, UNKNOWN) else said, ""
        else:
            right, said = said, _right_in_place_of_the_wrong(earlier, wrong, said) if wrong else said
            swap = None if wrong else _N_NOT_M.search(said)
            swapped = _number_swapped(earlier, swap.group("wrong") or swap.group("wrong2"), swap.group(
                "right") or swap.group("right2")) if swap and isinstance(earlier, str) else None
            if swapped:
                # "quienes: somos 8 no 6, se me olvidaron los 2": the count put right where it was told, with the rest
                # (the whole of Who was replaced, and don Ramiro and the white truck were lost)
                said = f"{swapped}; {said}"
            elif slot == "tip_where" and (street := _street_swapped(said, slots)):
                said = street  # "the place is wrong. its 5th st not main st" (filed with "not main st" in it)
        changes = {slot: said, "tip_facts": merge_facts(slots.get("tip_facts"), extract(
            said if said == right else f"{said}. {right}", turn.language), override=True)}
        if more and not _only_send_it(more):  # ("… ya mandalo": no note of it)
            changes.update(correction(replace(turn, text=more), {**slots, **changes}, extract(more, turn.language)))
        return changes
    as_written = turn.text.strip()
    turned = _right_first(_LEADING_AND.sub("", turn.text.strip()), slots)  # (also "y no es doral es Sweetwater")
    without_no = _after_the_no(turn.text.strip())
    if turned and not _NUMBER_THEN_RIGHT.match(without_no):
        # "no fue en Pasadena, fue en Baytown" is read as "en Baytown not Pasadena" (not "no son 5, son como 8")
        turn, found = replace(turn, text=turned), extract(turned, turn.language)
    text = _without_the_no(turn.text, turn.language)
    text = _CORRECTION_LEAD.sub("", text).strip() or text
    if not text:
        return {}
    before_facts = slots.get("tip_facts") or {}
    had = set(before_facts.get("means_of_control") or ())
    named = take_out.signs_named(text, sorted(had), turn.language) if _asks_to_take_out(normalise(text)) or (
        _SIGN_WRONG.search(normalise(text))) else []
    denied = (denied_signs(as_written, turn.language) & had) | set(named)
    if denied and not adding:
        # "he didnt take their phones actually, just the passports", "no remove physical violence, theres no hitting":
        # that sign leaves what is read back and filed (it stayed, and the words went to "Also"); the words are kept
        # with the signs, for staff. Another sentence in the same message is a correction of its own ("wait it
        # started in march not may. and he dont actually hit them": When stayed May)
        sentences = [p.strip() for p in re.split(r"(?<=[.!?;])\s+|\s+(?:and|y|e|et)\s+(?=(?:he|she|they|el|ella|ele"
                                                  r"|ela|il|elle|also|tambien)\b)", as_written) if p.strip()]
        others = [p for p in sentences if len(sentences) > 1 and not (
            denied_signs(p, turn.language) & had or _asks_to_take_out(normalise(p)) or take_out.signs_named(
                p, sorted(had), turn.language) and _TAKE_OUT_OF_THE_READ_BACK.search(normalise(p)))]
        kept = [m for m in had if m not in denied]
        changes: dict[str, Any] = {"tip_facts": merge_facts({**before_facts, "means_of_control": sorted(kept)},
                                                            extract(" ".join(others), turn.language) if others else
                                                            Extracted()), "tip_control": as_written}
        for other in others:
            more = correction(replace(turn, text=other), {**slots, **changes}, extract(other, turn.language))
            more.pop("tip_control", None) if more.get("tip_control") == other else None
            changes.update({k: v for k, v in more.items() if k != "tip_more" or len(other.split()) > 3})
        changes["tip_control"] = as_written  # (after what was told there: `_keeping_what_was_told`)
        changes["tip_facts"] = {**changes["tip_facts"], "means_of_control": sorted(
            m for m in changes["tip_facts"].get("means_of_control") or () if m not in denied)}
        return changes
    # "5 not 3", "its 4 not 3", "son 4 no 3", "4 women not 3"; and with more after it: "son 4 no 3, y una esta bien
    # chavita como de 15" (Who became the girl alone, and the 4 were lost)
    numbers = _NUMBER_NOT.fullmatch(text)
    rest = ""
    if not numbers:
        lead = re.match(_NUMBER_NOT.pattern.removesuffix(r"\W*") + r"\s*[,.;]\s*(?:(?:y|and|e|et|plus)\s+)?"
                        r"(?P<rest>\S.*)$", text, flags=re.IGNORECASE)
        # "no son 5, son como 8. la mayoria de 20…": the wrong number first, then the right one
        turned = _NUMBER_THEN_RIGHT.match(text) if as_written.strip().lower().startswith(("no", "nao", "não", "non")) \
            else None
        if lead:
            numbers, rest = lead, lead.group("rest")
        elif turned:
            numbers, rest = turned, turned.group("rest").strip(" ,.;")
    if numbers:  # "no son 3, son 5": the one answer that had the 3 (it was kept as a note, and the count stayed 3)
        right, wrong = numbers.group("right"), numbers.group("wrong")
        facts_now, who = slots.get("tip_facts") or {}, slots.get("tip_who")
        if _EVERYONE_COUNTED.search(normalise(text)) or _WE_ARE_COUNTED.search(normalise(text)):
            # "its 3 people not 2", "no son 2, son 3 personas": the count of everyone, never a number inside what was
            # told ("a woman and her 2 kids" became "her 3 kids", in Who and in the story); Who keeps it as said
            changes = {"tip_facts": {**{k: v for k, v in facts_now.items() if k != "people_min"},
                                     "people_count": int(right)}}
            if isinstance(who, str) and who not in (NONE, UNKNOWN):
                changes["tip_who"] = f"{who}; {text.strip()}"
            return changes
        if rest:
            first = _correction(replace(turn, text=f"{right} not {wrong}"), slots, extract(right, turn.language))
            if first:
                return {**first, **_added(turn, {**slots, **first}, extract(rest, turn.language), rest)}
        had = {name: _number_swapped(slots[name], wrong, right) for name in _TOLD_FIELDS
               if isinstance(slots.get(name), str)}
        had = {name: changed for name, changed in had.items() if changed}
        if "tip_who" in had or len(had) == 1:
            name = "tip_who" if "tip_who" in had else next(iter(had))
            changed = had[name]
            facts = merge_facts(slots.get("tip_facts"), extract(changed, turn.language), override=True)
            if name == "tip_who" and str(facts.get("people_count")) == wrong:
                facts["people_count"] = int(right)  # "10 costureiras" to "nao sao 10… uns 12" (a word not counted)
                facts.pop("people_min", None)
            return {name: changed, "tip_facts": facts}
        if str(facts_now.get("people_count")) == wrong:  # the count read from the tip ("hay 3 mujeres…")
            return {"tip_facts": {**{k: v for k, v in facts_now.items() if k != "people_min"},
                                  "people_count": int(right)}}
    loose = None if numbers or len([p for p in _CLAUSES.split(text) if p.strip(" ,.")]) > 1 else (
        _A_NUMBER_NOT.search(text))
    counted = {str(n) for n in (slots.get("tip_facts") or {}).get("ages") or ()} | {
        str((slots.get("tip_facts") or {}).get("people_count"))}
    if loose and loose.group("wrong") not in counted:  # (an age or a count put right: below, with the facts)
        # "el cuarto es 121 no 112": the one answer that had 112 (it was kept as a note, and Where still said 112)
        had = {name: _number_swapped(slots[name], loose.group("wrong"), loose.group("right")) for name in _TOLD_FIELDS
               if isinstance(slots.get(name), str)}
        had = {name: changed for name, changed in had.items() if changed}
        if len(had) == 1:
            return dict(had)
    street = _street_swapped(text, slots) or _street_said(text, slots)
    if street:  # "its on blackstone ave actually not main": the street, in the place as told (the salon was lost)
        return {"tip_where": street, "tip_facts": slots.get("tip_facts") or {}}
    swapped = _word_swapped(text, slots, found)
    if swapped:  # "her name is Ana not Maria": the name, changed where it was told (it was kept as a note)
        return swapped
    # "and she is 45": more; "y no es doral es Sweetwater", "y tiene 55" (after "mi tia, 50"): a correction
    negated = re.search(r"\b(no|not|nao|pas|isn'?t|wasn'?t|era|eran)\b", normalise(text))
    also = _ALSO.search(normalise(text)) or _GOES_ON.match(normalise(text)) and not negated and not (
        _replaces_an_age_or_count(slots, found)) or (
        _YOUNGEST.search(normalise(text)) and not negated and len(_CLAUSES.split(text)) == 1)
    if also and not adding and not _ADDING.match(normalise(text)):
        # "tambien hay un nino como de 12", "there are also 3 women": more people, not other ones (the 4 muchachas
        # and the girl of 15 were replaced)
        rest = re.sub(r"^\W*((oh|ah|and|y|e|et|ok|okay|wait|also|plus|so|se me olvido( decir)?|i forgot( to say)?"
                      r"|forgot to say|esqueci( de falar)?)\W+)+", "", _ALSO.sub(" ", text).strip(" ,."),
                      flags=re.IGNORECASE)
        text = "add " + (rest or text)  # ("oh and there are also 2 kids": "Also: oh", and Who replaced)
    adding = _ADDING.match(normalise(text))
    if adding and not _CLAUSES.search(re.sub(r"\s+(also|tambien|aussi|tambem)\s+", " ", text[adding.end():])):
        # ("add that there are also 3 women": the "also" is no second clause; Who was replaced by the whole request)
        added = text[adding.end():].strip() if normalise(text[:adding.end()]) == adding.group(0) else text
        return _added(turn, slots, found, added)
    if adding and not _ADDING.match(normalise(text)[adding.end():]):
        # "pon el nombre del restaurante, se llama La Carreta, y fue el sabado no el viernes": the first part is added,
        # and a part about another field is a correction of its own (both became the whole message)
        first, *others = [p for p in _CLAUSES.split(text) if p.strip(" ,.")]
        rest_about = [told(p, replace(turn, text=p), extract(p, turn.language)) & set(PLACE_TIME_PEOPLE)
                      for p in others]
        if others and all(rest_about):
            head = text[adding.end():] if normalise(text[:adding.end()]) == adding.group(0) else first
            head = _CLAUSES.split(head, maxsplit=1)[0].strip(" ,.")
            merged = _added(turn, slots, extract(head, turn.language), head) if head else {}
            for part in others:
                part = _CLAUSE_LEAD.sub("", part.strip(" ,."))
                merged.update(correction(replace(turn, text=part), {**slots, **merged}, extract(part, turn.language)))
            return merged
    about = told(_TOLD_TODAY.sub(" ", text), turn, found)  # ("she told me today shes 15" changed When too)
    said_time = _REAL_TIME.search(_RATE.sub(" ", normalise(text)))
    if "tip_when" in about and _ABOUT_PAY.search(normalise(text)) and not said_time:
        # "he does pay them but barely, 100 a week": the signs (it replaced When)
        about = (about - {"tip_when"}) | {"tip_control"}
    if {"tip_when", "tip_who"} <= about and found.people_count and not said_time:
        about = about - {"tip_when"}  # "ahorita somos 7 porque 3 se fueron": how many now (it replaced When too)
    parts = [_CLAUSE_LEAD.sub("", p.strip(" ,.")) for p in _CLAUSES.split(text) if p.strip(" ,.")]
    fields = about & set(PLACE_TIME_PEOPLE)
    if len(parts) > 1 and not adding and (len(fields) > 1 or fields and "tip_control" not in about or any(
            _SWAP.search(part) or _A_NUMBER_NOT.search(part) for part in parts)):
        # "the city is Frisco not Plano, and she is about 40 not 30": each part changes its own field, and a part that
        # fits none is noted as written (the whole sentence was filed as the place, and the age stayed wrong)
        merged: dict[str, Any] = {}
        for part in parts:
            if not _only_send_it(part):  # ("… ok pode mandar": read back again, with no note of it)
                changed = correction(replace(turn, text=part), {**slots, **merged}, extract(part, turn.language))
                for name in PLACE_TIME_PEOPLE:
                    # two parts about the same field add up: "el martes not lunes, hace 3 semanas y sigue"; but "its
                    # 7 men not 6 and the boy is 14" is Who with both numbers put right (it was read back twice,
                    # once with 15 and once with 14)
                    if name in merged and isinstance(changed.get(name), str) and normalise(
                            merged[name]) not in normalise(changed[name]) and not _only_a_number_changed(
                            {name: merged[name]}, {name: changed[name]}):
                        changed[name] = f"{merged[name]}; {changed[name]}"
                merged.update(changed)
        return merged
    if about & set(PLACE_TIME_PEOPLE) == {"tip_where"} and "tip_control" not in about:
        before_facts = slots.get("tip_facts") or {}
        swapped = _place_swapped(slots.get("tip_where"), before_facts, found)
        if swapped:
            return {"tip_where": swapped, "tip_facts": merge_facts(before_facts, found, override=True)}
    value = _FIELD_NAMED.sub("", text).strip() or text  # "el cuando esta mal, es desde abril": "es desde abril"
    changes: dict[str, Any] = {name: value for name in (*PLACE_TIME_PEOPLE, "tip_control")
                               if name in about}
    if "exploitation_type" in about:
        first = _WRONG_FIRST.match(as_written)
        right = extract(first.group("right"), turn.language).exploitation if first else ()
        # "no es trabajo, es prostitucion": the kind said after, not both
        changes["exploitation_type"] = ",".join(sorted(right or found.exploitation))
    else:
        right = ()
    before = slots.get("tip_facts") or {}
    facts = merge_facts(before, found, override=True)
    if right:
        facts["exploitation"] = sorted(right)
    if "exploitation_type" not in changes and _names_a_kind(text):
        # "its sex" or "its sex not work" at the read-back: the kind, corrected (it stayed "other" or "forced work",
        # and the words went to "Also")
        first = _WRONG_FIRST.match(turn.text.strip())  # "no es de trabajo, es sexual": the one after (both were kept)
        named = first.group("right") if first else _NAMED_WRONG.sub("", text) or text
        kind = _exploitation_of(replace(turn, text=named), extract(named, turn.language))
        if kind not in (UNKNOWN, "OtherExploit") and sorted(kind.split(",")) != sorted(before.get("exploitation")
                                                                                       or ()):
            changes["exploitation_type"] = kind
            facts["exploitation"] = sorted(kind.split(","))
    said = normalise(text)
    for name in ("city", "state", "venue"):  # "the farm is in madera not fresno": Fresno is dropped
        if _said_not(said, facts.get(name)) or name == "city" and facts.get("city") and any(
                extract(m.group("x"), turn.language).city == facts["city"]
                for m in _NOT_IN.finditer(as_written)):
            # ("la fabrica esta en vernon no en LA mero": LA is Los Angeles, which stayed)
            facts.pop(name)
            if name == "city" and facts.get("state") == before.get("state") and not found.state:
                facts.pop("state", None)
            changes.setdefault("tip_where", text)  # "it's in smalltown not columbus": the place, as told
    for name in ("city", "state", "venue"):  # read back without the place named as wrong
        if "tip_where" in changes and _said_not(said, before.get(name)):
            changes["tip_where"] = _place_as_corrected(changes["tip_where"], before[name])
    for name in ("tip_when", "tip_who"):  # "there are 5 girls not 3" read back as "there are 5 girls"
        earlier = slots.get(name)
        if name == "tip_who" and name in changes and _EVERYONE_COUNTED.search(said) and isinstance(earlier, str) and (
                earlier not in (NONE, UNKNOWN) and not _EVERYONE_COUNTED.search(normalise(earlier))):
            # "its 3 people not 2" to "a woman and her 2 kids": the count of everyone, beside the answer as told (it
            # became "a woman and her 3 kids")
            changes[name] = f"{earlier}; {text.strip()}"
            continue
        if name in changes and not adding:  # (what is added is added as said: "la mayoria de 20 y una de 15")
            changes[name] = (_swapped_in(changes[name], slots.get(name)) or _age_or_count_swapped(slots.get(name),
                             before, found) or _without_the_wrong(changes[name], slots.get(name)))
    wrong = re.search(_NOT_THERE + r"(?P<x>[\w' .]{1,30}?)[\s.!]*$", changes.get("tip_where") or "", re.IGNORECASE)
    if wrong and before.get("city") and extract(wrong.group("x"), turn.language).city == before["city"]:
        # "actually it was in Tulsa not OKC" (the city was read from "OKC"): read back as "Tulsa"
        changes["tip_where"] = _place_as_corrected(changes["tip_where"], wrong.group("x").strip())
    told_where = (slots.get("tip_where") or "").strip(" .,!")
    if "tip_where" in changes and 0 < len(told_where.split()) <= 4 and _said_not(said, told_where):
        changes["tip_where"] = _place_as_corrected(changes["tip_where"], told_where)  # the answer as told: "orlando"
    if not changes and (found.nothing_more or found.dont_know):
        return {}  # "no, that's all", "no es todo": nothing to change
    if not changes:
        # as written, "no" included: "no es jackson heights, es corona" was noted as "es jackson heights, es corona"
        note = as_written  # (not the words turned round: "Además: 5 not 3" was read back)
        more = slots.get("tip_more")
        changes["tip_more"] = note if more in (None, NONE, UNKNOWN) else f"{more} / {note}"
    changes["tip_facts"] = facts
    return changes


_IN_THE_FIELD = re.compile(r"\s+(in|into|to|under|en|a|dans|em|na|no) (the|la|el|le|o|a) (who|where|when|signs?|quien"
                           r"|quienes|donde|cuando|senales|señales|qui|ou|quand|signes|quem|onde|quando|sinais)"
                           r"( (part|parte|partie|field|line|section|one|bit))?\W*$", re.IGNORECASE)


def _added(turn: Turn, slots: dict[str, Any], found: Extracted, added: str) -> dict[str, Any]:
    """What a read-back correction adds ("add that he has a gun", "tambien hay un nino como de 12"): joined to the
    field it belongs to, after what was told there."""
    added = _IN_THE_FIELD.sub("", added).strip() or added  # "put the 14 yr old in the who part" (read back so)
    # ("there are also 3 women": the "also" splits no clause off; "there are" was noted as a correction of its own)
    plain = re.sub(r"\s+(also|tambien|aussi|tambem)\s+", " ", added)
    changes = correction(replace(turn, text=plain), slots, found, adding=True) if added else {}
    for name in (*PLACE_TIME_PEOPLE, "tip_control"):
        earlier = slots.get(name)
        if name in changes and isinstance(earlier, str) and earlier not in (NONE, UNKNOWN):
            changes[name] = f"{earlier}; {added}"  # kept, with what was added after it
    if "exploitation_type" in changes:  # ("also 2 kids cleaning rooms" adds forced work to what was told)
        earlier_kinds = (slots.get("tip_facts") or {}).get("exploitation") or ()
        kinds = set(changes["exploitation_type"].split(",")) | set(earlier_kinds)
        changes["exploitation_type"] = ",".join(sorted(k for k in kinds if k))
    if "tip_facts" in changes:  # added to, not replaced: "hes 22" is one more age, and the niece is still 16
        more = extract(added, turn.language)
        changes["tip_facts"] = merge_facts(slots.get("tip_facts"), more)
        gender = (slots.get("tip_facts") or {}).get("gender")
        whole = _ALL_OF_THEM.search(normalise(added)) and not _MORE_OF_THEM.search(normalise(added))
        if more.gender and gender and more.gender != gender and not whole:
            changes["tip_facts"]["gender"] = "mixed"  # "there are also 3 women" beside 6 men (it stayed "male")
        had = (slots.get("tip_facts") or {}).get("people_count")
        if "tip_who" in changes and more.people_count and had and _ALL_OF_THEM.search(normalise(added)) and not (
                _MORE_OF_THEM.search(normalise(added))):
            changes["tip_facts"]["people_count"] = more.people_count  # "add that its 7 guys now": 7 (it read 13)
            changes["tip_facts"].pop("people_min", None)
        elif "tip_who" in changes and more.people_count and had:
            changes["tip_facts"]["people_count"] = had + more.people_count  # "there are also 3 women": 8 and 3
            low = (slots.get("tip_facts") or {}).get("people_min") or had
            if low != had or more.people_min:
                changes["tip_facts"]["people_min"] = low + (more.people_min or more.people_count)
    return changes


# a count that is the whole ("add that its 7 guys now", "ahora son 7") or more of them ("there are also 3 women")
_ALL_OF_THEM = re.compile(r"\b(its|it'?s|it is|they'?re|there are|son|ahora son|c'?est|ce sont|ils sont|sao|agora sao"
                          r"|now|ahora|maintenant|agora|in total|en total|au total|total)\b")
_MORE_OF_THEM = re.compile(r"\b(also|more|another|other|others|too|otr[oa]s?|mas|aussi|autres?|d'autres|tambien|tambem"
                           r"|mais|outr[oa]s?|plus)\b")
_NUMBER_NOT = re.compile(r"(?:(?:it'?s|its|it\s+is|it\s+was|they'?re|they\s+were|there\s+are|there\s+were|there'?s"
                         r"|theres|son|eran|fueron|sao|são|eram|foram|c'est|c'[eé]tait|ce\s+sont|ils\s+sont|on\s+est"
                         r"|nous\s+sommes|somos|we\s+are|we'?re)\s+)?(?P<right>\d+)(?:\s+[^\W\d]+){0,2},?\s+(?:not|no|nao"
                         r"|não|pas)\s+(?P<wrong>\d+)"
                         r"(?:\s+[^\W\d]+)?\W*", re.IGNORECASE)
# a number put right anywhere in a sentence: "el cuarto es 121 no 112", "room 214 not 241"
_A_NUMBER_NOT = re.compile(r"\b(?P<right>\d+)\s*,?\s+(?:not|no|nao|não|pas|y no|and not)\s+(?:el |la |the |o |a |le )?"
                           r"(?P<wrong>\d+)\b", re.IGNORECASE)
_NUMBER_THEN_RIGHT = re.compile(
    r"(?:(?:no|nao|não|non|not)\s+)?(?:son|eran|es|its|it'?s|there\s+are|there\s+were|they'?re|sao|são|eram|c'est|ce\s+sont)\s+(?P<wrong>\d+)\s*(?:[,.;…]"
    r"|\.\.\.)+"
    r"\s*(?:(?:uns|umas|unos|unas|like|about|around|environ|more\s+like|mas\s+bien|como)\s+(?=\d)|"
    r"(?:son|eran|es|its|it'?s|there\s+are|there\s+were|they'?re|sao|são|eram|c'est|ce\s+sont|more\s+like"
    r"|mas\s+bien)\s+(?:como\s+|like\s+|about\s+|around\s+|unos\s+|unas\s+|uns\s+|umas\s+|environ\s+)?)"
    r"(?P<right>\d+)(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
# a time in so many words (not "now" alone, nor a rate such as "100 a week")
_RATE = re.compile(r"\b(a|per|each|every|por|a la|al|cada|par|by the) (week|month|day|hour|semana|mes|dia|hora|semaine"
                   r"|mois|jour|heure)\b|\b(weekly|monthly|daily|hourly|semanal|mensual|diario)\b")
_DAY_OR_MONTH = (r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes"
                 r"|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|segunda|terca|quarta|quinta"
                 r"|sexta|january|february|march|april|may|june|july|august|september|october|november|december"
                 r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)")
_REAL_TIME = re.compile(
    r"\b(since|ago|yesterday|today|tonight|last|week|weeks|month|months|year|years|days?|nights?|mornings?|desde|hace"
    r"|ayer|antier|anteayer|anoche|hoy|semanas?|mes|meses|ano|anos|dias?|noches?|manana|tarde|depuis|hier|semaines?"
    r"|mois|ans?|jours?|ontem|noite|started|began|empezo|comenzo|comecou|\d{1,2} ?(am|pm)|\d{1,2}:\d\d)\b|\b"
    + _DAY_OR_MONTH + r"\b")
_ABOUT_PAY = re.compile(r"\b(pay|pays|paid|paying|wages?|salary|sueldo|salario|paga|pagan|pago|pagaba|dinero|money"
                        r"|dollars|dolares|pagam|paie|payent|salaire|cash)\b|\$\d")


# a count of everyone ("its 3 people not 2", "son 5 personas en total"), not of the kind of people an answer named
_EVERYONE_COUNTED = re.compile(r"\b\d+ (people|persons|personas|pessoas|personnes|gente|in total|en total|em total"
                               r"|au total|total|of them|de ellos|de ellas|deles|delas)\b")
# the one writing counted in, in a number put right: "on est 4 pas 3" ("moi et les 3 autres gars" became "les 4 autres
# gars": five people)
_WE_ARE_COUNTED = re.compile(r"\b(on est|nous sommes|on etait|somos|eramos|we are|we'?re|nos somos|a gente e"
                             r"|a gente somos|somos em) \d+ (pas|not|no|nao|y no|e nao) \d+\b")


def _swapped_in(text: str, before: Any) -> str | None:
    """The earlier answer with only the wrong number or day changed ("4 women not 3" to "3 women, one looked maybe
    15": "4 women, one looked maybe 15"; the whole answer was replaced by "its 4 women", and the girl who looked 15
    was lost). None when the correction does not name a number or a day that is in the earlier answer."""
    m = _NAMED_WRONG.search(text)
    if not m or not isinstance(before, str) or before in (NONE, UNKNOWN):
        return None
    wrong, said = m.group("x").strip(), text[:m.start()]
    for kind in (r"\d+", _DAY_OR_MONTH):
        if not re.fullmatch(kind, normalise(wrong)):
            continue
        # the right one, with the word after it ("5 girls"): that word replaces the earlier one's ("3 women")
        right = list(re.finditer(rf"\b(?P<n>{kind})\b(\s+(?P<w>[a-z]+))?", normalise(said)))
        old = list(re.finditer(rf"\b{re.escape(wrong)}\b(\s+(?P<w>\w+))?", before, re.IGNORECASE))
        if not right or len(old) != 1 or normalise(right[-1].group("n")) == normalise(wrong):
            continue
        new, was = right[-1], old[0]
        if kind != r"\d+":
            # a day with its date: "fue el jueves 13 no el viernes" to "el viernes 14" (read back "el jueves 14")
            new_date = re.match(r"\s+(\d{1,2})\b", normalise(said)[new.end("n"):])
            old_date = re.match(r"\s+(\d{1,2})\b", before[was.start() + len(wrong):])
            if new_date and old_date:
                return (before[:was.start()] + new.group("n") + new_date.group(0)
                        + before[was.start() + len(wrong) + old_date.end():])
        end = was.end() if new.group("w") and was.group("w") and new.group("w") != normalise(was.group("w")) else (
            was.start() + len(wrong))
        replacement = new.group(0) if end == was.end() else new.group("n")
        return before[:was.start()] + replacement + before[end:]
    return None


def _replaces_an_age_or_count(slots: dict[str, Any], found: Extracted) -> bool:
    """One age, or a count, said where one was told already ("y tiene 55" after "mi tia, 50"): a change, not more."""
    facts = slots.get("tip_facts") or {}
    one_age = len(found.ages) == 1 and (len(facts.get("ages") or ()) == 1 or len(_ages_told(slots.get("tip_who"),
                                                                                            facts)) == 1)
    return one_age or bool(found.people_count and facts.get("people_count") and not found.ages)


def _ages_told(earlier: Any, facts: dict[str, Any]) -> list[str]:
    """The numbers in an earlier answer that are not its count ("mi tia, 50": 50; "6 guys": none)."""
    if not isinstance(earlier, str):
        return []
    return [n for n in re.findall(r"(?<!\d)\d{1,2}(?!\d)", earlier) if n != str(facts.get("people_count"))]


# "the youngest is 16", "la mas joven tiene 16": one more age, never a change of the count or of another age ("son
# como 25 en total" became "son como 16 en total")
_YOUNGEST = re.compile(r"\b(the )?(youngest|oldest|young one|little one)\b|\b(el|la) (mas )?(joven|chic[oa]|menor"
                       r"|mayor|chiquit[oa])\b|\b(o|a) mais (nov[oa]|velh[oa])\b|\b(le|la) plus (jeune|agee?|vieux)\b")


def _age_or_count_swapped(earlier: Any, facts: dict[str, Any], found: Extracted) -> str | None:
    """ "no, she told me she is actually 16" to "Who: 1 girl around 19": "1 girl around 16" (the whole answer was
    replaced by what the correction said). One age for one age, or one count for another, when the earlier answer
    says it once."""
    if not isinstance(earlier, str) or earlier in (NONE, UNKNOWN):
        return None
    pairs = []
    if len(found.ages) == 1 and len(facts.get("ages") or ()) == 1:
        pairs.append((facts["ages"][0], found.ages[0]))
    elif len(found.ages) == 1 and len(_ages_told(earlier, facts)) == 1:
        pairs.append((_ages_told(earlier, facts)[0], found.ages[0]))  # "mi tia, 50" and "y tiene 55"
    if found.people_count and facts.get("people_count", 1) > 1 and not found.ages:  # (not "1 girl" to "3 girl")
        pairs.append((facts["people_count"], found.people_count))
    for old, new in pairs:
        swapped = _number_swapped(earlier, old, new) if old != new else None
        if swapped:
            return swapped
    return None


def _number_swapped(text: str, old: Any, new: Any) -> str | None:
    """`text` with the number `old` (said once in it, as a whole number) changed to `new`; None when it is not there
    once."""
    where = list(re.finditer(rf"(?<!\d){old}(?!\d)", text))
    if len(where) != 1:
        return None
    start, end = where[0].span()
    # a range the wrong number was part of goes as a whole: "no, 5 not 4" to "3 or 4 girls" is "5 girls" (it read
    # "3 or 5 girls")
    before = re.search(_RANGE_JOIN_BEFORE, text[:start])
    after = re.match(_RANGE_JOIN_AFTER, text[end:])
    start, end = before.start() if before else start, end + after.end() if after else end
    return text[:start] + str(new) + text[end:]


_RANGE_JOIN_BEFORE = r"(?<!\d)\d{1,3} ?(?:-|or|to|o|u|a|ou|et|or maybe|o tal vez|ou talvez) ?$"
_RANGE_JOIN_AFTER = r" ?(?:-|or|to|o|u|a|ou|et|or maybe|o tal vez|ou talvez) ?\d{1,3}(?!\d)"


def _without_the_wrong(text: str, before: Any) -> str:
    """The corrected answer without the earlier one named as wrong ("…5 girls not 3", "el martes no el lunes"), when
    what is named was in that earlier answer (the place has `_place_as_corrected`, with the same cue)."""
    m = _NAMED_WRONG.search(text)
    if not m or not isinstance(before, str):
        return text
    told = set(normalise(before).replace(",", " ").split())
    named = normalise(m.group("x")).split()
    if named and all(word in told for word in named):
        return text[:m.start()].strip(" ,.") or text
    return text


_COPULA = (r"(?:but|pero|sino|mais|mas|it\s+was|it'?s|it\s+is|there\s+(?:were|are)|(?:s?he|they)(?:'?s|'?re|\s+is"
           r"|\s+are|\s+was)|was|is|were|are|fue|fueron|es|son"
           r"|era|eran|est[aá]n?|c'est|c'[eé]tait|ce\s+sont|foi|foram|[eé]|s[aã]o|era|eram|c|cest)")
# the wrong one first, then the right one: "no fue en Pasadena, fue en Baytown", "it wasn't 3, it was 4",
# "not in new york, in boston", "não foi em Campinas, foi em Sumaré", "c'est pas à Laval, c'est à Montréal"
_WRONG_FIRST = re.compile(
    r"^\W*(?:(?:no+|nope|non|n[aã]o)\b[\s,.!:-]+)?(?:(?:it|that)(?:'?s\s+(?=not\b))?\s*|c')?"
    r"(?:(?:was|is|were|are)n'?t|(?:was|is|were|are)\s+not|not|no\s+(?:fue|fueron|es|son|era|eran|est[aá]n?|estaba)"
    r"|n[aã]o\s+(?:foi|foram|[eé]|s[aã]o|era|eram)"
    r"|n'?(?:est|[eé]tait)\s+pas|(?:est|[eé]tait)\s+pas|c\s+pas|cest\s+pas)\s+"
    r"(?:(?:in|at|on|en|em|no|na|a|à|au|el|la|the|le|les)\s+){0,2}"
    r"(?P<wrong>[\w'-]+(?:\s+[\w'-]+){0,3}?)"
    r"(?:\s*[,;.!]+\s*(?:" + _COPULA + r"\s+)*|\s+(?:" + _COPULA + r"\s+)+)"
    r"(?P<right>\w.*?)[\s.!]*$", re.IGNORECASE)
# the free-text answers a correction can name something from
_TOLD_FIELDS = ("tip_what", *PLACE_TIME_PEOPLE, "tip_control")


def _right_first(text: str, slots: dict[str, Any]) -> str | None:
    """ "no fue en Pasadena, fue en Baytown" as "Baytown not Pasadena", the order the corrections are read in; None
    unless what is named as wrong was in an earlier answer (it kept the wrong town: "no" was taken for a plain no, and
    both towns were filed)."""
    m = _WRONG_FIRST.match(text.strip())
    if not m:
        return None
    facts = slots.get("tip_facts") or {}
    state_names = places.names_of_state(facts["state"]) if facts.get("state") else ()  # "c pas le Massachusetts"
    earlier = " ".join(normalise(str(v)) for v in (*(slots.get(name) for name in _TOLD_FIELDS),
                                                    *(facts.get(name) for name in ("city", "state", "venue")),
                                                    *state_names)
                       if isinstance(v, str))
    wrong, right = m.group("wrong"), m.group("right")
    if normalise(wrong).strip() in _NOT_SWAPPED:
        return right  # "c pas ca, on est 4…": only what is right (it was read back as "on est 4… not ca")
    # the right one is its first clause; what follows is more ("no fue el lunes fue el martes, hace 3 semanas y sigue"
    # was read as "sigue not lunes", and When became "desde el sigue")
    head = re.split(r"\s*[,;.]\s+|\s+(?:y|and|e|et)\s+(?=\D)", right, maxsplit=1)
    rest = head[1].strip() if len(head) > 1 else ""
    found_in_rest = extract(rest, None) if rest else None
    if rest and not (found_in_rest.city or found_in_rest.state or found_in_rest.country):
        # (not "le New Hampshire, Nashua": a place, then the town in it)
        right, then = head[0], f". {rest}"
    else:
        then = ""
    if not set(normalise(wrong).split()) <= set(re.findall(r"[\w'-]+", earlier)):
        return None
    number = re.fullmatch(r"(\d+)\s+(.+)", wrong)
    if number and re.fullmatch(r"\d+", right):
        wrong, right = number.group(1), f"{right} {number.group(2)}"  # "it wasn't 3 women, it was 4": 4 women not 3
    said, named = re.findall(r"\d+", right), re.findall(r"\d+", wrong)
    if len(said) == len(named) == 1 and re.fullmatch(r"(\w+\s+)?\d+", wrong) and re.fullmatch(r"(\w+\s+)?\d+", right):
        wrong, right = named[0], said[0]  # "no es de 15, es de 14": 14 not 15
    return f"{right} not {wrong}{then}"


# "Ana not Maria", "se llama Ana, no Maria", "Ana instead of Maria": one word for another (on the text as written)
_SWAP = re.compile(r"(?:^|\s)(?P<right>[^\W\d_][\w'-]*)\s*,?\s+(?:not|no|nao|não|pas|instead of|rather than|en vez de"
                   r"|em vez de|au lieu de)\s+(?:(?:el|la|the|a|o)\s+)?(?P<wrong>[^\W\d_][\w'-]*)[\s.!]*$",
                   re.IGNORECASE)


_NOT_SWAPPED = frozenset({"no", "not", "yes", "yeah", "si", "sim", "oui", "non", "nao", "really", "just", "only", "now",
                          "yet", "it", "is", "its", "es", "era", "was", "e", "that", "this", "eso", "esto", "isso",
                          "sure", "ok", "okay", "all", "todo", "tudo", "me", "yo", "eu", "him", "her", "them",
                          # "c pas ca, on est 4…" replaced every "ca" of the tip with "ans"
                          "ca", "cela", "ceci", "le", "la", "les", "lo", "isto", "aquilo", "aquello", "ello", "ans",
                          "bien", "bon", "vrai", "cierto", "certo", "right", "correct", "exactly", "asi", "assim"})


# "the street is Grand Blvd near 39th", "y la calle es 43rd Ave, no 35th, me confundi": the street, at the read-back
_THE_STREET_IS = re.compile(
    r"^\W*((and|y|e|et|also|tambien|oh|ah|ay|no|sorry|perdon)\W+)*(the street( name)? is|the street'?s|its on|it'?s on"
    r"|la calle es|la calle se llama|a rua e|a rua eh|la rue c'?est|la rue est)\s+(?P<street>[^,;]+?)"
    r"(\s*,?\s*(not|no|nao|pas)\s+[^,;]+)?(\s*,?\s*(me confundi|sorry|my bad|perdon|desculpa|pardon|oops))?\W*$",
    re.IGNORECASE)
_STREET_KINDS = "|".join(("st", "street", "ave", "avenue", "blvd", "boulevard", "rd", "road", "dr", "drive", "ln",
                          "lane", "way", "ct", "court", "hwy", "highway", "pkwy"))
# the street in a place as told: after on/en/na/sur first ("Lucky Star Nails on Grand Ave"), else any
_A_STREET_IN = (re.compile(r"\b(on|en|en la|na|sur|at)\s+(\d+\s+)?([A-Za-z0-9'-]+\s+){1,3}?(" + _STREET_KINDS
                           + r")\b\.?|\b(calle|avenida|rua|rue)\s+[^,;]+", re.IGNORECASE),
                re.compile(r"\b(\d+\s+)?([A-Za-z0-9'-]+\s+){1,2}?(" + _STREET_KINDS + r")\b\.?", re.IGNORECASE))


def _street_said(text: str, slots: dict[str, Any]) -> str | None:
    """The place as told with the street put right or added: "Lucky Star Nails on Grand Ave, Kansas City" and "the
    street is Grand Blvd near 39th" read back "Lucky Star Nails on Grand Blvd near 39th, Kansas City" (the whole place
    became "the street is Grand Blvd near 39th", and the salon's name was lost)."""
    where = slots.get("tip_where")
    m = _THE_STREET_IS.match(text.strip())
    if not m or not isinstance(where, str) or where in (NONE, UNKNOWN):
        return None
    street = m.group("street").strip()
    old = _A_STREET_IN[0].search(where) or _A_STREET_IN[1].search(where)
    if old is None:
        return f"{where}, {street}"
    lead = re.match(r"(on|en|en la|na|sur|at)\s+", old.group(0), re.IGNORECASE)
    return where[:old.start()] + (lead.group(0) if lead else "") + street + where[old.end():]


def _street_swapped(text: str, slots: dict[str, Any]) -> str | None:
    """The place as told with its street changed: "nail salon on main st in Fresno" and "its on blackstone ave actually
    not main" read back "nail salon on blackstone ave in Fresno"; None when the street said to be wrong is not in it."""
    where = slots.get("tip_where")
    m = _STREET_SWAP.search(text)
    if not m:
        return None
    right = re.sub(r"^(?:(?:its|it's|it\s+is|on|en|in|at|the)\s+)+", "", m.group("right"), flags=re.IGNORECASE)
    if where in (None, "") and right:
        # the place came with the story, never asked for ("Lucky Nails on main st in dayton"): the street said right
        # stands in for the one said wrong there, or alone ("its 5th st not main st" was filed as "5th st not main st")
        told = place_in_story(slots)
        wrong = re.compile(rf"(?<![\w'-]){re.escape(m.group('wrong'))}(?:\s+(?:{_STREET_WORDS})\b\.?)?", re.IGNORECASE)
        return wrong.sub(right, told, count=1) if told and wrong.search(told) else right
    if not isinstance(where, str) or where in (NONE, UNKNOWN):
        return None
    wrong = re.compile(rf"(?<![\w'-]){re.escape(m.group('wrong'))}(?:\s+(?:{_STREET_WORDS})\b\.?)?", re.IGNORECASE)
    return wrong.sub(right, where, count=1) if wrong.search(where) and right else None


def _word_swapped(text: str, slots: dict[str, Any], found: Extracted) -> dict[str, Any] | None:
    """ "her name is Ana not Maria", "the truck is white not black": the one word named as wrong, changed in each
    answer that has it; None when it is in none, or when it is a place, a number or a kind (their own rules apply)."""
    m = _SWAP.search(text)
    if not m or found.city or found.state or found.venue or _names_a_kind(text):
        return None
    right, wrong = m.group("right"), m.group("wrong")
    if normalise(right) == normalise(wrong) or {normalise(right), normalise(wrong)} & _NOT_SWAPPED:
        return None  # "no not really", "yes not now": no word was wrong
    pattern = re.compile(rf"(?<![\w'-]){re.escape(wrong)}(?![\w'-])", re.IGNORECASE)
    if pattern.search(slots.get("tip_where") or ""):
        return None  # a place: "it's in smallville not columbus" has its own rules, and the facts change with it
    changes = {name: pattern.sub(right, slots[name]) for name in (*_TOLD_FIELDS, "tip_more")
               if isinstance(slots.get(name), str) and slots[name] not in (NONE, UNKNOWN)
               and pattern.search(slots[name])}
    return {**changes, "tip_facts": slots.get("tip_facts") or {}} if changes else None


def _said_not(said: str, value: Any) -> bool:
    """The correction (`said`, normalised) names the old value as wrong: "not fresno", "no era en Fresno"."""
    if not isinstance(value, str) or not value:
        return False
    name = re.escape(normalise(value))
    return bool(re.search(rf"\b(not|no|nope|isn't|wasn't|instead of|rather than|en vez de|ni|pas|non|nao|era)\s+"
                          rf"((in|at|en|a|an|em|no|na|el|la|un|una|um|uma|une|the)\s+){{0,2}}{name}\b", said))


# "no en LA mero", "not in okc": the place said to be wrong, with its preposition (read as a place with it)
_NOT_IN = re.compile(r"\b(?:not|no|nope|isn'?t|wasn'?t|instead of|rather than|en vez de|ni|pas|non|nao|não)\s+"
                     r"(?P<x>(?:(?:in|at|en|a|em|no|na|à|au|dans)\s+)?[\w']+(?: [\w']+)?)", re.IGNORECASE)
_NOT_THERE = r"\s*,?\s*(\b(but|pero|mais|mas|y|and)\s+)?\b(not|no|nope|isn't|wasn't|instead of|rather than|" \
    r"en vez de|ni|pas|non|nao|não|era)\s+((in|at|en|a|an|em|no|na|el|la|un|una|um|uma|une|the|à)\s+){0,2}"
# "…5 girls not 3", "el martes no el lunes": what is named as wrong, at the end of a correction
_NAMED_WRONG = re.compile(_NOT_THERE + r"(?P<x>[\w' ]{1,20}?)[\s.!]*$", re.IGNORECASE)
_PLACE_LEAD = re.compile(r"^(it was|it's|its|it is|was|is|fue|era|es|está|esta|c'était|c'etait|c'est|c était|c etait"
                         r"|c est|cest|foi|é|e)?\s*"
                         r"(in|at|en|a|em|no|na|à|au|dans)?\s+", re.IGNORECASE)


def _place_swapped(earlier: Any, before: dict[str, Any], found: Extracted) -> str | None:
    """The earlier answer with only its town or state changed: "in Austin, TX, on elm street" and "no the city is round
    rock not austin" read back "in Round Rock, TX, on elm street" (it was "the city is Round Rock", the street lost);
    None when the town or state named as wrong is not written in it."""
    if not isinstance(earlier, str) or earlier in (NONE, UNKNOWN):
        return None
    changed = earlier
    if found.city and before.get("city") and found.city != before["city"]:
        changed = re.sub(rf"\b{re.escape(before['city'])}\b", found.city, changed, count=1, flags=re.IGNORECASE)
    if found.state_said and found.state and before.get("state") and found.state != before["state"]:
        for name in places.names_of_state(before["state"]):
            flags = 0 if name == before["state"] else re.IGNORECASE  # the code in capitals only ("MA", not "ma")
            swapped = re.sub(rf"\b{re.escape(name)}\b", found.state, changed, count=1, flags=flags)
            if swapped != changed:
                changed = swapped
                break
        else:
            if found.city and changed != earlier:
                changed = f"{changed}, {found.state}"
    return changed if changed != earlier else None


def _place_as_corrected(text: str, wrong: str) -> str:
    """ "fue en Pasadena no en Houston" read back as "Pasadena": the place told, without the one named as wrong."""
    kept = re.sub(_NOT_THERE + re.escape(wrong) + r"\b[\s,.!]*", " ", text, flags=re.IGNORECASE).strip(" ,.!")
    kept = _PLACE_LEAD.sub("", " " + kept if not _PLACE_LEAD.match(kept) else kept).strip(" ,.!")
    return kept or text


# The "no" that opens a correction ("no, it was tuesday", "no en LA, en Houston"), not the one that negates what follows
# ("no es trabajo forzado, nadie me obligó" was filed as "es trabajo forzado…"; "no one forced me")
_NO_THEN = re.compile(r"^\W*(no+|nope|non|nao|não)\b\s*(?P<mark>[,.!:;-]+)?\s*(?P<next>[\w']*)", re.IGNORECASE)
_NOT_NEGATED = frozenset("el la los las un una unos unas en de del o a os as um uma no na em do da para pra mi my its"
                         " it's it the that this eso esa ese isso essa esse c'est ce cest era".split())
_NO_NOUN = frozenset("one body more longer way matter problem".split())


def _after_the_no(text: str) -> str:
    """The text after a leading no, whatever that no does."""
    m = _NO_THEN.match(text)
    return text[m.start("next"):].strip() if m else text.strip()


def _without_the_no(text: str, language: str | None) -> str:
    """The text without the no that opens a correction; with the no that negates what follows."""
    m = _NO_THEN.match(text)
    after = m.group("next").lower() if m else ""
    if m and after and not m.group("mark"):
        said_again = re.search(rf"[,.;]?\s+{re.escape(after)}\b", text[m.end("next"):], flags=re.IGNORECASE)
        if (language in ("es", "pt") and after not in _NOT_NEGATED and not said_again) or after in _NO_NOUN:
            return text.strip()  # the no belongs to the sentence ("no son 3, son 5" says it again: a correction)
    return _after_the_no(text)


_NO_LEAD = re.compile(r"^\W*(no+|nope|non|nao|não)\b[\s,.!:-]+(?=\w)", re.IGNORECASE)


def _corrects_an_answer(text: str, slots: dict[str, Any], about: frozenset[str]) -> bool:
    """ "no, son como 40 mujeres" to "anything else?": a where, when or who told before is corrected (it was filed
    as something more, and the read-back kept the old number)."""
    if not _NO_LEAD.match(text):
        return False
    facts = slots.get("tip_facts") or {}
    known = {"tip_where": slots.get("tip_where") or facts.get("city") or facts.get("state") or facts.get("venue"),
             "tip_when": slots.get("tip_when") or facts.get("ongoing") is not None,
             "tip_who": slots.get("tip_who") or facts.get("people_count") or facts.get("ages")}
    return any(known[name] for name in about & set(PLACE_TIME_PEOPLE))


def _says_a_place_was_wrong(text: str, slots: dict[str, Any]) -> bool:
    """ "No, fue en Pasadena no en Houston" to a later question: the place told before is named as wrong."""
    facts, said = slots.get("tip_facts") or {}, normalise(text)
    return any(_said_not(said, facts.get(name)) for name in ("city", "state", "venue"))


_NOT_KNOWN = re.compile(r"^\W*(no (se|sabemos|lo se|sabria|tengo idea)|nao (sei|sabemos)|ni idea|je (ne )?sais pas)"
                        r"\W+(cuando|como|donde|quien|cuantos|cuantas|si|quando|onde|quem|se|quand|ou|qui|combien)\b")
_UNSURE_IF_SAFE = re.compile(r"^\W*((m+|hm+|um+|eh+|pues|este|hmm+)\W+)?(i'?m |im )?(not sure|unsure|idk|i don'?t know"
                             r"|i dont know|dunno|no se|nose"
                             r"|no sé|ni se|nao sei|sei la|je (ne )?sais pas|chais pas|maybe|tal vez|quizas|talvez"
                             r"|peut-etre)( (if|si|se) (its|it's|it is|es|esta|e|c'est) (safe|seguro|sure|sur))?"
                             r"( \w+| la (vdd|verdad|neta)| de verdad| honestly| tbh)?\W*$")
_EXPECTING = {"privacy_level": "privacy", "tip_when": "when"}  # what a bare answer is read as ("2 years": a time)


# the person, as the one in control calls them
_THEIRS = (r"girl|wife|maid|nanny|girlfriend|housekeeper|worker|employee|daughter|son|kid|child|sister|niece|woman"
           r"|husband|boyfriend|hija|hijo|esposa|mujer|vieja|morra|trabajadora|empleada|muchacha|novia|filha|filho"
           r"|mulher|namorada|funcionaria|empregada|fille|fils|femme|copine|bonne")
# someone else holding the person's phone and writing: "why my worker texting you", "what did she tell you", "quien
# eres y por que mi trabajadora te escribe", "o que ela te falou"
_SOMEONE_ELSE_WRITES = re.compile(
    r"\bwhy (is )?(my|our) (worker|employee|girl|wife|maid|nanny|girlfriend|housekeeper)( \w+)? (texting|writing"
    r"|talking|messaging|chatting)\b|\bwhat (did )?(she|he) (tell|told|say|said|write|wrote) (to )?(you|u)\b"
    r"|\b(que|q) (te|les) (dijo|conto|escribio) (ella|el|esa|ese)\b|\bpor (que|q) (mi|nuestra) (trabajadora|empleada"
    r"|muchacha|esposa|mujer|chacha)( \w+)? (te|les) (escribe|escribio|esta escribiendo|habla)\b"
    r"|\bo (que|q) (ela|ele) (te|lhe) (falou|disse|contou|escreveu)\b"
    r"|\bqu'?est-ce qu'?(elle|il) (t'a|vous a) (dit|ecrit)\b"
    # "who is this. why is she texting u", "whats this number? my wife keeps texting it", "quem é vc? pq a joana ta
    # mandando msg pra esse numero??" (each got who we are, then the privacy menu)
    r"|\bwhy (is|does|do|did) (she|he|they|my \w+|the \w+)( keep)? (text|texting|write|writing|message|messaging|call"
    r"|calling|talk|talking) (to )?(you|u|this|it|here|ya)\b"
    r"|\b(my|our) (wife|worker|employee|girl|maid|nanny|girlfriend|housekeeper|daughter|son|husband|boyfriend)( \w+)?"
    r" (keeps|kept|has been|is|was) (texting|writing|messaging|calling) (it|this|this number|you|u|here)\b"
    r"|\bwhats this number\b[^.!?]{0,40}\b(my|our|she|he)\b"
    r"|\bpor (que|q) (ella|el) (te|les) (escribe|esta escribiendo|manda|mando|manda mensajes|habla)\b"
    r"|\b(que|q) numero es este\b|\bde quien es este numero\b"
    r"|\b(por que|pq|porque|por q) (a|o|ela|ele) ?\w* (ta|esta|tava|estava|fica) (te |lhe )?(mandando|escrevendo"
    r"|falando)( \w+)? (msg|mensagem|mensagens|com) ?(pra|para|com)? ?(esse|este|vc|voce|voces|vcs)\b"
    r"|\bque numero (e|eh) esse\b"
    r"|\bpourquoi (elle|il) (t'|vous |te |vous a |t'a )?(ecrit|envoie|parle|ecrivait)\b|\bc'?est quoi ce numero\b"
    # second round: "quien es usted? xq la karla le manda mensajes a este numero", "quien habla? pq mi vieja le esta
    # escribiendo a este numero", "con quien anda chateando la dulce", "hey whos on this line? rosa been on this phone
    # all nite talkin to u", "q le andas diciendo a esta gente", "911?? what team. who is this"
    r"|\b(xq|pq|por ?que|porque|por q) (la|el|mi|esta|este) ?\w* (le |te |les )?(manda|mando|esta mandando"
    r"|anda mandando|escribe|esta escribiendo|anda escribiendo|anda chateando|esta chateando|habla)( \w+)? (a |con"
    r" |pa |para )?(este numero|ustedes|usted|ti|aqui)\b"
    r"|\bcon quien (anda|esta|estas|andas) (chateando|hablando|escribiendo\w*|mensajeando\w*)\b"
    r"|\b(que|q) es esta (pagina|app|aplicacion|linea)\b"
    r"|\bwho'?s (on this|this on the) (line|number|phone|chat)\b"
    r"|\b(been|has been|keeps|always) (on this phone|texting (you|u|this)|talking to (you|u)|talkin to (you|u))\b"
    r"|\b(que|q) (le |les )?(andas|anda|estas|esta) diciendo a (esta gente|estos|esa gente|ellos|ustedes)\b"
    r"|(^|[.?!]\s*)\W*(who (is|s) this|whos this|who dis|what (is|s) this number|whats this number|quien (es|habla))"
    r"\W*$"
    # third round: "who is this. why is this number texting her", "why are u texting my girl", "what report. what is
    # her name", "quien eres? porque le escribes a esta muchacha" (each got who we are, and the summary so far)
    r"|\bwhy (is|does|do) (this|that|your) (number|phone|line|account) (keep )?(text|texting|write|writing|message"
    r"|messaging|call|calling|talk|talking) (to )?(her|him|my|them)\b"
    r"|\bwhy (are |r |do |did )?(you|u|ya|y'?all) (keep )?(text|texting|write|writing|message|messaging|call|calling"
    r"|talk|talking) (to )?(her|him|my (girl|wife|worker|woman|employee|daughter|girlfriend|maid|nanny|guy|man))\b"
    r"|\bwhat report\b[^!?]{0,30}\b(her|his) name\b|\bwhat (is|s) (her|his) name\b[^!?]{0,20}\bwhat report\b"
    r"|\b(por ?que|porque|xq|pq|por q) (le|les) (escribes|escribe|escriben|mandas|manda|mandan|hablas|habla)"
    r"( mensajes)? a (esta|esa|mi|la) (muchacha|chava|mujer|trabajadora|empleada|esposa|vieja|morra|nina|hija)\b"
    r"|\b(por que|porque|pq|por q) (vc|voce|vcs|voces) (ta|esta|estao|tao|fica) (mandando|escrevendo|falando)"
    r"( \w+)? (pra|para|com) (ela|ele|minha|meu)\b"
    r"|\bpourquoi (vous|tu) (lui|leur) (ecrivez|ecris|envoyez|envoies|parlez|parles)\b"
    # "quem é voce? por que ta mandando mensagem pra ele? que denuncia é essa" (it read back the signs to him)
    r"|\b(por que|porque|pq|por q) (vc |voce |vcs |voces )?(ta|esta|estao|tao|fica) (mandando|escrevendo|falando)"
    r"( \w+)? (pra|para|com) (ela|ele)\b|\b(que|qual|q) (denuncia|reporte|report|relatorio) (e|eh|es|is) (essa|esa|este"
    r"|esse|this|that)\b|\bwhat report is (this|that)\b|\b(qual|cual) (o |el )?nome? (de|da|do) quem (te )?(escreveu"
    r"|escribio)\b|\bqual o nome de quem\b"
    # fourth round: "why the fuck is my girl texting this number. answer me", "who is this. why is my daughter on this
    # website", "por que mi hija esta en esta pagina" (each got who we are)
    r"|\bwhy (the fuck |tf |the hell |in the hell )?(is|does|do|did|are|r|would) (my|our) (" + _THEIRS + r")( \w+)?"
    r" (be )?((texting|writing|talking|messaging|chatting|calling) (to )?(this|that|these|you|u|ya|here|y'?all|your)"
    r"|(on|using|been on) (this|your) (website|site|page|chat|app|number|line))\b"
    r"|\b(por ?que|porque|xq|pq|por q|que hace) (mi|nuestra|nuestro|minha|meu|a minha|o meu) (" + _THEIRS + r")"
    r"( \w+)? (esta |anda |ta |fica |hace )?(en (esta|este)|aqui en (esta|este)|nesse|neste|nessa|nesta"
    r"|em (esse|este|essa|esta)) (pagina|sitio|site|chat|app|numero|linea)\b"
    r"|\bpourquoi (ma|mon|notre) (" + _THEIRS + r")( \w+)? (est|ecrit|parle) (sur|a|avec) (ce|cette|vous)\b"
    # "quien es este numero? q quieren con mi vieja", "cest quoi ce site la? qui parle? rosalie a pas le droit d etre
    # sur lordi" (each got who we are, and the second the read-back of her whole report)
    r"|\bquien es (este|ese) numero\b|\b(q|que) (quieren|quiere|quieres|buscan|busca) con (mi|mis) (" + _THEIRS + r")\b"
    r"|\bc'?est quoi ce site\b|\bqui parle\b|\b(a|as|ont) pas le droit d'? ?(etre|ecrire|aller)\b"
    r"|\bque site (e|eh) esse\b|\bquem (ta|esta) falando\b"
    # "quien eres tu? por que te escribe ella" (before filing, it got the 911 line; then "dame el codigo" was told all
    # she sent was kept)
    r"|\b(por que|por q|porque|porq|xq) (te|les|le) (escribe|escribio|manda|mando|habla|hablo|esta escribiendo)"
    r" (ella|el|esta|este|mi|la)\b|\bpq (te|lhe) (escreve|manda mensagem|fala) (ela|ele|a minha|o meu)\b"
    r"|\bpourquoi (elle|il) (t'|vous )ecri"
    # after filing: "who gave u my number", "que es esto. a quien le estas contando de mi" (each got who we are)
    r"|\bwho gave (you|u|ya|y'?all) (my|this|her|his) (number|phone|cell)\b|\bhow did (you|u) get (my|this|her|his)"
    r" (number|phone)\b|\bquien (te|les) dio (mi|este|su) (numero|cel|celular)\b|\bquem (te|lhe|te) deu (meu|esse"
    r"|o) (numero|celular)\b|\bqui vous a donne (mon|ce) numero\b"
    r"|\b(a|con) quien (le |les )?(estas|esta|andas|anda) (contando|diciendo|hablando)\b[^.!?]{0,15}\b(de mi|mis"
    r" cosas|cosas)\b|\ba quien le (cuentas|contaste|dijiste) (de mi|mis cosas)\b")


# "sin mi número", "without my name", "anonymous", "sem meu nome": the contact left out of what is sent
_WITHOUT_MY_CONTACT = re.compile(r"\b(sin|without|w/?o|sem|sans) (mi|my|meu|minha|mon|ma|mes|mis|meus|el|the|o|le)"
                                 r" (numero|number|telefono|phone|cel|celular|nombre|name|contact\w*|datos|dados"
                                 r"|contato|nom|coordonnees|telefone|nome)\b|\b(anonimo|anonima|anonymous|anonymously|anonyme"
                                 r"|anonimamente)\b")


def someone_else_writes(text: str) -> bool:
    """ "who is this. why is this number texting her": the one in control holds the phone."""
    return bool(_SOMEONE_ELSE_WRITES.search(normalise(text)))


def asks_who_we_are(text: str) -> bool:
    """ "what is this number? who r u", "que es esto": who we are asked, in few words (on a phone the one in control
    reads, it is not told: `bot/actions/tip.py`)."""
    said = normalise(text)
    return is_question(text) and len(_WORD.findall(text)) <= 10 and _names_topic("utter_who_we_are", said) or bool(
        _WHAT_IS_THIS.search(said))


_WHAT_IS_THIS = re.compile(r"\b(what|who) (is|s|r|are) (this|that|u|you|ya)\b"
                           r"|\b(que|q) es esto\b(?! (es|son) (la|el|de la) (migra|ice|inmigracion|policia))"
                           r"|\bqu'?est-ce que c'?est\b|\bo (que|q) e isso\b")


def back_again(text: str) -> bool:
    """ "its me again, he left", "ya soy yo": the person, after the one in control wrote from her phone."""
    return can_talk_now(text) or bool(_BACK_AGAIN.search(normalise(text)))


# someone who tells of others at work: "ER nurse at Mercy General. pt is a 16yo girl… hes in the waiting room right
# now" (the man near is near the patient, not reading the nurse's phone)
_AT_WORK_FOR_OTHERS = re.compile(
    r"\b(i'?m|im|i am|as|soy|sou|je suis)( an?| the| una?| um| uma| une?)? (er |icu |school |hotel |front desk |night "
    r"|case |home health |labou?r |)?(nurse|doctor|physician|teacher|counsell?or|social worker|case ?worker|pastor"
    r"|priest|officer|inspector|manager|clerk|paramedic|emt|therapist|principal|advocate|enfermer[ao]|doctora|medic[ao]"
    r"|maestr[ao]|profesor[a]?|consejer[ao]|trabajador[a]? social|pastora?|enfermeir[ao]|professor[a]?|assistente"
    r" social|infirmier(e)?|enseignante?|travailleu(r|se) social(e)?)\b"
    r"|^\W*(er|icu|school|hotel|front desk|night) (nurse|counsell?or|manager|clerk|doctor)\b"
    r"|\b(pt|my patient|the patient|a patient|my student|mi alumn[ao]|mi paciente|la paciente|el paciente|ma patiente"
    r"|minha paciente|a paciente)\b")


def watched_is_someone_elses(turn: Turn, slots: dict[str, Any]) -> bool:
    """The man said to be near is near the person a professional tells of, not near the one writing ("El está en la
    sala de espera ahora mismo", from a nurse, got "Ok. Escribe cuando quieras."). Not for every report of others: a
    worker telling of her coworkers may be watched herself ("no puedo hablar mucho, el esta cerca")."""
    told = f"{slots.get('tip_what') or ''} {turn.text}"
    return bool(_AT_WORK_FOR_OTHERS.search(normalise(told))) and not phone_checked(turn.text)


def step(turn: Turn, slots: dict[str, Any]) -> Step:
    """One user message while the intake is open (asked is None when the form is just opening)."""
    turn = replace(turn, text=without_passphrases(turn.text))  # (never read back or filed)
    if turn.watched and watched_is_someone_elses(turn, slots):
        turn = replace(turn, watched=False)
    if slots.get("paused") and slots.get("requested_slot") not in (None, "safe_to_talk"):
        # paused, what stands is whether it is safe to write now, whatever was asked before (paused in danger at the
        # read-back, "ok. what else do u need" after staff handed the chat back got "OK, let's go on." and nothing)
        slots = {**slots, "requested_slot": "safe_to_talk"}
    got = _one_message(turn, slots)
    facts = {**(slots.get("tip_facts") or {}), **(got.slots.get("tip_facts") or {})}
    if _PAPERS_KEPT_OK.search(normalise(turn.text)) and "utter_papers_not_normal" not in got.say and not (
            turn.watched or turn.danger or got.hand_over or got.steps_aside):
        # (the papers told as the answer to the signs question: the question with them went unanswered)
        got = replace(got, say=["utter_papers_not_normal", *(r for r in got.say if r != "utter_offer_warning_signs")])
    if slots.get("requested_slot") == "safe_to_talk" and got.slots.get("safe_to_talk") is True and got.slots.get(
            "tip_what") and not_safe_now(turn.text.split(".")[0]) and not (turn.danger or got.hand_over):
        # "no its not safe really. i work at a restaurant and they keep my money…": what they told is kept, and the
        # chat pauses as for a no (it went on to "is this about you?" and the menus)
        got = replace(got, slots={**got.slots, **paused(turn, facts).slots}, say=[_how_to_hide(turn)])
    yes = _YES_THEN_ASKS.match(normalise(turn.text)) if slots.get("requested_slot") == "tip_confirmed" else None
    if yes and is_question(turn.text[yes.end():]) and got.say and "tip_confirmed" not in got.slots and not (
            set(got.slots) - {"tip_facts"} or got.steps_aside or got.hand_over or got.quiet or turn.watched):
        # "yes. what happens now?", "yes thats right. will someone call me?": sent, and the question answered (it was
        # answered, and the read-back stood unsent)
        got = replace(got, slots={**got.slots, "tip_confirmed": True}, say=[
            "utter_what_happens_next" if r == "utter_what_happens_after_report" else r for r in got.say])
    # (also the question that ends a long story: "…with sex. is that even like. trafficking or whatever"; read only
    # when a child traded for sex is told of)
    if facts.get("minor") and "SexualExploit" in (facts.get("exploitation") or ()) and not (
            got.steps_aside or got.quiet or "utter_yes_trafficking_minor" in got.say) and (
            asks_what_trafficking_is(turn.text) or _WHAT_TRAFFICKING_IS.search(normalise(turn.text)[-50:])):
        # the question asked with the tip, by a child traded for sex: answered first ("im 16… i gotta pay rent… with
        # sex. is that even like. trafficking" was taken as the tip, and "u didnt answer my question tho" came next)
        got = replace(got, say=["utter_yes_trafficking_minor", *(r for r in got.say if r not in (
            "utter_what_trafficking_is", "utter_probably_not_trafficking"))])
    if (turn.danger or facts.get("danger")) and slots.get("tip_where") is None and "tip_where" not in got.slots and (
            not got.steps_aside and not got.quiet):
        # in danger now, the place told with it is where: "…she not waking up we r at motel 6 on airport blvd", then
        # "i said motel 6 airport blvd room 112!!" (it asked "Where is this happening right now?" four times)
        where = where_in(without_i_said(turn.text) or turn.text)
        if where:
            got = replace(got, slots={**got.slots, "tip_where": where})
    said = normalise(turn.text)
    if facts.get("overdose") and _SLEEP.search(said) and "utter_overdose_what_to_do" not in got.say:
        return Step(slots={k: v for k, v in got.slots.items() if k not in ORDER}, say=["utter_overdose_what_to_do"])
    if set(got.say) & {"utter_danger_what_to_do", "utter_medical_what_to_do"} and (
            overdose_told(said, {"self_harm"} if facts.get("self_harm") else ()) or facts.get("overdose")
            and _SLEEP.search(said)):
        # "its too late i already took a bunch of my moms pills… i just feel sleepy", then "should i just sleep" (the
        # intake began, then the same lines came again): 911 or poison control now, and not to sleep
        got = replace(got, say=["utter_overdose_what_to_do" if r in ("utter_danger_what_to_do",
                                                                      "utter_medical_what_to_do") else r
                                for r in got.say],
                      slots={**got.slots, "tip_facts": {**facts, "overdose": True}})
    if "utter_danger_what_to_do" in got.say and says_medical(said) and not _CANT_CALL.search(said):
        # someone hurt or unwell now: 911 tells them what to do until help comes ("shes breathing weird now what do i
        # do" got "stay somewhere safe")
        got = replace(got, say=["utter_medical_what_to_do" if r == "utter_danger_what_to_do" else r for r in got.say])
    if asks_if_a_machine(turn.text.split("?")[0] + "?") and (got.hand_over or got.steps_aside and (
            turn.intent == "request_human")) and "utter_who_we_are" not in got.say:
        # "is this a bot?? i need a real person": who answers, then the person on the way (it was never answered)
        got = replace(got, say=["utter_who_we_are", *got.say], hand_over=True, steps_aside=False)
    if asks_if_a_machine(turn.text) and not (turn.danger or turn.watched or got.hand_over or got.steps_aside
                                             or got.quiet or _PAUSE_LINES & set(got.say)) and (
            slots.get("requested_slot") not in (None, "safe_to_talk")):
        # who answers, said plainly, then the question again (it was filed as the place, or joined the story)
        return Step(say=["utter_who_we_are"], slots={k: v for k, v in got.slots.items() if k not in ORDER})
    if set(got.say) & {"utter_should_call_police_yes", "utter_police_now"} and _POLICE_COME_TOO.search(said):
        # "si llamo al 911 viene policia tambien?" from a worker locked in and afraid of the police: help is for
        # everyone, with or without papers (it got "Sí: llama al 911 ahora")
        got = replace(got, say=["utter_call_without_papers" if r in ("utter_should_call_police_yes", "utter_police_now")
                                else r for r in got.say])
    got = _then_whether_safe_now(turn, slots, _hospital_answered(turn, _sextortion_answered(turn, slots, got)))
    return _code_from_elsewhere(turn, slots, got)


# whether a hospital reports people without papers: "es cierto q en el hospital me reportan? me duele mucho" (a worker
# who fell from a roof, his arm swollen, got the services answer and the privacy menu)
_HOSPITAL = re.compile(r"\b(hospital|hospitals|clinic|clinica|emergency room|the er|sala de emergencias?|urgencias"
                       r"|emergencias|pronto[- ]socorro|hopital|urgences|doctor|doctors|medico|medicos)\b")
_REPORTS_ME = re.compile(r"\b(report|reports|reported|reportan|reporta|reportar|reportarme|denuncian|denuncia|deport\w*"
                         r"|migra|ice|immigration|inmigracion|imigracao|papeles|papers|documentos|documents|papiers"
                         r"|status|estatus|policia|police|me entregan|me preguntan|ask for (my )?(papers|id|ssn))\b")


# care asked for: "preciso de medico por favor", "tem algum lugar q atende de graca?", "i need a doctor", "necesito un
# doctor" (a man hurt at work asked three times and got the next questions)
_NEEDS_CARE = re.compile(r"\b(need|needs|necesito|necesita|preciso|precisa|besoin d'?un)( de)?( a| an| un| una| um"
                         r"| uma)? (doctor|medico|medica|medecin|hospital|clinic|clinica|ambulance|ambulancia"
                         r"|atencion medica|atendimento medico)\b|\b(lugar|sitio|place|clinic|clinica|hospital) (q|que"
                         r"|that|where|onde|donde)( me)? (atende|atienda|atiende|treats?|sees?)( \w+)? (de graca|gratis"
                         r"|for free|free)\b"
                         r"|\b(free|gratis|de graca) (clinic|clinica|doctor|medico|hospital)\b|\bhospital de graca\b")


def asks_if_hospital_reports(text: str) -> bool:
    """Whether a hospital reports people without papers, or where to get care (the answer is the same: emergency rooms
    treat anyone)."""
    said = normalise(text)
    return bool(_HOSPITAL.search(said) and _REPORTS_ME.search(said) and (is_question(text) or re.search(
        r"\b(es cierto|is it true|e verdade|c'est vrai|scared|miedo|medo|peur|afraid)\b", said))
        or _NEEDS_CARE.search(said))


def _hospital_answered(turn: Turn, got: Step) -> Step:
    """Whether the hospital will report them is answered whatever question stood (the services answer came, then the
    privacy menu, to a man hurt at work and afraid to go)."""
    if turn.watched or "utter_hospital_no_papers" in got.say or _PAUSE_LINES & set(got.say) or got.hand_over or (
            not asks_if_hospital_reports(turn.text)):
        return got
    return replace(got, say=["utter_hospital_no_papers", *(r for r in got.say if r not in (
        "utter_immigration", "utter_services", "utter_not_in_trouble", "utter_cannot_answer"))], steps_aside=False)


_ME = re.compile(r"\b(me|my|i|im|i'?m|mi|mis|mias|mios|yo|eu|meu|minha|minhas|meus|moi|mes|ma|mon|je|j)\b")


def _kept_by_images(turn: Turn, slots: dict[str, Any]) -> bool:
    """Pictures held over someone to keep them ("says he'll send pics to my mom if i leave", by a boyfriend who pimps
    her): not an online blackmailer, and "stop replying, don't pay" is wrong advice to someone who lives with him."""
    told_all = normalise(" ".join(str(v) for v in (slots.get("tip_what"), slots.get("tip_control"), turn.text) if v))
    return bool(_KEPT_BY_IMAGES.search(told_all))


def _sextortion_answered(turn: Turn, slots: dict[str, Any], got: Step) -> Step:
    """Whether to pay, send more, or what to answer the one holding the images is answered whatever else the message
    does ("yes im in my room. should i just pay him??" to the safety check, "u didnt answer should i pay" to where,
    "what do i say to him" to the signs: a girl of 14 got the next questions each time)."""
    facts = {**(slots.get("tip_facts") or {}), **(got.slots.get("tip_facts") or {})}
    said = normalise(turn.text)
    # (told first, by the one it happens to: "some guy on insta got pics of me and now hes saying hell send them to my
    # whole school unless i send more or pay him 200. im 14. please dont tell my mom" got only "we don't tell your
    # family")
    told = threatens_with_images(said) and not facts.get("told_sextortion") and {**slots, **got.slots}.get(
        "reporter_role") != "other" and _ME.search(said) and not is_question(turn.text)
    if turn.watched or "utter_sextortion" in got.say or _PAUSE_LINES & set(got.say) or got.hand_over or not (
            told or asks_about_sextortion(turn.text, slots)) or _kept_by_images(turn, slots):
        return got
    # (the intake answers it, then asks on: set aside, the rules would not, since the turn sets a slot)
    return replace(got, say=["utter_sextortion", *got.say], steps_aside=False, slots={**got.slots, "tip_facts": {
        **facts, "told_sextortion": True}})


_PAUSE_LINES = frozenset({"utter_safety_pause", "utter_safety_pause_warm", "utter_danger_pause"})
def asks_if_a_machine(text: str) -> bool:
    """A short question whether a machine or a person answers, in the words of who-we-are's topic: "am i talking to a
    bot", "is this automated", "estoy hablando con un robot?" ("is this automated" was filed as the place; "am i
    talking to a bot" joined the story)."""
    said = normalise(text)
    return len(said.split()) <= 10 and bool(_IS_IT_A.match(said)) and _names_topic("utter_who_we_are", said)


# asked as "is it…?" (not "can i talk to a real person", a request): "am i talking to", "are you", "is this", "estoy
# hablando con", "eres", "c'est", "é um", "vc e"
_IS_IT_A = re.compile(r"^\W*(ok |so |wait |um |hey |lol |but )?(am i|are you|r u|are u|u a|is this|is it|estoy hablando"
                      r"|hablo con|eres|es un|esto es|c'? ?est|tu es|vous etes|je parle|e um|eh um|voce e|vc e|isso e"
                      r"|to falando|estou falando)\b")


def _then_whether_safe_now(turn: Turn, slots: dict[str, Any], got: Step) -> Step:
    """A paused chat the person writes in again with a question ("hello?? what do i do now") gets its answer, then
    whether it is safe to write now (the answer came alone, and the chat stayed silent after it)."""
    if not (slots.get("paused") and got.say) or got.steps_aside or got.quiet or turn.watched or (
            "paused" in got.slots or _PAUSE_LINES & set(got.say)):
        return got
    return replace(got, slots={**got.slots, "paused": False})


def codes_from_elsewhere(text: str, slots: dict[str, Any]) -> list[str]:
    """The reference codes a message gives that this chat did not file ("i sent a tip from my old phone, code
    K7M2-9QXZ"), with those given before: the report filed here refers to them, for staff to link."""
    facts = slots.get("tip_facts") or {}
    own = {slots.get("reference_code"), slots.get("draft_code"), *(facts.get("earlier_codes") or ())}
    told = list(facts.get("codes_told") or ())
    return told + [c for c in codes_in(text) if c not in own and c not in told]


def _code_from_elsewhere(turn: Turn, slots: dict[str, Any], got: Step) -> Step:
    """A code from another phone or chat is kept with the tip, and the person told once, when it is safe to talk,
    how to reach that report (it got "There is no report from this chat yet", and the code was lost)."""
    facts = {**(slots.get("tip_facts") or {}), **(got.slots.get("tip_facts") or {})}
    codes = codes_from_elsewhere(turn.text, {**slots, "tip_facts": facts})
    if not codes or got.steps_aside and codes == facts.get("codes_told"):
        return got  # (a form turn that sets nothing steps aside: "whats my code" is then the rules')
    facts = {**facts, "codes_told": codes}
    say = got.say
    safe = {**slots, **got.slots}.get("safe_to_talk") and not {**slots, **got.slots}.get("paused")
    if safe and not facts.get("code_answered") and not (turn.danger or turn.watched or facts.get("danger")
                                                         or got.quiet or got.steps_aside or got.hand_over):
        say, facts = ["utter_code_from_elsewhere", *say], {**facts, "code_answered": True}
    return replace(got, say=say, slots={**got.slots, "tip_facts": facts})


# a detail of the place, told on its own after it: a room, a landmark beside it, a unit ("room 112. behind the walmart"
# to the signs question got "I can only help with reports about people being forced…", and never reached the report)
_PLACE_PIECE = re.compile(r"\b(room|rm|apt|apartment|unit|suite|ste|cuarto|habitacion|quarto|chambre|depto|piso"
                          r"|floor) ?#? ?\d{1,4}\b|#\d{1,4}\b|\b(behind|next to|across from|across the street from"
                          r"|beside|on the corner of|corner of|detras de|atras de|al lado de|junto a|enfrente de"
                          r"|frente a|atras do|ao lado do|ao lado da|derriere|a cote de|en face de) (the |a |an |el |la"
                          r" |los |las |o |a |le |la |l'|du |de la )?\w+"
                          # (near, by, off only with a place after them: not "by friday", "near the end of the month")
                          r"|\b(near|by|off|cerca de|perto do|perto da|pres de) (the|a|an|el|la|o|a|le|du)"
                          r" (?!(end|start|beginning|way|time|weekend|morning|night|evening|fin|final|inicio|principio"
                          r"|comienzo|noche"
                          r"|manana|tarde|semana|mes|fim|comeco|debut)\b)\w+")
# (not at "when?": "by friday" is a time)
_PIECE_ASKED = ("tip_what", "tip_who", "tip_control", "tip_more", "exploitation_type")


def a_piece_of_where(turn: Turn, slots: dict[str, Any]) -> str | None:
    """The place told so far with a detail of it added, when a short message at another question only adds to where
    ("motel on route 9", then "room 112. behind the walmart"); None otherwise."""
    where = slots.get("tip_where")
    told = where if isinstance(where, str) and where not in (NONE, UNKNOWN) else place_in_story(slots)
    if not told or slots.get("requested_slot") not in _PIECE_ASKED or turn.words > 10 or turn.watched or turn.danger:
        return None
    if not _PLACE_PIECE.search(normalise(turn.text)) or is_question(turn.text):
        return None
    found = extract(turn.text, turn.language)
    if found.means_of_control or found.exploitation or found.people_count or found.ages or found.minor:
        return None
    if normalise(turn.text).strip(" .") in normalise(told):
        return None
    return f"{told} / {turn.text.strip()}"


def _one_message(turn: Turn, slots: dict[str, Any]) -> Step:
    asked = slots.get("requested_slot")
    if asked in ("tip_confirmed", "tip_where", "tip_more") and (put_right := own_address_put_right(turn, slots)):
        return put_right
    if slots.get("contact") in (None, NONE) and (back := contact_back(turn)):
        # ("put my contact back, this number after 7pm" was filed as When): the hotline may reach them again
        return Step(slots={"contact": back, "privacy_level": "confidential" if slots.get("privacy_level") in (
            None, "anonymous") else slots["privacy_level"]}, say=["utter_contact_noted"])
    if (piece := a_piece_of_where(turn, slots)) is not None:
        return Step(slots={"tip_where": piece}, say=["utter_noted"], quiet=True)
    answer = normalise(turn.text) if asked == "tip_confirmed" else ""
    if answer and _SEND_IT.search(answer) and _WITHOUT_MY_CONTACT.search(answer) and slots.get("contact") not in (
            None, NONE, UNKNOWN):
        # "mándalo pero sin mi número, anónimo": sent as asked, without the contact (it was filed with the number)
        withdrawn = contact_withdrawn("contact", slots.get("contact"), slots, turn.language)
        return Step(slots={**withdrawn.slots, "tip_confirmed": True, "correcting": False}, say=withdrawn.say)
    if answer and _SEND_IT.search(answer) and not has_facts(extract(turn.text, turn.language)) and not (
            _NOT_SENDING.search(answer)) and not _corrects_too(turn):
        # ("whatever yes send it" got "I can only help with reports about…", read as out of scope); "oui envoie vite il
        # revient bientot": sent, and no code left on a phone he may read (it got the pause, and stayed unconfirmed)
        guarded = turn.watched or _LEAVING.search(answer) or not_safe_now(turn.text)
        return Step(slots={"tip_confirmed": True, "correcting": False, **(
            {"tip_facts": {**(slots.get("tip_facts") or {}), "told_phone": True}} if guarded else {})})
    facts = slots.get("tip_facts") or {}
    if someone_else_writes(turn.text) and (asked is not None or slots.get("tip_what")):
        # the phone taken by the one in control: "who is this. why my worker texting you. what she tell you" (it got
        # "I'm the automated assistant of an anti-trafficking hotline…"): the neutral line, and nothing more
        return Step(slots={"paused": True, "safe_to_talk": None,
                           "tip_facts": {**facts, "was_paused": True, "phone_taken": True}},
                    say=["utter_safety_pause"])
    if slots.get("paused") and facts.get("phone_taken"):
        # the one in control wrote from her phone: nothing but the neutral line until the person says it is them again
        # ("i said who is this. answer or im calling the number" got "Welcome back. Is it safe for you to text now?",
        # and "safe from what? what is this" got who we are)
        if not back_again(turn.text) or someone_else_writes(turn.text):
            return Step(slots={"paused": True}, say=["utter_safety_pause"])
        back = {k: v for k, v in facts.items() if k != "phone_taken"}
        resumed = {"paused": False, "tip_facts": back, **({"safe_to_talk": True} if can_talk_now(turn.text) else {})}
        if has_facts(extract(turn.text, turn.language)):
            # "its me again, he left. the address is 1450 calle 8": what she tells with it is read as usual
            went_on = step(turn, {**slots, **resumed})
            return replace(went_on, slots={**resumed, **went_on.slots})
        return Step(slots=resumed)
    if asked not in (None, "tip_confirmed") and slots.get("tip_what") and not (
            facts.get("danger") or facts.get("no_questions")) and _STILL_HAVE_IT.search(
            normalise(turn.text)) and not has_facts(extract(turn.text, turn.language)):
        # "did u get what i said before?", "you still have what i said?", "se guarda lo q te dije?" (each was ignored,
        # or "I can't answer that here"): yes, and the question still stands
        return Step(say=["utter_kept_so_far"])
    if asked == "contact" and _DONT_CONTACT_ME.search(normalise(turn.text)) and not re.search(
            _NUMBER_OR_EMAIL, normalise(turn.text)) and not has_facts(extract(turn.text, turn.language)):
        # "no quiero que me contacten", "ya te dije saltar, no quiero q me contacten": no contact is kept (it was added
        # to the story, and the question came again and again)
        return Step(slots={"contact": NONE})
    missed = _missed_question(turn, slots) if asked is not None else None
    if missed:
        return missed
    amid = _call_question_amid(turn, slots)
    if amid:
        return amid
    if asked not in (None, "tip_confirmed") and _PLEA.match(normalise(turn.text)) and not facts.get("danger"):
        # "AYUDA" alone, in the middle of the questions: what to do now, and a person is coming (the gateway called
        # one); it was filed as the signs of control, and "when?" came next
        return Step(slots={"tip_facts": {**facts, "person_coming": True}}, say=["utter_danger_what_to_do"])
    in_danger = {"danger", "no_questions"} & set(k for k, v in (slots.get("tip_facts") or {}).items() if v)
    asked_too = None if turn.danger or in_danger else (
        _questions_beside_an_answer(turn, asked))
    if asked_too:
        # "just me. im 19. is someone coming??": the answer is taken without the question, and the question answered
        # (Who was filed as "just me. im 19. is someone coming??", and the question went unanswered)
        answered, question, to_us = asked_too
        got = step(replace(turn, text=answered), slots)
        # a question not to us ("since june. why would he do that?") is answered only where there is an answer: "I
        # can't answer that here" to it said nothing of use, and "since june" was lost with it
        known = {**(slots.get("tip_facts") or {}), **(got.slots.get("tip_facts") or {})}
        answer = answer_to_a_question(replace(turn, text=question), known) or (next(
            iter(step(replace(turn, text=question), slots).say), None) if to_us else None) or (
            # "why would he do that to me?": not a question for us, and it is not their fault
            "utter_sorry_he_does_that" if slots.get("reporter_role") == "self" and _ASKS_WHY.match(
                normalise(question)) else None)
        if answer == "utter_what_to_do" and got.slots.get("not_trafficking"):
            answer = None  # a problem at work: its line answers "que puedo hacer?" (it came after "telling us is…")
        return replace(got, say=[answer, *(r for r in got.say if r != answer)]) if answer else got
    got = _step(turn, slots)
    if slots.get("privacy_level") in ("share", "confidential") and not got.slots.get("privacy_level") and (
            _WANTS_ANONYMOUS.search(normalise(turn.text))):
        # "el numero tampoco. anonimo completamente. no me llamen", "NO este numero, quiero anonimo", "mejor anonimo,
        # borre mi nombre": anonymous, and no contact kept (it was read back "Contacto: este numero", and filed so)
        kept = {k: v for k, v in got.slots.items() if not (k == "tip_more" and isinstance(v, str) and v.endswith(
            turn.text.strip()))}  # (nor a note of it: "Also: el numero tampoco…")
        got = replace(got, slots={**kept, "privacy_level": "anonymous", "contact": NONE})
    calling = None
    if scared_to_call(turn.text) and not (got.hand_over or turn.danger or (slots.get("tip_facts") or {}).get(
            "danger") or _DEPORTED.search(normalise(turn.text))):  # (in danger, or afraid for papers: 911's own line)
        # "idk she said he hit her once. i dont know the apt number. im scared to call what if hes not there": call
        # anyway, with what they know
        calling = "utter_call_even_if_unsure"
    elif fears_we_call_police(turn.text) and not got.hand_over:
        # "mais si vous appelez la police il va savoir que cest moi" (it got "Yes: call 911 now", then nothing to "je
        # veux pas que vous appeliez la police svp")
        calling = police_not_without_you(slots.get("tip_facts"))
    if calling:  # the fear answered first, and what the message tells kept (a fear alone answers no question)
        found = extract(turn.text, turn.language)
        kept = Step() if got.steps_aside or not (has_facts(found) or describes(turn, found)) else got
        return replace(kept, say=[calling, *(r for r in kept.say if r not in _ABOUT_CALLING)])
    if asked in _DONT_KNOW_THE and (got.slots.get(asked) is None or turn.words <= 4 and got.slots.get(
            asked) == turn.text.strip()) and _DONT_KNOW_THE[asked].search(normalise(turn.text)):
        # "idk where but she is 16": the age is kept, and where is not asked again (it was, as if unanswered)
        kept = {**(got.slots.get("tip_facts") or {})}
        if asked in (kept.get("asked_again") or ()):
            kept["asked_again"] = [a for a in kept["asked_again"] if a != asked]
        got = replace(got, slots={**got.slots, asked: UNKNOWN, **({"tip_facts": kept} if kept else {})},
                      say=[r for r in got.say if not r.startswith("utter_explain_")])
    if asked in _MENUS and got.slots.get(asked) in (None, False):
        got = _answer_then_asks(turn, slots) or got
    elif asked in _MENUS and not got.say and not got.steps_aside:
        # the answer was taken, and a question after it was not answered: "3 idk. does it cost anything"
        lead = _LEAD.match(turn.text.strip())
        question = lead and is_question(lead.group("rest")) and _answer_to(replace(turn, text=lead.group("rest")),
                                                                             by_intent=False)
        if question:
            got = replace(got, say=[question])
    said = turn.text.strip()
    if turn.danger and asked in PLACE_TIME_PEOPLE and got.slots.get(asked) == said and asked not in told(
            said, turn, extract(said, turn.language)):
        # "ta bajando la escalera" (he is coming down the stairs) to "where is this happening right now?": what is
        # happening, with the story, not the place (it was read back as the place)
        kept = {k: v for k, v in got.slots.items() if k != asked}
        before = kept.get("tip_what", slots.get("tip_what"))
        kept["tip_what"] = said if before in (None, NONE, UNKNOWN) else f"{before} / {said}"
        got = replace(got, slots=kept)
    got = _safe_said_with_it(turn, slots, got)
    return _911_first(_texting_answered(turn, _call_now_first(turn, slots, _sorry_first(turn, facts, _offer_answered(
        turn, slots, got)))))


# "im fine to text", "its safe to text rn", "estoy bien para escribir": the safety check answered before it is asked
_SAFE_TO_TEXT = re.compile(
    r"\b(i'?m|im|i am) (fine|ok|okay|good|safe|alright) to (text|talk|write|chat)\b|\b(it'?s|its|it is) (safe|ok|okay"
    r"|fine) (to text|to talk|for me to text|for me to talk)\b|\bsafe to text\b|\b(estoy|toy) (bien|segura?|tranquila?)"
    r" para (escribir|hablar|platicar|textear)\b|\b(es|esta) (seguro|bien) (escribir|hablar)\b|\b(to|tou|estou) (bem"
    r"|segura?|tranquila?) (pra|para) (escrever|falar)\b|\b(je suis|jsuis|chui) (ok|bien|correct|en securite) pour"
    r" (ecrire|parler)\b")


def _safe_said_with_it(turn: Turn, slots: dict[str, Any], got: Step) -> Step:
    """The safety check answered in the first message ("im fine to text, its about them not me"): not asked again (it
    was, and "?? i literally said im fine to text" got the next question)."""
    if slots.get("safe_to_talk") is not None or "safe_to_talk" in got.slots or got.steps_aside or got.hand_over or (
            turn.watched or turn.danger or slots.get("paused") or got.slots.get("paused")):
        return got
    said = normalise(turn.text)
    if not _SAFE_TO_TEXT.search(said) or _CANNOT_TALK.search(said):
        return got
    return replace(got, slots={**got.slots, "safe_to_talk": True})


def _offer_answered(turn: Turn, slots: dict[str, Any], got: Step) -> Step:
    """An offer told with the question whether it is real or normal ("…que me vaya y lo pago con trabajo alla, me dan
    cuarto y me guardan el pasaporte para lo de la visa. eso es normal?"): the warning signs first, whatever else the
    message did (the question went unanswered three times, and the report was filed)."""
    facts = {**(slots.get("tip_facts") or {}), **(got.slots.get("tip_facts") or {})}
    if got.steps_aside or got.hand_over or got.quiet or turn.danger or turn.watched or facts.get("danger") or (
            "utter_offer_warning_signs" in got.say or facts.get("told_dont_go")):
        return got
    tip_so_far = " ".join(str(slots.get(k) or "") for k in ("tip_what", "tip_control", "tip_more"))
    if not asks_if_an_offer_is_real(turn.text, offer_told=bool(_AN_OFFER.search(normalise(tip_so_far)))):
        return got
    return replace(got, say=["utter_offer_warning_signs", *got.say])


def _911_first(got: Step) -> Step:
    """What to do in danger comes before anything else said to the same message ("im locked in a room… this is my
    friends tablet": the 911 line, then that no reminders go to this tablet)."""
    first = [r for r in got.say if r in _CALL_NOW_SAID]
    return replace(got, say=[*first, *(r for r in got.say if r not in _CALL_NOW_SAID)]) if first else got


def _sorry_first(turn: Turn, facts: dict[str, Any], got: Step) -> Step:
    """Abuse told of oneself ("tambien el señor me toca cuando la señora no esta", which went straight to the privacy
    menu): "I'm so sorry… it's not your fault" first, once, before what comes next."""
    if facts.get("told_sorry") or got.steps_aside or got.hand_over or got.quiet or turn.danger or turn.watched or (
            facts.get("danger") or facts.get("paused")) or not _DONE_TO_ME.search(normalise(turn.text)) or any(
            r.startswith(("utter_referral", "utter_not_your_fault", "utter_sextortion")) for r in got.say):
        return got  # (a referral for violence at home says it already)
    found = extract(turn.text, turn.language)
    if not {"SexualAbuse", "PhysicalAbuse"} & set(found.means_of_control) - set(facts.get("means_of_control") or ()):
        return got
    told = {**(got.slots.get("tip_facts") or facts), "told_sorry": True}
    return replace(got, slots={**got.slots, "tip_facts": told}, say=["utter_sorry_he_does_that", *got.say])


_CALL_NOW_SAID = frozenset({"utter_should_call_police_yes", "utter_call_without_papers", "utter_police_now",
                            "utter_call_not_a_crime",
                            "utter_danger_what_to_do", "utter_called_911", "utter_danger_cant_call",
                            "utter_danger_no_credit", "utter_emergency_not_through", "utter_dont_go",
                            "utter_wont_call_ok", "utter_victims_protected", "utter_dont_open",
                            "utter_danger_cant_call_web", "utter_mandated_reporter"})


def _call_now_first(turn: Turn, slots: dict[str, Any], got: Step) -> Step:
    """ "should i call the cops?", "do i call 911 or not. shes a kid", "j'appelle le 911?", "le sigue pegando!! que
    hago" about a child, or while someone is hurt: "yes, call 911 now" first, whatever else the message did (each was
    ignored: the next form question, the role menu, "I can't answer that here")."""
    asks_to_call, asks_what = asks_whether_to_call_police(turn.text), asks_what_to_do(turn.text)
    if asks_to_call and "utter_danger_what_to_do" in got.say and not _DEPORTED.search(normalise(turn.text)) and not (
            _CANT_CALL.search(normalise(turn.text))):
        # "c'est en train d'arriver LA… j'appelle qui? la SQ?": yes, 911 now, said as the answer to the question
        yes = "utter_call_not_a_crime" if fears_arrest_by_police(turn.text) else "utter_should_call_police_yes"
        return replace(got, say=[yes if r == "utter_danger_what_to_do" else r for r in got.say])
    if "utter_should_call_police_yes" in got.say and _DEPORTED.search(normalise(turn.text)):
        return replace(got, say=["utter_call_without_papers" if r == "utter_should_call_police_yes" else r
                                 for r in got.say if r != "utter_immigration"])
    if not (asks_to_call or asks_what) or set(got.say) & _CALL_NOW_SAID or got.hand_over or (
            turn.watched and "utter_danger_pause" in got.say):
        # (most messages: the triage's patterns are not run again here; "i cant call 911 he would hear me": the short
        # pause, which says to call or text 911, and nothing longer for him to see)
        return got
    facts = {**(slots.get("tip_facts") or {}), **(got.slots.get("tip_facts") or {})}
    danger = turn.danger or facts.get("danger") or says_danger_now(turn.text)
    if not (asks_to_call or danger) or not (danger or facts.get("minor")):
        return got
    # "si le hablo al 911 me van a pedir papeles?": yes, and help is for everyone (a bare "Sí" read as "yes, they ask")
    said = normalise(turn.text)
    yes = "utter_call_without_papers" if _DEPORTED.search(said) else "utter_call_not_a_crime" if (
        # "si llamo al 911 me van a meter presa?" (a girl of 14 got "Sí: llama al 911 ahora", and "mejor no hago nada")
        fears_arrest_by_police(turn.text)) else (
        # "i cant call 911 he would hear me" (it got "Yes: call 911 now"): what to do when calling is not possible
        what_to_do_in_danger(said, turn.channel) if _CANT_CALL.search(said) else "utter_should_call_police_yes")
    if got.steps_aside:
        return Step(slots=got.slots, say=[yes])
    return replace(got, say=[yes, *(r for r in got.say if r not in (
        "utter_should_call_police", "utter_what_to_do", "utter_cannot_answer", "utter_immigration"))])


_MENUS = ("safe_to_talk", "reporter_role", "privacy_level")
_NOT_SENDING = re.compile(r"\b(don'?t|dont|do not|no|not yet|nao|ne|pas|wait|espera|attends|espere)\b[^.!?]{0,12}"
                          r"\b(send|file|manda|mande|envia|envie|envoie|submit)")
# an answer, then more: "2 i guess. will they find out it was me??", "me. but will i get deported??", "si puedo. pero
# es gratis o no?", "la 3 xq no tengo papeles y me da miedo", "la 1, me llamo yesenia mi cel es 714 555 0192"
_LEAD = re.compile(r"^\W*(?P<lead>[^.?!;,]{1,30}?)(?:\s*[.;!,]+\s*|\s+(?=(?:but|pero|mas|mais|xq|porque|because|bc|cuz"
                   r"|tho|though|pq|parce que|car)\b))(?P<rest>\S.*)$", re.IGNORECASE | re.DOTALL)
# how to reach the person, in words: "vous pouvez m'appeler apres 10h", "je m'appelle Mathieu", "ligue depois das 6"
# reach me here, said with the choice to share: "pode me ligar", "call me", "meu numero e esse", "me pueden llamar"
_CALL_ME_HERE = re.compile(r"\b(pode|podem|voce pode|vc pode) me (ligar|chamar|mandar mensagem)\b|\bme liga\b"
                           r"|\b(you|u) can (call|text) me\b|(?<!dont )(?<!don't )(?<!not )(?<!never )\b(call|text) me"
                           r"\b(?! (back|later|when|if)\b)"
                           r"|\b(me )?(pueden|puede|puedes) (llamar|marcar|escribir|hablar)(me)?\b|\bllamame\b"
                           r"|\b(vous pouvez|tu peux) m'?(appeler|ecrire)\b|\bappelez[- ]moi\b"
                           r"|\b(meu|mi|my|mon) (numero|number|cel|celular|telefone|telefono) (e|eh|es|is|est|c'?est)"
                           r" (esse|este|this( one)?|ce)\b")
# said with a correction at the read-back, and not part of it: "…, u left it out. otherwise yes", "el resto esta bien"
_ASIDES = re.compile(
    r"[,.;:!\s]*\b((otherwise|other than that|apart from that|besides that|the rest( of it)?( is)?"
    r"|everything else( is)?|all else( is)?|lo demas|todo lo demas|el resto|fuera de eso|de ahi|o resto|tirando isso"
    r"|fora isso|le reste"
    r"|sinon|a part ca)( \w+){0,2} (yes|yep|yeah|ok|okay|good|fine|right|correct|si|bien|correcto|sim|certo|bom|oui"
    r"|bon|correct|ca va)|(you|u|ya) (left|forgot|missed|didn'?t put|didnt put|skipped) (it|that|this|that part)( out)?"
    r"|(se te olvido|se te paso|no lo pusiste|lo dejaste fuera|(vc|voce) esqueceu|(vous avez|t'?as|tu as) oublie)"
    r"( eso| esto| isso| ca)?)\W*$", re.IGNORECASE)


def _without_asides(text: str) -> str:
    """A read-back correction without what is said beside it ("u left it out", "otherwise yes")."""
    text = text.strip()
    while True:
        m = _ASIDES.search(normalise(text))
        if not m or m.start() == 0 or len(normalise(text)) != len(text):
            return text.rstrip(" ,.;:")
        text = text[:m.start()].rstrip()


# "2 i guess. can u tell the cops but not say my name??": no way to reach them (it was kept as the contact)
_NOT_MY_NAME = re.compile(r"\b(not|don'?t|dont|never|without|no|sin|sem|sans|pas|nao)( \w+){0,2} (my name|mi nombre"
                          r"|meu nome|mon nom)\b"
                          # "pls keep my name out of it" (a nurse's words were filed as her contact)
                          r"|\b(keep|leave|take|deja|dejen|saquen|deixa|deixem|laissez) (my name|mi nombre|meu nome"
                          r"|mon nom) (out|off|fuera|de fora|fora|en dehors)\b")
_CALL_ME = re.compile(r"\b(m'?appeler|appelez[- ]moi|m'?ecrire|ecrivez[- ]moi|je m'?appelle|mon nom|me ligue\w*"
                      r"|liga pra mim|meu nome|me chamo|call me|text me|my name|me llamo|llamame|llamenme|mi nombre)\b")
# when and how (not) to reach them, said with the menu's answer: "2 but dont text me in the day he checks our phones
# sometimes" (it joined the story; the contact kept no word of it, and staff could have texted at noon)
# done to the person writing: "el señor me toca", "he hits me", "il me frappe", "ele me bate"
# abuse done to the one writing: "he hits me", "me toca", "nos pegan", "il m'a frappée", "ele me bate" (not "the
# driver told me he hits the girls": a witness was told "I'm so sorry that's being done to you")
_DONE_TO_ME = re.compile(
    r"\b(hits?|hitting|hit|beats?|beating|beat|touch(es|ed|ing)?|rap(e|es|ed|ing)|hurts?|hurting|slaps?|slapped|kicks?"
    r"|kicked|chokes?|choked|punch(es|ed|ing)?|grab(s|bed|bing)?|abus(e|es|ed|ing)|molest\w*|push(es|ed)?|burn(s|ed)?"
    r"|sells?|sold|selling|forces?|forced|makes?|made) (me|us)\b"
    r"|\b(me|nos) (\w+ )?(golpea\w*|pega\w*|toca\w*|viola\w*|lastima\w*|maltrata\w*|abusa\w*|bate\w*|machuca\w*"
    r"|estupra\w*|frappe\w*|touche\w*|viole\w*|vende\w*|obliga\w*|forza\w*|agarra\w*|empuja\w*|quema\w*"
    r"|ahorc\w*|estrangul\w*|asfixi\w*|enforc\w*)\b"
    r"|\b(m'|nous )(a |ont )?(frappe|touche|viole|battu|force|vendu)\w*\b"
    r"|\b(abusa|abusan|abusaba|abusou|abusaram) de (mi|nosotras|nosotros|mim)\b")
_HOW_TO_REACH = re.compile(
    r"\b(don'?t|dont|do not|never|pls dont|please dont|stop) (text|call|message|msg|email|write)(ing)?( me| us)?\b"
    r"|\bonly (text|call|message)( me)? (after|before|at|on|when)\b|\b(text|call)( me)? only (after|before|at|on)\b"
    r"|\bno me (escribas|escriban|mandes|manden|llames|llamen|marques|marquen)\b|\bsolo (despues|antes) de las\b"
    r"|\bnao (me )?(mande|mandem|ligue|liguem|escreva|escrevam)\b|\bso (depois|antes) das\b"
    r"|\bne (m'?)?(ecrivez|appelez|texte[zr]?) (pas|jamais)\b|\bseulement (apres|avant)\b")
_BUT = re.compile(r"^\W*(but|pero|mas|mais|e|y|and)\s+", re.IGNORECASE)
_FEAR = re.compile(r"\b(scared|afraid|worried|miedo|temo|medo|peur|j'?ai peur|tengo miedo|me da miedo|to com medo"
                   r"|tenho medo)\b")


def _menu_lead(turn: Turn, slots: dict[str, Any]) -> tuple[Step, Turn, str] | None:
    """The menu's answer said before something else ("3 i guess. wait what should i do when he comes today"): the
    step it makes alone, the lead as a turn of its own, and the rest; None when the message starts with no answer
    ("wait, is this the police?")."""
    asked, m = slots.get("requested_slot"), _LEAD.match(turn.text.strip())
    if asked not in _MENUS or not m or len(_WORD.findall(m.group("lead"))) > 6:
        return None
    lead = m.group("lead").strip()
    lead_turn = replace(turn, text=lead, intent="affirm" if _YES.match(lead) else "inform", confidence=0.9)
    first = _step(lead_turn, slots)
    if first.steps_aside or first.hand_over or first.slots.get(asked) in (None, False, "unspecified", UNKNOWN, NONE):
        return None
    return first, lead_turn, m.group("rest").strip()


def _menu_answer_first(turn: Turn, slots: dict[str, Any]) -> dict[str, Any]:
    """That menu's answer, taken ({} when there is none)."""
    led = _menu_lead(turn, slots)
    return {slots["requested_slot"]: led[0].slots[slots["requested_slot"]]} if led else {}


def _answer_then_asks(turn: Turn, slots: dict[str, Any]) -> Step | None:
    """A menu answered, with a question or a fear after it: the answer is taken and the question answered, and the
    intake goes on (each answer was dropped and the same menu came again). At the privacy menu, a choice to share
    with the contact details after it keeps them (the contact question asked for them again)."""
    asked, led = slots.get("requested_slot"), _menu_lead(turn, slots)
    if led is None or asked == "safe_to_talk" and not says_yes(led[1]):
        return None  # not an answer alone ("wait, is this the police?"), or "no" to "is it safe?" (nothing more then)
    first, _, rest = led
    rest_turn, found = replace(turn, text=rest), extract(rest, turn.language)
    if asked == "privacy_level" and first.slots[asked] in ("share", "confidential"):
        offered = _contact_offered(rest, first.slots[asked]) or (
            rest if re.search(_NUMBER_OR_EMAIL, normalise(rest)) or _CALL_ME.search(
                _NOT_MY_NAME.sub("", normalise(rest))) else None) or (
            _BUT.sub("", rest) if _HOW_TO_REACH.search(normalise(rest)) else None)
        if offered:
            return Step(slots={**first.slots, "contact": offered}, say=[*first.say, "utter_contact_noted"])
    if not (is_question(rest) or _FEAR.search(normalise(rest))) or has_facts(found) or describes(rest_turn, found):
        return None  # a story after the answer is read as a whole, as before
    answer = _answer_to(rest_turn, facts=slots.get("tip_facts") or {})
    if answer is None:
        return Step(slots=first.slots, steps_aside=True)  # the rules answer the question, then the next one
    return Step(slots=first.slots, say=[*first.say, answer])


# "you didnt answer me", "no me contestaste", "vc nao me respondeu", "vous m'avez pas répondu": a question was missed
# (it was kept in the report as a correction, or as a fact: "Where: you didnt answer me…")
_UNANSWERED = re.compile(
    r"\b(you|u|y'?all|ya) (still )?(didn'?t|didnt|did not|never|haven'?t|havent) (really )?(answer|answered|respond"
    r"|responded|reply|replied)( to)?( me| my question| my q| that| what i asked)?\b"
    r"|\b(didn'?t|didnt|did not|never|haven'?t|havent) (answer|answered|respond|responded|reply|replied)( to)? (my"
    r" question|what i asked|my q)\b"
    r"|\bno (me )?(contestaste|respondiste|contestaron mi pregunta|respondieron mi pregunta|contesto|respondio"
    r"|contestaron|respondieron)\b"
    r"|\b(voce|vc|vcs|voces) nao (me )?(respondeu|responderam|respondeu minha pergunta)\b"
    r"|\bnao (respondeu|responderam) (a )?minha pergunta\b"
    r"|\b(tu|vous) (ne )?(m'as|m'avez|m as|m avez) pas (repondu|repondue)\b")


_NOT_KNOWN_THE = (r"\b(idk|i don'?t know|i dont know|i do not know|not sure|no idea|dunno|no se|ni idea"
                  r"|no estoy segur[oa]|nao sei|sei la|je sais pas|je ne sais pas|aucune idee|pas sur)"
                  r"( exactly| exactamente| exactement)?( de)? ")
# "idk where but she is 16", "no se cuando empezo", "nao sei quantas sao": the question asked is answered, unknown
_DONT_KNOW_THE = {
    "tip_where": re.compile(_NOT_KNOWN_THE + r"(where|the address|the place|donde|adonde|la direccion|onde"
                            r"|o endereco|ou)\b"),
    "tip_when": re.compile(_NOT_KNOWN_THE + r"(when|since when|how long|cuando|desde cuando|quando|desde quando"
                           r"|quand|depuis quand)\b"),
    "tip_who": re.compile(_NOT_KNOWN_THE + r"(how many|who|their names|cuantas?o?s?|quienes|quien|quantas?o?s?|quem"
                          r"|combien|qui)\b"),
}


def without_complaint(text: str) -> tuple[str, str] | None:
    """What a message says before and after "you didnt answer me" (None when it does not say so): both are read as
    usual ("this number, after 6pm. but u didnt answer me, will someone go there tonight": the contact was lost)."""
    source = text if _UNANSWERED.search(text.lower()) else normalise(text)
    said = _UNANSWERED.search(source.lower())
    if not said:
        return None
    before = re.sub(r"[\s,.;:!-]*\b(but|and|pero|y|mas|mais|e|et)\W*$", "", source[:said.start()], flags=re.IGNORECASE)
    return before.strip(" ,.;:!-"), source[said.end():].strip(" ,.;:!-")


def _missed_question(turn: Turn, slots: dict[str, Any]) -> Step | None:
    """ "you didnt answer me, is this anonymous?": the question after it answered (or "ask me again"), and what the
    message tells besides read as usual; the complaint is never kept as part of the tip."""
    parts = without_complaint(turn.text)
    if parts is None:
        return None
    before, after = parts
    # (or named without a question mark: "si. pero no me contesto si es la policia")
    named = after and not is_question(after) and answer_to_a_question(replace(turn, text=f"{after}?"))
    question = after if after and (is_question(after) or named) else ""
    told = " ".join(p for p in (before, "" if question else after) if p)
    got = step(replace(turn, text=told), slots) if told else Step()
    if question or not told:
        asked_alone = replace(turn, text=question if is_question(question) else f"{question}?")
        # its answer; or what the intake says to it alone ("will u tell my mom": family not told)
        answer = (answer_to_a_question(asked_alone) or next(iter(step(asked_alone, slots).say), None)) if (
            question) else None
        got = replace(got, say=[answer or "utter_sorry_ask_again", *(r for r in got.say if r != answer)])
    return got


def _call_question_amid(turn: Turn, slots: dict[str, Any]) -> Step | None:
    """ "euh je sais pas. est-ce que je devrais appeler le 911 la? jai peur de perdre ma job", "idk. should i do
    something, its really hot out": whether to call 911, or what to do, asked beside other sentences, is answered first,
    and the rest is read as usual (the question was filed as the signs of control, and went unanswered). None when no
    sentence asks it, or when one sentence is all there is (the intake's own reading answers it)."""
    facts = slots.get("tip_facts") or {}
    if slots.get("requested_slot") is None or turn.danger or facts.get("danger") or facts.get("no_questions") or (
            _CALLED_911.search(normalise(turn.text))):
        return None  # (in danger, the danger lines answer it; "ok i told 911. what now" is answered as told)
    sentences = [p.strip() for p in re.split(r"(?<=[?!.])\s+", turn.text.strip()) if p.strip()]
    # (not "will you call the cops?", which is about us)
    asking = [p for p in sentences if (asks_whether_to_call_police(p) or _DO_SOMETHING_RE.search(normalise(p)))
              and not _TO_YOU.search(normalise(p))]
    if not asking or len(asking) == len(sentences):
        return None
    rest = " ".join(p for p in sentences if p not in asking)
    if (_DEPORTED.search(normalise(rest)) or _FEAR.search(normalise(rest))) and not has_facts(
            extract(rest, turn.language)) and len(_WORD.findall(rest)) <= 8:
        rest = ""  # "…me mandan pa cuba? no tengo papeles": the fear goes with the question, not with the answer
    got = step(replace(turn, text=rest), slots) if rest else Step()
    if got.steps_aside or got.hand_over or got.quiet:
        return None
    facts = {**facts, **(got.slots.get("tip_facts") or {})}
    question = replace(turn, text=" ".join(asking))
    if asks_whether_to_call_police(question.text) and _DEPORTED.search(normalise(turn.text)):
        answer = "utter_call_without_papers"  # ("si llamo al 911 me mandan pa cuba? no tengo papeles")
    elif asks_whether_to_call_police(question.text):
        answer = _call_police_answer(question, facts)
    else:
        answer = "utter_should_call_police_yes" if facts.get("minor") and says_danger_now(turn.text) else (
            "utter_sextortion" if facts.get("told_sextortion") else "utter_what_to_do")
    if answer == "utter_what_to_do" and got.slots.get("not_trafficking"):
        return got  # a problem at work: its line answers "que puedo hacer?" (it came after "telling us is…")
    return replace(got, say=[answer, *(r for r in got.say if r != answer)])


def _questions_beside_an_answer(turn: Turn, asked: str | None) -> tuple[str, str, bool] | None:
    """(the answer, the questions, whether one is to us) when a free-text answer has questions in sentences of their
    own that tell nothing ("just me. im 19. is someone coming??", "since june. why would he do that?"); None
    otherwise."""
    if asked not in FREE_TEXT or asked in ("contact", "tip_what"):
        return None  # (the story keeps its questions: "can she get deported if she talks to you?" says what she fears)
    if _GO_WITH_HIM.search(normalise(turn.text)):
        return None  # "im 15 btw. should i go??": whether to go with him is answered with what the message tells (her
        # age), in the intake (it got "Telling us is a good first step")
    sentences = [p.strip() for p in re.split(r"(?<=[?!.])\s+", turn.text.strip()) if p.strip()]
    if len(sentences) < 2:
        return None
    ends = len(sentences)
    while ends > 0 and sentences[ends - 1].rstrip().endswith("?") and not has_facts(
            extract(sentences[ends - 1], turn.language)):
        ends -= 1  # the questions at the end ("are u gonna tell my mom?? she'll kick me out" is one question, told)
    answer, questions = sentences[:ends], sentences[ends:]
    said = " ".join(answer)
    found = extract(said, turn.language) if answer else None
    if not questions or not answer or not (has_facts(found) or asked in told(said, turn, found)):
        return None  # ("is someone really coming? im scared" in danger: the danger lines answer it whole)
    return said, " ".join(questions), any(_TO_US.search(normalise(q)) and not (
        _ASKS_WHY.match(normalise(q)) and not _TO_YOU.search(normalise(q))) for q in questions)


# a question to the hotline, not one told as part of the story ("is someone coming??", "is this anonymous?", "do i
# get a number?"; not "why would he do that?")
_TO_US = re.compile(r"\b(you|u|ya|y'?all|your|ur|this|someone|somebody|anyone|i|me|my|we|ustedes|uds|usted|tu|te|me"
                    r"|mi|yo|alguien|esto|voce|vc|vcs|voces|eu|meu|minha|alguem|isso|vous|tu|je|moi|mon|ma|quelqu'un"
                    r"|ca|cela)\b")


# "why would he do that to me?", "por que me hace esto?", "pourquoi il fait ça?": asked of nobody, unless of "you"
_ASKS_WHY = re.compile(r"\W*(why|how come|por ?que|porq|pq|pourquoi|por ?que)\b")
_TO_YOU = re.compile(r"\b(you|u|ya|y'?all|your|ur|ustedes|uds|usted|tu|te|voce|vc|vcs|voces|vous)\b")


# "do i get a number for this?", "me dan un numero?", "tem um numero de protocolo?"
_A_NUMBER_FOR_IT = re.compile(r"\b(get|give me|have|receive|dan|dar|darme|recibo|tem|recebo|ganho|ai|aurai|recevoir)"
                              r"( \w+)? (a |an |un |una |um |uma )?(number|code|numero|codigo|protocolo|reference)\b")


def answer_to_a_question(turn: Turn, facts: dict[str, Any] | None = None) -> str | None:
    """The bot's answer to a question asked on its own, whatever was being asked (None when it has none); `facts`:
    what is known ("do i call 911?" about a child of 14 is "yes, now")."""
    text = turn.text
    return (_answer_to(turn, by_intent=False)
            or ("utter_kept_so_far" if asks_for_code(text) or _A_NUMBER_FOR_IT.search(normalise(text)) else None)
            or ("utter_what_happens_next" if asks_what_next(text) else None)
            or ("utter_person_on_the_way" if asks_if_a_person_is_coming(text) else None)
            or ("utter_text_911" if asks_about_texting_911(text) else None)
            or ("utter_help_getting_out" if asks_to_be_taken_out(text) else None)
            or (_call_police_answer(turn, facts or {}) if asks_whether_to_call_police(text) else None)
            or referral_for(text, extract(text, turn.language))
            # "what do i do when 8am comes", after "he has my pics and wants 500 by 8am": what to do about the threat
            or ("utter_sextortion" if asks_what_to_do(text) and (facts or {}).get("told_sextortion") else None)
            or ("utter_what_to_do" if asks_what_to_do(text) else None))


def _answer_to(turn: Turn, by_intent: bool = True, facts: dict[str, Any] | None = None) -> str | None:
    """The answer to a question (or a fear) said on its own after an answer."""
    text = normalise(turn.text)
    if _MANDATED.search(text) and is_question(turn.text):
        return "utter_mandated_reporter"
    if fears_arrest_by_police(turn.text):
        return trouble_answer(turn.text)  # before "should i call the police?": the fear is the question
    if asks_whether_to_call_police(turn.text) and not _TO_YOU.search(text):
        # "yes, i'm at my desk. should i have called the police instead?" (it got "No, this is not the police"); not
        # "will you call the cops?", which is about us
        return _call_police_answer(turn, facts or {})
    if fears_trouble(turn.text):
        return trouble_answer(turn.text)
    if fears_being_found_out(turn.text):
        return "utter_fear_found_out"
    if asks_if_an_offer_is_real(turn.text):
        return "utter_offer_warning_signs"
    if asks_whether_to_tell_a_parent(turn.text):
        return "utter_tell_a_trusted_adult"
    if asks_if_family_is_told(turn.text):
        return "utter_family_not_told"  # "wait will u tell my mom??" (read as about immigration: it got that answer)
    if asks_what_to_do(turn.text) and _young(facts or {}) and _PICKS_ME_UP.search(text) and _writer_may_be_young(
            {}, turn.text):
        return "utter_dont_go"  # "3 i guess. wait what should i do when he comes today" (it got "telling us is a good
        # first step", and the 3 was lost)
    if own_answer(turn.text) and (is_question(turn.text) or _ASKS.search(text)):
        return own_answer(turn.text)
    # the question's own sentence first: "can i stay anonymous tho? i dont want to get involved w police" is about
    # anonymity (it got "No, this is not the police")
    asked_in = [p for p in _SENTENCE.split(text) if p.rstrip().endswith("?") or _ASKS.match(p)] + [text]
    for part in asked_in:
        for answer, topic in _QUESTION_TOPICS:
            if topic.search(part):
                return answer
    if by_intent and turn.intent in ANSWERS and turn.confidence >= 0.5:
        return ANSWERS[turn.intent]
    return None


def _step(turn: Turn, slots: dict[str, Any]) -> Step:
    asked = slots.get("requested_slot")
    said = normalise(turn.text)
    if asked and _WAS_AWAY.search(said) and turn.words <= 10 and not (turn.danger or turn.watched) and not has_facts(
            extract(turn.text, turn.language)):
        # back after someone was near: "sorry he was looking" (after STOP and START it got "I can only help with
        # reports about people being forced…"; filed as Where when the model had no intent), then the question again
        return Step(slots={"paused": False} if slots.get("paused") else {}, say=["utter_back_still_here"])
    rechosen = None if asked in ("privacy_level", None) else _PRIVACY_RECHOSEN.search(said)
    if rechosen:
        # "wait i picked 2, the hotline CAN contact me just dont give my name to anyone else. anyway probably sex.
        # young woman came in around 2am…": the choice put right, and the rest read as the answer (the nurse's choice
        # stayed anonymous, and the story was lost)
        level = _PRIVACY_BY_CHOICE[rechosen.group("n") or rechosen.group("n2")]
        rest = " ".join(p for p in re.split(r"(?<=[.!?])\s+", turn.text.strip())
                        if not (_PRIVACY_RECHOSEN.search(normalise(p)) or erases_a_part(p)))
        kept = {**slots, "privacy_level": level}
        answered = _step(replace(turn, text=rest), kept) if rest else Step()
        return replace(answered, slots={**answered.slots, "privacy_level": level})
    found = extract(turn.text, turn.language, expecting=_EXPECTING.get(asked))
    if asked == "tip_confirmed" and slots.get("contact") not in (None, NONE) and _NO_CONTACT_WANTED.match(said):
        # "Contact: none", "i said skip" at the read-back (it asked "what should I change?", or stayed "i said skip")
        return Step(slots={"contact": NONE, "correcting": False})
    if "utter_referral_home_violence" in ((slots.get("tip_facts") or {}).get("referred_to") or ()) and (
            re.search(_WHERE_TO_GO, said) or _NEEDS_SHELTER.search(said) or _A_SHELTER.search(said)) and not (
            found.exploitation or set(found.means_of_control) - _AT_HOME_TOO):
        # after the line for violence at home, "ou je peux aller avec mes enfants ce soir?", "Est-ce qu'il y a une
        # maison d'hebergement a Montreal?": where a shelter is found tonight, whatever the model read (it got the
        # services answer, then "is it about you?")
        return Step(say=["utter_home_violence_shelter"])
    if asked == "tip_who" and not found.ages:
        found = _ages_after_just_one(turn, found)
    # (not from one it happens to: "somos 2, mi prima y yo. yo tengo 19 y ella 17" lost both ages, and the minor)
    if found.ages and (slots.get("reporter_role") == "other" or found.role == "other" and slots.get(
            "reporter_role") not in ("self", "both")):
        found = _without_own_age(turn, found, _EXPECTING.get(asked))
    if asked == "safe_to_talk" and says_yes(turn) and _WHERE_I_AM.search(normalise(turn.text)):
        # "si, estoy en mi casa descansando, hoy entro a las 8", "si tranqui, ya no trabajo ahi": where the person is
        # now, and their own job, say why it is safe; not where or when the tip happens (each was filed as both)
        found = replace(found, venue=None, labour_type=None, ongoing=None)
    if asked != "tip_confirmed" and is_question(turn.text) and _COSTS.search(normalise(turn.text)) and not (
            turn.danger or describes(turn, found) or _PAY_OR_SEND.search(normalise(turn.text))):
        return Step(say=["utter_free"])  # "wait is this free? i cant pay nothing" (it got "I can't answer that here")
    said = normalise(turn.text)
    told_now = merge_facts(slots.get("tip_facts"), found) if _GO_WITH_HIM.search(said) or _STAY_OR_GO.search(said) or (
        _PICKS_ME_UP.search(said) and not (slots.get("tip_facts") or {}).get("told_dont_go")) else None
    if told_now is not None and (asks_whether_to_go_with_him(turn, told_now, slots) or _PICKS_ME_UP.search(said) and (
            _A_MAN.search(said) and _young(told_now) and _writer_may_be_young(slots, " ".join(
                str(slots.get(k) or "") for k in ("tip_what", "tip_who", "tip_more")) + " " + turn.text))):
        # also unasked, once: "tengo 16, un señor q conoci en instagram me va a recoger hoy… ya viene en camino"
        # (no form question after it: "Quand est-ce arrivé ?" came right after "please don't go", three times)
        out = Step(slots={"tip_facts": {**told_now, "told_dont_go": True}, **_menu_answer_first(turn, slots)},
                   say=["utter_dont_go"], quiet=True)
        if describes(turn, found) or has_facts(found):
            _join_the_tip(out, slots, turn.text.strip())  # ("el fue al carro y dice q regresa en 10 min por mi…")
        elif asked in ("tip_when", "tip_where", "tip_who") and not out.slots.get(asked):
            out.slots[asked] = turn.text.strip()  # "como desde hace 3 semanas. hoy en la noche dice q viene otro…"
        return out
    tip_so_far = slots.get("tip_what") if isinstance(slots.get("tip_what"), str) else ""
    if asked != "tip_confirmed" and turn.words <= 8 and asks_if_an_offer_is_real(
            turn.text, offer_told=bool(_AN_OFFER.search(normalise(tip_so_far)))):
        return Step(say=["utter_offer_warning_signs"])  # "is it legit?" after the offer was told (it got "I can't
        # answer that here")
    about = told(turn.text, turn, found)
    facts = merge_facts(slots.get("tip_facts"), found)
    if turn.danger:
        facts = {**facts, "danger": True}
    if turn.person_coming or turn.danger:
        facts = {**facts, "person_coming": True}
    if tells_of_abroad(turn.text):  # "my sister went to work overseas": "which country?", not "which city?"
        facts = {**facts, "abroad": True}
    if found.means_of_control and not facts.get("exploitation") and slots.get("tip_what"):
        # "he took her passport and says she owes him", after "she works at his taco truck for free": the kind is read
        # from all that was told (each message alone said too little, and the read-back had no kind)
        told_all = ". ".join(v for v in (slots.get("tip_what"), slots.get("tip_control"), turn.text)
                             if isinstance(v, str) and v not in (NONE, UNKNOWN))
        kinds = extract(told_all, turn.language).exploitation
        if kinds:
            facts = {**facts, "exploitation": sorted(kinds)}
    if not facts.get("exploitation") and tells_of_work(turn, asked, found):
        facts = {**facts, "exploitation": ["ForcedLabour"]}
    added_to = None if turn.watched or turn.danger else continues(turn, asked, slots, found, about)
    if added_to is not None:
        # the question asked after the last answer still stands; if the person has not read it yet, it is not sent
        # twice (else it is asked again, after the addition)
        quiet = turn.since_answer is not None and turn.since_answer < QUIET_SECONDS
        return Step(slots={added_to: f"{slots[added_to]} {turn.text.strip()}", "tip_facts": facts}, quiet=quiet)
    # (a choice from the privacy menu said with "keep my name out of it" is that choice: "2. i could get in trouble w
    # HIPAA so pls keep my name out of it" was made anonymous, and "our team won't contact you")
    part = None if asked == "privacy_level" and menu_number(turn.text) in ("1", "2", "3") else erases_a_part(turn.text)
    if part in ("contact", "name"):
        withdrawn = contact_withdrawn(part, slots.get("contact"), slots, turn.language)
        if not turn.watched:
            # the answer told with it is kept: "El Mariachi Grill in Salem Oregon. please dont use my name hes family"
            # (only the name went; "where?" was asked twice more)
            rest = " ".join(p for p in re.split(r"(?<=[.!?])\s+", turn.text.strip()) if not erases_a_part(p))
            if not rest and turn.words > 15:
                # one sentence that tells the tip and asks for no name ("…still going on today. I'm fine to text, it's
                # about them not me, and please don't use my name, he'd know it was me"): read whole, with no contact
                rest = turn.text.strip()
            if rest and (asked in FREE_TEXT - {"contact"} or asked is None) and has_facts(extract(rest, turn.language)):
                # (opening with the whole tip and "please don't use my name": the tip was lost, and only "Done: your
                # name and contact details are out of the report" was said)
                kept = {**slots, **withdrawn.slots}
                answered = _step(replace(turn, text=rest), kept)
                # (at the opening, nothing was in a report yet: that no name is needed, not "Done: … out of the report")
                said = ["utter_anonymous"] if asked is None else withdrawn.say
                return replace(answered, slots={**withdrawn.slots, **answered.slots}, say=[*said, *answered.say])
            return withdrawn
        # "dont call me, he checks my phone. take my number out": taken out, and the short pause
        pause_step = paused(turn, facts)
        return replace(pause_step, slots={**withdrawn.slots, **pause_step.slots})
    part = None if turn.watched else part
    taken = None if turn.watched else _taking_out(turn, part, asked, slots, facts)
    if taken is not None:
        return taken
    if part == "part":  # at the read-back the correction is asked for at once ("What should I change?")
        return Step(slots={"correcting": True} if asked == "tip_confirmed" else {}, say=["utter_cannot_erase_part"])
    erasing = turn.intent in ("delete_data", "end_conversation") and turn.confidence >= 0.5 and steps_aside(
        turn, asked, found, about)
    if _HOW_TO_HIDE.search(normalise(turn.text)) and asked == "tip_confirmed" and _YES.match(turn.text):
        # "si. ahora como borro esto de la tablet?": filed, and how to delete it (the yes was lost, nothing was filed)
        return Step(slots={"tip_confirmed": True}, say=[_how_to_hide(turn)])
    if _HOW_TO_HIDE.search(normalise(turn.text)):
        # "my pimp reads my texts. how do i make sure he doesnt see this", "how do i delete this" (it got the opening,
        # or the pause): how to delete it, then the pause; not when they say they go on ("nao! quero denunciar. so quero
        # saber se posso apagar do meu celular" was paused)
        if _WANTS_TO_GO_ON.search(normalise(turn.text)) and not turn.watched:
            return Step(say=[_how_to_hide(turn)])
        out = paused(turn, facts)
        return replace(out, say=[_how_to_hide(turn)])
    unsafe = asked not in (None, "safe_to_talk") and (not_safe_now(turn.text) and not _QUESTION.search(turn.text)
                                                      or bool(_LEAVING.search(normalise(turn.text))))
    # the young person is the one writing (not a trucker telling of a girl of 14 who "got in a blue peterbilt": he was
    # told "Please don't go with him")
    told_so_far = " ".join(str(slots.get(k) or "") for k in ("tip_what", "tip_who", "tip_more")) + " " + turn.text
    young = _young(facts) and _writer_may_be_young(slots, told_so_far)
    # (a man coming for her told of, not only "hes here": a girl of 15 sold by her boyfriend wrote "hes here gtg" with
    # him in the room, and got the long "please don't go with him")
    if turn.watched and not erasing and (facts.get("told_dont_go") and turn.words <= 8 or young and _PICKED_UP.search(
            normalise(told_so_far)) and _GOING_WITH.search(normalise(told_so_far)) and _A_MAN.search(
            normalise(told_so_far))):
        # "hola tengo 16, un señor q conoci en instagram me va a recoger hoy… ya viene en camino", "hes here. a grey
        # honda. ok bye": not to go with him (it got "Ok. Escribe cuando quieras.", as if he read her phone); at her
        # door ("im home alone tho. hes knocking now"): not to open it
        line = "utter_dont_open" if _AT_HER_DOOR.search(normalise(turn.text)) else "utter_dont_go"
        return Step(slots={"tip_facts": {**facts, "told_dont_go": True}}, say=[line], quiet=True)
    if young and facts.get("told_dont_go") and asks_what_to_do(turn.text) and not facts.get("danger"):
        # "what do i do", after "hes knocking now" (it got "Telling us is a good first step")
        line = "utter_dont_open" if _AT_HER_DOOR.search(normalise(told_so_far)) else "utter_dont_go"
        return Step(slots={"tip_facts": facts}, say=[line], quiet=True)
    if turn.watched and facts.get("told_dont_go") and not erasing and turn.words <= 8:
        # "porfa contestame ya viene", after "me voy con el o no?": the man coming for her is not someone reading her
        # phone; not to go with him, again (it got "Ok. Escribe cuando quieras.")
        return Step(slots={"tip_facts": facts}, say=["utter_dont_go"], quiet=True)
    if (turn.watched or unsafe) and not erasing and not (asked == "safe_to_talk" and says_yes(turn)):
        # "can't talk, he's watching me", "not safe, gotta go": one short line, then silence until they write again
        # (whatever was asked is asked again after "is it safe now?"). Someone in danger now ("ya viene, tiene una
        # pistola", "estoy escondida en el baño, él está afuera") is told to call 911 if they can: it got "OK. Write
        # back whenever you like." (the gateway does not say "a person is joining" where the controller may read
        # it). "he is coming, delete all this" erases first (the pause took it, and nothing was erased).
        out = paused(turn, facts)
        _keep_what_was_told(out, slots, turn, found)
        return out
    if turn.self_harm:
        # "i want to kill myself": the gateway gave the 988 line and called a person; nothing more is asked now (it got
        # "Where is this happening?" and the signs of control)
        return Step(slots={"tip_facts": {**facts, "no_questions": True, "person_coming": True, "self_harm": True}},
                    quiet=True)
    if facts.get("danger") and not turn.danger and says_not_in_danger(turn.text):
        # "nobody is in danger right now", "no es emergencia", "it was a joke": the danger was read wrong (it got the
        # 911 line again and again, and the questions never came back); the questions go on
        facts = {**{k: v for k, v in facts.items() if k not in ("danger", "no_questions")}, "not_in_danger": True}
        # (not "I'm glad no one is in danger" when the one told about is locked in: "ela ta la agora, mas nao e perigo
        # de vida, ela so quer sair de la" got it; noted, and the questions go on)
        held = "RestrictsMovement" in (facts.get("means_of_control") or ()) or "RestrictsMovement" in (
            found.means_of_control)
        out = Step(slots={"tip_facts": facts, **({"safe_to_talk": True, "paused": False}
                                                  if slots.get("safe_to_talk") is None else {})},
                   say=["utter_noted" if held else "utter_misread_danger"])
        if describes(turn, found):
            _join_the_tip(out, slots, turn.text.strip())
        return out
    if facts.get("no_questions"):
        waiting = _waiting_without_questions(turn, slots, found, facts)
        if waiting is not None:
            return waiting
        # "ok ask me": the questions again (after danger now, those asked while a person is on the way)
        facts = {k: v for k, v in facts.items() if k not in ("no_questions", "danger")}
        said = normalise(turn.text)
        if turn.words <= 6 and not has_facts(found) or _TELL_THE_REST.search(said) or _RECEIVED.search(said) or (
                asks_for_the_questions(turn.text) and not has_facts(found)):
            # (asking for the questions says it is safe to text: "is it safe?" is not asked first; "can i report him
            # now or not" got "I can't answer that here")
            heard = facts.get("self_harm") and not facts.get("self_harm_ok") and _NOT_HURTING_MYSELF.search(said)
            if heard:  # "im not gonna do anything rn i promise. can i still report the account": heard, then on
                facts = {**facts, "self_harm_ok": True}
            out = Step(slots={"tip_facts": facts, **({"safe_to_talk": True, "paused": False}
                                                     if slots.get("safe_to_talk") is None else {})},
                       say=(["utter_self_harm_ok"] if heard else []) + (
                           ["utter_kept_so_far"] if _RECEIVED.search(said) else []))
            if describes(turn, found) or has_facts(found):
                _join_the_tip(out, slots, turn.text.strip())  # ("liguei, falaram q vao mandar alguem…")
            return out
    if wants_no_more_questions(turn.text):
        return Step(hand_over=True)  # the person on the way; the questions stop (bot/actions/handoff.py)
    if asked != "tip_confirmed" and not slots.get("tip_what") and about_a_screen(turn.text) and not turn.danger:
        # "vi um tiktok… sequestraram ela no estacionamento do walmart… isso é real?? kkk" (it got "we can't come get
        # you", then the role and privacy menus, three times): what trafficking most often looks like, no intake
        return Step(slots={"tip_facts": {**facts, "withdrawn": True}, "correcting": False},
                    say=["utter_viral_story", "utter_information_only"])
    if asked != "tip_confirmed" and not slots.get("tip_what") and wants_information_only(turn.text) and not (
            has_facts(found) or turn.danger or turn.watched):
        # "i dont have anything to report i just want to know how to spot it", "solo quiero informacion": the answer,
        # and no questions of a report (each was asked "Are you the person this is happening to?" and the rest);
        # a later message opens the intake again
        answer = "utter_what_trafficking_is" if asks_what_trafficking_is(turn.text) or _HOW_TO_SPOT.search(
            normalise(turn.text)) else answer_to_a_question(turn, facts)
        return Step(slots={"tip_facts": {**facts, "withdrawn": True}, "correcting": False},
                    say=[*([answer] if answer else []), "utter_information_only"])
    if asked == "tip_confirmed" and facts.get("held_back"):
        # taken back at the read-back, which still waits: "send it" / "go ahead" files it; "ok" / "thanks" is quiet;
        # anything else is read as at the read-back (a plain "yes" shows it again first)
        kept = {k: v for k, v in facts.items() if k != "held_back"}
        if _SEND_IT.search(normalise(turn.text)):
            return Step(slots={"tip_facts": kept, "tip_confirmed": True})
        if _ACK.fullmatch(" ".join(_WORD.findall(normalise(turn.text)))) or turn.intent in ("thank", "goodbye"):
            return Step(say=["utter_ok"], quiet=True)
        if says_yes(turn) and turn.words <= 3:
            return Step(slots={"tip_facts": kept})
        facts = kept
    if asked and takes_it_back(turn, found, correcting=bool(slots.get("correcting"))):
        # nothing is filed; what was told stays in the chat (DELETE erases it). At the read-back it still waits for
        # "send it"; elsewhere the intake ends, and a later message picks it up where it was
        # ("finalement j'ose pas l'envoyer, si je me trompe?": first, that they need not be sure)
        unsure = ["utter_unsure_is_ok"] if fears_being_wrong(turn.text) else []
        if asked == "tip_confirmed":
            return Step(slots={"tip_facts": {**facts, "held_back": True}, "correcting": False},
                        say=[*unsure, "utter_not_sent"], quiet=True)
        return Step(slots={"tip_facts": {**facts, "withdrawn": True}, "correcting": False},
                    say=[*unsure, "utter_not_sent"])
    out = Step()
    if slots.get("reporter_role") == "self" and says_not_me(turn.text):
        # "its not me its my cousin", "NOT ME", "no soy yo, es mi prima": about someone else (it went on asking "how
        # old are you?" and filed the relative's tip as the teller's own)
        out.slots["reporter_role"] = "other"
    elif slots.get("reporter_role") in ("other", "unspecified") and _ITS_ME.search(normalise(turn.text)) and not (
            says_not_me(turn.text) or _KNOWS_ITS_ME.search(normalise(turn.text))):
        out.slots["reporter_role"] = "self"
    if not_own_phone(turn.text) and not facts.get("told_phone"):
        # "escribo del cel de mi patrona, ella esta dormida": no reminders to this number, and delete the messages
        # (it was not acknowledged, and "where?" came again)
        facts = {**facts, "told_phone": True}
        out.slots["tip_facts"] = facts
        out.say.append("utter_not_own_phone")
        given = slots.get("contact")
        if isinstance(given, str) and given not in (NONE, UNKNOWN) and contact.read(given)[0]:
            # "this number" was the phone's owner's ("la hija me quito mi celular, este es el de la señora"): not a way
            # to reach them (it stayed the contact, and the code was sent to it); other numbers or emails they gave stay
            others = contact.numbers_and_emails(contact.read(given)[1])
            out.slots["contact"] = ", ".join(others) or None
            if not others:
                out.slots["privacy_level"] = "anonymous"
    if (phone_checked(turn.text) or _IF_HE_SEES_THIS.search(normalise(turn.text))) and not (
            facts.get("told_hide") or facts.get("told_phone") or turn.watched):
        # "the supervisor checks our phones at night", "she checks my phone sometimes": how to delete this, once (no
        # advice came), and the intake goes on
        facts = {**facts, "told_hide": True}
        out.slots["tip_facts"] = facts
        out.say.append(_how_to_hide(turn))
    if facts.get("minor") and is_missing(turn.text) and not (slots.get("tip_facts") or {}).get("told_missing"):
        # a child gone ("mi hija de 15… desde ayer no se nada de ella, no llegó a dormir"): 911 first, once (it got
        # "work, sex or something else?"); then the missing children's line (a runaway's mother got neither)
        out.say.append("utter_missing_child")
        facts = {**facts, "told_missing": True}
        out.slots["tip_facts"] = facts
    if turn.danger and not turn.joined:
        # in danger again ("esta tocando la puerta muy fuerte, tengo miedo" after "me tiene encerrada"), or first in
        # danger after a person was called for something else ("im locked in a room" after "help"): the 911 line every
        # time (the gateway says it only with "a person is joining"; these got the signs or the where question)
        out.say.append("utter_danger_what_to_do")
    slip = slipped(turn, found) if asked else None
    if slip == "":
        out.say.append("utter_carry_on")  # "OK, let's go on.", then the same question again
        return out
    if slip:
        turn = replace(turn, text=slip, intent="inform", confidence=1.0)  # "no sorry i meant yes": yes
    left = facts.get("menu_left")  # the menu that was on the screen when a person was asked for
    chosen = asked == "tip_what" and left in MENUS and slots.get(left) is None and _menu_answer(left, turn, found)
    if chosen:
        # "1" to "what is happening?": that menu's choice ("me pueden llamar? quiero hablar con una persona" at the
        # privacy menu, then "1": it was thrown away, and the contact told next was filed as what happened); this
        # question comes again
        out.slots.update({left: chosen, "tip_facts": {k: v for k, v in facts.items() if k != "menu_left"}})
        out.say.append("utter_noted")
        return out
    if asked in (*MENUS, "contact") and _WHAT_FOR.search(normalise(turn.text)) and is_question(turn.text) and not (
            describes(turn, found)):
        # "y eso para que?", "para que quiere mis datos?", "why do u need that": what the question is for (it got "I
        # can't answer that here", and the menu was then skipped as if anonymous had been chosen)
        out.say.append(explanation(asked))
        return out
    if asks_privacy_difference(turn.text) and slots.get("privacy_level") is None:
        # "whats the difference between 2 and 3?", "c'est quoi la différence entre confidentiel et anonyme?", before
        # the choice is made (it got the anonymity line, or was taken as the choice)
        out.say.append("utter_explain_privacy_level")
        return out
    if asked and asked != "tip_confirmed" and puzzled(turn, found, asked):
        if asked in FREE_TEXT:
            # in other words, instead of the same question again; puzzled again after that, the intake goes on with
            # its more precise questions ("i dont know how to explain it" got the same explanation twice)
            _in_plain_words_once(out, facts, asked, then=NONE if asked == "contact" else UNKNOWN)
        else:
            out.say.append(explanation(asked))
        return out
    if (facts.get("danger") or facts.get("person_coming")) and _SAFE_NOW.search(normalise(turn.text)) and not (
            describes(turn, found)):
        # "je suis en securite maintenant, la police est la" ("Merci, c'est noté.")
        out.say.append(_safe_now_line(normalise(turn.text), slots))
        out.slots["tip_facts"] = _safe_now(facts, slots)
        return out
    if (facts.get("danger") or facts.get("person_coming")) and emergency_failed(turn.text, facts):
        # "liguei para o 112 e ninguem atende, so toca toca. o que faço agora" (it got "Noted", then "where?")
        if describes(turn, found) or has_facts(found):
            _join_the_tip(out, slots, turn.text.strip())
        out.slots["tip_facts"] = {**(out.slots.get("tip_facts") or facts), "emergency_failed": True}
        # (not also "call 911 now" said first: "le marque al 911 y no contesta… q hago" got both, one against the other)
        out.say = [r for r in out.say if r not in _CALL_NOW_SAID] + ["utter_emergency_not_through"]
        return out
    if (facts.get("danger") or facts.get("person_coming")) and _CALLED_911.search(normalise(turn.text)) and not (
            describes(turn, found) and _tells_more_than_where(found)):
        out.say.append("utter_called_911")  # "ok i called 911" (it was filed as who, and the signs question came)
        # the address told with it is kept: "1450 rue saint-denis, montreal, appart 4. j'ai appele le 911 ils arrivent"
        # (the place was asked for three more times)
        # (only a place: "i already called them, like 5 min ago" is not when it happens)
        said, about = turn.text.strip(), told(turn.text, turn, found) & {"tip_where"}
        if asked == "tip_where" and asked in about:
            out.slots[asked] = said
        else:
            _fill_instead(out, asked or "", about, found, slots, said)
        return out
    if _CONFRONT.search(normalise(turn.text)) and slots.get("reporter_role") != "self" and (is_question(
            turn.text) or re.match(r"\W*((so|ok|and|but|like) )?(should|do|can|shall) (i|we)\b", normalise(turn.text))):
        # "should I knock on the door or go in", "so do i go in or no" from a witness (911, then "Where is this
        # happening?", then "Noted."): not to go in, and 911
        out.say = [r for r in out.say if r not in ("utter_danger_what_to_do", "utter_dont_confront")]
        out.say.append("utter_dont_confront")
        _keep_what_was_told(out, slots, turn, found)
        return out
    if asks_to_be_taken_out(turn.text) and not (turn.danger or facts.get("danger")):
        # "can you get me out of here tonight?": we cannot go; how we can help them get out (it got the next question)
        out.say = [*(r for r in out.say if r != "utter_danger_what_to_do"),
                   "utter_help_getting_out_person_coming" if turn.person_coming or facts.get("person_coming")
                   else "utter_help_getting_out"]
        _keep_what_was_told(out, slots, turn, found)
        return out
    if facts.get("danger") and (asks_what_to_do(turn.text) or asks_whether_to_call_police(turn.text) or (
            asks_what_next(turn.text) or _PLEA.match(normalise(turn.text)))):
        # "q hago?", "i cant call 911, i have no papers": 911 is for everyone, and a person is joining; "no puedo
        # llamar, me quitaron el cel": what to do instead (it got the same 911 line again)
        # ("no puedo llamar al 911, no tengo papeles" fears for the papers: 911 is for everyone)
        line = what_to_do_in_danger(normalise(turn.text), turn.channel)
        out.say = [r for r in out.say if r != "utter_danger_what_to_do"]
        out.say.append(line)
        if not describes(turn, found) or _DEPORTED.search(normalise(turn.text)) and is_question(turn.text) and not (
                found.city or found.state or found.venue):
            # ("si llamo al 911 me mandan pa cuba? no tengo papeles": the fear answered, and Cuba is not where it
            # happens: it was filed as the place, and the country as Cuba)
            return out
    elif asked and not describes(turn, found) and is_question(turn.text) and (fears_arrest_by_police(turn.text) or (
            turn.intent == "ask_police" and _names_topic("utter_immigration", normalise(turn.text)))):
        # "si llamo a la policia me van a arrestar a mi?", "se eu for à polícia eles me mandam de volta pra Angola?":
        # the fear answered, and the question again (they got "should you call? yes", or "I can't answer that here")
        out.say.append(trouble_answer(turn.text) if fears_arrest_by_police(turn.text) else "utter_immigration")
        return out
    elif asked and is_question(turn.text) and _MANDATED.search(normalise(turn.text)):
        out.say.append("utter_mandated_reporter")  # a teacher asking whether she must report to CPS
        _keep_what_was_told(out, slots, turn, found)
        return out
    elif asked and is_question(turn.text) and asks_whether_to_tell_a_parent(turn.text):
        out.say.append("utter_tell_a_trusted_adult")  # "le digo a mi mama o no" (it got "¿Cuándo pasó?")
        return out
    elif asked and not describes(turn, found) and is_question(turn.text) and own_answer(turn.text):
        out.say.append(own_answer(turn.text))  # "que es la visa T?", "ustedes me pueden regresar mi pasaporte?"
        return out
    elif asked and not describes(turn, found) and (asks_whether_to_call_police(turn.text)
                                                   or asks_what_to_do(turn.text)):
        # "should i call the police?", "what do i do" (about a missing daughter, at the read-back): they got "I can
        # only help with reports about…"; "my boss owes me 3 weeks of pay, what do i do?": where to get the pay back
        # (it got "telling us is a good first step"), and the intake goes on
        wages = (tells_a_work_problem(turn.text) or asks_how_to_get_paid(turn.text)) and set(
            found.means_of_control) <= _WAGE_ONLY
        cant_call = facts.get("person_coming") and _CANT_CALL.search(normalise(turn.text))
        out.say.append(_call_police_answer(turn, facts) if asks_whether_to_call_police(turn.text) else
                       "utter_danger_cant_call" if cant_call else  # ("i cant call, no phone only this tablet")
                       work_referral(facts, turn.text) if wages else
                       "utter_sextortion" if facts.get("told_sextortion") else "utter_what_to_do")
        return out
    referral = None if asks_about_sextortion(turn.text, slots) else referral_for(turn.text, found)
    if referral and referral not in (facts.get("referred_to") or ()):
        # once: "my husband hits me" gets the domestic violence hotline, then the intake goes on if there is more
        facts = {**facts, "referred_to": [*(facts.get("referred_to") or ()), referral]}
        if referral == "utter_referral_home_violence":
            # (no forced work in "mi esposo no me deja trabajar": a report of it would be filed as forced labour)
            facts.pop("exploitation", None)
        said = normalise(turn.text)
        if referral == "utter_referral_home_violence" and (_NEEDS_SHELTER.search(said) or _A_SHELTER.search(said)
                                                           or re.search(_WHERE_TO_GO, said)):
            # "mi esposo me pego anoche… donde puedo ir esta noche con mis hijos?": where a shelter is found tonight,
            # with the line's number (it got the services answer twice, then "where is this happening?")
            referral_said = "utter_home_violence_shelter"
        else:
            referral_said = referral
        if asks_what_trafficking_is(turn.text) and (not found.exploitation
                                                    or referral == "utter_referral_home_violence"):
            # "mi esposo me pega y me grita todos los dias, es trata?": the question answered first, kindly (it got the
            # line alone, then "is it safe to text?")
            out.say.append("utter_not_trafficking_but_serious" if referral == "utter_referral_home_violence" else
                           "utter_not_trafficking_short")
        out.say.append(referral_said)
        # (violence at home too: the line is the help, and "is there anything more?" comes next; the story went on to
        # "any signs of control, like pay kept?" for a mother asking where to go with her children tonight)
        if referral in ("utter_referral_housing", "utter_referral_scam", "utter_referral_family_money",
                        "utter_referral_runaway", "utter_referral_home_violence") or not (
                describes(turn, found)):
            out.slots["tip_facts"] = facts
            if asked == "safe_to_talk" and (_YES.match(turn.text) or can_talk_now(turn.text)) and not (
                    not_safe_now(turn.text)):
                out.slots["safe_to_talk"] = True  # "oui ca va il est pas la. Mon chum…" (asked again at once)
            return out
    if rejects_the_bot(turn.text) and not describes(turn, found):
        return Step(hand_over=True)  # "i dont want a bot" (it was filed as what is happening)
    if turn.intent == "ask_immigration" and turn.confidence >= 0.5 and _DEPORTED.search(normalise(turn.text)) and (
            not has_facts(found)) and not is_question(turn.text):  # (a question steps aside: the rules answer it)
        # "si me van a deportar mejor no digo nada" to the privacy menu: the fear is answered, then the question again
        # (it was filed as what is happening, and the story that followed as when)
        out.say.append("utter_immigration")
        return out
    if fears_being_wrong(turn.text) and not describes(turn, found):
        out.say.append("utter_unsure_is_ok")  # "c'est grave si je me trompe?" (it got the immigration answer)
        return out
    if fears_trouble(turn.text) and not describes(turn, found):
        # "will i get in trouble?" (it got "I can't answer that here"); with immigration, about immigration; a menu's
        # answer said first is taken ("2. i could get in trouble w HIPAA…" lost the nurse's privacy choice)
        out.slots.update(_menu_answer_first(turn, slots))
        out.say.append(trouble_answer(turn.text))
        return out
    if asks_if_contacted(turn.text) and not describes(turn, found):
        out.say.append(will_we_contact(slots.get("privacy_level")))
        return out
    if asks_if_family_is_told(turn.text):
        # "are u gonna tell my mom??", "do u tell parents or cops if im under 18" (a 16-year-old got "Thanks, I've
        # noted that", and the question was filed as who): the honest answer, then the same question; what the same
        # message tells is kept ("tengo 15 años y mi novio… me va a llevar con unos señores", with the family in it,
        # was lost whole)
        out.say.append("utter_family_not_told")
        rest = " ".join(p for p in _SENTENCE.split(turn.text) if not asks_if_family_is_told(p))
        if len(_WORD.findall(rest)) < 8 or not (describes(replace(turn, text=rest), found) or has_facts(found)):
            return out  # ("are u gonna tell my mom?? she'll kick me out" tells what they fear, not the tip)
    if asked and fears_being_found_out(turn.text) and not has_facts(found):
        # "i'm scared he will find out i told": reassured, then the same question (it was filed as "when")
        out.say.append("utter_fear_found_out")
        return out
    if turn.danger and turn.intent in SOCIAL | {"nonsense", "nlu_fallback"} or turn.intent in (
            "ask_services", "request_human") and _HELP_TO_REPORT.search(normalise(turn.text)):
        # someone in danger is never small talk or off-topic ("socorro, estou trancada num quarto" got "I can only
        # help with reports of…"): what they wrote is the tip; nor is help asked to report a request for services
        # ("hola, necesito ayuda para denunciar algo" got the list of services, and the safety question again)
        turn = replace(turn, intent="report_tip")
    if facts.get("person_coming") and _WILL_WAIT.match(normalise(turn.text)) and asked != "tip_confirmed":
        out.say.append("utter_person_on_the_way")  # "ok espero": yes, they are on the way (it was filed as what)
        return out
    if facts.get("person_coming") and asks_if_a_person_is_coming(turn.text) and not has_facts(found):
        # "is someone coming?", "to esperando ainda" while staff are on the way: yes, and nothing is lost (it got the
        # neutral pause, or was filed as when); then the same question
        out.say.append("utter_person_on_the_way")
        return out
    if asks_for_a_reward(turn) and not describes(turn, found):
        out.say.append("utter_no_reward")  # it got the services answer, then the same question again
        return out
    if asked and asks_what_next(turn.text) and turn.intent not in REQUESTS - {"resume"} and not describes(turn, found):
        # "what happens if i tell you, will i get deported": the fear first
        out.say.append("utter_immigration" if _DEPORTED.search(normalise(turn.text)) else
                       "utter_what_happens_after_report")  # "what happens after i report?" (it got "I can't answer
        return out  # that here"); then the same question again
    if _ASKS_HELP_WITH_A_PARTNER.search(normalise(turn.text)) and not describes(turn, found):
        # "ok pero a donde llamo para que me ayuden con eso de mi esposo, una orden o algo" (it got "Anotado"): the
        # domestic violence line, again if asked again; then the same question
        out.say.append("utter_referral_home_violence")
        return out
    if asked and re.search(_WHERE_TO_GO, normalise(turn.text)):
        # "im at a church now but they cant keep me. where can i go" (it got the kind question): shelters and help
        out.say.append("utter_services")
        _keep_what_was_told(out, slots, turn, found)
        if not describes(turn, found):
            return out
    if asked and _ASKS_LANGUAGE.search(normalise(turn.text)) and not describes(turn, found):
        # "hablan español?" (filed as where it happens, or read as asking for a person): yes, and the question again
        out.say.append("utter_language_switched")
        return out
    referred = set(facts.get("referred_to") or ()) & {"utter_referral_scam", "utter_referral_housing",
                                                      "utter_referral_family_money", "utter_referral_home_violence",
                                                      "utter_referral_runaway"}
    # (a young person who ran away is a minor: the runaway line is the help, and "thanks" ends it)
    young_only = facts.get("minor") and "utter_referral_runaway" not in referred
    if referred and (turn.intent in ("thank", "goodbye") or _THATS_ALL.search(normalise(turn.text))) and not (
            describes(turn, found) or facts.get("exploitation") or young_only or set(
                facts.get("means_of_control") or ()) - _NOT_HOLDING):
        # "ok thank you ill call them. thats all i needed" after the domestic violence line: a short goodbye, and the
        # intake ends (it went on to a read-back, and a trafficking report was filed)
        out.slots.update(not_trafficking=True, tip_facts={**facts, "closing": True})
        return out
    if referred and asked == "tip_what" and slots.get("tip_what") is None and not (
            describes(turn, found) or has_facts(found)) and turn.words <= 4:
        # the answer to "is there anything more? for example…" after another line's help
        if says_no(turn):  # "no", "não": a short goodbye, the intake ends (it got "what happened, in your words?")
            out.slots.update(not_trafficking=True, tip_facts={**facts, "closing": True})
            return out
        if says_yes(turn):  # "yes": go ahead (it was filed as what is happening: "yes")
            out.say.append("utter_tell_more")
            return out
    # a child used for sex, in any exchange: yes, plainly ("im 16… i gotta pay rent… with sex. is that trafficking",
    # after the runaway line, got "it doesn't sound like trafficking")
    child_sold = bool((facts.get("minor") or found.minor) and "SexualExploit" in {
        *(facts.get("exploitation") or ()), *found.exploitation})
    if referred and _IS_IT_OR_NOT.search(normalise(turn.text)) and not describes(turn, found):
        # "wait so is it or not? i just need to know where to go"
        out.say.append("utter_yes_trafficking_minor" if child_sold else "utter_probably_not_trafficking")
        return out
    if asks_what_trafficking_is(turn.text) or referred and _CAN_I_REPORT_IT.search(normalise(turn.text)) and not (
            describes(turn, found)):
        # (a first message got the opening alone); then the same question. After a referral for a scam, a landlord or
        # violence at home, "esto es trata o no?" is answered as that: it does not sound like it (it was ignored), and
        # so is "so can i report them or not" (after money kept by family: it was ignored, and a report was filed)
        out.say.append("utter_yes_trafficking_minor" if child_sold else "utter_probably_not_trafficking" if referred
                       else "utter_what_trafficking_is")
        if not (describes(turn, found) or found.means_of_control):
            _keep_what_was_told(out, slots, turn, found)
            if asked in MENUS and slots.get(asked) is None:
                # "de mi pero me contesta, eso es trata o no?": the answer before the question is taken
                first = re.split(r",|\b(?:pero|but|mais|mas)\b", turn.text, maxsplit=1)[0]
                chosen = _menu_answer(asked, replace(turn, text=first), extract(first, turn.language))
                if chosen:
                    out.slots[asked] = chosen
            return out
    if turn.intent != "ask_who" and turn.words <= 6 and is_question(turn.text) and _names_topic(
            "utter_who_we_are", normalise(turn.text)):
        out.say.append("utter_who_we_are")  # "vc e robo?" (read as a greeting, it got "Estou aqui.")
        return out
    if _WAIT_TO_REPORT.search(normalise(turn.text)):
        # "tengo que esperar 24 horas para reportarla a la policia?" (it got "No, no somos la policía")
        out.say.append("utter_no_wait_to_report")
        return out
    # told by a witness ("he says hell send the pics to her mom"): a sign of control in the tip, not advice to them
    # ("mais les photos?? il va les envoyer si je viens pas": asked again, it got the immigration answer)
    blackmailed = threatens_with_images(normalise(turn.text)) and (not facts.get("told_sextortion") or is_question(
        turn.text)) and not _kept_by_images(turn, slots) and slots.get("reporter_role") != "other"
    if asks_about_sextortion(turn.text, slots) or blackmailed:
        # "should i just send more so they stop??" (the next form question came), "should i pay him" after the pictures
        # were told (it got the Department of Labor), "hes blackmailing me with pics" (the immigration answer): do not
        # pay, keep the messages, where to report
        out.say.append("utter_sextortion")
        out.slots["tip_facts"] = facts = {**(out.slots.get("tip_facts") or facts), "told_sextortion": True}
        if asks_about_sextortion(turn.text, slots) or is_question(turn.text):
            _keep_what_was_told(out, slots, turn, found)
            return out  # (told, it is also the answer to the question asked)
    if asked and asks_about_abroad(turn.text) and not describes(turn, found):
        out.say.append("utter_abroad")  # then the same question
        return out
    if asked in FREE_TEXT | {"exploitation_type"} and _ABOUT_THE_QUESTION.search(normalise(turn.text)) and (
            is_question(turn.text)) and not describes(turn, found):
        # "does it have to be an exact address?", "what counts as sex?", "whole story or short version?": whatever they
        # know helps (each got "I can't answer that here"); then the same question
        out.say.append("utter_any_detail_helps")
        return out
    if asked and asked != "safe_to_talk" and _WHAT_ELSE.search(normalise(turn.text)) and not describes(turn, found):
        # "vous voulez savoir quoi d'autre?" (it got "I can't answer that here"): on with the questions
        out.say.append("utter_carry_on")
        return out
    official = official_question(turn.text)
    if official:
        # "do i have to call CPS too?" from a teacher, "im a detective, i need the records of a tip" (they got "I can't
        # answer that here", or "No, this is not the police" again and again); a tip told with it is kept
        out.say.append(official)
        _keep_what_was_told(out, slots, turn, found)
        return out
    answer = answers_and_tells(turn, found)
    if _CALL_POLICE_FOR_ME.search(normalise(turn.text)) or (facts.get("danger") or facts.get("person_coming")) and (
            _CAN_YOU_CALL.search(normalise(turn.text))):
        # "can u call the cops for me", "please call 911 for me im at the motel 6 room 114" (they got the next question)
        out.say = [*(r for r in out.say if r not in ("utter_danger_what_to_do", "utter_police_now")),
                   "utter_police_now"]
        _keep_what_was_told(out, slots, turn, found)
        return out
    if turn.danger and (answer == "utter_not_police" or not answer and turn.intent == "ask_police"):
        # "can you send the police… they are hurting a girl right now": not "we only contact the police if you ask"
        # (they just did), but 911 now, and the person joining (which says what the 911 line says)
        out.say = [*(r for r in out.say if r not in ("utter_danger_what_to_do", "utter_police_now")),
                   "utter_police_now"]
        if not describes(turn, found):
            return out
    elif answer:
        out.say.append(answer)
    elif steps_aside(turn, asked, found, about):
        if asked is None and turn.intent in ANSWERS and turn.confidence >= 0.5 and (
                _ASKS.search(turn.text) or _names_topic(ANSWERS[turn.intent], normalise(turn.text))):
            # the first message is a question: the form opens with its answer, then the safety check ("tengo
            # miedo", read as a question about immigration, gets the opening alone)
            return Step(say=[ANSWERS[turn.intent]])
        if asked is None and turn.intent == "out_of_scope":
            return Step(say=["utter_out_of_scope"])  # what this line is for, then the opening and the safety check
        if not (asked in PLACE_TIME_PEOPLE and turn.intent in SOCIAL):
            return Step(steps_aside=True)
        if facts.get("aside") != asked:
            return Step(slots={"tip_facts": {**facts, "aside": asked}}, steps_aside=True)
        # small talk twice in a row to the same question is its answer: "Tulare, CA" to "where?", read as chitchat,
        # got "I'm here for you." and the same question, again and again
    facts = {k: v for k, v in facts.items() if k != "aside"}  # (an answer: the next small talk is set aside again)
    if facts != (slots.get("tip_facts") or {}):
        out.slots["tip_facts"] = facts
    text = turn.text.strip()
    if only_a_work_problem(turn, asked, facts, slots):
        out.slots["not_trafficking"] = True
        if asked in _BEFORE_THE_TIP:  # also when told to the privacy menu or the contact question
            _join_the_tip(out, slots, text)  # (after a referral, with what was told before it)
        return out

    if asked is None and facts.get("referred"):
        # after "this sounds like a problem at work": more about the job gets the short version of that answer;
        # a sign of trafficking ("he also has my passport") opens the intake, the safety check already answered
        if turn.intent != "greet" and turn.words <= 4 and not has_facts(found) and (
                turn.intent in SOCIAL | {"affirm", "deny"} or _ACK.fullmatch(" ".join(_WORD.findall(normalise(
                    turn.text))))):
            # "ok", "k thx", "alright": a short "we're here whenever you need us" (it got the whole referral again,
            # four times in a row)
            out.slots.update(not_trafficking=True, tip_facts={**facts, "closing": True})
            return out
        # (long hours, pay kept or yelling: more of the same job, not a sign that reopens the intake; "also he yells
        # at us a lot" asked "where?" after the referral)
        signs = set(found.means_of_control or ()) - _WAGE_ONLY - {"PsychologicalAbuse"}
        if turn.intent not in SOCIAL and not (signs or found.exploitation or found.minor
                                              or turn.intent == "report_tip" and describes(turn, found)
                                              and not found.means_of_control):
            out.slots.update(not_trafficking=True)
            if found.means_of_control:  # more of the same job ("just want my money"): kept with what was told
                _join_the_tip(out, slots, text)
            return out
        facts = {k: v for k, v in facts.items() if k != "referred"}
        out.slots["tip_facts"] = facts
    if asked is None:
        _keep_what_was_told(out, slots, turn, found)
        return out

    if slots.get("paused") and asked == "safe_to_talk":
        if can_talk_now(turn.text):  # "no im here now i can talk" (its "no" paused the chat again)
            out.slots.update(paused=False, safe_to_talk=True)
            if has_facts(found) or describes(turn, found):
                # "ok hes gone back to the front. im at a motel, Super 8 in gary indiana room 214. my bf brought me
                # here…": the story told with it is kept (it got "What would you like to tell us?", and was lost)
                _keep_what_was_told(out, slots, turn, found)
            return out
        if says_no(turn):
            out.slots["paused"] = True
            out.say.append("utter_safety_pause")
            return out
        out.slots["paused"] = False
        if says_yes(turn) or has_facts(found) or turn.intent == "report_tip":
            out.slots["safe_to_talk"] = True
        _keep_what_was_told(out, slots, turn, found)
        return out

    if asked != "tip_confirmed" and asks_something_else(turn, found):
        # then the same question again; in danger, what to do now ("vous pouvez localiser mon telephone?", "comment je
        # dis au 911 ou je suis" got the next form question or "I can't answer that here"); "what if he sees this?"
        # is answered by how to hide the chat, said above
        if not any(r.startswith("utter_how_to_hide") for r in out.say):
            out.say.append("utter_danger_what_to_do" if facts.get("danger") else "utter_cannot_answer")
        return out

    if asked in ("reporter_role", "privacy_level") and turn.unread and not (
            found.role if asked == "reporter_role" else found.privacy or re.search(_NUMBER_OR_EMAIL, normalise(text))):
        # sent before this question was: "my neighbor's kid…" then at once "its in dallas", before "about you or
        # someone else?" or the privacy menu could be read. It is kept, and the question still stands (it was taken
        # as the answer: "unspecified", or the most private choice, which the person never made)
        _keep_what_was_told(out, slots, turn, found)
        out.quiet = True
        return out

    if asked == "safe_to_talk" and _UNSURE_IF_SAFE.match(normalise(text)) and not has_facts(found):
        # "no se si es seguro", "nose", "not sure": why it is asked, once, and then the pause (it was taken as a yes)
        if asked in _asked_again(out, facts):
            out.slots.update(paused=True, tip_facts={**facts, "was_paused": True})
            out.say.append("utter_safety_pause")
        else:
            _in_plain_words_once(out, facts, asked, then=None)
        return out

    if asked == "safe_to_talk":
        if says_no(turn) and not has_facts(found) and not can_talk_now(turn.text):
            out.slots.update(paused=True, tip_facts={**facts, "was_paused": True})
            out.say.append("utter_safety_pause")
            return out
        lead = re.split(r"[.,;!?]", text.strip(), maxsplit=1)[0]
        rest = replace(turn, text=text.strip()[len(lead):].strip(" .,;!?"), intent="")
        if lead != text.strip() and says_no(replace(turn, text=lead, intent="")) and not can_talk_now(text) and not (
                has_facts(found) or says_yes(rest) or _SAYS_SAFE.search(normalise(rest.text))
                or re.search(r"\b(yes|yeah|yep|si|sim|oui|fine|ok|okay|safe|segur[oa]|bien|tranquil[oa]|puedo)\b",
                             normalise(rest.text))):
            # "no mucho. el hombre esta afuera" (not really; the man is outside): the pause, and what it tells is kept
            # (it was taken as a yes, the questions went on, and the answer was filed as When)
            out.slots.update(paused=True, tip_facts={**facts, "was_paused": True})
            out.say.append("utter_safety_pause")
            _keep_what_was_told(out, slots, turn, found)
            return out
        out.slots["safe_to_talk"] = True
        if found.ongoing is not None and not has_facts(replace(found, ongoing=None)):
            # "si ahorita si, ella fue al super": now is when it is safe to write, not when the tip happens (it was
            # read back as "Cuándo: sigue pasando"; "yes right now its ok" was filed as When)
            found = replace(found, ongoing=None)
            if not _REAL_TIME.search(normalise(text)):
                about = about - {"tip_when"}
            if "tip_facts" in out.slots and (slots.get("tip_facts") or {}).get("ongoing") is None:
                out.slots["tip_facts"] = {k: v for k, v in out.slots["tip_facts"].items() if k != "ongoing"}
        if _SAYS_SAFE.search(normalise(text)) and found.ongoing is False:
            found = replace(found, ongoing=None)  # "im safe now" is not "it is not going on any more"
            if "tip_facts" in out.slots and (slots.get("tip_facts") or {}).get("ongoing") is None:
                out.slots["tip_facts"] = {k: v for k, v in out.slots["tip_facts"].items() if k != "ongoing"}
        said_safe = _WHY_SAFE.search(normalise(text)) or _SAYS_SAFE.search(normalise(text)) and not has_facts(found)
        if said_safe and not found.means_of_control:
            # why it is safe now: "Yes safe, it is night, all sleeping", "ya he left for the night", "yes, he went to
            # the store" (each was filed as When, or the store as the place)
            before = slots.get("tip_facts") or {}
            if "tip_facts" in out.slots:
                out.slots["tip_facts"] = {k: v for k, v in out.slots["tip_facts"].items()
                                          if k not in _READ_FROM_A_MESSAGE or k in before}
            return out
        _keep_what_was_told(out, slots, turn, found)
        if slots.get("tip_what"):
            # "i dont know the address its a motel off i-10" after "help me he locked me in": the place (it went
            # unread, and "where?" came later as if nothing had been said)
            if _fill_instead(out, asked, about, found, slots, text) or has_facts(found):
                out.say.append("utter_noted")  # "es una casa en las afueras de san antonio": noted, then who
        return out

    if asked == "reporter_role":
        _keep_what_was_told(out, slots, turn, found)
        if _role_of(turn, found) == "unspecified" and (says_yes(turn) or says_no(turn)) and turn.words <= 3 and (
                not out.slots.get("tip_what")):
            _in_plain_words_once(out, facts, asked, then="unspecified")  # "yes" to "about you or someone else?"
            return out
        out.slots["reporter_role"] = _role_of(turn, found)
        return out

    if asked == "privacy_level":
        if found.role and slots.get("reporter_role") in (None, "unspecified") and not found.privacy and (
                turn.words <= 6):
            out.slots["reporter_role"] = found.role  # "someone else" a question late: taken, and the menu again
            return out
        sentences = [p for p in _SENTENCE.split(text.strip()) if p.strip()]
        chosen = extract(sentences[0], turn.language, expecting="privacy").privacy if len(sentences) > 1 and len(
            _WORD.findall(sentences[0])) <= 4 else None
        if chosen:
            # "pode ser o 2. meu nome é Marcia Oliveira, pode me ligar neste numero mesmo. a senhora…": the menu's
            # answer first, then the rest (it was filed "share", the whole message kept as the contact)
            found = replace(found, privacy=chosen)
            text = " ".join(sentences[1:])
        if not found.privacy and re.search(_NUMBER_OR_EMAIL, normalise(text)) and looks_like_contact(text) and not (
                has_facts(found)):
            # "maria, 555-201-3344, mornings": a way to reach them is the choice to share it (it was filed as
            # anonymous, and the number dropped)
            out.slots.update(privacy_level="share", contact=text)
            return out
        last = [p for p in re.split(r"(?<=[.!?,])\s+", text.strip()) if p.strip()][-1:]
        if not found.privacy and last and last[0] != text.strip():
            # "ya se fue. la 2": the choice after the news (it was asked again, then taken as anonymous)
            chosen = re.sub(r"^\W*(escogi|elegi|eleji|escoji|i chose|i picked|i said|te dije|je choisis|j'ai choisi"
                            r"|escolhi|eu escolhi)\s+", "", last[0], flags=re.IGNORECASE)  # ("…escogi la 2")
            found = replace(found, privacy=extract(chosen, turn.language, expecting="privacy").privacy)
        if not found.privacy and not found.dont_know and asked not in _asked_again(out, facts):
            # "si es seguro" (the safety answer, late), "ok", "de mi y de otros 4 compas": no choice made; the menu
            # once more in plain words, then the most private choice (it was taken as "anonymous" at once)
            if has_facts(found) or describes(turn, found):
                _keep_what_was_told(out, slots, turn, found)
            out.say.append(explanation(asked))
            _mark_asked_again(out, facts, asked)
            return out
        out.slots["privacy_level"] = found.privacy or "anonymous"
        after_choice = replace(turn, text=re.sub(r"^\W*[1-3]\b\W*", "", text))  # the menu's number said first
        if found.privacy in ("share", "confidential") and _took_contact_and_tip(out, slots, after_choice,
                                                                                found.privacy):
            return out  # "1 me llamo Rosa, este numero. el señor se llevo a la niña…": the tip was kept as the contact
        if found.privacy in ("share", "confidential") and re.search(_NUMBER_OR_EMAIL, normalise(text)):
            # "share contact, im her mom, Denise 317 555 0142": the choice and the way to reach them at once (the
            # contact question came next, and the number was asked for twice more)
            out.slots["contact"] = text
        elif found.privacy in ("share", "confidential") and turn.channel != "web" and (
                gives_this_number(text) or _CALL_ME_HERE.search(normalise(text))):
            # "2, me pueden hablar a este numero en la mañana": this number, and when (it was asked for again); "1 pode
            # me ligar, sou a Rosangela", "1, meu numero e esse, sou Marcos" (the contact question came next)
            offered = _contact_offered(text, found.privacy)
            out.slots["contact"] = offered if offered and contact.read(offered)[0] else _this_number(turn)
        elif found.privacy in ("share", "confidential") and _HOW_TO_REACH.search(normalise(text)):
            # "2 but dont text me in the day he checks our phones sometimes": how (not) to reach them is kept with the
            # contact, where staff look before they write (it joined the story only)
            lead = _LEAD.match(text)
            how = _BUT.sub("", lead.group("rest")).strip() if lead and lead.group("rest") else text
            # "2 then but text only dont call": by text, at the number they write from (the report kept "text only
            # dont call" and no number, so nobody could write)
            text_only = turn.channel != "web" and _TEXT_ONLY.search(normalise(text))
            out.slots["contact"] = contact.this_number(how) if text_only else how
        _keep_what_was_told(out, slots, turn, found)
        return out

    if found.privacy and (turn.words <= 4 or _CORRECTING.match(turn.text) or _WITHDRAW.search(normalise(text))
                          or takes_back_anonymity(text) or changes_privacy(text, found, slots)) and not (
            says_no(turn) and found.privacy != "anonymous"):
        # ("actually no i changed my mind… anonymous pls": a no, and anonymous)
        # "anonymous" to another question, "actually you can contact me": the privacy choice is taken (and the
        # contact question comes if they now share), then the question is asked again
        out.slots["privacy_level"] = found.privacy
        numbered = bool(re.search(_NUMBER_OR_EMAIL, normalise(text)))
        offered = (_contact_offered(text, found.privacy) or (text if numbered else None)) if slots.get("contact") in (
            None, NONE) and (numbered or gives_this_number(text)) else None
        if offered:  # "actually you can call me at 239-555-0142 after 8pm": the number too (it was asked for again)
            out.slots["contact"] = offered
            out.say.append("utter_contact_noted")
        if asked != "tip_confirmed" or not has_facts(found):
            return out
        # at the read-back, what else the message says is read as a correction too ("mejor cambialo a la 2,
        # confidencial. y tambien le quito el pasaporte": the passport was added, and the privacy choice was not)

    if asked == "contact" and (_NO_CONTACT_WANTED.match(normalise(text)) or _NOT_THIS_NUMBER.search(
            normalise(text)) and not re.search(_NUMBER_OR_EMAIL, normalise(text))):
        # "i said skip", "Contact: none", "passer. pas ce numero il va voir" (each was kept as the contact; the last
        # as "this number", on a phone her husband reads)
        return Step(slots={"contact": NONE})
    if asked == "contact":
        kind = _answer_kind(turn, found)
        contact_like = bool(_CONTACT.search(normalise(text)) or _ASK_FOR.search(normalise(text)))
        if _took_contact_and_tip(out, slots, turn, slots.get("privacy_level")):
            return out  # "Rosa, this number. a man took the girl in a grey car 10 min ago": each in its place
        if offers_contact(text):
            out.say.append("utter_tell_more")  # "i can give my email": "Go ahead, I'm reading." (it was kept as the
            return out  # contact, and no email was ever asked for)
        if turn.channel == "web" and (gives_this_number(text) or says_yes(turn) and not contact_like):
            # "ok", "ya" on the web chat: there is no number to reach (it was read back as "Contact: this number")
            _in_plain_words_once(out, facts, asked, then=NONE)
        elif gives_this_number(text) or says_yes(turn):
            out.slots["contact"] = _this_number(turn)
            if not describes(turn, found):
                _tells_nothing_of_the_tip(out, slots)  # ("ce numéro, le soir quand les enfants dorment")
        elif not contact_like and describes(turn, found) and (
                turn.words > 8 or found.exploitation or found.means_of_control or found.labour_type):
            _keep_what_was_told(out, slots, turn, found)  # the tip, told before the contact: kept as the tip, and
            # the contact question comes after the tip's questions; more of it after the tip was told: in plain words
            # once, then not again (it was asked four times in a row)
            if slots.get("tip_what"):
                _in_plain_words_once(out, facts, asked, then=NONE)
            elif not facts.get("contact_later"):
                out.slots["tip_facts"] = {**(out.slots.get("tip_facts") or facts), "contact_later": True}
        elif not kind and not contact_like and (
                has_facts(found) or found.ongoing is not None or describes(turn, found)
                or not looks_like_contact(text)
                or "tip_when" in about and (_EVENT.search(normalise(text)) or _DURATION.search(normalise(text)))):
            # "its still going on, like 4 months", "at the club and the apartment": when and where (kept in the facts,
            # and as the answer to an open question), not a way to reach them (it was read back as the contact); the
            # contact question comes again, in plain words; not a third time (then no contact is kept)
            if not _fill_instead(out, asked, about, found, slots, text) and not looks_like_contact(text):
                _join_the_tip(out, slots, text)  # "comida, en la cocina": told about what happens
            _in_plain_words_once(out, facts, asked, then=NONE)
        else:
            out.slots["contact"] = NONE if kind else text
            if not describes(turn, found):
                _tells_nothing_of_the_tip(out, slots)
            if _ASK_FOR.search(normalise(text)):
                out.slots.pop("tip_facts", None)  # "pregunten por Lupe en la tienda": the store is not the tip's
        return out

    offered = _contact_offered(text, slots.get("privacy_level")) if (
        slots.get("contact") in (None, NONE) and turn.words <= 15) else None
    if not offered and slots.get("contact") in (None, NONE) and turn.words <= 15 and turn.channel != "web" and (
            slots.get("privacy_level") in ("share", "confidential")) and gives_this_number(text) and not (
            _named_field(text)):
        # "me llamo Beto, a este numero en la noche" to the signs question, after "la 2" (filed as a sign, and the
        # report was left with no way to reach him)
        offered = _this_number(turn)
    if offered and not describes(turn, found):
        # "you can reach me at 407-555-0199", whatever was asked; a number given with "call me" after anonymity was
        # chosen (or taken for an answer the menu did not understand) is the person's choice to share
        if slots.get("privacy_level") == "anonymous":
            out.slots["privacy_level"] = "share"
        out.slots["contact"] = offered
        _tells_nothing_of_the_tip(out, slots)
        out.say.append("utter_contact_noted")  # then the question asked is asked again
        return out
    given = slots.get("contact")
    if isinstance(given, str) and given not in (NONE, UNKNOWN) and slots.get("privacy_level") in (
            "share", "confidential") and _HOW_TO_REACH.search(normalise(text)) and (
            _WHEN_TO_REACH.search(normalise(text)) or phone_checked(text)) and not (
            describes(turn, found) and turn.words > 15) and normalise(text) not in normalise(given):
        # "stop texting me after 6 tho my roommate checks my phone", the contact given: kept with it, where staff look
        # before they write (it was filed as a sign of control at the read-back, and joined the story elsewhere)
        out.slots["contact"] = f"{given}; {text}"
        _tells_nothing_of_the_tip(out, slots)
        out.say.append("utter_contact_noted")
        return out

    if asked == "exploitation_type":
        if _CORRECTING.match(text) and not (found.exploitation or _names_a_kind(text)):
            # "wait no the van leaves at 5am not 4": a correction of what they told (it was filed as when, and lost
            # from the tip); noted with the tip, then the kind question again
            _join_the_tip(out, slots, text)
            out.say.append("utter_noted")
            return out
        out.slots["exploitation_type"] = _exploitation_of(turn, found)
        if out.slots["exploitation_type"] != UNKNOWN and (turn.words >= 6 or turn.words >= 4 and (
                out.slots["exploitation_type"] == "OtherExploit")):
            # "he buys her stuff nails phone clothes": more of what happens, kept with the tip (it was filed only as
            # "other", and the words were lost)
            _join_the_tip(out, slots, text)
        if _BOTH.match(turn.text):  # the kinds the report files are the facts': both, as the person said
            current = out.slots.get("tip_facts") or facts
            out.slots["tip_facts"] = {**current, "exploitation": out.slots["exploitation_type"].split(",")}
        if out.slots["exploitation_type"] == UNKNOWN and not _answer_kind(turn, found) and not describes(turn, found):
            # "it started 2 weeks ago": when; a description ("a young girl next door… men come and go at night")
            # joins the narrative below, and is not filed whole as when and who
            elsewhere = _fill_instead(out, asked, about, found, slots, text) or about & {"tip_where", "tip_when"}
            if elsewhere and asked not in _asked_again(out, facts):
                # "Atlanta" to "work, sex or something else?": the place, noted, and the kind question once more (the
                # report was filed with no kind)
                del out.slots["exploitation_type"]
                _mark_asked_again(out, facts, asked)
                out.say.append("utter_noted")
                return out
        _keep_what_was_told(out, slots, turn, found)
        return out

    if asked == "tip_confirmed":
        if _SEND_IT.search(normalise(turn.text)) and not has_facts(found) and not _corrects_too(turn) and not (
                _NOT_SENDING.search(normalise(turn.text))):  # ("espera no lo mandelo" was sent)
            out.slots["tip_confirmed"] = True  # "ok i thought about it, please send it" (it was added to the tip)
            return out
        sentences = [p for p in _SENTENCE.split(turn.text.strip()) if p.strip()]
        offering = [p for p in sentences if _offers_this_number(p, slots.get("privacy_level"))]
        if asks_for_a_person(turn.text, turn.confidence if turn.intent == "request_human" else 0.0) and not (
                describes(turn, found) or offering):
            # "quiero hablar con alguien de verdad antes de mandar esto" (read as a detail: it was added to the tip);
            # not "vous pouvez m'appeler à ce numéro quand…", the way to reach them (a person was called for)
            return Step(hand_over=True)
        if _WILL_WAIT.match(normalise(turn.text)):
            out.say.append("utter_take_your_time")  # "ok ill wait", "ok espero": nothing is sent (it filed the tip)
            return out
        if turn.channel != "web" and not _named_field(turn.text) and offering and not not_own_phone(turn.text):
            # "this number, after 6pm", "u can text me at this number but only after 6pm when we're done in the field",
            # "actually someone can text me here, after 10pm is best" to the read-back: how to reach them, and the
            # choice to share (each replaced When, or Where and When, or was noted as "Also"); the other sentences of
            # the message correct as they would alone ("theyre girls not women, like 15. and its 2210 elm st. u can
            # text me at this number but only after 6pm" all went to the contact)
            rest = " ".join(p for p in sentences if p not in offering)
            _tells_nothing_of_the_tip(out, slots)
            if rest:
                out.slots.update(correction(replace(turn, text=rest), slots, extract(rest, turn.language)))
            if slots.get("privacy_level") not in ("share", "confidential"):
                out.slots["privacy_level"] = "share"
            out.slots.update(contact=_this_number(replace(turn, text=" ".join(offering))), correcting=False)
            out.say.append("utter_contact_noted")
            return out
        named = _field_named_with_the_wrong(turn.text)
        if named and named[0] and only_says_wrong(named[1] or "wrong") and not has_facts(found):
            # "no, the place is wrong": what it should say, asked (it was read back as "Where: wrong")
            return Step(slots={"correcting": True}, say=["utter_ask_correction"], quiet=True)
        if only_says_wrong(turn.text) and not has_facts(found):
            # "its still wrong", "ainda ta errado", "no thats not right": which part, asked (it filed the report as it
            # was, or put the complaint in When)
            return Step(slots={"correcting": True}, say=["utter_which_part_wrong"], quiet=True)
        if slots.get("correcting"):
            changes = correction(turn, slots, found)
            nothing = set(changes) <= {"tip_facts", "tip_more"} and _answer_kind(turn, found) is not None
            if nothing or (says_yes(turn) and turn.words <= 3) or _ALL_RIGHT.match(normalise(turn.text)):
                # "yes", "nothing", "never mind" to "what should I change?": it is right as read back; filed (the
                # read-back again asked for one more yes, and a person who left then left no report; anything
                # they write after filing is added to it)
                out.slots.update(correcting=False, tip_confirmed=True)
            else:
                out.slots.update(changes, correcting=False)
        elif _HOLD_ON.match(normalise(turn.text)) and len(_WORD.findall(_HOLD_ON.sub("", normalise(turn.text)))) <= 4:
            # "wait", "hold on": nothing filed, nothing changed ("wait it started in march not may. and he dont
            # actually hit them" is a correction: it got "take your time", and nothing changed)
            out.say.append("utter_take_your_time")
        elif _YES_BUT.match(turn.text):
            # "yes but its Brooklyn": the rest is a correction (it was filed, and Brooklyn dropped)
            rest = _YES_BUT.sub("", turn.text).strip()
            changes = correction(replace(turn, text=rest), slots, extract(rest, turn.language)) if rest else {}
            if changes and set(changes) != {"tip_facts"}:
                out.slots.update(changes)
            else:
                out.slots["correcting"] = True
        elif says_yes(turn) and (turn.words <= 3 or _YES.match(turn.text)) and not (
                turn.words >= 2 and _GOES_ON.match(normalise(turn.text))) or _ALL_RIGHT.match(
                normalise(turn.text)) and not re.match(r"^\W*(no|non|nao|nope|nah|wait|sorry|oops|perdon|desculpa)\b",
                                                       normalise(turn.text)):
            # ("wepa, si esta bien", "nada, esta bien, mandelo": added to "Also", and the report was never sent)
            # ("look", read as a yes by the model, filed the report; "y tiene 55", its "y" read as yes, filed it as it
            # was)
            out.slots["tip_confirmed"] = True
        else:
            had = set((slots.get("tip_facts") or {}).get("means_of_control") or ())
            # "no debt": a sign taken out (it got "What should I change?", as a bare "no" does)
            bare_no = says_no(turn) and turn.words <= 2 and not denied_signs(turn.text, turn.language) & had
            fixed = _without_asides(turn.text)
            if fixed != turn.text.strip() and fixed:
                # "the address is on 4th st 1120 something, u left it out. otherwise yes": the change alone (the place
                # was read back with "u left it out", and "Also: otherwise yes")
                turn, found = replace(turn, text=fixed), extract(fixed, turn.language)
            changes = correction(turn, slots, found) if not bare_no else {}
            if changes and set(changes) != {"tip_facts"}:
                out.slots.update(changes)
            else:
                out.slots["correcting"] = True
        return out

    if asked in FREE_TEXT:
        text = _LEADING_AND.sub("", text) or text  # "and it's in houston" is read back as "it's in houston"
        text = without_i_said(text) or text
        if asked in ("tip_what", *PLACE_TIME_PEOPLE) and _ACK.fullmatch(" ".join(_WORD.findall(normalise(text)))):
            out.say.append("utter_carry_on")  # "OK, let's go on.", then the same question again
            return out
        if asked in ("tip_where", "tip_who") and asked not in about and not has_facts(found) and turn.words <= 6 and (
                _ALREADY_TOLD.search(normalise(text)) or says_yes(turn) and turn.words <= 3):
            # "yes", "i already told you" to "where?": not the place (it was read back as "Where: yes"); the place told
            # earlier to another question when there is one, else the question in plain words once
            earlier = _told_earlier(asked, slots, turn)
            if earlier:
                out.slots[asked] = earlier
                out.say.append("utter_noted")
            else:
                _in_plain_words_once(out, facts, asked, then=UNKNOWN)
            return out
        kind = _answer_kind(turn, found)
        if asked in ("tip_control", "tip_when", "tip_who", "tip_more") and asked not in about and (
                "tip_where" in about) and not kind and not found.means_of_control and slots.get("tip_where") not in (
                None, UNKNOWN) and turn.words <= 12 and not _another_place(found, facts):
            # "on bissonnet near the freeway" after "Houston": more of the place, added to it; then this question again
            # (it was filed as who, or as a sign of control)
            out.slots["tip_where"] = f"{slots['tip_where']} / {text.strip()}"
            out.say.append("utter_noted")
            return out
        if asked != "tip_what" and (_CORRECTING.match(text) or _says_a_place_was_wrong(text, slots)
                                    or _right_first(text, slots)
                                    or asked == "tip_more" and _corrects_an_answer(text, slots, about)):
            changes = correction(turn, slots, found)
            changed = set(changes) & (set(PLACE_TIME_PEOPLE) - {asked})  # signs of control are added to, not replaced
            if changed:
                out.slots.update({name: changes[name] for name in (*changed, "tip_facts")})
                return out  # the earlier answer is changed, and this question is asked again
        if asked == "tip_what" and _ONLY_A_START.match(normalise(text)):
            # "ok so", "bueno pues", "alors": the story is about to come, in pieces (it was filed as what happened,
            # and the story that followed went to "where" and "when")
            out.say.append("utter_tell_more")
            return out
        if asked in ("tip_more", "tip_control") and says_yes(turn) and turn.words <= 3 and kind != NONE:
            # ("ya es todo" begins like a yes, and says there is nothing more)
            # "yes" to "anything else?" or "noticed any of this?": "Go ahead, I'm reading."; "yes" again after that is
            # taken as said, and the intake goes on (it answered "Go ahead" to every yes)
            _in_plain_words_once(out, facts, asked, then=text if asked == "tip_control" else NONE,
                                 say="utter_tell_more")
            return out
        if asked == "tip_when" and "tip_when" not in about and turn.words <= 4 and not found.dont_know and (
                says_yes(turn) or kind == NONE) and not has_facts(found):  # ("OKC" was read as a yes)
            # "sí" / "no" to "when did this happen? is it still going on?": the last question's answer ("Cuándo: si"
            # was read back); the time itself is not known
            current = out.slots.get("tip_facts") or facts
            out.slots["tip_facts"] = {**current, "ongoing": kind != NONE}
            # "now" is when ("now" was read as a yes and filed as unknown, and a later "long hours and passport
            # taken" was then filed as when)
            out.slots["tip_when"] = text if _NOW_ONLY.fullmatch(normalise(text)) else UNKNOWN
            return out
        if asked == "tip_what" and kind:
            # "idk", "no" to "what would you like to tell us?": the question in plain words once (a report saying
            # only "What: idk" was filed), then it is unknown
            _in_plain_words_once(out, facts, asked, then=UNKNOWN)
        elif asked == "tip_what":
            out.slots["tip_what"] = text
        elif asked in ("tip_control", "tip_more"):
            # "been like that since spring" to the control question: when, not a sign of control; asked again
            # (a long answer that tells what is done to them is the answer, whatever time it also says: "he holds onto
            # their room keys… they never come down alone. diff men go up every hour or so" was filed as when)
            if asked == "tip_control" and not kind and not found.means_of_control and turn.words <= 12 and (
                    _NAMES_SOMEONE.search(normalise(text)) and not _PLACE_CALLED.search(normalise(text))):
                # "her name is Darlene Whitt. the mom is Rosa" to the signs question: who they are, joined to the tip,
                # and the signs asked again in plain words (the names were filed as the signs of control)
                _join_the_tip(out, slots, text)
                _in_plain_words_once(out, facts, asked, then=NONE)
                return out
            if kind == NONE and not found.dont_know:
                # "no but the boss has a gun", "non, mais il a son passeport" to "anything else?": what follows the no
                # is the answer (it was filed as "nothing", and the passport lost)
                rest = _AFTER_A_NO.sub("", text).strip(" ,.;")
                then = extract(rest, turn.language)
                if rest != text.strip(" ,.;") and (len(rest.split()) >= 3 or has_facts(then)) and not _answer_kind(
                        replace(turn, text=rest, intent=""), then):
                    text, kind = rest, None
                    out.slots["tip_facts"] = facts = merge_facts(out.slots.get("tip_facts") or facts, then)
            if _ADULTS_SAID.search(normalise(turn.text)) and not extract(turn.text, turn.language).ages:
                # "non pas de mineurs, les enfants cest ceux de la famille", "no hay menores" to "anything else?": no
                # minor, and no mandated report (it stayed)
                now = out.slots.get("tip_facts") or facts
                out.slots["tip_facts"] = facts = {**now, "minor": False, "not_minor": True, "ages": [
                    a for a in now.get("ages") or () if not (isinstance(a, int) and a < 18)]}
                if kind == NONE:
                    text, kind = turn.text.strip(), None  # (and staff read it as said)
            elsewhere = asked == "tip_control" and not kind and not found.means_of_control and (
                turn.words <= 10 or not describes(turn, found)) and _fill_instead(out, asked, about, found, slots, text)
            if not elsewhere:
                out.slots[asked] = kind or text
            else:
                out.say.append("utter_noted")  # "Gracias, lo anoté.", then the signs question again (it came three
                # times in a row, word for word, while the person answered "when?" and "who?")
        else:
            # "she is 17" to "when did this happen?": it answers "who", and "when" is asked again
            again = _asked_again(out, facts)
            # "men come and go at night" to "when?" tells what happens, not when it happened or since when
            timely = asked in about and not (asked == "tip_when" and found.ongoing is None and turn.words >= 10
                                             and not _EVENT.search(normalise(text)))
            if not kind and not timely and describes(turn, found) and slots.get("tip_what") and (
                    found.exploitation or found.means_of_control or found.labour_type or turn.words >= 15):
                # more of what is happening, told to "where?" ("10 guys in a 2 bedroom house, a van picks them up
                # at 5am…"): it joins the narrative, what it says of when and who is in the facts (those questions
                # are then skipped), and this question comes again; it was filed whole as "when" and "who"
                _keep_what_was_told(out, slots, turn, found)
                out.say.append("utter_noted")  # "Thanks, I've noted that.": not the same question as if unread
                return out
            if asked == "tip_where" and not kind and not about & set(PLACE_TIME_PEOPLE) and (
                    turn.words >= 6 and not _PLACE_WORDS.search(normalise(_TIME_OF_DAY.sub(" ", text)))
                    or turn.words >= 3 and _PEOPLE_DOING.match(normalise(text))) and not _RATHER_NOT_SAY.search(
                    normalise(text)):
                # "they look really tired and never talk to anyone" to "where?": more of what happens, with no place
                # in it (it was read back as the place); the question in plain words once, then "unknown"
                _join_the_tip(out, slots, text)
                _in_plain_words_once(out, facts, asked, then=UNKNOWN)
                return out
            if asked == "tip_when" and not kind and "tip_when" not in about and found.ongoing is None and (
                    found.labour_type or found.exploitation) and turn.words <= 6 and not _TIME.search(text):
                # "cleaning and cooking" to "when?" (answering the kind question the bot did not ask): more of what
                # happens, joined to the tip, and "when?" in plain words (it was read back as "When: cleaning and
                # cooking", and the "since 2021" that came next was lost)
                _join_the_tip(out, slots, text)
                _in_plain_words_once(out, facts, asked, then=UNKNOWN)
                return out
            if asked in ("tip_when", "tip_where") and not kind and asked not in about and turn.words <= 12 and (
                    _NAMES_SOMEONE.search(normalise(text)) and not _PLACE_CALLED.search(normalise(text))):
                # "the boss is called Carlos Mendez" to "when?": who he is, joined to the tip, and "when?" in plain
                # words (it was read back as "When: the boss is called Carlos Mendez")
                _join_the_tip(out, slots, text)
                _in_plain_words_once(out, facts, asked, then=UNKNOWN)
                return out
            named = set(_exploitation_of(turn, found).split(",")) & set(htcds.EXPLOITATION_TYPES) if (
                not kind and turn.words <= 4 and asked not in about and _names_a_kind(text)) else set()
            known = set((out.slots.get("tip_facts") or facts).get("exploitation") or ())
            if named - known:
                # "sex i think" to "when?" when the tip read as forced work, "sexual" to "where?" after the kind
                # question got a description: a kind more, and this question again (it was filed as the answer)
                kinds = sorted(named | known)
                out.slots["exploitation_type"] = ",".join(kinds)
                out.slots["tip_facts"] = {**(out.slots.get("tip_facts") or facts), "exploitation": kinds}
                out.say.append("utter_noted")  # "SEX" to "when?": noted, then "when?" again (it came word for word)
                return out
            if named:
                # the kind already known, said again ("sex i guess" to "where?" after "girls going truck to truck at
                # night"): not the place or the time (it was read back as "Where: sex i guess"); this question in
                # plain words once, then unknown
                _in_plain_words_once(out, facts, asked, then=UNKNOWN)
                return out
            if not kind and asked not in about and found.means_of_control and slots.get("tip_control") is None:
                # "he hits her" to "when?": a sign of control (it was filed as when), kept as the answer to the signs
                # question; this question again, or "unknown" when it was asked again already
                out.slots["tip_control"] = text
                _in_plain_words_once(out, facts, asked, then=UNKNOWN)
                return out
            if kind or asked in again:
                # asked twice already: not asked a third time; an answer that still belongs elsewhere is "unknown", and
                # so is one to "when?" that says nothing of time (it joins what they told)
                timeless = asked == "tip_when" and "tip_when" not in about
                if timeless and not kind:
                    _join_the_tip(out, slots, text)
                out.slots[asked] = UNKNOWN if kind or timeless or _fits_elsewhere(asked, about, turn, found) else text
            elif _fill_instead(out, asked, about, found, slots, text) or _fits_elsewhere(asked, about, turn, found):
                if asked not in out.slots:
                    # "atlanta, at a motel" to "who?" with Atlanta known: the question again, in plain words; "there
                    # is like 20 of us" to "when?": noted as who, then "when?" again (it came word for word, as if
                    # the answer had not been read)
                    if not any(name in out.slots for name in PLACE_TIME_PEOPLE):
                        out.say.append(explanation(asked))
                    else:
                        out.say.append("utter_noted")
                    _mark_asked_again(out, facts, asked)
            else:
                out.slots[asked] = text
    return out


def _another_place(found: Extracted, facts: dict[str, Any]) -> bool:
    """The message names a city, state or country other than the one known ("la cocina grill on main st in dallas"
    after Dallas is more of the same place)."""
    return any(value and value != facts.get(name) for name, value in (
        ("city", found.city), ("state", found.state), ("country", found.country if found.country != "US" else None)))


def paused(turn: Turn, facts: dict[str, Any]) -> Step:
    """One short line and the chat paused until the person writes again (the safety check comes first then)."""
    # (in danger earlier, 911 first still: "não consigo ligar, ele ta na porta" got "Tá bem. Escreva quando quiser.")
    return Step(slots={"paused": True, "safe_to_talk": None, "tip_facts": {**facts, "was_paused": True}},
                say=[pause(replace(turn, danger=turn.danger or bool(facts.get("danger"))), facts)])


def _ages_after_just_one(turn: Turn, found: Extracted) -> Extracted:
    """ "just her, maybe 13 or 14" to "who is affected? how old?": one person, so the numbers are her age."""
    said = normalise(turn.text)
    one = _JUST_ONE.match(said)
    if not one:
        return found
    rest = extract(said[one.end():], turn.language, expecting="age")
    return replace(found, ages=rest.ages, minor=rest.minor) if rest.ages else found


def _without_own_age(turn: Turn, found: Extracted, expecting: str | None) -> Extracted:
    """Someone reporting on others drops their own age ("im 45 and i saw…"); the ages of the others stay."""
    said = normalise(turn.text)
    if not _OWN_AGE.search(said):
        return found
    rest = extract(_OWN_AGE.sub(" ", said), turn.language, expecting=expecting)
    return replace(found, ages=rest.ages, minor=rest.minor)


def _asked_again(out: Step, facts: dict[str, Any]) -> list[str]:
    """The questions already put in plain words once because their answer belonged elsewhere (not asked a third
    time); kept in the facts, the only memory the intake has between turns besides its slots."""
    return (out.slots.get("tip_facts") or facts).get("asked_again") or []


# "i already told you", "ya te dije", "je l'ai déjà dit", "já falei"
_ALREADY_TOLD = re.compile(r"\b(i )?(already|just) (told|said|wrote|gave|sent)\b"
                           r"|\bi (told|said) (you|u|it|that)( already)?\b"
                           r"|\bya (te |les |se )?(lo )?(dije|puse|escribi|mande|conte)\b"
                           r"|\b(te |les )?(lo )?(dije|puse) (ya|antes|arriba)\b"
                           r"|\bje (vous |te )?l'?ai (deja )?(dit|ecrit|mis)\b|\bdeja dit\b"
                           r"|\b(eu )?ja (te |lhe )?(disse|falei|escrevi|mandei|contei)\b")


# the same, said beside the answer: "6 of us i said!!", "i already told u, since march", "somos 6, ya te dije" (each was
# read back and filed with the complaint in it)
_COMPLAINT = re.compile(
    r"(?:^|[\s,;:-]+)(?:(?:like|as|como|comme) )?(?:"
    r"(?<=like )i (?:said|wrote)|(?<=as )i (?:said|wrote)|i (?:said|wrote)(?: (?:that|it|this))?(?=\s*(?:$|[,.;!?]))"
    r"|i (?:already |just )?told (?:you|u|ya)(?: (?:that|it|this|so))?"
    r"|i (?:already|just) (?:said|wrote|gave|sent|told)(?: (?:you|u|ya|that|it|this)){0,2}"
    r"|ya (?:te |les |se )?(?:lo )?(?:dije|puse|escrib[ií]|mand[eé]|cont[eé])"
    r"|(?:te |les )?(?:lo )?dije (?:ya|antes|arriba)"
    r"|je (?:vous |te )?l'?ai (?:d[ée]j[àa] )?(?:dit|[ée]crit|mis)|d[ée]j[àa] dit"
    r"|j'?t'?(?:l'?)?ai (?:d[ée]j[àa] )?(?:dit|[ée]crit)|jte l'?ai dit|je t'?ai dit"
    r"|(?:eu )?j[áa] (?:te |lhe )?(?:disse|falei|escrevi|mandei|contei)|eu disse"
    r")(?: (?:already|before|above|ya|antes|arriba|plus haut|avant|d[ée]j[àa]))*(?=$|[\s,.;:!?])[\s!.]*",
    re.IGNORECASE)


def without_i_said(text: str) -> str:
    """An answer without "i said" and the like said around it ("" when that is all there is)."""
    if not _COMPLAINT.search(text):
        return text
    return _COMPLAINT.sub(" ", text).strip(" ,;:-!.")


def _told_earlier(asked: str, slots: dict[str, Any], turn: Turn) -> str | None:
    """A short part of what was told that answers `asked` (a place that joined the story when a menu was asked), for
    "i already told you"."""
    for part in reversed((slots.get("tip_what") or "").split(" / ")):
        part = part.strip()
        if part and len(part.split()) <= 10 and asked in told(part, turn, extract(part, turn.language)):
            return part
    return None


def _in_plain_words_once(out: Step, facts: dict[str, Any], asked: str, then: Any, say: str | None = None) -> None:
    """The question again in plain words (or after `say`), once; asked so already, it is not asked a third time:
    `then` is kept as the answer ("unknown", or "none" for the contact)."""
    if asked in _asked_again(out, facts):
        out.slots[asked] = then
    else:
        out.say.append(say or explanation(asked))
        _mark_asked_again(out, facts, asked)


def _mark_asked_again(out: Step, facts: dict[str, Any], asked: str) -> None:
    current = out.slots.get("tip_facts") or facts
    out.slots["tip_facts"] = {**current, "asked_again": [*_asked_again(out, facts), asked]}


# What an answer to "how can we reach you?" is made of besides a number or an email: a way, a time, a name
_CONTACT_HINT = re.compile(
    r"\b(whats ?app|wsp|wasap|signal|telegram|messenger|facebook|insta\w*|e-?mail|correo|mail|text\w*|txt|texto"
    r"|mensaje\w*|sms|call\w*|llam\w*|escrib\w*|number|numero|phone|tel\w*|cel\w*|morning|afternoon|evening|night"
    r"|tonight|weekends?|weekdays?|after|before|anytime|mornings|manana|tarde|noche|fin de semana|despues|antes"
    r"|entre semana|cualquier hora|semana|lunes|martes|miercoles|jueves|viernes|sabado|domingo|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|\d{1,2} ?(am|pm|h|hrs)|am|pm|name|nombre|me llamo|soy|i'?m|ask for"
    r"|pregunt\w* por|apellido|matin|soir|apres|avant|appel\w*|nom|manha|noite|depois|ligar|ligue|nome)\b")
# "pregunten por Lupe en la tienda": whom to ask for, and where (not the place of the tip)
_ASK_FOR = re.compile(r"\b(ask for|ask to speak to|pregunt\w* por|my name is|me llamo|mi nombre es|demandez|"
                      r"perguntem? por|meu nome e)\b")
# "en la cocina", "at the farm": where something is, not how to reach someone
# "i'd rather not say exactly where": a choice, kept as the answer
_RATHER_NOT_SAY = re.compile(r"\b(don'?t|dont|do not|rather not|prefer not|not) (want to |wanna |going to |gonna )?(say"
                             r"|tell|share|give)\b|\bprefiero no\b|\bno (quiero|puedo|voy a) (decir|dar)\b"
                             r"|\bprefere? (ne pas|nao)\b|\bje (ne )?veux pas (le |vous le )?dire\b"
                             r"|\bnao (quero|posso|vou) (dizer|falar|dar)\b")
# words a place is told with, however vaguely ("somewhere downtown", "by the walmart", "off exit 12")
# a street, a road or a landmark beside one ("on bissonnet near the freeway", "off i-10", "calle 5 y avenida juarez")
_STREET_WORDS = (r"st|street|ave|avenue|blvd|boulevard|rd|road|hwy|highway|fwy|freeway|pkwy|parkway|interstate|exit"
                 r"|route \d{1,3}|rt \d{1,3}"
                 r"|truck stop|gas station|calle|avenida|carretera|esquina|rue|chemin|rua|estrada|rodovia")
# a part of town ("au centre-ville de montréal": a city the places list does not know)
_AREA_WORDS = r"downtown|uptown|neighbou?rhood|centre ville|centro|quartier|barrio|colonia|bairro"
_PLACE_WORDS = re.compile(r"\d|\b(in|at|on|near|by|behind|next to|across|off|outside|inside|around|close to|from"
                          r"|en|cerca|junto|detras|frente|por|dans|pres|chez|em|perto|" + _STREET_WORDS + "|"
                          + _AREA_WORDS + r"|block|corner|city|town|county|here|there|aqui|alli|ahi|ici)\b")
_STREET = re.compile(r"\b(" + _STREET_WORDS + r")\b|\b(i|us|sr|route|rt|hwy) ?-? ?\d{1,3}\b")
_STREET_OR_AREA = re.compile(_STREET.pattern + r"|\b(" + _AREA_WORDS + r")\b")
# a street or a road, with what comes before it (the business, the number) and a room after it
_WHERE_AT = re.compile(r"\b(?:at|in|on|near|by|en|em|no|na|dans|sur|a|à)\s+((?:[\w'#-]+\s+){0,5}?\b(?:"
                       + _STREET_WORDS + r")\b(?:\s+(?:room|rm|apt|apartment|unit|suite|ste|#|cuarto|habitacion"
                       r"|quarto|chambre|depto)\s*#?\s*\d+)?)", re.IGNORECASE)
_WHERE_ALONE = re.compile(r"((?:[\w'#-]+\s+){0,4}\b(?:" + _STREET_WORDS + r")\b(?:\s+(?:room|rm|apt|apartment|unit"
                          r"|suite|ste|#|cuarto|habitacion|quarto|chambre|depto)\s*#?\s*\d+)?)", re.IGNORECASE)


def place_in_story(slots: dict[str, Any]) -> str | None:
    """The street or business the story names, when "where?" was never asked (a city and a kind of place told with the
    story skip it): "Lucky Star Nails on Elm st" was read back and filed as "nail salon, Dayton, OH", the report's
    place empty."""
    if slots.get("tip_where") not in (None, "") or not isinstance(slots.get("tip_what"), str):
        return None
    return where_in(slots["tip_what"])


def where_in(text: str) -> str | None:
    """The street or road a message names, with the business or number before it ("motel 6 on airport blvd")."""
    text = _I_SAID_FIRST.sub("", text)
    m = _WHERE_AT.search(text) or _WHERE_ALONE.search(text)
    if not m:
        return None
    by_street = re.match(r"(on|off|near|by)\s", m.group(0), re.IGNORECASE)
    named = _NAME_BEFORE.search(text[:m.start()]) if by_street else None
    # the business named just before its street: "its Lucky Nails on main st" (only "main st" was filed)
    return f"{named.group(1)} {m.group(0).strip()}" if named else m.group(1).strip()


# a capitalised name ending just before "on", "near": "Lucky Nails", "Golden Dragon Buffet" (not "I", "Its", "The")
_NAME_BEFORE = re.compile(r"(?<![\w'])((?!(?:I|Its|It's|The|There|This|That|My|Our|A|An|And|But|So|Ok|OK|Yes|No|We|He"
                          r"|She|They)\b)[A-Z][\w'&.-]*(?:\s+(?:&\s+)?[A-Z][\w'&.-]*){0,3}"
                          r"|\b(?i:motel|hotel|super|inn|days inn|red roof) \d{1,3})\s+$")


_I_SAID_FIRST = re.compile(r"^\W*(i (already |just )?(said|told (you|u|ya))|ya (te |les )?(lo )?dije"
                           r"|je (t'|vous )?l?'?ai dit|eu (ja )?(disse|falei))\W+", re.IGNORECASE)


# "its on blackstone ave actually not main": the street said right, then the one said wrong (`_street_swapped`)
_STREET_SWAP = re.compile(r"(?P<right>(?:[\w'-]+\s+){1,3}?(?:" + _STREET_WORDS + r"))\.?\s*,?\s*(?:actually\s+"
                          r"|really\s+)?(?:not|no)\s+(?:on\s+)?(?P<wrong>[\w'-]+)", re.IGNORECASE)
# "El Rancho on Bissonnet": a capitalised name after on/off/near, that is not a day or a month
_NAMED_STREET = re.compile(r"\b(on|off|near|by) (?!(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January"
                           r"|February|March|April|May|June|July|August|September|October|November|December|Facebook"
                           r"|Instagram|Snapchat|TikTok|WhatsApp|Craigslist|Google)\b)[A-Z][a-z]{3,}")
# "the place is called lucky nails", "a empresa chama sun construction", "el negocio se llama la cocina" (it was filed
# as who)
_PLACE_CALLED = re.compile(r"\b(the )?(place|business|restaurant|salon|shop|store|bar|club|company|farm|motel|hotel|spa"
                           r"|factory|warehouse|lugar|negocio|restaurante|salon|tienda|cantina|empresa|fabrica|rancho"
                           r"|loja|boate|fazenda|obra) (is )?(called|named|se llama|(se )?chama)\b"
                           r"|\b(it'?s|its|it is) called\b|\bse llama el (lugar|negocio|restaurante)\b")
# someone named: "the boss is called Carlos", "his name is Daniel", "el patron se llama Rigo", "o dono chama Marcos",
# "il s'appelle Karim" (not "me llamo", the person's own name; a place called so is _PLACE_CALLED)
_NAMES_SOMEONE = re.compile(r"\b(his|her|their|boss'?s?|owner'?s?|guy'?s?|man'?s?|woman'?s?|lady'?s?) names? (is|was)\b"
                            r"|\b(is|was|are|goes by|guy|man|woman|lady|boss) (called|named)\b|\bnamed [a-z]{3,}"
                            r"|\b(se|le) (llama|llaman|llamaba|dice|dicen|chama|chamam|chamava|appelle|appellent)\b"
                            r"|\b(dono|dona|patrao|patroa|gerente|chefe|cara|moco) (chama|e o|e a)\b|\bnome del[ea] e\b"
                            r"|\bsu nombre es\b|\b(il|elle|on l') s?'?appelle\b")
_WHERE_PHRASE = re.compile(r"\b(in|at|on|en|dans|em|no|na) (the|la|el|los|las|le|les|a|an|un|una|o|os|as)\b")


def looks_like_contact(text: str) -> bool:
    """An answer the contact question could have: a number or an email, a way or a time to reach them, or a short
    name ("Rosa", "mi hermana Rosa"); not "comida, en la cocina" (it was kept as the contact)."""
    said = normalise(text)
    if _CONTACT.search(said) or _THIS_NUMBER.search(text) or _CONTACT_HINT.search(said):
        return True
    return len(_WORD.findall(said)) <= 3 and not _WHERE_PHRASE.search(said)


def _join_the_tip(out: Step, slots: dict[str, Any], text: str) -> None:
    """A description joins the narrative (it is never dropped because an earlier message started it)."""
    before = out.slots.get("tip_what", slots.get("tip_what"))
    if before in (None, NONE, UNKNOWN):
        out.slots["tip_what"] = text
    elif text not in before:
        out.slots["tip_what"] = f"{before} / {text}"


def _this_number(turn: Turn) -> str:
    """ "este número", "yes": the number they write from; with their words when they said more ("…after 9pm"; "this
    number, after 6pm" lost its safe time)."""
    more = turn.words > 4 or _WHEN_TO_REACH.search(_THIS_NUMBER.sub(" ", normalise(turn.text)))
    return contact.this_number(turn.text.strip() if more else None)


# when, or when not, to reach them: "after 6pm", "solo en la mañana", "pas le soir", "depois das 18h"
_WHEN_TO_REACH = re.compile(r"\d|\b(after|before|only|morning|mornings|night|nights|evening|weekend|weekends|despues"
                            r"|antes|solo|nomas|manana|mananas|noche|noches|tarde|tardes|apres|avant|seulement|matin"
                            r"|soir|depois|so|manha|noite|never|nunca|jamais)\b")


# their contact asked back after taking it out: "put my contact back, this number after 7pm", "mejor si q me llamen,
# pon mi numero otra vez porfa" (the first was filed as When; the second was told "I added that", and nobody could
# call)
_CONTACT_BACK = re.compile(r"\b(put|add|keep|leave) (my )?(contact|number|phone|details|info|name and number)( info)?"
                           r" (back|in|again)\b|\b(pon|pongan|agrega|agreguen|deja|dejen|vuelve a poner) (mi|el)"
                           r" (numero|contacto|telefono|cel)( \w+)? (otra vez|de nuevo|de vuelta|en la denuncia)\b"
                           r"|\b(coloca|coloque|poe|bota|deixa) (o )?meu (numero|contato|telefone)( \w+)? (de volta"
                           r"|de novo|outra vez)\b|\bremet(s|tez) mon (numero|contact)\b")


def contact_back(turn: Turn) -> str | None:
    """The number they write from, with what they said of it, when they ask for their contact back (SMS only)."""
    if turn.channel == "web" or not _CONTACT_BACK.search(normalise(turn.text)) or not_own_phone(turn.text):
        return None
    return _contact_offered(turn.text, "share") or contact.this_number(turn.text.strip())


def contact_offered_after_filing(turn: Turn) -> str | None:
    """ "can someone call me? this number but only after 6pm", "u can text me here after 10", after the report was
    filed: the way to reach them, which the report takes (it was only added to it, and the report stayed anonymous, so
    nobody could call). None when the message offers none (and for "this number" on the web chat, which has none)."""
    if back := contact_back(turn):
        return back
    said = normalise(turn.text)
    if not (_THIS_NUMBER_OFFERED.search(said) or gives_this_number(turn.text) or re.search(_NUMBER_OR_EMAIL, said)):
        return None
    offered = _contact_offered(turn.text, "share") or (
        contact.this_number(turn.text.strip()) if _THIS_NUMBER_OFFERED.search(said) else None)
    if offered is None or not_own_phone(turn.text) or turn.channel == "web" and not re.search(_NUMBER_OR_EMAIL, said):
        return None  # (a web chat has no number to reach them on: "text me here" says nothing there)
    return offered


def _contact_offered(text: str, privacy: str | None) -> str | None:
    """The person's own way to be reached, given whatever was asked: the contact to keep ("this number" for
    "pueden llamarme a este número"), or None. After "anonymous" only a number, an email or this number said as
    theirs counts; after "share" or "confidential" also "call me…"."""
    said = normalise(text)
    if not (_CONTACT.search(said) and _MY_CONTACT.search(said)):
        return None
    if gives_this_number(text):
        return contact.this_number(text if len(_WORD.findall(text)) > 4 else None)
    if privacy == "anonymous":
        return text if gives_own_contact(text) else None
    return text if privacy in ("share", "confidential") else None


def _fits_elsewhere(asked: str, about: frozenset[str], turn: Turn, found: Extracted) -> bool:
    """An answer to where, when or who that belongs to another question already answered: "atlanta, at a motel" to
    "who is affected?" when Atlanta was told, or just "sex" to "when?" (the kind, already known). It was filed as
    the answer ("Who: atlanta, at a motel…", "When: sex")."""
    if asked in about:
        return False
    if turn.words <= 2 and _names_a_kind(turn.text):
        return True
    if not (found.city or found.state or found.venue):
        about = about - {"tip_where"}  # "they are from guatemala" answers who
    return bool(about & (set(PLACE_TIME_PEOPLE) - {asked})) and turn.words <= 12


def _fill_instead(out: Step, asked: str, about: frozenset[str], found: Extracted, slots: dict[str, Any],
                  text: str) -> bool:
    """Fill the other open place/time/people questions this message answers instead of the one asked; False when
    there are none."""
    others = _answers_instead(asked, about, found, slots, text)
    for other in others:
        out.slots[other] = text
    return bool(others)


def _answers_instead(asked: str, about: frozenset[str], found: Extracted, slots: dict[str, Any],
                     text: str) -> list[str]:
    """The other still-open place/time/people questions a message answers (`about`, from `told()`), when it does
    not answer the one asked (a country alone is where people come from, not where it happens). A city told
    before stays the place: "boate" to the kind question once replaced "uma casa em Newark" in the read-back."""
    facts = slots.get("tip_facts") or {}
    named = found.venue or _STREET_OR_AREA.search(normalise(text))
    if asked == "tip_where" and (named or found.city or found.state):
        return []  # "Lux Nails & Spa in the strip mall on Dale Mabry, Tampa. they open at 9 every day" is where (it was
        # filed as when, and "where?" came again)
    short_with_street = bool(named) and len(text.split()) <= 10 and bool(found.city or found.state) and not (
        facts.get("city") or facts.get("state"))
    if not short_with_street and (not named or found.city or found.state or facts.get("city") or facts.get("state")):
        # a city or state goes to the report's place from the facts (and "where?" is then not asked), so the whole
        # message is not filed as the place ("where: theres a truck stop off i-40 near amarillo where a guy…"); a
        # street or a part of town is kept as told ("au centre-ville de montréal, rue sainte-catherine" to the kind
        # question was thanked for, and lost; once Montréal was known, it was taken as the kind, and the street lost)
        about = about - {"tip_where"}
    if asked in about:
        return []
    # (an earlier "unknown" gives way: "2 years" told to "who?" after "OKC" to "when?" was read as a yes)
    return [name for name in PLACE_TIME_PEOPLE if name in about and slots.get(name) in (None, UNKNOWN)]
