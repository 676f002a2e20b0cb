package main

import (
	"github.com/spf13/cobra"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/model"
)

// maxPeriods bounds the periods offered: a plan running for centuries
// month by month would otherwise fill the screen.
const maxPeriods = 500

// completions lets the shell complete the ids of measures and
// initiatives, the plan's periods, the report formats and the indicators
// compare shows.
func completions(root *cobra.Command, o *options) {
	periods := func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return planPeriods(o), cobra.ShellCompDirectiveNoFileComp
	}
	for _, c := range append(root.Commands(), root) {
		if c.Flags().Lookup("as-of") != nil {
			c.RegisterFlagCompletionFunc("as-of", periods)
		}
		switch c.Name() {
		case "report":
			c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]cobra.Completion{"md", "html", "csv", "xlsx"}, cobra.ShellCompDirectiveNoFileComp))
		case "compare":
			c.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]cobra.Completion{"text", "md", "html", "csv", "xlsx"}, cobra.ShellCompDirectiveNoFileComp))
			c.ValidArgsFunction = func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
				if len(args) > 0 {
					return nil, cobra.ShellCompDirectiveNoFileComp
				}
				return planIndicators(o), cobra.ShellCompDirectiveNoFileComp
			}
		case "assess":
			c.ValidArgsFunction = func(cmd *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
				indstilling, _ := cmd.Flags().GetBool("indstilling") // then: PERIOD; else GOAL|MEASURE PERIOD
				switch {
				case !indstilling && len(args) == 0:
					return append(planGoals(o), planIDs(o, false)...), cobra.ShellCompDirectiveNoFileComp
				case indstilling && len(args) == 0 || !indstilling && len(args) == 1:
					return planPeriods(o), cobra.ShellCompDirectiveNoFileComp
				}
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
		case "set":
			c.RegisterFlagCompletionFunc("initiative", func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
				return planIDs(o, true), cobra.ShellCompDirectiveNoFileComp
			})
			c.ValidArgsFunction = func(cmd *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
				initiative := cmd.Flags().Changed("initiative") // then: PERIOD STATE; else MEASURE PERIOD VALUE
				switch {
				case !initiative && len(args) == 0:
					return planIDs(o, false), cobra.ShellCompDirectiveNoFileComp
				case initiative && len(args) == 0 || !initiative && len(args) == 1:
					return planPeriods(o), cobra.ShellCompDirectiveNoFileComp
				case initiative && len(args) == 1:
					var states []cobra.Completion
					for _, s := range model.States {
						states = append(states, string(s))
					}
					return states, cobra.ShellCompDirectiveNoFileComp
				}
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
		}
	}
}

// completionPlan is the plan as far as it can be read; nil when it cannot.
func completionPlan(o *options) *model.Plan {
	loaded, _ := data.Load(data.Locate(o.plan))
	if loaded == nil {
		return nil
	}
	return loaded.Plan
}

// planIDs are the measures' ids with their titles, or the initiatives'.
func planIDs(o *options, initiatives bool) []cobra.Completion {
	p := completionPlan(o)
	if p == nil {
		return nil
	}
	var out []cobra.Completion
	if initiatives {
		for _, in := range p.Initiatives() {
			out = append(out, cobra.CompletionWithDesc(in.ID, in.Title))
		}
		return out
	}
	for _, m := range p.Measures {
		out = append(out, cobra.CompletionWithDesc(m.ID, m.Title))
	}
	return out
}

// planGoals are the ids of the plan's goals, each with its title.
func planGoals(o *options) []cobra.Completion {
	p := completionPlan(o)
	if p == nil {
		return nil
	}
	var out []cobra.Completion
	for _, g := range p.Goals {
		out = append(out, cobra.CompletionWithDesc(g.ID, g.Title))
	}
	return out
}

// planIndicators are the ids of the tables the plan's measures name, each
// with its title where it was read.
func planIndicators(o *options) []cobra.Completion {
	p := completionPlan(o)
	if p == nil {
		return nil
	}
	var out []cobra.Completion
	for _, id := range p.IndicatorIDs() {
		if ind := p.Indicators[id]; ind != nil && ind.Title != "" {
			out = append(out, cobra.CompletionWithDesc(id, ind.Title))
		} else {
			out = append(out, id)
		}
	}
	return out
}

// planPeriods are the plan's years and its periods of its cadence, in order.
func planPeriods(o *options) []cobra.Completion {
	p := completionPlan(o)
	if p == nil || p.Start.IsZero() || p.End.IsZero() {
		return nil
	}
	var out []cobra.Completion
	seen := map[model.Period]bool{}
	for _, span := range []model.Span{model.Year, p.Cadence.Span()} {
		for at := model.Of(span, p.Start); len(out) < maxPeriods && !at.Start().After(p.End); at = at.Add(1) {
			if !seen[at] {
				seen[at] = true
				out = append(out, at.String())
			}
		}
	}
	return out
}
