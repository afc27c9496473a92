"""Recognizers chat logs need beyond Presidio's defaults.

Secrets by well-known prefixes and shapes, passwords given in text, phone numbers as people
type them, street addresses, URLs that carry personal tokens, and person names from
conversational context ("I'm …", "ask for …", "Dear …", signatures), including names written
in lower case. scrub.py builds the analyzer from the classes exported here.

The modules, each reading only those above it:
    base         a recognizer of named regex rules, patterns compiled once
    lexicon      name lists, place names, common and function words, English prose
    cues         the words and shapes that say a name stands next to them
    identifiers  spelled e-mails, secrets, cards, lower-case IBANs, NHS numbers, token URLs
    phones       phone numbers
    addresses    street addresses
    lookalikes   what looks like a name and is not
    name_spans   how far a name goes, lower-case names, speakers, address-block heads
    names        ContextNameRecognizer and NerPersonRecognizer
"""

from curation.recognizers.addresses import StreetAddressRecognizer
from curation.recognizers.identifiers import (
    CardNumberRecognizer,
    LowerCaseIbanRecognizer,
    NhsNumberRecognizer,
    SecretRecognizer,
    SpelledEmailRecognizer,
    TokenUrlRecognizer,
)
from curation.recognizers.lexicon import (
    COMMON_WORDS,
    LAST_NAMES,
    NAME_PARTICLES,
    NAME_STOP,
    calendar_words,
    never_a_name_in,
)
from curation.recognizers.lookalikes import not_a_person, part_of_a_town
from curation.recognizers.name_spans import completed_names, joined_names
from curation.recognizers.names import ContextNameRecognizer, NerPersonRecognizer
from curation.recognizers.phones import (
    DEFAULT_PHONE_REGIONS,
    PhoneNumberRecognizer,
    PhoneShapeRecognizer,
)

__all__ = [
    "COMMON_WORDS",
    "DEFAULT_PHONE_REGIONS",
    "LAST_NAMES",
    "NAME_PARTICLES",
    "NAME_STOP",
    "CardNumberRecognizer",
    "ContextNameRecognizer",
    "LowerCaseIbanRecognizer",
    "NerPersonRecognizer",
    "NhsNumberRecognizer",
    "PhoneNumberRecognizer",
    "PhoneShapeRecognizer",
    "SecretRecognizer",
    "SpelledEmailRecognizer",
    "StreetAddressRecognizer",
    "TokenUrlRecognizer",
    "calendar_words",
    "completed_names",
    "joined_names",
    "never_a_name_in",
    "not_a_person",
    "part_of_a_town",
]
