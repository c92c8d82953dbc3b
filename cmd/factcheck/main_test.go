package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factcheck/factcheck"
	"github.com/factcheck/factcheck/report"
)

var update = flag.Bool("update", false, "rewrite docs/rules.md from the rules' METADATA")

const (
	seed   = "../../testdata/articles/seed-kharkiv-missile.claims.yaml"
	badDir = "../../testdata/bad/"
)

type result struct {
	code           int
	stdout, stderr string
}

func factcheckCLI(t *testing.T, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errOut)
	return result{code, out.String(), errOut.String()}
}

func decodeReport(t *testing.T, s string) report.Report {
	t.Helper()
	var r report.Report
	require.NoError(t, json.Unmarshal([]byte(s), &r))
	return r
}

func confidenceOf(t *testing.T, r report.Report, id string) float64 {
	t.Helper()
	for _, d := range r.Documents {
		for _, c := range d.Claims {
			if c.ID == id {
				return c.Verdict.Confidence
			}
		}
	}
	t.Fatalf("no claim %s", id)
	return 0
}

func TestCheckSeedText(t *testing.T) {
	r := factcheckCLI(t, "check", seed)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, r.stdout, "[headline] line 1:10  OVERSTATED")
	assert.Contains(t, r.stdout, "[debris-origin] line 3:1  CONFIRMED")
	assert.Contains(t, r.stdout, "1 document(s), 20 claim(s)")
	assert.Empty(t, r.stderr)
}

func TestCheckJSONMatchesTheReportSchema(t *testing.T) {
	r := factcheckCLI(t, "check", "-o", "json", seed, "../../testdata/articles/port-salen-drone.claims.yaml")
	require.Equal(t, exitOK, r.code, r.stderr)
	assertValidJSON(t, factcheck.ReportSchema, r.stdout)
	rep := decodeReport(t, r.stdout)
	assert.Len(t, rep.Documents, 2)
	assert.Empty(t, rep.Errors)
}

// assertValidJSON validates the instance against a JSON Schema.
func assertValidJSON(t *testing.T, schemaJSON []byte, instance string) {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaJSON))
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource("schema.json", doc))
	schema, err := c.Compile("schema.json")
	require.NoError(t, err)
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(instance))
	require.NoError(t, err)
	assert.NoError(t, schema.Validate(inst))
}

func TestFailOnExitsOne(t *testing.T) {
	r := factcheckCLI(t, "check", "--fail-on", "refuted,overstated", seed)
	assert.Equal(t, exitFindings, r.code)
	assert.Contains(t, r.stderr, "1 overstated")
	r = factcheckCLI(t, "check", "--fail-on", "refuted", seed)
	assert.Equal(t, exitOK, r.code)
	r = factcheckCLI(t, "check", "--fail-on", "wrong", seed)
	assert.Equal(t, exitInput, r.code)
	assert.Contains(t, r.stderr, `"wrong" is not a label`)
}

func TestBadInputExitsTwoWithPosition(t *testing.T) {
	for file, want := range map[string]string{
		"malformed.claims.yaml":      "malformed.claims.yaml:3:1: invalid YAML",
		"malformed.claims.json":      "malformed.claims.json:3:63: invalid JSON",
		"drifted.claims.yaml":        "drifted.claims.yaml:8:11: claims[1].text: not found in article",
		"unknown-stance.claims.yaml": "unknown-stance.claims.yaml:8:17: claims[0].attributions[0].stance",
	} {
		t.Run(file, func(t *testing.T) {
			r := factcheckCLI(t, "check", badDir+file)
			assert.Equal(t, exitInput, r.code)
			assert.Contains(t, r.stderr, want)
		})
	}
}

func TestOneBadFileDoesNotLoseTheOthers(t *testing.T) {
	r := factcheckCLI(t, "check", "-o", "json", badDir+"unknown-stance.claims.yaml", seed, "no-such-file.yaml")
	assert.Equal(t, exitInput, r.code)
	rep := decodeReport(t, r.stdout)
	require.Len(t, rep.Documents, 1)
	assert.Len(t, rep.Documents[0].Claims, 20)
	require.Len(t, rep.Errors, 2)
	assert.Equal(t, "no-such-file.yaml", rep.Errors[1].Path)
	assert.Contains(t, r.stderr, "no-such-file.yaml:1:1: no such file")
}

// An article that is not UTF-8 is an input error at its first bad byte, for check and
// extract as for lint: extraction would otherwise quote mangled text.
func TestArticleThatIsNotUTF8IsPlaced(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.txt")
	require.NoError(t, os.WriteFile(bad, []byte("Title\n\nBroken \xff bytes, police said.\n"), 0o644))
	for _, command := range []string{"check", "extract"} {
		r := factcheckCLI(t, command, bad, "../../testdata/articles/seed-kharkiv-missile.txt")
		assert.Equal(t, exitInput, r.code, command)
		assert.Contains(t, r.stderr, "bad.txt:3:8: not valid UTF-8", command)
		assert.NotEmpty(t, r.stdout, "%s: the good article is still processed", command)
	}
}

func TestSandboxedPolicyIsRefused(t *testing.T) {
	r := factcheckCLI(t, "check", "-p", badDir+"http-policy", seed)
	assert.Equal(t, exitInput, r.code)
	assert.Contains(t, r.stderr, "net.rego:5:10: http.send is not allowed")
	assert.Empty(t, r.stdout, "no report is written when the policies do not load")
}

func TestWeightsComeFromConfigAndEnvironment(t *testing.T) {
	base := confidenceOf(t, decodeReport(t, factcheckCLI(t, "check", "-o", "json", seed).stdout), "debris-origin")

	cfg := filepath.Join(t.TempDir(), "config.yaml")
	require.NoError(t, os.WriteFile(cfg, []byte("data:\n  weights:\n    independent_inspection: 0.05\n"), 0o644))
	fromFile := confidenceOf(t, decodeReport(t, factcheckCLI(t, "check", "-c", cfg, "-o", "json", seed).stdout), "debris-origin")
	assert.InDelta(t, base-0.10, fromFile, 1e-9)

	t.Setenv("FACTCHECK_DATA_WEIGHTS_INDEPENDENT_INSPECTION", "0.1")
	fromEnv := confidenceOf(t, decodeReport(t, factcheckCLI(t, "check", "-c", cfg, "-o", "json", seed).stdout), "debris-origin")
	assert.InDelta(t, base-0.05, fromEnv, 1e-9, "the environment overrides the config file")

	t.Setenv("FACTCHECK_OUTPUT", "json")
	r := factcheckCLI(t, "check", seed)
	assert.True(t, strings.HasPrefix(r.stdout, "{"), "FACTCHECK_OUTPUT selects the format")
	r = factcheckCLI(t, "check", "-o", "text", seed)
	assert.True(t, strings.HasPrefix(r.stdout, "testdata") || strings.Contains(r.stdout, "OVERSTATED"), "a flag beats the environment")
}

func TestUserPolicyDirectory(t *testing.T) {
	r := factcheckCLI(t, "check", "-p", "../../testdata/policies/house-style", seed)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Contains(t, r.stdout, "house-headline-sources (lowers): house style: a headline needs two independent sources")
}

func TestOutputFileIsWrittenWhole(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.json")
	r := factcheckCLI(t, "check", "-o", "json", "--output-file", out, seed)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Empty(t, r.stdout)
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Len(t, decodeReport(t, string(data)).Documents, 1)
	entries, _ := os.ReadDir(filepath.Dir(out))
	assert.Len(t, entries, 1, "no temporary file is left behind")
}

func TestUsageErrorsExitTwo(t *testing.T) {
	assert.Equal(t, exitInput, factcheckCLI(t, "check").code)
	assert.Equal(t, exitInput, factcheckCLI(t, "check", "--no-such-flag", seed).code)
	assert.Equal(t, exitInput, factcheckCLI(t, "frobnicate").code)
	r := factcheckCLI(t, "check", "-o", "xml", seed)
	assert.Equal(t, exitInput, r.code)
	assert.Contains(t, r.stderr, `"xml" is not a format`)
	r = factcheckCLI(t, "check", "--timeout", "soon", seed)
	assert.Equal(t, exitInput, r.code)
	assert.Contains(t, r.stderr, "engine.timeout")
}

func TestPolicyTestCommand(t *testing.T) {
	r := factcheckCLI(t, "policy", "test", "--coverage")
	require.Equal(t, exitOK, r.code, r.stdout+r.stderr)
	assert.Regexp(t, `coverage: (9\d|100)\.\d% of policy lines`, r.stdout)
	assert.Regexp(t, `rego: \d+ passed, 0 failed`, r.stdout)

	r = factcheckCLI(t, "policy", "test", "--coverage", "--threshold", "100.1")
	assert.Equal(t, exitFindings, r.code)
	assert.Contains(t, r.stderr, "below the 100.1% threshold")
}

// docs/rules.md is generated; this test fails when it drifts from the METADATA.
// Regenerate with: go test ./cmd/factcheck -run TestRulesDoc -update
func TestRulesDocIsGenerated(t *testing.T) {
	r := factcheckCLI(t, "policy", "list", "--format", "markdown")
	require.Equal(t, exitOK, r.code, r.stderr)
	path := "../../docs/rules.md"
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(r.stdout), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), r.stdout, "docs/rules.md drifted: run go test ./cmd/factcheck -run TestRulesDoc -update")
	for _, id := range []string{"independent-inspection", "overstatement", "right-of-reply", "unknown-source"} {
		assert.Contains(t, r.stdout, "## "+id)
	}
}

func TestPolicyListFormats(t *testing.T) {
	r := factcheckCLI(t, "policy", "list", "--format", "json")
	require.Equal(t, exitOK, r.code)
	var rules map[string][]map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rules))
	assert.Len(t, rules["evidence"], 11)
	assert.Len(t, rules["editorial"], 8)
	assert.Equal(t, exitInput, factcheckCLI(t, "policy", "list", "--format", "pdf").code)
}

func TestVersion(t *testing.T) {
	r := factcheckCLI(t, "version")
	assert.Equal(t, exitOK, r.code)
	assert.Regexp(t, `^factcheck \S+ \(OPA \S+\)\n$`, r.stdout)
}

func labelsByPrefix(t *testing.T, rep report.Report) func(prefix string) string {
	return func(prefix string) string {
		t.Helper()
		for _, c := range rep.Documents[0].Claims {
			if strings.HasPrefix(c.Text, prefix) {
				return c.Verdict.Label
			}
		}
		t.Fatalf("no claim starts with %q", prefix)
		return ""
	}
}

// The article itself, extracted, gives the key labels the hand-written claims file gives.
func TestCheckArticleGivesTheSameKeyLabels(t *testing.T) {
	fromFile := labelsByPrefix(t, decodeReport(t, factcheckCLI(t, "check", "-o", "json", seed).stdout))
	r := factcheckCLI(t, "check", "-o", "json", "../../testdata/articles/seed-kharkiv-missile.txt")
	require.Equal(t, exitOK, r.code, r.stderr)
	fromArticle := labelsByPrefix(t, decodeReport(t, r.stdout))
	for _, prefix := range []string{
		"UN sanctions monitors confirm", "United Nations sanctions monitors determined", "Earlier, Ukraine, the US",
		"Later, on 7 February", "The Russian attack on 2 January", "In Kharkiv, the attack killed", "Evidence suggests",
	} {
		assert.Equal(t, fromFile(prefix), fromArticle(prefix), prefix)
	}
}

func TestExtractWritesAClaimsFileCheckLoads(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "seed.claims.yaml")
	r := factcheckCLI(t, "extract", "--output-file", out, "../../testdata/articles/seed-kharkiv-missile.txt")
	require.Equal(t, exitOK, r.code, r.stderr)
	r = factcheckCLI(t, "check", "-o", "json", out)
	require.Equal(t, exitOK, r.code, r.stderr)
	rep := decodeReport(t, r.stdout)
	require.Len(t, rep.Documents, 1)
	assert.Len(t, rep.Documents[0].Claims, 20)

	r = factcheckCLI(t, "extract", "--explain", "../../testdata/articles/seed-kharkiv-missile.txt")
	require.Equal(t, exitOK, r.code)
	assert.Contains(t, r.stdout, "skip   reader appeal or site boilerplate")
	assert.Contains(t, r.stdout, `cue "denied" stance denies`)

	r = factcheckCLI(t, "extract", "-o", "json", "../../testdata/articles/opinion-sanctions.md")
	require.Equal(t, exitOK, r.code)
	var doc map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &doc))
	assert.NotEmpty(t, doc["claims"])

	r = factcheckCLI(t, "extract", "missing.md")
	assert.Equal(t, exitInput, r.code)
	assert.Contains(t, r.stderr, "missing.md:1:1")
}

// check -o claimreview: one review per claim, each with the label the JSON report gives it.
func TestCheckClaimReviewLabelsMatchJSON(t *testing.T) {
	for _, input := range []string{seed, "../../testdata/articles/seed-kharkiv-missile.txt"} {
		js := factcheckCLI(t, "check", "-o", "json", input)
		cr := factcheckCLI(t, "check", "-o", "claimreview", "--article-url", "https://news.example/a", input)
		require.Equal(t, 0, cr.code, cr.stderr)
		var reviews []struct {
			Context       string                      `json:"@context"`
			Type          string                      `json:"@type"`
			ClaimReviewed string                      `json:"claimReviewed"`
			Author        struct{ Type, Name string } `json:"author"`
			ReviewRating  struct {
				AlternateName string `json:"alternateName"`
			} `json:"reviewRating"`
			ItemReviewed struct {
				Type       string `json:"@type"`
				Appearance struct {
					URL string `json:"url"`
				} `json:"appearance"`
			} `json:"itemReviewed"`
		}
		require.NoError(t, json.Unmarshal([]byte(cr.stdout), &reviews))
		claims := decodeReport(t, js.stdout).Documents[0].Claims
		require.Len(t, reviews, len(claims))
		for i, rv := range reviews {
			assert.Equal(t, "https://schema.org", rv.Context)
			assert.Equal(t, "ClaimReview", rv.Type)
			assert.Equal(t, claims[i].Text, rv.ClaimReviewed)
			assert.Equal(t, claims[i].Verdict.Label, rv.ReviewRating.AlternateName, claims[i].ID)
			assert.Equal(t, "Claim", rv.ItemReviewed.Type)
			assert.Equal(t, "https://news.example/a", rv.ItemReviewed.Appearance.URL)
			assert.Equal(t, "factcheck", rv.Author.Name)
		}
	}
	r := factcheckCLI(t, "check", "-o", "claimreview", "--article-url", "https://x.example", seed, seed)
	assert.Equal(t, exitInput, r.code)
}

// The publisher and the review date come from configuration (here its environment override).
func TestClaimReviewPublisherFromConfig(t *testing.T) {
	t.Setenv("FACTCHECK_REPORT_PUBLISHER_NAME", "Harbour Checkers")
	t.Setenv("FACTCHECK_REPORT_DATE_PUBLISHED", "2026-03-02")
	r := factcheckCLI(t, "check", "-o", "claimreview", seed)
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, `"name": "Harbour Checkers"`)
	assert.Contains(t, r.stdout, `"datePublished": "2026-03-02"`)
}

// The text report prints every claim of the seed in full: wrapped, never cut.
func TestCheckTextPrintsEveryClaimInFull(t *testing.T) {
	for _, input := range []string{seed, "../../testdata/articles/seed-kharkiv-missile.txt"} {
		text := factcheckCLI(t, "check", "--no-color", input)
		js := factcheckCLI(t, "check", "-o", "json", input)
		flat := strings.Join(strings.Fields(text.stdout), " ")
		claims := decodeReport(t, js.stdout).Documents[0].Claims
		require.Len(t, claims, 20)
		for _, c := range claims {
			assert.Contains(t, flat, "“"+strings.Join(strings.Fields(c.Text), " ")+"”", "claim %s in full", c.ID)
		}
		assert.NotContains(t, text.stdout, "…")
		assert.NotContains(t, text.stdout, "\x1b[")
	}
	coloured := factcheckCLI(t, "check", "--color", seed)
	assert.Contains(t, coloured.stdout, "\x1b[")
	t.Setenv("NO_COLOR", "1")
	assert.NotContains(t, factcheckCLI(t, "check", "--color=false", seed).stdout, "\x1b[")
	assert.NotContains(t, factcheckCLI(t, "lint", "../../testdata/drafts").stdout, "\x1b[")
}
