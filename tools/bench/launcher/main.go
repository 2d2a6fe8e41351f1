// Command launcher stands in for a TFLint plugin binary to measure it: TFLint starts it as
// tflint-ruleset-NAME, it runs the real plugin (BENCH_PLUGIN_TARGET) as its child with the
// same arguments, environment and standard streams (so the go-plugin handshake and the gRPC
// connection go straight between TFLint and the plugin), waits for it, and appends one JSON
// line with the child's rusage (peak RSS, user and system CPU) and wall time to
// BENCH_PLUGIN_LOG. The plugin exits when TFLint shuts it down over gRPC, before TFLint's
// 2-second kill deadline, so the launcher sees its exit and the plugin's real peak RSS.
//
// make bench uses it in an untimed run only: it adds one process per directory.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"syscall"
	"time"
)

// Record is one plugin process's resource usage, as logged.
type Record struct {
	Dir       string  `json:"dir"`
	PID       int     `json:"pid"`
	MaxRSSKB  int64   `json:"maxrss_kb"`
	UserSec   float64 `json:"user_sec"`
	SysSec    float64 `json:"sys_sec"`
	WallSec   float64 `json:"wall_sec"`
	ExitCode  int     `json:"exit_code"`
	Signalled bool    `json:"signalled"`
}

func main() {
	target := os.Getenv("BENCH_PLUGIN_TARGET")
	logPath := os.Getenv("BENCH_PLUGIN_LOG")
	if target == "" || logPath == "" {
		fmt.Fprintln(os.Stderr, "launcher: BENCH_PLUGIN_TARGET and BENCH_PLUGIN_LOG must be set")
		os.Exit(1)
	}
	// TFLint shuts plugins down over gRPC; signals to the launcher go to the plugin too.
	signals := make(chan os.Signal, 4)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	cmd := exec.Command(target, os.Args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "launcher:", err)
		os.Exit(1)
	}
	go func() {
		for s := range signals {
			_ = cmd.Process.Signal(s)
		}
	}()
	err := cmd.Wait()
	wall := time.Since(start)
	state := cmd.ProcessState
	if state == nil {
		fmt.Fprintln(os.Stderr, "launcher:", err)
		os.Exit(1)
	}
	ru := state.SysUsage().(*syscall.Rusage)
	wd, _ := os.Getwd()
	rec := Record{
		Dir:      wd,
		PID:      state.Pid(),
		MaxRSSKB: ru.Maxrss,
		UserSec:  time.Duration(syscall.TimevalToNsec(ru.Utime)).Seconds(),
		SysSec:   time.Duration(syscall.TimevalToNsec(ru.Stime)).Seconds(),
		WallSec:  wall.Seconds(),
		ExitCode: state.ExitCode(),
	}
	if ws, ok := state.Sys().(syscall.WaitStatus); ok {
		rec.Signalled = ws.Signaled()
	}
	line, _ := json.Marshal(rec)
	if f, ferr := os.OpenFile(logPath, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644); ferr == nil {
		_, _ = f.Write(append(line, '\n'))
		_ = f.Close()
	}
	os.Exit(max(state.ExitCode(), 0))
}
