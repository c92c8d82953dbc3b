package claims

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"gopkg.in/yaml.v3"

	"github.com/factcheck/factcheck"
)

// maxErrors bounds how many problems one file reports: past that, the rest is noise.
const maxErrors = 25

// Load reads a claims file, validates it against the claims schema and, when it names an
// article, checks every claim's text against the article and fills the spans. Problems come
// back as Errors naming path:line:column.
func Load(path string) (*Document, error) {
	data, err := readLimited(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Parse is Load for bytes already read; path is used for messages and to find the article.
func Parse(path string, data []byte) (*Document, error) {
	if max := CurrentLimits().MaxDocumentBytes; int64(len(data)) > max {
		return nil, tooLarge(path, int64(len(data)), max)
	}
	root, err := parseTree(path, data)
	if err != nil {
		return nil, err
	}
	if errs := validate(path, root); len(errs) > 0 {
		return nil, errs
	}
	var doc Document
	if err := root.Decode(&doc); err != nil {
		// The schema admits a few values Decode does not (1e300 is a whole number to JSON
		// Schema, not an int); yaml.v3 gives their line.
		return nil, decodeError(path, root, err)
	}
	doc.Path = path
	if errs := checkReferences(path, root, &doc); len(errs) > 0 {
		return nil, errs
	}
	if doc.Article != "" {
		if err := anchor(path, root, &doc); err != nil {
			return nil, err
		}
	}
	return &doc, nil
}

// parseTree parses YAML or JSON into a node tree that keeps line and column of every value.
// JSON is parsed by encoding/json first for its exact syntax errors, since YAML is more lenient.
func parseTree(path string, data []byte) (*yaml.Node, error) {
	if strings.EqualFold(filepath.Ext(path), ".json") {
		var probe any
		if err := json.Unmarshal(data, &probe); err != nil {
			return nil, jsonSyntaxError(path, data, err)
		}
	}
	if err := CheckText(path, data); err != nil {
		return nil, err
	}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		return nil, yamlSyntaxError(path, err)
	}
	// A second YAML document would be dropped without a word: one claims file, one document.
	var second yaml.Node
	if err := dec.Decode(&second); err == nil {
		return nil, &Error{Path: path, Line: max(second.Line, 1), Column: 1, Message: "a claims file holds one YAML document; this is a second (split it into two files)"}
	} else if !errors.Is(err, io.EOF) {
		return nil, yamlSyntaxError(path, err)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, &Error{Path: path, Line: 1, Column: 1, Message: "empty claims file: expected an object with a claims list"}
	}
	// Aliases are expanded once, with a bound, so that the checks below walk plain values and
	// an alias bomb is refused at its alias instead of growing without limit.
	return expandAliases(path, doc.Content[0])
}

func jsonSyntaxError(path string, data []byte, err error) error {
	offset := 0
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		offset = int(syn.Offset)
	case errors.As(err, &typ):
		offset = int(typ.Offset)
	}
	line, col := NewLineIndex(data).Position(max(offset-1, 0))
	return &Error{Path: path, Line: line, Column: col, Message: "invalid JSON: " + strings.TrimPrefix(err.Error(), "json: ")}
}

// decodeError places a yaml.v3 type error at the line it names.
func decodeError(path string, root *yaml.Node, err error) error {
	var te *yaml.TypeError
	if !errors.As(err, &te) || len(te.Errors) == 0 {
		return &Error{Path: path, Line: root.Line, Column: root.Column, Message: err.Error()}
	}
	var errs Errors
	for _, msg := range te.Errors {
		line := root.Line
		if rest, ok := strings.CutPrefix(msg, "line "); ok {
			if n, tail, ok := strings.Cut(rest, ":"); ok {
				if v, convErr := strconv.Atoi(n); convErr == nil {
					line, msg = v, strings.TrimSpace(tail)
				}
			}
		}
		errs = append(errs, &Error{Path: path, Line: line, Column: 1, Message: msg + " (a number out of range?)"})
	}
	return errs
}

// yamlSyntaxError keeps the line yaml.v3 reports ("yaml: line 4: …"); it gives no column.
func yamlSyntaxError(path string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 1
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if n, tail, ok := strings.Cut(rest, ":"); ok {
			if v, convErr := strconv.Atoi(n); convErr == nil {
				line, msg = v, strings.TrimSpace(tail)
			}
		}
	}
	return &Error{Path: path, Line: line, Column: 1, Message: "invalid YAML: " + msg}
}

var (
	schemaOnce sync.Once
	schema     *jsonschema.Schema
	schemaErr  error
	printer    = message.NewPrinter(language.English)
)

func claimsSchema() (*jsonschema.Schema, error) {
	schemaOnce.Do(func() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(factcheck.ClaimsSchema))
		if err != nil {
			schemaErr = fmt.Errorf("claims schema: %w", err)
			return
		}
		c := jsonschema.NewCompiler()
		if err := c.AddResource("claims.schema.json", doc); err != nil {
			schemaErr = fmt.Errorf("claims schema: %w", err)
			return
		}
		schema, schemaErr = c.Compile("claims.schema.json")
	})
	return schema, schemaErr
}

// validate checks the tree against the published schema and maps each failure back to the
// line and column of the value (or key) at fault.
func validate(path string, root *yaml.Node) Errors {
	sch, err := claimsSchema()
	if err != nil {
		return Errors{{Path: path, Line: 1, Column: 1, Message: err.Error()}}
	}
	inst, convErr := toValue(path, root)
	if convErr != nil {
		return Errors{convErr}
	}
	err = sch.Validate(inst)
	var verr *jsonschema.ValidationError
	if err == nil || !errors.As(err, &verr) {
		return nil
	}
	var out Errors
	seen := map[string]bool{}
	for _, leaf := range leaves(verr) {
		node, keyNode := locate(root, leaf.InstanceLocation)
		msg := describe(leaf)
		if ap, ok := leaf.ErrorKind.(*kind.AdditionalProperties); ok && len(ap.Properties) > 0 {
			if k := mappingKey(node, ap.Properties[0]); k != nil {
				keyNode = k
			}
		}
		at := node
		if keyNode != nil && node.Kind != yaml.ScalarNode {
			at = keyNode
		}
		if _, ok := leaf.ErrorKind.(*kind.Required); ok {
			at = node
		}
		e := &Error{Path: path, Line: at.Line, Column: at.Column, Message: msg}
		if seen[e.Error()] {
			continue
		}
		seen[e.Error()] = true
		out = append(out, e)
		if len(out) == maxErrors {
			break
		}
	}
	sortErrors(out)
	return out
}

func leaves(e *jsonschema.ValidationError) []*jsonschema.ValidationError {
	if len(e.Causes) == 0 {
		return []*jsonschema.ValidationError{e}
	}
	var out []*jsonschema.ValidationError
	for _, c := range e.Causes {
		out = append(out, leaves(c)...)
	}
	return out
}

// describe words a schema failure for a person: where (as a path like claims[3].stance) and what.
func describe(e *jsonschema.ValidationError) string {
	where := "document"
	if len(e.InstanceLocation) > 0 {
		var b strings.Builder
		for _, seg := range e.InstanceLocation {
			if _, err := strconv.Atoi(seg); err == nil {
				b.WriteString("[" + seg + "]")
			} else {
				if b.Len() > 0 {
					b.WriteByte('.')
				}
				b.WriteString(seg)
			}
		}
		where = b.String()
	}
	return where + ": " + e.ErrorKind.LocalizedString(printer)
}

// locate follows a JSON-pointer path through the node tree; it returns the value node and,
// for object members, the key node.
func locate(root *yaml.Node, loc []string) (value, key *yaml.Node) {
	n := root
	for _, seg := range loc {
		switch n.Kind {
		case yaml.MappingNode:
			k := mappingKey(n, seg)
			if k == nil {
				return n, key
			}
			key = k
			n = mappingValue(n, seg)
		case yaml.SequenceNode:
			i, err := strconv.Atoi(seg)
			if err != nil || i < 0 || i >= len(n.Content) {
				return n, key
			}
			key = nil
			n = n.Content[i]
		default:
			return n, key
		}
	}
	return n, key
}

func mappingKey(n *yaml.Node, name string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == name {
			return n.Content[i]
		}
	}
	return nil
}

func mappingValue(n *yaml.Node, name string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == name {
			return n.Content[i+1]
		}
	}
	return nil
}

// toValue converts a node tree to the plain values the schema validator takes. YAML features
// with no JSON meaning (anchors used as merge keys, non-string keys) are errors here.
func toValue(path string, n *yaml.Node) (any, *Error) {
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil, nil
		}
		return toValue(path, n.Content[0])
	case yaml.AliasNode:
		return nil, &Error{Path: path, Line: n.Line, Column: n.Column, Message: "unexpanded alias"}
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if k.Kind != yaml.ScalarNode {
				return nil, &Error{Path: path, Line: k.Line, Column: k.Column, Message: "keys must be plain strings"}
			}
			if _, dup := m[k.Value]; dup {
				return nil, &Error{Path: path, Line: k.Line, Column: k.Column, Message: fmt.Sprintf("duplicate key %q", k.Value)}
			}
			v, err := toValue(path, n.Content[i+1])
			if err != nil {
				return nil, err
			}
			m[k.Value] = v
		}
		return m, nil
	case yaml.SequenceNode:
		s := make([]any, 0, len(n.Content))
		for _, c := range n.Content {
			v, err := toValue(path, c)
			if err != nil {
				return nil, err
			}
			s = append(s, v)
		}
		return s, nil
	default:
		var v any
		if err := n.Decode(&v); err != nil {
			return nil, &Error{Path: path, Line: n.Line, Column: n.Column, Message: err.Error()}
		}
		switch x := v.(type) {
		case int:
			return json.Number(strconv.Itoa(x)), nil
		case float64:
			return json.Number(strconv.FormatFloat(x, 'g', -1, 64)), nil
		case string, bool, nil:
			return x, nil
		default:
			// Timestamps and binary: keep the text as written, which is what JSON would see.
			return n.Value, nil
		}
	}
}

// checkReferences catches what a schema cannot: duplicate claim ids and responds_to naming a
// claim that does not exist.
func checkReferences(path string, root *yaml.Node, doc *Document) Errors {
	var errs Errors
	claimNodes := mappingValue(root, "claims")
	if claimNodes == nil || len(claimNodes.Content) != len(doc.Claims) {
		return Errors{{Path: path, Line: root.Line, Column: root.Column, Message: "claims: expected a list of claims"}}
	}
	ids := map[string]bool{}
	for i, c := range doc.Claims {
		cn := claimNodes.Content[i]
		if ids[c.ID] {
			at := mappingValue(cn, "id")
			errs = append(errs, &Error{Path: path, Line: at.Line, Column: at.Column, Message: fmt.Sprintf("claims[%d].id: duplicate claim id %q", i, c.ID)})
		}
		ids[c.ID] = true
	}
	for i, c := range doc.Claims {
		cn := claimNodes.Content[i]
		for j, target := range c.RespondsTo {
			if !ids[target] || target == c.ID {
				at := valueOrSelf(mappingValue(cn, "responds_to"), cn)
				if at.Kind == yaml.SequenceNode && j < len(at.Content) {
					at = at.Content[j]
				}
				why := "names no claim in this file"
				if target == c.ID {
					why = "names the claim itself"
				}
				errs = append(errs, &Error{Path: path, Line: at.Line, Column: at.Column, Message: fmt.Sprintf("claims[%d].responds_to: %q %s", i, target, why)})
			}
		}
		if s := c.Span; s != nil && (s.End < s.Start || s.Start < 0) {
			at := valueOrSelf(mappingValue(cn, "span"), cn)
			errs = append(errs, &Error{Path: path, Line: at.Line, Column: at.Column, Message: fmt.Sprintf("claims[%d].span: end %d is before start %d", i, s.End, s.Start)})
		}
	}
	return errs
}

// valueOrSelf places an error at n, or at fallback when the loader found no node for it.
func valueOrSelf(n, fallback *yaml.Node) *yaml.Node {
	if n == nil {
		return fallback
	}
	return n
}

// anchor checks each claim's text against the article and fills its span. A claims file that
// drifted from its article is an error, not a silent pass. Repeated texts are matched in order.
func anchor(path string, root *yaml.Node, doc *Document) error {
	articlePath := doc.Article
	if !filepath.IsAbs(articlePath) {
		articlePath = filepath.Join(filepath.Dir(path), articlePath)
	}
	articleNode := valueOrSelf(mappingValue(root, "article"), root)
	article, err := readFile(articlePath, true)
	if err == nil {
		err = CheckArticle(articlePath, article, IsMarkdownPath(articlePath))
	}
	if err != nil {
		// The article's own problem (unreadable, too large, not UTF-8) is placed where the
		// claims file names it, and where in the article it is.
		msg := err.Error()
		var e *Error
		if errors.As(err, &e) {
			msg = fmt.Sprintf("%s (%s:%d:%d)", e.Message, doc.Article, e.Line, e.Column)
		}
		return &Error{Path: path, Line: articleNode.Line, Column: articleNode.Column, Message: "article: " + msg}
	}
	lines := NewLineIndex(article)
	claimNodes := mappingValue(root, "claims")
	var errs Errors
	nextFrom := map[string]int{} // where to look for the next copy of a repeated text
	for i := range doc.Claims {
		c := &doc.Claims[i]
		cn := claimNodes.Content[i]
		textNode := valueOrSelf(mappingValue(cn, "text"), cn)
		if c.Span != nil {
			s := c.Span
			if s.Start < 0 || s.End < s.Start || s.End > len(article) || string(article[s.Start:s.End]) != c.Text {
				at := valueOrSelf(mappingValue(cn, "span"), cn)
				errs = append(errs, &Error{Path: path, Line: at.Line, Column: at.Column,
					Message: fmt.Sprintf("claims[%d].span: bytes %d-%d of %s are not the claim's text", i, s.Start, s.End, doc.Article)})
				continue
			}
			full := lines.Span(s.Start, s.End)
			if (s.Line != 0 && s.Line != full.Line) || (s.Column != 0 && s.Column != full.Column) {
				at := valueOrSelf(mappingValue(cn, "span"), cn)
				errs = append(errs, &Error{Path: path, Line: at.Line, Column: at.Column,
					Message: fmt.Sprintf("claims[%d].span: offset %d is at line %d column %d, not where the span's line and column say", i, s.Start, full.Line, full.Column)})
				continue
			}
			c.Span = full
			continue
		}
		from := nextFrom[c.Text]
		at := bytes.Index(article[from:], []byte(c.Text))
		if at < 0 && from > 0 {
			at = bytes.Index(article, []byte(c.Text)) // a second claim on the same words
			from = 0
		}
		if at < 0 {
			errs = append(errs, &Error{Path: path, Line: textNode.Line, Column: textNode.Column,
				Message: fmt.Sprintf("claims[%d].text: not found in article %s (the text must be verbatim)", i, doc.Article)})
			continue
		}
		start := from + at
		c.Span = lines.Span(start, start+len(c.Text))
		nextFrom[c.Text] = start + len(c.Text)
	}
	return errs.errorsOrNil()
}

func sortErrors(es Errors) {
	slices.SortStableFunc(es, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
	})
}

func readError(err error) string {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "no such file"
	case errors.Is(err, os.ErrPermission):
		return "permission denied"
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
