package batch

import (
	"runtime"
	"sync"
)

// Result is what Map's work function made of one document.
type Result struct {
	Doc  Doc
	Data any
	Err  error
}

// Documents travel to the workers in groups of consecutive documents, so that a corpus of
// many small documents (news articles of a few KB) does not pay a hand-over between
// goroutines for each one. A group is handed over when it holds maxGroupDocs documents or
// maxGroupBytes bytes, or when the input has nothing more ready to read: a slow stream is
// never held back to fill a group.
const (
	maxGroupDocs  = 64
	maxGroupBytes = 256 << 10
)

// Map reads src and runs work on each document with up to jobs goroutines (0 means one per
// CPU), calling emit with the results strictly in input order. At most window groups of
// documents are in flight at once (0 means 4 per job), so memory is bounded by the window,
// not the corpus. Documents that arrive with Err set skip work and reach emit with that
// error. Map stops at the first error that src or emit returns.
func Map(src *Source, jobs, window int, work func(Doc) (any, error), emit func(Result) error) error {
	return mapDocs(src, jobs, window, work, emit, nil)
}

// mapDocs is Map, calling worked (when not nil) once work has returned for every document,
// while emit may still be taking the last results; it returns after worked does.
func mapDocs(src *Source, jobs, window int, work func(Doc) (any, error), emit func(Result) error, worked func()) error {
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	if window <= 0 {
		window = 4 * jobs
	}
	type group struct {
		docs []Doc
		out  chan []Result
	}
	tasks := make(chan group)
	order := make(chan group, window)
	stop := make(chan struct{})
	var stopOnce sync.Once
	halt := func() { stopOnce.Do(func() { close(stop) }) }

	var workers sync.WaitGroup
	for range jobs {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for g := range tasks {
				rs := make([]Result, len(g.docs))
				for i, d := range g.docs {
					d = d.parsed()
					rs[i] = Result{Doc: d, Err: d.Err}
					if rs[i].Err == nil {
						rs[i].Data, rs[i].Err = work(d)
					}
				}
				g.out <- rs
			}
		}()
	}
	workedDone := make(chan struct{})
	go func() {
		defer close(workedDone)
		workers.Wait()
		if worked != nil {
			worked()
		}
	}()

	srcErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(tasks)
		var pending []Doc
		size := 0
		// send hands the pending group over, waiting for room in the window and a worker.
		send := func() error {
			if len(pending) == 0 {
				return nil
			}
			g := group{docs: pending, out: make(chan []Result, 1)}
			pending, size = nil, 0
			select {
			case order <- g: // blocks when window groups are waiting to be emitted
			case <-stop:
				return errStopped
			}
			select {
			case tasks <- g:
			case <-stop:
				g.out <- stopped(g.docs) // queued for emit: must still resolve
				return errStopped
			}
			return nil
		}
		err := src.each(func(d Doc) error {
			pending = append(pending, d)
			size += max(d.Size, 1)
			if len(pending) >= maxGroupDocs || size >= maxGroupBytes {
				return send()
			}
			return nil
		}, send)
		if err == nil {
			err = send()
		}
		srcErr <- err
	}()

	var emitErr error
	for g := range order {
		for _, r := range <-g.out {
			if emitErr == nil {
				if emitErr = emit(r); emitErr != nil {
					halt()
				}
			}
		}
	}
	<-workedDone
	if emitErr != nil {
		return emitErr
	}
	if err := <-srcErr; err != errStopped {
		return err
	}
	return nil
}

func stopped(docs []Doc) []Result {
	rs := make([]Result, len(docs))
	for i, d := range docs {
		rs[i] = Result{Doc: d, Err: errStopped}
	}
	return rs
}

type stopError struct{}

func (stopError) Error() string { return "stopped" }

var errStopped error = stopError{}
