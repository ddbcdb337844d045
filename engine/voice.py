"""The Committee of Experts' voice, in one place so every Convention's findings sound alike.

Rule files write the substance (what the provision says, what the article requires, what should
be done); these helpers add the Committee's fixed moves around it: "The Committee notes that",
"recalls that, under Article …", "requests the Government to …", and the forms a check on a
Convention the country has not ratified takes instead.
"""
from __future__ import annotations


def sentence(text: str) -> str:
    """Capitalise the first letter and end with one full stop."""
    text = " ".join(text.split())
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


def listing(items, conjunction: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def words(name: str) -> str:
    """A vocabulary name in plain words: ``domestic_workers`` → ``domestic workers``."""
    return name.replace("_", " ")


# Categories of workers as a sentence names them (the rest read well with "_" as a space).
_CATEGORY_WORDS = {
    "self_employed": "self-employed persons", "family_undertakings": "family undertakings",
    "agriculture": "agricultural workers", "informal_economy": "workers in the informal economy",
    "export_processing_zones": "workers in export processing zones", "police": "the police",
    "armed_forces": "the armed forces", "small_enterprises": "workers in small enterprises",
}


def category(name: str) -> str:
    """A category of workers in words: ``self_employed`` → ``self-employed persons``."""
    return _CATEGORY_WORDS.get(name, words(name))


def article_ref(article: str, instrument: str = "Convention") -> str:
    return f"Article {article} of the {instrument}"


def noted(clause: str) -> str:
    """``The Committee notes that {clause}.`` (with the comma an opening "according to …" needs)."""
    joiner = ", " if clause.startswith(("according to", "under ")) else " "
    return sentence(f"The Committee notes that{joiner}{clause}")


def recalled(article: str, clause: str, instrument: str = "Convention") -> str:
    return sentence(f"The Committee recalls that, under {article_ref(article, instrument)}, {clause}")


def requested(action: str, *, ratified: bool, status: str, instrument: str = "Convention",
              times_raised: int = 0) -> str:
    """The operative sentence.

    For a ratified instrument the Committee asks the Government to act; the ask hardens when the
    point was raised before (``times_raised``: 1 → "once again requests", 2 or more → "urges …
    without delay").  For an instrument not ratified it says what ratification would require.
    """
    action = " ".join(action.split()).rstrip(".")
    if not ratified:
        return sentence(f"Were the Government to ratify the {instrument}, it would need to {action}")
    follow_up = ("and to provide information on the progress made in this regard" if status == "conflict"
                 else "and to provide a copy of the relevant texts")
    if "provide" in action:  # the rule already says what to send
        follow_up = ""
    if times_raised >= 2:
        return sentence(f"The Committee urges the Government to {action} without delay"
                        + (f", {follow_up}" if follow_up else ""))
    verb = "once again requests" if times_raised == 1 else "requests"
    return sentence(f"The Committee {verb} the Government to {action}" + (f", {follow_up}" if follow_up else ""))


def pending_drafts(places: list[str], titles: list[str]) -> str:
    """A bill on the same point: the Committee trusts its comments will be taken into account.

    Places in the same bill are listed once with its title ("clauses 2 and 12 of the … Bill"), and
    the verb agrees with how many there are.
    """
    by_title: dict[str, list[str]] = {}
    for place, title in zip(places, titles):
        by_title.setdefault(title, [])
        if place not in by_title[title]:
            by_title[title].append(place)
    where = listing(f"{listing(spots)} of the {title}" for title, spots in by_title.items())
    several = sum(len(spots) for spots in by_title.values()) > 1
    return sentence(f"The Committee notes that {where}, which {'are' if several else 'is'} not yet law, "
                    f"{'address' if several else 'addresses'} this matter, and trusts that the Government "
                    f"will take its comments into account in finalizing "
                    f"{'these texts' if len(by_title) > 1 else 'it'}")
