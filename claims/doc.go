// Package claims is the claim model of factcheck: the claims of one article, who each claim is
// attributed to, how (cue and stance), on what evidence and through whom it was relayed.
//
// A claims file (YAML or JSON, one schema: docs/claims.schema.json) is loaded with Load, which
// validates it against the schema and, when the file names its article, checks that every
// claim's text is really in the article and fills its span. Every error names the file, line
// and column of the offending value, so that a person can fix it by hand.
package claims
