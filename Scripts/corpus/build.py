"""Renders the seed contracts and the quirk cases into Corpus/ and writes Corpus/manifest.json.

Usage: python3 Scripts/corpus/build.py [--seeds DIR] [--corpus DIR] [--only NAME]
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from deterministic import save_docx, write_if_changed  # noqa: E402
from pdf_convert import convert  # noqa: E402
import quirks_docx  # noqa: E402
import quirks_forms  # noqa: E402
import quirks_pdf  # noqa: E402
import quirks_txt  # noqa: E402
import seed_docx  # noqa: E402
from seeds import SEEDS  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def log(message):
    print(f"build-corpus: {message}", flush=True)


def build_seed(seed, seeds_dir, corpus):
    name = seed["name"]
    folder = os.path.join(corpus, "contracts", name)
    with open(os.path.join(seeds_dir, seed["seed"] + ".txt"), "rb") as f:
        source = f.read()
    write_if_changed(os.path.join(folder, "source.txt"), source)
    docx_path = os.path.join(folder, name + ".docx")
    pdf_path = os.path.join(folder, name + ".pdf")
    document = seed_docx.render(source.decode("utf-8"), seed["title_lines"], seed["header"])
    save_docx(document, docx_path, title=seed["header"])
    convert(docx_path, pdf_path)
    log(f"{name}: {pages(pdf_path)} PDF pages")
    rel = f"contracts/{name}"
    layouts = build_header_layouts(seed, source.decode("utf-8"), folder)
    common = {"kind": "seed", "seed": seed["seed"], "name": name, "description": seed["description"],
              "source": f"{rel}/source.txt", "expected_fields": f"{rel}/expected.json"}
    furniture = {"header": seed["header"], "footer": "第 X 页 共 Y 页"}
    return [
        dict(common, path=f"{rel}/source.txt", format="txt"),
        dict(common, path=f"{rel}/{name}.docx", format="docx", **furniture),
        dict(common, path=f"{rel}/{name}.pdf", format="pdf", **furniture),
    ] + [dict(common, path=f"{rel}/{file}", format="pdf", header=header, footer=footer) for file, header, footer in layouts]


def build_header_layouts(seed, source, folder):
    """PDF renderings of the seed under other running headers: the header in two parts (title left, project right,
    as a tab-aligned header prints them) and a two-line header in parts whose second line carries the page number.
    Returns [(file name, header lines joined by a newline, footer)]."""
    name = seed["name"]
    left, right = seed["header_parts"]
    layouts = [
        (f"{name}-header-in-parts.pdf", [(left, right)], True),
        (f"{name}-two-line-header.pdf", [(left, right), (seed["header_second_line"], "PAGE")], False),
    ]
    made = []
    with tempfile.TemporaryDirectory(prefix="hetong-corpus-layout-") as tmp:
        for file, lines, footer in layouts:
            docx_path = os.path.join(tmp, file.replace(".pdf", ".docx"))
            document = seed_docx.render(source, seed["title_lines"], None, header_lines=lines, footer=footer)
            save_docx(document, docx_path, title=seed["header"])
            pdf_path = os.path.join(folder, file)
            convert(docx_path, pdf_path)
            text = raw_text(pdf_path)
            if not re.search(re.escape(left) + r"\s{2,}" + re.escape(right), text):
                raise SystemExit(f"build-corpus: {file} does not show its header in parts\n{text[:2000]}")
            log(f"{file}: {pages(pdf_path)} PDF pages")
            header = "\n".join(f"{l}\t{r}" if r != "PAGE" else l for l, r in lines)
            made.append((file, header, "第 X 页 共 Y 页" if footer else None))
    return made


def pages(pdf_path):
    out = subprocess.run(["pdfinfo", pdf_path], capture_output=True, text=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", out, re.M)
    return int(match.group(1)) if match else 0


def raw_text(path):
    return subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, "-"], capture_output=True, text=True,
                          check=True).stdout


def build_quirk(quirk, corpus):
    rel = f"quirks/{quirk.stem}.{quirk.ext}"
    path = os.path.join(corpus, rel)
    quirk.build(path)
    expected_rel = f"quirks/{quirk.stem}.expected.txt"
    write_if_changed(os.path.join(corpus, expected_rel), quirk.expected.encode("utf-8"))
    if quirk.ext == "pdf":
        text = raw_text(path)
        for pattern in quirk.raw_checks:
            if not re.search(pattern, text):
                raise SystemExit(f"build-corpus: {rel} does not show its quirk: no match for {pattern!r}\n{text}")
        for literal in quirk.raw_absent:
            if literal in text:
                raise SystemExit(f"build-corpus: {rel} does not show its quirk: {literal!r} is whole\n{text}")
    log(f"{quirk.stem}.{quirk.ext}")
    entry = {"kind": "quirk", "name": quirk.name, "description": quirk.description, "path": rel,
             "format": quirk.ext, "expected": expected_rel, "min_similarity": quirk.min_similarity}
    if quirk.contains:
        entry["contains"] = quirk.contains
    if quirk.absent:
        entry["absent"] = quirk.absent
    if quirk.counts:
        entry["counts"] = quirk.counts
    return entry


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", default=os.environ.get("HETONG_SEEDS", os.path.join(ROOT, "..", "shared", "seeds")))
    parser.add_argument("--corpus", default=os.path.join(ROOT, "Corpus"))
    args = parser.parse_args()
    corpus = os.path.abspath(args.corpus)
    documents = []
    seeds_dir = os.path.abspath(args.seeds)
    if os.path.isdir(seeds_dir):
        for seed in SEEDS:
            documents += build_seed(seed, seeds_dir, corpus)
    else:
        log(f"no seeds at {seeds_dir}: re-rendering from the committed source.txt files")
        for seed in SEEDS:
            documents += build_seed_from_corpus(seed, corpus)
    for quirk in quirks_txt.QUIRKS + quirks_docx.QUIRKS + quirks_pdf.QUIRKS + quirks_forms.QUIRKS:
        documents.append(build_quirk(quirk, corpus))
    manifest = {"version": 1,
                "note": "Written by Scripts/build-corpus; see Corpus/README.md. Paths are relative to Corpus/.",
                "documents": documents}
    data = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    write_if_changed(os.path.join(corpus, "manifest.json"), data)
    log(f"{len(documents)} documents in {os.path.join(corpus, 'manifest.json')}")


def build_seed_from_corpus(seed, corpus):
    """Without the seeds directory, the committed source.txt is the seed."""
    folder = os.path.join(corpus, "contracts", seed["name"])
    tmp = os.path.join(folder, ".seed")
    os.makedirs(tmp, exist_ok=True)
    shutil.copyfile(os.path.join(folder, "source.txt"), os.path.join(tmp, seed["seed"] + ".txt"))
    try:
        return build_seed(seed, tmp, corpus)
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
