#!/bin/sh
# Writes the Azerbaijani subsets of Noto Sans and Noto Serif in this folder, from the @fontsource
# latin-ext files, and src/app/(frontend)/fonts.css, which declares them with @fontsource's latin and
# cyrillic files: one list of faces and one set of ranges for both. Run after npm ci (Debian:
# apt-get install -y fonttools python3-brotli); the subsets are committed, so builds never run it.
# Why subsets: the latin-ext files hold every Latin letter beyond Western Europe (55–65 KB a face);
# az needs Latin Extended-A and Ə ə (about 6 KB a face).
set -eu
cd "$(dirname "$0")"
CSS='../app/(frontend)/fonts.css'
# The ranges of latin and cyrillic are @fontsource's own (its 400.css).
LATIN='U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'
AZ='U+0100-0130,U+0132-017F,U+018F,U+0259'
CYRILLIC='U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116'

cat > "$CSS" <<'HEADER'
/*
 * Written by src/fonts/generate.sh: change that and run it, not this file.
 *
 * Noto Sans and Noto Serif in the three scripts the site is written in, each subset declared with
 * its unicode-range, so a browser downloads only the files a page's text needs. (@fontsource's
 * per-subset CSS files have no unicode-range: importing latin, latin-ext and cyrillic made every
 * page download all three, 327 KB of fonts on a first visit to an English page.) The Azerbaijani
 * letters beyond Latin-1 (Latin Extended-A, Ə ə) come from subsets of the latin-ext files in
 * src/fonts (about 6 KB a face instead of 55–65 KB). SIL Open Font License, src/fonts/OFL.txt.
 */
HEADER

face() { # family slug style weight label file range
  printf '\n/* %s %s %s-%s */\n@font-face {\n  font-family: '"'"'%s'"'"';\n  font-style: %s;\n  font-display: swap;\n  font-weight: %s;\n  src: url('"'"'%s'"'"') format('"'"'woff2'"'"');\n  unicode-range: %s;\n}\n' \
    "$2" "$5" "$4" "$3" "$1" "$3" "$4" "$6" "$7" >> "$CSS"
}

for entry in 'Noto Sans:noto-sans:normal:400' 'Noto Sans:noto-sans:normal:700' 'Noto Serif:noto-serif:normal:400' 'Noto Serif:noto-serif:italic:400' 'Noto Serif:noto-serif:normal:700'; do
  family=${entry%%:*}; rest=${entry#*:}
  slug=${rest%%:*}; rest=${rest#*:}
  style=${rest%%:*}; weight=${rest#*:}
  variant="$weight-$style"
  pyftsubset "../../node_modules/@fontsource/$slug/files/$slug-latin-ext-$variant.woff2" \
    --unicodes="$AZ" --layout-features='*' --flavor=woff2 --output-file="$slug-az-$variant.woff2"
  face "$family" "$slug" "$style" "$weight" latin "../../../node_modules/@fontsource/$slug/files/$slug-latin-$variant.woff2" "$LATIN"
  face "$family" "$slug" "$style" "$weight" az "../../fonts/$slug-az-$variant.woff2" "$AZ"
  face "$family" "$slug" "$style" "$weight" cyrillic "../../../node_modules/@fontsource/$slug/files/$slug-cyrillic-$variant.woff2" "$CYRILLIC"
done

cat >> "$CSS" <<'FALLBACKS'

/*
 * Until a web font has loaded (font-display: swap) the text shows in a local face scaled to Noto's
 * average letter width and given its ascent and descent, so the swap moves nothing on the page.
 * The values are Next's own next/font calculation (getFallbackMetricsFromFontFile) on the latin
 * 400 files; Liberation Sans and Serif have Arial's and Times New Roman's metrics.
 */
@font-face {
  font-family: 'Noto Sans Fallback';
  src: local('Arial'), local('ArialMT'), local('Liberation Sans'), local('LiberationSans');
  size-adjust: 106.47%;
  ascent-override: 100.41%;
  descent-override: 27.52%;
  line-gap-override: 0%;
}

@font-face {
  font-family: 'Noto Serif Fallback';
  src: local('Times New Roman'), local('TimesNewRomanPSMT'), local('Liberation Serif'), local('LiberationSerif');
  size-adjust: 119.19%;
  ascent-override: 89.69%;
  descent-override: 24.58%;
  line-gap-override: 0%;
}
FALLBACKS
ls -l ./*.woff2 "$CSS"
