"""Hand-written filter sets as the benches read them: the frames modules hold only data
(REAL: language -> user turns of each real conversation; JUNK: language -> (kind, user
turns)), and these functions label, check and order them."""

import random

Examples = list[tuple[str, str, list[str]]]


def labelled_examples(
    real: dict[str, list[list[str]]],
    junk: dict[str, list[tuple[str, list[str]]]],
    *,
    kinds: tuple[str, ...],
    languages: tuple[str, ...],
) -> Examples:
    """(language, label, user turns) of every conversation, the real ones first; label "real"
    or "junk: <kind>". Refuses an unknown kind and a conversation written twice (it would be
    rejected only as an exact duplicate of the other)."""
    examples = [
        (language, "real", list(turns)) for language in languages for turns in real[language]
    ]
    examples += [
        (language, f"junk: {kind}", list(turns))
        for language in languages
        for kind, turns in junk[language]
    ]
    seen: set[str] = set()
    for language, label, turns in examples:
        if label.removeprefix("junk: ") not in (*kinds, "real"):
            raise ValueError(f"{language}: unknown kind {label!r}")
        text = "\n".join(turns)
        if text in seen:
            raise ValueError(f"{language}: a {label} conversation is listed twice")
        seen.add(text)
    return examples


def junk_pairs(
    junk: dict[str, dict[str, list[list[str]]]],
    *,
    kinds: tuple[str, ...],
    languages: tuple[str, ...],
) -> dict[str, list[tuple[str, list[str]]]]:
    """Junk written as language -> kind -> conversations, as labelled_examples reads it:
    language -> (kind, user turns), kinds in order. Every language must have every kind."""
    for language in languages:
        if set(junk[language]) != set(kinds):
            raise ValueError(f"{language}: junk kinds {sorted(junk[language])}")
    return {
        language: [(kind, turns) for kind in kinds for turns in junk[language][kind]]
        for language in languages
    }


def shuffled(examples: Examples, *, seed: int) -> list[tuple[str, list[str]]]:
    """(label, user turns) of each example, in an order drawn by a seeded Random."""
    labelled = [(label, turns) for _, label, turns in examples]
    random.Random(seed).shuffle(labelled)
    return labelled
