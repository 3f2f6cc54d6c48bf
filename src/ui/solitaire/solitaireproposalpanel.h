#pragma once

#include "domain/campaign.h"
#include "domain/product.h"
#include "import/solitaire/solitaireorderplanner.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QUndoStack;

namespace cohort {

class Database;

/// The proposed orders of one solitaire thread: campaign and product pickers (pre-set from the
/// campaign linked to the thread), one row per member with their status, and the button that
/// accepts the ready ones into Orders as one undoable step.
class SolitaireProposalPanel final : public QWidget
{
    Q_OBJECT

public:
    SolitaireProposalPanel(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~SolitaireProposalPanel() override;

    /// Shows the proposals of `book` (nullptr: none).
    void setBook(const import::SolitaireBook *book);
    /// Re-reads campaigns, products and the orders already taken (after a commit).
    void reload();
    /// Chooses the campaign / product (0 = none), as the operator would in the pickers.
    void chooseCampaign(qint64 campaignId);
    void chooseProduct(qint64 productId);
    /// Accepts the ready proposals (the Accept button); returns whether orders were added.
    bool acceptReady();

    const QList<import::SolitaireProposal> &proposals() const { return m_proposals; }
    const import::SolitairePricing &pricing() const { return m_pricing; }
    QPushButton *acceptButton() const { return m_accept; }
    QTableView *table() const { return m_table; }
    /// Whether errors open a message box (tests observe errorShown instead).
    void setShowErrorDialogs(bool show) { m_showErrors = show; }

Q_SIGNALS:
    void errorShown(const QString &message);
    /// Campaigns, products or the orders taken could not be read; the pane shows its banner.
    void loadFailed(const QString &message, const QString &details);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillCampaigns();
    void fillProducts();
    void replan();
    void showProposals();
    void onCampaignPicked();
    void onProductPicked();
    QString statusText(import::SolitaireProposal::Status status) const;
    void reportError(const QString &message);

    Database &m_database;
    QUndoStack *m_undoStack = nullptr;
    const import::SolitaireBook *m_book = nullptr;
    QList<Campaign> m_campaigns;
    QList<Product> m_products;
    QList<SolitaireRepository::SourcedOrder> m_existing;
    import::SolitairePricing m_pricing;
    /// The operator's picks per thread (its first post), kept while the pane lives.
    QHash<qint64, import::SolitairePricing> m_picks;
    QList<import::SolitaireProposal> m_proposals;
    bool m_filling = false;
    bool m_showErrors = true;
    QString m_lastError;

    QLabel *m_campaignLabel = nullptr;
    QComboBox *m_campaign = nullptr;
    QLabel *m_productLabel = nullptr;
    QComboBox *m_product = nullptr;
    QLabel *m_priceLabel = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_accept = nullptr;
};

} // namespace cohort
