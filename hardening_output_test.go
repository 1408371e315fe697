package main

// Output safety across every command (issue 9): an output that is one of the inputs is
// refused before anything is read, -o naming a device or FIFO is written directly and never
// replaced, a folder that cannot be written into and a full disk fail with a message and
// leave nothing, and no command resolves XML entities in what it reads.

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// outputCommands are the commands that write one stream, with the arguments before the
// input; "-o PATH" is appended.
var outputCommands = []struct {
	name string
	args []string
}{
	{"normalize", []string{"normalize"}},
	{"segment", []string{"segment", "--format", "tsv"}},
	{"summarize", []string{"summarize", "--sentences", "2"}},
	{"entities", []string{"entities", "--format", "json"}},
	{"glossary", []string{"glossary", "--format", "csv"}},
	{"export-xliff", []string{"export", "--format", "xliff"}},
	{"export-xlsx", []string{"export", "--format", "xlsx"}},
	{"idf-build", []string{"idf", "build"}},
}

func seedCopy(t *testing.T, dir string) (string, []byte) {
	t.Helper()
	seed, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "in.txt")
	if err := os.WriteFile(in, seed, 0o644); err != nil {
		t.Fatal(err)
	}
	return in, seed
}

// An -o that names an input (directly, through a symbolic link or a hard link) is a usage
// error, found before the input is read; the input is unchanged.
func TestOutputIsInputRefused(t *testing.T) {
	for _, cmd := range append(outputCommands, struct {
		name string
		args []string
	}{"prep-target", nil}) {
		t.Run(cmd.name, func(t *testing.T) {
			dir := t.TempDir()
			in, seed := seedCopy(t, dir)
			link := filepath.Join(dir, "link.txt")
			hard := filepath.Join(dir, "hard.txt")
			if err := os.Symlink(in, link); err != nil {
				t.Fatal(err)
			}
			if err := os.Link(in, hard); err != nil {
				t.Fatal(err)
			}
			for _, out := range []string{in, link, hard} {
				var args []string
				if cmd.args == nil { // export --target naming the output (one target line per line)
					args = []string{"export", "--units", "lines", "--format", "tsv", "--target", in, in, "-o", out, "--force"}
				} else {
					args = append(append(append([]string{}, cmd.args...), in), "-o", out, "--force")
				}
				_, stderr, code := runCLI(t, "", args...)
				if code != 2 || !strings.Contains(stderr, "also an input") {
					t.Errorf("-o %s: exit %d, stderr %q", filepath.Base(out), code, stderr)
				}
				if b, _ := os.ReadFile(in); !bytes.Equal(b, seed) {
					t.Fatalf("-o %s changed the input", filepath.Base(out))
				}
			}
		})
	}
}

// -o /dev/full: the device is written directly (never renamed over) and the write error
// is an exit 1 with a message, for every command.
func TestOutputDeviceFull(t *testing.T) {
	info, err := os.Stat("/dev/full")
	if err != nil || info.Mode()&os.ModeCharDevice == 0 {
		t.Skip("no /dev/full")
	}
	for _, cmd := range outputCommands {
		t.Run(cmd.name, func(t *testing.T) {
			in, _ := seedCopy(t, t.TempDir())
			args := append(append(append([]string{}, cmd.args...), in), "-o", "/dev/full")
			_, stderr, code := runCLI(t, "", args...)
			if code != 1 || !strings.Contains(stderr, "no space left on device") {
				t.Errorf("exit %d, stderr %q", code, stderr)
			}
			if info, err := os.Stat("/dev/full"); err != nil || info.Mode()&os.ModeCharDevice == 0 {
				t.Fatalf("/dev/full is no longer a device: %v %v", info, err)
			}
		})
	}
}

// Standard output on a full disk: exit 1 with the message, for every command (the shell's
// "> /dev/full").
func TestStdoutFull(t *testing.T) {
	for _, cmd := range outputCommands {
		t.Run(cmd.name, func(t *testing.T) {
			in, _ := seedCopy(t, t.TempDir())
			var errb bytes.Buffer
			args := append(append([]string{"arprep"}, cmd.args...), in)
			code := run(args, strings.NewReader(""), failingWriter{&os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}}, &errb)
			if code != 1 || !strings.Contains(errb.String(), "no space left on device") {
				t.Errorf("exit %d, stderr %q", code, errb.String())
			}
		})
	}
}

// -o naming a FIFO writes through it; the FIFO stays a FIFO.
func TestOutputFIFO(t *testing.T) {
	for _, cmd := range outputCommands[:4] {
		t.Run(cmd.name, func(t *testing.T) {
			dir := t.TempDir()
			in, _ := seedCopy(t, dir)
			fifo := filepath.Join(dir, "pipe")
			if err := syscall.Mkfifo(fifo, 0o600); err != nil {
				t.Skip("mkfifo:", err)
			}
			got := make(chan []byte, 1)
			go func() {
				f, err := os.OpenFile(fifo, os.O_RDONLY, 0)
				if err != nil {
					got <- nil
					return
				}
				b, _ := io.ReadAll(f)
				f.Close()
				got <- b
			}()
			args := append(append(append([]string{}, cmd.args...), in), "-o", fifo)
			_, stderr, code := runCLI(t, "", args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			select {
			case b := <-got:
				if len(b) == 0 {
					t.Error("nothing came through the FIFO")
				}
			case <-time.After(20 * time.Second):
				t.Fatal("the reader saw no end of data")
			}
			if info, err := os.Lstat(fifo); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
				t.Errorf("the FIFO was replaced: %v %v", info, err)
			}
		})
	}
}

// A folder nobody may create files in (here /proc, which even root cannot write to: the
// permission tests of output/ skip under root) fails with the path in the message.
func TestOutputUnwritableFolder(t *testing.T) {
	if info, err := os.Stat("/proc/self"); err != nil || !info.IsDir() {
		t.Skip("no /proc")
	}
	probe := "/proc/arprep-probe"
	if f, err := os.Create(probe); err == nil {
		f.Close()
		os.Remove(probe)
		t.Skip("/proc is writable here")
	}
	for _, cmd := range append(outputCommands, struct {
		name string
		args []string
	}{"prep", []string{"prep"}}) {
		t.Run(cmd.name, func(t *testing.T) {
			in, _ := seedCopy(t, t.TempDir())
			out := "/proc/arprep-out"
			args := append(append(append([]string{}, cmd.args...), in), "-o", out)
			_, stderr, code := runCLI(t, "", args...)
			if code != 1 || !strings.Contains(stderr, out) || strings.Contains(stderr, "panic") {
				t.Errorf("exit %d, stderr %q", code, stderr)
			}
		})
	}
}

// No command reads XML as XML: an XLIFF with an external entity given to export --target is
// read as text lines, and the entity's file never reaches the output.
func TestNoExternalEntities(t *testing.T) {
	dir := t.TempDir()
	secret := filepath.Join(dir, "secret.txt")
	os.WriteFile(secret, []byte("TOP-SECRET-CONTENT"), 0o644)
	src := filepath.Join(dir, "src.txt")
	os.WriteFile(src, []byte("سطر أول\nسطر ثان\nسطر ثالث\n"), 0o644)
	target := filepath.Join(dir, "target.xlf")
	xlf := `<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://` + secret + `">]>
<xliff version="1.2"><file><body><trans-unit id="1"><source>a</source><target>&xxe;</target></trans-unit></body></file></xliff>`
	if err := os.WriteFile(target, []byte(xlf), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"xliff", "xliff2", "tmx", "jsonl"} {
		out, stderr, code := runCLI(t, "", "export", "--units", "lines", "--format", format, "--target", target, src)
		if strings.Contains(out, "TOP-SECRET") || strings.Contains(stderr, "TOP-SECRET") {
			t.Fatalf("%s: the external entity was resolved", format)
		}
		// three lines of XML are three target lines, the reference kept as text
		want := "&amp;xxe;"
		if format == "jsonl" {
			want = "&xxe;"
		}
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("%s: exit %d, stderr %q, output lacks %s:\n%s", format, code, stderr, want, out)
		}
	}
}
