#!/usr/bin/env bash
# Command-line import of an IATI activity file (2.01 to 2.03) into a running TA Tracker.
#
# The file is streamed to the API (POST /api/iati/imports), never loaded into memory here, so
# large files are fine up to the server's limit (tatracker.iati.import.maxBytes, default 200 MB).
# All or nothing: a file with any error imports nothing, and every problem is printed.
#
#   iati-import.sh [--preview] [--sector 151[,152]] [--country KEN[,UGA]] [--owner ORG_ID]
#                  [--url http://127.0.0.1:8080] FILE.xml
#
# Sign-in: TATRACKER_TOKEN (an API token, made on the profile page), or TATRACKER_USER and
# TATRACKER_PASSWORD. The URL may also come from TATRACKER_URL.
# Prints the JSON report (counts, activities, errors, warnings). Exit status: 0 imported (or,
# with --preview, importable), 1 not imported because of errors, 2 wrong use, refused sign-in
# or no answer from the server.
set -euo pipefail

url="${TATRACKER_URL:-http://127.0.0.1:8080}"
endpoint="api/iati/imports"
query=()
file=""

die() { echo "iati-import: $*" >&2; exit 2; }

# Percent-encodes a query value byte by byte.
urlencode() {
    local LC_ALL=C s="$1" out="" c i
    for ((i = 0; i < ${#s}; i++)); do
        c="${s:i:1}"
        case "$c" in
            [a-zA-Z0-9.~_-]) out+="$c" ;;
            *) out+="$(printf '%%%02X' "'$c")" ;;
        esac
    done
    printf '%s' "$out"
}

while [ $# -gt 0 ]; do
    case "$1" in
        --preview) endpoint="api/iati/imports/preview"; shift ;;
        --sector) [ $# -ge 2 ] || die "--sector needs a value"; query+=("sector=$2"); shift 2 ;;
        --country) [ $# -ge 2 ] || die "--country needs a value"; query+=("country=$2"); shift 2 ;;
        --owner) [ $# -ge 2 ] || die "--owner needs a value"; query+=("owner=$2"); shift 2 ;;
        --url) [ $# -ge 2 ] || die "--url needs a value"; url="$2"; shift 2 ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) die "unknown option $1 (see --help)" ;;
        *) [ -z "$file" ] || die "one file at a time"; file="$1"; shift ;;
    esac
done
[ -n "$file" ] || die "which file? (see --help)"
[ -r "$file" ] || die "cannot read $file"
command -v curl >/dev/null 2>&1 || die "curl is needed"

auth=()
if [ -n "${TATRACKER_TOKEN:-}" ]; then
    auth=(-H "Authorization: Bearer ${TATRACKER_TOKEN}")
elif [ -n "${TATRACKER_USER:-}" ]; then
    auth=(-u "${TATRACKER_USER}:${TATRACKER_PASSWORD:-}")
else
    die "set TATRACKER_TOKEN, or TATRACKER_USER and TATRACKER_PASSWORD"
fi

name="$(basename "$file")"
params="fileName=$(urlencode "$name")"
for q in "${query[@]+"${query[@]}"}"; do
    params="${params}&${q%%=*}=$(urlencode "${q#*=}")"
done

out="$(mktemp)"
trap 'rm -f "$out"' EXIT
status="$(curl --http1.1 -sS -o "$out" -w '%{http_code}' "${auth[@]}" -H 'Content-Type: application/xml' \
    -X POST -T "$file" "${url%/}/${endpoint}?${params}")" || die "no answer from ${url}"
cat "$out"
echo
case "$status" in
    200|201)
        if [ "$endpoint" = "api/iati/imports/preview" ] && grep -q '"errors":\[{' "$out"; then
            echo "iati-import: the file has errors; importing it would import nothing" >&2
            exit 1
        fi
        exit 0 ;;
    422|413) echo "iati-import: not imported (HTTP $status); nothing was stored" >&2; exit 1 ;;
    *) echo "iati-import: refused (HTTP $status)" >&2; exit 2 ;;
esac
