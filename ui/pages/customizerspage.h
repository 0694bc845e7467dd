#pragma once

#include "tablepage.h"

#include "base/customizer.h"

#include <optional>

namespace isc {

class CustomizerTableModel;

// The connector customizers of the tenant, with the source instances that use each (told
// by the main window from the instances page: CustomizerTableModel::setUsage()). Changes
// go through the CustomizerWorkflow; its results are upserted into the model.
class CustomizersPage final : public TablePage
{
    Q_OBJECT

public:
    explicit CustomizersPage(QWidget *parent = nullptr);
    ~CustomizersPage() override;

    QString title() const override;
    CustomizerTableModel *customizerModel() const { return m_customizers; }

    // The customizer of the current row, if any.
    std::optional<Customizer> currentCustomizer() const;

    void reload() override;

private:
    CustomizerTableModel *m_customizers;
};

} // namespace isc
