// Command factcheck checks the claims of news articles against evidence rules written in Rego.
//
//	factcheck check testdata/articles/seed-kharkiv-missile.claims.yaml
//	factcheck policy test --coverage
//	factcheck policy list --format markdown
//
// The command is thin: it reads flags, FACTCHECK_* environment variables and a config file
// (-c, $FACTCHECK_CONFIG or .factcheck.yaml found upward from the working directory; in that
// order of precedence, over the embedded config.yaml), checks them strictly, builds an engine,
// and writes what the engine reports. Exit codes: 0 clean, 1 a verdict hit --fail-on (or a
// policy test failed), 2 bad usage, input, configuration or policy, 3 an internal error on some
// document (recovered; the others were still checked).
package main
