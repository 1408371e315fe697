#!/usr/bin/env bash
# Opens prep's job folder in real translator's tools, as a translator would, and checks what
# they see (run by .ci/run; each part is skipped with a warning when its tool is missing):
#   OmegaT 3.6 (Debian package omegat): an OmegaT project made of job.xlf, the glossary files
#     and a TMX from `export --format tmx --target` in tm/auto/; console-translate must load
#     every unit as a segment (and from an --summary-only export only the units without
#     translate="no"), pre-translate exactly the units the TMX holds, write a
#     translated job.xlf that is valid XLIFF 1.2 (strict schema), and read every glossary
#     entry (read by scripts/OmegaTGlossary.java through OmegaT's own glossary loader).
#   LibreOffice Calc (libreoffice-calc-nogui): worksheet.xlsx converted to CSV must have the
#     Translate sheet's columns and the source.txt units, byte for byte, and the Glossary sheet
#     the glossary's terms.
# Usage: scripts/cat_clients.sh   (from the repository root; prints timings and findings)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
home=$work/home # OmegaT and LibreOffice keep their settings there, not in the user's
mkdir -p "$home"
fail() { echo "cat_clients: FAIL: $*" >&2; exit 1; }
say() { echo "cat_clients: $*"; }

go build -o "$work/arprep" .
arprep=$work/arprep
job=$work/job
"$arprep" -q prep testdata/seed.txt -o "$job"
units=$(wc -l <"$job/source.txt")
terms=$(wc -l <"$job/glossary.utf8")
schemas=../shared/schemas
[ -f "$schemas/xliff12/xliff-core-1.2-strict.xsd" ] || schemas=worksheet/testdata/schemas
say "prep: $units units, $terms glossary terms"

omegat=/usr/share/omegat/OmegaT.jar
if ! command -v java >/dev/null 2>&1 || [ ! -f "$omegat" ]; then
  echo "warning: OmegaT not installed (apt-get install omegat): the OmegaT check is skipped" >&2
else
  p=$work/project
  mkdir -p "$p/source" "$p/target" "$p/tm/auto" "$p/glossary" "$p/dictionary" "$p/omegat"
  # OmegaT takes a folder for a project when it holds omegat.project and omegat/. Units are
  # segments already: OmegaT must not split them again (sentence_seg false).
  cat >"$p/omegat.project" <<'EOF'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <source_dir_excludes/>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>ar</source_lang>
    <target_lang>en</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneArabicTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
EOF
  cp "$job/job.xlf" "$p/source/"
  # The same text with --summary-only: OmegaT must skip the units marked translate="no".
  "$arprep" -q export testdata/seed.txt --format xliff --summary-only -o "$p/source/summary.xlf"
  summary=$(grep -c '<trans-unit id="[0-9]*" xml:space="preserve">' "$p/source/summary.xlf" || true)
  cp "$job/glossary.utf8" "$job/glossary-tbx2.tbx" "$p/glossary/"
  # A translation memory of the first five units, as a translator's earlier work would be.
  pre=5
  awk -v n=$pre 'NR<=n{print "Translation of unit " NR; next}{print ""}' "$job/source.txt" >"$work/target.txt"
  "$arprep" -q export testdata/seed.txt --format tmx --target "$work/target.txt" -o "$p/tm/auto/earlier.tmx"
  start=$(date +%s.%N)
  HOME=$home java -jar "$omegat" "$p" --mode=console-translate >"$work/omegat.log" 2>&1 || { tail -20 "$work/omegat.log"; fail "OmegaT console-translate failed"; }
  say "OmegaT console-translate: $(echo "$(date +%s.%N) - $start" | bc) s"
  stats=$p/omegat/project_stats.txt
  [ -f "$stats" ] || fail "OmegaT wrote no project_stats.txt"
  file_stat() { awk -F'\t' -v f="$1" -v col="$2" '{name=$1; gsub(/ /,"",name)} name==f{v=$col; gsub(/ /,"",v); print v}' "$stats"; }
  total=$(file_stat job.xlf 2)
  remaining=$(file_stat job.xlf 3)
  sumtotal=$(file_stat summary.xlf 2)
  say "OmegaT: job.xlf $total segments, $remaining left to translate; summary.xlf (--summary-only) $sumtotal segments"
  [ "$total" = "$units" ] || fail "OmegaT loaded $total segments from job.xlf, want $units"
  [ "$remaining" = $((units - pre)) ] || fail "OmegaT left $remaining segments untranslated, want $((units - pre))"
  [ "$sumtotal" = "$summary" ] && [ "$summary" -gt 0 ] && [ "$summary" -lt "$units" ] ||
    fail "OmegaT loaded $sumtotal segments from summary.xlf, want the $summary units without translate=\"no\""
  out=$p/target/job.xlf
  [ -f "$out" ] || fail "OmegaT wrote no target/job.xlf"
  got=$(grep -c '>Translation of unit [0-9]*</target>' "$out" || true)
  [ "$got" = "$pre" ] || fail "translated job.xlf has $got pre-translated targets, want $pre"
  for i in $(seq 1 $pre); do
    grep -q "<trans-unit id=\"$i\"" "$out" || fail "unit $i is missing from the translated job.xlf"
  done
  if command -v xmllint >/dev/null 2>&1; then
    XML_CATALOG_FILES=$schemas/catalog.xml xmllint --nonet --noout --schema "$schemas/xliff12/xliff-core-1.2-strict.xsd" "$out" 2>"$work/xmllint.log" ||
      { cat "$work/xmllint.log"; fail "OmegaT's translated job.xlf is not valid XLIFF 1.2"; }
    say "OmegaT's translated job.xlf is valid XLIFF 1.2 (strict)"
  else
    echo "warning: xmllint not installed: the translated XLIFF is not validated" >&2
  fi
  start=$(date +%s.%N)
  HOME=$home java -cp "$omegat" scripts/OmegaTGlossary.java "$p" >"$work/glossary.log" 2>&1 || { tail -20 "$work/glossary.log"; fail "OmegaTGlossary failed"; }
  grep -E '^(file|first)	' "$work/glossary.log" >"$work/glossary.out" || true
  say "OmegaT glossary loader: $(echo "$(date +%s.%N) - $start" | bc) s"
  sed 's/^/cat_clients:   /' "$work/glossary.out"
  utf8=$(awk -F'\t' '$1=="file" && $2=="glossary.utf8"{print $3}' "$work/glossary.out")
  tbx=$(awk -F'\t' '$1=="file" && $2=="glossary-tbx2.tbx"{print $3}' "$work/glossary.out")
  [ "$utf8" = "$terms" ] || fail "OmegaT read $utf8 entries from glossary.utf8, want $terms"
  # OmegaT makes one entry per target term of a TBX concept: at least one per concept.
  concepts=$(grep -c '<termEntry' "$job/glossary-tbx2.tbx")
  [ -n "$tbx" ] && [ "$tbx" -ge "$concepts" ] 2>/dev/null || fail "OmegaT read '$tbx' entries from glossary-tbx2.tbx, want at least $concepts"
  first=$(head -1 "$job/glossary.utf8" | cut -f1,2)
  for f in glossary.utf8 glossary-tbx2.tbx; do
    grep -qF "first	$f	$first" "$work/glossary.out" || fail "OmegaT's first entry of $f is not '$first'"
  done
  say "OmegaT: OK"
fi

if ! command -v soffice >/dev/null 2>&1; then
  echo "warning: LibreOffice not installed (apt-get install libreoffice-calc-nogui): the worksheet check is skipped" >&2
else
  start=$(date +%s.%N)
  # CSV filter options: comma, double quote, UTF-8 (76), from line 1, ..., every sheet (-1).
  HOME=$home soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$work/lo" "$job/worksheet.xlsx" >"$work/lo.log" 2>&1 || { cat "$work/lo.log"; fail "LibreOffice could not convert worksheet.xlsx"; }
  say "LibreOffice convert-to csv: $(echo "$(date +%s.%N) - $start" | bc) s"
  /usr/bin/python3 - "$work/lo/worksheet-Translate.csv" "$work/lo/worksheet-Glossary.csv" "$job/source.txt" "$job/glossary.utf8" <<'EOF' || fail "LibreOffice's view of worksheet.xlsx differs"
import csv, sys
translate, gloss, source, terms = sys.argv[1:5]
rows = list(csv.reader(open(translate, encoding="utf-8", newline="")))
want = ["id", "paragraph", "source (ar)", "target (en)", "in summary", "score", "notes"]
if rows[0] != want:
    sys.exit(f"Translate columns {rows[0]}, want {want}")
src = open(source, encoding="utf-8").read().splitlines()
got = [r[2] for r in rows[1:]]
if got != src:
    bad = next(i for i in range(min(len(got), len(src))) if got[i] != src[i]) if len(got) == len(src) else None
    sys.exit(f"Translate has {len(got)} source cells, source.txt {len(src)} lines; first difference at unit {bad}")
if [r[0] for r in rows[1:]] != [str(i) for i in range(1, len(src) + 1)]:
    sys.exit("ids are not 1..n")
g = list(csv.reader(open(gloss, encoding="utf-8", newline="")))
t = [line.split("\t")[0] for line in open(terms, encoding="utf-8").read().splitlines()]
if [r[0] for r in g[1:]] != t:
    sys.exit(f"Glossary sheet has {len(g) - 1} terms, glossary.utf8 {len(t)}, or they differ")
print(f"cat_clients: LibreOffice: Translate sheet {len(rows) - 1} units equal to source.txt, columns {', '.join(rows[0])}; Glossary sheet {len(g) - 1} terms: OK")
EOF
fi
