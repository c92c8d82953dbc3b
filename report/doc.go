// Package report is factcheck's output: the Report the engine builds for a batch of documents,
// and the writers that render it (text for a person, JSON for machines). The JSON field names
// are a public contract, described by docs/report.schema.json; change them only with a new
// report version.
package report
