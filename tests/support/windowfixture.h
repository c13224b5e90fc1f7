#pragma once

// The main window as the app composes it: every panel over one Runtime (Simulator, ledger,
// configuration in a temporary folder), for tests of the whole window.

#include "core/chat/conversationstore.h"
#include "core/experiment/experimentstore.h"
#include "core/runtime/runtime.h"
#include "ui/chart/livechart.h"
#include "ui/chat/chatpanel.h"
#include "ui/common/codehighlighter.h"
#include "ui/compare/comparepanel.h"
#include "ui/costs/costdashboard.h"
#include "ui/experiment/experimentpanel.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profileeditor.h"

#include <QTemporaryDir>

#include <memory>

namespace tiergate::test {

class WindowFixture
{
public:
    QTemporaryDir dir;
    std::unique_ptr<Runtime> runtime;
    std::unique_ptr<ConversationStore> conversations;
    std::unique_ptr<ExperimentStore> experiments;
    std::unique_ptr<CodeHighlighter> highlighter;

    /// False (with runtime->errors()) when the services could not start.
    bool open()
    {
        RuntimeOptions o;
        o.dataDir = dir.path();
        o.configPath = dir.filePath(QStringLiteral("config.json"));
        o.simulator = RuntimeOptions::SimulatorStart::Always;
        runtime = std::make_unique<Runtime>(o);
        if (!runtime->open())
            return false;
        conversations = std::make_unique<ConversationStore>(dir.filePath(QStringLiteral("conversations.sqlite")));
        experiments = std::make_unique<ExperimentStore>(dir.filePath(QStringLiteral("experiments")));
        highlighter = std::make_unique<CodeHighlighter>();
        return conversations->open();
    }

    std::unique_ptr<MainWindow> composeWindow()
    {
        auto window = std::make_unique<MainWindow>();
        Runtime &rt = *runtime;
        window->setPanelWidget(
            MainWindow::Panel::Chat, new ChatPanel(conversations.get(), rt.router(), rt.config(), highlighter.get()));
        window->setPanelWidget(
            MainWindow::Panel::Compare, new ComparePanel(rt.router(), rt.config(), highlighter.get()));
        window->setPanelWidget(MainWindow::Panel::Profiles, new ProfileEditor(rt.config(), rt.transport(), rt.keys()));
        window->setPanelWidget(MainWindow::Panel::LiveChart, new LiveChart);
        window->setPanelWidget(MainWindow::Panel::Costs, new CostDashboard(rt.ledger(), rt.config()));
        window->setPanelWidget(
            MainWindow::Panel::Experiments, new ExperimentPanel(rt.router(), rt.config(), experiments.get()));
        return window;
    }
};

} // namespace tiergate::test
