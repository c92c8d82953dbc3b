package report

import (
	"bytes"
	"encoding/json"
	"io"
)

// JSON Lines, for batches read by another program as they run: one object per line,
// {"document": …} for each checked document in input order as soon as it is done, then
// {"error": {"path", "message"}} for each document that could not be checked. Nothing is held
// back, so a reader sees each document when the checker finishes it.
type jsonLinesWriter struct{ out errWriter }

func newJSONLinesWriter(w io.Writer, _ Options) Writer { return &jsonLinesWriter{out: errWriter{w: w}} }

func (j *jsonLinesWriter) Begin(Tool) error { return nil }

func (j *jsonLinesWriter) Document(d *Document) error {
	return j.line(struct {
		Document *Document `json:"document"`
	}{d})
}

func (j *jsonLinesWriter) End(errs []Error) error {
	for i := range errs {
		if err := j.line(struct {
			Error *Error `json:"error"`
		}{&errs[i]}); err != nil {
			return err
		}
	}
	return nil
}

func (j *jsonLinesWriter) line(v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	j.out.write(buf.String())
	return j.out.err
}
