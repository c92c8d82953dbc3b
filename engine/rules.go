package engine

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Rule is a rule package's METADATA: what `factcheck policy list` shows and docs/rules.md is
// generated from.
type Rule struct {
	ID          string `json:"id"`
	Number      int    `json:"number,omitempty"`
	Package     string `json:"package"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Severity    string `json:"severity"`
	File        string `json:"file"`
}

// rulesFromAnnotations reads the package-scoped METADATA of every package under prefix
// ("factcheck.rules." for evidence rules, "factcheck.lint.rules." for editorial ones), and
// returns the rules with each one's default severity by id. A package without custom.id is
// named after its last path segment.
func rulesFromAnnotations(c *ast.Compiler, prefix string) ([]Rule, map[string]string) {
	var out []Rule
	for _, ref := range c.GetAnnotationSet().Flatten() {
		a := ref.Annotations
		if a.Scope != "package" {
			continue
		}
		pkg := strings.TrimPrefix(ref.Path.String(), "data.")
		if !strings.HasPrefix(pkg, prefix) {
			continue
		}
		r := Rule{Package: pkg, Title: a.Title, Description: strings.TrimSpace(a.Description), Severity: "info"}
		r.ID = strings.ReplaceAll(pkg[strings.LastIndexByte(pkg, '.')+1:], "_", "-")
		if a.Location != nil {
			r.File = a.Location.File
		}
		if id, ok := a.Custom["id"].(string); ok && id != "" {
			r.ID = id
		}
		if sev, ok := a.Custom["severity"].(string); ok && sev != "" {
			r.Severity = sev
		}
		if n, ok := a.Custom["number"]; ok {
			fmt.Sscan(fmt.Sprint(n), &r.Number)
		}
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b Rule) int {
		// Numbered (built-in) rules first, in their order; user rules after, by id.
		an, bn := a.Number, b.Number
		if an == 0 {
			an = 1 << 30
		}
		if bn == 0 {
			bn = 1 << 30
		}
		return cmp.Or(cmp.Compare(an, bn), cmp.Compare(a.ID, b.ID))
	})
	severity := make(map[string]string, len(out))
	for _, r := range out {
		severity[r.ID] = r.Severity
	}
	return out, severity
}
