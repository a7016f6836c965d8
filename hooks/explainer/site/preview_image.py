"""Preview images: a 1200x630 PNG per page for link cards, made offline.

The card shows the site's name, the page's title and what the page leads with
(``card_highlight``): its first quote with the speaker, else its key figure with
what the glossary found about it, else its description. Text is set in DejaVu Sans,
committed under ``fonts/`` with its licence (Debian's fonts-dejavu-core), so
nothing is fetched. Images are cached by content: a hash of everything drawn,
of ``VERSION`` and of this module's code names a file in the cache folder, so a
rebuild with nothing changed reads files and draws nothing. The hash is keyed
with the checkout's own secret (``analysis_cache.checkout_key``), so no file put
under ``build/`` by anyone else has a name the build reads; and a cached file is
used only when it checks as a whole 1200x630 PNG, else it is drawn again.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import struct
import zlib
from functools import cache
from pathlib import Path
from typing import NamedTuple

from explainer.site.social import IMAGE_HEIGHT, IMAGE_WIDTH

# Bump when the drawing below changes, so cached images are redrawn.
VERSION = "2"
FONTS = Path(__file__).resolve().parent / "fonts"
REGULAR, BOLD = FONTS / "DejaVuSans.ttf", FONTS / "DejaVuSans-Bold.ttf"
BACKGROUND, BAND, TEXT, MUTED = "#283593", "#3f51b5", "#ffffff", "#e8eaf6"
MARGIN = 72
QUOTE_LIMIT = 220
_CODE = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()  # a change to the drawing redraws


class Card(NamedTuple):
    """Everything an image shows: its cache key is made from these alone."""

    title: str
    site_name: str
    quote: str | None = None
    speaker: str | None = None
    figure: str | None = None  # the page's key figure, "8,000", where it quotes nothing
    finding: str | None = None  # what the glossary found about it
    description: str | None = None  # where the page holds neither quote nor figure

    def key(self, secret: bytes = b"") -> str:
        data = json.dumps([VERSION, _CODE, *self], ensure_ascii=False).encode("utf-8")
        return hmac.new(secret, data, hashlib.sha256).hexdigest()[:32]


def alt_text(card: Card) -> str:
    """What the image shows, for og:image:alt."""
    text = f"{card.title}, {card.site_name}"
    if card.quote:
        text += f": “{_clip(card.quote, QUOTE_LIMIT)}”" + (f", {card.speaker}" if card.speaker else "")
    elif card.figure:
        text += f": {card.figure}" + (f", {card.finding}" if card.finding else "")
    elif card.description:
        text += f": {_clip(card.description, QUOTE_LIMIT)}"
    return text


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _wrap(draw, text: str, font, width: int, max_lines: int) -> list[str]:
    """Greedy word wrap to ``width`` pixels; the last line ends in … if text is left over."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and draw.textlength(f"{line} {words[0]}", font=font) <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words and lines:
        last = lines[-1]
        while last and draw.textlength(last + "…", font=font) > width:
            last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
        lines[-1] = last + "…"
    return lines


@cache
def _font(path: Path, size: int):
    """A font, read and parsed once per process, not once per image."""
    from PIL import ImageFont

    return ImageFont.truetype(str(path), size)


def _draw_lines(draw, text: str, font, at: tuple[int, int], width: int, max_lines: int) -> int:
    """Wrapped text from ``at``; returns the y below it."""
    x, y = at
    for line in _wrap(draw, text, font, width, max_lines):
        draw.text((x, y), line, font=font, fill=TEXT)
        y += int(font.size * 1.3)
    return y


def _draw_figure(draw, card: Card, y: int, width: int) -> None:
    """The key figure large, with a rule beside it, and its finding below."""
    number_font = _font(BOLD, 150)
    draw.rectangle((MARGIN, y + 20, MARGIN + 8, y + 160), fill=MUTED)
    draw.text((MARGIN + 32, y), _clip(card.figure or "", 24), font=number_font, fill=TEXT)
    if card.finding:
        _draw_lines(draw, card.finding, _font(REGULAR, 40), (MARGIN + 32, y + 190), width - 32, 2)


def draw_png(card: Card) -> bytes:
    """The card as PNG bytes (palette colours: a few kilobytes of flat colour)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (IMAGE_WIDTH, IMAGE_HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, IMAGE_WIDTH, 16), fill=BAND)
    width = IMAGE_WIDTH - 2 * MARGIN
    draw.text((MARGIN, 56), card.site_name, font=_font(REGULAR, 30), fill=MUTED)
    more = card.quote or card.figure or card.description  # what the card leads with, below the title
    title_font = _font(BOLD, 50 if more else 60)
    y = 120
    for line in _wrap(draw, card.title, title_font, width, 2 if more else 3):
        draw.text((MARGIN, y), line, font=title_font, fill=TEXT)
        y += int(title_font.size * 1.2)
    if card.figure:
        _draw_figure(draw, card, y + 24, width)
    elif card.description:
        _draw_lines(draw, _clip(card.description, QUOTE_LIMIT), _font(REGULAR, 38), (MARGIN, y + 28), width, 5)
    if card.quote:
        quote_font = _font(REGULAR, 34)
        y += 28
        draw.rectangle((MARGIN, y, MARGIN + 8, y + 4 * 46 - 8), fill=MUTED)
        for line in _wrap(draw, f"“{_clip(card.quote, QUOTE_LIMIT)}”", quote_font, width - 32, 4):
            draw.text((MARGIN + 32, y), line, font=quote_font, fill=TEXT)
            y += 46
        if card.speaker:
            draw.text((MARGIN + 32, y + 12), f"— {card.speaker}", font=_font(BOLD, 32), fill=MUTED)
    out = io.BytesIO()
    # a fast palette (no dithering: flat colours and anti-aliased text need none) and one
    # compression pass: about a third of the time of an optimising quantize and save
    image.quantize(colors=64, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(
        out, format="PNG", compress_level=9
    )
    return out.getvalue()


_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _valid_png(path: Path) -> bytes | None:
    """The file's bytes when it is a whole PNG of the card's size; else None (drawn again).

    Checked as Pillow's ``verify()`` checks a PNG - the signature, IHDR first (here
    also 1200x630), every chunk's CRC, IEND last - with zlib's crc32: importing
    Pillow on every rebuild to do it cost 47 ms, a twentieth of the build."""
    try:
        if path.is_symlink() or not path.is_file():
            return None
        data = path.read_bytes()
    except OSError:
        return None
    if not data.startswith(_SIGNATURE):
        return None
    position, first, last = len(_SIGNATURE), True, b""
    while position + 12 <= len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        end = position + 12 + length
        if end > len(data):
            return None
        body = data[position + 8 : end - 4]
        if zlib.crc32(kind + body) != struct.unpack(">I", data[end - 4 : end])[0]:
            return None
        if first and (kind != b"IHDR" or struct.unpack(">II", body[:8]) != (IMAGE_WIDTH, IMAGE_HEIGHT)):
            return None
        first, last, position = False, kind, end
    return data if last == b"IEND" and position == len(data) else None


class Previews:
    """Preview images of one build, drawn or read from the cache folder."""

    def __init__(self, cache_dir: Path, secret: bytes = b""):
        self.cache_dir = cache_dir
        self.secret = secret
        self.drawn = 0
        self.cached = 0

    def png(self, card: Card) -> bytes:
        cached = self.cache_dir / f"{card.key(self.secret)}.png"
        data = _valid_png(cached)
        if data is not None:
            self.cached += 1
            return data
        data = draw_png(card)
        self.drawn += 1
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(".tmp")
        partial.write_bytes(data)
        partial.replace(cached)
        return data

    def summary(self) -> str:
        total = self.drawn + self.cached
        return f"preview images: {self.drawn} of {total} drawn, {self.cached} from the cache in {self.cache_dir}"
