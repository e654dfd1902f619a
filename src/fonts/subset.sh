#!/bin/sh
# Regenerates the Azerbaijani subsets of Noto Sans and Noto Serif in this folder from the
# @fontsource latin-ext files (npm ci first; Debian: apt-get install -y fonttools python3-brotli).
# Why: the latin-ext files hold every Latin letter beyond Western Europe (55–65 KB a face); az needs
# Latin Extended-A and Ə ə (about 6 KB a face). The ranges must match src/app/(frontend)/fonts.css.
set -eu
cd "$(dirname "$0")"
RANGE='U+0100-0130,U+0132-017F,U+018F,U+0259'
for face in noto-sans:400-normal noto-sans:700-normal noto-serif:400-normal noto-serif:400-italic noto-serif:700-normal; do
  family=${face%%:*}
  variant=${face#*:}
  pyftsubset "../../node_modules/@fontsource/$family/files/$family-latin-ext-$variant.woff2" \
    --unicodes="$RANGE" --layout-features='*' --flavor=woff2 --output-file="$family-az-$variant.woff2"
done
ls -l ./*.woff2
