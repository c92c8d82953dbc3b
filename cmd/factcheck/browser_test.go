package main

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

var screenshot = flag.String("screenshot", "", "also save a screenshot of the seed's HTML report to this PNG (docs/html-report.png)")

const seedArticle = "../../testdata/articles/seed-kharkiv-missile.txt"

// chromium finds Debian's chromium (which .ci/run installs), or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no chromium in CI: .ci/run should have installed Debian's chromium")
	}
	t.Skip("no chromium: .ci/run installs Debian's chromium for this test")
	return ""
}

// headless runs chromium on a local page with every way out of the machine closed: a proxy on a
// closed loopback port, host names resolving to nothing. It returns the DOM after the page's
// script ran, and the URLs of the requests the page itself made, from chromium's net log
// (the browser's own background requests, initiated by no origin, are not the page's).
func headless(t *testing.T, bin, page, query string, extra ...string) (dom string, fetched []string) {
	t.Helper()
	dir := t.TempDir()
	netlog := filepath.Join(dir, "net.json")
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
		"--user-data-dir=" + filepath.Join(dir, "profile"), "--log-net-log=" + netlog}, extra...)
	args = append(args, "--dump-dom", "file://"+page+query)
	cmd := exec.CommandContext(ctx, bin, args...)
	out, err := cmd.Output()
	require.NoError(t, err, "chromium %v", args)

	data, err := os.ReadFile(netlog)
	require.NoError(t, err)
	var log struct {
		Constants struct {
			LogEventTypes map[string]int `json:"logEventTypes"`
		} `json:"constants"`
		Events []struct {
			Type   int            `json:"type"`
			Params map[string]any `json:"params"`
		} `json:"events"`
	}
	// Chromium may leave the log's closing brackets unwritten when it exits; close them.
	if err := json.Unmarshal(data, &log); err != nil {
		trimmed := strings.TrimRight(strings.TrimSpace(string(data)), ",")
		require.NoError(t, json.Unmarshal([]byte(trimmed+"]}"), &log), "net log")
	}
	start := log.Constants.LogEventTypes["URL_REQUEST_START_JOB"]
	require.NotZero(t, start)
	for _, e := range log.Events {
		if e.Type != start {
			continue
		}
		url, _ := e.Params["url"].(string) // the job's end carries only its outcome
		if url == "" || e.Params["initiator"] == "not an origin" || strings.HasPrefix(url, "file:") || strings.HasPrefix(url, "data:") {
			continue
		}
		fetched = append(fetched, url)
	}
	return string(out), fetched
}

// marksOf reads every <mark data-claim> of a page: claim id → the labels its marks carry.
func marksOf(t *testing.T, page string) (marks map[string]map[string]bool, nodes map[string]bool, htmlClass string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	marks, nodes = map[string]map[string]bool{}, map[string]bool{}
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			attrs := map[string]string{}
			for _, a := range n.Attr {
				attrs[a.Key] = a.Val
			}
			if n.Data == "html" {
				htmlClass = attrs["class"]
			}
			if id, ok := attrs["data-claim"]; ok && n.Data == "mark" {
				if marks[id] == nil {
					marks[id] = map[string]bool{}
				}
				marks[id][attrs["data-verdict"]] = true
			}
			if key, ok := attrs["data-node"]; ok && n.Data == "g" {
				nodes[key] = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	return marks, nodes, htmlClass
}

// The acceptance test of the HTML report: headless Chromium renders `check -o html` of the
// seed, every claim is marked with the label the JSON report gives it, the attribution picture
// has a node for every source and claim, the page's script ran, and the page requested nothing.
func TestHTMLReportInChromium(t *testing.T) {
	for _, input := range []string{seedArticle, seed} {
		t.Run(filepath.Base(input), func(t *testing.T) {
			js := factcheckCLI(t, "check", "-o", "json", input)
			require.Equal(t, 0, js.code, js.stderr)
			rep := decodeReport(t, js.stdout)
			page := factcheckCLI(t, "check", "-o", "html", input)
			require.Equal(t, 0, page.code, page.stderr)

			check := func(t *testing.T, dom string) {
				marks, nodes, _ := marksOf(t, dom)
				claims := rep.Documents[0].Claims
				require.Len(t, claims, 20)
				assert.Len(t, marks, len(claims), "every claim marked, nothing else")
				for _, c := range claims {
					assert.Equal(t, map[string]bool{c.Verdict.Label: true}, marks[c.ID], "claim %s is %s in the JSON report", c.ID, c.Verdict.Label)
					assert.True(t, nodes[c.ID], "claim %s has a node", c.ID)
					for _, a := range c.Attributions {
						assert.True(t, nodes[a.Source.ID], "source %s has a node", a.Source.ID)
						for _, v := range a.Via {
							assert.True(t, nodes[v.ID], "relay %s has a node", v.ID)
						}
					}
				}
			}
			t.Run("as written", func(t *testing.T) { check(t, page.stdout) })
			if input != seedArticle {
				return // one browser run is the acceptance test; the claims file's page differs only in its spans' source
			}

			bin := chromium(t)
			path := filepath.Join(t.TempDir(), "report.html")
			require.NoError(t, os.WriteFile(path, []byte(page.stdout), 0o644))
			var extra []string
			if *screenshot != "" {
				shot, err := filepath.Abs(*screenshot)
				require.NoError(t, err)
				extra = []string{"--screenshot=" + shot, "--window-size=1280,3000", "--hide-scrollbars"}
			}
			// The screenshot opens the headline's panel, as a reader's first click would.
			dom, fetched := headless(t, bin, path, "?claim=doc-1-claim-headline", extra...)
			t.Run("in chromium", func(t *testing.T) {
				check(t, dom)
				_, _, class := marksOf(t, dom)
				assert.Contains(t, strings.Fields(class), "js", "the page's script ran under its Content-Security-Policy")
				assert.Contains(t, dom, `<aside class="panel v-overstated"`, "the linked claim's panel is open")
				assert.Empty(t, fetched, "the page requested nothing")
			})
		})
	}
}

// The net-log check sees a page that does fetch: without it, an empty list proves nothing.
func TestChromiumNetLogSeesAPageThatFetches(t *testing.T) {
	bin := chromium(t)
	path := filepath.Join(t.TempDir(), "leaky.html")
	require.NoError(t, os.WriteFile(path, []byte(`<!DOCTYPE html><html><body><img src="http://fonts.invalid/x.png"></body></html>`), 0o644))
	_, fetched := headless(t, bin, path, "")
	assert.Contains(t, fetched, "http://fonts.invalid/x.png")
}
