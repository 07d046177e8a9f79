"""The small interface every format reader implements, and the plain data it returns."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import BinaryIO, Protocol, TypedDict

from ...findings import Problem

#: A spreadsheet cell as readers hand it on: text, a number, a bool or empty. Dates and
#: datetimes are given as ISO strings ("2019-05-12", "2019-05-12T09:30:00").
Cell = str | int | float | bool | None


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds that keep one file from costing too much."""

    text_chars: int = 20_000  # leading text kept per file
    # Data rows read per table: every row of any real ledger (a county's roster has tens
    # of thousands). A table with more is cut, says so (rows_limit) and passes no check
    # that needs all its rows.
    max_rows: int = 100_000
    max_tables: int = 20  # sheets / word tables kept per file
    header_scan_rows: int = 15  # rows searched for the header row
    max_image_pixels: int = 100_000_000
    max_file_bytes: int = 200 * 1024 * 1024
    seconds_per_file: float = 60.0  # a file taking longer is skipped with a "timeout"
    container_depth: int = 2  # zips inside zips read this deep
    container_members: int = 5_000  # members read from one zip (or parts of one package)
    container_bytes: int = 1024 * 1024 * 1024  # total unpacked size read from one zip
    # Deflate cannot legitimately exceed about 1032:1: a large member above this ratio lies.
    member_ratio: int = 500
    ratio_floor_bytes: int = 10 * 1024 * 1024  # members smaller than this never count as bombs
    max_xml_bytes: int = 100 * 1024 * 1024  # XML parts of one package (lxml trees cost more)
    # first pages of a scanned PDF read by OCR, and a longer one's last page too (0: none)
    ocr_pages: int = 3
    ocr: bool = True  # read the text of pictures and scans (where the OCR engine is installed)
    ocr_whole: bool = False  # recognise every text line, not only a page's head and end


@dataclass(frozen=True, slots=True)
class Table:
    """One sheet (or one Word table) with its header row found and its data rows.

    ``header`` holds the column titles, normalised (a two-row merged header joined as
    "parent/child", line breaks and surrounding spaces removed). ``row_numbers`` gives
    the 1-based sheet row of each entry of ``rows``; blank rows are dropped.
    """

    name: str
    header: tuple[str, ...]
    header_row: int
    rows: tuple[tuple[Cell, ...], ...]
    row_numbers: tuple[int, ...]
    title: str = ""  # text of the title rows above the header, e.g. "2019年XX县转移就业台账"
    total_rows: int = 0  # data rows read (all of them unless the table is incomplete)
    complete: bool = True  # False when the table had more than Limits.max_rows data rows


@dataclass(frozen=True, slots=True)
class PictureFacts:
    """What the one visual pass measured on a picture: colour statistics (0..1) and, when
    OCR ran, how much of it is text."""

    colourfulness: float  # mean saturation
    white: float  # share of near-white pixels
    flat: float  # share of pixels in the four commonest colours
    edges: float  # share of sharp-edged pixels
    smooth: float | None = None  # share of pixels in perfectly even patches (no grain)
    transparent: float | None = None  # share of transparent pixels (a logo's, an icon's)
    vivid: float | None = None  # share of pixels of pure, bright colour (a poster's fields)
    colours: int | None = None  # distinct colours, 32 levels per channel (a gradient: few)
    field: float | None = None  # share of the commonest colour, not black or white (a logo's)
    text_coverage: float | None = None  # share covered by text lines; None: OCR did not run
    text_lines: int | None = None  # text lines detected
    tallest_text: float | None = None  # tallest text line / picture height
    #: share covered by words too large to be lines of text (a title or calligraphy laid
    #: over the picture), read with certainty; None: OCR did not run
    large_text: float | None = None
    #: human faces found (the people of an event photo); None: the detector did not run
    faces: int | None = None
    read: str = "none"  # lines OCR recognised: none | banner | head_end | all


@dataclass(frozen=True, slots=True)
class ImageInfo:
    """Image metadata (EXIF) and what the visual pass measured."""

    width: int
    height: int
    camera: str | None = None  # "Make Model"
    software: str | None = None  # EXIF Software
    has_gps: bool = False
    taken: str | None = None  # ISO "2019-05-12T09:30:12"
    taken_tag: str | None = None  # which EXIF tag gave ``taken``
    exposure: bool = False  # EXIF exposure time, aperture or ISO: a camera took it
    visual_hash: str | None = None  # difference hash, to find re-saved copies
    facts: PictureFacts | None = None  # None when the pixels were not decoded


@dataclass(frozen=True, slots=True)
class Extraction:
    """What a reader could read from one file. Every field is optional."""

    text: str = ""  # leading text, at most Limits.text_chars characters
    title: str | None = None  # a title the format states explicitly (first heading, ...)
    meta_title: str | None = None  # document properties title
    author: str | None = None
    created: str | None = None  # ISO date(time) from document metadata
    modified: str | None = None
    published: str | None = None  # ISO date the file states as its publication (front matter)
    labels: tuple[str, ...] = ()  # categories and tags a page files itself under (front matter)
    pages: int | None = None  # pages, slides or sheets
    tables: tuple[Table, ...] = ()
    image: ImageInfo | None = None
    content_read: bool = True  # False when the body text could not be read
    ocr_partial: bool = False  # OCR recognised only the lines that decide (a page's head and end)
    problems: tuple[Problem, ...] = field(default=())


class DocumentProperties(TypedDict):
    """The :class:`Extraction` fields a format's document properties fill."""

    meta_title: str | None
    author: str | None
    created: str | None
    modified: str | None


def document_properties(meta: Mapping[str, str | None]) -> DocumentProperties:
    """``meta`` (keys title, author, created, modified; any may be absent) as Extraction fields."""
    return DocumentProperties(
        meta_title=meta.get("title"),
        author=meta.get("author"),
        created=meta.get("created"),
        modified=meta.get("modified"),
    )


class Reader(Protocol):
    """A format reader: a pure function of the file's bytes.

    Readers may raise :class:`~evidence_audit.errors.ExtractionError` for a specific
    problem code, or let their parser's exception escape: the dispatcher turns any
    exception into an ``unreadable`` problem. They must never write anywhere.
    """

    def __call__(self, stream: BinaryIO, limits: Limits) -> Extraction: ...
