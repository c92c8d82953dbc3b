package extract

import (
	"io"

	"gopkg.in/yaml.v3"

	"github.com/factcheck/factcheck/claims"
)

func writeYAMLForTest(w io.Writer, d *claims.Document) error {
	enc := yaml.NewEncoder(w)
	defer enc.Close()
	return enc.Encode(d)
}
