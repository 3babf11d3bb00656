package sarifschema

import (
	"strings"
	"testing"

	_ "github.com/factlint/factlint/internal/golden"
)

const minimal = `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"factlint"}},"results":[RESULT]}]}`

// TestValidate shows that the schema loads offline and that validation
// rejects what SARIF forbids, so that a passing validation means
// something.
func TestValidate(t *testing.T) {
	good := `{"ruleId":"name.typo","level":"error","message":{"text":"x"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a%20b.txt","uriBaseId":"%SRCROOT%"},"region":{"startLine":1,"startColumn":1}}}]}`
	if err := Validate([]byte(strings.Replace(minimal, "RESULT", good, 1))); err != nil {
		t.Fatalf("a valid log: %v", err)
	}
	for name, tc := range map[string]struct{ result, want string }{
		"unknown level":      {`{"ruleId":"x","level":"fatal","message":{"text":"x"}}`, "/level"},
		"no message":         {`{"ruleId":"x","level":"error"}`, "missing property 'message'"},
		"line 0":             {`{"ruleId":"x","message":{"text":"x"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a.txt"},"region":{"startLine":0}}}]}`, "/startLine"},
		"not a URI":          {`{"ruleId":"x","message":{"text":"x"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a b\\c.txt"}}}]}`, "uri-reference"},
		"unknown property":   {`{"ruleId":"x","message":{"text":"x"},"severity":"error"}`, "'severity' not allowed"},
		"negative ruleIndex": {`{"ruleId":"x","ruleIndex":-2,"message":{"text":"x"}}`, "/ruleIndex"},
	} {
		err := Validate([]byte(strings.Replace(minimal, "RESULT", tc.result, 1)))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one about %s", name, err, tc.want)
		}
	}
	if err := Validate([]byte(`{"runs":[]}`)); err == nil {
		t.Error("a log without version: no validation error")
	}
}
