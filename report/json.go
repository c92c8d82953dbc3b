package report

import (
	"encoding/json"
	"io"
)

// WriteJSON writes the report as indented JSON (docs/report.schema.json). Maps are not used in
// the report, so the bytes are the same for the same report.
func WriteJSON(w io.Writer, r *Report) error {
	return writeIndented(w, r)
}

// writeIndented is the JSON every writer emits: two-space indents, "<", ">" and "&" left
// unescaped, since readers are people and tools, not HTML.
func writeIndented(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
