package engine

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/factcheck/factcheck/claims"
)

// resolvedAttribution is an attribution with its source and relays looked up in the registry.
type resolvedAttribution struct {
	source claims.Source
	via    []claims.Source
}

func (e *Engine) resolve(doc *claims.Document) [][]resolvedAttribution {
	out := make([][]resolvedAttribution, len(doc.Claims))
	for i, c := range doc.Claims {
		out[i] = make([]resolvedAttribution, len(c.Attributions))
		for j, a := range c.Attributions {
			ra := resolvedAttribution{source: e.registry.Resolve(a.Source)}
			if !ra.source.Known && len(a.Affiliations) > 0 {
				ra.source.Affiliations = union(ra.source.Affiliations, a.Affiliations)
			}
			for _, v := range a.Via {
				ra.via = append(ra.via, e.registry.Resolve(v))
			}
			out[i][j] = ra
		}
	}
	return out
}

func union(a, b []string) []string {
	out := slices.Clone(a)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return out
}

// buildInput builds the policy input as an AST value directly: it skips a JSON round trip that
// would cost more than some rules.
func buildInput(doc *claims.Document, resolved [][]resolvedAttribution) (ast.Value, error) {
	claimTerms := make([]*ast.Term, len(doc.Claims))
	for i, c := range doc.Claims {
		attrs := make([]*ast.Term, len(c.Attributions))
		for j, a := range c.Attributions {
			ra := resolved[i][j]
			via := make([]*ast.Term, len(ra.via))
			for k, v := range ra.via {
				via[k] = sourceTerm(v)
			}
			evidence := make([]*ast.Term, len(a.Evidence))
			for k, ev := range a.Evidence {
				evidence[k] = ast.StringTerm(string(ev))
			}
			mention := strings.TrimSpace(a.SourceText) // the article's own words for the source
			if mention == "" {
				mention = ra.source.Name
			}
			attrs[j] = ast.ObjectTerm(
				ast.Item(ast.StringTerm("source"), sourceTerm(ra.source)),
				ast.Item(ast.StringTerm("mention"), ast.StringTerm(mention)),
				ast.Item(ast.StringTerm("cue"), ast.StringTerm(a.Cue)),
				ast.Item(ast.StringTerm("stance"), ast.StringTerm(string(a.Stance))),
				ast.Item(ast.StringTerm("evidence"), ast.ArrayTerm(evidence...)),
				ast.Item(ast.StringTerm("via"), ast.ArrayTerm(via...)),
			)
		}
		line := 0 // the line the claim starts on, for rules that read neighbours in a paragraph
		if c.Span != nil {
			line = c.Span.Line
		}
		claimTerms[i] = ast.ObjectTerm(
			ast.Item(ast.StringTerm("id"), ast.StringTerm(c.ID)),
			ast.Item(ast.StringTerm("line"), ast.IntNumberTerm(line)),
			ast.Item(ast.StringTerm("text"), ast.StringTerm(c.Text)),
			ast.Item(ast.StringTerm("part"), ast.StringTerm(string(c.Part))),
			ast.Item(ast.StringTerm("kind"), ast.StringTerm(string(c.Kind))),
			ast.Item(ast.StringTerm("subjects"), stringsTerm(c.Subjects)),
			ast.Item(ast.StringTerm("attributions"), ast.ArrayTerm(attrs...)),
			ast.Item(ast.StringTerm("hedges"), stringsTerm(c.Hedges)),
			ast.Item(ast.StringTerm("responds_to"), stringsTerm(c.RespondsTo)),
		)
	}
	return ast.NewObject(
		ast.Item(ast.StringTerm("document"), ast.ObjectTerm(
			ast.Item(ast.StringTerm("path"), ast.StringTerm(doc.Path)),
			ast.Item(ast.StringTerm("title"), ast.StringTerm(doc.Title)),
			ast.Item(ast.StringTerm("outlet"), ast.StringTerm(doc.Outlet)),
			ast.Item(ast.StringTerm("date"), ast.StringTerm(doc.Date)),
		)),
		ast.Item(ast.StringTerm("claims"), ast.ArrayTerm(claimTerms...)),
	), nil
}

func sourceTerm(s claims.Source) *ast.Term {
	return ast.ObjectTerm(
		ast.Item(ast.StringTerm("id"), ast.StringTerm(s.ID)),
		ast.Item(ast.StringTerm("name"), ast.StringTerm(s.Name)),
		ast.Item(ast.StringTerm("kind"), ast.StringTerm(s.Kind)),
		ast.Item(ast.StringTerm("reliability"), ast.StringTerm(s.Reliability)),
		ast.Item(ast.StringTerm("affiliations"), stringsTerm(s.Affiliations)),
		ast.Item(ast.StringTerm("group"), ast.StringTerm(s.Group)),
		ast.Item(ast.StringTerm("known"), ast.BooleanTerm(s.Known)),
	)
}

func stringsTerm(ss []string) *ast.Term {
	terms := make([]*ast.Term, len(ss))
	for i, s := range ss {
		terms[i] = ast.StringTerm(s)
	}
	return ast.ArrayTerm(terms...)
}

// decision is what factcheck.verdict.report returns.
type decision struct {
	verdicts map[string]ruleVerdict
	findings []ruleFinding
}

type ruleVerdict struct {
	label, likelihood, reliability string
	confidence                     float64
	credibility                    int
	reasons                        []ruleFinding
	suggestions                    []string
	interested                     []bool
}

type ruleFinding struct {
	rule, claim, effect, message, severity string
}

// decodeDecision reads the policy's answer without a JSON round trip, and says what is wrong
// with it when a user policy returns something malformed.
func decodeDecision(v any) (decision, error) {
	top, ok := v.(map[string]any)
	if !ok {
		return decision{}, fmt.Errorf("%s: expected an object, got %T", Query, v)
	}
	var d decision
	verdicts, _ := top["verdicts"].(map[string]any)
	d.verdicts = make(map[string]ruleVerdict, len(verdicts))
	for id, raw := range verdicts {
		m, ok := raw.(map[string]any)
		if !ok {
			return d, fmt.Errorf("verdict for claim %q: expected an object", id)
		}
		rv := ruleVerdict{
			label:       str(m["label"]),
			likelihood:  str(m["likelihood"]),
			reliability: str(m["reliability"]),
			confidence:  num(m["confidence"]),
			credibility: int(num(m["credibility"])),
		}
		for _, r := range list(m["reasons"]) {
			rv.reasons = append(rv.reasons, findingOf(r))
		}
		for _, s := range list(m["suggestions"]) {
			rv.suggestions = append(rv.suggestions, str(s))
		}
		for _, b := range list(m["interested"]) {
			flag, _ := b.(bool)
			rv.interested = append(rv.interested, flag)
		}
		d.verdicts[id] = rv
	}
	for _, f := range list(top["findings"]) {
		d.findings = append(d.findings, findingOf(f))
	}
	return d, nil
}

func findingOf(v any) ruleFinding {
	m, _ := v.(map[string]any)
	return ruleFinding{rule: str(m["rule"]), claim: str(m["claim"]), effect: str(m["effect"]),
		message: str(m["message"]), severity: str(m["severity"])}
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func list(v any) []any {
	l, _ := v.([]any)
	return l
}

func num(v any) float64 {
	switch n := v.(type) {
	case json.Number:
		f, _ := n.Float64()
		return f
	case float64:
		return n
	case int:
		return float64(n)
	case string:
		f, _ := strconv.ParseFloat(n, 64)
		return f
	}
	return 0
}
