"""DOCX → PDF with LibreOffice headless, in a throw-away profile and HOME (works as root, in CI, in parallel)."""
import os
import shutil
import subprocess
import tempfile

from deterministic import stabilize_pdf


def convert(docx_path, pdf_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("build-corpus: soffice not found (apt-get install libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory(prefix="hetong-corpus-lo-") as tmp:
        profile = os.path.join(tmp, "profile")
        out_dir = os.path.join(tmp, "out")
        os.makedirs(out_dir)
        env = dict(os.environ, HOME=tmp, TZ="UTC", LC_ALL="C.UTF-8", SAL_USE_VCLPLUGIN="svp")
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--nolockcheck",
             "--convert-to", "pdf:writer_pdf_Export", "--outdir", out_dir, docx_path],
            env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=600)
        produced = os.path.join(out_dir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        if not os.path.exists(produced):
            raise SystemExit(f"build-corpus: LibreOffice produced no PDF for {docx_path}")
        return stabilize_pdf(produced, pdf_path)
