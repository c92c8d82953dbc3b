package engine

import (
	"context"
	"testing"

	"github.com/open-policy-agent/opa/v1/rego"
)

// BenchmarkRegoCosts prices the constructs rules are written with, on the evaluator the engine
// uses: each case evaluates one construct 1,000 times in a comprehension, and ns/op is per
// construct. Subtract "baseline" (the loop itself) to get the construct's own cost. A rule
// author can read the cost of a rule per claim off these: docs/architecture.md#performance.
func BenchmarkRegoCosts(b *testing.B) {
	const module = `package costs

first(a, _) := a

pair(a) := {"value": a, "one": 1}

source := {"name": "UN panel", "reliability": "a", "affiliations": ["un"], "known": true}
`
	cases := []struct{ name, expr string }{
		{"baseline", `y := i`},
		{"data-ref", `y := data.costs.source.name`},
		{"count", `y := count([i, 2, 3])`},
		{"membership", `y := i in {1, 2, 3}`},
		{"min-of-set", `y := min({i, 2, 3})`},
		{"object-literal", `y := {"a": i, "b": 2, "c": 3, "d": 4, "e": 5}`},
		{"object.get", `y := object.get(data.costs.source, "reliability", "f")`},
		{"object.union", `y := object.union({"a": i, "b": 2}, {"c": 3})`},
		{"array-comprehension", `y := [z | some z in [i, 2, 3]]`},
		{"set-comprehension", `y := {z | some z in [i, 2, 3]}`},
		{"sprintf", `y := sprintf("%s and %d", ["abc", i])`},
		{"sorted-names", `y := concat(", ", sort({z | some z in ["b", "a", i]}))`},
		{"function-call", `y := data.costs.first(i, 1)`},
		{"function-object-arg", `y := data.costs.first(data.costs.source, i)`},
		{"function-object-result", `y := data.costs.pair(i)`},
		{"integer-add", `y := i + 75`},
		{"decimal-add", `y := i + 0.75`},
		{"decimal-round-2dp", `y := round((i + 0.4567) * 100) / 100`},
	}
	ctx := context.Background()
	for _, c := range cases {
		pq, err := rego.New(
			rego.Module("costs.rego", module),
			rego.Query(`x := [y | some i in numbers.range(1, 1000); `+c.expr+`]`),
		).PrepareForEval(ctx)
		if err != nil {
			b.Fatalf("%s: %v", c.name, err)
		}
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := pq.Eval(ctx); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*1000), "ns/construct")
		})
	}
}
