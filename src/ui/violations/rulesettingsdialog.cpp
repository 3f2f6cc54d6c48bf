#include "ui/violations/rulesettingsdialog.h"

#include "models/commands/editguard.h"
#include "rules/rulesetrepository.h"
#include "storage/queryerror.h"
#include "storage/sqltransaction.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cohort {

namespace {

enum KeywordColumn { NameColumn, PhrasesColumn, PatternColumn };

QSpinBox *spin(QWidget *parent, int min, int max, int value, const QString &suffix = QString())
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList result;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            result << trimmed;
    }
    return result;
}

} // namespace

RuleSettingsDialog::RuleSettingsDialog(Database &database, qint64 groupId, const QString &groupName,
                                       QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_groupId(groupId)
    , m_groupName(groupName)
{
    setObjectName(QStringLiteral("ruleSettingsDialog"));
    setWindowTitle(tr("Rule Settings of “%1”").arg(groupName));
    rules::RuleSetRepository repository(database);
    m_loaded = repository.load(groupId).value_or(rules::RuleSet());
    m_loadedPhrases = rules::PhraseLists::load(database);
    const QList<QPair<qint64, QString>> members = repository.members(groupId);

    auto *tabs = new QTabWidget(this);

    auto *keywordTab = new QWidget(tabs);
    auto *keywordLayout = new QVBoxLayout(keywordTab);
    auto *keywordHelp = new QLabel(
        tr("A keyword rule finds messages holding one of its words or phrases (separate them "
           "with “;”), or matching its regular expression. Case and full-width forms do not "
           "matter."),
        keywordTab);
    keywordHelp->setWordWrap(true);
    m_keywords = new QTableWidget(0, 3, keywordTab);
    m_keywords->setObjectName(QStringLiteral("keywordTable"));
    m_keywords->setHorizontalHeaderLabels(
        { tr("Name"), tr("Words or phrases"), tr("Regular expression (optional)") });
    m_keywords->horizontalHeader()->setSectionResizeMode(PhrasesColumn, QHeaderView::Stretch);
    m_keywords->verticalHeader()->hide();
    for (const rules::KeywordRule &rule : std::as_const(m_loaded.keywords))
        addKeywordRow(rule);
    auto *keywordButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Rule"), keywordTab);
    add->setObjectName(QStringLiteral("addKeywordRule"));
    auto *remove = new QPushButton(tr("&Remove Rule"), keywordTab);
    connect(add, &QPushButton::clicked, this, [this] {
        addKeywordRow(rules::KeywordRule {});
        m_keywords->setCurrentCell(m_keywords->rowCount() - 1, NameColumn);
        m_keywords->editItem(m_keywords->item(m_keywords->rowCount() - 1, NameColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_keywords->currentRow() >= 0)
            m_keywords->removeRow(m_keywords->currentRow());
    });
    keywordButtons->addWidget(add);
    keywordButtons->addWidget(remove);
    keywordButtons->addStretch(1);
    keywordLayout->addWidget(keywordHelp);
    keywordLayout->addWidget(m_keywords);
    keywordLayout->addLayout(keywordButtons);
    tabs->addTab(keywordTab, tr("&Keyword Rules"));

    auto *limitsTab = new QWidget(tabs);
    auto *form = new QFormLayout(limitsTab);
    const rules::FloodLimits &flood = m_loaded.flood;
    m_floodMessages = spin(limitsTab, 1, 1000, flood.maxMessages);
    m_floodMessages->setObjectName(QStringLiteral("floodMessages"));
    m_floodSeconds = spin(limitsTab, 1, 3600, flood.windowSeconds, tr(" s"));
    m_repeatCount = spin(limitsTab, 2, 100, flood.repeatCount);
    m_repeatMinutes = spin(limitsTab, 1, 1440, flood.repeatWindowSeconds / 60, tr(" min"));
    m_quietMinutes = spin(limitsTab, 1, 1440, flood.quietSeconds / 60, tr(" min"));
    m_strikeThreshold = spin(limitsTab, 1, 100, m_loaded.strikes.threshold);
    m_strikeThreshold->setObjectName(QStringLiteral("strikeThreshold"));
    m_strikeDays = spin(limitsTab, 1, 3650, m_loaded.strikes.windowDays, tr(" days"));
    form->addRow(tr("Flooding: more than this many messages by one member"), m_floodMessages);
    form->addRow(tr("… within"), m_floodSeconds);
    form->addRow(tr("Or the same text this many times"), m_repeatCount);
    form->addRow(tr("… within"), m_repeatMinutes);
    form->addRow(tr("A burst ends after this long without a message"), m_quietMinutes);
    form->addRow(tr("Flag members with this many strikes"), m_strikeThreshold);
    form->addRow(tr("… within the last"), m_strikeDays);
    tabs->addTab(limitsTab, tr("&Limits"));

    auto *promoterTab = new QWidget(tabs);
    auto *promoterLayout = new QVBoxLayout(promoterTab);
    auto *promoterHelp = new QLabel(
        tr("In a private garden, approved promoters may post links, cards and ads. The owner and "
           "operators are never flagged. In a free market, links and ads are allowed for "
           "everyone."),
        promoterTab);
    promoterHelp->setWordWrap(true);
    m_promoters = new QListWidget(promoterTab);
    m_promoters->setObjectName(QStringLiteral("promoterList"));
    for (const auto &[id, name] : members) {
        auto *item = new QListWidgetItem(name, m_promoters);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_loaded.promoters.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    promoterLayout->addWidget(promoterHelp);
    promoterLayout->addWidget(m_promoters);
    tabs->addTab(promoterTab, tr("&Promoters"));

    auto *phraseTab = new QWidget(tabs);
    auto *phraseLayout = new QFormLayout(phraseTab);
    m_ads = new QPlainTextEdit(m_loadedPhrases.ads.join(QLatin1Char('\n')), phraseTab);
    m_ads->setObjectName(QStringLiteral("adsPhrases"));
    m_soliciting
        = new QPlainTextEdit(m_loadedPhrases.soliciting.join(QLatin1Char('\n')), phraseTab);
    phraseLayout->addRow(new QLabel(tr("One phrase per line. These lists belong to the workspace: "
                                       "they apply to every group."),
                                    phraseTab));
    phraseLayout->addRow(tr("No ads:"), m_ads);
    phraseLayout->addRow(tr("No soliciting members privately:"), m_soliciting);
    tabs->addTab(phraseTab, tr("P&hrase Lists"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(720, 480);
}

void RuleSettingsDialog::addKeywordRow(const rules::KeywordRule &rule)
{
    const int row = m_keywords->rowCount();
    m_keywords->insertRow(row);
    m_keywords->setItem(row, NameColumn, new QTableWidgetItem(rule.name));
    m_keywords->setItem(row, PhrasesColumn,
                        new QTableWidgetItem(rule.phrases.join(QStringLiteral("; "))));
    m_keywords->setItem(row, PatternColumn, new QTableWidgetItem(rule.pattern));
}

rules::RuleSet RuleSettingsDialog::ruleSet() const
{
    rules::RuleSet set = m_loaded;
    set.keywords.clear();
    for (int row = 0; row < m_keywords->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem *item = m_keywords->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        rules::KeywordRule rule;
        rule.name = text(NameColumn);
        for (const QString &phrase : text(PhrasesColumn).split(QLatin1Char(';')))
            if (!phrase.trimmed().isEmpty())
                rule.phrases << phrase.trimmed();
        rule.pattern = text(PatternColumn);
        if (!rule.name.isEmpty())
            set.keywords << rule;
    }
    set.flood.maxMessages = m_floodMessages->value();
    set.flood.windowSeconds = m_floodSeconds->value();
    set.flood.repeatCount = m_repeatCount->value();
    set.flood.repeatWindowSeconds = m_repeatMinutes->value() * 60;
    set.flood.quietSeconds = m_quietMinutes->value() * 60;
    set.strikes.threshold = m_strikeThreshold->value();
    set.strikes.windowDays = m_strikeDays->value();
    set.promoters.clear();
    for (int i = 0; i < m_promoters->count(); ++i)
        if (m_promoters->item(i)->checkState() == Qt::Checked)
            set.promoters.insert(m_promoters->item(i)->data(Qt::UserRole).toLongLong());
    // Promoters who left the group stay approved until the operator unticks them here.
    for (const qint64 id : m_loaded.promoters) {
        bool listed = false;
        for (int i = 0; i < m_promoters->count() && !listed; ++i)
            listed = m_promoters->item(i)->data(Qt::UserRole).toLongLong() == id;
        if (!listed)
            set.promoters.insert(id);
    }
    return set;
}

rules::PhraseLists RuleSettingsDialog::phraseLists() const
{
    return { lines(m_ads), lines(m_soliciting) };
}

bool RuleSettingsDialog::save()
{
    const rules::RuleSet set = ruleSet();
    for (const rules::KeywordRule &rule : set.keywords) {
        if (rule.phrases.isEmpty() && rule.pattern.isEmpty()) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("The keyword rule “%1” has neither words nor a regular "
                                    "expression.")
                                     .arg(rule.name));
            return false;
        }
        if (!rule.pattern.isEmpty() && !QRegularExpression(rule.pattern).isValid()) {
            QMessageBox::warning(
                this, windowTitle(),
                tr("The regular expression of “%1” is not valid: %2")
                    .arg(rule.name, QRegularExpression(rule.pattern).errorString()));
            return false;
        }
    }
    rules::RuleSetRepository repository(m_database);
    if (!(set == m_loaded)) {
        // Under the write lock, rules somebody else saved while this dialog was open are not
        // overwritten (EditGuard); the repository's own transaction nests in this one.
        SqlTransaction tx(m_database);
        EditGuard guard(QStringLiteral("chat_groups"), m_groupId);
        QString message = tx.error().message;
        bool ok = tx.isActive();
        try {
            ok = ok && guard.check(m_database, m_groupName, [&] {
                const std::optional<rules::RuleSet> now = repository.load(m_groupId);
                return !now            ? EditGuard::Row::Gone
                    : *now == m_loaded ? EditGuard::Row::Expected
                                       : EditGuard::Row::Changed;
            });
            if (!ok && message.isEmpty())
                message = guard.message();
        } catch (const QueryError &error) {
            ok = false;
            message = error.message();
        }
        if (ok && !repository.save(m_groupId, set)) {
            ok = false;
            message = repository.lastError();
        }
        if (ok && !tx.commit()) {
            ok = false;
            message = tx.error().message;
        }
        if (!ok) {
            QMessageBox box(QMessageBox::Warning, windowTitle(), message, QMessageBox::Ok, this);
            box.setTextFormat(Qt::PlainText);
            box.exec();
            return false;
        }
        m_loaded = set;
    }
    const rules::PhraseLists phrases = phraseLists();
    QString error;
    if (!(phrases == m_loadedPhrases) && !rules::PhraseLists::save(m_database, phrases, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return false;
    }
    return true;
}

} // namespace cohort
