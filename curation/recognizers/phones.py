"""Phone numbers as people type them, with or without a cue word, in the regions a project
serves, told from order numbers, prices, dates, versions and sums."""

import functools
import itertools
import re

import phonenumbers
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from curation.frequency import is_common
from curation.recognizers.base import _DIGIT, _LOWER, _NON_DIGITS, _UPPER
from curation.recognizers.lexicon import (
    FIRST_NAMES,
    NAME_PARTICLES,
    _function_words,
    _is_name_word,
    _mostly_english,
)

# Regions a number written without a country code may belong to: Europe, the Americas and the
# other places support desks commonly serve. A project narrows or widens it (pii.phone_regions).
DEFAULT_PHONE_REGIONS = (
    "US", "CA", "GB", "IE", "DE", "AT", "CH", "LI", "FR", "BE", "LU", "MC", "NL", "ES", "PT",
    "IT", "MT", "PL", "CZ", "SK", "HU", "SI", "HR", "RO", "BG", "GR", "CY", "DK", "SE", "NO",
    "FI", "IS", "EE", "LV", "LT", "UA", "TR", "IL", "AE", "ZA", "NG", "KE", "IN", "SG", "AU",
    "NZ", "BR", "MX", "AR", "CL", "CO", "PE", "GL",
)  # fmt: skip


# Where to turn in case of trouble, then a colon: a phone or an e-mail ("en cas de souci avec
# la commande : 0845 721 850", "Per qualsiasi cosa: 379222277"; not "en cas de souci, la
# commande 84572185 est annulée").
_TROUBLE_THEN_COLON = re.compile(
    r"(?i)(?<!\w)(?:en cas de (?:souci|soucis|problème|probleme|question)|per qualsiasi cosa|"
    r"(?m:^)[ \t]*(?:qualquer coisa|cualquier cosa|qualsiasi cosa|anything else|"
    r"wat dan ook|au besoin|bei bedarf)|"
    r"per qualunque cosa|para cualquier cosa|para qualquer coisa|in case of (?:problems|issues|"
    r"questions|trouble)|bei (?:fragen|problemen)|bij (?:vragen|problemen)|"
    r"w razie (?:pytań|pytan|problemów|problemow|czego)|in geval van nood|in noodgevallen|"
    r"im notfall|en cas d'urgence|en caso de (?:emergencia|urgencia)|"
    r"em caso de (?:emergência|emergencia|urgência|urgencia)|in caso di emergenza|"
    r"in (?:case of )?(?:an )?emergency|w nagłym wypadku|"
    # If no one is in: "jak nikogo nie ma: 796261186".
    r"jak nikogo nie ma|if no ?one(?:'s| is) (?:home|in|there)|si no hay nadie|"
    r"se não estiver ninguém|wenn niemand da ist|als er niemand is|si personne n'est là|"
    r"se non c'è nessuno)[^.!?\n:]{0,40}:[ \t]*$"
)


# Words that say a phone number follows, in the languages Assay expects. Matched as the start of
# a word, so compounds count too ("Telefonnummer", "Handy", "telemóvel").
_PHONE_CUES = (
    r"call|calling|ring|phone|tel|telephone|mobile|mob|cell|whatsapp|signal|sms|text|texting|"
    r"voicemail|voice mail|answer(?:s|ing)?[ \t]+(?:at|on)(?!\w)|"
    r"fax|reach|dial|landline|hotline|number|contact|desk|direct|messag|"
    # A message sent to the number: "manda mensagem pro …", "stuur een bericht naar …".
    r"mensag|mensaj|nachricht|wiadomo|bericht|zap(?!\w)|"
    r"anruf|ruf|rückruf|zurückruf|telefon|handy|mobil|nummer|rufnummer|festnetz|erreichbar|"
    r"durchwahl|erreich|dostępn|disponible|disponibile|disponível|disponivel|bereikbaar|"
    r"appel|rappel|téléphone|tél|portable|numéro|joindre|fixe|"
    r"llam|llám|teléfono|móvil|movil|celular|número|numero|fijo|localiz|"
    r"chiam|richiam|telefono|cellulare|fisso|raggiung|trovate|contatto|contattami|contattatemi|"
    # Brazilian "contato", "contate-nos"; whom to let know: "avisem o porteiro: …".
    r"contato|contatos|contate|contatar|avisem|avise|avisar|avisa|avisad|avisen|"
    r"porteiro|porteira|portero|portera|conserje|zelador|zeladora|portier|portierowi|"
    r"dozorc|(?:isn't|aren't|never|stopped)[ \t]+answering|not answer|"
    r"(?-i:SIM)|simkaart|"
    # The line itself: "cancelar a linha 914327821", "can u cancel the line …".
    r"(?:the|my|a|minha|la|mi|ma|die|meine|moją|tę|la mia)[ \t]+"
    r"(?:line|linha|línea|linea|ligne|leitung|linię)[ \t]+$|port[ \t]+$|"
    # Whose it is; where one is; write to me: "de quién es el …", "estoy en el …".
    r"whats(?!\w)|wpp(?!\w)|oproep|dame un toque|um toque|(?<=^)[mt][.:]|(?<=\n)[mt][.:]|"
    # A code sent to it: "ik krijg de verificatiecode niet op …", "keine TAN auf die …".
    r"(?:\w*codes?|\w*kode|códigos?|codice|codici|kody?|(?-i:TAN)|sms)(?![\w])[^.?!\n]{0,24}?"
    r"(?<![\w])(?:op|auf|an|to|on|no|na|al|au|sul|à|ao|pod)[ \t]+"
    r"(?:(?:die|de|het|the|my|o|a|el|le|la|il|mijn|meine?|mon|mi|meu)[ \t]+)?$|"
    # Where it calls from: "Which country is 8142436099 from?".
    r"(?:which|what) country is|de qu[eé] pa[ií]s es|de que país é|aus welchem land|"
    r"van welk land is|de quel pays|da quale paese|z jakiego kraju|"
    r"whose|wem gehört|de quién es|de quien es|de quem é|di chi è|à qui est|van wie is|wessen|czyj|"
    r"estoy en el|estou no|sono al|ich bin unter|ik ben op|jestem pod|"
    r"escr[ií]be(?:me|nos)|escreva-me|escreve-me|écris-moi|écrivez-moi|scrivimi|scrivetemi|"
    r"schreib mir|schreiben sie mir|napisz do mnie|"
    r"sim-karte|i['’]?m[ \t]+on|i am[ \t]+on|połącz|polacz|"
    r"klingel|durchklingel|bel|bellen|gebeld|terugbel|telefoon|mobiel|bereik|vast|gsm|natel|noodnummer|"
    # French "Port." for "portable"; Dutch "app me op …" (send a WhatsApp).
    r"port[.:]|app(?=[ \t]+(?:me|mij|ons|even)(?!\w))|"
    r"zadzwo|dzwo|oddzwo|komórk|kom|numer|stacjonarn|kontakt|"
    # Brazilian "call me" / "message me": "me chama no …" (not "se chama", a name).
    r"me[ \t]+cham[ae](?!\w)|cham[ae][ \t]+no(?!\w)|"
    r"lig|telefone|telemóvel|falar|chamad|(?<!valor )fixo|reperibil|cel(?=[ \t]*[:.])|cel[ \t]+$|roaming|"
    # Abbreviations: "tlf", "tfno", "telf"; a prepaid top-up goes to a number.
    r"tlf|tfno|telf|tlm|top[ \-]?up|recarga|carregamento|ricarica|aufladung|doładowa|opwaardering|"
    # Only a phone number is ported: "la portabilità del 352044294", "portar el 612…".
    r"portabilit|portabilidad|portage|rufnummernmitnahme|nummerbehoud|przeniesieni|porting"
)


_PHONE_CUE = re.compile(rf"(?i)(?<![\w])(?:{_PHONE_CUES})")


# Numbers that are not phones even after "number": orders, invoices, accounts, versions...
_NOT_PHONE = re.compile(
    r"(?i)(?:(?<!\w)(?:order|invoice|"
    # Not the ticket office's number.
    r"ticket(?![ \t]*(?:office|desk|counter|booth|shop|hotline))|"
    r"tracking|track[ \t]*(?:&|and|en|n)[ \t]*trace|customer|client|account|iban|version|"
    # Cards, parcels and error codes: "loyalty card number 586662255", "numer przesyłki …",
    # "fout 2811-7503".
    r"(?<!contact )(?<!business )cards?(?![ \t]*(?:services?|hotline|helpline|team|cent(?:er|re)))"
    # Not a SIM card, which is a phone's: "roubaram-me o cartão SIM do …".
    r"(?!\w)|(?:karte|carte|tarjeta|kaart|cartão|cartao)(?![\w]|[ \t]+sim(?!\w))|"
    r"(?:fout|fehler|error|erreur|errore|erro|"
    r"błąd|blad)(?:code|kode|codice|kod)?(?!\w)|przesyłk|przesylk|"
    # Registered letters, tickets and reservations: "recommandé 1A 234 567 8901 2",
    # "raccomandata 15012345678-9", "numer biletu 606436123", "rental 216397509".
    r"recommand|raccomandat|einschreiben|aangetekend|poleceni|certificad|"
    # Not the ticket office's number: "a bilheteira ligou-me do …".
    r"bilet(?!ow)|biglietto|billete(?!r)|bilhete(?!ir)|biljet|rezerwac|paketnummer|"
    # Parcels: "el paquete 979202097 está retenido en aduanas".
    r"parcel|package|paquete|paquet(?!e)|pacote|pacco|pakket|paket|colis|shipment|"
    r"pakketnummer|rental(?![ \t]*(?:desk|office|counter|company|agency|firm|hotline))|"
    # A case, not a landlord ("el número del casero es …").
    r"serial|reference|cases?(?!\w)|contract|policy|booking|confirmation|pin(?!\w)|ssn|passport|"
    # References, requests, faults and complaints: "a referência 00482193770015", "aanvraag
    # 7730-5541-209", "storingsnummer 20250411-8832", "o protocolo 2025…".
    r"refer[eê]nci|referentie|aanvraag|storing|melding|protocolo|chamado|ocorr[eê]ncia|"
    r"reclama[cç]|incid[eê]nci|solicitud|solicita[cç]|transac|transa[cç]|transactie|"
    r"opera[cç][aã]o|operaci[oó]n|comprobante|recibo|boleto|kassabon|bonnr|bonnummer|"
    r"licen|voucher|"
    r"bestell|rechnung|kunden|konto|auftrag|vertrag|versand|sendung|"
    r"commande|facture|compte|dossier|suivi|contrat|"
    r"pedido|factura|cuenta|expediente|seguimiento|localizador|"
    r"ordine|fattura|conto|pratica|spedizione|"
    r"bestel|factuur|klant|rekening|zaak|"
    # Memberships: "is my membership number", "mi número de socio", "numer klienta".
    r"member|mitglied|socio|klient|lidmaatschap|lidnummer|adhérent|tessera|"
    # "konta"/"conta" (an account), not "kontakt"/"contacto" (a contact).
    r"zamówien|faktur|konta(?!kt)|zlecen|zgłoszeni|zgloszeni|szkody|polisy|sprawy|umow[ay]|"
    # Claims, meters, tax and vehicle numbers: "numer zgłoszenia 853274578", "Zählernummer",
    # "numéro de sinistre", "Steuernummer", "NIF", "PESEL", "kenteken".
    r"claim|schaden|sinistre|siniestro|sinistro|schade|"
    r"meter|zähler|zahler|compteur|contador|contatore|licznik|"
    r"steuernummer|steuer-?id|steuer-?nr|steueridentifikation|fiscal|"
    r"(?:nif|nip|pesel|regon|bsn|vin)(?!\w)|fahrgestell|chassis|"
    r"kenteken|kennzeichen|immatriculation|matrícula|matricula|targa|rejestracyjn|"
    r"encomenda|fatura|conta(?!ct|tt|t[oae])|processo|contribuinte|rastreio|rastreamento|"
    r"seguimento|"
    # Flats and boxes: "Apt. 961 01836 Democracia 9967" is an address.
    r"(?:apt|apartment|suite|ste|unit|flat|box|postfach|boîte)(?!\w)|"
    # Postcodes: "zip code 3500-037", "PLZ 10115".
    r"zip|post ?code|postal|plz|postleitzahl|code postal|código postal|codigo postal|"
    r"kod pocztowy|c\.a\.p\.)|[€$£]|(?<!\w)(?:eur|usd|chf|zł|pln)(?!\w))"
)


# A part or product code right before the number: "réf. 4471-2290-118", "Ricambio cod. …",
# "Onderdeel nr. …", "SKU 4471229011" (not "Missing item, please call …": only right before).
_PART_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:r[eé]f|cod|code|código|codice|sku|art|artikel|item|onderdeel|ricambio|"
    r"repuesto|pièce|pieza|peça|pezzo|część|czesc|ersatzteil|teil|model|modell|modelo|modello)"
    r"\.?(?:[ \t]*-?(?:n[o°º]|nr|#)\.?)?[ \t]*:?[ \t]*$"
)


# A code of capitals and digits the number continues, two code parts before it: "1Z 999 AA1
# 01 2345 6784" (not "after 5pm", "WhatsApp 24h", "O2").
_CODE_PART = r"(?:[A-Z]{1,4}\d{1,4}[A-Z0-9]{0,4}|\d{1,4}[A-Z]{1,4}[A-Z0-9]{0,4})"


_CODE_BEFORE = re.compile(rf"(?<![\w])(?:{_CODE_PART}[ \t]+(?:\d{{1,6}}[ \t]+)?){{2}}$")


# Not after a digit and a comma ("1,234,567") or a colon (the seconds of "10:07:32.691548"),
# nor after a dot ("v1.2345678") unless it ends a phone's abbreviation: "tel.334678310".
_PHONE_CANDIDATE = re.compile(
    r"(?<![\w+#@/\-€$£])(?<!\d[,:])"
    r"(?:(?<!\.)|(?<=(?:tel|tél|tlm|tlf|mob|cel|fon|tfn|kom)\.)|(?<=(?:telf|tfno|tele|cell|port)\.))"
    r"(?P<number>(?:\+[ \t]?|00)?(?:\(0\d{1,4}\)[ \t]?[\-.]?[ \t]?|\(\d{1,5}\)[ \t]?)?\d{1,15}"
    r"(?:(?:[ \t]?[\-.][ \t]?|/[ \t]?|[ \t]|[ \t]?\(\d{1,5}\)[ \t]?)\d{1,15}){0,7})"
    r"(?:[ \t]?(?:x|ext\.?|extension|durchwahl|dw|poste|interno|int\.|wew\.?)[ \t]?\d{1,5})?"
    r"(?![\d])(?![.,]\d)",
    re.IGNORECASE,
)


_DATE_LIKE = re.compile(
    r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|\d{4}[\-./]\d{1,2}[\-./]\d{1,2}|\d{1,2}[\-./]\d{1,2}[\-./](?:\d{4}|\d{2})|"
    r"\d{1,3}(?:\.\d{1,3}){3}|\d{1,2}\.\d{1,2}\.?|(?:19|20)\d\d[\-/]\d{2,6}"
)


# A double surname keeps its second capital: "Hugo Loureiro-Machado, 939651352".
_NAME_WORD = rf"[{_UPPER}][{_LOWER}'’]+(?:[{_UPPER}][{_LOWER}]+)?(?:-[{_UPPER}]?[{_LOWER}'’]+)*"
_NAME_COMMA_BEFORE = re.compile(
    rf"(?<![\w'’\-])({_NAME_WORD})(?:[ \t]+{_NAME_WORD}){{0,2}},[ \t]*$"
)


_CORRECTED_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:should be|must be|new one is|correct one is|right one is|is now|"
    r"it's now|it is now|its now|"
    # "… klopt niet meer, het is nu …", "agora é", "ahora es", "c'est maintenant".
    r"(?:het|hij|die)[ \t]+is[ \t]+nu|agora[ \t]+é|ahora[ \t]+es|c'est[ \t]+maintenant|"
    r"ist[ \t]+jetzt|ora[ \t]+è|teraz[ \t]+(?:to|jest)|"
    r"moet zijn|sollte sein|muss sein|debería ser|deberia ser|deveria ser|devia ser|"
    r"dovrebbe essere|devrait être|powinien być|powinno być|"
    # The new or the right one: "el nuevo es …", "richtig ist …", "o certo é …".
    r"(?:the[ \t]+)?(?:new|right|correct)(?:[ \t]+one)?[ \t]+is|"
    r"(?:el|la|o|a|le|il|der|die|das|de|het)[ \t]+(?:nuevo|nueva|bueno|buena|correcto|correcta|"
    r"novo|nova|certo|certa|correto|correta|nouveau|nouvelle|bon|bonne|nuovo|nuova|giusto|"
    r"corretto|neue|richtige|nieuwe|juiste|goede)[ \t]+(?:es|é|est|è|ist|is)|"
    r"richtig ist|correct is|juist is|nowy to|poprawny to|prawidłowy to)[ \t:]*$"
)


def _a_phone_corrected(text: str, start: int) -> bool:
    """Whether a correction stands right before start and a phone's word before it on its
    line: "the phone number on the booking is wrong, should be …"; or the digits were wrong
    and "it is" this: "desculpem, errei os dígitos, é 249815054"."""
    line_start = text.rfind("\n", 0, start) + 1
    if _DIGITS_WRONG.search(text, line_start, start):
        return bool(
            _CORRECTED_BEFORE.search(text, max(line_start, start - 24), start)
            or _IT_IS_BEFORE.search(text, max(line_start, start - 12), start)
        )
    return bool(
        _CORRECTED_BEFORE.search(text, max(line_start, start - 24), start)
        and _PHONE_WORD.search(text, line_start, start)
    )


# The writer's own number, said in a later clause: "… it's my number", "é o meu número".
_ITS_MY_NUMBER = re.compile(
    r"(?i)(?<![\w'’])(?:it'?s|it’s|it is|é|es|c'est|das ist|dat is|to|è|this is|isto é)[ \t]+"
    r"(?:(?:just|simply|gewoon|gewoon|einfach|simplemente|simplesmente|juste|semplicemente|"
    r"po prostu)[ \t]+)?(?:my|o meu|mi|mon|mein|meine|mijn|mój|il mio)[ \t]+"
    r"(?:number|phone|mobile|número|numero|numéro|nummer|numer|telefone|teléfono|telefono|"
    r"handy|telefoon|mobiel|telemóvel|celular|móvil|cellulare|portable)(?![\w])"
)
_REGISTERED_TO = re.compile(
    r"(?i)(?:registered|registrado|registado|cadastrado|enregistré|registriert|geregistreerd|"
    r"registrato|zarejestrowany)[ \t]+(?:to|on|with|a|em|en|auf|bei|op|su|w|na|no|na)\b"
)


# The digits typed wrong: only a phone is typed again so ("sorry wrong digits before, its …",
# "pomyliłem cyfry, poprawny to …", "cijfer verkeerd, het is …").
_DIGITS_WRONG = re.compile(
    r"(?i)(?<![\w])(?:digits|dígitos|digitos|cyfr\w*|cijfer\w*|ziffern?|chiffres?|cifre|"
    r"cifras?|typo|tippfehler|tikfout|literówk\w*|faute de frappe|errore di battitura|"
    r"erro de digitação|errata)(?![\w])"
)
_IT_IS_BEFORE = re.compile(
    r"(?i)(?<![\w'’])(?:its|it's|it’s|it is|é|es|c'est|ist|is|het is|to|è)[ \t:]*$"
)


_PHONE_WORD = re.compile(
    r"(?i)(?<![\w'’])(?:phone|mobile|cell|telephone|telefon|telefone|teléfono|telefono|"
    r"téléphone|portable|handy|mobiel|telefoon|komórk\w*|telemóvel|celular|móvil|movil|"
    # Compounds: "die Rufnummer im Vertrag", "Telefonnummer", "Handynummer".
    r"rufnummer|telefonnummer|handynummer|mobilnummer|telefoonnummer|whatsapp|gsm|tlm)"
    r"(?![\w'’])"
)


_TRUNK_IN_PARENS = re.compile(r"\(0\d{2,4}\)[ \t]?\d{6,9}")


# Written as North America writes a phone, its "1" first or not: "(347)399-4758",
# "1-180-318-3392" (a shape no other number takes, valid or not).
_NANP = re.compile(r"(?:1[ .\-])?\(?\d{3}\)?[ .\-]?\d{3}[ .\-]\d{4}")


# A price, a weight, a size after the number.
_UNIT_AFTER = re.compile(
    r"\s?(?:[€$£%]|eur|euros?|usd|dollars?|pounds?|reais|pesos|chf|zł|złotych|kg|km|mb|gb|psi|"
    r"kpa|bar|cm|mm|ms|points?|pts)\b",
    re.I,
)


_GROUPED = re.compile(r"\d[ \-./]\d")


# Groups a phone has and a decimal, coordinates or a build number do not ("+40.7127753").
_SPACED_OR_DASHED = re.compile(r"\d[ \-]\d")


# What a number is, written after it: "723 813 266 office", "0494 41 18 24-Office", "(fax)".
_PHONE_CUE_AFTER = re.compile(
    r"(?i)[ \t]*[\-–(/]?[ \t]*(?:office|fax|mobile|mob|cell|home|work|landline|tel|phone|desk|"
    r"direct|private|business|büro|privat|geschäftlich|handy|mobil|bureau|domicile|portable|"
    r"móvil|oficina|casa|ufficio|cellulare|kantoor|mobiel|thuis|biuro|komórka|escritório|"
    r"telemóvel)(?!\w)"
)


# "… is my number", "c'est mon numéro", "ese es mi número", "to mój numer": said after it, as
# the whole clause. A whole phone noun right after the possessive and nothing after it: "my
# phone app crashes", "mój komputer", "mijn belastingaangifte" are other things.
_MY_PHONE_NOUNS = (
    r"phone|phone number|number|mobile|mobile number|cell|cell number|cellphone|telephone|"
    r"landline|whatsapp|"
    r"nummer|telefonnummer|handynummer|mobilnummer|rufnummer|festnetznummer|telefon|handy|"
    r"numéro|portable|téléphone|fixe|"
    r"número|móvil|movil|celular|teléfono|telefono|numero|cellulare|fisso|"
    r"telefoonnummer|telefoon|mobiel|mobiele nummer|06|"
    r"numer|numer telefonu|telefon|komórka|komórki|"
    r"telemóvel|telemovel|telefone|contacto|"
    r"work number|work phone|home number|business number|private number|werknummer|"
    r"privénummer|geschäftsnummer|privatnummer|dienstnummer|numero di lavoro|numer służbowy|"
    r"número del trabajo|número do trabalho|numéro pro|numéro professionnel"
)


_EMAIL_THEN = re.compile(
    r"\S@\S+[ \t]*(?:,|/|or|oder|ou|o|of|lub|ou então)?[ \t]*"
    # And the number's own preposition: "… o al 612345678", "… ou pelo …", "… or on …".
    r"(?i:(?:al|el|au|à|ao|no|pelo|para o|op|at|on|unter|pod|na|sul|al numero)[ \t]+)?$"
)


_IN_CASE = (
    r"in case|if|should|just in case|falls|für den fall|au cas|en cas|por si|en caso|"
    r"nel caso|in caso|per ogni|voor als|mocht|voor het geval|jeśli|jeżeli|gdyby|"
    r"na wypadek|w razie|para o caso|se|si|wenn|als|jakby"
)


# A denial, in the languages: "… is not my number", "…, nicht mein Handy".
_DENIED = r"(?:not|nicht|pas|no|non|niet|nie|não|nao)\b"


_MY_PHONE = re.compile(
    # Not denied: "… is not my number".
    rf"(?i)^[ \t\-–:,(]*(?:(?!{_DENIED})[^\W\d_][\w'’]*[ \t]+){{0,3}}?"
    r"(?:my|mine|mein\w*|mon|ma|mes|mi|mis|mio|mia|il mio|mijn|m[oó]j\w*|meu|o meu|minha)[ \t]+"
    rf"(?:{_MY_PHONE_NOUNS})(?!\w)"
    # "… in case the driver needs it", "… por si lo necesita el repartidor": a condition after.
    rf"(?:[ \t,]+(?:{_IN_CASE})(?!\w).*)?[ \t]*[.!?)]*[ \t]*"
    # Or a request after a comma: "… e o meu telemovel, mandem sms quando …".
    rf"(?:,[ \t]+(?!{_DENIED}).*)?$"
)


_CLAUSE_MARK = re.compile(r"[,;.!?]\s")
# A clause mark, or a "but" opening the next clause: "… no rastreio mas liguem-me para …".
_CLAUSE_OR_BUT = re.compile(r"[,;.!?]\s|(?i:(?<!\w)(?:but|aber|mais|pero|mas|ma|maar|ale)[ \t])")

# A number word made a phone's: "numer kontaktowy", "número de contacto".
_CONTACT_AFTER = re.compile(r"(?i)[ \t]+(?:kontaktowy|de contacto|di contatto|de contact)")


# The rest of a phone word, then what the phone is for: "mobile| for my membership: ".
_FOR_AFTER_CUE = re.compile(
    r"(?i)\w*\.?(?:[ \t]+(?:number|nummer|numéro|número|numero|numer|kontaktowy|de contacto|"
    r"di contatto|de contact))?"
    # "telemóvel novo para o contrato: …".
    r"(?:[ \t]+(?:new|novo|nova|nuevo|nueva|neue[nr]?|nouveau|nouvelle|nuovo|nuova|nieuwe?|"
    r"nowy))?[ \t]+"
    r"(?:for|für|pour|para|per|voor|dla|do|zu|zum|zur|al|pra)[ \t]+(?:(?:my|the|our|mein\w*|"
    r"unser\w*|mon|ma|notre|mi|mio|mia|il|la|mijn|ons|onze|mojego|mojej|o meu|a minha|meu|"
    r"minha|le|les|el|los|las|lo|o|a|os|as|het|de|den|die|das|der|dem|l['’])[ \t]*)?\w+"
    # "… for the booking is 418.331.7097".
    r"(?:[ \t]+(?:is|ist|est|es|è|é|jest))?[ \t]*:?[ \t]*$"
)


# A cue that asks for a call ("… the cake order, ring me on …", "booking call 0808 …"): what
# stands before it names no number.
_CALL_VERB = re.compile(
    r"(?i)(?:call|calling|ring|dial|reach|ruf|anrufen|rückruf|appelez|appelle[rz]?|rappelez|"
    r"rappelle[rz]?|joindre|llám\w*|llam[ae]\w*|chiama\w*|richiama\w*|raggiung\w*|reperibil\w*|"
    r"bel|bellen|terugbellen|bereik\w*|zadzwo\w*|dzwo\w*|oddzwo\w*|liga(?:-me)?|ligue(?:m)?(?:-me)?|ligar)(?!\w)"
)


# A number word, then where it is kept: "number on my |account", "nummer in mijn |account".
_NUMBER_KEPT_IN = (
    r"(?i)(?:(?<=number )|(?<=nummer )|(?<=numéro )|(?<=número )|(?<=numero )|(?<=numer ))"
    r"(?:in|on|im|auf|dans|sur|en|na|no|nel|sul|op|w|bij)[ \t]+(?:(?:the|my|your|"
    r"mein\w*|dem|meinem|mon|ma|mi|tu|il|lo|mio|mijn|het|de|meu|minha|o|a|el|le|moim)[ \t]+)?"
    # A firm's name between: "number on the |Vodafone |account" (not "on the customer
    # account 12345678": the customer's number).
    rf"(?:(?-i:[{_UPPER}])[\w&\-]*[ \t]+){{0,2}}?"
)
_ACCOUNT_WORDS = (
    r"account|konto|compte|cuenta|conto|conta|rekening|profile|profil|perfil|profilo|app"
)
_RECORD_WORDS = (
    r"contract|contrato|contrat|contratto|vertrag|umowie|booking|reservation|reserva|buchung|"
    r"réservation|prenotazione|boeking|rezerwacji"
)


# An account where the phone number is kept, not the account's number: "the number on my
# account is old", "het nummer in mijn account klopt niet", "o número na conta está errado"
# (not "na conta 3401234567 falta dinheiro").
_IN_THE_ACCOUNT = re.compile(rf"{_NUMBER_KEPT_IN}(?:{_ACCOUNT_WORDS})(?![\w])")


# The same for a contract or a booking, for a run of digits a region validates: "o numero no
# contrato esta errado, o certo é 3566083938" (not "Il numero sul contratto è 48213377").
_IN_THE_RECORD = re.compile(rf"{_NUMBER_KEPT_IN}(?:{_ACCOUNT_WORDS}|{_RECORD_WORDS})(?![\w])")


# A new number, announced: "new number for the account: …", "nowy numer do umowy: …".
_NEW_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:new|neue[nr]?|nouveau|nuevo|novo|nuovo|nieuwe?|nowy)[ \t]+$"
)


# Words that name a number, or a message, without saying it is a phone's: "the message
# about order …", "a mensagem do pedido …".
_NUMBER_WORD = re.compile(
    r"(?i)(?:number|nummer|numéro|número|numero|numer|messag\w*|mensag\w*|mensaj\w*|"
    r"nachricht\w*|wiadomo\w*|bericht\w*)(?!\w)"
)


# Amounts and vouchers, beside _NOT_PHONE's kinds of number: "Het bedrag 12345678 belt niet".
_AMOUNT_WORD = re.compile(
    r"(?i)(?<![\w])(?:bedrag|betrag|montant|importe|importo|kwota|valor|amount|transfer|"
    r"bono|gutschein|cupón|cupom|kupon)(?![\w])"
)


# A request to be called back, whose first word names no other kind of number.
_CONTACT_REQUEST = re.compile(
    r"(?i)(?:pedido|solicitud|richiesta|demande|verzoek|prośba|anfrage)[ \t]+"
    r"(?:de|di|du|de la|om|o|um)?[ \t]*(?:contact|contatt|rappel|chamada|llamada|kontakt|"
    r"r[üu]ckruf|terugbel)"
)


# Linked to an account, said after a number: a phone kept there, no other kind of number.
_LINKED_TO_AN_ACCOUNT = (
    r"(?:registered|gekoppeld|hinterlegt|collegato|vinculado|associado|ligado|linked|"
    r"verknüpft|powiązany|registrado|cadastrado|associé|lié)[^.?!]{0,20}?"
    r"(?:account|konto|rekening|conto|cuenta|conta|compte)"
)


# What is said after a number with no cue before it, in its clause, when it is a phone: "el
# 17969876078 no para de llamarme", "il 389467738 mi chiama", "… questo è il numero da
# portare" (a number ported to another operator).
_CALL_AFTER = re.compile(
    r"(?i)^[^,;.!?\n]{0,48}?(?<![\w])(?:llam|chiam|appel|ruft|anruf|belt|bellen|gebeld|dzwoni|"
    # Dialled, or told to let someone know: "… 00227 408814 wählen", "unter … Bescheid geben".
    r"teruggebeld|terugbellen|durchklingel|"
    r"wählen|waehlen|bescheid|erreich|zurückruf|zurueckruf|buz[oó]n|voicemail|vcard|"
    r"caixa de correio|caixa postal|segreteria|poczta głosowa|rings out|rings|"
    # Where one is reachable: "662307774 - tu jestem dostępna cały dzień".
    r"dostępn|disponible|disponível|disponivel|disponibile|bereikbaar|reachable|"
    r"handynummer|festnetz|mobilnummer|vaste nummer|vast nummer|"
    # Given for repairs: "a administração deu o 1965754987 para avarias".
    r"para avarias|per i guasti|for (?:out of hours |urgent )?repairs|para averías|"
    r"pour les pannes|für störungen|voor storingen|na awarie|"
    # The best one to call: "931169517 é o melhor, estou a trabalhar até às 17h".
    r"é o melhor|es el mejor|is (?:the )?best|ist am besten|c'est le mieux|è il migliore|"
    r"è meglio|najlepiej|is het beste|" + _LINKED_TO_AN_ACCOUNT + r"|"
    # Linked to an account: "is 9543940685 registered on my account?".
    r"(?:stary|old|alte|ancien|viejo|antigo|vecchio|oude)[ \t]+"
    r"(?:numer|number|nummer|numéro|número|numero)|"
    # What kind of line it is: "is 0083620007 een mobiel of vast nummer?"; whose it is: "é
    # vosso?"; who it is: "… 16560779845 soy yo", "… thats me".
    r"a mobile|a landline|een mobiel|een vast|ein handy|ein festnetz|un portable|un fixe|"
    r"un móvil|un movil|un fijo|um telemóvel|um fixo|un cellulare|un fisso|komórk|stacjonarn|"
    r"(?:é|es|est|is|ist|è|jest)[ \t]+(?:vosso|vossa|vuestro|vuestra|suyo|yours|eurer|"
    r"vostro|vostra|wasz|van jullie)|"
    r"soy yo|that'?s me|thats me|it'?s me|c'est moi|sou eu|das bin ich|dat ben ik|to ja|"
    r"sono io|"
    r"this number|that number|ce numéro|este número|este numero|esse número|esse numero|"
    r"questo numero|diese nummer|dieser nummer|dit nummer|ten numer|"
    r"lig(?:a|ou|am|uem)|whatsapp|"
    r"il numero|el número|el numero|le numéro|das handy|de telefoon|o número|o numero|"
    r"numer telefonu|"
    # Or it does not answer: "el 612345678 no contesta", "o 912… não atende".
    r"no contesta|no responde|não atende|nao atende|não responde|nie odbiera|neemt niet op|"
    r"non risponde|ne répond pas|geht nicht ran|nicht ran|nimmt nicht ab|hebt nicht ab|"
    # Or whose number it is: "Ist die 02886 19543 235 eure Nummer?".
    r"(?:eure|ihre|deine|seine|your|vossa|vosso|vuestro|vuestra|votre|vostro|jullie|uw|wasz|"
    r"to)"
    r"[ \t]+(?:nummer|number|número|numero|numéro|numer)(?![\w]))"
)


_DECIMAL = re.compile(r"\d{1,3}[.,]\d+")
_LINKED_TO = re.compile(rf"(?i){_LINKED_TO_AN_ACCOUNT}")


# A time after the number: "2010-04-23 05" in "2010-04-23 05:07:32".
_TIME_AFTER = re.compile(r":\d")


# A range of round numbers: "500-1000 users".
# (Not a trunk 0 first, nor six digits and more: "0200-958690" is a phone.)
_RANGE = re.compile(r"[1-9]\d{0,4}0[ \t]?-[ \t]?[1-9]\d{0,4}0")


# Pairs of digits, as local numbers are written in France, Belgium...: "06 12 34 56 78". A
# phone with the trunk 0, or five pairs or more not in ascending order in the other languages
# (a whole number typed in pairs, "+" and all: see PhoneNumberRecognizer._in_pairs). Bare
# pairs are as often scores, timeouts or prices ("scores were 12 34 56 78", "costs 12 50 00"),
# even where libphonenumber calls them valid; after a phone word ("call me on 12 34 56 78") a
# number scores before its shape is looked at.
_PAIRS = re.compile(r"\d\d(?:[ .\-]\d\d){2,5}")


def _pairs(number: str) -> list[int]:
    """The pairs of digits of a number _PAIRS matched."""
    return [int(pair) for pair in re.split(r"[ .\-]", number)]


# Ten digits in one run that may be a phone in North America or India: 2 to 9 first.
_BARE_TEN = re.compile(r"[2-9]\d{9}")


# A country code and the national number without "+" or "00": "351968882677", "4917612345678"
# is 13 digits as EAN barcodes are, so up to 12.
_BARE_INTERNATIONAL = re.compile(r"[2-9]\d{10,11}")


# A compound noun naming another kind of number: "Buchungsnummer", "boekingsnummer",
# "Rechnungsnummer" (not "Telefonnummer", "Handynummer", "mobiele nummer").
_COMPOUND_NUMBER = re.compile(
    r"(?i)(?<![\w])(?!(?:telefon|telefoon|handy|mobil|mobiel|ruf|fax|festnetz|gsm|kontakt|zweit|"
    r"not|nood|privat|privé|prive|whatsapp|büro|buero|geschäfts|dienst|direkt|durchwahl|"
    r"service|hotline|werk|thuis|haus)\w*nummer)[^\W\d_]{3,}nummer(?!\w)"
)


_OPERATOR_WORDS = (
    r"x|×|\*|/|÷|\+|=|times|plus|minus|divided|fois|mal|geteilt|vezes|razy|keer|"
    r"dividido|diviso|podzielone|gedeeld|multiplied|multiplicado|moltiplicato"
)


# A sum, a root, a prime, code: "Calcula la raíz cuadrada de 912345678", "devuelve 712345678".
_MATHS = re.compile(
    r"(?i)(?<![\w])(?:raíz|raiz|racine|radice|pierwiastek|wurzel|wortel|square root|sqrt|primo|"
    r"prime|premier|pierwsz\w*|priemgetal|primzahl|calcul\w*|oblicz\w*|bereken\w*|berechne\w*|"
    r"podziel\w*|dividi\w*|divise\w*|hex\w*|binar\w*|binär\w*|devuelve|returns?|retorna|"
    r"restituisce|renvoie|zwraca|programa|program|programm|função|función|funzione|"
    r"fonction|funktion|functie|funkcja)(?![\w])"
)


_OPERATOR_AFTER = re.compile(rf"(?i)[ \t]*(?:{_OPERATOR_WORDS})[ \t]*\d")


_OPERATOR_BEFORE = re.compile(rf"(?i)\d[ \t]*(?:{_OPERATOR_WORDS})[ \t]*$")


# Nine digits in one run, where numbers have no trunk 0: Spain, Portugal, Poland.
_BARE_NINE = re.compile(r"[2-9]\d{8}")


_NINE_DIGIT_REGIONS = ("ES", "PT", "PL", "IT")


_NINE_DIGIT_BEFORE = re.compile(
    # Not "el" alone, an order's article as often: "¿el 612345678 ya salió del almacén?".
    r"(?i)(?<![\w])(?:no|do|ao|pelo|pela|al|pod|na|para o|para el|en el|"
    # Who has it, answers it or dials it: "meu cunhado tem o …", "não atende o …".
    r"tem o|têm o|atende o|marca o|marque o|marcar o|tiene el|contesta el|coge el|marca el|"
    r"marque el|marcar el|ma|mam|masz|mają)[ \t]+$"
)


# Where people write a number as ten or eleven digits, its area code first.
_TEN_OR_ELEVEN_DIGIT_REGIONS = ("BR", "MX")


# Where people write a number as ten digits without a trunk 0 (in Germany "4155551234" is a
# valid number people would write as 04155 551234).
_TEN_DIGIT_REGIONS = ("US", "CA", "IN", "IT")


# Where a number is written with no trunk 0 before it.
_WRITTEN_WITHOUT_TRUNK = (
    *_TEN_DIGIT_REGIONS,
    *_NINE_DIGIT_REGIONS,
    *_TEN_OR_ELEVEN_DIGIT_REGIONS,
    "DK",
    "NO",
    "GR",
)


# How far around a bare run of digits its line is read (bounded: a line of such numbers is
# read once per number).
_BARE_WINDOW = 120


_EMERGENCY = re.compile(
    r"(?i)(?<![\w])(?:emergenc|emergenz|urgenc|urgenz|notfall|notruf|nood|pilne|urgente)"
)


_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)")


# Words naming a number that is no phone, anywhere in its sentence (beside _NOT_PHONE's).
_ID_WORD = re.compile(
    r"(?i)(?<![\w])(?:id|ids|isbn|ean|upc|gtin|imei|awb|waybill|parcel|package|shipment|"
    r"paket|colis|paquete|pacco|pakket|paczk|encomenda|sku|ref|nr|no\.|n[º°]|code|pin|otp|"
    r"token|key|hash|timestamp|epoch|unix|seed|port|pid|uid|build|commit|job|run|issue|"
    r"dhl|ups|fedex|usps|gls|dpd|amazon|ebay|"
    # Returns and refunds: "il reso 4031829384", "Retoure", "devolución".
    r"reso|rimborso|retour|retoure|devoluci[oó]n|devolução|devolucao|zwrot|refund|return|rma)"
    r"(?![\w])|#"
)


# A job or a team on the line above a signature's number: "Account Manager", "Atención al
# Cliente", "Ufficio Clienti", "Klantenservice", "Dział Obsługi Klienta".
_TEAM_LINE = re.compile(
    r"(?i)(?:manager|service|support|team|department|desk|office|abteilung|dienst|"
    r"atención|atencion|servicio|ufficio|servizio|afdeling|klantenservice|dział|obsługi|"
    r"serviço|apoio|atendimento)"
)


# What may follow the number on its line in a block: nothing, or "| an e-mail" or the like.
_BLOCK_END = re.compile(r"[ \t]*(?:$|\n|[|·•,;][ \t]*\S)")


_FLAT = re.compile(r"(?i)(?<![\w])(?:apt|apartment|suite|ste|unit|flat)\.?[ \t]*\d+\w?")
# "sin número" in an address: "Alameda Rocha, S/N".
_NO_NUMBER = re.compile(r"(?<![\w/])[Ss]/[Nn](?![\w/])")
_CODE_IN_PARENS = re.compile(r"\(([1-9]\d{0,2})\)")
# A signature's e-mail address, then a bullet or a bar: "ana@example.com · 35 97 03".
_BULLETED_EMAIL_BEFORE = re.compile(r"\S@[\w\-]+\.[\w.\-]+[ \t]*[·•|][ \t]*$")
# A signature's delimiter, or a name and a job with a bar between: "--", "Ana Lima | Nurse".
_SIGNATURE_LINE = re.compile(
    rf"(?:--|—|__)[ \t]*|[{_UPPER}][^\s|]*(?:[ \t]+[{_UPPER}][^\s|]*){{1,3}}[ \t]\|[ \t][^\n|]{{3,40}}"
)


def _signed_above(text: str, line_start: int) -> bool:
    """Whether one of the four lines above opens a signature (its delimiter, a name and a job
    with a bar between) or is an e-mail address alone."""
    lines = text[:line_start].split("\n")[-5:-1]
    return any(
        _SIGNATURE_LINE.fullmatch(line.strip()) or _EMAIL_LINE.fullmatch(line.strip())
        for line in lines
    )


_EMAIL_AFTER = re.compile(r"[ \t]*[|·•,;/][ \t]*[\w.+\-]+@[\w\-]+\.")
_EMAIL_LINE = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")


def _opens_block_line(line: str) -> bool:
    """Whether the line above a number alone on its line is a signature's or an address
    block's: a team ("Klantenservice"), a street (a capitalised word and a number: "Vicolo
    Novaro, 12"), or two to five capitalised words none of which is a common one (a name:
    "Lucy Ansboro"). Not a label ("EAN", "Steuer-ID", "DHL Express", "Gift card") or a
    sentence."""
    line = line.strip()
    words = line.split()
    # A contact's e-mail address on a line of its own: "Ana Lima\nana@example.org\n…".
    if _EMAIL_LINE.fullmatch(line):
        return True
    if not line or line.endswith((":", ".", "?", "!")) or len(words) > 10:
        return False
    # A street with its postcode and town takes more words: "47 Parker Street F58 4FT7 Finn
    # Ville".
    if _DIGIT.search(line) and _CAPITAL_WORD.search(line):
        return True
    if len(words) > 6:
        return False
    if _TEAM_LINE.search(line):
        return True
    names = [w.strip(",") for w in words if w not in NAME_PARTICLES]
    return (
        2 <= len(names) <= 5
        and all(w[:1].isupper() and not w.isupper() for w in names)
        and not any(is_common(w, 3.5) and not _is_name_word(w) for w in names)
    )


_CAPITAL_WORD = re.compile(rf"[{_UPPER}][{_LOWER}]{{2,}}")


@functools.lru_cache(maxsize=4096)
def _valid_in(number: str, regions: tuple[str, ...]) -> bool:
    """Valid under libphonenumber's metadata, with its own country code or in one region."""
    try:
        if number.startswith("+"):
            return phonenumbers.is_valid_number(phonenumbers.parse(number, None))
        for region in regions:
            if phonenumbers.is_valid_number(phonenumbers.parse(number, region)):
                return True
    except phonenumbers.NumberParseException:
        return False
    return False


def _possible(international: str) -> bool:
    """Whether a number written with its "+" and country code is possible in its country."""
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse(international, None))
    except phonenumbers.NumberParseException:
        return False


def _with_trunk_zero(number: str) -> bool:
    """A "+" or "00", a country code, then the national number with its trunk 0 kept, as
    people write it ("+320729634894", "+44 07911 123456"): possible once the 0 is dropped.
    Not with dots, nor after +1: North America has no trunk 0, and "+10.0.19045.3803" is a
    Windows build."""
    if "." in number or not number.startswith(("+", "00")):
        return False
    digits = _NON_DIGITS.sub("", number)
    if number.startswith("00"):
        digits = digits[2:]
    for length in (1, 2, 3):
        code, rest = digits[:length], digits[length:]
        if code == "1":
            continue
        if (
            rest.startswith("0")
            and phonenumbers.region_code_for_country_code(int(code)) != "ZZ"
            and _possible("+" + code + rest[1:])
        ):
            return True
    return False


class PhoneNumberRecognizer(EntityRecognizer):
    """Phone numbers as people type them, in the formats of the regions a project expects.

    A run of digits with the separators of a phone number (spaces, dots, dashes, a slash,
    an area code in parentheses, "(0)", a leading + or 00, an extension) is a phone:
    - after a phone word ("call me back on", "Tel.", "Handy", "mon numéro", "WhatsApp") or
      before one ("… office", "…-Fax"), whenever it has 6 to 15 digits, valid or not;
    - with + or 00, when it is a possible international number;
    - otherwise when libphonenumber calls it valid in one of the regions, and it is written as
      a phone (leading 0 or area code, or in groups), or in the North American shape, or in
      three to five pairs of digits after a trunk 0 ("06 12 34 56 78"; other pairs
      are scores, timeouts and prices unless a phone word is near).
    Never when an order, invoice, account, version, postcode or price word is just before it,
    nor for dates, times, ranges of round numbers, IP addresses and decimals.
    """

    def __init__(self, regions: tuple[str, ...] = DEFAULT_PHONE_REGIONS) -> None:
        self.regions = tuple(regions)
        super().__init__(supported_entities=["PHONE_NUMBER"], name="PhoneNumberRecognizer")

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for match in _PHONE_CANDIDATE.finditer(text):
            number = match.group("number").strip()
            digits = _NON_DIGITS.sub("", number)
            if (
                not 6 <= len(digits) <= 15
                or _DATE_LIKE.fullmatch(number)
                or _RANGE.fullmatch(number)
            ):
                continue
            line_start = text.rfind("\n", 0, match.start()) + 1
            before = text[max(line_start, match.start() - 80) : match.start()]
            # Where the old number was kept is no word about this one: "the number on the
            # Vodafone account is old, new one is …" reads "the number is old, new one is …".
            if _NUMBER_WORD.search(before):
                before = _IN_THE_ACCOUNT.sub(" ", before)
            # The last 40 characters, from the start of the word they cut into when that is a
            # phone's word and nothing after it blocks: "Contato da administradora do
            # condomínio: …" keeps its "Contato" ("numero del contrato esta mal, el bueno es
            # …" stays cut: only the number's own clause is read then).
            cut = opening = max(0, len(before) - 40)
            while opening > 0 and before[opening - 1].isalnum():
                opening -= 1
            if (
                opening < cut
                and _PHONE_CUE.match(before, opening)
                and not _NOT_PHONE.search(before, opening)
            ):
                cut = opening
            before = before[cut:]
            email_then = "@" in before and bool(_EMAIL_THEN.search(before))
            if email_then:
                # An e-mail address right before the number is one long word between it and
                # the cue: "reach me at jane.doe@example.com or 0612345678".
                before = text[max(line_start, match.start() - 80) : match.start()]
            in_block = False
            if not before.strip() and line_start >= 2:
                # A number alone on its line: the line before may carry the cue ("Tel.:\n…"),
                # or be a line of a signature or an address block.
                previous = text.rfind("\n", 0, line_start - 1) + 1
                before = text[max(previous, match.start() - 40) : line_start]
                in_block = _opens_block_line(text[previous:line_start])
                if (in_block and _TEAM_LINE.search(before)) or _PHONE_CUE_AFTER.match(
                    text, match.end()
                ):
                    # "Account Manager", "Ufficio Clienti": a job or a team, not what the
                    # number is; "…Apt. 656 ΠΑΦΟΣ PA\n470 78 605 office": the number says
                    # what it is itself.
                    before = ""
            after = text[match.end() : match.end() + 16]
            if (
                _TIME_AFTER.match(after)
                or _CODE_BEFORE.search(before)
                or _PART_BEFORE.search(before)
            ):
                continue
            score = self._score(number, digits, before, after)
            if not score and len(digits) >= 9 and not _UNIT_AFTER.match(after):
                score = self._after_a_name(before, after)
            # Right after an e-mail address and its "or": another way to reach someone
            # ("contesten a ana@example.org o al 16483198495").
            if (
                not score
                and email_then
                and len(digits) >= 8
                and not _NOT_PHONE.search(before)
                and not _UNIT_AFTER.match(after)
            ):
                score = 0.5
            if not score and in_block and _BLOCK_END.match(text, match.end()):
                # The number line of a signature or an address block: "Daria Rossini\nVicolo
                # Novaro, 12\n35016778698" (not "Bestellung\n123456789").
                # Under a name, an e-mail address or a street, nine digits or more are the
                # contact's phone whatever a region's plan says ("Heimo Beyer\n49 05 05 19
                # 59 74 1"): no other kind of number is signed with.
                plain = 9 <= len(digits) <= 13 and not _NOT_PHONE.search(before)
                score = 0.5 if plain else 0.0
            if not score and not before.strip():
                score = self._named_after(text[match.end() : match.end() + 32])
            # A message of a number written as one dials it, alone: an answer to "your
            # number?" ("02796 87967 770").
            if (
                not score
                and len(digits) >= 8
                and number.startswith(("0", "+", "("))
                and text.strip() == number
                and not _DECIMAL.fullmatch(number)
            ):
                score = 0.5
            # Beside an e-mail address, as a signature lists them: "0786151856 | ana@…".
            if (
                not score
                and len(digits) >= 8
                and _EMAIL_AFTER.match(text, match.end())
                and not _NOT_PHONE.search(text, max(line_start, match.start() - 40), match.start())
            ):
                score = 0.5
            if not score and 9 <= len(digits) <= 13:
                score = self._ends_a_contact_line(text, line_start, match.start(), match.end())
            # The last of a signature's lines, or after its e-mail address and a bullet.
            if (
                not score
                and 6 <= len(digits) <= 13
                and (number.startswith(("0", "+", "(")) or _GROUPED.search(number))
                and (
                    _BULLETED_EMAIL_BEFORE.search(text, line_start, match.start())
                    or (
                        not text[line_start : match.start()].strip()
                        and _BLOCK_END.match(text, match.end())
                        and _signed_above(text, line_start)
                    )
                )
            ):
                score = 0.5
            if not score and (
                _BARE_TEN.fullmatch(number)
                or _BARE_INTERNATIONAL.fullmatch(number)
                or _BARE_NINE.fullmatch(number)
            ):
                score = self._bare_digits(text, match.start(), match.end())
            if not score and len(digits) >= 8:
                score = self._called_after(text, match.start(), match.end(), number, digits)
            # A phone corrected, its word earlier on the line: "Mijn mobiel in het systeem
            # klopt niet meer, het is nu 008-4600645".
            if (
                not score
                and len(digits) >= 7
                and _a_phone_corrected(text, match.start())
                # The correction's own clause: "the phone number on the car hire booking is
                # wrong, should be 55 29 34 23 81" is the phone's.
                and not _NOT_PHONE.search(_CLAUSE_MARK.split(text[line_start : match.start()])[-1])
                and not _UNIT_AFTER.match(after)
            ):
                score = 0.6
            if not score and 9 <= len(digits) <= 15 and _ITS_MY_NUMBER.search(text, match.end()):
                score = self._claimed_later(text, match.start(), match.end(), number)
            if not score and _PAIRS.fullmatch(number):
                score = self._in_pairs(text, match.start(), match.end(), _pairs(number))
            if score:
                results.append(RecognizerResult("PHONE_NUMBER", *match.span(), score))
        return results

    def _bare_digits(self, text: str, start: int, end: int) -> float:
        """Digits in one run that are a phone as written, inside a sentence that names no
        other kind of number: ten valid in a region where numbers are written so (North
        American, Indian, Italian mobile: "I tried 9882484837 and it rings out", "reach me at
        … or 2816845674"), or eleven or twelve that are a valid international number with the
        "+" left out, in one of the regions ("urgencias pelo 351968882677"). Not alone on its
        line (under a label: "DHL Express\n4155551234"), not in a sentence with an order,
        tracking, part or id word ("order 4155551234", "ISBN 3161484100"), and never from a
        1 (Unix times, 17… and 18…, are valid in Brazil). And only with a phone word, an
        e-mail address or an emergency near it on its line in English, where maths and code
        questions are full of such numbers ("overflow at 2147483647", "convert 3735928559 to
        hex"); in the other languages as it stands ("a minha mulher está no 2835326267")."""
        line_start = text.rfind("\n", max(0, start - _BARE_WINDOW), start) + 1
        line_start = max(line_start, start - _BARE_WINDOW)
        line_end = text.find("\n", end, end + _BARE_WINDOW)
        line_end = min(len(text), end + _BARE_WINDOW) if line_end == -1 else line_end
        line = text[line_start:line_end]
        # Alone on its line under a label it is what the label says; a message of the number
        # alone is an answer to "your number?".
        alone = text.strip() == text[start:end]
        if line.strip() == text[start:end] and not alone:
            return 0.0
        # Right after a correction of a phone, anywhere on its line before: "the phone number
        # on the car hire booking is wrong, should be 2004884748".
        corrected = _a_phone_corrected(text, start)
        # In English the maths and code questions are many; elsewhere the run alone will do.
        if not (
            alone or corrected or _PHONE_CUE.search(line) or "@" in line or _EMERGENCY.search(line)
        ) and _mostly_english(line):
            return 0.0
        sentence_start = max(
            (m.end() for m in _SENTENCE_END.finditer(text, line_start, start)), default=line_start
        )
        found = _SENTENCE_END.search(text, end, line_end)
        sentence = text[sentence_start : found.start() if found else line_end]
        just_before = text[max(line_start, start - 12) : start]
        if not corrected and any(
            _NOT_PHONE.search(_IN_THE_RECORD.sub(" ", part)) or _ID_WORD.search(part)
            for part in (sentence, just_before)
        ):
            return 0.0
        digits = text[start:end]
        if corrected and _valid_in(digits, self.regions) and not _UNIT_AFTER.match(text, end):
            return 0.4
        clause = _CLAUSE_MARK.split(text[sentence_start:start])[-1]
        if _UNIT_AFTER.match(text, end) or _COMPOUND_NUMBER.search(clause):
            return 0.0
        # An operand: "combien font 123456789 x 987654321", "987654321 vezes 123".
        if (
            _OPERATOR_AFTER.match(text, end)
            or _OPERATOR_BEFORE.search(text, max(0, start - 24), start)
            or _MATHS.search(sentence)
        ):
            return 0.0
        if len(digits) == 9:
            # Nine digits: a mobile or a landline of Spain, Portugal, Poland or Italy as
            # written there right after "no", "do", "al", "pod" ("a minha mae no 969665971"), never in
            # English ("Mi reserva 912345678", "Referência: 912345678" stay).
            regions = tuple(r for r in self.regions if r in _NINE_DIGIT_REGIONS)
            english = not alone and _mostly_english(line)
            # Or the whole message, an answer to "your number?".
            particle = alone or _NINE_DIGIT_BEFORE.search(text, max(0, start - 16), start)
            return (
                0.4 if regions and particle and not english and _valid_in(digits, regions) else 0.0
            )
        # Ten or eleven where Brazil and Mexico write them so, after the same particles:
        # "depois das 17h no 2190986114".
        american = tuple(r for r in self.regions if r in _TEN_OR_ELEVEN_DIGIT_REGIONS)
        if (
            len(digits) in (10, 11)
            and american
            and not _mostly_english(line)
            and _NINE_DIGIT_BEFORE.search(text, max(0, start - 16), start)
            and _valid_in(digits, american)
        ):
            return 0.4
        if len(digits) > 10:
            # Or an Italian mobile of eleven digits as written there ("il 32243538705").
            if "IT" in self.regions and len(digits) == 11 and _valid_in(digits, ("IT",)):
                return 0.4
            try:
                number = phonenumbers.parse("+" + digits, None)
            except phonenumbers.NumberParseException:
                return 0.0
            region = phonenumbers.region_code_for_number(number)
            valid = region in self.regions and phonenumbers.is_valid_number(number)
            return 0.4 if valid else 0.0
        regions = tuple(r for r in self.regions if r in _TEN_DIGIT_REGIONS)
        return 0.4 if regions and _valid_in(digits, regions) else 0.0

    @staticmethod
    def _in_pairs(text: str, start: int, end: int, pairs: list[int]) -> float:
        """A whole number typed in pairs, "+" and all ("31 04 28 12 33 77", "77 56 48 66 81"):
        five pairs, or six on a line in English, where five are as often scores and bingo
        rows ("scores by round were 21 18 25 19 22"); not in ascending order (a draw), not
        after an id word ("ISBN") nor before a unit ("32 30 31 33 32 psi")."""
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : len(text) if line_end == -1 else line_end]
        english = _function_words(line)[0] and _mostly_english(line)
        if (
            len(pairs) < (6 if english else 5)
            or all(a < b for a, b in itertools.pairwise(pairs))
            or _ID_WORD.search(text, max(line_start, start - 24), start)
            or _UNIT_AFTER.match(text, end)
        ):
            return 0.0
        return 0.4

    def _called_after(self, text: str, start: int, end: int, number: str, digits: str) -> float:
        """A number the rest of its clause says calls or is a phone ("el 17969876078 no para
        de llamarme"; alone on its line, the next line: "3482967431\nquesto è il numero da
        portare"), valid as written or in a region, with no other kind of number named in
        its sentence."""
        rest = text[end : end + 60]
        if not rest.split("\n", 1)[0].strip():
            rest = rest.lstrip(" \t\r").removeprefix("\n")
        clause = _CALL_AFTER.match(rest)
        if not clause:
            return 0.0
        line_start = text.rfind("\n", 0, start) + 1
        # The whole clause after the number: "El 87654321 es el número de seguimiento".
        # An account where the number is kept is no other kind of number.
        after = _LINKED_TO.sub(" ", re.split(r"[,;.!?\n]", rest, maxsplit=1)[0])
        # Before it, its own clause: "bestelling 4471923 - graag 0007-753164 bellen".
        own = re.split(r"[,;.!?]\s|\s[\-–]\s", text[max(line_start, start - 40) : start])[-1]
        around = own + " " + after
        if _NOT_PHONE.search(around) or _ID_WORD.search(around) or _AMOUNT_WORD.search(around):
            return 0.0
        plus = "+" + number.lstrip("+0") if number.startswith(("+", "00")) else number
        # Digits with no trunk 0 nor "+" are valid as written only where numbers are written
        # so: "4155551234" is a German number only as 04155 551234.
        regions = (
            self.regions
            if number.startswith(("0", "+", "("))
            else tuple(r for r in self.regions if r in _WRITTEN_WITHOUT_TRUNK)
        )
        if _valid_in(plus, regions):
            return 0.5
        # With the clause saying so, a run written as a phone is dialled (a trunk 0 or a
        # "+") is one whatever a region's plan says: "Der Vermieter geht unter 0038304474
        # nicht ran", "Ist die 02886 19543 235 eure Nummer?".
        if number.startswith(("0", "+", "(")) and 8 <= len(digits) <= 15:
            return 0.4
        # Or its country code without the "+", eleven digits or more: "der Kurier soll 49 07
        # 06 12 25 38 4 anrufen" (ten are a region's own number or none).
        if len(digits) >= 11 and (_possible("+" + digits) or _with_trunk_zero("+" + digits)):
            return 0.4
        return 0.0

    @staticmethod
    def _after_a_name(before: str, after: str) -> float:
        """A number right after a person's name and a comma: a contact ("referente sul posto:
        Napoleone, 329999716", "a bag labelled Teresa Morais, 351224446447"); the name a
        known first name, alone or with one or two more capitalised words; no other kind of
        number named around it ("Maria, 123456789 is the order number")."""
        found = _NAME_COMMA_BEFORE.search(before)
        if found is None or found.group(1).casefold() not in FIRST_NAMES:
            return 0.0
        return 0.0 if _NOT_PHONE.search(before) or _NOT_PHONE.search(after) else 0.5

    def _claimed_later(self, text: str, start: int, end: int, number: str) -> float:
        """A number the message later calls the writer's own, with no other kind of number
        named in its sentence: "it says 4493800282 is already registered to another
        account?? it's my number"."""
        sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
        found = _SENTENCE_END.search(text, end)
        sentence = text[sentence_start : found.start() if found else len(text)]
        # "registered to another account" names where it is kept, not another number.
        if (
            _NOT_PHONE.search(_IN_THE_ACCOUNT.sub(" ", sentence)) or _ID_WORD.search(sentence)
        ) and not _REGISTERED_TO.search(sentence):
            return 0.0
        written = number.startswith(("0", "+", "("))
        return 0.4 if written or _valid_in(number, self.regions) else 0.0

    @staticmethod
    def _ends_a_contact_line(text: str, line_start: int, start: int, end: int) -> float:
        """The last of a contact's fields, after a comma: "Ryszard Zaniewicz, pl. Powstańców
        Wielkopolskich 813, 320809574" (a name first, then a street with its number; not
        "Maria, order 123456789")."""
        fields = text[line_start:start].split(",")
        if len(fields) < 3 or fields[-1].strip() or text[end:].split("\n", 1)[0].strip(" .;"):
            return 0.0
        name, *rest = (f.strip() for f in fields[:-1])
        words = [w for w in name.split() if w not in NAME_PARTICLES]
        # A name: capitalised words, one of them a known name ("Adelasia Forza").
        named = (
            2 <= len(words) <= 5
            and all(w[:1].isupper() and not w.isupper() for w in words)
            and any(_is_name_word(w) for w in words)
        )
        if not (named or _opens_block_line(name)) or _DIGIT.search(name):
            return 0.0
        street = any(_CAPITAL_WORD.search(f) for f in rest) and any(
            _DIGIT.search(f) or _NO_NUMBER.search(f) for f in rest
        )
        # A flat's number is the street's ("083 Victoria Wells Apt. 971, 3535066991").
        rest = [_FLAT.sub(" ", f) for f in rest]
        blocked = any(_NOT_PHONE.search(f) or _ID_WORD.search(f) for f in rest)
        return 0.5 if street and not blocked else 0.0

    @staticmethod
    def _named_after(following: str) -> float:
        """A number that opens its line, then says what it is: "06 12 34 56 78\nc'est mon
        numéro", "0612345678 is my mobile" (not "… is the order number")."""
        # The rest of the number's line, or the next line when nothing follows it on its own;
        # never further ("20481234\nmy phone app crashes" is two things).
        rest, _, below = following.partition("\n")
        line = rest if rest.strip() else below.split("\n", 1)[0]
        clause = re.split(r"[.!?;](?:\s|$)", line, maxsplit=1)[0]
        if _MY_PHONE.search(clause) and not _NOT_PHONE.search(clause):
            return 0.6
        return 0.0

    @staticmethod
    def _plus_and_country(number: str, digits: str) -> bool:
        """ "+", then ten digits or more that are a possible international number, with or
        without the national trunk 0; or a country code in parentheses, eleven digits or
        more: "(351) 927 951 426"."""
        code = _CODE_IN_PARENS.match(number)
        if code and len(digits) >= 11 and int(code.group(1)) in COUNTRY_CODE_TO_REGION_CODE:
            return _possible("+" + digits)
        if not number.startswith("+") or number.startswith("+0") or len(digits) < 10:
            return False
        return _possible(number) or _with_trunk_zero(number)

    def _score(self, number: str, digits: str, before: str, after: str) -> float:
        if len(digits) >= 7 and _TROUBLE_THEN_COLON.search(before) and not _UNIT_AFTER.match(after):
            return 0.6
        cues = list(_PHONE_CUE.finditer(before))
        cue = cues[-1] if cues else None
        # "order number 123…": the blocking word may stand just before the cue too, in its
        # clause ("aufs falsche Konto, ruft mich an 04228 85398" is a phone); not a request
        # to be called ("pedido de contacto").
        if cue is not None:
            lead_start = max(0, cue.start() - 16)
            # From a word's start: "eur" of "livreur" is no currency.
            while 0 < lead_start < cue.start() and before[lead_start - 1].isalnum():
                lead_start += 1
            lead = before[lead_start : cue.start()]
            lead = "" if _CALL_VERB.match(before, cue.start()) else _CLAUSE_OR_BUT.split(lead)[-1]
            blocked = bool(
                not _CONTACT_REQUEST.search(before)
                and _NOT_PHONE.search(_IN_THE_ACCOUNT.sub(" ", lead + before[cue.start() :]))
                # What the phone is for: "new mobile for my membership: …", "nieuw mobiel
                # nummer voor mijn lidmaatschap: …"; told by a phone's own word, not "number"
                # alone ("number for my claim: 48213377" is the claim's).
                and not (
                    _FOR_AFTER_CUE.match(before, cue.end())
                    and (
                        any(not _NUMBER_WORD.match(before, c.start()) for c in cues[-2:])
                        # "numer kontaktowy do rezerwacji: …" is a contact number.
                        or _CONTACT_AFTER.match(before, cue.end())
                        # "new number for the account: …" is a phone's.
                        or _NEW_BEFORE.search(before, max(0, cue.start() - 12), cue.start())
                    )
                )
            )
        elif "(" in number or _NANP.fullmatch(number):
            # Written as a phone, only its own clause counts: "467 Pearson Brooks Suite 773,
            # (347)399-4758x5379" (a flat's number is not one).
            blocked = bool(_NOT_PHONE.search(_CLAUSE_MARK.split(before[-20:])[-1]))
        else:
            blocked = bool(_NOT_PHONE.search(before[-20:]))
        if _UNIT_AFTER.match(after):
            return 0.0
        if blocked:
            # No other kind of number is written with a "+" and a country code: "het nummer
            # in mijn account klopt niet, moet +320729634894 zijn".
            return 0.5 if self._plus_and_country(number, digits) else 0.0
        if cue is not None or _PHONE_CUE_AFTER.match(after):
            return 0.75
        international = number.startswith("+") or (number.startswith("00") and len(digits) >= 10)
        if international:
            plus = "+" + digits[2:] if number.startswith("00") else number
            possible = _possible(plus)
            if len(digits) < 8:
                return 0.0
            # A "+", eight digits or more and a phone's separators are how a phone is written,
            # whatever its country's plan says: "+40(8)0252608452" (not a score's "+12345678").
            written = (
                number.startswith("+")
                and not number.startswith("+0")
                and ("(" in number or bool(_SPACED_OR_DASHED.search(number)))
            )
            # Eleven digits or more after a "+" are no score or sum: "+9928407287380 es el
            # mejor" (not "+0…", nor a "+" after a digit, which _PHONE_CANDIDATE leaves).
            # Not with dots: "+10.0.19045.3803" is a Windows build.
            long_run = (
                number.startswith("+")
                and not number.startswith("+0")
                and "." not in number
                and len(digits) >= 11
            )
            if possible or written or long_run:
                return 0.6 if possible else 0.5
            if _with_trunk_zero(number):
                return 0.5
        if _PAIRS.fullmatch(number):
            # "06 12 34 56 78" is a French mobile; six pairs from a 0 are a draw.
            return 0.5 if number.startswith("0") and len(_pairs(number)) <= 5 else 0.0
        if international:
            return 0.0
        if _NANP.fullmatch(number):
            return 0.5
        # A trunk code in parentheses, then the number: "(030) 1234567", "(00085) 928918".
        if _TRUNK_IN_PARENS.fullmatch(number):
            return 0.5
        written_as_phone = number.startswith(("0", "(")) or bool(_GROUPED.search(number))
        if len(digits) >= 7 and written_as_phone and _valid_in(number, self.regions):
            return 0.5
        return 0.0


# Kept for the name: the shapes are now part of PhoneNumberRecognizer.
PhoneShapeRecognizer = PhoneNumberRecognizer
