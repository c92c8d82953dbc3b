package claims

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestReadTextPlacesTheFirstInvalidByte(t *testing.T) {
	dir := t.TempDir()
	draft := filepath.Join(dir, "draft.md")
	require.NoError(t, os.WriteFile(draft, []byte("# Título\n\nBroken \xff\xfe bytes.\n"), 0o644))
	_, err := ReadText(draft)
	errorAt(t, err, draft, 3, 8, "not valid UTF-8")

	missing := filepath.Join(dir, "missing.md")
	_, err = ReadText(missing)
	errorAt(t, err, missing, 1, 1, "no such file")

	src, err := ReadText("../testdata/articles/seed-kharkiv-missile.txt")
	require.NoError(t, err)
	require.NotEmpty(t, src)
}
