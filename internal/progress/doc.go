// Package progress draws a one-line progress bar on a terminal's standard
// error for long runs: files done of the total, MB/s and time left. It
// redraws a few times a second from its own goroutine, so that the
// workers only add to two counters, and draws nothing for a run that
// ends before its first redraw.
package progress
