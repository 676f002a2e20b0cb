package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"charm.land/log/v2"
	"github.com/spf13/cobra"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/serve"
)

func serveCmd(stdout io.Writer, o *options) *cobra.Command {
	var listen, access, hostKey string
	var idle, handshake time.Duration
	var maxSessions, maxPending, maxPendingSource int
	var checkOnly bool
	c := &cobra.Command{
		Use:  "serve", // the texts of the help are in the catalogues (see localize)
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if checkOnly {
				a, err := serve.LoadAccess(access)
				if err != nil {
					return o.listed(1, err)
				}
				fmt.Fprintln(stdout, o.l.T(lang.AccessOK, access, len(a.Users)))
				return nil
			}
			if idle < 0 {
				return exitError{2, o.l.T(lang.ServeBadIdle, idle)}
			}
			opened, err := o.open(cmd.ErrOrStderr(), false)
			if err != nil {
				return err
			}
			src, loaded := opened.Source, opened.Loaded
			if hostKey == "" {
				hostKey = filepath.Join(filepath.Dir(access), "beskplan_host_ed25519")
			}
			logger := log.NewWithOptions(cmd.ErrOrStderr(), log.Options{ReportTimestamp: true, Prefix: "beskplan"})
			srv, err := serve.New(serve.Config{Plan: src, Loaded: loaded, Listen: listen, AccessPath: access, HostKeyPath: hostKey,
				Idle: idle, MaxSessions: maxSessions, Lang: o.l, Poll: time.Second, Log: logger,
				Handshake: handshake, MaxPending: maxPending, MaxPendingSource: maxPendingSource})
			if err != nil {
				return o.listed(1, err)
			}
			l, err := net.Listen("tcp", listen)
			if err != nil {
				return exitError{1, err.Error()}
			}
			fingerprint, _ := serve.Fingerprint(hostKey)
			fmt.Fprintln(stdout, o.l.T(lang.ServeListening, l.Addr(), fingerprint))
			ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
			defer stop()
			go func() {
				<-ctx.Done()
				logger.Info("shutting down")
				end, cancel := context.WithTimeout(context.Background(), 10*time.Second)
				defer cancel()
				srv.Shutdown(end, o.l.T(lang.ServeShutdown))
			}()
			return srv.Serve(l)
		},
	}
	c.Flags().StringVar(&listen, "listen", "127.0.0.1:2222", "")
	c.Flags().StringVar(&access, "access", "access.toml", "")
	c.Flags().StringVar(&hostKey, "host-key", "", "")
	c.Flags().DurationVar(&idle, "idle", 30*time.Minute, "")
	c.Flags().IntVar(&maxSessions, "max-sessions", 50, "")
	c.Flags().DurationVar(&handshake, "handshake", 5*time.Second, "")
	c.Flags().IntVar(&maxPending, "max-pending", 64, "")
	c.Flags().IntVar(&maxPendingSource, "max-pending-per-source", 8, "")
	c.Flags().BoolVar(&checkOnly, "check-access", false, "")
	return c
}
