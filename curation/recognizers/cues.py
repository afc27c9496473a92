"""Patterns that say a person's name stands next to them: titles, self-introductions, roles,
salutations and closings, possessives, lists of people, and the shapes names take."""

import re

from curation.recognizers.base import _LETTER, _UPPER
from curation.recognizers.lexicon import FIRST_NAMES, NAME_PARTICLES, _stop

_NAME_TOKEN = rf"[{_LETTER}][{_LETTER}'’\-]*"


# On one line: "Nome: Gioacchino\nMotivo: …" is a name, then the next label.
_NAME = rf"({_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,4}})"


# Bounded, and the patterns that start with one refuse to start inside a word: unbounded,
# every start inside "A-A-A-…" rescanned to the end of the word.
_CAP_TOKEN = rf"[{_UPPER}][{_LETTER}'’\-]{{1,40}}"


# The particles as one regex alternation, longest first ("della" before "de").
_PARTICLES_ALTERNATION = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))


# Post-nominals kept inside a name's span.
_POST_NOMINAL = re.compile(
    r",?\s+(?:MD|M\.D\.|DDS|D\.D\.S\.|PhD|Ph\.D\.|MBA|Jr\.?|Sr\.?|III|II|IV|DVM|Esq\.?|CPA|RN|MSc|BSc|"
    r"M\.Sc\.|B\.Sc\.|B\.Eng\.|M\.Eng\.|B\.A\.|M\.A\.|LL\.M\.|MPhil|DPhil|Dipl\.-Ing\.)(?![\w])"
)


_TITLES = (
    r"mr\.?|mrs\.?|ms\.?|miss|mx\.?|dr\.?|dra\.?|prof\.?|ing\.?|herr|frau|señor|señora|srta\.?|"
    r"sr\.?|sra\.?|don|doña|dña\.?|signor|signora|signorina|sig\.?|sig\.ra|dott\.?|dott\.ssa|"
    r"avv\.?|dottor|m\.|mme|mlle|monsieur|madame|meneer|mevrouw|dhr\.?|mevr\.?|pan|pani|panie|"
    r"senhor|senhora|sra\.|eng\.?|srita\.?|"
    # A household by its name: "Familie Rüegg", "famille Cossy", "rodzina Nowaków".
    r"familie|famille|familia|famiglia|família|rodzina|państwo|"
    # A teacher by name, as schools write it: "el profesor Cuervo", "la professoressa Neri".
    r"professor|professora|profesor|profesora|professore|professoressa|professeur|"
    # Teachers and priests by name: "la profe Aramburu", "meester Bas", "pastoor Galijn",
    # "proboszcz Kusa" (not "Padre Pio", "le père Noël", "Pastor": saints, towns; coaches
    # are _TRADES, after which a known first name or two capitalised words count).
    r"profe|meester|pastoor|dominee|pfarrer|pfarrerin|abbé|proboszcz|ksiądz|pároco|reverend"
)


# An honorific right before: "Herr |Braun", "Sr. |Santander".
_TITLE_BEFORE = re.compile(rf"(?i)(?<![\w'’])(?:{_TITLES})[ \t]+$")


# Ranks and offices before a surname, capitalised as English writes them: "Judge Kunze",
# "Captain Gladu" (not "the captain", "a judge"); the surname a rare word or a known name
# ("Captain America", "Inspector Gadget" are not).
_RANK_THEN_NAME = re.compile(
    r"(?<![\w'’])(?:Judge|Captain|Capt\.|Inspector|Detective|Sergeant|Sgt\.|Lieutenant|"
    rf"Constable|Senator|Reverend|Rev\.)[ \t]+({_CAP_TOKEN})"
)


_SELF = (
    r"my name is|my name's|name is|i am|i'm|im|this is|call me|it's me|its me|"
    r"ich bin|ich heiße|hier ist|hier spricht|mein name ist|"
    r"je suis|je m'appelle|c'est|moi c'est|mon nom est|"
    r"soy|me llamo|mi nombre es|"
    r"sono|mi chiamo|il mio nome è|"
    r"ik ben|mijn naam is|met|"
    r"jestem|nazywam się|mam na imię|"
    r"sou|chamo-me|me chamo|o meu nome é|meu nome é"
)


_IT_IS = r"it's|it’s|its|es ist|c'est|è|es|het is|to jest|é"


_IT_IS_WORDS = set(_IT_IS.split("|"))


# Spoken to: "spoke to Veronica in payroll", "hablé con Lucía" (and companies: "I spoke to
# Vodafone"): a known first name, or two capitalised words, the model may call a town.
_SPOKEN_TO = (
    r"spoke to|spoke with|spoken to|spoken with|talked to|talked with|speaking to|speaking with|"
    r"chatted with|hablé con|hable con|he hablado con|ho parlato con|ai parlé à|ai parlé avec|"
    r"falei com|rozmawiałem z|rozmawiałam z|gesproken met|gesprochen mit|sprach mit|"
    # And followed up with: "Follow up with Kuon Satou in a couple of months".
    r"follow up with|following up with|followed up with|catch up with|check in with|"
    r"checked in with|reach out to|reached out to|get in touch with|got in touch with|"
    r"on the phone with|off the phone with|a call with|meeting with|met with|lunch with|"
    r"dinner with|coffee with|"
    # Told or asked: "tu peux dire a Alexandria que …", "dile a Inés", "di' a Marta".
    r"dire a|dire à|dis a|dis à|dites a|dites à|demander a|demander à|parler a|parler à|"
    r"decirle a|dile a|dígale a|digale a|pregúntale a|preguntale a|chiedere a|"
    r"diz a|diga a|diz à|diga à|pergunta a|pergunte a|zeg tegen|vraag aan|sag|sagen sie|"
    # Written or made by someone, or a message to them: "Translated from the Polish by
    # Todsawun Sukhenai", "a condolence message to Cakrajiya", "a birthday msg for …".
    r"written by|translated by|directed by|composed by|illustrated by|narrated by|edited by|"
    r"painted by|sung by|poem by|novel by|book by|song by|"
    r"card to|card for|message to|message for|msg to|msg for|note to|note for|letter to|"
    r"letter for|gift for|present for|congratulations to|email to|e-mail to|write to|wrote to|"
    r"text to|reply to|replied to"
)


_SPOKEN_TO_WORDS = set(_SPOKEN_TO.split("|"))


# A person by their trade or the job they came to do: "Producer Angus Stuart explained", "the
# technician Naail Talal", "Mayor Aabid". Products are named so too ("the mocha reporter
# Mochawesome", "our courier Parcelforce"): a known first name or two capitalised words.
_TRADES = (
    r"producer|songwriter|singer|novelist|journalist|reporter|photographer|spokesperson|"
    r"spokesman|spokeswoman|composer|guitarist|drummer|pianist|violinist|actor|actress|"
    r"painter|sculptor|poet|playwright|screenwriter|economist|"
    r"technician|courier|receptionist|plumber|electrician|cleaner|nanny|babysitter|tutor|"
    r"intern|trainee|pharmacist|nurse|caretaker|concierge|waiter|waitress|cashier|dj|"
    r"instructor|referee|mayor|senator|governor|councillor|councilor|bishop|pastor|reverend|"
    r"sergeant|lieutenant|"
    # The trades that come to the house or the counter, in the other languages.
    r"monteur|mechaniker|techniker|handwerker|installateur|elektriker|klempner|"
    r"hausmeister|fahrer|kurier|bote|"
    r"technicien|plombier|électricien|electricien|livreur|chauffeur|mécanicien|mecanicien|"
    r"técnico|tecnico|fontanero|electricista|repartidor|mecánico|mecanico|conductor|"
    r"idraulico|elettricista|corriere|fattorino|autista|"
    r"loodgieter|bezorger|koerier|"
    r"technik|hydraulik|elektryk|mechanik|kierowca|"
    # Trainers, teachers, the people on the other side of a sale or a lease, and the
    # German trades' feminine forms: "Trainerin Aline", "juf Sanne", "Vermieterin Lea Roth".
    r"trainer|trainerin|teacher|lehrer|lehrerin|entrenador|entrenadora|"
    r"allenatore|allenatrice|istruttore|istruttrice|treinador|treinadora|trener|trenerka|"
    r"instruktor|instruktorka|nauczyciel|nauczycielka|leraar|lerares|juf|moniteur|monitrice|"
    r"entraîneur|entraineur|entraîneuse|maestra|maestro|"
    r"monteurin|mechanikerin|technikerin|fahrerin|elektrikerin|installateurin|hausmeisterin|"
    r"apotheker|apothekerin|makler|maklerin|verkäufer|verkäuferin|käufer|käuferin|"
    r"nachbar|nachbarin|vermieter|vermieterin|voisin|voisine|vecino|vecina|vicino|vicina|"
    r"buurman|buurvrouw|sąsiad|sąsiadka|vizinho|vizinha|casero|casera|senhorio|senhoria|"
    r"verhuurder|verhuurster|"
    r"canalizador|eletricista|estafeta|motorista"
)


_TRADE_WORDS = set(_TRADES.split("|"))


_CUES = (
    # Someone's parent, named by the child: "sou a mae do Melissa", "la madre de Lucía".
    r"(?:mãe|mae|pai|madre|padre|mère|mere|père|pere|mamma|papà|mutter|vater|moeder|vader|"
    r"mother|father|mum|mom|dad|parents?|padres|pais|eltern|ouders|genitori)[ \t]+"
    r"(?:do|da|dos|das|de|del|di|della|dello|du|von|van|of)|"
    rf"{_SELF}|ask for|ask|speak to|speak with|talk to|talk with|dear|hi|hello|hey|"
    r"thanks|thank you|thx|cheers|regards|best regards|kind regards|best|sincerely|yours|"
    r"happy birthday|happy bday|feliz cumpleaños|joyeux anniversaire|buon compleanno|"
    r"alles gute|fijne verjaardag|feliz aniversário|wszystkiego najlepszego|"
    r"signed|colleague|manager|boss|wife|husband|son|daughter|friend|mom|dad|"
    r"mother|father|brother|sister|neighbour|neighbor|landlord|doctor|"
    # A doctor by name: "bij dokter Aerts", "beim Hausarzt Dr. Weber", "la dottoressa Bianchi".
    r"dokter|doktor|docteur|dottore|dottoressa|doutor|doutora|doctora|lekarz|lekarka|huisarts|"
    r"hausarzt|hausärztin|tandarts|zahnarzt|zahnärztin|dentist|dentista|"
    r"kid|child|partner|girlfriend|boyfriend|fiancé|fiancée|fiance|cousin|uncle|aunt|nephew|"
    r"niece|grandson|granddaughter|grandma|grandpa|grandmother|grandfather|guardian|spouse|"
    r"named|called|"
    # Named, in the other languages: "jemand namens Lagler", "du nom de Leblanc" (not
    # "namens der Firma", on its behalf).
    r"(?:jemand|jemanden|jemandem|person|frau|herr|mann|kunde|kundin|einer?|einem|einen)"
    r"[ \t]+namens|du nom de|"
    # A name asked for and given: "What's your last name? Fokina", "Name: …".
    r"(?:first |last |family |full |sur)?name\s*[?:]|nom\s*:|nombre\s*:|nome\s*:|naam\s*:|"
    r"nazwisko\s*:|familienname\s*:|apelidos?\s*:|"
    # The field named, then the name, with or without a colon: "Nachname: Egger", "first
    # name Scott", "voornaam Mark", "imię Kalina".
    r"(?:first name|given name|forename|surname|voornaam|achternaam|vorname|nachname|prénom|"
    r"prenom|imię|nombre de pila|apellidos?|cognome|sobrenome|primeiro nome)(?:\s*:)?|"
    # A name to be corrected: "The name in the account is wrong, please change it to …",
    # "the name on the card should read …".
    r"name\b[^.?!\n]{0,60}?(?:change|changed|update|updated|correct|corrected)\s+(?:it\s+)?to|"
    r"name\b[^.?!\n]{0,60}?\b(?:should|must)\s+(?:read|be)|"
    # Grandparents, as they are called: "mamie Claude", "Oma Gerda".
    r"granny|nana|mamie|papi|papy|oma|opa|nonna|nonno|abuela|abuelo|avó|avô|babcia|dziadek|"
    r"tante|oncle|"
    r"sohn|tochter|enkelin|neffe|nichte|cousine|"
    r"fils|fille|neveu|nièce|"
    r"hijo|hija|sobrino|sobrina|"
    r"figlio|figlia|nipote|cugino|cugina|"
    r"zoon|dochter|neef|"
    r"syn|córka|wnuk|wnuczka|"
    r"filho|filha|sobrinho|sobrinha|"
    r"hallo|liebe|lieber|sehr geehrte|sehr geehrter|kollege|kollegin|chef|chefin|"
    r"bonjour|salut|cher|chère|collègue|collegue|"
    r"hola|estimado|estimada|compañero|compañera|companero|companera|"
    r"ciao|gentile|caro|cara|collega|"
    r"hoi|beste|collega|"
    r"cześć|czesc|szanowny|szanowna|kolega|koleżanka|kolezanka|kumpel|kumpela|"
    r"olá|ola|oi|prezado|prezada|caro|cara|colega|"
    rf"{_TITLES}"
)


# Cues that often precede other things too ("to Paris", "with Python"): only a known first
# name or two capitalised words count after them.
_WEAK_CUES = (
    rf"{_SPOKEN_TO}|{_TRADES}|to|with|for|from|and|cc|by|emailed|forward|introduce|meet|met|invite|tell|told|"
    # Who made a work, and who a certificate is for: "Translated from the Polish by …",
    # "This certifies that …".
    r"(?:translated|written|directed|illustrated|narrated|composed|interviewed|photographed)"
    r"(?:[ \t]+from[ \t]+the[ \t]+\w+)?[ \t]+by|certif(?:y|ies)[ \t]+that|"
    # For someone's attention ("Attn: Cosimus Salgado", "z. Hd. Frau …", "c/o …"), not a
    # department's ("Attn: Billing Department").
    r"attn\.?:?|attention:|z\.[ \t]?hd\.?|zu händen|c/o|fao|à l'attention de|"
    r"an|mit|für|von|à|avec|pour|de|con|para|a|per|di|da|met|naar|voor|van|z|do|dla|od|tu|"
    rf"{_IT_IS}"
)


# Roles whose holder's name follows: "account holder: …", "Kontoinhaber ist …".
_ROLES = (
    r"account holder|cardholder|card holder|beneficiary|patient|tenant|recipient|addressee|"
    r"contact person|policy holder|policyholder|"
    r"kontoinhaber(?:in)?|inhaber(?:in)?|empfänger(?:in)?|begünstigte[r]?|patient(?:in)?|"
    r"mieter(?:in)?|ansprechpartner(?:in)?|"
    r"titulaire(?: du compte)?|bénéficiaire|destinataire|locataire|"
    r"titular(?: de la cuenta| da conta)?|beneficiari[oa]|destinatari[oa]|paciente|inquilin[oa]|"
    r"intestatari[oa](?: del conto)?|paziente|"
    r"rekeninghouder|kaarthouder|pashouder|begunstigde|ontvanger|patiënt|huurder|"
    r"contactpersoon|karteninhaber(?:in)?|titulaire de la carte|titular de la tarjeta|"
    r"titolare(?: della carta| del conto)?|posiadacz(?:ka)? karty|titular do cartão|"
    r"właściciel(?:ka)?(?: konta)?|odbiorca(?: przelewu)?|pacjent(?:ka)?|najemca|"
    r"beneficiário|destinatário|"
    # Policyholders and the insured: "Tomador Lola de Chaves, domicilio …".
    r"tomador(?:a)?(?: del seguro| do seguro)?|asegurad[oa]|segurad[oa]|assicurat[oa]|"
    r"contraente|versicherungsnehmer(?:in)?|versicherte[r]?|assuré|assurée|souscripteur|"
    r"verzekeringnemer|verzekerde|ubezpieczon(?:y|a)|ubezpieczający|ubezpieczajaca|"
    # Passengers and pupils, as bookings and schools list them: "Pasażer: Otremba Kaja".
    r"passenger|passagier(?:in)?|passager|passagère|pasajer[oa]|passegger[oa]|passageir[oa]|"
    r"pasażer(?:ka)?|pupil|schüler(?:in)?|élève|leerling|alumn[oa]|alun[oa]|uczeń|uczennica|"
    # Whom to call in an emergency: "contatto di emergenza: Elena, +39 …".
    r"emergency contact|notfallkontakt|contact d'urgence|contacto de emergencia|"
    r"contatto di emergenza|noodcontact|kontakt awaryjny|contacto de emergência"
)


_ROLE = re.compile(
    # Whole words: "patient" must not stop inside "Patientin Annika Küng".
    rf"(?i)(?<![\w'])(?:{_ROLES})(?![\w])\s*(?::|\bis\b|\bist\b|\best\b|\bes\b|\bè\b|\bto\b|"
    r"\bé\b|"
    r"\bjest\b|\bshould be\b|\bsoll\b|\bdoit être\b|\bdebe ser\b)?\s*(?::\s*)?"
)


# The name on a record, then what it is: "the name on the booking is …", "nazwisko w
# rezerwacji to …", "el nombre en la reserva es …" (not "the name of the hotel is …").
_NAME_ON_RECORD = re.compile(
    r"(?i)(?<![\w'])(?:name|surname|first name|last name|imię|nazwisko|nombre|apellido|nom|"
    r"prénom|nome|cognome|naam|achternaam|voornaam|nachname|vorname|sobrenome)[ \t]+"
    r"(?:on|in|w|na|auf|im|in der|en|sur|dans|sul|sulla|nel|nella|no|op)[ \t]+"
    r"(?:(?:the|my|your|la|el|mi|der|dem|die|meiner|het|de|mijn|il|lo|le|ma|mon|o|a|meu|minha|"
    r"moim|mojej)[ \t]+)?[^\W\d_]+[ \t]*(?::|=|(?:is|to|es|è|ist|est|é|jest)(?![\w]))[ \t]*"
)


# Someone added or named in a role that only people hold: "add Alda Ragnarsdóttir as
# guardian", "Jan Kowalski als Bevollmächtigten".
_AS_ROLE = re.compile(
    rf"(?<![\w'’\-])({_CAP_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}})\s+(?:as|als|comme|como|come)\s+"
    r"(?:(?:a|an|the|my|our|his|her|their|mein\w*|sein\w*|ihr\w*|notre|mon|ma|mi|mio|mia|il|la|o|a)\s+)?"
    r"(?:guardian|legal guardian|beneficiary|trustee|executor|co-owner|co-signer|cosigner|"
    r"signatory|authori[sz]ed user|account holder|cardholder|emergency contact|next of kin|"
    r"dependant|dependent|guarantor|power of attorney|"
    r"vormund|begünstigte\w*|bevollmächtigte\w*|erbe|erbin|bürge|bürgin|"
    r"tuteur|tutrice|bénéficiaire|mandataire|garant|"
    r"tutor|tutora|beneficiari[oa]|apoderad[oa]|avalista|"
    r"tutore|garante|delegat[oa]|"
    r"voogd|begunstigde|gemachtigde|borg)\b",
)


# A family's firm, by its surname: "Stejskalová & Sons", "Holm and Daughters", "Ricci e Figli".
_AND_SONS = re.compile(
    rf"(?<![\w'’\-])({_CAP_TOKEN})[ \t]*(?:&|and|und|et|e|y|en|i)[ \t]+"
    r"(?:Sons?|Daughters?|Söhne|Soehne|Fils|Figli|Hijos|Filhos|Zonen|Zn\.|Synowie)"
    r"(?![\w'’\-])"
)


# A first name called out as a sentence of its own: "Filippa? Cristian! Over here!".
_CALLED_OUT = re.compile(rf"(?:^|(?<=[.!?])[ \t]+)({_CAP_TOKEN})[ \t]*[!?]+(?=[ \t]|$)", re.M)


# Someone who says something or is told it, in English: "According to Szathmáry, the deal
# …", "Sorry Marumi, the shop is closed", "What did Olaisen say about the budget?", "Why
# won't Kuyra answer his phone?", "Remind Duyên that …".
_SAYS_WHO = re.compile(
    rf"(?i:(?<![\w'’])(?:according to|sorry)[ \t]+)({_CAP_TOKEN})(?=[ \t]*,)|"
    r"(?i:(?<![\w'’])(?:did|does|will|won't|would|didn't|doesn't|can't|couldn't|wouldn't|"
    rf"why|has|hasn't)[ \t]+)({_CAP_TOKEN})[ \t]+(?i:say|tell|answer|reply|respond|think|mean|"
    r"agree|approve|confirm|call me|text me|email me|ring me)(?![\w'’])|"
    # Told something: "Remind Duyên that the car is ready", "tell Parsons to call back".
    r"(?i:(?<![\w'’])(?:remind|tell|inform|notify|ping|thank|congratulate|invite)[ \t]+)"
    rf"({_CAP_TOKEN})[ \t]+(?i:that|to|about|if|whether|when|for)(?![\w'’])"
)


# What someone sends or gives, from them: "Message from Joar at 10:42", "The flowers are from
# Kristiina and the kids" (not "a postcard from Lisbon", "a text from Klarna": a known first
# name, or in English a word that is no common word, place or brand).
_SENT_FROM = re.compile(
    r"(?i:(?<![\w'’])(?:message|messages|text|texts|voicemail|note|gift|gifts|present|"
    r"presents|flowers|card|letter|call|missed call)[ \t]+(?:(?:is|are|was|were)[ \t]+)?"
    rf"from[ \t]+)({_CAP_TOKEN})"
)


# Who is coming, named after "we are": "siamo Giovanni, Carocci e due bambini", "we zijn met
# Elena, Dachgelder en twee kinderen", "jedziemy w składzie: Fabian, Cyganik i dwoje dzieci".
_WE_ARE = re.compile(
    r"(?i:(?<![\w'’])(?:we are|we're|siamo|somos|wir sind|we zijn(?: met)?|nous sommes|on est|"
    r"jesteśmy|jedziemy w składzie|vamos ser)[ \t]*:?[ \t]+)"
    rf"({_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?(?:[ \t]*,[ \t]*{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?)*)"
    r"(?=[ \t]*,?[ \t]+(?i:and|e|y|und|en|et|i|oraz)[ \t])"
)


# One fetched from school or practice: "Can u pick up Seweryna from school today?".
_FETCHED = re.compile(
    rf"(?i:(?<![\w'’])(?:pick(?:ing)? up|collect|collecting|fetch|fetching|drop off)[ \t]+)"
    rf"({_CAP_TOKEN})[ \t]+(?i:(?:from|at)[ \t]+(?:school|kindergarten|nursery|daycare|"
    r"preschool|practice|training|football|swimming|ballet|the school|the nursery))(?![\w'’])"
)


# Who writes, by where they are known from: "hey its Dida from the gym", "it's Marta from
# accounts".
_ITS_NAME_FROM = re.compile(
    rf"(?i:(?<![\w'’])(?:it's|it’s|its|it is)[ \t]+)({_CAP_TOKEN})[ \t]+"
    r"(?i:from[ \t]+(?:the[ \t]+|your[ \t]+|our[ \t]+|my[ \t]+)?(?:gym|office|school|club|"
    r"team|accounts|sales|support|reception|next door|upstairs|downstairs|class|church|choir|"
    r"football|hr|marketing|finance|legal|nursery|clinic|shop|bakery|pharmacy|library|flat|"
    r"apartment)(?![\w'’]))"
)


# A name and "who" after its comma: "To Júlia, who never stopped asking questions" (a known
# first name, a surname and nothing else or an unheard-of word: "Apple, who" is none).
_WHO_AFTER = re.compile(rf"(?<![\w'’\-])({_CAP_TOKEN}),[ \t]+(?:who|whom|whose)(?![\w'’])")


# Someone of a firm's staff, by the office they are from, saying something: "Marsden from your
# lettings team said …", "Wüthrich von der Hausverwaltung meinte …", "Curdy de l'agence m'a
# dit …", "p. Drobny z biura nieruchomości obiecuje …".
_STAFF_FROM = re.compile(
    r"(?m)(?:^|[.!?][ \t]+)(?P<title>(?i:p\.|pan|pani|herr|frau|m\.|mme|sr\.|sra\.|sig\.|"
    r"dhr\.|mevr\.)[ \t]+)?"
    r"(?P<name>(?:De[ \t]+|Van[ \t]+|Di[ \t]+|Da[ \t]+|Le[ \t]+)?"
    rf"{_CAP_TOKEN}(?:[ \t]+{_CAP_TOKEN})?)[ \t]+"
    r"(?i:(?:from|von|vom|de|d'|dell'|della|del|da|do|dalla|van|z|ze)[ \t]*"
    r"(?:(?:the|your|our|der|die|dem|ihrer|eurer|la|l'|le|votre|vostra|vuestra|tu|su|a|o|het|"
    r"de|jullie|uw|el|los)[ \t]*)?(?:[^\W\d_]+[ \t]+)?"
    r"(?:team|office|agency|department|desk|support|lettings|letting agents?|property|"
    r"management|hausverwaltung|verwaltung|vermietung|agentur|büro|kundenservice|agence|"
    r"bureau|syndic|gestion|agenzia|ufficio|amministrazione|agencia|oficina|inmobiliaria|"
    r"administración|agência|escritório|imobiliária|administração|kantoor|verhuurkantoor|"
    r"makelaar|beheer|klantenservice|biura|biuro|agencji|administracji)"
    r"[^.!?\n]{0,40}?(?<![\w'’])(?:said|told|says|promised|meinte|sagte|versprach|dit|promis|"
    r"detto|promesso|dijo|prometió|disse|prometeu|zei|zegt|beloofde|powiedział\w*|obiecuje|"
    r"obiecał\w*|mówi))(?![\w'’])"
)


# A contact line: a label's colon, a known first name, then a comma and a phone number
# ("contact on site: Shane, 01614960342", "contato no local: Marta, 35 19 12 96 69 63").
_NAME_THEN_PHONE = re.compile(
    rf"(?m)(?:^|:)[ \t]*({_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,2}}),[ \t]*"
    r"(?=(?:\+|\()?\d[\d \-()./]{6,}\d(?!\w))"
)


# Thanks, a greeting or an apology, right before a comma: "Danke, |Bartele!".
_GREETING_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:hi|hey|hello|thanks|thank you|cheers|sorry|bye|danke|hallo|tschüss|"
    r"merci|salut|bonjour|gracias|hola|grazie|ciao|bedankt|dank je|hoi|dzięki|dziękuję|cześć|"
    r"obrigad[oa]|olá|oi)[ \t]*$"
)


# A first name called to at the end of a sentence: "Don't go to town, Brett!".
_VOCATIVE = re.compile(rf",[ \t]+({_CAP_TOKEN})[ \t]*(?:[!?.]|,[ \t]*[\"”]|$)")


_HERE = re.compile(
    rf"(?im)(?:^|[,.!]\s+|\b(?:hi|hello|hey|hallo|bonjour|hola|ciao|hoi|cześć|olá|oi)[,!]?\s+)"
    rf"({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}})(?:\s*,)?\s+"
    r"(?:here|hier|ici|aquí|aqui|qui|z tej strony|tutaj|speaking|am apparat|al habla)\b"
)


# "Here" before the name, as Spanish and Portuguese write it: "aquí Florentina, sigo sin
# router", "Bom dia, aqui Joana." (a known first name only: "aquí Madrid").
_HERE_BEFORE = re.compile(
    rf"(?im)(?:^|[,.!]\s+|\b(?:hola|buenas|olá|ola|oi|bom dia|boa tarde|buenos días)[,!]?\s+)"
    rf"(?:aquí|aqui)\s+({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}})"
)


# Thanks in the other languages, then a known first name that is no place: "Merci
# Constance, c'est réglé !", "Grazie Danilo, risolto!" (not "Danke Schön", "Grazie Mille").
_THANKS_TO = re.compile(
    rf"(?i:(?<![\w'’])(?:danke|vielen dank|merci|merci beaucoup|gracias|muchas gracias|grazie|"
    rf"grazie mille|bedankt|dank je|dank u|dziękuję|dziekuje|dzięki|dzieki|obrigad[oa]|"
    rf"muito obrigad[oa])[,!]?[ \t]+)({_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN})?)(?=[ \t]*[,.!?]|[ \t]*$)",
    re.MULTILINE,
)


# A known first name as the subject or object of a sentence: "Mónica me dijo", "so Naomi said",
# "Gestern hat Sascha angerufen" (not after another capitalised word: "Santa Monica").
_FIRST_SUBJECT = re.compile(
    rf"(?<![\w'’\-])({_CAP_TOKEN})(?=\s+[a-zà-öø-ÿ]|\s*[,?!]\s*[a-zà-öø-ÿ]"
    # Or ending the message: "czy możecie odblokować konto Przemysław?", "(odbiera
    # Maksymilian)".
    r"|[ \t]*\)?[ \t]*[?!.]?[ \t]*$(?![\s\S]))"
)


_NAME_IS_MINE = re.compile(
    rf"(?im)^[ \t]*({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}})(?:\s*,)?\s+(?:"
    # "Brun, c'est le nom sur le contrat", "Kowalska to nazwisko panieńskie".
    r"(?:is|that's|that is) (?:my|the) (?:last |family |full |sur)?name|"
    r"ist (?:mein|der) (?:vor|nach|familien)?name|(?:c'est|c’est|est) (?:mon|le) (?:nom|prénom)|"
    r"es (?:mi|el) (?:nombre|apellido)|è il (?:mio )?(?:nome|cognome)|"
    r"is (?:mijn|de) (?:achter)?naam|to (?:moje )?(?:imię|nazwisko)|"
    r"é o (?:meu )?(?:nome|apelido|sobrenome))\b"
    # Not the name of something: "Invoice is the name of the file".
    r"(?![ \t]+(?:of|de|du|des|del|della|di|van|von|der|da|do|dos|das|dla)\b)"
)


_POSSESSIVE = re.compile(
    rf"(?<![\w'’\-])({_CAP_TOKEN}(?:\s+(?:(?:{_PARTICLES_ALTERNATION})\s+){{0,2}}{_CAP_TOKEN})?)"
    r"['’]s?(?!\w)"
)


# An enumeration of capitalised words: "Platt, David, Claudia and Oscar", "Caird and Jones".
# At most a dozen items: unbounded, "Anna, Anna, …" rescanned the list from every item.
_ENUMERATION = re.compile(
    rf"(?<![\w'’\-])({_CAP_TOKEN}(?:\s*,\s*{_CAP_TOKEN}){{0,12}},?\s+"
    rf"(?:and|or|&|und|oder|et|ou|y|o|e|en|of|i|lub|oraz)\s+{_CAP_TOKEN})(?![\w'’])"
)


# "Annas Zugang": a German or Dutch genitive of a known first name.
_GENITIVE = re.compile(rf"(?<![\w'’\-])({_CAP_TOKEN})s\s+(?=[A-ZÄÖÜa-zäöü])")


# A first name, then a middle initial ("Ella L Gawler", "Marcus O. Paulsen") or particles,
# then a capitalised word or two.
def _first_last(gap: str) -> re.Pattern[str]:
    """A first name, then its middle initial or particles, then a capitalised word or two,
    the words apart by gap."""
    return re.compile(
        rf"(?<![\w'’\-])({_CAP_TOKEN}(?:{gap}[A-Z]\.?(?={gap}[{_UPPER}]))?"
        rf"(?:{gap}(?:{_PARTICLES_ALTERNATION})){{0,2}}"
        rf"{gap}{_CAP_TOKEN}(?:{gap}{_CAP_TOKEN})?)"
    )


_FIRST_LAST = _first_last(r"[ \t]+")
# The same across line breaks, read as well: a known first name ending a line and the
# capitalised words opening the next are taken together, as before _FIRST_LAST kept to one
# line (see the loop over both in ContextNameRecognizer).
_FIRST_LAST_LINES = _first_last(r"\s+")


_CLOSING = re.compile(
    # The closing may end a line that says something else first: "all sorted, regards".
    r"(?i)^(?:[^\n]{0,80}[,.!][ \t]*)?\s*(?:[-–—~]+\s*)?(?:thanks|thank you|many thanks|cheers|regards|best|best regards|"
    r"kind regards|warm regards|sincerely|yours|ok thanks|"
    r"danke|vielen dank|viele grüße|liebe grüße|beste grüße|mit freundlichen grüßen|gruß|grüße|"
    r"merci|cordialement|bien à vous|bien cordialement|amitiés|"
    r"gracias|saludos|un saludo|atentamente|"
    r"grazie|grazie mille|saluti|cordiali saluti|distinti saluti|"
    r"bedankt|dank je|dank|groet|groeten|met vriendelijke groet|"
    r"dzięki|dziękuję|pozdrawiam|z poważaniem|"
    r"obrigad[oa]|cumprimentos|atenciosamente|abraço|"
    # Closings between friends: "Beijos\nSara", "Bisous", "Besos", "Liebe Grüße".
    r"beijos?|bjs|abraços|besos|un abrazo|bisous|bises|baci|un abbraccio|kusjes|groetjes|"
    r"buziaki|ściskam|lg|hugs|love|xoxo|xx)[\s,.!]*$"
)


_NAMED_CUE = re.compile(
    r"(?i)(?:my name is|my name's|je m'appelle|je m’appelle|mon nom est|ich heiße|ich heisse|"
    r"mein name ist|me llamo|mi nombre es|mi chiamo|il mio nome è|ik heet|mijn naam is|"
    r"nazywam się|mam na imię|chamo-me|o meu nome é|meu nome é)[,:]?\s+"
)


def _introduced(words: str) -> bool:
    """Whether the words after "my name is" open with a name: not a function word ("My name is
    not important") unless it is a first name ("Else") or a surname follows ("Will Smith")."""
    first, _, rest = words.partition(" ")
    return (
        not _stop(first.casefold())
        or first.casefold() in FIRST_NAMES
        or (rest[:1].isupper() or not rest)
    )


_CAP_WORD = rf"[{_UPPER}][\w'’\-]+"


_PEOPLE_SHAPES = re.compile(
    # Two people and what they were: "Sultygov and Walker were precision engineers".
    rf"(?<![\w'’\-])(?P<a>{_CAP_WORD})[ \t]+and[ \t]+(?P<b>{_CAP_WORD})[ \t]+(?:were|are)[ \t]+"
    r"(?:\w+[ \t]+){0,2}?(?:engineers|developers|designers|doctors|nurses|teachers|friends|"
    r"colleagues|partners|founders|co-founders|writers|authors|artists|musicians|singers|"
    r"actors|brothers|sisters|cousins|neighbou?rs|lawyers|managers|students|scientists|"
    r"researchers|players|pilots|drivers|owners|twins|siblings|parents|roommates|coworkers|"
    r"teammates|classmates|married|engaged|divorced)(?![\w])|"
    # Heard or seen speaking: "have you heard Lea Ek speak yet?".
    rf"(?<![\w'’\-])(?:heard|hear|seen|saw|see|watched|watch)[ \t]+"
    rf"(?P<heard>{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,2}})[ \t]+"
    r"(?:speak|talk|sing|play|perform|lecture|present)(?![\w])|"
    # Given something of someone's: "Carlos had given Weronika his address", "I sent Jorunn
    # my details".
    rf"(?<![\w'’\-])(?:gave|given|give|gives|giving|handed|sent|send|showed|shown|show|told|"
    rf"tell|lent|lend|owe|owed|emailed|texted|offered|promised)[ \t]+"
    rf"(?P<given>{_CAP_WORD}(?:[ \t]+{_CAP_WORD})?)[ \t]+(?:his|her|their|my|our|your)[ \t]+"
    r"(?!own\b)[a-z]|"
    # Someone from a company: "Mai is from GMS Inc.", "Itamar is from Potlatch Corp", "Naoharu
    # Sahaku from Cardinal Co.Ltd. is …" (a full name: "Java from Oracle Corp" is no one).
    rf"(?:^|(?<=[.!?\n][ \t])|(?<=[.!?\n]))(?P<member>{_CAP_WORD}|{_CAP_WORD}"
    rf"(?:[ \t]+[A-Z]\.?)?[ \t]+{_CAP_WORD}(?:[ \t]+{_CAP_WORD})?)[ \t]+"
    r"(?:is[ \t]+from|(?<=\w[ \t])from(?=[ \t]+[A-Z][^!?\n]{0,60}?[ \t]+(?:is|was)[ \t]))[ \t]+"
    r"(?=[^!?\n]{0,60}?\b(?:Inc|Corp|Corporation|Ltd|Limited|LLC|PLC|plc|GmbH|AG|SA|ASA|AB|NV|BV|"
    r"SpA|SE|Co|Group|Holdings)\b)"
)


# Roles that things hold: "My favourite band, Radiohead,", "The app, Duolingo,".
_THING_ROLE = re.compile(
    r"(?i)\b(?:app|apps|band|tool|supplier|shop|store|company|firm|brand|product|service|"
    r"platform|website|site|bank|provider|vendor|team|club|restaurant|hotel|airline|game|"
    r"library|framework|language|model|phone|car|city|town|country|region|capital),"
)


# A surname, a comma, then the first name, as lists and forms write them: "guest Parra, José /
# 2 adults", "Signature: BESENÇON, Jean | Procurement".
_SURNAME_FIRST = re.compile(
    rf"(?<![\w'’\-])({_CAP_TOKEN}),[ \t]+({_CAP_TOKEN})(?=[ \t]*(?:[/|;(]|$))", re.MULTILINE
)


# A reference: "Calvillo, K. M. and Ojo, P. (2021)".
_CITED = re.compile(
    rf"(?<![\w'’\-])({_CAP_TOKEN}),[ \t]+(?:[A-Z]\.[ \t]?){{1,3}}(?=[ \t]*(?:,|&|and\b|\(|$))",
    re.MULTILINE,
)


# A word asked about as a name: "Is Ferrer a Hungarian or a Croatian surname?".
_ASKED_AS_A_NAME = re.compile(
    rf"(?<![\w'’\-])({_CAP_TOKEN})[ \t]+(?:a|an)[ \t]+(?:[\w\-]+[ \t]+){{0,4}}?"
    r"(?:surname|first name|last name|family name|given name|girl's name|boy's name)\b"
)


# A role, then the name between commas, then the rest of the clause in lower case: "the
# receptionist, Bjarkar, was rude", "The new head of sales, Mai Mai, wants weekly reports".
_ROLE_THEN_NAME = re.compile(
    r"(?<![\w'’])(?i:the|our|your|my|their|his|her)[ \t]+(?:[a-z\-]+[ \t]+){0,3}?[a-z\-]{3,},"
    rf"[ \t]+({_CAP_WORD}(?:[ \t]+(?:(?:van|von|de|der|da|di|du|dos|del)[ \t]+)?{_CAP_WORD}){{0,2}}),"
    r"[ \t]+(?=[a-z])"
)


# A name, its role between commas, then what the person said: "Quarantino Marcelo, the Aircraft
# pilot, said: …", "John Smith, our account manager, promised a refund".
_APPOSITIVE = re.compile(
    rf"(?<![\w'’\-])([{_UPPER}][\w'’\-]+(?:[ \t]+(?:(?:van|von|de|der|da|di|du|dos|del)[ \t]+)?"
    rf"[{_UPPER}][\w'’\-]+){{0,2}}),[ \t]+(?i:the|our|your|my|their|his|her)[ \t]+[^,\n]{{2,40}},"
    r"[ \t]+(?i:said|says|told|tells|explained|wrote|writes|added|confirmed|promised|replied|"
    r"asked|insisted|admitted)(?![\w])"
)


# A household by its name, or a name said of oneself after the verb: "déposez chez les
# Théraulaz", "en casa de los España", "em casa dos Araújo", "lever af bij van der Heyden op 2
# hoog", "bei Salcher im 2. Stock" (a floor after "bei", "bij": not "bei Amazon"; "chez" alone
# is _AT_HOME's), "sinds mijn huwelijk heet ik Verbeeck".
_HOUSE_NAME = rf"((?:(?:van|von|de|der|den|du|da|dos|di|del)[ \t]+){{0,2}}[{_UPPER}][\w'’\-]+)"


_HOUSEHOLD = re.compile(
    r"(?<![\w'’])(?:(?P<family>(?i:chez les|en casa de los|en casa de las|em casa dos|"
    r"em casa das|a casa dei|bij de familie|bei familie|u państwa))|(?i:en casa de|em casa de|"
    r"em casa do|em casa da|a casa di|heet ik))[ \t]+" + _HOUSE_NAME
)


# Someone by their home: "le club de lecture est chez Paccot", "we kijken bij Jdotte thuis"
# (not "chez Darty": the caller keeps brands out).
_AT_HOME = re.compile(
    r"(?<![\w'’])(?:(?i:chez)[ \t]+"
    + _HOUSE_NAME
    + r"|(?i:bij|bei)[ \t]+"
    + _HOUSE_NAME
    + r"(?=[ \t]+(?i:thuis|zu hause|zuhause|daheim)(?![\w'’])))"
)


_HOUSEHOLD_FLOOR = re.compile(
    r"(?<![\w'’])(?i:bei|bij|chez)[ \t]+" + _HOUSE_NAME + r"(?=[ \t]+(?:(?i:im|in der|op|au|al|no|"
    r"na|en el)[ \t]+)?\d{1,2}(?i:\.?[ \t]*(?:stock|og|etage|obergeschoss)|[ \t]*hoog|"
    r"(?:e|ème|er|de|ste)?[ \t]*(?:étage|verdieping)|[ºª°][ \t]*\w)|[ \t]+au[ \t]+\d{1,2}e(?!\w))"
)


# A label, then only a name: "Billing address: Landro Panicucci", "Ship to: Ana Ruiz".
_LABELLED_NAME_LINE = re.compile(
    rf"[ \t]*[^\W\d_][^\W\d_ \t]*(?:[ \t][^\W\d_]+){{0,3}}[ \t]*:[ \t]*"
    rf"({_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{1,4}})[ \t]*$"
)


# A line that is a name and nothing else, in a signature or an address block.
_NAME_LINE = re.compile(
    rf"(?m)^[ \t]*(?:[-–—~]+[ \t]*)?(?:(?:{_TITLES})[ \t]+)?({_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,5}})[ \t]*$"
)


_DETERMINERS = {
    "the", "a", "an", "this", "that", "these", "those", "our", "their", "its", "every", "each",
    "any", "some", "no",
}  # fmt: skip


# What is said only of a person, around one capitalised word: a possessive ("Zulikhan's
# kid"), a speaker's label at the start of a line ("Kauã: \"Who are you?\""), a speech
# verb after a quotation ('…," says Hrafnsdóttir'; "the traceback says IntegrityError" is
# no quotation).
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?!\w)")


# A rota: days, then who works them ("Mon/Tue Otto, Wed Lotfi, Thu/Fri Giulia").
_WEEKDAY_ABBREVIATION = (
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)"
)


_ROTA_ITEM = re.compile(
    rf"(?i:(?<![\w/]){_WEEKDAY_ABBREVIATION}\.?(?:[ \t]*[/&\-–][ \t]*{_WEEKDAY_ABBREVIATION}\.?)*)"
    rf"[ \t]*:?[ \t]+({_CAP_TOKEN})(?=[ \t]*(?:[,;.\n]|$))"
)
