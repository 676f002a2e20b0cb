package main

import (
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// execute runs the command line on root.
func execute(root *cobra.Command, args []string) error {
	root.SetArgs(negativeFigures(root, args))
	localize(root, helpLang(args))
	return root.Execute()
}

// negativeFigures lets a figure below zero be an argument, as changes and
// differences from a reference are (set R5 2026-Q3 -5): the flag parser
// would take -5 for the shorthand flag 5. When an argument is a negative
// number, the command's flags are moved before a "--" and its arguments
// after it, which keeps their order and every flag's meaning.
func negativeFigures(root *cobra.Command, args []string) []string {
	cmd, rest, err := root.Find(args)
	if err != nil || !anyNegative(args) {
		return args
	}
	var flags, positional []string
	negative := false
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		switch {
		case a == "--":
			positional = append(positional, rest[i+1:]...)
			i = len(rest)
		case isNegative(a):
			positional, negative = append(positional, a), true
		case a == "-" || !strings.HasPrefix(a, "-"):
			positional = append(positional, a)
		default:
			flags = append(flags, a)
			if takesValue(cmd, a) && i+1 < len(rest) {
				flags = append(flags, rest[i+1])
				i++
			}
		}
	}
	if !negative {
		return args
	}
	path := strings.Fields(cmd.CommandPath())[1:] // the subcommands' names, without the program's
	return append(append(append(path, flags...), "--"), positional...)
}

// takesValue reports whether the flag argument a leaves its value to the
// next argument: "--note" and "-o" do, "--note=x", "-ofile" and booleans do not.
func takesValue(cmd *cobra.Command, a string) bool {
	var f *pflag.Flag
	if name, long := strings.CutPrefix(a, "--"); long {
		if strings.Contains(name, "=") {
			return false
		}
		f = cmd.Flags().Lookup(name)
		if f == nil {
			f = cmd.InheritedFlags().Lookup(name)
		}
	} else {
		short := a[1:]
		for i, c := range short {
			g := cmd.Flags().ShorthandLookup(string(c))
			if g == nil {
				g = cmd.InheritedFlags().ShorthandLookup(string(c))
			}
			if g == nil {
				return false
			}
			if g.NoOptDefVal == "" { // the rest of the argument is its value, if any
				return i == len(short)-1
			}
		}
		return false
	}
	return f != nil && f.NoOptDefVal == ""
}

// isNegative reports whether a is meant as a number below zero: -5, -5,5,
// -1.750, or one mistyped (-5., -,5), which the command then refuses as a
// figure, in the user's words. No flag starts with a digit, dot or comma.
func isNegative(a string) bool {
	return len(a) >= 2 && a[0] == '-' && strings.ContainsAny(a[1:2], "0123456789.,")
}

func anyNegative(args []string) bool {
	for _, a := range args {
		if isNegative(a) {
			return true
		}
	}
	return false
}
