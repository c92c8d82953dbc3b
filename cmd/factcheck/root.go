package main

import (
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
	root.AddCommand(newCheckCommand(), newExtractCommand(), newLintCommand(), newPolicyCommand(), newVersionCommand())
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return inputError(err) })
	return root
}
