package main

import (
	"io"
	"os"

	"github.com/spf13/cobra"
)

func newRootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "factcheck",
		Short: "Check the source attribution of news claims against evidence rules written in Rego",
		Long: `factcheck checks each claim of an article against evidence rules written in Rego:
who the claim is attributed to, whether that source is independent and inspected the evidence,
who denied it, and whether the text claims more than its source established. Every claim gets a
verdict with its reasons.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().StringP("config", "c", "", "configuration file (default: $FACTCHECK_CONFIG, else .factcheck.yaml in the working directory or the nearest directory above it, else the embedded defaults)")
	root.PersistentFlags().Bool("no-config", false, "use the embedded defaults (and FACTCHECK_* variables and flags), not any configuration file")
	root.PersistentFlags().Bool("allow-policy-override", false, "let --policy directories declare built-in packages (factcheck.rules.*, factcheck.verdict, …) and their data override params and built-in data")
	root.PersistentFlags().StringArrayP("policy", "p", nil, "policy directory to add to the embedded rules (repeatable)")
	root.PersistentFlags().StringArrayP("data", "d", nil, "data file (YAML/JSON) to merge into the policy data, e.g. registry sources (repeatable)")
	root.PersistentFlags().String("timeout", "", "deadline for evaluating one document (e.g. 5s)")
	root.PersistentFlags().Bool("color", false, "colour the text output even when it is not a terminal")
	root.PersistentFlags().Bool("no-color", false, "never colour the output (as does a non-empty NO_COLOR)")
	root.AddCommand(newCheckCommand(), newExtractCommand(), newLintCommand(), newPolicyCommand(), newServeCommand(), newVersionCommand())
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return inputError(err) })
	return root
}

// useColor decides whether text output is coloured: --no-color, then --color, then NO_COLOR
// (https://no-color.org: set and not empty), then whether standard output is a terminal.
func useColor(cmd *cobra.Command) bool {
	if off, _ := cmd.Flags().GetBool("no-color"); off {
		return false
	}
	if on, _ := cmd.Flags().GetBool("color"); on {
		return true
	}
	if os.Getenv("NO_COLOR") != "" {
		return false
	}
	if out, _ := cmd.Flags().GetString("output-file"); out != "" {
		return false
	}
	return isTerminal(cmd.OutOrStdout())
}

// isTerminal: colour only when writing to a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
