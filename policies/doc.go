// Package policies embeds factcheck's evidence rules (Rego v1), their tests and the default
// policy data.
//
// Layout:
//   - lib/     package factcheck.lib: one linear analysis of a document's claims that every rule
//     reads (interested sources, independent inspections, denials indexed by claim and party);
//   - rules/   one package per rule under factcheck.rules.*, each with a METADATA block (title,
//     description, custom.id, custom.severity) and a _test.rego file; each produces a set
//     `findings` of {rule, claim, effect, message, …};
//   - verdict/ package factcheck.verdict: combines every rule package's findings into verdicts;
//   - data/    the source registry and gazetteer (data.factcheck.registry, data.factcheck.gazetteer).
//
// Weights, caps and cut-offs are not here: they are data.factcheck.params, from config.yaml.
// The Go side only compiles, feeds and reads these policies; see docs/rules.md.
package policies
