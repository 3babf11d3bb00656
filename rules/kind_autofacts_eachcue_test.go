package rules

import (
	"fmt"
	"testing"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// TestEachCue checks perItem with the cues readSentence finds for the
// figure's sentence (cueEach: the walk back through the clause asked
// only in a sentence with "each" or "every") against perItem with every
// cue set, which walks every clause, for every cardinal figure of
// testdata articles and of invented copy writing "each" and "every" in
// three cases, before and after the figure, in the clause and beyond a
// comma; and that a sentence's cueEach is set exactly when one of its
// words is clauseWordOf's clauseEach.
func TestEachCue(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	arts := walkArticles(t, set, 12)
	for i, text := range []string{
		"Each climber carried 3 ropes and the base camp stocked 40 tents.",
		"EACH climber carried 3 ropes, and 12 porters went up.",
		"The porters each hauled 25 kilograms of gear; 8 mules followed.",
		"Every village sent 4 elders to the 19 meetings held that spring.",
		"EVERY ward had 2 nurses, every day, for 30 days.",
		"Each of the 14 crews met 6 inspectors while every other crew waited.",
		"The 70 delegates voted 52 to 18, each one in person.",
		"They planted 300 saplings per hectare and 11 per plot every week.",
		"Two guides each led 9 walkers for every group of 20.",
		"Évery crate weighed 5 tonnes and each pallet 2.",
	} {
		arts = append(arts, articleAt(t, set, fmt.Sprintf("each%d.txt", i), []byte(text), len(arts)))
	}
	r := autoRule(t, set)
	counts := [3]int{}
	for _, a := range arts {
		text, toks := a.Doc.Text, a.Seg.Tokens
		m := newCtxMemo(len(toks))
		m.g, m.classes = &r.g, r.classes
		qs := a.Quantities()
		for i := range qs {
			q := &qs[i]
			if q.Sentence < 0 || q.Sentence >= len(a.Seg.Sentences) || q.Kind != quantity.Cardinal || q.Unit != nil {
				continue
			}
			sent := a.Seg.Sentences[q.Sentence]
			r.readSentence(m, a, q.Sentence, m.inQuantity)
			cues := m.cuesAt(q.Sentence)
			each := false
			for j := sent.First; j < sent.Last; j++ {
				if toks[j].Kind == segment.Word && clauseWordOf(toks[j].Text(text)) == clauseEach {
					each = true
				}
			}
			if got := cues&cueEach != 0; got != each {
				t.Fatalf("%s: sentence %d: cueEach %v, want %v", a.Doc.Path, q.Sentence, got, each)
			}
			for end := q.Tokens[1]; end <= q.Tokens[1]+2 && end <= sent.Last; end++ {
				want := perItem(a, toks, sent, q, end, allCues)
				if got := perItem(a, toks, sent, q, end, cues); got != want {
					t.Errorf("%s: %q (noun to token %d): perItem %v with the sentence's cues, %v with all", a.Doc.Path, text[q.Span.Start:q.Span.End], end, got, want)
				}
				switch {
				case want:
					counts[2]++
				case each:
					counts[1]++
				default:
					counts[0]++
				}
			}
		}
		m.release()
	}
	if counts[0] < 1000 || counts[1] < 10 || counts[2] < 5 {
		t.Errorf("%d figures in sentences without each or every, %d with one but not per item, %d per item: too few to test", counts[0], counts[1], counts[2])
	}
}
