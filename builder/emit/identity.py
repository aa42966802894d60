"""Stable note identity: each note of a build matched to the one it continues in the ID ledger.

Anki updates a note in place only when an imported note has the same GUID (and a newer
modification time), so a note's GUID must survive everything a learner does to the notes:
rewording, typo fixes, changed numbers, reordered bullets or topics, a fact added above, a
renamed heading or file.  No key derived from the text alone survives all of those, so we
remember.  The ledger (:mod:`builder.emit.ledger`) lists, for every note of the last build, its
GUID, kind, file, topic (the heading path within the file, ``생물 › 세포 › 특징``: titles
repeat, paths rarely do), the anchor text it was matched on (the content the note tests, never
a heading), a hash of its content and its modification time.  Each build matches its notes to
the ledger in rounds, most certain first:

1. the same anchor text (any topic, any file: reordering and renaming change nothing);
2. the same text with its numbers masked (a changed number);
3. a similar text inside the same topic, where topics are paired by the notes they share,
   else by their unmatched notes that are alike, else by a similar heading (rewording, typo
   fixes);
4. a very similar text anywhere (a fact moved to another topic and touched up).

Within a round the best-scoring pairs win, so the result does not depend on the order of
the notes.  A note matched to an entry keeps its GUID; its modification time changes only
if its content hash does.  Unmatched notes are added (a GUID derived from their first text);
unmatched entries are removed notes, which the build reports.  Within a matched note, each
cloze deletion keeps its number (its card) by :mod:`builder.emit.cloze_numbers`.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from builder.emit.genanki_import import genanki
from builder.emit.ledger import Clozes, Entry, nfc

SAME_TOPIC_RATIO = 0.55
ANY_TOPIC_RATIO = 0.8
TOPIC_TITLE_RATIO = 0.6
SINGLETON_KINDS = frozenset({"what", "which", "recap"})
"""Kinds of which a topic has at most one note: paired whenever their topics are."""
PATH_SEPARATOR = " › "
SIMILAR_CONTENT_LIMIT = 250_000
"""Most pairs of unmatched notes compared to pair renamed topics by content (bounds the cost)."""
TopicKey = tuple[str, str]
"""(file, heading path)."""


@dataclass(frozen=True, slots=True)
class Wanted:
    """A note of this build, before its identity is known."""

    kind: str
    file: str
    topic: str
    text: str
    hash: str
    clozes: Clozes = ()


@dataclass
class Matched:
    """The outcome of matching one build against the ledger."""

    entries: list[Entry]
    """One per wanted note, in the same order."""
    added: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    removed: list[Entry] = field(default_factory=list)


def match(old: Sequence[Entry], wanted: Sequence[Wanted], now: int) -> Matched:
    """Give every wanted note an identity, reusing the ledger's entries where they match."""
    return settle(old, wanted, pair_notes(old, wanted), now)


def pair_notes(old: Sequence[Entry], wanted: Sequence[Wanted]) -> dict[int, int]:
    """Wanted index → index of the ledger entry it continues (hashes are not looked at)."""
    pairs: dict[int, int] = {}  # wanted index -> old index
    free = set(range(len(old)))

    def take(candidates: list[tuple[float, int, int]]) -> None:
        for _, wi, oi in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
            if wi not in pairs and oi in free:
                pairs[wi] = oi
                free.discard(oi)

    for key in (_plain, _masked):
        index: dict[tuple[str, str], list[int]] = {}
        for oi in sorted(free):
            index.setdefault((old[oi].kind, key(old[oi].text)), []).append(oi)
        take(
            [
                (1 + (o.topic == w.topic) + 0.5 * (o.file == w.file), wi, oi)
                for wi, w in enumerate(wanted)
                if wi not in pairs
                for oi in index.get((w.kind, key(w.text)), ())
                for o in (old[oi],)
            ]
        )

    topic_map = _pair_topics(old, wanted, pairs)
    take(
        [
            (score, wi, oi)
            for wi, w in enumerate(wanted)
            if wi not in pairs
            for oi in free
            if old[oi].kind == w.kind and (old[oi].file, old[oi].topic) == topic_map.get((w.file, w.topic))
            for score in (_similarity(w.kind, w.text, old[oi].text),)
            if score >= SAME_TOPIC_RATIO or _always_pairs(w.kind, old[oi])
        ]
    )
    take(
        [
            (score, wi, oi)
            for wi, w in enumerate(wanted)
            if wi not in pairs
            for oi in free
            if old[oi].kind == w.kind
            for score in (_similarity(w.kind, w.text, old[oi].text, ANY_TOPIC_RATIO),)
            if score >= ANY_TOPIC_RATIO
        ]
    )
    return pairs


def settle(old: Sequence[Entry], wanted: Sequence[Wanted], pairs: dict[int, int], now: int) -> Matched:
    """The entries of this build: paired notes keep their GUIDs (and their modification times
    unless their content hash changed), the others are added; unpaired entries are removed."""
    result = Matched(entries=[])
    free = set(range(len(old))) - set(pairs.values())
    taken = {e.guid for e in old}
    salts: dict[tuple[str, ...], int] = {}
    for wi, w in enumerate(wanted):
        if wi in pairs:
            o = old[pairs[wi]]
            mod = o.mod
            if o.hash != w.hash:
                mod = max(now, o.mod + 1)  # strictly newer, or Anki skips the update
                result.updated.append(wi)
            result.entries.append(Entry(o.guid, w.kind, w.file, w.topic, w.text, w.hash, mod, w.clozes))
        else:
            guid = _new_guid(w, taken, salts)
            taken.add(guid)
            result.added.append(wi)
            result.entries.append(Entry(guid, w.kind, w.file, w.topic, w.text, w.hash, now, w.clozes))
    result.removed = [old[oi] for oi in sorted(free)]
    return result


def _new_guid(w: Wanted, taken: set[str], salts: dict[tuple[str, ...], int]) -> str:
    """Derived from the note's first anchor, never random; salted only on a collision.

    ``salts`` remembers the last salt per anchor, so notes repeated many times (the same
    heading and bullet in many chapters) do not retry every salt before theirs."""
    base = (w.kind, nfc(w.file), nfc(w.topic), nfc(w.text))
    guid: str = genanki.guid_for(*base)  # genanki is untyped: say what it returns
    salt = salts.get(base, 0)
    if salt:
        guid = genanki.guid_for(*base, str(salt))
    while guid in taken:
        salt += 1
        guid = genanki.guid_for(*base, str(salt))
    salts[base] = salt
    return guid


def _pair_topics(
    old: Sequence[Entry], wanted: Sequence[Wanted], pairs: dict[int, int]
) -> dict[tuple[str, str], tuple[str, str]]:
    """New topic → old topic: the one it shares most matched notes with, else the one whose
    notes are most alike (a renamed heading over reworded facts), else a similar title."""
    votes: Counter[tuple[tuple[str, str], tuple[str, str]]] = Counter()
    for wi, oi in pairs.items():
        votes[(wanted[wi].file, wanted[wi].topic), (old[oi].file, old[oi].topic)] += 1
    mapping: dict[tuple[str, str], tuple[str, str]] = {}
    used: set[tuple[str, str]] = set()  # mapping's values, as a set: thousands of topics
    _take_votes(votes, mapping, used)
    _take_votes(_similar_content(old, wanted, pairs, mapping, used), mapping, used)
    old_keys = sorted({(e.file, e.topic) for e in old} - used)
    for new_key in sorted({(w.file, w.topic) for w in wanted} - set(mapping)):
        # The whole path, or the heading alone: ledgers written before topics were keyed by
        # their path hold bare titles.
        scored = [
            (max(ratio(new_key[1], k[1]), ratio(_title(new_key[1]), _title(k[1]))) + 0.01 * (k[0] == new_key[0]), k)
            for k in old_keys
        ]
        best = max(scored, default=None)
        if best and best[0] >= TOPIC_TITLE_RATIO:
            mapping[new_key] = best[1]
            old_keys.remove(best[1])
    return mapping


def _take_votes(
    votes: Mapping[tuple[TopicKey, TopicKey], float], mapping: dict[TopicKey, TopicKey], used: set[TopicKey]
) -> None:
    """Pair topics, most votes first (ties in key order, so the result does not depend on input order)."""
    for (new_key, old_key), _ in sorted(votes.items(), key=lambda v: (-v[1], v[0])):
        if new_key not in mapping and old_key not in used:
            mapping[new_key] = old_key
            used.add(old_key)


def _similar_content(
    old: Sequence[Entry],
    wanted: Sequence[Wanted],
    pairs: dict[int, int],
    mapping: dict[TopicKey, TopicKey],
    used: set[TopicKey],
) -> dict[tuple[TopicKey, TopicKey], float]:
    """Votes between topics still unpaired: the similarity of each pair of their unmatched notes
    of one kind that are alike enough to be one note edited."""
    taken = set(pairs.values())
    new_notes = [w for wi, w in enumerate(wanted) if wi not in pairs and (w.file, w.topic) not in mapping]
    old_notes = [o for oi, o in enumerate(old) if oi not in taken and (o.file, o.topic) not in used]
    if len(new_notes) * len(old_notes) > SIMILAR_CONTENT_LIMIT:
        return {}  # a wholesale rewrite; the title comparison still runs
    votes: dict[tuple[TopicKey, TopicKey], float] = {}
    for w in new_notes:
        for o in old_notes:
            if o.kind == w.kind and (score := ratio(w.text, o.text, SAME_TOPIC_RATIO)) >= SAME_TOPIC_RATIO:
                key = ((w.file, w.topic), (o.file, o.topic))
                votes[key] = votes.get(key, 0.0) + score
    return votes


def _always_pairs(kind: str, entry: Entry) -> bool:
    """Whether a topic's note of this kind continues its old one whatever their texts.

    What/which cards test one statement: a different statement (the old one deleted) is a
    different question, so they pair only when alike.  Ledgers written before anchors were
    content kept the topic's title as the anchor of its what/which/recap notes; those pair
    with their topic's, once.
    """
    return kind in SINGLETON_KINDS and entry.text == _title(entry.topic)


def _title(topic: str) -> str:
    return topic.rpartition(PATH_SEPARATOR)[2]


def _plain(text: str) -> str:
    return " ".join(nfc(text).casefold().split())


def _masked(text: str) -> str:
    return re.sub(r"\d[\d,.]*", "#", _plain(text))


def _similarity(kind: str, a: str, b: str, floor: float = 0.0) -> float:
    """:func:`ratio`; for a comparison, whose anchor lists its subjects, also the share of
    subjects in common (in any order; older ledgers listed the title first); for a list, whose
    anchor lists the line it is under and its items, the share of those in common, in any order
    and with their numbers masked (an item added or moved, ``4가지 조건`` become ``5가지``)."""
    score = ratio(a, b, floor)
    if kind in ("comparison", "list"):
        key = _masked if kind == "list" else _plain
        left, right = ({key(part) for part in text.split(" | ")} for text in (a, b))
        score = max(score, 2 * len(left & right) / (len(left) + len(right)))
    return score


def ratio(a: str, b: str, floor: float = 0.0) -> float:
    """Similarity of two texts in [0, 1]; 0 early when the cheap upper bounds are below ``floor``."""
    matcher = difflib.SequenceMatcher(None, _plain(a), _plain(b), autojunk=False)
    if floor and (matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor):
        return 0.0
    return matcher.ratio()
