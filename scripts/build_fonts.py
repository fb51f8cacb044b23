#!/usr/bin/env python3
"""Build the fonts DisputeKit ships in ``assets/fonts/``.

Why this exists: reportlab's ``TTFont`` can only embed TrueType (``glyf``) outlines and refuses
CFF/OpenType-PS fonts such as Noto Sans CJK, while its built-in CID font ``STSong-Light`` is
never embedded (the PDF then depends on the reader having a matching Chinese font). So we derive
our own embeddable fonts from SIL OFL 1.1 sources:

* ``DisputeKitSansSC-Regular.ttf`` / ``DisputeKitSansSC-Bold.ttf``: the Simplified Chinese face of
  Noto Sans CJK (picked out of the ``.ttc`` by its name table), subset to all of GBK plus common
  Latin, punctuation and symbols, with the cubic CFF outlines converted to quadratic TrueType
  outlines (cu2qu, max error 1 unit of 1000).
* ``DisputeKitMono-Regular.ttf``: Noto Sans Mono Regular subset to ASCII + Latin-1, used for
  SHA-256 hashes.
* ``OFL.txt``: the licence, with the upstream copyright lines.

The OFL forbids Modified Versions from using Reserved Font Names, so the derived fonts get new
family and PostScript names (the PostScript names must also be unique because reportlab merges
fonts with the same PostScript name). Timestamps are copied from the source fonts, so rebuilding
from the same sources with the same fontTools version gives byte-identical files.

Usage: ``python scripts/build_fonts.py`` (needs fontTools; reportlab for the final self-check).
On Debian/Ubuntu the sources come from ``apt-get install fonts-noto-cjk fonts-noto-mono``.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

REPO = Path(__file__).resolve().parent.parent
OUT_DIR = REPO / "assets" / "fonts"

NOTO_CJK_DIR = Path("/usr/share/fonts/opentype/noto")
NOTO_MONO = Path("/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf")

SANS_FAMILY = "DisputeKit Sans SC"
MONO_FAMILY = "DisputeKit Mono"
CU2QU_MAX_ERR = 1.0  # font units (the CJK fonts have 1000 units per em)

# Characters that must be present; the build fails if the source font lacks any of them.
REQUIRED = "张三镕喆堃昇珺腾讯币元￥¥第页共“”‘’，。！？、；：（）《》【】…—①⑳→←↑↓─│┌┐└┘"

# Tables reportlab ignores and that would only make the files bigger. Without GSUB the font
# still renders every mapped character; it just has no vertical alternates or ligatures, which
# DisputeKit's horizontal PDFs do not use.
DROP_TABLES = ("GSUB", "GPOS", "GDEF", "BASE", "vhea", "vmtx", "DSIG")

COPYRIGHT_CJK = (
    "Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'."
)
COPYRIGHT_MONO = "Copyright 2015 Google LLC. All Rights Reserved."
LICENSE_DESCRIPTION = (
    "This Font Software is licensed under the SIL Open Font License, Version 1.1. This Font "
    'Software is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, '
    "either express or implied. See the SIL Open Font License for the specific language, "
    "permissions and limitations governing your use of this Font Software."
)
LICENSE_URL = "https://openfontlicense.org"

OFL_BODY = """\
This Font Software is licensed under the SIL Open Font License, Version 1.1.
This license is copied below, and is also available with a FAQ at:
https://openfontlicense.org


-----------------------------------------------------------
SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007
-----------------------------------------------------------

PREAMBLE
The goals of the Open Font License (OFL) are to stimulate worldwide
development of collaborative font projects, to support the font creation
efforts of academic and linguistic communities, and to provide a free and
open framework in which fonts may be shared and improved in partnership
with others.

The OFL allows the licensed fonts to be used, studied, modified and
redistributed freely as long as they are not sold by themselves. The
fonts, including any derivative works, can be bundled, embedded,
redistributed and/or sold with any software provided that any reserved
names are not used by derivative works. The fonts and derivatives,
however, cannot be released under any other type of license. The
requirement for fonts to remain under this license does not apply
to any document created using the fonts or their derivatives.

DEFINITIONS
"Font Software" refers to the set of files released by the Copyright
Holder(s) under this license and clearly marked as such. This may
include source files, build scripts and documentation.

"Reserved Font Name" refers to any names specified as such after the
copyright statement(s).

"Original Version" refers to the collection of Font Software components as
distributed by the Copyright Holder(s).

"Modified Version" refers to any derivative made by adding to, deleting,
or substituting -- in part or in whole -- any of the components of the
Original Version, by changing formats or by porting the Font Software to a
new environment.

"Author" refers to any designer, engineer, programmer, technical
writer or other person who contributed to the Font Software.

PERMISSION & CONDITIONS
Permission is hereby granted, free of charge, to any person obtaining
a copy of the Font Software, to use, study, copy, merge, embed, modify,
redistribute, and sell modified and unmodified copies of the Font
Software, subject to the following conditions:

1) Neither the Font Software nor any of its individual components,
in Original or Modified Versions, may be sold by itself.

2) Original or Modified Versions of the Font Software may be bundled,
redistributed and/or sold with any software, provided that each copy
contains the above copyright notice and this license. These can be
included either as stand-alone text files, human-readable headers or
in the appropriate machine-readable metadata fields within text or
binary files as long as those fields can be easily viewed by the user.

3) No Modified Version of the Font Software may use the Reserved Font
Name(s) unless explicit written permission is granted by the corresponding
Copyright Holder. This restriction only applies to the primary font name as
presented to the users.

4) The name(s) of the Copyright Holder(s) or the Author(s) of the Font
Software shall not be used to promote, endorse or advertise any
Modified Version, except to acknowledge the contribution(s) of the
Copyright Holder(s) and the Author(s) or with their explicit written
permission.

5) The Font Software, modified or unmodified, in part or in whole,
must be distributed entirely under this license, and must not be
distributed under any other license. The requirement for fonts to
remain under this license does not apply to any document created
using the Font Software.

TERMINATION
This license becomes null and void if any of the above conditions are
not met.

DISCLAIMER
THE FONT SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO ANY WARRANTIES OF
MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT
OF COPYRIGHT, PATENT, TRADEMARK, OR OTHER RIGHT. IN NO EVENT SHALL THE
COPYRIGHT HOLDER BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY,
INCLUDING ANY GENERAL, SPECIAL, INDIRECT, INCIDENTAL, OR CONSEQUENTIAL
DAMAGES, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
FROM, OUT OF THE USE OR INABILITY TO USE THE FONT SOFTWARE OR FROM
OTHER DEALINGS IN THE FONT SOFTWARE.
"""

OFL_HEADER = f"""\
{COPYRIGHT_CJK}
(Noto Sans CJK SC: the source of DisputeKit Sans SC Regular and Bold.)

{COPYRIGHT_MONO}
(Noto Sans Mono: the source of DisputeKit Mono Regular.)

DisputeKit Sans SC and DisputeKit Mono are Modified Versions of the fonts
above, made by the DisputeKit project with scripts/build_fonts.py: subset
and renamed (they are not Noto fonts); DisputeKit Sans SC also had its CFF
outlines converted to TrueType outlines.

"""


@dataclass(frozen=True)
class Job:
    """One output font."""

    source: Path
    output: Path
    family: str
    style: str
    ps_name: str
    copyright: str
    source_name: str
    changes: str


def _span(first: int, last: int) -> set[int]:
    return set(range(first, last + 1))


def gbk_code_points() -> set[int]:
    """Every character Python's ``gbk`` codec decodes from a two-byte sequence."""
    found: set[int] = set()
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            if trail == 0x7F:
                continue
            try:
                text = bytes((lead, trail)).decode("gbk")
            except UnicodeDecodeError:
                continue
            found.update(ord(ch) for ch in text)
    # Private-use mappings (GBK user-defined areas) have no glyphs in any public font.
    return {cp for cp in found if not 0xE000 <= cp <= 0xF8FF}


def sans_code_points() -> set[int]:
    """Code points wanted in DisputeKit Sans SC (the source font may lack a few of them)."""
    wanted = _span(0x20, 0x7E)  # ASCII
    wanted |= _span(0xA0, 0xFF)  # Latin-1 supplement (includes ¥ U+00A5, ×, ÷, ·)
    wanted |= _span(0x2000, 0x206F)  # general punctuation: “ ” ‘ ’ — … ※ ‰
    wanted |= _span(0x20A0, 0x20BF)  # currency symbols: €
    wanted |= {0x2103, 0x2109, 0x2116, 0x2121, 0x2122}  # ℃ ℉ № ℡ ™
    wanted |= _span(0x2160, 0x216B)  # Roman numerals Ⅰ–Ⅻ
    wanted |= _span(0x2190, 0x21FF)  # arrows
    wanted |= _span(0x2460, 0x2473)  # ① – ⑳
    wanted |= _span(0x2500, 0x257F)  # box drawing
    wanted |= _span(0x25A0, 0x25FF)  # geometric shapes: ■ □ ▲ △ ○ ● ◎
    wanted |= {0x2605, 0x2606, 0x2713, 0x2714, 0x2717, 0x2718}  # ★ ☆ ✓ ✔ ✗ ✘
    wanted |= _span(0x3000, 0x303F)  # CJK symbols and punctuation: 、 。 《 》 【 】
    wanted |= _span(0xFF00, 0xFFEF)  # halfwidth and fullwidth forms: ， ！ ？ ￥
    wanted |= gbk_code_points()
    return wanted


def mono_code_points() -> set[int]:
    """ASCII and Latin-1: enough for hex digests, paths and order numbers."""
    return _span(0x20, 0x7E) | _span(0xA0, 0xFF)


def find_sc_face(ttc: Path) -> int:
    """Index of the (proportional) Simplified Chinese face in a Noto Sans CJK collection."""
    collection = TTCollection(ttc, lazy=True)
    matches = []
    for index, face in enumerate(collection.fonts):
        name = face["name"]
        family = name.getDebugName(16) or name.getDebugName(1)
        if family == "Noto Sans CJK SC":
            matches.append(index)
    collection.close()
    if len(matches) != 1:
        raise SystemExit(f"{ttc}: expected one 'Noto Sans CJK SC' face, found {matches}")
    return matches[0]


def subset_font(font: TTFont, code_points: set[int], *, hinting: bool) -> None:
    """Keep only ``code_points`` (and .notdef); no layout features, no glyph names."""
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.notdef_outline = True
    options.glyph_names = False
    options.hinting = hinting
    options.prune_unicode_ranges = True
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=sorted(code_points))
    subsetter.subset(font)
    for tag in DROP_TABLES:
        if tag in font:
            del font[tag]


def cff_to_glyf(font: TTFont) -> None:
    """Replace the cubic CFF outlines by quadratic TrueType outlines (``glyf``/``loca``)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=CU2QU_MAX_ERR, reverse_direction=True))
        glyphs[name] = pen.glyph()

    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    font["glyf"] = glyf
    font["loca"] = newTable("loca")

    # TrueType wants hmtx left side bearings equal to each glyph's xMin.
    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        glyph.recalcBounds(glyf)
        advance, _ = hmtx[name]
        hmtx[name] = (advance, glyph.xMin if glyph.numberOfContours else 0)

    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for field in (
        "maxPoints",
        "maxContours",
        "maxCompositePoints",
        "maxCompositeContours",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
        "maxComponentDepth",
    ):
        setattr(maxp, field, 0)  # the point/contour maxima are recalculated on save

    head = font["head"]
    head.glyphDataFormat = 0
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font.sfntVersion = "\0\1\0\0"


def rename(font: TTFont, job: Job) -> None:
    """Give the derived font its own names (OFL Reserved Font Name rules)."""
    source = font["name"]
    designer = source.getDebugName(9)
    version = f"{font['head'].fontRevision:.3f}"
    full_name = f"{job.family} {job.style}"
    description = (
        f"{full_name} is derived from {job.source_name} version {version}: {job.changes} by "
        "the DisputeKit project (scripts/build_fonts.py). It is not a Noto font."
    )
    records = {
        0: job.copyright,
        1: job.family,
        2: job.style,
        3: f"{version};DKIT;{job.ps_name}",
        4: full_name,
        5: f"Version {version}; derived from {job.source_name}",
        6: job.ps_name,
        10: description,
        13: LICENSE_DESCRIPTION,
        14: LICENSE_URL,
    }
    if designer:
        records[9] = designer

    name = newTable("name")
    name.names = []
    for name_id, text in sorted(records.items()):
        name.setName(text, name_id, 3, 1, 0x409)
        if name_id in (1, 2, 4, 6):  # Mac Roman copies of the essential names, ASCII only
            name.setName(text, name_id, 1, 0, 0)
    font["name"] = name

    os2 = font["OS/2"]
    os2.achVendID = "NONE"
    if os2.fsType != 0:
        raise SystemExit(f"{job.source}: fsType {os2.fsType:#x}, font is not installable")


def save(font: TTFont, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    font.save(path, reorderTables=True)


def check(job: Job, code_points: set[int]) -> tuple[int, int]:
    """Re-open the output, make sure the names and characters are there; return coverage."""
    font = TTFont(job.output)
    if "glyf" not in font or "CFF " in font or font.sfntVersion != "\0\1\0\0":
        raise SystemExit(f"{job.output}: not a TrueType-outline font")
    if font["name"].getDebugName(6) != job.ps_name:
        raise SystemExit(f"{job.output}: PostScript name mismatch")
    cmap = font.getBestCmap()
    covered = len(code_points & cmap.keys())
    if job.family == SANS_FAMILY:
        missing = [ch for ch in REQUIRED if ord(ch) not in cmap]
        if missing:
            raise SystemExit(f"{job.output}: missing required characters {''.join(missing)}")
    font.close()
    try:
        from reportlab.pdfbase.ttfonts import TTFont as ReportlabTTFont
    except ImportError:
        print("  (reportlab not installed, skipped the embedding check)")
    else:
        rl_font = ReportlabTTFont(job.ps_name, str(job.output))
        if rl_font.face.name != job.ps_name.encode():
            raise SystemExit(f"{job.output}: reportlab reads PostScript name {rl_font.face.name}")
    return covered, len(code_points)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_sans(job: Job, code_points: set[int]) -> None:
    index = find_sc_face(job.source)
    font = TTFont(job.source, fontNumber=index, recalcTimestamp=False, recalcBBoxes=True)
    source_ps = font["name"].getDebugName(6)
    print(f"{job.output.name}: {job.source} face #{index} ({source_ps})")
    subset_font(font, code_points, hinting=False)
    cff_to_glyf(font)
    rename(font, job)
    save(font, job.output)


def build_mono(job: Job, code_points: set[int]) -> None:
    font = TTFont(job.source, recalcTimestamp=False, recalcBBoxes=True)
    print(f"{job.output.name}: {job.source} ({font['name'].getDebugName(6)})")
    if "glyf" not in font:
        raise SystemExit(f"{job.source}: expected TrueType outlines")
    subset_font(font, code_points, hinting=True)
    rename(font, job)
    save(font, job.output)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cjk-dir",
        type=Path,
        default=NOTO_CJK_DIR,
        help="directory with NotoSansCJK-Regular.ttc and NotoSansCJK-Bold.ttc",
    )
    parser.add_argument(
        "--mono", type=Path, default=NOTO_MONO, help="path of NotoSansMono-Regular.ttf"
    )
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output directory")
    args = parser.parse_args(argv)

    sans_points = sans_code_points()
    mono_points = mono_code_points()
    jobs = [
        Job(
            args.cjk_dir / f"NotoSansCJK-{style}.ttc",
            args.out / f"DisputeKitSansSC-{style}.ttf",
            SANS_FAMILY,
            style,
            f"DisputeKitSansSC-{style}",
            COPYRIGHT_CJK,
            f"Noto Sans CJK SC {style}",
            "subset to GBK and common symbols, CFF outlines converted to TrueType, renamed",
        )
        for style in ("Regular", "Bold")
    ]
    mono = Job(
        args.mono,
        args.out / "DisputeKitMono-Regular.ttf",
        MONO_FAMILY,
        "Regular",
        "DisputeKitMono-Regular",
        COPYRIGHT_MONO,
        "Noto Sans Mono Regular",
        "subset to ASCII and Latin-1, renamed",
    )
    for job in [*jobs, mono]:
        if not job.source.is_file():
            raise SystemExit(
                f"missing source font {job.source} (apt-get install fonts-noto-cjk fonts-noto-mono)"
            )

    for job in jobs:
        build_sans(job, sans_points)
    build_mono(mono, mono_points)
    (args.out / "OFL.txt").write_text(OFL_HEADER + OFL_BODY, encoding="utf-8")

    gbk = gbk_code_points()
    for job in [*jobs, mono]:
        covered, wanted = check(job, mono_points if job is mono else sans_points)
        size = job.output.stat().st_size
        print(
            f"{job.output.name}: {size:,} bytes, {covered}/{wanted} requested code points, "
            f"sha256 {sha256(job.output)}"
        )
        print(f"  source {job.source.name} sha256 {sha256(job.source)}")
    gbk_font = TTFont(jobs[0].output)
    gbk_missing = sorted(gbk - gbk_font.getBestCmap().keys())
    gbk_font.close()
    print(
        f"GBK: {len(gbk) - len(gbk_missing)}/{len(gbk)} characters covered; missing: "
        + " ".join(f"U+{cp:04X}" for cp in gbk_missing)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
