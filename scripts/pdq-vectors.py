"""Writes PDQ test vectors with Meta's C++ reference implementation as the oracle.

Usage: python pdq-vectors.py DIR

DIR holds pictures as binary PPM files (P6, maxval 255, as ffmpeg writes them). For each, this writes a line to DIR/expected.tsv with the hash and the eight dihedral hashes
that the `pdqhash` package from PyPI computes (it compiles ThreatExchange's pdq/cpp).
The binding makes luma itself, in float64 cast to float32, from the same pixels:
crates/moderation/tests/pdq_reference.rs reproduces that luma for the exact comparison.
"""

import os
import re
import sys

import numpy as np
import pdqhash


def hex_of(bits):
    # pdqhash returns bit k of the reference's Hash256 at position 255 - k; the
    # reference's hex form is the 256-bit number with bit k as its k-th bit.
    value = 0
    for k in range(256):
        if bits[255 - k]:
            value |= 1 << k
    return format(value, "064x")


def read_ppm(path):
    with open(path, "rb") as f:
        data = f.read()
    # ffmpeg writes "P6\n<width> <height>\n255\n" and then the pixels.
    m = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", data)
    if not m:
        raise ValueError(f"{path}: not a P6 PPM with maxval 255")
    width, height = int(m.group(1)), int(m.group(2))
    pixels = np.frombuffer(data[m.end():], dtype=np.uint8)
    return width, height, np.ascontiguousarray(pixels.reshape(height, width, 3))


def main(folder):
    rows = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".ppm"):
            continue
        width, height, image = read_ppm(os.path.join(folder, name))
        bits, quality = pdqhash.compute(image)
        dihedral, dquality = pdqhash.compute_dihedral(image)
        assert dquality == quality
        rows.append(
            "\t".join(
                [name, str(width), str(height), str(quality), hex_of(bits)]
                + [hex_of(h) for h in dihedral]
            )
        )
    with open(os.path.join(folder, "expected.tsv"), "w") as out:
        out.write("# file\twidth\theight\tquality\thash\tdihedral x8 (reference order)\n")
        out.write("\n".join(rows) + "\n")
    print(f"{len(rows)} vectors in {folder}/expected.tsv")


if __name__ == "__main__":
    main(sys.argv[1])
