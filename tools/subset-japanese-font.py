#!/usr/bin/env python3
"""Makes the Japanese font of the PDF exports, once; its output is committed.

    apt-get install python3-fonttools fonts-noto-cjk
    /usr/bin/python3 tools/subset-japanese-font.py

Takes Noto Sans CJK JP Regular and Bold (SIL Open Font License 1.1), keeps only the characters the
app's texts use plus ASCII, Latin-1, common punctuation, kana, full-width forms and the 2,965
JIS X 0208 level-1 kanji (which hold nearly all everyday kanji), converts the CFF outlines to
TrueType outlines (PDFBox embeds TrueType subsets) and renames the family to
"ComputeGap Sans JP", as the OFL asks of modified versions. A full Noto CJK font is about
20 MB; each subset is about 1 MB.
"""
import re
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

ROOT = Path(__file__).resolve().parent.parent
NOTO = Path("/usr/share/fonts/opentype/noto")
FONTS = ROOT / "src/main/resources/com/computegap/export/fonts"
FAMILY = "ComputeGap Sans JP"
WEIGHTS = ("Regular", "Bold")


def bundle_text():
    text = ""
    for f in sorted((ROOT / "src/main/resources/com/computegap").glob("messages*.properties")):
        raw = f.read_text(encoding="utf-8")
        text += re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
    for f in sorted((ROOT / "scenarios").glob("*.gapx.json")):
        text += f.read_text(encoding="utf-8")
    return text


def level1_kanji():
    chars = []
    for lead in range(0x88, 0x99):
        for trail in list(range(0x40, 0x7F)) + list(range(0x80, 0xFD)):
            try:
                ch = bytes([lead, trail]).decode("shift_jis")
            except UnicodeDecodeError:
                continue
            if 0x4E00 <= ord(ch) <= 0x9FFF and (lead, trail) >= (0x88, 0x9F) and (lead, trail) <= (0x98, 0x72):
                chars.append(ch)
    return chars


def codepoints():
    cps = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
    cps |= set(range(0x2010, 0x2028)) | set(range(0x2030, 0x203B))
    cps |= {0x00D7, 0x00F7, 0x2190, 0x2191, 0x2192, 0x2193, 0x2212, 0x221E, 0x2248, 0x2260, 0x2264, 0x2265,
            0x2026, 0x25B2, 0x25BC, 0x2022, 0x30FB}
    cps |= set(range(0x3000, 0x3040))   # CJK symbols and punctuation
    cps |= set(range(0x3040, 0x30A0))   # hiragana
    cps |= set(range(0x30A0, 0x3100))   # katakana
    cps |= set(range(0xFF01, 0xFFA0))   # full-width and half-width forms
    cps |= {ord(c) for c in level1_kanji()}
    cps |= {ord(c) for c in bundle_text() if ord(c) >= 0x20}
    return cps


def to_truetype(font):
    """Replaces the CFF outlines by quadratic TrueType outlines."""
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr, value in dict(maxZones=1, maxTwilightPoints=0, maxStorage=0, maxFunctionDefs=0,
                            maxInstructionDefs=0, maxStackElements=0, maxSizeOfInstructions=0,
                            maxComponentElements=0, maxPoints=0, maxContours=0,
                            maxCompositePoints=0, maxCompositeContours=0, maxComponentDepth=0).items():
        setattr(maxp, attr, value)
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"
    font.recalcBBoxes = True


def rename(font, weight):
    postscript = "ComputeGapSansJP-" + weight
    name = font["name"]
    for record in list(name.names):
        if record.nameID in (1, 2, 3, 4, 6, 16, 17, 21, 22):
            name.removeNames(nameID=record.nameID)
    for nid, value in ((1, FAMILY), (2, weight), (3, postscript + ";subset"), (4, FAMILY + " " + weight),
                       (6, postscript)):
        name.setName(value, nid, 3, 1, 0x409)
        name.setName(value, nid, 1, 0, 0)
    name.setName("Subset of Noto Sans CJK JP " + weight + " with TrueType outlines, made for Compute Gap "
                 "Explorer's PDF exports. Licensed under the SIL Open Font License 1.1.", 10, 3, 1, 0x409)


def make(weight, cps):
    collection = TTCollection(str(NOTO / ("NotoSansCJK-" + weight + ".ttc")))
    font = next(f for f in collection.fonts if f["name"].getDebugName(1) == "Noto Sans CJK JP")
    # variation sequences (cmap format 14) would pull in hundreds of alternate glyphs
    font["cmap"].tables = [t for t in font["cmap"].tables if t.format != 14]
    options = subset.Options()
    options.layout_features = ["kern", "palt"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    options.drop_tables += ["VORG", "vhea", "vmtx", "DSIG", "BASE"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=cps)
    subsetter.subset(font)
    to_truetype(font)
    rename(font, weight)
    target = FONTS / ("ComputeGapSansJP-" + weight + ".ttf")
    font.save(str(target))
    print(target, target.stat().st_size, "bytes,", len(font.getGlyphOrder()), "glyphs")


def main():
    cps = sorted(codepoints())
    for weight in WEIGHTS:
        make(weight, cps)


if __name__ == "__main__":
    sys.exit(main())
