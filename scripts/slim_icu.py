"""Rebuild Qt's ICU data library with only the data a Qt Widgets app in English or Japanese uses.

    python3 scripts/slim_icu.py [LIBICUDATA [OUT]]    # prints what is kept and dropped

``build.spec`` calls :func:`slim_icu_data` at build time. Qt's ``libicudata.so.73`` (from the
PySide6 wheel) is 32 MB, a third of the bundle, and nearly all of it is data Qt never asks ICU for:
Qt formats dates, numbers and locale names from its own CLDR tables and breaks text with its own
Unicode tables. Qt Core asks ICU for collation (QCollator, used by QFileSystemModel to sort the
file dialog), case mapping and normalisation, and for converters only when code names a legacy
encoding (bouncegui decodes mail with Python's codecs). So the rebuilt library drops:

- ``brkitr/`` break-iterator rules and dictionaries, ``translit/`` and ``rbnf/`` (no Qt caller);
- ``lang/``, ``region/``, ``curr/``, ``unit/``, ``zone/`` display names (Qt has its own CLDR data);
- every ``*.cnv`` converter table (the alias table stays, so a lookup fails cleanly);
- collation tailorings except English and Japanese (others fall back to the root order, which
  is also what most Latin-script languages use);
- top-level locale bundles other than English, Japanese and root (ICU's formatting data).

Everything else (locale fall-back data, root collation, normalisation, properties) stays.

The ICU data library is one exported symbol, ``icudt73_dat``, holding an ICU "common data"
archive: a 16-byte-aligned header (magic ``da 27``, format ``CmnD``), then a table of contents
(count, then name and data offsets per item, names sorted, offsets counted from the table's
start), then the items, each 16-byte aligned. We copy the archive out, drop items, and link a new
library exporting the same symbol with ``gcc -shared`` (binutils and gcc; no ICU tools needed).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

DROPPED_TREES = ("brkitr", "translit", "rbnf", "lang", "region", "curr", "unit", "zone")
KEPT_COLLATIONS = re.compile(r"coll/(root|ucadata|res_index|en|en_.*|ja|ja_.*)\.(res|icu)")
# Top-level locale bundles (de.res, zh_Hant_TW.res) hold data for ICU's formatting APIs, which Qt
# does not call; English, Japanese and root stay. Other top-level items (likelySubtags.res,
# supplementalData.res, pool.res, zoneinfo64.res, ...) do not look like locale ids and stay.
LOCALE_BUNDLE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*\.res")
KEPT_LOCALES = re.compile(r"(res_index|root|en|en_.*|ja|ja_.*)\.res")
_MAGIC = (0xDA, 0x27)
_ALIGN = 16


def _symbol(library: Path) -> tuple[str, int, int]:
    """Name, file offset and size of the library's ``icudtNN_dat`` symbol (from objdump)."""
    table = subprocess.run(["objdump", "-T", str(library)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"^([0-9a-f]+)\s+g\s+DO\s+(\S+)\s+([0-9a-f]+)\s+(icudt\d+_dat)$", table, re.MULTILINE)
    if match is None:
        raise ValueError(f"{library}: no icudtNN_dat symbol")
    address, section, size, name = int(match[1], 16), match[2], int(match[3], 16), match[4]
    headers = subprocess.run(["objdump", "-h", str(library)], capture_output=True, text=True, check=True).stdout
    row = re.search(rf"^\s*\d+\s+{re.escape(section)}\s+([0-9a-f]+)\s+([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)",
                    headers, re.MULTILINE)
    if row is None:
        raise ValueError(f"{library}: no section {section}")
    section_address, section_offset = int(row[2], 16), int(row[3], 16)
    return name, address - section_address + section_offset, size


def read_items(archive: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The archive's header and its (name, data) items in table order."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", archive, 0)
    if (magic1, magic2) != _MAGIC or archive[12:16] != b"CmnD":
        raise ValueError("not an ICU common data archive")
    toc = archive[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        name = toc[name_offset:toc.index(b"\0", name_offset)].decode("ascii")
        end = entries[i + 1][1] if i + 1 < count else len(toc)
        items.append((name, toc[data_offset:end]))
    return archive[:header_size], items


def write_archive(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An ICU common data archive holding ``items`` (names must stay sorted)."""

    def pad(n: int) -> int:
        return -n % _ALIGN

    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    names_start = 4 + 8 * len(items)
    data_start = names_start + len(names) + pad(names_start + len(names))
    table, blobs = [struct.pack("<I", len(items))], []
    name_offset, data_offset = names_start, data_start
    for name, data in items:
        table.append(struct.pack("<II", name_offset, data_offset))
        name_offset += len(name) + 1
        blobs.append(data + b"\0" * pad(len(data)))
        data_offset += len(blobs[-1])
    body = b"".join(table) + names + b"\0" * pad(names_start + len(names)) + b"".join(blobs)
    return header + body


def wanted(name: str) -> bool:
    """Whether an item (``icudt73l/coll/ja.res``) stays in the slim data."""
    path = name.split("/", 1)[1] if "/" in name else name
    tree = path.split("/", 1)[0] if "/" in path else ""
    if tree in DROPPED_TREES or path.endswith(".cnv"):
        return False
    if tree == "coll":
        return KEPT_COLLATIONS.fullmatch(path) is not None
    if not tree and LOCALE_BUNDLE.fullmatch(path):
        return KEPT_LOCALES.fullmatch(path) is not None
    return True


def slim_icu_data(library: Path, out: Path, verbose: bool = False) -> tuple[int, int]:
    """Write a slim copy of ICU's data library to ``out``; return (old, new) archive sizes."""
    symbol, offset, size = _symbol(library)
    soname = re.search(r"SONAME\s+(\S+)", subprocess.run(
        ["objdump", "-p", str(library)], capture_output=True, text=True, check=True).stdout)
    archive = library.read_bytes()[offset:offset + size]
    header, items = read_items(archive)
    kept = [(name, data) for name, data in items if wanted(name)]
    if verbose:
        dropped = [(name, data) for name, data in items if not wanted(name)]
        print(f"kept {len(kept)} items, {sum(len(d) for _, d in kept) / 1e6:.1f} MB; "
              f"dropped {len(dropped)} items, {sum(len(d) for _, d in dropped) / 1e6:.1f} MB")
    slim = write_archive(header, kept)
    # The rebuilt archive must read back to the same kept items.
    if read_items(slim)[1] != [(n, d + b"\0" * (-len(d) % _ALIGN)) for n, d in kept]:
        raise AssertionError("slim ICU archive does not read back")
    with tempfile.TemporaryDirectory() as tmp:
        dat, asm = Path(tmp) / "icudata.dat", Path(tmp) / "icudata.S"
        dat.write_bytes(slim)
        asm.write_text(
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n'
            f'{symbol}:\n\t.incbin "{dat}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        built = Path(tmp) / "libicudata.so"
        subprocess.run(
            ["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{soname[1] if soname else library.name}",
             "-o", str(built), str(asm)],
            check=True,
        )
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, out)
    out.chmod(0o755)
    return len(archive), len(slim)


def main(argv: list[str]) -> int:
    if len(argv) > 1:
        library = Path(argv[1])
    else:
        import PySide6

        library = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*[0-9]"))
    out = Path(argv[2]) if len(argv) > 2 else Path(tempfile.gettempdir()) / library.name
    old, new = slim_icu_data(library, out, verbose=True)
    print(f"{library} ({old / 1e6:.1f} MB of data) -> {out} ({new / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
