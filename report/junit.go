package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"
)

// JUnit XML (testdata/schemas/junit.xsd): one test suite per draft, one test case per rule that
// fired at a place (a failure), or one passing case for a clean draft. The suites' timestamp is
// when the report was written — Options.Now, else SOURCE_DATE_EPOCH when set (reproducible
// builds' convention), else the clock — in UTC, as the schema's pattern wants it (no zone).
type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Body    string `xml:",chardata"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
}

type junitSuite struct {
	Package    string      `xml:"package,attr"`
	ID         int         `xml:"id,attr"`
	Name       string      `xml:"name,attr"`
	Timestamp  string      `xml:"timestamp,attr"`
	Hostname   string      `xml:"hostname,attr"`
	Tests      int         `xml:"tests,attr"`
	Failures   int         `xml:"failures,attr"`
	Errors     int         `xml:"errors,attr"`
	Time       string      `xml:"time,attr"`
	Properties struct{}    `xml:"properties"`
	Cases      []junitCase `xml:"testcase"`
	SystemOut  string      `xml:"system-out"`
	SystemErr  string      `xml:"system-err"`
}

type junitSuites struct {
	XMLName xml.Name     `xml:"testsuites"`
	Suites  []junitSuite `xml:"testsuite"`
}

type junitWriter struct {
	w   io.Writer
	now time.Time
}

func newJUnitWriter(w io.Writer, opt Options) LintWriter {
	now := opt.Now
	if now.IsZero() {
		now = ReportTime()
	}
	return junitWriter{w, now}
}

// ReportTime is the time a report is written: SOURCE_DATE_EPOCH (seconds since 1970, UTC)
// when set and valid, so that a rebuild gives the same bytes, else the clock.
func ReportTime() time.Time {
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if sec, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(sec, 0).UTC()
		}
	}
	return time.Now().UTC()
}

func (j junitWriter) Lint(r *LintReport) error {
	byFile := map[string][]LintFinding{}
	for _, f := range r.Findings {
		byFile[f.Path] = append(byFile[f.Path], f)
	}
	errs := map[string]string{}
	for _, e := range r.Errors {
		errs[e.Path] = e.Message
	}
	stamp := j.now.UTC().Format("2006-01-02T15:04:05")
	var out junitSuites
	for i, path := range r.Files {
		s := junitSuite{Package: "factcheck", ID: i, Name: path, Timestamp: stamp, Hostname: "localhost", Time: "0"}
		for _, f := range byFile[path] {
			s.Cases = append(s.Cases, junitCase{
				Name: fmt.Sprintf("%s at %d:%d", f.Rule, f.Line, f.Column), Classname: path, Time: "0",
				Failure: &junitFailure{Message: f.Message, Type: f.Severity, Body: fmt.Sprintf("%s:%d:%d: %s %s: %s\nfix: %s", f.Path, f.Line, f.Column, f.Severity, f.Rule, f.Message, f.Fix)},
			})
			s.Failures++
		}
		if msg, bad := errs[path]; bad {
			s.SystemErr = msg
			s.Errors++
		}
		if len(s.Cases) == 0 {
			s.Cases = append(s.Cases, junitCase{Name: "factcheck", Classname: path, Time: "0"})
		}
		s.Tests = len(s.Cases)
		out.Suites = append(out.Suites, s)
	}
	if _, err := io.WriteString(j.w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(j.w)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := io.WriteString(j.w, "\n")
	return err
}
