package document_test

import (
	"testing"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/rules"
)

// TestFirstLineWindowPack checks that the default pack's datelines are
// read in the first line's window (were one not, reading would be
// slower, not wrong).
func TestFirstLineWindowPack(t *testing.T) {
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Document.Datelines) == 0 {
		t.Fatal("the default pack has no datelines")
	}
	for _, re := range set.Document.Datelines {
		if !document.EndsAtLineFeed(re.String()) {
			t.Errorf("dateline %q is read in the whole copy", re)
		}
	}
}
