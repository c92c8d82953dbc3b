package report

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// LintFormats are the outputs `factcheck lint -o` writes.
var LintFormats = []string{"text", "json", "sarif", "junit", "github", "markdown"}

// WriteLint writes r in one of LintFormats. Columns are Unicode code points, 1-based.
func WriteLint(w io.Writer, r *LintReport, format string, color bool) error {
	switch format {
	case "text":
		return writeLintText(w, r, color)
	case "json":
		return writeIndented(w, r)
	case "sarif":
		return writeSARIF(w, r)
	case "junit":
		return writeJUnit(w, r)
	case "github":
		return writeGitHub(w, r)
	case "markdown":
		return writeLintMarkdown(w, r)
	}
	return fmt.Errorf("unknown lint format %q", format)
}

// text: path:line:col: severity rule: message — one line a finding, grouped by file, nothing
// at all for clean drafts.
func writeLintText(w io.Writer, r *LintReport, color bool) error {
	paint := func(sev, s string) string {
		if !color {
			return s
		}
		code := map[string]string{"error": "31", "warning": "33", "info": "36"}[sev]
		return "\x1b[" + code + "m" + s + "\x1b[0m"
	}
	var b strings.Builder
	last := ""
	for _, f := range r.Findings {
		if f.Path != last && last != "" {
			b.WriteString("\n")
		}
		last = f.Path
		fmt.Fprintf(&b, "%s:%d:%d: %s %s: %s\n", f.Path, f.Line, f.Column, paint(f.Severity, f.Severity), f.Rule, f.Message)
	}
	for _, e := range r.Errors {
		fmt.Fprintf(&b, "%s\n", e.Message)
	}
	if len(r.Findings) > 0 {
		n := r.Counts()
		fmt.Fprintf(&b, "\n%d error(s), %d warning(s), %d info in %d file(s)\n", n["error"], n["warning"], n["info"], len(r.Files))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// sarifLevel maps severities to SARIF levels.
func sarifLevel(sev string) string {
	switch sev {
	case "error":
		return "error"
	case "warning":
		return "warning"
	}
	return "note"
}

// Fingerprint identifies a finding across commits: the rule, the file and the claim's words,
// not its line, so that code scanning follows a finding when text above it moves.
func Fingerprint(f LintFinding) string {
	h := sha256.Sum256([]byte(f.Rule + "\x00" + f.Path + "\x00" + strings.Join(strings.Fields(f.Text), " ") + "\x00" + f.Message))
	return hex.EncodeToString(h[:16])
}

func writeSARIF(w io.Writer, r *LintReport) error {
	type text struct {
		Text string `json:"text"`
	}
	type rule struct {
		ID                   string            `json:"id"`
		Name                 string            `json:"name"`
		ShortDescription     text              `json:"shortDescription"`
		FullDescription      text              `json:"fullDescription"`
		DefaultConfiguration map[string]string `json:"defaultConfiguration"`
		Help                 text              `json:"help"`
	}
	index := map[string]int{}
	rules := make([]rule, 0, len(r.Rules))
	for i, lr := range r.Rules {
		index[lr.ID] = i
		rules = append(rules, rule{ID: lr.ID, Name: lr.ID, ShortDescription: text{lr.Title}, FullDescription: text{lr.Description},
			DefaultConfiguration: map[string]string{"level": sarifLevel(lr.Severity)}, Help: text{lr.Description}})
	}
	results := make([]map[string]any, 0, len(r.Findings))
	for _, f := range r.Findings {
		res := map[string]any{
			"ruleId":  f.Rule,
			"level":   sarifLevel(f.Severity),
			"message": text{messageWithFix(f)},
			"locations": []any{map[string]any{"physicalLocation": map[string]any{
				"artifactLocation": map[string]any{"uri": toURI(f.Path)},
				"region": map[string]any{"startLine": f.Line, "startColumn": f.Column,
					"endLine": f.EndLine, "endColumn": f.EndColumn + 1},
			}}},
			"partialFingerprints": map[string]string{"factcheckFinding/v1": Fingerprint(f)},
		}
		if i, ok := index[f.Rule]; ok {
			res["ruleIndex"] = i
		}
		results = append(results, res)
	}
	invocation := map[string]any{"executionSuccessful": len(r.Errors) == 0}
	if len(r.Errors) > 0 {
		var notes []any
		for _, e := range r.Errors {
			notes = append(notes, map[string]any{"level": "error", "message": text{e.Message},
				"locations": []any{map[string]any{"physicalLocation": map[string]any{"artifactLocation": map[string]any{"uri": toURI(e.Path)}}}}})
		}
		invocation["toolExecutionNotifications"] = notes
	}
	log := map[string]any{
		"$schema": "https://json.schemastore.org/sarif-2.1.0.json",
		"version": "2.1.0",
		"runs": []any{map[string]any{
			"tool": map[string]any{"driver": map[string]any{
				"name": r.Tool.Name, "version": r.Tool.Version, "semanticVersion": semver(r.Tool.Version),
				"informationUri": "https://github.com/factcheck/factcheck", "rules": rules,
			}},
			"columnKind":  "unicodeCodePoints",
			"invocations": []any{invocation},
			"results":     results,
		}},
	}
	return writeIndented(w, log)
}

func semver(v string) string {
	v = strings.TrimPrefix(v, "v")
	if v == "" || v == "dev" || v == "test" {
		return "0.0.0"
	}
	return v
}

// toURI makes a relative path a relative URI reference (SARIF artifactLocation.uri).
func toURI(path string) string {
	path = strings.ReplaceAll(path, "\\", "/")
	var b strings.Builder
	for _, r := range path {
		switch {
		case r == ' ':
			b.WriteString("%20")
		case r == '%':
			b.WriteString("%25")
		case r == '#':
			b.WriteString("%23")
		case r == '?':
			b.WriteString("%3F")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// JUnit: one test suite per draft, one test case per rule that fired at a place (a failure),
// or one passing case for a clean draft. Times and timestamps are fixed so that the same
// drafts give the same bytes.
func writeJUnit(w io.Writer, r *LintReport) error {
	type failure struct {
		Message string `xml:"message,attr"`
		Type    string `xml:"type,attr"`
		Body    string `xml:",chardata"`
	}
	type testcase struct {
		Name      string   `xml:"name,attr"`
		Classname string   `xml:"classname,attr"`
		Time      string   `xml:"time,attr"`
		Failure   *failure `xml:"failure,omitempty"`
	}
	type testsuite struct {
		Package    string     `xml:"package,attr"`
		ID         int        `xml:"id,attr"`
		Name       string     `xml:"name,attr"`
		Timestamp  string     `xml:"timestamp,attr"`
		Hostname   string     `xml:"hostname,attr"`
		Tests      int        `xml:"tests,attr"`
		Failures   int        `xml:"failures,attr"`
		Errors     int        `xml:"errors,attr"`
		Time       string     `xml:"time,attr"`
		Properties struct{}   `xml:"properties"`
		Cases      []testcase `xml:"testcase"`
		SystemOut  string     `xml:"system-out"`
		SystemErr  string     `xml:"system-err"`
	}
	type testsuites struct {
		XMLName xml.Name    `xml:"testsuites"`
		Suites  []testsuite `xml:"testsuite"`
	}
	byFile := map[string][]LintFinding{}
	for _, f := range r.Findings {
		byFile[f.Path] = append(byFile[f.Path], f)
	}
	errs := map[string]string{}
	for _, e := range r.Errors {
		errs[e.Path] = e.Message
	}
	var out testsuites
	for i, path := range r.Files {
		s := testsuite{Package: "factcheck", ID: i, Name: path, Timestamp: "1970-01-01T00:00:00", Hostname: "localhost", Time: "0"}
		for _, f := range byFile[path] {
			s.Cases = append(s.Cases, testcase{
				Name: fmt.Sprintf("%s at %d:%d", f.Rule, f.Line, f.Column), Classname: path, Time: "0",
				Failure: &failure{Message: f.Message, Type: f.Severity, Body: fmt.Sprintf("%s:%d:%d: %s %s: %s\nfix: %s", f.Path, f.Line, f.Column, f.Severity, f.Rule, f.Message, f.Fix)},
			})
			s.Failures++
		}
		if msg, bad := errs[path]; bad {
			s.SystemErr = msg
			s.Errors++
		}
		if len(s.Cases) == 0 {
			s.Cases = append(s.Cases, testcase{Name: "factcheck", Classname: path, Time: "0"})
		}
		s.Tests = len(s.Cases)
		out.Suites = append(out.Suites, s)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// github: workflow commands that GitHub Actions turns into annotations on the pull request.
func writeGitHub(w io.Writer, r *LintReport) error {
	var b strings.Builder
	for _, f := range r.Findings {
		cmd := map[string]string{"error": "error", "warning": "warning"}[f.Severity]
		if cmd == "" {
			cmd = "notice"
		}
		fmt.Fprintf(&b, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n", cmd,
			escapeProperty(f.Path), f.Line, f.Column, f.EndLine, f.EndColumn+1, escapeProperty("factcheck "+f.Rule), escapeData(messageWithFix(f)))
	}
	for _, e := range r.Errors {
		fmt.Fprintf(&b, "::error file=%s,title=%s::%s\n", escapeProperty(e.Path), escapeProperty("factcheck input error"), escapeData(e.Message))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// messageWithFix is the finding's message with its suggested fix, for formats with one text field.
func messageWithFix(f LintFinding) string {
	if f.Fix == "" {
		return f.Message
	}
	return f.Message + ". Suggested fix: " + f.Fix
}

func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// markdown: a summary to post as a pull-request comment.
func writeLintMarkdown(w io.Writer, r *LintReport) error {
	var b strings.Builder
	n := r.Counts()
	b.WriteString("## factcheck\n\n")
	if len(r.Findings) == 0 && len(r.Errors) == 0 {
		fmt.Fprintf(&b, "No attribution problems found in %d draft(s).\n", len(r.Files))
		_, err := io.WriteString(w, b.String())
		return err
	}
	fmt.Fprintf(&b, "**%d error(s), %d warning(s), %d info** in %d draft(s).\n\n", n["error"], n["warning"], n["info"], len(r.Files))
	if len(r.Findings) > 0 {
		b.WriteString("| File | Line | Severity | Rule | Finding | Suggested fix |\n|---|---|---|---|---|---|\n")
		for _, f := range r.Findings {
			fmt.Fprintf(&b, "| `%s` | %d | %s | `%s` | %s | %s |\n", f.Path, f.Line, f.Severity, f.Rule, cell(f.Message), cell(f.Fix))
		}
	}
	if len(r.Errors) > 0 {
		b.WriteString("\n**Could not be checked:**\n\n")
		for _, e := range r.Errors {
			fmt.Fprintf(&b, "- `%s`: %s\n", e.Path, cell(e.Message))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func cell(s string) string {
	return strings.NewReplacer("|", "\\|", "\n", " ").Replace(s)
}
