"""A twelfth DEV set of chat frames ("dev12") in eight languages: the help chats of public
transport and rail ticketing, car rental and car sharing, museums, tourist offices and guided
tours, postal and courier services, streaming and video-game platforms, local markets and
bakeries, parishes, community centres and festivals, and pet shops.

Written for this set by an independent writer who had read neither the scrubber, its
recognizers, the filters, the tests nor the frame lists of any other frames module (only
bench/dev11_corpus.py; the slot names, `slots`, check_frames and build_dev_corpus of
bench/heldout_corpus.py with what build_dev_corpus calls, that is HeldoutCorpusBuilder and
the values, harmless values and LOCALES of bench/multilingual_corpus.py's ChatCorpusBuilder;
bench/corpora/months.py; the module docstring and the last 40 lines (REPLIES) of
bench/corpora/dev11_frames.py for the data structure; and the SETS table of
bench/dev2_eval.py), and who neither ran the scrubber on these frames nor looked at what it
misses, so the wordings are not shaped by the scrubber's rules. Like dev2 to dev11 it is a
development set: bench/dev12_corpus.py builds it for tuning, it is not a held-out test set.

Same structure as heldout_frames.FRAMES: language -> kind -> frames, where a frame is one
message typed into the help chat of (a) a rail, bus or public-transport operator or ticket
app (cancellations, delays, refunds, seats, railcards, lost property), (b) a car rental or
car-sharing service (deposits, damage, fuel and charging, drivers), (c) a museum, tourist
office or guided-tour company (opening days, groups, audio guides, vouchers), (d) a postal
or courier service (tracking, lockers, customs, redirects), (e) a streaming or video-game
platform (subscriptions, double charges, error codes), (f) a market stall or bakery
(pre-orders, opening hours), (g) a parish, community centre or festival committee (halls,
fêtes, processions, stands) or (h) a pet shop (food, cages, harnesses, aquariums):
informal, typos, missing accents, no capital at the start of a sentence, several lines,
formal and informal address, some of three to five sentences. Each slot is filled by
bench/dev12_corpus.py with values from the language's own Faker locales:

    {name} {first} {last} {name_lc} {title} {phone} {street} {address} {block} {email} in
    the personal kinds (person, phone, address, mixed); {order} {price} {date} {time}
    {version} {year} {n} {city} in `harmless`, whose text must come back unchanged.

No slot is used twice in a frame (check_frames refuses it); a frame's personal slots are
all filled from one Faker person, so "{first}, {last} and me" lists one person's first
name and surname as two people would be written.

Extra weight, on purpose:

- Harmless look-alikes, the largest part: at least 60 frames each in Portuguese, Spanish,
  German and Dutch, at least 45 in French and at least 35 each in English, Italian and
  Polish, with no person's name at all (not a famous one, none in a brand, a title or a
  place; a saint stands only in a feast or a place name). They are full of capitalised
  words and numbers that are not personal data: rail, bus and transport companies and
  trains (CP, Alfa Pendular, Renfe, AVE, Ouigo, Deutsche Bahn, ICE, ÖBB Nightjet, NS,
  NMBS/SNCB, SNCF, TGV, Trenitalia, Frecciarossa, Italo, PKP Intercity, FlixBus,
  BlaBlaCar), car rental and sharing brands (Europcar, Sixt, Hertz, Share Now,
  Greenwheels, Getaround, Zity, MyWheels, Traficar), museums and sights (Museu do Oriente,
  Prado, Alhambra, Rijksmuseum, Pergamonmuseum, Louvre, Uffizi, Wawel), postal services
  (CTT, Correos, DHL, PostNL, La Poste, Poste Italiane, Poczta Polska, InPost, GLS, DPD),
  streaming and game platforms (Netflix, Steam, PlayStation, Xbox Game Pass, Twitch),
  festivals and feasts (Feira de São Mateus, Santos Populares, Fallas, Sanfermines, Semana
  Grande, Oktoberfest, Karneval, Koningsdag, Kermis, Fête de la Musique, Palio, Wianki, Dia
  de Reis, Boże Ciało), stations, districts and streets as places only (Santa Apolónia,
  Atocha, Hauptbahnhof, Amsterdam Centraal, Gare de Lyon, Porta Nuova, Santa Maria
  Novella, Marienplatz), German nouns, weekdays and months (capitalised and in lower case
  as typed), words that are also first names somewhere ("Vitória" the club, "Graça" and
  "Luz" the districts, "Fátima" and "Lourdes" the towns, "Santiago" and "Florence" the
  cities, "Victoria" the coach station and the beach, "Mercedes" the car, "Rosa" the metro
  line and "rosa" the colour, "Dolores" the feast day, "Covadonga" the lakes, "Georgia"
  and "Augusta" in street and square names), and many numbers: ticket, booking, tracking,
  parcel, locker, seat, carriage, platform, gate, order, article and voucher numbers (never
  a real ID format; some of 8 to 22 digits, some with letters or dashes), error codes,
  prices, dates, times, durations, versions, distances, kWh and weights.
- Person frames, at least 30 per language: names in running text with and without cue
  words, as subjects at the very start of a sentence before a past-tense verb, as objects,
  after prepositions, in lists ("{first}, {last} and me"), a first name alone, a surname
  after a title (Mr/Ms, Herr/Frau, M./Mme, Don/Doña, Sr./Sra., signor/signora,
  meneer/mevrouw, p., Dr) or after {title}, possessives, signatures and sign-offs, drivers
  named on a rental, passengers, guides, couriers and account holders. Polish names stand
  only where the nominative Faker gives is grammatical (after colons, in lists, after
  "nazywam się", "z tej strony", "tu", "na nazwisko", "o nazwisku", "mam na imię", "p.", as
  subjects of present or future verbs, in sign-offs); in the Romance languages no article,
  adjective, participle or gendered noun has to agree with a first name's gender.
- At least 15 phone, 15 address and 10 mixed frames per language; phone numbers come as
  the builder gives them (with and without spaces), typed after "tlm", "móvil", "Handy",
  "tel.", "WhatsApp", "gsm", "cell", "kom." and the like, with and without a space after
  the colon.

As written: 65 or 66 harmless frames in German, Spanish, Dutch and Portuguese, 51 in
French, 40 or 41 in English, Italian and Polish; 33 or 34 person, 16 phone, 16 address and
11 mixed frames in every language.
"""

from bench.corpora.months import MONTHS

__all__ = ["FRAMES", "MONTHS", "REPLIES"]

FRAMES: dict[str, dict[str, list[str]]] = {
    "en": {
        "harmless": [
            (
                "hi, my Avanti ticket for the 7:32 from Euston got cancelled, booking ref {order}. "
                "can i get a refund or do i have to take a later train"
            ),
            (
                "booked a Hertz car at Gatwick North for {date}, confirmation {order}, but the app "
                "says the desk shuts at {time}. our flight lands at 23:40, what do we do??"
            ),
            (
                "The FlixBus from Victoria coach station to {city} left without us. we were at "
                "gate 14 at 06:50 and it had already gone"
            ),
            (
                "my Steam wallet got charged {price} twice for the same game, transaction {order}. "
                "the second one still says pending since Tuesday"
            ),
            (
                "cant sign in to Xbox Game Pass on the series S since update {version}, error "
                "0x87DD0003. restarted twice, same thing"
            ),
            (
                "Royal Mail tracking says delivered at {time} but theres nothing here.\nref "
                "JD014600003827194810\nneighbours havent got it either"
            ),
            (
                "hi is the Natural History Museum open on Boxing Day? and do under 12s need a "
                "timed ticket as well"
            ),
            (
                "we're a group of {n} from a school in {city} and want the 10:30 guided tour of "
                "the Tower of London on {date}. Is there a teachers discount? We'd also need "
                "somewhere to leave 30 lunch bags. Thanks in advance"
            ),
            (
                "the DPD card says locker 27 at the Tesco by Kings Cross but code 448213 doesnt "
                "open it"
            ),
            (
                "Twitch sub renewed at {price} even though i cancelled in March, receipt {order}. "
                "can u reverse it"
            ),
            (
                "do you still do the sourdough on Saturdays at the Borough Market stall? want to "
                "preorder 3 loaves and a dozen hot cross buns for Good Friday"
            ),
            (
                "Is the church hall free on the evening of {date} for the Harvest Festival supper? "
                "About 80 people. We'd need the kitchen too and the stacking chairs from the back "
                "room."
            ),
            (
                "need to end my Share Now trip and the app wont let me. parked on level -2 at "
                "Westfield, battery 41%, trip id {order}"
            ),
            (
                "ordered 2 x 12kg bags of Royal Canin Maxi Adult and a cat tree, order {order}, "
                "only the cat tree came. paid {price} for the lot"
            ),
            (
                "my 16-25 Railcard ran out on the 3rd, I bought the ticket on the 2nd for travel "
                "on the 5th. Is it still valid? ticket no. 2VQK-88C-041"
            ),
            (
                "the Heathrow Express was 45 min late yesterday, coach C seat 62. how do I claim "
                "Delay Repay"
            ),
            (
                "which platform does the {time} to {city} go from at Birmingham New Street? board "
                "just says see screens lol"
            ),
            (
                "can the Post Office on Georgia Avenue hold a parcel for me? away until Monday, "
                "tracking 9405 5112 0620 8841 3307 16"
            ),
            (
                "Europcar charged us £150 for dog hair. We didnt have a dog in the car. Agreement "
                "{order}"
            ),
            (
                "the Louvre audio guide app crashes on android 14, version {version}. reinstalled "
                "it, still crashes at the Winged Victory room"
            ),
            (
                "is the St Patrick's Day parade route changing this year? our bakery on Dame "
                "Street usually puts a stand at the corner"
            ),
            "hi can I swap my Eurostar seat to a window one? coach 7 seat 41, train 9014 on {date}",
            (
                "PlayStation Plus Extra renewed for 12 months at {price}, I only wanted the "
                "monthly. PSN order {order}"
            ),
            (
                "the Sixt desk at Florence airport wants a 900 euro deposit on a credit card, I "
                "only have debit. is that right?"
            ),
            (
                "left an empty pet carrier (blue) on the 14:12 Southern from Brighton to London "
                "Bridge, carriage 4. whats the lost property number"
            ),
            (
                "do you have the 30 litre tank starter kit back in stock? and does the Fluval "
                "filter come with it or is it extra"
            ),
            (
                "are the tickets for the carol concert at the parish centre {price} each or per "
                "family? and is it the Friday or the Sunday"
            ),
            (
                "our car club app says Gold tier but we're charged Basic rates, 32p a minute "
                "instead of 26p. member no {order}"
            ),
            (
                "got an email from Parcelforce saying my item is held at customs, pay £3.87 plus "
                "£8 handling. is this legit??"
            ),
            "can I take a bike on the Caledonian Sleeper? booked berth 12 in coach E for {date}",
            (
                "the game keeps crashing since the {version} patch on Steam Deck, verified files "
                "twice. its Elden Ring if that matters"
            ),
            (
                "do you deliver to {city}? need 40 bread rolls and 2 trays of Bakewell tart for a "
                "christening on Sunday"
            ),
            (
                "The Friday Late on the 28th shows sold out but the site still let me pay {price}. "
                "Do I have a ticket or not??"
            ),
            (
                "booking {order}: 2 adults, 1 child and a dog on the Rail & Sail to Dublin. is the "
                "dog ok on the car deck or does it stay with us"
            ),
            (
                "my Oyster got charged the max fare 3 times this week even though I touched out "
                "every time at Bank"
            ),
            (
                "is the deposit of {price} for the Lourdes coach trip from the parish still due by "
                "{date}? we are 2 pensioners"
            ),
            (
                "the Mercedes we picked up has a yellow engine light on since 48,210 km. rental "
                "{order}, we're just outside {city} now"
            ),
            (
                "how long is the Stonehenge tour from Salisbury station, 3 hours or 4? and does "
                "the bus wait for the 16:05 train"
            ),
            (
                "Hi there, the pet shop loyalty card shows 1,240 points but the till says 0. Card "
                "number {order}. Can you check?"
            ),
            (
                "Is the Summer Fete at the community centre still on the first Saturday of July? "
                "Last year it was moved because of the rain."
            ),
        ],
        "person": [
            (
                "hi, my name is {name}, I booked the 09:15 Eurostar and the email has a typo in my "
                "surname"
            ),
            "{last} wrote back that the refund would take 10 days. that was 3 weeks ago",
            (
                "the car is booked under {name} but {first} will be driving most of the way, can I "
                "add a second driver?"
            ),
            (
                "our guide yesterday, {first}, was brilliant, please pass on our thanks! the 2pm "
                "tour of the castle"
            ),
            (
                "I spoke to {title} {last} at the ticket office in Paddington and was told I could "
                "change it for free"
            ),
            "thanks for your help\n{name}",
            (
                "the DPD app says the driver is {first} and the parcel is with driver since 7am, "
                "still nothing"
            ),
            "passengers: {name}, {first} and 2 kids under 5. do the kids need their own seats",
            "can you tell {first} at the cake counter that the order for Saturday is still on",
            "this is {name} from the community centre, we had the hall booked for the quiz night",
            "{first} said at the desk the deposit goes back automatically. it hasnt",
            (
                "Is {title} {last} still doing the Thursday walking tours? we went last year and "
                "loved it"
            ),
            "Kind regards,\n{name}\nHarvest supper committee",
            (
                "the rental agreement lists {name} as main driver but thats my dad, I'm the one "
                "with the card"
            ),
            "hi its {first} again, about the missing Xbox controller",
            "my sister {first} bought the season pass on my account by mistake, can it be moved",
            "please put the parcel under {last}, the flat number is on the buzzer",
            "{name} and I were on the 3pm bus tour and we left an umbrella on the top deck",
            "I'm writing on behalf of {name}, who can't use the chat",
            "ask for {first} when you ring the bell at the parish office",
            "{first}'s account got banned on Steam for no reason, can someone look into it",
            (
                "the guy at the pet shop, {first} I think, said the hamster food was in stock. it "
                "wasnt"
            ),
            "Account holder: {name}",
            "from {first}: sorry for the caps, KEEP THE LOAF FOR ME TILL 5",
            "Mr {last} from the membership desk rang yesterday but I missed the call",
            "cheers, {first}",
            "the ticket should be in the name of {name_lc}, not my husband's",
            "{last} signed for the parcel apparently, but nobody by that name lives here",
            (
                "Hi team, {first} here. booked a car share for tomorrow and the app shows someone "
                "else's booking on it"
            ),
            "we're {first}, {name} and me, 3 seats together on the 17:40 please",
            (
                "the tour guide Dr {last} recommended a book on the cathedral, do you sell it in "
                "the shop?"
            ),
            (
                "Dear {title} {last}, thank you for the lovely tour of the old town last Sunday. "
                "The kids haven't stopped talking about the dungeon."
            ),
            "Courier today was {name}, very polite, left the parcel with the neighbour as I asked",
            "Ms {last} from lost property said I should message here about the red suitcase",
        ],
        "phone": [
            "can the driver call me when he's outside, cell: {phone}",
            "my number is {phone}, text me when the parcel is in the locker",
            "tel.{phone}",
            "pls ring {phone} if the bike isnt ready by Saturday",
            "WhatsApp:{phone} (quicker than email tbh)",
            "mobile {phone}",
            "you can reach me on {phone} after 6",
            "the number on the Hertz account is old, new one is {phone}",
            "text only please, I'm deaf: {phone}",
            "for the group booking call {phone}, thats the school office",
            "cell:{phone}\nI'm at the station now",
            "phone no. {phone} - the courier can call when he's downstairs",
            "if theres a problem with the cake order ring me on {phone}",
            "contact number for the grooming slot: {phone}",
            "The driver has my number wrong, it should be {phone} not the one ending 00.",
            "Mob: {phone}",
        ],
        "address": [
            "deliver to {street} please, leave it with a neighbour if im out",
            "new address for the parcel redirect: {address}",
            "can the car be delivered to {street}? quiet street, easy to park",
            "send the replacement card to\n{block}",
            "i moved, my address is now {address}, pls update the Game Pass billing",
            "the taxi part of the rail ticket should pick me up from {street} at 7",
            "the parcel went to {street} instead of mine, can u get it back",
            "Shipping address:\n{block}",
            "we live at {street}, is that inside the free delivery area for the bakery",
            "the return address on the label was {address}, is that where it went back to?",
            "hi pls deliver the dog food to {street}, side door, front bell is broken",
            "do I collect the rental from {address}? the app says thats where it's parked",
            "Invoice to: {address}",
            "i'm at {street}, the driver is going round in circles",
            "the festival volunteer pack should go to {street}, the flat at the back",
            "Please post the museum membership card to {address}.",
        ],
        "mixed": [
            "name: {name}\naddress: {address}\nphone: {phone}",
            "hi its {first}, my number is {phone}, the courier can call",
            "{name}, {street} - thats where the cake goes, ring {phone} on arrival",
            "email is {email}, name {name}, the refund still hasnt arrived",
            "driver: {name}, licence on file, mobile {phone}",
            "send it to {title} {last}, {address}",
            "{first} here, address for the pet food subscription is {street}",
            "booking contact {name} ({email}), pick up from {street}",
            "cheers,\n{name}\n{phone}",
            "please email the receipt to {email}, billing address {address}",
            "Ticket holder: {name}, tel. {phone}. Lost a black rucksack at Euston on Friday night.",
        ],
    },
    "de": {
        "harmless": [
            (
                "hallo, mein ICE 578 von Frankfurt nach {city} ist ausgefallen, Buchungsnummer "
                "{order}. krieg ich das Geld zurück oder muss ich den nächsten nehmen"
            ),
            (
                "Der Sparpreis gilt doch nur für den gebuchten Zug oder? Wagen 9, Platz 56, "
                "Abfahrt {time} ab Hauptbahnhof"
            ),
            (
                "wir haben bei Sixt am Flughafen München einen Golf gebucht und einen Fiat "
                "bekommen, Vertragsnummer {order}. der Kindersitz fehlt auch"
            ),
            (
                "Deutschlandticket für {price} im Monat, kann ich das zum Monatsende kündigen oder "
                "erst zum 10.?"
            ),
            (
                "ist das Pergamonmuseum am Montag offen? wir sind eine Gruppe von {n} Schülern aus "
                "{city}"
            ),
            (
                "DHL sagt Zustellung heute zwischen 10 und 14 Uhr, jetzt ist es {time} und nix. "
                "Sendungsnummer 00340434161094042557"
            ),
            (
                "Paket liegt in der Packstation 112 am Bahnhof aber der Abholcode kommt nicht in "
                "der App an. Version {version} auf dem iPhone"
            ),
            (
                "Gibts zum Oktoberfest einen Shuttle vom Hauptbahnhof zur Theresienwiese? und was "
                "kostet der"
            ),
            (
                "hallo, mein Steam Konto wurde nach einem Kauf über {price} gesperrt, "
                "Transaktions-ID {order}. ich hab nix falsch gemacht"
            ),
            (
                "die Brezeln vom Samstag waren leider alt. kann ich für Sonntag 20 Stück und einen "
                "Zwetschgenkuchen vorbestellen? Abholung um 9"
            ),
            (
                "Sehr geehrte Damen und Herren,\nder ÖBB Nightjet nach Wien am {date} hatte drei "
                "Stunden Verspätung. Liegewagen 274, Plätze 31 bis 34. Wie beantrage ich die "
                "Entschädigung? Die Fahrgastrechte-Seite lädt bei mir nicht."
            ),
            (
                "wann ist nächstes Jahr der Weihnachtsmarkt auf dem Marktplatz? unser Verein will "
                "wieder Glühwein verkaufen, Stand Nr. 17"
            ),
            (
                "Share Now Auto lässt sich nicht beenden, steht in der Tiefgarage Ebene -1, Akku "
                "23 %. Fahrt-ID {order}"
            ),
            (
                "kann ich mit dem Hund (Labrador, 32 kg) im Regionalexpress fahren? braucht der "
                "ein eigenes Ticket"
            ),
            (
                "mein PlayStation Plus Abo hat sich verlängert obwohl ich im Februar gekündigt "
                "hab, Bestellnummer {order}"
            ),
            (
                "Das Trockenfutter von Royal Canin für Katzen, 10 kg Sack, ist das wieder "
                "lieferbar? online steht seit Mittwoch nicht verfügbar"
            ),
            (
                "Wir feiern am {date} Pfarrfest im Gemeindehaus. Kann man die Hüpfburg über euch "
                "mieten? ca. {n} Kinder"
            ),
            (
                "FlixBus von Hamburg ZOB nach {city}, Abfahrt {time}, ist einfach nicht gekommen!! "
                "Bussteig 6, wir standen da eine Stunde"
            ),
            (
                "hi, hab beim Karneval in Köln meine Jacke im Bus liegen lassen, Linie 136 "
                "Richtung Neumarkt, so gegen 19 Uhr"
            ),
            (
                "GLS Paket ZE7T4Q1B hängt seit dem 3. im Depot, keine Bewegung. Ist das an der "
                "Grenze hängen geblieben?"
            ),
            (
                "Gibt es am Ostermontag Führungen im Schloss Schönbrunn? am liebsten auf Englisch, "
                "2 Erwachsene 1 Kind"
            ),
            (
                "Xbox Game Pass Ultimate kostet jetzt {price}?? seit wann das denn. Rechnung vom "
                "{date}"
            ),
            (
                "Die Kaution von 300 € bei Europcar ist immer noch nicht zurück. Rückgabe war "
                "Dienstag in Stuttgart Hbf, Mietvertrag {order}"
            ),
            (
                "Ich hatte Platz 44 im IC 2013 reserviert, aber da saß schon jemand mit der "
                "gleichen Reservierung. Wie kann das sein"
            ),
            "hallo, mein Twitch Abo wurde doppelt abgebucht, zweimal 4,99 € am Freitag",
            "welche Größe Geschirr für einen Dackel mit 38 cm Brustumfang? die M war zu groß",
            (
                "die Post hat mein Einschreiben RR 1234 5678 9DE als unzustellbar zurückgeschickt, "
                "obwohl die Anschrift stimmt"
            ),
            (
                "Ist die Museumsinsel mit der Berlin WelcomeCard abgedeckt oder gibts nur Rabatt? "
                "wir sind vom {date} bis Sonntag da"
            ),
            (
                "Auf der Rechnung stehen 17,4 kWh geladen, aber das Auto hatte danach nur 60 % "
                "Akku. Greenwheels Fahrt vom Samstag"
            ),
            "schönen guten Tag, gilt die BahnCard 50 auch im Railjet der ÖBB bis Salzburg?",
            (
                "Sonntagsbrötchen: bis wann muss ich bestellen? letzte Woche war um halb 8 schon "
                "alles weg"
            ),
            "ist das Kinderfest auf der Kirmes am Sonntag oder am Montag? und wo kann man parken",
            (
                "seit dem Update auf {version} startet das Spiel nicht mehr, Steam sagt Fehler "
                "beim Start. Grafikkarte ist eine RTX 3060"
            ),
            (
                "Mercedes A-Klasse gebucht, Kombi bekommen, der passt nicht in unsere Garage. Wer "
                "zahlt den Unterschied"
            ),
            (
                "Bei der Stadtführung am Mittwoch um {time} ab Marienplatz hat jemand aus unserer "
                "Gruppe sein Handy liegen lassen, schwarzes Samsung. Ist das bei euch abgegeben "
                "worden?"
            ),
            (
                "Ich bräuchte eine Quittung für das Monatsticket März, Kundennummer {order}, fürs "
                "Finanzamt"
            ),
            (
                "warum ist mein DPD Paket nach {city} gefahren statt zu mir? Paketnummer "
                "01234567890123"
            ),
            "Ab wann gilt der Sommerfahrplan? Fährt die S8 zum Flughafen ab {date} anders?",
            "brauchen Katzen im ICE eine Transportbox? unsere wiegt 5 kg",
            (
                "Frage ans Fundbüro: Rucksack, schwarz, im RE 5 nach Koblenz, Mittwoch ca. 17:50, "
                "Wagen 3"
            ),
            (
                "wir kommen mit 2 Rollstühlen zur Führung im Deutschen Museum, gibt es am Eingang "
                "Nord einen Aufzug?"
            ),
            (
                "Hallo! Hat der Stand am Viktualienmarkt am Faschingsdienstag offen? ich will 30 "
                "Krapfen abholen"
            ),
            (
                "die Vorbestellung der PS5 Pro, Bestellung {order}, wurde ohne Grund storniert. "
                "Geld ist noch nicht zurück"
            ),
            (
                "Bei der Abgabe stand die Tankanzeige auf 7/8 und ihr berechnet mir trotzdem "
                "{price} Tankservice. Hertz Frankfurt"
            ),
            (
                "Ist der Eintritt am ersten Sonntag im Monat frei? gilt das auch für die "
                "Sonderausstellung"
            ),
            "Kann ich den Gutschein Nr. {order} auch für die Nachtwächterführung einlösen?",
            (
                "hallo, Sendung 1Z999AA10123456784 von UPS steht seit 4 Tagen im Hub Leipzig. was "
                "ist da los"
            ),
            (
                "Der Fahrkartenautomat an Gleis 4 hat meinen 20 € Schein geschluckt, um {time}, "
                "Bahnhof {city}"
            ),
            (
                "Ich suche ein rosa Katzenhalsband mit Glöckchen, Größe S, habt ihr das im Laden "
                "in Hamm?"
            ),
            (
                "gibts beim Frühlingsfest am {date} wieder den Flohmarkt? kostet ein Stand immer "
                "noch {price}?"
            ),
            (
                "Meine Nintendo Switch Online Familienmitgliedschaft ist nach dem Update weg, "
                "Fehlercode 2618-0516"
            ),
            (
                "Sehr geehrtes Team, wir möchten für unseren Seniorenkreis {n} Plätze im Sonderzug "
                "zur Landesgartenschau reservieren. Geht das auch telefonisch oder nur online?"
            ),
            (
                "hab die Vignette für Österreich online für {price} gekauft, gilt die für den "
                "Mietwagen? das Kennzeichen steht ja im Vertrag"
            ),
            (
                "Ist der Gottesdienst zu Allerheiligen um 10 oder um 10:30? Auf dem Aushang steht "
                "was anderes als im Gemeindebrief"
            ),
            (
                "Das Zugpersonal meinte ich soll mich hier melden. Zug RE 4712, Abfahrt Dortmund "
                "07:14, 62 Minuten Verspätung"
            ),
            (
                "Gibt es das Aquarium 120 Liter mit LED, Art.-Nr. 4005876, auch in Schwarz? in "
                "Weiß passt es nicht zu uns"
            ),
            (
                "Warum kostet der Versand nach Österreich {price} und innerhalb Deutschlands nur "
                "4,99? gleiches Paket, 2 kg"
            ),
            (
                "Ist heute Ruhetag? Google sagt Montag zu, an der Tür steht Dienstag. Bäckerei am "
                "Domplatz"
            ),
            (
                "wir fahren mit BlaBlaCar von Berlin nach {city}, Fahrt am Freitag, der Fahrer hat "
                "abgesagt. bekomme ich die Servicegebühr zurück?"
            ),
            (
                "Hallo, auf meiner Rechnung {order} steht Leihgebühr Audioguide 4 €, den hatten "
                "wir gar nicht"
            ),
            (
                "Gibt es beim Sommerfest der Gemeinde eine Tombola? wir würden einen Gutschein "
                "über 50 € spenden"
            ),
            (
                "grüß Gott, fährt an Heiligabend die letzte S-Bahn wirklich schon um 20 Uhr? wir "
                "müssen bis Erding"
            ),
            (
                "Im Faltblatt steht das Rathaus ist von {year}, stimmt das? beim Rundgang wurde "
                "was anderes erzählt"
            ),
            "Moin, fährt die Fähre nach Helgoland auch im November? und kann der Hund mit",
            (
                "Der Carsharing-Wagen am Augustaplatz ist zugeparkt, komm nicht raus. Die Uhr "
                "läuft aber weiter, 0,29 €/min"
            ),
            (
                "Hallo, ist die Festwiese beim Cannstatter Wasen mit der U11 erreichbar? Bis wie "
                "spät fährt die am Samstag"
            ),
        ],
        "person": [
            "Hallo, hier ist {name}, ich hab gestern den Mietwagen in Köln abgegeben",
            "{last} hat mir geschrieben, dass die Erstattung 14 Tage dauert. das war im Januar",
            "Der Wagen läuft auf {name}, aber {first} fährt auch, geht das ohne Aufpreis?",
            "Unser Guide am Samstag, {first}, war super, bitte ein großes Danke weitergeben!",
            "Können Sie bitte {title} {last} ausrichten, dass wir die Führung um 15 Uhr nehmen?",
            "Mit freundlichen Grüßen\n{name}",
            (
                "Ich war mit {first} und den Kindern im Museum, die Tickets sind über mein Konto "
                "gekauft"
            ),
            "Reisende: {name}, {first} und ich, alle mit BahnCard 25",
            "Der Paketbote (laut App {first}) hat das Paket einfach vor die Tür gelegt",
            "Grüße von {first}",
            (
                "{first} meinte am Schalter, das Ticket gilt auch im ICE. Jetzt soll ich 60 € "
                "nachzahlen"
            ),
            "ich schreibe für meine Oma {name}, sie hat kein Internet",
            "Ist {title} {last} diese Woche im Pfarrbüro? Es geht um die Taufe am Sonntag",
            "das konto läuft auf {name_lc}, passwort vergessen",
            "Bestellt hat {name}, abholen komme ich, geht das?",
            "{last} hat den Empfang quittiert, aber so jemand wohnt hier nicht",
            "LG {first}",
            "Hallo, ich bin {first} und hab eine Frage zum Futter-Abo",
            "Mein Mann {first} hat aus Versehen zwei Tickets gebucht, kann man eins stornieren?",
            "Der Fahrer ist {name}, Führerschein seit 2009",
            "wir sind {first}, {last} und zwei Hunde, passt das in den Greenwheels Kombi?",
            "Frau {last} vom Fundbüro hat gesagt, ich soll hier schreiben",
            "Herr {last} hat die Stadtführung gemacht, bietet er auch eine Nachtführung an?",
            "{first}s Account wurde gehackt, da wurden drei Spiele gekauft",
            "Der Kuchen ist auf den Namen {name} bestellt, für Samstag 14 Uhr",
            "Viele Grüße aus Bremen,\n{name}",
            "Ansprechpartner im Verein ist {name}",
            "Von {first} hab ich gehört, dass ihr auch Kaninchen habt",
            "Hallo {first}, danke nochmal für die Hilfe gestern am Telefon!",
            "{name} und ich waren bei der Domführung um 11, ich hab meinen Schirm liegen lassen",
            "Gebucht ist unter {last}, 2 Personen, Wagen 7",
            "Bitte an {title} {last} weitergeben: Das Paket kann bei mir abgegeben werden",
            "schöne Grüße, {first} vom Hundeplatz",
            "Der Kurier heute war {name}, sehr freundlich, hat das Paket beim Nachbarn gelassen",
        ],
        "phone": [
            "Handy: {phone}",
            "Handy:{phone}, bitte vorher anrufen",
            "Rufen Sie mich bitte an unter {phone}",
            "Tel. {phone} (ab 17 Uhr)",
            "der Fahrer soll bitte {phone} anrufen wenn er vorm Haus steht",
            "meine neue Nummer ist {phone}, die alte geht nicht mehr",
            "WhatsApp {phone}",
            "erreichbar unter {phone}, auch am Wochenende",
            "Für Rückfragen: {phone}",
            "bitte per SMS an {phone}, ich kann grad nicht telefonieren",
            "Tel.:{phone}",
            "Die Nummer im Kundenkonto ist falsch, richtig wäre {phone}",
            "Festnetz {phone}, Handy hab ich grad nicht dabei",
            "kannst du mich kurz zurückrufen? {phone}",
            "wegen der Torte bitte Rückruf an {phone}",
            "Mobil: {phone}\nbin ab 8 wach",
        ],
        "address": [
            "Lieferadresse: {address}",
            "bitte an {street} liefern, Hinterhaus",
            "Neue Anschrift:\n{block}",
            "Ich wohne {street}, liegt das noch im Liefergebiet?",
            "Auto abgestellt bei {street}, Parkplatz direkt davor",
            "Rechnungsadresse bitte ändern auf {address}",
            "Das Paket wurde an {street} geliefert, das ist nicht meine Adresse",
            "Abholung Mietwagen: {address}",
            "bitte das Hundefutter an {street} schicken, Klingel geht nicht, einfach klopfen",
            "Versand an\n{block}\nDanke!",
            "Meine Adresse hat sich geändert: {address}",
            "Die Rücksendung ist wieder bei {street} gelandet, warum?",
            "Ich steh bei {street}, der Fahrer findet mich nicht",
            "Lieferung für die Gemeindefeier bitte an {address}",
            "Anschrift für die Mitgliedskarte: {address}",
            "Ist {street} in Zone A oder B?",
        ],
        "mixed": [
            "Name: {name}\nAdresse: {address}\nHandy: {phone}",
            "{name}, {street}, bitte klingeln",
            "E-Mail: {email}, Tel. {phone}",
            "Fahrer: {name}, Handynr. {phone}",
            "Bitte Rechnung an {email} schicken, Anschrift {address}",
            "Hallo, {first} hier, Lieferung bitte an {street}",
            "Gruß\n{name}\n{phone}",
            "Besteller: {title} {last}, {address}",
            "Kontakt für den Verein: {name} ({email})",
            "Abholer ist {name}, erreichbar unter {phone}",
            "Für {name}:\n{block}",
        ],
    },
    "fr": {
        "harmless": [
            (
                "bonjour, mon TGV Inoui Paris - {city} de {time} a été supprimé, dossier {order}. "
                "je suis remboursé comment ?"
            ),
            (
                "Ouigo m'a facturé un bagage en plus à {price} alors que j'avais déjà payé "
                "l'option, réservation {order}"
            ),
            (
                "voiture 14 place 82, la clim marche pas, il fait 32 degrés, train 6615 Gare de "
                "Lyon - Marseille"
            ),
            "Est ce que le Louvre est ouvert le mardi ? on vient le {date} avec {n} élèves",
            (
                "mon colis La Poste est bloqué depuis 6 jours à la plateforme de Wissous, numéro "
                "6A12345678901"
            ),
            (
                "bjr, le casier Pickup du relais de la gare ne s'ouvre pas, code 559 213, j'ai "
                "jusqu'à {time}"
            ),
            (
                "la Fête de la Musique c'est bien le 21 juin même si ça tombe un samedi ? on "
                "voudrait mettre un stand devant la boulangerie"
            ),
            (
                "Europcar Nice aéroport me réclame {price} pour une rayure qui était déjà là. "
                "contrat {order}, j'ai les photos du départ"
            ),
            "Carte Avantage Jeune expirée le 2 mais voyage le 4, c'est bon ou pas ?",
            "salut, le Game Pass est passé à {price}, je peux revenir à l'ancienne formule ?",
            "Steam m'a débité 2 fois 59,99 € pour le même jeu, commande {order}",
            (
                "Vous faites des galettes des rois pour l'Épiphanie ? il me faudrait 4 galettes "
                "frangipane pour le 6 janvier"
            ),
            "les chiens sont acceptés dans le TER ? j'ai un petit chien de 6 kg dans un sac",
            (
                "Le FlixBus de Bercy vers {city} est parti à 22h40 au lieu de 23h10, on l'a raté. "
                "Billet {order}"
            ),
            (
                "les visites guidées du château de Versailles se font aussi en anglais ? pour le "
                "week-end du {date}"
            ),
            (
                "La Poste m'a laissé un avis de passage alors que j'étais là toute la journée ! "
                "recommandé 1A 234 567 8901 2"
            ),
            (
                "Bonjour, SNCB : mon train Bruxelles-Midi vers Liège avait 45 min de retard, j'ai "
                "droit à une compensation ?"
            ),
            (
                "les croquettes Royal Canin Sterilised 10 kg sont en rupture depuis 3 semaines, "
                "vous savez quand ça revient ?"
            ),
            (
                "je voudrais réserver la salle paroissiale pour la kermesse, environ {n} "
                "personnes, le dimanche après la messe"
            ),
            "ma PS5 affiche l'erreur CE-108255-1 depuis la mise à jour {version}",
            "Bonjour, le parking relais de la gare de Lourdes est gratuit avec un billet TER ?",
            (
                "Florence est desservie par Italo depuis Milan ou seulement par Trenitalia ? on y "
                "va en mai"
            ),
            (
                "salut, mon abo Prime Gaming sur Twitch a pas été renouvelé, j'ai perdu mon sub, "
                "c'est normal ?"
            ),
            (
                "Le Marché de Noël de Strasbourg ouvre à quelle date cette année ? On arrive en "
                "TGV le {date}"
            ),
            (
                "Le passe Navigo de mon fils ne passe plus aux portiques de Châtelet depuis lundi, "
                "il a 2 mois"
            ),
            "bonjour j'ai commandé 2 baguettes tradition et un Paris-Brest pour 8h, c'est prêt ?",
            (
                "location Getaround du week-end : compteur 48 210 km au départ, 48 530 au retour, "
                "pourquoi vous facturez 400 km ?"
            ),
            "Combien coûte le Paris Museum Pass 4 jours ? et Orsay est inclus ?",
            (
                "Le colis Colissimo est marqué livré en point relais mais le tabac dit ne rien "
                "avoir. Suivi 6C09876543210"
            ),
            (
                "Y a-t-il des navettes pour le Festival d'Avignon depuis la gare TGV ? le {date} "
                "on arrive à {time}"
            ),
            (
                "Bonjour, on peut annuler un billet Prem's ? j'ai pris le mauvais jour, c'était "
                "pour le train du vendredi"
            ),
            "mon abonnement Netflix est passé de Standard à Premium tout seul, facture du {date}",
            "Vous faites encore les visites nocturnes du Mont-Saint-Michel en juillet ?",
            (
                "Mon chat vomit les nouvelles croquettes achetées mardi, lot 23154B, je peux les "
                "rapporter ?"
            ),
            (
                "Le TGV Lyria pour Genève part bien du hall 1 de la Gare de Lyon ? voiture 3 "
                "places 21 et 22"
            ),
            (
                "Bonsoir, il faut combien de temps pour un colis DHL d'Allemagne vers la Belgique "
                "? envoyé lundi, 2,3 kg"
            ),
            "Pour la Toussaint, la boulangerie est ouverte le matin ? et le 11 novembre ?",
            (
                "J'ai loué chez Sixt à Marseille Saint-Charles et rendu à Toulouse, frais "
                "d'abandon {price} ??"
            ),
            "Le musée d'Orsay accepte les poussettes ? on a une poussette double",
            (
                "bonjour la mise à jour {version} de l'appli SNCF Connect a effacé mes billets et "
                "j'ai un voyage demain matin"
            ),
            (
                "Le loto de la fête paroissiale, c'est toujours {price} le carton ? et c'est au "
                "foyer rural ou à la salle des fêtes ?"
            ),
            "est-ce que le bus 38 va jusqu'à la gare du Nord le dimanche pendant les travaux",
            "j'ai un bon cadeau n° {order} pour une visite guidée, il expire quand ?",
            (
                "Vous livrez en Belgique ? par Bpost ou Mondial Relay ? c'est une cage pour lapin "
                "de 14 kg"
            ),
            "Bonjour, la Nuit Blanche tombe le samedi {date}, les bus de nuit roulent plus tard ?",
            "l'appli Zity dit que la voiture est à 12 % de batterie alors que j'ai fait 9 km",
            (
                "Bonjour, le train de nuit Paris-Briançon est maintenu pendant la grève ? départ "
                "d'Austerlitz à {time}"
            ),
            (
                "Le carnaval de Nice dure combien de temps ? on voudrait venir en Ouigo un "
                "week-end de février. Il faut réserver les tribunes à l'avance ou on peut prendre "
                "les places sur place ? Merci d'avance"
            ),
            (
                "Je voudrais savoir si la brioche du dimanche est faite au beurre, mon fils est "
                "allergique aux fruits à coque"
            ),
            (
                "Je cherche un harnais rose pour chaton, taille XS, vous en avez à la boutique de "
                "Lille ?"
            ),
            "Bonjour, le Pass Culture marche pour la visite guidée des Hospices de Beaune ?",
        ],
        "person": [
            "bonjour, je suis {name}, j'ai réservé une voiture chez vous pour samedi",
            "{last} m'a répondu que le remboursement prendrait 10 jours, ça fait un mois",
            "le contrat est au nom de {name} mais c'est {first} qui conduit",
            "La visite avec {first} était top, merci de transmettre !",
            "Pourriez-vous dire à {title} {last} que nous viendrons à 15h ?",
            "Cordialement,\n{name}",
            "j'étais avec {first} à la visite de 14h, on a oublié un parapluie dans le car",
            "Voyageurs : {name}, {first} et moi",
            "d'après l'appli c'est {first} qui livrait, et le colis est resté devant la porte",
            "bisous, {first}",
            "{first} m'a dit au guichet que le billet était échangeable",
            "j'écris pour {name}, qui n'a pas internet",
            "Est-ce que {title} {last} reçoit au presbytère cette semaine ?",
            "le compte est au nom de {name_lc}, j'ai oublié le mot de passe",
            "C'est {name} qui a commandé, je passe récupérer le gâteau",
            "{last} a signé pour le colis, mais je connais personne de ce nom",
            "Bonne journée, {first}",
            "Bonjour, c'est {first}, je reviens vers vous pour la cage du lapin",
            "titulaire du contrat : {name}",
            "On est {first}, {last} et deux enfants, la voiture est assez grande ?",
            "M. {last} de l'office de tourisme m'a conseillé de vous écrire",
            "Mme {last} nous a fait visiter le château, il y a aussi une visite de nuit ?",
            "Le compte Steam de {first} a été piraté, 3 jeux achetés cette nuit",
            "La commande est au nom de {name}, pour samedi 10h",
            "Merci d'avance,\n{name}\nComité des fêtes",
            "Pour l'association, le contact c'est {name}",
            "{first} m'a parlé de vos ateliers pour enfants au musée",
            "Salut {first}, merci pour ton aide hier !",
            "{name} et moi avons réservé la visite de 11h, il manque un billet",
            "Réservé au nom de {last}, 2 personnes, voiture 7",
            "À l'attention de {title} {last} : le colis peut être déposé chez moi",
            "envoyé par {first} depuis mon téléphone",
            "Aujourd'hui c'est {name} qui a livré, le colis est chez la voisine comme demandé",
        ],
        "phone": [
            "tél : {phone}",
            "tel:{phone}",
            "portable {phone}",
            "Vous pouvez me joindre au {phone}",
            "mon numéro c'est le {phone}",
            "WhatsApp : {phone}",
            "Le livreur peut m'appeler au {phone}",
            "n° de portable : {phone}, après 18h",
            "rappelez moi au {phone} svp",
            "nouveau numéro : {phone}",
            "pour la location, joignable au {phone}",
            "SMS seulement au {phone}, je suis au travail",
            "fixe : {phone}",
            "Le numéro sur mon compte est faux, le bon c'est {phone}",
            "tél.{phone}",
            "en cas de souci avec la commande : {phone}",
        ],
        "address": [
            "adresse de livraison : {address}",
            "livrez au {street} svp, 2e étage",
            "Nouvelle adresse :\n{block}",
            "j'habite {street}, c'est dans la zone de livraison ?",
            "Le colis est parti au {street}, c'est pas chez moi",
            "adresse de facturation : {address}",
            "je récupère la voiture au {address} ?",
            "Envoyez les croquettes au {street}, la sonnette est en panne",
            "Expédier à :\n{block}",
            "j'ai déménagé, c'est maintenant {address}",
            "le retour est reparti au {street}, pourquoi ?",
            "je suis devant le {street}, le chauffeur me trouve pas",
            "pour la kermesse, livrez au {address}",
            "adresse pour la carte d'adhérent : {address}",
            "Le {street} est en zone 1 ou 2 ?",
            "Merci de livrer au {street}, code porte 4821B",
        ],
        "mixed": [
            "Nom : {name}\nAdresse : {address}\nTél : {phone}",
            "{name}, {street}, sonnez svp",
            "mail : {email}, tél {phone}",
            "Titulaire : {name}, portable {phone}",
            "Facture à envoyer à {email}, adresse {address}",
            "c'est {first}, livraison au {street}",
            "Cordialement\n{name}\n{phone}",
            "Commande de {title} {last}, {address}",
            "Contact de l'association : {name} ({email})",
            "Le retrait se fera par {name}, joignable au {phone}",
            "Pour {name} :\n{block}",
        ],
    },
    "es": {
        "harmless": [
            (
                "hola, el AVE de las {time} a Sevilla se ha cancelado, localizador {order}. me "
                "devolveis el dinero o que"
            ),
            (
                "El Ouigo Madrid-Barcelona salió de Chamartín con 40 minutos de retraso, coche 5 "
                "plaza 12A. ¿hay compensación?"
            ),
            (
                "buenas, en Atocha la maquina se tragó el billete de Cercanías, línea C-3, a eso "
                "de las 8"
            ),
            (
                "tengo un coche en Europcar Málaga para el {date}, reserva {order}, pero el vuelo "
                "llega a las 23:50, ¿sigue abierto el mostrador?"
            ),
            "el Prado abre los lunes? somos un grupo de {n} alumnos de {city}",
            "Correos dice entregado pero aquí no hay nada, envío PQ4B2C0123456780128001X",
            "el Citypaq de la estación no abre, código 448 912, caduca a las {time}",
            (
                "¿Las Fallas de este año empiezan el 1 de marzo o el 15? queremos poner un puesto "
                "de buñuelos"
            ),
            (
                "Sixt me ha cobrado {price} de limpieza por pelos de perro y no llevábamos perro. "
                "contrato {order}"
            ),
            "¿La tarjeta Renfe Joven sigue valiendo si me caduca a mitad del viaje?",
            "el Game Pass me ha subido a {price} sin avisar, ¿puedo volver al plan de antes?",
            "Steam me cobró dos veces 59,99 € por el mismo juego, pedido {order}",
            (
                "¿Hacéis roscón de Reyes por encargo? quería 3 con nata para el Día de Reyes, el 6 "
                "por la mañana"
            ),
            "¿Se puede llevar un perro pequeño en el Alvia? pesa 7 kg y va en transportín",
            (
                "El FlixBus de Estación Sur a {city} salió antes de hora y lo perdimos, billete "
                "{order}"
            ),
            "¿Las visitas guiadas de la Alhambra son también en inglés? para el {date}",
            (
                "Correos me dejó aviso de llegada y estuve en casa todo el día. Certificado "
                "CD0123456789ES"
            ),
            (
                "buenas, el pienso Royal Canin Mini Adult de 8 kg lleva 3 semanas agotado, ¿sabéis "
                "cuándo vuelve?"
            ),
            (
                "Queremos reservar el salón parroquial para la cena de la Noche de San Juan, unas "
                "{n} personas"
            ),
            "mi PS5 da el error CE-100005-6 desde la actualización {version}",
            "¿Cuánto cuesta la entrada al Museo Arqueológico Nacional con carné de estudiante?",
            "¿Los Sanfermines empiezan el 6 o el 7 de julio? vamos en BlaBlaCar desde {city}",
            "Reservé un Mercedes Clase A y me dan un Seat Ibiza... ¿me devolvéis la diferencia?",
            "el abono transporte de mi hijo no pasa por los tornos de Sol desde el lunes",
            "Hola! a qué hora abre la panadería el Domingo de Ramos? quiero 2 barras y 6 torrijas",
            (
                "¿La tarifa de Share Now es por minuto o por km? me han cobrado 0,31 €/min y "
                "pensaba que era 0,26"
            ),
            "¿La Sagrada Familia tiene descuento para familia numerosa? somos 2 adultos y 4 niños",
            "el paquete de GLS lleva 5 días en el centro de Coslada, número 92345678901",
            (
                "¿A qué hora pasa la procesión del Jueves Santo? para saber cuándo cortan la calle "
                "de la panadería"
            ),
            "Hola, alquilo en Hertz en Santiago y lo devuelvo en Vigo, ¿cuánto es el suplemento?",
            "¿Hay autocar a Lourdes para la peregrinación de la parroquia? salida el {date}",
            "Netflix me cobra {price} y tengo el plan básico con anuncios, factura del {date}",
            "¿La línea 7 del metro llega al Metropolitano los días de partido?",
            "¿Dónde recojo el paquete si InPost no tiene taquilla en mi barrio?",
            "¿El Viernes de Dolores abrís la tienda? aquí en Murcia es fiesta local",
            (
                "¿En la Semana Grande de Bilbao ponen autobuses nocturnos especiales? vamos 6 "
                "desde Getxo"
            ),
            "hola mi gato no quiere el pienso nuevo, lote 23154B, ¿lo puedo devolver abierto?",
            (
                "¿El museo tiene consigna para maletas? llegamos del aeropuerto a las {time} con 2 "
                "maletas grandes"
            ),
            "pagué {price} por la entrada combinada y sólo nos dejaron ver una sala",
            "el R2 Sud de Rodalies iba tan lleno que no pudimos subir en Sants y perdimos el vuelo",
            "Buenas, ¿el cupón {order} sirve para la tienda online o sólo para la física?",
            "¿A qué hora salen los gigantes y cabezudos en las fiestas del pueblo?",
            (
                "el coche de Zity no se abre con la app, versión {version}, llevo 20 minutos en la "
                "calle"
            ),
            "El paquete de Amazon lo dejaron en el buzón del 3ºB y el vecino no me lo da",
            "¿Me podéis guardar 12 ensaimadas para el sábado? las recogemos antes de las 10",
            (
                "Hola, ¿la Feria de Abril es la semana del {date}? queremos alquilar un coche para "
                "ir desde {city}"
            ),
            "mi Nintendo Switch no conecta a la eShop, error 2811-7503",
            "El revisor del Media Distancia nos dijo que el perro tenía que ir con bozal, ¿es así?",
            (
                "¿Cuánto cuesta mandar un paquete de 2 kg a Portugal por Correos Express? y a "
                "Canarias?"
            ),
            (
                "La verbena del barrio es el {date}, ¿las mesas y sillas las presta el "
                "ayuntamiento o las alquila la parroquia?"
            ),
            "¿Ya tenéis la jaula para conejos de 120 cm? referencia 7501031",
            "Hola, la tarjeta Más Renfe tiene 3.420 puntos pero no me deja canjearlos",
            (
                "¿Hacéis visitas guiadas por el casco antiguo de Toledo los domingos? a las 11 o a "
                "las 12"
            ),
            "Me cobraron el depósito lleno, {price}, y lo devolví lleno. Alquiler en Barajas T4",
            "el Twitch Turbo se renovó aunque lo cancelé en febrero",
            "¿Cuándo es la Cabalgata de Reyes este año? el 5 por la tarde como siempre?",
            (
                "Buenas, el billete a Valencia sale a {price} en la web y a 42 € en la app, ¿cuál "
                "vale?"
            ),
            "¿El acuario de 60 litros trae filtro y calentador? el modelo AQ-60 en negro",
            "¿Abrís el Día de la Hispanidad? y el lunes siguiente?",
            "Hola, el localizador {order} no me aparece en Mis Viajes, lo compré ayer a las {time}",
            "El bus a la playa de la Victoria, ¿funciona en invierno o sólo en verano?",
            "¿Qué descuento tiene el bono de {n} viajes? en la máquina no lo pone",
            "Hola, en el mercado de abastos, el puesto 23 de la fruta abre por la tarde?",
            (
                "¿Hay autobús desde Cangas de Onís a los Lagos de Covadonga en agosto o hay que "
                "subir en coche?"
            ),
            (
                "Quería saber si el Museo de Historia de {city} abre en agosto, el año pasado "
                "cerraron por obras. Vamos con los abuelos y necesitamos que haya ascensor. Gracias"
            ),
        ],
        "person": [
            "hola, soy {name}, tengo una reserva de coche para el sábado",
            "{last} me contestó que el reembolso tardaría 10 días, y ya va un mes",
            "el contrato está a nombre de {name} pero conduce {first}",
            "El tour con {first} nos encantó, dadle las gracias de nuestra parte",
            "¿Puede decirle a {title} {last} que vamos a las 15h?",
            "Un saludo,\n{name}",
            "estuve con {first} en la visita de las 14h y nos dejamos un paraguas en el bus",
            "Pasajeros: {name}, {first} y yo",
            "según la app el reparto lo hacía {first}, y el paquete acabó en el portal",
            "besos, {first}",
            "{first} me dijo en la taquilla que el billete se podía cambiar",
            "escribo en nombre de {name}, que no tiene internet",
            "¿Está {title} {last} en el despacho parroquial esta semana?",
            "la cuenta está a nombre de {name_lc}, olvidé la contraseña",
            "Lo encargó {name}, paso yo a recogerlo",
            "{last} firmó la entrega pero aquí no vive nadie con ese nombre",
            "Gracias, {first}",
            "Hola, soy {first} otra vez, por lo de la jaula del conejo",
            "titular del alquiler: {name}",
            "Somos {first}, {last} y dos niños, ¿cabemos en el coche?",
            "Don {last} de la oficina de turismo me dijo que os escribiera",
            "Doña {last} nos enseñó el castillo, ¿hay visita nocturna?",
            "A {first} le hackearon la cuenta de Steam",
            "El pedido está a nombre de {name}, para el sábado a las 10",
            "Saludos cordiales,\n{name}\nComisión de fiestas",
            "La peña la lleva {name}, a quien hay que escribir para las camisetas",
            "{first} me habló de vuestros talleres para niños en el museo",
            "Gracias {first} por la ayuda de ayer!",
            "{name} y yo reservamos la visita de las 11, falta una entrada",
            "Reservado a nombre de {last}, 2 personas, coche 7",
            "Para {title} {last}: el paquete lo pueden dejar en mi casa",
            "enviado por {first} desde el móvil",
            "Hoy el paquete lo trajo {name} y lo dejó en el bar de abajo, como pedí",
        ],
        "phone": [
            "móvil: {phone}",
            "movil:{phone}",
            "tlf {phone}",
            "Mi número es el {phone}",
            "llamadme al {phone} cuando llegue el repartidor",
            "WhatsApp: {phone}",
            "tel. {phone} a partir de las 6",
            "nuevo número: {phone}",
            "Para cualquier cosa: {phone}",
            "sólo SMS al {phone}, estoy trabajando",
            "fijo {phone}",
            "El número de mi cuenta está mal, el bueno es {phone}",
            "¿Me podéis llamar al {phone}?",
            "si la panadería está cerrada avisadme al {phone}",
            "Tfno.: {phone}",
            "telefono {phone}\nestoy en la estacion",
        ],
        "address": [
            "dirección de entrega: {address}",
            "mandadlo a {street}, 2º izquierda",
            "Nueva dirección:\n{block}",
            "vivo en {street}, ¿entra en la zona de reparto?",
            "El paquete fue a {street}, que no es mi casa",
            "dirección de facturación: {address}",
            "¿recojo el coche en {address}?",
            "Enviad el pienso a {street}, el timbre no funciona",
            "Enviar a:\n{block}",
            "me he mudado, ahora estoy en {address}",
            "la devolución volvió a {street}, ¿por qué?",
            "estoy en {street}, el conductor no me encuentra",
            "para la verbena, entregad en {address}",
            "dirección para el carné de socio: {address}",
            "¿{street} está en zona A o B?",
            "Dejadlo en {street}, en la portería",
        ],
        "mixed": [
            "Nombre: {name}\nDirección: {address}\nMóvil: {phone}",
            "{name}, {street}, llamad al timbre",
            "correo: {email}, tel {phone}",
            "Conduce: {name}, móvil {phone}",
            "Mandad la factura a {email}, dirección {address}",
            "soy {first}, entrega en {street}",
            "Un saludo\n{name}\n{phone}",
            "Cliente: {title} {last}, {address}",
            "Contacto de la asociación: {name} ({email})",
            "Lo recoge {name}, localizable en el {phone}",
            "Para {name}:\n{block}",
        ],
    },
    "it": {
        "harmless": [
            (
                "buongiorno, il Frecciarossa delle {time} per Napoli è stato cancellato, codice "
                "PNR {order}. come faccio per il rimborso"
            ),
            "Italo mi ha addebitato {price} per il cambio ma avevo la tariffa Flex",
            "carrozza 8 posto 12D, aria condizionata rotta, treno 9541 da Milano Centrale",
            "gli Uffizi sono aperti il lunedì? veniamo il {date} con {n} studenti da {city}",
            "Poste Italiane dice consegnato ma non c'è niente, raccomandata 15012345678-9",
            "il locker a Porta Nuova non si apre, codice 553 901, scade alle {time}",
            "quando si corre il Palio di Siena quest'anno? il 2 luglio e il 16 agosto come sempre?",
            "Hertz Firenze mi chiede {price} per un graffio che c'era già, contratto {order}",
            "la Carta Verde vale anche su Italo o solo su Trenitalia?",
            "il Game Pass è aumentato a {price}, posso tornare al piano di prima?",
            "Steam mi ha addebitato due volte 69,99 € per lo stesso gioco, ordine {order}",
            "fate la colomba per Pasqua su ordinazione? me ne servono 3 per sabato mattina",
            "si può portare un cane piccolo sul regionale? pesa 6 kg e sta nel trasportino",
            (
                "il FlixBus da Tiburtina per {city} è partito in anticipo e l'abbiamo perso. "
                "biglietto {order}"
            ),
            "le visite guidate al Colosseo si fanno anche in inglese? per il {date}",
            (
                "le crocchette Royal Canin Sterilised 10 kg sono esaurite da 3 settimane, quando "
                "tornano?"
            ),
            (
                "vorremmo prenotare l'oratorio per la festa patronale, circa {n} persone, domenica "
                "dopo la messa"
            ),
            "la PS5 dà errore CE-108255-1 dopo l'aggiornamento {version}",
            "Il parcheggio della stazione di Santa Maria Novella è compreso nel biglietto?",
            "Mercedes Classe A prenotata e mi date una Panda, mi rimborsate la differenza?",
            "il bus 64 arriva fino a San Pietro anche la domenica?",
            "buongiorno, quanto costa spedire un pacco di 3 kg in Germania con Poste Delivery?",
            "il mercato di Campo de' Fiori è aperto anche la domenica?",
            "Netflix mi addebita {price} e ho il piano base, fattura del {date}",
            "ciao, il panettone artigianale lo spedite anche fuori regione? con SDA o BRT?",
            (
                "a che ora parte la processione del Venerdì Santo? per sapere quando chiudono la "
                "strada del forno"
            ),
            (
                "l'auto di Share Now non si chiude con l'app, versione {version}, sono qui da 20 "
                "minuti sotto la pioggia"
            ),
            "posso usare il buono {order} anche per la visita guidata notturna?",
            (
                "il regionale veloce per Genova Brignole aveva 50 minuti di ritardo, posso "
                "chiedere l'indennizzo?"
            ),
            "la gabbia per conigli da 120 cm, codice articolo 7501031, c'è nel negozio di Bologna?",
            "ciao, il pacco GLS è fermo da 5 giorni a Piacenza, numero spedizione 1234567890",
            "il 2 giugno per la Festa della Repubblica siete aperti? e a Ferragosto?",
            "quanto dura la visita guidata dei Musei Vaticani? 2 ore o 3?",
            (
                "mi avete addebitato il pieno, {price}, e l'ho riportata piena. noleggio "
                "all'aeroporto di Fiumicino"
            ),
            "il biglietto del Palio in tribuna costa davvero 350 euro?",
            (
                "Buonasera, il treno per Firenze parte dal binario 9 o dal 19? il tabellone dice "
                "cose diverse"
            ),
            "la CartaFRECCIA ha 4.200 punti ma non riesco a usarli",
            "ciao! mi tenete 12 cornetti alla crema per domenica? passo prima delle 9",
            "avete il guinzaglio rosa taglia S? ne ho visto uno in vetrina nel negozio di via Roma",
            "C'è una navetta da Termini per il concerto del Primo Maggio? e fino a che ora?",
            (
                "Salve, volevo sapere se il museo di {city} è accessibile con la carrozzina. Mia "
                "madre ha 84 anni e cammina poco. Ci sono anche panchine lungo il percorso? Grazie "
                "mille"
            ),
        ],
        "person": [
            "buongiorno, sono {name}, ho una macchina prenotata per sabato",
            "{last} mi ha risposto che il rimborso arriva in 10 giorni, ma è passato un mese",
            "il contratto è intestato a {name} ma guida {first}",
            "la visita con {first} ci è piaciuta tantissimo, ringraziate da parte nostra",
            "Può dire a {title} {last} che arriviamo alle 15?",
            "Cordiali saluti,\n{name}",
            "ero con {first} alla visita delle 14, abbiamo dimenticato un ombrello sul pullman",
            "Passeggeri: {name}, {first} e io",
            (
                "secondo l'app la consegna l'ha fatta {first}, ma il pacco è rimasto davanti al "
                "portone"
            ),
            "baci, {first}",
            "{first} mi ha detto in biglietteria che il biglietto si poteva cambiare",
            "scrivo per conto di {name}, che non usa internet",
            "{title} {last} c'è in parrocchia questa settimana?",
            "l'account è a nome di {name_lc}, ho perso la password",
            "ha ordinato {name}, la torta la ritiro io",
            "{last} ha firmato la consegna ma qui non abita nessuno con quel nome",
            "Grazie, {first}",
            "Ciao, sono {first}, di nuovo per la gabbia del coniglio",
            "noleggio intestato a: {name}",
            "siamo {first}, {last} e due bambini, ci stiamo in macchina?",
            "il signor {last} dell'ufficio turistico mi ha detto di scrivervi",
            "la signora {last} ci ha fatto visitare il castello, c'è anche la visita serale?",
            "a {first} hanno hackerato l'account Steam",
            "L'ordine è a nome di {name}, per sabato alle 10",
            "Saluti,\n{name}\nComitato festa patronale",
            "{first} mi ha parlato dei vostri laboratori per bambini al museo",
            "grazie {first} per l'aiuto di ieri!",
            "{name} e io abbiamo prenotato la visita delle 11, manca un biglietto",
            "Prenotato a nome {last}, 2 persone, carrozza 7",
            "Per {title} {last}: il pacco si può lasciare da me",
            "inviato da {first} dal telefono",
            "Mi chiamo {name} e vorrei sapere se il mio cane può salire sul Frecciarossa",
            "Oggi il pacco l'ha portato {name} e l'ha lasciato al bar sotto casa, come chiesto",
        ],
        "phone": [
            "cell: {phone}",
            "cell.{phone}",
            "tel. {phone}",
            "il mio numero è {phone}",
            "chiamatemi al {phone} quando arriva il corriere",
            "WhatsApp: {phone}",
            "telefono {phone} dopo le 18",
            "nuovo numero: {phone}",
            "Per qualsiasi cosa: {phone}",
            "solo SMS al {phone}, sono al lavoro",
            "fisso {phone}",
            "Il numero sull'account è sbagliato, quello giusto è {phone}",
            "mi potete richiamare al {phone}?",
            "se il forno è chiuso avvisatemi al {phone}",
            "Recapito telefonico: {phone}",
            "cellulare:{phone}\nsono in stazione",
        ],
        "address": [
            "indirizzo di consegna: {address}",
            "mandatelo in {street}, secondo piano",
            "Nuovo indirizzo:\n{block}",
            "abito in {street}, rientra nella zona di consegna?",
            "Il pacco è andato in {street}, non è casa mia",
            "indirizzo di fatturazione: {address}",
            "ritiro la macchina in {address}?",
            "Mandate le crocchette in {street}, il campanello non va",
            "Spedire a:\n{block}",
            "mi sono trasferito, ora sto in {address}",
            "il reso è tornato in {street}, perché?",
            "sono in {street}, l'autista non mi trova",
            "per la sagra, consegnate in {address}",
            "indirizzo per la tessera socio: {address}",
            "{street} è in zona A o B?",
            "Lasciatelo in {street}, dal portiere",
        ],
        "mixed": [
            "Nome: {name}\nIndirizzo: {address}\nCell: {phone}",
            "{name}, {street}, suonate pure",
            "mail: {email}, tel {phone}",
            "Intestato a {name}, cell. {phone}",
            "Mandate la fattura a {email}, indirizzo {address}",
            "sono {first}, consegna in {street}",
            "Saluti\n{name}\n{phone}",
            "Ordine di {title} {last}, {address}",
            "Contatto dell'associazione: {name} ({email})",
            "Ritira {name}, reperibile al {phone}",
            "Per {name}:\n{block}",
        ],
    },
    "nl": {
        "harmless": [
            (
                "hoi, mijn intercity van {time} naar Amsterdam Centraal is uitgevallen, krijg ik "
                "geld terug? boeking {order}"
            ),
            "De NS-app zegt spoor 5b maar de trein staat op 7a, wat klopt er nou",
            (
                "We hadden bij Sixt op Schiphol een Golf geboekt en kregen een Fiat, contract "
                "{order}. ook geen kinderzitje"
            ),
            "Is het Rijksmuseum op maandag open? We komen op {date} met {n} leerlingen uit {city}",
            "PostNL zegt bezorgd maar er is niks, track & trace 3SABCD123456789",
            "het pakketkluisje bij het station gaat niet open, code 448 213, verloopt om {time}",
            (
                "Valt Koningsdag dit jaar op zaterdag of op de 26e? wij willen een kraampje voor "
                "de bakker"
            ),
            (
                "Greenwheels rekent {price} voor schoonmaak wegens hondenharen, maar we hadden "
                "geen hond bij ons. rit {order}"
            ),
            "Geldt Dal Voordeel ook in de ICE naar Frankfurt?",
            "Game Pass is naar {price} gegaan, kan ik terug naar het oude abonnement?",
            "Steam heeft 2x 59,99 afgeschreven voor hetzelfde spel, bestelling {order}",
            (
                "Bakken jullie ook oliebollen voor oudejaarsavond? ik wil er 50 bestellen, ophalen "
                "om 12 uur"
            ),
            "Mag een kleine hond mee in de sprinter? 6 kilo, in een tas",
            (
                "De FlixBus van Utrecht naar {city} is te vroeg vertrokken, we hebben hem gemist. "
                "ticket {order}"
            ),
            "Zijn de rondleidingen in het Scheepvaartmuseum ook in het Engels? voor {date}",
            (
                "de brokken van Royal Canin Sterilised 10 kg zijn al 3 weken uitverkocht, wanneer "
                "komen ze terug?"
            ),
            (
                "We willen het parochiehuis huren tijdens de kermis, ongeveer {n} mensen, zondag "
                "na de mis"
            ),
            "mijn PS5 geeft foutcode CE-108255-1 sinds update {version}",
            (
                "Hoi, de OV-chipkaart van mijn zoon werkt niet meer bij de poortjes van Rotterdam "
                "Centraal"
            ),
            (
                "NMBS: mijn trein Brussel-Zuid naar Gent had 45 minuten vertraging, krijg ik "
                "compensatie?"
            ),
            (
                "Mercedes A-klasse gereserveerd, een Opel Corsa gekregen... krijg ik het verschil "
                "terug?"
            ),
            "Is de weekmarkt op de Grote Markt in Haarlem op maandag ook?",
            "Netflix rekent {price} en ik heb het basisabonnement, factuur van {date}",
            "Versturen jullie ook naar België? Met bpost of DHL? het is een konijnenhok van 14 kg",
            "Hoe laat begint de carnavalsoptocht in Maastricht? en rijden er dan extra treinen",
            "Zijn jullie open op tweede paasdag? en met Hemelvaart?",
            (
                "De MyWheels auto ging niet open met de app, versie {version}, stond 20 minuten in "
                "de regen"
            ),
            "Kan ik de cadeaubon {order} ook gebruiken voor de rondvaart met gids?",
            (
                "de sprinter naar Zwolle reed niet door een seinstoring, ik heb 42 euro aan taxi "
                "betaald"
            ),
            (
                "Het konijnenhok van 120 cm, artikelnummer 7501031, hebben jullie dat in de winkel "
                "in Breda?"
            ),
            "GLS pakket staat al 5 dagen in het depot in Nieuwegein, zendingsnummer 12345678901",
            "Hoe lang duurt de rondleiding door het Rijksmuseum? 1 uur of 2?",
            (
                "Ik heb de tank vol betaald, {price}, en hem vol teruggebracht. gehuurd op "
                "Schiphol Plaza"
            ),
            "Is de Efteling bereikbaar met de bus vanaf station 's-Hertogenbosch?",
            "Zijn de tompoezen met Koningsdag oranje? ik wil er 30, ophalen om 9",
            "Vertrekt de trein naar Parijs van spoor 15 of 16? het bord zegt zie monitor",
            (
                "Op de rekening staat 17,4 kWh geladen maar de auto had daarna maar 60%. Share Now "
                "rit van zaterdag"
            ),
            "Is de Tilburgse Kermis dit jaar in juli? en zijn er extra nachtbussen?",
            "mijn Nintendo Switch maakt geen verbinding met de eShop, fout 2811-7503",
            (
                "hoi, is er nog plek in de rondleiding van zondag {time}? 2 volwassenen en een "
                "kind van 8"
            ),
            (
                "Ik heb een aangetekende brief verstuurd via PostNL maar hij is nooit aangekomen, "
                "nummer RR123456789NL"
            ),
            "Geldt de Museumkaart ook voor tijdelijke tentoonstellingen in het Stedelijk?",
            "Wat kost een kaartje voor de Keukenhof met de bus vanaf Leiden Centraal?",
            (
                "De bus van Arriva lijn 300 reed vanochtend gewoon door, de halte stond vol mensen "
                "om 7:40"
            ),
            "Kan ik bij jullie een stokbrood en 6 krentenbollen reserveren voor zaterdag?",
            "Is de nachtmis met Kerstmis in de Sint-Janskathedraal om 22 uur of om middernacht?",
            "hoi ik wil mijn Twitch abonnement opzeggen maar de knop doet niks",
            (
                "Waarom kost verzenden naar Duitsland {price} en binnen Nederland 6,95? zelfde "
                "pakket, 2 kg"
            ),
            "Hebben jullie het aquarium van 60 liter met filter en verwarming ook in zwart?",
            "Ik sta bij Amsterdam Centraal aan de IJ-kant en zie geen FlixBus, vertrek was {time}",
            (
                "Mijn bestelling bij de dierenwinkel is maar half geleverd, bestelnummer {order}, "
                "het deksel van de kattenbak ontbreekt"
            ),
            "Kun je met de Eurostar van Rotterdam naar Londen met een fiets?",
            (
                "We organiseren een braderie op {date}, moeten we de vergunning bij de gemeente of "
                "bij jullie aanvragen?"
            ),
            (
                "Volgens mijn NS Flex afrekening reisde ik zondag naar Maastricht, maar ik was "
                "gewoon thuis"
            ),
            "Vaart de rondvaartboot nog tijdens de Lichtjesroute? we zijn met {n} personen",
            (
                "hallo, de paaseitjes die ik dinsdag bestelde waren allemaal gesmolten, bestelnr "
                "{order}"
            ),
            "Hoe laat sluit het Spoorwegmuseum op woensdag?",
            "Krijg ik korting met een CJP-pas bij het Rijksmuseum?",
            "Wanneer komen de NS Zomertoer kaartjes weer in de verkoop? vorig jaar vanaf mei",
            (
                "Op de factuur staat een boete van 25 euro voor te laat inleveren, maar ik stond "
                "om {time} al op de parkeerplaats"
            ),
            (
                "Hebben jullie graanvrij kattenvoer? mijn kater krijgt uitslag van het merk dat ik "
                "nu heb"
            ),
            (
                "Mag ik met een kaartje van {date} ook een dag later reizen? het was een Dal Vrij "
                "kaartje"
            ),
            (
                "Is het bloemencorso in de Bollenstreek dit jaar in april? rijden er extra treinen "
                "vanaf Haarlem?"
            ),
            (
                "Volgens de folder is het stadhuis uit {year}, klopt dat? de gids vertelde tijdens "
                "de wandeling iets anders"
            ),
            (
                "Goedemiddag, ik heb gisteren via de app een dagkaart voor de tram gekocht maar "
                "hij verschijnt niet in mijn tickets. Het bedrag is wel afgeschreven. Kunnen "
                "jullie kijken wat er mis is gegaan?"
            ),
        ],
        "person": [
            "hoi, ik ben {name} en ik heb een auto gereserveerd voor zaterdag",
            "{last} schreef terug dat de terugbetaling 10 dagen duurt, dat is nu een maand geleden",
            "het contract staat op naam van {name} maar {first} rijdt",
            "De rondleiding met {first} was geweldig, bedank diegene namens ons!",
            "Kunt u {title} {last} laten weten dat we om 15 uur komen?",
            "Met vriendelijke groet,\n{name}",
            (
                "ik was met {first} bij de rondleiding van 14 uur en we zijn een paraplu vergeten "
                "in de bus"
            ),
            "Reizigers: {name}, {first} en ik",
            "volgens de app bezorgde {first} het pakket, het stond gewoon voor de deur",
            "groetjes, {first}",
            "{first} zei aan het loket dat ik het kaartje kon omruilen",
            "ik schrijf namens {name}, die geen internet heeft",
            "Is {title} {last} deze week op het parochiecentrum?",
            "het account staat op {name_lc}, wachtwoord vergeten",
            "{name} heeft besteld, ik kom het ophalen",
            "{last} heeft voor ontvangst getekend maar zo iemand woont hier niet",
            "Bedankt, {first}",
            "Hoi, met {first} weer, over het konijnenhok",
            "hoofdbestuurder: {name}",
            "We zijn met {first}, {last} en twee kinderen, passen we in de auto?",
            "Meneer {last} van de VVV zei dat ik jullie moest mailen",
            "Mevrouw {last} heeft ons rondgeleid in het kasteel, is er ook een avondrondleiding?",
            "Het Steam account van {first} is gehackt",
            "De bestelling staat op naam van {name}, voor zaterdag 10 uur",
            "Hartelijke groet,\n{name}\nFeestcommissie",
            "{first} vertelde over jullie kinderworkshops in het museum",
            "Dank je {first} voor de hulp van gisteren!",
            "{name} en ik hebben de rondleiding van 11 uur geboekt, er mist een kaartje",
            "Geboekt op naam {last}, 2 personen, rijtuig 7",
            "Voor {title} {last}: het pakket mag bij mij afgegeven worden",
            "verstuurd door {first} vanaf mijn telefoon",
            "Mijn naam is {name} en ik wil weten of mijn hond mee mag in de intercity",
            "Vandaag bracht {name} het pakket en legde het bij de buren neer, zoals gevraagd",
        ],
        "phone": [
            "gsm: {phone}",
            "gsm:{phone}",
            "tel. {phone}",
            "mijn nummer is {phone}",
            "bel me op {phone} als de bezorger er is",
            "WhatsApp: {phone}",
            "telefoon {phone} na 18 uur",
            "nieuw nummer: {phone}",
            "Voor vragen: {phone}",
            "alleen sms naar {phone}, ik zit op mijn werk",
            "vast nummer {phone}",
            "Het nummer in mijn account klopt niet, het goede is {phone}",
            "kunnen jullie me terugbellen op {phone}?",
            "als de bakker dicht is even appen naar {phone}",
            "mobiel: {phone}",
            "mob:{phone}\nik sta op het perron",
        ],
        "address": [
            "bezorgadres: {address}",
            "stuur het naar {street}, tweede verdieping",
            "Nieuw adres:\n{block}",
            "ik woon op {street}, valt dat binnen het bezorggebied?",
            "Het pakket is naar {street} gegaan, dat is mijn huis niet",
            "factuuradres: {address}",
            "haal ik de auto op bij {address}?",
            "Stuur het hondenvoer naar {street}, de bel doet het niet",
            "Verzenden naar:\n{block}",
            "ik ben verhuisd, nu is het {address}",
            "de retour is teruggegaan naar {street}, waarom?",
            "ik sta op {street}, de chauffeur kan me niet vinden",
            "voor de braderie graag leveren op {address}",
            "adres voor de ledenpas: {address}",
            "Valt {street} in zone A of B?",
            "Graag afleveren op {street}, bij de buren op nummer 12 als ik niet thuis ben",
        ],
        "mixed": [
            "Naam: {name}\nAdres: {address}\nGsm: {phone}",
            "{name}, {street}, graag aanbellen",
            "mail: {email}, tel {phone}",
            "Bestuurder: {name}, mobiel {phone}",
            "Stuur de factuur naar {email}, adres {address}",
            "met {first}, bezorgen op {street}",
            "Groet\n{name}\n{phone}",
            "Besteller: {title} {last}, {address}",
            "Contact van de vereniging: {name} ({email})",
            "{name} haalt het op, bereikbaar op {phone}",
            "Voor {name}:\n{block}",
        ],
    },
    "pl": {
        "harmless": [
            (
                "dzień dobry, mój pociąg PKP Intercity o {time} do Krakowa został odwołany, numer "
                "biletu {order}. jak odzyskać pieniądze"
            ),
            "wagon 8 miejsce 55, nie działa klimatyzacja, pociąg EIP 1301 z Warszawy Centralnej",
            (
                "czy Wawel jest otwarty w poniedziałek? przyjeżdżamy {date} z grupą {n} uczniów z "
                "miasta {city}"
            ),
            (
                "InPost pisze że paczka jest w paczkomacie KRA01M ale skrytka się nie otwiera, kod "
                "559 213"
            ),
            "Poczta Polska: list polecony nr 00659007734567891234 od tygodnia leży w sortowni",
            (
                "Wianki w Krakowie są w tym roku w sobotę czy w niedzielę? chcemy postawić stoisko "
                "z pieczywem"
            ),
            "Europcar w Gdańsku pobrał {price} za rysę która już była. umowa {order}",
            "czy ulga studencka 51% działa też w pociągach Kolei Mazowieckich?",
            "Game Pass podrożał do {price}, mogę wrócić do starego planu?",
            "Steam pobrał dwa razy 249 zł za tę samą grę, zamówienie {order}",
            "Robicie pączki na Tłusty Czwartek na zamówienie? potrzebuję 60 sztuk na czwartek rano",
            "czy mały pies może jechać w TLK? waży 6 kg i jest w transporterze",
            (
                "FlixBus z Dworca Zachodniego do {city} odjechał wcześniej i nie zdążyliśmy. bilet "
                "{order}"
            ),
            (
                "Czy zwiedzanie z przewodnikiem w Muzeum Powstania Warszawskiego jest po "
                "angielsku? na {date}"
            ),
            "karma Royal Canin Sterilised 10 kg jest niedostępna od 3 tygodni, kiedy wróci?",
            "chcemy wynająć salkę parafialną na festyn, około {n} osób, w niedzielę po mszy",
            "PS5 pokazuje błąd CE-108255-1 od aktualizacji {version}",
            "Mercedes klasy A zarezerwowany a dostałem Skodę Fabię, zwrócicie różnicę?",
            "Netflix pobiera {price} a mam plan podstawowy, faktura z {date}",
            "czy wysyłacie też do Niemiec? DHL czy GLS? klatka dla królika waży 14 kg",
            (
                "o której zaczyna się procesja na Boże Ciało? żeby wiedzieć kiedy zamkną ulicę "
                "przy piekarni"
            ),
            "auto z Traficara nie otwiera się przez aplikację, wersja {version}",
            "czy mogę użyć vouchera {order} na zwiedzanie nocne?",
            "pociąg Regio do Gdyni miał 50 minut opóźnienia, należy mi się odszkodowanie?",
            "klatka dla królika 120 cm, indeks 7501031, jest w sklepie w Poznaniu?",
            "paczka GLS stoi od 5 dni w Strykowie, numer przesyłki 12345678901",
            "czy w Wigilię i w Sylwestra jesteście otwarci? a w Nowy Rok?",
            "ile trwa zwiedzanie Kopalni Soli w Wieliczce z przewodnikiem?",
            "zapłaciłem za pełny bak {price} a oddałem auto z pełnym. wypożyczenie na Okęciu",
            "czy paczkomat przy Galerii Krakowskiej jest czynny całą dobę?",
            "odjazd z peronu 3 czy 4? tablica pokazuje co innego niż aplikacja",
            "hej, odłożycie mi 12 drożdżówek na niedzielę? będę przed 9",
            "czy macie smycz w kolorze różowym rozmiar S? na stronie jest tylko czarna",
            "Karta Dużej Rodziny daje zniżkę na bilet do Zamku Królewskiego?",
            "wysyłka do Czech kosztuje {price} a po Polsce 13,99? ta sama paczka 2 kg",
            "Twitch odnowił subskrypcję chociaż anulowałem w lutym",
            "czy na Jarmark Dominikański w Gdańsku jeżdżą dodatkowe pociągi SKM?",
            "Ratusz jest z roku {year}? w czasie spaceru usłyszeliśmy co innego",
            (
                "mam rezerwację BlaBlaCar z Wrocławia, kierowca odwołał przejazd w piątek, dostanę "
                "zwrot opłaty?"
            ),
            (
                "Dzień dobry, kupiłem w aplikacji bilet na wycieczkę statkiem po Wiśle, ale nie "
                "przyszedł mail z kodem QR. Pieniądze zeszły z konta. Co mam zrobić, żeby wejść na "
                "pokład w sobotę?"
            ),
        ],
        "person": [
            "dzień dobry, nazywam się {name}, mam rezerwację auta na sobotę",
            "z tej strony {name}, w sprawie plecaka zgubionego w pociągu",
            "rezerwacja na nazwisko {last}, 2 osoby, wagon 7",
            "Pozdrawiam,\n{name}",
            "Kierowca: {name}",
            "Pasażerowie: {name}, {first} i ja",
            "Przewodnik: {first}, wycieczka o 14",
            "kurier (w aplikacji: {first}) zostawił paczkę pod drzwiami",
            "pozdrawiam, {first}",
            "{first} mówi, że bilet można wymienić, a w kasie mówią że nie",
            "piszę w imieniu osoby o nazwisku {last}, która nie ma internetu",
            "Czy p. {last} jest w tym tygodniu w kancelarii parafialnej?",
            "konto założone na dane: {name_lc}, zapomniałem hasła",
            "Zamawiający: {name}, odbiór w sobotę",
            "Dzięki, {first}",
            "Cześć, tu {first}, znowu w sprawie klatki dla królika",
            "najemca auta: {name}",
            "jedziemy w składzie: {first}, {last} i dwoje dzieci, zmieścimy się?",
            "p. {last} z informacji turystycznej poleca waszą wycieczkę po starówce",
            "Konto Steam, właściciel: {name}, ktoś je przejął w nocy",
            "Zamówienie na nazwisko {name}, na sobotę na 10",
            "Z poważaniem\n{name}\nKomitet festynu",
            "Koordynator wolontariuszy: {name}",
            "{first} poleca wasze warsztaty dla dzieci w muzeum",
            "{name} i ja mamy rezerwację na zwiedzanie o 11, brakuje jednego biletu",
            "Adresat: p. {last}, paczkę można zostawić u mnie",
            "— {first}, pisane z telefonu",
            "Mam na imię {first}, pytanie o karmę dla kota: macie bez zbóż?",
            "Nadawca: {name}, odbiorca ten sam",
            "Osoba kontaktowa w parafii: {name}",
            "{first} jutro odbierze tort, może być?",
            "Bilety kupione na dane: {name}",
            "Imię i nazwisko: {name}",
            "Kurier dzisiaj: {name}, paczka zostawiona u sąsiadów, dzięki",
        ],
        "phone": [
            "tel. {phone}",
            "tel.:{phone}",
            "kom. {phone}",
            "mój numer to {phone}",
            "proszę dzwonić na {phone} jak kurier będzie pod domem",
            "WhatsApp: {phone}",
            "nr telefonu {phone}, po 18",
            "nowy numer: {phone}",
            "W razie czego: {phone}",
            "tylko SMS na {phone}, jestem w pracy",
            "stacjonarny {phone}",
            "Numer na koncie jest zły, poprawny to {phone}",
            "oddzwonicie na {phone}?",
            "jak piekarnia zamknięta to dajcie znać na {phone}",
            "Telefon kontaktowy: {phone}",
            "komórka:{phone}\njestem na dworcu",
        ],
        "address": [
            "adres dostawy: {address}",
            "proszę wysłać na adres: {street}, 2 piętro",
            "Nowy adres:\n{block}",
            "mieszkam tu: {street}, to jest w strefie dostaw?",
            "Paczka poszła na {street}, to nie mój adres",
            "adres do faktury: {address}",
            "odbiór auta: {address}?",
            "Karmę proszę wysłać na {street}, dzwonek nie działa",
            "Wysłać na:\n{block}",
            "przeprowadziłem się, teraz: {address}",
            "zwrot wrócił na {street}, dlaczego?",
            "stoję pod adresem {street}, kierowca mnie nie widzi",
            "na festyn dostawa na adres {address}",
            "adres do karty członkowskiej: {address}",
            "{street} to strefa A czy B?",
            "Proszę zostawić w portierni, adres: {street}",
        ],
        "mixed": [
            "Imię i nazwisko: {name}\nAdres: {address}\nTel: {phone}",
            "{name}, {street}, proszę dzwonić domofonem",
            "mail: {email}, tel {phone}",
            "Kierowca: {name}, kom. {phone}",
            "Fakturę proszę wysłać na {email}, adres {address}",
            "tu {first}, dostawa na {street}",
            "Pozdrawiam\n{name}\n{phone}",
            "Zamawiający: p. {last}, {address}",
            "Kontakt do stowarzyszenia: {name} ({email})",
            "Odbierze {name}, tel. {phone}",
            "Odbiorca: {name}\n{block}",
        ],
    },
    "pt": {
        "harmless": [
            (
                "boa tarde, o Alfa Pendular das {time} para o Porto foi suprimido, bilhete "
                "{order}. como peço o reembolso"
            ),
            "a CP cobrou-me {price} pela troca e eu tinha tarifa flexivel",
            (
                "carruagem 4 lugar 61, o ar condicionado nao funciona, comboio 133 que saiu de "
                "Santa Apolónia"
            ),
            "o Museu do Oriente abre à segunda? vamos no dia {date} com {n} alunos de {city}",
            "os CTT dizem entregue mas não recebi nada, registo RR123456789PT",
            "o cacifo CTT da estação não abre, código 559 213, expira às {time}",
            (
                "os Santos Populares este ano são na noite de 12 para 13 de junho? queremos pôr "
                "uma banca de sardinhas à porta da padaria"
            ),
            "a Europcar de Faro cobrou {price} por um risco que já lá estava, contrato {order}",
            "o Cartão Jovem dá desconto nos Intercidades ou só nos regionais?",
            "o Game Pass subiu para {price}, dá para voltar ao plano antigo?",
            "a Steam cobrou-me 2 vezes 59,99 € pelo mesmo jogo, encomenda {order}",
            "fazem bolo-rei por encomenda para o Dia de Reis? preciso de 3 para dia 6 de manhã",
            "pode-se levar um cão pequeno no Intercidades? tem 6 kg e vai na transportadora",
            "o FlixBus de Sete Rios para {city} partiu antes da hora e perdemos, bilhete {order}",
            "as visitas guiadas ao Mosteiro dos Jerónimos também são em inglês? para dia {date}",
            "a ração Royal Canin Sterilised 10 kg está esgotada há 3 semanas, quando volta?",
            (
                "queremos alugar o salão paroquial para o magusto de São Martinho, cerca de {n} "
                "pessoas"
            ),
            "a minha PS5 dá erro CE-108255-1 desde a atualização {version}",
            "reservei um Mercedes Classe A e deram-me um Renault Clio, devolvem a diferença?",
            "vou ao jogo do Vitória no sábado, há comboio de volta para Guimarães depois das 23h?",
            "a Netflix cobra-me {price} e tenho o plano básico, fatura de {date}",
            "enviam para Espanha? pelos CTT ou pela DHL? é uma gaiola para coelho com 14 kg",
            (
                "a que horas sai a procissão do Corpo de Deus? para saber quando fecham a rua da "
                "padaria"
            ),
            "o carro da Hertz não tranca pela app, versão {version}, estou há 20 minutos à chuva",
            "posso usar o vale {order} na visita guiada noturna?",
            "o regional para Coimbra teve 50 minutos de atraso, tenho direito a indemnização?",
            "gaiola para coelhos de 120 cm, referência 7501031, têm na loja de Alfragide?",
            "a encomenda GLS está parada há 5 dias em Alverca, número 12345678901",
            "estão abertos no feriado do 25 de Abril? e no 1º de Maio?",
            "quanto tempo dura a visita guiada à Torre de Belém?",
            (
                "paguei o depósito cheio, {price}, e entreguei o carro cheio. aluguer no aeroporto "
                "de Lisboa, terminal 1"
            ),
            (
                "a Feira de São Mateus em Viseu é em agosto ou setembro? há autocarros da Rede "
                "Expressos?"
            ),
            "o elétrico 28 passa na Graça ao domingo de manhã?",
            (
                "vamos ao estádio da Luz no domingo, o metro do Colégio Militar fecha a que horas "
                "depois do jogo?"
            ),
            "olá, guardam-me 12 pastéis de nata para domingo? passo antes das 9",
            "têm trela cor-de-rosa tamanho S? no site só aparece a preta",
            "o passe Navegante dá para o comboio até Sintra?",
            (
                "porque é que o envio para a Madeira custa {price} e para o continente 4,50? mesma "
                "caixa de 2 kg"
            ),
            "a Twitch renovou a subscrição apesar de eu ter cancelado em fevereiro",
            "há comboios extra para Fátima no 13 de Maio ou só autocarros?",
            "o Oceanário aceita o Lisboa Card? somos 2 adultos e 3 crianças",
            (
                "bom dia, o bilhete do Alfa tem lugar marcado? na app aparece carruagem 21 lugar "
                "45 mas ninguém controlou"
            ),
            "a linha amarela do metro do Porto vai até ao Hospital de São João?",
            "a BlaBlaCar cobrou-me {price} de taxa de serviço e o condutor cancelou a viagem",
            "a encomenda da Vinted ficou no cacifo errado, o 23 em vez do 32, loja de Odivelas",
            "fazem bolo de aniversário sem glúten? para 20 pessoas, sábado às 15h",
            "o Museu Nacional do Azulejo tem entrada gratuita ao domingo de manhã para residentes?",
            "a Xbox ficou presa no ecrã verde depois da atualização {version}",
            "a CP aceita bicicletas no Intercidades Lisboa-Faro? vamos no dia {date}",
            "há estacionamento na estação de Campanhã para quem apanha o comboio das {time}?",
            (
                "na noite de Santo António a padaria vai estar aberta até tarde? queremos "
                "encomendar broas"
            ),
            "dá para alugar carro na Sixt do Porto sem cartão de crédito? só tenho débito",
            "quando abre a linha Rosa do metro do Porto? é a que vai passar na Boavista?",
            "encomendei 2 broas de milho e um pão de Mafra para as 8h, já estão prontos?",
            "o Pavilhão do Conhecimento aceita o Cartão Jovem?",
            "recebi um SMS dos CTT a pedir 1,99 € de taxa alfandegária, é verdade ou é burla?",
            (
                "a carta registada com aviso de receção, RD987654321PT, voltou para trás sem "
                "motivo nenhum"
            ),
            "quanto custa o bilhete de 72 horas? e inclui o elevador da Bica?",
            "as Festas do Mar em Cascais têm comboios extra à noite?",
            "o meu gato não come a ração nova, lote 23154B, posso devolver aberta?",
            "o Palácio da Pena tem visitas guiadas às {time}? ou só de manhã",
            "a PlayStation Store cobrou {price} de uma pré-venda que eu cancelei",
            "o Carnaval de Torres Vedras tem comboios especiais? vamos num grupo de {n}",
            (
                "o folheto diz que o edifício da Câmara é de {year}, está certo? na visita "
                "disseram outra coisa"
            ),
            (
                "Boa tarde. Comprei na app um bilhete para o barco de Cacilhas mas não recebi o "
                "código. O dinheiro já saiu da conta. Como faço para embarcar amanhã de manhã?"
            ),
        ],
        "person": [
            "boa tarde, chamo-me {name} e tenho uma reserva de carro para sábado",
            "{last} respondeu que o reembolso demorava 10 dias e já passou um mês",
            "o contrato está em nome de {name} mas quem conduz é {first}",
            "a visita com {first} foi espetacular, agradeçam por nós",
            "pode avisar {title} {last} que chegamos às 15h?",
            "Cumprimentos,\n{name}",
            "estive com {first} na visita das 14h e esquecemo-nos de um guarda-chuva no autocarro",
            "Passageiros: {name}, {first} e eu",
            "segundo a app a entrega foi feita por {first}, e a encomenda ficou à porta",
            "beijinhos, {first}",
            "{first} disse-me na bilheteira que o bilhete dava para trocar",
            "escrevo em nome de {name}, que não tem internet",
            "{title} {last} está no cartório paroquial esta semana?",
            "a conta está em nome de {name_lc}, esqueci-me da password",
            "quem encomendou foi {name}, eu passo a buscar",
            "{last} assinou a entrega mas aqui não mora ninguém com esse nome",
            "Obrigada, {first}",
            "olá, fala {first} outra vez, por causa da gaiola do coelho",
            "titular do aluguer: {name}",
            "somos {first}, {last} e duas crianças, cabemos no carro?",
            "Sr. {last} do posto de turismo disse para vos escrever",
            "Sra. {last} fez-nos a visita ao castelo, há visita noturna?",
            "hackearam a conta Steam de {first}",
            "A encomenda está em nome de {name}, para sábado às 10h",
            "Com os melhores cumprimentos,\n{name}\nComissão de festas",
            "{first} falou-me das oficinas para crianças no museu",
            "obrigado {first} pela ajuda de ontem!",
            "{name} e eu reservámos a visita das 11h, falta um bilhete",
            "Reservado em nome de {last}, 2 pessoas, carruagem 7",
            "Para {title} {last}: podem deixar a encomenda em minha casa",
            "enviado por {first} do telemóvel",
            "Bom dia, fala {name}, tenho uma dúvida sobre o passe",
            "Hoje a encomenda veio com {name}, que a deixou no café de baixo como pedi",
        ],
        "phone": [
            "tlm: {phone}",
            "tlm:{phone}",
            "telemóvel {phone}",
            "o meu número é {phone}",
            "liguem para o {phone} quando o estafeta chegar",
            "WhatsApp: {phone}",
            "tel. {phone} depois das 18h",
            "número novo: {phone}",
            "Qualquer coisa: {phone}",
            "só SMS para o {phone}, estou a trabalhar",
            "fixo {phone}",
            "O número na conta está errado, o certo é {phone}",
            "podem ligar-me para o {phone}?",
            "se a padaria estiver fechada avisem para o {phone}",
            "Contacto: {phone}",
            "cel:{phone}\nestou na estação",
        ],
        "address": [
            "morada de entrega: {address}",
            "enviem para {street}, 2º esquerdo",
            "Nova morada:\n{block}",
            "moro em {street}, fica dentro da zona de entregas?",
            "A encomenda foi para {street}, não é a minha casa",
            "morada de faturação: {address}",
            "levanto o carro em {address}?",
            "Mandem a ração para {street}, a campainha está avariada",
            "Enviar para:\n{block}",
            "mudei de casa, agora é {address}",
            "a devolução voltou para {street}, porquê?",
            "estou em {street}, o motorista não me encontra",
            "para o arraial, entreguem em {address}",
            "morada para o cartão de sócio: {address}",
            "{street} é zona A ou B?",
            "Deixem em {street}, na portaria",
        ],
        "mixed": [
            "Nome: {name}\nMorada: {address}\nTlm: {phone}",
            "{name}, {street}, toquem à campainha",
            "email: {email}, tlm {phone}",
            "Titular: {name}, telemóvel {phone}",
            "Mandem a fatura para {email}, morada {address}",
            "é {first}, entrega em {street}",
            "Cumprimentos\n{name}\n{phone}",
            "Cliente: {title} {last}, {address}",
            "Contacto da associação: {name} ({email})",
            "Quem levanta é {name}, contactável no {phone}",
            "Para {name}:\n{block}",
        ],
    },
}

REPLIES: dict[str, list[str]] = {
    "en": [
        "Thanks for getting in touch, I'll look into it now.",
        "Could you send me the booking, ticket or tracking number?",
        "I've passed this on to the right team, they'll get back to you shortly.",
        "One moment please, I'm checking the details on our side.",
        "Sorry for the trouble. Is there anything else I can help with?",
        "Done, you'll get a confirmation email in the next few minutes.",
    ],
    "de": [
        "Danke für deine Nachricht, ich schaue mir das gleich an.",
        "Kannst du mir die Buchungs-, Ticket- oder Sendungsnummer schicken?",
        "Ich habe das an die zuständige Stelle weitergeleitet, du hörst bald von uns.",
        "Einen Moment bitte, ich prüfe das gerade.",
        "Entschuldige die Umstände. Kann ich sonst noch helfen?",
        "Erledigt, die Bestätigung kommt in ein paar Minuten per Mail.",
    ],
    "fr": [
        "Merci pour votre message, je regarde ça tout de suite.",
        "Pouvez-vous m'indiquer le numéro de réservation, de billet ou de suivi ?",
        "J'ai transmis au service concerné, vous aurez une réponse rapidement.",
        "Un instant s'il vous plaît, je vérifie de notre côté.",
        "Désolé pour le désagrément. Puis-je vous aider pour autre chose ?",
        "C'est fait, vous recevrez une confirmation par mail d'ici quelques minutes.",
    ],
    "es": [
        "Gracias por escribirnos, lo miro ahora mismo.",
        "¿Me pasa el número de reserva, de billete o de seguimiento?",
        "Lo he pasado al equipo que lo lleva, le responderán en breve.",
        "Un momento, por favor, estoy comprobándolo.",
        "Perdone las molestias. ¿Puedo ayudarle en algo más?",
        "Hecho, en unos minutos le llega la confirmación por correo.",
    ],
    "it": [
        "Grazie per il messaggio, controllo subito.",
        "Mi può dare il numero di prenotazione, del biglietto o della spedizione?",
        "Ho inoltrato la richiesta al reparto giusto, le risponderanno a breve.",
        "Un momento per favore, sto verificando.",
        "Ci scusiamo per il disagio. Posso aiutarla in qualcos'altro?",
        "Fatto, tra pochi minuti le arriva la conferma via mail.",
    ],
    "nl": [
        "Dank voor je bericht, ik kijk er meteen naar.",
        "Kun je het boekings-, ticket- of zendingsnummer sturen?",
        "Ik heb het doorgestuurd naar het juiste team, je hoort snel van ons.",
        "Moment alsjeblieft, ik zoek het even op.",
        "Sorry voor het ongemak. Kan ik nog ergens anders mee helpen?",
        "Geregeld, je krijgt over een paar minuten een bevestiging per mail.",
    ],
    "pl": [
        "Dziękujemy za wiadomość, zaraz to sprawdzę.",
        "Czy mogę prosić o numer rezerwacji, biletu lub przesyłki?",
        "Przekazałem sprawę do odpowiedniego zespołu, odezwą się wkrótce.",
        "Proszę chwilę poczekać, sprawdzam szczegóły.",
        "Przepraszamy za kłopot. Czy mogę pomóc w czymś jeszcze?",
        "Załatwione, potwierdzenie przyjdzie mailem za kilka minut.",
    ],
    "pt": [
        "Obrigado pela mensagem, vou ver isso já.",
        "Pode enviar-me o número da reserva, do bilhete ou de seguimento?",
        "Já passei à equipa responsável, vão responder-lhe em breve.",
        "Um momento, por favor, estou a verificar.",
        "Pedimos desculpa pelo incómodo. Posso ajudar em mais alguma coisa?",
        "Está feito, vai receber a confirmação por email dentro de minutos.",
    ],
}
