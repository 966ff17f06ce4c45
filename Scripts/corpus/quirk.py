"""One quirk = one small file named after the phenomenon, its expected normalized text and its checks.

Checks (all against the normalized text that `hetong extract` prints):
- contains: strings that must appear verbatim (an amount read whole, a date without inserted spaces…);
- absent:   regular expressions that must not match (page numbers, markdown marks, private-use glyphs…);
- counts:   strings that must appear exactly n times (a header title kept once, text-box text not doubled).
`raw_checks` are regular expressions that the *raw* rendering must match (`pdftotext -layout` on the PDF), proving that
the file really shows the quirk (and `raw_absent` strings it must not hold whole); build-corpus fails if LibreOffice lays it out differently.
"""
from dataclasses import dataclass, field


@dataclass
class Quirk:
    name: str                 # e.g. "amount-split-across-pages"; the file is quirk-<name>.<ext>
    ext: str                  # pdf | docx | txt
    description: str
    expected: str             # expected normalized text (whitespace is not significant)
    build: object             # callable(path) writing the file
    contains: list = field(default_factory=list)
    absent: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    raw_checks: list = field(default_factory=list)
    raw_absent: list = field(default_factory=list)   # literal strings the raw rendering must NOT hold whole
    min_similarity: float = 0.99

    @property
    def stem(self):
        return f"quirk-{self.name}"
