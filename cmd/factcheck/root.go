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
	root.PersistentFlags().StringP("config", "c", "", "configuration file (default ./config.yaml when present, else the embedded defaults)")
	root.PersistentFlags().StringArrayP("policy", "p", nil, "policy directory to add to the embedded rules (repeatable)")
	root.PersistentFlags().StringArrayP("data", "d", nil, "data file (YAML/JSON) to merge into the policy data, e.g. registry sources (repeatable)")
	root.PersistentFlags().String("timeout", "", "deadline for evaluating one document (e.g. 5s)")
	root.AddCommand(newCheckCommand(), newExtractCommand(), newLintCommand(), newPolicyCommand(), newVersionCommand())
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return inputError(err) })
	return root
}
