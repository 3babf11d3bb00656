package diag

import (
	"reflect"
	"testing"

	"github.com/factlint/factlint/checker/document"
)

func TestDropRepeated(t *testing.T) {
	at := func(file string, line, col, off, n int) Location {
		return Location{File: file,
			Start: document.Position{Line: line, Column: col}, End: document.Position{Line: line, Column: col + n},
			StartByte: off, EndByte: off + n}
	}
	here := at("a.txt", 5, 23, 120, 9)
	other := Related{Location: at("b.txt", 7, 67, 300, 6)}
	third := Related{Location: at("c.txt", 7, 65, 280, 6)}
	fact := func(rule, fact string, sev Severity, rel ...Related) Diagnostic {
		return Diagnostic{Location: here, Severity: sev, Rule: rule, Message: rule, Fact: fact, Related: rel}
	}
	rules := func(ds []Diagnostic) []string {
		var out []string
		for _, d := range ds {
			out = append(out, d.Rule)
		}
		return out
	}
	order := []string{"date.calendar", "fact.mismatch", "fact.date"}
	tests := []struct {
		name string
		in   []Diagnostic
		want []string
	}{
		{"same span, same passage: the first rule of the order kept",
			[]Diagnostic{fact("fact.date", "date:time", Warning, other), fact("fact.mismatch", "time of day", Warning, other)},
			[]string{"fact.mismatch"}},
		{"a rule not in the order comes after those that are",
			[]Diagnostic{fact("fact.aaa", "x", Warning, other), fact("fact.date", "date:time", Warning, other)},
			[]string{"fact.date"}},
		{"two rules not in the order: the first by name",
			[]Diagnostic{fact("fact.zzz", "x", Warning, other), fact("fact.yyy", "y", Warning, other)},
			[]string{"fact.yyy"}},
		{"the finding citing more passages kept",
			[]Diagnostic{fact("fact.date", "date:time", Warning, other), fact("fact.mismatch", "time of day", Warning, other, third)},
			[]string{"fact.mismatch"}},
		{"the more severe kept",
			[]Diagnostic{fact("fact.date", "date:time", Warning, other, third), fact("fact.mismatch", "time of day", Error, other)},
			[]string{"fact.mismatch"}},
		{"no passage in common: both kept",
			[]Diagnostic{fact("fact.date", "date:time", Warning, other), fact("fact.mismatch", "time of day", Warning, third)},
			[]string{"fact.date", "fact.mismatch"}},
		{"not about a fact: both kept",
			[]Diagnostic{fact("date.calendar", "", Error, other), fact("fact.date", "date:time", Warning, other)},
			[]string{"date.calendar", "fact.date"}},
		{"one rule twice: both kept",
			[]Diagnostic{fact("fact.mismatch", "a", Warning, other), fact("fact.mismatch", "b", Warning, other)},
			[]string{"fact.mismatch", "fact.mismatch"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := append([]Diagnostic(nil), tt.in...)
			Sort(in)
			if got := rules(DropRepeated(in, order)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("kept %v, want %v", got, tt.want)
			}
		})
	}
	// A different span (one byte on) is another finding.
	moved := fact("fact.mismatch", "time of day", Warning, other)
	moved.StartByte++
	moved.Start.Column++
	in := []Diagnostic{fact("fact.date", "date:time", Warning, other), moved}
	Sort(in)
	if got := DropRepeated(in, order); len(got) != 2 {
		t.Errorf("findings on different spans merged: %v", rules(got))
	}
}
