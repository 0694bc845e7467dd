#include "customizerspage.h"

#include "ui/session.h"
#include "ui/widgets/datatableview.h"

#include "models/customizertablemodel.h"
#include "models/tablesortfilterproxymodel.h"
#include "services/customizerlistjob.h"
#include "services/customizerservice.h"

namespace isc {

CustomizersPage::CustomizersPage(QWidget *parent)
    : TablePage(QStringLiteral("customizers"), new CustomizerTableModel, parent)
    , m_customizers(static_cast<CustomizerTableModel *>(model()))
{
    retranslate(); // title() is ours only now that this object is built
}

CustomizersPage::~CustomizersPage() = default;

QString CustomizersPage::title() const
{
    return tr("Customizers");
}

std::optional<Customizer> CustomizersPage::currentCustomizer() const
{
    const QModelIndex current = proxy()->mapToSource(view()->currentIndex());
    if (!current.isValid())
        return std::nullopt;
    return m_customizers->customizer(current.row());
}

void CustomizersPage::reload()
{
    if (!session())
        return;
    CustomizerListJob *job = session()->customizers()->list(this);
    const quint64 generation = m_customizers->beginLoad();
    connect(job, &CustomizerListJob::pageLoaded, this,
            [this, generation](const QList<Customizer> &customizers, const PageInfo &) {
                m_customizers->appendPage(generation, customizers);
                Q_EMIT countsChanged();
            });
    connect(job, &CustomizerListJob::finished, this,
            [this](const ApiResult<QList<Customizer>> &result) { endLoad(result.error); });
    trackLoad(job, tr("Loading customizers…"));
    job->start();
}

} // namespace isc
