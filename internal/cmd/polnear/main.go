// Command polnear scores the extractor on a split of PolNeAR: source- and cue-span precision,
// recall and F1, by overlap and by exact match. With -misses it also writes, one JSON object a
// line, every gold attribution the extractor missed and every one it reported that the gold
// does not have, with the sentence around it: the material for finding what to fix.
//
//	FACTCHECK_POLNEAR=/path/to/polnear go run ./internal/cmd/polnear -split dev
//	go run ./internal/cmd/polnear -dir /path/to/polnear -split train -misses > misses.jsonl
//
// Develop on train, report on dev, and never look at test: -misses refuses the test split.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/factcheck/factcheck/claims/extract"
	"github.com/factcheck/factcheck/engine"
	"github.com/factcheck/factcheck/internal/polnear"
)

// Exit codes: 0 scored, 2 bad flags or data.
const exitInput = 2

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("polnear", flag.ContinueOnError)
	fl.SetOutput(stderr)
	dir := fl.String("dir", os.Getenv("FACTCHECK_POLNEAR"), "PolNeAR's data directory (default $FACTCHECK_POLNEAR)")
	split := fl.String("split", "dev", "train | dev | test")
	misses := fl.Bool("misses", false, "write misses and false alarms as JSON lines instead of the table (not on test)")
	if err := fl.Parse(args); err != nil {
		return exitInput
	}
	if *dir == "" {
		fmt.Fprintln(stderr, "polnear: no data: set -dir or FACTCHECK_POLNEAR (see docs/extraction.md, \"PolNeAR\")")
		return exitInput
	}
	if *misses && *split == "test" {
		fmt.Fprintln(stderr, "polnear: -misses shows the text: never on the test split")
		return exitInput
	}
	articles, err := polnear.LoadSplit(*dir, *split)
	if err != nil {
		fmt.Fprintln(stderr, "polnear:", err)
		return exitInput
	}
	reg, err := engine.NewRegistry()
	if err != nil {
		fmt.Fprintln(stderr, "polnear:", err)
		return exitInput
	}
	began := time.Now()
	total, scored := polnear.Evaluate(extract.New(reg), articles)
	elapsed := time.Since(began)
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if *misses {
		if err := writeMisses(w, scored); err != nil {
			fmt.Fprintln(stderr, "polnear:", err)
			return 1
		}
		return 0
	}
	bytes := 0
	for _, a := range articles {
		bytes += len(a.Text)
	}
	polnear.WriteTable(w, "PolNeAR "+*split, total)
	fmt.Fprintf(w, "extraction and scoring of %.1f MB in %.2f s\n", float64(bytes)/1e6, elapsed.Seconds())
	return 0
}

type phrase struct {
	Source string `json:"source,omitempty"`
	Cue    string `json:"cue,omitempty"`
}

type miss struct {
	Article  string `json:"article"`
	Kind     string `json:"kind"` // "missed" (gold the system lacks) or "false-alarm"
	Source   string `json:"source,omitempty"`
	Cue      string `json:"cue,omitempty"`
	Content  string `json:"content,omitempty"`
	SourceOK bool   `json:"source_ok"`
	CueOK    bool   `json:"cue_ok"`
	// Sentence is the extractor's sentence around the cue (or the source).
	Sentence string `json:"sentence"`
	Why      string `json:"why,omitempty"` // what the extractor said of that sentence
	// Others are the other side's attributions in the same sentence.
	Others []phrase `json:"others,omitempty"`
}

func writeMisses(w io.Writer, scored []polnear.Scored) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, s := range scored {
		text := s.Article.Text
		words := func(ss polnear.Spans) string {
			var parts []string
			for _, sp := range ss {
				parts = append(parts, string(text[sp.Start:sp.End]))
			}
			return strings.Join(parts, " … ")
		}
		at := func(a polnear.Attribution) int {
			switch {
			case len(a.Cue) > 0:
				return sentenceAt(s.Sentences, a.Cue[0].Start)
			case len(a.Source) > 0:
				return sentenceAt(s.Sentences, a.Source[0].Start)
			}
			return -1
		}
		others := func(atts []polnear.Attribution, k int) []phrase {
			var out []phrase
			for _, a := range atts {
				if k >= 0 && at(a) == k {
					out = append(out, phrase{words(a.Source), words(a.Cue)})
				}
			}
			return out
		}
		emit := func(kind string, a polnear.Attribution, m polnear.Match, other []polnear.Attribution) error {
			sourceOK := m.SourceOverlap || len(a.Source) == 0
			if sourceOK && m.CueOverlap {
				return nil
			}
			k := at(a)
			r := miss{Article: s.Article.Name, Kind: kind, Source: words(a.Source), Cue: words(a.Cue), SourceOK: sourceOK, CueOK: m.CueOverlap, Others: others(other, k)}
			if kind == "missed" {
				r.Content = words(a.Content)
			}
			if k >= 0 {
				r.Sentence, r.Why = s.Sentences[k].Text, s.Sentences[k].Why
			}
			return enc.Encode(r)
		}
		for i, g := range s.Article.Gold {
			if err := emit("missed", g, s.Comparison.Gold[i], s.System); err != nil {
				return err
			}
		}
		for i, a := range s.System {
			if err := emit("false-alarm", a, s.Comparison.System[i], s.Article.Gold); err != nil {
				return err
			}
		}
	}
	return nil
}

// sentenceAt is the index of the sentence that holds byte offset off, or -1. A linear scan:
// it assumes nothing about the order the extractor lists sentences in.
func sentenceAt(sents []extract.Sentence, off int) int {
	for i, s := range sents {
		if s.Span.Start <= off && off < s.Span.End {
			return i
		}
	}
	return -1
}
