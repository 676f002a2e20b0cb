#!/bin/sh
# Paired whole-process runs of `beskplan check` on the large generated plan
# against the floors: pelletier/go-toml/v2 and BurntSushi/toml decoding the
# same two files into maps (internal/gen/cmd/tomlfloor), and of check on
# the same plan with one decimal comma in the middle of its status file
# (broken). The runs take turns, so a busy machine slows all alike. Prints,
# per run, user+sys CPU seconds and the peak RSS in MB, then each
# program's medians.
#
#	sh internal/gen/paired.sh [ROUNDS] [BINARY]
#
# BINARY is a beskplan to time instead of the one built from this tree (an
# older build, to compare before and after). Set MARKED=1 to time the status
# file as the program appends it, every entry in a block with its mark.
set -eu
rounds=${1:-5}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go build -o "$dir/beskplan" .
go build -o "$dir/tomlfloor" ./internal/gen/cmd/tomlfloor
bin=${2:-$dir/beskplan}
flag=
[ "${MARKED:-}" = 1 ] && flag=-marked
go run ./internal/gen/cmd/plan -dir "$dir/large" $flag >/dev/null
mkdir "$dir/broken"
cp "$dir/large/plan.toml" "$dir/broken/"
lines=$(wc -l <"$dir/large/status.toml")
awk -v mid=$((lines / 2)) 'NR >= mid && !done && /^value = / { sub(/\./, ","); done = 1 } { print }' \
	"$dir/large/status.toml" >"$dir/broken/status.toml"
run() { # name, command...
	name=$1
	shift
	/usr/bin/time -f "$name %U %S %M" "$@" >/dev/null 2>>"$dir/times" || true
}
for _ in $(seq "$rounds"); do
	run check "$bin" check --plan "$dir/large"
	run pelletier "$dir/tomlfloor" "$dir/large/plan.toml" "$dir/large/status.toml"
	run burntsushi "$dir/tomlfloor" -decoder burntsushi "$dir/large/plan.toml" "$dir/large/status.toml"
	run broken "$bin" check --plan "$dir/broken"
done
grep -E '^(check|pelletier|burntsushi|broken) ' "$dir/times" | awk '{ printf "%-10s %.2f s CPU  %4.0f MB\n", $1, $2 + $3, $4 / 1024 }'
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for name in check pelletier burntsushi broken; do
	cpu=$(grep "^$name " "$dir/times" | awk '{ print $2 + $3 }' | median)
	mb=$(grep "^$name " "$dir/times" | awk '{ print $4 / 1024 }' | median)
	printf 'median %-10s %.2f s CPU  %4.0f MB\n' "$name" "$cpu" "$mb"
done
