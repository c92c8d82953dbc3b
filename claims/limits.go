package claims

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"gopkg.in/yaml.v3"
)

// Limits bound what one input may cost. Every input the tool reads — a claims file, an
// article, a draft — is checked against them before it is parsed, so that a hostile or broken
// file is an error naming the file, not an out-of-memory kill or a hang.
type Limits struct {
	// MaxDocumentBytes is the largest claims file, article or draft read (bytes).
	MaxDocumentBytes int64
	// MaxYAMLDepth is the deepest nesting of mappings and sequences in a claims file.
	MaxYAMLDepth int
	// MaxYAMLNodes bounds the values a claims file's aliases (*name) expand to: an alias bomb
	// multiplies a few lines into billions of values.
	MaxYAMLNodes int
	// MaxMarkdownDepth is the deepest nesting of lists and block quotes in a Markdown article.
	MaxMarkdownDepth int
	// MaxFrontMatterKeys is the most keys a Markdown article's front matter may have.
	MaxFrontMatterKeys int
	// ExtractTimeout bounds extracting the claims of one article.
	ExtractTimeout time.Duration
}

// DefaultLimits are generous for any real article and small enough that a batch of hostile
// files stays within a few hundred megabytes and seconds per file.
var DefaultLimits = Limits{
	MaxDocumentBytes:   10 << 20,
	MaxYAMLDepth:       64,
	MaxYAMLNodes:       1_000_000,
	MaxMarkdownDepth:   64,
	MaxFrontMatterKeys: 1000,
	ExtractTimeout:     10 * time.Second,
}

var (
	limitsMu sync.RWMutex
	limits   = DefaultLimits
)

// SetLimits replaces the limits every reader in this package applies (the CLI sets them from
// its configuration once, before reading anything). Zero fields keep their defaults.
func SetLimits(l Limits) {
	d := DefaultLimits
	if l.MaxDocumentBytes > 0 {
		d.MaxDocumentBytes = l.MaxDocumentBytes
	}
	if l.MaxYAMLDepth > 0 {
		d.MaxYAMLDepth = l.MaxYAMLDepth
	}
	if l.MaxYAMLNodes > 0 {
		d.MaxYAMLNodes = l.MaxYAMLNodes
	}
	if l.MaxMarkdownDepth > 0 {
		d.MaxMarkdownDepth = l.MaxMarkdownDepth
	}
	if l.MaxFrontMatterKeys > 0 {
		d.MaxFrontMatterKeys = l.MaxFrontMatterKeys
	}
	if l.ExtractTimeout > 0 {
		d.ExtractTimeout = l.ExtractTimeout
	}
	limitsMu.Lock()
	limits = d
	limitsMu.Unlock()
}

// CurrentLimits returns the limits in force.
func CurrentLimits() Limits {
	limitsMu.RLock()
	defer limitsMu.RUnlock()
	return limits
}

// readLimited reads a whole file, refusing one larger than the document limit before reading
// it (a 50 MB article is an error, not an allocation).
func readLimited(path string) ([]byte, error) {
	return readFile(path, false)
}

// readFile is readLimited; regularOnly refuses devices, pipes and sockets, for paths that come
// from inside an input (a claims file's article: /dev/stdin would wait for ever).
func readFile(path string, regularOnly bool) ([]byte, error) {
	max := CurrentLimits().MaxDocumentBytes
	if regularOnly {
		info, err := os.Stat(path)
		if err != nil {
			return nil, FileError(path, err)
		}
		if !info.Mode().IsRegular() {
			what := "not a regular file"
			if info.IsDir() {
				what = "is a directory"
			}
			return nil, &Error{Path: path, Line: 1, Column: 1, Message: what}
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, FileError(path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err == nil && info.IsDir() {
		return nil, &Error{Path: path, Line: 1, Column: 1, Message: "is a directory"}
	}
	if err == nil && info.Mode().IsRegular() && info.Size() > max {
		return nil, tooLarge(path, info.Size(), max)
	}
	return ReadAllLimited(path, f)
}

// ReadAllLimited reads r (a file, standard input) up to the document limit.
func ReadAllLimited(name string, r io.Reader) ([]byte, error) {
	max := CurrentLimits().MaxDocumentBytes
	src, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, FileError(name, err)
	}
	if int64(len(src)) > max {
		return nil, tooLarge(name, -1, max)
	}
	return src, nil
}

func tooLarge(path string, size, max int64) *Error {
	what := "more than"
	if size >= 0 {
		what = fmt.Sprintf("%d bytes,", size)
	}
	return &Error{Path: path, Line: 1, Column: 1,
		Message: fmt.Sprintf("file is too large (%s over the limit of %d bytes; raise limits.max_document_bytes)", what, max)}
}

// expandAliases returns n with every alias (*name) replaced by a copy of its anchor's value, so
// that the rest of the loader sees plain mappings and sequences. Copies are counted: past
// MaxYAMLNodes, or nested deeper than MaxYAMLDepth, the file is refused at the alias or value.
func expandAliases(path string, n *yaml.Node) (*yaml.Node, error) {
	l := CurrentLimits()
	budget := l.MaxYAMLNodes
	var outer *yaml.Node // the outermost alias being expanded: where a bomb is defused
	var walk func(n *yaml.Node, depth int, active map[*yaml.Node]bool) (*yaml.Node, error)
	walk = func(n *yaml.Node, depth int, active map[*yaml.Node]bool) (*yaml.Node, error) {
		if outer != nil { // a copy made by an alias: the file's own values are bounded by its size
			budget--
			if budget < 0 {
				return nil, &Error{Path: path, Line: outer.Line, Column: outer.Column,
					Message: fmt.Sprintf("aliases expand to more than %d values (raise limits.max_yaml_nodes)", l.MaxYAMLNodes)}
			}
		}
		if depth > l.MaxYAMLDepth {
			return nil, &Error{Path: path, Line: n.Line, Column: n.Column,
				Message: fmt.Sprintf("nested deeper than %d levels (raise limits.max_yaml_depth)", l.MaxYAMLDepth)}
		}
		if n.Kind == yaml.AliasNode {
			if n.Alias == nil || active[n.Alias] {
				return nil, &Error{Path: path, Line: n.Line, Column: n.Column, Message: "alias refers to itself"}
			}
			active[n.Alias] = true
			if outer == nil {
				outer = n
				defer func() { outer = nil }()
			}
			out, err := walk(n.Alias, depth, active)
			delete(active, n.Alias)
			return out, err
		}
		cp := *n
		cp.Anchor = ""
		if len(n.Content) > 0 {
			cp.Content = make([]*yaml.Node, len(n.Content))
			for i, c := range n.Content {
				cc, err := walk(c, depth+1, active)
				if err != nil {
					return nil, err
				}
				cp.Content[i] = cc
			}
		}
		return &cp, nil
	}
	return walk(n, 0, map[*yaml.Node]bool{})
}

// CheckMarkdownShape refuses Markdown whose shape would make parsing it slow or deep: lists
// and quotes nested past MaxMarkdownDepth, or front matter with more than MaxFrontMatterKeys
// keys. It is a cheap line scan done before the parser sees the text.
func CheckMarkdownShape(path string, src []byte) error {
	l := CurrentLimits()
	keys := 0
	inFront := bytes.HasPrefix(src, []byte("---\n")) || bytes.HasPrefix(src, []byte("---\r\n"))
	frontStart := bytes.IndexByte(src, '\n') + 1
	lineNo := 0
	for off := 0; off < len(src); {
		lineNo++
		end := len(src)
		next := len(src)
		if i := bytes.IndexByte(src[off:], '\n'); i >= 0 {
			end, next = off+i, off+i+1
		}
		line := bytes.TrimRight(src[off:end], "\r")
		start := off
		off = next
		if inFront {
			if lineNo == 1 {
				continue
			}
			if string(line) == "---" || string(line) == "..." {
				inFront = false
				if err := checkFrontMatter(path, src[frontStart:start]); err != nil {
					return err
				}
				continue
			}
			if len(line) > 0 && line[0] != ' ' && line[0] != '\t' && line[0] != '#' && bytes.IndexByte(line, ':') > 0 {
				keys++
				if keys > l.MaxFrontMatterKeys {
					return &Error{Path: path, Line: lineNo, Column: 1,
						Message: fmt.Sprintf("front matter has more than %d keys (raise limits.max_front_matter_keys)", l.MaxFrontMatterKeys)}
				}
			}
			continue
		}
		if d, col := markdownDepth(line); d > l.MaxMarkdownDepth {
			return &Error{Path: path, Line: lineNo, Column: col,
				Message: fmt.Sprintf("lists or quotes nested deeper than %d levels (raise limits.max_markdown_depth)", l.MaxMarkdownDepth)}
		}
	}
	return nil
}

// markdownDepth estimates how many containers a line opens or continues: each block-quote
// marker and list marker counts one, and indentation counts one level per two columns (a
// nested list item is indented under its parent). It returns the depth and where the line's
// content starts.
func markdownDepth(line []byte) (depth, column int) {
	indent, markers, i := 0, 0, 0
	for i < len(line) {
		switch c := line[i]; {
		case c == ' ':
			indent++
			i++
		case c == '\t':
			indent += 4
			i++
		case c == '>':
			markers++
			i++
		case (c == '-' || c == '*' || c == '+') && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t'):
			markers++
			i += 2
			indent += 2
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 < len(line) && (line[j] == '.' || line[j] == ')') && (line[j+1] == ' ' || line[j+1] == '\t') {
				markers++
				indent += j + 2 - i
				i = j + 2
				continue
			}
			return max(markers, indent/2), i + 1
		default:
			return max(markers, indent/2), i + 1
		}
	}
	return max(markers, indent/2), i + 1
}

// checkFrontMatter refuses front matter that is not YAML keys: extraction would otherwise
// drop the title silently. Lines are placed in the article (the block starts on line 2).
func checkFrontMatter(path string, block []byte) error {
	var doc yaml.Node
	if err := yaml.Unmarshal(block, &doc); err != nil {
		e := yamlSyntaxError(path, err).(*Error)
		e.Line++
		e.Message = "front matter: " + e.Message
		return e
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil
	}
	root, err := expandAliases(path, doc.Content[0])
	if err != nil {
		e := err.(*Error)
		e.Line++
		e.Message = "front matter: " + e.Message
		return e
	}
	if root.Kind != yaml.MappingNode {
		return &Error{Path: path, Line: root.Line + 1, Column: root.Column, Message: "front matter: expected keys such as title: and date:"}
	}
	return nil
}
