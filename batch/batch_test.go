package batch

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func collect(t *testing.T, src *Source) []Doc {
	t.Helper()
	var docs []Doc
	if err := src.Each(func(d Doc) error { docs = append(docs, d); return nil }); err != nil {
		t.Fatal(err)
	}
	return docs
}

func TestMapKeepsOrder(t *testing.T) {
	var b strings.Builder
	const n = 500
	for i := range n {
		fmt.Fprintf(&b, `{"id":"d%d","text":"نص %d"}`+"\n", i, i)
	}
	src := &Source{JSONL: true, Stdin: strings.NewReader(b.String())}
	var got []string
	err := Map(src, 4, 8, func(d Doc) (any, error) {
		if d.Seq%7 == 0 {
			time.Sleep(time.Millisecond) // uneven work must not reorder
		}
		return d.ID + "=" + d.Text, nil
	}, func(r Result) error {
		if r.Err != nil {
			return r.Err
		}
		got = append(got, r.Data.(string))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != n {
		t.Fatalf("%d results", len(got))
	}
	for i, s := range got {
		if want := fmt.Sprintf("d%d=نص %d", i, i); s != want {
			t.Fatalf("result %d = %q, want %q", i, s, want)
		}
	}
}

func TestMapIsolatesFailures(t *testing.T) {
	in := `{"id":"a","text":"واحد"}
not json
{"id":"c","body":"no text field"}
{"id":"d","text":"أربعة"}
{"id":"e","text":42}
`
	src := &Source{JSONL: true, Stdin: strings.NewReader(in)}
	var ok, failed []string
	err := Map(src, 2, 0, func(d Doc) (any, error) { return d.Text, nil }, func(r Result) error {
		if r.Err != nil {
			failed = append(failed, r.Err.Error())
		} else {
			ok = append(ok, r.Data.(string))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(ok, ",") != "واحد,أربعة" {
		t.Errorf("ok = %v", ok)
	}
	want := []string{"<stdin>:2: not JSON", `<stdin>:3 (id c): no "text" field`, `<stdin>:5 (id e): field "text" is not a string`}
	if len(failed) != len(want) {
		t.Fatalf("failed = %q", failed)
	}
	for i := range want {
		if !strings.HasPrefix(failed[i], want[i]) {
			t.Errorf("failure %d = %q, want prefix %q", i, failed[i], want[i])
		}
	}
}

func TestMapStopsOnEmitError(t *testing.T) {
	in := strings.Repeat(`{"text":"x"}`+"\n", 1000)
	boom := errors.New("boom")
	n := 0
	err := Map(&Source{JSONL: true, Stdin: strings.NewReader(in)}, 3, 4, func(d Doc) (any, error) { return nil, nil }, func(Result) error {
		n++
		if n == 10 {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
}

func TestJSONLFields(t *testing.T) {
	in := `{"docno":"X-1","body":"نص","text":"other"}` + "\n\n" + `{"docno":7,"body":"ثان"}`
	docs := collect(t, &Source{JSONL: true, TextField: "body", IDField: "docno", Stdin: strings.NewReader(in)})
	if len(docs) != 2 || docs[0].ID != "X-1" || docs[0].Text != "نص" || docs[1].ID != "7" || docs[1].Text != "ثان" {
		t.Fatalf("docs = %+v", docs)
	}
}

func TestJSONLLongLineIsBounded(t *testing.T) {
	long := `{"text":"` + strings.Repeat("ا", 5000) + `"}`
	in := `{"text":"قبل"}` + "\n" + long + "\n" + `{"text":"بعد"}` + "\n"
	docs := collect(t, &Source{JSONL: true, MaxDocBytes: 1000, Stdin: strings.NewReader(in)})
	if len(docs) != 3 || docs[0].Text != "قبل" || docs[1].Err == nil || !strings.Contains(docs[1].Err.Error(), "longer than 1000 bytes") || docs[2].Text != "بعد" {
		t.Fatalf("docs = %+v", docs)
	}
}

// TestJSONLLinesLongerThanTheReadBuffer: a line past the reader's 1 MB buffer is gathered
// chunk by chunk — kept whole under the limit, refused over it, skipped when blank — and the
// next line is read as usual.
func TestJSONLLinesLongerThanTheReadBuffer(t *testing.T) {
	text := strings.Repeat("ب", 1<<20) // 2 MB
	kept := `{"text":"` + text + `"}`
	refused := `{"text":"` + text + text + `"}`
	blank := strings.Repeat(" ", 3<<20)
	in := kept + "\n" + refused + "\n" + blank + "\n" + `{"text":"بعد"}`
	docs := collect(t, &Source{JSONL: true, MaxDocBytes: 3 << 20, Stdin: strings.NewReader(in)})
	if len(docs) != 3 || docs[0].Text != text || docs[0].Name != "<stdin>:1" ||
		docs[1].Err == nil || !strings.Contains(docs[1].Err.Error(), "<stdin>:2: line longer than") ||
		docs[2].Text != "بعد" || docs[2].Name != "<stdin>:4" {
		t.Fatalf("%d docs, first %q…, errors %v", len(docs), docs[0].Text[:min(len(docs[0].Text), 20)], docs[1].Err)
	}
}

func TestJSONLInvalidUTF8(t *testing.T) {
	docs := collect(t, &Source{JSONL: true, Stdin: strings.NewReader("{\"text\":\"a\xffb\"}\n")})
	if len(docs) != 1 || docs[0].Err == nil || !strings.Contains(docs[0].Err.Error(), "invalid UTF-8 at byte 10") {
		t.Fatalf("docs = %+v", docs)
	}
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "a", "b"), 0o755))
	must(os.MkdirAll(filepath.Join(dir, ".hidden"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "a", "one.txt"), []byte("واحد"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "a", "b", "two.txt"), []byte("اثنان"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "a", "skip.md"), []byte("no"), 0o644))
	must(os.WriteFile(filepath.Join(dir, ".hidden", "three.txt"), []byte("no"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("a\xffb"), 0o644))
	must(os.Symlink(dir, filepath.Join(dir, "a", "loop")))                               // a loop: not followed
	must(os.Symlink(filepath.Join(dir, "a", "one.txt"), filepath.Join(dir, "link.txt"))) // a file link: read

	done := make(chan []Doc)
	go func() { done <- collect(t, &Source{Paths: []string{dir}, Glob: "*.txt"}) }()
	var docs []Doc
	select {
	case docs = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("walk hangs")
	}
	var names []string
	for _, d := range docs {
		rel, _ := filepath.Rel(dir, d.Name)
		if d.Err != nil {
			rel += "!"
		}
		names = append(names, rel)
	}
	if got := strings.Join(names, " "); got != "a/b/two.txt a/one.txt bad.txt! link.txt" {
		t.Errorf("walked %q", got)
	}
}

// Without a Glob a walk reads text files only, and says what it left out; with one, binary
// files are left out; the Exclude files (the run's output) are never read.
func TestWalkTextFilesAndExclude(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"a.txt": "نص", "b.TXT": "نص", "c.md": "# نص", "d.png": "\x89PNG\x00\x00", "out.txt": "old output",
		"e.jsonl": `{"text":"نص"}`, "u16.dat": "\xff\xfe'\x06", "f.bin": "ab\x00cd",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	names := func(docs []Doc) string {
		var out []string
		for _, d := range docs {
			out = append(out, filepath.Base(d.Name))
		}
		return strings.Join(out, " ")
	}
	base := func(paths []string) string {
		var out []string
		for _, p := range paths {
			out = append(out, filepath.Base(p))
		}
		return strings.Join(out, " ")
	}
	src := &Source{Paths: []string{dir}, Exclude: []string{filepath.Join(dir, "out.txt")}}
	if got := names(collect(t, src)); got != "a.txt b.TXT" {
		t.Errorf("walked %q", got)
	}
	if notText, binary := src.Skipped(); base(notText) != "c.md d.png e.jsonl f.bin u16.dat" || len(binary) != 0 {
		t.Errorf("skipped %q, binary %q", notText, binary)
	}
	src = &Source{Paths: []string{dir}, Glob: "*", Exclude: []string{filepath.Join(dir, "out.txt")}}
	if got := names(collect(t, src)); got != "a.txt b.TXT c.md e.jsonl u16.dat" {
		t.Errorf("--glob '*' walked %q", got)
	}
	if notText, binary := src.Skipped(); len(notText) != 0 || base(binary) != "d.png f.bin" {
		t.Errorf("--glob '*' skipped %q, binary %q", notText, binary)
	}
}

func TestMaxDocBytes(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "big.txt")
	os.WriteFile(p, []byte(strings.Repeat("ا", 100)), 0o644)
	docs := collect(t, &Source{Paths: []string{p}, MaxDocBytes: 50})
	if len(docs) != 1 || docs[0].Err == nil || !strings.Contains(docs[0].Err.Error(), "max-doc-bytes") {
		t.Fatalf("docs = %+v", docs)
	}
}

// Documents go to the workers in groups, but a stream that pauses never holds back the
// documents it has delivered: each result is emitted before the next line arrives, also
// when the line came while the worker was busy.
func TestMapDoesNotWaitForSlowStream(t *testing.T) {
	r, w := io.Pipe()
	emitted := make(chan string)
	done := make(chan error)
	go func() {
		done <- Map(&Source{JSONL: true, Stdin: r}, 1, 0, func(d Doc) (any, error) {
			if d.Seq%2 == 0 {
				time.Sleep(50 * time.Millisecond) // busy when the next line comes
			}
			return d.Text, nil
		}, func(r Result) error {
			emitted <- r.Data.(string)
			return nil
		})
	}()
	for i := 0; i < 6; i += 2 {
		fmt.Fprintf(w, `{"text":"سطر %d"}`+"\n", i)
		time.Sleep(10 * time.Millisecond)
		fmt.Fprintf(w, `{"text":"سطر %d"}`+"\n", i+1)
		for j := i; j < i+2; j++ {
			select {
			case got := <-emitted:
				if want := fmt.Sprintf("سطر %d", j); got != want {
					t.Fatalf("got %q, want %q", got, want)
				}
			case <-time.After(5 * time.Second):
				t.Fatalf("line %d was not processed while the stream waited", j)
			}
		}
	}
	w.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// Many small documents make groups; results still come one per document, in order, with
// their own errors.
func TestMapGroupsKeepOrderAndErrors(t *testing.T) {
	var b strings.Builder
	const n = 5000
	for i := range n {
		if i%997 == 0 {
			b.WriteString("not json\n")
			continue
		}
		fmt.Fprintf(&b, `{"id":"d%d","text":"%d"}`+"\n", i, i)
	}
	for _, jobs := range []int{1, 2, 4} {
		i := 0
		err := Map(&Source{JSONL: true, Stdin: strings.NewReader(b.String())}, jobs, 0, func(d Doc) (any, error) { return d.Text, nil }, func(r Result) error {
			if i%997 == 0 {
				if r.Err == nil {
					t.Fatalf("jobs %d: line %d: no error", jobs, i+1)
				}
			} else if r.Err != nil || r.Data.(string) != fmt.Sprint(i) {
				t.Fatalf("jobs %d: result %d = %v, %v", jobs, i, r.Data, r.Err)
			}
			i++
			return nil
		})
		if err != nil || i != n {
			t.Fatalf("jobs %d: %d results, err %v", jobs, i, err)
		}
	}
}
