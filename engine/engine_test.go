package engine

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/report"
)

var update = flag.Bool("update", false, "rewrite golden reports in testdata/golden")

const seedClaims = "../testdata/articles/seed-kharkiv-missile.claims.yaml"

func newEngine(t testing.TB, opts ...Option) *Engine {
	t.Helper()
	e, err := New(context.Background(), opts...)
	require.NoError(t, err)
	return e
}

// load reads a claims file and names it as a user would from the repository root, so that
// golden reports do not depend on the test's working directory.
func load(t testing.TB, path string) *claims.Document {
	t.Helper()
	doc, err := claims.Load(path)
	require.NoError(t, err)
	doc.Path = strings.TrimPrefix(path, "../")
	return doc
}

func check(t testing.TB, e *Engine, doc *claims.Document) *report.Document {
	t.Helper()
	d, err := e.Check(context.Background(), doc)
	require.NoError(t, err)
	return d
}

func byID(d *report.Document) map[string]report.Claim {
	out := map[string]report.Claim{}
	for _, c := range d.Claims {
		out[c.ID] = c
	}
	return out
}

func ruleSet(c report.Claim) map[string]bool {
	out := map[string]bool{}
	for _, r := range c.Verdict.Reasons {
		out[r.Rule] = true
	}
	return out
}

// The reference case: the labels the core-engine issue requires of the seed's claims file.
func TestSeedVerdicts(t *testing.T) {
	d := check(t, newEngine(t), load(t, seedClaims))
	claims := byID(d)

	origin := claims["debris-origin"]
	assert.Equal(t, "confirmed", origin.Verdict.Label)
	assert.True(t, ruleSet(origin)["independent-inspection"], "names the independent inspection")
	assert.True(t, ruleSet(origin)["denial-by-accused"], "names the denial")

	assert.Equal(t, "overstated", claims["headline"].Verdict.Label)
	assert.True(t, ruleSet(claims["headline"])["overstatement"])
	assert.Equal(t, "contested", claims["accusation"].Verdict.Label)
	assert.Equal(t, "unverified", claims["police-february"].Verdict.Label)
	assert.True(t, ruleSet(claims["police-february"])["interested-source"])
	assert.True(t, ruleSet(claims["police-february"])["single-source"])
	for _, id := range []string{"casualties-total", "casualties-kharkiv"} {
		assert.Equal(t, "unattributed", claims[id].Verdict.Label, id)
		assert.Equal(t, 6, claims[id].Verdict.Credibility, id)
	}
	hedged := claims["evidence-suggests"]
	assert.Contains(t, []string{"unverified", "unattributed"}, hedged.Verdict.Label)
	assert.True(t, ruleSet(hedged)["hedged-attribution"])

	for _, c := range d.Claims {
		v := c.Verdict
		assert.GreaterOrEqual(t, v.Confidence, 0.0, c.ID)
		assert.LessOrEqual(t, v.Confidence, 1.0, c.ID)
		assert.Regexp(t, `^[A-F][1-6]$`, v.Grade, c.ID)
		assert.NotEmpty(t, v.Likelihood, c.ID)
	}
}

func TestFixturesExerciseTheOtherLabels(t *testing.T) {
	chlorine := byID(check(t, newEngine(t, WithDataFile("../testdata/articles/dovzhansk-chlorine.data.yaml")),
		load(t, "../testdata/articles/dovzhansk-chlorine.claims.yaml")))
	assert.Equal(t, "refuted", chlorine["chlorine-attack"].Verdict.Label)
	assert.Equal(t, "contested", chlorine["ordered-by-rebels"].Verdict.Label)
	anon := chlorine["ordered-by-rebels"].Attributions[0].Source
	assert.False(t, strings.HasPrefix(anon.ID, "un-"))
	assert.Equal(t, "F", anon.Reliability, "an anonymous source cannot be graded")
	assert.True(t, ruleSet(chlorine["ordered-by-rebels"])["unknown-source"])

	drone := byID(check(t, newEngine(t, WithDataFile("../testdata/articles/port-salen-drone.data.yaml")),
		load(t, "../testdata/articles/port-salen-drone.claims.yaml")))
	origin := drone["drone-origin"]
	assert.Equal(t, "confirmed", origin.Verdict.Label)
	assert.True(t, ruleSet(origin)["corroboration"], "two independent inspectors corroborate")
	assert.True(t, ruleSet(origin)["denial-by-accused"], "the Marovian denial is recognised through the gazetteer")
}

// Golden reports: regenerate with `go test ./engine -run TestGolden -update` and review the diff.
func TestGoldenReports(t *testing.T) {
	files, err := filepath.Glob("../testdata/articles/*.claims.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".claims.yaml")
		t.Run(name, func(t *testing.T) {
			var opts []Option
			if data := strings.TrimSuffix(path, ".claims.yaml") + ".data.yaml"; exists(data) {
				opts = append(opts, WithDataFile(data))
			}
			d := check(t, newEngine(t, opts...), load(t, path))
			rep := &report.Report{Version: report.Version, Tool: report.Tool{Name: "factcheck", Version: "test"},
				Documents: []report.Document{*d}, Errors: []report.Error{}}
			var buf bytes.Buffer
			require.NoError(t, report.WriteJSON(&buf, rep))
			golden := filepath.Join("../testdata/golden", name+".json")
			if *update {
				require.NoError(t, os.WriteFile(golden, buf.Bytes(), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test ./engine -update to create it")
			if got := buf.String(); got != string(want) {
				t.Errorf("report drifted from %s at %s; if intended, rerun with -update and review the diff", golden, firstDifference(string(want), got))
			}
		})
	}
}

// firstDifference names the first line where two texts differ, with both versions.
func firstDifference(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n  want %q\n  got  %q", i+1, wl, gl)
		}
	}
	return "(no difference)"
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func TestSameInputSameBytes(t *testing.T) {
	e := newEngine(t)
	doc := load(t, seedClaims)
	render := func() string {
		d := check(t, e, doc)
		var buf bytes.Buffer
		require.NoError(t, report.WriteJSON(&buf, &report.Report{Documents: []report.Document{*d}}))
		return buf.String()
	}
	first := render()
	for range 5 {
		assert.Equal(t, first, render())
	}
}

func TestParamsChangeConfidenceWithoutRego(t *testing.T) {
	doc := load(t, seedClaims)
	base := byID(check(t, newEngine(t), doc))["debris-origin"].Verdict
	changed := byID(check(t, newEngine(t, WithParams(map[string]any{
		"weights": map[string]any{"independent_inspection": 0.05},
	})), doc))["debris-origin"].Verdict
	assert.InDelta(t, base.Confidence-0.10, changed.Confidence, 1e-9, "lowering the inspection weight by 0.10 lowers the confidence by 0.10")
}

func TestUserPolicyDirectoryAddsReasons(t *testing.T) {
	e := newEngine(t, WithPolicyDir("../testdata/policies/house-style"))
	headline := byID(check(t, e, load(t, seedClaims)))["headline"]
	found := false
	for _, r := range headline.Verdict.Reasons {
		if r.Rule == "house-headline-sources" {
			found = true
			assert.Equal(t, "house style: a headline needs two independent sources", r.Message)
		}
	}
	assert.True(t, found, "the user's rule joins the verdict")
	ids := map[string]string{}
	for _, r := range e.Rules() {
		ids[r.ID] = r.Severity
	}
	assert.Equal(t, "warning", ids["house-headline-sources"], "its METADATA is listed")
}

func TestSandboxRefusesNetworkAtLoad(t *testing.T) {
	_, err := New(context.Background(), WithPolicyDir("../testdata/bad/http-policy"))
	var perrs PolicyErrors
	require.ErrorAs(t, err, &perrs)
	assert.Equal(t, "../testdata/bad/http-policy/net.rego", perrs[0].File)
	assert.Equal(t, 5, perrs[0].Line)
	assert.Contains(t, perrs[0].Message, "http.send is not allowed")
}

func TestClockNeedsOptIn(t *testing.T) {
	dir := t.TempDir()
	src := "package factcheck.rules.clock\n\nfindings contains f if {\n\tsome c in input.claims\n\ttime.now_ns() > 0\n\tf := {\"rule\": \"clock\", \"claim\": c.id, \"effect\": \"notes\", \"message\": \"tick\"}\n}\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "clock.rego"), []byte(src), 0o644))
	_, err := New(context.Background(), WithPolicyDir(dir))
	require.ErrorContains(t, err, "time.now_ns is not allowed")
	require.ErrorContains(t, err, "engine.allow_clock")
	_, err = New(context.Background(), WithPolicyDir(dir), WithClock(true))
	require.NoError(t, err)
}

func TestEvaluationHasADeadline(t *testing.T) {
	dir := t.TempDir()
	src := "package factcheck.rules.slow\n\nfindings contains f if {\n\tsome c in input.claims\n\tsome i in numbers.range(1, 5000)\n\tsome j in numbers.range(1, 5000)\n\ti * j == -1\n\tf := {\"rule\": \"slow\", \"claim\": c.id, \"effect\": \"notes\", \"message\": \"never\"}\n}\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "slow.rego"), []byte(src), 0o644))
	e := newEngine(t, WithPolicyDir(dir), WithTimeout(50*time.Millisecond))
	start := time.Now()
	_, err := e.Check(context.Background(), load(t, seedClaims))
	require.ErrorContains(t, err, "deadline")
	assert.Less(t, time.Since(start), 5*time.Second)
}

func TestBadPolicyAndDataNameTheirFiles(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "broken.rego"), []byte("package factcheck.rules.broken\n\nfindings contains f if {\n\tf := \n}\n"), 0o644))
	_, err := New(context.Background(), WithPolicyDir(dir))
	require.ErrorContains(t, err, filepath.Join(dir, "broken.rego")+":")

	_, err = New(context.Background(), WithPolicyDir(filepath.Join(dir, "missing")))
	require.ErrorContains(t, err, "no such file or directory")

	bad := filepath.Join(dir, "bad.yaml")
	require.NoError(t, os.WriteFile(bad, []byte("factcheck:\n  registry: [unclosed\n"), 0o644))
	_, err = New(context.Background(), WithDataFile(bad))
	require.ErrorContains(t, err, bad+":")

	grade := filepath.Join(dir, "grade.yaml")
	require.NoError(t, os.WriteFile(grade, []byte("factcheck:\n  registry:\n    sources:\n      reuters: {reliability: Z}\n"), 0o644))
	_, err = New(context.Background(), WithDataFile(grade))
	require.ErrorContains(t, err, grade+`:4:30: factcheck.registry.sources.reuters.reliability: "Z" is not an Admiralty grade`)

	// An entry that is incomplete only once merged is placed at its entry in the last file.
	nameless := filepath.Join(dir, "nameless.yaml")
	require.NoError(t, os.WriteFile(nameless, []byte("factcheck:\n  registry:\n    sources:\n      newsroom-x: {kind: media, reliability: B}\n"), 0o644))
	_, err = New(context.Background(), WithDataFile(nameless))
	require.ErrorContains(t, err, nameless+`:4:7: registry: source "newsroom-x" has no name`)
}

func TestDataFileOverridesARegistrySource(t *testing.T) {
	dir := t.TempDir()
	override := filepath.Join(dir, "registry.yaml")
	require.NoError(t, os.WriteFile(override, []byte("factcheck:\n  registry:\n    sources:\n      kharkiv-regional-police: {reliability: A}\n"), 0o644))
	e := newEngine(t, WithDataFile(override))
	police := byID(check(t, e, load(t, seedClaims)))["police-february"]
	assert.Equal(t, "A", police.Attributions[0].Source.Reliability)
	assert.Equal(t, "Kharkiv Oblast Police", police.Attributions[0].Source.Name, "other fields of the entry are kept")
}

func TestConcurrentChecksAgree(t *testing.T) {
	e := newEngine(t)
	doc := load(t, seedClaims)
	want := check(t, e, doc)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			got, err := e.Check(context.Background(), doc)
			assert.NoError(t, err)
			assert.Equal(t, want, got)
		})
	}
	wg.Wait()
	docs := []*claims.Document{doc, doc, doc}
	out, errs := e.CheckAll(context.Background(), docs, 2)
	for i := range docs {
		assert.NoError(t, errs[i])
		assert.Equal(t, want, out[i])
	}
}

func TestRegoTestsPassWithCoverage(t *testing.T) {
	rep, err := TestPolicies(context.Background(), true)
	require.NoError(t, err)
	for _, tc := range rep.Tests {
		assert.True(t, tc.Pass, "%s.%s: %s", tc.Package, tc.Name, tc.Error)
	}
	assert.True(t, rep.Passed())
	assert.GreaterOrEqual(t, rep.Coverage, 90.0, "Rego coverage; uncovered: %v", rep.Uncovered)
	rules := newEngine(t).Rules()
	tested := map[string]bool{}
	for _, tc := range rep.Tests {
		tested[tc.Package] = true
	}
	for _, r := range rules {
		assert.True(t, tested[r.Package+"_test"], "rule %s has no Rego tests", r.ID)
	}
}

func TestEveryRuleHasMetadata(t *testing.T) {
	rules := newEngine(t).Rules()
	require.Len(t, rules, 11)
	for i, r := range rules {
		assert.Equal(t, i+1, r.Number, r.ID)
		assert.NotEmpty(t, r.Title, r.ID)
		assert.NotEmpty(t, r.Description, r.ID)
		assert.Contains(t, []string{"error", "warning", "info"}, r.Severity, r.ID)
	}
}

// Lint computes verdicts only for the claims an editorial rule reads them for; those it does
// compute must be Check's. With a threshold set, verdict-below-threshold reads every claim's.
func TestLintVerdictsAreCheckVerdicts(t *testing.T) {
	doc := load(t, seedClaims)
	e := newEngine(t, WithParams(map[string]any{"lint": map[string]any{"threshold": "unverified"}}))
	limit := e.Data()["factcheck"].(map[string]any)["params"].(map[string]any)["credibility"].(map[string]any)["unverified"]
	want := map[string]bool{}
	for _, c := range check(t, e, doc).Claims {
		if float64(c.Verdict.Credibility) >= toFloat(t, limit) {
			want[c.ID] = true
		}
	}
	require.NotEmpty(t, want)
	require.Less(t, len(want), len(doc.Claims), "the seed has claims above the threshold too")

	findings, err := e.Lint(context.Background(), doc)
	require.NoError(t, err)
	got := map[string]bool{}
	var headline *report.LintFinding
	for i, f := range findings {
		switch f.Rule {
		case "verdict-below-threshold":
			got[f.Claim] = true
		case "overstated-headline":
			headline = &findings[i]
		}
	}
	assert.Equal(t, want, got)
	require.NotNil(t, headline, "the seed's headline is overstated")
	assert.Equal(t, 1, headline.Line)
}

func toFloat(t *testing.T, v any) float64 {
	t.Helper()
	switch n := v.(type) {
	case int:
		return float64(n)
	case int64:
		return float64(n)
	case float64:
		return n
	case json.Number:
		f, err := n.Float64()
		require.NoError(t, err)
		return f
	}
	t.Fatalf("not a number: %T %v", v, v)
	return 0
}

// A policy directory whose files have an embedded module's relative name (a directory called
// policies, holding lib/lib.rego) adds a module; it does not silently replace the built-in one.
func TestUserFileNamedLikeAnEmbeddedModuleDoesNotReplaceIt(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	require.NoError(t, os.MkdirAll(filepath.Join("policies", "lib"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join("policies", "lib", "lib.rego"), []byte("package house.lib\n\nx := 1\n"), 0o644))
	e, err := New(context.Background(), WithPolicyDir("policies"))
	require.NoError(t, err)
	assert.True(t, e.mods.embedded["policies/lib/lib.rego"])
	assert.Equal(t, "data.factcheck.lib", e.mods.rules["policies/lib/lib.rego"].Package.Path.String())
	assert.Equal(t, "data.house.lib", e.mods.rules["./policies/lib/lib.rego"].Package.Path.String())
}

// A user rule's findings are checked before they count: a delta past the documented bounds is
// an error for the document, naming the policy.
func TestUserRuleFindingOutOfBoundsIsRefused(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "boost.rego"), []byte("package factcheck.rules.boost\n\nimport data.factcheck.lib\n\nfindings contains f if {\n\tsome c in lib.claims\n\tf := lib.finding(\"boost\", c, \"raises\", \"m\", {\"delta\": 5})\n}\n"), 0o644))
	e, err := New(context.Background(), WithPolicyDir(dir))
	require.NoError(t, err)
	doc, err := claims.Load("../testdata/articles/seed-kharkiv-missile.claims.yaml")
	require.NoError(t, err)
	_, err = e.Check(context.Background(), doc)
	require.ErrorContains(t, err, "policy factcheck.rules.boost")
	require.ErrorContains(t, err, "has delta 5: a number in [-1, 1]")
}
