#!/bin/sh
# Re-records the expected output of every parity case from CPython (3.11):
#   cases/NNN_topic.out   stdout
#   cases/NNN_topic.err   the last line of stderr (empty when nothing was written)
#   cases/NNN_topic.code  the exit status
#   cases/NNN_topic.stderr  the whole stderr, when there is any, with the case directory's path
#                           removed (CPython prints absolute script paths in tracebacks)
# Usage: test/python/parity/record.sh [python3]   (the tests themselves never need Python)
set -eu
PY="${1:-python3}"
cd "$(dirname "$0")/cases"
"$PY" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' || {
  echo "record.sh: expected CPython 3.11" >&2
  exit 2
}
for case in *.py; do
  base="${case%.py}"
  status=0
  PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8 \
    "$PY" "$case" >"$base.out" 2>"$base.stderr" </dev/null || status=$?
  tail -n 1 "$base.stderr" >"$base.err"
  if [ -s "$base.stderr" ]; then
    sed -i "s|$PWD/||g" "$base.stderr"
  else
    rm -f "$base.stderr"
  fi
  echo "$status" >"$base.code"
done
echo "recorded $(ls *.py | wc -l) cases"
