package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/factcheck/factcheck/report"
)

// checkStream writes a check report one document at a time, so that a batch of any size is
// written in the memory of one document. Formats whose bytes are a whole-report function
// (json, text) produce exactly what their report writer would for the same documents.
type checkStream interface {
	document(d *report.Document, explained []byte) error
	finish(errs []report.Error) error
}

func newCheckStream(w io.Writer, format string, head report.Report, explain bool) (checkStream, error) {
	switch format {
	case "json":
		return newJSONStream(w, head)
	case "jsonl":
		return &jsonlStream{w: w}, nil
	default:
		return &textStream{w: w, explain: explain, counts: map[string]int{}}, nil
	}
}

// jsonStream writes the report object of report.WriteJSON with its documents array streamed:
// the frame (everything but the documents and errors) comes from encoding the empty report, so
// a field added to the report appears here too.
type jsonStream struct {
	w      io.Writer
	middle string // between the documents array and the errors value
	tail   string
	n      int
}

const (
	docsKey   = `"documents": [`
	errorsKey = `"errors": `
)

func newJSONStream(w io.Writer, head report.Report) (*jsonStream, error) {
	head.Documents, head.Errors = []report.Document{}, []report.Error{}
	var frame bytes.Buffer
	if err := report.WriteJSON(&frame, &head); err != nil {
		return nil, err
	}
	s := frame.String()
	i := strings.Index(s, docsKey+"]")
	j := strings.Index(s, errorsKey+"[]")
	if i < 0 || j < i {
		return nil, fmt.Errorf("json report: documents must precede errors in the report frame")
	}
	st := &jsonStream{w: w, middle: s[i+len(docsKey)+1 : j+len(errorsKey)], tail: s[j+len(errorsKey)+2:]}
	_, err := io.WriteString(w, s[:i+len(docsKey)])
	return st, err
}

func (s *jsonStream) document(d *report.Document, _ []byte) error {
	sep := ",\n    "
	if s.n == 0 {
		sep = "\n    "
	}
	s.n++
	b, err := indented(d, "    ")
	if err != nil {
		return err
	}
	_, err = io.WriteString(s.w, sep+string(b))
	return err
}

func (s *jsonStream) finish(errs []report.Error) error {
	var b strings.Builder
	if s.n > 0 {
		b.WriteString("\n  ")
	}
	b.WriteString("]")
	b.WriteString(s.middle)
	if errs == nil {
		errs = []report.Error{}
	}
	e, err := indented(errs, "  ")
	if err != nil {
		return err
	}
	b.Write(e)
	b.WriteString(s.tail)
	_, err = io.WriteString(s.w, b.String())
	return err
}

// indented is the report's JSON for v at a nesting prefix, without the encoder's newline.
func indented(v any, prefix string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// jsonlStream writes JSON Lines: one object per line, {"document": …} for each checked
// document in input order, then {"error": {"path", "message"}} for each that could not be.
type jsonlStream struct{ w io.Writer }

func (s *jsonlStream) line(v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := s.w.Write(buf.Bytes())
	return err
}

func (s *jsonlStream) document(d *report.Document, _ []byte) error {
	return s.line(struct {
		Document *report.Document `json:"document"`
	}{d})
}

func (s *jsonlStream) finish(errs []report.Error) error {
	for i := range errs {
		if err := s.line(struct {
			Error *report.Error `json:"error"`
		}{&errs[i]}); err != nil {
			return err
		}
	}
	return nil
}

// textStream writes report.WriteText's blocks one document at a time and keeps only the label
// counts for the summary line. An article's --explain text comes just before its block.
type textStream struct {
	w       io.Writer
	explain bool
	n       int
	counts  map[string]int
}

func (s *textStream) document(d *report.Document, explained []byte) error {
	if len(explained) > 0 {
		if _, err := s.w.Write(explained); err != nil {
			return err
		}
	}
	if d == nil {
		return nil
	}
	for _, c := range d.Claims {
		s.counts[c.Verdict.Label]++
	}
	var buf bytes.Buffer
	if s.n > 0 {
		buf.WriteString("\n")
	}
	s.n++
	if err := report.WriteText(&buf, &report.Report{Documents: []report.Document{*d}}, report.TextOptions{Explain: s.explain}); err != nil {
		return err
	}
	_, err := s.w.Write(withoutSummary(buf.Bytes()))
	return err
}

// finish writes the summary. The documents that could not be checked are counted there and
// listed on standard error only (path:line:col: message), not a second time here.
func (s *textStream) finish(errs []report.Error) error {
	var buf bytes.Buffer
	if s.n > 0 || len(errs) > 0 {
		buf.WriteString("\n" + report.Summary(s.n, s.counts, len(errs)) + "\n")
	}
	_, err := s.w.Write(buf.Bytes())
	return err
}

// withoutSummary drops the blank line and summary line that end a text report.
func withoutSummary(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte("\n"))
	if i := bytes.LastIndex(b, []byte("\n\n")); i >= 0 {
		return b[:i+1]
	}
	return nil
}

// openOutput is where a streamed report goes: standard output, or a temporary file beside
// --output-file renamed into place by commit, so that a reader never sees half a report.
func openOutput(cmd *cobra.Command) (w io.Writer, commit func() error, abort func(), err error) {
	out, _ := cmd.Flags().GetString("output-file")
	if out == "" {
		return cmd.OutOrStdout(), func() error { return nil }, func() {}, nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*")
	if err != nil {
		return nil, nil, nil, inputError(err)
	}
	abort = func() { tmp.Close(); os.Remove(tmp.Name()) }
	commit = func() error {
		if err := tmp.Close(); err != nil {
			os.Remove(tmp.Name())
			return inputError(err)
		}
		if err := os.Rename(tmp.Name(), out); err != nil {
			os.Remove(tmp.Name())
			return inputError(err)
		}
		return nil
	}
	return tmp, commit, abort, nil
}
