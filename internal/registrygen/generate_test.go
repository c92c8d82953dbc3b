package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The committed data is the generator's output: change states.txt or kinds.yaml, then run
// go run ./internal/registrygen.
func TestCommittedDataIsGenerated(t *testing.T) {
	root, err := filepath.Abs("../..")
	require.NoError(t, err)
	files, err := Generate(root)
	require.NoError(t, err)
	for _, f := range files {
		got, err := os.ReadFile(filepath.Join(root, f.Path))
		require.NoError(t, err)
		if !bytes.Equal(got, f.Content) {
			t.Errorf("%s is not the generator's output: run go run ./internal/registrygen", f.Path)
		}
	}
}

func TestStatesTableHasEveryUNMemberAndObserver(t *testing.T) {
	states, err := ReadStates("states.txt")
	require.NoError(t, err)
	n := 0
	for _, s := range states {
		if !s.Party {
			n++
		}
	}
	// 193 member states, 2 observer states, Kosovo and Taiwan.
	assert.Equal(t, 197, n)
}

func TestStatesTableErrorsNameTheLine(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "states.txt")
	require.NoError(t, os.WriteFile(bad, []byte("# a comment\nkenya|Kenya||Kenyan|Nairobi||\nchile|Chile|Chilean\n"), 0o644))
	_, err := ReadStates(bad)
	assert.ErrorContains(t, err, "states.txt:3: 3 fields, want 7")
	require.NoError(t, os.WriteFile(bad, []byte("kenya|Kenya||Kenyan|Nairobi||grade=Q\n"), 0o644))
	_, err = ReadStates(bad)
	assert.ErrorContains(t, err, `states.txt:1: grade "Q" is not an Admiralty grade`)
	require.NoError(t, os.WriteFile(bad, []byte("kenya|Kenya||||| \nkenya|Kenya||||| \n"), 0o644))
	_, err = ReadStates(bad)
	assert.ErrorContains(t, err, `states.txt:2: "kenya" is already on line 1`)
}
