#!/bin/sh
# Boundary-contract gate for a pull or merge request: runs `interlock check` and `interlock diff` on every
# contract the change touches, writes one Markdown comment and the JSON reports, and decides the merge.
#
# Usage:  interlock-gate.sh <base-revision> <report-dir> <pathspec>...
#   <base-revision>  the merge base of the change (a commit, or a branch that is fetched)
#   <report-dir>     where comment.md and diff-<n>.json go (created if missing)
#   <pathspec>       git pathspecs of the contracts, for example 'contracts/*.yaml'
# Environment:
#   INTERLOCK          how to run interlock (default: interlock); split on spaces, so no spaces in paths
#   INTERLOCK_AUDITED  1 when a boundary owner has done the targeted audit (a label, an approval)
# Exit codes:
#   0  nothing to stop the merge
#   1  blocked: lint findings, a governance error (wrong ABI version bump), or an audit not yet signed off
#   2  a contract or the revision is unusable
set -u

if [ "$#" -lt 3 ]; then
  echo "usage: interlock-gate.sh <base-revision> <report-dir> <pathspec>..." >&2
  exit 2
fi
base=$1
out=$2
shift 2
interlock=${INTERLOCK:-interlock}
audited=${INTERLOCK_AUDITED:-0}

if ! git rev-parse --verify --quiet "$base^{commit}" >/dev/null; then
  echo "interlock-gate: unknown base revision $base (fetch it, or clone with full history)" >&2
  exit 2
fi
mkdir -p "$out" || exit 2
comment=$out/comment.md
contracts=$out/contracts.txt
git diff --name-only "$base" -- "$@" > "$contracts" || exit 2

unusable=0
blocked=0
audit=0
n=0
{
  echo '<!-- interlock-gate -->'
  echo '## Boundary contract review'
  echo
} > "$comment"

# Fenced output of a command, for the comment (tool output never holds a Markdown fence).
fenced() {
  echo '```text'
  cat "$1"
  echo '```'
  echo
}

while IFS= read -r contract; do
  n=$((n + 1))
  if [ ! -f "$contract" ]; then
    {
      echo "### \`$contract\` was deleted"
      echo
      echo 'Every function it declared is gone: Go code built against it no longer links. A boundary owner must confirm nothing still uses it.'
      echo
    } >> "$comment"
    audit=1
    continue
  fi

  $interlock check "$contract" > "$out/check-$n.txt" 2>&1
  rc=$?
  if [ "$rc" -ne 0 ]; then
    [ "$rc" -eq 1 ] && blocked=1 || unusable=1
    { echo "### \`interlock check $contract\` (exit $rc)"; echo; fenced "$out/check-$n.txt"; } >> "$comment"
    [ "$rc" -eq 1 ] || continue
  fi

  if ! git cat-file -e "$base:$contract" 2>/dev/null; then
    {
      echo "### \`$contract\` is new"
      echo
      echo "There is no earlier version to compare with: the whole contract needs a design review against its full audit checklist (\`interlock checklist --contract $contract\`)."
      echo
    } >> "$comment"
    audit=1
    continue
  fi

  $interlock diff --git "$base" --format json -o "$out/diff-$n.json" "$contract" 2> "$out/diff-$n.err"
  rc=$?
  if [ "$rc" -eq 2 ]; then
    unusable=1
    { echo "### \`interlock diff $contract\` (exit 2)"; echo; fenced "$out/diff-$n.err"; } >> "$comment"
    continue
  fi
  $interlock diff --git "$base" --format md -o "$out/diff-$n.md" "$contract" 2>> "$out/diff-$n.err"
  cat "$out/diff-$n.md" >> "$comment"
  echo >> "$comment"
  if [ "$rc" -eq 1 ]; then
    audit=1
    # A wrong version bump is a fact to fix, not a judgement an auditor can sign off.
    errors=$(node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(r.summary.governanceErrors)' "$out/diff-$n.json")
    [ "$errors" = 0 ] || blocked=1
  fi
done < "$contracts"

if [ "$n" -eq 0 ]; then
  echo 'No boundary contract changed.' >> "$comment"
fi

verdict=0
if [ "$unusable" -eq 1 ]; then
  verdict=2
  line='**Blocked:** a contract could not be read; fix it first.'
elif [ "$blocked" -eq 1 ]; then
  verdict=1
  line='**Blocked:** fix the lint findings or the ABI version above; an audit sign-off cannot override them.'
elif [ "$audit" -eq 1 ] && [ "$audited" != 1 ]; then
  verdict=1
  line='**Waiting for the targeted audit:** a boundary owner works through the checklist above, then signs it off.'
elif [ "$audit" -eq 1 ]; then
  line='**Audit signed off** by a boundary owner.'
else
  line='**Nothing to audit:** no change reaches the memory contract.'
fi
printf '%s\n' "---" "$line" >> "$comment"
cat "$comment"
exit "$verdict"
