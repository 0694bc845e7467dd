#include "customizerversionmodel.h"

#include "models/modelroles.h"

#include <QLocale>

namespace isc::cli {

CustomizerVersionModel::CustomizerVersionModel(const CustomizerVersion &version, QObject *parent)
    : QAbstractTableModel(parent)
    , m_version(version)
{ }

int CustomizerVersionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

int CustomizerVersionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomizerVersionModel::fieldName(int column)
{
    switch (column) {
    case CustomizerIdColumn:
        return QStringLiteral("customizerID");
    case ImageIdColumn:
        return QStringLiteral("imageID");
    case VersionColumn:
        return QStringLiteral("version");
    case CreatedColumn:
        return QStringLiteral("created");
    }
    return {};
}

QVariant CustomizerVersionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.column();
    if (role == FieldNameRole)
        return fieldName(column);
    if (role == Qt::TextAlignmentRole)
        return column == VersionColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                       : QVariant();
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (column) {
    case CustomizerIdColumn:
        return m_version.customizerId;
    case ImageIdColumn:
        return m_version.imageId;
    case VersionColumn:
        return raw ? QVariant(qlonglong(m_version.version))
                   : QVariant(QLocale().toString(m_version.version));
    case CreatedColumn:
        if (!m_version.created.isValid())
            return m_version.created.raw.isEmpty() ? QVariant() : QVariant(m_version.created.raw);
        return raw ? QVariant(m_version.created.value)
                   : QVariant(QLocale().toString(m_version.created.value.toLocalTime(),
                                                 QLocale::ShortFormat));
    }
    return {};
}

QVariant CustomizerVersionModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == FieldNameRole)
        return fieldName(section);
    if (role == Qt::TextAlignmentRole)
        return section == VersionColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                        : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CustomizerIdColumn:
        return tr("Customizer ID");
    case ImageIdColumn:
        return tr("Image ID");
    case VersionColumn:
        return tr("Version");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

} // namespace isc::cli
