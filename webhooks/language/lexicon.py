"""Words that say which language a very short message is in. Each word is listed only where it is
distinctive enough; words shared by several languages ("no", "si", "a") vote for each of them.
Written for review by native speakers; add words with a test in tests/unit/test_language.py."""
from __future__ import annotations

WORDS: dict[str, set[str]] = {
    "en": set("""hi hello hey yes yeah yep yup thanks thank thx please help i i'm im me my the is are was were what
        where when who how why can can't cant not it's its and he she they we you your want need police okay
        sorry bye goodbye morning evening night boss work money passport house girl girls boy kid kids
        english anyone there someone scared afraid leave locked took um umm uh hmm"""
                 .split()),
    "es": set("""hola si sí gracias porfa favor ayuda ayudame ayúdame auxilio socorro necesito quiero tengo estoy
        está esta yo mi mis el los las que qué dónde donde cuándo cuando cómo como bueno buenas buenos días dias
        tardes noches señor senora señora policía policia trabajo patrón patron dinero pasaporte casa mujer
        niña nina niño nino años anos usted ustedes nosotros ellos ella tambien también pero porque muy aqui
        aquí ahora español espanol hay hace puedo nadie alguien miedo salir y con una del al lo les se para
        mucho nada paga deja jefe onda órale orale mande wey güey guey ahorita pues neta chido ola
        me va vas voy matar mata dímelo dimelo dime díganme diganme oye oiga oie aló alo saludo saludos
        ayúdenme ayudenme porfavor buen disculpe disculpa perdón perdon klk gratis este numero número cuanto
        cuánto cuesta cobran entiendo entendí entendi hablo hablas sabes eres quién quien puedes pueden""".split()),
    "fr": set("""bonjour bonsoir salut merci oui je suis est les des une pas vous nous avec pour mon ma mes aide
        aidez besoin travail patron argent passeport maison où quand comment plaît plait d'accord français
        francais c'est j'ai il elle ils elles très tres peur sortir personne quelqu'un aujourd'hui et le du au
        ne ce qui dans sur va slt bjr bsr cc coucou jsp stp svp chui ouais ouai ouep wesh wsh bah ben genre tkt mdr
        ptdr daronne daron pote potes meuf mec jsuis j'suis chuis vas-y voilà voila""".split()),
    "pt": set("""olá ola oi obrigado obrigada sim não nao eu estou você voce vocês meu minha ajuda preciso quero
        tenho trabalho patrão dinheiro passaporte casa onde quando bom boa dia tarde noite português
        portugues também tambem muito aqui agora ele ela eles elas ninguém alguém medo sair e em um uma do da dos
        das na é são está esta este isso que para com por mais seja vai vou me matar mata alô""".split()) - {"um"},
    "ht": set("""bonjou bonswa mèsi mesi wi mwen nou yo ak nan pou gen fè fe konn tanpri anpil ede kijan kòman
        koman kote kisa poukisa kilè lapolis travay lajan patwon paspò paspo lakay kreyòl kreyol ayisyen
        bezwen vle kapab pale konnen kounye kounya sèlman byen pitit timoun fanm moun bagay pè pral""".split()),
    "tl": set("""kumusta kamusta salamat po opo oo hindi ako ikaw siya kami tayo sila ang ng mga ay tulong
        tulungan gusto kailangan trabaho amo pera pasaporte bahay saan kailan paano magandang umaga gabi
        tagalog ba naman lang talaga natatakot""".split()),
    "vi": set("""toi tôi ban bạn cam cảm xin chao chào giup giúp khong không duoc được cua của nguoi người
        lam làm tien tiền nha nhà""".split()),
}

# What people write to ask for a language ("in English please", "español", "Kreyòl").
REQUESTS: dict[str, tuple[str, ...]] = {
    "en": ("english", "inglés", "ingles", "anglais", "inglês"),
    "es": ("español", "espanol", "spanish", "castellano", "espagnol", "espanhol"),
    "fr": ("français", "francais", "french", "francés", "frances"),
    "pt": ("português", "portugues", "portuguese", "portugués"),
    "ht": ("kreyòl", "kreyol", "creole", "créole", "haitian", "ayisyen"),
    "zh": ("中文", "普通话", "國語", "国语", "chinese", "mandarin", "cantonese", "廣東話"),
    "vi": ("tiếng việt", "tieng viet", "vietnamese"),
    "ko": ("한국어", "korean"),
    "ar": ("عربي", "العربية", "arabic"),
    "ru": ("русский", "по-русски", "russian"),
    "tl": ("tagalog", "filipino"),
}

# Haitian Creole words that French, English and Spanish do not use: one of them plus a mostly-Creole
# message is Creole, not French.
HAITIAN_MARKERS = set("""mwen nou yo ak nan pou gen fè konn tanpri anpil kijan kòman kisa poukisa kilè lapolis
    travay lajan patwon paspò lakay kreyòl bezwen vle kapab konnen kounye kounya sèlman pitit timoun fanm
    bagay pral mèsi bonjou bonswa ede wi pale ap yon kote peyi bèl ye prale jodi demen zanmi anyen gade rele
    tankou chak lekòl maten aswè konprann manje ayiti ayisyen fanmi jwenn wè""".split())
