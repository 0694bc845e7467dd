#pragma once

#include "tablepage.h"

#include "base/connector.h"
#include "net/pagedlistjob.h"

#include <QPointer>
#include <QSet>

class QLabel;
class QToolButton;

namespace isc {

class ConnectorFilterBuilder;
class ConnectorListJob;
class ConnectorTableModel;

// The connector catalogue: the filter builder (server-side `filters`; Apply reloads with
// it, an invalid text cannot be applied), then every matching page loaded with count=true
// (rows arrive page by page; the total comes from X-Total-Count), in the API locale given.
class ConnectorsPage final : public TablePage
{
    Q_OBJECT

public:
    explicit ConnectorsPage(QWidget *parent = nullptr);
    ~ConnectorsPage() override;

    QString title() const override;
    ConnectorTableModel *connectorModel() const { return m_connectors; }
    ConnectorFilterBuilder *filterBuilder() const { return m_filterBuilder; }

    // The builder opens under a summary line of the filter applied.
    void setFilterBuilderVisible(bool visible);
    bool isFilterBuilderVisible() const;

    // The filter the table was loaded with (what Apply sent last).
    QString appliedFilters() const { return m_appliedFilters; }
    // Applies a filter: reloads when it differs (or always with `force`).
    void applyFilters(const QString &filters);

    // The `locale` sent (one of apiLocales(); empty: none). Reloads when it changes and a
    // session is set.
    QString apiLocale() const { return m_apiLocale; }
    void setApiLocale(const QString &apiLocale);

    void setSession(Session *session) override;
    void reload() override;
    qint64 totalCount() const override;

protected:
    void retranslate() override;

private:
    void onPage(quint64 generation, const QList<Connector> &connectors, const PageInfo &page);
    void updateKnownValues();
    void updateSummary();

    ConnectorTableModel *m_connectors;
    ConnectorFilterBuilder *m_filterBuilder;
    QToolButton *m_filterToggle = nullptr;
    QLabel *m_filterSummary = nullptr;
    QPointer<ConnectorListJob> m_job;
    QString m_appliedFilters;
    QString m_apiLocale;
    qint64 m_serverTotal = -1;
    QSet<QString> m_knownTypes;
};

} // namespace isc
