"""Hand-written conversations for the filter benchmark: real support requests in eight
languages (with the short turns real people add) and the junk filters let through before
issue 12. Split by frame like the chat corpus: `dev` for tuning, `test` read at the end."""

import hashlib
import random

REAL = {
    "en": [
        "the export to CSV drops every row after 10,000, is that a limit?",
        "why does the dashboard show yesterday's numbers until noon?",
        "can I change the billing email without losing the invoices?",
        "your answer said the API is rate limited to 100/min but I get 429 at 40",
        "how do I invite a teammate who has no company email?",
        "the app crashes when I rotate the phone on the upload screen",
    ],
    "de": [
        "Der Export nach Excel bricht bei Umlauten ab, was kann ich tun?",
        "Warum wird mir die Rechnung doppelt angezeigt?",
        "Kann ich den Tarif mitten im Monat wechseln?",
        "Die Antwort war falsch, die Frist ist 14 Tage, nicht 30",
        "Wie lade ich eine Kollegin ohne Firmenadresse ein?",
        "Die App stürzt beim Hochladen von Fotos ab",
    ],
    "fr": [
        "l'export CSV coupe les accents, une idée ?",
        "pourquoi la facture apparaît deux fois dans mon espace ?",
        "je peux changer d'offre en cours de mois ?",
        "la réponse est fausse, le délai est de 14 jours et pas 30",
        "comment inviter un collègue sans adresse pro ?",
        "l'appli plante quand j'envoie une photo",
    ],
    "es": [
        "la exportación a CSV pierde las tildes, ¿qué hago?",
        "¿por qué me aparece la factura dos veces?",
        "¿puedo cambiar de plan a mitad de mes?",
        "la respuesta está mal, el plazo es de 14 días y no 30",
        "¿cómo invito a un compañero sin correo de empresa?",
        "la app se cierra al subir fotos",
    ],
    "it": [
        "l'esportazione in CSV perde gli accenti, come faccio?",
        "perché vedo la fattura due volte?",
        "posso cambiare piano a metà mese?",
        "la risposta è sbagliata, il termine è 14 giorni non 30",
        "come invito un collega senza email aziendale?",
        "l'app si chiude quando carico una foto",
    ],
    "nl": [
        "de CSV-export verliest de accenten, wat nu?",
        "waarom zie ik de factuur twee keer?",
        "kan ik halverwege de maand van abonnement wisselen?",
        "het antwoord klopt niet, de termijn is 14 dagen en niet 30",
        "hoe nodig ik een collega uit zonder zakelijk e-mailadres?",
        "de app crasht bij het uploaden van foto's",
    ],
    "pl": [
        "eksport do CSV gubi polskie znaki, co robić?",
        "dlaczego faktura pokazuje się dwa razy?",
        "czy mogę zmienić plan w połowie miesiąca?",
        "odpowiedź jest błędna, termin to 14 dni, nie 30",
        "jak zaprosić kolegę bez służbowego maila?",
        "aplikacja się wyłącza przy wysyłaniu zdjęć",
    ],
    "pt": [
        "a exportação para CSV perde os acentos, o que faço?",
        "porque é que a fatura aparece duas vezes?",
        "posso mudar de plano a meio do mês?",
        "a resposta está errada, o prazo é de 14 dias e não 30",
        "como convido um colega sem email da empresa?",
        "a app fecha quando envio uma foto",
    ],
}
# Short real turns people add around a request.
SHORT = ["ok", "k", "nvm", "lol", "?", "thanks!", "danke", "merci", "gracias", "grazie",
         "bedankt", "dzięki", "obrigado", "hmm", "why?", "still broken"]  # fmt: skip


def _half(frames: list[str], frame: str) -> str:
    ranked = sorted(frames, key=lambda f: hashlib.sha1(f.encode()).hexdigest())
    return ("dev", "test")[ranked.index(frame) % 2]


def real_conversation(rng: random.Random, half: str) -> list[str]:
    language = rng.choice(sorted(REAL))
    frames = [f for f in REAL[language] if _half(REAL[language], f) == half]
    # People never send exactly the same text: a ticket or plan reference varies (identical
    # texts are rejected as duplicates whatever the filters say).
    turns = [f"{rng.choice(frames)} (#{rng.randint(1000, 99999)})"]
    for _ in range(rng.choice([0, 0, 1, 2])):
        turns.insert(rng.randint(0, len(turns)), rng.choice(SHORT))
    return turns


def junk_conversation(rng: random.Random, half: str) -> tuple[str, list[str]]:
    """(kind, user turns) of the junk issue 12 found let through; each kind has dev and test
    variants (different rows, handles and words)."""
    dev = half == "dev"
    kind = rng.choice(["rows", "home row", "chunk", "handles", "lone"])
    if kind == "rows":
        rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"] if dev else ["poiuytrewq", "lkjhgfdsa"]
        row = rng.choice(rows)
        chunks = [row[i : i + rng.randint(3, 5)] for i in range(0, len(row) - 3, 3)]
        return kind, [" ".join(rng.sample(chunks, len(chunks)))]
    if kind == "home row":
        keys = "asdfjkl;" if dev else "sdfghjkl"
        words = ["".join(rng.choice(keys) for _ in range(rng.randint(2, 4))) for _ in range(4)]
        return kind, [" ".join(words)]
    if kind == "chunk":
        chunk = rng.choice(["ha", "lo", "xd", "asd"] if dev else ["je", "ja", "hue", "kek"])
        return kind, [chunk * rng.randint(4, 9)]
    if kind == "handles":
        handle = f"@{rng.choice(['deals', 'promo', 'glow'] if dev else ['win', 'free', 'vibe'])}_{rng.randint(1, 99)}"
        lead = rng.choice(["follow me", "follow me on insta"] if dev else ["follow", "ig:"])
        return kind, [" ".join([f"{lead} {handle}"] * rng.randint(2, 4))]
    return kind, [rng.choice(["nvm", "k", "lol", "?"] if dev else ["ok", "lmao", "??", "hmm"])]
