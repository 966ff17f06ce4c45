"""Byte-stable outputs: DOCX zips repacked with fixed timestamps, PDFs rewritten by qpdf with fixed IDs and dates."""
import datetime
import io
import os
import re
import subprocess
import zipfile

FIXED_DATE = datetime.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
PDF_DATE_DIGITS = b"D:20250101000000"


def save_docx(document, path, title=None):
    """Saves a python-docx Document with fixed core properties and a deterministic zip."""
    props = document.core_properties
    props.author = "hetong corpus"
    props.last_modified_by = "hetong corpus"
    props.created = FIXED_DATE
    props.modified = FIXED_DATE
    props.revision = 1
    if title is not None:
        props.title = title
    buffer = io.BytesIO()
    document.save(buffer)
    write_zip(zip_entries(buffer.getvalue()), path)


def zip_entries(data):
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        return [(info.filename, source.read(info.filename)) for info in source.infolist()]


def write_zip(entries, path):
    """[Content_Types].xml first (as Word does), then the other parts in their given order."""
    entries = sorted(entries, key=lambda e: e[0] != "[Content_Types].xml")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name, blob in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, blob, compresslevel=9)
    write_if_changed(path, buffer.getvalue())


def write_if_changed(path, data):
    """Writes only when the bytes differ, so a re-run leaves unchanged files untouched."""
    if os.path.exists(path):
        with open(path, "rb") as f:
            if f.read() == data:
                return False
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return True


def stabilize_pdf(raw_path, out_path):
    """LibreOffice stamps /CreationDate, a /DocChecksum and a random /ID: the dates are overwritten in place (same length, so the
    xref stays valid) and qpdf rewrites the file with a deterministic /ID."""
    with open(raw_path, "rb") as f:
        data = f.read()
    data = re.sub(rb"D:\d{14}", PDF_DATE_DIGITS, data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", lambda m: re.sub(rb"[0-9A-Fa-f]", b"0", m.group(0)[3:]).join([b"/ID", b""]), data)
    patched = raw_path + ".patched.pdf"
    with open(patched, "wb") as f:
        f.write(data)
    final_path = raw_path + ".final.pdf"
    subprocess.run(["qpdf", "--deterministic-id", patched, final_path], check=True)
    with open(final_path, "rb") as f:
        final = f.read()
    os.remove(patched)
    os.remove(final_path)
    return write_if_changed(out_path, final)
