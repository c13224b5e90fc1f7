#pragma once

#include "core/cli/clicommand.h"

#include <memory>

namespace tiergate {

/// `tiergate-cli experiment run SET.jsonl --column SPEC... [--repeat N] [--judge PROFILE]`,
/// `experiment resume ID`, `experiment report ID` and `experiment list`: runs a prompt set against
/// 1–6 columns (a model, a tier or a profile) N times each through the Router, optionally has a
/// judge profile score the answers blind, prints progress on stderr and the summary with its
/// verdict on stdout, and writes the report files (CSV, JSON, HTML). The experiment is saved after
/// every run in the data folder, so an interrupted run resumes with only what is missing.
/// Exit codes: 0 done, 1 every run failed or the run was interrupted, 2 usage or input errors.
class ExperimentCommand : public CliCommand
{
public:
    ExperimentCommand();
    ~ExperimentCommand() override;
    QString name() const override { return QStringLiteral("experiment"); }
    QString summary() const override;
    void start(CliContext &ctx, const QStringList &arguments) override;
    void interrupt(CliContext &ctx, int signalNumber) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace tiergate
