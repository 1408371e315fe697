// Package output writes result files so that they are complete or absent: a regular file is
// written to a temporary file in the same folder and renamed over the target only once every
// byte is on disk; a device or FIFO (/dev/stdout, a named pipe) is written directly, since
// renaming over a special file would replace it. A folder of files (prep's job folder) is
// written into a temporary folder beside it and renamed into place once every file is on
// disk (WriteFolder). Existing targets are kept unless the caller allows overwriting.
//
// A Sink is a command's data output: stdout, or a file committed only if the command
// succeeds. IsInput tells a run that its output would overwrite one of its inputs.
//
// It is its own package because every command that writes a file (segment, summarize,
// glossary, export, prep, idf) needs the same guarantees, and none of them is about text.
package output
