package engine

import (
	"context"
	"fmt"
	"testing"

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
	ctx := context.Background()
	var mods []func(*rego.Rego)
	for name, m := range e.mods.rules {
		mods = append(mods, rego.ParsedModule(m))
		_ = name
	}
	pq, err := rego.New(append(mods,
		rego.Query(Query),
		rego.Store(inmem.NewFromObjectWithOpts(e.Data(), inmem.OptReturnASTValuesOnRead(true))),
	)...).PrepareForEval(ctx)
	require.NoError(b, err)
	for _, n := range sizes {
		doc := syntheticDocument(b, n)
		input, err := buildInput(doc, e.resolve(doc))
		require.NoError(b, err)
		b.Run(fmt.Sprintf("claims=%d", n), func(b *testing.B) {
			for b.Loop() {
				rs, err := pq.Eval(ctx, rego.EvalParsedInput(input))
				if err != nil || len(rs) != 1 {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/claim")
		})
	}
}
