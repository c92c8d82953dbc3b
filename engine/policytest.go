package engine

import (
	"context"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/cover"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"
)

// PolicyTest is the outcome of one Rego test.
type PolicyTest struct {
	Package  string        `json:"package"`
	Name     string        `json:"name"`
	File     string        `json:"file"`
	Line     int           `json:"line"`
	Pass     bool          `json:"pass"`
	Error    string        `json:"error,omitempty"`
	Duration time.Duration `json:"duration_ns"`
}

// PolicyTestReport is the outcome of the Rego tests, with coverage when asked for.
type PolicyTestReport struct {
	Tests []PolicyTest `json:"tests"`
	// Coverage is the percentage of the policies' (not the tests') lines that the tests ran.
	Coverage float64            `json:"coverage"`
	Files    map[string]float64 `json:"files,omitempty"`
	// Uncovered lists "file:line" for every policy line no test reached.
	Uncovered []string `json:"uncovered,omitempty"`
}

// Passed reports whether every test passed (and there was at least one).
func (r *PolicyTestReport) Passed() bool {
	if len(r.Tests) == 0 {
		return false
	}
	for _, t := range r.Tests {
		if !t.Pass {
			return false
		}
	}
	return true
}

// TestPolicies runs the Rego tests (every *_test.rego, embedded and in the user's policy
// directories) with OPA's tester, under the same sandbox and data as evaluation.
func TestPolicies(ctx context.Context, withCoverage bool, opts ...Option) (*PolicyTestReport, error) {
	s := settings{timeout: DefaultTimeout}
	for _, o := range opts {
		o(&s)
	}
	mods, dirDocs, err := loadModules(s.policyDirs, s.allowOverride)
	if err != nil {
		return nil, err
	}
	data, err := loadData(&s, dirDocs)
	if err != nil {
		return nil, err
	}
	removed := withheld(s.allowClock, s.allowRandom)
	compiler := ast.NewCompiler().WithCapabilities(sandboxCapabilities(removed)).WithEnablePrintStatements(true)
	store := inmem.NewFromObject(data)
	var cov *cover.Cover
	runner := tester.NewRunner().
		SetCompiler(compiler).
		SetStore(store).
		SetModules(mods.all()).
		SetTimeout(s.timeout).
		CapturePrintOutput(true).
		SetDefaultRegoVersion(ast.RegoV1)
	if withCoverage {
		cov = cover.New()
		runner.SetCoverageQueryTracer(cov)
	}
	txn, err := store.NewTransaction(ctx, storage.TransactionParams{})
	if err != nil {
		return nil, err
	}
	defer store.Abort(ctx, txn)
	ch, err := runner.RunTests(ctx, txn)
	if err != nil {
		return nil, astErrors(err)
	}
	out := &PolicyTestReport{}
	for r := range ch {
		t := PolicyTest{Package: strings.TrimPrefix(r.Package, "data."), Name: r.Name, Pass: r.Pass(), Duration: r.Duration}
		if r.Location != nil {
			t.File, t.Line = r.Location.File, r.Location.Row
		}
		switch {
		case r.Error != nil:
			t.Error = r.Error.Error()
		case r.Fail:
			t.Error = "test failed"
			if len(r.Output) > 0 {
				t.Error += ": " + strings.TrimSpace(string(r.Output))
			}
		}
		out.Tests = append(out.Tests, t)
	}
	slices.SortFunc(out.Tests, func(a, b PolicyTest) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		return a.Line - b.Line
	})
	if cov != nil {
		rep := cov.Report(mods.rules)
		out.Coverage = rep.Coverage
		out.Files = map[string]float64{}
		for _, name := range slices.Sorted(maps.Keys(rep.Files)) {
			f := rep.Files[name]
			out.Files[name] = f.Coverage
			lines := map[int]bool{}
			for _, rg := range f.NotCovered {
				for line := rg.Start.Row; line <= rg.End.Row; line++ {
					lines[line] = true
				}
			}
			for _, line := range slices.Sorted(maps.Keys(lines)) {
				out.Uncovered = append(out.Uncovered, name+":"+strconv.Itoa(line))
			}
		}
	}
	return out, nil
}
