// Package factcheck holds the project's embedded assets: the default configuration and the
// published JSON schemas. The engine lives in the engine package; see docs/architecture.md.
package factcheck

import _ "embed"

// DefaultConfig is config.yaml: every configuration key with its default value.
//
//go:embed config.yaml
var DefaultConfig []byte

// ClaimsSchema is docs/claims.schema.json, the schema every claims file is validated against.
//
//go:embed docs/claims.schema.json
var ClaimsSchema []byte

// ReportSchema is docs/report.schema.json, the schema of the JSON report.
//
//go:embed docs/report.schema.json
var ReportSchema []byte
