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

// Map reads src and runs work on each document with up to jobs goroutines (0 means one per
// CPU), calling emit with the results strictly in input order. At most window documents are
// in flight at once (0 means 4 per job), so memory is bounded by the window, not the corpus.
// Documents that arrive with Err set skip work and reach emit with that error. Map stops at
// the first error that src or emit returns.
func Map(src *Source, jobs, window int, work func(Doc) (any, error), emit func(Result) error) error {
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	if window <= 0 {
		window = 4 * jobs
	}
	type future struct {
		doc Doc
		out chan Result
	}
	tasks := make(chan future)
	order := make(chan future, window)
	stop := make(chan struct{})
	var stopOnce sync.Once
	halt := func() { stopOnce.Do(func() { close(stop) }) }

	var workers sync.WaitGroup
	for range jobs {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for f := range tasks {
				f.doc = f.doc.parsed()
				r := Result{Doc: f.doc, Err: f.doc.Err}
				if r.Err == nil {
					r.Data, r.Err = work(f.doc)
				}
				f.out <- r
			}
		}()
	}

	srcErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(tasks)
		srcErr <- src.each(func(d Doc) error {
			f := future{doc: d, out: make(chan Result, 1)}
			select {
			case order <- f: // blocks when window documents are waiting to be emitted
			case <-stop:
				return errStopped
			}
			select {
			case tasks <- f:
			case <-stop:
				f.out <- Result{Doc: d, Err: errStopped} // queued for emit: must still resolve
				return errStopped
			}
			return nil
		})
	}()

	var emitErr error
	for f := range order {
		r := <-f.out
		if emitErr == nil {
			if emitErr = emit(r); emitErr != nil {
				halt()
			}
		}
	}
	workers.Wait()
	if emitErr != nil {
		return emitErr
	}
	if err := <-srcErr; err != errStopped {
		return err
	}
	return nil
}

type stopError struct{}

func (stopError) Error() string { return "stopped" }

var errStopped error = stopError{}
