// Command factcheck checks the claims of news articles against evidence rules written in Rego.
//
//	factcheck check testdata/articles/seed-kharkiv-missile.claims.yaml
//	factcheck policy test --coverage
//	factcheck policy list --format markdown
//
// The command is thin: it reads flags, FACTCHECK_* environment variables and config.yaml (in
// that order of precedence, over the embedded defaults), builds an engine, and writes what the
// engine reports. Exit codes: 0 clean, 1 a verdict hit --fail-on (or a policy test failed),
// 2 bad usage, input or policy.
package main
