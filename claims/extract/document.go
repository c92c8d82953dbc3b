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
		body = a.textHeader()
		a.textBlocks(body)
	}
	return a
}

// textHeader reads the header a plain-text article saved from a page or a wire feed often opens
// with: "Key: value" lines before the first blank line ("Title: …", "URL: …", "Outlet: …",
// "Date: …"), every key one of lexicon textHeaderKeys. The title's value becomes the headline
// block; title, outlet and date become the document's. It returns where the body starts (0
// when there is no header). A headline with a source prefix ("Reuters: …") is not a header: its
// key is not a header key, and a header has two lines or a title.
func (a *article) textHeader() int {
	src := a.src
	type field struct {
		key        string
		start, end int // the value's bytes
	}
	var fields []field
	i := 0
	for i < len(src) {
		end := len(src)
		if nl := bytes.IndexByte(src[i:], '\n'); nl >= 0 {
			end = i + nl
		}
		s, e := trimSpan(src, i, end)
		if s == e {
			break // the blank line that ends the header
		}
		colon := bytes.IndexByte(src[s:e], ':')
		if colon <= 0 {
			return 0
		}
		key := strings.ToLower(strings.TrimSpace(string(src[s : s+colon])))
		if !textHeaderKeys[key] {
			return 0
		}
		vs, ve := trimSpan(src, s+colon+1, e)
		fields = append(fields, field{key, vs, ve})
		i = end + 1
	}
	if len(fields) == 0 || len(fields) == 1 && fields[0].key != "title" && fields[0].key != "headline" {
		return 0
	}
	for _, f := range fields {
		value := string(src[f.start:f.end])
		switch f.key {
		case "title", "headline":
			if value == "" || strings.HasPrefix(value, "[") && strings.HasSuffix(value, "]") {
				continue // "[headline not in stored text]": a placeholder, not a headline
			}
			a.title = value
			a.blocks = append(a.blocks, block{start: f.start, end: f.end, heading: true})
		case "outlet", "publisher", "source", "publication":
			a.outlet = value
		case "date", "published":
			a.date = value
		}
	}
	return min(i, len(src))
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
	pasted := pastedParagraphs(src)
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
					if i+1 < lines.Len() && !(c.Kind() == ast.KindParagraph && (endsParagraph(src[start:end], src[lines.At(i+1).Start:]) ||
						pasted && !wrapsOnto(src[lines.At(i).Start:end], nextLine(src, lines.At(i+1).Start)))) {
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

// textBlocks splits plain text from body on: each non-blank line is a paragraph (a headline,
// a kicker, a credit line or a paragraph pasted one per line), except that a line wrapped in the
// middle of a sentence runs on into the next (wrapsOnto), as in text hard-wrapped at a fixed
// width.
func (a *article) textBlocks(body int) {
	src := a.src
	open, lastEnd := -1, 0 // the start of a paragraph whose last line wraps onto the next (or -1), and that line's end
	for i := body; i < len(src); {
		nl := bytes.IndexByte(src[i:], '\n')
		end := len(src)
		next := len(src)
		if nl >= 0 {
			end = i + nl
			next = end + 1
		}
		s, e := trimSpan(src, i, end)
		if e == s {
			if open >= 0 { // a blank line ends a paragraph, wrapped or not
				a.blocks = append(a.blocks, block{start: open, end: lastEnd})
				open = -1
			}
			i = next
			continue
		}
		if open < 0 {
			open = s
		}
		lastEnd = e
		if !wrapsOnto(src[s:e], nextLine(src, next)) {
			a.blocks = append(a.blocks, block{start: open, end: e})
			open = -1
		}
		i = next
	}
	if open >= 0 {
		a.blocks = append(a.blocks, block{start: open, end: lastEnd})
	}
}

// nextLine is the line that starts at i, without its line break (nil at the end).
func nextLine(src []byte, i int) []byte {
	if i >= len(src) {
		return nil
	}
	if nl := bytes.IndexByte(src[i:], '\n'); nl >= 0 {
		return src[i : i+nl]
	}
	return src[i:]
}

// wrapsOnto: a line of plain text runs on into the next line — it stops in the middle of a
// sentence. The next line starts with a lower-case letter ("… the flooding had" / "killed at
// least 12"), or the line ends with a comma, a hyphen or a word that cannot end a sentence or a
// headline (lexicon lineWrapWords: "of", "the", "according"). A headline, kicker or credit line
// followed by a capitalised paragraph stays a line of its own.
func wrapsOnto(line, next []byte) bool {
	n := bytes.TrimSpace(next)
	if len(n) == 0 {
		return false
	}
	if r, _ := utf8.DecodeRune(n); unicode.IsLower(r) {
		return true
	}
	t := bytes.TrimSpace(line)
	if len(t) == 0 {
		return false // a line of only white space ("\f") runs into nothing
	}
	switch t[len(t)-1] {
	case ',', '-':
		return true
	}
	last := t
	if k := bytes.LastIndexAny(t, " \t"); k >= 0 {
		last = t[k+1:]
	}
	return lineWrapWords[strings.ToLower(string(last))]
}

// lineWrapWords cannot end a sentence or a headline: a line ending in one is wrapped.
var lineWrapWords = lexWords("lineWrapWords")

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

// pastedParagraphs: the text has lines far longer than anyone wraps at, so it was pasted one
// paragraph per line, and a line break in it ends a paragraph (a headline or kicker without a
// final period included) unless the line stops mid-sentence.
func pastedParagraphs(src []byte) bool {
	for len(src) > 0 {
		line := src
		if nl := bytes.IndexByte(src, '\n'); nl >= 0 {
			line, src = src[:nl], src[nl+1:]
		} else {
			src = nil
		}
		if utf8.RuneCount(line) > 160 {
			return true
		}
	}
	return false
}

// endsParagraph: a line break inside a Markdown paragraph that ends a paragraph all the same —
// the line closes a sentence or a quotation and the next starts a new one, as in copy pasted
// one paragraph per line, or the line is a navigation label ("Related:"). A line wrapped
// mid-sentence stays joined to the next.
func endsParagraph(line, next []byte) bool {
	t := bytes.TrimRight(line, " \t\r\n")
	if len(t) == 0 {
		return false
	}
	if len(t) <= 40 && navigationLine.Match(t) {
		return true // "Related:" on a line of its own labels what follows; it is not prose
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

// textHeaderKeys are the keys of a plain-text article's header lines.
var textHeaderKeys = lexWords("textHeaderKeys")
