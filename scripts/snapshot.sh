#!/usr/bin/env bash
# scripts/snapshot.sh BINARY OUTDIR — every command and format of BINARY over the seed, the 77
# EASC dev articles and the first 150 ANT articles (../shared, or $SHARED), with stdout, stderr
# and exit code each, into OUTDIR, so that two builds compare with `diff -r`: a refactor must
# give no difference. XLSX files are unzipped (their timestamps dropped). QUICK=1 skips the
# slower ANT parts.
#   scripts/snapshot.sh /tmp/arprep-old /tmp/snap-old; scripts/snapshot.sh ./arprep /tmp/snap-new
#   diff -rq /tmp/snap-old /tmp/snap-new
set -uo pipefail
bin=$(readlink -f "$1"); out=$2
repo=$(cd "$(dirname "$0")/.." && pwd)
sh=$(readlink -f "${SHARED:-$repo/../shared}")
rm -rf "$out"; mkdir -p "$out"; out=$(readlink -f "$out"); cd "$out"
seed=$sh/seeds/seed.txt
[ -f "$seed" ] || seed=$(ls $sh/seeds/*.txt | head -1)
easc=.easc; mkdir -p $easc
cp $sh/data/easc-dev/articles/*.txt $easc/
head -150 $sh/corpora/ant_v1.1.jsonl > .ant150.jsonl
antdir=.antdir; mkdir -p $antdir
python3 - .ant150.jsonl $antdir <<'PY'
import json,sys,os
for i,l in enumerate(open(sys.argv[1])):
    open(os.path.join(sys.argv[2],'%03d.txt'%i),'w').write(json.loads(l)['text'])
PY
td=$repo/testdata
run() { local name=$1; shift; "$bin" "$@" >"$out/$name.out" 2>"$out/$name.err"; echo $? >"$out/$name.rc"; }
for f in $seed; do
  run seed.segment.text segment $f; run seed.segment.json segment --format json $f; run seed.segment.tsv segment --format tsv $f
  run seed.summ.text summarize $f; run seed.summ.json summarize -f json --explain $f; run seed.summ.tsv summarize -f tsv $f; run seed.summ.hl summarize --highlight $f; run seed.summ.html summarize -f html $f
  run seed.ent.text entities $f; run seed.ent.json entities --format json $f; run seed.ent.conll entities --format conll $f; run seed.ent.tsv entities --format tsv $f
  for g in tsv csv tbx tbx2 json; do run seed.gl.$g glossary -f $g $f; done
  for e in txt tsv csv xliff xliff2 jsonl; do run seed.ex.$e export -f $e $f; done
  run seed.ex.tmx export -f tmx --units lines --target $td/worksheet_lines.en $td/worksheet_lines.ar
  run seed.ex.xliff.summonly export -f xliff --summary-only $f
  run seed.view view $f
  run seed.norm normalize --diacritics --tatweel --letters --digits ascii --bidi $f
done
for f in $easc/*.txt; do b=$(basename $f .txt)
  run easc.$b.seg segment --format tsv $f
  run easc.$b.summ summarize -f json --explain $f
  run easc.$b.ent entities --format tsv $f
  run easc.$b.gl glossary -f json $f
done
run easc.all.export export -f jsonl $easc/*.txt
run easc.all.gl glossary -f tsv $easc/*.txt
"$bin" prep -o prep.easc $easc/0[0-3]*.txt >$out/prep.easc.out 2>$out/prep.easc.err; echo $? > $out/prep.easc.rc
"$bin" export -f xlsx --glossary -o easc.xlsx $easc/0[0-3]*.txt 2>$out/easc.xlsx.err
if [ -z "${QUICK:-}" ]; then
  run ant.seg segment --jsonl --format jsonl .ant150.jsonl
  run ant.summ summarize --jsonl .ant150.jsonl
  run ant.ent entities --jsonl .ant150.jsonl
  run ant.gl glossary --jsonl -f json .ant150.jsonl
  run ant.export export -f jsonl $antdir
  "$bin" export -f xlsx --glossary -o ant.xlsx $antdir 2>$out/ant.xlsx.err
  "$bin" prep -o prep.ant $antdir >$out/prep.ant.out 2>$out/prep.ant.err; echo $? > $out/prep.ant.rc
fi
# xlsx are zip files with timestamps: compare their unzipped sheets instead
for x in $(find $out -name '*.xlsx'); do mkdir -p $x.d && (cd $x.d && unzip -qo $x) && rm -f $x.d/docProps/core.xml; rm $x; done
rm -rf $easc $antdir .ant150.jsonl
echo done
