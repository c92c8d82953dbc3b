// Stage 1, document: the article's bytes → blocks. Plain text has one block per non-empty line
// (a paragraph, a headline or a kicker); Markdown is read with goldmark (headings, paragraphs,
// list items), and its front matter gives title, outlet and date. Every block keeps its byte
// span into the original file.

package extract

import (
	"bytes"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"gopkg.in/yaml.v3"
)

// IsArticle reports whether path names an article this package reads, by extension.
func IsArticle(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md", ".markdown", ".text":
		return true
	}
	return false
}

func isMarkdown(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		return true
	}
	return false
}

// block is a run of prose the parser found: a heading, paragraph, list item or quote, with its
// byte range in the original file.
type block struct {
	start, end int
	heading    bool // a Markdown heading (or the text headline candidate)
	quote      bool
	listItem   bool
}

// article is a parsed input file.
type article struct {
	src      []byte
	title    string
	outlet   string
	date     string
	blocks   []block
	markdown bool
}

// parseArticle splits src into blocks with byte offsets. Markdown goes through goldmark (GFM);
// plain text is split on line breaks, each non-blank line a paragraph.
func parseArticle(path string, src []byte) *article {
	a := &article{src: src}
	body := 0
	if isMarkdown(path) {
		a.markdown = true
		body = a.frontMatter()
		a.markdownBlocks(body)
	} else {
		a.textBlocks()
	}
	return a
}

// frontMatter reads a leading YAML block (--- … ---) for title, outlet and date, and returns
// where the body starts.
func (a *article) frontMatter() int {
	src := a.src
	if !bytes.HasPrefix(src, []byte("---\n")) && !bytes.HasPrefix(src, []byte("---\r\n")) {
		return 0
	}
	first := bytes.IndexByte(src, '\n') + 1
	end := -1
	for i := first; i < len(src); {
		nl := bytes.IndexByte(src[i:], '\n')
		line := src[i:]
		next := len(src)
		if nl >= 0 {
			line = src[i : i+nl]
			next = i + nl + 1
		}
		if t := strings.TrimRight(string(line), "\r"); t == "---" || t == "..." {
			end = i
			var meta map[string]any
			if yaml.Unmarshal(src[first:end], &meta) == nil {
				a.title = stringField(meta, "title")
				a.outlet = firstNonEmpty(stringField(meta, "outlet"), stringField(meta, "publisher"), stringField(meta, "source"))
				a.date = stringField(meta, "date")
			}
			return next
		}
		i = next
	}
	return 0
}

func stringField(m map[string]any, key string) string {
	switch v := m[key].(type) {
	case string:
		return strings.TrimSpace(v)
	case nil:
		return ""
	default:
		if t, ok := v.(interface{ Format(string) string }); ok {
			return t.Format("2006-01-02")
		}
		return ""
	}
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

var markdownParser = goldmark.New(goldmark.WithExtensions(extension.GFM))

func (a *article) markdownBlocks(body int) {
	src := a.src[body:]
	doc := markdownParser.Parser().Parse(text.NewReader(src))
	var walk func(n ast.Node, quote, item bool)
	walk = func(n ast.Node, quote, item bool) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c.Kind() {
			case ast.KindHeading, ast.KindParagraph, ast.KindTextBlock:
				lines := c.Lines()
				if lines.Len() == 0 {
					continue
				}
				start := lines.At(0).Start
				for i := 0; i < lines.Len(); i++ {
					end := lines.At(i).Stop
					if i+1 < lines.Len() && !(c.Kind() == ast.KindParagraph && endsParagraph(src[start:end], src[lines.At(i+1).Start:])) {
						continue
					}
					for end > start && (src[end-1] == '\n' || src[end-1] == '\r') {
						end--
					}
					a.blocks = append(a.blocks, block{start: body + start, end: body + end,
						heading: c.Kind() == ast.KindHeading, quote: quote, listItem: item})
					if i+1 < lines.Len() {
						start = lines.At(i + 1).Start
					}
				}
			case ast.KindBlockquote:
				walk(c, true, item)
			case ast.KindListItem:
				walk(c, quote, true)
			case ast.KindFencedCodeBlock, ast.KindCodeBlock, ast.KindHTMLBlock, ast.KindThematicBreak:
				// not prose
			default:
				walk(c, quote, item)
			}
		}
	}
	walk(doc, false, false)
}

func (a *article) textBlocks() {
	src := a.src
	for i := 0; i < len(src); {
		nl := bytes.IndexByte(src[i:], '\n')
		end := len(src)
		next := len(src)
		if nl >= 0 {
			end = i + nl
			next = end + 1
		}
		s, e := trimSpan(src, i, end)
		if e > s {
			a.blocks = append(a.blocks, block{start: s, end: e})
		}
		i = next
	}
}

// trimSpan narrows [start,end) to exclude surrounding white space.
func trimSpan(src []byte, start, end int) (int, int) {
	for start < end {
		r, size := utf8.DecodeRune(src[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRune(src[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}

// endsParagraph: a line break inside a Markdown paragraph that ends a paragraph all the same —
// the line closes a sentence or a quotation and the next starts a new one, as in copy pasted
// one paragraph per line. A line wrapped mid-sentence stays joined to the next.
func endsParagraph(line, next []byte) bool {
	t := bytes.TrimRight(line, " \t\r\n")
	if len(t) == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRune(t)
	switch r {
	case '.', '!', '?', '”', '"', '»':
	default:
		return false
	}
	n, _ := utf8.DecodeRune(bytes.TrimLeft(next, " \t"))
	return unicode.IsUpper(n) || unicode.IsDigit(n) || n == '“' || n == '"' || n == '«'
}
