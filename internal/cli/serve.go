package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/story"
	"github.com/factlint/factlint/internal/server"
)

const serveHelp = `Usage: factlint serve [flags] [PATH...]
       factlint serve --archive FILE [flags] [PATH...]

Starts an HTTP server with the same rules as check: a web page at / and a
JSON API (POST /v1/check, GET /v1/rules, GET /healthz; docs/api.md). The
PATHs (files and directories, walked as check walks them) are the
published corpus that submitted copy is compared against; they are read
and extracted once, at start-up, and each check compares the submitted
articles with the published articles of their stories (every published
article still counts for the names). With --archive, the articles of an
archive built by factlint index are compared too, as check --archive
compares them (docs/archive.md): only their facts are kept, so the page
shows where an archived passage is but not its text. The server listens
on the loopback interface unless --addr says otherwise, and stops
cleanly on SIGINT or SIGTERM.

Flags:
`

// shutdownGrace is how long requests under way may take to finish when
// the server is asked to stop.
const shutdownGrace = 10 * time.Second

func runServe(args []string, env Env) int {
	fs := newFlagSet("serve", env, serveHelp)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (host:port; port 0 picks a free one)")
	config := fs.String("config", "", "configuration file (default: .factlint.toml in the working directory or a parent)")
	group := fs.String("group", "", "which articles are one story: auto, dir or all (default: the config's group, else auto)")
	maxBody := fs.Int64("max-body", server.DefaultMaxBody, "largest request body accepted, in bytes")
	timeout := fs.Duration("timeout", server.DefaultTimeout, "time limit of one check")
	archivePath := fs.String("archive", "", "also compare with the archived articles of `FILE` (built by factlint index; see docs/archive.md)")
	paths, err := parseFlags(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitClean
		}
		return ExitError
	}
	if *maxBody <= 0 || *timeout <= 0 {
		errorf(env, "--max-body and --timeout must be positive")
		return ExitError
	}
	set, ok := loadRules(*config, env)
	if !ok {
		return ExitError
	}
	mode := set.Group
	if *group != "" {
		if mode, err = story.ParseMode(*group); err != nil {
			errorf(env, "--group: %v", err)
			return ExitError
		}
	}
	var inputs []checker.Input
	if len(paths) > 0 {
		var failed bool
		if inputs, failed = collectInputs(paths, "<stdin>", set, env, false); failed {
			return ExitError
		}
	}
	prior, closeArchive, ok := openArchive(*archivePath, set, env)
	if !ok {
		return ExitError
	}
	defer closeArchive()
	srv, err := server.New(server.Config{
		Rules: set, RuleInfos: ruleInfos(set), Corpus: server.NewStatic(inputs), Prior: prior, Group: mode,
		Version: Version, MaxBody: *maxBody, Timeout: *timeout,
		Log: log.New(env.Stderr, "factlint serve: ", log.LstdFlags),
	})
	if err != nil {
		errorf(env, "%v", err)
		return ExitError
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		errorf(env, "--addr %s: %v", *addr, err)
		return ExitError
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	published := plural(len(inputs), "article") + " published"
	if *archivePath != "" {
		published += ", and the archive " + *archivePath
	}
	fmt.Fprintf(env.Stderr, "factlint serve: listening on http://%s/ (%s)\n", ln.Addr(), published)
	if tcp, ok := ln.Addr().(*net.TCPAddr); ok && !tcp.IP.IsLoopback() {
		// The API has no authentication: say so when others can reach it.
		fmt.Fprintln(env.Stderr, "factlint serve: warning: not a loopback address; anyone who reaches it can check copy and read the published articles")
	}
	if err := srv.Serve(ctx, ln, shutdownGrace); err != nil {
		errorf(env, "%v", err)
		return ExitError
	}
	fmt.Fprintln(env.Stderr, "factlint serve: stopped")
	return ExitClean
}
