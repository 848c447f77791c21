"""What extract.py looks for, in English, Spanish, French and Portuguese: the cues of each HTCDS means of control,
of each type of exploitation, kinds of work and places, numbers and ages, and the short answers the bot's questions
get. Patterns match the text as extract.prepare() leaves it: lower case, no accents, SMS spellings spelled out, one
space between tokens, "." and "," as clause marks. <NAME> in a pattern is replaced by PARTS[NAME].

A negation just before a cue cancels it (extract.py does that); a negation that is the cue ("they don't pay us",
"no nos dejan salir") is written into the pattern. Look-alikes that must not count are listed beside the cues.
Written by the project for review by native speakers; additions welcome with a test in tests/unit/test_extract.py."""
from __future__ import annotations

from webhooks.triage.lexicon import CATEGORIES
from webhooks.triage.lexicon import FAMILYS_CHILDREN as _FAMILYS_CHILDREN
from webhooks.triage.lexicon import LOOKS_YOUNG as _TRIAGE_LOOKS_YOUNG
from webhooks.triage.lexicon import NO_MINORS as _TRIAGE_NO_MINORS

SMS = {
    None: dict(w.split("=") for w in """u=you ur=your pls=please plz=please plis=please ppl=people bc=because
        cuz=because coz=because bcuz=because becuz=because abt=about idk=i_don't_know dont=don't cant=can't
        wont=won't didnt=didn't doesnt=doesn't dosent=doesn't isnt=isn't arent=aren't wasnt=wasn't
        werent=weren't havent=haven't hasnt=hasn't couldnt=couldn't wouldnt=wouldn't aint=ain't im=i'm ive=i've
        theyre=they're thats=that's shes=she's gurl=girl gurls=girls grls=girls yrs=years yr=year hrs=hours
        hr=hour wk=week wks=weeks sum1=someone some1=someone smone=someone noone=nobody no1=nobody evry=every
        everyday=every_day evryday=every_day nite=night 2nite=tonight tonite=tonight 2day=today b4=before
        thru=through xq=porque xk=porque porq=porque xfa=por_favor porfa=por_favor xfavor=por_favor aki=aqui
        kiero=quiero kien=quien vc=voce vcs=voces naum=nao nau=nao hj=hoje cmg=comigo ngm=ninguem
        jsuis=je_suis chuis=je_suis chui=je_suis jsui=je_suis jsais=je_sais jsai=je_sais jsp=je_sais_pas
        chaipa=je_sais_pas chepa=je_sais_pas jpeux=je_peux bcp=beaucoup qqn=quelqu'un qqun=quelqu'un
        kelkun=quelqu'un tjrs=toujours tjs=toujours mtn=maintenant mnt=maintenant jai=j'ai rn=right_now
        atm=at_the_moment mths=months mth=month tmrw=tomorrow thx=thanks thnx=thanks thnks=thanks plzz=please
        plss=please pfvr=por_favor grcs=gracias vlw=valeu vlws=valeu""".split()),
    "en": {"n": "and", "r": "are", "ya": "you"},
    "es": dict(w.split("=") for w in """q=que k=que ke=que qe=que x=por d=de dl=del pa=para pal=para_el
        toy=estoy stoy=estoy tamos=estamos ta=esta sta=esta tas=estas c=se ns=no_se nc=no_se nd=nada nda=nada
        bn=bien dnd=donde cdo=cuando xa=para tb=tambien tmb=tambien msj=mensaje hno=hermano hna=hermana oy=hoy
        aora=ahora u=u""".split()),
    "fr": dict(w.split("=") for w in """c=c'est g=j'ai pa=pas ya=il_y_a ns=nous vs=vous ds=dans pr=pour
        pcq=parce_que pk=pourquoi pq=pourquoi mm=meme dc=donc tt=tout ts=tous ki=qui koi=quoi k=que ke=que
        ct=c'etait""".split()),
    "pt": dict(w.split("=") for w in """q=que k=que oq=o_que n=nao to=estou ta=esta pq=porque pk=porque
        tb=tambem tbm=tambem mt=muito mto=muito mta=muita td=tudo tds=todos msm=mesmo eh=e dps=depois
        agr=agora qnd=quando qdo=quando c=com nd=nada""".split()),
}
# Key words a typo often hides: a token one edit away (same first letter, 7+ letters) reads as the word.
VOCAB = frozenset("""passport passports pasaporte pasaportes passeport passeports passaporte passaportes documents
    documentos immigration inmigracion migracion imigracao threaten threatens threatened threatening amenaza
    amenazas amenazan amenazo amenazaron prostitution prostitucion prostituicao prostitute prostituta
    prostitutas promised promises prometieron prometeram prometio massage masajes massagem construction
    construccion restaurant restaurante factory encerrada encerradas encerrados kidnapped secuestrada
    secuestrado identification paycheck hospital medicine medicina deported deportar deportation
    trafficking trafficker traficante sexually quitaron golpean golpearon espancam insultan insults
    humiliates salario salaire locked""".split())
NOT_TYPOS = frozenset("""message messages factors reported reporter reporting treated policy polite passing
    promote promoted document""".split())

PARTS = {
    "OBJ": r"(me|us|her|him|them|everyone|everybody|people|anyone|whoever|the (girls|women|workers|kids|children"
           r"|boys|men|guys|ladies)|my \w+|our \w+)",
    "POSS": r"(my|our|her|his|their|the|your|everyone's|everybody's|people's|all (my|our|her|his|their|the))",
    "DOCS": r"(pa(s|ss)(a|e)?ports?e?s?|ids?|i d|identifications?|identificacion(es)?|identidade|documents?"
            r"|documentos?|documentacion|docs|papers|papeles|papiers|papeis|visas?|vistos?|green ?cards?|micas?"
            r"|work permits?|permisos?( de trabajo)?|birth certificates?|actas?( de nacimiento)?|id cards?"
            r"|licen[cs]es?|licencias?|cedulas?|ine|credencial(es)?( de elector| del ine)?|rg|cpf"
            r"|carteira( de (trabalho|identidade))?|titres? de sejour"
            r"|cartes? d'identite|cartes? de sejour|pieces d'identite|social security( cards?)?"
            # a crew's papers at sea: "the captain holds our seaman books" (the tip was sent to the Dept. of Labor)
            r"|seam[ae]n'?s? books?|seafarers?'? (books?|ids?|papers)|discharge books?|sea ?books?|libretas? de mar"
            r"|cedulas? de marinero|cadernetas? de marinheiro|livrets? de marin)",
    "CL": r"(me|nos|le|les|la|las|lo|los|te|se)",
    "CLPT": r"(me|nos|te|o|a|os|as|lhe|lhes)",
    "CLFR": r"(m'|t'|l'|nous |vous |lui |leur |les |la |le |me |te )",
    "OBJPT": r"(a gente |ela |ele |elas |eles |voce |todo mundo |as meninas |os trabalhadores )?",
    "DETES": r"(el|la|los|las|mi|mis|su|sus|nuestro|nuestra|nuestros|nuestras|tu|tus|todo el|toda la|todos los"
             r"|todas las)",
    "DETFR": r"(mon |ma |mes |notre |nos |son |sa |ses |leur |leurs |le |la |les |l'|tout l'|tout le |tous les )",
    "DETPT": r"(o|a|os|as|meu|minha|meus|minhas|seu|sua|seus|suas|nosso|nossa|nossos|nossas|todo o|toda a"
             r"|o meu|a minha|os meus|as minhas|o seu|a sua|os seus|o nosso|a nossa|os nossos)",
    "NEG": r"(don't|doesn't|didn't|won't|wouldn't|do not|does not|did not|will not|would not|never|barely|hardly"
           r"|refuse to|refuses to|refused to)",
    "MONEY": r"(pay|paychecks?|salary|salaries|wages?|earnings|money|tips|cash|checks?)",
    "WAGES": r"(pay|wages?|salary|weeks|months|paychecks?|overtime|semanas|meses|dias|quincenas|pago|sueldo|salario"
             r"|horas|horas extras|raya)",
    "NOWAGES": r"(?!( \w+){0,4} (pay|wages?|salary|weeks|months|paychecks?|overtime)\b)",
    "MONEYES": r"(dinero|sueldo|salario|pago|paga|cheques?|checks?|propinas|lana|ganancias|plata|feria|raya)",
    "MONEYFR": r"(argent|salaire|salaires|paie|paye|pourboires|gains|cash|fric|thune)",
    "MONEYPT": r"(dinheiro|salario|pagamento|gorjetas|ganhos)",
    "NOHIT": r"(?<!\bwill )(?<!'ll )(?<!\bto )(?<!\bgonna )(?<!\bwould )(?<!sexually )",
    "SUBJ": r"(he|she|they|they'?ll|s?he'll|boss|owner|manager|pimp|patron|someone|somebody|\w+ boss|the \w+)",
    "DRUGS": r"(drugs?|meth|cocaine|coke|crack|heroin|pills|fentanyl|alcohol|liquor|weed|molly|ecstasy|xanax"
             r"|opioids?|drogas?|cocaina|coca|cristal|perico|pastillas|mota|heroina|chochos|drogue|drogues|alcool"
             r"|cachets|pilules|maconha|remedios?|comprimidos|cachaca|pinga)",
    "LAW": r"(immigration|ice|la migra|migra|migracion|inmigracion|border patrol|police|cops?|the feds|feds|fbi"
           r"|authorities|sheriff|la policia|policia|la patrulla|patrulla)",
    "KIDS": r"(kids?|children|child|sons?|daughters?|babies|baby|little ones)",
    "HOURS": r"(1[2-9]|2[0-4]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|doce"
             r"|trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte|douze|treize|quatorze|quinze"
             r"|seize|dix sept|dix huit|dix neuf|vingt|doze|treze|catorze|dezesseis|dezasseis|dezessete|dezoito"
             r"|dezenove|vinte)",
}

MEANS: dict[str, tuple[str, ...]] = {
    "WithholdsDocuments": (
        # "le patron a nos passeports", "il a tous leurs papiers" (nothing was read)
        r"\b(il|elle|ils|elles|patron|patronne|boss|chef|mec|type) (a|ont|avait|avaient|garde|gardent) (tous |toutes )?"
        r"(nos|leurs|mes|vos|les) (\w+ )?<DOCS>\b",
        r"\b(patron|patronne|boss|chef|proprio|proprietaire|mac|maquereau) (a|avait|garde|gardait) (son|sa|ses) (\w+ )?"
        r"<DOCS>\b",  # "le patron a son passeport" ("elle a son passeport" is hers)
        # "elle a plus son passeport, c est la patronne qui l a" (nothing was read)
        r"\b<DOCS>\b[^.!?]{0,40}\bc'est (le|la) (patron|patronne|chef|boss|proprio|proprietaire|mec|type"
        r"|dame|femme|monsieur) qui (l'a|les a|les garde|le garde|la garde)\b",
        r"(?<!\bi )(?<!\bwe )\b(took|take|takes|taking|taken|keep|keeps|kept|keeping|hold|holds|held|holding"
        r"|confiscat\w*|stole|steal|steals|stolen|hid|hide|hides|hidden|lock(s|ed)? up|grabbed|snatched)"
        r"( away| all)? <POSS>( \w+)? <DOCS>\b",
        r"\b<SUBJ> (has|have|had|got|is holding|are holding) <POSS>( \w+)? <DOCS>\b",
        # "hes got my ID card in the safe" (a restaurant worker was sent to the Department of Labor twice)
        r"\b(he'?s|hes|she'?s|shes|they'?ve|theyve|they'?re|theyre)( still| even)? (got|holding|keeping|hiding)"
        r" <POSS>( \w+)? <DOCS>\b",
        r"\b<DOCS> (were|was|got|are|is|have been|has been) (taken|confiscated|stolen|kept|held|hidden|locked up"
        r"|withheld)",
        r"\b<NEG> (let|give|gives|gave) (me|us|her|him|them)( \w+)? (have |keep |see |back )?<POSS>( \w+)? <DOCS>",
        r"\bwithh(o|e)ld(s|ing)? <POSS>( \w+)? <DOCS>",
        # the papers named second: "they took her phone and her birth certificate"
        r"(?<!\bi )(?<!\bwe )\b(took|take|takes|taken|keep|keeps|kept|hold|holds|held|confiscat\w*|stole|hid|hide"
        r"|hides|grabbed)( away| all)? <POSS>( \w+){1,2},? and <POSS>( \w+)? <DOCS>\b",
        # es
        r"\b(<CL> )?(quit\w*|cogi\w*|coge|cogen|recogi\w*|recogen|retien\w*|retuv\w*|guarda|guardan|guardo|guardaron"
        r"|guardaba|guardaban|tiene|tienen|tenia|tenian|agarr\w*|robo|robaron|roba|roban|confisc\w*|decomis\w*|escond\w*"
        r"|qued\w* con|se llev\w*|arrebat\w*)( todos| todas)? <DETES>( \w+)? <DOCS>\b",
        r"\b(no|nunca) (<CL> )?(da|dan|dio|dieron|devuelv\w*|devolvi\w*|regres\w*|entreg\w*|quiere(n)? (dar|devolver"
        r"|regresar|entregar))( \w+)? <DETES>( \w+)? <DOCS>",
        r"\b<DOCS> (los|las|lo|la) (tiene|tienen|guarda|guardan)\b",
        # "mi identificacion, el dueño dijo q me la guarda"
        r"\b<DOCS>\b[^.]{0,60}\b(me|le|nos|les) (la|lo|las|los) (guarda|guardan|tiene|tienen|quito|quitaron)\b",
        r"\b(me|le|nos|les) (la|lo|las|los) (guarda|guardan|tiene|tienen|quito|quitaron)\b[^.]{0,40}\b<DOCS>\b",
        # fr
        r"(?<!\bje )\b(pris|prend|prennent|prenait|confisqu\w*|garde|gardent|gardait|gardaient|retient|retiennent"
        r"|retenu|vole|volent|cache|cachent|saisi)( tous| toutes)? <DETFR>(\w+ )?<DOCS>\b",
        r"\b(rend|rendent|redonne|redonnent|donne|donnent)( \w+)? pas <DETFR>(\w+ )?<DOCS>",
        r"\b<DOCS> (confisque\w*|pris|retenus?)\b",
        # pt
        r"\b(<CLPT> )?(peg\w*|tom(ou|aram|a|am|ava|avam)|tir(ou|aram|a|am)|fic(ou|aram|a|am) com|guard(ou|aram|a|am)"
        r"|segur(a|am|ou|aram|ava|avam)"  # "o patrão segura meu passaporte"
        r"|ret(em|eve|iveram|inha)|confisc\w*|escond\w*|(esta|estao) com|tem)( todos| todas)? <DETPT>( \w+)? <DOCS>\b",
        r"\bnao (<CLPT> )?(devolv\w*|d(a|ao|eu|eram)|entreg\w*|quer(em)? devolver)( \w+)? <DETPT>( \w+)? <DOCS>",
    ),
    "DebtBondage": (
        # "q le debe el pasaje", "pagar aluguel e a passagem", "rester pour payer les papiers", "they get charged for
        # the trailer" (each was missed)
        r"\b(debo|debe|debemos|deben|debia|debian) (el|la) (pasaje|pasada|cruce|viaje|traida)\b",
        # the one who brought them charges for it, out of their pay: "o cara que trouxe a gente do Brasil cobra 15 mil
        # reais de cada um e desconta tudo do salario" (it got "a problem at work rather than trafficking")
        r"\b(brought|trouxe|trouxeram|trajo|trajeron|nos paso|amene|amenes|fait venir)\b[^.!?]{0,60}\b(charges?"
        r"|charged|cobra|cobran|cobrou|cobraron|cobro|fait payer|demande|exige)\b[^.!?]{0,20}(\$ ?\d|\d+ ?(k|mil"
        r"|thousand|grand|reais|dolares|dollars|pesos|euros|quetzales|lempiras)\b|\b(each|cada|chacun|todos|everyone)\b)",
        r"\b(charges?|charged|cobra|cobran|cobrou|cobraron|cobro)\b[^.!?]{0,50}\b(takes? it|desconta|descontam"
        r"|descuenta|descuentan|tira|out of|from) (from |out of |del |do |de )?(our|my|their|his|her|the|nuestro|su|mi"
        r"|o|seu|nosso|tudo do|todo del)? ?(pay|wages?|salary|check|paycheck|sueldo|salario|cheque|pago|paga"
        r"|salaire)\b",
        r"\bpagar\b[^.]{0,25}\b(a passagem|a viagem|o coiote|a divida)\b",
        r"\b(payer|rembourser) (les|ses|mes|nos|leurs) (papiers|documents|visas?|billets?)\b",
        r"\b(get|gets|got|are|were|is|was|being) charged (for|\d+|a lot)\b",
        r"\b(i|we|she|he|they|you) (still )?(owe|owes|owed)\b(?! (nothing|nobody|anything))<NOWAGES>",
        r"\bowe (them|him|her|the \w+|money|a lot|\d+)<NOWAGES>",
        # ("she cant stop working until she pays back the ride here" was missed)
        r"\bdebts?\b", r"\b(pay|pays|paying|paid) (off|back) (the|a|my|our|her|his|their)( \w+)? (debt|loan|trip|fee"
        r"|fees|smuggl\w*|coyote|transport\w*|travel|ride|crossing)", r"\bwork(ing|s)? (it )?off\b",
        r"\bpay (it|that) (off|back)\b",
        r"\bwork(ing|s)? to pay (it|him|her|them|the \w+)( \w+)? (off|back)\b",
        r"\bpay (him|her|them|the \w+) back\b",
        # "to pay back the guy who brought him here"
        r"\b(pay|pays|paying) back (the|a|his|her|their|my|our) (\w+ )?(guy|man|woman|coyote|smuggler|boss|person"
        r"|people|lady|debt|loan|trip|ride|fee|fees)\b",
        r"\bcharg(e|es|ed|ing) (me|us|her|him|them|everyone) (a |an )?(for|fee|\d+)", r"\bsmuggl\w* fees?\b",
        # es
        r"\bdeudas?\b", r"\bendeudad\w*", r"\b(debo|debe|debemos|deben|debia|debian|debiamos)( \w+)? (dinero|lana"
        r"|plata|feria|mucho|miles|\d+|la deuda|el viaje|al patron|al jefe|al coyote|a el|a ella|a ellos"
        r"|todavia)\b(?!( \w+){0,2} <WAGES>\b)",
        r"\b(dice|dicen|dijo|dijeron) (que|q) (le |les |me |nos |te |se lo |se la )?(debo|debe|debemos|deben)\b",
        r"\bpagar (el|la|lo del?|su|nuestro|mi)( \w+)? (viaje|deuda|coyote|pasaje|cruce|traslado|transporte)\b",
        r"\b(nos|les|me|le) cobra(n|ron|ba|ban)?( \w+){0,3} (el|la|por|por el|por la)( \w+)? (viaje|pasaje|cruce"
        r"|comida|renta|cuarto|transporte)\b", r"\btrabajar para pagar(lo|la|le|les)?\b",
        # "nos cobra renta y comida y nunca alcanza": the employer charges for the room and the food
        r"\b(nos|les|me|le) (cobra|cobran|cobraba|cobraban) (la |el )?(renta|comida|cuarto"
        r"|hospedaje|alojamiento)\b",
        # fr
        r"\bdettes?\b", r"\bendett\w*", r"\b(je|on|nous|elle|il|ils|elles) (lui |leur )?(dois|doit|devons|doivent"
        r"|devais|devait|devaient) (tout )?(de l'argent|\d+|rembourser|payer|beaucoup)",
        r"\brembours\w* (le|la|les|son|sa|ses|leur|mon|ma|notre)( \w+)? (voyage|passeur|billet|transport|dette)",
        # pt
        r"\bdividas?\b", r"\bendividad\w*", r"\b(devo|deve|devemos|devem|devia|deviam)( \w+)? (dinheiro|\d+|muito"
        r"|ao patrao|a ele|pra ele|para ele|a passagem|a viagem)\b",
        r"\bpagar (a|o)( \w+)? (passagem|viagem|divida|coiote|transporte)\b",
        # "a gente ta devendo a passagem e o aluguel", "to devendo a passagem e as roupa" (nothing was read)
        r"\b(ta|to|tô|tá|esta|estou|estamos|tamo|tao|estao|fica|ficou|ficamos) devendo\b(?! (nada|favor|um favor"
        r"|desculpas?)\b)",
        # "me cobraron 3 mil de fee… todavia les debo"
        r"\b(cobr\w*|charg\w*) (\w+ ){0,3}(de )?(fee|fees|cuota)\b",
        r"\btodavia (les |le |te )?(debo|debe|debemos|deben)\b",
        r"\b(les|le) (debo|debemos)\b(?! (una disculpa|un favor|la vida|mucho carino))",
    ),
    "TakesEarnings": (
        r"(?<!\bi )(?<!\bwe )\b(take|takes|took|taking|taken|keep|keeps|kept|keeping|steal|steals|stole|stealing"
        r"|confiscat\w*|withh(o|e)ld\w*|hold|holds|holding|pocket|pockets|pocketed)( all| most| half| part| some)?"
        r"( of)? <POSS>( \w+)? <MONEY>\b",
        # "the money they take 200 every week", "le quitan 100 cada semana"
        r"\b(take|takes|took|keep|keeps|kept|charge|charges|quitan|quita|cobran|cobra|descuentan|descuenta|tiram|tira"
        r"|cobram|cobra)( \w+)? (like |about |around |como |unos )?\$?\d{2,5}( dollars| bucks| pesos| dolares| reais)?"
        r" (every|each|a|per|cada|por|a la|al|por semana|toda) ?(week|month|paycheck|check|semana|mes|quincena|semaine"
        r"|mois)?\b",
        r"\b<NEG> (pay|pays|paid|give|gives|gave) (me|us|her|him|them|anyone|anybody|the (girls|women|workers|kids"
        r"|men|guys))\b(?! (back|on time|early))",
        r"\b<NEG> (get |gets |got |been |being |getting )*paid\b"
        r"(?! (on time|overtime|for (the )?overtime|enough|much|well|right))",
        r"\b(haven't|hasn't|weren't|wasn't|aren't|isn't|not)"
        r" (been |being |getting )?paid\b", r"\bwithout (pay|payment|being paid|wages|a paycheck)\b", r"\bunpaid\b",
        r"\b(work|working|works|worked)( \w+){0,4} for (free|nothing)\b", r"\bno (pay|paycheck|wages|salary)\b",
        # paid less than agreed: "pagam metade do combinado", "800$ par mois au lieu de ce qui est sur le contrat",
        # "nos pagan menos de lo acordado" (nothing was read, for the main complaint): part of the pay kept back, a
        # wage sign (a free worker's wage claim stays a work problem)
        r"\b(metade|a metade|la mitad|half|la moitie|menos|less|moins)( \w+)? (do|de lo|del|of what|than what|than"
        r"|que ce qui|de ce qui|do que) ?(combinado|acordado|prometido|prometieron|promised|agreed|contrat|contract"
        r"|contrato|est (sur|dans) le contrat|dice el contrato|diz o contrato|they (promised|agreed|said))\b",
        r"\bau lieu de ce qui (est|etait) (sur|dans|ecrit dans) le contrat\b",
        r"\binstead of (what|the) (was |they )?(promised|agreed|in the contract|contract says)\b",
        r"\ben vez de lo que (dice|decia) el contrato\b|\bem vez do que (diz|dizia) o contrato\b",
        # "il manque le salaire", "falta parte del sueldo": part of the pay kept back
        r"\bil (manque|me manque) (le |mon |du |une partie (du|de mon) )?(salaire|paie|paye)\b",
        r"\b(falta|faltan|me falta) (parte del |el |mi |parte do |o |meu )?(sueldo|salario|pago)\b",
        # "makes me see guys for money and keeps everything"
        r"\bfor (money|cash)\b[^.]{0,40}\b(he|she|they|and)? ?(keeps|takes|took|kept|keeping|taking) (it all|all of it"
        r"|everything|all the money|all)\b",
        r"\b(money|pay|earnings|paychecks?) (goes|go|went) (straight )?to (him|her|them|the \w+)\b",
        r"\b(give|gives|hand|hands|turn|turns) (over )?((him|her|them|the \w+) )?(over )?(all|everything)( of)?"
        r"( the| our| my| her| their)? (money|earnings|tips|pay|cash|we (make|earn))",
        r"\b(deducts?|deducted|takes? out) (everything|all|most|half|rent|food|the rent)\b",
        # "pays me 100 a week and says the rest is for food and room", "the owner pays them nothing"
        r"\bthe rest (is|goes|went) (for|to) (the )?(food|room|rent|housing|the room|him|her|them|the debt)\b",
        r"\b(pay|pays|paid|paying) (me|us|her|him|them|the \w+) (nothing|almost nothing|next to nothing)\b",
        r"\bdescont(a|am|ou|aram|ava|avam)( \w+){0,2} (do|o|nosso|meu|seu|dos|da) (salario|pagamento)",  # pt
        r"\bowes? (me|us|her|him|them|the (girls|women|workers)) (\w+ ){0,3}<WAGES>\b",
        r"\b(me|nos|le|les) (debe|deben|debia|debian) (\w+ ){0,3}<WAGES>\b",
        # es
        r"\b(no|nunca|jamas) (<CL> )?(paga|pagan|pago|pagaron|pagaba|pagaban|ha pagado|han pagado|quiere pagar"
        r"|quieren pagar|da dinero|dan dinero|dan (ni )?un (peso|centavo|dolar)|dan nada)\b",
        r"\b(se )?qued\w* con (<DETES> |todo |toda )?(\w+ )?<MONEYES>\b",
        r"\b(quit\w*|roba|roban|robo|robaron|retien\w*|retuv\w*|agarr\w*|toma|toman|tomo|tomaron|descuent\w*)"
        r"( todo| toda| la mitad| parte)?( de| del)? (<DETES> |todo |la mitad del? |parte del? )(\w+ )?<MONEYES>\b",
        # "no me a pagado nada" (ha, as often written), "nos paga cuando quiere"
        r"\b(no|nunca) (<CL> )?(a|an) pagado\b",
        r"\b<CL> (paga|pagan) cuando (quiere|quieren|le da la gana|se le antoja)\b",
        r"\b(me|nos|le|les) (descuenta|descuentan|quita|quitan) (casi )?(todo|toda|la mitad|mas de la mitad)\b",
        r"\bsin (sueldo|salario|pago|paga|cobrar)\b", r"\btrabaj\w* (gratis|de gratis)\b",
        r"\b(tenemos|tienen|tiene|tengo) que (dar|entregar)(le|les)?( \w+)? (todo|toda|el|la|nuestro|nuestra)"
        r"( \w+)? (dinero|ganancias|propinas|pago|lana)\b",
        # fr
        r"\b(prend|prennent|pris|garde|gardent|gardait|confisqu\w*|vole|volent|retient|retiennent|empoch\w*)"
        r"( tout| toute| la moitie de| une partie de)? <DETFR>(\w+ )?<MONEYFR>\b",
        r"\b(garde|gardent|gardait|prend|prennent|prenait) tout (l |le |son |sa |leur |leurs |notre |mon )?<MONEYFR>\b",
        r"\b(paye|payent|paie|paient|payait|payaient) (pas|jamais|rien)\b",
        r"\b(pas|jamais|rien) (ete |etait |etions )?payee?s?\b", r"\bsans (salaire|paie|paye|etre paye\w*)\b",
        r"\btravaill\w* (gratuitement|gratos|pour rien|gratis)\b",
        r"\b(recoit|recoivent|recevait|recevaient|touche|touchent|touchait) (pas|jamais|rien) (de |d')?(salaire|paie"
        r"|paye|argent)\b", r"\bpas de (salaire|paie|paye)\b",
        # pt
        r"\b(nao|nunca|jamais) (<CLPT> )?(paga|pagam|pagou|pagaram|pagava|pagavam|recebo|recebemos|recebe|recebem"
        r"|recebi|recebeu|receberam)\b(?! (em dia|certinho|bem|direito))",
        r"\bfic\w* com (<DETPT> )?(\w+ )?<MONEYPT>\b",
        r"\b(peg\w*|tom(a|am|ou|aram)|tir(a|am|ou|aram)|descont\w*)( todo| toda| metade do| parte do)? <DETPT>"
        r"( \w+)? <MONEYPT>\b", r"\bsem (salario|pagamento|receber)\b", r"\btrabalh\w* de graca\b",
    ),
    "RestrictsFinancialAccess": (
        r"(?<!\bi )(?<!\bwe )\b(take|takes|took|taking|taken|keep|keeps|kept|keeping|has|have|holds?|held"
        r"|control|controls|controlled|controlling)( all)? <POSS>( \w+)? (bank ?cards?|debit cards?|credit cards?"
        r"|atm cards?|bank accounts?|accounts?|cards?|pins?|checkbooks?|bank books?)\b",
        r"\b(control|controls|controlled|controlling|manages) (all )?<POSS> (money|finances|cash|bank)\b",
        r"\bcash(es|ed)? <POSS>( \w+)? (checks?|paychecks?)\b",
        r"\b(money|pay|paychecks?|wages?) (goes|go|is deposited|are deposited|gets deposited) (in|into|to)"
        r" (his|her|their) (account|bank)",
        r"\b(can't|cannot|not allowed to|aren't allowed to|isn't allowed to|<NEG> let (me|us|her|him|them))"
        r" (have|keep|touch|hold|open|use|get|carry) (a |an |any |our |my |her |their |his )?(own )?(money|cash"
        r"|bank accounts?|bank|cards?|accounts?)\b",
        # es
        r"\b(quit\w*|tiene|tienen|guarda|guardan|control\w*|manej\w*|agarr\w*|qued\w* con)( todas| todos)?"
        r" <DETES>( \w+)? (tarjetas?|cuentas?)( del banco| de banco| de debito| bancarias?)?\b",
        r"\b(control\w*|manej\w*|guarda|guardan|tiene|tienen) (todo |toda )?<DETES> (dinero|lana|plata)\b",
        r"\bno (<CL> )?(deja|dejan|dejaba|dejaban|permite|permiten) (tener|usar|tocar|agarrar|manejar|guardar|abrir"
        r"|sacar)( \w+)? (dinero|lana|plata|tarjeta|cuenta|banco)\b",
        r"\bno (podemos|puedo|pueden|puede) (tener|usar|tocar|abrir|sacar)( \w+)? (dinero|lana|plata|tarjeta"
        r"|cuenta|banco)\b", r"\bcobra(n)? (nuestros|mis|sus|los) cheques\b",
        # fr
        r"\b(pris|prend|prennent|garde|gardent|confisqu\w*)( \w+)? <DETFR>(\w+ )?(cartes? (bancaires?|bleues?)"
        r"|comptes?( bancaires?)?|carte)\b", r"\b(control\w*|gere|gerent) (tout )?<DETFR>(argent|compte)",
        r"\b(pas le droit|interdite?s?|laisse(nt)? pas|pouvons pas|peux pas|peut pas|peuvent pas)[^.,]{0,25}"
        r"(argent|compte bancaire|carte bancaire|compte en banque)\b",
        # pt
        r"\b(peg\w*|tom(a|am|ou|aram)|fic\w* com|guard\w*|control\w*)( \w+)? <DETPT>( \w+)? (cartao|cartoes|conta"
        r"|contas)( do banco| bancaria| bancarias)?\b",
        r"\bnao (<CLPT> )?(deixa|deixam|deixava|deixavam|podemos|posso|pode|podem) (ter|usar|pegar|abrir|mexer)"
        r"[^.,]{0,20}(dinheiro|cartao|conta|banco)\b",
    ),
    "Threats": (
        # a family threatened: "dicen q si no vendo me matan a mi mama en honduras" (read only after a correction)
        r"\b(me|nos|le|les|te) (matan|mata|van a matar|va a matar|lastiman|van a lastimar|hacen algo) a (mi|su|nuestra"
        r"|nuestro|tu|sus|mis) (mama|madre|familia|papa|padre|hijos?|hijas?|hermanos?|hermanas?|abuela)\b",
        r"\b(kill|hurt|harm) (my|her|his|their|our) (mom|mother|family|dad|father|kids|children|son|daughter|sister"
        r"|brother|grandma)\b",
        # put out on the street: "he says hell kick me out if i tell my mom"
        r"\b(will|'ll|gonna|going to|would|threaten\w* to|he'?ll|hell|she'?ll|they'?ll) (kick|throw) (me|us|her|him"
        r"|them) out\b",
        # a weapon shown or carried: "the crew leader has a gun", "el patrón trae pistola"
        r"(?<!\bi )(?<!\bwe )(?<!\byou )\b(has|have|had|carries|carry|carried|carrying|shows?|showed|pulls?|pulled"
        r"|waves?|waved) (us |me |them |her |him )?(a |his |her "
        r"|their )?(gun|guns|pistol|weapon|weapons|knife|rifle)\b",
        r"\b(tiene|tienen|trae|traen|carga|cargan|saca|saco|ensena|enseno) (una |un |su |sus )?(pistola|pistolas"
        r"|arma|armas|cuchillo|rifle)\b", r"\b(andan|anda|estan|esta) armados?\b",
        # someone armed kept beside them: "theres a guy with a gun watching the door", "hay un hombre armado en la
        # puerta", "tem um cara armado vigiando", "un type armé devant la porte" (no sign was read)
        r"\b(guy|guys|man|men|dude|dudes|someone|somebody|person|people|guard|guards|bouncer|boss|owner)"
        r" (with|carrying) (a |an |his |their )?(gun|guns|pistol|pistols|rifle|weapon|weapons|knife)\b"
        r"(?! (show|store|range|shop|collection|license|licence|permit|safe|case|shows))",
        r"\barmed (guy|guys|man|men|guard|guards|security|dude|dudes|people)\b",
        r"\b(hombre|hombres|tipo|tipos|senor|senores|vato|vatos|guardia|guardias|cuate|cuates) (armados?|con"
        r" (una |un )?(pistola|arma|cuchillo|rifle))\b",
        r"\b(cara|caras|homem|homens|sujeito|seguranca|segurancas|capanga|capangas) (armados?|com (uma |um )?(arma"
        r"|revolver|pistola|faca))\b",
        r"\b(homme|hommes|mec|mecs|type|types|gars|garde|gardes|vigile|vigiles) (armes?|avec (une |un )?(arme|pistolet"
        r"|flingue|couteau|fusil))\b",
        r"\b(\w+'ll|will|would|going to|gonna|threatens? to|threatened to) (hurt|kill|harm|beat up|find|hunt|shoot"
        r"|stab|disappear|burn) (me|us|her|him|them|my|our|his|their|your|you|everyone|the \w+)\b",
        r"\bor else\b", r"\bsomething (bad )?(will|would|is going to|could|might) happen to\b",
        r"\b(kill|hurt|harm) (my|our|her|his|their) (family|families|mom|mother|parents|relatives)\b",
        r"\bknows? where (my|our|her|his|their) (family|families|parents|mom|mother|relatives) (live|lives|is|are)",
        r"\bintimidat\w*", r"\b(will|'ll|would|gonna|going to|threatens? to|threatened to) (send|show|post|share)"
        r" (\w+ ){0,3}(pictures|photos|videos|them|it) (to|online)\b",
        # pictures held over someone ("he says hell post my pics if i stop")
        r"\b(will|'ll|hell|shell|theyll|would|gonna|going to|threatens? to|threatened to) (send|show|post|share|leak)"
        r" (\w+ ){0,2}(pics|pictures|photos|nudes|videos|vids)\b",
        # es
        r"\b(<CL> )?(va|van|iba|iban|quiere|quieren) a (matar|lastimar|golpear|desaparecer|hacer dano|hacer algo)\b",
        r"\bsi (me|nos|se|la|las) (voy|vamos|van|va|escap\w*|sal\w*|habl\w*|dec\w*|denunci\w*)[^.,]{0,30}(mata"
        r"|matan|matar|lastim\w*|hacer algo|hace algo|hacen algo|hara algo|familia|hij[oa]s)\b",
        r"\b(matar|lastimar|hacer(le|les)? (algo|dano)) (a )?(mi|mis|su|sus|nuestra|nuestras|nuestros) (familia"
        r"|familias|mama|madre|papas|padres)\b", r"\bsabe(n)? donde vive(n)? (mi|su|nuestra) familia\b",
        # fr
        r"\b(va|vont|veut|veulent|allait|allaient) (me |nous |la |le |les |lui |leur |t')?(tuer|frapper"
        r"|faire du mal|blesser|faire disparaitre)\b", r"\b(tuer|faire du mal a) (ma|sa|notre|leur|nos|mes|ses)"
        r" (famille|mere|parents)\b",
        # pt
        r"\b(vai|vao|ia|iam|quer|querem) (<CLPT> )?(matar|machucar|bater|fazer mal|sumir com)\b",
        r"\b(matar|machucar|fazer mal (a|para|pra)) (a )?(minha|sua|nossa) (familia|mae)\b",
    ),
    "PsychologicalAbuse": (
        r"\binsult\w*", r"\bhumil(i|l|h)\w*", r"\bcall(s|ed|ing)? (me|us|her|him|them) (names|stupid|dumb|ugly"
        r"|whores?|sluts?|bitch\w*|animals?|dogs?|slaves?|worthless|useless|trash|garbage|idiots?)\b",
        r"\b(yell|yells|yelled|yelling|scream|screams|screamed|screaming|shout|shouts|shouted|shouting|cuss\w*"
        r"|curs(e|es|ed|ing)) at (me|us|her|him|them|everyone|the \w+)\b",
        r"\b(verbal(ly)?|emotional(ly)?|psychological(ly)?|mental(ly)?) (abus\w*|torture|violence|harass\w*)",
        r"\bmanipul\w*", r"\b(degrad|belittl)\w*", r"\bmakes? fun of (me|us|her|him|them)\b",
        r"\btreat(s|ed|ing)? (me|us|her|him|them|everyone|the \w+) like (animals?|dogs?|slaves?|garbage|trash|shit"
        r"|crap|objects?|property)\b", r"\bgaslight\w*", r"\bbrainwash\w*",
        # es
        r"\bgrit(a|an|o|aron|aba|aban)\b", r"\b(nos|me|la|las|les|le|lo|los) (dice|dicen|llama|llaman|decia"
        r"|decian) (\w+ )?(putas?|perras?|pendej\w*|burr[oa]s?|estupid[oa]s?|inutiles|basura|animales|idiotas?)\b",
        r"\b(nos|me|la|las|lo|los|les|le) trata(n|ba|ban)? (como|peor que) (animales|perros|esclav\w*|basura"
        r"|mierda)\b", r"\bmaltrat\w*", r"\bse burla\w*", r"\bdenigr\w*",
        r"\b(violencia|abuso|maltrato) (psicologic\w*|verbal|emocional)\b",
        # fr
        r"\b(crie|crient|criait|hurle|hurlent|hurlait) (sur|apres)\b", r"\brabaiss\w*",
        r"\b(nous|me|la|le|les|l') trait(e|ent|ait|aient) (comme|de)\b", r"\bharcel\w*(?! sexuel)",
        r"\b(violence|abus|harcelement) (psychologique|moral|verbal)\b",
        # pt
        r"\bxing(a|am|ou|aram|ava|avam)\b", r"\bgrit(a|am|ou|aram|ava|avam) com\b",
        r"\b(nos|me|a|as|os|o) trata(m|va|vam)? (como|feito) (animais|cachorros?|escrav\w*|lixo|bicho)\b",
        r"\bassedio moral\b", r"\b(violencia|abuso) (psicologic\w*|verbal|emocional)\b",
        # fear of the person in control: "they seem scared of him", "le tienen miedo al patron"
        r"\b(scared|afraid|terrified|frightened|fearful) (to death )?of (him|her|them|the (boss|owner|man|men|guy"
        r"|guys|lady|woman|manager|landlord|family|couple|driver))\b",
        r"\b(le|les|me|nos|te) tien(e|en|es|emos)( \w+)? miedo\b",
        r"\btien(e|en|es|emos) (mucho )?miedo (de|a|al) (el|ella|ellos|ellas|su|sus|mi|nuestro|patron|jefe|senor"
        r"|dueno|hombre)\b",
        r"\b(aterrad|asustad)[oa]s? (de|con) (el|ella|ellos|su|el patron|el jefe)\b",
        r"\b(ont|a|avons|ai) (tres )?peur (de lui|d'elle|d'eux|du patron|de son|de leur)\b",
        r"\b(tem|temos|tenho|tinham|tinha) (muito )?medo (dele|dela|deles|do patrao|do chefe)\b",
    ),
    "PhysicalAbuse": (
        # "ela me empurrou", "une avait un bleu sur la face", "tiene moretones" (each was missed)
        r"\b(me|te|nos|a|o) (empurrou|empurra|empurraram|bateu|bate|batem|bateram|machucou)\b"
        r"|\b(empurrou|bateu em|batendo em|batendo n)(ela|ele|mim|a gente|elas|eles)?\b",
        r"\b(s'? ?est|se sont|se fait|se font|s'? ?etait) (fait )?(battre|frapper|tabasser|cogner)\b"
        r"|\b(la face|le visage|la figure|l'?oeil|les yeux) (tout |toute |tout le |toute la )?(enfle\w*|gonfle\w*"
        r"|en sang|amoche\w*)\b",
        r"\b(grabbed|yanked|twisted|dragged) (her|his|my|their) (arm|wrist|hair|neck)\b|\b(dragged|yanked) (her|him"
        r"|me|them) (by|out|away|back)\b",
        r"\b(un|des|plein de) bleus? (sur|au|a la|aux|partout)\b|\bmoretones?\b|\bmorad[oa]s? (en|por) (la cara"
        r"|el cuerpo|los brazos)\b|\b(roxos?|hematomas?) (no|na|pelo)\b",
        r"<NOHIT>\b(hit|hits|hitting|beat|beats|beating|beaten|punch(es|ed|ing)?|kick(s|ed|ing)?|slap(s|ped|ping)?"
        r"|chok(e|es|ed|ing)|strangl\w*|burn(s|ed|t)?|whip(s|ped|ping)?|shov(e|es|ed|ing)|smack(s|ed|ing)?"
        r"|hurt(s|ing)?|push(es|ed|ing)?|attack(s|ed|ing)?|assault(s|ed|ing)?|tortur\w*) <OBJ>\b(?! out\b)",
        r"\b<SUBJ> (hits|beats|hit|beat|punches|kicks|slaps)\b(?! (the|a) )",
        r"\b(beat(en)? (me |us |her |him |them )?up|gets? (beaten|hit|slapped)|got (beaten|hit|slapped)"
        r"|(were|was|are|is|been) (beaten|hit|slapped|punched|kicked)|physical(ly)? (abus\w*|violen\w*|hurt)"
        r"|bruises?|black eyes?|burn marks)\b",
        # hair pulled, dragged by the arm: "he pulls her hair", "the manager drags them by the arm" (no sign was read)
        r"\b(pull(s|ed|ing)?|yank(s|ed|ing)?|grab(s|bed|bing)?) (my|her|his|their|our) hair\b(?! (back|up|into|in a))",
        r"\b(pull(s|ed|ing)?|yank(s|ed|ing)?|grab(s|bed|bing)?|drag(s|ged|ging)?) <OBJ>( \w+)? by (the|her|his|my"
        r"|their) (hair|arms?|neck|throat)\b", r"\bdrag(s|ged|ging)? <OBJ> (around|out|across|down)\b",
        r"\b<CL> (jala|jalan|jalo|jalaron|jalaba|jalaban|jalonea\w*|arrastr\w*) (del|el|de los|los|la|de la) (pelo"
        r"|cabello|brazo|brazos|grenas|cuello)\b", r"\b(jalones|jalon) de (pelo|grenas)\b",
        r"\b(puxa|puxou|puxam|puxaram|puxava) (o |meu |seu |pelo |pelos )?(cabelo|cabelos|braco)\b",
        r"\b(tire|tirait|tirent|a tire) (les|mes|ses|par les) cheveux\b",
        # es
        r"\b<CL> (pega|pegan|pego|pegaron|pegaba|pegaban|golpe\w*|madre(a|an|o|aron)|cachete\w*|pate(a|an|o|aron"
        r"|aba|aban)|lastim(a|an|o|aron|aba|aban)|ahorc\w*|quem(a|an|o|aron)|empuj(a|an|o|aron)|agred\w*)\b",
        r"\b(golpea|golpean|golpeo|golpearon|golpeaba|golpeaban|golpes|golpead[oa]s?|palizas?|moretones|moreton"
        r"|maltrato fisico|violencia fisica|agresion(es)? fisicas?)\b",
        # fr
        # (not a knock: "il frappe la porte maintenant", "il va venir frapper a la porte" were filed as beatings)
        r"\b(frapp(e|ent|ait|aient|ee|ees|es)|battue?s?|tabass\w*|gifl(e|ent|ait|aient)|cogn(e|ent|ait|aient)"
        r"|brutalis\w*)\b(?! (a |sur |contre )?(la|ma|notre|une|les|leur) (porte|fenetre|vitre"
        r"|mur))", r"\b(me|nous|la|le|les|t') (bat|battent|battait|battaient)\b",
        r"\b(des|de|les|recoit des|donne des) coups\b", r"\bviolences? physiques?\b",
        # pt
        r"\b(bate|batem|bateu|bateram|batia|batiam|(ta|tao|esta|estao) batendo|espanc\w*|agrid(e|em)|agrediu|agrediram"
        r"|chut(a|am|ou|aram)"
        r"|machuc(a|am|ou|aram)|surras?|apanh\w*)\b",
    ),
    "SexualAbuse": (
        r"\brap(e|es|ed|ing|ist|ists)\b", r"\bsexual(ly)? (abus\w*|assault\w*|harass\w*|violen\w*)",
        # (not "disculpe la molestia", "no quiero molestar": a polite phrase)
        r"\bmolest(ed|ing|s|er|ers|ation|an|aba|aban|o|aron|a|e|ar|ando)?\b(?<!\bmolesta)(?<!\bmolestar)",
        r"\bgrop(e|es|ed|ing)\b",
        r"\btouch(es|ed|ing)? (me|us|her|him|them|the (girls|women|kids))( \w+)? (inappropriately|sexually|down there"
        r"|private\w*|where)\b", r"\b(force|forces|forced|make|makes|made|making) (me|us|her|him|them) (to )?"
        r"(have sex|sleep|do sexual things) with (him|her|them|the boss|the owner|the manager|his friends)\b",
        r"\b(he|boss|owner|manager|patron) (has|had|have) sex with (me|us|her|him|them)\b",
        # "he touches me when his wife is out", "el señor me toca cuando la señora no está" (no sign was read; "me toca
        # trabajar" is "it's my turn to work")
        r"\b(he|sir|mister|the (boss|owner|manager|man|guy|husband|son)|her (boss|husband)|my (boss|employer))"
        r"( sometimes| always| still| also)? (touches|touched|touch|keeps touching|tries to touch|tried to touch|try"
        r" touch) (me|her|us|them|the (girls|women|kids))\b(?! (on the shoulder|to))",
        r"\b(senor|patron|jefe|dueno|encargado|viejo|tipo|hijo|esposo) (me|la|las|nos) (toca|tocaba|toco|tocan|quiere"
        r" tocar|trata de tocar)\b(?! (a mi|a nosotr\w*|trabajar|limpiar|pagar|hacer|ir|cocinar|lavar))",
        # es
        r"\bviol(a|an|o|aron|aba|aban|ada|adas|ado|ados|acion|aciones|ador|adores)\b",
        r"\babus(a|an|o|aron|aba|aban|ado|ada|adas) (de ella|de ellas|de mi|de nosotras|de las|de la|sexualmente)\b",
        r"\b(abuso|acoso|agresion|violencia) sexual\b", r"\b(manose\w*|toquete\w*)\b",
        r"\b(la|las|me|nos|lo|los) obliga\w* a (tener (sexo|relaciones)|acostarse) con (el|ellos|el patron"
        r"|el jefe)\b",
        # fr
        r"\bviol(e|ee|ees|ent|ait|aient|er|eur|eurs)?\b", r"\b(agression|abus|violences?|harcelement) sexuel\w*",
        r"\battouchements?\b", r"\babuse (d'elle|d'eux|de moi|de nous)\b",
        # pt
        r"\bestupr\w*", r"\b(abuso|assedio|violencia) sexual\b", r"\babus(ou|a|am|aram|ava) (dela|dele|de mim"
        r"|das|de nos|sexualmente)\b", r"\bviolentad\w*",
    ),
    "FalsePromises": (
        r"\bprom(is|ise|ised|ises|ising|et\w*|esa|esas|essa|essas|esse|esses)\b",
        r"\blied (to )?(me|us|her|him|them)\b", r"\blied about\b",
        r"\b(was|were|is|are) supposed to (be|work|get|have|earn|pay|study|go)\b",
        r"\b(fake|false) (job|jobs|offer|ad|ads|contract|visa|promises?|papers|agency)\b",
        r"\b(tricked|deceived|lured|scammed|fooled|conned)\b", r"\bbait and switch\b",
        r"\bnot the (job|work) (they|he|she|we|i) (promised|offered|said|agreed)\b",
        r"\b(said|told (me|us|her|him|them)) (that )?(the|it|it's|its) (job|work)? ?(was|would be|is)\b[^.]{0,50}"
        r"\bbut\b",
        # es
        r"\bengan\w*", r"\b(me|nos|le|les|te) mint(io|ieron)\b", r"\bmintieron\b",
        r"\b(dijeron|dijo|decian|decia|ofrecieron|ofrecio)( que)? [^.]{0,60}\b(trabaj\w*|ganar\w*|pagar\w*|estudiar"
        r"|papeles|empleo|sueldo)\b[^.]{0,60}\bpero\b",
        r"\b(iba|ibamos|iban) a (ser|trabajar|ganar|estudiar)\b[^.]{0,60}\bpero\b",
        r"\b(falsas?) (promesas?|ofertas?|trabajo)\b", r"\btrabajo falso\b",
        # fr
        r"(?<!\bme suis )(?<!\bje me )\btromp\w*", r"\b(menti|mentent|mentait|mentaient)\b", r"\barnaqu\w*",
        r"\b(fausses?) (promesses?|offres?|annonces?)\b", r"\bfait croire\b",
        # pt
        r"\b(mentiu|mentiram|mentira|mentiras)\b", r"\b(falsas?) (promessas?|proposta|oferta|vaga)\b",
        # "soi-disant bien payé", "on m'avait dit que j'allais aller a l'ecole" (nothing was read)
        r"\bsoi-? ?disant\b", r"\b(m'? ?avait|m'? ?avaient|nous avait|nous avaient|lui avait) (dit|promis) que\b",
        r"\b(disseram|falaram|ofereceram)( que)? [^.]{0,60}\bmas\b",
    ),
    "PsychoactiveSubstances": (
        r"\b(give|gives|gave|giving|given|feed|feeds|fed|force|forces|forced|forcing|inject\w*)( (me|us|her|him"
        r"|them|the (girls|women|kids|workers|boys|men)|everyone|everybody))? (to (take|use|drink|do) )?<DRUGS>\b",
        r"\b(make|makes|made|making|get|gets|got|keep|keeps|kept|push|pushes|pushed) (me|us|her|him|them|the (girls"
        r"|women|kids|workers)|everyone) ((to )?(take|use|drink|do) |on |hooked on |addicted to )<DRUGS>\b",
        r"\b(got|get|gets|keep|keeps|kept) (me|us|her|him|them|the girls) (hooked|addicted|high|drunk|sedated)\b",
        r"\bput (something|stuff|drugs|pills) in (my|our|her|his|their) (drinks?|food)\b", r"\bdrugg(ed|ing|s)\b",
        r"\b(drugs?|pills) to (keep|make) (me|us|her|him|them) (awake|working|quiet|calm|going|docile)\b",
        # es
        r"\b<CL> (da|dan|dio|dieron|daba|daban|obliga\w* a (tomar|usar|consumir)|hace(n)? (tomar|usar|consumir)"
        r"|pone(n)?|mete(n)?|inyect\w*|ofrece(n)?) (\w+ )?<DRUGS>\b",
        r"\b(drogad\w*|drogan|drogaban|drogaron|dopad\w*)\b",
        # fr
        r"\b(donne|donnent|donnait|donnaient|fait prendre|font prendre|forcee? a prendre|oblige\w* a prendre)"
        r"( \w+){0,2} (de la |du |des |de l')?<DRUGS>\b", r"\b(droguee|droguees|droguent|droguait|droguaient)\b",
        r"\b(la|le|les|nous|me) drogue\b",
        # pt
        r"\b(<CLPT> )?(da|dao|deu|deram|dava|davam|obrig\w* a (usar|tomar|beber)|faz(em)? (usar|tomar|beber)"
        r"|forc\w* a (usar|tomar|beber))( \w+)? <DRUGS>\b", r"\b(drogam|drogaram|drogava)\b",
    ),
    "RestrictsMovement": (
        # "no salimos solas nunca, nos llevan al walmart y nos cuidan", "she only goes out with the family"
        r"\b(no|nunca) (salimos|sale|salen|salgo|podemos salir|puede salir) sol[ao]s?\b"
        r"|\bnunca (salimos|sale|salen|salgo) sol[ao]s?\b",
        r"\bonly (goes|go|went|gets to go|get to go) out with (the|her|his|their) (family|boss|owner|employers?)\b",
        r"\b(never|don'?t|doesn'?t|dont|doesnt) (go|goes) out alone\b|\bnao (sai|saem|saimos) sozinh[ao]s?\b"
        r"|\b(ne sort|ne sortent|sort|sortent) jamais (seule?s?)?\b",
        # "je sors jamais sauf avec elle", "so sai com a gente com ele junto" (nothing was read)
        r"\b(sors|sort|sortons|sortent) (jamais|pas) sauf avec\b",
        r"\bso (sai|saem|saimos|saio|pode sair|podemos sair)\b[^.!?]{0,25}\b(com ele|com ela|com eles|com o patrao"
        r"|com a patroa|junto)\b",
        r"\b(keep|keeps|kept|keeping) the (front |back )?doors? locked\b",  # "they keep the door locked" (a nanny)
        # "ela me tranca dentro de casa", "fecham-nos à chave à noite", "o capataz fecha o portão à noite" (none read)
        r"\b(me|nos|a|as|o|os|te|la|las|los)[ -](tranca|trancam|trancou|trancaram|trancava|fecha|fecham|fechou"
        r"|fecharam|fechava)( \w+)? (dentro|em casa|no quarto|a chave|na casa|no container|no contentor"
        r"|no barracao)\b",
        r"\b(tranca|trancam|trancou|trancaram|fecha|fecham|fechou|fecharam)[ -](nos|me|as|os|a|o|-nos|-me)"
        r" (a chave|dentro|em casa|no quarto)\b",
        r"\b(tranca|trancam|trancou|fecha|fecham|fechou|fechava) (a porta|o portao|os portoes|a casa|o quarto)\b"
        r"[^.!?]{0,30}\b(a noite|de noite|quando sai|quando saem|a chave|com cadeado|por fora)\b",
        # "nao deixam eles sairem", "não deixa a gente sair" (the debt beside it was read, this was not)
        r"\bnao (deixam|deixa|deixavam|deixava) (eles |elas |ela |ele |a gente |ninguem |as meninas |os meninos )?"
        r"(sair|sairem|ir embora)\b",
        r"\b(can't|cannot|can not|couldn't|unable to) (leave|go out|get out|escape|go anywhere|go home|quit|walk out"
        r"|run away|go outside|go nowhere|go (in)?to (town|the (city|store|town)))\b"
        r"(?! (until|till|til|before|yet|early|work)\b)",
        r"\b(not|never|aren't|isn't|wasn't|weren't) (allowed|able|free|permitted) to (leave|go (out|outside|anywhere"
        r"|home)|quit|walk out)\b", r"\bnot (allowed|permitted) (out|outside)\b",
        r"\b<NEG> let (me|us|her|him|them|anyone|any of us|the (girls|women|workers|kids|boys|men)) (leave|go|out"
        r"|quit|outside)\b",
        r"\b(<NEG> let (me|us|her|him|them|anyone|the (crew|workers|men)) (get )?off|(can't|cannot|never|not allowed"
        r" to) (get off|go ashore|leave)) (the |that |this )?(\w+ )?(boat|ship|vessel|island)\b",
        r"\block(s|ed|ing)? (me|us|her|him|them|the (girls|women|kids|workers)) (in|inside|up)\b",
        r"\b(held|kept) (captive|hostage|prisoner|against (my|her|his|their|our) will)\b",
        # watched and shut in: cameras, a guard at the door, covered windows ("las ventanas estan tapadas y hay
        # camaras", "o dono tem cachorros e cameras": no sign was read)
        r"\b(vigila\w*|watch\w*|monitor\w*|vigia\w*) (\w+ ){0,3}(con|with|com) (camaras|cameras)\b",
        r"\b(hay|tienen|tiene|there are|has|have|tem|il y a) (\w+ ){0,3}(camaras|cameras|cctv)\b",
        r"\b(guard|guards|guardia|guardias|seguranca|vigilante|un garde) (\w+ ){0,2}(at|en|na|a|in front of|devant)"
        r" (la |the |a )?(puerta|door|porta|porte)\b",
        # "a guy with a gun watching the door", "someone guards the house" (the door, not the kids)
        r"(?<!\bi )(?<!\bwe )(?<!\bim )\b(watch|watches|watching|watched|guard|guards|guarding|guarded) (the |their"
        r" )?(front |back )?(doors?|exit|exits|gate)\b(?! (at|of) (the |a )?(club|bar|school|party|event))",
        r"\b(vigila|vigilan|vigilando|cuida|cuidan|cuidando) (la |las )?(puerta|puertas|salida)\b",
        r"\b(vigia|vigiam|vigiando|vigiava|toma conta) (da |a |das )?(porta|portas|saida|portao)\b",
        r"\b(surveille|surveillent|surveillait) (la |les )?(porte|portes|sortie)\b",
        r"\b(ventanas|windows|janelas|fenetres) (\w+ )?(tapadas|cubiertas|covered|blacked out|boarded( up)?|tapad"
        r"[ao]s|cobertas|fechadas con tablas)\b",
        r"\b(captive|imprisoned)\b", r"\b(watch(es|ed|ing)?|guard(s|ed|ing)?) (us|them|her|me|the (girls|women"
        r"|workers)) (all the time|24 7|constantly|always|day and night|every minute)\b",
        r"\bcameras? everywhere\b", r"\b(always|constantly) (watched|guarded|followed)\b",
        r"\bcamaras? (por todos lados|en todas partes|por todas partes|por todo lado|em todo lugar|por toda parte)\b",
        r"\bcameras? (partout|em todo (lugar|lado)|por todo (lado|lugar))\b",
        # what a neighbour sees: "she never leaves the house", "we never see them go out", "they never go out alone"
        r"\b(never|don'?t|doesn'?t|can'?t) (go(es)? )?(out|anywhere|outside) (alone|by (themselves|herself|himself"
        r"|myself|ourselves)|on (their|her|his|my|our) own|without (him|her|them|the boss|a driver))\b",
        r"\bnunca (salen|sale|salimos|salgo) sol[oa]s?\b",
        r"\bno (salen|sale|salimos|salgo) sin (el|ella|ellos|el patron)\b",
        r"\b(never|hardly ever|barely) (leaves?|left|go(es)? out|went out|gets? out|comes? out)( of)?( the| her| his"
        r"| their| that| this)? (house|home|apartment|room|building|property|place|farm|compound|trailer|motel"
        r"|hotel)\b",
        r"\b(never|hardly ever|barely) (leaves?|go(es)? out|gets? out|comes? out)\s*($|[.,;!]| and\b| or\b)",
        r"\bnever allowed (out|outside)\b",
        r"\bnever (see|saw|seen) (her|him|them|the (girls|women|kids|workers)) (leave|go out|outside|come out)\b",
        r"\bnunca (sale|salen|salia|salian|la vemos salir|los vemos salir)\b", r"\bnunca (sai|saem|saia|saiam)\b",
        r"\b(escort\w*|drives?|drove|takes?|took) (us|them|her|me|the (girls|women|workers)) (everywhere"
        r"|to and from)\b",
        r"\b(drives?|drove|takes?|took) (us|them|her|him|me|the (girls|women|workers)) (to|from) (work|the job"
        r"|the (\w+ )?(farm|salon|restaurant|site|factory|club)) and (back|home)\b",
        # es
        r"\b(no|nunca) (<CL> )?(deja|dejan|dejaba|dejaban|dejo|dejaron|permite|permiten) (salir|irnos|ir|irme|irse"
        r"|salirnos|regresar|volver|escapar)\b(?! (al|a la|con el|con la|a un|a una) (medico|doctor|doctora|hospital"
        r"|clinica|dentista|bano)\b)",
        r"\bno (puede|pueden|podia|podian|podiamos|podemos|puedo) (salir|irse|irnos|irme|escapar|regresar)\b",
        r"\b(nos|las|los|la|lo|me) (vigila|vigilan|vigilaba|vigilaban)\b", r"\bvigilad\w*", r"\bcon llave\b",
        r"\b(la|lo|las|los|nos|me) (lleva|llevan|llevaba|llevaban) y (la |lo |las |los |nos |me )?(trae|traen|traia"
        r"|traian|recoge|recogen) (del|al|de la|a la) (trabajo|chamba|jale|campo|rancho)\b",
        r"\bencerr\w*", r"\bsecuestr\w*", r"\bretenid[oa]s?\b",
        # fr
        r"\b(peux|peut|peuvent|pouvons|pouvait|pouvaient) (pas|jamais) (sortir|partir|quitter|s'enfuir|rentrer)\b",
        r"\b(laisse|laissent|laissait|laissaient) (pas|jamais) (sortir|partir)\b",
        r"\bpas le droit de (sortir|partir|quitter)\b", r"\bne (sort|sortent|sortait|sortaient) jamais\b",
        r"\benferm(e|ee|es|ees|ent|ait|aient)\b",  # not Spanish "enferma" (sick) r"\bsurveill\w*", r"\bprisonni\w*",
        # pt
        r"\bnao (<CLPT> )?(deixa|deixam|deixava|deixavam|deixou|deixaram) <OBJPT>(sair|ir|ir embora|voltar|fugir)\b",
        r"\bnao (pode|podem|podia|podiam|podemos|posso|consigo|conseguimos) (sair|ir embora|fugir|voltar)\b",
        r"\b(estou|estamos|esta|estao|ficamos|fica|ficam|mantida|mantidas|mantido|mantidos|mantem) (\w+ )?presa?s?\b",
        r"\bvigiad\w*", r"\bcarcere privado\b",
        *CATEGORIES["held"]["patterns"],  # triage's "held" (locked in, trapped, no nos dejan salir, enfermée, ...)
    ),
    "RestrictsMedicalCare": (
        r"\b(<NEG>|not allowed to|aren't allowed to|isn't allowed to|wasn't allowed to|weren't allowed to|can't"
        r"|cannot)( let (me|us|her|him|them))?( \w+)? (see|go to|get|visit|call|take (me|us|her|him|them) to|have"
        r"|buy)( a| the| any| an)? (doctors?|hospitals?|clinics?|medical (care|help|attention|treatment)|medicines?"
        r"|medications?|meds|dentists?|er|emergency room|ambulance|treatment)\b",
        r"\bno (medical (care|help|attention)|doctors?|medicine|medication|meds|health ?care)\b",
        r"\bwithout (medical (care|help|attention)|a doctor|medicine|medication|treatment)\b",
        r"\bdenied (medical|medicine|treatment|a doctor|care)\b",
        # es
        r"\b(no|nunca) (<CL> )?(deja|dejan|dejo|dejaron|dejaba|dejaban|lleva|llevan|llevo|llevaron|llevaba"
        r"|llevaban|quiere(n)? llevar|permite(n)?)( \w+)? (ir )?((a|al|con)( la| el| un| una)? )?(medico|doctor"
        r"|doctora|hospital|clinica|dentista|emergencia|urgencias)\b",
        r"\bsin (atencion medica|medico|medicinas?|medicamentos?|doctor|tratamiento)\b",
        r"\b(no|nunca) (<CL> )?(dan|da|daba|daban|dieron|consiguen|compran)( \w+)? (atencion medica|medicinas?"
        r"|medicamentos?|tratamiento|cita (con el|al) (medico|doctor))\b",
        r"\bno (<CL> )?(da|dan|compra|compran|daba|daban) (\w+ )?(medicinas?|medicamentos?)\b",
        r"\bno (podemos|puedo|pueden|puede) (ir )?(al|a la|con el|con la|a un|a una) (medico|doctor|hospital"
        r"|clinica|dentista)\b",
        # fr
        r"\b(pas|jamais) (\w+ ){0,3}(medecin|docteur|hopital|urgences|clinique|soins|medicaments)\b",
        r"\bsans (soins|medecin|medicaments|traitement)\b",
        # pt
        r"\bnao (<CLPT> )?(deixa|deixam|deixou|deixaram|leva|levam|levou|levaram|pode|podem|podemos|posso)( \w+)?"
        r" (ir )?((ao|no|na|a|pro|pra|para o|para a) )?(medico|hospital|posto( de saude)?|clinica|dentista|upa"
        r"|pronto socorro)\b", r"\bsem (atendimento medico|medico|remedios?|tratamento|medicamentos?)\b",
    ),
    "ExcessiveWorkingHours": (
        r"\b(work|works|working|worked|shifts?|trabaj\w*|jornadas?|turnos?|travaill\w*|journees?|trabalh\w*)"
        r"( \w+){0,3} <HOURS> ?(hours?|hrs?|h|horas|heures|hs)\b",
        r"\b<HOURS> ?(hours?|hrs?|h|horas|heures|hs) (a day|per day|each day|every day|daily|a shift|per shift"
        r"|straight|in a row|without (a )?(break|rest)|no break|al dia|por dia|diarias|seguidas|cada dia|sin descanso"
        r"|par jour|d'affilee|de suite|sans pause|direto|sem parar)\b",
        r"\b([6-9]\d|1[0-6]\d) (hours?|hrs?|horas|heures) (a|per|each|por|por la|a la|par|la) (week|semana|semaine)\b",
        r"\b(doble|dobles|double|dobra|dobras) (turnos?|shifts?|jornadas?)\b",  # "doble turno todos los dias"
        # "they work crazy long hours", "14 hour shifts", "the 14 hrs", "from 5am to midnight" (none was a sign, and
        # "the 14 hrs" was filed as When)
        r"\b(crazy|very|really|super|insanely|extremely|so|too) long (hours|shifts|days)\b",
        # "you forgot the long hours" (it went to When)
        r"\b(the |work |working |works |such )?long (hours|shifts)\b",
        r"(?<!drove )(?<!drive )(?<!flew )(?<!flight )(?<!bus )\b(the |those |their )?(1[2-9]|2[0-4]) ?(hours?|hrs?"
        r"|horas|heures)\b(?!\s*(ago|away|drive|driving|from|de aqui|de distancia|later|after|by (car|bus)|north|south"
        r"|east|west|de viaje|de camino))( ?(shifts?|turnos?|jornadas?|days?)\b)?",
        r"\bfrom ([3-6]) ?(am|a\.m\.)? (to|till|until|til) (midnight|([10-9]|1[0-2]) ?(pm|p\.m\.))\b",
        r"\b(horarios?|jornadas?) (muy |super |bien )?(largos?|largas?|eternas?)\b",
        # "desde las 6 de la mañana hasta las 11 de la noche todos los dias", "das 6 da manha as 11 da noite", "de 6h du
        # matin à 23h" (no sign was read)
        r"\b(desde las|de las|das|de) ([3-7]) ?(h|am)?( de la manana| da manha| du matin)? (hasta las|a las|as|a|à)"
        r" ([9]|1[0-2]|2[1-4]) ?(h|pm)?( de la noche| da noite| du soir)\b",
        r"\b(desde las|de las|das|de) ([3-7]) ?(h|am)?( de la manana| da manha| du matin) (hasta la|ate a|a la|à)"
        r" (medianoche|meia-noite|meia noite|minuit)\b",
        r"\b(no|without|never get|never have|never had|don't get|don't have) (a )?(days? off|rest|breaks?|time off"
        r"|weekends?|vacation|a break)\b",
        r"\b(7|seven) days (a|per|each|of the) week\b", r"\b(work|works|working)( \w+)? 24 ?7\b",
        r"\ball day (and|&) (all )?night\b", r"\bday and night\b",
        # "works at her uncle's restaurant every night until 2am" (a child, on school nights)
        r"\b(every|each) night (until|till|til|to) ([1-5]|1[0-2])( ?am|:\d\d ?am| in the morning)\b",
        r"\btodas las noches hasta las ([1-5]|una|dos|tres|cuatro|cinco)( de la (manana|madrugada)| am)\b",
        r"\bfrom (sun ?up|dawn|sunrise) (to|till|until) (sun ?down|dusk|sunset|dark|night)\b",
        r"\b(work|works|working) (\w+ )?(non ?stop|without (stopping|rest|a break|breaks))\b",
        # es
        r"\bsin (descanso|descansar|dias? libres?|dia de descanso|parar|vacaciones)\b",
        r"\b(no|nunca) (<CL> )?(dan|da|dejan|deja|tenemos|tienen|tengo|tiene|hay) (\w+ )?(descans\w*|dias? libres?"
        r"|dia libre|dia de descanso)\b",
        r"\b(7|siete) dias (a|de|por) la semana\b", r"\bde sol a sol\b", r"\bdia y noche\b",
        r"\btodo el dia y (toda )?la noche\b", r"\bni un dia libre\b",
        # fr
        r"\bsans (repos|pause|jour de repos|jours? de conge|conge|arret)\b",
        r"\bpas de (jour de repos|repos|conge|pause|jours? off|week end)\b", r"\b(7|sept) jours sur (7|sept)\b",
        r"\b7 j 7\b", r"\b(jour et nuit|nuit et jour)\b",
        # pt
        r"\bsem (descanso|folgas?|dia de folga|pausa|parar|ferias)\b",
        r"\b(nao|nunca) (tem|temos|tenho|ha|da|dao|deixa|deixam) (\w+ )?(folgas?|descans\w*)\b",
        r"\b(7|sete) dias (por|na|da) semana\b", r"\bde domingo a domingo\b", r"\b(dia e noite|noite e dia)\b",
    ),
    "UsesChildren": (
        r"(?<!\bi )(?<!\bwe )\b(take|takes|taking|took|hurt|hurts|harm|kill|sell|touch)( away)? (my|our|her|his|their"
        r"|your) <KIDS>\b(?! (to|for|with)\b)",
        r"\b(keep|keeps|kept|hold|holds|held|has|have) (my|our|her|his|their) <KIDS> (hostage|as collateral|locked"
        r"|until|so)\b", r"\buses? (my|our|her|his|their|the) <KIDS> (to|as|against)\b",
        r"\bnever see (my|our|her|his|their) <KIDS>\b", r"\b(call|calls|calling) (cps|child protective services)\b",
        r"\b(threat\w*|warn\w*) (\w+ ){0,5}<KIDS>\b",
        # es
        r"\b(quit\w*|hac\w* dano|lastim\w*|mat(a|an|ar|aria|arian|ara|aran|o)|vend\w*|secuestr\w*|robar\w*)"
        r"( (me|le|les|nos|la|lo))? (a )?(mis|sus|nuestros|nuestras|tus) (hijos|hijas|hijo|hija|ninos|ninas|nino"
        r"|nina|bebes|bebe)\b", r"\b(tiene|tienen) a (mis|sus|nuestros|nuestras) (hijos|hijas|hijo|hija)\b",
        r"\bamenaz\w* (\w+ ){0,5}(hijos|hijas|hijo|hija|ninos|ninas|bebe)\b",
        r"\bno (voy|vamos|va|van) a (volver a )?ver a (mis|sus|nuestros) (hijos|hijas)\b",
        # fr
        r"\b(prendre|enlever|retirer|faire du mal a|tuer|toucher|vendre|prend|prennent|enleve\w*)( \w+)? (mes|nos|ses"
        r"|leurs|mon|ma|son|sa) (enfants|enfant|fils|fille|filles|bebes?|petits)\b",
        r"\bmenac\w* (\w+ ){0,5}(enfants|enfant|fils|fille|bebe)\b",
        # pt
        r"\b(tirar|tira|tiram|machucar|matar|fazer mal (a|aos|as)|vender|sumir com|tomar)( \w+)? (os |as |o |a )?"
        r"(meus|minhas|seus|suas|nossos|nossas|meu|minha|seu|sua) (filhos|filhas|filho|filha|criancas|crianca|bebe)\b",
        r"\bameac\w* (\w+ ){0,5}(filhos|filhas|filho|filha|criancas|bebe)\b",
    ),
    "ThreatOfLawEnforcement": (
        # the threat if they leave or talk, in French and Portuguese: "y dit que si on part y va appeler ICE", "ela
        # falou q se eu fugir ela liga pra imigracao" (each was missed)
        r"\bsi (on|je|j'|nous|elle|il|ils|elles|tu) ?(part|pars|partons|partent|s'?en va|se plaint|parle|parlons|dis"
        r"|dit|quitte)\b[^.]{0,50}\b(ice|immigration|police|flics|expuls\w*|deport\w*|renvoy\w*)\b",
        r"\b(va|vont|allait|menace d'?|menace de) (appeler|prevenir|denoncer (a|aux?)|appelle)( l'| la | les )?"
        r"(ice|immigration|police|flics|migra)\b",
        r"\bse (eu|a gente|nos|ela|ele|elas|eles|vc|voce) (fugir|sair|for embora|reclamar|falar|contar|denunciar)\b"
        r"[^.]{0,50}\b(imigracao|policia|ice|migracao|deport\w*|mandar de volta)\b",
        r"\b(ele|ela|eles|elas|patrao|patroa|dono|dona|chefe)( \w+){0,2} (vai|vao|ia|iam|ameac\w*( de)?) (ligar|chamar"
        r"|denunciar) (pra|para|a|o)? ?(a |o )?(imigracao|policia|ice|migracao)\b",
        # "si te quejas te mandan pa atras": sent back (deported)
        r"\b(te|nos|me|los|las|la|lo) (mandan|manda|van a mandar|regresan|devuelven|mandaban) (pa|para|de) ?(atras|tras"
        r"|tu pais|su pais|vuelta)\b",
        r"\b<SUBJ>( \w+){0,3} (call|calls|calling|report|reports|reporting|turn (me|us|her|him|them) in|tell|send)"
        r"( (me|us|her|him|them|on (me|us|her|him|them)))?( (in|over))?( to)? (the )?<LAW>\b",
        r"\b(threat\w*|warn\w*) (\w+ ){0,4}(<LAW>|deport\w*|jail|prison|arrest\w*)\b",
        # (not the writer's own: "im not trying to get arrested or get him arrested either", from an escort whose
        # manager keeps her ID, was read back as threats of police)
        r"\b(get|have|has) (me|us|her|them) (deported|arrested|locked up)\b"
        r"|(?<!\bto )(?<!\bor )(?<!\bwanna )\b(get|have|has) him (deported|arrested|locked up)\b",
        # "if i complain hell call ice on me"
        r"\bcall (ice|immigration|the police|the cops|la migra|border patrol) on (me|us|her|him|them)\b",
        r"\b(says|said|tells|told|warns|warned)( (me|us|her|him|them))? (that )?(i|we|she|he|they|you)('ll| will"
        r"| would| could|'d)? (be |get )?(deported|arrested|sent back|go to jail|go to prison)\b",
        r"\b(police|cops|immigration|ice) (will|would|'ll|are going to|gonna) (arrest|deport|take|get|lock|send)\b",
        # "they say she'll lose her visa": her status held over her
        r"\b(says?|said|tell|tells|told|threaten\w*|warn\w*)\b[^.]{0,25}\blos(e|ing) (her|his|my|their|our|your) "
        r"(visa|status|papers|green card|work permit)\b",
        # es
        # "me dice que si me voy llama a inmigracion" (the threat was missed)
        r"\bsi (me|nos|te|se) (voy|vamos|vas|va|van|quejo|quejamos|quejas|queja|escapo|escapamos|salgo|salimos)\b"
        r"[^.]{0,40}\b(llama|llamo|llamaria|llamara|habla|avisa|reporta|denuncia)( \w+)? (a )?(la )?(migra|migracion"
        r"|inmigracion|policia|ice|patrulla)\b",
        r"\b(va a|van a|iba a|iban a|amenaz\w* con|dice(n)? que|dijo que|dijeron que)( (va|van|iba|iban) a)?"
        r" (llamar|hablar|reportar|entregar|denunciar|avisar|echar)(nos|me|la|lo|las|los|le|les)?( a)? (la )?"
        r"(migra|migracion|inmigracion|policia|patrulla|ice|border patrol|sheriff|federales)\b",
        r"\b(nos|me|la|lo|las|los|le|les) (manda|mandan|mando|mandaria|hace|hacen|va a mandar|van a mandar)"
        r" (a )?deportar\b",
        r"\b(nos|me|la|lo|las|los|le|les) (va|van|iba|iban) a (deportar|reportar|denunciar|entregar|echar la migra"
        r"|echar a la migra|meter a la carcel)\b",
        r"\bamenaz\w* (\w+ ){0,5}(migra\w*|inmigracion|policia|deport\w*|carcel|ice)\b",
        # "si me quejo me reporta a migración": what he says he does if they complain (present tense)
        r"\b(nos|me|la|lo|las|los|le|les) (reporta|reportan|denuncia|denuncian|entrega|entregan|acusa|acusan) (a|con|"
        r"ante) (la )?(migra|migracion|inmigracion|policia|ice|patrulla)\b",
        r"\b(echar|echa|echan)(nos|me|la|lo|las|los|le|les)? (la migra|a la migra)\b",
        # "me manda pa atrás con la migra", "dice que si salimos la migra nos agarra"
        r"\b(nos|me|la|lo|las|los|le|les) (manda|mandan|mando|va a mandar|van a mandar|regresa|regresan|devuelve"
        r"|devuelven)( \w+)? (pa|para|de) (atras|tras|regreso|vuelta|mi pais|su pais|nuestro pais)\b",
        r"\b(dice|dicen|dijo|dijeron|amenaz\w*)( que)?[^.]{0,30}\b(la migra|migracion|la policia|ice) (nos|me|la|lo|las"
        r"|los|les) (agarra|agarran|va a agarrar|detiene|deporta|lleva|encuentra)\b",
        # fr
        r"\b(menac\w*|il va|elle va|ils vont|elles vont|on va|il veut|ils veulent|qu'il va|qu'ils vont)( \w+){0,3}"
        r" (appeler|denoncer|signaler|expulser|renvoyer|faire expulser|livrer)\b",
        r"\bmenac\w* (\w+ ){0,4}(police|immigration|expuls\w*|prison|flics)\b",
        # pt
        r"\b(vai|vao|ia|iam|ameac\w*|disse que vai|diz que vai|dizem que vao)( \w+){0,3} (chamar|ligar (para|pra)"
        r"|denunciar|entregar)( \w+){0,3} (policia|imigracao|federal|pf)\b",
        r"\b(<CLPT> )?(vai|vao|ia|iam) (<CLPT> )?deportar\b",
        r"\bameac\w* (\w+ ){0,5}(policia|imigracao|deport\w*|prisao|cadeia)\b",
        r"\b(me|nos|a|o|te) (denuncia|denunciam|denunciar|entrega|entregam|entregar)( \w+)? (pra|para|a|na|à) "
        r"(a )?(imigracao|policia|pf|federal)\b",  # "ele me denuncia pra imigração"
        # "se a gente sair ele chama a imigração": what he says he will do if they leave
        r"\b(disse|diz|dizem|falou|fala) que (chama|chamam|vai chamar|vao chamar) (a |o )?(imigracao|policia|pf"
        r"|federal)\b",
        r"\bse\b[^.]{0,40}\b(ele|eles|o patrao|a patroa|o chefe|o dono|a dona|o gerente) (chama|chamam|vai chamar"
        r"|vao chamar|liga (para|pra)|ligam (para|pra)) (a |o )?(imigracao"
        r"|policia|pf|federal)\b",
    ),
    "WithholdsNecessities": (
        r"\bno (food|water|bed|beds|heat|heating|bathroom|toilet|shower|showers|electricity|blankets|sleep|meals?"
        r"|clean water|running water)\b",
        r"\b<NEG> (\w+ )?(give|gives|feed|feeds|let) ((me|us|her|him|them|anyone|the \w+) )?(any |enough |much )?"
        r"(food|water|to eat|eat|drink|sleep|shower|use the bathroom|bathroom|anything to eat|meals?)\b",
        r"\bnot enough (food|water|to eat|sleep|beds)\b", r"\bstarv\w*", r"\bwithh(o|e)ld\w* (food|water|meals)\b",
        r"\bnothing to eat\b", r"\b(only|just) (one|1) meal\b", r"\b(always|very|so|really|constantly) hungry\b",
        r"\bwithout (food|water|eating|sleep|a bed|beds)\b", r"\bsleep on the floor\b",
        # es
        r"\bsin (comida|comer|agua|cama|camas|dormir|bano|luz|cobijas|alimentos?|calefaccion)\b",
        r"\b(no|nunca) (<CL> )?(da|dan|dio|dieron|daba|daban|deja|dejan|dejaba|dejaban) (\w+ )?(comida|comer|agua"
        r"|de comer|dormir|ir al bano|banar\w*|alimentos?)\b",
        r"\b(pasamos|pasan|pasa|aguantamos|aguantan|tenemos|tienen|nos matan de|matan de) (mucha )?hambre\b",
        r"\bno (hay|tenemos|tienen) (comida|agua|cama|camas|que comer)\b", r"\bduerm\w* en el (piso|suelo)\b",
        # fr
        r"\bsans (nourriture|manger|eau|lit|dormir|repas)\b",
        r"\bpas (de |d')(nourriture|eau|lit|douche|toilettes|chauffage|repas|manger)\b",
        r"\b(donne|donnent|laisse|laissent|donnait|donnaient) (pas|rien|jamais)( \w+){0,2} (a manger|de nourriture"
        r"|d'eau|manger|dormir|boire)\b", r"\brien a manger\b",
        r"\b(on a|j'ai|ils ont|elles ont|nous avons|elle a) (tout le temps |toujours )?faim\b", r"\baffam\w*",
        # pt
        r"\bsem (comida|comer|agua|cama|dormir|banheiro|banho)\b",
        r"\b(nao|nunca) (<CLPT> )?(da|dao|dava|davam|deu|deram|deixa|deixam|deixava|deixavam) (\w+ )?(comida|comer"
        r"|agua|dormir|banho|beber)\b", r"\bpassa(mos|m)? fome\b", r"\bnada (pra |para )?comer\b",
        r"\bdorm\w* no chao\b",
    ),
    "Other": (  # isolation, being sold, branding
        # "he had her phone in his pocket", "isn't allowed her own phone" (nothing was read)
        r"\b(he|she|they|the boss|the owner) (has|had|holds|held|keeps|kept) (her|his|their|our|my) (phones?"
        r"|cell ?phones?|cells)\b",
        r"\b(not|isn'?t|aren'?t|never|wasn'?t) allowed (to have )?(a |her |his |their |any )?(own )?(phones?|cell"
        r" ?phones?)\b",
        r"(?<!\bi )(?<!\bwe )\b(took|take|takes|taking|taken|keep|keeps|kept|confiscat\w*|smash\w*|broke)( all)?"
        r" <POSS>( \w+)? (phones?|cell ?phones?|cells)\b",
        r"\b(can't|cannot|not allowed to|aren't allowed to|isn't allowed to|<NEG> let (me|us|her|him|them)) (have"
        r"|use|keep|call|talk to|speak to|contact|text|see)( (a|my|our|her|his|their|any))? (phones?|cell ?phones?"
        r"|family|families|friends|anyone|anybody|mom|mother|parents|husband|us|home)\b",
        r"\bisolat\w*", r"\bno (contact|communication) with\b", r"\b(branded|tattooed)\b",
        # never a word with anyone
        r"\b(never|don'?t|do not|can'?t|cannot|not allowed to) (talk|speak) to (customers|clients|anyone|anybody"
        r"|people|nobody|the customers)\b",
        # watched: "he watches her phone", "reads all her messages", "tracks her location"
        r"(?<!\bi )(?<!\bwe )\b(watch|watches|watched|check|checks|checked|read|reads|monitor|monitors|monitored"
        r"|goes through|go through|went through|track|tracks|tracked|spy on|spies on)( all)? <POSS>( \w+)? (phones?"
        r"|cell ?phones?|messages|texts|calls|location|whatsapp)\b",
        r"\b(sold|bought) (me|us|her|him|them|girls|women|kids|children|the (girls|women|kids))\b",
        # es
        r"\b(quit\w*|tiene|tienen|guarda|guardan|rompi\w*)( \w+)? <DETES>( \w+)? (celular(es)?|telefonos?|cel)\b",
        r"\bno (<CL> )?(deja|dejan|dejaba|dejaban|permite(n)?) (tener|usar|hablar|llamar|ver|comunicar\w*)( \w+){0,3}"
        r" (celular|telefono|cel|familia|nadie|familiares|mama|amigos)\b",
        r"\bno (podemos|puedo|pueden|puede) (hablar|llamar|comunicar\w*) (con|a) (nadie|la familia|nuestra familia"
        r"|mi familia|su familia)\b", r"\baislad\w*", r"\bni (tener|usar) (\w+ )?(telefono|celular|cel)\b",
        r"\b(la|las|lo|los|nos|me) (vendi\w*)\b",
        r"\b(le|les|me|nos) (revisa|revisan|checa|checan|lee|leen|vigila|vigilan|revisaba|checaba) (\w+ )?(el"
        r" |los |sus |mis |su )?(celular(es)?|telefonos?|cel|mensajes|llamadas|whatsapp)\b",
        # fr
        r"\b(pris|prend|prennent|confisqu\w*|garde|gardent)( \w+)? <DETFR>(\w+ )?(telephones?|portables?)\b",
        r"\bisol(e|ee|es|ees|ement)\b", r"\b(l'ont|m'ont|les ont|nous ont|l'a|m'a|les a|nous a) vendue?s?\b",
        # pt
        r"\b(peg\w*|tom(a|am|ou|aram)|tir(a|am|ou|aram)|fic\w* com|quebr\w*)( \w+)? <DETPT>( \w+)? (celular"
        r"|celulares|telefone|telefones)\b", r"\bisolad\w*",
        r"\bnao (<CLPT> )?(deixa|deixam|deixava|deixavam) (ter|usar|falar|ligar|ver)( \w+){0,3} (celular|telefone"
        r"|familia|ninguem|mae|amigos)\b",
    ),
}
# Look-alikes removed before a concept is read.
NOT_MEANS = {
    "Threats": (r"\blife ?threatening\b",
                # a joke: "my manager would kill me if he saw me on my phone haha" (filed as threats)
                r"\b(kill|matar|tuer|matan|mata)\b[^.!?]{0,50}(\blol\b|\bhaha\w*|\blmao\b|\bjaja\w*|\bkkk+|😂|🤣|\bmdr\b)"),
    "FalsePromises": (r"\b(i|we) promise\b", r"\bpromise (you|me)\b", r"\b(te |se |les |le )?(lo )?prometo\b",
                      r"\bje (te |vous )?(le )?promets\b",
                      # one's own mistake: "enganei-me: é na rua de sa da bandeira", "me equivoque" (filed as false
                      # promises)
                      r"\b(eu )?(me )?enganei(-me| me)?\b", r"\bme equivoque\b", r"\bje me suis trompee?\b",
                      r"\bi was (wrong|mistaken)\b"),
    "PhysicalAbuse": (r"\bhit (me|us) up\b", r"\bhurts? (my|her|his|their) feelings\b",
                      # Portugal's "apanhar" is to pick: "estou a apanhar mirtilos" (filed as a beating)
                      r"\bapanh\w* (\w+ )?(mirtilos|fruta|frutas|laranjas|morangos|azeitonas|uvas|tomates|batatas"
                      r"|cafe|algodao|macas?|cerejas|framboesas|amoras|pinhas|kiwis|peras|cogumelos|castanhas|legumes"
                      r"|frutos|alfaces|pimentos|cebolas|o autocarro|o comboio|o onibus|sol|chuva|frio)\b"),
    "PsychoactiveSubstances": (r"\bdrug tests?\b",),
    "RestrictsMovement": (*CATEGORIES["held"]["not"],
                          # "nobody said we cant leave", "nadie dijo que no pueden salir"
                          r"\b(nobody|no one|noone|nadie|ninguem|personne)( ever)? (said|says|told|dijo|dice|disse"
                          r"|a dit|stops?|keeps?)\b[^.!?]{0,30}\b(leave|leaving|go|going|salir|irse|sair|partir)\b"),
    # the person's own fear, not what anyone threatened: "si me van a deportar mejor no digo nada", "what if they
    # deport me", "¿me van a deportar si denuncio?" (filed as the story, with a threat nobody made)
    "ThreatOfLawEnforcement": (r"\b(y )?si (me|nos) (van|va) a (deportar|reportar|denunciar)\b",
                               r"\bwhat if (they|ice|immigration|the police) (deport|arrest|report)s? (me|us)\b",
                               r"^\W*(me|nos) (van|va) a (deportar|reportar|denunciar) si (denuncio|les cuento|hablo"
                               r"|digo|reporto|llamo)\b", r"\b(will|would|could) (i|we) (get|be) deported\b",
                               # asking us: "but will u call the police on him" (filed as his threat, and answered
                               # "threatening someone with the police is a way to control them")
                               r"\b(will|would|can|could|do|are|r) (u|you|y'?all|you guys|they) (\w+ )?(call|calling"
                               r"|report|reporting|tell|telling|send|sending)( \w+){0,2} (the )?(police|cops|ice|911"
                               r"|immigration)\b[^.!?]*"),
}
# A threat only counts as such where its clause names no police, immigration or children.
WEAK_THREAT = r"\b(threat\w*|amenaz\w*|menac\w*|ameac\w*)"

# money or gifts sent to someone (how children are bought online): followed by pictures asked for, or a hotel
MONEY_SENT = (r"\b(sends?|sending|sent|gives?|giving|gave|pays?|paying|paid|offers?|offering|offered) (her|him|them|me"
              r"|us) (money|cash|gifts?|gift cards?)\b")
MONEY_SENT_ES = (r"\b(manda|mandan|mando|da|dan|dio|ofrece|ofrecen|paga|pagan|pago|deposita\w*|envia\w*) (\w+ )?(dinero"
                 r"|plata|lana|regalos|feria)\b")
SEX = (
    r"\bprostitu\w*",
    # twenty-sixth session probes: "she makes us do sex stuff with the customers", "2. et c du sexe, les clients", "la
    # tienen en una cantina atendiendo hombres" (each filed with no kind, or as forced work)
    r"\b(sex|sexual) (stuff|things|acts?|favou?rs?)\b[^.!?]{0,30}\b(customers?|clients?|men|guys|johns)\b"
    r"|\b(c'?est|c|ce sont|c est) (du|des) (sexe|relations sexuelles|passes)\b",
    r"\b(atendiendo|atender|atiende|atienden|atendia) (a )?(hombres|señores|senores|clientes)\b[^.!?]{0,60}\b(cantina"
    r"|bar|cuarto|cuartos|motel|hotel|noche|privado)\b|\b(cantina|bar|motel)\b[^.!?]{0,60}\b(atendiendo|atender|atiende"
    r"|atienden) (a )?(hombres|señores|senores)\b",
    # "el me pone a trabajar con hombres", "me pone a estar con señores", "faire des clients" (filed as forced work)
    r"\b(pone|ponen|puso|pusieron|obliga|obligan|hace|hacen|manda|mandan) a (trabajar|estar|atender|acostarme"
    r"|acostarse|salir) con (los )?(hombres|clientes|senores|tipos|viejos|varios hombres)\b",
    r"\b(faz|fazem|obriga|obrigam|manda|mandam|poe|poem|bota|botam) (eu |ela |elas |a gente )?(a )?(ficar|sair"
    r"|atender|trabalhar|dormir) com (os )?(homens|clientes|caras)\b",
    # "ela tem que atender homem numa casa", "eles me fazem sair com homem", "fazer programa" (filed as forced work,
    # its work the restaurant of the false promise)
    r"\b(tem que|tem q|precisa|obrigad[ao] a|obrigam a|obriga a) (atender|sair com|ficar com|dormir com|transar com)"
    r" (homem|homens|clientes?|caras?|velhos?)\b|\b(fazem|faz|obrigam|obriga) (eu|ela|elas|a gente|me|nos)? ?(a )?"
    r"sair com (homem|homens|caras|clientes)\b|\bfazer programas?\b",
    r"\b(makes?|made|forces?|forced) (me|her|us|them) (to )?(sleep|be|go) with (men|guys|clients|johns"
    r"|different men)\b",
    # said without the word: "they make me do stuff with guys. i dont want to", "guys come to the room", "i have to see
    # men every night", "my bf makes me meet ppl for money" (filed with no kind, the buyers' gender as the victim's)
    r"\b(makes?|made|forces?|forced|making|forcing|has|have|had) (me|her|us|them) (to )?(do (stuff|things|it|sexual"
    r" things|things i dont want)|hook up|mess around|be nice|party|fool around) (with|w|for) (guys|men|clients|johns"
    r"|strangers|older men|old men|his friends|customers|dudes)\b",
    r"\b(men|guys|johns|clients|dudes|strangers)( \w+)? (come|comes|came|keep coming|kept coming|visit|visiting|come"
    r" over) (to|into|in) (the|my|our|her|this|that) (room|motel|hotel|apartment|apt)\b",
    r"\b(i|we|she) (have|has|had|got) to (see|meet|be with|sleep with|hook up with|go with) (men|guys|clients|johns"
    r"|strangers|customers|ppl|people|different men)\b[^.!?]{0,30}\b(every|each|a) (night|day|week)\b"
    r"|\b(makes?|made|forces?|forced) (me|her|us|them) (to )?(meet|see) (ppl|people|men|guys|clients|strangers)"
    r" (for|4) (money|cash|\$)",
    # sextortion: "he has my pics and says he'll send them to my friends unless i pay" (filed as "other")
    r"\bsextort\w*", r"\b(nudes|nude (pics|photos)|naked (pics|photos|pictures)|intimate (pics|photos|images|videos)"
    r"|fotos (intimas|desnud\w*)|fotos intimas|nudes?|fotos pelad\w*|photos intimes)\b[^.!?]{0,60}\b(unless|or else"
    r"|if (i|he|she|they) (don'?t|dont|do not)|pay|money|si no|o si no|dinero|pagar|se nao|dinheiro|sinon|payer)\b",
    r"\bsex ?(work\w*|trade|industry|trafficking|slaves?|exploit\w*)\b",
    r"\bsell(s|ing)? (her|their|my|our|his)? ?(body|bodies|sex|themselves|herself)\b",
    r"\b(sell|sells|selling|sold) (me|us|her|him|them|the (girls|women|kids)) (for sex|to men|to clients)\b",
    r"\bsold for sex\b",
    # "eles vendem ela pra sexo", "la venden para sexo", "ils la vendent pour du sexe" (read as forced work, or no kind)
    r"\b(vendem|vende|venderam|vendeu|venden|vendio|vendieron|vendent|vend|vendu|vendue)( \w+)? (pra|para|por|pour)"
    r" (o |el |du |le )?(sexo|sex|programa)\b",
    # dancing for clients, and more: "il la fait danser dans des bars… et plus que ca avec des clients"
    r"\b(danser|dancing|dance|bailar|dancar)\b[^.!?]{0,80}\b(avec|with|con|com) (les |des |the |los |os )?(clients"
    r"|clientes|customers|johns|hommes|men)\b",
    r"\b(bars? de danseuses|strip ?clubs?|table dance|bar de ficheras)\b",
    r"\b(make|makes|made|force|forces|forced) (her|them|me|us|the girls) (to )?(dance|strip|take (her|their|my) clothes"
    r" off)\b", r"\b(la|las|me|nos) (ponen|obligan|hacen|pone|obliga|hace) a (bailar|fichar|desnudar\w*)\b",
    # "las ponen a atender hombres", "la obligan a estar con clientes"
    r"\b(la|las|lo|los|me|nos) (ponen|obligan|hacen|pone|obliga|hace|mandan|manda) a (atender|estar con|acostarse con"
    r"|acostarme con|complacer|irse con|irme con|irnos con|ir con|salir con|ir a los cuartos con) (a )?"
    r"(los |un |unos )?(hombres|clientes?|señores|senores|tipos)\b",
    # "no kise salir con un cliente" (a bar worker beaten for it), "force a faire des clients"
    r"\b(no quise|no kise|no quiero|no queria|no quice) (salir|ir|irme|estar|acostarme) con (un |el |los |unos )?"
    r"(cliente|clientes|hombre|senor)\b", r"\bfaire des clients\b",
    r"\b(force|forcent|oblige|obligent|fait|font)\w* (a |de )?(voir|coucher avec|recevoir) des (clients|hommes|mecs)\b",
    # "las muchachas fichan", "tienen que fichar con los clientes", "la esta ofreciendo con otros hombres" (read as
    # "other", or as no kind at all)
    r"\b(fichan|fichar|fichando|fichera|ficheras|fichaje)\b",
    # "un novio que la sube a paginas de internet para vender": sold online (the mother was asked "work or sex?")
    r"\b(sube|suben|subio|pone|ponen|anuncia|anuncian|publica|publican) (\w+ ){0,3}(paginas|internet|anuncios|sitios"
    r"|redes)\b[^.]{0,30}\b(vender\w*|ofrec\w*)\b",
    r"\b(posts?|posted|posting|advertis\w*) (her|him|them|me) (online|on (sites|websites|ads|the internet))\b[^.]{0,30}"
    r"\b(sell|selling|for sale|for money|to men)\b",
    r"\b(ofreciendo|ofrece|ofrecen|ofrecia|ofrecio|vendiendo|vende|venden) (a ella |a la nina |la |las )?(con|a)"
    r" (otros )?(hombres|senores|tipos|clientes)\b",
    r"\b(la|las) (ofrece|ofrecen|esta ofreciendo|estan ofreciendo|ofrecia|vende|venden) (con|a) (otros )?(hombres"
    r"|senores|tipos|clientes)\b",
    r"\b(cuartos de atras|cuartos de arriba|back rooms?)\b[^.]{0,30}\b(clientes|customers|men|hombres)\b"
    r"|\b(clientes|customers|men|hombres)\b[^.]{0,30}\b(cuartos de atras|back rooms?)\b",
    # "he wants pics first, not with clothes", "nudes": what is asked of a child online
    r"\b(pics|pictures|photos|fotos|videos)\b.{0,30}\b(without|no|not with|sin|sem) (clothes|ropa|roupa)\b",
    r"\b(nudes|desnud[oa]s|pelad[oa]s|packs?)\b(?! (de|of) (cerveza|beer|cigar\w*))",
    # "my boyfriend makes me see men", "i have to sleep with his friends so i can stay there", "tengo que acostarme con
    # sus amigos": no kind was read, and the read-back had none
    r"\b(make|makes|made|force|forces|forced|has|have|had|got) (me|her|us|them|the girls) (to )?(see|meet|be with"
    r"|sleep with|have sex with|service|go with|hook up with) (men|guys|clients|customers|johns|strangers|older men"
    r"|other men|(his|their|the boss'?s?) (friends|buddies|boys|clients))\b",
    r"\b(i|we|she|they) (have|has|had) to (sleep with|have sex with|hook up with|be with) (men|guys|strangers|older"
    r" men|his friends|their friends|the boss'?s? friends|clients|customers)\b",
    r"\b(tengo|tenemos|tiene|tienen) que (acostarme|acostarnos|acostarse|estar|dormir) con (hombres|sus amigos|clientes"
    r"|senores|tipos|desconocidos)\b", r"\b(tenho|temos|tem) que (dormir|transar|ficar|sair) com (homens|os amigos"
    r"|clientes|caras)\b",
    # "makes me meet guys for money", "sells her to men", "me obliga a estar con hombres"
    r"\b(meet( up)?( with| w/?)?|see|sees|seeing|be with|go with|date|service|entertain|sleep with"
    r"|do (stuff|things|sexual things|favors) (with|for)) (guys|men|clients|customers|johns|dudes"
    r"|strangers|older men|(his|their|the boss'?s?) (friends|buddies|boys|clients))( \w+){0,2}"
    r" for( (money|cash|\$?\d+\b|\$+)|$)",  # (a "for $$" ends the prepared text at "for")
    # "he will pay her to meet him", "offers her money to send pics": how children are bought online
    r"\b(pay|pays|paying|paid|offer|offers|offering|offered|give|gives|giving) (her|him|them|me|us)( \$?\d+| money"
    r"| cash| gifts?){0,2} (to|for) (meet|meeting|hang out|come over|see him|send (\w+ )?(pics|pictures|photos|nudes"
    r"|videos))\b",
    # money sent and pictures asked for ("le manda dinero y le pide fotos", "sends her money and asks for pics")
    MONEY_SENT_ES + r"[^.]{0,40}\b(pide|piden|pidio|pedir|manda(r)?|envia(r)?) (\w+ )?(fotos|videos|packs?)\b",
    MONEY_SENT + r"[^.]{0,40}\b(asks?|asked|wants?|wanted) (her|him|them|me|us)? ?(for|to send) (\w+ )?(pics"
    r"|pictures|photos|videos|vids)\b",
    # money sent, then a meeting at a hotel ("sending her money and wants her to meet him in a hotel this weekend",
    # "le manda dinero y quiere verla en un hotel"): a child bought online (the kind question was asked, and the
    # report filed with none)
    MONEY_SENT + r"[^.]{0,40}\b(meet|see|come|go)\b[^.]{0,25}\b(hotel|motel)\b",
    MONEY_SENT_ES + r"[^.]{0,40}\b(ver\w*|encontrar\w*|ir|vaya)\b[^.]{0,25}\b(hotel|motel)\b",
    # a child asked for pictures ("a guy on snapchat is asking my 13 yo daughter for pics")
    r"\b(ask\w*|beg\w*|pressur\w*) (my|her|his|a|the|our) (\d+ ?(yo|year old) )?(daughter|son|kid|child|girl|boy"
    r"|niece|nephew|sister|brother|granddaughter|student) (for|to send) (\w+ )?(pics|pictures|photos|videos|vids)\b"
    r"(?! of (the|a|an|his|my|our|their|your) )",
    r"\b(le|les) (pide|piden|pidio|pedia) (fotos|videos)\b[^.]{0,40}\b(dinero|plata|regalos)\b",
    # made to send or pose for sexual pictures ("makes her send pics", "la obligan a mandar fotos")
    r"\b(makes?|made|forces?|forced|pressures?|pressured) (me|her|us|them|the girls) (to )?(send|take|post|pose for)"
    r" (\w+ )?(pics|pictures|photos|nudes|videos|vids)\b",
    r"\b(me|la|las|nos) (obliga|obligan|hace|hacen|pide|piden) (a )?(mandar|enviar|tomar\w*|subir) (\w+ )?(fotos"
    r"|videos|desnud\w*)\b",
    # sold at truck stops ("they go truck to truck", "lot lizards", "de troca en troca")
    r"\b(truck to truck|cab to cab|lot lizards?|de (camion|troca|trailer|trailero) en (camion|troca|trailer|trailero)"
    r"|de camion a camion|de caminhao em caminhao)\b",
    # a stream of men at a house where a girl or women live ("different men come and go at night"): how commercial sex
    # in a residence is seen from next door
    r"\b(different|lots of|many|a lot of|so many|several|random|older|strange) (men|guys|dudes) (keep )?(come and go"
    r"|coming and going|go in and out|going in and out|in and out)\b",
    r"\b(men|guys) (come and go|coming and going|in and out) (all night|at night|every night|all day)\b",
    # "theres a girl in 214… theres men going in and out all day" (filed as forced work: the writer cleans rooms)
    r"\b(men|guys|dudes) (going|coming|walking) (in and out)\b",
    # her boyfriend's friends pay him: "me lleva a ver a sus amigos a un motel… y ellos le dan dinero a el" (no kind)
    r"\b(ellos|sus amigos|los senores|los hombres) (le|les) (dan|pagan|daban|pagaban) (dinero|plata|lana|feria)\b",
    r"\b(they|his friends|the men|the guys) (give|gave|pay|paid) him (money|cash)\b",
    r"\b(lleva|llevan|leva|levam|takes|took|emmene) (a ver |para ver )?(a )?(sus|seus|his|ses) (amigos|friends|amis)\b"
    r"[^.!?]{0,20}\b(motel|hotel)\b",
    r"\b(est|is|esta|ta|she'?s|shes|sont|are|estan|tao|they'?re|theyre)( \w+){0,9} (avec|with|con|com) (un|a|el|o"
    r"|le|des|some|unos|uns) (clients?|johns?|clientes?)\b",
    r"\b(hombres|senores|tipos) (distintos |diferentes )?(entran y salen|van y vienen|que entran y salen)\b",
    r"\b(entran y salen|van y vienen) (muchos |varios |distintos |diferentes )?(hombres|senores|tipos)\b",
    r"\b(des )?hommes (differents )?(entrent et sortent|qui entrent et sortent|vont et viennent)\b",
    r"\bhomens (diferentes )?(entram e saem|que entram e saem|vem e vao)\b",
    # asked for nudes ("a man online is asking my son for nude pics"): how children are exploited online
    r"\b(nudes|(nude|naked|sexual|explicit|dirty) (pics|pictures|photos|videos|vids|selfies)|sextort\w*"
    r"|fotos? (intimas?|desnud\w*|sin ropa|nuas?)|videos? (intimos?|desnud\w*)|photos? (nues?|denudees?|intimes?))\b",
    r"\b(sells?|selling|sold|rents?|rented|renting|pimps?) (me|us|her|him|them|the (girls|women|kids))( out)? (to (men"
    r"|guys|clients|customers|strangers)|for (money|sex|cash|\$?\d+)|online)\b",
    r"\b(makes?|made|forces?|forced) (me|her|us|them|the girls) (do|go on|take) (dates|calls|outcalls|incalls)\b",
    r"\b(estar|salir|ir|acostar\w*) con (otros |varios |muchos |distintos |diferentes )?(hombres|clientes|senores"
    r"|tipos|desconocidos)\b",
    # "ela tem que sair com clientes", "she has to go out with customers" (from the bar where she works)
    r"\b(sair|ficar|dormir|transar) com (os |outros |varios |muitos )?(clientes|homens|caras)\b",
    r"\b(go|goes|going|went) (out )?with (the )?(clients|customers|johns)\b",
    r"\b(me|nos|la|las) (vende|venden|vendia|vendian|vendio|renta|rentan)( \w+)? (a|con) (hombres|clientes|senores"
    r"|tipos)\b",
    # advertised: "my boyfriend posts me on websites", "la anuncia en internet"
    r"\b(posts?|posted|posting|advertis\w*|lists?|listed|sells?) (me|her|them|us|the girls|pics of (me|her|them))"
    r"( \w+){0,2} (online|on (\w+ )?(websites?|sites?|apps?|backpage|craigslist|megapersonals|skip the games"
    r"|onlyfans|the internet))\b",
    r"\b(me|la|las|nos) (anuncia|anuncian|publica|publican|sube|suben|ofrece|ofrecen) (\w+ )?en (internet|paginas"
    r"|una pagina|redes|anuncios)\b",
    # her ads put up by someone else: "he set up her ads online" (the summary had no kind)
    r"\b(sets?|set|puts?|put|runs?|ran|makes?|made|posts?|posted|writes?|wrote|pays? for|paid for) up (her|their"
    r"|the girls'?) (ads|listings?|profiles?)\b",
    r"\b(he|she|they|pimp|boyfriend|bf|man|guy) (sets?|set|puts?|put|runs?|ran|makes?|made|posts?|posted|writes?|wrote"
    r"|pays? for|paid for) (her|their|my|the girls'?) (ads|listings?)( up)?( online| on \w+)?\b",
    # sent to men: "he sends me to guys houses", "la manda a casas de hombres", "drives her to hotels to meet men"
    r"\b(sends?|sent|takes?|took|drives?|drove|drops?|dropped) (me|us|her|them|the (girls|women))( out)? to (guys|men"
    r"|clients|customers|johns|strangers|older men)'?s? (houses|homes|places|apartments|rooms|hotel rooms)\b",
    r"\b(sends?|sent|takes?|took|drives?|drove) (me|us|her|them|the (girls|women)) to (hotels?|motels?|houses|parties)"
    r" to (meet|see|be with) (men|guys|clients|customers)\b",
    r"\b(me|la|las|nos) (manda|mandan|lleva|llevan|mandaba|llevaba|llevaban) a (casas?|hoteles|moteles|cuartos) de"
    r" (hombres|clientes|senores|tipos)\b",
    r"\bescort\w*", r"\b(have|having|has|had) sex (with|for) (men|clients|customers|guys|strangers|johns|money)\b",
    r"\bsleep(s|ing)? with (men|clients|customers|guys|strangers|johns|other men)\b",
    r"\b(sleep|sleeps|sleeping|slept|have sex|having sex|sex)( with [^.]{0,30})? for (money|cash|rent|\d+)\b",
    # sex traded for a place to stay: "he says i gotta pay rent… so its like.. with sex", "he lets me stay if i sleep
    # with him", "pago la renta con sexo" (a girl of 16 was told it did not sound like trafficking)
    r"\b(pay|paying|pays|paid|cover|covering)( the| my| for( the| my)?)? (rent|room|stay|place|bills?)\b[^!?]{0,40}"
    r"\bwith sex\b|\bsex (for|in exchange for|as|to pay( for)?) (the |my |a )?(rent|room|place to stay|somewhere to"
    r" stay|food|drugs)\b|\b(lets?|let) (me|her|us|them) stay( there| here)? (if|as long as) (i|she|we|they) (have"
    r" sex|sleep with|hook up|do stuff|do things)\b|\b(pago|pagar|pagamos|pagarle|paga)( la| el)? (renta|cuarto"
    r"|alquiler|hospedaje) con sexo\b|\b(a cambio de|por) (sexo|acostarme con el)\b[^.!?]{0,20}\b(me deja"
    r"|quedarme|vivir)\b",
    r"\b(pimp\w*|padrote\w*|proxenet\w*|chulo|cafiche|cafeta\w*|proxenete)\b",
    r"\b(brothel|whorehouse|burdel|prostibulo|bordel|maison close|puteiro|casa de citas)\b",
    r"\b(happy endings?|final feliz|extra services|sexual services|servicios sexuales|services sexuels"
    r"|servicos sexuais)\b",
    # "men pay for more", "los clientes pagan extra": more than the massage or the dance
    r"\b(men|guys|clients|customers|johns|hombres|clientes|senores|tipos) (pay|paid|pays|pagan|pagaban|le pagan"
    r"|les pagan) (her |them |le |les )?(for |por )?(more|extra|extras|something more|algo mas|mas|extra)\b",
    r"\b(strip ?club|strippers?|stripping|table dance|teibol)\b", r"\bporn\w*",
    r"\btrabaj\w* (sexual|de prostituta)\b", r"\bsexoservidor\w*", r"\bficher[ao]s?\b",
    r"\b(acostarse|tener sexo|tener relaciones( sexuales)?|coger) con (hombres|clientes|desconocidos|senores"
    r"|muchos hombres|los clientes)\b", r"\bvend\w* (su|sus) cuerpos?\b",
    r"\b((faire|fait|font|faisait|faisaient) des passes|le trottoir|racol\w*|michetonn\w*)\b",
    r"\b(coucher|avoir des rapports) avec (des )?(hommes|clients|inconnus)\b",
    r"\b(garotas? de programa|fazer programa|faz programa|fazem programa|fazia programa)\b",
    r"\b(transar|dormir|fazer sexo) com (homens|clientes|estranhos)\b", r"\bonlyfans\b",
    r"\bpost(s|ed|ing)? (her|them|pictures|photos|ads)( \w+)? (online|on (the |a |an |some |these |those )?(\w+ )?"
    r"(internet|websites?|sites?|apps?|backpage|craigslist|skipthegames|megapersonals))\b",
    r"\b(sells?|selling|sold|advertis\w*) (me|us|her|him|them|the (girls|women|kids)) on (the |a |some )?(\w+ )?"
    r"(internet|web|websites?|sites?|apps?)\b",
    # "she goes to hotels with guys", "he takes her to motels to meet men"
    r"\b(goes|go|went|going|gone|taken|takes|took|take|brings|bring|brought|drops|dropped) (her |them |me |us )?(off )?"
    r"(to )?(hotels?|motels?)( rooms?)? (with|to meet|to see|to be with) (guys|men|different men|older men|clients"
    r"|strangers|customers)\b",
    r"\b(obliga\w*|forz\w*|ponen|pone) a (estar|acostarse|tener sexo|tener relaciones|coger) con (hombres|clientes"
    r"|senores|desconocidos)\b",
)
FORCED_LABOUR = (
    r"\bforced (to )?(labou?r|work)\b", r"\b(slave(ry|s)?|enslav\w*|esclav\w*|escrav\w*)\b",
    r"\btrabajos? forzados?\b", r"\btravail force\b", r"\btrabalho (forcado|escravo)\b",
    r"\b(work|working|works|worked)( \w+){0,4} for (free|nothing)\b", r"\btrabaj\w* (gratis|de gratis)\b",
    r"\blabou?r trafficking\b", r"\btrata laboral\b",
    r"\b(force|forces|forced|make|makes|made|making) (me|us|her|him|them|the (girls|women|kids|workers|boys|men))"
    r" (to )?work\b", r"\b(obliga\w*|forz\w*) a trabajar\b", r"\b(force\w*|oblige\w*) a travailler\b",
    r"\b(obrig\w*|forc\w*) a trabalhar\b", r"\b(la|las|lo|los|nos|me|les|le) (ponen|pone|hacen|hace) a trabajar\b",
)
COERCED = r"(forced|force|forces|forcing|make|makes|made|making|obliga\w*|forz\w*|oblige\w*|obrig\w*|ponen a|pone a)"
OTHER_EXPLOIT = (
    COERCED + r"( (me|us|her|him|them|the (kids|children|girls|boys|women)))? (to )?(a )?(beg|steal|sell drugs"
    r"|deal drugs|carry drugs|move drugs|smuggle|commit crimes?|pedir (dinero|limosna)|robar|vender drogas"
    r"|pasar droga|mendigar|mendier|voler|vendre de la drogue|roubar|pedir esmola|traficar)\b",
    r"\bforc\w* ((me|us|her|him|them) )?(to )?marr\w*", r"\bforced marriage\b", r"\bmarr(y|ied) (her )?off\b",
    r"\bmatrimonio forzad\w*",
    r"\bcasar(la|las|lo|se)? a la fuerza\b", r"\b(obliga\w*|forz\w*) a casarse\b", r"\bvend\w* para casarse\b",
    r"\bmariage force\b", r"\bmarie\w* de force\b", r"\bcasamento forcado\b", r"\bobrigad\w* a casar\b",
    r"\b(organs?|organos|organes|orgaos) (harvest\w*|remov\w*|traffick\w*|sold|vend\w*)\b",
    r"\b(drug mules?|mula de droga|burrer\w*)\b",
)
COERCION = COERCED + r"\b"

# Kinds of work, as normalised English words; the first that appears (outside a false promise) is taken.
LABOUR = (
    ("sex work", SEX),
    ("agriculture", (r"\b(pick(s|ing|ed)?|harvest\w*) (the )?(strawberr\w*|tomato\w*|fruit|oranges|apples|crops"
                     r"|cherries|grapes|vegetables|lettuce|cotton|tobacco|peppers|berries|blueberries|onions"
                     r"|melons|cucumbers)\b", r"\bharvest\w*", r"\b(farm|field|orchard|ranch) ?(work|workers?|hands?"
                     r"|labou?r)\b", r"\bfarmworkers?\b", r"\bagricultur\w*", r"\b(pizca|pisca|pizcando|piscando)\b",
                     r"\bcosecha\w*", r"\btrabaj\w* en el campo\b", r"\b(campesin|jornaler)\w*", r"\bagricol\w*",
                     r"\b(recoger|recogiendo|cortar|cortando|piscar|pizcar) (fresa|fresas|tomate|naranjas|fruta|uvas"
                     r"|chile|manzanas|cebolla|lechuga)\b", r"\b(cueillette|recolte|vendanges)\b",
                     r"\b(colheita|lavoura|boia fria)\b", r"\b(farm|farms|ranch|granja|rancho|finca|fazenda|vivero"
                     r"|nursery)\b", r"\b(une|la|des|les) fermes?\b")),
    ("construction", (r"\bconstruction\b", r"\b(roofing|roofers?|drywall|framing|masonry)\b",
                      r"\b(albanil|albaniles|construccion|techos|techero|tablaroca)\b", r"\ben (la|una) obra\b",
                      r"\b(chantier|batiment|macon)\b",
                      r"\b(pedreiro|construcao|(na|numa|em) obra|canteiro de obras)\b")),
    ("domestic work", (r"\bdomestic (work|worker|workers|servant|help)\b", r"\b(housekeeper|maid|nann(y|ies)"
                       r"|au pair|babysit\w*|live in (maid|nanny|housekeeper|caregiver))\b",
                       r"\b(empleada|trabajadora|trabajo) domestic[oa]\b",
                       r"\b(sirvienta|muchacha de planta|ninera|nana)\b", r"\blimpia(r|ndo)? la casa\b",
                       r"\b(domestique|bonne a tout faire|nounou|aide menagere)\b",
                       r"\b(empregada|trabalho) domestic[oa]\b", r"\b(empregada|baba)\b",
                       # living-in work for one household: "she cleans for the family next door"
                       r"\b(cleans?|cleaning|cooks?|cooking|works?|working) for (the|a|this|that|their|his|her|some)"
                       r" (\w+ )?(family|families|household|couple)\b",
                       r"\b(limpia|limpian|cocina|cocinan|trabaja|trabajan) (para|con) (la|una|esa|esta) familia\b",
                       # made to keep the house: "they make her clean and take care of kids all day"
                       r"\b(make|makes|made|force|forces|forced) (her|him|them|me|us) (to )?(clean|cook"
                       r"|do (the |all the )?(housework|chores)|take care of (the |their |his |her )?(kids|children"
                       r"|baby|babies))\b",
                       r"\b(la|lo|las|los|me|nos) (ponen|pone|obligan|obliga|tienen|tiene) (a )?(limpiar|limpiando"
                       r"|cuidar|cuidando) (la casa|a los ninos|ninos|a los hijos|los hijos|al bebe)\b")),
    ("nail salon", (r"\bnail (salon|spa|shop|place|bar|tech\w*)s?\b", r"\b(do|does|doing) nails\b",
                    r"\bmanicur\w*", r"\b(salon|salones) de unas\b", r"\bhac\w* (las )?unas\b",
                    r"\b(onglerie|ongles)\b", r"\bunhas\b")),
    ("massage parlor", (r"\bmassage\w*", r"\b(masaje\w*|masajista)\b", r"\b(massagem|massagista)\b", r"\bspa\b")),
    ("restaurant", (r"\brestaurants?\b", r"\b(dishwash\w*|busboy|waitress|waiter|line cook)\b",
                    r"\b(restaurante|mesera|mesero|cocinera|cocinero|lavaplatos|taqueria|pupuseria|fonda|loncheria"
                    r"|cocina economica)\b",
                    r"\b(plongeur|serveuse|serveur|cuisinier|cuisiniere|restos?|restaurants?|restau)\b",
                    r"\b(garcom|garconete|cozinheira|cozinheiro|lanchonete)\b")),
    ("factory", (r"\b(factory|factories|sweatshop|garment)\b", r"\b(fabrica|maquila\w*|costura)\b",
                 r"\b(usine|atelier)\b")),
    ("food processing", (r"\b(meat ?pack\w*|poultry plant|processing plant|packing (house|plant)|slaughterhouse"
                         r"|(chicken|poultry|pork|beef|meat|fish|seafood|crab|shrimp) (plant|factory|processing)"
                         r"|(planta|empacadora|procesadora) de (pollo|carne|puerco|pescado|mariscos|camaron)"
                         r"|empacadora|matadero|frigorifico|abattoir)\b",)),
    ("hospitality", (r"\b(housekeeping|hotel (work|job|staff|maid|cleaning))\b", r"\b(camarista|recamarera)\b",
                     r"\blimpi(a|an|ar|ando|aba|aban) (los )?(cuartos|habitaciones)\b", r"\bfemme de chambre\b",
                     r"\b(camareira|arrumadeira)\b")),
    ("cleaning", (r"\b(cleaning|cleaner|cleaners|janitor\w*|custodian)\b",
                  r"\b(cleans?|cleaned) (houses|homes|offices|buildings|rooms|hotels?|the (offices|building|rooms))\b",
                  r"\b(limpieza|limpiando|limpiar)\b",
                  r"\b(nettoyage|menage)\b", r"\b(limpeza|faxin\w*)\b")),
    ("street vending", (r"\bsell(s|ing)? (candy|flowers|roses|water|food|tamales|fruit|trinkets|bracelets"
                        r"|magazines)\b", r"\b(street vend\w*|peddl\w*|door to door)\b",
                        r"\bvend(e|en|er|iendo) (dulces|flores|rosas|chicles|agua|fruta|tamales|pulseras)\b",
                        r"\b(vendedora?s? ambulantes?|ambulantes?)\b", r"\bvendeu?r ambulant\b",
                        r"\bvend(re|ent|ait) (des )?(fleurs|bonbons|roses)\b", r"\bcamelo\b",
                        r"\bvend(er|e|em|endo) (bala|balas|doces|flores|agua) (no sinal|na rua)\b")),
    # (not pleading: "she was begging someone to stop" was filed as the work "begging")
    ("begging", (r"\b(begg(ing|ar|ars)|panhandl\w*)\b(?! (him|her|them|me|us|someone|somebody|for (help|mercy|him|her"
                 r"|them|it to)|to|not|him to|her to))", r"\bask(ing)? for (money|change|spare change) (on|in|at)"
                 r" (the )?(street|streets|corner|intersection|traffic)\b",
                 r"\bpedir (dinero|limosna|monedas)\b", r"\bpid(e|en|iendo) (dinero|limosna)\b", r"\blimosn\w*",
                 r"\bmendi\w*", r"\b(pedir|pedindo|pede|pedem) esmola\b", r"\besmola\b")),
    ("fishing", (r"\bfish(ing)? (boat|vessel|fleet|crew)s?\b", r"\b(fishing|fishermen|fisherman)\b",
                 r"\b(pesca|pescador(es)?|barco pesquero)\b", r"\b(peche|pecheurs?)\b", r"\b(pesqueiro|pescaria)\b")),
    ("landscaping", (r"\blandscap\w*", r"\b(lawn (care|mowing)|mow(ing)? lawns|yard ?work|gardening|gardeners?)\b",
                     r"\b(jardiner\w*|yarda|yardas)\b", r"\bcorta(r|ndo)? (el )?(pasto|zacate|cesped)\b",
                     r"\b(paysag\w*|jardinage)\b", r"\b(jardineiro|jardinagem)\b")),
    ("car wash", (r"\bcar ?wash\w*|\b(washing|wash|clean|cleaning) (the )?cars\b",
                  r"\b(lavado de (carros|autos|coches)|autolavado|lava ?autos|car wash|lava(r|ndo|mos) (carros|autos"
                  r"|coches))\b", r"\b(lavage auto|lave(r|nt)? des voitures)\b",
                  r"\b(lava jato|lava(r|ndo|mos) carros)\b")),
    ("home care", (r"\b(caregiver|elder care|home care|caretaker)\b", r"\bcuida(r|ndo)? (a )?(un |una |los |las |la"
                   r" |el )?(senor|senora|anciano|ancianos|abuelo|abuela|viejitos)\b", r"\b(cuidadora|aide soignante"
                   r"|garde malade)\b")),
    ("sales crew", (r"\b(magazine sales|sales crew|traveling sales|selling magazines|vender revistas)\b",)),
    ("drug dealing", (r"\b(sell(s|ing)? drugs|deal(s|ing)? drugs|drug dealing|drug mules?|mula de droga"
                      r"|vender drogas?|vende drogas?|venden drogas?|pasar droga|burrer\w*|vendre de la drogue"
                      r"|trafic de drogue|vender drogas?)\b",
                      # "make me hold and sell… selling weed n pills n carrying bags for them" (filed as sexual)
                      r"\b(sell(s|ing)?|push(es|ing)?|deal(s|ing)?|move|moving) (weed|pills|crack|meth|dope|coke"
                      r"|fentanyl|fent|percs|xans|bud|product)\b|\b(vender|vendiendo|vendo) (mota|hierba|pastillas"
                      r"|cristal|coca|piedra|perico)\b|\b(vender|vendendo) (maconha|pinos|pedra|po|cocaina)\b"
                      r"|\bdeal(er)? pour eux\b",)),
)
NON_LABOUR = {"sex work", "begging", "drug dealing"}  # kinds of exploitation of their own, not forced labour
# Alone, these are as often a bad job as forced labour; with another means of control they are forced labour.
# places where what is forced may be the work or may be sex: the kind is asked unless work is named
WORK_OR_SEX = frozenset({"massage parlor"})
WEAK_MEANS = {"PsychologicalAbuse", "ExcessiveWorkingHours", "FalsePromises", "RestrictsMedicalCare", "TakesEarnings",
              "Other"}
WORK_WORDS = (r"\b(work|works|working|worked|job|jobs|boss|employer|employers|contractor|crew leader|recruiter"
              r"|trabaj\w*|chamba|jale|patron|patrona|jefe|jefa|mayordomo|contratista|empleo|travail\w*|boulot"
              r"|emploi|patronne|trabalh\w*|patrao|patroa|emprego|empreiteiro)\b")
PROMISE_WORDS = (r"(promis\w*|promesas?|promessas?|prometi\w*|prometeram|prometeu|promet\w*|offered|ofrecieron|ofrecio"
                 r"|oferta|an offer|supposed to|iba a|ibamos a|dijeron que)")
PROMISE_SPAN = r"\b" + PROMISE_WORDS + r"\b((?!\b(but|pero|mais|mas|instead|then|luego)\b)[^.]){0,60}"
# the job itself in that promise ("le prometió trabajo"): not work done, even where the rest of the span is
PROMISED_JOB = (r"\b" + PROMISE_WORDS + r"( (de|of))?( (him|her|them|me|us|le|les|nos|lhe|lhes|lui|leur))?"
                r"( (a|un|una|um|uma|de))? (jobs?|work|trabajo|empleo|chamba|trabalho|emprego|travail|boulot)\b")
# a "no" that is said negates nothing: "if i say no he hurts me"
SAY_WORDS = frozenset("say says said saying tell told digo dije dice dices decir diga dis dit dire disse diz dizer"
                      .split())

# Places, as normalised English words; the first that appears is taken.
VENUES = (
    ("nail salon", r"\b(nail (salon|spa|shop|place|bar)s?|nails? salon|salon(es)? de unas|salon d'ongles|onglerie"
                   r"|salao de (unhas|manicure)|bar a ongles|bar d'ongles|salon de manucure)\b"),
    ("massage parlor", r"\b(massage (parlou?rs?|places?|shops?|spas?|business|salons?|centers?|studios?)"
                       r"|(salon|casa|sala|spa)s? de (masajes?|massage|massagem)|massage|masajes?|massagem|spa)\b"),
    ("brothel", r"\b(brothel|whorehouse|burdel|prostibulo|casa de citas|bordel|maison close|puteiro)\b"),
    ("strip club", r"\b(strip ?club|gentlemen's club|table dance|teibol)\b"),
    ("nightclub", r"\b(night ?club|club nocturno|antro|boite de nuit|boate|casa noturna|discoteca"
                  r"|danc(e|es|ing) (at|in) (a|the) club|bail(o|a|an|amos) en (un|el) club)\b"),
    ("truck stop", r"\b(truck ?stops?|rest (area|stop)|parada de (camiones|traileros|trailers))\b"),
    ("gas station", r"\b(gas station|gasolinera|station service|posto de gasolina)\b"),
    ("car wash", r"\b(car ?wash|lavado de (carros|autos|coches)|autolavado|lava ?autos|lavage auto|lava jato)\b"),
    ("laundromat", r"\b(laundromat|laundry (mat|place|shop)|lavanderia|laverie)\b"),
    ("construction site", r"\b(construction( site| sites| job| zone)?|obras? de construccion|en (la|una) obra"
                          r"|chantier|canteiro de obras|na obra)\b"),
    ("processing plant", r"\b(meat ?packing plant|packing (house|plant)|poultry plant|processing plant"
                         r"|(chicken|poultry|pork|beef|meat|fish|seafood|crab|shrimp) (plant|factory)"
                         r"|(planta|empacadora|procesadora) de (pollo|carne|puerco|pescado|mariscos|camaron)"
                         r"|slaughterhouse|empacadora|matadero|frigorifico|abattoir)\b"),
    ("farm", r"\b(farms?|ranch(es)?|orchards?|greenhouses?|vineyards?|dairy|dairies|the fields|in the field|granja"
             r"|rancho|finca|el campo|los campos|huerta|huerto|invernadero|vinedo|vivero|viveros|nursery|nurseries"
             r"|(une|la|des|les) fermes?|exploitation agricole|les champs|fazenda|lavoura|plantacao|chacara"
             r"|lecheria|lecherias|establo)\b"),
    ("motel", r"\bmotel(s|es)?\b"),
    ("hotel", r"\b(hotel|hotels|hoteles|hostel)\b"),
    ("restaurant", r"\b(restaurants?|restaurantes?|taqueria|diner|buffet|lanchonete|food truck|restos?|restau)\b"),
    ("cantina", r"\bcantinas?\b"),
    ("bar", r"\b(bar|bars|bares|pub|lounge|karaoke|botanero|boteco)\b"),
    ("factory", r"\b(factory|factories|sweatshop|fabrica|maquila\w*|usine|atelier|oficina de costura|taller de costura"
                r"|sewing (shop|workshop))\b"),
    ("warehouse", r"\b(warehouse|bodega|almacen|entrepot|armazem)\b"),
    ("labor camp", r"\b(labou?r camp|work camp|campamento|campo de trabajo)\b"),
    ("boat", r"\b(fishing boat|boat|ship|vessel|barco|bote|lancha|bateau|navire|pesqueiro)\b"),
    ("store", r"\b(store|shop|tienda|magasin|boutique|loja)\b"),
    # (not an address: "na rua coimbra", "en la calle hillcroft" name a street, where a workshop or a garage is)
    ("street", r"\b(on the streets?|en la calle|dans la rue|na rua|street corner)\b(?! (de |da |do |del )?(?!y\b|e\b"
               r"|et\b|and\b|con\b|com\b|avec\b|with\b|por\b|toda\b|todo\b|all\b|day\b|night\b|de noche\b|a noite\b"
               r"|la nuit\b|sola|solas|solo|solos)[a-z]{3,})"),
    ("online", r"\b(online|internet|website|backpage|craigslist|skipthegames|onlyfans|megapersonals)\b"),
    ("private home", r"\b((a|the|his|her|their|my|our|this|that|private|family) (house|home|apartment|residence"
                     r"|condo)|(una|la|esa|su|mi|nuestra|esta) casa|(un|el|su|mi|ese) (departamento|apartamento"
                     r"|depa)|(une|la|sa|leur|ma|notre|cette) maison|(un|l'|son|leur|mon|notre) ?appartement"
                     r"|(uma|a|na|numa|sua|minha|nossa|essa) casa|(um|o|no|num|seu) apartamento)\b"),
)

ONGOING_STRONG = (r"\b(still|currently|right now|as we speak|at the moment|ongoing|to this day|happening now"
                  r"|going on now|sigue|siguen|seguimos|sigo|todavia|aun|ahorita|ahora mismo|en este momento"
                  r"|actualmente|hasta hoy|esta pasando|estan pasando|encore|toujours|actuellement|en ce moment"
                  r"|ca continue|ainda|atualmente|neste momento|nesse momento|esta acontecendo|continua|continuam)\b")
SINCE_WHEN = (r"(last |this |early |late |the )?(summer|spring|winter|fall|autumn|january|february|march|april|may|june"
              r"|july|august|september|october|november|december|christmas|\d{4}|last (week|month|year)|they (came|got"
              r" here|arrived|moved in)|(she|he|they|we|i) (was|were|got) (hired|brought|recruited))")
ONGOING_WEAK = (r"\b(since " + SINCE_WHEN + r"|been (going on|happening)"
                r"|(has|have|'s|'ve|it's|its|been) been (going on|happening"
                r"|like this|there|working there|living there)( for| since)?|desde hace|desde (el|la|que|enero"
                r"|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|el verano"
                r"|la primavera|el invierno|el otono|\d{4})|lleva(n|mos)? (\w+ ){1,2}(meses|anos|semanas)|depuis"
                r"|ha (\w+ ){1,2}(meses|anos|semanas) que|faz (\w+ ){1,2}(meses|anos|semanas) que"
                r"|every (single )?(night|day|week|weekend|morning|evening)|tonight|these days|nowadays|todas las"
                r" noches|todos los dias|cada noche|cada dia|hoy en dia|esta noche|tous les soirs|tous les jours"
                r"|chaque nuit|chaque jour|ce soir|maintenant|todo dia|todos os dias|todas as noites|toda noite"
                r"|hoje em dia|agora)\b")
# a time in the past, said alone ("last year", "hace 2 años"): the tip is over, unless the message also tells what
# happens now ("his old business collapsed last year, now he makes 3 men work for free" was read back as "not going on
# now"; it is asked instead)
PAST_TIME = (
    r"(?<!since )(?<!since the )\b(last|past) (year|month|week|summer|winter|spring|fall)\b",
    r"\b(\d+|a|one|two|three|few|several|many|some) (years?|months?) ago\b",
    r"(?<!desde )\b(el|la) (ano|semana|mes) pasad[oa]\b",
    r"\b(?<!desde )hace (\d+|un|una|unos|unas|varios|varias|muchos|dos|tres) (anos|ano|meses|mes)\b",
    r"\bl'annee derniere\b", r"\bil y a (\d+|deux|trois|quelques|plusieurs) (ans|mois)\b", r"\bano passado\b",
    r"\bha (\d+|dois|tres|alguns|algumas|varios|muitos) (anos|meses)\b",
)
NOW_TOO = (r"(?<!safe )(?<!free )(?<!out )(?<!ok )(?<!fine )\b(now|nowadays|these days|today|ahora|hoy|agora|hoje"
           r"|maintenant|aujourd'hui)\b(?! (she|he|they|we|i|ella|el|ellos|elle|il|ils|ela|ele|eles) (is|are|am|esta"
           r"|estan|est|sont|ta|tao|estao)? ?(safe|free|out|ok|fine|a salvo|libre|bien|bem|livre))",
           r"\b(keeps|makes|forces|holds|won'?t let|doesn'?t let|don'?t let|dont let|doesnt let|has them|have them"
           r"|tiene a|los tiene|las tiene|les hace|los obliga|las obliga|obliga a|no los deja|no las deja|no la deja"
           r"|no lo deja|mantiene|obriga|nao deixa|mantem|ficam|trabajan|viven|duermen|trabalham|moram|dormem"
           r"|(they|she|he) (work|works|live|lives|sleep|sleeps|stay|stays))\b")
PAST = (
    *PAST_TIME,
    r"\b(it|that|this|the abuse) (stopped|ended|is over|was over|has stopped|has ended)\b", r"\bno longer\b",
    r"\bnot anymore\b", r"\b(doesn't|don't|isn't|aren't|not) (happen(ing)?|going on|there|work(ing)? there"
    r"|live there|with (him|her|them)) anymore\b", r"\bused to\b", r"\bin the past\b", r"\ba long time ago\b",
    r"\b(i|we|she|he|they) (escaped|got out|ran away)\b", r"\b(is|are|am|i'm|we're|she's|he's) (safe|free|out) now\b",
    r"\bya no (pasa|sucede|ocurre|esta|estan|estoy|estamos|trabaj\w*|viv\w*)\b",
    r"\b(ya termino|se acabo|ya paso|paso hace)\b", r"\b(escape|escapamos|escapo|me sali|nos salimos|logre salir"
    r"|huimos|hui)\b",
    r"\bc'est fini\b", r"\b(n'est plus|ne sont plus|plus maintenant)\b", r"\bautrefois\b",
    r"\b(je me suis|on s'est|elle s'est|il s'est) (enfui|echappe|sauve)\w*\b", r"\bja (acabou|passou|terminou)\b",
    r"\bnao (acontece|esta|estou|estamos|trabalh\w*|mor\w*) mais\b",
    r"\b(fugi|fugimos|fugiu|consegui sair|conseguimos sair)\b",
)

# when someone came or began: "my cousin came here from guatemala last year and he works…" is going on (it was read
# back as "not going on now")
ARRIVED_THEN = (
    r"\b(came|come|arrived|got here|moved|was brought|were brought|brought (him|her|them|me|us)|started|began|got hired"
    r"|was hired|were hired|llego|llegaron|llegue|llegamos|vino|vinieron|vine|vinimos|empezo|comenzo|empece|arrive\w*"
    r"|venu\w*|chegou|chegaram|cheguei|chegamos|vim|veio|vieram|comecou|comecei)\b[^.,;]{0,40}?\b(last (year|month"
    r"|week|summer|winter|spring|fall)|(\d+|a|one|two|three|few|several) (years?|months?) ago|el (ano|mes) pasado|la"
    r" semana pasada|hace (\d+|un|una|unos|unas|dos|tres|varios) (anos|ano|meses|mes)|l'annee derniere|il y a (\d+|deux"
    r"|trois|quelques) (ans|mois)|ano passado|ha (\d+|dois|tres|alguns) (anos|meses))\b",
)

NUMBERS = {w.split("=")[0]: int(w.split("=")[1]) for w in """one=1 two=2 three=3 four=4 five=5 six=6 seven=7
    eight=8 nine=9 ten=10 eleven=11 twelve=12 thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18
    nineteen=19 twenty=20 thirty=30 forty=40 fifty=50 dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9
    diez=10 once=11 doce=12 trece=13 catorce=14 quince=15 dieciseis=16 diecisiete=17 dieciocho=18 diecinueve=19
    veinte=20 treinta=30 cuarenta=40 cincuenta=50 deux=2 trois=3 quatre=4 cinq=5 sept=7 huit=8 neuf=9 dix=10 onze=11
    douze=12 treize=13 quatorze=14 quinze=15 seize=16 vingt=20 trente=30 quarante=40 cinquante=50 dois=2 duas=2
    quatro=4 sete=7 oito=8 nove=9 dez=10 doze=12 treze=13 catorze=14 dezesseis=16 dezasseis=16 dezessete=17
    dezoito=18 dezenove=19 vinte=20 trinta=30 quarenta=40 cinquenta=50 dozen=12 docena=12 decena=10 veintena=20
    dizaine=10 douzaine=12 quinzaine=15 vingtaine=20 trentaine=30 dezena=10 duzia=12 couple=2 par=2 pair=2
    paire=2""".split()}
# in counts and ages, not the words that are something else too ("par" des hommes, "once" a week)
NUM = r"(\d{1,3}|" + "|".join(sorted(set(NUMBERS) - {"couple", "par", "pair", "paire", "once"}, key=len,
                                     reverse=True)) + r")"
COUNTED = (NUM[:-1] + r"|un par|a couple|a pair|um par|une paire|a dozen|une dizaine|une douzaine|una docena"
           r"|una decena|uma dezena|uma duzia)")
PERSONS = (r"(people|persons|women|woman|girls|girl|men|guys|boys|kids|children|workers|ladies|teens|teenagers"
           r"|gars|mecs|ouvriers|ouvrieres|employes|employees|caras|costureiras|costureiros|costureras|costureros"
           r"|couturieres|couturiers|seamstresses|cooks|cocineros|cocineras|nannies|nineras|dishwashers|lavaplatos"
           r"|minors|victims|migrants|immigrants|females|males|of us|of them|personas|mujeres|muchachas|muchachos"
           r"|chicas|chicos|ninas|ninos|hombres|trabajadores|trabajadoras|jovenes|menores|senoras|chamacas|chamacos"
           r"|morras|morros|chavos|chavas|patojos|patojas|cipotes"
           r"|paisanos|migrantes|de nosotros|de nosotras|de ellas|de ellos|personnes|femmes|filles|garcons|hommes"
           r"|enfants|travailleurs|travailleuses|jeunes|mineurs|mineures|d'entre nous|pessoas|mulheres|meninas"
           r"|meninos|mocas|rapazes|homens|criancas|trabalhadores|trabalhadoras|jovens|garotas|de nos"
           # by their work: "actually its 4 cooks" (the count stayed 3, and the correction went to "Also")
           r"|cooks|dishwashers|cleaners|maids|nannies|housekeepers|dancers|waitresses|waiters|laborers|labourers"
           r"|farmworkers|pickers|employees|nail techs|masseuses|cocineros|cocineras|lavaplatos|meseras|meseros"
           r"|limpiadoras|jornaleros|empleadas|empleados|bailarinas|cozinheiros|cozinheiras|faxineiras|diaristas"
           r"|empregadas|garconetes|dancarinas|cuisiniers|serveuses|danseuses|ouvriers|employes|employees"
           r"|others|other ones|otros|otras|autres|outros|outras"  # "me and 15 others"
           # by where they are from, or as said: "we are 22 filipinos", "about 6 blokes", "10 or 12 adults"
           r"|adults|adultos|adultas|adultes|blokes|lads|fellas|filipinos|filipinas|mexicanos|mexicanas|mexicans"
           r"|guatemaltecos|guatemaltecas|hondurenos|hondurenas|salvadorenos|salvadorenas|chinos|chinas|chinese"
           r"|vietnamese|haitians|haitianos|haitiens|haitiennes|brasileiros|brasileiras|brazilians|indians|nigerians"
           r"|africans|latinos|latinas|asians|asiaticas|asiaticos)")
# the one telling, counted with the others: "me and 15 others", "yo y otras 4 chicas", "moi et 3 autres"
WITH_ME = (r"\b(me|myself|yo|moi|eu) ?(and|n|&|y|e|et|plus|with|con|avec|com) ?((my|mis|mes|meus|minhas|the|other"
           r"|otr[oa]s|autres|outr[oa]s|mais) )?$")
UNITS = (r"(years?|yrs?|year old|y o|yo|anos?|ans|anyos|months?|meses|mois|weeks?|semanas?|semaines?|days?|dias"
         r"|jours|hours?|horas|heures|h|minutes?|minutos|am|pm|dollars?|bucks|pesos|reais|miles|millas|k|of the"
         # "we live 8 in one 2 bedroom" (an age of 2 raised a mandated minor report)
         r"|bedrooms?|bed|beds|br|bdr|room|rooms|recamaras?|cuartos?|quartos?|chambres?|pieces"
         # "shes in 9th grade" (filed as an age of 9)
         r"|th|st|nd|rd|grade|grado|serie|ano escolar"
         # "i picked up the same 2 girls like 5 times" (an age of 5, a minor, a mandated report and critical)
         r"|times|x|veces|vezes|fois|trips|rides|viajes|viagens"
         r"|de la (manana|tarde|noche))")
# "almost a year", "como 2 meses", "trois semaines": how long something has gone on (never a time to call)
DURATION = (r"\b(an?|un|una|unos|unas|um|uma|une|several|few|varios|varias|" + COUNTED[1:] + r" (days?|weeks?|months?"
            r"|years?|yrs?|dias|semanas|meses|anos|jours|semaines|mois|ans)\b")
# "5 women", "two kids", "cinco muchachas", "une dizaine de filles"; "somos 8"
# "4 or 5 women", "de 3 a 4 chicas", "10-12 workers": counted as the larger number
COUNT_RANGE = r"\b" + NUM + r" ?(-|or|to|and|o|u|y|a|ou|e|et|or maybe|o tal vez|ou talvez) ?(?P<hi>" + NUM[1:] + r"\b"
COUNT = r"\b(?P<n>" + COUNTED[1:] + r"(?P<mid>( [a-z0-9']+){0,3}?)( de| of)? (?P<p>" + PERSONS + r")\b"
# words that may not stand between a number and the people it counts ("once the girls", "14 year old girls" is
# an age, "two 14 year old girls" is two)
NOT_IN_COUNT = frozenset("the a an la el los las le les des os as o un una y and or ou e et in at en dans em of de"
                         " year years yr yrs yo anos ano ans anyos months meses mois".split())
HEDGE = (r"(more like |closer to |like |about |around |maybe |probably |only |just |almost |over |more than "
         r"|approximately |approx |actually "
         r"|really |in fact |en realidad |realmente |de verdad |na verdade |en fait |unos "
         r"|unas |como |cerca de |mas de |apenas |quizas |tal vez |environ |peut etre |presque |plus de |uns |umas "
         r"|cerca de |mais de |talvez |quase )")
# "we are 6", and "there were 12", "eran 12 no 8" (a correction of how many: it was kept as a note)
COUNT_WE = (r"\b(we are|we're|there are|somos|estamos|eramos|nous sommes|on est|nous etions|on etait|there were|eran"
            r"|fueron|il y avait|eram|foram|son|sao|ils sont|elles sont|il y en a|they are|they're|theyre)"
            # "eran mas, como 7 u 8", "there were more like 9" (a correction of how many)
            r" (?:(?:mas|more|menos|fewer|less|plus|mais) (?:, )?)?" + HEDGE
            + r"?(?P<n>" + NUM[1:] + r"(?= *($|\.|,| (in total|en total|au total|no total|in|en|dans|em|na|no|not"
            r"|living|viviendo|working|trabajando|from|da|do|du|des|de(?! la (tarde|manana|noche|madrugada))"
            # "ahorita somos 7 porque 3 se fueron", "we are 6 now" (the count stayed 10)
            r"|porque|because|cause|since|pq|now|ahora|ahorita|agora|maintenant|right now|y|and|pero|but|e|et|mais"
            r")\b))")
# ("somos 12 de mexico"; not "son 2 de la tarde")
SUBSET = ("of them", "de ellas", "de ellos", "d'entre nous")  # "two of them": part of a group counted already
AGE_WORDS = r"(years?|yrs?|y o|yo|year old|anos|anitos|ans|anyos)"
MORE_PEOPLE = r"(others?|more|otr[oa]s|mas|autres|outr[oa]s)"  # "16 and 3 others", "tiene 15 y 2 más": a count
AGES = (
    r"\b(?P<a>\d{1,2}|" + NUM[1:-1] + r")( to (?P<b>\d{1,2}))? ?(years? old|yrs? old|y o|yo)\b",
    # a young age of the one writing, then what is done to them: "tengo 15 me trajeron de honduras" (no age was read)
    r"\b(tengo|tenho|i'?m|im|i am|j'ai) (?P<a>1[0-7])(?P<b>) (?=(me|mi|mis|my|i|nos|m')\b)",
    r"\b(she's|he's|they're|shes|hes|theyre|she is|he is|they are|she was|he was|they were|who is|who are|who's"
    r"|is only|are only"
    r"|girl is|boy is|kid is|daughter is|son is|age|aged|ages|edad de|edades de|de edad|tiene|tienen|tenia|tenian"
    r"|tengo|tenemos|i'm|i am|im|we're|i was|we were|j'ai|avais|entre|a|ont|avait|tem|tenho|tinha|com|de|la de"
    r"|cousin is|sister is|brother is|niece is|nephew is|friend is|girlfriend is|neighbou?r is"
    # "one of the girls might be young, like 16 or 17 maybe", "a girl like fourteen fifteen" (no age was read)
    r"|(might be|may be|could be|looks?|seems?|is) (young|very young|underage|a minor|a kid|really young)( ?,)?"
    r" (like|maybe|about|around|probably|prob)|(girl|boy|kid|chick|one) (like|about|around|maybe)"
    # named: "my cousin Liza is 16" (no age, and no minor, was read)
    r"|(cousin|sister|brother|niece|nephew|friend|daughter|girlfriend|neighbou?r) (?!is\b)[a-z]+ is"
    r"|some are|some of them are|a few are|two are|2 are|one is|one of them is|one of the \w+ is|algunos tienen"
    r"|unos tienen|algunas tienen"
    r"|unas tienen|dos tienen|una tiene|uno tiene"
    # "some maybe 17", "some of them maybe 16 or 17", "the girls look like 13 14", "guys look young like 18-20" (the
    # first two lost a minor; the last raised one)
    r"|(some|a few|one|two|2|1)( of them| of the \w+)? (maybe|might be|could be|may be)"
    # ("she looked maybe 15 or 16 honestly", in a long bystander's story: no age was read, and the story got the
    # Department of Labor)
    r"|(look|looks|looking|looked|seem|seems|seemed|look young|looks young|looked young|seem young) (like|about"
    r"|around|maybe|like maybe|like around)"
    # "they look 18 or 19" (no age was read)
    r"|(they|she|he|the girls|the boys) (look|looks|looked|seem|seem to be|seems to be|seems|seemed)"
    # "the youngest is like 14", "la mas chica tiene 15", "a mais nova tem 14" (told at the read-back: no age was read)
    r"|(the )?(youngest|oldest|young one|little one)( one)?( is| was| looks| seems| looked)?"
    r"|(la|el) (mas )?(joven|chica|chico|chiquita|chiquito)( tiene| es| parece| tenia| de)?"
    r"|(la|el) menor( tiene| es| tenia| de)|(a|o) mais (nova|novo|velha|velho)( tem| e| tinha)?"
    r"|(le|la) plus (jeune|agee?)( a| avait)?"
    r"|el de) " + HEDGE + r"?(?P<a>\d{1,2})(( (or|to|and|o|y|a|ou|e|et) | ?[/-] ?| )"
    # ("uma tem 17 eu acho", "one is 16 i think": a guess is still an age; none was read)
    r"(?P<b>\d{1,2}))?( " + AGE_WORDS + r"|(?= *(\.|,|$| (and|y|et|e|but|pero|mais|mas|so|when|cuando|i think|eu acho"
    r"|acho|yo creo|creo|je crois|je pense|maybe|i guess|tal vez|talvez|peut-etre|honestly|tbh|tho|though|at most"
    r"|tops|max|or so|probably|prob|idk|she|he|they)\b"
    r"(?! \d(?!\d* " + MORE_PEOPLE + r"\b))| (not|no|pas|nao) \d)))",  # "16 and 3 others": 16; "15 not 16": 15
    # ("son" only as a son: Spanish "son como 4" is "they are about 4", read as an age and a minor)
    r"\b(girls?|boys?|kids?|daughter|(my|his|her|their|our|your|a|the) son|ninas?|ninos?|chic[oa]s?|muchach[oa]s?"
    r"|chav[oa]s?|chamac[oa]s?|morr[oa]s?"
    r"|patoj[oa]s?|cipot[ea]s?|jovenes|teens?|hija|hijo|filles?|garcons?|fils"
    # "una alumna de 15 me dijo…" (no age was read), "mi sobrina de 13 años"
    r"|alumn[oa]s?|estudiantes?|students?|sobrin[oa]s?|prim[oa]s?|nieces?|nephews?|cousins?|niet[oa]s?|vecinit[oa]s?"
    # "me 19 my brother 17", "yo 27, mi hermano 17" (no age was read)
    r"|brothers?|sisters?|herman[oa]s?|irmaos?|irmas?|freres?|soeurs?"
    r"|eleves?|alunos?|alunas?"
    r"|menina|menino|filha|filho|garota|moca|one|one of them|one of the girls|una|uno|una de ellas|uno de ellos"
    r"|l'une|l'un|uma delas|um deles)( ,)? ((looked|looks|looking|seemed|seems|appeared|parece|parecia"
    r"|semble|semblait|aparenta|aparentaba) )?(de |of |como de |like )?" + HEDGE + r"?(?P<a>\d{1,2})( (or|to|o|ou|y|e)"
    # ("there r 3 other girls, 2 are chinese": two of them, not an age of 2)
    r" (?P<b>\d{1,2}))?\b(?! " + UNITS + r"\b)(?! " + PERSONS + r")(?! (are|were|r|is|of them|son|eran|sao|sont)\b)",
    # "the girls are 17 and 19 maybe", "the cooks are 18 to 40", "las muchachas tienen 16 y 17" (no age was read, and
    # a girl of 17 was no minor)
    r"\b(girls|boys|kids|cooks|workers|women|men|guys|ladies|teens|chicas|muchachas|chavas|morras|ninas|ninos"
    r"|trabajadores|mujeres|meninas|meninos|mulheres|trabalhadores|filles|garcons|femmes|ouvriers)( \w+)? (are|were"
    r"|r|son|eran|tienen|tenian|sao|tem|ont|avaient)( like| about| around| maybe| prob| probably| como| unos| uns"
    r"| genre| environ| tipo)? (?P<a>\d{1,2})(?![^.!?]{0,10}\b(guys|people|men|women|workers|girls|of them|of us"
    r"|in total|total|personas|hombres|mujeres|chicas|pessoas|homens|mulheres|personnes|hommes|femmes)\b)"
    r"( (or|to|and|y|a|e|ou|et) (?P<b>\d{1,2}))?\b(?! " + UNITS + r"\b)(?! " + PERSONS + r")",
    # the writer's own age said plainly, 10 to 17: "im 15 btw. should i go??", "i am 16 lol" (no age was read, so no
    # minor, and "don't go with him" never came)
    r"\b(i'?m|im|i am|jsuis|je suis|j'?ai|tengo|tenho|eu tenho) (only |just |solo |so |seulement )?(?P<a>1[0-7])(?P<b>)"
    r"\b(?! ?(min|mins|minutes|hours?|hrs?|horas?|heures?|blocks?|cuadras|miles?|mi|km|feet|ft|dollars?|bucks|dolares"
    r"|pesos|reais|euros?|%|am|pm|h\b|:|\.\d|th|st|nd|rd|of|out|in|on|percent|people|personas|pessoas|personnes"
    r"|guys|girls|of us|trabajadores|trabalhadores|workers|hijos|hijas|filhos|kids|children|enfants|years? ago"
    r"|anos atras|a[nñ]os atras|ans plus tot|days?|dias|jours|weeks?|semanas|semaines|months?|meses|mois)\b)",
    # the writer's age, then someone named with theirs: "eu tenho 31 e o Kauan 17", "j'ai 31 ans et Kevin 16" (only
    # the writer's was read, and no minor)
    r"\b(tengo|tenho|i'?m|im|i am|j ?'?ai) \d{1,2}( (anos|ans|years?|yrs?))?( ,)? (and|y|e|et) (o |a |el |la |le )?"
    r"(?!(have|has|had|make|made|earn|work|tengo|tenho|tiene|tem|gano|ganho|trabajo|trabalho|ai|a|gagne|paid|pay"
    r"|pago)\b)[a-z]{3,12} (?P<a>\d{1,2})(?P<b>)"
    r"(?= *(\.|,|!|$| (and|y|e|et|anos|ans|years?|yrs?|but|pero|mas|mais)\b))",
    r"(^|(?<=[.,;!?] )|(?<=[.,;!?])|(?<=\b(y|e) )|(?<=\band )|(?<=\bet )|(?<=\bpero )|(?<=\bbut ))(me|yo|eu|moi)( ,)?"
    r"( tengo| tenho| i'?m| im| j'?ai)? (?P<a>\d{1,2})(?P<b>)\b(?! " + UNITS + r"\b)"
    r"(?! " + PERSONS + r")",
    # "just her, 30 years", "só ela, 30 anos", "une femme, environ 40 ans": a person, then a number of years
    r"\b(she|he|her|him|ella|el|ela|ele|elle|lui|them|ellas|ellos|elas|eles|woman|man|lady|guy|mujer|hombre|senora"
    r"|senor|femme|homme|dame|mulher|homem|senhora|senhor)( ?,)? " + HEDGE + r"?(?P<a>\d{1,2})(?P<b>)? " + AGE_WORDS
    + r"\b(?! (of|de|do|da|d'|in|en|no|na|here|there|aqui|ahi|ici|ago|back|later|before|after|earlier)\b)(?!')",
)
# an age said of the one in control, not of the people affected: "the boss is like 50", "el patron tiene como 50 años",
# "the owner is an older man around 60" (it was filed under who is affected); matched against the text before the age
CONTROLLER_AGE = (r"\b(boss|owner|manager|supervisor|employer|landlord|pimp|trafficker|man in charge|lady in charge"
                  r"|boyfriend|novio|namorado|copain|petit ami|mi novio|meu namorado|patronne"
                  r"|woman in charge|guy in charge|jefe|jefa|patron|patrona|dueno|duena|encargado|encargada|padrote"
                  r"|proxeneta|chulo|mero mero|patrao|patroa|chefe|dono|dona|gerente|cafetao|cafetina|proprietaire"
                  r"|gerant|gerante|proxenete|mac)( (himself|herself|el|ella|lui|elle|ele|ela))?"
                  # his name said between: "su novio brayan de 25", "su novio kevin tiene 30", "el novio es Kevin el
                  # Flaco de 24 años" (each filed as a victim's age; the last replaced a girl's 14 at the read-back)
                  r"(( (is|es|e|est|se llama|called|named|s'appelle|chama))? (?!(and|y|e|et|she|her|ella|elle|ela|que|q"
                  r"|who|el|la)\b)[a-z]{3,12}( (el|la) [a-z]{3,12})?)?( ,)?"
                  r"( (is|was|he's|hes|she's|shes|he is|she is|seems|looks|tiene|tenia|parece|es|era|est|a|avait"
                  r"|semble|tem|tinha|e|de|of|aged|age|around|about|like|maybe|probably|prob|como|unos|unas|cerca de"
                  r"|mas o menos|tipo|environ|uns|umas|quase|almost|over|an?|un|una|um|uma|un peu plus de"
                  r"|older|old|younger|young|mayor|viejo|vieja|joven|senor|senora|hombre|mujer|man|woman|guy|lady"
                  r"|dude|homme|femme|vieux|homem|mulher|velho|velha|in his|in her|en sus|dans la))* ?$")
BARE_AGE = (r"^((omg|oh|ok|okay|ya|yeah|yes|si|sim|oui|pues|bueno|well|um|uh) )*(" + HEDGE + r"|i think |idk |creo que"
            r" |acho que |je pense )?(?P<a>\d{1,2})( (or|to|o|ou|y|e|a) (?P<b>\d{1,2}))?( " + AGE_WORDS + r")?( old)?"
            r"( (maybe|i think|creo|je crois|acho))?"
            # "omg 15!!! just me" (nothing was read, and the age was asked three times)
            r"(?P<alone> (just|only) (me|her|him)| (solo|nomas|nada mas) (yo|ella|el)| (so|somente|apenas) (eu|ela"
            r"|ele)| (seulement|juste) (moi|elle|lui))?$")
MINOR = (r"\b(minors?|under ?age|underaged|teens?|teenagers?|teenage|adolescents?|child|children|kids?|little (girls?"
         r"|boys?)|young (girls?|boys?)|schoolgirls?|menor(es)?( de edad)?|adolescentes?|ninas?|ninos?"
         r"|mineure?s?|enfants?|fillettes?|criancas?|menor(es)? de idade|novinhas?|child labou?r"
         # a school year: "shes in 9th grade", "todavia va a la secundaria"
         r"|(6|7|8|9|10|11|12) ?(th )?grade|(sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) grade"
         r"|(va|iba|anda|esta|ta|estudia) (a|en) (la )?(secundaria|prepa|preparatoria)"
         r"|(ta|esta|estuda) no (ensino medio|ensino fundamental)|en secondaire \d)\b")
# a possible minor by how someone looks ("one looks really young"): unless an adult age is given too
LOOKS_YOUNG = _TRIAGE_LOOKS_YOUNG
# children the person looks after (a nanny's charges): not minors of the tip, and not counted among its people
CARED_FOR_KIDS = (r"\b(to|tou|estou|fico|fica|ta|esta|estoy|estaba|je suis|i'?m|im|i am|she'?s|she is)"
                  r" (com|con|avec|with) (as|os|los|las|les|the) (criancas|kids|children|ninos|ninas|enfants|bebes?"
                  r"|baby)\b"
                  r"|\b(cuidar|cuida|cuido|cuidan|cuidamos|cuidaba|cuidando|take care of|taking care of|takes care of"
             r"|babysit\w*|garder|garde|gardent|gardait|cuidar de|cuido de|cuida de|lleva|llevo|llevar|recoge|recojo"
             r"|drop off|drops off|pick up|picks up"
             r"|cuidando de|look after|looking after|watches|watch) ((a|de|al|a la|a los|a las|the|their|his|her|sus"
             r"|los|las|un|una|dos|tres|\d+|y|les|des|ses|leurs|os|as|dos|das|seus|suas) ){0,4}(kids?|children|child"
             r"|ninos?|ninas?|bebes?|baby|babies|enfants|criancas)\b(( (y|and|e)| ?,) ((a|un|una|the|an|los|las|sus"
             r"|\d+) ){0,2}(kids?|children|child|ninos?"
             r"|ninas?|bebes?|baby|babies)\b)*")
MINOR_NOT = (r"\b(my|our|his|her|their|your|mis|sus|nuestros|nuestras|mes|nos|ses|leurs|meus|minhas|nossos|seus"
             r"|suas) (kids?|children|child|ninos|ninas|enfants|criancas|hijos)\b", r"\bkidding\b",
             CARED_FOR_KIDS,
             # the children of the house asleep or away, said to tell it is safe to write: "yes the kids are sleeping
             # now", "les enfants dorment" (a nanny's report was filed with a minor, and a mandated report)
             r"\b(the|les|los|las|as|os|o|a) (kids?|children|enfants|petits|ninos|ninas|criancas|nenes|bebes?|baby)"
             r" (are |r |sont |estan |ya se |ya estan |se |tao |estao |ja )?(sleeping|asleep|napping|in bed|at school"
             r"|dorment|dorment deja|au lit|a l'ecole|durmiendo|dormidos|dormidas|durmieron|en la escuela|dormindo"
             r"|dormiram|na escola)\b",
             r"\bwhen (i|she|he|we) (was|were) (a )?(kids?|child|children|nina|nino)\b",
             # the children of the house a nanny or an au pair looks after, spoken of ("the kids are so sweet", "the
             # kids i take care", "la tablette de l enfant": three adults' reports were filed with a minor, for a
             # mandated report)
             r"\b(the|les|los|las|as|os|o|a|l'?) ?(kids?|children|enfants?|ninos|ninas|criancas|nenes|bebes?|baby)"
             r" (are|is|r|sont|est|son|estan|sao|tao) (so |really |very |super |tres |muy |bem |tan )?(sweet|nice|cute"
             r"|fine|good|ok|okay|lovely|adorable|great|gentils?|mignons?|sages?|bien|lindos?|buenos?|fofos?|bonzinhos?)\b",
             r"\b(kids?|children|enfants?|ninos|ninas|criancas|nenes|bebes?) (that |que |qui |whom )?(i|yo|je|j'|eu)"
             r" ?(take care|look after|watch|babysit|nanny|cuido|cuidaba|garde|gardais|olho|tomo conta|cuido)\b",
             r"\b(tablet|tablette|tableta|ipad|phone|telephone|portable|celular|cel|computer|ordi|ordinateur|laptop)"
             r" (de l'?|of the|del|de la|do|da|des|de los|das|dos) ?(enfants?|kids?|child|children|ninos?|ninas?"
             r"|criancas?|menin[oa]s?)\b",
             # a younger sibling or child, not a minor: "es mi hermana menor… tiene 22", "mi hijo menor"
             r"\b(hermana|hermano|hija|hijo|prima|primo|irma|irmao|filha|filho) (menor|mas chica|mas chico|mais nova"
             r"|mais novo|caçula|cacula)\b",
             # the employer's own children: "the family has 3 kids but theyre fine", "les enfants c ceux que je garde"
             r"\b(the|this|that|la|esta|cette|a|essa) (family|couple|familia|famille|casal)( \w+)? (has|have|had|tiene"
             r"|tienen|a|ont|tem)( \w+)? ((\d+|two|three|four|a few|dos|tres|deux|trois|dois|tres) )?(kids|children"
             r"|ninos|hijos|enfants|filhos|criancas)\b", r"\b(the family'?s|their own|la familia|de la familia|de la"
             r" famille) (own )?(kids|children|ninos|hijos|enfants)\b",
             r"\b" + _FAMILYS_CHILDREN + r"\b",
             r"\b(les enfants|the kids|los ninos|as criancas)\b[^.]{0,12}\b(que je garde|qu'?(elle|il) (garde|gardait)"
             r"|(i|she|he) (watch|watches|babysits?|takes? care of)|que (ella |el )?(cuido|cuida|cuidaba)"
             r"|que (eu |ela |ele )?(cuido|cuida|cuidava))\b",
             # a nanny's work named: "elle est gardienne d'enfants chez une famille" (a minor, and a mandated report)
             r"\b(gardienne|gardien|garde|gardiennage|nounou) d'?(des |les )?enfants\b|\bbaba de criancas\b"
             r"|\bcuidadora de (ninos|criancas)\b",
             # "i can go out only with the kids", "the kids are their kids i take care", "no children are victims"
             r"\b(go out|goes out|leave|leaves|salir|sale|salgo|sortir|sort|sors|sair|sai|saio)( \w+){0,2}"
             r" (with|con|avec|com) (the|their|los|las|sus|les|leurs|as|os) (kids|children|ninos|ninas|enfants"
             r"|criancas)\b",
             r"\b(the |los |las |les |as |os )?(kids|children|ninos|ninas|enfants|criancas) (are|r|son|sont|sao)"
             r" (their|his|her|sus|leurs|seus|deles|dela|dele)( own)? (kids|children|hijos|enfants|filhos)\b",
             r"\bno (children|kids|minors|ninos|menores|enfants|criancas) (are|is|r|son|sont|sao) (victims?|involved"
             r"|affected|victimas|afectados|concernes|vitimas)\b",
             # a time of day told by the children of the house: "quand les enfants dorment", "when the kids are at
             # school", "cuando los niños se duermen", "quando as crianças dormem" (a nanny's report had minors)
             r"\b(when|once|after|while|until|quand|lorsque|apres que|pendant que|cuando|mientras|despues de que"
             r"|hasta que|quando|enquanto|depois que|ate)( (the|les|los|las|as|os))? (kids|children|ninos|ninas"
             r"|enfants|petits|criancas|bebe|baby)( (are|r|se|sont|estan|estao|sao|s'|go|get))? ?(asleep|sleep|sleeping"
             r"|in bed|at school|napping|dorment|endormis|couches|a l'ecole|duermen|dormidos|acuestan|en la escuela"
             r"|dormem|dormindo|na escola|dormir|nap|gone|down)\b",
             # "its 3 dudes, no women or kids", "sin mujeres ni niños" (a minor was raised)
             r"\b(no|sin|sem|pas de|without)( \w+)? (women|girls|mujeres|mulheres|femmes|kids|children|minors|ninos"
             r"|menores|enfants|criancas)( (or|ni|y|and|o|nem|ou|,) ?(\w+ )?(kids|children|minors|ninos|ninas|menores"
             r"|enfants|criancas|girls|women))*\b",
             # "ninguem de menor", "nadie es menor", "nobody is a minor" (a mandated report was raised)
             r"\b(ninguem|nadie|ninguno|ninguna|nobody|no one|noone|personne|aucun|aucune|nenhum|nenhuma)( \w+)? (e |es"
             r" |is |era |eh |n'est )?(a |de |un |una |um |uma )?(menor(es)?|minors?|mineure?s?|kids?|child)\b",
             # the nanny's charges: "she works like 6am to midnight w the kids" (an adult nanny raised a minor)
             r"\b(works?|working|worked|is|stays?|staying|alone|all day|all night|mornings?|nights?)\b( \w+){0,6}"
             r" (with|w|w/) the (kids|children|baby|babies)\b",
             *_TRIAGE_NO_MINORS)
UNDER_18 = (r"(?<!personne )(?<!personne a )(?<!nadie )(?<!ninguno )(?<!ninguna )(?<!nobody )(?<!nobody is )"
            r"(?<!no one )(?<!no one is )(?<!none )(?<!ninguem )(?<!nenhuma )(?<!nenhum )(?<!no hay )(?<!nao tem )"
            r"\b(under|below|less than|younger than|menor(es)? de|menos de|moins de|de moins de|abaixo de)"
            r" (1[0-8]|eighteen|dieciocho|dix huit|dezoito)\b")
# "personne a moins de 18", "nadie menor de 18", "nobody under 18": no minor, and the 18 is no one's age
NOBODY_UNDER_18 = (r"\b(personne|nadie|ninguno|ninguna|nobody|no one|none|ninguem|nenhuma|nenhum|no hay|nao tem|pas de)"
                   r"( (a|is|es|e|of them|d'entre elles|de ellas|de elas))? (under|below|less than|younger than"
                   r"|menor(es)? de|menos de|moins de|de moins de|abaixo de) (1[0-8]|eighteen|dieciocho|dix huit"
                   r"|dezoito)\b")
ADULTS = r"\b(adults?|grown (women|men|ups?)|adultas?|adultos?|mayores de edad|majeure?s?|maiores de idade)\b"

ROLE_SELF_WHOLE = (r"^(pues |bueno |well |ok |okay |um |eh |pos |ah )?(it's |its |it is |yes |yeah |si |oui |sim |es )?"
                   r"(me|myself|about me|its about me|it's about me|both|ambos|ambas|los dos|las dos|les deux|os dois"
                   r"|as duas"
                   r"|for me|me personally|i am|i'm|just me|only me|i am the victim|i'm the victim|yo|soy yo"
                   r"|yo mism[oa]|es sobre mi|sobre mi|de mi|a mi|para mi|se trata de mi|moi|c'est moi|moi meme"
                   r"|pour moi|il s'agit de moi|ca me concerne|eu|sou eu|eu mesm[oa]|sobre mim|e comigo|comigo"
                   r"|e sobre mim|pra mim|para mim)( (myself|mism[oa]|meme|mesm[oa]))?"
                   r"( (obvs|obviously|obvio|pues|lol|ne|neh|nene|po|ok|ta))?$")
ROLE_SELF = (r"\b(it's|its|it is) (happening )?(to|about) me\b|\bi am the (victim|one)\b|\bi'm the (victim|one)\b"
             r"|\b(this|it) is about me\b|\bfor myself\b|\b(a mi )?me (esta|estan) pasando( a mi)?\b"
             r"|\bsoy (yo )?la victima\b|\bme pasa a mi\b|\bc'est moi la victime\b|\bca m'arrive\b"
             r"|\bsou eu a vitima\b|\besta acontecendo comigo\b|\bsoy yo\b|\bsou eu\b|\bc'est moi\b"
             # "a mi me tienen trabajando en la cantina", "me tienen encerrada", "me obligan a…", "they make me…"
             r"|\b(a mi )?me (tienen|tiene) (trabajando|encerrad[oa]|aqui|aca|amenazad[oa]|vigilad[oa])\b"
             r"|\bme (obligan|obliga|forzan|fuerzan) (a |que )?\w+|\bme (hacen|hace) (trabajar|acostarme|ver|atender"
             r"|salir con|dormir con)\b"
             r"|\b(they|he|she) (make|makes|made|force|forces|forced) me (to )?"
             r"(?!promise|swear|feel|laugh|wait|think)\w+"
             r"|\b(me|nos) (obrigam|obriga|forcam|forca) a\b|\b(ils|il|elle) me (forcent|force|obligent|oblige) a\b"
             # "me n others", "yo y otros": the person and others with them
             r"|^\W*(me|yo|eu|moi) (and|n|&|y|e|et) (others|the others|other (people|workers|girls|guys)|otros|otras"
             r"|los demas|outros|outras|d'autres|les autres|my (coworkers|co workers|friends|family)|mis (companeros"
             r"|companeras|amigos|amigas)|meus (colegas|amigos))\b"
             # "de mi y de mis compas", "de mi y de las muchachas del hotel", "sobre mim e minhas colegas"
             r"|^[^a-z]*(de|sobre|a|para) (mi|mim) (y|e) (de |a )?(mis|las|los|mi|minhas|meus|as|os) \w+"
             # "both?? me and my gf" (it was filed as someone else's)
             r"|^[^a-z]*both[^a-z]+(me|us)\b"
             r"|^[^a-z]*(me|yo|eu|moi) (and|y|e|et|n|&) (my|mi|mis|meu|minha|ma|mon|mes) \w+")
RELATIONS = (r"(coworkers|co workers|cousins|sisters|brothers|neighbors|neighbours|roommates|daughters|sons|primas"
             r"|primos|hermanas|hermanos|vecinos|vecinas|companeros|companeras|colleagues|collegues|colegas"
             r"|friend|friends|sister|brother|cousin|daughter|son|mother|mom|wife|husband|niece|nephew|girlfriend"
             r"|boyfriend|roommate|coworker|co worker|neighbor|neighbour|aunt|uncle|amiga|amigo|amigas|amigos"
             r"|hermana|hermano|prima|primo|hija|hijo|esposa|esposo|vecina|vecino|sobrina|sobrino|novia|novio"
             r"|companera|companero|tia|tio|cunada|cunado|amie|ami|amies|soeur|frere|cousine|fille|voisine|voisin"
             r"|copine|collegue|tante|niece|amiga|irma|irmao|vizinha|vizinho|colega|namorada|filha|filho|sobrinha)")
# "my 14 yo daughter", "my older sister": a word or two between; not after an article ("a single mom")
ROLE_OTHER = (r"\b(a|una|un|une|uma|um) " + RELATIONS + r"\b"
              r"|\b(my|mi|mon|ma|minha|meu|our|nuestra|nuestro) (\w+ ){0,2}" + RELATIONS + r"\b"
              r"|\b(someone|somebody) (else|i know)\b|\bnot (me|about me)\b|\bfor a friend\b|\bno soy yo\b"
              r"|\b(otra|otras) personas?\b|\balguien (mas|que conozco)\b|\bquelqu'un d'autre\b|\bce n'est pas moi\b"
              r"|\bune autre personne\b|\boutra pessoa\b|\bnao sou eu\b|\balguem que conheco\b|\banother person\b"
              r"|\bother people\b"
              # "sim to segura. e sobre ela", "es sobre ella", "its about her", "c'est pour elle" (asked again)
              r"|\b(e|eh|es|it'?s|its|c'?est|is) (sobre|about|pour|para|de|por) (ela|ele|eles|elas|ella|ellos|ellas|her"
              r"|him|them|elle|lui|eux|elles)\b"
              # someone they see at work: "im a nurse, a patient told me something"
              r"|\b(a|one of my|my|un|una|mi|uno de mis|una de mis) (patients?|clients?|students?|customers?|pacientes?"
              r"|clientes?|alumn[oa]s?|estudiantes?)\b")
ROLE_NOT_SELF = r"\b(not me|not about me|no soy yo|ce n'est pas moi|c'est pas moi|nao sou eu)\b"
RELATED = (r"\b(my|our|mi|mis|nuestra|nuestro|mon|ma|mes|notre|nos|meu|minha|meus|minhas|nosso|nossa) " + RELATIONS
           + r"\b")  # "my sister": not the teller, though "my"
FIRST_PERSON = frozenset("me my i i'm we us our mi mis nos nuestro nuestra nuestros nuestras yo moi mon ma mes"
                         " nous notre m' j' je meu minha meus minhas nosso nossa nossos nossas eu mim".split())
THIRD_PERSON = frozenset("her him them his their she he elle elles lui leur leurs ela elas ele eles dela dele deles"
                         " delas lhe lhes".split())  # not "la", "le", "su": articles, or "your"

PRIVACY_WORDS = {
    "anonymous": r"\b(anon\w*|anonim\w*|anonym\w*|no names?|sin nombres?|sans nom|sem nome"
                 r"|(don'?t|do not|rather not|prefer not to|i'?d rather not|would rather not) (want to |wanna )?(give"
                 r"|share|leave|say) (you )?my (name|info|information|details|number|contact)"
                 r"|(no quiero|prefiero no|mejor no|no me gustaria|no voy a) (dar|compartir|dejar|decir)"
                 r" (mis datos|mi nombre|mi numero|mi informacion|mis informaciones)"
                 r"|(ne veux pas|prefere ne pas) (donner|partager|laisser|dire) (mes coordonnees|mon nom|mon numero)"
                 r"|(nao quero|prefiro nao) (dar|passar|compartilhar|deixar|dizer) (meus dados|meu nome|meu numero))\b",
    "confidential": r"\b(confiden\w*|keep (it|this|that) (private|between us|to yourselves)|between (us|you and me)"
                    r"|(only|just) (you|the hotline)( guys)? can (contact|call|text|reach) me|que quede entre nosotros"
                    r"|entre nosotros|entre nos|(solo|solamente|nomas) ustedes|(solo|solamente) la linea|entre nous"
                    r"|entre a gente|(so|somente) voces)\b",
    "share": r"\b((you|u)( guys)? can (contact|call|text|reach|email) me|(can|could) (you|u)( guys)? (text|call|contact"
             r"|email|reach) me|contact me|call me back|text me back|pueden llamarme|me pueden llamar"
             r"|me pueden escribir"
             r"|llamenme|pueden contactarme|me pueden contactar|puedes llamarme|vous pouvez me (contacter|joindre"
             r"|rappeler)|vous pouvez m'appeler|appelez moi|pode me ligar|podem me ligar|podem me contatar"
             r"|pode me contatar|me liga|share (my )?(contact|details|info|number)"
             r"|(give|leave) (you )?my (contact|details|info|number)"
             r"|(dar|doy|compartir|comparto|dejo|les dejo|te dejo) mis datos|mis datos de contacto"
             r"|(donner|partager|laisser) mes coordonnees|(dar|passar|compartilhar|deixar) meus dados)\b",
}
# anonymity taken back: "i changed my mind about anonymous", "ya no quiero ser anonima", "not anonymous anymore"
NOT_ANONYMOUS = (r"\b((ya )?no quiero (ser|quedar|seguir) anonim\w*|(don'?t|dont|do not) want to (be|stay) anonym\w*"
                 r"|changed my mind about (being )?anonym\w*|no longer anonym\w*|not anonym\w* (anymore|any more)"
                 r"|ya no (anonim\w*)|(nao quero|ja nao quero) (ser|ficar) anonim\w*|je ne veux plus (etre|rester)"
                 r" anonyme)\b")
PRIVACY_CHOICE = {"1": "share", "one": "share", "uno": "share", "un": "share", "um": "share",
                  "2": "confidential", "two": "confidential", "dos": "confidential", "deux": "confidential",
                  "dois": "confidential", "3": "anonymous", "three": "anonymous", "tres": "anonymous",
                  "trois": "anonymous",
                  # the first option's own word, alone ("share" got the menu explained, then the contact was lost)
                  "share": "share", "share it": "share", "compartir": "share", "compartirlos": "share",
                  "partager": "share", "compartilhar": "share",
                  # "the second one", "number 2 then", "la segunda" (an elderly reporter got the menu explained twice)
                  **{w: "share" for w in ("first", "first one", "1st", "primera", "primero", "primeira", "premier",
                                          "premiere")},
                  **{w: "confidential" for w in ("second", "second one", "2nd", "segunda", "segundo", "deuxieme")},
                  **{w: "anonymous" for w in ("third", "third one", "3rd", "tercera", "tercero", "terceira",
                                              "troisieme", "last one", "the last one", "la ultima", "a ultima")}}
FILLER = (r"(um |uh |hmm |hm |well |pues |bueno |eh |ah |euh |ben |bom |olha |ok |okay |so |honestly |sorry |no |non "
          r"|nao |nope |nah |thanks |merci |gracias |obrigad[oa] |oui |yes |si |sim )*")
SORRY = r"( (sorry|lo siento|perdon|desole|desculpa|thanks|thank you|gracias|merci|obrigad[oa]|lol|really|realmente))*"
DONT_KNOW = (FILLER + r"(i don't know|i dont know|don't know|i do not know|dunno|i dunno|no idea|not sure|i'm not sure"
             r"|no clue|i have no idea|idk|skip|skip it|skip this|pass|i'll pass|next|(i'd |i would )?rather not"
             r"( say| answer| tell| share)?|prefer not to (say|answer)|i prefer not to (say|answer)|no comment"
             r"|unknown|na|dk|no se|nose|ni idea|no tengo idea|no lo se|no sabria decir|paso|prefiero no (decir"
             r"|contestar|responder)|no quiero decir|quien sabe|saltar|je sais pas|je ne sais pas|je sais plus"
             r"|aucune idee|pas sur|pas sure|je prefere ne pas (dire|repondre)|passer|nao sei|sei la|nem ideia"
             r"|nao faco ideia|prefiro nao (dizer|responder)|pular|nao tenho certeza|no estoy segur[oa]|nvm|never ?mind"
             r"|forget it|olvidalo|no importa|da igual|laisse tomber|deixa pra la|deixa"
             # "i dont want to say where": a question declined (it was read as wanting to end the chat)
             r"|(i )?(don't|dont|do not) (want to|wanna) (say|tell|answer|share)( (it|that|where|when|who|exactly))?"
             r"|no (quiero|puedo) (decir(lo)?|decirte|contestar)( (eso|donde|cuando|quien))?|prefiero no decir(lo)?"
             r"( (eso|donde|cuando|quien))?|je (ne )?veux pas (le |vous le )?dire( ou)?|nao (quero|posso) (dizer|falar)"
             r"( (isso|onde|quando|quem))?)" + SORRY)
NOTHING_MORE = (FILLER + r"(nothing( else| more)?|nothing else to (say|add)|(no )?that's (it|all|everything)"
                r"|that is (it|all)|thats (it|all)|no more|no thanks|no thank you|nope|all done|done|i'm done"
                r"|i'm good|that's all i know|nada( mas)?|no nada( mas)?|eso es todo|es todo|eso seria todo|no gracias"
                r"|nada mas que decir|ninguna otra cosa|listo|ya es todo|ya esta( todo)?|ya estuvo|c'est tout"
                r"|rien( d'autre| de plus)?"
                r"|non merci|ca sera tout|c'est bon|so isso|e so isso|e isso|era isso|nada mais|mais nada"
                r"|nao obrigad[oa]|acabou|nao mais nada)" + SORRY)
NO_ALONE = r"(no+|nope|nah|non|nao|not really)"

NEGATORS = frozenset("""not never no nobody nothing neither nor cannot nunca jamas nadie ni tampoco ne pas jamais
    aucun aucune rien nao nem ninguem nenhum nenhuma
    dont doesnt didnt cant wont isnt arent wasnt werent havent hasnt""".split())  # (texted without the apostrophe)
# Words that may stand between a negation and what it negates ("did not even take", "no nos han quitado").
BETWEEN = frozenset("""do does did ever really even actually always let to be been being have has had get got yet
    the my our their her his a an any all also just try tried want wanted going gonna will would can could should
    is are was were am me nos le les la lo las los te se ya han ha he hemos habia habian van va siquiera son es
    eran era esta estan estaba estaban estao estava estavam sendo sido m' t' l' lui leur s' y en ont ai avait avaient
    est sont o os as lhe lhes ja tem tinha foi foram vai vao sao make makes made force forces forced obliga obligan
    obligaba oblige obrigam obriga see seen saw visto vi notado noticed heard escuchado oido vu entendu""".split())
BOUNDARIES = frozenset(""". , but pero mais mas and y et e because porque parce that que if si when cuando quand
    quando so or o ou""".split())

SHIFTS = (r"\bfrom (?P<a>\d{1,2}) ?(am)? (to|till|until|til) (?P<b>\d{1,2}) ?(pm|at night)\b",
          r"\b(?P<a>\d{1,2}) ?am\b[^.]{0,40}?\b(?P<b>\d{1,2}) ?pm\b",
          r"\bde (las )?(?P<a>\d{1,2}) ?(am|de la manana)? (a|hasta) (las )?(?P<b>\d{1,2}) de la noche\b",
          r"\bde (?P<a>\d{1,2}) ?h (a|jusqu'a) (?P<b>\d{1,2}) ?h\b(?P<h24>)",
          r"\bdas (?P<a>\d{1,2}) (as|ate) (as )?(?P<b>\d{1,2})( da noite| horas)?\b(?P<h24>)")

UNIT_WORDS = frozenset("year years yr yrs old yo anos ano ans anyos months meses mois".split())

QUESTION = (r"^\W*(is|are|can|will|would|do|does|how|what|es|sera|puedo|puede|pueden|como|que|est|c'est|ca"
                       r"|e|posso|pode|vai|como)\b[^?]*\?\W*$")
