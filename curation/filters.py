"""Automated filters: junk, pranks, spam and duplicates out, real conversations in.

Each filter is one pure function over a scrubbed conversation that returns a Verdict. Adding
one is that function and one line in FILTERS. What needs the database (earlier submissions for
floods, indexed samples for duplicates) is looked up by the pipeline, for a whole batch at
once, and handed to the filters on the Subject. Verdicts are about the whole conversation: one odd
turn ("ok", "why?") inside a real exchange is not junk; a conversation whose every user turn
is mash is. Thresholds are per project (`Project.settings["filters"]`), over DEFAULTS.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from curation import minhash
from curation.gibberish import is_mash, is_mashed_text

PASS, FLAG, REJECT = "pass", "flag", "reject"


@dataclass(frozen=True)
class Verdict:
    verdict: str
    score: float = 0.0
    reason: str = ""


@dataclass
class Subject:
    """What a filter looks at: the scrubbed conversation, never raw text."""

    sample_id: Any
    project_id: int
    user_turns: list[str]
    assistant_turns: list[str]
    end_user: str
    api_key_id: int | None
    created_at: Any
    pii_mode: str
    comment: str = ""
    fingerprint: "minhash.Fingerprint | None" = field(default=None, repr=False)
    # Indexed samples sharing an LSH band with this one (looked up by the pipeline).
    duplicate_candidates: "list[minhash.Candidate]" = field(default_factory=list, repr=False)
    # Submissions in the project before this one, within the flood window.
    earlier_from_end_user: int = 0
    earlier_with_key: int = 0
    # "publishable" (browser) or "secret" (server); None (no key) counts as browser traffic.
    api_key_kind: str | None = None


Filter = Callable[[Subject, dict[str, Any]], Verdict]
URL = re.compile(r"(?i)\b(?:https?://|www\.)\S+")
PLACEHOLDER = re.compile(r"<[A-Z_]+_\d+>")
LATIN_LETTER = re.compile(r"[A-Za-z]")


def _real_turns(subject: Subject) -> list[str]:
    return [turn for turn in subject.user_turns if turn.strip()]


def check_empty(subject: Subject, config: dict[str, Any]) -> Verdict:
    """No user text at all, or nothing but one-character turns."""
    turns = _real_turns(subject)
    if not turns:
        return Verdict(REJECT, 1.0, "no user turn has any text")
    if all(len(turn.strip()) <= 1 for turn in turns):
        return Verdict(REJECT, 1.0, "every user turn is a single character")
    if all(_is_filler(turn) for turn in turns):
        return Verdict(REJECT, 1.0, "the user side is only a filler word (nvm, ok, lol)")
    return Verdict(PASS)


# A whole user side of one of these says nothing an eval set could use. Inside a longer
# conversation they are ordinary turns.
FILLERS = frozenset(
    [
        "nvm",
        "nm",
        "k",
        "kk",
        "kkk",
        "ok",
        "okk",
        "okay",
        "okey",
        "lol",
        "lool",
        "lolz",
        "lmao",
        "lmfao",
        "rofl",
        "haha",
        "hehe",
        "hihi",
        "jaja",
        "jeje",
        "kkkk",
        "mdr",
        "xd",
        "hmm",
        "hm",
        "hmmm",
        "idk",
        "meh",
        "yo",
        "test",
        "testing",
        "asdf",
        "👍",
        "👌",
        "😂",
        "🙂",
        "?",
        "??",
        "???",
        "!",
        ".",
        "..",
        "...",
        "…",
        "?!",
        "!?",
        "np",
        "gg",
        "bruh",
    ]
)


def _is_filler(turn: str) -> bool:
    words = turn.casefold().split()
    return len(words) == 1 and (words[0] in FILLERS or words[0].strip("!?.…") in FILLERS)


def _is_mash(turn: str, threshold: float) -> bool:
    if is_mashed_text(turn, threshold):
        return True
    letters = len(LATIN_LETTER.findall(turn))
    # Judge only Latin-letter prose: code, maths, JSON and other scripts are not mash.
    if letters < 4 or letters < 0.6 * len(turn.replace(" ", "")):
        return bool(re.fullmatch(r"\s*(\S)\1{5,}\s*", turn))
    words = [w for w in re.findall(r"[A-Za-z]+", turn) if len(w) >= 4]
    if not words:
        return False
    mashed = sum(len(w) for w in words if is_mash(w.lower(), threshold))
    return mashed >= 0.6 * sum(len(w) for w in words)


def check_gibberish(subject: Subject, config: dict[str, Any]) -> Verdict:
    """Keyboard mashing: implausible letter pairs, keyboard runs, one key held down."""
    turns = _real_turns(subject)
    mash = [turn for turn in turns if _is_mash(turn, config["threshold"])]
    if turns and len(mash) == len(turns):
        return Verdict(REJECT, 1.0, f"every user turn looks like keyboard mashing ({len(mash)})")
    if mash:
        return Verdict(
            FLAG,
            len(mash) / len(turns),
            f"{len(mash)} of {len(turns)} user turns look like mashing",
        )
    return Verdict(PASS)


# The chunk is at most 64 characters: unbounded, the lazy group retries every length at every
# position, and a 100,000-character turn took five minutes.
REPEATED = re.compile(r"(.{1,64}?)(?:\s?\1){3,}", re.DOTALL)


# One word that is a short chunk three or more times over: "hahaha", "lolol", "asdasdasd".
REPEATED_WORD = re.compile(r"(?i)\s*([^\W\d_]{1,4}?)\1{2,}\w{0,3}\s*[!?.]*\s*")


def _repeated_share(text: str) -> float:
    """Share of the text covered by a chunk repeated four or more times in a row (Dolma-style)."""
    if len(text) <= 64 and REPEATED_WORD.fullmatch(text):
        return 1.0
    covered = sum(len(m.group()) for m in REPEATED.finditer(text) if len(m.group()) >= 8)
    return covered / max(len(text), 1)


def _duplicate_ngram_share(text: str, n: int = 5) -> float:
    """Gopher's duplicate n-gram fraction: only meaningful on long texts."""
    words = text.split()
    grams = [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]
    if not grams:
        return 0.0
    seen: set[tuple[str, ...]] = set()
    duplicated = 0
    for gram in grams:
        duplicated += gram in seen
        seen.add(gram)
    return duplicated / len(grams)


def check_repetition(subject: Subject, config: dict[str, Any]) -> Verdict:
    """User turns that are one word or phrase over and over; an assistant stuck in a loop."""
    turns = _real_turns(subject)
    repetitive = [t for t in turns if _repeated_share(t) >= config["user_share"]]
    if turns and len(repetitive) == len(turns):
        return Verdict(REJECT, 1.0, "every user turn repeats the same chunk over and over")
    looping = [
        t
        for t in subject.assistant_turns
        if len(t.split()) >= 50 and _duplicate_ngram_share(t) >= config["assistant_ngram_share"]
    ]
    if looping:
        # Worth a reviewer's look: a thumbs-down on a looping answer is real feedback.
        return Verdict(FLAG, 1.0, "an assistant answer repeats itself (stuck in a loop?)")
    if repetitive:
        return Verdict(FLAG, len(repetitive) / len(turns), "a user turn repeats itself")
    return Verdict(PASS)


PROMOTION = re.compile(
    r"(?i)\b(?:buy now|click here|free money|limited (?:time )?offer|act now|casino|"
    r"crypto giveaway|earn \$?\d+|work from home|make money|viagra|cialis|100% free|"
    r"subscribe to my|follow me on|promo code|discount code|best price|cheap (?:pills|meds)|"
    r"visit my (?:site|website|channel)|check out my|dm me|whatsapp me|onlyfans|bitcoin doubler)\b"
)


# Social handles and the words that push them: "follow me @x", "ig: x", "sub to my channel".
HANDLE = re.compile(r"(?<![\w.])@[A-Za-z0-9_.]{3,30}\b")
FOLLOW = re.compile(
    r"(?i)\b(?:follow (?:me|us|my|@)|folgt mir|suivez-moi|sígueme|seguimi|volg mij|obserwuj|"
    r"me siga|sub(?:scribe)? (?:to|2) (?:me|my)|(?:ig|insta|instagram|tiktok|twitch|yt|youtube|"
    r"snap|snapchat|telegram|discord|onlyfans)\s*[:@])"
)


def _is_spam(turn: str) -> bool:
    handles = HANDLE.findall(turn)
    follows = len(FOLLOW.findall(turn))
    if (
        follows >= 2
        or (follows and handles)
        or (len(handles) >= 2 and len(set(handles)) < len(handles))
    ):
        return True  # follow-me spam, the same handle again and again
    links = URL.findall(turn)
    without_links = URL.sub("", turn).strip(" \t\n.,;:!-")
    if links and not without_links:
        return True  # nothing but links
    if len(links) >= 3 and len(set(links)) < len(links):
        return True  # the same link again and again
    promotions = len(PROMOTION.findall(turn))
    return promotions >= 2 or (promotions >= 1 and bool(links))


def check_spam(subject: Subject, config: dict[str, Any]) -> Verdict:
    """Link-only turns, repeated links, promotional patterns."""
    turns = _real_turns(subject)
    spam = [turn for turn in turns if _is_spam(turn)]
    if turns and len(spam) * 2 > len(turns):
        return Verdict(REJECT, len(spam) / len(turns), "user turns are links or promotion (spam)")
    if spam:
        return Verdict(FLAG, len(spam) / len(turns), "a user turn looks like spam")
    return Verdict(PASS)


def check_near_duplicate(subject: Subject, config: dict[str, Any]) -> Verdict:
    """The same user turns as an earlier sample that was not rejected (exact or near)."""
    if subject.fingerprint is None:
        return Verdict(PASS)
    match = minhash.best_match(
        subject.fingerprint,
        subject.duplicate_candidates,
        threshold=config["threshold"],
        exact_only=subject.fingerprint.length < config["near_min_chars"],
    )
    if match is None:
        return Verdict(PASS)
    kind = (
        "exact duplicate"
        if match.similarity >= 1.0
        else f"near-duplicate ({match.similarity:.0%} similar)"
    )
    return Verdict(REJECT, match.similarity, f"{kind} of sample {match.sample_id}")


def check_flood(subject: Subject, config: dict[str, Any]) -> Verdict:
    """Many submissions from one end user, or one key, in a short window: the first pass.

    The limits are for browser traffic (publishable keys, end users). A secret (server) key
    is the project's own backend: a backfill of its history sends thousands of real
    conversations in minutes, so it has one much higher limit, `per_secret_key`, for the key.
    End users are counted by their browser submissions only (the pipeline leaves the server
    key's out), so a backfill naming them does not flood their next thumbs-down.
    """
    window = config["window_seconds"]
    if subject.api_key_kind == "secret":
        limit = config["per_secret_key"]
        count = subject.earlier_with_key
        if count >= limit:
            return Verdict(
                REJECT,
                float(count),
                f"flood: {count} earlier submissions with this server key in {window} s",
            )
        return Verdict(PASS)
    if subject.earlier_from_end_user >= config["per_end_user"]:
        count = subject.earlier_from_end_user
        return Verdict(
            REJECT,
            float(count),
            f"flood: {count} earlier submissions from this end user in {window} s",
        )
    if subject.earlier_with_key >= config["per_key"]:
        count = subject.earlier_with_key
        return Verdict(
            REJECT, float(count), f"flood: {count} earlier submissions with this key in {window} s"
        )
    return Verdict(PASS)


def check_language(subject: Subject, config: dict[str, Any]) -> Verdict:
    """Languages outside the project's list (default: every language allowed)."""
    allowed = config["allowed"]
    text = " ".join(PLACEHOLDER.sub(" ", t) for t in _real_turns(subject))
    if not allowed or not text.strip():
        return Verdict(PASS)
    from curation.language import detect

    code, confidence = detect(text, allowed=tuple(allowed))
    if code is None or code in allowed:
        return Verdict(PASS, confidence)
    return Verdict(
        config["action"], confidence, f"language {code} is not one of {', '.join(allowed)}"
    )


def check_profanity(subject: Subject, config: dict[str, Any]) -> Verdict:
    """Swearing and abuse: flagged for the reviewer, never rejected on its own."""
    from curation.language import PROFANITY

    hits = sum(len(PROFANITY.findall(text)) for text in [*subject.user_turns, subject.comment])
    if hits:
        return Verdict(FLAG, float(hits), f"profanity or abuse ({hits} words)")
    return Verdict(PASS)


def check_pii_density(subject: Subject, config: dict[str, Any]) -> Verdict:
    """Mostly redacted: little left for an eval set once the personal data is gone."""
    if subject.pii_mode == "surrogate":
        return Verdict(PASS, 0.0, "not measured for surrogate values")
    text = "".join(_real_turns(subject))
    redacted = sum(len(m.group()) for m in PLACEHOLDER.finditer(text))
    share = redacted / max(len(text.replace(" ", "")), 1)
    if share >= config["share"]:
        return Verdict(FLAG, share, f"{share:.0%} of the user text was redacted")
    return Verdict(PASS, share)


INJECTION = re.compile(
    r"(?i)\b(?:ignore|disregard|forget)\b[^.\n]{0,30}\b(?:previous|prior|above|earlier|all|your)\b"
    r"[^.\n]{0,20}\b(?:instructions|rules|prompts?|guidelines)\b|"
    r"\b(?:jailbreak|DAN mode|do anything now|developer mode|system prompt|"
    r"without (?:any )?(?:restrictions|filters|limits)|you are no longer|pretend (?:to be|you are))\b"
)


def check_prompt_injection(subject: Subject, config: dict[str, Any]) -> Verdict:
    """Prompt-injection and jailbreak markers: flagged, they may be valuable safety cases."""
    hits = [t for t in _real_turns(subject) if INJECTION.search(t)]
    if hits:
        return Verdict(FLAG, float(len(hits)), "prompt-injection or jailbreak wording")
    return Verdict(PASS)


# name -> (filter, default configuration). Order is the order reviewers see.
FILTERS: dict[str, tuple[Filter, dict[str, Any]]] = {
    "empty": (check_empty, {}),
    "gibberish": (check_gibberish, {"threshold": -4.8}),
    "repetition": (check_repetition, {"user_share": 0.6, "assistant_ngram_share": 0.5}),
    "spam": (check_spam, {}),
    "near_duplicate": (check_near_duplicate, {"threshold": 0.8, "near_min_chars": 80}),
    "flood": (
        check_flood,
        {"window_seconds": 60, "per_end_user": 10, "per_key": 600, "per_secret_key": 100_000},
    ),
    "language": (check_language, {"allowed": [], "action": FLAG}),
    "profanity": (check_profanity, {}),
    "pii_density": (check_pii_density, {"share": 0.5}),
    "prompt_injection": (check_prompt_injection, {}),
}


class FilterConfigError(ValueError):
    pass


def project_config(settings: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    """Each enabled filter's configuration: defaults, overridden by the project's settings.

    `{"gibberish": {"threshold": -5}, "language": {"allowed": ["en"]}, "flood": false}`
    """
    settings = settings or {}
    unknown = set(settings) - set(FILTERS)
    if unknown:
        raise FilterConfigError(f"unknown filters: {', '.join(sorted(unknown))}")
    configs = {}
    for name, (_, defaults) in FILTERS.items():
        override = settings.get(name, {})
        if override is False:
            continue
        if not isinstance(override, dict) or set(override) - set(defaults):
            raise FilterConfigError(
                f"filters.{name} takes {', '.join(defaults) or 'no options'} (or false)"
            )
        for option, value in override.items():
            _check_option(name, option, value, defaults[option])
        configs[name] = {**defaults, **override}
    return configs


def _check_option(name: str, option: str, value: Any, default: Any) -> None:
    """A value of the default's kind; closed sets for the action and the language codes."""
    where = f"filters.{name}.{option}"
    if isinstance(default, int | float) and (
        isinstance(value, bool) or not isinstance(value, int | float)
    ):
        raise FilterConfigError(f"{where} must be a number")
    if option == "action" and value not in (FLAG, REJECT):
        raise FilterConfigError(f"{where} must be {FLAG!r} or {REJECT!r}")
    if isinstance(default, list):
        from lingua import Language

        known = {language.iso_code_639_1.name.lower() for language in Language.all()}
        if not isinstance(value, list) or not all(isinstance(v, str) and v in known for v in value):
            raise FilterConfigError(f'{where} must be a list of ISO 639-1 codes such as "en"')


def run_filters(subject: Subject, configs: dict[str, dict[str, Any]]) -> dict[str, Verdict]:
    return {name: FILTERS[name][0](subject, config) for name, config in configs.items()}
