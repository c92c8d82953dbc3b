package policies

import "embed"

// FS holds the embedded evidence rules, their tests and the default data (registry, gazetteer).
//
//go:embed lib/*.rego verdict/*.rego rules/*.rego lint/*.rego lint/rules/*.rego data/*.yaml
var FS embed.FS
