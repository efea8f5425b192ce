#!/usr/bin/env bash
# Mutation testing of the core rules: mutmut plants one small bug at a time (a changed
# operator, constant, condition or string) and runs the tests that reach it; a bug no test
# notices "survives". The rules: quote and value verification and conflicts (facts/verify.py),
# overruled facts kept out of briefs (compose/store_view.py), the template sandbox's limits
# (compose/sandbox.py), one-page fitting
# (render/fit.py), atomic writing (outputs.py), citation numbering (citations.py), the audit's
# rules of tense, rank and scope, numbers and dates (audit/), plans past their date and stale
# figures (facts/age.py), the safe accept (facts/inbox/trial.py), the inbox's labels
# (facts/inbox/label_check.py, suggest.py), a compared figure's year (extract/candidates.py), a
# qualifier a verb makes its own (quantities.py), briefs folded onto one page (render/pdf_join.py)
# and the safety choke points (safety/, facts/store_cache.py, kept_briefs.py, kept_pack.py,
# review/security.py; what runs only in a process of its own, workers and Ctrl-C ending
# `python -m`, mutmut cannot see: docs/testing.md measures it by hand).
# The tests it runs are pyproject.toml's [tool.mutmut] selection. docs/testing.md gives the
# last score and the survivors judged equivalent. mutmut mutates function bodies only: the
# rules written as module-level patterns and tables get their bugs from benchmarks/planted_bugs.py.
#
#   bash benchmarks/mutation.sh            # cold (mutants/ made afresh), one mutant at a time
#   JOBS=2 bash benchmarks/mutation.sh     # two at a time
#   bash benchmarks/mutation.sh 'briefgen.compose.sandbox.*'   # only the rules these patterns name
#   .venv/bin/mutmut show NAME             # afterwards: a survivor's planted bug, as a diff
#
# Slow by nature (the selected tests once per mutant: over an hour on the shared machine), so not
# part of the test command. Runs niced, without LibreOffice (no selected test needs it), in
# mutants/ (a copy of the project, git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
RULES=(
  # quote and value verification, references, duplicates, conflicts and their resolution
  "briefgen.facts.verify.x_normalise*" "briefgen.facts.verify.x_verify*"
  "briefgen.facts.verify.x__check_*" "briefgen.facts.verify.x__undescribed_seeds*"
  "briefgen.facts.verify.x_conflict_key*" "briefgen.facts.verify.x__resolved*"
  "briefgen.facts.verify.x_conflicts*"
  # overruled facts and restatements kept out of briefs
  "briefgen.compose.store_view.x_live*" "briefgen.compose.store_view.x_with_history*"
  # the template sandbox's limits
  "briefgen.compose.sandbox.*"
  # one-page fitting
  "briefgen.render.fit.*"
  # atomic writing and output names
  "briefgen.outputs.x_safe_name*" "briefgen.outputs.x_inside*" "briefgen.outputs.x_atomic_path*"
  "briefgen.outputs.x__sync__mutmut_*" "briefgen.outputs.x_write_*" "briefgen.outputs.x__staged*"
  # citation numbering and pruning
  "briefgen.citations.*"
  # the audit: a plan said as a plan, rank and scope words, numbers and dates from the quotes
  "briefgen.audit.tense.*" "briefgen.audit.scope.*" "briefgen.audit.dates.*"
  "briefgen.audit.numbers.x_printed_numbers*" "briefgen.audit.numbers.x__date_part*"
  "briefgen.audit.numbers.x__matches*"
  # time: a figure's date, plans past their date, stale figures, the age a pack's cover states
  "briefgen.facts.age.x_due_date*" "briefgen.facts.age.x_as_of_date*"
  "briefgen.facts.age.xǁTimelineǁpast_due*" "briefgen.facts.age.xǁTimelineǁunsayable*"
  "briefgen.facts.age.xǁTimelineǁstale__mutmut*" "briefgen.facts.age.x_data_age*"
  # the safe accept: the store checked as it would be after accepting
  "briefgen.facts.inbox.trial.*"
  # the inbox's labels: a label that reads as one, what a count's sentence says of the things
  # counted, what a share is of, what a clause measures
  "briefgen.facts.inbox.label_check.*" "briefgen.facts.inbox.suggest.x__count_relation*"
  "briefgen.facts.inbox.suggest.x__whole_words*" "briefgen.facts.inbox.suggest.x__share_of*"
  "briefgen.facts.inbox.suggest.x__topic*" "briefgen.facts.inbox.suggest.x_label_and_reason*"
  # a year that dates the figure a change is measured from; a verb that makes "over" its own
  "briefgen.facts.extract.candidates.x__dates_a_figure_compared*"
  "briefgen.facts.quantities.x__quantity_of*"
  # briefs sharing a page bound from their own PDFs, each further one folded into the first's
  "briefgen.render.pdf_join.xǁStackedǁ*" "briefgen.render.pdf_join.x__join_stacked*"
  "briefgen.render.pdf_join.x__body*" "briefgen.render.pdf_join.x__fold*"
  "briefgen.render.pdf_join.x__renamed*" "briefgen.render.pdf_join.x__stack_content*"
  "briefgen.render.pdf_join.x__rename_resources*" "briefgen.render.pdf_join.x__move_links*"
  "briefgen.render.pdf_join.x__moved_destination*" "briefgen.render.pdf_join.x__point_at*"
  # the safety choke points: paths, files that may be anything, sealed caches and their key,
  # packages and images to unpack, the facts lock, Ctrl-C, workers, the kept store, briefs
  # and pack, the review page's same-origin checks
  "briefgen.safety.paths.*" "briefgen.safety.files.*" "briefgen.safety.cache_files.*"
  "briefgen.safety.archives.*" "briefgen.safety.images.*" "briefgen.safety.locks.*"
  "briefgen.safety.interrupts.*" "briefgen.safety.workers.*" "briefgen.facts.store_cache.*"
  "briefgen.kept_briefs.*" "briefgen.kept_pack.*" "briefgen.review.security.*"
)
if [ "$#" -gt 0 ]; then RULES=("$@"); fi
rm -rf mutants  # cold: no result kept from an earlier run
unset BRIEFGEN_REQUIRE_FIDELITY CI
LOG=${TMPDIR:-/tmp}/briefgen-mutation.log  # mutmut's progress, and why it stopped if it did
if ! nice -n 19 timeout "${MUTATION_TIMEOUT:-3h}" "$PYTHON" -m mutmut run \
     --max-children "${JOBS:-1}" "${RULES[@]}" >"$LOG" 2>&1; then
  tr '\r' '\n' <"$LOG" | tail -n 30 >&2
  echo "mutmut stopped early (see $LOG)" >&2
  exit 1
fi
"$PYTHON" -m mutmut results --all true | "$PYTHON" -c '
import fnmatch, sys
rules = sys.argv[1:]
status = {}
for line in sys.stdin:
    name, _, state = line.strip().rpartition(": ")
    if any(fnmatch.fnmatch(name, rule) for rule in rules):
        status[name] = state
killed = sum(s in ("killed", "timeout") for s in status.values())
survivors = sorted(n for n, s in status.items() if s not in ("killed", "timeout"))
print(f"{killed} of {len(status)} mutants killed ({100 * killed / max(len(status), 1):.1f}%)")
for name in survivors:
    print(f"  {status[name]}: {name}")
' "${RULES[@]}"
