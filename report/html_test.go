package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// parseHTML parses a page and indexes its elements.
func parseHTML(t *testing.T, page string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	return doc
}

func walk(n *html.Node, visit func(*html.Node)) {
	visit(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, visit)
	}
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	})
	return b.String()
}

// textWithoutTags is an element's text without the verdict labels written after each claim.
func textWithoutTags(n *html.Node) string {
	var b strings.Builder
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if class, _ := attr(n, "class"); n.Type == html.ElementNode && strings.HasPrefix(class, "tag ") {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return b.String()
}

func renderHTML(t *testing.T, r *Report) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, r, "html", Options{}))
	return buf.String()
}

// Every claim is marked with its label, its marks hold exactly its words, and the article
// reads as written around them.
func TestHTMLMarksEveryClaimWithItsLabel(t *testing.T) {
	r := fixtureReport(t)
	doc := parseHTML(t, renderHTML(t, r))
	words := map[string]string{}
	labels := map[string]map[string]bool{}
	var article *html.Node
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		if class, _ := attr(n, "class"); n.Data == "div" && class == "article" {
			article = n
		}
		id, ok := attr(n, "data-claim")
		if n.Data != "mark" || !ok {
			return
		}
		verdict, _ := attr(n, "data-verdict")
		if labels[id] == nil {
			labels[id] = map[string]bool{}
		}
		labels[id][verdict] = true
		words[id] += textOf(n)
	})
	require.NotNil(t, article)
	assert.Equal(t, fixtureArticle, textWithoutTags(article), "the article as written, around the labels")
	for _, c := range r.Documents[0].Claims {
		assert.Equal(t, map[string]bool{c.Verdict.Label: true}, labels[c.ID], c.ID)
		assert.Equal(t, c.Text, words[c.ID], c.ID)
	}
}

func TestHTMLFetchesNothing(t *testing.T) {
	page := renderHTML(t, fixtureReport(t))
	doc := parseHTML(t, page)
	var csp string
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		if eq, _ := attr(n, "http-equiv"); n.Data == "meta" && eq == "Content-Security-Policy" {
			csp, _ = attr(n, "content")
		}
		for _, key := range []string{"src", "href", "xlink:href", "action", "poster", "srcset"} {
			if v, ok := attr(n, key); ok {
				assert.True(t, strings.HasPrefix(v, "#"), "<%s %s=%q> points outside the page", n.Data, key, v)
			}
		}
		if n.Data == "link" || n.Data == "img" || n.Data == "iframe" || n.Data == "object" {
			t.Errorf("the page has a <%s>", n.Data)
		}
	})
	assert.True(t, strings.HasPrefix(csp, "default-src 'none'; style-src 'sha256-"), csp)
	assert.NotContains(t, htmlCSS, "url(h")
	assert.NotContains(t, htmlCSS, "@import")
	assert.NotContains(t, htmlJS, "fetch(")
	assert.NotContains(t, htmlJS, "XMLHttpRequest")
}

// Text that looks like markup is shown, not interpreted.
func TestHTMLEscapes(t *testing.T) {
	r := fixtureReport(t)
	r.Documents[0].Title = `<script>alert(1)</script>`
	page := renderHTML(t, r)
	assert.NotContains(t, page, "<script>alert(1)")
	assert.Contains(t, page, "&lt;script&gt;alert(1)")
	assert.Contains(t, page, "region &amp; beyond")
	var lint bytes.Buffer
	require.NoError(t, WriteLint(&lint, fixtureLint(), "html", Options{}))
	assert.NotContains(t, lint.String(), "<b>confirms</b>")
	assert.Contains(t, lint.String(), `data-rule="overstated-headline" data-severity="error"`)
}

// The attribution picture has a node for every source, relay and claim, and each node names
// the claims its sentences are.
func TestHTMLAttributionPicture(t *testing.T) {
	r := fixtureReport(t)
	doc := parseHTML(t, renderHTML(t, r))
	nodes := map[string]string{}
	edges := map[string]int{}
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		if key, ok := attr(n, "data-node"); ok {
			nodes[key], _ = attr(n, "data-claims")
		}
		if class, _ := attr(n, "class"); n.Data == "path" && strings.HasPrefix(class, "edge ") {
			for _, c := range strings.Fields(class) {
				edges[c]++
			}
		}
	})
	for _, c := range r.Documents[0].Claims {
		assert.Equal(t, c.ID, nodes[c.ID], "claim node %s", c.ID)
		for _, a := range c.Attributions {
			assert.Contains(t, strings.Fields(nodes[a.Source.ID]), c.ID, "source node %s", a.Source.ID)
			for _, v := range a.Via {
				assert.Contains(t, strings.Fields(nodes[v.ID]), c.ID, "relay node %s", v.ID)
			}
		}
	}
	assert.Len(t, nodes, 6+5+1, "six claims, five sources, one relay")
	assert.Equal(t, 2+1, edges["relay"], "the relayed claim's two hops, and the legend's")
	assert.Equal(t, 1+1, edges["e-accuses"])
	assert.Equal(t, 1+1, edges["e-denies"])
	assert.Equal(t, 1+1, edges["e-responds"], "the denial answers the accusation")
}

func TestHTMLSeveralDocumentsGetATableOfContents(t *testing.T) {
	r := fixtureReport(t)
	one := renderHTML(t, r)
	assert.NotContains(t, one, `<nav class="toc"`)
	second := r.Documents[0]
	second.Path, second.Title = "other.txt", "Another story"
	r.Documents = append(r.Documents, second)
	two := renderHTML(t, r)
	assert.Contains(t, two, `<nav class="toc"`)
	assert.Contains(t, two, `<a href="#doc-2">Another story</a>`)
	assert.Contains(t, two, `id="doc-2-claim-c05"`, "ids stay unique across documents")
}

// Without the article's text (a claims file whose article is gone), the claims are listed and
// still marked.
func TestHTMLWithoutTheArticle(t *testing.T) {
	r := fixtureReport(t)
	r.Documents[0].Text = ""
	page := renderHTML(t, r)
	assert.True(t, strings.Contains(page, "text was not available; its claims"), "the claims are listed")
	assert.Equal(t, 6, strings.Count(page, "<mark data-claim="))
}
