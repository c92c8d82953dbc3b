package lint

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/report"
)

// suppressions are the factcheck-disable comments of a draft.
type suppressions struct {
	nextLine map[int][]string // line → rules disabled on it ("" = all)
	regions  []region
}

type region struct {
	rule       string // "" = all
	start, end int    // lines, inclusive; end 0 = to the end
}

var (
	directive = regexp.MustCompile(`<!--\s*factcheck-(disable-next-line|disable|enable)\b([^>]*?)-->`)
	// mention finds every use of the directive words, to catch comments the directive pattern
	// does not read (unclosed, misspelt): a suppression that silently does nothing hides
	// nothing, but one that silently does too much hides findings.
	mention = regexp.MustCompile(`factcheck-(?:disable|enable)[\w-]*`)
)

// maxSuppressionErrors bounds the problems reported for one draft; maxDirectives the
// suppression comments one draft may have (each finding is tested against them).
const (
	maxSuppressionErrors = 25
	maxDirectives        = 1000
)

// parseSuppressions reads the draft's factcheck-disable comments. A comment that is not a
// well-formed directive, names a rule that does not exist, or enables a rule that was not
// disabled is an error at its line and column (code points); lines in fenced code blocks are
// examples, not directives, and are not checked.
func parseSuppressions(path string, src []byte, rules []report.LintRule) (suppressions, claims.Errors) {
	known := map[string]bool{}
	for _, r := range rules {
		known[r.ID] = true
	}
	s := suppressions{nextLine: map[int][]string{}}
	var errs claims.Errors
	fail := func(line int, text string, byteCol int, format string, args ...any) {
		if len(errs) < maxSuppressionErrors {
			col := utf8.RuneCountInString(text[:min(byteCol, len(text))]) + 1
			errs = append(errs, &claims.Error{Path: path, Line: line, Column: col, Message: fmt.Sprintf(format, args...)})
		}
	}
	open := map[string]int{}
	fence := ""
	directives := 0
	for i, line := range strings.Split(string(src), "\n") {
		n := i + 1
		if t := strings.TrimLeft(line, " "); strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			switch {
			case fence == "":
				fence = t[:3]
			case strings.HasPrefix(t, fence):
				fence = ""
			}
			continue
		}
		if !strings.Contains(line, "factcheck-") {
			continue
		}
		matches := directive.FindAllStringSubmatchIndex(line, -1)
		if fence == "" {
			for _, m := range mention.FindAllStringIndex(line, -1) {
				inside := false
				for _, d := range matches {
					if m[0] >= d[0] && m[1] <= d[1] {
						inside = true
					}
				}
				word := line[m[0]:m[1]]
				switch {
				case !inside:
					fail(n, line, m[0], "malformed suppression %q: write <!-- factcheck-disable-next-line RULE -->, <!-- factcheck-disable RULE --> or <!-- factcheck-enable RULE -->", word)
				case word != "factcheck-disable" && word != "factcheck-enable" && word != "factcheck-disable-next-line":
					fail(n, line, m[0], "unknown suppression %q: use factcheck-disable-next-line, factcheck-disable or factcheck-enable", word)
				}
			}
		}
		directives += len(matches)
		if directives > maxDirectives {
			fail(n, line, 0, "more than %d suppression comments in one draft", maxDirectives)
			return s, errs
		}
		for _, m := range matches {
			kind := line[m[2]:m[3]]
			var names []string
			var cols []int
			argText := line[m[4]:m[5]]
			for j := 0; j < len(argText); {
				k := strings.IndexFunc(argText[j:], func(r rune) bool { return r != ',' && r != ' ' && r != '\t' })
				if k < 0 {
					break
				}
				j += k
				end := strings.IndexAny(argText[j:], ", \t")
				if end < 0 {
					end = len(argText) - j
				}
				names = append(names, argText[j:j+end])
				cols = append(cols, m[4]+j)
				j += end
			}
			if len(names) == 0 {
				names, cols = []string{""}, []int{m[0]}
			}
			for idx, r := range names {
				if r != "" && !known[r] && fence == "" {
					fail(n, line, cols[idx], "suppression names no rule %q (rules: factcheck policy list)", r)
					continue
				}
				switch kind {
				case "disable-next-line":
					s.nextLine[n+1] = append(s.nextLine[n+1], r)
				case "disable":
					if _, ok := open[r]; !ok {
						open[r] = n
					}
				case "enable":
					if start, ok := open[r]; ok {
						s.regions = append(s.regions, region{rule: r, start: start, end: n})
						delete(open, r)
					} else if fence == "" {
						fail(n, line, cols[idx], "factcheck-enable %s without a factcheck-disable before it", orAll(r))
					}
				}
			}
		}
	}
	for r, start := range open {
		s.regions = append(s.regions, region{rule: r, start: start})
	}
	sortRegions(s.regions)
	return s, errs
}

func orAll(rule string) string {
	if rule == "" {
		return "(every rule)"
	}
	return rule
}

// sortRegions keeps the regions in a fixed order (open is a map).
func sortRegions(rs []region) {
	slices.SortFunc(rs, func(a, b region) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.rule, b.rule))
	})
}

func (s suppressions) suppressed(rule string, line int) bool {
	for _, r := range s.nextLine[line] {
		if r == "" || r == rule {
			return true
		}
	}
	for _, g := range s.regions {
		if (g.rule == "" || g.rule == rule) && line >= g.start && (g.end == 0 || line <= g.end) {
			return true
		}
	}
	return false
}
