#include "core/experiment/votesession.h"

#include "core/config/tiergateconfig.h"
#include "core/experiment/experiment.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace tiergate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tiergate::VoteSession", text);
}

bool answered(const Experiment &e, int prompt, int column, int repeat)
{
    const std::optional<CompareRun> r = e.run(prompt, column, repeat);
    return r && r->isOk();
}

int humanVotes(const Experiment &e, int prompt, int repeat, int a, int b)
{
    int count = 0;
    for (const PairwiseVote &v : e.votes) {
        if (v.voter == QLatin1String("human") && v.prompt == prompt && v.repeat == repeat && v.involves(a)
            && v.involves(b))
            ++count;
    }
    return count;
}

template <typename Visit>
void forEachPair(const Experiment &e, Visit visit)
{
    for (int p = 0; p < e.promptCount(); ++p) {
        for (int n = 0; n < e.repeat; ++n) {
            for (int a = 0; a < e.columnCount(); ++a) {
                for (int b = a + 1; b < e.columnCount(); ++b) {
                    if (answered(e, p, a, n) && answered(e, p, b, n))
                        visit(p, n, a, b);
                }
            }
        }
    }
}

QString safeName(QString text)
{
    text.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    return text;
}

} // namespace

PairwiseVote VotePair::vote(PairwiseVote::Outcome outcome) const
{
    PairwiseVote v;
    v.prompt = prompt;
    v.repeat = repeat;
    v.left = left;
    v.right = right;
    v.outcome = outcome;
    v.at = QDateTime::currentDateTimeUtc();
    return v;
}

VotePair VoteSession::next(const Experiment &e, quint32 seed)
{
    VotePair best;
    int fewest = std::numeric_limits<int>::max();
    forEachPair(e, [&](int p, int n, int a, int b) {
        const int votes = humanVotes(e, p, n, a, b);
        if (votes < fewest) {
            fewest = votes;
            best = VotePair { p, n, a, b };
        }
    });
    if (best.isValid()) {
        QRandomGenerator random(seed + quint32(e.votes.size()) * 2654435761u);
        if (random.bounded(2) == 1)
            std::swap(best.left, best.right);
    }
    return best;
}

int VoteSession::remaining(const Experiment &e)
{
    int count = 0;
    forEachPair(e, [&](int p, int n, int a, int b) { count += humanVotes(e, p, n, a, b) == 0 ? 1 : 0; });
    return count;
}

int VoteSession::total(const Experiment &e)
{
    int count = 0;
    forEachPair(e, [&](int, int, int, int) { ++count; });
    return count;
}

QString VoteSession::adopt(
    TiergateConfig &config, const QString &profileName, const CompareColumn &column, bool asNewProfile, QString *error)
{
    error->clear();
    const ProfileConfig *profile = config.profile(profileName);
    if (!profile) {
        *error = tr("the profile \"%1\" does not exist").arg(profileName);
        return {};
    }
    if (column.kind == CompareColumn::Kind::Profile) {
        if (!config.profile(column.target))
            *error = tr("the profile \"%1\" does not exist").arg(column.target);
        return error->isEmpty() ? column.target : QString();
    }
    if (column.kind == CompareColumn::Kind::Tier && !config.tier(column.target)) {
        *error = tr("the tier \"%1\" does not exist").arg(column.target);
        return {};
    }
    if (column.kind == CompareColumn::Kind::Model && !config.model(column.target)) {
        *error = tr("the model \"%1\" is not in the configuration").arg(column.target);
        return {};
    }
    ProfileConfig target = *profile;
    if (asNewProfile) {
        target.name = safeName(profileName + QLatin1Char('-') + column.target);
        target.description = tr("Made from an experiment: %1").arg(column.label());
        if (config.profile(target.name)) {
            *error = tr("a profile named \"%1\" already exists").arg(target.name);
            return {};
        }
    }
    if (column.kind == CompareColumn::Kind::Tier) {
        target.tier = column.target;
    } else if (asNewProfile) {
        TierConfig tier = config.tier(profile->tier) ? *config.tier(profile->tier) : TierConfig();
        tier.name = safeName(column.target);
        tier.defaultModel = column.target;
        if (config.tier(tier.name) && config.tier(tier.name)->defaultModel != column.target) {
            *error = tr("a tier named \"%1\" already exists").arg(tier.name);
            return {};
        }
        config.upsertTier(tier);
        target.tier = tier.name;
    } else {
        TierConfig *tier = config.tier(profile->tier);
        if (!tier) {
            *error = tr("the profile \"%1\" has no tier to change").arg(profileName);
            return {};
        }
        tier->defaultModel = column.target;
    }
    config.upsertProfile(target);
    return target.name;
}

} // namespace tiergate
