"""Signals of urgency in the hotline's languages. Patterns match normalised text (lower case, Latin
accents removed, so "está" and "esta" read alike); CJK, Hangul, Arabic and Cyrillic stay as written.

Each category lists what signals it and, separately, look-alikes that must not count ("in danger of
failing", "this heat is killing me", "me muero de hambre"). Written by the project for review by
native speakers of each language; additions welcome with a test in tests/unit/test_triage.py."""
from __future__ import annotations

# category: (weight, level floor, patterns); weights are combined in assess.py
# How someone looks ("one looks really young", "se ven muy jovencitas"): a hint here; in a report, a possible minor
LOOKS_YOUNG = (r"\b((looks?|looked|looking|seems?|seemed|appears?|appeared) (really |real |very |so |super |pretty |kinda |kind of |too |way too )?"
               r"(young|underage)|young[- ]looking|jovencit[oa]s?|(se ven?|se veia|se veian|parece|parecen|parecia"
               r"|parecian) (muy |bien )?(joven(es|cit[oa]s?)?|chiquit[oa]s?|menor(es)?|chavit[oa]s|chamaquit[oa]s"
               r"|morrit[oa]s|patojit[oa]s|cipotit[oa]s|niñ[oa]s|nin[oa]s)|(semble|semblent|semblait"
               r"|a l'air|ont l'air) (tres |si )?jeunes?|(parece|parecem|parecia) (muito |bem )?(nova|novas|novinha"
               r"|menor))\b")

# "she's here in the US for 2 years", "he's back home in Mexico": where someone lives, not who is in the room now
_NOT_NOW = (r" (home )?(in (the )?(us|usa|states|united states|country|mexico|guatemala|honduras|el salvador"
            r"|\w+ (city|state))|for (\d+|a|two|three|many|some) |from |legally|illegally|on a (visa|work visa))")
# The answer to "could anyone be under 18?": "no minors as far as I know", "no hay menores", "nenhum menor" (each
# raised a minor; the report's extractor reads them the same way)
NO_MINORS = (
    r"\b(no|not any|none|zero|without|never saw any) (minors?|underage|kids?|children)\b",
    r"\bno (one|body|1) (is )?(under ?age|a minor|under 18)\b", r"\b(no|nunca) (hay|habia|vi|he visto) menores\b",
    r"\b(ningun|ninguna|ningunos|sin|no son|no eran|no parecen) menor(es)?\b", r"\bnenhum(a)? menor\b",
    r"\bnao (tem|ha|vi) menores\b", r"\b(pas de|aucun|aucune|sans) mineure?s?\b",
    r"\b(n'y a|n'ai vu) (pas|aucun) (de )?mineure?s?\b",
    # "elle a pas l'air mineure du tout", "as crianças sao filhos da patroa" (each raised a minor, and a mandated report)
    r"\b(pas|not|no|nao) (l'? ?air|looks?|look|parece|parecen|parecem) (\w+ )?(mineure?s?|minors?|underage|menor(es)?"
    r"|young)\b",
    r"\b((as|os|los|las|the|les) )?(criancas|ninos|ninas|kids|children|enfants) (sao|son|are|sont) (os |los |the |les )?"
    r"(filhos|hijos|kids|children|enfants) (da|de la|del|of the|du|de) (patroa|senora|patrona|boss|owner|madame|dona"
    r"|familia|family|casa|house|patron|patrao)\b",
    r"\b(nenhum|nenhuma|ningun|ninguna|aucun|aucune) (menor|menores|mineure?s?|crianca)( \w+){0,3} (sendo|siendo|etant)"
    r" (explorad|explotad|exploite)\w*\b",
    # "shes not a minor, no kids involved" (it raised a minor, critical with the place)
    r"\b(she'?s|shes|she is|he'?s|hes|he is|they'?re|theyre|they are|she|he|they|none of them are|none are) (not|isnt"
    r"|isn'?t|arent|aren'?t|ain'?t) (a )?(minors?|underage|kids?|children|under 18)\b",
    r"\bno (kids?|children|minors?|child) (involved|there|here|in (it|this))\b",
    # "i dont think shes a minor" (a truck driver's adult case: critical, and a mandated report)
    r"\b(dont|don'?t|do not|didn'?t|didnt) (think|believe) (she'?s|shes|she is|he'?s|hes|he is|they'?re|theyre|they"
    r" are|she|he|they|any (of them )?(are|is|were))( \w+)? (a )?(minors?|underage|kids?|under 18|a child)\b",
    # the writer's own child at hand: "sorry kid grabbed my phone lol", "its my 3 yr old son" (critical, with a place)
    r"\b(my )?(kid|son|daughter|baby|toddler|little one|nino|nina|hijo|hija|bebe|filho|filha) (grabbed|took|had|got"
    r"|was playing with|typed on|agarro|tomo|pegou|tava mexendo no) (my|mi|meu) (phone|cel|celular|telefono|telefone)\b",
    r"\b(its|it'?s|it was|era|fue|foi) (just )?my (\d{1,2} ?(yr|year|yo|y/o)?( old)? )?(son|daughter|kid|baby|toddler)\b",
    # "non pas de mineurs, les enfants cest ceux de la famille" (the minor, and the mandated report, stayed)
    r"\b(les |the |los |as |os )?(enfants|kids|children|ninos|criancas) (c'? ?est|ce sont|sont|son|sao|are) (ceux|les"
    r" enfants|los|os|the ones|the kids|los hijos|os filhos)? ?(de|of|da|del|do)? ?(la |the |a |o )?(famille|family'?s?"
    r"|familia|patronne|patron|boss'?s?|senora|patroa|patrao|owners?'?s?|madame)\b",
    # a device of the children's: "i use the kids ipad" (a minor, read back to a nanny of 23)
    r"\b(the |los |os |les )?(kids'?|children'?s?|ninos|criancas|enfants) (ipad|tablet|tablets|phone|laptop|computer"
    r"|tableta|tablette|celular|computadora)\b|\b(ipad|tablet|tableta|tablette) (de los ninos|das criancas|des enfants)\b",
    # "its me 23 not under 18", "no soy menor", "nao sou menor" (the minor stayed after the correction)
    r"\b(not|no|nao|pas) (under|menor de|moins de) 18\b|\b(no soy|nao sou|je suis pas|je ne suis pas) (menor|mineure?)\b",
    # the employer's children looked after ("elle sort jamais sauf pour amener les enfants a lecole": a minor)
    r"\b(amener|emmener|chercher|garder|take|pick up|watch|cuidar|llevar|recoger|levar|buscar|cuidar) (les|the|a los"
    r"|los|as|os) (enfants|kids|children|ninos|criancas)( \w+){0,2} (a l'? ?ecole|to school|a la escuela|na escola"
    r"|de la escuela|from school)\b",
    # "I dont think any are kids", "the kids are the Mehtas kids, theyre fine", "they seem like nice kids… in their
    # 20s" (each a minor, and a mandated report for adults)
    r"\b(i )?(dont|don'?t|do not|didnt|didn'?t) (think|believe|see)( that)? (any|any of them|they|anyone|any of the"
    r" \w+)( of them)? (are|is|r|were|was|look|looks|looked) (kids|minors?|underage|children|under 18|young kids)\b",
    r"\bthe (kids|children) (are|r) (the|their|his|her|my) (\w+ )?(kids|children|own)\b",
    r"\b(when i said|by) (kids|children|boys) i (just |only )?(mean|meant)\b",
    r"\b(nice|good|sweet|great|hard ?working|polite|young) (kids|boys|fellas)\b(?![^.!?]{0,20}\b1[0-7]\b)",
    # children named as not harmed: "ele nao bate nas crianças", "he doesnt hit the kids" (a minor, and a mandated
    # report, for a woman's own violence at home)
    r"\b(nao|no|not|doesnt|doesn'?t|never|nunca|pas|jamais)( \w+){0,2} (bate|bateu|pega|hit|hits|touch|touches|hurt"
    r"|hurts|frappe|touche|toca|golpea|pega|maltrata|mexe)( \w+)? (nas|nos|a las|a los|en los|the|les|os|as|com as"
    r"|my|mis|meus|minhas|mes|our) (criancas|ninos|ninas|kids|children|enfants|filhos|hijos)\b",
    # "non c'est pas des mineurs, Rosa a 34 ans", "menores não me parece", "não há menores nenhuns" (a minor stayed, and
    # the mandated report with it, after each)
    r"\b(c'? ?est|ce sont|ce n'est|ce ne sont|c) pas des (mineure?s?|enfants)\b",
    r"\bmenores,? (nao|no) (me )?(parece|parecen|parecem|creo|acho)\b",
    r"\b(nao|no) (ha|hay|tem|habia|havia) (menores|criancas)( nenhuns| nenhum| ningunos| ninguno)?\b",
    # an adult's age told with looking young: "some look pretty young like early 20s" (a minor was raised)
    r"\b(young|jovenes|jeunes|novas|novos)\b[^.!?]{0,15}\b(early |mid |late )?(20 ?s|twenties|20 something"
    r"|twenty ?something|veintitantos|veinte y tantos|vinte e poucos|vingtaine|20 y pico)\b",
    # "ninguno parece menor", "ninguna es menor de edad", "nenhum parece menor", "none of them look underage"
    r"\b(ningun[oa]?|nenhum[a]?|none|no one|nobody)( \w+){0,2} (parece|parecen|es|son|e|sao|looks?|seems?|is|are)"
    r" (menor|menores|menor de edad|menor de idade|a minor|minors|underage|under 18)\b",
    # the word, then no: "de 19 a 25. menor acho que nem", "menores no. todas son adultas", "minors, none" (a mandated
    # report was raised for adults)
    r"\b(menor(es)?|minors?|mineure?s?|underage|kids?|criancas|ninos|enfants)\b\s*[.,;:!?]*\s*((acho|creo|je crois|i think|je pense"
    r"|penso)( que| q)? )?(nem|nao|no|non|pas|none|nope|ninguno|ninguna|nenhum|nenhuma|aucun|aucune)\b"
    r"(?=\s*($|[.,;!]|(tem|hay|ha|y en a|there)\b))",
    # not known: "mineures ? je pourrais pas dire", "menores? no se", "minors? not sure" (the same report, on a guess)
    r"\b(menor(es)?|minors?|mineure?s?|underage)\b\s*[.,;:!?]*\s*(je (ne )?(pourrais|peux|sais|saurais) pas( (vous )?(dire|savoir))?"
    r"|je sais pas|chais pas|j'?sais pas|no se|no sabria (decir|decirte)|nao sei|sei la|not sure|idk|i dont know"
    r"|i don'?t know|dunno|cant tell|can'?t tell|no idea|ni idea|aucune idee|nem ideia)\b",
)
# a stretch of words within one clause (not across " to ", " and ")
# told as over: "back in 2022 they locked us in the trailer", "in 2021 they forced us into a van" (the sentence)
_IN_A_PAST_YEAR = r"[^.!?]*\b(back in|in|en|em) (19|20)\d\d\b[^.!?]*"
# bound by a deal, not shut in: "im locked in to this lease"
_LOCKED_INTO_A_DEAL = r"\blocked in( to)? (a|my|the|this|that) (contract|lease|deal|job|plan|rate|price)\b"
# taken somewhere ordinary: "se la va a llevar hoy al doctor" is not a child taken away
_NOT_AN_OUTING = (r"(?![^.!?]{0,25}\b(al|a la|a su|a casa|a comer|de paseo|a pasear|a la escuela|al doctor|al medico"
                  r"|a la feria|al parque|a misa)\b)")
_NO_CLAUSE = r"(?:(?! to | and | y | e | et | para )[^.!?])"
# "my brother says hes ok tho nobody hurting him rn" (it was told "call 911 now")
_NOBODY_HURTING = (r"\b(nobody|no one|noone|nadie|ninguem|personne)( is| s|'s| esta| ta| ne)? (beating|hurting|hitting"
                   r"|attacking|touching|golpeando|pegando|lastimando|batendo|machucando|frappe|threatening|threatens"
                   r"|amenaza|amenazando|ameaca|ameacando|menace)\b[^.!?]{0,40}")
# said not to be shut in: "they are not locked in, they can leave", "eles nao estao trancados, podem sair", "no estaban
# encerrados", "elles ne sont pas enfermees" (the first was "held", the second critical, and 911 was given)
_NOT_LOCKED = (r"\b(not|never|nao|no|nunca|jamais|pas|isn'?t|aren'?t|isnt|arent|wasn'?t|weren'?t|wasnt|werent)"
               r"( (are|is|was|were|being|been|get|getting|estao|esta|ta|tao|estavam|estava|estan|estaban|estaba|son|sont"
               r"|est|etaient|etait))?( \w+)? (locked|shut|trapped|chained|tied|held|kept|trancad[oa]s?|pres[oa]s?"
               r"|encerrad[oa]s?|enfermee?s?|amarrad[oa]s?|secuestrad[oa]s?|sequestree?s?|sequestrad[oa]s?)\b( in| up"
               r"| inside| there| ali| la| ahi)?")
_AN_ANIMAL_HIT = (r"\b(le|les|lo|la) (esta|estan) (pegando|golpeando) a (los |las |el |la |su |sus )?(perros?|gatos?"
                  r"|animales|caballos?|pelota|balon)\b")
# away now, said in the same message: "ya hes at work. … he checks my phone all the time" (the chat paused, and a woman
# hit by her partner got "OK. Write back whenever you like.")
AWAY_NOW = (r"\b(he'?s|hes|he is|she'?s|shes|she is|they'?re|theyre|they are|el esta|ella esta|ele ta|ela ta)"
            r" (at work|at his work|at her work|working|gone|out|not home|away|asleep|sleeping|en el trabajo"
            r"|trabajando|no trabalho|dormido|dormida)\b[^!?]*")
# the reason for a way to be reached, not someone there now: "dont call me because they check my phone, you can text"
# (a whole tip got "OK. Write back whenever you like.")
A_REASON_TO_TEXT_ONLY = (
    r"\b(because|since|cause|cuz|bc|coz|porque|pq|por que|parce que)( \w+)? (he|she|they|the boss|my boss"
    r"|el|ella|ellos|el patron|ele|ela|eles|il|elle|ils)( (me|nos|te|m'|me|nous))? (checks?|reads?|looks?"
    r" through|goes through|go through|monitors?|revisa|revisan|checa|checan|mira|miran|olha|olham|mexe"
    r"|fouille|lit|regarde)( (no|na|en))? (my|our|mi|el|meu|mon|o) (phone|messages|texts|cell|cel|celular"
    r"|telefono|telefone|portable|telephone)\b")


CATEGORIES: dict[str, dict] = {
    "immediate_danger": {"weight": 90, "patterns": [
        # the police called and not there, the danger come: "she just texted me hes there early!! cops not there yet"
        # (the privacy menu), "ya llego y la policia no ha llegado"
        r"\b(cops|police|911|the police)( are| is)? (not|still not|aren'?t|isn'?t|havent|haven'?t)( \w+)? (there|here"
        r"|come|came|arrived|shown up|showed up)( yet|\W*$)",
        r"\b(cops|police|the police)( are| is)? still not (there|here)\b",
        r"\b(todavia|aun) no (ha llegado|llega|llegan|han llegado) (la policia|la patrulla|los policias)\b"
        r"|\b(la policia|la patrulla) (todavia|aun) no (llega|ha llegado)\b"
        r"|\ba policia (ainda )?nao (chegou|veio)\b|\bla police (n'?est|est) (toujours )?pas (encore )?(la|arrivee)\b",
        # Haitian Creole and Tagalog, which the bot does not speak: a person is asked for at once all the same
        r"\banmwe\b", r"\b(y ap|yo pral|li pral|l ap|li ap) touye (m|mwen|nou)\b", r"\bm(wen)? an danje\b",
        r"\bsaklolo\b", r"\bpapatayin (ako|kami|niya|nila)\b", r"\bnasa panganib (ako|kami)\b",
        # "ou ka rele lapolis pou mwen? m pa ka rele" (silence), "tawagan nyo ang pulis para sa akin"
        r"\brele (lapolis|polis|911) pou (mwen|m|nou)\b", r"\btawag(an)? (nyo|niyo|mo)( po)? (ang )?(pulis|911)\b",
        # the one in control coming in now, with a plea: "its tony hes early hes opening the door help", "the guy is
        # coming inside now" (after staff handed the chat back: "Noted.", and no one was called)
        r"\b(he'?s|hes|he is|they'?re|theyre|they are|the guy is|the man is|the boss is|el|ella|ellos|ele|il|ils)"
        r" (opening|unlocking|coming (in|inside)|breaking|kicking|abriendo|entrando|esta abriendo|esta entrando|ta abrindo"
        r"|ta entrando|est en train d'?ouvrir|entre)( the| la| a| el)?( door| puerta| porta| porte)?\b[^.!?]{0,25}"
        r"(\b(help|ayuda|socorro|aide|au secours|now|ahora|ahorita|agora|maintenant|rn)\b|!)",
        # armed and after someone now: "le boss a un fusil il crie. je me cache derriere les serres" (the safety
        # question, then the privacy menu, then the pause)
        r"\b(gun|guns|rifle|pistol|shotgun|fusil|pistolet|arme|pistola|arma|revolver|escopeta|espingarda)\b[^.!?]{0,40}"
        r"[.!?]?[^.!?]{0,40}\b(crie|hurle|yell\w*|scream\w*|grita\w*|gritando|me cherche|nous cherche|looking for (me|us)"
        r"|me busca|nos busca|me procura|nos procura|je me cache|on se cache|i'?m hiding|im hiding|we'?re hiding"
        r"|me escondi|estoy escondid[oa]|estamos escondid[oa]s|to escondid[oa]|estou escondid[oa])\b",
        # a gun and a threat to use it now: "hes outside with his gun yelling hes gonna shoot somebody" (it was "held",
        # high, and the questions went on)
        r"\b(gun|guns|rifle|pistol|shotgun|knife|machete|pistola|arma|cuchillo|fusil|couteau|faca|revolver)\b[^.!?]{0,60}"
        r"\b(gonna|going to|will|about to|threaten\w*|yelling|screaming|says?|said)( \w+){0,2} (shoot|kill|stab|hurt)"
        r"\b(?![^.!?]*\b(lol|haha\w*|jk|lmao|jaja\w*|kkk+)\b)",
        # at the door now: "ya llego esta afuera de mi casa pitando. q hago" (a girl of 15 he was coming to take to men;
        # it got "when did it happen?"), "AHORITA!! esta afuera", "hes outside my house right now"
        r"\b(he'?s|hes|he is|she'?s|shes|they'?re|theyre|esta|estan|ta|tao|il est|ils sont|ele (esta|ta)|eles (estao"
        r"|tao)|ya llego y esta|ya llegaron y estan) (parked |waiting |esperando |estacionado )?(right |ahorita |ahora "
        r"|agora )?(outside|afuera|afuera de|fuera de|dehors|la fora|out front|in front of|enfrente de|na frente d[aeo]"
        r"|devant)( de)? (my|mi|la|ma|minha|the|mon|nuestra) (house|casa|door|puerta|apartment|apt|depa|maison|porte"
        r"|porta|building|edificio|school|escuela|escola|ecole)\b(?![^.!?]{0,30}\b(every|todas|todos|cada|siempre"
        r"|usually|tous|todo dia|sempre)\b)",
        r"^\W*(ahorita|right now|now|ya|agora|maintenant|ahora)\W+(el |he )?(esta|ta|he'?s|hes|il est|ele ta|ele esta)"
        r" (afuera|outside|aqui|here|dehors|la fora|aca)\W*$",
        # happening this minute: "c'est en train d'arriver LA, elle vient de monter dans le truck" (a girl of 14 at a
        # truck stop; it was "normal"), "its happening right now", "esta pasando ahorita mismo"
        r"\b(it'?s|its|it is|this is) happening (right now|as we speak|rn|right this minute)\b"
        r"|\b(esta|ta) pasando (ahorita mismo|ahora mismo|en este momento|en este instante)\b"
        r"|\b(c'?est|c est|ca|ça) (est )?en train d'? ?arriver\b|\bca se passe (la )?(maintenant|en ce moment)\b"
        r"|\b(ta|esta) acontecendo (agora mesmo|neste momento|nesse momento)\b",
        # found out, and threatening now: "he saw. he is very angry he said he will hurt me"; scared, with him near:
        # "now!! im scared hes downstairs" (they got the next question)
        r"\b(he|she|they|boss|the boss|my boss) (saw|seen|found out|knows|read|caught me|heard)\b[^!?]{0,60}\b(will|gonna"
        r"|going to|is going to|wants to|said he will|said she will|said they will|said he'?d|threatened to) (hurt|kill"
        r"|beat|hit|punish) (me|us|her)\b(?![^.!?]*\b(lol|haha\w*|jk|lmao)\b)",
        r"\b(i'?m|im|i am|we'?re|we are) (so |really |very )?(scared|afraid|terrified|frightened)\b[^.!?]{0,15}\b(he'?s|hes"
        r"|he is|they'?re|theyre|they are|she'?s|she is) (downstairs|upstairs|outside|at the door|in the (next|other)"
        r" room|right (here|there|outside)|coming( back| up| in| home)?( now| rn| right now)?(?=\s*($|[.!?,])))",
        # looking for the one hiding: "is someone coming? hes yelling my name", "me esta buscando, grita mi nombre"
        r"\b(he'?s|hes|he is|she'?s|she is|they'?re|theyre|they are) (yelling|screaming|shouting|calling) (out )?my name\b"
        r"|\b(esta|estan|ta|tao) (gritando|chamando|llamando) (mi|meu) nombre\b|\b(grita|gritan) mi nombre\b",
        # en
        r"\b(i'?m|i am|we'?re|we are|she'?s|she is|he'?s|he is|they'?re|they are) in danger\b(?! of)",
        r"\bin danger (right )?now\b", r"\b(please )?help me (now|asap)\b", r"^\W*(please |pls )?help me please\b",
        r"^\s*help me\W*$",
        r"\bsomeone (please )?help\b", r"\bsave me\b",
        # a silent plea seen by a witness: "she mouthed help me in the mirror" (it got the safety check)
        r"\bmouth(ed|s|ing) (the words )?[\"']?(help|help me|call (the )?(police|911|cops)|save me)\b",
        r"\b(made|making|did|used) (the|a) (hand )?signal for help\b|\bsignal(ed|led)? (for )?help\b", r"\b(going to|gonna|will|wants to)"
        r" (kill|shoot|stab) (me|her|him|us|them|my)\b", r"\b(has|have|got|pulled|pointing) a (gun|knife|weapon)\b",
        r"\bemergency\b(?! (contact|number))", r"\bafraid for my life\b", r"\bscared for my life\b",
        # violence going on as they write: "they are hurting a girl right now"
        # ("my neighbor is beating his maid right now", "they are beating him now at the site")
        r"\b(is |are |'s |'re )?(beating|hurting|hitting|attacking|raping|choking|stabbing|shooting|punching|kicking)"
        r" (me|her|him|us|them|(a|the|this|that|some|my|our|his|her|their) (\w+ )?\w+)\b[^.!?]{0,30}"
        r"\b(right now|rn|now|as we speak|at this moment)\b(?! and then)",
        r"\b(send|get) (the )?(police|cops|an ambulance)\b",
        # hiding behind a door he is at now: "help me pls hes outside the bathroom door" (it got the safety question and,
        # to "no", "Write back whenever you like"); a girl heard screaming next door while a man tells her she works
        # tonight: "jentends une fille crier a cote dans lappart 4" (it got the greeting)
        r"\b(he'?s|hes|he is|she'?s|shes|she is|they'?re|theyre|they are|someone'?s|someone is|somebody is)( right)?"
        r" (outside|at|banging on|knocking on|pounding on|trying to open) (the|my) (bathroom|bedroom|room|closet|front)"
        r" door\b",
        r"\b(j'?entends|jentends|on entend) (une|des|la|les) (fille|filles|femme|femmes|enfant|enfants|fillette|petite|ado"
        r"|gamine|gamin|gosse|bebe)s? (qui )?(crier|hurler|pleurer|se faire frapper|crie|hurle|pleure|appelle a l'?aide)\b",
        # yelling, and a blow or a throw just now: "what do i do hes yelling at the girl in back and he pushed her. im
        # scared", "me esta gritando y aventó una silla. que hago" (each was calm: the next question)
        r"\b(he'?s|hes|he is|she'?s|shes|they'?re|theyre|esta|me esta|le esta|ta|il est|ele ta|ele esta)( \w+)? (yelling"
        r"|screaming|gritando|gritandome|hurlant|berrando|gritando comigo)\b[^.!?]{0,40}\b(pushed|shoved|hit|slapped"
        r"|threw|choked|empujo|pego|golpeo|avento|tiro|lanzo|rompio|jogou|bateu|empurrou|a frappee?|a poussee?|a lance)\b",
        r"\b(he|she|el|ella|ele|ela|il|elle) (just )?(pushed|shoved|hit|slapped|choked|punched|empujo|pego|golpeo"
        r"|empurrou|bateu) (her|me|him|them|la|le|me|a ella)\b[^!?]{0,30}\b(i'?m scared|im scared|tengo miedo|to com"
        r" medo|j'?ai peur|what do i do|q hago|que hago|o que eu faco|je fais quoi|help)\b",
        # yelling and throwing things, now: "ay viene, esta gritando y aventando cosas tengo miedo" (the watched pause)
        r"\b(esta|is|he'?s|hes|ta|il est en train de|il|ele ta|ele esta)( \w+)? (gritando|yelling|screaming|hurle|crie"
        r"|berrando)( \w+){0,2} (y|and|e|et) (aventando|tirando|throwing|rompiendo|breaking|smashing|lance|casse|jogando"
        r"|quebrando|pegando|hitting)( \w+)?\b",
        r"\b(call|phone) (the )?(police|cops|911|an ambulance)( \w+)? for (me|us|her|him)\b",
        r"\b(chama|liga|chamem|liguem) (a policia|pro 911|o 911) (pra|para) mim\b",
        r"\bappelez (la police|le 911|les secours) pour moi\b",
        # asked to call for them, in every language as in English: "pueden llamar a la policia por nosotros?",
        # "vcs podem chamar a policia pra gente?", "pouvez-vous appeler la police pour nous?" (each was normal)
        r"(?<!\bno )\b(pueden|puedes|puede|podrian|podria|podrias) (llamar|llamarle|llamarles|hablarle|marcar|marcarle)"
        r"( ustedes| tu| usted)? (a la policia|al 911|a la patrulla|a una ambulancia)( \w+)? (por|para) (mi|nosotros"
        r"|nosotras|ella|el|ellas|ellos)\b|(?<!\bno )\bllamen (ustedes|por favor) a la policia\b",
        r"(?<!\bnao )\b(podem|pode|poderiam|poderia) (chamar|ligar para|ligar pra|ligar pro|acionar) (a )?(policia|o 911"
        r"|911)( \w+)? (por|pra|para) (mim|nos|gente|a gente|ela|ele|elas|eles)\b",
        r"\b(pouvez-vous|pouvez vous|vous pouvez|tu peux|peux-tu|peux tu|pourriez-vous|pourriez vous|vous pourriez)"
        r" (appeler|contacter|prevenir) (la police|le 911|les secours|les flics)( \w+)? pour (moi|nous|elle|lui|eux)\b",
        r"\b(please )?call (the )?(police|cops|911) (now|please|asap)\b",
        r"\bplease call (the )?(police|cops|911)\b",
        r"\b(i'?m|i am|we'?re|we are|she'?s|she is) hiding\b(?! (it|this|that|something|money|the))",
        r"\b(ran away|escaped|got away|got out)\b[^.!?]{0,40}\b(nowhere|no where|no place|don'?t have anywhere) to"
        r" (go|stay)\b",
        # es
        r"\b(esta|estan) (golpeando|pegando|lastimando|violando|matando|ahorcando|apunalando)\b[^.!?]{0,30}"
        r"\b(ahorita|ahora mismo|en este momento)\b", r"\b(manden|mande|envien|envie) (a )?(la )?(policia|patrulla"
        r"|ambulancia)\b",
        # (not the town: "en la carretera de Socorro", "in Socorro, NM")
        r"(?<!\bde )(?<!\ben )(?<!\bin )(?<!\bto )(?<!\bnear )(?<!\bdel )\bsocorro\b(?! (nm|new mexico|nuevo mexico|county"
        r"|tx|texas|street|st|road|rd|ave))", r"\bauxilio\b", r"\bayud[ae]me+\b", r"\bayuda+ por favor\b", r"\bestoy en peligro\b(?! de)",
        r"\bestamos en peligro\b(?! de)", r"\b(me|nos|la|lo|los|las) (va|van|quiere|quieren) (a )?matar\b",
        r"\btiene(n)? (un|una) (pistola|arma|cuchillo)\b", r"\bemergencia\b", r"\bllamen? a la policia\b",
        # "ahorita mismo la esta golpeando, la oigo gritar", "el señor me quiere pegar, está afuera de mi cuarto",
        # "está tocando la puerta muy fuerte, tengo miedo que me pegue" (each got the next form question)
        r"\b(me|nos|la|lo|los|las|le|les) (esta|estan|stan) (golpeando|pegando|lastimando|violando|ahorcando|matando"
        r"|torturando)\b",
        # "le sigue pegando!! que hago", "un tipo esta golpeando a una muchachita en su camion" (the opening, then a form)
        r"\b(le|la|lo|les|me|nos) sigue(n)? (pegando|golpeando|lastimando|jalando)\b",
        r"\b(esta|estan|stan) (golpeando|pegando|lastimando|violando|ahorcando|arrastrando) a (una|un|la|el|mi|su|los|las"
        r"|esa|ese)\b(?! (puerta|pared|pelota|perro|perros|gato|balon|piso|mesa))",  # ("lo tienen en una casa de seguridad… y le estan pegando": a greeting and a form)
        r"\b(ahorita|ahora mismo|en este momento)\b[^.!?]{0,20}\b(esta|estan) (golpeando|pegando|lastimando|violando)\b",
        r"\b(me|nos) (quiere|quieren|va a|van a) (pegar|golpear|lastimar|hacer dano)\b[^.!?]{0,40}\b(afuera|aqui|aca"
        r"|en la puerta|ya viene|tocando)\b",
        r"\b(tocando|golpeando|pateando|aporreando) la puerta\b[^.!?]{0,40}\b(miedo|me va a|me quiere)\b",
        r"\b(banging|pounding|kicking) (on )?the door\b[^.!?]{0,40}\b(scared|afraid|going to|gonna)\b",
        # "hes gonna end me"; a knife at a throat, a gun pulled; dragged into a room; the door being broken in
        r"\b(he|she|they|hes|shes|he'?s|she'?s|they'?re|he'?ll|she'?ll|boss|pimp|owner|man|guy)( is| are)?"
        r" (going to|gonna|will|wants to|threatened to|threatens to|says he'?ll|said he'?d|'ll) end (me|her|him|us"
        r"|them)\b",
        r"\b(puso|pone|tiene|apunto|apunta) (un|una|el|la) (cuchillo|navaja|pistola|arma)\b[^.!?]{0,20}\b(cuello"
        r"|cabeza|pecho)\b", r"\bsaco (un|una|la|el) (pistola|arma|cuchillo|navaja)\b",
        r"\b(pulled|pulls|took out) (a|his|the) (gun|knife|pistol)\b",
        r"\b(just )?(dragged|pulled|pushed|forced|threw) (a |the |this )?(little |young )?(boy|girl|kid|child|teen"
        r"|woman|lady)\b[^.!?]{0,40}\b(into|in) (a |the )?(car|truck|van|room|motel|house|trunk)\b",
        r"\b(agora|agora mesmo|agorinha)\b[^.!?]{0,40}\b(ta|esta|estao|tao) (batendo|espancando|agredindo)\b",
        r"\b(ta|esta|estao|tao) (quebrando|arrombando|chutando|forcando) a porta\b",
        r"\b(estan|esta) (rompiendo|tumbando|forzando) la puerta\b",
        # "orita mismo le está dando de golpes", "la está madreando orita", "están pateando mi puerta", "ele tá
        # chutando a porta agora" (each got the next form question)
        r"\b(le|la|lo|les|las|los|me|nos) (esta|estan) (dando (de )?(golpes|cachetadas|patadas)|madreando|cacheteando"
        r"|pateando|arrastrando)\b",
        r"\b(esta|estan|ta|tao|esta) (pateando|golpeando|aporreando|chutando|batendo|esmurrando|forzando|forcando)"
        r" (mi|la|a|na) (puerta|porta)\b",
        r"\b(esta|estan|ta|tao) (chutando|batendo|esmurrando|forcando) (na |a )?(porta|porta do meu quarto)\b[^.!?]{0,40}"
        r"\b(agora|medo|vai me)\b",
        r"\b(ta|esta|estao|tao) (batendo|espancando) (nela|nele|em mim|na minha|no meu)?\b[^.!?]{0,20}\b(agora|agorinha)\b",
        # someone there with a gun ("a man is standing outside her door with a gun"), or at the door now, with no way
        # to call ("hes outside the door right now, i cant call 911 he will hear", "someone is outside the door right
        # now banging")
        r"\b(man|guy|dude|woman|person|pimp|boss|owner)\b[^.!?]{0,30}\b(outside|at) (her|his|my|the|their|our) (\w+ )?"
        r"(door|room|window)\b[^.!?]{0,15}\b(with|con|com) (a |an |una |un )?(gun|knife|weapon|pistol|rifle)\b",
        r"\b(outside|at) (the|my|our) (\w+ )?door right now\b", r"\bright now\b[^.!?]{0,20}\b(banging|pounding|kicking)\b",
        r"\b(can'?t|cannot|cant) call (911|the police|the cops|for help)\b[^.!?]{0,30}\b(he|she|they)('ll| will| would"
        r"|'d| can| could) hear\b",
        # someone armed right there: "he is outside with a gun", "está afuera con una pistola" (it was "normal")
        r"\b(he|she|they|hes|shes|theyre|someone|somebody|boss|el|ella|ellos|alguien|esta|estan|ele|ela|eles|alguem|ta"
        r"|il|elle|ils|quelqu'un)\b[^.!?]{0,20}"
        r"\b(outside|here|downstairs|at the door|in the (hall|car|next room)|afuera|aqui|aca|en la puerta|dehors|ici"
        r"|devant la porte|la fora|aqui fora|na porta)\b[^.!?]{0,15}\b(with|con|com|avec) (a |an |una |un |um |uma |une )?"
        r"(gun|knife|weapon|pistol|rifle|pistola|arma|cuchillo|navaja|faca|couteau|fusil|revolver)\b",
        # taken away by force as they write: "they r putting her in a van rn", "they just shoved a girl into a car" (it
        # got the safety check and the menus)
        r"\b(putting|shoving|forcing|pushing|dragging|pulling|throwing|stuffing|grabbing|just (put|shoved|forced|pushed"
        r"|dragged|pulled|threw|stuffed|grabbed)) (her|him|them|me|us|a (little |young )?(girl|boy|kid|child|woman"
        r"|lady|teen)|the (girl|boy|kid|child|woman|lady|teen)|my \w+)\b[^.!?]{0,20}\b(in|into|inside) (a|the|his"
        r"|their|an|some) (\w+ )?(van|car|truck|suv|trunk)\b(?![^.!?]{0,30}\b(every|each|always|usually|todos|cada))",
        r"\b(la|lo|los|las|me|nos) (esta|estan|acaban de) (subiendo|metiendo|meter|subir|jalando|aventando)\b[^.!?]{0,20}"
        r"\b(a|en) (una|un|la|el) (camioneta|van|carro|troca|troka|coche|cajuela)\b",
        r"\b(colocando|enfiando|jogando|puxando|arrastando) (ela|ele|eles|elas|uma (menina|moca|mulher|crianca))\b"
        r"[^.!?]{0,20}\b(numa|num|na|no|dentro d[aeo]) (van|carro|caminhonete|porta-malas)\b",
        # hurting someone as they write, told another way: "hitting one of the girls right now", "i can hear him hitting
        # her", "kids being sold in my motel right now", "he grabbed my neck", a gun pointed or fired, a fire they cannot
        # get out of, "he will break the door" (each got the opening, or the next form question)
        r"\b(beating|hurting|hitting|attacking|raping|choking|punching|kicking|slapping) one of (the|them|his|her|their"
        r"|those|these|my|our)\b[^.!?]{0,40}\b(right now|rn|now|as we speak|at this moment)\b",
        r"\b(beating|hurting|hitting|attacking|raping|choking|punching|slapping) (me|her|him|us|them|a \w+|the \w+)\b"
        r"[^.!?]{0,30}\b(i|we) can hear\b",
        r"\b(i|we) can hear (him|her|them|someone|somebody|a (man|guy|girl|woman)|the (man|guy|girl|woman|boss))( \w+){0,3}"
        r" (hitting|beating|hurting|choking|attacking|raping|slapping)\b",
        r"\b(being|getting) (sold|raped|beaten|hurt|pimped)\b(?! (a|an|the|some|his|her|their|my)\b)[^.!?]{0,40}\b(right now|rn|as we speak|at this moment"
        r"|tonight)\b",
        r"\b(grabbed|grabbing|choking|strangling|squeezing) (my|her|his) (neck|throat)\b",
        r"\b(pointing|aiming|pointed|aimed) (it|a gun|the gun|his gun|a knife|the knife|a pistol|the pistol) at\b",
        r"\b(fired|firing) (it|the gun|a gun|his gun|a shot|shots|the pistol)\b|\bshot at (me|us|her|him|them)\b",
        r"\b(ca brule|esta quemando|se esta quemando|ta pegando fogo|pegando fogo)\b[^.!?]{0,60}\b(dedans|adentro"
        r"|dentro|inside|sortir|salir|sair)\b",
        r"\b(fire|smoke|fuego|humo|incendio|feu|fumee|fogo|fumaca)\b(?! (drill|alarm|exit|escape|me|us|you|him|her|them"
        r"|people|anyone|workers))[^.!?]{0,40}\b(can'?t|cannot|cant|can not|no podemos|no puedo|on peut pas|nao da"
        r"|nao conseguimos) (get out|escape|breathe|breath|salir|respirar|sortir|sair)\b",
        r"\b(will|gonna|going to|trying to|about to|va a|van a|quiere|quieren) (break|kick|bust|tumbar|romper|derribar)"
        r" (down |in )?(the|my|this|our|la|mi) (door|puerta)\b",
        r"\b(locked|hiding|hid|escondid[ao]|encerrad[ao])\b.{0,40}\b(is|are|'s|'re|esta|estan) (right )?(outside|at"
        r"|afuera de|en) (the|la|my|mi) (\w+ )?(door|puerta)\b",
        r"\bjalando (del|el) (pelo|cabello)\b", r"\btiene(n)? (pistolas|armas|cuchillos|rifles|machetes)\b",
        r"\b(vai|vao|quer|querem) matar (ela|ele|eles|elas|a gente|minha|meu)\b",
        # second probe round: witnesses hedging ("sounds like hes beating her", "i think hes hurting her", "just heard
        # screaming from room 214"), someone dragged now; French and Portuguese in the words people text ("il cogne sur
        # la porte", "il veut me frapper", "il va casser la porte", "est en train de tabasser", "ta me batendo agora",
        # "ta com uma arma na mao") and Spanish ("me esta jalando al carro") -- each got the form or the pause
        r"\b(sounds like|i think|i hear|i can hear|heard)( \w+){0,3} (beating|hurting|hitting|choking|attacking|raping"
        r"|killing) (her|him|them|someone|somebody|a \w+|one of)\b(?! (feelings?|pride|business|chances))",
        r"\b(just heard|can hear|hearing|i hear) (screaming|screams|her scream\w*|him scream\w*|someone scream\w*)"
        r"\b(?! (kids|children|baby|babies|fans|at))[^.!?]{0,30}\b(from|next door|upstairs|downstairs|room|apartment|help)\b",
        r"\b(yelling|crying|screaming) for help\b",
        r"\b(is|are|'s|'re) (dragging|pulling) (her|him|them|me|a \w+|the \w+)\b",
        r"\b(me|la|lo|nos|las|los) (esta|estan) jalando (al|a la|hacia el|hacia la|para el|pa'l|pal) (carro|troca"
        r"|camioneta|cuarto|coche|van)\b",
        r"\b(cogne|cognent|tape|tapent|frappe|frappent|defonce|defoncent) (sur |a )?(la|ma|notre) porte\b",
        r"\b(veut|veulent|va|vont) (me|nous|la|le|les) (frapper|taper|tabasser|defoncer|battre|buter)\b",
        r"\b(va|vont|veut|veulent) (casser|defoncer|enfoncer|peter) (la|ma|notre) porte\b",
        r"\b(est|sont) en train de ((la |le |les |me |nous )(frapper|taper|tabasser|battre|violer|etrangler)|frapper"
        r"|tabasser|violer|etrangler)\b",
        r"\b(il|elle|ils|on) (me|nous|la|le|les) (frappe|frappent|tape|tapent|tabasse|tabassent|bat|battent)\b[^.!?]{0,30}"
        r"\b(la maintenant|maintenant|en ce moment|la)\b",
        r"\b(il|elle|ils) (frappe|frappent|tabasse|tabassent|bat|battent) (mon|ma|mes|une|un|le|la|les) \w+[^.!?]{0,20}"
        r"\b(la maintenant|maintenant|en ce moment)\b",
        r"\b(ta|esta|tao|estao) (me |nos )?(batendo|espancando|agredindo|surrando) (em mim|na gente|nela|nele|no \w+|na \w+)?"
        r"[^.!?]{0,30}\b(agora|agorinha|nesse momento)\b", r"\bta me batendo\b",
        r"\b(ta|esta|tao|estao) com (uma |um )?(arma|revolver|faca|pistola)( na mao)?\b",
        r"\b(tao|estao) aqui (na frente|na porta|fora)\b[^.!?]{0,30}\b(agora|gritando|buzinando)\b",
        # knocked at the door she hides behind, afraid: "ya tocaron la puerta del baño tengo miedo" (a girl of 13, after
        # staff handed the chat back, got "¿Hay algo más que quieras que sepamos?")
        r"\b(tocan|tocaron|toco|golpean|golpearon|golpeo|patean|patearon|esta tocando|estan tocando|esta golpeando"
        r"|estan golpeando|batem|bateram|esta batendo|estao batendo|frappent|frappe|knocking|knocked|banging|banged) (on )?"
        r"(la|mi|a|na|the|my|la porte|sur la) ?(puerta|porta|porte|door)\b[^.!?]{0,30}\b(miedo|ayuda|auxilio|medo|peur"
        r"|scared|afraid|help|bano|banheiro|bathroom|closet|cuarto)\b",
        # the door she is behind, struck, or yelled through: "he hit the door. i have to go", "he is yelling outside the
        # door" (after hiding in a bathroom: "Thanks, I've noted that.")
        r"\b(he|she|they|someone|somebody|the boss|my boss|the guy|the man)( just)? (hit|hits|punched|punches|slammed"
        r"|slams|kicked|kicks|banged|bangs|pounded|pounds|is hitting|is punching|is slamming)( on)? (the|my|our) (\w+ )?"
        r"(door|doors)\b",
        r"\b(yelling|screaming|shouting|cursing|swearing)( at me)? (outside|through|at|behind) (the|my|our) (\w+ )?(door"
        r"|room|bathroom|closet)\b",
        # the door being kicked in now, said without "scared" ("hes kicking the door": the next form question)
        r"\b(someone|somebody|he|she|they|hes|shes|theyre|he'?s|she'?s|they'?re|is|are|r)\b( \w+)?"
        r" (kicking|breaking|busting|banging on|pounding on|trying to (open|break|kick)) (in |down )?(the|my|our|her"
        r"|his) (\w+ )?(door|window)\b",
        # a cry for help heard now: "shes screaming", "i can hear her screaming" (not "screaming at us")
        r"\b(she|he|they|shes|hes|theyre|she'?s|he'?s|they'?re|someone|somebody|a (girl|woman|kid|child|boy|lady)"
        r"|the (girl|woman|kid|child|boy|lady))( is| are| s)? (screaming|crying for help|yelling for help|screaming for"
        r" help)\b(?! at)(?![^.!?]{0,30}\b(every|each|always|sometimes|all the time))",
        r"\b(i|we) (can )?(hear|heard) (her|him|them|someone|somebody|a (girl|woman|kid|child)) (screaming|crying"
        r" for help|yelling for help)\b",
        r"\b(la|lo|los|las) (oigo|escucho|oimos) (gritar|gritando|pedir ayuda|pidiendo ayuda)\b",
        # Québec and France French, Portuguese: hair pulled, a cry for help ("le gars la tire par les cheveux LA
        # MAINTENANT", "elle crie a l aide qu est ce que je fais": the kind and who questions came next)
        r"\b(la|le|les|me|nous) (tire|tirent|traine|trainent|prend|prennent) par les cheveux\b",
        r"\b(ta|esta|tao|estao) (puxando|arrastando) (ela|ele|eles|elas|a menina|a mulher|a moca) pelo(s)? cabelo(s)?\b",
        r"\b(elle|il|ils|elles|une fille|une femme|un enfant|quelqu'?un|qqn) (crie|crient|hurle|hurlent) (a l'?aide|au"
        r" secours|a l aide)\b(?![^.!?]{0,30}\b(chaque|toujours|parfois|souvent|tout le temps|tous les))",
        r"\b(j'?entends|jentends|on entend) (une fille|une femme|un enfant|quelqu'?un|qqn|elle|il) (crier|hurler) (a l'?aide"
        r"|au secours|a l aide)\b",
        r"\b(ela|ele|uma menina|uma mulher|alguem) (ta|esta) (gritando|pedindo) (por )?(socorro|ajuda)\b",
        # violence heard as they write: "i hear a guy yelling at her through the wall and something hit the wall hard"
        # (it got "Thanks, I've noted that" and the where question)
        r"\b(i|we) (can )?(hear|hearing) [^.!?]{0,40}\b(screaming|hitting|beating|slapping|punching|banging"
        r"|hit (the|a) wall|yelling at (her|him|them|a (girl|woman|kid|child))[^.!?]{0,40}\b(now|through the wall|hit"
        r"|crying|scream\w*))\b(?![^.!?]{0,30}\b(play\w*|fun|party|game|laugh\w*|tv|movie|music)\b)",
        r"\bsomething (hit|slammed|crashed) (into |against )?the (wall|door|floor) (hard|really hard)\b",
        r"\b(oigo|escucho|oimos|se oyen|se escuchan) (como )?(golpes|que (la|lo|le) (pega|golpea|esta pegando))\b",
        # followed or chased now: "me estan siguiendo en una camioneta negra", "a van is following me"
        r"\b(someone|somebody|he|she|they|hes|shes|theyre|he'?s|she'?s|they'?re|(a|the|some) (\w+ )?(car|van|truck|suv"
        r"|man|guy|men|guys))( is| are| 's| 're)? (following|chasing|after) (me|us)\b(?! (on|around) (instagram|facebook"
        r"|social|online|tiktok))",
        r"\b(me|nos) (esta|estan|viene|vienen|anda|andan) (siguiendo|persiguiendo)\b",
        r"\b(i'?m|im|i am|we'?re|we are) being (followed|chased)\b(?! (on|around) (instagram|facebook|social|online))",
        # violence as they watch: "hes kicking her", "he just slapped her hard", "he have machete hitting Wesley", "he
        # grab him by the neck" (each was "violence" at most: form questions followed)
        r"\b(he'?s|hes|he is|she'?s|shes|she is|they'?re|theyre|they are|he|she|they|boss|guy|man)( \w+){0,3}"
        r" (hitting|kicking|beating|slapping|punching|choking|strangling|stabbing|whipping|dragging)(?! on\b| around\b)"
        r" (her|him|them|me|us"
        r"|the|a|one|my|[a-z]+)\b(?! (up|out|off|the (gym|road|books|bottle|sack|hay|bar|club)))",
        r"\bjust (hit|slapped|punched|kicked|choked|stabbed|shot|pushed|threw|grabbed|beat|smacked) (her|him|them|me|us|a"
        r"|the|one)\b",
        r"\b(grab|grabs|grabbed|grabbing) (him|her|them|me) (by the (neck|throat|hair))\b",
        r"\b(she'?s|shes|she is|he'?s|hes|he is) (on the floor|bleeding|not moving|unconscious|passed out)\b",
        # the one in control coming, armed, or at the door as they hide: "o gato ta vindo de moto com a espingarda",
        # "il monte l'escalier", "they knock bathroom door", "he is banging"
        r"\b(ta|esta|tá|está) vindo\b[^.!?]{0,30}\b(espingarda|arma|revolver|faca|pistola|facao)\b",
        r"\b(il|elle|ils) (monte|montent) (l'? ?escalier|les escaliers)\b",
        r"\b(knock|knocks|knocking|banging|bang|pounding|kicking) (on )?(the |my )?(bathroom |bedroom |room |front )?door"
        r"\b(?![^.!?]{0,30}\b(lol|haha\w*|pizza|delivery|amazon|package|mailman|jaja\w*|kkk+)\b)|\b(he|she|they)( \w+)? (is|are) (banging|pounding|knocking)\b",
        r"\b(tocando|golpeando|pateando|batendo|esmurrando) (la|a) (puerta|puelta)\b|\bbatendo na porta\b",
        # arriving, or here, armed: "ahorita llego el patron bien borracho… trae un cuchillo", "trae pistola tengo miedo"
        r"\b(trae|traia|agarro|saco|carga|anda con|viene con|llego con) (un |una |el |la |su )?(cuchillo|navaja|pistola"
        r"|arma|machete|fierro)\b",
        # taken into a car as they watch: "the staff guy is trying to get her in the car right now"
        r"\b(trying|tries|tried|try) to (get|put|force|push|pull|drag|take|shove) (her|him|them|a (girl|kid|child|woman"
        r"|boy)|the (girl|kid|child|woman|boy)|one of (the )?(girls|kids|women)) (in|into) (the|a|his|their|an) (car|van"
        r"|truck|suv)\b",
        r"\b(grabbed|grabbing|grabs|pulling|pulled|dragging|yanking|yanked|twisting) (her|him|my|his|the girl'?s?) (arm"
        r"|hair|wrist|neck)\b(?=.{0,60}\b(rn|right now|what do i do|what should i do|help|saying no|crying"
        r"|screaming)\b)",
        # hiding while the one in control is near: "im in the bathroom at a hotel rn and hes in the room", "to no banheiro
        # do motel. ele ta la fora no carro" (only a minor's flags, or nothing)
        r"\b(bathroom|restroom|banheiro|bano|toilettes?|closet|armario|placard)\b.{0,60}\b(hes|he'?s|he is|el esta|ele ta"
        r"|ele esta|il est|they'?re|theyre|they are|ellos estan|eles estao)( \w+)? (in the (room|hall|next room)|outside"
        r"|la fora|afuera|in the car|no carro|en el carro|right there|dehors|next door|en el cuarto|no quarto|dans la"
        r" (chambre|piece))\b",
        r"\b(ta|esta|tá|está|estao|tao) vindo (me buscar|me pegar|atras de mim|aqui)\b",
        r"\b(he'?s|hes|he is|they'?re|theyre) coming (to get|for) me\b[^.!?]{0,20}\b(now|rn|right now|tonight)\b",
        r"\b(peur|a peur|j'ai peur) qu'?(il|ils) (la|le|me|nous|les) tue\b",
        r"\b(he|she|they|hes|shes|he'?s|she'?s)( is| has)? (got|grabbed|pulled out|pulled|carrying|holding|waving) (a|an"
        r"|his|her) (gun|knife|machete|weapon|pistol)\b",
        r"\b(ta|esta|estao|tao) me (seguindo|perseguindo)\b", r"\b(il|elle|ils) me (suit|suivent|poursuit)\b",
        # the one in control on the way, with harm said: "ya viene su esposo a darme una leccion", "dice que ya viene
        # para aca y que me va a pegar", "hes coming back to beat me" (each got the watched pause: no 911)
        r"\b(ya viene|viene para aca|viene para aqui|esta llegando|ya llego|esta afuera|esta en la puerta|vienen|ya"
        r" vienen)\b[^.!?]{0,60}\b(pegar|pegarme|golpear|golpearme|lastimar|hacer dano|matar|matarme|leccion"
        r"|llevar|llevarme|llevarse)\b",
        r"\b(he|she|they|hes|shes|theyre|he'?s|she'?s|they'?re|my boss|the boss|the owner|my husband)( is| are)?"
        r" (coming|on (his|her|their) way|outside|here)\b[^.!?]{0,40}\b(hurt|beat|hit|kill|take) (me|us|her|him)\b",
        r"\b(vai|vem|ta vindo|esta vindo|chegou|ta la fora)\b[^.!?]{0,40}\b(me bater|bater em mim|me matar|me levar)\b",
        # twenty-first session's probes (each got a form question or the privacy menu): hit just now and he is coming back
        # ("me dio una galleta… dice q va a bajar otra vez", "tengo miedo q me vuelva a pegar, me encerre en el baño", "ta
        # bajando la escalera" after that); hair pulled, thrown down; a beating heard in Québec French ("y est en train
        # de la fesser", "y la bat la la", "elle crie encore")
        r"\b(va|van|viene|vienen) a (bajar|subir|venir|volver|regresar) (otra vez|otra ve|de nuevo)\b",
        r"\b(me|nos|la|lo) (vuelva|vuelvan) a (pegar|golpear|pegarme|golpearme)\b",
        # "tengo miedo me va a pegar otra vez", after "el señor volvio, esta afuera en la sala gritando" (high, and the
        # questions went on)
        r"\b(me|nos) (va|van) a (pegar|golpear|matar|madrear|chingar) (otra vez|de nuevo|ahorita|ya)\b(?!\W*si\b)",
        r"\b(ya|ahorita) (me|nos) (va|van) a (pegar|golpear|matar)\b",
        r"\b(me|nos) (encerre|encerramos|escondi|escondimos|tranquei|trancamos|escondi) (en|no|na) (el |la )?(bano|banheiro"
        r"|cuarto|quarto|closet|armario)\b",
        r"\bje me suis (enfermee?|cachee?) (dans|aux) (la |les )?(salle de bain|toilettes?|chambre|placard)\b",
        r"\b(ta|esta|viene) (bajando|subiendo) (la |las )?(escalera|escaleras|gradas)\b",
        r"\b(me|la|lo|nos) (jalo|jalaron|jala) (del|el|de los) (pelo|cabello|pelos)\b",
        r"\b(me|la|lo|nos) (tiro|tiraron|aventó|avento|empujo) (al|en el|contra el|contra la) (piso|suelo|pared)\b",
        r"\b(il|y|i) (est|é|e) en train de ((la |le |les |me |nous )(fesser|varger|frapper|battre|taper|cogner)|fesser"
        r"|varger)\b",
        r"\b(il|y|i) (la|le|les|me|nous) (bat|frappe|fesse|varge|tape|cogne)\b[^.!?]{0,20}\b(la|encore|la la|en ce moment"
        r"|maintenant|pour vrai)\b",
        r"\b(elle|il|y) (crie|hurle) (encore|a l'aide|au secours|a mort)\b",
        r"\bj'?entends (crier|hurler|des cris|frapper|des coups)\b[^.!?]{0,40}\b(mur|a cote|en haut|en bas|voisin\w*"
        r"|appart\w*|chambre)\b",
        # second round of probes: "hes knocking on my window", "hes walking at my car", "says hes on his way to get me",
        # "me meti al cuarto de lavar", "me esta gritando q abra", "me esta jaloneando del pelo", "estoy en el baño
        # escondida" (each got a form question)
        r"\b(he'?s|hes|he is|she'?s|shes|they'?re|theyre|someone'?s|someone is)( \w+)? (knocking|banging|pounding)"
        r" on (my|the|our) (car |truck )?(window|windshield)\b",
        r"\b(he'?s|hes|he is|she'?s|shes|they'?re|theyre)( \w+)? (walking|coming|heading|running) (at|to|toward|towards"
        r"|over to|up to) (my|our) (car|truck|door|window|room|house|apartment)\b",
        r"\bon (his|her|their) way to (get|take|grab|find|pick up) (me|us)\b",
        r"\b(me|nos) (meti|metimos) (al|a la|en el|en la) (cuarto|bano|closet|ropero|armario|cocina)\b",
        r"\b(me|nos) (esta|estan) gritando (q|que) (abra|abramos|salga|salgamos)\b",
        r"\b(me|la|nos|lo) (esta|estan) (jaloneando|zarandeando|arrastrando)\b",
        r"\b(estoy|estamos) (en el (bano|cuarto|closet) )?(escondid[ao]s?)\b",
        # as texted in the Caribbean: "toy escondia en el baño del club, el tipo ta afuera buscandome", "ta tocando la
        # puelta" (the greeting came again, then the signs list)
        r"\b(toy|stoy|toi|tamos|estoy|estamos) (\w+ )?(escondi[ao]s?|escondid[ao]s?|escondio|escondiendome)\b",
        r"\b(esta|ta|anda|estan|tan|andan) (\w+ )?(afuera |aqui |ahi )?(buscandome|buscandonos)\b",

        # a plea with the one in control right there: "ayuda el esta afuera", "help hes outside"
        r"^\W*(ayuda|ayudame|ayudenme|auxilio|socorro|help|help me|please help|me ajuda|me ajudem|aidez[- ]moi)\W+"
        r"(el|ella|ellos|he|she|they|hes|shes|theyre|he'?s|she'?s|they'?re|ele|ela|il|elle)( esta| estan| is| are"
        r"| ta| est)? (afuera|aqui|aca|outside|here|at the door|en la puerta|la fora|aqui fora|dehors|la)\b",
        # followed now, in French and Portuguese: "quelqu un me suit dans la rue", "to sendo seguida por um cara"
        r"\b(quelqu'?un|quelqu un|on|il|ils|un homme|un mec|une voiture) me (suit|suivent)\b", r"\bjuste derriere moi\b",
        r"\b(carro|homem|cara|alguem|van|moto|caminhonete)\b[^.!?]{0,20}\bme (seguindo|perseguindo)\b",
        # armed and threatening now: "tem um homem armado na frente da casa… ele ta ameaçando elas agora"
        r"\barmad[oa]s?\b[^.!?]{0,70}\b(ameacando|ameaca|atirando|agora|apontando)\b",
        r"\b(to|tou|estou) sendo (seguid|perseguid)[ao]\b", r"\b(ta|esta|tao|estao) atras de mim\b",
        r"\bright behind me\b(?! (in line|at work))",
        # the one in control on the way or outside, with harm threatened: "he just texted me hes coming back and says
        # im gonna pay for talking", "mi patron me dijo q viene en camino y q me va a golpear" (a pause, or "where?")
        r"\b(coming (back|over|here|for me)|on (his|her|their) way|outside|at the door|viene en camino|viene para aca"
        r"|ya viene|afuera|vem ai|ta vindo|esta vindo|chegando|la fora|arrive|revient|dehors|devant la porte)\b"
        r"[^.!?]{0,60}\b(hurt|beat|hit|kill|gonna pay|going to pay|make me pay|punish|golpear|pegar|matar|lastimar"
        r"|las va a pagar|me la vas a pagar|bater|machucar|tuer|frapper|me faire payer)\b",
        # escaped and lost: "ayuda me escape de donde me tenian y no se donde estoy" (the greeting only)
        r"\b(me escape|me sali|escaped|got away|ran away|fugi|je me suis enfuie?)\b[^.!?]{0,60}\b(no se donde estoy"
        r"|don'?t know where i am|dont know where i am|nao sei onde (to|estou)|je sais pas ou je suis)\b",
        # told to go with him tonight, with a plea: "pls help theres a man outside my door he says i have to go with him"
        r"\b(help|pls|please|ayuda\w*|socorro|me ajud\w*)\b[^.!?]{0,40}\b(outside my door|afuera de mi puerta|na minha"
        r" porta|devant ma porte)\b",
        r"\b(i have to|i gotta|he says i have to|tengo que|tenho que)( go| ir| irme)? with (him|el|ele)\b"
        r"(?![^.!?]{0,12}\b(to work|al trabajo|pro trabalho|ao trabalho|to the (warehouse|job|site)))[^.!?]{0,30}"
        r"\b(tonight|esta noche|hoje a noite)\b",
        # a plea with someone outside now: "esta afuera de la puerta ahorita ayudenme", "hes outside right now pls"
        r"\b(outside|afuera|la fora|dehors|at the door|en la puerta|na porta)\b[^.!?]{0,30}\b(right now|rn|ahorita"
        r"|ahora mismo|agora|maintenant)\b[^.!?]{0,20}\b(help|pls|please|plz|ayud\w*|auxilio|socorro|me ajud\w*"
        r"|aidez)",
        r"\b(outside|afuera|la fora|dehors)\b[^.!?]{0,20}\b(help( me)?|pls|please|plz|ayud\w*|auxilio|socorro"
        r"|me ajud\w*|aidez[- ]moi)\W*$",
        # the door broken in, in French and Portuguese: "ils defoncent la porte chez la voisine", "arrombaram a porta"
        r"\b(defonce\w*|enfonce\w*|cassent|casse) (a |sur )?la porte\b", r"\b(arromba\w*|derruba\w*) a porta\b"
        r"(?![^.!?]{0,30}\b(ontem|semana passada|ano passado)\b)",
        # armed, in French and Portuguese: "il a un couteau et il crie dans le couloir", "ele ta com uma faca"
        r"\b(a|ont|avait) (un|une) (couteau|arme|pistolet|flingue|fusil|revolver)\b[^.!?]{0,40}\b(menace|maintenant"
        r"|la|tuer)\b", r"\b(ta|esta|tao|estao) armad[oa]s?\b[^.!?]{0,40}\b(matar|agora|ameac\w*)\b",
        r"\b(il|elle|ils|elles|quelqu'un|le patron|le mec|un mec|un homme) (a|ont|avait) (un|une|des) (couteau|arme"
        r"|pistolet|flingue|fusil|revolver)\b",
        r"\b(ele|ela|eles|alguem|o patrao|o cara|um cara|um homem) (tem|ta com|esta com|tao com|estao com|pegou|puxou)"
        r" (uma|um) (arma|faca|revolver|pistola|facao|espingarda)\b",
        r"\b(miedo|temo|temor) (de )?(que|a que) (me|nos|la|lo|los|las) (mate|maten|vaya a matar|vayan a matar)\b",
        # "el señor dijo q orita viene a pegarme" (it got "Noted")
        r"\b(orita|ahorita|ya|ahora) (viene|vienen|va a venir) a (pegarme|golpearme|matarme|pegarnos|golpearnos"
        r"|matarnos|llevarme|sacarme)\b",
        r"\b(estoy|estamos|esta) escondid[oa]s?\b", r"\bme estoy escondiendo\b", r"\b(me escape|nos escapamos"
        r"|me sali|hui)\b[^.!?]{0,40}\bno tengo (a )?donde (ir|quedarme)\b",
        # fr
        r"\bau secours\b", r"\baidez[- ]moi\b", r"\ba l'aide\b", r"\bje suis en danger\b(?! de)",
        r"\b(il|elle|ils|elles) (va|vont) (me|nous) tuer\b", r"\burgence\b",
        # pt
        r"\bme ajud[ae]\b", r"\bestou em perigo\b", r"\b(vai|vao) me matar\b", r"\bemergencia\b",
        # ht
        r"\banmwe\b", r"\bsekou\b", r"\bede m(wen)?\b", r"\bm(wen)? an danje\b", r"\b(li|yo) (pral|ap|pe) touye m(wen)?\b",
        # vi (accents removed)
        r"\bcuu (toi|voi|em|chung toi)\b", r"\bnguy hiem\b", r"\bgiet (toi|em)\b",
        # tl
        r"\btulong\b", r"\bsaklolo\b", r"\bnasa panganib\b", r"\bpapatayin (ako|kami)\b", r"\btulungan (nyo|mo) ako\b",
        # zh, ko, ar, ru
        r"救命", r"救救我", r"有危险", r"要杀我", r"杀了我", r"살려", r"위험해", r"죽일 거", r"النجدة", r"ساعدوني",
        r"انقذوني", r"في خطر", r"سيقتلني", r"помогите", r"спасите", r"я в опасности", r"убь[её]т меня", r"убьют",
    ], "not": [
        # said not to happen: "hes not hitting me but he threatened to call ice" (critical, and "call 911 now")
        r"\b(not|isn'?t|isnt|aint|ain'?t|never|wasn'?t|wasnt) (hitting|beating|hurting|attacking|choking|touching)( (me|us"
        r"|her|him|them))?\b",
        # the person fears the police will be sent: "are you guys gonna send police to my apartment now?", "no manden a
        # la policia" (an adult who works for herself was told "call 911 now", twice)
        r"\b(are|r|will|would|do|did|is|gonna)( \w+){0,3} (you|u|y'?all|you guys|u guys|someone|anyone)( guys)?( \w+){0,2}"
        r" (send|sending|call|calling|get|getting) (the )?(police|cops)\b|\b(don'?t|dont|do not|please don'?t|pls dont)"
        r" (send|call|get) (the )?(police|cops)\b|\bno (manden|mandes|llamen|llames) (a )?(la )?(policia|migra)\b",
        # "ce n'est pas une urgence", "nao é emergencia", "it's not an emergency" (each was told "call 911 now"); the ER
        # named ("sou enfermeira num pronto socorro", "I AM the emergency department", "trabajo en la emergencia")
        r"\b(not|isn'?t|no es|nao e|nao eh|num e|num eh|n eh|n e|n'est pas|c'est pas|pas|no|nao|ni|nada de) (una |une |an |a"
        r" |uma |um |caso de )?(urgence|emergencia|emergency)\b", r"\bpronto[- ]socorro\b",
        r"\bemergency (room|department|dept|medicine|services|nurse|doctor|unit)\b|\b(sala|cuarto|sala de) (de )?emergencias?\b",
        r"\b(trabajo|trabaja|trabalho|trabalha|travaille) (en|na|no|aux|a) (la |as |os )?(emergencias?|urgences)\b",
        r"\b(if|only if|unless|in case of|si|se|en caso de)( it'?s| its| there'?s| there is| es| hay)? (an |a |una |uma )?"
        r"emergenc(y|ia|ies|ias)\b",
        # the emergency number asked about: "mas qual é o numero de emergencia aqui afinal?", "what's the emergency
        # number in the uk" (a question, not danger: it raised a critical alarm that never ended)
        r"\b(numero|number|linea|linha|telefone|telefono|phone|ligne|numero d')( \w+)? (de |d')?(emergencias?|emergency"
        r"|urgence)\b|\bemergency (number|line|phone)\b",
        # "no one is in danger right now", "nadie esta en peligro" (the calmest opening got "call 911 now")
        r"\b(no one|nobody|noone|no body|nadie|personne|ninguem)( \w+)? (is|esta|ta|est|n'est|e)( \w+)? (in|en|em)"
        r" (danger|peligro|perigo)( right now| now| ahorita| agora| maintenant)?\b",
        # jokes about work ("gonna kill me if im late lol", "la chamba me esta matando", "vai me matar se eu chegar
        # atrasada kkk")
        r"\b(kill|matar|tuer|matando|mata)\b[^.!?]{0,40}(\blol\b|\blmao\b|\bjaja\w*|\bkkk+|\bhaha\w*|😂|🤣|\bmdr\b)",
        # the laugh first: "mon patron c un vrai negrier mdr il va me tuer si je finis pas le rapport avant vendredi"
        r"(\blol\b|\blmao\b|\bjaja\w*|\bkkk+|\bhaha\w*|😂|🤣|\bmdr\b|\bptdr\b)[^.!?]{0,40}\b(kill|matar|tuer|matando|mata)\b"
        r"[^.!?]*",
        # a threat on a condition about work: "il va me tuer si je finis pas le rapport", "vai me matar se eu nao
        # terminar" (a threat, kept as one by the report; not danger this minute)
        r"\b(va|vont|vai|vao) me (tuer|matar) (si|se) (je|j'|eu|on|a gente) ?(finis|termine|termina|terminar|acabo|acabar"
        r"|rends|fais|faco|fizer|chegue|chego|arrive)\w*\b[^.!?]*",
        r"\b(kill|matar|tuer)( \w+){0,2} (if i'?m late|if im late|si llego tarde|se eu chegar atrasad\w*|si j'arrive en"
        r" retard)\b", r"\b(chamba|trabajo|jale|trabalho|trampo|job|work|boulot|travail|horas|hours) (me|nos) (esta|estan"
        r"|ta|is|are) (matando|killing)\b", r"\b(me|nos) (esta|estan|ta|tao) matando\b( \w+){0,3} (con|de|com) \w+",
        r"\bes un dicho\b",
        # a weapon kept, not now: "he has a gun in his truck and shows it to them sometimes"
        r"\b(has|have|got) a (gun|knife|weapon)\b[^.!?]{0,40}\b(sometimes|always|every|in his (truck|car)|at home)\b",
        # a fire imagined: "if theres a fire we cant get out" (a workplace hazard, not a fire now)
        r"\b(if|si|se|when|in case)( there'?s| there is| hay| tiver| il y a)? (a |un |une )?(fire|fuego|incendio|feu|fogo)"
        r"\b[^.!?]{0,40}",
        r"\bhiding\b[^.!?]{0,30}\bto (text|write|type|message)\b",
        r"\b(screaming|yelling|shouting) at (the|them|her|him|us|me|everyone|everybody)\b",  # yelling at them: abuse, not now
        r"\b(hitting|punching|kicking|beating) (the |a |his |her )?(punching bag|heavy bag|bag|ball|gym|road|books|button"
        r"|jackpot|wall|eggs)\b",
        r"\bin danger of\b", r"\ben peligro de\b", r"\bnot in danger\b", r"\bno longer in danger\b",
        r"\bno estoy en peligro\b", r"\bhelp me (with|find|understand|figure|choose|pick)\b",
        r"\bemergency (contact|number)\b", r"\b(stopped|stop|quit) (beating|hitting|hurting)\b",
        _NOBODY_HURTING, _AN_ANIMAL_HIT,
        # a threat on a condition, or the way someone talks: "nos dice que nos va a matar si no acabamos la pizca, pero
        # asi habla el, nunca le pega a nadie" (it was told "llama al 911 ahorita")
        r"\b(va|van|vas|voy) a matar\w*\b[^.!?]{0,25}\bsi (no|nos|me|le|les|te)\b[^.!?]*",
        r"[^.!?]*\b(asi habla|es su forma de hablar|habla asi|he always talks like that|thats how he talks|that'?s just"
        r" how he talks|he talks like that|just talk|nunca le pega a nadie|never (hit|hits|touched) anyone|fala assim"
        r"|c'est sa facon de parler)\b[^.!?]*",
        # a joke about work: "meu chefe disse q vai me matar de tanto trabalho 😂" (it was told "call 911 now")
        r"\b(vai|va|vao|van a|going to|gonna) (me|nos|us|me) (matar|kill)( \w+)? (de tanto|de|with|from) (trabalho"
        r"|trabajo|work|cansaco|cansancio|rir|risa|laughing|tanto)\b",
        r"\b(me|nos) (esta|estan|ta|tao) (matando|tuant)\b( \w+)? (con|de|com|avec) (tantas horas|tanto trabajo|trabajo"
        r"|tanto trabalho|trabalho|hambre|risa|cansancio|tout ce boulot|le boulot|le travail)\b",
        r"\b(mon patron|ma patronne|mon chef|le boulot|ce boulot) me tue( avec| de)? (tout ce boulot|le boulot|le travail"
        r"|ce travail|fatigue)?\b",
    ]},
    # (one clause: "they push us to work harder and drive us in a van" is two things)
    # Taken away by force as they write: "a girl being shoved into a white car", "estan metiendo a una muchacha a la
    # fuerza en una camioneta", "ils sont en train d emmener ma soeur de force dans une voiture", "tão me levando embora
    # agora num carro", "arrastando uma mulher pra dentro de uma van" (each got the next form question). Not when it
    # is told as the past ("last year he pushed me into his car").
    "taken_now": {"weight": 90, "patterns": [
        # told to get in now, or in it already: "nos estan diciendo que subamos a una troca que nos van a llevar a otro
        # lado" (then "when did it happen?"), "vamos en la troca por la 90, este lo tengo escondido" (not urgent)
        r"\b(nos|me|las|los|les) (estan diciendo|dicen|dijo|dijeron|obligan a|estan obligando a|mandan) (que|q|a)"
        r" (subamos|me suba|nos subamos|suban|se suban|subir|subirnos)( \w+){0,3} (troca|camioneta|carro|van|camion"
        r"|trailer)\b",
        r"\b(vamos|nos llevan|nos tienen|ya vamos|nos van llevando) (en|arriba de) (la|una|su) (troca|camioneta|van"
        r"|camion|trailer)\b(?=[^.!?]{0,40}\b(por la|rumbo a|hacia|no se (a )?donde|escondido|escondida|ahorita|ahora"
        r"|ya)\b)(?![^.!?]{0,40}\b(todos los dias|cada dia|siempre|diario)\b)",
        r"\b(they'?re|theyre|he'?s|hes) (telling|making|forcing) (us|me|her|them) (to )?get (in|into) (the|a|his|their)"
        r" (truck|van|car)\b|\bwe'?re in (the|his|their) (truck|van) (now|rn|right now)\b",
        # loaded into the truck now: "ya llego la troca nos estan subiendo" (the pause, and no new escalation),
        # "shes getting in the car right now what do i do" (a girl of 16 taken by a man; the privacy menu)
        r"\b(nos|me|las|los|la|lo) (estan|esta|tan|ta) (subiendo|metiendo|llevando|sacando|cargando)\b(?! (las|los|la|el)"
        r" (cajas|bolsas|cosas))",
        r"\b(they'?re|theyre|he'?s|hes|she'?s|shes) (putting|loading|pushing|dragging|taking) (us|me|her|him|them|the"
        r" girls|the women) (in|into|onto) (the|a|his|their) (truck|van|car|bus|trailer)\b",
        r"\b(she'?s|shes|he'?s|hes|she is|he is) (getting|being put|being pushed|being taken|gettin) (in|into) (the|his|a"
        r"|their|that) (car|truck|van)\b[^.!?]{0,25}\b(right now|rn|now)\b",
        r"\b(nos|me|as|os|a) (tao|estao|ta|esta) (colocando|pondo|levando|enfiando) (no|na|num|numa) (caminhao|van|carro"
        r"|caminhonete)\b",
        r"\b(shov\w*|push(ed|ing)?|pull(ed|ing)?|drag(ged|ging)?|grab(bed|bing)?|forc(ed|ing)|throw(n|ing)|threw|snatch\w*"
        r"|kidnap\w*|stuff(ed|ing)|metiendo|meter|subiendo|jalando|arrastrando|aventando|empurrando|puxando|enfiando"
        r"|jogando|levando|emmen\w*|train(e|ent|ee|ees|ait|aient)|pousse\w*|embarqu\w*)\b" + _NO_CLAUSE + r"{0,25}\b(her|him|them|me|us|girls?|boys?"
        r"|wom[ae]n|m[ae]n|lady|kids?|child|teens?|sister|daughter|son|muchachas?|mujer(es)?|ninas?|ninos?|chicas?"
        r"|senoras?|hermanas?|hij[oa]s?|ela|ele|elas|eles|mulher(es)?|meninas?|meninos?|mocas?|crianca|irma|filha|soeur"
        r"|fille|femme|enfant|gamine|la|lo|las|los|a|o|m'|nous)\b" + _NO_CLAUSE + r"{0,40}\b(into|inside|in|towards|toward|en|dentro d[eao]"
        r"|dans|numa|num|na|no|pra dentro d[ae]|a) (a |an |the |his |their |una |un |la |el |une |um |uma |sa |son |su )?"
        r"(\w+ )?(car|van|suv|truck|trunk|carro|camioneta|troca|troka|coche|cajuela|voiture|camion|camionnette"
        r"|caminhonete|porta-malas)\b(?![^.!?]{0,40}\b(every|each|always|usually|todos|cada|tous|todo dia)\b)",
        r"\b(a la fuerza|de force|a forca|by force)\b[^.!?]{0,50}\b(car|van|suv|truck|carro|camioneta|troca|coche"
        r"|voiture|camion|camionnette|caminhonete)\b",
        r"\b(fait monter|jete|jetee|pousse|poussee)\b[^.!?]{0,30}\b(voiture|camion|camionnette|van)\b",
        r"\b(me|nos) (jogaram|pegaram|puseram|colocaram|enfiaram)\b[^.!?]{0,30}\b(carro|van|caminhonete|porta-malas)\b",
        r"\b(being|getting|just got|just been|got) (shoved|pushed|dragged|forced|thrown|grabbed|pulled|stuffed|taken)\b"
        r"[^.!?]{0,30}\b(into|in) (a|an|the|his|their|some) (\w+ )?(car|van|suv|truck|trunk)\b",
        r"\b(car|van|suv|truck|carro|camioneta|troca|coche|voiture|camion|caminhonete)\b[^.!?]{0,50}\b(a la fuerza"
        r"|de force|a forca|by force)\b",
        r"\b(ils|elles|on) (m|nous)'?(emmenent|embarquent) de force\b",
        r"\b(tao|estao|ta|esta) (me|nos) levando (embora )?(a forca|agora|num carro|numa van)\b",
        # being taken as they write: "se estan llevando a mi sobrina de 14 ahorita en una troca", "they are taking my 14 yr
        # old niece right now in a truck", "se la estan llevando ahorita", "ya se la llevaron en la troca blanca"
        r"\b(se )?(esta|estan) llevando a\b[^.!?]{0,40}\b(ahorita|ahora|ya|en (una|un|la|el) (troca|camioneta|carro"
        r"|coche|van))\b", r"\bse (la|lo|las|los) (esta|estan) llevando\b",
        r"\bya se (la|lo|las|los) llevaron\b[^.!?]{0,40}\b(troca|camioneta|carro|coche|van)\b",
        r"\b(is|are|'s|'re) taking (my|her|him|the|a|our|his|their) (\w+ ){0,4}(away|(right now|rn|now) (away|in (a|the"
        r"|his|their) (truck|van|car|suv)))\b",
        # about to be taken: "se la van a llevar hoy en la noche", "el tipo quiere llevarsela ya" (a form question)
        r"\bse (la|lo|las|los) (va|van|quiere|quieren) (a )?llevar\b[^.!?]{0,30}\b(hoy|esta noche|ahorita|ahora|ya)\b"
        + _NOT_AN_OUTING,
        r"\b(quiere|quieren|va a|van a) llevarsel[ao]s? (ya|ahorita|ahora|hoy|esta noche)\b" + _NOT_AN_OUTING,
        # taken to a motel tonight, or gone with him this minute: "she just went out the back door w him, he said hes
        # taking her to a motel tonight" (a 15-year-old; it got the kind question)
        r"\b(taking|bringing|driving|gonna take|going to take) (her|him|them|the girls?|my \w+)\b[^.!?]{0,25}\bto (a|the"
        r"|some|his) (\w+ )?(motel|hotel)\b[^.!?]{0,25}\b(tonight|right now|rn|now|today|this (evening|night))\b",
        r"\b(she|he|they)( just| literally just)? (left|went out|went off|ran off|took off|got in (his|the) (car|truck"
        r"|van))\b[^.!?]{0,30}\b(with|w|w/) (him|that (guy|man)|the (guy|man)|an older (guy|man)|some (guy|man))\b"
        r"[^.!?]{0,15}\b(just now|right now|rn)\b",
        r"\b(she|he|they) just (left|went out|went off|ran off|took off|got in (his|the) (car|truck|van))\b[^.!?]{0,30}"
        r"\b(with|w|w/) (him|that (guy|man)|the (guy|man)|an older (guy|man)|some (guy|man))\b",
        r"\b(la|lo|las|los) (va|van) a llevar a (un|una|el|la) (motel|hotel)\b[^.!?]{0,25}\b(hoy|esta noche|ahorita"
        r"|ahora|ya)\b", r"\b(se acaba de ir|se acaban de ir|se fue ahorita|se fueron ahorita) con (el|ese (tipo|senor)"
        r"|un (tipo|senor|hombre))\b",
    ], "not": [_IN_A_PAST_YEAR,
               r"[^.!?]*\b(last (year|week|month|night|summer)|years? ago|months? ago|weeks? ago|el ano pasado|la semana"
               r" pasada|hace \w+ (anos|meses|semanas)|ano passado|semana passada|l'annee derniere|il y a \w+ (ans|mois)"
               r"|when i was)\b[^.!?]*"]},
    "self_harm": {"weight": 92, "patterns": [
        # texting shorthand: "i honestly just want to kms" (no 988 until it was spelled out)
        r"\b(want to|wanna|gonna|going to|might|bout to|about to|finna|should|just) kms\b|^\W*kms\W*$",
        # said indirectly: "penso em acabar com tudo, tomar uns remedios", "j'ai envie de plus vivre", "i think about
        # ending it all", "a veces pienso en quitarme la vida" (each got the next form question)
        r"\b(penso|pienso|pense|pensei|i think|thinking|j'?pense|je pense) (em|en|about|a) (acabar con todo|acabar com tudo"
        r"|ending it( all)?|en finir|me matar|matarme|killing myself|quitarme la vida|tirar minha vida|morir|morrer"
        r"|mourir|no despertar|not waking up)\b",
        r"\b(envie|vontade|ganas) de (ne )?(plus|nao|no) (vivre|viver|vivir)\b|\bj'?ai (plus )?envie de (plus vivre|mourir"
        r"|en finir)\b",
        r"\b(tomar|tomarme|take|prendre) (uns|unos|todos os|todas las|all (the|my)|toutes? (les|mes)) (remedios|pastillas"
        r"|pills|comprimidos|medicamentos|cachets|medicaments)\b",
        # "i dont want to be here anymore", "i dont see the point of anything", "everyone would be better off without
        # me", "quisiera dormirme y ya no despertar", "no se si vale la pena seguir viviendo" (form questions, no 988)
        r"\b(don'?t|do not|dont) want to (be here|be alive|live|exist) (any ?more|no more)\b(?! (at|in|with|working|doing"
        r"|for|,? ?(this|that|the) (job|place|house|work)))",
        r"\b(don'?t|do not|dont|can'?t|cant) see (the|a|any) (point|reason) (of|in|to) (anything|living|life|going on"
        r"|being alive|it all)\b", r"\b(would|will|'?d) be better off without me\b",
        r"\b(wish|want) (i|to) (could )?(sleep|go to sleep|fall asleep) and (never|not) wake up\b",
        # "i just wanna not wake up tmrw" (read as medical: 911 "with or without papers", no 988)
        r"\b(wanna|want to|wish i could|wish i would|hope i) (just )?(not|never) wake up\b",
        r"\b(quisiera|quiero|quisiera poder) (dormir|dormirme) y (ya )?no (despertar|volver a despertar)\b",
        r"\b(vale|valga) la pena (seguir )?(viviendo|vivir)\b", r"\bestarian mejor sin mi\b",
        r"\b(queria|quero) dormir e (nao|nunca mais) acordar\b", r"\bestariam melhor sem mim\b",
        r"\bnao (vale|sei se vale) a pena (continuar )?viv(er|endo)\b",
        r"\b(je voudrais|j'?aimerais|je veux) (dormir|m'?endormir) et (ne )?(plus|jamais) (me )?reveiller\b",
        r"\bils (seraient|seront) mieux sans moi\b", r"\bca sert a rien de vivre\b",
        r"\bbetter off if i (just )?(wasnt|wasn'?t|weren'?t|was not|were not) (around|here|alive)\b",
        r"\bsaving (up )?(his |her |my |the |some |all )?(pills|meds|medication|medicine)\b",
        # third round: "i just dont see the point of waking up anymore tbh", "i have pills saved up. i just want it to
        # stop", "im thinking about taking them tonight" (after the pills: the privacy menu, then the next question)
        r"\b(don'?t|do not|dont|can'?t|cant) see (the|a|any) (point|reason) (of|in|to) (waking up|getting up|wake up"
        r"|being here|go on|keep going|keep living)\b",
        r"\b(have|got|i'?ve got|i'?ve been keeping|keeping|hid|hiding|stashed) (\w+ )?(pills|meds|medication|pastillas"
        r"|remedios|comprimidos|cachets) (saved|stashed|hidden|guardad[ao]s|escondid[ao]s)\b",
        r"\b(pills|meds|pastillas|remedios)\b[^.!?]{0,60}\b(want|wanna|quiero|quero) (it|this|everything|todo|tudo)"
        r" to (stop|end|be over)\b|\bi just want (it|this|everything|the pain) to (stop|end|be over)\b[^.!?]{0,30}"
        r"\b(pills|meds|forever|for good)\b",
        r"\b(thinking about|think about|planning to|going to|gonna) (taking|take) (them|all of them|all|the pills|my pills"
        r"|the meds) (tonight|today|now|soon|all at once)\b",
        r"\b(don'?t|dont|do not) think i'?ll (be here|be around|be alive|make it) (next|tomorrow|much longer|by)\b",
        r"\b(don'?t|dont|do not) (wanna|want to) (be alive|live|exist)( any ?more| no more)?\b",
        r"\bya no le veo (el )?sentido a (nada|la vida|vivir)\b", r"\bquisiera desaparecer para siempre\b",
        r"\bganas de (aventarme|tirarme|lanzarme)\b", r"\bseria mejor (dormirme|morirme|no despertar)\b",
        r"\bkill(ing)? myself\b", r"\bend(ing)? my life\b", r"\bend it all\b", r"\b(want|wanna|going) to die\b",
        r"\bwanna die\b", r"\bsuicid", r"\bhurt(ing)? myself\b", r"\bno reason to live\b", r"\bbetter off dead\b",
        r"\bmatarme\b", r"\bquitarme la vida\b", r"\bme quiero morir\b", r"\bquiero morir(me)?\b", r"\bno quiero vivir\b",
        r"\bme suicider\b", r"\bme tuer\b", r"\benvie de mourir\b", r"\bje veux mourir\b", r"\bme matar\b",
        r"\bquero morrer\b", r"\b(me )?foutre en l'?air\b", r"\bvais me tuer\b", r"\bje veux plus vivre\b",
        r"\b(tomar|tomo) (os|todos os|todo) remedios? (tudo )?de uma vez\b", r"\bnao quero mais viver\b",
        r"\b(mourir|morrer|morir|die)\b[^.!?]{0,40}\b(cachets|remedios|pastillas|pills)\b",
        # "nao aguento mais essa vida, queria morrer sinceramente", "acho q vou acabar com isso hoje", "eu to com uma faca
        # na mao" beside it (the opening, then "Que bom que você voltou", then the pause: 988 only at "me matar")
        r"\b(queria|queira|eu queria|so queria) (morrer|sumir pra sempre|nao existir)\b",
        r"\b(quisiera|queria|quiero) (morirme|desaparecer|no existir)\b", r"\bje voudrais (mourir|disparaitre)\b",
        r"\bi (wish|want) i (was|were) dead\b", r"\bi wish i (wasn'?t|wasnt|weren'?t) (alive|born|here)\b",
        # ("acabar con esto" alone is often the situation: "voy a acabar con esto, mañana renuncio")
        r"\b(vou|vo|to pensando em|penso em|acho q vou|acho que vou) (acabar com (tudo|a minha vida|minha vida)"
        r"|dar um fim (em tudo|na minha vida))\b|\b(acabar com |dar um fim n)isso (hoje|hj|agora|essa noite|hoje a noite)\b",
        r"\b(voy a|pienso|creo q voy a|creo que voy a) (acabar con (todo|mi vida)|terminar con (todo|mi vida))\b"
        r"|\bacabar con esto (hoy|esta noche|ahorita|ya)\b",
        r"\b(je vais|j'?vais|je pense) (en finir|tout arreter|mettre fin a (tout|ma vie|mes jours))\b",
        r"\b(nao aguento|no aguanto|je supporte) (mais|mas|plus) (essa vida|esta vida|viver|vivir|cette vie)\b",
        r"\btouye tet mwen\b", r"\bm(wen)? vle mouri\b", r"\btu tu\b", r"\bmuon chet\b",
        r"\bmagpakamatay\b", r"\bgusto ko (nang|ng) mamatay\b",
        r"自杀", r"想死", r"不想活", r"자살", r"죽고 싶", r"انتحار", r"أريد أن أموت", r"اقتل نفسي",
        r"покончить с собой", r"суицид", r"хочу умереть",
    ], "not": [r"\bdying to\b", r"\bkill myself laughing\b",
               # away on a trip: "i dont think ill be here next week, im going to my moms in dallas"
               r"\b(don'?t|dont|do not) think i'?ll be (here|around) (next|tomorrow)\w*\b[^!?]{0,50}\b(going|go|moving"
               r"|visit\w*|trip|travel\w*|vacation|moms?|mom'?s|dads?|family|work|out of town)\b",
               # "i dont want to be here anymore, this job is awful": the place, not life
               r"\b(don'?t|do not|dont) want to be here (any ?more|no more)\b[^.!?]{0,40}\b(job|work|place|house|country"
               r"|city|town|company|boss|school|apartment|farm|restaurant)\b",
               # someone else's threat: "ele ta armado e disse q vai me matar", "il dit qu il va me tuer" (each got the
               # suicide line, 988, instead of 911)
               r"\b(il|elle|ils|elles|on|ele|ela|eles|elas|va|vont|veut|veulent|vai|vao|quer|querem|menace de"
               r"|ameaca|ameacou|ameacam)( \w+){0,2} (me|nous|nos) (tuer|matar)\b"]},
    "medical": {"weight": 85, "patterns": [
        # a head hurt, and dizzy: "pero me duele mucho la cabeza y me mareo, no se donde ir" (after a pipe to the head:
        # "Anotado")
        r"\b(me duele|le duele|duele) (mucho |bien )?(la cabeza)\b[^.!?]{0,30}\b(mare\w*|vomit\w*|desmay\w*|sangr\w*"
        r"|no veo bien)\b|\b(me mareo|estoy mareado|estoy mareada)\b[^.!?]{0,30}\b(golpe|cabeza|sangr\w*)\b",
        r"\b(my|his|her) head (really |is )?(hurts|is bleeding|bleeding|keeps bleeding)\b[^.!?]{0,30}\b(dizzy|throw"
        r"|vomit|blurry|pass out|passing out|faint)\b|\b(hit|hurt) (on|in) the head\b[^.!?]{0,40}\b(dizzy|bleeding"
        r"|throwing up|blurry|passed out)\b",
        # "shes breathing weird now what do i do", a seizure, fainted (the bot's own list of these is now this one)
        r"\bbreathing (weird|funny|bad|slow|strange)\b|\b(having|had) a seizure\b|\b(tiene|le dio|le dan) convulsiones\b"
        r"|\brespira (raro|mal|feo)\b|\b(esta|se) desmay(o|ada|ado)\b|\b(ta|esta|ficou) desmaiad[oa]\b",
        r"\b(may )?(nagdudugo|dumudugo)\b", r"\bhindi (na )?(gumagalaw|humihinga|nagigising)\b",
        r"\b(l ap|li ap) senyen\b", r"\bli pa (respire|reveye)\b",
        # "ya no se mueve mucho el compañero. que hacemos" (9 men padlocked in, one very sick: "telling us is a good
        # first step")
        r"\bya no se (mueve|despierta)\b|\bno se (mueve|despierta)\b[^.!?]{0,20}\b(el|la|mi) (companero|compa|amigo"
        r"|amiga|hombre|senor|muchacho|muchacha|nino|nina|bebe|primo|prima|hermano|hermana|trabajador)\b"
        r"|\b(he|she|my friend|the guy|the man|the baby|my coworker)( \w+)? (isn'?t|is not|stopped|not) (moving|waking up"
        r"|breathing)\b|\bwon'?t wake up\b"
        r"|\b(nao|n) (se mexe|acorda|respira)\b|\b(ne )?(bouge|respire|se reveille) (plus|pas)\b",
        r"\b(il|elle|ils|elles|quil|qu'il|quelle|qu'elle) saignen?t?\b(?! (du nez|un peu))",  # "ya un gars… quil saigne"
        # still bleeding: "me corte el brazo con un vidrio, sangra todavia", "it wont stop bleeding" (calm: the next
        # question)
        r"\b(sangra|sangrando|esta sangrando|ta sangrando|sangre) (todavia|aun|mucho|bastante|sin parar|ainda|muito)\b"
        r"|\b(sigue|sigo|segue|continua) sangrando\b|\bno (para|deja) de sangrar\b|\bnao para de sangrar\b"
        r"|\b(still|wont|won'?t|doesnt|doesn'?t|cant|can'?t) (stop )?bleeding\b|\bbleeding (a lot|badly|so much|bad)\b"
        r"|\bsaigne (encore|beaucoup|toujours)\b|\b(arrete|arrête) pas de saigner\b",
        # hurt badly at work: "se cayo un compañero del techo… esta bien mal vomitando y no puede pararse", "Jose tiene
        # la cabeza hinchada" after a blow with a shovel (each was calm: the next question)
        r"\b(se cayo|se callo|cayo|fell|fell off|fell from|caiu|est tombee?) (\w+ ){0,3}(del|de la|de un|de una|off the"
        r"|from the|off a|from a|do|da|de|du) (techo|andamio|escalera|azotea|roof|scaffold\w*|ladder|telhado"
        r"|andaime|escada|toit|echafaudage)\b",
        r"\b(no puede|no se puede|nao consegue|ne peut pas) (pararse|levantarse|caminar|moverse|respirar|ficar de pe"
        r"|levantar|andar|respirar|se lever|marcher|respirer)\b",
        r"\b(he|she|they|hes|shes|he'?s|she'?s) (can'?t|cannot|couldn'?t) (stand up|get up|breathe|walk|move)\b(?! (away"
        r"|out|on|in|to|my|the|him|her|them|this|it|that|from|around|forward|here|there|anywhere|freely))",
        r"\b(cabeza|head|cabeca|tete) (\w+ )?(hinchada|inchada|swollen|enflee|gonflee|sangrando|bleeding)\b",
        # a bad burn now: "arjun burned his arm bad with the fryer oil, the skin is coming off" (calm)
        r"\b(skin|la piel|a pele|la peau) (is |se (le )?|esta |ta )?(coming|peeling|falling|cae|cayendo|saindo|soltando"
        r"|part|s'en va)( off)?\b|\b(burn(ed|t)?|se quemo|quemo|queimou|brule)\b[^.!?]{0,30}\b(blisters|ampollas"
        r"|bolhas|cloques)\b",
        r"\b(le|me|lo|him|her) (pego|pegaron|hit|golpeo|golpearon|bateu|frappe)( \w+){0,3} (en la cabeza|on the"
        r" head|na cabeca|a la tete)\b",
        # "my friend very sick, fever 3 day and cough blood. please what to do" (a fishing crew: the privacy menu)
        r"\b(cough\w*|throw\w* up|vomit\w*|spit\w*|tose|tosiendo|vomitando|escupiendo|crache|tosse|vomitando)"
        r"( up)? (blood|sangre|du sang|sangue)\b",
        r"\b(very|really|so|muy|bien|muito|tres) (sick|enfermo|enferma|doente|malade)\b[^.!?]{0,40}\b(fever|fiebre"
        r"|febre|fievre|blood|sangre|sangue|sang|can'?t breathe|no puede respirar|nao consegue respirar)\b",
        # fr: "elle a fait un malaise, elle respire mal", "elle devient toute bleue", "il veut pas appeler les secours"
        r"\b(fait|a fait|fait un) (un )?malaise\b", r"\b(respire|respirent) (mal|plus|pas)\b",
        r"\b(devient|deviennent) (toute? )?bleue?s?\b(?! de (froid|peur|rage))", r"\b(levres|visage) (toute? )?bleue?s?\b",
        r"\b(evanoui|evanouie|inconsciente?|perd connaissance"
        r"|a perdu connaissance)\b", r"\b(appeler|appelle) les secours\b", r"\bsaigne (beaucoup|fort|partout)\b",
        r"\bbleeding\b", r"\bcan'?t breathe\b", r"\b(can'?t|cannot|cant) breath(e|ing)?\b",
        r"\bno (water|air) (down |in )?here\b", r"\b(il|elle|je|j|jsaigne|j'saigne) ?saigne\b|\bjsaigne\b",
        r"\b(took|taken|swallowed|tome|tomo|tomei|tomou|j'ai pris|ai pris) (\d+|some|a lot of|all|like \d+|unas|muchas"
        r"|todas|varias|uns|muitos|todos|des|plein de)( of)?( the| my| las| mis| os| meus| mes)? (pills|pastillas|remedios"
        r"|comprimidos|cachets|medicamentos|medicaments|pilulas)\b", r"\b(on a|y a|il y a|nous avons|on n'a) plus (d'eau|d'air)\b", r"\bcannot breathe\b", r"\bunconscious\b", r"\boverdos",
        r"\bneed (a|an) (doctor|ambulance)\b", r"\bpassed out\b", r"\bsangrando\b", r"\bno puedo respirar\b",
        r"\binconsciente\b", r"\bnecesito (un |una )?(medico|doctor|ambulancia)\b", r"\bsobredosis\b",
        r"\bje saigne\b", r"\bje ne peux pas respirer\b", r"\bambulance\b", r"\bnao consigo respirar\b",
        r"\bambulancia\b", r"\bsenyen\b",
        # "he strangled me till i blacked out", "she wont wake up, they gave her pills" (each got a form question)
        r"\b(strangl\w*|chok\w*|ahorc\w*|estrangul\w*)\b[^.!?]{0,40}\b(blacked out|passed out|lost consciousness"
        r"|couldn'?t breathe|me desmaye|perdi el conocimiento)\b",
        r"(?<!wanna )(?<!want to )(?<!wish i could )(?<!just )\b(won'?t|wont|will not|isn'?t|is not|not|can'?t) (wake|waking) up\b", r"\bno (despierta|reacciona)\b",
        r"\bnao (acorda|reage)\b",
        # "collapsed in the heat and the boss wont let us call anyone", "isnt breathing right", "no respira, esta
        # morado", "caiu e nao ta respirando" (each got the privacy menu, with no 911 and nobody called)
        r"\b(collapsed|collapses|collapsing|fainted|heat ?stroke|se desmayo|se desmayaron|se desmaio|desmaiou"
        r"|desmaiaram|insolacion|insolacao)\b",
        r"\b(isn'?t|is not|not|aren'?t|are not|stopped|no esta|no|nao|nao esta|nao ta|parou de) (breathing|breathin"
        r"|respira|respirando)\b",
        r"\b(esta|se puso|se esta poniendo|ta|esta ficando|ficou)( tod[oa])? (morad[oa]|azul|roxo|roxa)\b",
        # heat stroke told by its signs, lips turning blue ("throwing up and confused… he stopped sweating", "his
        # skin is hot and dry", "his lips are turning blue": each got the kind question)
        r"\b(stopped sweating|dejo de sudar|parou de suar|sem respirar|sin respirar)\b",
        r"\b(skin|piel|pele)( is| esta| ta)? (hot and dry|dry and hot|caliente y seca|quente e seca)\b",
        r"\b(confused|confundid[oa]|desorientad[oa])\b[^.!?]{0,30}\b(throwing up|vomit\w*|dizzy|mareado|tont[oa])\b",
        r"\b(throwing up|vomit\w*|dizzy|mareado|tont[oa])\b[^.!?]{0,30}\b(confused|confundid[oa]|desorientad[oa])\b",
        r"\b(lips|labios|boca|face|cara|rosto)( are| is| esta| estan| ta)?( turning| going| getting| poniendo"
        r"| ficando| se (le )?(estan|esta) poniendo)? (blue|morad[oa]s?|azul(es)?|roxa?s?)\b", r"\banbilans\b", r"\bchay mau\b", r"\bcap cuu\b", r"\bdumudugo\b",
        r"\bambulansya\b", r"流血", r"喘不过气", r"救护车", r"피가 나", r"숨을 못", r"구급차", r"نزيف", r"إسعاف",
        r"кровотеч", r"не могу дышать", r"скорую",
    ], "not": [
        # a fall long ago: "an ambulance came for a guy who fell off the roof in may"
        r"[^.!?]*\b(fell|cayo|se cayo|caiu|tombe)\b[^.!?]*\b(in (january|february|march|april|may|june|july|august"
        r"|september|october|november|december)|last (week|month|year|summer|spring|winter|fall)|\w+ (years|months"
        r"|weeks) ago|el (ano|mes) pasado|hace (meses|anos|semanas|un ano|un mes))\b[^.!?]*",
        # over: "i was really sick last month with a fever but im better now"
        r"\b(was|were|estaba|estuve|estava|etait)( really| very| so| muy| bien| muito| tres)? (sick|enferm[oa]|doente"
        r"|malade)\b[^.!?]{0,40}\b(but|pero|mas|mais) (im|i'?m|i am|estoy|estou|je suis|now|ya|ahora) (better|fine|ok"
        r"|bien|mejor|melhor|bem)\b",
               # help on its way is not a new emergency: "called. sheriff n ambulance coming"
               r"\b(ambulance|ambulancia|paramedics|sheriff|police|cops|policia)\b[^.!?]{0,20}\b(coming|on (the|their|its)"
               r" way|en camino|arrived|is here|llego|chegou|vem|vindo|arrive|arrivent)\b",  # (a faint that is over: "se desmayo la semana pasada… ya esta bien" was told "call 911 now")
               r"\b(last (week|month|year)|el ano pasado|la semana pasada|el mes pasado|hace \w+ (dias|semanas|meses|anos)"
               r"|mes passado|semana passada|ano passado|ha \w+ (dias|semanas|meses|anos))\b[^.!?]{0,40}\b(collapsed|fainted"
               r"|passed out|se desmay\w*|desmaiou|se desmaio)\b",
               r"\b(collapsed|fainted|passed out|se desmay\w*|desmaiou|se desmaio)\b[^.!?]{0,60}\b(ya esta bien|hoy (ya )?esta"
               r" bien|(ele|ela) (ta|esta) bem|hoje (ele |ela )?(ta|esta) bem|(she|he)'?s (ok|okay|fine) now|is (ok|okay|fine)"
               r" now)\b",
               r"\b(collapsed|fainted|passed out|se desmay\w*|desmaiou|se desmaio)\b[^.!?]{0,30}\b(last (week|month|year"
               r"|time)|la semana pasada|el mes pasado|el ano pasado|la otra vez|semana passada|mes passado|ayer"
               r"|yesterday|ontem|hace \w+ (dias|semanas))\b",
               r"\b(business|company|roof|building|house|ceiling|bridge|economy|market|deal|tent|wall|floor|plan|negocio"
               r"|empresa|techo|casa|predio|telhado)( \w+){0,2} collaps\w*",
               r"\bbreathing( \w+)? (lately|sometimes|at times|these days|at night|for (days|weeks|months))\b",
               # over, or a working condition: "passed out… she's stable and was discharged", "hands are always
               # bleeding from the acetone", "u cant breathe in the back room", "died of an overdose last year", "an
               # ambulance came for a guy who fell off the roof in may", "collapsed in the heat in july"
               r"\b(passed out|fainted|collapsed|se desmayo|desmaiou|overdos\w*)\b.{0,80}\b(stable|discharged"
               r"|recovered|dada de alta|teve alta|recuperad[oa])\b",
               r"\b(hands|fingers|feet|nose|gums|manos|dedos|maos)( are| is| estan| tao)?( always| sometimes| often"
               r"| siempre)? (bleeding|sangrando)\b|\b(was|were) bleeding\b|\bbleeding from the (acetone|chemicals"
               r"|work|glue|cuts)\b",
               r"\b(can'?t|cannot|cant) breathe?\b[^.!?]{0,20}\b(in the|from the|because of the|with (the|all the)) (back"
               r"|fumes|chemicals|smell|dust|acetone|paint|kitchen|room|heat)\b",
               r"\b(died|murio|morreu|mort) (of|de|d'une?) (an )?overdos\w*|\boverdos\w*\b[^.!?]{0,30}\b(last (year"
               r"|month|week)|years? ago|in \d{4}|el ano pasado|hace)\b",
               r"\b(an |the |la |a )?(ambulance|ambulancia) (came|took|was called|vino|se llevo|veio|levou)\b",
               r"\b(collapsed|fainted|passed out|se desmayo|desmaiou)\b[^.!?]{0,30}\b(in|en|em) (january|february|march"
               r"|april|may|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio"
               r"|julio|agosto|septiembre|octubre|noviembre|diciembre|\d{4})\b"]},
    "violence": {"weight": 75, "patterns": [
        # a death threat: "he said if i talk to anybody ill end up in the lagoon like the last guy" (the form went on)
        r"\b(end up|ends up|wind up|gonna end up|terminar|terminas|acabar|acabas|acabo)( \w+){0,3} (in the (lagoon|river"
        r"|lake|ditch|desert|ground|trunk|canal|grave)|dead|like the last (guy|one|girl|worker)|muert[oa]s?|en el (rio"
        r"|canal|desierto|monte)|como el otro|como la otra|morto|morta)\b",
        # one who beats those who try to leave: "o capataz anda armado e um colega tentou ir embora e ele bateu nele"
        # (urgency: a minor only)
        r"\b(tentou|tento|trato de|intento|tried to|try to|tries to)( \w+)? (ir embora|fugir|sair|irse|irme|escapar"
        r"|leave|run|escape|quit)\b[^.!?]{0,30}\b(bateu|bate|espancou|pego|golpeo|le pegaron|beat|hit|beaten|hurt)\b",
        # hurt, and kept from care: "me cai de un techo ayer… el patron no me quiere llevar al hospital", "the boss wont
        # let me see a doctor" (not urgent: the services answer and the privacy menu)
        r"\b(boss|owner|foreman|patron|patrona|jefe|jefa|mayordomo|encargad[oa]|duen[oa]|patrao|patroa|chefe|manager"
        r"|supervisor|they|he|she|el|ella|ele|ela)\b[^.!?]{0,15}\b(won'?t|wont|will not|doesn'?t|doesnt|does not|didn'?t|didnt|refuses to|refused to|no (me|nos|lo"
        r"|la|le) (quiere|quiso|quieren|deja|dejo|dejan|lleva|llevo)|nao (me|nos) (quer|quis|deixa|deixou|leva|levou)"
        r"|ne (veut|voulait|m'a|me laisse) pas)( \w+){0,3} (take|let|bring|llevar|ir|levar|aller|see|ver|al|ao|a l')\b"
        r"[^.!?]{0,25}\b(hospital|doctor|clinic|clinica|medico|urgencias|hopital|medecin|pronto socorro)\b",
        # a worker dead for want of care the one in control refused: "a man died because the captain didnt bring him to
        # land", "se murió porque el patrón no lo llevó al doctor" (a crew held at sea was not urgent)
        r"\b(died|dead|passed away|murio|se murio|fallecio|morreu|faleceu|est mort|est morte|est decede)\b[^.!?]{0,15}"
        r"\b(because|cause|cuz|bc|porque|pq|por que|parce qu'?|car)\b[^.!?]{0,40}"
        r"\b(captain|boss|owner|foreman|patron|jefe|capitan|mayordomo|encargado|capitao|patrao|chefe|capitaine|they)\b"
        r"[^.!?]{0,30}\b(didn'?t|did not|didnt|wouldn'?t|would not|wouldnt|refused|won'?t|no lo|no la|no quiso|nao"
        r"|n'?a pas|ne l'?a pas|never)\b",
        r"\b(captain|boss|owner|foreman|patron|jefe|capitan|mayordomo|encargado|capitao|patrao|chefe|capitaine|they)\b"
        r"[^.!?]{0,20}\b(didn'?t|did not|didnt|wouldn'?t|would not|wouldnt|refused to|won'?t|no lo|no la|no quiso|nao)"
        r"( \w+){0,3} (bring|take|llevar|llevo|llevaron|levou|levaram|levar)\b[^.!?]{0,60}\b(died|murio|se murio"
        r"|morreu|est mort|est morte)\b",
        # "le acaba de dar una cachetada y la quiere meter adentro del bar" (a girl of about 14: no violence read)
        r"\b(dio|dar|da|daba|pego|metio) (una |unas )?(cachetada|cachetadas|bofetada|bofetadas|cachetazo|trompada)\b|\b(deu|da|dava) (um |uns )?(tapa|tapas|tapao|soco|socos)( na cara)?\b|\b(une |des )?gifles?\b"
        r"|\b(la|le|l'?a) gifle\b",
        r"\b(beat|beats|beating|hit|hits|hitting|hurt|hurts|hurting|punch(es|ed)?|kick(s|ed)?|chok(es|ed)|"
        r"slap(s|ped)?|burn(s|ed)?) (me|her|him|us|them|(a|the|this|that|some|my|our|his) (girls?|wom[ae]n|boys?"
        r"|kids?|child|children|lady|ladies|workers?|guys?|man|men))\b",
        # "beating his maid", "kicks the new guy" (not "hit the road": hitting and hurting keep the list above)
        r"\b(beat|beats|beating|punch(es|ed|ing)?|kick(s|ed|ing)|chok(es|ed|ing)|slap(s|ped|ping)?) (a|the|this|that"
        r"|some|my|our|his|her|their) (\w+ )?(maid|nanny|worker|employee|helper|wife|girlfriend|housekeeper|cleaner"
        r"|cook|dishwasher|waitress|nephew|niece|cousin|friend|daughter|son|sister|brother|neighbou?r|\w+ guy)\b",
        # "si lo dejo me mata", "if i leave he'll kill me": a threat to kill
        r"\bsi\b[^.!?]{0,30}\b(me|nos|la|lo|los|las) (mata|matan|mataria|matarian|va a matar|van a matar)\b",
        r"\bif (i|we|she|he|they) \w+[^.!?]{0,30}\b(he|she|they)('ll| will| would|'d| is gonna| is going to)"
        r" (kill|hurt) (me|us|her|him|them)\b", r"\braped?\b", r"\bsexually assault", r"\bthreaten(s|ed|ing)? (me|us|her|him|them|my family)\b",
        r"\b(hurt|hurts|kill|kills|harm|harms|beat|beats|hit|hits|shoot|burn|rape|hurting|killing|harming) (my|our"
        r"|her|his|their) (mom|mother|mum|mama|dad|father|family|families|kids?|children|son|daughter|sister"
        r"|brother|parents|baby|grandma|grandmother)\b",
        r"\b(he|she|they|the boss|the owner|he's|she's|they're)( said| says| told (me|us|her|him|them))?( that)?"
        r" (he|she|they)?('d|'ll| would| will| is going to| are going to| gonna) (hurt|kill|harm|beat|shoot|find)"
        r" (me|us|her|him|them|my|our)\b",
        r"\b(le|les|me|nos)? ?(hace|hacen|hara|haran|va a hacer|van a hacer) (algo|dano) a (mi|mis|nuestra|nuestros"
        r"|nuestras) (hij[oa]s?|familia|mama|papa|madre|padre|herman[oa]s?|ninos|papas|padres)\b",
        r"\b(lastim\w*|matar|hacer(le|les)? dano a|golpear) (a )?(mi|mis|su|sus|nuestra|nuestras|nuestros) (familia|mama"
        r"|madre|papa|padre|hij[oa]s?|herman[oa]s?|ninos|papas|padres)\b",
        r"\b(me|nos|la|lo|les) (pega|pegan|pego|golpea|golpean|golpearon|golpeo|golpeaba|golpeaban|lastima|lastiman"
        r"|lastimo)\b", r"\bviolaron\b", r"\b(me|nos|la|lo|los|las) amenaz(o|aron|aba|aban)\b",
        r"\b(amenaz\w*|threaten\w*)( (me|us|her|him|them))? (con|with) (un |una |a )?(cuchillo|navaja|pistola|arma"
        r"|knife|gun|pistol)\b",
        # strangled, and death threatened: "anoche me ahorco y dijo q la proxima me mata" (a girl of 17: high, for the
        # minor and someone near only; no 911, no one told she was coming)
        r"\b(me|nos|la|lo) (ahorco|ahorca|ahorcaron|estrangulo|estrangula|asfixio|asfixia|sofoco|enforcou"
        r"|enforca|estrangulou|esganou)\b|\b(choked|choking|chokes|strangled|strangles) (me|us|her|him|them)\b",
        r"\b(dijo|dice|dijeron|me dijo|disse|said|says)( \w+)? (q|que|that)? ?(la proxima|next time|da proxima vez"
        r"|a proxima)( \w+){0,2} (me|nos|la|te) (mata|matan|mato|matar|mate)\b|\bnext time (i'?m|im|ill be|you'?re"
        r"|ur|shes|she'?ll be) dead\b",
        # harm to the family threatened: "si se va le hace algo a mi suegra alla en san pedro sula", "le mando un audio
        # diciendo que sabe donde vivimos" (a worker's wife: no escalation); "he hit my friend Dedi with rope" (none)
        r"\bsi (me|se|nos|te) (voy|va|vamos|vas|van|salgo|sale|escapo|escapa)\b[^.!?]{0,30}\b(le|les|te|me) (hace|hara|va"
        r" a hacer|van a hacer) (algo|dano)\b",
        r"\b(sabe|saben|dice que sabe|dijo que sabe) (donde|en donde|adonde) (vivimos|vive mi familia|vive mi mama"
        r"|viven mis hijos|vive mi suegra|esta mi familia)\b|\b(knows?|said he knows|says he knows) where (my family"
        r"|my kids|my mom|we) (lives?|are|stay)\b",
        r"\b(he|she|they|boss|captain|foreman|supervisor|manager|owner|pimp|the boss|the captain|the foreman|crew boss)"
        r" (hit|hits|beat|beats|beat up|beats up|punched|punches|kicked|kicks|slapped|whipped|whips|burned|choked)"
        r" (my|our|his|her|their|one of (the|my|our)|a|another|the) (friend|coworker|co-worker|cousin|brother|sister"
        r"|workers?|girls?|boys?|women|men|guys?|kids?|crew|mates?|roommate|fishermen|sailors?)\b",
        # hunted after getting away: "el dueño me anda buscando y sabe donde vivo", "he is looking for me, he knows
        # where i live" (it got the signs question)
        r"\b(me|nos) (anda|andan|esta|estan|va a|van a) buscando\b[^.!?]{0,40}\b(sabe|saben) (donde|en donde|adonde)"
        r" (vivo|estoy|vivimos|estamos|trabajo)\b",
        r"\b(is|are|'s|'re) (looking|searching|hunting) for (me|us)\b[^.!?]{0,40}\b(knows?|found out) where (i|we)"
        r" (live|am|are|stay|work)\b",
        r"\b(ta|esta|estao|tao) me procurando\b[^.!?]{0,40}\bsabe onde (eu )?(moro|estou)\b",
        r"\bme violo\b", r"\bnos amenaza", r"\bme amenaza", r"\b(il|elle|ils|elles|on) (me|nous) (frappe|frappent|bat|battent)\b", r"\bviolee?\b",
        r"\b(me|nos|la|lo|te) (va|van) a (partir|romper|quebrar|rajar) (la cara|la madre|el hocico|la boca|los dientes"
        r"|el alma)\b",
        r"\bme (bate|bateu|batem)\b", r"\bestuprad", r"\bbat mwen\b", r"\bfrape m(wen)?\b", r"\bdanh (toi|em)\b",
        r"\bsinasaktan (ako|kami)\b", r"\bbinubugbog\b", r"打我", r"强奸", r"때려", r"يضربني", r"бь[её]т меня", r"избил",
    ], "not": [_NOBODY_HURTING, r"\bhit me up\b", r"\bhurts? (my|her|his) feelings\b",
               # "no hes not threatening me or nothin, i got my own place" (a person was called for wage theft)
               r"\b(not|isn'?t|isnt|aint|ain'?t|never|wasn'?t|wasnt) (threatening|threatened|hitting|hurting|beating"
               r"|attacking)( (me|us|her|him|them))?\b",
               # said not to happen: "no me pegan pero me gritan…" (violence, in the queue and the report)
               r"\b(no|nunca|jamas|nao|never|doesn'?t|doesnt|don'?t|dont|didn'?t|didnt|ne) (me|nos|la|lo|les|te|m'|nous)?"
               r" ?(pega|pegan|pego|golpea|golpean|golpeo|lastima|lastiman|bate|batem|bateu|hit|hits|beat|beats|hurt"
               r"|hurts|frappe|frappent)( (me|us|her|him|them))?\b( pas)?",
               # "ele nunca me bateu, so grita" (it called a person)
               r"\b(nunca|jamais|never|ja nunca) (me |nos |la |a |le |lui )?(bateu|bate|pego|pega|golpeo|golpea|hit|hits"
               r"|frappe|tape|machucou)\b",
               # "no nadie me amenaza": a no (it called a person)
               r"\b(nadie|ninguno|ninguem|no one|nobody)( \w+)? (me|nos|la|lo|les|threatens|hits|hurts|ameaca|bate)"
               r"( (amenaza\w*|pega\w*|golpea\w*|ameaca|bate|me|us|her|them))?\b",
               # family looking for them is not being hunted
               r"\b(my|mi|minha|meu) (mom|mother|dad|father|mama|papa|mami|family|familia|parents|padres|sister|brother"
               r"|hermana|hermano|mae|pai)( \w+){0,2} (is|are|esta|estan|anda|andan|ta) (looking|searching|buscando"
               r"|procurando)( for)?( me| us)?\b"]},
    "held": {"weight": 70, "patterns": [
        r"\b(li|yo) fe?men (pot la|nou|m|mwen)\b", r"\b(m|mwen|nou) pa (ka|kapab) (soti|ale)\b",
        r"\bhindi (ako|kami) (makalabas|makaalis)\b", r"\b(nakakulong|kinulong|ikinulong) (ako|kami)\b",
        r"\b(won'?t|will not|don'?t|do not|doesn'?t|does not) let (me|us|her|him|them) (leave|go|out)\b",
        # in few words of English: "captain no let us off boat" (a fisherman held two years: no escalation)
        r"\b(no|not|never|wont|dont|doesnt) (let|lets|letting|allow|allows) (me|us|them|her|him) (get )?(off|out|leave"
        r"|go)( of)?"
        r"( (the|this|that) )?(boat|ship|vessel|house|farm|room|place|camp)?\b",
        r"\bnot allowed to (leave|go out)\b", r"\blocked (in|up|inside)\b", r"\block(s|ed)? (me|us|her|him|them) (in|up)\b",
        r"\btrapped\b", r"\bheld against (my|her|his|their) will\b", r"\bkidnapp", r"\bcan'?t (leave|escape|get out)"
        r" (of )?(the|this|that|my|our) (house|room|place|farm|apartment|building|motel|hotel|boat|ship|truck|van)\b",
        r"\b(they|he|she|boss) locks? (the|our|my) doors?\b",
        # "the manager locks the door from outside at night", "they lock the workers in at night" (the next question came)
        r"(\blocks|\b(they|he|she) lock) (the|their|our) (\w+ )?doors? (from (the )?outside|at night|every night"
        r"|on them)\b",
        r"(\blocks|\b(they|he|she) lock) (the )?(workers|girls|women|men|kids|guys|cooks|staff|ladies) (in|up|inside)\b",
        r"\bdoors? (is|are|get|gets) (lock|locked) (at night|every night|from (the )?outside)\b",
        # debt bondage in their words: "they say i cant leave till i pay back the bus ticket and the hotel"
        r"\b(can'?t|cant|cannot|can not|not allowed to|no puedo|no podemos) (leave|go|quit|irme|salir|dejar)\b[^.!?]{0,15}"
        r"\b(till|until|untill|hasta) (i|we|que)? ?(pay|pague|paguemos)\b",
        # a threat to shoot whoever leaves: "they have guns in the truck, they say they shoot anyone who run"
        r"\b(shoot|kill|hurt) (anyone|anybody|whoever|who ever|the ones?|people) (who|that) (run|runs|leave|leaves|try"
        r"|tries|escape)\b",
        r"\bkeeps? (me|us|her|him|them|the (girls|women|workers|kids)) (locked )?in (a|the) (basement|closet|garage"
        r"|shed|container|back room|cellar|attic)\b", r"\b(can|could) only (go out|leave) (to|for) work\b",
        r"\b(me|nos|la|las|lo|los|les) encierra(n|ba|ban)?\b", r"\bcon candado\b",
        r"\bno (me|nos|la|lo|los|las) deja(n)? (salir|irme|irnos|irse|ir\b(?! (al|a|con|de|por|pa|para|en)\b))\b",
        r"\bencerrad[oa]s?\b",
        r"\b(amarrad|encadenad)[oa]s?\b",
        r"\b(tied|tie|ties|chained|chain|chains) (me|us|her|him|them) up\b",
        r"\b(keeps?|kept|is|are|was|were|being|i'?m|we'?re|she'?s|he'?s|they'?re) (me |us |her |him |them )?(tied|chained)"
        r" up\b", r"\bsecuestrad", r"\bno (puedo|podemos) salir\b",
        r"\bje ne peux pas sortir\b", r"\benfermee?s?\b",
        # "nao deixam ela sair de casa", "elle peut pas sortir de la maison", "ils la laissent pas sortir"
        r"\b(nao|n) (deixa|deixam|deixavam) (ela|ele|eles|elas|a gente|nos|me|a menina|as meninas)( \w+)? sair\b",
        r"\b(ne )?(peut|peuvent|pouvons|peux|pouvait|pouvaient) (pas|plus|jamais) sortir\b",
        r"\b(ne )?(la|le|les|nous|me|m') ?laisse(nt)? (pas|jamais|plus) sortir\b", r"\bsequestree?\b", r"\bnao (posso|podemos) sair\b",
        r"\btrancad[oa]s?\b", r"\bsequestrad", r"\bm pa ka soti\b", r"\bfemen m(wen)?\b", r"\bbi nhot\b",
        r"\bkhong cho (toi|em) (ra|di)\b", r"\bhindi (ako|kami) makalabas\b", r"\bnakakulong\b",
        r"不让我走", r"关起来", r"出不去", r"못 나가", r"갇혀", r"لا أستطيع الخروج", r"محتجز", r"не выпускают", r"заперт",
        # kept by armed men: "there are armed guards at the gate", "tem uns caras armados la", "hay hombres armados
        # cuidando" (the contact question followed)
        r"\barmed (guards?|men|guys|security|people)\b", r"\b(guards?|men|guys) with (guns|rifles|weapons)\b",
        # one armed man kept at the door: "theres a guy with a gun watching the door", "hay un hombre armado en la
        # puerta", "un type armé devant la porte" (it was "normal")
        r"\b(guy|man|dude|guard|someone|somebody) with a (gun|rifle|pistol|weapon)\b(?! (license|licence|permit|show"
        r"|collection|safe|store|shop|range)\b| at the (range|store|show|shop)\b)[^.!?]{0,20}\b(watch\w*|guard\w*"
        r"|at|by|in front of|outside|sits|stands|standing|sitting)\b[^.!?]{0,12}\b(doors?|gate|exit|house|room|trailer)\b",
        r"\b(hombre|tipo|guardia|vato|bato|cuate) armado ((en|afuera de|frente a) (la )?(puerta|entrada|salida|porton"
        r"|reja)|cuidando|vigilando)\b",
        r"\b(cara|homem|capanga|seguranca|jagunco) armado (na|no|vigiando|tomando conta|na frente)\b",
        r"\b(garde|homme|type|mec|gars) arme (devant|a|qui surveille|qui garde)\b",
        r"\b(hombres|tipos|señores|senores|guardias|vatos|batos|cuates) armados\b",
        r"\b(caras|homens|capangas|segurancas|jaguncos|guardas|capataz|capatazes|gato) armados?\b",
        r"\b(gardes|hommes|types|mecs) armes\b", r"\b(ils|les gars|les gardes|les hommes) ont des armes\b",
    ], "not": [r"\btied up (at work|with (work|something|stuff|a meeting|the kids))\b",  # busy
               _LOCKED_INTO_A_DEAL, _NOT_LOCKED,
               _IN_A_PAST_YEAR,  # "back in 2022 they locked us in the trailer"
               # a contract, not a room: "estamos amarrados a un contrato", "estamos presos num contrato"
               r"\b(amarrad|atad|encadenad|pres|presas|trancad)[oa]?s? (a|al|em|num|numa|por|en) (un |una |el |la |o |a )?"
               r"(contrato|deuda|divida|trabajo|trabalho|compromiso)\b",
               # told as over: "we were all locked in at night back then, now im out and safe"
               r"[^.!?]*\b(back then|years? ago|used to)\b[^.!?]*(?=[^.!?]*\b(now|ahora|agora|maintenant)\b[^.!?]*\b(out"
               r"|safe|free|a salvo|libre|livre|en securite)\b)"]},
    # The person writing is shut in or tied up now ("me tienen encerrada en un cuarto"): an emergency, where
    # someone else being kept in ("they lock the girls in at night") is "held".
    "held_now": {"weight": 88, "patterns": [
        # said in few words: "I am in massage shop, boss lock door, I cannot go out" (only "wants out": no 911)
        r"\block(s|ed)? (the )?doors?\b[^.!?]{0,30}\b(i|we) (cannot|can'?t|cant|can not|no can) (go out|leave|get out"
        r"|go)\b",
        r"\b(i|we) (cannot|can'?t|cant|can not) (go out|leave|get out)\b[^.!?]{0,30}\b(lock|locks|locked) (the )?doors?"
        r"\b",
        r"\b(i'?m|i am|im|we'?re|we are|were) (being )?(locked|shut|trapped|chained)( up| in| inside)?\b"
        r"(?! (out|into|in (a|my|the) (contract|lease|deal|job)))",
        r"\b(i'?m|i am|im|we'?re|we are) (being )?held (captive|prisoner|hostage|against (my|our) will)\b",
        # "we are 5 girls locked in an apartment", "theres 4 of us girls locked in a house" (the watched pause only)
        r"\b(we're|we are|i am|i'?m)( \d+)?( \w+)? (locked|shut|trapped|chained) (in|up|inside)\b",
        r"\bof us( \w+)? (locked|shut|trapped|chained) (in|up|inside)\b",
        r"\b(they|he|she|someone|somebody)( have| has| just)? (locked|lock|locks|shut|tied|chained) (me|us) (in|up|inside)\b",
        r"\b(they|he|she) (are|is) (keeping|holding) (me|us) (locked|here|in|prisoner|captive)\b",
        r"\b(on est|nous sommes|on etait) enfermee?s\b", r"\b(trancaram|prenderam) a gente\b",
        r"\bnos (trancaram|prenderam)\b", r"\b(ta|esta|tao|estao) (trancad|pres)[oa]s?\b",
        # "they just locked the door from outside", "door is locked from outside", "me and 6 others locked in a van"
        r"\blocked (the door |us |me |her |them )?(in )?from (the )?outside\b", r"\bdoor is locked from (the )?outside\b",
        # "svp on est 9 dans un conteneur ferme de l'exterieur… y a un bebe avec nous" (the greeting, then the safety
        # question: 911 came at the third reply), "estamos en una caja cerrada por fuera", "trancados por fora"
        r"\b(fermee?s?|verrouillee?s?|bloquee?s?) (a cle )?de l'? ?exterieur\b|\b(cerrad|encerrad)[oa]s? (por|desde)"
        r" (fuera|afuera)\b|\b(trancad|fechad)[oa]s? (por|pelo lado de) fora\b",
        r"\b(on est|nous sommes|on etait)( \d+)? (dans|enfermes dans) (un|une|le|la) (conteneur|container|camion|remorque"
        r"|cave|sous-sol|coffre|frigo)\b[^.!?]{0,30}\b(ferme|fermee?s?|verrouille|enfermee?s?|bloquee?s?)\b",
        r"\b(estamos|somos)( \d+)? (en|dentro de) (un|una|el|la) (contenedor|container|camion|troca|trailer|caja|bodega"
        r"|sotano)\b[^.!?]{0,30}\b(cerrad|encerrad|atrapad)[oa]s?\b",
        r"\b(estamos|somos)( \d+)? (num|numa|dentro de um|dentro de uma|no|na) (conteiner|container|caminhao|bau|carreta"
        r"|porao)\b[^.!?]{0,30}\b(trancad|fechad|pres)[oa]s?\b",
        r"\b(they|he|she) just locked (us|me|her|them)\b(?! out)",
        r"\b(me and \w+ (others|more|other \w+)|all of us)( are| r)? (locked|trapped|shut|chained) (in|up|inside)\b",
        r"\b(locked|trapped|shut) (in|inside) (a|the|this|his|their|an) (\w+ )?(van|truck|trailer|container|trunk"
        r"|basement)\b",
        # people shut in a vehicle now, in the heat: "the boss locks them in a van at lunch… theyre in the van right
        # now actually, engine off" (the next question came, and "should i do something, its really hot out" the menu)
        r"\b(they'?re|theyre|they are|she'?s|shes|she is|he'?s|hes|he is|the (kids?|girls?|workers|guys|men|women)"
        r" (are|is))( still)?( locked| stuck| shut)? (in|inside) (the|a|that|his|their) (\w+ )?(van|truck|trailer"
        r"|container|car|trunk)\b[^.!?]{0,30}\b(right now|rn|now)\b[^.!?]{0,40}\b(engine off|no ac|no a/?c|no air|hot"
        r"|heat|no water|windows? up|locked)\b",
        r"\b(locks?|locked) (them|her|him|the (kids?|girls?|workers|guys|men|women)) in (the|a) (\w+ )?(van|truck|trailer"
        r"|container|car|trunk)\b[^.!?]{0,60}\b(right now|rn)\b",
        # Portuguese and French: "me deixou trancada no carro. ja volta", "o patrao trancou a gente no container, ta um
        # forno", "camionnette blanche fermee a clef depuis midi avec des gens dedans… il fait tres chaud" (calm, or held)
        r"\b(me|nos|a gente) (deixou|deixaram) (trancad|pres|fechad)[oa]s? (no|na|num|numa|dentro)\b",
        r"\b(trancou|trancaram|fechou|fecharam) (a gente|nos|me|eles|elas|os \w+|as \w+) (no|na|num|numa|dentro)"
        r" (\w+ )?(carro|container|conteiner|caminhao|van|bau|quarto|trailer)\b",
        r"\b(camionnette|camion|van|conteneur|container|voiture|char|remorque)\b[^.!?]{0,30}\b(fermee?|verrouillee?|barree?)"
        r" a cl[e]f?\b[^.!?]{0,60}\b(gens|personnes|ouvriers|filles|quelqu'?un|dedans)\b",
        r"\b(me|nos) (tienen|tiene) (encerrad|amarrad|encadenad|secuestrad)[oa]s?\b",
        # locked in a car: "il est descendu il a fermé la caisse a clé jai 15ans", "cerro el carro con llave"
        r"\b(ferme|verrouille|barre) (la caisse|la voiture|l'? ?auto|le char|les portes|le camion)( a cle)?\b",
        r"\b(cerro|cerraron|le puso seguro a) (el carro|la troca|el coche|la camioneta)( con llave)?\b",
        r"\b(estoy|estamos) (encerrad|amarrad|encadenad|secuestrad)[oa]s?\b",
        r"\b(me|nos) (encerro|encerraron|amarro|amarraron|encadenaron)\b",
        r"\bje suis (enfermee?|sequestree?|attachee?)\b", r"\bnous sommes (enfermee?s|sequestree?s)\b",
        r"\b(il|elle|ils|elles|on) (m|nous)'?(a|ont|nous a|nous ont) (enfermee?s?|attachee?s?|sequestree?s?)\b",
        r"\b(estou|estamos|to|tou) (trancad|pres|sequestrad|amarrad)[oa]s?\b",
        r"\b(me|nos) (trancaram|trancou|prenderam|amarraram)\b",
        # a witness, now: "ya une fille enfermee dans un sous-sol en ce moment… je l'entends cogner" (only "held")
        r"\b(une|la|des|les|a|an|una|uma) (fille|femme|filles|femmes|personne|enfant|girl|woman|chica|muchacha|mulher"
        r"|menina|moca)s? (est |sont |is |esta |ta )?(enfermee?s?|sequestree?s?|attachee?s?|locked (in|up)|encerrada"
        r"|trancada|presa)\b[^.!?]{0,50}\b(en ce moment|maintenant|right now|rn|ahorita|ahora mismo|agora)\b",
        # European Portuguese: "estou fechada numa casa em gaia", "o patrao fechou-me a porta a chave" (both calm)
        r"\b(estou|estamos|to|tou|esta|estao) (fechad|trancad)[oa]s? (numa|num|na|no|em|dentro)\b",
        r"\b(fechou|fecharam|trancou|trancaram)-?(me|nos)\b|\b(fechou|fecharam)( me| nos)? a porta (a|à) chave\b",
        # about to be sold or taken away tonight, told by the person it happens to ("he says tonight he is selling me
        # to another guy", "he is going to move me and the other girls to vegas tonight": form questions followed)
        r"\b(selling|sell|sold|trade|trading) (me|us)\b(?! (out|on|a |an |the |some|drugs|stuff|things|food|phones"
        r"|clothes|cars|fake|his|her|their|my|our|your|this|that|these|those|visas|papers|tickets|lies|a lie))",
        # someone else sold tonight ("they plan to sell her tonight"); the move told time first ("tonight he is moving
        # all of us to florida", "tomorrow morning he is taking me and 2 other girls to vegas", "we leave at midnight")
        r"\b(sell|selling|sold) (her|him|them|the girls?|the kids?)\b[^.!?]{0,20}\b(tonight|tomorrow|today)\b",
        r"\b(tonight|tomorrow( morning| night)?|today|this (morning|afternoon|evening|weekend))\b[^.!?]{0,40}\b(move"
        r"|moving|take|taking|drive|driving|ship|shipping|send|sending) (all of )?(me|us)\b",
        r"\b(drive|driving|take|taking|move|moving) (all of )?(me|us)\b[^.!?]{0,20}\bto \w+\b[^!?]{0,40}\b(tonight"
        r"|tomorrow|at midnight|in the morning)\b",
        r"\b(he|she|they) (said|says|told us|tells us)( that)? we (leave|are leaving|'re leaving|go|are going)"
        r" (tonight|at midnight|tomorrow|in the morning|today)\b",
        r"\b(me|nos) (va|van|quiere|quieren|piensa|piensan) (a )?vender\b(?! (un|una|el|la|su|sus|unos|unas|algo|\d+)\b)",
        r"\b(me|nos) (venden|vendieron|vendio)\b(?! (un|una|el|la|su|sus|unos|unas|algo|comida|puras|mentiras|cuentos"
        r"|papeles|visas|\d+)\b)",
        r"\b(vai|vao|quer|querem) (me|nos) vender\b", r"\b(me|nos) (vendeu|venderam)\b(?! (um|uma|o|a|seu|sua|\d+)\b)",
        r"\b(va|vont) (me|nous) vendre\b",
        r"\b(going to|gonna|will|about to|is|are|'s|'re|wants? to) (move|moving|take|taking|ship|shipping|send|sending"
        r"|transfer|transferring) (me|us)\b[^.!?]{0,40}\b(tonight|tomorrow|today|this (morning|afternoon|evening|week"
        r"|weekend)|in the morning|in a few (hours|days))\b",
        r"\b(me|nos) (van a|quieren|piensan) (llevar|mover|mandar|sacar)\b[^.!?]{0,40}\b(esta noche|hoy|manana|al rato"
        r"|ahorita|este fin de semana)\b",
        r"\b(vao|vai|querem) (me|nos) (levar|mudar|mandar)\b[^.!?]{0,40}\b(hoje|hoje a noite|amanha|essa noite)\b",
        # made to go with a man tonight: "he said tonight i go with the client" (a work-or-sex question followed)
        r"\b(tonight|esta noche|essa noite|hoje a noite|ce soir)\b[^.!?]{0,30}\b(i|we|yo|eu|je|me|nos"
        r"|us)\b[^.!?]{0,20}\b(go|going|have to go|gotta go|must go|has to go|be|sleep|stay|voy|vamos|tengo que ir"
        r"|tengo que estar|vou|tenho que ir|tenho que ficar|dois aller)\b[^.!?]{0,10}\b(with|con|com|avec) (a|the|un|una"
        r"|el|o|um|uma|le|un) ?(client|customer|john|clients|customers|cliente|clientes|senor|hombre|homem|cara|mec|type)\b",
        r"\b(i|we) (have to|gotta|must|got to) (go|be|sleep|stay) with (a|the) (client|customer|john|man|guy)\b"
        r"[^.!?]{0,30}\b(tonight|now)\b",
        r"\b(me|nos) (va|van) a (mandar|llevar) con (un|el|los|unos) (cliente|clientes|senor|hombre)\b[^.!?]{0,30}"
        r"\b(hoy|esta noche|ahorita|al rato)\b",
    ], "not": [r"\blocked out\b", r"\bmy (phone|account) is locked\b", _NOT_LOCKED,
               # a parent's curfew: "i cant go out tonight, my mom locks the door at 10 lol"
               r"[^.!?]*\b(my |our )?(mom|mum|mother|dad|father|parents|mami|mama|papa|roommates?)\b[^.!?]{0,12}"
               r"\blocks?\b[^.!?]*",
               r"\b(kept|keep|keeps|used to keep|would keep) (us|me|them|her|him) (locked|shut)\b",
               # not now: "im locked in to this lease", "to presa no transito", "driving me to the clinic", "taking us to
               # walmart", past years ("back in 2022 they locked us in the trailer", "in 2021 they forced us into a van")
               _LOCKED_INTO_A_DEAL,
               r"\b(pres[oa]s?|stuck|atorad[oa]s?|atascad[oa]s?|bloquee?s?|coincee?s?) (no|en el|dans les|dans le|in|en)"
               r" (transito|trafico|trafego|engarrafamento|traffic|bouchons|embouteillage|tranque)\b",
               r"\b(driving|taking|drive|take|driving me|llevar|llevando|levar|levando) (me|us|nos)? ?(to|a|al|pra|para|para o)"
               r" (the )?(clinic|doctor|hospital|store|walmart|work|school|church|bank|laundromat|market|clinica|doctor"
               r"|medico|tienda|escuela|iglesia|trabajo|igreja|mercado|escola)\b",
               _IN_A_PAST_YEAR, r"[^.!?]*\b(last year|el ano pasado|ano passado"
               r"|l'annee derniere|years ago|hace \w+ anos)\b[^.!?]*",
               # habitual, not now: "they lock us in every day during work"
               r"\b(lock|locks|locked) (us|me|them) (in|up|inside)\b[^.!?]{0,30}\b(every|each|todos los|cada|all the time)\b",
               r"\b(amarrad|atad|encadenad|pres|trancad)[oa]?s? (a|al|em|num|numa|por|en) (un |una |el |la |o |a )?"
               r"(contrato|deuda|divida|trabajo|trabalho|compromiso)\b"]},
    # About to be moved somewhere else: the place known now may be gone tomorrow.
    "moving": {"weight": 70, "patterns": [
        # sent to buyers again tonight: "tonight he said i have to go again at 9", "i have to go with another man
        # tonight" (a 15-year-old; it got sympathy and the privacy menu)
        r"\b(tonight|today|tomorrow)\b[^.!?]{0,15}\b(he|she|they) (said|says|told me)( that)? (i|we) (have|has|got|gotta)"
        r" to go (again|back)\b",
        r"\b(i|we|she) (have|has|got|gotta) to go (again )?(with (another|a|one more) (man|guy)|with (another|one more)"
        r" (client|customer)|to (a|the|another) (hotel|motel|party|room))\b[^.!?]{0,30}\b(tonight|today|tomorrow|later"
        r"|at \d)\b",
        r"\b(making|make|makes|made|forcing|force|forces) (me|us|her) (to )?go (to|with) (a|the|another) (hotel|motel|man"
        r"|guy|client|customer|party)\b",
        # taken away on a day: "MAÑANA se la llevan a vegas, que hago" (a 15-year-old; it got "who is affected?")
        r"\b(manana|hoy|esta noche|tomorrow|tonight|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b"
        r"[^.!?]{0,15}\b(se (la|lo|las|los) (llevan|lleva|van a llevar)|(they'?re|theyre|he'?s|hes) (taking|moving"
        r"|sending) (her|him|them))\b",
        r"\b(se (la|lo|las|los) (llevan|lleva|van a llevar)|(they'?re|theyre|he'?s|hes) (taking|moving|sending) (her"
        r"|him|them))\b[^.!?]{0,30}\b(manana|hoy|esta noche|tomorrow|tonight)\b",
        r"\b(going to|gonna|will|plan(s|ning)? to|about to|want to) (move|take|ship|transfer|send|sell) (the )?(girls"
        r"|women|kids|children|workers|them|her|us|me)\b[^.!?]{0,30}\b(to|out of) (another|a different|other|a new"
        r"|the next) (city|state|place|country|location|house|town)\b",
        r"\b(van a|iban a|quieren|piensan) (mover|llevar|cambiar|mandar|vender) a (las|los) (muchachas|chicas|mujeres"
        r"|ninas|ninos|trabajadores|trabajadoras)\b[^.!?]{0,30}\b(a )?otr[ao] (ciudad|estado|lugar|pais|casa)\b",
        r"\b(nos|me|la|las|los|lo) (van a|va a|quieren|quiere|piensan|piensa) (llevar|mover|mandar|vender)\b[^.!?]{0,20}"
        r"\b(a )?otr[ao] (ciudad|estado|lugar|pais|casa|motel|hotel|lado)\b",
        # moved tonight, just seen: "tonight a different van came… they all got loaded in with trash bags… i think they
        # got moved", "marcus moved her and 2 other girls tonight to a different city" (after filing: "I added that")
        r"\b(tonight|today|last night|right now|just now|esta noche|hoy|anoche|ahorita)\b[^.!?…]{0,60}\b(got|were|was"
        r"|been|all got) (loaded|moved|taken|put) (in|into|onto|away|out)?\b"
        r"|\b(got|were|was|been) (loaded|moved|taken|put) (in|into|onto)( the| a)? (van|truck|car|suv|bus)\b"
        r"|\b(moved|took|taken|loaded|sent|shipped) (her|them|the girls|the women|the workers|the kids|all of them)"
        r"( \w+){0,5} (tonight|today|last night|right now|just now)\b",
        # the move already under way or set for a day: "they are moving the girls to another state tomorrow"
        r"\b(are|is|'re|'s) (moving|taking|shipping|transferring|sending|selling) (the )?(girls|women|kids|children"
        r"|workers|them|her|us|me)\b[^.!?]{0,30}\b(to|out of) (another|a different|other|a new|the next) (city|state"
        r"|country|location|town)\b",
        r"\b(se )?(llevan|mueven|mandan|venden|cambian) a (las|los) (muchachas|chicas|mujeres|ninas|ninos"
        r"|trabajadores|trabajadoras)\b[^.!?]{0,30}\b(a )?otr[ao] (ciudad|estado|lugar|pais|casa)\b",
        r"\b(nos|me|la|las|los|lo) (llevan|mueven|mandan|venden) (manana|hoy|esta noche|el (lunes|martes|miercoles"
        r"|jueves|viernes|sabado|domingo))?\b[^.!?]{0,20}\b(a )?otr[ao] (ciudad|estado|lugar|pais|casa)\b",
        r"\b(vont|va) (nous|les|la|me) (emmener|deplacer|envoyer|vendre)\b[^.!?]{0,20}\b(dans )?(une )?autre (ville"
        r"|endroit|pays)\b", r"\b(vao|vai) (nos|me|as|os|a) (levar|mudar|mandar|vender)\b[^.!?]{0,20}\b(para )?outr[ao]"
        r" (cidade|estado|lugar|pais)\b",
    ], "not": []},
    # The person is in it now and wants out: asks to escape, or their papers are held ("i want to leave but they
    # have my passport"). A victim reaching out is a person staff should answer, not a form.
    # made to sell sex, told by the one it happens to: "my boyfriend makes me see men for money", "he drives me to truck
    # stops and makes me go to the trucks", "el me obliga a estar con hombres" (each was "normal": no person was asked)
    "sold_now": {"weight": 65, "patterns": [
        r"\b(makes?|made|forces?|forced|making|forcing) (me|us) (to )?(have sex|sleep|hook up|do (stuff|things|it))"
        r"( \w+)?( with| w| for)? (men|guys|clients|johns|truckers|strangers|customers|different men|older men|his"
        r" friends)\b",
        r"\b(makes?|made|forces?|forced|making|forcing) (me|us) (to )?(see|meet|be with|go with|party with|go to)"
        r" (men|guys|johns|truckers|strangers|the trucks|different men|older men|ppl for money|people for money)\b",
        r"\b(sells|selling|sold|pimps|pimping|pimped|rents|renting) (me|us) (out )?(to|for|online|on)\b"
        r"|\b(he|she|they) (sells|is selling|are selling|pimps) (me|us)\b",
        r"\b(me|nos) (obliga|obligan|obligo|hace|hacen|pone|ponen|manda|mandan) a (acostarme|acostarnos|estar|atender"
        r"|tener sexo|ver|salir)( \w+)? (con )?(hombres|clientes|senores|tipos|camioneros|traileros)\b"
        r"|\b(me|nos) (vende|venden|renta|rentan) (a|con) (hombres|clientes|senores)\b",
        r"\b(me|nos) (obriga|obrigam|faz|fazem|manda|mandam) (a )?(sair|ficar|transar|dormir|atender)( \w+)? com"
        r" (homens|clientes|caras|caminhoneiros)\b",
        r"\b(me|m'|nous) (force|forcent|oblige|obligent|fait|font) (a )?(coucher|voir|aller|sortir)( \w+)? avec"
        r" (des )?(hommes|clients|mecs)\b",
    ], "not": []},
    "wants_out": {"weight": 70, "patterns": [
        # a child held over them: "he says if i leave i never see her again", "si me voy me quita a mi hijo"
        r"\b(if i (leave|go|tell|talk|quit|stop)|si (me voy|me salgo|hablo|digo|lo dejo|dejo de))\b[^.!?]{0,40}\b(never"
        r" see (her|him|them|my (baby|kids?|son|daughter|children)) again|(take|takes|keep|keeps|taking) (my|the)"
        r" (baby|kids?|son|daughter|children)|me (quita|quitan|va a quitar) (a )?(mi|los|la|el|mis) (hij[oa]s?|bebe"
        r"|nin[oa]s?))\b",
        r"\bhelp (me|us) (to )?(escape|get out|leave|run away|get away)\b",
        # out, and hunted: "me sali… porque el encargado me pegaba y ahora me esta buscando" (it was "normal")
        r"\b(me sali|me escape|hui|me fui|nos salimos|nos escapamos|escaped|ran away|got out|got away|left|fugi|sai"
        r"|me enfui|je suis partie?)\b[^.!?]{0,80}\b((me|nos) (esta|estan|anda|andan) buscando|(is|are|'s|'re)"
        r" (looking|searching) for (me|us)|(ta|esta|estao|tao) me procurando|me cherche(nt)?|(anda|andan|esta|estan)"
        r" buscandome|buscandonos)\b",
        r"\b(i|we) (want|need|wanna|have|gotta|got|am trying|are trying|try|trying) to (escape|run away|get away"
        r"|get out of (here|there|this))\b",
        r"\b(i|we) (want|wanna|need) to (leave|go|quit|get out)\b[^.!?]{0,15}\bbut\b[^.!?]{0,12}\b(can'?t|cannot"
        r"|they|he|she|nowhere|no ?where|no place|i owe|we owe|afraid|scared)\b",
        r"\b(they|he|she|the boss|my boss|the owner|the manager|the lady|the man|mi jefe|el jefe|el patron|la patrona"
        r"|la senora|mi patron|captain|the captain|foreman|the foreman|crew boss|the crew boss|supervisor|contractor"
        r"|the contractor)( still)? (has|have|took|take|keeps?"
        r"|kept|is keeping|are keeping|holds?|is holding|are holding|took away|won'?t give back) (all )?(my|our)"
        r" (passports?|papers|documents|ids?|green cards?|visas?)\b",
        # "can someone come get me please", "can u send somebody", "please i need to get out tonight" (form questions)
        r"\b(can|could|will|pls|please) (someone|somebody|anyone|you|u|y'?all) (please )?(come )?(get|pick up|pick me"
        r" up|take) (me|us)\b(?! (a|the|some|an) )|\b(can|could) (you|u|y'?all) send (someone|somebody|anyone|help)\b",
        r"\b(i|we) (need|have|gotta|got) to get out (of here )?(tonight|today|now|rn|asap)\b",
        # "my bf makes me work at massage place and takes all the money. i want out. can someone call me" (normal)
        r"\b(i|we) (really )?(want|need|wanna) out\b(?! of (this|the) (chat|convo|conversation|texts?|list|group))",
        r"\b(pueden|puede|podrian) (venir por mi|venir a (buscarme|sacarme|recogerme)|mandar a alguien)\b",
        r"\b(quiero|queremos|necesito|necesitamos) (escapar(me|nos)?|huir|salir(me|nos)? de aqui|irme de aqui"
        r"|irnos de aqui)\b", r"\bayuda(me|nos)? a (salir|escapar|huir)\b(?! adelante)",
        # "quiero que alguien me ayude a salir", "que me saquen de aqui", "alguem me ajuda a sair daqui" (it was normal)
        r"\b(me|nos) (ayude|ayuden|ayudes|ayudan|ayudas|ayuda) a (salir|escapar|huir|irme|irnos)\b(?! adelante)",
        r"\b(sacarme|sacarnos|me saquen|nos saquen|me saque|nos saque) de (aqui|aca|ahi|alli|esta casa|este lugar)\b",
        r"\b(me|nos) (ajude|ajudem|ajuda|ajudar) a (sair|fugir|escapar|ir embora)\b|\b(me|nos) tir(e|em|a|ar) daqui\b",
        r"\b(m'|nous )aider a (sortir|partir|m'enfuir|fuir|m'echapper)\b",
        r"\b(me|nos) (quito|quitaron|quita|quitan|tiene|tienen|guarda|guardan|agarro|agarraron|recogio|recogieron)"
        r" (el|mi|los|mis|nuestros|nuestro) (pasaportes?|papeles|documentos|identificacion|mica)\b",
        r"\b(tiene|tienen|guarda|guardan) (mi|mis|nuestros|nuestro) (pasaportes?|papeles|documentos|identificacion)\b",
        r"\b(je veux|je voudrais|nous voulons|j'ai besoin de|aidez[- ]moi a) (m'enfuir|fuir|m'echapper|partir d'ici"
        r"|sortir d'ici|m'en aller)\b",
        r"\b(il|elle|ils|elles|on) (a|ont|garde|gardent|m'a pris|m'ont pris|nous a pris|nous ont pris) (mon|mes|nos)"
        r" (passeport|papiers|documents)\b",
        r"\b(quero|queremos|preciso|precisamos) (fugir|escapar|sair daqui|ir embora daqui)\b",
        r"\b(ele|ela|eles|elas) (tem|pegou|pegaram|ficou com|ficaram com|guarda|guardam|tomou|tomaram) (o |os )?(meu"
        r"|meus|nosso|nossos) (passaportes?|documentos?|papeis)\b",
        r"\bm vle (sove|chape|kouri|soti la)\b", r"\b(yo|li) (pran|kenbe) (paspo|papye) (m|mwen|nou)\b",
    ], "not": [r"\b(i|we) (want|need|wanna) to (leave|go|quit) (this|the) (chat|conversation)\b",
               # a job they are free to leave, and pay owed: "i want to quit but they owe me 2 weeks pay", "i need to
               # get out of this job, they dont pay overtime", "…but im scared i wont find another job" (staff paged)
               r"\b(i|we) (want|wanna|need) to (leave|go|quit|get out)\b[^.!?]{0,15}\bbut\b[^.!?]{0,40}\b(owes? (me|us)"
               r"|(haven'?t|hasn'?t|didn'?t|don'?t|doesn'?t|won'?t|wont|never|not) (pay|paid)|pay me|paid me|my (pay"
               r"|paycheck|check|wages|tips|money)|another job|a new job|other job|find work|lose (my|the|our) (job"
               r"|income))\b",
               r"\bget out of (this|my|the|that) (job|work|company|contract|lease|place to work)\b"]},
    # A plea and nothing else ("help me please", "ayúdenme", "socorro"): on SMS "HELP" alone is a keyword that
    # reaches triage the same way; someone who writes only this may not be able to write more.
    "pleads": {"weight": 60, "patterns": [
        # "ayudaa" alone (stored as "Also: ayudaa" under the read-back)
        r"^\W*(ayu+da+|auxi+lio+|soco+rro+|aju+da+|au secours|aidez[- ]moi|he+lp+ me+|he+lp+)\W*(por ?favor|porfa|pls|please"
        r"|plz)?\W*$",
        # (ht, tl) "eske gen yon moun la? mwen pe anpil, li ka tounen nenpot ki le" got silence
        r"\bmwen (pe|per) anpil\b", r"\bli ka tounen\b", r"\b(mwen )?bezwen (ed|ede|edm)\b", r"\bede (m|mwen|nou)\b",
        r"\btulungan (nyo|niyo|mo|ninyo) (po )?(ako|kami)\b", r"\b(natatakot|takot na takot) (ako|kami)\b",
        r"🆘", r"^\W*(sos)+\W*$",  # (a whole message: "vos sos" is "you are")
        r"^\W*((hi|hello|hey|hola|ola|buenas|oi|bonjour|allo)\W+)?(please |pls |plz |plis |por favor )?(help|help me|i need help|need help|somebody help( me)?|someone help"
        r"( me)?|ayuda|ayudame|ayudeme|ayudenme|necesito ayuda|auxilio|socorro|au secours|aidez[- ]moi|aide[- ]moi"
        # (the plural, a group: "sigue pasando ahorita!! ayudenos" got the privacy menu)
        r"|help us|ayudenos|ayudanos|ayudennos|nos ayuden|ajudem|nos ajudem|ajuda a gente|aidez[- ]nous"
        r"|j'ai besoin d'aide|besoin d'aide"
        r"|me ajuda|me ajudem|preciso de ajuda)( now| please| pls| plz| plis| por favor| ya| ahora| rapido| urgente"
        r"| asap| svp| agora| rn)*\W*$",
        # a group's plea that ends a message: "sigue pasando ahorita!! ayudenos" (the privacy menu)
        r"\b(ayudenos|ayudennos|ayudanos|nos ayuden|ajudem a gente|nos ajudem|aidez[- ]nous)\W*$|\bhelp us\s*!+\W*$",
        # a plea that opens the story ("please help me they took my phone, im at a motel...": it was "normal")
        r"^\W*((hi|hello|hey|hola|ola|buenas|oi|bonjour|allo)\W+)?(please |pls |plz |plis |por favor )?(help me|i need"
        r" help|need help|somebody help me|someone help me|ayudame|ayudeme|ayudenme|necesito ayuda|auxilio|socorro"
        r"|j'ai besoin d'aide"
        r"|au secours|aidez[- ]moi|aide[- ]moi|me ajuda|me ajudem|preciso de ajuda)( now| please| pls| plz| por favor"
        r"| asap| urgente| rn)*\W+(?!(with|w|find|understand|figure|choose|pick|to|con|a|saber|entender|encontrar|com"
        r"|para|pour|trouver|comprendre|on|about|sobre|en|report\w*|denunci\w*|signal\w*|for|por|pra|(?!(every|some|any|no)thing\b)\w+ing"
        r"|\w+(ando|iendo|endo|indo))\b)\w",  # not "i need help finding a job", "necesito ayuda pagando la renta"
    ], "not": []},
    # The controller is right there or reads the phone: the person may have to stop at any moment, and staff
    # should see it before they write again.
    # the controller reads the person's phone, as a habit ("he checks my phone every night"): urgent for staff, but no
    # pause in the middle of telling (it got "OK. Write back whenever you like." twice); no code or reminder goes to it
    "phone_read": {"weight": 60, "patterns": [
        # found out: "he just texted me he knows i talked to someone", "he saw my texts", "ya sabe que les escribi"
        r"\b(he|she|they|the boss|my boss|my bf|my boyfriend|my husband|my pimp|el|ella|ellos|el patron|mi novio"
        r"|mi esposo|ele|ela|il|elle)( just| already| ya| ja)? (knows?|found out|finds out|figured out|sabe|se entero"
        r"|descubrio|sabe que|descobriu|sait|a decouvert)( that| que| qu'?)? (i|i'?ve|ive|i was|im|i'?m|yo|eu|j'?ai|je)"
        r"( \w+)? (talk\w*|text\w*|messag\w*|writ\w*|wrote|call\w*|reach\w*|told|tell\w*|report\w*|contact\w*"
        r"|escrib\w*|hable|llame|denunci\w*|escrevi|falei|liguei|ecrit|parle|appele)\b",
        r"\b(he|she|they|the boss|my boss|my bf|my boyfriend|my husband)( just)? (saw|seen|read|found|went through)"
        r" (my|the) (texts|messages|chat|phone|convo|conversation)\b",
        r"\b(vio|leyo|encontro|reviso) (mis|los) (mensajes|textos|chats?)\b|\b(viu|leu|achou) (minhas|as) mensagens\b"
        r"|\b(ya )?(sabe|se entero|se dio cuenta|descubrio) (de )?que (les |te |le |con ustedes )?(escribi|hable|llame"
        r"|denuncie|estoy hablando|estaba hablando|mande mensaje|les mande)\b",
        r"\b(he|she|they|the boss|my boss) (checks?|reads?|looks? through|goes through|go through|monitors?|tracks?)"
        r" (my|our) (phone|messages|texts|cell)\b",
    ], "not": [AWAY_NOW, A_REASON_TO_TEXT_ONLY]},
    "watched": {"weight": 60, "patterns": [
        # "omg my manager is looking at me", "el encargado me esta mirando" (it got the next question)
        r"\b(my|the|our) (manager|boss|supervisor|owner|pimp|madam|boyfriend|trafficker|crew leader) (is |'s |s )?(looking"
        r"|staring|looking right) at (me|us|my phone|my screen)\b",
        r"\b(el|la|mi) (encargad[oa]|jefe|jefa|patron|patrona|dueno|duena|gerente|padrote|novio) (me|nos) (esta|estan|ta)"
        r" (mirando|viendo|vigilando)\b",
        # fourth probe round: "wait sir car is in driveway he come home early", "hes up. hes yelling for me", "oh no the
        # light went on", "ya llego la troca" (each got the next form question)
        r"\b(his|her|their|the|sir|boss|el|la|su) (car|truck|van|troca|camioneta|carro) (is|'s|esta|ta|just pulled)"
        r" (in|into|en) (the |la )?(driveway|garage|entrada|cochera)\b",
        r"\b(he|she|they|sir|madam|boss) (come|comes|came|is coming|coming|got) home (early|now|rn)\b",
        # "hes home now yelling" (a nanny beaten "when baby cries" got the privacy menu)
        r"\b(he'?s|hes|he is|she'?s|shes|she is|they'?re|theyre|they are|sir is|boss is|madam is) (home|back|here)"
        r" (now|rn|right now|already|early)\b(?! (on|every|each|most|some) )",
        r"^\W*(oh no |shit |omg )?(he'?s|hes|she'?s|shes) (up|awake)\W*($|[.!,])",
        # after staff handed the chat back: "his car is here. i have to hide the phone" (the kind question), "i hear the
        # van. hes back", "wait someone is unlocking the door" ("anything else?")
        # "ay no ya llego su camioneta, esta abriendo el porton" (the privacy menu, right after staff handed back)
        r"\bya (llego|llegaron|esta aqui|esta afuera) (su|la|el) (camioneta|troca|carro|coche|trailer)\b"
        r"|\b(esta|ta) abriendo (el porton|la puerta|la reja)\b",
        r"\b(his|their|the boss'?s?|el|su) (car|truck|van|troca|camioneta|carro|coche)( is|'s| just| just got"
        r"| just pulled| already)? (here|back|outside|out front|pulling in|pulled up|pulling up)\b(?![^.!?]{0,25}\b(every"
        r"|each|usually|always|to pick|to take|for (work|school)|at \d|todos|cada)\b)",
        r"\bi (hear|heard|can hear) (his|her|their|the) (car|truck|van|keys|footsteps|voice|door)\b",
        # "houston. no se el nombre del spa… viene alguien" (it asked for a contact), "vem alguem", "quelqu'un arrive"
        r"(^|[.!,]\s*|\b(ya|ay|ahi|aqui|shh|espera|perate)\s+)(viene|vienen|ya viene|ahi viene|ya vienen) (alguien|alguno|el"
        r" patron|la senora|el senor|la patrona|el jefe|el encargado|la encargada)\b(?![^.!?]{0,40}\b(manana|lunes|martes"
        r"|miercoles|jueves|viernes|sabado|domingo|semana|despues|luego|a las \d|tomorrow|next|later))"
        r"|\balguien viene\b(?![^.!?]{0,40}\b(manana|lunes|martes|miercoles|jueves|viernes|sabado|domingo|semana))"
        r"|\b(vem|ta vindo|esta vindo) (alguem|ele|ela|o patrao|a patroa)\b|\balguem (vem|ta vindo|esta vindo)\b"
        r"|\bquelqu'? ?un (arrive|vient)\b|\b(il|elle) arrive\b",
        # "pera chegou a van dele aqui fora", "voltou" (after "ele saiu pra comprar cerveja"), "boss come back from bank
        # soon. 10 minute" (each got the next question)
        r"\b(chegou|ja chegou|ta chegando|esta chegando) (a van|o carro|a caminhonete|o caminhao|a moto)( dele| dela)?\b",
        r"^\W*(ele |ela |o patrao |a patroa )?(ja )?(voltou|chegou|ta voltando)\W*$",
        r"\b(boss|he|she|they|madam|sir)( will| is| are)? (come|comes|coming) back( from \w+)? (soon|in \d+|now|rn"
        r"|any minute)\b",
        # "wait gary just saw me w the phone", "me vio con el cel" (the form went on)
        r"\b(just |ya )?(saw|caught|seen|spotted|me vio|me cacho|me pillo|me viu|m'a vu) (me )?(with|w|using|on|con|com"
        r"|avec) (the|my|this|el|mi|o|meu|le|mon) (phone|cel|celular|telefono|telefone|portable)\b",
        # "hes walking over here now" after "gary just saw me w the phone" (the form went on)
        r"\b(he'?s|hes|she'?s|shes|they'?re|theyre|he is|she is|they are) (walking|coming|heading|running) (over|this way"
        r"|towards me|toward me|to me|over here|up to me)\b",
        r"\b(someone|somebody|he|she|they)( is|'s|s| are|'re)? (unlocking|opening|trying to open|banging on|knocking on)"
        r" (the|my|our) (door|lock|room)\b",
        r"\b(i )?(have to|gotta|got to|need to|must|tengo que|tenho que|je dois) (hide|esconder|cacher) (the|my|this|el|mi"
        r"|o|meu|le|mon) (phone|cel|celular|telefono|telefone|portable|tel)\b",
        r"\b(ya )?(abrio|esta abriendo|abriendo) la puerta\b|\b(ta|esta) abrindo a porta\b",
        r"\b(he'?s|hes|she'?s|shes|he is|she is) (yelling|calling|screaming|looking) for me\b",
        r"^\W*(oh no|shit|omg|wait|uh oh)\W+(the )?light(s)? (just )?(went|came|turned) on\b",
        r"\bya (llego|llegaron|vino|vinieron) (la troca|el patron|el jefe|el senor|la senora|el dueno|la patrona|mi patron"
        r"|la camioneta)\b",
        r"\b(he|she|they|the boss|my boss|he'?s|she'?s|they'?re)( is| are)? (watching|listening to) (me|us|my phone)\b",
        # "hes on his way up", "he just walked in early", "they outside my house rn honking" (read as an answer)
        r"\b(he'?s|hes|he is|she'?s|shes|she is|they'?re|theyre|they are|boss is|pimp is) on (his|her|their|the) way"
        r" (up|here|over|back)\b(?! from)",
        r"\b(he|she|they|boss|pimp) just (walked|came|got) (in|back|home|here)\b(?! (from|to|with|and|yesterday|last))",
        r"\b(they|he|she)( are| is|'re|'s)? (outside|out front of|in front of) (my|the|our) (house|door|room|apartment"
        r"|building)\b[^.!?]{0,20}\b(rn|right now|now|honking|waiting)\b",
        r"\b((he|she|they)('s|'re| is| are)|hes|shes|theyre|theyr) (right )?(here|next to me|beside me|near me|nearby"
        r"|close by|in the next room|in the other room|outside the door)\b(?!" + _NOT_NOW + r")",
        # (not "since they came in like april": when it started)
        r"(?<!since )(?<!when )(?<!after )(?<!before )(?<!until )\b(he|she|they|my boss|the boss) (just )?(came|got)"
        # ("she came back sunday with a hotel key card in her bag": a daughter, days ago)
        r" (back|home|in)\b(?! (from|to|with|and|yesterday|last|like|around|in|on|during|this|that|\d|sunday|monday"
        r"|tuesday|wednesday|thursday|friday|saturday|at \d|late|drunk|high|crying|hurt|with|the other|every|january|february"
        r"|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|winter|the (spring"
        r"|summer|fall|winter)|early|late|\w+ visas?))",
        # "wait she is looking", "my boss is right next to me"
        r"\b(he|she|they|hes|shes|theyre)('s|'re| is| are)? (looking|watching)\W*$",
        # "the man who owns me is outside the bathroom door"; "i cant call 911 he will hear"
        r"\b(who|that) (owns|has|keeps|controls|brought|sells|bought) (me|us) (is|'s) (right )?(outside|behind|at)"
        r" (the|my) (\w+ )?(door|window)\b(?! (all|every|most|when))",
        r"\b(is|'s|are|'re) (right )?(outside|behind|at) (my|our) (\w+ )?(door|window|room)\b(?! (all|every|most"
        r"|when))",
        r"\b(he|she|they)('ll| will| would|'d| can| could) hear( me| us)?\b", r"\b(me|nos) (va|van) a oir\b",
        r"\b(el|ella|ellos) (me |nos )?(va|van) a (oir|escuchar)\b",
        r"\b(my|the) (boss|husband|boyfriend|uncle|aunt|manager|owner|pimp|madam|wife|dad|father|mom|mother|stepdad)"
        r"('s| is) (right )?(here|next to me|beside me|near me|behind me|in the next room|outside the door)\b",
        r"\b(my (uncle|aunt|husband|boyfriend|boss|wife|dad|father|stepdad|mom|mother|brother|cousin|manager)|the boss"
        r"|the owner|boss|pimp|manager|owner|he|she|they) (just )?(walked|came|got|is coming|coming) (in|inside)"
        r"\b(?! (from|to|with|and|yesterday|last|like|around|in|on|during|this|that|\d|january|february|march|april|may"
        r"|june|july|august|september|october|november|december|spring|summer|fall|winter|the|early|late|\w+ visas?))",
        # at the door now: "hes knocking i gotta go"
        r"\b(he|she|they|hes|shes|theyre|he'?s|she'?s|they'?re|someone|somebody)( is| are| 's)? (knocking|banging)\b"
        r"(?! on (doors|every))",
        r"^\W*(ya )?(llego|regreso|volvio|vino|ya viene|ahi viene)\W*$",  # "ya llegó": the message alone
        # "he here", "boss is here now", "ya esta aqui", "ele ta aqui" alone (the privacy menu, or who we are, came next)
        r"^\W*((oh no|shit|omg|wait|ay|uy)\W+)?(he|she|they|boss|my boss|the boss|el|ella|ele|ela|el patron|la patrona"
        r"|o patrao|a patroa)( is|'s|s| esta| ta| est| ya esta)? (here|aqui|aca|ici)( now| rn| ya| ahora| agora"
        r"| maintenant)?\W*$",
        # the one in control coming, with stop: "ya no me manden mensajes viene la señora", "para ya porfa, alguien
        # viene" (each was asked "¿Quieres terminar este chat? Responde SÍ", one more message as she came)
        r"\b(ya |ahi )?viene (la|el|mi) (senora|senor|patrona|patron|jefa|jefe|duena|dueno|encargad[oa]|esposo|marido"
        r"|novio|padrote)\b(?![^.!?]{0,25}\b(manana|lunes|martes|miercoles|jueves|viernes|sabado|domingo|semana|cada"
        r"|todos|a pagar\w*)\b)|\b(ya |ahi )?vem (a|o|meu|minha) (patroa|patrao|senhora|dona|dono|chefe|marido)\b"
        r"(?![^.!?]{0,25}\b(amanha|semana|toda|todo)\b)"
        r"|\b(la|le|mon|ma) (patronne|patron|madame|monsieur|pere|mere|boss|mari|chum) (arrive|s'en vient|vient|monte)\b"
        r"(?![^.!?]{0,25}\b(demain|lundi|semaine|chaque|tous)\b)",
        # fifth round: "ay ya llego, despues", "he took my phone just now… im scared hes gonna see this", "me tengo q ir
        # rapido la clienta ya va a querer su cel" (each got the next question, or the privacy menu again)
        r"^\W*((ay|ah|ya|uy|oh no|no)\W+)*(ya )?(llego|llegaron|regreso|volvio|vino)\W+(despues|luego|al rato|ahorita"
        r" no|te escribo|les escribo|bye|adios)\b",
        r"\b(he|she|they|my boss|the boss) (just )?(took|grabbed|has|have|got) my phone (just now|again|rn|right now)\b"
        r"|\b(he'?s|hes|he is|she'?s|shes|she is|they'?re|theyre|they are) (gonna|going to|about to) (see|read|check)"
        r" (this|my phone|these|the messages)\b",
        r"\b(ya )?(va|van) a querer (su|el|mi) (cel|celular|telefono|fon)\b|\bme tengo (q|que) ir (rapido|ya|ahorita)\b",
        # (not "he checks my phone", said as a habit in the middle of telling: it got the pause twice; a phone someone
        # reads is its own flag, `phone_checked`: no code or reminder is sent to it)
        r"\b((he|she|they|the boss|my boss) (is|are)|he'?s|hes|she'?s|shes|they'?re|theyre) (checking|reading|looking"
        r" through|going through) (my|our) (phone|messages|texts|cell)\b", r"\bcan'?t talk (long|much|now|right now)?[ ,.!-]*(he|she|they)\b",
        r"\b(someone|somebody)('s| is) here\b(?! (to help|for me|with me))", r"\balguien (esta|viene|llego)\b",
        # a room away, or waiting for the person: "he's in the waiting room", "he is waiting for me outside"
        r"\b(he|hes|he'?s|my (boss|husband|boyfriend|uncle|manager|pimp)|the (boss|owner|manager))( is)? (in|at) the"
        r" (waiting room|lobby|hallway|hall|front desk|parking lot|next room|other room|car outside|door)\b"
        r"(?! (all|every|most|from|for|when|at night|during))",
        r"\b(he|she|they|hes|shes|he'?s|she'?s|they'?re|my (boss|husband|boyfriend)|the boss)( is| are)? waiting (for me |for"
        r" us )?(outside|downstairs|in the (car|lobby|waiting room|hall|hallway)|at the door|out front)\b",
        r"\b(esta|estan) (en la sala de espera|en el pasillo|en la recepcion|en el carro afuera|en la puerta)\b",
        r"\b(me|nos) (esta|estan) esperando (afuera|abajo|en el carro|en la puerta|en la sala)\b",
        r"\b(il|elle) (est|attend) (dans la salle d'attente|dans le couloir|a l'accueil|devant la porte)\b",
        r"\b(il|elle|ils) (m'|nous )attend(ent)? (dehors|en bas|dans la voiture|devant)\b",
        r"\b(esta|ta) na (sala de espera|recepcao|porta)\b", r"\b(esta|ta) me esperando (la fora|embaixo|no carro"
        r"|na porta)\b",
        r"\b(el|ella|ellos|mi jefe|el patron|mi esposo|mi pareja) (esta|estan) (aqui|aca|cerca|al lado|a un lado"
        r"|junto a mi|en el otro cuarto|afuera)\b", r"\b(me|nos) (vigila|vigilan|esta vigilando|estan vigilando)\b",
        r"\b(me|nos) (revisa|revisan|checa|checan|mira|miran) el (cel|celular|telefono)\b",
        # at the end of a message: "solo yo, tengo 24. ya llego" (the next question was shown with him in the room)
        r"(^|[.!?,;]\s*)(ay |uy |y )?ya (llego|volvio|regreso|vino|esta aqui|entro)\W*$",
        # back early: "oh shit hes home early" (the whole read-back was shown on the screen)
        r"\b(he'?s|hes|she'?s|shes|they'?re|theyre|he is|she is) (home|back|here) (early|already)\b(?! (on|every|most"
        r"|some|sometimes|usually|when)\b)|\b(ya )?(llego|volvio"
        r"|regreso) (temprano|antes)\b|\b(chegou|voltou) (cedo|mais cedo)\b|\b(il|elle) est (rentree?|revenue?) (tot|plus"
        r" tot)\b",
        # the phone heard: "para de mandar msg ele vai ouvir o cel", "stop texting he'll hear it" (the next question
        # came at once)
        r"\b(ele|ela|el|ella|he|she|il|elle)( \w+)? (vai|va a|will|gonna|va|could|can|pode|puede|peut) (ouvir|oir|hear"
        r"|escuchar|entendre)\b",
        r"\b(me|nos) (esta|estan) (viendo|mirando|vigilando|escuchando)\b",
        # "can't talk", "no puedo hablar ahorita": the whole message (someone is there)
        r"^\W*(i )?(can'?t|cannot) (talk|text|write)( (now|right now|rn|atm|here))?\W*$",
        r"^\W*(ahorita |ahora )?no (puedo|podemos) (hablar|escribir|contestar)( (ahorita|ahora|ya|aqui))?\W*$",
        # "no puedo hablar ahorita esta aqui", "ya llegó el patrón, luego te escribo" (the next question followed)
        r"\bno (puedo|podemos) (hablar|escribir|contestar)\b[^.!?]{0,15}\b(esta|ya esta|ya llego|llego|viene) ?(aqui"
        r"|aca|el|ella)?\b",
        r"\bya (llego|regreso|volvio|vino|esta aqui) (el|la|mi) (patron|patrona|jefe|jefa|senor|senora|esposo|novio"
        r"|encargado|encargada|dueno|duena|marido)\b",
        r"\b(il|elle|ils) (est|sont) (la maintenant|juste la|a cote|tout pres|pres de moi|dans la piece d'a cote)\b",
        r"\b(il|elle|ils) (me|nous) (surveille|surveillent)\b", r"\b(il|elle|ils) (regarde|lit|fouille)"
        r" (mon|mes) (telephone|portable|messages)\b",
        r"\b(ele|ela|eles) (esta|estao|ta|tao) (aqui|perto|do lado|no outro quarto)\b",
        r"\b(ele|ela|eles) (me|nos) (vigia|vigiam|vigiando)\b",
        # "pera o capataz ta vindo", "ele ta olhando pra mim agora", "ela ta no quarto do lado, acho q ta ouvindo",
        # "il me regarde la, je peux pas ecrire" (each got the next question)
        r"\b(capataz|patrao|patroa|chefe|dono|dona|gato|gerente|encarregado|encarregada|marido|namorado|cafetao)( ja)?"
        r" (ta|esta|tao|estao) (vindo|chegando|aqui|olhando|ouvindo|do lado)\b",
        r"\b(ele|ela|eles|elas) (ta|esta|tao|estao) (me )?(olhando|vigiando|ouvindo|escutando)( (pra|para) mim)?\b",
        r"\b(acho (q|que) )?(ta|esta|tao|estao) (ouvindo|escutando)\W*$",
        r"\b(ele|ela|eles) (ta|esta|tao|estao) (no quarto (do lado|ao lado)|na sala|na porta|aqui do lado|na cozinha)\b"
        r"(?! (o dia|todo|sempre))",
        r"\b(il|elle|ils|elles) (me|nous) (regarde|regardent|ecoute|ecoutent|entend|entendent|surveille|surveillent)"
        r"( la| maintenant)?\b",
        r"\bje (ne )?(peux|peut) (pas|plus) (parler|ecrire|repondre)( la| maintenant| ici)?\W*$",
        r"\b(someone|somebody|he|she|they|my boss|the boss|hes|shes|theyre)('s|'re| is| are)? (coming|here now|back)\b"
        # (not "hes coming back tonight": a time still to come; the person is alone now and was given only the
        # neutral pause meant for someone being watched)
        # (nor "hes coming home at 6": from a girl of 15 alone now, who got the pause and whose staff were kept away)
        r"(?!( back| home| over)? (to help|tomorrow|next|later|tonight|this (evening|afternoon|weekend)|at \d|in (an?|\d+"
        r"|a few)"
        r" (hour|hours|hr|hrs|min|mins|minutes|days?)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)))"
        # (nor "hes coming to get me after school tmrw": a pickup still to come, told by a teen)
        r"(?! (to (get|pick up|pick|see|take) (me|us|her|him|them)|for (me|us|her|him))\b[^.!?]{0,30}\b(tomorrow|tmrw|tmr"
        r"|tmw|after school|next|later|tonight|this (evening|afternoon|weekend)|at \d|on (monday|tuesday|wednesday"
        r"|thursday|friday|saturday|sunday)))"
        r"(?!" + _NOT_NOW + r")", r"\b(alguien|el|ella|mi jefe|el patron) (viene|ya viene|esta llegando"
        r"|llego|ya llego|regreso|ta viniendo|esta viniendo|ta llegando|viene ya)\b", r"\b(ahi|ya|ay) viene\b",
        r"\b(ay|ahi|ya) llego (el|la|mi) (dueno|patron|patrona|jefe|jefa|senor|senora|dona|don)\b", r"\bviene (mi jefe|el patron|el|ella)\b",
        # (not someone else fetched: "ce soir il vient la chercher a 23h", of a friend of 14, got the neutral pause)
        r"\b(quelqu'un|il|elle) (arrive|vient|revient)\b(?! (de|du|des)\b| d'| (la|le|les|lui|leur) )", r"\b(alguem|ele|ela) (esta|ta) (vindo|chegando)\b",
        # "le patron arrive", "mon patron arrive, il faut que je cache le telephone", "ils reviennent"
        r"\b(il|elle) regarde (mon|l') ?(ecran|telephone|tel|portable)\b",
        r"\b(ele|ela) (ta|esta) (do|ao) meu lado\b", r"\b(ele|ela|he|she|el|ella|il|elle) (levantou|acordou|woke up|is"
        r" waking up|se desperto|se levanto|se leve|se reveille)\b",
        r"\b(le|la|mon|ma) (patron|patronne|chef|boss|mari|copain|proprietaire|gerant|gerante|contremaitre|superviseur"
        r"|chef d'equipe)\b (arrive|revient|rentre"
        r"|est la|est revenu|vient)\b(?! (a|vers|en|dans|demain|le|la|les|tous|chaque|ce soir|cet|cette|\d))",
        r"\b(ils|elles) (arrivent|reviennent|sont la|sont revenus)\b(?! (a|vers|en|dans|demain|le|la|les|tous|chaque"
        r"|ce soir|cet|cette|\d))",
        # (not when someone came to the country or the job: "ela chegou em junho", "ele chegou ha 2 anos" got the pause)
        r"\b(alguem|ele|ela) (chegou|voltou)\b(?! (em|no|na|nos|nas|ha|faz|desde|de|do|da|pra|para|aqui (em|no|na|ha)"
        r"|ao|a|com|sozinh[oa]|do brasil)\b)",
        # "desculpa, cheguei o patrao", "o patrão chegou" (the questions went on while he was there)
        r"\b(chegou|cheguei|voltou|ja chegou|ta chegando) (o|a|meu|minha) (patrao|patroa|chefe|dono|dona|marido"
        r"|namorado|encarregado|encarregada|gerente)\b",
        r"\b(o|a|meu|minha) (patrao|patroa|chefe|dono|dona|marido|namorado|encarregado|encarregada|gerente)"
        r" (chegou|voltou|ta aqui|esta aqui|ta chegando)\b",
        # the other order, and in English and French: "me tengo q ir mi esposo llego", "my husband just got home gtg",
        # "mon mari est rentre, je dois y aller" (the questions went on)
        r"\b(mi|el|la) (esposo|marido|novio|pareja|patron|patrona|jefe|jefa|senor|senora|dueno|duena|encargado"
        r"|encargada|padrote|viejo) (ya )?(llego|regreso|volvio|esta aqui|ya esta aqui)(?=\s*($|[.,!;]|y |ahorita"
        r"|ahora|tengo|me tengo|luego|despues|bye|adios))",
        r"\b(my|the) (husband|boyfriend|bf|boss|pimp|manager|owner|wife|girlfriend|gf|landlord) (just )?(got|came)"
        r" (home|back|in)(?=\s*($|[.,!;]|gtg|g2g|got to|gotta|have to|i have|bye|brb|ttyl|and i|so i))",
        r"\b(mon|le|ma|la) (mari|copain|patron|patronne|chef|proprio|proprietaire|conjoint|copine) (est|vient d'?etre)"
        r" (rentre|revenu|arrive|la)(?=\s*($|[.,!;]|je dois|faut|bye))", r"\b(ele|ela|eles) (olha|mexe|le|ve) (no )?meu"
        r" (celular|telefone)\b",
    ], "not": [
        # asking whether the team is coming: "no. just tell me if someone is coming." (a school counsellor waiting for
        # a call got the neutral pause, and staff were warned not to text her)
        r"\b(tell me|let me know|know|wondering|asking|ask|find out|see) (if|whether) (someone|somebody|anyone|anybody)"
        r"( from (your|the) (team|hotline))? (is|are|will be|'s) (coming|calling|here)\b"
        r"|\b(is|will) (someone|somebody|anyone|anybody) (coming|calling)\b",
        # getting into a vehicle, not coming back: "she got in a blue peterbilt" (a witness got the neutral pause)
        r"\b(he|she|they|the girl|the kid)( just)? (got|gets|getting) in(to)? (a|an|the|his|her|their|that|this|some)"
        r"( \w+){0,2} (car|truck|van|suv|cab|taxi|uber|lyft|bus|semi|rig|peterbilt|kenworth|freightliner|charger|honda"
        r"|toyota|ford|chevy|vehicle|ride|pickup|minivan|sedan)\b",
        # the police or the ambulance arrived, after a call: "i already called them!! theyre here", "911 is already
        # HERE", "la policia ya esta aqui" (the neutral pause: "If you can, call or text 911 now")
        r"\b(called|call'?d|llame|llamamos|liguei|ligamos|appele)\b.{0,40}?\b(they'?re|theyre|they are|estan|tao"
        r"|sont)( (already|ya|ja|deja))? (here|aqui|aca|ici|la)\b",
        r"\b(police|cops|ambulance|paramedics|911|sheriff|policia|patrulla|ambulancia|la police|les secours|les flics)"
        r" (is|are|'s|'re|esta|estan|ta|tao|est|sont)( (already|ya|ja|deja|finally|finalmente))? (here|aqui|aca|ici|la)\b",
         # a knock that is nothing: "someone is knocking on the door lol its pizza"
         r"[^.!?]*\b(knock\w*|bang\w*)\b[^.!?]*\b(lol|haha\w*|pizza|delivery|amazon|package|mailman|jaja\w*|kkk+)\b[^.!?]*",
        # why not to call, with a contact choice: "2 mas nao me liga, ele olha meu celular", "mandame mensaje no me
        # llames porque el patron revisa" (the safety pause came, and a plea for shelter got no answer)
        r"\b(nao me lig\w*|nao lig\w*|don'?t call( me)?|do not call( me)?|no me llam\w*|ne m'?appelez pas|so mensagem"
        r"|solo mensajes?|text only|only text)\b[^!?]{0,40}\b(olha|olham|checks?|revisa|revisan|regarde|mexe|looks at"
        r"|reads|go(es)? through)\b[^.!?]*",
        # "sorry had to go he came back. hes asleep now": back earlier, and asleep or gone now
        r"\b(came back|got back|came home|showed up|walked in|volvio|regreso|llego|voltou|chegou|est revenu|est rentre)"
        r"\b[^!?]{0,40}\b(asleep|sleeping|gone|left|went out|in the shower|se durmio|dormido|se fue|dormiu|saiu|foi"
        r" embora|dort|est parti)\b",
        r"\b(isn'?t|is not|aren'?t|are not|no esta|no estan|n'est pas|nao esta) (here|aqui|aca|la)\b",
               AWAY_NOW,
               # coming back later, with time to write: "mon mari rentre du travail dans 1h donc j'ai un peu de temps"
               r"\b(rentre|arrive|vuelve|regresa|llega|chega|volta|comes? (home|back)|gets? (home|back)|is back)\b"
               r"[^.!?]{0,30}\b(dans|en|in|em|daqui a|until) (\d+|une|un|an|one|two|deux|dos|uma|duas|a few|unas)"
               r" ?(h|heures?|hours?|horas?|minutes?|minutos?|min|hrs?)\b",
               # there with others, seen by a witness: "hes here right now with them in room 112" (a front desk clerk
               # got the neutral pause)
               r"\b(he'?s|hes|he is|she'?s|shes|she is|they'?re|theyre|they are) (right )?here( right now| now| rn)?"
               r" (with (them|the \w+|her|him|those|these|some|\d+)|in (room|rm|unit|apartment|apt))\b",
               # waiting for the person from the hotline: "is someone coming?", "when is someone coming" (it got the
               # neutral pause, and the safety check again)
               r"\b(is|are|will|when(?: is| will)?) (someone|somebody|anyone|anybody|a person|the person|they)( \w+)?"
               r" (coming|gonna come|going to come|here)\b",
               r"\b(someone|somebody|anyone|a person) (still )?coming\b[^.!]*\?",
               # arrived in the past, or from somewhere: "o patrão chegou ontem na fazenda", "el patron llego ayer
               # al rancho", "a dona chegou do brasil semana passada" (each paused a calm tip)
               r"\b(chegou|cheguei|voltou|llego|regreso|volvio|came|got (back|here))\b(\w|\s){0,25}\b(ontem|anteontem"
               r"|semana passada|mes passado|ano passado|ayer|antier|la semana pasada|el mes pasado|el ano pasado"
               r"|yesterday|last (week|month|night|year))\b",
               r"\b(chegou|llego|came) (do|da|de|del|from) \w+",
               # watched at work as a sign of control, not now: "el encargado me vigila todo el dia"
               r"\b(vigila|vigilan|watches|watch)( \w+){0,2} (todo el dia|siempre|todo el tiempo|en el trabajo|con camaras"
               r"|all day|all the time|at work|with cameras)\b",
               A_REASON_TO_TEXT_ONLY]},
    # Someone (often a teenager) has vanished: "she hasn't come home since last night", "mi hija desapareció"
    "missing": {"weight": 70, "patterns": [
        r"\b(hasn'?t|has not|hasnt|didn'?t|did not|never) (come|came|been|got|gotten) (back )?home\b",
        r"\b(she|he|they|my (daughter|son|sister|brother|niece|nephew|kid|child|girl|boy|cousin|friend))('s| is| are"
        r"|'re) (missing|gone)\s*($|[.,!?]|since|now|right now|again|and|for (days|hours|\d+|a|two|three) )",
        r"\b(went|gone) missing\b",
        r"\bno (ha|han) (regresado|vuelto|llegado)( a (la )?casa)?\b", r"\bdesaparecio\b", r"\besta desaparecid[oa]\b",
        r"\b(n'est|ne sont) (pas )?(rentree?s?|revenue?s?)\b", r"\bdisparu", r"\bdesaparec(eu|ida|ido)\b",
        r"\bnao (voltou|volta) (para|pra) casa\b", r"\bsumiu\b",
        # "desde ayer no se nada de ella, no llego a dormir", "se la llevo desde el viernes", "no sé dónde está"
        r"\bno (llego|vino|regreso|volvio) a (dormir|casa)\b", r"\bno (se|sabemos) (nada )?(de ella|de el|donde esta)\b",
        r"\b(se la|se lo) (llevo|llevaron)\b", r"\b(didn'?t|did not) come home\b",
        r"\b(don'?t|do not|dont) know where (she|he|they) (is|are)\b",
        r"\b(nao sei|ninguem sabe) (onde ela|onde ele|nada dela|nada dele)\b",
        # "ontem ela nao veio dormir a casa… ela ainda nao voltou" (a girl of 15 with a man of 35: no 911 line)
        r"\bnao (veio|foi|voltou) (dormir )?(a|em|pra|para) casa\b|\b(ela|a menina|a garota|minha (filha|sobrinha|irma|neta"
        r"|prima)|meu (filho|sobrinho|irmao|neto|primo)) (ainda )?nao (voltou|apareceu)\b(?! (a|o) (ligar|falar|escrever))|\b(est|sont) pas (rentree?s?|revenue?s?)\b",
    ], "not": [r"\bmissing (work|school|class|payments?|money|documents?|papers)\b"]},
    # Strong: the person says it is a minor. Hints (kids, teen, school) only add to other signals.
    "minor": {"weight": 65, "patterns": [
        # "one of the girls might be young, like 16 or 17 maybe? she doesnt look like an adult" (not urgent until asked)
        r"\b(doesn'?t|does not|dont|don'?t|do not) look like (an adult|adults|grown|a grown (woman|man|up))\b",
        r"\b(might be|may be|could be|looks?|seems?) (young|very young|really young),? (like|maybe|about|around) (1[0-7]"
        r"|thirteen|fourteen|fifteen|sixteen|seventeen)\b",
        r"\b(girl|boy|kid|one) (like|about|around|maybe) (thirteen|fourteen|fifteen|sixteen|seventeen|1[0-7])"
        r"( (or|to) (thirteen|fourteen|fifteen|sixteen|seventeen|1[0-7]))?\b",
        r"\b(1[0-7]|[5-9]) (taong gulang|anyos)\b", r"\bgen (1[0-7]|[5-9]) an\b",
        # a school year: "shes in 9th grade", "todavia va a la secundaria" (no minor was raised)
        r"\b(in|is in|'s in|en|dans|no) (6|7|8|9|10|11|12|6th|7th|8th|9th|10th|11th|12th|sixth|seventh|eighth|ninth"
        r"|tenth|eleventh|twelfth) (th )?grade\b", r"\b(freshman|sophomore|junior) (in|at) (high school|hs)\b",
        r"\b(va|iba|anda|esta|ta|estudia) (a|en) (la )?(secundaria|prepa|preparatoria)\b",
        r"\b(ta|esta|estuda) no (ensino medio|ensino fundamental|colegio)\b|\ben secondaire \d\b",
        # a relative of 17 or younger named with "de": "meu sobrinho de 17 tb trabalha la", "mi prima de 16" (no minor)
        r"\b(sobrinh[oa]|sobrin[oa]|prim[oa]|irma|irmao|herman[oa]|filh[oa]|hij[oa]|neto|neta|niet[oa]|cunhad[oa]"
        r"|cunad[oa]|afilhad[oa]|ahijad[oa]|vizinh[oa]|vecin[oa]|cousine?|niece|neveu|soeur|frere) (de|da|do) (1[0-7]"
        r"|[5-9])\b(?! ?(anos|años|ans|years)? ?(ago|atras|atrás|de casad|trabalhando|trabajando))",
        # picked up from school, the one writing: "hes coming to get me after school tmrw", "me va a recoger saliendo de
        # la secu" (a teen's pickup by a grown boyfriend raised no minor)
        r"\b(get|pick|picking|pick me up|getting) (me|us) (up )?(after|from|at) (school|middle school|high school)\b"
        r"|\b(coming|come) (to get|for) (me|us) (after|from|at) school\b"
        r"|\b(me|nos) (va a |viene a |quiere )?(recoger|recoge|buscar|busca)\w* (a la salida de|saliendo de|en) la"
        r" (escuela|secu|secundaria|prepa)\b",
        r"\bunder ?age\b", r"\bminors?\b", r"\bmenor(es)? de edad\b", r"\bmineure?s?\b", r"\bmenor de idade\b",
        r"\bmine\b(?= (yo|li|la))", r"\bvi thanh nien\b", r"\bmenor de edad\b",
        # "algunas parecen menores", "eran menores": said of people ("menores problemas" is not)
        r"\b(parecen?|parecian?|son|es|era|eran|hay|habia|unas|algunas|algunos|unos|varias|varios|dos|tres) menores\b(?! (problemas|detalles|cosas|gastos|precios|danos|cantidades))", r"未成年", r"미성년", r"قاصر",
        r"несовершеннолетн",
    ], "not": list(NO_MINORS)},
    # a man meeting the one told about, at a time set: critical for a child (webhooks/triage/assess.py), nothing alone
    # ("el le dijo q la espera a las 9 en el walmart… q hago, la dejo ir??" from a mother of a 13-year-old was calm)
    "meeting_a_man": {"weight": 0, "patterns": [
        r"\b(he'?s|hes|he is|he'?ll|he will|the man|the guy|this guy|that guy)( \w+){0,2} (meet|meeting|pick up|picking up"
        r"|wait for|waiting for) (her|him|them)\b[^.!?]{0,40}\b(tonight|today|tomorrow|at \d|after school)\b",
        r"\b(she'?s|she is|she will|she'?ll|he'?s|he is)( going to| gonna)? (meet|meeting|see|seeing) (him|a man|a guy|an older"
        r" (man|guy)|the man|the guy|some guy)\b[^.!?]{0,40}\b(tonight|today|tomorrow|at \d|after school)\b",
        r"\b(la|lo) (espera|va a esperar|va a recoger|pasa por ella|pasa por el|va a pasar por (ella|el))\b[^.!?]{0,40}"
        r"\b(a las \d|esta noche|hoy|manana|saliendo de la escuela)\b",
        r"\b(va a|se va a|quiere) (ver|encontrar|juntar|salir)( se)? (con|a) (un|el|ese) (hombre|senor|tipo|muchacho|vato)\b"
        r"[^.!?]{0,40}\b(hoy|esta noche|manana|a las \d)\b",
        r"\b(vai|vai se) (encontrar|ver) com (um|o|esse) (homem|cara|sujeito)\b[^.!?]{0,40}\b(hoje|amanha|as \d)\b",
        # "ce soir il vient la chercher a 23h", "a guy of 22 is picking her up tonight at 11" (a friend of 14 was "high",
        # and got the neutral pause of someone watched)
        r"\b(il|le mec|le gars|ce mec|ce gars|son copain|son mec)( \w+){0,2} (vient|va venir|passe|va passer) (la|le|les)"
        r" (chercher|prendre|recuperer)\b[^.!?]{0,40}\b(ce soir|aujourd'?hui|demain|a \d+ ?h|apres l'?ecole|cette nuit)\b"
        r"|\b(ce soir|cette nuit|demain)\b[^.!?]{0,25}\b(il|le mec|le gars) (vient|va venir|passe|va passer) (la|le|les)"
        r" (chercher|prendre|recuperer)\b",
        r"\b(he'?s|hes|he is|he will|he'?ll|he|guy|man|dude|boyfriend|bf|pimp|\d{2})( is|'s| will|'ll| gonna)?( \w+)?"
        r" (picking|pick|getting|get|coming to get|coming for) (her|them)( up)?\b[^.!?]{0,40}\b(tonight|today|tomorrow"
        r"|tmrw|at \d+|after school|this weekend)\b",
        # the one writing, taken tonight: "me va a recoger en plaza del sol a las 9 de la noche. hoy", "hoy en la noche
        # me va a llevar con unos señores", "he is picking me up tonight at 9" (a girl of 15 was "high", not critical)
        r"\b(me|nos) (va a|van a|viene a|vienen a|quiere) (recoger|llevar|buscar|pasar a buscar|entregar)\b[^.!?]{0,60}"
        r"\b(hoy|esta noche|en la noche|a las \d|ahorita|manana)\b|\b(hoy|esta noche|hoy en la noche)\b[^.!?]{0,30}\b(me|nos)"
        r" (va a|van a) (llevar|recoger|buscar|entregar)\b",
        r"\b(he'?s|hes|he is|he'?ll|he will|they'?re|theyre|they are|they'?ll|they will) (picking me up|taking me|coming"
        r" for me|coming to get me|pick me up|take me)\b[^.!?]{0,40}\b(tonight|today|at \d|tomorrow)\b",
        # anyone named first: "this guy i met on snap is picking me up tonight at 11", "my bf is coming to get me after
        # school tmrw" (a girl of 15 was "high", and a boyfriend's pickup got the neutral pause of someone watched)
        r"(\b(is|are|will|gonna|going to|hes|shes|theyre)|'s|'re|'ll)( \w+)? (picking me up|pick me up|coming (to get|to pick up|for) me"
        r"|taking me|take me|meeting me|meet me)\b[^.!?]{0,40}\b(tonight|today|tomorrow|tmrw|tmr|tmw|at \d+|after"
        r" school|this weekend|later)\b",
        r"\b(vai|vao) me (buscar|levar|pegar)\b[^.!?]{0,40}\b(hoje|a noite|de noite|as \d|amanha)\b",
        # waiting outside for the one writing, now: "hes outside rn in his car waiting for me. i told him im in the
        # bathroom", "i have to go out he is honking" (a girl of 14: "Thanks, I've noted that", then "where?")
        r"\b(he'?s|hes|he is|the man is|the guy is|my bf is|my boyfriend is)\b[^.!?]{0,30}\b(outside|out front|downstairs"
        r"|in the parking lot|parked outside)\b[^.!?]{0,40}\b(waiting|honking)\b",
        r"\b(waiting|wait) (for|on) (me|her|them) (outside|out front|downstairs|in (his|the) (car|truck|van)"
        r"|in the parking lot)\b",
        r"\b(he'?s|hes|he is|he keeps|he'?s been) honking\b",
        r"\b(me|nos) (esta|estan|ta|tao|esta ai) esperando (afuera|alla afuera|abajo|en (el|su) (carro|coche|troca)|la"
        r" fora|ai fora|no carro|embaixo|la embaixo)\b",
        r"\b(esta|ta) (afuera|la fora|ai fora) (esperando(me)?|me esperando)\b",
        r"\b(ta|esta|tao|estao) (me|nos) esperando (la fora|ai fora|no carro|embaixo|la embaixo|na porta)\b",
        r"\b(il|elle) m'?attend (dehors|en bas|dans (sa|la) (voiture|char|auto)|devant)\b",
        # a day named, or after school: "vendredi il va venir me chercher apres lecole", "he comes to get me friday
        # after school" (from a girl of 16 sold by her boyfriend: nothing raised)
        r"\b(va|vient|doit|vais) (venir |passer )?me chercher\b[^.!?]{0,40}\b(lundi|mardi|mercredi|jeudi|vendredi"
        r"|samedi|dimanche|demain|ce soir|apres l'?ecole|a la sortie de l'?ecole)\b"
        r"|\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir)\b[^.!?]{0,20}\b(il|elle) (va|vient|doit)"
        r" (venir |passer )?me chercher\b",
        r"\b(comes?|coming|picks?|picking) (to get me|for me|me up)\b[^.!?]{0,30}\b(monday|tuesday|wednesday|thursday"
        r"|friday|saturday|sunday|tonight|tomorrow|after school)\b",
        # "a las 10 pasa por mi a la esquina de mi casa" (a girl of 15: form questions, 911 only at "HOY en la noche!!")
        r"\b(pasa|pasara|va a pasar|viene|vendra|va a venir|me pasa a buscar) por (mi|nosotras|nosotros)\b[^.!?]{0,40}"
        r"\b(hoy|esta noche|en la noche|a las \d+|ahorita|manana|al rato|saliendo de la escuela)\b"
        r"|\b(a las \d+|hoy|esta noche|hoy en la noche|manana|al rato)\b[^.!?]{0,30}\b(pasa|pasara|va a pasar|viene"
        r"|vendra|va a venir) (a )?(por|a buscar)(me| mi)\b",
        r"\b(vem|vai vir|passa|vai passar) me (buscar|pegar)\b[^.!?]{0,40}\b(hoje|a noite|de noite|as \d+|amanha)\b",
        r"\b(hoy|esta noche|hoy en la noche|en la noche|manana)\b[^.!?]{0,30}\b(viene|va a venir|llega|va a llegar) (otro|un"
        r"|su) (amigo|senor|hombre|cliente|tipo)\b",
        r"\b(il|ils) (passe|passent|vient|viennent) me (chercher|prendre)\b[^.!?]{0,40}\b(ce soir|aujourd'?hui|a \d+"
        r"|demain)\b",
        r"\b(il|ils) (va|vont|doit|doivent) (passer |venir )?(me chercher|m'?emmener)\b[^.!?]{0,40}\b(ce soir"
        r"|aujourd'?hui|a \d|demain)\b",
    ], "not": [
        # family or school picking a child up: "mi mama me va a recoger hoy a las 5", "my mom is picking me up tonight"
        r"\b(mi|my|ma|mon|minha|meu) (mama|mami|mom|mommy|mum|mother|papa|dad|daddy|father|tia|aunt|abuela|abuelita"
        r"|grandma|grandmother|hermana|sister|hermano|brother|maestra|teacher|mae|pai|avo|irma|irmao|mere|pere|tante"
        r"|soeur|frere|familia|family)\b[^.!?]{0,20}",
    ]},
    # sold for sex: men in and out of a room, men paying the one who takes her, a client with her ("theres a girl in 214
    # rn she looks so young and theres men going in and out all day", "ellos le dan dinero a el", "la ptite est dans
    # la chambre 12 en ce moment avec un client"); with a minor, critical (assess.py)
    "sold_for_sex": {"weight": 0, "patterns": [
        # "room 108 right now theres a girl maybe 16 and men keep going in, 3 in the last hour", "4th guy just went in
        # 108" (a motel clerk's report: high, minor only)
        r"\b(men|guys|dudes|johns)( \w+)? (keep|keeps|kept|have been|been) (going|coming|walking) in\b",
        r"\b(another|a new|the (\d+(st|nd|rd|th)|second|third|fourth|fifth)|\d+(st|nd|rd|th)|2nd|3rd) (guy|man|dude|john)"
        r" (just )?(went|walked|came|going|goes) in(to)?\b",
        # a child sold, the buyer named after her: "my neighbor is selling her daughter shes 13 to men", "my uncle sold my
        # little cousin to a man for money" (each was high, "minor" only, below a routine question about a job)
        r"\b(selling|sells|sold|sell|renting|rents|rented|pimping|pimps|pimped|offering|offers|offered|trading|traded)"
        r"( out)? (her|his|my|their|our|the|a|this|that)( own)?( \w+){0,3} (daughter|son|girl|girls|boy|kid|kids|child"
        r"|children|cousin|niece|nephew|sister|stepdaughter|granddaughter|baby|little one)\b[^.!?]{0,40}\b(to (men|man"
        r"|a man|an old man|guys|a guy|some guys?|clients|customers|old(er)? m[ae]n|strangers|truckers|his friends"
        r"|their friends|his buddies)|for (money|cash"
        r"|sex|\$?\d+|drugs|rent))\b",
        r"\b(vende|venden|vendio|vendieron|esta vendiendo|estan vendiendo|renta|rentan|ofrece|ofrecen) a (su|sus|mi|mis"
        r"|la|una|esa)( propia)? (hija|hijas|nina|ninas|prima|sobrina|hermana|hermanita|hijastra|nieta|chamaca|muchachita"
        r"|hijo|nino|primo|sobrino)\b[^.!?]{0,40}\b(a (unos |varios |los )?(hombres|un hombre|un senor|senores|tipos"
        r"|clientes|viejos)|por"
        r" (dinero|plata|lana|feria|droga))\b",
        r"\b(vende|vendem|vendeu|venderam|esta vendendo|ta vendendo|aluga|oferece) (a|as|sua|suas|minha|minhas)( propria)?"
        r" (filha|filhas|menina|meninas|prima|sobrinha|irma|enteada|neta|filho|menino|primo)\b[^.!?]{0,40}\b(pra|para|a)"
        r" (homens|um homem|um cara|caras|clientes|velhos)\b|\b(vende|vendeu|vendem) (a|sua|minha) (filha|menina|prima"
        r"|sobrinha|irma|enteada) por dinheiro\b",
        r"\b(vend|vendent|a vendu|ont vendu) (sa|leur|ma|la) (fille|niece|cousine|soeur|petite)\b[^.!?]{0,40}\b(a des"
        r" hommes|a un homme|a des clients|pour de l'?argent)\b",
        # men who come where she is kept: "tengo catorce años… no me deja salir y vienen hombres" (high, held only)
        r"\b(vienen|llegan|entran|pasan|mandan) (unos |varios |muchos |los |otros )?(hombres|senores|clientes|tipos"
        r"|viejos)\b|\b(men|guys|dudes|johns|clients)( \w+)? (keep coming|kept coming|come every (night|day)|come at"
        r" night|come (to|into) (the|our|her|my) room)\b|\b(vem|chegam|entram) (uns |varios |os )?"
        r"(homens|caras|clientes)\b",
        # given to a man for a night: "he'd give the little girl to his friend for the night for 200. shes like 11"
        # (high, "minor" only)
        r"\b(give|gives|gave|giving|lend|lends|lent|rent|rents|rented|trade|trades|traded)( \w+)? (the|his|her|my|a|that"
        r"|this) (little |lil |young )?(girl|girls|daughter|kid|niece|boy|child|stepdaughter) to (his|a|some|this|that"
        r"|the|her) (friend|buddy|guy|man|men|friends|boss|client|cousin)\b[^.!?]{0,30}\b(for (the night|a night|the"
        r" weekend|money|cash|\$?\d+|drugs|rent)|tonight|tonite)\b",
        # "shes 15 and they are selling her to men now" (high, not critical)
        r"\b(selling|sells|sold|sell|renting|rents|pimping) (her|him|them|me|us|girls|the girls|kids)( out)? to (men|guys"
        r"|clients|customers|old men|older men)\b",
        r"\b(men|guys|dudes)( \w+)? (going|coming|go|come|walking) (in and out|and going|and go)\b",
        # "like 6 different men went in and out today" (a girl of 14 or 15 in a motel room: high, minor only)
        r"\b(men|guys|dudes|johns)( \w+)? (went|came|walked|been going|been coming|have gone|keep going|kept going)"
        r" (in and out|in and came out|in there)\b",
        # "my bf is making me go w truckers at the flying j tonight for money" (a girl of 16: high, minor only)
        r"\b(go|going|be|sleep|hook up|hang out|party)( \w+)? (w|with|con|com|avec) (truckers|the truckers|men|guys|old"
        r" men|older men|clients|johns|strangers|camioneros|traileros|hombres|senores|caminhoneiros|homens|routiers)\b"
        r"[^.!?]{0,50}\b(for|por|pra|para|pour) (money|cash|\$?\d+|dinero|lana|plata|feria|dinheiro|grana|argent)\b",
        r"\b(making|makes|made|forcing|forces|forced) (me|her|us|them) (to )?(go|be|sleep|hook up)( \w+)? (w|with) (truckers"
        r"|men|guys|clients|johns|old men|older men|strangers)\b",
        r"\b(hombres|senores|tipos|vatos) (distintos |diferentes )?(entran y salen|van y vienen|entrando y saliendo)\b",
        # ("quarto 214 tem 3 meninas novinhas e homem entrando e saindo toda hora": calm)
        r"\b(homens|homem|caras|cara) (diferentes? )?(entram e saem|entra e sai|entrando e saindo|vem e vao)\b",
        r"\b(man|guy|men|guys|hombre|hombres|tipos?|senor|senores) (diferentes? )?(entrando y saliendo|entra y sale"
        r"|entran y salen|coming in and out|going in and out)\b",
        r"\bhommes (differents )?(qui )?(entrent et sortent|vont et viennent)\b",
        r"\b(ellos|sus amigos|los senores|los hombres|los clientes) (le|les) (dan|pagan|daban|pagaban) (dinero|plata|lana"
        r"|feria|billete)\b",
        r"\b(they|his friends|the men|the guys) (give|gave|pay|paid) him (money|cash)\b",
        r"\b(ser|estar|portarme|portarse) (carinos[ao]|amable|bien|buena onda) con (ellos|sus amigos|los senores|los hombres)\b",
        r"\b(be|act) (nice|sweet|friendly) (to|with) (his|the boss'?s?) (friends|buddies)\b",
        r"\b(est|is|esta|ta|she'?s|shes|sont|are|estan|tao|they'?re|theyre)( \w+){0,9} (avec|with|con|com) (un|a|el|o"
        r"|le|des|some|unos|uns) (clients?|johns?|clientes?)\b",
        r"\b(lleva|llevan|lleve|leva|levam|takes|took|amene|emmene) (a ver |para ver )?(a )?(sus|seus|his|ses) (amigos"
        r"|friends|amis)\b[^.!?]{0,20}\b(motel|hotel)\b",
        # kept company for money: "hes taking me to meet his business partner who i'm supposed to keep company tonight,
        # he said i'd make 500" (a girl of 16 in his truck: high, then the neutral pause)
        r"\b(supposed to|have to|gotta|got to|going to|gonna|need to) keep (him|them|someone|his \w+( \w+)?|a man|some"
        r" guy)? ?company\b",
        # brought to a man: "my bf brought me here to meet some guy and i dont want to" (from a girl of 15 in a hotel
        # bathroom: the neutral pause of someone watched), "ppl pay him for me"
        r"\b(brought|took|takes|taking|bringing|brings|drove|dropped( off)?|sent|sends|made) (me|her|us|them)( \w+){0,4}"
        r" to (meet|see|be with|hang out with|sleep with|have sex with|hook up with|go with|party with) (some|a|an|this"
        r"|that|his|these|those|2|two|3|three)( \w+)? (guys?|men|man|dudes?|friends?|clients?|johns?|customers?)\b",
        r"\b(people|ppl|men|guys|dudes|they|his friends) (pay|paid|give|gave) (him|her|them|my (bf|boyfriend))( money| cash)?"
        r" (for|to (see|be with|sleep with|have)) (me|her|us|them)\b",
        r"\b(me|la|nos|las) (trajo|llevo|traen|llevan|trajeron|llevaron)( \w+){0,4} (pa|para|a) (ver|conocer|estar con"
        r"|atender|complacer|acostarme con|acostarse con) (a )?(un|unos|una|el|los|sus|su) ?(senor|senores|hombre|hombres"
        r"|tipo|tipos|amigos?|clientes?|viejo)\b",
        r"\b(me|a|nos|as) (trouxe|trouxeram|levou|levaram)( \w+){0,4} (pra|para) (encontrar|ver|ficar com|atender|sair com)"
        r" (um|uns|o|os|seus|seu) ?(cara|caras|homem|homens|amigos?|clientes?|velho|gringo)\b",
        r"\b(m|l|nous|les|ma|la)'? ?(a|ont)? ?(amenee?s?|emmenee?s?|conduite?s?|ramenee?s?)( \w+){0,4} (pour|pr|pour aller)"
        r" (voir|rencontrer|etre avec|coucher avec) (un|des|ses|son) (mec|mecs|homme|hommes|type|types|monsieur|client"
        r"|clients|amis?|gars)\b",
        # made to go out with men, taken to a client: "eles me fazem sair com homem e pegaram meu passaporte", "hoje a
        # noite vai levar a menina de 17 pra um cliente" (a girl of 17 to be sold tonight: high, then the pause)
        r"\b(me|nos|a|as|la|las|te|her|me|us|them|m'|nous|les)( \w+)? (fazem|faz|obrigam a|obriga a|forcam a|forca a"
        r"|hacen|hace|obligan a|obliga a|make|makes|made|force|forces|forced|font|fait|forcent a|obligent a|oblige a)"
        r" (sair|ficar|dormir|transar|ir|salir|estar|acostarme|acostarse|dormir|go out|be|sleep|hook up|sortir|coucher"
        r"|aller)( \w+)? (com|con|with|avec) (des |los |las |os |some |the |uns |unos |un |um |a )?(homem|homens|hombres"
        r"|hombre|men|guys|man|hommes|homme|clientes?|clients?"
        r"|caras|tipos|senores|mecs)\b",
        r"\b(fazem|faz|obrigam|obriga|forcam|hacen|hace|obligan|obliga|make|makes|made|force|forces|forced|forcent"
        r"|obligent|oblige) (a gente|as meninas|las muchachas|las chicas|the girls|us|them|her|les filles|a las|as"
        r" mulheres|las mujeres)( a)? (sair|ficar|dormir|transar|salir|estar|go out|be|sleep|hook up|sortir|coucher)"
        r"( \w+)? (com|con|with|avec) (des |los |las |os |some |the |uns |unos |un |um |a )?(homem|homens|hombres"
        r"|hombre|men|guys|man|hommes|homme|clientes?|clients?|caras"
        r"|tipos|senores|mecs)\b",
        r"\b(fazer|hacer|faire) (programas?|la calle|le trottoir)\b",
        # "ele quer que eu fique com os amigos dele por dinheiro" (a girl of 16 in a bathroom: high, 49th of 49)
        r"\b(ficar|fique|fico|estar|esteja|sair|dormir|durma|estar|este|be|stay|sleep|go|rester|coucher|sortir)"
        r" (com|con|with|avec) (os amigos dele|os amigos|uns caras|homens|sus amigos|unos senores|unos tipos|hombres"
        r"|his friends|some guys|men|ses amis|des hommes|des gars)\b[^.!?]{0,20}\b(por|pra|para|for|pour|contra)"
        r" (dinheiro|grana|dinero|plata|lana|money|cash|argent|du cash)\b",
        r"\b(levar|leva|levou|levam|levaram|llevar|lleva|llevo|llevan|take|takes|taking|took|emmener|emmene|amener"
        r"|amene)( \w+){0,4} (pra|para|pro|to|con|chez|voir|a) (um|uns|o|os|a|an|some|un|des|el|los|le|les)"
        r" (cliente|clientes|client|clients|john|johns|customer|customers|homem|velho|gringo)\b(?! (meeting|site|office"
        r"|appointment|dinner|event|call|visit|reunion|cita|oficina|rendez-vous|bureau))",
        # a bed offered for "stuff": "an older guy keeps saying i can crash at his place if i do stuff for him"
        r"\b(crash|stay|sleep|live)( \w+)? (at|with|in) (his|him)( place| house| apartment| car)?\b[^.!?]{0,40}\b(if|for)"
        r" (i|me) (do|doing|did) (stuff|things|favors|something|anything|it|sexual)\b",
        r"\b(quedarme|dormir|vivir) (en su casa|con el)\b[^.!?]{0,40}\bsi (hago|le hago) (cosas|algo|favores)\b",
        r"\b(ficar|dormir|morar) (na casa dele|com ele)\b[^.!?]{0,40}\bse eu (fizer|faco) (coisas|umas coisas|algo)\b",
        r"\b(dormir|rester) chez lui\b[^.!?]{0,40}\bsi je (fais|lui fais) (des trucs|des choses|quelque chose)\b",
        # a man who got into the car with her, money counted: "um velho gringo entrou no carro… ta contando dinheiro"
        r"\b(entrou|entraram|subiu|got|gets|getting|se subio|subio|se metio|est monte|monte)( \w+)? (no|num|in|into"
        r"|al|en el|dans (la|le)) (\w+ )?(carro|car|coche|auto|troca|voiture|char)\b[^.!?]{0,60}\b(dinheiro|grana"
        r"|money|cash|dinero|plata|argent|pagou|pagando|paid|paying|pago|pagando|paye)\b",
    ], "not": []},
    # pictures held over someone: "he has my nudes and says hes gonna post them unless i send 500 by tonight", "tiene
    # mis fotos y dice que las va a mandar a mi escuela", "il a mes photos… il va les montrer" (with a child: critical)
    "sextortion": {"weight": 0, "patterns": [
        # images asked of the one writing (with a child: critical): "un señor en free fire me esta pidiendo fotos" (a
        # girl of 14: high), "this guy on roblox keeps asking me for pics"
        r"\b(me|le|la|nos|les) (esta|estan|anda|andan|sigue|siguen|ta|tan) (pidiendo|mandando pedir) (fotos|fotitos"
        r"|videos|nudes|packs|fotos sin ropa)\b",
        r"\b(asking|asks|keeps asking|kept asking|wants|wanted|begging) (me|her|him|us) (for|to send|to take) (pics|photos"
        r"|nudes|pictures|videos|vids|private pics|naked pics)\b(?! (of|for) (the|a|my|your|his|our) (job|site|work"
        r"|product|house|car|room|place|receipt|id|passport|document|homework|project|class|school))",
        r"\b(ta|esta|fica|vive) (me )?pedindo (fotos|nudes|videos|pack)\b|\bme (demande|reclame) (des )?(photos|nudes)\b",
        r"\b(has|have|got|kept|saved|screenshotted) (my|our|her) (nudes|pics|pictures|photos|videos|vids|nude pics"
        r"|private pics)\b",
        # "pay 500 in steam cards by 12 tonight or she sends them to everyone i follow" (a boy of 16: high, minor only)
        r"\b(pay|send|give)( \w+){0,6} (by|till|until|before) (\d+|tonight|tomorrow|midnight|noon)\b[^.!?]{0,40}\b(or"
        r"|else)\b[^.!?]{0,25}\b(sends?|posts?|shares?|leaks?|shows?|spreads?|exposes?)\b",
        r"\b(posts?|sends?|shares?|leaks?|shows?|spreads?|exposes?)( \w+){0,3} (them|my pics|the pics|my nudes|the nudes|my photos"
        r"|the photos|the videos?|my videos?)\b[^.!?]{0,60}\b(unless|if i (dont|don'?t|do not)|or else|by tonight"
        r"|till tonight|until tonight)\b",
        r"\b(has|have|got) (nudes|pics|pictures|photos|videos|vids) of me\b",
        r"\b(he'?s|hes|he is|they'?re|she'?s) (giving|gave) me (till|until|untill) (tonight|tomorrow|\d+ ?(am|pm))\b",
        r"\b(tiene|tienen|guardo|guardaron) (mis|sus) (fotos|videos|nudes|packs?)\b",
        r"\b(va|van) a (publicar|mandar|pasar|subir|ensenar|mostrar)( \w+){0,2} (mis|las|sus) (fotos|videos|nudes)\b",
        r"\b(tem|tem as|pegou) (minhas|as minhas|umas) (fotos|nudes|videos)\b",
        r"\b(vai|vao) (postar|mandar|espalhar|mostrar|vazar)( \w+){0,2} (minhas|as) (fotos|nudes|videos)\b",
        r"\b(il|elle|ils) (a|ont) (mes|des) (photos|nudes|videos)\b[^.!?]{0,60}\b(montrer|envoyer|publier|balancer)\b",
        # "il dit que si je dis a ma mere il va envoyer mes photos a tout le monde" (the immigration answer, twice)
        r"\b(va|vont|menace de|menace d'|veut) (envoyer|montrer|publier|balancer|poster|diffuser) (mes|les|des|nos)"
        r" (photos|nudes|videos)\b",
        r"\b(va|van|amenaza con) (mandar|publicar|subir|ensenar|mostrar|pasar|enviar) (mis|las|nuestras) (fotos|videos"
        r"|nudes|packs?)\b",
    ], "not": []},
    "minor_hint": {"weight": 0, "patterns": [
        r"\bla (p'?tite|petite)(?= (est|a|qui|de|dans|avec)\b|[,.!?]|$)",  # Québec's "la ptite": the little girl
        r"\bchild(ren)?\b", r"\bkids?\b", r"\blittle (girl|boy)s?\b", r"\bteen(ager)?s?\b", r"\b(middle|high) school\b",
        r"\bnin[oa]s?\b", r"\badolescentes?\b", r"\benfants?\b", r"\bcriancas?\b", r"\btimoun\b", r"\btre em\b",
        r"\bnovinhas?\b", r"\bmeninas? (novas|novinhas?|pequenas)\b", r"\bchavit[ao]s\b", r"\bjovencitas?\b",
        r"\bbata\b", r"孩子", r"아이", r"طفل", r"реб[её]н", r"дет(и|ей)",
        # "my stepdad is selling my little sister to his friends for cash" (normal: no age said)
        r"\b(little|baby|lil|younger|kid) (sister|brother|sis|bro|cousin|niece|nephew)\b|\b(hermanit[oa]|primit[oa]"
        r"|sobrinit[oa]|irmazinha|irmaozinho|priminha|petite (soeur|cousine|niece)|petit (frere|cousin))\b",
        LOOKS_YOUNG,
    ], "not": [r"\bkidding\b", r"\bmy kids? (is|are) (at home|fine|safe|ok)\b"]},
}

# "she is 15", "a 14 year old", "14 años", "15 ans", "16岁", "15살", "15 tuổi", "14 лет"
# Words a number in brackets counts ("workers (12)", "12 hours"), where it is no age
COUNTED = r"(people|workers|men|women|guys|persons|personas|hombres|mujeres|trabajadores|hours|horas|days|dias)"
# the children a nanny or a maid looks after, said before their ages ("cuida a un bebé y a una niña de 5", "she
# babysits their 2 kids, 3 and 6"): not the people a tip is about (a nanny's report raised a critical alarm for a
# minor); matched against the text before an age
# a length of time, not an age: "a 2 year contract", "contrato de 2 anos", "hace 2 años", "il y a 2 ans" (each was
# read as a child of 2); taken out before ages are read, by the triage and by the report's extractor
DURATION_NOT_AGE = (r"\b(contract|contrato|contrat)( de| of| for| pour| por)? \d{1,2} ?(years?|anos|ans|months?|meses"
                    r"|mois)\b|\b\d{1,2}[- ]?(years?|yr|month)s? (contract|visa|lease|deal|program)\b"
                    # "3 años y sigue ahi", "ya tiene como 3 años ahi" (filed as an age of 3)
                    r"|\b\d{1,2} (anos|years|ans|meses|months|mois) (y|and|et|e) (sigue|still|continue|continua"
                    r"|ainda|todavia)\b|\b(ya )?(tiene|tienen|lleva|llevan|llevo|llevamos|tengo|tenemos|tem|faz)( como"
                    r"| unos| uns| umas)? \d{1,2} (anos|meses) (ahi|aqui|alla|aca|ai|la|trabajando|trabalhando|en|em|con"
                    r"|com)\b"
                    r"|\b(durante|faz|depuis|hace|for|il y a|y a|ha|about|like|almost)( como| unos| uns| umas| cerca de"
                    r"| mas de| quase| environ| presque| like| about| almost| over)? \d{1,2} (anos|ans|years|meses|months"
                    r"|mois)( ago)?\b|\b\d{1,2} (years|yrs|months) ago\b")  # ("hace como 8 años" raised a minor)
# ages that are not a minor now: an age in the past told with how long ago ("i was trafficked like 10 yrs ago when i was
# 16, im safe now" raised a minor), and a parent's own child helping in the family's business ("my 15 year old son works
# at my restaurant after school, is that ok" raised a critical alarm and "call 911")
WHEN_I_WAS = (r"\b(when|back when|cuando|quand|quando|lorsque)( i| she| he| we| they| yo| ella| el| je| j'| elle| il| eu"
              r"| ela| ele)? ?(was|were|tenia|era|avais|avait|etais|tinha|era)( like| about| como| unos?| uns| around"
              r"| environ)?\s*$|\b(j'?|j )avais\s*$")
LONG_AGO = (r"\b(\d{1,2}|a few|some|many|several|unos|varios|muchos) (years?|yrs?|anos|ans) (ago|atras|atrás)\b"
            r"|\b(hace|il y a|ha|faz) (\d{1,2}|unos|varios|muchos|quelques|alguns|uns) (anos|ans)\b"
            r"|\b(i'?m|im|i am|estoy|je suis|estou) (safe|ok|okay|fine|out|free|a salvo|bien|libre|en securite|bem|livre)"
            r" now\b|\b(hoje|agora) (to|tou|estou|eu estou) (segura|seguro|bem|livre|a salvo)\b|\b(maintenant|aujourd'?hui)"
            r" (je suis|jsuis|chui) (en securite|libre|bien|sortie?)\b|\b(ahora|hoy) (estoy|ya estoy) (a salvo|bien|segura"
            r"|seguro|libre)\b")
OWN_CHILD_AT_OWN_BUSINESS = (
    r"\b(my|our|mi|nuestro|nuestra|meu|minha|nosso|mon|ma|notre) (\d{1,2} ?(years? old|yrs? old|yo|y/o|anos|ans) )?(son"
    r"|daughter|kid|boy|girl|hijo|hija|nino|nina|filho|filha|fils|fille)( \w+){0,4} (works?|helps?|is working|is helping"
    r"|trabaja|ayuda|trabalha|ajuda|travaille|aide)( \w+){0,2} (at|in|for|en|con|na|no|com|dans|chez|au|a) (my|our|mi"
    r"|nuestro|nuestra|meu|minha|nosso|nossa|mon|ma|notre|the family'?s?|la familia|da familia|la famille)\b")
FAMILYS_CHILDREN = (r"((les|the|los|las|as|os|o|a|el|la|le)( \d+| deux| dos| dois| two| 2)? (enfants|kids|ninos|ninas|hijos"
                    r"|hijas|criancas|filhos|filhas|children|petits|petites|menino|menina|nino|nina|hijo|hija|filho|filha"
                    r"|fils|fille|son|daughter|bebe|baby)|their kids)"
                    r" (de la famille|of the family|de la familia|de la senora|del senor|de los patrones|da familia"
                    r"|da patroa|do patrao|du patron|de la patronne|de mes patrons|of my (boss|employers?)|de la madame"
                    r"|de madame|de monsieur|du monsieur|da dona|do capataz|da senhora|do senhor|del patron|de la patrona"
                    r"|del jefe|de la jefa|de mi patron|de mi patrona|da minha patroa|do meu patrao|of the (boss|owner"
                    r"|lady|family))"
                    # "as criancas sao deles, tem 4, 7 e 9", "the kids are theirs" (from a nanny of 26: a minor, and
                    # a mandated report)
                    r"|((as|os|los|las|the|les) )?(criancas|filhos|kids|children|ninos|hijos|enfants) (sao|son|are"
                    r"|sont) (deles|delas|de ellos|de ellas|theirs|their own|a eux|les leurs|do casal|de la pareja)"
                    # children of someone else at the place, said when "who" is put right: "the kids are the neighbors
                    # kids", "the 2 kids are the owners kids they dont work", "los ninos son de la duena" (each kept a
                    # minor, and a mandated report)
                    r"|((as|os|los|las|the|les) )?(\d+ |two |dos |deux |dois )?(criancas|filhos|kids|children|ninos|hijos"
                    r"|enfants) (are|r|son|sont|sao) (the |hijos |filhos |les enfants )?(de la |del |de |da |do |du |de l')?"
                    r"(neighbou?r'?s?|owner'?s?|manager'?s?|boss'?s?|landlord'?s?|lady'?s?|couple'?s?|dueno|duena|vecino"
                    r"|vecina|encargad[oa]|gerente|dono|dona|vizinh[oa]|voisine?|proprio|proprietaire|patron|patrona)"
                    r"( (own )?(kids|children))?"
                    r"|(the |their )?(neighbou?r|owner|manager|boss|landlord|lady|couple)'?s'? (own )?(kids|children)"
                    r"|(kids|children|ninos|ninas|enfants|criancas) (arent|aren'?t|are not|r not|werent|were not|no son"
                    r"|ne sont pas|nao sao) (part of (it|this)|involved|working|victims|parte|victimas|vitimas|concernes)"
                    r"|(kids|children) (dont|don'?t|do not) work|(ninos|ninas) no trabajan|enfants ne travaillent pas"
                    r"|criancas nao trabalham")
CARED_FOR = (r"\b(cuid\w*|take[sn]? care of|taking care of|babysit\w*|look(s|ing)? after|watch(es|ing)? (the|their|his"
             r"|her) (kids|children)"
             r"|nann(y|ies) (for|to)|ninera de|nana de|cuida de|cuidando de|toma conta de|garde"
             # the employer's own children: "les enfants de la famille ont 3 et 6 ans" (a minor was raised for a nanny)
             r"|" + FAMILYS_CHILDREN + r")\b[^.;]{0,40}$")
AGE_PATTERNS = [
    # the writer's own age after someone else's: "el tiene 26 y yo 15", "he's 24 and me 16" (no minor was raised)
    r"\b(?:y|and|e|et|pero|but) (?:yo|me|eu|moi)(?: tengo| tenho| i'?m| im| j'?ai)? (\d{1,2})\b(?! ?(min|mins|minutes"
    r"|hours?|hrs?|horas?|days?|dias|weeks?|semanas|months?|meses|dollars?|bucks|dolares|pesos|%|am|pm|:|\.\d|of"
    r"|people|personas|guys|years? ago|anos atras))",
    r"\b(?:tengo|tenho|i'?m|im|i am|j'ai) (1[0-7]) (?=(me|mi|mis|my|i|nos|m')\b)",  # "tengo 15 me trajeron de honduras"
    r"\b(\d{1,2}) ?(years? old|yrs? old|y/?o|year-old)\b", r"\b(?<!crew )(?<!team )(?<!group )(?<!staff )(?:is|she'?s|he'?s|age|aged)(?: actually| really| only| just| like| about| maybe| around| prob| probably)? (\d{1,2})\b"
    r"(?! (people|persons|guys|men|women|workers|of (us|them)))"
    # a price, a time, a size: "the price is 15 dollars", "the wait is 10 minutes", "she is 5 foot tall"
    r"(?! ?(dollars?|bucks|usd|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|miles?|mi|km|feet|foot|ft|inches|pounds"
    r"|lbs|kg|percent|%|am|pm|a\.?m|p\.?m|:|\.\d|grand|k|dlls|pesos|reais|euros?)\b)",
    r"\b(?:tengo|tiene|tenemos|tienen|tenia|tenho|tem|j'ai|il a|elle a|qui a|une qui a|un qui a|que tem|q tem|que tiene"
    r"|q tiene)(?: en realidad| realmente| apenas| solo"
    r"| na verdade| so)? (\d{1,2})(?= *($|[.,;!?]| (y|e|et|and|pero"
    r"|mas|mais|anos|ans|anitos|je crois|je pense|acho|eu acho|creo|yo creo|i think)\b))",
    r"\b(?:cousin|sister|brother|niece|nephew|friend|daughter|son|girlfriend|neighbou?r|prima|primo|hermana|hermano"
    r"|sobrina|sobrino|amiga|amigo|hija|hijo|novia|vecina) is (\d{1,2})(?= *($|[.,;!?]| (and|but|or|years?)\b))",
    # (we or they, a count put right is no age: "we are 3 not 2, me and 2 others" raised a minor)
    r"\b(?:i'?m|i am|(?:we'?re|we are|they'?re|they are)(?! \d+ (?:not|no) \d)|im|only|just turned) (\d{1,2})\b"
    r"(?! ?(min|mins|minutes|hours?|hrs"
    r"|blocks?|miles?|mi|km|feet|ft|days?|weeks?|months?|dollars?|bucks|%|am|pm|:|\.\d|th|st|nd|rd|of|out|in|on"
    r"|percent|people|guys|girls|of us|or \d{2}\b|crew|men|women|workers|persons|total|here|there|in (the|a|this|one)"
    r"|working|living|staying|all))",
    r"\b(\d{1,2}) (anos|ans|anyos|tuoi|taong gulang|лет|года)\b", r"(\d{1,2}) ?(岁|살|세)",
    # "one looks really young like 16", "se ve de unos 15": an age said of how someone looks
    r"\b(?:looks?|looked|seems?|seemed|younger|parece|parecia|se ve|se veia|mas joven|mas chic[oa])\b[^.!?\d]{0,25}?\b(\d{1,2})\b(?! ?(min|mins|minutes"
    r"|hours?|hrs?|h|horas?|days?|dias|weeks?|semanas|months?|meses|dollars?|bucks|dolares|%|am|pm|:|\.\d|of (them|us)"
    r"|people|guys|girls|men|women|workers|personas|hombres|mujeres|trabajadores)\b)",
    # "like 20 guys, some might be 17", "the youngest could be 16" (a guess at an age, not a count)
    r"\b(?:some|one|a few|few|he|she|they|the youngest|a couple|two|2)(?: of them)? (?:might|may|could|must|prob"
    r"(?:ably)?|seem to|look to) be (?:like |around |about |maybe |only |just )?(\d{1,2})\b(?! ?(min|mins|minutes|hours?"
    r"|hrs?|days?|weeks?|months?|dollars?|bucks|%|am|pm|:|\.\d|of (them|us)|people|guys|girls|men|women|workers)\b)",
    # "somos 3 meninas, uma de 16", "una de 15": one of them, of that age (no minor was raised)
    r"\b(?:uma|una|l'une) de (1[0-7]|[3-9])\b(?! ?(min|mins|minutes|hours?|hrs?|h|horas?|heures?|days?|dias|jours"
    r"|weeks?|semanas|months?|meses|mois|dollars?|dolares|reais|%|am|pm|:|\.\d|pessoas|personas|personnes|people"
    r"|\w+ (anos|ans|años) (atras|ago))\b)",
    # "my cousin Ana (17)": the age in brackets after a name or a person (not a count: "workers (12)")
    r"\b(?!" + COUNTED + r"\b)[a-z]{2,} \((\d{1,2})\)",
    # a person word and an age close by: "a girl, maybe 15", "la chica como de 14"; not a count or hours ("the girls
    # work 12 hours", "girls, 4 of them"), nor Spanish "son" ("son como 15 hombres": they are about 15 men)
    r"\b(?:girls?|boys?|kids?|daughter|(?:my|his|her|their|our|your|a|the) sons?|nin[oa]s?|chic[oa]s?|muchach[oa]s?"
    r"|chav[oa]s?|chamac[oa]s?|morr[oa]s?|patoj[oa]s?|cipot[ea]s?|chiquill[oa]s?|teens?|jovenes|adolescentes?"
    r"|hij[oa]s?|herman[oa]s?|sobrin[oa]s?|nieto|nieta|filh[oa]s?|fille|garcon|menina|menino)\b[^.!?\d]{0,20}?"
    # (not a count: "las otras muchachas no se, unas 4, jovenes" raised a minor and a mandated report)
    r"(?<!\bunas )(?<!\bunos )(?<!\buns )(?<!\bumas )"
    r"\b(\d{1,2})\b(?! ?(min|mins|minutes|hours?|hrs?|h|horas?|heures?"
    r"|days?|dias|jours|weeks?|semanas|months?|meses|mois|dollars?|bucks|dolares|%|am|pm|:|\.\d|of (them|us)|de (ellos|ellas)"
    # ("the same 2 girls like 5 times": a minor, critical)
    r"|people|guys|girls|men|women|workers|personas|hombres|mujeres|trabajadores|times|x|veces|vezes|fois|trips"
    r"|rides|viajes)\b)",
]

# Knowing where it is makes a report actionable now: a venue, an address, a street.
# Writing from a phone that is not theirs, or asking not to be written to later ("escribo del cel de mi patrona",
# "this isnt my phone", "no me manden nada despues"): a conversation flag, not urgency. No reminder is sent to it.
# Someone reads the phone the person writes from, now or at times ("my roommate checks my phone", "mi esposo revisa mi
# cel", "il fouille mon portable", "ele mexe no meu celular"): nothing is sent that they should not find (the code and
# passphrase went out at filing to a phone the person had said was checked)
PHONE_CHECKED = "|".join((
    # "my manager sees my phone sometimes", "el encargado ve mi cel"
    r"\b(my|the|mi|el|la|meu|minha|o|a) (manager|boss|supervisor|encargad[oa]|jefe|jefa|patron|patrona|patrao|patroa"
    r"|chefe|gerente|husband|boyfriend|esposo|novio|marido|namorado)( \w+)? (sees|looks at|ve|mira|revisa|olha|ve) (my|mi"
    r"|meu|o meu|el|mis) (phone|cel|celular|telefono|telefone|texts|messages|mensajes|mensagens)\b",
    # someone else has the phone by day: "en el dia mi mama tiene el cel", "my mom has my phone during the day" (a girl
    # of 14's staff text, handback line and code went out in the day)
    r"\b(mi|my|minha|meu|ma|mon) (mama|mom|mother|madre|mae|mere|papa|dad|father|padre|pai|pere|tia|aunt|tio|uncle"
    r"|esposo|husband|marido|novio|boyfriend|jefe|boss|patron|patrona)( se)? (tiene|has|have|tem|a|agarra|takes|lleva"
    r"|revisa|checks|mira|looks at|fica com|se queda con|keeps) (el|my|mi|o|meu|mon|le|the) (cel|phone|celular"
    r"|telefono|telefone|portable)\b",
    # "des fois elle prend mon cell", "mon chum regarde mes textos" (a reminder went to a nanny's phone)
    r"\b(il|elle|ils|elles|y|mon \w+|ma \w+|la madame|le boss|la patronne|le patron)( \w+)? (prend|prennent|regarde"
    r"|regardent|fouille|fouillent|check|checke|checkent|lit|lisent) (mon|mes|le|les) (cell|cellulaire|tel|telephone"
    r"|portable|messages|textos|texto)\b",
    # "dont text back. he is checking phones tonight" (staff texted her)
    r"\b(he|she|they|boss|pimp|husband|boyfriend)( is| are|'s|'re)? (checks?|checking|goes through|going through|looks"
    r" through|looking through|takes|taking) (phones|cells|everyone'?s phones?)\b",
    r"\b(he|she|they|someone|somebody|people|my \w+|the \w+|his \w+|her \w+|boss|husband|boyfriend|bf|pimp|aunt|uncle"
    r"|mom|supervisor|manager|owner|madam)( (always|sometimes|usually|still|often"
    r"|constantly|randomly|might|could|will|can|may|does|do|would|is|are|keeps|likes to|tends to|was|were|just"
    r"|has been|had been))* (checks?|checking"
    r"|reads?|reading|looks? (through|at|in)|looking (through|at|in)|goes? through|going through|went through|monitors?"
    r"|monitoring|snoops? (through|in|on)|watches|tracks?) (all |every one of |each of )?(my|our|the|their) (phones?"
    r"|cells?|texts|messages|msgs|dms"
    r"|whatsapp|chats?)\b|\b(he|she|they) checks? it\b",
    # (not someone else's: "la señora le revisa el telefono" to a cousin; the one writing was told to delete the chat)
    r"(?<!\ble )(?<!\bles )(?<!\bla )(?<!\blo )\b(revisa|revisan|checa|checan|esculca|esculcan|ve|ven|mira|miran|lee"
    r"|leen|agarra|agarran|busca en|husmea) (mi|mis|el|los|nuestros) (cel|cels|celular|celulares|telefono|telefonos"
    r"|mensajes|whats|whatsapp|chats?)\b"
    r"(?! (de ella|de el|de mi prima|de mi hermana|de mi amiga|de la muchacha|de las muchachas|de ellas|de ellos))",
    r"\b(me|nos|les) (revisa|revisan|checa|checan|esculca|esculcan|lee|leen) (el|los|mi|mis|sus) (cel|celular|celulares"
    r"|cels|telefono|telefonos|mensajes)\b",
    r"\b(he|she|they|my \w+|the \w+) (can|could|might|will|may) (take|grab|check|look at|go through) (my|our) (phone|cell)\b",
    # used by someone: "la señora usa mi telefono a veces", "he uses my phone", "ela usa o meu celular"
    r"\b(usa|agarra|toma|ocupa|uses|takes|borrows|usa o|pega o) (mi|my|meu|o meu) (telefono|cel|celular|phone|cell"
    r"|telefone|telemovel)\b|\butilise mon (telephone|portable)\b",
    # seen elsewhere: "my texts show up on the family ipad", "mis mensajes salen en la tableta de la casa"
    r"\b(texts|messages|msgs|mensajes|mensagens) (show up|appear|pop up|come up|sync|salen|aparecen|aparecem) (on|en|no"
    r"|na) (the|a|el|la|o|our|my|nuestra|mi)? ?(family |shared |home )?(ipad|tablet|tableta|computer|computadora|pc"
    r"|laptop|tablette|ordinateur)\b",
    r"\b(fouille|fouillent|regarde|regardent|lit|lisent|verifie|verifient|check|checke) (mon|mes|le|les|nos|notre)"
    r" (telephones?|portables?|tel|phones?|messages|textos|sms)\b",
    # not this number, as he may take it: "esse aqui nao pq ele pode pegar" (the code was sent to it)
    r"\b(nao|no|not|pas)\b[^.!?]{0,25}\b(pq|porque|because|cause|cuz|bc|parce qu'?|car) (ele|ela|he|she|el|ella|il"
    r"|elle) (pode|puede|can|could|might|peut|va|vai) (pegar|agarrar|take|grab|ver|see|check|revisar|mexer|prendre"
    r"|regarder|fouiller)\b",
    r"\b(mexe|mexem|olha|olham|le|leem|ve|veem|fuca|fucam|confere|conferem) (no |o |os |nas |as |meu |minhas |meus )?"
    r"(meu |minhas |meus )?(celular|cel|telefone|mensagens|zap|whats|conversas)\b(?! (dela|dele|delas|deles|da minha"
    r" prima|da minha irma|da menina))",
    # found out by the one in control ("he just texted me he knows i talked to someone"): this phone is not safe to text
    *CATEGORIES["phone_read"]["patterns"][:3],
))
NOT_OWN_PHONE = "|".join((
    r"\b(this|it)( is not|'s not|s not| isn'?t| isnt) my (phone|cell|tablet)\b", r"\b(this|the) (phone|cell|tablet) (is not|isn'?t|isnt) mine\b",
    # ("ig handle on his phone case", "he is always on his phone": his, not the one writing)
    r"\b(using|(i'?m|im|i am|i'?m writing|i'?m texting|writing|texting) on|texting from|writing from) (my |a |his |her"
    r" |the |this )?(friend'?s|boss'?s|someone'?s|someone else'?s|borrowed|his|her|their|the girl'?s|a coworker'?s"
    r"|\w+'s)"
    r"( \w+)? (phone|cell|tablet)\b(?! (case|cover|screen|number|contacts|background|wallpaper|bill|plan))",
    r"\bborrowed (a |this |the |someone'?s )?(phone|cell)\b",
    # "i dont have my own phone", "no tengo celular propio", "este es el de la señora"
    r"\b(i )?(don'?t|dont|do not) (have|got) my own (phone|cell)\b", r"\bno tengo (cel|celular|telefono) propio\b",
    r"\bnao tenho (celular|telefone) proprio\b", r"\b(este|esse) (es|e) (el|o) (cel |celular |telefono |telefone )?de"
    r" (la|mi|el|a|minha|meu|o) \w+\b",
    r"\b(don'?t|do not|dont|pls dont|please dont) (text|message|call|write to) (me|this number)( back)? (later|after|again)",
    r"\b(este|el) (cel|celular|telefono) no es mio\b", r"\b(escribo|estoy escribiendo|te escribo|les escribo) (del|desde el)"
    r" (cel|celular|telefono) de\b", r"\b(cel|celular|telefono) prestado\b", r"\bme prestaron (el|este|un) (cel|celular"
    r"|telefono)\b", r"\bno me (manden|mandes|escriban|escribas|contesten|contestes|llamen) (nada )?(despues|luego|mas tarde)\b",
    r"\b(esse|este|o) (celular|cel|telefone) nao e meu\b", r"\b(to|estou) (usando|no|escrevendo do|escrevendo no) (o )?"
    r"(celular|cel|tablet|telefone) d[aoe]\b", r"\b(celular|cel) emprestado\b",
    r"\bnao me (mandem|manda|mande|liguem) (nada )?(depois|mais tarde)\b",
    r"\bes el (cel|celular|telefono) de (mi|la|el|una|un|su)\b", r"\b(cel|celular|telefono) (es|esta) prestado\b",
    r"\bno me (contesten|contestes|escriban|escribas|llamen) (a|en|por) este (numero|cel)\b",
    r"\b(celular|cel|telefone) emprestado\b", r"\bnao (manda|mande|mandem) mensage\w* (depois|mais tarde|pra esse"
    r"|para esse|nesse)\b", r"\b(e|eh) o (celular|cel|telefone) d[ao] (meu|minha|patrao|patroa|chefe|dono|dona)\b",
    r"\bce (telephone|portable) n'est pas (a moi|le mien)\b",
    # "este cel es del patron", "this is my boss's phone", "no me llamen aqui" (the reference code was sent to it)
    r"\b(este|el|ese) (cel|celular|telefono) es (del|de la|de mi|de el|de los) \w+",
    r"\b(this|it) is (my )?(boss|bosses|boss'?s|pimp'?s|owner'?s|husband'?s|aunt'?s|uncle'?s|employer'?s|madam'?s)"
    r" (phone|cell)\b", r"\bno me llamen (aqui|a este numero|a este cel)\b",
    # "2 but dont text this number its my friends phone" (the number was filed as her contact)
    r"\b(it'?s|its|it is|this is) (my )?(friends|friend'?s|sisters|sister'?s|moms|mom'?s|cousins|cousin'?s|neighbors"
    r"|neighbor'?s|coworkers|coworker'?s|roommates|roommate'?s) (phone|cell|tablet)\b",
    r"\b(don'?t|dont|do not|pls dont|please dont) (text|call|message|msg) (me )?(on |at )?this (number|phone)\b",
    # "he has my ID and my phone is his phone basically" (the report's code and passphrase were texted to it)
    r"\bmy (phone|cell) is (really |basically |actually )?(his|hers|theirs|his phone|her phone|their phone|the boss'?s?"
    r"( phone)?)\b|\b(he|she|they|the boss|my boss) (pays for|controls|owns|gave me) (my|this) (phone|cell)\b"))

LOCATION_PATTERNS = [
    r"\b\d{1,5} [a-z0-9 .]{2,40} (st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|hwy|highway|way)\b",
    r"\b(motel|hotel|farm|ranch|salon|spa|massage|restaurant|cantina|bar|club|truck stop|apartment|factory)\b",
    r"\b(calle|avenida|colonia|rancho|finca|hotel|motel|restaurante|cantina|fabrica|maquila|rue|rua|fazenda)\b",
]
