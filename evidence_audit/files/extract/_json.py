"""JSON records: a crawler's or a dataset's document saved as JSON (a policy's 标题 and its
内容 as a list of paragraphs). The text is the record's string values in the order the
file holds them, each paragraph on its own line, as the document printed them; a JSON
file that holds no prose (settings, a locale's UI strings, numbers) is read as plain
text, as it always was."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import BinaryIO

from ._tables import build_table
from ._text import (
    MAX_TEXT_BYTES,
    PROSE,
    TITLE_KEYS,
    decode_text,
    page_date,
    page_labels,
    read_txt,
)
from .base import Extraction, Limits

__all__ = ["read_json"]

_LINE_BREAK = re.compile(r"\r\n?")


def _strings(data: object) -> Iterator[str]:
    """The string values of a JSON value, depth first in the file's order (no recursion:
    a hostile file nests thousands deep)."""
    stack: list[object] = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            stack.extend(reversed(list(value.values())))
        elif isinstance(value, list):
            stack.extend(reversed(value))


def read_json(stream: BinaryIO, limits: Limits) -> Extraction:
    """A JSON record's text: its string values, one paragraph per line."""
    stream.seek(0)
    data = stream.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        return read_txt(stream, limits)  # a dataset, not a record: its head as text
    try:
        record = json.loads(decode_text(data))
    except (ValueError, RecursionError):
        return read_txt(stream, limits)
    records = _records(record)
    if records is not None:
        return _as_table(records, limits)
    values = [_LINE_BREAK.sub("\n", v).strip() for v in _strings(record)]
    if not any(PROSE.search(v) for v in values):
        return read_txt(stream, limits)
    fields = _top_fields(record)
    title = next((fields[k] for k in TITLE_KEYS if fields.get(k)), None)
    published = page_date(fields)
    if title is not None:
        # the record's own title heads its text, as a page's front matter title does
        # compared as _top_fields holds them: a title with line breaks is not printed twice
        own = (title, fields.get("date"))
        values = [title, *(v for v in values if " ".join(v.split()) not in own)]
    lines = (line.strip() for v in values for line in v.splitlines())
    text = "\n".join(line for line in lines if line)
    return Extraction(
        text=text[: limits.text_chars], title=title, published=published, labels=page_labels(fields)
    )


#: A list of this many titled records is a feed or an index, not one document.
_COLLECTION = 3


def _records(record: object) -> list[dict[str, object]] | None:
    """The titled records of a JSON holding a list of them (a crawler's feed, a policy
    index), at its top or under one of its top fields; None for one document's record."""
    lists = [record] if isinstance(record, list) else []
    if isinstance(record, dict):
        lists += [v for v in record.values() if isinstance(v, list)]
    for items in lists:
        titled = [
            {str(k): v for k, v in item.items()}
            for item in items
            if any(_top_fields(item).get(k) for k in TITLE_KEYS)
        ]
        if len(titled) >= _COLLECTION:
            return titled
    return None


def _as_table(records: list[dict[str, object]], limits: Limits) -> Extraction:
    """Many documents' records, read as the table they are (a row each, a column per
    field): no one document's text, headline, number or date."""
    columns = list(dict.fromkeys(k for r in records[: limits.header_scan_rows] for k in r))
    rows = [[_cell(r.get(k)) for k in columns] for r in records]
    table = build_table("json", [columns, *rows], limits)
    return Extraction(tables=(table,) if table else ())


def _cell(value: object) -> str:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):
        return "、".join(_cell(v) for v in value if isinstance(v, (str, int, float)))
    if value is None or isinstance(value, dict):
        return ""
    return str(value)


def _top_fields(record: object) -> dict[str, str]:
    """A record's top-level string fields, keys in lower case ({} for a list)."""
    if not isinstance(record, dict):
        return {}
    return {
        str(k).strip().lower(): " ".join(v.split())
        for k, v in record.items()
        if isinstance(v, str) and v.strip()
    }
