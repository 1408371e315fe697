package batch

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestRun checks what a command's run sees: every result in order, the failed documents
// reported once each, the failures counted in the error, the last step run only after every
// document, and a first JSONL line without the text field stopping the run.
func TestRun(t *testing.T) {
	tests := []struct {
		name       string
		jsonl      string
		wantEmit   []string // documents' labels, in order
		wantFailed []string // Message of each failed document
		wantErr    string   // "" for none
		wantThen   bool
	}{
		{"all good", "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\n",
			[]string{"a", "b"}, nil, "", true},
		{"one bad line of three", "{\"id\":\"a\",\"text\":\"x\"}\nnot json\n{\"id\":\"c\",\"text\":\"z\"}\n",
			[]string{"a", "", "c"}, []string{"<stdin>:2: "}, "1 of 3 documents failed", true},
		{"first line lacks the field", "{\"id\":\"a\",\"body\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\n",
			nil, nil, `<stdin>:1 (id a): no "text" field (the line has "body", "id")`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := &Source{Stdin: strings.NewReader(tt.jsonl), JSONL: true}
			var emitted, failed []string
			then := false
			var bar bytes.Buffer
			run := Run{Jobs: 2, Progress: &bar, Step: "merging",
				Failed: func(r Result) { failed = append(failed, r.Message()) },
				Then:   func() error { then = true; return nil }}
			err := run.Do(src, func(d Doc) (any, error) { return d.Text, nil }, func(r Result) error {
				emitted = append(emitted, r.Doc.ID)
				return nil
			})
			if (err == nil) != (tt.wantErr == "") || err != nil && !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("err %v, want %q", err, tt.wantErr)
			}
			if strings.Join(emitted, ",") != strings.Join(tt.wantEmit, ",") {
				t.Errorf("emitted %q, want %q", emitted, tt.wantEmit)
			}
			if len(failed) != len(tt.wantFailed) {
				t.Fatalf("failed %q, want %q", failed, tt.wantFailed)
			}
			for i := range failed {
				if !strings.HasPrefix(failed[i], tt.wantFailed[i]) {
					t.Errorf("failure %q, want it to start %q", failed[i], tt.wantFailed[i])
				}
			}
			if then != tt.wantThen {
				t.Errorf("Then ran: %v, want %v", then, tt.wantThen)
			}
			if bar.Len() == 0 {
				t.Errorf("no progress bar written")
			}
			var f *Failures
			if errors.As(err, &f) && f.Total != len(tt.wantEmit) {
				t.Errorf("Failures.Total %d, want %d", f.Total, len(tt.wantEmit))
			}
		})
	}
}

// TestResultMessage checks that a failed document's message names it once.
func TestResultMessage(t *testing.T) {
	tests := []struct {
		doc  Doc
		err  error
		want string
	}{
		{Doc{Name: "a.txt", ID: "a.txt"}, errors.New("a.txt: invalid UTF-8 at byte 3"), "a.txt: invalid UTF-8 at byte 3"},
		{Doc{Name: "a.txt", ID: "a.txt"}, errors.New("no text"), "a.txt: no text"},
		{Doc{Name: "c.jsonl:4", ID: "x9"}, errors.New("no text"), "c.jsonl:4 (id x9): no text"},
		{Doc{Name: "-", ID: "-"}, errors.New("too long"), "<stdin>: too long"},
	}
	for _, tt := range tests {
		if got := (Result{Doc: tt.doc, Err: tt.err}).Message(); got != tt.want {
			t.Errorf("%+v, %v: %q, want %q", tt.doc, tt.err, got, tt.want)
		}
	}
}

// TestRunWorked: Worked runs once, after work has returned for every document and before
// Then, while emit may still hold results back: here emit takes the last document only once
// Worked has run, which a Worked called after the last emit would deadlock.
func TestRunWorked(t *testing.T) {
	var lines strings.Builder
	for i := range 300 {
		fmt.Fprintf(&lines, "{\"id\":\"%d\",\"text\":\"x\"}\n", i)
	}
	var worked atomic.Int32
	var workedAt int32
	released := make(chan struct{})
	var calls atomic.Int32
	run := Run{Jobs: 2,
		Worked: func() { workedAt = calls.Load(); worked.Add(1); close(released) },
		Then: func() error {
			if worked.Load() != 1 {
				t.Errorf("Then ran before Worked")
			}
			return nil
		}}
	emitted := 0
	err := run.Do(&Source{Stdin: strings.NewReader(lines.String()), JSONL: true},
		func(d Doc) (any, error) { calls.Add(1); return nil, nil },
		func(r Result) error {
			if emitted++; emitted == 300 {
				select {
				case <-released:
				case <-time.After(10 * time.Second):
					t.Error("Worked did not run while the last result waited")
				}
			}
			return nil
		})
	if err != nil || worked.Load() != 1 || workedAt != 300 {
		t.Errorf("err %v, Worked ran %d times after %d of 300 documents' work", err, worked.Load(), workedAt)
	}
}
