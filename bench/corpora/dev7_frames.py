"""A seventh DEV set of chat frames ("dev7"): English prose about people from many countries.

Written for this set by an independent writer who had read neither the scrubber, its
recognizers, the filters, the tests nor the frame lists of chat_frames.py, heldout_frames.py,
the filter frames or dev2_frames.py to dev6_frames.py (only the module docstring of
dev6_frames.py, bench/dev5_corpus.py, bench/dev6_corpus.py, the builder, check_frames and slot
names of bench/heldout_corpus.py, ChatCorpusBuilder's methods in bench/multilingual_corpus.py,
the Conversation class of bench/pii_corpus.py, evaluate and leaked of bench/pii_eval.py and
bench/corpora/months.py), and who neither
ran the scrubber on these frames nor looked at what it misses, so the wordings are not shaped
by the scrubber's rules. Like dev2 to dev6 it is a development set: bench/dev7_corpus.py
builds it for tuning, it is not a held-out test set.

Same structure as heldout_frames.FRAMES (language -> kind -> frames), with English only: a
frame is one message of the kind people paste or type into an LLM chat app or a support
desk, in English, about people whose names come from some fifty Latin-script Faker locales
(NAME_LOCALES, one drawn per person). Short biographies, news snippets, meeting minutes and
action items, HR notes, reference letters, book / music / film / exhibition reviews, match
reports, complaints and praise naming staff, transcripts with speaker labels, e-mail
signatures (also in capitals), lists of attendees, founders, co-authors and guests, "X
said / told / asked", possessives ("{first}'s thesis"), names as subject and object with no
cue word, at the start of a sentence, in apposition ("our engineer, {name},"), after "by",
"with", "from", "for", "about", eponyms and attributive uses ("the {last} biography"),
surnames alone after a first mention, initials before a surname ("J. R. {last}"), lower-case
names as typed in a hurry. bench/dev7_corpus.py fills the slots:

    {name} {first} {last} {name_lc} {title}, and {name_uc} {last_uc} (the same person in
    capitals); {name2} {first2} {last2} and {name3} {first3} {last3}, a second and a third
    person, each from a locale of their own; {phone} {street} {address} {block} {email} in
    the personal kinds (person, phone, address, mixed). {order} {price} {date} {time}
    {version} {year} {n} {city} in `harmless`, whose text must come back unchanged.

In a frame that uses more than one slot of the same person ("{name} ... {last} said"), they
are one person: the full name is then the first name and the surname. WORD_NAMES are real
first names and surnames that are also English words or brands (Rose, Hope, Will, Hunter,
Mercedes, Costa, Long, Ford); the builder puts one in now and then.

Harmless look-alikes: companies named after their founders (Ford, Dell, Boeing, Ferrari,
Porsche, Heineken, Cadbury, Philips, Siemens, Ricoh, Bosch, Michelin, Barclays, Raiffeisen,
Tata, Honda), products and models (Billy shelves, Hunter wellies, Gemma, Mistral, Llama,
Jenkins), cities, regions, rivers, lakes and mountains from many countries (CITIES for the
{city} slot: real cities, some of them also first names, such as Florence or Austin),
bridges, towers and streets as landmarks, titles of books, films, operas and albums, sports
clubs and national teams, holidays, food and drink brands, universities, hospitals, banks,
ferries and named storms, months, weekdays, acronyms, order and invoice numbers with their
label words, prices, dates, times and versions. No harmless frame names a real or fictional
person, or holds a phone number, e-mail, street address or personal name.

REPLIES are the assistant's turns put between the user's (no personal data); MONTHS name the
months in dates.
"""

from bench.corpora.months import MONTHS

__all__ = [
    "CITIES",
    "CONTACT_LOCALES",
    "FRAMES",
    "MONTHS",
    "NAME_LOCALES",
    "REPLIES",
    "TITLES",
    "WORD_NAMES",
]

# Faker locales the people come from: Latin-script names of their own (en_AU, en_CA, en_PH,
# fil_PH, tl_PH, it_CH, mt_MT, sq_AL, bs_BA, lb_LU and the like hand out en_US names; de_LI
# and de_LU only "John" and "Jane"; so they are left out).
NAME_LOCALES = [
    "en_US", "en_GB", "en_IE", "en_NZ", "en_IN", "en_PK", "en_NG", "en_KE", "en_TH",
    "ga_IE", "de_DE", "de_AT", "de_CH", "fr_FR", "fr_CH", "fr_BE", "fr_CA", "fr_DZ",
    "es_ES", "es_MX", "es_AR", "es_CL", "es_CO", "es_CA", "it_IT", "nl_NL", "nl_BE",
    "pl_PL", "pt_PT", "pt_BR", "sv_SE", "da_DK", "no_NO", "fi_FI", "is_IS", "cs_CZ",
    "sk_SK", "hu_HU", "ro_RO", "hr_HR", "sl_SI", "et_EE", "lt_LT", "lv_LV", "tr_TR",
    "az_AZ", "uz_UZ", "id_ID", "vi_VN", "sw", "ha_NG", "ig_NG", "yo_NG", "zu_ZA", "tw_GH",
]  # fmt: skip
# Locales with phone numbers and addresses of their own (others fall back to en_US ones): a
# person from another locale gets the phone, address and e-mail of one of these.
CONTACT_LOCALES = [
    "en_US", "en_GB", "en_IE", "en_NZ", "en_IN", "de_DE", "de_AT", "de_CH", "fr_FR",
    "fr_CH", "fr_CA", "fr_DZ", "es_ES", "es_MX", "es_AR", "es_CL", "es_CO", "it_IT",
    "nl_NL", "nl_BE", "pl_PL", "pt_PT", "pt_BR", "sv_SE", "da_DK", "no_NO", "fi_FI",
    "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR", "sl_SI", "az_AZ", "id_ID", "vi_VN",
]  # fmt: skip
# Honorifics for {title}, as English text writes them (not planted: they identify no one).
TITLES = ["Mr", "Mrs", "Ms", "Dr", "Mr.", "Ms.", "Dr.", "Prof.", "Professor"]
# Real first names and surnames that are also English words or brand names.
WORD_NAMES = {
    "female": [
        "Rose", "Hope", "Grace", "Faith", "Joy", "April", "June", "Summer", "Dawn", "Ivy",
        "Pearl", "Ruby", "Amber", "Crystal", "Mercedes", "Dolores", "Luz", "Paz", "Rosa",
        "Flor", "Lily", "Daisy", "Holly", "Violet", "Olive", "Iris", "Heather", "Autumn",
        "Sky", "Patience", "Charity", "Bella", "Gloria", "Victoria", "Mercy", "Precious",
    ],
    "male": [
        "Will", "Bill", "Mark", "Rich", "Chase", "Hunter", "Drew", "Art", "Frank", "Victor",
        "Miles", "Cliff", "Rocky", "Sandy", "Sonny", "Jack", "Angel", "Forrest", "Dale",
        "Glen", "Grant", "Guy", "Jude", "Pat", "Rusty", "Long", "Sunday", "Godwin", "Bright",
    ],
    "last": [
        "Hunter", "Costa", "Long", "Rose", "Baker", "Cook", "Fox", "King", "Young", "Black",
        "White", "Brown", "Green", "Price", "Bird", "Wolf", "Stone", "Hill", "Wood", "Bell",
        "Banks", "Short", "Little", "Strong", "Power", "Bush", "Church", "Moon", "Frost",
        "Snow", "Winter", "Rich", "Hart", "Page", "Major", "Ford", "Dell", "Marsh", "Lane",
        "Mills", "Glass", "Sharp", "Swift", "Cross", "Knight", "Bishop", "Mason", "Porter",
        "Singer", "Fisher", "Shepherd", "Paz", "Cruz", "Leal", "Bello", "Blanco", "Santos",
        "Rey", "Rocha", "Pinto", "Lobo", "Mann", "Klein", "Lange", "Kaiser", "Koch", "Vogel",
        "Fuchs", "Sole", "Nowak", "Mercedes", "Sunday", "Bright",
    ],
}  # fmt: skip
# Real cities for the {city} slot of harmless frames (a few also first names).
CITIES = [
    "Lisbon", "Porto", "Kraków", "Gdańsk", "Wrocław", "Tallinn", "Tartu", "Vilnius",
    "Kaunas", "Riga", "Ljubljana", "Maribor", "Zagreb", "Split", "Brno", "Ostrava",
    "Bratislava", "Košice", "Debrecen", "Szeged", "Cluj-Napoca", "Timișoara", "Iași",
    "İzmir", "Antalya", "Bursa", "Baku", "Ganja", "Samarkand", "Surabaya", "Bandung",
    "Yogyakarta", "Cebu", "Davao", "Hanoi", "Da Nang", "Huế", "Pune", "Chennai", "Kochi",
    "Lahore", "Lagos", "Ibadan", "Nairobi", "Mombasa", "Accra", "Kumasi", "Durban",
    "Tampere", "Turku", "Bergen", "Trondheim", "Aarhus", "Odense", "Malmö", "Uppsala",
    "Reykjavík", "Galway", "Cork", "Leeds", "Bristol", "Glasgow", "Edinburgh", "Boston",
    "Denver", "Austin", "Toronto", "Montréal", "Québec", "Lyon", "Bordeaux", "Nantes",
    "Lausanne", "Geneva", "Basel", "Zürich", "Graz", "Salzburg", "Innsbruck", "Munich",
    "Leipzig", "Freiburg", "Ghent", "Antwerp", "Leuven", "Utrecht", "Groningen",
    "Eindhoven", "Seville", "Valencia", "Bilbao", "Zaragoza", "Guadalajara", "Monterrey",
    "Puebla", "Rosario", "Córdoba", "Medellín", "Valparaíso", "Curitiba", "Recife",
    "Florianópolis", "Bologna", "Turin", "Naples", "Palermo", "Verona", "Oran",
    "Constantine", "Florence", "Adelaide", "Charlotte", "Victoria", "Wellington",
]  # fmt: skip

FRAMES: dict[str, dict[str, list[str]]] = {
    "en": {
        "person": [
            # Short biographies and speaker introductions.
            "Shorten this bio to 50 words: {name} grew up near Porto, studied marine biology in Bergen and has spent the last decade mapping kelp forests along the Norwegian coast.",
            "{name} is a Slovenian-born architect whose timber housing projects have won prizes in Austria and Japan. Can you make that sound less like a press release?",
            'Check the grammar of this bio: "{first} joined the studio in 2019 after eight years at a design agency in Lyon and now leads our packaging work."',
            "Turn this into one sentence for the programme notes: {name_lc} (b. 1981) trained as a violinist in Kraków before turning to composition.",
            "Our keynote speaker, {name}, founded two logistics start-ups in Jakarta before moving into venture capital. Write a 30-second intro.",
            "Write a two-line speaker intro for {title} {last}, who chairs the hydrology department and has advised the Danube commission.",
            "Draft a LinkedIn summary for me. Name: {name}. Twelve years in supply chain, fluent in Turkish, German and English.",
            "{last} studied law in Vilnius, clerked at the European Court of Justice and now teaches competition law. Please make this a short paragraph for the faculty page.",
            "Born in Lagos and raised in Leeds, {name} started painting at forty. Can you continue this artist statement in the same tone?",
            "About the author: {name} lives in Tartu with two cats and far too many bicycles. This is their third novel. Is that too jokey for the back cover?",
            # News snippets and headlines.
            "Summarise this news item: The city council confirmed on Tuesday that {name}, head of the transport department, will step down at the end of the month. {last} had overseen the tram extension since 2018.",
            'Is this headline too clickbaity? "{name} breaks national record in 400m hurdles at indoor meet"',
            "From our local paper: Police have thanked {name}, 34, who pulled two children out of the river near the old mill on Sunday evening. Rewrite it for a kids' news site.",
            "Rewrite neutrally: Former minister {name} again refused to answer questions about the procurement contract, telling reporters there was 'nothing to add'.",
            "Fact-check request: did {name} really become the first woman to captain the national rowing team?",
            "Headline ideas for a story about {name_lc}, the baker who kept the shop open all through the floods?",
            "Translate this caption into simple English: Mayor {last} cuts the ribbon at the new ferry terminal.",
            "Make this press release less stiff: We are delighted to announce the appointment of {name} as Chief Financial Officer, effective 1 March.",
            # Meeting notes and action items.
            "Tidy up these meeting notes:\n- budget approved\n- {name} to send revised timeline by Friday\n- next call in two weeks",
            "Action items from today: {first} owns the vendor shortlist, {first2} checks the contract clauses, legal sign-off still pending. Format as a table.",
            "Minutes, item 3: {last} raised concerns about the migration window; {last2} suggested postponing until after the audit. Make it sound more formal.",
            "Attendees: {name}, {name2}, {name3}. Apologies: none. Please turn this into a proper header for the minutes.",
            "Can you turn this into bullet points? We agreed that {name} will take over the Nordic accounts while {name2} is on parental leave.",
            "notes from standup - {first} blocked on the api keys, waiting for ops. {first2} finished the export bug",
            "Decision log: after a long discussion {name} agreed to freeze the scope; {last2} will brief the client.",
            # HR notes.
            "Please make this HR note more neutral: {name} has been late for the morning shift four times this month without informing the team lead.",
            "Draft a short welcome email for our new hire {name}, who starts in the finance team on Monday.",
            "How do I tell the team that {first} is leaving at the end of the quarter without it sounding like bad news?",
            "Write a probation review summary for {name}: strong on customer calls, needs to document tickets better.",
            "Exit interview notes: {last} cited the commute and the lack of remote days as the main reasons. Summarise in two sentences.",
            "Help me word a promotion announcement. {name} will lead the data platform team from next month.",
            "Sick leave log entry: {name_lc}, 3 days, doctor's note received. Is this a sensible format for the spreadsheet?",
            "Performance note for the file: {title} {last} exceeded all quarterly targets and mentored two juniors.",
            "Mediation summary: {first} and {first2} disagree about who owns the on-call rota. Suggest a fair wording for the outcome.",
            # Reference letters.
            "Help me write a reference letter for {name}, who worked as a lab technician in my group for three years.",
            'Improve this sentence in my recommendation: "I have known {title} {last} since 2016 and can vouch for their integrity."',
            "To whom it may concern, it is my pleasure to recommend {name} for the master's programme in urban planning. (please continue this letter)",
            "Is it too informal to write 'I would hire {first} again in a heartbeat' in a reference?",
            "Reference for a tenancy application: {name} rented our flat for four years and always paid on time. Make it one paragraph.",
            # Reviews: books, music, film, exhibitions.
            "Edit my book review: The new {last} biography is meticulous but dull; it spends eighty pages on a single summer.",
            "Review draft: {name}'s debut novel follows three sisters running a ferry in the Baltic. The middle section drags, but the ending lands.",
            "Is this a fair review? 'The {name} retrospective at the modern art museum is overcrowded and badly lit, but the late paintings are worth it.'",
            "Music review, please polish: {name} plays the cello suites with a dry, almost severe tone, and it works.",
            "Film blurb: directed by {name}, the documentary follows fishermen in the Mekong delta through one monsoon season.",
            "Write a short Goodreads-style review of a thriller by {name}, three stars, good plot but flat characters.",
            "Album credits: produced by {name}, mixed in Reykjavík, mastered in Berlin. Does that order read well?",
            "Why do critics keep comparing {last} to the early Scandinavian crime writers?",
            "I loved the {last} documentary about the Tatra bears. Recommend something similar.",
            "Which edition of the {last} translation of the Odyssey has the better notes?",
            "Podcast review: the host, {first}, interrupts every guest. Too harsh to say that in a two-star review?",
            # Sports.
            "Match report, please fix the tenses: {name} scores in the 88th minute and the visitors hold on for a 2-1 win.",
            "Write a short recap: {last} won the sprint stage ahead of the Belgian champion and keeps the green jersey.",
            "Who should I start in fantasy football this week, {name} or {name2}?",
            "Club newsletter: congratulations to {name}, who finished a first marathon in 3:41!",
            "{name} retires from international handball after 14 seasons. Draft a tribute post for the club page.",
            "Commentary line for the highlights reel: and it's {last_uc} down the left wing, what a finish from the youngster!",
            "Team sheet for Saturday: {last} in goal, the usual back four, and {last2} comes in for the injured captain.",
            "Chess club results: {name} drew with {name2} in round five after a long rook endgame. Write two lines for the website.",
            # Complaints and praise naming staff.
            "Write a complaint to the hotel: the receptionist, {first}, was rude when we asked for a late checkout.",
            "I want to praise {name} from your call centre, the billing issue was solved in ten minutes. Where do I send this?",
            "Help me phrase a complaint: the technician {name} never showed up on Wednesday and nobody called.",
            "The driver who delivered my sofa, {first} I think, scratched the door frame. How do I report this politely?",
            "Make this review of the dental clinic fairer: Dr {last} was great, but the wait was over an hour.",
            "Complaint draft: On the 14th your agent {name_lc} promised a refund within five days. It has been three weeks.",
            "Should I mention {name} by name in my complaint to the airline, or just say 'the gate agent'?",
            "Shout-out for the feedback form: {first} at the pharmacy counter went out of their way to find my prescription.",
            # Transcripts with speaker labels.
            "Clean up this interview transcript:\nINTERVIEWER: When did you start the company?\n{last_uc}: Back in 2014, right after the crash.",
            "Format this as a film script:\n{name}: I told you the bridge was closed.\n{name2}: You said the tunnel.",
            "Podcast transcript, fix the punctuation: [{first}] yeah so we drove all the way to Gdańsk [{first2}] in that snow",
            "Chat log from our support tool:\n{first} (agent): Hello, how can I help?\nCustomer: My parcel is stuck in Leipzig.",
            "Q&A notes: Q ({name}): will the slides be shared? A: yes, after the session. Please merge into the summary.",
            "Court reporter style please: THE WITNESS: I saw {name} leave the building at about nine.",
            "Zoom transcript:\n00:03:12 {name}: can everyone hear me\n00:03:15 {name2}: loud and clear",
            # E-mail signatures and sign-offs.
            "Is this signature too long?\n\n{name}\nSenior Project Manager | Infrastructure\nRotterdam office",
            "Kind regards,\n{name_uc}\nHEAD OF COMPLIANCE",
            "Make my sign-off friendlier:\nBest,\n{first}",
            "Thanks again for your patience,\n--\n{name}\nCustomer Success, EMEA",
            "Signature: {last_uc}, {first} | Procurement | Please consider the environment before printing.",
            "Fix the spacing in this sign-off: Warm regards , {name} , Office of the Dean",
            # Lists of people.
            "Founders listed on the pitch deck: {name}, {name2} and {name3}. Should I add their roles?",
            "Sort these speakers alphabetically by surname: {name}, {name2}, {name3}",
            "Panel: moderator {name}; panellists {name2} and {name3}. Write a one-line intro for the panel.",
            "Guest list for the dinner so far: {name}, {name2} (+1), {name3}. How many tables of six do we need?",
            "Co-authors in order: {last}, {last2}, {last3}. What's the APA in-text citation for three authors?",
            "Shift rota for next week: Mon/Tue {first}, Wed {first2}, Thu/Fri {first3}. Put it in a table.",
            "Winners of the photo contest: 1st {name}, 2nd {name2}, 3rd {name3}. Write the announcement.",
            # Reported speech.
            "{name} said the shipment would clear customs by Thursday, but the tracking still shows Antwerp.",
            "My manager told me that {name} asked for my draft before the review. Is that normal?",
            "{first} told the class that the exam would be open-book. Now the syllabus says otherwise.",
            '"We are not closing the plant," {name} told reporters outside the factory gates. Is the comma placement right?',
            "I asked {first} about the invoice and was told it was already paid. How do I check?",
            "According to {name}, the flight was delayed because of fog over Riga.",
            "{last} asked whether the board could meet in person this time.",
            "When I asked about the budget, {name} just said 'next year'. What should I reply?",
            # Possessives.
            "{name}'s report is due Friday and I haven't seen a draft yet. How do I nudge without being pushy?",
            "I'm proofreading {first}'s thesis chapter; is 'the data are' or 'the data is' correct here?",
            "Can you summarise {last}'s argument in this paragraph in one sentence?",
            "We're planning {first}'s farewell lunch. Any ideas for a gift under 50 euros?",
            "{name}'s team missed the deadline again and now the whole release slips.",
            # Subject and object with no cue word.
            "{name} rejected the offer. What now?",
            "Met {name} at the trade fair yesterday, very sharp, wants a demo next week.",
            "Just got off the phone with {name}. Good news, they renewed.",
            "Should I cc {name} or just forward it later?",
            "Invite {name} and {name2} to the kickoff, not the whole department.",
            "{first} and I are splitting the rent. How do we split the deposit fairly?",
            "Remind {first} that the car is ready for pick-up.",
            "{last} had already left when the alarm went off, so the logbook is empty.",
            "{first} here, quick question about the workshop fees.",
            "{name} thinks we should drop the Friday release. Pros and cons?",
            "Nobody told {name_lc} about the room change so the interview started late",
            # Apposition.
            "Our engineer, {name}, found the leak in less than an hour. Write a thank-you note.",
            "My neighbour, {first}, waters the plants when we travel. What's a nice thank-you gift?",
            "The new head of sales, {name}, wants weekly reports instead of monthly ones.",
            "I'm writing on behalf of my grandmother, {name}, who cannot use email.",
            "The author, {name}, will sign copies after the reading. Make the event text more inviting.",
            "My sister-in-law {first} is visiting from abroad; plan a rainy-day itinerary.",
            # After prepositions.
            "Photos by {name}. Please check the caption format.",
            "I had lunch with {name} and we talked about the merger. Summarise the key risks I should raise next time.",
            "Got a message from {name} asking for the slides. Polite reply please.",
            "I'm buying a birthday present for {first}, turning 30 and loves hiking.",
            "What do you know about {name}? The name came up in a podcast about urban cycling.",
            "A poem by {name_lc} is in the exam and I can't find an analysis online.",
            "Translated from the Polish by {name}. Where does that line go in the book?",
            "A letter from {title} {last} arrived today about my test results. What does 'unremarkable' mean?",
            "This quote is usually attributed to {name}. Is that right?",
            "Is the essay about {name} or about the movement {last2} founded?",
            # Surname alone after a first mention.
            "{name} opened the session. Afterwards {last} took questions for nearly an hour.",
            "I interviewed {name} for the student paper. {last} was generous with time but dodged the question about funding.",
            "The prize went to {name}; it is the second time {last} has won it.",
            # Initials.
            "Cite this properly: J. R. {last}, 'Soil moisture in alpine meadows', 2019.",
            "The memo is only signed 'A. {last}'. Do I address the reply to Mr or Ms?",
            "References: {last}, K. M. and {last2}, P. (2021). Convert to Chicago style please.",
            "Email from M. {last}: 'Please resend the file.' Does that sound annoyed?",
            # Letters, greetings, personal messages.
            "Dear {title} {last},\nThank you for your quick reply. Please make this opening more formal.",
            "Hi {first}, thanks for the update! Is the exclamation mark too much for a first email?",
            "Write a wedding toast for my friends {first} and {first2}, who met on a night train to Vienna.",
            "My son's teacher is {title} {last}. Help me write a thank-you note for the end of the year.",
            "I need a pun for a leaving card. The name is {first}.",
            "How do you pronounce {name}?",
            "Is {last} a Hungarian or a Croatian surname?",
            "Spell-check the name on this certificate: {name_uc}",
            "Certificate text: This certifies that {name} has completed the advanced first aid course.",
            "Please write a condolence message to {first}, whose father passed away last week.",
            "Genealogy question: my great-grandfather {name} emigrated around 1905. Where would the passenger lists be kept?",
            "hey can u write a birthday msg for {name_lc} shes my aunt and loves gardening",
        ],
        "phone": [
            "The number on the flyer is {phone}; is that a mobile or a landline?",
            "Someone keeps calling me from {phone} and hanging up. How do I block it on Android?",
            "Format this number in international style: {phone}",
            "Which country is {phone} from?",
            "Write a voicemail greeting that says to call {phone} for urgent matters.",
            "Put {phone} on the poster under 'Bookings' and make the layout tidy.",
            "My new work number is {phone}. Write a short note for the team wiki.",
            "Got a text from {phone} saying my parcel is held at customs. Scam?",
        ],
        "address": [
            "I just moved to {street}. Write a short note to introduce myself to the neighbours.",
            "Write a change-of-address notice for my bank: new address {address}.",
            "Proofread this envelope:\n{block}",
            "Our flat at {street} has had no hot water since Monday. Draft a message to the building manager.",
            "Is '{address}' formatted correctly for an international parcel?",
            "Tracking says delivered to {street}, but that's not my house. What do I do?",
            "Please put this return address in the letter header: {address}",
            "For the insurance form, the accident happened in front of {street}. How do I describe it?",
        ],
        "mixed": [
            "Best regards,\n{name}\nRegional Sales Manager\nMobile: {phone}",
            "{name_uc}\nDirector of Operations\nT {phone} | E {email}",
            "Can you format this as a contact card? {name}, {email}, {phone}",
            "Please forward the contract to {name} at {email} by Monday.",
            "The plumber is called {first}, number {phone}. Write a text asking whether Saturday works.",
            "Send the parcel to {name}, {address}.",
            "Delivery note: recipient {name}, {street}, call {phone} on arrival.",
            "For questions contact our HR officer, {name} ({email}).",
            "My landlord {name} lives at {street}. How do I write a formal notice letter?",
            "Complaint: your courier {first} left my parcel outside {street} in the rain.",
            "From: {name}\nReply-To: {email}\nSubject: revised quote\nWhat's the best way to answer this?",
            "Speaker contact: {name}, {phone}. Please add to the run sheet.",
            "Found a wallet with an ID for {name} and a card saying 'if found call {phone}'. Write a short message.",
            "RSVP to {name}\n{block}",
            "Emergency contact on the form: {name}, sister, {phone}. Is that enough?",
            "Meeting notes: {first} will email the slides from {email} tonight.",
            "Alumni update: {name} has moved to {address} and asks to be taken off the paper mailing list.",
            "{name} <{email}> wrote: can we push the call to 3pm? How do I reply politely?",
            "Signature block:\n{name}\n{block}\nTel. {phone}",
            "Check the spelling on this address label: {name_uc}, {address}",
            "Write a thank-you card to {first} and family. Their address is {street}, I just need the text.",
            "Our contact person on site is {title} {last}, mobile {phone}.",
            "The referee can be reached at {email}; the name is {name}. Should I phone or email first?",
            "From the booking system: guest {last}, {first} / {phone} / 2 adults. Make this a confirmation message.",
            "Invoice header: Bill to {name}, {address}. Is the VAT line missing?",
            "Forwarding this on behalf of {name} ({phone}), who can't log in to the portal.",
            "Hi, I'm {first}, I ordered the dining table. Please deliver to {address} instead.",
            "cv header: {name_lc} | {email} | {phone}. Does it look professional?",
            "Lost and found: a laptop bag labelled {name}, {phone} was left in meeting room 2.",
            "Parent contact sheet: {name}, {phone}, {email}. Sort by surname please.",
            "Volunteer list: {name} ({phone}) can drive on Saturday, {name2} can't.",
            "Witness details: {name}, {street}, phone {phone}. Help me write the police statement.",
            "Please write a short bio for {name} to go with the email {email} in the newsletter.",
            "The seller, {name}, says the bike can be picked up at {street} after six. Is that safe?",
            "Can you turn this into a vCard? {last_uc} {first}, {phone}, {email}",
            "Wedding invitation envelope: {title} {name}\n{block}",
            "Our new account manager is {name}; direct line {phone}. Announce it to the customers.",
            "Re: complaint 5521 - {name} from {address} says the noise starts every night at 11.",
            "{first}: my number changed, it's {phone} now. Write the message to the group chat.",
            "Tenancy agreement between the landlord, {name}, and the tenant, residing at {address}. Check the wording.",
        ],
        "harmless": [
            # Companies named after their founders, and their products.
            "Is the Ford Puma hybrid worth it over the Škoda Kamiq for city driving?",
            "Order {order} from the Dell outlet still shows 'processing' after {n} days.",
            "Compare Boeing and Airbus deliveries over the last five years in a short table.",
            "Write a caption for a photo of the Ferrari museum in Maranello.",
            "Why is the Porsche plant in Stuttgart called Zuffenhausen?",
            "Heineken or Carlsberg: which one owns more breweries in Eastern Europe?",
            "Does Cadbury chocolate taste different in the UK and in Australia?",
            "My Philips Hue bulbs stopped responding after firmware {version}.",
            "Siemens dishwasher error E:24, what does it mean?",
            "The Ricoh printer on the third floor prints everything in landscape. Any idea why?",
            "Cheapest way to ship a Bosch drill from Germany to Croatia?",
            "Michelin-starred restaurants in Ghent under {price} per person?",
            "Our Miele washing machine shows F53. How do I clear it?",
            "Tata Steel and Mahindra both posted results on {date}; what does a drop in margins mean?",
            "Honda Civic or Suzuki Swift for a new driver in Manila?",
            "Hilton or Marriott points: which is better for trips to Istanbul?",
            "Aston Martin and McLaren both use Mercedes engines?",
            "Costa or Starbucks: which has the better oat milk?",
            "Zara return policy for online orders in Mexico?",
            "Boeing 737 MAX or Airbus A320neo: which is quieter on take-off at Schiphol?",
            "Write a limerick about a Fiat Panda stuck in Naples traffic.",
            "Bang & Olufsen speakers on sale for {price}. Worth it?",
            "Volvo XC40 or Toyota bZ4X for snowy roads in Norway?",
            "Our IKEA Billy shelf wobbles. How do I fix it?",
            "LEGO Technic order {order} is missing bag 4. How do I request replacement parts?",
            "Are Hunter wellies worth the price for a rainy Galway autumn?",
            "Raiffeisen or Erste for a small business account in Austria?",
            "Barclays and Lloyds both closed their branches in town; nearest cash machine options in Leeds?",
            "Peugeot service interval for the 2008 model with {n} thousand km?",
            "Dr. Oetker pizza or Lidl's own brand for a student party?",
            # Places, landmarks and travel.
            "Plan a three-day trip: Ljubljana, Lake Bled and the Soča valley.",
            "How long does it take to drive from {city} to the coast?",
            "Is the Charles Bridge less crowded at {time}?",
            "Best viewpoint for the Golden Gate Bridge at sunrise?",
            "We're meeting by the Galata Tower on {date}. Which ferry from Kadıköy is quickest?",
            "Write a haiku about the Danube in winter.",
            "How high is Mont Blanc compared with the Matterhorn?",
            "Hiking Triglav in October: is it still safe without crampons?",
            "Best time to see the Northern Lights in Tromsø?",
            "Train from Vienna to Budapest on the Railjet: do I need a seat reservation?",
            "Which is bigger, Lake Balaton or Lake Saimaa?",
            "Is the Vistula navigable through Warsaw?",
            "Riga Old Town or Vilnius Old Town for a weekend in December?",
            "Ferry timetable Tallinn to Helsinki on {date}?",
            "Sunset time in Reykjavík on {date}?",
            "Cebu to Bohol ferry: book ahead or buy at the port?",
            "Kilimanjaro via the Machame route in six days, realistic?",
            "Is the Øresund Bridge toll cheaper with a BroPas?",
            "Eiffel Tower summit tickets for {date} are sold out. Alternatives with a view?",
            "Is the Sagrada Família audio guide in the app the same as the rented one?",
            "Long Island or the Hudson Valley for a day trip from Manhattan?",
            "Victoria Station to Brighton: fastest train after {time}?",
            "Best gelato in Florence near the Duomo?",
            "Austin or Denver for a tech conference next spring?",
            "Is {city} worth a day trip, or should I stay longer?",
            "What was the population of {city} in {year}?",
            "Walking route from the Brandenburg Gate to Museum Island, under an hour?",
            "Is the water in the Douro warm enough to swim in June?",
            "Ben Nevis or Snowdon for a first proper mountain hike?",
            "Does the Erasmus Bridge light up at night?",
            # Works, teams, holidays, food and drink.
            "Book club pick for {date}: One Hundred Years of Solitude or The Magic Mountain?",
            "Is Spirited Away suitable for a six-year-old?",
            "Which is better for a first opera, La Traviata or The Magic Flute?",
            "Who won the first European Cup final, and was it before {year}?",
            "Benfica against Porto kicks off at {time}. Which channel shows it in Lisbon?",
            "Galatasaray beat Fenerbahçe 3-1. Write a short neutral match summary.",
            "The All Blacks play the Springboks on {date}. What time is that in CET?",
            "Did Dinamo Zagreb or Ferencváros go further in Europe last season?",
            "Ideas for a Diwali office lunch for {n} people on a budget of {price}?",
            "Is Boxing Day a public holiday in Ireland?",
            "Do shops close on Midsummer Eve in Sweden?",
            "Explain the difference between Eid al-Fitr and Eid al-Adha in two sentences.",
            "What do people eat at Tết in Hanoi?",
            "How do I say 'Happy Easter' in Polish, Czech and Hungarian?",
            "Oktoberfest opening hours on the first Saturday?",
            "My Lindt order {order} arrived melted. What wording gets a refund fastest?",
            "Barilla or De Cecco for carbonara?",
            "Are Lavazza capsules compatible with a Nespresso machine?",
            "Is Guinness really better in Dublin?",
            "Recipe with Nutella, bananas and puff pastry for {n} guests?",
            "Price of a Pilsner Urquell in Prague bars in {year} compared with now?",
            # Software, models, institutions, storms and ships.
            "Upgrading from Python 3.11 to 3.12 broke our Django tests. Where do I start?",
            "Which APIs does Kubernetes {version} deprecate?",
            "PostgreSQL or MySQL for a small booking system?",
            "Compare Llama, Mistral and Gemma for summarising legal text on a laptop.",
            "Our Jenkins pipeline fails at the Maven step since {date}.",
            "Excel formula to sum column D where column B says 'Paid'?",
            "Is the Jagiellonian University summer school taught in English?",
            "Application deadline for the KU Leuven master in statistics?",
            "Is ETH Zürich tuition really under {price} per semester?",
            "How do I get from the airport to the Charité campus in Mitte by public transport?",
            "Parking at Karolinska University Hospital: is there a daily rate?",
            "PKO Bank Polski app won't accept my card after update {version}.",
            "Santander charged {price} for an international transfer. Is that normal?",
            "Storm Babet flooded the car park. Does car insurance cover it?",
            "Track the ferry Stena Germanica from Gdynia to Karlskrona, please.",
            "Was Hurricane Milton stronger than Hurricane Helene?",
            "Typhoon Yagi delayed our shipment from Haiphong by {n} days. Draft a note to customers.",
            # Numbers, dates, acronyms.
            "Meeting moved to Thursday at {time}, room 4B.",
            "Invoice {order}: total {price}, due {date}. Write a polite payment reminder.",
            "Release {version} is scheduled for {date}; the code freeze starts the Monday before.",
            "We sold {n} units in Q3. Write a one-line LinkedIn update for the company page.",
            "GDPR question: how long can we keep CCTV footage in the EU?",
            "What does EBITDA mean in plain words?",
            "Explain ISO 27001 to a non-technical board in three sentences.",
            "Deadline is Friday, {date}. Remind the team in a short Slack message.",
            "Convert {price} to Turkish lira at today's rate.",
        ],
    },
}

REPLIES: dict[str, list[str]] = {
    "en": [
        "Sure, here's a tidier version:",
        "Thanks, I'll take a look.",
        "Happy to help. Do you want it shorter or more formal?",
        "Here is a draft you can adapt.",
        "Good question. Here's a short overview.",
        "I've kept your wording where possible and fixed the grammar.",
        "Could you tell me who the audience is?",
        "Here are three options, from most to least formal.",
        "That reads well already; I'd only change the second sentence.",
        "Done. Anything else you want adjusted?",
        "I'd suggest splitting that into two paragraphs.",
        "Here's a version in plain English.",
        "I can't check live data, but here's what usually applies.",
        "Do you want bullet points or full sentences?",
        "Here's a summary in two sentences.",
        "OK, I made it a bit warmer.",
        "Let me know if the tone is right.",
        "That depends on the country; here's the general rule.",
        "Here's a table with the details.",
        "Sorry, I didn't quite follow. Could you paste the full text?",
    ]
}
