package cli

import (
	"errors"
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/factlint/factlint/rules"
)

const rulesHelp = `Usage: factlint rules [--config FILE] [ID]

Lists the loaded rules (id, kind, severity, where defined), or explains the
rule ID with an example.

Flags:
`

func runRules(args []string, env Env) int {
	fs := newFlagSet("rules", env, rulesHelp)
	config := fs.String("config", "", "configuration file (default: .factlint.toml in the working directory or a parent)")
	ids, err := parseFlags(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitClean
		}
		return ExitError
	}
	set, ok := loadRules(*config, env)
	if !ok {
		return ExitError
	}
	if len(ids) == 0 {
		tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tKIND\tSEVERITY\tSOURCE")
		for _, r := range set.All {
			info := r.Info()
			sev := info.Severity.String()
			if set.Disabled[info.ID] {
				sev = "off"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s:%d\n", info.ID, info.Kind, sev, info.Source.File, info.Source.Line)
		}
		if err := tw.Flush(); err != nil {
			errorf(env, "%v", err)
			return ExitError
		}
		return ExitClean
	}
	code := ExitClean
	for i, id := range ids {
		r := set.Rule(id)
		if r == nil {
			errorf(env, "no rule has the id %q; 'factlint rules' lists them", id)
			code = ExitError
			continue
		}
		if i > 0 {
			fmt.Fprintln(env.Stdout)
		}
		explain(env, set, r)
	}
	return code
}

func explain(env Env, set *rules.Set, r rules.Rule) {
	info := r.Info()
	w := env.Stdout
	fmt.Fprintf(w, "%s\n", info.ID)
	fmt.Fprintf(w, "  kind:     %s\n", info.Kind)
	sev := info.Severity.String()
	if set.Disabled[info.ID] {
		sev += " (switched off by the configuration)"
	}
	fmt.Fprintf(w, "  severity: %s\n", sev)
	fmt.Fprintf(w, "  defined:  %s:%d:%d\n", info.Source.File, info.Source.Line, info.Source.Col)
	if info.Description != "" {
		fmt.Fprintf(w, "\n%s\n", indent(strings.TrimSpace(info.Description)))
	}
	if info.Example != "" {
		fmt.Fprintf(w, "\n  Example:\n%s\n", indent("  "+strings.ReplaceAll(strings.TrimSpace(info.Example), "\n", "\n  ")))
	}
}

func indent(s string) string {
	return "  " + strings.ReplaceAll(s, "\n", "\n  ")
}
