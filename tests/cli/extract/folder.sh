# A folder is read recursively in name order; dot files and binary files are skipped.
mkdir -p in/sub && cp "$ROOT/tests/unit/read_text/headers.txt" in/b.txt && cp "$ROOT/tests/unit/read_html/byline.html" in/sub/a.page && printf "x\0y" >in/skip.bin && printf "x" >in/.hidden && "$NEWSLINE" extract --format text in
