package report

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strings"
)

// SARIF 2.1.0 (testdata/schemas/sarif-schema-2.1.0.json) for code scanning: one run, the
// editorial rules as the driver's rules, one result per finding. Typed structs, so that a
// misspelt property is a compile error rather than a field code scanning silently ignores.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	ColumnKind  string            `json:"columnKind"`
	Invocations []sarifInvocation `json:"invocations"`
	Results     []sarifResult     `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	Version         string      `json:"version"`
	SemanticVersion string      `json:"semanticVersion"`
	InformationURI  string      `json:"informationUri"`
	Rules           []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string             `json:"id"`
	Name                 string             `json:"name"`
	ShortDescription     sarifText          `json:"shortDescription"`
	FullDescription      sarifText          `json:"fullDescription"`
	DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
	Help                 sarifText          `json:"help"`
}

type sarifConfiguration struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           *int              `json:"ruleIndex,omitempty"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

type sarifArtifactLocation struct {
	URI string `json:"uri"`
}

// sarifRegion: SARIF's endColumn is the column after the region's last character, which is
// what LintFinding.EndColumn holds.
type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifWriter struct{ w io.Writer }

func newSARIFWriter(w io.Writer, _ Options) LintWriter { return sarifWriter{w} }

func (s sarifWriter) Lint(r *LintReport) error {
	index := map[string]int{}
	rules := make([]sarifRule, 0, len(r.Rules))
	for i, lr := range r.Rules {
		index[lr.ID] = i
		rules = append(rules, sarifRule{ID: lr.ID, Name: lr.ID, ShortDescription: sarifText{lr.Title}, FullDescription: sarifText{lr.Description},
			DefaultConfiguration: sarifConfiguration{Level: sarifLevel(lr.Severity)}, Help: sarifText{lr.Description}})
	}
	results := make([]sarifResult, 0, len(r.Findings))
	for _, f := range r.Findings {
		res := sarifResult{
			RuleID:  f.Rule,
			Level:   sarifLevel(f.Severity),
			Message: sarifText{messageWithFix(f)},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
				ArtifactLocation: sarifArtifactLocation{URI: toURI(f.Path)},
				Region:           &sarifRegion{StartLine: f.Line, StartColumn: f.Column, EndLine: f.EndLine, EndColumn: f.EndColumn},
			}}},
			PartialFingerprints: map[string]string{"factcheckFinding/v1": Fingerprint(f)},
		}
		if i, ok := index[f.Rule]; ok {
			res.RuleIndex = &i
		}
		results = append(results, res)
	}
	invocation := sarifInvocation{ExecutionSuccessful: len(r.Errors) == 0}
	for _, e := range r.Errors {
		invocation.ToolExecutionNotifications = append(invocation.ToolExecutionNotifications, sarifNotification{
			Level: "error", Message: sarifText{e.Message},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: sarifArtifactLocation{URI: toURI(e.Path)}}}},
		})
	}
	return writeIndented(s.w, sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs: []sarifRun{{
			Tool: sarifTool{Driver: sarifDriver{Name: r.Tool.Name, Version: r.Tool.Version, SemanticVersion: semver(r.Tool.Version),
				InformationURI: "https://github.com/factcheck/factcheck", Rules: rules}},
			ColumnKind:  "unicodeCodePoints",
			Invocations: []sarifInvocation{invocation},
			Results:     results,
		}},
	})
}

// sarifLevel maps severities to SARIF levels.
func sarifLevel(sev string) string {
	switch sev {
	case "error":
		return "error"
	case "warning":
		return "warning"
	}
	return "note"
}

// Fingerprint identifies a finding across commits: the rule, the file and the claim's words,
// not its line, so that code scanning follows a finding when text above it moves.
func Fingerprint(f LintFinding) string {
	h := sha256.Sum256([]byte(f.Rule + "\x00" + f.Path + "\x00" + strings.Join(strings.Fields(f.Text), " ") + "\x00" + f.Message))
	return hex.EncodeToString(h[:16])
}

func semver(v string) string {
	v = strings.TrimPrefix(v, "v")
	if v == "" || v == "dev" || v == "test" {
		return "0.0.0"
	}
	return v
}

// toURI makes a relative path a relative URI reference (SARIF artifactLocation.uri).
func toURI(path string) string {
	path = strings.ReplaceAll(path, "\\", "/")
	var b strings.Builder
	for _, r := range path {
		switch {
		case r == ' ':
			b.WriteString("%20")
		case r == '%':
			b.WriteString("%25")
		case r == '#':
			b.WriteString("%23")
		case r == '?':
			b.WriteString("%3F")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// messageWithFix is the finding's message with its suggested fix, for formats with one text field.
func messageWithFix(f LintFinding) string {
	if f.Fix == "" {
		return f.Message
	}
	return f.Message + ". Suggested fix: " + f.Fix
}
