package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factcheck/factcheck/claims"
)

var update = flag.Bool("update", false, "rewrite the golden outputs in testdata/golden")

// fixtureArticle is a short report written for these tests: a headline, an attributed claim
// relayed by a broadcaster, an accusation, its denial, an unsourced figure, and a long claim
// that a text report must not cut.
const fixtureArticle = `Port authority says drone hit grain silo
The port authority said on Monday that a drone struck a grain silo in the harbour overnight, according to the regional broadcaster. The defence ministry accused the river militia of launching it. The river militia denied any role in the attack. Twelve workers were hurt. Inspectors from the shipping council, who walked through the damaged silo on Tuesday with two engineers and a photographer, said the fragments they saw matched a commercial drone model sold widely across the region & beyond.
`

func spanOf(t *testing.T, text, sub string) *claims.Span {
	t.Helper()
	at := strings.Index(text, sub)
	require.GreaterOrEqual(t, at, 0, sub)
	return claims.NewLineIndex([]byte(text)).Span(at, at+len(sub))
}

func fixtureReport(t *testing.T) *Report {
	src := func(id, name, kind, grade string, interested bool) Source {
		return Source{ID: id, Name: name, Text: name, Kind: kind, Reliability: grade, Interested: interested}
	}
	port := src("port-authority", "Port Authority", "government", "C", true)
	broadcaster := src("regional-broadcaster", "Regional Broadcaster", "media", "B", false)
	claim := func(id, text, part, kind, label string, conf float64, grade string, attrs []Attribution, reasons []Reason, suggestions []string) Claim {
		return Claim{ID: id, Text: text, Part: part, Kind: kind, Span: spanOf(t, fixtureArticle, text), Subjects: []string{}, Hedges: []string{},
			Attributions: attrs, Verdict: Verdict{Label: label, Confidence: conf, Credibility: int(grade[1] - '0'), Reliability: grade[:1], Grade: grade,
				Likelihood: map[string]string{"supported": "likely", "contested": "unlikely", "unverified": "roughly even chance", "unattributed": "almost no chance", "confirmed": "very likely", "overstated": "very unlikely"}[label],
				Reasons:    reasons, Suggestions: suggestions}}
	}
	doc := Document{Path: "harbour.txt", Title: "Port authority says drone hit grain silo", Outlet: "The Harbour Gazette", Date: "2026-03-02",
		URL: "https://news.example/harbour-silo", Text: fixtureArticle, Findings: []Finding{}}
	doc.Claims = []Claim{
		claim("headline", "Port authority says drone hit grain silo", "headline", "event", "overstated", 0.2, "C4",
			[]Attribution{{Source: port, Cue: "says", Stance: "asserts", Evidence: []Evidence{}, Via: []Source{}}},
			[]Reason{{Rule: "overstatement", Effect: "overstates", Message: "the headline states as fact what the body attributes to a relay"}}, []string{"say who reported it"}),
		claim("c02", "The port authority said on Monday that a drone struck a grain silo in the harbour overnight, according to the regional broadcaster.", "body", "event", "unverified", 0.48, "C3",
			[]Attribution{{Source: port, Cue: "said", Stance: "asserts", Evidence: []Evidence{{Type: "statement"}}, Via: []Source{broadcaster}}},
			[]Reason{{Rule: "relay-hops", Effect: "lowers", Message: "known only at second hand, through Regional Broadcaster"}, {Rule: "interested-source", Effect: "caps", Message: "rests only on a source with a stake in the dispute"}},
			[]string{"the port authority's own statement", "confirmation from a source with no stake in the dispute"}),
		claim("c03", "The defence ministry accused the river militia of launching it.", "body", "responsibility", "contested", 0.3, "B4",
			[]Attribution{{Source: src("defence-ministry", "Defence Ministry", "government", "B", true), Cue: "accused", Stance: "accuses", Evidence: []Evidence{}, Via: []Source{}}},
			[]Reason{{Rule: "denial-by-accused", Effect: "contests", Message: "denied by the accused (River Militia)"}}, []string{"an independent inspection"}),
		claim("c04", "The river militia denied any role in the attack.", "body", "statement", "unverified", 0.4, "D3",
			[]Attribution{{Source: src("river-militia", "River Militia", "military", "D", true), Cue: "denied", Stance: "denies", Evidence: []Evidence{}, Via: []Source{}}},
			[]Reason{}, []string{}),
		claim("c05", "Twelve workers were hurt.", "body", "quantity", "unattributed", 0, "F6", []Attribution{},
			[]Reason{{Rule: "unattributed", Effect: "unattributed", Message: "states the figures as fact without naming any source"}}, []string{"name the source of this claim"}),
		claim("c06", "Inspectors from the shipping council, who walked through the damaged silo on Tuesday with two engineers and a photographer, said the fragments they saw matched a commercial drone model sold widely across the region & beyond.", "body", "provenance", "supported", 0.7, "A2",
			[]Attribution{{Source: src("unknown:inspectors", "Inspectors from the shipping council", "unknown", "A", false), Cue: "said", Stance: "asserts", Evidence: []Evidence{{Type: "physical-inspection"}}, Via: []Source{}},
				{Source: src("lead-engineer", "Mira Holt", "individual", "B", false), Cue: "said", Stance: "asserts", Evidence: []Evidence{}, Via: []Source{}}},
			[]Reason{{Rule: "single-source", Effect: "caps", Message: "rests on a single source"}}, []string{"a second, independent source"}),
	}
	doc.Claims[3].RespondsTo = []string{"c03"}
	doc.Findings = []Finding{{Rule: "unattributed", Severity: "error", Message: "figures without a source", Claim: "c05", Span: doc.Claims[4].Span}}
	return &Report{Version: Version, Tool: Tool{Name: "factcheck", Version: "test"}, Documents: []Document{doc},
		Errors: []Error{{Path: "broken.claims.yaml", Message: "broken.claims.yaml:3:7: claims[0].kind: \"rumour\" is not a kind"}}}
}

func fixtureLint() *LintReport {
	draft := "# Ministry <b>confirms</b> blast\n\nOfficials said the blast killed 12 people – “at least”.\n"
	return &LintReport{Version: Version, Tool: Tool{Name: "factcheck", Version: "test"}, Files: []string{"drafts/a b.md", "drafts/clean.md", "drafts/gone.md"},
		Findings: []LintFinding{
			{Path: "drafts/a b.md", Rule: "overstated-headline", Severity: "error", Message: "the headline says confirms; the body only says said", Fix: "use the body's verb", Claim: "headline", Text: "Ministry <b>confirms</b> blast", Line: 1, Column: 3, EndLine: 1, EndColumn: 32},
			{Path: "drafts/a b.md", Rule: "anonymous-source", Severity: "warning", Message: "officials are not named", Claim: "c02", Text: "Officials said the blast killed 12 people – “at least”.", Line: 3, Column: 1, EndLine: 3, EndColumn: 56},
		},
		Errors: []Error{{Path: "drafts/gone.md", Message: "drafts/gone.md:1:1: no such file"}},
		Rules: []LintRule{{ID: "overstated-headline", Title: "Headline overstates", Description: "The headline claims more than the body.", Severity: "error"},
			{ID: "anonymous-source", Title: "Anonymous source", Description: "A source is not named.", Severity: "warning"}},
		Texts: []DraftText{{Path: "drafts/a b.md", Text: draft}, {Path: "drafts/clean.md", Text: "All good.\n"}},
	}
}

var goldenTime = time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)

func goldenOptions() Options {
	return Options{Explain: true, Publisher: Organization{Name: "Harbour Checkers", URL: "https://checkers.example"}, Now: goldenTime}
}

// compareGolden compares got with testdata/golden/name; -update rewrites it (review the diff).
func compareGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./report -update to create it")
	assert.Equal(t, string(want), string(got), "%s drifted; if intended, rerun with -update and review the diff", path)
}

// Every format that writes check reports, on the fixture: a golden file each, and the same
// bytes twice.
func TestCheckFormatsGolden(t *testing.T) {
	for _, format := range CheckFormats() {
		t.Run(format, func(t *testing.T) {
			var a, b bytes.Buffer
			require.NoError(t, Write(&a, fixtureReport(t), format, goldenOptions()))
			require.NoError(t, Write(&b, fixtureReport(t), format, goldenOptions()))
			assert.Equal(t, a.String(), b.String(), "deterministic")
			compareGolden(t, "check."+format, a.Bytes())
		})
	}
}

func TestLintFormatsGolden(t *testing.T) {
	for _, format := range LintFormats() {
		t.Run(format, func(t *testing.T) {
			var a bytes.Buffer
			require.NoError(t, WriteLint(&a, fixtureLint(), format, goldenOptions()))
			compareGolden(t, "lint."+format, a.Bytes())
		})
	}
}

func TestRegistry(t *testing.T) {
	assert.Equal(t, []string{"text", "json", "jsonl", "html", "claimreview"}, CheckFormats())
	assert.Equal(t, []string{"text", "json", "html", "sarif", "junit", "github", "markdown"}, LintFormats())
	_, err := Get("pdf")
	assert.ErrorContains(t, err, `"pdf" is not a format`)
	f, err := Get("sarif")
	require.NoError(t, err)
	_, err = f.Check(&bytes.Buffer{}, Options{})
	assert.ErrorContains(t, err, "does not write check reports")
}

// A writer fed one document at a time writes what it writes for the whole report: the
// streaming JSON is byte for byte the whole Report encoded at once.
func TestJSONStreamsTheSameBytesAsTheWholeReport(t *testing.T) {
	withPolicy := fixtureReport(t)
	withPolicy.Policy = &Provenance{Files: []ProvenanceFile{}}
	for _, r := range []*Report{fixtureReport(t), withPolicy, {Version: Version, Documents: []Document{}, Errors: []Error{}},
		{Version: Version, Documents: []Document{fixtureReport(t).Documents[0], fixtureReport(t).Documents[0]}, Errors: []Error{}}} {
		var streamed bytes.Buffer
		require.NoError(t, WriteJSON(&streamed, r))
		whole, err := indented(r, "")
		require.NoError(t, err)
		assert.Equal(t, string(whole)+"\n", streamed.String())
	}
}

// JSON Lines: one object per document as it comes, then one per error, each a whole line.
func TestJSONLinesOneObjectPerLine(t *testing.T) {
	r := fixtureReport(t)
	r.Errors = []Error{{Path: "x.md", Message: "x.md:1:1: bad"}}
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, r, "jsonl", Options{}))
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	require.Len(t, lines, len(r.Documents)+1)
	var doc struct{ Document Document }
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &doc))
	assert.Equal(t, r.Documents[0].Path, doc.Document.Path)
	var last struct{ Error Error }
	require.NoError(t, json.Unmarshal([]byte(lines[len(lines)-1]), &last))
	assert.Equal(t, "x.md:1:1: bad", last.Error.Message)
}

func TestTextPrintsEveryClaimInFull(t *testing.T) {
	var buf bytes.Buffer
	r := fixtureReport(t)
	require.NoError(t, Write(&buf, r, "text", Options{Width: 60}))
	out := buf.String()
	flat := strings.Join(strings.Fields(out), " ")
	for _, c := range r.Documents[0].Claims {
		assert.Contains(t, flat, "“"+c.Text+"”", "claim %s printed whole", c.ID)
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "  ") { // a claim's text, sources, reasons and suggestions
			assert.LessOrEqual(t, len([]rune(line)), 60, "wrapped: %q", line)
		}
	}
	assert.NotContains(t, out, "…")
	assert.Contains(t, out, "[c02] line 2:1  UNVERIFIED  confidence 0.48 (roughly even chance), grade C3")
	assert.Contains(t, out, "error: broken.claims.yaml:")
	assert.True(t, strings.HasSuffix(out, "1 document(s), 6 claim(s): 1 supported, 1 contested, 2 unverified, 1 unattributed, 1 overstated; 1 document(s) could not be checked\n"))
}

func TestWrapNeverCutsAWord(t *testing.T) {
	assert.Equal(t, "  a bb\n    ccc\n    dddddddddd\n", wrap("a bb ccc dddddddddd", "  ", "    ", 8))
	assert.Equal(t, "  x\n", wrap("x", "  ", "    ", 1))
}

func TestColourOnlyWhenAsked(t *testing.T) {
	var plain, coloured bytes.Buffer
	require.NoError(t, Write(&plain, fixtureReport(t), "text", Options{}))
	require.NoError(t, Write(&coloured, fixtureReport(t), "text", Options{Color: true}))
	assert.NotContains(t, plain.String(), "\x1b[")
	assert.Contains(t, coloured.String(), "\x1b[31mOVERSTATED\x1b[0m")
	plain.Reset()
	coloured.Reset()
	require.NoError(t, WriteLint(&plain, fixtureLint(), "text", Options{}))
	require.NoError(t, WriteLint(&coloured, fixtureLint(), "text", Options{Color: true}))
	assert.NotContains(t, plain.String(), "\x1b[")
	assert.Contains(t, coloured.String(), "\x1b[31merror\x1b[0m")
}

func TestFindingsSortByPlaceThenSeverity(t *testing.T) {
	fs := []Finding{
		{Rule: "b", Severity: "info", Claim: "x", Span: &claims.Span{Start: 10}},
		{Rule: "a", Severity: "error", Claim: "x", Span: &claims.Span{Start: 10}},
		{Rule: "z", Severity: "warning", Claim: "w", Span: &claims.Span{Start: 2}},
		{Rule: "n", Severity: "info", Claim: "v"},
	}
	SortFindings(fs)
	var order []string
	for _, f := range fs {
		order = append(order, f.Rule)
	}
	assert.Equal(t, []string{"n", "z", "a", "b"}, order)
}

func TestGitHubEscaping(t *testing.T) {
	assert.Equal(t, "a%3Ab%2Cc%25d%0Ae", escapeProperty("a:b,c%d\ne"))
	assert.Equal(t, "50%25 of%0Athem: yes, no", escapeData("50% of\nthem: yes, no"))
	assert.Equal(t, "my%20drafts/a%23b.md", toURI("my drafts/a#b.md"))
}

func TestFingerprintIgnoresWhitespaceAndLines(t *testing.T) {
	a := LintFinding{Rule: "r", Path: "p.md", Text: "The  strike\nkilled 12.", Message: "m", Line: 3}
	b := LintFinding{Rule: "r", Path: "p.md", Text: "The strike killed 12.", Message: "m", Line: 9}
	assert.Equal(t, Fingerprint(a), Fingerprint(b))
	b.Rule = "other"
	assert.NotEqual(t, Fingerprint(a), Fingerprint(b))
}

func TestMarkdownSummary(t *testing.T) {
	var buf bytes.Buffer
	r := &LintReport{Files: []string{"a.md"}, Findings: []LintFinding{{Path: "a.md", Line: 4, Severity: "error", Rule: "x", Message: "a | b", Fix: "do it"}}}
	require.NoError(t, WriteLint(&buf, r, "markdown", Options{}))
	assert.Contains(t, buf.String(), "| `a.md` | 4 | error | `x` | a \\| b | do it |")
	buf.Reset()
	require.NoError(t, WriteLint(&buf, &LintReport{Files: []string{"a.md"}}, "markdown", Options{}))
	assert.Contains(t, buf.String(), "No attribution problems found in 1 draft(s).")
}

// The columns a finding is reported at agree across formats: SARIF's endColumn, GitHub's
// endColumn and JSON's end_column are the same number.
func TestEndColumnsAgreeAcrossFormats(t *testing.T) {
	r := fixtureLint()
	var sarif, github, js bytes.Buffer
	require.NoError(t, WriteLint(&sarif, r, "sarif", Options{}))
	require.NoError(t, WriteLint(&github, r, "github", Options{}))
	require.NoError(t, WriteLint(&js, r, "json", Options{}))
	assert.Contains(t, sarif.String(), `"endColumn": 32`)
	assert.Contains(t, github.String(), "endColumn=32,")
	assert.Contains(t, js.String(), `"end_column": 32`)
}

func TestJUnitTimestamp(t *testing.T) {
	var buf bytes.Buffer
	t.Setenv("SOURCE_DATE_EPOCH", "1772443800")
	require.NoError(t, WriteLint(&buf, fixtureLint(), "junit", Options{}))
	assert.Contains(t, buf.String(), `timestamp="2026-03-02T09:30:00"`)
	t.Setenv("SOURCE_DATE_EPOCH", "")
	before := time.Now().UTC().Truncate(time.Second)
	buf.Reset()
	require.NoError(t, WriteLint(&buf, fixtureLint(), "junit", Options{}))
	assert.Contains(t, buf.String(), `timestamp="`+before.Format("2006-01-02T15")) // the clock, not 1970
}

// A caller that streams — one document at a time, reusing its variable, as check does when it
// writes each document once checked — gets the bytes of the whole report, in every format.
func TestWritersFedOneDocumentAtATime(t *testing.T) {
	whole := fixtureReport(t)
	second := whole.Documents[0]
	second.Path, second.Title = "second.txt", "A second story"
	whole.Documents = append(whole.Documents, second)
	for _, format := range CheckFormats() {
		t.Run(format, func(t *testing.T) {
			var want, got bytes.Buffer
			require.NoError(t, Write(&want, whole, format, goldenOptions()))
			f, err := Get(format)
			require.NoError(t, err)
			w, err := f.Check(&got, goldenOptions())
			require.NoError(t, err)
			require.NoError(t, w.Begin(whole.Tool))
			var reused Document
			for _, d := range whole.Documents {
				reused = d
				require.NoError(t, w.Document(&reused))
				reused = Document{Path: "overwritten"}
			}
			require.NoError(t, w.End(whole.Errors))
			assert.Equal(t, want.String(), got.String())
		})
	}
}
