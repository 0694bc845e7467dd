#include "customizerlistjob.h"

#include "base/jsondecode.h"

#include <QCoreApplication>

namespace isc {

namespace {

ApiRequest customizersRequest()
{
    ApiRequest request;
    request.path = QStringLiteral("/v2024/connector-customizers");
    request.context =
        QCoreApplication::translate("isc::CustomizerService", "Could not load the customizers");
    return request;
}

} // namespace

CustomizerListJob::CustomizerListJob(ApiClient *client, int pageSize, QObject *parent)
    : PagedListJob(client, customizersRequest(), pageSize, 0, false, parent)
{ }

PagedListJob::PageDecoder CustomizerListJob::pageDecoder() const
{
    return [](const QByteArray &body) { return std::any(json::decodeCustomizers(body)); };
}

int CustomizerListJob::acceptPage(const ApiResponse &, const PageInfo &page, std::any &result,
                                  QString *decodeError)
{
    auto &decoded = std::any_cast<json::Decoded<QList<Customizer>> &>(result);
    if (!decoded.ok()) {
        *decodeError = decoded.error;
        return -1;
    }
    m_kept -= m_pages.value(page.offset).size();
    m_kept += decoded.value.size();
    m_pages.insert(page.offset, decoded.value);
    PageInfo info = page;
    info.itemCount = int(decoded.value.size());
    info.received = info.itemCount;
    Q_EMIT pageLoaded(decoded.value, info);
    return info.received;
}

void CustomizerListJob::emitResult()
{
    ApiResult<QList<Customizer>> result;
    result.error = error();
    for (const QList<Customizer> &page : std::as_const(m_pages))
        result.value.append(page);
    Q_EMIT finished(result);
}

} // namespace isc
