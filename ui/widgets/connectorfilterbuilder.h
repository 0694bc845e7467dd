#pragma once

#include "connectorfilterfields.h"

#include "base/filter.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

namespace isc {

namespace Ui {
class ConnectorFilterBuilder;
}

// The filter of the connectors list, built from fields or typed by hand:
//  - fields: name starts with, type (editable, known types fed by setKnownTypes()),
//    category (editable), direct connect (any / yes / no), features (tick the ones the
//    connector must all have: `features ca (...)`);
//  - the "advanced" line holds the `filters` text the fields make (joined with `and`,
//    values quoted) and can be edited: a typed text is checked as you type with the shared
//    parser and the connectors whitelist (message and column shown, the offending part
//    underlined). When the fields can show a typed text they follow it; otherwise they are
//    disabled and say "custom filter" (Clear starts over).
//
// Apply (the button, or Enter in any field) emits applyRequested(filters()); it never fires
// while the text is invalid. filtersChanged() follows every valid change, for callers that
// apply as you type (debounce it).
class ConnectorFilterBuilder final : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectorFilterBuilder(QWidget *parent = nullptr);
    ~ConnectorFilterBuilder() override;

    // The connector types offered by the type field (e.g. from the loaded connectors).
    void setKnownTypes(const QStringList &types);
    void setKnownCategories(const QStringList &categories);
    // Default: ConnectorFilterFields::knownFeatures(). Features of a typed filter that are
    // not listed are added.
    void setKnownFeatures(const QStringList &features);

    // The `filters` text (trimmed); empty: no filter.
    QString filters() const;
    // Shows a filter (e.g. restored at start-up) as if typed.
    void setFilters(const QString &filters);

    bool isValid() const { return !m_error.has_value(); }
    // The problem of the text, when not valid.
    std::optional<filter::ParseError> error() const { return m_error; }
    QString errorMessage() const;
    // The text cannot be shown by the fields (it is valid or not).
    bool isCustom() const { return m_custom; }
    // The fields as shown (meaningful when !isCustom()).
    ConnectorFilterFields fields() const;
    void setFields(const ConnectorFilterFields &fields);

public Q_SLOTS:
    // Emits applyRequested() when valid; returns whether it did.
    bool apply();
    void clear();

Q_SIGNALS:
    void applyRequested(const QString &filters);
    void filtersChanged(const QString &filters); // valid texts only
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fieldsEdited();
    void textEdited();
    void showFields(const ConnectorFilterFields &fields);
    void check(const QString &text);
    void updateState();
    void retranslate();

    std::unique_ptr<Ui::ConnectorFilterBuilder> m_ui;
    std::optional<filter::ParseError> m_error;
    bool m_custom = false;
    bool m_updating = false;
    QString m_lastEmitted;
};

} // namespace isc
