package main

import (
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
)

// openOutput is where a streamed report goes: standard output, or a temporary file beside
// --output-file renamed into place by commit, so that a reader never sees half a report.
func openOutput(cmd *cobra.Command) (w io.Writer, commit func() error, abort func(), err error) {
	out, _ := cmd.Flags().GetString("output-file")
	if out == "" {
		return cmd.OutOrStdout(), func() error { return nil }, func() {}, nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*")
	if err != nil {
		return nil, nil, nil, inputError(err)
	}
	abort = func() { tmp.Close(); os.Remove(tmp.Name()) }
	commit = func() error {
		if err := tmp.Close(); err != nil {
			os.Remove(tmp.Name())
			return inputError(err)
		}
		if err := os.Rename(tmp.Name(), out); err != nil {
			os.Remove(tmp.Name())
			return inputError(err)
		}
		return nil
	}
	return tmp, commit, abort, nil
}
