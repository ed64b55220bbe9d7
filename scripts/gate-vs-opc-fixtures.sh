#!/bin/sh
# The contract gate's CLI (policy consumer) on openapi-pact-comparator's OpenAPI fixtures, against the findings
# each fixture's results.json expects: the verdict and the interactions flagged as errors. Fetches nothing: give it
# a local export of the fixtures (never commit them), e.g.
#   git -C <opc clone> archive HEAD src/__tests__/fixtures | tar -x -C /tmp/opc-fixtures --strip-components=3
#   scripts/gate-vs-opc-fixtures.sh /tmp/opc-fixtures contract-gate/target/togglkit-contract-gate-*-cli.jar [--report]
# Prints: fixture | expected | ours | ok/DIFF ("fail 1,3" = exit 1 with errors in interactions 1 and 3).
# Needs java and python3.
dir=$1; jar=$2; report=$3
printf '%-45s | %-22s | %-22s | %s\n' fixture expected ours match
for f in "$dir"/oas/*/ "$dir"/oas-allOf-with-references/; do
  name=$(basename "$f")
  spec=$(ls "$f" | grep -E '^oas\.(ya?ml|json)$' | head -1)
  provider=$(python3 -c "import json,sys;print(json.load(open('$f/pact.json'))['provider']['name'])")
  expected=$(python3 -c "
import json,re
r=json.load(open('$f/results.json'))
ix=sorted({int(re.search(r'interactions\[(\d+)\]',x['mockDetails']['location']).group(1)) for x in r if x['type']=='error'})
print(('fail ' if ix else 'pass ') + ','.join(map(str,ix)))")
  extra=""; [ "$report" = "--report" ] && extra="--report ${TMPDIR:-/tmp}/gate-report-$name"
  out=$(java -jar "$jar" --spec "$provider=$f$spec" --pacts "$f/pact.json" --policy consumer --format json $extra 2>/dev/null)
  rc=$?
  ours=$(echo "$out" | python3 -c "
import json,sys
ix=set()
for line in sys.stdin:
  line=line.strip()
  if not line: continue
  o=json.loads(line)
  if o.get('type')=='finding' and o['severity']=='error' and o.get('interactionIndex') is not None: ix.add(o['interactionIndex'])
rc=$rc
print(('fail ' if rc==1 else 'pass ' if rc==0 else 'EXIT%d '%rc) + ','.join(map(str,sorted(ix))))")
  m=$([ "$expected" = "$ours" ] && echo ok || echo DIFF)
  printf '%-45s | %-22s | %-22s | %s\n' "$name" "$expected" "$ours" "$m"
done
