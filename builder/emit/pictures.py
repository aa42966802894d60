"""Which pictures a note shows, and its back with them: decided from the facts and topic it shows.

A note shows its topic's own pictures (those on lines of their own under the heading) and the
pictures of every fact it shows (:attr:`NoteSpec.facts`: its facts and the item heads shown as
their context), each once, in that order.  They go at the end of the note's back (``Extra`` for
the cloze type, ``Back`` for the basic type), laid out by ``templates/anki/fields/images.html.j2``;
a picture that cannot be shown leaves its alt text in its place.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from pathlib import Path

from markupsafe import Markup

from builder.analyse.rules import image_caption
from builder.emit.cards import NoteSpec
from builder.emit.fields import field
from builder.emit.media import Media, prepare
from builder.model import Image


def note_images(spec: NoteSpec) -> tuple[Image, ...]:
    """The pictures ``spec``'s note shows, each once: its topic's, its facts', and those of the
    topic's lines that make no card of their own (a picture never depends on its line's card)."""
    facts = spec.topic.facts
    shown = sorted({i for i in spec.facts if 0 <= i < len(facts)})
    cardless = [f for f in facts if f.decision is not None and not f.decision.kinds]
    found: dict[str, Image] = {}
    topic_images = (*spec.topic.images, *(image for f in cardless for image in f.images))
    for image in (*topic_images, *(image for i in shown for image in facts[i].images)):
        found.setdefault(image.digest or f"{image.src}\0{image.alt}", image)
    return tuple(found.values())


def pack(images: Iterable[Image], notes_dir: Path) -> dict[str, Media]:
    """Each usable picture once, by content hash, ready for the package (unreadable ones left out)."""
    media: dict[str, Media] = {}
    failed: set[str] = set()
    for image in images:
        if image.usable and image.digest not in media and image.digest not in failed:
            prepared = prepare(image, notes_dir)
            if prepared is None:
                failed.add(image.digest)
            else:
                media[image.digest] = prepared
    return media


def with_images(fields: tuple[str, ...], images: Iterable[Image], media: dict[str, Media]) -> tuple[str, ...]:
    """``fields`` with the pictures appended to the back (the second field)."""
    views = [{"tag": img_tag(media[i.digest], i) if i.digest in media else None, "alt": i.alt} for i in images]
    views = [v for v in views if v["tag"] or (v["alt"] and not image_caption(str(v["alt"])))]
    if not views:
        return fields
    html = field("images", images=views)
    back = f"{fields[1]}\n{html}" if fields[1] else html
    return (fields[0], back, *fields[2:])


def img_tag(media: Media, image: Image) -> Markup:
    """The ``<img>`` of a packed picture: its media name, its alt text and the width the notes ask for.

    Built here rather than in the template, whose values are escaped for element content only.
    The name is a hash and the width was validated by the parser (``400px``, ``80%``).
    """
    style = f' style="width:{escape(image.width)}"' if image.width else ""
    return Markup(f'<img src="{escape(media.name)}" alt="{escape(image.alt)}"{style}>')
