package engine

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/stretchr/testify/require"

	"github.com/factcheck/factcheck/claims"
)

// syntheticDocument repeats the seed's claims (20 per block) until it has n claims. Every
// block keeps the same subjects and sources, so cross-claim rules (denials, cannot-determine
// statements, responses) see their indexes grow with n: the worst case for a quadratic rule.
func syntheticDocument(tb testing.TB, n int) *claims.Document {
	tb.Helper()
	seed, err := claims.Load(seedClaims)
	require.NoError(tb, err)
	doc := &claims.Document{Path: fmt.Sprintf("synthetic-%d", n), Title: seed.Title}
	for block := 0; len(doc.Claims) < n; block++ {
		for _, c := range seed.Claims {
			if len(doc.Claims) == n {
				break
			}
			c.ID = fmt.Sprintf("%s-%d", c.ID, block)
			targets := make([]string, len(c.RespondsTo))
			for i, t := range c.RespondsTo {
				targets[i] = fmt.Sprintf("%s-%d", t, block)
			}
			c.RespondsTo = targets
			doc.Claims = append(doc.Claims, c)
		}
	}
	return doc
}

var sizes = []int{10, 100, 1000}

// syntheticInput is syntheticDocument of n claims and the policy input the engine builds for it.
func syntheticInput(tb testing.TB, e *Engine, n int) (*claims.Document, ast.Value) {
	tb.Helper()
	doc := syntheticDocument(tb, n)
	input, err := buildInput(doc, e.resolve(doc))
	require.NoError(tb, err)
	return doc, input
}

// BenchmarkEngineCheck is the whole embeddable path: source resolution, input building,
// evaluation, decoding and the report.
func BenchmarkEngineCheck(b *testing.B) {
	e := newEngine(b)
	for _, n := range sizes {
		doc := syntheticDocument(b, n)
		b.Run(fmt.Sprintf("claims=%d", n), func(b *testing.B) {
			ctx := context.Background()
			for b.Loop() {
				if _, err := e.Check(ctx, doc); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/claim")
		})
	}
}

// BenchmarkBareOPA is the baseline: a prepared query over the same modules, data and input
// (built once, outside the loop), with nothing of factcheck around it.
func BenchmarkBareOPA(b *testing.B) {
	e := newEngine(b)
	pq := prepareBare(b, e)
	for _, n := range sizes {
		_, input := syntheticInput(b, e, n)
		benchPrepared(b, pq, input, n)
	}
}

func prepareBare(b *testing.B, e *Engine) rego.PreparedEvalQuery {
	var mods []func(*rego.Rego)
	for _, m := range e.mods.rules {
		mods = append(mods, rego.ParsedModule(m))
	}
	pq, err := rego.New(append(mods,
		rego.Query(Query),
		rego.Store(inmem.NewFromObjectWithOpts(e.Data(), inmem.OptReturnASTValuesOnRead(true))),
	)...).PrepareForEval(context.Background())
	require.NoError(b, err)
	return pq
}

// BenchmarkEngineOverBare runs Engine.Check and the bare query alternately on one document,
// one of each per iteration, and reports both per claim and their ratio. Run one after the
// other, the two benchmarks above see different minutes of a shared host, and the ratio
// between them moves with the load (1.0 in one run, 1.5 in the next); here both sides share
// every moment.
func BenchmarkEngineOverBare(b *testing.B) {
	e := newEngine(b)
	pq := prepareBare(b, e)
	for _, n := range sizes {
		doc, input := syntheticInput(b, e, n)
		b.Run(fmt.Sprintf("claims=%d", n), func(b *testing.B) {
			ctx := context.Background()
			var engine, bare time.Duration
			for b.Loop() {
				start := time.Now()
				if _, err := e.Check(ctx, doc); err != nil {
					b.Fatal(err)
				}
				between := time.Now()
				if rs, err := pq.Eval(ctx, rego.EvalParsedInput(input)); err != nil || len(rs) != 1 {
					b.Fatal(err)
				}
				engine += between.Sub(start)
				bare += time.Since(between)
			}
			claims := float64(b.N * n)
			b.ReportMetric(float64(engine.Nanoseconds())/claims, "engine-ns/claim")
			b.ReportMetric(float64(bare.Nanoseconds())/claims, "bare-ns/claim")
			b.ReportMetric(float64(engine)/float64(bare), "engine/bare")
		})
	}
}

// skeletonModules is the cheapest policy of the default set's shape: as many rule packages as
// the default set, each with one body that tests one field of every claim and builds a small
// finding, and a verdict that groups the findings by claim, sums their deltas and picks one of
// two labels. No analysis, no cross-claim context, no reasons worth reading: what it costs per
// claim is what the evaluator charges for the shape alone, a floor under any real rule set.
func skeletonModules(rules int) []func(*rego.Rego) {
	kinds := []string{"provenance", "responsibility", "event", "quantity", "legal", "statement", "background"}
	var mods []func(*rego.Rego)
	for i := range rules {
		mods = append(mods, rego.Module(fmt.Sprintf("skeleton/r%d.rego", i), fmt.Sprintf(`package factcheck.rules.r%d

findings contains f if {
	some c in input.claims
	c.kind == %q
	f := {"rule": "r%d", "claim": c.id, "effect": "lowers", "message": sprintf("about %%s", [c.id]), "delta": -0.1}
}
`, i, kinds[i%len(kinds)], i)))
	}
	return append(mods, rego.Module("skeleton/verdict.rego", strings.TrimSpace(`
package factcheck.verdict

findings := [f | some name; some f in data.factcheck.rules[name].findings]

by_claim := {id: fs | some f in findings; id := f.claim; fs := [g | some g in findings; g.claim == id]}

verdict(fs) := {"label": label(confidence), "confidence": confidence, "reasons": [f.message | some f in fs]} if {
	confidence := 0.5 + sum([f.delta | some f in fs])
}

label(x) := "supported" if x > 0.4
else := "unverified"

report := {"verdicts": {c.id: verdict(object.get(by_claim, c.id, [])) | some c in input.claims}, "findings": findings}
`)))
}

// BenchmarkSkeletonFloor evaluates skeletonModules over the same input as the other two
// benchmarks: the distance from it to BenchmarkBareOPA is what the default rules' logic costs,
// and its own ns/claim bounds from below what any layout of them can reach on this evaluator.
func BenchmarkSkeletonFloor(b *testing.B) {
	e := newEngine(b)
	ctx := context.Background()
	pq, err := rego.New(append(skeletonModules(len(e.Rules())), rego.Query(Query))...).PrepareForEval(ctx)
	require.NoError(b, err)
	for _, n := range sizes {
		_, input := syntheticInput(b, e, n)
		// A floor that evaluates to nothing would measure nothing: every claim gets a verdict.
		rs, err := pq.Eval(ctx, rego.EvalParsedInput(input))
		require.NoError(b, err)
		decision, _ := rs[0].Expressions[0].Value.(map[string]any)
		verdicts, _ := decision["verdicts"].(map[string]any)
		findings, _ := decision["findings"].([]any)
		require.Len(b, verdicts, n)
		require.NotEmpty(b, findings)
		benchPrepared(b, pq, input, n)
	}
}

// benchPrepared times a prepared query over one input of n claims, reporting ns/claim.
func benchPrepared(b *testing.B, pq rego.PreparedEvalQuery, input ast.Value, n int) {
	b.Run(fmt.Sprintf("claims=%d", n), func(b *testing.B) {
		ctx := context.Background()
		for b.Loop() {
			rs, err := pq.Eval(ctx, rego.EvalParsedInput(input))
			if err != nil || len(rs) != 1 {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/claim")
	})
}
