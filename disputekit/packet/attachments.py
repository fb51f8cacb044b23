"""PDF file attachments (the document-level EmbeddedFiles a viewer lists, `pdfdetach -list`)."""

from __future__ import annotations

from pathlib import Path


def attach_files(path: Path, files: dict[str, bytes]) -> None:
    """Embed `files` (name → bytes) in the PDF at `path`, rewriting it in place."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(path))
    for name, data in files.items():
        writer.add_attachment(name, data)
    tmp = path.with_name(path.name + ".attach")
    try:
        with tmp.open("wb") as f:
            writer.write(f)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


def read_attachments(path: Path) -> dict[str, bytes]:
    """The PDF's embedded files by name (the first, if a name repeats)."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    return {name: data[0] for name, data in reader.attachments.items() if data}
