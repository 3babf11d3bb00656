package report

import (
	"bufio"
	"encoding/json"
	"io"
)

// rdjsonlFormatter prints one reviewdog Diagnostic per line
// (reviewdog -f=rdjsonl), the same objects as rdjson's diagnostics.
type rdjsonlFormatter struct{ base string }

func (rdjsonlFormatter) Name() string { return "rdjsonl" }

func (f rdjsonlFormatter) Format(w io.Writer, run *Run) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, d := range run.Diagnostics {
		if err := enc.Encode(rdDiag(f.base, run, d)); err != nil {
			return err
		}
	}
	return bw.Flush()
}
