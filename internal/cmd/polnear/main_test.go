package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factcheck/factcheck/internal/polnear/polneartest"
)

func TestTableOfTheTinyCorpus(t *testing.T) {
	var out, errs bytes.Buffer
	require.Equal(t, 0, run([]string{"-dir", polneartest.Corpus(t), "-split", "dev"}, &out, &errs), errs.String())
	assert.Contains(t, out.String(), "PolNeAR dev: 1 articles")
	for _, row := range []string{"source, overlap", "source, exact", "cue, overlap", "cue, exact", "source+cue, overlap"} {
		assert.Contains(t, out.String(), "\n"+row+" ")
	}
}

func TestMissesAreJSONLinesWithTheirSentence(t *testing.T) {
	var out, errs bytes.Buffer
	require.Equal(t, 0, run([]string{"-dir", polneartest.Corpus(t), "-split", "dev", "-misses"}, &out, &errs), errs.String())
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.NotEmpty(t, lines, "the extractor names a source for every attribution it reports, so the sourceless \"feared\" is missed")
	for _, l := range lines {
		var m miss
		require.NoError(t, json.Unmarshal([]byte(l), &m), l)
		assert.Equal(t, "bridge", m.Article)
		assert.Contains(t, []string{"missed", "false-alarm"}, m.Kind)
		assert.NotEmpty(t, m.Sentence)
	}
}

func TestBadInvocationsExitTwo(t *testing.T) {
	t.Setenv("FACTCHECK_POLNEAR", "")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-split", "dev"}, "no data: set -dir or FACTCHECK_POLNEAR"},
		{[]string{"-dir", polneartest.Corpus(t), "-split", "test", "-misses"}, "never on the test split"},
		{[]string{"-dir", polneartest.Corpus(t), "-split", "nosuch"}, "no PolNeAR texts"},
		{[]string{"-bogus"}, "flag provided but not defined"},
	} {
		var out, errs bytes.Buffer
		assert.Equal(t, exitInput, run(tc.args, &out, &errs), tc.args)
		assert.Contains(t, errs.String(), tc.want)
		assert.Empty(t, out.String())
	}
}
