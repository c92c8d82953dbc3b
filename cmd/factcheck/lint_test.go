package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"

	"github.com/factcheck/factcheck/report"
)

const drafts = "../../testdata/drafts"

func lintJSON(t *testing.T, args ...string) (report.LintReport, result) {
	t.Helper()
	r := factcheckCLI(t, append([]string{"lint", "-o", "json"}, args...)...)
	var rep report.LintReport
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rep), r.stdout+r.stderr)
	return rep, r
}

func TestLintDraftsMatchExpectedFindings(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(drafts, "expected.yaml"))
	require.NoError(t, err)
	var expected map[string][]string
	require.NoError(t, yaml.Unmarshal(src, &expected))

	rep, r := lintJSON(t, drafts)
	assert.Equal(t, exitFindings, r.code, r.stderr)
	got := map[string][]string{}
	for _, f := range rep.Findings {
		name := filepath.Base(f.Path)
		got[name] = append(got[name], fmt.Sprintf("%s@%d", f.Rule, f.Line))
	}
	for name := range got {
		assert.ElementsMatch(t, expected[name], got[name], name)
	}
	for name, want := range expected {
		assert.ElementsMatch(t, want, got[name], name)
	}
	assert.Len(t, rep.Files, 9)
}

// The seed article: what the editorial CI issue requires of it.
func TestLintSeedArticle(t *testing.T) {
	rep, r := lintJSON(t, "../../testdata/articles/seed-kharkiv-missile.txt")
	assert.Equal(t, exitFindings, r.code)
	at := func(rule string, line int, textPrefix string) bool {
		for _, f := range rep.Findings {
			if f.Rule == rule && f.Line == line && strings.HasPrefix(f.Text, textPrefix) {
				return true
			}
		}
		return false
	}
	assert.True(t, at("overstated-headline", 1, "UN sanctions monitors confirm"))
	assert.True(t, at("unattributed-claim", 10, "The Russian attack on 2 January"))
	assert.True(t, at("unattributed-claim", 10, "In Kharkiv, the attack killed"))
	assert.True(t, at("vague-attribution", 4, "Evidence suggests"))
	assert.True(t, at("single-interested-source", 12, "Later, on 7 February"))
	for _, f := range rep.Findings {
		assert.Less(t, f.Line, 13, "no finding in the reader-appeal block: %+v", f)
	}
}

func TestLintCleanDraftIsSilent(t *testing.T) {
	r := factcheckCLI(t, "lint", filepath.Join(drafts, "clean.md"))
	assert.Equal(t, exitOK, r.code, r.stdout+r.stderr)
	assert.Empty(t, r.stdout)
}

func TestLintFailLevelAndMinSeverity(t *testing.T) {
	anon := filepath.Join(drafts, "anonymous.md")
	assert.Equal(t, exitOK, factcheckCLI(t, "lint", anon).code, "warnings do not fail at the default level")
	assert.Equal(t, exitFindings, factcheckCLI(t, "lint", "--fail-level", "warning", anon).code)
	r := factcheckCLI(t, "lint", "--min-severity", "error", anon)
	assert.Empty(t, r.stdout)
	assert.Equal(t, exitInput, factcheckCLI(t, "lint", "--min-severity", "loud", anon).code)
	assert.Equal(t, exitInput, factcheckCLI(t, "lint", "-o", "pdf", anon).code)
}

func TestLintVerdictThreshold(t *testing.T) {
	rep, _ := lintJSON(t, "--fail-on-verdict", "unattributed", filepath.Join(drafts, "unattributed.md"))
	found := false
	for _, f := range rep.Findings {
		if f.Rule == "verdict-below-threshold" {
			found = true
		}
	}
	assert.True(t, found)
	assert.Equal(t, exitInput, factcheckCLI(t, "lint", "--fail-on-verdict", "meh", drafts).code)
}

func TestLintBadInputDoesNotStopTheOthers(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.md")
	require.NoError(t, os.WriteFile(bad, []byte("# Title\n\nBroken \xff\xfe bytes.\n"), 0o644))
	rep, r := lintJSON(t, "no-such-draft.md", bad, filepath.Join(drafts, "unattributed.md"))
	assert.Equal(t, exitInput, r.code)
	require.Len(t, rep.Errors, 2)
	assert.Contains(t, rep.Errors[0].Message, "no-such-draft.md:1:1: no such file")
	assert.Contains(t, rep.Errors[1].Message, "bad.md:3:8: not valid UTF-8")
	assert.NotEmpty(t, rep.Findings, "the good draft is still linted")
	assert.Contains(t, r.stderr, "no-such-draft.md")
}

func TestLintStdin(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run([]string{"lint", "-", "--stdin-filename", "draft.md"}, strings.NewReader("# T\n\nThe strike killed 12 people.\n"), &out, &errOut)
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, out.String(), "draft.md:3:1: error unattributed-claim")
}

func TestSARIFValidatesAgainstTheOfficialSchema(t *testing.T) {
	r := factcheckCLI(t, "lint", "-o", "sarif", drafts, "../../testdata/articles/seed-kharkiv-missile.txt")
	require.Equal(t, exitFindings, r.code, r.stderr)
	sarif, err := os.ReadFile("../../testdata/schemas/sarif-schema-2.1.0.json")
	require.NoError(t, err)
	assertValidJSON(t, sarif, r.stdout)

	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct{ ID string } `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID              string            `json:"ruleId"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
			} `json:"results"`
		} `json:"runs"`
	}
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &log))
	assert.Len(t, log.Runs[0].Tool.Driver.Rules, 8)
	for _, res := range log.Runs[0].Results {
		assert.Len(t, res.PartialFingerprints["factcheckFinding/v1"], 32)
	}
}

// A finding's fingerprint survives text being added above it.
func TestFingerprintIsStableAcrossLines(t *testing.T) {
	dir := t.TempDir()
	body := "# T\n\nThe strike killed 12 people.\n"
	first := filepath.Join(dir, "d.md")
	require.NoError(t, os.WriteFile(first, []byte(body), 0o644))
	a, _ := lintJSON(t, first)
	require.NoError(t, os.WriteFile(first, []byte("# T\n\nAn added paragraph, the police said.\n\nThe strike killed 12 people.\n"), 0o644))
	b, _ := lintJSON(t, first)
	require.NotEmpty(t, a.Findings)
	var fa, fb string
	for _, f := range a.Findings {
		if f.Rule == "unattributed-claim" {
			fa = report.Fingerprint(f)
		}
	}
	for _, f := range b.Findings {
		if f.Rule == "unattributed-claim" {
			fb = report.Fingerprint(f)
			assert.Equal(t, 5, f.Line)
		}
	}
	assert.Equal(t, fa, fb)
}

func TestJUnitOutput(t *testing.T) {
	r := factcheckCLI(t, "lint", "-o", "junit", drafts)
	var suites struct {
		Suites []struct {
			Name     string `xml:"name,attr"`
			Tests    int    `xml:"tests,attr"`
			Failures int    `xml:"failures,attr"`
		} `xml:"testsuite"`
	}
	require.NoError(t, xml.Unmarshal([]byte(r.stdout), &suites))
	require.Len(t, suites.Suites, 9)
	for _, s := range suites.Suites {
		if strings.HasSuffix(s.Name, "clean.md") {
			assert.Equal(t, 0, s.Failures)
			assert.Equal(t, 1, s.Tests)
		}
	}
	if xmllint, err := exec.LookPath("xmllint"); err == nil {
		out := filepath.Join(t.TempDir(), "junit.xml")
		require.NoError(t, os.WriteFile(out, []byte(r.stdout), 0o644))
		msg, err := exec.Command(xmllint, "--noout", "--schema", "../../testdata/schemas/junit.xsd", out).CombinedOutput()
		assert.NoError(t, err, string(msg))
	} else {
		t.Log("xmllint not installed: the XSD check runs in .ci/run")
	}
}

var workflowCommand = regexp.MustCompile(`^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:]+::[^\r\n]+$`)

func TestGitHubAnnotationsParse(t *testing.T) {
	r := factcheckCLI(t, "lint", "-o", "github", drafts)
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	require.NotEmpty(t, lines)
	for _, l := range lines {
		assert.Regexp(t, workflowCommand, l)
	}
}

// Golden outputs per format; regenerate with go test ./cmd/factcheck -run TestLintGolden -update.
func TestLintGoldenOutputs(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "0") // JUnit's timestamp: 1970-01-01T00:00:00
	for _, format := range report.LintFormats() {
		if format == "html" {
			continue // a page of inline CSS and script; report/testdata/golden/lint.html covers it
		}
		t.Run(format, func(t *testing.T) {
			r := factcheckCLI(t, "lint", "-o", format, drafts)
			again := factcheckCLI(t, "lint", "-o", format, drafts)
			assert.Equal(t, r.stdout, again.stdout, "deterministic")
			golden := filepath.Join("../../testdata/golden/lint", "drafts."+format)
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(golden), 0o755))
				require.NoError(t, os.WriteFile(golden, []byte(r.stdout), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.Equal(t, string(want), r.stdout)
		})
	}
}

// End to end: the real binary, its exit codes and its output.
func TestLintBinaryEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "factcheck")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	build := exec.Command("go", "build", "-o", bin, ".")
	out, err := build.CombinedOutput()
	require.NoError(t, err, string(out))

	cmd := exec.Command(bin, "lint", filepath.Join(drafts, "clean.md"))
	stdout, err := cmd.Output()
	require.NoError(t, err)
	assert.Empty(t, stdout)

	cmd = exec.Command(bin, "lint", drafts)
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	stdout, err = cmd.Output()
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit)
	assert.Equal(t, exitFindings, exit.ExitCode())
	assert.Contains(t, string(stdout), "overstated.md:1:3: error overstated-headline")

	cmd = exec.Command(bin, "lint", "missing-dir/x.md", filepath.Join(drafts, "clean.md"))
	_, err = cmd.Output()
	require.ErrorAs(t, err, &exit)
	assert.Equal(t, exitInput, exit.ExitCode())
}

// lint -o html: the drafts as written, each finding marked on its words with its severity.
func TestLintHTMLDraftView(t *testing.T) {
	js := factcheckCLI(t, "lint", "-o", "json", drafts)
	page := factcheckCLI(t, "lint", "-o", "html", drafts)
	assert.Equal(t, js.code, page.code)
	var rep report.LintReport
	require.NoError(t, json.Unmarshal([]byte(js.stdout), &rep))
	require.NotEmpty(t, rep.Findings)
	for _, f := range rep.Findings {
		assert.Contains(t, page.stdout, `<mark data-rule="`+f.Rule+`" data-severity="`+f.Severity+`"`, "%s at %s:%d", f.Rule, f.Path, f.Line)
	}
	assert.Contains(t, page.stdout, `<nav class="toc"`)
}
