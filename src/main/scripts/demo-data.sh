#!/usr/bin/env bash
# Generates the synthetic demo data at a scale in a running TA Tracker (administrators only).
#
# Scale 1 is 20,000 assessments, 200,000 needs, 50,000 projects and 1,000,000 transactions;
# counts scale linearly (0.01 is what the demo mode loads). Only what is missing is added: the
# same scale twice adds nothing, a larger scale adds the difference, and a run that stopped
# halfway is finished by running it again. Every record says "[synthetic]" or "(synthetic)".
#
#   demo-data.sh [--url http://127.0.0.1:8080] SCALE
#
# Sign-in: TATRACKER_TOKEN (an API token, made on the profile page), or TATRACKER_USER and
# TATRACKER_PASSWORD. The URL may also come from TATRACKER_URL. A large scale takes minutes
# (scale 1: about ten); the server logs its progress, and the answer comes when it is done (if
# the connection drops first, the server still finishes; running the script again then adds nothing).
# Prints the JSON report (what was added, and how long it took). Exit status: 0 generated (or
# nothing was missing), 1 not generated: the server refused the scale or another run is going,
# 2 wrong use, refused sign-in, or no answer from the server.
set -euo pipefail

url="${TATRACKER_URL:-http://127.0.0.1:8080}"
scale=""

die() { echo "demo-data: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
    case "$1" in
        --url) [ $# -ge 2 ] || die "--url needs a value"; url="$2"; shift 2 ;;
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) die "unknown option $1 (see --help)" ;;
        *) [ -z "$scale" ] || die "one scale at a time"; scale="$1"; shift ;;
    esac
done
[ -n "$scale" ] || die "which scale? such as 0.01 or 1 (see --help)"
[[ "$scale" =~ ^[0-9]*\.?[0-9]+$ ]] || die "the scale is a number such as 0.01 or 1, not '$scale'"
command -v curl >/dev/null 2>&1 || die "curl is needed"

auth=()
if [ -n "${TATRACKER_TOKEN:-}" ]; then
    auth=(-H "Authorization: Bearer ${TATRACKER_TOKEN}")
elif [ -n "${TATRACKER_USER:-}" ]; then
    auth=(-u "${TATRACKER_USER}:${TATRACKER_PASSWORD:-}")
else
    die "set TATRACKER_TOKEN, or TATRACKER_USER and TATRACKER_PASSWORD"
fi

out="$(mktemp)"
trap 'rm -f "$out"' EXIT
echo "demo-data: generating at scale ${scale} (the server logs its progress)..." >&2
status="$(curl --http1.1 -sS -o "$out" -w '%{http_code}' "${auth[@]}" -X POST \
    "${url%/}/api/demo-data?scale=${scale}")" || die "no answer from ${url}"
cat "$out"
echo
case "$status" in
    200) exit 0 ;;
    400) echo "demo-data: the scale was refused (HTTP 400); nothing was generated" >&2; exit 1 ;;
    409) echo "demo-data: another run is generating demo data (HTTP 409); try again when it has finished" >&2; exit 1 ;;
    *) echo "demo-data: refused (HTTP $status)" >&2; exit 2 ;;
esac
