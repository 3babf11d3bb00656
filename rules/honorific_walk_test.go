package rules

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/factlint/factlint/checker/diag"
)

// TestHonorificWalksNames checks that the honorific rule finds the same
// over the article's capitalised words as over every token, on the name
// tests' articles (generated, seeds, stories, awkward copy), each also in
// capitals and with titles put before every kind of word that follows
// one.
func TestHonorificWalksNames(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	var rule *honorificRule
	for _, r := range set.Rules {
		if h, ok := r.(*honorificRule); ok {
			rule = h
		}
	}
	if rule == nil || !rule.capsOnly {
		t.Fatal("the default pack has no honorific rule with capitalised titles")
	}
	docs := nameDocs(t)
	docs["titles.txt"] = []byte("He met Mr. This happened later. Mr Kim came. Mr de Villiers spoke. Dr. The end. He said mr smith. Dr\n\n" +
		"Prof. \"Quoted\" Ms. — and Mrs, then Mx. Ärzte and Dr. Łukasz. ÉMILE met Prof\n")
	for path, src := range docs {
		docs[path+".upper"] = bytes.ToUpper(src)
	}
	found := 0
	for path, src := range docs {
		full := *rule
		full.capsOnly = false
		var got, want []diag.Diagnostic
		for k, r := range []*honorificRule{rule, &full} {
			a := articleAt(t, set, path, src, 0)
			rep := NewReporter(a.Doc)
			r.Check(a, rep)
			if k == 0 {
				got = rep.Diagnostics()
			} else {
				want = rep.Diagnostics()
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\n got %v\nwant %v", path, got, want)
		}
		found += len(want)
	}
	if found < 5 {
		t.Errorf("only %d findings in all: the comparison tests too little", found)
	}
}
