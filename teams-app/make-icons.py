#!/usr/bin/env python3
"""Writes the two placeholder icons Teams requires, with the standard library only (no Pillow):
color.png   192x192, opaque: a blue square with a white check mark.
outline.png  32x32, white check mark on a transparent background (Teams' rule for outline icons).
Replace them with the office's own artwork when it exists; keep the sizes and the outline's transparency."""
import struct
import zlib
from pathlib import Path


def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    Path(path).write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def on_check_mark(x, y, size):
    """True on a thick check mark: a short stroke down-right, then a long one up-right."""
    u, v = x / size, y / size
    width = 0.07
    short = abs((v - 0.55) - (u - 0.25)) < width and 0.22 <= u <= 0.43
    long = abs((v - 0.73) + (u - 0.43) * 1.25) < width * 1.2 and 0.40 <= u <= 0.80
    return short or long


def color(x, y, size):
    return (255, 255, 255, 255) if on_check_mark(x, y, size) else (0x1F, 0x5E, 0xB8, 255)


def outline(x, y, size):
    return (255, 255, 255, 255) if on_check_mark(x, y, size) else (0, 0, 0, 0)


if __name__ == "__main__":
    here = Path(__file__).parent
    png(here / "color.png", 192, color)
    png(here / "outline.png", 32, outline)
