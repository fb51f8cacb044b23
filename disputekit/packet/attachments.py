"""PDF file attachments (the document-level EmbeddedFiles a viewer lists, `pdfdetach -list`).

They are written by reportlab with the rest of the document: attaching afterwards with pypdf
meant parsing and rewriting the whole file, images included, which cost a tenth of a rebuild.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def embed_files(canvas: Any, files: dict[str, bytes]) -> None:
    """Add `files` (name → bytes) to the document of a reportlab `canvas` before it is saved."""
    from reportlab.pdfbase.pdfdoc import (
        PDFArray,
        PDFDictionary,
        PDFName,
        PDFStream,
        PDFString,
        PDFZCompress,
    )

    if not files:
        return
    doc = canvas._doc
    names: list[Any] = []
    for name in sorted(files):  # a name tree lists its keys in order
        data = files[name]
        stream = PDFStream(
            PDFDictionary(
                {"Type": PDFName("EmbeddedFile"), "Params": PDFDictionary({"Size": len(data)})}
            ),
            content=data,
            filters=[PDFZCompress],
        )
        spec = PDFDictionary(
            {
                "Type": PDFName("Filespec"),
                "F": PDFString(name),
                "UF": PDFString(name),
                "EF": PDFDictionary({"F": doc.Reference(stream)}),
            }
        )
        names += [PDFString(name), doc.Reference(spec)]
    embedded = PDFDictionary({"Names": PDFArray(names)})
    doc.Catalog.Names = PDFDictionary({"EmbeddedFiles": doc.Reference(embedded)})


def read_attachments(path: Path) -> dict[str, bytes]:
    """The PDF's embedded files by name (the first, if a name repeats)."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    return {name: data[0] for name, data in reader.attachments.items() if data}
