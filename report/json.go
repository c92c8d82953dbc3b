package report

import (
	"encoding/json"
	"io"
)

// WriteJSON writes the report as indented JSON (docs/report.schema.json). Maps are not used in
// the report, so the bytes are the same for the same report.
func WriteJSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
