#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace cohort {

/// A titled dashboard tile around a chart or grid, with Export PNG and Export CSV actions. The
/// CSV holds the numbers behind the chart, set by whoever fills the chart.
class ChartPanel final : public QFrame
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget *content, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    void setHelp(const QString &help);
    /// Header row first; cells are plain text (the CSV writer neutralizes formulas).
    void setCsvData(const QList<QStringList> &rows) { m_csv = rows; }
    const QList<QStringList> &csvData() const { return m_csv; }
    QWidget *content() const { return m_content; }
    bool exportPng(const QString &path) const;
    bool exportCsv(const QString &path) const;

private:
    void retranslate();
    void choosePng();
    void chooseCsv();
    void changeEvent(QEvent *event) override;

    QLabel *m_title;
    QToolButton *m_pngButton;
    QToolButton *m_csvButton;
    QWidget *m_content;
    QList<QStringList> m_csv;
};

} // namespace cohort
