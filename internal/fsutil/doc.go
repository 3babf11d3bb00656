// Package fsutil writes files so that a crash never leaves a half-written
// file behind: the data goes to a temporary file in the same directory,
// which is synced, renamed over the target and made durable by syncing
// the directory. A process killed at any point leaves either the old file
// or the new one, never a mixture or a truncated file; at worst a hidden
// temporary file (".NAME.*.tmp") stays beside it.
package fsutil
