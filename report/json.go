package report

import (
	"bytes"
	"encoding/json"
	"io"
)

// The JSON report (docs/report.schema.json), written a document at a time. The bytes are those
// of the whole Report encoded with two-space indents: the opening fields at Begin, each
// document as an element of "documents" when it comes, the errors and closing braces at End.
// Maps are not used in the report, so the bytes are the same for the same report.
type jsonWriter struct {
	out    errWriter
	policy *Provenance
	docs   int
}

func newJSONWriter(w io.Writer, opt Options) Writer {
	return &jsonWriter{out: errWriter{w: w}, policy: opt.Policy}
}

func (j *jsonWriter) Begin(tool Tool) error {
	head, err := indented(struct {
		Version string      `json:"version"`
		Tool    Tool        `json:"tool"`
		Policy  *Provenance `json:"policy,omitempty"`
	}{Version, tool, j.policy}, "")
	if err != nil {
		return err
	}
	// The header object without its closing brace, then the documents array opens.
	j.out.write(string(bytes.TrimSuffix(head, []byte("\n}"))) + ",\n  \"documents\": [")
	return j.out.err
}

func (j *jsonWriter) Document(d *Document) error {
	b, err := indented(d, "    ")
	if err != nil {
		return err
	}
	if j.docs > 0 {
		j.out.write(",")
	}
	j.docs++
	j.out.write("\n    ")
	j.out.write(string(b))
	return j.out.err
}

func (j *jsonWriter) End(errs []Error) error {
	if j.docs > 0 {
		j.out.write("\n  ")
	}
	if errs == nil {
		errs = []Error{}
	}
	b, err := indented(errs, "  ")
	if err != nil {
		return err
	}
	j.out.write("],\n  \"errors\": ")
	j.out.write(string(b))
	j.out.write("\n}\n")
	return j.out.err
}

type lintJSON struct{ w io.Writer }

func newLintJSON(w io.Writer, _ Options) LintWriter { return lintJSON{w} }

func (l lintJSON) Lint(r *LintReport) error { return writeIndented(l.w, r) }

// indented marshals v as every writer's JSON: two-space indents after prefix, and "<", ">" and
// "&" left unescaped, since readers are people and tools, not HTML.
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

// writeIndented writes v as indented JSON with a final newline.
func writeIndented(w io.Writer, v any) error {
	b, err := indented(v, "")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
