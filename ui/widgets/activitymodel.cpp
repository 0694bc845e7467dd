#include "activitymodel.h"

#include "models/modelroles.h"
#include "net/requestjournal.h"

#include <QLocale>

namespace isc {

namespace {

const char *const fieldNames[ActivityModel::ColumnCount] = {
    "startedAt", "method", "path", "status", "durationMs", "trackingId", "retries", "error",
};

QString stateKey(JournalEntry::State state)
{
    switch (state) {
    case JournalEntry::State::Running:
        return QStringLiteral("running");
    case JournalEntry::State::Succeeded:
        return QStringLiteral("succeeded");
    case JournalEntry::State::Failed:
        return QStringLiteral("failed");
    case JournalEntry::State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    return text;
}

} // namespace

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ActivityModel::~ActivityModel() = default;

void ActivityModel::setJournal(RequestJournal *journal)
{
    if (journal == m_journal)
        return;
    beginResetModel();
    if (m_journal)
        disconnect(m_journal, nullptr, this, nullptr);
    m_journal = journal;
    m_entries = journal ? journal->entries() : QList<JournalEntry>();
    if (journal) {
        connect(journal, &RequestJournal::entryAdded, this, &ActivityModel::onEntryAdded);
        connect(journal, &RequestJournal::entryUpdated, this, &ActivityModel::onEntryUpdated);
        connect(journal, &RequestJournal::cleared, this, &ActivityModel::onCleared);
        // The client that owns the journal went (the tenant was closed): show nothing.
        connect(journal, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_entries.clear();
            endResetModel();
        });
    }
    endResetModel();
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || index.column() >= ColumnCount)
        return {};
    const JournalEntry &e = m_entries.at(index.row());
    const bool running = e.state == JournalEntry::State::Running;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.startedAt.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
        case MethodColumn:
            return QString::fromLatin1(e.method);
        case PathColumn:
            return pathText(e);
        case StatusColumn:
            return statusText(e);
        case DurationColumn:
            return running ? QString() : QLocale().toString(e.durationMs);
        case TrackingIdColumn:
            return e.trackingId;
        case RetriesColumn:
            return QLocale().toString(e.retries);
        case ErrorColumn:
            return oneLine(e.error);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.startedAt.toLocalTime(), QLocale::LongFormat);
        case PathColumn:
            return e.url.toString(QUrl::PrettyDecoded);
        case ErrorColumn:
            return e.error.isEmpty() ? QVariant() : QVariant(e.error);
        case StatusColumn:
            if (e.state == JournalEntry::State::Failed && e.httpStatus != 0)
                return tr("Failed with HTTP status %1").arg(e.httpStatus);
            return {};
        default:
            return {};
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == RetriesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        switch (index.column()) {
        case TimeColumn:
            return e.startedAt;
        case MethodColumn:
            return QString::fromLatin1(e.method);
        case PathColumn:
            return pathText(e);
        case StatusColumn:
            // The HTTP status when one arrived, else what became of the call.
            return e.httpStatus != 0 ? QVariant(qint64(e.httpStatus)) : QVariant(stateKey(e.state));
        case DurationColumn:
            return running ? QVariant() : QVariant(qint64(e.durationMs));
        case TrackingIdColumn:
            return e.trackingId.isEmpty() ? QVariant() : QVariant(e.trackingId);
        case RetriesColumn:
            return qint64(e.retries);
        case ErrorColumn:
            return e.error.isEmpty() ? QVariant() : QVariant(e.error);
        }
        break;
    case FieldNameRole:
        return QString::fromLatin1(fieldNames[index.column()]);
    case RowKeyRole:
        return QString::number(e.id);
    default:
        break;
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (section) {
        case TimeColumn:
            return tr("Time");
        case MethodColumn:
            return tr("Method");
        case PathColumn:
            return tr("Path");
        case StatusColumn:
            return tr("Status");
        case DurationColumn:
            //: Column title: how long a call took, in milliseconds
            return tr("Duration (ms)");
        case TrackingIdColumn:
            return tr("Tracking ID");
        case RetriesColumn:
            return tr("Retries");
        case ErrorColumn:
            return tr("Error");
        }
        break;
    case Qt::ToolTipRole:
        switch (section) {
        case TimeColumn:
            return tr("When the call started (local time)");
        case StatusColumn:
            return tr("The HTTP status of the last attempt, or what became of the call");
        case DurationColumn:
            return tr("The whole call in milliseconds, repeats and waits included");
        case TrackingIdColumn:
            return tr("The server's trackingId: quote it to SailPoint support");
        case RetriesColumn:
            return tr("Repeats after the first attempt (401, 429, 5xx, dropped, timeout)");
        default:
            return {};
        }
        break;
    case Qt::TextAlignmentRole:
        if (section == DurationColumn || section == RetriesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case FieldNameRole:
        return QString::fromLatin1(fieldNames[section]);
    default:
        break;
    }
    return {};
}

JournalEntry ActivityModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : JournalEntry();
}

int ActivityModel::rowOf(quint64 id) const
{
    // Ids increase with the rows: the recent ones (the ones that change) are at the end.
    for (qsizetype row = m_entries.size() - 1; row >= 0; --row) {
        const quint64 rowId = m_entries.at(row).id;
        if (rowId == id)
            return int(row);
        if (rowId < id)
            break;
    }
    return -1;
}

QString ActivityModel::statusText(const JournalEntry &entry)
{
    switch (entry.state) {
    case JournalEntry::State::Running:
        //: Status of a call still in progress
        return tr("Running");
    case JournalEntry::State::Cancelled:
        return tr("Cancelled");
    case JournalEntry::State::Failed:
        if (entry.httpStatus != 0)
            return QString::number(entry.httpStatus);
        //: Status of a call that ended without an HTTP status (no connection, timeout)
        return tr("Failed");
    case JournalEntry::State::Succeeded:
        return QString::number(entry.httpStatus);
    }
    return {};
}

QString ActivityModel::pathText(const JournalEntry &entry)
{
    QString text = entry.url.path(QUrl::PrettyDecoded);
    if (entry.url.hasQuery())
        text += u'?' + entry.url.query(QUrl::PrettyDecoded);
    return text;
}

void ActivityModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ActivityModel::onEntryAdded(const JournalEntry &entry)
{
    // The journal drops its oldest entries past its capacity (also when it shrank).
    const QList<JournalEntry> entries = m_journal ? m_journal->entries() : QList<JournalEntry>();
    if (!entries.isEmpty())
        dropRowsBefore(entries.first().id);
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

void ActivityModel::onEntryUpdated(const JournalEntry &entry)
{
    const int row = rowOf(entry.id);
    if (row < 0)
        return;
    m_entries[row] = entry;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ActivityModel::onCleared()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void ActivityModel::dropRowsBefore(quint64 firstKeptId)
{
    int count = 0;
    while (count < m_entries.size() && m_entries.at(count).id < firstKeptId)
        ++count;
    if (count == 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    m_entries.remove(0, count);
    endRemoveRows();
}

} // namespace isc
