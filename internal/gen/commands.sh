#!/bin/sh
# Whole commands, CPU as `perf stat` counts it (user and system, children
# included), in alternating runs so a busy machine slows all alike:
#
#	sh internal/gen/commands.sh [ROUNDS] [BEFORE]
#
# - check of the large generated plan, against pelletier/go-toml/v2
#   decoding the same two files (internal/gen/cmd/tomlfloor), and check of
#   the plan with an empty status file (what reading the plan costs);
# - set against check on a copy of the large plan;
# - --version and status on the built-in example against a Go hello world.
#
# BEFORE is another beskplan build to time alongside (an older commit).
# Prints each round and the means; needs perf.
set -eu
rounds=${1:-10}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go build -o "$dir/beskplan" .
go build -o "$dir/tomlfloor" ./internal/gen/cmd/tomlfloor
printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hej") }\n' >"$dir/hello.go"
go build -o "$dir/hello" "$dir/hello.go"
before=${2:-$dir/beskplan}
go run ./internal/gen/cmd/plan -dir "$dir/large" >/dev/null
mkdir "$dir/planonly" "$dir/empty"
cp "$dir/large/plan.toml" "$dir/planonly/"
: >"$dir/planonly/status.toml"
cpu() { # command...: its CPU in ms
	perf stat -x, -e task-clock -o "$dir/perf" "$@" >/dev/null 2>&1 || true
	grep task-clock "$dir/perf" | cut -d, -f1
}
echo "check: before, after, pelletier, plan only (ms CPU)"
for _ in $(seq "$rounds"); do
	echo "$(cpu "$before" check --plan "$dir/large") $(cpu "$dir/beskplan" check --plan "$dir/large")" \
		"$(cpu "$dir/tomlfloor" "$dir/large/plan.toml" "$dir/large/status.toml") $(cpu "$dir/beskplan" check --plan "$dir/planonly")"
done | awk '{ print; a += $1; b += $2; c += $3; d += $4 }
	END { printf "mean: before %.0f, after %.0f, pelletier %.0f, plan only %.0f; after/pelletier %.2f, before/pelletier %.2f, plan only/after %.2f\n", a/NR, b/NR, c/NR, d/NR, b/c, a/c, d/b }'
echo "set against check (ms CPU)"
i=0
for _ in $(seq "$rounds"); do
	i=$((i + 1))
	echo "$(cd "$dir/large" && cpu "$dir/beskplan" check) $(cd "$dir/large" && cpu "$dir/beskplan" set R1 2026-Q3 "$i")"
done | awk '{ print; c += $1; s += $2 } END { printf "mean: check %.0f, set %.0f; set/check %.2f\n", c/NR, s/NR, s/c }'
echo "hello, --version, status on the built-in example (ms CPU)"
for _ in $(seq $((rounds * 4))); do
	echo "$(cpu "$dir/hello") $(cd "$dir/empty" && cpu "$dir/beskplan" --version) $(cd "$dir/empty" && cpu "$dir/beskplan" status)"
done | awk '{ h += $1; v += $2; s += $3 } END { printf "mean: hello %.2f, --version %.1f (%.1fx), status %.1f (%.1fx)\n", h/NR, v/NR, v/h, s/NR, s/h }'
