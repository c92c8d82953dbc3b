package engine

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/factcheck/factcheck/claims"
)

// userRule is an evidence-rule package a policy directory added, with a prepared query for its
// findings: they are checked before they count, so that a user rule can lower, cap or note a
// claim within the documented bounds but not, say, add 5 to its confidence.
type userRule struct {
	pkg   string // factcheck.rules.house_style
	where string // file:line of the package declaration
	query rego.PreparedEvalQuery
}

// Labels a finding may force or hold a claim at.
var findingLabels = []string{"confirmed", "supported", "contested", "unverified", "unattributed", "overstated", "refuted"}

func prepareUserRules(mods modules, prepare func(string) (rego.PreparedEvalQuery, error)) ([]userRule, error) {
	seen := map[string]bool{}
	var out []userRule
	names := make([]string, 0, len(mods.rules))
	for name := range mods.rules {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if mods.embedded[name] {
			continue
		}
		m := mods.rules[name]
		pkg := strings.TrimPrefix(m.Package.Path.String(), "data.")
		if !strings.HasPrefix(pkg, "factcheck.rules.") || seen[pkg] {
			continue
		}
		seen[pkg] = true
		where := name
		if loc := m.Package.Location; loc != nil {
			where = fmt.Sprintf("%s:%d:%d", name, loc.Row, loc.Col)
		}
		pq, err := prepare("data." + pkg + ".findings")
		if err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
		out = append(out, userRule{pkg: pkg, where: where, query: pq})
	}
	return out, nil
}

// checkUserFindings evaluates each user rule's findings for the document and refuses any that
// the verdict would misread: a finding must name a claim of the document, a known effect and a
// message, and its delta must be a number in [-1, 1], its cap one in [0, 1].
func (e *Engine) checkUserFindings(ctx context.Context, doc *claims.Document, input ast.Value) error {
	ids := make(map[string]bool, len(doc.Claims))
	for _, c := range doc.Claims {
		ids[c.ID] = true
	}
	for _, u := range e.userRules {
		rs, err := u.query.Eval(ctx, rego.EvalParsedInput(input))
		if err != nil {
			return fmt.Errorf("%s: policy %s (%s): %w", doc.Path, u.pkg, u.where, err)
		}
		if len(rs) == 0 || len(rs[0].Expressions) == 0 {
			continue
		}
		b, err := json.Marshal(rs[0].Expressions[0].Value)
		if err != nil {
			return fmt.Errorf("%s: policy %s (%s): findings: %w", doc.Path, u.pkg, u.where, err)
		}
		var findings []map[string]any
		if err := json.Unmarshal(b, &findings); err != nil {
			return fmt.Errorf("%s: policy %s (%s): findings must be a set of objects", doc.Path, u.pkg, u.where)
		}
		for _, f := range findings {
			if why := badFinding(f, ids); why != "" {
				return fmt.Errorf("%s: policy %s (%s): a finding %s", doc.Path, u.pkg, u.where, why)
			}
		}
	}
	return nil
}

func badFinding(f map[string]any, ids map[string]bool) string {
	text := func(k string) (string, bool) {
		s, ok := f[k].(string)
		return s, ok && s != ""
	}
	rule, ok := text("rule")
	if !ok {
		return "has no rule id (a text)"
	}
	claim, ok := text("claim")
	if !ok {
		return fmt.Sprintf("of %s names no claim", rule)
	}
	if !ids[claim] {
		return fmt.Sprintf("of %s names claim %q, which the document does not have", rule, claim)
	}
	if _, ok := text("effect"); !ok {
		return fmt.Sprintf("of %s on %s has no effect (a text such as lowers, caps, notes)", rule, claim)
	}
	for _, key := range []string{"label", "ceiling"} {
		if v, present := f[key]; present && v != nil {
			if l, ok := v.(string); !ok || !slices.Contains(findingLabels, l) {
				return fmt.Sprintf("of %s on %s has %s %v: use one of %s", rule, claim, key, v, strings.Join(findingLabels, ", "))
			}
		}
	}
	if _, ok := text("message"); !ok {
		return fmt.Sprintf("of %s on %s has no message (a text)", rule, claim)
	}
	for key, lo := range map[string]float64{"delta": -1, "cap": 0} {
		v, present := f[key]
		if !present || v == nil {
			continue
		}
		x, ok := v.(float64)
		if !ok || math.IsNaN(x) || x < lo || x > 1 {
			return fmt.Sprintf("of %s on %s has %s %v: a number in [%g, 1]", rule, claim, key, v, lo)
		}
	}
	return ""
}
