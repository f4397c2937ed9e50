#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources and fills in the English plural forms, which follow from the source
# text ("%n minute(s)" -> "%n minute" / "%n minutes"). German is translated by hand in Qt Linguist afterwards;
# the TranslationsComplete test fails until every string has a German translation.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/test}
cmake --build "$build" --target update_translations >/dev/null
lupdate=$(ls /usr/lib/qt6/bin/lupdate 2>/dev/null || command -v lupdate)
find "$PWD/src" "$PWD/ui" \( -name '*.cpp' -o -name '*.h' -o -name '*.ui' \) | sort > "$build/translation-sources.lst"
"$lupdate" -pluralonly -no-obsolete -locations none "@$build/translation-sources.lst" \
    -ts translations/authdoctor_en.ts >/dev/null
python3 scripts/fill-english-plurals.py translations/authdoctor_en.ts
echo "German strings still to translate: $(grep -c 'type="unfinished"' translations/authdoctor_de.ts || true)"
